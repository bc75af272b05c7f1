r"""The notation corpus (issue #11): vectors and matrices of a stated size, and the phrasing of textbooks and Q&A
posts. Each claim is written with the scalar function it denotes, worked out by hand (``expr``, over the coordinates
x1, x2, ...), the facts that hold (C V SC SV), and a segment on which the function is affine when it is convex but not
strictly; ``holds`` is computed from the facts and the property, never from symconvex. verify.py checks the facts.

    python bench/corpus/truth/gen_notation.py bench/corpus/notation.jsonl bench/corpus/truth/spec_notation.jsonl
    python bench/corpus/truth/verify.py bench/corpus/truth/spec_notation.jsonl
"""
import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from lib import Gen, PROPS, facts

G = Gen(23)

PD2 = r"\begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}"


def S(kind, texts, expr, vars, fx, why, seg=None, dom=(), box=None):
    """One subject, several claims: ``texts`` is a list of (claim text, property, negated)."""
    for text, prop, neg in texts:
        holds = PROPS[prop](facts(fx)) != neg
        G.raw(kind, text, holds, why, dict(expr=expr, vars=vars.split(), dom=list(dom), facts=fx, seg=seg, box=box,
                                           params=None, logof=False, prop=prop, neg=neg, pos=None))


# ---------------- quadratic forms x^T A x ----------------
K = "quadratic-form"
S(K, [(r"$x^\top A x$ is strictly convex where $A = " + PD2 + "$", "strictly convex", False),
      (r"Is $x^\top A x$ concave, where $A = " + PD2 + "$?", "concave", False),
      (r"Show that $f(x) = x^T A x$ is convex, where $A = " + PD2 + "$.", "convex", False)],
  "2*x1**2+2*x1*x2+2*x2**2", "x1 x2", "C SC", "A has eigenvalues 1 and 3")
S(K, [(r"$x^\top A x$ is convex where $A = \begin{bmatrix} 1 & 3 \\ 3 & 1 \end{bmatrix}$", "convex", False),
      (r"$x^\top A x$ is neither convex nor concave where $A = \begin{bmatrix} 1 & 3 \\ 3 & 1 \end{bmatrix}$",
       "neither convex nor concave", False)],
  "x1**2+6*x1*x2+x2**2", "x1 x2", "", "A has eigenvalues 4 and -2")
S(K, [(r"$\mathbf{x}^\top A \mathbf{x}$ is convex where $A = \begin{pmatrix} 1 & -1 \\ -1 & 1 \end{pmatrix}$",
       "convex", False),
      (r"$\mathbf{x}^\top A \mathbf{x}$ is strictly convex where $A = \begin{pmatrix} 1 & -1 \\ -1 & 1 \end{pmatrix}$",
       "strictly convex", False),
      (r"$\mathbf{x}^\top A \mathbf{x}$ is convex but not strictly convex where "
       r"$A = \begin{pmatrix} 1 & -1 \\ -1 & 1 \end{pmatrix}$", "convex but not strictly convex", False)],
  "(x1-x2)**2", "x1 x2", "C", "A is PSD and singular: constant along (1, 1)", seg=[[0, 0], [1, 1]])
S(K, [(r"$x^T A x$ is convex where $A = \begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix}$", "convex", False),
      (r"$x^T A x$ is strictly convex where $A = \begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix}$", "strictly convex",
       False)],
  "(x1+x2)**2", "x1 x2", "C", "x^T A x = x^T (A+A^T)/2 x = (x1+x2)^2", seg=[[0, 0], [1, -1]])
S(K, [(r"$x^T A x$ is convex where $A = \begin{pmatrix} 1 & 4 \\ 0 & 1 \end{pmatrix}$", "convex", False)],
  "x1**2+4*x1*x2+x2**2", "x1 x2", "", "symmetric part [[1,2],[2,1]] has eigenvalue -1")
