r"""Figures of a function along a certificate's segment or line, in LaTeX's ``picture`` environment (text layer,
layer 4).

A midpoint certificate's figure shows s -> f((1 - s) a + s b) on [0, 1] and the chord between its end values, with
the point m where the graph is on the wrong side of the chord; a curvature certificate's figure shows
t -> f(p + t u) near t = 0 and its tangent line, inside a window where the kink pattern stays that of p. Samples
are the checker's numbers converted to floats: a figure illustrates, it never decides (a failing sample is left
out, a failing figure is omitted). ``_Plot`` draws with ``\qbezier``, ``\put`` and ``\circle`` only, so nothing
beyond ``texlive-latex-base`` is needed.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath

from ..certificates import CurvatureCertificate, MidpointCertificate, parse_coordinate, parse_rational
from ..check.evaluate import evaluate, line_jets, value_at
from ..check.numbers import interval_precision, sign, sub
from ..errors import CertificateError
from .notation import SAMPLES, _as_float, q_latex
from .subject import _Subject, _checker_value


def _samples(subject: _Subject, origin, step, ts) -> list[tuple[float, float]]:
    out = []
    for s in ts:
        point = [o + s * d for o, d in zip(origin, step)]
        try:
            out.append((_as_float(s), _as_float(_checker_value(subject, point))))
        except CertificateError:
            continue
    return out


def _fmt(x: float) -> str:
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


def _label(x: float) -> str:
    text = mpmath.nstr(mpmath.mpf(x), 4)
    return "0" if text in ("-0.0", "0.0") else text


class _Plot:
    """Map data coordinates to a ``picture`` of 100 x 60 units (1 unit = 1 mm)."""

    W, H = 100.0, 60.0

    def __init__(self, xs, ys):
        self.x0, self.x1 = min(xs), max(xs)
        lo, hi = min(ys), max(ys)
        if hi - lo < 1e-12:
            lo, hi = lo - 1, hi + 1
        pad = (hi - lo) * 0.08
        self.y0, self.y1 = lo - pad, hi + pad
        self.parts: list[str] = []

    def X(self, x):
        return (x - self.x0) / (self.x1 - self.x0) * self.W

    def Y(self, y):
        return (y - self.y0) / (self.y1 - self.y0) * self.H

    def segment(self, p, q):
        (x1, y1), (x2, y2) = (self.X(p[0]), self.Y(p[1])), (self.X(q[0]), self.Y(q[1]))
        self.parts.append(r"\qbezier(%s,%s)(%s,%s)(%s,%s)" % (_fmt(x1), _fmt(y1), _fmt((x1 + x2) / 2),
                                                               _fmt((y1 + y2) / 2), _fmt(x2), _fmt(y2)))

    def polyline(self, pts):
        for p, q in zip(pts, pts[1:]):
            self.segment(p, q)

    def dashed(self, p, q, pieces: int = 24):
        for k in range(pieces):
            if k % 2 == 0:
                a = (p[0] + (q[0] - p[0]) * k / pieces, p[1] + (q[1] - p[1]) * k / pieces)
                b = (p[0] + (q[0] - p[0]) * (k + 1) / pieces, p[1] + (q[1] - p[1]) * (k + 1) / pieces)
                self.segment(a, b)

    def dot(self, p, label: str, where: str = "b"):
        """A dot with its label above ("b": the label's bottom at the dot), below ("t"), right ("l") or left
        ("r") of it."""
        x, y = self.X(p[0]), self.Y(p[1])
        self.parts.append(r"\put(%s,%s){\circle*{1.6}}" % (_fmt(x), _fmt(y)))
        dx, dy = {"b": (0, 2.5), "t": (0, -2.5), "l": (2.5, 0), "r": (-2.5, 0)}[where]
        self.parts.append(r"\put(%s,%s){\makebox(0,0)[%s]{\small %s}}" % (_fmt(x + dx), _fmt(y + dy), where,
                                                                          label))

    def render(self, xlabel: str, xticks, yticks=()) -> str:
        """The picture; ``yticks``: the meaningful values (f(a), f(b), f(m), the chord...) marked on the y axis,
        a label dropped where it would overprint one already placed (the tick mark stays)."""
        frame = [r"\put(0,0){\line(1,0){100}}", r"\put(0,0){\line(0,1){60}}", r"\put(0,60){\line(1,0){100}}",
                 r"\put(100,0){\line(0,1){60}}"]
        ticks = []
        for x, label in xticks:
            X = _fmt(self.X(x))
            ticks.append(r"\put(%s,0){\line(0,1){1.5}}" % X)
            ticks.append(r"\put(%s,-2){\makebox(0,0)[t]{\small $%s$}}" % (X, label))
        placed: list[float] = []
        for y in sorted({float(v) for v in yticks} | ({0.0} if self.y0 < 0 < self.y1 else set())):
            Y = self.Y(y)
            ticks.append(r"\put(0,%s){\line(1,0){1.5}}" % _fmt(Y))
            if all(abs(Y - other) >= 4 for other in placed):
                placed.append(Y)
                ticks.append(r"\put(-1.5,%s){\makebox(0,0)[r]{\small $%s$}}" % (_fmt(Y), _label(y)))
        if self.y0 < 0 < self.y1:
            for k in range(0, 50):
                if k % 2 == 0:
                    ticks.append(r"\put(%s,%s){\line(1,0){1}}" % (_fmt(k * 2.0), _fmt(self.Y(0))))
        ticks.append(r"\put(50,-8){\makebox(0,0)[t]{\small %s}}" % xlabel)
        return ("\\setlength{\\unitlength}{1mm}\n\\begin{picture}(100,72)(-12,-12)\n"
                + "\n".join(frame + ticks + self.parts) + "\n\\end{picture}")


def _midpoint_figure(cert: MidpointCertificate, subject: _Subject) -> str:
    a = [parse_coordinate(v) for v in cert.a]
    b = [parse_coordinate(v) for v in cert.b]
    lam = parse_rational(cert.lam)
    step = [y - x for x, y in zip(a, b)]
    ts = [Fraction(k, SAMPLES) for k in range(SAMPLES + 1)]
    s_m = 1 - lam
    if s_m not in ts:
        ts = sorted(set(ts) | {s_m})
    pts = _samples(subject, a, step, ts)
    fa = _as_float(_checker_value(subject, a))
    fb = _as_float(_checker_value(subject, b))
    m = [x + s_m * d for x, d in zip(a, step)]
    fm = _as_float(_checker_value(subject, m))
    return _midpoint_plot(cert, subject, s_m, pts, fa, fb, fm)


def _midpoint_plot(cert: MidpointCertificate, subject: _Subject, s_m, pts, fa: float, fb: float, fm: float) -> str:
    chord_m = (1 - float(s_m)) * fa + float(s_m) * fb
    plot = _Plot([p[0] for p in pts], [p[1] for p in pts] + [fa, fb, chord_m])
    plot.polyline(pts)
    plot.dashed((0.0, fa), (1.0, fb))
    F = subject.f
    labels = (r"\theta^{(1)}", r"\theta^{(2)}", r"\theta^{*}") if subject.is_network else ("a", "b", "m")
    above = fm > chord_m
    plot.dot((float(s_m), fm), r"$%s(%s)$" % (F, labels[2]), "b" if above else "t")
    plot.dot((float(s_m), chord_m), r"chord", "l")  # beside its dot: never on the x-axis tick below it
    plot.dot((0.0, fa), r"$%s(%s)$" % (F, labels[0]), "l")
    plot.dot((1.0, fb), r"$%s(%s)$" % (F, labels[1]), "r")
    pic = plot.render(r"$s$, the point $(1-s)\,%s + s\,%s$" % (labels[0], labels[1]),
                      [(0.0, "0"), (float(s_m), q_latex(s_m)), (1.0, "1")], yticks=(fa, fb, fm, chord_m))
    caption = (r"The function $s \mapsto %s\bigl((1-s)\,%s + s\,%s\bigr)$ on $[0, 1]$ (solid) and the chord "
               r"between its end values (dashed). At $s = %s$, i.e.\ at $%s$, the graph %s. (Sample values "
               r"computed by the checker's evaluator, rounded for display.)"
               % (F, labels[0], labels[1], q_latex(s_m), labels[2], _MIDPOINT_FAILS[cert.refutes]))
    return _figure_block(pic, caption)


#: What the midpoint figure shows, by the property the certificate refutes: f(m) against the chord's value there
#: (a strict property fails already where the graph meets the chord, with equality).
_MIDPOINT_FAILS = {"convex": "lies above the chord, which convexity forbids",
                   "concave": "lies below the chord, which concavity forbids",
                   "strictly_convex": "meets the chord or lies above it, which strict convexity forbids",
                   "strictly_concave": "meets the chord or lies below it, which strict concavity forbids"}


#: Where ``_certificate_section`` puts the figure's label (``fig:1``, ``fig:2``, ... in document order).
_FIG_LABEL = "@FIGURE@"


def _figure_block(pic: str, caption: str) -> str:
    """A numbered figure float with its caption (the proof refers to it by its label)."""
    return ("\\begin{figure}[!htbp]\n\\centering\n" + pic + "\n" + r"\caption{%s}\label{%s}" % (caption, _FIG_LABEL)
            + "\n\\end{figure}")


def _curvature_figure(cert: CurvatureCertificate, subject: _Subject) -> str:
    p = [parse_coordinate(v) for v in cert.point]
    u = [parse_coordinate(v) for v in cert.direction]
    with interval_precision():
        jet, pattern = evaluate(subject.tree, line_jets(subject.names, p, u, 2), 2)
    f0, d1 = _as_float(jet.c[0]), _as_float(jet.c[1])

    def pattern_at(s):
        point = [x + s * d for x, d in zip(p, u)]
        if not _strictly_inside(subject, point):
            raise CertificateError("latex: the plotting window leaves the open domain")
        with interval_precision():
            return evaluate(subject.tree, line_jets(subject.names, point, u, 2), 2)[1]

    h = _smooth_window(pattern_at, pattern)
    ts = [-h + 2 * h * Fraction(k, SAMPLES) for k in range(SAMPLES + 1)]
    pts = _samples(subject, p, u, ts)
    return _curvature_plot(cert, subject, h, pts, f0, d1)


def _strictly_inside(subject: _Subject, point) -> bool:
    """Whether ``point`` satisfies every domain constraint strictly (display only: where a figure may go)."""

    for rel, lhs, rhs in subject.cert.domain:
        with interval_precision():
            gap = sign(sub(value_at(lhs, subject.names, point), value_at(rhs, subject.names, point)))
        if gap != (1 if rel in ("gt", "ge") else -1):
            return False
    return True


def _smooth_window(pattern_at, pattern) -> Fraction:
    """The half-width h (1, 1/2, 1/4, ...) of a plotting window p + t u, |t| <= h, whose probes at t = +-h, +-h/2
    all keep the certificate's kink pattern (display only: the figure stays inside the smooth piece)."""
    h = Fraction(1)
    for _ in range(30):
        try:
            if all(pattern_at(s) == pattern for s in (-h, h, -h / 2, h / 2)):
                break
        except CertificateError:
            pass
        h /= 2
    return h


def _curvature_plot(cert: CurvatureCertificate, subject: _Subject, h, pts, f0: float, d1: float) -> str:
    tangent = [(-float(h), f0 - d1 * float(h)), (float(h), f0 + d1 * float(h))]
    plot = _Plot([q[0] for q in pts], [q[1] for q in pts] + [tangent[0][1], tangent[1][1]])
    plot.polyline(pts)
    plot.dashed(*tangent)
    F = subject.f
    plot.dot((0.0, f0), r"$%s(p)$" % F, "b" if cert.refutes == "concave" else "t")
    pic = plot.render(r"$t$, the point $p + t\,u$", [(-float(h), q_latex(-h)), (0.0, "0"), (float(h), q_latex(h))],
                      yticks=(f0, pts[0][1], pts[-1][1]))
    side = "below" if cert.refutes == "convex" else "above"
    caption = (r"The function $\varphi(t) = %s(p + t\,u)$ for $|t| \le %s$ (solid) and its tangent line at "
               r"$t = 0$ (dashed). The graph bends %s the tangent ($\varphi''(0) %s 0$), which %s forbids. "
               r"(Sample values computed by the checker's evaluator, rounded for display.)" % (
                   F, q_latex(h), side, "<" if cert.refutes == "convex" else ">",
                   "convexity" if cert.refutes == "convex" else "concavity"))
    return _figure_block(pic, caption)
