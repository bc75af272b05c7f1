"""Everyday pasted claims, session 10 (blind red team): the claims and, beside each, the mathematics it is about.

Written before reading symconvex's source or the other corpora, in the shape of ``spec_everyday9.py``: each
subject ``S(f, vars, domain, params)`` is a SymPy expression in Python syntax written here by hand (never parsed
from the claim text), its variables, its domain as a list of inequalities, and for a claim quantified over
parameters a list of parameter values drawn from the allowed set (the claim holds only if it holds at every value;
a refutation needs one value).  Each claim is ``(text, property, label, kind)``; ``verify_everyday10.py``
recomputes every True/False label from the subject.

Four more lists:
- ``AMBIGUOUS``: a person could mean two things whose truths differ; both readings are given and must disagree.
  The expected answer is undecided or a one-line refusal (label null).
- ``COMPOUND``: one sentence about several subjects ("$x^2$ and $x^3$ are convex"); the label is computed from
  the parts by ``all`` / ``any`` / ``first_not_second`` (the first holds and the second does not).
- ``WORDS``: claims whose subject is fixed only by mathematics stated in words (networks, named losses without a
  formula); each carries the subject that witnesses its truth (a member of the family, the named formula) and
  how that witness decides the claim: ``"exists"`` (one member decides "is not convex" true / "is convex" false)
  or ``"is"`` (the formula is the subject).
- ``NOT_A_CLAIM``: queries with no property asserted, or statements that are not curvature claims; label null.
"""


def S(f, vars, domain=(), params=None):
    return {"f": f, "vars": list(vars), "domain": list(domain), "params": params or {}}


X = ["x"]
XY = ["x", "y"]
POS = ["x > 0"]
NONNEG = ["x >= 0"]

