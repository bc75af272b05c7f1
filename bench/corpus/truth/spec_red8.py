"""The red8 corpus: claims modelled on other tools' test suites and documentation, and on textbooks.

Written blind (session 8): from the tools' own test files and documentation pages (SymPy's
``test_is_convex``, CVXR/CVXPY's monotonicity tests, YALMIP's ``test_isconvex``, SymbolicAnalysis.jl and
Convex.jl DCP examples, the CVXPY DCP tutorial and atom table, Wolfram's FunctionConvexity page) and from
textbook-style exercises (Calafiore & El Ghaoui, Bubeck, Nesterov, Beck, Goodfellow et al., Bishop, Murphy,
calculus concavity exercises), before reading symconvex's source.

Each entry ``F(expr, vars, dom, box, claims, source, kind, why, params)`` is one function on one domain:

- ``expr``: the function in SymPy syntax; ``vars``: its variables; ``dom``: the domain as SymPy relations
  (the set the claims are about; the natural domain where a claim states none);
- ``box``: a sampling box per variable for the verifier (floats only *find* points; every point used is a
  rational checked inside ``dom`` exactly);
- ``claims``: ``(text, property, holds)`` with ``property`` one of convex, concave, affine, sconvex,
  sconcave, notconvex, notconcave, neither: ``holds`` is written by hand and re-derived by
  ``verify_spec.py red8``;
- ``params``: parameters (symbols that are neither variables nor given values) with the exact values the
  verifier tries, all allowed by the claim's condition (boundary values included).

``gen_spec.py red8`` writes ``bench/corpus/red8.jsonl`` from this list.
"""

ENTRIES = []


def F(expr, vars, dom, box, claims, source, kind, why, params=None):
    ENTRIES.append(dict(expr=expr, vars=vars, dom=dom, box=box, claims=claims, source=source, kind=kind,
                        why=why, params=params or {}))


R = (-4, 4)
POS = (0, 20)
NEG = (-20, 0)

# ---------------------------------------------------------------- SymPy: sympy/calculus/tests/test_util.py
SY = "SymPy sympy/calculus/tests/test_util.py (test_is_convex, test_stationary_points, test_maximum)"
K = "sympy-test"
F("1/x", ["x"], ["x > 0"], [POS], [
    (r"$\frac{1}{x}$ is convex on $(0, \infty)$", "convex", True),
    (r"$f(x) = 1/x$ is strictly convex for $x > 0$", "sconvex", True),
    (r"$\frac{1}{x}$ is concave on $x > 0$", "concave", False)], SY, K, "f''=2/x^3>0 on x>0")
F("1/x", ["x"], ["x < 0"], [NEG], [
    (r"$\frac{1}{x}$ is convex on $(-\infty, 0)$", "convex", False),
    (r"$\frac{1}{x}$ is concave for $x < 0$", "concave", True)], SY, K, "f''=2/x^3<0 on x<0")
F("x**2", ["x"], ["x >= 0"], [POS], [
    (r"$x^2$ is convex on $[0, \infty)$", "convex", True),
    (r"$x^2$ is concave on $x \ge 0$", "concave", False),
    (r"$x^{2}$ is strictly convex for $x \in [0, \infty)$", "sconvex", True)], SY, K, "f''=2>0")
F("x**(-3)", ["x"], ["x > 0"], [POS], [
    (r"$\frac{1}{x^3}$ is convex on $(0, \infty)$", "convex", True),
    (r"$x^{-3}$ is concave for $x > 0$", "concave", False),
    (r"$\frac{1}{x^3}$ is strictly convex on $x > 0$", "sconvex", True)], SY, K, "f''=12/x^5>0 on x>0")
F("-1/x**3", ["x"], ["x < 0"], [NEG], [
    (r"$-\frac{1}{x^3}$ is convex on $(-\infty, 0)$", "convex", True),
    (r"$-x^{-3}$ is concave for $x < 0$", "concave", False)], SY, K, "f''=-12/x^5>0 on x<0")
F("log(x)", ["x"], ["x > 0"], [POS], [
    (r"$\log(x)$ is convex", "convex", False),
    (r"$\log(x)$ is concave", "concave", True),
    (r"$\ln x$ is strictly concave on $x > 0$", "sconcave", True),
    (r"$\log x$ is not convex", "notconvex", True)], SY, K, "f''=-1/x^2<0")
F("x**2 + y**2", ["x", "y"], [], [R, R], [
    (r"$x^2 + y^2$ is convex", "convex", True),
    (r"$f(x, y) = x^2 + y^2$ is strictly convex", "sconvex", True)], SY, K, "H=2I")
F("x**2 + y**2", ["x"], [], [R], [
    (r"$x^2 + y^2$ is convex in $x$ for fixed $y$", "convex", True)], SY, K, "d2/dx2=2",
  params={"y": ["-3", "0", "1/2", "5"]})
F("cos(x) + cos(y)", ["x"], [], [R], [
    (r"$\cos(x) + \cos(y)$ is convex in $x$ for fixed $y$", "convex", False)], SY, K,
  "d2/dx2=-cos x<0 at x=0", params={"y": ["0", "1"]})
F("cos(x) + cos(y)", ["x", "y"], [], [R, R], [
    (r"$\cos x + \cos y$ is convex", "convex", False),
    (r"$\cos(x) + \cos(y)$ is neither convex nor concave", "neither", True)], SY, K, "H=diag(-cos x,-cos y)")
F("8*x**2 - 2*y**2", ["x", "y"], [], [R, R], [
    (r"$8x^2 - 2y^2$ is convex", "convex", False),
    (r"$8x^2 - 2y^2$ is concave", "concave", False)], SY, K, "H=diag(16,-4) indefinite")
F("8*x**2 - 2*y**2", ["x"], [], [R], [
    (r"$8 x^2 - 2 y^2$ is convex in $x$ for fixed $y$", "convex", True)], SY, K, "d2/dx2=16",
  params={"y": ["-1", "0", "3"]})
F("x/sqrt(x**2 + 1)", ["x"], ["x >= 0"], [POS], [
    (r"$\frac{x}{\sqrt{x^2+1}}$ is concave on $x \ge 0$", "concave", True)], SY, K, "f''=-3x/(x^2+1)^(5/2)")
F("x/sqrt(x**2 + 1)", ["x"], ["x <= 0"], [NEG], [
    (r"$\frac{x}{\sqrt{x^2+1}}$ is convex for $x \le 0$", "convex", True)], SY, K, "f''=-3x/(x^2+1)^(5/2)")
F("x/sqrt(x**2 + 1)", ["x"], [], [R], [
    (r"$\frac{x}{\sqrt{x^2 + 1}}$ is convex", "convex", False),
    (r"$\frac{x}{\sqrt{x^2 + 1}}$ is neither convex nor concave", "neither", True)], SY, K,
  "f'' changes sign at 0")
F("(x + 3)*(x - 2)", ["x"], [], [R], [
    (r"$(x+3)(x-2)$ is convex", "convex", True),
    (r"$(x + 3)(x - 2)$ is strictly convex", "sconvex", True),
    (r"$(x+3)(x-2)$ is concave", "concave", False)], SY, K, "f''=2")
F("x**4 + x**3 - 5*x**2", ["x"], [], [R], [
    (r"$x^4 + x^3 - 5x^2$ is convex", "convex", False),
    (r"$x^4 + x^3 - 5x^2$ is not convex", "notconvex", True),
    (r"$x^4 + x^3 - 5 x^2$ is concave", "concave", False)], SY, K, "f''(0)=-10, f''(2)=50")
F("log(x) - x", ["x"], ["x > 0"], [POS], [
    (r"$\log(x) - x$ is concave", "concave", True),
    (r"$\ln x - x$ is strictly concave on $x > 0$", "sconcave", True),
    (r"$\log(x) - x$ is convex on $(0, \infty)$", "convex", False)], SY, K, "f''=-1/x^2")
F("x**4 - x**3 + x**2 + 10", ["x"], [], [R], [
    (r"$x^4 - x^3 + x^2 + 10$ is strictly convex", "sconvex", True),
    (r"$x^4 - x^3 + x^2 + 10$ is concave", "concave", False)], SY, K, "f''=12x^2-6x+2, disc<0")
F("sin(x)*cos(x)", ["x"], ["x >= 0", "x <= pi/2"], [(0, 1.5707)], [
    (r"$\sin(x)\cos(x)$ is concave on $[0, \frac{\pi}{2}]$", "concave", True),
    (r"$\sin x \cos x$ is convex on $[0, \pi/2]$", "convex", False)], SY, K, "f''=-2 sin 2x<=0")
F("tan(x)", ["x"], ["x >= -pi/4", "x <= pi/4"], [(-0.785, 0.785)], [
    (r"$\tan(x)$ is convex on $[-\frac{\pi}{4}, \frac{\pi}{4}]$", "convex", False)], SY, K,
  "f''=2 tan x sec^2 x <0 for x<0")
