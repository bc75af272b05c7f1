"""The hand-written claims of bench/corpus/red9.jsonl (session 9's blind red team), with their answers.

Written before reading symconvex's source or the other corpora. Each entry: the function as a SymPy string
(``expr``) over ``vars`` with real ``params`` (each checked at the listed values), the domain as SymPy
relations (``dom``), a sampling box per variable (``box``), and the claims about it: (text as pasted,
property, hand-written answer). Properties: convex, concave, affine, sconvex, sconcave, notconvex,
notconcave, neither ("log-concave" claims are written as ``concave`` of the logarithm, "log-convex" as
``convex`` of it). ``why`` states the mathematical reason; ``source`` names the book, test suite or
documentation page the claim is modelled on (not copied: the numbers and letters are ours).
"""

R = (-4, 4)
P = (1 / 64, 6)


def E(expr, vars, claims, why, kind, source, dom=(), box=None, params=None):
    return {"expr": expr, "vars": list(vars), "claims": list(claims), "why": why, "kind": kind,
            "source": source, "dom": list(dom), "box": list(box or [R] * len(vars)), "params": dict(params or {})}


ROCK = "Rockafellar, Convex Analysis, sec. 4 (examples of convex functions)"
HUL = "Hiriart-Urruty & Lemarechal, Fundamentals of Convex Analysis, ch. B (examples)"
BL = "Borwein & Lewis, Convex Analysis and Nonlinear Optimization, sec. 3.1 and 5 (examples)"
BVA = "Boyd & Vandenberghe, Additional Exercises for Convex Optimization (ch. 3 functions)"
NW = "Nocedal & Wright, Numerical Optimization, ch. 2 and exercises"
BERT = "Bertsekas, Convex Optimization Theory, ch. 1 (examples and exercises)"
STEW = "Stewart, Calculus, sec. 4.3 (concavity exercises)"
THOM = "Thomas' Calculus, sec. 4.4 (concavity and curve sketching)"
SPIV = "Spivak, Calculus, ch. 11 appendix (convexity)"
MIT1 = "MIT 18.01 problem sets (second derivative, concavity)"
MIT2 = "MIT 18.02 problem sets (second derivative test, Hessians)"
KHAN = "Khan Academy, Analyzing concavity (AP Calculus)"
SUSP = "SUSPECT convexity rules tests (cog-imperial/suspect tests/convexity, extras/fractional)"
SCIP = "SCIP expression curvature detection (expr_pow/signpower/entropy tests)"
IBEX = "IBEX TestConvexity (convexity visitor tests)"
MCPP = "MC++ / 'Convexity detection in MINLP' papers' test functions"
PYO = "Pyomo/JuMP convexity detection examples (quadratic forms)"
DGP = "Agrawal, Diamond & Boyd, Disciplined Geometric Programming (examples, convex/concave ones)"
LOGC = "Bagnoli & Bergstrom, Log-concave probability (table of densities); SciPy stats densities"
EXPF = "Wainwright & Jordan / exponential-family log-partition functions"
ML = "ML textbook losses (Bishop PRML, Murphy PML, ESL): hinge, logistic, Huber, quantile, cross-entropy"
ACT = "Activation functions (PyTorch nn docs: ELU, SiLU, GELU, Softplus, LeakyReLU)"
SJL = "SymbolicAnalysis.jl tests (DCP propagation)"
PLAIN = "pasted plain text (Q&A style)"

