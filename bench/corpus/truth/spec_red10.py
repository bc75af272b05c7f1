"""The red10 blind corpus: each function once, with the claims pasted about it (session 10, written before
reading symconvex's source or the other corpora's claims).

An entry: ``expr`` (a SymPy string, natural log), ``vars`` (in order), ``params`` (name -> values the verifier
tries: a claim about a parameter holds when it holds at every listed value), ``dom`` (SymPy relations), ``box``
(the sampling box), ``claims`` as (text, property, holds) with property one of convex, concave, affine, sconvex,
sconcave, notconvex, notconcave, neither, and the provenance ``source`` / ``kind`` /
``why`` (the mathematical reason, checked by hand). Log-concavity claims give ``expr`` as the logarithm of the
function and the property concave.

``python bench/corpus/truth/gen_spec.py red10`` writes bench/corpus/red10.jsonl; ``verify_spec.py red10`` re-derives
every answer independently of symconvex.
"""

ENTRIES = []
R = (-4, 4)
P = (0.01, 5)


def E(source, kind, expr, vars, box, claims, dom=(), params=None, why=""):
    ENTRIES.append({"source": source, "kind": kind, "expr": expr, "vars": list(vars), "box": list(box),
                    "dom": list(dom), "params": dict(params or {}), "why": why,
                    "claims": [tuple(c) for c in claims]})


# ---------------------------------------------------------------- SymPy's is_convex tests and docs
S = "SymPy, sympy/calculus/tests/test_util.py::test_is_convex"
E(S, "sympy", "1/x", "x", [P], [
    (r"$f(x) = \frac{1}{x}$ is convex on $(0, \infty)$", "convex", True),
    (r"1/x is strictly convex for x > 0", "sconvex", True),
    (r"$\frac{1}{x}$ is concave on $x > 0$", "concave", False),
], dom=["x > 0"], why="f'' = 2/x^3 > 0")
E(S, "sympy", "1/x", "x", [(-5, -0.01)], [
    (r"$\frac{1}{x}$ is convex on $x < 0$", "convex", False),
    (r"$1/x$ is concave on $(-\infty, 0)$", "concave", True),
], dom=["x < 0"], why="f'' = 2/x^3 < 0")
E(S, "sympy", "x**(-3)", "x", [P], [
    (r"$x^{-3}$ is convex on $(0, \infty)$", "convex", True),
    (r"The function $\frac{1}{x^3}$ is strictly convex when $x > 0$.", "sconvex", True),
], dom=["x > 0"], why="f'' = 12/x^5 > 0")
E(S, "sympy", "-x**(-3)", "x", [(-5, -0.01)], [
    (r"$-\frac{1}{x^3}$ is convex on $x < 0$", "convex", True),
    (r"$-1/x^3$ is concave for $x < 0$", "concave", False),
], dom=["x < 0"], why="f'' = -12/x^5 > 0 for x < 0")
E(S, "sympy", "log(x)", "x", [P], [
    (r"$\log(x)$ is convex", "convex", False),
    (r"$\ln x$ is strictly concave on $x > 0$", "sconcave", True),
], dom=["x > 0"], why="f'' = -1/x^2 < 0")
E(S + " (docs: is_convex(x**3, x, domain=Interval(-1, oo)))", "sympy", "x**3", "x", [(-1, 5)], [
    (r"$x^3$ is convex on $[-1, \infty)$", "convex", False),
    (r"$f(x) = x^3$ is convex on $x \ge 0$", "convex", None),  # placeholder replaced below
], dom=["x >= -1"], why="f'' = 6x < 0 on [-1, 0)")
ENTRIES[-1]["claims"].pop()
E(S + " (docs)", "sympy", "exp(x)", "x", [R], [
    (r"$e^x$ is convex", "convex", True),
    (r"$\exp(x)$ is strictly convex on $\mathbb{R}$", "sconvex", True),
    (r"$e^{x}$ is concave", "concave", False),
], why="f'' = e^x > 0")
E(S + " (docs)", "sympy", "x**2 + y**2", "xy", [R, R], [
    (r"$f(x, y) = x^2 + y^2$ is convex", "convex", True),
    (r"$x^2 + y^2$ is strictly convex in $x, y$", "sconvex", True),
], why="H = 2I")
E(S, "sympy", "x**2", "x", [(0, 5)], [
    (r"$x^2$ is convex on $[0, \infty)$", "convex", True),
], dom=["x >= 0"], why="f'' = 2")

# ---------------------------------------------------------------- SCIP expression curvature tests
C = "SCIP, tests/src/expr/curvature.c (variable bounds as domains)"
E(C, "scip", "cos(z)", "z", [(-4, -3)], [
    (r"$\cos z$ is convex on $[-4, -3]$", "convex", True),
    (r"$\cos(z)$ is concave for $-4 \le z \le -3$", "concave", False),
], dom=["z >= -4", "z <= -3"], why="f'' = -cos z > 0 since cos < 0 on [-4,-3] (pi/2 < 3 < 4 < 3pi/2)")
E(C, "scip", "cos(w)", "w", [(5, 6)], [
    (r"$\cos w$ is concave on $5 \le w \le 6$", "concave", True),
    (r"cos(w) is convex on [5, 6]", "convex", False),
], dom=["w >= 5", "w <= 6"], why="cos > 0 on [5, 6] (3pi/2 < 5, 6 < 2pi)")
E(C, "scip", "cos(x)", "x", [R], [
    (r"$\cos x$ is neither convex nor concave on $\mathbb{R}$", "neither", True),
], why="cos changes sign")
E(C, "scip", "sin(y)", "y", [(1, 2)], [
    (r"$\sin y$ is concave on $[1, 2]$", "concave", True),
    (r"$\sin(y)$ is strictly concave for $1 \le y \le 2$", "sconcave", True),
], dom=["y >= 1", "y <= 2"], why="f'' = -sin y < 0")
E(C, "scip", "sin(w)", "w", [(5, 6)], [
    (r"$\sin w$ is convex on $[5, 6]$", "convex", True),
    (r"$\sin w$ is concave on $[5, 6]$", "concave", False),
], dom=["w >= 5", "w <= 6"], why="sin < 0 on [5, 6] (pi < 5, 6 < 2 pi)")
E(C, "scip", "sin(z)", "z", [(-4, -3)], [
    (r"$\sin z$ is convex on $[-4, -3]$", "convex", False),
    (r"$\sin z$ is concave on $[-4, -3]$", "concave", False),
], dom=["z >= -4", "z <= -3"], why="sin z changes sign at -pi in (-4, -3)")
E(C, "scip", "y**(-1)", "y", [(1, 2)], [
    (r"$y^{-1}$ is convex on $[1, 2]$", "convex", True),
], dom=["y >= 1", "y <= 2"], why="2/y^3 > 0")
E(C, "scip", "y**Rational(-5, 2)", "y", [(1, 2)], [
    (r"$y^{-2.5}$ is convex for $1 \le y \le 2$", "convex", True),
], dom=["y >= 1", "y <= 2"], why="(35/4) y^{-9/2} > 0")
E(C, "scip", "sqrt(y)", "y", [(1, 2)], [
    (r"$y^{0.5}$ is concave on $[1, 2]$", "concave", True),
    (r"$y^{0.5}$ is convex on $[1, 2]$", "convex", False),
], dom=["y >= 1", "y <= 2"], why="-(1/4) y^{-3/2} < 0")
E(C, "scip", "z**(-1)", "z", [(-4, -3)], [
    (r"$z^{-1}$ is concave on $[-4, -3]$", "concave", True),
], dom=["z >= -4", "z <= -3"], why="2/z^3 < 0")
E(C, "scip", "z**(-2)", "z", [(-4, -3)], [
    (r"$z^{-2}$ is convex on $-4 \le z \le -3$", "convex", True),
], dom=["z >= -4", "z <= -3"], why="6/z^4 > 0")
E(C, "scip", "z**(-3)", "z", [(-4, -3)], [
    (r"$z^{-3}$ is concave on $-4 \le z \le -3$", "concave", True),
    (r"$z^{-3}$ is convex on $-4 \le z \le -3$", "convex", False),
], dom=["z >= -4", "z <= -3"], why="12/z^5 < 0")
E(C + " (signpower)", "scip", "y*Abs(y)", "y", [(1, 2)], [
    (r"$y|y|$ is convex on $[1, 2]$", "convex", True),
], dom=["y >= 1", "y <= 2"], why="= y^2 there")
E(C + " (signpower)", "scip", "x*Abs(x)", "x", [R], [
    (r"$x|x|$ is convex", "convex", False),
    (r"$x \lvert x \rvert$ is neither convex nor concave", "neither", True),
], why="-x^2 for x < 0, x^2 for x > 0")
E(C + " (signpower)", "scip", "z*Abs(z)", "z", [(-4, -3)], [
    (r"$z|z|$ is concave for $-4 \le z \le -3$", "concave", True),
], dom=["z >= -4", "z <= -3"], why="= -z^2 there")
E(C + " (sum)", "scip", "x + sqrt(y) + 1/z", "xyz", [R, (1, 2), (-4, -3)], [
    (r"$x + \sqrt{y} + \frac{1}{z}$ is concave on $1 \le y \le 2$, $-4 \le z \le -3$", "concave", True),
    (r"$x + y^{1/2} + z^{-1}$ is convex for $y \in [1, 2]$, $z \in [-4, -3]$", "convex", False),
], dom=["y >= 1", "y <= 2", "z >= -4", "z <= -3"], why="sum of concave terms")
E(C + " (sum)", "scip", "x**2 + sqrt(y) + 1/z", "xyz", [R, (1, 2), (-4, -3)], [
    (r"$x^2 + \sqrt{y} + 1/z$ is neither convex nor concave on $1 \le y \le 2, -4 \le z \le -3$", "neither", True),
], dom=["y >= 1", "y <= 2", "z >= -4", "z <= -3"], why="x^2 convex direction, sqrt(y) concave direction")
E(C + " (sum)", "scip", "-z**(-1)", "z", [(-4, -3)], [
    (r"$-z^{-1}$ is convex on $[-4, -3]$", "convex", True),
], dom=["z >= -4", "z <= -3"], why="-2/z^3 > 0")
E(C + " (cons c2)", "scip", "-(x + y)**2 + x + y + z", "xyz", [R, R, R], [
    (r"$-(x + y)^2 + x + y + z$ is concave", "concave", True),
    (r"$-(x+y)^2 + x + y + z$ is strictly concave", "sconcave", False),
], why="-(x+y)^2 concave of rank one; flat along (1,-1,0)")
E(C + " (cons c3)", "scip", "x*y*z - x", "xyz", [R, R, R], [
    (r"$xyz - x$ is neither convex nor concave", "neither", True),
], why="a trilinear term: indefinite Hessian")
E(C + " (product)", "scip", "x*y", "xy", [R, (1, 2)], [
    (r"$x y$ is convex on $1 \le y \le 2$", "convex", False),
], dom=["y >= 1", "y <= 2"], why="H = [[0,1],[1,0]] indefinite")

# ---------------------------------------------------------------- Nesterov, Lectures on Convex Optimization
N = "Nesterov, Lectures on Convex Optimization (2018), sec. 2.1 / 3.1 examples"
E(N, "nesterov", "Abs(x)**3", "x", [R], [
    (r"$|x|^p$ with $p = 3$ is convex on $\mathbb{R}$", "convex", True),
    (r"$|x|^3$ is strictly convex", "sconvex", True),
], why="6|x| >= 0, zero only at 0")
E(N, "nesterov", "x - log(1 + x)", "x", [(-0.99, 5)], [
    (r"$x - \ln(1 + x)$ is convex on $x > -1$", "convex", True),
    (r"$f(x) = x - \log(1+x)$ is strictly convex for $x > -1$", "sconvex", True),
], dom=["x > -1"], why="f'' = 1/(1+x)^2")
E(N + " (self-concordant barrier of an interval)", "nesterov", "-log(1 - x**2)", "x", [(-0.99, 0.99)], [
    (r"$-\ln(1 - x^2)$ is convex on $-1 < x < 1$", "convex", True),
    (r"$-\log(1 - x^2)$ is concave on $(-1, 1)$", "concave", False),
], dom=["x > -1", "x < 1"], why="-log(1-x) - log(1+x)")
E(N + " (barrier of the second-order cone)", "nesterov", "-log(t**2 - x**2)", "xt", [R, (0.01, 5)], [
    (r"$-\ln(t^2 - x^2)$ is convex on $t > |x|$", "convex", True),
    (r"$F(x, t) = -\log(t^2 - x^2)$ is convex in $(x, t)$ on the cone $\{t > |x|\}$", "convex", True),
], dom=["t > Abs(x)"], why="-log(t-x) - log(t+x)")
E(N + " (log-sum-exp)", "nesterov", "log(exp(x1) + exp(x2) + exp(x3))", ["x1", "x2", "x3"], [R, R, R], [
    (r"$\ln\left(\sum_{i=1}^{3} e^{x_i}\right)$ is convex", "convex", True),
    (r"$\log(e^{x_1} + e^{x_2} + e^{x_3})$ is strictly convex", "sconvex", False),
], why="lse is convex; affine along (1,1,1)")
E(N + " (worst-case function, n = 3)", "nesterov",
  "Rational(1,4)*(Rational(1,2)*(x1**2 + (x1 - x2)**2 + (x2 - x3)**2 + x3**2) - x1)", ["x1", "x2", "x3"],
  [R, R, R], [
    (r"$f(x) = \frac{1}{4}\left(\frac{1}{2}\left(x_1^2 + (x_1 - x_2)^2 + (x_2 - x_3)^2 + x_3^2\right) - x_1\right)$ is convex", "convex", True),
    (r"$\frac{L}{4}\left(\frac12 \left[x_1^2 + \sum_{i=1}^{2}(x_i - x_{i+1})^2 + x_3^2\right] - x_1\right)$ with $L = 1$ is strictly convex", "sconvex", True),
], why="tridiagonal 2,-1 matrix is positive definite")
E(N + " (smooth, not strongly convex)", "nesterov", "log(1 + exp(x))", "x", [R], [
    (r"$\ln(1 + e^x)$ is convex", "convex", True),
    (r"$\log(1 + \exp(x))$ is strictly convex on $\mathbb{R}$", "sconvex", True),
], why="sigma(1 - sigma) > 0")
E(N + " (Example: x^4 is not strongly convex)", "nesterov", "x**4", "x", [R], [
    (r"$x^4$ is strictly convex", "sconvex", True),
    (r"$f(x) = x^4$ is not convex", "notconvex", False),
], why="12 x^2, isolated zero")
E(N + " (universal barrier of R_+)", "nesterov", "-log(x) - log(y)", "xy", [P, P], [
    (r"$-\ln x - \ln y$ is convex on $\mathbb{R}^2_{++}$", "convex", True),
    (r"$-\log(xy)$ is strictly convex on $x > 0, y > 0$", "sconvex", True),
], dom=["x > 0", "y > 0"], why="diag(1/x^2, 1/y^2)")
E(N + " (sec. 5.4: entropy barrier)", "nesterov", "x*log(x) - log(x)", "x", [P], [
    (r"$x \ln x - \ln x$ is convex for $x > 0$", "convex", True),
], dom=["x > 0"], why="1/x + 1/x^2 > 0")
E(N + " (exercise: x^2 y^2 is not convex)", "nesterov", "x**2*y**2", "xy", [R, R], [
    (r"$x^2 y^2$ is convex", "convex", False),
    (r"$f(x,y) = x^2 y^2$ is not convex", "notconvex", True),
], why="along (1,-1) at (1,1): t -> (1+t)^2(1-t)^2")
E(N + " (geometric mean)", "nesterov", "-(x*y*z)**Rational(1,3)", "xyz", [P, P, P], [
    (r"$-(xyz)^{1/3}$ is convex on $x > 0, y > 0, z > 0$", "convex", True),
    (r"$-\sqrt[3]{x y z}$ is strictly convex on $\mathbb{R}^3_{++}$", "sconvex", False),
], dom=["x > 0", "y > 0", "z > 0"], why="negative geometric mean; homogeneous of degree 1 (flat along rays)")