F("tan(x)", ["x"], ["x >= 0", "x <= pi/4"], [(0, 0.785)], [
    (r"$\tan x$ is convex on $[0, \frac{\pi}{4}]$", "convex", True)], SY, K, "f''=2 tan x sec^2 x>=0")
F("Abs(a**3 + a)", ["a"], [], [R], [
    (r"$|a^3 + a|$ is convex in $a$", "convex", True),
    (r"$|a^3 + a|$ is strictly convex in $a$", "sconvex", True)], SY, K,
  "|a|(a^2+1): pieces +-(a^3+a) with f''=6|a|, slopes -1<1 at 0")
F("Abs(12*a*(5*a**2 + 2))", ["a"], ["a >= 0", "a <= 2"], [(0, 2)], [
    (r"$|12a(5a^2 + 2)|$ is convex in $a$ on $[0, 2]$", "convex", True)], SY, K, "=60a^3+24a, f''=360a>=0")
F("cos(x) - sin(x)", ["x"], [], [R], [
    (r"$\cos(x) - \sin(x)$ is neither convex nor concave", "neither", True),
    (r"$\cos x - \sin x$ is concave", "concave", False)], SY, K, "sqrt2 cos(x+pi/4)")
F("exp(x)", ["x"], ["x >= -2"], [(-2, 6)], [
    (r"$e^x$ is strictly convex on $[-2, \infty)$", "sconvex", True)], SY, K, "f''=e^x>0")

# ---------------------------------------------------------------- CVXR / CVXPY monotonicity tests, DCP examples
CV = "CVXR tests/testthat/test-g01-monotonicity.R (CVXPY cvxpy/tests/test_monotonicity.py)"
K = "cvx-dcp-test"
F("1 + exp(x)", ["x"], [], [R], [
    (r"$1 + e^{x}$ is convex", "convex", True),
    (r"$1 + \exp(x)$ is concave", "concave", False)], CV, K, "f''=e^x")
F("exp(x)**2", ["x"], [], [R], [
    (r"$(e^{x})^2$ is strictly convex", "sconvex", True),
    (r"$\left(e^x\right)^2$ is concave", "concave", False)], CV, K, "e^{2x}, f''=4e^{2x}")
F("1 - sqrt(x)", ["x"], ["x >= 0"], [POS], [
    (r"$1 - \sqrt{x}$ is convex on $x \ge 0$", "convex", True),
    (r"$1-\sqrt{x}$ is concave", "concave", False)], CV, K, "f''=x^(-3/2)/4>0")
F("log(sqrt(x))", ["x"], ["x > 0"], [POS], [
    (r"$\log(\sqrt{x})$ is concave", "concave", True),
    (r"$\log \sqrt{x}$ is strictly concave on $x > 0$", "sconcave", True),
    (r"$\log(\sqrt{x})$ is convex", "convex", False)], CV, K, "log x /2")
F("-exp(x)**2", ["x"], [], [R], [
    (r"$-(e^{x})^2$ is concave", "concave", True),
    (r"$-\left(e^{x}\right)^{2}$ is convex", "convex", False)], CV, K, "-e^{2x}")
F("log(exp(x))", ["x"], [], [R], [
    (r"$\log(e^{x})$ is affine", "affine", True),
    (r"$\log(\exp(x))$ is strictly convex", "sconvex", False),
    (r"$\log(e^x)$ is convex", "convex", True)], CV, K, "log(e^x)=x (not DCP, but affine)")
F("-x*log(x)", ["x"], ["x > 0"], [POS], [
    (r"$-x \log x$ is concave on $x > 0$", "concave", True),
    (r"$-x\log(x)$ is strictly concave for $x > 0$", "sconcave", True),
    (r"$-x \ln x$ is convex on $(0, \infty)$", "convex", False)], CV, K, "entr: f''=-1/x")
F("Abs(1 + exp(x))", ["x"], [], [R], [
    (r"$|1 + e^{x}|$ is convex", "convex", True),
    (r"$|1 + e^x|$ is strictly convex", "sconvex", True),
    (r"$|1 + e^x|$ is concave", "concave", False)], CV, K, "=1+e^x")
F("Abs(x*log(x))", ["x"], ["x > 0"], [POS], [
    (r"$|x \log x|$ is convex on $x > 0$", "convex", False),
    (r"$|x \log(x)|$ is concave for $x > 0$", "concave", False),
    (r"$|x\log x|$ is neither convex nor concave on $x > 0$", "neither", True)], CV, K,
  "-x log x on (0,1) (concave), x log x on (1,oo) (convex)")
F("Abs(log(x))", ["x"], ["x > 0"], [POS], [
    (r"$|\log x|$ is convex on $x > 0$", "convex", False)], CV, K, "log x concave for x>1")
F("Abs(log(x))", ["x"], ["x > 0", "x <= 1"], [(0, 1)], [
    (r"$|\log(x)|$ is convex on $(0, 1]$", "convex", True)], CV, K, "=-log x on (0,1]")
F("Abs(x**2)", ["x"], [], [R], [
    (r"$|x^2|$ is convex", "convex", True),
    (r"$\left|x^2\right|$ is strictly convex", "sconvex", True)], CV, K, "=x^2")
F("Abs(x)", ["x"], ["x >= 0"], [POS], [
    (r"$|x|$ is affine on $x \ge 0$", "affine", True),
    (r"$|x|$ is strictly convex on $x \ge 0$", "sconvex", False),
    (r"$|-x|$ is convex for $x \ge 0$", "convex", True)], CV, K, "=x on x>=0")
F("Abs(x)", ["x"], [], [R], [
    (r"$|x|$ is affine", "affine", False),
    (r"$|x|$ is convex", "convex", True),
    (r"$|x|$ is strictly convex", "sconvex", False)], CV, K, "convex, affine on each side")

CJ = "Convex.jl docs/examples (DCP analysis: quad_over_lin(x - y, 1 - max(x, y)))"
F("(x - y)**2/(1 - Max(x, y))", ["x", "y"], ["x < 1", "y < 1"], [(-4, 1), (-4, 1)], [
    (r"$\frac{(x - y)^2}{1 - \max(x, y)}$ is convex on $x < 1, y < 1$", "convex", True),
    (r"$\frac{(x-y)^2}{1-\max(x,y)}$ is concave on $x < 1$, $y < 1$", "concave", False)], CJ, "convexjl-doc",
  "quad_over_lin(u,v) decreasing in v>0, v=1-max concave")

SA = "SymbolicAnalysis.jl test/test.jl (DCP propagation examples)"
K = "symbolicanalysis-test"
F("sqrt(1 + x**2)", ["x"], [], [R], [
    (r"$\sqrt{1 + x^2}$ is convex", "convex", True),
    (r"$\sqrt{1 + x^2}$ is strictly convex", "sconvex", True),
    (r"$\sqrt{1+x^2}$ is concave", "concave", False)], SA, K, "f''=(1+x^2)^(-3/2)")
F("(x - y)**2", ["x", "y"], [], [R, R], [
    (r"$(x - y)^2$ is convex", "convex", True),
    (r"$(x - y)^2$ is strictly convex", "sconvex", False)], SA, K, "constant along (1,1)")
F("sqrt(x - y)", ["x", "y"], ["x > y"], [R, R], [
    (r"$\sqrt{x - y}$ is concave on $x > y$", "concave", True),
    (r"$\sqrt{x - y}$ is strictly concave on $x > y$", "sconcave", False)], SA, K, "constant along (1,1)")
F("exp(exp(x**3))", ["x"], [], [(-3, 1.1)], [
    (r"$e^{e^{x^3}}$ is convex", "convex", False)], SA, K, "f''=f h(9x^4 h+9x^4+6x), h=e^{x^3}; <0 at x=-1/2")
F("exp(exp(x**3))", ["x"], ["x >= 0"], [(0, 1.1)], [
    (r"$\exp(\exp(x^3))$ is convex for $x \ge 0$", "convex", True)], SA, K, "exp(exp(.)) increasing convex of convex x^3")
F("2*Abs(x) - 1", ["x"], [], [R], [
    (r"$2|x| - 1$ is convex", "convex", True),
    (r"$2|x| - 1$ is strictly convex", "sconvex", False)], SA, K, "affine on x>0")
F("Abs(x)**2 + Abs(x)**3", ["x"], [], [R], [
    (r"$|x|^2 + |x|^3$ is strictly convex", "sconvex", True)], SA, K, "x^2 strictly convex plus convex |x|^3")
F("x*log(x)", ["x"], ["x > 0"], [POS], [
    (r"$x \log x$ is convex on $x > 0$", "convex", True),
    (r"$x\log(x)$ is concave on $(0, \infty)$", "concave", False)], SA, K, "f''=1/x")
F("x*log(x/y)", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$x \log\frac{x}{y}$ is convex on $x > 0, y > 0$", "convex", True),
    (r"$x \log \frac{x}{y}$ is strictly convex on $x > 0$, $y > 0$", "sconvex", False),
    (r"$x \log\frac{x}{y}$ is concave on $x > 0, y > 0$", "concave", False)], SA, K,
  "relative entropy: perspective of x log x, homogeneous of degree 1")

