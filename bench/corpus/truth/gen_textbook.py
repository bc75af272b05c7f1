"""Generate bench/corpus/textbook.jsonl: curvature claims as textbooks, other tools' test suites, ML notes and Q&A
posts state them (Boyd & Vandenberghe ch. 3, Nocedal-Wright test functions, Rockafellar/Bertsekas, calculus
"concave up/down" exercises, CVXPY atoms and non-DCP-but-convex expressions, Mathematica FunctionConvexity and
SymPy is_convex examples, ML losses and regularisers, pasted plain text / unicode / PDF LaTeX).

Each subject is a function, its variables, its domain and the facts that hold (C convex, V concave, SC strictly
convex, SV strictly concave); every claim's expected answer is derived from those facts (lib.PROPS), never typed
by hand, and the facts are checked by verify_textbook.py. `why` states the mathematics.

    python bench/corpus/truth/gen_textbook.py bench/corpus/textbook.jsonl bench/corpus/truth/spec_textbook.jsonl
"""
import sys
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from lib import Gen

G = Gen(2026)


def T(kind, tpl, expr, vars, props, fx, why, **kw):
    """One subject, one phrasing; one claim per property (a leading "!" negates: "<is>" becomes "is not")."""
    if "<is>" not in tpl:
        assert not any(p.startswith("!") for p in props), tpl
    assert "<prop>" in tpl, tpl
    G.add(kind, expr, vars, props, fx, why, tpl=tpl, **kw)


POS = {"x": [0, 5]}
POS2 = {"x": [0, 5], "y": [0, 5]}
POS3 = {"x": [0, 4], "y": [0, 4], "z": [0, 4]}
Q2 = ["x>0", "y>0"]

# ---------------- Boyd & Vandenberghe, chapter 3 ----------------
K = "boyd"
T(K, r"Exponential: $e^{ax}$ <is> <prop> in $x$ on $\mathbb{R}$, for any $a \in \mathbb{R}$", "exp(a*x)", "x",
  ["convex", "strictly convex"], "C", "(e^{ax})''=a^2 e^{ax}>=0; a=0 gives the constant 1, not strictly convex",
  params={"a": []}, seg=[[0], [1], [0]])
T(K, r"Powers: $x^a$ <is> <prop> on $\mathbb{R}_{++}$ when $a \ge 1$", "x**a", "x", ["convex", "strictly convex"], "C",
  "(x^a)''=a(a-1)x^{a-2}>=0 for a>=1; a=1 is linear", params={"a": ["a>=1"]}, box={"x": [0, 5], "a": [1, 4]},
  dom=["x>0"], seg=[[1], [2], [1]])
T(K, r"$x^a$ <is> <prop> on $\mathbb{R}_{++}$ for $a \le 0$", "x**a", "x", ["convex"], "C",
  "a(a-1)>=0 for a<=0; a=0 is the constant 1", params={"a": ["a<=0"]}, box={"x": [0, 5], "a": [-4, 0]},
  dom=["x>0"], seg=[[1], [2], [0]])
T(K, r"$x^a$ <is> <prop> on $\mathbb{R}_{++}$ for $0 \le a \le 1$", "x**a", "x", ["concave", "convex"], "V",
  "a(a-1)<=0 for 0<=a<=1; a=0 and a=1 are affine", params={"a": ["a>=0", "a<=1"]},
  box={"x": [0, 5], "a": [0, 1]}, dom=["x>0"], seg=[[1], [2], [1]])
T(K, r"Powers of absolute value: $|x|^p$, for $p \ge 1$, <is> <prop> on $\mathbb{R}$", "Abs(x)**p", "x",
  ["convex", "strictly convex"], "C", "|x|^p convex for p>=1 (increasing convex power of the convex |x|); p=1 is |x|",
  params={"p": ["p>=1"]}, box={"p": [1, 4]}, seg=[[1], [2], [1]])
T(K, r"$|x|^{1/2}$ <is> <prop> on $\mathbb{R}$", "sqrt(Abs(x))", "x", ["convex", "concave"], "",
  "sqrt|x|: f(0)=0 < (f(-1)+f(1))/2=1 refutes concavity; concave (f''<0) on x>0 refutes convexity")
T(K, r"Negative entropy: $x \log x$ <is> <prop> on $\mathbb{R}_{++}$", "x*log(x)", "x",
  ["convex", "strictly convex", "concave"], "C SC", "(x log x)''=1/x>0", dom=["x>0"], box=POS)
T(K, r"Logarithm: $\log x$ <is> <prop> on $\mathbb{R}_{++}$", "log(x)", "x", ["concave", "convex"], "V SV",
  "(log x)''=-1/x^2<0", dom=["x>0"], box=POS)
T(K, r"Max function: $f(x) = \max\{x_1, \ldots, x_n\}$ with $n = 2$, i.e. $\max\{x_1, x_2\}$, <is> <prop> on $\mathbb{R}^2$",
  "Max(x_1,x_2)", "x_1 x_2", ["convex", "strictly convex"], "C", "pointwise max of linear functions; f(t,t)=t",
  seg=[[0, 0], [1, 1]])
T(K, r"$\max(x_1, x_2, x_3)$ <is> <prop> on $\mathbb{R}^3$", "Max(x_1,x_2,x_3)", "x_1 x_2 x_3", ["convex", "concave"],
  "C", "pointwise max of linear functions; f(t,t,t)=t", seg=[[0, 0, 0], [1, 1, 1]])
T(K, r"Quadratic-over-linear function: $f(x, y) = x^2/y$ <is> <prop> on $\{(x, y) \in \mathbb{R}^2 \mid y > 0\}$",
  "x**2/y", "x y", ["convex", "strictly convex"], "C",
  "Hessian (2/y^3)[y,-x]^T[y,-x] PSD; homogeneous of degree 1 so linear on rays", dom=["y>0"],
  box={"y": [0, 5]}, seg=[[1, 1], [2, 2]])
T(K, r"$f(x, y) = \frac{x^2}{y}$ <is> <prop> on $y < 0$", "x**2/y", "x y", ["concave", "convex"], "V",
  "minus the perspective of x^2 (reflect y); f(-t,-t)=-t", dom=["y<0"], box={"y": [-5, 0]}, seg=[[-1, -1], [-2, -2]])
T(K, r"Log-sum-exp: $f(x) = \log(e^{x_1} + e^{x_2})$ <is> <prop> on $\mathbb{R}^2$", "log(exp(x_1)+exp(x_2))",
  "x_1 x_2", ["convex", "strictly convex"], "C", "log-sum-exp convex (Boyd 3.1.5); f(x+t1)=f(x)+t",
  seg=[[0, 0], [1, 1]])
T(K, r"$\log\left(e^{x_1} + e^{x_2} + e^{x_3}\right)$ <is> <prop>", "log(exp(x_1)+exp(x_2)+exp(x_3))",
  "x_1 x_2 x_3", ["convex", "concave"], "C", "log-sum-exp; f(x+t1)=f(x)+t", seg=[[0, 0, 0], [1, 1, 1]])
T(K, r"Geometric mean: $f(x) = (x_1 x_2)^{1/2}$ <is> <prop> on $\mathbf{dom} f = \mathbb{R}^2_{++}$",
  "sqrt(x_1*x_2)", "x_1 x_2", ["concave", "strictly concave", "convex"], "V",
  "geometric mean concave (Boyd 3.1.5); homogeneous of degree 1", dom=["x_1>0", "x_2>0"],
  box={"x_1": [0, 5], "x_2": [0, 5]}, seg=[[1, 1], [2, 2]])
T(K, r"$(x y z)^{1/3}$ <is> <prop> for $x, y, z > 0$", "(x*y*z)**Rational(1,3)", "x y z", ["concave"], "V",
  "geometric mean of three; homogeneous of degree 1", dom=["x>0", "y>0", "z>0"], box=POS3, seg=[[1, 1, 1], [2, 2, 2]])
T(K, r"Log-determinant: $\log\det\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ <is> <prop> on $x > 0$, $xz - y^2 > 0$",
  "log(x*z-y**2)", "x y z", ["concave", "strictly concave"], "V SV",
  "log det X is strictly concave on S^2_{++}: second derivative -tr(X^-1 V X^-1 V)<0 for V!=0",
  dom=["x>0", "x*z-y**2>0"], box={"x": [0, 4], "y": [-3, 3], "z": [0, 4]})
T(K, r"$f(x, y, z) = \log(xz - y^2)$ <is> <prop> on $\{x > 0, \; xz - y^2 > 0\}$", "log(x*z-y**2)", "x y z",
  ["convex"], "V SV", "log det of [[x,y],[y,z]] written out: strictly concave",
  dom=["x>0", "x*z-y**2>0"], box={"x": [0, 4], "y": [-3, 3], "z": [0, 4]})
T(K, r"$-\log(x z - y^2)$ <is> <prop> for $x > 0$ and $x z > y^2$", "-log(x*z-y**2)", "x y z",
  ["convex", "strictly convex"], "C SC", "minus log det: strictly convex",
  dom=["x>0", "x*z-y**2>0"], box={"x": [0, 4], "y": [-3, 3], "z": [0, 4]})
T(K, r"Exercise 3.16(a): $f(x) = e^x - 1$ on $\mathbb{R}$ <is> <prop>", "exp(x)-1", "x", ["convex", "concave"],
  "C SC", "f''=e^x>0")
T(K, r"Exercise 3.16(b): $f(x_1, x_2) = x_1 x_2$ on $\mathbb{R}^2_{++}$ <is> <prop>", "x_1*x_2", "x_1 x_2",
  ["convex", "concave"], "", "Hessian [[0,1],[1,0]] indefinite", dom=["x_1>0", "x_2>0"],
  box={"x_1": [0, 5], "x_2": [0, 5]})
T(K, r"$f(x_1, x_2) = x_1 x_2$ <is> <prop> on $\mathbb{R}^2_{++}$", "x_1*x_2", "x_1 x_2",
  ["neither convex nor concave", "!convex"], "", "Hessian [[0,1],[1,0]] indefinite", dom=["x_1>0", "x_2>0"],
  box={"x_1": [0, 5], "x_2": [0, 5]})
T(K, r"Exercise 3.16(c): $f(x_1, x_2) = 1/(x_1 x_2)$ on $\mathbb{R}^2_{++}$ <is> <prop>", "1/(x_1*x_2)", "x_1 x_2",
  ["convex", "strictly convex", "concave"], "C SC",
  "Hessian (1/(x1 x2)) [[2/x1^2, 1/(x1x2)],[1/(x1x2), 2/x2^2]], determinant 3/(x1 x2)^4>0, trace>0",
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]})
T(K, r"Exercise 3.16(d): $f(x_1, x_2) = x_1/x_2$ on $\mathbb{R}^2_{++}$ <is> <prop>", "x_1/x_2", "x_1 x_2",
  ["convex", "concave"], "", "f_11=0, f_12=-1/x2^2: indefinite Hessian", dom=["x_1>0", "x_2>0"],
  box={"x_1": [0, 5], "x_2": [0, 5]})
T(K, r"Exercise 3.16(e): $f(x_1, x_2) = x_1^2/x_2$ on $\mathbb{R} \times \mathbb{R}_{++}$ <is> <prop>", "x_1**2/x_2",
  "x_1 x_2", ["convex"], "C", "quadratic-over-linear", dom=["x_2>0"], box={"x_2": [0, 5]}, seg=[[1, 1], [2, 2]])
