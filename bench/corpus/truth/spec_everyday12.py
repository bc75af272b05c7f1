"""Everyday pasted claims, session 12 (blind red team): each function once, with the claims pasted about it.

Written before running symconvex on any of them, varying the *kinds of phrasing* of the earlier everyday corpora:
Stack Exchange titles with a body ("I tried the Hessian ..."), chat lines ("quick q:", "right?", "lol"), notebook
cells over two lines, Python / numpy / torch / scipy calls (``np.log1p``, ``np.logaddexp``, ``np.hypot``,
``scipy.special.expit``, ``1e-3*x**2``, ``lambda``), Wolfram input (``Exp[x]``, ``Log[1 + Exp[x]]``), LaTeX with
``\\left( \\right)``, ``\\bigl(``, ``\\operatorname``, ``\\mathrm{e}``, ``\\sqrt[3]``, ``\\R``; definitions followed by
a claim (``g = f \\circ h``, ``f + g``, ``f^2``, ``\\log f`` with f, g, h defined: the defined function, never a
variable), Greek letters used as function names (sigma, phi, psi redefined) and as variables (sigma^2), domains in
words ("for positive x", "on the unit interval", "when x and y are positive", "for x at least 1", "on the upper
half-plane"), negations ("isn't", "fails to be", "is not a concave function"), region questions and tasks (null),
and typos.

An entry (as in ``spec_red10.py``): ``expr`` (a SymPy string, natural log), ``vars`` (in order), ``params``,
``dom`` (SymPy relations), ``box`` (the sampling box), ``claims`` as (text, property, holds) with property one of
convex, concave, affine, sconvex, sconcave, notconvex, notconcave, neither, either (convex or concave: a question
with alternatives, which the reader answers as their disjunction); ``why`` states the mathematical
reason. ``verify_spec.py everyday12`` re-derives every answer independently of symconvex.

``NULLS``: rows whose expected answer is a refusal or undecided (``holds`` null), each with its cause and, when the
text is ambiguous, two readings (expr, vars, dom, box, property) whose truths must differ.
"""

ENTRIES = []
NULLS = []
R = (-4, 4)
P = (0.01, 5)
U = (0.001, 0.999)


def E(kind, expr, vars, box, claims, dom=(), params=None, why="", flat=(), source="everyday12"):
    ENTRIES.append({"source": source, "kind": kind, "expr": expr, "vars": list(vars), "box": list(box),
                    "dom": list(dom), "params": dict(params or {}), "why": why, "flat": list(flat),
                    "claims": [tuple(c) for c in claims]})


def N(kind, text, cause, readings=()):
    """A null row; readings: (expr, vars, dom, box, property) pairs whose truths must differ."""
    NULLS.append({"kind": kind, "claim": text, "why": cause, "readings": [tuple(r) for r in readings],
                  "source": "everyday12"})


# ---------------------------------------------------------------- Stack Exchange titles and bodies
E("se", "x**2/y", "xy", [R, P], [
    (r"Is $f(x,y)=x^2/y$ convex for y>0? I tried the Hessian but I am not sure about the sign.", "convex", True),
    (r"Convexity of $\frac{x^2}{y}$ on the upper half-plane: is it strictly convex?", "sconvex", False),
    (r"Is $x^2/y$ jointly concave for $y > 0$? My professor says yes.", "concave", False),
], dom=["y > 0"], why="perspective of x^2; flat along rays (x, y) = t (1, 1)", flat=[((1, 1), (2, 2))])
E("se", "sqrt(x**2 + 1)", "x", [R], [
    (r"Is $\sqrt{x^2+1}$ convex? My attempt: $f''(x) = (x^2+1)^{-3/2} > 0$.", "convex", True),
    (r"How to prove that $\sqrt{1+x^2}$ is strictly convex?", "sconvex", True),
], why="f'' = (1 + x^2)^(-3/2) > 0")
E("se", "1/(1 + x**2)", "x", [R], [
    (r"Is the function $f(x)=\frac{1}{1+x^2}$ convex on $\mathbb{R}$? Thanks in advance!", "convex", False),
    (r"Is $f(x) = 1/(1+x^2)$ concave? I computed $f''(0) = -2$ so I guess yes?", "concave", False),
], why="f'' = (6x^2 - 2)/(1 + x^2)^3: < 0 at 0, > 0 at 1")
E("se", "exp(x**2)", "x", [R], [
    (r"How do I show that $e^{x^2}$ is convex?", "convex", True),
    (r"Prove or disprove: $e^{x^2}$ is strictly convex on $\mathbb R$.", "sconvex", True),
], why="f'' = (2 + 4x^2) e^{x^2} > 0")
E("se", "x**2*y", "xy", [R, R], [
    (r"Prove or disprove: $x^2y$ is convex on $\mathbb{R}^2$.", "convex", False),
    (r"Is $f(x,y) = x^2 y$ convex? (homework, not sure how to start)", "convex", False),
], why="f(x, -1) = -x^2")
E("se", "-log(x)", "x", [P], [
    (r"Proving that $-\log(x)$ is convex for $x>0$", "convex", True),
    (r"Why is $-\ln x$ strictly convex on $(0,\infty)$?", "sconvex", True),
], dom=["x > 0"], why="f'' = 1/x^2")
E("se", "x*log(x)", "x", [P], [
    (r"Is $x\log x$ convex on $(0,\infty)$? Context: entropy.", "convex", True),
    (r"Showing $f(x) = x \ln(x)$ is not concave for $x > 0$", "notconcave", True),
], dom=["x > 0"], why="f'' = 1/x")
E("se", "Abs(x)**3", "x", [R], [
    (r"Show $f(x)=|x|^3$ is convex.", "convex", True),
    (r"Is $|x|^3$ strictly convex on the real line? I know $|x|$ is not.", "sconvex", True),
], why="f'' = 6|x|, zero only at 0")
E("se", "log(exp(x) + exp(y))", "xy", [R, R], [
    (r"Why is $\log(e^x + e^y)$ convex?", "convex", True),
    (r"Is log-sum-exp $\log(e^x+e^y)$ strictly convex? I think it is because the Hessian is PSD.", "sconvex", False),
], why="log-sum-exp; f(x + t, y + t) = f(x, y) + t is affine along (1, 1)", flat=[((0, 0), (1, 1))])

