"""The checker's evaluator (``symconvex.check.evaluate``): exact values, rigorous enclosures, degree-2 jets along
a line, the kink pattern, and the refusal of points where a value or a derivative is not defined."""

from fractions import Fraction

import pytest
import sympy as sp
from mpmath import iv

from symconvex.check.evaluate import evaluate, line_jets, real_power, value_at
from symconvex.check.numbers import endpoints, interval_precision, sign
from symconvex.errors import CertificateError

F = Fraction
X, Y = ["var", "x"], ["var", "y"]


def num(q: str) -> list:
    return ["num", q]


@pytest.fixture(autouse=True)
def _precision():
    with interval_precision():
        yield


def jet(tree, p, u, names=("x",)):
    """(c0, c1, c2) and the pattern of t -> tree(p + t u)."""
    j, pattern = evaluate(tree, line_jets(names, [F(v) for v in p], [F(v) for v in u], 2), 2)
    return j.c, pattern


def encloses(value, exact) -> bool:
    """Does the enclosure ``value`` contain the real number ``exact`` (a SymPy number, 60 digits)?"""
    lo, hi = endpoints(value)
    x = sp.Rational(sp.N(exact, 60))
    return sp.Rational(lo.numerator, lo.denominator) <= x + sp.Rational(1, 10 ** 55) and \
        x - sp.Rational(1, 10 ** 55) <= sp.Rational(hi.numerator, hi.denominator) and hi - lo < F(1, 10 ** 60)


# ----------------------------------------------------------------------------------------------- values

def test_polynomials_evaluate_exactly():
    f = ["add", ["mul", num("3"), ["pow", X, num("2")]], ["mul", num("-1/2"), X, Y], num("7")]
    assert value_at(f, ("x", "y"), [F(2, 3), F(-3)]) == F(4, 3) + 1 + 7


def test_rational_powers_are_exact_when_the_root_is_rational():
    assert value_at(["pow", X, num("3/2")], ("x",), [F(9, 4)]) == F(27, 8)
    assert value_at(["pow", X, num("-2")], ("x",), [F(-1, 3)]) == F(9)
    assert value_at(["pow", X, num("1/2")], ("x",), [F(0)]) == F(0)  # the value exists at the branch point


def test_transcendental_values_are_tight_enclosures():
    assert encloses(value_at(["exp", X], ("x",), [F(1)]), sp.E)
    assert encloses(value_at(["log", X], ("x",), [F(3)]), sp.log(3))
    assert encloses(value_at(["pow", X, num("1/2")], ("x",), [F(2)]), sp.sqrt(2))
    assert encloses(value_at(["sigmoid", X], ("x",), [F(2)]), 1 / (1 + sp.exp(-2)))
    assert encloses(value_at(["softplus", X], ("x",), [F(-1)]), sp.log(1 + sp.exp(-1)))
    assert encloses(value_at(["tanh", X], ("x",), [F(1, 2)]), sp.tanh(sp.Rational(1, 2)))
    assert value_at(["exp", X], ("x",), [F(0)]) == 1 and value_at(["sigmoid", X], ("x",), [F(0)]) == F(1, 2)


def test_kinks_may_sit_on_their_switching_point_for_a_value():
    assert value_at(["relu", X], ("x",), [F(0)]) == 0
    assert value_at(["abs", X], ("x",), [F(-5, 2)]) == F(5, 2)
    assert value_at(["max", X, Y, num("1")], ("x", "y"), [F(1), F(1)]) == 1
    assert value_at(["min", X, Y], ("x", "y"), [F(2), F(-3)]) == -3
    assert value_at(["leaky_relu", X, num("1/10")], ("x",), [F(-4)]) == F(-2, 5)


@pytest.mark.parametrize("tree, point, message", [
    (["log", X], "0", "log: cannot show the argument 0 is positive"),
    (["log", X], "-1", "log: cannot show the argument -1 is positive"),
    (["pow", X, num("-1")], "0", "pow: cannot show the denominator 0 is nonzero"),
    (["pow", X, num("1/2")], "-1/4", "pow: cannot show the base -1/4 of a real power is nonnegative"),
    (["pow", X, num("-1/2")], "0", "pow: cannot show the base 0 of a real power is nonnegative"),
    (["pow", X, ["var", "x"]], "-1", "log: cannot show the argument -1 is positive"),  # x^x = exp(x log x)
])
def test_values_outside_the_domain_are_rejected(tree, point, message):
    with pytest.raises(CertificateError, match=message):
        value_at(tree, ("x",), [F(point)])


def test_an_interval_that_straddles_zero_decides_nothing():
    # log(exp(1) - e): the argument is an enclosure of 0, so log of it is refused (not a float guess).
    tree = ["log", ["add", ["exp", num("1")], ["mul", num("-1"), ["exp", num("1")]]]]
    with pytest.raises(CertificateError, match="log: cannot show the argument .* is positive"):
        value_at(tree, (), [])


