"""Domains in several variables (issue #11): an affine argument's sign read from a domain constraint that is a
positive multiple of it, in the prover and, independently re-derived, in the checker; a domain is judged convex
only from checked certificates."""

from __future__ import annotations

import dataclasses

import pytest
import sympy as sp

from symconvex.analysis import checked_curvature
from symconvex.check import verify
from symconvex.check.signs import affine_sign
from symconvex.claims import check_claim
from symconvex.errors import CertificateError
from fractions import Fraction
from tampering import tampered_twins

x, y = sp.symbols("x y", real=True)
FREE = {"x": [None, False, None, False], "y": [None, False, None, False]}


TWO_X_PLUS_Y = ["add", ["mul", ["num", "2"], ["var", "x"]], ["var", "y"]]


@pytest.mark.parametrize("expr, rel, sign", [
    (TWO_X_PLUS_Y, "gt", "positive"),
    (["add", ["mul", ["num", "4"], ["var", "x"]], ["mul", ["num", "2"], ["var", "y"]], ["num", "1"]], "gt", "positive"),
    (["add", ["mul", ["num", "-2"], ["var", "x"]], ["mul", ["num", "-1"], ["var", "y"]]], "ge", "nonpositive"),
    (["add", TWO_X_PLUS_Y, ["num", "-1"]], "gt", "unknown"),            # 2x + y - 1 may be negative
    (["add", ["var", "x"], ["var", "y"]], "gt", "unknown"),             # not a multiple of 2x + y
])
def test_the_sign_of_an_affine_argument_from_a_domain_constraint(expr, rel, sign):
    from types import SimpleNamespace

    from symconvex.check.signs import domain_halfspaces
    hs = domain_halfspaces(SimpleNamespace(variables=("x", "y"), domain=([rel, TWO_X_PLUS_Y, ["num", "0"]],)))
    assert affine_sign(expr, FREE, hs) == sign


def test_the_sign_of_a_polynomial_argument_from_a_domain_constraint():
    from types import SimpleNamespace

    from symconvex.check.signs import domain_halfspaces, joint_form_sign
    disc = ["add", ["pow", ["var", "x"], ["num", "2"]], ["pow", ["var", "y"], ["num", "2"]]]
    hs = domain_halfspaces(SimpleNamespace(variables=("x", "y"), domain=(["lt", disc, ["num", "1"]],)))
    one_minus = ["add", ["num", "1"], ["mul", ["num", "-1"], disc]]
    assert joint_form_sign(one_minus, ["x", "y"], hs) == "positive"
    assert joint_form_sign(["add", ["num", "2"], ["mul", ["num", "-2"], disc]], ["x", "y"], hs) == "positive"
    assert joint_form_sign(["add", ["num", "1/2"], ["mul", ["num", "-1"], disc]], ["x", "y"], hs) == "unknown"


@pytest.mark.parametrize("text", [
    r"$\frac{1}{2x+y}$ is convex on $2x + y > 0$",
    r"$-\log(x + y)$ is convex on $x + y > 0$",
    r"$\sqrt{x - y}$ is concave on $x > y$",
    r"$-\log(1 - x^2 - y^2)$ is convex for $x^2 + y^2 < 1$",
])
def test_claims_on_domains_in_several_variables_are_proved(text):
    result = check_claim(text, timeout=30)
    assert result.holds is True
    (proof,) = [c for c in result.certificates if c.kind == "rules"]
    assert verify(proof) in ("convex", "concave")
    # without its constraint the same derivation is refused: the argument's sign came from the domain
    with pytest.raises(CertificateError):
        verify(dataclasses.replace(proof, domain=(), digest=""))
    for _, twin in tampered_twins(proof.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)


def test_domain_convexity_comes_from_a_checked_certificate():
    assert checked_curvature(1 - x ** 2 - y ** 2, (x, y)) == "concave"
    assert checked_curvature(x ** 2 - 1, (x,)) == "convex"
    assert checked_curvature(x * y, (x, y)) is None


# --------------------------------------------------------- set-builder braces around absolute-value bars (red10)

@pytest.mark.parametrize("text, domain, expected", [
    (r"$s - |y|$ is concave on $\{s > |y|\}$", "[-s < y, y < s, s > 0]", True),  # s > 0: implied, stated
    (r"$\sqrt{4 - x^2}$ is concave on $\{|x| \le 2\}$", "[-2 <= x, x <= 2]", True),
    (r"$x^3$ is convex on $\{x \mid |x - 1| < 1\}$", "[-1 < x - 1, x - 1 < 1]", True),
    (r"$x^2 - y^2$ is convex on $\{(x, y) | |y| < 1\}$", "[-1 < y, y < 1]", False),
])
def test_set_builder_with_absolute_value_bars(text, domain, expected):
    result = check_claim(text, timeout=30)
    assert str(sorted(result.claim.domain, key=str)) == str(sorted(sp.sympify(
        domain, locals={n: sp.Symbol(n, real=True) for n in "sxy"}), key=str))
    assert result.holds is expected and result.verified is True