# ---------------------------------------------------------------- chat
E("chat", "x**2", "x", [R], [
    ("hey is x^2 convex", "convex", True),
    ("quick q: x^2 is concave, right?", "concave", False),
    ("x^2 convex yes or no", "convex", True),
], why="f'' = 2")
E("chat", "log(x)", "x", [P], [
    ("quick question - is log(x) concave for x>0?", "concave", True),
    ("pls confirm ln x is convex when x is positive", "convex", False),
], dom=["x > 0"], why="f'' = -1/x^2")
E("chat", "x**3", "x", [R], [
    ("I think x^3 is convex, right?", "convex", False),
    ("can u check if x^3 is concave", "concave", False),
], why="f'' = 6x changes sign")
E("chat", "x**4", "x", [R], [
    ("is x^4 convex", "convex", True),
    ("is x^4 strictly convex even though f''(0) = 0?", "sconvex", True),
], why="x^4 strictly convex (f'' = 12x^2, zero only at 0)")
E("chat", "exp(-x)", "x", [R], [
    ("so e^(-x) is convex?", "convex", True),
    ("ok so is e^-x concave or what", "concave", False),
], why="f'' = e^{-x} > 0")

# ---------------------------------------------------------------- notebook cells (two lines)
E("notebook", "x**2 - 2*x + 5", "x", [R], [
    ("f(x) = x^2 - 2x + 5\nIs f convex?", "convex", True),
    ("def f(x):\n    return x**2 - 2*x + 5\n# is f strictly convex?", "sconvex", True),
], why="f'' = 2")
E("notebook", "exp(x)/(1 + exp(x))", "x", [R], [
    ("f = lambda x: np.exp(x) / (1 + np.exp(x))  # convex?", "convex", False),
], why="the sigmoid: f'' < 0 for x > 0")

# ---------------------------------------------------------------- numpy / torch / scipy
E("numpy", "log(1 + x)", "x", [(-0.99, 4)], [
    ("np.log1p(x) is concave", "concave", True),
    ("np.log1p(x) is convex for x > -1", "convex", False),
], dom=["x > -1"], why="f'' = -1/(1 + x)^2")
E("numpy", "log(exp(x) + exp(y))", "xy", [R, R], [
    ("np.logaddexp(x, y) is convex", "convex", True),
    ("np.logaddexp(x, y) is concave", "concave", False),
], why="log-sum-exp")
E("numpy", "log(1 + exp(x))", "x", [R], [
    ("np.logaddexp(0, x) is convex", "convex", True),
    ("torch.nn.functional.softplus(x) is strictly convex", "sconvex", True),
    ("F.softplus(x) is concave", "concave", False),
], why="softplus: f'' = s(x)(1 - s(x)) > 0")
E("numpy", "sqrt(x**2 + y**2)", "xy", [R, R], [
    ("np.hypot(x, y) is convex", "convex", True),
    ("np.sqrt(x**2 + y**2) is strictly convex", "sconvex", False),
], why="Euclidean norm; linear along rays", flat=[((1, 1), (2, 2))])
E("numpy", "1/(1 + exp(-x))", "x", [R], [
    ("scipy.special.expit(x) is convex", "convex", False),
    ("torch.sigmoid(x) is neither convex nor concave", "neither", True),
], why="sigmoid: f'' > 0 for x < 0, < 0 for x > 0")
E("numpy", "x**2/1000", "x", [R], [
    ("1e-3*x**2 is convex", "convex", True),
    ("1e-3 * x**2 is concave", "concave", False),
], why="f'' = 1/500")
E("numpy", "x**2 + y**2/1000000", "xy", [R, R], [
    ("x**2 + 1e-6*y**2 is strictly convex", "sconvex", True),
], why="H = diag(2, 2e-6) > 0")
E("numpy", "(x - 1)**2", "x", [R], [
    ("np.square(x - 1) is convex", "convex", True),
    ("np.square(x-1) is strictly concave", "sconcave", False),
], why="f'' = 2")
E("numpy", "x**4", "x", [R], [
    ("np.power(x, 4) is convex", "convex", True),
], why="f'' = 12x^2")
E("numpy", "Max(x, 0)", "x", [R], [
    ("np.maximum(x, 0) is convex", "convex", True),
    ("torch.relu(x) is strictly convex", "sconvex", False),
], why="max of affine; linear on x > 0")
E("numpy", "Min(x, y)", "xy", [R, R], [
    ("np.minimum(x, y) is concave", "concave", True),
    ("np.minimum(x, y) is convex", "convex", False),
], why="min of affine functions")
E("numpy", "cosh(x)", "x", [R], [
    ("np.cosh(x) is convex", "convex", True),
    ("math.cosh(x) is strictly convex", "sconvex", True),
], why="f'' = cosh > 0")
E("numpy", "atan(x)", "x", [R], [
    ("np.arctan(x) is concave", "concave", False),
], why="f'' = -2x/(1+x^2)^2: > 0 for x < 0")
E("numpy", "atan(x)", "x", [(0, 5)], [
    ("np.arctan(x) is concave for x >= 0", "concave", True),
], dom=["x >= 0"], why="f'' = -2x/(1+x^2)^2 <= 0")
E("numpy", "x**(-1)", "x", [P], [
    ("x**-1 is convex for x > 0", "convex", True),
    ("x**(-1) is concave for x>0", "concave", False),
], dom=["x > 0"], why="f'' = 2/x^3")
E("numpy", "sqrt(x)", "x", [P], [
    ("math.sqrt(x) is concave for x > 0", "concave", True),
    ("x**0.5 is convex for positive x", "convex", False),
], dom=["x > 0"], why="f'' = -x^(-3/2)/4")

