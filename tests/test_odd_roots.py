r"""Odd roots on a stated domain (symconvex/odd_roots.py): x^{m/n}, n odd, is the real power. On a domain where
the base is <= 0 it is (-1)^m (-u)^{m/n}; with m even it is |u|^{m/n}; an odd m on a base of either sign stays
undecided; without a domain the claim is still refused."""

from __future__ import annotations

import pytest
import sympy as sp

from answers import answered
from symconvex import ClaimError
from symconvex.claims import parse_claim
from symconvex.odd_roots import read_odd_roots

t = sp.Symbol("t", real=True)


def test_the_real_cube_root_is_convex_where_its_argument_is_negative():
    # t^(1/3) = -(-t)^(1/3) for t < 0, and (d/dt)^2 of it is (2/9)(-t)^(-5/3) > 0
    result = answered(r"$\sqrt[3]{t}$ is convex on $-2 \le t \le -\frac{1}{2}$")
    assert result.holds is True and "strictly_convex" in result.facts
    assert "real power" in result.claim.note


def test_the_real_cube_root_is_not_concave_on_the_negative_half_line():
    result = answered(r"$t^{1/3}$ is concave for $t < 0$")
    assert result.holds is False and "not_concave" in result.facts


def test_a_negative_odd_root_keeps_its_sign():
    # t^(-1/3) = 1/t^(1/3) < 0 for t < 0, and its second derivative (4/9) t^(-7/3) is < 0 there
    result = answered(r"$t^{-1/3}$ is strictly concave on $t < 0$")
    assert result.holds is True
    f = result.claim.function
    assert f.subs(t, -8) == sp.Rational(-1, 2)


def test_an_even_numerator_is_a_power_of_the_absolute_value():
    # t^(4/3) = |t|^(4/3) is convex on [-1, 1]; t^(2/3) = |t|^(2/3) has its cusp (minimum) at 0
    assert answered(r"$t^{4/3}$ is convex on $[-1, 1]$").holds is True
    refuted = answered(r"$t^{2/3}$ is concave on $-1 < t < 1$")
    assert refuted.holds is False and "not_concave" in refuted.facts


def test_a_shifted_base_below_zero_on_the_domain():
    # (t - 3)^(1/3) = -(3 - t)^(1/3) on t < 2: convex; the product with (t + 1) is read the same way
    assert answered(r"$(t - 3)^{1/3}$ is convex on $0 \le t \le 2$").holds is True
    assert answered(r"$(t - 3)^{1/3}$ is concave on $0 \le t \le 2$").holds is False


def test_an_odd_power_of_a_root_across_zero_stays_undecided():
    # sign(t)|t|^(1/3) is convex on [-1, 0] and concave on [0, 1]: the reading is not rewritten
    result = answered(r"$\sqrt[3]{t}$ is concave on $[-1, 1]$")
    assert result.holds is None


def test_without_a_domain_the_odd_root_is_still_refused():
    with pytest.raises(ClaimError, match="odd root"):
        parse_claim(r"$\sqrt[3]{t}$ is concave")


def test_bases_shown_nonnegative_are_left_alone():
    f, note = read_odd_roots((t - 3) ** sp.Rational(1, 3), [t >= 3], (t,))
    assert f == (t - 3) ** sp.Rational(1, 3) and note == ""
    f, note = read_odd_roots((t - 3) ** sp.Rational(1, 3), [t <= 3], (t,))
    assert f == -(3 - t) ** sp.Rational(1, 3) and "real power" in note
    f, _ = read_odd_roots((t - 3) ** sp.Rational(2, 5), [t <= 4], (t,))
    assert f == sp.Abs(t - 3) ** sp.Rational(2, 5)
    x, y = sp.symbols("x y", real=True)   # an affine base in two variables: its largest value over the box
    f, _ = read_odd_roots((x + 2 * y) ** sp.Rational(1, 3), [x <= -1, y <= 0], (x, y))
    assert f == -(-x - 2 * y) ** sp.Rational(1, 3)
    f, _ = read_odd_roots((x + 2 * y) ** sp.Rational(1, 3), [x <= -1], (x, y))   # y unbounded: left alone
    assert f == (x + 2 * y) ** sp.Rational(1, 3)
