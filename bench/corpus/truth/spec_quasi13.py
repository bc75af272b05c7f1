"""The quasi13 corpus: quasiconvexity, quasiconcavity, quasilinearity and log-log curvature claims as textbooks
(Boyd & Vandenberghe 3.4, 3.5 and exercises 3.x), CVXPY's DQCP and DGP atoms and calculus exercises state them
(session 13).

The format is red10's (``spec_red10.py``), with the quasi properties ``qconvex``, ``qconcave``, ``qlinear`` and their
negations ``notqconvex``, ``notqconcave``, ``notqlinear`` (``verify_spec.py``: an absent quasi-fact needs an exact
witness f(m) > max(f(a), f(b)) (< min), a present one is tested on 3000 random triples and rests on its ``why``).
A log-log claim about f(x) gives ``expr`` as F(u) = log f(e^u) (u = log x) with the property convex, concave or
affine, its domain the image of the claim's under x = e^u (the positive orthant gives all of R^n).

``python bench/corpus/truth/gen_spec.py quasi13`` writes bench/corpus/quasi13.jsonl; ``verify_spec.py quasi13``
re-derives every answer independently of symconvex.
"""

ENTRIES = []
R = (-4, 4)
P = (0.01, 6)
BV = "Boyd & Vandenberghe, Convex Optimization, 3.4 (quasiconvex functions) and exercise 3.16"
DQCP = "CVXPY DQCP atoms and tests (cvxpy/tests/test_dqcp.py): ceil, floor, length, dist_ratio, gen_lambda_max"
DGP = "Agrawal, Diamond & Boyd, Disciplined geometric programming (2019); CVXPY DGP tutorial and test_dgp.py"
CALC = "calculus and economics exercises (Simon & Blume ch. 21: quasiconcave utilities)"


def E(source, kind, expr, vars, box, claims, dom=(), why=""):
    ENTRIES.append({"source": source, "kind": kind, "expr": expr, "vars": list(vars), "box": list(box),
                    "dom": list(dom), "params": {}, "why": why, "claims": [tuple(c) for c in claims]})


