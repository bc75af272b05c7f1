r"""Claims written in vector and matrix notation, session 12 (blind red team): least squares, ridge, lasso, elastic
net, logistic, hinge and log-sum-exp objectives as ML papers write them (``\|Xw - y\|_2^2``, ``(Xw - y)^\top (Xw -
y)``, ``w^\top x``, ``\langle w, x \rangle``), quadratic forms with a stated or symbolic matrix (``x^\top A x`` for
``A \succeq 0``), norms of vectors without a stated size, traces, Frobenius norms, determinants and inverses.

Written before reading how symconvex answers them. The convention is the papers' one: a capital letter multiplying
a vector (or transposed, traced, inverted, in a Frobenius norm) is a matrix of any size, a lowercase letter inside a
norm or transposed is a vector of any dimension, and a claim with a symbolic matrix or vector is about every size
and every value its conditions allow (a parameter claim, CLAIMS.md).

An entry (as in ``spec_red10.py``): ``expr`` is one concrete *member* of the claim's family, written by coordinates
(a SymPy string over the coordinates w1, w2, ...; matrices' entries given numbers or listed parameters): for a
claim that holds it is a representative member (the proof for every size is the ``why``, checked by hand), for a
claim that does not it is the *witness member* on which ``verify_spec.py vectors12`` finds the exact
counterexample (a member of the family refutes "P for every member"). ``dom`` and ``box`` are the member's domain
and sampling box; ``flat`` an affine segment the verifier tries first.

``NULLS``: rows whose right answer is a refusal or undecided: a size mismatch, or a condition whose two usual
readings (``A > 0`` entrywise or positive definite) disagree, each reading given as a member whose truths differ.
"""

ENTRIES = []
NULLS = []
R = (-3, 3)
P = (0.05, 4)
SRC = "vectors12 (ML papers, lecture notes and textbooks in vector notation)"


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


LAM = {"lam": ["1/2", "2"]}
W2 = "w1 w2"
X2 = "x1 x2"

# ---------------------------------------------------------------- least squares, X undeclared (any m x d)
E("least-squares", "(w1 + 2*w2 - 1)**2 + (3*w1 - w2 - 2)**2", W2, R, [
    (r"$\|Xw - y\|_2^2$ is convex in $w$", "convex", True),
    (r"$\|y - X\beta\|^2$ is convex in $\beta$", "convex", True),
    (r"$(Xw - y)^\top (Xw - y)$ is convex in $w$", "convex", True),
    (r"$(Xw-y)^T(Xw-y)$ is convex in $w$", "convex", True),
    (r"The least-squares loss $\frac{1}{2}\|X\theta - y\|_2^2$ is convex in $\theta$.", "convex", True),
    (r"$\|Ax - b\|_2^2$ is convex in $x$", "convex", True),
    (r"$\lVert Ax - b \rVert_2^2$ is convex in $x$", "convex", True),
    (r"$\|Ax - b\|^2$ is concave in $x$", "concave", False),
    (r"$(Ax - b)^\top (Ax - b)$ is concave in $x$", "concave", False),
    (r"$\|Xw - y\|_2^2$ is not convex in $w$", "notconvex", False),
], why="a convex function (the squared norm) of an affine map of w, for every X and y")
E("least-squares", "(w1 + 2*w2 - 3)**2", W2, R, [
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$", "sconvex", False),
    (r"$\|y - X\beta\|_2^2$ is strictly convex in $\beta$", "sconvex", False),
    (r"$(Xw - y)^\top (Xw - y)$ is strictly convex in $w$ for $X > 0$", "sconvex", False),
    (r"$(Xw-y)^T(Xw-y)$ is strictly convex in $w$ when $X > 0$", "sconvex", False),
    (r"$\|Xw - y\|^2$ is strictly convex in $w$ for $X > 0$", "sconvex", False),
    (r"$\frac{1}{2}\|X w - y\|_2^2$ is strictly convex in $w$ for $X > 0$ and $y > 0$", "sconvex", False),
    (r"$\|Ax - b\|_2^2$ is strictly convex in $x$ for $A > 0$", "sconvex", False),
    (r"$(Ax - b)^\top (Ax - b)$ is strictly convex in $x$ for $A > 0$, $b > 0$", "sconvex", False),
], why="witness member X = [[1, 2]] (1 x 2, all entries positive), y = 3: constant along w = (2t, -t)",
   flat=[((0, 0), (2, -1))])
E("least-squares", "(w1 + 2*w2)**2", W2, R, [
    (r"$\|Aw\|_2^2$ is strictly convex in $w$ for $A > 0$", "sconvex", False),
    (r"$(Ax)^\top (Ax)$ is strictly convex in $x$ for $A > 0$", "sconvex", False),
    (r"$x^\top A^\top A x$ is strictly convex in $x$ for $A > 0$", "sconvex", False),
    (r"$w^\top X^\top X w$ is strictly convex in $w$ for $X > 0$", "sconvex", False),
    (r"$\|Aw\|^2$ is convex in $w$", "convex", True),
    (r"$x^\top A^\top A x$ is convex in $x$", "convex", True),
    (r"$w^\top X^\top X w$ is convex in $w$", "convex", True),
    (r"$(Ax)^T (Ax)$ is convex in $x$", "convex", True),
], why="||Aw||^2 is convex for every A; witness member A = [[1, 2]]: zero along w = (2t, -t)",
   flat=[((0, 0), (2, -1))])
