r"""A function's name given a number in the claim's definitions (red10): "where $\sigma = 2$" makes sigma that
number (a standard deviation), "where $\gamma = 2$" an exponent, never the sigmoid or the Gamma function; the
answers are checked by the independent checker about the function with the value substituted. A name that is
both given a value and applied to an argument stays a one-line error (exit status 2)."""

from __future__ import annotations

import pytest
import sympy as sp

from symconvex import check_claim
from symconvex.check import verify
from symconvex.claims import parse_claim
from symconvex.cli import main
from symconvex.errors import ClaimError

mu, x, z = sp.symbols("mu x z", real=True)


@pytest.mark.parametrize("text, function, expected", [
    (r"$\frac{(y - \mu)^2}{\sigma^2}$ is convex in $\mu$ where $y = 3$, $\sigma = 5$", (3 - mu) ** 2 / 25, True),
    (r"$\frac{(y - \mu)^2}{2\sigma^2} + \log\sigma$ is concave in $\mu$ where $y = 0$ and $\sigma = 2$",
     mu ** 2 / 8 + sp.log(2), False),
    (r"$e^{\gamma x}$ is concave in $x$ where $\gamma = -1$", sp.exp(-x), False),
    (r"$|x|^{\gamma}$ is convex in $x$ where $\gamma = 3$", sp.Abs(x) ** 3, True),
])
def test_a_function_name_given_a_number_is_that_number(text, function, expected):
    result = check_claim(text, timeout=30)
    assert sp.simplify(result.claim.function - function) == 0
    assert result.holds is expected and result.verified is True
    assert all(verify(c) == c.statement for c in result.certificates)


def test_the_sigmoid_beside_a_numeric_exponent_stays_the_sigmoid():
    claim = parse_claim(r"$(1 - \sigma(z))^{\gamma}$ is convex in $z$ where $\gamma = 2$")
    assert str(claim.function) == "(1 - sigmoid(z))**2"
    result = check_claim(r"$-(1 - \sigma(z))^{\gamma}\log\sigma(z)$ is convex in $z$ where $\gamma = 2$", timeout=30)
    assert result.holds is False and result.verified is True     # the focal loss bends down for z < 0


def test_a_name_given_a_value_and_applied_is_refused_in_one_line(capsys):
    with pytest.raises(ClaimError):
        parse_claim(r"$\sigma(x)^2$ is convex where $\sigma = 3$")
    assert main(["check", r"$\sigma(x)^2$ is convex where $\sigma = 3$"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and err.count("\n") == 1 and "Traceback" not in err


# ------------------------------------------------------------------ \text{word} given a value (red10)

@pytest.mark.parametrize("text, function, expected", [
    (r"$\max(0, \text{margin} - x)$ is convex in $x$ where $\text{margin} = 1$", "relu(1 - x)", True),
    (r"$\text{lr} \cdot x^2$ is convex in $x$ where $\text{lr} = -1/2$", "-x**2/2", False),
])
def test_a_text_word_given_a_value_is_that_value(text, function, expected):
    result = check_claim(text, timeout=30)
    assert str(result.claim.function) == function
    assert result.holds is expected and result.verified is True
    assert all(verify(c) == c.statement for c in result.certificates)


@pytest.mark.parametrize("text", [
    r"$x^2 \text{if} x$ is convex",                       # prose inside a formula
    r"$(x - \text{target})^2$ is convex in $x$",           # a word with no value: not silently a symbol
])
def test_a_text_word_without_a_value_stays_a_one_line_error(text, capsys):
    assert main(["check", text]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: unexpected text") and err.count("\n") == 1
