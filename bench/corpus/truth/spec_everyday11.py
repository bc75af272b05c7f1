"""Everyday pasted claims, session 11 (blind red team): each function once, with the claims pasted about it.

Written before running symconvex on any of them, in the shape people paste claims: terminal paste and plain
text with ``^`` and ``**``, unicode (x², √, ∈, ℝ, ≥), LaTeX with ``\\left( \\right)``, ``\\cdot``, ``\\dfrac``,
``\\operatorname``, ``\\mathrm{d}``, ``f(x)=`` / ``y=`` / ``g:R->R`` / ``x \\mapsto``, named functions defined and
then referred to (several definitions in a row), questions, "Prove that", "Show that", "True or false:", Markdown,
a trailing period or "?", the variable named after the formula, "on the interval", "for all real x", "over R^2",
typos away from the property word, and named functions (softplus, log-sum-exp, the sigmoid, the Huber loss, the
entropy).

An entry (as in ``spec_red10.py``): ``expr`` (a SymPy string, natural log), ``vars`` (in order), ``params``,
``dom`` (SymPy relations), ``box`` (the sampling box), ``claims`` as (text, property, holds) with property one of
convex, concave, affine, sconvex, sconcave, notconvex, notconcave, neither; ``why`` states the mathematical
reason. ``verify_spec.py everyday11`` re-derives every answer independently of symconvex.

``NULLS``: rows whose expected answer is a refusal or undecided (``holds`` null). Each has a cause and, when the
text is ambiguous, two readings (expr, vars, dom, box, property) that ``verify_spec.py`` derives and requires to
disagree; a row that asserts no curvature property has no readings.
"""

ENTRIES = []
NULLS = []
R = (-4, 4)
P = (0.01, 5)


def E(kind, expr, vars, box, claims, dom=(), params=None, why="", source="everyday11"):
    ENTRIES.append({"source": source, "kind": kind, "expr": expr, "vars": list(vars), "box": list(box),
                    "dom": list(dom), "params": dict(params or {}), "why": why,
                    "claims": [tuple(c) for c in claims]})


def N(kind, text, cause, readings=()):
    """A null row; readings: (expr, vars, dom, box, property) pairs whose truths must differ."""
    NULLS.append({"kind": kind, "claim": text, "why": cause, "readings": [tuple(r) for r in readings],
                  "source": "everyday11"})


# ---------------------------------------------------------------- terminal paste, ^ and **
E("terminal", "x**2 + 3*x + 1", "x", [R], [
    ("f(x) = x^2 + 3x + 1 is convex", "convex", True),
    ("f(x) = x**2 + 3*x + 1 is strictly convex", "sconvex", True),
    (">>> f = x**2 + 3*x + 1  # is this concave?", "concave", False),
], why="f'' = 2")
E("terminal", "exp(x) - x", "x", [R], [
    ("exp(x) - x is convex", "convex", True),
    ("y = exp(x) - x is concave", "concave", False),
    ("Is y=e^x-x strictly convex?", "sconvex", True),
], why="f'' = e^x > 0")
E("terminal", "x**4 - 2*x**2", "x", [R], [
    ("x^4 - 2x^2 is convex", "convex", False),
    ("x**4 - 2*x**2 is not convex", "notconvex", True),
    ("f(x)=x^4-2x^2 is neither convex nor concave", "neither", True),
], why="f'' = 12x^2 - 4 < 0 at 0, > 0 at 1")
E("terminal", "x**4 - 2*x**2", "x", [(1, 4)], [
    ("x^4 - 2x^2 is convex for x >= 1", "convex", True),
    ("x**4 - 2*x**2 is convex on the interval [1, 4]", "convex", True),
], dom=["x >= 1", "x <= 4"], why="f'' = 12x^2 - 4 >= 8 on x >= 1")
E("terminal", "sqrt(x)", "x", [P], [
    ("sqrt(x) is concave for x > 0", "concave", True),
    ("sqrt(x) is convex on (0, inf)", "convex", False),
    ("x^0.5 is concave on x>0", "concave", True),
    ("x**(1/2) is strictly concave for x > 0", "sconcave", True),
], dom=["x > 0"], why="f'' = -x^(-3/2)/4 < 0")
E("terminal", "log(x)", "x", [P], [
    ("log(x) is concave for x>0", "concave", True),
    ("ln(x) is convex on x > 0", "convex", False),
    ("np.log(x) is concave on x > 0", "concave", True),
], dom=["x > 0"], why="f'' = -1/x^2")
E("terminal", "x**2 + y**2 - x*y", "xy", [R, R], [
    ("f(x,y) = x^2 + y^2 - x*y is convex", "convex", True),
    ("x**2 + y**2 - x*y is strictly convex", "sconvex", True),
    ("f(x, y) = x^2 + y^2 - xy is concave", "concave", False),
], why="H = [[2,-1],[-1,2]] > 0")
E("terminal", "x**2 - 4*x*y + y**2", "xy", [R, R], [
    ("x^2 - 4xy + y^2 is convex", "convex", False),
    ("f(x,y)=x^2-4*x*y+y^2 is not convex", "notconvex", True),
], why="H = [[2,-4],[-4,2]] indefinite")
E("terminal", "exp(x + y)", "xy", [R, R], [
    ("exp(x + y) is convex", "convex", True),
    ("exp(x+y) is strictly convex", "sconvex", False),
], why="convex of affine; constant along (1, -1)")
E("terminal", "1/x", "x", [P], [
    ("1/x is convex for x > 0", "convex", True),
    ("f(x) = 1/x is concave when x > 0", "concave", False),
], dom=["x > 0"], why="f'' = 2/x^3 > 0")
E("terminal", "x*exp(x)", "x", [R], [
    ("x*exp(x) is convex", "convex", False),
    ("x e^x is not concave", "notconcave", True),
], why="f'' = (x + 2) e^x < 0 for x < -2")
E("terminal", "x*exp(x)", "x", [(-2, 4)], [
    ("x*exp(x) is convex for x >= -2", "convex", True),
], dom=["x >= -2"], why="f'' = (x + 2) e^x >= 0")
E("terminal", "abs(x - 1) + abs(x + 1)", "x", [R], [
    ("|x - 1| + |x + 1| is convex", "convex", True),
    ("abs(x-1) + abs(x+1) is strictly convex", "sconvex", False),
], why="sum of convex; constant 2 on [-1, 1]")

E("terminal", "x**4 - x**2", "x", [R], [
    ("Determine whether x^4 - x^2 is convex.", "convex", False),
    ("Check whether $x^4 - x^2$ is concave", "concave", False),
], why="f'' = 12x^2 - 2: < 0 at 0, > 0 at 1")