S(K, [(r"$-\mathbf{x}^\top \mathbf{x}$ is strictly concave for $\mathbf{x} \in \mathbb{R}^3$", "strictly concave", False),
      (r"$-\mathbf{x}^\top \mathbf{x}$ is convex for $\mathbf{x} \in \mathbb{R}^3$", "convex", False)],
  "-(x1**2+x2**2+x3**2)", "x1 x2 x3", "V SV", "Hessian -2I")
S(K, [(r"$x^T Q x$ is concave where $Q = \begin{pmatrix} 2 & 0 \\ 0 & -3 \end{pmatrix}$", "concave", False),
      (r"$x^T Q x$ is not convex where $Q = \begin{pmatrix} 2 & 0 \\ 0 & -3 \end{pmatrix}$", "convex", True)],
  "2*x1**2-3*x2**2", "x1 x2", "", "Q indefinite")
S(K, [(r"$x^\top A x$ is strictly convex where $A = \begin{bmatrix} 2 & -1 & 0 \\ -1 & 2 & -1 \\ 0 & -1 & 2 "
       r"\end{bmatrix}$", "strictly convex", False),
      (r"Determine whether $x^\top A x$ is concave, where $A = \begin{bmatrix} 2 & -1 & 0 \\ -1 & 2 & -1 \\ "
       r"0 & -1 & 2 \end{bmatrix}$.", "concave", False)],
  "2*x1**2-2*x1*x2+2*x2**2-2*x2*x3+2*x3**2", "x1 x2 x3", "C SC", "leading minors 2, 3, 4 > 0")
S(K, [(r"$x^\top A x$ is convex where $A = \begin{pmatrix} 1 & 2 & 0 \\ 2 & 1 & 0 \\ 0 & 0 & 1 \end{pmatrix}$",
       "convex", False)],
  "x1**2+4*x1*x2+x2**2+x3**2", "x1 x2 x3", "", "eigenvalue -1 in the (x1, x2) block")
S(K, [(r"$x^\top A x$ is strictly convex where $A = \begin{pmatrix} 1 & 0 & 0 \\ 0 & 1 & 0 \\ 0 & 0 & 0 "
       r"\end{pmatrix}$", "strictly convex", False),
      (r"$x^\top A x$ is convex where $A = \begin{pmatrix} 1 & 0 & 0 \\ 0 & 1 & 0 \\ 0 & 0 & 0 \end{pmatrix}$",
       "convex", False)],
  "x1**2+x2**2", "x1 x2 x3", "C", "PSD, constant in x3", seg=[[0, 0, 0], [0, 0, 1]])
S(K, [(r"$x^\top A x + b^\top x + c$ is strictly convex where $A = \begin{pmatrix} 2 & 0 \\ 0 & 2 \end{pmatrix}$, "
       r"$b = (1, -1)$, $c = 3$", "strictly convex", False),
      (r"$x^\top A x + b^\top x + c$ is affine where $A = \begin{pmatrix} 2 & 0 \\ 0 & 2 \end{pmatrix}$, "
       r"$b = (1, -1)$, $c = 3$", "affine", False)],
  "2*x1**2+2*x2**2+x1-x2+3", "x1 x2", "C SC", "Hessian 4I")
S(K, [(r"$\frac{1}{2} x^\top P x + q^\top x$ is convex where $P = \begin{bmatrix} 4 & 1 \\ 1 & 2 \end{bmatrix}$ and "
       r"$q = \begin{bmatrix} 1 \\ 1 \end{bmatrix}$", "convex", False)],
  "2*x1**2+x1*x2+x2**2+x1+x2", "x1 x2", "C SC", "P positive definite (4 > 0, det 7 > 0)")
K = "matrix"
S(K, [(r"$x^\top A^{-1} x$ is strictly convex where $A = \begin{pmatrix} 2 & 0 \\ 0 & 4 \end{pmatrix}$",
       "strictly convex", False)],
  "x1**2/2+x2**2/4", "x1 x2", "C SC", "A^{-1} = diag(1/2, 1/4)")
