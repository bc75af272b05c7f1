r"""Generate bench/corpus/exercises.jsonl (session 7, a blind red team: exercises and lecture notes).

Claims as they appear in textbook exercises and lecture notes, written before reading symconvex's source: Boyd &
Vandenberghe ch. 3 exercises ("Show that ... is convex", "Is f quasiconvex?"), Bertsekas, Nocedal-Wright,
Rockafellar, Beck's "Introduction to Nonlinear Optimization", calculus "concave up / down on an interval" exercises
(Stewart), probability (log-concave densities), economics (Cobb-Douglas, CES, utilities on R_{++}), information theory
(entropy, KL divergence, log-partition functions) and ML lecture notes (losses over the weights, small networks).

Each subject is a function (SymPy syntax, written here independently of the claim's text), its variables, its domain,
its parameters with their conditions, and the facts that hold: C convex, V concave, SC strictly convex, SV strictly
concave (of log f for log-concavity claims), and for quasi-claims QX quasiconvex, QV quasiconcave. Every expected
answer is derived from those facts (lib.PROPS and QPROPS below), never typed by hand; verify_exercises.py re-derives
the facts from the subject alone (exact refutation witnesses, exact affine segments, exact symbolic Hessians at random
points; for quasi-claims exact witnesses f(m) > max(f(a), f(b)) or f(m) < min(f(a), f(b))).

    python bench/corpus/truth/gen_exercises.py      # writes ../exercises.jsonl and spec_exercises.jsonl
    python bench/corpus/truth/verify_exercises.py   # re-derives every answer; --selftest plants wrong ones
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import Gen  # noqa: E402

G = Gen(707)

#: quasi-properties: facts QX (quasiconvex) and QV (quasiconcave)
QPROPS = {"quasiconvex": lambda q: q["QX"], "quasiconcave": lambda q: q["QV"],
          "quasilinear": lambda q: q["QX"] and q["QV"],
          "not quasiconvex": lambda q: not q["QX"], "not quasiconcave": lambda q: not q["QV"]}


def X(kind, tpl, expr, vars, props, fx, why, **kw):
    """One subject, one phrasing; one claim per property (a leading "!" negates: "<is>" becomes "is not")."""
    if "<is>" not in tpl:
        assert not any(p.startswith("!") for p in props), tpl
    assert "<prop>" in tpl, tpl
    G.add(kind, expr, vars, props, fx, why, tpl=tpl, **kw)


def Q(kind, tpl, expr, vars, props, qfx, why, dom=(), box=None):
    """A quasi-claim: the answer is QPROPS[prop] of the subject's quasi-facts (QX, QV)."""
    q = {k: (k in qfx.split()) for k in ("QX", "QV")}
    for prop in props:
        neg = prop.startswith("!")
        p = prop[1:] if neg else prop
        holds = QPROPS[p](q) != neg
        text = tpl.replace("<is>", "is not" if neg else "is").replace("<prop>", p)
        G.raw(kind, text, holds, why, spec=dict(expr=expr, vars=vars.split(), dom=list(dom), quasi=qfx, box=box,
                                                prop=p, neg=neg))


P1 = {"x": [0, 5]}
P2 = {"x": [0, 5], "y": [0, 5]}
P3 = {"x": [0, 4], "y": [0, 4], "z": [0, 4]}
Q2 = ["x>0", "y>0"]
U1 = {"x": [0, 1]}

# ============ Boyd & Vandenberghe, chapter 3 exercises ============
K = "boyd-exercise"
X(K, r"Exercise 3.16(a): $f(x) = e^x - 1$ on $\mathbf{R}$ <is> <prop>", "exp(x)-1", "x",
  ["convex", "concave", "strictly convex"], "C SC", "(e^x-1)''=e^x>0")
X(K, r"Determine whether $f(x) = e^x - 1$ on $\mathbf{R}$ is convex, concave, or neither. Answer: $f$ <is> <prop>.",
  "exp(x)-1", "x", ["convex", "neither convex nor concave"], "C SC", "(e^x-1)''=e^x>0")
X(K, r"Exercise 3.16(b): $f(x_1, x_2) = x_1 x_2$ <is> <prop> on $\mathbf{R}^2_{++}$", "x_1*x_2", "x_1 x_2",
  ["convex", "concave", "neither convex nor concave"], "", "Hessian [[0,1],[1,0]] indefinite",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]})
X(K, r"Show that $f(x_1, x_2) = 1/(x_1 x_2)$ <is> <prop> on $\mathbf{R}^2_{++}$", "1/(x_1*x_2)", "x_1 x_2",
  ["convex", "strictly convex", "concave"], "C SC",
  "Hessian (1/(x1 x2)) [[2/x1^2, 1/(x1x2)],[1/(x1x2), 2/x2^2]], det 3/(x1^4 x2^4) > 0",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]})
X(K, r"Exercise 3.16(d): the function $f(x_1, x_2) = x_1/x_2$ <is> <prop> on $\mathbf{R}^2_{++}$", "x_1/x_2",
  "x_1 x_2", ["convex", "concave", "not convex"], "", "Hessian [[0,-1/x2^2],[-1/x2^2, 2x1/x2^3]] indefinite",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]})
X(K, r"Exercise 3.16(e): $f(x_1, x_2) = x_1^2/x_2$ <is> <prop> on $\mathbf{R} \times \mathbf{R}_{++}$", "x_1**2/x_2",
  "x_1 x_2", ["convex", "strictly convex", "concave"], "C",
  "quadratic-over-linear; homogeneous of degree 1", dom=["x_2>0"], box={"x_2": [0, 5]}, seg=[[1, 1], [2, 2]])
X(K, r"Exercise 3.16(f): $f(x_1, x_2) = x_1^{\alpha} x_2^{1-\alpha}$, $0 \le \alpha \le 1$, <is> <prop> on "
  r"$\mathbf{R}^2_{++}$", "x_1**alpha*x_2**(1-alpha)", "x_1 x_2", ["concave", "convex", "strictly concave"], "V",
  "weighted geometric mean, concave for alpha in [0,1]; homogeneous of degree 1",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5], "alpha": [0, 1]},
  params={"alpha": ["alpha>=0", "alpha<=1"]}, seg=[[1, 1], [2, 2], ["1/3"]])
X(K, r"With $\alpha = 1/3$, $f(x_1, x_2) = x_1^{1/3} x_2^{2/3}$ <is> <prop> on $\mathbf{R}^2_{++}$",
  "x_1**Rational(1,3)*x_2**Rational(2,3)", "x_1 x_2", ["concave", "not convex"], "V",
  "weighted geometric mean; homogeneous of degree 1", dom=["x_1>0", "x_2>0"],
  box={"x_1": [0, 5], "x_2": [0, 5]}, seg=[[1, 1], [2, 2]])
X(K, r"Exercise 3.17: for $p = 1/2$, $f(x) = (x_1^{p} + x_2^{p})^{1/p}$ <is> <prop> on $\mathbf{R}^2_{++}$",
  "(sqrt(x_1)+sqrt(x_2))**2", "x_1 x_2", ["concave", "convex"], "V",
  "the p-mean with 0<p<1 is concave on the orthant; homogeneous of degree 1", dom=["x_1>0", "x_2>0"],
  box={"x_1": [0, 5], "x_2": [0, 5]}, seg=[[1, 1], [2, 2]])
X(K, r"For $p = -1$: $(x_1^{-1} + x_2^{-1} + x_3^{-1})^{-1}$ <is> <prop> on $\mathbb{R}^3_{++}$",
  "1/(1/x_1+1/x_2+1/x_3)", "x_1 x_2 x_3", ["concave", "strictly concave"], "V",
  "p-mean with p<1; homogeneous of degree 1", dom=["x_1>0", "x_2>0", "x_3>0"],
  box={"x_1": [0, 4], "x_2": [0, 4], "x_3": [0, 4]}, seg=[[1, 1, 1], [2, 2, 2]])
X(K, r"Exercise 3.22(a): $f(x, y) = -\log(-\log(e^{x} + e^{y}))$ <is> <prop> on $\{(x, y) \mid e^x + e^y < 1\}$",
  "-log(-log(exp(x)+exp(y)))", "x y", ["convex", "concave"], "C SC",
  "-log(-t) is convex increasing, log-sum-exp convex; the Hessian adds g''>0 along grad lse, so definite",
  dom=["exp(x)+exp(y)<1"], box={"x": [-5, 0], "y": [-5, 0]})
X(K, r"Show that $f(x, u, v) = -\log(u v - x^2)$ <is> <prop> on $\{u > 0, v > 0, uv > x^2\}$",
  "-log(u*v-x**2)", "x u v", ["convex", "strictly convex", "concave"], "C SC",
  "-log det [[u,x],[x,v]] is strictly convex on positive definite matrices",
  dom=["u>0", "v>0", "u*v>x**2"], box={"x": [-3, 3], "u": [0, 4], "v": [0, 4]})
X(K, r"Exercise 3.23: the function $f(x, t) = \frac{x^3}{t^2}$ <is> <prop> on $x > 0, t > 0$", "x**3/t**2", "x t",
  ["convex", "strictly convex", "concave"], "C", "perspective of x^3 (convex on x>0); homogeneous of degree 1",
  dom=["x>0", "t>0"], box={"x": [0, 5], "t": [0, 5]}, seg=[[1, 1], [2, 2]])
X(K, r"Exercise 3.32: $f(x) = x e^{x}$ <is> <prop> on $x > 0$", "x*exp(x)", "x",
  ["convex", "concave"], "C SC", "(x e^x)''=(x+2)e^x>0 on x>0", dom=["x>0"], box=P1)
X(K, r"Exercise 3.32 without the sign condition: $f(x) = x e^{x}$ <is> <prop> on $\mathbf{R}$", "x*exp(x)", "x",
  ["convex", "not convex"], "", "(x e^x)''=(x+2)e^x<0 for x<-2", box={"x": [-6, 3]})