# ------------------------------------------------------------------ one variable
E(BV, "quasi", "sqrt(Abs(x))", "x", [R], [
    (r"$f(x) = \sqrt{|x|}$ is quasiconvex", "qconvex", True),
    (r"$\sqrt{|x|}$ is quasiconcave on $\mathbb{R}$", "qconcave", False),
    (r"The function $\sqrt{|x|}$ is not quasiconcave.", "notqconcave", True),
    (r"sqrt(|x|) is quasilinear", "qlinear", False),
], why="sublevel sets [-t^2, t^2]; sqrt increasing of the convex |x|; {f >= 1} = |x| >= 1 not convex")
E(BV, "quasi", "x**3", "x", [R], [
    (r"$x^3$ is quasiconvex", "qconvex", True),
    (r"$g(x) = x^3$ is quasiconcave on $\mathbb{R}$", "qconcave", True),
    (r"$x^3$ is quasilinear", "qlinear", True),
    (r"$x^3$ is not quasiconvex", "notqconvex", False),
], why="monotone on R: sublevel and superlevel sets are half-lines")
E(BV, "quasi", "log(x)", "x", [P], [
    (r"$\log x$ is quasilinear on $x > 0$", "qlinear", True),
    (r"$\ln(x)$ is quasiconvex for $x > 0$", "qconvex", True),
    (r"The logarithm $\log x$ is quasi-affine on $(0, \infty)$", "qlinear", True),
], dom=["x > 0"], why="increasing on (0, oo) (B&V example 3.30)")
E(BV, "quasi", "exp(-x**2)", "x", [R], [
    (r"The bell curve $e^{-x^2}$ is quasi-concave on $\mathbb{R}$", "qconcave", True),
    (r"$e^{-x^2}$ is quasiconvex", "qconvex", False),
    (r"$\exp(-x^2)$ is not quasiconvex", "notqconvex", True),
], why="log f = -x^2 concave; superlevel sets are intervals; f(0) > f(+-1)")
E(CALC, "quasi", "1/(1 + x**2)", "x", [R], [
    (r"$\frac{1}{1 + x^2}$ is quasiconcave on $\mathbb{R}$", "qconcave", True),
    (r"$\frac{1}{1+x^2}$ is quasiconvex on $\mathbb{R}$", "qconvex", False),
    (r"$f(x) = 1/(1+x^2)$ is quasilinear", "qlinear", False),
], why="1/t decreasing of the convex 1 + x^2 > 0; superlevel sets are intervals")
E(BV, "quasi", "x**2 - 1", "x", [R], [
    (r"The function $g(x) = x^2 - 1$ is quasiconvex", "qconvex", True),
    (r"The function $g(x) = x^2 - 1$ is quasiconcave", "qconcave", False),
], why="convex, so quasiconvex; superlevel set {|x| >= 1} not convex")
E(CALC, "quasi", "sin(x)", "x", [(0, 6.28)], [
    (r"$g(x) = \sin x$ is quasiconvex on $[0, 2\pi]$", "qconvex", False),
    (r"$\sin x$ is quasiconcave on $[0, 2\pi]$", "qconcave", False),
], dom=["x >= 0", "x <= 2*pi"], why="{sin <= 0} = {0} U [pi, 2pi], {sin >= 0} = [0, pi] U {2pi}: neither convex")
E(CALC, "quasi", "atan(x)", "x", [R], [
    (r"$\arctan x$ is quasilinear", "qlinear", True),
    (r"$\arctan(x)$ is quasiconcave", "qconcave", True),
], why="increasing on R")
E(CALC, "quasi", "exp(x)", "x", [R], [
    (r"$e^x$ is quasiconcave", "qconcave", True),
    (r"$e^{x}$ is quasiconvex", "qconvex", True),
], why="increasing on R (and convex)")
E(CALC, "quasi", "x*exp(-x)", "x", [P], [
    (r"$x e^{-x}$ is quasiconcave on $x > 0$", "qconcave", True),
    (r"$x e^{-x}$ is quasiconvex for $x > 0$", "qconvex", False),
], dom=["x > 0"], why="log f = log x - x concave; f(1) > f(1/2), f(3/2)")
E(CALC, "quasi", "tanh(x)", "x", [R], [
    (r"$\tanh x$ is quasilinear", "qlinear", True),
    (r"$\tanh(x)$ is not quasiconcave", "notqconcave", False),
], why="increasing on R")
E(BV, "quasi", "Abs(x)", "x", [R], [
    (r"$|x|$ is quasiconvex", "qconvex", True),
    (r"$|x|$ is quasiconcave", "qconcave", False),
], why="convex; {|x| >= 1} not convex")
E(CALC, "quasi", "sqrt(x)", "x", [P], [
    (r"$\sqrt{x}$ is quasilinear on $x > 0$", "qlinear", True),
    (r"$\sqrt{x}$ is quasiconvex for $x > 0$", "qconvex", True),
], dom=["x > 0"], why="increasing")
E(CALC, "quasi", "x**2*exp(-x)", "x", [P], [
    (r"$x^2 e^{-x}$ is quasiconcave on $x > 0$", "qconcave", True),
    (r"$x^2 e^{-x}$ is quasiconvex on $x > 0$", "qconvex", False),
], dom=["x > 0"], why="log f = 2 log x - x concave; f(2) > f(1), f(3)")
E(CALC, "quasi", "1/x", "x", [P], [
    (r"$\frac{1}{x}$ is quasilinear on $x > 0$", "qlinear", True),
    (r"$1/x$ is quasiconcave for $x > 0$", "qconcave", True),
], dom=["x > 0"], why="decreasing on (0, oo)")
E(CALC, "quasi", "x**4 - x**2", "x", [(-2, 2)], [
    (r"$x^4 - x^2$ is quasiconvex", "qconvex", False),
    (r"$x^4 - x^2$ is quasiconcave", "qconcave", False),
], why="f(0) = 0 > f(-4/5) = f(4/5) = -144/625: not quasiconvex; f(1/2) = -3/16 < f(0) = f(1) = 0: not "
       "quasiconcave")
