"""Everyday pasted claims, session 15 (red team): phrasings and notations the earlier everyday corpora do not use.

Written by probing symconvex with each line as typed. Kinds: definitions in sentences ("Let f(x)=...; then f is
convex", "Define F(x,y) := ...", "Consider φ(t) = ...", "the function h defined by ...", "g is convex where g(t) =
..."), signatures ("f: R^2 -> R", "f\\colon\\mathbb{R}_{++}\\to\\mathbb{R}": the domain is the signature's set),
maps (``\\mapsto``, ``↦``, ``->``), named functions used bare ("exp is a convex function", "The function abs"), quantifiers over
parameters written many ways ("For all a ∈ ℝ, ...", "for fixed y ∈ ℝ", "Let a > 0. Then ...", "for any real number
a"), "convex in x" / "jointly", domains in words and sets ("for nonnegative x", "whenever x ≥ 0", "provided", "as
long as", "]0, +∞[", "the unit disk", "the first quadrant"), strictness, quasi- and log-curvature, max/min/abs/norms,
log-sum-exp, entropy, relative entropy, perspectives, compositions of defined functions ("f(g(x)) with ...", "f ∘
g"), LaTeX variants (``\\left\\lvert``, ``\\tfrac12``, ``\\frac1x``, ``\\dfrac``, ``\\,``, ``\\;``, ``\\exp\\{x\\}``,
``\\log_{0.5}``, ``\\geqslant``, ``\\begin{cases}``), Unicode (x², ·, ⋅, −, ≥, ∈, ℝ, ∛, √, ‖·‖₁), scientific
notation and decimals, punctuation, prose and questions around the claim, compound claims ("Both ... and ...",
"Neither ... nor ...", "and so is ..."), and null rows (a domain where the function is not real).

An entry as in ``spec_everyday13.py``; log-curvature claims are entries about log f (``why`` says so).
``verify_spec.py everyday15`` re-derives every answer independently of symconvex.
"""

from lib import spec_recorders

ENTRIES, NULLS, E, N = spec_recorders("everyday15")
R = (-4, 4)
P = (0.01, 5)
N_ = (-5, -0.01)
U = (0.001, 0.999)


# ---------------------------------------------------------------- definitions in sentences
E("define", "x**4 - 2*x**2", "x", [R], [
    ("Let f(x)=x^4 - 2x^2; then f is convex", "convex", False),
    ("Let f(x) = x^4 - 2x^2. Then f is neither convex nor concave.", "neither", True),
], why="f'' = 12x^2 - 4 < 0 near 0, > 0 for |x| > 1/sqrt(3)")
E("define", "exp(2*t)", "t", [R], [
    ("g is convex where g(t) = e^{2t}", "convex", True),
    ("g is concave where g(t) = e^{2t}", "concave", False),
], why="g'' = 4e^{2t} > 0")
E("define", "t**2", "t", [R], [
    ("g is concave where g(t) = t^2", "concave", False),
], why="g'' = 2")
E("define", "u**2 + Abs(u)", "u", [R], [
    ("the function h defined by h(u) = u^2 + |u| is convex", "convex", True),
    ("the function h defined by h(u) = u^2 + |u| is strictly convex", "sconvex", True),
], why="sum of the strictly convex u^2 and the convex |u|")
E("define", "-sqrt(u)", "u", [P], [
    ("the function h defined by h(u) = -\\sqrt{u} is convex on u > 0", "convex", True),
], dom=["u > 0"], why="(-sqrt u)'' = u^(-3/2)/4 > 0")
E("define", "x**2 + 3*y**2", "xy", [R, R], [
    ("Define F(x,y) := x^2 + 3y^2. F is strictly convex.", "sconvex", True),
    ("Define F(x,y) := x^2 + 3y^2. Is F concave?", "concave", False),
], why="Hessian diag(2, 6)")
E("define", "-log(t)", "t", [P], [
    ("Consider φ(t) = -ln t, t > 0. Then φ is convex.", "convex", True),
], dom=["t > 0"], why="(-ln t)'' = 1/t^2")
E("define", "Abs(x - 1) + Abs(x + 1)", "x", [R], [
    ("Let q(x) := |x - 1| + |x + 1|. Show q is convex.", "convex", True),
    ("Let q(x) := |x - 1| + |x + 1|. Then q is strictly convex.", "sconvex", False),
], why="sum of convex; constant 2 on [-1, 1]", flat=[((-1,), (1,))])
E("define", "s**2 - s", "s", [R], [
    ("the function g with g(s) = s^2 - s is convex", "convex", True),
], why="g'' = 2")
E("define", "x**2 - x", "x", [R], [
    ("Let f(x) = x^2 and g(x) = -x. Then f + g is convex.", "convex", True),
], why="x^2 - x: f'' = 2")
E("define", "x**2 - x**3", "x", [R], [
    ("Let f(x) = x^2 and g(x) = x^3. Then f - g is convex", "convex", False),
], why="x^2 - x^3: f'' = 2 - 6x < 0 for x > 1/3")
E("define", "-exp(x)", "x", [R], [
    ("Let f(x)=e^x. Then -f is concave.", "concave", True),
], why="-e^x: f'' = -e^x")
E("define", "2*x**2", "x", [R], [
    ("If f(x) = x^2 then 2f is convex", "convex", True),
], why="2x^2")
E("define", "Max(x**2, 2*x)", "x", [R], [
    ("max(f, g) is convex where f(x)=x^2, g(x)=2x", "convex", True),
], why="max of convex functions")
E("define", "exp(x**2)", "x", [R], [
    ("f(g(x)) is convex with f(u) = e^u, g(x) = x^2", "convex", True),
    ("h = f ∘ g is convex where f(u) = e^u and g(x) = x^2", "convex", True),
], why="e^{x^2}: (2 + 4x^2) e^{x^2} > 0")
E("define", "(x - 1)**2", "x", [R], [
    ("E(x) = (x-1)^2 is convex", "convex", True),
], why="f'' = 2 (E is the function's name, not Euler's number)")
E("define", "x**2", "x", [R], [
    ("Let I(x) = x^2. I is convex.", "convex", True),
], why="f'' = 2 (I is the name, not the imaginary unit)")
E("define", "-x**2", "x", [R], [
    ("Let N(x) = -x^2; N is concave.", "concave", True),
    ("π(x) = -x^2 is concave", "concave", True),
], why="f'' = -2 (N and π are names)")
E("define", "t**2", "t", [R], [
    ("Let e(t) = t^2. e is convex.", "convex", True),
], why="f'' = 2 (e is the name, not Euler's number)")
E("define", "x**4", "x", [R], [
    ("Let f(x) = x^2. Then f(x)^2 is convex", "convex", True),
    ("Let f(x) = x^2. f(f(x)) is convex", "convex", True),
    ("Let f(x) = x^2. f^2 is convex", "convex", True),
], why="x^4: 12x^2 >= 0")
E("define", "x**2 - y**2", "xy", [R, R], [
    ("Let f(x)=x^2. Then f(x) - f(y) is convex", "convex", False),
], why="x^2 - y^2: Hessian diag(2, -2)")
E("define", "x**2", "x", [R], [
    ("f(x, y) = x^2 + y^2. Is f(x, 0) convex?", "convex", True),
], why="f(x, 0) = x^2")
E("define", "x**2 + x*y + y**2", "xy", [R, R], [
    ("Is the function f(x,y)=x^2+xy+y^2 convex?", "convex", True),
], why="Hessian [[2, 1], [1, 2]] positive definite")
E("define", "x**2 + 3*x*y + y**2", "xy", [R, R], [
    ("Is f(x, y) = x^2 + 3xy + y^2 convex?", "convex", False),
], why="Hessian [[2, 3], [3, 2]]: det -5")
E("define", "Abs(x)**3", "x", [R], [
    ("Is f convex? f(x) = |x|^3", "convex", True),
    ("f(x) = |x|^3. Is it convex?", "convex", True),
], why="|x|^3: 6|x| >= 0, C^2")
E("define", "x**3", "x", [R], [
    ("Consider f(x) = x^3. Is it convex on R?", "convex", False),
], why="f'' = 6x < 0 for x < 0")

