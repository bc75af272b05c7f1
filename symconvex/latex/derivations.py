r"""Proofs that a property holds: composition rules, Hessian factorizations, sums (text layer, layer 4).

- ``rules``: the certificate's derivation tree as a chain of lemmas, one per inner node, each citing the
  composition rule (``facts.FACTS["composition"]``) and, for an atom, its row of ``symconvex.atoms`` (curvature and
  monotonicity), listed in a table in the appendix;
- ``hessian``: H, L and D with ±H = L D Lᵀ and each pivot's sign, so vᵀ(±H)v = Σ D_k ((Lᵀv)_k)² ≥ 0 (> 0 for
  strict convexity, with L invertible);
- ``sum``: f = g_1 + ... + g_k, each term convex in its own variables and the strictly convex ones covering every
  variable, so f is strictly convex.

The text is written from the certificate's data; ``check.proofs``, ``check.hessian`` and ``check.sums`` are what
verify it.
"""

from __future__ import annotations

from ..atoms import ATOMS
from ..certificates import HessianCertificate, RulesCertificate, SumCertificate, to_sympy
from .facts import BIB_KEY, fact_ref
from .notation import text_escape
from .subject import _Subject, _tree_tex


#: How a sum proof names the kind of each part's certificate.
_KIND_TEXT = {"midpoint": "a midpoint certificate", "curvature": "a curvature certificate",
              "rules": "a composition-rules certificate", "hessian": "a Hessian certificate",
              "sum": "a sum certificate", "saddle": "a saddle certificate",
              "identity": "an identity certificate (a case split)", "pieces": "a pieces certificate"}

#: A monotonicity of ``symconvex.atoms`` in words, about the argument named ``{arg}``.
_MONO_TEXT = {"increasing": "nondecreasing in {arg}", "decreasing": "nonincreasing in {arg}",
              "nonmonotone": "not monotone in {arg}",
              "signed": "nondecreasing in {arg} where it is nonnegative and nonincreasing where it is nonpositive"}
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _monotonicity_text(monotone, n_args: int) -> str:
    """The atom's monotonicity in words, argument by argument: "nondecreasing in its argument", "nondecreasing in
    each argument", or for a^2/b "nondecreasing in its first argument where it is nonnegative and nonincreasing
    where it is nonpositive, and nonincreasing in its second argument"."""
    words = [getattr(m, "value", str(m)) for m in monotone]
    phrase = lambda word, arg: _MONO_TEXT.get(word, word + " in {arg}").format(arg=arg)  # noqa: E731
    if len(set(words)) <= 1:
        word = words[0] if words else "nonmonotone"
        return phrase(word, "its argument" if max(n_args, len(words)) <= 1 else "each argument")
    parts = [phrase(w, f"its {_ORDINALS[i] if i < len(_ORDINALS) else str(i + 1) + 'th'} argument")
             for i, w in enumerate(words)]
    return ", ".join(parts[:-1]) + ", and " + parts[-1]


#: The atoms of ``symconvex.atoms`` as formulas (fallback: the row's statement, escaped).
_ATOM_TEX = {
    "exp": r"$e^{a}$", "log": r"$\log a$, $a > 0$", "softplus": r"$\log(1 + e^{a})$", "abs": r"$|a|$",
    "abs_nonneg": r"$|a| = a$ on $a \ge 0$", "abs_nonpos": r"$|a| = -a$ on $a \le 0$",
    "huber": r"$\min\{1, |a|\}^2 + 2\max\{|a| - 1, 0\}$ (Huber)",
    "relu": r"$\max\{0, a\}$", "leaky_relu": r"$\max\{a, \alpha a\}$, $0 \le \alpha \le 1$",
    "max": r"$\max\{a_1, \dots, a_k\}$", "min": r"$\min\{a_1, \dots, a_k\}$",
    "pow_even": r"$a^p$, $p$ a positive even integer", "pow_odd_nonneg": r"$a^p$, $p \ge 3$ odd, on $a \ge 0$",
    "pow_odd_nonpos": r"$a^p$, $p \ge 3$ odd, on $a \le 0$", "pow_gt1": r"$a^p$, $p > 1$ not an integer, on $a \ge 0$",
    "pow_01": r"$a^p$, $0 < p < 1$, on $a \ge 0$", "pow_neg_pos": r"$a^p$, $p < 0$, on $a > 0$",
    "pow_neg_even_neg": r"$a^p$, $p < 0$ even, on $a < 0$", "pow_neg_odd_neg": r"$a^p$, $p < 0$ odd, on $a < 0$",
    "log_sum_exp": r"$\log(c + e^{a_1} + \dots + e^{a_k})$, $c \ge 0$", "xlogx": r"$a \log a$, $a > 0$",
    "quad_over_lin": r"$a^2 / b$, $b > 0$", "geo_mean": r"$a_1^{p_1} \cdots a_k^{p_k}$, $p_i > 0$, $\sum p_i \le 1$",
    "geo_mean_pow": r"$(a_1 \cdots a_k)^p$, $k p \le 1$",
    "norm_p": r"$(c_1 |a_1|^p + \dots + c_k |a_k|^p + c)^{1/p}$, $p > 1$, $c_i > 0$, $c \ge 0$",
}