E(CALC, "quasi", "erf(x)", "x", [R], [
    (r"$\operatorname{erf}(x)$ is quasilinear", "qlinear", True),
], why="the error function is increasing (a CDF up to scale)")
E(CALC, "quasi", "1/(1 + exp(-x))", "x", [R], [
    (r"The sigmoid $\sigma(x) = \frac{1}{1+e^{-x}}$ is quasiconvex", "qconvex", True),
    (r"$\frac{1}{1+e^{-x}}$ is quasiconcave", "qconcave", True),
], why="increasing on R (a cumulative distribution function)")
E(CALC, "quasi", "cos(x)", "x", [(-1.57, 1.57)], [
    (r"$\cos x$ is quasiconcave on $[-\pi/2, \pi/2]$", "qconcave", True),
    (r"$\cos x$ is quasiconvex on $[-\pi/2, \pi/2]$", "qconvex", False),
], dom=["x >= -pi/2", "x <= pi/2"], why="concave there; f(0) > f(+-1)")
E(CALC, "quasi", "x/(1 + x**2)", "x", [R], [
    (r"$\frac{x}{1 + x^2}$ is quasiconvex", "qconvex", False),
    (r"$\frac{x}{1 + x^2}$ is quasiconcave", "qconcave", False),
], why="f(1) = 1/2 > f(0), f(2) = 2/5; f(-1) = -1/2 < f(-2), f(0)")
E(CALC, "quasi", "x**2", "x", [(0.01, 6)], [
    (r"$x^2$ is quasilinear on $x > 0$", "qlinear", True),
    (r"$x^2$ is quasiconcave on $x > 0$", "qconcave", True),
], dom=["x > 0"], why="increasing on (0, oo)")
E(CALC, "quasi", "x**2", "x", [R], [
    (r"$x^2$ is quasiconcave", "qconcave", False),
    (r"$x^2$ is quasilinear on $\mathbb{R}$", "qlinear", False),
], why="{x^2 >= 1} not convex")
E(CALC, "quasi", "-x**2 + 2*x", "x", [R], [
    (r"$2x - x^2$ is quasiconcave", "qconcave", True),
    (r"$2x - x^2$ is quasiconvex", "qconvex", False),
], why="concave; f(1) > f(0) = f(2)")

