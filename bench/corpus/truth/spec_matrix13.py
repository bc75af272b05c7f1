r"""Matrix and vector claims of unstated size, session 13 (blind red team): Boyd & Vandenberghe chapter 3, CVXPY's
atoms and convex-optimization course notes -- ``\log\det X`` on the positive definite cone, ``\operatorname{tr}(X^{-1})``,
``\lambda_{\max}``, ``\sigma_{\max}``, quadratic forms ``x^\top A x`` under conditions on A (``A \succeq 0``,
"positive semidefinite", "PSD", ``A \in \mathbf{S}^n_+``, indefinite, symmetric), norms of affine maps,
quad-over-lin and the matrix fractional function, affine functions, Frobenius norms, max of coordinates.

Written before running symconvex on them. The convention is the textbooks': a capital letter is a matrix of any
size, a lowercase letter transposed or in a norm is a vector of any dimension, and the claim is about every size
and every value its conditions allow. ``X \succ 0`` / ``\mathbf{S}^n_{++}`` is the cone of symmetric positive
definite matrices.

An entry (as in ``spec_vectors12.py``): ``expr`` is one concrete *member* of the claim's family by coordinates, the
witness member of a false claim (``verify_spec.py matrix13`` finds the exact counterexample on it) or a
representative member of a true one (whose ``why`` is the proof for every size, checked by hand). Symmetric 2 x 2
members are [[a, b], [b, d]]; the positive definite ones have a > 0, d > 0, a d - b^2 > 0.
"""

ENTRIES = []
NULLS = []
R = (-3, 3)
P = (0.05, 4)
SRC = "matrix13 (Boyd & Vandenberghe ch. 3, CVXPY atoms, convex-optimization course notes)"
S2 = "a b d"                                  # a symmetric 2 x 2 matrix [[a, b], [b, d]]
PD = ["a > 0", "d > 0", "a*d - b**2 > 0"]     # ... positive definite
PDBOX = [(0.5, 4), (-1, 1), (0.5, 4)]
X2 = "x1 x2"


def E(kind, expr, vars, box, claims, dom=(), params=None, why="", flat=()):
    """One member function and the claims pasted about its family."""
    vars = vars.split() if isinstance(vars, str) else list(vars)
    box = [box] * len(vars) if isinstance(box, tuple) else list(box)
    ENTRIES.append({"source": SRC, "kind": kind, "expr": expr, "vars": vars, "box": box,
                    "dom": list(dom), "params": dict(params or {}), "why": why,
                    "claims": [tuple(c) for c in claims], "flat": [tuple(map(tuple, seg)) for seg in flat]})


def N(kind, text, cause, readings=()):
    """A null row; readings: (expr, vars, dom, box, property) members whose truths must differ."""
    NULLS.append({"kind": kind, "claim": text, "why": cause, "readings": [tuple(r) for r in readings],
                  "source": SRC})


# ---------------------------------------------------------------- log det on the positive definite cone
E("logdet", "log(a*d - b**2)", S2, PDBOX, [
    (r"$\log\det X$ is concave on $X \succ 0$", "concave", True),
    (r"$\log \det X$ is concave on $\mathbf{S}^n_{++}$", "concave", True),
    (r"$f(X) = \log\det X$ is concave on $\mathbb{S}^n_{++}$", "concave", True),
    (r"$\log\det(X)$ is concave in $X$ for $X \succ 0$", "concave", True),
    (r"log det X is concave on positive definite matrices", "concave", True),
    (r"$\log\det X$ is concave over the positive definite matrices", "concave", True),
    (r"$\log \det X$ is concave for $X$ positive definite", "concave", True),
    (r"The function $\log\det(X)$ is concave on $X \in \mathbf{S}^n_{++}$", "concave", True),
    (r"$\ln\det X$ is concave on $X \succ 0$", "concave", True),
    (r"$\log\det X$ is strictly concave on $X \succ 0$", "sconcave", True),
    (r"$\log\det X$ is convex on $X \succ 0$", "convex", False),
    (r"$\log\det(X)$ is convex on $\mathbf{S}^n_{++}$", "convex", False),
    (r"$\log\det X$ is affine on $X \succ 0$", "affine", False),
    (r"$\log\det X$ is not convex on $X \succ 0$", "notconvex", True),
], dom=PD, why="log det is concave on the PD cone for every n (Boyd & Vandenberghe 3.1.5: restricted to a line "
   "X + tV it is log det X + sum_i log(1 + t l_i)); strictly: the sum has a strictly concave term when V != 0")
