r"""The sentence shapes textbooks use (issue #11): each is read as the same claim as its plain form (same function,
variables, domain, properties), and answered with certificates the independent checker accepts."""

import pytest
import sympy as sp

from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.claims import check_claim, decide_all, parse_claim
from symconvex.errors import ClaimError
from symconvex.facts import derive


def canonical(domain):
    """A domain as a set of (expression, relation) with the expression compared to 0: x > 0 and 0 < x agree."""
    flip = {"<": ">", "<=": ">="}
    out = set()
    for c in domain or ():
        op = c.rel_op
        out.add((sp.expand(c.lhs - c.rhs), op) if op in (">", ">=") else (sp.expand(c.rhs - c.lhs), flip[op]))
    return out


def same_claim(a, b):
    return (a.function == b.function and a.variables == b.variables and canonical(a.domain) == canonical(b.domain)
            and a.property == b.property and a.negated == b.negated and a.also == b.also
            and a.parameters == b.parameters)


def assert_answer(text, expected):
    result = check_claim(text, timeout=30)
    assert result.holds is expected, (result.claim.statement(), result.explanation)
    assert result.verified and result.certificates
    statements = {verify(from_json(cert.to_json())) for cert in result.certificates}   # the JSON alone re-verifies
    assert decide_all(result.claim, derive({s: [] for s in statements})) is expected
    return result


# (sentence, the plain claim it means)
SAME_READING = [
    # A: calculus wording
    (r"$f(x) = x^3 - 3x^2$ is concave up on $(1, \infty)$", r"$f(x) = x^3 - 3x^2$ is convex on $(1, \infty)$"),
    (r"$h(x) = \sqrt{x}$ is concave down on $(0, \infty)$", r"$h(x) = \sqrt{x}$ is concave on $(0, \infty)$"),
    (r"$e^x$ is strictly concave upward", r"$e^x$ is strictly convex"),
    # G: both convex and concave
    (r"$f(x) = 3x + 2$ is both convex and concave", r"$f(x) = 3x + 2$ is convex and concave"),
    # "neither P nor Q" for any two properties: "not P and not Q" (session 13)
    (r"$x^3$ is neither strictly convex nor strictly concave", r"$x^3$ is not strictly convex and not strictly concave"),
    (r"$x^2$ is neither concave nor affine", r"$x^2$ is not concave and not affine"),
    # E: a clause between the function and the property
    (r"$f(x_1, x_2) = x_1 x_2$ on $\mathbb{R}^2_{++}$ is convex", r"$f(x_1, x_2) = x_1 x_2$ is convex on $\mathbb{R}^2_{++}$"),
    (r"$x^2 y$, for $y > 0$, is convex", r"$x^2 y$ is convex for $y > 0$"),
    (r"$f(x) = x^2$, is convex", r"$f(x) = x^2$ is convex"),
    (r"$x_1^{a} x_2^{1 - a}$, where $0 \le a \le 1$, on $\mathbb{R}^2_{++}$ is concave in $x_1, x_2$",
     r"$x_1^{a} x_2^{1 - a}$ is concave in $x_1, x_2$ on $\mathbb{R}^2_{++}$ where $0 \le a \le 1$"),
    # N: a condition before the function
    (r"For $x > 0$, the function $\log x$ is concave.", r"$\log x$ is concave for $x > 0$"),
    (r"Over $\mathbb{R}_{++}$, $x^{-1}$ is convex.", r"$x^{-1}$ is convex over $\mathbb{R}_{++}$"),
    (r"If $a \ge 1$ then $x^a$ is convex in $x$ on $x > 0$.", r"$x^a$ is convex in $x$ on $x > 0$ if $a \ge 1$"),
    (r"For $a > 0$, $a x^2$ is strictly convex in $x$.", r"$a x^2$ is strictly convex in $x$ for $a > 0$"),
    # F: a title with math before the function
    (r"Perspective of $\exp$: $g(x, t) = t e^{x/t}$ is convex on $t > 0$", r"$g(x, t) = t e^{x/t}$ is convex on $t > 0$"),
    (r"The $\ell_1$ regulariser $|w_1| + |w_2|$ is strictly convex", r"$|w_1| + |w_2|$ is strictly convex"),
    (r"The perspective of $-\log$, $g(x, t) = -t \log(x/t)$, is convex on $\mathbb{R}^2_{++}$",
     r"$g(x, t) = -t \log(x/t)$ is convex on $\mathbb{R}^2_{++}$"),
]


@pytest.mark.parametrize("sentence, plain", SAME_READING)
def test_sentence_is_read_as_its_plain_claim(sentence, plain):
    assert same_claim(parse_claim(sentence), parse_claim(plain))


