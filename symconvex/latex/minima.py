r"""LaTeX proofs of ``minima_count`` certificates, and the words for a single neuron's loss (text layer, layer 4).

``count_document(cert)`` re-checks the count certificate (``check.verify``, then ``check.report_minimum`` for each
box; a rejected certificate raises ``CertificateError``, so no proof of a false statement is written) and writes
a self-contained article: the theorem "f has at least N strict local minima", the N boxes
B_i = c_i + [−r_i, r_i]ⁿ with their exact centres, for each the checker's numbers (Krawczyk contraction, Hessian
bound t_i, the value enclosure of f(p_i*)), the argument that applies to every box (the one of ``minimum``:
Krawczyk's theorem gives exactly one critical point p_i* in B_i, a Hessian ≻ t_i I on B_i makes it a strict local
minimum), and the disjointness: for every pair of boxes some coordinate of the centres differs by more than the
sum of the radii, so the N minimisers are distinct points.

``single_neuron_tex(spec)`` describes the loss of a network spec with no hidden layer (one neuron
x ↦ φ(w·x [+ b]) with the squared loss) as a formula with its data table; other specs get a sentence.
"""

from __future__ import annotations

import re
from fractions import Fraction

from ..certificates import from_json
from ..check import report_minimum, verify
from .minimum import _down, _name, _up  # the same outward-rounded decimals and variable names

_ACTIVATION_TEX = {"sigmoid": r"\sigma", "relu": r"\operatorname{relu}", "identity": "", "tanh": r"\tanh",
                   "softplus": r"\operatorname{softplus}"}
_ACTIVATION_WORDS = {"sigmoid": r"the logistic sigmoid $\sigma(z) = 1/(1 + e^{-z})$",
                     "relu": r"$\operatorname{relu}(z) = \max(0, z)$", "identity": "the identity",
                     "tanh": r"$\tanh$", "softplus": r"$\operatorname{softplus}(z) = \log(1 + e^z)$"}


def _frac(s) -> str:
    q = Fraction(s)
    if q.denominator == 1:
        return str(q.numerator)
    return rf"{'-' if q < 0 else ''}\tfrac{{{abs(q.numerator)}}}{{{q.denominator}}}"


def _weight(name: str) -> str:
    """W1_1_2 -> W^{(1)}_{12}, b1_1 -> b^{(1)}_{1} (the network's own parameter names)."""
    if not re.fullmatch(r"[A-Za-z]\d+(_\d+)+", name):
        return _name(name)
    head, *rest = name.split("_")
    return f"{head[0]}^{{({head[1:]})}}_{{{''.join(rest)}}}"


def single_neuron_tex(spec: dict) -> str:
    """The loss of ``spec`` in words and a displayed formula (module docstring); it ends with the display."""
    layers, acts = spec["layers"], spec["activations"]
    if len(layers) != 2 or layers[1] != 1 or spec["loss"] != "squared" or acts[0] not in _ACTIVATION_TEX:
        return "the loss of the network spec given in the certificate (built from it by the checker)"
    d, bias, phi = layers[0], spec["bias"], _ACTIVATION_TEX[acts[0]]
    w = [_weight(f"W1_1_{j}") for j in range(1, d + 1)]
    b = _weight("b1_1")
    examples = ", ".join(
        "$(" + (_frac(x[0]) if d == 1 else "(" + ", ".join(_frac(v) for v in x) + ")") + f", {_frac(y[0])})$"
        for x, y in zip(spec["inputs"], spec["targets"]))
    score = " + ".join(f"{wj} x_{{i{j}}}" if d > 1 else f"{wj} x_i" for j, wj in enumerate(w, 1))
    score += f" + {b}" if bias else ""
    m = len(spec["inputs"])
    return (rf"the squared loss of a single neuron $x \mapsto {phi}(w \cdot x{' + b' if bias else ''})$ "
            rf"({'with' if bias else 'without'} a bias; {_ACTIVATION_WORDS[acts[0]]}) on the {m} examples "
            rf"$(x_i, y_i)$ = {examples}:"
            rf"\[ f({', '.join(w + ([b] if bias else []))}) = \frac12 \sum_{{i=1}}^{{{m}}} "
            rf"\bigl({phi}({score}) - y_i\bigr)^2 \]")


def _separation(boxes) -> Fraction:
    """The least, over pairs of boxes, of the largest |c_ik − c_jk| − r_i − r_j over coordinates k (> 0 means
    every pair is separated by some coordinate)."""
    best = None
    for i in range(len(boxes)):
        for j in range(i):
            (ci, ri), (cj, rj) = boxes[i], boxes[j]
            gap = max(abs(a - b) for a, b in zip(ci, cj)) - ri - rj
            best = gap if best is None else min(best, gap)
    return best


