r"""Bounded proofs for networks with more than ``LARGE_NET`` parameters (text layer, layer 4).

The same arguments as ``midpoint`` and ``curvature`` (Jensen's inequality; the second-order condition along a
line), with a proof whose length does not grow with the network: points and directions by their nonzero
coordinates (at most ``ENTRY_CAP``, or where they differ from a point already shown), each data point's output,
residual and loss term (or the second derivative of its loss term) instead of every pre-activation (the first
``ROW_CAP`` data points, the rest summed), and the region by its first kinks and the count per layer. The numbers
are ``netnumbers._NetNumbers``'s (the checker's exact passes); the figures those of ``figures``.
"""

from __future__ import annotations

from fractions import Fraction

from ..certificates import CurvatureCertificate, MidpointCertificate, parse_rational
from ..check.evaluate import evaluate, line_jets
from ..check.numbers import add as _nadd
from ..check.numbers import interval_precision
from ..errors import CertificateError
from .curvature import (_curvature_conclusion, _curvature_statement, _domain_strict, _require_refuting_sign,
                        _second_order_opening)
from .figures import _curvature_plot, _midpoint_plot, _smooth_window
from .midpoint import _domain_check, _midpoint_conclusion, _verb
from .notation import (HESSIAN_LIMIT, ROW_CAP, SAMPLES, _align_rows, _as_float, _cell, _num_value, _short_tuple,
                       _sum_display, name_latex, q_latex)
from .subject import _Subject


def _fsum(values):
    total = Fraction(0)
    for v in values:
        total = _nadd(total, v)
    return total


def _sparse_vector(subject: _Subject, label: str, vec, base=None, base_label: str = "") -> str:
    """A parameter vector by its nonzero coordinates (named), at most ``ENTRY_CAP`` of them; or, when it differs
    from ``base`` in fewer coordinates than it has nonzeros, by the coordinates where it differs from it."""
    nums, net = subject.numbers, subject.net
    count, head = nums.nonzeros(vec)
    if base is not None:
        changed, diff = nums.differences(vec, base)
        if changed < count:
            entries = ", ".join(r"$%s = %s$" % (name_latex(net.name(k)), q_latex(v)) for k, v in diff)
            text = r"$%s$ agrees with $%s$ except at $%d$ coordinate%s: %s" % (
                label, base_label, changed, "" if changed == 1 else "s", entries)
            return text + (r", and $%d$ more, in the certificate JSON." % (changed - len(diff))
                           if changed > len(diff) else ".")
    if count == 0:
        return r"$%s = 0$ (every coordinate is $0$)." % label
    entries = ", ".join(r"$%s = %s$" % (name_latex(net.name(k)), q_latex(v)) for k, v in head)
    zeros = subject.count - count
    text = (r"$%s$ has $%d$ nonzero coordinate%s%s: %s" % (
        label, count, "" if count == 1 else "s",
        r" (all other coordinates are $0$)" if zeros else "", entries))
    if count > len(head):
        text += (r", and $%d$ more nonzero coordinates, not printed here: the full vector is in the certificate "
                 r"JSON, and \texttt{symconvex verify} re-checks it." % (count - len(head)))
    else:
        text += "."
    return text


def _large_evaluation(subject: _Subject, point, label: str, value_name: str) -> tuple[str, object]:
    """Each data point's output, residual and loss term at ``point`` (the first ``ROW_CAP``), and the loss."""
    nums = subject.numbers
    rows, total = nums.per_point(point)
    loss, lines = nums.loss, []
    for i, ((outs, term), y) in enumerate(zip(rows[:ROW_CAP], nums.targets), start=1):
        N = r"N_{%s}(x_{%d}) &= %s" % (label, i, _short_tuple(outs, 8))
        if loss == "squared":
            res = [o - t if isinstance(o, Fraction) else _nadd(o, -t) for o, t in zip(outs, y)]
            lines.append(r"%s, & r_{%d} &= %s, & \tfrac{1}{2}\lVert r_{%d}\rVert^2 &= %s" % (
                N, i, _short_tuple(res, 8), i, _cell(term)))
        elif loss == "hinge":
            lines.append(r"%s, & \max\{0,\ 1 - y_{%d} N_{%s}(x_{%d})\} &= %s" % (N, i, label, i, _cell(term)))
        else:
            lines.append(r"%s, & \operatorname{softplus}(N_{%s}(x_{%d})) - y_{%d} N_{%s}(x_{%d}) &= %s" % (
                N, label, i, i, label, i, _cell(term)))
    n = len(rows)
    terms = [t for _, t in rows]
    text = (r"At $%s$ the network's output on each data point%s gives" % (
                label, " (with its residual $r_i = N(x_i) - y_i$)" if loss == "squared" else "") + "\n"
            + _align_rows(lines) + "\n")
    if n > ROW_CAP:
        rest = _fsum(terms[ROW_CAP:])
        text += (r"and the loss terms of the remaining $%d$ data points add up to $%s$ (each is computed in the same "
                 r"way). " % (n - ROW_CAP, _cell(rest)))
        parts = [_cell(t) for t in terms[:ROW_CAP]] + [_cell(rest)]
        text += "Hence " + _sum_display(value_name, parts, _num_value(total))
    else:
        text += "so that " + _sum_display(value_name, [_cell(t) for t in terms], _num_value(total))
    return text, total