T(K, r"Exercise 3.16(f): $f(x_1, x_2) = x_1^{\alpha} x_2^{1 - \alpha}$, where $0 \le \alpha \le 1$, on $\mathbb{R}^2_{++}$ <is> <prop>",
  "x_1**alpha*x_2**(1-alpha)", "x_1 x_2", ["concave", "strictly concave"], "V",
  "weighted geometric mean: concave, homogeneous of degree 1", params={"alpha": ["alpha>=0", "alpha<=1"]},
  dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5], "alpha": [0, 1]}, seg=[[1, 1], [2, 2], ["1/2"]])
T(K, r"$x^{1/3} y^{2/3}$ <is> <prop> on $x > 0, y > 0$", "x**Rational(1,3)*y**Rational(2,3)", "x y",
  ["concave", "convex"], "V", "weighted geometric mean with weights 1/3, 2/3", dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"Perspective of $\exp$: $g(x, t) = t e^{x/t}$ <is> <prop> on $t > 0$", "t*exp(x/t)", "x t",
  ["convex", "strictly convex"], "C", "perspective of a convex function; g(0,t)=t", dom=["t>0"],
  box={"t": [0.2, 4], "x": [-3, 3]}, seg=[[0, 1], [0, 2]])
T(K, r"Relative entropy: $x \log(x/y)$ <is> <prop> on $\mathbb{R}^2_{++}$", "x*log(x/y)", "x y",
  ["convex", "strictly convex"], "C", "perspective of x log x... (of -log): jointly convex; degree-1 homogeneous",
  dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"The perspective of $-\log$, $g(x, t) = -t \log(x/t)$, <is> <prop> on $\mathbb{R}^2_{++}$", "-t*log(x/t)", "x t",
  ["convex"], "C", "perspective of the convex -log x; linear on rays", dom=["x>0", "t>0"],
  box={"x": [0, 5], "t": [0, 5]}, seg=[[1, 1], [2, 2]])
T(K, r"$\|x\|_2 = \sqrt{x_1^2 + x_2^2}$ <is> <prop>", "sqrt(x_1**2+x_2**2)", "x_1 x_2",
  ["convex", "strictly convex"], "C", "a norm; linear on rays", seg=[[1, 0], [2, 0]])
T(K, r"$\|x\|_1 = |x_1| + |x_2|$ <is> <prop> on $\mathbb{R}^2$", "Abs(x_1)+Abs(x_2)", "x_1 x_2",
  ["convex", "strictly convex"], "C", "a norm; linear on rays", seg=[[1, 1], [2, 2]])
T(K, r"$\|x\|_\infty = \max\{|x_1|, |x_2|\}$ <is> <prop>", "Max(Abs(x_1),Abs(x_2))", "x_1 x_2", ["convex", "concave"],
  "C", "a norm; linear on rays", seg=[[1, 0], [2, 0]])
T(K, r"$f(x) = x^2$ <is> <prop> on $\mathbb{R}$ (composition $h(g(x))$ with $h(z) = z^2$, $g(x) = x$)", "x**2", "x",
  ["strictly convex"], "C SC", "f''=2>0")
T(K, r"$\exp(x^2)$ <is> <prop>", "exp(x**2)", "x", ["convex", "strictly convex"], "C SC",
  "f''=(2+4x^2)e^{x^2}>0")
T(K, r"$1/g(x)$ with $g(x) = x$: $\frac{1}{x}$ <is> <prop> on $x > 0$", "1/x", "x", ["convex"], "C SC",
  "f''=2/x^3>0", dom=["x>0"], box=POS)
T(K, r"$-\log(1 - x^2)$ <is> <prop> on $(-1, 1)$", "-log(1-x**2)", "x", ["strictly convex", "concave"], "C SC",
  "f''=2(1+x^2)/(1-x^2)^2>0", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
T(K, r"$\frac{1}{\log x}$ <is> <prop> on $x > 1$", "1/log(x)", "x", ["convex", "concave"], "C SC",
  "f''=(log^2 x+2 log x)/(x^2 log^3 x)>0 for x>1", dom=["x>1"], box={"x": [1, 8]})
T(K, r"$e^{e^{x}}$ <is> <prop>", "exp(exp(x))", "x", ["convex"], "C SC", "f''=e^{e^x}e^x(1+e^x)>0",
  box={"x": [-4, 2]})
T(K, r"$f(x) = \frac{x_1^2 + x_2^2}{x_3}$ <is> <prop> on $x_3 > 0$", "(x_1**2+x_2**2)/x_3", "x_1 x_2 x_3",
  ["convex", "strictly convex"], "C", "sum of quad-over-lin; degree-1 homogeneous", dom=["x_3>0"],
  box={"x_3": [0, 4]}, seg=[[1, 1, 1], [2, 2, 2]])
T(K, r"$\frac{x^3}{y^2}$ <is> <prop> on $x > 0$, $y > 0$", "x**3/y**2", "x y", ["convex", "strictly convex"], "C",
  "perspective y f(x/y) of f(x)=x^3 (convex on x>0); degree-1 homogeneous", dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"$x y$ <is> <prop> on $\mathbb{R}^2$", "x*y", "x y", ["convex", "concave"], "", "indefinite Hessian")
T(K, r"$\frac{1}{x} + \frac{1}{y}$ <is> <prop> on $\mathbb{R}^2_{++}$", "1/x+1/y", "x y", ["strictly convex"], "C SC",
  "diagonal Hessian 2/x^3, 2/y^3 >0", dom=Q2, box=POS2)
T(K, r"$x_1^2 + x_1 x_2 + x_2^2$ <is> <prop>", "x_1**2+x_1*x_2+x_2**2", "x_1 x_2", ["strictly convex", "concave"],
  "C SC", "Hessian [[2,1],[1,2]] positive definite")
T(K, r"$x^2 + 3xy + y^2$ <is> <prop>", "x**2+3*x*y+y**2", "x y", ["convex", "neither convex nor concave"], "",
  "Hessian [[2,3],[3,2]] has eigenvalues 5 and -1")
T(K, r"$x^2 - 2xy + y^2$ <is> <prop>", "x**2-2*x*y+y**2", "x y", ["convex", "strictly convex"], "C",
  "(x-y)^2: PSD Hessian, constant along x=y", seg=[[0, 0], [1, 1]])
T(K, r"$x^2 + y^2 + z^2 - xy - yz - zx$ <is> <prop>", "x**2+y**2+z**2-x*y-y*z-z*x", "x y z",
  ["convex", "strictly convex"], "C", "((x-y)^2+(y-z)^2+(z-x)^2)/2; constant along (1,1,1)",
  seg=[[0, 0, 0], [1, 1, 1]])
T(K, r"$-x^2 - y^2 + xy$ <is> <prop>", "-x**2-y**2+x*y", "x y", ["strictly concave", "convex"], "V SV",
  "Hessian [[-2,1],[1,-2]] negative definite")
T(K, r"$x^2 - y^2$ <is> <prop> on $\mathbb{R}^2$", "x**2-y**2", "x y", ["convex", "concave"], "", "saddle")
T(K, r"Harmonic mean: $\frac{2 x y}{x + y}$ <is> <prop> on $x > 0, y > 0$", "2*x*y/(x+y)", "x y",
  ["concave"], "V", "harmonic mean concave; degree-1 homogeneous", dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"$\log\left(\sum_{i=1}^{2} e^{x_i}\right)$ <is> <prop>", "log(exp(x_1)+exp(x_2))", "x_1 x_2", ["concave"], "C",
  "log-sum-exp", seg=[[0, 0], [1, 1]])

# ---------------- numerical optimisation test functions (Nocedal-Wright, Bertsekas, Bazaraa) -------------
K = "optimization"
T(K, r"The Rosenbrock function $f(x) = 100(x_2 - x_1^2)^2 + (1 - x_1)^2$ <is> <prop>",
  "100*(x_2-x_1**2)**2+(1-x_1)**2", "x_1 x_2", ["convex", "!convex", "concave"], "",
  "Hessian at (0,1): [[-398,0],[0,200]] indefinite; PD at the minimiser (1,1)")
T(K, r"$f(x, y) = (1 - x)^2 + 100(y - x^2)^2$ <is> <prop>", "(1-x)**2+100*(y-x**2)**2", "x y",
  ["neither convex nor concave"], "", "Rosenbrock, indefinite at (0,1)")
T(K, r"$f(x) = (x_1 - 2)^4 + (x_1 - 2 x_2)^2$ <is> <prop>", "(x_1-2)**4+(x_1-2*x_2)**2", "x_1 x_2",
  ["convex", "strictly convex"], "C SC",
  "sum of convex terms; if affine on a segment both terms are, so x_1 is constant and then (x_1-2x_2)^2 is strictly convex")
T(K, r"Booth's function $(x + 2y - 7)^2 + (2x + y - 5)^2$ <is> <prop>", "(x+2*y-7)**2+(2*x+y-5)**2", "x y",
  ["strictly convex"], "C SC", "A^T A with A=[[1,2],[2,1]] nonsingular")
T(K, r"The Matyas function $0.26(x^2 + y^2) - 0.48xy$ <is> <prop>", "Rational(26,100)*(x**2+y**2)-Rational(48,100)*x*y",
  "x y", ["convex", "strictly convex"], "C SC", "Hessian [[0.52,-0.48],[-0.48,0.52]], eigenvalues 0.04, 1")
T(K, r"The three-hump camel function $2x^2 - 1.05x^4 + \frac{x^6}{6} + xy + y^2$ <is> <prop>",
  "2*x**2-Rational(105,100)*x**4+x**6/6+x*y+y**2", "x y", ["convex", "not convex"], "",
  "f_xx=4-12.6x^2+5x^4=-3.6 at x=1; f_xx=4 at 0")
T(K, r"Himmelblau's function $(x^2 + y - 11)^2 + (x + y^2 - 7)^2$ <is> <prop>", "(x**2+y-11)**2+(x+y**2-7)**2",
  "x y", ["convex"], "", "four local minima; f_xx=12x^2+4y-42<0 at 0")
T(K, r"The sphere function $x_1^2 + x_2^2 + x_3^2$ <is> <prop>", "x_1**2+x_2**2+x_3**2", "x_1 x_2 x_3",
  ["strictly convex"], "C SC", "Hessian 2I")
T(K, r"$f(x) = x^4$ <is> <prop>", "x**4", "x", ["strictly convex"], "C SC",
  "f''=12x^2>=0, zero only at 0: strictly convex although f''(0)=0")
T(K, r"$f(x) = \frac{1}{2} x_1^2 + \frac{9}{2} x_2^2$ <is> <prop>", "x_1**2/2+9*x_2**2/2", "x_1 x_2",
  ["strictly convex"], "C SC", "Hessian diag(1, 9)")
T(K, r"$f(x_1, x_2) = x_1^2 - x_2^2$ <is> <prop>", "x_1**2-x_2**2", "x_1 x_2", ["not convex", "not concave"], "",
  "saddle")
T(K, r"$f(x) = x_1^4 + x_2^2$ <is> <prop>", "x_1**4+x_2**2", "x_1 x_2", ["strictly convex"], "C SC",
  "sum of strictly convex functions of separate variables")
T(K, r"$f(x) = e^{x_1 + 3x_2 - 0.1} + e^{x_1 - 3x_2 - 0.1} + e^{-x_1 - 0.1}$ <is> <prop>",
  "exp(x_1+3*x_2-Rational(1,10))+exp(x_1-3*x_2-Rational(1,10))+exp(-x_1-Rational(1,10))", "x_1 x_2",
  ["convex", "strictly convex"], "C SC", "Boyd 9.3 example: sum of exps of affine forms whose directions span R^2",
  box={"x_1": [-3, 3], "x_2": [-1, 1]})
T(K, r"$f(x) = x_1^2 + 2 x_1 x_2 + x_2^2 - 2 x_1$ <is> <prop>", "x_1**2+2*x_1*x_2+x_2**2-2*x_1", "x_1 x_2",
  ["convex", "strictly convex"], "C", "(x1+x2)^2-2x1: PSD, along (1,-1) it is linear", seg=[[0, 0], [1, -1]])
T(K, r"$f(x) = -\sqrt{1 - x^2}$ <is> <prop> on $[-1, 1]$", "-sqrt(1-x**2)", "x", ["convex", "strictly convex"],
  "C SC", "f''=(1-x^2)^{-3/2}>0", dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})