def test_title_is_said_in_the_note():
    claim = parse_claim(r"Perspective of $\exp$: $g(x, t) = t e^{x/t}$ is convex on $t > 0$")
    assert "title" in claim.note and "Perspective of" in claim.note


@pytest.mark.parametrize("text, expected", [
    (r"$f(x) = x^3 - 3x^2$ is concave up on $(1, \infty)$", True),       # f'' = 6x - 6 > 0 there
    (r"$f(x) = x^3 - 3x^2$ is concave up on $(0, \infty)$", False),      # f'' < 0 on (0, 1)
    (r"$h(x) = \sqrt{x}$ is concave down on $(0, \infty)$", True),
    (r"$f(x) = 3x + 2$ is both convex and concave", True),
    (r"$f(x) = |x|$ is both convex and concave on $\mathbb{R}$", False),  # convex, not concave
    (r"$x$ is neither strictly convex nor strictly concave", True),       # affine: flat along every segment
    (r"$x^2$ is neither strictly convex nor concave", False),             # x^2 is strictly convex
    (r"Exercise 3.16(b): $f(x_1, x_2) = x_1 x_2$ on $\mathbb{R}^2_{++}$ is convex", False),
    (r"Over $\mathbb{R}_{++}$, $x^{-1}$ is convex.", True),
    (r"For $x > 0$, the function $\log x$ is convex.", False),
    (r"Perspective of $\exp$: $g(x, t) = t e^{x/t}$ is convex on $t > 0$", True),
])
def test_sentence_answers_are_checked(text, expected):
    assert_answer(text, expected)


@pytest.mark.parametrize("text", [
    r"$x$ is not both convex and concave",               # negates a conjunction: not read
    r"$x$ is not neither convex nor affine",             # a double negation of a conjunction: not read
    r"$x^2$ is neither strictly convex",                 # no "nor"
    r"The sum of $x^2$ and the penalty $y^2$ is convex",  # the earlier math may be part of the function
    r"The max of $x$, $y$ is convex",
    r"$x^2$ plus $y^2$ is convex",
    r"For $x > 0$ almost surely, $\log x$ is concave",    # a word a condition cannot hold
    r"$x y$ is convex in both $x$ and $y$",                # in each separately, or jointly?
])
def test_ambiguous_sentences_are_one_line_errors(text):
    with pytest.raises(ClaimError) as err:
        parse_claim(text)
    assert "\n" not in str(err.value)


# D: domains written as textbooks write them (sentence, the plain claim it means)
SAME_DOMAIN = [
    (r"$f(x, y) = x^2/y$ is convex on $\{(x, y) \in \mathbb{R}^2 \mid y > 0\}$", r"$f(x, y) = x^2/y$ is convex on $y > 0$"),
    (r"$f(x, y) = x^2/y$ is convex on $\{(x, y) : y > 0\}$", r"$f(x, y) = x^2/y$ is convex on $y > 0$"),
    (r"$x^2$ is convex on $\{x : |x| < 1\}$", r"$x^2$ is convex on $-1 < x < 1$"),
    (r"$\log(xz - y^2)$ is concave on $\{x > 0, \; xz - y^2 > 0\}$", r"$\log(xz - y^2)$ is concave on $x > 0, xz - y^2 > 0$"),
    (r"$f(x, y) = x^2/y$ on $\mathbb{R} \times \mathbb{R}_{++}$ is convex", r"$f(x, y) = x^2/y$ is convex on $y > 0$"),
    (r"$e^{x} + e^{-y}$ is strictly convex on $\mathbb{R} \times \mathbb{R}$", r"$e^{x} + e^{-y}$ is strictly convex on $\mathbb{R}^2$"),
    (r"$x^2 + y^2$ is convex on the closed unit disk $x^2 + y^2 \le 1$", r"$x^2 + y^2$ is convex on $x^2 + y^2 \le 1$"),
    (r"$-\sqrt{xy}$ is convex on the positive orthant $x > 0, y > 0$", r"$-\sqrt{xy}$ is convex on $x > 0, y > 0$"),
    (r"$\frac{1}{x(1 - x)}$ is convex on the interval $(0, 1)$", r"$\frac{1}{x(1 - x)}$ is convex on $0 < x < 1$"),
    (r"$\log x$ is concave on $]0, +\infty[$", r"$\log x$ is concave on $x > 0$"),
    (r"$\log x$ is concave on $]0, 1]$", r"$\log x$ is concave on $0 < x \le 1$"),
    (r"$f(x)=x^{2}+2x+1$ is strictly convex over $\mathbb R$", r"$f(x)=x^{2}+2x+1$ is strictly convex on $\mathbb{R}$"),
    ("f(x) = e^x is convex on R", r"$f(x) = e^x$ is convex on $\mathbb{R}$"),
    (r"$f(x, y) = x y$ is concave on $\mathbf{dom} f = \mathbb{R}^2_{++}$", r"$f(x, y) = x y$ is concave on $x > 0, y > 0$"),
    (r"$\log(1 + e^{a x})$ is convex in $x$ for any real $a$", r"$\log(1 + e^{a x})$ is convex in $x$ for every $a$"),
]