E("logdet", "-log(a*d - b**2)", S2, PDBOX, [
    (r"$-\log\det X$ is convex on $X \succ 0$", "convex", True),
    (r"$f(X) = -\log\det X$ is convex on $\mathbf{S}^n_{++}$", "convex", True),
    (r"$\log\det X^{-1}$ is convex on $X \succ 0$", "convex", True),
    (r"$f(X) = \log\det X^{-1}$ is convex on $\mathbf{S}^n_{++}$", "convex", True),
    (r"$\log\det(X^{-1})$ is convex for $X \succ 0$", "convex", True),
    (r"$-\log\det X$ is strictly convex on $X \succ 0$", "sconvex", True),
    (r"$-\log\det X$ is concave on $X \succ 0$", "concave", False),
    (r"$\log\det X^{-1}$ is concave on $X \succ 0$", "concave", False),
], dom=PD, why="minus a concave function; log det X^{-1} = -log det X")
E("logdet", "-log(a*d - b**2) + a + d", S2, PDBOX, [
    (r"$-\log\det X + \operatorname{tr}(SX)$ is convex in $X$ on $X \succ 0$", "convex", True),
    (r"$\operatorname{tr}(SX) - \log\det X$ is convex in $X$ on $\mathbf{S}^n_{++}$", "convex", True),
], dom=PD, why="the Gaussian negative log-likelihood: -log det (convex) plus a linear function of X; member S = I")
E("logdet", "log(a*d - b**2) + log(a*d - b**2)", S2, PDBOX, [
    (r"$2\log\det X$ is concave on $X \succ 0$", "concave", True),
], dom=PD, why="a positive multiple of a concave function")
E("det", "a*d - b**2", S2, PDBOX, [
    (r"$\det X$ is concave on $X \succ 0$", "concave", False),
    (r"$\det X$ is convex on $\mathbf{S}^n_{++}$", "convex", False),
    (r"$\det(X)$ is concave for $X$ positive definite", "concave", False),
], dom=PD, why="member X = [[a, b], [b, d]]: det = a d - b^2, whose Hessian in (a, b, d) is indefinite")
E("det", "sqrt(a*d - b**2)", S2, PDBOX, [
    (r"$(\det X)^{1/n}$ is concave on $\mathbf{S}^n_{++}$", "concave", True),
    (r"$(\det X)^{1/n}$ is convex on $X \succ 0$", "convex", False),
], dom=PD, why="the geometric mean of the eigenvalues is concave on the PD cone (Boyd ex. 3.18); member n = 2")

# ---------------------------------------------------------------- trace of the inverse, matrix fractional
E("trinv", "(a + d)/(a*d - b**2)", S2, PDBOX, [
    (r"$\operatorname{tr}(X^{-1})$ is convex on $X \succ 0$", "convex", True),
    (r"$\operatorname{tr}(X^{-1})$ is convex on $\mathbf{S}^n_{++}$", "convex", True),
    (r"$f(X) = \operatorname{tr}(X^{-1})$ is convex on $\mathbb{S}^n_{++}$", "convex", True),
    (r"$\mathrm{tr}(X^{-1})$ is convex for $X$ positive definite", "convex", True),
    (r"$\operatorname{tr} X^{-1}$ is convex on $X \succ 0$", "convex", True),
    (r"$\operatorname{tr}(X^{-1})$ is strictly convex on $X \succ 0$", "sconvex", True),
    (r"$\operatorname{tr}(X^{-1})$ is concave on $X \succ 0$", "concave", False),
    (r"$\operatorname{tr}(X^{-1})$ is affine on $\mathbf{S}^n_{++}$", "affine", False),
], dom=PD, why="tr X^{-1} = sum_i 1/l_i: on a line X + tV it is sum_i v_i^T X^{-1/2} (I + tL)^{-1} ... convex "
   "(Boyd ex. 3.18a); strictly: d^2/dt^2 = 2 tr(X^{-1} V X^{-1} V X^{-1}) > 0 for V != 0; member 2 x 2 symmetric")