# ---------------------------------------------------------------- unicode
E("unicode", "x**2", "x", [R], [
    ("f(x) = x² is convex", "convex", True),
    ("x² is strictly convex on ℝ", "sconvex", True),
    ("Is x² concave?", "concave", False),
], why="f'' = 2")
E("unicode", "x**3", "x", [(0, 5)], [
    ("x³ is convex for x ≥ 0", "convex", True),
    ("f(x) = x³ is concave on x ≥ 0", "concave", False),
], dom=["x >= 0"], why="f'' = 6x >= 0")
E("unicode", "x**3", "x", [(-5, 0)], [
    ("x³ is concave for x ≤ 0", "concave", True),
    ("x³ is convex on (−∞, 0]", "convex", False),
], dom=["x <= 0"], why="f'' = 6x <= 0")
E("unicode", "sqrt(x)", "x", [(0, 5)], [
    ("√x is concave on [0, ∞)", "concave", True),
    ("√x is convex for x ≥ 0", "convex", False),
], dom=["x >= 0"], why="f'' < 0 on x > 0, continuous at 0")
E("unicode", "sqrt(x**2 + y**2)", "xy", [R, R], [
    ("√(x² + y²) is convex on ℝ²", "convex", True),
    ("f(x, y) = √(x² + y²) is strictly convex", "sconvex", False),
], why="the Euclidean norm; linear along rays")
E("unicode", "x**2 + y**2 + z**2", "xyz", [R, R, R], [
    ("x² + y² + z² is convex on ℝ³", "convex", True),
    ("f(x,y,z) = x² + y² + z² is strictly convex", "sconvex", True),
], why="H = 2I")
E("unicode", "x**4", "x", [R], [
    ("x⁴ is convex", "convex", True),
    ("x⁴ is strictly convex", "sconvex", True),
], why="strictly convex although f''(0) = 0")
E("unicode", "exp(-x)", "x", [R], [
    ("e⁻ˣ is convex", "convex", True),
    ("f(x) = e^(−x) is concave", "concave", False),
], why="f'' = e^-x")
E("unicode", "x*y", "xy", [P, P], [
    ("xy is concave for x > 0, y > 0", "concave", False),
    ("f(x, y) = x·y is convex on ℝ₊²", "convex", False),
], dom=["x > 0", "y > 0"], why="indefinite Hessian [[0,1],[1,0]]")
E("unicode", "log(x)", "x", [P], [
    ("ln x is concave for x ∈ (0, ∞)", "concave", True),
    ("log x is strictly concave on ℝ₊₊", "sconcave", True),
], dom=["x > 0"], why="f'' = -1/x^2")
E("unicode", "1/x", "x", [(-5, -0.01)], [
    ("1/x is concave for x < 0", "concave", True),
    ("f(x) = 1/x is convex on (−∞, 0)", "convex", False),
], dom=["x < 0"], why="f'' = 2/x^3 < 0")
E("unicode", "x**2 - y**2", "xy", [R, R], [
    ("x² − y² is convex", "convex", False),
    ("x² − y² is neither convex nor concave", "neither", True),
], why="saddle")

# ---------------------------------------------------------------- LaTeX with \left \right, \cdot, \dfrac, \operatorname, \mathrm
E("latex", "log(1 + exp(x))", "x", [R], [
    (r"$\log\left(1 + e^{x}\right)$ is convex", "convex", True),
    (r"$\ln\left(1+\exp(x)\right)$ is strictly convex", "sconvex", True),
    (r"$f(x) = \log\left(1 + e^x\right)$ is concave", "concave", False),
], why="softplus: f'' = s(1-s) > 0")
E("latex", "x**2/(1 + x**2)", "x", [R], [
    (r"$\dfrac{x^2}{1+x^2}$ is convex", "convex", False),
    (r"$f(x) = \dfrac{x^2}{1 + x^2}$ is not convex", "notconvex", True),
], why="bounded, nonconstant, f'' < 0 for |x| > 1/sqrt(3)")
E("latex", "x**2/(1 + x**2)", "x", [(-0.5, 0.5)], [
    (r"$\dfrac{x^2}{1+x^2}$ is convex on $[-\tfrac12, \tfrac12]$", "convex", True),
], dom=["x >= -1/2", "x <= 1/2"], why="f'' = (2 - 6x^2)/(1+x^2)^3 > 0 for x^2 < 1/3")
E("latex", "2*x*y", "xy", [R, R], [
    (r"$2 \cdot x \cdot y$ is convex", "convex", False),
    (r"$f(x,y) = 2x \cdot y$ is neither convex nor concave", "neither", True),
], why="indefinite")
E("latex", "x**2 + 2*y**2", "xy", [R, R], [
    (r"$x^{2} + 2 \cdot y^{2}$ is convex", "convex", True),
    (r"$f(x, y) = x^2 + 2\,y^2$ is strictly convex", "sconvex", True),
], why="H = diag(2, 4)")
E("latex", "exp(x)/x", "x", [P], [
    (r"$\dfrac{e^x}{x}$ is convex for $x > 0$", "convex", True),
    (r"$\frac{\exp(x)}{x}$ is concave on $(0, \infty)$", "concave", False),
], dom=["x > 0"], why="f'' = e^x (x^2 - 2x + 2)/x^3 > 0")
E("latex", "Max(0, x)", "x", [R], [
    (r"$\operatorname{ReLU}(x)$ is convex", "convex", True),
    (r"$\operatorname{relu}(x) = \max(0, x)$ is strictly convex", "sconvex", False),
    (r"$\mathrm{ReLU}(x)$ is concave", "concave", False),
], why="max of affine; flat on x < 0")
E("latex", "log(1 + exp(x))", "x", [R], [
    (r"$\operatorname{softplus}(x)$ is convex", "convex", True),
    (r"$\mathrm{softplus}(x) = \log(1 + e^x)$ is strictly convex", "sconvex", True),
], why="f'' = s(1 - s) > 0")
E("latex", "x**2*exp(x)", "x", [(0, 4)], [
    (r"$x^2 \mathrm{e}^{x}$ is convex on $[0, \infty)$", "convex", True),
    (r"$x^{2}\,\mathrm{e}^{x}$ is concave for $x \geq 0$", "concave", False),
], dom=["x >= 0"], why="f'' = (x^2 + 4x + 2) e^x > 0")
E("latex", "x**2*exp(x)", "x", [R], [
    (r"$x^2 \mathrm{e}^x$ is convex on $\mathbb{R}$", "convex", False),
], why="f'' = (x^2+4x+2)e^x < 0 at x = -2")
E("latex", "x*log(x) - x", "x", [P], [
    (r"$x\ln x - x$ is convex for $x>0$", "convex", True),
    (r"$x \cdot \log(x) - x$ is strictly convex on $\mathbb{R}_{++}$", "sconvex", True),
], dom=["x > 0"], why="f'' = 1/x")
E("latex", "(x - y)**2", "xy", [R, R], [
    (r"$\left(x - y\right)^2$ is convex", "convex", True),
    (r"$\left( x-y \right)^{2}$ is strictly convex", "sconvex", False),
], why="square of a linear form; flat along (1, 1)")
E("latex", "sqrt(x*y)", "xy", [P, P], [
    (r"$\sqrt{xy}$ is concave on $x > 0, y > 0$", "concave", True),
    (r"$\sqrt{x \cdot y}$ is convex for $x>0$, $y>0$", "convex", False),
], dom=["x > 0", "y > 0"], why="geometric mean")
E("latex", "-log(x) - log(y)", "xy", [P, P], [
    (r"$-\log x - \log y$ is convex on $\mathbb{R}^2_{++}$", "convex", True),
    (r"$-\ln(x) - \ln(y)$ is strictly convex for $x > 0, y > 0$", "sconvex", True),
], dom=["x > 0", "y > 0"], why="H = diag(1/x^2, 1/y^2)")
E("latex", "x**2 / 2", "x", [R], [
    (r"$\tfrac{1}{2}x^2$ is convex", "convex", True),
    (r"$\dfrac{1}{2} x^{2}$ is concave", "concave", False),
], why="f'' = 1")
E("latex", "Abs(x)", "x", [R], [
    (r"$\left| x \right|$ is convex", "convex", True),
    (r"$\left\lvert x\right\rvert$ is strictly convex", "sconvex", False),
], why="norm; linear on x > 0")
E("latex", "exp(x**2)", "x", [R], [
    (r"$\exp\left(x^2\right)$ is convex", "convex", True),
    (r"$e^{x^{2}}$ is strictly convex", "sconvex", True),
], why="f'' = (2 + 4x^2) e^{x^2}")

