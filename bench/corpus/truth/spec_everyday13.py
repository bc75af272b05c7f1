"""Everyday pasted claims, session 13 (blind red team): claims that could be *misread*.

Written before running symconvex on any of them. Where everyday9..12 varied the phrasing, this corpus varies what a
reader could get wrong in the formula and its setting: implicit multiplication (``2x y``, ``x(y+1)``, ``xy`` as a
product, never a name), function application against products (``f(x+1)`` of a defined f, ``sin^2 x``, ``log^2 x``,
``ln x^2``, ``sin 2x``), precedence (``-x^2``, ``e^-x^2``, ``1/2x``, ``x^-1/2``, ``2^-x``), parameters against
variables ("in x", "for fixed a", "for all a > 0", "in w for every x"), domains written many ways, signs of
parameters, subscripts, primes (``f'`` of a defined f is its derivative, never f), absolute values inside products,
max/min with several arguments, piecewise definitions in words, negations and same-subject compounds ("convex but
not strictly convex"), wrong-but-common claims, numbers (``1e-3``, ``0.5``, ``.5``, ``½``, ``1/3 x^3``), bare
function names (``exp``, ``sinh``, ``log_{1/2}``), list labels before a formula (``(b)``, ``(i)``, ``Q3.``), and null
rows of many kinds (region queries, tasks, non-convex or empty domains, ambiguous text, undefined names,
hypotheses, general theorems, complex variables, existential and vague claims).

An entry (as in ``spec_red10.py``): ``expr`` (a SymPy string, natural log), ``vars`` (in order), ``params``,
``dom`` (SymPy relations), ``box`` (the sampling box), ``claims`` as (text, property, holds) with property one of
convex, concave, affine, sconvex, sconcave, notconvex, notconcave, notaffine, notsconvex, notsconcave, neither,
either, or parts joined by ``&`` (all of them: "convex but not strictly convex" is ``convex&notsconvex``); ``why``
states the mathematical reason. Where the text has two readings with the same truth (``1/2x`` on x > 0 is x/2 or
1/(2x), both convex) the entry is one of them and ``why`` names the other. ``verify_spec.py everyday13`` re-derives
every answer independently of symconvex.

``NULLS``: rows whose expected answer is a refusal or undecided (``holds`` null), each with its cause and, when the
text is ambiguous, two readings (expr, vars, dom, box, property) whose truths must differ.
"""

ENTRIES = []
NULLS = []
R = (-4, 4)
P = (0.01, 5)
N_ = (-5, -0.01)
U = (0.001, 0.999)


def E(kind, expr, vars, box, claims, dom=(), params=None, why="", flat=(), source="everyday13"):
    ENTRIES.append({"source": source, "kind": kind, "expr": expr, "vars": list(vars), "box": list(box),
                    "dom": list(dom), "params": dict(params or {}), "why": why, "flat": list(flat),
                    "claims": [tuple(c) for c in claims]})


def N(kind, text, cause, readings=()):
    """A null row; readings: (expr, vars, dom, box, property) pairs whose truths must differ."""
    NULLS.append({"kind": kind, "claim": text, "why": cause, "readings": [tuple(r) for r in readings],
                  "source": "everyday13"})


# ---------------------------------------------------------------- implicit multiplication
E("implicit", "2*x*y", "xy", [R, R], [
    ("2x y is convex", "convex", False),
    ("$2x y$ is not convex", "notconvex", True),
    ("2xy is concave on R^2", "concave", False),
], why="Hessian [[0, 2], [2, 0]] indefinite")
E("implicit", "x*y + x", "xy", [R, R], [
    ("x(y+1) is convex", "convex", False),
    ("$x(y + 1)$ is neither convex nor concave", "neither", True),
], why="Hessian [[0, 1], [1, 0]] indefinite")
E("implicit", "x**2 + x", "x", [R], [
    ("x(x+1) is convex", "convex", True),
    ("x (x + 1) is strictly convex", "sconvex", True),
], why="f'' = 2")
E("implicit", "3*x**2 - 6*x", "x", [R], [
    ("3x(x - 2) is concave", "concave", False),
    ("3x(x-2) is convex", "convex", True),
], why="f'' = 6")
E("implicit", "x - x**2", "x", [R], [
    ("x(1-x) is concave", "concave", True),
    ("x(1 - x) is strictly concave on [0, 1]", "sconcave", True),
], why="f'' = -2")
E("implicit", "x**2 - 1", "x", [R], [
    ("(x+1)(x-1) is convex", "convex", True),
], why="x^2 - 1: f'' = 2")
E("implicit", "x**2 - y**2", "xy", [R, R], [
    ("(x-y)(x+y) is convex", "convex", False),
    ("(x - y)(x + y) is concave", "concave", False),
], why="x^2 - y^2: Hessian diag(2, -2)")
E("implicit", "(x + y)**2", "xy", [R, R], [
    ("(x+y)^2 is convex", "convex", True),
    ("(x + y)(x + y) is strictly convex", "sconvex", False),
], why="(x + y)^2: PSD Hessian, constant along (1, -1)", flat=[((1, -1), (2, -2))])
E("implicit", "4*x*y - x**2 - 5*y**2", "xy", [R, R], [
    ("4xy - x^2 - 5y^2 is concave", "concave", True),
    ("4xy - x^2 - 5y^2 is strictly concave", "sconcave", True),
], why="Hessian [[-2, 4], [4, -10]]: trace -12, det 4 > 0, negative definite")
E("implicit", "x**2 + 3*x*y + y**2", "xy", [R, R], [
    ("x^2 + 3xy + y^2 is convex", "convex", False),
], why="Hessian [[2, 3], [3, 2]]: det -5 < 0")
E("implicit", "2*x**2 + x*y + y**2", "xy", [R, R], [
    ("2x^2 + xy + y^2 is strictly convex", "sconvex", True),
], why="Hessian [[4, 1], [1, 2]]: det 7 > 0")
E("implicit", "x*y", "xy", [P, P], [
    ("xy is convex for x > 0, y > 0", "convex", False),
    ("xy is concave on the positive quadrant", "concave", False),
], dom=["x > 0", "y > 0"], why="Hessian [[0, 1], [1, 0]] indefinite")
E("implicit", "x*y*z", "xyz", [P, P, P], [
    ("xyz is convex for x, y, z > 0", "convex", False),
], dom=["x > 0", "y > 0", "z > 0"], why="restricted to x = y = z = t: t^3 is convex, but along (1, -1, 0) "
                                           "at (1, 1, 1) the second derivative is -2z < 0")
E("implicit", "x*y**2", "xy", [R, R], [
    ("xy^2 is convex", "convex", False),
], why="f(-1, y) = -y^2")
E("implicit", "x**2*y**2", "xy", [R, R], [
    ("x^2y^2 is convex", "convex", False),
], why="f(1, 0) = f(0, 1) = 0 < f(1/2, 1/2) = 1/16")
E("implicit", "(x + 1)*(y + 1)", "xy", [P, P], [
    ("(x+1)(y+1) is convex for x, y > 0", "convex", False),
], dom=["x > 0", "y > 0"], why="xy + x + y + 1: Hessian [[0, 1], [1, 0]]")
E("implicit", "exp(x*y)", "xy", [R, R], [
    ("e^{xy} is convex", "convex", False),
    ("exp(xy) is convex", "convex", False),
], why="Hessian at 0: [[0, 1], [1, 0]]")
E("implicit", "E*x**2", "x", [R], [
    ("$e x^2$ is convex", "convex", True),
], why="e is Euler's number: e x^2 has f'' = 2e > 0")
E("implicit", "pi*x**2", "x", [R], [
    ("πx^2 is strictly convex", "sconvex", True),
    ("$\\pi r^2$ is convex in $r$", "convex", True),
], why="f'' = 2 pi")
E("implicit", "2*pi*x", "x", [R], [
    ("2πx is affine", "affine", True),
], why="linear")