E("matfrac", "(d*x1**2 - 2*b*x1*x2 + a*x2**2)/(a*d - b**2)", "x1 x2 a b d", [R, R, *PDBOX], [
    (r"$x^\top Y^{-1} x$ is jointly convex in $(x, Y)$ for $Y \succ 0$", "convex", True),
    (r"$f(x, Y) = x^T Y^{-1} x$ is convex on $\mathbb{R}^n \times \mathbf{S}^n_{++}$", "convex", True),
    (r"$x^\top Y^{-1} x$ is concave in $(x, Y)$ for $Y \succ 0$", "concave", False),
], dom=PD, why="the matrix fractional function (Boyd 3.1.7): its epigraph is an LMI by a Schur complement")
E("matfrac", "(x1**2 + x2**2)/t", "x1 x2 t", [R, R, P], [
    (r"$\frac{x^\top x}{t}$ is convex in $(x, t)$ for $t > 0$", "convex", True),
    (r"$x^T x / t$ is jointly convex for $t > 0$", "convex", True),
    (r"$f(x, t) = \frac{x^\top x}{t}$ is convex on $t > 0$", "convex", True),
    (r"$\frac{\|x\|_2^2}{t}$ is jointly convex in $(x, t)$ on $t > 0$", "convex", True),
    (r"$\frac{\|x\|^2}{y}$ is convex for $y > 0$", "convex", True),
    (r"The quad-over-lin function $\frac{x^\top x}{y}$ is convex on $y > 0$", "convex", True),
    (r"$\frac{x^\top x}{t}$ is concave in $(x, t)$ for $t > 0$", "concave", False),
    (r"$\frac{x^\top x}{t}$ is strictly convex on $t > 0$", "sconvex", False),
    (r"$\frac{\|x\|_2^2}{t}$ is not convex on $t > 0$", "notconvex", False),
], dom=["t > 0"], why="the perspective of ||x||^2 (quad-over-lin): convex; positively homogeneous, so affine along "
   "rays", flat=[((1, 1, 1), (2, 2, 2))])

# ---------------------------------------------------------------- eigenvalues and singular values
LMAX = "(a + d)/2 + sqrt((a - d)**2/4 + b**2)"
LMIN = "(a + d)/2 - sqrt((a - d)**2/4 + b**2)"
E("eigen", LMAX, S2, R, [
    (r"$\lambda_{\max}(X)$ is convex in $X$", "convex", True),
    (r"$\lambda_{\max}(X)$ is convex on $\mathbf{S}^n$", "convex", True),
    (r"$f(X) = \lambda_{\max}(X)$ is convex on $\mathbb{S}^n$", "convex", True),
    (r"The largest eigenvalue $\lambda_{\max}(X)$ is convex over symmetric matrices $X$", "convex", True),
    (r"$\lambda_{\max}(X)$ is convex for symmetric $X$", "convex", True),
    (r"$\lambda_{\mathrm{max}}(X)$ is convex in $X \in \mathbf{S}^n$", "convex", True),
    (r"$\lambda_{\max}(X)$ is concave on $\mathbf{S}^n$", "concave", False),
    (r"$\lambda_{\max}(X)$ is affine on $\mathbf{S}^n$", "affine", False),
    (r"$\lambda_{\max}(X)$ is strictly convex on $\mathbf{S}^n$", "sconvex", False),
    (r"$\lambda_{\max}(X)$ is not convex on $\mathbf{S}^n$", "notconvex", False),
], why="a pointwise supremum of the linear functions y^T X y, ||y|| = 1 (Boyd 3.2.3); lambda_max(tI) = t is affine "
   "along the identity; member 2 x 2 symmetric", flat=[((1, 0, 1), (2, 0, 2))])