T(K, r"$-\sqrt{1 - x^2 - y^2}$ <is> <prop> on the open unit disc $x^2 + y^2 < 1$", "-sqrt(1-x**2-y**2)", "x y",
  ["strictly convex", "concave"], "C SC", "lower hemisphere: Hessian PD (radial (1-r^2)^{-3/2}, tangential (1-r^2)^{-1/2})",
  dom=["x**2+y**2<1"], box={"x": [-1, 1], "y": [-1, 1]})
T(K, r"$f(x) = \max\{0, x\}^2$ <is> <prop>", "Max(0,x)**2", "x", ["convex", "strictly convex"], "C",
  "C^1 with nondecreasing derivative 2max(0,x); zero on x<=0", seg=[[-2], [-1]])

# ---------------- calculus textbooks: concave up / down ----------------
K = "calculus"
T(K, r"$f(x) = x^3 - 3x^2$ <is> <prop> on $(1, \infty)$", "x**3-3*x**2", "x", ["concave up", "concave down"], "C SC",
  "f''=6x-6>0 for x>1", dom=["x>1"], box={"x": [1, 6]})
T(K, r"$f(x) = x^3 - 3x^2$ <is> <prop> on $(-\infty, 1)$", "x**3-3*x**2", "x", ["concave down"], "V SV",
  "f''=6x-6<0 for x<1", dom=["x<1"], box={"x": [-5, 1]})
T(K, r"$f(x) = x^3 - 3x^2$ <is> <prop> on $(0, \infty)$", "x**3-3*x**2", "x", ["concave up"], "",
  "f''=6x-6 changes sign at 1", dom=["x>0"], box={"x": [0, 6]})
T(K, r"$f(x) = x e^{-x}$ <is> <prop> on $(-\infty, 2)$", "x*exp(-x)", "x", ["concave down", "concave up"], "V SV",
  "f''=(x-2)e^{-x}<0 for x<2", dom=["x<2"], box={"x": [-3, 2]})
T(K, r"$f(x) = x e^{-x}$ <is> <prop> for $x > 2$", "x*exp(-x)", "x", ["convex"], "C SC", "f''=(x-2)e^{-x}>0",
  dom=["x>2"], box={"x": [2, 10]})
T(K, r"$f(x) = xe^{-x}$ <is> <prop> on $\mathbb{R}$", "x*exp(-x)", "x", ["convex", "concave"], "",
  "f''=(x-2)e^{-x} changes sign", box={"x": [-3, 8]})
T(K, r"$f(x) = x^4 - 4x^3$ <is> <prop> on $(0, 2)$", "x**4-4*x**3", "x", ["concave down", "concave up"], "V SV",
  "f''=12x(x-2)<0 on (0,2)", dom=["x>0", "x<2"], box={"x": [0, 2]})
T(K, r"$f(x) = x^4 - 4x^3$ <is> <prop> on $[2, \infty)$", "x**4-4*x**3", "x", ["concave up"], "C SC",
  "f''=12x(x-2)>0 for x>2", dom=["x>=2"], box={"x": [2, 8]})
T(K, r"$g(x) = \ln(1 + x^2)$ <is> <prop> on $(-1, 1)$", "log(1+x**2)", "x", ["concave up", "concave down"], "C SC",
  "f''=2(1-x^2)/(1+x^2)^2>0 on (-1,1)", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
T(K, r"$g(x) = \ln(1 + x^2)$ <is> <prop> on $(1, \infty)$", "log(1+x**2)", "x", ["concave down"], "V SV",
  "f''<0 for x>1", dom=["x>1"], box={"x": [1, 8]})
T(K, r"$\ln(1 + x^2)$ <is> <prop>", "log(1+x**2)", "x", ["convex", "neither convex nor concave"], "",
  "f'' changes sign at +-1")
T(K, r"$f(x) = \frac{x}{x^2 + 1}$ <is> <prop> on $(0, \sqrt{3})$", "x/(x**2+1)", "x", ["concave down"], "V SV",
  "f''=2x(x^2-3)/(x^2+1)^3<0 on (0, sqrt 3)", dom=["x>0", "x<sqrt(3)"], box={"x": [0, 1.7320508]})
T(K, r"$f(x) = \frac{x}{x^2 + 1}$ <is> <prop> on $(0, 2)$", "x/(x**2+1)", "x", ["concave"], "",
  "f'' changes sign at sqrt 3 < 2", dom=["x>0", "x<2"], box={"x": [0, 2]})
T(K, r"$y = e^{-x^2}$ <is> <prop> on $\left(-\frac{1}{\sqrt{2}}, \frac{1}{\sqrt{2}}\right)$", "exp(-x**2)", "x",
  ["concave down", "concave"], "V SV", "f''=(4x^2-2)e^{-x^2}<0 for |x|<1/sqrt 2",
  dom=["x>-1/sqrt(2)", "x<1/sqrt(2)"], box={"x": [-0.7071067, 0.7071067]})
T(K, r"$y = e^{-x^2}$ <is> <prop> on $[-1, 1]$", "exp(-x**2)", "x", ["concave"], "",
  "f''>0 for 1/sqrt 2<|x|<=1", dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})
T(K, r"$\arctan x$ <is> <prop> for $x \ge 0$", "atan(x)", "x", ["concave"], "V SV", "f''=-2x/(1+x^2)^2<0 for x>0",
  dom=["x>=0"], box=POS)
T(K, r"$\arctan(x)$ <is> <prop> on $(-\infty, 0]$", "atan(x)", "x", ["concave up"], "C SC", "f''>0 for x<0",
  dom=["x<=0"], box={"x": [-5, 0]})
T(K, r"$\tan^{-1} x$ <is> <prop> on $\mathbb{R}$", "atan(x)", "x", ["convex", "concave"], "", "f'' changes sign at 0")
T(K, r"$f(x) = x + \frac{1}{x}$ <is> <prop> for $x > 0$", "x+1/x", "x", ["concave up", "strictly convex"], "C SC",
  "f''=2/x^3>0", dom=["x>0"], box=POS)
T(K, r"$f(x) = x^4 + 2x^3 - 12x^2$ <is> <prop> on $[1, \infty)$", "x**4+2*x**3-12*x**2", "x", ["convex"], "C SC",
  "f''=12(x+2)(x-1)>=0, zero only at 1", dom=["x>=1"], box={"x": [1, 5]})
T(K, r"$f(x) = x^4 + 2x^3 - 12x^2$ <is> <prop> on $[-2, 1]$", "x**4+2*x**3-12*x**2", "x", ["concave", "convex"],
  "V SV", "f''=12(x+2)(x-1)<=0 on [-2,1]", dom=["x>=-2", "x<=1"], box={"x": [-2, 1]})
T(K, r"$f(x) = 2x^3 - 9x^2 + 12x$ <is> <prop> for $x < \frac{3}{2}$", "2*x**3-9*x**2+12*x", "x", ["concave down"],
  "V SV", "f''=12x-18<0", dom=["x<3/2"], box={"x": [-4, 1.5]})
T(K, r"$f(x) = \frac{\ln x}{x}$ <is> <prop> on $(0, e^{3/2})$", "log(x)/x", "x", ["concave", "convex"], "V SV",
  "f''=(2 ln x-3)/x^3<0 for x<e^{3/2}", dom=["x>0", "x<exp(Rational(3,2))"], box={"x": [0, 4.4816890]})
T(K, r"$f(x) = \frac{\ln x}{x}$ <is> <prop> for $x > 0$", "log(x)/x", "x", ["concave"], "",
  "f'' changes sign at e^{3/2}", dom=["x>0"], box={"x": [0, 12]})
T(K, r"$f(x) = x^2 e^{x}$ <is> <prop> on $[-3, -1]$", "x**2*exp(x)", "x", ["concave"], "V SV",
  "f''=(x^2+4x+2)e^x<0 between -2-sqrt2 and -2+sqrt2", dom=["x>=-3", "x<=-1"], box={"x": [-3, -1]})
T(K, r"$f(x) = x^2 e^{x}$ <is> <prop> on $x \ge 0$", "x**2*exp(x)", "x", ["concave up"], "C SC",
  "f''=(x^2+4x+2)e^x>0", dom=["x>=0"], box={"x": [0, 4]})
T(K, r"$h(x) = \sqrt{x}$ <is> <prop> on $(0, \infty)$", "sqrt(x)", "x", ["concave down", "concave up"], "V SV",
  "f''=-x^{-3/2}/4<0", dom=["x>0"], box=POS)
T(K, r"$f(x) = x^{1/3}$ <is> <prop> for $x > 0$", "x**Rational(1,3)", "x", ["concave"], "V SV",
  "f''=-(2/9)x^{-5/3}<0", dom=["x>0"], box=POS)
T(K, r"$f(x) = \sin x$ <is> <prop> on $(0, \pi)$", "sin(x)", "x", ["concave down"], "V SV", "f''=-sin x<0",
  dom=["x>0", "x<pi"], box={"x": [0, 3.14159]})
T(K, r"$f(x) = \cos x$ <is> <prop> on $\left(\frac{\pi}{2}, \frac{3\pi}{2}\right)$", "cos(x)", "x", ["concave up"],
  "C SC", "f''=-cos x>0", dom=["x>pi/2", "x<3*pi/2"], box={"x": [1.5708, 4.7123]})
T(K, r"$f(x) = \frac{1}{1 + x^2}$ <is> <prop> on $\left(-\frac{1}{\sqrt{3}}, \frac{1}{\sqrt{3}}\right)$",
  "1/(1+x**2)", "x", ["concave down"], "V SV", "f''=(6x^2-2)/(1+x^2)^3<0 for |x|<1/sqrt 3",
  dom=["x>-1/sqrt(3)", "x<1/sqrt(3)"], box={"x": [-0.57735, 0.57735]})