# ---------------------------------------------------------------- signatures and maps
E("signature", "-x**2 - y**2 + x*y", "xy", [R, R], [
    ("f: R^2 -> R, f(x,y) = -x^2 - y^2 + xy is concave", "concave", True),
    ("f: R^2 -> R, f(x,y) = -x^2 - y^2 + xy is strictly concave", "sconcave", True),
], why="Hessian [[-2, 1], [1, -2]] negative definite")
E("signature", "x*y", "xy", [R, R], [
    ("f: R^2 -> R, f(x, y) = x y is concave", "concave", False),
    ("f: ℝ² → ℝ, f(x, y) = xy is not convex", "notconvex", True),
], why="Hessian [[0, 1], [1, 0]] indefinite")
E("signature", "sin(x)", "x", [R], [
    ("The function $f\\colon\\mathbb{R}\\to\\mathbb{R}$, $f(x)=\\sin x$, is convex.", "convex", False),
], why="sin'' = -sin x changes sign")
E("signature", "x**3", "x", [P], [
    ("f: R_{++} -> R, f(x) = x^3 is convex", "convex", True),
    ("$f:\\mathbb{R}_{++}\\to\\mathbb{R}$, $f(x) = x^3$ is convex", "convex", True),
    ("$f: \\mathbb{R}_+ \\to \\mathbb{R}$, $f(x) = x^3$ is convex", "convex", True),
], dom=["x > 0"], why="f'' = 6x > 0 on the signature's set x > 0 (x >= 0 for R_+)")
E("signature", "x**3", "x", [R], [
    ("$f: \\mathbb{R} \\to \\mathbb{R}$, $f(x) = x^3$ is convex", "convex", False),
], why="f'' = 6x < 0 for x < 0")
E("signature", "-x**3", "x", [(0, 5)], [
    ("$f: [0, \\infty) \\to \\mathbb{R}$, $f(x) = -x^3$ is concave", "concave", True),
], dom=["x >= 0"], why="f'' = -6x <= 0 on x >= 0")
E("signature", "1/x", "x", [P], [
    ("f: (0, ∞) → ℝ, f(x) = 1/x is convex", "convex", True),
], dom=["x > 0"], why="2/x^3 > 0 on x > 0")
E("signature", "x**3 - x", "x", [(0, 1)], [
    ("f : [0,1] → ℝ, f(x) = x^3 - x is convex", "convex", True),
], dom=["x >= 0", "x <= 1"], why="6x >= 0 on [0, 1]")
E("map", "Max(x, y)", "xy", [R, R], [
    ("The map (x, y) ↦ max(x, y) is convex", "convex", True),
    ("The map (x, y) ↦ max(x, y) is concave", "concave", False),
], why="max of linear functions; kink along x = y")
E("map", "x**3", "x", [R], [
    ("The map x \\mapsto x^3 is convex", "convex", False),
], why="6x changes sign")
E("map", "exp(-x)", "x", [R], [
    ("x \\mapsto e^{-x} is convex on \\mathbb{R}", "convex", True),
], why="e^{-x} > 0")
E("map", "x**2", "x", [R], [
    ("x -> x^2 is convex", "convex", True),
    ("y = x^2 is convex", "convex", True),
], why="f'' = 2 (y = ... names the function's value)")
E("map", "x**2 - y**2", "xy", [R, R], [
    ("z = x^2 - y^2 is convex", "convex", False),
], why="saddle: Hessian diag(2, -2)")
E("map", "t*log(t)", "t", [P], [
    ("t ↦ t log t is convex on t > 0", "convex", True),
], dom=["t > 0"], why="1/t > 0")

# ---------------------------------------------------------------- named functions used bare
E("bare", "exp(x)", "x", [R], [("exp is a convex function", "convex", True)], why="exp'' = exp > 0")
E("bare", "log(x)", "x", [P], [("Is log concave?", "concave", True)], dom=["x > 0"], why="-1/x^2 on x > 0")
E("bare", "sin(x)", "x", [R], [("sin is a convex function", "convex", False)], why="-sin x changes sign")
E("bare", "Abs(x)", "x", [R], [("The function abs is convex", "convex", True)], why="|x|")
E("bare", "tanh(x)", "x", [R], [("Is tanh convex?", "convex", False)], why="concave for x > 0, convex for x < 0")
E("bare", "log(1 + exp(x))", "x", [R], [("the softplus function is convex", "convex", True)], why="sigmoid' > 0")
E("bare", "sqrt(x)", "x", [(0, 5)], [("Is sqrt concave?", "concave", True)], dom=["x >= 0"], why="-x^(-3/2)/4")
E("bare", "cosh(x)", "x", [R], [("cosh is a convex function on ℝ", "convex", True)], why="cosh'' = cosh > 0")
E("bare", "atan(x)", "x", [R], [("Is arctan convex on ℝ?", "convex", False)], why="-2x/(1+x^2)^2 changes sign")
E("bare", "Max(0, x)", "x", [R], [("relu is a convex function", "convex", True)], why="max of affine")
E("bare", "1/(1 + exp(-x))", "x", [R], [("Is the sigmoid concave?", "concave", False)], why="convex for x < 0")

