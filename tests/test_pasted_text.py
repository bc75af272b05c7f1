"""Claims typed as plain text (session 6 red team): strings that TeX and plain text read differently are refused,
never answered about a function the writer did not mean; and the function read is the one typed.

Each case once gave a wrong answer: ``x^12 is concave`` held (read 2x), ``e^-x^2 is convex`` held (read e^{-2x}),
``log2(x) is convex`` held (read log(2)·x), ``x! is concave`` held (read x), ``log(x)is concave`` was refuted (read
i·s·log(x))."""

import pytest
import sympy as sp

from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.claims import check_claim, parse_claim
from symconvex.errors import ClaimError
from symconvex.functions import relu

x, y = sp.symbols("x y", real=True)


@pytest.mark.parametrize("text", [
    "x^12 is concave",                 # TeX: x^1·2 = 2x (affine, "holds"); meant x^{12} (not concave)
    "$x^12$ is concave",
    "e^-x^2 is convex",                # TeX: an error; read as (e^{-x})^2 = e^{-2x} (convex); meant e^{-x^2}
    "e^-2x is concave",                # TeX: e^{-2}·x (affine); meant e^{-2x}
    "e^2x is concave",                 # TeX: e^2·x; meant e^{2x}
    "x^2^3 is convex",                 # a double superscript
    "x^{2}^{3} is convex",
    "x^1e4 is concave",                # x^1·e·4 or x^{10000}
    "log2 x is convex for x > 0",      # NumPy's log2 without a bracket, read as log(2)·x (log2(x) is now
    "log10 x is convex for x > 0",     # its formula: test_library_functions.py)
    "exp10(x) is concave",             # read as e^10·x
    "atan2(x) is convex",              # read as a product of letters
    "x! is concave",                   # a factorial, dropped as punctuation
    "x!! is concave",
    "x^2! is convex",
])
def test_ambiguous_plain_text_is_a_one_line_error(text):
    with pytest.raises(ClaimError) as err:
        check_claim(text)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("text, function, holds", [
    ("x^{12} is concave", x**12, False),
    ("e^{-x^2} is convex", sp.exp(-x**2), False),
    ("e^{-2x} is concave", sp.exp(-2 * x), False),
    ("x^2y^2 is convex", x**2 * y**2, False),                 # one-digit exponents before a letter stay TeX's
    ("e^x(x+2) is convex", (x + 2) * sp.exp(x), False),      # e^x times a bracket
    ("x^0.5 is concave for x>0", sp.sqrt(x), True),            # a decimal exponent is one number
    ("x^-1 is convex for x>0", 1 / x, True),
    (r"$\log_2 x$ is concave for $x > 0$", sp.log(x) / sp.log(2), True),
    ("log(x)is concave on x>0", sp.log(x), True),            # the verb glued to the bracket
    ("exp( x )is strictly convex", sp.exp(x), True),
    ("x^2 is convex!", x**2, True),                            # '!' after a word is punctuation
    ("the hinge loss max(0, 1 - x) is convex", relu(1 - x), True),     # a loss's name before a plain formula
    ("the absolute loss |x - 3| is strictly convex", sp.Abs(x - 3), False),
    ("the exponential loss exp(-x) is convex", sp.exp(-x), True),
])
def test_the_function_read_is_the_one_typed_and_the_answer_is_checked(text, function, holds):
    claim = parse_claim(text)
    assert sp.simplify(claim.function - function) == 0
    assert set(claim.variables) == function.free_symbols
    result = check_claim(text)
    assert result.holds is holds and result.verified
    for cert in result.certificates:
        verify(from_json(cert.to_json()))


@pytest.mark.parametrize("text, function, holds", [
    ("x**2 + y**2 is convex", x**2 + y**2, True),
    ("x**-1 is convex for x>0", 1 / x, True),
    ("x**(1/2) is concave for x>0", sp.sqrt(x), True),         # the bracket's inside is the exponent
    ("e**(-x**2) is convex", sp.exp(-x**2), False),            # never the name e^{(-x^2)}
    ("x**4 - 2*x**2 is convex", x**4 - 2 * x**2, False),
    ("x**12 is concave", x**12, False),                        # Python's operand: the whole number
    ("np.exp(x) is convex", sp.exp(x), True),
    ("np.maximum(x, 0) is convex", sp.Max(x, 0), True),
    ("math.sqrt(x) is concave on x >= 0", sp.sqrt(x), True),
    ("np.minimum(x, y) is concave", sp.Min(x, y), True),
])
def test_python_syntax_is_read_as_python_means_it(text, function, holds):
    claim = parse_claim(text)
    assert sp.simplify(sp.sympify(claim.function).rewrite(sp.Max) - function.rewrite(sp.Max)) == 0
    result = check_claim(text)
    assert result.holds is holds and result.verified


