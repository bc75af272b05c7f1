r"""Which function a claim is about when it holds more than the function and its property: names the claim states
are numbers (a bracket after them is a product), remarks in parentheses, appositives and worked formulas. Each test
asserts the function read, its variables, and the verdict with certificates the independent checker accepts; a
reading that could be about another function is a one-line ``ClaimError``."""

import pytest
import sympy as sp

from symconvex.check import verify
from symconvex.claims import check_claim, parse_claim
from symconvex.errors import ClaimError

lam, w1, w2, x, y, z, c = sp.symbols("lambda w_1 w_2 x y z c", real=True)


def _answered(text):
    result = check_claim(text, timeout=30)
    assert result.verified
    for cert in result.certificates:
        verify(cert)
    return result


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
    assert _answered(text).holds is holds


@pytest.mark.parametrize("text", [
    r"$\lambda(x^2 + 1)$ is convex",                     # nothing says lambda is a number: function or product?
    r"$\sigma(x) + x^2$ is convex for $\sigma > 0$",     # sigma stated a number: the sigmoid or a product?
])
def test_a_bracket_after_a_name_of_unknown_kind_is_refused(text):
    with pytest.raises(ClaimError):
        parse_claim(text)