# ---------------------------------------------------------------- function application against products
E("apply", "(x + 1)**2", "x", [R], [
    ("Let f(x) = x^2. Then f(x+1) is convex.", "convex", True),
    ("Let $f(x) = x^2$. Is $f(x+1)$ strictly concave?", "sconcave", False),
], why="(x + 1)^2: f'' = 2")
E("apply", "-(x - 2)**2", "x", [R], [
    ("Let g(x) = -x^2. g(x-2) is concave", "concave", True),
    ("With g(x) = -x^2, g(x - 2) is convex", "convex", False),
], why="-(x - 2)^2: f'' = -2")
E("apply", "exp(2*x)", "x", [R], [
    ("f(x) = e^x; is f(2x) convex?", "convex", True),
    ("e^{2x} is strictly convex", "sconvex", True),
], why="f'' = 4 e^{2x}")
E("apply", "log(x**2 + 1)", "x", [R], [
    ("Let f(t) = log t. Is f(x^2 + 1) convex?", "convex", False),
    ("Let $f(t) = \\log t$. Then $f(x^2+1)$ is convex in $x$.", "convex", False),
], why="f'' = 2(1 - x^2)/(1 + x^2)^2 < 0 for |x| > 1")
E("apply", "x**6", "x", [R], [
    ("Let h(t) = t^3. Is h(x^2) convex?", "convex", True),
], why="x^6: f'' = 30 x^4")
E("apply", "exp(-x)", "x", [R], [
    ("Let p(x) = e^x. Then p(-x) is concave.", "concave", False),
    ("Let p(x) = e^x. Then p(-x) is convex.", "convex", True),
], why="e^{-x}: f'' = e^{-x} > 0")
E("apply", "(x**2 - 1)**2", "x", [R], [
    ("Let f(x) = x^2 - 1 and g(x) = f(x)^2. g is convex.", "convex", False),
], why="(x^2 - 1)^2: f'' = 12x^2 - 4 < 0 at 0")
E("apply", "Abs(x - 1) + Abs(x + 1)", "x", [R], [
    ("With f(x) = |x|, f(x - 1) + f(x + 1) is convex", "convex", True),
    ("|x - 1| + |x + 1| is strictly convex", "sconvex", False),
], why="sum of convex; constant 2 on [-1, 1]", flat=[((-1,), (1,))])
E("apply", "sqrt(2*x)", "x", [P], [
    ("g(x) = f(2x) where f(x) = sqrt(x). g is concave for x > 0", "concave", True),
], dom=["x > 0"], why="sqrt(2x): f'' = -(2x)^{-3/2}/2 * 2 < 0")
E("apply", "x**3", "x", [P], [
    ("f(x) = x^3; f is convex on x > 0", "convex", True),
], dom=["x > 0"], why="f'' = 6x > 0")
E("apply", "sin(x)**2", "x", [R], [
    ("sin^2 x is convex", "convex", False),
    ("$\\sin^2 x$ is concave", "concave", False),
], why="f'' = 2 cos 2x changes sign")
E("apply", "sin(x)**2", "x", [(-0.785, 0.785)], [
    ("sin^2(x) is convex on [-pi/4, pi/4]", "convex", True),
], dom=["x >= -pi/4", "x <= pi/4"], why="f'' = 2 cos 2x >= 0 for |x| <= pi/4")
E("apply", "cos(x)**2", "x", [(-0.785, 0.785)], [
    ("$\\cos^2 x$ is concave on $[-\\pi/4, \\pi/4]$", "concave", True),
], dom=["x >= -pi/4", "x <= pi/4"], why="f'' = -2 cos 2x <= 0 for |x| <= pi/4")
E("apply", "log(x)**2", "x", [P], [
    ("log^2 x is convex for x > 0", "convex", False),
    ("$\\log^2(x)$ is concave on $x > 0$", "concave", False),
], dom=["x > 0"], why="f'' = 2(1 - ln x)/x^2: > 0 for x < e, < 0 for x > e")
E("apply", "log(x)**2", "x", [(0.01, 2.718)], [
    ("log^2 x is convex for 0 < x < e", "convex", True),
], dom=["x > 0", "x < E"], why="f'' = 2(1 - ln x)/x^2 >= 0 for x <= e")
E("apply", "log(x**2)", "x", [P], [
    ("ln x^2 is concave for x > 0", "concave", True),
    ("log x^2 is convex for x > 0", "convex", False),
], dom=["x > 0"], why="ln(x^2) = 2 ln x on x > 0, f'' = -2/x^2 ((ln x)^2 is not convex on x > 0 either)")
E("apply", "sin(2*x)", "x", [(0, 1.5707)], [
    ("sin 2x is strictly concave on [0, π/2]", "sconcave", True),
    ("sin 2x is convex on [0, pi/2]", "convex", False),
], dom=["x >= 0", "x <= pi/2"], why="f'' = -4 sin 2x < 0 inside (0, pi/2)")
E("apply", "cos(2*x)", "x", [(0.786, 2.356)], [
    ("cos 2x is convex on [π/4, 3π/4]", "convex", True),
], dom=["x >= pi/4", "x <= 3*pi/4"], why="f'' = -4 cos 2x >= 0 where 2x is in [pi/2, 3pi/2]")
E("apply", "sin(x)*cos(x)", "x", [(0, 1.5707)], [
    ("sin x cos x is concave on [0, π/2]", "concave", True),
], dom=["x >= 0", "x <= pi/2"], why="sin(2x)/2: f'' = -2 sin 2x <= 0")
E("apply", "sin(x)**2 + cos(x)**2", "x", [R], [
    ("sin^2 x + cos^2 x is affine", "affine", True),
    ("sin^2 x + cos^2 x is strictly convex", "sconvex", False),
], why="identically 1")
E("apply", "tan(x)**2", "x", [(-1.5, 1.5)], [
    ("tan^2 x is convex on (-π/2, π/2)", "convex", True),
], dom=["x > -pi/2", "x < pi/2"], why="sec^2 - 1: f'' = 2 sec^2 x (sec^2 x + 2 tan^2 x) > 0")
E("apply", "sin(x)", "x", [(0, 3.1415)], [
    ("sinx is concave on [0, π]", "concave", True),
], dom=["x >= 0", "x <= pi"], why="f'' = -sin x <= 0")
E("apply", "log(x)", "x", [P], [
    ("logx is concave for x>0", "concave", True),
], dom=["x > 0"], why="f'' = -1/x^2")
E("apply", "cos(x)", "x", [(1.5708, 4.7123)], [
    ("cosx is convex on [π/2, 3π/2]", "convex", True),
], dom=["x >= pi/2", "x <= 3*pi/2"], why="f'' = -cos x >= 0")
E("apply", "log(x)/x", "x", [P], [
    ("ln x/x is convex for x > 0", "convex", False),
], dom=["x > 0"], why="(ln x)/x: f'' = (2 ln x - 3)/x^3 < 0 for x < e^{3/2}")
E("apply", "exp(x)/x", "x", [P], [
    ("e^x/x is convex for x > 0", "convex", True),
], dom=["x > 0"], why="f'' = e^x (x^2 - 2x + 2)/x^3 > 0")
E("apply", "y*log(x)", "xy", [P, R], [
    ("log(x)y is concave for x > 0", "concave", False),
], dom=["x > 0"], why="Hessian [[-y/x^2, 1/x], [1/x, 0]]: det -1/x^2 < 0")

# ---------------------------------------------------------------- primes and derivatives of a defined function
E("prime", "3*x**2", "x", [R], [
    ("Let f(x) = x^3. Then f' is convex.", "convex", True),
], why="f' = 3x^2")
E("prime", "x**2", "x", [R], [
    ("Let f(x) = x^4/12. Is f'' convex?", "convex", True),
], why="f'' = x^2")
E("prime", "-exp(-x)", "x", [R], [
    ("f(x) = e^{-x}; f' is concave", "concave", True),
], why="f' = -e^{-x}: second derivative -e^{-x} < 0")
E("prime", "x**2/2 - 1", "x", [R], [
    ("Let f(x) = x^3/6 - x. f' is strictly convex", "sconvex", True),
], why="f' = x^2/2 - 1")
E("prime", "cos(x)", "x", [(-1.5707, 1.5707)], [
    ("Let g(x) = sin x. g' is concave on [-π/2, π/2]", "concave", True),
], dom=["x >= -pi/2", "x <= pi/2"], why="g' = cos x, concave where cos >= 0")
E("prime", "x**2", "x", [R], [
    ("f'(x) = x^2 is convex", "convex", True),
], why="the function named f' is x^2")

