"""The red11 blind corpus: each function once, with the claims pasted about it (session 11, written before running
symconvex on it, from sources the earlier corpora did not use: Lean's mathlib and Isabelle/HOL lemmas on specific
convex functions, Roberts & Varberg and Niculescu & Persson *Convex Functions*, Hardy-Littlewood-Polya, Simon &
Blume and Sundaram and Jehle & Reny (economics), Larson / Anton / Strang / Apostol / Courant calculus concavity
exercises, CVXPY's test_atoms / test_dcp and dcp.stanford.edu examples, the DCP paper (Grant, Boyd & Ye), Ben-Tal
& Nemirovski, Bauschke & Combettes, Guler, Cover & Thomas, Rasmussen & Williams, Mohri et al., Scholkopf & Smola,
Prince (UDL), Dive into Deep Learning, Wolfram|Alpha-style queries, and the parameter / strictness statements of
the known gaps).

The format is spec_red10.py's: ``expr`` (a SymPy string, natural log), ``vars``, ``params`` (name -> values the
verifier tries), ``dom`` (SymPy relations), ``box`` (the sampling box), ``claims`` as (text, property, holds),
property one of convex, concave, affine, sconvex, sconcave, notconvex, notconcave, neither; ``why`` is the
mathematical reason (checked by hand).

``python bench/corpus/truth/gen_spec.py red11`` writes bench/corpus/red11.jsonl; ``verify_spec.py red11`` re-derives
every answer independently of symconvex.
"""

ENTRIES = []
R = (-4, 4)
P = (0.01, 5)
U1 = (0.01, 0.99)


def E(source, kind, expr, vars, box, claims, dom=(), params=None, why="", flat=()):
    """``flat``: segments ((a...), (b...)) of rational points on which the function is affine, for the verifier to
    check exactly (a line of zeros its random search rarely lands on)."""
    ENTRIES.append({"source": source, "kind": kind, "expr": expr, "vars": list(vars), "box": list(box),
                    "dom": list(dom), "params": dict(params or {}), "why": why,
                    "claims": [tuple(c) for c in claims], "flat": [tuple(map(tuple, seg)) for seg in flat]})


# ---------------------------------------------------------------- Lean mathlib: Analysis/Convex/SpecificFunctions
L = "Lean mathlib, Mathlib/Analysis/Convex/SpecificFunctions (Basic.lean, Deriv.lean, Pow.lean)"
E(L + " strictConvexOn_exp", "mathlib", "exp(x)", "x", [R], [
    (r"$\exp$ is strictly convex on $\mathbb{R}$", "sconvex", True),
    (r"$x \mapsto e^x$ is convex on $\mathbb{R}$", "convex", True),
], why="e^x > 0")
E(L + " strictConcaveOn_log_Ioi", "mathlib", "log(x)", "x", [P], [
    (r"$\log$ is strictly concave on $(0, \infty)$", "sconcave", True),
    (r"$\log x$ is convex on $\mathrm{Ioi}\ 0$", "convex", False),
], dom=["x > 0"], why="-1/x^2")
E(L + " strictConcaveOn_log_Iio", "mathlib", "log(-x)", "x", [(-5, -0.01)], [
    (r"$\log(-x)$ is strictly concave on $(-\infty, 0)$", "sconcave", True),
    (r"$\ln(-x)$ is convex for $x < 0$", "convex", False),
], dom=["x < 0"], why="-1/x^2")
E(L + " strictConvexOn_pow", "mathlib", "x**n", "x", [(0, 5)], [
    (r"$x^n$ is strictly convex on $[0, \infty)$ for every integer $n \ge 2$", "sconvex", True),
], dom=["x >= 0"], params={"n": ["2", "3", "4", "7"]}, why="n(n-1)x^{n-2} > 0 for x > 0")
E(L + " Even.strictConvexOn_pow", "mathlib", "x**6", "x", [R], [
    (r"$x^6$ is strictly convex on $\mathbb{R}$", "sconvex", True),
    (r"$x \mapsto x^6$ is concave", "concave", False),
], why="30 x^4, zero only at 0")
E(L + " Odd pow", "mathlib", "x**5", "x", [R], [
    (r"$x^5$ is convex on $\mathbb{R}$", "convex", False),
    (r"$x^5$ is strictly convex on $[0, \infty)$", "sconvex", None),
], why="20x^3 < 0 for x < 0")
ENTRIES[-1]["claims"].pop()
E(L + " Odd pow", "mathlib", "x**5", "x", [(0, 5)], [
    (r"$x^5$ is strictly convex on $[0, \infty)$", "sconvex", True),
], dom=["x >= 0"], why="20 x^3 > 0 for x > 0")
E(L + " Odd pow", "mathlib", "x**5", "x", [(-5, 0)], [
    (r"$x^5$ is concave on $(-\infty, 0]$", "concave", True),
], dom=["x <= 0"], why="20 x^3 <= 0")
E(L + " convexOn_zpow", "mathlib", "x**(-2)", "x", [P], [
    (r"$x^{-2}$ is convex on $(0, \infty)$", "convex", True),
    (r"$x^{-2}$ is strictly convex on $\mathrm{Ioi}(0)$", "sconvex", True),
], dom=["x > 0"], why="6/x^4")
E(L + " convexOn_zpow (m < 0 on the negative axis)", "mathlib", "x**(-2)", "x", [(-5, -0.01)], [
    (r"$x^{-2}$ is convex on $(-\infty, 0)$", "convex", True),
], dom=["x < 0"], why="6/x^4")
E(L + " strictConvexOn_rpow", "mathlib", "x**p", "x", [(0, 5)], [
    (r"$x^p$ is strictly convex on $[0, \infty)$ for $1 < p$", "sconvex", True),
], dom=["x >= 0"], params={"p": ["11/10", "3/2", "2", "7/2"]}, why="p(p-1)x^{p-2} > 0 for x > 0")
E(L + " strictConcaveOn_rpow", "mathlib", "x**p", "x", [(0, 5)], [
    (r"$x^p$ is strictly concave on $[0, \infty)$ for $0 < p < 1$", "sconcave", True),
], dom=["x >= 0"], params={"p": ["1/10", "1/2", "2/3", "9/10"]}, why="p(p-1)x^{p-2} < 0 for x > 0")
E(L + " strictConcaveOn_sqrt", "mathlib", "sqrt(x)", "x", [(0, 5)], [
    (r"$\sqrt{x}$ is strictly concave on $[0, \infty)$", "sconcave", True),
    (r"$\sqrt{\cdot}$ is strictly convex on $[0, \infty)$", "sconvex", False),
], dom=["x >= 0"], why="-x^{-3/2}/4")
E(L + " strictConcaveOn_sin_Icc", "mathlib", "sin(x)", "x", [(0, 3.14)], [
    (r"$\sin$ is strictly concave on $[0, \pi]$", "sconcave", True),
    (r"$\sin x$ is convex on $[0, \pi]$", "convex", False),
], dom=["x >= 0", "x <= pi"], why="-sin x < 0 inside")
E(L + " strictConcaveOn_cos_Icc", "mathlib", "cos(x)", "x", [(-1.57, 1.57)], [
    (r"$\cos$ is strictly concave on $[-\pi/2, \pi/2]$", "sconcave", True),
    (r"$\cos x$ is concave on $\left[-\frac{\pi}{2}, \frac{\pi}{2}\right]$", "concave", True),
], dom=["x >= -pi/2", "x <= pi/2"], why="-cos x < 0 inside")
E(L + " strictConvexOn_mul_log", "mathlib", "x*log(x)", "x", [P], [
    (r"$x \log x$ is strictly convex on $x > 0$", "sconvex", True),
    (r"$x \mapsto x \log x$ is concave on $(0, \infty)$", "concave", False),
], dom=["x > 0"], why="1/x")
E(L + " strictConcaveOn_negMulLog", "mathlib", "-x*log(x)", "x", [P], [
    (r"$-x \log x$ is strictly concave on $(0, \infty)$", "sconcave", True),
], dom=["x > 0"], why="-1/x")
E(L + " strictConcaveOn_sqrt_mul_log_Ioi", "mathlib", "sqrt(x)*log(x)", "x", [(1, 6)], [
    (r"$\sqrt{x} \log x$ is strictly concave on $(1, \infty)$", "sconcave", True),
    (r"$\sqrt{x}\,\log(x)$ is convex on $x > 1$", "convex", False),
], dom=["x > 1"], why="f'' = -log(x)/(4 x^{3/2}) < 0 for x > 1")
E(L + " deriv2_sqrt_mul_log", "mathlib", "sqrt(x)*log(x)", "x", [(0.01, 1)], [
    (r"$\sqrt{x} \log x$ is convex on $(0, 1]$", "convex", True),
], dom=["x > 0", "x <= 1"], why="f'' = -log(x)/(4 x^{3/2}) >= 0 for x <= 1")
E(L + " deriv2_sqrt_mul_log", "mathlib", "sqrt(x)*log(x)", "x", [P], [
    (r"$\sqrt{x} \log x$ is concave on $x > 0$", "concave", False),
    (r"$\sqrt{x} \ln x$ is neither convex nor concave on $(0, \infty)$", "neither", True),
], dom=["x > 0"], why="f'' changes sign at x = 1")
E(L + " Real.convexOn_Gamma", "mathlib", "gamma(x)", "x", [(0.05, 5)], [
    (r"$\Gamma(x)$ is convex on $(0, \infty)$", "convex", True),
], dom=["x > 0"], why="Gamma'' = Gamma (psi^2 + psi') > 0")
E(L + " Real.convexOn_log_Gamma", "mathlib", "loggamma(x)", "x", [(0.05, 5)], [
    (r"$\log \Gamma(x)$ is convex on $(0, \infty)$", "convex", True),
    (r"$\ln\Gamma(x)$ is strictly convex for $x > 0$", "sconvex", True),
], dom=["x > 0"], why="trigamma > 0 (Bohr-Mollerup)")
E(L + " convexOn_rpow_left (b^x)", "mathlib", "2**x", "x", [R], [
    (r"$2^x$ is convex on $\mathbb{R}$", "convex", True),
    (r"$x \mapsto 2^x$ is strictly convex", "sconvex", True),
], why="(ln 2)^2 2^x > 0")
E(L + " b^x with 0 < b < 1", "mathlib", "(1/2)**x", "x", [R], [
    (r"$\left(\frac{1}{2}\right)^x$ is strictly convex", "sconvex", True),
    (r"$0.5^x$ is concave", "concave", False),
], why="(ln 2)^2 2^{-x} > 0")
E(L + " strictConvexOn_cosh", "mathlib", "cosh(x)", "x", [R], [
    (r"$\cosh$ is strictly convex on $\mathbb{R}$", "sconvex", True),
], why="cosh > 0")
E(L + " convexOn_norm (one dimension)", "mathlib", "Abs(x)", "x", [R], [
    (r"$x \mapsto \|x\|$ is convex on $\mathbb{R}$", "convex", True),
    (r"$|x|$ is strictly convex", "sconvex", False),
], why="a norm; affine on x >= 0")
E(L + " Real.strictConvexOn_rpow on 1 < p, one_add_mul_self_lt_rpow_one_add", "mathlib", "(1 + x)**p", "x",
  [(-1, 5)], [
    (r"$(1 + x)^p$ is convex on $x \ge -1$ for $p \ge 1$", "convex", True),
], dom=["x >= -1"], params={"p": ["1", "3/2", "3"]}, why="p(p-1)(1+x)^{p-2} >= 0")