@pytest.mark.parametrize("text", ["2**x**2 is convex", "np.log2 x is concave for x > 0", "x** is convex"])
def test_python_syntax_that_cannot_be_read_exactly_is_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text, function, holds", [
    ("pi*x^2 is convex", sp.pi * x**2, True),                  # was p·i·x², refuted
    ("x^2 + π is convex", x**2 + sp.pi, True),
    ("sin(x) is concave on [0, pi]", sp.sin(x), True),
    ("tan(x) is convex on (0, pi/2)", sp.tan(x), True),
])
def test_pi_typed_as_a_word_is_the_number(text, function, holds):
    claim = parse_claim(text)
    assert sp.simplify(claim.function - function) == 0 and claim.variables == (x,)
    assert check_claim(text).holds is holds


@pytest.mark.parametrize("text, domain_ends", [
    ("cos(x) is convex on (pi/2, 3pi/2)", (sp.pi / 2, 3 * sp.pi / 2)),    # was refuted on all of R
    ("x^3 is convex on (pi, 4)", (sp.pi, 4)),
])
def test_an_interval_after_a_clause_word_is_the_domain_not_a_remark(text, domain_ends):
    claim = parse_claim(text)
    ends = sorted((c.rhs for c in claim.domain), key=float)
    assert ends == sorted(domain_ends, key=float)
    assert check_claim(text).holds is True


def test_a_remark_in_words_is_still_dropped():
    assert check_claim("x^2 is convex (see Boyd)").holds is True


@pytest.mark.parametrize("text", [
    "(sqrt(x))^6 is convex",            # x^3 on x >= 0 (convex) was refuted as x^3 on R
    r"$(x^{1/3})^9$ is convex",
    "exp(log(x))^3 is convex",
    "x^3 + log(x) - log(x) is convex",
])
def test_a_formula_simplified_onto_a_larger_set_needs_its_domain(text):
    with pytest.raises(ClaimError, match="give the domain"):
        check_claim(text)


def test_with_its_domain_stated_the_simplified_formula_is_answered():
    result = check_claim(r"$(\sqrt{x})^6$ is convex for $x \ge 0$")
    assert result.holds is True and result.verified
    assert check_claim("log(x) - log(x) + x^3 is convex for x > 0").holds is True


@pytest.mark.parametrize("text, function, holds", [
    ("e^(x+y) is convex", sp.exp(x + y), True),
    ("e^(x+y) is strictly convex", sp.exp(x + y), False),      # constant along x + y = 0
    ("x^(1/2) is concave for x>0", sp.sqrt(x), True),
    ("e^-(x^2) is convex", sp.exp(-x**2), False),
])
def test_an_exponent_in_parentheses_is_the_whole_bracket(text, function, holds):
    assert sp.simplify(parse_claim(text).function - function) == 0
    result = check_claim(text)
    assert result.holds is holds and result.verified


def test_a_bracketed_exponent_followed_by_another_is_refused():
    with pytest.raises(ClaimError, match="double superscript"):
        check_claim("e^(x)^2 is convex")


def test_a_stronger_condition_kept_by_the_simplified_formula_is_not_lost():
    """1/sqrt(x^3): the operand sqrt(x^3) needs x^3 >= 0, the formula (x^3)^(-1/2) keeps x^3 > 0 (stronger)."""
    result = check_claim(r"$\frac{1}{\sqrt{x^3}}$ is convex")
    assert result.holds is True and result.verified


@pytest.mark.parametrize("text, said", [
    ("$x^3$ is quasimonotone", "'quasimonotone' is not a property symconvex decides"),   # quasiconvex is read
    (r"$\sqrt{|x|}$ is pseudo-concave", "'pseudo-concave' is not a property symconvex decides"),
    ("$x^2$ is pseudoconvex", "'pseudoconvex' is not a property symconvex decides"),
    ("$x^2$ is covnex", "did you mean 'convex'?"),
    ("$x^2$ is concav", "did you mean 'concave'?"),
    ("$x^2$ is blue", "expected a property"),
])
def test_a_property_not_read_is_named_in_one_line(text, said):
    with pytest.raises(ClaimError) as err:
        parse_claim(text)
    message = str(err.value)
    assert said in message and "\n" not in message
