"""Sentences of several claims, property words with one slip, and claims about a neighbourhood of a point (session
11): the claims and, beside each, the mathematics it is about, written by hand (never parsed from the claim text).

Subjects are ``S(f, vars, domain, params)`` as in ``spec_everyday10.py`` (a SymPy expression in Python syntax, its
variables, its domain as inequalities, parameter values drawn from the allowed set). ``verify_compound.py``
recomputes every label from these subjects alone.

- ``SINGLE``: one claim about one subject (typos: the claim as the slip's one property word reads it).
- ``COMPOUND``: ``(text, kind, how, parts)``, parts ``[(subject, property), ...]`` each a claim in its own right;
  ``how`` is ``all`` (every part holds; "but ... not" parts are written as negated properties), or ``iff`` (both
  parts have the same truth). "F is P iff C" (a condition on a parameter) is ``all`` over "P for the values with C"
  and "not P for the values without C".
- ``LOCAL``: ``(text, kind, subject, point, property, label, radius)``: "locally P near p" means P on some open
  neighbourhood of p. A true label is witnessed by P on the open box of half-width ``radius`` around p; a false label
  by the exact Hessian at p having an eigenvalue of the refuting sign (negative for convex), which persists on a
  neighbourhood of p for a function smooth at p, so no neighbourhood is convex.
- ``NULL``: ``(text, kind, why)``: no single meaning (a slip near two words, "locally" with no point, a domain that
  may belong to one clause or to all); any decided answer is wrong.
"""


def S(f, vars, domain=(), params=None):
    return {"f": f, "vars": list(vars), "domain": list(domain), "params": params or {}}


X = ["x"]
XY = ["x", "y"]
POS = ["x > 0"]
POS2 = ["x > 0", "y > 0"]

SINGLE = [
    # ---------------- one slip from exactly one property word
    (r"$x^2$ is covnex", "typo", S("x**2", X), "convex"),
    (r"$e^x$ is convx", "typo", S("exp(x)", X), "convex"),
    (r"$\log x$ is concvae for $x>0$", "typo", S("log(x)", X, POS), "concave"),
    (r"$x^2+y^2$ is stricly convex", "typo", S("x**2 + y**2", XY), "strictly_convex"),
    (r"$x^3$ is convexe", "typo", S("x**3", X), "convex"),
    (r"$x y$ is nonconvx", "typo", S("x*y", XY), "not_convex"),
    (r"$\sqrt{x}$ is conave on $x > 0$", "typo", S("sqrt(x)", X, POS), "concave"),
    (r"$e^{-x}$ is concav", "typo", S("exp(-x)", X), "concave"),
    (r"$2x + 1$ is affne", "typo", S("2*x + 1", X), "affine"),
    (r"$|x|$ is stricly convex", "typo", S("Abs(x)", X), "strictly_convex"),
    (r"$x^4$ is strictley convex", "typo", S("x**4", X), "strictly_convex"),
    (r"$-x^2$ is cocnave", "typo", S("-x**2", X), "concave"),
    (r"The function $f(x) = x \log x$ is covex on $x > 0$", "typo", S("x*log(x)", X, POS), "convex"),
    (r"$\exp(x)$ is convec", "typo", S("exp(x)", X), "convex"),
    (r"x^2 is covnex", "typo-plain", S("x**2", X), "convex"),
    (r"exp(-x) is conave", "typo-plain", S("exp(-x)", X), "concave"),
    (r"log(x) is concvae for x > 0", "typo-plain", S("log(x)", X, POS), "concave"),
    # ---------------- one claim, not to be cut: the connective is inside a domain or a variable list
    (r"$x^2 + y^2$ is convex for $x > 0$ and $y > 0$", "no-split", S("x**2 + y**2", XY, POS2), "convex"),
    (r"$x y$ is convex in $x$ and $y$", "no-split", S("x*y", XY), "convex"),
    (r"$x^2 - y^2$ is convex for $x > 0$ and $y > 0$", "no-split", S("x**2 - y**2", XY, POS2), "convex"),
    (r"$\max(x, y)$ is convex on $x > 0$ and $y > 0$", "no-split", S("Max(x, y)", XY, POS2), "convex"),
    (r"$\min(x, y)$ is jointly concave in $x$ and $y$", "no-split", S("Min(x, y)", XY), "concave"),
    (r"$x^2 + y^2$ is convex and strictly convex", "no-split", S("x**2 + y**2", XY), "strictly_convex"),
]