# ---------------------------------------------------------------- Isabelle/HOL Analysis/Convex.thy
I = "Isabelle/HOL, HOL/Analysis/Convex.thy (convex_on_exp, convex_on_realpow, concave_on_ln, convex_on_inverse, ...)"
E(I + " convex_on_realpow", "isabelle", "x**3", "x", [(0, 5)], [
    (r"$x^3$ is convex on $\{0..\}$", "convex", True),
    (r"$x^3$ is convex on $\{x.\ x \ge 0\}$", "convex", None),
], dom=["x >= 0"], why="6x >= 0")
ENTRIES[-1]["claims"].pop()
E(I + " convex_on_inverse", "isabelle", "1/x", "x", [P], [
    (r"$\mathrm{inverse}(x) = 1/x$ is convex on $\{0<..\}$", "convex", True),
], dom=["x > 0"], why="2/x^3")
E(I + " concave_on_ln / convex_on_ln (negated)", "isabelle", "-log(x)", "x", [P], [
    (r"$-\ln x$ is convex on $\{0<..\}$", "convex", True),
    (r"$-\ln(x)$ is strictly convex on $(0, +\infty)$", "sconvex", True),
], dom=["x > 0"], why="1/x^2")
E(I + " convex_on_dist", "isabelle", "Abs(x - 3)", "x", [R], [
    (r"$\mathrm{dist}(x, 3) = |x - 3|$ is convex", "convex", True),
], why="a translated norm")
E(I + " convex_on_exp composed", "isabelle", "exp(-x)", "x", [R], [
    (r"$\exp(-x)$ is convex", "convex", True),
    (r"$e^{-x}$ is strictly concave", "sconcave", False),
], why="e^{-x} > 0")