X(K, r"Exercise 3.14: $f(x, z) = x^2 - z^2$ <is> <prop> in $x$ for fixed $z$", "x**2-z**2", "x",
  ["convex", "concave", "strictly convex"], "C SC", "second derivative in x is 2", params={"z": []})
X(K, r"Exercise 3.14: $f(x, z) = x^2 - z^2$ <is> <prop> in $z$ for fixed $x$", "x**2-z**2", "z",
  ["concave", "convex"], "V SV", "second derivative in z is -2", params={"x": []})
X(K, r"Convex-concave: $f(x, z) = x^2 - z^2$ <is> <prop> jointly in $(x, z)$", "x**2-z**2", "x z",
  ["convex", "neither convex nor concave"], "", "Hessian diag(2,-2)")
X(K, r"Exercise 3.15: the utility $u_\alpha(x) = \frac{x^\alpha - 1}{\alpha}$ <is> <prop> on $x > 0$ for "
  r"$0 < \alpha \le 1$", "(x**alpha-1)/alpha", "x", ["concave", "strictly concave", "convex"], "V",
  "u''=(alpha-1)x^{alpha-2}<=0; affine at alpha=1", dom=["x>0"], box={"x": [0, 5], "alpha": [0, 1]},
  params={"alpha": ["alpha>0", "alpha<=1"]}, seg=[[1], [3], ["1"]])
X(K, r"Exercise 3.15 with $\alpha = 1/2$: $u(x) = 2(\sqrt{x} - 1)$ <is> <prop> on $\mathbf{R}_{++}$",
  "2*(sqrt(x)-1)", "x", ["concave", "strictly concave", "convex"], "V SV", "u''=-x^{-3/2}/2<0", dom=["x>0"], box=P1)
X(K, r"Exercise 3.49(a): the logistic function $\frac{e^x}{1 + e^x}$ <is> <prop>", "exp(x)/(1+exp(x))", "x",
  ["log-concave", "log-convex"], "V SV", "log f = x - log(1+e^x), second derivative -e^x/(1+e^x)^2<0",
  logof=True)
X(K, r"Exercise 3.49(a): $\frac{e^x}{1 + e^x}$ <is> <prop> on $\mathbf{R}$", "exp(x)/(1+exp(x))", "x",
  ["convex", "concave"], "", "sigmoid: f''=s(1-s)(1-2s) changes sign at 0")
X(K, r"Exercise 3.49(b): the harmonic mean $f(x) = \frac{1}{1/x_1 + 1/x_2}$ <is> <prop> on $\mathbf{R}^2_{++}$",
  "1/(1/x_1+1/x_2)", "x_1 x_2", ["log-concave", "log-convex"], "V SV",
  "log f = log x1 + log x2 - log(x1+x2): Hessian det 2/(x1 x2 (x1+x2)^2)>0, f_11<0",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]}, logof=True)
X(K, r"Exercise 3.49(c): $f(x) = \frac{\prod_{i=1}^{3} x_i}{\sum_{i=1}^{3} x_i}$ <is> <prop> on $\mathbf{R}^3_{++}$",
  "x_1*x_2*x_3/(x_1+x_2+x_3)", "x_1 x_2 x_3", ["log-concave", "log-convex"], "V SV",
  "Hessian of log f is -diag(1/x_i^2) + 11^T/s^2 with s = sum x_i; (sum v_i)^2 < s^2 sum v_i^2/x_i^2 (Cauchy-Schwarz)",
  dom=["x_1>0", "x_2>0", "x_3>0"], box={"x_1": [0, 4], "x_2": [0, 4], "x_3": [0, 4]}, logof=True)
X(K, r"Exercise 3.54: the Gaussian CDF $\Phi(x) = \frac{1}{2}\left(1 + \operatorname{erf}(x/\sqrt{2})\right)$ <is> "
  r"<prop>", "(1+erf(x/sqrt(2)))/2", "x", ["log-concave", "log-convex"], "V SV",
  "Phi is log-concave (Prekopa); (log Phi)'' < 0 everywhere", logof=True, box={"x": [-4, 4]})
X(K, r"Show that $\Phi(x) = \frac{1}{2}(1 + \operatorname{erf}(x/\sqrt{2}))$ <is> <prop> on $x \ge 0$",
  "(1+erf(x/sqrt(2)))/2", "x", ["concave", "convex"], "V SV", "Phi''=-x phi(x)<0 for x>0", dom=["x>=0"], box=P1)
X(K, r"Example 3.x: $f(x) = x \log x$ <is> <prop> on $\mathbf{R}_{++}$", "x*log(x)", "x",
  ["strictly convex", "concave"], "C SC", "(x log x)''=1/x>0", dom=["x>0"], box=P1)
X(K, r"Exercise 3.x: the function $f(x) = \max\{x_1, x_2, x_3\}$ <is> <prop> on $\mathbf{R}^3$", "Max(x_1,x_2,x_3)",
  "x_1 x_2 x_3", ["convex", "strictly convex", "concave"], "C", "max of linear functions; linear on rays",
  seg=[[1, 0, 0], [2, 0, 0]])
X(K, r"The negative geometric mean $-(x_1 x_2 x_3)^{1/3}$ <is> <prop> on $\mathbf{R}^3_{++}$",
  "-(x_1*x_2*x_3)**Rational(1,3)", "x_1 x_2 x_3", ["convex", "strictly convex"], "C",
  "negative of the concave geometric mean; homogeneous of degree 1", dom=["x_1>0", "x_2>0", "x_3>0"],
  box={"x_1": [0, 4], "x_2": [0, 4], "x_3": [0, 4]}, seg=[[1, 1, 1], [2, 2, 2]])
X(K, r"Is $f(x) = x^{-1/2}$ <prop> on $x > 0$?", "x**Rational(-1,2)", "x", ["convex", "concave"], "C SC",
  "f''=(3/4)x^{-5/2}>0", dom=["x>0"], box=P1)
X(K, r"Example 3.2: $f(x) = |x|^{p}$ with $p = 3/2$ <is> <prop> on $\mathbf{R}$", "Abs(x)**Rational(3,2)", "x",
  ["convex", "concave"], "C SC", "|x|^p is convex for p>=1, strictly for p>1")
X(K, r"Show that $f(x) = \log(1 + e^{x_1} + e^{x_2})$ <is> <prop>", "log(1+exp(x_1)+exp(x_2))", "x_1 x_2",
  ["convex", "strictly convex", "concave"], "C SC",
  "log-sum-exp of (0, x1, x2); the affine direction (1,1,1) of lse is cut by the fixed 0")
X(K, r"Exercise 3.x: $f(x) = \log \det \begin{pmatrix} x & y \\ y & z \end{pmatrix}$ <is> <prop> on "
  r"$x > 0, z > 0, xz > y^2$", "log(x*z-y**2)", "x y z", ["concave", "strictly concave", "convex"], "V SV",
  "log det is strictly concave on positive definite matrices; the map is linear and injective",
  dom=["x>0", "z>0", "x*z>y**2"], box={"x": [0, 4], "y": [-3, 3], "z": [0, 4]})

# ============ Bertsekas, Rockafellar, Nocedal-Wright, Beck ============
K = "optimization-text"
X(K, r"(Bertsekas, Exercise 1.x) Show that $f(x) = \ln(e^{x_1} + e^{x_2} + e^{x_3})$ <is> <prop>",
  "log(exp(x_1)+exp(x_2)+exp(x_3))", "x_1 x_2 x_3", ["convex", "strictly convex"], "C",
  "log-sum-exp; f(x + t1) = f(x) + t", seg=[[0, 0, 0], [1, 1, 1]])
X(K, r"Bertsekas: $f(x) = -(x_1 x_2)^{1/2}$ <is> <prop> on the positive orthant $x_1 > 0, x_2 > 0$",
  "-sqrt(x_1*x_2)", "x_1 x_2", ["convex", "concave"], "C",
  "negative geometric mean; homogeneous of degree 1", dom=["x_1>0", "x_2>0"],
  box={"x_1": [0, 5], "x_2": [0, 5]}, seg=[[1, 1], [2, 2]])
X(K, r"Bertsekas: $f(x) = \frac{1}{x_1 x_2 x_3}$ <is> <prop> over $x_1, x_2, x_3 > 0$", "1/(x_1*x_2*x_3)",
  "x_1 x_2 x_3", ["convex", "strictly convex"], "C SC",
  "exp(-sum log x_i) composed: Hessian = f (diag(1/x_i^2) + g g^T) with g_i = 1/x_i, positive definite",
  dom=["x_1>0", "x_2>0", "x_3>0"], box={"x_1": [0, 4], "x_2": [0, 4], "x_3": [0, 4]})
X(K, r"Rockafellar, Thm 4.5 example: $f(x) = -\sqrt{1 - x^2 - y^2}$ <is> <prop> on $x^2 + y^2 < 1$",
  "-sqrt(1-x**2-y**2)", "x y", ["convex", "strictly convex", "concave"], "C SC",
  "lower hemisphere: Hessian positive definite inside the disk", dom=["x**2+y**2<1"],
  box={"x": [-1, 1], "y": [-1, 1]})
X(K, r"Rockafellar: $f(\xi_1, \xi_2) = \xi_1^{1/3} \xi_2^{1/2}$ <is> <prop> on $\xi_1 > 0, \xi_2 > 0$",
  "xi_1**Rational(1,3)*xi_2**Rational(1,2)", "xi_1 xi_2", ["concave", "strictly concave", "convex"], "V SV",
  "Cobb-Douglas with a+b=5/6<1: det H = f^2 ab(1-a-b)/(x^2y^2)>0, f_11<0",
  dom=["xi_1>0", "xi_2>0"], box={"xi_1": [0, 5], "xi_2": [0, 5]})