COMPOUND = [
    # ---------------- a list of subjects
    (r"$x^2$ and $e^x$ are convex", "subjects", "all", [(S("x**2", X), "convex"), (S("exp(x)", X), "convex")]),
    (r"$x^2$ and $x^3$ are convex", "subjects", "all", [(S("x**2", X), "convex"), (S("x**3", X), "convex")]),
    (r"Both $e^x$ and $-\log x$ are convex on $x>0$", "subjects", "all",
     [(S("exp(x)", X, POS), "convex"), (S("-log(x)", X, POS), "convex")]),
    (r"Both $x^2$ and $\sin x$ are convex", "subjects", "all", [(S("x**2", X), "convex"), (S("sin(x)", X), "convex")]),
    (r"$x^2$, $e^x$ and $|x|$ are all convex", "subjects", "all",
     [(S("x**2", X), "convex"), (S("exp(x)", X), "convex"), (S("Abs(x)", X), "convex")]),
    (r"$\log x$, $\sqrt{x}$ and $-x^2$ are concave on $x > 0$", "subjects", "all",
     [(S("log(x)", X, POS), "concave"), (S("sqrt(x)", X, POS), "concave"), (S("-x**2", X, POS), "concave")]),
    (r"$\log x$ and $x^2$ are concave on $x > 0$", "subjects", "all",
     [(S("log(x)", X, POS), "concave"), (S("x**2", X, POS), "concave")]),
    (r"The functions $x^4$ and $\cosh x$ are both convex", "subjects", "all",
     [(S("x**4", X), "convex"), (S("cosh(x)", X), "convex")]),
    (r"Prove that $e^{2x}$ and $x^2 + 1$ are convex.", "subjects", "all",
     [(S("exp(2*x)", X), "convex"), (S("x**2 + 1", X), "convex")]),
    (r"$\max(x, y)$ and $|x| + |y|$ are convex", "subjects", "all",
     [(S("Max(x, y)", XY), "convex"), (S("Abs(x) + Abs(y)", XY), "convex")]),
    (r"$\min(x, y)$ and $\sqrt{x y}$ are concave on $x > 0, y > 0$", "subjects", "all",
     [(S("Min(x, y)", XY, POS2), "concave"), (S("sqrt(x*y)", XY, POS2), "concave")]),
    (r"$x y$ and $x^2 + y^2$ are convex", "subjects", "all",
     [(S("x*y", XY), "convex"), (S("x**2 + y**2", XY), "convex")]),
    (r"$e^x$ and $x^2$ are strictly convex", "subjects", "all",
     [(S("exp(x)", X), "strictly_convex"), (S("x**2", X), "strictly_convex")]),
    (r"$x^2$ and $|x|$ are strictly convex", "subjects", "all",
     [(S("x**2", X), "strictly_convex"), (S("Abs(x)", X), "strictly_convex")]),
    (r"$x^3$ and $\sin x$ are not convex", "subjects", "all",
     [(S("x**3", X), "not_convex"), (S("sin(x)", X), "not_convex")]),
    (r"$e^x$ and $\log x$ are both concave on $x > 0$", "subjects", "all",
     [(S("exp(x)", X, POS), "concave"), (S("log(x)", X, POS), "concave")]),
    (r"Neither $x^2$ nor $x^3$ is concave", "neither-nor", "all",
     [(S("x**2", X), "not_concave"), (S("x**3", X), "not_concave")]),
    (r"Neither $x^3$ nor $\sin x$ is convex", "neither-nor", "all",
     [(S("x**3", X), "not_convex"), (S("sin(x)", X), "not_convex")]),
    (r"Neither $x^2$ nor $-x^2$ is concave", "neither-nor", "all",
     [(S("x**2", X), "not_concave"), (S("-x**2", X), "not_concave")]),
    # ---------------- clauses
    (r"$x^2$ is convex and $x^3$ is convex", "clauses", "all", [(S("x**2", X), "convex"), (S("x**3", X), "convex")]),
    (r"$x^4$ is convex and $-x^4$ is concave", "clauses", "all",
     [(S("x**4", X), "convex"), (S("-x**4", X), "concave")]),
    (r"$x^2$ is convex but $x^3$ is not", "but-not", "all", [(S("x**2", X), "convex"), (S("x**3", X), "not_convex")]),
    (r"$x^2$ is convex, but $-x^2$ is not.", "but-not", "all",
     [(S("x**2", X), "convex"), (S("-x**2", X), "not_convex")]),
    (r"$x^3$ is convex but $x^2$ is not", "but-not", "all", [(S("x**3", X), "convex"), (S("x**2", X), "not_convex")]),
    (r"$e^x$ is strictly convex but $e^x + x$ isn't", "but-not", "all",
     [(S("exp(x)", X), "strictly_convex"), (S("exp(x) + x", X), "not_strictly_convex")]),
    (r"$e^x$ is convex, and so is $x^2$", "so-is", "all", [(S("exp(x)", X), "convex"), (S("x**2", X), "convex")]),
    (r"$e^x$ is convex, and so is $\sin x$", "so-is", "all", [(S("exp(x)", X), "convex"), (S("sin(x)", X), "convex")]),
    (r"$\log x$ is concave on $x > 0$ and $e^x$ is convex", "clauses", "all",
     [(S("log(x)", X, POS), "concave"), (S("exp(x)", X), "convex")]),
    (r"$\log x$ is concave on $x > 0$, while $x \log x$ is convex on $x > 0$", "clauses", "all",
     [(S("log(x)", X, POS), "concave"), (S("x*log(x)", X, POS), "convex")]),
    (r"$x^2$ is convex; $\sin x$ is concave", "clauses", "all",
     [(S("x**2", X), "convex"), (S("sin(x)", X), "concave")]),
    (r"$f(x) = x^2$ is convex, so $-f$ is concave", "so", "all",
     [(S("x**2", X), "convex"), (S("-x**2", X), "concave")]),
    (r"$f(x) = e^x$ is convex, hence $-f$ is concave", "so", "all",
     [(S("exp(x)", X), "convex"), (S("-exp(x)", X), "concave")]),
    (r"$f(x) = x^3$ is convex, so $-f$ is concave", "so", "all",
     [(S("x**3", X), "convex"), (S("-x**3", X), "concave")]),
    (r"$g(t) = t^4 + t^2$ is convex, and therefore $2 g$ is convex", "so", "all",
     [(S("x**4 + x**2", X), "convex"), (S("2*x**4 + 2*x**2", X), "convex")]),
    (r"Prove $e^{x}$ is convex and $\ln x$ is concave.", "clauses", "all",
     [(S("exp(x)", X), "convex"), (S("log(x)", X, POS), "concave")]),
    (r"Show that $x^2$ is convex and $-\sqrt{x}$ is concave on $x > 0$.", "domain-end", "all",
     [(S("x**2", X), "convex"), (S("-sqrt(x)", X, POS), "concave")]),
    (r"$x^2$ is convex and it is strictly convex", "pronoun", "all",
     [(S("x**2", X), "convex"), (S("x**2", X), "strictly_convex")]),
    (r"$|x|$ is convex but it is not strictly convex", "pronoun", "all",
     [(S("Abs(x)", X), "convex"), (S("Abs(x)", X), "not_strictly_convex")]),
    (r"$x^2$ is convex on $x > 0$ but not on $x < 0$", "but-not-on", "all",
     [(S("x**2", X, POS), "convex"), (S("x**2", X, ["x < 0"]), "not_convex")]),
    (r"$x^3$ is convex on $x > 0$ but not on $x < 0$", "but-not-on", "all",
     [(S("x**3", X, POS), "convex"), (S("x**3", X, ["x < 0"]), "not_convex")]),
    (r"$\sin x$ is concave on $0 < x < \pi$ but not on $\pi < x < 2\pi$", "but-not-on", "all",
     [(S("sin(x)", X, ["x > 0", "x < pi"]), "concave"), (S("sin(x)", X, ["x > pi", "x < 2*pi"]), "not_concave")]),
    (r"$\min(x, y)$ is concave and $x^2$ is convex", "clauses", "all",
     [(S("Min(x, y)", XY), "concave"), (S("x**2", X), "convex")]),
    (r"$\max(x, y)$ is convex whereas $\min(x, y)$ is concave", "clauses", "all",
     [(S("Max(x, y)", XY), "convex"), (S("Min(x, y)", XY), "concave")]),
    (r"$x y$ is not convex, but $x^2 + y^2$ is convex", "clauses", "all",
     [(S("x*y", XY), "not_convex"), (S("x**2 + y**2", XY), "convex")]),
    (r"$\max(x, y)$ is convex and $\max(x, y)$ is concave", "clauses", "all",
     [(S("Max(x, y)", XY), "convex"), (S("Max(x, y)", XY), "concave")]),
    # ---------------- equivalences
    (r"$a x^2$ is convex iff $a \ge 0$", "iff", "all",
     [(S("a*x**2", X, (), {"a": ["0", "1/2", "3"]}), "convex"),
      (S("a*x**2", X, (), {"a": ["-1/2", "-3", "-1/100"]}), "not_convex")]),
    (r"$a x^2$ is convex if and only if $a \ge 0$", "iff", "all",
     [(S("a*x**2", X, (), {"a": ["0", "2"]}), "convex"), (S("a*x**2", X, (), {"a": ["-1", "-1/10"]}), "not_convex")]),
    (r"$a x^2$ is convex iff $a > 0$", "iff", "all",
     [(S("a*x**2", X, (), {"a": ["1/2", "3"]}), "convex"), (S("a*x**2", X, (), {"a": ["0", "-1"]}), "not_convex")]),
    (r"$c x$ is convex if and only if $c > 0$", "iff", "all",
     [(S("c*x", X, (), {"c": ["1/2", "3"]}), "convex"), (S("c*x", X, (), {"c": ["-1", "0"]}), "not_convex")]),
    (r"$a x^2$ is strictly convex iff $a > 0$", "iff", "all",
     [(S("a*x**2", X, (), {"a": ["1/2", "3"]}), "strictly_convex"),
      (S("a*x**2", X, (), {"a": ["0", "-1"]}), "not_strictly_convex")]),
    (r"$a e^x$ is concave iff $a \le 0$", "iff", "all",
     [(S("a*exp(x)", X, (), {"a": ["0", "-1", "-3"]}), "concave"),
      (S("a*exp(x)", X, (), {"a": ["1/2", "2"]}), "not_concave")]),
    (r"$a e^{x}$ is convex iff $a \ge 1$", "iff", "all",
     [(S("a*exp(x)", X, (), {"a": ["1", "2"]}), "convex"), (S("a*exp(x)", X, (), {"a": ["1/2", "-1"]}), "not_convex")]),
    (r"$k x^4$ is concave if and only if $k \le 0$", "iff", "all",
     [(S("k*x**4", X, (), {"k": ["0", "-1"]}), "concave"), (S("k*x**4", X, (), {"k": ["1/2", "3"]}), "not_concave")]),
    (r"$a x^2 + x^4$ is convex iff $a \ge 0$", "iff", "all",
     [(S("a*x**2 + x**4", X, (), {"a": ["0", "1", "3"]}), "convex"),
      (S("a*x**2 + x**4", X, (), {"a": ["-1/2", "-2"]}), "not_convex")]),
    (r"$a x$ is affine iff $a \ge 0$", "iff", "all",
     [(S("a*x", X, (), {"a": ["0", "1"]}), "affine"), (S("a*x", X, (), {"a": ["-1"]}), "not_affine")]),
    (r"$x^2$ is strictly convex iff it is convex", "iff-claims", "iff",
     [(S("x**2", X), "strictly_convex"), (S("x**2", X), "convex")]),
    (r"$|x|$ is strictly convex if and only if it is convex", "iff-claims", "iff",
     [(S("Abs(x)", X), "strictly_convex"), (S("Abs(x)", X), "convex")]),
    (r"$e^{-x}$ is concave and $x^3$ is convex for $x \ge 0$", "domain-end", "all",
     [(S("exp(-x)", X), "concave"), (S("x**3", X, ["x >= 0"]), "convex")]),
    # ---------------- typed without $...$
    (r"x^2 and x^3 are convex", "plain", "all", [(S("x**2", X), "convex"), (S("x**3", X), "convex")]),
    (r"x^2 is convex but x^3 is not", "plain", "all", [(S("x**2", X), "convex"), (S("x**3", X), "not_convex")]),
    (r"both x^2 and exp(x) are convex", "plain", "all", [(S("x**2", X), "convex"), (S("exp(x)", X), "convex")]),
    (r"e^x is convex and log(x) is concave for x > 0", "plain", "all",
     [(S("exp(x)", X), "convex"), (S("log(x)", X, POS), "concave")]),
    (r"a*x^2 is convex iff a >= 0", "plain", "all",
     [(S("a*x**2", X, (), {"a": ["0", "1"]}), "convex"), (S("a*x**2", X, (), {"a": ["-1", "-1/5"]}), "not_convex")]),
    (r"sin(x) is concave on 0 < x < 3, but cos(x) is not", "plain", "all",
     [(S("sin(x)", X, ["x > 0", "x < 3"]), "concave"), (S("cos(x)", X, ["x > 0", "x < 3"]), "not_concave")]),
    # ---------------- monotonicity is not a property symconvex decides (refused; the label is still the truth)
    (r"$e^x$ is convex and increasing", "monotone", "all", [(S("exp(x)", X), "convex"), (S("exp(x)", X), "increasing")]),
    (r"$e^{-x}$ is convex and increasing", "monotone", "all",
     [(S("exp(-x)", X), "convex"), (S("exp(-x)", X), "increasing")]),
]