def test_an_undeclared_variable_is_rejected():
    with pytest.raises(CertificateError, match="variable 'y' is not among the certificate's variables"):
        value_at(["add", X, Y], ("x",), [F(1)])


# ------------------------------------------------------------------------------------------------- jets

def test_the_jet_of_x_squared():
    # (p + t u)^2 = p^2 + 2 p u t + u^2 t^2: second derivative 2 u^2
    c, pattern = jet(["pow", X, num("2")], ["3"], ["-2"])
    assert c == (F(9), F(-12), F(4)) and pattern == []


def test_the_jet_of_x_cubed_at_zero():
    c, _ = jet(["pow", X, num("3")], ["0"], ["1"])
    assert c == (F(0), F(0), F(0))
    c, _ = jet(["pow", X, num("3")], ["2"], ["1"])  # 8 + 12 t + 6 t^2
    assert c == (F(8), F(12), F(6))


def test_the_jet_of_a_mixed_monomial_along_a_line():
    # x y along (1, 2) + t (1, -1): (1 + t)(2 - t) = 2 + t - t^2
    c, _ = jet(["mul", X, Y], ["1", "2"], ["1", "-1"], names=("x", "y"))
    assert c == (F(2), F(1), F(-1))


def test_the_jet_of_exp():
    # exp(1 + 2t) = e (1 + 2t + 2t^2 + ...)
    c, _ = jet(["exp", X], ["1"], ["2"])
    assert encloses(c[0], sp.E) and encloses(c[1], 2 * sp.E) and encloses(c[2], 2 * sp.E)


def test_the_jet_of_log():
    # log(2 + 3t) = log 2 + (3/2) t - (9/8) t^2 + ...
    c, _ = jet(["log", X], ["2"], ["3"])
    assert encloses(c[0], sp.log(2)) and c[1] == F(3, 2) and c[2] == F(-9, 8)


def test_the_jet_of_sqrt():
    # sqrt(4 + t) = 2 + t/4 - t^2/64 + ...
    c, _ = jet(["pow", X, num("1/2")], ["4"], ["1"])
    assert c == (F(2), F(1, 4), F(-1, 64))


def test_the_jet_of_sigmoid_at_zero():
    # sigma(t) = 1/2 + t/4 + 0 t^2 + ...; sigma''(0) = 0 exactly
    c, _ = jet(["sigmoid", X], ["0"], ["1"])
    assert c[0] == F(1, 2) and c[1] == F(1, 4) and sign(c[2]) in (0, None)
    lo, hi = endpoints(c[2])
    assert lo <= 0 <= hi


def test_relu_kinks_give_a_pattern_on_each_side():
    c, pattern = jet(["relu", X], ["2"], ["1"])
    assert c == (F(2), F(1), F(0)) and pattern == [1]
    c, pattern = jet(["relu", X], ["-2"], ["1"])
    assert c == (F(0), F(0), F(0)) and pattern == [-1]
    c, pattern = jet(["max", X, ["pow", X, num("2")]], ["1/2"], ["1"])  # x > x^2 at 1/2: the first argument
    assert c == (F(1, 2), F(1), F(0)) and pattern == [0]


def test_derivatives_are_refused_on_a_kink():
    for tree in (["relu", X], ["abs", X], ["leaky_relu", X, num("1/10")], ["max", X, num("0")]):
        with pytest.raises(CertificateError, match="not strictly inside a smooth piece"):
            jet(tree, ["0"], ["1"])


def test_derivatives_of_a_real_power_need_a_positive_base():
    with pytest.raises(CertificateError, match="pow: the base 0 must be shown positive for derivatives"):
        jet(["pow", X, num("3/2")], ["0"], ["1"])


def test_an_interior_value_needs_real_power_bases_positive():
    tree = ["add", ["pow", X, num("1/2")], ["pow", ["mul", num("-1"), X], num("1/2")]]
    assert value_at(tree, ("x",), [F(0)]) == 0  # defined at 0 ...
    with pytest.raises(CertificateError, match="pow: the base 0 must be shown positive at an interior point"):
        value_at(tree, ("x",), [F(0)], interior=True)  # ... but on no neighbourhood of 0
    assert value_at(["abs", X], ("x",), [F(0)], interior=True) == 0  # kinks are continuous


def test_real_power_is_exact_or_rejected():
    assert real_power(F(8, 27), F(2, 3), "pow") == F(4, 9)
    assert real_power(F(2), F(-3), "pow") == F(1, 8)
    lo, hi = endpoints(real_power(F(2), F(1, 3), "pow"))
    assert lo ** 3 < 2 < hi ** 3
    with pytest.raises(CertificateError, match="exact power would have about"):
        real_power(F(3) ** 1000, F(10000), "pow")
    assert isinstance(real_power(iv.mpf(2), F(3), "pow"), type(iv.mpf(0)))