# ---------------------------------------------------------------- CVXPY DCP tutorial and atom table
CP = "CVXPY docs (DCP tutorial, functions/atoms table)"
K = "cvxpy-doc"
F("3*x + 2", ["x"], [], [R], [
    (r"$3x + 2$ is affine", "affine", True),
    (r"$3x + 2$ is strictly convex", "sconvex", False),
    (r"$3x + 2$ is concave", "concave", True)], CP, K, "affine")
F("sqrt(x)", ["x"], ["x >= 0"], [POS], [
    (r"$\sqrt{x}$ is concave", "concave", True),
    (r"$\sqrt{x}$ is strictly concave on $x \ge 0$", "sconcave", True)], CP, K, "f''=-x^(-3/2)/4")
F("sqrt(x)", ["x"], ["x >= 1", "x <= 4"], [(1, 4)], [
    (r"$\sqrt{x}$ is convex on $[1, 4]$", "convex", False)], CP, K, "f''<0")
F("-x**2", ["x"], [], [R], [
    (r"$-x^2$ is strictly concave", "sconcave", True),
    (r"$-x^2$ is convex", "convex", False)], CP, K, "f''=-2")
F("sqrt(2 - x**2)", ["x"], ["x**2 <= 2"], [(-1.414, 1.414)], [
    (r"$\sqrt{2 - x^2}$ is concave", "concave", True),
    (r"$\sqrt{2 - x^2}$ is convex", "convex", False)], CP, K, "upper half circle; f''=-2/(2-x^2)^(3/2)")
F("(x**2)**2", ["x"], [], [R], [
    (r"$(x^2)^2$ is strictly convex", "sconvex", True)], CP, K, "x^4")
F("log(exp(x) + exp(y))", ["x", "y"], [], [R, R], [
    (r"$\log(e^x + e^y)$ is convex", "convex", True),
    (r"$\log(e^{x} + e^{y})$ is strictly convex", "sconvex", False),
    (r"$\log(e^x + e^y)$ is concave", "concave", False)], CP, K, "log-sum-exp: affine along (1,1)")
F("x**2/y", ["x", "y"], ["y > 0"], [R, POS], [
    (r"$\frac{x^2}{y}$ is strictly convex on $y > 0$", "sconvex", False),
    (r"$\frac{x^2}{y}$ is concave on $y > 0$", "concave", False)], CP, K, "quad_over_lin: homogeneous degree 1")
F("sqrt(x*y)", ["x", "y"], ["x >= 0", "y >= 0"], [POS, POS], [
    (r"$\sqrt{xy}$ is concave on $x \ge 0, y \ge 0$", "concave", True),
    (r"$\sqrt{xy}$ is convex on $x \ge 0, y \ge 0$", "convex", False)], CP, K, "geo_mean")
F("sqrt(x*y)", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$\sqrt{x y}$ is strictly concave on $x > 0, y > 0$", "sconcave", False)], CP, K, "affine along rays")
F("2*x*y/(x + y)", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$\frac{2xy}{x + y}$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$\frac{2xy}{x+y}$ is convex on $x > 0, y > 0$", "convex", False)], CP, K, "harmonic_mean")
F("x**Rational(3, 2)", ["x"], ["x >= 0"], [POS], [
    (r"$x^{3/2}$ is convex on $x \ge 0$", "convex", True),
    (r"$x^{1.5}$ is concave for $x \ge 0$", "concave", False)], CP, K, "f''=3/(4 sqrt x)")
F("x**Rational(-1, 2)", ["x"], ["x > 0"], [POS], [
    (r"$\frac{1}{\sqrt{x}}$ is convex on $x > 0$", "convex", True),
    (r"$x^{-1/2}$ is strictly convex for $x > 0$", "sconvex", True)], CP, K, "f''=3/4 x^(-5/2)")
F("Abs(x) + Abs(y)", ["x", "y"], [], [R, R], [
    (r"$|x| + |y|$ is convex", "convex", True),
    (r"$|x| + |y|$ is strictly convex", "sconvex", False)], CP, K, "norm1")
F("Max(Abs(x), Abs(y))", ["x", "y"], [], [R, R], [
    (r"$\max(|x|, |y|)$ is convex", "convex", True),
    (r"$\max(|x|, |y|)$ is concave", "concave", False)], CP, K, "norm_inf")
F("sqrt(x**2 + y**2)", ["x", "y"], [], [R, R], [
    (r"$\sqrt{x^2 + y^2}$ is convex", "convex", True),
    (r"$\sqrt{x^2 + y^2}$ is strictly convex", "sconvex", False)], CP, K, "norm2: linear along rays")
F("Max(x, 0)", ["x"], [], [R], [
    (r"$\max(x, 0)$ is convex", "convex", True),
    (r"$\max(x,0)$ is strictly convex", "sconvex", False)], CP, K, "pos")
F("Max(-x, 0)", ["x"], [], [R], [
    (r"$\max(0, -x)$ is convex", "convex", True),
    (r"$\max(0, -x)$ is concave", "concave", False)], CP, K, "neg")
F("x*exp(x)", ["x"], [], [(-8, 3)], [
    (r"$x e^{x}$ is convex", "convex", False)], CP, K, "f''=(x+2)e^x<0 for x<-2")
F("x*exp(x)", ["x"], ["x >= 0"], [(0, 5)], [
    (r"$x e^x$ is convex on $x \ge 0$", "convex", True)], CP, K, "xexp atom: f''=(x+2)e^x")
F("log(1 + exp(x))", ["x"], [], [R], [
    (r"$\log(1 + e^{x})$ is strictly convex", "sconvex", True),
    (r"$\log(1+e^x)$ is concave", "concave", False)], CP, K, "logistic atom")
F("x*log(x/y) - x + y", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$x \log(x/y) - x + y$ is convex on $x > 0$, $y > 0$", "convex", True)], CP, K, "kl_div atom")
F("log(x*z - y**2)", ["x", "y", "z"], ["x > 0", "z > 0", "x*z - y**2 > 0"], [POS, (-10, 10), POS], [
    (r"$\log(xz - y^2)$ is concave on $x > 0$, $z > 0$, $xz - y^2 > 0$", "concave", True),
    (r"$\log(x z - y^2)$ is convex on $x > 0, z > 0, xz > y^2$", "convex", False)], CP, K,
  "log_det of [[x,y],[y,z]]")
F("1/(x*y)", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$\frac{1}{xy}$ is convex on $x > 0, y > 0$", "convex", True),
    (r"$\frac{1}{x y}$ is concave on $x > 0, y > 0$", "concave", False)], CP, K, "inv_prod")
F("2*Max(x, 0) + 3*Max(-x, 0)", ["x"], [], [R], [
    (r"$2\max(x, 0) + 3\max(-x, 0)$ is convex", "convex", True),
    (r"$2\max(x, 0) + 3\max(-x, 0)$ is affine", "affine", False)], CP, K, "scalene")
F("-log(1 - x)", ["x"], ["x < 1"], [(-20, 1)], [
    (r"$-\log(1 - x)$ is convex on $x < 1$", "convex", True),
    (r"$-\log(1-x)$ is strictly convex", "sconvex", True)], CP, K, "f''=1/(1-x)^2")
F("log(1 + x)", ["x"], ["x > -1"], [(-1, 20)], [
    (r"$\log(1 + x)$ is concave", "concave", True),
    (r"$\log(1 + x)$ is convex on $x > -1$", "convex", False)], CP, K, "f''=-1/(1+x)^2")
F("Piecewise((x**2, Abs(x) <= 1), (2*Abs(x) - 1, True))", ["x"], [], [R], [
    (r"$\begin{cases} x^2 & |x| \le 1 \\ 2|x| - 1 & |x| > 1 \end{cases}$ is convex", "convex", True),
    (r"$f(x) = x^2$ for $|x| \le 1$ and $2|x| - 1$ otherwise is strictly convex", "sconvex", False)], CP, K,
  "huber(x, 1): C^1, affine for |x|>1")
F("Max(x**2, 1)", ["x"], [], [R], [
    (r"$\max(x^2, 1)$ is convex", "convex", True),
    (r"$\max(x^2, 1)$ is strictly convex", "sconvex", False)], CP, K, "flat on [-1,1]")
F("Min(x, y)", ["x", "y"], [], [R, R], [
    (r"$\min(x, y)$ is concave", "concave", True),
    (r"$\min(x, y)$ is convex", "convex", False)], CP, K, "min of affine")
F("1/(1 - x)", ["x"], ["x < 1"], [(-20, 1)], [
    (r"$\frac{1}{1 - x}$ is convex on $x < 1$", "convex", True)], CP, K, "f''=2/(1-x)^3")
F("x**2 + 2*x + 1", ["x"], [], [R], [
    (r"$x^2 + 2x + 1$ is strictly convex", "sconvex", True)], CP, K, "f''=2")

# ---------------------------------------------------------------- YALMIP test_isconvex
YA = "YALMIP test_isconvex (isconvex on sdpvar expressions)"
K = "yalmip-test"
F("x + y", ["x", "y"], [], [R, R], [
    (r"$x + y$ is convex", "convex", True),
    (r"$x + y$ is affine", "affine", True)], YA, K, "affine")
F("x + y**2", ["x", "y"], [], [R, R], [
    (r"$x + y^2$ is convex", "convex", True),
    (r"$x + y^2$ is strictly convex", "sconvex", False)], YA, K, "affine in x")
F("exp(x + y)", ["x", "y"], [], [R, R], [
    (r"$e^{x+y}$ is convex", "convex", True),
    (r"$\exp(x + y)$ is strictly convex", "sconvex", False),
    (r"$e^{x + y}$ is concave", "concave", False)], YA, K, "constant along (1,-1)")
F("Max(x, exp(x + y))", ["x", "y"], [], [R, R], [
    (r"$\max(x, e^{x+y})$ is convex", "convex", True),
    (r"$\max(x, e^{x + y})$ is concave", "concave", False)], YA, K, "max of convex")
F("-exp(x + y)", ["x", "y"], [], [R, R], [
    (r"$-e^{x+y}$ is convex", "convex", False),
    (r"$-e^{x + y}$ is concave", "concave", True)], YA, K, "-exp")
F("-Max(x, exp(x + y))", ["x", "y"], [], [R, R], [
    (r"$-\max(x, e^{x+y})$ is convex", "convex", False),
    (r"$-\max(x, e^{x+y})$ is concave", "concave", True)], YA, K, "-max of convex")
F("Max(x, Min(x, -x))", ["x"], [], [R], [
    (r"$\max(x, \min(x, -x))$ is affine", "affine", True),
    (r"$\max(x, \min(x, -x))$ is convex", "convex", True),
    (r"$\max(x, \min(x, -x))$ is strictly convex", "sconvex", False)], YA, K,
  "min(x,-x)=-|x|<=x, so max(x,-|x|)=x (YALMIP answers NaN)")

# ---------------------------------------------------------------- Wolfram FunctionConvexity documentation
MA = "Wolfram Language FunctionConvexity documentation (basic, scope and option examples)"
K = "mathematica-doc"
F("exp(x) + x**2", ["x"], [], [R], [
    (r"$e^x + x^2$ is strictly convex", "sconvex", True),
    (r"$e^{x} + x^{2}$ is concave", "concave", False)], MA, K, "f''=e^x+2")
F("x**3", ["x"], [], [R], [
    (r"$x^3$ is convex", "convex", False),
    (r"$x^3$ is neither convex nor concave", "neither", True)], MA, K, "f''=6x")
F("x**3", ["x"], ["x >= 0"], [POS], [
    (r"$x^3$ is convex on $x \ge 0$", "convex", True)], MA, K, "f''=6x>=0")
F("x**3", ["x"], ["x <= 0"], [NEG], [
    (r"$x^3$ is concave for $x \le 0$", "concave", True)], MA, K, "f''=6x<=0")
F("x**3", ["x"], ["x >= -1", "x <= 1"], [(-1, 1)], [
    (r"$x^3$ is convex on $[-1, 1]$", "convex", False)], MA, K, "f''<0 on [-1,0)")
F("x**2*Abs(x)", ["x"], [], [R], [
    (r"$x^2 |x|$ is strictly convex", "sconvex", True),
    (r"$x^2|x|$ is concave", "concave", False)], MA, K, "|x|^3")
F("x**2 - x*y + y**2", ["x", "y"], [], [R, R], [
    (r"$x^2 - xy + y^2$ is strictly convex", "sconvex", True)], MA, K, "H=[[2,-1],[-1,2]] PD")
F("x*y", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$xy$ is convex on $x > 0, y > 0$", "convex", False),
    (r"$x y$ is concave for $x > 0$ and $y > 0$", "concave", False)], MA, K, "H=[[0,1],[1,0]] indefinite")
F("log(x*y)", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$\log(xy)$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$\log(x y)$ is strictly concave on $x > 0, y > 0$", "sconcave", True),
    (r"$\log(xy)$ is convex on $\mathbb{R}^2_{++}$", "convex", False)], MA, K, "log x+log y")