# ---------------------------------------------------------------- f(x)= / y= / g:R->R / \mapsto
E("mapsto", "x**2 - 2*x", "x", [R], [
    (r"$x \mapsto x^2 - 2x$ is convex", "convex", True),
    (r"The map $t \mapsto t^2 - 2t$ is concave", "concave", False),
], why="f'' = 2")
E("mapsto", "exp(x)", "x", [R], [
    (r"$g:\mathbb{R}\to\mathbb{R}$, $g(x) = e^x$ is convex", "convex", True),
    ("g: R -> R, g(x) = e^x is strictly convex", "sconvex", True),
    (r"$g\colon \mathbb{R} \to \mathbb{R},\ x \mapsto e^{x}$ is concave", "concave", False),
], why="f'' = e^x")
E("mapsto", "-x**2", "x", [R], [
    ("y = -x^2 is concave", "concave", True),
    (r"$y = -x^2$ is convex", "convex", False),
    ("y=-x**2 is strictly concave", "sconcave", True),
], why="f'' = -2")
E("mapsto", "x**3 - 3*x", "x", [R], [
    ("y = x^3 - 3x is convex", "convex", False),
    (r"$y = x^3 - 3x$ is neither convex nor concave", "neither", True),
], why="f'' = 6x")
E("mapsto", "x**3 - 3*x", "x", [(0, 5)], [
    (r"$y=x^3-3x$ is convex on $[0,\infty)$", "convex", True),
], dom=["x >= 0"], why="f'' = 6x >= 0")
E("mapsto", "log(1 + x**2)", "x", [R], [
    (r"$\phi : \mathbb{R} \to \mathbb{R}$, $\phi(x) = \log(1 + x^2)$ is convex", "convex", False),
], why="f'' = 2(1 - x^2)/(1+x^2)^2 < 0 for |x| > 1")
E("mapsto", "sqrt(1 + x**2)", "x", [R], [
    (r"$x\mapsto\sqrt{1+x^2}$ is convex", "convex", True),
    (r"The function $x \mapsto \sqrt{1 + x^{2}}$ is strictly convex.", "sconvex", True),
], why="f'' = (1+x^2)^(-3/2)")
E("mapsto", "x**2 + y**2", "xy", [R, R], [
    (r"$(x, y) \mapsto x^2 + y^2$ is convex", "convex", True),
    (r"$h:\mathbb{R}^2\to\mathbb{R}$, $h(x,y)=x^2+y^2$ is strictly convex", "sconvex", True),
], why="H = 2I")