K = "quadratic-form"
S(K, [(r"$x^\top A x$ is convex on $\mathbb{R}^2_{++}$ where $A = \begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}$",
       "convex", False)],
  "2*x1*x2", "x1 x2", "", "Hessian [[0,2],[2,0]] indefinite", dom=["x1>0", "x2>0"], box={"x1": [0, 4], "x2": [0, 4]})

# ---------------- norms ----------------
K = "norm"
S(K, [(r"$\|x\|_2$ is convex for $x \in \mathbb{R}^3$", "convex", False),
      (r"$\|x\|_2$ is not strictly convex for $x \in \mathbb{R}^3$", "strictly convex", True),
      (r"$\|x\|_2$ is convex but not strictly convex for $x \in \mathbb{R}^3$", "convex but not strictly convex", False)],
  "sqrt(x1**2+x2**2+x3**2)", "x1 x2 x3", "C", "a norm: linear along rays", seg=[[1, 0, 0], [2, 0, 0]])
S(K, [(r"$\|\mathbf{x}\|_2^2$ is strictly convex for $\mathbf{x} \in \mathbb{R}^3$", "strictly convex", False),
      (r"$\|\mathbf{x}\|_2^2$ is concave for $\mathbf{x} \in \mathbb{R}^3$", "concave", False)],
  "x1**2+x2**2+x3**2", "x1 x2 x3", "C SC", "Hessian 2I")
S(K, [(r"$\|x\|_1$ is convex for $x \in \mathbb{R}^3$", "convex", False),
      (r"$\|x\|_1$ is strictly convex for $x \in \mathbb{R}^3$", "strictly convex", False)],
  "Abs(x1)+Abs(x2)+Abs(x3)", "x1 x2 x3", "C", "a norm: linear on the positive orthant", seg=[[1, 1, 1], [2, 2, 2]])
S(K, [(r"$\|\boldsymbol{x}\|_\infty$ is concave for $\boldsymbol{x} \in \mathbb{R}^2$", "concave", False),
      (r"$\|\boldsymbol{x}\|_\infty$ is convex for $\boldsymbol{x} \in \mathbb{R}^2$", "convex", False)],
  "Max(Abs(x1),Abs(x2))", "x1 x2", "C", "a norm", seg=[[1, 0], [2, 0]])
S(K, [(r"$\|x\|_4^4$ is strictly convex for $x \in \mathbb{R}^2$", "strictly convex", False)],
  "x1**4+x2**4", "x1 x2", "C SC", "sum of strictly convex functions of separate coordinates")
S(K, [(r"$\|x\|_3$ is convex for $x \in \mathbb{R}^2$", "convex", False)],
  "(Abs(x1)**3+Abs(x2)**3)**(1/3)", "x1 x2", "C", "the 3-norm", seg=[[1, 1], [2, 2]])
S(K, [(r"$\|Ax - b\|_2^2$ is strictly convex where $A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$ and "
       r"$b = (1, 1)$", "strictly convex", False),
      (r"$\|Ax - b\|_2^2$ is not convex where $A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$ and $b = (1, 1)$",
       "convex", True)],
  "(x1+2*x2-1)**2+(3*x1+4*x2-1)**2", "x1 x2", "C SC", "A^T A positive definite (A invertible)")
S(K, [(r"$\|Ax - b\|_2^2$ is strictly convex where $A = \begin{pmatrix} 1 & 1 \\ 2 & 2 \end{pmatrix}$ and "
       r"$b = (1, 0)$", "strictly convex", False),
      (r"$\|Ax - b\|_2^2$ is convex where $A = \begin{pmatrix} 1 & 1 \\ 2 & 2 \end{pmatrix}$ and $b = (1, 0)$",
       "convex", False)],
  "(x1+x2-1)**2+(2*x1+2*x2)**2", "x1 x2", "C", "A has rank 1: constant along (1, -1)", seg=[[0, 0], [1, -1]])