# ---------------- ML losses, activations, regularisers, likelihoods ----------------
K = "ml"
T(K, r"The hinge loss $\ell(z) = \max(0, 1 - z)$ <is> <prop>", "Max(0,1-z)", "z", ["convex", "strictly convex"], "C",
  "max of affine functions; linear for z<1", seg=[[-2], [-1]])
T(K, r"The hinge loss $\max(0, 1 - y w x)$ <is> <prop> in $w$ where $x = 2$ and $y = -1$", "Max(0,1+2*w)", "w",
  ["convex", "concave"], "C", "max(0, 1+2w): max of affine", seg=[[1], [2]])
T(K, r"The squared hinge loss $\max(0, 1 - z)^2$ <is> <prop>", "Max(0,1-z)**2", "z", ["convex", "strictly convex"],
  "C", "square of a nonnegative convex function; zero on z>=1", seg=[[2], [3]])
T(K, r"The logistic loss $\ell(z) = \log(1 + e^{-z})$ <is> <prop>", "log(1+exp(-z))", "z",
  ["convex", "strictly convex", "concave"], "C SC", "f''=sigma(z)(1-sigma(z))>0")
T(K, r"$\log(1 + e^{-3 w_1 + w_2})$ <is> <prop> in $(w_1, w_2)$", "log(1+exp(-3*w_1+w_2))", "w_1 w_2",
  ["convex", "strictly convex"], "C", "softplus of an affine form; constant along (1,3)", seg=[[0, 0], [1, 3]])
T(K, r"The negative log-likelihood $\log(1 + e^{-w_1 - w_2}) + \log(1 + e^{w_1 - 2 w_2})$ <is> <prop> in $w_1, w_2$",
  "log(1+exp(-w_1-w_2))+log(1+exp(w_1-2*w_2))", "w_1 w_2", ["convex", "strictly convex"], "C SC",
  "Hessian sum_i s_i a_i a_i^T with s_i>0 and a_1=(-1,-1), a_2=(1,-2) independent")
T(K, r"The squared loss $(1 - w)^2$ <is> <prop>", "(1-w)**2", "w", ["strictly convex"], "C SC", "f''=2")
T(K, r"$\frac{1}{2}(y - w x)^2$ <is> <prop> in $w$ for fixed $x, y$", "(y-w*x)**2/2", "w", ["convex", "strictly convex"],
  "C", "second derivative x^2>=0; x=0 gives a constant", params={"x": [], "y": []}, seg=[[0], [1], [0, 1]])
T(K, r"The cross-entropy $-\log \sigma(w)$ <is> <prop> in $w$", "log(1+exp(-w))", "w", ["convex"], "C SC",
  "-log sigma(w)=softplus(-w)")
T(K, r"$-y \log\sigma(z) - (1 - y)\log(1 - \sigma(z))$ <is> <prop> in $z$ where $y = 0.3$",
  "Rational(3,10)*log(1+exp(-z))+Rational(7,10)*log(1+exp(z))", "z", ["convex", "strictly convex"], "C SC",
  "0.3 softplus(-z)+0.7 softplus(z)")
T(K, r"The binary cross-entropy $-y\log p - (1 - y)\log(1 - p)$ <is> <prop> in $p$ on $(0, 1)$ where $y = 1$",
  "-log(p)", "p", ["convex"], "C SC", "-log p, f''=1/p^2", dom=["p>0", "p<1"], box={"p": [0, 1]})
T(K, r"The softmax cross-entropy $-\log\frac{e^{z_1}}{e^{z_1} + e^{z_2} + e^{z_3}}$ <is> <prop> in $z_1, z_2, z_3$",
  "log(exp(z_1)+exp(z_2)+exp(z_3))-z_1", "z_1 z_2 z_3", ["convex", "strictly convex"], "C",
  "log-sum-exp minus linear; invariant under z+t1", seg=[[0, 0, 0], [1, 1, 1]])
T(K, r"$\operatorname{softplus}(x) = \log(1 + e^{x})$ <is> <prop>", "log(1+exp(x))", "x",
  ["strictly convex", "concave"], "C SC", "f''=sigma(x)(1-sigma(x))>0")
T(K, r"The Huber loss $h(x) = \begin{cases} \frac{1}{2}x^2 & |x| \le 1 \\ |x| - \frac{1}{2} & |x| > 1 \end{cases}$ <is> <prop>",
  "Piecewise((x**2/2, Abs(x)<=1), (Abs(x)-Rational(1,2), True))", "x", ["convex", "strictly convex"], "C",
  "C^1 with nondecreasing derivative clip(x,-1,1); linear for |x|>1", seg=[[2], [3]])
T(K, r"The pseudo-Huber loss $\sqrt{1 + x^2} - 1$ <is> <prop>", "sqrt(1+x**2)-1", "x", ["strictly convex"], "C SC",
  "f''=(1+x^2)^{-3/2}>0")
T(K, r"$\mathrm{ReLU}(x) = \max(0, x)$ <is> <prop>", "Max(0,x)", "x",
  ["convex", "strictly convex", "concave", "not affine"], "C", "max of affine functions; zero on x<0",
  seg=[[-2], [-1]])
T(K, r"The sigmoid $\sigma(x) = \frac{1}{1 + e^{-x}}$ <is> <prop>", "1/(1+exp(-x))", "x",
  ["neither convex nor concave", "convex"], "", "sigma''=sigma(1-sigma)(1-2sigma) changes sign at 0")
T(K, r"The logistic function $\frac{1}{1 + e^{-x}}$ <is> <prop> on $x \le 0$", "1/(1+exp(-x))", "x", ["convex"],
  "C SC", "sigma''>0 for x<0", dom=["x<=0"], box={"x": [-5, 0]})
T(K, r"$\tanh(x)$ <is> <prop> on $[0, \infty)$", "tanh(x)", "x", ["concave", "convex"], "V SV",
  "tanh''=-2 tanh sech^2<0 for x>0", dom=["x>=0"], box=POS)
T(K, r"The tanh activation $\tanh x$ <is> <prop>", "tanh(x)", "x", ["convex", "concave"], "", "tanh'' changes sign")
T(K, r"The exponential loss $e^{-z}$ <is> <prop>", "exp(-z)", "z", ["strictly convex"], "C SC", "f''=e^{-z}>0")
T(K, r"The exponential loss $\exp(-y w x)$ <is> <prop> in $w$ where $x = 1$, $y = -1$", "exp(w)", "w", ["convex"],
  "C SC", "e^w")
T(K, r"Leaky ReLU $\max(0.01x, x)$ <is> <prop>", "Max(x/100,x)", "x", ["convex", "strictly convex"], "C",
  "max of linear functions; linear on x>0", seg=[[1], [2]])
T(K, r"The SiLU (swish) activation $x \sigma(x) = \frac{x}{1 + e^{-x}}$ <is> <prop>", "x/(1+exp(-x))", "x",
  ["convex", "not convex"], "", "f''=2s'+x s''; f''(0)=1/2>0, f''(3)<0 (about -0.032)")
T(K, r"Softsign $\frac{x}{1 + |x|}$ <is> <prop>", "x/(1+Abs(x))", "x", ["convex", "concave"], "",
  "concave on x>0 (f''=-2/(1+x)^3), convex on x<0")
T(K, r"The Cauchy loss $\log(1 + x^2)$ <is> <prop>", "log(1+x**2)", "x", ["convex"], "", "f'' changes sign at +-1")
T(K, r"The absolute loss $|y - \hat{y}|$ <is> <prop> in $\hat{y}$ where $y = 2$", "Abs(2-yhat)", "yhat",
  ["convex", "strictly convex"], "C", "|2-yhat|: linear on yhat>2", seg=[[3], [4]])
T(K, r"Ridge regression: $(1 - w_1 - w_2)^2 + \lambda(w_1^2 + w_2^2)$ <is> <prop> in $w_1, w_2$ for $\lambda > 0$",
  "(1-w_1-w_2)**2+lam*(w_1**2+w_2**2)", "w_1 w_2", ["strictly convex"], "C SC",
  "PSD plus lambda I with lambda>0", params={"lam": ["lam>0"]}, box={"lam": [0, 4]})
T(K, r"$(1 - w_1 - w_2)^2 + \lambda(w_1^2 + w_2^2)$ <is> <prop> in $w_1, w_2$ where $\lambda = 0$",
  "(1-w_1-w_2)**2", "w_1 w_2", ["strictly convex", "convex"], "C", "(1-w1-w2)^2 is constant along w1+w2=c",
  seg=[[0, 0], [1, -1]])
T(K, r"The lasso objective $(1 - w)^2 + |w|$ <is> <prop>", "(1-w)**2+Abs(w)", "w", ["strictly convex"], "C SC",
  "strictly convex plus convex")
T(K, r"$(w_1 - w_2)^2 + |w_1| + |w_2|$ <is> <prop>", "(w_1-w_2)**2+Abs(w_1)+Abs(w_2)", "w_1 w_2",
  ["convex", "strictly convex"], "C", "on w1,w2>0 it is (w1-w2)^2+w1+w2, affine along (1,1)", seg=[[1, 1], [2, 2]])
T(K, r"The $\ell_1$ regulariser $|w_1| + |w_2|$ <is> <prop>", "Abs(w_1)+Abs(w_2)", "w_1 w_2", ["strictly convex"],
  "C", "a norm", seg=[[1, 1], [2, 2]])
T(K, r"The $\ell_2$ penalty $\frac{\lambda}{2}(w_1^2 + w_2^2)$ <is> <prop> in $w_1, w_2$ for $\lambda > 0$",
  "lam*(w_1**2+w_2**2)/2", "w_1 w_2", ["strictly convex"], "C SC", "Hessian lambda I", params={"lam": ["lam>0"]},
  box={"lam": [0, 4]})
T(K, r"Elastic net $\alpha |w| + (1 - \alpha) w^2$ <is> <prop> in $w$ for $0 < \alpha < 1$",
  "alpha*Abs(w)+(1-alpha)*w**2", "w", ["strictly convex"], "C SC", "(1-alpha)w^2 strictly convex plus alpha|w|",
  params={"alpha": ["alpha>0", "alpha<1"]}, box={"alpha": [0, 1]})
T(K, r"The loss of a linear network $L(w_1, w_2) = (w_2 w_1 - 1)^2$ <is> <prop>", "(w_2*w_1-1)**2", "w_1 w_2",
  ["convex", "!convex"], "", "Hessian at 0 is [[0,-2],[-2,0]]")
T(K, r"$\frac{1}{2}(w^2 - 1)^2$ <is> <prop>", "(w**2-1)**2/2", "w", ["convex"], "", "f''=6w^2-2<0 at 0")
T(K, r"$(1 - \max(0, w))^2$ <is> <prop> in $w$", "(1-Max(0,w))**2", "w", ["convex", "concave"], "",
  "slope 0 for w<0, -2 just right of 0: concave kink; convex on w>0")
T(K, r"$(1 - v \max(0, w))^2$ <is> <prop> in $v, w$", "(1-v*Max(0,w))**2", "v w", ["convex"], "",
  "equals (1-vw)^2 on w>0: Hessian [[0,-2],[-2,0]] at v=w=0+")
T(K, r"The Gaussian negative log-likelihood $\log\sigma + \frac{1}{2\sigma^2}$ <is> <prop> in $\sigma$ for $\sigma > 0$",
  "log(s)+1/(2*s**2)", "s", ["convex", "concave"], "", "f''=(3-s^2)/s^4 changes sign at sqrt 3",
  dom=["s>0"], box={"s": [0.1, 6]})