X(K, r"Rockafellar: $\xi_1^{2/3} \xi_2^{2/3}$ <is> <prop> on the positive quadrant $\xi_1 > 0$, $\xi_2 > 0$",
  "xi_1**Rational(2,3)*xi_2**Rational(2,3)", "xi_1 xi_2", ["concave", "convex", "neither convex nor concave"], "",
  "a+b=4/3>1: along the diagonal t^{4/3} is convex; f_11<0", dom=["xi_1>0", "xi_2>0"],
  box={"xi_1": [0, 5], "xi_2": [0, 5]})
X(K, r"Rockafellar: $f(x) = \frac{1}{p}|x|^p$ with $p = 4$ <is> <prop>", "Abs(x)**4/4", "x",
  ["strictly convex", "concave"], "C SC", "x^4/4, f''=3x^2>=0 with an isolated zero")
X(K, r"Nocedal & Wright, Exercise 2.1: the Rosenbrock function $f(x) = 100(x_2 - x_1^2)^2 + (1 - x_1)^2$ <is> "
  r"<prop>", "100*(x_2-x_1**2)**2+(1-x_1)**2", "x_1 x_2", ["convex", "not convex", "concave"], "",
  "Hessian at (0,1): f_11 = -400+2 < 0")
X(K, r"Nocedal & Wright, Exercise 2.2: $f(x) = 8x_1 + 12x_2 + x_1^2 - 2x_2^2$ <is> <prop>",
  "8*x_1+12*x_2+x_1**2-2*x_2**2", "x_1 x_2", ["convex", "concave", "neither convex nor concave"], "",
  "Hessian diag(2,-4): a saddle")
X(K, r"Nocedal & Wright, Exercise 2.x: $f(x) = (x_1 + x_2^2)^2$ <is> <prop>", "(x_1+x_2**2)**2", "x_1 x_2",
  ["convex", "concave"], "", "Hessian at (-1,0) is diag(2,-4)")
X(K, r"Nocedal & Wright: the quadratic $f(x) = \frac{1}{2}x^T Q x - b^T x$ with $Q = \begin{pmatrix} 2 & -1 \\ -1 & 2 "
  r"\end{pmatrix}$, $b = (1, 1)$, <is> <prop>", "x_1**2-x_1*x_2+x_2**2-x_1-x_2", "x_1 x_2",
  ["strictly convex", "concave"], "C SC", "Q positive definite (eigenvalues 1, 3)")
X(K, r"Nocedal & Wright: $f(x) = \frac{1}{2}x^T Q x$ with $Q = \begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$ <is> "
  r"<prop>", "(x_1**2+4*x_1*x_2+x_2**2)/2", "x_1 x_2", ["convex", "neither convex nor concave"], "",
  "Q has eigenvalues 3 and -1")
X(K, r"Beck, Exercise 7.x: $f(x) = \sqrt{1 + x^2}$ <is> <prop> over $\mathbb{R}$", "sqrt(1+x**2)", "x",
  ["strictly convex", "concave"], "C SC", "f''=(1+x^2)^{-3/2}>0")
X(K, r"Beck: $f(x_1, x_2) = -\ln(x_1 x_2)$ <is> <prop> over $\mathbb{R}^2_{++}$", "-log(x_1*x_2)", "x_1 x_2",
  ["convex", "strictly convex", "concave"], "C SC", "-log x1 - log x2, Hessian diag(1/x1^2, 1/x2^2)",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]})
X(K, r"Beck: $f(x_1, x_2) = e^{x_1 + x_2}$ <is> <prop> over $\mathbb{R}^2$", "exp(x_1+x_2)", "x_1 x_2",
  ["convex", "strictly convex"], "C", "exp of a linear function; constant along (1,-1)",
  seg=[[1, -1], [2, -2]])
X(K, r"Beck: $f(x) = \frac{x_1^2 + x_2^2}{x_3}$ <is> <prop> over $x_3 > 0$", "(x_1**2+x_2**2)/x_3", "x_1 x_2 x_3",
  ["convex", "concave"], "C", "quad-over-lin; homogeneous of degree 1", dom=["x_3>0"], box={"x_3": [0, 4]},
  seg=[[1, 1, 1], [2, 2, 2]])
X(K, r"Beck, Exercise 7.x: $f(x_1, x_2) = x_1^4 + x_2^4 - 2x_1 x_2$ <is> <prop>", "x_1**4+x_2**4-2*x_1*x_2",
  "x_1 x_2", ["convex", "not convex"], "", "Hessian at 0 is [[0,-2],[-2,0]], indefinite")
X(K, r"Beck: $f(x_1, x_2) = 2x_1^2 + x_2^2 + 2x_1 x_2 + 3x_1$ <is> <prop>", "2*x_1**2+x_2**2+2*x_1*x_2+3*x_1",
  "x_1 x_2", ["strictly convex", "concave", "convex"], "C SC", "Hessian [[4,2],[2,2]], det 4>0")
X(K, r"Beck: $f(x) = x_1^2 - 2x_1 x_2 + x_2^2$ <is> <prop> on $\mathbb{R}^2$", "x_1**2-2*x_1*x_2+x_2**2", "x_1 x_2",
  ["convex", "strictly convex"], "C", "(x1 - x2)^2, constant along (1,1)", seg=[[0, 0], [1, 1]])
X(K, r"Bertsekas: $f(x) = x^T x$ with $x \in \mathbb{R}^3$, that is $x_1^2 + x_2^2 + x_3^2$, <is> <prop>",
  "x_1**2+x_2**2+x_3**2", "x_1 x_2 x_3", ["strictly convex", "affine"], "C SC", "Hessian 2I")