def _rules_proof(cert: RulesCertificate, subject: _Subject) -> tuple[str, str]:
    """The derivation as a chain of lemmas: one per inner node, leaves (constants, variables) cited inline."""
    F = subject.f
    proves = cert.proves
    statement = r"$%s$ is %s%s." % (F, proves, subject.where_text())
    derivation = _Derivation(subject)
    top = derivation.walk(cert.derivation)
    if derivation.lemmas:
        conclusion = r"The last lemma is the statement for $%s$ itself, so $%s$ is %s." % (F, F, proves)
    else:
        conclusion = r"Here %s, so $%s$ is %s." % (top, F, proves)
    if derivation.used:
        subject.appendix.append(derivation.atoms_table())
    atoms = (", using the facts of the atoms in Table~\\ref{tab:atoms} (Appendix~\\ref{app:details})"
             if derivation.used else "")
    proof = ("We derive the curvature (and, where it matters, the sign) of every subexpression bottom-up with the "
             "composition rules of disciplined convex programming (%s), one lemma per step%s; constants and "
             "variables are affine.\n" % (fact_ref("composition"), atoms) + "\n".join(derivation.lemmas) + "\n"
             + conclusion)
    return statement, proof


class _Derivation:
    """A rules certificate's derivation tree written bottom-up: ``walk`` numbers a lemma for each inner node (its
    curvature and sign, proved from its children's by the node's rule) and records the atoms it uses."""

    def __init__(self, subject: _Subject):
        self.subject = subject
        self.lemmas: list[str] = []
        self.used: dict[str, tuple[str, str, str]] = {}  # atom -> (formula, curvature, monotonicity), for the table

    def fact(self, node) -> str:
        curv = str(node.get("curvature", ""))
        sgn = str(node.get("sign", ""))
        extra = "" if sgn in ("", "unknown") else r" and %s" % text_escape(sgn)
        return r"\emph{%s}%s" % (text_escape(curv), extra)

    def tex(self, node) -> str:
        expr = node.get("expr")
        return _tree_tex(expr, self.subject) if isinstance(expr, list) else r"\text{(subexpression)}"

    def walk(self, node) -> str:
        """Process a node; return how to cite it (inline for leaves, a lemma number otherwise)."""
        if not isinstance(node, dict):
            return r"a subexpression"
        rule = str(node.get("rule", "?"))
        children = [c for c in node.get("children", []) if isinstance(c, dict)]
        if rule in ("constant", "variable") and not children:
            return r"$%s$ is %s (a %s)" % (self.tex(node), self.fact(node), rule)
        refs = [self.walk(c) for c in children]
        why = self._why(node, rule, children, refs)
        number = len(self.lemmas) + 1
        self.lemmas.append(r"\begin{lemma}$%s$ is %s.\end{lemma}" % (self.tex(node), self.fact(node)) + "\n"
                           + r"\begin{proof}%s\end{proof}" % why)
        return r"$%s$ is %s (Lemma~%d)" % (self.tex(node), self.fact(node), number)

    def _why(self, node, rule: str, children, refs) -> str:
        """The proof of a node's lemma from its children's (``refs``: how each child is cited)."""
        if rule == "add":
            return (r"It is the sum of: %s. A sum of affine, convex or concave terms is affine, convex or concave "
                    r"respectively (and convex when convex and affine terms are mixed)." % "; ".join(refs))
        if rule == "scale":
            return (r"It is a product of: %s. A convex function times a nonnegative constant is convex, times a "
                    r"nonpositive constant concave (and conversely); affine stays affine." % "; ".join(refs))
        if rule == "perspective" and isinstance(node.get("inner"), dict) and len(children) >= 2:
            return self._perspective(node["inner"], children, refs)
        if rule == "rewrite" and len(children) == 1:
            return (r"On the domain it is the same function as the expression of the next statement (an identity "
                    r"the checker verifies, with the expression defined on the whole domain): %s." % refs[0])
        facts = ATOMS.get(rule)
        if facts is not None:
            return self._atom(node, rule, facts, refs)
        return r"By the rule \texttt{%s} applied to: %s." % (text_escape(rule), "; ".join(refs))

    def _perspective(self, inner: dict, children, refs) -> str:
        """t g(A/t) for t > 0 and A affine, g's own derivation (``inner``) proved as a lemma first."""
        names = [str(n) for n in inner.get("variables", [])]
        g_ref = self.walk(inner.get("derivation"))
        return (r"It is the perspective $t\, g(A / t)$ with $t = %s > 0$ and $A = (%s)$, affine (%s), of "
                r"$g(%s)$, where %s on the set where each $%s$ has the sign of the matching entry of $A$. The "
                r"perspective of a convex (concave) function is convex (concave) on $t > 0$, also after an affine "
                r"change of variables \cite[\S3.2.6]{%s}; the two sides are the same function on the domain "
                r"(checked as an identity)." % (
                    self.tex(children[0]), ", ".join(self.tex(c) for c in children[1:]), "; ".join(refs),
                    ", ".join(names), g_ref, ", ".join(names), BIB_KEY))

    def _atom(self, node, rule: str, facts, refs) -> str:
        """The composition rule applied to an atom of ``symconvex.atoms`` (its row goes to the atoms table)."""
        mono = _monotonicity_text(facts.monotone, len(refs))
        curv = getattr(facts.curvature, "value", str(facts.curvature))
        curv = "neither convex nor concave" if curv == "unknown" else curv
        atom = _ATOM_TEX.get(rule) or text_escape(facts.statement or rule)
        self.used[rule] = (atom, curv, mono)
        return (r"The atom %s (Table~\ref{tab:atoms}) is %s on its domain, %s. "
                r"Here %s. By the composition rule (%s) the expression is %s." % (
                    atom, curv, mono,
                    ("its arguments: " if len(refs) > 1 else "its argument ") + "; ".join(refs),
                    fact_ref("composition"), text_escape(str(node.get("curvature", "")))))

    def atoms_table(self) -> str:
        """The appendix table of the atoms used: formula, curvature, monotonicity."""
        rows = [r"%s & %s & %s \\" % (formula, curv, mono) for formula, curv, mono in self.used.values()]
        return (r"\paragraph{The atoms used.} Each row is a standard fact (\cite[\S3.1.5, \S3.2]{%s}); symconvex's "
                r"checker re-checks every step of the derivation against this table (\texttt{symconvex/atoms.py})."
                % BIB_KEY + "\n" + r"\begin{table}[ht]\centering\begin{tabular}{p{5.5cm}lp{6.5cm}}" + "\n"
                + r"atom & curvature & monotonicity \\ \hline" + "\n" + "\n".join(rows) + "\n"
                + r"\end{tabular}\caption{The facts of the atoms the derivation uses.}\label{tab:atoms}\end{table}")