# ---------------------------------------------------------------- parameters, quantifiers
E("param", "c*exp(x)", "x", [R], [
    ("For all c ≥ 0, c e^x is convex", "convex", True),
], params={"c": ["0", "1/3", "2"]}, why="c e^x with c >= 0")
E("param", "c*exp(x)", "x", [R], [
    ("For all c ∈ ℝ, c e^x is convex", "convex", False),
], params={"c": ["-1", "0", "2"]}, why="c = -1 gives -e^x, concave, not convex")
E("param", "x**p", "x", [P], [
    ("x^p is convex on x > 0 for every p ≥ 1", "convex", True),
], dom=["x > 0"], params={"p": ["1", "3/2", "3"]}, why="p(p-1) x^(p-2) >= 0")
E("param", "x**p", "x", [P], [
    ("x^p is convex on x > 0 for every p > 0", "convex", False),
], dom=["x > 0"], params={"p": ["1/2", "2"]}, why="p = 1/2: sqrt x is strictly concave")
E("param", "x**p", "x", [P], [
    ("x^p is concave for x>0 when 0 < p < 1", "concave", True),
    ("x^p is concave for x > 0 and 0 < p < 1", "concave", True),
], dom=["x > 0"], params={"p": ["1/10", "1/2", "9/10"]}, why="p(p-1) x^(p-2) < 0")
E("param", "x**2*y**2", "x", [R], [
    ("x^2 y^2 is convex in x", "convex", True),
    ("For fixed y ∈ ℝ, x^2 y^2 is convex", "convex", True),
    ("For fixed $y \\in \\mathbb{R}$, $x^2 y^2$ is convex in $x$", "convex", True),
    ("$x^2y^2$ is convex in $x$ for each $y\\in\\mathbb R$", "convex", True),
    ("x^2 y^2 is convex in x for all y in R", "convex", True),
], params={"y": ["-2", "0", "1/2"]}, why="2y^2 >= 0 for each fixed y")
E("param", "x**2*y**2", "xy", [R, R], [
    ("x^2 y^2 is jointly convex", "convex", False),
], why="Hessian [[2y^2, 4xy], [4xy, 2x^2]]: det -12x^2y^2")
E("param", "x*exp(y)", "y", [R], [
    ("x e^y is convex in y for x ≥ 0", "convex", True),
], params={"x": ["0", "1/2", "3"]}, why="x e^y with x >= 0")
E("param", "c**2*exp(x)", "x", [R], [
    ("For all c ∈ ℝ, c^2 e^x is convex", "convex", True),
], params={"c": ["-2", "0", "1/3"]}, why="c^2 e^x, c^2 >= 0 (jointly in (c, x) it is not convex)")
E("param", "exp(a*x)", "x", [R], [
    ("For every real a, e^{ax} is convex", "convex", True),
    ("e^{ax} is convex for any real number a", "convex", True),
    ("For a ∈ ℝ, e^{ax} is convex in x", "convex", True),
    ("Let a be a real number. Then e^{ax} is convex.", "convex", True),
], params={"a": ["-2", "0", "1/2", "3"]}, why="a^2 e^{ax} >= 0 (jointly in (a, x) it is not convex)")
E("param", "(x - a)**2", "x", [R], [
    ("for any a ∈ ℝ, (x - a)^2 is convex", "convex", True),
    ("(x - a)^2 is convex for all real a", "convex", True),
    ("$(x-a)^2$ is convex for every $a\\in\\mathbb{R}$", "convex", True),
], params={"a": ["-1", "0", "5/2"]}, why="f'' = 2")
E("param", "a**2*x**2", "x", [R], [
    ("For all a ∈ ℝ, a^2 x^2 is convex", "convex", True),
    ("a^2 x^2 is convex for all a ∈ ℝ", "convex", True),
    ("Let a be a real number. Then a^2 x^2 is convex.", "convex", True),
], params={"a": ["-1", "0", "2"]}, why="2a^2 >= 0 (jointly: Hessian det -12a^2x^2)")
E("param", "a*x + x**2", "x", [R], [
    ("For all $a \\in \\mathbb{R}$, $a x + x^2$ is convex", "convex", True),
    ("Let a ∈ ℝ. Then a x + x^2 is convex.", "convex", True),
    ("Suppose a ∈ ℝ. a x + x^2 is convex", "convex", True),
    ("Let a be real. a x + x^2 is convex", "convex", True),
], params={"a": ["-3", "0", "1/2"]}, why="f'' = 2 in x (jointly: Hessian [[2, 1], [1, 0]] indefinite)")
E("param", "a*x**2", "x", [R], [
    ("Let a > 0. Then a x^2 is convex.", "convex", True),
    ("Let a ≥ 0. a x^2 is convex", "convex", True),
], params={"a": ["0", "1/4", "3"]}, why="2a >= 0")
E("param", "a*x**2", "x", [R], [
    ("Let a ∈ ℝ. Then a x^2 is convex.", "convex", False),
    ("$a x^2$ is convex for all $a \\in \\mathbb{R}$", "convex", False),
], params={"a": ["-1", "0", "2"]}, why="a = -1: -x^2")
E("param", "exp(x*y)", "x", [R], [
    ("Fix y ∈ ℝ. Then e^{x y} is convex in x.", "convex", True),
], params={"y": ["-1", "0", "2"]}, why="y^2 e^{xy} >= 0")
E("param", "(a*x + b)**2", "x", [R], [
    ("for all $a, b \\in \\mathbb{R}$, $(a x + b)^2$ is convex", "convex", True),
], params={"a": ["-1", "0", "2"], "b": ["0", "3"]}, why="2a^2 >= 0")
E("param", "x**2 + lam*Abs(x)", "x", [R], [
    ("x^2 + λ|x| is convex for every λ ≥ 0", "convex", True),
], params={"lam": ["0", "1/2", "3"]}, why="sum of convex")
E("param", "lam*(Abs(x1) + Abs(x2)) + x1**2 + x2**2", ["x1", "x2"], [R, R], [
    ("λ‖x‖_1 + ‖x‖_2^2 is convex for λ > 0 and x ∈ ℝ^2", "convex", True),
], params={"lam": ["1/10", "2"]}, why="elastic net: sum of convex")
E("param", "Max(0, 1 - y*w)", "w", [R], [
    ("max(0, 1 - y w) is convex in w for every y", "convex", True),
], params={"y": ["-1", "0", "1", "3"]}, why="max of affine functions of w")
E("param", "-y*log(p) - (1 - y)*log(1 - p)", "p", [U], [
    ("the cross-entropy -y log p - (1-y) log(1-p) is convex in p for y ∈ [0,1]", "convex", True),
], dom=["p > 0", "p < 1"], params={"y": ["0", "1/3", "1"]}, why="y/p^2 + (1-y)/(1-p)^2 >= 0")
E("param", "log(1 + exp(-y*w*x))", "w", [R], [
    ("log(1 + exp(-y w x)) is convex in w", "convex", True),
], params={"x": ["-1", "2"], "y": ["-1", "1"]}, why="softplus of an affine function of w")
E("param", "a*x**2", "x", [R], [
    ("f(x) = ax^2 is convex", "convex", False),
], params={"a": ["-1", "1"]}, why="false for a < 0, and jointly in (a, x) too (Hessian [[0, 2x], [2x, 2a]])")

