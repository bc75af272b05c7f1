r"""Words naming a kind of set before the math that gives it ("the positive octant $x, y, z > 0$", "the upper half
plane $y > 0$"): the math alone decides the set (claims._SET_NOUNS); words that are not set nouns still refuse."""

from __future__ import annotations

import pytest

from answers import answered
from symconvex import ClaimError
from symconvex.claims import parse_claim


def test_the_positive_octant_is_the_math_after_it():
    result = answered(r"$\frac{1}{u v w}$ is convex on the positive octant $u > 0, v > 0, w > 0$")
    assert result.holds is True
    assert [str(c) for c in result.claim.domain] == ["u > 0", "v > 0", "w > 0"]


def test_an_upper_half_plane_and_a_negative_half_line():
    assert answered(r"$\frac{(u - 1)^2}{v}$ is convex on the upper half plane $v > 0$").holds is True
    assert answered(r"$u^5$ is concave on the negative half-line $u < 0$").holds is True
    assert answered(r"$u v$ is convex on the first quadrant $u > 0, v > 0$").holds is False


def test_other_words_before_a_domain_are_still_refused():
    with pytest.raises(ClaimError, match="cannot read"):
        parse_claim(r"$u^2$ is convex on the lovely octant $u > 0$")


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("text, holds", [
    (r"$x y$ is concave on $(0, \infty)^2$", False),
    (r"$\sqrt{xy}$ is concave on $[0, 1]^{2}$", True),
    (r"$p \log\frac{p}{q} + (1-p)\log\frac{1-p}{1-q}$ is convex in $(p, q)$ on $(0, 1)^2$", True),
])
def test_an_interval_to_a_power_is_the_product_set(text, holds):
    assert answered(text).holds is holds


def test_an_interval_power_of_the_wrong_size_is_a_one_line_error():
    from symconvex.claims import parse_claim
    from symconvex.errors import ClaimError

    with pytest.raises(ClaimError, match="2 factors for 1 variables"):
        parse_claim(r"$x^2$ is convex on $(0, 1)^2$")


@pytest.mark.parametrize("text, holds", [
    (r"$\log x$ is convex on $\mathrm{Ioi}\ 0$", False),           # Lean's Set.Ioi 0 = (0, oo)
    (r"$x^{-2}$ is strictly convex on $\mathrm{Ioi}(0)$", True),
    (r"$\sqrt{x}$ is concave on $\mathrm{Ici}\ 0$", True),
    (r"$\sin x$ is concave on $\mathrm{Icc}\ 0\ 3$", True),        # [0, 3] inside [0, pi]
    (r"$x^3$ is concave on $\mathrm{Iic}(0)$", True),
    (r"$\sin x$ is concave on $\mathrm{Ioo}(1, 4)$", False),       # sin < 0 past pi
])
def test_mathlib_interval_names(text, holds):
    assert answered(text).holds is holds


def test_a_mathlib_interval_with_the_wrong_number_of_ends_is_a_one_line_error():
    with pytest.raises(ClaimError):
        parse_claim(r"$x^2$ is convex on $\mathrm{Icc}\ 0$")