def _hessian_proof(cert: HessianCertificate, subject: _Subject) -> tuple[str, str]:
    F = subject.f
    strict = cert.proves.startswith("strictly_")
    proves = cert.proves.removeprefix("strictly_")
    statement = r"$%s$ is %s%s." % (F, cert.proves.replace("_", " "), subject.where_text())

    def mat(rows):
        return r"\begin{pmatrix} %s \end{pmatrix}" % r" \\ ".join(
            " & ".join(_tree_tex(e, subject) for e in row) for row in rows)

    sgn = "" if proves == "convex" else "-"
    lines = [r"By %s, a twice differentiable function on an open convex set is %s if and only if its Hessian is "
             r"%s semidefinite at every point. The Hessian of $%s$ is" % (
                 fact_ref("second_order"), proves, "positive" if proves == "convex" else "negative", F)]
    lines.append(r"\[ \nabla^2 %s = %s. \]" % (F, mat(cert.hessian)))
    lines.append(r"It factors as $%s\nabla^2 %s = L D L^{\mathsf T}$ with" % (sgn, F))
    lines.append(r"\[ L = %s, \qquad D = \operatorname{diag}\left(%s\right). \]" % (
        mat(cert.L), ", ".join(_tree_tex(d, subject) for d in cert.D)))
    reasons = []
    for k, d in enumerate(cert.D):
        why = cert.pivot_signs[k] if k < len(cert.pivot_signs) else None
        if isinstance(why, dict):
            box = why.get("box") or {}
            inside = cert.positive_inside_only(k)
            why = "%s%s" % (why.get("sign", ""), (" inside the box of the domain's bounds, so nonnegative on "
                                                   "it by continuity" if inside else " on the box of the domain's bounds"
                                                   if box else ""))
        reasons.append(r"D_{%d} = %s %s 0%s" % (k + 1, _tree_tex(d, subject), ">" if strict else r"\ge",
                                               (r" \quad \text{(%s)}" % text_escape(why if isinstance(why, str)
                                                                                  else str(why))) if why else ""))
    lines.append(r"Every pivot is %s on the domain:" % ("positive" if strict else "nonnegative") + "\n"
                 + r"\begin{gather*}" + "\n" + " \\\\\n".join(reasons) + "\n" + r"\end{gather*}")
    if strict:
        lines.append(r"so for every $v \ne 0$, $v^{\mathsf T} (%s\nabla^2 %s) v = \sum_k D_k \bigl((L^{\mathsf T} v)_k"
                     r"\bigr)^2 > 0$ ($L^{\mathsf T}$ is invertible, so some $(L^{\mathsf T} v)_k \ne 0$): the Hessian "
                     r"is %s definite on the open domain, and by %s $%s$ is strictly %s." % (
                         sgn, F, "positive" if proves == "convex" else "negative", fact_ref("pd_strict"), F, proves))
    else:
        lines.append(r"so for every $v$, $v^{\mathsf T} (%s\nabla^2 %s) v = \sum_k D_k \bigl((L^{\mathsf T} v)_k"
                     r"\bigr)^2 \ge 0$, and $%s$ is %s." % (sgn, F, F, proves))
    return statement, "\n".join(lines)