# ---------------------------------------------------------------- domains in words and sets
E("domain", "x**3", "x", [(0.001, 0.999)], [
    ("x^3 is convex for x in (0, 1)", "convex", True),
    ("x^3 is convex for 0<x<1", "convex", True),
    ("x^3 is convex on (0;1)", "convex", True),
], dom=["x > 0", "x < 1"], why="6x > 0")
E("domain", "x**3", "x", [(-0.999, 0.999)], [
    ("x^3 is convex for x in (-1, 1)", "convex", False),
], dom=["x > -1", "x < 1"], why="6x < 0 for x < 0")
E("domain", "x**3", "x", [(0, 5)], [
    ("x^3 is convex for all nonnegative x", "convex", True),
    ("x^3 is convex where x ≥ 0", "convex", True),
    ("x^3 is convex whenever x ≥ 0", "convex", True),
    ("x^3 is convex if x ≥ 0", "convex", True),
    ("f(x)=x^3, x≥0, is convex", "convex", True),
    ("f(x)=x^3 (x ≥ 0) is convex", "convex", True),
    ("$f(x)=x^3 \\ (x\\ge 0)$ is convex", "convex", True),
    ("$x^3$ is convex for $x \\geqslant 0$", "convex", True),
    ("x^3 is convex on $[0, +\\infty)$", "convex", True),
    ("x^3 is convex for x ∈ [0, ∞)", "convex", True),
    ("Is x^3 convex for x >= 0?", "convex", True),
], dom=["x >= 0"], why="6x >= 0")
E("domain", "x**3", "x", [P], [
    ("x^3 is convex provided x > 0", "convex", True),
    ("x^3 is convex as long as x > 0", "convex", True),
    ("x^3 is convex on ]0, +∞[", "convex", True),
], dom=["x > 0"], why="6x > 0")
E("domain", "x**3", "x", [N_], [
    ("x^3 is concave for all negative x", "concave", True),
    ("x^3 is convex for negative x", "convex", False),
], dom=["x < 0"], why="6x < 0")
E("domain", "-1/x", "x", [N_], [
    ("-1/x is convex for negative x", "convex", True),
], dom=["x < 0"], why="(-1/x)'' = -2/x^3 > 0 for x < 0")
E("domain", "1/x", "x", [N_], [
    ("f(x)=1/x, x<0 is concave", "concave", True),
], dom=["x < 0"], why="2/x^3 < 0 for x < 0")
E("domain", "x**2*y", "xy", [R, R], [
    ("Hello, is x^2y convex?", "convex", False),
], why="Hessian [[2y, 2x], [2x, 0]] indefinite")
E("domain", "1/(x*y)", "xy", [P, P], [
    ("1/(xy) is convex on the positive orthant", "convex", True),
], dom=["x > 0", "y > 0"], why="Hessian det 3/(x^4 y^4) > 0, diagonal > 0")
E("domain", "x*y", "xy", [P, P], [
    ("xy is concave on the positive orthant", "concave", False),
    ("xy is quasiconcave on the first quadrant", "qconcave", True),
], dom=["x > 0", "y > 0"], why="indefinite Hessian; superlevel sets xy >= c are convex")
E("domain", "-log(1 - x**2)", "x", [(-0.999, 0.999)], [
    ("-log(1 - x^2) is convex for |x| < 1", "convex", True),
], dom=["x > -1", "x < 1"], why="(2 + 2x^2)/(1 - x^2)^2 > 0")
E("domain", "x**2 - y**2", "xy", [(-0.7, 0.7), (-0.7, 0.7)], [
    ("x^2 - y^2 is convex on the unit disk", "convex", False),
], dom=["x**2 + y**2 < 1"], why="-2 along y")
E("domain", "sqrt(1 - x**2 - y**2)", "xy", [(-0.7, 0.7), (-0.7, 0.7)], [
    ("sqrt(1 - x^2 - y^2) is concave on the unit disk", "concave", True),
], dom=["x**2 + y**2 < 1"], why="the upper hemisphere: sqrt of a concave nonnegative function")
E("domain", "x/y", "xy", [R, P], [
    ("x/y is quasilinear on y > 0", "qlinear", True),
    ("x/y is convex on y>0", "convex", False),
], dom=["y > 0"], why="linear-fractional: level sets are half-planes; f_xx = 0, f_xy = -1/y^2")
E("domain", "x**3 - x", "x", [(-5, 0)], [
    ("x^3 - x is concave on x ≤ 0", "concave", True),
], dom=["x <= 0"], why="6x <= 0")
E("domain", "cos(x)", "x", [(-1.57, 1.57)], [
    ("cos(x) is concave on [-π/2, π/2]", "concave", True),
], dom=["x >= -pi/2", "x <= pi/2"], why="-cos x <= 0 there")
E("domain", "tan(x)", "x", [(0, 1.57)], [
    ("tan(x) is convex for 0 ≤ x < π/2", "convex", True),
], dom=["x >= 0", "x < pi/2"], why="2 tan x sec^2 x >= 0")
E("domain", "x**3 - 3*x", "x", [(1, 5)], [
    ("f(x) = x³ − 3x is convex on [1, ∞)", "convex", True),
], dom=["x >= 1"], why="6x >= 6")
E("domain", "x**3 - 3*x", "x", [(-5, 0)], [
    ("x³ − 3x is concave on (−∞, 0]", "concave", True),
], dom=["x <= 0"], why="6x <= 0")
E("domain", "x + 1/x", "x", [N_], [
    ("f(x) = x + 1/x is convex for x < 0", "convex", False),
    ("f(x) = x + 1/x is concave for x < 0", "concave", True),
], dom=["x < 0"], why="2/x^3 < 0")
E("domain", "x**2 + 1/x", "x", [P], [
    ("f(x) = x^2 + 1/x is convex on x > 0", "convex", True),
], dom=["x > 0"], why="2 + 2/x^3 > 0")
E("domain", "log(Abs(x))", "x", [P], [
    ("ln|x| is concave for x > 0", "concave", True),
], dom=["x > 0"], why="ln x on x > 0")
E("domain", "x*exp(x)", "x", [(-2, 4)], [
    ("$x\\,e^{x}$ is convex for $x \\geq -2$", "convex", True),
], dom=["x >= -2"], why="(x + 2) e^x >= 0 on x >= -2")
E("domain", "x*exp(x)", "x", [R], [
    ("$x\\,e^{x}$ is convex", "convex", False),
], why="(x + 2) e^x < 0 for x < -2")

# ---------------------------------------------------------------- strict, quasi, log
E("strict", "x**4", "x", [R], [
    ("x^4 is strictly convex on ℝ.", "sconvex", True),
], why="strictly convex although f''(0) = 0")
E("strict", "x**2 + y**2", "xy", [R, R], [
    ("x^2 + y^2 is strongly convex", "sconvex", True),
], why="Hessian 2I: 2-strongly convex (hence strictly convex)")
E("strict", "x**2 - 2*x*y + y**2", "xy", [R, R], [
    ("x^2 - 2xy + y^2 is convex but not strictly convex", "convex&notsconvex", True),
], why="(x - y)^2: constant along (1, 1)", flat=[((0, 0), (1, 1))])
E("strict", "x**2 + y**2 + z**2 - x*y - y*z - z*x", "xyz", [R, R, R], [
    ("x^2 + y^2 + z^2 - xy - yz - zx is convex", "convex", True),
    ("x^2 + y^2 + z^2 - xy - yz - zx is not strictly convex", "notsconvex", True),
], why="half the sum of (x-y)^2, (y-z)^2, (z-x)^2: constant along (1, 1, 1)", flat=[((0, 0, 0), (1, 1, 1))])
E("strict", "5 - 3*x", "x", [R], [
    ("5 - 3x is both convex and concave", "convex&concave", True),
], why="affine")
E("strict", "-x**2", "x", [R], [
    ("-x^2 is not convex but is concave", "notconvex&concave", True),
], why="f'' = -2")
E("log", "2*log(x)", "x", [P], [
    ("x^2 is log-convex on x > 0", "convex", False),
    ("x^2 is log-concave on x > 0", "concave", True),
], dom=["x > 0"], why="log f = 2 log x (the entry is log f)")
E("log", "x**2", "x", [R], [
    ("e^{x^2} is log-convex", "convex", True),
], why="log f = x^2 (the entry is log f)")
E("log", "-x**2/2", "x", [R], [
    ("The Gaussian density e^{-x^2/2} is log-concave", "concave", True),
], why="log f = -x^2/2 (the entry is log f)")
E("log", "-x**2", "x", [R], [
    ("e^(−x²) is log-concave", "concave", True),
], why="log f = -x^2 (the entry is log f)")
E("quasi", "sqrt(Abs(x))", "x", [R], [
    ("sqrt(|x|) is quasiconvex", "qconvex", True),
    ("sqrt(|x|) is convex", "convex", False),
    ("|x|^0.5 is convex", "convex", False),
], why="unimodal with minimum at 0 (sublevel sets are intervals); concave on each side")
E("quasi", "x**3", "x", [R], [
    ("x^3 is quasiconvex", "qconvex", True),
    ("Is x^3 convex?", "convex", False),
], why="monotone, so quasilinear; 6x changes sign")