S(K, [(r"$\|x - a\|_2$ is strictly convex where $a = (1, 2)$", "strictly convex", False)],
  "sqrt((x1-1)**2+(x2-2)**2)", "x1 x2", "C", "a norm around a: linear along rays from a", seg=[[2, 2], [3, 2]])
S(K, [(r"$\|x - a\|_2^2$ is strictly convex where $a = (1, 2)$", "strictly convex", False)],
  "(x1-1)**2+(x2-2)**2", "x1 x2", "C SC", "Hessian 2I")
S(K, [(r"$\|x\|_2^2 + \|x\|_1$ is strictly convex for $x \in \mathbb{R}^2$", "strictly convex", False)],
  "x1**2+x2**2+Abs(x1)+Abs(x2)", "x1 x2", "C SC", "strictly convex plus convex")
S(K, [(r"$\sqrt{x^\top x + 1}$ is strictly convex for $x \in \mathbb{R}^2$", "strictly convex", False),
      (r"$\sqrt{x^\top x + 1}$ is concave for $x \in \mathbb{R}^2$", "concave", False)],
  "sqrt(x1**2+x2**2+1)", "x1 x2", "C SC", "the norm of (x, 1): Hessian positive definite")
S(K, [(r"$f(\mathbf{x}) = \|\mathbf{x}\|_2$ is convex but not strictly convex, $\mathbf{x} \in \mathbb{R}^2$",
       "convex but not strictly convex", False)],
  "sqrt(x1**2+x2**2)", "x1 x2", "C", "a norm", seg=[[1, 0], [2, 0]])

# ---------------- affine and inner products ----------------
K = "affine"
S(K, [(r"$a^\top x + b$ is affine where $a = (1, 2)$ and $b = 3$", "affine", False),
      (r"$a^\top x + b$ is strictly convex where $a = (1, 2)$ and $b = 3$", "strictly convex", False)],
  "x1+2*x2+3", "x1 x2", "C V", "affine", seg=[[0, 0], [1, 0]])
S(K, [(r"$\langle a, x \rangle$ is concave where $a = (1, -1)$", "concave", False),
      (r"$\langle a, x \rangle$ is not convex where $a = (1, -1)$", "convex", True)],
  "x1-x2", "x1 x2", "C V", "linear", seg=[[0, 0], [1, 0]])
S(K, [(r"$b^\top \mathbf{x}$ is convex where $b = \begin{pmatrix} 2 \\ -1 \\ 5 \end{pmatrix}$", "convex", False)],
  "2*x1-x2+5*x3", "x1 x2 x3", "C V", "linear", seg=[[0, 0, 0], [1, 0, 0]])
K = "matrix"
S(K, [(r"$\operatorname{tr}(X)$ is affine for $X \in \mathbb{R}^{2 \times 2}$", "affine", False)],
  "X11+X22", "X11 X12 X21 X22", "C V", "the trace is linear", seg=[[0, 0, 0, 0], [1, 0, 0, 0]])
S(K, [(r"$\operatorname{tr}(A X)$ is strictly convex for $X \in \mathbb{R}^{2 \times 2}$ where "
       r"$A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$", "strictly convex", False)],
  "X11+2*X21+3*X12+4*X22", "X11 X12 X21 X22", "C V", "linear in X", seg=[[0, 0, 0, 0], [1, 0, 0, 0]])
K = "affine"
S(K, [(r"$\mathbf{x} \cdot \mathbf{y}$ is convex for $\mathbf{x}, \mathbf{y} \in \mathbb{R}^2$", "convex", False),
      (r"$\mathbf{x} \cdot \mathbf{y}$ is neither convex nor concave for $\mathbf{x}, \mathbf{y} \in \mathbb{R}^2$",
       "neither convex nor concave", False)],
  "x1*y1+x2*y2", "x1 x2 y1 y2", "", "a bilinear form: indefinite Hessian")
