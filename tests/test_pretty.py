"""One-line Unicode notation: each expression prints as a person writes it, and nothing in it is rounded."""

import pytest
import sympy as sp

from symconvex.functions import leaky_relu, relu, sigmoid, softplus
from symconvex.pretty import pretty

x, y, z = sp.symbols("x y z")


@pytest.mark.parametrize("expr, text", [
    (x ** -2, "1/x²"),                      # the pivot a Hessian certificate used to show as x**(-2)
    (x ** 2 * y, "x²·y"),
    (-x ** 2, "-x²"),
    ((x - y) ** 2, "(x - y)²"),
    (x ** 10, "x¹⁰"),
    (sp.sqrt(x), "√x"),
    (sp.sqrt(x + 1), "√(x + 1)"),
    (1 / sp.sqrt(x), "1/√x"),
    (1 / (1 + sp.exp(-x)), "1/(1 + e^(-x))"),
    (1 / x, "1/x"),
    (y / (x + 1) ** 2, "y/(x + 1)²"),
    (x ** sp.Rational(3, 2), "x^(3/2)"),
    (2 ** x, "2^x"),
    (sp.exp(x), "e^x"),
    (sp.exp(-x), "e^(-x)"),
    (2 * sp.exp(x + y), "2·e^(x + y)"),
    (sp.log(1 + sp.exp(z)), "log(e^z + 1)"),
    (sp.Abs(x - 1), "|x - 1|"),
    (sp.Max(x, y), "max(x, y)"),
    (relu(z), "relu(z)"),
    (sigmoid(z), "σ(z)"),
    (softplus(z), "softplus(z)"),
    (sp.Rational(1, 3) * x, "x/3"),
    (sp.Rational(10 ** 30 + 1, 10 ** 30), "1000000000000000000000000000001/1000000000000000000000000000000"),
    (sp.Ge(x, 0), "x ≥ 0"),
    (sp.Le(x + y, 1), "x + y ≤ 1"),
    (sp.Lt(x, sp.Rational(-1, 2)), "x < -1/2"),
    (sp.Symbol("w_1") + sp.Symbol("b_{12}"), "b₁₂ + w₁"),
    (sp.Symbol("theta") * sp.Symbol("lambda"), "λ·θ"),   # SymPy orders factors by name
    (sp.E * x, "e·x"),
    (sp.I * sp.pi, "i·π"),
])
def test_pretty_prints_mathematical_notation_on_one_line(expr, text):
    assert pretty(expr) == text
    assert "\n" not in pretty(expr) and "**" not in pretty(expr)


def test_pretty_keeps_leaky_relu_and_exact_numbers():
    assert pretty(leaky_relu(z, sp.Rational(1, 10))) == "leaky_relu(z, 1/10)"
    assert pretty(3) == "3"


def test_pretty_never_parses_text():
    with pytest.raises(TypeError, match="takes a SymPy expression"):
        pretty("x**2")


def test_a_sum_prints_as_sigma_with_its_limits_in_brackets():
    """Sum(t, (i, 1, n)) prints as (Σ_{i=1..n} t), never SymPy's 'Sum(...)' (the ridge claim's answer line did); the
    brackets keep a power or a factor outside the sum."""
    i, n = sp.symbols("i n", integer=True)
    w, lam = sp.symbols("w lambda")
    term = (w * sp.Symbol("x_i") - sp.Symbol("y_i")) ** 2
    assert pretty(sp.Sum(term, (i, 1, n)) / 2 + lam * w ** 2 / 2) == "λ·w²/2 + (Σ_{i=1..n} (w·x_i - y_i)²)/2"
    assert pretty(sp.Sum(term, (i, 1, n)) ** 2) == "(Σ_{i=1..n} (w·x_i - y_i)²)²"
    assert pretty(sp.Sum(sp.Symbol("x_i") + 1, (i, 1, n))) == "Σ_{i=1..n} (x_i + 1)"   # whole: no brackets