T(K, r"In the precision $\tau$, $-\frac{1}{2}\log\tau + \frac{\tau}{2}$ <is> <prop> on $\tau > 0$",
  "-log(tau)/2+tau/2", "tau", ["convex", "strictly convex"], "C SC", "f''=1/(2 tau^2)>0", dom=["tau>0"],
  box={"tau": [0, 5]})
T(K, r"The Poisson negative log-likelihood $e^{\theta} - 3\theta$ <is> <prop> in $\theta$", "exp(theta)-3*theta",
  "theta", ["strictly convex"], "C SC", "f''=e^theta>0")
T(K, r"The least-squares loss $(w + b - 1)^2 + (2w + b - 3)^2$ <is> <prop> in $w, b$", "(w+b-1)**2+(2*w+b-3)**2",
  "w b", ["strictly convex"], "C SC", "design [[1,1],[2,1]] has full rank")
T(K, r"The log-likelihood $\log \sigma(w)$ <is> <prop> in $w$", "-log(1+exp(-w))", "w", ["concave", "strictly concave"],
  "V SV", "-softplus(-w)")
T(K, r"The binary entropy $-x\log x - (1 - x)\log(1 - x)$ <is> <prop> on $(0, 1)$", "-x*log(x)-(1-x)*log(1-x)", "x",
  ["concave", "strictly concave"], "V SV", "f''=-1/x-1/(1-x)<0", dom=["x>0", "x<1"], box={"x": [0, 1]})
T(K, r"The log-barrier $-\log(x) - \log(1 - x)$ <is> <prop> on $0 < x < 1$", "-log(x)-log(1-x)", "x",
  ["strictly convex"], "C SC", "f''=1/x^2+1/(1-x)^2", dom=["x>0", "x<1"], box={"x": [0, 1]})
T(K, r"$\log \sum_{i=1}^{3} e^{x_i}$ <is> <prop>", "log(exp(x_1)+exp(x_2)+exp(x_3))", "x_1 x_2 x_3",
  ["convex", "strictly convex"], "C", "log-sum-exp", seg=[[0, 0, 0], [1, 1, 1]])
T(K, r"The KL divergence $p\log\frac{p}{q}$ <is> <prop> in $(p, q)$ on $p > 0, q > 0$", "p*log(p/q)", "p q",
  ["convex"], "C", "perspective; degree-1 homogeneous", dom=["p>0", "q>0"],
  box={"p": [0, 5], "q": [0, 5]}, seg=[[1, 1], [2, 2]])

# ---------------- CVXPY: atoms, DCP vs true curvature ----------------
K = "dcp"
T(K, r"$\sqrt{1 + x^2}$ <is> <prop> (it is not DCP as written)", "sqrt(1+x**2)", "x", ["convex", "concave"], "C SC",
  "f''=(1+x^2)^{-3/2}>0")
T(K, r"$e^{x} e^{y}$ <is> <prop>", "exp(x)*exp(y)", "x y", ["convex", "strictly convex"], "C",
  "equals e^{x+y}: convex, constant along x+y=c", seg=[[0, 0], [1, -1]])
T(K, r"$\log(e^{x} + e^{-x})$ <is> <prop>", "log(exp(x)+exp(-x))", "x", ["convex", "strictly convex"], "C SC",
  "log(2 cosh x), f''=sech^2 x>0")
T(K, r"$(x^2 + 1)^2$ <is> <prop>", "(x**2+1)**2", "x", ["convex", "strictly convex"], "C SC", "f''=12x^2+4>0")
T(K, r"$(x^2 - 1)^2$ <is> <prop>", "(x**2-1)**2", "x", ["convex", "neither convex nor concave"], "",
  "f''=12x^2-4<0 at 0")
T(K, r"$x^2 + 2xy + y^2$ <is> <prop>", "x**2+2*x*y+y**2", "x y", ["convex", "strictly convex"], "C",
  "(x+y)^2; constant along x+y=0", seg=[[0, 0], [1, -1]])
T(K, r"$\sqrt{x}\sqrt{y}$ <is> <prop> for $x \ge 0, y \ge 0$", "sqrt(x)*sqrt(y)", "x y", ["concave", "convex"], "V",
  "geometric mean; homogeneous", dom=["x>=0", "y>=0"], box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"$\frac{(x - y)^2}{1 - \max(x, y)}$ <is> <prop> for $x < 1$, $y < 1$", "(x-y)**2/(1-Max(x,y))", "x y",
  ["convex"], "C", "quad_over_lin(x-y, 1-max(x,y)): convex increasing-in-numerator-square over concave positive; "
  "zero on x=y", dom=["x<1", "y<1"], box={"x": [-4, 1], "y": [-4, 1]}, seg=[[0, 0], ["1/2", "1/2"]])
T(K, r"$\max(x^2, e^x)$ <is> <prop>", "Max(x**2,exp(x))", "x", ["strictly convex"], "C SC",
  "max of strictly convex functions is strictly convex")
T(K, r"$\min(x, y)$ <is> <prop>", "Min(x,y)", "x y", ["concave", "strictly concave", "convex"], "V",
  "min of linear functions; f(t,t)=t", seg=[[0, 0], [1, 1]])
T(K, r"$\frac{x^2}{1 - x}$ <is> <prop> on $x < 1$", "x**2/(1-x)", "x", ["convex", "strictly convex"], "C SC",
  "f''=2/(1-x)^3>0", dom=["x<1"], box={"x": [-5, 1]})
T(K, r"$\left(|x|^3 + |y|^3\right)^{1/3}$ <is> <prop>", "(Abs(x)**3+Abs(y)**3)**Rational(1,3)", "x y",
  ["convex", "strictly convex"], "C", "the 3-norm; linear on rays", seg=[[1, 0], [2, 0]])
T(K, r"$\left(\sqrt{x} + \sqrt{y}\right)^2$ <is> <prop> on $x > 0, y > 0$", "(sqrt(x)+sqrt(y))**2", "x y",
  ["concave", "convex"], "V", "the p=1/2 'norm' is concave on the orthant; degree-1 homogeneous", dom=Q2, box=POS2,
  seg=[[1, 1], [2, 2]])
T(K, r"$\log(1 + x)$ <is> <prop> for $x > -1$", "log(1+x)", "x", ["concave"], "V SV", "f''=-1/(1+x)^2",
  dom=["x>-1"], box={"x": [-1, 5]})
T(K, r"$\mathrm{entr}(x) = -x \log x$ <is> <prop> on $x > 0$", "-x*log(x)", "x", ["strictly concave"], "V SV",
  "f''=-1/x", dom=["x>0"], box=POS)
T(K, r"$\lambda_{\max}$ of $\begin{pmatrix} x & y \\ y & z \end{pmatrix}$, $\frac{x + z}{2} + \sqrt{\frac{(x - z)^2}{4} + y^2}$, <is> <prop>",
  "(x+z)/2+sqrt((x-z)**2/4+y**2)", "x y z", ["convex", "strictly convex"], "C",
  "largest eigenvalue: affine plus a norm of an affine map; f(t,0,t)=t", seg=[[0, 0, 0], [1, 0, 1]])
T(K, r"$\frac{x^2 + y^2}{z}$ <is> <prop> on $z > 0$", "(x**2+y**2)/z", "x y z", ["convex"], "C",
  "quad-over-lin", dom=["z>0"], box={"z": [0, 4]}, seg=[[1, 1, 1], [2, 2, 2]])
T(K, r"$\frac{1}{\sqrt{x}}$ <is> <prop> on $x > 0$", "1/sqrt(x)", "x", ["convex"], "C SC", "f''=(3/4)x^{-5/2}",
  dom=["x>0"], box=POS)
T(K, r"$x^{-2}$ <is> <prop> on $x > 0$", "x**(-2)", "x", ["convex", "concave"], "C SC", "f''=6x^{-4}", dom=["x>0"],
  box=POS)
T(K, r"$\operatorname{kl\_div}(x, y) = x \log(x/y) - x + y$ <is> <prop> for $x > 0$, $y > 0$", "x*log(x/y)-x+y", "x y",
  ["convex"], "C", "relative entropy plus affine", dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"$x^{3/2}$ <is> <prop> on $x \ge 0$", "x**Rational(3,2)", "x", ["convex", "strictly convex"], "C SC",
  "f''=(3/4)x^{-1/2}>0", dom=["x>=0"], box=POS)
T(K, r"$x \log x$ <is> <prop> (written $-\mathrm{entr}(x)$) for $x > 0$", "x*log(x)", "x", ["concave"], "C SC",
  "f''=1/x", dom=["x>0"], box=POS)

# ---------------- Mathematica FunctionConvexity / SymPy is_convex examples ----------------
K = "cas"
T(K, r"$e^{-x^2}$ <is> <prop>", "exp(-x**2)", "x", ["neither convex nor concave", "concave"], "",
  "f''=(4x^2-2)e^{-x^2} changes sign")
T(K, r"$\Gamma(x)$ <is> <prop> on $x > 0$", "gamma(x)", "x", ["convex", "strictly convex"], "C SC",
  "Gamma''(x)=int t^{x-1}e^{-t}log^2 t dt>0", dom=["x>0"], box={"x": [0.05, 5]})
T(K, r"$\operatorname{erf}(x)$ <is> <prop> for $x \ge 0$", "erf(x)", "x", ["concave", "convex"], "V SV",
  "erf''=-(4x/sqrt pi)e^{-x^2}<0 for x>0", dom=["x>=0"], box={"x": [0, 4]})
T(K, r"$x^x$ <is> <prop> on $x > 0$", "x**x", "x", ["convex", "strictly convex"], "C SC",
  "f''=x^x((1+log x)^2+1/x)>0", dom=["x>0"], box={"x": [0.01, 4]})
T(K, r"$\frac{x^2}{1 + x^2}$ <is> <prop>", "x**2/(1+x**2)", "x", ["convex", "concave"], "",
  "f''=(2-6x^2)/(1+x^2)^3 changes sign")
T(K, r"$\frac{1}{1 + x^2 + y^2}$ <is> <prop>", "1/(1+x**2+y**2)", "x y", ["concave", "convex"], "",
  "concave near 0, convex far away")
T(K, r"$\log(x) + \log(y)$ <is> <prop> on $x > 0, y > 0$", "log(x)+log(y)", "x y", ["strictly concave"], "V SV",
  "diagonal Hessian -1/x^2, -1/y^2", dom=Q2, box=POS2)
T(K, r"$x^3 + y^3$ <is> <prop> on $x \ge 0, y \ge 0$", "x**3+y**3", "x y", ["convex", "strictly convex"], "C SC",
  "sum of strictly convex functions (t^3 on t>=0) of separate variables", dom=["x>=0", "y>=0"], box=POS2)
T(K, r"$e^{x} \cos y$ <is> <prop>", "exp(x)*cos(y)", "x y", ["convex", "concave"], "", "harmonic: trace of Hessian 0")
T(K, r"$\cos(x)\cosh(y)$ <is> <prop>", "cos(x)*cosh(y)", "x y", ["neither convex nor concave"], "",
  "harmonic, nonzero Hessian")