E("eigen", LMIN, S2, R, [
    (r"$\lambda_{\min}(X)$ is concave on $\mathbf{S}^n$", "concave", True),
    (r"$\lambda_{\min}(X)$ is concave in $X$", "concave", True),
    (r"The smallest eigenvalue $\lambda_{\min}(X)$ is concave over symmetric matrices", "concave", True),
    (r"$\lambda_{\min}(X)$ is convex on $\mathbf{S}^n$", "convex", False),
], why="an infimum of linear functions; member 2 x 2 symmetric")
E("eigen", "2*sqrt((a - d)**2/4 + b**2)", S2, R, [
    (r"$\lambda_{\max}(X) - \lambda_{\min}(X)$ is convex on $\mathbf{S}^n$", "convex", True),
    (r"$\lambda_{\max}(X) - \lambda_{\min}(X)$ is concave on $\mathbf{S}^n$", "concave", False),
], why="a convex plus a convex function; member 2 x 2 symmetric: 2 sqrt((a - d)^2/4 + b^2)")
E("singular", "sqrt(a**2 + b**2)", "a b", R, [
    (r"$\sigma_{\max}(X)$ is convex in $X$", "convex", True),
    (r"$\|X\|_2$ is convex in $X$", "convex", True),
    (r"The spectral norm $\|X\|_2 = \sigma_{\max}(X)$ is convex", "convex", True),
    (r"$\sigma_{\max}(X)$ is concave in $X$", "concave", False),
    (r"$\sigma_{\max}(X)$ is strictly convex in $X$", "sconvex", False),
    (r"$\sigma_{\max}(X)$ is affine in $X$", "affine", False),
], why="an operator norm: convex for every size; positively homogeneous; member X = (a b), 1 x 2",
   flat=[((1, 1), (2, 2))])
E("singular", "abs(a) + abs(d)", "a d", R, [
    (r"$\|X\|_*$ is convex in $X$", "convex", True),
    (r"The nuclear norm $\|X\|_*$ is convex", "convex", True),
    (r"$\|X\|_*$ is concave in $X$", "concave", False),
], why="a norm (the dual of the spectral norm); member X = diag(a, d)")