F("a*x**2", ["x"], [], [R], [
    (r"$a x^2$ is convex in $x$ for $a \ge 0$", "convex", True),
    (r"$a x^2$ is strictly convex in $x$ for $a \ge 0$", "sconvex", False)], MA, K, "f''=2a; a=0 is flat",
  params={"a": ["0", "1/3", "2", "50"]})
F("a*x**2", ["x"], [], [R], [
    (r"$a x^2$ is concave in $x$ for $a \le 0$", "concave", True)], MA, K, "f''=2a",
  params={"a": ["0", "-1/3", "-2"]})
F("sin(x)", ["x"], ["x >= 0", "x <= pi"], [(0, 3.14159)], [
    (r"$\sin(x)$ is concave on $[0, \pi]$", "concave", True),
    (r"$\sin x$ is strictly concave on $[0, \pi]$", "sconcave", True)], MA, K, "f''=-sin x<0 inside")
F("exp(-x**2)", ["x"], [], [R], [
    (r"$e^{-x^2}$ is neither convex nor concave", "neither", True),
    (r"$e^{-x^2}$ is concave", "concave", False)], MA, K, "f''=(4x^2-2)e^{-x^2}")
F("exp(-x**2)", ["x"], ["x >= 1"], [(1, 8)], [
    (r"$e^{-x^2}$ is convex on $x \ge 1$", "convex", True)], MA, K, "4x^2-2>0")
F("1/(1 + x**2)", ["x"], [], [R], [
    (r"$\frac{1}{1 + x^2}$ is convex", "convex", False)], MA, K, "f''=(6x^2-2)/(1+x^2)^3")
F("1/(1 + x**2)", ["x"], ["x >= 1"], [(1, 20)], [
    (r"$\frac{1}{1 + x^2}$ is convex on $x \ge 1$", "convex", True)], MA, K, "6x^2-2>0")
F("x**4 + y**4 - 4*x*y", ["x", "y"], [], [R, R], [
    (r"$x^4 + y^4 - 4xy$ is convex", "convex", False),
    (r"$x^4 + y^4 - 4xy$ is not concave", "notconcave", True)], MA, K, "H(0)=[[0,-4],[-4,0]]")
F("x**2 + y**2 + z**2 - x*y - y*z", ["x", "y", "z"], [], [R, R, R], [
    (r"$x^2 + y^2 + z^2 - xy - yz$ is strictly convex", "sconvex", True)], MA, K,
  "H=[[2,-1,0],[-1,2,-1],[0,-1,2]] PD")
F("(x - y)**2 + (y - z)**2", ["x", "y", "z"], [], [R, R, R], [
    (r"$(x - y)^2 + (y - z)^2$ is convex", "convex", True),
    (r"$(x - y)^2 + (y - z)^2$ is strictly convex", "sconvex", False)], MA, K, "constant along (1,1,1)")

# ---------------------------------------------------------------- textbooks
CE = "Calafiore & El Ghaoui, Optimization Models, ch. 8 (convex functions; modelled examples)"
K = "calafiore"
F("(x - 2*y + 1)**2 + (3*x + y)**2", ["x", "y"], [], [R, R], [
    (r"$(x - 2y + 1)^2 + (3x + y)^2$ is strictly convex", "sconvex", True),
    (r"$(x - 2y + 1)^2 + (3x + y)^2$ is concave", "concave", False)], CE, K, "||Az-b||^2, A rank 2")
F("(x + y - 1)**2", ["x", "y"], [], [R, R], [
    (r"$(x + y - 1)^2$ is convex", "convex", True),
    (r"$(x + y - 1)^2$ is strictly convex", "sconvex", False)], CE, K, "rank-one A")
F("Max(x_1 + x_2, x_1 - x_2, -x_1)", ["x_1", "x_2"], [], [R, R], [
    (r"$\max(x_1 + x_2, x_1 - x_2, -x_1)$ is convex", "convex", True),
    (r"$\max(x_1 + x_2, x_1 - x_2, -x_1)$ is concave", "concave", False)], CE, K, "pointwise max of affine")
F("-log(1 - x) - log(1 + x)", ["x"], ["x > -1", "x < 1"], [(-1, 1)], [
    (r"$-\log(1 - x) - \log(1 + x)$ is strictly convex on $(-1, 1)$", "sconvex", True)], CE, K,
  "log barrier of [-1,1]")
F("-log(4 - x**2 - y**2)", ["x", "y"], ["x**2 + y**2 < 4"], [(-2, 2), (-2, 2)], [
    (r"$-\log(4 - x^2 - y^2)$ is convex on $x^2 + y^2 < 4$", "convex", True),
    (r"$-\log(4 - x^2 - y^2)$ is concave on $x^2 + y^2 < 4$", "concave", False)], CE, K,
  "-log of a concave positive function")