T(K, r"$x^3$ <is> <prop> on $[-1, \infty)$", "x**3", "x", ["convex"], "", "f''=6x<0 on [-1,0)",
  dom=["x>=-1"], box={"x": [-1, 4]})
T(K, r"$\frac{1}{x^2}$ <is> <prop> on $(0, \infty)$", "1/x**2", "x", ["convex"], "C SC", "f''=6/x^4", dom=["x>0"],
  box=POS)
T(K, r"$\frac{1}{x}$ <is> <prop> on $(-\infty, 0)$", "1/x", "x", ["convex", "concave"], "V SV", "f''=2/x^3<0",
  dom=["x<0"], box={"x": [-5, 0]})
T(K, r"$e^{x}$ <is> <prop>", "exp(x)", "x", ["convex", "concave"], "C SC", "f''=e^x")
T(K, r"$\log(x)$ <is> <prop> on $x > 0$", "log(x)", "x", ["convex"], "V SV", "f''=-1/x^2", dom=["x>0"], box=POS)
T(K, r"$x^2 + y^2$ <is> <prop> in $(x, y)$", "x**2+y**2", "x y", ["convex", "strictly convex"], "C SC", "Hessian 2I")
T(K, r"$\sin(x) + \cos(y)$ <is> <prop>", "sin(x)+cos(y)", "x y", ["convex", "concave"], "", "periodic, nonconstant")
T(K, r"$x^4 + y^4$ <is> <prop>", "x**4+y**4", "x y", ["strictly convex"], "C SC",
  "sum of strictly convex functions of separate variables")
T(K, r"$\arcsin(x)$ <is> <prop> on $[0, 1]$", "asin(x)", "x", ["convex"], "C SC", "f''=x(1-x^2)^{-3/2}>=0, zero only at 0",
  dom=["x>=0", "x<=1"], box={"x": [0, 1]})
T(K, r"$\arcsin x$ <is> <prop> on $[-1, 1]$", "asin(x)", "x", ["convex"], "", "f''<0 on (-1,0)",
  dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})
T(K, r"$\sqrt{1 - x^2}$ <is> <prop> on $[-1, 1]$", "sqrt(1-x**2)", "x", ["strictly concave"], "V SV",
  "f''=-(1-x^2)^{-3/2}", dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})

# ---------------- Q&A-site phrasing ----------------
K = "qa"
T(K, r"Is $f(x,y) = x^2/y$ <prop> for $y > 0$?", "x**2/y", "x y", ["convex"], "C", "quad-over-lin", dom=["y>0"],
  box={"y": [0, 5]}, seg=[[1, 1], [2, 2]])
T(K, r"Is $f(x,y)=x^2y^2$ <prop>?", "x**2*y**2", "x y", ["convex"], "", "along (t,-t): t^4 convex, but Hessian at "
  "(1,1) is [[2,4],[4,2]] indefinite")
T(K, r"Is $e^{xy}$ <prop>?", "exp(x*y)", "x y", ["convex", "concave"], "", "Hessian at 0 is [[0,1],[1,0]]")
T(K, r"Is $f(x) = x e^{x}$ <prop>?", "x*exp(x)", "x", ["convex"], "", "f''=(x+2)e^x<0 for x<-2")
T(K, r"Is $x e^x$ <prop> on $x \ge -2$?", "x*exp(x)", "x", ["convex"], "C SC", "f''=(x+2)e^x>=0, zero only at -2",
  dom=["x>=-2"], box={"x": [-2, 4]})
T(K, r"Is $\sqrt{x^2+y^2}$ <prop>?", "sqrt(x**2+y**2)", "x y", ["strictly convex"], "C", "a norm; linear on rays",
  seg=[[1, 1], [2, 2]])
T(K, r"Is $f(x, y) = x^4 + y^4$ <prop>?", "x**4+y**4", "x y", ["convex"], "C SC", "separable strictly convex")
T(K, r"Is $\max(x^2, y)$ <prop>?", "Max(x**2,y)", "x y", ["convex", "strictly convex"], "C",
  "max of convex functions; equals y where y>x^2", seg=[[0, 1], [0, 2]])
T(K, r"Is $|x|^3$ <prop>?", "Abs(x)**3", "x", ["convex", "strictly convex"], "C SC", "f''=6|x|, zero only at 0")
T(K, r"Is $f(x)=\frac{x}{1+x}$ <prop> on $x > 0$?", "x/(1+x)", "x", ["concave"], "V SV", "f''=-2/(1+x)^3<0",
  dom=["x>0"], box=POS)
T(K, r"Is $\frac{xy}{x + y}$ <prop> on $\mathbb{R}^2_{++}$?", "x*y/(x+y)", "x y", ["concave", "convex"], "V",
  "half the harmonic mean; homogeneous", dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"Is $x^2 - xy + y^2$ <prop>?", "x**2-x*y+y**2", "x y", ["convex"], "C SC", "Hessian [[2,-1],[-1,2]] PD")
T(K, r"Is $f(x,y) = x^2 + y^2 + 4xy$ <prop>?", "x**2+y**2+4*x*y", "x y", ["convex"], "",
  "Hessian [[2,4],[4,2]] eigenvalues 6, -2")
T(K, r"Is $-\sqrt{xy}$ <prop> on the positive orthant $x > 0, y > 0$?", "-sqrt(x*y)", "x y", ["convex"], "C",
  "minus the geometric mean", dom=Q2, box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"Is $x^{0.5}$ <prop> for $x \ge 0$?", "sqrt(x)", "x", ["concave"], "V SV", "sqrt", dom=["x>=0"], box=POS)
T(K, r"Is $f(x) = \frac{1}{1+e^{-x}}$ <prop>?", "1/(1+exp(-x))", "x", ["convex", "concave"], "", "sigmoid")
T(K, r"Is $x^3$ <prop>?", "x**3", "x", ["convex"], "", "f''=6x<0 for x<0")
T(K, r"Prove or disprove: $f(x_1, x_2) = x_1^2 x_2$ <is> <prop> on $x_2 > 0$.", "x_1**2*x_2", "x_1 x_2", ["convex"],
  "", "Hessian [[2x2, 2x1],[2x1, 0]], determinant -4x1^2<0", dom=["x_2>0"], box={"x_2": [0, 5]})
T(K, r"Prove or disprove: $\log(x^2 + 1)$ <is> <prop> on $[0, 1]$.", "log(x**2+1)", "x", ["convex"], "C SC",
  "f''=2(1-x^2)/(1+x^2)^2>=0 on [0,1], zero only at 1", dom=["x>=0", "x<=1"], box={"x": [0, 1]})
T(K, r"Show that $f(x) = -\log x$ <is> <prop> on $x > 0$.", "-log(x)", "x", ["convex"], "C SC", "f''=1/x^2",
  dom=["x>0"], box=POS)
T(K, r"Show that $f(x, y) = \log(e^x + e^y)$ <is> <prop>.", "log(exp(x)+exp(y))", "x y", ["convex"], "C",
  "log-sum-exp", seg=[[0, 0], [1, 1]])
T(K, r"Show that the function $f(x) = \sqrt{x}$ <is> <prop> on $[0, \infty)$.", "sqrt(x)", "x", ["concave"], "V SV",
  "sqrt", dom=["x>=0"], box=POS)
T(K, r"Show that $f(x, y) = x^2 + y^2 - xy$ <is> <prop> on $\mathbb{R}^2$.", "x**2+y**2-x*y", "x y", ["strictly convex"],
  "C SC", "Hessian [[2,-1],[-1,2]] PD")
T(K, r"How do I prove $f(x) = -\ln(1 - e^{-x})$ <is> <prop> for $x > 0$?", "-log(1-exp(-x))", "x", ["convex"],
  "C SC", "f''=e^{-x}/(1-e^{-x})^2>0", dom=["x>0"], box=POS)
T(K, r"Why is $\frac{1}{x}$ <prop> for $x > 0$?", "1/x", "x", ["convex"], "C SC", "f''=2/x^3", dom=["x>0"], box=POS)
T(K, r"Is $f(x) = |x - 1| + |x + 1|$ <prop>?", "Abs(x-1)+Abs(x+1)", "x", ["strictly convex"], "C",
  "constant 2 on [-1,1]", seg=[[0], ["1/2"]])

# ---------------- parameters ----------------
K = "parametric"
T(K, r"$ax^2 + bx + c$ <is> <prop> in $x$ for $a \ge 0$", "a*x**2+b*x+c", "x", ["convex", "strictly convex"], "C",
  "f''=2a>=0; a=0 affine", params={"a": ["a>=0"], "b": [], "c": []}, box={"a": [0, 4]}, seg=[[0], [1], [0, 0, 0]])
T(K, r"$a x^2 + b x + c$ <is> <prop> in $x$ when $a > 0$", "a*x**2+b*x+c", "x", ["strictly convex"], "C SC",
  "f''=2a>0", params={"a": ["a>0"], "b": [], "c": []}, box={"a": [0, 4]})
T(K, r"$\frac{c}{x}$ <is> <prop> on $x > 0$ for $c > 0$", "c/x", "x", ["strictly convex", "concave"], "C SC",
  "f''=2c/x^3>0", params={"c": ["c>0"]}, dom=["x>0"], box={"x": [0, 5], "c": [0, 4]})
T(K, r"$\log(a x)$ <is> <prop> in $x$ on $x > 0$ for $a > 0$", "log(a*x)", "x", ["concave", "strictly concave"],
  "V SV", "log a + log x", params={"a": ["a>0"]}, dom=["x>0"], box={"x": [0, 5], "a": [0.01, 4]})
T(K, r"$x^2 + a x y + y^2$ <is> <prop> in $x, y$ for $|a| \le 2$", "x**2+a*x*y+y**2", "x y",
  ["convex", "strictly convex"], "C", "Hessian [[2,a],[a,2]] PSD iff |a|<=2; a=2 gives (x+y)^2",
  params={"a": ["Abs(a)<=2"]}, box={"a": [-2, 2]}, seg=[[0, 0], [1, -1], [2]])
T(K, r"$x^2 + a x y + y^2$ <is> <prop> in $x, y$ where $a = 3$", "x**2+3*x*y+y**2", "x y", ["convex", "!convex"], "",
  "Hessian [[2,3],[3,2]] indefinite")
T(K, r"$\lambda e^{x}$ <is> <prop> in $x$ for $\lambda < 0$", "lam*exp(x)", "x", ["concave", "strictly concave", "convex"],
  "V SV", "f''=lambda e^x<0", params={"lam": ["lam<0"]}, box={"lam": [-4, 0]})
T(K, r"$k x^2 - x$ <is> <prop> in $x$ for $k > 0$", "k*x**2-x", "x", ["strictly convex"], "C SC", "f''=2k>0",
  params={"k": ["k>0"]}, box={"k": [0, 4]})
T(K, r"$|x - a|$ <is> <prop> in $x$ for every $a \in \mathbb{R}$", "Abs(x-a)", "x", ["convex", "strictly convex"], "C",
  "translate of |x|", params={"a": []}, seg=[[1], [2], [0]])
T(K, r"$\log(1 + e^{a x})$ <is> <prop> in $x$ for any real $a$", "log(1+exp(a*x))", "x", ["convex", "strictly convex"],
  "C", "softplus of a linear function; a=0 constant", params={"a": []}, seg=[[0], [1], [0]])