X(K, r"Rockafellar: the function $f(x) = -\log(1 - x^2)$ <is> <prop> on $-1 < x < 1$", "-log(1-x**2)", "x",
  ["strictly convex", "concave"], "C SC", "f''=2(1+x^2)/(1-x^2)^2>0", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
X(K, r"Beck: $f(x, y) = x^2 + y^2 - xy - 5\sin(x)$ <is> <prop>", "x**2+y**2-x*y-5*sin(x)", "x y",
  ["convex", "concave"], "", "f_xx = 2 + 5 sin x < 0 at x = -pi/2; f_xx > 0 at 0")

# ============ Calculus: concave up / concave down (Stewart) ============
K = "calculus-concavity"
X(K, r"Find where $f(x) = x^3 - 3x^2 + 4$ is concave up: it <is> <prop> on $(1, \infty)$", "x**3-3*x**2+4", "x",
  ["concave up"], "C SC", "f''=6x-6>0 on x>1", dom=["x>1"], box={"x": [1, 6]})
X(K, r"$f(x) = x^3 - 3x^2 + 4$ <is> <prop> on $(-\infty, 1)$", "x**3-3*x**2+4", "x", ["concave down", "concave up"],
  "V SV", "f''=6x-6<0 on x<1", dom=["x<1"], box={"x": [-5, 1]})
X(K, r"$f(x) = x^3 - 3x^2 + 4$ <is> <prop> on $(0, 2)$", "x**3-3*x**2+4", "x", ["concave up", "concave down"], "",
  "f''=6x-6 changes sign at 1", dom=["x>0", "x<2"], box={"x": [0, 2]})
X(K, r"Stewart 4.3: $f(x) = x^4 - 4x^3$ <is> <prop> on the interval $(0, 2)$", "x**4-4*x**3", "x",
  ["concave down", "concave up"], "V SV", "f''=12x(x-2)<0 on (0,2)", dom=["x>0", "x<2"], box={"x": [0, 2]})
X(K, r"Stewart 4.3: $f(x) = x^4 - 4x^3$ <is> <prop> on $(2, \infty)$", "x**4-4*x**3", "x",
  ["concave up", "concave down"], "C SC", "f''=12x(x-2)>0 on x>2", dom=["x>2"], box={"x": [2, 7]})
X(K, r"$g(x) = x e^{-x}$ <is> <prop> on $(-\infty, 2)$", "x*exp(-x)", "x", ["concave down", "concave up"], "V SV",
  "g''=(x-2)e^{-x}<0 on x<2", dom=["x<2"], box={"x": [-4, 2]})
X(K, r"$g(x) = x e^{-x}$ <is> <prop> for $x > 2$", "x*exp(-x)", "x", ["concave up"], "C SC",
  "g''=(x-2)e^{-x}>0 on x>2", dom=["x>2"], box={"x": [2, 8]})
X(K, r"Stewart: $f(x) = \ln(x^2 + 1)$ <is> <prop> on $(-1, 1)$", "log(x**2+1)", "x", ["concave up", "concave down"],
  "C SC", "f''=2(1-x^2)/(1+x^2)^2>0 on |x|<1", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
X(K, r"Stewart: $f(x) = \ln(x^2 + 1)$ <is> <prop> on $(1, \infty)$", "log(x**2+1)", "x", ["concave down"], "V SV",
  "f''=2(1-x^2)/(1+x^2)^2<0 on x>1", dom=["x>1"], box={"x": [1, 6]})
X(K, r"Stewart: $f(x) = \ln(x^2 + 1)$ <is> <prop> on $\mathbb{R}$", "log(x**2+1)", "x", ["concave up"], "",
  "f'' changes sign at +-1")
X(K, r"Exercise 4.3.x: $f(x) = x^2 \ln x$ <is> <prop> on $(1, \infty)$", "x**2*log(x)", "x", ["concave up"], "C SC",
  "f''=2 ln x + 3>0 on x>1", dom=["x>1"], box={"x": [1, 6]})
X(K, r"$f(x) = x^2 \ln x$ <is> <prop> on $(0, \infty)$", "x**2*log(x)", "x", ["concave up", "concave down"], "",
  "f''=2 ln x + 3<0 for x<e^{-3/2}", dom=["x>0"], box={"x": [0, 3]})
X(K, r"$h(x) = \frac{1}{1 + x^2}$ <is> <prop> on $(-\frac{1}{2}, \frac{1}{2})$", "1/(1+x**2)", "x",
  ["concave down", "concave up"], "V SV", "h''=(6x^2-2)/(1+x^2)^3<0 for x^2<1/3", dom=["x>-1/2", "x<1/2"],
  box={"x": [-0.5, 0.5]})
X(K, r"$h(x) = \frac{1}{1 + x^2}$ <is> <prop> on $[1, \infty)$", "1/(1+x**2)", "x", ["concave up"], "C SC",
  "h''=(6x^2-2)/(1+x^2)^3>0 for x^2>1/3", dom=["x>=1"], box={"x": [1, 6]})
X(K, r"The curve $y = e^{-x^2}$ <is> <prop> on $(-0.7, 0.7)$", "exp(-x**2)", "x", ["concave down", "concave up"],
  "V SV", "y''=(4x^2-2)e^{-x^2}<0 for x^2<1/2 (0.49<0.5)", dom=["x>-7/10", "x<7/10"], box={"x": [-0.7, 0.7]})
X(K, r"The curve $y = e^{-x^2}$ <is> <prop> on $(-1, 1)$", "exp(-x**2)", "x", ["concave down"], "",
  "y''=(4x^2-2)e^{-x^2}>0 for x^2>1/2", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
X(K, r"$f(x) = \sin x + \cos x$ <is> <prop> on $(0, \frac{3\pi}{4})$", "sin(x)+cos(x)", "x",
  ["concave down", "concave up"], "V SV", "f''=-(sin x + cos x)<0 on (-pi/4, 3pi/4)",
  dom=["x>0", "x<3*pi/4"], box={"x": [0, 2.356]})
X(K, r"$f(x) = \sin x + \cos x$ <is> <prop> on $(\frac{3\pi}{4}, \frac{7\pi}{4})$", "sin(x)+cos(x)", "x",
  ["concave up"], "C SC", "f''=-(sin x + cos x)>0 on (3pi/4, 7pi/4)", dom=["x>3*pi/4", "x<7*pi/4"],
  box={"x": [2.357, 5.497]})
X(K, r"$y = \tan^{-1} x$ <is> <prop> on $[0, \infty)$", "atan(x)", "x", ["concave down", "concave up"], "V SV",
  "(arctan)''=-2x/(1+x^2)^2<0 on x>0", dom=["x>=0"], box=P1)
X(K, r"$y = \arctan x$ <is> <prop> on $\mathbb{R}$", "atan(x)", "x", ["concave up", "concave down"], "",
  "(arctan)''=-2x/(1+x^2)^2 changes sign at 0")
X(K, r"The cube root $f(x) = x^{1/3}$ <is> <prop> on $(0, \infty)$", "x**Rational(1,3)", "x", ["concave down"], "V SV",
  "f''=-(2/9)x^{-5/3}<0", dom=["x>0"], box=P1)
X(K, r"$f(x) = \frac{x}{x - 1}$ <is> <prop> on $(1, \infty)$", "x/(x-1)", "x", ["concave up", "concave down"],
  "C SC", "f=1+1/(x-1), f''=2/(x-1)^3>0 on x>1", dom=["x>1"], box={"x": [1, 6]})
X(K, r"$f(x) = \frac{x}{x - 1}$ <is> <prop> for $x < 1$", "x/(x-1)", "x", ["concave down"], "V SV",
  "f''=2/(x-1)^3<0 on x<1", dom=["x<1"], box={"x": [-5, 1]})
X(K, r"$f(t) = t + \cos t$ <is> <prop> on $(-\frac{\pi}{2}, \frac{\pi}{2})$", "t+cos(t)", "t", ["concave down"],
  "V SV", "f''=-cos t<0 on |t|<pi/2", dom=["t>-pi/2", "t<pi/2"], box={"t": [-1.57, 1.57]})
X(K, r"$f(x) = 2x^3 + 3x^2 - 36x$ <is> <prop> on $(-\frac{1}{2}, \infty)$", "2*x**3+3*x**2-36*x", "x",
  ["concave up", "concave down"], "C SC", "f''=12x+6>0 on x>-1/2", dom=["x>-1/2"], box={"x": [-0.5, 5]})
X(K, r"f(x) = x^4 - 6x^2 <is> <prop> on (-1, 1)", "x**4-6*x**2", "x", ["concave down", "concave up"], "V SV",
  "f''=12x^2-12<0 on |x|<1", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
X(K, r"f(x) = x^4 - 6x^2 <is> <prop> on all real numbers", "x**4-6*x**2", "x", ["concave up"], "",
  "f''=12(x^2-1) changes sign")
X(K, r"Is the graph of $y = \sqrt{x}$ <prop> on $(0, \infty)$?", "sqrt(x)", "x", ["concave up", "concave down"],
  "V SV", "y''=-x^{-3/2}/4<0", dom=["x>0"], box=P1)

# ============ Probability: (log-)concave densities ============
K = "log-concave-density"
X(K, r"The Gaussian density $\frac{1}{2\sqrt{2\pi}} e^{-(x-1)^2/8}$ <is> <prop>",
  "exp(-(x-1)**2/8)/(2*sqrt(2*pi))", "x", ["log-concave", "log-convex"], "V SV", "log f = -(x-1)^2/8 + c",
  logof=True)
X(K, r"The Gaussian density $\frac{1}{2\sqrt{2\pi}} e^{-(x-1)^2/8}$ <is> <prop> on $\mathbb{R}$",
  "exp(-(x-1)**2/8)/(2*sqrt(2*pi))", "x", ["concave", "convex", "neither convex nor concave"], "",
  "f'' = f((x-1)^2/16 - 1/4) changes sign at x = 1 +- 2", box={"x": [-6, 8]})
X(K, r"The standard normal density $\varphi(x) = \frac{1}{\sqrt{2\pi}} e^{-x^2/2}$ <is> <prop> on $[-1, 1]$",
  "exp(-x**2/2)/sqrt(2*pi)", "x", ["concave", "strictly concave"], "V SV", "phi''=(x^2-1)phi<0 on |x|<1",
  dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})
X(K, r"The logistic density $f(x) = \frac{e^{-x}}{(1 + e^{-x})^2}$ <is> <prop>", "exp(-x)/(1+exp(-x))**2", "x",
  ["log-concave", "log-convex"], "V SV", "log f = -x - 2 log(1+e^{-x}), (log f)''=-2e^{-x}/(1+e^{-x})^2<0",
  logof=True)
X(K, r"The Laplace density $f(x) = \frac{1}{2} e^{-|x|}$ <is> <prop>", "exp(-Abs(x))/2", "x",
  ["log-concave"], "V", "log f = -|x| - log 2, concave, affine on x>0", logof=True, seg=[[1], [2]])
X(K, r"The Laplace density $\frac{1}{2} e^{-|x|}$ <is> <prop> on $\mathbb{R}$", "exp(-Abs(x))/2", "x",
  ["convex", "concave"], "", "peak at 0 (not convex); convex on each side (not concave)")
X(K, r"The Laplace density $\frac{1}{2} e^{-|x|}$ <is> <prop> on $x > 0$", "exp(-Abs(x))/2", "x",
  ["convex", "strictly convex"], "C SC", "e^{-x}/2 on x>0", dom=["x>0"], box=P1)
X(K, r"The Gamma density with shape $k = 3$, $f(x) = \frac{x^2 e^{-x}}{2}$, <is> <prop> on $x > 0$",
  "x**2*exp(-x)/2", "x", ["log-concave", "log-convex"], "V SV", "log f = 2 log x - x - log 2, (log f)''=-2/x^2",
  dom=["x>0"], box=P1, logof=True)
X(K, r"The Gamma density with shape $k = 1/2$, $\frac{x^{-1/2} e^{-x}}{\sqrt{\pi}}$, <is> <prop> on $x > 0$",
  "x**Rational(-1,2)*exp(-x)/sqrt(pi)", "x", ["log-concave", "log-convex"], "C SC",
  "log f = -(1/2) log x - x + c, (log f)''=1/(2x^2)>0", dom=["x>0"], box=P1, logof=True)
X(K, r"The Gamma density $\frac{x^{k-1} e^{-x}}{\Gamma(k)}$ <is> <prop> on $x > 0$ for shape $k \ge 1$",
  "x**(k-1)*exp(-x)/gamma(k)", "x", ["log-concave"], "V",
  "(log f)''=-(k-1)/x^2<=0; at k=1 log f = -x is affine", dom=["x>0"], box={"x": [0, 5], "k": [1, 5]},
  params={"k": ["k>=1"]}, logof=True, seg=[[1], [2], ["1"]])
X(K, r"The Gamma density $\frac{x^{k-1} e^{-x}}{\Gamma(k)}$ <is> <prop> on $x > 0$ for every shape $k > 0$",
  "x**(k-1)*exp(-x)/gamma(k)", "x", ["log-concave"], "",
  "(log f)''=-(k-1)/x^2>0 for k<1; with k>1 it is <0", dom=["x>0"], box={"x": [0, 5], "k": [0, 3]},
  params={"k": ["k>0"]}, logof=True)
X(K, r"The Beta(2, 3) density $f(x) = 12 x (1 - x)^2$ <is> <prop> on $(0, 1)$", "12*x*(1-x)**2", "x",
  ["log-concave", "log-convex"], "V SV", "log f = log 12 + log x + 2 log(1-x), strictly concave",
  dom=["x>0", "x<1"], box=U1, logof=True)
X(K, r"The Beta(2, 3) density $f(x) = 12 x (1 - x)^2$ <is> <prop> on $(0, 1)$", "12*x*(1-x)**2", "x",
  ["concave"], "", "f''=12(6x-4) changes sign at 2/3", dom=["x>0", "x<1"], box=U1)
X(K, r"The arcsine density (Beta(1/2, 1/2)) $\frac{1}{\pi\sqrt{x(1-x)}}$ <is> <prop> on $(0, 1)$",
  "1/(pi*sqrt(x*(1-x)))", "x", ["log-concave", "log-convex"], "C SC",
  "log f = -(1/2)(log x + log(1-x)) - log pi, strictly convex", dom=["x>0", "x<1"], box=U1, logof=True)
X(K, r"The Beta density $x^{a-1}(1-x)^{b-1}$ (unnormalised) <is> <prop> on $(0, 1)$ for $a \ge 1$, $b \ge 1$",
  "x**(a-1)*(1-x)**(b-1)", "x", ["log-concave"], "V",
  "(log f)''=-(a-1)/x^2-(b-1)/(1-x)^2<=0; at a=b=1 it is 1", dom=["x>0", "x<1"],
  box={"x": [0, 1], "a": [1, 4], "b": [1, 4]}, params={"a": ["a>=1"], "b": ["b>=1"]}, logof=True,
  seg=[["1/4"], ["3/4"], ["1", "1"]])
X(K, r"The Cauchy density $\frac{1}{\pi(1 + x^2)}$ <is> <prop>", "1/(pi*(1+x**2))", "x",
  ["log-concave", "log-convex"], "", "(log f)''=-2(1-x^2)/(1+x^2)^2 changes sign at +-1", logof=True)
X(K, r"The exponential density $2e^{-2x}$ <is> <prop> on $x \ge 0$", "2*exp(-2*x)", "x",
  ["log-concave", "log-convex"], "C V", "log f = log 2 - 2x is affine", dom=["x>=0"], box=P1, logof=True,
  seg=[[1], [2]])
X(K, r"The exponential density $\lambda e^{-\lambda x}$ with $\lambda = 2$ <is> <prop> on $x \ge 0$",
  "2*exp(-2*x)", "x", ["convex", "strictly convex", "concave"], "C SC", "f''=8e^{-2x}>0", dom=["x>=0"], box=P1)
X(K, r"The Gumbel density $e^{-(x + e^{-x})}$ <is> <prop>", "exp(-(x+exp(-x)))", "x", ["log-concave"], "V SV",
  "log f = -x - e^{-x}, (log f)''=-e^{-x}<0", logof=True)
X(K, r"The Student-t density with 1 degree of freedom $\propto (1 + x^2)^{-1}$ <is> <prop> on $(-1, 1)$",
  "(1+x**2)**(-1)", "x", ["log-concave"], "V SV", "(log f)''=-2(1-x^2)/(1+x^2)^2<0 on |x|<1",
  dom=["x>-1", "x<1"], box={"x": [-1, 1]}, logof=True)
X(K, r"The Rayleigh density $x e^{-x^2/2}$ <is> <prop> on $x > 0$", "x*exp(-x**2/2)", "x",
  ["convex", "concave"], "", "(log f)''=-1/x^2-1<0; f''=x(x^2-3)e^{-x^2/2} changes sign",
  dom=["x>0"], box=P1)
X(K, r"The Rayleigh density $x e^{-x^2/2}$ <is> <prop> on $x > 0$", "x*exp(-x**2/2)", "x", ["log-concave"],
  "V SV", "(log f)''=-1/x^2-1<0", dom=["x>0"], box=P1, logof=True)
X(K, r"The log-normal density $\frac{1}{x\sqrt{2\pi}} e^{-(\ln x)^2/2}$ <is> <prop> on $x > 0$",
  "exp(-log(x)**2/2)/(x*sqrt(2*pi))", "x", ["log-concave"], "",
  "log f = -(ln x)^2/2 - ln x + c, (log f)''=(ln x)/x^2 > 0 for x>1", dom=["x>0"], box={"x": [0, 8]}, logof=True)

# ============ Economics ============
K = "economics"
X(K, r"The Cobb–Douglas utility $u(x, y) = x^{1/3} y^{2/3}$ <is> <prop> on $\mathbb{R}^2_{++}$",
  "x**Rational(1,3)*y**Rational(2,3)", "x y", ["concave", "strictly concave"], "V",
  "constant returns to scale: concave, linear along rays", dom=Q2, box=P2, seg=[[1, 2], [2, 4]])
X(K, r"A Cobb-Douglas production function $f(K, L) = K^{0.3} L^{0.5}$ <is> <prop> for $K > 0$, $L > 0$",
  "K**Rational(3,10)*L**Rational(1,2)", "K L", ["concave", "strictly concave", "convex"], "V SV",
  "decreasing returns (a+b=0.8<1): det H>0, f_KK<0", dom=["K>0", "L>0"], box={"K": [0, 5], "L": [0, 5]})
X(K, r"With increasing returns to scale, $f(K, L) = K^{0.6} L^{0.6}$ <is> <prop> on $K, L > 0$",
  "K**Rational(3,5)*L**Rational(3,5)", "K L", ["concave", "convex"], "",
  "a+b=1.2>1: convex along rays, f_KK<0", dom=["K>0", "L>0"], box={"K": [0, 5], "L": [0, 5]})
X(K, r"The Cobb-Douglas function $x^\alpha y^\beta$ <is> <prop> on $\mathbb{R}^2_{++}$ for $\alpha, \beta > 0$ "
  r"with $\alpha + \beta \le 1$", "x**a*y**b", "x y", ["concave", "strictly concave"], "V",
  "det H = f^2 ab(1-a-b)/(x^2 y^2)>=0, f_xx<0; linear on rays when a+b=1", dom=Q2,
  box={"x": [0, 5], "y": [0, 5], "a": [0, 1], "b": [0, 1]}, params={"a": ["a>0", "a+b<=1"], "b": ["b>0"]},
  seg=[[1, 1], [2, 2], ["1/2", "1/2"]])
X(K, r"Cobb–Douglas $u(x_1, x_2) = x_1 x_2$ <is> <prop> on the positive quadrant", "x_1*x_2", "x_1 x_2",
  ["log-concave", "log-convex"], "V SV", "log u = log x1 + log x2, Hessian diag(-1/x1^2, -1/x2^2)",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]}, logof=True)
X(K, r"The CES utility $u(x, y) = (x^{1/2} + y^{1/2})^2$ <is> <prop> on $x > 0, y > 0$", "(sqrt(x)+sqrt(y))**2",
  "x y", ["concave", "convex"], "V", "CES with rho=1/2<1 is concave; homogeneous of degree 1", dom=Q2, box=P2,
  seg=[[1, 1], [3, 3]])
X(K, r"The CES aggregator $\left(\frac{1}{2} x^{-1} + \frac{1}{2} y^{-1}\right)^{-1}$ <is> <prop> on "
  r"$\mathbb{R}^2_{++}$", "1/(1/(2*x)+1/(2*y))", "x y", ["concave", "strictly concave"], "V",
  "CES with rho=-1 (harmonic mean) is concave; homogeneous of degree 1", dom=Q2, box=P2, seg=[[1, 1], [2, 2]])
X(K, r"The CES function $(x^2 + y^2)^{1/2}$ with $\rho = 2$ <is> <prop> on $\mathbb{R}^2_{++}$", "sqrt(x**2+y**2)",
  "x y", ["concave", "convex"], "C", "rho=2: the Euclidean norm, convex; homogeneous of degree 1", dom=Q2,
  box=P2, seg=[[1, 1], [2, 2]])
X(K, r"The log utility $u(c) = \ln c$ <is> <prop> on $c > 0$", "log(c)", "c",
  ["strictly concave", "convex"], "V SV", "u''=-1/c^2<0", dom=["c>0"], box={"c": [0, 5]})
X(K, r"CRRA utility $u(c) = \frac{c^{1-\gamma} - 1}{1 - \gamma}$ with $\gamma = 2$ <is> <prop> for $c > 0$",
  "(c**(-1)-1)/(-1)", "c", ["concave", "strictly concave", "convex"], "V SV", "u = 1 - 1/c, u''=-2/c^3<0",
  dom=["c>0"], box={"c": [0, 5]})
X(K, r"CRRA utility $u(c) = \frac{c^{1-\gamma}}{1 - \gamma}$ <is> <prop> on $c > 0$ for $\gamma > 1$",
  "c**(1-g)/(1-g)", "c", ["concave", "strictly concave"], "V SV", "u''=-g c^{-g-1}<0 for g>0",
  dom=["c>0"], box={"c": [0, 5], "g": [1, 4]}, params={"g": ["g>1"]})
X(K, r"CARA utility $u(c) = -\frac{1}{a} e^{-a c}$ <is> <prop> for $a > 0$", "-exp(-a*c)/a", "c",
  ["concave", "strictly concave", "convex"], "V SV", "u''=-a e^{-ac}<0 for a>0", box={"c": [-4, 4], "a": [0, 4]},
  params={"a": ["a>0"]})
X(K, r"The quasi-linear utility $u(x, y) = \sqrt{x} + y$ <is> <prop> on $x > 0$", "sqrt(x)+y", "x y",
  ["concave", "strictly concave"], "V", "sqrt concave plus linear; affine in y", dom=["x>0"], box={"x": [0, 5]},
  seg=[[1, 1], [1, 3]])
X(K, r"The Leontief utility $u(x, y) = \min\{x, 2y\}$ <is> <prop>", "Min(x,2*y)", "x y",
  ["concave", "strictly concave", "convex"], "V", "min of linear functions; linear along x=2y",
  seg=[[2, 1], [4, 2]])
X(K, r"The perfect-substitutes utility $u(x, y) = x + 2y$ <is> <prop> on $\mathbb{R}^2_{++}$", "x+2*y", "x y",
  ["concave", "strictly concave", "affine"], "C V", "linear", dom=Q2, box=P2, seg=[[1, 1], [2, 3]])
X(K, r"The Stone–Geary utility $u(x, y) = \ln(x - 1) + \ln(y - 2)$ <is> <prop> on $x > 1$, $y > 2$",
  "log(x-1)+log(y-2)", "x y", ["strictly concave", "convex"], "V SV", "Hessian diag(-1/(x-1)^2, -1/(y-2)^2)",
  dom=["x>1", "y>2"], box={"x": [1, 6], "y": [2, 7]})
X(K, r"The cost function $C(q) = q^3 - 6q^2 + 15q$ <is> <prop> on $q > 2$", "q**3-6*q**2+15*q", "q",
  ["convex", "strictly convex"], "C SC", "C''=6q-12>0 on q>2", dom=["q>2"], box={"q": [2, 7]})
X(K, r"The cost function $C(q) = q^3 - 6q^2 + 15q$ <is> <prop> for $q \ge 0$", "q**3-6*q**2+15*q", "q",
  ["convex", "concave"], "", "C''=6q-12 changes sign at q=2", dom=["q>=0"], box={"q": [0, 5]})
X(K, r"The profit $\pi(q) = 10q - q^2 - 4$ <is> <prop> in $q$", "10*q-q**2-4", "q",
  ["concave", "strictly concave", "convex"], "V SV", "pi''=-2")
X(K, r"The utility $u(x, y) = x y$ <is> <prop> on $\mathbb{R}^2_{++}$", "x*y", "x y", ["concave", "convex"], "",
  "Hessian [[0,1],[1,0]] indefinite", dom=Q2, box=P2)
X(K, r"The utility $u(x, y) = \sqrt{x y}$ <is> <prop> on $x > 0, y > 0$", "sqrt(x*y)", "x y",
  ["concave", "strictly concave"], "V", "geometric mean; linear on rays", dom=Q2, box=P2, seg=[[1, 1], [2, 2]])
X(K, r"The expected utility $\frac{1}{2}\sqrt{x} + \frac{1}{2}\sqrt{y}$ <is> <prop> on $\mathbb{R}^2_{++}$",
  "sqrt(x)/2+sqrt(y)/2", "x y", ["strictly concave", "convex"], "V SV", "Hessian diag(-x^{-3/2}/8, -y^{-3/2}/8)",
  dom=Q2, box=P2)

# ============ Information theory ============
K = "information-theory"
X(K, r"The binary entropy $H(p) = -p \log p - (1 - p)\log(1 - p)$ <is> <prop> on $(0, 1)$",
  "-p*log(p)-(1-p)*log(1-p)", "p", ["concave", "strictly concave", "convex"], "V SV",
  "H''=-1/(p(1-p))<0", dom=["p>0", "p<1"], box={"p": [0, 1]})
X(K, r"The binary entropy $h(p) = -p\log_2 p - (1-p)\log_2(1-p)$ <is> <prop> for $0 < p < 1$",
  "(-p*log(p)-(1-p)*log(1-p))/log(2)", "p", ["concave", "neither convex nor concave"], "V SV",
  "h''=-1/(p(1-p) ln 2)<0", dom=["p>0", "p<1"], box={"p": [0, 1]})
X(K, r"The entropy $H(p_1, p_2, p_3) = -\sum_{i=1}^{3} p_i \log p_i$ <is> <prop> on $\mathbb{R}^3_{++}$",
  "-p_1*log(p_1)-p_2*log(p_2)-p_3*log(p_3)", "p_1 p_2 p_3", ["concave", "strictly concave", "convex"], "V SV",
  "Hessian diag(-1/p_i)", dom=["p_1>0", "p_2>0", "p_3>0"], box={"p_1": [0, 4], "p_2": [0, 4], "p_3": [0, 4]})
X(K, r"The negative entropy $\sum_{i=1}^{2} x_i \log x_i$ <is> <prop> on $x > 0$ (componentwise), i.e. "
  r"$x_1 \log x_1 + x_2 \log x_2$ on $x_1 > 0, x_2 > 0$", "x_1*log(x_1)+x_2*log(x_2)", "x_1 x_2",
  ["strictly convex", "concave"], "C SC", "Hessian diag(1/x_i)", dom=["x_1>0", "x_2>0"],
  box={"x_1": [0, 5], "x_2": [0, 5]})
X(K, r"The KL divergence $D(p \| q) = p \log\frac{p}{q} + (1 - p)\log\frac{1 - p}{1 - q}$ <is> <prop> jointly in "
  r"$(p, q)$ on $0 < p < 1$, $0 < q < 1$", "p*log(p/q)+(1-p)*log((1-p)/(1-q))", "p q",
  ["convex", "strictly convex", "concave"], "C", "sum of perspectives of t log t; zero on the diagonal p = q",
  dom=["p>0", "p<1", "q>0", "q<1"], box={"p": [0, 1], "q": [0, 1]}, seg=[["1/4", "1/4"], ["3/4", "3/4"]])
X(K, r"For fixed $p = 1/3$, $D(p \| q) = \frac{1}{3}\log\frac{1/3}{q} + \frac{2}{3}\log\frac{2/3}{1 - q}$ <is> <prop> "
  r"in $q$ on $(0, 1)$", "log(Rational(1,3)/q)/3+2*log(Rational(2,3)/(1-q))/3", "q",
  ["strictly convex", "concave"], "C SC", "D''=(1/3)/q^2+(2/3)/(1-q)^2>0", dom=["q>0", "q<1"],
  box={"q": [0, 1]})
X(K, r"KL divergence in its second argument with $p = 1/3$ <is> <prop>: $\frac{1}{3}\log\frac{1}{3q} + "
  r"\frac{2}{3}\log\frac{2}{3(1-q)}$ on $0 < q < 1$", "log(1/(3*q))/3+2*log(2/(3*(1-q)))/3", "q", ["convex"],
  "C SC", "D''=(1/3)/q^2+(2/3)/(1-q)^2>0", dom=["q>0", "q<1"], box={"q": [0, 1]})
X(K, r"The generalized KL divergence $x\log(x/y) - x + y$ <is> <prop> on $\mathbb{R}^2_{++}$ in $x$ for fixed $y$",
  "x*log(x/y)-x+y", "x", ["strictly convex", "concave"], "C SC", "second derivative in x is 1/x>0",
  dom=["x>0"], box={"x": [0, 5], "y": [0, 5]}, params={"y": ["y>0"]})
X(K, r"The log-partition function of the Bernoulli family $A(\theta) = \log(1 + e^{\theta})$ <is> <prop>",
  "log(1+exp(theta))", "theta", ["strictly convex", "concave"], "C SC", "A''=s(1-s)>0")
X(K, r"The log-partition function $A(\eta) = e^{\eta}$ of the Poisson family <is> <prop>", "exp(eta)", "eta",
  ["convex", "affine"], "C SC", "A''=e^eta>0")
X(K, r"The Gaussian log-partition $A(\eta_1, \eta_2) = -\frac{\eta_1^2}{4\eta_2} - \frac{1}{2}\log(-2\eta_2)$ <is> "
  r"<prop> on $\eta_2 < 0$", "-eta_1**2/(4*eta_2)-log(-2*eta_2)/2", "eta_1 eta_2",
  ["convex", "strictly convex", "concave"], "C SC",
  "log-partition of a minimal exponential family; Hessian = covariance of (x, x^2), definite",
  dom=["eta_2<0"], box={"eta_1": [-4, 4], "eta_2": [-4, 0]})
X(K, r"The log-partition of a 3-class softmax $A(\theta) = \log(1 + e^{\theta_1} + e^{\theta_2})$ <is> <prop>",
  "log(1+exp(theta_1)+exp(theta_2))", "theta_1 theta_2", ["strictly convex", "not convex"], "C SC",
  "Hessian = covariance of the one-hot (without the reference class), definite")
X(K, r"The log-likelihood $\ell(\theta) = 0.3\log\theta + 0.7\log(1 - \theta)$ <is> <prop> on $(0, 1)$",
  "Rational(3,10)*log(theta)+Rational(7,10)*log(1-theta)", "theta", ["concave", "strictly concave", "convex"],
  "V SV", "l''=-0.3/theta^2-0.7/(1-theta)^2<0", dom=["theta>0", "theta<1"], box={"theta": [0, 1]})
X(K, r"The cross-entropy $-\sum_i p_i \log q_i$ with $p = (0.2, 0.8)$, i.e. $-0.2\log q_1 - 0.8\log q_2$, <is> "
  r"<prop> on $q_1 > 0, q_2 > 0$", "-Rational(1,5)*log(q_1)-Rational(4,5)*log(q_2)", "q_1 q_2",
  ["strictly convex", "concave"], "C SC", "Hessian diag(0.2/q1^2, 0.8/q2^2)", dom=["q_1>0", "q_2>0"],
  box={"q_1": [0, 5], "q_2": [0, 5]})
X(K, r"The mutual information of a binary symmetric channel as a function of the crossover $\epsilon$, "
  r"$1 + \epsilon\log_2\epsilon + (1-\epsilon)\log_2(1-\epsilon)$, <is> <prop> on $(0, 1)$",
  "1+(e1*log(e1)+(1-e1)*log(1-e1))/log(2)", "e1", ["convex", "strictly convex", "concave"], "C SC",
  "1 - h(eps), h strictly concave", dom=["e1>0", "e1<1"], box={"e1": [0, 1]})
X(K, r"The Rényi-type function $\log(p^2 + (1 - p)^2)$ <is> <prop> on $(0, 1)$", "log(p**2+(1-p)**2)", "p",
  ["convex", "concave", "strictly convex"], "C SC",
  "g=2p^2-2p+1, (log g)''=(4g-(4p-2)^2)/g^2=8p(1-p)/g^2>0 on (0,1)",
  dom=["p>0", "p<1"], box={"p": [0, 1]})

# ============ ML lecture notes: losses over the weights ============
K = "ml-loss"
X(K, r"The squared loss $\ell(w) = (2w - 1)^2$ of a linear model on the example $(x, y) = (2, 1)$ <is> <prop> in $w$",
  "(2*w-1)**2", "w", ["strictly convex", "concave"], "C SC", "l''=8")
X(K, r"The squared loss $(w x + b - y)^2$ at $(x, y) = (2, 1)$, i.e. $(2w + b - 1)^2$, <is> <prop> in $(w, b)$",
  "(2*w+b-1)**2", "w b", ["convex", "strictly convex"], "C", "square of an affine map; constant along (1,-2)",
  seg=[[0, 1], [1, -1]])
X(K, r"The least-squares loss $L(w, b) = (w + b - 2)^2 + (3w + b - 1)^2$ <is> <prop>",
  "(w+b-2)**2+(3*w+b-1)**2", "w b", ["strictly convex", "concave"], "C SC",
  "Hessian 2 X^T X with X = [[1,1],[3,1]] nonsingular")
X(K, r"The logistic loss $\log(1 + e^{-(w_1 + 2w_2)})$ for $x = (1, 2)$, $y = 1$ <is> <prop> in $w$",
  "log(1+exp(-(w_1+2*w_2)))", "w_1 w_2", ["convex", "strictly convex"], "C",
  "softplus of a linear map; constant along (2,-1)", seg=[[0, 0], [2, -1]])
X(K, r"The L2-regularised logistic loss $\log(1 + e^{-(w_1 + 2w_2)}) + \frac{1}{10}(w_1^2 + w_2^2)$ <is> <prop>",
  "log(1+exp(-(w_1+2*w_2)))+(w_1**2+w_2**2)/10", "w_1 w_2", ["strictly convex", "concave"], "C SC",
  "convex plus strictly convex")
X(K, r"Logistic regression with two examples: $\log(1 + e^{-(w + b)}) + \log(1 + e^{2w + b})$ <is> <prop> in $(w, b)$",
  "log(1+exp(-(w+b)))+log(1+exp(2*w+b))", "w b", ["strictly convex", "not convex"], "C SC",
  "Hessian sum s'(.) x_i x_i^T with x_1 = (1,1), x_2 = (2,1) independent")
X(K, r"The hinge loss $\max(0, 1 - 2w)$ <is> <prop> in $w$", "Max(0,1-2*w)", "w", ["convex", "strictly convex"],
  "C", "max of affine functions; zero on w>1/2", seg=[[1], [2]])
X(K, r"The hinge loss of a linear classifier $\max\{0, 1 - y(wx + b)\}$ with $x = 2$, $y = -1$ <is> <prop> in "
  r"$(w, b)$", "Max(0,1+2*w+b)", "w b", ["convex", "concave"], "C", "max of affine functions",
  seg=[[-1, 0], [-2, 0]])
X(K, r"The squared hinge loss $\max(0, 1 - w)^2$ <is> <prop>", "Max(0,1-w)**2", "w",
  ["convex", "strictly convex"], "C", "square of a nonnegative convex function; zero on w>1", seg=[[2], [3]])
X(K, r"The binary cross-entropy with soft label $y = 0.3$, $-(0.3\log\sigma(z) + 0.7\log(1 - \sigma(z)))$, <is> "
  r"<prop> in the logit $z$", "-(Rational(3,10)*log(1/(1+exp(-z)))+Rational(7,10)*log(1-1/(1+exp(-z))))", "z",
  ["convex", "strictly convex", "concave"], "C SC", "equals log(1+e^z) - 0.3 z, second derivative s(1-s)>0")
X(K, r"Cross-entropy with a soft target $y = 0.3$ as a function of the predicted probability: "
  r"$-0.3\log p - 0.7\log(1 - p)$ <is> <prop> on $0 < p < 1$", "-Rational(3,10)*log(p)-Rational(7,10)*log(1-p)",
  "p", ["strictly convex", "concave"], "C SC", "second derivative 0.3/p^2+0.7/(1-p)^2>0", dom=["p>0", "p<1"],
  box={"p": [0, 1]})
X(K, r"The softmax cross-entropy $-z_1 + \log(e^{z_1} + e^{z_2} + e^{z_3})$ <is> <prop> in the logits",
  "-z_1+log(exp(z_1)+exp(z_2)+exp(z_3))", "z_1 z_2 z_3", ["convex", "strictly convex"], "C",
  "linear plus log-sum-exp; invariant under z -> z + t 1", seg=[[0, 0, 0], [1, 1, 1]])
X(K, r"The softmax probability $\frac{e^{z_1}}{e^{z_1} + e^{z_2}}$ <is> <prop> in $(z_1, z_2)$",
  "exp(z_1)/(exp(z_1)+exp(z_2))", "z_1 z_2", ["convex", "concave", "neither convex nor concave"], "",
  "a sigmoid of z_1 - z_2")
X(K, r"The first softmax output $\frac{e^{z_1}}{e^{z_1} + e^{z_2} + e^{z_3}}$ <is> <prop>",
  "exp(z_1)/(exp(z_1)+exp(z_2)+exp(z_3))", "z_1 z_2 z_3", ["log-concave"], "V",
  "log = z_1 - log-sum-exp, concave; constant along (1,1,1)", logof=True, seg=[[0, 0, 0], [1, 1, 1]])
X(K, r"The pseudo-Huber loss $\sqrt{1 + r^2} - 1$ <is> <prop>", "sqrt(1+r**2)-1", "r", ["strictly convex", "concave"],
  "C SC", "(1+r^2)^{-3/2}>0")
X(K, r"The log-cosh loss $\log(\cosh(w - 3))$ <is> <prop> in $w$", "log(cosh(w-3))", "w",
  ["strictly convex", "concave"], "C SC", "second derivative 1/cosh^2>0")
X(K, r"The absolute loss $|w - 3|$ <is> <prop>", "Abs(w-3)", "w", ["convex", "strictly convex"], "C",
  "affine on w>3", seg=[[4], [5]])
X(K, r"The pinball loss with $\tau = 0.3$, $\max(0.3 r, -0.7 r)$, <is> <prop> in $r$",
  "Max(Rational(3,10)*r,-Rational(7,10)*r)", "r", ["convex", "strictly convex"], "C",
  "max of linear functions", seg=[[1], [2]])
X(K, r"The exponential loss $e^{-y w x}$ with $x = 2$, $y = 1$ <is> <prop> in $w$", "exp(-2*w)", "w",
  ["strictly convex", "concave"], "C SC", "4e^{-2w}>0")
X(K, r"The exponential loss $e^{-(w_1 - w_2)}$ <is> <prop> in $(w_1, w_2)$", "exp(-(w_1-w_2))", "w_1 w_2",
  ["convex", "strictly convex"], "C", "exp of linear; constant along (1,1)", seg=[[0, 0], [1, 1]])
X(K, r"The squared loss of a sigmoid unit $(\sigma(w) - 1)^2$ <is> <prop> in $w$", "(1/(1+exp(-w))-1)**2", "w",
  ["convex", "concave"], "", "bounded, non-constant on R: not convex; not concave either")
X(K, r"The squared loss of a ReLU unit $(\max(0, w) - 1)^2$ <is> <prop> in $w$", "(Max(0,w)-1)**2", "w",
  ["convex", "concave", "neither convex nor concave"], "", "flat for w<0, then decreasing: a concave kink at 0")
X(K, r"Ridge regression $\|Xw - y\|^2 + \lambda\|w\|^2$ with $X = 1$, $y = 2$, $\lambda = 1/2$: $(w - 2)^2 + w^2/2$ "
  r"<is> <prop>",
  "(w-2)**2+w**2/2", "w", ["strictly convex", "concave"], "C SC", "second derivative 3")
X(K, r"The Lasso objective $\frac{1}{2}(w - 3)^2 + |w|$ <is> <prop>", "(w-3)**2/2+Abs(w)", "w",
  ["strictly convex", "concave"], "C SC", "strictly convex plus convex")
X(K, r"The elastic net penalty $|w_1| + |w_2| + \frac{1}{2}(w_1^2 + w_2^2)$ <is> <prop>",
  "Abs(w_1)+Abs(w_2)+(w_1**2+w_2**2)/2", "w_1 w_2", ["strictly convex", "concave"], "C SC",
  "convex plus strictly convex")
X(K, r"The Huber loss with $\delta = 1$, $\begin{cases} \frac{1}{2}r^2 & |r| \le 1 \\ |r| - \frac{1}{2} & |r| > 1 "
  r"\end{cases}$, <is> <prop>", "Piecewise((r**2/2, Abs(r)<=1), (Abs(r)-Rational(1,2), True))", "r",
  ["convex", "strictly convex"], "C", "C^1 pieces with nondecreasing slope; affine for r>1", seg=[[2], [3]])
X(K, r"The smoothed ReLU (softplus) $\log(1 + e^{w})$ <is> <prop> in $w$", "log(1+exp(w))", "w",
  ["strictly convex", "affine"], "C SC", "s(1-s)>0")
X(K, r"The mean squared error $\frac{1}{2}\sum_{i=1}^{2}(w x_i - y_i)^2$ with $x = (1, -1)$, $y = (1, 1)$ <is> <prop>",
  "((w-1)**2+(-w-1)**2)/2", "w", ["strictly convex", "concave"], "C SC", "w^2 + 1, second derivative 2")

# ============ ML lecture notes: small networks ============
K = "network-loss"
X(K, r"The squared loss of $f(x) = w_2 \sigma(w_1 x)$ on the data point $(1, 1)$, $(w_2\sigma(w_1) - 1)^2$, <is> "
  r"<prop> in $(w_1, w_2)$", "(w_2/(1+exp(-w_1))-1)**2", "w_1 w_2", ["convex", "not convex", "concave"], "",
  "Hessian at 0 is [[0,-1/2],[-1/2,1/2]], indefinite")
X(K, r"The loss $(w_2 \tanh(w_1) - 1)^2$ of a one-hidden-unit tanh network <is> <prop> in $(w_1, w_2)$",
  "(w_2*tanh(w_1)-1)**2", "w_1 w_2", ["convex", "neither convex nor concave"], "",
  "Hessian at 0 is [[0,-2],[-2,0]], indefinite")
X(K, r"A two-layer linear network $L(w_1, w_2) = (w_2 w_1 - 1)^2$ <is> <prop>", "(w_2*w_1-1)**2", "w_1 w_2",
  ["convex", "concave", "not convex"], "", "Hessian at 0 is [[0,-2],[-2,0]]")
X(K, r"The deep linear network loss $\frac{1}{2}(w_3 w_2 w_1 - 1)^2$ <is> <prop> in $(w_1, w_2, w_3)$",
  "(w_3*w_2*w_1-1)**2/2", "w_1 w_2 w_3", ["convex", "concave"], "",
  "f(t,t,t) = (t^3-1)^2/2 has f'' = 15t^4 - 6t... at 0 with w=(0,1,1) Hessian has off-diagonal -1")
X(K, r"Deep linear network with weight decay: $(w_2 w_1 - 1)^2 + \frac{1}{2}(w_1^2 + w_2^2)$ <is> <prop>",
  "(w_2*w_1-1)**2+(w_1**2+w_2**2)/2", "w_1 w_2", ["convex", "concave"], "",
  "Hessian at 0 is [[1,-2],[-2,1]], indefinite")
X(K, r"The loss of the 1-2-1 ReLU network $\sum_{i=1}^{2}(v_1\max(0, w_1 x_i) + v_2\max(0, w_2 x_i) - y_i)^2$ with "
  r"$(x_1, y_1) = (1, 1)$, $(x_2, y_2) = (-1, -1)$ <is> <prop> in $(w_1, w_2, v_1, v_2)$",
  "(v_1*Max(0,w_1)+v_2*Max(0,w_2)-1)**2+(v_1*Max(0,-w_1)+v_2*Max(0,-w_2)+1)**2", "w_1 w_2 v_1 v_2",
  ["convex", "not convex", "concave"], "", "on w_1,w_2>0 the first term is (v.w - 1)^2, indefinite at 0")
X(K, r"The squared loss of $f(x) = w_2 \max(0, w_1 x)$ on the point $(1, 1)$ <is> <prop> in $(w_1, w_2)$",
  "(w_2*Max(0,w_1)-1)**2", "w_1 w_2", ["convex", "concave"], "",
  "for w_1>0 it is (w_1 w_2 - 1)^2, indefinite Hessian at (1/2, 0)")
X(K, r"$(\max(0, w_1) + \max(0, w_2) - 1)^2$, the loss of a ReLU network with two hidden units and fixed output "
  r"weights, <is> <prop>", "(Max(0,w_1)+Max(0,w_2)-1)**2", "w_1 w_2", ["convex", "concave"], "",
  "for w_2<0 it is (relu(w_1)-1)^2, which has a concave kink at 0")
X(K, r"The loss of a softplus network $(w_2\log(1 + e^{w_1}) - 1)^2$ <is> <prop> in $(w_1, w_2)$",
  "(w_2*log(1+exp(w_1))-1)**2", "w_1 w_2", ["convex", "concave"], "",
  "f(w_1, 0)=1 constant, f_12 at (0,0) = -2 s(0) = -1, f_22 = 2 log(2)^2: det<0")
X(K, r"The squared loss of the linear model $f(x) = wx + b$ on the data $(1, 1)$, $(2, 3)$ <is> <prop> in $(w, b)$",
  "(w+b-1)**2+(2*w+b-3)**2", "w b", ["strictly convex", "concave"], "C SC", "Hessian 2 X^T X, X = [[1,1],[2,1]]")
X(K, r"A single ReLU neuron with squared loss on $(x, y) = (1, 2)$: $(\max(0, w + b) - 2)^2$ <is> <prop> in $(w, b)$",
  "(Max(0,w+b)-2)**2", "w b", ["convex", "concave"], "", "flat where w+b<0, then (w+b-2)^2: a concave kink")
X(K, r"The matrix factorisation loss $(uv - 3)^2$ <is> <prop> in $(u, v)$", "(u*v-3)**2", "u v",
  ["convex", "concave"], "", "Hessian at 0 is [[0,-6],[-6,0]]")
X(K, r"The output of a one-hidden-unit ReLU network $w_2 \max(0, w_1)$ <is> <prop> in $(w_1, w_2)$",
  "w_2*Max(0,w_1)", "w_1 w_2", ["convex", "concave"], "", "for w_1>0 it is w_1 w_2, a saddle")
X(K, r"With the second layer fixed at $w_2 = 2$, the loss $(2\max(0, w_1) - 1)^2$ <is> <prop> in $w_1$",
  "(2*Max(0,w_1)-1)**2", "w_1", ["convex", "concave"], "", "flat for w_1<0, then (2w_1-1)^2: a concave kink at 0")
X(K, r"With the first layer fixed, the loss $(w_2\sigma(1) - 1)^2$ <is> <prop> in $w_2$",
  "(w_2/(1+exp(-1))-1)**2", "w_2", ["strictly convex", "concave"], "C SC",
  "a square of an affine function of w_2 with nonzero slope")
X(K, r"The loss of a leaky-ReLU unit $(\max(w, w/10) - 1)^2$ <is> <prop>", "(Max(w,w/10)-1)**2", "w",
  ["convex", "concave"], "", "(w-1)^2 for w>0 and (w/10-1)^2 for w<0: slope -2 at 0+ and -1/5 at 0-, a concave kink")
X(K, r"The hinge loss of a two-layer linear network $\max(0, 1 - w_2 w_1)$ <is> <prop>", "Max(0,1-w_2*w_1)",
  "w_1 w_2", ["convex", "concave"], "", "near 0 it is 1 - w_1 w_2, a saddle")
X(K, r"The logistic loss of a two-layer linear network $\log(1 + e^{-w_1 w_2})$ <is> <prop>", "log(1+exp(-w_1*w_2))",
  "w_1 w_2", ["convex", "concave"], "", "Hessian at 0 is [[0,-1/2],[-1/2,0]]")

# ============ quasiconvexity (Boyd 3.16 and friends) ============
K = "quasiconvexity"
Q(K, r"Exercise 3.16(b): is $f(x_1, x_2) = x_1 x_2$ quasiconcave on $\mathbf{R}^2_{++}$? Claim: it <is> <prop>",
  "x_1*x_2", "x_1 x_2", ["quasiconcave", "quasiconvex"], "QV", "superlevel sets x1 x2 >= a are convex",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]})