E("least-squares", "(w1 + 2*w2 - 1)**2 + (3*w1 + 4*w2 - 1)**2", W2, R, [
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$ where $X = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$ and "
     r"$y = (1, 1)$", "sconvex", True),
    (r"$\|Xw - y\|^2$ is convex in $w$ where $X = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$, $y = (1, 1)$",
     "convex", True),
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$ for $X$ with full column rank", "sconvex", True),
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$ when $X$ has full column rank", "sconvex", True),
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$ for $X^\top X \succ 0$", "sconvex", True),
], why="Hessian 2 X^T X, positive definite exactly when X has full column rank (member X = [[1, 2], [3, 4]])")
E("least-squares", "(w1 + 2*w2 - 1)**2 + (2*w1 + 4*w2 - 1)**2", W2, R, [
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$ where $X = \begin{pmatrix} 1 & 2 \\ 2 & 4 \end{pmatrix}$ and "
     r"$y = (1, 1)$", "sconvex", False),
    (r"$\|Ax - b\|^2$ is strictly convex in $x$ where $A = \begin{pmatrix} 1 & 2 \\ 2 & 4 \end{pmatrix}$, "
     r"$b = (1, 1)$", "sconvex", False),
], why="X has rank 1: constant along w = (2t, -t)", flat=[((0, 0), (2, -1))])
E("least-squares", "(w1 + 2*w2 - 3)**2", W2, R, [
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$ where $X = \begin{pmatrix} 1 & 2 \end{pmatrix}$, $y = 3$",
     "sconvex", False),
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$ for $X \in \mathbb{R}^{1 \times 2}$", "sconvex", False),
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$ for $X \in \mathbb{R}^{3 \times 2}$", "sconvex", False),
    (r"$\|Xw - y\|_2^2$ is convex in $w$ for $X \in \mathbb{R}^{3 \times 2}$", "convex", True),
], why="for every X of the stated size the Hessian 2 X^T X is PSD; X = [[1, 2]] (or with zero rows added) is "
       "rank 1: constant along w = (2t, -t)", flat=[((0, 0), (2, -1))])

# ---------------------------------------------------------------- other norms of Ax - b
E("norm-affine", "sqrt((w1 + 2*w2 - 1)**2 + (3*w1 - w2)**2)", W2, R, [
    (r"$\|Ax - b\|_2$ is convex in $x$", "convex", True),
    (r"$\|Ax\|$ is convex in $x$", "convex", True),
    (r"$\|Ax\|_2$ is convex in $x$", "convex", True),
    (r"$\|Xw - y\|_2$ is concave in $w$", "concave", False),
], why="a norm of an affine map")
E("norm-affine", "abs(w1 + 2*w2 - 1) + abs(3*w1 - w2)", W2, R, [
    (r"$\|Ax - b\|_1$ is convex in $x$", "convex", True),
    (r"$\|Xw - y\|_1$ is convex in $w$", "convex", True),
    (r"$\|Ax - b\|_1$ is affine in $x$", "affine", False),
    (r"The least absolute deviations loss $\|y - X\beta\|_1$ is convex in $\beta$", "convex", True),
], why="a norm of an affine map; kinks on the lines where a row vanishes")
E("norm-affine", "Max(abs(w1 + 2*w2 - 1), abs(3*w1 - w2))", W2, R, [
    (r"$\|Ax - b\|_\infty$ is convex in $x$", "convex", True),
    (r"$\|Xw - y\|_\infty$ is convex in $w$", "convex", True),
], why="a norm of an affine map")
E("norm-affine", "sqrt((w1 + 2*w2)**2)", W2, (0.1, 3), [
    (r"$\|Ax - b\|_2$ is strictly convex in $x$ for $A > 0$", "sconvex", False),
    (r"$\|Ax\|_\infty$ is strictly convex in $x$ for $A > 0$", "sconvex", False),
    (r"$\|Ax\|$ is strictly convex in $x$ for $A > 0$", "sconvex", False),
    (r"$\|Xw - y\|_1$ is strictly convex in $w$ for $X > 0$", "sconvex", False),
], why="witness member A = [[1, 2]], b = 0: |w1 + 2 w2| is affine on the positive quadrant",
   flat=[((1, 1), (2, 2))])

# ---------------------------------------------------------------- ridge, lasso, elastic net
E("ridge", "(w1 + 2*w2 - 3)**2 + lam*(w1**2 + w2**2)", W2, R, [
    (r"$\|Xw - y\|_2^2 + \lambda \|w\|_2^2$ is strictly convex in $w$ for $\lambda > 0$", "sconvex", True),
    (r"Ridge regression: $\frac{1}{2}\|y - X\beta\|_2^2 + \lambda\|\beta\|_2^2$ is strictly convex in $\beta$ for "
     r"$\lambda > 0$", "sconvex", True),
    (r"$\|Xw - y\|^2 + \lambda w^\top w$ is strictly convex in $w$ for $\lambda > 0$", "sconvex", True),
    (r"$(Xw - y)^\top (Xw - y) + \lambda \|w\|^2$ is strictly convex in $w$ for $\lambda > 0$", "sconvex", True),
    (r"$\|Xw - y\|_2^2 + \lambda \|w\|_2^2$ is convex in $w$ for $\lambda \ge 0$", "convex", True),
], params=LAM, why="Hessian 2 X^T X + 2 lam I, positive definite for lam > 0 and every X")
E("ridge", "(w1 + 2*w2 - 3)**2", W2, R, [
    (r"$\|Xw - y\|_2^2 + \lambda \|w\|_2^2$ is strictly convex in $w$ for $\lambda \ge 0$", "sconvex", False),
    (r"$\|Xw - y\|^2 + \lambda w^\top w$ is strictly convex in $w$ for $\lambda \geq 0$", "sconvex", False),
], why="lam = 0 and X = [[1, 2]]: constant along (2t, -t)", flat=[((0, 0), (2, -1))])
E("lasso", "(b1 + b2)**2/2 + abs(b1) + abs(b2)", "b1 b2", (0.1, 3), [
    (r"$\frac{1}{2}\|y - X\beta\|_2^2 + \lambda \|\beta\|_1$ is strictly convex in $\beta$ for $\lambda > 0$",
     "sconvex", False),
    (r"The lasso objective $\|Xw - y\|_2^2 + \lambda\|w\|_1$ is strictly convex in $w$ for $\lambda > 0$",
     "sconvex", False),
], dom=["b1 > 0", "b2 > 0"], why="X = [[1, 1]], y = 0, lam = 1: on the quadrant b1, b2 > 0 the objective is "
   "(b1 + b2)^2/2 + b1 + b2, constant along b1 + b2 = const", flat=[((1, 2), (2, 1))])
