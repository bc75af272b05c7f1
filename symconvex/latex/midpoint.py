r"""Proofs of midpoint certificates: f is not convex (concave, strictly convex, strictly concave) (text layer,
layer 4).

The argument is Jensen's inequality (``facts.FACTS["jensen"]``): a convex f satisfies
f(λa + (1 − λ)b) ≤ λf(a) + (1 − λ)f(b) for all a, b of its domain and λ ∈ [0, 1]; the proof exhibits a, b, λ,
checks that the three points lie in the domain, evaluates f at a, b and m = λa + (1 − λ)b exactly (a network: its
forward passes, deferred to the appendix), and shows the gap f(m) − chord with its sign, decided by the checker's
numbers (exact, or an interval that excludes 0; an exact zero for strict convexity). Large networks:
``largenet``.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from ..certificates import MidpointCertificate, parse_coordinate, parse_rational
from ..check.evaluate import value_at
from ..check.numbers import add, interval_precision, mul, sign, sub
from ..errors import CertificateError
from .facts import fact_ref
from .notation import FORMULA_LIMIT, _num_value, _pt, enclosure_latex, note_latex, q_latex, tuple_latex
from .subject import _Subject, _checker_value, constraint_gap_tex
from .values import _consistent, _num_paren, _r, _sym_num, _value_line


#: what a midpoint certificate refutes -> (the property in words, the inequality (*) it would satisfy, the
#: relation that makes (*) fail, the signs of f(m) - chord that refute it). Strict convexity needs
#: f(m) < chord at every a != b, so a Jensen equality (gap 0, decided exactly) already refutes it.
_REFUTED = {"convex": ("convex", r"\le", ">", (1,)), "concave": ("concave", r"\ge", "<", (-1,)),
            "strictly_convex": ("strictly convex", "<", r"\ge", (0, 1)),
            "strictly_concave": ("strictly concave", ">", r"\le", (0, -1))}


def _verb(refutes: str) -> tuple[str, str]:
    """('convex', '>'), ('concave', '<'), ('strictly convex', '\\ge'), ...: the words and the failing relation."""
    words, _, rel, _ = _REFUTED[refutes]
    return words, rel


def _gap_text(gap, refutes: str) -> str:
    rel = _REFUTED[refutes][2]
    if isinstance(gap, Fraction):
        return r"= %s %s 0" % (q_latex(gap), rel)
    interval = enclosure_latex(gap)
    return r"%s, \text{ an interval of %s numbers}" % (interval.replace(r"\in ", r"\in "),
                                                      "positive" if rel == ">" else "negative")


def _midpoint_proof(cert: MidpointCertificate, subject: _Subject) -> tuple[str, str]:
    """(statement, proof): a, b, λ with f(m) on the wrong side of the chord at m = λa + (1 − λ)b refute Jensen's
    inequality; the steps write the points, check the domain, evaluate f exactly and compare."""
    a = [parse_coordinate(v) for v in cert.a]
    b = [parse_coordinate(v) for v in cert.b]
    lam = parse_rational(cert.lam)
    m = [lam * x + (1 - lam) * y for x, y in zip(a, b)]
    refutes, _ = _verb(cert.refutes)
    labels = (r"\theta^{(1)}", r"\theta^{(2)}", r"\theta^{*}") if subject.net else ("a", "b", "m")
    points = list(zip(labels, (a, b, m)))
    statement = r"$%s$ is not %s%s." % (subject.f, refutes, subject.where_text())
    lines = _jensen_opening(cert, subject.f, lam)
    lines += _points_text(subject, points)
    lines.append(_domain_check(subject, points))
    values = {}
    lines += (_network_values if subject.net else _function_values)(subject, points, values)
    _midpoint_conclusion(cert, subject, lines, values, lam, labels)
    return statement, "\n".join(x for x in lines if x)


def _jensen_opening(cert: MidpointCertificate, F: str, lam) -> list[str]:
    """Jensen's inequality (*) for the property refuted (``facts.FACTS["jensen"]``), and the λ that breaks it."""
    refutes, _ = _verb(cert.refutes)
    ineq = _REFUTED[cert.refutes][1]
    strict = cert.refutes.startswith("strictly_")
    return [r"If $%s$ were %s, then by %s, for all %s of its domain and every $\lambda \in %s$"
            % (F, refutes, fact_ref("jensen"), "distinct points $p \\ne q$" if strict else "points $p, q$",
               "(0, 1)" if strict else "[0, 1]"),
            r"\[ %s\bigl(\lambda p + (1 - \lambda) q\bigr) %s \lambda\, %s(p) + (1 - \lambda)\, %s(q). "
            r"\tag{$\ast$} \]" % (F, ineq, F, F),
            r"We exhibit two points and a $\lambda$ for which $(\ast)$ fails. Take $\lambda = %s$ and"
            % q_latex(lam)]


