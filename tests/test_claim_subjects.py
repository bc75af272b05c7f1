r"""Which function a claim is about when it holds more than the function and its property: names the claim states
are numbers (a bracket after them is a product), remarks in parentheses, appositives and worked formulas. Each test
asserts the function read, its variables, and the verdict with certificates the independent checker accepts; a
reading that could be about another function is a one-line ``ClaimError``."""

import pytest
import sympy as sp

from symconvex.claims import parse_claim
from symconvex.errors import ClaimError
from answers import answered

lam, w1, w2, x, y, z, c = sp.symbols("lambda w_1 w_2 x y z c", real=True)



def _reads(text, function, variables, parameters=()):
    claim = parse_claim(text)
    assert sp.expand(claim.function - function) == 0, claim.function
    assert [v.name for v in claim.variables] == variables
    assert [p.name for p in claim.parameters] == list(parameters)
    return claim


# ------------------------------------------------------------------ a bracket after a number is a product

@pytest.mark.parametrize("text, function, variables, parameters, holds", [
    (r"Weight decay: $(2 - w_1 + w_2)^2 + \lambda(w_1^2 + w_2^2)$ is strictly convex in $w_1, w_2$ for $\lambda > 0$",
     (2 - w1 + w2)**2 + lam * (w1**2 + w2**2), ["w_1", "w_2"], ["lambda"], True),
    (r"$(2 - w_1 + w_2)^2 + \lambda(w_1^2 + w_2^2)$ is strictly convex in $w_1, w_2$ where $\lambda = 0$",
     (2 - w1 + w2)**2, ["w_1", "w_2"], [], False),          # flat along w_1 = w_2
    (r"$(2 - w_1 + w_2)^2 + \lambda(w_1^2 + w_2^2)$ is convex in $w_1, w_2$ where $\lambda = 0$",
     (2 - w1 + w2)**2, ["w_1", "w_2"], [], True),
    (r"$\lambda(x^2 - 1)$ is concave in $x$ where $\lambda = -3$", -3 * (x**2 - 1), ["x"], [], True),
    (r"$\phi(x^2 + 1)$ is convex in $x$ for $\phi > 0$", sp.Symbol("phi", real=True) * (x**2 + 1), ["x"], ["phi"],
     True),
])
def test_a_bracket_after_a_stated_number_is_a_product(text, function, variables, parameters, holds):
    _reads(text, function, variables, parameters)
    assert answered(text).holds is holds


@pytest.mark.parametrize("text", [
    r"$\lambda(x^2 + 1)$ is convex",                     # nothing says lambda is a number: function or product?
    r"$\sigma(x) + x^2$ is convex for $\sigma > 0$",     # sigma stated a number: the sigmoid or a product?
])
def test_a_bracket_after_a_name_of_unknown_kind_is_refused(text):
    with pytest.raises(ClaimError):
        parse_claim(text)


# ------------------------------------------------------------------ remarks that are not the claim

def test_the_remark_stop_words_hold_every_word_of_the_claim_shape():
    """A remark holding a property, clause or definition word is never dropped: the remark table covers them all."""
    from symconvex import claims
    from symconvex.remarks import STOP
    words = claims._PROPERTY_WORDS | claims._DOMAIN_WORDS | claims._DEFS_WORDS | claims._VARS_WORDS
    assert words - STOP == set()


@pytest.mark.parametrize("text, plain, said", [
    (r"$e^{x} + x^4$ is convex (not obvious from the picture)", r"$e^{x} + x^4$ is convex", "not obvious"),
    (r"$\log(1 + e^{x})$ is convex (no DCP rule applies as written) on $x > 0$", r"$\log(1 + e^{x})$ is convex on $x > 0$",
     "no DCP rule"),
    (r"$x^4 + y^2$ is convex, since it is a sum of fourth powers and squares.", r"$x^4 + y^2$ is convex", "since it is"),
    (r"$\sqrt{x}$ is concave on $x > 0$, see the lecture notes", r"$\sqrt{x}$ is concave on $x > 0$", "see the"),
])
def test_harmless_remarks_anywhere_are_dropped_and_said(text, plain, said):
    claim, bare = parse_claim(text), parse_claim(plain)
    assert (claim.function, claim.variables, claim.domain, claim.property, claim.negated) == \
        (bare.function, bare.variables, bare.domain, bare.property, bare.negated)
    assert said in claim.note