# ---------------------------------------------------------------- precedence and signs
E("precedence", "-x**2", "x", [R], [
    ("-x^2 is concave", "concave", True),
    ("-x^2 is convex", "convex", False),
    ("−x² is strictly concave", "sconcave", True),
    ("-x**2 is concave", "concave", True),
], why="-(x^2): f'' = -2")
E("precedence", "x**2", "x", [R], [
    ("(-x)^2 is convex", "convex", True),
    ("(-x)**2 is strictly convex", "sconvex", True),
], why="x^2")
E("precedence", "-x**3", "x", [N_], [
    ("-x^3 is convex for x < 0", "convex", True),
    ("(-x)^3 is convex for x<0", "convex", True),
], dom=["x < 0"], why="f'' = -6x > 0 for x < 0")
E("precedence", "-x**3", "x", [P], [
    ("-x^3 is convex for x > 0", "convex", False),
], dom=["x > 0"], why="f'' = -6x < 0")
E("precedence", "exp(-x**2)", "x", [R], [
    ("e^-x^2 is convex", "convex", False),
    ("e^-x^2 is concave", "concave", False),
    ("exp(-x**2) is convex", "convex", False),
], why="e^{-x^2}: f'' = (4x^2 - 2) e^{-x^2} changes sign ((e^{-x})^2 = e^{-2x} is not concave either)")
E("precedence", "exp(x**2)", "x", [R], [
    ("e^x^2 is convex", "convex", True),
], why="e^{x^2}: f'' = (2 + 4x^2) e^{x^2} > 0 ((e^x)^2 is convex too)")
E("precedence", "2**(-x)", "x", [R], [
    ("2^-x is convex", "convex", True),
    ("3^(-x) is concave", "concave", False),
], why="b^{-x} = e^{-x ln b}: f'' = (ln b)^2 b^{-x} > 0")
E("precedence", "-2**x", "x", [R], [
    ("-2^x is concave", "concave", True),
], why="-(2^x): f'' = -(ln 2)^2 2^x < 0")
E("precedence", "-exp(-x)", "x", [R], [
    ("-e^{-x} is concave", "concave", True),
    ("-e^-x is convex", "convex", False),
], why="f'' = -e^{-x} < 0")
E("precedence", "exp(-x)", "x", [R], [
    ("e^-x is convex", "convex", True),
    ("exp(x)^-1 is convex", "convex", True),
    ("1/e^x is strictly convex", "sconvex", True),
], why="e^{-x}: f'' = e^{-x} > 0")
E("precedence", "x**(-Rational(1, 2))", "x", [P], [
    ("x^-1/2 is convex for x > 0", "convex", True),
    ("x^-1/2 is concave for x > 0", "concave", False),
], dom=["x > 0"], why="x^{-1/2}: f'' = (3/4) x^{-5/2} > 0 (the reading x^{-1}/2 is convex on x > 0 too)")
E("precedence", "x/2", "x", [P], [
    ("1/2x is convex for x > 0", "convex", True),
], dom=["x > 0"], why="x/2 is affine (the reading 1/(2x) is convex on x > 0 too)")
E("precedence", "x**2/2", "x", [R], [
    ("1/2 x^2 is convex", "convex", True),
    ("½x² is convex", "convex", True),
    ("0.5x^2 is strictly convex", "sconvex", True),
    (".5x^2 is convex", "convex", True),
    ("x^2/0.5 is convex", "convex", True),
], why="f'' = 1 (x^2/0.5 = 2x^2: f'' = 4; 1/(2x^2) has the non-convex natural domain x != 0)")
E("precedence", "x**(-2)", "x", [P], [
    ("x^{-2} is convex on x > 0", "convex", True),
    ("2x^-1 is convex for x>0", "convex", True),
    ("(2x)^-1 is convex for x > 0", "convex", True),
], dom=["x > 0"], why="x^{-2}: 6/x^4 > 0; 2/x and 1/(2x): 4/x^3 and 1/x^3 > 0")
E("precedence", "x**(-2)", "x", [N_], [
    ("x^-2 is convex for x<0", "convex", True),
], dom=["x < 0"], why="f'' = 6/x^4 > 0")
E("precedence", "1/x", "x", [N_], [
    ("x^{-1} is concave for x < 0", "concave", True),
    ("1/x is convex for x < 0", "convex", False),
], dom=["x < 0"], why="f'' = 2/x^3 < 0 for x < 0")
E("precedence", "-(x - 1)**2", "x", [R], [
    ("-(x-1)^2 is concave", "concave", True),
    ("-(x - 1)^2 is strictly convex", "sconvex", False),
], why="f'' = -2")
E("precedence", "-x**4", "x", [R], [
    ("-x^4 is convex", "convex", False),
], why="-x^4: f'' = -12x^2")
E("precedence", "x**4", "x", [R], [
    ("(-x)^4 is concave", "concave", False),
], why="(-x)^4 = x^4: f'' = 12x^2")
E("precedence", "exp(x) - x", "x", [R], [
    ("e^x - x is convex", "convex", True),
], why="f'' = e^x")
E("precedence", "x - exp(x)", "x", [R], [
    ("x - e^x is convex", "convex", False),
], why="f'' = -e^x")
E("precedence", "sqrt(x) + 1", "x", [P], [
    ("sqrt x + 1 is concave for x ≥ 0", "concave", True),
], dom=["x >= 0"], why="sqrt(x) + 1 (or sqrt(x + 1)): concave")
E("precedence", "log(x) + 1", "x", [P], [
    ("log x + 1 is concave for x > 0", "concave", True),
], dom=["x > 0"], why="log(x) + 1 (or log(x + 1)): concave")
E("precedence", "x**Rational(3, 2)", "x", [P], [
    ("sqrt x^3 is convex for x > 0", "convex", True),
    ("(sqrt x)^3 is convex for x>0", "convex", True),
    ("x^1.5 is convex for x ≥ 0", "convex", True),
], dom=["x > 0"], why="x^{3/2}: f'' = (3/4) x^{-1/2} > 0")
E("precedence", "2**(x**2)", "x", [R], [
    ("2^x^2 is convex", "convex", True),
], why="2^{x^2} = e^{x^2 ln 2}: convex (convex increasing of convex)")

# ---------------------------------------------------------------- bare function names
E("names", "exp(x)", "x", [R], [
    ("exp is convex", "convex", True),
    ("exp is strictly concave", "sconcave", False),
], why="f'' = e^x")
E("names", "log(x)", "x", [P], [
    ("log is convex", "convex", False),
    ("ln is concave", "concave", True),
], dom=["x > 0"], why="f'' = -1/x^2 on the natural domain x > 0")
E("names", "sqrt(x)", "x", [P], [
    ("sqrt is concave", "concave", True),
    ("sqrt is strictly convex", "sconvex", False),
], dom=["x >= 0"], why="f'' = -x^{-3/2}/4")
E("names", "Abs(x)", "x", [R], [
    ("abs is strictly convex", "sconvex", False),
    ("abs is convex", "convex", True),
], why="|x|: linear on x > 0")
E("names", "tanh(x)", "x", [P], [
    ("tanh is concave on [0, ∞)", "concave", True),
], dom=["x >= 0"], why="f'' = -2 tanh(x) sech^2(x) <= 0 for x >= 0")
E("names", "cosh(x)", "x", [R], [
    ("cosh is strictly convex", "sconvex", True),
], why="f'' = cosh x > 0")
E("names", "sinh(x)", "x", [R], [
    ("sinh is convex", "convex", False),
], why="f'' = sinh x < 0 for x < 0")
E("names", "sinh(x)", "x", [P], [
    ("sinh(x) is convex on the positive reals", "convex", True),
    ("sinh x is convex for x ≥ 0", "convex", True),
], dom=["x >= 0"], why="f'' = sinh x > 0")
E("names", "atan(x)", "x", [P], [
    ("arctan x is concave for x ≥ 0", "concave", True),
], dom=["x >= 0"], why="f'' = -2x/(1 + x^2)^2")
E("names", "atan(x)", "x", [R], [
    ("arctan(x) is convex", "convex", False),
], why="f'' = -2x/(1 + x^2)^2 < 0 for x > 0")
E("names", "-log(x)/log(2)", "x", [P], [
    ("log_{1/2} x is convex for x > 0", "convex", True),
    ("$\\log_{1/2} x$ is concave for $x > 0$", "concave", False),
], dom=["x > 0"], why="log base 1/2 = -ln x / ln 2: f'' = 1/(x^2 ln 2) > 0")
E("names", "log(x)/log(2)", "x", [P], [
    ("log_2 x is concave", "concave", True),
    ("log2(x) is concave for x > 0", "concave", True),
], dom=["x > 0"], why="ln x / ln 2: f'' = -1/(x^2 ln 2)")
E("names", "log(x)/log(10)", "x", [P], [
    ("$\\log_{10}(x)$ is strictly concave", "sconcave", True),
], dom=["x > 0"], why="f'' = -1/(x^2 ln 10)")
E("names", "sign(x)*Abs(x)**Rational(1, 3)", "x", [R], [
    ("cbrt(x) is concave", "concave", False),
], why="the real cube root: convex for x < 0 (f'' = -(2/9) x^{-5/3} > 0 there)")
E("names", "sign(x)*Abs(x)**Rational(1, 3)", "x", [N_], [
    ("np.cbrt(x) is convex for x < 0", "convex", True),
], dom=["x < 0"], why="-(-x)^{1/3}: f'' = (2/9)(-x)^{-5/3} > 0")
E("names", "erf(x)", "x", [P], [
    ("erf is concave for x ≥ 0", "concave", True),
], dom=["x >= 0"], why="erf'' = -(4x/sqrt(pi)) e^{-x^2} <= 0")