# ---------------------------------------------------------------- named functions defined, then referred to
E("named", "x**2 + 1", "x", [R], [
    (r"Let $f(x) = x^2 + 1$. Is $f$ convex?", "convex", True),
    (r"Let $f(x) = x^2 + 1$. Then $f$ is concave.", "concave", False),
    ("Let f(x) = x^2 + 1. Is f strictly convex?", "sconvex", True),
], why="f'' = 2")
E("named", "exp(-x)", "x", [R], [
    (r"Define $g(x) = e^{-x}$. Show that $g$ is convex.", "convex", True),
    ("Define g(x) = exp(-x). g is concave.", "concave", False),
], why="f'' = e^-x")
E("named", "log(x)", "x", [P], [
    (r"Let $h(x) = \ln x$ for $x > 0$. Prove that $h$ is concave.", "concave", True),
    (r"Let $h(x) = \ln x$ on $(0, \infty)$. Then $h$ is convex.", "convex", False),
], dom=["x > 0"], why="f'' = -1/x^2")
E("named", "(w - 3)**2", ["w"], [R], [
    (r"Let $L(w) = (w - 3)^2$. $L$ is convex.", "convex", True),
    (r"Consider the loss $L(w) = (w-3)^2$. Is $L$ strictly convex?", "sconvex", True),
], why="f'' = 2")
E("named", "(a*b - 1)**2", ["a", "b"], [R, R], [
    (r"Let $J(a, b) = (ab - 1)^2$. Is $J$ convex?", "convex", False),
    (r"Let $J(a,b) = (ab-1)^2$. Then $J$ is not convex.", "notconvex", True),
], why="J(1,1) = J(-1,-1) = 0 < J(0,0) = 1")
E("named", "1/(1 + exp(-x))", "x", [R], [
    (r"Let $\phi(x) = \frac{1}{1 + e^{-x}}$. Is $\phi$ convex?", "convex", False),
    (r"Let $\phi(x) = \frac{1}{1+e^{-x}}$. Then $\phi$ is neither convex nor concave.", "neither", True),
], why="the sigmoid: f'' = s(1-s)(1-2s) changes sign at 0")
E("named", "exp(x) + exp(-x)", "x", [R], [
    (r"Let $u(x) = e^x$ and $v(x) = e^{-x}$, and $f(x) = u(x) + v(x)$. Then $f$ is convex.", "convex", True),
    (r"Let $u(x) = e^x$, $v(x) = e^{-x}$ and $f = u + v$. Is $f$ strictly convex?", "sconvex", True),
], why="2 cosh x; f'' = 2 cosh x > 0")
E("named", "exp(x**2)", "x", [R], [
    (r"Let $g(x) = x^2$ and $f(x) = e^{g(x)}$. Is $f$ convex?", "convex", True),
    (r"Let $g(t) = e^t$ and $h(x) = x^2$. Then $g(h(x))$ is concave.", "concave", False),
], why="exp of convex")
E("named", "log(x**2 + 1)", "x", [R], [
    (r"Let $g(x) = x^2 + 1$ and $f(x) = \log g(x)$. Then $f$ is convex.", "convex", False),
], why="f'' = 2(1-x^2)/(1+x^2)^2 < 0 for |x| > 1")
E("named", "x**4 + y**2", "xy", [R, R], [
    (r"Let $f(x,y) = x^4 + y^2$. Is $f$ convex?", "convex", True),
    (r"Let $f(x, y) = x^4 + y^2$. Then $f$ is strictly convex.", "sconvex", True),
], why="sum of strictly convex functions of separate variables")
E("named", "Max(x, 0)**2", "x", [R], [
    (r"Let $\psi(x) = \max(x, 0)^2$. Then $\psi$ is convex.", "convex", True),
    (r"Let $\psi(x) = (\max\{x,0\})^2$. Is $\psi$ strictly convex?", "sconvex", False),
], why="square of a nonnegative convex function; 0 on x < 0")

# ---------------------------------------------------------------- questions, Prove / Show / True or false
E("question", "x**2 + exp(x)", "x", [R], [
    (r"Is $x^2 + e^x$ convex?", "convex", True),
    (r"Prove that $x^2 + e^x$ is strictly convex.", "sconvex", True),
    (r"True or false: $x^2 + e^x$ is concave.", "concave", False),
], why="f'' = 2 + e^x")
E("question", "sin(x)", "x", [(0, 3.14)], [
    (r"Show that $\sin x$ is concave on $[0, \pi]$.", "concave", True),
    (r"True or false: $\sin(x)$ is convex on $[0,\pi]$", "convex", False),
    ("Is sin(x) concave on the interval [0, pi]?", "concave", True),
], dom=["x >= 0", "x <= pi"], why="f'' = -sin x <= 0")
E("question", "sin(x)", "x", [R], [
    ("True or false: sin(x) is convex.", "convex", False),
    (r"Is $\sin x$ neither convex nor concave?", "neither", True),
], why="f'' = -sin x changes sign")
E("question", "cos(x)", "x", [(1.571, 4.712)], [
    (r"Show that $\cos x$ is convex on $[\pi/2, 3\pi/2]$", "convex", True),
    (r"True or false: $\cos x$ is concave on $[\frac{\pi}{2}, \frac{3\pi}{2}]$.", "concave", False),
], dom=["x >= pi/2", "x <= 3*pi/2"], why="f'' = -cos x >= 0 there")
E("question", "x**2*y**2", "xy", [R, R], [
    (r"Is $f(x,y)=x^2y^2$ convex?", "convex", False),
    (r"Prove that $x^2 y^2$ is not convex.", "notconvex", True),
], why="f(2,0) = f(0,2) = 0 < f(1,1) = 1")
E("question", "x**6", "x", [R], [
    ("Is x^6 convex?", "convex", True),
    ("Is x^6 strictly convex?", "sconvex", True),
    ("True or false: x^6 is concave?", "concave", False),
], why="strictly convex even power")
E("question", "-x**2 - y**2 + x*y", "xy", [R, R], [
    (r"Show that $xy - x^2 - y^2$ is concave.", "concave", True),
    (r"Is $xy - x^2 - y^2$ strictly concave?", "sconcave", True),
], why="-H = [[2,-1],[-1,2]] > 0")
E("question", "x + y", "xy", [R, R], [
    (r"Is $x + y$ both convex and concave?", "affine", True),
    (r"True or false: $x + y$ is strictly convex", "sconvex", False),
    (r"Is $f(x,y) = x+y$ affine?", "affine", True),
], why="linear")
E("question", "exp(x)*y**2", "xy", [R, R], [
    (r"Is $e^x y^2$ convex?", "convex", False),
], why="det H = 2 e^{2x} y^2 - 4 e^{2x} y^2 < 0 for y != 0")
E("question", "x**2 + y**2 + x*y + x", "xy", [R, R], [
    (r"Prove that $f(x, y) = x^2 + xy + y^2 + x$ is strictly convex.", "sconvex", True),
], why="H = [[2,1],[1,2]] > 0")

# ---------------------------------------------------------------- Markdown, trailing punctuation
E("markdown", "x**2", "x", [R], [
    ("**Claim:** $x^2$ is convex.", "convex", True),
    ("`x**2` is convex", "convex", True),
    ("*Question*: is $x^2$ concave?", "concave", False),
    ("> $x^2$ is strictly convex.", "sconvex", True),
    ("- $f(x) = x^2$ is convex;", "convex", True),
], why="f'' = 2")
E("markdown", "exp(x)", "x", [R], [
    ("**Is `exp(x)` convex?**", "convex", True),
    ("1. $e^x$ is convex.", "convex", True),
    ("### Is $e^x$ concave?", "concave", False),
], why="f'' = e^x")
E("markdown", "x**3", "x", [R], [
    ("**True or false:** $x^3$ is convex.", "convex", False),
    ("`f(x) = x**3` is not convex.", "notconvex", True),
    ("$x^3$ is *not* convex", "notconvex", True),
    ("$x^3$ is **not** concave.", "notconcave", True),
], why="f'' = 6x")
E("markdown", "log(x)", "x", [P], [
    ("$\\log x$ is concave on $x>0$!", "concave", True),
    ("`np.log(x)` is convex for `x > 0`", "convex", False),
], dom=["x > 0"], why="f'' = -1/x^2")