# ---------------------------------------------------------------- max, min, abs, norms, lse, entropy
E("atoms", "Max(x, y, 0)", "xy", [R, R], [
    ("\\max\\{x, y, 0\\} is convex", "convex", True),
], why="max of affine")
E("atoms", "Min(x, y)", "xy", [R, R], [
    ("\\min\\{x, y\\} is convex", "convex", False),
    ("\\min\\{x, y\\} is concave", "concave", True),
], why="min of affine")
E("atoms", "Abs(x1) + Abs(x2) + Abs(x3)", ["x1", "x2", "x3"], [R, R, R], [
    ("\\|x\\|_1 is convex for x ∈ ℝ^3", "convex", True),
    ("‖x‖₁ is convex on ℝ³", "convex", True),
], why="sum of |x_i|")
E("atoms", "sqrt(x**2 + y**2)", "xy", [R, R], [
    ("\\|(x,y)\\|_2 is strictly convex", "sconvex", False),
    ("√(x² + y²) is convex", "convex", True),
], why="a norm: linear along rays", flat=[((1, 1), (2, 2))])
E("atoms", "log(exp(x) + exp(y))", "xy", [R, R], [
    ("log(e^x + e^y) is not strictly convex", "notsconvex", True),
], why="f(x + t, y + t) = f(x, y) + t", flat=[((0, 0), (1, 1))])
E("atoms", "-x*log(x) - y*log(y)", "xy", [P, P], [
    ("-x log x - y log y is concave for x, y > 0", "concave", True),
], dom=["x > 0", "y > 0"], why="sum of -t log t, each concave")
E("atoms", "x**2/y", "xy", [R, P], [
    ("y (x/y)^2 is convex for y > 0", "convex", True),
    ("x^2/y is jointly convex on x ∈ ℝ, y > 0", "convex", True),
], dom=["y > 0"], why="perspective of x^2")
E("atoms", "Max(Abs(x), Abs(y))", "xy", [R, R], [
    ("$\\max\\{\\lvert x\\rvert, \\lvert y\\rvert\\}$ is convex", "convex", True),
], why="the infinity norm")
E("atoms", "Abs(x - 2) + x**2", "x", [R], [
    ("$\\left\\lvert x - 2\\right\\rvert + x^2$ is convex", "convex", True),
], why="sum of convex")
E("atoms", "Min(x**2, 1)", "x", [R], [
    ("$\\min(x^2, 1)$ is convex", "convex", False),
], why="flat at 1 for |x| >= 1, x^2 inside: midpoint of (-2, 2) is 0 < 1")
E("atoms", "Max(x**2, 1)", "x", [R], [
    ("$\\max\\left(x^2, 1\\right)$ is convex", "convex", True),
], why="max of convex")
E("atoms", "Max(0, x)", "x", [R], [
    ("$\\text{max}(x, 0)$ is convex", "convex", True),
], why="ReLU")
E("atoms", "Max(0, x)**2", "x", [R], [
    ("max(0,x)^2 is convex", "convex", True),
    ("$f(x) = \\begin{cases} 0 & x<0 \\\\ x^2 & x \\ge 0\\end{cases}$ is convex", "convex", True),
    ("f(x) = 0 for x < 0 and x^2 for x ≥ 0 is convex", "convex", True),
], why="squared ReLU: C^1, f'' = 0 or 2")
E("atoms", "x*Abs(x)", "x", [R], [
    ("Is x|x| convex?", "convex", False),
    ("f(x)=-x^2 if x<0, x^2 otherwise is convex", "convex", False),
    ("$f(x) = \\begin{cases} x^2 & x \\ge 0 \\\\ -x^2 & x < 0 \\end{cases}$ is convex", "convex", False),
], why="x|x|: -2 for x < 0")
E("atoms", "x1**2 + x2**2 + x3**2", ["x1", "x2", "x3"], [R, R, R], [
    ("$\\sum_{i=1}^{3} x_i^{2}$ is a convex function", "convex", True),
], why="squared norm")
E("atoms", "x1*x2", ["x1", "x2"], [R, R], [
    ("Is x_1 x_2 convex?", "convex", False),
], why="indefinite")
E("atoms", "Abs(x)**Rational(3, 2)", "x", [R], [
    ("|x|^{1.5} is convex", "convex", True),
], why="|x|^p with p >= 1")

# ---------------------------------------------------------------- compositions
E("compose", "log(1 + x**2)", "x", [R], [
    ("Is log(1+x^2) convex?", "convex", False),
], why="2(1 - x^2)/(1 + x^2)^2 < 0 for |x| > 1")
E("compose", "sqrt(1 + x**2)", "x", [R], [
    ("sqrt(1 + x^2) is concave", "concave", False),
    ("sqrt(1+x^2) is convex", "convex", True),
], why="(1 + x^2)^(-3/2) > 0")
E("compose", "1/(1 - x)", "x", [(-5, 0.99)], [
    ("1/(1 - x) is convex for x < 1", "convex", True),
], dom=["x < 1"], why="2/(1 - x)^3 > 0")
E("compose", "x**2/(1 + x**2)", "x", [R], [
    ("$\\frac{x^{2}}{1+x^{2}}$ is convex", "convex", False),
], why="bounded and non-constant")
E("compose", "exp(-x**2/2)", "x", [R], [
    ("$e^{-\\frac{x^2}{2}}$ is concave", "concave", False),
], why="convex for |x| > 1")
E("compose", "x**2*exp(x)", "x", [R], [
    ("f(x) = x² · eˣ is convex", "convex", False),
    ("f(x) = x² · e^x is convex", "convex", False),
], why="e^x (x^2 + 4x + 2) < 0 between -2 -+ sqrt 2")
E("compose", "x**4 + x**2", "x", [R], [
    ("In my homework I have to show that f(x)=x^4+x^2 is convex. Is this right?", "convex", True),
], why="12x^2 + 2 > 0")
E("compose", "x**4 - x", "x", [R], [
    ("Prove or disprove: x^4 - x is convex", "convex", True),
], why="12x^2")
E("compose", "x**3 + x", "x", [R], [
    ("Determine whether f(x) = x^3 + x is convex", "convex", False),
], why="6x")