# ---------------------------------------------------------------- quadratic forms under conditions on A
E("quadform", "2*x1**2 + 2*x1*x2 + x2**2", X2, R, [
    (r"$x^\top A x$ is convex for $A \succeq 0$", "convex", True),
    (r"$x^\top A x$ is convex in $x$ for $A$ positive semidefinite", "convex", True),
    (r"$x^T A x$ is convex for $A$ PSD", "convex", True),
    (r"$x^T A x$ is convex when $A$ is PSD", "convex", True),
    (r"$x^\top A x$ is convex in $x$ for $A \in \mathbf{S}^n_+$", "convex", True),
    (r"$x^\top A x$ is convex in $x$ for $A \in \mathbb{S}^n_{+}$", "convex", True),
    (r"The quadratic form $x^\top A x$ is convex whenever $A$ is positive semidefinite", "convex", True),
    (r"$f(x) = x^\top P x$ is convex for $P \succeq 0$", "convex", True),
    (r"$x^\top A x$ is convex in $x$ for $A = A^\top \succeq 0$", "convex", True),
    (r"$x^\top A x$ is concave for $A \succeq 0$", "concave", False),
    (r"$x^\top A x$ is affine for $A \succeq 0$", "affine", False),
    (r"$x^\top A x$ is not convex for $A \succeq 0$", "notconvex", False),
    (r"$x^\top A x$ is concave in $x$ for $A$ positive semidefinite", "concave", False),
], why="Hessian A + A^T, PSD when A is; member A = [[2, 1], [1, 1]]")
E("quadform", "2*x1**2 + 2*x1*x2 + x2**2 + x1 - x2 + 3", X2, R, [
    (r"$x^\top A x + b^\top x + c$ is convex in $x$ for $A \succeq 0$", "convex", True),
    (r"$\frac{1}{2} x^\top P x + q^\top x + r$ is convex in $x$ for $P \in \mathbf{S}^n_+$", "convex", True),
    (r"$\frac12 x^T Q x - b^T x$ is convex in $x$ when $Q$ is PSD", "convex", True),
    (r"$x^\top A x + b^\top x + c$ is strictly convex in $x$ for $A \succ 0$", "sconvex", True),
    (r"$\frac{1}{2} x^\top P x + q^\top x + r$ is strictly convex in $x$ for $P \in \mathbf{S}^n_{++}$", "sconvex", True),
    (r"$x^\top A x$ is strictly convex for $A \succ 0$", "sconvex", True),
    (r"$x^\top A x$ is strictly convex in $x$ for $A$ positive definite", "sconvex", True),
    (r"$x^T A x$ is strictly convex when $A$ is positive definite", "sconvex", True),
    (r"$x^\top A x + b^\top x + c$ is concave in $x$ for $A \succ 0$", "concave", False),
], why="Hessian A + A^T, positive definite when A is; member A = [[2, 1], [1, 1]], b = (1, -1), c = 3")
E("quadform", "x1**2", X2, R, [
    (r"$x^\top A x$ is strictly convex for $A \succeq 0$", "sconvex", False),
    (r"$x^T A x$ is strictly convex when $A$ is PSD", "sconvex", False),
    (r"$x^\top A x + b^\top x$ is strictly convex in $x$ for $A \succeq 0$", "sconvex", False),
], why="member A = [[1, 0], [0, 0]] (PSD, b = 0): constant along x2", flat=[((0, 0), (0, 1))])
E("quadform", "x1**2 + 4*x1*x2 + x2**2", X2, R, [
    (r"$x^\top A x$ is convex in $x$", "convex", False),
    (r"$x^\top A x$ is convex for symmetric $A$", "convex", False),
    (r"$x^\top A x$ is convex for $A \in \mathbb{R}^{n \times n}$", "convex", False),
    (r"$x^\top A x$ is convex for $A \in \mathbf{S}^n$", "convex", False),
    (r"$x^\top A x$ is concave for $A \in \mathbf{S}^n$", "concave", False),
    (r"$x^T A x$ is convex when $A$ is indefinite", "convex", False),
    (r"$x^\top A x$ is not convex for $A$ indefinite", "notconvex", True),
    (r"$x^\top A x$ is neither convex nor concave for indefinite $A$", "neither", True),
    (r"$x^\top A x$ is concave when $A$ is indefinite", "concave", False),
], why="member A = [[1, 2], [2, 1]] (symmetric, indefinite: eigenvalues 3 and -1); for every indefinite A the form "
   "takes the sign of each eigenvalue along its eigenvector, so it is neither convex nor concave")