# ------------------------------------------------------------------ several variables
E(BV, "quasi", "x*y", "xy", [P, P], [
    (r"$f(x_1, x_2) = x_1 x_2$ is quasiconcave on $\mathbf{R}^2_{++}$", "qconcave", True),
    (r"$x y$ is quasiconvex on $x > 0, y > 0$", "qconvex", False),
    (r"The product $xy$ is not quasiconvex on the positive orthant $x > 0, y > 0$", "notqconvex", True),
    (r"$xy$ is quasilinear on $x > 0, y > 0$", "qlinear", False),
], dom=["x > 0", "y > 0"], why="superlevel sets x y >= t are convex (log f concave); f((1,4)/2+(4,1)/2) = 25/4 > 4")
E(BV, "quasi", "x/y", "xy", [P, P], [
    (r"B&V 3.16(d): $f(x_1, x_2) = x_1/x_2$ is quasilinear on $\mathbf{R}^2_{++}$", "qlinear", True),
    (r"$\frac{x}{y}$ is quasiconvex on $x > 0, y > 0$", "qconvex", True),
    (r"$x/y$ is quasiconcave on $x > 0$, $y > 0$", "qconcave", True),
], dom=["x > 0", "y > 0"], why="linear-fractional: {x <= t y} halfspaces; log f = log x - log y affine")
E(BV, "quasi", "(x - 1)/(y - 2)", "xy", [R, (2.01, 8)], [
    (r"$\frac{x - 1}{y - 2}$ is quasilinear on $y > 2$", "qlinear", True),
    (r"$(x-1)/(y-2)$ is quasiconvex for $y > 2$", "qconvex", True),
], dom=["y > 2"], why="linear-fractional with positive denominator (B&V example 3.32)")
E(BV, "quasi", "(2*x + y + 1)/(x + y + 1)", "xy", [P, P], [
    (r"$\frac{2x + y + 1}{x + y + 1}$ is quasilinear on $x > 0, y > 0$", "qlinear", True),
    (r"$\frac{2x + y + 1}{x + y + 1}$ is quasiconcave on $x > 0, y > 0$", "qconcave", True),
], dom=["x > 0", "y > 0"], why="linear-fractional, denominator > 0")
E(BV, "quasi", "x**2 - y**2", "xy", [R, R], [
    (r"$h(x_1, x_2) = x_1^2 - x_2^2$ is quasiconvex", "qconvex", False),
    (r"$x^2 - y^2$ is quasiconcave", "qconcave", False),
], why="sublevel set x^2 <= y^2 is a double cone; superlevel set likewise")
E(CALC, "quasi", "x**(1/3)*y**(2/3)", "xy", [P, P], [
    (r"The Cobb-Douglas utility $u(x, y) = x^{1/3} y^{2/3}$ is quasiconcave on $\mathbb{R}^2_{++}$", "qconcave", True),
    (r"$x^{1/3} y^{2/3}$ is quasiconvex on $x > 0, y > 0$", "qconvex", False),
], dom=["x > 0", "y > 0"], why="concave, so quasiconcave; (1,8)/2 + (8,1)/2: f = 9/2 > f(1,8) = 4, f(8,1) = 2")
E(BV, "quasi", "sqrt(x**2 + y**2)", "xy", [R, R], [
    (r"$\sqrt{x^2 + y^2}$ is quasiconvex", "qconvex", True),
    (r"$\sqrt{x^2 + y^2}$ is quasiconcave", "qconcave", False),
], why="a norm: convex; f(0) < f(+-(1,0))")
E(BV, "quasi", "x**2/y", "xy", [R, P], [
    (r"$\frac{x^2}{y}$ is quasiconvex on $y > 0$", "qconvex", True),
    (r"$\frac{x^2}{y}$ is quasiconcave on $y > 0$", "qconcave", False),
], dom=["y > 0"], why="convex (quadratic over linear); f(0, 1) = 0 < f(+-1, 1) = 1")
E(CALC, "quasi", "x*y*z", "xyz", [P, P, P], [
    (r"$xyz$ is quasiconcave on $x > 0, y > 0, z > 0$", "qconcave", True),
    (r"$x y z$ is quasiconvex on $x > 0, y > 0, z > 0$", "qconvex", False),
], dom=["x > 0", "y > 0", "z > 0"], why="log f = log x + log y + log z concave")
E(CALC, "quasi", "exp(x*y)", "xy", [(-2, 2), (-2, 2)], [
    (r"$e^{xy}$ is quasiconvex", "qconvex", False),
    (r"$e^{xy}$ is quasiconcave", "qconcave", False),
], why="exp increasing of x y, whose sub- and superlevel sets on R^2 are not convex")
E(CALC, "quasi", "-x*y", "xy", [P, P], [
    (r"$-xy$ is quasiconvex on $x > 0, y > 0$", "qconvex", True),
    (r"$-xy$ is quasiconcave on $x > 0, y > 0$", "qconcave", False),
], dom=["x > 0", "y > 0"], why="the negative of a quasiconcave function")
E(CALC, "quasi", "log(x*y)", "xy", [P, P], [
    (r"$\log(xy)$ is quasiconcave on $x > 0, y > 0$", "qconcave", True),
    (r"$\log(x y)$ is quasiconvex on $x > 0, y > 0$", "qconvex", False),
], dom=["x > 0", "y > 0"], why="concave")
E(BV, "quasi", "Max(x, y)", "xy", [R, R], [
    (r"$\max(x, y)$ is quasiconvex", "qconvex", True),
    (r"$\max\{x, y\}$ is quasiconcave", "qconcave", False),
], why="convex; f((1,-1)/2 + (-1,1)/2) = 0 < 1")
E(BV, "quasi", "Min(x, y)", "xy", [R, R], [
    (r"$\min(x, y)$ is quasiconcave", "qconcave", True),
    (r"$\min(x, y)$ is quasiconvex", "qconvex", False),
], why="concave; f(0, 0) = 0 > -1")
E(CALC, "quasi", "sqrt(x) + y", "xy", [P, R], [
    (r"The quasi-linear utility $u(x, y) = \sqrt{x} + y$ is quasiconcave on $x > 0$", "qconcave", True),
], dom=["x > 0"], why="concave")
E(CALC, "quasi", "x**2 + y**2", "xy", [R, R], [
    (r"$x^2 + y^2$ is quasiconvex", "qconvex", True),
    (r"$x^2 + y^2$ is not quasiconcave", "notqconcave", True),
], why="convex; f(0) < f(+-(1, 0))")