# ---------------------------------------------------------------- Beck, Introduction to Nonlinear Optimization
B = "Beck, Introduction to Nonlinear Optimization (2014), ch. 7 exercises (convex functions)"
E(B, "beck", "2*x1**2 + x2**2 + 3*x3**2 + 2*x1*x2 + 2*x1*x3 - 4*x1 + x3", ["x1", "x2", "x3"], [R, R, R], [
    (r"$f(x_1, x_2, x_3) = 2x_1^2 + x_2^2 + 3x_3^2 + 2x_1x_2 + 2x_1x_3 - 4x_1 + x_3$ is convex", "convex", True),
    (r"$2x_1^2 + x_2^2 + 3x_3^2 + 2x_1x_2 + 2x_1x_3 - 4x_1 + x_3$ is strictly convex", "sconvex", True),
], why="H = [[4,2,2],[2,2,0],[2,0,6]], minors 4, 4, 16 > 0")
E(B, "beck", "x1**2 + 4*x1*x2 + x2**2", ["x1", "x2"], [R, R], [
    (r"$x_1^2 + 4x_1x_2 + x_2^2$ is convex", "convex", False),
    (r"$x_1^2 + 4 x_1 x_2 + x_2^2$ is neither convex nor concave", "neither", True),
], why="H = [[2,4],[4,2]], eigenvalues 6 and -2")
E(B, "beck", "exp(x1**2 + x2**2)", ["x1", "x2"], [(-2, 2), (-2, 2)], [
    (r"$e^{x_1^2 + x_2^2}$ is convex", "convex", True),
    (r"$\exp(x_1^2 + x_2^2)$ is strictly convex", "sconvex", True),
], why="increasing convex of strictly convex")
E(B, "beck", "sqrt(x1**2 + x2**2 + 1)", ["x1", "x2"], [R, R], [
    (r"$\sqrt{x_1^2 + x_2^2 + 1}$ is convex", "convex", True),
    (r"$f(x) = \sqrt{\|x\|^2 + 1}$ is strictly convex on $\mathbb{R}^2$", "sconvex", True),
], why="norm of (x, 1); Hessian PD")
E(B, "beck", "-log(x1 - x2**2)", ["x1", "x2"], [(0.01, 5), (-2, 2)], [
    (r"$-\ln(x_1 - x_2^2)$ is convex on $x_1 > x_2^2$", "convex", True),
    (r"$-\log(x_1 - x_2^2)$ is concave on $\{x_1 > x_2^2\}$", "concave", False),
], dom=["x1 > x2**2"], why="-log of a concave positive function")
E(B + " (Example 7.18)", "beck", "-sqrt(x1*x2)", ["x1", "x2"], [P, P], [
    (r"$-\sqrt{x_1 x_2}$ is convex on $\mathbb{R}^2_{++}$", "convex", True),
    (r"$\sqrt{x_1 x_2}$ is concave on $x_1 > 0, x_2 > 0$", "concave", False),
], dom=["x1 > 0", "x2 > 0"], why="geometric mean is concave; 2nd claim: sqrt(x1 x2) concave means -f convex... stated false")
ENTRIES[-1]["claims"][1] = (r"$\sqrt{x_1 x_2}$ is convex on $x_1 > 0, x_2 > 0$", "concave", False)
ENTRIES[-1]["expr"] = "-sqrt(x1*x2)"
E(B, "beck", "sqrt(x1*x2*x3)", ["x1", "x2", "x3"], [P, P, P], [
    (r"$\sqrt{x_1 x_2 x_3}$ is concave on $\mathbb{R}^3_{++}$", "concave", False),
    (r"$\sqrt{x_1 x_2 x_3}$ is convex on $x_1, x_2, x_3 > 0$", "convex", False),
], dom=["x1 > 0", "x2 > 0", "x3 > 0"], why="homogeneous of degree 3/2: convex along rays; concave along (1,-1,0)")
E(B, "beck", "x1**4 + x2**4 - 2*x1*x2", ["x1", "x2"], [(-2, 2), (-2, 2)], [
    (r"$x_1^4 + x_2^4 - 2x_1x_2$ is convex", "convex", False),
], why="Hessian at 0 is [[0,-2],[-2,0]], indefinite")
E(B + " (Example 7.22: log-sum-exp of affine)", "beck", "log(exp(x1 + 2*x2) + exp(-x1) + exp(x2 - 1))", ["x1", "x2"],
  [R, R], [
    (r"$\ln\left(e^{x_1 + 2x_2} + e^{-x_1} + e^{x_2 - 1}\right)$ is convex", "convex", True),
    (r"$\log(e^{x_1+2x_2} + e^{-x_1} + e^{x_2-1})$ is concave", "concave", False),
], why="lse of affine maps")
E(B, "beck", "x1**2/x2 + x2**2/x1", ["x1", "x2"], [P, P], [
    (r"$\frac{x_1^2}{x_2} + \frac{x_2^2}{x_1}$ is convex on $x_1 > 0, x_2 > 0$", "convex", True),
], dom=["x1 > 0", "x2 > 0"], why="sum of quadratic-over-linear")
E(B, "beck", "x1*x2", ["x1", "x2"], [P, P], [
    (r"$f(x_1, x_2) = -x_1 x_2$ is convex on $\mathbb{R}^2_{++}$", "convex", None),
], dom=["x1 > 0", "x2 > 0"])
ENTRIES[-1]["claims"] = [(r"$x_1 x_2$ is concave on $\mathbb{R}^2_{++}$", "concave", False),
                         (r"$x_1 x_2$ is neither convex nor concave on $x_1 > 0, x_2 > 0$", "neither", True)]
E(B + " (Exercise: -x1 x2 on the positive orthant)", "beck", "-x1*x2", ["x1", "x2"], [P, P], [
    (r"$f(x_1, x_2) = -x_1 x_2$ is convex on $\mathbb{R}^2_{++}$", "convex", False),
], dom=["x1 > 0", "x2 > 0"], why="indefinite Hessian")
E(B + " (Huber function, delta = 1)", "beck", "Piecewise((x**2/2, Abs(x) <= 1), (Abs(x) - Rational(1,2), True))",
  "x", [R], [
    (r"$H(x) = \begin{cases} \frac{x^2}{2} & |x| \le 1 \\ |x| - \frac{1}{2} & |x| > 1 \end{cases}$ is convex", "convex", True),
    (r"The Huber function $H(x) = \begin{cases} \frac{1}{2}x^2 & \text{if } |x| \le 1 \\ |x| - \frac{1}{2} & \text{otherwise} \end{cases}$ is strictly convex", "sconvex", False),
], why="C^1 with nondecreasing derivative; affine for |x| > 1")
E(B + " (Example 7.5: x^T Q x)", "beck", "2*x1**2 - 2*x1*x2 + 3*x2**2", ["x1", "x2"], [R, R], [
    (r"$x^T Q x$ is strictly convex where $Q = \begin{pmatrix} 2 & -1 \\ -1 & 3 \end{pmatrix}$", "sconvex", True),
    (r"$f(x) = x^\top Q x$ is concave where $Q = \begin{pmatrix} 2 & -1 \\ -1 & 3 \end{pmatrix}$", "concave", False),
], why="Q positive definite")
E(B + " (indefinite quadratic form)", "beck", "x1**2 + 4*x1*x2 + 3*x2**2", ["x1", "x2"], [R, R], [
    (r"$x^\top A x$ is convex where $A = \begin{pmatrix} 1 & 2 \\ 2 & 3 \end{pmatrix}$", "convex", False),
], why="det A = -1 < 0")
E(B + " (Example: sum of squares of affine, rank one)", "beck", "(x1 + 2*x2 - 3*x3)**2", ["x1", "x2", "x3"],
  [R, R, R], [
    (r"$(x_1 + 2x_2 - 3x_3)^2$ is convex", "convex", True),
    (r"$(x_1 + 2x_2 - 3x_3)^2$ is strictly convex", "sconvex", False),
], why="square of a linear form: rank-one Hessian")

# ---------------------------------------------------------------- Beck, First-Order Methods in Optimization
F = "Beck, First-Order Methods in Optimization (2017), ch. 2 / 5 / 6 examples"
E(F + " (negative entropy)", "beck-fom", "x*log(x) + y*log(y)", "xy", [P, P], [
    (r"$x\log x + y \log y$ is convex on $x > 0, y > 0$", "convex", True),
    (r"$\sum_{i=1}^{2} x_i \log x_i$ is strictly convex on $\mathbb{R}^2_{++}$", "sconvex", True),
], dom=["x > 0", "y > 0"], why="diag(1/x, 1/y)")
E(F + " (Moreau envelope of |x|: Huber with mu = 2)", "beck-fom",
  "Piecewise((x**2/4, Abs(x) <= 2), (Abs(x) - 1, True))", "x", [(-6, 6)], [
    (r"$M_\mu(x) = \begin{cases} \frac{x^2}{2\mu} & |x| \le \mu \\ |x| - \frac{\mu}{2} & |x| > \mu \end{cases}$ with $\mu = 2$ is convex", "convex", True),
], why="Moreau envelope of a convex function")
E(F + " (max of affine)", "beck-fom", "Max(x1 - x2, 2*x1 + x2, -x1)", ["x1", "x2"], [R, R], [
    (r"$\max\{x_1 - x_2, 2x_1 + x_2, -x_1\}$ is convex", "convex", True),
    (r"$\max(x_1 - x_2, 2x_1 + x_2, -x_1)$ is concave", "concave", False),
], why="max of affine functions")
E(F + " (l1 norm)", "beck-fom", "Abs(x1) + Abs(x2) + Abs(x3)", ["x1", "x2", "x3"], [R, R, R], [
    (r"$\|x\|_1 = |x_1| + |x_2| + |x_3|$ is convex", "convex", True),
    (r"$\|x\|_1$ is strictly convex for $x \in \mathbb{R}^3$", "sconvex", False),
], why="norm; linear on orthants")
E(F + " (squared distance to [0,1])", "beck-fom", "Max(0, -x)**2 + Max(0, x - 1)**2", "x", [R], [
    (r"$\max(0, -x)^2 + \max(0, x - 1)^2$ is convex", "convex", True),
    (r"$(-x)_+^2 + (x - 1)_+^2$ is strictly convex", "sconvex", False),
], why="squared distance to an interval: zero on [0, 1]")
E(F + " (log-barrier of a polytope)", "beck-fom", "-log(1 - x - y) - log(x) - log(y)", "xy", [(0.01, 0.98), (0.01, 0.98)], [
    (r"$-\log(1 - x - y) - \log x - \log y$ is convex on $x > 0, y > 0, x + y < 1$", "convex", True),
    (r"$-\ln(1 - x - y) - \ln x - \ln y$ is strictly convex on $\{x > 0, y > 0, x + y < 1\}$", "sconvex", True),
], dom=["x > 0", "y > 0", "x + y < 1"], why="sum of -log of affine, the three normals span R^2")
E(F + " (quadratic over linear, vector form)", "beck-fom", "(x1**2 + x2**2)/t", ["x1", "x2", "t"], [R, R, P], [
    (r"$\frac{\|x\|^2}{t}$ is convex on $t > 0$ where $x = (x_1, x_2)$", "convex", True),
    (r"$\frac{x_1^2 + x_2^2}{t}$ is strictly convex for $t > 0$", "sconvex", False),
], dom=["t > 0"], why="perspective of the squared norm; homogeneous degree 1, flat along rays")