#: How many characters of LaTeX source the three points as vectors may have to be written in one sentence (a
#: sentence cannot break inside a vector's \left( \right)).
_SENTENCE_WIDTH = 300


def _points_text(subject: _Subject, points) -> list[str]:
    """a, b and m as exact fractions (a network's as weight matrices, and as vectors when short)."""
    (la, a), (lb, b), (lm, m) = points
    net = subject.net
    if not net:
        return [r"\[ a = %s, \qquad b = %s, \]" % (_pt(a), _pt(b)),
                r"so that \[ m = \lambda a + (1 - \lambda) b = %s. \]" % _pt(m)]
    n = len(subject.names)
    tuples = [(label, tuple_latex(p)) for label, p in points]
    if n > 12:
        vectors = ""
    elif sum(len(t) for _, t in tuples) <= _SENTENCE_WIDTH:
        vectors = r"(as vectors in $\mathbb{R}^{%d}$ in the order above: %s)." % (
            n, ", ".join(r"$%s = %s$" % pair for pair in tuples))
    else:   # one display row per vector: these rows of fractions do not fit in a sentence
        vectors = (r"As vectors in $\mathbb{R}^{%d}$ in the order above," % n + "\n" + r"\begin{align*}" + "\n"
                   + " \\\\\n".join(r"%s &= %s" % pair for pair in tuples) + "\n" + r"\end{align*}")
    return [net.point_latex(a, la), "and", net.point_latex(b, lb),
            r"so that $%s = \lambda %s + (1 - \lambda) %s$ is" % (lm, la, lb), net.point_latex(m, lm), vectors]


def _network_values(subject: _Subject, points, values: dict) -> list[str]:
    """The loss at each point: the outputs and the sum of the loss terms (the forward passes go to the appendix);
    ``values[label]`` = (exact value, the checker's number), which must agree."""
    lines = [r"Evaluating the loss exactly (the forward passes are worked out in Appendix~\ref{app:details}):"]
    traces = []
    for label, point in points:
        details, outputs, summed, total = subject.net.evaluation(point, label, f"{subject.f}({label})")
        checked = _checker_value(subject, point)
        _consistent(total, checked, f"L({label})")
        values[label] = (total, checked)
        traces.append(details)
        lines.append(r"At $%s$ the network outputs $%s$, so" % (label, outputs) + "\n" + summed)
    subject.appendix.append(r"\paragraph{Forward passes of the midpoint argument.}" + "\n" + "\n".join(traces))
    return lines


def _function_values(subject: _Subject, points, values: dict) -> list[str]:
    """f at each point, step by step (``_function_value_steps``), aligned; ``values`` as in ``_network_values``."""
    rows = []
    for label, point in points:
        row, checked, exact_value = _function_value_steps(subject, point, label)
        rows.append(row)
        values[label] = (exact_value, checked)
    return [r"Evaluating $f$ exactly:",
            r"\begin{align*}" + "\n" + " \\\\\n".join(r.replace(" = ", " &= ", 1) for r in rows) + "\n"
            + r"\end{align*}"]


#: How many characters of LaTeX source a display of the chord's two values may have before it is set one value per
#: row (about a line of fractions and sigmoids at 11pt).
_DISPLAY_WIDTH = 160