F("x_1**2 + 4*x_1*x_2 + x_2**2", ["x_1", "x_2"], [], [R, R], [
    (r"$x^\top Q x$ is convex where $Q = \begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$", "convex", False),
    (r"$x^\top Q x$ is neither convex nor concave where $Q = \begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$",
     "neither", True)], CE, K, "eigenvalues 3, -1")
F("2*x_1**2 - 2*x_1*x_2 + 2*x_2**2", ["x_1", "x_2"], [], [R, R], [
    (r"$x^\top Q x$ is strictly convex where $Q = \begin{pmatrix} 2 & -1 \\ -1 & 2 \end{pmatrix}$", "sconvex",
     True)], CE, K, "eigenvalues 1, 3")
F("x_1**2 + x_2**2 + x_1*x_2 - x_1", ["x_1", "x_2"], [], [R, R], [
    (r"$f(x_1, x_2) = x_1^2 + x_2^2 + x_1 x_2 - x_1$ is strictly convex", "sconvex", True)], CE, K,
  "H=[[2,1],[1,2]] PD")
F("Abs(x_1) + Abs(x_2)", ["x_1", "x_2"], [], [R, R], [
    (r"$\|x\|_1$ is convex for $x \in \mathbb{R}^2$", "convex", True),
    (r"$\|x\|_1$ is strictly convex for $x \in \mathbb{R}^2$", "sconvex", False)], CE, K, "l1 norm")
F("Max(Abs(x_1), Abs(x_2), Abs(x_3))", ["x_1", "x_2", "x_3"], [], [R, R, R], [
    (r"$\|x\|_\infty$ is convex for $x \in \mathbb{R}^3$", "convex", True)], CE, K, "linf norm")
F("x_1**2 + x_2**2 + x_3**2", ["x_1", "x_2", "x_3"], [], [R, R, R], [
    (r"$\|x\|_2^2$ is strictly convex for $x \in \mathbb{R}^3$", "sconvex", True)], CE, K, "H=2I")
F("log(exp(x_1) + exp(x_2) + exp(x_3))", ["x_1", "x_2", "x_3"], [], [R, R, R], [
    (r"$\log \sum_{i=1}^{3} e^{x_i}$ is convex", "convex", True),
    (r"$\log \sum_{i=1}^{3} e^{x_i}$ is strictly convex", "sconvex", False)], CE, K, "lse, affine along 1")
F("x_1*log(x_1) + x_2*log(x_2) + x_3*log(x_3)", ["x_1", "x_2", "x_3"], ["x_1 > 0", "x_2 > 0", "x_3 > 0"],
  [POS, POS, POS], [
    (r"$\sum_{i=1}^{3} x_i \log x_i$ is strictly convex on $\mathbb{R}^3_{++}$", "sconvex", True)], CE, K,
  "H=diag(1/x_i)")
F("-log(x_1) - log(x_2) - log(x_3)", ["x_1", "x_2", "x_3"], ["x_1 > 0", "x_2 > 0", "x_3 > 0"],
  [POS, POS, POS], [
    (r"$-\sum_{i=1}^{3} \log x_i$ is convex on $\mathbb{R}^3_{++}$", "convex", True)], CE, K, "H=diag(1/x_i^2)")

BU = "Bubeck, Convex Optimization: Algorithms and Complexity (losses and examples; modelled)"
K = "bubeck"
F("Max(0, 1 - x)", ["x"], [], [R], [
    (r"The hinge loss $\max(0, 1 - x)$ is convex", "convex", True),
    (r"$\max(0, 1 - x)$ is strictly convex", "sconvex", False)], BU, K, "max of affine")
F("Max(0, 1 - x)**2", ["x"], [], [R], [
    (r"$\max(0, 1 - x)^2$ is convex", "convex", True),
    (r"$\max(0, 1-x)^2$ is strictly convex", "sconvex", False)], BU, K, "squared hinge: 0 for x>=1")
F("x**2/2", ["x"], [], [R], [
    (r"$\frac{1}{2}x^2$ is strictly convex", "sconvex", True)], BU, K, "f''=1")
F("log(1 + exp(-x))", ["x"], [], [R], [
    (r"The logistic loss $\log(1 + e^{-x})$ is strictly convex", "sconvex", True),
    (r"$\log(1 + e^{-x})$ is concave", "concave", False)], BU, K, "f''=sigma(x)(1-sigma(x))")
F("x*log(x) + (1 - x)*log(1 - x)", ["x"], ["x > 0", "x < 1"], [(0, 1)], [
    (r"$x \log x + (1 - x)\log(1 - x)$ is strictly convex on $(0, 1)$", "sconvex", True),
    (r"$x\log x + (1-x)\log(1-x)$ is concave on $(0, 1)$", "concave", False)], BU, K, "f''=1/x+1/(1-x)")
F("log(cosh(x))", ["x"], [], [R], [
    (r"$\log(\cosh(x))$ is strictly convex", "sconvex", True),
    (r"$\log \cosh x$ is convex", "convex", True)], BU, K, "f''=sech^2 x")

NE = "Nesterov, Introductory Lectures on Convex Optimization, ch. 2-4 (examples; modelled)"
K = "nesterov"
F("x**2/(1 - Abs(x))", ["x"], ["x > -1", "x < 1"], [(-1, 1)], [
    (r"$\frac{x^2}{1 - |x|}$ is convex on $(-1, 1)$", "convex", True),
    (r"$\frac{x^2}{1 - |x|}$ is strictly convex on $(-1, 1)$", "sconvex", True)], NE, K,
  "even, f''=2/(1-x)^3 on [0,1), f'(0)=0")
F("exp(x) + exp(-x)", ["x"], [], [R], [
    (r"$e^{x} + e^{-x}$ is strictly convex", "sconvex", True),
    (r"$e^x + e^{-x}$ is concave", "concave", False)], NE, K, "2cosh")
F("-log(x)", ["x"], ["x > 0"], [POS], [
    (r"$-\ln x$ is convex on $x > 0$", "convex", True)], NE, K, "f''=1/x^2")
F("Abs(x)**Rational(3, 2)", ["x"], [], [R], [
    (r"$|x|^{3/2}$ is convex", "convex", True),
    (r"$|x|^{3/2}$ is strictly convex", "sconvex", True)], NE, K, "|x|^p, p>1")
F("exp(x + 1) + exp(2*y - 1)", ["x", "y"], [], [R, R], [
    (r"$e^{x + 1} + e^{2y - 1}$ is strictly convex", "sconvex", True)], NE, K, "H diagonal positive")
F("exp(x + y) + exp(x - y)", ["x", "y"], [], [R, R], [
    (r"$e^{x+y} + e^{x-y}$ is strictly convex", "sconvex", True),
    (r"$e^{x + y} + e^{x - y}$ is concave", "concave", False)], NE, K, "det H=4e^{2x}>0")

BE = "Beck, Introduction to Nonlinear Optimization, ch. 7 (convex functions; modelled exercises)"
K = "beck"
F("x**4 - 2*x**2", ["x"], [], [R], [
    (r"$x^4 - 2x^2$ is convex", "convex", False),
    (r"$x^4 - 2x^2$ is neither convex nor concave", "neither", True)], BE, K, "f''=12x^2-4")
F("-log(x*y)", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$-\ln(x_1 x_2)$ is convex over $\mathbb{R}^2_{++}$", "convex", True)], BE, K, "-log x1 - log x2")
F("-log(x_1*x_2)", ["x_1", "x_2"], ["x_1 > 0", "x_2 > 0"], [POS, POS], [
    (r"$f(x_1, x_2) = -\log(x_1 x_2)$ is strictly convex over $\mathbb{R}^2_{++}$", "sconvex", True)], BE, K,
  "H=diag(1/x1^2, 1/x2^2)")
F("exp(x**2 + y**2)", ["x", "y"], [], [R, R], [
    (r"$e^{x^2 + y^2}$ is strictly convex", "sconvex", True)], BE, K, "exp of strictly convex, increasing")
F("x**2*y**2", ["x", "y"], [], [R, R], [
    (r"$x^2 y^2$ is convex", "convex", False)], BE, K, "H(1,-1) has det<0")
F("x_1**2 + 2*x_1*x_2 + 2*x_2**2 - 4*x_1", ["x_1", "x_2"], [], [R, R], [
    (r"$x_1^2 + 2x_1x_2 + 2x_2^2 - 4x_1$ is strictly convex", "sconvex", True)], BE, K, "H=[[2,2],[2,4]] PD")
F("x/y", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$\frac{x}{y}$ is convex on $x > 0, y > 0$", "convex", False),
    (r"$\frac{x}{y}$ is concave on $x > 0, y > 0$", "concave", False)], BE, K, "det H=-1/y^4")