# ---------------------------------------------------------------- Bubeck, Convex Optimization: Algorithms and Complexity
U = "Bubeck, Convex Optimization: Algorithms and Complexity (2015), sec. 3 / 6 examples"
E(U + " (ridge regression)", "bubeck", "(2*w - 1)**2 + (w + 3)**2 + lam*w**2", "w", [R], [
    (r"$(2w - 1)^2 + (w + 3)^2 + \lambda w^2$ is strictly convex in $w$ for $\lambda \ge 0$", "sconvex", True),
], params={"lam": ["0", "1/10", "3"]}, why="second derivative 10 + 2 lambda > 0")
E(U + " (logistic regression with two data points)", "bubeck", "log(1 + exp(-w1 - 2*w2)) + log(1 + exp(w1 - w2))",
  ["w1", "w2"], [R, R], [
    (r"$\log(1 + e^{-(w_1 + 2w_2)}) + \log(1 + e^{w_1 - w_2})$ is convex in $w_1, w_2$", "convex", True),
    (r"$\ln(1+e^{-w_1-2w_2}) + \ln(1+e^{w_1-w_2})$ is strictly convex", "sconvex", True),
], why="softplus of two independent linear forms")
E(U + " (exp-concave: log loss of a portfolio)", "bubeck", "-log(x1 + 2*x2)", ["x1", "x2"], [P, P], [
    (r"$-\log(x_1 + 2 x_2)$ is convex on $x_1 > 0, x_2 > 0$", "convex", True),
    (r"$-\log(x_1 + 2x_2)$ is strictly convex on $x_1 > 0, x_2 > 0$", "sconvex", False),
], dom=["x1 > 0", "x2 > 0"], why="-log of a linear form; constant along (2,-1)")
E(U + " (entropic mirror map)", "bubeck", "x1*log(x1) + x2*log(x2) + x3*log(x3)", ["x1", "x2", "x3"], [P, P, P], [
    (r"$\Phi(x) = \sum_{i=1}^{3} x_i \log x_i$ is strictly convex on $\mathbb{R}^3_{++}$", "sconvex", True),
], dom=["x1 > 0", "x2 > 0", "x3 > 0"], why="diagonal Hessian 1/x_i")
E(U + " (smooth non-convex example)", "bubeck", "x**2 + 3*sin(x)**2", "x", [R], [
    (r"$x^2 + 3\sin^2 x$ is convex", "convex", False),
], why="f'' = 2 + 6 cos 2x < 0 near pi/2")

# ---------------------------------------------------------------- Calafiore & El Ghaoui, Optimization Models
G = "Calafiore & El Ghaoui, Optimization Models (2014), ch. 8 examples / exercises"
E(G, "calafiore", "Max(exp(x), x**4)", "x", [(-3, 3)], [
    (r"$\max(e^x, x^4)$ is convex", "convex", True),
    (r"$\max\{e^{x}, x^4\}$ is strictly convex", "sconvex", True),
], why="max of strictly convex functions")
E(G, "calafiore", "sqrt(x1**2 + x2**2)", ["x1", "x2"], [R, R], [
    (r"$\|x\|_2 = \sqrt{x_1^2 + x_2^2}$ is convex", "convex", True),
    (r"$\sqrt{x_1^2 + x_2^2}$ is strictly convex", "sconvex", False),
    (r"$\sqrt{x_1^2 + x_2^2}$ is concave", "concave", False),
], why="norm; linear on rays")
E(G + " (exercise 8.2)", "calafiore", "x1**2 - x2**2 + x1*x2", ["x1", "x2"], [R, R], [
    (r"$f(x) = x_1^2 - x_2^2 + x_1 x_2$ is neither convex nor concave", "neither", True),
], why="det [[2,1],[1,-2]] = -5")
E(G + " (log of a posynomial in log variables)", "calafiore", "log(exp(2*y1 + y2) + 3*exp(-y1 + y2) + exp(y1))",
  ["y1", "y2"], [R, R], [
    (r"$\log\left(e^{2y_1 + y_2} + 3e^{-y_1 + y_2} + e^{y_1}\right)$ is convex in $y_1, y_2$", "convex", True),
], why="log-sum-exp of affine (3 = e^{log 3})")
E(G + " (product of two positive convex? no)", "calafiore", "x*exp(-x)", "x", [(0, 5)], [
    (r"$x e^{-x}$ is concave on $[0, 2]$", "concave", True),
], dom=["x >= 0"])
ENTRIES[-1].update(box=[(0, 2)], dom=["x >= 0", "x <= 2"])
E(G, "calafiore", "x*exp(-x)", "x", [(0, 6)], [
    (r"$x e^{-x}$ is concave on $x \ge 0$", "concave", False),
], dom=["x >= 0"], why="f'' = (x - 2) e^{-x} > 0 for x > 2")
E(G + " (exercise: a quadratic on an affine set)", "calafiore", "(x1 - x2)**2 + (x2 - x3)**2 + (x3 - x1)**2",
  ["x1", "x2", "x3"], [R, R, R], [
    (r"$(x_1 - x_2)^2 + (x_2 - x_3)^2 + (x_3 - x_1)^2$ is convex", "convex", True),
    (r"$(x_1 - x_2)^2 + (x_2 - x_3)^2 + (x_3 - x_1)^2$ is strictly convex", "sconvex", False),
], why="graph Laplacian; constant along (1,1,1)")
E(G + " (inverse of a concave function)", "calafiore", "1/(1 - x**2)", "x", [(-0.99, 0.99)], [
    (r"$\frac{1}{1 - x^2}$ is convex on $(-1, 1)$", "convex", True),
], dom=["x > -1", "x < 1"], why="1/g with g concave positive is convex")
E(G + " (ratio)", "calafiore", "x1/x2", ["x1", "x2"], [P, P], [
    (r"$\frac{x_1}{x_2}$ is convex on $\mathbb{R}^2_{++}$", "convex", False),
    (r"$x_1 / x_2$ is concave on $x_1 > 0, x_2 > 0$", "concave", False),
], dom=["x1 > 0", "x2 > 0"], why="H = [[0,-1/x2^2],[-1/x2^2, 2x1/x2^3]], det < 0")

# ---------------------------------------------------------------- Luenberger & Ye; Bazaraa, Sherali & Shetty
L = "Luenberger & Ye, Linear and Nonlinear Programming, sec. 7.4 (convex functions) exercises"
E(L, "luenberger", "x1**2 - 4*x1*x2 + x2**2 + 3*x1", ["x1", "x2"], [R, R], [
    (r"$x_1^2 - 4x_1x_2 + x_2^2 + 3x_1$ is convex", "convex", False),
    (r"$x_1^2 - 4x_1x_2 + x_2^2 + 3x_1$ is not concave", "notconcave", True),
], why="eigenvalues 3 and -1")
E(L, "luenberger", "x1**2 + x1*x2 + x2**2 - 3*x1", ["x1", "x2"], [R, R], [
    (r"$f(x_1, x_2) = x_1^2 + x_1 x_2 + x_2^2 - 3x_1$ is strictly convex", "sconvex", True),
], why="H = [[2,1],[1,2]] PD")
E(L + " (Rosenbrock)", "luenberger", "100*(x2 - x1**2)**2 + (1 - x1)**2", ["x1", "x2"], [(-2, 2), (-1, 3)], [
    (r"The Rosenbrock function $100(x_2 - x_1^2)^2 + (1 - x_1)^2$ is convex", "convex", False),
    (r"$100(y - x^2)^2 + (1 - x)^2$ is not convex", "notconvex", True),
], why="Hessian at (0, 1) has 2 - 400 < 0")
ENTRIES[-1]["vars"] = ["x1", "x2"]
ENTRIES[-1]["claims"][1] = (r"$f(x_1,x_2) = 100(x_2 - x_1^2)^2 + (1 - x_1)^2$ is not convex", "notconvex", True)
Z = "Bazaraa, Sherali & Shetty, Nonlinear Programming (3rd ed.), ch. 3 exercises"
E(Z, "bss", "2*x1**2 + x2**2 - 2*x1*x2 + 5*x1 - 3*x2", ["x1", "x2"], [R, R], [
    (r"$2x_1^2 + x_2^2 - 2x_1x_2 + 5x_1 - 3x_2$ is convex", "convex", True),
    (r"$f(x_1,x_2)=2x_1^2+x_2^2-2x_1x_2+5x_1-3x_2$ is strictly convex", "sconvex", True),
], why="H = [[4,-2],[-2,2]], det 4")
E(Z, "bss", "x1**2 + 2*x1*x2 - 10*x1 + 5*x2", ["x1", "x2"], [R, R], [
    (r"$x_1^2 + 2x_1x_2 - 10x_1 + 5x_2$ is convex", "convex", False),
    (r"$x_1^2 + 2x_1x_2 - 10x_1 + 5x_2$ is neither convex nor concave", "neither", True),
], why="H = [[2,2],[2,0]], det -4")
E(Z, "bss", "x1*exp(-(x1 + x2))", ["x1", "x2"], [P, P], [
    (r"$x_1 e^{-(x_1 + x_2)}$ is concave on $x_1 > 0, x_2 > 0$", "concave", False),
    (r"$x_1 e^{-x_1 - x_2}$ is convex on $\mathbb{R}^2_{++}$", "convex", False),
], dom=["x1 > 0", "x2 > 0"], why="f_x2x2 = x1 e^{..} > 0; f_x1x1 = (x1 - 2)e^{..} < 0 for x1 < 2")
E(Z, "bss", "-x1**2 - 5*x2**2 + 2*x1*x2 + 10*x1 - 10*x2", ["x1", "x2"], [R, R], [
    (r"$-x_1^2 - 5x_2^2 + 2x_1x_2 + 10x_1 - 10x_2$ is concave", "concave", True),
    (r"$-x_1^2 - 5x_2^2 + 2x_1x_2 + 10x_1 - 10x_2$ is strictly concave", "sconcave", True),
], why="-H = [[2,-2],[-2,10]] PD")
E(Z + " (3.x: a cubic on a region)", "bss", "x1**3 + x2**3 - 3*x1*x2", ["x1", "x2"], [(1, 4), (1, 4)], [
    (r"$x_1^3 + x_2^3 - 3x_1x_2$ is convex on $x_1 \ge 1, x_2 \ge 1$", "convex", True),
    (r"$x_1^3 + x_2^3 - 3x_1 x_2$ is convex", "convex", None),
], dom=["x1 >= 1", "x2 >= 1"], why="H = [[6x1,-3],[-3,6x2]], det 36 x1 x2 - 9 > 0")
ENTRIES[-1]["claims"].pop()
E(Z, "bss", "x1**3 + x2**3 - 3*x1*x2", ["x1", "x2"], [R, R], [
    (r"$x_1^3 + x_2^3 - 3x_1 x_2$ is convex on $\mathbb{R}^2$", "convex", False),
], why="H at 0 indefinite")
E(Z + " (3.x)", "bss", "(x1 - x2)**2 + x1**2*x2**2", ["x1", "x2"], [R, R], [
    (r"$(x_1 - x_2)^2 + x_1^2 x_2^2$ is convex", "convex", False),
], why="along (1,-1) from (1,1): 4t^2 + (1-t^2)^2 has f'' = 8 - 4 + 12t^2 ... at (2,2) along (1,-1) negative")
E(Z + " (exercise 3.x: e^{x1 x2})", "bss", "exp(x1*x2)", ["x1", "x2"], [R, R], [
    (r"$e^{x_1 x_2}$ is convex", "convex", False),
], why="at 0 the Hessian is [[0,1],[1,0]]")
E(Z + " (sum of max)", "bss", "Max(0, x1 - x2) + Max(0, 2 - x1)", ["x1", "x2"], [R, R], [
    (r"$\max\{0, x_1 - x_2\} + \max\{0, 2 - x_1\}$ is convex", "convex", True),
    (r"$\max\{0, x_1 - x_2\} + \max\{0, 2 - x_1\}$ is concave", "concave", False),
], why="sum of max of affine")

# ---------------------------------------------------------------- Shalev-Shwartz & Ben-David, ch. 12
SS = "Shalev-Shwartz & Ben-David, Understanding Machine Learning (2014), ch. 12 (convex learning problems)"
E(SS + " (squared loss)", "ssbd", "(3*w1 - w2 - 2)**2", ["w1", "w2"], [R, R], [
    (r"$\ell(w) = (\langle w, x\rangle - y)^2$ is convex in $w$ where $x = (3, -1)$ and $y = 2$", "convex", True),
    (r"$(3w_1 - w_2 - 2)^2$ is strictly convex in $w_1, w_2$", "sconvex", False),
], why="square of an affine form in 2 variables: rank one")
E(SS + " (absolute loss)", "ssbd", "Abs(2*w - 5)", "w", [R], [
    (r"$|2w - 5|$ is convex in $w$", "convex", True),
    (r"$|2w - 5|$ is strictly convex", "sconvex", False),
], why="abs of affine")
E(SS + " (hinge loss)", "ssbd", "Max(0, 1 - 3*w1 + 2*w2)", ["w1", "w2"], [R, R], [
    (r"$\max\{0, 1 - y\langle w, x\rangle\}$ is convex in $w$ where $y = -1$ and $x = (-3, 2)$", "convex", True),
    (r"$\max(0, 1 - 3w_1 + 2w_2)$ is concave", "concave", False),
], why="max of affine")
E(SS + " (logistic loss)", "ssbd", "log(1 + exp(-2*w))", "w", [R], [
    (r"$\log(1 + \exp(-y w x))$ is convex in $w$ where $x = 2$, $y = 1$", "convex", True),
    (r"$\log(1 + e^{-2w})$ is concave", "concave", False),
], why="softplus of affine")
E(SS + " (Example 12.x: non-convex loss of a sigmoid)", "ssbd", "(1/(1 + exp(-w)) - 1)**2", "w", [(-6, 6)], [
    (r"$(\sigma(w) - 1)^2$ is convex in $w$", "convex", False),
    (r"$\left(\frac{1}{1 + e^{-w}} - 1\right)^2$ is not convex", "notconvex", True),
], why="tends to constants at both ends and is not constant")
E(SS + " (composition x -> x^2 after a non-affine map)", "ssbd", "(w**2 - 1)**2", "w", [(-3, 3)], [
    (r"$f(w) = (w^2 - 1)^2$ is convex", "convex", False),
], why="f'' = 12 w^2 - 4 < 0 at 0")
E(SS + " (regularized loss is strongly convex)", "ssbd", "Abs(w - 1) + lam*w**2", "w", [R], [
    (r"$|w - 1| + \lambda w^2$ is strictly convex in $w$ for $\lambda > 0$", "sconvex", True),
], params={"lam": ["1/100", "1", "5"]}, why="convex + strictly convex")
E(SS + " (ramp loss)", "ssbd", "Min(1, Max(0, 1 - w))", "w", [R], [
    (r"The ramp loss $\min\{1, \max\{0, 1 - w\}\}$ is convex in $w$", "convex", False),
], why="constant 1 for w < 0, 0 for w > 1, linear between")

