r"""A set over the variables and the fixed parameters together (symconvex/slices.py): "on
$\mathbb{R}^2_{++}$ in $x$ for fixed $y$" is about x > 0 for every y > 0, never x a vector in R^2."""

from __future__ import annotations

import sympy as sp

from answers import answered
from symconvex.claims import parse_claim


def test_relative_entropy_in_one_argument_on_the_joint_orthant():
    result = answered(r"$u\log(u/v) - u + v$ is strictly convex on $\mathbb{R}^2_{++}$ in $u$ for fixed $v$")
    assert result.holds is True
    assert [s.name for s in result.claim.variables] == ["u"] and [s.name for s in result.claim.parameters] == ["v"]
    assert {str(c) for c in result.claim.domain} == {"u > 0", "v > 0"}


def test_a_slice_refutation_is_at_an_allowed_parameter_value():
    # u^2 v - u^3 on u, v >= 0: in u for fixed v it is not convex (f'' = 2v - 6u < 0 for large u)
    result = answered(r"$u^2 v - u^3$ is convex on $\mathbb{R}^2_{+}$ in $u$ for fixed $v$")
    assert result.holds is False
    for cert in result.certificates:
        if getattr(cert, "parameter_values", None):
            assert all(sp.Rational(p) >= 0 for p in cert.parameter_values)


def test_the_set_of_the_variables_alone_is_unchanged():
    # one coordinate for one variable: the set is the variable's, y keeps no condition
    claim = parse_claim(r"$x^2 y$ is convex on $\mathbb{R}_{++}$ in $x$ for fixed $y$")
    assert [str(c) for c in claim.domain] == ["x > 0"]
    # without a fixed parameter, a space of the one argument still declares a vector
    assert [s.name for s in parse_claim(r"$f(x) = \|x\|^2$ is convex on $\mathbb{R}^3$").variables] == \
        ["x_1", "x_2", "x_3"]
