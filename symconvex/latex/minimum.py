r"""LaTeX proofs of ``minimum`` certificates: a strict (or spurious) local minimum in a box (text layer, layer 4).

``document(cert)`` re-checks the certificate (``check.report_minimum``; a rejected one raises
``CertificateError``, so no proof of a false statement is ever written) and writes a self-contained article: the
function, the box B = c + [−r, r]ⁿ with its exact centre, and the four steps a reader can follow — smoothness of
f on B, Krawczyk's theorem for ∇f (one critical point p*), positive definiteness of ∇²f on B (a strict local
minimum), and, for a spurious minimum, the value enclosure of f on B against f(q). Every number is the checker's,
printed exactly or as a rigorous decimal bound (rounded outward).
"""

from __future__ import annotations

import math
from fractions import Fraction

from ..certificates import MinimumCertificate, to_sympy
from ..check import report_minimum
from ..check.intervaljets import PRECISION
from ..check.minimum import MID_BITS

MAX_FORMULA_NODES = 400


def _count(tree) -> int:
    stack, n = [tree], 0
    while stack:
        node = stack.pop()
        n += 1
        if node[0] not in ("num", "var"):
            stack.extend(node[1:])
    return n


def _name(name: str) -> str:
    """W1_2_3 -> W^{(1)}_{23}; b1_1 -> b^{(1)}_{1} (a network's bias, as ``notation.name_latex`` writes it, which
    this bottom module of the package does not import); x -> x; other names verbatim in \\mathit."""
    parts = name.split("_")
    layer = parts[0][:1].isalpha() and parts[0][1:].isdigit()
    if len(parts) == 3 and layer and all(p.isdigit() for p in parts[1:]):
        return f"{parts[0][0]}^{{({parts[0][1:]})}}_{{{parts[1]}{parts[2]}}}"
    if len(parts) == 2 and layer and parts[0][0] == "b" and parts[1].isdigit():
        return f"b^{{({parts[0][1:]})}}_{{{parts[1]}}}"
    if len(parts) == 2 and parts[1].isdigit():
        return f"{parts[0]}_{{{parts[1]}}}"
    escaped = name.replace("_", "\\_")
    return name if len(name) == 1 else "\\mathit{" + escaped + "}"


def _down(x: Fraction, digits: int = 15) -> str:
    """A decimal <= x (rounded down), in LaTeX."""
    return _decimal(x, digits, math.floor)


def _up(x: Fraction, digits: int = 15) -> str:
    """A decimal >= x (rounded up)."""
    return _decimal(x, digits, math.ceil)


def _decimal(x: Fraction, digits: int, rounding) -> str:
    if x == 0:
        return "0"
    e = math.floor(math.log10(abs(x.numerator)) - math.log10(x.denominator))
    scale = Fraction(10) ** (digits - 1 - e)
    n = rounding(x * scale)
    text = f"{abs(n)}"
    mantissa = text[0] + ("." + text[1:].rstrip("0") if text[1:].rstrip("0") else "")
    exponent = len(text) - 1 - (digits - 1 - e)
    sign = "-" if n < 0 else ""
    return f"{sign}{mantissa}" + (rf" \cdot 10^{{{exponent}}}" if exponent else "")


def _function_tex(cert) -> str:
    if cert.function is None:
        return r"the loss of the network spec given in the certificate"
    if _count(cert.function) > MAX_FORMULA_NODES:
        return (rf"the function given in the certificate as an expression tree of {_count(cert.function)} nodes "
                r"(too long to print here)")
    import sympy as sp

    symbols = {v: sp.Symbol(v, real=True) for v in cert.variables}
    expr = to_sympy(cert.function, symbols)
    names = {symbols[v]: _name(v) for v in cert.variables}
    return rf"$f = {sp.latex(expr, symbol_names=names)}$"