def _part_item(k: int, term, part, mapping, subject: _Subject) -> tuple[str, str]:
    """The item for term k (a sum's term or a max's argument) and the variables it is strict in, as text."""
    import sympy as sp

    g = subject.latex(to_sympy(term, dict(subject.symbols)))
    if part is None:
        return r"\item $g_{%d} = %s$ is a constant." % (k, g), ""
    words = text_escape(str(part.get("proves", "")).replace("_", " "))
    how = _KIND_TEXT.get(part.get("kind"), "a certificate")
    if mapping is None:
        names = ", ".join(subject.latex(subject.symbols[n]) for n in part["variables"])
        return (r"\item $g_{%d} = %s$ is %s in $(%s)$ (%s, re-checked by \texttt{symconvex verify})."
                % (k, g, words, names, how), names)
    u = {n: sp.Symbol(n, real=True) for n in part["variables"]}
    h = sp.latex(to_sympy(part["function"], dict(u)))
    forms = ", ".join(r"%s = %s" % (sp.latex(u[n]), subject.latex(to_sympy(mapping[n], dict(subject.symbols))))
                      for n in part["variables"])
    return (r"\item $g_{%d} = %s$ is $h_{%d}$ at $%s$, an affine map of the variables, where $h_{%d} = %s$ is %s "
            r"on all of $\mathbb{R}^{%d}$ (%s, re-checked by \texttt{symconvex verify})."
            % (k, g, k, forms, k, h, words, len(u), how), forms)