F("(x**2 + y**2)/y", ["x", "y"], ["y > 0"], [R, POS], [
    (r"$\frac{x^2 + y^2}{y}$ is convex on $y > 0$", "convex", True),
    (r"$\frac{x^2 + y^2}{y}$ is strictly convex on $y > 0$", "sconvex", False)], BE, K,
  "x^2/y + y, homogeneous of degree 1")
F("x**Rational(1, 3)*y**Rational(2, 3)", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$x^{1/3} y^{2/3}$ is concave on $\mathbb{R}^2_{++}$", "concave", True),
    (r"$x^{1/3} y^{2/3}$ is convex on $\mathbb{R}^2_{++}$", "convex", False)], BE, K,
  "Cobb-Douglas with exponents summing to 1")
F("x**Rational(2, 3)*y**Rational(2, 3)", ["x", "y"], ["x > 0", "y > 0"], [POS, POS], [
    (r"$x^{2/3} y^{2/3}$ is concave on $\mathbb{R}^2_{++}$", "concave", False)], BE, K,
  "t^(4/3) along the diagonal")
F("sqrt(x**2 + y**2 + 1)", ["x", "y"], [], [R, R], [
    (r"$\sqrt{x^2 + y^2 + 1}$ is strictly convex", "sconvex", True)], BE, K, "H PD everywhere")
F("exp(x*y)", ["x", "y"], [], [R, R], [
    (r"$e^{xy}$ is convex", "convex", False),
    (r"$e^{x y}$ is concave", "concave", False)], BE, K, "H(0)=[[0,1],[1,0]]")
F("x**2 + 4*x*y + y**2", ["x", "y"], [], [R, R], [
    (r"$x^2 + 4xy + y^2$ is neither convex nor concave", "neither", True)], BE, K, "eigenvalues 6,-2")
F("2*x**2 + 2*x*y + y**2 - 2*x", ["x", "y"], [], [R, R], [
    (r"$2x^2 + 2xy + y^2 - 2x$ is strictly convex", "sconvex", True)], BE, K, "H=[[4,2],[2,2]] PD")

GO = "Goodfellow, Bengio & Courville, Deep Learning, ch. 3, 6 (softplus, sigmoid, ReLU; modelled)"
K = "goodfellow"
F("log(1 + exp(x))", ["x"], [], [R], [
    (r"$\operatorname{softplus}(x)$ is convex", "convex", True),
    (r"$\zeta(x) = \log(1 + \exp(x))$ is strictly convex", "sconvex", True)], GO, K, "softplus")
F("1/(1 + exp(-x))", ["x"], [], [R], [
    (r"$\sigma(x)$ is convex", "convex", False),
    (r"$\sigma(x) = \frac{1}{1 + e^{-x}}$ is neither convex nor concave", "neither", True)], GO, K,
  "sigma''=sigma(1-sigma)(1-2sigma)")
F("1/(1 + exp(-x))", ["x"], ["x >= 0"], [POS], [
    (r"$\sigma(x)$ is concave on $x \ge 0$", "concave", True)], GO, K, "1-2sigma<=0")
F("1/(1 + exp(-x))", ["x"], ["x <= 0"], [NEG], [
    (r"$\sigma(x)$ is convex on $x \le 0$", "convex", True)], GO, K, "1-2sigma>=0")
F("Max(0, x)", ["x"], [], [R], [
    (r"$\operatorname{ReLU}(x)$ is convex", "convex", True),
    (r"$\mathrm{ReLU}(x)$ is concave", "concave", False)], GO, K, "max of affine")
F("log(1/(1 + exp(-x)))", ["x"], [], [R], [
    (r"$\log \sigma(x)$ is concave", "concave", True),
    (r"$\log\sigma(x)$ is strictly concave", "sconcave", True)], GO, K, "=-softplus(-x)")
F("tanh(x)", ["x"], ["x >= 0"], [POS], [
    (r"$\tanh(x)$ is concave on $x \ge 0$", "concave", True)], GO, K, "tanh''=-2 tanh sech^2")
F("tanh(x)", ["x"], [], [R], [
    (r"$\tanh x$ is neither convex nor concave", "neither", True)], GO, K, "odd, concave on x>0")
F("log(exp(z_1) + exp(z_2) + exp(z_3)) - z_1", ["z_1", "z_2", "z_3"], [], [R, R, R], [
    (r"$\log(e^{z_1} + e^{z_2} + e^{z_3}) - z_1$ is convex", "convex", True),
    (r"$\log(e^{z_1} + e^{z_2} + e^{z_3}) - z_1$ is strictly convex", "sconvex", False)], GO, K,
  "softmax cross-entropy: lse minus linear, affine along 1")
F("(w_1*w_2 - 1)**2", ["w_1", "w_2"], [], [R, R], [
    (r"$(w_1 w_2 - 1)^2$ is not convex", "notconvex", True),
    (r"$(w_1 w_2 - 1)^2$ is convex", "convex", False)], GO, K, "H(0)=[[0,-2],[-2,0]]")
F("(w - 1)**2 + (2*w - 3)**2", ["w"], [], [R], [
    (r"$(w - 1)^2 + (2w - 3)^2$ is strictly convex in $w$", "sconvex", True)], GO, K, "f''=10")
F("(1 - w_2*Max(0, w_1))**2", ["w_1", "w_2"], [], [R, R], [
    (r"$(1 - w_2 \max(0, w_1))^2$ is convex in $w_1, w_2$", "convex", False)], GO, K,
  "on w_1>0 it is (1-w_1w_2)^2")
F("(w_1 + w_2 - 1)**2 + lam*(w_1**2 + w_2**2)", ["w_1", "w_2"], [], [R, R], [
    (r"$(w_1 + w_2 - 1)^2 + \lambda (w_1^2 + w_2^2)$ is strictly convex in $w_1, w_2$ for $\lambda > 0$",
     "sconvex", True)], GO, K, "H=2[[1+l,1],[1,1+l]], det=4l(l+2)>0",
  params={"lam": ["1/100", "1", "7"]})
F("(w_1 + w_2 - 1)**2 + lam*(w_1**2 + w_2**2)", ["w_1", "w_2"], [], [R, R], [
    (r"$(w_1 + w_2 - 1)^2 + \lambda (w_1^2 + w_2^2)$ is strictly convex in $w_1, w_2$ for $\lambda \ge 0$",
     "sconvex", False)], GO, K, "lambda=0: constant along (1,-1)", params={"lam": ["0", "1"]})
F("lam*Abs(w) + (w - 3)**2", ["w"], [], [R], [
    (r"$\lambda |w| + (w - 3)^2$ is strictly convex in $w$ for $\lambda \ge 0$", "sconvex", True)], GO, K,
  "strictly convex plus convex", params={"lam": ["0", "1/2", "4"]})
F("Max(x, x/10)", ["x"], [], [R], [
    (r"$\max(x, \frac{x}{10})$ is convex", "convex", True),
    (r"$\max(0.1x, x)$ is concave", "concave", False)], GO, K, "leaky ReLU")
F("Max(0, x)**2", ["x"], [], [R], [
    (r"$\rho(x)^2$ is convex where $\rho(z) = \max\{0, z\}$", "convex", True),
    (r"$\rho(x)^2$ is strictly convex where $\rho(z) = \max\{0, z\}$", "sconvex", False)], GO, K,
  "0 on x<=0")
F("Max(0, 1 - x) + Max(0, x - 1)", ["x"], [], [R], [
    (r"$\rho(1 - x) + \rho(x - 1)$ is affine where $\rho(z) = \max(0, z)$", "affine", False),
    (r"$\rho(1 - x) + \rho(x - 1)$ is convex where $\rho(z) = \max(0, z)$", "convex", True)], GO, K, "=|x-1|")
F("x/(1 + exp(-x))", ["x"], [], [(-12, 4)], [
    (r"$x \sigma(x)$ is convex", "convex", False),
    (r"$\frac{x}{1 + e^{-x}}$ is concave", "concave", False)], GO, K,
  "swish: f->0 from below as x->-oo, min near -1.28")

BI = "Bishop, Pattern Recognition and Machine Learning, ch. 2-4 (likelihoods; modelled)"
K = "bishop"
F("-(x - mu)**2/2", ["mu"], [], [R], [
    (r"$-\frac{(x - \mu)^2}{2}$ is concave in $\mu$ for fixed $x$", "concave", True)], BI, K, "d2/dmu2=-1",
  params={"x": ["-2", "0", "3/2"]})
F("-log(s) - 1/(2*s**2)", ["s"], ["s > 0"], [(0, 10)], [
    (r"$-\log s - \frac{1}{2 s^2}$ is concave on $s > 0$", "concave", False)], BI, K,
  "f''=1/s^2-3/s^4, >0 for s>sqrt3")
F("-log(s) - 1/(2*s**2)", ["s"], ["s > 0", "s <= 1"], [(0, 1)], [
    (r"$-\log s - \frac{1}{2 s^2}$ is concave for $0 < s \le 1$", "concave", True)], BI, K, "s^2<=3")