def document(cert: MinimumCertificate, *, subject: str | None = None) -> str:
    """A complete LaTeX article proving what ``cert`` states (module docstring). ``subject``: LaTeX text that
    defines f in words (e.g. the Safran--Shamir loss), printed instead of the formula."""
    report = report_minimum(cert)
    n, m = len(cert.variables), int(cert.grid)
    r_exp = m // 2
    spurious = report.statement == "spurious_local_minimum"
    variables = ", ".join(_name(v) for v in cert.variables[:8]) + (r", \dots" if n > 8 else "")
    numerators = [int(Fraction(c) * 2 ** m) for c in cert.center]
    rows = "\n".join(rf"${_name(v)}$ & ${k}$ \\" for v, k in zip(cert.variables, numerators))
    lo, hi = report.value
    t = Fraction(cert.hessian_bound)
    title = "A spurious local minimum" if spurious else "A strict local minimum"
    what = subject or _function_tex(cert)
    comma = "" if what.rstrip().endswith(r"\]") else ","   # after a displayed formula the sentence runs on
    q_part = ""
    if spurious:
        q = ", ".join(str(x) for x in cert.better[:12]) + (r", \dots" if n > 12 else "")
        q_part = rf"""
\paragraph{{Step 4: not a global minimum.}} At the point $q = ({q})$ (all {n} coordinates are in the certificate),
the checker's exact and interval evaluation gives $f(q) \le {_up(report.better_value[1], 6)}$. Since $f(q) <
{_down(lo)} \le f(p^*)$, the minimum $p^*$ is not a global minimum of $f$: it is a \emph{{spurious}} local minimum.
"""
    return rf"""\documentclass[11pt]{{article}}
\usepackage[margin=2.5cm]{{geometry}}
\usepackage{{amsmath,amssymb,amsthm,longtable}}
\newtheorem*{{theorem}}{{Theorem}}
\title{{{title}}}
\author{{symconvex (certificate kind \texttt{{minimum}})}}
\date{{}}
\begin{{document}}
\maketitle

\noindent Let $f$ be {what}{comma} a function of the {n} variables ${variables}$.

\begin{{theorem}}
Let $c = 2^{{-{m}}} N$ with the integer vector $N$ of Table~1, $r = 2^{{-{r_exp}}}$ and $B = c + [-r, r]^{{{n}}}$.
Then $\nabla f$ has exactly one zero $p^*$ in $B$, the Hessian satisfies $\nabla^2 f(x) \succ t I$ with
$t = {t.numerator}/2^{{20}} \ge {_down(t, 6)}$ for every $x \in B$, so $p^*$ is a strict local minimum of $f$
(the only minimiser of $f$ on $B$), and
\[ {_down(lo)} \le f(p^*) \le {_up(hi)}. \]
{"Moreover $p^*$ is not a global minimum." if spurious else ""}
\end{{theorem}}

\begin{{proof}}
All numbers below were computed in ball arithmetic (Arb, {PRECISION} bits), which encloses every exact value; no
floating-point number decides anything. The certificate was re-checked by symconvex's independent checker.

\paragraph{{Step 1: $f$ is $C^2$ on a neighbourhood of $B$.}} Evaluating $f$ on $B$ operation by operation, every
square root and real power has an argument enclosure bounded away from $0$, every $\arccos$ argument lies strictly
inside $(-1, 1)$ and every kink (if any) has an argument of fixed sign. Hence $f$ is $C^2$ near $B$, and the same
evaluation with second-order jets gives intervals $[\nabla f(B)]$ and $[\nabla^2 f(B)]$ containing $\nabla f(x)$ and
$\nabla^2 f(x)$ for every $x \in B$.

\paragraph{{Step 2: one critical point (Krawczyk).}} With $Y$ an approximate inverse of the midpoint of
$[\nabla^2 f(B)]$, the Krawczyk set
\[ K = c - Y \nabla f(c) + (I - Y [\nabla^2 f(B)])(B - c) \]
satisfies $|K_i - c_i| \le {_up(report.krawczyk, 4)}\, r < r$ for every $i$, so $K$ lies in the interior of $B$. By
Krawczyk's theorem (Krawczyk 1969; Moore 1977) $\nabla f$ has exactly one zero $p^*$ in $B$.

\paragraph{{Step 3: positive definite on all of $B$.}} Let $M$ be the rational midpoint of $[\nabla^2 f(B)]$ (on
the grid $2^{{-{MID_BITS}}}$) and $\varepsilon = {_up(report.epsilon, 4)}$ an upper bound of the largest row sum of
$|[\nabla^2 f(B)] - M|$. Every leading principal minor of $M - (\varepsilon + t) I$ is positive (exact integer
elimination), so $M \succ (\varepsilon + t) I$ by Sylvester's criterion. For $x \in B$ the symmetric matrix
$A = \nabla^2 f(x)$ has $\|A - M\|_2 \le \|A - M\|_\infty \le \varepsilon$, so $\lambda_{{\min}}(A) > t \ge 0$. With
$\nabla f(p^*) = 0$ this makes $p^*$ a strict local minimum, and $f$ strictly convex on $B$.

\paragraph{{Value.}} By Taylor's theorem with the Lagrange remainder ($B$ is convex), $f(B) \subseteq f(c) + \nabla
f(c)\cdot(B - c) + \tfrac12 (B - c)^\top [\nabla^2 f(B)] (B - c) \subseteq [{_down(lo)}, {_up(hi)}]$, an interval of
width at most ${_up(hi - lo, 3)}$ that contains $f(p^*)$.
{q_part}
\end{{proof}}

\begin{{longtable}}{{ll}}
\caption{{The centre $c = 2^{{-{m}}} N$ of the box: the integers $N_i$.}}\\
variable & $N_i$ \\ \hline
\endhead
{rows}
\end{{longtable}}

\end{{document}}
"""


def summary_latex(cert, F: str = "f") -> str:
    """A short LaTeX description of a minimum or minima_count certificate (for Jupyter); it states what the
    certificate claims, without re-checking it."""
    if cert.kind == "minima_count":
        return (r"$%s$ has \textbf{at least %d strict local minima}: minima\_count certificate, %d minimum "
                r"certificates with pairwise disjoint boxes." % (F, int(cert.count), len(cert.minima)))
    words = "a spurious local minimum" if cert.proves == "spurious_local_minimum" else "a strict local minimum"
    try:
        t = Fraction(cert.hessian_bound)
        detail = (r"$\nabla %s$ has exactly one zero in the box of radius $2^{-%d}$ around a centre on the grid "
                  r"$2^{-%d}$ (Krawczyk), $\nabla^2 %s \succ %s\, I$ there" % (
                      F, int(cert.grid) // 2, int(cert.grid), F, _down(t, 6)))
    except (TypeError, ValueError, ZeroDivisionError):
        detail = "an unreadable box"
    if len(cert.better):
        detail += r", and $%s(q) < \min_B %s$ at a stated point $q$" % (F, F)
    return r"$%s$ has \textbf{%s}: minimum certificate, %s." % (F, words, detail)


__all__ = ["document", "summary_latex"]