# ---------------------------------------------------------------- LaTeX variants
E("latex", "-log(x)/log(2)", "x", [P], [
    ("$\\log_{0.5} x$ is convex on $x>0$", "convex", True),
], dom=["x > 0"], why="log base 1/2 = -ln x / ln 2")
E("latex", "x**Rational(3, 2)", "x", [(0, 5)], [
    ("$x^{\\frac{3}{2}}$ is convex for $x \\ge 0$", "convex", True),
], dom=["x >= 0"], why="3/4 x^(-1/2) > 0")
E("latex", "1/x", "x", [P], [
    ("$\\dfrac{1}{x}$ is convex on $x>0$", "convex", True),
    ("$\\frac1x$ is convex on $x>0$", "convex", True),
], dom=["x > 0"], why="2/x^3")
E("latex", "x**2/2", "x", [R], [
    ("$\\tfrac12 x^2$ is convex", "convex", True),
], why="f'' = 1")
E("latex", "exp(x)", "x", [R], [
    ("$\\exp\\{x\\}$ is convex", "convex", True),
], why="e^x")
E("latex", "x*log(x)", "x", [P], [
    ("$x\\;\\log x$ is convex", "convex", True),
], dom=["x > 0"], why="1/x on the natural domain x > 0")
E("latex", "tanh(x)", "x", [(0, 4)], [
    ("$\\tanh(x)$ is concave for $x \\ge 0$", "concave", True),
], dom=["x >= 0"], why="-2 tanh sech^2 <= 0")
E("latex", "6*x**2", "x", [R], [
    ("$3 \\cdot x^2 \\times 2$ is convex", "convex", True),
], why="12")
E("latex", "sqrt(x)", "x", [(0, 5)], [
    ("$f(x) = \\sqrt{x}, \\quad x \\geq 0$ is concave", "concave", True),
    ("√x is concave for x ≥ 0", "concave", True),
], dom=["x >= 0"], why="-x^(-3/2)/4")
E("latex", "x**2", "x", [R], [
    ("$f(x) = x^2,\\ x \\in \\mathbb{R}$ is convex", "convex", True),
    ("x^2 is convex;", "convex", True),
    ("x^2 is convex...", "convex", True),
    ("x^2 is convex (see Boyd, p. 71)", "convex", True),
    ("Is it true that x^2 is concave?", "concave", False),
], why="f'' = 2")
E("latex", "x**Rational(2, 3)", "x", [P], [
    ("x^{2/3} is concave for x > 0", "concave", True),
], dom=["x > 0"], why="-2/9 x^(-4/3)")
E("latex", "1/sqrt(x)", "x", [P], [
    ("x^{-1/2} is convex on (0, ∞)", "convex", True),
], dom=["x > 0"], why="3/4 x^(-5/2)")

# ---------------------------------------------------------------- unicode, numbers, punctuation, prose
E("unicode", "x**2*y**2", "xy", [R, R], [
    ("x² · y² is not convex", "notconvex", True),
], why="Hessian det -12x^2y^2")
E("unicode", "2*x**2", "x", [R], [
    ("2⋅x² is convex", "convex", True),
], why="4")
E("unicode", "x**Rational(1, 3)", "x", [P], [
    ("∛x is concave on x>0", "concave", True),
], dom=["x > 0"], why="-2/9 x^(-5/3)")
E("numbers", "x**2/1000 + 5*y**2/2", "xy", [R, R], [
    ("1e-3 x^2 + 2.5 y^2 is strictly convex", "sconvex", True),
], why="diag(1/500, 5)")
E("numbers", "-x**4/40", "x", [R], [
    ("-2.5e-2 x^4 is convex", "convex", False),
], why="-0.3 x^2")
E("numbers", "x**2/2 - 16*x/5 + Rational(17, 10)", "x", [R], [
    ("0.5x^2 - 3.2x + 1.7 is convex", "convex", True),
], why="f'' = 1")
E("prose", "exp(-x)", "x", [R], [
    ("Claim: e^{-x} is convex!!!", "convex", True),
    ("True or false: e^{-x} is concave.", "concave", False),
], why="e^{-x} > 0")
E("prose", "exp(x) + exp(-x)", "x", [R], [
    ("Is e^x + e^{-x} convex or concave?", "either", True),
], why="2 cosh x")
E("prose", "Abs(x)", "x", [R], [
    ("Prove that the funtion f(x) = |x| is convex.", "convex", True),
], why="|x|")
E("prose", "-log(x)", "x", [P], [
    ("Why is -log(x) convex?", "convex", True),
], dom=["x > 0"], why="1/x^2")
E("prose", "exp(x)", "x", [R], [
    ("Show that e^x is not concave.", "notconcave", True),
], why="e^x > 0")
E("prose", "x*log(x) - x", "x", [P], [
    ("x ln(x) - x is convex", "convex", True),
], dom=["x > 0"], why="1/x")