# ------------------------------------------------------------------ log-log curvature (expr: log f(e^u))
E(DGP, "dgp", "u + v", "uv", [R, R], [
    (r"$f(x, y) = xy$ is log-log convex on $x > 0, y > 0$", "convex", True),
    (r"$x y$ is log-log concave on $x > 0, y > 0$", "concave", True),
    (r"$xy$ is log-log affine on $x > 0$, $y > 0$", "affine", True),
], why="a monomial: log f(e^u) = u + v")
E(DGP, "dgp", "log(exp(u) + exp(v))", "uv", [R, R], [
    (r"$x + y$ is log-log convex on $x > 0, y > 0$", "convex", True),
    (r"$x + y$ is log-log concave on $x > 0, y > 0$", "concave", False),
    (r"$x + y$ is log-log affine on $x > 0, y > 0$", "affine", False),
], why="a posynomial: log-sum-exp, convex and not affine")
E(DGP, "dgp", "2*u + 3*v", "uv", [R, R], [
    (r"$x^2 y^3$ is log-log affine on $x > 0, y > 0$", "affine", True),
    (r"The monomial $x^2 y^3$ is log-log concave for $x > 0, y > 0$", "concave", True),
], why="a monomial")
E(DGP, "dgp", "log(3) + u/2 + v", "uv", [R, R], [
    (r"$3\sqrt{x} y$ is log-log affine on $x > 0, y > 0$", "affine", True),
], why="a monomial with coefficient 3")
E(DGP, "dgp", "log(exp(2*u) + 3*exp(u + v) + exp(v/2))", "uv", [R, R], [
    (r"The posynomial $x^2 + 3xy + \sqrt{y}$ is log-log convex on $x > 0, y > 0$", "convex", True),
    (r"$x^2 + 3xy + \sqrt{y}$ is log-log concave on $x > 0, y > 0$", "concave", False),
], why="a posynomial: log-sum-exp of affine forms")
E(DGP, "dgp", "u/2", "u", [R], [
    (r"$\sqrt{x}$ is log-log affine on $x > 0$", "affine", True),
    (r"$\sqrt{x}$ is log-log convex on $x > 0$", "convex", True),
], why="a monomial")
E(DGP, "dgp", "log(1 - exp(u))", "u", [(-6, -0.01)], [
    (r"$1 - x$ is log-log concave on $0 < x < 1$", "concave", True),
    (r"$1 - x$ is log-log convex on $0 < x < 1$", "convex", False),
], dom=["u < 0"], why="F'' = -e^u/(1 - e^u)^2 < 0 (CVXPY's one_minus_pos)")
E(DGP, "dgp", "u - log(1 + exp(u))", "u", [R], [
    (r"$\frac{x}{1 + x}$ is log-log concave on $x > 0$", "concave", True),
    (r"$\frac{x}{1+x}$ is log-log convex on $x > 0$", "convex", False),
], why="u - softplus(u): concave, not affine")
E(DGP, "dgp", "exp(u)", "u", [R], [
    (r"$e^x$ is log-log convex on $x > 0$", "convex", True),
    (r"$e^{x}$ is log-log concave on $x > 0$", "concave", False),
], why="log e^{e^u} = e^u")
E(DGP, "dgp", "log(exp(u) + exp(-u))", "u", [R], [
    (r"$x + \frac{1}{x}$ is log-log convex on $x > 0$", "convex", True),
    (r"$x + 1/x$ is log-log affine on $x > 0$", "affine", False),
], why="log-sum-exp of u, -u")
E(DGP, "dgp", "log(exp(2*u) + exp(2*v))", "uv", [R, R], [
    (r"$x^2 + y^2$ is log-log convex on $x > 0, y > 0$", "convex", True),
    (r"$x^2 + y^2$ is log-log concave on $x > 0, y > 0$", "concave", False),
], why="a posynomial")
E(DGP, "dgp", "log(exp(2*u) + exp(2*v))/2", "uv", [R, R], [
    (r"$\sqrt{x^2 + y^2}$ is log-log convex on $x > 0, y > 0$", "convex", True),
], why="(1/2) log-sum-exp(2u, 2v) (CVXPY: norm2 is log-log convex)")
E(DGP, "dgp", "u + v - log(exp(u) + exp(v))", "uv", [R, R], [
    (r"$\frac{xy}{x + y}$ is log-log concave on $x > 0, y > 0$", "concave", True),
    (r"$\frac{xy}{x + y}$ is log-log convex on $x > 0, y > 0$", "convex", False),
], why="u + v - lse(u, v): concave, not affine")
E(DGP, "dgp", "2*log(1 + exp(u))", "u", [R], [
    (r"$(1 + x)^2$ is log-log convex on $x > 0$", "convex", True),
], why="2 softplus(u)")
E(DGP, "dgp", "-u", "u", [R], [
    (r"$\frac{1}{x}$ is log-log affine on $x > 0$", "affine", True),
    (r"$1/x$ is log-log convex on $x > 0$", "convex", True),
], why="a monomial x^{-1}")
E(DGP, "dgp", "u + v + w", "uvw", [R, R, R], [
    (r"$xyz$ is log-log affine on $x > 0, y > 0, z > 0$", "affine", True),
], why="a monomial")
E(DGP, "dgp", "log(exp(u) + exp(v)) - u", "uv", [R, R], [
    (r"$\frac{x + y}{x}$ is log-log convex on $x > 0, y > 0$", "convex", True),
    (r"$\frac{x+y}{x}$ is log-log concave on $x > 0, y > 0$", "concave", False),
], why="lse(u, v) - u: convex, not affine (a posynomial over a monomial)")
E(DGP, "dgp", "log(1 + exp(u + v))", "uv", [R, R], [
    (r"$1 + xy$ is log-log convex on $x > 0, y > 0$", "convex", True),
    (r"$1 + x y$ is log-log affine on $x > 0, y > 0$", "affine", False),
], why="softplus(u + v)")