# ---------------------------------------------------------------- Bishop / Murphy / Goodfellow
BM = "Bishop PRML sec. 4.3 / Murphy PML sec. 10.2 / Goodfellow et al. sec. 6.2-6.3 (activations and likelihoods)"
E(BM + " (logistic regression NLL)", "ml-text", "log(1 + exp(w*x1 + b)) - (w*x1 + b)", ["w", "b"], [R, R], [
    (r"$\log(1 + e^{w + b}) - (w + b)$ is convex in $w, b$", "convex", True),
], params={})
ENTRIES[-1]["expr"] = "log(1 + exp(w + b)) - (w + b)"
ENTRIES[-1]["why"] = "softplus of an affine form minus affine"
E(BM + " (log-sigmoid)", "ml-text", "log(1/(1 + exp(-z)))", "z", [R], [
    (r"$\log \sigma(z)$ is concave", "concave", True),
    (r"$\log\sigma(z)$ is strictly concave", "sconcave", True),
], why="-softplus(-z)")
E(BM + " (one minus sigmoid)", "ml-text", "-log(1 - 1/(1 + exp(-z)))", "z", [R], [
    (r"$-\log(1 - \sigma(z))$ is convex", "convex", True),
], why="= softplus(z)")
E(BM + " (tanh)", "ml-text", "tanh(z)", "z", [(0, 4)], [
    (r"$\tanh(z)$ is concave for $z \ge 0$", "concave", True),
    (r"$\tanh z$ is convex on $z \ge 0$", "convex", False),
], dom=["z >= 0"], why="tanh'' = -2 tanh sech^2 <= 0")
E(BM + " (tanh on R)", "ml-text", "tanh(z)", "z", [R], [
    (r"$\tanh$ is neither convex nor concave", "neither", True),
], why="odd, concave right of 0, convex left")
E(BM + " (Gaussian NLL in the mean)", "ml-text", "(x - mu)**2/(2*s**2) + log(s)", ["mu"], [R], [
    (r"$\frac{(x - \mu)^2}{2\sigma^2} + \log\sigma$ is convex in $\mu$ where $x = 1$, $\sigma = 2$", "convex", True),
], params={})
ENTRIES[-1]["expr"] = "(1 - mu)**2/8 + log(2)"
E(BM + " (Gaussian NLL in the standard deviation)", "ml-text", "(1 - mu)**2/(2*s**2) + log(s)", ["mu", "s"], [R, (0.05, 5)], [
    (r"$\frac{(x - \mu)^2}{2\sigma^2} + \log \sigma$ is convex in $(\mu, \sigma)$ on $\sigma > 0$ where $x = 1$", "convex", False),
], dom=["s > 0"], why="in sigma alone: f'' = 3d^2/s^4 - 1/s^2 < 0 for s large")
E(BM + " (Gaussian NLL in the precision)", "ml-text", "t*(1 - mu)**2/2 - log(t)/2", ["t"], [P], [
    (r"$\frac{\tau (x-\mu)^2}{2} - \frac{1}{2}\log\tau$ is convex in $\tau$ on $\tau > 0$ where $x = 1, \mu = 0$", "convex", True),
], dom=["t > 0"])
ENTRIES[-1]["expr"] = "t/2 - log(t)/2"
E(BM + " (Gaussian NLL in mean and precision jointly)", "ml-text", "t*(1 - mu)**2/2 - log(t)/2", ["mu", "t"], [R, P], [
    (r"$\frac{\tau}{2}(x - \mu)^2 - \frac{1}{2}\ln \tau$ is jointly convex in $\mu, \tau$ for $\tau > 0$ where $x = 1$", "convex", False),
], dom=["t > 0"], why="det = 1/(2 tau) - (x - mu)^2 < 0 far from x")
E(BM + " (softmax cross-entropy)", "ml-text", "log(exp(z1) + exp(z2) + exp(z3)) - z2", ["z1", "z2", "z3"], [R, R, R], [
    (r"$-\log\frac{e^{z_2}}{e^{z_1} + e^{z_2} + e^{z_3}}$ is convex in $z_1, z_2, z_3$", "convex", True),
    (r"$\log(e^{z_1} + e^{z_2} + e^{z_3}) - z_2$ is strictly convex", "sconvex", False),
], why="lse minus linear; flat along (1,1,1)")
E(BM + " (Gaussian density, log-concave)", "ml-text", "log(exp(-(x - 1)**2/2))", "x", [R], [
    (r"$e^{-(x-1)^2/2}$ is log-concave", "concave", True),
], why="log f = -(x-1)^2/2")
E(BM + " (Gaussian density itself)", "ml-text", "exp(-x**2/2)", "x", [R], [
    (r"$e^{-x^2/2}$ is concave", "concave", False),
    (r"$e^{-x^2/2}$ is neither convex nor concave", "neither", True),
], why="f'' = (x^2 - 1) e^{-x^2/2}")
E(BM + " (Poisson NLL in the rate)", "ml-text", "lam - 3*log(lam)", ["lam"], [P], [
    (r"$\lambda - y \log \lambda$ is convex in $\lambda$ on $\lambda > 0$ where $y = 3$", "convex", True),
    (r"$\lambda - 3\log\lambda$ is strictly convex for $\lambda > 0$", "sconvex", True),
], dom=["lam > 0"], why="3/lambda^2")
E(BM + " (Laplace NLL in the scale)", "ml-text", "log(b) + 2/b", ["b"], [P], [
    (r"$\log b + \frac{|x - \mu|}{b}$ is convex in $b > 0$ where $x = 3$, $\mu = 1$", "convex", False),
], dom=["b > 0"], why="f'' = -1/b^2 + 4/b^3 < 0 for b > 4")
E(BM + " (ELU)", "ml-text", "Piecewise((z, z > 0), (exp(z) - 1, True))", "z", [R], [
    (r"$\mathrm{ELU}(z) = \begin{cases} z & z > 0 \\ e^z - 1 & z \le 0 \end{cases}$ is convex", "convex", True),
    (r"$\mathrm{ELU}(z) = \begin{cases} z & z > 0 \\ e^z - 1 & z \le 0 \end{cases}$ is strictly convex", "sconvex", False),
], why="C^1, derivative e^z then 1 (nondecreasing); linear for z > 0")
E(BM + " (leaky ReLU)", "ml-text", "Max(z, z/10)", "z", [R], [
    (r"The leaky ReLU $\max(0.1z, z)$ is convex", "convex", True),
    (r"$\max(0.1 z, z)$ is concave", "concave", False),
], why="max of linear")
E(BM + " (swish / SiLU)", "ml-text", "z/(1 + exp(-z))", "z", [(-8, 8)], [
    (r"$z \sigma(z)$ is convex", "convex", False),
    (r"The SiLU $\frac{z}{1 + e^{-z}}$ is convex for $z \ge 0$", "convex", None),
], why="f'' < 0 for z < about -2.4")
ENTRIES[-1]["claims"].pop()
E(BM + " (swish on z >= 0)", "ml-text", "z/(1 + exp(-z))", "z", [(0, 8)], [
    (r"The SiLU $\frac{z}{1 + e^{-z}}$ is convex for $z \ge 0$", "convex", False),
], dom=["z >= 0"], why="f'' = s(1-s)(2 - z tanh(z/2)) with s = sigma(z): negative for z > 2.4")
E(BM + " (softplus with temperature)", "ml-text", "log(1 + exp(beta*z))/beta", "z", [R], [
    (r"$\frac{1}{\beta}\log(1 + e^{\beta z})$ is convex in $z$ for $\beta > 0$", "convex", True),
], params={"beta": ["1/2", "1", "3"]}, why="softplus scaled")
E(BM + " (GELU approximation: z Phi(z))", "ml-text", "z*(1 + erf(z/sqrt(2)))/2", "z", [(-6, 6)], [
    (r"$\mathrm{GELU}(z) = \frac{z}{2}\left(1 + \operatorname{erf}\left(\frac{z}{\sqrt{2}}\right)\right)$ is convex", "convex", False),
], why="f'' = phi(z)(2 - z^2) < 0 for |z| > sqrt 2")

# ---------------------------------------------------------------- PyTorch / Keras / JAX (optax) losses
T = "PyTorch torch.nn loss docs"
K = "Keras losses docs"
O = "optax losses docs"
E(T + " (L1Loss)", "losses", "Abs(yhat - 2)", ["yhat"], [R], [
    (r"$\ell(\hat y) = |\hat y - y|$ is convex in $\hat y$ where $y = 2$", "convex", True),
], why="abs of affine")
E(T + " (MSELoss)", "losses", "(yhat - 2)**2", ["yhat"], [R], [
    (r"$(\hat{y} - y)^2$ is strictly convex in $\hat y$ where $y = 2$", "sconvex", True),
], why="2 > 0")
E(T + " (HuberLoss, delta = 2)", "losses", "Piecewise(((x)**2/2, Abs(x) < 2), (2*(Abs(x) - 1), True))", "x", [(-6, 6)], [
    (r"$\ell(x) = \begin{cases} 0.5 x^2 & |x| < \delta \\ \delta(|x| - 0.5\delta) & \text{otherwise} \end{cases}$ is convex where $\delta = 2$", "convex", True),
    (r"$\begin{cases} \frac{1}{2}x^2 & |x| < 2 \\ 2(|x| - 1) & |x| \ge 2 \end{cases}$ is strictly convex", "sconvex", False),
], why="Huber: C^1, convex, linear tails")
E(T + " (SmoothL1Loss, beta = 1/2)", "losses", "Piecewise((x**2, Abs(x) < Rational(1,2)), (Abs(x) - Rational(1,4), True))", "x",
  [R], [
    (r"$\begin{cases} 0.5 x^2/\beta & |x| < \beta \\ |x| - 0.5\beta & \text{otherwise}\end{cases}$ with $\beta = 0.5$ is convex", "convex", True),
], why="Huber rescaled")
E(T + " (BCEWithLogitsLoss, stable form)", "losses", "Max(z, 0) - z*Rational(3,10) + log(1 + exp(-Abs(z)))", "z", [R], [
    (r"$\max(z, 0) - zy + \log(1 + e^{-|z|})$ is convex in $z$ where $y = 0.3$", "convex", True),
    (r"$\max(z, 0) - 0.3 z + \log(1 + e^{-|z|})$ is strictly convex", "sconvex", True),
], why="equals softplus(z) - 0.3 z")
E(T + " (BCEWithLogitsLoss)", "losses", "-(y*log(1/(1 + exp(-z))) + (1 - y)*log(1 - 1/(1 + exp(-z))))", "z", [R], [
    (r"$-[y \log \sigma(z) + (1 - y)\log(1 - \sigma(z))]$ is convex in $z$ for $0 \le y \le 1$", "convex", True),
], params={"y": ["0", "1/3", "1"]}, why="softplus(z) - y z")
E(T + " (PoissonNLLLoss, log_input=True)", "losses", "exp(z) - 4*z", "z", [R], [
    (r"$e^{z} - y z$ is convex in $z$ where $y = 4$", "convex", True),
    (r"$\exp(z) - 4z$ is strictly convex", "sconvex", True),
], why="e^z")
E(T + " (PoissonNLLLoss, log_input=False)", "losses", "lam - 2*log(lam + Rational(1, 100000000))", ["lam"], [P], [
    (r"$\lambda - y\log(\lambda + \epsilon)$ is convex on $\lambda > 0$ where $y = 2$ and $\epsilon = 10^{-8}$", "convex", True),
], dom=["lam > 0"], why="y/(lambda + eps)^2 > 0")
E(T + " (GaussianNLLLoss in the variance)", "losses", "(log(v) + 4/v)/2", ["v"], [(0.01, 30)], [
    (r"$\frac{1}{2}\left(\log v + \frac{(x - \mu)^2}{v}\right)$ is convex in $v$ on $v > 0$ where $x = 3, \mu = 1$", "convex", False),
    (r"$\frac12\left(\log(v) + \frac{4}{v}\right)$ is convex on $0 < v < 8$", "convex", None),
], dom=["v > 0"], why="f'' = (8 - v)/(2 v^3)")
ENTRIES[-1]["claims"].pop()
E(T + " (GaussianNLLLoss, small variances)", "losses", "(log(v) + 4/v)/2", ["v"], [(0.01, 7.99)], [
    (r"$\frac12\left(\log(v) + \frac{4}{v}\right)$ is convex on $0 < v < 8$", "convex", True),
], dom=["v > 0", "v < 8"], why="f'' = (8 - v)/(2 v^3) > 0")
E(T + " (KLDivLoss, pointwise)", "losses", "y*(log(y) - x)", ["x", "y"], [R, P], [
    (r"$y(\log y - x)$ is convex in $y$ on $y > 0$ for fixed $x$", "convex", None),
], dom=["y > 0"])
ENTRIES[-1]["claims"] = [(r"$y(\log y - x)$ is jointly convex in $x, y$ on $y > 0$", "convex", False)]
ENTRIES[-1]["why"] = "H = [[0,-1],[-1,1/y]], det -1"
E(T + " (MarginRankingLoss)", "losses", "Max(0, -(x1 - x2) + Rational(1, 2))", ["x1", "x2"], [R, R], [
    (r"$\max(0, -y(x_1 - x_2) + \text{margin})$ is convex in $x_1, x_2$ where $y = 1$ and $\text{margin} = 0.5$", "convex", True),
], why="max of affine")
E(T + " (SoftMarginLoss)", "losses", "log(1 + exp(-x)) + log(1 + exp(2*x))", "x", [R], [
    (r"$\log(1 + e^{-y_1 x}) + \log(1 + e^{-y_2 \cdot 2x})$ is convex in $x$ where $y_1 = 1$, $y_2 = -1$", "convex", True),
], why="softplus of affine")
ENTRIES[-1]["claims"] = [(r"$\log(1 + e^{-x}) + \log(1 + e^{2x})$ is strictly convex", "sconvex", True),
                         (r"$\ln(1 + e^{-x}) + \ln(1 + e^{2x})$ is concave", "concave", False)]
