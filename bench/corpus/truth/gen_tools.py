r"""Generate bench/corpus/tools.jsonl and bench/corpus/everyday.jsonl (session 6, the blind red team).

tools.jsonl: curvature facts as other tools' test suites and documentation state them, turned into claims: CVXPY's
atom tests and DCP documentation (huber, logistic, log_sum_exp, kl_div, rel_entr, entr, inv_pos, quad_over_lin,
geo_mean, harmonic_mean, pnorm, sum_squares, power(x, p), sqrt, exp, log1p, xexp, ...), SymPy's `is_convex` tests
(sympy/calculus/tests/test_util.py), Mathematica's FunctionConvexity examples, Convex.jl / the DCP analyzer
(dcp.stanford.edu), and calculus "concave up on" exercises.

everyday.jsonl: the same kind of facts typed the way people paste them into a terminal or a Q&A post: plain text
without $, unicode (√ ² ≤ ∈ ℝ), Python syntax (x**2, np.exp(x)), questions, "prove that", named functions without a
backslash (sin, cos, sinh, log, ln, exp, abs, max, min, sqrt, tanh, sigmoid, softplus, relu).

Each subject is a function (SymPy syntax, written here independently of the claim's text), its variables, its domain
and the facts that hold (C convex, V concave, SC strictly convex, SV strictly concave; with logof, facts of log f).
Every expected answer is derived from those facts (lib.PROPS), never typed by hand; the facts are re-derived by
verify_tools.py (exact refutation witnesses, exact affine segments, exact symbolic Hessians at random points).

    python bench/corpus/truth/gen_tools.py        # writes the two corpora and spec_tools.jsonl, spec_everyday.jsonl
    python bench/corpus/truth/verify_tools.py     # re-derives every answer; --selftest plants wrong ones
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import Gen  # noqa: E402

TOOLS, EVERYDAY = Gen(606), Gen(607)


def _add(G, kind, tpl, expr, vars, props, fx, why, **kw):
    """One subject, one phrasing; one claim per property (a leading "!" negates: "<is>" becomes "is not")."""
    if "<is>" not in tpl:
        assert not any(p.startswith("!") for p in props), tpl
    assert "<prop>" in tpl, tpl
    G.add(kind, expr, vars, props, fx, why, tpl=tpl, **kw)


def T(*a, **kw):
    _add(TOOLS, *a, **kw)


def E(*a, **kw):
    _add(EVERYDAY, *a, **kw)


POS = {"x": [0, 5]}
NEG = {"x": [-5, 0]}
POS2 = {"x": [0, 5], "y": [0, 5]}
POS3 = {"x": [0, 4], "y": [0, 4], "z": [0, 4]}
Q2 = ["x>0", "y>0"]
Q3 = ["x>0", "y>0", "z>0"]

# =============================== tools.jsonl ===============================
# ---------------- CVXPY atoms (docs' curvature column, tests/test_atoms.py) ----------------
K = "cvxpy-atom"
T(K, r"CVXPY's logistic atom $\log(1 + e^{x})$ <is> <prop>", "log(1+exp(x))", "x",
  ["convex", "strictly convex", "concave"], "C SC", "logistic''=e^x/(1+e^x)^2>0")
T(K, r"$\operatorname{logistic}(x) = \log(1 + \exp(x))$ <is> <prop> in $x$", "log(1+exp(x))", "x",
  ["affine", "!convex"], "C SC", "logistic''=e^x/(1+e^x)^2>0")
T(K, r"log_sum_exp: $\log(e^{x_1} + e^{x_2} + e^{x_3} + e^{x_4})$ <is> <prop>",
  "log(exp(x_1)+exp(x_2)+exp(x_3)+exp(x_4))", "x_1 x_2 x_3 x_4", ["convex", "strictly convex"], "C",
  "log-sum-exp is convex; f(x+t1)=f(x)+t is affine along 1", seg=[[0, 0, 0, 0], [1, 1, 1, 1]])
T(K, r"$\log(e^{u} + e^{v})$ <is> <prop> on $\mathbb{R}^2$", "log(exp(u)+exp(v))", "u v",
  ["concave", "not strictly convex"], "C", "log-sum-exp; f(t,t)=t+log 2", seg=[[0, 0], [1, 1]])
T(K, r"kl_div: $x \log(x/y) - x + y$ <is> <prop> on $x > 0$, $y > 0$", "x*log(x/y)-x+y", "x y",
  ["convex", "strictly convex", "concave"], "C",
  "perspective of the convex t log t - t + 1; homogeneous of degree 1, f(t,t)=0", dom=Q2, box=POS2,
  seg=[[1, 1], [2, 2]])
T(K, r"rel_entr: $x \log\frac{x}{y}$ <is> <prop> for $x > 0, y > 0$", "x*log(x/y)", "x y",
  ["convex", "!concave"], "C", "perspective of t log t; f(t,t)=0", dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"The relative entropy $x \log x - x \log y$ <is> <prop> on $\mathbb{R}^2_{++}$", "x*log(x)-x*log(y)", "x y",
  ["neither convex nor concave", "convex"], "C", "perspective of t log t; f(t,t)=0", dom=Q2, box=POS2,
  seg=[[1, 1], [2, 2]])
T(K, r"entr: $-x \log(x)$ <is> <prop> on $x > 0$", "-x*log(x)", "x",
  ["concave", "strictly concave", "convex"], "V SV", "(-x log x)''=-1/x<0", dom=["x>0"], box=POS)
T(K, r"The entropy function $-x \ln x$ <is> <prop> on $(0, \infty)$", "-x*log(x)", "x",
  ["not concave", "neither convex nor concave"], "V SV", "(-x log x)''=-1/x<0", dom=["x>0"], box=POS)
T(K, r"inv_pos: $1/x$ <is> <prop> for $x > 0$", "1/x", "x", ["convex", "strictly convex", "concave"], "C SC",
  "(1/x)''=2/x^3>0 on x>0", dom=["x>0"], box=POS)
T(K, r"$\frac{1}{x}$ <is> <prop> on $x < 0$", "1/x", "x", ["convex", "strictly concave"], "V SV",
  "(1/x)''=2/x^3<0 on x<0", dom=["x<0"], box=NEG)
T(K, r"quad_over_lin: $\frac{x^2 + y^2}{z}$ <is> <prop> for $z > 0$", "(x**2+y**2)/z", "x y z",
  ["convex", "strictly convex", "concave"], "C",
  "sum of perspectives x^2/z, y^2/z; homogeneous of degree 1, f(t,t,t)=2t", dom=["z>0"], box={"z": [0, 5]},
  seg=[[1, 1, 1], [2, 2, 2]])
T(K, r"$\frac{(x - y)^2}{t}$ <is> <prop> on $t > 0$", "(x-y)**2/t", "x y t",
  ["convex", "not convex"], "C", "quad-over-lin of the affine x-y; zero on x=y", dom=["t>0"], box={"t": [0, 5]},
  seg=[[1, 1, 1], [2, 2, 1]])
T(K, r"geo_mean: $\sqrt{x y}$ <is> <prop> on $x > 0$, $y > 0$", "sqrt(x*y)", "x y",
  ["concave", "strictly concave", "convex"], "V", "geometric mean, concave; homogeneous of degree 1", dom=Q2,
  box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"$\sqrt[3]{x y z}$ <is> <prop> on $\mathbb{R}^3_{++}$", "(x*y*z)**Rational(1,3)", "x y z",
  ["concave", "convex"], "V", "geometric mean of three; homogeneous of degree 1", dom=Q3, box=POS3,
  seg=[[1, 1, 1], [2, 2, 2]])
T(K, r"The weighted geometric mean $x^{1/4} y^{3/4}$ <is> <prop> for $x > 0, y > 0$",
  "x**Rational(1,4)*y**Rational(3,4)", "x y", ["concave", "not concave"], "V",
  "weighted geometric mean (weights sum to 1) is concave; homogeneous of degree 1", dom=Q2, box=POS2,
  seg=[[1, 1], [2, 2]])
T(K, r"harmonic_mean: $\frac{2 x y}{x + y}$ <is> <prop> on $x > 0$, $y > 0$", "2*x*y/(x+y)", "x y",
  ["concave", "convex", "strictly concave"], "V",
  "harmonic mean = 2/(1/x+1/y), concave; homogeneous of degree 1", dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"$\frac{1}{1/x + 1/y}$ <is> <prop> for $x > 0$ and $y > 0$", "1/(1/x+1/y)", "x y",
  ["concave", "not concave"], "V", "half the harmonic mean", dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"pnorm with $p = 2$: $\sqrt{x^2 + y^2}$ <is> <prop>", "sqrt(x**2+y**2)", "x y",
  ["convex", "strictly convex"], "C", "Euclidean norm; linear on rays", seg=[[1, 0], [2, 0]])
T(K, r"pnorm with $p = 3$: $(|x|^3 + |y|^3)^{1/3}$ <is> <prop>", "(Abs(x)**3+Abs(y)**3)**Rational(1,3)", "x y",
  ["convex", "concave", "strictly convex"], "C", "the 3-norm (Minkowski); linear on rays", seg=[[1, 0], [2, 0]])
T(K, r"pnorm with $p = 1$: $|x| + |y| + |z|$ <is> <prop>", "Abs(x)+Abs(y)+Abs(z)", "x y z",
  ["convex", "strictly convex"], "C", "sum of convex |.|; affine on the positive orthant",
  seg=[[1, 1, 1], [2, 2, 2]])
T(K, r"pnorm with $p = \infty$: $\max(|x|, |y|)$ <is> <prop>", "Max(Abs(x),Abs(y))", "x y",
  ["convex", "neither convex nor concave"], "C", "max of convex functions; linear on rays", seg=[[1, 0], [2, 0]])
T(K, r"pnorm with $p = 1/2$: $(\sqrt{x} + \sqrt{y})^2$ <is> <prop> on $x > 0$, $y > 0$", "(sqrt(x)+sqrt(y))**2",
  "x y", ["concave", "convex"], "V", "p-norm with 0<p<1 is concave on the orthant; homogeneous of degree 1",
  dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"sum_squares: $x^2 + y^2 + z^2$ <is> <prop>", "x**2+y**2+z**2", "x y z",
  ["strictly convex", "concave", "affine"], "C SC", "Hessian 2I")
T(K, r"power(x, -1): $x^{-1}$ <is> <prop> on $x > 0$", "x**(-1)", "x", ["convex", "concave"], "C SC",
  "(x^-1)''=2x^-3>0", dom=["x>0"], box=POS)
T(K, r"power(x, 0.5): $x^{0.5}$ <is> <prop> on $x \ge 0$", "sqrt(x)", "x",
  ["concave", "strictly concave", "convex"], "V SV", "(x^0.5)''=-x^{-1.5}/4<0", dom=["x>=0"], box=POS)
T(K, r"power(x, 1): $x$ <is> <prop>", "x", "x", ["affine", "strictly convex"], "C V", "linear", seg=[[-1], [2]])
T(K, r"power(x, 2): $x^2$ <is> <prop> on $\mathbb{R}$", "x**2", "x", ["strictly convex", "concave"], "C SC",
  "(x^2)''=2")
T(K, r"power(x, 3): $x^3$ <is> <prop> on $x \ge 0$", "x**3", "x", ["convex", "strictly convex", "concave"], "C SC",
  "(x^3)''=6x>0 for x>0", dom=["x>=0"], box=POS)
T(K, r"$x^3$ <is> <prop> on all of $\mathbb{R}$", "x**3", "x", ["convex", "not convex"], "",
  "(x^3)''=6x changes sign at 0")
T(K, r"power(x, -2): $x^{-2}$ <is> <prop> for $x > 0$", "x**(-2)", "x", ["strictly convex", "concave"], "C SC",
  "(x^-2)''=6x^-4>0", dom=["x>0"], box=POS)
T(K, r"power(x, 1.5): $x^{1.5}$ <is> <prop> on $x \ge 0$", "x**Rational(3,2)", "x", ["convex", "concave"], "C SC",
  "(x^1.5)''=0.75 x^-0.5>0", dom=["x>=0"], box=POS)
T(K, r"power(x, 0.3): $x^{0.3}$ <is> <prop> on $x > 0$", "x**Rational(3,10)", "x", ["concave", "convex"], "V SV",
  "(x^0.3)''=0.3(-0.7)x^-1.7<0", dom=["x>0"], box=POS)
T(K, r"power(x, 4): $x^4$ <is> <prop>", "x**4", "x", ["strictly convex", "not convex"], "C SC",
  "x^4''=12x^2>=0 with an isolated zero")
T(K, r"$\sqrt{x}$ <is> <prop> on $\mathbb{R}_+$", "sqrt(x)", "x", ["concave", "not concave"], "V SV",
  "(sqrt x)''<0 on x>0", dom=["x>=0"], box=POS)
T(K, r"$\exp(x)$ <is> <prop> on $\mathbb{R}$", "exp(x)", "x", ["convex", "strictly convex", "concave"], "C SC",
  "exp''=exp>0")
T(K, r"log1p: $\log(1 + x)$ <is> <prop> on $x > -1$", "log(1+x)", "x",
  ["concave", "strictly concave", "convex"], "V SV", "(log(1+x))''=-1/(1+x)^2<0", dom=["x>-1"],
  box={"x": [-1, 5]})
T(K, r"xexp: $x e^{x}$ <is> <prop> for $x \ge 0$", "x*exp(x)", "x", ["convex", "strictly convex", "concave"],
  "C SC", "(x e^x)''=(x+2)e^x>0 for x>-2", dom=["x>=0"], box=POS)
T(K, r"$x e^{x}$ <is> <prop> on $\mathbb{R}$", "x*exp(x)", "x", ["convex", "neither convex nor concave"], "",
  "(x e^x)''=(x+2)e^x changes sign at -2", box={"x": [-6, 3]})
T(K, r"$x \exp(x)$ <is> <prop> on $x > -2$", "x*exp(x)", "x", ["convex", "not convex"], "C SC",
  "(x e^x)''=(x+2)e^x>0 for x>-2", dom=["x>-2"], box={"x": [-2, 4]})
T(K, r"huber with $M = 1$: $\phi(x) = x^2$ for $|x| \le 1$ and $2|x| - 1$ otherwise <is> <prop>",
  "Piecewise((x**2, Abs(x)<=1), (2*Abs(x)-1, True))", "x", ["convex", "strictly convex"], "C",
  "huber: C^1, nondecreasing derivative; affine for x>=1", seg=[[2], [3]])
T(K, r"$\operatorname{huber}(x)$ <is> <prop>", "Piecewise((x**2, Abs(x)<=1), (2*Abs(x)-1, True))", "x",
  ["convex", "concave"], "C", "huber (M=1) is convex; affine for x>=1", seg=[[2], [3]])
T(K, r"neg_log: $-\log(x)$ <is> <prop> on $x > 0$", "-log(x)", "x", ["strictly convex", "concave"], "C SC",
  "(-log x)''=1/x^2>0", dom=["x>0"], box=POS)
T(K, r"pos: $\max(x, 0)$ <is> <prop>", "Max(x,0)", "x", ["convex", "strictly convex"], "C",
  "max of linear; affine for x>=0", seg=[[1], [2]])
T(K, r"neg: $\max(-x, 0)$ <is> <prop>", "Max(-x,0)", "x", ["convex", "concave"], "C",
  "max of linear; zero for x>=0", seg=[[1], [2]])
T(K, r"$|x|$ (abs) <is> <prop>", "Abs(x)", "x", ["convex", "strictly convex", "affine"], "C",
  "max(x,-x); linear for x>0", seg=[[1], [2]])
T(K, r"maximum: $\max(x, y)$ <is> <prop>", "Max(x,y)", "x y", ["convex", "concave"], "C",
  "max of linear; f(t,t)=t", seg=[[0, 0], [1, 1]])
T(K, r"minimum: $\min(x, y)$ <is> <prop>", "Min(x,y)", "x y", ["concave", "convex", "strictly concave"], "V",
  "min of linear; f(t,t)=t", seg=[[0, 0], [1, 1]])
T(K, r"inv_prod: $\frac{1}{x y}$ <is> <prop> on $x > 0, y > 0$", "1/(x*y)", "x y",
  ["convex", "strictly convex", "concave"], "C SC",
  "Hessian [[2/(x^3y),1/(x^2y^2)],[.,2/(xy^3)]], determinant 3/(x^4y^4)>0", dom=Q2, box=POS2)
T(K, r"square: $(x - 2y)^2$ <is> <prop>", "(x-2*y)**2", "x y", ["convex", "strictly convex"], "C",
  "square of affine; constant on x=2y", seg=[[0, 0], [2, 1]])
T(K, r"scalene: $2\max(x, 0) + 3\max(-x, 0)$ <is> <prop>", "2*Max(x,0)+3*Max(-x,0)", "x",
  ["convex", "strictly convex"], "C", "nonnegative sum of convex; linear on x>0", seg=[[1], [2]])
T(K, r"$\log(x) + \log(y)$ <is> <prop> on $x > 0, y > 0$", "log(x)+log(y)", "x y",
  ["concave", "strictly concave", "convex"], "V SV", "Hessian diag(-1/x^2,-1/y^2)", dom=Q2, box=POS2)
T(K, r"$x \log x$ (the CVXPY expression -entr(x)) <is> <prop> on $x > 0$", "x*log(x)", "x",
  ["strictly convex", "concave"], "C SC", "(x log x)''=1/x", dom=["x>0"], box=POS)

# ---------------- CVXPY / DCP analyzer (dcp.stanford.edu) examples: convex but not DCP, and compositions --------
K = "dcp-example"
T(K, r"$\sqrt{1 + x^2}$ <is> <prop>", "sqrt(1+x**2)", "x", ["convex", "strictly convex", "concave"], "C SC",
  "norm of (1,x); f''=(1+x^2)^(-3/2)>0")
T(K, r"$\operatorname{square}(\operatorname{square}(x)) = (x^2)^2$ <is> <prop>", "x**4", "x",
  ["convex", "concave"], "C SC", "x^4, f''=12x^2")
T(K, r"$\sqrt{\sqrt{x}}$ <is> <prop> on $x > 0$", "x**Rational(1,4)", "x", ["concave", "convex"], "V SV",
  "x^{1/4}, f''=-3/16 x^{-7/4}<0", dom=["x>0"], box=POS)
T(K, r"$\frac{1}{\sqrt{x}}$ <is> <prop> for $x > 0$", "1/sqrt(x)", "x", ["convex", "concave"], "C SC",
  "x^{-1/2}, f''=3/4 x^{-5/2}>0", dom=["x>0"], box=POS)
T(K, r"$\log(1 + x^2)$ <is> <prop>", "log(1+x**2)", "x", ["convex", "concave", "neither convex nor concave"], "",
  "f''=2(1-x^2)/(1+x^2)^2 changes sign at +-1")
T(K, r"$\log(e^{x})$ <is> <prop>", "log(exp(x))", "x", ["affine", "strictly convex"], "C V", "log(e^x)=x", seg=[[-1], [2]])
T(K, r"$e^{\log x}$ <is> <prop> on $x > 0$", "exp(log(x))", "x", ["affine", "strictly concave"], "C V",
  "e^{log x}=x", dom=["x>0"], box=POS, seg=[[1], [2]])
T(K, r"$\frac{1}{e^{x}}$ <is> <prop>", "1/exp(x)", "x", ["convex", "concave"], "C SC", "e^{-x}, f''=e^{-x}")
T(K, r"$\max(x^2, 1)$ <is> <prop>", "Max(x**2,1)", "x", ["convex", "strictly convex"], "C",
  "max of convex; constant 1 on [-1,1]", seg=[[0], ["1/2"]])
T(K, r"$x^2 - \sqrt{x}$ <is> <prop> on $x \ge 0$", "x**2-sqrt(x)", "x", ["convex", "concave"], "C SC",
  "f''=2+x^{-3/2}/4>0", dom=["x>=0"], box=POS)
T(K, r"$\sqrt{x} - x^2$ <is> <prop> on $x > 0$", "sqrt(x)-x**2", "x", ["strictly concave", "convex"], "V SV",
  "f''=-x^{-3/2}/4-2<0", dom=["x>0"], box=POS)
T(K, r"$\frac{e^{x}}{x}$ <is> <prop> on $x > 0$", "exp(x)/x", "x", ["convex", "concave"], "C SC",
  "f''=e^x(x^2-2x+2)/x^3>0 for x>0", dom=["x>0"], box=POS)
T(K, r"$\sqrt{x^2 + y^2} - x$ <is> <prop>", "sqrt(x**2+y**2)-x", "x y", ["convex", "strictly convex"], "C",
  "norm minus linear; zero on the ray y=0, x>0", seg=[[1, 0], [2, 0]])
T(K, r"$x y$ <is> <prop> (the DCP analyzer rejects it)", "x*y", "x y", ["convex", "concave", "not convex"], "",
  "Hessian [[0,1],[1,0]] indefinite")
T(K, r"$(x + y)^2$ <is> <prop>", "(x+y)**2", "x y", ["convex", "strictly convex"], "C",
  "square of affine; constant on x+y=0", seg=[[1, -1], [2, -2]])
T(K, r"$\max(e^{x}, e^{-x})$ <is> <prop>", "Max(exp(x),exp(-x))", "x", ["convex", "concave"], "C SC",
  "e^{|x|}: max of strictly convex functions")
T(K, r"$-\log(1 - x)$ <is> <prop> on $x < 1$", "-log(1-x)", "x", ["convex", "concave"], "C SC",
  "f''=1/(1-x)^2>0", dom=["x<1"], box={"x": [-5, 1]})
T(K, r"$\log(1 - x^2)$ <is> <prop> on $-1 < x < 1$", "log(1-x**2)", "x", ["concave", "strictly concave", "convex"],
  "V SV", "f''=-2(1+x^2)/(1-x^2)^2<0", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
T(K, r"$\frac{x^2}{y} + \frac{y^2}{x}$ <is> <prop> on $x > 0$, $y > 0$", "x**2/y+y**2/x", "x y",
  ["convex", "strictly convex"], "C", "sum of two quad-over-lin; homogeneous of degree 1, linear on rays",
  dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])

# ---------------- SymPy is_convex (sympy/calculus/tests/test_util.py) ----------------
K = "sympy-is_convex"
T(K, r"$\frac{1}{x}$ <is> <prop> on $(0, \infty)$", "1/x", "x", ["convex", "not convex"], "C SC",
  "(1/x)''=2/x^3>0 on x>0", dom=["x>0"], box=POS)
T(K, r"$\frac{1}{x}$ <is> <prop> on $(-\infty, 0)$", "1/x", "x", ["convex", "concave"], "V SV",
  "(1/x)''=2/x^3<0 on x<0", dom=["x<0"], box=NEG)
T(K, r"$x^2$ <is> <prop> on $[0, \infty)$", "x**2", "x", ["convex", "not convex"], "C SC", "(x^2)''=2",
  dom=["x>=0"], box=POS)
T(K, r"$\frac{1}{x^3}$ <is> <prop> on $(0, \infty)$", "1/x**3", "x", ["convex", "concave"], "C SC",
  "(x^-3)''=12x^-5>0 on x>0", dom=["x>0"], box=POS)
T(K, r"$-\frac{1}{x^3}$ <is> <prop> on $(-\infty, 0)$", "-1/x**3", "x", ["convex", "concave"], "C SC",
  "(-x^-3)''=-12x^-5>0 on x<0", dom=["x<0"], box=NEG)
T(K, r"$\log(x)$ <is> <prop> on $(0, \infty)$", "log(x)", "x", ["convex", "strictly concave"], "V SV",
  "(log x)''=-1/x^2", dom=["x>0"], box=POS)
T(K, r"$\sin(x)$ <is> <prop> on $[\pi, 2\pi]$", "sin(x)", "x", ["convex", "strictly convex", "concave"], "C SC",
  "sin''=-sin x>0 on (pi,2pi)", dom=["x>=pi", "x<=2*pi"], box={"x": [3.1, 6.3]})
T(K, r"$\cos(x)$ <is> <prop> on $[-\pi/2, \pi/2]$", "cos(x)", "x", ["concave", "convex"], "V SV",
  "cos''=-cos x<0 inside", dom=["x>=-pi/2", "x<=pi/2"], box={"x": [-1.6, 1.6]})
T(K, r"$x^3$ <is> <prop> on $(-\infty, 0]$", "x**3", "x", ["concave", "convex"], "V SV", "(x^3)''=6x<0 for x<0",
  dom=["x<=0"], box=NEG)
T(K, r"$e^{x}$ <is> <prop> on $\mathbb{R}$, as SymPy's is_convex says", "exp(x)", "x", ["convex", "concave"],
  "C SC", "exp''>0")
T(K, r"$|x|$ <is> <prop> on $[-1, 1]$", "Abs(x)", "x", ["convex", "concave"], "C", "|x| convex; linear on [0,1]",
  dom=["x>=-1", "x<=1"], box={"x": [-1, 1]}, seg=[["1/4"], ["1/2"]])
T(K, r"$x^4 - x^2$ <is> <prop> on $[1, \infty)$", "x**4-x**2", "x", ["convex", "concave"], "C SC",
  "f''=12x^2-2>0 for x>=1", dom=["x>=1"], box={"x": [1, 5]})
T(K, r"$x^4 - x^2$ <is> <prop> on $\mathbb{R}$", "x**4-x**2", "x", ["convex", "not convex"], "",
  "f''=12x^2-2<0 near 0")
T(K, r"$\frac{1}{x^2}$ <is> <prop> on $(0, \infty)$", "1/x**2", "x", ["concave", "convex"], "C SC",
  "(x^-2)''=6x^-4>0", dom=["x>0"], box=POS)

# ---------------- Mathematica FunctionConvexity documentation ----------------
K = "mathematica"
T(K, r"$x^2 |x|$ <is> <prop>", "x**2*Abs(x)", "x", ["strictly convex", "concave"], "C SC",
  "= |x|^3, f''=6|x| with an isolated zero")
T(K, r"$|x|$ <is> <prop> on $\mathbb{R}$ (convex, but not strictly)", "Abs(x)", "x", ["strictly convex"], "C",
  "|x| linear on x>0", seg=[[1], [3]])
T(K, r"$x^2 + y^2$ <is> <prop> in $x, y$", "x**2+y**2", "x y", ["convex", "strictly convex", "concave"], "C SC",
  "Hessian 2I")
T(K, r"$x y$ <is> <prop> in $(x, y)$", "x*y", "x y", ["neither convex nor concave", "concave"], "",
  "Hessian indefinite")
T(K, r"$e^{x} + y^2$ <is> <prop>", "exp(x)+y**2", "x y", ["strictly convex", "concave"], "C SC",
  "Hessian diag(e^x,2)")
T(K, r"$x^4 + y^4$ <is> <prop>", "x**4+y**4", "x y", ["strictly convex", "not convex"], "C SC",
  "sum of strictly convex functions of separate variables")
T(K, r"$\log(x y)$ <is> <prop> for $x > 0$ and $y > 0$", "log(x*y)", "x y", ["concave", "convex"], "V SV",
  "log x + log y", dom=Q2, box=POS2)
T(K, r"$\sqrt{1 - x^2 - y^2}$ <is> <prop> on $x^2 + y^2 < 1$", "sqrt(1-x**2-y**2)", "x y",
  ["concave", "strictly concave", "convex"], "V SV", "upper hemisphere; Hessian negative definite inside",
  dom=["x**2+y**2<1"], box={"x": [-1, 1], "y": [-1, 1]})
T(K, r"$x^2 - y^2$ <is> <prop>", "x**2-y**2", "x y", ["convex", "concave", "neither convex nor concave"], "",
  "a saddle")
T(K, r"$e^{x^2 + y^2}$ <is> <prop>", "exp(x**2+y**2)", "x y", ["convex", "strictly convex"], "C SC",
  "increasing convex of strictly convex")
T(K, r"$\sin(x)$ <is> <prop> for $0 < x < \pi$", "sin(x)", "x", ["concave", "strictly concave", "convex"], "V SV",
  "sin''=-sin<0 on (0,pi)", dom=["x>0", "x<pi"], box={"x": [0, 3.2]})
T(K, r"$\sin(x)$ <is> <prop> on $\mathbb{R}$", "sin(x)", "x", ["convex", "concave"], "", "sin'' changes sign")
T(K, r"$x^3$ <is> <prop> for $x > 0$", "x**3", "x", ["strictly convex", "concave"], "C SC", "6x>0",
  dom=["x>0"], box=POS)
T(K, r"$\frac{1}{x y}$ <is> <prop> when $x > 0$, $y > 0$", "1/(x*y)", "x y", ["strictly convex"], "C SC",
  "Hessian determinant 3/(x^4y^4)>0, diagonal positive", dom=Q2, box=POS2)
T(K, r"$x \log(x)$ <is> <prop> for $x > 0$", "x*log(x)", "x", ["convex", "not convex"], "C SC", "f''=1/x",
  dom=["x>0"], box=POS)
T(K, r"$x^4 - x^3$ <is> <prop> for $x \ge 1$", "x**4-x**3", "x", ["convex", "concave"], "C SC",
  "f''=12x^2-6x=6x(2x-1)>0 for x>=1", dom=["x>=1"], box={"x": [1, 5]})
T(K, r"$x^4 - x^3$ <is> <prop> on $0 < x < 1$", "x**4-x**3", "x", ["convex", "concave"], "",
  "f''=6x(2x-1) changes sign at 1/2", dom=["x>0", "x<1"], box={"x": [0, 1]})
T(K, r"$x^2 + x y + y^2$ <is> <prop> in $x$ and $y$", "x**2+x*y+y**2", "x y", ["strictly convex", "concave"],
  "C SC", "Hessian [[2,1],[1,2]] positive definite")
T(K, r"$x^2 + 3 x y + y^2$ <is> <prop>", "x**2+3*x*y+y**2", "x y", ["convex", "neither convex nor concave"], "",
  "Hessian [[2,3],[3,2]] has eigenvalues 5 and -1")
T(K, r"$-x^2 - y^2 + x y$ <is> <prop>", "-x**2-y**2+x*y", "x y", ["strictly concave", "convex"], "V SV",
  "Hessian [[-2,1],[1,-2]] negative definite")

# ---------------- Convex.jl (test/test_*.jl) vexity ----------------
K = "convexjl"
T(K, r"$-\sqrt{x}$ <is> <prop> on $x \ge 0$", "-sqrt(x)", "x", ["convex", "concave"], "C SC",
  "-(sqrt x)''>0", dom=["x>=0"], box=POS)
T(K, r"$x^2 - x$ <is> <prop>", "x**2-x", "x", ["strictly convex", "concave"], "C SC", "f''=2")
T(K, r"logisticloss: $\log(1 + e^{-x})$ <is> <prop>", "log(1+exp(-x))", "x", ["convex", "concave"], "C SC",
  "f''=e^{-x}/(1+e^{-x})^2>0")
T(K, r"$\log(1 + e^{2x - y})$ <is> <prop> in $x, y$", "log(1+exp(2*x-y))", "x y", ["convex", "strictly convex"],
  "C", "logistic of affine; constant on 2x=y", seg=[[0, 0], [1, 2]])
T(K, r"$e^{x} - \log(x)$ <is> <prop> on $x > 0$", "exp(x)-log(x)", "x", ["convex", "concave"], "C SC",
  "f''=e^x+1/x^2>0", dom=["x>0"], box=POS)
T(K, r"$x^2 + |x|$ <is> <prop>", "x**2+Abs(x)", "x", ["strictly convex", "concave"], "C SC",
  "strictly convex plus convex")
T(K, r"$\max(x, 2 - x)$ <is> <prop>", "Max(x,2-x)", "x", ["convex", "strictly convex"], "C",
  "|x-1|+1; affine on x>1", seg=[[2], [3]])
T(K, r"$\min(x, 2x - 1)$ <is> <prop>", "Min(x,2*x-1)", "x", ["concave", "convex"], "V",
  "min of linear; kink at 1", seg=[[2], [3]])
T(K, r"$\sqrt{x y}$ <is> <prop> on $\mathbb{R}^2_{++}$ (Convex.jl geomean)", "sqrt(x*y)", "x y",
  ["strictly concave"], "V", "homogeneous of degree 1", dom=Q2, box=POS2, seg=[[1, 2], [2, 4]])
T(K, r"$\frac{x^2}{y}$ <is> <prop> on $y > 0$ (Convex.jl qol)", "x**2/y", "x y", ["concave"], "C",
  "quad-over-lin", dom=["y>0"], box={"y": [0, 5]}, seg=[[1, 1], [2, 2]])

# ---------------- calculus exercises: concave up / concave down on an interval ----------------
K = "calculus"
T(K, r"$f(x) = x^3 - 3x^2$ <is> <prop> on $(1, \infty)$", "x**3-3*x**2", "x", ["concave up"], "C SC",
  "f''=6x-6>0 for x>1", dom=["x>1"], box={"x": [1, 6]})
T(K, r"$f(x) = x^3 - 3x^2$ <is> <prop> on $(-\infty, 1)$", "x**3-3*x**2", "x", ["concave down", "concave up"],
  "V SV", "f''=6x-6<0 for x<1", dom=["x<1"], box={"x": [-5, 1]})
T(K, r"$f(x) = x^3 - 3x^2$ <is> <prop> on $(0, 2)$", "x**3-3*x**2", "x", ["concave up", "concave down"], "",
  "f''=6x-6 changes sign at 1", dom=["x>0", "x<2"], box={"x": [0, 2]})
T(K, r"$f(x) = x e^{-x}$ <is> <prop> for $x > 2$", "x*exp(-x)", "x", ["concave up", "concave down"], "C SC",
  "f''=(x-2)e^{-x}>0 for x>2", dom=["x>2"], box={"x": [2, 8]})
T(K, r"$f(x) = x e^{-x}$ <is> <prop> on $(-\infty, 2)$", "x*exp(-x)", "x", ["concave down"], "V SV",
  "f''=(x-2)e^{-x}<0 for x<2", dom=["x<2"], box={"x": [-4, 2]})
T(K, r"$f(x) = \ln(x^2 + 1)$ <is> <prop> on $(-1, 1)$", "log(x**2+1)", "x", ["concave up", "concave down"], "C SC",
  "f''=2(1-x^2)/(1+x^2)^2>0 on (-1,1)", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
T(K, r"$f(x) = \ln(x^2 + 1)$ <is> <prop> on $(1, \infty)$", "log(x**2+1)", "x", ["concave down", "concave up"],
  "V SV", "f''<0 for x>1", dom=["x>1"], box={"x": [1, 8]})
T(K, r"$f(x) = x^4 - 4x^3$ <is> <prop> on $(0, 2)$", "x**4-4*x**3", "x", ["concave down", "concave up"], "V SV",
  "f''=12x(x-2)<0 on (0,2)", dom=["x>0", "x<2"], box={"x": [0, 2]})
T(K, r"$f(x) = x^4 - 4x^3$ <is> <prop> on $(2, \infty)$", "x**4-4*x**3", "x", ["concave up"], "C SC",
  "f''=12x(x-2)>0 for x>2", dom=["x>2"], box={"x": [2, 7]})
T(K, r"$f(x) = e^{-x^2}$ <is> <prop> on $(-\frac{1}{2}, \frac{1}{2})$", "exp(-x**2)", "x",
  ["concave down", "concave up"], "V SV", "f''=(4x^2-2)e^{-x^2}<0 for |x|<1/sqrt2", dom=["x>-1/2", "x<1/2"],
  box={"x": [-0.5, 0.5]})
T(K, r"$f(x) = e^{-x^2}$ <is> <prop> on $(1, \infty)$", "exp(-x**2)", "x", ["concave up", "concave down"], "C SC",
  "f''=(4x^2-2)e^{-x^2}>0 for x>1/sqrt2", dom=["x>1"], box={"x": [1, 4]})
T(K, r"$f(x) = e^{-x^2}$ <is> <prop> on $\mathbb{R}$", "exp(-x**2)", "x", ["concave down"], "",
  "f'' changes sign at +-1/sqrt2")
T(K, r"$f(x) = x + \frac{1}{x}$ <is> <prop> for $x > 0$", "x+1/x", "x", ["concave up", "concave down"], "C SC",
  "f''=2/x^3>0", dom=["x>0"], box=POS)
T(K, r"$f(x) = x^{1/3}$ <is> <prop> on $(0, \infty)$", "x**Rational(1,3)", "x", ["concave down", "concave up"],
  "V SV", "f''=-2/9 x^{-5/3}<0", dom=["x>0"], box=POS)
T(K, r"$f(x) = \arctan x$ <is> <prop> on $(-\infty, 0)$", "atan(x)", "x", ["concave up", "concave down"], "C SC",
  "f''=-2x/(1+x^2)^2>0 for x<0", dom=["x<0"], box=NEG)
T(K, r"$f(x) = \arctan x$ <is> <prop> on $(0, \infty)$", "atan(x)", "x", ["concave down"], "V SV",
  "f''<0 for x>0", dom=["x>0"], box=POS)
T(K, r"$f(x) = x^2 \ln x$ <is> <prop> on $(1, \infty)$", "x**2*log(x)", "x", ["concave up"], "C SC",
  "f''=2 ln x+3>0 for x>e^{-3/2}", dom=["x>1"], box={"x": [1, 6]})
T(K, r"$f(x) = x^2 \ln x$ <is> <prop> on $(0, 1)$", "x**2*log(x)", "x", ["concave up", "concave down"], "",
  "f''=2 ln x+3 changes sign at e^{-3/2}", dom=["x>0", "x<1"], box={"x": [0, 1]})
T(K, r"$f(x) = (x - 1)^3$ <is> <prop> on $(1, \infty)$", "(x-1)**3", "x", ["concave up", "concave down"], "C SC",
  "f''=6(x-1)>0", dom=["x>1"], box={"x": [1, 6]})
T(K, r"$f(x) = x^5 - 5x$ <is> <prop> on $(-\infty, 0)$", "x**5-5*x", "x", ["concave down", "concave up"], "V SV",
  "f''=20x^3<0", dom=["x<0"], box={"x": [-3, 0]})
T(K, r"$f(x) = x^{2/3}$ <is> <prop> on $(0, \infty)$", "x**Rational(2,3)", "x", ["concave down", "concave up"],
  "V SV", "f''=-2/9 x^{-4/3}<0", dom=["x>0"], box=POS)
T(K, r"$f(x) = \cos x$ <is> <prop> on $(\frac{\pi}{2}, \frac{3\pi}{2})$", "cos(x)", "x",
  ["concave up", "concave down"], "C SC", "cos''=-cos x>0 there", dom=["x>pi/2", "x<3*pi/2"],
  box={"x": [1.5, 4.8]})
T(K, r"$f(x) = 2x^3 + 3x^2 - 12x$ <is> <prop> on $(-\frac{1}{2}, \infty)$", "2*x**3+3*x**2-12*x", "x",
  ["concave up"], "C SC", "f''=12x+6>0 for x>-1/2", dom=["x>-1/2"], box={"x": [-0.5, 5]})
T(K, r"$f(x) = 2x^3 + 3x^2 - 12x$ <is> <prop> on $(-1, \infty)$", "2*x**3+3*x**2-12*x", "x",
  ["concave up", "concave down"], "", "f''=12x+6 changes sign at -1/2", dom=["x>-1"], box={"x": [-1, 5]})
T(K, r"$g(t) = t^4 - 6t^2$ <is> <prop> on $(-1, 1)$", "t**4-6*t**2", "t", ["concave down", "concave up"], "V SV",
  "g''=12t^2-12<0 on (-1,1)", dom=["t>-1", "t<1"], box={"t": [-1, 1]})
T(K, r"$g(t) = t^4 - 6t^2$ <is> <prop> on $(1, \infty)$", "t**4-6*t**2", "t", ["concave up"], "C SC",
  "g''=12(t^2-1)>0 for t>1", dom=["t>1"], box={"t": [1, 5]})
T(K, r"$h(x) = \frac{x}{x^2 + 1}$ <is> <prop> on $(0, 1)$", "x/(x**2+1)", "x", ["concave down", "concave up"],
  "V SV", "h''=2x(x^2-3)/(x^2+1)^3<0 on (0,sqrt3)", dom=["x>0", "x<1"], box={"x": [0, 1]})
T(K, r"$h(x) = \frac{x}{x^2 + 1}$ <is> <prop> on $(2, \infty)$", "x/(x**2+1)", "x", ["concave up"], "C SC",
  "h''=2x(x^2-3)/(x^2+1)^3>0 for x>sqrt3", dom=["x>2"], box={"x": [2, 8]})
T(K, r"$f(x) = \sqrt{x}\,(x - 3)$ <is> <prop> on $x > 0$", "sqrt(x)*(x-3)", "x", ["concave up", "concave down"],
  "C SC", "f=x^{3/2}-3x^{1/2}, f''=(3/4)x^{-1/2}+(3/4)x^{-3/2}>0", dom=["x>0"], box=POS)

# ---------------- log-concavity / log-convexity (Boyd 3.5, statistics references) ----------------
K = "log-curvature"
T(K, r"The standard normal density $\frac{1}{\sqrt{2\pi}} e^{-x^2/2}$ <is> <prop>", "exp(-x**2/2)/sqrt(2*pi)",
  "x", ["log-concave", "log-convex"], "V SV", "log f=-x^2/2-log sqrt(2 pi)", logof=True)
T(K, r"The logistic function $\frac{1}{1 + e^{-x}}$ <is> <prop>", "1/(1+exp(-x))", "x",
  ["log-concave", "log-convex"], "V SV", "log sigma=-log(1+e^{-x}), second derivative -sigma(1-sigma)<0",
  logof=True)
T(K, r"$\cosh x$ <is> <prop>", "cosh(x)", "x", ["log-convex", "log-concave"], "C SC",
  "(log cosh)''=sech^2>0", logof=True)
T(K, r"$\frac{1}{x}$ <is> <prop> on $x > 0$", "1/x", "x", ["log-convex", "log-concave"], "C SC",
  "log(1/x)=-log x", logof=True, dom=["x>0"], box=POS)
T(K, r"$x^2$ <is> <prop> on $x > 0$", "x**2", "x", ["log-concave", "log-convex"], "V SV", "log x^2=2 log x",
  logof=True, dom=["x>0"], box=POS)
T(K, r"$e^{x}$ <is> <prop>", "exp(x)", "x", ["log-concave", "log-convex"], "C V", "log e^x=x", logof=True, seg=[[-1], [2]])
T(K, r"The logistic density $\frac{e^{x}}{(1 + e^{x})^2}$ <is> <prop>", "exp(x)/(1+exp(x))**2", "x",
  ["log-concave", "log-convex"], "V SV", "log f=x-2log(1+e^x), second derivative -2e^x/(1+e^x)^2<0", logof=True)
T(K, r"$\sqrt{x}$ <is> <prop> for $x > 0$", "sqrt(x)", "x", ["log-concave"], "V SV", "log sqrt x=(log x)/2",
  logof=True, dom=["x>0"], box=POS)
T(K, r"$e^{x} + e^{-x}$ <is> <prop>", "exp(x)+exp(-x)", "x", ["log-convex"], "C SC",
  "log(2cosh x), second derivative sech^2>0", logof=True)
T(K, r"$x^3$ <is> <prop> for $x > 0$", "x**3", "x", ["log-convex", "log-concave"], "V SV", "log x^3=3 log x",
  logof=True, dom=["x>0"], box=POS)

# ---------------- Mathematica-style and SymPy-style input pasted as is ----------------
K = "tool-syntax"
T(K, r"FunctionConvexity: $x^2 + y^2 - x y$ <is> <prop>", "x**2+y**2-x*y", "x y", ["strictly convex", "concave"],
  "C SC", "Hessian [[2,-1],[-1,2]] positive definite")
T(K, r"is_convex(x**2, x) says $x^2$ <is> <prop>", "x**2", "x", ["convex"], "C SC", "2>0")
T(K, r"$\mathrm{Exp}[x] + \mathrm{Exp}[-x]$ <is> <prop>", "exp(x)+exp(-x)", "x", ["convex", "concave"], "C SC",
  "f''=e^x+e^{-x}>0")
T(K, r"$\operatorname{inv\_pos}(x) + x$ <is> <prop> on $x > 0$", "1/x+x", "x", ["convex", "concave"], "C SC",
  "f''=2/x^3>0", dom=["x>0"], box=POS)
T(K, r"$\operatorname{square}(x) + \operatorname{abs}(y)$ <is> <prop>", "x**2+Abs(y)", "x y",
  ["convex", "strictly convex"], "C", "sum of convex; linear in y>0 with x fixed", seg=[[0, 1], [0, 2]])
T(K, r"$\operatorname{entr}(x) + \operatorname{log}(y)$ <is> <prop> on $x > 0$, $y > 0$", "-x*log(x)+log(y)",
  "x y", ["concave", "convex"], "V SV", "sum of strictly concave functions of separate variables", dom=Q2,
  box=POS2)

# =============================== everyday.jsonl ===============================
K = "plain-basic"
E(K, "f(x,y)=x*y <is> <prop>", "x*y", "x y", ["convex", "concave"], "", "Hessian [[0,1],[1,0]] indefinite")
E(K, "is x^2+y^2 <prop>?", "x**2+y**2", "x y", ["convex", "concave"], "C SC", "Hessian 2I")
E(K, "x^2 + y^2 <is> <prop>", "x**2+y**2", "x y", ["strictly convex", "affine"], "C SC", "Hessian 2I")
E(K, "f(x) = x**3 <is> <prop>", "x**3", "x", ["convex", "concave"], "", "f''=6x changes sign")
E(K, "x**2 + y**2 <is> <prop>", "x**2+y**2", "x y", ["convex"], "C SC", "Hessian 2I")
E(K, "2x + 3 <is> <prop>", "2*x+3", "x", ["affine", "strictly convex"], "C V", "linear", seg=[[-1], [2]])
E(K, "f(x) = x^4 - x^2 <is> <prop>", "x**4-x**2", "x", ["convex"], "", "f''=12x^2-2<0 near 0")
E(K, "x^4 <is> <prop>", "x**4", "x", ["strictly convex"], "C SC", "12x^2 with an isolated zero")
E(K, "f(x, y) = x^2 y^2 <is> <prop>", "x**2*y**2", "x y", ["convex", "not convex"], "",
  "Hessian at (1,1) is [[2,4],[4,2]], indefinite")
E(K, "f(x,y) = (x-1)^2 + (y+2)^2 <is> <prop>", "(x-1)**2+(y+2)**2", "x y", ["strictly convex", "concave"], "C SC",
  "Hessian 2I")
E(K, "x/y <is> <prop> for y>0", "x/y", "x y", ["convex", "concave"], "", "Hessian [[0,-1/y^2],[.,2x/y^3]] indefinite",
  dom=["y>0"], box={"y": [0, 5]})
E(K, "x^2/y <is> <prop> for y > 0", "x**2/y", "x y", ["convex", "strictly convex"], "C", "quad-over-lin",
  dom=["y>0"], box={"y": [0, 5]}, seg=[[1, 1], [2, 2]])
E(K, "f(x,y)=x^2-2xy+y^2 <is> <prop>", "x**2-2*x*y+y**2", "x y", ["convex", "strictly convex"], "C",
  "(x-y)^2; constant on x=y", seg=[[0, 0], [1, 1]])
E(K, "x^2+xy+y^2 <is> <prop>", "x**2+x*y+y**2", "x y", ["convex", "concave"], "C SC", "Hessian [[2,1],[1,2]]")

K = "plain-question"
E(K, "is it true that x^2 y^2 is <prop>?", "x**2*y**2", "x y", ["convex"], "", "Hessian indefinite at (1,1)")
E(K, "Is f(x) = e^x <prop>?", "exp(x)", "x", ["convex", "concave"], "C SC", "exp''>0")
E(K, "is x^2 - y^2 <prop>?", "x**2-y**2", "x y", ["convex or concave"], "", "a saddle")
E(K, "Is 1/x <prop> for x > 0?", "1/x", "x", ["convex", "concave"], "C SC", "2/x^3>0", dom=["x>0"], box=POS)
E(K, "is log(x) <prop> on x>0 ?", "log(x)", "x", ["concave", "convex"], "V SV", "-1/x^2", dom=["x>0"], box=POS)
E(K, "is sin(x) <prop>?", "sin(x)", "x", ["convex", "concave"], "", "sin'' changes sign")
E(K, "is |x| <prop>?", "Abs(x)", "x", ["strictly convex", "convex"], "C", "linear on x>0", seg=[[1], [2]])
E(K, "Is max(x, y) <prop>?", "Max(x,y)", "x y", ["convex", "concave"], "C", "f(t,t)=t", seg=[[0, 0], [1, 1]])

K = "plain-prove"
E(K, "prove that x^2 - 2xy + 2y^2 <is> <prop>", "x**2-2*x*y+2*y**2", "x y", ["strictly convex", "concave"], "C SC",
  "Hessian [[2,-2],[-2,4]] positive definite")
E(K, "show that f(x,y) = x^2 + xy <is> <prop>", "x**2+x*y", "x y", ["convex"], "",
  "Hessian [[2,1],[1,0]] has determinant -1")
E(K, "Show that e^(x+y) <is> <prop>", "exp(x+y)", "x y", ["convex", "strictly convex"], "C",
  "exp of affine; constant on x+y=0", seg=[[1, -1], [2, -2]])
E(K, "Prove that the function f(x) = x log x <is> <prop> for x > 0", "x*log(x)", "x", ["convex", "concave"], "C SC",
  "1/x>0", dom=["x>0"], box=POS)
E(K, "prove that log(1+e^x) <is> <prop>", "log(1+exp(x))", "x", ["convex", "strictly convex"], "C SC",
  "e^x/(1+e^x)^2>0")
E(K, "show that sqrt(x^2+y^2) <is> <prop>", "sqrt(x**2+y**2)", "x y", ["convex", "strictly convex"], "C",
  "a norm; linear on rays", seg=[[1, 1], [2, 2]])

K = "plain-named"
E(K, "sqrt(x) <is> <prop> for x>0", "sqrt(x)", "x", ["concave", "convex"], "V SV", "-x^{-3/2}/4<0",
  dom=["x>0"], box=POS)
E(K, "sin(x) <is> <prop> on [0, pi]", "sin(x)", "x", ["concave", "convex"], "V SV", "-sin x<0 inside",
  dom=["x>=0", "x<=pi"], box={"x": [0, 3.2]})
E(K, "sin(x) <is> <prop> on (0, 4)", "sin(x)", "x", ["concave"], "", "-sin x>0 on (pi,4)", dom=["x>0", "x<4"],
  box={"x": [0, 4]})
E(K, "sin(x) <is> <prop> on (3.2, 6)", "sin(x)", "x", ["convex", "concave"], "C SC", "-sin x>0 on (pi,2pi)",
  dom=["x>3.2", "x<6"], box={"x": [3.2, 6]})
E(K, "cos(x) <is> <prop> on [-1, 1]", "cos(x)", "x", ["concave", "convex"], "V SV", "-cos x<0 on [-1,1]",
  dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})
E(K, "cos(x) <is> <prop>", "cos(x)", "x", ["concave", "convex"], "", "cos'' changes sign")
E(K, "sinh(x) <is> <prop> for x >= 0", "sinh(x)", "x", ["convex", "concave"], "C SC", "sinh''=sinh>0 for x>0",
  dom=["x>=0"], box=POS)
E(K, "sinh(x) <is> <prop>", "sinh(x)", "x", ["convex", "concave"], "", "sinh'' changes sign at 0")
E(K, "cosh(x) <is> <prop>", "cosh(x)", "x", ["convex", "strictly convex", "concave"], "C SC", "cosh''=cosh>0")
E(K, "tanh(x) <is> <prop> on x>=0", "tanh(x)", "x", ["concave", "convex"], "V SV", "tanh''=-2 tanh sech^2<0 for x>0",
  dom=["x>=0"], box=POS)
E(K, "tanh(x) <is> <prop>", "tanh(x)", "x", ["convex", "concave"], "", "tanh'' changes sign at 0")
E(K, "tanh(x) <is> <prop> for x<0", "tanh(x)", "x", ["convex"], "C SC", "tanh''>0 for x<0", dom=["x<0"], box=NEG)
E(K, "log(x) <is> <prop> for x > 0", "log(x)", "x", ["convex", "concave"], "V SV", "-1/x^2", dom=["x>0"], box=POS)
E(K, "ln(x) <is> <prop> on x>0", "log(x)", "x", ["strictly concave", "convex"], "V SV", "-1/x^2", dom=["x>0"],
  box=POS)
E(K, "ln(x^2) <is> <prop> on x > 0", "log(x**2)", "x", ["concave", "convex"], "V SV", "2 ln x", dom=["x>0"],
  box=POS)
E(K, "log(1+x^2) <is> <prop>", "log(1+x**2)", "x", ["convex", "concave"], "", "2(1-x^2)/(1+x^2)^2 changes sign")
E(K, "exp(-x) <is> <prop>", "exp(-x)", "x", ["convex", "concave"], "C SC", "e^{-x}>0")
E(K, "exp(-x^2) <is> <prop>", "exp(-x**2)", "x", ["concave", "convex"], "", "(4x^2-2)e^{-x^2} changes sign")
E(K, "abs(x) <is> <prop>", "Abs(x)", "x", ["strictly convex", "convex"], "C", "linear on x>0", seg=[[1], [2]])
E(K, "abs(x-1) + abs(x+1) <is> <prop>", "Abs(x-1)+Abs(x+1)", "x", ["convex", "strictly convex"], "C",
  "constant 2 on [-1,1]", seg=[[0], ["1/2"]])
E(K, "min(x, y) <is> <prop>", "Min(x,y)", "x y", ["concave", "convex"], "V", "f(t,t)=t", seg=[[0, 0], [1, 1]])
E(K, "max(x^2, 1) <is> <prop>", "Max(x**2,1)", "x", ["convex", "concave"], "C", "constant on [-1,1]",
  seg=[[0], ["1/2"]])
E(K, "x*log(x) <is> <prop> for x>0", "x*log(x)", "x", ["convex", "concave"], "C SC", "1/x", dom=["x>0"], box=POS)
E(K, "1/x <is> <prop> for x<0", "1/x", "x", ["convex", "concave"], "V SV", "2/x^3<0", dom=["x<0"], box=NEG)
E(K, "x^3 <is> <prop> on x>=0", "x**3", "x", ["convex", "concave"], "C SC", "6x", dom=["x>=0"], box=POS)
E(K, "x^3 <is> <prop> for x <= 0", "x**3", "x", ["concave", "convex"], "V SV", "6x<0", dom=["x<=0"], box=NEG)
E(K, "|x|^3 <is> <prop>", "Abs(x)**3", "x", ["convex", "concave"], "C SC", "6|x|")
E(K, "exp(abs(x)) <is> <prop>", "exp(Abs(x))", "x", ["convex", "concave"], "C SC", "max(e^x, e^-x)")
E(K, "sqrt(abs(x)) <is> <prop>", "sqrt(Abs(x))", "x", ["convex", "concave"], "", "f(0)<mean of f(+-1); concave on x>0")
E(K, "min(x, 1) <is> <prop>", "Min(x,1)", "x", ["concave", "strictly concave"], "V", "linear on x<1",
  seg=[[-2], [-1]])
E(K, "max(x,0) + min(x,0) <is> <prop>", "Max(x,0)+Min(x,0)", "x", ["affine", "strictly convex"], "C V", "= x", seg=[[-1], [2]])
E(K, "log(cosh(x)) <is> <prop>", "log(cosh(x))", "x", ["convex", "concave"], "C SC", "sech^2>0")
E(K, "x^2 + sin(x) <is> <prop>", "x**2+sin(x)", "x", ["convex", "strictly convex"], "C SC", "2-sin x>0")
E(K, "x^2 + 3 sin(x) <is> <prop>", "x**2+3*sin(x)", "x", ["convex"], "", "2-3sin x<0 at pi/2")
E(K, "x + sin(x) <is> <prop>", "x+sin(x)", "x", ["convex", "concave"], "", "-sin x changes sign")
E(K, "x^2 + cos(x) <is> <prop>", "x**2+cos(x)", "x", ["convex", "concave"], "C SC", "2-cos x>0")
E(K, "x - sin(x) <is> <prop> on [0, pi]", "x-sin(x)", "x", ["convex", "concave"], "C SC", "sin x>0 inside",
  dom=["x>=0", "x<=pi"], box={"x": [0, 3.2]})
E(K, "tan(x) <is> <prop> on (0, pi/2)", "tan(x)", "x", ["convex", "concave"], "C SC", "2 tan sec^2>0",
  dom=["x>0", "x<pi/2"], box={"x": [0, 1.6]})
E(K, "sec(x) <is> <prop> on (-pi/2, pi/2)", "sec(x)", "x", ["convex", "concave"], "C SC",
  "sec''=sec(tan^2+sec^2)>0", dom=["x>-pi/2", "x<pi/2"], box={"x": [-1.6, 1.6]})
E(K, "atan(x) <is> <prop> for x>0", "atan(x)", "x", ["concave", "convex"], "V SV", "-2x/(1+x^2)^2",
  dom=["x>0"], box=POS)
E(K, "x^2 e^x <is> <prop>", "x**2*exp(x)", "x", ["convex"], "", "(x^2+4x+2)e^x<0 at x=-2")
E(K, "1/(1+x^2) <is> <prop>", "1/(1+x**2)", "x", ["concave", "convex"], "", "(6x^2-2)/(1+x^2)^3 changes sign")
E(K, "exp(x)+exp(y) <is> <prop>", "exp(x)+exp(y)", "x y", ["convex", "strictly convex"], "C SC", "diag(e^x,e^y)")
E(K, "sqrt(x*y) <is> <prop> for x>0, y>0", "sqrt(x*y)", "x y", ["concave", "convex"], "V", "geometric mean",
  dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
E(K, "sqrt(x^2+y^2) <is> <prop>", "sqrt(x**2+y**2)", "x y", ["strictly convex", "concave"], "C",
  "a norm; linear on rays", seg=[[1, 0], [2, 0]])

K = "plain-ml"
E(K, "sigmoid(x) <is> <prop>", "1/(1+exp(-x))", "x", ["convex", "concave"], "", "s(1-s)(1-2s) changes sign")
E(K, "sigmoid(x) <is> <prop> for x>0", "1/(1+exp(-x))", "x", ["concave", "convex"], "V SV", "s''<0 for x>0",
  dom=["x>0"], box=POS)
E(K, "sigmoid(x) <is> <prop> for x < 0", "1/(1+exp(-x))", "x", ["convex"], "C SC", "s''>0 for x<0",
  dom=["x<0"], box=NEG)
E(K, "softplus(x) <is> <prop>", "log(1+exp(x))", "x", ["convex", "strictly convex", "concave"], "C SC", "s(1-s)>0")
E(K, "relu(x) <is> <prop>", "Max(0,x)", "x", ["convex", "concave", "strictly convex"], "C", "linear on x>0",
  seg=[[1], [2]])
E(K, "relu(1 - x) <is> <prop>", "Max(0,1-x)", "x", ["convex"], "C", "hinge; zero on x>1", seg=[[2], [3]])
E(K, "max(0,x) <is> <prop>", "Max(0,x)", "x", ["convex", "concave"], "C", "linear on x>0", seg=[[1], [2]])
E(K, "max(0, 1-x) <is> <prop>", "Max(0,1-x)", "x", ["convex", "strictly convex"], "C", "hinge", seg=[[2], [3]])
E(K, "max(0, 1-x)^2 <is> <prop>", "Max(0,1-x)**2", "x", ["convex", "concave"], "C", "squared hinge; zero on x>1",
  seg=[[2], [3]])
E(K, "x*sigmoid(x) <is> <prop>", "x/(1+exp(-x))", "x", ["convex", "concave"], "",
  "swish: f''<0 for large |x| (e.g. x=-4), >0 at 0")
E(K, "log(sigmoid(x)) <is> <prop>", "-log(1+exp(-x))", "x", ["concave", "convex"], "V SV", "-s(1-s)<0")
E(K, "-log(sigmoid(x)) <is> <prop>", "log(1+exp(-x))", "x", ["convex", "concave"], "C SC", "s(1-s)>0")
E(K, "relu(x) - relu(-x) <is> <prop>", "Max(0,x)-Max(0,-x)", "x", ["affine", "strictly convex"], "C V", "= x", seg=[[-1], [2]])
E(K, "log(1+exp(x)) <is> <prop>", "log(1+exp(x))", "x", ["convex"], "C SC", "s(1-s)>0")
E(K, "tanh(x)^2 <is> <prop>", "tanh(x)**2", "x", ["convex", "concave"], "",
  "(tanh^2)''=2 sech^2(1-3tanh^2)... positive at 0, negative at x=1")
E(K, "(x*y - 1)^2 <is> <prop>", "(x*y-1)**2", "x y", ["convex", "concave"], "",
  "Hessian at 0 is [[0,-2],[-2,0]], indefinite")
E(K, "(w - 1)^2 + 0.1 w^2 <is> <prop>", "(w-1)**2+w**2/10", "w", ["strictly convex", "concave"], "C SC",
  "second derivative 2.2")
E(K, "softplus(x) - x/2 <is> <prop>", "log(1+exp(x))-x/2", "x", ["convex", "affine"], "C SC", "s(1-s)>0")
E(K, "sigmoid(x)*(1-sigmoid(x)) <is> <prop>", "exp(-x)/(1+exp(-x))**2", "x", ["concave", "convex"], "",
  "the logistic density: concave near 0, convex in the tails")

K = "plain-terse"
E(K, "sqrt(x) <prop> for x>0", "sqrt(x)", "x", ["concave", "convex"], "V SV", "-x^{-3/2}/4<0", dom=["x>0"], box=POS)
E(K, "x^2 <prop>?", "x**2", "x", ["convex", "concave"], "C SC", "2>0")
E(K, "e^x <prop> on R", "exp(x)", "x", ["convex", "concave"], "C SC", "e^x>0")
E(K, "log(x) <prop> for x>0", "log(x)", "x", ["strictly concave", "convex"], "V SV", "-1/x^2", dom=["x>0"], box=POS)
E(K, "x^3 <prop> for 0 ≤ x ≤ 2", "x**3", "x", ["convex", "concave"], "C SC", "6x", dom=["x>=0", "x<=2"],
  box={"x": [0, 2]})
E(K, "-sqrt(1 - x^2) <prop> on -1 ≤ x ≤ 1", "-sqrt(1-x**2)", "x", ["convex", "concave"], "C SC",
  "lower semicircle; f''=(1-x^2)^{-3/2}>0 inside", dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})

K = "python-syntax"
E(K, "np.exp(x) <is> <prop>", "exp(x)", "x", ["convex", "concave"], "C SC", "exp''>0")
E(K, "np.log(x) <is> <prop> for x>0", "log(x)", "x", ["concave", "convex"], "V SV", "-1/x^2", dom=["x>0"],
  box=POS)
E(K, "x**0.5 <is> <prop> for x>0", "sqrt(x)", "x", ["concave", "convex"], "V SV", "-x^{-3/2}/4", dom=["x>0"],
  box=POS)
E(K, "np.maximum(x, 0) <is> <prop>", "Max(x,0)", "x", ["convex", "concave"], "C", "linear on x>0", seg=[[1], [2]])
E(K, "math.sqrt(x) <is> <prop> on x >= 0", "sqrt(x)", "x", ["concave", "convex"], "V SV", "-x^{-3/2}/4",
  dom=["x>=0"], box=POS)
E(K, "np.abs(x) + x**2 <is> <prop>", "Abs(x)+x**2", "x", ["strictly convex", "concave"], "C SC",
  "strictly convex + convex")
E(K, "x**4 - 2*x**2 <is> <prop>", "x**4-2*x**2", "x", ["convex", "concave"], "", "12x^2-4 changes sign")
E(K, "np.log(1 + np.exp(x)) <is> <prop>", "log(1+exp(x))", "x", ["strictly convex", "concave"], "C SC", "s(1-s)>0")
E(K, "np.tanh(x) <is> <prop> for x > 0", "tanh(x)", "x", ["concave", "convex"], "V SV", "tanh''<0 for x>0",
  dom=["x>0"], box=POS)
E(K, "x**2 * y**2 <is> <prop>", "x**2*y**2", "x y", ["convex"], "", "Hessian indefinite at (1,1)")
E(K, "x*y <is> <prop>", "x*y", "x y", ["convex", "concave"], "", "indefinite Hessian")
E(K, "np.sin(x) <is> <prop>", "sin(x)", "x", ["concave"], "", "sin'' changes sign")
E(K, "np.minimum(x, y) <is> <prop>", "Min(x,y)", "x y", ["concave", "convex"], "V", "f(t,t)=t", seg=[[0, 0], [1, 1]])

K = "unicode"
E(K, "√x <is> <prop> on x ≥ 0", "sqrt(x)", "x", ["concave", "convex"], "V SV", "-x^{-3/2}/4", dom=["x>=0"], box=POS)
E(K, "x² + y² <is> <prop>", "x**2+y**2", "x y", ["strictly convex", "concave"], "C SC", "Hessian 2I")
E(K, "x³ <is> <prop> for x ≥ 0", "x**3", "x", ["convex", "concave"], "C SC", "6x", dom=["x>=0"], box=POS)
E(K, "1/x <is> <prop> on x ∈ (0, ∞)", "1/x", "x", ["convex", "concave"], "C SC", "2/x^3", dom=["x>0"], box=POS)
E(K, "x² <is> <prop> on ℝ", "x**2", "x", ["convex", "concave"], "C SC", "2")
E(K, "f: ℝ → ℝ, f(x) = x⁴ <is> <prop>", "x**4", "x", ["convex", "concave"], "C SC", "12x^2")
E(K, "e^x − x <is> <prop>", "exp(x)-x", "x", ["convex", "concave"], "C SC", "e^x>0")
E(K, "ln x <is> <prop> for x > 0", "log(x)", "x", ["concave", "convex"], "V SV", "-1/x^2", dom=["x>0"], box=POS)
E(K, "x·y <is> <prop>", "x*y", "x y", ["convex", "concave"], "", "indefinite")
E(K, "√(x² + 1) <is> <prop>", "sqrt(x**2+1)", "x", ["convex", "concave"], "C SC", "(1+x^2)^{-3/2}")
E(K, "−x² <is> <prop>", "-x**2", "x", ["concave", "convex"], "V SV", "-2")
E(K, "x²y <is> <prop> for y ≥ 0", "x**2*y", "x y", ["convex", "concave"], "",
  "Hessian [[2y,2x],[2x,0]] indefinite where x!=0", dom=["y>=0"], box={"y": [0, 5]})
E(K, "|x| + |y| <is> <prop> on ℝ²", "Abs(x)+Abs(y)", "x y", ["convex", "strictly convex"], "C",
  "linear on the orthant", seg=[[1, 1], [2, 2]])
E(K, "1/x <is> <prop> for x ∈ (−∞, 0)", "1/x", "x", ["concave", "convex"], "V SV", "2/x^3<0", dom=["x<0"], box=NEG)

K = "spacing"
E(K, "f(x)= x ^ 2  <is>  <prop>", "x**2", "x", ["convex", "concave"], "C SC", "2")
E(K, "f(x,y)=x^2+y^2 <is>  <prop>", "x**2+y**2", "x y", ["concave"], "C SC", "2I")
E(K, "x^3+x  <is> <prop> for x>=0", "x**3+x", "x", ["convex", "concave"], "C SC", "6x", dom=["x>=0"], box=POS)
E(K, "exp( x )<is> <prop>", "exp(x)", "x", ["strictly convex"], "C SC", "e^x")
E(K, "log(x)is <prop> on x>0", "log(x)", "x", ["concave"], "V SV", "-1/x^2", dom=["x>0"], box=POS)

K = "bare-name"
E(K, "sigmoid <is> <prop>", "1/(1+exp(-x))", "x", ["convex", "concave"], "", "s'' changes sign")
E(K, "relu <is> <prop>", "Max(0,x)", "x", ["convex", "concave"], "C", "linear on x>0", seg=[[1], [2]])
E(K, "tanh <is> <prop>", "tanh(x)", "x", ["concave", "convex"], "", "tanh'' changes sign")
E(K, "softplus <is> <prop>", "log(1+exp(x))", "x", ["convex", "concave"], "C SC", "s(1-s)>0")
E(K, "exp <is> <prop>", "exp(x)", "x", ["convex", "concave"], "C SC", "e^x>0")
E(K, "sqrt <is> <prop>", "sqrt(x)", "x", ["concave", "convex"], "V SV", "-x^{-3/2}/4 on x>0", dom=["x>=0"],
  box=POS)
E(K, "abs <is> <prop>", "Abs(x)", "x", ["strictly convex"], "C", "linear on x>0", seg=[[1], [2]])
E(K, "sin <is> <prop>", "sin(x)", "x", ["convex"], "", "sin'' changes sign")
E(K, "log <is> <prop>", "log(x)", "x", ["concave", "convex"], "V SV", "-1/x^2 on x>0", dom=["x>0"], box=POS)
E(K, "cosh <is> <prop>", "cosh(x)", "x", ["convex"], "C SC", "cosh>0")


def _variants(text):
    """Rephrasings of a claim with the same meaning, tried in order when another corpus already holds the text."""
    if text.startswith("$"):
        yield "The function " + text
    if " on $" in text:
        yield text.replace(" on $", " over $", 1)
    yield "Claim: " + text
    yield text + "."


def _new_to_the_other_corpora(G, out):
    """Rephrase (``_variants``) every claim another corpus of bench/corpus already holds: no claim in two corpora."""
    others = set()
    for name in sorted(os.listdir(out)):
        if name.endswith(".jsonl") and name not in ("tools.jsonl", "everyday.jsonl"):
            with open(os.path.join(out, name), encoding="utf-8") as fh:
                others |= {__import__("json").loads(line)["claim"] for line in fh if line.strip()}
    mine = {d["claim"] for d in TOOLS.out + EVERYDAY.out}
    for d in G.out:
        if d["claim"] in others:
            d["claim"] = next(v for v in _variants(d["claim"]) if v not in others and v not in mine)
            mine.add(d["claim"])


def main():
    out = os.path.normpath(os.path.join(HERE, ".."))
    for G in (TOOLS, EVERYDAY):
        _new_to_the_other_corpora(G, out)
    TOOLS.write(os.path.join(out, "tools.jsonl"), os.path.join(HERE, "spec_tools.jsonl"))
    EVERYDAY.write(os.path.join(out, "everyday.jsonl"), os.path.join(HERE, "spec_everyday.jsonl"))
    for name, G in (("tools", TOOLS), ("everyday", EVERYDAY)):
        n = len(G.out)
        print(f"{name}: {n} claims, {sum(d['holds'] for d in G.out)} hold, {len({d['kind'] for d in G.out})} kinds")


if __name__ == "__main__":
    main()