GROUPS = [
    # ---------------- Stack Exchange titles -------------------------------------------------------------
    (S("x**4 + x**2", X), [
        (r"Is $f(x)=x^4+x^2$ convex?", "convex", True, "se-title"),
        (r"Is $f(x) = x^4 + x^2$ concave?", "concave", False, "se-title"),
    ]),
    (S("exp(-x**2)", X), [
        (r"Is $f(x) = e^{-x^2}$ convex?", "convex", False, "se-title"),
        (r"The Gaussian function $e^{-x^2}$ is concave", "concave", False, "words"),
        (r"Is the bell curve $e^{-x^2}$ neither convex nor concave?", "neither", True, "se-title"),
    ]),
    (S("x**2*y", XY), [
        (r"Is $f(x,y)=x^2y$ convex?", "convex", False, "se-title"),
    ]),
    (S("x**2*y", XY, ["y > 0"]), [
        (r"$x^2 y$ is convex for $y > 0$", "convex", False, "domain"),
    ]),
    (S("x*log(x)", X, POS), [
        (r"Is the function $f(x) = x\log x$ convex on $(0,\infty)$?", "convex", True, "se-title"),
        (r"$x \log x$ is convex on its domain", "convex", True, "scope"),
        (r"Consider $\phi(t) = t \log t$ for $t > 0$. Then $\phi$ is convex.", "convex", True, "homework"),
    ]),
    (S("sqrt(1 + x**2)", X), [
        (r"Is $g(t) = \sqrt{1+t^2}$ convex?", "convex", True, "se-title"),
        (r"Is $g(t) = \sqrt{1+t^2}$ strictly convex?", "strictly_convex", True, "se-title"),
    ]),
    (S("log(1 + x**2)", X), [
        (r"Is $\log(1+x^2)$ concave?", "concave", False, "se-title"),
        (r"Is $\log(1+x^2)$ convex?", "convex", False, "se-title"),
    ]),
    (S("log(1 + x**2)", X, ["x >= -1", "x <= 1"]), [
        (r"$\ln(1 + x^2)$ is convex on $[-1, 1]$", "convex", True, "domain"),
    ]),
    (S("x**2/y", XY, ["y > 0"]), [
        (r"Is $f(x,y) = \frac{x^2}{y}$ convex for $y>0$?", "convex", True, "se-title"),
        (r"is x^2/y convex for y>0", "convex", True, "wolfram"),
    ]),
    (S("Abs(x) + x**2", X), [
        (r"Is $h(x)=|x|+x^2$ strictly convex?", "strictly_convex", True, "se-title"),
    ]),
    (S("x**2 - x*y + y**2", XY), [
        (r"Is $x^2 - xy + y^2$ convex?", "convex", True, "se-title"),
    ]),
    (S("Max(x, x**2)", X), [
        (r"Is $f(x) = \max(x, x^2)$ convex?", "convex", True, "se-title"),
        (r"$\max\{x, x^2\}$ is strictly convex", "strictly_convex", False, "se-title"),
    ]),
    (S("exp(x) + exp(-x)", X), [
        (r"Is $e^x + e^{-x}$ strictly convex?", "strictly_convex", True, "se-title"),
    ]),
    (S("cos(x)", X, ["x >= -pi/2", "x <= pi/2"]), [
        (r"Is $\cos(x)$ concave on $[-\pi/2, \pi/2]$?", "concave", True, "se-title"),
        (r"The cosine is concave on $[-\pi/2, \pi/2]$", "concave", True, "words"),
    ]),
    (S("cos(x)", X), [
        (r"$\cos x$ is globally concave", "concave", False, "scope"),
    ]),
    (S("cos(x)", X, ["x > -1/2", "x < 1/2"]), [
        (r"$\cos x$ is locally concave around $0$", "concave", True, "scope"),
    ]),
    (S("1/(1 + x**2)", X), [
        (r"Is $f(x)=\frac{1}{1+x^2}$ convex?", "convex", False, "se-title"),
    ]),
    (S("atan(x)", X, NONNEG), [
        (r"Is $\arctan(x)$ concave on $x \ge 0$?", "concave", True, "se-title"),
        (r"The arctangent is concave on [0, ∞)", "concave", True, "words"),
    ]),
    (S("x*y", XY), [
        (r"Is $f(x,y)=xy$ concave?", "concave", False, "se-title"),
        (r"Show that $x y$ is neither convex nor concave.", "neither", True, "prove"),
        (r"$x \cdot y$ is convex", "convex", False, "notation"),
        (r"x·y is not convex", "not_convex", True, "notation"),
        (r"`x*y` is not convex", "not_convex", True, "code"),
        (r"$x y$ is nonconvx", "not_convex", True, "typo"),
    ]),
    (S("x**3", X), [
        (r"Is $f(x) = x^3$ convex or concave?", "convex_or_concave", False, "se-title"),
        (r"Prove that $x^3$ is not convex.", "not_convex", True, "prove"),
        (r"`f = lambda x: x**3` is convex", "convex", False, "code"),
        (r"$x^3$ is convex for all $x$", "convex", False, "scope"),
        (r"$x^3$ is convex everywhere on the real line", "convex", False, "scope"),
        (r"$x^3$ is globally convex", "convex", False, "scope"),
        (r"The cube function is not convex", "not_convex", True, "words"),
        (r"$x^3$ is not convex or concave", "neither", True, "trap"),
        (r"$x^3$ is either convex or concave", "convex_or_concave", False, "trap"),
        (r"Is it true that $x^3$ is convex?", "convex", False, "trap"),
    ]),
    (S("x**3", X, NONNEG), [
        (r"$x^3$ is convex for all $x \ge 0$", "convex", True, "scope"),
        (r"$x^3$ is convex whenever $x > 0$", "convex", True, "scope"),
        (r"is x^3 convex on (0,inf)", "convex", True, "wolfram"),
        (r"$x^3$ is convex for positive $x$", "convex", True, "domain-words"),
        (r"$x^3$ is convex for nonnegative x", "convex", True, "domain-words"),
        (r"f(x) = x³ is convex on x ≥ 0", "convex", True, "notation"),
        (r"$f(t) = t^3$ is convex for $t > 0$", "convex", True, "varname"),
    ]),
    (S("x**3", X, ["x <= 0"]), [
        (r"is x^3 convex on (-inf,0)", "convex", False, "wolfram"),
        (r"$x^3$ is concave whenever $x < 0$", "concave", True, "scope"),
        (r"$x^3$ is convex where $x$ is negative", "convex", False, "domain-words"),
        (r"$x^3$ is convex for negative $x$", "convex", False, "domain-words"),
        (r"$x^3$ is convex for x not positive", "convex", False, "domain-words"),
    ]),
    (S("x**3", X, ["x > 1/2", "x < 3/2"]), [
        (r"$x^3$ is locally convex near $x = 1$", "convex", True, "scope"),
    ]),
    (S("x**3", X, ["x > -3/2", "x < -1/2"]), [
        (r"$x^3$ is locally convex near $x=-1$", "convex", False, "scope"),
    ]),
    (S("-log(x)", X, POS), [
        (r"Is $f(x) = -\log(x)$ convex for $x>0$?", "convex", True, "se-title"),
        (r"The negative logarithm is convex", "convex", True, "words"),
    ]),
    (S("x**Rational(3, 2)", X, NONNEG), [
        (r"Is $x \mapsto x^{3/2}$ convex on $[0,\infty)$?", "convex", True, "se-title"),
    ]),
    (S("(x**2 + y**2)/2", XY), [
        (r"Is $\frac{x^2+y^2}{2}$ strictly convex?", "strictly_convex", True, "se-title"),
    ]),
    # ---------------- "Prove that" / "Show" -------------------------------------------------------------
    (S("exp(x**2)", X), [
        (r"Prove that $f(x) = e^{x^2}$ is convex.", "convex", True, "prove"),
        (r"Let $g(x) = e^x$ and $h(x) = x^2$. Then $g(h(x))$ is convex.", "convex", True, "homework"),
        (r"$\exp\left(\frac{x^2}{2}\right)$ is convex", "convex", True, "notation"),
    ]),
    (S("x**2 + y**2 - x*y", XY), [
        (r"Show that $f(x,y) = x^2 + y^2 - xy$ is not concave.", "not_concave", True, "prove"),
    ]),
    (S("log(x)", X, POS), [
        (r"Show $\log(x)$ is not convex on $x>0$.", "not_convex", True, "prove"),
        (r"$\log x$ is concave on its domain", "concave", True, "scope"),
        (r"$\log x$ is convex on its domain", "convex", False, "scope"),
        (r"is log(x) convex for x>0", "convex", False, "wolfram"),
        (r"`np.log(x)` is concave for x > 0", "concave", True, "code"),
        (r"$\mathrm{log}(x)$ is concave for $x>0$", "concave", True, "notation"),
        (r"The logarithm is concave", "concave", True, "words"),
        (r"The logarithm is convex", "convex", False, "words"),
        (r"The natural log is strictly concave", "strictly_concave", True, "words"),
        (r"$\log x$ is concvae for x>0", "concave", True, "typo"),
        (r"- [x] $\log x$ is concave", "concave", True, "markdown"),
        (r"$\log x$ is concave but not strictly concave on $x > 0$", "concave_not_strict", False, "trap"),
    ]),
    (S("x**4 - 2*x**2", X), [
        (r"Prove that $f(x) = x^4 - 2x^2$ is not convex.", "not_convex", True, "prove"),
    ]),
    (S("x**4 + y**4", XY), [
        (r"Prove or disprove: $f(x,y) = x^4 + y^4$ is strictly convex.", "strictly_convex", True, "prove"),
    ]),
    (S("sqrt(x)", X, NONNEG), [
        (r"Prove that the function $f(x)=\sqrt{x}$ is concave on $[0, \infty)$.", "concave", True, "prove"),
        (r"$\sqrt{x}$ is concave everywhere it is defined", "concave", True, "scope"),
        (r"`sqrt(x)` is concave on x >= 0", "concave", True, "code"),
        (r"$\operatorname{sqrt}(x)$ is concave on $x \ge 0$", "concave", True, "notation"),
        (r"√x is concave for x > 0", "concave", True, "notation"),
        (r"The square root function is concave", "concave", True, "words"),
        (r"The square root function is convex", "convex", False, "words"),
        (r"$sqrt(x)$ is concave for x>0", "concave", True, "typo"),
        (r"`x**(1/2)` is concave for x > 0", "concave", True, "code"),
    ]),
    (S("Abs(x - 1) + Abs(x + 1)", X), [
        (r"Show that $f(x) = |x - 1| + |x + 1|$ is convex but not strictly convex.", "convex_not_strict", True,
         "prove"),
    ]),
    (S("-sqrt(x*y)", XY, ["x > 0", "y > 0"]), [
        (r"Prove that $-\sqrt{x y}$ is convex on $x > 0, y > 0$.", "convex", True, "prove"),
    ]),
    (S("sqrt(x*y)", XY, ["x > 0", "y > 0"]), [
        (r"The geometric mean $\sqrt{xy}$ is concave on the positive orthant", "concave", True, "words"),
    ]),
    (S("1/x", X, POS), [
        (r"Show that $\frac{1}{x}$ is convex for $x>0$.", "convex", True, "prove"),
        (r"is 1/x convex for x>0", "convex", True, "wolfram"),
        (r"For all $x > 0$, $x^{-1}$ is convex", "convex", True, "scope"),
        (r"The reciprocal function $1/x$ is convex on the positive reals", "convex", True, "words"),
        (r"$\frac{1}{x$ is convex for $x > 0$", "convex", True, "typo"),
    ]),
    (S("1/x", X, ["x < 0"]), [
        (r"$\frac{1}{x}$ is concave for negative $x$", "concave", True, "domain-words"),
        (r"$\frac{1}{x}$ is convex for negative $x$", "convex", False, "domain-words"),
    ]),
    (S("sin(x)", X, ["x >= 0", "x <= pi"]), [
        (r"Show that $\sin(x)$ is concave on $[0,\pi]$.", "concave", True, "prove"),
        (r"is sin(x) concave on [0, pi]", "concave", True, "wolfram"),
    ]),
    (S("sin(x)", X, ["x >= pi", "x <= 2*pi"]), [
        (r"$\sin(x)$ is convex on $[\pi, 2\pi]$", "convex", True, "domain"),
    ]),
    (S("x**2*sin(x)", X), [
        (r"Show that $f(x) = x^2 \sin(x)$ is not convex.", "not_convex", True, "prove"),
    ]),
    (S("x**2 + 3*x + 2", X), [
        (r"Prove that $x^2 + 3x + 2$ is strictly convex.", "strictly_convex", True, "prove"),
    ]),
    (S("x**2/(1 + x)", X, ["x > -1"]), [
        (r"Show that $\frac{x^2}{1+x}$ is convex for $x > -1$.", "convex", True, "prove"),
    ]),
    # ---------------- homework with definitions ---------------------------------------------------------
    (S("a*x**2 + x", X, (), {"a": ["1/10", "1", "7"]}), [
        (r"Let $a > 0$. Consider $f(x) = a x^2 + x$. Then $f$ is convex.", "convex", True, "homework"),
    ]),
    (S("x1**2 + 4*x1*x2 + x2**2", ["x1", "x2"]), [
        (r"Let $A = \begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$ and $f(x) = x^T A x$ for $x \in \mathbb{R}^2$. "
         r"Then $f$ is convex.", "convex", False, "homework"),
        (r"Let $f(x, y) = x^2 + 4xy + y^2$. Then $f$ is not convex.", "not_convex", True, "homework"),
        (r"Let $f(x,y) = x^2 + 4xy + y^2$. Prove that $f$ is convex.", "convex", False, "homework"),
    ]),
    (S("exp(-x**2)", X), [
        (r"Let $g(x) = -x^2$ and $h(t) = e^t$. Then $h(g(x))$ is convex.", "convex", False, "homework"),
    ]),
    (S("Max(0, 1 - x)", X), [
        (r"Define $f(x) = \max(0, 1 - x)$. Then $f$ is convex.", "convex", True, "homework"),
        (r"The hinge loss $\max(0, 1 - z)$ is convex", "convex", True, "words"),
    ]),
    (S("x**2 - 6*x + 9", X), [
        (r"Suppose $f(x) = x^2 - 6x + 9$. Then $f$ is strictly convex.", "strictly_convex", True, "homework"),
    ]),
    (S("exp(x + y)", XY), [
        (r"Let $f: \mathbb{R}^2 \to \mathbb{R}$, $f(x,y) = e^{x+y}$. Then $f$ is convex.", "convex", True,
         "homework"),
        (r"Let $f: \mathbb{R}^2 \to \mathbb{R}$, $f(x,y) = e^{x+y}$. Then $f$ is strictly convex.",
         "strictly_convex", False, "homework"),
        (r"is exp(x)*exp(y) convex", "convex", True, "wolfram"),
    ]),
    (S("Abs(x)**p", X, (), {"p": ["1", "3/2", "2", "3"]}), [
        (r"Let $p \ge 1$. The function $f(x) = |x|^p$ is convex.", "convex", True, "homework"),
    ]),
    (S("(x1**2 + x2**2 + x3**2)/2", ["x1", "x2", "x3"]), [
        (r"We have $f(x) = \frac{1}{2}\|x\|_2^2$ where $x \in \mathbb{R}^3$. Then $f$ is strictly convex.",
         "strictly_convex", True, "homework"),
    ]),
    (S("3*x**2 + 2*x*y + y**2", XY), [
        (r"Consider the quadratic $q(x, y) = 3x^2 + 2xy + y^2$. $q$ is convex.", "convex", True, "homework"),
    ]),
    (S("log(1 + exp(x))", X), [
        (r"Let $f(x) = \log(1 + e^x)$. Then $f$ is convex but not strictly convex.", "convex_not_strict", False,
         "homework"),
        (r"The softplus function is convex", "convex", True, "words"),
        (r"`log(1+exp(x))` is strictly convex", "strictly_convex", True, "code"),
    ]),
    (S("-1/c", ["c"], ["c > 0"]), [
        (r"Let $u(c) = \frac{c^{1-\gamma}}{1-\gamma}$ with $\gamma = 2$. Then $u$ is concave for $c > 0$.",
         "concave", True, "homework"),
    ]),
    (S("x**3 - 3*x", X, NONNEG), [
        (r"Let $f(x) = x^3 - 3x$. Then $f$ is convex on $[0, \infty)$.", "convex", True, "homework"),
    ]),
    (S("x**3 - 3*x", X, ["x >= -1", "x <= 1"]), [
        (r"Let $f(x) = x^3 - 3x$. Then $f$ is convex on $[-1, 1]$.", "convex", False, "homework"),
    ]),
    # ---------------- Jupyter / Markdown / code spans ---------------------------------------------------
    (S("x**2 + y**2", XY), [
        (r"`x**2 + y**2` is convex", "convex", True, "code"),
        (r"x² + y² is convex", "convex", True, "notation"),
        (r"$x^2 ＋ y^2$ is convex", "convex", True, "fullwidth"),
        (r"$x^2+y^2$ is stricly convex", "strictly_convex", True, "typo"),
    ]),
    (S("exp(x)", X), [
        (r"`np.exp(x)` is convex", "convex", True, "code"),
        (r"$\mathrm{e}^{x}$ is convex", "convex", True, "notation"),
        (r"f(x) = eˣ is convex", "convex", True, "notation"),
        (r"$e^x$ is convex everywhere", "convex", True, "scope"),
        (r"The exponential function is strictly convex", "strictly_convex", True, "words"),
        (r"The exponential function is concave", "concave", False, "words"),
        (r"$e^x$ is convx", "convex", True, "typo"),
        (r"$\exp(x)$ is convec", "convex", True, "typo"),
    ]),
    (S("Max(x, 0)", X), [
        (r"`torch.relu(x)` is convex", "convex", True, "code"),
        (r"`np.maximum(x, 0)` is convex", "convex", True, "code"),
        (r"$\max(x,0)$ is convex globally", "convex", True, "scope"),
        (r"ReLU is convex", "convex", True, "words"),
        (r"ReLU is strictly convex", "strictly_convex", False, "words"),
        (r"The ReLU function is concave", "concave", False, "words"),
    ]),
    (S("(x - 1)**2*(x + 1)**2", X), [
        (r"`(x - 1)**2 * (x + 1)**2` is convex", "convex", False, "code"),
    ]),
    (S("1/(1 + exp(-x))", X), [
        (r"`1/(1 + exp(-x))` is convex", "convex", False, "code"),
        (r"The sigmoid is convex", "convex", False, "words"),
        (r"The sigmoid function is neither convex nor concave", "neither", True, "words"),
    ]),
    (S("1/(1 + exp(-x))", X, NONNEG), [
        (r"The sigmoid is concave on the positive reals", "concave", True, "words"),
    ]),
    (S("exp(x)/(1 + exp(x))", X, ["x <= 0"]), [
        (r"$\frac{e^x}{1+e^x}$ is convex for $x<0$", "convex", True, "ml"),
    ]),
    (S("x**4 - x**2", X), [
        (r"f(x) = `x**4 - x**2` is convex", "convex", False, "code"),
        (r"$x^4 - x^2$ is convex everywhere", "convex", False, "scope"),
    ]),
    (S("x**4 - x**2", X, ["x > -1/4", "x < 1/4"]), [
        (r"$x^4 - x^2$ is convex near the origin", "convex", False, "scope"),
    ]),
    (S("x**4 - x**2", X, ["x >= 1"]), [
        (r"$x^4 - x^2$ is convex on $x \ge 1$", "convex", True, "domain"),
    ]),
    (S("x**2", X), [
        (r"**Claim:** $x^2$ is convex", "convex", True, "markdown"),
        (r"`x^2` is convex", "convex", True, "code"),
        (r"x^2 convex?", "convex", True, "wolfram"),
        (r"$x^2$ is globally convex", "convex", True, "scope"),
        (r"$x^2$ is locally convex", "convex", True, "scope"),
        (r"$x^2$ is convex for all real numbers", "convex", True, "scope"),
        (r"The square function is convex", "convex", True, "words"),
        (r"$x^2$ is covnex", "convex", True, "typo"),
        (r"$x^2$ is convex for $x>0$$", "convex", True, "typo"),
        (r"$x^2 is convex$", "convex", True, "typo"),
        (r"the function x^2 is convexe", "convex", True, "typo"),
        (r"It is false that $x^2$ is convex", "not_convex", False, "trap"),
        (r"$x^2$ is not non-convex", "convex", True, "trap"),
        (r"$x^2$ is not convex or concave", "neither", False, "trap"),
        (r"$x^2$ is not both convex and concave", "not_affine", True, "trap"),
        (r"$x^2$ is convex and concave", "affine", False, "trap"),
        (r"$x^2$ is either convex or concave", "convex_or_concave", True, "trap"),
        (r"$x^2$ is convex, not concave", "convex_not_concave", True, "trap"),
        (r"$x^2$ is convex, or so my professor claims", "convex", True, "trap"),
        (r"$x^2$ isn't concave", "not_concave", True, "trap"),
        (r"$x^2$ is NOT concave", "not_concave", True, "trap"),
        (r"$x^2$ is convex, isn't it?", "convex", True, "trap"),
        (r"# $x^2$ is strictly convex", "strictly_convex", True, "markdown"),
        (r"> $x^2$ is concave", "concave", False, "markdown"),
    ]),
    (S("x**2*y**2", XY), [
        (r"`x**2*y**2` is convex", "convex", False, "code"),
        (r"x²y² is convex", "convex", False, "notation"),
    ]),
    (S("x**4", X), [
        (r"# $x^4$ is convex", "convex", True, "markdown"),
        (r"x⁴ is strictly convex", "strictly_convex", True, "notation"),
    ]),
    (S("Max(x, 0)**2", X), [
        (r"`max(x, 0)**2` is convex", "convex", True, "code"),
        (r"$\max(0, z)^2$ is convex", "convex", True, "ml"),
    ]),
    (S("exp(-x)", X), [
        (r"> $e^{-x}$ is convex", "convex", True, "markdown"),
        (r"is e^(-x) convex", "convex", True, "wolfram"),
        (r"e^{−x} is convex", "convex", True, "notation"),
        (r"$\operatorname{exp}(-x)$ is convex", "convex", True, "notation"),
        (r"The exponential loss $e^{-z}$ is convex", "convex", True, "words"),
    ]),
    # ---------------- Wolfram-Alpha style ---------------------------------------------------------------
    (S("x**Rational(1, 3)", X, POS), [
        (r"is x^(1/3) concave on (0, inf)", "concave", True, "wolfram"),
    ]),
    (S("x*exp(x)", X), [
        (r"is x*exp(x) convex", "convex", False, "wolfram"),
    ]),
    (S("x*exp(x)", X, ["x >= -2"]), [
        (r"is x*exp(x) convex on x > -2", "convex", True, "wolfram"),
    ]),
    (S("tanh(x)", X, NONNEG), [
        (r"is tanh(x) concave for x>=0", "concave", True, "wolfram"),
        (r"tanh is concave on x ≥ 0", "concave", True, "words"),
    ]),
    (S("tanh(x)", X), [
        (r"The tanh function is convex", "convex", False, "words"),
    ]),
    (S("x**2 - 2*x*y + y**2", XY), [
        (r"is x^2 - 2 x y + y^2 convex", "convex", True, "wolfram"),
        (r"is x^2 - 2 x y + y^2 strictly convex", "strictly_convex", False, "wolfram"),
        (r"$\left( x - y \right)^2$ is convex", "convex", True, "notation"),
        (r"（x－y）² is convex", "convex", True, "fullwidth"),
    ]),
    (S("x/y", XY, ["y > 0"]), [
        (r"is x/y convex for y>0", "convex", False, "wolfram"),
    ]),
    # ---------------- iff / if and only if / parameters ------------------------------------------------
    (S("x**p", X, POS, {"p": ["1", "3/2", "2", "7/2"]}), [
        (r"$x^p$ is convex on $x > 0$ if $p \ge 1$", "convex", True, "param"),
    ]),
    (S("x**p", X, POS, {"p": ["0", "1/3", "1/2", "1"]}), [
        (r"$x^p$ is concave on $x > 0$ if $0 \le p \le 1$", "concave", True, "param"),
    ]),
    (S("x**p", X, POS, {"p": ["-3", "-1", "-1/2"]}), [
        (r"$x^p$ is convex on $x>0$ if $p < 0$", "convex", True, "param"),
    ]),
    (S("x**p", X, POS, {"p": ["1/3", "1/2", "9/10"]}), [
        (r"$x^p$ is convex on $x > 0$ if $0 < p < 1$", "convex", False, "param"),
    ]),
    (S("exp(a*x)", X, (), {"a": ["-2", "0", "1/3", "5"]}), [
        (r"$e^{ax}$ is convex for every real $a$", "convex", True, "param"),
    ]),
    (S("log(a*x)", X, POS, {"a": ["1/2", "1", "3"]}), [
        (r"$\log(a x)$ is concave for $x>0$ whenever $a > 0$", "concave", True, "param"),
    ]),
    (S("exp(-t/tau)", ["t"], (), {"tau": ["1/10", "1", "4"]}), [
        (r"$e^{-t/\tau}$ is convex in $t$ for $\tau > 0$", "convex", True, "ml"),
    ]),
    (S("sqrt(x**2 + eps**2)", X, (), {"eps": ["1/10", "1", "3"]}), [
        (r"$\sqrt{x^2 + \epsilon^2}$ is convex for $\epsilon > 0$", "convex", True, "ml"),
    ]),
    # ---------------- scope words ------------------------------------------------------------------------
    (S("x**2 + 1", X), [
        (r"$x^2 + 1$ is convex for all $x$", "convex", True, "scope"),
    ]),
    (S("-x**2", X), [
        (r"$-x^2$ is concave everywhere on $\mathbb{R}$", "concave", True, "scope"),
    ]),
    (S("x/(1 + x)", X, NONNEG), [
        (r"$\frac{x}{1+|x|}$ is concave for $x \ge 0$", "concave", True, "scope"),
    ]),
    (S("exp(-x)*sin(x)", X), [
        (r"$e^{-x} \sin x$ is convex for all $x$", "convex", False, "scope"),
    ]),
    (S("x**2 - 1", X, ["x < 0"]), [
        (r"$x^2 - 1$ is convex where $x$ is negative", "convex", True, "domain-words"),
    ]),
    # ---------------- unicode / mixed notation ---------------------------------------------------------
    (S("3*x**2", X), [
        (r"$3 \times x^2$ is convex", "convex", True, "notation"),
    ]),
    (S("(x - 1)**2", X), [
        (r"（x－1）² is convex", "convex", True, "fullwidth"),
    ]),
    (S("Abs(x) - x**2", X), [
        (r"$\left| x \right| - x^2$ is concave", "concave", False, "notation"),
    ]),
    (S("Abs(x)", X), [
        (r"x ↦ |x| is convex", "convex", True, "notation"),
        (r"The absolute value is convex", "convex", True, "words"),
        (r"The absolute value function is strictly convex", "strictly_convex", False, "words"),
    ]),
    (S("x1**2 + x2**2 - 3*x1*x2", ["x1", "x2"]), [
        (r"$x_1^2 + x_2^2 - 3x_1x_2$ is convex", "convex", False, "notation"),
    ]),
    # ---------------- vectors and norms ------------------------------------------------------------------
    (S("sqrt(x1**2 + x2**2)", ["x1", "x2"]), [
        (r"‖x‖₂ is convex on ℝ²", "convex", True, "norm"),
        (r"$\|x\|_2$ is not strictly convex for $x \in \mathbb{R}^2$", "not_strictly_convex", True, "norm"),
    ]),
    (S("Abs(x1) + Abs(x2) + Abs(x3)", ["x1", "x2", "x3"]), [
        (r"||x||_1 is convex for x in R^3", "convex", True, "norm"),
    ]),
    (S("Max(Abs(x1), Abs(x2))", ["x1", "x2"]), [
        (r"$\|x\|_\infty$ is convex on $\mathbb{R}^2$", "convex", True, "norm"),
    ]),
    (S("x1**2 + x2**2", ["x1", "x2"]), [
        (r"$\|x\|_2^2$ is strictly convex on $\mathbb{R}^2$", "strictly_convex", True, "norm"),
        (r"x^T x is convex for x ∈ R^2", "convex", True, "norm"),
    ]),
    (S("Abs(x1) + Abs(x2)", ["x1", "x2"]), [
        (r"$\|x\|_1$ is strictly convex on $\mathbb{R}^2$", "strictly_convex", False, "norm"),
    ]),
    (S("-sqrt(x1**2 + x2**2 + x3**2)", ["x1", "x2", "x3"]), [
        (r"$-\|x\|_2$ is concave on $\mathbb{R}^3$", "concave", True, "norm"),
    ]),
    (S("2*x1**2 - 2*x1*x2 + 2*x2**2", ["x1", "x2"]), [
        (r"$x^T A x$ is convex where $A = \begin{pmatrix} 2 & -1 \\ -1 & 2 \end{pmatrix}$", "convex", True,
         "quadform"),
    ]),
    (S("2*x1*x2", ["x1", "x2"]), [
        (r"$x^\top A x$ is not convex with $A = \begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}$", "not_convex", True,
         "quadform"),
    ]),
    (S("-x1**2 - 2*x2**2", ["x1", "x2"]), [
        (r"$x^T Q x$ is concave for $Q = \begin{pmatrix} -1 & 0 \\ 0 & -2 \end{pmatrix}$", "concave", True,
         "quadform"),
    ]),
    (S("(x1 + 2*x2 - 1)**2 + (3*x1 + 4*x2 - 1)**2", ["x1", "x2"]), [
        (r"$\|Ax - b\|_2^2$ is convex where $A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$ and "
         r"$b = (1, 1)$", "convex", True, "quadform"),
    ]),
    # ---------------- functions named in words -----------------------------------------------------------
    (S("-x*log(x)", X, POS), [
        (r"The entropy function $-x \log x$ is concave", "concave", True, "words"),
        (r"The entropy function is concave", "concave", True, "words"),
    ]),
    (S("log(exp(x) + exp(y) + exp(z))", ["x", "y", "z"]), [
        (r"The softmax's log-partition $\log(e^{x} + e^{y} + e^{z})$ is convex", "convex", True, "words"),
    ]),
    (S("log(exp(x) + exp(y))", XY), [
        (r"The log-sum-exp function $\log(e^x + e^y)$ is strictly convex", "strictly_convex", False, "words"),
    ]),
    (S("x", X), [
        (r"The identity function $f(x) = x$ is both convex and concave", "affine", True, "words"),
        (r"$x$ is convex but not strictly convex", "convex_not_strict", True, "trap"),
    ]),
    (S("-p*log(p) - (1 - p)*log(1 - p)", ["p"], ["p > 0", "p < 1"]), [
        (r"The binary entropy $-p\log p - (1-p)\log(1-p)$ is concave on $(0,1)$", "concave", True, "words"),
    ]),
    (S("log(1 + exp(-z))", ["z"]), [
        (r"The logistic loss $\log(1+e^{-z})$ is convex", "convex", True, "words"),
        (r"$-\log \sigma(w)$ is convex", "convex", True, "ml"),
    ]),
    (S("Max(x, y)", XY), [
        (r"The max function $\max(x, y)$ is convex", "convex", True, "words"),
    ]),
    (S("Min(x, y)", XY), [
        (r"The min function $\min(x,y)$ is convex", "convex", False, "words"),
    ]),
    (S("2*x*y/(x + y)", XY, ["x > 0", "y > 0"]), [
        (r"The harmonic mean $\frac{2xy}{x+y}$ is concave for $x, y > 0$", "concave", True, "words"),
    ]),
    (S("x/(1 + exp(-x))", X), [
        (r"The swish function $x\sigma(x)$ is convex", "convex", False, "words"),
    ]),
    # ---------------- ML-flavoured -----------------------------------------------------------------------
    (S("(t0 + 2*t1 - 3)**2", ["t0", "t1"]), [
        (r"$J(\theta_0, \theta_1) = (\theta_0 + 2\theta_1 - 3)^2$ is convex", "convex", True, "ml"),
        (r"$J(\theta_0, \theta_1) = (\theta_0 + 2\theta_1 - 3)^2$ is strictly convex", "strictly_convex", False,
         "ml"),
    ]),
    (S("(w1*w2 - 1)**2/2", ["w1", "w2"]), [
        (r"$\frac{1}{2}(w_1 w_2 - 1)^2$ is convex in $(w_1, w_2)$", "convex", False, "ml"),
    ]),
    (S("(w1*w2 - 1)**2", ["w1"], (), {"w2": ["-3", "0", "1/2", "2"]}), [
        (r"$(w_1 w_2 - 1)^2$ is convex in $w_1$", "convex", True, "ml"),
    ]),
    (S("lam*(Abs(w1) + Abs(w2)) + w1**2 + w2**2", ["w1", "w2"], (), {"lam": ["1/10", "1", "5"]}), [
        (r"$\lambda \|w\|_1 + \|w\|_2^2$ is strictly convex for $w \in \mathbb{R}^2$ and $\lambda > 0$",
         "strictly_convex", True, "ml"),
    ]),
    (S("-log(1 + exp(-z))", ["z"]), [
        (r"$\log \sigma(z)$ is concave", "concave", True, "ml"),
    ]),
    (S("exp(-z)/(1 + exp(-z))**2", ["z"]), [
        (r"$\sigma(z)(1 - \sigma(z))$ is concave", "concave", False, "ml"),
    ]),
    (S("p*log(p/q)", ["p", "q"], ["p > 0", "q > 0"]), [
        (r"$\text{KL}(p\|q) = p\log(p/q)$ is jointly convex for $p, q > 0$", "convex", True, "ml"),
    ]),
    (S("log(cosh(x))", X), [
        (r"$\log\cosh(x)$ is convex", "convex", True, "ml"),
        (r"$\log\cosh(x)$ is strictly convex", "strictly_convex", True, "ml"),
    ]),
    (S("x*tanh(x)", X), [
        (r"$x \tanh(x)$ is convex", "convex", False, "ml"),
    ]),
    (S("-sqrt(u)", ["u"], ["u >= 0"]), [
        (r"$g(u) = -u^{1/2}$ is convex on $u \ge 0$", "convex", True, "varname"),
    ]),
    (S("s**4 - 4*s", ["s"]), [
        (r"$h(s) = s^4 - 4s$ is strictly convex", "strictly_convex", True, "varname"),
    ]),
]