# ---------------------------------------------------------------- parameters against variables
E("param", "a*x**2", "x", [R], [
    ("ax^2 is convex in x for fixed a > 0", "convex", True),
], params={"a": ["1/10", "1", "4"]}, why="f'' = 2a > 0")
E("param", "a*x**2", "a", [R], [
    ("a x^2 is convex in a", "convex", True),
    ("a x^2 is strictly convex in a", "sconvex", False),
], params={"x": ["-2", "0", "1/3", "3"]}, why="linear in a for each fixed x")
E("param", "x*y", "x", [R], [
    ("xy is convex in x", "convex", True),
    ("xy is strictly convex in x", "sconvex", False),
], params={"y": ["-3", "0", "2"]}, why="linear in x for fixed y")
E("param", "x**2*y", "x", [R], [
    ("x^2 y is convex in x for y > 0", "convex", True),
], params={"y": ["1/100", "1", "5"]}, why="f'' = 2y > 0")
E("param", "x**2*y", "x", [R], [
    ("x^2 y is convex in x", "convex", False),
], params={"y": ["-1", "0", "2"]}, why="for y = -1 it is -x^2")
E("param", "x**2*y", "y", [R], [
    ("x^2 y is convex in y", "convex", True),
], params={"x": ["-1", "0", "2"]}, why="linear in y")
E("param", "exp(a*x)", "a", [R], [
    ("e^{ax} is convex in a", "convex", True),
], params={"x": ["-2", "0", "1/2", "3"]}, why="d^2/da^2 = x^2 e^{ax} >= 0")
E("param", "log(x + a)", "x", [(-0.9, 4)], [
    ("log(x + a) is concave in x for all a", "concave", True),
], dom=["x > -a"], params={"a": ["-1/2", "1", "3"]}, why="f'' = -1/(x + a)^2 on x > -a")
E("param", "(x - a)**2", "x", [R], [
    ("(x - a)^2 is convex for all a", "convex", True),
], params={"a": ["-2", "0", "5/2"]}, why="f'' = 2")
E("param", "x**2 - a*x**4", "x", [R], [
    ("x^2 - a x^4 is convex for a > 0", "convex", False),
], params={"a": ["1/10", "1"]}, why="f'' = 2 - 12 a x^2 < 0 for x^2 > 1/(6a)")
E("param", "a*Abs(x)", "x", [R], [
    ("a|x| is convex for a ≥ 0", "convex", True),
], params={"a": ["0", "1/2", "3"]}, why="nonnegative multiple of |x|")
E("param", "a*Abs(x)", "x", [R], [
    ("a|x| is convex in x", "convex", False),
], params={"a": ["-1", "0", "2"]}, why="for a = -1 it is -|x|")
E("param", "x**a", "x", [P], [
    ("x^a is convex for x > 0 and a < 0", "convex", True),
], dom=["x > 0"], params={"a": ["-3", "-1", "-1/2"]}, why="f'' = a(a - 1) x^{a-2} > 0 for a < 0")
E("param", "x**a", "x", [P], [
    ("For every a > 0, x^a is convex on x > 0", "convex", False),
], dom=["x > 0"], params={"a": ["1/2", "1", "2"]}, why="a = 1/2: sqrt is strictly concave")
E("param", "x**a", "x", [P], [
    ("For all a ≥ 1, x^a is convex for x > 0", "convex", True),
], dom=["x > 0"], params={"a": ["1", "3/2", "2", "7"]}, why="f'' = a(a - 1) x^{a-2} >= 0")
E("param", "Abs(x)**p", "x", [R], [
    ("|x|^p is convex for p >= 1", "convex", True),
], params={"p": ["1", "3/2", "2", "4"]}, why="convex increasing t^p of |x|, t >= 0")
E("param", "a*x**2 + 1/a", "x", [R], [
    ("a x^2 + 1/a is convex in x for all a > 0", "convex", True),
], params={"a": ["1/3", "1", "4"]}, why="f'' = 2a > 0")
E("param", "x**2/y", "x", [R], [
    ("for fixed y > 0, x^2/y is convex in x", "convex", True),
], params={"y": ["1/10", "1", "3"]}, why="f'' = 2/y > 0")
E("param", "x**2/y", "y", [P], [
    ("x^2/y is convex in y for y > 0", "convex", True),
], dom=["y > 0"], params={"x": ["0", "1", "-3"]}, why="d^2/dy^2 = 2x^2/y^3 >= 0")
E("param", "y/x", "x", [P], [
    ("y/x is convex in x for x > 0 and y > 0", "convex", True),
], dom=["x > 0"], params={"y": ["1/10", "1", "3"]}, why="f'' = 2y/x^3 > 0")
E("param", "y/x", "xy", [P, P], [
    ("y/x is convex for x > 0, y > 0", "convex", False),
], dom=["x > 0", "y > 0"], why="Hessian [[2y/x^3, -1/x^2], [-1/x^2, 0]]: det -1/x^4 < 0")
E("param", "x**y", "y", [R], [
    ("x^y is convex in y for x > 0", "convex", True),
], params={"x": ["1/3", "1", "5"]}, why="e^{y ln x}: second derivative (ln x)^2 x^y >= 0")
E("param", "x**y", "xy", [P, P], [
    ("x^y is convex for x > 0, y > 0", "convex", False),
], dom=["x > 0", "y > 0"], why="y = 1/2: sqrt(x) along x; a midpoint violation")
E("param", "x*exp(w)", "w", [R], [
    ("x e^w is convex in w", "convex", False),
], params={"x": ["-1", "0", "2"]}, why="x = -1: -e^w is strictly concave")
E("param", "x*exp(w)", "w", [R], [
    ("x e^w is convex in w for x ≥ 0", "convex", True),
], params={"x": ["0", "1/2", "3"]}, why="nonnegative multiple of e^w")
E("param", "(w*x - y)**2", "w", [R], [
    ("(w x - y)^2 is convex in w", "convex", True),
], params={"x": ["-2", "0", "1"], "y": ["-1", "2"]}, why="d^2/dw^2 = 2x^2 >= 0")
E("param", "(w*x - y)**2", "wx", [R, R], [
    ("(w x - y)^2 is convex in (w, x)", "convex", False),
], params={"y": ["1"]}, why="(wx - 1)^2 along w = x = t: (t^2 - 1)^2 is not convex")
E("param", "log(1 + exp(-y*w*x))", "w", [R], [
    ("log(1 + e^{-y w x}) is convex in w", "convex", True),
], params={"x": ["-2", "1/2", "3"], "y": ["-1", "1"]}, why="softplus of a linear function of w")
E("param", "w1*x1 + w2*x2", ["w1", "w2"], [R, R], [
    ("w_1 x_1 + w_2 x_2 is affine in w_1, w_2", "affine", True),
], params={"x1": ["-1", "2"], "x2": ["0", "3"]}, why="linear in w")
E("param", "lam*x**2", "x", [R], [
    ("λx^2 is convex for λ > 0", "convex", True),
], params={"lam": ["1/100", "1", "9"]}, why="f'' = 2 lambda > 0")
E("param", "lam*Abs(x) + x**2", "x", [R], [
    ("λ|x| + x^2 is strictly convex for λ ≥ 0", "sconvex", True),
], params={"lam": ["0", "1/2", "3"]}, why="strictly convex x^2 plus convex")
E("param", "exp(-beta*x)", "x", [R], [
    ("e^{-βx} is convex for β > 0", "convex", True),
], params={"beta": ["1/10", "1", "4"]}, why="f'' = beta^2 e^{-beta x}")
E("param", "beta*exp(x)", "x", [R], [
    ("β e^x is convex for β < 0", "convex", False),
], params={"beta": ["-2", "-1/3"]}, why="f'' = beta e^x < 0")
E("param", "alpha*x + b", "x", [R], [
    ("α x + b is affine in x", "affine", True),
], params={"alpha": ["-1", "0", "2"], "b": ["0", "3"]}, why="linear plus constant")