E(T + " (MultiLabelSoftMarginLoss, one label)", "losses", "-(log(1/(1 + exp(-z))) + log(1 - 1/(1 + exp(-w))))", ["z", "w"],
  [R, R], [
    (r"$-\left(\log\sigma(z) + \log(1 - \sigma(w))\right)$ is convex in $z, w$", "convex", True),
], why="softplus(-z) + softplus(w)")
E(T + " (HingeEmbeddingLoss)", "losses", "Max(0, 1 - x)", "x", [R], [
    (r"$\max\{0, \Delta - x\}$ is convex in $x$ where $\Delta = 1$", "convex", True),
    (r"$\max\{0, 1 - x\}$ is strictly convex", "sconvex", False),
], why="hinge")
E(T + " (MultiMarginLoss, p = 2)", "losses", "Max(0, 1 - z1 + z2)**2 + Max(0, 1 - z1 + z3)**2", ["z1", "z2", "z3"], [R, R, R], [
    (r"$\max(0, 1 - z_1 + z_2)^2 + \max(0, 1 - z_1 + z_3)^2$ is convex", "convex", True),
    (r"$\max(0, 1 - z_1 + z_2)^2 + \max(0, 1 - z_1 + z_3)^2$ is strictly convex", "sconvex", False),
], why="squared hinges; zero region")
E(T + " (TripletMarginLoss in the distances)", "losses", "Max(dp - dn + 1, 0)", ["dp", "dn"], [R, R], [
    (r"$\max\{d_p - d_n + 1, 0\}$ is convex in $d_p, d_n$", "convex", True),
], why="hinge of affine")
E(T + " (CosineEmbeddingLoss, y = 1)", "losses", "1 - (x1*1 + x2*0)/sqrt(x1**2 + x2**2)", ["x1", "x2"], [(0.05, 4), (0.05, 4)], [
    (r"$1 - \frac{x_1}{\sqrt{x_1^2 + x_2^2}}$ is convex on $x_1 > 0, x_2 > 0$", "convex", False),
], dom=["x1 > 0", "x2 > 0"], why="homogeneous of degree 0, not constant: not convex on a cone")
E(K + " (log_cosh)", "losses", "log(cosh(yhat - 1))", ["yhat"], [R], [
    (r"$\log(\cosh(\hat y - y))$ is convex in $\hat y$ where $y = 1$", "convex", True),
    (r"$\log\cosh(\hat{y} - 1)$ is strictly convex", "sconvex", True),
], why="sech^2 > 0")
E(K + " (squared_hinge)", "losses", "Max(1 - 2*z, 0)**2", "z", [R], [
    (r"$\max(1 - y z, 0)^2$ is convex in $z$ where $y = 2$", "convex", True),
], why="square of a nonnegative convex function")
E(K + " (categorical_hinge)", "losses", "Max(0, 1 + Max(z2, z3) - z1)", ["z1", "z2", "z3"], [R, R, R], [
    (r"$\max(0, 1 + \max(z_2, z_3) - z_1)$ is convex", "convex", True),
], why="max of convex")
E(K + " (mean_squared_logarithmic_error)", "losses", "(log(1 + p) - log(3))**2", ["p"], [(0, 60)], [
    (r"$(\log(1 + \hat y) - \log(1 + y))^2$ is convex in $\hat y$ on $\hat y \ge 0$ where $y = 2$", "convex", False),
], dom=["p >= 0"], why="f'' = 2(1 - log(1+p) + log 3)/(1+p)^2 < 0 once 1 + p > 3e")
E(K + " (mean_absolute_percentage_error)", "losses", "100*Abs(4 - p)/4", ["p"], [R], [
    (r"$100\,\frac{|y - \hat y|}{|y|}$ is convex in $\hat y$ where $y = 4$", "convex", True),
], why="abs of affine")
E(K + " (poisson)", "losses", "p - 2*log(p)", ["p"], [P], [
    (r"$\hat y - y\log \hat y$ is convex on $\hat y > 0$ where $y = 2$", "convex", True),
], dom=["p > 0"], why="2/p^2")
E(K + " (kl_divergence in the prediction)", "losses", "2*log(2/p)", ["p"], [P], [
    (r"$y\log\frac{y}{\hat{y}}$ is convex in $\hat y > 0$ where $y = 2$", "convex", True),
    (r"$2\log\frac{2}{\hat y}$ is concave on $\hat y > 0$", "concave", False),
], dom=["p > 0"], why="-2 log p + const")
E(K + " (cosine_similarity, two components)", "losses", "-(x1 + x2)/sqrt(x1**2 + x2**2)/sqrt(2)", ["x1", "x2"], [(0.05, 4), (0.05, 4)], [
    (r"$-\frac{\langle y, \hat y\rangle}{\|y\|\,\|\hat y\|}$ with $y = (1, 1)$ is convex in $\hat y$ on $\hat y_1 > 0, \hat y_2 > 0$", "convex", None),
], dom=["x1 > 0", "x2 > 0"])
ENTRIES[-1]["claims"] = [(r"$-\frac{x_1 + x_2}{\sqrt{2}\sqrt{x_1^2 + x_2^2}}$ is convex on $x_1 > 0, x_2 > 0$", "convex", False)]
ENTRIES[-1]["why"] = "homogeneous of degree 0 and not constant"
E(O + " (huber_loss in the residual, delta = 1)", "losses", "Piecewise((r**2/2, Abs(r) <= 1), (Abs(r) - Rational(1, 2), True))",
  "r", [R], [
    (r"$\ell_\delta(r) = \frac12 r^2$ for $|r| \le \delta$ and $\delta |r| - \frac12 \delta^2$ otherwise is convex where $\delta = 1$", "convex", True),
], why="Huber")
E(O + " (sigmoid_focal_loss in the logit, gamma = 2, label 1)", "losses", "-(1 - 1/(1 + exp(-z)))**2*log(1/(1 + exp(-z)))",
  "z", [(-8, 8)], [
    (r"$-(1 - \sigma(z))^{\gamma}\log\sigma(z)$ is convex in $z$ where $\gamma = 2$", "convex", False),
], why="focal loss: f'' < 0 for some negative z (numerical check, exact counterexample in the verifier)")
E(O + " (pseudo-Huber)", "losses", "sqrt(1 + x**2) - 1", "x", [R], [
    (r"$\delta^2\left(\sqrt{1 + (x/\delta)^2} - 1\right)$ is strictly convex in $x$ where $\delta = 1$", "sconvex", True),
], why="(1 + x^2)^{-3/2}")
E(O + " (pinball / quantile loss, tau = 0.9)", "losses", "Max(Rational(9,10)*(2 - q), Rational(9,10)*(2 - q) - (2 - q))", ["q"], [R], [
    (r"$\max(\tau(y - q), (\tau - 1)(y - q))$ is convex in $q$ where $\tau = 0.9$, $y = 2$", "convex", True),
    (r"$\max(0.9(2 - q), -0.1(2 - q))$ is strictly convex in $q$", "sconvex", False),
], why="max of affine")
E(O + " (quantile loss, parametric tau)", "losses", "Max(tau*(2 - q), (tau - 1)*(2 - q))", ["q"], [R], [
    (r"$\max(\tau(y - q), (\tau - 1)(y - q))$ is convex in $q$ for $0 \le \tau \le 1$ where $y = 2$", "convex", True),
], params={"tau": ["0", "1/4", "1"]}, why="max of two affine functions")
E(O + " (exponential loss)", "losses", "exp(-3*z)", "z", [R], [
    (r"$e^{-yz}$ is convex in $z$ where $y = 3$", "convex", True),
], why="e^{..} of affine")
E(O + " (Cauchy loss)", "losses", "log(1 + x**2)", "x", [R], [
    (r"$\log(1 + x^2)$ is convex", "convex", False),
    (r"$\log(1 + x^2)$ is neither convex nor concave", "neither", True),
], why="f'' = 2(1 - x^2)/(1 + x^2)^2")
E(O + " (Welsch loss)", "losses", "1 - exp(-x**2/2)", "x", [R], [
    (r"$1 - e^{-x^2/2}$ is convex", "convex", False),
], why="tends to 1")
E(O + " (Tukey biweight, c = 1)", "losses", "Piecewise((Rational(1,6)*(1 - (1 - x**2)**3), Abs(x) <= 1), (Rational(1,6), True))",
  "x", [(-3, 3)], [
    (r"Tukey's biweight $\rho(x) = \frac{1}{6}\left(1 - (1 - x^2)^3\right)$ for $|x| \le 1$ and $\frac16$ otherwise is convex", "convex", False),
], why="bounded and not constant")
E(O + " (Tweedie deviance, rho = 3/2, in the log mean)", "losses", "2*exp(theta/2) + 2*3*exp(-theta/2)", ["theta"], [R], [
    (r"$-y\frac{e^{(1-\rho)\theta}}{1-\rho} + \frac{e^{(2-\rho)\theta}}{2-\rho}$ is convex in $\theta$ where $y = 3$ and $\rho = 1.5$", "convex", True),
], why="6 e^{-theta/2} + 2 e^{theta/2}")
E(O + " (Gamma deviance in the log link)", "losses", "5*exp(-eta) + eta", ["eta"], [R], [
    (r"$y e^{-\eta} + \eta$ is convex in $\eta$ where $y = 5$", "convex", True),
], why="5 e^{-eta} > 0")
E(O + " (contrastive loss, negative pair)", "losses", "Max(0, 1 - d)**2", "d", [(0, 4)], [
    (r"$\max(0, m - d)^2$ is convex in $d$ on $d \ge 0$ where $m = 1$", "convex", True),
], dom=["d >= 0"], why="squared hinge")
E(O + " (contrastive loss in the embedding distance)", "losses", "Max(0, 1 - sqrt(x**2 + y**2))**2", "xy", [(-2, 2), (-2, 2)], [
    (r"$\max\left(0, 1 - \sqrt{x^2 + y^2}\right)^2$ is convex in $x, y$", "convex", False),
], why="positive inside the disk, 0 outside, maximum at the centre")
E(O + " (entropy of a two-class softmax)", "losses", "-(p*log(p) + (1 - p)*log(1 - p))", "p", [(0.01, 0.99)], [
    (r"$-(p\log p + (1-p)\log(1-p))$ is concave on $0 < p < 1$", "concave", True),
    (r"The binary entropy $H(p) = -p\log p - (1-p)\log(1-p)$ is strictly concave on $(0, 1)$", "sconcave", True),
], dom=["p > 0", "p < 1"], why="-1/(p(1-p))")

