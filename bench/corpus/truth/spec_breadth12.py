"""The breadth12 blind corpus: claims as textbooks and other tools' test suites state them (session 12, written
before running symconvex on it): CVXPY's atom library and DCP tests (geo_mean, harmonic_mean, log_sum_exp, kl_div,
rel_entr, quad_over_lin, inv_pos, xexp, entr, huber, pnorm, power, log_det / lambda_max / tr_inv of 2x2 symbolic
matrices, perspectives), Mathematica's FunctionConvexity examples, SymPy's ``is_convex``, Lean mathlib's
Analysis/Convex/SpecificFunctions lemmas, Boyd & Vandenberghe ch. 3 and its exercises, Rockafellar, Nesterov,
Bertsekas, Hiriart-Urruty & Lemarechal, calculus concavity exercises, and ML texts (Bishop, Murphy, Goodfellow).

The format is spec_red10.py's: ``expr`` (a SymPy string, natural log), ``vars``, ``params`` (name -> values the
verifier tries), ``dom`` (SymPy relations), ``box`` (the sampling box), ``claims`` as (text, property, holds),
property one of convex, concave, affine, sconvex, sconcave, notconvex, notconcave, neither; ``why`` is the
mathematical reason (checked by hand); ``flat`` segments on which the function is affine.  Log-concavity claims give
``expr`` as the logarithm of the function.

``python bench/corpus/truth/gen_spec.py breadth12`` writes bench/corpus/breadth12.jsonl; ``verify_spec.py breadth12``
re-derives every answer independently of symconvex.
"""

ENTRIES = []
R = (-4, 4)
P = (0.01, 5)
U1 = (0.01, 0.99)


def E(source, kind, expr, vars, box, claims, dom=(), params=None, why="", flat=()):
    ENTRIES.append({"source": source, "kind": kind, "expr": expr, "vars": list(vars), "box": list(box),
                    "dom": list(dom), "params": dict(params or {}), "why": why,
                    "claims": [tuple(c) for c in claims], "flat": [tuple(map(tuple, seg)) for seg in flat]})


# ---------------------------------------------------------------- CVXPY atoms (docs: atoms table; tests/test_atoms.py)
C = "CVXPY atoms table / cvxpy/tests/test_atoms.py"
E(C + " geo_mean", "cvxpy", "sqrt(x*y)", "xy", [P, P], [
    (r"$\operatorname{geo\_mean}(x, y) = \sqrt{xy}$ is concave on $x \ge 0, y \ge 0$", "concave", True),
    (r"$\sqrt{x y}$ is concave on $\mathbb{R}^2_+$", "concave", True),
    (r"$\sqrt{xy}$ is strictly concave for $x > 0, y > 0$", "sconcave", False),
    (r"$(x y)^{1/2}$ is convex on $x > 0, y > 0$", "convex", False),
], dom=["x >= 0", "y >= 0"], why="geometric mean: concave, homogeneous of degree 1 (affine on rays)",
  flat=[((1, 1), (2, 2))])