# ---------------------------------------------------------------- more refutations, in the same phrasings
E("define", "x**2 - 3*y**2", "xy", [R, R], [
    ("Define F(x,y) := x^2 - 3y^2. F is convex.", "convex", False),
], why="Hessian diag(2, -6)")
E("define", "log(t)", "t", [P], [
    ("g is convex where g(t) = log t", "convex", False),
], dom=["t > 0"], why="-1/t^2 < 0")
E("define", "u**3", "u", [R], [
    ("the function h defined by h(u) = u^3 is concave", "concave", False),
], why="6u > 0 for u > 0")
E("define", "s*exp(s)", "s", [R], [
    ("Consider ψ(s) = s e^s. Then ψ is convex.", "convex", False),
], why="(s + 2) e^s < 0 for s < -2")
E("signature", "x**2 + y**2 - 4*x*y", "xy", [R, R], [
    ("f: R^2 -> R, f(x,y) = x^2 + y^2 - 4xy is convex", "convex", False),
], why="Hessian [[2, -4], [-4, 2]]: det -12")
E("signature", "Abs(x)", "x", [R], [
    ("f: ℝ → ℝ, f(x) = |x| is strictly convex", "sconvex", False),
    ("Is abs strictly convex?", "sconvex", False),
], why="linear on x > 0", flat=[((1,), (2,))])
E("bare", "cos(x)", "x", [R], [("cos is convex", "convex", False)], why="-cos x changes sign")
E("bare", "log(x)", "x", [P], [("The function log is convex", "convex", False)], dom=["x > 0"], why="-1/x^2")
E("bare", "sqrt(x)", "x", [(0, 5)], [("sqrt is a convex function", "convex", False)], dom=["x >= 0"], why="-x^(-3/2)/4")
E("bare", "exp(x)", "x", [R], [("Is exp concave?", "concave", False)], why="e^x > 0")
E("bare", "-log(1 + exp(-x))", "x", [R], [
    ("sigmoid is log-concave", "concave", True),
    ("1/(1+e^{-x}) is log-concave", "concave", True),
], why="log sigmoid = -softplus(-x), concave (the entry is log f)")
E("param", "a*x**2 - x**4", "x", [R], [
    ("For all a > 0, a x^2 - x^4 is concave", "concave", False),
], params={"a": ["1/2", "2"]}, why="2a - 12x^2 > 0 near 0")
E("param", "-a*exp(x)", "x", [R], [
    ("For every a > 0, -a e^x is convex", "convex", False),
], params={"a": ["1/2", "2"]}, why="-a e^x < 0")
E("param", "x**p", "x", [P], [
    ("x^p is convex on x > 0 for p ∈ (0, 1)", "convex", False),
], dom=["x > 0"], params={"p": ["1/3", "1/2"]}, why="p(p - 1) x^(p-2) < 0")
E("param", "-x**2*y", "x", [R], [
    ("For fixed y>0, -x^2y is convex in x", "convex", False),
], params={"y": ["1/2", "3"]}, why="-2y < 0")
E("param", "x*y", "x", [R], [
    ("xy is convex in x for every y", "convex", True),
], params={"y": ["-2", "0", "3"]}, why="linear in x")
E("param", "exp(x*y)", "xy", [R, R], [
    ("e^{xy} is jointly convex", "convex", False),
], why="Hessian at 0: [[0, 1], [1, 0]]")
E("domain", "x**3", "x", [(-5, 0)], [
    ("x^3 is convex whenever x ≤ 0", "convex", False),
], dom=["x <= 0"], why="6x < 0 for x < 0")
E("domain", "x**3", "x", [(-0.999, 5)], [
    ("x^3 is convex provided x > -1", "convex", False),
], dom=["x > -1"], why="6x < 0 on (-1, 0)")
E("domain", "sin(x)", "x", [(0, 6.28)], [
    ("sin x is concave on [0, 2π]", "concave", False),
    ("sin x is quasiconvex on [0, 2π]", "qconvex", False),
], dom=["x >= 0", "x <= 2*pi"], why="convex on [pi, 2pi]; {sin <= 1/2} = [0, pi/6] u [5pi/6, 2pi]")
E("domain", "cos(x)", "x", [(0, 3.14)], [
    ("cos x is concave on [0, π]", "concave", False),
], dom=["x >= 0", "x <= pi"], why="-cos x > 0 on (pi/2, pi]")
E("domain", "log(x)", "x", [U], [
    ("log x is convex for x in (0, 1)", "convex", False),
], dom=["x > 0", "x < 1"], why="-1/x^2")
E("domain", "1/x", "x", [P], [
    ("1/x is concave on ]0, +∞[", "concave", False),
], dom=["x > 0"], why="2/x^3 > 0")
E("domain", "x**2 + y**2", "xy", [(-0.7, 0.7), (-0.7, 0.7)], [
    ("x^2 + y^2 is concave on the unit disk", "concave", False),
], dom=["x**2 + y**2 < 1"], why="Hessian 2I")
E("domain", "x*y", "xy", [P, P], [
    ("xy is convex on the first quadrant", "convex", False),
], dom=["x > 0", "y > 0"], why="indefinite Hessian")
E("domain", "sqrt(x*y)", "xy", [P, P], [
    ("sqrt(xy) is convex on the positive orthant", "convex", False),
    ("sqrt(xy) is concave on the positive quadrant", "concave", True),
], dom=["x > 0", "y > 0"], why="geometric mean: concave, and not affine")
E("atoms", "log(exp(x) + exp(y))", "xy", [R, R], [
    ("log(e^x + e^y) is strictly convex", "sconvex", False),
    ("log(e^x + e^y) is convex in (x, y)", "convex", True),
], why="log-sum-exp: affine along (1, 1)", flat=[((0, 0), (1, 1))])
E("atoms", "x**2 + y**2", "xy", [R, R], [
    ("\\|(x,y)\\|_2^2 is not strictly convex", "notsconvex", False),
    ("‖(x, y)‖² is strictly convex", "sconvex", True),
], why="Hessian 2I")
E("atoms", "Max(x, y)", "xy", [R, R], [
    ("max(x, y) is strictly convex", "sconvex", False),
], why="linear along (1, 1)", flat=[((0, 0), (1, 1))])
E("atoms", "Abs(x) + Abs(y)", "xy", [R, R], [
    ("|x| + |y| is concave", "concave", False),
], why="the 1-norm: convex, not affine")
E("atoms", "-x*log(x)", "x", [P], [
    ("-x log x is convex for x > 0", "convex", False),
], dom=["x > 0"], why="-1/x")
E("atoms", "x*log(x/y)", "xy", [P, P], [
    ("x log(x/y) is concave on x, y > 0", "concave", False),
], dom=["x > 0", "y > 0"], why="relative entropy: convex, not affine")
E("compose", "exp(x**2)", "x", [R], [
    ("e^{x^2} is concave", "concave", False),
], why="(2 + 4x^2) e^{x^2} > 0")
E("log", "-x**2", "x", [R], [
    ("e^{-x^2} is log-convex", "convex", False),
], why="log f = -x^2 (the entry is log f)")
E("quasi", "x**3", "x", [R], [
    ("x^3 is quasiconcave", "qconcave", True),
], why="monotone")
E("quasi", "-x**2", "x", [R], [
    ("-x^2 is quasiconvex", "qconvex", False),
], why="{-x^2 <= -1} = {|x| >= 1}")
E("strict", "exp(x)", "x", [R], [
    ("e^x is strictly concave", "sconcave", False),
], why="e^x > 0")
E("strict", "x**4", "x", [R], [
    ("x^4 is strictly concave", "sconcave", False),
], why="12x^2")
E("numbers", "x**2/2 - 16*x/5 + Rational(17, 10)", "x", [R], [
    ("0.5x^2 - 3.2x + 1.7 is concave", "concave", False),
], why="f'' = 1")
E("numbers", "x**2/1000 - 5*y**2/2", "xy", [R, R], [
    ("1e-3 x^2 - 2.5 y^2 is convex", "convex", False),
], why="diag(1/500, -5)")
E("latex", "x**2/2 - x**3/3", "x", [R], [
    ("$\\tfrac12 x^2 - \\tfrac13 x^3$ is convex", "convex", False),
], why="1 - 2x < 0 for x > 1/2")
E("latex", "1/x", "x", [P], [
    ("$\\frac1x$ is concave on $x>0$", "concave", False),
], dom=["x > 0"], why="2/x^3")
E("latex", "x**Rational(1, 3)", "x", [P], [
    ("$\\sqrt[3]{x}$ is convex for $x > 0$", "convex", False),
], dom=["x > 0"], why="-2/9 x^(-5/3)")
E("latex", "(x + y)**2", "xy", [R, R], [
    ("$\\left( x + y \\right)^2$ is strictly convex", "sconvex", False),
    ("$\\left(x+y\\right)^{2}$ is convex", "convex", True),
], why="constant along (1, -1)", flat=[((0, 0), (1, -1))])
E("latex", "log(1 + exp(x))", "x", [R], [
    ("$\\operatorname{softplus}(x)$ is a concave function", "concave", False),
], why="sigmoid' > 0")
E("latex", "Max(0, x - 1)", "x", [R], [
    ("$\\mathrm{ReLU}(x - 1)$ is concave", "concave", False),
], why="kink at 1")
E("latex", "Max(0, 1 - x)", "x", [R], [
    ("$\\mathrm{ReLU}(1-x)$ is convex", "convex", True),
], why="max of affine")
E("latex", "log(x)", "x", [P], [
    ("$\\ln\\left(x\\right)$ is convex on $x>0$", "convex", False),
], dom=["x > 0"], why="-1/x^2")
E("latex", "exp(x/2)", "x", [R], [
    ("$\\exp\\left(\\frac{x}{2}\\right)$ is concave", "concave", False),
], why="e^{x/2}/4 > 0")
E("latex", "Max(x**2, y**2)", "xy", [R, R], [
    ("$\\max\\{x^2, y^2\\}$ is convex", "convex", True),
], why="max of convex")
E("latex", "(x1**2 + x2**2)/2", ["x1", "x2"], [R, R], [
    ("$\\frac{1}{2}\\|x\\|_2^2$ is convex for $x \\in \\mathbb{R}^2$", "convex", True),
], why="identity Hessian")
E("latex", "sqrt(x1**2 + x2**2 + x3**2)", ["x1", "x2", "x3"], [R, R, R], [
    ("$\\|x\\|_2$ is concave for $x \\in \\mathbb{R}^3$", "concave", False),
], why="a norm, not affine")
E("unicode", "x**2 - y**2", "xy", [R, R], [
    ("Is x² − y² convex?", "convex", False),
], why="diag(2, -2)")
E("unicode", "sqrt(x)", "x", [(0, 5)], [
    ("√x is convex for every x ≥ 0", "convex", False),
], dom=["x >= 0"], why="-x^(-3/2)/4")
E("unicode", "x**4 - x**2", "x", [R], [
    ("f(x) = x⁴ − x² is convex", "convex", False),
], why="12x^2 - 2 < 0 near 0")
E("unicode", "exp(-x)", "x", [R], [
    ("e^(−x) is concave", "concave", False),
    ("Is e^{-x} concave?", "concave", False),
], why="e^{-x} > 0")
E("prose", "x**2 + x*y", "xy", [R, R], [
    ("Is x^2 + xy convex?", "convex", False),
], why="Hessian [[2, 1], [1, 0]]: det -1")