# ---------------------------------------------------------------- Wolfram-style input
E("wolfram", "exp(x)", "x", [R], [
    ("Exp[x] is convex", "convex", True),
    ("is Exp[x] concave", "concave", False),
], why="f'' = e^x")
E("wolfram", "log(1 + exp(x))", "x", [R], [
    ("Log[1 + Exp[x]] is convex", "convex", True),
], why="softplus")
E("wolfram", "log(x)", "x", [P], [
    ("Log[x] is concave for x > 0", "concave", True),
], dom=["x > 0"], why="f'' = -1/x^2")
E("wolfram", "sqrt(x**2 + 1)", "x", [R], [
    ("Sqrt[x^2 + 1] is convex", "convex", True),
], why="f'' = (1 + x^2)^(-3/2)")
E("wolfram", "x**4 + x**3", "x", [R], [
    ("is x^4+x^3 convex", "convex", False),
], why="f'' = 12x^2 + 6x < 0 at x = -1/4")
E("wolfram", "x**4 + x**3", "x", [(0, 4)], [
    ("is x^4 + x^3 convex on x >= 0", "convex", True),
], dom=["x >= 0"], why="f'' = 12x^2 + 6x >= 0 for x >= 0")
E("wolfram", "Abs(x)", "x", [R], [
    ("Abs[x] is convex", "convex", True),
], why="a norm")
E("wolfram", "x**2", "x", [R], [
    ("Convex[x^2]?", "convex", True),
], why="f'' = 2")

# ---------------------------------------------------------------- LaTeX habits
E("latex", "(x + y)**2", "xy", [R, R], [
    (r"$\left(x+y\right)^2$ is convex", "convex", True),
    (r"$\bigl(x + y\bigr)^2$ is strictly convex", "sconvex", False),
], why="square of a linear form; constant along (1, -1)")
E("latex", "exp(-x**2/2)", "x", [R], [
    (r"$\exp\left(-\frac{x^2}{2}\right)$ is concave", "concave", False),
    (r"$\mathrm{e}^{-x^2/2}$ is neither convex nor concave", "neither", True),
], why="f'' = (x^2 - 1) e^{-x^2/2}: < 0 at 0, > 0 at 2")
E("latex", "exp(-x**2/2)", "x", [(-1, 1)], [
    (r"$\mathrm{e}^{-x^2/2}$ is concave on $[-1, 1]$", "concave", True),
    (r"$\exp\!\left(-\tfrac{1}{2}x^2\right)$ is concave for $|x| \le 1$", "concave", True),
], dom=["x >= -1", "x <= 1"], why="f'' = (x^2 - 1) e^{-x^2/2} <= 0 on [-1, 1]")
E("latex", "log(exp(x) + exp(y) + exp(z))", "xyz", [R, R, R], [
    (r"$\log\left(\sum_{i=1}^{3} e^{x_i}\right)$ is convex", "convex", True),
    (r"$\ln\left(e^{x}+e^{y}+e^{z}\right)$ is convex", "convex", True),
], why="log-sum-exp")
E("latex", "Max(0, 1 - x)", "x", [R], [
    (r"$\max\left\{0, 1 - x\right\}$ is convex", "convex", True),
    (r"$\max\left(0,\, 1-x\right)$ is concave", "concave", False),
], why="the hinge: max of affine")
E("latex", "log(1 + exp(x))", "x", [R], [
    (r"$\operatorname{softplus}(x) = \ln\!\left(1 + \mathrm{e}^{x}\right)$ is convex", "convex", True),
    (r"$\ln\left(1+\mathrm{e}^{x}\right)$ is strictly concave", "sconcave", False),
], why="f'' > 0")
E("latex", "x**2 + y**2", "xy", [R, R], [
    (r"$x^2 + y^2$ is convex on $\R^2$", "convex", True),
    (r"$\left\| (x, y) \right\|^2$ is strictly convex", "sconvex", True),
], why="H = 2I")
E("latex", "x**2 - log(x)", "x", [P], [
    ("f(x)=x²−ln x is convex", "convex", True),
    (r"$f(x) = x^2 - \ln x$ is strictly convex on $(0, +\infty)$", "sconvex", True),
    (r"$x^{2}-\ln{x}$ is concave for $x>0$", "concave", False),
], dom=["x > 0"], why="f'' = 2 + 1/x^2")
E("latex", "x**Rational(1, 3)", "x", [P], [
    (r"$\sqrt[3]{x}$ is concave for $x > 0$", "concave", True),
    (r"$\sqrt[3]{x}$ is convex on $(0, \infty)$", "convex", False),
], dom=["x > 0"], why="f'' = -2/9 x^(-5/3)")
E("latex", "sinh(x)", "x", [(0, 4)], [
    (r"$\sinh x$ is convex for $x \geq 0$", "convex", True),
    (r"$\sinh(x)$ is concave on $[0, \infty)$", "concave", False),
], dom=["x >= 0"], why="f'' = sinh x >= 0 for x >= 0")
E("latex", "sinh(x)", "x", [R], [
    (r"$\sinh x$ is convex", "convex", False),
], why="f'' = sinh x < 0 for x < 0")
E("latex", "asin(x)", "x", [(0, 0.999)], [
    (r"$\arcsin x$ is convex on $[0, 1)$", "convex", True),
], dom=["x >= 0", "x < 1"], why="f'' = x/(1 - x^2)^(3/2) >= 0")
E("latex", "x/(1 + Abs(x))", "x", [R], [
    (r"$\dfrac{x}{1 + \left| x \right|}$ is concave", "concave", False),
], why="softsign: convex for x < 0, concave for x > 0")
E("latex", "(x - y)**2/(2*y)", "xy", [R, P], [
    (r"$\frac{(x-y)^2}{2y}$ is convex for $y>0$", "convex", True),
], dom=["y > 0"], why="perspective of a square of an affine function")