E("quadform", "-(x1**2 + x1*x2 + x2**2)", X2, R, [
    (r"$x^\top A x$ is concave for $A \preceq 0$", "concave", True),
    (r"$x^\top A x$ is concave in $x$ when $A$ is negative semidefinite", "concave", True),
    (r"$x^\top A x$ is convex for $A \preceq 0$", "convex", False),
], why="Hessian A + A^T, NSD; member A = -[[1, 1/2], [1/2, 1]]")
E("quadform", "-(x1**2 + x2**2)", X2, R, [
    (r"$x^\top A x$ is strictly concave for $A \prec 0$", "sconcave", True),
    (r"$-x^\top A x$ is strictly concave for $A \succ 0$", "sconcave", True),
    (r"$-x^\top A x$ is concave for $A \succeq 0$", "concave", True),
    (r"$-x^\top A x$ is convex for $A \succ 0$", "convex", False),
], why="Hessian -(A + A^T) negative definite; member A = -I (resp. I)")
E("quadform", "(x1 + 2*x2)**2", X2, R, [
    (r"$x^\top A^\top A x$ is convex in $x$", "convex", True),
    (r"$x^\top A^\top A x$ is strictly convex in $x$", "sconvex", False),
    (r"$x^\top B^\top B x$ is concave in $x$", "concave", False),
], why="||Ax||^2 for every A; member A = (1 2): zero along (2t, -t)", flat=[((0, 0), (2, -1))])
E("quadform", "x1**2 + x2**2 - 2*(x1 + 2*x2)", X2, R, [
    (r"$x^\top x - 2 b^\top x$ is strictly convex in $x$", "sconvex", True),
    (r"$\|x\|_2^2 + c^\top x$ is strictly convex in $x$", "sconvex", True),
], why="||x||^2 plus a linear term, Hessian 2I; member b = (1, 2)")

# ---------------------------------------------------------------- norms of affine maps
E("norm-affine", "Max(abs(x1 + 2*x2 - 1), abs(3*x1 - x2))", X2, R, [
    (r"$\|Ax - b\|_\infty$ is convex in $x$", "convex", True),
    (r"$\|Ax + b\|_\infty$ is convex in $x$", "convex", True),
    (r"$\|Ax - b\|_\infty$ is concave in $x$", "concave", False),
], why="a norm of an affine map; member A = [[1, 2], [3, -1]], b = (1, 0)")
E("norm-affine", "sqrt((x1 + 2*x2 - 1)**2 + (3*x1 - x2)**2)", X2, R, [
    (r"$\|Ax - b\|_2$ is convex in $x$", "convex", True),
    (r"$f(x) = \|Ax + b\|_2$ is convex", "convex", True),
    (r"$\|Ax - b\|$ is convex in $x$", "convex", True),
    (r"$\|Ax - b\|_2$ is concave in $x$", "concave", False),
    (r"$\|Ax - b\|_2$ is affine in $x$", "affine", False),
], why="a norm of an affine map (Boyd 3.2.2); member A = [[1, 2], [3, -1]], b = (1, 0)")
E("norm-affine", "abs(x1 + 2*x2 - 1) + abs(3*x1 - x2)", X2, R, [
    (r"$\|Ax - b\|_1$ is convex in $x$", "convex", True),
    (r"$\|Ax - b\|_1$ is concave in $x$", "concave", False),
], why="a norm of an affine map")
E("norm-affine", "sqrt((x1 + 2*x2)**2)", X2, R, [
    (r"$\|Ax\|_2$ is strictly convex in $x$", "sconvex", False),
    (r"$\|Ax - b\|_2$ is strictly convex in $x$", "sconvex", False),
    (r"$\|Ax - b\|_\infty$ is strictly convex in $x$", "sconvex", False),
], why="member A = (1 2), b = 0: |x1 + 2 x2|, zero along (2t, -t)", flat=[((0, 0), (2, -1))])

