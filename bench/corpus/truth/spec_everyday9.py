"""Everyday pasted claims, session 9 (blind red team): the claims and, beside each, the mathematics it is about.

Written before reading symconvex's source or the other corpora. Each subject ``S(f, vars, domain, params)`` is
a SymPy expression in Python syntax (written here by hand, never parsed from the claim text), its variables, the
domain as a list of inequalities, and for a claim quantified over parameters a list of parameter values drawn from
the allowed set (the claim holds only if it holds at every value; a refutation needs one value).
Each claim is ``(text, property, label, kind)``: the property the claim states (convex, concave, strictly_convex,
strictly_concave, affine, neither, not_convex, not_concave, not_strictly_convex, not_affine), and the label the
author expects (True / False / "ambiguous").  ``verify_everyday9.py`` recomputes every True/False label from the
subject; an "ambiguous" claim carries two subjects (two readings) whose truths must differ.
"""


def S(f, vars, domain=(), params=None):
    return {"f": f, "vars": list(vars), "domain": list(domain), "params": params or {}}


X = ["x"]
XY = ["x", "y"]
POS = ["x > 0"]

# (subject, [(claim, property, label, kind), ...])
GROUPS = [
    # ---------------- plain text, half-LaTeX -------------------------------------------------------------
    (S("x**2 + y**2", XY), [
        ("x^2+y^2 is convex", "convex", True, "plain"),
        ("x² + y² is strictly convex", "strictly_convex", True, "unicode"),
        ("is x^2 + y^2 concave?", "concave", False, "question"),
        ("f(x,y)=x**2+y**2 is convex right?", "convex", True, "code"),
    ]),
    (S("exp(x)", X), [
        ("is e^x convex?", "convex", True, "question"),
        ("e^x is concave", "concave", False, "plain"),
        ("np.exp(x) is convex", "convex", True, "code"),
        ("eˣ is strictly convex", "strictly_convex", True, "unicode"),
        ("exp convex", "convex", True, "bare-name"),
        ("exp is concave", "concave", False, "bare-name"),
        ("e^x is not concave", "not_concave", True, "negation"),
        ("prove that e^x is convex", "convex", True, "trailing"),
    ]),
    (S("x*log(x)", X, POS), [
        ("f(x)=x*log(x) convex on x>0", "convex", True, "plain"),
        ("x log x is strictly convex for positive x", "strictly_convex", True, "words-domain"),
        ("xlog(x) is concave on x>0", "concave", False, "plain"),
        ("The negative entropy x*ln(x) is convex for x > 0, I think", "convex", True, "trailing"),
    ]),
    (S("-x*log(x)", X, POS), [
        ("the entropy -x log(x) is concave on x>0", "concave", True, "loss-words"),
        ("-x*np.log(x) is convex for x>0", "convex", False, "code"),
    ]),
    (S("x*y", XY), [
        ("x*y is convex", "convex", False, "plain"),
        ("My professor says f(x,y) = xy is convex. Is that true?", "convex", False, "context"),
        ("xy is neither convex nor concave", "neither", True, "negation"),
        ("f(x, y) = x y is concave", "concave", False, "plain"),
        ("x*y is not convex", "not_convex", True, "negation"),
    ]),
    (S("x*y", XY, ["x > 0", "y > 0"]), [
        ("xy is convex on the positive quadrant", "convex", False, "words-domain"),
        ("x*y is concave for x>0, y>0", "concave", False, "plain"),
    ]),
    (S("x**3", X), [
        ("x^3 is convex", "convex", False, "plain"),
        ("Is x³ convex?", "convex", False, "unicode"),
        ("x**3 is neither convex nor concave", "neither", True, "negation"),
        ("x^3 is concave on R", "concave", False, "plain"),
    ]),
    (S("x**3", X, ["x >= 0"]), [
        ("x^3 is convex for x>=0", "convex", True, "plain"),
        ("x³ convex on [0, ∞)", "convex", True, "unicode"),
        ("x**3 is convex when x ≥ 0, right?", "convex", True, "trailing"),
    ]),
    (S("x**3", X, ["x <= 0"]), [
        ("x^3 is concave for negative x", "concave", True, "words-domain"),
    ]),
    (S("log(x)", X, POS), [
        ("log is concave", "concave", True, "bare-name"),
        ("log(x) is concave", "concave", True, "plain"),
        ("I think log(x) is convex", "convex", False, "trailing"),
        ("ln x is strictly concave on x > 0", "strictly_concave", True, "plain"),
        ("math.log(x) is concave for x>0", "concave", True, "code"),
        ("log x is not convex", "not_convex", True, "negation"),
        ("ln is convex", "convex", False, "bare-name"),
        ("log(x) concave for x ∈ (0, ∞)", "concave", True, "unicode"),
    ]),
    (S("sin(x)", X, ["x >= 0", "x <= pi"]), [
        ("sin concave on [0, pi]", "concave", True, "bare-name"),
        ("sin(x) is concave on [0, π]", "concave", True, "unicode"),
        ("sin(x) is convex on [0,pi]", "convex", False, "plain"),
    ]),
    (S("sin(x)", X, ["x >= pi", "x <= 2*pi"]), [
        ("sin(x) is convex on [pi, 2pi]", "convex", True, "plain"),
    ]),
    (S("sin(x)", X), [
        ("sin(x) is convex", "convex", False, "plain"),
        ("sin is neither convex nor concave", "neither", True, "bare-name"),
        ("np.sin(x) concave?", "concave", False, "code"),
    ]),
    (S("cos(x)", X, ["x >= -pi/2", "x <= pi/2"]), [
        ("cos is concave on [-pi/2, pi/2]", "concave", True, "bare-name"),
        ("cos(x) is convex for x between -pi/2 and pi/2", "convex", False, "words-domain"),
    ]),
    (S("sqrt(x)", X, ["x >= 0"]), [
        ("sqrt(x) is concave", "concave", True, "plain"),
        ("√x is concave on x ≥ 0", "concave", True, "unicode"),
        ("sqrt is convex", "convex", False, "bare-name"),
        ("np.sqrt(x) is strictly concave for x>0", "strictly_concave", True, "code"),
        ("the square root function is concave", "concave", True, "words-function"),
    ]),
    (S("Max(0, x)", X), [
        ("max(0, x) is convex", "convex", True, "code"),
        ("relu(x) is convex", "convex", True, "code"),
        ("ReLU is convex", "convex", True, "bare-name"),
        ("relu is strictly convex", "strictly_convex", False, "bare-name"),
        ("max(0,x) is concave", "concave", False, "code"),
        ("np.maximum(0, x) is convex", "convex", True, "code"),
        ("ReLU(x) = max(0,x) is not strictly convex", "not_strictly_convex", True, "negation"),
        ("relu is convex but not strictly convex", "convex_not_strict", True, "negation"),
        ("the relu activation is affine", "affine", False, "words-function"),
    ]),
    (S("1/(1 + exp(-x))", X), [
        ("sigmoid is convex", "convex", False, "bare-name"),
        ("the sigmoid function is concave", "concave", False, "words-function"),
        ("sigmoid(x) = 1/(1+e^-x) is convex", "convex", False, "plain"),
        ("torch.sigmoid(x) is convex?", "convex", False, "code"),
        ("σ(x) = 1/(1+e^{-x}) is neither convex nor concave", "neither", True, "unicode"),
        ("The authors claim the logistic sigmoid 1/(1+exp(-x)) is convex.", "convex", False, "context"),
    ]),
    (S("1/(1 + exp(-x))", X, ["x <= 0"]), [
        ("sigmoid(x) is convex for x <= 0", "convex", True, "plain"),
        ("1/(1+exp(-x)) is convex for negative x", "convex", True, "words-domain"),
    ]),
    (S("1/(1 + exp(-x))", X, ["x >= 0"]), [
        ("sigmoid is concave for x>=0", "concave", True, "bare-name"),
    ]),
    (S("log(1 + exp(x))", X), [
        ("softplus is convex", "convex", True, "bare-name"),
        ("softplus(x) is strictly convex", "strictly_convex", True, "code"),
        ("log(1+e^x) is convex", "convex", True, "plain"),
        ("np.log1p(np.exp(x)) is convex", "convex", True, "code"),
        ("F.softplus(x) is concave", "concave", False, "code"),
        ("ln(1 + exp(x)) is convex, since it is log-sum-exp", "convex", True, "context"),
    ]),
    (S("log(1 + x)", X, ["x > -1"]), [
        ("log1p(x) is concave", "concave", True, "code"),
        ("log1p is convex", "convex", False, "bare-name"),
        ("ln(1+x) is concave for x > -1", "concave", True, "plain"),
    ]),
    (S("Abs(x)", X), [
        ("abs(x) is convex", "convex", True, "code"),
        ("|x| is convex", "convex", True, "plain"),
        ("|x| is strictly convex", "strictly_convex", False, "plain"),
        ("abs is convex", "convex", True, "bare-name"),
        ("|x| is not strictly convex", "not_strictly_convex", True, "negation"),
        ("np.abs(x) is concave", "concave", False, "code"),
    ]),
    (S("Abs(x - 1) + x**2", X), [
        ("np.abs(x-1)+x**2 is strictly convex", "strictly_convex", True, "code"),
        ("|x - 1| + x^2 is convex", "convex", True, "plain"),
    ]),
    (S("tanh(x)", X), [
        ("tanh is concave", "concave", False, "bare-name"),
        ("tanh(x) is convex", "convex", False, "plain"),
        ("np.tanh(x) is neither convex nor concave", "neither", True, "code"),
    ]),
    (S("tanh(x)", X, ["x >= 0"]), [
        ("tanh is concave for x>=0", "concave", True, "bare-name"),
        ("tanh(x) is concave for positive x", "concave", True, "words-domain"),
    ]),
    (S("atan(x)", X), [
        ("arctan is convex", "convex", False, "bare-name"),
        ("arctan(x) is concave", "concave", False, "plain"),
    ]),
    (S("atan(x)", X, POS), [
        ("arctan(x) is concave for x > 0", "concave", True, "plain"),
        ("atan is concave on x>0", "concave", True, "bare-name"),
    ]),
    (S("cosh(x)", X), [
        ("cosh is convex", "convex", True, "bare-name"),
        ("cosh(x) is strictly convex", "strictly_convex", True, "plain"),
    ]),
    (S("sinh(x)", X), [
        ("sinh(x) is convex", "convex", False, "plain"),
        ("sinh is convex", "convex", False, "bare-name"),
    ]),
    (S("sinh(x)", X, ["x >= 0"]), [
        ("sinh(x) is convex for x ≥ 0", "convex", True, "unicode"),
    ]),
    (S("log(cosh(x))", X), [
        ("log(cosh(x)) is convex", "convex", True, "plain"),
        ("the log-cosh loss log(cosh(x)) is concave", "concave", False, "loss-words"),
    ]),
    (S("x**2", X), [
        ("x^2 is convex", "convex", True, "plain"),
        ("x**2 is convex", "convex", True, "code"),
        ("x² is strictly convex", "strictly_convex", True, "unicode"),
        ("x^2 is not strictly convex", "not_strictly_convex", False, "negation"),
        ("x^2 is concave", "concave", False, "plain"),
        ("x ^ 2  is  convex", "convex", True, "spacing"),
        ("x^2 is convex, right?", "convex", True, "trailing"),
        ("Is x^2 convex or concave?", "convex_or_concave", True, "question"),
        ("x^2 convx", "convex", True, "typo"),
        ("x^2 is convex on ℝ", "convex", True, "unicode"),
        ("f(x)=x^2 is convex for all real x", "convex", True, "words-domain"),
        ("x^2 is affine", "affine", False, "plain"),
    ]),
    (S("x**2", XY), [
        ("x^2 is strictly convex in (x, y)", "strictly_convex", False, "vars"),
        ("f(x,y) = x^2 is convex", "convex", True, "plain"),
    ]),
    (S("-x**2", X), [
        ("-x^2 is concave", "concave", True, "plain"),
        ("-x**2 is convex", "convex", False, "code"),
        ("−x² is strictly concave", "strictly_concave", True, "unicode"),
    ]),
    (S("x**4", X), [
        ("x^4 is convex", "convex", True, "plain"),
        ("x⁴ is strictly convex", "strictly_convex", True, "unicode"),
        ("x**4 is strictly convex even though f''(0)=0", "strictly_convex", True, "context"),
    ]),
    (S("x**4 - x**2", X), [
        ("x^4 - x^2 is convex", "convex", False, "plain"),
        ("Let f(u) = u^4 - u^2. Is f convex?", "convex", False, "named"),
    ]),
    (S("x**4 - x**2", X, ["x >= 1"]), [
        ("x^4 - x^2 is convex for x >= 1", "convex", True, "plain"),
    ]),
    (S("1/x", X, POS), [
        ("1/x is convex for x>0", "convex", True, "plain"),
        ("1/x is convex on (0,∞)", "convex", True, "unicode"),
        ("f(x) = 1/x is convex on the positive reals", "convex", True, "words-domain"),
        ("1/x concave for positive x", "concave", False, "words-domain"),
    ]),
    (S("1/x", X, ["x < 0"]), [
        ("1/x is concave for x<0", "concave", True, "plain"),
    ]),
    (S("x**2/y", XY, ["y > 0"]), [
        ("x^2/y is convex for y>0", "convex", True, "plain"),
        ("x**2/y is jointly convex in (x,y) on y > 0", "convex", True, "code"),
        ("x²/y is concave when y > 0", "concave", False, "unicode"),
    ]),
    (S("log(exp(x) + exp(y))", XY), [
        ("log(e^x + e^y) is convex", "convex", True, "plain"),
        ("logsumexp(x, y) = log(exp(x)+exp(y)) is convex", "convex", True, "code"),
        ("log(e^x+e^y) is strictly convex", "strictly_convex", False, "plain"),
    ]),
    (S("sqrt(x*y)", XY, ["x > 0", "y > 0"]), [
        ("sqrt(xy) is concave for x, y > 0", "concave", True, "plain"),
        ("the geometric mean √(xy) is concave on the positive orthant", "concave", True, "words-domain"),
        ("sqrt(x*y) is convex for x>0 and y>0", "convex", False, "code"),
    ]),
    (S("x**2 - y**2", XY), [
        ("x^2 - y^2 is convex", "convex", False, "plain"),
        ("x^2 - y^2 is neither convex nor concave", "neither", True, "negation"),
        ("x²−y² is a saddle, so it is not convex", "not_convex", True, "unicode"),
    ]),
    (S("x**2 + x*y + y**2", XY), [
        ("Let q(x,y)=x^2+xy+y^2; q is convex", "convex", True, "named"),
        ("x^2 + xy + y^2 is strictly convex", "strictly_convex", True, "plain"),
    ]),
    (S("x**2 + 3*x*y + y**2", XY), [
        ("Let q(x,y) = x^2 + 3xy + y^2. q is convex", "convex", False, "named"),
        ("x^2+3xy+y^2 is convex", "convex", False, "plain"),
    ]),
    (S("x**2*y**2", XY), [
        ("x^2 y^2 is convex", "convex", False, "plain"),
        ("f(x,y) = x^2*y^2 is not convex", "not_convex", True, "negation"),
        ("x²y² is convex since x² and y² are convex", "convex", False, "context"),
    ]),
    (S("Abs(x) + Abs(y)", XY), [
        ("|x| + |y| is convex", "convex", True, "plain"),
        ("||(x,y)||_1 = |x|+|y| is strictly convex", "strictly_convex", False, "plain"),
    ]),
    (S("sqrt(x**2 + y**2)", XY), [
        ("sqrt(x^2+y^2) is convex", "convex", True, "plain"),
        ("the euclidean norm sqrt(x^2 + y^2) is strictly convex", "strictly_convex", False, "words-function"),
        ("√(x²+y²) is concave", "concave", False, "unicode"),
    ]),
    (S("x1**2 + x2**2 + x3**2", ["x1", "x2", "x3"]), [
        ("‖w‖² is convex for w ∈ ℝ³", "convex", True, "unicode"),
        ("||x||^2 is strictly convex for x in R^3", "strictly_convex", True, "plain"),
    ]),
    (S("sqrt(x**2 + 1)", X), [
        ("np.sqrt(x**2 + 1) is convex", "convex", True, "code"),
        ("sqrt(1+x^2) is strictly convex", "strictly_convex", True, "plain"),
    ]),
    (S("log(1 + x**2)", X), [
        ("np.log(1 + x**2) is convex", "convex", False, "code"),
        ("log(1+x^2) is concave", "concave", False, "plain"),
    ]),
    (S("log(1 + x**2)", X, ["x >= -1", "x <= 1"]), [
        ("log(1+x^2) is convex on [-1,1]", "convex", True, "plain"),
        ("log(1 + x²) is convex for |x| ≤ 1", "convex", True, "unicode"),
    ]),
    (S("x*exp(x)", X), [
        ("Define f(x) = x*exp(x). f is convex", "convex", False, "named"),
        ("x e^x is convex", "convex", False, "plain"),
    ]),
    (S("x*exp(x)", X, ["x > -2"]), [
        ("f(x) = x e^x is convex for x > -2", "convex", True, "plain"),
    ]),
    (S("exp(-x**2)", X), [
        ("e^{-x^2} is concave", "concave", False, "plain"),
        ("the gaussian exp(-x^2) is neither convex nor concave", "neither", True, "words-function"),
    ]),
    (S("exp(-x**2)", X, ["x >= -1/2", "x <= 1/2"]), [
        ("exp(-x^2) is concave on [-1/2, 1/2]", "concave", True, "plain"),
    ]),
    (S("exp(x**2)", X), [
        ("exp(x^2) is convex", "convex", True, "plain"),
    ]),
    (S("-log(x)", X, POS), [
        ("-log(x) is convex for x>0", "convex", True, "plain"),
        ("−log(x) is convex for x > 0", "convex", True, "unicode"),
        ("-ln x is concave", "concave", False, "plain"),
    ]),
    (S("log(x)**2", X, ["x > 0"]), [
        ("log(x)^2 is convex on x>0", "convex", False, "plain"),
    ]),
    (S("log(x)**2", X, ["x > 0", "x <= 2"]), [
        ("(ln x)^2 is convex for 0 < x <= 2", "convex", True, "plain"),
    ]),
    (S("x**Rational(1, 3)", X, POS), [
        ("x^(1/3) is concave for x > 0", "concave", True, "plain"),
        ("the cube root is concave on the positive reals", "concave", True, "words-function"),
    ]),
    (S("x**Rational(3, 2)", X, ["x >= 0"]), [
        ("x^(3/2) is convex for x >= 0", "convex", True, "plain"),
        ("x**1.5 is convex on x>=0", "convex", True, "code"),
    ]),
    (S("x**Rational(1, 2) + y**Rational(1, 2)", XY, ["x >= 0", "y >= 0"]), [
        ("sqrt(x) + sqrt(y) is concave for x, y >= 0", "concave", True, "plain"),
    ]),
    (S("Max(x, y)", XY), [
        ("max(x, y) is convex", "convex", True, "code"),
        ("max(x,y) is concave", "concave", False, "code"),
    ]),
    (S("Min(x, y)", XY), [
        ("min(x, y) is concave", "concave", True, "code"),
        ("min(x,y) is convex", "convex", False, "code"),
    ]),
    (S("Min(x**2, 1)", X), [
        ("min(x^2, 1) is convex", "convex", False, "code"),
    ]),
    (S("Max(x**2, 1)", X), [
        ("max(x^2, 1) is convex", "convex", True, "code"),
        ("max(x**2, 1) is strictly convex", "strictly_convex", False, "code"),
    ]),
    (S("Max(0, x)**2", X), [
        ("relu(x)^2 is convex", "convex", True, "code"),
        ("max(0,x)**2 is strictly convex", "strictly_convex", False, "code"),
    ]),
    (S("Max(0, 1 - x)", X), [
        ("the hinge loss max(0, 1 - x) is convex", "convex", True, "loss-words"),
        ("max(0, 1-x) is concave", "concave", False, "code"),
    ]),
    (S("Max(0, 1 - x)**2", X), [
        ("the squared hinge loss max(0,1-x)^2 is convex", "convex", True, "loss-words"),
    ]),
    (S("Max(0, 1 - 2*w)", ["w"]), [
        ("max(0, 1 - y*w*x) is convex in w for y = 1, x = 2", "convex", True, "params-given"),
    ]),
    (S("log(1 + exp(-x))", X), [
        ("the logistic loss log(1+exp(-x)) is convex", "convex", True, "loss-words"),
        ("log(1 + e^{-x}) is strictly convex", "strictly_convex", True, "plain"),
        ("the logistic loss log(1+exp(-x)) is concave", "concave", False, "loss-words"),
    ]),
    (S("Piecewise((x**2/2, Abs(x) <= 1), (Abs(x) - Rational(1, 2), True))", X), [
        ("the huber loss (x^2/2 for |x| <= 1, |x| - 1/2 otherwise) is convex", "convex", True, "loss-words"),
        ("the huber loss (x^2/2 for |x|<=1 and |x|-1/2 otherwise) is strictly convex", "strictly_convex",
         False, "loss-words"),
    ]),
    (S("Piecewise((0, x < 0), (1, True))", X, ["x > -1", "x < 1"]), []),
    # ---------------- named functions defined then used --------------------------------------------------
    (S("t**3", ["t"], ["t > 0"]), [
        ("Let g(t) = t^3. g is convex on t>0", "convex", True, "named"),
        ("g(t)=t^3; g is concave for t > 0", "concave", False, "named"),
    ]),
    (S("t**3", ["t"]), [
        ("Let g(t) = t^3. Then g is convex.", "convex", False, "named"),
    ]),
    (S("-x**2", X), [
        ("Let f(x) = -x^2. f is convex", "convex", False, "named"),
        ("f(x) = -x^2. Is f concave?", "concave", True, "named"),
    ]),
    (S("log(x)", X, POS), [
        ("Let h(x) = log(x). Then h is concave", "concave", True, "named"),
        ("h(x) = ln(x), h is convex", "convex", False, "named"),
    ]),
    (S("sin(x)", X), [
        ("k(x) = sin(x); k is convex?", "convex", False, "named"),
    ]),
    (S("log(1 + exp(z))", ["z"]), [
        ("Let phi(z) = log(1+e^z). phi is convex", "convex", True, "named"),
        ("Let φ(z) = log(1 + e^z). φ is concave", "concave", False, "named"),
    ]),
    (S("exp(-s)", ["s"]), [
        ("Let p(s) = exp(-s). p is convex.", "convex", True, "named"),
        ("let r(s)=e^(-s). r is concave", "concave", False, "named"),
    ]),
    (S("u**2 - 4*u + 7", ["u"]), [
        ("Consider F(u) = u^2 - 4u + 7. F is strictly convex.", "strictly_convex", True, "named"),
        ("Consider F(u) = u^2 - 4u + 7. Then F is concave.", "concave", False, "named"),
    ]),
    (S("1 - t**2", ["t"]), [
        ("Let g(t) = 1 - t^2. g is convex", "convex", False, "named"),
        ("Let g(t) = 1 - t^2. g is concave", "concave", True, "named"),
    ]),
    (S("a**2 + b**2", ["a", "b"]), [
        ("Let L(a, b) = a^2 + b^2. L is convex.", "convex", True, "named"),
    ]),
    (S("(a*b - 1)**2", ["a", "b"]), [
        ("L(a,b) = (ab - 1)^2 is convex", "convex", False, "named"),
        ("Let L(a, b) = (a*b-1)**2. L is convex in (a, b)", "convex", False, "named"),
    ]),
    (S("(a*b - 1)**2", ["a"], (), {"b": ["-2", "0", "1/3", "5"]}), [
        ("the loss (ab-1)^2 is convex in a for fixed b", "convex", True, "params"),
    ]),
    # ---------------- parameters ---------------------------------------------------------------------------
    (S("x**p", X, POS, {"p": ["1", "3/2", "2", "3", "7/2", "5"]}), [
        ("x^p is convex on x>0 for p>=1", "convex", True, "params"),
        ("x^p is concave for x > 0 when p >= 1", "concave", False, "params"),
    ]),
    (S("x**p", X, POS, {"p": ["1/10", "1/3", "1/2", "9/10"]}), [
        ("x^p is concave for x>0 and 0<p<1", "concave", True, "params"),
        ("x^p is convex on x > 0 for 0 < p < 1", "convex", False, "params"),
    ]),
    (S("x**p", X, POS, {"p": ["-3", "-1", "-1/2", "-1/10"]}), [
        ("x^p is convex for x>0 when p<0", "convex", True, "params"),
    ]),
    (S("x**p", X, POS, {"p": ["0", "1/2", "1", "2"]}), [
        ("x^p is convex on x>0 for p >= 0", "convex", False, "params"),
    ]),
    (S("Abs(x)**p", X, (), {"p": ["1", "3/2", "2", "3"]}), [
        ("|x|^p is convex for p ≥ 1", "convex", True, "params"),
    ]),
    (S("Abs(x)**p", X, (), {"p": ["11/10", "3/2", "2", "3"]}), [
        ("|x|^p is strictly convex for p > 1", "strictly_convex", True, "params"),
    ]),
    (S("a*x**2 + b*x + c", X, (), {"a": ["1/10", "1", "3"], "b": ["-2", "0", "5"], "c": ["-1", "0", "2"]}), [
        ("ax^2 + bx + c is convex in x if a > 0", "convex", True, "params"),
        ("a x^2 + b x + c is strictly convex in x when a>0", "strictly_convex", True, "params"),
    ]),
    (S("a*x**2", X, (), {"a": ["0", "1/2", "2"]}), [
        ("a*x^2 is convex in x for a >= 0", "convex", True, "params"),
        ("a x^2 is strictly convex in x for a ≥ 0", "strictly_convex", False, "params"),
    ]),
    (S("exp(a*x)", X, (), {"a": ["-3", "-1", "0", "1/2", "2"]}), [
        ("e^(ax) is convex in x for every real a", "convex", True, "params"),
    ]),
    (S("c/x", X, POS, {"c": ["1/10", "1", "5"]}), [
        ("c/x is convex on x > 0 for c > 0", "convex", True, "params"),
    ]),
    (S("c/x", X, POS, {"c": ["-5", "-1", "-1/10"]}), [
        ("c/x is concave for x>0 when c<0", "concave", True, "params"),
    ]),
    (S("x*y", X, (), {"y": ["-2", "0", "3"]}), [
        ("xy is convex in x for fixed y", "convex", True, "params"),
        ("x*y is affine in x for fixed y", "affine", True, "params"),
    ]),
    (S("(w - 1)**2 + lam*Abs(w)", ["w"], (), {"lam": ["0", "1/10", "1", "4"]}), [
        ("(w-1)^2 + lambda*|w| is convex in w for lambda >= 0", "convex", True, "params"),
        ("(w - 1)^2 + λ|w| is strictly convex in w for λ ≥ 0", "strictly_convex", True, "params"),
    ]),
    (S("(y - w*x)**2 + lam*w**2", ["w"], (), {"lam": ["1/10", "1", "3"], "x": ["-2", "0", "1"],
                                               "y": ["-1", "0", "2"]}), [
        ("the ridge objective (y - w x)^2 + lambda w^2 is strictly convex in w for lambda > 0",
         "strictly_convex", True, "loss-words"),
    ]),
    # ---------------- domains in words --------------------------------------------------------------------
    (S("-sqrt(1 - x**2 - y**2)", XY, ["x**2 + y**2 < 1"]), [
        ("-sqrt(1 - x^2 - y^2) is convex on the unit disk", "convex", True, "words-domain"),
        ("−√(1−x²−y²) is concave on the open unit disk", "concave", False, "unicode"),
    ]),
    (S("-log(1 - x**2 - y**2)", XY, ["x**2 + y**2 < 1"]), [
        ("-log(1 - x^2 - y^2) is convex on the unit disk x^2+y^2<1", "convex", True, "words-domain"),
    ]),
    (S("x*(1 - x)", X, ["x >= 0", "x <= 1"]), [
        ("x(1-x) is concave for x between 0 and 1", "concave", True, "words-domain"),
        ("x*(1-x) is convex on [0,1]", "convex", False, "plain"),
    ]),
    (S("log(x/(1 - x))", X, ["x > 0", "x < 1"]), [
        ("the logit log(x/(1-x)) is convex on (0,1)", "convex", False, "words-function"),
        ("log(x/(1-x)) is convex for 1/2 <= x < 1", None, None, "skip"),
    ]),
    (S("log(x/(1 - x))", X, ["x >= Rational(1, 2)", "x < 1"]), [
        ("log(x/(1-x)) is convex for 1/2 <= x < 1", "convex", True, "plain"),
    ]),
    (S("-log(x) - log(1 - x)", X, ["x > 0", "x < 1"]), [
        ("-log(x) - log(1-x) is convex on (0, 1)", "convex", True, "plain"),
        ("-log x - log(1 - x) is strictly convex for x in (0,1)", "strictly_convex", True, "plain"),
    ]),
    (S("1/(x*y)", XY, ["x > 0", "y > 0"]), [
        ("1/(xy) is convex for positive x and y", "convex", True, "words-domain"),
    ]),
    (S("x/y", XY, ["y > 0"]), [
        ("x/y is convex for y > 0", "convex", False, "plain"),
        ("x/y is concave on y>0", "concave", False, "plain"),
    ]),
    (S("x**2 + y**2", XY, ["x**2 + y**2 <= 1"]), [
        ("x^2 + y^2 is convex on the closed unit disk", "convex", True, "words-domain"),
    ]),
    (S("tan(x)", X, ["x >= 0", "x < pi/2"]), [
        ("tan is convex on [0, pi/2)", "convex", True, "bare-name"),
        ("tan(x) is concave for 0 <= x < pi/2", "concave", False, "plain"),
    ]),
    (S("x**3 - 3*x", X, ["x >= 0"]), [
        ("x^3 - 3x is convex for nonnegative x", "convex", True, "words-domain"),
    ]),
    (S("x**3 - 3*x", X, ["x >= -1", "x <= 1"]), [
        ("x^3 - 3x is convex on [-1, 1]", "convex", False, "plain"),
    ]),
    # ---------------- losses and ML in words ---------------------------------------------------------------
    (S("(y - w*x)**2", ["w"], (), {"x": ["-2", "0", "1/2", "3"], "y": ["-1", "0", "5"]}), [
        ("the squared error (y - w*x)^2 is convex in w", "convex", True, "loss-words"),
        ("MSE in w: (y - wx)^2 is convex in w for fixed data x, y", "convex", True, "loss-words"),
    ]),
    (S("(y1 - w*x1)**2 + (y2 - w*x2)**2", ["w"], (), {"x1": ["1", "-2"], "x2": ["0", "3"], "y1": ["1", "-1"],
                                                     "y2": ["2", "0"]}), [
        ("(y1 - w x1)^2 + (y2 - w x2)^2 is convex in w", "convex", True, "loss-words"),
    ]),
    (S("Abs(y - w*x)", ["w"], (), {"x": ["-2", "0", "1"], "y": ["-1", "3"]}), [
        ("the absolute error |y - w x| is convex in w", "convex", True, "loss-words"),
    ]),
    (S("log(1 + exp(-y*w*x))", ["w"], (), {"x": ["-2", "0", "1", "3"], "y": ["-1", "1"]}), [
        ("In the paper they claim the logistic loss log(1+exp(-y w x)) is convex in w.", "convex", True,
         "context"),
    ]),
    (S("log(exp(z1) + exp(z2) + exp(z3)) - z1", ["z1", "z2", "z3"]), [
        ("the cross-entropy of softmax log(e^z1+e^z2+e^z3) - z1 is convex in the logits z1, z2, z3", "convex",
         True, "loss-words"),
    ]),
    (S("(1/(1 + exp(-w)) - 0)**2", ["w"]), [
        ("the squared loss of a sigmoid neuron (sigmoid(w) - 0)^2 is convex in w", "convex", False,
         "loss-words"),
    ]),
    (S("(1/(1 + exp(-w*x)) - y)**2", ["w"], (), {"x": ["1"], "y": ["0"]}), [
        ("(sigmoid(w x) - y)^2 is convex in w", "convex", False, "loss-words"),
    ]),
    (S("(w1*w2 - 1)**2", ["w1", "w2"]), [
        ("the loss (w1*w2 - 1)^2 of a two-layer linear network is convex", "convex", False, "network-words"),
        ("(w_1 w_2 - 1)^2 is not convex in w_1, w_2", "not_convex", True, "network-words"),
    ]),
    (S("Max(0, 1 - x) - Max(0, -x)", X), [
        ("the 0-1 like ramp loss min(1, max(0, 1-x)) is convex", None, None, "skip"),
    ]),
    (S("Min(1, Max(0, 1 - x))", X), [
        ("the ramp loss min(1, max(0, 1 - x)) is convex", "convex", False, "loss-words"),
    ]),
    (S("-log(x)", X, ["x > 0", "x < 1"]), [
        ("the cross entropy -log(p) is convex in p for 0<p<1", None, None, "skip"),
    ]),
    (S("-log(p)", ["p"], ["p > 0", "p < 1"]), [
        ("the cross entropy -log(p) is convex in p for 0<p<1", "convex", True, "loss-words"),
    ]),
    (S("-log(p) ", ["p"], ["p > 0", "p <= 1"]), [
        ("-log(p) is concave on (0, 1]", "concave", False, "plain"),
    ]),
    (S("-y*log(p) - (1 - y)*log(1 - p)", ["p"], ["p > 0", "p < 1"], {"y": ["0", "1/3", "1"]}), [
        ("binary cross entropy -y log p - (1-y) log(1-p) is convex in p for 0 <= y <= 1", "convex", True,
         "loss-words"),
    ]),
    (S("p*log(p/q)", ["p", "q"], ["p > 0", "q > 0"]), [
        ("p log(p/q) is jointly convex in (p, q) for p, q > 0", "convex", True, "loss-words"),
        ("the KL term p*log(p/q) is concave in (p,q) on p>0, q>0", "concave", False, "loss-words"),
    ]),
    # ---------------- networks in words --------------------------------------------------------------------
    (S("(Max(0, a1*1 + b1)*v1 + Max(0, a2*1 + b2)*v2 + c - 1)**2 / 2"
       " + (Max(0, -a1 + b1)*v1 + Max(0, -a2 + b2)*v2 + c + 1)**2 / 2",
       ["a1", "a2", "b1", "b2", "v1", "v2", "c"]), [
        ("the loss of a 1-2-1 relu network with squared loss is convex in the weights", "convex", False,
         "network-words"),
        ("A ReLU network's loss is non-convex", "not_convex", True, "network-words"),
        ("The loss of a neural network with only ReLU activations is convex because relu is convex",
         "convex", False, "network-words"),
    ]),
    (S("(w*1 + b - 1)**2 + (w*2 + b - 3)**2", ["w", "b"]), [
        ("a linear model with squared loss is convex in its weights", "convex", True, "network-words"),
        ("linear regression's least squares loss is convex", "convex", True, "network-words"),
    ]),
    (S("log(1 + exp(-(w + b))) + log(1 + exp(2*w + b))", ["w", "b"]), [
        ("the negative log-likelihood of logistic regression is convex in the weights", "convex", True,
         "network-words"),
        ("a network with no hidden layers and logistic loss is convex", "convex", True, "network-words"),
    ]),
    (S("(v*tanh(w) - 1)**2", ["w", "v"]), [
        ("A 1-1-1 tanh network with squared loss is not convex in its weights", "not_convex", True,
         "network-words"),
        ("a neural network with one hidden sigmoid unit and squared loss is convex", None, None, "skip"),
    ]),
    (S("(v/(1 + exp(-w)) - 1)**2", ["w", "v"]), [
        ("a neural network with one hidden sigmoid unit and squared loss is convex in its weights", "convex",
         False, "network-words"),
    ]),
    (S("(v*w - 1)**2", ["w", "v"]), [
        ("a linear network with one hidden layer (no activation) and square loss is convex", "convex", False,
         "network-words"),
        ("deep linear networks with square loss are convex in the weights", "convex", False, "network-words"),
    ]),
    # ---------------- mixtures, negations, several sentences ----------------------------------------------
    (S("x**2 + Abs(x)", X), [
        ("x^2 + |x| is convex. It is also strictly convex.", "strictly_convex", True, "sentences"),
    ]),
    (S("exp(x) + exp(-x)", X), [
        ("e^x + e^-x is convex", "convex", True, "plain"),
        ("e^x+e^(-x) is not strictly convex", "not_strictly_convex", False, "negation"),
    ]),
    (S("2*x + 3", X), [
        ("2x+3 is affine", "affine", True, "plain"),
        ("2x + 3 is both convex and concave", "affine", True, "negation"),
        ("2*x+3 is strictly convex", "strictly_convex", False, "code"),
        ("f(x) = 2x + 3 is convex and concave", "affine", True, "plain"),
    ]),
    (S("x + y", XY), [
        ("x + y is convex", "convex", True, "plain"),
        ("x+y is not strictly convex", "not_strictly_convex", True, "negation"),
    ]),
    (S("(x - 2*y)**2", XY), [
        ("(x - 2y)^2 is convex", "convex", True, "plain"),
        ("(x-2y)^2 is strictly convex", "strictly_convex", False, "plain"),
    ]),
    (S("x**4 + y**4", XY), [
        ("x^4 + y^4 is strictly convex", "strictly_convex", True, "plain"),
    ]),
    (S("exp(x*y)", XY), [
        ("exp(xy) is convex", "convex", False, "plain"),
    ]),
    (S("exp(x + y)", XY), [
        ("e^(x+y) is convex", "convex", True, "plain"),
        ("e^(x+y) is strictly convex", "strictly_convex", False, "plain"),
    ]),
    (S("x**2 + y**2 - 2*x*y", XY), [
        ("x^2 + y^2 - 2xy is convex", "convex", True, "plain"),
        ("x² + y² − 2xy is strictly convex", "strictly_convex", False, "unicode"),
    ]),
    (S("1/x**2", X, POS), [
        ("1/x^2 is convex for x>0", "convex", True, "plain"),
    ]),
    (S("x**2*log(x)", X, POS), [
        ("x^2 log(x) is convex for x > 0", "convex", False, "plain"),
    ]),
    (S("x**2*log(x)", X, ["x >= 1"]), [
        ("x^2 log x is convex for x >= 1", "convex", True, "plain"),
    ]),
    (S("exp(x)/x", X, POS), [
        ("e^x / x is convex for x > 0", "convex", True, "plain"),
    ]),
    (S("log(x)/x", X, POS), [
        ("ln(x)/x is concave on x > 0", "concave", False, "plain"),
    ]),
    (S("x - log(x)", X, POS), [
        ("x - log(x) is convex on the positive reals", "convex", True, "words-domain"),
    ]),
    (S("log(log(x))", X, ["x > 1"]), [
        ("log(log(x)) is concave for x > 1", "concave", True, "plain"),
    ]),
    (S("exp(exp(x))", X), [
        ("exp(exp(x)) is convex", "convex", True, "plain"),
    ]),
    (S("exp(-x)", X), [
        ("e^{-x} is convex", "convex", True, "half-latex"),
        ("e^{-x} is decreasing so it is concave", "concave", False, "context"),
    ]),
    (S("x**2 + 2*x + 1", X), [
        ("$x^2 + 2x + 1$ is convex", "convex", True, "half-latex"),
    ]),
    (S("(x**2 + 1)**2", X), [
        ("\\left(x^2+1\\right)^2 is convex", "convex", True, "half-latex"),
    ]),
    (S("exp(x)/(1 + exp(x))", X), [
        ("\\frac{e^x}{1+e^x} is convex", "convex", False, "half-latex"),
    ]),
    (S("sqrt(x)", X, ["x >= 0"]), [
        ("\\sqrt{x} is concave on x \\geq 0", "concave", True, "half-latex"),
    ]),
    (S("x**2/2 - log(x)", X, POS), [
        ("f(x) = \\frac{x^2}{2} - \\ln x is convex for x>0", "convex", True, "half-latex"),
    ]),
    (S("-log(x) - log(y)", XY, ["x > 0", "y > 0"]), [
        ("-log x - log y is convex for x,y>0", "convex", True, "plain"),
    ]),
    (S("x**3 + y**3", XY, ["x > 0", "y > 0"]), [
        ("x^3 + y^3 is convex for x > 0, y > 0", "convex", True, "plain"),
    ]),
    (S("x**3 + y**3", XY), [
        ("x^3 + y^3 is convex", "convex", False, "plain"),
    ]),
    # A parameter without a condition: the claim is about every value of it (and read jointly it is false too), so
    # these are false in every reading. (First labelled "ambiguous" as "the writer forgot a condition"; relabelled
    # after the first run, before any change to symconvex: a missing hypothesis is not a second reading.)
    (S("x**n", X, POS, {"n": ["1/2", "2"]}), [
        ("x^n is convex", "convex", False, "params-unstated"),
    ]),
    (S("Abs(x)**p", X, (), {"p": ["1/2", "1", "2"]}), [
        ("|x|^p is convex", "convex", False, "params-unstated"),
    ]),
    (S("x**a", X, POS, {"a": ["1/3", "2"]}), [
        ("x^a is concave for x > 0", "concave", False, "params-unstated"),
    ]),
]