@pytest.mark.parametrize("text", [
    r"$a x^2$ is convex in $x$ (assuming a is positive)",    # a condition in words
    r"$x^3$ is convex (only for positive x)",
    r"$x^2 y$ is convex (which is false)",
    r"$x^2$ is convex (not as a function of two variables)",
    r"$x^3$ is convex, because it is not concave",           # 'not' negates a property
    r"$x^3$ is convex, since x is positive",                 # a condition after a comma
    r"$x y$ is convex (as a function of x)",                 # which variables
    r"$x y$ is convex (treating y as data)",
    r"$x y^2$ (x alone) is convex",
])
def test_remarks_that_may_change_the_claim_stay_one_line_errors(text):
    with pytest.raises(ClaimError) as err:
        parse_claim(text)
    assert "\n" not in str(err.value)


# ------------------------------------------------------------------ restatements: the same function, or refused

@pytest.mark.parametrize("text, function, variables, holds", [
    (r"$x \log x$ is convex (written $-\mathrm{entr}(x)$) for $x > 0$", x * sp.log(x), ["x"], True),
    (r"$y \log y$ is concave (written $-\mathrm{entr}(y)$) on $y > 0$", y * sp.log(y), ["y"], False),
    (r"$f(x) = e^{2x}$ is strictly convex (composition $h(g(x))$ with $h(z) = e^z$, $g(x) = 2x$)", sp.exp(2 * x),
     ["x"], True),
    (r"$(x + y)^2$ is convex (i.e. $x^2 + 2xy + y^2$)", (x + y)**2, ["x", "y"], True),
    (r"$\frac{1}{x}$ with $x > 0$ is convex (equivalently $x^{-1}$)", 1 / x, ["x"], True),
])
def test_a_restating_remark_is_held_against_the_function(text, function, variables, holds):
    claim = _reads(text, function, variables)
    assert "same function" in claim.note
    assert answered(text).holds is holds


@pytest.mark.parametrize("text", [
    r"$f(x) = x^2$ is strictly convex (composition $h(g(x))$ with $h(z) = z^3$, $g(x) = x$)",   # h(g(x)) = x^3
    r"$x \log x$ is convex (written $\mathrm{entr}(x)$) for $x > 0$",                          # the sign differs
    r"$(x + y)^2$ is convex (i.e. $x^2 + y^2$)",
    r"$x^2$ is convex (written $q(x)$)",                                                       # q is not defined
])
def test_a_restating_remark_about_another_function_is_refused(text):
    with pytest.raises(ClaimError) as err:
        parse_claim(text)
    assert "\n" not in str(err.value)


# ------------------------------------------------------------------ worked titles and appositives

@pytest.mark.parametrize("text, function, variables, holds", [
    (r"$1/g(x)$ with $g(x) = x^2 + 1$: $\frac{1}{x^2 + 1}$ is convex", 1 / (x**2 + 1), ["x"], False),
    (r"$h(g(x))$ with $h(z) = e^z$ and $g(x) = x^2$: $e^{x^2}$ is convex", sp.exp(x**2), ["x"], True),
    (r"$g(x)^2$ where $g(x) = x - 1$: $(x - 1)^2$ is strictly convex", (x - 1)**2, ["x"], True),
])
def test_a_worked_title_is_held_against_the_function_after_the_colon(text, function, variables, holds):
    claim = _reads(text, function, variables)
    assert "same function" in claim.note
    assert answered(text).holds is holds


@pytest.mark.parametrize("text", [
    r"$1/g(x)$ with $g(x) = x^2$: $\frac{1}{x}$ is convex on $x > 0$",     # 1/x^2 is not 1/x
    r"$g(x)$ with $g(x) = x$: $g(x)^2$ is convex",                        # the function uses the title's g
])
def test_a_worked_title_about_another_function_is_refused(text):
    with pytest.raises(ClaimError):
        parse_claim(text)