# ---------------------------------------------------------------- domains written many ways
E("domain", "x**3", "x", [P], [
    ("x^3 is convex on [0, ∞)", "convex", True),
    ("x^3 is convex on ℝ≥0", "convex", True),
    ("x^3 is convex for x ∈ [0, +∞)", "convex", True),
    ("x^3 is convex for nonnegative x", "convex", True),
    ("x^3 is convex on {x : x ≥ 0}", "convex", True),
    ("$x^3$ is convex on $\\{x \\ge 0\\}$", "convex", True),
    ("x^3 is convex over the nonnegative reals", "convex", True),
    ("x^3 is convex on 0 <= x <= 5", "convex", True),
    ("x^3 is convex on x ≥ 1e-3", "convex", True),
    ("x^3 is strictly convex for x > 0", "sconvex", True),
], dom=["x >= 0"], why="f'' = 6x >= 0 on x >= 0 (each stated set is inside it)")
E("domain", "x**3", "x", [(-5, 0)], [
    ("x^3 is concave on (-∞, 0]", "concave", True),
    ("x^3 is concave on (−∞,0)", "concave", True),
    ("x^3 is concave for x ≤ 0", "concave", True),
    ("x^3 is concave on [-2, -1]", "concave", True),
], dom=["x <= 0"], why="f'' = 6x <= 0 on x <= 0")
E("domain", "x**3", "x", [(-0.5, 1)], [
    ("x^3 is convex on x >= -1", "convex", False),
    ("x^3 is convex on x > -0.5", "convex", False),
    ("x^3 is convex on [−1, 1]", "convex", False),
    ("x^3 is convex on -1<x<1", "convex", False),
], dom=["x > -1/2", "x < 1"], why="f'' = 6x < 0 on (-1/2, 0); each stated set contains (-1/2, 1), where the "
                                   "verifier's counterexample lies")
E("domain", "sin(x)", "x", [(3.1416, 6.2831)], [
    ("sin(x) is convex on [π, 2π]", "convex", True),
], dom=["x >= pi", "x <= 2*pi"], why="f'' = -sin x >= 0 where sin x <= 0")
E("domain", "sin(x)", "x", [(-3.1415, 0)], [
    ("sin x is convex on (-π, 0)", "convex", True),
], dom=["x > -pi", "x < 0"], why="f'' = -sin x > 0 where sin x < 0")
E("domain", "sin(x)", "x", [(0, 4)], [
    ("sin x is concave on [0, 4]", "concave", False),
], dom=["x >= 0", "x <= 4"], why="f'' = -sin x > 0 on (pi, 4]")
E("domain", "tan(x)", "x", [(0, 1.5)], [
    ("tan x is convex on [0, π/2)", "convex", True),
], dom=["x >= 0", "x < pi/2"], why="f'' = 2 tan x sec^2 x >= 0")
E("domain", "tan(x)", "x", [(-1.5, 1.5)], [
    ("tan(x) is convex on (-pi/2, pi/2)", "convex", False),
], dom=["x > -pi/2", "x < pi/2"], why="f'' < 0 for x < 0")
E("domain", "sqrt(x)", "x", [P], [
    ("sqrt(x) is concave on [0, ∞)", "concave", True),
    ("√x is strictly concave on ℝ₊", "sconcave", True),
], dom=["x >= 0"], why="f'' = -x^{-3/2}/4 < 0")
E("domain", "log(x)", "x", [(0.001, 1)], [
    ("log x is concave on (0, 1]", "concave", True),
], dom=["x > 0", "x <= 1"], why="f'' = -1/x^2")
E("domain", "x*log(x)", "x", [U], [
    ("x log x is convex on (0, 1)", "convex", True),
    ("x ln x is concave for 0 < x < 1", "concave", False),
], dom=["x > 0", "x < 1"], why="f'' = 1/x > 0")
E("domain", "x**4 - 2*x**2", "x", [(1, 5)], [
    ("x^4 - 2x^2 is convex for x ≥ 1", "convex", True),
], dom=["x >= 1"], why="f'' = 12x^2 - 4 >= 8")
E("domain", "x**4 - 2*x**2", "x", [(-0.5, 0.5)], [
    ("x^4 - 2x^2 is convex on |x| <= 1/2", "convex", False),
], dom=["x >= -1/2", "x <= 1/2"], why="f''(0) = -4")
E("domain", "x**4 - 2*x**2", "x", [(-0.577, 0.577)], [
    ("x^4 - 2x^2 is concave for |x| < 1/√3", "concave", True),
], dom=["x > -1/sqrt(3)", "x < 1/sqrt(3)"], why="f'' = 12x^2 - 4 <= 0 for x^2 <= 1/3")
E("domain", "x*exp(x)", "x", [R], [
    ("xe^x is convex", "convex", False),
], why="f'' = (x + 2) e^x < 0 for x < -2")
E("domain", "x*exp(x)", "x", [(-2, 4)], [
    ("xe^x is convex for x ≥ -2", "convex", True),
], dom=["x >= -2"], why="f'' = (x + 2) e^x >= 0")
E("domain", "x**2", "x", [(-1, 1)], [
    ("x^2 is convex on the closed interval from -1 to 1", "convex", True),
], dom=["x >= -1", "x <= 1"], why="f'' = 2")

# ---------------------------------------------------------------- subscripts and indices
E("subscript", "x1**2 + x2**2", ["x1", "x2"], [R, R], [
    ("x_1^2 + x_2^2 is convex", "convex", True),
    ("$x_1^2 + x_2^2$ is strictly convex in $(x_1, x_2)$", "sconvex", True),
], why="H = 2I")
E("subscript", "x1*x2", ["x1", "x2"], [R, R], [
    ("x_1 x_2 is convex", "convex", False),
    ("x1*x2 is concave", "concave", False),
], why="indefinite")
E("subscript", "w1**2 - w2**2", ["w1", "w2"], [R, R], [
    ("w_1^2 - w_2^2 is concave", "concave", False),
], why="diag(2, -2)")
E("subscript", "(w1 + w2)**2", ["w1", "w2"], [R, R], [
    ("(w_1 + w_2)^2 is strictly convex in w_1, w_2", "sconvex", False),
], why="constant along (1, -1)", flat=[((1, -1), (2, -2))])
E("subscript", "x1**2 + x2", ["x1", "x2"], [R, R], [
    ("x_1^2 + x_2 is convex in (x_1, x_2)", "convex", True),
    ("x_1^2 + x_2 is strictly convex", "sconvex", False),
], why="affine in x_2", flat=[((0, 0), (0, 1))])
E("subscript", "x12**2", ["x12"], [R], [
    ("x_{12}^2 is convex", "convex", True),
], why="a square")
E("subscript", "x1*log(x1) + x2*log(x2)", ["x1", "x2"], [P, P], [
    ("x_1 log x_1 + x_2 log x_2 is convex on x_1, x_2 > 0", "convex", True),
], dom=["x1 > 0", "x2 > 0"], why="sum of negative entropies")
E("subscript", "log(exp(x1) + exp(x2) + exp(x3))", ["x1", "x2", "x3"], [R, R, R], [
    ("log(e^{x_1} + e^{x_2} + e^{x_3}) is convex", "convex", True),
], why="log-sum-exp")
E("subscript", "a1*x**2", ["a1", "x"], [R, R], [
    ("a_1 x^2 is convex", "convex", False),
], why="jointly in (a_1, x): f(-1, x) = -x^2 (for every a_1 it is also false: a_1 = -1)")
E("subscript", "theta1*theta2", ["theta1", "theta2"], [R, R], [
    ("θ_1 θ_2 is convex", "convex", False),
], why="indefinite")
E("subscript", "theta**2", ["theta"], [R], [
    ("θ^2 is convex", "convex", True),
], why="a square")