# Two readings whose truths differ: the right answer is undecided or a refusal.
AMBIGUOUS = [
    (r"$x^3$ is locally convex", "scope",
     (S("x**3", X, ["x > 1/2", "x < 3/2"]), "convex"), (S("x**3", X, ["x > -3/2", "x < -1/2"]), "convex"),
     "near some point (x = 1) it is convex, near every point (x = -1) it is not"),
    (r"is x^(1/3) concave", "wolfram",
     (S("x**Rational(1, 3)", X, NONNEG), "concave"), (S("sign(x)*Abs(x)**Rational(1, 3)", X), "concave"),
     "principal root on x >= 0 is concave; the real cube root on R is not"),
    (r"`x**3/2` is convex", "code",
     (S("x**Rational(3, 2)", X, NONNEG), "convex"), (S("x**3/2", X), "convex"),
     "x^{3/2} on x >= 0 is convex; Python's (x**3)/2 on R is not"),
    (r"$-x^2$ is not convex or concave", "trap",
     (S("-x**2", X), "neither"), (S("-x**2", X), "not_convex"),
     "not (convex or concave) is false; (not convex) or concave is true"),
    (r"$x^3$ is convex for $x$ small enough", "domain-words",
     (S("x**3", X, ["x > -1", "x < -1/2"]), "convex"), (S("x**3", X, ["x > 0", "x < 1/10"]), "convex"),
     "very negative x: not convex; x near 0 from above: convex"),
]

