"""``symconvex.domain`` directly: normalized constraints, exact membership, per-variable bounds, sign assumptions,
interior points, convexity of the set (with a witness when it is not) and natural domains."""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy as sp

from symconvex.domain import Domain, natural_conditions, natural_domain
from symconvex.errors import DomainError, InputError

x, y = sp.symbols("x y", real=True)


def test_constraints_are_normalized_to_g_positive_or_nonnegative():
    d = Domain.build((x, y), [x > 1, y <= 2 * x, sp.And(x + y >= 0, y < 3)])
    assert d.parts()[:2] == [(x - 1, True), (2 * x - y, False)]
    assert set(d.parts()[2:]) == {(x + y, False), (3 - y, True)}  # And's arguments, in SymPy's order
    assert Domain.build((x,), [sp.true]).parts() == [] and not Domain.build((x,), None)


@pytest.mark.parametrize("bad, error", [
    ([sp.Eq(x, 1)], InputError), ([x > sp.Symbol("z")], InputError), ([sp.false], DomainError),
])
def test_bad_constraints_are_refused(bad, error):
    with pytest.raises(error):
        Domain.build((x,), bad)


def test_membership_is_exact_and_strictness_is_respected():
    d = Domain.build((x, y), [x >= 0, x + y < 1])
    assert d.contains((Fraction(0), Fraction(1, 2)))
    assert not d.contains((Fraction(0), Fraction(1, 2)), strict=True)  # on the face x = 0
    assert not d.contains((Fraction(1, 3), Fraction(2, 3)))             # x + y = 1 is outside
    assert d.contains((Fraction(1, 3), Fraction(2, 3) - Fraction(1, 10 ** 30)))


def test_membership_with_an_irrational_bound_is_decided_by_an_enclosure():
    d = Domain.build((x,), [x < sp.pi / 2])
    assert d.contains((Fraction(157079, 100000),))        # 1.57079 < pi/2 = 1.5707963...
    assert not d.contains((Fraction(157080, 100000),))    # 1.57080 > pi/2


def test_bounds_read_single_variable_affine_constraints():
    d = Domain.build((x, y), [2 * x > 1, x <= 3, y >= -1, x + y > 0])
    assert d.bounds() == {x: (sp.Rational(1, 2), True, 3, False), y: (-1, False, None, False)}


def test_symbols_carry_the_sign_the_bounds_imply():
    s = Domain.build((x, y), [x > 0, y <= 0]).symbols()
    assert s["x"].is_positive and s["y"].is_nonpositive and s["y"].is_negative is None


def test_an_interior_point_satisfies_every_constraint_strictly():
    d = Domain.build((x, y), [x > 1, y > x, y < 4])
    p = d.interior_point()
    assert p is not None and d.contains(tuple(Fraction(int(v.p), int(v.q)) for v in p), strict=True)
    assert Domain.build((x,), [x > 1, x < 1]).interior_point() is None


def test_a_nonconvex_domain_is_refused_with_two_points_and_their_midpoint():
    with pytest.raises(DomainError, match="midpoint does not"):
        Domain.build((x,), [x ** 2 >= 1]).require_convex()
    Domain.build((x, y), [x + y <= 1, x >= 0]).require_convex()  # half-spaces: convex, no error
    disc = Domain.build((x, y), [1 - x ** 2 - y ** 2 > 0])
    disc.require_convex(lambda g: "concave")  # a superlevel set of a concave function


def test_natural_domains():
    assert set(natural_domain(sp.log(x) + sp.sqrt(y), (x, y)).parts()) == {(x, True), (y, False)}
    assert natural_domain(sp.exp(x), (x,)).parts() == []
    assert natural_domain(sp.log(1 + sp.exp(x)), (x,)).parts() == []  # 1 + e^x > 0 always: dropped
    assert set(natural_conditions(sp.atanh(x))) == {(x + 1, ">0"), (1 - x, ">0")}
    with pytest.raises(DomainError, match="x > 0"):
        natural_domain(1 / x, (x,))  # x != 0 is not a convex set


def test_a_root_is_positive_exactly_where_its_base_is():
    """log(sqrt(g)) needs sqrt(g) > 0, which is g > 0 (with g >= 0 for the root): read as a convex set of g."""
    assert [str(c) for c in natural_domain(sp.log(sp.sqrt(x)), (x,)).constraints] == ["x > 0", "x >= 0"]
    assert natural_domain(sp.log(3 * (x - 1) ** sp.Rational(3, 2)), (x,)).contains((sp.Rational(3, 2),))
    assert not natural_domain(sp.log(sp.sqrt(x - 1)), (x,)).contains((sp.Integer(1),))
    # x^2 - 1 > 0 is two half-lines: the condition is kept as it is (and the claim refused as not convex)
    assert "x**2 - 1 > 0" in [str(c) for c in natural_domain(sp.log(sp.sqrt(x ** 2 - 1)), (x,)).constraints]


def test_a_polynomial_of_even_powers_is_nonnegative_everywhere():
    """sqrt((x + 1)^2) is defined on all of R: (x + 1)^2 >= 0 is no constraint; x^2 - 2x >= 0 stays (two half-lines)."""
    assert natural_domain(sp.sqrt(x ** 2 + 2 * x + 1), (x,)).constraints == []
    assert natural_domain(sp.sqrt(4 * (x - y) ** 2 * (x + 1) ** 4), (x, y)).constraints == []
    assert [str(c) for c in natural_domain(sp.sqrt(x ** 2 - 2 * x), (x,)).constraints] == ["x**2 - 2*x >= 0"]
    assert natural_domain(sp.sqrt(-x ** 2 - 2 * x - 1), (x,)).constraints != []    # -(x + 1)^2 >= 0: only x = -1


def test_claims_on_the_log_of_a_root_are_decided_on_the_roots_domain():
    from answers import answered
    assert answered(r"$\log(\sqrt{x + 2})$ is strictly concave").holds is True
    assert answered(r"$\ln \sqrt{3x}$ is convex").holds is False


def test_a_condition_that_holds_everywhere_by_the_checkers_range_is_dropped():
    """1 - sigmoid(z) > 0 and 2 - tanh(z) > 0 hold on all of R (sigmoid < 1, tanh < 1): the natural domain is R, not a
    set whose convexity must be shown; 1 - z > 0 stays."""
    import sympy as sp

    from symconvex.domain import natural_domain
    from symconvex.functions import sigmoid

    z = sp.Symbol("z", real=True)
    assert natural_domain(sp.log(1 - sigmoid(z)), (z,)).constraints == []
    assert natural_domain(sp.log(2 - sp.tanh(z)) + sp.log(sigmoid(z)), (z,)).constraints == []
    assert [str(c) for c in natural_domain(sp.log(1 - z), (z,)).constraints] == ["1 - z > 0"]


def test_a_claim_on_the_log_of_one_minus_a_sigmoid_is_answered_on_the_real_line():
    from symconvex.check import verify
    from symconvex.claims import check_claim

    result = check_claim(r"$\log(1 - \tanh(x))$ is convex", timeout=30)
    assert result.claim.domain is None and result.holds is False and result.verified
    for cert in result.certificates:
        verify(cert)
