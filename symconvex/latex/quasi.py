r"""LaTeX proofs of ``quasimidpoint``, ``quasi`` and ``loglog`` certificates (text layer, layer 4; display only, the
checker decides: ``check.quasi``).

``quasi_proof(cert, subject, part)`` returns (statement, proof) for ``sections._certificate_section``; ``part(c,
name, where)`` renders a sub-certificate ``c`` (about the function called ``name`` on the set ``where``) as a lemma.
The mathematics: quasiconvexity is f(λa + (1 − λ)b) ≤ max(f(a), f(b)) (``facts.FACTS["quasi"]``); a monotone
outer function, exp of log f, a linear-fractional ratio or a monotone function of one variable keep it; log-log
curvature is the curvature of F(u) = log f(e^u).
"""

from __future__ import annotations

from ..certificates import from_json, parse_coordinate, parse_rational, to_sympy
from .facts import fact_ref
from .notation import _pt, q_latex

_WORDS = {"quasiconvex": "quasiconvex", "quasiconcave": "quasiconcave", "quasilinear": "quasilinear",
          "loglog_convex": "log-log convex", "loglog_concave": "log-log concave", "loglog_affine": "log-log affine",
          "not_loglog_convex": "not log-log convex", "not_loglog_concave": "not log-log concave"}
_HOW = {"outer": r"$%s = \varphi(g)$ with $\varphi$ monotone on an interval holding the values of $g = %s$, and "
                 r"$g$ is %s (Lemma below). A nondecreasing $\varphi$ keeps $g(m) \le \max(g(a), g(b))$ as "
                 r"$\varphi(g(m)) \le \max(\varphi(g(a)), \varphi(g(b)))$; a nonincreasing one turns "
                 r"$g(m) \ge \min(g(a), g(b))$ into the same.",
        "log": r"$%s > 0$ on $D$ and $\log %s = %s$ there, which is %s (Lemma below); $%s = \exp(\log %s)$ with "
               r"$\exp$ increasing keeps the sublevel (superlevel) sets.",
        "closure": r"$%s$ is continuous on the closed box $D$, and on the open box (every bound strict) $%s$ is %s "
                   r"(Lemma below); for $a, b \in D$ take $a_n \to a$, $b_n \to b$ in the open box: the inequality "
                   r"at $a_n, b_n$ passes to the limit.",
        "ratio": r"$%s = p / q$ with $q$ affine and $q > 0$ on $D$, and $p = %s$ %s (Lemma below): "
                 r"$\{p / q \le t\} = \{p - t q \le 0\}$ is convex for every $t$ when $p$ is convex "
                 r"(superlevel sets dually)."}


def _tex(tree, subject) -> str:
    return subject.latex(to_sympy(tree, dict(subject.symbols)))


def quasi_proof(cert, subject, part) -> tuple[str, str]:
    """(statement, proof) of one of the three kinds (module docstring)."""
    F = subject.f
    if cert.kind == "quasimidpoint":
        a, b = [parse_coordinate(v) for v in cert.a], [parse_coordinate(v) for v in cert.b]
        lam = parse_rational(cert.lam)
        m = [lam * x + (1 - lam) * y for x, y in zip(a, b)]
        rel, ends = (">", r"\max") if cert.refutes == "quasiconvex" else ("<", r"\min")
        statement = r"$%s$ is not %s%s." % (F, cert.refutes, subject.where_text())
        proof = (r"By %s, a %s $%s$ has $%s(\lambda a + (1 - \lambda) b) %s %s(%s(a), %s(b))$ for all $a, b$ of its "
                 r"domain. Take $a = %s$, $b = %s$, $\lambda = %s$, so $m = %s$; all three lie in the domain. Then "
                 r"$%s(a) = %s$, $%s(b) = %s$ and $%s(m) = %s %s %s(%s(a), %s(b))$ (values exact, or decimals of "
                 r"rigorous enclosures, as the checker computed them)."
                 % (fact_ref("quasi"), cert.refutes, F, F, r"\le" if rel == ">" else r"\ge", ends, F, F, _pt(a),
                    _pt(b), q_latex(lam), _pt(m), F, cert.values["f(a)"].lstrip("~"), F,
                    cert.values["f(b)"].lstrip("~"), F, cert.values["f(m)"].lstrip("~"), rel, ends, F, F))
        return statement, proof
    words = _WORDS[cert.proves]
    if cert.kind == "loglog":
        sub = from_json(cert.part)
        statement = r"$%s$ is %s on $D$." % (F, words)
        proof = (r"With $x = e^{u}$ (each coordinate), $F(u) = \log %s(e^{u}) = %s$ on the image of $D$, and a "
                 r"statement about the curvature of $F$ is by definition one about the log-log curvature of $%s$: "
                 % (F, _tex(sub.function, subject), F)
                 + part(sub, "F", " on the image of $D$ under $x = e^u$ (each $u_i$ written with the letter of $x_i$)"))
        return statement, proof
    statement = r"$%s$ is %s%s." % (F, words, subject.where_text())
    if cert.by == "monotone" and cert.breakpoint:
        c = q_latex(parse_rational(cert.breakpoint))
        return statement, (r"$%s$ is continuous on the interval $D$ and its derivative $%s'$ has one sign on each "
                           r"side of $c = %s$ (the checker's sign rules), so $%s$ is monotone on each side; for "
                           r"$x < y < z$ in $D$, $%s(y)$ lies between $%s(x)$ and $%s(z)$ on the side of $c$ holding "
                           r"$y$, hence the sublevel (superlevel) sets are intervals (%s)."
                           % (F, F, c, F, F, F, F, fact_ref("quasi")))
    if cert.by == "monotone":
        return statement, (r"$%s$ is continuous on the interval $D$ and its derivative $%s'$ has one sign inside "
                           r"it (the checker's sign rules), so $%s$ is monotone there; the sublevel and superlevel "
                           r"sets of a monotone function of one variable are intervals (%s)." % (F, F, F,
                                                                                      fact_ref("quasi")))
    sub = from_json(cert.part)
    said = _WORDS.get(sub.statement, sub.statement.replace("_", " "))
    g = _tex(sub.function, subject)
    how = (_HOW["log"] % (F, F, g, said, F, F) if cert.by == "log" else _HOW["closure"] % (F, F, said)
           if cert.by == "closure" else _HOW[cert.by] % (F, g, said))
    return statement, how + " (" + fact_ref("quasi") + ")\n" + part(sub, "g", " on $D$")


__all__ = ["quasi_proof"]