# ---------------------------------------------------------------- named functions in words
E("named", "log(1 + exp(x))", "x", [R], [
    ("softplus is convex", "convex", True),
    ("The softplus activation is concave", "concave", False),
], why="f'' > 0")
E("named", "Max(0, x)", "x", [R], [
    ("ReLU(x) is a convex function", "convex", True),
    ("the ReLU activation function is concave", "concave", False),
], why="max of affine")
E("named", "Max(x, x/100)", "x", [R], [
    ("Leaky ReLU max(x, 0.01x) is convex", "convex", True),
    ("max(x, 0.01*x) is concave", "concave", False),
], why="max of two linear functions")
E("named", "1/(1 + exp(-x))", "x", [R], [
    ("the sigmoid is convex", "convex", False),
    ("The logistic function 1/(1+e^{-x}) is not concave", "notconcave", True),
], why="f'' > 0 for x < 0")
E("named", "1/(1 + exp(-x))", "x", [(-4, 0)], [
    ("the sigmoid is convex for negative x", "convex", True),
    ("sigmoid(x) is convex for x <= 0", "convex", True),
], dom=["x <= 0"], why="f'' = s(1 - s)(1 - 2s) >= 0 for x <= 0")
E("named", "log(1/(1 + exp(-x)))", "x", [R], [
    ("log-sigmoid log(sigmoid(x)) is concave", "concave", True),
    ("The log-sigmoid is convex", "convex", False),
], why="-softplus(-x)")
E("named", "-x*log(x)", "x", [P], [
    ("The entropy -x log x is concave for x > 0", "concave", True),
    ("-x*ln(x) is convex on the positive reals", "convex", False),
], dom=["x > 0"], why="f'' = -1/x")
E("named", "x*log(x/y)", "xy", [P, P], [
    ("The KL term x log(x/y) is jointly convex for x, y > 0", "convex", True),
    ("x*log(x/y) is strictly convex when x and y are positive", "sconvex", False),
], dom=["x > 0", "y > 0"], why="relative entropy, perspective of x log x; homogeneous of degree 1",
    flat=[((1, 1), (2, 2))])
E("named", "Piecewise((x**2/2, Abs(x) <= 1), (Abs(x) - Rational(1, 2), True))", "x", [R], [
    ("The Huber loss is strictly convex", "sconvex", False),
    ("the huber loss with delta = 1 is convex", "convex", True),
], why="Huber: convex, affine for |x| >= 1")
E("named", "Max(0, 1 - x)", "x", [R], [
    ("The hinge loss max(0, 1-x) is convex", "convex", True),
    ("hinge loss max(0, 1 - x) is strictly convex", "sconvex", False),
], why="max of affine; linear for x < 1")
E("named", "Piecewise((x, x > 0), (exp(x) - 1, True))", "x", [R], [
    ("ELU(x) = x for x > 0 and e^x - 1 otherwise is convex", "convex", True),
], why="derivative e^x for x <= 0, 1 for x > 0: nondecreasing")
E("named", "x/(1 + exp(-x))", "x", [R], [
    ("SiLU x*sigmoid(x) is convex", "convex", False),
    ("swish(x) = x / (1 + e^{-x}) is not convex", "notconvex", True),
], why="f'' < 0 at x = 3")
E("named", "log(cosh(x))", "x", [R], [
    ("log(cosh(x)) is convex", "convex", True),
    ("the log-cosh loss is strictly convex", "sconvex", True),
], why="f'' = sech^2 x > 0")
E("named", "sqrt(1 + x**2) - 1", "x", [R], [
    ("The pseudo-Huber loss sqrt(1 + x^2) - 1 is strictly convex", "sconvex", True),
], why="f'' = (1 + x^2)^(-3/2)")
E("named", "exp(-x)", "x", [R], [
    ("The exponential loss e^{-x} is convex", "convex", True),
], why="f'' = e^{-x}")
E("named", "Max(x/2, -x/2)", "x", [R], [
    ("The pinball loss max(0.5 x, -0.5 x) is convex", "convex", True),
], why="max of linear functions")
E("named", "-log(p) - log(1 - p)", "p", [U], [
    ("-log(p) - log(1 - p) is convex for p in (0, 1)", "convex", True),
    ("-log(p) - log(1-p) is strictly convex on the open unit interval", "sconvex", True),
], dom=["p > 0", "p < 1"], why="f'' = 1/p^2 + 1/(1-p)^2")
E("named", "-p*log(p) - (1 - p)*log(1 - p)", "p", [U], [
    ("The binary entropy -p log p - (1-p) log(1-p) is concave on (0,1)", "concave", True),
    ("H(p) = -p*log(p) - (1-p)*log(1-p) is convex for 0 < p < 1", "convex", False),
], dom=["p > 0", "p < 1"], why="f'' = -1/(p(1-p))")
E("named", "2*p*(1 - p)", "p", [(0, 1)], [
    ("The Gini impurity 2p(1-p) is concave on the unit interval", "concave", True),
], dom=["p >= 0", "p <= 1"], why="f'' = -4")
E("named", "(1 - x)**2 + 100*(y - x**2)**2", "xy", [(-2, 2), (-2, 3)], [
    ("The Rosenbrock function (1-x)^2 + 100(y-x^2)^2 is convex", "convex", False),
    ("Rosenbrock's banana function (1 - x)^2 + 100*(y - x^2)^2 isn't convex", "notconvex", True),
], why="H(0, 1) = [[2 - 400, 0], [0, 200]]")
E("named", "(x + 2*y - 7)**2 + (2*x + y - 5)**2", "xy", [R, R], [
    ("The Booth function (x+2y-7)^2 + (2x+y-5)^2 is strictly convex", "sconvex", True),
], why="H = [[10, 8], [8, 10]] > 0")
E("named", "26*(x**2 + y**2)/100 - 48*x*y/100", "xy", [R, R], [
    ("The Matyas function 0.26(x^2 + y^2) - 0.48xy is convex", "convex", True),
], why="H = [[0.52, -0.48], [-0.48, 0.52]] > 0")