Q(K, r"Exercise 3.16(d): $f(x_1, x_2) = x_1/x_2$ <is> <prop> on $\mathbf{R}^2_{++}$", "x_1/x_2", "x_1 x_2",
  ["quasiconvex", "quasiconcave", "quasilinear"], "QX QV", "level sets x1 = a x2 are halfspaces (linear-fractional)",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]})
Q(K, r"$f(x) = \sqrt{|x|}$ <is> <prop> on $\mathbf{R}$", "sqrt(Abs(x))", "x", ["quasiconvex", "quasiconcave"],
  "QX", "sublevel sets are intervals [-a^2, a^2]")
Q(K, r"The Gaussian bump $e^{-x^2}$ <is> <prop>", "exp(-x**2)", "x", ["quasiconcave", "quasiconvex"], "QV",
  "superlevel sets are intervals")
Q(K, r"$f(x) = x^3$ <is> <prop> on $\mathbb{R}$", "x**3", "x", ["quasiconvex", "quasiconcave"], "QX QV",
  "monotone functions on R are quasilinear")
Q(K, r"$f(x) = \sin x$ <is> <prop> on $[0, 2\pi]$", "sin(x)", "x", ["quasiconvex", "quasiconcave"], "",
  "{sin <= 0} = {0} U [pi, 2pi] not convex; {sin >= 0} = [0, pi] U {2pi} not convex",
  dom=["x>=0", "x<=2*pi"], box={"x": [0, 6.28]})