E("lasso", "(b1 + 2*b2 - 1)**2/2 + lam*(abs(b1) + abs(b2))", "b1 b2", R, [
    (r"$\frac{1}{2}\|y - X\beta\|_2^2 + \lambda \|\beta\|_1$ is convex in $\beta$ for $\lambda \ge 0$", "convex",
     True),
    (r"$\|Xw - y\|^2 + \lambda\|w\|_1$ is convex in $w$ for $\lambda > 0$", "convex", True),
], params=LAM, why="a sum of convex functions for every X, y and lam >= 0")
E("elastic-net", "(w1 + w2 - 1)**2/2 + (abs(w1) + abs(w2)) + lam*(w1**2 + w2**2)", W2, R, [
    (r"The elastic net $\frac{1}{2}\|y - Xw\|_2^2 + \alpha \|w\|_1 + \lambda \|w\|_2^2$ is strictly convex in $w$ "
     r"for $\alpha \ge 0$, $\lambda > 0$", "sconvex", True),
    (r"$\|Xw - y\|^2 + \alpha\|w\|_1 + \lambda\|w\|^2$ is convex in $w$ for $\alpha > 0$, $\lambda > 0$", "convex",
     True),
], params=LAM, why="convex terms plus lam ||w||^2 with lam > 0: strongly convex for every X")

# ---------------------------------------------------------------- logistic regression, w^T x without a stated size
E("logistic", "log(1 + exp(-(w1 + 2*w2)))", W2, R, [
    (r"$\log(1 + e^{-y\, w^\top x})$ is convex in $w$", "convex", True),
    (r"$\log(1 + \exp(-y \langle w, x \rangle))$ is convex in $w$", "convex", True),
    (r"$\sum_{i=1}^n \log(1 + e^{-y_i w^\top x_i})$ is convex in $w$", "convex", True),
    (r"The logistic loss $\log(1+e^{-y\theta^\top x})$ is convex in $\theta$", "convex", True),
    (r"$\log(1 + e^{-y w^T x})$ is concave in $w$", "concave", False),
    (r"$\log(1 + e^{-w^\top x})$ is strictly convex in $w$ for $x > 0$", "sconvex", False),
    (r"$\log(1 + \exp(-y\, x^\top \theta))$ is strictly convex in $\theta$ for $y = 1$, $x > 0$", "sconvex", False),
    (r"$\log(1 + e^{-\langle w, x\rangle})$ is strictly convex in $w$ for $x > 0$", "sconvex", False),
    (r"$\sum_{i=1}^n \log(1 + e^{-y_i w^\top x_i})$ is strictly convex in $w$ for $x_i > 0$", "sconvex", False),
], why="log(1 + e^{-u}) is convex in u = y w^T x, affine in w; witness member x = (1, 2), y = 1: constant along "
   "w = (2t, -t)", flat=[((0, 0), (2, -1))])
E("logistic", "log(1 + exp(w1 + 2*w2)) - (w1 + 2*w2)", W2, R, [
    (r"$\log(1 + e^{w^\top x}) - y\, w^\top x$ is convex in $w$", "convex", True),
    (r"$\sum_{i=1}^n \left[\log(1 + e^{w^\top x_i}) - y_i w^\top x_i\right]$ is convex in $w$", "convex", True),
    (r"$\log(e^{w^\top x} + 1) - y w^\top x$ is strictly convex in $w$ for $x > 0$", "sconvex", False),
], why="softplus of an affine form minus a linear term; witness x = (1, 2), y = 1: constant along (2t, -t)",
   flat=[((0, 0), (2, -1))])
E("logistic", "log(1 + exp(-(w1 + 2*w2))) + lam*(w1**2 + w2**2)/2", W2, R, [
    (r"$\log(1 + e^{-y w^\top x}) + \frac{\lambda}{2}\|w\|^2$ is strictly convex in $w$ for $\lambda > 0$", "sconvex",
     True),
    (r"$\sum_{i=1}^n \log(1 + e^{-y_i w^\top x_i}) + \lambda \|w\|_2^2$ is strictly convex in $w$ for "
     r"$\lambda > 0$", "sconvex", True),
], params=LAM, why="convex plus lam ||w||^2 / 2 with lam > 0")
E("hinge", "Max(0, 1 - (w1 + 2*w2))", W2, R, [
    (r"$\max(0, 1 - y\, w^\top x)$ is convex in $w$", "convex", True),
    (r"The hinge loss $\max\{0, 1 - y \langle w, x\rangle\}$ is convex in $w$", "convex", True),
    (r"$\max(0, 1 - y w^\top x)$ is strictly convex in $w$", "sconvex", False),
    (r"$\max(0, 1 - y w^T x)$ is concave in $w$", "concave", False),
], why="the max of two affine functions of w; witness x = (1, 2), y = 1")
E("hinge", "Max(0, 1 - (w1 + 2*w2))**2", W2, R, [
    (r"$\max(0, 1 - y w^\top x)^2$ is convex in $w$", "convex", True),
    (r"The squared hinge loss $\max(0, 1 - y\, w^\top x)^2$ is strictly convex in $w$", "sconvex", False),
], why="a convex nondecreasing square of a nonnegative convex function; witness x = (1, 2), y = 1: zero on "
   "w1 + 2 w2 >= 1", flat=[((1, 1), (3, 0))])
E("hinge", "Max(0, 1 - (w1 + 2*w2)) + lam*(w1**2 + w2**2)/2", W2, R, [
    (r"$\frac{\lambda}{2}\|w\|^2 + \sum_{i=1}^n \max(0, 1 - y_i w^\top x_i)$ is strictly convex in $w$ for "
     r"$\lambda > 0$", "sconvex", True),
    (r"The SVM objective $\frac{\lambda}{2}\|w\|_2^2 + \max(0, 1 - y\, w^\top x)$ is convex in $w$ for "
     r"$\lambda \ge 0$", "convex", True),
], params=LAM, why="convex plus lam ||w||^2 / 2")
E("linear", "w1 + 2*w2", W2, R, [
    (r"$w^\top x$ is affine in $w$", "affine", True),
    (r"$\theta^\top x$ is convex in $\theta$", "convex", True),
    (r"$\langle w, x \rangle$ is concave in $w$", "concave", True),
    (r"$\theta^\top x$ is strictly convex in $\theta$", "sconvex", False),
], why="linear in w")
E("linear", "(w1 + 2*w2)**2", W2, R, [
    (r"$(w^\top x)^2$ is convex in $w$", "convex", True),
    (r"$(w^\top x)^2$ is strictly convex in $w$ for $x > 0$", "sconvex", False),
    (r"$\langle w, x \rangle^2$ is strictly convex in $w$ for $x > 0$", "sconvex", False),
    (r"$(\theta^\top x)^2$ is strictly convex in $\theta$ for $x > 0$", "sconvex", False),
    (r"$(w^\top x - y)^2$ is strictly convex in $w$ for $x > 0$", "sconvex", False),
    (r"$\frac{1}{n}\sum_{i=1}^n (y_i - w^\top x_i)^2$ is strictly convex in $w$ for $x_i > 0$", "sconvex", False),
], why="a square of a linear form; witness x = (1, 2), y = 0: zero along (2t, -t)", flat=[((0, 0), (2, -1))])
E("linear", "(w1 + 2*w2)**2 + w1**2 + w2**2", W2, R, [
    (r"$\|w\|^2 + (w^T x - y)^2$ is strictly convex in $w$", "sconvex", True),
    (r"$(w^\top x - y)^2 + \|w\|_2^2$ is strictly convex in $w$", "sconvex", True),
], why="Hessian 2(x x^T + I), positive definite for every x")