F("log(beta)/2 - 3*beta/2", ["beta"], ["beta > 0"], [POS], [
    (r"$\frac{1}{2}\log\beta - \frac{3}{2}\beta$ is concave on $\beta > 0$", "concave", True),
    (r"$\frac{1}{2}\log \beta - \frac{3}{2}\beta$ is strictly concave on $\beta > 0$", "sconcave", True)], BI, K,
  "f''=-1/(2 beta^2)")
F("log(1 + exp(-w)) + log(1 + exp(2*w))", ["w"], [], [R], [
    (r"$\log(1 + e^{-w}) + \log(1 + e^{2w})$ is convex in $w$", "convex", True)], BI, K, "sum of softplus")
F("log(1 + exp(-(w_1 + 2*w_2))) + log(1 + exp(w_1 - w_2))", ["w_1", "w_2"], [], [R, R], [
    (r"$\log(1 + e^{-(w_1 + 2w_2)}) + \log(1 + e^{w_1 - w_2})$ is strictly convex in $w_1, w_2$", "sconvex",
     True)], BI, K, "two independent directions (1,2), (1,-1)")

MU = "Murphy, Machine Learning: A Probabilistic Perspective / PML, ch. 8-9 (exp. families, losses; modelled)"
K = "murphy"
F("exp(eta) - 3*eta", ["eta"], [], [R], [
    (r"$e^{\eta} - 3\eta$ is strictly convex in $\eta$", "sconvex", True)], MU, K, "Poisson NLL")
F("log(1 + exp(eta))", ["eta"], [], [R], [
    (r"$\log(1 + e^{\eta})$ is concave in $\eta$", "concave", False)], MU, K, "Bernoulli log-partition")
F("-eta_1**2/(4*eta_2) - log(-2*eta_2)/2", ["eta_1", "eta_2"], ["eta_2 < 0"], [R, (-20, 0)], [
    (r"$-\frac{\eta_1^2}{4\eta_2} - \frac{1}{2}\log(-2\eta_2)$ is convex on $\eta_2 < 0$", "convex", True),
    (r"$-\frac{\eta_1^2}{4\eta_2} - \frac{1}{2}\log(-2\eta_2)$ is strictly convex on $\eta_2 < 0$", "sconvex",
     True)], MU, K, "Gaussian log-partition: quad-over-lin plus -log, PD")
F("Abs(w_1) + Abs(w_2) + (w_1 - 1)**2", ["w_1", "w_2"], [], [R, R], [
    (r"$|w_1| + |w_2| + (w_1 - 1)^2$ is strictly convex", "sconvex", False),
    (r"$|w_1| + |w_2| + (w_1 - 1)^2$ is convex", "convex", True)], MU, K, "affine in w_2 for w_2>0")
F("-p*log(p) - (1 - p)*log(1 - p)", ["p"], ["p > 0", "p < 1"], [(0, 1)], [
    (r"$-p\log p - (1-p)\log(1-p)$ is strictly concave in $p$ on $0 < p < 1$", "sconcave", True)], MU, K,
  "binary entropy: f''=-1/(p(1-p))")
F("3*log(theta) + 2*log(1 - theta)", ["theta"], ["theta > 0", "theta < 1"], [(0, 1)], [
    (r"$3\log\theta + 2\log(1 - \theta)$ is concave on $0 < \theta < 1$", "concave", True)], MU, K,
  "Bernoulli log-likelihood")

# ---------------------------------------------------------------- calculus concavity exercises: interval ends
ST = "Calculus concavity/inflection exercises (Stewart sec. 4.3 style; interval ends near inflection points)"
K = "inflection-interval"
F("sin(x)", ["x"], ["x >= 0", "x <= 3"], [(0, 3)], [
    (r"$\sin x$ is concave on $[0, 3]$", "concave", True)], ST, K, "3<pi")
F("sin(x)", ["x"], ["x >= 0", "x <= 4"], [(0, 4)], [
    (r"$\sin x$ is concave on $[0, 4]$", "concave", False)], ST, K, "4>pi: sin''=-sin 4>0")
F("cos(x)", ["x"], ["x >= -1.5", "x <= 1.5"], [(-1.5, 1.5)], [
    (r"$\cos x$ is concave on $[-1.5, 1.5]$", "concave", True)], ST, K, "1.5<pi/2")
F("cos(x)", ["x"], ["x >= -1.6", "x <= 1.6"], [(-1.6, 1.6)], [
    (r"$\cos x$ is concave on $[-1.6, 1.6]$", "concave", False)], ST, K, "1.6>pi/2")
F("cos(x)", ["x"], ["x >= pi/2", "x <= 3*pi/2"], [(1.5708, 4.7123)], [
    (r"$\cos x$ is convex on $[\frac{\pi}{2}, \frac{3\pi}{2}]$", "convex", True)], ST, K, "cos<=0 there")
F("tan(x)", ["x"], ["x >= 0", "x <= 1.5"], [(0, 1.5)], [
    (r"$\tan x$ is convex on $[0, 1.5]$", "convex", True)], ST, K, "1.5<pi/2")
F("exp(-x**2)", ["x"], ["x >= -0.7", "x <= 0.7"], [(-0.7, 0.7)], [
    (r"$e^{-x^2}$ is concave on $[-0.7, 0.7]$", "concave", True)], ST, K, "0.7<1/sqrt2")
F("exp(-x**2)", ["x"], ["x >= -0.71", "x <= 0.71"], [(-0.71, 0.71)], [
    (r"$e^{-x^2}$ is concave on $[-0.71, 0.71]$", "concave", False)], ST, K, "0.71>1/sqrt2=0.70711")
F("1/(1 + x**2)", ["x"], ["x >= -0.57", "x <= 0.57"], [(-0.57, 0.57)], [
    (r"$\frac{1}{1 + x^2}$ is concave on $[-0.57, 0.57]$", "concave", True)], ST, K, "0.57<1/sqrt3")
F("1/(1 + x**2)", ["x"], ["x >= -0.58", "x <= 0.58"], [(-0.58, 0.58)], [
    (r"$\frac{1}{1 + x^2}$ is concave on $[-0.58, 0.58]$", "concave", False)], ST, K, "0.58>1/sqrt3=0.57735")
F("x**4 - 6*x**2", ["x"], ["x >= 1"], [(1, 10)], [
    (r"$x^4 - 6x^2$ is convex on $x \ge 1$", "convex", True)], ST, K, "f''=12x^2-12")
F("x**4 - 6*x**2", ["x"], ["x >= 0.99"], [(0.99, 10)], [
    (r"$x^4 - 6x^2$ is convex on $x \ge 0.99$", "convex", False)], ST, K, "f''(0.99)<0")
F("log(1 + x**2)", ["x"], ["x >= -1", "x <= 1"], [(-1, 1)], [
    (r"$\log(1 + x^2)$ is convex on $[-1, 1]$", "convex", True)], ST, K, "f''=2(1-x^2)/(1+x^2)^2")
F("log(1 + x**2)", ["x"], ["x >= -1.01", "x <= 1.01"], [(-1.01, 1.01)], [
    (r"$\log(1 + x^2)$ is convex on $[-1.01, 1.01]$", "convex", False)], ST, K, "f''<0 for |x|>1")
F("log(1 + x**2)", ["x"], [], [R], [
    (r"$\log(1 + x^2)$ is neither convex nor concave", "neither", True)], ST, K, "f'' changes sign at +-1")
F("x*exp(x)", ["x"], ["x >= -2"], [(-2, 4)], [
    (r"$x e^x$ is convex on $x \ge -2$", "convex", True)], ST, K, "f''=(x+2)e^x")
F("x*exp(x)", ["x"], ["x >= -2.01"], [(-2.01, 4)], [
    (r"$x e^x$ is convex on $x \ge -2.01$", "convex", False)], ST, K, "f''(-2.01)<0")
F("x*exp(-x)", ["x"], ["x <= 2"], [(-6, 2)], [
    (r"$x e^{-x}$ is concave on $x \le 2$", "concave", True)], ST, K, "f''=(x-2)e^{-x}")
F("x*exp(-x)", ["x"], ["x >= 0", "x <= 2.5"], [(0, 2.5)], [
    (r"$x e^{-x}$ is concave on $[0, 2.5]$", "concave", False)], ST, K, "f''>0 for x>2")
F("1/(1 + exp(-x))", ["x"], ["x <= 0.1"], [(-20, 0.1)], [
    (r"$\sigma(x)$ is convex on $x \le 0.1$", "convex", False)], ST, K, "sigma''<0 for x>0")
F("tanh(x)", ["x"], ["x >= -0.1"], [(-0.1, 20)], [
    (r"$\tanh(x)$ is concave for $x \ge -0.1$", "concave", False)], ST, K, "tanh''>0 for x<0")
F("x**3 + y**3", ["x", "y"], ["x >= 0", "y >= 0"], [POS, POS], [
    (r"$x^3 + y^3$ is convex on $x \ge 0, y \ge 0$", "convex", True)], ST, K, "H=diag(6x,6y)")