def _midpoint_conclusion(cert, subject: _Subject, lines: list, values: dict, lam, labels) -> None:
    """The chord, the gap and the failed inequality (appended to ``lines``); ``values``: label -> (exact, checked)."""
    la, lb, lm = labels
    refutes, rel = _verb(cert.refutes)
    F = subject.f
    va, vb, vm = values[la][1], values[lb][1], values[lm][1]
    chord = add(mul(lam, va), mul(1 - lam, vb))
    gap = sub(vm, chord)
    allowed = _REFUTED[cert.refutes][3]
    exact_zero = sign(gap) is None and 0 in allowed  # a transcendental equality, decided by check.exactzero
    if sign(gap) not in allowed and not exact_zero:
        raise CertificateError("latex: the midpoint inequality does not hold")
    left = r"\lambda\, %s(%s) + (1 - \lambda)\, %s(%s)" % (F, la, F, lb)
    first, second = (r"%s \cdot %s" % (q_latex(w), _num_paren(values[label])) for w, label in ((lam, la), (1 - lam, lb)))
    if len(first) + len(second) + len(_num_value(chord)) <= _DISPLAY_WIDTH:
        lines.append(r"Hence the right-hand side of $(\ast)$ is \[ %s = %s + %s %s, \]"
                     % (left, first, second, _num_value(chord)))
    else:   # one term per row: the two values side by side are wider than the page
        lines.append(r"Hence the right-hand side of $(\ast)$ is" + "\n" + r"\begin{align*} %s &= %s \\ &\quad + %s \\ "
                     r"&\quad %s, \end{align*}" % (left, first, second, _num_value(chord)))
    lines.append(r"while the left-hand side is $%s(%s) %s$, and" % (F, lm, _num_value(vm)))
    if exact_zero:
        gap_text = "= 0"
    elif isinstance(gap, Fraction):
        gap_text = _gap_text(gap, cert.refutes)
    else:
        gap_text = enclosure_latex(gap) + (r" \subset (0, \infty)" if rel in (">", r"\ge") else r" \subset (-\infty, 0)")
    lines.append(r"\[ %s(%s) - \bigl(\lambda\, %s(%s) + (1 - \lambda)\, %s(%s)\bigr) %s. \]"
                 % (F, lm, F, la, F, lb, gap_text))
    if exact_zero:
        lines.append(r"The difference is exactly $0$: the logarithms of the three values expand into the same sum "
                     r"of logarithms of integers and powers of $e$ (the formal identity test of "
                     r"\texttt{check.exactzero}); the intervals above only confirm it.")
    lines.append(r"So $%s(%s) %s \lambda\, %s(%s) + (1 - \lambda)\, %s(%s)$: inequality $(\ast)$ fails, and $%s$ "
                 r"is not %s." % (F, lm, rel, F, la, F, lb, F, refutes))
    if cert.note:
        lines.append(r"\par\emph{Remark.} %s" % note_latex(cert.note))


def _substituted(subject: _Subject, point) -> str | None:
    """The formula with the point's coordinates written in (parenthesized), before simplification."""
    names = {s: (r"\left(%s\right)" % q_latex(Fraction(v))) for s, v in zip(
        [subject.symbols[n] for n in subject.names], point)}
    text = sp.latex(subject.expr, symbol_names=names)
    return text if len(text) <= FORMULA_LIMIT else None


def _function_value_steps(subject: _Subject, point, label: str) -> tuple[str, object, sp.Expr]:
    """``f(a) = f(1, -1) = (1)(-1) = -1`` with the exact value and the checker's number."""
    point = [Fraction(v) for v in point]
    checked = _checker_value(subject, point)
    exact_value = subject.expr.xreplace({subject.symbols[n]: _r(v) for n, v in zip(subject.names, point)})
    exact_value = sp.simplify(exact_value) if not exact_value.is_Rational else exact_value
    _consistent(exact_value, checked, f"f({label})")
    substituted = _substituted(subject, point)
    args = tuple_latex(point) if len(point) > 1 else q_latex(point[0])
    parts = [f"f({label})", f"f{args}" if len(point) > 1 else f"f({args})"]
    if substituted is not None:
        parts.append(substituted)
    elif isinstance(subject.expr, sp.Add):
        terms = [t.xreplace({subject.symbols[n]: _r(v) for n, v in zip(subject.names, point)})
                 for t in subject.expr.args]
        parts.append(" + ".join(_sym_num(t, subject, paren=True) for t in terms))
    line = " = ".join(parts) + " " + _value_line(exact_value, checked, subject)
    return line, checked, exact_value


def _domain_check(subject: _Subject, points) -> str:
    if not subject.cert.domain:
        if not subject.is_network and subject.natural != []:
            return (r"All three points lie in $D$: $f$ is defined at each of them (the evaluations below are "
                    r"finite real numbers).")
        return ""
    rows = []
    for k, c in enumerate(subject.cert.domain):
        rel, lhs, rhs = c
        for label, point in points:
            with interval_precision():
                gap = sub(value_at(lhs, subject.names, point), value_at(rhs, subject.names, point))
            rows.append(r"%s:\ \ %s %s" % (label, constraint_gap_tex(subject, lhs, rhs),
                                           _num_value(gap) + (r" \ge 0" if rel in ("gt", "ge") else r" \le 0")))
    return (r"The points lie in the domain: for each constraint," + "\n" + r"\begin{gather*}" + "\n"
            + " \\\\\n".join(rows) + "\n" + r"\end{gather*}")