def _large_midpoint_proof(cert: MidpointCertificate, subject: _Subject) -> tuple[str, str]:
    nums = subject.numbers
    a, b = nums.vector(cert.a, "a"), nums.vector(cert.b, "b")
    lam = parse_rational(cert.lam)
    m = nums.combine(lam, a, b)
    refutes, _ = _verb(cert.refutes)
    F = subject.f
    la, lb, lm = r"\theta^{(1)}", r"\theta^{(2)}", r"\theta^{*}"
    statement = r"$%s$ is not %s%s." % (F, refutes, subject.where_text())
    ineq = "\\le" if refutes == "convex" else "\\ge"
    lines = [r"If $%s$ were %s, then for all points $p, q$ of its domain and every $\lambda \in [0, 1]$" % (F, refutes),
             r"\[ %s\bigl(\lambda p + (1 - \lambda) q\bigr) %s \lambda\, %s(p) + (1 - \lambda)\, %s(q). "
             r"\tag{$\ast$} \]" % (F, ineq, F, F),
             r"We exhibit two points and a $\lambda$ for which $(\ast)$ fails. Take $\lambda = %s$ and the points "
             r"$%s, %s \in \mathbb{R}^{%d}$ below, given by their nonzero coordinates (named as in the setting) "
             r"or by where they differ." % (q_latex(lam), la, lb, subject.count),
             r"\par " + _sparse_vector(subject, la, a),
             r"\par " + _sparse_vector(subject, lb, b, a, la),
             r"\par Then $%s = \lambda %s + (1 - \lambda) %s$ is as follows." % (lm, la, lb),
             r"\par " + _sparse_vector(subject, lm, m, a, la)]
    if cert.domain:
        lines.append(_domain_check(subject, [(la, nums.fractions(a)), (lb, nums.fractions(b)),
                                             (lm, nums.fractions(m))]))
    values = {}
    for label, point in ((la, a), (lb, b), (lm, m)):
        text, total = _large_evaluation(subject, point, label, f"{F}({label})")
        values[label] = (None, total)
        lines.append(text)
    _midpoint_conclusion(cert, subject, lines, values, lam, (la, lb, lm))
    return statement, "\n".join(x for x in lines if x)


def _jet_cell(c) -> str:
    return r"%s + %s\,t + %s\,t^2" % tuple(_cell(x) if k == 0 or not _cell(x).startswith("-")
                                           else r"\left(%s\right)" % _cell(x) for k, x in enumerate(c))


def _large_curvature_proof(cert: CurvatureCertificate, subject: _Subject) -> tuple[str, str]:
    """(statement, proof) of a curvature certificate about a large network: the argument of
    ``curvature._curvature_proof`` with φ''(0) summed over the data points' loss terms (the first ``ROW_CAP`` worked
    out, the rest added up)."""
    nums = subject.numbers
    p, u = nums.vector(cert.point, "point"), nums.vector(cert.direction, "direction")
    rows, jet, _ = nums.jets(p, u)
    second = jet.second_derivative()
    _require_refuting_sign(cert, second)
    lines = [_second_order_opening(subject.f, cert.refutes),
             r"Take the point $p \in \mathbb{R}^{%d}$ (a parameter vector) and the direction $u$ below, each given by "
             r"its nonzero coordinates (named as in the setting)." % subject.count,
             r"\par " + _sparse_vector(subject, "p", p),
             r"\par " + _sparse_vector(subject, "u", u)]
    if cert.domain:
        lines.append(_domain_strict(subject, nums.fractions(p)))
    lines.append(_large_region(subject, p))
    lines += _large_second_derivative(subject, rows, second)
    lines += _curvature_conclusion(cert, subject.f, second)
    return _curvature_statement(cert, subject), "\n".join(x for x in lines if x)