F("x**3 + y**3", ["x", "y"], ["x >= -1", "y >= 0"], [(-1, 10), POS], [
    (r"$x^3 + y^3$ is convex on $x \ge -1$, $y \ge 0$", "convex", False)], ST, K, "6x<0 for x<0")
F("x**3 - 3*x", ["x"], ["x >= 0", "x <= 2"], [(0, 2)], [
    (r"$x^3 - 3x$ is convex on $[0, 2]$", "convex", True)], ST, K, "f''=6x")
F("x**3 - 3*x", ["x"], ["x >= -1", "x <= 2"], [(-1, 2)], [
    (r"$x^3 - 3x$ is convex on $[-1, 2]$", "convex", False)], ST, K, "f''<0 on [-1,0)")
F("x**5 - 5*x**4", ["x"], ["x <= 3"], [(-5, 3)], [
    (r"$x^5 - 5x^4$ is concave on $x \le 3$", "concave", True)], ST, K, "f''=20x^2(x-3)")
F("x**5 - 5*x**4", ["x"], ["x >= 2.9"], [(2.9, 8)], [
    (r"$x^5 - 5x^4$ is convex on $x \ge 2.9$", "convex", False)], ST, K, "f''<0 on [2.9,3)")
F("log(x)/x", ["x"], ["x >= 4.5"], [(4.5, 60)], [
    (r"$\frac{\ln x}{x}$ is convex on $x \ge 4.5$", "convex", True)], ST, K, "f''=(2ln x-3)/x^3, e^1.5=4.4817")
F("log(x)/x", ["x"], ["x >= 4.48"], [(4.48, 60)], [
    (r"$\frac{\ln x}{x}$ is convex on $x \ge 4.48$", "convex", False)], ST, K, "4.48<e^1.5")
F("x**2*log(x)", ["x"], ["x >= 0.23"], [(0.23, 10)], [
    (r"$x^2 \ln x$ is convex on $x \ge 0.23$", "convex", True)], ST, K, "f''=2ln x+3, e^-1.5=0.22313")
F("x**2*log(x)", ["x"], ["x >= 0.22"], [(0.22, 10)], [
    (r"$x^2 \ln x$ is convex on $x \ge 0.22$", "convex", False)], ST, K, "0.22<e^-1.5")
F("atan(x)", ["x"], ["x >= 0"], [POS], [
    (r"$\arctan x$ is concave on $x \ge 0$", "concave", True)], ST, K, "f''=-2x/(1+x^2)^2")
F("atan(x)", ["x"], [], [R], [
    (r"$\arctan(x)$ is convex", "convex", False)], ST, K, "f''>0 for x<0... <0 for x>0")
F("x**Rational(1, 3)", ["x"], ["x >= 0"], [POS], [
    (r"$x^{1/3}$ is concave on $x \ge 0$", "concave", True)], ST, K, "f''=-2/9 x^(-5/3)")
F("loggamma(x)", ["x"], ["x > 0"], [(0, 20)], [
    (r"$\ln\Gamma(x)$ is convex on $x > 0$", "convex", True)], ST, K, "psi'(x)>0 (Bohr-Mollerup)")
F("gamma(x)", ["x"], ["x > 0"], [(0, 8)], [
    (r"$\Gamma(x)$ is concave on $x > 0$", "concave", False)], ST, K, "Gamma''>0")
F("erf(x)", ["x"], ["x >= 0"], [POS], [
    (r"$\operatorname{erf}(x)$ is concave on $x \ge 0$", "concave", True)], ST, K, "erf''=-4x e^{-x^2}/sqrt(pi)")
F("erf(x)", ["x"], ["x >= -1"], [(-1, 6)], [
    (r"$\operatorname{erf}(x)$ is convex on $x \ge -1$", "convex", False)], ST, K, "erf''<0 for x>0")
F("cosh(x)", ["x"], [], [R], [
    (r"$\cosh(x)$ is convex", "convex", True)], ST, K, "cosh''=cosh>0")
F("sinh(x)", ["x"], [], [R], [
    (r"$\sinh x$ is convex", "convex", False)], ST, K, "sinh''=sinh<0 for x<0")
F("sinh(x)", ["x"], ["x >= 0"], [POS], [
    (r"$\sinh x$ is convex on $x \ge 0$", "convex", True)], ST, K, "sinh>=0")
F("sqrt(Abs(x))", ["x"], [], [R], [
    (r"$\sqrt{|x|}$ is convex", "convex", False),
    (r"$\sqrt{|x|}$ is concave", "concave", False)], ST, K, "cusp at 0; concave on x>0")

# ---------------------------------------------------------------- parametric families (power functions, ...)
PA = "Boyd & Vandenberghe sec. 3.1.5 / Wolfram FunctionConvexity symbolic-parameter examples (parametric)"
K = "parametric"
F("x**p", ["x"], ["x > 0"], [POS], [
    (r"$x^p$ is convex on $x > 0$ for $p \ge 1$", "convex", True)], PA, K, "p(p-1)x^(p-2)>=0",
  params={"p": ["1", "3/2", "2", "7"]})
F("x**p", ["x"], ["x > 0"], [POS], [
    (r"$x^p$ is convex on $x > 0$ for $p \le 0$", "convex", True)], PA, K, "p(p-1)>=0 for p<=0",
  params={"p": ["0", "-1/2", "-3"]})
F("x**p", ["x"], ["x > 0"], [POS], [
    (r"$x^p$ is concave on $x > 0$ for $0 \le p \le 1$", "concave", True)], PA, K, "p(p-1)<=0",
  params={"p": ["0", "1/3", "1/2", "1"]})
F("x**p", ["x"], ["x > 0"], [POS], [
    (r"$x^p$ is convex on $x > 0$ for $p \ge 0$", "convex", False)], PA, K, "p=1/2 is concave",
  params={"p": ["1/2", "2"]})
F("exp(a*x)", ["x"], [], [R], [
    (r"$e^{a x}$ is convex in $x$", "convex", True)], PA, K, "a^2 e^{ax}>=0 for every a",
  params={"a": ["-2", "0", "1/2", "3"]})
F("exp(a*x)", ["x"], [], [R], [
    (r"$e^{ax}$ is strictly convex in $x$", "sconvex", False)], PA, K, "a=0: constant",
  params={"a": ["0", "1"]})
F("a*x**2 + b*x + c", ["x"], [], [R], [
    (r"$a x^2 + b x + c$ is convex in $x$ for $a > 0$", "convex", True)], PA, K, "f''=2a",
  params={"a": ["1/10", "3"], "b": ["-2", "5"], "c": ["0", "-1"]})
F("Abs(x - c)", ["x"], [], [R], [
    (r"$|x - c|$ is convex in $x$", "convex", True)], PA, K, "translate of |x|", params={"c": ["-2", "0", "7/3"]})
F("c/x", ["x"], ["x > 0"], [POS], [
    (r"$\frac{c}{x}$ is convex on $x > 0$ for $c \ge 0$", "convex", True)], PA, K, "2c/x^3>=0",
  params={"c": ["0", "1", "5/2"]})
F("c/x", ["x"], ["x > 0"], [POS], [
    (r"$\frac{c}{x}$ is strictly convex on $x > 0$ for $c \ge 0$", "sconvex", False)], PA, K, "c=0: zero",
  params={"c": ["0", "1"]})
F("x**2 + c*x*y + y**2", ["x", "y"], [], [R, R], [
    (r"$x^2 + c x y + y^2$ is convex in $x, y$ for $-2 \le c \le 2$", "convex", True)], PA, K,
  "H=[[2,c],[c,2]], det=4-c^2>=0", params={"c": ["-2", "0", "1", "2"]})
F("x**2 + c*x*y + y**2", ["x", "y"], [], [R, R], [
    (r"$x^2 + c x y + y^2$ is strictly convex in $x, y$ for $-2 \le c \le 2$", "sconvex", False)], PA, K,
  "c=2: (x+y)^2", params={"c": ["2", "0"]})

# ---------------------------------------------------------------- definitions ("where")
DF = "Textbook definitions-with-where phrasing (Boyd-style examples; modelled)"
K = "definitions"
F("2*x**2 - 1", ["x"], [], [R], [
    (r"$f(x) = a x^2 + b$ is convex where $a = 2$ and $b = -1$", "convex", True)], DF, K, "2x^2-1")
F("-2*x**2 + 1", ["x"], [], [R], [
    (r"$f(x) = a x^2 + b$ is convex where $a = -2$, $b = 1$", "convex", False)], DF, K, "-2x^2+1")
F("log(1 + exp(2*x - 1))", ["x"], [], [R], [
    (r"$g(x) = \ell(2x - 1)$ is convex where $\ell(t) = \log(1 + e^{t})$", "convex", True)], DF, K,
  "softplus of affine")
F("exp(w) + exp(-w)", ["w"], [], [R], [
    (r"$h(w) = \phi(w) + \phi(-w)$ is strictly convex where $\phi(t) = e^{t}$", "sconvex", True)], DF, K, "2cosh")