ENTRIES = [
    # ---------------- Rockafellar ----------------
    E("-sqrt(alpha**2 - x**2)", ["x"], [
        (r"$f(x) = -\sqrt{\alpha^2 - x^2}$ is convex on $-\alpha \le x \le \alpha$ for $\alpha > 0$", "convex", True)],
      "f'' = alpha^2/(alpha^2 - x^2)^{3/2} > 0", "rockafellar", ROCK,
      dom=["x >= -alpha", "x <= alpha"], box=[(-3, 3)], params={"alpha": ["1", "3/2", "3"]}),
    E("-sqrt(x_1*x_2)", ["x_1", "x_2"], [
        (r"$f(x_1, x_2) = -(x_1 x_2)^{1/2}$ is convex on $x_1 \ge 0, x_2 \ge 0$", "convex", True),
        (r"$-(x_1 x_2)^{1/2}$ is strictly convex on $x_1 > 0, x_2 > 0$", "sconvex", False)],
      "negative geometric mean; homogeneous of degree 1 so affine along rays", "rockafellar", ROCK,
      dom=["x_1 >= 0", "x_2 >= 0"], box=[(0, 5), (0, 5)]),
    E("-(x_1*x_2*x_3)**Rational(1, 3)", ["x_1", "x_2", "x_3"], [
        (r"$-(x_1 x_2 x_3)^{1/3}$ is convex on $x_1 > 0, x_2 > 0, x_3 > 0$", "convex", True)],
      "negative geometric mean of three positive numbers", "rockafellar", ROCK,
      dom=["x_1 > 0", "x_2 > 0", "x_3 > 0"], box=[P, P, P]),
    E("xi_1**2/xi_2", ["xi_1", "xi_2"], [
        (r"$f(\xi_1, \xi_2) = \xi_1^2 / \xi_2$ is convex for $\xi_2 > 0$", "convex", True)],
      "quadratic over linear", "rockafellar", ROCK, dom=["xi_2 > 0"], box=[R, P]),
    E("Abs(x)**p/p", ["x"], [
        (r"$\frac{|x|^p}{p}$ is convex for $p \ge 1$", "convex", True)],
      "|x|^p convex for p >= 1", "rockafellar", ROCK, params={"p": ["1", "3/2", "3"]}),
    E("x**p", ["x"], [
        (r"$x^p$ is convex on $x > 0$ for $p < 0$", "convex", True)],
      "f'' = p(p-1)x^{p-2} > 0 for p < 0", "rockafellar", ROCK, dom=["x > 0"], box=[P],
      params={"p": ["-1", "-1/2", "-3"]}),
    E("x**p", ["x"], [
        (r"$x^p$ is concave on $x \ge 0$ for $0 \le p \le 1$", "concave", True)],
      "f'' = p(p-1)x^{p-2} <= 0 for 0 <= p <= 1", "rockafellar", ROCK, dom=["x >= 0"], box=[(0, 6)],
      params={"p": ["0", "1/3", "1/2", "1"]}),
    E("exp(alpha*x)", ["x"], [
        (r"$e^{\alpha x}$ is convex in $x$ for every real $\alpha$", "convex", True)],
      "f'' = alpha^2 e^{alpha x} >= 0", "rockafellar", ROCK, params={"alpha": ["-2", "0", "1/2", "3"]},
      box=[(-2, 2)]),
    E("log(exp(x_1) + exp(x_2) + exp(x_3))", ["x_1", "x_2", "x_3"], [
        (r"$f(x) = \log(e^{x_1} + e^{x_2} + e^{x_3})$ is strictly convex", "sconvex", False),
        (r"$\log(e^{x_1} + e^{x_2} + e^{x_3})$ is convex", "convex", True)],
      "log-sum-exp: convex, f(x + t(1,1,1)) = f(x) + t", "rockafellar", ROCK, box=[(-3, 3)] * 3),
    E("x*log(x)", ["x"], [
        (r"$\xi \mapsto \xi\log\xi$ is strictly convex on $(0, \infty)$", "sconvex", True)],
      "f'' = 1/x > 0", "rockafellar", ROCK, dom=["x > 0"], box=[P]),
    E("x_1**2 + x_1*x_2 + x_2**2/4", ["x_1", "x_2"], [
        (r"$q(x) = x_1^2 + x_1 x_2 + \frac{1}{4}x_2^2$ is strictly convex", "sconvex", False),
        (r"$q(x) = x_1^2 + x_1 x_2 + \frac{1}{4}x_2^2$ is convex", "convex", True)],
      "(x_1 + x_2/2)^2: PSD of rank 1", "rockafellar", ROCK),
    # ---------------- Hiriart-Urruty & Lemarechal ----------------
    E("1/(x_1*x_2)", ["x_1", "x_2"], [
        (r"$f(x_1, x_2) = \frac{1}{x_1 x_2}$ is convex on $x_1 > 0, x_2 > 0$", "convex", True),
        (r"$\frac{1}{x_1 x_2}$ is strictly convex on $\mathbb{R}^2_{++}$", "sconvex", True)],
      "Hessian [[2,1],[1,2]]/(x1 x2)*diag(1/x1,1/x2) congruent: det = 3/(x1^4 x2^4)>0", "hul", HUL,
      dom=["x_1 > 0", "x_2 > 0"], box=[(1 / 4, 5), (1 / 4, 5)]),
    E("x_1*x_2", ["x_1", "x_2"], [
        (r"$x_1 x_2$ is concave on $x_1 > 0, x_2 > 0$", "concave", False)],
      "Hessian [[0,1],[1,0]] indefinite", "hul", HUL, dom=["x_1 > 0", "x_2 > 0"], box=[P, P]),
    E("sqrt(x_1*x_2)", ["x_1", "x_2"], [
        (r"$\sqrt{x_1 x_2}$ is concave on $x_1 \ge 0, x_2 \ge 0$", "concave", True)],
      "geometric mean", "hul", HUL, dom=["x_1 >= 0", "x_2 >= 0"], box=[(0, 5), (0, 5)]),
    E("-log(1 - x**2)", ["x"], [
        (r"$-\log(1 - x^2)$ is convex on $-1 < x < 1$", "convex", True),
        (r"$-\log(1 - x^2)$ is strictly convex on $(-1, 1)$", "sconvex", True)],
      "f'' = 2(1 + x^2)/(1 - x^2)^2 > 0", "hul", HUL, dom=["x > -1", "x < 1"], box=[(-1, 1)]),
    E("Max(x_1, x_2) - Min(x_1, x_2)", ["x_1", "x_2"], [
        (r"$\max(x_1, x_2) - \min(x_1, x_2)$ is convex", "convex", True),
        (r"$\max\{x_1, x_2\} - \min\{x_1, x_2\}$ is concave", "concave", False)],
      "= |x_1 - x_2|", "hul", HUL),
    E("x**2/(1 + Abs(x))", ["x"], [
        (r"$\frac{x^2}{1 + |x|}$ is convex", "convex", True),
        (r"$\frac{x^2}{1 + |x|}$ is strictly convex on $\mathbb{R}$", "sconvex", True)],
      "x^2/(1+x) on x >= 0 has f'' = 2/(1+x)^3 > 0, even, f'(0) = 0 on both sides", "hul", HUL),
    E("exp(-x**2)", ["x"], [
        (r"$e^{-x^2}$ is concave on $\mathbb{R}$", "concave", False),
        (r"$e^{-x^2}$ is neither convex nor concave", "neither", True)],
      "f'' = (4x^2 - 2)e^{-x^2} changes sign at |x| = 1/sqrt 2", "hul", HUL, box=[(-3, 3)]),
    # ---------------- Borwein & Lewis ----------------
    E("-log(x*z - y**2)", ["x", "y", "z"], [
        (r"$-\log\det\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is convex on $x > 0, z > 0, xz - y^2 > 0$",
         "convex", True)],
      "-log det is convex on positive definite matrices", "borwein-lewis", BL,
      dom=["x > 0", "z > 0", "x*z - y**2 > 0"], box=[(0, 4), (-3, 3), (0, 4)]),
    E("x*log(x) - x", ["x"], [
        (r"The conjugate of $e^x$, $y \log y - y$, is convex on $y > 0$", "convex", True)],
      "f'' = 1/y > 0 (written in y)", "borwein-lewis", BL, dom=["x > 0"], box=[P]),
    E("1/x", ["x"], [
        (r"$\frac{1}{x}$ is convex on $x < 0$", "convex", False)],
      "f'' = 2/x^3 < 0 for x < 0", "borwein-lewis", BL, dom=["x < 0"], box=[(-6, -1 / 64)]),
    E("(x + z)/2 + sqrt((x - z)**2/4 + y**2)", ["x", "y", "z"], [
        (r"$\lambda_{\max}\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is convex", "convex", True),
        (r"$\lambda_{\max}\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is concave", "concave", False)],
      "largest eigenvalue: a max of linear functions (affine + Euclidean norm)", "borwein-lewis", BL),
    E("-sqrt(x**2 + y**2)", ["x", "y"], [
        (r"$\lambda_{\min}\begin{pmatrix} x & y \\ y & -x \end{pmatrix}$ is concave", "concave", True)],
      "= -sqrt(x^2 + y^2)", "borwein-lewis", BL),
    E("(x + z)/(x*z - y**2)", ["x", "y", "z"], [
        (r"$\frac{x + z}{xz - y^2}$ is convex on $x > 0, z > 0, xz > y^2$", "convex", True)],
      "tr(X^{-1}) is convex on positive definite X", "borwein-lewis", BL,
      dom=["x > 0", "z > 0", "x*z > y**2"], box=[(0, 4), (-3, 3), (0, 4)]),
    # ---------------- Boyd & Vandenberghe additional exercises ----------------
    E("x/y", ["x", "y"], [
        (r"$f(x, y) = x/y$ is neither convex nor concave on $\mathbb{R}^2_{++}$", "neither", True),
        (r"$\frac{x}{y}$ is convex on $x > 0, y > 0$", "convex", False)],
      "Hessian [[0, -1/y^2], [-1/y^2, 2x/y^3]] has det -1/y^4 < 0", "boyd-additional", BVA,
      dom=["x > 0", "y > 0"], box=[P, P]),
    E("x_1**alpha*x_2**(1 - alpha)", ["x_1", "x_2"], [
        (r"$x_1^{\alpha} x_2^{1 - \alpha}$ is concave on $\mathbb{R}^2_{++}$ for $0 \le \alpha \le 1$", "concave", True)],
      "weighted geometric mean", "boyd-additional", BVA, dom=["x_1 > 0", "x_2 > 0"], box=[P, P],
      params={"alpha": ["0", "1/3", "1/2", "1"]}),
    E("log(exp(x)/(1 + exp(x)))", ["x"], [
        (r"$\log\frac{e^{x}}{1 + e^{x}}$ is concave", "concave", True)],
      "= x - log(1 + e^x)", "boyd-additional", BVA),
    E("-log(-log(exp(x_1) + exp(x_2)))", ["x_1", "x_2"], [
        (r"$-\log(-\log(e^{x_1} + e^{x_2}))$ is convex on $e^{x_1} + e^{x_2} < 1$", "convex", True)],
      "-log(-g) with g convex and negative: -log is convex decreasing, -g concave", "boyd-additional", BVA,
      dom=["exp(x_1) + exp(x_2) < 1"], box=[(-5, 0), (-5, 0)]),
    E("2*x*y/(x + y)", ["x", "y"], [
        (r"The harmonic mean $\frac{2xy}{x + y}$ is concave on $x > 0, y > 0$", "concave", True),
        (r"The harmonic mean $\frac{2xy}{x + y}$ is strictly concave on $x > 0, y > 0$", "sconcave", False)],
      "2xy/(x+y) = 2/(1/x + 1/y); homogeneous of degree 1", "boyd-additional", BVA,
      dom=["x > 0", "y > 0"], box=[P, P]),
    E("(x_1 - x_2)**2/(x_1 + x_2)", ["x_1", "x_2"], [
        (r"$\frac{(x_1 - x_2)^2}{x_1 + x_2}$ is convex on $x_1 + x_2 > 0$", "convex", True)],
      "quadratic over linear of affine maps", "boyd-additional", BVA, dom=["x_1 + x_2 > 0"]),
    E("sqrt(x**2 + y**2) - x", ["x", "y"], [
        (r"$\sqrt{x^2 + y^2} - x$ is convex", "convex", True)],
      "norm minus linear", "boyd-additional", BVA),
    E("x**2*y", ["x", "y"], [
        (r"$x^2 y$ is not convex on $y > 0$", "notconvex", True)],
      "Hessian [[2y, 2x], [2x, 0]] has det -4x^2", "boyd-additional", BVA,
      dom=["y > 0"], box=[R, P]),
    E("x**2*y", ["x"], [
        (r"$x^2 y$ is convex in $x$ for fixed $y > 0$", "convex", True)],
      "in x alone f'' = 2y > 0", "boyd-additional", BVA, params={"y": ["1/3", "2"]}),
    E("x*log(x/y) - x + y", ["x", "y"], [
        (r"$x\log\frac{x}{y} - x + y$ is convex on $\mathbb{R}^2_{++}$", "convex", True),
        (r"$x\log(x/y) - x + y$ is strictly convex on $x > 0, y > 0$", "sconvex", False)],
      "perspective of -log plus linear; homogeneous of degree 1", "boyd-additional", BVA,
      dom=["x > 0", "y > 0"], box=[P, P]),
    E("log(sinh(x))", ["x"], [
        (r"$\log\sinh x$ is concave on $x > 0$", "concave", True)],
      "f'' = -1/sinh^2 x", "boyd-additional", BVA, dom=["x > 0"], box=[(1 / 64, 5)]),
    E("log(cosh(x))", ["x"], [
        (r"$\log(\cosh(x))$ is concave", "concave", False)],
      "f'' = sech^2 x > 0", "boyd-additional", BVA),
    E("log(1 - exp(-x))", ["x"], [
        (r"$\log(1 - e^{-x})$ is concave on $x > 0$", "concave", True)],
      "f'' = -e^x/(e^x - 1)^2 < 0", "boyd-additional", BVA, dom=["x > 0"], box=[(1 / 64, 6)]),
    E("log(exp(x)/(1 + exp(x)))", ["x"], [
        (r"The sigmoid $\frac{e^x}{1 + e^x}$ is log-concave", "concave", True)],
      "log sigma = -softplus(-x)", "boyd-additional", BVA),
    E("1/log(x)", ["x"], [
        (r"$\frac{1}{\log x}$ is convex on $x > 1$", "convex", True)],
      "f'' = (log x + 2)/(x^2 log^3 x) > 0 for x > 1", "boyd-additional", BVA, dom=["x > 1"], box=[(1, 8)]),
    E("x**2/(1 - x)", ["x"], [
        (r"$\frac{x^2}{1 - x}$ is convex on $x < 1$", "convex", True)],
      "quadratic over linear with 1 - x > 0", "boyd-additional", BVA, dom=["x < 1"], box=[(-6, 1)]),
    E("Piecewise((x**2, Abs(x) <= 1), (2*Abs(x) - 1, True))", ["x"], [
        (r"The Huber function $\phi(x) = x^2$ for $|x| \le 1$ and $2|x| - 1$ for $|x| > 1$ is convex", "convex", True),
        (r"$\phi(u) = \begin{cases} u^2 & |u| \le 1 \\ 2|u| - 1 & |u| > 1 \end{cases}$ is strictly convex",
         "sconvex", False)],
      "C^1, nondecreasing derivative; affine for |x| > 1", "boyd-additional", BVA),
    E("Max(0, Abs(x) - 1)", ["x"], [
        (r"The deadzone-linear penalty $\max\{0, |u| - 1\}$ is convex", "convex", True),
        (r"The deadzone-linear penalty $\max\{0, |u| - 1\}$ is strictly convex", "sconvex", False)],
      "max of convex; zero on [-1, 1]", "boyd-additional", BVA),
    E("-log(1 - x**2 - y**2)", ["x", "y"], [
        (r"$-\log(1 - x^2 - y^2)$ is convex on the open unit disk $x^2 + y^2 < 1$", "convex", True)],
      "-log of a concave positive function", "boyd-additional", BVA,
      dom=["x**2 + y**2 < 1"], box=[(-1, 1), (-1, 1)]),
    # ---------------- Nocedal & Wright ----------------
    E("100*(y - x**2)**2 + (1 - x)**2", ["x", "y"], [
        (r"The Rosenbrock function $f(x) = 100(x_2 - x_1^2)^2 + (1 - x_1)^2$ is convex", "convex", False)],
      "Hessian at (0, 1) has entry 2 - 400 (x_2 - 3x_1^2) = -398 < 0", "nocedal-wright", NW),
    E("8*x_1 + 12*x_2 + x_1**2 - 2*x_2**2", ["x_1", "x_2"], [
        (r"$f(x) = 8x_1 + 12x_2 + x_1^2 - 2x_2^2$ is neither convex nor concave", "neither", True),
        (r"$f(x) = 8x_1 + 12x_2 + x_1^2 - 2x_2^2$ is concave", "concave", False)],
      "Hessian diag(2, -4)", "nocedal-wright", NW),
    E("(x_1 + x_2**2)**2", ["x_1", "x_2"], [
        (r"$f(x) = (x_1 + x_2^2)^2$ is convex", "convex", False)],
      "Hessian [[2, 4x_2], [4x_2, 12x_2^2 + 4x_1]] has det 8(x_1 + x_2^2) < 0 where x_1 < -x_2^2",
      "nocedal-wright", NW, box=[(-3, 3), (-2, 2)]),
    E("x_1**4 + x_2**2", ["x_1", "x_2"], [
        (r"$x_1^4 + x_2^2$ is strictly convex", "sconvex", True)],
      "sum of strictly convex functions of separate variables", "nocedal-wright", NW, box=[(-2, 2), R]),
    E("x_1**2 - x_1*x_2 + x_2**2 - x_1 - x_2", ["x_1", "x_2"], [
        (r"$\frac{1}{2}x^\top Q x - b^\top x$ is strictly convex where $Q = \begin{pmatrix} 2 & -1 \\ -1 & 2 \end{pmatrix}$ and $b = (1, 1)$",
         "sconvex", True)],
      "Q positive definite (eigenvalues 1 and 3)", "nocedal-wright", NW),
    E("x_1**2 + 4*x_1*x_2 + x_2**2", ["x_1", "x_2"], [
        (r"$x^T Q x$ is convex for $Q = \begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$", "convex", False)],
      "Q has eigenvalues 3 and -1", "nocedal-wright", NW),
    E("(Rational(3, 2) - x + x*y)**2 + (Rational(9, 4) - x + x*y**2)**2 + (Rational(21, 8) - x + x*y**3)**2",
      ["x", "y"], [
        (r"Beale's function $(1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2$ is convex", "convex", False)],
      "a curved valley; midpoint violations found exactly", "nocedal-wright", NW, box=[(-3, 3), (-2, 2)]),
    E("(x**2 + y - 11)**2 + (x + y**2 - 7)**2", ["x", "y"], [
        (r"Himmelblau's function $(x^2 + y - 11)^2 + (x + y^2 - 7)^2$ is not convex", "notconvex", True)],
      "four minima, saddles between them", "nocedal-wright", NW, box=[(-5, 5), (-5, 5)]),
    E("x - mu*log(x)", ["x"], [
        (r"The barrier function $x - \mu\log x$ is convex on $x > 0$ for $\mu > 0$", "convex", True)],
      "f'' = mu/x^2 > 0", "nocedal-wright", NW, dom=["x > 0"], box=[P], params={"mu": ["1/10", "1", "5"]}),
    E("x**2 + y**2 - lam*(x + y - 1) + mu/2*(x + y - 1)**2", ["x", "y"], [
        (r"The augmented Lagrangian $x^2 + y^2 - \lambda(x + y - 1) + \frac{\mu}{2}(x + y - 1)^2$ is convex in $x, y$ for $\mu > 0$ and every real $\lambda$",
         "convex", True)],
      "PD quadratic plus PSD quadratic plus linear", "nocedal-wright", NW,
      params={"mu": ["1/2", "4"], "lam": ["-1", "3"]}),
    E("x_1**2 + x_2**2 + x_1*x_2 + exp(x_1 + x_2)", ["x_1", "x_2"], [
        (r"$x_1^2 + x_2^2 + x_1 x_2 + e^{x_1 + x_2}$ is strictly convex", "sconvex", True)],
      "PD quadratic plus convex", "nocedal-wright", NW, box=[(-3, 3)] * 2),
    E("x_1**3 + x_2**2 - 3*x_1", ["x_1", "x_2"], [
        (r"$f(x_1, x_2) = x_1^3 + x_2^2 - 3x_1$ is convex on $x_1 > 0$", "convex", True)],
      "Hessian diag(6x_1, 2)", "nocedal-wright", NW, dom=["x_1 > 0"], box=[P, R]),
    E("x_1**3 + x_2**2 - 3*x_1", ["x_1", "x_2"], [
        (r"$f(x_1, x_2) = x_1^3 + x_2^2 - 3x_1$ is convex", "convex", False)],
      "Hessian diag(6x_1, 2): negative for x_1 < 0", "nocedal-wright", NW),
    # ---------------- Bertsekas ----------------
    E("log(1 + x**2)", ["x"], [
        (r"$\log(1 + x^2)$ is convex", "convex", False)],
      "f'' = 2(1 - x^2)/(1 + x^2)^2", "bertsekas", BERT, box=[(-5, 5)]),
    E("log(1 + x**2)", ["x"], [
        (r"$\log(1 + x^2)$ is convex on $[-1, 1]$", "convex", True)],
      "f'' = 2(1 - x^2)/(1 + x^2)^2 >= 0 for |x| <= 1", "bertsekas", BERT, dom=["x >= -1", "x <= 1"], box=[(-1, 1)]),
    E("x**2/2 - cos(x)", ["x"], [
        (r"$\frac{1}{2}x^2 - \cos x$ is convex", "convex", True),
        (r"$\frac{x^2}{2} - \cos(x)$ is strictly convex", "sconvex", True)],
      "f'' = 1 + cos x >= 0 with isolated zeros", "bertsekas", BERT, box=[(-8, 8)]),
    E("x**2 + sin(x)", ["x"], [
        (r"$x^2 + \sin x$ is strictly convex", "sconvex", True)],
      "f'' = 2 - sin x >= 1", "bertsekas", BERT, box=[(-8, 8)]),
    E("x**2 + 3*sin(x)", ["x"], [
        (r"$x^2 + 3\sin x$ is convex", "convex", False)],
      "f'' = 2 - 3 sin x < 0 near pi/2", "bertsekas", BERT, box=[(-8, 8)]),
    E("sin(x)", ["x"], [
        (r"$\sin x$ is concave on $[0, \pi]$", "concave", True),
        (r"$\sin(x)$ is strictly concave on $0 < x < \pi$", "sconcave", True)],
      "f'' = -sin x < 0 on (0, pi)", "bertsekas", BERT, dom=["x >= 0", "x <= pi"], box=[(0, 3.1415926)]),
    E("sin(x)", ["x"], [
        (r"$\sin x$ is concave on $[0, 2\pi]$", "concave", False)],
      "convex on [pi, 2pi]", "bertsekas", BERT, dom=["x >= 0", "x <= 2*pi"], box=[(0, 6.2831853)]),
    E("tan(x)", ["x"], [
        (r"$\tan x$ is concave on $(-\frac{\pi}{2}, 0]$", "concave", True)],
      "tan'' = 2 tan x sec^2 x <= 0 for x <= 0", "bertsekas", BERT, dom=["x > -pi/2", "x <= 0"],
      box=[(-1.5707963, 0)]),
    E("cosh(x) - x**2/2", ["x"], [
        (r"$\cosh x - \frac{x^2}{2}$ is strictly convex", "sconvex", True)],
      "f'' = cosh x - 1 >= 0, zero only at 0", "bertsekas", BERT, box=[(-3, 3)]),
    # ---------------- Calculus: concave up / down ----------------
    E("x**3 - 3*x**2 + 4", ["x"], [
        (r"$f(x) = x^3 - 3x^2 + 4$ is concave down on $(-\infty, 2)$", "concave", False)],
      "f'' = 6x - 6 > 0 on (1, 2)", "calculus", STEW, dom=["x < 2"], box=[(-6, 2)]),
    E("x**4 - 4*x**3", ["x"], [
        (r"$y = x^4 - 4x^3$ is concave up on $(-1, 3)$", "convex", False)],
      "f'' < 0 on (0, 2)", "calculus", STEW, dom=["x > -1", "x < 3"], box=[(-1, 3)]),
    E("x*exp(-x)", ["x"], [
        (r"$x e^{-x}$ is concave on $(-\infty, 2)$", "concave", True)],
      "f'' = (x - 2)e^{-x}", "calculus", THOM, dom=["x < 2"], box=[(-3, 2)]),
    E("x*exp(-x)", ["x"], [
        (r"$f(x) = x e^{-x}$ is concave on $\mathbb{R}$", "concave", False)],
      "f'' = (x - 2)e^{-x} > 0 for x > 2", "calculus", THOM, box=[(-3, 8)]),
    E("x/(x**2 + 1)", ["x"], [
        (r"$\frac{x}{x^2 + 1}$ is concave on $(0, \sqrt{3})$", "concave", True)],
      "f'' = 2x(x^2 - 3)/(x^2 + 1)^3", "calculus", STEW, dom=["x > 0", "x < sqrt(3)"], box=[(0, 1.7320508)]),
    E("x/(x**2 + 1)", ["x"], [
        (r"$\frac{x}{x^2 + 1}$ is convex on $x > \sqrt{3}$", "convex", True)],
      "f'' = 2x(x^2 - 3)/(x^2 + 1)^3 > 0 for x > sqrt 3", "calculus", STEW, dom=["x > sqrt(3)"],
      box=[(1.7320509, 9)]),
    E("x**Rational(1, 3)", ["x"], [
        (r"$\sqrt[3]{x}$ is concave on $(0, \infty)$", "concave", True)],
      "f'' = -2/9 x^{-5/3} < 0", "calculus", SPIV, dom=["x > 0"], box=[P]),
    E("-(-x)**Rational(1, 3)", ["x"], [
        (r"$\sqrt[3]{x}$ is convex on $x < 0$", "convex", True),
        (r"$\sqrt[3]{x}$ is concave on $x < 0$", "concave", False)],
      "the real cube root is -(-x)^{1/3} for x < 0: f'' = (2/9)(-x)^{-5/3} > 0", "calculus", SPIV,
      dom=["x < 0"], box=[(-6, -1 / 64)]),
    E("x**Rational(2, 3)", ["x"], [
        (r"$x^{2/3}$ is concave on $x > 0$", "concave", True)],
      "f'' = -2/9 x^{-4/3}", "calculus", STEW, dom=["x > 0"], box=[P]),
    E("1/(x**2 + 1)", ["x"], [
        (r"The witch of Agnesi $\frac{1}{x^2 + 1}$ is concave on $(-\frac{1}{\sqrt{3}}, \frac{1}{\sqrt{3}})$", "concave", True)],
      "f'' = (6x^2 - 2)/(x^2 + 1)^3", "calculus", STEW, dom=["x > -1/sqrt(3)", "x < 1/sqrt(3)"],
      box=[(-0.5773502, 0.5773502)]),
    E("1/(x**2 + 1)", ["x"], [
        (r"$\frac{1}{1 + x^2}$ is concave on $(-1, 1)$", "concave", False)],
      "f'' > 0 for 1/sqrt 3 < |x| < 1", "calculus", STEW, dom=["x > -1", "x < 1"], box=[(-1, 1)]),
    E("exp(-x**2/2)", ["x"], [
        (r"The bell curve $e^{-x^2/2}$ is convex for $x > 1$", "convex", True)],
      "f'' = (x^2 - 1)e^{-x^2/2}", "calculus", THOM, dom=["x > 1"], box=[(1, 6)]),
    E("x**2*log(x)", ["x"], [
        (r"$x^2\ln x$ is concave up on $x > e^{-3/2}$", "convex", True)],
      "f'' = 2 ln x + 3", "calculus", STEW, dom=["x > exp(-Rational(3, 2))"], box=[(0.2231302, 6)]),
    E("x**2*log(x)", ["x"], [
        (r"$x^2 \ln x$ is convex on $x > 0$", "convex", False)],
      "f'' = 2 ln x + 3 < 0 for x < e^{-3/2}", "calculus", STEW, dom=["x > 0"], box=[(0, 3)]),
    E("atan(x)", ["x"], [
        (r"$\arctan x$ is concave on $x \ge 0$", "concave", True),
        (r"$\tan^{-1} x$ is concave on $[0, \infty)$", "concave", True)],
      "f'' = -2x/(1 + x^2)^2", "calculus", THOM, dom=["x >= 0"], box=[(0, 6)]),
    E("atan(x)", ["x"], [
        (r"$\arctan(x)$ is convex", "convex", False)],
      "concave on x > 0", "calculus", THOM),
    E("x - sin(x)", ["x"], [
        (r"$x - \sin x$ is concave up on $(0, \pi)$", "convex", True)],
      "f'' = sin x > 0", "calculus", THOM, dom=["x > 0", "x < pi"], box=[(0, 3.1415926)]),
    E("-x**4 + 6*x**2", ["x"], [
        (r"$g(x) = -x^4 + 6x^2$ is concave", "concave", False)],
      "f'' > 0 on (-1, 1)", "calculus", KHAN),
    E("x**Rational(4, 3) + 4*x**Rational(1, 3)", ["x"], [
        (r"$x^{1/3}(x + 4)$ is concave up on $x > 2$", "convex", True)],
      "f'' = (4/9)x^{-5/3}(x - 2)", "calculus", STEW, dom=["x > 2"], box=[(2, 9)]),
    E("x**Rational(4, 3) + 4*x**Rational(1, 3)", ["x"], [
        (r"$x^{1/3}(x + 4)$ is concave on $0 < x < 2$", "concave", True)],
      "f'' = (4/9)x^{-5/3}(x - 2) < 0", "calculus", STEW, dom=["x > 0", "x < 2"], box=[(0, 2)]),
    E("exp(1/x)", ["x"], [
        (r"$e^{1/x}$ is concave up for $x > 0$", "convex", True)],
      "f'' = e^{1/x}(2x + 1)/x^4", "calculus", STEW, dom=["x > 0"], box=[(1 / 8, 6)]),
    E("exp(1/x)", ["x"], [
        (r"$e^{1/x}$ is convex on $x < 0$", "convex", False)],
      "f'' < 0 for x < -1/2", "calculus", STEW, dom=["x < 0"], box=[(-6, -1 / 64)]),
    E("1/(1 + exp(-x))", ["x"], [
        (r"The logistic curve $\frac{1}{1 + e^{-x}}$ is concave up for $x < 0$", "convex", True)],
      "sigma'' = sigma(1 - sigma)(1 - 2 sigma) > 0 for x < 0", "calculus", MIT1, dom=["x < 0"], box=[(-6, 0)]),
    E("x**4 - 2*x**2", ["x"], [
        (r"Is $f(x) = x^4 - 2x^2$ concave up everywhere? It is convex.", "convex", False)],
      "f'' = 12x^2 - 4 < 0 near 0", "calculus", MIT1, box=[(-2, 2)]),
    E("x*sqrt(4 - x**2)", ["x"], [
        (r"$x\sqrt{4 - x^2}$ is concave on $[0, 2]$", "concave", True)],
      "f'' = 2x(x^2 - 6)/(4 - x^2)^{3/2} < 0 on (0, 2)", "calculus", STEW, dom=["x >= 0", "x <= 2"], box=[(0, 2)]),
    E("x**(-3)", ["x"], [
        (r"$x^{-3}$ is convex on $(-\infty, 0)$", "convex", False)],
      "f'' = 12x^{-5} < 0 for x < 0", "calculus", SUSP, dom=["x < 0"], box=[(-6, -1 / 16)]),
    # ---------------- MINLP convexity detection (SUSPECT, SCIP, IBEX, MC++, Pyomo) ----------------
    E("x*y", ["x", "y"], [
        (r"$xy$ is convex on $0 \le x \le 1, 0 \le y \le 1$", "convex", False)],
      "bilinear: Hessian indefinite; exact midpoint on the box", "minlp", SUSP,
      dom=["x >= 0", "x <= 1", "y >= 0", "y <= 1"], box=[(0, 1), (0, 1)]),
    E("(2*x - 3)/x", ["x"], [
        (r"$\frac{2x - 3}{x}$ is convex on $x > 0$", "convex", False),
        (r"$\frac{2x - 3}{x}$ is concave on $x > 0$", "concave", True)],
      "= 2 - 3/x", "minlp", SUSP, dom=["x > 0"], box=[P]),
    E("(3*x + 1)/(2*x + 5)", ["x"], [
        (r"$\frac{3x + 1}{2x + 5}$ is concave on $x > -\frac{5}{2}$", "concave", True),
        (r"$\frac{3x + 1}{2x + 5}$ is convex on $x > -5/2$", "convex", False)],
      "f'' = -2 a_2 (a_1 b_2 - a_2 b_1)/(2x + 5)^3 = -52/(2x + 5)^3 < 0", "minlp", SUSP,
      dom=["x > -Rational(5, 2)"], box=[(-2.5, 6)]),
    E("sin(x)", ["x"], [
        (r"$\sin x$ is concave on $[\frac{\pi}{2} + 0.1, \pi - 0.1]$", "concave", True)],
      "sin'' = -sin < 0 there", "minlp", SUSP, dom=["x >= pi/2 + Rational(1, 10)", "x <= pi - Rational(1, 10)"],
      box=[(1.671, 3.041)]),
    E("sin(x**2)", ["x"], [
        (r"$\sin(x^2)$ is concave on $1.3 \le x \le 1.7$", "concave", True)],
      "f'' = 2cos(x^2) - 4x^2 sin(x^2) < 0 since x^2 in [1.69, 2.89], inside (pi/2, pi)", "minlp", SUSP,
      dom=["x >= Rational(13, 10)", "x <= Rational(17, 10)"], box=[(1.3, 1.7)]),
    E("sin(x)", ["x"], [
        (r"$\sin x$ is concave on $[-0.1, 0.1]$", "concave", False)],
      "sin'' = -sin x > 0 for x < 0", "minlp", SUSP, dom=["x >= -Rational(1, 10)", "x <= Rational(1, 10)"],
      box=[(-0.1, 0.1)]),
    E("Abs(x**2 - 1)", ["x"], [
        (r"$|x^2 - 1|$ is convex", "convex", False)],
      "= 1 - x^2 on [-1, 1], concave there", "minlp", SUSP, box=[(-3, 3)]),
    E("Abs(log(x))", ["x"], [
        (r"$|\log x|$ is convex on $x > 0$", "convex", False)],
      "= log x for x > 1: concave", "minlp", SUSP, dom=["x > 0"], box=[(1 / 64, 8)]),
    E("Abs(log(x))", ["x"], [
        (r"$|\ln x|$ is convex on $0 < x \le 1$", "convex", True)],
      "= -log x there", "minlp", SUSP, dom=["x > 0", "x <= 1"], box=[(0, 1)]),
    E("sqrt(log(x))", ["x"], [
        (r"$\sqrt{\log x}$ is concave on $x > 1$", "concave", True)],
      "sqrt increasing concave of concave", "minlp", SUSP, dom=["x > 1"], box=[(1, 9)]),
    E("log(x**2 + y**2)", ["x", "y"], [
        (r"$\log(x^2 + y^2)$ is concave on $x > 0$", "concave", False)],
      "harmonic: trace of the Hessian is 0, so it is indefinite", "minlp", SUSP, dom=["x > 0"], box=[P, R]),
    E("exp(sqrt(x))", ["x"], [
        (r"$e^{\sqrt{x}}$ is convex on $x > 0$", "convex", False)],
      "f'' = e^{sqrt x}(sqrt x - 1)/(4 x^{3/2}) < 0 for x < 1", "minlp", SUSP, dom=["x > 0"], box=[(0, 4)]),
    E("exp(sqrt(x))", ["x"], [
        (r"$e^{\sqrt{x}}$ is convex on $x \ge 1$", "convex", True)],
      "f'' >= 0 for x >= 1", "minlp", SUSP, dom=["x >= 1"], box=[(1, 9)]),
    E("exp(x*y)", ["x", "y"], [
        (r"$e^{xy}$ is convex on $x > 0, y > 0$", "convex", False)],
      "Hessian e^{xy}[[y^2, 1 + xy], [1 + xy, x^2]] has det -(1 + 2xy) e^{2xy} < 0", "minlp", MCPP,
      dom=["x > 0", "y > 0"], box=[(0, 2), (0, 2)]),
    E("x**Rational(5, 2)", ["x"], [
        (r"$x^{2.5}$ is strictly convex on $x > 0$", "sconvex", True)],
      "f'' = 15/4 x^{1/2} > 0", "minlp", SCIP, dom=["x > 0"], box=[P]),
    E("x*Abs(x)", ["x"], [
        (r"The signed power $x|x|$ is convex on $x \ge 0$", "convex", True)],
      "= x^2 on x >= 0", "minlp", SCIP, dom=["x >= 0"], box=[(0, 5)]),
    E("x*Abs(x)", ["x"], [
        (r"The signed power $x|x|$ is convex", "convex", False),
        (r"$x|x|$ is neither convex nor concave", "neither", True)],
      "= -x^2 for x < 0", "minlp", SCIP),
    E("-x*log(x)", ["x"], [
        (r"The entropy $-x \log x$ is strictly concave on $x > 0$", "sconcave", True)],
      "f'' = -1/x", "minlp", SCIP, dom=["x > 0"], box=[P]),
    E("x**2 - 2*x*y + y**2", ["x", "y"], [
        (r"$x^2 - 2xy + y^2$ is convex", "convex", True),
        (r"$x^2 - 2xy + y^2$ is strictly convex", "sconvex", False)],
      "= (x - y)^2: rank-one PSD", "minlp", IBEX),
    E("x**2 + x*y + y**2 - x", ["x", "y"], [
        (r"$x^2 + xy + y^2 - x$ is strictly convex", "sconvex", True)],
      "Hessian [[2, 1], [1, 2]] PD", "minlp", IBEX),
    E("x**2 + 2*x*y + 3*y**2", ["x", "y"], [
        (r"$x^2 + 2xy + 3y^2$ is strictly convex", "sconvex", True)],
      "Hessian [[2, 2], [2, 6]]: det 8 > 0", "minlp", PYO),
    E("x**2 + 4*x*y + 3*y**2", ["x", "y"], [
        (r"$x^2 + 4xy + 3y^2$ is convex", "convex", False),
        (r"$x^2 + 4xy + 3y^2$ is neither convex nor concave", "neither", True)],
      "Hessian [[2, 4], [4, 6]]: det -4 < 0", "minlp", PYO),
    E("2*x**2 - 2*x*y + y**2 - 4*x", ["x", "y"], [
        (r"$2x^2 - 2xy + y^2 - 4x$ is convex", "convex", True)],
      "Hessian [[4, -2], [-2, 2]]: det 4 > 0", "minlp", PYO),
    E("x_1**2 + x_2**2 + x_3**2 - x_1*x_2 - x_2*x_3 - x_1*x_3", ["x_1", "x_2", "x_3"], [
        (r"$x_1^2 + x_2^2 + x_3^2 - x_1 x_2 - x_2 x_3 - x_1 x_3$ is convex", "convex", True),
        (r"$x_1^2 + x_2^2 + x_3^2 - x_1 x_2 - x_2 x_3 - x_1 x_3$ is strictly convex", "sconvex", False)],
      "= (1/2) sum (x_i - x_j)^2; constant along (1, 1, 1)", "minlp", PYO),
    E("x_1*x_2 + x_2*x_3 + x_1*x_3", ["x_1", "x_2", "x_3"], [
        (r"$x_1 x_2 + x_2 x_3 + x_1 x_3$ is convex", "convex", False)],
      "zero-diagonal Hessian, nonzero", "minlp", PYO),
    E("x**2 + y**2 + z**2 - x*y - y*z", ["x", "y", "z"], [
        (r"$x^2 + y^2 + z^2 - xy - yz$ is strictly convex", "sconvex", True)],
      "Hessian tridiagonal (2, -1): eigenvalues 2 - sqrt 2, 2, 2 + sqrt 2", "minlp", PYO),
    E("x*y*z", ["x", "y", "z"], [
        (r"$xyz$ is convex on the positive octant $x, y, z > 0$", "convex", False)],
      "Hessian zero diagonal, nonzero off-diagonal", "minlp", MCPP, dom=["x > 0", "y > 0", "z > 0"],
      box=[P, P, P]),
    E("x**4 + y**4 - 4*x*y + 1", ["x", "y"], [
        (r"$f(x, y) = x^4 + y^4 - 4xy + 1$ is convex", "convex", False)],
      "Hessian at 0 is [[0, -4], [-4, 0]]", "several-variables", MIT2, box=[(-2, 2), (-2, 2)]),
    E("x**2 + y**2 + 4*x*y", ["x", "y"], [
        (r"$f(x, y) = x^2 + y^2 + 4xy$ is neither convex nor concave", "neither", True)],
      "Hessian [[2, 4], [4, 2]] indefinite", "several-variables", MIT2),
    E("exp(x) + exp(y) + exp(-x - y)", ["x", "y"], [
        (r"$e^x + e^y + e^{-x-y}$ is strictly convex", "sconvex", True)],
      "diag(e^x, e^y) PD plus PSD", "several-variables", MIT2, box=[(-3, 3)] * 2),
    E("x*exp(y)", ["x", "y"], [
        (r"$x e^y$ is convex on $x > 0$", "convex", False)],
      "Hessian [[0, e^y], [e^y, x e^y]]: det -e^{2y}", "several-variables", MIT2, dom=["x > 0"], box=[P, (-3, 3)]),
    E("y*exp(x/y)", ["x", "y"], [
        (r"$y e^{x/y}$ is convex on $y > 0$", "convex", True),
        (r"$y\, e^{x/y}$ is strictly convex on $y > 0$", "sconvex", False)],
      "perspective of exp; homogeneous of degree 1", "several-variables", BVA, dom=["y > 0"],
      box=[(-3, 3), (1 / 4, 4)]),
    E("y*log(1 + x/y)", ["x", "y"], [
        (r"$y\log(1 + x/y)$ is concave on $y > 0, x + y > 0$", "concave", True)],
      "perspective of log(1 + x)", "several-variables", BVA, dom=["y > 0", "x + y > 0"], box=[(-4, 4), P]),
    E("(x**2 + y**2)/2 - log(x*y)", ["x", "y"], [
        (r"$\frac{x^2 + y^2}{2} - \log(xy)$ is strictly convex on $x > 0, y > 0$", "sconvex", True)],
      "sum of strictly convex functions of separate variables", "several-variables", MIT2,
      dom=["x > 0", "y > 0"], box=[P, P]),
    E("sin(x + y)", ["x", "y"], [
        (r"$\sin(x + y)$ is concave on $0 \le x + y \le \pi$", "concave", True),
        (r"$\sin(x + y)$ is strictly concave on $0 < x + y < \pi$", "sconcave", False)],
      "sin concave on [0, pi] composed with a linear map; constant along (1, -1)", "several-variables", MIT2,
      dom=["x + y >= 0", "x + y <= pi"], box=[(-3, 3), (-3, 3)]),
    E("cos(x) + cos(y)", ["x", "y"], [
        (r"$\cos x + \cos y$ is concave on $-\frac{\pi}{2} \le x \le \frac{\pi}{2}, -\frac{\pi}{2} \le y \le \frac{\pi}{2}$",
         "concave", True)],
      "separable, cos concave on [-pi/2, pi/2]", "several-variables", MIT2,
      dom=["x >= -pi/2", "x <= pi/2", "y >= -pi/2", "y <= pi/2"], box=[(-1.5707963, 1.5707963)] * 2),
    E("x**2 + y**2 + z**2 + x*y + y*z + x*z", ["x", "y", "z"], [
        (r"$f(x, y, z) = x^2 + y^2 + z^2 + xy + yz + zx$ is strictly convex", "sconvex", True)],
      "Hessian [[2,1,1],[1,2,1],[1,1,2]]: eigenvalues 1, 1, 4", "several-variables", MIT2),
    E("x**2 + y**2 - z**2", ["x", "y", "z"], [
        (r"$x^2 + y^2 - z^2$ is convex", "convex", False)],
      "diag(2, 2, -2)", "several-variables", MIT2),
    E("x**3 + y**3", ["x", "y"], [
        (r"$x^3 + y^3$ is convex on $x \ge 0, y \ge 0$", "convex", True)],
      "diag(6x, 6y)", "several-variables", MIT2, dom=["x >= 0", "y >= 0"], box=[(0, 4), (0, 4)]),
    E("x**3 + y**3", ["x", "y"], [
        (r"$x^3 + y^3$ is convex on $x \ge 0$", "convex", False)],
      "f_yy = 6y < 0 for y < 0", "several-variables", MIT2, dom=["x >= 0"], box=[(0, 4), (-4, 4)]),
    # ---------------- Disciplined geometric programming (convex/concave examples) ----------------
    E("sqrt(x*y)", ["x", "y"], [
        (r"$\sqrt{xy}$ is concave on $x > 0, y > 0$", "concave", True)],
      "geometric mean", "dgp", DGP, dom=["x > 0", "y > 0"], box=[P, P]),
    E("x**2 + 1/(x*y)", ["x", "y"], [
        (r"The posynomial $x^2 + \frac{1}{xy}$ is convex on $x > 0, y > 0$", "convex", True)],
      "x^2 and 1/(xy) convex on the positive quadrant", "dgp", DGP, dom=["x > 0", "y > 0"], box=[P, P]),
    E("sqrt(x)/y", ["x", "y"], [
        (r"The monomial $x^{0.5} y^{-1}$ is convex on $x > 0, y > 0$", "convex", False)],
      "f_xx = -x^{-3/2}/(4y) < 0", "dgp", DGP, dom=["x > 0", "y > 0"], box=[P, P]),
    E("1/(x*y**2)", ["x", "y"], [
        (r"$x^{-1} y^{-2}$ is convex on $\mathbb{R}^2_{++}$", "convex", True)],
      "x^a y^b with a, b < 0: Hessian det ab(1 - a - b) x^.. > 0, f_xx > 0", "dgp", DGP,
      dom=["x > 0", "y > 0"], box=[(1 / 4, 5), (1 / 4, 5)]),
    E("x**3/y", ["x", "y"], [
        (r"$\frac{x^3}{y}$ is convex on $x > 0, y > 0$", "convex", True)],
      "x^3 y^{-1}: det of the Hessian 3x^4/y^4 > 0 and f_xx = 6x/y > 0", "dgp", DGP,
      dom=["x > 0", "y > 0"], box=[P, P]),
    E("x**Rational(1, 3)*y**Rational(2, 3)", ["x", "y"], [
        (r"$x^{1/3} y^{2/3}$ is concave on $x \ge 0, y \ge 0$", "concave", True)],
      "weighted geometric mean", "dgp", DGP, dom=["x >= 0", "y >= 0"], box=[(0, 5), (0, 5)]),
    E("sqrt(x*y*z)", ["x", "y", "z"], [
        (r"$\sqrt{xyz}$ is concave on $x > 0, y > 0, z > 0$", "concave", False)],
      "homogeneous of degree 3/2 > 1: along the ray t(1,1,1) it is t^{3/2}, convex", "dgp", DGP,
      dom=["x > 0", "y > 0", "z > 0"], box=[P, P, P]),
    E("(x*y*z)**Rational(1, 3)", ["x", "y", "z"], [
        (r"$(xyz)^{1/3}$ is concave on $x > 0, y > 0, z > 0$", "concave", True)],
      "geometric mean", "dgp", DGP, dom=["x > 0", "y > 0", "z > 0"], box=[P, P, P]),
    E("x*y", ["x", "y"], [
        (r"The monomial $xy$ is convex on $x > 0, y > 0$", "convex", False)],
      "Hessian [[0, 1], [1, 0]]", "dgp", DGP, dom=["x > 0", "y > 0"], box=[P, P]),
    # ---------------- log-concave densities ----------------
    E("-x - 2*log(1 + exp(-x))", ["x"], [
        (r"The logistic density $\frac{e^{-x}}{(1 + e^{-x})^2}$ is log-concave", "concave", True)],
      "log = -x - 2 log(1 + e^{-x}); second derivative -2 sigma'(x) < 0", "log-concave", LOGC),
    E("-x - exp(-x)", ["x"], [
        (r"The Gumbel density $e^{-x - e^{-x}}$ is log-concave", "concave", True)],
      "log = -x - e^{-x}", "log-concave", LOGC),
    E("-Abs(x) - log(2)", ["x"], [
        (r"The Laplace density $\frac{1}{2}e^{-|x|}$ is log-concave", "concave", True)],
      "log = -|x| - log 2", "log-concave", LOGC),
    E("-log(pi*(1 + x**2))", ["x"], [
        (r"The Cauchy density $\frac{1}{\pi(1 + x^2)}$ is log-concave", "concave", False)],
      "(log)'' = 2(x^2 - 1)/(1 + x^2)^2 > 0 for |x| > 1", "log-concave", LOGC),
    E("(k - 1)*log(x) - x", ["x"], [
        (r"The gamma density $x^{k-1} e^{-x}$ is log-concave on $x > 0$ for $k \ge 1$", "concave", True)],
      "log = (k - 1) log x - x", "log-concave", LOGC, dom=["x > 0"], box=[P], params={"k": ["1", "2", "7/2"]}),
    E("-log(x)/2 - x", ["x"], [
        (r"$x^{-1/2} e^{-x}$ is log-concave on $x > 0$", "concave", False)],
      "log = -(1/2) log x - x is strictly convex", "log-concave", LOGC, dom=["x > 0"], box=[P]),
    E("(c - 1)*log(x) - x**c", ["x"], [
        (r"The Weibull density $c x^{c-1} e^{-x^c}$ is log-concave on $x > 0$ for $c \ge 1$", "concave", True)],
      "log = log c + (c - 1) log x - x^c", "log-concave", LOGC, dom=["x > 0"], box=[P],
      params={"c": ["1", "2", "3"]}),
    E("-log(x) - log(x)**2/2", ["x"], [
        (r"The lognormal density $\frac{1}{x\sqrt{2\pi}} e^{-(\ln x)^2/2}$ is log-concave on $x > 0$", "concave", False)],
      "(log)'' = log(x)/x^2 > 0 for x > 1", "log-concave", LOGC, dom=["x > 0"], box=[(1 / 4, 20)]),
    E("(a - 1)*log(x) + (b - 1)*log(1 - x)", ["x"], [
        (r"The beta density $x^{a-1}(1 - x)^{b-1}$ is log-concave on $(0, 1)$ for $a \ge 1$ and $b \ge 1$", "concave", True)],
      "sum of concave logs", "log-concave", LOGC, dom=["x > 0", "x < 1"], box=[(0, 1)],
      params={"a": ["1", "2"], "b": ["1", "3/2"]}),
    E("log(1/(1 + exp(-x))) + log(1 - 1/(1 + exp(-x)))", ["x"], [
        (r"$\sigma(x)(1 - \sigma(x))$ is log-concave", "concave", True)],
      "log sigma + log(1 - sigma) = -softplus(-x) - softplus(x)", "log-concave", LOGC),
    E("loggamma(x)", ["x"], [
        (r"$\Gamma(x)$ is log-convex on $x > 0$", "convex", True)],
      "Bohr-Mollerup: (log Gamma)'' = psi'(x) > 0", "log-concave", LOGC, dom=["x > 0"], box=[(1 / 8, 8)]),
    E("x**2", ["x"], [
        (r"$e^{x^2}$ is log-convex", "convex", True)],
      "log = x^2", "log-concave", LOGC),
    E("2*log(x)", ["x"], [
        (r"$x^2$ is log-convex on $x > 0$", "convex", False)],
      "log = 2 log x is concave", "log-concave", LOGC, dom=["x > 0"], box=[P]),
    # ---------------- exponential families: log-partition functions ----------------
    E("-eta_1**2/(4*eta_2) - log(-2*eta_2)/2", ["eta_1", "eta_2"], [
        (r"The Gaussian log-partition $A(\eta) = -\frac{\eta_1^2}{4\eta_2} - \frac{1}{2}\log(-2\eta_2)$ is convex on $\eta_2 < 0$",
         "convex", True)],
      "eta_1^2/(-4 eta_2) quadratic over linear, -log(-eta_2) convex", "log-partition", EXPF,
      dom=["eta_2 < 0"], box=[R, (-6, -1 / 64)]),
    E("loggamma(x) - x*log(y)", ["x", "y"], [
        (r"The gamma family's log-partition $\ln\Gamma(\alpha) - \alpha\ln\beta$ is convex on $\alpha > 0, \beta > 0$",
         "convex", True)],
      "Hessian [[psi'(a), -1/b], [-1/b, a/b^2]]: det (a psi'(a) - 1)/b^2 > 0 since psi'(a) > 1/a", "log-partition",
      EXPF, dom=["x > 0", "y > 0"], box=[(1 / 8, 6), (1 / 8, 6)]),
    E("exp(theta) - y*theta", ["theta"], [
        (r"The Poisson negative log-likelihood $e^{\theta} - y\theta$ is convex in $\theta$ for every $y \ge 0$", "convex", True)],
      "f'' = e^theta", "log-partition", EXPF, params={"y": ["0", "3"]}),
    E("log(exp(z_1) + exp(z_2) + exp(z_3)) - z_1", ["z_1", "z_2", "z_3"], [
        (r"The softmax cross-entropy $\log(e^{z_1} + e^{z_2} + e^{z_3}) - z_1$ is convex", "convex", True),
        (r"The softmax cross-entropy $\log(e^{z_1} + e^{z_2} + e^{z_3}) - z_1$ is strictly convex", "sconvex", False)],
      "log-sum-exp minus linear; affine along (1,1,1)", "log-partition", ML, box=[(-3, 3)] * 3),
    E("-log(exp(z_1)/(exp(z_1) + exp(z_2)))", ["z_1", "z_2"], [
        (r"$-\log\frac{e^{z_1}}{e^{z_1} + e^{z_2}}$ is convex in $z_1, z_2$", "convex", True)],
      "= log(e^{z_1} + e^{z_2}) - z_1", "log-partition", ML, box=[(-3, 3)] * 2),
    # ---------------- ML losses ----------------
    E("Max(0, 1 - y*(w*x + b))", ["w", "b"], [
        (r"The hinge loss $\max(0, 1 - y(wx + b))$ is convex in $w, b$ for fixed $x, y$", "convex", True)],
      "max of affine functions of (w, b)", "ml-loss", ML, params={"x": ["1", "-2"], "y": ["1", "-1"]}),
    E("Max(0, 1 - t)**2", ["t"], [
        (r"The squared hinge loss $\max(0, 1 - t)^2$ is strictly convex", "sconvex", False)],
      "square of a nonnegative convex function; zero for t >= 1", "ml-loss", ML),
    E("log(1 + exp(-y*(w*x + b)))", ["w", "b"], [
        (r"The logistic loss $\log(1 + \exp(-y(wx + b)))$ is convex in $(w, b)$ for fixed $x$ and $y$", "convex", True),
        (r"The logistic loss $\log(1 + \exp(-y(wx + b)))$ is strictly convex in $(w, b)$ for fixed $x$ and $y$",
         "sconvex", False)],
      "softplus of an affine function; constant along directions with y(dw x + db) = 0", "ml-loss", ML,
      params={"x": ["2", "-1"], "y": ["1", "-1"]}),
    E("log(1 + exp(z))", ["z"], [
        (r"$\mathrm{softplus}(z) = \log(1 + e^z)$ is concave", "concave", False)],
      "f'' = sigma(z)(1 - sigma(z)) > 0", "ml-loss", ACT),
    E("Piecewise((x**2/2, Abs(x) <= delta), (delta*(Abs(x) - delta/2), True))", ["x"], [
        (r"The Huber loss $L_\delta(x) = \begin{cases} \frac{1}{2}x^2 & |x| \le \delta \\ \delta(|x| - \frac{1}{2}\delta) & \text{otherwise} \end{cases}$ is convex for $\delta > 0$",
         "convex", True)],
      "C^1 with nondecreasing derivative", "ml-loss", ML, params={"delta": ["1/2", "2"]}),
    E("Piecewise((x**2/2, Abs(x) <= 1), (Abs(x) - Rational(1, 2), True))", ["x"], [
        (r"The Huber loss with $\delta = 1$, $\frac{1}{2}x^2$ for $|x| \le 1$ and $|x| - \frac{1}{2}$ otherwise, is strictly convex",
         "sconvex", False)],
      "affine for |x| > 1", "ml-loss", ML),
    E("delta**2*(sqrt(1 + (x/delta)**2) - 1)", ["x"], [
        (r"The pseudo-Huber loss $\delta^2\left(\sqrt{1 + (x/\delta)^2} - 1\right)$ is strictly convex for $\delta > 0$",
         "sconvex", True)],
      "f'' = (1 + (x/delta)^2)^{-3/2} > 0", "ml-loss", ML, params={"delta": ["1/2", "1", "3"]}),
    E("Max(tau*x, (tau - 1)*x)", ["x"], [
        (r"The pinball loss $\max(\tau x, (\tau - 1)x)$ is convex for $0 < \tau < 1$", "convex", True)],
      "max of linear functions", "ml-loss", ML, params={"tau": ["1/4", "1/2", "9/10"]}),
    E("Max(x/4, -3*x/4)", ["x"], [
        (r"The quantile loss $\max(\frac{x}{4}, -\frac{3x}{4})$ is strictly convex", "sconvex", False)],
      "piecewise linear", "ml-loss", ML),
    E("Max(0, Abs(x) - epsilon)", ["x"], [
        (r"The $\epsilon$-insensitive loss $\max(0, |x| - \epsilon)$ is convex for $\epsilon > 0$", "convex", True)],
      "max of convex", "ml-loss", ML, params={"epsilon": ["1/10", "1"]}),
    E("-p*log(q)", ["q"], [
        (r"The cross-entropy term $-p\log q$ is convex in $q$ on $q > 0$ for $p > 0$", "convex", True)],
      "f'' = p/q^2", "ml-loss", ML, dom=["q > 0"], box=[P], params={"p": ["1/3", "2"]}),
    E("-y*log(p) - (1 - y)*log(1 - p)", ["p"], [
        (r"The binary cross-entropy $-y\log p - (1 - y)\log(1 - p)$ is convex in $p$ on $0 < p < 1$ for $0 \le y \le 1$",
         "convex", True)],
      "f'' = y/p^2 + (1 - y)/(1 - p)^2 >= 0", "ml-loss", ML, dom=["p > 0", "p < 1"], box=[(0, 1)],
      params={"y": ["0", "1/3", "1"]}),
    E("-y*log(1/(1 + exp(-z))) - (1 - y)*log(1 - 1/(1 + exp(-z)))", ["z"], [
        (r"$-y\log\sigma(z) - (1 - y)\log(1 - \sigma(z))$ is convex in $z$ for $0 \le y \le 1$", "convex", True)],
      "= y softplus(-z) + (1 - y) softplus(z)", "ml-loss", ML, params={"y": ["0", "1/2", "1"]}),
    E("(1/(1 + exp(-w)) - 1)**2", ["w"], [
        (r"The squared error of a sigmoid unit $(\sigma(w) - 1)^2$ is convex in $w$", "convex", False)],
      "decreasing from 1 to 0 with an inflection", "ml-loss", ML, box=[(-6, 6)]),
    E("(1/(1 + exp(-w)))**2", ["w"], [
        (r"$(\sigma(w x) - y)^2$ with $x = 1$, $y = 0$ is not convex in $w$", "notconvex", True)],
      "sigma(w)^2 is increasing and bounded", "ml-loss", ML, box=[(-6, 6)]),
    E("exp(-(w_1 + 2*w_2))", ["w_1", "w_2"], [
        (r"The exponential loss $e^{-(w_1 + 2w_2)}$ is strictly convex in $(w_1, w_2)$", "sconvex", False),
        (r"The exponential loss $e^{-(w_1 + 2w_2)}$ is convex in $(w_1, w_2)$", "convex", True)],
      "constant along (2, -1)", "ml-loss", ML, box=[(-3, 3)] * 2),
    E("Abs(w_1) + Abs(w_2) + w_1**2 + w_2**2", ["w_1", "w_2"], [
        (r"The elastic-net penalty $\|w\|_1 + \|w\|_2^2$ is strictly convex for $w \in \mathbb{R}^2$", "sconvex", True)],
      "strictly convex plus convex", "ml-loss", ML),
    E("Abs(w_1) + Abs(w_2)", ["w_1", "w_2"], [
        (r"The lasso penalty $\|w\|_1$ is strictly convex on $\mathbb{R}^2$", "sconvex", False)],
      "linear on each orthant", "ml-loss", ML),
    E("l1*Abs(w) + l2*w**2", ["w"], [
        (r"$\lambda_1 |w| + \lambda_2 w^2$ is convex in $w$ for $\lambda_1 \ge 0$ and $\lambda_2 \ge 0$", "convex", True)],
      "nonnegative combination of convex", "ml-loss", ML, params={"l1": ["0", "2"], "l2": ["0", "1/2"]}),
    E("c**2/2*log(1 + (x/c)**2)", ["x"], [
        (r"The Cauchy loss $\frac{c^2}{2}\log(1 + (x/c)^2)$ is convex for $c > 0$", "convex", False)],
      "f'' < 0 for |x| > c", "ml-loss", ML, box=[(-6, 6)], params={"c": ["1", "2"]}),
    E("1 - exp(-x**2/2)", ["x"], [
        (r"The Welsch loss $1 - e^{-x^2/2}$ is convex", "convex", False)],
      "bounded and nonconstant", "ml-loss", ML, box=[(-5, 5)]),
    E("log(cosh(x - y))", ["x", "y"], [
        (r"The log-cosh loss $\log\cosh(x - y)$ is convex in $(x, y)$", "convex", True),
        (r"The log-cosh loss $\log\cosh(x - y)$ is strictly convex in $(x, y)$", "sconvex", False)],
      "log cosh composed with a linear map; constant along (1, 1)", "ml-loss", ML),
    E("lam*x - log(lam)", ["lam"], [
        (r"The exponential negative log-likelihood $\lambda x - \log\lambda$ is convex in $\lambda$ on $\lambda > 0$ for $x > 0$",
         "convex", True)],
      "f'' = 1/lambda^2", "ml-loss", ML, dom=["lam > 0"], box=[P], params={"x": ["1/2", "3"]}),
    E("-log(tau)/2 + tau/2*(x - mu)**2", ["mu", "tau"], [
        (r"The Gaussian negative log-likelihood $-\frac{1}{2}\log\tau + \frac{\tau}{2}(x - \mu)^2$ is jointly convex in $(\mu, \tau)$ on $\tau > 0$",
         "convex", False)],
      "Hessian [[tau, -(x - mu)], [-(x - mu), 1/(2tau^2)]]: det 1/(2 tau) - (x - mu)^2 < 0 far from x",
      "ml-loss", ML, dom=["tau > 0"], box=[R, P], params={"x": ["0", "1"]}),
    E("log(sigma) + (x - mu)**2/(2*sigma**2)", ["sigma"], [
        (r"$\log\sigma + \frac{(x - \mu)^2}{2\sigma^2}$ is convex in $\sigma$ on $\sigma > 0$ for fixed $x \ne \mu$",
         "convex", False)],
      "f'' = -1/sigma^2 + 3(x - mu)^2/sigma^4 < 0 for sigma^2 > 3(x - mu)^2", "ml-loss", ML,
      dom=["sigma > 0"], box=[(1 / 16, 20)], params={"x": ["1"], "mu": ["0"]}),
    E("(y - exp(w))**2/2", ["w"], [
        (r"The squared loss of an exponential model $\frac{1}{2}(y - e^{w})^2$ is convex in $w$ for $y > 0$", "convex", False)],
      "f'' = e^w(2e^w - y) < 0 for e^w < y/2", "ml-loss", ML, box=[(-5, 3)], params={"y": ["2"]}),
    E("log(1 + exp(w_1*w_2))", ["w_1", "w_2"], [
        (r"$\log(1 + e^{w_1 w_2})$ is convex in $w_1, w_2$", "convex", False)],
      "at 0: Hessian [[0, 1/2], [1/2, 0]]", "ml-loss", ML, box=[(-3, 3)] * 2),
    E("w**2/2 + C*Max(0, 1 - w)", ["w"], [
        (r"The SVM objective $\frac{1}{2}w^2 + C\max(0, 1 - w)$ is strictly convex in $w$ for $C > 0$", "sconvex", True)],
      "strictly convex plus convex", "ml-loss", ML, params={"C": ["1/2", "5"]}),
    E("(x - 1)**2/(1 - x**2)", ["x"], [
        (r"$\frac{(x - 1)^2}{1 - x^2}$ is convex on $(-1, 1)$", "convex", True)],
      "= (1 - x)/(1 + x) = -1 + 2/(1 + x)", "boyd-additional", BVA, dom=["x > -1", "x < 1"], box=[(-1, 1)]),
    # ---------------- activations ----------------
    E("Max(0, x)**2", ["x"], [
        (r"$\mathrm{ReLU}(x)^2$ is convex", "convex", True),
        (r"$\operatorname{ReLU}(x)^2$ is strictly convex", "sconvex", False)],
      "square of a nonnegative convex function; zero on x <= 0", "activation", ACT),
    E("Max(alpha*x, x)", ["x"], [
        (r"The leaky ReLU $\max(\alpha x, x)$ is convex for $0 < \alpha < 1$", "convex", True)],
      "max of linear", "activation", ACT, params={"alpha": ["1/100", "1/2"]}),
    E("Min(x/10, x)", ["x"], [
        (r"$\min(x/10, x)$ is convex", "convex", False)],
      "min of two different linear functions is concave, not affine", "activation", ACT),
    E("Piecewise((x, x > 0), (exp(x) - 1, True))", ["x"], [
        (r"The ELU $\begin{cases} x & x > 0 \\ e^x - 1 & x \le 0 \end{cases}$ is convex", "convex", True)],
      "derivative e^x on x < 0 rises to 1 = slope on x > 0: nondecreasing", "activation", ACT),
    E("Piecewise((x, x > 0), (2*(exp(x) - 1), True))", ["x"], [
        (r"The ELU with $\alpha = 2$, $x$ for $x > 0$ and $2(e^x - 1)$ for $x \le 0$, is convex", "convex", False)],
      "left slope 2 at 0 exceeds the right slope 1", "activation", ACT),
    E("x/2*(1 + erf(x/sqrt(2)))", ["x"], [
        (r"The GELU $\frac{x}{2}\left(1 + \operatorname{erf}(x/\sqrt{2})\right)$ is not convex", "notconvex", True)],
      "GELU'' = phi(x)(2 - x^2) < 0 for |x| > sqrt 2", "activation", ACT, box=[(-5, 5)]),
    E("x/(1 + exp(-x))", ["x"], [
        (r"The SiLU $x\sigma(x)$ is convex on $[-2, 2]$", "convex", True)],
      "f'' = sigma(1 - sigma)(2 + x(1 - 2 sigma)) > 0 for |x| < 2.39", "activation", ACT,
      dom=["x >= -2", "x <= 2"], box=[(-2, 2)]),
    E("x/(1 + exp(-x))", ["x"], [
        (r"The swish $\frac{x}{1 + e^{-x}}$ is convex on $[-3, 3]$", "convex", False)],
      "f'' < 0 for 2.4 < |x| <= 3", "activation", ACT, dom=["x >= -3", "x <= 3"], box=[(-3, 3)]),
    E("log(1 - 1/(1 + exp(-x)))", ["x"], [
        (r"$\log(1 - \sigma(x))$ is strictly concave", "sconcave", True)],
      "= -softplus(x)", "activation", ACT),
    E("exp(x)/(exp(x) + exp(y))", ["x", "y"], [
        (r"The softmax probability $\frac{e^x}{e^x + e^y}$ is concave in $x, y$", "concave", False)],
      "= sigma(x - y), convex where x < y", "activation", ACT, box=[(-4, 4)] * 2),
    E("Max(0, Max(0, x) - 1)", ["x"], [
        (r"$\rho(\rho(x) - 1)$ is convex where $\rho(t) = \max(0, t)$", "convex", True)],
      "= max(0, x - 1)", "activation", ACT),
    E("Max(0, x - 1) + Max(0, -x - 1)", ["x"], [
        (r"$\rho(x - 1) + \rho(-x - 1)$ is convex where $\rho(t) = \max\{0, t\}$", "convex", True),
        (r"$\rho(x - 1) + \rho(-x - 1)$ is strictly convex where $\rho(t) = \max\{0, t\}$", "sconvex", False)],
      "sum of convex; zero on [-1, 1]", "activation", ACT),
    # ---------------- affine and neither ----------------
    E("log(exp(x)) + 2", ["x"], [
        (r"$\log(e^{x}) + 2$ is affine", "affine", True)],
      "= x + 2", "affine", SJL),
    E("log(2**x*3**y)", ["x", "y"], [
        (r"$\log(2^x 3^y)$ is affine", "affine", True)],
      "= x log 2 + y log 3", "affine", PLAIN),
    E("sqrt(x**2)", ["x"], [
        (r"$\sqrt{x^2}$ is affine", "affine", False),
        (r"$\sqrt{x^2}$ is convex", "convex", True)],
      "= |x|", "affine", SJL),
    E("exp(log(x))", ["x"], [
        (r"$e^{\ln x}$ is affine on $x > 0$", "affine", True)],
      "= x", "affine", PLAIN, dom=["x > 0"], box=[P]),
    E("x + 1", ["x"], [
        (r"$\frac{x^2 - 1}{x - 1}$ is affine on $x > 1$", "affine", True)],
      "(x^2 - 1)/(x - 1) = x + 1 for x != 1 (the spec writes the cancelled form: float cancellation in the Hessian)", "affine", MIT1, dom=["x > 1"], box=[(1, 6)]),
    E("Abs(x) - x", ["x"], [
        (r"$|x| - x$ is affine", "affine", False)],
      "= 2 max(0, -x)", "affine", SJL),
    E("Max(x, y) + Min(x, y)", ["x", "y"], [
        (r"$\max(x, y) + \min(x, y)$ is affine", "affine", True)],
      "= x + y", "affine", HUL),
    E("sinh(x)", ["x"], [
        (r"$\sinh x$ is neither convex nor concave", "neither", True)],
      "odd, f'' = sinh x", "neither", THOM, box=[(-3, 3)]),
    E("x**3", ["x"], [
        (r"$x^3$ is neither convex nor concave on $\mathbb{R}$", "neither", True)],
      "f'' = 6x", "neither", THOM),
    E("Abs(x) + Abs(y) - Abs(x + y)", ["x", "y"], [
        (r"$|x| + |y| - |x + y|$ is convex", "convex", False),
        (r"$|x| + |y| - |x + y|$ is neither convex nor concave", "neither", True)],
      "= 2 min(x, -y) on x > 0 > y (concave there), zero on same-sign quadrants", "neither", HUL),
    E("sqrt(Abs(x))", ["x"], [
        (r"$\sqrt{|x|}$ is concave", "concave", False),
        (r"$\sqrt{|x|}$ is convex", "convex", False)],
      "minimum 0 at 0, concave on each side", "neither", SJL),
    # ---------------- max / min compositions ----------------
    E("Max(x + y, x - y, -x)", ["x", "y"], [
        (r"$\max\{x + y, x - y, -x\}$ is convex", "convex", True),
        (r"$\max\{x + y, x - y, -x\}$ is strictly convex", "sconvex", False),
        (r"$\max\{x + y, x - y, -x\}$ is affine", "affine", False)],
      "max of linear", "max-min", BVA),
    E("Min(x, y, 0)", ["x", "y"], [
        (r"$\min(x, y, 0)$ is concave", "concave", True)],
      "min of linear", "max-min", BVA),
    E("Max(x**2, y**2)", ["x", "y"], [
        (r"$\max(x^2, y^2)$ is convex", "convex", True)],
      "max of convex", "max-min", BVA),
    E("Max(x, y)**2", ["x", "y"], [
        (r"$\max(x, y)^2$ is convex", "convex", False)],
      "at (-2, 0), (0, -2): 0, 0; midpoint (-1, -1): 1", "max-min", BVA),
    E("Max(x, y, 0)**2", ["x", "y"], [
        (r"$\max(x, y, 0)^2$ is convex", "convex", True)],
      "square of a nonnegative convex function", "max-min", BVA),
    E("Min(exp(x), 1 - x)", ["x"], [
        (r"$\min(e^x, 1 - x)$ is concave", "concave", False)],
      "= e^x for x < 0: strictly convex there", "max-min", SJL),
    E("Min(log(x), 2 - x)", ["x"], [
        (r"$\min(\log x, 2 - x)$ is concave on $x > 0$", "concave", True)],
      "min of concave", "max-min", SJL, dom=["x > 0"], box=[P]),
    E("Abs(x)**2 + Abs(x)**3", ["x"], [
        (r"$|x|^2 + |x|^3$ is strictly convex", "sconvex", True)],
      "x^2 + |x|^3", "max-min", SJL),
    # ---------------- B&V additional, more ----------------
    E("(x**2 + y**2)/(x + y)", ["x", "y"], [
        (r"$\frac{x^2 + y^2}{x + y}$ is convex on $x + y > 0$", "convex", True)],
      "sum of two quadratic-over-linear terms", "boyd-additional", BVA, dom=["x + y > 0"]),
    E("1/(x - y)", ["x", "y"], [
        (r"$\frac{1}{x - y}$ is convex on $x > y$", "convex", True)],
      "1/t convex on t > 0 composed with a linear map", "boyd-additional", BVA, dom=["x > y"]),
    E("x**2/y + y**2/x", ["x", "y"], [
        (r"$\frac{x^2}{y} + \frac{y^2}{x}$ is convex on $x > 0, y > 0$", "convex", True)],
      "sum of quadratic-over-linear", "boyd-additional", BVA, dom=["x > 0", "y > 0"], box=[P, P]),
    E("sqrt(x**2 + y**2 + 1)", ["x", "y"], [
        (r"$\sqrt{x^2 + y^2 + 1}$ is strictly convex", "sconvex", True)],
      "Hessian ((1 + r^2) I - v v^T)/(1 + r^2)^{3/2} PD", "boyd-additional", BVA),
    E("x*y/(x + y)", ["x", "y"], [
        (r"$\frac{xy}{x + y}$ is concave on $\mathbb{R}^2_{++}$", "concave", True)],
      "half the harmonic mean", "boyd-additional", BVA, dom=["x > 0", "y > 0"], box=[P, P]),
    E("(x*y)**2", ["x", "y"], [
        (r"$(xy)^2$ is convex on $x > 0, y > 0$", "convex", False)],
      "Hessian [[2y^2, 4xy], [4xy, 2x^2]]: det -12 x^2 y^2 < 0", "boyd-additional", BVA,
      dom=["x > 0", "y > 0"], box=[P, P]),
    E("x**2/y**3", ["x", "y"], [
        (r"$\frac{x^2}{y^3}$ is convex on $y > 0$", "convex", False)],
      "Hessian det: (2/y^3)(12x^2/y^5) - (6x/y^4)^2 = -12x^2/y^8 < 0", "boyd-additional", BVA,
      dom=["y > 0"], box=[R, P]),
    E("x**3/y**2", ["x", "y"], [
        (r"$\frac{x^3}{y^2}$ is convex on $x > 0, y > 0$", "convex", True)],
      "perspective of x^3 (x > 0): power over linear", "boyd-additional", BVA,
      dom=["x > 0", "y > 0"], box=[P, P]),
    E("log(x) + log(y) - log(x + y)", ["x", "y"], [
        (r"$\log x + \log y - \log(x + y)$ is concave on $x > 0, y > 0$", "concave", True)],
      "= log(xy/(x + y)), log of a concave positive function", "boyd-additional", BVA,
      dom=["x > 0", "y > 0"], box=[P, P]),
    E("-log(x) - log(y) + log(x + y)", ["x", "y"], [
        (r"$\log\left(\frac{1}{x} + \frac{1}{y}\right)$ is convex on $x > 0, y > 0$", "convex", True)],
      "= -log(xy/(x + y))", "boyd-additional", BVA, dom=["x > 0", "y > 0"], box=[P, P]),
    E("log(exp(x) + exp(2*x))", ["x"], [
        (r"$\log(e^x + e^{2x})$ is strictly convex", "sconvex", True)],
      "f'' = e^{3x}/(e^x + e^{2x})^2 > 0", "boyd-additional", BVA, box=[(-3, 3)]),
    E("x**2 - x*y", ["x", "y"], [
        (r"$x^2 - xy$ is convex in $x$ for fixed $y$", "convex", True)],
      "f_xx = 2", "boyd-additional", BVA, params={"y": ["-2", "3"]}),
    E("x**2 - x*y", ["x", "y"], [
        (r"$x^2 - xy$ is jointly convex in $x, y$", "convex", False)],
      "Hessian [[2, -1], [-1, 0]]: det -1", "boyd-additional", BVA),
    # ---------------- definitions ("where"), compositions ----------------
    E("exp(x**2)", ["x"], [
        (r"$f(g(x))$ is convex where $f(u) = e^u$ and $g(x) = x^2$", "convex", True)],
      "increasing convex of convex", "definitions", BERT, box=[(-2, 2)]),
    E("x**2 + Abs(x)", ["x"], [
        (r"$h(x) = f(x) + g(x)$ is strictly convex where $f(x) = x^2$ and $g(x) = |x|$", "sconvex", True)],
      "strictly convex plus convex", "definitions", HUL),
    E("log(1 + exp(-w)) + lam/2*w**2", ["w"], [
        (r"$\phi(w) = \ell(w) + \frac{\lambda}{2}w^2$ is strictly convex in $w$ for $\lambda > 0$, where $\ell(w) = \log(1 + e^{-w})$",
         "sconvex", True)],
      "convex plus strictly convex", "definitions", ML, params={"lam": ["1/10", "2"]}),
    E("(x**2 - 1)**2", ["x"], [
        (r"$g(x) = \psi(x)^2$ is convex where $\psi(x) = x^2 - 1$", "convex", False)],
      "double well: g'' = 12x^2 - 4 < 0 near 0", "definitions", NW, box=[(-2, 2)]),
    E("sqrt(1 + x**2) + sqrt(1 + y**2)", ["x", "y"], [
        (r"$F(x, y) = \phi(x) + \phi(y)$ is strictly convex where $\phi(t) = \sqrt{1 + t^2}$", "sconvex", True)],
      "separable strictly convex", "definitions", HUL),
    E("-log(x) - log(1 - x)", ["x"], [
        (r"$B(x) = -\log x - \log(1 - x)$ is strictly convex on $0 < x < 1$", "sconvex", True)],
      "the log barrier of [0, 1]", "definitions", NW, dom=["x > 0", "x < 1"], box=[(0, 1)]),
    E("x*log(x) + (1 - x)*log(1 - x)", ["x"], [
        (r"The negative binary entropy $x\log x + (1 - x)\log(1 - x)$ is convex on $(0, 1)$", "convex", True)],
      "f'' = 1/x + 1/(1 - x)", "definitions", ML, dom=["x > 0", "x < 1"], box=[(0, 1)]),
    E("-x*log(x) - y*log(y)", ["x", "y"], [
        (r"The entropy $H(p) = -p_1\log p_1 - p_2\log p_2$ is concave on $p_1 > 0, p_2 > 0$", "concave", True)],
      "sum of concave", "definitions", ML, dom=["x > 0", "y > 0"], box=[P, P]),
    # ---------------- vectors and matrices ----------------
    E("Max(Abs(x_1), Abs(x_2))", ["x_1", "x_2"], [
        (r"$\|x\|_\infty$ is convex for $x \in \mathbb{R}^2$", "convex", True),
        (r"$\|x\|_\infty$ is strictly convex on $\mathbb{R}^2$", "sconvex", False)],
      "a norm", "vectors", BL),
    E("x_1**2 + x_2**2 + x_3**2", ["x_1", "x_2", "x_3"], [
        (r"$\|x\|_2^2$ is strictly convex for $x \in \mathbb{R}^3$", "sconvex", True)],
      "Hessian 2I", "vectors", BL),
    E("5*(x_1 + 2*x_2)**2", ["x_1", "x_2"], [
        (r"$\|Ax\|_2^2$ is strictly convex where $A = \begin{pmatrix} 1 & 2 \\ 2 & 4 \end{pmatrix}$", "sconvex", False),
        (r"$\|Ax\|_2^2$ is convex where $A = \begin{pmatrix} 1 & 2 \\ 2 & 4 \end{pmatrix}$", "convex", True)],
      "A is singular: = 5(x_1 + 2x_2)^2", "vectors", NW),
    E("(x_1 + x_2)**2", ["x_1", "x_2"], [
        (r"$x^\top A x$ is strictly convex where $A = \begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix}$", "sconvex", False),
        (r"$x^\top A x$ is convex where $A = \begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix}$", "convex", True)],
      "x^T A x = x_1^2 + 2 x_1 x_2 + x_2^2 = (x_1 + x_2)^2: only the symmetric part counts", "vectors", PYO),
    E("x_1**2 - 2*x_1*x_2 + 3*x_2**2", ["x_1", "x_2"], [
        (r"$x^\top A x$ is strictly convex where $A = \begin{pmatrix} 1 & 0 \\ -2 & 3 \end{pmatrix}$", "sconvex", True)],
      "symmetric part [[1, -1], [-1, 3]] PD", "vectors", PYO),
    E("sqrt(x_1**2 + x_2**2 + x_3**2)", ["x_1", "x_2", "x_3"], [
        (r"The Euclidean norm $\|x\|_2$ is convex on $\mathbb{R}^3$", "convex", True),
        (r"The Euclidean norm $\|x\|_2$ is concave on $\mathbb{R}^3$", "concave", False)],
      "a norm", "vectors", BL),
    E("(x_1 - 1)**2 + (x_1 + x_2 - 2)**2", ["x_1", "x_2"], [
        (r"The least-squares objective $\|Ax - b\|_2^2$ with $A = \begin{pmatrix} 1 & 0 \\ 1 & 1 \end{pmatrix}$ and $b = (1, 2)$ is strictly convex",
         "sconvex", True)],
      "A invertible: Hessian 2A^T A PD", "vectors", NW),
    # ---------------- parameters ----------------
    E("a*x**2 + b*x + c", ["x"], [
        (r"$a x^2 + b x + c$ is convex in $x$ for $a \ge 0$", "convex", True)],
      "f'' = 2a", "parameters", STEW, params={"a": ["0", "2"], "b": ["-1", "3"], "c": ["5"]}),
    E("x**p", ["x"], [
        (r"$x^p$ is convex on $x > 0$ for $p \ge 1$", "convex", True)],
      "f'' = p(p - 1)x^{p-2}", "parameters", ROCK, dom=["x > 0"], box=[P], params={"p": ["1", "3/2", "4"]}),
    E("x**p", ["x"], [
        (r"$x^p$ is concave on $x > 0$ for $p \in (0, 1)$", "concave", True)],
      "f'' = p(p - 1)x^{p-2} < 0", "parameters", ROCK, dom=["x > 0"], box=[P], params={"p": ["1/4", "1/2", "9/10"]}),
    E("1/x**p", ["x"], [
        (r"$\frac{1}{x^p}$ is convex on $x > 0$ for $p > 0$", "convex", True)],
      "f'' = p(p + 1)x^{-p-2}", "parameters", ROCK, dom=["x > 0"], box=[P], params={"p": ["1/2", "1", "3"]}),
    E("log(a + x)", ["x"], [
        (r"$\log(a + x)$ is concave on $x > -a$", "concave", True)],
      "f'' = -1/(a + x)^2", "parameters", BVA, dom=["x > -a"], box=[(-3, 6)], params={"a": ["-1", "0", "2"]}),
    E("-log(b - a*x)", ["x"], [
        (r"$-\log(b - ax)$ is convex on $ax < b$", "convex", True)],
      "-log of an affine function", "parameters", BVA, dom=["a*x < b"], box=[(-6, 6)],
      params={"a": ["1", "-2"], "b": ["1", "3"]}),
    E("x**3 + a*x", ["x"], [
        (r"$x^3 + ax$ is convex on $x > 0$ for every $a$", "convex", True)],
      "f'' = 6x", "parameters", STEW, dom=["x > 0"], box=[P], params={"a": ["-3", "0", "2"]}),
    E("a*x**3", ["x"], [
        (r"$a x^3$ is convex on $x \ge 0$ for $a \ge 0$", "convex", True)],
      "f'' = 6ax", "parameters", STEW, dom=["x >= 0"], box=[(0, 4)], params={"a": ["0", "1", "5/2"]}),
    E("x**4 + c*x**2", ["x"], [
        (r"$x^4 + c x^2$ is convex in $x$ for every real $c$", "convex", False)],
      "c = -1: f'' = 12x^2 - 2 < 0 at 0", "parameters", MIT1, box=[(-2, 2)], params={"c": ["-1", "1"]}),
    E("x**4 + k*x**2", ["x"], [
        (r"$x^4 + k x^2$ is convex for $k \ge 0$", "convex", True)],
      "f'' = 12x^2 + 2k >= 0", "parameters", MIT1, box=[(-2, 2)], params={"k": ["0", "1/2", "3"]}),
    E("exp(a*x) + exp(-a*x)", ["x"], [
        (r"$e^{ax} + e^{-ax}$ is convex in $x$ for every $a$", "convex", True)],
      "f'' = a^2(e^{ax} + e^{-ax}) >= 0", "parameters", HUL, box=[(-2, 2)], params={"a": ["0", "1", "-3/2"]}),
    E("x**2 - a*x*y + y**2", ["x", "y"], [
        (r"$x^2 - a x y + y^2$ is convex for $|a| \le 2$", "convex", True)],
      "Hessian [[2, -a], [-a, 2]]: det 4 - a^2 >= 0", "parameters", MIT2, params={"a": ["-2", "0", "1", "2"]}),
    E("x**2 - a*x*y + y**2", ["x", "y"], [
        (r"$x^2 - a x y + y^2$ is convex for $a \ge 0$", "convex", False)],
      "a = 3: det 4 - 9 < 0", "parameters", MIT2, params={"a": ["0", "3"]}),
    E("x**2 - a*x*y + y**2", ["x", "y"], [
        (r"$x^2 - axy + y^2$ is strictly convex for $-2 < a < 2$", "sconvex", True)],
      "det 4 - a^2 > 0", "parameters", MIT2, params={"a": ["-3/2", "0", "19/10"]}),
    E("x**2 - 2*x*y + y**2", ["x", "y"], [
        (r"$x^2 - a x y + y^2$ with $a = 2$ is strictly convex", "sconvex", False)],
      "= (x - y)^2", "parameters", MIT2),
    E("x**alpha*y**beta", ["x", "y"], [
        (r"$x^{\alpha} y^{\beta}$ is concave on $\mathbb{R}^2_{++}$ for $\alpha, \beta \ge 0$ with $\alpha + \beta \le 1$",
         "concave", True)],
      "Cobb-Douglas with nonincreasing returns", "parameters", DGP, dom=["x > 0", "y > 0"], box=[P, P],
      params={"alpha": ["1/4", "1/2"], "beta": ["1/4", "1/2"]}),
    E("x**alpha*y**beta", ["x", "y"], [
        (r"The Cobb-Douglas function $x^{\alpha} y^{\beta}$ is concave on $x > 0, y > 0$ for $\alpha, \beta > 0$",
         "concave", False)],
      "alpha = beta = 1: xy", "parameters", DGP, dom=["x > 0", "y > 0"], box=[P, P],
      params={"alpha": ["1/3", "1"], "beta": ["1/3", "1"]}),
    # ---------------- pasted plain text ----------------
    E('x**2*exp(x)', ['x'], [
        ('x^2*exp(x) is convex', 'convex', False)],
      "f'' = e^x(x^2 + 4x + 2) < 0 near -2", "plain-text", PLAIN, dom=[], box=None),
    E('log(x)**2', ['x'], [
        ('log(x)^2 is convex for x > 0', 'convex', False)],
      "f'' = 2(1 - ln x)/x^2 < 0 for x > e", "plain-text", PLAIN, dom=['x > 0'], box=[(1/16, 20)]),
    E('x**3 - x', ['x'], [
        ('x^3 - x is convex', 'convex', False)],
      "f'' = 6x", "plain-text", PLAIN, dom=[], box=None),
    E('sin(x)', ['x'], [
        ('sin(x) is convex', 'convex', False)],
      'periodic, nonconstant', "plain-text", PLAIN, dom=[], box=[(-7, 7)]),
    E('x*sin(x)', ['x'], [
        ('x*sin(x) is convex on [-1, 1]', 'convex', True)],
      "f'' = 2cos x - x sin x > 0 on [-1, 1]", "plain-text", PLAIN, dom=['x >= -1', 'x <= 1'], box=[(-1, 1)]),
    E('x*sin(x)', ['x'], [
        ('x sin(x) is convex', 'convex', False)],
      "f'' = 2cos x - x sin x < 0 at pi", "plain-text", PLAIN, dom=[], box=[(-7, 7)]),
    E('sqrt(x)', ['x'], [
        ('sqrt(x) is convex on x > 0', 'convex', False)],
      "f'' = -x^{-3/2}/4", "plain-text", PLAIN, dom=['x > 0'], box=[P]),
    E('log(x)', ['x'], [
        ('log(x) is strictly convex for x>0', 'sconvex', False)],
      'concave', "plain-text", PLAIN, dom=['x > 0'], box=[P]),
    E('exp(-x)', ['x'], [
        ('exp(-x) is concave', 'concave', False)],
      "f'' = e^{-x} > 0", "plain-text", PLAIN, dom=[], box=None),
    E('Abs(x)', ['x'], [
        ('abs(x) is strictly convex', 'sconvex', False)],
      'linear on x > 0', "plain-text", PLAIN, dom=[], box=None),
    E('Max(x, 0)', ['x'], [
        ('max(x, 0) is strictly convex', 'sconvex', False)],
      'linear on each side', "plain-text", PLAIN, dom=[], box=None),
    E('x**2 - 4*x + 4', ['x'], [
        ('x^2 - 4x + 4 is concave', 'concave', False)],
      "f'' = 2", "plain-text", PLAIN, dom=[], box=None),
    E('sqrt(x) + sqrt(y)', ['x', 'y'], [
        ('x^(1/2) + y^(1/2) is concave for x >= 0, y >= 0', 'concave', True)],
      'sum of concave', "plain-text", PLAIN, dom=['x >= 0', 'y >= 0'], box=[(0, 5),(0, 5)]),
    E('x**2/(x**2 + 1)', ['x'], [
        ('x^2/(x^2 + 1) is convex', 'convex', False)],
      'bounded, nonconstant', "plain-text", PLAIN, dom=[], box=[(-5, 5)]),
    E('1/(1 + x**2)', ['x'], [
        ('1/(1 + x^2) is convex on x > 1', 'convex', True)],
      "f'' = (6x^2 - 2)/(1 + x^2)^3 > 0", "plain-text", PLAIN, dom=['x > 1'], box=[(1, 8)]),
    E('tanh(x)', ['x'], [
        ('tanh(x) is convex', 'convex', False)],
      'bounded, nonconstant', "plain-text", PLAIN, dom=[], box=None),
    E('exp(x) - x**2', ['x'], [
        ('exp(x) - x^2 is convex', 'convex', False)],
      "f'' = e^x - 2 < 0 for x < ln 2", "plain-text", PLAIN, dom=[], box=None),
    E('x**2 + y**2 - x*y', ['x', 'y'], [
        ('x^2 + y^2 - x*y is concave', 'concave', False)],
      'Hessian [[2, -1], [-1, 2]] PD', "plain-text", PLAIN, dom=[], box=None),
    E('x/(1 + x)', ['x'], [
        ('x/(1 + x) is convex on x > -1', 'convex', False)],
      '= 1 - 1/(1 + x), concave', "plain-text", PLAIN, dom=['x > -1'], box=[(-1, 6)]),
    E('(x - 1)**2*(x + 1)**2', ['x'], [
        ('(x - 1)^2 (x + 1)^2 is convex', 'convex', False)],
      '= (x^2 - 1)^2, double well', "plain-text", PLAIN, dom=[], box=[(-2, 2)]),
    E('log(x + y)', ['x', 'y'], [
        ('log(x + y) is convex on x + y > 0', 'convex', False)],
      'concave and not affine', "plain-text", PLAIN, dom=['x + y > 0'], box=None),
    E('1/sqrt(x)', ['x'], [
        ('1/sqrt(x) is concave for x > 0', 'concave', False)],
      "f'' = (3/4)x^{-5/2} > 0", "plain-text", PLAIN, dom=['x > 0'], box=[P]),
    E('Min(x, 1)', ['x'], [
        ('min(x, 1) is convex', 'convex', False)],
      'concave, not affine', "plain-text", PLAIN, dom=[], box=None),
    E('x**2 + Abs(x - 1)', ['x'], [
        ('x^2 + |x - 1| is convex', 'convex', True)],
      'sum of convex', "plain-text", PLAIN, dom=[], box=None),
    E('exp(2*x) - 2*exp(x)', ['x'], [
        ('e^(2x) - 2e^x is convex', 'convex', False)],
      "f'' = 2e^x(2e^x - 1) < 0 for x < -ln 2", "plain-text", PLAIN, dom=[], box=[(-5, 2)]),
    E('x*log(x)', ['x'], [
        ('x log x is concave for x > 0', 'concave', False)],
      "f'' = 1/x", "plain-text", PLAIN, dom=['x > 0'], box=[P]),
    E('2*x + 3*y - 1', ['x', 'y'], [
        ('2x + 3y - 1 is affine', 'affine', True)],
      'linear', "plain-text", PLAIN, dom=[], box=None),
    E('x**2', ['x'], [
        ('x^2 is affine', 'affine', False)],
      "f'' = 2", "plain-text", PLAIN, dom=[], box=None),
    E('cos(x)', ['x'], [
        ('cos(x) is convex on [0, pi]', 'convex', False)],
      "f'' = -cos x < 0 on [0, pi/2)", "plain-text", PLAIN, dom=['x >= 0', 'x <= pi'], box=[(0, 3.1415926)]),
    E('log(sin(x))', ['x'], [
        ('log(sin(x)) is concave on (0, pi)', 'concave', True)],
      "f'' = -csc^2 x", "plain-text", PLAIN, dom=['x > 0', 'x < pi'], box=[(0, 3.1415926)]),
    E('log(cos(x))', ['x'], [
        ('log(cos(x)) is convex on (-pi/2, pi/2)', 'convex', False)],
      "f'' = -sec^2 x", "plain-text", PLAIN, dom=['x > -pi/2', 'x < pi/2'], box=[(-1.5707963, 1.5707963)]),
    E('1/cos(x)', ['x'], [
        ('sec(x) is convex on (-pi/2, pi/2)', 'convex', True)],
      "sec'' = sec x (sec^2 x + tan^2 x) > 0", "plain-text", PLAIN, dom=['x > -pi/2', 'x < pi/2'], box=[(-1.5707963, 1.5707963)]),
    E('1/sin(x)', ['x'], [
        ('csc(x) is convex on (0, pi)', 'convex', True)],
      "csc'' = csc x (csc^2 x + cot^2 x) > 0", "plain-text", PLAIN, dom=['x > 0', 'x < pi'], box=[(0, 3.1415926)]),
    E('x**2 + 1/x', ['x'], [
        ('x^2 + 1/x is convex on x < 0', 'convex', False)],
      "f'' = 2 + 2/x^3 < 0 for -1 < x < 0", "plain-text", PLAIN, dom=['x < 0'], box=[(-4, -1/64)]),
    E('asin(x)', ['x'], [
        ('arcsin(x) is convex on [0, 1)', 'convex', True)],
      "f'' = x/(1 - x^2)^{3/2}", "plain-text", PLAIN, dom=['x >= 0', 'x < 1'], box=[(0, 1)]),
    E('asin(x)', ['x'], [
        ('arcsin(x) is concave on [-1, 1]', 'concave', False)],
      'convex on [0, 1]', "plain-text", PLAIN, dom=['x >= -1', 'x <= 1'], box=[(-1, 1)]),
    E('acos(x)', ['x'], [
        ('arccos(x) is concave on [0, 1]', 'concave', True)],
      "f'' = -x/(1 - x^2)^{3/2}", "plain-text", PLAIN, dom=['x >= 0', 'x <= 1'], box=[(0, 1)]),
    E('sqrt(1 + x)', ['x'], [
        ('sqrt(1 + x) is strictly concave on x > -1', 'sconcave', True)],
      "f'' = -(1 + x)^{-3/2}/4", "plain-text", PLAIN, dom=['x > -1'], box=[(-1, 6)]),
    E('(x + y)**2', ['x', 'y'], [
        ('(x + y)^2 is strictly convex', 'sconvex', False)],
      'constant along (1, -1)', "plain-text", PLAIN, dom=[], box=None),
    E('(x - y)**4', ['x', 'y'], [
        ('(x - y)^4 is convex', 'convex', True)],
      't^4 of a linear form', "plain-text", PLAIN, dom=[], box=[(-2, 2),(-2, 2)]),
    E('x**4 + y**4', ['x', 'y'], [
        ('x^4 + y^4 is strictly convex', 'sconvex', True)],
      'separable strictly convex', "plain-text", PLAIN, dom=[], box=[(-2, 2),(-2, 2)]),
    E('x**2*y**2 + x**2 + y**2', ['x', 'y'], [
        ('x^2 y^2 + x^2 + y^2 is convex', 'convex', False)],
      'Hessian det 4(1 + x^2 + y^2 - 3x^2y^2) < 0 at (2, 2)', "plain-text", PLAIN, dom=[], box=[(-3, 3),(-3, 3)]),
    E('x*exp(x)', ['x'], [
        ('x*e^x is convex', 'convex', False)],
      "f'' = (x + 2)e^x < 0 for x < -2", "plain-text", PLAIN, dom=[], box=[(-8, 2)]),
    E('exp(-x**2)', ['x'], [
        ('exp(-x^2) is concave on [-1/2, 1/2]', 'concave', True)],
      "f'' = (4x^2 - 2)e^{-x^2} < 0 for x^2 < 1/2", "plain-text", PLAIN, dom=['x >= -1/2', 'x <= 1/2'], box=[(-0.5, 0.5)]),
    E('x**6 - x**4', ['x'], [
        ('x^6 - x^4 is convex on x >= 1', 'convex', True)],
      "f'' = 30x^4 - 12x^2 > 0 for x >= 1", "plain-text", PLAIN, dom=['x >= 1'], box=[(1, 3)]),
    E('x**6 - x**4', ['x'], [
        ('x^6 - x^4 is convex', 'convex', False)],
      "f'' = 30x^4 - 12x^2 < 0 near 0", "plain-text", PLAIN, dom=[], box=[(-2, 2)]),
]