LOCAL = [
    (r"$x^3$ is locally convex near $x = 1$", "local", S("x**3", X), ["1"], "convex", True, "1/2"),
    (r"$x^3$ is locally convex near $x=-1$", "local", S("x**3", X), ["-1"], "convex", False, None),
    (r"$x^4 - x^2$ is convex near the origin", "local", S("x**4 - x**2", X), ["0"], "convex", False, None),
    (r"$x^4 - x^2$ is locally concave near $0$", "local", S("x**4 - x**2", X), ["0"], "concave", True, "1/4"),
    (r"$\cos x$ is locally concave around $0$", "local", S("cos(x)", X), ["0"], "concave", True, "1"),
    (r"$\sin x$ is locally concave near $x = 1$", "local", S("sin(x)", X), ["1"], "concave", True, "1/2"),
    (r"$\sin x$ is locally convex near $x = -1$", "local", S("sin(x)", X), ["-1"], "convex", True, "1/2"),
    (r"$\sin x$ is locally convex near $x = 1$", "local", S("sin(x)", X), ["1"], "convex", False, None),
    (r"$\log x$ is locally concave near $x = 1/2$", "local", S("log(x)", X), ["1/2"], "concave", True, "1/4"),
    (r"$x^2 y^2$ is locally convex near $(1, 1)$", "local", S("x**2*y**2", XY), ["1", "1"], "convex", False, None),
    (r"$x^2 - y^2$ is convex near the origin", "local", S("x**2 - y**2", XY), ["0", "0"], "convex", False, None),
    (r"$x^2 + y^2$ is locally strictly convex near the origin", "local", S("x**2 + y**2", XY), ["0", "0"],
     "strictly_convex", True, "1"),
    (r"$e^{-x^2}$ is locally concave near $0$", "local", S("exp(-x**2)", X), ["0"], "concave", True, "1/2"),
    (r"$e^{-x^2}$ is locally convex around $x = 2$", "local", S("exp(-x**2)", X), ["2"], "convex", True, "1/2"),
    (r"$e^{-x^2}$ is locally convex near $0$", "local", S("exp(-x**2)", X), ["0"], "convex", False, None),
    (r"$\frac{1}{x}$ is locally convex near $x = 1$", "local", S("1/x", X), ["1"], "convex", True, "1/2"),
    (r"$x^3 - 3x$ is locally concave in a neighbourhood of $x = -1$", "local", S("x**3 - 3*x", X), ["-1"], "concave",
     True, "1/2"),
    (r"$x^3 - 3x$ is concave in a neighborhood of $x = 1$", "local", S("x**3 - 3*x", X), ["1"], "concave", False, None),
    (r"$\tanh x$ is locally convex near $x = -1$", "local", S("tanh(x)", X), ["-1"], "convex", True, "1/2"),
    (r"$\tanh x$ is locally convex near $x = 1$", "local", S("tanh(x)", X), ["1"], "convex", False, None),
    (r"$|x|$ is locally convex near $0$", "local", S("Abs(x)", X), ["0"], "convex", True, "1"),
    (r"$x y$ is locally convex near $(2, 3)$", "local", S("x*y", XY), ["2", "3"], "convex", False, None),
    (r"x^3 is locally convex near x = 1", "local-plain", S("x**3", X), ["1"], "convex", True, "1/2"),
    (r"x^4 - 2x^2 is locally concave near 0", "local-plain", S("x**4 - 2*x**2", X), ["0"], "concave", True, "1/2"),
    (r"x^4 - 2x^2 is convex near x = 2", "local-plain", S("x**4 - 2*x**2", X), ["2"], "convex", True, "1/2"),
    (r"x^4 - 2x^2 is locally convex near 0", "local-plain", S("x**4 - 2*x**2", X), ["0"], "convex", False, None),
    (r"$x^4$ is locally strictly convex at $x = 1$", "local", S("x**4", X), ["1"], "strictly_convex", True, "1/2"),
]

NULL = [
    (r"$x^3$ is conex", "typo", "'conex' is one slip from convex and from cone (and could mean concave)"),
    (r"$e^x$ is cone", "typo", "'cone' is a word, not a property of a function"),
    (r"$x^2$ is locally convex", "local", "'locally' with no point"),
    (r"$x^3$ is locally convex", "local", "near x = 1 convex, near x = -1 not: no point, no meaning"),
    (r"$x^3$ is convex and $\log x$ is concave on $x > 0$", "domain-end",
     "x^3 convex on R is false, on x > 0 true: the domain may belong to the last clause or to both"),
]
