r"""Named left sides (symconvex/heads.py): a divergence's double bar separates its arguments, and a Greek constant
followed by its arguments and '=' names the function being defined."""

from __future__ import annotations

import pytest

from answers import answered
from symconvex.claims import parse_claim
from symconvex.errors import ClaimError
from symconvex.heads import head_arguments


def test_a_divergence_is_a_function_of_both_arguments():
    result = answered(r"$D_{KL}(u \| v) = u \log\frac{u}{v} - u + v$ is jointly convex on $u > 0, v > 0$")
    assert result.holds is True
    assert [v.name for v in result.claim.variables] == ["u", "v"]
    # the same divergence is not strictly convex: it vanishes on the whole ray u = v
    assert answered(r"$D(u \Vert v) = u \log(u/v)$ is strictly convex on $u > 0, v > 0$").holds is False


def test_a_divergence_defined_after_where():
    result = answered(r"$\mathrm{KL}$ is concave on $s > 0, t > 0$ where $\mathrm{KL}(s \| t) = s \log(s/t)$")
    assert result.holds is False and result.claim.function.free_symbols == set(result.claim.variables)


def test_the_double_bar_needs_two_sides():
    with pytest.raises(ClaimError):
        parse_claim(r"$D(p \| ) = p^2$ is convex")
    assert head_arguments(r"p \| q") == ["p", "q"] and [a.strip() for a in head_arguments("x, y")] == ["x", "y"]


def test_a_profit_named_pi_is_a_function_not_the_number():
    result = answered(r"The profit $\pi(q) = 12q - q^2 - 5$ is concave")
    assert result.holds is True and result.claim.name == "pi"
    assert [v.name for v in result.claim.variables] == ["q"]
    assert answered(r"The profit $\pi(q) = 12q - q^2 - 5$ is strictly convex").holds is False
    # in a formula pi stays the number: pi x (1 - x) is concave in x alone
    claim = parse_claim(r"$\pi x(1 - x)$ is concave")
    assert [v.name for v in claim.variables] == ["x"]


def test_other_greek_names_defined_on_the_left():
    assert answered(r"$\mu(t) = e^{2t} - t$ is convex").holds is True
    assert answered(r"$\Pi(q) = q^3$ is convex on $q \ge 0$").holds is True


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_a_fixed_argument_given_a_value_leaves_the_other():
    # "for fixed $u = 1/2$" gives u a value: the divergence as a function of v alone
    result = answered(r"For fixed $u = 1/2$, $D(u \| v) = \frac{1}{2}\log\frac{1/2}{v} + "
                      r"\frac{1}{2}\log\frac{1/2}{1 - v}$ is strictly convex in $v$ on $(0, 1)$")
    assert result.holds is True and [s.name for s in result.claim.variables] == ["v"]
    assert answered(r"$t^2 - c t$ is concave in $t$ for fixed $c = 3$").holds is False