# ---------------------------------------------------------------- variable named after the formula
E("varafter", "t**2*exp(t)", ["t"], [(0, 4)], [
    (r"$t^2 e^t$ is convex in $t$ for $t \ge 0$", "convex", True),
], dom=["t >= 0"], why="f'' = (t^2 + 4t + 2) e^t > 0")
E("varafter", "exp(s) - s", ["s"], [R], [
    (r"$e^s - s$ is convex as a function of $s$", "convex", True),
    ("e^s - s is strictly convex in s", "sconvex", True),
], why="f'' = e^s")
E("varafter", "log(1 + exp(-w))", ["w"], [R], [
    (r"$\log(1 + e^{-w})$ is convex in $w$", "convex", True),
    (r"$\log\left(1+e^{-w}\right)$ is concave with respect to $w$", "concave", False),
], why="softplus(-w)")
E("varafter", "(3*w - 1)**2 + (w + 2)**2", ["w"], [R], [
    (r"$(3w - 1)^2 + (w + 2)^2$ is strictly convex in $w$", "sconvex", True),
], why="f'' = 20")
E("varafter", "theta**4 - theta**2", ["theta"], [R], [
    (r"$\theta^4 - \theta^2$ is convex in $\theta$", "convex", False),
], why="f'' = 12 t^2 - 2 < 0 at 0")
E("varafter", "u**2 + u*v + v**2", ["u", "v"], [R, R], [
    (r"$u^2 + uv + v^2$ is convex in $(u, v)$", "convex", True),
    (r"$u^2+uv+v^2$ is jointly convex in $u$ and $v$", "convex", True),
], why="H = [[2,1],[1,2]]")

# ---------------------------------------------------------------- "on the interval", "for all real x", "over R^2"
E("scope", "x**3 - x", "x", [(0, 5)], [
    ("x^3 - x is convex on the interval [0, 5]", "convex", True),
    (r"$x^3 - x$ is convex on the interval $[0, 5]$", "convex", True),
], dom=["x >= 0", "x <= 5"], why="f'' = 6x >= 0")
E("scope", "x**3 - x", "x", [(-1, 1)], [
    (r"$x^3 - x$ is convex on the interval $(-1, 1)$", "convex", False),
    ("x^3 - x is concave on the interval (-1,1)", "concave", False),
], dom=["x > -1", "x < 1"], why="f'' = 6x changes sign at 0")
E("scope", "x**2 + 1", "x", [R], [
    ("x^2 + 1 is convex for all real x", "convex", True),
    (r"$x^2+1$ is convex for all real $x$", "convex", True),
    (r"$x^2 + 1$ is convex for every $x \in \mathbb{R}$", "convex", True),
], why="f'' = 2")
E("scope", "exp(-x**2)", "x", [R], [
    ("e^(-x^2) is concave for all real x", "concave", False),
    (r"$e^{-x^2}$ is convex for all $x \in \mathbb{R}$", "convex", False),
], why="Gaussian bump")
E("scope", "exp(-x**2)", "x", [(-0.7, 0.7)], [
    (r"$e^{-x^2}$ is concave on the interval $[-\frac{1}{2}, \frac{1}{2}]$", "concave", True),
], dom=["x >= -1/2", "x <= 1/2"], why="f'' = (4x^2 - 2) e^{-x^2} < 0 for x^2 < 1/2")
E("scope", "x**2 + x*y + y**2", "xy", [R, R], [
    ("x^2 + xy + y^2 is convex over R^2", "convex", True),
    (r"$x^2 + xy + y^2$ is convex over $\mathbb{R}^2$", "convex", True),
    (r"$x^2+xy+y^2$ is strictly convex on all of $\mathbb{R}^2$", "sconvex", True),
], why="H = [[2,1],[1,2]]")
E("scope", "x**2 + 3*x*y + y**2", "xy", [R, R], [
    ("x^2 + 3xy + y^2 is convex over R^2", "convex", False),
], why="H = [[2,3],[3,2]] indefinite")
E("scope", "x**4 - x", "x", [R], [
    ("x^4 - x is convex on the whole real line", "convex", True),
    (r"$x^4 - x$ is convex everywhere", "convex", True),
], why="f'' = 12x^2")
E("scope", "log(x)**2", "x", [(0.01, 2.7)], [
    (r"$(\log x)^2$ is convex on the interval $(0, e]$", "convex", True),
], dom=["x > 0", "x <= E"], why="f'' = 2(1 - log x)/x^2 >= 0 for x <= e")
E("scope", "log(x)**2", "x", [P], [
    (r"$(\ln x)^2$ is convex for $x > 0$", "convex", False),
], dom=["x > 0"], why="f'' < 0 for x > e")
E("scope", "1/(1 + x**2)", "x", [(-0.5, 0.5)], [
    (r"$\frac{1}{1+x^2}$ is concave on the interval $[-\frac12, \frac12]$", "concave", True),
], dom=["x >= -1/2", "x <= 1/2"], why="f'' = (6x^2 - 2)/(1+x^2)^3 < 0 for x^2 < 1/3")
E("scope", "1/(1 + x**2)", "x", [(1, 5)], [
    ("1/(1+x^2) is convex for x >= 1", "convex", True),
], dom=["x >= 1"], why="6x^2 - 2 > 0")

# ---------------------------------------------------------------- typos away from the property word
E("typo", "x**2 + y**2", "xy", [R, R], [
    ("Is the fucntion f(x,y) = x^2 + y^2 convex?", "convex", True),
    ("the funtion x^2+y^2 is convex", "convex", True),
    ("Is f(x,y)=x^2+y^2  convex ?", "convex", True),
    ("x^2 + y ^2 is convex", "convex", True),
], why="H = 2I")
E("typo", "exp(x)", "x", [R], [
    ("is is e^x convex?", "convex", True),
    ("Is e^x convex??", "convex", True),
    ("Is  e^x  concave", "concave", False),
], why="f'' = e^x")
E("typo", "x**3", "x", [(0, 5)], [
    ("Is x^3 convex for x>=0 ?", "convex", True),
    ("x^3 is convex for x >=0.", "convex", True),
], dom=["x >= 0"], why="f'' = 6x")