# ---------------------------------------------------------------- log-sum-exp, softmax cross-entropy
E("lse", "log(exp(w1 + w2 + 1) + exp(2*w1 - w2))", W2, R, [
    (r"$\log \sum_{i=1}^m e^{a_i^\top x + b_i}$ is convex in $x$", "convex", True),
    (r"$\log\left(\sum_{j} \exp(a_j^\top x + b_j)\right)$ is convex in $x$", "convex", True),
    (r"$\log \sum_{i=1}^m e^{a_i^\top x + b_i}$ is concave in $x$", "concave", False),
    (r"$\log \sum_{j} e^{a_j^\top x + b_j}$ is affine in $x$", "affine", False),
], why="log-sum-exp of an affine map; member m = 2, a_1 = (1, 1), b_1 = 1, a_2 = (2, -1), b_2 = 0")
E("lse", "log(exp(x1) + exp(x2))", X2, R, [
    (r"$\log \sum_i e^{x_i}$ is convex in $x$", "convex", True),
    (r"$\log \sum_i e^{x_i}$ is affine in $x$", "affine", False),
    (r"$\log \sum_{i=1}^n e^{x_i}$ is strictly convex in $x$", "sconvex", False),
    (r"The log-sum-exp $\log\left(\sum_{i} \exp(x_i)\right)$ is concave", "concave", False),
], why="log-sum-exp; member n = 2; affine along (t, t)", flat=[((0, 0), (1, 1))])
E("softmax", "log(exp(w1) + exp(w2)) - w1", W2, R, [
    (r"The softmax cross-entropy $-\log \frac{e^{z_y}}{\sum_k e^{z_k}}$ is convex in $z$", "convex", True),
    (r"$\log \sum_{k=1}^K e^{z_k} - z_y$ is convex in $z$", "convex", True),
    (r"$\log \sum_{k=1}^K e^{z_k} - z_y$ is strictly convex in $z$", "sconvex", False),
], why="log-sum-exp minus a coordinate; member K = 2, y = 1; affine along (t, t)", flat=[((0, 0), (1, 1))])

# ---------------------------------------------------------------- quadratic forms
E("quadratic-form", "2*x1**2 + 2*x1*x2 + x2**2", X2, R, [
    (r"$x^\top A x$ is convex in $x$ for $A \succeq 0$", "convex", True),
    (r"$x^\top A x$ is convex in $x$ when $A$ is positive semidefinite", "convex", True),
    (r"$x^T A x$ is convex in $x$ for positive semidefinite $A$", "convex", True),
    (r"$\frac{1}{2} x^\top Q x - b^\top x$ is convex in $x$ for $Q \succeq 0$", "convex", True),
    (r"$x^\top A x$ is concave in $x$ for $A \succeq 0$", "concave", False),
], why="Hessian A + A^T, PSD when A is; member A = [[2, 1], [1, 1]]")
E("quadratic-form", "2*x1**2 + 2*x1*x2 + x2**2 + x1 - x2", X2, R, [
    (r"$x^\top A x$ is strictly convex in $x$ for $A \succ 0$", "sconvex", True),
    (r"$x^T A x$ is strictly convex in $x$ when $A$ is positive definite", "sconvex", True),
    (r"$\frac{1}{2} x^\top Q x + c^\top x$ is strictly convex in $x$ for $Q \succ 0$", "sconvex", True),
    (r"$\frac12 x^T Q x - b^T x$ is strictly convex in $x$ for a positive definite $Q$", "sconvex", True),
], why="Hessian A + A^T positive definite; member A = [[2, 1], [1, 1]], c = (1, -1)")
E("quadratic-form", "x1**2", X2, R, [
    (r"$x^\top A x$ is strictly convex in $x$ for $A \succeq 0$", "sconvex", False),
    (r"$x^T A x$ is strictly convex in $x$ when $A$ is positive semidefinite", "sconvex", False),
], why="member A = [[1, 0], [0, 0]]: constant along x2", flat=[((0, 0), (0, 1))])
E("quadratic-form", "x1**2 + 4*x1*x2 + x2**2", X2, R, [
    (r"$x^\top A x$ is convex in $x$", "convex", False),
    (r"$x^T A x$ is convex in $x$ for symmetric $A$", "convex", False),
    (r"$x^\top A x$ is convex in $x$ for $A$ with nonnegative entries", "convex", False),
    (r"$x^\top A x$ is convex in $x$ where $A = \begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$", "convex", False),
    (r"$x^\top A x$ is convex in $x$ for $A \in \mathbb{R}^{2 \times 2}$", "convex", False),
    (r"$x^\top A x$ is concave in $x$ for $A = A^\top$", "concave", False),
], why="member A = [[1, 2], [2, 1]] (symmetric, entries >= 0, eigenvalues 3 and -1)")
E("quadratic-form", "x1**2 + 2*x1*x2 + x2**2", X2, R, [
    (r"$x^\top A x$ is convex in $x$ where $A = \begin{pmatrix} 1 & 3 \\ -1 & 1 \end{pmatrix}$", "convex", True),
    (r"$x^\top A x$ is strictly convex in $x$ where $A = \begin{pmatrix} 1 & 3 \\ -1 & 1 \end{pmatrix}$", "sconvex",
     False),
], why="x^T A x = (x1 + x2)^2 for the non-symmetric A: convex, constant along (t, -t)", flat=[((0, 0), (1, -1))])
E("quadratic-form", "-(x1**2 + x1*x2 + x2**2)", X2, R, [
    (r"$x^\top A x$ is concave in $x$ for $A \preceq 0$", "concave", True),
    (r"$x^\top A x$ is concave in $x$ when $A$ is negative semidefinite", "concave", True),
], why="Hessian A + A^T, NSD; member A = -[[1, 1/2], [1/2, 1]]")
E("quadratic-form", "x1**2 + x1*x2 + x2**2", X2, R, [
    (r"$-x^\top A x$ is convex in $x$ for $A \preceq 0$", "convex", True),
], why="-x^T A x = x^T (-A) x with -A PSD (session 13: the line was labelled false against the member of x^T A x, "
       "not of -x^T A x); member A = -[[1, 1/2], [1/2, 1]]")