# ---------------------------------------------------------------- Roberts & Varberg / Niculescu & Persson
RV = "Roberts & Varberg, Convex Functions (1973), sec. 1.1-1.4 / Niculescu & Persson, Convex Functions and Their Applications, ch. 1"
E(RV, "convex-functions", "-log(sin(x))", "x", [(0.01, 3.13)], [
    (r"$-\log \sin x$ is convex on $(0, \pi)$", "convex", True),
    (r"$-\ln(\sin x)$ is strictly convex for $0 < x < \pi$", "sconvex", True),
], dom=["x > 0", "x < pi"], why="f'' = 1/sin^2 x")
E(RV, "convex-functions", "log(sin(x))", "x", [(0.01, 3.13)], [
    (r"$\log(\sin x)$ is concave on $(0, \pi)$", "concave", True),
    (r"$\ln \sin x$ is convex on $(0, \pi)$", "convex", False),
], dom=["x > 0", "x < pi"], why="-1/sin^2 x")
E(RV, "convex-functions", "x**x", "x", [(0.05, 3)], [
    (r"$x^x$ is convex on $(0, \infty)$", "convex", True),
    (r"$f(x) = x^x$ is strictly convex for $x > 0$", "sconvex", True),
], dom=["x > 0"], why="x^x((ln x + 1)^2 + 1/x) > 0")
E(RV, "convex-functions", "1/cos(x)", "x", [(-1.5, 1.5)], [
    (r"$\sec x$ is convex on $(-\pi/2, \pi/2)$", "convex", True),
    (r"$\sec x$ is strictly convex on $\left(-\frac{\pi}{2}, \frac{\pi}{2}\right)$", "sconvex", True),
], dom=["x > -pi/2", "x < pi/2"], why="sec x (sec^2 x + tan^2 x) > 0")
E(RV, "convex-functions", "tan(x)", "x", [(0, 1.5)], [
    (r"$\tan x$ is convex on $[0, \pi/2)$", "convex", True),
], dom=["x >= 0", "x < pi/2"], why="2 sec^2 x tan x >= 0")
E(RV, "convex-functions", "tan(x)", "x", [(-1.5, 1.5)], [
    (r"$\tan x$ is convex on $(-\pi/2, \pi/2)$", "convex", False),
    (r"$\tan x$ is neither convex nor concave on $(-\frac{\pi}{2}, \frac{\pi}{2})$", "neither", True),
], dom=["x > -pi/2", "x < pi/2"], why="odd, convex on the right half")
E(RV, "convex-functions", "log(cosh(x))", "x", [R], [
    (r"$\log \cosh x$ is strictly convex", "sconvex", True),
], why="sech^2 x > 0")
E(RV, "convex-functions", "sinh(x)", "x", [R], [
    (r"$\sinh x$ is convex on $\mathbb{R}$", "convex", False),
    (r"$\sinh$ is neither convex nor concave", "neither", True),
], why="sinh'' = sinh changes sign")
E(RV, "convex-functions", "sinh(x)", "x", [(0, 5)], [
    (r"$\sinh x$ is convex on $[0, \infty)$", "convex", True),
], dom=["x >= 0"], why="sinh >= 0")
E(RV, "convex-functions", "sinh(x)", "x", [(-5, 0)], [
    (r"$\sinh x$ is concave on $(-\infty, 0]$", "concave", True),
], dom=["x <= 0"], why="sinh <= 0")
E(RV, "convex-functions", "sqrt(1 + x**2)", "x", [R], [
    (r"$\sqrt{1 + x^2}$ is strictly convex on $\mathbb{R}$", "sconvex", True),
], why="(1+x^2)^{-3/2}")
E(RV, "convex-functions", "log(1 + exp(x))", "x", [R], [
    (r"$\log(1 + e^x)$ is strictly convex", "sconvex", True),
], why="sigma(1 - sigma) > 0")
E(RV + " (inverse of a convex increasing function)", "convex-functions", "log(x + sqrt(x**2 + 1))", "x", [(0, 5)], [
    (r"$\sinh^{-1} x = \ln(x + \sqrt{x^2 + 1})$ is concave on $[0, \infty)$", "concave", True),
], dom=["x >= 0"], why="f'' = -x (x^2+1)^{-3/2} <= 0")
E(RV, "convex-functions", "asinh(x)", "x", [R], [
    (r"$\operatorname{arcsinh}(x)$ is concave on $\mathbb{R}$", "concave", False),
], why="f'' = -x (x^2+1)^{-3/2} > 0 for x < 0")
E(RV, "convex-functions", "acosh(x)", "x", [(1, 6)], [
    (r"$\cosh^{-1} x$ is concave on $[1, \infty)$", "concave", True),
], dom=["x >= 1"], why="f'' = -x (x^2-1)^{-3/2} < 0")
E(RV, "convex-functions", "atanh(x)", "x", [(0, 0.99)], [
    (r"$\tanh^{-1} x$ is convex on $[0, 1)$", "convex", True),
    (r"$\operatorname{artanh}(x)$ is strictly convex on $0 \le x < 1$", "sconvex", True),
], dom=["x >= 0", "x < 1"], why="2x/(1-x^2)^2 >= 0, zero only at 0")
E(RV, "convex-functions", "asin(x)", "x", [(-0.99, 0)], [
    (r"$\arcsin x$ is concave on $[-1, 0]$", "concave", True),
], dom=["x >= -1", "x <= 0"], why="x (1-x^2)^{-3/2} <= 0")
E(RV + " (power means, HLP)", "convex-functions", "(sqrt(x) + sqrt(y))**2", "xy", [P, P], [
    (r"$(\sqrt{x} + \sqrt{y})^2$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$\left(x^{1/2} + y^{1/2}\right)^2$ is strictly concave on $\mathbb{R}^2_{++}$", "sconcave", False),
], dom=["x > 0", "y > 0"], why="the power mean M_{1/2} scaled: concave, homogeneous of degree 1")
E(RV + " (harmonic mean)", "convex-functions", "x*y/(x + y)", "xy", [P, P], [
    (r"$\frac{xy}{x + y}$ is concave on the positive quadrant $x > 0, y > 0$", "concave", True),
    (r"$\frac{xy}{x+y}$ is convex for $x, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="1/(1/x + 1/y): concave, homogeneous")
E(RV + " (power mean, p = 3)", "convex-functions", "(x**3 + y**3)**Rational(1, 3)", "xy", [P, P], [
    (r"$(x^3 + y^3)^{1/3}$ is convex on $x > 0$, $y > 0$", "convex", True),
], dom=["x > 0", "y > 0"], why="the l_3 norm on the orthant")
E(RV + " (power mean, p = -1)", "convex-functions", "(x**(-1) + y**(-1))**(-1)", "xy", [P, P], [
    (r"$\left(x^{-1} + y^{-1}\right)^{-1}$ is concave on $x > 0, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="harmonic sum")
E(RV + " (midpoint convex example)", "convex-functions", "Max(x, 0)**2", "x", [R], [
    (r"$(\max\{x, 0\})^2$ is convex", "convex", True),
    (r"$\max(x,0)^2$ is strictly convex", "sconvex", False),
], why="C^1, derivative 2 max(x,0) nondecreasing; 0 on x <= 0")

# ---------------------------------------------------------------- Hardy, Littlewood & Polya, Inequalities
HLP = "Hardy, Littlewood & Polya, Inequalities (1934), ch. III (convex functions)"
E(HLP, "hlp", "x**Rational(3, 2)", "x", [(0, 5)], [
    (r"$x^{3/2}$ is convex for $x \ge 0$", "convex", True),
    (r"$x^{1.5}$ is strictly convex on $[0, \infty)$", "sconvex", True),
], dom=["x >= 0"], why="(3/4) x^{-1/2}")
E(HLP, "hlp", "-x**Rational(2, 3)", "x", [(0, 5)], [
    (r"$-x^{2/3}$ is convex for $x \ge 0$", "convex", True),
], dom=["x >= 0"], why="(2/9) x^{-4/3} > 0")
E(HLP, "hlp", "x*log(x) + (1 - x)*log(1 - x)", "x", [U1], [
    (r"$x \log x + (1 - x) \log (1 - x)$ is convex on $(0, 1)$", "convex", True),
    (r"$x\ln x + (1-x)\ln(1-x)$ is strictly convex for $0 < x < 1$", "sconvex", True),
], dom=["x > 0", "x < 1"], why="1/x + 1/(1-x)")
E(HLP, "hlp", "log((exp(x) - 1)/x)", "x", [P], [
    (r"$\log \frac{e^x - 1}{x}$ is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="1/x^2 - e^x/(e^x - 1)^2 > 0 (sinh(x/2) > x/2)")
E(HLP, "hlp", "exp(x**2)", "x", [(-2, 2)], [
    (r"$e^{x^2}$ is strictly convex", "sconvex", True),
], why="(2 + 4x^2) e^{x^2}")
E(HLP, "hlp", "exp(-x**2)", "x", [R], [
    (r"$e^{-x^2}$ is convex", "convex", False),
    (r"$e^{-x^2}$ is concave", "concave", False),
], why="(4x^2 - 2) e^{-x^2} changes sign")

# ---------------------------------------------------------------- economics: Simon & Blume, Sundaram, Jehle & Reny
SB = "Simon & Blume, Mathematics for Economists (1994), ch. 21 (concave and quasiconcave functions) exercises"
E(SB, "economics", "x**Rational(1, 4)*y**Rational(1, 4)", "xy", [P, P], [
    (r"$f(x, y) = x^{1/4} y^{1/4}$ is concave on $\mathbb{R}^2_{++}$", "concave", True),
    (r"$x^{1/4}y^{1/4}$ is strictly concave on $x > 0, y > 0$", "sconcave", True),
], dom=["x > 0", "y > 0"], why="Cobb-Douglas with a + b = 1/2 < 1: negative definite Hessian")
E(SB, "economics", "x**Rational(1, 2)*y**Rational(1, 2)", "xy", [P, P], [
    (r"$x^{1/2} y^{1/2}$ is concave on the positive orthant $x > 0, y > 0$", "concave", True),
    (r"$x^{1/2} y^{1/2}$ is strictly concave on $x > 0, y > 0$", "sconcave", False),
], dom=["x > 0", "y > 0"], why="homogeneous of degree 1: linear along rays")
E(SB, "economics", "x**2*y", "xy", [P, P], [
    (r"$x^2 y$ is concave on $x > 0, y > 0$", "concave", False),
    (r"$x^2 y$ is convex on $x > 0, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="det H = -4x^2 < 0: indefinite")
E(SB, "economics", "x**Rational(3, 4)*y**Rational(3, 4)", "xy", [P, P], [
    (r"$x^{3/4} y^{3/4}$ is concave on $x > 0, y > 0$", "concave", False),
], dom=["x > 0", "y > 0"], why="a + b = 3/2 > 1: convex along rays")
E(SB, "economics", "2*x**2 + 2*x*y + y**2", "xy", [R, R], [
    (r"$2x^2 + 2xy + y^2$ is strictly convex", "sconvex", True),
    (r"$Q(x, y) = 2x^2 + 2xy + y^2$ is convex on $\mathbb{R}^2$", "convex", True),
], why="[[4,2],[2,2]] positive definite")
E(SB, "economics", "x**2 + 4*x*y + y**2", "xy", [R, R], [
    (r"$x^2 + 4xy + y^2$ is convex", "convex", False),
    (r"$x^2 + 4xy + y^2$ is neither convex nor concave", "neither", True),
], why="[[2,4],[4,2]] indefinite")
E(SB, "economics", "-x**2 + x*y - y**2", "xy", [R, R], [
    (r"$-x^2 + xy - y^2$ is strictly concave", "sconcave", True),
], why="[[-2,1],[1,-2]] negative definite")
E(SB, "economics", "x**4 + x**2*y**2 + y**4 - 3*x - 8*y", "xy", [(-2, 2), (-2, 2)], [
    (r"$f(x,y) = x^4 + x^2y^2 + y^4 - 3x - 8y$ is convex", "convex", True),
    (r"$x^4 + x^2 y^2 + y^4 - 3x - 8y$ is strictly convex on $\mathbb{R}^2$", "sconvex", True),
], why="det H = 24x^4 + 132x^2y^2 + 24y^4 > 0 off the origin, trace > 0")
E(SB, "economics", "x*y", "xy", [P, P], [
    (r"$f(x, y) = xy$ is concave on $\mathbb{R}^2_+$", "concave", False),
], dom=["x > 0", "y > 0"], why="indefinite Hessian")
E(SB + " (quasi-linear utility)", "economics", "sqrt(x) + y", "xy", [P, R], [
    (r"$u(x, y) = \sqrt{x} + y$ is concave on $x > 0$", "concave", True),
    (r"$\sqrt{x} + y$ is strictly concave for $x > 0$", "sconcave", False),
], dom=["x > 0"], why="affine in y")
E(SB, "economics", "log(x) + log(y)", "xy", [P, P], [
    (r"$\ln x + \ln y$ is strictly concave on $x > 0$, $y > 0$", "sconcave", True),
], dom=["x > 0", "y > 0"], why="diag(-1/x^2, -1/y^2)")
SU = "Sundaram, A First Course in Optimization Theory (1996), ch. 7 exercises"
E(SU, "economics", "x**3 - 3*x", "x", [(-5, 0)], [
    (r"$f(x) = x^3 - 3x$ is concave on $x \le 0$", "concave", True),
], dom=["x <= 0"], why="6x <= 0")
E(SU, "economics", "x**3 - 3*x", "x", [(-1, 1)], [
    (r"$x^3 - 3x$ is convex on $[-1, 1]$", "convex", False),
], dom=["x >= -1", "x <= 1"], why="6x < 0 on [-1, 0)")
E(SU, "economics", "-exp(-x) - exp(-y)", "xy", [R, R], [
    (r"$-e^{-x} - e^{-y}$ is strictly concave on $\mathbb{R}^2$", "sconcave", True),
], why="diag(-e^{-x}, -e^{-y})")
E(SU, "economics", "x**a*y**b", "xy", [P, P], [
    (r"$x^a y^b$ is concave on $x, y > 0$ for $a, b > 0$ with $a + b \le 1$", "concave", True),
], dom=["x > 0", "y > 0"], params={"a": ["1/4", "1/2"], "b": ["1/4", "1/2"]},
  why="Cobb-Douglas, a + b <= 1 (the listed pairs have a + b <= 1)")
JR = "Jehle & Reny, Advanced Microeconomic Theory, ch. 1 (utility) and ch. 3 (production) exercises"
E(JR + " (CES)", "economics", "(sqrt(x) + sqrt(y))**2", "xy", [P, P], [
    (r"The CES function $\left(x^{\rho} + y^{\rho}\right)^{1/\rho}$ with $\rho = \tfrac{1}{2}$ is concave on $x > 0, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="rho < 1")
E(JR + " (CES, rho = 2)", "economics", "sqrt(x**2 + y**2)", "xy", [P, P], [
    (r"$(x^2 + y^2)^{1/2}$ is concave on $x > 0, y > 0$", "concave", False),
    (r"$\left(x^2 + y^2\right)^{1/2}$ is convex on $x > 0, y > 0$", "convex", True),
], dom=["x > 0", "y > 0"], why="the Euclidean norm")
E(JR + " (CRRA utility)", "economics", "c**(1 - g)/(1 - g)", "c", [P], [
    (r"$\frac{c^{1-\gamma}}{1-\gamma}$ is concave on $c > 0$ for $\gamma > 1$", "concave", True),
], dom=["c > 0"], params={"g": ["3/2", "2", "5"]}, why="-gamma c^{-gamma-1} < 0")
E(JR + " (translog)", "economics", "log(x) + log(y) + log(x)*log(y)", "xy", [(0.5, 3), (0.5, 3)], [
    (r"$\ln x + \ln y + \ln x \ln y$ is concave on $x > 0, y > 0$", "concave", False),
], dom=["x > 0", "y > 0"], why="at x = y = 1/e: H = [[0, e^2], [e^2, 0]] is indefinite")

# ---------------------------------------------------------------- calculus textbooks: concave up / down
LA = "Larson & Edwards, Calculus, sec. 3.4 (concavity and the second derivative test) exercises"
E(LA, "calculus", "x**3 - 6*x**2 + 12*x", "x", [(2, 6)], [
    (r"$f(x) = x^3 - 6x^2 + 12x$ is concave upward on $(2, \infty)$", "convex", True),
], dom=["x > 2"], why="6x - 12")
E(LA, "calculus", "x**3 - 6*x**2 + 12*x", "x", [(-3, 2)], [
    (r"$f(x) = x^3 - 6x^2 + 12x$ is concave downward on $(-\infty, 2)$", "concave", True),
    (r"$x^3 - 6x^2 + 12x$ is concave up on $(-\infty, 2)$", "convex", False),
], dom=["x < 2"], why="6x - 12 < 0")
E(LA, "calculus", "24/(x**2 + 12)", "x", [(-2, 2)], [
    (r"$f(x) = \frac{24}{x^2 + 12}$ is concave downward on $(-2, 2)$", "concave", True),
], dom=["x > -2", "x < 2"], why="(144x^2 - 576)/(x^2+12)^3 = 144(x^2 - 4)/(...) < 0")
E(LA, "calculus", "24/(x**2 + 12)", "x", [(2, 8)], [
    (r"$\frac{24}{x^2+12}$ is concave upward on $(2, \infty)$", "convex", True),
], dom=["x > 2"], why="x^2 > 4")
E(LA, "calculus", "24/(x**2 + 12)", "x", [R], [
    (r"$\frac{24}{x^2 + 12}$ is concave on $\mathbb{R}$", "concave", False),
], why="convex for |x| > 2")
E(LA, "calculus", "(x**2 + 1)/(x**2 - 1)", "x", [(-0.99, 0.99)], [
    (r"$f(x) = \frac{x^2 + 1}{x^2 - 1}$ is concave downward on $(-1, 1)$", "concave", True),
    (r"$\frac{x^2+1}{x^2-1}$ is strictly concave on $(-1, 1)$", "sconcave", True),
], dom=["x > -1", "x < 1"], why="f'' = 4(3x^2+1)/(x^2-1)^3 < 0")
E(LA, "calculus", "(x**2 + 1)/(x**2 - 1)", "x", [(1.01, 6)], [
    (r"$\frac{x^2 + 1}{x^2 - 1}$ is concave upward on $(1, \infty)$", "convex", True),
], dom=["x > 1"], why="f'' > 0")
E(LA, "calculus", "x + 2*cos(x)", "x", [(1.58, 4.7)], [
    (r"$f(x) = x + 2\cos x$ is concave upward on $\left(\frac{\pi}{2}, \frac{3\pi}{2}\right)$", "convex", True),
], dom=["x > pi/2", "x < 3*pi/2"], why="-2 cos x > 0")
E(LA, "calculus", "x + 2*cos(x)", "x", [(0, 6.28)], [
    (r"$x + 2\cos x$ is convex on $[0, 2\pi]$", "convex", False),
], dom=["x >= 0", "x <= 2*pi"], why="-2cos x < 0 near 0")
E(LA, "calculus", "sin(x) + cos(x)", "x", [(0, 2.35)], [
    (r"$f(x) = \sin x + \cos x$ is concave downward on $\left(0, \frac{3\pi}{4}\right)$", "concave", True),
], dom=["x > 0", "x < 3*pi/4"], why="-(sin x + cos x) < 0 there")
E(LA, "calculus", "sin(x) + cos(x)", "x", [(2.36, 5.49)], [
    (r"$\sin x + \cos x$ is concave up on $\left(\frac{3\pi}{4}, \frac{7\pi}{4}\right)$", "convex", True),
], dom=["x > 3*pi/4", "x < 7*pi/4"], why="sin x + cos x < 0 there")
E(LA, "calculus", "x*exp(-x)", "x", [(-3, 2)], [
    (r"$x e^{-x}$ is concave down on $(-\infty, 2)$", "concave", True),
], dom=["x < 2"], why="(x - 2) e^{-x}")
E(LA, "calculus", "x*exp(-x)", "x", [(2, 8)], [
    (r"$f(x) = xe^{-x}$ is concave up on $(2, \infty)$", "convex", True),
    (r"$xe^{-x}$ is convex on $(1, \infty)$", "convex", None),
], dom=["x > 2"], why="(x - 2) e^{-x} > 0")
ENTRIES[-1]["claims"].pop()
E(LA, "calculus", "x*exp(-x)", "x", [(1, 8)], [
    (r"$xe^{-x}$ is convex on $(1, \infty)$", "convex", False),
], dom=["x > 1"], why="f'' < 0 on (1, 2)")
E(LA, "calculus", "x**2*log(x)", "x", [(1, 5)], [
    (r"$x^2 \ln x$ is concave upward on $[1, \infty)$", "convex", True),
], dom=["x >= 1"], why="2 ln x + 3 > 0")
E(LA, "calculus", "x**2*log(x)", "x", [P], [
    (r"$x^2 \ln x$ is convex on $(0, \infty)$", "convex", False),
], dom=["x > 0"], why="2 ln x + 3 < 0 for x < e^{-3/2}")
E(LA, "calculus", "log(x**2 + 1)", "x", [(-1, 1)], [
    (r"$\ln(x^2 + 1)$ is concave up on $[-1, 1]$", "convex", True),
    (r"$\ln(x^2+1)$ is strictly convex on $-1 \le x \le 1$", "sconvex", True),
], dom=["x >= -1", "x <= 1"], why="2(1 - x^2)/(1+x^2)^2 >= 0, zero only at the ends")
E(LA, "calculus", "log(x**2 + 1)", "x", [(1, 6)], [
    (r"$\ln(x^2 + 1)$ is concave down on $(1, \infty)$", "concave", True),
], dom=["x > 1"], why="1 - x^2 < 0")
E(LA, "calculus", "log(x**2 + 1)", "x", [R], [
    (r"$\ln(1 + x^2)$ is convex", "convex", False),
    (r"$\log(1 + x^2)$ is neither convex nor concave on $\mathbb{R}$", "neither", True),
], why="f'' changes sign at +-1")
AN = "Anton, Bivens & Davis, Calculus, sec. 4.1 (concavity, inflection points) exercises"
E(AN, "calculus", "exp(-x**2/2)", "x", [(-1, 1)], [
    (r"$e^{-x^2/2}$ is concave on $[-1, 1]$", "concave", True),
], dom=["x >= -1", "x <= 1"], why="(x^2 - 1) e^{-x^2/2} <= 0")
E(AN, "calculus", "exp(-x**2/2)", "x", [(1, 6)], [
    (r"$e^{-x^2/2}$ is concave up on $(1, +\infty)$", "convex", True),
], dom=["x > 1"], why="x^2 - 1 > 0")
E(AN, "calculus", "atan(x)", "x", [(0, 6)], [
    (r"$\tan^{-1} x$ is concave down on $[0, +\infty)$", "concave", True),
    (r"$\arctan x$ is strictly concave on $x \ge 0$", "sconcave", True),
], dom=["x >= 0"], why="-2x/(1+x^2)^2")
E(AN, "calculus", "atan(x)", "x", [(-6, 0)], [
    (r"$\arctan x$ is convex on $(-\infty, 0]$", "convex", True),
], dom=["x <= 0"], why="-2x/(1+x^2)^2 >= 0")
E(AN, "calculus", "x**4 - 4*x**3", "x", [(0, 2)], [
    (r"$x^4 - 4x^3$ is concave on $[0, 2]$", "concave", True),
], dom=["x >= 0", "x <= 2"], why="12x(x - 2) <= 0")
E(AN, "calculus", "x**4 - 4*x**3", "x", [(2, 6)], [
    (r"$x^4 - 4x^3$ is concave up on $(2, \infty)$", "convex", True),
], dom=["x > 2"], why="12x(x-2) > 0")
E(AN, "calculus", "x**4 - 4*x**3", "x", [(-1, 3)], [
    (r"$x^4 - 4x^3$ is concave down on $(-1, 3)$", "concave", False),
], dom=["x > -1", "x < 3"], why="convex on (-1, 0)")
E(AN, "calculus", "x/(x**2 + 1)", "x", [(0, 1.732)], [
    (r"$\frac{x}{x^2 + 1}$ is concave on $[0, \sqrt{3}]$", "concave", True),
], dom=["x >= 0", "x <= sqrt(3)"], why="f'' = 2x(x^2 - 3)/(x^2+1)^3 <= 0")
E(AN, "calculus", "x/(x**2 + 1)", "x", [(1.733, 8)], [
    (r"$\frac{x}{1 + x^2}$ is convex on $x \ge \sqrt{3}$", "convex", True),
], dom=["x >= sqrt(3)"], why="x^2 >= 3")
E(AN, "calculus", "x/(x**2 + 1)", "x", [(-1.732, 0)], [
    (r"$\frac{x}{x^2+1}$ is concave up on $(-\sqrt{3}, 0)$", "convex", True),
], dom=["x > -sqrt(3)", "x < 0"], why="2x(x^2-3) > 0 for -sqrt 3 < x < 0")
E(AN, "calculus", "1/(1 + x**2)", "x", [(-0.577, 0.577)], [
    (r"$\frac{1}{1 + x^2}$ is concave on $-\frac{1}{\sqrt{3}} \le x \le \frac{1}{\sqrt{3}}$", "concave", True),
    (r"$\frac{1}{1+x^2}$ is strictly concave on $|x| < \frac{1}{\sqrt{3}}$", "sconcave", True),
], dom=["x >= -1/sqrt(3)", "x <= 1/sqrt(3)"], why="f'' = (6x^2 - 2)/(1+x^2)^3 <= 0")
E(AN, "calculus", "1/(1 + x**2)", "x", [(0.578, 6)], [
    (r"$\frac{1}{1 + x^2}$ is convex on $x \ge \frac{1}{\sqrt{3}}$", "convex", True),
], dom=["x >= 1/sqrt(3)"], why="6x^2 - 2 >= 0")
E(AN, "calculus", "1/(1 + x**2)", "x", [(-0.6, 0.6)], [
    (r"$\frac{1}{1 + x^2}$ is concave on $[-0.6, 0.6]$", "concave", False),
], dom=["x >= -3/5", "x <= 3/5"], why="6(0.36) - 2 = 0.16 > 0 near the ends: a sliver")
E(AN, "calculus", "log(x)/x", "x", [(0.01, 4)], [
    (r"$\frac{\ln x}{x}$ is concave on $(0, 4)$", "concave", True),
], dom=["x > 0", "x < 4"], why="f'' = (2 ln x - 3)/x^3 < 0 for x < e^{3/2} = 4.48")
E(AN, "calculus", "log(x)/x", "x", [(5, 12)], [
    (r"$\frac{\ln x}{x}$ is concave up on $x > 5$", "convex", True),
], dom=["x > 5"], why="2 ln 5 - 3 > 0")
E(AN, "calculus", "log(x)/x", "x", [(0.01, 12)], [
    (r"$\frac{\log x}{x}$ is concave on $(0, \infty)$", "concave", False),
], dom=["x > 0"], why="convex past e^{3/2}")
ST = "Strang, Calculus (MIT OCW, 1991), sec. 3.3 / 3.5 exercises"
E(ST, "calculus", "x + 1/x", "x", [P], [
    (r"$y = x + \frac{1}{x}$ is concave up for $x > 0$", "convex", True),
], dom=["x > 0"], why="2/x^3")
E(ST, "calculus", "x**2 + 1/x", "x", [P], [
    (r"$x^2 + \frac{1}{x}$ is convex on $(0, \infty)$", "convex", True),
], dom=["x > 0"], why="2 + 2/x^3")
E(ST, "calculus", "x**2 + 1/x", "x", [(-5, -0.01)], [
    (r"$x^2 + 1/x$ is convex on $x < 0$", "convex", False),
], dom=["x < 0"], why="2 + 2/x^3 < 0 for -1 < x < 0")
E(ST, "calculus", "x**3 + x", "x", [R], [
    (r"$y = x^3 + x$ is concave down for $x < 0$", "concave", None),
], why="6x")
ENTRIES[-1]["claims"].pop()
E(ST, "calculus", "x**3 + x", "x", [(-5, 0)], [
    (r"$y = x^3 + x$ is concave down for $x < 0$", "concave", True),
], dom=["x < 0"], why="6x < 0")
E(ST, "calculus", "sin(x)", "x", [(3.15, 6.28)], [
    (r"$\sin x$ is convex on $[\pi, 2\pi]$", "convex", True),
    (r"$\sin x$ is concave on $[\pi, 2\pi]$", "concave", False),
], dom=["x >= pi", "x <= 2*pi"], why="-sin x >= 0 there")
AP = "Apostol, Calculus vol. 1, sec. 4.17 / Courant, Differential and Integral Calculus vol. 1, ch. V"
E(AP, "calculus", "log(log(x))", "x", [(1.01, 8)], [
    (r"$\log \log x$ is concave on $x > 1$", "concave", True),
    (r"$\ln(\ln x)$ is strictly concave on $(1, \infty)$", "sconcave", True),
], dom=["x > 1"], why="-(1 + ln x)/(x ln x)^2")
E(AP, "calculus", "x*sin(x)", "x", [R], [
    (r"$x \sin x$ is neither convex nor concave", "neither", True),
], why="2cos x - x sin x changes sign")
E(AP, "calculus", "x*sin(x)", "x", [(-1, 1)], [
    (r"$x \sin x$ is convex on $[-1, 1]$", "convex", True),
], dom=["x >= -1", "x <= 1"], why="2cos x - x sin x >= 2cos 1 - sin 1 = 0.24 > 0")
E(AP, "calculus", "x**Rational(5, 3)", "x", [(0, 5)], [
    (r"$x^{5/3}$ is concave up on $[0, \infty)$", "convex", True),
], dom=["x >= 0"], why="(10/9) x^{-1/3}")
E(AP, "calculus", "2*x**3 - 3*x**2 - 12*x + 1", "x", [(0.5, 5)], [
    (r"$2x^3 - 3x^2 - 12x + 1$ is concave upward on $\left(\frac{1}{2}, \infty\right)$", "convex", True),
], dom=["x > 1/2"], why="12x - 6")
E(AP, "calculus", "2*x**3 - 3*x**2 - 12*x + 1", "x", [(0, 5)], [
    (r"$2x^3 - 3x^2 - 12x + 1$ is convex on $(0, \infty)$", "convex", False),
], dom=["x > 0"], why="12x - 6 < 0 for x < 1/2")
E(AP, "calculus", "x**4 - 6*x**2", "x", [(-1, 1)], [
    (r"$x^4 - 6x^2$ is concave on $[-1, 1]$", "concave", True),
], dom=["x >= -1", "x <= 1"], why="12x^2 - 12 <= 0")
E(AP, "calculus", "x**4 - 6*x**2", "x", [(-1.1, 1.1)], [
    (r"$x^4 - 6x^2$ is concave on $[-1.1, 1.1]$", "concave", False),
], dom=["x >= -11/10", "x <= 11/10"], why="12(1.21) - 12 > 0 near the ends")

# ---------------------------------------------------------------- CVXPY atoms and tests (test_atoms.py, test_dcp.py)
CV = "CVXPY, cvxpy/tests/test_atoms.py and the atoms reference (functions written out)"
E(CV + " rel_entr", "cvxpy", "x*log(x/y)", "xy", [P, P], [
    (r"$\mathrm{rel\_entr}(x, y) = x \log(x / y)$ is convex on $x > 0, y > 0$", "convex", True),
    (r"$x \log \frac{x}{y}$ is strictly convex on $x > 0, y > 0$", "sconvex", False),
], dom=["x > 0", "y > 0"], why="perspective of -log; homogeneous of degree 1")
E(CV + " kl_div", "cvxpy", "x*log(x/y) - x + y", "xy", [P, P], [
    (r"$x \log(x/y) - x + y$ is convex for $x > 0$, $y > 0$", "convex", True),
    (r"$x\log(x/y) - x + y$ is concave on $x > 0, y > 0$", "concave", False),
], dom=["x > 0", "y > 0"], why="rel_entr plus affine")
E(CV + " inv_prod", "cvxpy", "1/(x*y)", "xy", [P, P], [
    (r"$\frac{1}{xy}$ is convex on $x > 0, y > 0$", "convex", True),
    (r"$\frac{1}{x y}$ is strictly convex on $\mathbb{R}^2_{++}$", "sconvex", True),
], dom=["x > 0", "y > 0"], why="det H = 3/(x^4 y^4) > 0")
E(CV + " inv_pos composed", "cvxpy", "1/sqrt(x*y)", "xy", [P, P], [
    (r"$\frac{1}{\sqrt{xy}}$ is convex on $x > 0, y > 0$", "convex", True),
], dom=["x > 0", "y > 0"], why="inv_pos of the concave geo_mean")
E(CV + " xexp", "cvxpy", "x*exp(x)", "x", [(0, 4)], [
    (r"$\mathrm{xexp}(x) = x e^x$ is convex on $x \ge 0$", "convex", True),
], dom=["x >= 0"], why="(x + 2) e^x")
E(CV + " xexp", "cvxpy", "x*exp(x)", "x", [(-6, 3)], [
    (r"$x e^{x}$ is convex on $\mathbb{R}$", "convex", False),
], why="(x + 2) e^x < 0 for x < -2")
E(CV + " xexp", "cvxpy", "x*exp(x)", "x", [(-2, 3)], [
    (r"$x e^x$ is convex for $x \ge -2$", "convex", True),
], dom=["x >= -2"], why="(x + 2) e^x >= 0")
E(CV + " log1p", "cvxpy", "log(1 + x)", "x", [(-0.99, 5)], [
    (r"$\mathrm{log1p}(x) = \log(1 + x)$ is concave on $x > -1$", "concave", True),
], dom=["x > -1"], why="-1/(1+x)^2")
E(CV + " loggamma", "cvxpy", "loggamma(x)", "x", [(1, 6)], [
    (r"$\operatorname{loggamma}(x)$ is convex for $x \ge 1$", "convex", True),
], dom=["x >= 1"], why="trigamma > 0")
E(CV + " exp/y (non-DCP, log-log)", "cvxpy", "exp(x)/y", "xy", [R, P], [
    (r"$\frac{e^x}{y}$ is convex on $y > 0$", "convex", True),
    (r"$e^x / y$ is strictly convex for $y > 0$", "sconvex", True),
], dom=["y > 0"], why="det H = e^{2x}/y^4 > 0, H_11 > 0")
E(CV + " quad_over_lin(x, sqrt(y))", "cvxpy", "x**2/sqrt(y)", "xy", [R, P], [
    (r"$\frac{x^2}{\sqrt{y}}$ is convex on $y > 0$", "convex", True),
    (r"$x^2/\sqrt{y}$ is strictly convex on $y > 0$", "sconvex", False),
], dom=["y > 0"], why="det H = x^2 y^{-3}/2 >= 0; constant 0 on x = 0", flat=[(("0", "1"), ("0", "3"))])
E(CV + " (x/y)^2", "cvxpy", "(x/y)**2", "xy", [R, P], [
    (r"$\left(\frac{x}{y}\right)^2$ is convex on $y > 0$", "convex", False),
], dom=["y > 0"], why="det H = -4x^2/y^6 < 0")
E(CV + " harmonic_mean", "cvxpy", "2*x*y/(x + y)", "xy", [P, P], [
    (r"$\mathrm{harmonic\_mean}(x, y) = \frac{2xy}{x + y}$ is concave on $x, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="2/(1/x + 1/y)")
E(CV + " pnorm(p=3)", "cvxpy", "(Abs(x)**3 + Abs(y)**3)**Rational(1, 3)", "xy", [R, R], [
    (r"$\left(|x|^3 + |y|^3\right)^{1/3}$ is convex", "convex", True),
    (r"$\|(x, y)\|_3$ is strictly convex", "sconvex", False),
], why="a norm; linear on rays")
E(CV + " pnorm(p=1/2) on the orthant", "cvxpy", "(sqrt(x) + sqrt(y))**2", "xy", [P, P], [
    (r"$\mathrm{pnorm}(x, 0.5) = \left(\sqrt{x} + \sqrt{y}\right)^2$ is convex on $x, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="concave, not affine")
E(CV + " geo_mean", "cvxpy", "sqrt(x*y)", "xy", [P, P], [
    (r"$\sqrt{xy}$ is concave on $x \ge 0, y \ge 0$", "concave", None),
], dom=["x > 0", "y > 0"], why="geometric mean")
ENTRIES[-1]["claims"].pop()
E(CV + " geo_mean", "cvxpy", "sqrt(x*y)", "xy", [(0, 5), (0, 5)], [
    (r"$\sqrt{xy}$ is concave on $x \ge 0, y \ge 0$", "concave", True),
    (r"$\sqrt{xy}$ is convex on $x \ge 0, y \ge 0$", "convex", False),
], dom=["x >= 0", "y >= 0"], why="geometric mean")
E(CV + " geo_mean with weights", "cvxpy", "x**Rational(1, 3)*y**Rational(2, 3)", "xy", [P, P], [
    (r"$x^{1/3} y^{2/3}$ is concave on $x > 0, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="weights sum to 1")
E(CV + " entr(x) + entr(1 - x)", "cvxpy", "-x*log(x) - (1 - x)*log(1 - x)", "x", [U1], [
    (r"$-x\log x - (1-x)\log(1-x)$ is concave on $(0, 1)$", "concave", True),
], dom=["x > 0", "x < 1"], why="-1/x - 1/(1-x)")
E(CV + " huber(x, M=2)", "cvxpy", "Piecewise((x**2, Abs(x) <= 2), (4*Abs(x) - 4, True))", "x", [R], [
    (r"$\mathrm{huber}(x, 2) = \begin{cases} x^2 & |x| \le 2 \\ 4|x| - 4 & |x| > 2 \end{cases}$ is convex", "convex", True),
    (r"$\begin{cases} x^2 & |x| \le 2 \\ 4|x| - 4 & \text{otherwise} \end{cases}$ is strictly convex", "sconvex", False),
], why="C^1 (slope 4 at |x| = 2), affine outside")
E(CV + " square(square(x))", "cvxpy", "(x**2)**2", "x", [R], [
    (r"$\left(x^2\right)^2$ is convex", "convex", True),
], why="x^4")
E(CV + " square of a concave positive", "cvxpy", "(1 - x**2)**2", "x", [(-1, 1)], [
    (r"$(1 - x^2)^2$ is convex on $[-1, 1]$", "convex", False),
], dom=["x >= -1", "x <= 1"], why="f'' = 12x^2 - 4 < 0 near 0")
E(CV + " max(abs(x), 1)^2", "cvxpy", "Max(Abs(x), 1)**2", "x", [R], [
    (r"$\max(|x|, 1)^2$ is convex", "convex", True),
    (r"$\max\{|x|, 1\}^2$ is strictly convex", "sconvex", False),
], why="square of a convex function >= 0; constant on [-1, 1]")
DCP = "Grant, Boyd & Ye, Disciplined Convex Programming (2006) / dcp.stanford.edu examples"
E(DCP, "dcp", "(x - y)**2/(1 - Max(x, y))", "xy", [(-4, 0.99), (-4, 0.99)], [
    (r"$\frac{(x - y)^2}{1 - \max(x, y)}$ is convex on $x < 1, y < 1$", "convex", True),
    (r"$\frac{(x-y)^2}{1 - \max\{x, y\}}$ is strictly convex for $x < 1$, $y < 1$", "sconvex", False),
], dom=["x < 1", "y < 1"], why="quad_over_lin(x - y, concave positive); 0 on x = y")
E(DCP, "dcp", "sqrt(1 + x**2) + Max(x, y, 0)", "xy", [R, R], [
    (r"$\sqrt{1 + x^2} + \max(x, y, 0)$ is convex", "convex", True),
], why="norm of (1, x) plus a max of affine")
E(DCP, "dcp", "-log(x) - log(1 - x)", "x", [U1], [
    (r"$-\log x - \log(1 - x)$ is strictly convex on $(0, 1)$", "sconvex", True),
], dom=["x > 0", "x < 1"], why="1/x^2 + 1/(1-x)^2")
E(DCP, "dcp", "1/x + exp(y)", "xy", [P, R], [
    (r"$\mathrm{inv\_pos}(x) + \exp(y)$, i.e. $\frac{1}{x} + e^{y}$, is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="sum of convex")
E(DCP, "dcp", "sqrt(x) - x**2", "x", [(0, 5)], [
    (r"$\sqrt{x} - x^2$ is concave on $x \ge 0$", "concave", True),
], dom=["x >= 0"], why="sum of concave")
E(DCP + " (not DCP but convex)", "dcp", "sqrt(x**2 + 2*x + 5)", "x", [R], [
    (r"$\sqrt{x^2 + 2x + 5}$ is convex", "convex", True),
    (r"$\sqrt{x^2 + 2x + 5}$ is strictly convex", "sconvex", True),
], why="norm of (x + 1, 2): 4/(..)^{3/2} > 0")
E(DCP + " (not DCP but convex)", "dcp", "log(exp(x) + exp(-x))", "x", [R], [
    (r"$\log(e^x + e^{-x})$ is convex", "convex", True),
], why="log 2 cosh x")
E(DCP + " (not DCP but concave)", "dcp", "log(x)*log(y)", "xy", [(1.01, 6), (1.01, 6)], [
    (r"$\log x \cdot \log y$ is concave on $x > 1, y > 1$", "concave", False),
], dom=["x > 1", "y > 1"], why="det H = (log x log y - 1)/(x y)^2 < 0 where log x log y < 1")

# ---------------------------------------------------------------- Ben-Tal & Nemirovski, Guler, Bauschke & Combettes
BN = "Ben-Tal & Nemirovski, Lectures on Modern Convex Optimization, ch. 2-4 (barriers, cones)"
E(BN + " (barrier of the unit disk)", "ben-tal", "-log(1 - x**2 - y**2)", "xy", [(-0.7, 0.7), (-0.7, 0.7)], [
    (r"$-\ln(1 - x^2 - y^2)$ is convex on $x^2 + y^2 < 1$", "convex", True),
    (r"$-\log(1 - x^2 - y^2)$ is strictly convex on the open unit disk $x^2 + y^2 < 1$", "sconvex", True),
], dom=["x**2 + y**2 < 1"], why="-log of a concave positive function; Hessian >= 2I/(1 - r^2)")
E(BN + " (barrier of the Lorentz cone, 2-D)", "ben-tal", "-log(t**2 - x**2)", "tx", [(0.1, 5), R], [
    (r"$-\ln(t^2 - x^2)$ is convex on $t > |x|$", "convex", True),
], dom=["t > Abs(x)"], why="-log(t - x) - log(t + x)")
E(BN + " (interval barrier)", "ben-tal", "-log(1 - x**2)", "x", [(-0.99, 0.99)], [
    (r"$-\log(1 - x^2)$ is strictly convex on $(-1, 1)$", "sconvex", True),
], dom=["x > -1", "x < 1"], why="2(1 + x^2)/(1 - x^2)^2")
E(BN + " (entropy barrier)", "ben-tal", "x*log(x) - log(x)", "x", [P], [
    (r"$x \ln x - \ln x$ is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="1/x + 1/x^2")
GU = "Guler, Foundations of Optimization (2010), ch. 4 exercises"
E(GU, "guler", "x**2/y + y", "xy", [R, P], [
    (r"$f(x, y) = \frac{x^2}{y} + y$ is convex on $y > 0$", "convex", True),
], dom=["y > 0"], why="quad_over_lin plus linear")
E(GU, "guler", "x**4 + y**4 - (x + y)**2", "xy", [(-2, 2), (-2, 2)], [
    (r"$x^4 + y^4 - (x + y)^2$ is convex", "convex", False),
], why="at 0 the Hessian is [[-2,-2],[-2,-2]]")
E(GU, "guler", "exp(x*y)", "xy", [(-2, 2), (-2, 2)], [
    (r"$e^{xy}$ is convex on $\mathbb{R}^2$", "convex", False),
], why="at 0: H = [[0, 1], [1, 0]]")
E(GU, "guler", "exp(x*y)", "xy", [(0.01, 3), (0.01, 3)], [
    (r"$e^{xy}$ is convex on $x > 0, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="det H = e^{2xy}(y^2 x^2 - (1 + xy)^2) < 0")
BC = "Bauschke & Combettes, Convex Analysis and Monotone Operator Theory in Hilbert Spaces, ch. 8/12/13 examples"
E(BC + " (squared distance to [-1, 1])", "bauschke", "Max(Abs(x) - 1, 0)**2", "x", [R], [
    (r"$d_{[-1,1]}(x)^2 = \max\{|x| - 1, 0\}^2$ is convex", "convex", True),
    (r"$\left(\max(|x| - 1, 0)\right)^2$ is strictly convex", "sconvex", False),
], why="the squared distance to a convex set; 0 on [-1, 1]")
E(BC + " (distance to [0, 1])", "bauschke", "Max(-x, 0, x - 1)", "x", [R], [
    (r"$\max\{-x, 0, x - 1\}$ is convex", "convex", True),
], why="max of affine")
E(BC + " (conjugate of -log)", "bauschke", "-1 - log(-y)", "y", [(-5, -0.01)], [
    (r"$-1 - \log(-y)$ is convex on $y < 0$", "convex", True),
], dom=["y < 0"], why="1/y^2")
E(BC + " (conjugate of exp)", "bauschke", "y*log(y) - y", "y", [P], [
    (r"$y \log y - y$ is strictly convex on $y > 0$", "sconvex", True),
], dom=["y > 0"], why="1/y")
E(BC + " (Moreau envelope of |x|, gamma = 1/2)", "bauschke",
  "Piecewise((x**2, Abs(x) <= Rational(1, 2)), (Abs(x) - Rational(1, 4), True))", "x", [R], [
    (r"$f(x) = \begin{cases} x^2 & \text{if } |x| \le \frac{1}{2} \\ |x| - \frac{1}{4} & \text{if } |x| > \frac{1}{2} \end{cases}$ is convex", "convex", True),
], why="C^1 (slope 1 at 1/2), nondecreasing derivative")
E(BC + " (Fermi-Dirac entropy)", "bauschke", "x*log(x) + (1 - x)*log(1 - x) + x**2", "x", [U1], [
    (r"$x \ln x + (1 - x)\ln(1 - x) + x^2$ is strictly convex on $(0, 1)$", "sconvex", True),
], dom=["x > 0", "x < 1"], why="1/x + 1/(1-x) + 2")

# ---------------------------------------------------------------- Cover & Thomas
CT = "Cover & Thomas, Elements of Information Theory, sec. 2.6-2.7 (convexity of entropy, log-sum inequality)"
E(CT + " (binary entropy)", "info", "-p*log(p) - (1 - p)*log(1 - p)", "p", [U1], [
    (r"$H(p) = -p \log p - (1 - p)\log(1 - p)$ is strictly concave on $(0, 1)$", "sconcave", True),
    (r"The binary entropy $H(p) = -p\log p - (1-p)\log(1-p)$ is convex in $p$", "convex", False),
], dom=["p > 0", "p < 1"], why="-1/p - 1/(1-p)")
E(CT + " (binary relative entropy)", "info", "p*log(p/q) + (1 - p)*log((1 - p)/(1 - q))", "pq", [U1, U1], [
    (r"$D(p\|q) = p \log\frac{p}{q} + (1-p)\log\frac{1-p}{1-q}$ is convex in $(p, q)$ on $(0, 1)^2$", "convex", True),
    (r"$p \log \frac{p}{q} + (1 - p) \log \frac{1 - p}{1 - q}$ is strictly convex on $0 < p < 1, 0 < q < 1$", "sconvex", False),
], dom=["p > 0", "p < 1", "q > 0", "q < 1"], why="sum of perspectives; 0 on the diagonal p = q",
  flat=[(("1/4", "1/4"), ("3/4", "3/4"))])
E(CT + " (Gaussian entropy in sigma)", "info", "log(2*pi*E*s**2)/2", "s", [P], [
    (r"$\frac{1}{2}\log(2\pi e \sigma^2)$ is concave in $\sigma > 0$", "concave", True),
], dom=["s > 0"], why="log sigma + const")
E(CT + " (log-sum, n = 2)", "info", "x*log(x/a) + y*log(y/b)", "xy", [P, P], [
    (r"$x \log \frac{x}{a} + y \log \frac{y}{b}$ is convex in $x, y > 0$ for fixed $a, b > 0$", "convex", True),
], dom=["x > 0", "y > 0"], params={"a": ["1/2", "3"], "b": ["1", "2"]}, why="x log x - x log a")
E(CT + " (entropy of a two-point distribution in logits)", "info", "log(1 + exp(t)) - t*exp(t)/(1 + exp(t))", "t", [R], [
    (r"$\log(1 + e^t) - \frac{t e^t}{1 + e^t}$ is concave in $t$", "concave", False),
], why="even with maximum at 0 and tending to 0: convex tails")

# ---------------------------------------------------------------- ML texts not used before
RW = "Rasmussen & Williams, Gaussian Processes for Machine Learning, sec. 5.4 (marginal likelihood in one hyperparameter)"
E(RW, "ml", "-1/(2*t) - log(t)/2", "t", [(0.05, 8)], [
    (r"$-\frac{y^2}{2\theta} - \frac{1}{2}\log\theta$ with $y = 1$ is concave in $\theta > 0$", "concave", False),
    (r"$-\frac{1}{2\theta} - \frac{1}{2}\log\theta$ is neither convex nor concave on $\theta > 0$", "neither", True),
], dom=["t > 0"], why="f'' = (t - 2)/(2 t^3): concave for t < 2, convex for t > 2")
E(RW, "ml", "1/(2*t) + log(t)/2", "t", [(0.05, 2)], [
    (r"$\frac{1}{2\theta} + \frac{1}{2}\log\theta$ is convex on $0 < \theta \le 2$", "convex", True),
], dom=["t > 0", "t <= 2"], why="f'' = (2 - t)/(2 t^3) >= 0")
MO = "Mohri, Rostamizadeh & Talwalkar, Foundations of Machine Learning, ch. 5-7 (surrogate losses)"
E(MO + " (hinge)", "ml", "Max(0, 1 - w)", "w", [R], [
    (r"The hinge loss $\max(0, 1 - w)$ is convex in $w$", "convex", True),
    (r"$\max(0, 1-w)$ is strictly convex", "sconvex", False),
], why="max of affine")
E(MO + " (squared hinge)", "ml", "Max(0, 1 - w)**2", "w", [R], [
    (r"$\max(0, 1 - w)^2$ is convex", "convex", True),
    (r"The squared hinge loss $\max\{0, 1 - w\}^2$ is strictly convex", "sconvex", False),
], why="0 for w >= 1")
E(MO + " (exponential loss with data)", "ml", "exp(-2*w1 + w2) + exp(w1 - 3*w2)", ["w1", "w2"], [R, R], [
    (r"$e^{-(2w_1 - w_2)} + e^{w_1 - 3w_2}$ is strictly convex in $w_1, w_2$", "sconvex", True),
], why="two independent directions (2,-1), (1,-3)")
E(MO + " (logistic loss, one point)", "ml", "log(1 + exp(-(w1 + w2)))", ["w1", "w2"], [R, R], [
    (r"$\log(1 + e^{-(w_1 + w_2)})$ is convex in $(w_1, w_2)$", "convex", True),
    (r"$\log(1 + \exp(-(w_1 + w_2)))$ is strictly convex in $(w_1, w_2)$", "sconvex", False),
], why="depends only on w1 + w2")
E(MO + " (ramp loss)", "ml", "Min(1, Max(0, 1 - w))", "w", [R], [
    (r"The ramp loss $\min(1, \max(0, 1 - w))$ is convex", "convex", False),
], why="flat, decreasing, flat: concave kink at w = 0")
SS = "Scholkopf & Smola, Learning with Kernels, sec. 3.4 (loss functions)"
E(SS + " (epsilon-insensitive)", "ml", "Max(0, Abs(x) - Rational(1, 10))", "x", [R], [
    (r"$\max(0, |x| - \epsilon)$ is convex where $\epsilon = 0.1$", "convex", True),
    (r"$|x|_\epsilon = \max\{0, |x| - 0.1\}$ is strictly convex", "sconvex", False),
], why="max of convex; 0 on [-0.1, 0.1]")
E(SS + " (Laplacian noise loss)", "ml", "Abs(x)**p", "x", [R], [
    (r"$|x|^p$ is strictly convex for $p > 1$", "sconvex", True),
], params={"p": ["11/10", "3/2", "2", "3"]}, why="p(p-1)|x|^{p-2} > 0 off 0")
E(SS + " (p-loss, p <= 1)", "ml", "Abs(x)**p", "x", [R], [
    (r"$|x|^p$ is convex for $p > 0$", "convex", False),
], params={"p": ["1/2", "1", "2"]}, why="p = 1/2 fails")
E(SS + " (Huber's robust loss, sigma = 1)", "ml", "Piecewise((x**2/2, Abs(x) <= 1), (Abs(x) - Rational(1, 2), True))", "x", [R], [
    (r"$l(\xi) = \begin{cases} \frac{1}{2}\xi^2 & |\xi| \le 1 \\ |\xi| - \frac{1}{2} & \text{otherwise}\end{cases}$ is convex", "convex", True),
], why="Huber")
PU = "Prince, Understanding Deep Learning (2023), ch. 2, 5, 6"
E(PU + " (least squares, two data points)", "ml", "(1 - a - 2*b)**2 + (3 - a - b)**2", "ab", [R, R], [
    (r"$L[\phi] = (1 - \phi_0 - 2\phi_1)^2 + (3 - \phi_0 - \phi_1)^2$ is strictly convex in $\phi_0, \phi_1$", "sconvex", None),
], why="rows (1, 2), (1, 1) independent")
ENTRIES[-1]["claims"].pop()
E(PU + " (least squares, two data points)", "ml", "(1 - phi0 - 2*phi1)**2 + (3 - phi0 - phi1)**2", ["phi0", "phi1"], [R, R], [
    (r"$L[\phi] = (1 - \phi_0 - 2\phi_1)^2 + (3 - \phi_0 - \phi_1)^2$ is strictly convex in $\phi_0, \phi_1$", "sconvex", True),
], why="rows (1, 2), (1, 1) independent")
E(PU + " (least squares, one data point)", "ml", "(2 - phi0 - 3*phi1)**2", ["phi0", "phi1"], [R, R], [
    (r"$(2 - \phi_0 - 3\phi_1)^2$ is strictly convex in $(\phi_0, \phi_1)$", "sconvex", False),
    (r"$(2 - \phi_0 - 3\phi_1)^2$ is convex in $(\phi_0, \phi_1)$", "convex", True),
], why="rank one")
E(PU + " (Bernoulli NLL in lambda)", "ml", "-y*log(l) - (1 - y)*log(1 - l)", "l", [U1], [
    (r"$-y\log\lambda - (1 - y)\log(1 - \lambda)$ is convex in $\lambda \in (0, 1)$ for $0 \le y \le 1$", "convex", True),
], dom=["l > 0", "l < 1"], params={"y": ["0", "1/3", "1"]}, why="y/l^2 + (1-y)/(1-l)^2 > 0")
E(PU + " (Poisson NLL in the rate)", "ml", "l - 3*log(l)", "l", [P], [
    (r"$\lambda - 3\log\lambda$ is strictly convex on $\lambda > 0$", "sconvex", True),
], dom=["l > 0"], why="3/l^2")
E(PU + " (Poisson NLL in the log-rate)", "ml", "exp(t) - 3*t", "t", [R], [
    (r"$e^{\theta} - 3\theta$ is convex in $\theta$", "convex", True),
], why="e^t")
E(PU + " (shallow network, one hidden unit)", "ml", "(1 - v*Max(0, w))**2", "vw", [R, R], [
    (r"$(1 - v \max(0, w))^2$ is convex in $v, w$", "convex", False),
], why="f(1, 1) = 0, f(-1, -1) = 1, f(0, 0) = 1 > 1/2")
E(PU + " (linear model, Gaussian NLL in sigma^2)", "ml", "log(s)/2 + 2/s", "s", [(0.05, 12)], [
    (r"$\frac{1}{2}\log\sigma^2 + \frac{(y - \mu)^2}{2\sigma^2}$ with $(y - \mu)^2 = 4$ is convex in $\sigma^2 > 0$", "convex", False),
], dom=["s > 0"], why="f(s) = log(s)/2 + 2/s: f'' = -1/(2s^2) + 4/s^3 < 0 for s > 8")
DL = "Zhang, Lipton, Li & Smola, Dive into Deep Learning, sec. 5.1 (activations) and 12.2 (convexity)"
E(DL + " (ELU, alpha = 1)", "ml", "Piecewise((x, x > 0), (exp(x) - 1, True))", "x", [R], [
    (r"$\operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ e^x - 1 & x \le 0 \end{cases}$ is convex", "convex", True),
    (r"$\begin{cases} x & \text{if } x > 0 \\ \exp(x) - 1 & \text{otherwise} \end{cases}$ is strictly convex", "sconvex", False),
], why="slopes e^x <= 1 then 1: nondecreasing; affine for x > 0")
E(DL + " (ELU, alpha = 2)", "ml", "Piecewise((x, x > 0), (2*exp(x) - 2, True))", "x", [R], [
    (r"$\begin{cases} x & x > 0 \\ 2(e^x - 1) & x \le 0 \end{cases}$ is convex", "convex", False),
], why="slope 2 at 0- then 1")
E(DL + " (leaky ReLU)", "ml", "Max(x/100, x)", "x", [R], [
    (r"$\max(0.01x, x)$ is convex", "convex", True),
    (r"The leaky ReLU $\max(0.01 x, x)$ is concave", "concave", False),
], why="max of linear")
E(DL + " (sec. 12.2 example)", "ml", "cos(pi*x)", "x", [(-0.5, 0.5)], [
    (r"$\cos(\pi x)$ is concave on $[-\frac{1}{2}, \frac{1}{2}]$", "concave", True),
], dom=["x >= -1/2", "x <= 1/2"], why="-pi^2 cos(pi x) <= 0")
E(DL + " (sec. 12.2 example)", "ml", "cos(pi*x)", "x", [(-1, 1)], [
    (r"$\cos(\pi x)$ is convex on $[-1, 1]$", "convex", False),
], dom=["x >= -1", "x <= 1"], why="concave near 0")
E(DL + " (sec. 12.2 example)", "ml", "x**3 - x", "x", [(-1, 1)], [
    (r"$x^3 - x$ is neither convex nor concave on $[-1, 1]$", "neither", True),
], dom=["x >= -1", "x <= 1"], why="6x changes sign")
E(DL + " (softmax cross-entropy, two logits)", "ml", "-z1 + log(exp(z1) + exp(z2))", ["z1", "z2"], [R, R], [
    (r"$-z_1 + \log(e^{z_1} + e^{z_2})$ is convex in $z_1, z_2$", "convex", True),
    (r"$-z_1 + \log\left(e^{z_1} + e^{z_2}\right)$ is strictly convex in $(z_1, z_2)$", "sconvex", False),
], why="invariant under z + t(1, 1)")

# ---------------------------------------------------------------- vector / sum / norm notation
VN = "Vector notation as textbooks write it (Boyd-style, written out at a stated size)"
E(VN, "vector", "x1**2 + x2**2 + x3**2", ["x1", "x2", "x3"], [R, R, R], [
    (r"$f(x) = x^\top x$ is strictly convex on $\mathbb{R}^3$", "sconvex", True),
    (r"$\sum_{i=1}^{3} x_i^2$ is convex", "convex", True),
], why="2I")
E(VN, "vector", "2*x1**2 + 2*x1*x2 + 2*x2**2", ["x1", "x2"], [R, R], [
    (r"$x^T Q x$ is strictly convex where $Q = \begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}$", "sconvex", True),
], why="Q positive definite")
E(VN, "vector", "x1**2 + 4*x1*x2 + x2**2", ["x1", "x2"], [R, R], [
    (r"$x^\top A x$ is convex where $A = \begin{bmatrix} 1 & 2 \\ 2 & 1 \end{bmatrix}$", "convex", False),
], why="eigenvalues 3, -1")
E(VN, "vector", "x1**2 + 2*x1*x2 + x2**2", ["x1", "x2"], [R, R], [
    (r"$x^\top A x$ with $A = \begin{pmatrix} 1 & 1 \\ 1 & 1 \end{pmatrix}$ is convex", "convex", True),
    (r"$x^T A x$ is strictly convex for $A = \begin{pmatrix} 1 & 1 \\ 1 & 1 \end{pmatrix}$", "sconvex", False),
], why="PSD, singular")
E(VN, "vector", "exp(x1) + exp(x2) + exp(x3)", ["x1", "x2", "x3"], [R, R, R], [
    (r"$\sum_{i=1}^{3} e^{x_i}$ is strictly convex", "sconvex", True),
], why="diag(e^{x_i})")
E(VN, "vector", "log(exp(x1) + exp(x2) + exp(x3))", ["x1", "x2", "x3"], [R, R, R], [
    (r"$\log \sum_{i=1}^{3} e^{x_i}$ is convex", "convex", True),
    (r"$\log\left(\sum_{i=1}^3 \exp(x_i)\right)$ is strictly convex", "sconvex", False),
], why="lse; affine along (1,1,1)")
E(VN, "vector", "Max(x1, x2, x3)", ["x1", "x2", "x3"], [R, R, R], [
    (r"$\max_{i} x_i$ is convex for $x \in \mathbb{R}^3$", "convex", True),
    (r"$\max_{i=1,\dots,3} x_i$ is concave", "concave", False),
], why="max of linear")
E(VN, "vector", "-log(x1) - log(x2) - log(x3)", ["x1", "x2", "x3"], [P, P, P], [
    (r"$-\sum_{i=1}^{3} \log x_i$ is strictly convex on $\mathbb{R}^3_{++}$", "sconvex", True),
], dom=["x1 > 0", "x2 > 0", "x3 > 0"], why="diag(1/x_i^2)")
E(VN, "vector", "sqrt(x1*x2)", ["x1", "x2"], [P, P], [
    (r"$\prod_{i=1}^{2} x_i^{1/2}$ is concave on $\mathbb{R}^2_{++}$", "concave", True),
], dom=["x1 > 0", "x2 > 0"], why="geometric mean")
E(VN, "vector", "Abs(x1) + Abs(x2) + Abs(x3)", ["x1", "x2", "x3"], [R, R, R], [
    (r"$\|x\|_1$ is convex for $x \in \mathbb{R}^3$", "convex", True),
    (r"$\|x\|_1$ is strictly convex on $\mathbb{R}^3$", "sconvex", False),
], why="a norm")
E(VN, "vector", "sqrt(x1**2 + x2**2)", ["x1", "x2"], [R, R], [
    (r"$\|x\|_2$ is convex on $\mathbb{R}^2$", "convex", True),
    (r"$\|x\|_2$ is strictly convex on $\mathbb{R}^2$", "sconvex", False),
], why="norm, linear on rays")
E(VN, "vector", "(x1 - 1)**2 + (x1 + x2 - 2)**2", ["x1", "x2"], [R, R], [
    (r"$\|Ax - b\|_2^2$ is strictly convex where $A = \begin{pmatrix} 1 & 0 \\ 1 & 1 \end{pmatrix}$ and $b = (1, 2)$", "sconvex", True),
], why="A invertible")
E(VN, "vector", "(x1 + x2 - 1)**2 + (2*x1 + 2*x2 - 2)**2", ["x1", "x2"], [R, R], [
    (r"$\|Ax - b\|^2$ is strictly convex where $A = \begin{pmatrix} 1 & 1 \\ 2 & 2 \end{pmatrix}$, $b = (1, 2)$", "sconvex", False),
], why="A singular")
E(VN, "vector", "Max(Abs(x1), Abs(x2))", ["x1", "x2"], [R, R], [
    (r"$\|x\|_\infty$ is convex on $\mathbb{R}^2$", "convex", True),
], why="a norm")
E(VN, "vector", "sqrt(x1**2 + x2**2) - x1", ["x1", "x2"], [R, R], [
    (r"$\|x\|_2 - x_1$ is convex for $x \in \mathbb{R}^2$", "convex", True),
], why="norm minus linear")
E(VN, "vector", "x1 - sqrt(x1**2 + x2**2)", ["x1", "x2"], [R, R], [
    (r"$x_1 - \|x\|_2$ is convex for $x \in \mathbb{R}^2$", "convex", False),
], why="concave, not affine")

# ---------------------------------------------------------------- parameter statements and the known gaps
PS = "textbook parameter statements (conditions with <, >, <=, >=, !=, ranges)"
E(PS + " (e^{kx}, k != 0)", "params", "exp(k*x)", "x", [(-2, 2)], [
    (r"$e^{kx}$ is strictly convex for $k \ne 0$", "sconvex", True),
], params={"k": ["-2", "-1/3", "1/2", "2"]}, why="k^2 e^{kx} > 0")
E(PS + " (e^{kx}, every k)", "params", "exp(k*x)", "x", [(-2, 2)], [
    (r"$e^{kx}$ is strictly convex for every real $k$", "sconvex", False),
], params={"k": ["-1", "0", "1"]}, why="k = 0: constant")
E(PS + " (x^2 + c xy + y^2, |c| <= 2)", "params", "x**2 + c*x*y + y**2", "xy", [R, R], [
    (r"$x^2 + cxy + y^2$ is convex for $|c| \le 2$", "convex", True),
], params={"c": ["-2", "0", "1", "2"]}, why="det 4 - c^2 >= 0")
E(PS + " (x^2 + c xy + y^2, |c| < 2)", "params", "x**2 + c*x*y + y**2", "xy", [R, R], [
    (r"$x^2 + c x y + y^2$ is strictly convex when $-2 < c < 2$", "sconvex", True),
], params={"c": ["-19/10", "0", "3/2"]}, why="det 4 - c^2 > 0")
E(PS + " (x^2 + c xy + y^2, c = 3)", "params", "x**2 + 3*x*y + y**2", "xy", [R, R], [
    (r"$x^2 + cxy + y^2$ with $c = 3$ is convex", "convex", False),
], why="det 4 - 9 < 0")
E(PS + " (a x^2 + b y^2)", "params", "a*x**2 + b*y**2", "xy", [R, R], [
    (r"$ax^2 + by^2$ is convex for $a \ge 0$ and $b \ge 0$", "convex", True),
], params={"a": ["0", "2"], "b": ["0", "1/2"]}, why="diag(2a, 2b)")
E(PS + " (a x^2 + b y^2, a, b > 0)", "params", "a*x**2 + b*y**2", "xy", [R, R], [
    (r"$a x^2 + b y^2$ is strictly convex for $a > 0, b > 0$", "sconvex", True),
], params={"a": ["1/10", "2"], "b": ["1/3", "5"]}, why="diag(2a, 2b) > 0")
E(PS + " (x^p on x > 0, p < 0)", "params", "x**p", "x", [P], [
    (r"$x^p$ is strictly convex on $x > 0$ for $p < 0$", "sconvex", True),
], dom=["x > 0"], params={"p": ["-1/2", "-1", "-5/2"]}, why="p(p-1) > 0")
E(PS + " (x^p, 0 < p < 1)", "params", "x**p", "x", [P], [
    (r"$x^p$ is convex on $(0, \infty)$ for $0 < p < 1$", "convex", False),
], dom=["x > 0"], params={"p": ["1/3", "1/2"]}, why="p(p-1) < 0")
E(PS + " (log(1 + a x), a > 0)", "params", "log(1 + a*x)", "x", [P], [
    (r"$\log(1 + ax)$ is concave on $x > 0$ for $a > 0$", "concave", True),
], dom=["x > 0"], params={"a": ["1/10", "1", "7"]}, why="-a^2/(1+ax)^2")
E(PS + " (a/x + b x)", "params", "a/x + b*x", "x", [P], [
    (r"$\frac{a}{x} + bx$ is convex on $x > 0$ for $a \ge 0$ and any $b$", "convex", True),
], dom=["x > 0"], params={"a": ["0", "1", "4"], "b": ["-3", "2"]}, why="2a/x^3")
E(PS + " (sqrt(x^2 + eps^2))", "params", "sqrt(x**2 + e**2)", "x", [R], [
    (r"$\sqrt{x^2 + \varepsilon^2}$ is strictly convex for $\varepsilon > 0$", "sconvex", True),
], params={"e": ["1/100", "1", "3"]}, why="e^2/(x^2+e^2)^{3/2}")
E(PS + " (a sin x on [0, pi])", "params", "a*sin(x)", "x", [(0, 3.14)], [
    (r"$a \sin x$ is concave on $[0, \pi]$ for $a \ge 0$", "concave", True),
], dom=["x >= 0", "x <= pi"], params={"a": ["0", "1/2", "3"]}, why="-a sin x <= 0")
KG = "known kinds of gap (Wolfram|Alpha and textbook statements)"
E(KG + " (a kink inside a quotient)", "gaps", "x**2/(1 + Abs(x))", "x", [R], [
    (r"$\frac{x^2}{1 + |x|}$ is convex", "convex", True),
    (r"$\frac{x^2}{1+|x|}$ is strictly convex on $\mathbb{R}$", "sconvex", True),
], why="x^2/(1+x) on x >= 0 has f'' = 2/(1+x)^3; even and C^1 at 0")
E(KG + " (a kink inside a quotient)", "gaps", "Abs(x)/(1 + Abs(x))", "x", [R], [
    (r"$\frac{|x|}{1 + |x|}$ is convex", "convex", False),
    (r"$\frac{|x|}{1+|x|}$ is concave", "concave", False),
], why="concave on each side, a convex kink at 0")
E(KG + " (sin of a sum on a strip)", "gaps", "sin(x + y)", "xy", [(0, 1.5), (0, 1.5)], [
    (r"$\sin(x + y)$ is concave on $0 \le x + y \le \pi$", "concave", True),
    (r"$\sin(x+y)$ is strictly concave on $0 \le x + y \le \pi$", "sconcave", False),
], dom=["x + y >= 0", "x + y <= pi"], why="-sin(x+y) <= 0; constant along x + y = c")
E(KG + " (cos of a difference on a strip)", "gaps", "cos(x - y)", "xy", [(-0.7, 0.7), (-0.7, 0.7)], [
    (r"$\cos(x - y)$ is concave on $-\frac{\pi}{2} \le x - y \le \frac{\pi}{2}$", "concave", True),
], dom=["x - y >= -pi/2", "x - y <= pi/2"], why="-cos(x - y) <= 0")
E(KG + " (log of an affine form on a half-plane)", "gaps", "log(x + 2*y - 1)", "xy", [(1, 4), (1, 4)], [
    (r"$\log(x + 2y - 1)$ is concave on $x + 2y > 1$", "concave", True),
], dom=["x + 2*y > 1"], why="log of affine")
WA = "Wolfram|Alpha-style queries (\"is ... convex\")"
E(WA, "wolfram-alpha", "x**4 - x**2", "x", [R], [
    (r"is x^4 - x^2 convex", "convex", False),
], why="12x^2 - 2 < 0 near 0")
E(WA, "wolfram-alpha", "exp(x) + exp(-x)", "x", [R], [
    (r"is f(x)=e^x+e^(-x) convex?", "convex", True),
], why="2cosh")
E(WA, "wolfram-alpha", "x*log(x)", "x", [P], [
    (r"is x log(x) convex for x>0", "convex", True),
], dom=["x > 0"], why="1/x")
E(WA, "wolfram-alpha", "sqrt(x)", "x", [(0, 5)], [
    (r"is sqrt(x) concave", "concave", True),
], dom=["x >= 0"], why="-x^{-3/2}/4")
E(WA, "wolfram-alpha", "1/x**2", "x", [(0.01, 5)], [
    (r"is 1/x^2 convex on x>0", "convex", True),
], dom=["x > 0"], why="6/x^4")
E(WA, "wolfram-alpha", "x**2*y**2", "xy", [R, R], [
    (r"is x^2 y^2 convex", "convex", False),
], why="indefinite at (1, -1)")
E(WA, "wolfram-alpha", "x**2 + y**2 + x*y", "xy", [R, R], [
    (r"is x^2+y^2+xy convex", "convex", True),
], why="[[2,1],[1,2]]")
E(WA, "wolfram-alpha", "log(x) + log(y)", "xy", [P, P], [
    (r"is ln(x)+ln(y) concave for x>0, y>0", "concave", True),
], dom=["x > 0", "y > 0"], why="sum of concave")