# ------------------------------------------------------------------ more spellings and atoms (session 13, second pass)
E(BV, "quasi", "x**2/(1 + x**2)", "x", [R], [
    (r"The function $f(x)=\frac{x^2}{1+x^2}$ is quasiconvex", "qconvex", True),
    (r"$\frac{x^2}{1 + x^2}$ is quasiconcave", "qconcave", False),
], why="nonincreasing on x <= 0, nondecreasing on x >= 0 (f' = 2x/(1+x^2)^2); {f >= 1/2} = |x| >= 1")
E(BV, "quasi", "exp(x) - 1", "x", [R], [
    (r"Exercise 3.16(a): $f(x) = e^x - 1$ is quasilinear on $\mathbf{R}$", "qlinear", True),
], why="increasing")
E(BV, "quasi", "1/(x*y)", "xy", [P, P], [
    (r"Exercise 3.16(c): $f(x_1, x_2) = 1/(x_1 x_2)$ is quasiconvex on $\mathbf{R}^2_{++}$", "qconvex", True),
    (r"$\frac{1}{x y}$ is quasiconcave on $x > 0, y > 0$", "qconcave", False),
], dom=["x > 0", "y > 0"], why="log f = -log x - log y convex; f((1,4)/2 + (4,1)/2) = 4/25 < 1/4")
E(CALC, "quasi", "x*y**2", "xy", [P, P], [
    (r"$x y^2$ is quasiconcave on the positive quadrant", "qconcave", True),
    (r"$xy^2$ is quasi convex on the positive quadrant", "qconvex", False),
], dom=["x > 0", "y > 0"], why="log f = log x + 2 log y concave; f((1,4)/2+(4,1)/2) = 125/8 > 16")
E(CALC, "quasi", "x**2", "x", [(-3, 3)], [
    (r"$x^2$ is quasi convex", "qconvex", True),
    (r"$x^2$ is Quasi-Concave on $[-3, 3]$", "qconcave", False),
], dom=["x >= -3", "x <= 3"], why="convex; {x^2 >= 1} not convex")
E(DQCP, "quasi", "ceiling(x)", "x", [R], [
    (r"$\lceil x \rceil$ is quasilinear", "qlinear", True),
    (r"The ceiling function $\lceil x \rceil$ is quasiconvex", "qconvex", True),
], why="nondecreasing (B&V example 3.31; CVXPY's ceil atom)")
E(DQCP, "quasi", "floor(x)", "x", [R], [
    (r"$\lfloor x \rfloor$ is quasiconcave", "qconcave", True),
], why="nondecreasing (CVXPY's floor atom)")
E(BV, "quasi", "x*y", "xy", [(0, 6), (0, 6)], [
    (r"$x_1 x_2$ is quasiconcave on $\mathbb{R}^2_+$", "qconcave", True),
], dom=["x >= 0", "y >= 0"], why="superlevel sets {x y >= t}: the whole closed orthant for t <= 0, convex for t > 0")
E(CALC, "quasi", "x**3 - 3*x", "x", [(-3, 3)], [
    (r"$x^3 - 3x$ is quasiconvex", "qconvex", False),
    (r"$x^3 - 3x$ is quasiconcave", "qconcave", False),
], why="local max at -1, local min at 1: f(-1) = 2 > f(-2) = -2, f(0) = 0; f(1) = -2 < f(0), f(2) = 2")
E(CALC, "quasi", "x**3 - 3*x", "x", [(1.01, 5)], [
    (r"$x^3 - 3x$ is quasilinear on $x > 1$", "qlinear", True),
], dom=["x > 1"], why="f' = 3x^2 - 3 > 0 for x > 1")
E(CALC, "quasi", "x*y", "xy", [R, R], [
    (r"$xy$ is quasiconcave", "qconcave", False),
    (r"$f(x,y) = xy$ is not quasiconvex on $\mathbb{R}^2$", "notqconvex", True),
], why="f((2,-1)/2 + (-1,2)/2) = 1/4 > -2; f((1,1)/2 + (-1,-1)/2) = 0 < 1")
E(DGP, "dgp", "Max(u, v)", "uv", [R, R], [
    (r"$\max(x, y)$ is log-log convex", "convex", True),
    (r"$\max\{x, y\}$ is log-log concave", "concave", False),
], why="log max(e^u, e^v) = max(u, v) (CVXPY: maximum is log-log convex)")
E(DGP, "dgp", "Min(u, v)", "uv", [R, R], [
    (r"$\min(x, y)$ is log-log concave", "concave", True),
    (r"$\min(x,y)$ is log-log convex", "convex", False),
], why="min(u, v)")
E(DGP, "dgp", "log(u)", "u", [(0.01, 6)], [
    (r"$\log x$ is log-log concave on $x > 1$", "concave", True),
    (r"$\ln(x)$ is log-log convex on $x > 1$", "convex", False),
], dom=["u > 0"], why="log log e^u = log u on u > 0")
E(DGP, "dgp", "u - v", "uv", [R, R], [
    (r"$x/y$ is log-log affine", "affine", True),
    (r"x/y is log log convex for x > 0, y > 0", "convex", True),
], why="a monomial")
E(DGP, "dgp", "u + exp(u)", "u", [R], [
    (r"$x e^{x}$ is log-log convex", "convex", True),
    (r"$x e^x$ is log-log concave on $x > 0$", "concave", False),
], why="CVXPY's xexp: u + e^u")
E(DGP, "dgp", "-log(exp(u) + exp(v))", "uv", [R, R], [
    (r"$\frac{1}{x + y}$ is log-log concave", "concave", True),
    (r"$\frac{1}{x + y}$ is log-log convex on $x > 0, y > 0$", "convex", False),
], why="-lse(u, v)")
E(DGP, "dgp", "log(exp(u) - exp(v))", "uv", [(-2, 4), (-4, 2)], [
    (r"$x - y$ is log-log concave on $x > y$", "concave", True),
], dom=["u > v"], why="u + log(1 - e^{v - u}), log(1 - e^t) concave (CVXPY's diff_pos)")