# ---------------------------------------------------------------- named functions in words
E("words", "log(1 + exp(x))", "x", [R], [
    ("The softplus function is convex", "convex", True),
    ("softplus is strictly convex", "sconvex", True),
    ("Is the softplus concave?", "concave", False),
    (r"The softplus $\log(1+e^x)$ is convex.", "convex", True),
], why="f'' = s(1-s) > 0")
E("words", "log(exp(x) + exp(y))", "xy", [R, R], [
    (r"The log-sum-exp $\log(e^x + e^y)$ is convex", "convex", True),
    (r"log-sum-exp $\log(e^{x}+e^{y})$ is strictly convex", "sconvex", False),
    ("log(exp(x) + exp(y)) is convex", "convex", True),
    (r"$\operatorname{LSE}(x, y) = \log(e^x + e^y)$ is concave", "concave", False),
], why="lse: convex, affine along (1, 1)")
E("words", "log(exp(x) + exp(y) + exp(z))", "xyz", [R, R, R], [
    (r"$\log\left(e^{x} + e^{y} + e^{z}\right)$ is convex", "convex", True),
], why="lse")
E("words", "1/(1 + exp(-x))", "x", [R], [
    ("The sigmoid function is convex", "convex", False),
    ("The sigmoid is neither convex nor concave", "neither", True),
    (r"The sigmoid $\sigma(x) = \frac{1}{1+e^{-x}}$ is concave", "concave", False),
    (r"Is the logistic function $\frac{1}{1 + e^{-x}}$ convex?", "convex", False),
], why="f'' = s(1-s)(1-2s): > 0 for x < 0, < 0 for x > 0")
E("words", "1/(1 + exp(-x))", "x", [P], [
    ("The sigmoid is concave for x > 0", "concave", True),
    (r"$\sigma(x)$ is concave on $x \ge 0$", "concave", True),
], dom=["x > 0"], why="f'' = s(1-s)(1-2s) < 0 for x > 0")
E("words", "1/(1 + exp(-x))", "x", [(-5, -0.01)], [
    (r"The sigmoid $\sigma(x)$ is convex for $x < 0$", "convex", True),
    ("sigmoid(x) is convex for x <= 0", "convex", True),
], dom=["x < 0"], why="f'' > 0 for x < 0")
E("words", "Piecewise((x**2/2, Abs(x) <= 1), (Abs(x) - Rational(1, 2), True))", "x", [R], [
    (r"The Huber loss $\frac{1}{2}x^2$ for $|x| \le 1$, $|x| - \frac{1}{2}$ otherwise, is convex", "convex", True),
    (r"The Huber loss with $\delta = 1$ is convex", "convex", True),
    (r"The Huber loss with $\delta=1$ is strictly convex", "sconvex", False),
], why="C^1, piecewise convex; linear for |x| > 1")
E("words", "-x*log(x)", "x", [P], [
    (r"The entropy $-x \log x$ is concave on $x > 0$", "concave", True),
    (r"The entropy term $-x\ln x$ is convex for $x>0$", "convex", False),
    (r"$-x\log(x)$ is strictly concave for $x > 0$", "sconcave", True),
], dom=["x > 0"], why="f'' = -1/x")
E("words", "-x*log(x) - y*log(y)", "xy", [P, P], [
    (r"The entropy $H(x,y) = -x\log x - y \log y$ is concave on $x>0, y>0$", "concave", True),
    (r"The entropy $-x\ln x - y\ln y$ is convex for $x > 0, y > 0$", "convex", False),
], dom=["x > 0", "y > 0"], why="H = diag(-1/x, -1/y)")
E("words", "-x*log(x) - (1 - x)*log(1 - x)", "x", [(0.01, 0.99)], [
    (r"The binary entropy $-p\log p - (1-p)\log(1-p)$ is concave on $(0, 1)$", "concave", True),
    ("The binary entropy -p log p - (1-p) log(1-p) is convex for 0 < p < 1", "convex", False),
], dom=["x > 0", "x < 1"], why="f'' = -1/(p(1-p))")
E("words", "x*log(x)", "x", [P], [
    (r"The negative entropy $x \log x$ is convex on $x > 0$", "convex", True),
], dom=["x > 0"], why="f'' = 1/x")
E("words", "Max(0, 1 - x)", "x", [R], [
    (r"The hinge loss $\max(0, 1 - x)$ is convex", "convex", True),
    (r"The hinge loss $\max\{0, 1-x\}$ is strictly convex", "sconvex", False),
], why="max of affine")
E("words", "log(1 + exp(-x))", "x", [R], [
    (r"The logistic loss $\log(1 + e^{-x})$ is convex", "convex", True),
    (r"The logistic loss $\log(1+\exp(-z))$ is strictly convex in $z$", "sconvex", True),
], why="softplus(-x)")
E("words", "tanh(x)", "x", [R], [
    (r"$\tanh(x)$ is convex", "convex", False),
], why="f'' = -2 tanh sech^2 changes sign")
E("words", "tanh(x)", "x", [(0, 5)], [
    (r"The hyperbolic tangent $\tanh x$ is concave on $x \ge 0$", "concave", True),
], dom=["x >= 0"], why="f'' = -2 tanh x sech^2 x <= 0")
E("words", "x/(1 + exp(-x))", "x", [R], [
    (r"The SiLU $\frac{x}{1+e^{-x}}$ is convex", "convex", False),
], why="f'' < 0 for x < about -2.4")
E("words", "x**2 + y**2", "xy", [R, R], [
    (r"The squared Euclidean norm $x^2 + y^2$ is strictly convex", "sconvex", True),
], why="H = 2I")