S(K, [(r"$\langle x, x \rangle$ is strictly convex for $x \in \mathbb{R}^2$", "strictly convex", False)],
  "x1**2+x2**2", "x1 x2", "C SC", "Hessian 2I")
S(K, [(r"$x^\top x - 2\langle a, x \rangle$ is strictly convex where $a = (1, 1)$", "strictly convex", False)],
  "x1**2+x2**2-2*x1-2*x2", "x1 x2", "C SC", "Hessian 2I")

# ---------------- sums, products, max over coordinates ----------------
K = "index"
S(K, [(r"$\sum_{i=1}^{n} x_i^2$ is strictly convex for $x \in \mathbb{R}^3$", "strictly convex", False)],
  "x1**2+x2**2+x3**2", "x1 x2 x3", "C SC", "Hessian 2I")
S(K, [(r"$\sum_i e^{x_i}$ is strictly convex for $x \in \mathbb{R}^2$", "strictly convex", False),
      (r"$\sum_i e^{x_i}$ is concave for $x \in \mathbb{R}^2$", "concave", False)],
  "exp(x1)+exp(x2)", "x1 x2", "C SC", "diagonal Hessian with entries e^{x_i} > 0")
S(K, [(r"$\sum_{i=1}^n \log x_i$ is strictly concave for $x \in \mathbb{R}^3_{++}$", "strictly concave", False)],
  "log(x1)+log(x2)+log(x3)", "x1 x2 x3", "V SV", "diagonal Hessian -1/x_i^2", dom=["x1>0", "x2>0", "x3>0"],
  box={"x1": [0, 4], "x2": [0, 4], "x3": [0, 4]})
S(K, [(r"$-\sum_{i=1}^{n} \log x_i$ is convex for $x \in \mathbb{R}^2_{++}$", "convex", False)],
  "-log(x1)-log(x2)", "x1 x2", "C SC", "diagonal Hessian 1/x_i^2", dom=["x1>0", "x2>0"],
  box={"x1": [0, 4], "x2": [0, 4]})
S(K, [(r"$\sum_{i=1}^{n} x_i \log x_i$ is strictly convex where $x \in \mathbb{R}^2_{++}$", "strictly convex", False)],
  "x1*log(x1)+x2*log(x2)", "x1 x2", "C SC", "negative entropy: Hessian diag(1/x_i)", dom=["x1>0", "x2>0"],
  box={"x1": [0, 4], "x2": [0, 4]})
S(K, [(r"$\sum_{i=1}^{2} x_i^3$ is convex for $x \in \mathbb{R}^2$", "convex", False)],
  "x1**3+x2**3", "x1 x2", "", "second derivative 6x_i changes sign")
S(K, [(r"$\sum_{i=1}^{2} x_i^3$ is convex on $x \in \mathbb{R}^2_{+}$", "convex", False)],
  "x1**3+x2**3", "x1 x2", "C SC", "6x_i >= 0 on the orthant", dom=["x1>=0", "x2>=0"],
  box={"x1": [0, 4], "x2": [0, 4]})
S(K, [(r"$\max_i x_i$ is convex for $x \in \mathbb{R}^3$", "convex", False),
      (r"$\max_i x_i$ is concave for $x \in \mathbb{R}^3$", "concave", False)],
  "Max(x1,x2,x3)", "x1 x2 x3", "C", "max of linear functions; linear where x1 is largest",
  seg=[[1, 0, 0], [2, 0, 0]])
S(K, [(r"$\min_{1 \le i \le n} x_i$ is concave for $x \in \mathbb{R}^2$", "concave", False),
      (r"$\min_{1 \le i \le n} x_i$ is convex for $x \in \mathbb{R}^2$", "convex", False)],
  "Min(x1,x2)", "x1 x2", "V", "min of linear functions", seg=[[1, 2], [2, 3]])