# ---------------------------------------------------------------- vector norms, coordinates
E("vector-norm", "Max(abs(x1), abs(x2))", X2, R, [
    (r"$\|x\|_\infty$ is convex", "convex", True),
    (r"$\|x\|_\infty$ is convex in $x$", "convex", True),
    (r"$f(x) = \|x\|_\infty$ is convex on $\mathbb{R}^n$", "convex", True),
    (r"$\|x\|_\infty$ is concave", "concave", False),
    (r"$\|x\|_\infty$ is strictly convex", "sconvex", False),
    (r"$\|x\|_\infty$ is affine", "affine", False),
], why="a norm; member d = 2", flat=[((1, 1), (2, 2))])
E("vector-norm", "Max(x1, x2)", X2, R, [
    (r"$\max_i x_i$ is convex", "convex", True),
    (r"$f(x) = \max_i x_i$ is convex on $\mathbb{R}^n$", "convex", True),
    (r"$\max_{i} x_i$ is convex in $x$", "convex", True),
    (r"$\max\{x_1, \ldots, x_n\}$ is convex", "convex", True),
    (r"$f(x) = \max\{x_1, \dots, x_n\}$ is convex on $\mathbb{R}^n$", "convex", True),
    (r"$\max_i x_i$ is concave", "concave", False),
    (r"$\max_i x_i$ is affine in $x$", "affine", False),
    (r"$\max\{x_1, \ldots, x_n\}$ is strictly convex", "sconvex", False),
], why="a maximum of linear functions; member n = 2", flat=[((1, 1), (2, 2))])
E("vector-norm", "Min(x1, x2)", X2, R, [
    (r"$\min_i x_i$ is concave", "concave", True),
    (r"$\min\{x_1, \ldots, x_n\}$ is concave", "concave", True),
    (r"$\min_i x_i$ is convex", "convex", False),
], why="a minimum of linear functions; member n = 2")
E("vector-norm", "sqrt((x1 - 1)**2 + (x2 - 2)**2)", X2, R, [
    (r"$\|x - c\|_2$ is convex in $x$", "convex", True),
    (r"$\|x - x_0\|$ is convex in $x$", "convex", True),
    (r"$\|x - c\|_2$ is concave in $x$", "concave", False),
], why="a norm of a translate; member c = (1, 2)")
E("vector-norm", "(x1 - 1)**2 + (x2 - 2)**2", X2, R, [
    (r"$\|x - c\|_2^2$ is strictly convex in $x$", "sconvex", True),
    (r"$\|x - x_0\|^2$ is strictly convex in $x$", "sconvex", True),
], why="Hessian 2I")

# ---------------------------------------------------------------- affine functions of vectors and matrices
E("affine", "x1 + 2*x2 + 3", X2, R, [
    (r"$a^\top x + b$ is affine in $x$", "affine", True),
    (r"$f(x) = a^T x + b$ is affine", "affine", True),
    (r"$a^\top x + b$ is convex in $x$", "convex", True),
    (r"$a^\top x + b$ is concave in $x$", "concave", True),
    (r"$c^\top x$ is affine in $x$", "affine", True),
    (r"$a^\top x + b$ is strictly convex in $x$", "sconvex", False),
    (r"$\langle a, x \rangle + b$ is affine in $x$", "affine", True),
], why="linear plus constant; member a = (1, 2), b = 3")
E("affine", "a + 2*b + 3*c + 4*d", "a b c d", R, [
    (r"$\operatorname{tr}(A^\top X)$ is affine in $X$", "affine", True),
    (r"$\operatorname{tr}(CX)$ is affine in $X$", "affine", True),
    (r"$\operatorname{tr}(X)$ is affine in $X$", "affine", True),
    (r"$\operatorname{tr}(A^\top X) + b$ is convex in $X$", "convex", True),
    (r"$\operatorname{tr}(CX)$ is strictly convex in $X$", "sconvex", False),
], why="linear in the entries of X; member A = [[1, 3], [2, 4]]")