E(C + " geo_mean (3 arguments)", "cvxpy", "(x*y*z)**(1/3)", "xyz", [P, P, P], [
    (r"$(xyz)^{1/3}$ is concave on $x, y, z > 0$", "concave", True),
    (r"$\sqrt[3]{x y z}$ is concave on $x > 0, y > 0, z > 0$", "concave", True),
    (r"$(x y z)^{1/3}$ is not convex for $x > 0$, $y > 0$, $z > 0$", "notconvex", True),
], dom=["x > 0", "y > 0", "z > 0"], why="geometric mean of three positive numbers", flat=[((1, 1, 1), (2, 2, 2))])
E(C + " geo_mean with weights", "cvxpy", "x**(1/3)*y**(2/3)", "xy", [P, P], [
    (r"$x^{1/3} y^{2/3}$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$x^{\frac{1}{3}} y^{\frac{2}{3}}$ is convex on $\mathbb{R}_{++}^2$", "convex", False),
], dom=["x > 0", "y > 0"], why="weighted geometric mean, weights summing to 1", flat=[((1, 1), (3, 3))])
E(C + " weights summing past 1", "cvxpy", "x**(2/3)*y**(2/3)", "xy", [P, P], [
    (r"$x^{2/3} y^{2/3}$ is concave on $x > 0, y > 0$", "concave", False),
    (r"$(xy)^{2/3}$ is not concave for $x, y > 0$", "notconcave", True),
], dom=["x > 0", "y > 0"], why="homogeneous of degree 4/3 > 1: convex along rays, so not concave")
E(C + " harmonic_mean", "cvxpy", "2*x*y/(x + y)", "xy", [P, P], [
    (r"$\operatorname{harmonic\_mean}(x, y) = \frac{2xy}{x + y}$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$\frac{2}{1/x + 1/y}$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$\frac{2xy}{x+y}$ is strictly concave on $x > 0, y > 0$", "sconcave", False),
    (r"$\frac{2 x y}{x + y}$ is convex for $x, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="harmonic mean: concave, homogeneous of degree 1", flat=[((1, 1), (2, 2))])
E(C + " log_sum_exp (3 arguments)", "cvxpy", "log(exp(x) + exp(y) + exp(z))", "xyz", [R, R, R], [
    (r"$\log(e^x + e^y + e^z)$ is convex", "convex", True),
    (r"$\operatorname{log\_sum\_exp}(x, y, z) = \ln(e^{x} + e^{y} + e^{z})$ is convex in $x, y, z$", "convex", True),
    (r"$\log(e^x + e^y + e^z)$ is strictly convex", "sconvex", False),
    (r"$\log\left(e^{x}+e^{y}+e^{z}\right)$ is concave", "concave", False),
], why="log-sum-exp: convex, affine along (1,1,1)", flat=[((0, 0, 0), (1, 1, 1))])
E(C + " log_sum_exp with a constant", "cvxpy", "log(1 + exp(x) + exp(y))", "xy", [R, R], [
    (r"$\log(1 + e^x + e^y)$ is convex", "convex", True),
    (r"$\log(1 + e^{x} + e^{y})$ is strictly convex in $x, y$", "sconvex", True),
], why="log-sum-exp of (0, x, y): Hessian diag(p) - p p^T with p_0 > 0 is definite on R^2")
E(C + " kl_div", "cvxpy", "x*log(x/y) - x + y", "xy", [P, P], [
    (r"$\operatorname{kl\_div}(x, y) = x \log(x/y) - x + y$ is convex on $x > 0, y > 0$", "convex", True),
    (r"$x\log\frac{x}{y} - x + y$ is jointly convex in $x, y$ for $x, y > 0$", "convex", True),
    (r"$x \ln(x/y) - x + y$ is strictly convex on $x > 0, y > 0$", "sconvex", False),
], dom=["x > 0", "y > 0"], why="perspective of the convex t log t - t + 1", flat=[((1, 1), (2, 2))])
E(C + " rel_entr", "cvxpy", "x*log(x/y)", "xy", [P, P], [
    (r"$\operatorname{rel\_entr}(x, y) = x \log\frac{x}{y}$ is convex on $x > 0$, $y > 0$", "convex", True),
    (r"$x \log(x) - x \log(y)$ is convex for $x > 0, y > 0$", "convex", True),
    (r"$x\log(x/y)$ is concave on $x > 0, y > 0$", "concave", False),
], dom=["x > 0", "y > 0"], why="perspective of t log t", flat=[((1, 1), (2, 2))])
E(C + " rel_entr in y alone", "cvxpy", "-log(y)", "y", [P], [
    (r"$x \log(x / y)$ is strictly convex in $y$ for fixed $x = 1$ on $y > 0$", "sconvex", True),
], dom=["y > 0"], why="at x = 1 it is -log y")
E(C + " quad_over_lin", "cvxpy", "(x**2 + y**2)/z", "xyz", [R, R, P], [
    (r"$\operatorname{quad\_over\_lin}(x, z) = \frac{x^2 + y^2}{z}$ is convex on $z > 0$", "convex", True),
    (r"$\frac{x^2+y^2}{z}$ is convex in $x, y, z$ for $z > 0$", "convex", True),
    (r"$(x^2 + y^2)/z$ is strictly convex on $z > 0$", "sconvex", False),
    (r"$\frac{x^2 + y^2}{z}$ is concave on $z > 0$", "concave", False),
], dom=["z > 0"], why="perspective of ||.||^2; homogeneous degree 1", flat=[((1, 1, 1), (2, 2, 2))])
E(C + " quad_over_lin, z < 0", "cvxpy", "x**2/z", "xz", [R, (-5, -0.01)], [
    (r"$\frac{x^2}{z}$ is concave on $z < 0$", "concave", True),
    (r"$x^2/z$ is convex for $z < 0$", "convex", False),
], dom=["z < 0"], why="-(x^2/(-z)) with -z > 0")
E(C + " inv_pos", "cvxpy", "1/x", "x", [P], [
    (r"$\operatorname{inv\_pos}(x) = 1/x$ is convex on $x > 0$", "convex", True),
    (r"$x^{-1}$ is strictly convex on $\mathbb{R}_{++}$", "sconvex", True),
], dom=["x > 0"], why="2/x^3 > 0")
E(C + " xexp", "cvxpy", "x*exp(x)", "x", [(0, 4)], [
    (r"$\operatorname{xexp}(x) = x e^x$ is convex on $x \ge 0$", "convex", True),
    (r"$x e^{x}$ is strictly convex on $[0, \infty)$", "sconvex", True),
], dom=["x >= 0"], why="(x + 2) e^x > 0 for x > -2")
E(C + " xexp on R", "cvxpy", "x*exp(x)", "x", [(-8, 4)], [
    (r"$x e^x$ is convex on $\mathbb{R}$", "convex", False),
    (r"$x e^x$ is convex on $x \ge -2$", "convex", None),
], why="(x + 2) e^x < 0 for x < -2")
ENTRIES[-1]["claims"].pop()
E(C + " xexp from -2", "cvxpy", "x*exp(x)", "x", [(-2, 4)], [
    (r"$x e^x$ is convex on $x \ge -2$", "convex", True),
], dom=["x >= -2"], why="(x + 2) e^x >= 0 for x >= -2")
E(C + " entr", "cvxpy", "-x*log(x)", "x", [P], [
    (r"$\operatorname{entr}(x) = -x \log x$ is concave on $x > 0$", "concave", True),
    (r"$-x\ln x$ is strictly concave for $x > 0$", "sconcave", True),
    (r"$-x \log(x)$ is convex on $(0, \infty)$", "convex", False),
], dom=["x > 0"], why="-1/x < 0")
E(C + " entr sum", "cvxpy", "-x*log(x) - y*log(y)", "xy", [P, P], [
    (r"$-x\log x - y \log y$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$-x \log(x) - y \log(y)$ is strictly concave in $(x, y)$ on $x > 0, y > 0$", "sconcave", True),
], dom=["x > 0", "y > 0"], why="Hessian diag(-1/x, -1/y)")
E(C + " huber", "cvxpy", "Piecewise((x**2, Abs(x) <= 1), (2*Abs(x) - 1, True))", "x", [R], [
    (r"$\operatorname{huber}(x) = \begin{cases} x^2 & |x| \le 1 \\ 2|x| - 1 & |x| > 1 \end{cases}$ is convex", "convex", True),
    (r"$h(x) = x^2$ for $|x| \le 1$ and $h(x) = 2|x| - 1$ otherwise; $h$ is strictly convex", "sconvex", False),
], why="C^1, piecewise convex with matching slopes; affine for x > 1", flat=[((2,), (3,))])
E(C + " huber M=2", "cvxpy", "Piecewise((x**2, Abs(x) <= 2), (4*Abs(x) - 4, True))", "x", [(-6, 6)], [
    (r"$\phi(x) = \begin{cases} x^2, & |x| \le 2 \\ 4|x| - 4, & |x| > 2\end{cases}$ is convex", "convex", True),
    (r"$\phi(x) = \begin{cases} x^2, & |x| \le 2 \\ 4|x| - 4, & |x| > 2\end{cases}$ is concave", "concave", False),
], why="C^1 Huber with M = 2")
E(C + " pnorm p=3", "cvxpy", "(Abs(x)**3 + Abs(y)**3)**(1/3)", "xy", [R, R], [
    (r"$(|x|^3 + |y|^3)^{1/3}$ is convex", "convex", True),
    (r"$\|(x, y)\|_3 = (|x|^3 + |y|^3)^{1/3}$ is strictly convex", "sconvex", False),
], why="the 3-norm; homogeneous degree 1", flat=[((1, 1), (2, 2))])
E(C + " pnorm p=2", "cvxpy", "sqrt(x**2 + y**2 + z**2)", "xyz", [R, R, R], [
    (r"$\sqrt{x^2 + y^2 + z^2}$ is convex", "convex", True),
    (r"$\|(x, y, z)\|_2$ is convex", "convex", True),
    (r"$\sqrt{x^2+y^2+z^2}$ is concave", "concave", False),
], why="Euclidean norm")
E(C + " pnorm p=1/2", "cvxpy", "(sqrt(x) + sqrt(y))**2", "xy", [P, P], [
    (r"$(\sqrt{x} + \sqrt{y})^2$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$\left(x^{1/2} + y^{1/2}\right)^{2}$ is convex for $x, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="(sum x_i^p)^(1/p) with 0 < p < 1 is concave on R_+^n (B&V ex. 3.17)",
  flat=[((1, 1), (2, 2))])
E(C + " pnorm p=inf", "cvxpy", "Max(Abs(x), Abs(y))", "xy", [R, R], [
    (r"$\max\{|x|, |y|\}$ is convex", "convex", True),
    (r"$\|(x, y)\|_\infty = \max(|x|, |y|)$ is strictly convex", "sconvex", False),
], why="max of convex functions; a norm", flat=[((1, 0), (2, 0))])
E(C + " power p=3/2", "cvxpy", "x**(3/2)", "x", [(0, 5)], [
    (r"$x^{3/2}$ is convex on $x \ge 0$", "convex", True),
    (r"$x^{1.5}$ is strictly convex on $[0, \infty)$", "sconvex", True),
], dom=["x >= 0"], why="(3/4) x^(-1/2) > 0")
E(C + " power p=1/3", "cvxpy", "x**(1/3)", "x", [(0, 5)], [
    (r"$x^{1/3}$ is concave on $x \ge 0$", "concave", True),
    (r"$\sqrt[3]{x}$ is convex on $[0, \infty)$", "convex", False),
], dom=["x >= 0"], why="-(2/9) x^(-5/3) < 0")
E(C + " power p=-1/2", "cvxpy", "x**(-1/2)", "x", [P], [
    (r"$x^{-1/2}$ is convex on $x > 0$", "convex", True),
    (r"$\frac{1}{\sqrt{x}}$ is strictly convex for $x > 0$", "sconvex", True),
], dom=["x > 0"], why="(3/4) x^(-5/2) > 0")
E(C + " power p=5/2", "cvxpy", "x**(5/2)", "x", [(0, 5)], [
    (r"$x^{5/2}$ is convex on $x \ge 0$", "convex", True),
    (r"$x^{2.5}$ is concave on $x \ge 0$", "concave", False),
], dom=["x >= 0"], why="(15/4) x^(1/2) >= 0")
E(C + " power p=2/3", "cvxpy", "x**(2/3)", "x", [(0, 5)], [
    (r"$x^{2/3}$ is concave on $[0, \infty)$", "concave", True),
    (r"$x^{\frac23}$ is strictly concave on $x > 0$", "sconcave", None),
], dom=["x >= 0"], why="-(2/9) x^(-4/3) < 0")
ENTRIES[-1]["claims"].pop()
E(C + " power p=-2", "cvxpy", "x**(-2)", "x", [P], [
    (r"$x^{-2}$ is convex on $x > 0$", "convex", True),
    (r"$\frac{1}{x^2}$ is concave on $x > 0$", "concave", False),
], dom=["x > 0"], why="6/x^4 > 0")
E(C + " abs power", "cvxpy", "Abs(x)**(3/2)", "x", [R], [
    (r"$|x|^{3/2}$ is convex", "convex", True),
    (r"$|x|^{1.5}$ is convex on $\mathbb{R}$", "convex", True),
], why="|x|^p convex for p >= 1")
E(C + " abs power 1/2", "cvxpy", "sqrt(Abs(x))", "x", [R], [
    (r"$\sqrt{|x|}$ is convex", "convex", False),
    (r"$|x|^{1/2}$ is concave on $\mathbb{R}$", "concave", False),
    (r"$\sqrt{|x|}$ is neither convex nor concave", "neither", True),
], why="concave on each half line, cusp minimum at 0")
E(C + " logistic", "cvxpy", "log(1 + exp(x))", "x", [R], [
    (r"$\operatorname{logistic}(x) = \log(1 + e^x)$ is convex", "convex", True),
    (r"$\log(1+\exp(x))$ is strictly convex", "sconvex", True),
], why="sigma(x)(1 - sigma(x)) > 0")
E(C + " log1p", "cvxpy", "log(1 + x)", "x", [(-0.99, 5)], [
    (r"$\log(1 + x)$ is concave on $x > -1$", "concave", True),
    (r"$\operatorname{log1p}(x)$ is concave for $x > -1$", "concave", True),
], dom=["x > -1"], why="-1/(1+x)^2 < 0")
E(C + " exp of affine", "cvxpy", "exp(x - 2*y)", "xy", [R, R], [
    (r"$e^{x - 2y}$ is convex", "convex", True),
    (r"$\exp(x - 2y)$ is strictly convex in $x, y$", "sconvex", False),
], why="exp of an affine map: constant along (2, 1)", flat=[((0, 0), (2, 1))])
E(C + " sum_squares", "cvxpy", "(x - 1)**2 + (y + 2)**2 + (x - y)**2", "xy", [R, R], [
    (r"$(x - 1)^2 + (y + 2)^2 + (x - y)^2$ is strictly convex", "sconvex", True),
], why="positive definite quadratic")
E(C + " square of abs", "cvxpy", "Max(x, 0)**2", "x", [R], [
    (r"$\max(x, 0)^2$ is convex", "convex", True),
    (r"$\max\{x, 0\}^2$ is strictly convex", "sconvex", False),
], why="square of a nonnegative convex function; zero on x <= 0", flat=[((-2,), (-1,))])
E(C + " maximum of affine", "cvxpy", "Max(x + y, 2*x - y, -x)", "xy", [R, R], [
    (r"$\max(x + y, 2x - y, -x)$ is convex", "convex", True),
    (r"$\max\{x + y, 2x - y, -x\}$ is concave", "concave", False),
], why="pointwise max of affine functions")
E(C + " minimum of affine", "cvxpy", "Min(x, y, 1 - x - y)", "xy", [R, R], [
    (r"$\min(x, y, 1 - x - y)$ is concave", "concave", True),
    (r"$\min\{x, y, 1 - x - y\}$ is convex", "convex", False),
], why="pointwise min of affine functions")
E(C + " sum_largest(2) of three", "cvxpy", "Max(x + y, x + z, y + z)", "xyz", [R, R, R], [
    (r"$\max(x + y, y + z, x + z)$ (the sum of the two largest of $x, y, z$) is convex", "convex", True),
], why="max of affine")
E(C + " norm of affine", "cvxpy", "sqrt((x - y)**2 + (x + 2*y - 1)**2)", "xy", [R, R], [
    (r"$\sqrt{(x - y)^2 + (x + 2y - 1)^2}$ is convex", "convex", True),
    (r"$\sqrt{(x - y)^2 + (x + 2y - 1)^2}$ is strictly convex", "sconvex", False),
], why="norm of an affine map; affine along rays from its zero (1/3, 1/3)", flat=[((1, 1), (2, 2))])
E(C + " loggamma", "cvxpy", "loggamma(x)", "x", [(0.05, 6)], [
    (r"$\log\Gamma(x)$ is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="trigamma > 0")
E(C + " log_normcdf", "cvxpy", "log((1 + erf(x/sqrt(2)))/2)", "x", [(-4, 4)], [
    (r"$\log \Phi(x)$ is concave, where $\Phi$ is the standard normal CDF", "concave", True),
], why="the normal CDF is log-concave")

# ---------------------------------------------------------------- CVXPY matrix atoms on 2x2 symbolic matrices
M = "CVXPY log_det / lambda_max / tr_inv / matrix_frac on a 2x2 symmetric variable"
PD = ["x > 0", "x*z - y**2 > 0"]
E(M + " log_det", "cvxpy-matrix", "log(x*z - y**2)", "xyz", [P, R, P], [
    (r"$\log\det\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is concave on $x > 0, xz - y^2 > 0$", "concave", True),
    (r"$\log(xz - y^2)$ is concave on $x > 0, xz > y^2$", "concave", True),
    (r"$\log(x z - y^2)$ is convex for $x > 0$, $x z - y^2 > 0$", "convex", False),
], dom=PD, why="log det is concave on the positive definite cone")
E(M + " log_det diagonal shift", "cvxpy-matrix", "log(x*y - 1)", "xy", [P, P], [
    (r"$\log\det\begin{bmatrix} x & 1 \\ 1 & y \end{bmatrix}$ is concave on $x > 0, xy > 1$", "concave", True),
    (r"$\ln(xy - 1)$ is concave on $x > 0$, $x y > 1$", "concave", True),
], dom=["x > 0", "x*y > 1"], why="log det of an affine matrix function on the PD cone")
E(M + " -log det barrier", "cvxpy-matrix", "-log(x*z - y**2)", "xyz", [P, R, P], [
    (r"$-\log(xz - y^2)$ is strictly convex on $x > 0, xz - y^2 > 0$", "sconvex", True),
], dom=PD, why="-log det is strictly convex on the PD cone")
E(M + " det^(1/2)", "cvxpy-matrix", "sqrt(x*z - y**2)", "xyz", [P, R, P], [
    (r"$\sqrt{xz - y^2}$ is concave on $x > 0, xz - y^2 > 0$", "concave", True),
    (r"$(\det X)^{1/2}$ with $X = \begin{pmatrix} x & y \\ y & z\end{pmatrix}$ is concave on $x > 0, xz > y^2$", "concave", True),
], dom=PD, why="det^(1/n) is concave on the PD cone (n = 2)", flat=[((1, 0, 1), (2, 0, 2))])
E(M + " det", "cvxpy-matrix", "x*z - y**2", "xyz", [P, R, P], [
    (r"$\det\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is concave on $x > 0, xz > y^2$", "concave", False),
    (r"$xz - y^2$ is not concave on $x > 0, xz - y^2 > 0$", "notconcave", True),
], dom=PD, why="the Hessian of xz - y^2 is indefinite; along (t, 0, t) it is t^2")
E(M + " lambda_max", "cvxpy-matrix", "(x + z)/2 + sqrt((x - z)**2/4 + y**2)", "xyz", [R, R, R], [
    (r"$\lambda_{\max}\begin{pmatrix} x & y \\ y & z \end{pmatrix} = \frac{x+z}{2} + \sqrt{\frac{(x-z)^2}{4} + y^2}$ is convex", "convex", True),
    (r"$\frac{x + z}{2} + \sqrt{\frac{(x - z)^2}{4} + y^2}$ is concave", "concave", False),
], why="largest eigenvalue: a max of linear functions of the matrix")
E(M + " lambda_min", "cvxpy-matrix", "(x + z)/2 - sqrt((x - z)**2/4 + y**2)", "xyz", [R, R, R], [
    (r"$\frac{x + z}{2} - \sqrt{\frac{(x - z)^2}{4} + y^2}$ is concave", "concave", True),
    (r"$\lambda_{\min}(X) = \frac{x+z}{2} - \sqrt{\left(\frac{x-z}{2}\right)^2 + y^2}$ is convex", "convex", False),
], why="smallest eigenvalue: a min of linear functions")
E(M + " tr_inv", "cvxpy-matrix", "(x + z)/(x*z - y**2)", "xyz", [P, R, P], [
    (r"$\operatorname{tr}\left(X^{-1}\right) = \frac{x + z}{xz - y^2}$ is convex on $x > 0, xz - y^2 > 0$", "convex", True),
    (r"$\frac{x + z}{x z - y^2}$ is concave on $x > 0$, $xz > y^2$", "concave", False),
], dom=PD, why="tr X^{-1} is convex on the PD cone (B&V ex. 3.18)")
E(M + " matrix_frac", "cvxpy-matrix", "(z*1 - 2*y*1 + x*1)/(x*z - y**2)", "xyz", [P, R, P], [
    (r"$u^T X^{-1} u$ with $u = (1, 1)$, i.e. $\frac{x - 2y + z}{xz - y^2}$, is convex on $x > 0, xz > y^2$", "convex", True),
], dom=PD, why="matrix fractional function u^T X^{-1} u is convex on the PD cone")
E(M + " trace", "cvxpy-matrix", "x + z", "xyz", [R, R, R], [
    (r"$\operatorname{tr}\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is affine", "affine", True),
], why="linear")

# ---------------------------------------------------------------- perspectives and the second-order cone
Q = "Boyd & Vandenberghe 3.2.6 (perspective); CVXPY perspective; second-order cone"
E(Q + " perspective of exp", "perspective", "y*exp(x/y)", "xy", [R, P], [
    (r"$y e^{x/y}$ is convex on $y > 0$", "convex", True),
    (r"$y\exp(x/y)$ is jointly convex in $(x, y)$ for $y > 0$", "convex", True),
    (r"$y e^{x / y}$ is strictly convex on $y > 0$", "sconvex", False),
], dom=["y > 0"], why="perspective of exp; homogeneous of degree 1", flat=[((1, 1), (2, 2))])
E(Q + " perspective of -log", "perspective", "y*log(y/x)", "xy", [P, P], [
    (r"$y \log\frac{y}{x}$ is convex on $x > 0, y > 0$", "convex", True),
    (r"$-y\log(x/y)$ is convex for $x, y > 0$", "convex", True),
], dom=["x > 0", "y > 0"], why="perspective of -log x")
E(Q + " perspective of log", "perspective", "y*log(x/y)", "xy", [P, P], [
    (r"$y \log(x / y)$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$y\ln\frac{x}{y}$ is convex on $x > 0, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="perspective of the concave log")
E(Q + " perspective of x^4", "perspective", "x**4/y**3", "xy", [R, P], [
    (r"$\frac{x^4}{y^3}$ is convex on $y > 0$", "convex", True),
    (r"$x^4 / y^3$ is concave for $y > 0$", "concave", False),
], dom=["y > 0"], why="perspective y (x/y)^4")
E(Q + " perspective of sqrt", "perspective", "sqrt(x*y)", "xy", [P, P], [
    (r"$y \sqrt{x / y}$ is concave on $x > 0, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="= sqrt(x y), perspective of sqrt")
E(Q + " perspective of 1/x", "perspective", "y**2/x", "xy", [P, R], [
    (r"$y \cdot \frac{1}{x / y}$ is convex on $x > 0, y > 0$", "convex", None),
], dom=["x > 0"], why="y^2/x")
ENTRIES[-1]["claims"].pop()
E(Q + " perspective of 1/x, y > 0", "perspective", "y**2/x", "xy", [P, P], [
    (r"$y \cdot \frac{1}{x / y}$ is convex on $x > 0, y > 0$", "convex", True),
], dom=["x > 0", "y > 0"], why="perspective of 1/x: y^2/x")
E(Q + " power over linear", "perspective", "Abs(x)**3/y**2", "xy", [R, P], [
    (r"$\frac{|x|^3}{y^2}$ is convex on $y > 0$", "convex", True),
], dom=["y > 0"], why="perspective of |x|^3 (B&V ex. 3.23)")
E(Q + " norm^p over linear", "perspective", "(x**2 + y**2)**(3/2)/t**2", "xyt", [R, R, P], [
    (r"$\frac{\|(x, y)\|_2^3}{t^2}$ is convex on $t > 0$", "convex", True),
    (r"$\frac{(x^2 + y^2)^{3/2}}{t^2}$ is convex for $t > 0$", "convex", True),
], dom=["t > 0"], why="B&V ex. 3.23(a): ||x||^p / t^(p-1) convex for p > 1")
E(Q + " SOC log barrier", "soc", "-log(t**2 - x**2 - y**2)", "xyt", [R, R, P], [
    (r"$-\log(t^2 - x^2 - y^2)$ is convex on $\sqrt{x^2 + y^2} < t$", "convex", True),
    (r"$-\log(t^2 - x^2 - y^2)$ is convex on $t > 0, t^2 > x^2 + y^2$", "convex", True),
], dom=["t > 0", "t**2 - x**2 - y**2 > 0"], why="log of the Lorentz form is concave on the SOC interior (B&V ex. 3.22/3.25)")
E(Q + " SOC log", "soc", "log(t**2 - x**2 - y**2)", "xyt", [R, R, P], [
    (r"$\log(t^2 - x^2 - y^2)$ is concave on $\|(x, y)\|_2 < t$", "concave", True),
], dom=["t > 0", "t**2 - x**2 - y**2 > 0"], why="log(t - |u|^2/t) + log t: concave on the SOC interior")
E(Q + " SOC root", "soc", "sqrt(t**2 - x**2)", "xt", [R, P], [
    (r"$\sqrt{t^2 - x^2}$ is concave on $|x| \le t$", "concave", True),
    (r"$\sqrt{t^2 - x^2}$ is convex on $t \ge |x|$", "convex", False),
], dom=["t - x >= 0", "t + x >= 0"], why="sqrt((t - x)(t + x)): geometric mean of nonnegative affine functions")
E(Q + " t minus quad over lin", "soc", "t - (x**2 + y**2)/t", "xyt", [R, R, P], [
    (r"$t - \frac{x^2 + y^2}{t}$ is concave on $t > 0$", "concave", True),
], dom=["t > 0"], why="t minus a convex perspective")
E(Q + " B&V 3.22(b)", "soc", "-sqrt(u*v - x**2)", "xuv", [R, P, P], [
    (r"$-\sqrt{uv - x^2}$ is convex on $u > 0, v > 0, uv > x^2$", "convex", True),
], dom=["u > 0", "v > 0", "u*v - x**2 > 0"], why="geometric mean of u and v - x^2/u (B&V ex. 3.22(b))")
E(Q + " B&V 3.22(c)", "soc", "-log(u*v - x**2)", "xuv", [R, P, P], [
    (r"$-\log(uv - x^2)$ is convex on $u > 0$, $v > 0$, $uv > x^2$", "convex", True),
], dom=["u > 0", "v > 0", "u*v - x**2 > 0"], why="-log u - log(v - x^2/u) (B&V ex. 3.22(c))")
E(Q + " B&V 3.22(a)", "soc", "-log(-log(exp(x) + exp(y)))", "xy", [(-5, -0.8), (-5, -0.8)], [
    (r"$-\log(-\log(e^x + e^y))$ is convex on $e^x + e^y < 1$", "convex", True),
], dom=["exp(x) + exp(y) < 1"], why="-log(-g) with g convex negative (B&V ex. 3.22(a))")

# ---------------------------------------------------------------- the probability simplex and the unit interval
S = "entropy and divergences on the simplex (Cover & Thomas; B&V 3.1.5; Murphy 2.8)"
E(S + " entropy of (x, y, 1-x-y)", "simplex", "-x*log(x) - y*log(y) - (1 - x - y)*log(1 - x - y)", "xy",
  [U1, U1], [
    (r"$H(x, y) = -x\log x - y\log y - (1 - x - y)\log(1 - x - y)$ is concave on $x > 0, y > 0, x + y < 1$", "concave", True),
    (r"$-x \ln x - y \ln y - (1-x-y)\ln(1-x-y)$ is strictly concave on $\{x > 0, y > 0, x + y < 1\}$", "sconcave", True),
    (r"$-x\log x - y\log y - (1-x-y)\log(1-x-y)$ is convex on $x > 0$, $y > 0$, $x + y < 1$", "convex", False),
], dom=["x > 0", "y > 0", "x + y < 1"], why="entropy of a distribution, strictly concave")
E(S + " binary entropy", "simplex", "-x*log(x) - (1 - x)*log(1 - x)", "x", [U1], [
    (r"$H(p) = -p\log p - (1-p)\log(1-p)$ is concave on $(0, 1)$", "concave", None),
], dom=["x > 0", "x < 1"], why="")
ENTRIES[-1]["claims"].pop()
E(S + " binary entropy", "simplex", "-p*log(p) - (1 - p)*log(1 - p)", "p", [U1], [
    (r"$H(p) = -p\log p - (1-p)\log(1-p)$ is concave on $(0, 1)$", "concave", True),
    (r"$-p \log_2 p - (1 - p)\log_2(1 - p)$ is strictly concave for $p \in (0, 1)$", "sconcave", True),
    (r"$-p\ln p - (1-p)\ln(1-p)$ is convex on $0 < p < 1$", "convex", False),
], dom=["p > 0", "p < 1"], why="-1/(p(1-p)) < 0")
E(S + " Bernoulli log-likelihood", "simplex", "3*log(p) + 2*log(1 - p)", "p", [U1], [
    (r"$3\log p + 2\log(1 - p)$ is concave on $0 < p < 1$", "concave", True),
    (r"$\log\left(p^3 (1 - p)^2\right)$ is strictly concave on $p \in (0, 1)$", "sconcave", True),
], dom=["p > 0", "p < 1"], why="sum of concave logs")
E(S + " x(1-x)", "simplex", "sqrt(x*(1 - x))", "x", [(0, 1)], [
    (r"$\sqrt{x(1 - x)}$ is concave on $[0, 1]$", "concave", True),
    (r"$\sqrt{x - x^2}$ is convex on $0 \le x \le 1$", "convex", False),
], dom=["x >= 0", "x <= 1"], why="geometric mean of x and 1 - x")
E(S + " KL to uniform", "simplex", "x*log(2*x) + (1 - x)*log(2*(1 - x))", "x", [U1], [
    (r"$D(x) = x\log(2x) + (1-x)\log(2(1-x))$ is convex on $x \in (0, 1)$", "convex", True),
], dom=["x > 0", "x < 1"], why="1/(x(1-x)) > 0")
E(S + " Gini impurity", "simplex", "1 - x**2 - y**2 - (1 - x - y)**2", "xy", [U1, U1], [
    (r"$1 - x^2 - y^2 - (1 - x - y)^2$ is concave on $x \ge 0, y \ge 0, x + y \le 1$", "concave", True),
    (r"$1 - x^2 - y^2 - (1-x-y)^2$ is strictly concave on $x, y \ge 0$, $x + y \le 1$", "sconcave", True),
], dom=["x >= 0", "y >= 0", "x + y <= 1"], why="negative definite quadratic")
E(S + " log barrier of the simplex", "simplex", "-log(x) - log(y) - log(1 - x - y)", "xy", [U1, U1], [
    (r"$-\log x - \log y - \log(1 - x - y)$ is convex on $x > 0, y > 0, x + y < 1$", "convex", True),
    (r"$-\ln x - \ln y - \ln(1 - x - y)$ is strictly convex on $x > 0, y > 0, x + y < 1$", "sconvex", True),
], dom=["x > 0", "y > 0", "x + y < 1"], why="sum of -log of affine functions spanning R^2")
E(S + " cross entropy", "simplex", "-(2*log(x) + 3*log(y) + log(1 - x - y))", "xy", [U1, U1], [
    (r"$-(2\log x + 3 \log y + \log(1 - x - y))$ is convex on $x > 0, y > 0, x + y < 1$", "convex", True),
], dom=["x > 0", "y > 0", "x + y < 1"], why="-log of affine")

# ---------------------------------------------------------------- Mathematica FunctionConvexity (documentation examples)
W = "Mathematica FunctionConvexity documentation examples"
E(W, "mathematica", "x**2 + x*y + y**2", "xy", [R, R], [
    (r"FunctionConvexity: $x^2 + x y + y^2$ is convex", "convex", True),
    (r"$x^2 + xy + y^2$ is strictly convex in $x$ and $y$", "sconvex", True),
], why="Hessian [[2, 1], [1, 2]] > 0")
E(W, "mathematica", "x**2 + 3*x*y + y**2", "xy", [R, R], [
    (r"$x^2 + 3xy + y^2$ is convex", "convex", False),
    (r"$x^2 + 3 x y + y^2$ is neither convex nor concave", "neither", True),
], why="Hessian [[2, 3], [3, 2]] indefinite")
E(W, "mathematica", "Abs(x)*x**2", "x", [R], [
    (r"$x^2 |x|$ is strictly convex", "sconvex", True),
    (r"$|x| x^2$ is convex", "convex", True),
], why="|x|^3: 6|x| >= 0, zero only at 0")
E(W, "mathematica", "Abs(x)", "x", [R], [
    (r"$|x|$ is convex but $|x|$ is strictly convex", "sconvex", False),
], why="affine on x > 0", flat=[((1,), (2,))])
E(W, "mathematica", "sqrt(x)", "x", [(0, 5)], [
    (r"$\sqrt{x}$ is concave for all positive $x$", "concave", True),
], dom=["x >= 0"], why="-1/(4 x^(3/2)) < 0")
E(W, "mathematica", "x**4 - x**2", "x", [R], [
    (r"$x^4 - x^2$ is convex", "convex", False),
    (r"$x^4 - x^2$ is convex on $x \ge 1$", "convex", None),
], why="12x^2 - 2 < 0 near 0")
ENTRIES[-1]["claims"].pop()
E(W, "mathematica", "x**4 - x**2", "x", [(1, 4)], [
    (r"$x^4 - x^2$ is convex on $x \ge 1$", "convex", True),
    (r"$x^4 - x^2$ is convex for $x > \frac{1}{\sqrt{6}}$", "convex", None),
], dom=["x >= 1"], why="12x^2 - 2 > 0 for x >= 1")
ENTRIES[-1]["claims"].pop()
E(W, "mathematica", "x**4 - x**2", "x", [(0.409, 4)], [
    (r"$x^4 - x^2$ is convex for $x > \frac{1}{\sqrt{6}}$", "convex", True),
], dom=["x**2 > 1/6", "x > 0"], why="12x^2 - 2 > 0 iff x^2 > 1/6")
E(W, "mathematica", "x**4 - x**2", "x", [(-0.4, 0.4)], [
    (r"$x^4 - x^2$ is concave on $-\frac{1}{\sqrt 6} < x < \frac{1}{\sqrt 6}$", "concave", True),
], dom=["x**2 < 1/6"], why="12x^2 - 2 < 0 there")
E(W, "mathematica", "exp(x + y)", "xy", [R, R], [
    (r"$e^{x+y}$ is convex", "convex", True),
    (r"$\exp(x + y)$ is strictly convex", "sconvex", False),
], why="exp of linear; constant along (1, -1)", flat=[((0, 0), (1, -1))])
E(W, "mathematica", "exp(x*y)", "xy", [R, R], [
    (r"$e^{xy}$ is convex", "convex", False),
    (r"$\exp(x y)$ is neither convex nor concave", "neither", True),
], why="at 0 Hessian [[0, 1], [1, 0]]")
E(W, "mathematica", "log(x) + log(y)", "xy", [P, P], [
    (r"$\log x + \log y$ is concave for $x > 0$ and $y > 0$", "concave", True),
    (r"$\log(x) + \log(y)$ is strictly concave on $x > 0 \land y > 0$", "sconcave", True),
], dom=["x > 0", "y > 0"], why="diag(-1/x^2, -1/y^2)")
E(W, "mathematica", "x**3", "x", [P], [
    (r"$x^3$ is convex for $x > 0$", "convex", True),
], dom=["x > 0"], why="6x > 0")
E(W, "mathematica", "x**2 - y**2", "xy", [R, R], [
    (r"$x^2 - y^2$ is neither convex nor concave", "neither", True),
], why="saddle")
E(W + " (with parameter)", "mathematica", "a*x**2 + b*x", "x", [R], [
    (r"$a x^2 + b x$ is convex for $a > 0$", "convex", True),
], params={"a": ["1/10", "1", "7"], "b": ["-3", "0", "2"]}, why="2a > 0")
E(W + " (with parameter)", "mathematica", "exp(a*x)", "x", [R], [
    (r"$e^{a x}$ is convex for every real $a$", "convex", True),
], params={"a": ["-3", "0", "1/2", "2"]}, why="a^2 e^(ax) >= 0")
E(W, "mathematica", "x*log(x)", "x", [P], [
    (r"$x \log x$ is strictly convex on $x > 0$", "sconvex", True),
], dom=["x > 0"], why="1/x > 0")
E(W, "mathematica", "x**4 + y**4 + z**4", "xyz", [R, R, R], [
    (r"$x^4 + y^4 + z^4$ is strictly convex", "sconvex", True),
    (r"$x^4+y^4+z^4$ is convex", "convex", True),
], why="sum of strictly convex functions of separate variables")
E(W, "mathematica", "sin(x)", "x", [(0, 3.14)], [
    (r"$\sin x$ is concave on $0 < x < \pi$", "concave", True),
], dom=["x > 0", "x < pi"], why="-sin x < 0 on (0, pi)")
E(W, "mathematica", "x/y", "xy", [R, P], [
    (r"$\frac{x}{y}$ is convex on $y > 0$", "convex", False),
    (r"$x / y$ is neither convex nor concave for $y > 0$", "neither", True),
], dom=["y > 0"], why="Hessian [[0, -1/y^2], [-1/y^2, 2x/y^3]] indefinite")
E(W, "mathematica", "1/(x*y)", "xy", [P, P], [
    (r"$\frac{1}{xy}$ is convex on $x > 0, y > 0$", "convex", True),
    (r"$\frac{1}{x y}$ is strictly convex for $x > 0$, $y > 0$", "sconvex", True),
], dom=["x > 0", "y > 0"], why="exp(-u - v) in logs; Hessian [[2, 1], [1, 2]]/(xy x y)-like, definite")

# ---------------------------------------------------------------- SymPy is_convex (sympy/calculus/util.py docs and tests)
Y = "SymPy is_convex docs / sympy/calculus/tests/test_util.py"
E(Y, "sympy", "x**2 - 5*x + 1", "x", [R], [
    (r"$x^2 - 5x + 1$ is convex", "convex", True),
], why="2 > 0")
E(Y, "sympy", "1/x", "x", [(-5, 5)], [
    (r"$\frac{1}{x}$ is convex on $[-1, 1]$", "convex", None),
], why="")
ENTRIES[-1]["claims"].pop()
E(Y, "sympy", "exp(-x)", "x", [R], [
    (r"$e^{-x}$ is convex", "convex", True),
], why="e^-x > 0")
E(Y, "sympy", "log(x**2 + 1)", "x", [R], [
    (r"$\log(x^2 + 1)$ is convex", "convex", False),
    (r"$\log(1 + x^2)$ is convex on $[-1, 1]$", "convex", None),
], why="2(1 - x^2)/(1 + x^2)^2 < 0 for |x| > 1")
ENTRIES[-1]["claims"].pop()
E(Y, "sympy", "log(x**2 + 1)", "x", [(-1, 1)], [
    (r"$\log(1 + x^2)$ is convex on $[-1, 1]$", "convex", True),
], dom=["x >= -1", "x <= 1"], why="2(1 - x^2)/(1 + x^2)^2 >= 0")
E(Y, "sympy", "log(x**2 + 1)", "x", [(1, 6)], [
    (r"$\ln(1 + x^2)$ is concave on $[1, \infty)$", "concave", True),
], dom=["x >= 1"], why="2(1 - x^2)/(1 + x^2)^2 <= 0")
E(Y, "sympy", "x**(-4)", "x", [(-5, -0.01)], [
    (r"$x^{-4}$ is convex on $(-\infty, 0)$", "convex", True),
], dom=["x < 0"], why="20 x^-6 > 0")
E(Y, "sympy", "sqrt(x**2 + 1)", "x", [R], [
    (r"$\sqrt{x^2 + 1}$ is strictly convex", "sconvex", True),
], why="(1 + x^2)^(-3/2) > 0")
E(Y, "sympy", "cos(x)", "x", [(-1.57, 1.57)], [
    (r"$\cos x$ is concave on $[-\pi/2, \pi/2]$", "concave", True),
], dom=["x >= -pi/2", "x <= pi/2"], why="-cos x <= 0")
E(Y, "sympy", "tan(x)", "x", [(0, 1.57)], [
    (r"$\tan x$ is convex on $[0, \pi/2)$", "convex", True),
], dom=["x >= 0", "x < pi/2"], why="2 tan x sec^2 x >= 0")
E(Y, "sympy", "tan(x)", "x", [(-1.57, 1.57)], [
    (r"$\tan x$ is convex on $(-\pi/2, \pi/2)$", "convex", False),
], dom=["x > -pi/2", "x < pi/2"], why="tan'' < 0 for x < 0")

# ---------------------------------------------------------------- Lean mathlib (Analysis/Convex/SpecificFunctions, Mul, Pow)
L = "Lean mathlib Analysis/Convex/SpecificFunctions"
E(L + " strictConcaveOn_sin_Icc", "mathlib", "sin(x)", "x", [(0, 3.14)], [
    (r"$\sin$ is strictly concave on $[0, \pi]$", "sconcave", True),
    (r"$\sin x$ is convex on $[0, \pi]$", "convex", False),
], dom=["x >= 0", "x <= pi"], why="-sin x < 0 on (0, pi)")
E(L + " strictConcaveOn_cos_Icc", "mathlib", "cos(x)", "x", [(-1.57, 1.57)], [
    (r"$\cos$ is strictly concave on $[-\pi/2, \pi/2]$", "sconcave", True),
], dom=["x >= -pi/2", "x <= pi/2"], why="-cos x < 0 inside")
E(L + " Even.strictConvexOn_pow", "mathlib", "x**6", "x", [R], [
    (r"$x \mapsto x^6$ is strictly convex on $\mathbb{R}$", "sconvex", True),
], why="30 x^4 >= 0, zero only at 0")
E(L + " strictConvexOn_pow", "mathlib", "x**5", "x", [(0, 4)], [
    (r"$x^5$ is strictly convex on $[0, +\infty)$", "sconvex", True),
], dom=["x >= 0"], why="20 x^3 > 0 for x > 0")
E(L + " odd power on R", "mathlib", "x**5", "x", [R], [
    (r"$x^5$ is convex on $\mathbb{R}$", "convex", False),
], why="20 x^3 < 0 for x < 0")
E(L + " strictConvexOn_zpow", "mathlib", "x**(-3)", "x", [P], [
    (r"$x \mapsto x^{-3}$ is strictly convex on $(0, +\infty)$", "sconvex", True),
], dom=["x > 0"], why="12 x^-5 > 0")
E(L + " strictConvexOn_rpow", "mathlib", "x**(7/5)", "x", [(0, 5)], [
    (r"$x^{7/5}$ is strictly convex on $[0, \infty)$", "sconvex", True),
], dom=["x >= 0"], why="p = 7/5 > 1")
E(L + " strictConcaveOn_rpow", "mathlib", "x**(3/4)", "x", [(0, 5)], [
    (r"$x^{3/4}$ is strictly concave on $[0, \infty)$", "sconcave", True),
], dom=["x >= 0"], why="0 < p = 3/4 < 1")
E(L + " strictConcaveOn_log_Iio", "mathlib", "log(-x)", "x", [(-5, -0.01)], [
    (r"$\log(-x)$ is strictly concave on $(-\infty, 0)$", "sconcave", True),
    (r"$\log |x|$ is strictly concave on $x < 0$", "sconcave", True),
], dom=["x < 0"], why="-1/x^2 < 0")
E(L + " strictConvexOn_mul_log", "mathlib", "x*log(x)", "x", [(0.001, 5)], [
    (r"$x \log x$ is strictly convex on $[0, \infty)$ (with $0 \log 0 = 0$)", "sconvex", True),
], dom=["x > 0"], why="1/x > 0")
E(L + " strictConcaveOn_sqrt", "mathlib", "sqrt(x)", "x", [(0, 5)], [
    (r"$\sqrt{x}$ is strictly concave on $[0, \infty)$", "sconcave", True),
], dom=["x >= 0"], why="-x^(-3/2)/4 < 0")
E(L + " convexOn_exp", "mathlib", "2**x", "x", [R], [
    (r"$2^x$ is strictly convex on $\mathbb{R}$", "sconvex", True),
    (r"$x \mapsto b^x$ with $b = 2$ is convex", "convex", True),
], why="(log 2)^2 2^x > 0")
E(L + " convexOn_rpow_left", "mathlib", "(1/2)**x", "x", [R], [
    (r"$(1/2)^x$ is convex on $\mathbb{R}$", "convex", True),
], why="(log 2)^2 2^-x > 0")
E(L + " binEntropy", "mathlib", "-x*log(x) - (1 - x)*log(1 - x)", "x", [U1], [
    (r"$\mathrm{binEntropy}(x) = -x\log x - (1 - x)\log(1 - x)$ is strictly concave on $[0, 1]$", "sconcave", True),
], dom=["x > 0", "x < 1"], why="-1/(x(1-x)) < 0")
E(L + " deriv2_sqrt_mul_log", "mathlib", "sqrt(x)*log(x)", "x", [(0.01, 30)], [
    (r"$\sqrt{x}\log x$ is concave on $x \ge 1$", "concave", None),
], dom=["x >= 1"], why="")
ENTRIES[-1]["claims"].pop()
E(L + " strictConcaveOn_sqrt_mul_log", "mathlib", "sqrt(x)*log(x)", "x", [(1, 30)], [
    (r"$\sqrt{x} \log x$ is strictly concave on $[1, \infty)$", "sconcave", True),
], dom=["x >= 1"], why="f'' = -log(x)/(4 x^(3/2)) < 0 for x > 1")
E(L + " sqrt x log x not convex", "mathlib", "sqrt(x)*log(x)", "x", [(0.01, 30)], [
    (r"$\sqrt{x}\ln x$ is concave on $x > 0$", "concave", False),
], dom=["x > 0"], why="f'' = -log(x)/(4 x^(3/2)) > 0 for x < 1")
E(L + " convexOn_norm", "mathlib", "sqrt(x**2 + y**2)", "xy", [R, R], [
    (r"$\|v\|$ for $v = (x, y) \in \mathbb{R}^2$ is convex", "convex", True),
], why="a norm")
E(L + " cosh", "mathlib", "cosh(x)", "x", [R], [
    (r"$\cosh$ is strictly convex on $\mathbb{R}$", "sconvex", True),
], why="cosh > 0")
E(L + " sinh", "mathlib", "sinh(x)", "x", [(0, 4)], [
    (r"$\sinh x$ is convex on $[0, \infty)$", "convex", True),
    (r"$\sinh x$ is convex on $\mathbb{R}$", "convex", None),
], dom=["x >= 0"], why="sinh >= 0 for x >= 0")
ENTRIES[-1]["claims"].pop()
E(L + " sinh on R", "mathlib", "sinh(x)", "x", [R], [
    (r"$\sinh x$ is convex on $\mathbb{R}$", "convex", False),
], why="sinh < 0 for x < 0")
E(L + " arctan", "mathlib", "atan(x)", "x", [(0, 5)], [
    (r"$\arctan$ is concave on $[0, \infty)$", "concave", True),
    (r"$\arctan x$ is convex on $x \le 0$", "convex", None),
], dom=["x >= 0"], why="-2x/(1+x^2)^2 <= 0")
ENTRIES[-1]["claims"].pop()
E(L + " arctan left", "mathlib", "atan(x)", "x", [(-5, 0)], [
    (r"$\arctan x$ is convex on $x \le 0$", "convex", True),
], dom=["x <= 0"], why="-2x/(1+x^2)^2 >= 0")
E(L + " one_div", "mathlib", "1/x", "x", [(-5, -0.01)], [
    (r"$x \mapsto x^{-1}$ is strictly concave on $(-\infty, 0)$", "sconcave", True),
], dom=["x < 0"], why="2/x^3 < 0")

# ---------------------------------------------------------------- Boyd & Vandenberghe ch. 3 examples and exercises
B = "Boyd & Vandenberghe, Convex Optimization ch. 3"
E(B + " ex 3.16(a)", "boyd", "exp(x) - 1", "x", [R], [
    (r"$f(x) = e^x - 1$ on $\mathbb{R}$ is convex", "convex", True),
    (r"$e^x - 1$ is concave", "concave", False),
], why="e^x")
E(B + " ex 3.16(b)", "boyd", "x1*x2", ["x1", "x2"], [P, P], [
    (r"$f(x_1, x_2) = x_1 x_2$ on $\mathbb{R}^2_{++}$ is convex", "convex", False),
    (r"$f(x_1, x_2) = x_1 x_2$ on $\mathbb{R}^2_{++}$ is concave", "concave", False),
], dom=["x1 > 0", "x2 > 0"], why="Hessian [[0, 1], [1, 0]]")
E(B + " ex 3.16(c)", "boyd", "1/(x1*x2)", ["x1", "x2"], [P, P], [
    (r"$f(x_1, x_2) = 1/(x_1 x_2)$ on $\mathbb{R}^2_{++}$ is convex", "convex", True),
], dom=["x1 > 0", "x2 > 0"], why="Hessian positive definite")
E(B + " ex 3.16(d)", "boyd", "x1/x2", ["x1", "x2"], [P, P], [
    (r"$f(x_1, x_2) = x_1 / x_2$ on $\mathbb{R}^2_{++}$ is concave", "concave", False),
], dom=["x1 > 0", "x2 > 0"], why="Hessian indefinite")
E(B + " ex 3.16(e)", "boyd", "x1**2/x2", ["x1", "x2"], [R, P], [
    (r"$f(x_1, x_2) = x_1^2 / x_2$ on $\mathbb{R} \times \mathbb{R}_{++}$ is convex", "convex", True),
], dom=["x2 > 0"], why="quad over lin")
E(B + " ex 3.16(f)", "boyd", "x1**(1/4)*x2**(3/4)", ["x1", "x2"], [P, P], [
    (r"$f(x_1, x_2) = x_1^{\alpha} x_2^{1-\alpha}$, $\alpha = 1/4$, on $\mathbb{R}^2_{++}$ is concave", "concave", True),
], dom=["x1 > 0", "x2 > 0"], why="weighted geometric mean", flat=[((1, 1), (2, 2))])
E(B + " example 3.1 powers", "boyd", "x**a", "x", [P], [
    (r"$x^a$ is convex on $\mathbb{R}_{++}$ when $a \ge 1$ or $a \le 0$", "convex", True),
], dom=["x > 0"], params={"a": ["-2", "0", "1", "3/2", "4"]}, why="a(a-1) x^(a-2) >= 0")
E(B + " example 3.1 powers", "boyd", "x**a", "x", [P], [
    (r"$x^a$ is concave on $\mathbb{R}_{++}$ for $0 \le a \le 1$", "concave", True),
], dom=["x > 0"], params={"a": ["0", "1/3", "1/2", "1"]}, why="a(a-1) x^(a-2) <= 0")
E(B + " example 3.1 negative entropy", "boyd", "x*log(x)", "x", [P], [
    (r"Negative entropy $x \log x$ is convex on $\mathbb{R}_{++}$", "convex", True),
], dom=["x > 0"], why="1/x")
E(B + " ex 3.17", "boyd", "(x**(1/3) + y**(1/3))**3", "xy", [P, P], [
    (r"$\left(x^{1/3} + y^{1/3}\right)^{3}$ is concave on $\mathbb{R}^2_{++}$", "concave", True),
], dom=["x > 0", "y > 0"], why="(sum x_i^p)^(1/p), p = 1/3 < 1", flat=[((1, 1), (2, 2))])
E(B + " ex 3.17 negative p", "boyd", "(1/x + 1/y)**(-1)", "xy", [P, P], [
    (r"$\left(x^{-1} + y^{-1}\right)^{-1}$ is concave on $x > 0, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="(sum x_i^p)^(1/p) with p = -1", flat=[((1, 1), (2, 2))])
E(B + " example 3.14 log-concavity of cdf", "boyd", "log(1 - exp(-x))", "x", [P], [
    (r"$1 - e^{-x}$ is log-concave on $x > 0$", "concave", True),
], dom=["x > 0"], why="concave positive function is log-concave")
E(B + " example 3.16", "boyd", "log(x*y/(x + y))", "xy", [P, P], [
    (r"$\frac{xy}{x+y}$ is log-concave on $x > 0, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="concave positive (half the harmonic mean) hence log-concave")
E(B + " example 3.13 sum of exponentials", "boyd", "log(exp(x) + exp(2*y))", "xy", [R, R], [
    (r"$e^x + e^{2y}$ is log-convex", "convex", True),
], why="log-sum-exp of linear")
E(B + " ex 3.49 logistic", "boyd", "x - log(1 + exp(x))", "x", [R], [
    (r"$\frac{e^x}{1 + e^x}$ is log-concave", "concave", True),
], why="log sigma = x - log(1+e^x)")
E(B + " ex 3.49 harmonic", "boyd", "-log(1/x + 1/y)", "xy", [P, P], [
    (r"$\frac{1}{1/x + 1/y}$ is log-concave on $x, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="concave positive")
E(B + " ex 3.49(d) ratio", "boyd", "log(x) - log(1 + x**2)", "x", [P], [
    (r"$\frac{x}{1 + x^2}$ is log-concave on $x > 0$", "concave", False),
], dom=["x > 0"], why="(log f)'' = -1/x^2 + 2(x^2 - 1)/(1 + x^2)^2 > 0 once x^4 - 4x^2 - 1 > 0 (x > 2.06)")
E(B + " ex 3.32 product", "boyd", "x*exp(-x)", "x", [P], [
    (r"$x e^{-x}$ is concave on $x > 0$", "concave", False),
    (r"$x e^{-x}$ is log-concave on $x > 0$", "concave", None),
], dom=["x > 0"], why="(x - 2) e^-x > 0 for x > 2")
ENTRIES[-1]["claims"].pop()
E(B + " ex 3.32 product, log", "boyd", "log(x) - x", "x", [P], [
    (r"$x e^{-x}$ is log-concave on $x > 0$", "concave", True),
], dom=["x > 0"], why="log x - x concave")
E(B + " example 3.5 max", "boyd", "Max(x, y, z)", "xyz", [R, R, R], [
    (r"$\max\{x_1, x_2, x_3\}$ with $(x_1, x_2, x_3) = (x, y, z)$ is convex", "convex", None),
], why="")
ENTRIES[-1]["claims"].pop()
E(B + " example 3.5 max", "boyd", "Max(x1, x2, x3)", ["x1", "x2", "x3"], [R, R, R], [
    (r"$f(x) = \max\{x_1, x_2, x_3\}$ is convex on $\mathbb{R}^3$", "convex", True),
    (r"$\max(x_1, x_2, x_3)$ is strictly convex", "sconvex", False),
], why="max of linear", flat=[((0, 0, 0), (1, 1, 1))])
E(B + " ex 3.15 Box-Cox", "boyd", "(x**a - 1)/a", "x", [P], [
    (r"$\frac{x^{a} - 1}{a}$ is concave on $x > 0$ for $0 < a \le 1$", "concave", True),
], dom=["x > 0"], params={"a": ["1/10", "1/2", "1"]}, why="(a - 1) x^(a - 2) <= 0")
E(B + " example 3.3 quadratic-over-linear", "boyd", "(x - y)**2/(x + y)", "xy", [P, P], [
    (r"$\frac{(x - y)^2}{x + y}$ is convex on $x + y > 0$", "convex", None),
], dom=["x + y > 0"], why="")
ENTRIES[-1]["claims"].pop()
E(B + " quad over lin of affine", "boyd", "(x - y)**2/(x + y)", "xy", [R, R], [
    (r"$\frac{(x - y)^2}{x + y}$ is convex on $x + y > 0$", "convex", True),
], dom=["x + y > 0"], why="quad_over_lin composed with an affine map")
E(B + " 3.1.5 log-determinant (diag)", "boyd", "log(x) + log(y)", "xy", [P, P], [
    (r"$\log\det\operatorname{diag}(x, y)$ is concave on $x > 0, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="log x + log y")

# ---------------------------------------------------------------- Rockafellar, Nesterov, Bertsekas, Hiriart-Urruty & Lemarechal
T = "Rockafellar / Nesterov / Bertsekas / Hiriart-Urruty & Lemarechal"
E(T + " Rockafellar sec. 4: -(1 - |x|^2)^(1/2)", "rockafellar", "-sqrt(1 - x**2 - y**2)", "xy", [(-1, 1), (-1, 1)], [
    (r"$f(x, y) = -\sqrt{1 - x^2 - y^2}$ is convex on $x^2 + y^2 \le 1$", "convex", True),
    (r"$-\sqrt{1 - x^2 - y^2}$ is strictly convex on $x^2 + y^2 < 1$", "sconvex", None),
], dom=["x**2 + y**2 <= 1"], why="minus the concave sqrt of a concave nonnegative function")
ENTRIES[-1]["claims"].pop()
E(T + " Rockafellar 1-d ball", "rockafellar", "-sqrt(1 - x**2)", "x", [(-1, 1)], [
    (r"$-\sqrt{1 - x^2}$ is strictly convex on $[-1, 1]$", "sconvex", True),
    (r"$\sqrt{1 - x^2}$ is concave on $|x| \le 1$", "concave", None),
], dom=["x >= -1", "x <= 1"], why="(1 - x^2)^(-3/2) > 0")
ENTRIES[-1]["claims"].pop()
E(T + " Rockafellar semicircle", "rockafellar", "sqrt(1 - x**2)", "x", [(-1, 1)], [
    (r"$\sqrt{1 - x^2}$ is concave on $|x| \le 1$", "concave", True),
], dom=["x >= -1", "x <= 1"], why="-(1 - x^2)^(-3/2) < 0")
E(T + " Rockafellar: -log(1 - x^2)", "rockafellar", "-log(1 - x**2)", "x", [(-0.99, 0.99)], [
    (r"$-\log(1 - x^2)$ is convex on $(-1, 1)$", "convex", True),
], dom=["x > -1", "x < 1"], why="2(1 + x^2)/(1 - x^2)^2 > 0")
E(T + " Rockafellar |x|^p/p", "rockafellar", "Abs(x)**3/3", "x", [R], [
    (r"$\frac{1}{p}|x|^p$ with $p = 3$ is convex", "convex", True),
], why="|x|^3")
E(T + " Nesterov: self-concordant barrier", "nesterov", "-log(x) - log(1 - x)", "x", [U1], [
    (r"$-\ln x - \ln(1 - x)$ is strictly convex on $0 < x < 1$", "sconvex", True),
], dom=["x > 0", "x < 1"], why="1/x^2 + 1/(1-x)^2 > 0")
E(T + " Nesterov: 1/x^p", "nesterov", "x**(-3/2)", "x", [P], [
    (r"$x^{-3/2}$ is strictly convex on $x > 0$", "sconvex", True),
], dom=["x > 0"], why="(15/4) x^(-7/2)")
E(T + " Nesterov: exp + exp", "nesterov", "exp(x) + exp(-x)", "x", [R], [
    (r"$e^x + e^{-x}$ is strictly convex", "sconvex", True),
], why="> 0")
E(T + " Nesterov: log-barrier of a box", "nesterov", "-log(1 - x) - log(1 + x) - log(1 - y) - log(1 + y)", "xy",
  [(-0.99, 0.99), (-0.99, 0.99)], [
    (r"$-\log(1 - x) - \log(1 + x) - \log(1 - y) - \log(1 + y)$ is convex on $|x| < 1, |y| < 1$", "convex", True),
], dom=["x > -1", "x < 1", "y > -1", "y < 1"], why="sum of -log of affine")
E(T + " Bertsekas: x^T Q x", "bertsekas", "2*x**2 - 2*x*y + y**2", "xy", [R, R], [
    (r"$f(x) = x^T Q x$ with $Q = \begin{pmatrix} 2 & -1 \\ -1 & 1 \end{pmatrix}$, i.e. $2x^2 - 2xy + y^2$, is strictly convex", "sconvex", True),
], why="Q > 0 (det 1, trace 3)")
E(T + " Bertsekas indefinite Q", "bertsekas", "x**2 - 4*x*y + y**2", "xy", [R, R], [
    (r"$x^2 - 4xy + y^2$ is convex", "convex", False),
], why="det = 1 - 4 < 0")
E(T + " HUL: sqrt(1 + x^2)", "hul", "sqrt(1 + x**2 + y**2)", "xy", [R, R], [
    (r"$\sqrt{1 + x^2 + y^2}$ is strictly convex", "sconvex", True),
], why="the norm of (1, x, y), strictly convex since the 1 keeps it off rays")
E(T + " HUL: x log x - x", "hul", "x*log(x) - x", "x", [P], [
    (r"$x\log x - x$ is convex on $(0, +\infty)$", "convex", True),
], dom=["x > 0"], why="1/x")
E(T + " HUL: 1/2 d^2", "hul", "Max(Abs(x) - 1, 0)**2/2", "x", [R], [
    (r"$\frac{1}{2}\max(|x| - 1, 0)^2$ (half the squared distance to $[-1, 1]$) is convex", "convex", True),
    (r"$\frac{1}{2}\max(|x| - 1, 0)^2$ is strictly convex", "sconvex", False),
], why="square of a nonnegative convex function; zero on [-1, 1]", flat=[((-1/2,), (1/2,))])
E(T + " HUL: indicator-like barrier", "hul", "1/(1 - x**2)", "x", [(-0.99, 0.99)], [
    (r"$\frac{1}{1 - x^2}$ is convex on $(-1, 1)$", "convex", True),
], dom=["x > -1", "x < 1"], why="(2 + 6x^2)/(1 - x^2)^3 > 0")
E(T + " Bertsekas: exp of quadratic", "bertsekas", "exp(x**2 + y**2)", "xy", [(-2, 2), (-2, 2)], [
    (r"$e^{x^2 + y^2}$ is strictly convex", "sconvex", True),
], why="exp (increasing convex) of a strictly convex function")

# ---------------------------------------------------------------- calculus concavity exercises
K = "calculus texts (Stewart / Larson / Thomas): concave up / down on an interval"
E(K, "calculus", "x**3 - 3*x", "x", [(0, 4)], [
    (r"$f(x) = x^3 - 3x$ is concave up on $(0, \infty)$", "convex", True),
], dom=["x > 0"], why="6x > 0")
E(K, "calculus", "x**3 - 3*x", "x", [(-4, 0)], [
    (r"$x^3 - 3x$ is concave down on $(-\infty, 0)$", "concave", True),
], dom=["x < 0"], why="6x < 0")
E(K, "calculus", "x**4 - 6*x**2", "x", [(-1, 1)], [
    (r"$x^4 - 6x^2$ is concave down on $(-1, 1)$", "concave", True),
    (r"$x^4 - 6x^2$ is concave up on $(-1, 1)$", "convex", False),
], dom=["x > -1", "x < 1"], why="12x^2 - 12 < 0")
E(K, "calculus", "x*exp(-x)", "x", [(-4, 2)], [
    (r"$x e^{-x}$ is concave on $(-\infty, 2)$", "concave", True),
], dom=["x < 2"], why="(x - 2) e^-x < 0")
E(K, "calculus", "x*exp(-x)", "x", [(2, 8)], [
    (r"$x e^{-x}$ is concave up for $x > 2$", "convex", True),
], dom=["x > 2"], why="(x - 2) e^-x > 0")
E(K, "calculus", "exp(-x**2)", "x", [(-0.7, 0.7)], [
    (r"$e^{-x^2}$ is concave on $\left(-\frac{1}{\sqrt{2}}, \frac{1}{\sqrt{2}}\right)$", "concave", True),
], dom=["x**2 < 1/2"], why="(4x^2 - 2) e^(-x^2) < 0")
E(K, "calculus", "exp(-x**2)", "x", [(0.71, 4)], [
    (r"$e^{-x^2}$ is convex for $x > 1$", "convex", None),
], dom=["x > 1"], why="")
ENTRIES[-1]["claims"].pop()
E(K, "calculus", "exp(-x**2)", "x", [(1, 4)], [
    (r"$e^{-x^2}$ is convex for $x > 1$", "convex", True),
    (r"$e^{-x^2}$ is convex on $\mathbb{R}$", "convex", None),
], dom=["x > 1"], why="4x^2 - 2 > 0")
ENTRIES[-1]["claims"].pop()
E(K, "calculus", "exp(-x**2)", "x", [R], [
    (r"$e^{-x^2}$ is convex on $\mathbb{R}$", "convex", False),
    (r"$e^{-x^2}$ is neither convex nor concave", "neither", True),
], why="inflection points at +-1/sqrt 2")
E(K, "calculus", "x/(1 + x**2)", "x", [(0, 1.7)], [
    (r"$\frac{x}{1 + x^2}$ is concave on $[0, \sqrt{3}]$", "concave", True),
], dom=["x >= 0", "x**2 <= 3"], why="2x(x^2 - 3)/(1 + x^2)^3 <= 0")
E(K, "calculus", "x + 1/x", "x", [P], [
    (r"$x + \frac{1}{x}$ is concave up on $(0, \infty)$", "convex", True),
], dom=["x > 0"], why="2/x^3 > 0")
E(K, "calculus", "log(x)/x", "x", [(0.01, 4.4)], [
    (r"$\frac{\ln x}{x}$ is concave on $(0, e^{3/2})$", "concave", True),
], dom=["x > 0", "x < exp(3/2)"], why="(2 ln x - 3)/x^3 < 0")
E(K, "calculus", "x**(2/3)*(5 - x)", "x", [(0.01, 6)], [
    (r"$x^{2/3}(5 - x)$ is concave on $x > 0$", "concave", True),
], dom=["x > 0"], why="f'' = -(10/9) x^(-4/3)(1 + x) < 0")
E(K, "calculus", "x - sin(x)", "x", [(0, 3.14)], [
    (r"$x - \sin x$ is concave up on $(0, \pi)$", "convex", True),
], dom=["x > 0", "x < pi"], why="sin x > 0")
E(K, "calculus", "x**2*log(x)", "x", [P], [
    (r"$x^2 \ln x$ is convex on $x > 0$", "convex", False),
], dom=["x > 0"], why="2 ln x + 3 < 0 for x < e^(-3/2)")
E(K, "calculus", "x**2*log(x)", "x", [(0.23, 5)], [
    (r"$x^2 \ln x$ is convex on $x \ge e^{-3/2}$", "convex", True),
], dom=["x >= exp(-3/2)"], why="2 ln x + 3 >= 0")

# ---------------------------------------------------------------- ML texts: losses, activations, likelihoods
N = "Bishop PRML / Murphy PML / Goodfellow et al. Deep Learning"
E(N + " logistic loss", "ml", "log(1 + exp(-2*w))", "w", [R], [
    (r"the logistic loss $\log(1 + e^{-y w x})$ with $x = 1, y = 2$ is convex in $w$", "convex", True),
], why="softplus of linear")
E(N + " cross-entropy of a sigmoid", "ml", "-log(1/(1 + exp(-w))) ", "w", [R], [
    (r"$-\log \sigma(w)$ is convex in $w$", "convex", True),
    (r"$-\log\sigma(w)$ is strictly convex", "sconvex", True),
], why="softplus(-w)")
E(N + " binary cross-entropy", "ml", "log(1 + exp(-w - b))", ["w", "b"], [R, R], [
    (r"$-\log \sigma(w + b)$ is strictly convex in $w, b$", "sconvex", False),
], why="a function of w + b only: constant along (1, -1)", flat=[((0, 0), (1, -1))])
E(N + " BCE label 0", "ml", "log(1 + exp(2*w + 1))", "w", [R], [
    (r"$-\log(1 - \sigma(2w + 1))$ is convex in $w$", "convex", True),
], why="softplus of affine")
E(N + " Gaussian NLL in the mean", "ml", "(3 - mu)**2/2", ["mu"], [R], [
    (r"$\frac{(x - \mu)^2}{2\sigma^2}$ with $x = 3$, $\sigma = 1$ is convex in $\mu$", "convex", True),
], why="quadratic")
E(N + " Gaussian NLL in sigma", "ml", "log(s) + 1/(2*s**2)", ["s"], [P], [
    (r"$\log\sigma + \frac{1}{2\sigma^2}$ is convex in $\sigma > 0$", "convex", False),
], dom=["s > 0"], why="-1/s^2 + 3/s^4 < 0 for s > sqrt 3")
E(N + " Gaussian NLL in the precision", "ml", "-log(t)/2 + t/2", ["t"], [P], [
    (r"$-\frac{1}{2}\log\tau + \frac{\tau}{2}$ is convex in $\tau$ for $\tau > 0$", "convex", True),
], dom=["t > 0"], why="1/(2 t^2) > 0")
E(N + " Poisson NLL", "ml", "exp(e) - 3*e", ["e"], [R], [
    (r"$e^{\eta} - 3\eta$ is convex in $\eta$", "convex", True),
], why="e^eta > 0")
E(N + " hinge loss", "ml", "Max(0, 1 - x)", "x", [R], [
    (r"the hinge loss $\max(0, 1 - z)$ is convex", "convex", None),
], why="")
ENTRIES[-1]["claims"].pop()
E(N + " hinge loss", "ml", "Max(0, 1 - z)", "z", [R], [
    (r"the hinge loss $\max(0, 1 - z)$ is convex", "convex", True),
    (r"$\max(0, 1 - z)$ is strictly convex", "sconvex", False),
], why="max of affine", flat=[((2,), (3,))])
E(N + " squared hinge", "ml", "Max(0, 1 - z)**2", "z", [R], [
    (r"$\max(0, 1 - z)^2$ is convex", "convex", True),
], why="square of a nonnegative convex function")
E(N + " leaky ReLU", "ml", "Max(x/10, x)", "x", [R], [
    (r"$\operatorname{LeakyReLU}(x) = \max(0.1x, x)$ is convex", "convex", True),
], why="max of linear")
E(N + " ELU", "ml", "Piecewise((x, x > 0), (exp(x) - 1, True))", "x", [R], [
    (r"$\operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ e^x - 1 & x \le 0 \end{cases}$ is convex", "convex", True),
    (r"$\operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ e^x - 1 & x \le 0 \end{cases}$ is concave", "concave", False),
], why="f' = e^x (x < 0) rises to 1 and stays 1: nondecreasing, so convex; strictly convex on x < 0, so not concave")
E(N + " swish", "ml", "x/(1 + exp(-x))", "x", [(-8, 8)], [
    (r"$\operatorname{swish}(x) = x\sigma(x)$ is convex", "convex", False),
    (r"$x \sigma(x)$ is neither convex nor concave", "neither", True),
], why="second derivative negative for |x| > 2.4")
E(N + " GELU-like", "ml", "x*(1 + erf(x/sqrt(2)))/2", "x", [(-6, 6)], [
    (r"$\operatorname{GELU}(x) = x \Phi(x)$ is convex", "convex", False),
], why="(2 - x^2) phi(x) < 0 for |x| > sqrt 2")
E(N + " log-cosh loss", "ml", "log(cosh(x))", "x", [R], [
    (r"the log-cosh loss $\log\cosh(x)$ is convex", "convex", True),
    (r"$\log(\cosh x)$ is strictly convex", "sconvex", True),
], why="sech^2 x > 0")
E(N + " tanh", "ml", "tanh(x)", "x", [R], [
    (r"$\tanh(x)$ is neither convex nor concave", "neither", True),
    (r"$\tanh x$ is concave on $x \ge 0$", "concave", None),
], why="-2 tanh sech^2 changes sign")
ENTRIES[-1]["claims"].pop()
E(N + " tanh right", "ml", "tanh(x)", "x", [(0, 4)], [
    (r"$\tanh x$ is concave on $x \ge 0$", "concave", True),
], dom=["x >= 0"], why="-2 tanh sech^2 <= 0")
E(N + " sigmoid left", "ml", "1/(1 + exp(-x))", "x", [(-4, 0)], [
    (r"$\sigma(x)$ is convex on $(-\infty, 0]$", "convex", True),
], dom=["x <= 0"], why="sigma(1-sigma)(1-2 sigma) >= 0 when sigma <= 1/2")
E(N + " softplus", "ml", "log(1 + exp(2*x - 3*y))", "xy", [R, R], [
    (r"$\operatorname{softplus}(2x - 3y)$ is convex in $x, y$", "convex", True),
    (r"$\operatorname{softplus}(2x - 3y)$ is strictly convex in $x, y$", "sconvex", False),
], why="softplus of linear; constant along (3, 2)", flat=[((0, 0), (3, 2))])
E(N + " ridge", "ml", "(2*w - 1)**2 + (w + b - 2)**2 + (w**2 + b**2)/10", ["w", "b"], [R, R], [
    (r"$(2w - 1)^2 + (w + b - 2)^2 + \frac{\lambda}{2}(w^2 + b^2)$ with $\lambda = 0.2$ is strictly convex", "sconvex", True),
], why="positive definite quadratic")
E(N + " L1 regularised least squares", "ml", "(w - 3)**2 + Abs(w) + Abs(b)", ["w", "b"], [R, R], [
    (r"$(w - 3)^2 + |w| + |b|$ is convex in $w, b$", "convex", True),
    (r"$(w - 3)^2 + |w| + |b|$ is strictly convex in $w, b$", "sconvex", False),
], why="|b| is affine for b > 0", flat=[((0, 1), (0, 2))])
E(N + " elastic net", "ml", "Abs(w) + w**2", ["w"], [R], [
    (r"the elastic net penalty $|w| + w^2$ is strictly convex", "sconvex", True),
], why="w^2 strictly convex plus convex")
E(N + " softmax cross-entropy", "ml", "log(exp(a) + exp(b) + 1) - a", "ab", [R, R], [
    (r"$-\log \frac{e^{a}}{e^{a} + e^{b} + 1}$ is convex in $a, b$", "convex", True),
], why="log-sum-exp minus linear")
E(N + " matrix factorisation", "ml", "(u*v - 1)**2", "uv", [R, R], [
    (r"$(uv - 1)^2$ is convex in $u, v$", "convex", False),
], why="Hessian at 0: [[0, -2], [-2, 0]]")
E(N + " one hidden unit", "ml", "(w2*tanh(w1) - 1)**2", ["w1", "w2"], [R, R], [
    (r"$(w_2 \tanh(w_1) - 1)^2$ is convex in $w_1, w_2$", "convex", False),
], why="not convex: the loss vanishes on a curve and at symmetric points")
E(N + " Gaussian log-density", "ml", "-(x - 1)**2/2", "x", [R], [
    (r"the Gaussian density $e^{-(x - 1)^2/2}$ is log-concave", "concave", True),
], why="log density is a concave quadratic")
E(N + " logistic density", "ml", "-x - 2*log(1 + exp(-x))", "x", [R], [
    (r"$\frac{e^{-x}}{(1 + e^{-x})^2}$ is log-concave", "concave", True),
], why="-2 softplus''(-x) < 0")
E(N + " Laplace density", "ml", "-Abs(x)", "x", [R], [
    (r"$e^{-|x|}$ is log-concave", "concave", True),
], why="-|x| concave")
E(N + " Student t density", "ml", "-log(1 + x**2)", "x", [R], [
    (r"$\frac{1}{1 + x^2}$ (Cauchy density) is log-concave", "concave", False),
], why="-log(1+x^2) is convex for |x| > 1")
E(N + " Gamma density", "ml", "2*log(x) - x", "x", [P], [
    (r"$x^2 e^{-x}$ is log-concave on $x > 0$", "concave", True),
], dom=["x > 0"], why="2 log x - x")
E(N + " exponential family log-partition", "ml", "log(1 + exp(e))", ["e"], [R], [
    (r"the Bernoulli log-partition $A(\eta) = \log(1 + e^{\eta})$ is convex", "convex", True),
], why="variance > 0")

# ---------------------------------------------------------------- DCP analyzers (dcp.stanford.edu, Dhall's DCP analyzer) and compositions
D = "DCP analyzers: dcp.stanford.edu quiz, Dhall's DCP analyzer, CVXPY test_dcp"
E(D, "dcp", "sqrt(1 + x**2)", "x", [R], [
    (r"$\sqrt{1 + x^2}$ is convex", "convex", True),
], why="norm of (1, x)")
E(D, "dcp", "1/sqrt(x)", "x", [P], [
    (r"$\operatorname{inv\_pos}(\sqrt{x})$ is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="x^(-1/2)")
E(D, "dcp", "exp(x**2)", "x", [(-2, 2)], [
    (r"$\exp(x^2)$ is convex", "convex", True),
], why="increasing convex of convex")
E(D, "dcp", "log(sqrt(x))", "x", [P], [
    (r"$\log(\sqrt{x})$ is concave on $x > 0$", "concave", True),
], dom=["x > 0"], why="log x / 2")
E(D, "dcp", "sqrt(log(x))", "x", [(1, 8)], [
    (r"$\sqrt{\log x}$ is concave on $x \ge 1$", "concave", True),
], dom=["x >= 1"], why="increasing concave of concave")
E(D, "dcp", "log(x)**2", "x", [(0.05, 10)], [
    (r"$(\log x)^2$ is convex on $x > 0$", "convex", False),
    (r"$\log(x)^2$ is convex on $0 < x \le e$", "convex", None),
], dom=["x > 0"], why="2(1 - log x)/x^2 < 0 for x > e")
ENTRIES[-1]["claims"].pop()
E(D, "dcp", "log(x)**2", "x", [(0.01, 2.718)], [
    (r"$\log(x)^2$ is convex on $0 < x \le e$", "convex", True),
], dom=["x > 0", "x <= E"], why="2(1 - log x)/x^2 >= 0")
E(D, "dcp", "Max(x, 0)**3", "x", [R], [
    (r"$\operatorname{pos}(x)^3$ is convex", "convex", True),
], why="increasing convex of nonnegative convex")
E(D, "dcp", "-sqrt(x) + x**2", "x", [(0, 4)], [
    (r"$x^2 - \sqrt{x}$ is convex on $x \ge 0$", "convex", True),
], dom=["x >= 0"], why="sum of convex")
E(D, "dcp", "sqrt(x) - x**2", "x", [(0, 4)], [
    (r"$\sqrt{x} - x^2$ is strictly concave on $[0, \infty)$", "sconcave", True),
], dom=["x >= 0"], why="sum of strictly concave")
E(D, "dcp", "log(exp(x) - 1)", "x", [P], [
    (r"$\log(e^x - 1)$ is concave on $x > 0$", "concave", True),
], dom=["x > 0"], why="f'' = -e^x/(e^x - 1)^2 < 0")
E(D, "dcp", "exp(-sqrt(x))", "x", [P], [
    (r"$e^{-\sqrt{x}}$ is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="f'' = e^(-sqrt x)(1/(4x) + 1/(4 x^(3/2))) > 0")
E(D, "dcp", "sqrt(x)*sqrt(y)", "xy", [P, P], [
    (r"$\sqrt{x}\sqrt{y}$ is concave on $x \ge 0, y \ge 0$", "concave", True),
], dom=["x >= 0", "y >= 0"], why="= sqrt(x y)", flat=[((1, 1), (2, 2))])
E(D, "dcp", "x*y", "xy", [R, R], [
    (r"$x y$ is affine", "affine", False),
], why="bilinear")
E(D, "dcp", "(x + y)/2 - 3", "xy", [R, R], [
    (r"$\frac{x + y}{2} - 3$ is affine", "affine", True),
    (r"$(x + y)/2 - 3$ is convex and concave", "convex", None),
], why="linear")
ENTRIES[-1]["claims"].pop()
E(D, "dcp", "x**2 + y**2 - 2*x*y", "xy", [R, R], [
    (r"$x^2 + y^2 - 2xy$ is convex", "convex", True),
    (r"$x^2 - 2xy + y^2$ is strictly convex", "sconvex", False),
], why="(x - y)^2", flat=[((0, 0), (1, 1))])
E(D, "dcp", "Abs(x - y) + Abs(x + y)", "xy", [R, R], [
    (r"$|x - y| + |x + y|$ is convex", "convex", True),
], why="sum of norms of linear maps")
E(D, "dcp", "Max(exp(x), exp(-x))", "x", [R], [
    (r"$\max(e^x, e^{-x})$ is convex", "convex", True),
], why="max of convex")
E(D, "dcp", "Min(log(x), 1 - x)", "x", [P], [
    (r"$\min(\log x, 1 - x)$ is concave on $x > 0$", "concave", True),
], dom=["x > 0"], why="min of concave")
E(D, "dcp", "exp(x)*exp(y)", "xy", [R, R], [
    (r"$e^x e^y$ is convex", "convex", True),
], why="exp(x + y)")
E(D, "dcp", "x*exp(-y)", "xy", [R, R], [
    (r"$x e^{-y}$ is convex", "convex", False),
], why="Hessian [[0, -e^-y], [-e^-y, x e^-y]] indefinite")
E(D, "dcp", "x**2*exp(-y)", "xy", [R, R], [
    (r"$x^2 e^{-y}$ is convex", "convex", False),
], why="det of Hessian = 2x^2 e^-2y - 4 x^2 e^-2y < 0")
E(D, "dcp", "x**2/(1 + y**2)", "xy", [R, R], [
    (r"$\frac{x^2}{1 + y^2}$ is convex", "convex", False),
], why="along x = 1 it is 1/(1+y^2), not convex")
E(D, "dcp", "sqrt(x**2 + 1) - x", "x", [R], [
    (r"$\sqrt{x^2 + 1} - x$ is convex", "convex", True),
], why="convex minus linear")

# ---------------------------------------------------------------- disciplined geometric programming (log-log), stated on logs
G = "Disciplined geometric programming (Agrawal, Diamond & Boyd 2019): log-log convexity via u = log x"
E(G + " monomial", "dgp", "log(3) + 2*u - v/2", "uv", [R, R], [
    (r"$\log(3 e^{2u} e^{-v/2})$ is affine in $u, v$", "affine", True),
], why="monomial in log coordinates")
E(G + " posynomial", "dgp", "log(exp(2*u) + exp(u + v) + 1)", "uv", [R, R], [
    (r"$\log(e^{2u} + e^{u + v} + 1)$ is convex in $u, v$", "convex", True),
], why="log-sum-exp of affine")
E(G + " 1 - x", "dgp", "log(1 - exp(u))", "u", [(-5, -0.01)], [
    (r"$\log(1 - e^{u})$ is concave on $u < 0$", "concave", True),
], dom=["u < 0"], why="f'' = -e^u/(1 - e^u)^2 < 0")
E(G + " sum of logs", "dgp", "log(exp(u) + exp(v)) - log(exp(u) + 1)", "uv", [R, R], [
    (r"$\log(e^{u} + e^{v}) - \log(e^u + 1)$ is convex in $u, v$", "convex", False),
], why="difference of log-sum-exps; at v fixed, -softplus(u) + lse(u,v)... concave in u for large v")

# ---------------------------------------------------------------- parameters (textbooks state a range)
A = "textbooks: a parameter with a stated range"
E(A, "parameter", "x**p", "x", [(0, 5)], [
    (r"$x^p$ is convex on $x \ge 0$ for $p \ge 1$", "convex", True),
], dom=["x >= 0"], params={"p": ["1", "3/2", "2", "7/2"]}, why="p(p-1) x^(p-2) >= 0")
E(A, "parameter", "Abs(x)**p", "x", [R], [
    (r"$|x|^p$ is convex for $p \ge 1$", "convex", True),
], params={"p": ["1", "3/2", "2", "3"]}, why="|x|^p convex for p >= 1")
E(A, "parameter", "log(1 + exp(a*x))", "x", [R], [
    (r"$\log(1 + e^{a x})$ is convex in $x$ for any $a \in \mathbb{R}$", "convex", True),
], params={"a": ["-2", "0", "1", "5"]}, why="a^2 sigma(1-sigma) >= 0")
E(A, "parameter", "x**2 + c*y**2", "xy", [R, R], [
    (r"$x^2 + c y^2$ is convex for $c \ge 0$", "convex", True),
], params={"c": ["0", "1/3", "2"]}, why="diag(2, 2c)")
E(A, "parameter", "a*x**2 + 2*x*y + y**2", "xy", [R, R], [
    (r"$a x^2 + 2xy + y^2$ is strictly convex for $a > 1$", "sconvex", True),
], params={"a": ["11/10", "2", "5"]}, why="det = 4a - 4 > 0")

# ---------------------------------------------------------------- written after the first run (TRIAGE_breadth12.md): the
# gap kinds the first run and the probes showed, in new claims (CVXPY atoms by name alone, |.| on a half-line, odd
# powers of |.| over a linear term, ellipses, second-order cone domains, 'or' between parameter conditions, and
# gaps left open: x log x on a closed set, an odd-count geo_mean without a domain)
Z = "session 12, after the first run: the gap kinds in new claims"
E(Z + " geo_mean by name", "cvxpy-name", "sqrt(x)*sqrt(y)", "xy", [(0, 5), (0, 5)], [
    (r"$\operatorname{geo\_mean}(x, y)$ is concave", "concave", True),
    (r"geo_mean(x, y) is convex", "convex", False),
], dom=["x >= 0", "y >= 0"], why="geometric mean", flat=[((1, 1), (2, 2))])
E(Z + " harmonic_mean by name", "cvxpy-name", "2/(1/x + 1/y)", "xy", [P, P], [
    (r"$\operatorname{harmonic\_mean}(x, y)$ is concave on $x > 0, y > 0$", "concave", True),
], dom=["x > 0", "y > 0"], why="harmonic mean", flat=[((1, 1), (2, 2))])
E(Z + " quad_over_lin by name", "cvxpy-name", "(x**2 + y**2)/z", "xyz", [R, R, P], [
    (r"$\operatorname{quad\_over\_lin}(x, y, z)$ is convex on $z > 0$", "convex", True),
], dom=["z > 0"], why="perspective of a squared norm")
E(Z + " pos and neg", "cvxpy-name", "Max(x - 1, 0) + Max(-x - 1, 0)", "x", [R], [
    (r"$\operatorname{pos}(x - 1) + \operatorname{neg}(x + 1)$ is convex", "convex", True),
    (r"$\operatorname{pos}(x - 1) + \operatorname{neg}(x + 1)$ is strictly convex", "sconvex", False),
], why="sum of hinges; zero on [-1, 1]", flat=[((-1/2,), (1/2,))])
E(Z + " log1p", "cvxpy-name", "log(1 + x)", "x", [(-0.99, 5)], [
    (r"$\operatorname{log1p}(x)$ is strictly concave", "sconcave", True),
], dom=["x > -1"], why="-1/(1+x)^2")
E(Z + " power by name", "cvxpy-name", "x**(3/2)", "x", [(0, 5)], [
    (r"$\operatorname{power}(x, 1.5)$ is convex", "convex", True),
    (r"$\operatorname{power}(x, 3/2)$ is concave", "concave", False),
], dom=["x >= 0"], why="p = 3/2 > 1")
E(Z + " sum_squares by name", "cvxpy-name", "x**2 + (y - 1)**2", "xy", [R, R], [
    (r"$\operatorname{sum\_squares}(x, y - 1)$ is strictly convex", "sconvex", True),
], why="positive definite")
E(Z + " pnorm by name", "cvxpy-name", "(Abs(x)**3 + Abs(y)**3)**(1/3)", "xy", [R, R], [
    (r"$\operatorname{pnorm}(x, y, 3)$ is convex", "convex", True),
    (r"$\operatorname{pnorm}(x, y, 3)$ is strictly convex", "sconvex", False),
], why="3-norm", flat=[((1, 1), (2, 2))])
E(Z + " huber of a difference", "cvxpy-name", "Piecewise(((x - y)**2, Abs(x - y) <= 1), (2*Abs(x - y) - 1, True))",
  "xy", [R, R], [
    (r"$\operatorname{huber}(x - y)$ is convex", "convex", True),
    (r"$\operatorname{huber}(x - y)$ is strictly convex", "sconvex", False),
], why="huber of a linear form; constant along (1, 1)", flat=[((0, 0), (1, 1))])
E(Z + " sum of hubers", "cvxpy-name",
  "Piecewise((x**2, Abs(x) <= 1), (2*Abs(x) - 1, True)) + Piecewise((y**2, Abs(y) <= 1), (2*Abs(y) - 1, True))",
  "xy", [R, R], [
    (r"$\operatorname{huber}(x) + \operatorname{huber}(y)$ is convex", "convex", True),
], why="sum of convex")
E(Z + " log_det by name", "cvxpy-name", "log(x*y - 1)", "xy", [P, P], [
    (r"$\operatorname{log\_det}\begin{pmatrix} x & 1 \\ 1 & y \end{pmatrix}$ is concave on $x > 0, xy > 1$", "concave", True),
], dom=["x > 0", "x*y > 1"], why="log det on the PD cone")
E(Z + " log|x| left", "abs-half-line", "log(-x)", "x", [(-5, -0.01)], [
    (r"$\log|x|$ is concave on $x < 0$", "concave", True),
    (r"$\ln|x|$ is convex on $(-\infty, 0)$", "convex", False),
], dom=["x < 0"], why="log(-x)")
E(Z + " 1/|x| right", "abs-half-line", "1/x", "x", [P], [
    (r"$\frac{1}{|x|}$ is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="1/x")
E(Z + " sqrt|x - 1|", "abs-half-line", "sqrt(x - 1)", "x", [(1, 6)], [
    (r"$\sqrt{|x - 1|}$ is concave on $x \ge 1$", "concave", True),
], dom=["x >= 1"], why="sqrt(x - 1)")
E(Z + " |x| log |x|", "abs-half-line", "-x*log(-x)", "x", [(-5, -0.01)], [
    (r"$|x| \log |x|$ is convex on $x < 0$", "convex", True),
], dom=["x < 0"], why="t log t at t = -x, a convex function of an affine map")
E(Z + " |x|^3 / y^2", "perspective", "Abs(x)**3/y**2", "xy", [R, P], [
    (r"$\frac{|x|^3}{y^2}$ is convex for $y > 0$", "convex", True),
    (r"$|x|^3 / y^2$ is concave for $y > 0$", "concave", False),
], dom=["y > 0"], why="perspective of |x|^3")
E(Z + " |x - 2y|^5", "perspective", "Abs(x - 2*y)**5", "xy", [R, R], [
    (r"$|x - 2y|^5$ is convex", "convex", True),
], why="|.|^5 of a linear form")
E(Z + " ellipsis log-sum-exp", "ellipsis", "log(exp(x1) + exp(x2) + exp(x3))", ["x1", "x2", "x3"], [R, R, R], [
    (r"$\log(e^{x_1} + \cdots + e^{x_3})$ is convex", "convex", True),
    (r"$\log(e^{x_1} + e^{x_2} + \dots + e^{x_3})$ is strictly convex", "sconvex", False),
], why="log-sum-exp", flat=[((0, 0, 0), (1, 1, 1))])
E(Z + " ellipsis squares", "ellipsis", "x1**2 + x2**2 + x3**2 + x4**2", ["x1", "x2", "x3", "x4"], [R, R, R, R], [
    (r"$x_1^2 + x_2^2 + \dots + x_4^2$ is strictly convex", "sconvex", True),
], why="sum of squares")
E(Z + " SOC quad over lin", "soc", "x**2/t", "xt", [R, P], [
    (r"$\frac{x^2}{t}$ is convex on the second-order cone $|x| < t$", "convex", True),
], dom=["t - x > 0", "t + x > 0"], why="quad over lin, t > |x| >= 0")
E(Z + " SOC log barrier", "soc", "-log(t**2 - x**2)", "xt", [R, P], [
    (r"$-\log(t^2 - x^2)$ is convex on $|x| < t$", "convex", True),
    (r"$-\log(t^2 - x^2)$ is concave on $|x| < t$", "concave", False),
], dom=["t - x > 0", "t + x > 0"], why="-log(t - x) - log(t + x)")
E(Z + " SOC 3d", "soc", "(x**2 + y**2)/t", "xyt", [R, R, P], [
    (r"$\frac{x^2 + y^2}{t}$ is convex on the Lorentz cone $\sqrt{x^2 + y^2} < t$", "convex", True),
], dom=["t > 0", "t**2 - x**2 - y**2 > 0"], why="quad over lin")
E(Z + " or between parameter conditions", "parameter", "x**a", "x", [P], [
    (r"$x^a$ is convex on $x > 0$ whenever $a \ge 1$ or $a \le 0$", "convex", True),
], dom=["x > 0"], params={"a": ["-2", "-1/2", "0", "1", "3/2", "3"]}, why="a(a - 1) x^(a-2) >= 0")
E(Z + " or between parameter conditions, refuted", "parameter", "x**a", "x", [P], [
    (r"$x^a$ is concave on $x > 0$ for $a \ge 1$ or $a \le 0$", "concave", False),
], dom=["x > 0"], params={"a": ["-1", "2"]}, why="a(a - 1) x^(a-2) > 0 for a = 2")
E(Z + " open: x log x on a closed half-line", "open-gap", "x*log(x)", "x", [(0.0001, 5)], [
    (r"$x \log x$ is convex on $x \ge 0$", "convex", True),
    (r"$\operatorname{entr}(x)$ is concave on $x \ge 0$", "convex", True),
], dom=["x > 0"], why="x log x (0 at 0 by continuity, CVXPY's entr on x >= 0): 1/x > 0")