S(K, [(r"$\prod_{i=1}^{2} x_i$ is concave on $x \in \mathbb{R}^2_{++}$", "concave", False)],
  "x1*x2", "x1 x2", "", "Hessian [[0,1],[1,0]] indefinite", dom=["x1>0", "x2>0"], box={"x1": [0, 4], "x2": [0, 4]})
S(K, [(r"$\left(\prod_{i=1}^{2} x_i\right)^{1/2}$ is concave for $x \in \mathbb{R}^2_{++}$", "concave", False),
      (r"$\left(\prod_{i=1}^{2} x_i\right)^{1/2}$ is strictly concave for $x \in \mathbb{R}^2_{++}$",
       "strictly concave", False)],
  "sqrt(x1*x2)", "x1 x2", "V", "geometric mean: concave, linear along rays", seg=[[1, 1], [2, 2]],
  dom=["x1>0", "x2>0"], box={"x1": [0, 4], "x2": [0, 4]})
S(K, [(r"$\sum_{i=1}^{n} (x_i - y_i)^2$ is convex for $x, y \in \mathbb{R}^2$", "convex", False)],
  "(x1-y1)**2+(x2-y2)**2", "x1 x2 y1 y2", "C", "sum of squares of linear forms; constant along x = y",
  seg=[[0, 0, 0, 0], [1, 1, 1, 1]])

# ---------------- log-sum-exp and compositions ----------------
K = "logsumexp"
S(K, [(r"$\log \sum_{i=1}^n e^{x_i}$ is convex for $x \in \mathbb{R}^3$", "convex", False),
      (r"$\log \sum_{i=1}^n e^{x_i}$ is strictly convex for $x \in \mathbb{R}^3$", "strictly convex", False),
      (r"Prove that $\log \sum_{i=1}^{n} e^{x_i}$ is concave for $x \in \mathbb{R}^3$.", "concave", False)],
  "log(exp(x1)+exp(x2)+exp(x3))", "x1 x2 x3", "C", "log-sum-exp: f(x + t 1) = f(x) + t",
  seg=[[0, 0, 0], [1, 1, 1]])
S(K, [(r"$\log\left(\sum_{i=1}^{2} e^{x_i}\right)$ is convex but not strictly convex for $x \in \mathbb{R}^2$",
       "convex but not strictly convex", False)],
  "log(exp(x1)+exp(x2))", "x1 x2", "C", "log-sum-exp", seg=[[0, 0], [1, 1]])
S(K, [(r"$e^{a^\top x}$ is convex where $a = (1, -1)$", "convex", False),
      (r"$e^{a^\top x}$ is strictly convex where $a = (1, -1)$", "strictly convex", False)],
  "exp(x1-x2)", "x1 x2", "C", "exp of a linear form: constant along (1, 1)", seg=[[0, 0], [1, 1]])
S(K, [(r"$\log(1 + e^{-a^T x})$ is convex where $a = (1, 2)$", "convex", False),
      (r"$\log(1 + e^{-a^T x})$ is concave where $a = (1, 2)$", "concave", False)],
  "log(1+exp(-x1-2*x2))", "x1 x2", "C", "logistic loss of a linear form", seg=[[0, 0], [2, -1]])
S(K, [(r"$\max\{0, 1 - w^\top x\}$ is convex in $w$ where $x = (1, 2)$", "convex", False)],
  "Max(0,1-w1-2*w2)", "w1 w2", "C", "hinge of a linear form", seg=[[0, 0], [1, 0]])
S(K, [(r"$(a^\top x)^2$ is strictly convex where $a = (1, 1)$", "strictly convex", False)],
  "(x1+x2)**2", "x1 x2", "C", "square of a linear form", seg=[[0, 0], [1, -1]])
S(K, [(r"$\frac{\|x\|_2^2}{t}$ is convex in $(x, t)$ for $x \in \mathbb{R}^2$ and $t > 0$", "convex", False)],
  "(x1**2+x2**2)/t", "x1 x2 t", "C", "quad-over-lin: homogeneous of degree 1", seg=[[1, 1, 1], [2, 2, 2]],
  dom=["t>0"], box={"t": [0, 4]})