Q(K, r"$f(x_1, x_2) = x_1^2 - x_2^2$ <is> <prop>", "x_1**2-x_2**2", "x_1 x_2", ["quasiconvex", "quasiconcave"], "",
  "sublevel set x1^2 <= x2^2 is a double cone; superlevel set likewise")
Q(K, r"The logarithm $\log x$ <is> <prop> on $x > 0$", "log(x)", "x", ["quasilinear"], "QX QV",
  "monotone on an interval")
Q(K, r"$\frac{1}{1 + x^2}$ <is> <prop>", "1/(1+x**2)", "x", ["quasiconcave", "quasiconvex"], "QV",
  "superlevel sets are intervals")
Q(K, r"The function $f(x) = x^2 - 1$ <is> <prop>", "x**2-1", "x", ["quasiconcave", "quasiconvex"], "QX",
  "convex, so quasiconvex; superlevel set {|x| >= 1} not convex")
Q(K, r"The Cobb-Douglas utility $x^{1/3} y^{2/3}$ <is> <prop> on $\mathbb{R}^2_{++}$",
  "x**Rational(1,3)*y**Rational(2,3)", "x y", ["quasiconcave", "quasiconvex"], "QV",
  "concave, so quasiconcave; along x+y=3 it is concave and non-constant, so a sublevel set is not convex",
  dom=Q2, box=P2)


def main():
    out = os.path.normpath(os.path.join(HERE, ".."))
    others = set()
    for name in sorted(os.listdir(out)):
        if name.endswith(".jsonl") and name != "exercises.jsonl":
            with open(os.path.join(out, name), encoding="utf-8") as fh:
                others |= {json.loads(line)["claim"] for line in fh if line.strip()}
    clash = [d["claim"] for d in G.out if d["claim"] in others]
    assert not clash, clash
    G.write(os.path.join(out, "exercises.jsonl"), os.path.join(HERE, "spec_exercises.jsonl"))
    n = len(G.out)
    print(f"exercises: {n} claims, {sum(d['holds'] for d in G.out)} hold, {len({d['kind'] for d in G.out})} kinds")


if __name__ == "__main__":
    main()