# ---------------------------------------------------------------- definitions, then a claim
E("defs", "exp(x**2)", "x", [R], [
    (r"Let $f(u) = e^u$ and $h(x) = x^2$. Is $g = f \circ h$ convex?", "convex", True),
    (r"$f \circ h$ is convex where $f(u) = e^u$ and $h(x) = x^2$", "convex", True),
], why="increasing convex of convex; f'' = (2 + 4x^2) e^{x^2}")
E("defs", "sin(x)**2", "x", [R], [
    (r"Let $f(x) = x^2$ and $h(x) = \sin x$. Then $f \circ h$ is convex.", "convex", False),
], why="sin^2 x = (1 - cos 2x)/2: f'' = 2 cos 2x < 0 at pi/2")
E("defs", "log(1 + x**2)", "x", [R], [
    ("f(x) = x^2 + 1. g(x) = log(f(x)). Is g convex?", "convex", False),
    (r"Let $f(x) = 1 + x^2$ and $g(x) = \log f(x)$. $g$ is not convex.", "notconvex", True),
], why="f'' = 2(1 - x^2)/(1 + x^2)^2 < 0 for |x| > 1")
E("defs", "x**4 - x**2", "x", [R], [
    (r"Let $\phi(t) = t^4$ and $\psi(t) = \phi(t) - t^2$. Is $\psi$ convex?", "convex", False),
], why="f'' = 12t^2 - 2 < 0 at 0")
E("defs", "-x**2", "x", [R], [
    (r"$f + g$ is convex where $f(x) = x^2$ and $g(x) = -2x^2$", "convex", False),
    (r"Let $f(x) = x^2$ and $g(x) = -2x^2$. Then $f + g$ is concave.", "concave", True),
], why="f + g = -x^2")
E("defs", "x**2", "x", [R], [
    (r"$f \cdot g$ is convex where $f(x) = x$ and $g(x) = x$", "convex", True),
], why="f g = x^2")
E("defs", "log(exp(x) + 1)", "x", [R], [
    (r"$\log f$ is concave where $f(x) = e^x + 1$", "concave", False),
    (r"Let $f(x) = e^x + 1$. Then $\log f$ is convex.", "convex", True),
], why="log(1 + e^x) is the softplus")
E("defs", "sin(x)**2", "x", [R], [
    (r"$f^2$ is convex where $f(x) = \sin x$", "convex", False),
], why="f'' = 2 cos 2x")
E("defs", "Abs(x - 1)", "x", [R], [
    (r"Let $f(x) = |x|$. Then $f(x - 1)$ is convex.", "convex", True),
], why="a norm of an affine map")
E("defs", "Max(x**2, 1 - x)", "x", [R], [
    ("h(x) = max(f(x), g(x)) with f(x) = x^2 and g(x) = 1 - x. h is convex.", "convex", True),
], why="max of convex functions")
E("defs", "exp(2*x)", "x", [R], [
    (r"Let $g(x) = e^x$. Then $g(x)^2$ is convex.", "convex", True),
], why="e^{2x}")
E("defs", "-sqrt(x)", "x", [(0, 5)], [
    (r"Let $\psi(x) = -\sqrt{x}$ for $x \ge 0$. Then $\psi$ is convex.", "convex", True),
    (r"$\psi(x) = -\sqrt{x}$ is concave on $[0, \infty)$", "concave", False),
], dom=["x >= 0"], why="f'' = x^(-3/2)/4 > 0")
E("defs", "x**2", "x", [R], [
    (r"Let $\sigma(t) = t^2$. Then $\sigma$ is strictly convex.", "sconvex", True),
    ("Let σ(x) = x². Is σ concave?", "concave", False),
], why="sigma redefined as the square")
E("defs", "Max(0, x)", "x", [R], [
    (r"Let $\sigma(x) = \max(0, x)$. Then $\sigma$ is convex.", "convex", True),
    (r"$\sigma$ is convex, where $\sigma(z) = \max\{z, 0\}$ is the ReLU", "convex", True),
], why="sigma redefined as the ReLU")
E("defs", "exp(-x)", "x", [R], [
    (r"Define $h$ by $h(t) = e^{-t}$. $h$ is convex.", "convex", True),
    ("Let h(t) := exp(-t). h is concave", "concave", False),
], why="f'' = e^{-t}")
E("defs", "x**3 + 3*x", "x", [R], [
    ("Suppose f(x) = x^3 + 3x. Is f convex?", "convex", False),
], why="f'' = 6x")

# ---------------------------------------------------------------- Greek letters and function names as variables
E("greek", "s**2", "s", [R], [
    (r"$\sigma^2$ is convex in $\sigma$", "convex", True),
], why="a square (sigma named as the variable)")
E("greek", "1/(1 + exp(-x))**2", "x", [R], [
    (r"$\sigma^2$ is convex", "convex", False),
], why="sigma without an argument is the sigmoid (CLAIMS.md convention, kept by tests/test_claim_properties.py): "
       "its square has f'' < 0 at x = 2")
E("greek", "s**2 - log(s)", "s", [P], [
    (r"$L(\sigma) = \sigma^2 - \log\sigma$ is convex for $\sigma > 0$", "convex", True),
], dom=["s > 0"], why="f'' = 2 + 1/s^2")
E("greek", "log(s)", "s", [P], [
    (r"$\phi(\sigma) = \log \sigma$ is concave on $\sigma > 0$", "concave", True),
], dom=["s > 0"], why="f'' = -1/s^2")
E("greek", "exp(s)", "s", [R], [
    (r"$e^{\sigma}$ is convex in $\sigma$", "convex", True),
], why="exp")
E("greek", "g**2 + 1", "g", [R], [
    (r"$f(g) = g^2 + 1$ is convex", "convex", True),
], why="a square plus 1 (g a variable)")
E("greek", "exp(f)", "f", [R], [
    (r"$h(f) = e^{f}$ is concave", "concave", False),
], why="exp (f a variable)")
E("greek", "u**4 - u**2", "u", [R], [
    (r"$\phi^4 - \phi^2$ is convex", "convex", False),
], why="f'' = 12 phi^2 - 2 < 0 at 0")
E("greek", "1/(1 + exp(-x))", "x", [(0, 4)], [
    (r"$\sigma(x)$ is concave for $x \ge 0$", "concave", True),
], dom=["x >= 0"], why="the sigmoid, concave for x >= 0")