# ---------------------------------------------------------------- several definitions in a row, homework style
E("homework", "x**2 + 2*x*y + 2*y**2", "xy", [R, R], [
    (r"Let $f:\mathbb{R}^2 \to \mathbb{R}$ be defined by $f(x, y) = x^2 + 2xy + 2y^2$. Show that $f$ is convex.",
     "convex", True),
    (r"Let $f(x,y) = x^2 + 2xy + 2y^2$. Prove that $f$ is strictly convex.", "sconvex", True),
], why="H = [[2,2],[2,4]], det 4 > 0")
E("homework", "x**2 + 4*x*y + y**2", "xy", [R, R], [
    (r"Let $f(x, y) = x^2 + 4xy + y^2$. Is $f$ convex on $\mathbb{R}^2$?", "convex", False),
], why="H = [[2,4],[4,2]] indefinite")
E("homework", "x**3 + y**3", "xy", [P, P], [
    (r"Let $f(x,y) = x^3 + y^3$ for $x, y > 0$. Show that $f$ is convex.", "convex", True),
], dom=["x > 0", "y > 0"], why="H = diag(6x, 6y)")
E("homework", "exp(x)*exp(y)", "xy", [R, R], [
    (r"Let $f(x, y) = e^x e^y$. Is $f$ convex?", "convex", True),
], why="e^(x+y)")
E("homework", "x*exp(-x)", "x", [R], [
    (r"Consider $f(x) = x e^{-x}$. Is $f$ concave on $\mathbb{R}$?", "concave", False),
], why="f'' = (x - 2) e^-x > 0 for x > 2")
E("homework", "x*exp(-x)", "x", [(-4, 2)], [
    (r"Consider $f(x) = x e^{-x}$. Show that $f$ is concave for $x \le 2$.", "concave", True),
], dom=["x <= 2"], why="f'' = (x - 2) e^-x <= 0")
E("homework", "x**2*log(x)", "x", [P], [
    (r"Let $f(x) = x^2 \ln x$, $x > 0$. Then $f$ is convex.", "convex", False),
], dom=["x > 0"], why="f'' = 2 log x + 3 < 0 for x < e^(-3/2)")
E("homework", "x**2*log(x)", "x", [(1, 5)], [
    (r"Let $f(x) = x^2 \ln x$. Then $f$ is convex on $[1, \infty)$.", "convex", True),
], dom=["x >= 1"], why="f'' = 2 log x + 3 > 0")
E("homework", "x**4 + y**4 - 4*x*y", "xy", [R, R], [
    (r"Let $f(x,y) = x^4 + y^4 - 4xy$. Is $f$ convex?", "convex", False),
], why="H(0,0) = [[0,-4],[-4,0]]")
E("homework", "(x + y)**2 + exp(x - y)", "xy", [R, R], [
    (r"Let $f(x,y) = (x+y)^2 + e^{x-y}$. Show that $f$ is convex.", "convex", True),
    (r"Let $f(x, y) = (x + y)^2 + e^{x - y}$. Prove that $f$ is strictly convex.", "sconvex", True),
], why="square of one linear form + strictly convex of an independent one")

# ---------------------------------------------------------------- ML people
E("ml", "(w*2 + b - 1)**2 + (w*(-1) + b)**2", ["w", "b"], [R, R], [
    (r"The MSE $(2w + b - 1)^2 + (-w + b)^2$ is convex in $w, b$", "convex", True),
    (r"$L(w,b) = (2w+b-1)^2 + (b - w)^2$ is strictly convex", "sconvex", True),
], why="least squares with full-rank design [[2,1],[-1,1]]")
E("ml", "log(1 + exp(-(w + b))) + log(1 + exp(w - b))", ["w", "b"], [R, R], [
    (r"The logistic loss $\log(1+e^{-(w+b)}) + \log(1 + e^{w - b})$ is convex in $(w, b)$", "convex", True),
], why="softplus of affine maps")
E("ml", "w**2*v**2", ["w", "v"], [R, R], [
    (r"$L(w, v) = w^2 v^2$ is convex in $(w, v)$", "convex", False),
], why="L(2,0) = L(0,2) = 0 < L(1,1) = 1")
E("ml", "(w*v - 1)**2", ["w", "v"], [R, R], [
    (r"The loss $\ell(w, v) = (wv - 1)^2$ of a two-layer linear net is convex", "convex", False),
    ("(w*v - 1)**2 is non-convex in (w, v)", "notconvex", True),
], why="zero at (1,1), (-1,-1), 1 at the midpoint")
E("ml", "w**2/2 + log(1 + exp(-w))", ["w"], [R], [
    (r"$\frac{\lambda}{2} w^2 + \log(1 + e^{-w})$ with $\lambda = 1$ is strictly convex in $w$", "sconvex", True),
    (r"$\frac{1}{2}w^2 + \log(1 + e^{-w})$ is strictly convex", "sconvex", True),
], why="1 + s(1-s) > 0")
E("ml", "Abs(w1) + Abs(w2) + (w1 + w2 - 1)**2", ["w1", "w2"], [R, R], [
    (r"The lasso objective $(w_1 + w_2 - 1)^2 + |w_1| + |w_2|$ is convex", "convex", True),
    (r"$(w_1 + w_2 - 1)^2 + |w_1| + |w_2|$ is strictly convex", "sconvex", False),
], why="convex; flat on w1 + w2 = c within the positive quadrant")
E("ml", "Max(0, 1 - w) + w**2", ["w"], [R], [
    (r"The SVM objective $\max(0, 1 - w) + w^2$ is strictly convex in $w$", "sconvex", True),
], why="strictly convex + convex")
E("ml", "-log(1/(1 + exp(-w)))", ["w"], [R], [
    (r"$-\log \sigma(w)$ is convex, where $\sigma$ is the sigmoid", "convex", True),
    (r"$-\log\left(\frac{1}{1 + e^{-w}}\right)$ is convex in $w$", "convex", True),
], why="= softplus(-w)")
E("ml", "log(1/(1 + exp(-w)))", ["w"], [R], [
    (r"$\log \sigma(w)$ is concave", "concave", True),
], why="the log of the sigmoid is -softplus(-w)")
E("ml", "exp(w)/(1 + exp(w))", ["w"], [R], [
    (r"$\frac{e^w}{1 + e^w}$ is convex", "convex", False),
], why="the sigmoid")
E("ml", "Max(0, x) - Max(0, x - 1)", "x", [R], [
    (r"$\operatorname{ReLU}(x) - \operatorname{ReLU}(x - 1)$ is convex", "convex", False),
], why="clipping to [0,1]: f(0)=0, f(2)=1, f(1)=1 > 1/2")

# ---------------------------------------------------------------- chat-assistant users
E("chat", "x**2 + 5", "x", [R], [
    ("hey, quick question: is x^2 + 5 convex?", "convex", True),
    ("can you check if f(x)=x^2+5 is convex", "convex", True),
    ("I think x^2 + 5 is concave. Is that right?", "concave", False),
], why="f'' = 2")
E("chat", "exp(2*x)", "x", [R], [
    ("please verify: e^(2x) is convex", "convex", True),
    ("Is exp(2x) convex? thanks", "convex", True),
], why="f'' = 4e^{2x}")
E("chat", "x**5", "x", [R], [
    ("is x^5 convex or not", "convex", False),
    ("x^5 convex?", "convex", False),
], why="f'' = 20x^3 < 0 for x < 0")
E("chat", "log(x + 1)", "x", [(-0.99, 5)], [
    ("Is log(x+1) concave for x > -1?", "concave", True),
    ("is ln(1+x) concave on (-1, inf)", "concave", True),
], dom=["x > -1"], why="f'' = -1/(1+x)^2")