# ---------------- phrasing of textbooks, exercise sheets and other tools' tests ----------------
K = "phrasing"
S(K, [(r"Show that $f(\mathbf{x}) = \|\mathbf{x}\|_2^2$ is strictly convex for $\mathbf{x} \in \mathbb{R}^2$.",
       "strictly convex", False),
      (r"Is $f(\mathbf{x}) = \|\mathbf{x}\|_2^2$ concave for $\mathbf{x} \in \mathbb{R}^2$?", "concave", False)],
  "x1**2+x2**2", "x1 x2", "C SC", "Hessian 2I")
S(K, [(r"Let $f:\mathbb{R}^2 \to \mathbb{R}$, $f(\mathbf{x}) = \mathbf{x}^\top A \mathbf{x}$ with "
       r"$A = \begin{pmatrix} 3 & 1 \\ 1 & 1 \end{pmatrix}$. Then $f$ is strictly convex.", "strictly convex", False)],
  "3*x1**2+2*x1*x2+x2**2", "x1 x2", "C SC", "3 > 0 and det 2 > 0")
S(K, [(r"$f:\mathbb{R}^3 \to \mathbb{R}$, $f(x) = \|x\|_1$ is strictly convex", "strictly convex", False)],
  "Abs(x1)+Abs(x2)+Abs(x3)", "x1 x2 x3", "C", "a norm", seg=[[1, 1, 1], [2, 2, 2]])
K = "question"
S(K, [(r"Determine whether $\vec{x} \cdot \vec{x}$ is convex for $\vec{x} \in \mathbb{R}^2$.", "convex", False)],
  "x1**2+x2**2", "x1 x2", "C SC", "Hessian 2I")
S(K, [(r"Is $x^2 - y^2$ convex or concave?", "convex or concave", False)],
  "x**2-y**2", "x y", "", "a saddle")
S(K, [(r"Is $x^2 + y^2$ convex or concave?", "convex or concave", False)],
  "x**2+y**2", "x y", "C SC", "Hessian 2I")
S(K, [(r"Determine whether $-\log x$ is convex or concave on $\mathbb{R}_{++}$.", "convex or concave", False)],
  "-log(x)", "x", "C SC", "f'' = 1/x^2 > 0", dom=["x>0"], box={"x": [0, 6]})
K = "domain-phrase"
S(K, [(r"$\sqrt{x_1 x_2}$ is concave on the positive orthant", "concave", False)],
  "sqrt(x_1*x_2)", "x_1 x_2", "V", "geometric mean", seg=[[1, 1], [2, 2]], dom=["x_1>0", "x_2>0"],
  box={"x_1": [0, 4], "x_2": [0, 4]})
S(K, [(r"$x_1 x_2$ is convex on the nonnegative orthant", "convex", False)],
  "x_1*x_2", "x_1 x_2", "", "indefinite Hessian", dom=["x_1>=0", "x_2>=0"], box={"x_1": [0, 4], "x_2": [0, 4]})
S(K, [(r"$f(x) = x \log x$ is strictly convex, $\mathbf{dom}\, f = \mathbb{R}_{++}$", "strictly convex", False)],
  "x*log(x)", "x", "C SC", "f'' = 1/x > 0", dom=["x>0"], box={"x": [0, 6]})
S(K, [(r"$f(x) = \frac{1}{x}$ is convex for $x \in (0, \infty)$", "convex", False),
      (r"$f(x) = \frac{1}{x}$ is concave on $\mathbb{R}_{++}$", "concave", False)],
  "1/x", "x", "C SC", "f'' = 2/x^3 > 0", dom=["x>0"], box={"x": [0, 6]})