# ---------------------------------------------------------------- domains in words
E("words", "x**3", "x", [P], [
    ("x^3 is convex for positive x", "convex", True),
    ("x^3 is strictly convex when x is positive", "sconvex", True),
], dom=["x > 0"], why="f'' = 6x > 0")
E("words", "x**3", "x", [(-5, 0)], [
    ("x^3 is concave for nonpositive x", "concave", True),
    ("x³ is convex for x less than or equal to 0", "convex", False),
], dom=["x <= 0"], why="f'' = 6x <= 0")
E("words", "x*(1 - x)", "x", [(0, 1)], [
    ("x(1-x) is concave on the unit interval", "concave", True),
], dom=["x >= 0", "x <= 1"], why="f'' = -2")
E("words", "x*log(x) + (1 - x)*log(1 - x)", "x", [U], [
    ("x log x + (1-x) log(1-x) is convex on the open unit interval", "convex", True),
    ("x*log(x) + (1-x)*log(1-x) is strictly concave for x in (0,1)", "sconcave", False),
], dom=["x > 0", "x < 1"], why="f'' = 1/(x(1-x))")
E("words", "x*y", "xy", [P, P], [
    ("xy is convex when x and y are positive", "convex", False),
    ("x*y is concave for positive x and y", "concave", False),
], dom=["x > 0", "y > 0"], why="indefinite Hessian [[0,1],[1,0]]")
E("words", "sqrt(x*y)", "xy", [P, P], [
    ("sqrt(xy) is concave when x>0 and y>0", "concave", True),
    ("√(xy) is concave on the positive quadrant", "concave", True),
    ("sqrt(x*y) is convex in the first quadrant", "convex", False),
], dom=["x > 0", "y > 0"], why="geometric mean")
E("words", "log(x) + log(y)", "xy", [P, P], [
    ("log x + log y is concave on the positive orthant", "concave", True),
], dom=["x > 0", "y > 0"], why="sum of concave")
E("words", "x**4 - 2*x**2", "x", [(1, 5)], [
    ("x^4 - 2x^2 is convex for x at least 1", "convex", True),
    ("x^4 - 2x^2 is convex for x greater than or equal to 1", "convex", True),
], dom=["x >= 1"], why="f'' = 12x^2 - 4 >= 8")
E("words", "log(x)**2", "x", [(1, 2.7)], [
    ("(ln x)^2 is convex for x between 1 and e", "convex", True),
], dom=["x >= 1", "x <= exp(1)"], why="f'' = 2(1 - ln x)/x^2 >= 0 on [1, e]")
E("words", "1/x", "x", [(-5, -0.01)], [
    ("1/x is concave for negative x", "concave", True),
    ("1/x is convex whenever x < 0", "convex", False),
], dom=["x < 0"], why="f'' = 2/x^3 < 0")
E("words", "sin(x)", "x", [(0, 3.14159)], [
    ("sin x is concave between 0 and pi", "concave", True),
    ("sin(x) is concave provided 0 <= x <= pi", "concave", True),
], dom=["x >= 0", "x <= pi"], why="f'' = -sin x <= 0")
E("words", "x**2 + y**2", "xy", [(-0.7, 0.7), (-0.7, 0.7)], [
    ("x^2 + y^2 is strictly convex inside the unit disk", "sconvex", True),
], dom=["x**2 + y**2 < 1"], why="H = 2I")
E("words", "-log(y)", "xy", [R, P], [
    ("-log(y) is convex on the upper half-plane", "convex", True),
    ("-log y is strictly convex in (x, y) on the upper half plane", "sconvex", False),
], dom=["y > 0"], why="constant in x", flat=[((0, 1), (1, 1))])
E("words", "1/sqrt(x)", "x", [P], [
    ("1/sqrt(x) is convex on the positive half-line", "convex", True),
    ("x^(-1/2) is concave on the positive real axis", "concave", False),
], dom=["x > 0"], why="f'' = (3/4) x^(-5/2)")
E("words", "exp(x) - 2*x", "x", [(0, 4)], [
    ("e^x - 2x is convex for all x greater than zero", "convex", True),
], dom=["x > 0"], why="f'' = e^x")
E("words", "log(1 + x)", "x", [(0, 4)], [
    ("ln(1+x) is concave for nonnegative x", "concave", True),
], dom=["x >= 0"], why="f'' = -1/(1 + x)^2")

# ---------------------------------------------------------------- negations
E("negation", "x**2", "x", [R], [
    ("x^2 isn't concave", "notconcave", True),
    ("x^2 is not a concave function", "notconcave", True),
    ("It's not true that x^2 is concave", "notconcave", True),
], why="f'' = 2")
E("negation", "x**3", "x", [R], [
    ("x^3 fails to be convex", "notconvex", True),
    ("x^3 is nonconvex on R", "notconvex", True),
    ("x^3 is non-concave", "notconcave", True),
], why="f'' = 6x changes sign")
E("negation", "exp(x)", "x", [R], [
    ("e^x is not a concave function", "notconcave", True),
    ("e^x isn't convex", "notconvex", False),
    ("it is false that e^x is convex", "notconvex", False),
], why="f'' = e^x > 0")
E("negation", "Abs(x)", "x", [R], [
    ("|x| is strictly convex", "sconvex", False),
    ("abs(x) is convex but not strictly", "convex", True),
], why="linear on x > 0")

# ---------------------------------------------------------------- questions, other shapes
E("question", "exp(x) + exp(-x)", "x", [R], [
    ("Is it true that e^x + e^{-x} is strictly convex?", "sconvex", True),
    ("Would e^x + e^(-x) be concave?", "concave", False),
    ("Can we say that e^x + e^-x is convex?", "convex", True),
], why="f'' = e^x + e^{-x} > 0")
E("question", "x**2 + x*y + y**2", "xy", [R, R], [
    ("Is x^2 + xy + y^2 a convex function?", "convex", True),
    ("Is f(x, y) = x² + xy + y² strictly convex on ℝ²?", "sconvex", True),
    ("Does x^2 + xy + y^2 define a concave function?", "concave", False),
], why="H = [[2,1],[1,2]] > 0")
E("question", "x**2*y**2", "xy", [R, R], [
    ("Is x^2 y^2 convex in (x, y)?", "convex", False),
], why="f(t, 1 - t) has f'' < 0 at t = 1/2")
E("question", "x - 2*y + 3", "xy", [R, R], [
    ("Is x - 2y + 3 affine?", "affine", True),
    ("x - 2y + 3 is both convex and concave", "affine", True),
], why="affine")
E("question", "log(x)", "x", [P], [
    ("True/False: ln(x) is strictly concave for x > 0", "sconcave", True),
], dom=["x > 0"], why="f'' = -1/x^2")