# ---------------------------------------------------------------- Frobenius norms, traces
E("frobenius", "a**2 + b**2 + c**2 + d**2", "a b c d", R, [
    (r"$\|X\|_F^2$ is convex in $X$", "convex", True),
    (r"$\|X\|_F^2$ is strictly convex in $X$", "sconvex", True),
    (r"$\|X\|_F^2$ is concave in $X$", "concave", False),
    (r"$\operatorname{tr}(X^\top X)$ is strictly convex in $X$", "sconvex", True),
    (r"$\operatorname{tr}(X X^\top)$ is convex in $X$", "convex", True),
], why="the sum of the squares of the entries")
E("frobenius", "sqrt(a**2 + b**2 + c**2 + d**2)", "a b c d", R, [
    (r"$\|X\|_F$ is convex in $X$", "convex", True),
    (r"$\|X\|_F$ is strictly convex in $X$", "sconvex", False),
    (r"$\|X\|_F$ is affine in $X$", "affine", False),
], why="a norm of the entries; affine along rays", flat=[((1, 1, 1, 1), (2, 2, 2, 2))])
E("frobenius", "(a + 2*b - 1)**2 + (3*a - b)**2 + (c + 2*d)**2 + (3*c - d - 2)**2", "a b c d", R, [
    (r"$\|AX - B\|_F^2$ is convex in $X$", "convex", True),
    (r"$\|XA - B\|_F^2$ is concave in $X$", "concave", False),
], why="a squared norm of an affine map of X; member 2 x 2")
E("trace", "a**2 + 2*b**2 + d**2", S2, R, [
    (r"$\operatorname{tr}(X^2)$ is convex on $\mathbf{S}^n$", "convex", True),
    (r"$\operatorname{tr}(X^2)$ is convex for symmetric $X$", "convex", True),
    (r"$\operatorname{tr}(X^2)$ is strictly convex on $\mathbf{S}^n$", "sconvex", True),
], why="for symmetric X, tr(X^2) = ||X||_F^2, the sum of the squares of the entries")
E("trace", "a**2 + 2*b*c + d**2", "a b c d", R, [
    (r"$\operatorname{tr}(X^2)$ is convex for $X \in \mathbb{R}^{n \times n}$", "convex", False),
    (r"$\operatorname{tr}(X^2)$ is concave in $X$", "concave", False),
], why="member X = [[a, b], [c, d]]: a^2 + 2bc + d^2, indefinite in (b, c)")

# ---------------------------------------------------------------- negated atoms (their own members)
E("logdet", "log(a*d - b**2) - a - d", S2, PDBOX, [
    (r"$\log\det X - \operatorname{tr}(SX)$ is concave on $X \succ 0$", "concave", True),
    (r"$\log\det X - \operatorname{tr}(SX)$ is convex on $X \succ 0$", "convex", False),
], dom=PD, why="concave minus linear; member S = I")
E("logdet", "-2*log(a*d - b**2)", S2, PDBOX, [
    (r"$-2\log\det X$ is concave on $X \succ 0$", "concave", False),
    (r"$-2\log\det X$ is convex on $X \succ 0$", "convex", True),
], dom=PD, why="a negative multiple of a concave function")
E("trinv", "-(a + d)/(a*d - b**2)", S2, PDBOX, [
    (r"$-\operatorname{tr}(X^{-1})$ is concave on $X \succ 0$", "concave", True),
    (r"$-\operatorname{tr}(X^{-1})$ is convex on $X \succ 0$", "convex", False),
], dom=PD, why="minus a convex function")
E("eigen", "-(" + LMAX + ")", S2, R, [
    (r"$-\lambda_{\max}(X)$ is concave on $\mathbf{S}^n$", "concave", True),
    (r"$-\lambda_{\max}(X)$ is convex on $\mathbf{S}^n$", "convex", False),
], why="minus a convex function")
E("eigen", "-(" + LMIN + ")", S2, R, [
    (r"$-\lambda_{\min}(X)$ is convex on $\mathbf{S}^n$", "convex", True),
], why="minus a concave function")

# ---------------------------------------------------------------- null rows
N("logdet", r"$\log\det X$ is concave", "no domain: the natural domain {det X > 0} of a square matrix of size >= 2 is "
  "not convex (it holds I and -I of even size, not their midpoint 0), so the claim has no convex domain to be read on")
N("quadform", r"$x^\top A x$ is convex for $A > 0$",
  "A > 0 of a square matrix: entrywise positive or positive definite; the readings disagree",
  readings=[("x1**2 + 4*x1*x2 + x2**2", ["x1", "x2"], [], [R, R], "convex"),
            ("2*x1**2 + 2*x1*x2 + x2**2", ["x1", "x2"], [], [R, R], "convex")])