def _sum_proof(cert: SumCertificate, subject: _Subject) -> tuple[str, str]:
    """f = g_1 + ... + g_k, each term convex, the strictly convex ones h_i(A_i x + c_i) (or in their own
    variables) with the rows of the A_i of full rank; or f = max (min) of strictly convex (concave) terms: the
    theorems of ``check.sums`` with their one-line proofs, and the list of the terms' certificates."""
    side = cert.proves.removeprefix("strictly_")
    F = subject.f
    statement = r"$%s$ is strictly %s%s." % (F, side, subject.where_text())
    maps = list(cert.maps) or [None] * len(cert.parts)
    items, covered = [], []
    for k, (term, part, mapping) in enumerate(zip(cert.function[1:], cert.parts, maps), 1):
        item, names = _part_item(k, term, part, mapping, subject)
        items.append(item)
        if part is not None and part.get("proves") == cert.proves:
            covered.append(names)
    rel = "<" if side == "convex" else ">"
    if cert.function[0] not in ("add", "max", "min"):  # h(g): the composition theorem of check.sums
        g = subject.latex(to_sympy(cert.function[1], dict(subject.symbols)))
        inner = str(cert.parts[0].get("proves", "")).replace("_", " ")
        proof = "\n".join([
            r"Write $%s = h(g)$ with $g = %s$, which is %s in all the variables (%s, re-checked by "
            r"\texttt{symconvex verify}), and $h$ the outer function of $%s$, which is %s and strictly monotone on "
            r"an interval holding the values of $g$ on the domain (shown by the checker's sign rules)." % (
                F, g, text_escape(inner), _KIND_TEXT.get(cert.parts[0].get("kind"), "a certificate"), F,
                "convex" if side == "convex" else "concave"),
            r"Let $p \ne q$ in the domain, $\lambda \in (0, 1)$, $m = \lambda p + (1 - \lambda) q$ and "
            r"$c = \lambda g(p) + (1 - \lambda) g(q)$, which lies in that interval. Since $g$ is %s, $g(m) %s c$; "
            r"$h$ is strictly %s there, so $%s(m) = h(g(m)) %s h(c)$, and $h(c) %s \lambda %s(p) + (1 - \lambda) "
            r"%s(q)$ since $h$ is %s: $%s$ is strictly %s." % (
                text_escape(inner), "<" if inner.endswith(" convex") else ">",
                "increasing" if inner.endswith(side) else "decreasing", F, rel,
                r"\le" if side == "convex" else r"\ge", F, F, side, F, side),
        ])
        return statement, proof
    if cert.function[0] in ("max", "min"):
        proof = "\n".join([
            r"Write $%s = \%s(g_1, \dots, g_{%d})$ with" % (F, cert.function[0], len(cert.parts)),
            r"\begin{itemize}", *items, r"\end{itemize}",
            r"Each $g_i$ is strictly %s in all the variables. Let $p \ne q$ in the domain, $\lambda \in (0, 1)$, "
            r"$m = \lambda p + (1 - \lambda) q$, and let $g_j$ attain the %s at $m$. Then $%s(m) = g_j(m) %s "
            r"\lambda g_j(p) + (1 - \lambda) g_j(q) %s \lambda %s(p) + (1 - \lambda) %s(q)$, so $%s$ is strictly %s."
            % (side, "maximum" if side == "convex" else "minimum", F, rel, r"\le" if side == "convex" else r"\ge",
               F, F, F, side),
        ])
        return statement, proof
    spanning = (r"The strictly %s terms depend on $(%s)$, which together are all the variables. Let $p \ne q$ in "
                r"the domain and $\lambda \in (0, 1)$. Some coordinate of $p$ and $q$ differs, and it is a variable "
                r"of a strictly %s term $g_i$, whose arguments at $p$ and $q$ therefore differ: " % (
                    side, "; ".join(covered), side)) if not cert.maps else (
        r"The strictly %s terms are functions of the affine forms $%s$, whose coefficient rows have full rank (as "
        r"many independent rows as variables, computed exactly over $\mathbb{Q}$): the linear parts of the forms "
        r"all vanish at $d$ only for $d = 0$. Let $p \ne q$ in the domain and $\lambda \in (0, 1)$. Some form "
        r"takes different values at $p$ and $q$ ($d = p - q \ne 0$), and it is an argument of a strictly %s term "
        r"$g_i$: "
        % (side, "; ".join(covered), side))
    proof = "\n".join([
        r"Write $%s = g_1 + \dots + g_{%d}$ with" % (F, len(cert.parts)),
        r"\begin{itemize}", *items, r"\end{itemize}",
        spanning + r"$g_i(\lambda p + (1 - \lambda) q) %s \lambda g_i(p) + (1 - \lambda) g_i(q)$. Every other "
        r"term satisfies the same inequality with $%s$ (%s). Adding them gives the strict inequality for $%s$, so "
        r"$%s$ is strictly %s." % (rel, r"\le" if side == "convex" else r"\ge", fact_ref("jensen"), F, F, side),
    ])
    return statement, proof