# ---------------------------------------------------------------- absolute values inside products and sums
E("abs", "x*Abs(x)", "x", [P], [
    ("x|x| is convex for x ≥ 0", "convex", True),
], dom=["x >= 0"], why="x^2 there")
E("abs", "x*Abs(x)", "x", [R], [
    ("|x|x is convex", "convex", False),
    ("|x| x is concave", "concave", False),
], why="-x^2 for x < 0, x^2 for x > 0")
E("abs", "Abs(x)*Abs(y)", "xy", [R, R], [
    ("|x||y| is convex", "convex", False),
    ("|xy| is convex", "convex", False),
], why="xy on the positive quadrant")
E("abs", "x**2", "x", [R], [
    ("|x|·|x| is convex", "convex", True),
    ("sqrt(x^2)^2 is convex", "convex", True),
], why="x^2")
E("abs", "2*Abs(x - 1) + Abs(x + 1)", "x", [R], [
    ("2|x - 1| + |x + 1| is convex", "convex", True),
], why="nonnegative sum of convex")
E("abs", "Abs(x) - Abs(x - 1)", "x", [R], [
    ("|x| - |x - 1| is convex", "convex", False),
    ("|x| - |x-1| is neither convex nor concave", "neither", True),
], why="-1 for x <= 0, 2x - 1 on [0, 1], 1 for x >= 1")
E("abs", "Abs(x)**3 - Abs(x)", "x", [R], [
    ("|x|^3 - |x| is convex", "convex", False),
], why="a concave kink at 0: f(-t) = f(t) = t^3 - t < 0 = f(0) for small t")
E("abs", "Abs(2*x - 1)", "x", [R], [
    ("|2x - 1| is convex", "convex", True),
], why="abs of affine")
E("abs", "Abs(x**2 - 1)", "x", [R], [
    ("|x^2 - 1| is convex", "convex", False),
], why="1 - x^2 on [-1, 1]")
E("abs", "Abs(x**2 - 1)", "x", [(1, 5)], [
    ("|x^2 - 1| is convex for x ≥ 1", "convex", True),
], dom=["x >= 1"], why="x^2 - 1 there")
E("abs", "Abs(x) + Abs(y)", "xy", [R, R], [
    ("|x| + |y| is strictly convex", "sconvex", False),
], why="linear on the positive quadrant", flat=[((1, 1), (2, 2))])
E("abs", "Abs(x - y)", "xy", [R, R], [
    ("|x - y| is convex", "convex", True),
], why="abs of affine")
E("abs", "x**2*Abs(y)", "xy", [R, R], [
    ("x^2|y| is convex", "convex", False),
], why="f(1, 0) = f(0, 1) = 0 < f(1/2, 1/2) = 1/8")
E("abs", "Abs(sin(x))", "x", [R], [
    ("|sin x| is convex", "convex", False),
], why="concave on [0, pi] and not affine there")
E("abs", "sqrt(x**2)", "x", [R], [
    ("sqrt(x^2) is convex", "convex", True),
    ("sqrt(x^2) is strictly convex", "sconvex", False),
], why="|x|", flat=[((1,), (2,))])

# ---------------------------------------------------------------- max / min with several arguments
E("maxmin", "Max(x, 0, 1 - x)", "x", [R], [
    ("max(x, 0, 1 - x) is convex", "convex", True),
], why="max of affine")
E("maxmin", "Max(x, y, 0)", "xy", [R, R], [
    ("max(x, y, 0) is convex", "convex", True),
    ("max(x,y,0) is concave", "concave", False),
], why="max of affine, not affine")
E("maxmin", "Min(x, y, 1)", "xy", [R, R], [
    ("min(x, y, 1) is concave", "concave", True),
], why="min of affine")
E("maxmin", "Min(x**2, 1)", "x", [R], [
    ("min(x^2, 1) is convex", "convex", False),
], why="constant 1 outside [-1, 1], below it inside")
E("maxmin", "Max(x**2, 2*x, 1)", "x", [R], [
    ("max(x^2, 2x, 1) is convex", "convex", True),
], why="max of convex")
E("maxmin", "Max(x, -x, Rational(1, 2))", "x", [R], [
    ("max{x, -x, 1/2} is convex", "convex", True),
], why="max of affine")
E("maxmin", "Min(x, 1 - x)", "x", [(0, 1)], [
    ("min(x, 1 - x) is concave on [0,1]", "concave", True),
], dom=["x >= 0", "x <= 1"], why="min of affine")
E("maxmin", "Min(x, 2, 3 - x)", "x", [R], [
    ("min(x, 2, 3 - x) is concave", "concave", True),
], why="min of affine")
E("maxmin", "Max(x, 0)**2", "x", [R], [
    ("max(x, 0)^2 is strictly convex", "sconvex", False),
    ("max(x, 0)**2 is convex", "convex", True),
], why="0 on x <= 0", flat=[((-2,), (-1,))])
E("maxmin", "Max(0, 1 - x)**2", "x", [R], [
    ("max(0, 1 - x)^2 is convex", "convex", True),
], why="convex increasing t^2 (t >= 0) of a convex nonnegative function")
E("maxmin", "Max(-x, x**2)", "x", [R], [
    ("max(-x, x^2) is convex", "convex", True),
], why="max of convex")
E("maxmin", "Min(exp(x), exp(-x))", "x", [R], [
    ("min(e^x, e^{-x}) is convex", "convex", False),
], why="e^{-|x|}: a peak at 0")
E("maxmin", "Max(exp(x), exp(-x))", "x", [R], [
    ("max(e^x, e^{-x}) is convex", "convex", True),
], why="max of convex")
E("maxmin", "Abs(x - y)", "xy", [R, R], [
    ("max(x, y) - min(x, y) is convex", "convex", True),
], why="|x - y|")
E("maxmin", "x + y", "xy", [R, R], [
    ("min(x,y) + max(x,y) is affine", "affine", True),
], why="x + y")
E("maxmin", "Max(x, 0) - Max(x - 1, 0)", "x", [R], [
    ("relu(x) - relu(x - 1) is convex", "convex", False),
], why="the clipped ramp: 0, x, 1; concave kink at 1")

