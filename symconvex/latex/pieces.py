r"""LaTeX proofs of ``identity`` and ``pieces`` certificates (text layer, layer 4; display only, the checker decides).

``piecewise_proof(cert, subject, part)`` returns (statement, proof) for ``sections._certificate_section``;
``part(c, name, where)`` is its renderer of a sub-certificate ``c`` (about the smooth function called ``name`` on the
set described by ``where``), so this module imports no other module of the ``latex`` package. The mathematics is
that of ``check.pieces``: a case split over the branches of the kinks, each branch combination either an exact
identity or empty by a Farkas combination; in one variable, smooth pieces with monotone one-sided slopes.
"""

from __future__ import annotations

from fractions import Fraction

from ..certificates import parse_rational, to_sympy
from ..check.pieces import cases, difference

#: At most this many empty cases are written out (the certificate file has them all).
SHOWN = 6


def _q(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    return r"%s\tfrac{%d}{%d}" % (sign, abs(value.numerator), value.denominator)


def _slack_tex(c, subject) -> str:
    """The constraint's d = lhs - rhs (rhs - lhs for < and <=), which is > 0 inside it."""
    d = to_sympy(c[1], dict(subject.symbols)) - to_sympy(c[2], dict(subject.symbols))
    return subject.latex(d if c[0] in ("gt", "ge") else -d)


def _tex(tree, subject) -> str:
    return subject.latex(to_sympy(tree, dict(subject.symbols)))


def _split_text(tree, g_tree, entries, constraints, subject, name: str) -> str:
    """The case split showing f = g (``name``) on the set of ``constraints``."""
    F = subject.f
    listed = cases(difference(tree, g_tree))
    empty = [(c, e) for c, e in zip(listed, entries) if isinstance(e, dict) and "farkas" in e]
    same = len(listed) - len(empty)
    lines = [r"Let $%s = %s$. Each kink of $%s - %s$ (a $\max$, $\min$, $|\cdot|$ or $(\cdot)_+$) equals one of its "
             r"arguments (or $0$, or the argument's negative) on a closed set where a condition $c \ge 0$ holds; "
             r"choosing one branch per kink gives %d combinations. In %d of them the resulting expression is "
             r"exactly $0$ (expand it)." % (name, _tex(g_tree, subject), F, name, len(listed), same)]
    if empty:
        items = []
        for (choice, _, conditions), entry in empty[:SHOWN]:
            ys = [parse_rational(y) for y in entry["farkas"]["conditions"]]
            zs = [parse_rational(z) for z in entry["farkas"]["domain"]]
            terms = ["%s\\,(%s)" % (_q(y), _tex(c, subject)) for y, c in zip(ys, conditions) if y] + \
                    ["%s\\,(%s)" % (_q(z), _slack_tex(c, subject)) for z, c in zip(zs, constraints) if z]
            items.append(r"\item branches $(%s)$: $%s$ is a constant $\le 0$" % (
                ", ".join(str(b) for b in choice), " + ".join(terms) or "0"))
        more = len(empty) - SHOWN
        lines.append(r"In each of the other %d, the conditions (with the domain's affine constraints) cannot all "
                     r"hold strictly at one point: a nonnegative combination of them is a constant $\le 0$, though "
                     r"it would be positive there%s" % (len(empty), ":" if items else "."))
        if items:
            lines.append(r"\begin{itemize}" + "\n" + "\n".join(items) + (
                "\n" + r"\item \dots\ and %d more (in the certificate file)." % more if more > 0 else "")
                + "\n" + r"\end{itemize}")
    lines.append(r"At a point inside the domain where no condition of those combinations vanishes (such points "
                 r"are dense: the conditions are nonzero polynomials), the combination that $%s$ takes is therefore "
                 r"one of the first kind, so $%s - %s = 0$ there; it is continuous, so $%s = %s$ on the whole "
                 r"set." % (F, F, name, F, name))
    return "\n".join(lines)


def _identity_proof(cert, subject, part) -> tuple[str, str]:
    F = subject.f
    words = cert.proves.replace("_", " ")
    statement = r"$%s$ is %s%s." % (F, words, subject.where_text())
    g = cert.proof["function"]
    proof = "\n".join([
        _split_text(subject.tree, g, list(cert.cases), [list(c) for c in cert.domain], subject, "g"),
        r"So $%s = g$ on the domain, and the following lemma shows that $g$ is %s there; hence so is $%s$." % (
            F, words, F),
        part(_sub(cert.proof), "g", subject.where_text()),
    ])
    return statement, proof


def _sub(data):
    from ..certificates import from_json

    return from_json(data)


def _interval(lo, hi) -> str:
    left = r"(-\infty" if lo is None else "[%s" % _q(lo)
    right = r"\infty)" if hi is None else "%s]" % _q(hi)
    return "%s, %s" % (left, right)


def _pieces_proof(cert, subject, part) -> tuple[str, str]:
    F = subject.f
    words = cert.proves.replace("_", " ")
    x = subject.latex(subject.symbols[cert.variables[0]])
    statement = r"$%s$ is %s%s." % (F, words, subject.where_text())
    bs = [parse_rational(b) for b in cert.breakpoints]
    edges = [None, *bs, None]
    var = ["var", cert.variables[0]]
    lines = [r"Cut the domain at $%s = %s$ into the closed intervals $I_1, \dots, I_{%d}$ (each intersected with the "
             r"domain). On each, $%s$ is one smooth function $g_j$:" % (
                 x, ", ".join(_q(b) for b in bs), len(cert.pieces), F)]
    rows = []
    for j, piece in enumerate(cert.pieces):
        rows.append(r"$I_{%d} = %s$ & $g_{%d}(%s) = %s$ & %s \\" % (
            j + 1, _interval(edges[j], edges[j + 1]), j + 1, x, _tex(piece["function"], subject),
            str(piece["proof"].get("proves", "")).replace("_", " ")))
    lines.append(r"\begin{center}\begin{tabular}{lll}" + "\n" + "\n".join(rows) + "\n" + r"\end{tabular}\end{center}")
    slopes = []
    for i, (b, pair) in enumerate(zip(bs, cert.slopes)):
        slopes.append(r"$g_{%d}'(%s) = %s$, $g_{%d}'(%s) = %s$" % (i + 1, _q(b), pair[0], i + 2, _q(b), pair[1]))
    rel = {"convex": r"\le", "strictly_convex": r"\le", "concave": r"\ge", "strictly_concave": r"\ge",
           "affine": "="}[cert.proves]
    lines.append(r"At the cuts the one-sided slopes satisfy left $%s$ right: %s." % (rel, "; ".join(slopes)))
    monotone = {"convex": "nondecreasing", "strictly_convex": "strictly increasing", "concave": "nonincreasing",
                "strictly_concave": "strictly decreasing", "affine": "constant"}[cert.proves]
    lines.append(r"So $%s$ is continuous and its derivative (one-sided at the cuts) is %s on the domain: on each "
                 r"$I_j$ it is $g_j'$, which is %s there by the lemmas below, and it does not jump %s at a cut. "
                 r"Since $%s(t) = %s(s) + \int_s^t %s'$, $%s$ is %s." % (
                     F, monotone, monotone, "down" if rel == r"\le" else "up" if rel == r"\ge" else "at all",
                     F, F, F, F, words))
    for j, piece in enumerate(cert.pieces):
        bounds = ([["ge", var, ["num", cert.breakpoints[j - 1]]]] if j > 0 else []) + \
                 ([["le", var, ["num", cert.breakpoints[j]]]] if j < len(bs) else [])
        name = "g_{%d}" % (j + 1)
        lines.append(r"\paragraph{Piece %d.} " % (j + 1) + _split_text(
            subject.tree, piece["function"], piece["cases"], [list(c) for c in cert.domain] + bounds, subject, name))
        lines.append(part(_sub(piece["proof"]), name, r" on $I_{%d}$" % (j + 1)))
    return statement, "\n".join(lines)


def piecewise_proof(cert, subject, part) -> tuple[str, str]:
    """(statement, proof) of an ``identity`` or ``pieces`` certificate (module docstring)."""
    if cert.kind == "identity":
        return _identity_proof(cert, subject, part)
    return _pieces_proof(cert, subject, part)


__all__ = ["piecewise_proof"]