@pytest.mark.parametrize("sentence, plain", SAME_DOMAIN)
def test_domain_notation_is_read_as_its_plain_domain(sentence, plain):
    assert same_claim(parse_claim(sentence), parse_claim(plain))


@pytest.mark.parametrize("text, expected", [
    (r"$f(x, y) = x^2/y$ is convex on $\{(x, y) \in \mathbb{R}^2 \mid y > 0\}$", True),
    (r"$x y$ is convex on the triangle $x \ge 0, y \ge 0, x + y \le 1$", False),
    (r"$\log x$ is concave on $]0, +\infty[$", True),
])
def test_domain_notation_answers_are_checked(text, expected):
    assert_answer(text, expected)


@pytest.mark.parametrize("text", [
    r"$x^2$ is convex on the complement of $[0, 1]$",                 # a set word that changes the set
    r"$f(x, y) = x y$ is concave on $\mathbf{dom} g = \mathbb{R}^2_{++}$",  # the domain of another function
    r"$x y$ is convex on $\mathbb{R} \times \mathbb{R} \times \mathbb{R}$",  # three factors, two variables
    r"$x y$ is convex on $\{(u, v) \mid v > 0\}$",                    # a set of other letters
])
def test_unreadable_domains_are_one_line_errors(text):
    with pytest.raises(ClaimError) as err:
        parse_claim(text)
    assert "\n" not in str(err.value)


# C: 'A = B' where A is not a plain name: the claim is about B, and only when A is B
SAME_FUNCTION = [
    (r"$\mathrm{ReLU}(x) = \max(0, x)$ is convex", r"$\max(0, x)$ is convex"),
    (r"$\operatorname{softplus}(x) = \log(1 + e^{x})$ is strictly convex", r"$\log(1 + e^{x})$ is strictly convex"),
    (r"$x \sigma(x) = \frac{x}{1 + e^{-x}}$ is convex", r"$\frac{x}{1 + e^{-x}}$ is convex"),
    (r"$1 - \sigma(x) = \frac{1}{1 + e^{x}}$ is log-concave", r"$\frac{1}{1 + e^{x}}$ is log-concave"),
]


@pytest.mark.parametrize("sentence, plain", SAME_FUNCTION)
def test_equation_chain_is_read_as_its_right_side(sentence, plain):
    claim = parse_claim(sentence)
    assert same_claim(claim, parse_claim(plain))
    assert "same function" in claim.note


def test_a_named_word_function_is_defined_by_its_right_side():
    claim = parse_claim(r"$\operatorname{kl\_div}(x, y) = x \log(x/y) - x + y$ is convex for $x > 0$, $y > 0$")
    x, y = sp.symbols("x y", real=True)
    assert claim.name == "kl_div" and [v.name for v in claim.variables] == ["x", "y"]
    assert sp.simplify(claim.function.subs({v: w for v, w in zip(claim.variables, (x, y))})
                       - (x * sp.log(x / y) - x + y)) == 0


@pytest.mark.parametrize("text", [
    r"$\mathrm{ReLU}(x) = x^2$ is convex",    # the built-in ReLU is not x^2: which one is meant?
    r"$x^2 = x^3$ is convex",                 # two different formulas
    r"$\sigma(x) + 1 = \frac{1}{1 + e^{-x}}$ is concave on $x > 0$",
])
def test_different_sides_are_one_line_errors(text):
    with pytest.raises(ClaimError, match="different formulas"):
        parse_claim(text)


@pytest.mark.parametrize("text, expected", [
    (r"$\mathrm{ReLU}(x) = \max(0, x)$ is concave", False),
    (r"$\operatorname{softplus}(x) = \log(1 + e^{x})$ is strictly convex", True),
])
def test_equation_chain_answers_are_checked(text, expected):
    assert_answer(text, expected)