# ---------------------------------------------------------------- unicode
E("unicode", "x**4 + y**4", "xy", [R, R], [
    ("x⁴ + y⁴ is convex on ℝ²", "convex", True),
    ("f(x,y) = x⁴ + y⁴ is concave", "concave", False),
], why="sum of convex")
E("unicode", "x1**2 + x2**2", ["x1", "x2"], [R, R], [
    ("x₁² + x₂² is convex", "convex", True),
], why="H = 2I")
E("unicode", "x1*x2", ["x1", "x2"], [R, R], [
    ("x₁x₂ is convex", "convex", False),
    ("f(x₁, x₂) = x₁·x₂ is neither convex nor concave", "neither", True),
], why="indefinite")
E("unicode", "x**Rational(3, 2)", "x", [(0, 5)], [
    ("x^(3/2) is convex on [0, ∞)", "convex", True),
    ("x^{3/2} is concave for x ≥ 0", "concave", False),
], dom=["x >= 0"], why="f'' = (3/4) x^(-1/2)")
E("unicode", "1/sqrt(x)", "x", [P], [
    ("1/√x is convex for x > 0", "convex", True),
], dom=["x > 0"], why="f'' = (3/4) x^(-5/2)")
E("unicode", "exp(-x**2)", "x", [R], [
    ("e^(−x²) is concave", "concave", False),
    ("e^(−x²) is neither convex nor concave on ℝ", "neither", True),
], why="f'' = (4x^2 - 2) e^{-x^2}")
E("unicode", "Abs(x)**3", "x", [R], [
    ("|x|³ is convex", "convex", True),
], why="f'' = 6|x|")
E("unicode", "x*y", "xy", [R, R], [
    ("x×y is convex", "convex", False),
], why="indefinite")
E("unicode", "log(x)", "x", [P], [
    ("ln x is concave for x ∈ ℝ₊₊", "concave", True),
], dom=["x > 0"], why="f'' = -1/x^2")
E("unicode", "x**2 - x", "x", [(0, 1)], [
    ("x² − x is convex for 0 ≤ x ≤ 1", "convex", True),
], dom=["x >= 0", "x <= 1"], why="f'' = 2")

# ---------------------------------------------------------------- parameters
E("param", "a*x**2 + b*x + c", "x", [R], [
    ("ax^2 + bx + c is convex when a > 0", "convex", True),
], params={"a": ["1/3", "1", "5"], "b": ["-2", "0", "3"], "c": ["0", "1"]}, why="f'' = 2a > 0")
E("param", "a*x**2", "x", [R], [
    ("a x^2 is concave for a < 0", "concave", True),
], params={"a": ["-5", "-1", "-1/7"]}, why="f'' = 2a < 0")
E("param", "exp(a*x)", "x", [R], [
    ("e^{ax} is convex for any real a", "convex", True),
], params={"a": ["-3", "0", "1/2", "2"]}, why="f'' = a^2 e^{ax}")
E("param", "x**a", "x", [P], [
    ("x^a is convex on x > 0 for a >= 1", "convex", True),
], dom=["x > 0"], params={"a": ["1", "3/2", "2", "3"]}, why="f'' = a(a - 1) x^(a-2) >= 0")
E("param", "x**a", "x", [P], [
    ("x^a is concave on x>0 when 0 <= a <= 1", "concave", True),
], dom=["x > 0"], params={"a": ["0", "1/3", "1/2", "1"]}, why="f'' = a(a - 1) x^(a-2) <= 0")
E("param", "c/x", "x", [P], [
    ("c/x is convex on x>0 for c >= 0", "convex", True),
], dom=["x > 0"], params={"c": ["0", "1", "7/2"]}, why="f'' = 2c/x^3 >= 0")

# ---------------------------------------------------------------- typos
E("typo", "exp(x)", "x", [R], [
    ("e^x is convx", "convex", True),
    ("exp(x) is concve", "concave", False),
], why="f'' = e^x")
E("typo", "x**2 + y**2", "xy", [R, R], [
    ("x^2 + y^2 is stricly convex", "sconvex", True),
    ("Prove taht x^2 + y^2 is convex", "convex", True),
], why="H = 2I")
E("typo", "log(x)", "x", [P], [
    ("log(x) is a concave fucntion for x > 0", "concave", True),
], dom=["x > 0"], why="f'' = -1/x^2")
E("typo", "x**2", "x", [R], [
    ("is x^2 convex?!", "convex", True),
    ("x^2 is convex.. right", "convex", True),
], why="f'' = 2")