# ---------------------------------------------------------------- a few more with domains and notation mixes
E("notation", "x**(3/2)", "x", [(0, 5)], [
    ("x^(3/2) is convex for x >= 0", "convex", True),
    ("x**1.5 is convex for x >= 0", "convex", True),
    (r"$x^{1.5}$ is concave on $[0,\infty)$", "concave", False),
], dom=["x >= 0"], why="f'' = (3/4) x^(-1/2)")
E("notation", "x**(-2)", "x", [P], [
    ("x^(-2) is convex for x > 0", "convex", True),
    (r"$x^{-2}$ is strictly convex on $(0,\infty)$", "sconvex", True),
], dom=["x > 0"], why="f'' = 6/x^4")
E("notation", "exp(x)/(exp(x) + exp(y))", "xy", [R, R], [
    (r"$\frac{e^x}{e^x + e^y}$ is convex", "convex", False),
], why="softmax component: sigmoid of x - y")
E("notation", "x**2/y", "xy", [(-4, 4), P], [
    (r"$x^2/y$ is convex on $\{(x, y) : y > 0\}$", "convex", True),
    (r"$\frac{x^2}{y}$ is convex over $\mathbb{R} \times (0, \infty)$", "convex", True),
    ("x^2/y is strictly convex for y > 0", "sconvex", False),
], dom=["y > 0"], why="quadratic over linear; linear along rays (x, y) = t (a, b)")
E("notation", "Max(x, y)", "xy", [R, R], [
    (r"$\max(x, y)$ is convex", "convex", True),
    (r"$\max\{x,y\}$ is concave", "concave", False),
], why="max of linear")
E("notation", "Min(x, y)", "xy", [R, R], [
    (r"$\min(x, y)$ is concave", "concave", True),
    ("min(x, y) is convex", "convex", False),
], why="min of linear")
E("notation", "Abs(x) + Abs(y)", "xy", [R, R], [
    (r"$\|(x, y)\|_1 = |x| + |y|$ is convex", "convex", True),
    ("|x| + |y| is strictly convex", "sconvex", False),
], why="l1 norm")
E("notation", "exp(x)*x**2", "x", [(-0.5, 4)], [
    (r"$x^2 e^x$ is convex for $x \ge -\frac{1}{2}$", "convex", True),
], dom=["x >= -1/2"], why="x^2 + 4x + 2 > 0 for x > -2 + sqrt 2 = -0.586")
E("notation", "x**x", "x", [P], [
    (r"$x^x$ is convex for $x > 0$", "convex", True),
], dom=["x > 0"], why="f'' = x^x ((1 + log x)^2 + 1/x) > 0")
E("notation", "cosh(x)", "x", [R], [
    (r"$\cosh x$ is strictly convex", "sconvex", True),
    ("cosh(x) is concave", "concave", False),
], why="f'' = cosh")
E("notation", "log(cosh(x))", "x", [R], [
    (r"$\log\cosh x$ is convex", "convex", True),
    (r"$\ln(\cosh(x))$ is strictly convex", "sconvex", True),
], why="f'' = sech^2 > 0")
E("notation", "x - log(x)", "x", [P], [
    (r"$x - \ln x$ is convex on $\mathbb R_{>0}$", "convex", True),
], dom=["x > 0"], why="f'' = 1/x^2")
E("notation", "sqrt(1 - x**2)", "x", [(-0.99, 0.99)], [
    (r"$\sqrt{1 - x^2}$ is concave on $[-1, 1]$", "concave", True),
    ("sqrt(1-x^2) is convex on [-1,1]", "convex", False),
], dom=["x >= -1", "x <= 1"], why="the upper half circle")
E("notation", "1/(x*y)", "xy", [P, P], [
    (r"$\frac{1}{xy}$ is convex on $x > 0, y > 0$", "convex", True),
], dom=["x > 0", "y > 0"], why="e^{-u-v} in log coordinates; H det = 3/(x^4y^4) > 0")
E("notation", "x/y", "xy", [P, P], [
    (r"$\frac{x}{y}$ is convex on $x>0, y>0$", "convex", False),
], dom=["x > 0", "y > 0"], why="indefinite Hessian")

# ================================================================ rows that must be refused (holds null)
N("not-claim", "Find where f(x) = x^3 - 3x is concave", "a task, not a claim")
N("not-claim", "convexity of e^x", "a query: no property asserted")
N("not-claim", r"$x^2 \ge 0$ for all $x$", "an inequality, not a curvature property")
N("not-claim", r"$f(x) = x^2$ is increasing for $x > 0$", "monotonicity, not curvature")
N("not-claim", r"Compute the Hessian of $x^2 y$", "a task, not a claim")
N("not-claim", r"$e^x$ is positive", "positivity, not curvature")
N("not-claim", "What is the second derivative of x^3?", "a task, not a claim")
N("domain", r"$\frac{1}{x}$ is convex", "the natural domain x != 0 is not convex",
  [("1/x", ["x"], ["x > 0"], [P], "convex"), ("1/x", ["x"], ["x < 0"], [(-5, -0.01)], "convex")])
N("domain", r"$\log|x|$ is concave", "the natural domain x != 0 is not convex")
N("domain", r"$x^2$ is convex on $|x| > 1$", "the stated set is not convex")
N("domain", "tan(x) is convex", "the natural domain of tan is not convex")
N("ambiguous", "x^1/3 is strictly concave for x > 0", "x^(1/3) or x/3?",
  [("x**Rational(1, 3)", ["x"], ["x > 0"], [P], "sconcave"), ("x/3", ["x"], ["x > 0"], [P], "sconcave")])
N("ambiguous", "e^-x^2 is convex", "e^(-x^2) or (e^-x)^2 = e^(-2x)?",
  [("exp(-x**2)", ["x"], [], [R], "convex"), ("exp(-2*x)", ["x"], [], [R], "convex")])
N("undefined", r"$f$ is convex", "f is never defined")
N("undefined", r"Let $g(x) = x^2$. Then $f$ is convex.", "f is never defined (g is)")
N("polarity", r"Is it not true that $x^2$ is convex?", "a negated question: the polarity is open")
N("polarity", r"Disprove that $e^x$ is convex", "'Disprove' asserts the negation")
N("hypothesis", r"If $x^2$ is convex, then $x^2 + 1$ is convex.", "an implication, not a single claim")
N("hypothesis", r"Assume $f$ is convex. Show that $f(x) + x$ is convex.", "f is an arbitrary function")
N("not-claim", r"$x^2$ is convex?? no way", "the writer rejects the claim: polarity open")
N("not-claim", r"The convex hull of $\{x^2, x^3\}$", "no property asserted")