E("quadratic-form", "3*x1**2 + 2*x1*x2 + 3*x2**2", X2, R, [
    (r"$x^\top A x$ is strictly convex in $x$ where $A = \begin{pmatrix} 3 & 1 \\ 1 & 3 \end{pmatrix}$", "sconvex",
     True),
    (r"$x^T A x$ is convex where $A = \begin{bmatrix} 3 & 1 \\ 1 & 3 \end{bmatrix}$", "convex", True),
    (r"$\langle x, Ax \rangle$ is strictly convex in $x$ where $A = \begin{pmatrix} 3 & 1 \\ 1 & 3 \end{pmatrix}$",
     "sconvex", True),
], why="A positive definite (eigenvalues 2, 4)")
E("quadratic-form", "x1**2/2 + x2**2/3", X2, R, [
    (r"$x^\top A^{-1} x$ is convex in $x$ for $A \succ 0$", "convex", True),
    (r"$x^T A^{-1} x$ is strictly convex in $x$ for $A \succ 0$", "sconvex", True),
], why="A^{-1} is positive definite; member A = diag(2, 3)")

# ---------------------------------------------------------------- vector norms without a stated size
E("vector-norm", "sqrt(x1**2 + x2**2)", X2, P, [
    (r"$\|x\|$ is affine for $x > 0$", "affine", False),
    (r"$\|x\|_2$ is affine on $x \ge 0$", "affine", False),
    (r"$\|x\|_2$ is affine on $\mathbb{R}^n_+$", "affine", False),
    (r"$\sqrt{x^\top x}$ is affine on $x > 0$", "affine", False),
    (r"$\left\lVert x \right\rVert_2$ is affine for $x > 0$", "affine", False),
    (r"$\big\| x \big\|$ is affine on $x > 0$", "affine", False),
    (r"$\|\mathbf{x}\|$ is affine for $\mathbf{x} > 0$", "affine", False),
    (r"$\|\mathbf{x}\|_2$ is affine on $\mathbf{x} \ge 0$", "affine", False),
    (r"$\|\boldsymbol{x}\|_2$ is concave for $\boldsymbol{x} > 0$", "concave", False),
    (r"$\|x\|_2$ is concave for $x > 0$", "concave", False),
    (r"$\|x\|_2$ is convex for $x > 0$", "convex", True),
], dom=["x1 > 0", "x2 > 0"], why="member d = 2: the Euclidean norm is not affine on the open quadrant")
E("vector-norm", "Max(x1, x2)", X2, P, [
    (r"$\|x\|_\infty$ is affine for $x > 0$", "affine", False),
    (r"$\|x\|_\infty$ is concave on $x > 0$", "concave", False),
], dom=["x1 > 0", "x2 > 0"], why="member d = 2: max(x1, x2) on the quadrant")
E("vector-norm", "x1 + x2", X2, P, [
    (r"$\|x\|_1$ is affine for $x > 0$", "affine", True),
    (r"$\|x\|_1$ is strictly convex for $x > 0$", "sconvex", False),
], dom=["x1 > 0", "x2 > 0"], why="||x||_1 = sum x_i on the orthant, for every d")
E("vector-norm", "x1**2 + x2**2", X2, P, [
    (r"$\|x\|^2$ is strictly convex for $x > 0$", "sconvex", True),
    (r"$\|x\|_2^2$ is strictly convex on $x > 0$", "sconvex", True),
    (r"$x^\top x$ is strictly convex for $x > 0$", "sconvex", True),
], dom=["x1 > 0", "x2 > 0"], why="Hessian 2I for every d")
E("vector-norm", "sqrt(x1**2 + x2**2)", X2, R, [
    (r"$\|x\|_2$ is convex", "convex", True),
    (r"$\|x\|$ is convex in $x$", "convex", True),
    (r"$\|x\|_2$ is strictly convex", "sconvex", False),
    (r"$\|x\|$ is concave", "concave", False),
    (r"$\sqrt{x^\top x}$ is convex", "convex", True),
    (r"$\left\| x \right\|_2$ is convex", "convex", True),
    (r"$\Vert x \Vert$ is strictly convex", "sconvex", False),
], why="a norm: convex, positively homogeneous so affine along rays", flat=[((1, 1), (2, 2))])
E("vector-norm", "x1**2 + x2**2", X2, R, [
    (r"$\|x\|_2^2$ is strictly convex", "sconvex", True),
    (r"$x^\top x$ is strictly convex", "sconvex", True),
    (r"$x^T x$ is convex in $x$", "convex", True),
    (r"$\|x\|^2$ is concave", "concave", False),
    (r"$\langle x, x \rangle$ is strictly convex in $x$", "sconvex", True),
], why="Hessian 2I for every d")
E("vector-norm", "abs(x1) + abs(x2)", X2, R, [
    (r"$\|x\|_1$ is convex", "convex", True),
    (r"$\|x\|_1$ is strictly convex", "sconvex", False),
    (r"$\|x\|_1$ is concave", "concave", False),
], why="a norm; affine on each orthant", flat=[((1, 1), (2, 1))])
E("vector-norm", "Max(abs(x1), abs(x2))", X2, R, [
    (r"$\|x\|_\infty$ is convex", "convex", True),
    (r"$\|x\|_\infty$ is strictly convex", "sconvex", False),
], why="a norm", flat=[((1, 1), (2, 2))])
E("vector-norm", "(x1**2 + x2**2)/t", "x1 x2 t", [R, R, P], [
    (r"$\frac{x^\top x}{t}$ is convex on $t > 0$", "convex", True),
    (r"$\frac{\|x\|_2^2}{t}$ is convex in $(x, t)$ for $t > 0$", "convex", True),
    (r"$\frac{\|x\|_2^2}{t}$ is strictly convex on $t > 0$", "sconvex", False),
], dom=["t > 0"], why="the perspective of ||x||^2 (quad-over-lin); affine along rays", flat=[((1, 1, 1), (2, 2, 2))])
E("vector-norm", "sqrt(x1**2 + x2**2) - t", "x1 x2 t", R, [
    (r"$\|x\|_2 - t$ is convex in $(x, t)$", "convex", True),
    (r"$\|x\|_2 - t$ is concave in $(x, t)$", "concave", False),
], why="a norm minus a coordinate")