# J: function names typed without a backslash, unicode as pasted
@pytest.mark.parametrize("sentence, plain", [
    ("f(x) = -log x is convex on x > 0", r"$f(x) = -\log(x)$ is convex on $x > 0$"),
    ("f(x) = \u2212log x is convex on x > 0", r"$f(x) = -\log(x)$ is convex on $x > 0$"),
    ("f(x) = x ln x is convex on x > 0", r"$f(x) = x \log(x)$ is convex on $x > 0$"),
    ("f(x) = exp x is convex", r"$f(x) = e^{x}$ is convex"),
    (r"$f(x) = \sin x$ is concave down on $(0, \pi)$", r"$f(x) = \sin(x)$ is concave on $(0, \pi)$"),
    ("f(x) = \u221ax is concave on [0, \u221e)", r"$f(x) = \sqrt{x}$ is concave on $x \ge 0$"),
    ("f(x) = \u221a(x + 1) is concave on x > 0", r"$f(x) = \sqrt{x + 1}$ is concave on $x > 0$"),
])
def test_plain_function_words_are_functions(sentence, plain):
    assert same_claim(parse_claim(sentence), parse_claim(plain))


def test_plain_log_answer_is_checked():
    assert_answer("f(x) = \u2212log x is convex on x > 0", True)


# K: a condition about conventional parameter letters only says which letters are parameters (CLAIMS.md: "$a x^2$
# is convex if $a > 0$" is about every parameter value its conditions allow); the note shows the joint reading.
@pytest.mark.parametrize("text, parameters, holds", [
    (r"$b y^2 - y$ is convex for $b > 0$", ["b"], True),
    (r"$b y^2 - y$ is strictly convex when $b \ge 0$", ["b"], False),     # at b = 0 it is -y: affine
    (r"$y^4 - k y^2$ is convex if $k \le 0$", ["k"], True),
    (r"$y^4 - k y^2$ is convex if $k \le 1$", ["k"], False),              # at k = 1: f''(0) = -2
])
def test_a_condition_on_parameter_letters_only_makes_them_parameters(text, parameters, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.certificates and not result.readings
    assert [p.name for p in result.claim.parameters] == parameters
    assert "for the other reading" in result.claim.note


@pytest.mark.parametrize("text", [
    r"$a y^2$ is convex for $a > 0$ and $y > 0$",    # a condition on y too: both readings stay
    r"$a y^2$ is convex",                            # no condition: both readings stay
])
def test_a_condition_that_names_a_variable_keeps_both_readings(text):
    assert check_claim(text, timeout=30).readings


@pytest.mark.parametrize("text", [
    r"$\log(r)$ is concave for $r > 0$",            # the only letter: a variable
    r"$x^2 + a y$ is convex",                        # no condition: both readings are answered
    r"$x^2 + a y$ is convex on $a > 0$",             # 'on' gives a domain, not a parameter's range
    r"$c x y$ is convex for $c x > 0$",              # a condition mixing the letters says nothing
])
def test_weak_evidence_keeps_the_joint_reading(text):
    claim = parse_claim(text)
    assert not claim.parameters


# H: a trailing remark in parentheses is dropped (and said so) only when it cannot change the claim
def test_harmless_trailing_remark_is_dropped_and_said():
    claim = parse_claim(r"$\sqrt{1 + x^2}$ is convex (see Boyd, page 72).")
    assert same_claim(claim, parse_claim(r"$\sqrt{1 + x^2}$ is convex"))
    assert "(see Boyd, page 72)" in claim.note


def test_a_negation_of_how_the_formula_is_written_is_a_harmless_remark():
    """'not DCP' negates how the formula is written (remarks.NOTATION_QUALITIES), never its curvature."""
    claim = parse_claim(r"$\sqrt{1 + x^2}$ is convex (it is not DCP as written)")
    assert same_claim(claim, parse_claim(r"$\sqrt{1 + x^2}$ is convex"))
    assert "(it is not DCP as written)" in claim.note


@pytest.mark.parametrize("text", [
    r"$\sqrt{1 + x^2}$ is convex (it is not convex)",          # 'not' negates a property
    r"$\sqrt{1 + x^2}$ is convex (not really)",                # 'not' negates the claim
    r"$x^2$ is convex (not!)",
    r"$x^{-1}$ is convex (on $x > 0$)",                        # math in the remark
])
def test_remarks_that_may_change_the_claim_are_one_line_errors(text):
    with pytest.raises(ClaimError) as err:
        parse_claim(text)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("sentence, plain", [
    (r"$x \mapsto x^2$ is convex", r"$x^2$ is convex in $x$"),
    (r"$(x, y) \mapsto x y$ is convex", r"$x y$ is convex in $x, y$"),
])
def test_mapsto_names_the_variables(sentence, plain):
    assert same_claim(parse_claim(sentence), parse_claim(plain))


def test_a_title_with_a_definition_is_not_dropped():
    """"Let $a = -1$: ..." gives the formula's letter its value (``sentences.values_before_formula``), never a label."""
    claim = parse_claim(r"Let $a = -1$: $a x^2$ is convex")
    assert claim.function == -sp.Symbol("x", real=True) ** 2
    assert assert_answer(r"Let $a = -1$: $a x^2$ is convex", False)