# ---------------------------------------------------------------- EE364a / 10-725 / CS229 homework
H = "EE364a (Stanford) homework 2-3 / Boyd & Vandenberghe exercise 3.16-3.22"
E(H + " (3.16a)", "ee364a", "exp(x) - 1", "x", [R], [
    (r"$f(x) = e^x - 1$ is convex on $\mathbb{R}$", "convex", True),
    (r"$e^x - 1$ is concave", "concave", False),
], why="e^x")
E(H + " (3.16c)", "ee364a", "1/(x1*x2)", ["x1", "x2"], [P, P], [
    (r"$f(x_1, x_2) = \frac{1}{x_1 x_2}$ is convex on $\mathbb{R}^2_{++}$", "convex", True),
    (r"$\frac{1}{x_1 x_2}$ is strictly convex on $x_1 > 0, x_2 > 0$", "sconvex", True),
], dom=["x1 > 0", "x2 > 0"], why="H = 1/(x1x2) [[2/x1^2, 1/(x1x2)], [., 2/x2^2]], det 3/(x1 x2)^4 > 0")
E(H + " (3.16f)", "ee364a", "x1**Rational(1,3)*x2**Rational(2,3)", ["x1", "x2"], [P, P], [
    (r"$x_1^{\alpha} x_2^{1-\alpha}$ with $\alpha = 1/3$ is concave on $\mathbb{R}^2_{++}$", "concave", True),
    (r"$x_1^{1/3} x_2^{2/3}$ is strictly concave on $x_1 > 0, x_2 > 0$", "sconcave", False),
], dom=["x1 > 0", "x2 > 0"], why="weighted geometric mean; homogeneous of degree 1")
E(H + " (3.16f with a parameter)", "ee364a", "x1**alpha*x2**(1 - alpha)", ["x1", "x2"], [P, P], [
    (r"$x_1^{\alpha} x_2^{1-\alpha}$ is concave on $\mathbb{R}^2_{++}$ for $0 \le \alpha \le 1$", "concave", True),
], dom=["x1 > 0", "x2 > 0"], params={"alpha": ["0", "1/4", "1/2", "1"]}, why="weighted geometric mean")
E(H + " (3.18-like: -log(uv - x^2))", "ee364a", "-log(u*v - x**2)", "xuv", [(-2, 2), P, P], [
    (r"$-\log(uv - x^2)$ is convex on $u > 0, v > 0, uv > x^2$", "convex", True),
], dom=["u > 0", "v > 0", "u*v > x**2"], why="-log(u) - log(v - x^2/u): v - x^2/u concave")
E(H + " (3.18-like: -sqrt(uv - x^2))", "ee364a", "-sqrt(u*v - x**2)", "xuv", [(-2, 2), P, P], [
    (r"$-\sqrt{uv - x^2}$ is convex on $\{(x, u, v) : u > 0, v > 0, uv > x^2\}$", "convex", True),
], dom=["u > 0", "v > 0", "u*v > x**2"], why="-sqrt(u (v - x^2/u)): geometric mean of concave nonnegative functions")
E(H + " (quadratic over linear of a difference)", "ee364a", "(x - y)**2/(x + y)", "xy", [P, P], [
    (r"$\frac{(x - y)^2}{x + y}$ is convex on $x > 0, y > 0$", "convex", True),
], dom=["x > 0", "y > 0"], why="quad-over-lin of affine maps")
E(H + " (3.22-like: -log(-log))", "ee364a", "-log(-log(exp(x) + exp(y)))", "xy", [(-5, -0.8), (-5, -0.8)], [
    (r"$-\log\left(-\log(e^{x} + e^{y})\right)$ is convex on $e^x + e^y < 1$", "convex", True),
], dom=["exp(x) + exp(y) < 1"], why="-log of a positive concave function")
E(H + " (harmonic mean)", "ee364a", "1/(1/x + 1/y)", "xy", [P, P], [
    (r"$\frac{1}{1/x + 1/y}$ is concave on $x > 0, y > 0$", "concave", True),
    (r"The harmonic mean $\frac{xy}{x + y}$ is convex on $\mathbb{R}^2_{++}$", "convex", False),
], dom=["x > 0", "y > 0"], why="harmonic mean is concave and not affine")
E(H + " (x^4/y^3 is not convex everywhere? check)", "ee364a", "x**2*y**(-1) + y", "xy", [R, P], [
    (r"$\frac{x^2}{y} + y$ is convex for $y > 0$", "convex", True),
], dom=["y > 0"], why="quad-over-lin plus linear")
E(H + " (norm over affine)", "ee364a", "(x**2 + y**2)/(1 - x - y)", "xy", [(-2, 0.9), (-2, 0.9)], [
    (r"$\frac{x^2 + y^2}{1 - x - y}$ is convex on $x + y < 1$", "convex", True),
], dom=["x + y < 1"], why="quad-over-lin with an affine positive denominator")
E(H + " (a sum of log-barriers with a cubic)", "ee364a", "x**3 - log(x)", "x", [P], [
    (r"$x^3 - \ln x$ is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="6x + 1/x^2")
E(H + " (Hoelder-type: x^p / y^(p-1))", "ee364a", "x**3/y**2", "xy", [P, P], [
    (r"$\frac{x^3}{y^2}$ is convex on $x > 0, y > 0$", "convex", True),
], dom=["x > 0", "y > 0"], why="perspective of x^3 (p = 3)")
T7 = "CMU 10-725 (Tibshirani) homework 1 (convexity)"
E(T7, "10-725", "Max(x, y) - Min(x, y)", "xy", [R, R], [
    (r"$\max(x, y) - \min(x, y)$ is convex", "convex", True),
], why="= |x - y|")
E(T7, "10-725", "x**2 - 2*x*y + y**2", "xy", [R, R], [
    (r"$x^2 - 2xy + y^2$ is convex", "convex", True),
    (r"$x^2 - 2xy + y^2$ is strictly convex", "sconvex", False),
], why="(x - y)^2")
E(T7, "10-725", "Abs(x)*Abs(y)", "xy", [R, R], [
    (r"$|x| \cdot |y|$ is convex", "convex", False),
], why="= xy on the positive quadrant")
E(T7 + " (log-barrier of a half-plane)", "10-725", "-log(2 - x + 3*y)", "xy", [(-3, 3), (-1, 3)], [
    (r"$-\log(b - a^\top x)$ is convex on $a^\top x < b$ where $a = (1, -3)$, $b = 2$", "convex", True),
], dom=["2 - x + 3*y > 0"], why="-log of affine")
ENTRIES[-1]["claims"] = [(r"$-\log(2 - x + 3y)$ is convex on $x - 3y < 2$", "convex", True)]
E(T7 + " (lasso objective)", "10-725", "(2 - w1 - w2)**2/2 + lam*(Abs(w1) + Abs(w2))", ["w1", "w2"], [R, R], [
    (r"$\frac{1}{2}(2 - w_1 - w_2)^2 + \lambda(|w_1| + |w_2|)$ is convex in $w_1, w_2$ for $\lambda \ge 0$", "convex", True),
    (r"$\frac12(2 - w_1 - w_2)^2 + \lambda(|w_1| + |w_2|)$ is strictly convex in $w_1, w_2$ for $\lambda \ge 0$", "sconvex", False),
], params={"lam": ["0", "1/2", "2"]}, why="convex; for lam = 0 flat along (1,-1)")
E(T7 + " (elastic net)", "10-725", "(2 - w1 - w2)**2/2 + Abs(w1) + Abs(w2) + (w1**2 + w2**2)/2", ["w1", "w2"], [R, R], [
    (r"$\frac12 (2 - w_1 - w_2)^2 + \|w\|_1 + \frac{1}{2}\|w\|_2^2$ is strictly convex in $w = (w_1, w_2)$", "sconvex", True),
], why="strictly convex ridge part")
C229 = "Stanford CS229 problem set 1 (logistic and Poisson regression are convex)"
E(C229 + " (Poisson regression)", "cs229", "exp(2*t1 - t2) - 3*(2*t1 - t2)", ["t1", "t2"], [R, R], [
    (r"$e^{\theta^\top x} - y\,\theta^\top x$ is convex in $\theta$ where $x = (2, -1)$, $y = 3$", "convex", True),
    (r"$e^{2\theta_1 - \theta_2} - 3(2\theta_1 - \theta_2)$ is strictly convex in $\theta_1, \theta_2$", "sconvex", False),
], why="convex of a linear form: rank one")
E(C229 + " (logistic regression, three points)", "cs229",
  "log(1 + exp(-(t0 + t1))) + log(1 + exp(t0 - t1)) + log(1 + exp(-(t0 + 2*t1)))", ["t0", "t1"], [R, R], [
    (r"$J(\theta) = \sum_{i=1}^{3} \log(1 + e^{-y^{(i)}\theta^\top x^{(i)}})$ is convex where $x^{(1)} = (1, 1)$, $x^{(2)} = (1, -1)$, $x^{(3)} = (1, 2)$, $y = (1, -1, 1)$", "convex", True),
    (r"$\log(1 + e^{-\theta_0 - \theta_1}) + \log(1 + e^{\theta_0 - \theta_1}) + \log(1 + e^{-\theta_0 - 2\theta_1})$ is strictly convex", "sconvex", True),
], why="softplus of spanning linear forms")
E(C229 + " (locally weighted least squares)", "cs229", "2*(t - 1)**2 + Rational(1,2)*(t + 1)**2", ["t"], [R], [
    (r"$\sum_i w^{(i)}(\theta - y^{(i)})^2$ is convex in $\theta$ where $w = (2, 1/2)$ and $y = (1, -1)$", "convex", True),
], why="positive weights")
ENTRIES[-1]["claims"] = [(r"$2(\theta - 1)^2 + \frac{1}{2}(\theta + 1)^2$ is strictly convex", "sconvex", True)]

# ---------------------------------------------------------------- Mathematica FunctionConvexity examples
M = "Wolfram Language FunctionConvexity documentation examples"
E(M, "mathematica", "sin(x)", "x", [(0.01, 3.13)], [
    (r"$\sin x$ is concave on $0 < x < \pi$", "concave", True),
    (r"$\sin(x)$ is strictly concave on $(0, \pi)$", "sconcave", True),
], dom=["x > 0", "x < pi"], why="-sin < 0")
E(M, "mathematica", "sin(x)", "x", [R], [
    (r"$\sin x$ is convex", "convex", False),
    (r"$\sin x$ is neither convex nor concave on $\mathbb{R}$", "neither", True),
], why="periodic, not constant")
E(M, "mathematica", "log(x) + log(y)", "xy", [P, P], [
    (r"$\log x + \log y$ is concave on $x > 0 \land y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="sum of concave")
E(M, "mathematica", "x**3", "x", [P], [
    (r"$x^3$ is strictly convex for $x > 0$", "sconvex", True),
], dom=["x > 0"], why="6x > 0")
E(M, "mathematica", "x**4 - x**2", "x", [(-2, 2)], [
    (r"$x^4 - x^2$ is convex", "convex", False),
    (r"$x^4 - x^2$ is convex on $x \ge 1$", "convex", None),
], why="12x^2 - 2 < 0 at 0")
ENTRIES[-1]["claims"].pop()
E(M, "mathematica", "x**4 - x**2", "x", [(1, 4)], [
    (r"$x^4 - x^2$ is convex on $x \ge 1$", "convex", True),
], dom=["x >= 1"], why="12x^2 - 2 > 0")
E(M, "mathematica", "atan(x)", "x", [P], [
    (r"$\arctan x$ is concave for $x > 0$", "concave", True),
    (r"$\tan^{-1}(x)$ is convex on $x > 0$", "convex", False),
], dom=["x > 0"], why="-2x/(1+x^2)^2")
E(M, "mathematica", "erf(x)", "x", [P], [
    (r"$\operatorname{erf}(x)$ is concave on $x \ge 0$", "concave", True),
], dom=["x >= 0"], why="-(4x/sqrt(pi)) e^{-x^2}")
ENTRIES[-1]["box"] = [(0, 4)]
E(M, "mathematica", "Max(x, y)", "xy", [R, R], [
    (r"$\max(x, y)$ is convex", "convex", True),
    (r"$\max(x,y)$ is not concave", "notconcave", True),
], why="max of linear")
E(M, "mathematica", "x*log(x)", "x", [P], [
    (r"$x\log x$ is strictly convex on $x > 0$", "sconvex", True),
], dom=["x > 0"], why="1/x")
E(M, "mathematica", "x*y", "xy", [R, R], [
    (r"$xy$ is neither convex nor concave", "neither", True),
], why="indefinite")
E(M, "mathematica", "sqrt(x)", "x", [(0, 5)], [
    (r"$\sqrt{x}$ is concave on $x \ge 0$", "concave", True),
    (r"$\sqrt x$ is strictly concave for $x \ge 0$", "sconcave", True),
], dom=["x >= 0"], why="-x^{-3/2}/4")
E(M, "mathematica", "Abs(x)", "x", [R], [
    (r"$|x|$ is convex", "convex", True),
    (r"$|x|$ is strictly convex", "sconvex", False),
], why="norm")
E(M, "mathematica", "x*exp(x)", "x", [R], [
    (r"$x e^x$ is convex", "convex", False),
    (r"$x e^{x}$ is convex on $x \ge -2$", "convex", None),
], why="(x + 2) e^x")
ENTRIES[-1]["claims"].pop()
ENTRIES[-1]["box"] = [(-8, 3)]
E(M, "mathematica", "x*exp(x)", "x", [(-2, 3)], [
    (r"$x e^{x}$ is convex on $x \ge -2$", "convex", True),
], dom=["x >= -2"], why="(x + 2) e^x >= 0")
E(M, "mathematica", "x**2*exp(-x)", "x", [(-3, 8)], [
    (r"$x^2 e^{-x}$ is neither convex nor concave", "neither", True),
], why="(x^2 - 4x + 2) e^{-x} changes sign")
E(M, "mathematica", "1/(1 + x**2)", "x", [R], [
    (r"$\frac{1}{1 + x^2}$ is concave on $|x| \le \frac{1}{\sqrt{3}}$", "concave", None),
], dom=["Abs(x) <= 1/sqrt(3)"])
ENTRIES[-1].update(box=[(-0.577, 0.577)], why="f'' = (6x^2 - 2)/(1+x^2)^3 <= 0 for x^2 <= 1/3")
ENTRIES[-1]["claims"] = [(r"$\frac{1}{1 + x^2}$ is concave on $|x| \le \frac{1}{\sqrt{3}}$", "concave", True)]
E(M, "mathematica", "1/(1 + x**2)", "x", [R], [
    (r"$\frac{1}{1 + x^2}$ is concave", "concave", False),
], why="convex tails")

# ---------------------------------------------------------------- Couenne / BARON style convexity detection
CB = "Couenne / BARON convexity detection examples (MINLP models)"
E(CB, "minlp", "x*log(x/y)", "xy", [P, P], [
    (r"$x\log\frac{x}{y}$ is jointly convex on $x > 0, y > 0$", "convex", True),
    (r"$x \log(x/y)$ is strictly convex on $x > 0, y > 0$", "sconvex", False),
], dom=["x > 0", "y > 0"], why="relative entropy: perspective of -log; flat along rays")
E(CB, "minlp", "y*exp(x/y)", "xy", [R, P], [
    (r"$y e^{x/y}$ is convex for $y > 0$", "convex", True),
], dom=["y > 0"], why="perspective of exp")
E(CB, "minlp", "exp(x)*y", "xy", [R, P], [
    (r"$y e^x$ is convex on $y > 0$", "convex", False),
], dom=["y > 0"], why="H = [[y e^x, e^x],[e^x, 0]], det -e^{2x}")
E(CB, "minlp", "x/y", "xy", [(0, 4), P], [
    (r"$x/y$ is convex on $x \ge 0, y > 0$", "convex", False),
], dom=["x >= 0", "y > 0"], why="det of H < 0")
E(CB, "minlp", "x**2 + y**2 - 2*x*y + 3*x", "xy", [R, R], [
    (r"$x^2 + y^2 - 2xy + 3x$ is convex", "convex", True),
    (r"$x^2 + y^2 - 2xy + 3x$ is strictly convex", "sconvex", False),
], why="(x - y)^2 + 3x: flat along (1,1)? no: f(t,t) = 3t, affine: not strict")
E(CB, "minlp", "x**Rational(3,2)", "x", [(0, 5)], [
    (r"$x^{1.5}$ is convex on $x \ge 0$", "convex", True),
], dom=["x >= 0"], why="(3/4) x^{-1/2}")
E(CB, "minlp", "x**2*y", "xy", [P, P], [
    (r"$x^2 y$ is convex on $x > 0, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="det = 4y x... H = [[2y, 2x],[2x, 0]], det -4x^2")
E(CB, "minlp", "x**2/y**2", "xy", [P, P], [
    (r"$\frac{x^2}{y^2}$ is convex on $x > 0, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="(x/y)^2 homogeneous of degree 0")
E(CB, "minlp", "exp(x**2 - y)", "xy", [(-2, 2), R], [
    (r"$e^{x^2 - y}$ is convex", "convex", True),
], why="exp of convex")
E(CB, "minlp", "(x + 2*y)**Rational(5,2)", "xy", [P, P], [
    (r"$(x + 2y)^{2.5}$ is convex on $x \ge 0, y \ge 0$", "convex", True),
], dom=["x >= 0", "y >= 0"], why="power >= 1 of a nonnegative affine form")
ENTRIES[-1]["box"] = [(0, 5), (0, 5)]
E(CB, "minlp", "log(x)*log(y)", "xy", [(1, 6), (1, 6)], [
    (r"$\log x \log y$ is concave on $x \ge 1, y \ge 1$", "concave", False),
], dom=["x >= 1", "y >= 1"], why="H has det (1 - log x log y... ) at (1,1): [[0,1],[1,0]]")
E(CB, "minlp", "sqrt(1 + x**2 + y**2) - x", "xy", [R, R], [
    (r"$\sqrt{1 + x^2 + y^2} - x$ is convex", "convex", True),
], why="norm of (1, x, y) minus linear")
E(CB, "minlp", "x*sqrt(x)", "x", [(0, 5)], [
    (r"$x\sqrt{x}$ is strictly convex on $x \ge 0$", "sconvex", True),
], dom=["x >= 0"], why="x^{3/2}")

# ---------------------------------------------------------------- parameter claims (textbook phrasing)
PR = "textbook parameter statements (Boyd-style examples, checked at several parameter values)"
E(PR + " (Nesterov: power functions)", "params", "x**p", "x", [P], [
    (r"$x^p$ is convex on $x > 0$ for $p \ge 1$", "convex", True),
], dom=["x > 0"], params={"p": ["1", "3/2", "2", "7"]}, why="p(p-1) x^{p-2} >= 0")
E(PR + " (power functions, 0 <= p <= 1)", "params", "x**p", "x", [P], [
    (r"$x^p$ is concave on $x > 0$ for $0 \le p \le 1$", "concave", True),
], dom=["x > 0"], params={"p": ["0", "1/3", "1/2", "1"]}, why="p(p-1) <= 0")
E(PR + " (negative powers)", "params", "x**p", "x", [P], [
    (r"$x^p$ is convex on $x > 0$ for $p \le 0$", "convex", True),
], dom=["x > 0"], params={"p": ["0", "-1/2", "-3"]}, why="p(p-1) >= 0")
E(PR + " (scaled exponential)", "params", "exp(a*x)", "x", [R], [
    (r"$e^{ax}$ is convex in $x$ for every $a \in \mathbb{R}$", "convex", True),
], params={"a": ["-2", "0", "1/3", "3"]}, why="a^2 e^{ax}")
E(PR + " (quadratic)", "params", "a*x**2 + b*x + c", "x", [R], [
    (r"$ax^2 + bx + c$ is convex in $x$ for $a \ge 0$", "convex", True),
], params={"a": ["0", "2"], "b": ["-1", "3"], "c": ["0", "5"]}, why="2a")
E(PR + " (quadratic, a < 0)", "params", "a*x**2 + b*x + c", "x", [R], [
    (r"$ax^2 + bx + c$ is strictly concave in $x$ when $a < 0$", "sconcave", True),
], params={"a": ["-1/10", "-3"], "b": ["2"], "c": ["1"]}, why="2a < 0")
E(PR + " (c/x)", "params", "c/x", "x", [P], [
    (r"$\frac{c}{x}$ is convex on $x > 0$ for $c \ge 0$", "convex", True),
], dom=["x > 0"], params={"c": ["0", "1/2", "4"]}, why="2c/x^3")
E(PR + " (log with scale)", "params", "log(k*x)", "x", [P], [
    (r"$\log(kx)$ is concave on $x > 0$ for $k > 0$", "concave", True),
], dom=["x > 0"], params={"k": ["1/10", "1", "9"]}, why="-1/x^2")
E(PR + " (perspective weight)", "params", "x**2 + mu*y**2", "xy", [R, R], [
    (r"$x^2 + \mu y^2$ is convex in $x, y$ for $\mu \ge 0$", "convex", True),
], params={"mu": ["0", "1", "4"]}, why="diag(2, 2mu)")
E(PR + " (L_p penalty)", "params", "Abs(x)**p", "x", [R], [
    (r"$|x|^p$ is convex in $x$ for $p \ge 1$", "convex", True),
], params={"p": ["1", "3/2", "2", "4"]}, why="norm power")
E(PR + " (bridge penalty)", "params", "Abs(x)**p", "x", [R], [
    (r"$|x|^p$ is convex in $x$ for $0 < p < 1$", "convex", False),
], params={"p": ["1/2"]}, why="concave on each side, a cusp at 0")
E(PR + " (softmax temperature)", "params", "T*log(exp(x/T) + exp(y/T))", "xy", [R, R], [
    (r"$T\log\left(e^{x/T} + e^{y/T}\right)$ is convex in $x, y$ for $T > 0$", "convex", True),
], params={"T": ["1/2", "1", "3"]}, why="perspective-scaled lse")

# ---------------------------------------------------------------- more statements that do not hold (same sources)
E(BM + " (log-concave densities)", "ml-text", "log(1/(1 + exp(-x)))", "x", [R], [
    (r"The logistic sigmoid $\sigma(x) = \frac{1}{1 + e^{-x}}$ is log-concave", "concave", True),
], why="log sigma = -softplus(-x)")
E(BM + " (log-concave? 1 + x^2)", "ml-text", "log(1 + x**2)", "x", [R], [
    (r"$1 + x^2$ is log-concave", "concave", False),
], why="log(1 + x^2) is convex near 0")
E(BM + " (log-concave? cosh)", "ml-text", "log(cosh(x))", "x", [R], [
    (r"$\cosh x$ is log-concave", "concave", False),
], why="log cosh is convex")
E(M, "mathematica", "exp(x) + exp(-x)", "x", [R], [
    (r"$e^{x} + e^{-x}$ is concave", "concave", False),
    (r"$\cosh(x)$ is strictly convex", "sconvex", True),
], why="2 cosh x")
ENTRIES[-1]["claims"][1] = (r"$e^{x} + e^{-x}$ is strictly convex", "sconvex", True)
E(M, "mathematica", "sinh(x)", "x", [R], [
    (r"$\sinh x$ is convex", "convex", False),
    (r"$\sinh x$ is convex on $x \ge 0$", "convex", None),
], why="sinh'' = sinh")
ENTRIES[-1]["claims"].pop()
E(M, "mathematica", "Min(x, y)", "xy", [R, R], [
    (r"$\min(x, y)$ is convex", "convex", False),
    (r"$\min\{x, y\}$ is concave", "concave", True),
], why="min of linear")
E(F + " (truncated quadratic)", "beck-fom", "Min(x**2, 1)", "x", [(-3, 3)], [
    (r"$\min\{x^2, 1\}$ is convex", "convex", False),
], why="constant 1 for |x| >= 1")
E(M, "mathematica", "Max(x, y)", "xy", [R, R], [
    (r"$\max(x, y)$ is strictly convex", "sconvex", False),
], why="linear on each half-plane")
E(M, "mathematica", "-log(x)", "x", [P], [
    (r"$-\log(x)$ is concave on $x > 0$", "concave", False),
], dom=["x > 0"], why="1/x^2 > 0")
E(M, "mathematica", "x*log(x)", "x", [P], [
    (r"$x \log x$ is concave for $x > 0$", "concave", False),
], dom=["x > 0"], why="1/x > 0")
E(M, "mathematica", "x**3", "x", [(-5, 0)], [
    (r"$x^3$ is convex on $x \le 0$", "convex", False),
    (r"$x^3$ is concave on $(-\infty, 0]$", "concave", True),
], dom=["x <= 0"], why="6x <= 0")
E(M, "mathematica", "x**3", "x", [R], [
    (r"$f(x) = x^3$ is not convex on $\mathbb{R}$", "notconvex", True),
    (r"$x^3$ is concave", "concave", False),
], why="6x changes sign")
E(M, "mathematica", "exp(-x)", "x", [R], [
    (r"$e^{-x}$ is concave", "concave", False),
    (r"$e^{-x}$ is not concave", "notconcave", True),
], why="e^{-x} > 0")
E(M, "mathematica", "Abs(x)**Rational(2,3)", "x", [R], [
    (r"$|x|^{2/3}$ is convex", "convex", False),
], why="concave on each side of a cusp")
E(H + " (quadratic over linear, y < 0)", "ee364a", "x**2/y", "xy", [R, (-5, -0.01)], [
    (r"$\frac{x^2}{y}$ is concave on $y < 0$", "concave", True),
    (r"$\frac{x^2}{y}$ is convex on $y < 0$", "convex", False),
], dom=["y < 0"], why="-(x^2/(-y))")
E(H + " (quadratic over linear, y > 0)", "ee364a", "x**2/y", "xy", [R, P], [
    (r"$\frac{x^2}{y}$ is strictly convex on $y > 0$", "sconvex", False),
], dom=["y > 0"], why="homogeneous of degree 1: linear along rays")
E(M, "mathematica", "atan(x)", "x", [(-5, 0)], [
    (r"$\arctan x$ is convex on $x \le 0$", "convex", True),
], dom=["x <= 0"], why="-2x/(1+x^2)^2 >= 0")
E(M, "mathematica", "atan(x)", "x", [R], [
    (r"$\arctan(x)$ is concave", "concave", False),
], why="convex for x < 0")
E(BM + " (sigmoid)", "ml-text", "exp(x)/(1 + exp(x))", "x", [R], [
    (r"$\frac{e^x}{1 + e^x}$ is concave", "concave", False),
    (r"$\frac{e^x}{1 + e^x}$ is concave on $x \ge 0$", "concave", None),
], why="sigma'' = sigma(1-sigma)(1-2sigma)")
ENTRIES[-1]["claims"].pop()
E(BM + " (softplus)", "ml-text", "log(1 + exp(x))", "x", [R], [
    (r"$\operatorname{softplus}(x)$ is concave", "concave", False),
    (r"$\mathrm{softplus}(x) = \log(1 + e^x)$ is affine", "affine", False),
], why="sigma(1 - sigma) > 0")
E(BM + " (tanh for z <= 0)", "ml-text", "tanh(z)", "z", [(-4, 0)], [
    (r"$\tanh z$ is convex for $z \le 0$", "convex", True),
], dom=["z <= 0"], why="odd: mirror of the concave half")
E(BM + " (ReLU squared)", "ml-text", "Max(0, x)**2", "x", [R], [
    (r"$\max(0, x)^2$ is convex", "convex", True),
    (r"$\max(0, x)^2$ is strictly convex", "sconvex", False),
], why="0 for x <= 0")
E(BM + " (ReLU on half-lines)", "ml-text", "Max(0, x)", "x", [(-5, 0)], [
    (r"$\mathrm{ReLU}(x)$ is affine on $x \le 0$", "affine", True),
], dom=["x <= 0"], why="0 there")
E(BM + " (ReLU)", "ml-text", "Max(0, x)", "x", [R], [
    (r"$\operatorname{ReLU}(x) = \max(0, x)$ is affine", "affine", False),
    (r"$\max(0, x)$ is strictly convex on $x \ge 0$", "sconvex", None),
], why="kink")
ENTRIES[-1]["claims"].pop()
E(BM + " (ReLU on x >= 0)", "ml-text", "Max(0, x)", "x", [(0, 5)], [
    (r"$\max(0, x)$ is strictly convex on $x \ge 0$", "sconvex", False),
], dom=["x >= 0"], why="= x there")
E(BM + " (ReLU + ReLU(-x))", "ml-text", "Max(0, x) + Max(0, -x)", "x", [R], [
    (r"$\max(0, x) + \max(0, -x)$ is strictly convex", "sconvex", False),
    (r"$\max(0, x) + \max(0, -x)$ is convex", "convex", True),
], why="= |x|")
E(SS + " (hinge on the margin side)", "ssbd", "Max(0, 1 - w)", "w", [(1, 5)], [
    (r"$\max(0, 1 - w)$ is affine on $w \ge 1$", "affine", True),
], dom=["w >= 1"], why="0 there")
E(SS + " (squared hinge plus ridge)", "ssbd", "Max(0, 1 - w)**2 + w**2/2", "w", [R], [
    (r"$\max(0, 1 - w)^2 + \frac{1}{2} w^2$ is strictly convex", "sconvex", True),
], why="strictly convex + convex")
E(SS + " (a data point at the origin)", "ssbd", "log(2)", "w", [R], [
    (r"$\log(1 + e^{-y w x})$ is strictly convex in $w$ where $x = 0$ and $y = 1$", "sconvex", False),
], why="constant log 2")
ENTRIES[-1]["expr"] = "log(2) + 0*w"
E(SS + " (squared loss at x = 0)", "ssbd", "(0*w - 1)**2", "w", [R], [
    (r"$(wx - y)^2$ is strictly convex in $w$ where $x = 0$, $y = 1$", "sconvex", False),
], why="constant 1")
E(SS + " (one data point, two weights)", "ssbd", "(w1 + 2*w2 - 1)**2", ["w1", "w2"], [R, R], [
    (r"$(w_1 + w_2 x - y)^2$ is strictly convex in $w_1, w_2$ where $x = 2$ and $y = 1$", "sconvex", False),
], why="rank one")
E(SS + " (two data points, two weights)", "ssbd", "(w1 + w2 - 1)**2 + (w1 - w2 + 1)**2", ["w1", "w2"], [R, R], [
    (r"$(w_1 + w_2 - 1)^2 + (w_1 - w_2 + 1)^2$ is strictly convex", "sconvex", True),
], why="H = 4I")
E(SS + " (regularized logistic)", "ssbd", "log(1 + exp(-w)) + lam*w**2/2", "w", [R], [
    (r"$\log(1 + e^{-w}) + \frac{\lambda}{2} w^2$ is strictly convex in $w$ for $\lambda > 0$", "sconvex", True),
], params={"lam": ["1/100", "1"]}, why="sum of convex and strictly convex")
E(BM + " (deep linear network, one data point)", "ml-text", "(2*w1*w2*w3 - 2)**2", ["w1", "w2", "w3"], [(-2, 2)] * 3, [
    (r"$(w_3 w_2 w_1 x - y)^2$ is convex in $w_1, w_2, w_3$ where $x = 2$ and $y = 2$", "convex", False),
], why="Hessian at 0 vanishes but the cubic term... along (t,t,t): (2t^3 - 2)^2 has f'' < 0 near t = 0.5?")
ENTRIES[-1]["why"] = "at w = (1, 1, -1)... an exact midpoint counterexample exists (the verifier finds it)"
E(BM + " (one ReLU unit)", "ml-text", "(w2*Max(0, w1) - 1)**2", ["w1", "w2"], [R, R], [
    (r"$(w_2 \max(0, w_1) - 1)^2$ is convex in $w_1, w_2$", "convex", False),
], why="(w1 w2 - 1)^2 on w1 > 0, not convex")
E(BM + " (tanh unit with logistic loss)", "ml-text", "log(1 + exp(w2*tanh(w1)))", ["w1", "w2"], [R, R], [
    (r"$\log(1 + e^{w_2 \tanh(w_1)})$ is convex in $w_1, w_2$", "convex", False),
], why="bounded in w1 for fixed w2, not constant")
E(U + " (ridge with a negative weight)", "bubeck", "(w - 1)**2 + lam*w**2", "w", [R], [
    (r"$(w - 1)^2 + \lambda w^2$ is convex in $w$ for $\lambda \ge -1$", "convex", True),
], params={"lam": ["-1", "-1/2", "0", "3"]}, why="2 + 2 lambda >= 0")
E(U + " (ridge with a negative weight, too far)", "bubeck", "(w - 1)**2 + lam*w**2", "w", [R], [
    (r"$(w - 1)^2 + \lambda w^2$ is convex in $w$ for $\lambda \ge -2$", "convex", False),
], params={"lam": ["-2", "0"]}, why="at lambda = -2: -w^2 - 2w + 1")
E(PR + " (powers, p >= 0)", "params", "x**p", "x", [P], [
    (r"$x^p$ is convex on $x > 0$ for $p \ge 0$", "convex", False),
], dom=["x > 0"], params={"p": ["1/2", "2"]}, why="p = 1/2 is concave")
E(PR + " (scaled exponential, strict)", "params", "exp(a*x)", "x", [R], [
    (r"$e^{ax}$ is strictly convex in $x$ for every real $a$", "sconvex", False),
], params={"a": ["0", "1"]}, why="a = 0 gives the constant 1")
E(PR + " (powers of |x|, strict)", "params", "Abs(x)**p", "x", [R], [
    (r"$|x|^p$ is strictly convex for $p > 1$", "sconvex", True),
], params={"p": ["3/2", "2", "3"]}, why="strictly convex on each side, C^1 at 0")
E(PR + " (x/y in y)", "params", "x/y", "y", [P], [
    (r"$\frac{x}{y}$ is convex in $y$ on $y > 0$ for $x \ge 0$", "convex", True),
], dom=["y > 0"], params={"x": ["0", "1", "3"]}, why="2x/y^3 >= 0")
E(PR + " (x/y in y, any x)", "params", "x/y", "y", [P], [
    (r"$\frac{x}{y}$ is convex in $y$ on $y > 0$ for every real $x$", "convex", False),
], dom=["y > 0"], params={"x": ["-1", "2"]}, why="x = -1: -1/y is concave")
E(CB, "minlp", "log(x + y)", "xy", [(0.01, 4), (0.01, 4)], [
    (r"$\log(x + y)$ is strictly concave on $x + y > 0$", "sconcave", False),
    (r"$-\log(x + y)$ is convex on $x + y > 0$", "concave", True),
], dom=["x + y > 0"], why="log of a linear form; constant along (1, -1)")
ENTRIES[-1]["box"] = [(-3, 4), (-3, 4)]
E(CB, "minlp", "sqrt(x + y)", "xy", [(-3, 4), (-3, 4)], [
    (r"$\sqrt{x + y}$ is concave on $x + y \ge 0$", "concave", True),
], dom=["x + y >= 0"], why="sqrt of affine")
E(CB, "minlp", "sqrt(x*y)", "xy", [(0, 4), (0, 4)], [
    (r"$\sqrt{xy}$ is concave on $x \ge 0, y \ge 0$", "concave", True),
], dom=["x >= 0", "y >= 0"], why="geometric mean on the closed orthant")
E(CB, "minlp", "exp(x*y)", "xy", [(0.01, 2), (0.01, 2)], [
    (r"$e^{xy}$ is convex on $x > 0, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="det = e^{2xy}(x^2y^2 - (1 + xy)^2) < 0")
E(CB, "minlp", "1/(x + y)", "xy", [(-3, 4), (-3, 4)], [
    (r"$\frac{1}{x + y}$ is convex on $x + y > 0$", "convex", True),
    (r"$\frac{1}{x + y}$ is strictly convex on $x + y > 0$", "sconvex", False),
], dom=["x + y > 0"], why="1/t of a linear form")
E(B, "beck", "x**2 + x*y", "xy", [R, R], [
    (r"$x^2 + xy$ is convex", "convex", False),
], why="det [[2,1],[1,0]] = -1")
E(B, "beck", "2*x**2 + 2*x*y + y**2", "xy", [R, R], [
    (r"$2x^2 + 2xy + y^2$ is strictly convex", "sconvex", True),
], why="det [[4,2],[2,2]] = 4")
E(B, "beck", "x1**2 + x2**2 - x3**2", ["x1", "x2", "x3"], [R, R, R], [
    (r"$x_1^2 + x_2^2 - x_3^2$ is convex", "convex", False),
    (r"$x_1^2 + x_2^2 - x_3^2$ is concave", "concave", False),
], why="indefinite")
E(B, "beck", "3*x - 2*y + 1", "xy", [R, R], [
    (r"$3x - 2y + 1$ is affine", "affine", True),
    (r"$3x - 2y + 1$ is strictly convex", "sconvex", False),
    (r"$3x - 2y + 1$ is concave", "concave", True),
], why="affine")
E(B, "beck", "Abs(x + y) + Abs(x - y)", "xy", [R, R], [
    (r"$|x + y| + |x - y|$ is convex", "convex", True),
    (r"$|x + y| + |x - y|$ is strictly convex", "sconvex", False),
], why="= 2 max(|x|, |y|)")
E(B, "beck", "Max(Abs(x), Abs(y))", "xy", [R, R], [
    (r"$\max(|x|, |y|)$ is concave", "concave", False),
], why="the l-infinity norm")
E(B, "beck", "(x**2 + y**2)**2", "xy", [R, R], [
    (r"$(x^2 + y^2)^2$ is strictly convex", "sconvex", True),
], why="increasing convex of a strictly convex nonnegative function")
E(B, "beck", "x**4 + y**4", "xy", [R, R], [
    (r"$x^4 + y^4$ is strictly convex", "sconvex", True),
    (r"$x^4 + y^4$ is not convex", "notconvex", False),
], why="separable, each strictly convex")
E(BM + " (two-class softmax probability)", "ml-text", "exp(z1)/(exp(z1) + exp(z2))", ["z1", "z2"], [R, R], [
    (r"$\frac{e^{z_1}}{e^{z_1} + e^{z_2}}$ is concave in $z_1, z_2$", "concave", False),
], why="sigma(z1 - z2)")
E(BM + " (two-class cross-entropy)", "ml-text", "-log(exp(z1)/(exp(z1) + exp(z2)))", ["z1", "z2"], [R, R], [
    (r"$-\log\frac{e^{z_1}}{e^{z_1} + e^{z_2}}$ is strictly convex in $(z_1, z_2)$", "sconvex", False),
], why="softplus(z2 - z1): constant along (1, 1)")
E(BM + " (Gaussian NLL in sigma)", "ml-text", "log(s) + 1/(2*s**2)", ["s"], [(0.05, 6)], [
    (r"$\log\sigma + \frac{(x - \mu)^2}{2\sigma^2}$ is concave in $\sigma > 0$ where $x - \mu = 1$", "concave", False),
], dom=["s > 0"], why="f'' = -1/s^2 + 3/s^4 > 0 for small s")
E(M, "mathematica", "exp(-exp(x))", "x", [(-4, 3)], [
    (r"$e^{-e^{x}}$ is concave", "concave", False),
], why="f'' = e^{-e^x} e^x (e^x - 1)")
E(M, "mathematica", "log(exp(x) - 1)", "x", [P], [
    (r"$\log(e^x - 1)$ is concave on $x > 0$", "concave", True),
], dom=["x > 0"], why="f'' = -e^x/(e^x - 1)^2")
E(M, "mathematica", "x**x", "x", [(0.05, 3)], [
    (r"$x^x$ is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="x^x((1 + ln x)^2 + 1/x)")
E(M, "mathematica", "x*sin(x)", "x", [R], [
    (r"$x \sin x$ is convex", "convex", False),
], why="f'' = 2cos x - x sin x")
E(M, "mathematica", "x**2 + sin(x)", "x", [R], [
    (r"$x^2 + \sin x$ is convex", "convex", True),
    (r"$x^2 + \sin x$ is strictly convex", "sconvex", True),
], why="2 - sin x >= 1")
E(M, "mathematica", "x**2 + 3*sin(x)", "x", [R], [
    (r"$x^2 + 3\sin x$ is convex", "convex", False),
], why="2 - 3 sin x < 0 near pi/2")
E(M, "mathematica", "exp(x)*cos(x)", "x", [R], [
    (r"$e^x \cos x$ is neither convex nor concave", "neither", True),
], why="f'' = -2 e^x sin x")
E(Z, "bss", "x1**2*x2**2", ["x1", "x2"], [P, P], [
    (r"$x_1^2 x_2^2$ is convex on $x_1 > 0, x_2 > 0$", "convex", False),
], dom=["x1 > 0", "x2 > 0"], why="det = 4x1^2x2^2 - 16x1^2x2^2 < 0")
E(Z, "bss", "-x1**2 - x2**2 + x1*x2", ["x1", "x2"], [R, R], [
    (r"$x_1 x_2 - x_1^2 - x_2^2$ is strictly concave", "sconcave", True),
    (r"$x_1 x_2 - x_1^2 - x_2^2$ is convex", "convex", False),
], why="-H = [[2,-1],[-1,2]]")
E(L, "luenberger", "x1*x2 + 1/x1 + 1/x2", ["x1", "x2"], [P, P], [
    (r"$x_1 x_2 + \frac{1}{x_1} + \frac{1}{x_2}$ is convex on $x_1 > 0, x_2 > 0$", "convex", False),
], dom=["x1 > 0", "x2 > 0"], why="det = 4/(x1^3x2^3) - 1 < 0 for large x")
E(L, "luenberger", "x1**2 + x2**2 + 1/(x1*x2)", ["x1", "x2"], [P, P], [
    (r"$x_1^2 + x_2^2 + \frac{1}{x_1 x_2}$ is convex on $\mathbb{R}^2_{++}$", "convex", True),
], dom=["x1 > 0", "x2 > 0"], why="sum of convex")
E(G, "calafiore", "Max(x**2 - 1, 0)", "x", [(-3, 3)], [
    (r"$\max(x^2 - 1, 0)$ is convex", "convex", True),
    (r"$\max(x^2 - 1, 0)$ is strictly convex", "sconvex", False),
], why="max of convex; zero on [-1, 1]")
E(G, "calafiore", "Max(1 - x**2, 0)", "x", [(-3, 3)], [
    (r"$\max(1 - x^2, 0)$ is concave", "concave", False),
], why="max of concave functions: zero tails")