# One sentence, several subjects.
COMPOUND = [
    (r"Prove $e^{x}$ is convex and $\ln x$ is concave.", "compound", "all",
     [(S("exp(x)", X), "convex"), (S("log(x)", X, POS), "concave")]),
    (r"$x^2$ is convex and $x^3$ is convex", "compound", "all",
     [(S("x**2", X), "convex"), (S("x**3", X), "convex")]),
    (r"$x^2$ is convex but $x^3$ is not", "compound", "first_not_second",
     [(S("x**2", X), "convex"), (S("x**3", X), "convex")]),
    (r"Neither $x^2$ nor $x^3$ is concave", "compound", "none",
     [(S("x**2", X), "concave"), (S("x**3", X), "concave")]),
    (r"Both $x^2$ and $e^x$ are convex", "compound", "all",
     [(S("x**2", X), "convex"), (S("exp(x)", X), "convex")]),
    (r"$x^2$ and $x^3$ are convex", "compound", "all",
     [(S("x**2", X), "convex"), (S("x**3", X), "convex")]),
    (r"$x^2$, $e^x$ and $|x|$ are all convex", "compound", "all",
     [(S("x**2", X), "convex"), (S("exp(x)", X), "convex"), (S("Abs(x)", X), "convex")]),
    (r"$\log x$ and $\sqrt{x}$ are concave on $x>0$", "compound", "all",
     [(S("log(x)", X, POS), "concave"), (S("sqrt(x)", X, POS), "concave")]),
    (r"$\log x$ and $x^2$ are concave on $x > 0$", "compound", "all",
     [(S("log(x)", X, POS), "concave"), (S("x**2", X, POS), "concave")]),
    (r"$x^2$ is convex on $x > 0$ but not on $x < 0$", "compound", "first_not_second",
     [(S("x**2", X, POS), "convex"), (S("x**2", X, ["x < 0"]), "convex")]),
    (r"$x^3$ is convex on $x > 0$ but not on $x < 0$", "compound", "first_not_second",
     [(S("x**3", X, POS), "convex"), (S("x**3", X, ["x < 0"]), "convex")]),
    (r"$x^3$ is convex only for $x \ge 0$", "compound", "first_not_second",
     [(S("x**3", X, NONNEG), "convex"), (S("x**3", X, ["x > -1"]), "convex")]),
    (r"$x^2$ is convex only for $x \ge 0$", "compound", "first_not_second",
     [(S("x**2", X, NONNEG), "convex"), (S("x**2", X, ["x > -1"]), "convex")]),
    (r"$f(x) = x^2$ is convex, so $-f$ is concave", "compound", "all",
     [(S("x**2", X), "convex"), (S("-x**2", X), "concave")]),
    (r"$e^x$ is convex and increasing", "compound", "all",
     [(S("exp(x)", X), "convex"), (S("exp(x)", X), "increasing")]),
    (r"$e^{-x}$ is convex and increasing", "trap-monotone", "all",
     [(S("exp(-x)", X), "convex"), (S("exp(-x)", X), "increasing")]),
    (r"$-e^x$ is concave and increasing", "trap-monotone", "all",
     [(S("-exp(x)", X), "concave"), (S("-exp(x)", X), "increasing")]),
    (r"$\sqrt{x}$ is concave and increasing on $x > 0$", "trap-monotone", "all",
     [(S("sqrt(x)", X, POS), "concave"), (S("sqrt(x)", X, POS), "increasing")]),
    (r"$a x^2$ is convex if and only if $a \ge 0$", "iff", "first_not_second",
     [(S("a*x**2", X, (), {"a": ["0", "1/2", "3"]}), "convex"), (S("a*x**2", X, (), {"a": ["-1/2"]}), "convex")]),
    (r"$a x^2$ is convex iff $a > 0$", "iff", "first_not_second",
     [(S("a*x**2", X, (), {"a": ["1/2", "3"]}), "convex"), (S("a*x**2", X, (), {"a": ["0"]}), "convex")]),
    (r"$c x$ is convex if and only if $c > 0$", "iff", "first_not_second",
     [(S("c*x", X, (), {"c": ["1/2", "3"]}), "convex"), (S("c*x", X, (), {"c": ["-1"]}), "convex")]),
    (r"$x^2$ is strictly convex iff it is convex", "iff", "all",
     [(S("x**2", X), "strictly_convex"), (S("x**2", X), "convex")]),
    (r"Let $f(x) = x^2$ and $g(x) = -x^2$. Then $f + g$ is convex.", "compound", "all",
     [(S("0*x", X), "convex")]),
]