T(K, r"$x^a$ <is> <prop> on $x > 0$ where $a = 5/2$", "x**Rational(5,2)", "x", ["convex", "concave"], "C SC",
  "a(a-1)=15/4>0", dom=["x>0"], box=POS)
T(K, r"$x^a$ <is> <prop> on $x > 0$ where $a = 0.3$", "x**Rational(3,10)", "x", ["concave", "convex"], "V SV",
  "a(a-1)<0", dom=["x>0"], box=POS)
T(K, r"$x^p$ <is> <prop> on $(0, \infty)$ if $p < 0$", "x**p", "x", ["convex", "strictly convex"], "C SC",
  "p(p-1)x^{p-2}>0", params={"p": ["p<0"]}, dom=["x>0"], box={"x": [0, 5], "p": [-4, -0.05]})
T(K, r"$e^{-\lambda x}$ <is> <prop> in $x$ for $\lambda > 0$", "exp(-lam*x)", "x", ["strictly convex"], "C SC",
  "lambda^2 e^{-lambda x}>0", params={"lam": ["lam>0"]}, box={"lam": [0.05, 3]})
T(K, r"$a |x|$ <is> <prop> in $x$ for $a \ge 0$", "a*Abs(x)", "x", ["convex", "concave"], "C",
  "nonnegative multiple of |x|; a=0 gives 0", params={"a": ["a>=0"]}, box={"a": [0, 4]}, seg=[[1], [2], [1]])
T(K, r"$\frac{x^2}{y}$ <is> <prop> in $x$ for fixed $y > 0$", "x**2/y", "x", ["strictly convex"], "C SC",
  "2/y>0", params={"y": ["y>0"]}, box={"y": [0.05, 5]})
T(K, r"$\frac{x}{y}$ <is> <prop> in $y$ on $y > 0$ for fixed $x > 0$", "x/y", "y", ["concave", "convex"], "C SC",
  "2x/y^3>0", params={"x": ["x>0"]}, dom=["y>0"], box={"y": [0, 5], "x": [0.05, 5]})
T(K, r"$x y$ <is> <prop> in $x$ for fixed $y$", "x*y", "x", ["affine", "strictly convex"], "C V",
  "linear in x", params={"y": []}, seg=[[0], [1], [1]])
T(K, r"$\frac{1}{2} x^2 + \mu |x|$ <is> <prop> in $x$ for $\mu \ge 0$", "x**2/2+mu*Abs(x)", "x", ["strictly convex"],
  "C SC", "strictly convex plus convex", params={"mu": ["mu>=0"]}, box={"mu": [0, 4]})
T(K, r"$x^2 - c x^4$ <is> <prop> in $x$ for $c > 0$", "x**2-c*x**4", "x", ["convex", "concave"], "",
  "f''=2-12cx^2 changes sign", params={"c": ["c>0"]}, box={"c": [0.05, 4]})

# ---------------- domains written many ways ----------------
K = "domain"
T(K, r"$x^3$ <is> <prop> on $\mathbb{R}_+$", "x**3", "x", ["convex", "strictly convex"], "C SC", "f''=6x>=0, zero at 0",
  dom=["x>=0"], box=POS)
T(K, r"$x^3$ <is> <prop> on $(-\infty, 0]$", "x**3", "x", ["concave", "convex"], "V SV", "f''=6x<=0", dom=["x<=0"],
  box={"x": [-5, 0]})
T(K, r"$\frac{1}{x}$ <is> <prop> on $\mathbb{R}_{>0}$", "1/x", "x", ["convex"], "C SC", "f''=2/x^3", dom=["x>0"], box=POS)
T(K, r"$x \log x$ <is> <prop> for all $x > 0$", "x*log(x)", "x", ["convex"], "C SC", "f''=1/x", dom=["x>0"], box=POS)
T(K, r"$\log x$ <is> <prop> on $]0, +\infty[$", "log(x)", "x", ["concave"], "V SV", "f''=-1/x^2", dom=["x>0"], box=POS)
T(K, r"$\frac{1}{1 - x}$ <is> <prop> on $x < 1$", "1/(1-x)", "x", ["convex", "concave"], "C SC", "f''=2/(1-x)^3",
  dom=["x<1"], box={"x": [-5, 1]})
T(K, r"$-\log(1 - x)$ <is> <prop> on $(-\infty, 1)$", "-log(1-x)", "x", ["convex"], "C SC", "f''=1/(1-x)^2",
  dom=["x<1"], box={"x": [-5, 1]})
T(K, r"$\sqrt{x}$ <is> <prop> on $[0, +\infty)$", "sqrt(x)", "x", ["concave"], "V SV", "sqrt", dom=["x>=0"], box=POS)
T(K, r"$x^2 + y^2$ <is> <prop> on the closed unit disk $x^2 + y^2 \le 1$", "x**2+y**2", "x y", ["strictly convex"],
  "C SC", "Hessian 2I", dom=["x**2+y**2<=1"], box={"x": [-1, 1], "y": [-1, 1]})
T(K, r"$x y$ <is> <prop> on the triangle $x \ge 0, y \ge 0, x + y \le 1$", "x*y", "x y", ["concave", "convex"], "",
  "indefinite Hessian on an open set", dom=["x>=0", "y>=0", "x+y<=1"], box={"x": [0, 1], "y": [0, 1]})
T(K, r"$\frac{1}{x + y}$ <is> <prop> on $x + y > 0$", "1/(x+y)", "x y", ["convex", "strictly convex"], "C",
  "convex 1/t of an affine form; constant along x+y=c", dom=["x+y>0"], seg=[[1, 0], [0, 1]])
T(K, r"$-\log(1 - x^2 - y^2)$ <is> <prop> on $x^2 + y^2 < 1$", "-log(1-x**2-y**2)", "x y", ["strictly convex"],
  "C SC", "-log of a positive strictly concave function", dom=["x**2+y**2<1"], box={"x": [-1, 1], "y": [-1, 1]})
T(K, r"$x \sqrt{x}$ <is> <prop> for $x \in [0, \infty)$", "x*sqrt(x)", "x", ["convex"], "C SC", "x^{3/2}",
  dom=["x>=0"], box=POS)
T(K, r"$\log(x - 1)$ <is> <prop> for $x \in (1, \infty)$", "log(x-1)", "x", ["concave"], "V SV", "f''=-1/(x-1)^2",
  dom=["x>1"], box={"x": [1, 6]})
T(K, r"$\frac{1}{x(1 - x)}$ <is> <prop> on the interval $(0, 1)$", "1/(x*(1-x))", "x", ["convex"], "C SC",
  "1/x+1/(1-x), both strictly convex on (0,1)", dom=["x>0", "x<1"], box={"x": [0, 1]})
T(K, r"$\sqrt{x y}$ <is> <prop> on $\mathbb{R}_{+}^2$", "sqrt(x*y)", "x y", ["concave"], "V",
  "geometric mean on the closed orthant", dom=["x>=0", "y>=0"], box=POS2, seg=[[1, 1], [2, 2]])
T(K, r"$x^4 - x^2$ <is> <prop> for $x \ge 1$", "x**4-x**2", "x", ["convex"], "C SC", "f''=12x^2-2>0 for x>=1",
  dom=["x>=1"], box={"x": [1, 4]})
T(K, r"$\tan x$ <is> <prop> for $x \in [0, \pi/2)$", "tan(x)", "x", ["convex"], "C SC", "tan''=2tan sec^2>=0",
  dom=["x>=0", "x<pi/2"], box={"x": [0, 1.5707]})
T(K, r"$e^{x} + e^{-y}$ <is> <prop> on $\mathbb{R} \times \mathbb{R}$", "exp(x)+exp(-y)", "x y", ["strictly convex"],
  "C SC", "separable strictly convex")
T(K, r"$x_1 \log x_1 + x_2 \log x_2$ <is> <prop> on $x_1, x_2 > 0$", "x_1*log(x_1)+x_2*log(x_2)", "x_1 x_2",
  ["strictly convex"], "C SC", "separable, each 1/x>0", dom=["x_1>0", "x_2>0"], box={"x_1": [0, 5], "x_2": [0, 5]})

# ---------------- as pasted: plain text, unicode, PDF LaTeX ----------------
K = "pasted"
T(K, r"f(x) = x^2 <is> <prop>", "x**2", "x", ["convex"], "C SC", "f''=2")
T(K, r"f(x) = e^x <is> <prop> on R", "exp(x)", "x", ["convex"], "C SC", "f''=e^x")
T(K, r"f(x) = log(x) <is> <prop> on x > 0", "log(x)", "x", ["concave"], "V SV", "f''=-1/x^2", dom=["x>0"], box=POS)
T(K, r"f(x,y) = x*y <is> <prop>", "x*y", "x y", ["convex"], "", "indefinite")
T(K, "f(x) = x\u00b2 <is> <prop>", "x**2", "x", ["strictly convex"], "C SC", "f''=2")
T(K, "f(x) = \u221ax <is> <prop> on [0, \u221e)", "sqrt(x)", "x", ["concave"], "V SV", "sqrt", dom=["x>=0"], box=POS)
T(K, "f(x) = \u2212log x <is> <prop> on x > 0", "-log(x)", "x", ["convex"], "C SC", "f''=1/x^2", dom=["x>0"], box=POS)
T(K, "f(x, y) = x\u00b2/y <is> <prop> for y > 0", "x**2/y", "x y", ["convex"], "C", "quad-over-lin", dom=["y>0"],
  box={"y": [0, 5]}, seg=[[1, 1], [2, 2]])
T(K, "The function f(x) = 1/x <is> <prop> on x \u2208 (0, \u221e).", "1/x", "x", ["convex"], "C SC", "f''=2/x^3",
  dom=["x>0"], box=POS)
T(K, r"$f(x)=\left|x\right|$ <is> <prop>", "Abs(x)", "x", ["convex", "strictly convex"], "C", "|x|", seg=[[1], [2]])
T(K, r"\( f(x) = \exp\left( x^{2} \right) \) <is> <prop>", "exp(x**2)", "x", ["convex"], "C SC", "(2+4x^2)e^{x^2}")
T(K, r"$f(x) = \mathrm{e}^{-x}$ <is> <prop>", "exp(-x)", "x", ["convex"], "C SC", "e^{-x}")
T(K, r"$f(x)=x\,\ln x$ <is> <prop> on $x>0$", "x*log(x)", "x", ["convex"], "C SC", "1/x", dom=["x>0"], box=POS)
T(K, r"$f(x) = \log\left(1 + \exp(x)\right)$ <is> <prop>", "log(1+exp(x))", "x", ["convex"], "C SC", "softplus")
T(K, r"$$f(x) = x^4$$ <is> <prop>", "x**4", "x", ["strictly convex"], "C SC", "12x^2, isolated zero")
T(K, r"Let $f(x) = x^3$. Then $f$ <is> <prop> on $x \ge 0$.", "x**3", "x", ["convex"], "C SC", "6x>=0",
  dom=["x>=0"], box=POS)