def count_document(cert, *, subject: str | None = None, title: str | None = None) -> str:
    """A complete LaTeX article proving what the ``minima_count`` certificate states (module docstring)."""
    verify(cert)
    inner = [from_json(m) if isinstance(m, dict) else m for m in cert.minima]
    reports = [report_minimum(c) for c in inner]
    n, N = len(cert.variables), len(inner)
    boxes = [(tuple(Fraction(x) for x in c.center), r.radius) for c, r in zip(inner, reports)]
    gap = _separation(boxes)
    what = subject or (single_neuron_tex(cert.network) if cert.network is not None else
                       "the function given in the certificate")
    variables = ", ".join(_weight(v) for v in cert.variables[:8]) + (r", \dots" if n > 8 else "")
    header = " & ".join(f"${_weight(v)}$" for v in cert.variables)
    rows = "\n".join(
        f"{k} & " + " & ".join(f"${_down(x, 8)}$" for x in center)
        + rf" & $2^{{-{int(c.grid) // 2}}}$ & ${_down(r.value[0], 11)}$ & ${_up(r.value[1], 11)}$ & "
        rf"${_down(Fraction(c.hessian_bound), 4)}$ \\"
        for k, (c, r, (center, _)) in enumerate(zip(inner, reports, boxes), 1))
    exact = "\n".join(
        rf"\item[$c_{{{k}}}$:] " + ", ".join(rf"$2^{{-{c.grid}}} \cdot {Fraction(x) * 2 ** int(c.grid)}$"
                                           for x in c.center)
        for k, c in enumerate(inner, 1))
    worst = max(r.krawczyk for r in reports)
    pairs = (rf"For every pair $i \ne j$ some coordinate $k$ has $|c_{{ik}} - c_{{jk}}| > r_i + r_j$ (the least "
             rf"margin over the pairs is $\ge {_down(gap, 6)} > 0$), so the boxes are pairwise disjoint and the "
             r"minimisers $p_1^*, \dots, p_N^*$ are $N$ distinct points.") if N > 1 else ""
    return rf"""\documentclass[11pt]{{article}}
\usepackage[margin=2cm]{{geometry}}
\usepackage{{amsmath,amssymb,amsthm,longtable}}
\newtheorem*{{theorem}}{{Theorem}}
\title{{{title or f"At least {N} strict local minima"}}}
\author{{symconvex (certificate kind \texttt{{minima\_count}})}}
\date{{}}
\begin{{document}}
\maketitle

\noindent Let $f$ be {what}

\noindent so $f$ is a function of the {n} variables ${variables}$.

\begin{{theorem}}
$f$ has at least $N = {N}$ strict local minima: for each $i = 1, \dots, {N}$, the box
$B_i = c_i + [-r_i, r_i]^{{{n}}}$ of Table~1 contains exactly one critical point $p_i^*$ of $f$, it is a strict
local minimum, and $f(p_i^*)$ lies in the interval of Table~1. The boxes are pairwise disjoint.
\end{{theorem}}

\begin{{proof}}
All numbers were computed in ball arithmetic (Arb), which encloses every exact value; no floating-point number
decides anything. The certificate was re-checked by symconvex's independent checker. Fix a box $B = B_i$ with
centre $c$, radius $r$ and Hessian bound $t = t_i$.

\emph{{$f$ is $C^2$ near $B$.}} Evaluating $f$ on $B$ operation by operation, every kink (if any) has an argument
of fixed sign and every other operation is smooth on its argument's enclosure; the same evaluation with
second-order jets gives interval enclosures $[\nabla f(B)]$, $[\nabla^2 f(B)]$ of the gradient and Hessian at every
point of $B$.

\emph{{One critical point.}} With $Y$ an approximate inverse of the midpoint of $[\nabla^2 f(B)]$, the Krawczyk set
$K = c - Y \nabla f(c) + (I - Y [\nabla^2 f(B)])(B - c)$ satisfies $|K_k - c_k| \le \kappa\, r$ for every $k$,
with $\kappa \le {_up(worst, 4)} < 1$ for all {N} boxes. So $K$ lies in the interior of $B$, and by Krawczyk's
theorem (Krawczyk 1969; Moore 1977) $\nabla f$ has exactly one zero $p^*$ in $B$.

\emph{{Positive definite on $B$.}} With $M$ the rational midpoint of $[\nabla^2 f(B)]$ and $\varepsilon$ an upper
bound of the largest row sum of $|[\nabla^2 f(B)] - M|$, every leading principal minor of $M - (\varepsilon + t)I$
is positive (exact integer elimination); for $x \in B$, $\|\nabla^2 f(x) - M\|_2 \le \varepsilon$, so
$\lambda_{{\min}}(\nabla^2 f(x)) > t > 0$. With $\nabla f(p^*) = 0$, $p^*$ is a strict local minimum of $f$.

\emph{{Value.}} By Taylor's theorem with the Lagrange remainder, $f(B) \subseteq f(c) + \nabla f(c) \cdot (B - c) +
\tfrac12 (B - c)^\top [\nabla^2 f(B)] (B - c)$, the interval of Table~1, which holds $f(p^*)$.

\emph{{Disjoint.}} {pairs}
\end{{proof}}

{{\{"footnotesize" if n <= 3 else "scriptsize"}\setlength{{\tabcolsep}}{{3pt}}
\begin{{longtable}}{{r{"l" * n}lllr}}
\caption{{The boxes: centres (decimals rounded down; exact values below), radius, the value enclosure
$L_i \le f(p_i^*) \le U_i$ (rounded outward), Hessian bound $t_i$ (rounded down).}}\\
$i$ & {header} & $r_i$ & $L_i$ & $U_i$ & $t_i$ \\ \hline
\endhead
{rows}
\end{{longtable}}}}

\noindent The exact centres $c_i = 2^{{-m_i}} N_i$:
{{\sloppy\small
\begin{{description}}
{exact}
\end{{description}}}}

\end{{document}}
"""


__all__ = ["count_document", "single_neuron_tex"]