# Subjects fixed by words; each witness stated as a formula where one exists.
WORDS = [
    (r"The loss of a neural network with ReLU activations is convex in its weights", "network", False,
     "exists", (S("(w2*Max(0, w1) - 1)**2", ["w1", "w2"]), "convex"),
     "a 1-1-1 ReLU net without biases on the point (1, 1) is a member; its loss is not convex"),
    (r"A linear network with one hidden layer and squared loss is not convex", "network", True,
     "exists", (S("(w2*w1 - 1)**2", ["w1", "w2"]), "not_convex"),
     "the 1-1-1 linear net on (1, 1): (w1 w2 - 1)^2 is not convex"),
    (r"Logistic regression's loss is convex in the weights", "network", True,
     "is", (S("log(1 + exp(-(w + b)))", ["w", "b"]), "convex"),
     "a sum of softplus of affine functions of the weights (one example shown); every data set"),
    (r"Linear regression with squared loss is convex", "network", True,
     "is", (S("(w*2 + b - 3)**2", ["w", "b"]), "convex"), "a sum of squares of affine functions"),
    (r"The loss of a one-hidden-layer sigmoid network is convex", "network", False,
     "exists", (S("(w2/(1 + exp(-w1)) - 1)**2", ["w1", "w2"]), "convex"),
     "the 1-1-1 sigmoid net on (1, 1) is a member; its loss is not convex"),
    (r"A neural network with no hidden layers and squared loss is convex", "network", True,
     "is", (S("(w*2 + b - 3)**2 + (w - b)**2", ["w", "b"]), "convex"),
     "an affine model with squared loss: a sum of squares of affine functions"),
    (r"The cross-entropy loss of a two-layer tanh network is non-convex", "network", True,
     "exists", (S("log(1 + exp(-w2*tanh(w1)))", ["w1", "w2"]), "not_convex"),
     "one member (1-1-1 tanh, logistic loss on (1, +1)) suffices for 'non-convex'"),
    (r"The squared loss of a single ReLU neuron $\max(0, wx)$ on the data point $(1, 1)$ is convex in $w$",
     "network", False, "is", (S("(Max(0, w) - 1)**2", ["w"]), "convex"), "(relu(w) - 1)^2 has a concave kink at 0"),
    (r"The network $f(x) = w_2 \max(0, w_1 x)$ with squared loss on $(1,1)$ is convex in $w_1, w_2$", "network",
     False, "is", (S("(w2*Max(0, w1) - 1)**2", ["w1", "w2"]), "convex"), "(w2 relu(w1) - 1)^2"),
    (r"A ReLU network's loss is convex because ReLU is convex", "network", False,
     "exists", (S("(w2*Max(0, w1) - 1)**2", ["w1", "w2"]), "convex"), "as the seed question shows"),
    (r"The MSE loss of a deep linear network is convex", "network", False,
     "exists", (S("(w3*w2*w1 - 1)**2", ["w1", "w2", "w3"]), "convex"), "1-1-1-1 linear net on (1, 1)"),
    (r"The loss of a 1-2-1 ReLU network on the data (1, 1), (-1, -1) is not convex", "network", True,
     "is", None, "the seed-000 answer: two global minima whose midpoint has loss 1 > 0"),
    (r"A single-layer perceptron with hinge loss has a convex loss", "network", True,
     "is", (S("Max(0, 1 - (2*w + b))", ["w", "b"]), "convex"), "hinge of an affine function (one example)"),
    (r"The squared loss is convex", "words", True,
     "is", (S("(y - t)**2", ["y", "t"]), "convex"), "(y - yhat)^2, jointly or in either argument"),
    (r"The hinge loss is convex", "words", True, "is", (S("Max(0, 1 - z)", ["z"]), "convex"), "max(0, 1 - z)"),
    (r"The Huber loss is convex", "words", True,
     "is", (S("Piecewise((x**2/2, Abs(x) <= 1), (Abs(x) - Rational(1, 2), True))", X), "convex"),
     "Huber with threshold 1 (any threshold > 0 alike)"),
    (r"The leaky ReLU is convex", "words", True, "is", (S("Max(x/100, x)", X), "convex"),
     "max(alpha x, x) with 0 < alpha < 1"),
    (r"The GELU is convex", "words", False, "is", (S("x*(1 + erf(x/sqrt(2)))/2", X), "convex"),
     "x Phi(x) dips below 0 for x < 0 and returns to 0: not convex"),
    (r"The 0-1 loss is convex", "words", False, "is", None, "the step 1[z < 0] is not convex (z = -1, 1, 0)"),
    (r"log-sum-exp is convex", "words", True, "is", (S("log(exp(x) + exp(y))", XY), "convex"),
     "log-sum-exp is convex in every dimension (two shown)"),
    (r"The log-sum-exp function is strictly convex", "words", False,
     "is", (S("log(exp(x) + exp(y))", XY), "strictly_convex"), "affine along the all-ones direction"),
    (r"The log-partition function of the softmax is convex", "words", True,
     "is", (S("log(exp(x) + exp(y) + exp(z))", ["x", "y", "z"]), "convex"), "log-sum-exp"),
    (r"The Gaussian density is log-concave", "words", True, "is", (S("-x**2/2", X), "concave"),
     "its log is -x^2/(2 s^2) + const"),
    (r"‖x‖² is convex", "norm", True, "is", (S("x1**2 + x2**2", ["x1", "x2"]), "convex"),
     "the squared Euclidean norm, in any dimension (two shown)"),
    (r"The ridge objective $\|y - Xw\|^2 + \lambda\|w\|^2$ is convex", "ml", True,
     "is", None, "least squares plus a nonnegative multiple of a convex function (lambda >= 0 by convention)"),
    (r"$L(w) = \sum_{i=1}^{3} (w x_i - y_i)^2$ is convex in $w$", "ml", True,
     "is", None, "a sum of squares of affine functions of w, for every data"),
    (r"$\frac{1}{n}\sum_{i=1}^n (y_i - \beta x_i)^2$ is convex in $\beta$", "ml", True,
     "is", None, "a sum of squares of affine functions of beta, for every data and n"),
    (r"$\ell(\theta) = \log(1 + e^{-y \theta^\top x})$ is convex in $\theta$", "ml", True,
     "is", None, "softplus of a linear function of theta, for every x, y"),
    (r"$x^4$ is not strictly convex since $f''(0)=0$", "trap", False,
     "is", (S("x**4", X), "not_strictly_convex"), "x^4 is strictly convex although f''(0) = 0"),
]