# Ambiguous claims: two natural readings with different answers; any decided answer is WRONG.
# (text, kind, [subject_a, property_a], [subject_b, property_b], why)
AMBIGUOUS = [
    ("1/x is convex", "ambiguous-domain", (S("1/x", X, POS), "convex"), (S("1/x", X, ["x < 0"]), "convex"),
     "x > 0 (what people mean) vs x < 0 (the other half of the natural domain x != 0, which is not convex)"),
    ("tan(x) is convex", "ambiguous-domain", (S("tan(x)", X, ["x > 0", "x < pi/2"]), "convex"),
     (S("tan(x)", X, ["x > -pi/2", "x < 0"]), "convex"), "the natural domain of tan is not an interval"),
    ("x^(1/3) is concave", "ambiguous-domain", (S("x**Rational(1,3)", X, POS), "concave"),
     (S("sign(x)*Abs(x)**Rational(1,3)", X), "concave"),
     "x >= 0 (principal power) vs the real cube root on R (convex for x < 0)"),
    ("e^(ax) is convex", "ambiguous-params", (S("exp(a*x)", X, (), {"a": ["-1", "0", "2"]}), "convex"),
     (S("exp(a*x)", ["a", "x"]), "convex"), "a a parameter (true) vs jointly in (a, x) (false)"),
    ("x^p is convex for p>=1", "ambiguous-domain", (S("x**p", X, POS, {"p": ["1", "2", "5/2"]}), "convex"),
     (S("x**p", X, (), {"p": ["1", "3"]}), "convex"), "x > 0 (true) vs x in R for integer p (x^3: false)"),
    ("the cross-entropy loss is convex", "ambiguous-subject",
     (S("-log(p)", ["p"], ["p > 0", "p < 1"]), "convex"),
     (S("-log(1/(1 + exp(-v*tanh(w))))", ["w", "v"]), "convex"),
     "in the predicted probability (true) vs in a network's weights (false)"),
    ("MSE is convex", "ambiguous-subject", (S("(y - w*x)**2", ["w"], (), {"x": ["1", "2"], "y": ["0", "1"]}),
                                            "convex"),
     (S("(v*w - 1)**2", ["w", "v"]), "convex"), "in a linear model's weights vs in a linear network's weights"),
]