def test_an_appositive_after_a_name_without_formula_is_the_function():
    text = r"The top eigenvalue $\mu_{\mathrm{top}}$ of $\begin{pmatrix} x & 0 \\ 0 & y \end{pmatrix}$, $\max(x, y)$, is convex"
    claim = _reads(text, sp.Max(x, y), ["x", "y"])
    assert "names no function" in claim.note
    assert answered(text).holds is True
    assert answered(text.replace("is convex", "is strictly convex")).holds is False


@pytest.mark.slow
def test_the_largest_eigenvalue_of_a_symmetric_2x2_matrix_by_its_formula():
    text = (r"$\lambda_{\max}$ of $\begin{pmatrix} x & y \\ y & z \end{pmatrix}$, "
            r"$\frac{x + z}{2} + \sqrt{\frac{(x - z)^2}{4} + y^2}$, is convex")
    claim = _reads(text, (x + z) / 2 + sp.sqrt((x - z)**2 / 4 + y**2), ["x", "y", "z"])
    assert "the same function" in claim.note or "names no function" in claim.note
    assert answered(text, timeout=120).holds is True
    strict = text.replace("is convex", "is strictly convex")   # affine along (1, 0, 1)
    assert answered(strict, timeout=120).holds is False


@pytest.mark.parametrize("text, holds", [
    (r"$\sigma$ of $x$, $\frac{1}{1 + e^{-x}}$, is concave", False),      # sigma(x) is the same function
    (r"$\exp$ of $2x$, $e^{2x}$, is convex", True),
])
def test_an_appositive_after_a_known_function_must_be_that_function(text, holds):
    assert "same function" in parse_claim(text).note
    assert answered(text).holds is holds


@pytest.mark.parametrize("text", [
    r"$\sigma$ of $x$, $\frac{1}{1 + e^{x}}$, is convex",    # sigma(x) is not 1/(1 + e^x)
    r"$x$, $y$, is convex",                                  # a list, not an appositive
    r"The max of $x$, $y$, is convex",                       # 'max of' joins the blocks
])
def test_an_appositive_that_may_be_another_function_is_refused(text):
    with pytest.raises(ClaimError) as err:
        parse_claim(text)
    assert "\n" not in str(err.value)


# ------------------------------------------------------------------ decimals are the decimals they spell

@pytest.mark.parametrize("text, function", [
    (r"$y x^2 + (1 - y) x^4$ is convex in $x$ where $y = 0.3$",
     sp.Rational(3, 10) * x**2 + sp.Rational(7, 10) * x**4),
    (r"$\sum_{i=1}^{2} (y_i - w_1 x_i)^2$ is convex in $w_1$ where $x_1 = 1, x_2 = 0.5, y_1 = 2, y_2 = -0.25$",
     (2 - w1)**2 + (-sp.Rational(1, 4) - w1 / 2)**2),
])
def test_a_decimal_value_is_read_exactly(text, function):
    claim = _reads(text, function, [str(sorted(function.free_symbols, key=str)[0])])
    assert not any(isinstance(a, sp.Float) for a in sp.preorder_traversal(claim.function))
    assert answered(text).holds is True


@pytest.mark.parametrize("text", [
    r"$\cos x$ is convex on (pi/2, 3pi/2)",          # an interval after 'on', never a dropped remark
    r"$\sin x$ is concave on (pi/4, pi/2)",
    r"$x^3$ is convex for x in (pi, 4)",
    r"$x^3$ is convex (pi, 4)",                      # a pair of interval ends
    r"$x^3$ is convex (x > 0)",                      # a relation
])
def test_a_parenthesis_that_may_be_the_domain_is_never_dropped(text):
    """Read as the domain, or refused in one line: never answered on the whole line with the interval dropped."""
    try:
        claim = parse_claim(text)
    except ClaimError as err:
        assert "\n" not in str(err)
        return
    assert claim.domain and "is not read" not in claim.note