# ---------------------------------------------------------------- piecewise definitions in words
E("piecewise", "Max(x, 0)**2", "x", [R], [
    ("f(x) = x^2 for x ≥ 0 and 0 otherwise is convex", "convex", True),
], why="max(x, 0)^2")
E("piecewise", "Piecewise((x, x < 0), (x**2, True))", "x", [R], [
    ("f(x) = x for x < 0, x^2 for x ≥ 0 is convex", "convex", False),
], why="slope 1 on the left, 0 at 0+: the slope drops")
E("piecewise", "Piecewise((-x, x < 0), (x**2, True))", "x", [R], [
    ("f(x) = -x for x < 0 and x^2 for x >= 0 is convex", "convex", True),
], why="slopes -1 then 2x >= 0: increasing, continuous at 0")
E("piecewise", "Piecewise((0, x <= 0), (x**3, True))", "x", [R], [
    ("f(x) = 0 if x <= 0, x^3 if x > 0 is convex", "convex", True),
], why="C^2 with f'' = 6 max(x, 0) >= 0")
E("piecewise", "Piecewise((1, x > 0), (0, True))", "x", [R], [
    ("f(x) = 1 if x > 0 else 0 is convex", "convex", False),
], why="the step: f(1/2) = 1 > (f(0) + f(1))/2 = 1/2")
E("piecewise", "Piecewise((x**2, x < 1), (2*x - 1, True))", "x", [R], [
    ("f(x) = x^2 if x < 1, 2x - 1 if x >= 1 is convex", "convex", True),
    ("f(x) = x^2 if x < 1, 2x - 1 if x >= 1 is strictly convex", "sconvex", False),
], why="C^1 with nondecreasing slope; affine for x >= 1", flat=[((1,), (3,))])
E("piecewise", "x*Abs(x)", "x", [R], [
    ("f(x) = x^2 for x ≥ 0, -x^2 for x < 0 is convex", "convex", False),
], why="x|x|")

# ---------------------------------------------------------------- negations and same-subject compounds
E("negation", "x**2", "x", [R], [
    ("x^2 is not concave", "notconcave", True),
    ("x^2 is not strictly convex", "notsconvex", False),
    ("x^2 is convex but not concave", "convex&notconcave", True),
], why="f'' = 2")
E("negation", "Abs(x)", "x", [R], [
    ("It is not true that |x| is convex", "notconvex", False),
    ("|x| is convex but not strictly convex", "convex&notsconvex", True),
], why="abs; linear on x > 0", flat=[((1,), (2,))])
E("negation", "x**4", "x", [R], [
    ("x^4 is convex but not strictly convex", "convex&notsconvex", False),
    ("x^4 is not strictly convex since f''(0) = 0", "notsconvex", False),
], why="strictly convex: f'' = 12x^2 vanishes only at 0")
E("negation", "x**3", "x", [R], [
    ("x^3 is neither convex nor concave", "neither", True),
    ("x^3 is convex because its derivative 3x^2 is nonnegative", "convex", False),
], why="f'' = 6x changes sign")
E("negation", "x**3", "x", [P], [
    ("x^3 isn't concave on x > 0", "notconcave", True),
], dom=["x > 0"], why="f'' = 6x > 0")
E("negation", "x", "x", [R], [
    ("x is both convex and concave", "convex&concave", True),
], why="linear")
E("negation", "2*x + 3*y - 1", "xy", [R, R], [
    ("2x + 3y - 1 is affine", "affine", True),
    ("2x + 3y - 1 is not affine", "notaffine", False),
], why="affine")
E("negation", "x*y + 1", "xy", [R, R], [
    ("xy + 1 is affine", "affine", False),
], why="indefinite Hessian")
E("negation", "-log(x)", "x", [P], [
    ("-log x is not convex for x > 0", "notconvex", False),
], dom=["x > 0"], why="f'' = 1/x^2")
E("negation", "log(x)", "x", [P], [
    ("log x is concave and not convex for x > 0", "concave&notconvex", True),
], dom=["x > 0"], why="f'' = -1/x^2")
E("negation", "sin(x)", "x", [R], [
    ("sin x is convex or concave", "either", False),
], why="f'' = -sin x changes sign")

# ---------------------------------------------------------------- wrong-but-common claims
E("common", "sqrt(x)", "x", [P], [
    ("sqrt(x) is convex", "convex", False),
], dom=["x >= 0"], why="f'' < 0")
E("common", "log(x)", "x", [P], [
    ("log(x) is convex for x > 0", "convex", False),
], dom=["x > 0"], why="f'' = -1/x^2")
E("common", "-exp(x)", "x", [R], [
    ("-e^x is convex", "convex", False),
], why="f'' = -e^x")
E("common", "exp(-x)", "x", [R], [
    ("e^{-x} is concave since it is decreasing", "concave", False),
], why="f'' = e^{-x} > 0")
E("common", "1/(1 + exp(-x))", "x", [R], [
    ("sigmoid is convex", "convex", False),
], why="sigmoid'' = s(1 - s)(1 - 2s) > 0 for x < 0")
E("common", "1", "x", [R], [
    ("e^x e^{-x} is strictly convex", "sconvex", False),
    ("cosh^2 x - sinh^2 x is convex", "convex", True),
], why="identically 1: convex, not strictly")
E("common", "log(1 + x**2)", "x", [R], [
    ("log(1+x^2) is convex", "convex", False),
], why="f'' < 0 for |x| > 1")
E("common", "cosh(x)", "x", [R], [
    ("cosh x is convex", "convex", True),
], why="f'' = cosh x")
E("common", "x*sin(x)", "x", [R], [
    ("x sin x is convex", "convex", False),
], why="f''(pi) = 2 cos pi - pi sin pi = -2")
E("common", "x**2 - (x - 1)**2", "x", [R], [
    ("x^2 - (x-1)^2 is affine", "affine", True),
    ("(x+1)^2 - x^2 is strictly convex", "sconvex", False),
], why="2x - 1 (and 2x + 1): affine")
E("common", "-2*x*y", "xy", [R, R], [
    ("x^2 + y^2 - (x + y)^2 is concave", "concave", False),
    ("(x + y)^2 - (x - y)^2 is convex", "convex", False),
], why="-2xy and 4xy: indefinite")

# ---------------------------------------------------------------- numbers
E("numbers", "x**2/1000 - x", "x", [R], [
    ("1e-3 x^2 - x is convex", "convex", True),
], why="f'' = 1/500")
E("numbers", "-x**2/2 + 3", "x", [R], [
    ("-0.5 x^2 + 3 is concave", "concave", True),
], why="f'' = -1")
E("numbers", "x**3/3", "x", [P], [
    ("1/3 x^3 is convex for x≥0", "convex", True),
], dom=["x >= 0"], why="x^3/3: f'' = 2x >= 0 (1/(3x^3) is convex on x > 0 too)")
E("numbers", "x**3/3", "x", [R], [
    ("⅓x³ is convex", "convex", False),
], why="f'' = 2x < 0 for x < 0")
E("numbers", "sqrt(x)", "x", [P], [
    ("x^0.5 is concave for x ≥ 0", "concave", True),
], dom=["x >= 0"], why="sqrt")
E("numbers", "x**Rational(5, 2)", "x", [P], [
    ("x^2.5 is convex on x > 0", "convex", True),
], dom=["x > 0"], why="f'' = (15/4) x^{1/2}")
E("numbers", "x**Rational(1, 3)", "x", [P], [
    ("x^(1/3) is concave for x > 0", "concave", True),
], dom=["x > 0"], why="f'' = -(2/9) x^{-5/3}")
E("numbers", "x**2/4", "x", [R], [
    ("2.5e-1 x^2 is convex", "convex", True),
], why="f'' = 1/2")
E("numbers", "1000 - x**2", "x", [R], [
    ("1e3 - x^2 is concave", "concave", True),
], why="f'' = -2")
E("numbers", "-x**2/1000", "x", [R], [
    ("-1e-3 x^2 is convex", "convex", False),
], why="f'' = -1/500")
E("numbers", "x/10 + y/5", "xy", [R, R], [
    ("0.1x + 0.2y is affine", "affine", True),
], why="linear")
E("numbers", "157*x**2/50", "x", [R], [
    ("3.14 x^2 is convex", "convex", True),
], why="f'' = 157/25")
E("numbers", "x**2/1000", "x", [R], [
    ("$10^{-3} x^2$ is strictly convex", "sconvex", True),
], why="f'' = 1/500")
E("numbers", "x**pi", "x", [P], [
    ("x^π is convex for x>0", "convex", True),
    ("x^e is convex for x > 0", "convex", True),
], dom=["x > 0"], why="x^p with p >= 1 (pi and e)")
E("numbers", "x**exp(-1)", "x", [P], [
    ("x^(1/e) is concave for x > 0", "concave", True),
], dom=["x > 0"], why="x^p with 0 < p < 1")

