"""The checker's arithmetic (``symconvex.check.numbers``): exact rationals, rigorous intervals, three-valued
signs, stated decimals and degree-2 jets, asserted against values known in closed form."""

from fractions import Fraction

import mpmath
import pytest
from mpmath import iv

from symconvex.check.numbers import Jet, add, endpoints, interval_precision, inv, mul, show, sign, sub, to_interval
from symconvex.check.stated import matches_stated, parse_approx
from symconvex.decimals import format_approx, stated
from symconvex.errors import CertificateError

F = Fraction


@pytest.fixture(autouse=True)
def _precision():
    with interval_precision():
        yield


def test_exact_arithmetic_stays_exact():
    assert add(F(1, 3), F(1, 6)) == F(1, 2)
    assert sub(F(1, 3), F(1, 2)) == F(-1, 6)
    assert mul(F(2, 3), F(9, 4)) == F(3, 2)
    assert inv(F(-2, 5)) == F(-5, 2)
    assert all(isinstance(v, Fraction) for v in (add(F(1), F(2)), mul(F(1), F(2))))


def test_an_exact_zero_times_an_interval_is_an_exact_zero():
    assert mul(F(0), iv.exp(iv.mpf(1))) == F(0) and isinstance(mul(iv.exp(iv.mpf(1)), F(0)), Fraction)


def test_mixed_arithmetic_encloses_the_true_value():
    e = iv.exp(iv.mpf(1))
    lo, hi = endpoints(add(e, F(1, 3)))  # e + 1/3 = 3.0516151617...
    assert lo < F(30516151618, 10 ** 10) and hi > F(30516151617, 10 ** 10)
    assert hi - lo < F(1, 10 ** 70)


def test_to_interval_encloses_a_rational_that_binary_cannot_represent():
    lo, hi = endpoints(to_interval(F(1, 3)))
    assert lo < F(1, 3) < hi and hi - lo < F(1, 2 ** 250)


def test_signs_are_three_valued():
    assert [sign(F(3)), sign(F(-1, 7)), sign(F(0))] == [1, -1, 0]
    assert sign(iv.mpf([1, 2])) == 1 and sign(iv.mpf([-2, -1])) == -1
    assert sign(iv.mpf([-1, 1])) is None  # an enclosure that contains 0 decides nothing
    assert sign(sub(iv.exp(iv.mpf(1)), F(2718281828459045, 10 ** 15))) == 1  # e > 2.718281828459045


def test_division_by_a_number_not_shown_nonzero_is_rejected():
    with pytest.raises(CertificateError, match="cannot show the denominator 0 is nonzero"):
        inv(F(0))
    with pytest.raises(CertificateError, match="log: cannot show the denominator"):
        inv(iv.mpf([-1, 1]), "log")
    assert endpoints(inv(iv.mpf(4))) == (F(1, 4), F(1, 4))


def test_endpoints_are_the_exact_bounds():
    assert endpoints(F(5, 7)) == (F(5, 7), F(5, 7))
    assert endpoints(iv.mpf("0.25")) == (F(1, 4), F(1, 4))
    assert endpoints(iv.mpf([-0.5, 0.75])) == (F(-1, 2), F(3, 4))


def test_stated_exact_values_must_be_exact():
    assert matches_stated(F(-3, 4), "-3/4") and matches_stated(F(2), "2")
    assert not matches_stated(F(-3, 4), "-3/5")
    assert not matches_stated(F(1, 2), "~5.0e-1")  # an exact number is stated exactly
    assert not matches_stated(iv.mpf(1), "1")  # an enclosure is stated as a decimal


def test_parse_approx_reads_value_and_half_unit():
    assert parse_approx("~1.25e-3") == (F(125, 100000), F(1, 200000))
    assert parse_approx("~-2.0e1") == (F(-20), F(1, 2))
    with pytest.raises(CertificateError, match="more than 2000 digits or an exponent beyond"):
        parse_approx("~1.0e-99999999")


def test_a_stated_decimal_must_cover_the_whole_enclosure():
    e = iv.exp(iv.mpf(1))
    text = format_approx(e)
    assert text == "~2.7182818284590452354"
    assert matches_stated(e, text)
    assert matches_stated(e, "~2.718e0") and not matches_stated(e, "~2.719e0")  # one unit off
    wide = iv.mpf(["2.7", "2.8"])  # too wide for 2 digits: 2.7 +- 0.05 does not cover [2.7, 2.8]
    assert not matches_stated(wide, "~2.7e0")
    assert format_approx(wide) == "~3." and matches_stated(wide, "~3.")  # 3 +- 1/2 covers it


def test_stated_gives_exact_text_or_a_decimal():
    assert stated(F(-7, 3)) == "-7/3"
    assert stated(iv.log(iv.mpf(2))) == "~6.9314718055994530942e-1"  # log 2 = 0.693147180559945309417...


def test_show_is_short_even_for_huge_numbers():
    assert show(F(1, 3)) == "1/3"
    big = F(3) ** 4000
    assert show(big).startswith("≈") and len(show(big)) < 30


def test_jets_follow_the_product_rule():
    # g(t) = (1 + 2t + 3t^2)(4 - t): coefficients 4, 7, 10 (2 t^2 * ... : 12 - 2 = 10)
    a, b = Jet(F(1), F(2), F(3)), Jet(F(4), F(-1), F(0))
    assert (a * b).c == (F(4), F(7), F(10))
    assert (a + b).c == (F(5), F(1), F(3)) and (a + b.scale(-1)).c == (F(-3), F(3), F(3))
    assert a.scale(-1).c == (F(-1), F(-2), F(-3)) and a.scale(F(1, 2)).c == (F(1, 2), F(1), F(3, 2))
    assert Jet.constant(F(7), 2).c == (F(7), F(0), F(0)) and a.v == F(1)


def test_jets_compose_by_the_chain_rule():
    # h = exp at c0 = 0 along c(t) = t + t^2: exp(t + t^2) = 1 + t + (3/2) t^2 + ..., second derivative 3
    c = Jet(F(0), F(1), F(1))
    out = c.compose(F(1), F(1), F(1))
    assert out.c == (F(1), F(1), F(3, 2)) and out.second_derivative() == F(3)
    # order 0: the value only
    assert Jet(F(2)).compose(F(4)).c == (F(4),)


def test_interval_precision_is_restored():
    saved = iv.prec
    with interval_precision(64):
        assert iv.prec == 64
    assert iv.prec == saved
    assert mpmath.mp.prec == 53  # the float context is untouched