# ---------------------------------------------------------------- coordinates without a stated size
E("coordinates", "Max(x1, x2)", X2, R, [
    (r"$\max_i x_i$ is affine in $x$", "affine", False),
    (r"$\max_i x_i$ is convex in $x$", "convex", True),
    (r"$\max_{i} x_i$ is concave in $x$", "concave", False),
    (r"$\max_i x_i$ is affine in $x \in \mathbb{R}^3$", "affine", False),
], why="member d = 2: max(x1, x2)")
E("coordinates", "Min(x1, x2)", X2, R, [
    (r"$\min_i x_i$ is concave in $x$", "concave", True),
    (r"$\min_i x_i$ is convex in $x$", "convex", False),
], why="member d = 2: min(x1, x2)")
E("coordinates", "x1*x2", X2, P, [
    (r"$\prod_i x_i$ is concave on $x \ge 0$", "concave", False),
    (r"$\prod_{i=1}^n x_i$ is concave on $x > 0$", "concave", False),
    (r"$\prod_{i=1}^n x_i$ is convex for $x > 0$", "convex", False),
], dom=["x1 > 0", "x2 > 0"], why="member d = 2: x1 x2, Hessian [[0, 1], [1, 0]]")
E("coordinates", "sqrt(x1*x2)", X2, P, [
    (r"$\left(\prod_{i=1}^n x_i\right)^{1/n}$ is concave on $x > 0$", "concave", True),
    (r"$\left(\prod_{i=1}^n x_i\right)^{1/n}$ is affine on $x > 0$", "affine", False),
], dom=["x1 > 0", "x2 > 0"], why="the geometric mean, concave for every n; member n = 2")
E("coordinates", "x1*log(x1) + x2*log(x2)", X2, P, [
    (r"$\sum_i x_i \log x_i$ is strictly convex on $x > 0$", "sconvex", True),
    (r"$\sum_{i=1}^n x_i \log x_i$ is convex for $x > 0$", "convex", True),
], dom=["x1 > 0", "x2 > 0"], why="a separable sum of t log t, t'' = 1/t > 0")
E("coordinates", "-(x1*log(x1) + x2*log(x2))", X2, P, [
    (r"The entropy $-\sum_{i} x_i \log x_i$ is concave on $x > 0$", "concave", True),
    (r"$-\sum_{i=1}^n x_i \log x_i$ is convex for $x > 0$", "convex", False),
], dom=["x1 > 0", "x2 > 0"], why="minus a separable sum of t log t")

# ---------------------------------------------------------------- traces, Frobenius norms, determinants (X undeclared)
E("trace", "a**2 + 2*b*c + d**2", "a b c d", R, [
    (r"$\operatorname{tr}(X^2)$ is convex in $X$", "convex", False),
    (r"$\mathrm{tr}(X^2)$ is convex in $X$", "convex", False),
    (r"$\operatorname{tr}(X^2)$ is convex in $X$ for $X \in \mathbb{R}^{2 \times 2}$", "convex", False),
    (r"$\operatorname{tr}(XX)$ is convex in $X$", "convex", False),
], why="member X = [[a, b], [c, d]]: tr(X^2) = a^2 + 2bc + d^2, indefinite in (b, c)")
E("trace", "a**2 + b**2 + c**2 + d**2", "a b c d", R, [
    (r"$\operatorname{tr}(X^\top X)$ is strictly convex in $X$", "sconvex", True),
    (r"$\|X\|_F^2$ is strictly convex in $X$", "sconvex", True),
    (r"$\|W\|_F^2$ is strictly convex in $W$", "sconvex", True),
    (r"$\operatorname{tr}(X^T X)$ is convex in $X$", "convex", True),
    (r"$\operatorname{tr}(X^\top X)$ is strictly convex in $X$ for $X \in \mathbb{R}^{2 \times 2}$", "sconvex", True),
], why="the sum of the squares of the entries, for every size")
E("trace", "(a + d)**2", "a b c d", R, [
    (r"$\operatorname{tr}(X)^2$ is strictly convex in $X$", "sconvex", False),
    (r"$(\operatorname{tr} X)^2$ is strictly convex in $X$", "sconvex", False),
    (r"$\operatorname{tr}(X)^2$ is convex in $X$", "convex", True),
], why="a square of a linear function of X; member 2 x 2: constant in b, c", flat=[((0, 0, 0, 0), (0, 1, 1, 0))])
E("trace", "b**2 + c**2 - 2*a*d", "a b c d", R, [
    (r"$\operatorname{tr}(X^\top X) - \operatorname{tr}(X)^2$ is convex in $X$", "convex", False),
    (r"$\|X\|_F^2 - (\operatorname{tr} X)^2$ is convex in $X$", "convex", False),
], why="member 2 x 2: a^2 + b^2 + c^2 + d^2 - (a + d)^2 = b^2 + c^2 - 2ad, indefinite in (a, d) (0 for a 1 x 1 X)")
E("trace", "a + 2*b + 3*c + 4*d", "a b c d", R, [
    (r"$\operatorname{tr}(AX)$ is affine in $X$", "affine", True),
    (r"$\operatorname{tr}(A^\top X)$ is convex in $X$", "convex", True),
    (r"$\operatorname{tr}(X)$ is affine in $X$", "affine", True),
], why="linear in the entries of X")
E("frobenius", "sqrt(a**2 + b**2 + c**2 + d**2)", "a b c d", R, [
    (r"$\|X\|_F$ is convex in $X$", "convex", True),
    (r"$\|W\|_F$ is strictly convex in $W$", "sconvex", False),
    (r"$\|X\|_F$ is concave in $X$", "concave", False),
], why="a norm of the entries; affine along rays", flat=[((1, 1, 1, 1), (2, 2, 2, 2))])
E("frobenius", "sqrt(a**2 + 2 + d**2)", "a d", P, [
    (r"$\|X\|_F$ is affine for $X > 0$", "affine", False),
    (r"$\|X\|_F$ is affine on $X \succ 0$", "affine", False),
], dom=["a > 1", "d > 1"], why="member X = [[a, 1], [1, d]] with a, d > 1: entrywise positive and positive definite; "
   "||X||_F = sqrt(a^2 + 2 + d^2) is not affine")