# ---------------------------------------------------------------- more everyday shapes
E("misc", "x**2 + 2*x*y + y**2", "xy", [R, R], [
    ("(x, y) -> x^2 + 2xy + y^2 is convex", "convex", True),
    ("x^2 + 2xy + y^2 is strictly convex", "sconvex", False),
], why="(x + y)^2: constant along (1, -1)")
E("misc", "exp(x)*exp(y)", "xy", [R, R], [
    ("e^x e^y is convex", "convex", True),
], why="e^{x + y}")
E("misc", "x**x", "x", [P], [
    ("x^x is convex for x > 0", "convex", True),
], dom=["x > 0"], why="f'' = x^x ((ln x + 1)^2 + 1/x) > 0")
E("misc", "2**x", "x", [R], [
    ("2^x is convex", "convex", True),
    ("2^x is concave", "concave", False),
], why="f'' = (ln 2)^2 2^x")
E("misc", "(Rational(1, 2))**x", "x", [R], [
    ("(1/2)^x is concave", "concave", False),
    ("0.5^x is strictly convex", "sconvex", True),
], why="f'' = (ln 2)^2 2^{-x}")
E("misc", "x*Abs(x)", "x", [R], [
    ("x|x| is convex", "convex", False),
    ("x*abs(x) is neither convex nor concave", "neither", True),
], why="-x^2 for x < 0, x^2 for x > 0")
E("misc", "Min(x, 1)", "x", [R], [
    ("min(x, 1) is concave", "concave", True),
    ("min(x, 1) is convex", "convex", False),
], why="min of affine")
E("misc", "log(x)/x", "x", [P], [
    ("ln(x)/x is convex for x > 0", "convex", False),
], dom=["x > 0"], why="f'' = (2 ln x - 3)/x^3 < 0 for x < e^{3/2}")
E("misc", "x/log(x)", "x", [(1.01, 5)], [
    ("x/ln(x) is convex for 1 < x < e^2", "convex", True),
], dom=["x > 1", "x < exp(2)"], why="f'' = (2 - ln x)/(x ln^3 x) >= 0 for 1 < x <= e^2")
E("misc", "Max(x**2, 1)", "x", [R], [
    ("max(x^2, 1) is convex", "convex", True),
], why="max of convex")
E("misc", "log(x**2 + 1)", "x", [(-1, 1)], [
    ("log(x^2 + 1) is convex on [-1, 1]", "convex", True),
], dom=["x >= -1", "x <= 1"], why="f'' = 2(1 - x^2)/(1 + x^2)^2 >= 0")
E("misc", "x**2 + y**2 + z**2 - x*y - y*z", "xyz", [R, R, R], [
    ("x^2 + y^2 + z^2 - xy - yz is convex", "convex", True),
], why="H = [[2,-1,0],[-1,2,-1],[0,-1,2]] > 0")
E("misc", "sqrt(x + y)", "xy", [P, P], [
    ("sqrt(x + y) is concave for x, y > 0", "concave", True),
    ("sqrt(x + y) is strictly concave for x > 0, y > 0", "sconcave", False),
], dom=["x > 0", "y > 0"], why="concave of affine; constant along (1, -1)", flat=[((1, 2), (2, 1))])
E("misc", "exp(x - y)", "xy", [R, R], [
    ("exp(x - y) is convex", "convex", True),
], why="convex of affine")
E("misc", "cos(x)", "x", [(-1.57, 1.57)], [
    ("cos(x) is concave on [-pi/2, pi/2]", "concave", True),
    ("cos x is convex on (-π/2, π/2)", "convex", False),
], dom=["x >= -pi/2", "x <= pi/2"], why="f'' = -cos x <= 0")
E("misc", "-x**2 + 4*x", "x", [R], [
    ("y = 4x - x^2 is concave", "concave", True),
    ("4x - x² is strictly concave", "sconcave", True),
], why="f'' = -2")
E("misc", "x**2/2 + 3*y", "xy", [R, R], [
    ("x^2/2 + 3y is convex", "convex", True),
    ("x^2/2 + 3y is strictly convex in (x, y)", "sconvex", False),
], why="affine in y", flat=[((0, 0), (0, 1))])

E("question", "x**3", "x", [R], [
    ("Is x^3 convex or concave?", "either", False),
], why="an alternative question read as the disjunction (the reader's documented reading): f'' = 6x changes sign")
E("question", "x**2 - y**2", "xy", [R, R], [
    ("Is $x^2 - y^2$ convex or concave?", "either", False),
], why="the disjunction: indefinite Hessian diag(2, -2)")
E("latex", "sin(x**2)", "x", [(0, 1)], [
    ("sin x^2 is concave on [0, 1]", "concave", False),
], dom=["x >= 0", "x <= 1"], why="sin x^2 is sin(x^2) by the usual convention; f'' = 2cos(x^2) - 4x^2 sin(x^2) = 2 > 0 "
                                 "at 0 (and (sin x)^2 is not concave there either)")

# ---------------------------------------------------------------- null rows: refusal or undecided is right
N("region", "For which x is x^3 convex?", "a region query")
N("region", "On what interval is e^{-x^2} concave?", "a region query")
N("region", "x^3 is convex where?", "a region query")
N("region", "For what values of p is |x|^p convex?", "a query about a parameter")
N("region", "Find the values of a for which a x^2 is convex", "a query about a parameter")
N("region", "Determine the intervals of concavity of x^4 - 6x^2", "a task whose answer is a set")
N("query", "FunctionConvexity[x^4 - x^2, x]", "a Wolfram query, no claim")
N("query", "Convexity of $x \\log x$", "a title with no property asserted")
N("query", "convex?", "no function")
N("domain", "x^3 is convex for x ≠ 0", "x != 0 is not a convex set")
N("domain", "1/x^2 is convex", "natural domain x != 0 is not convex")
N("domain", "log(x^2) is concave", "natural domain x != 0 is not convex")
N("domain", "x^2 is convex for x < -1 or x > 1", "the stated set is not convex")
N("ambiguous", "1/2x is concave for x > 0", "x/2 or 1/(2x)?",
  [("x/2", ["x"], ["x > 0"], [P], "concave"), ("1/(2*x)", ["x"], ["x > 0"], [P], "concave")])
N("undefined", r"$g$ is convex where $f(x) = x^2$", "g is never defined")
N("undefined", r"Let $f(x) = x^2$ and $h = f \circ g$. Is $h$ convex?", "g is never defined")
N("undefined", "Let phi(t) = t^2. Is psi convex?", "psi is never defined")
N("polarity", "Is it false that x^2 is convex?", "a question about a negation: polarity open")
N("polarity", "Refute: e^x is convex", "'Refute' asserts the negation of a true claim")
N("hypothesis", r"Suppose $f$ is convex and increasing. Then $e^{f}$ is convex.", "f is an arbitrary function")
N("hypothesis", "f convex implies -f concave", "an implication about an arbitrary f")
N("polarity", "x^3 is not convex lol", "'lol' may mark a joke: the polarity is open (tests/test_everyday10.py)")