# ---------------------------------------------------------------- list labels and lecture-note lead-ins
E("label", "x**2", "x", [R], [
    ("(b) $x^2$ is convex", "convex", True),
    ("(i) x^2 + 1 is convex", "convex", True),
    ("**Claim:** $x^2$ is convex.", "convex", True),
    ("> $x^2$ is convex", "convex", True),
], why="f'' = 2 (x^2 + 1 too)")
E("label", "exp(-x)", "x", [R], [
    ("(a) $e^{-x}$ is concave", "concave", False),
], why="f'' = e^{-x} > 0")
E("label", "log(x)", "x", [P], [
    ("(c) log x is concave on x > 0", "concave", True),
], dom=["x > 0"], why="f'' = -1/x^2")
E("label", "x**2 - 4*x", "x", [R], [
    ("Q3. Is $x^2 - 4x$ convex?", "convex", True),
], why="f'' = 2")
E("label", "1/x", "x", [P], [
    ("Exercise 2: $x^{-1}$ is convex on $x > 0$.", "convex", True),
], dom=["x > 0"], why="f'' = 2/x^3")
E("label", "x**4", "x", [R], [
    ("Problem 1. Show that $f(x)=x^4$ is convex.", "convex", True),
], why="f'' = 12x^2")
E("label", "exp(a*x)", "x", [R], [
    ("Example 3.1. The function $f(x) = e^{ax}$ is convex on $\\mathbb{R}$, for any $a \\in \\mathbb{R}$.",
     "convex", True),
], params={"a": ["-2", "0", "1/2", "3"]}, why="f'' = a^2 e^{ax}")
E("label", "-log(x)", "x", [P], [
    ("Exercise: prove that $-\\log x$ is convex.", "convex", True),
], dom=["x > 0"], why="f'' = 1/x^2")
E("label", "x**2 - 3*x", "x", [R], [
    ("y = x^2 - 3x is convex", "convex", True),
], why="f'' = 2")
E("label", "-x**2", "x", [R], [
    ("y = -x^2 is convex", "convex", False),
], why="f'' = -2")

# ---------------------------------------------------------------- Wolfram and code
E("wolfram", "sqrt(x)", "x", [P], [
    ("Sqrt[x] is concave for x > 0", "concave", True),
], dom=["x > 0"], why="sqrt")
E("wolfram", "Abs(x) + x**2", "x", [R], [
    ("Abs[x] + x^2 is strictly convex", "sconvex", True),
], why="strictly convex plus convex")
E("wolfram", "Max(x, 0)", "x", [R], [
    ("Max[x, 0] is convex", "convex", True),
    ("torch.relu(x) is strictly convex", "sconvex", False),
], why="relu", flat=[((1,), (2,))])
E("wolfram", "log(x)", "x", [P], [
    ("Log[x] is concave on x>0", "concave", True),
    ("math.log(x) is concave for x > 0", "concave", True),
], dom=["x > 0"], why="f'' = -1/x^2")
E("wolfram", "exp(-x**2)", "x", [R], [
    ("Exp[-x^2] is convex", "convex", False),
    ("np.exp(-x**2) is convex", "convex", False),
], why="f'' = (4x^2 - 2) e^{-x^2} < 0 at 0")
E("wolfram", "sin(x)", "x", [(0.01, 3.13)], [
    ("Sin[x] is concave on 0 < x < Pi", "concave", True),
], dom=["x > 0", "x < pi"], why="f'' = -sin x < 0")
E("code", "x**2 + y**2 - x*y", "xy", [R, R], [
    ("x**2 + y**2 - x*y is convex", "convex", True),
], why="Hessian [[2, -1], [-1, 2]] > 0")
E("code", "1/x", "x", [P], [
    ("x**-1 is convex for x>0", "convex", True),
], dom=["x > 0"], why="f'' = 2/x^3")
E("code", "Abs(x)**Rational(3, 2)", "x", [R], [
    ("abs(x)**1.5 is convex", "convex", True),
], why="t^{3/2} increasing convex of |x|")
E("code", "Abs(x)", "x", [R], [
    ("np.maximum(x, -x) is convex", "convex", True),
], why="|x|")
E("code", "Min(x, 0)", "x", [R], [
    ("np.minimum(x, 0) is concave", "concave", True),
], why="min of affine")
E("code", "Max(x, 0)**2", "x", [R], [
    ("torch.relu(x)**2 is convex", "convex", True),
], why="max(x, 0)^2")
E("code", "1/(1 + exp(-x))", "x", [P], [
    ("1/(1 + np.exp(-x)) is concave for x > 0", "concave", True),
], dom=["x > 0"], why="sigmoid'' = s(1 - s)(1 - 2s) < 0 for x > 0")
E("code", "tanh(x)", "x", [N_], [
    ("np.tanh(x) is convex for x < 0", "convex", True),
], dom=["x < 0"], why="f'' = -2 tanh sech^2 > 0 for x < 0")
E("code", "sqrt(x*y)", "xy", [P, P], [
    ("np.sqrt(x*y) is concave for x > 0, y > 0", "concave", True),
    ("np.sqrt(x*y) is strictly concave for x,y>0", "sconcave", False),
], dom=["x > 0", "y > 0"], why="geometric mean; linear along rays", flat=[((1, 1), (2, 2))])
E("code", "log(exp(x) + exp(y))", "xy", [R, R], [
    ("np.log(np.exp(x) + np.exp(y)) is convex", "convex", True),
], why="log-sum-exp")

# ---------------------------------------------------------------- null rows: refusal or undecided is right
N("region", "Where is x^4 - 4x^3 convex?", "a region query")
N("region", "For which k is e^{kx} concave?", "a query about a parameter")
N("region", "For what values of a is x^2 + a x y + y^2 convex?", "a query about a parameter")
N("task", "Find the inflection points of x^3 - 3x", "a task, no claim")
N("query", "is it convex?", "no function")
N("query", "Convexity of log(1 + e^x)", "a title with no property asserted")
N("domain", "1/x is convex for x ≠ 0", "x != 0 is not a convex set")
N("domain", "log|x| is concave", "natural domain x != 0 is not convex")
N("domain", "x^3 is convex on (-2, -1) ∪ (1, 2)", "a union of intervals is not convex")
N("domain", "x^2 is convex for |x| ≥ 1", "|x| >= 1 is not a convex set")
N("empty", "x^2 is convex for x > 1 and x < 0", "the stated set is empty")
N("ambiguous", "1/xy is convex for x > 0, y > 0", "1/(xy) or y/x?",
  [("1/(x*y)", ["x", "y"], ["x > 0", "y > 0"], [P, P], "convex"),
   ("y/x", ["x", "y"], ["x > 0", "y > 0"], [P, P], "convex")])
N("ambiguous", "x^1/2 is strictly concave for x > 0", "x/2 or x^(1/2)?",
  [("x/2", ["x"], ["x > 0"], [P], "sconcave"), ("sqrt(x)", ["x"], ["x > 0"], [P], "sconcave")])
N("ambiguous", "e^2x is strictly convex", "e^(2x) or e^2 x?",
  [("exp(2*x)", ["x"], [], [R], "sconvex"), ("E**2*x", ["x"], [], [R], "sconvex")])
N("ambiguous", "1/2x is strictly convex for x > 0", "x/2 or 1/(2x)?",
  [("x/2", ["x"], ["x > 0"], [P], "sconvex"), ("1/(2*x)", ["x"], ["x > 0"], [P], "sconvex")])
N("undefined", "h is convex where g(x) = x^2", "h is never defined")
N("undefined", "f(x) + g(x) is convex where f(x) = x^2", "g is never defined (g(x) is no product)")
N("undefined", "Let f(x) = e^x. Then f(x)k(x) is convex.", "k is never defined")
N("hypothesis", "If f is convex then f^2 is convex", "f is an arbitrary function")
N("general", "The sum of convex functions is concave", "a theorem about kinds of functions")
N("general", "Every convex function is differentiable", "a theorem about kinds of functions")
N("complex", "z^2 is convex for z ∈ ℂ", "convexity of a complex-valued function is not defined")
N("undefined-domain", "sqrt(x) is concave for x < 0", "the function is not real anywhere on the stated set")
N("existential", "x^3 is convex for some x", "an existential claim about points")
N("local", "x^3 is locally convex", "locally, with no point")