T(K, r"$f:\mathbb{R}\to\mathbb{R}$, $f(x) = x^2$, <is> <prop>", "x**2", "x", ["convex"], "C SC", "2")
T(K, r"f(x) = max(x, 0) <is> <prop>", "Max(x,0)", "x", ["convex"], "C", "relu", seg=[[1], [2]])
T(K, r"$\ln(1+e^x)$ <is> <prop>", "log(1+exp(x))", "x", ["concave"], "C SC", "softplus")
T(K, r"$\log_2 x$ <is> <prop> on $x > 0$", "log(x)/log(2)", "x", ["concave"], "V SV", "log x/log 2", dom=["x>0"],
  box=POS)
T(K, r"$\log_{10}(x)$ <is> <prop> for $x>0$", "log(x)/log(10)", "x", ["convex"], "V SV", "log x/log 10", dom=["x>0"],
  box=POS)
T(K, r"$f(\mathbf{x}) = x_1^2 + x_2^2$ <is> <prop>", "x_1**2+x_2**2", "x_1 x_2", ["strictly convex"], "C SC", "2I")
T(K, r"$\displaystyle f(x) = \frac{1}{2}x^{2} - \ln x$ <is> <prop> on $x > 0$", "x**2/2-log(x)", "x", ["convex"],
  "C SC", "1+1/x^2", dom=["x>0"], box=POS)
T(K, r"$f(x)=x^{2}+2x+1$ <is> <prop> over $\mathbb R$", "x**2+2*x+1", "x", ["strictly convex"], "C SC", "2")
T(K, r"$f(x) = \frac{1}{2}\|x\|_2^2$ with $x \in \mathbb{R}^2$, i.e. $\frac{1}{2}(x_1^2 + x_2^2)$, <is> <prop>",
  "(x_1**2+x_2**2)/2", "x_1 x_2", ["strictly convex"], "C SC", "identity Hessian")
T(K, r"$g(t)=t^{4}-t^{2}$ <is> <prop>", "t**4-t**2", "t", ["convex", "not convex"], "", "g''=12t^2-2<0 at 0")
T(K, r"$f(x)=\frac{e^{x}}{1+e^{x}}$ <is> <prop>", "exp(x)/(1+exp(x))", "x", ["concave"], "", "sigmoid")
T(K, r"$f(x) = \cosh x$ <is> <prop> over $\mathbb{R}$", "cosh(x)", "x", ["strictly convex"], "C SC", "cosh>0")
T(K, r"$\sqrt{x^{2}+1}$ <is> <prop> on $\mathbb{R}$", "sqrt(x**2+1)", "x", ["convex"], "C SC", "(1+x^2)^{-3/2}")
T(K, r"$f(x) = |x|$ <is> <prop> on $\mathbb{R}$", "Abs(x)", "x", ["both convex and concave", "not concave"], "C",
  "|x|", seg=[[1], [2]])
T(K, r"$f(x) = 3x + 2$ <is> <prop>", "3*x+2", "x", ["both convex and concave", "affine", "strictly convex"], "C V",
  "linear", seg=[[0], [1]])

# ---------------- affine and strictness ----------------
K = "affine-strict"
T(K, r"$3x - 2y + 1$ <is> <prop>", "3*x-2*y+1", "x y", ["affine", "convex", "strictly concave"], "C V", "linear",
  seg=[[0, 0], [1, 0]])
T(K, r"$\log(e^{x})$ <is> <prop>", "log(exp(x))", "x", ["affine"], "C V", "equals x", seg=[[0], [1]])
T(K, r"$(x + 1)^2 - x^2$ <is> <prop>", "(x+1)**2-x**2", "x", ["affine", "strictly convex"], "C V", "equals 2x+1",
  seg=[[0], [1]])
T(K, r"$|x|$ <is> <prop>", "Abs(x)", "x", ["affine", "!affine"], "C", "|x|", seg=[[1], [2]])
T(K, r"$x^2$ <is> <prop>", "x**2", "x", ["affine", "concave"], "C SC", "2")
T(K, r"$\max(x, 1) + \min(x, 1)$ <is> <prop>", "Max(x,1)+Min(x,1)", "x", ["affine", "strictly convex"], "C V",
  "equals x+1", seg=[[0], [2]])
T(K, r"$e^{\log x}$ <is> <prop> on $x > 0$", "exp(log(x))", "x", ["affine"], "C V", "equals x", dom=["x>0"], box=POS,
  seg=[[1], [2]])
T(K, r"$\sqrt{x^2}$ <is> <prop>", "sqrt(x**2)", "x", ["convex", "strictly convex"], "C", "equals |x|",
  seg=[[1], [2]])
T(K, r"$\log(x^2)$ <is> <prop> on $x > 0$", "log(x**2)", "x", ["concave", "strictly concave"], "V SV",
  "equals 2 log x", dom=["x>0"], box=POS)
T(K, r"$f(x, y) = x^2$ <is> <prop>", "x**2+0*y", "x y", ["convex", "strictly convex"], "C",
  "constant in y", seg=[[0, 0], [0, 1]])
T(K, r"$e^x + e^y$ <is> <prop>", "exp(x)+exp(y)", "x y", ["strictly convex"], "C SC", "separable")
T(K, r"$e^{x + y}$ <is> <prop>", "exp(x+y)", "x y", ["strictly convex", "convex"], "C", "constant along x+y=c",
  seg=[[0, 0], [1, -1]])
T(K, r"$|x| + x^2$ <is> <prop>", "Abs(x)+x**2", "x", ["strictly convex"], "C SC", "strictly convex plus convex")
T(K, r"$\max(x^2, 1)$ <is> <prop>", "Max(x**2,1)", "x", ["convex", "strictly convex"], "C", "constant 1 on [-1,1]",
  seg=[["-1/2"], ["1/2"]])
T(K, r"$x^2 + |y|$ <is> <prop>", "x**2+Abs(y)", "x y", ["strictly convex"], "C", "linear in y on y>0",
  seg=[[0, 1], [0, 2]])
T(K, r"$(x + y)^4$ <is> <prop>", "(x+y)**4", "x y", ["strictly convex", "convex"], "C", "constant along x+y=0",
  seg=[[0, 0], [1, -1]])
T(K, r"$x^4 + y^2$ <is> <prop>", "x**4+y**2", "x y", ["strictly convex"], "C SC", "separable")
T(K, r"$e^{x} - x$ <is> <prop>", "exp(x)-x", "x", ["strictly convex"], "C SC", "e^x")
T(K, r"$-\sqrt{x}$ <is> <prop> on $x > 0$", "-sqrt(x)", "x", ["strictly convex"], "C SC", "x^{-3/2}/4",
  dom=["x>0"], box=POS)
T(K, r"$\cosh(x) + y^2$ <is> <prop>", "cosh(x)+y**2", "x y", ["strictly convex"], "C SC", "separable")
T(K, r"$x^6 - x^2$ <is> <prop>", "x**6-x**2", "x", ["convex"], "", "f''=30x^4-2<0 at 0")
T(K, r"$|x - 1| + 3$ <is> <prop> on $[0, 2]$", "Abs(x-1)+3", "x", ["convex but not strictly convex"], "C",
  "linear on [1,2]", dom=["x>=0", "x<=2"], box={"x": [0, 2]}, seg=[["3/2"], [2]])

# ---------------- log-concavity / log-convexity ----------------
K = "log-curvature"
T(K, r"The Gaussian density $e^{-x^2/2}$ <is> <prop>", "exp(-x**2/2)", "x", ["log-concave"], "V SV",
  "log f=-x^2/2", logof=True)
T(K, r"The Cauchy density $\frac{1}{1 + x^2}$ <is> <prop>", "1/(1+x**2)", "x", ["log-concave"], "",
  "log f=-log(1+x^2), second derivative 2(x^2-1)/(1+x^2)^2 changes sign", logof=True)
T(K, r"The Laplace density $\frac{1}{2} e^{-|x|}$ <is> <prop>", "exp(-Abs(x))/2", "x", ["log-concave", "log-convex"],
  "V", "log f=-|x|-log 2", logof=True, seg=[[1], [2]])
T(K, r"$\Gamma(x)$ <is> <prop> for $x > 0$", "gamma(x)", "x", ["log-convex"], "C SC", "(log Gamma)''=psi'(x)>0",
  logof=True, dom=["x>0"], box={"x": [0.05, 6]})
T(K, r"$e^{x^2}$ <is> <prop>", "exp(x**2)", "x", ["log-convex"], "C SC", "log f=x^2", logof=True)
T(K, r"$1 + x^2$ <is> <prop>", "1+x**2", "x", ["log-concave"], "", "log(1+x^2) changes curvature", logof=True)
T(K, r"$x y$ <is> <prop> on $\mathbb{R}^2_{++}$", "x*y", "x y", ["log-concave"], "V SV", "log x+log y", logof=True,
  dom=Q2, box=POS2)
T(K, r"$\sqrt{x}$ <is> <prop> on $x > 0$", "sqrt(x)", "x", ["log-concave"], "V SV", "(log x)/2", logof=True,
  dom=["x>0"], box=POS)
T(K, r"$1 - \sigma(x) = \frac{1}{1 + e^{x}}$ <is> <prop>", "1/(1+exp(x))", "x", ["log-concave"], "V SV",
  "log f=-softplus(x)", logof=True)
T(K, r"The logistic sigmoid $\frac{1}{1+e^{-x}}$ <is> <prop>", "1/(1+exp(-x))", "x", ["log-convex"], "V SV",
  "log f=-softplus(-x) is strictly concave", logof=True)

# ---------------- sentence shapes: condition first, mapsto, "everywhere", compound properties ----------------
K = "phrasing"
T(K, r"For $x > 0$, the function $\log x$ <is> <prop>.", "log(x)", "x", ["concave", "convex"], "V SV", "f''=-1/x^2",
  dom=["x>0"], box=POS)
T(K, r"For $a > 0$, $a x^2$ <is> <prop> in $x$.", "a*x**2", "x", ["strictly convex"], "C SC", "f''=2a>0",
  params={"a": ["a>0"]}, box={"a": [0, 4]})
T(K, r"Over $\mathbb{R}_{++}$, $x^{-1}$ <is> <prop>.", "1/x", "x", ["convex"], "C SC", "f''=2/x^3", dom=["x>0"],
  box=POS)
T(K, r"If $a \ge 1$ then $x^a$ <is> <prop> in $x$ on $x > 0$.", "x**a", "x", ["convex"], "C",
  "a(a-1)x^{a-2}>=0; a=1 linear", params={"a": ["a>=1"]}, dom=["x>0"], box={"x": [0, 5], "a": [1, 4]},
  seg=[[1], [2], [1]])
T(K, r"$x \mapsto x^2$ <is> <prop>", "x**2", "x", ["convex"], "C SC", "f''=2")
T(K, r"$x^3$ <is> <prop> everywhere", "x**3", "x", ["convex", "concave"], "", "f''=6x changes sign")
T(K, r"The function $f(x) = x^{3}$ <is> <prop> for all $x\in\mathbb{R}$", "x**3", "x", ["convex"], "",
  "f''=6x changes sign")
T(K, r"$x^4$ <is> <prop>", "x**4", "x", ["convex but not strictly convex"], "C SC", "f''=12x^2, isolated zero")

if __name__ == "__main__":
    G.write(sys.argv[1], sys.argv[2])
    from collections import Counter
    print(len(G.out), sum(d["holds"] for d in G.out), Counter(d["kind"] for d in G.out))