def _large_second_derivative(subject: _Subject, rows, second) -> list[str]:
    """φ''(0) = Σ_i ℓ_i''(0), data point by data point: each one's output (or residual) jets and ℓ_i''(0)."""
    nums = subject.numbers
    n = len(rows)
    blocks = [_jet_block(nums, i, outs, d2, y)
              for i, ((outs, d2), y) in enumerate(zip(rows[:ROW_CAP], nums.targets), start=1)]
    lines = [r"\emph{The second derivative along the line} (there are $%d > %d$ parameters, so instead of the "
             r"Hessian we work out $\varphi(t) = %s(p + t u)$ directly). Along the line every quantity is "
             r"$q(t) = q_0 + q_1 t + q_2 t^2 + O(t^3)$, computed layer by layer with exact arithmetic on the "
             r"branches of the region above; %s. Data point by data point%s:" % (
                 subject.count, HESSIAN_LIMIT, subject.f, _LOSS_JET_RULE.get(nums.loss, _LOSS_JET_RULE[None]),
                 "" if n <= ROW_CAP else r" (the first $%d$ of the $%d$)" % (ROW_CAP, n)),
             r"\begin{align*}" + "\n" + " \\\\[2pt]\n".join(blocks) + "\n" + r"\end{align*}"]
    d2s = [d for _, d in rows]
    parts = [_cell(d) for d in d2s[:ROW_CAP]]
    if n > ROW_CAP:
        rest = _fsum(d2s[ROW_CAP:])
        lines.append(r"The remaining $%d$ data points, worked out in the same way, contribute $%s$ in total." % (
            n - ROW_CAP, _cell(rest)))
        parts.append(_cell(rest))
    lines.append("Adding them up, " + _sum_display(r"\varphi''(0) = \sum_i \ell_i''(0)", parts, _num_value(second)))
    return lines


#: How a data point's ℓ_i''(0) follows from the jets of its outputs, by loss (None: the logistic loss).
_LOSS_JET_RULE = {
    "squared": (r"for the squared loss $\ell_i = \frac{1}{2} \sum_k r_{ik}^2$, so with $r_{ik}(t) = r_{ik,0} + "
                r"r_{ik,1} t + r_{ik,2} t^2 + O(t^3)$ we get $\ell_i''(0) = \sum_k \bigl(r_{ik,1}^2 + 2\, r_{ik,0}\, "
                r"r_{ik,2}\bigr)$"),
    "hinge": (r"for the hinge loss $\ell_i = \max\{0, 1 - y_i N(x_i)\}$ is $1 - y_i N(x_i)$ near $p$ where that "
              r"margin is positive at $p$ and $0$ where it is negative, so $\ell_i''(0) = -2 y_i N_2$ or $0$"),
    None: r"computed with the same expansions through $\operatorname{softplus}$",
}


def _jet_block(nums, i: int, outs, d2, y) -> str:
    """Data point i's row: the jets of its first two residuals (squared loss) or outputs, and ℓ_i''(0)."""
    m = len(nums.targets[0])
    parts = []
    for k, c in enumerate(outs[:2], start=1):
        sub_ = "%d" % i if m == 1 else "%d,%d" % (i, k)
        if nums.loss == "squared":
            r = (c[0] - y[k - 1] if isinstance(c[0], Fraction) else _nadd(c[0], -y[k - 1]), c[1], c[2])
            parts.append(r"r_{%s}(t) &= %s" % (sub_, _jet_cell(r)))
        else:
            parts.append(r"N(x_{%d})%s(t) &= %s" % (i, "" if m == 1 else "_{%d}" % k, _jet_cell(c)))
    if m > 2:
        parts.append(r"&\quad\text{(and $%d$ more outputs)}" % (m - 2))
    parts.append(r"\tfrac{d^2}{dt^2}\ell_{%d}\big|_{t=0} &= %s" % (i, _cell(d2)))
    return ", & ".join(parts)