# ---------------------------------------------------------------- compound claims (each part checked; the
# entry is the part that decides: a false part for a false claim, the less obvious part for a true one)
E("compound", "-exp(x)", "x", [R], [
    ("Both x^2 and -e^x are convex", "convex", False),
], why="-e^x is concave, not convex (x^2 is convex)")
E("compound", "log(x)", "x", [P], [
    ("x^2 and log x are convex", "convex", False),
], dom=["x > 0"], why="log x is not convex (x^2 is)")
E("compound", "x**3", "x", [R], [
    ("x^2 is convex, and so is x^3", "convex", False),
    ("x^2 is convex and x^3 is concave", "concave", False),
    ("x^3 is convex on ℝ but not on x ≥ 0", "convex", False),
    ("Neither x^3 nor sin x is convex", "notconvex", True),
    ("x^3 is convex on x ≥ 0 but not on ℝ", "notconvex", True),
], why="x^3: 6x changes sign on R (sin'' = -sin x changes sign; x^3 is convex on x >= 0)")
E("compound", "x**2", "x", [N_], [
    ("x^2 is convex for x > 0 and concave for x < 0", "concave", False),
], dom=["x < 0"], why="x^2 is strictly convex on x < 0")
E("compound", "x**3", "x", [N_], [
    ("x^3 is convex for x > 0 and concave for x < 0", "concave", True),
    ("x^3 is concave for x > 0 and convex for x < 0", "convex", False),
], dom=["x < 0"], why="6x < 0 on x < 0 (and 6x > 0 on x > 0)")
E("compound", "exp(x)", "x", [R], [
    ("Both x^2 and e^x are convex", "convex", True),
    ("x^2 and e^x are convex", "convex", True),
    ("x^2, e^x and |x| are all convex", "convex", True),
    ("x^2 is convex while -x^2 is concave", "convex", True),
    ("x^2 is convex, and so is x^4", "convex", True),
], why="every part holds: x^2, e^x, |x|, x^4 convex, -x^2 concave")

# ---------------------------------------------------------------- null rows
N("natural-domain", "log(x) is concave on x > -1", "log x is not real on (-1, 0]: the stated set is not the function's")
N("natural-domain", "sqrt(x) is concave on [-1, 1]", "sqrt x is not real on [-1, 0)")
N("natural-domain", "x^{-2} is convex", "the natural domain x != 0 is not convex")
N("natural-domain", "ln|x| is concave", "the natural domain x != 0 is not convex")
N("empty", "x^2 is convex on [1, 0]", "the interval is empty")
N("undefined", "Let f(x) = x^2. Then g is convex.", "g is never defined")

# ---------------------------------------------------------------- a term that a value or SymPy cancels (found by
# probing: these were answered about a function of fewer variables)
E("vanish", "x**2", "xy", [R, R], [
    ("x^2 + λ y^2 is strictly convex where λ = 0", "sconvex", False),
    ("$x^2 + \\lambda y^2$ is strictly convex with $\\lambda = 0$", "sconvex", False),
    ("x^2 + 0 y^2 is strictly convex", "sconvex", False),
    ("x^2 + y - y is strictly convex", "sconvex", False),
    ("x^2 + c y^2 is strictly convex for c = 0", "sconvex", False),
    ("x^2 + λ y^2 is convex where λ = 0", "convex", True),
], why="the function of (x, y) is x^2: constant along y", flat=[((0, 0), (0, 1))])
E("vanish", "(w - 1)**2", "wb", [R, R], [
    ("$(w - 1)^2 + \\lambda b^2$ is strictly convex where $\\lambda = 0$", "sconvex", False),
    ("$(w - 1)^2 + \\lambda b^2$ is strictly convex in $w, b$ where $\\lambda = 0$", "sconvex", False),
], why="ridge penalty switched off: constant along b", flat=[((1, 0), (1, 1))])
E("vanish", "x**2 + y**2", "xy", [R, R], [
    ("x^2 + λ y^2 is strictly convex where λ = 1", "sconvex", True),
], why="Hessian 2I")
E("greek", "x**2", "x", [R], [
    ("Let Γ(x) = x^2. Γ is convex.", "convex", True),
], why="Γ is the name the claim defines")
E("greek", "-x**2", "x", [R], [
    ("Φ(x) = -x^2 is concave", "concave", True),
], why="f'' = -2")
E("greek", "x**2 + y**2", "xy", [R, R], [
    ("ξ² + ζ² is strictly convex", "sconvex", True),
], why="Hessian 2I (ξ, ζ the variables)")
E("greek", "exp(t)", "t", [R], [
    ("χ is convex where χ(t) = e^t", "convex", True),
], why="e^t")