# Not a curvature claim, or no property asserted: label null.
NOT_A_CLAIM = [
    (r"convexity of x^3 on (0,inf)", "wolfram", "a query: no property is asserted"),
    (r"convex x^2+y^2", "wolfram", "a query: no property is asserted"),
    (r"$e^x \ge 1 + x$ for all $x$", "not-curvature", "an inequality, not a curvature property"),
    (r"Disprove: $x^2 e^{-x}$ is convex.", "prove", "'Disprove' asserts the negation: the polarity is open"),
    (r"Is it false that $x^3$ is convex?", "trap", "a question about a negation: the polarity is open"),
    (r"$\frac{1}{x}$ is convex on its domain", "scope", "the domain x != 0 is not convex"),
    (r"$\frac{1}{x}$ is convex for $x \neq 0$", "domain", "the domain x != 0 is not convex"),
    (r"$\tan x$ is convex on its domain", "scope", "the domain of tan is not convex"),
    (r"$x^4 - x^2$ is convex for $|x| \ge 1$", "domain", "|x| >= 1 is not convex"),
    (r"$x^3$ is conex", "typo", "'conex' could be convex or concave"),
    (r"$f(x)=x^2+$ is convex", "typo", "the formula is incomplete"),
    (r"$x^2$ is never convex", "trap", "'never' is not a property of one function"),
    (r"$x^2$ is convex except at 0", "trap", "convexity is not a pointwise property"),
    (r"Not $x^2$ but $x^3$ is convex", "trap", "a contrast of two subjects"),
]