S(K, [(r"$\log(x_1) + \log(x_2)$ is concave where $x \in \mathbb{R}^2_{++}$", "concave", False),
      (r"$\log(x_1) + \log(x_2)$ is not concave where $x \in \mathbb{R}^2_{++}$", "concave", True)],
  "log(x_1)+log(x_2)", "x_1 x_2", "V SV", "sum of concave functions of separate coordinates",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 4], "x_2": [0, 4]})
K = "phrasing"
S(K, [(r"$\mathbf{x}^\top \mathbf{x}$ is strictly convex for $\mathbf{x} \in \mathbb{R}^n$ where $n = 4$",
       "strictly convex", False)],
  "x1**2+x2**2+x3**2+x4**2", "x1 x2 x3 x4", "C SC", "Hessian 2I")
S(K, [(r"$x^\top A x$ is jointly convex in $x$ where $A = \begin{bmatrix} 4 & 2 \\ 2 & 1 \end{bmatrix}$",
       "convex", False)],
  "(2*x1+x2)**2", "x1 x2", "C", "A PSD, rank 1", seg=[[0, 0], [1, -2]])
S(K, [(r"$\boldsymbol{\theta}^\top \boldsymbol{\theta}$ is non-convex for $\boldsymbol{\theta} \in \mathbb{R}^2$",
       "convex", True)],
  "theta1**2+theta2**2", "theta1 theta2", "C SC", "Hessian 2I")
S(K, [(r"$(x_1 - x_2)^2$ is strictly convex for $x \in \mathbb{R}^2$", "strictly convex", False)],
  "(x1-x2)**2", "x1 x2", "C", "constant along (1, 1)", seg=[[0, 0], [1, 1]])
S(K, [(r"$x_1^2$ is strictly convex for $x \in \mathbb{R}^2$", "strictly convex", False)],
  "x1**2", "x1 x2", "C", "constant in x2", seg=[[0, 0], [0, 1]])
S(K, [(r"$\mathbf{x}^\top \mathbf{x}$ is convex on $\mathbf{x} \succeq 0$ for $\mathbf{x} \in \mathbb{R}^2$",
       "convex", False)],
  "x1**2+x2**2", "x1 x2", "C SC", "Hessian 2I", dom=["x1>=0", "x2>=0"], box={"x1": [0, 4], "x2": [0, 4]})

K = "phrasing"
S(K, [(r"Prove that the function $f(x) = \|x\|_2^2$ is strictly convex on $\mathbb{R}^2$.", "strictly convex", False)],
  "x1**2+x2**2", "x1 x2", "C SC", "Hessian 2I")
S(K, [(r"The function $f(x) = \max_{i} x_i$ is convex on $\mathbb{R}^3$.", "convex", False)],
  "Max(x1,x2,x3)", "x1 x2 x3", "C", "max of coordinates", seg=[[1, 0, 0], [2, 0, 0]])
S(K, [(r"Is $f(x) = \|x\|_1$ strictly convex on $\mathbb{R}^2$?", "strictly convex", False)],
  "Abs(x1)+Abs(x2)", "x1 x2", "C", "a norm", seg=[[1, 1], [2, 2]])
S(K, [(r"$f(x) = \log \sum_{i=1}^{n} \exp(x_i)$ is strictly convex on $\mathbb{R}^n$ with $n = 2$",
       "strictly convex", False)],
  "log(exp(x1)+exp(x2))", "x1 x2", "C", "log-sum-exp", seg=[[0, 0], [1, 1]])
S(K, [(r"$\sum_i \log x_i$ is concave in $x$ on $\mathbb{R}^2_{++}$", "concave", False)],
  "log(x1)+log(x2)", "x1 x2", "V SV", "sum of logs", dom=["x1>0", "x2>0"], box={"x1": [0, 4], "x2": [0, 4]})

G.write(sys.argv[1], sys.argv[2])
from collections import Counter
print(len(G.out), Counter(d["kind"] for d in G.out), sum(d["holds"] for d in G.out))