def _large_region(subject: _Subject, p) -> str:
    """The region at p for a large network: the first kinks with their values, and how many there are."""
    nums, F = subject.numbers, subject.f
    info = nums.kinks(p)
    smooth = (r"These strict inequalities hold on an open neighbourhood of $p$ (the pre-activations are "
              r"continuous in the parameters), so on it every kink keeps its branch and $%s$ coincides with the "
              r"smooth function $P$ obtained by replacing each kink by that branch ($\rho(z) = z$ where $z > 0$, "
              r"$\rho(z) = 0$ where $z < 0$)." % F)
    if info is None:
        return (r"\emph{The region.} The checker's evaluator finds every kink of $%s$ strictly on one side at $p$ "
                r"(the branches taken are the certificate's pattern). " % F + smooth)
    shown, counts, margin_rows, margin_counts = info
    total = sum(a + b for _, a, b in counts) + (sum(margin_counts) if margin_counts else 0)
    if total == 0:
        return r"The loss $%s$ has no kinks; it is smooth at $p$. Let $P = %s$." % (F, F)
    rows = [r"z^{(%d)}_{%d}(x_{%d}) &= %s %s 0" % (l, r, i, q_latex(v), ">" if v > 0 else "<")
            for i, l, r, v in shown]
    rows += [r"1 - y_{%d} N_p(x_{%d}) &= %s %s 0" % (i, i, q_latex(v), ">" if v > 0 else "<")
             for i, v in margin_rows]
    tally = "; ".join(r"layer %d: $%d$ positive and $%d$ negative pre-activations" % c for c in counts)
    if margin_counts:
        tally += r"; hinge margins: $%d$ positive and $%d$ negative" % margin_counts
    text = (r"\emph{The region.} At $p$ every kink of $%s$ is strictly on one side: over all data points and "
            r"units there are $%d$ kinks (%s), none of them $0$. The first ones are" % (F, total, tally) + "\n"
            + _align_rows(rows) + "\n")
    if len(rows) < total:
        text += (r"and the other $%d$ are computed in the same way (the checker re-computes every one of them and "
                 r"compares its sign with the certificate's pattern). " % (total - len(rows)))
    return text + smooth


def _large_samples(subject: _Subject) -> int:
    """Fewer figure samples for very large nets (each sample is a forward pass over all the data)."""
    work = subject.count * len(subject.cert.network["inputs"])
    return SAMPLES if work <= 2_000_000 else (24 if work <= 20_000_000 else 12)


def _large_midpoint_figure(cert: MidpointCertificate, subject: _Subject) -> str:
    nums = subject.numbers
    a, b = nums.vector(cert.a, "a"), nums.vector(cert.b, "b")
    lam = parse_rational(cert.lam)
    count = _large_samples(subject)
    ts = [Fraction(k, count) for k in range(count + 1)]
    s_m = 1 - lam
    if s_m not in ts:
        ts = sorted(set(ts) | {s_m})
    pts = []
    for s in ts:
        try:  # the point (1 - s) a + s b
            pts.append((_as_float(s), _as_float(nums.value(nums.combine(1 - s, a, b)))))
        except CertificateError:
            continue
    fa, fb = _as_float(nums.value(a)), _as_float(nums.value(b))
    fm = _as_float(nums.value(nums.combine(lam, a, b)))
    return _midpoint_plot(cert, subject, s_m, pts, fa, fb, fm)


def _large_curvature_figure(cert: CurvatureCertificate, subject: _Subject) -> str:
    nums = subject.numbers
    p, u = nums.vector(cert.point, "point"), nums.vector(cert.direction, "direction")
    if nums.fast is not None:
        jet, pattern = nums.fast.curvature(p, u)
    else:
        with interval_precision():
            jet, pattern = evaluate(subject.tree, line_jets(subject.names, p, u, 2), 2)
    f0, d1 = _as_float(jet.c[0]), _as_float(jet.c[1])
    h = _smooth_window(lambda s: nums.pattern_at(nums.along(p, u, s), u), pattern)
    count = _large_samples(subject)
    pts = []
    for k in range(count + 1):
        s = -h + 2 * h * Fraction(k, count)
        try:
            pts.append((_as_float(s), _as_float(nums.value(nums.along(p, u, s)))))
        except CertificateError:
            continue
    return _curvature_plot(cert, subject, h, pts, f0, d1)