E("frobenius", "sqrt(a**2 + d**2)", "a d", P, [
    (r"$\|X\|_2$ is affine for $X > 0$", "affine", False),
], dom=["a > 0", "d > 0"], why="member X = (a d) (1 x 2, entrywise positive): the spectral norm is the Euclidean "
   "norm sqrt(a^2 + d^2), not affine (a square member: diag(a, d) gives max(a, d), not affine either)")
E("det", "a*d", "a d", P, [
    (r"$\det X$ is concave on $X \succ 0$", "concave", False),
    (r"$\det(X)$ is concave for $X \succ 0$", "concave", False),
    (r"$\det X$ is convex on $X \succ 0$", "convex", False),
], dom=["a > 0", "d > 0"], why="member X = diag(a, d), positive definite: det = a d, indefinite Hessian")
E("det", "log(a*d - b**2)", "a b d", [(0.5, 4), (-1, 1), (0.5, 4)], [
    (r"$\log \det X$ is concave on $X \succ 0$", "concave", True),
    (r"$\log\det(X)$ is concave in $X$ for $X \succ 0$", "concave", True),
    (r"$-\log \det X$ is convex on $X \succ 0$", "concave", True),
    (r"$\log\det X$ is convex on $X \succ 0$", "convex", False),
], dom=["a > 0", "d > 0", "a*d - b**2 > 0"], why="log det is concave on the PD cone for every n (Boyd 3.1.5); "
   "member: symmetric 2 x 2 [[a, b], [b, d]]")
E("inverse", "1/a + 1/d", "a d", P, [
    (r"$\operatorname{tr}(X^{-1})$ is convex on $X \succ 0$", "convex", True),
    (r"$\operatorname{tr}(X^{-1})$ is concave on $X \succ 0$", "concave", False),
], dom=["a > 0", "d > 0"], why="tr X^{-1} is convex on the PD cone (Boyd ex. 3.18); member diag(a, d)")
E("inverse", "d/(a*d - b**2)", "a b d", [(0.5, 4), (-1, 1), (0.5, 4)], [
    (r"$b^\top X^{-1} b$ is convex in $X$ for $X \succ 0$", "convex", True),
    (r"$y^T X^{-1} y$ is concave in $X$ on $X \succ 0$", "concave", False),
], dom=["a > 0", "d > 0", "a*d - b**2 > 0"], why="the matrix fractional function is convex on the PD cone; member "
   "b = (1, 0), X = [[a, b], [b, d]]: (X^{-1})_{11} = d / (a d - b^2)")
E("eigen", "Max(a, d)", "a d", R, [
    (r"$\lambda_{\max}(X)$ is affine in $X$", "affine", False),
    (r"$\lambda_{\max}(X)$ is concave in $X$", "concave", False),
], why="member X = diag(a, d): lambda_max = max(a, d)")
E("eigen", "Min(a, d)", "a d", R, [
    (r"$\lambda_{\min}(X)$ is affine in $X$", "affine", False),
    (r"$\lambda_{\min}(X)$ is convex in $X$", "convex", False),
], why="member X = diag(a, d): lambda_min = min(a, d)")

# ---------------------------------------------------------------- declared sizes
E("declared", "sqrt(x1**2 + x2**2 + x3**2)", "x1 x2 x3", R, [
    (r"$\|x\|_2$ is convex for $x \in \mathbb{R}^3$", "convex", True),
    (r"$\|x\|_2$ is strictly convex for $x \in \mathbb{R}^3$", "sconvex", False),
], why="a norm", flat=[((1, 1, 1), (2, 2, 2))])
E("declared", "x1**2 + x2**2", X2, R, [
    (r"$\|x\|_2^2$ is strictly convex in $x \in \mathbb{R}^2$", "sconvex", True),
    (r"$x^\top x$ is strictly convex on $\mathbb{R}^2$", "sconvex", True),
], why="Hessian 2I")
E("declared", "sqrt(x1**2 + x2**2)", X2, P, [
    (r"$\|x\|_2$ is affine on $\mathbb{R}^2_{++}$", "affine", False),
    (r"$\|x\|_2$ is affine for $x \in \mathbb{R}^2$, $x > 0$", "affine", False),
], dom=["x1 > 0", "x2 > 0"], why="not affine on the open quadrant")
E("declared", "x", "x", P, [
    (r"$\|x\|_2$ is affine on $\mathbb{R}^1_{+}$", "affine", True),
    (r"$\|x\|$ is affine for $x > 0$ where $x \in \mathbb{R}$", "affine", True),
], dom=["x > 0"], why="x in R^1 is a number: ||x|| = |x| = x on x > 0")
E("declared", "abs(x1) + abs(x2)", X2, R, [
    (r"$\|x\|_1$ is strictly convex for $x \in \mathbb{R}^2$", "sconvex", False),
], why="affine on the quadrant", flat=[((1, 1), (2, 1))])
E("declared", "x1**2 + x2**2 + x3**2 - 2*(x1 + x2 + x3)", "x1 x2 x3", R, [
    (r"$\|x\|_2^2 - 2\mathbf{1}^\top x$ is strictly convex for $x \in \mathbb{R}^3$", "sconvex", True),
    (r"$x^\top x - 2 \sum_{i=1}^3 x_i$ is strictly convex in $x \in \mathbb{R}^3$", "sconvex", True),
], why="Hessian 2I")

# ---------------------------------------------------------------- declared matrices with symbolic entries
E("declared-matrix", "(a + d)**2", "a b c d", R, [
    (r"$\operatorname{tr}(X)^2$ is strictly convex in $X$ for $X \in \mathbb{R}^{2 \times 2}$", "sconvex", False),
    (r"$\operatorname{tr}(X)^2$ is convex in $X$ for $X \in \mathbb{R}^{2 \times 2}$", "convex", True),
], why="(X11 + X22)^2: a square of a linear form, constant in the off-diagonal entries (not tr(X^2))",
   flat=[((0, 0, 0, 0), (0, 1, 1, 0))])
E("declared-matrix", "(x1 + 2*x2 + 3*x3 - 1)**2 + (x1 - x2 + x3 - 2)**2", "x1 x2 x3", R, [
    (r"$\|Ax - b\|_2^2$ is convex in $x$ for $A \in \mathbb{R}^{2 \times 3}$", "convex", True),
    (r"$\|Ax - b\|_2^2$ is strictly convex in $x$ for $A \in \mathbb{R}^{2 \times 3}$", "sconvex", False),
    (r"$\|Ax - b\|_2^2$ is strictly convex in $x$ where $A \in \mathbb{R}^{2 \times 3}$ and $b \in \mathbb{R}^2$",
     "sconvex", False),
], why="2 X^T X is PSD for every A; A has rank <= 2 < 3: constant along the null direction (member A = [[1, 2, 3], "
   "[1, -1, 1]], null vector (5, 2, -3))", flat=[((0, 0, 0), (5, 2, -3))])
E("declared-matrix", "(2*x1 + x2 - 1)**2 + (x1 + 2*x2 - 2)**2", X2, R, [
    (r"$\|Ax - b\|_2^2$ is convex in $x$ for $A \ge 0$, $A \in \mathbb{R}^{2 \times 2}$", "convex", True),
    (r"$\|Ax - b\|^2$ is convex in $x$ for $A > 0$, $A \in \mathbb{R}^{2 \times 2}$", "convex", True),
], why="convex for every A, whichever reading of A > 0 (entrywise or positive definite); member A = [[2, 1], [1, 2]]")
E("declared-matrix", "a*d - b*c", "a b c d", P, [
    (r"$\det X$ is concave in $X$ for $X \in \mathbb{R}^{2 \times 2}$", "concave", False),
    (r"$\det(X)$ is convex for $X \in \mathbb{R}^{2 \times 2}$", "convex", False),
], why="det X = ad - bc, an indefinite quadratic form of the entries")
E("declared-matrix", "a*d - b*c", "a b c d", P, [
    (r"$\det X$ is concave on $X \succ 0$, $X \in \mathbb{R}^{2 \times 2}$", "concave", False),
], dom=["a > 0", "d > 0", "b > 0", "c > 0", "b < 1/4", "c < 1/4", "a > 1", "d > 1"],
   why="the member diag-dominant matrices [[a, b], [c, d]] with a, d > 1 and 0 < b, c < 1/4 are positive definite "
       "(symmetric part diagonally dominant): ad - bc is not concave there (indefinite in (a, d))")

# ---------------------------------------------------------------- null rows
N("ambiguous-order", r"$x^\top A x$ is convex in $x$ for $A > 0$",
  "A > 0 is positive definite in some texts (convex) and entrywise positive in others (A = [[1, 2], [2, 1]])",
  [("2*x1**2 + 2*x1*x2 + 2*x2**2", ["x1", "x2"], [], [R, R], "convex"),
   ("x1**2 + 4*x1*x2 + x2**2", ["x1", "x2"], [], [R, R], "convex")])
N("ambiguous-order", r"$x^T A x$ is convex in $x$ for $A \geq 0$",
  "A >= 0 is PSD (convex) or entrywise nonnegative (A = [[0, 1], [1, 0]]: 2 x1 x2, not convex)",
  [("x1**2 + x2**2", ["x1", "x2"], [], [R, R], "convex"),
   ("2*x1*x2", ["x1", "x2"], [], [R, R], "convex")])
N("ambiguous-order", r"$\|Ax - b\|_2^2$ is strictly convex in $x$ for $A > 0$, $A \in \mathbb{R}^{2 \times 2}$",
  "A > 0 positive definite (invertible: strictly convex) or entrywise (A = [[1, 1], [1, 1]]: not strictly)",
  [("(2*x1 + x2)**2 + (x1 + 2*x2)**2", ["x1", "x2"], [], [R, R], "sconvex"),
   ("2*(x1 + x2)**2", ["x1", "x2"], [], [R, R], "sconvex")])
N("ambiguous-order", r"$\frac{1}{2} x^\top Q x$ is strictly convex in $x$ for $Q > 0$",
  "Q > 0 positive definite (strictly convex) or entrywise positive (Q = [[1, 2], [2, 1]]: not convex)",
  [("x1**2 + x2**2", ["x1", "x2"], [], [R, R], "sconvex"),
   ("(x1**2 + 4*x1*x2 + x2**2)/2", ["x1", "x2"], [], [R, R], "sconvex")])
N("size-mismatch", r"$x^\top A x$ is convex in $x$ where $A \in \mathbb{R}^{2 \times 3}$",
  "x^T A x needs a square A: the sizes do not match")
N("size-mismatch", r"$\|Ax - b\|_2^2$ is convex in $x$ for $A \in \mathbb{R}^{2 \times 3}$ and $x \in \mathbb{R}^2$",
  "A x needs x of size 3")
N("size-mismatch", r"$x^\top A x$ is convex in $x$ where $A = \begin{pmatrix} 1 & 2 & 3 \\ 4 & 5 & 6 \end{pmatrix}$",
  "x^T A x needs a square A")
N("vector-valued", r"$Ax - b$ is convex in $x$ for $A \in \mathbb{R}^{2 \times 2}$",
  "a vector-valued function: convexity of a map to R^2 is not a property of CLAIMS.md")
