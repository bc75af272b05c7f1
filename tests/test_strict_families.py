"""Strict convexity of maxima, of sums whose strictness comes from several terms together, and of parametric
families (session 6, "strict"): each proof is a certificate the checker accepts, each refutation names the
allowed parameter value it uses, and every one-number tamper of a new kind of certificate is rejected."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest
import sympy as sp

from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.claims import check_claim
from symconvex.errors import CertificateError
from tampering import accepted_twins, tampered_twins

a, b, c, p, w, x, y = sp.symbols("a b c p w x y", real=True)


def _checked(result):
    for cert in result.certificates:
        assert verify(from_json(cert.to_json())) == cert.statement
    return result


# ------------------------------------------------------------------ signs of constants in the parameters

@pytest.mark.parametrize("text", [
    r"$(2 - b) e^{x} + b |x|$ is strictly convex in $x$ for $0 < b < 2$",
    r"$(c^2 + 1) e^{x}$ is convex in $x$",
])
def test_a_constant_in_the_parameters_takes_its_sign_from_their_conditions(text):
    """2 - b > 0 on b < 2 and c^2 + 1 > 0 for every c: the rules use these signs for every allowed value."""
    result = _checked(check_claim(text, timeout=60))
    assert result.holds is True
    rules = [r for r in result.certificates if r.kind == "rules"]
    assert rules and all(r.parameters for r in rules)


def test_the_sign_of_a_constant_in_the_parameters_is_rederived_on_the_stated_conditions():
    """(1 - a) x^2 is convex on a < 1; the same derivation on a < 2 states 1 - a positive, which a = 3/2 breaks."""
    from symconvex.domain import Domain
    from symconvex.rules import prove_by_rules

    cert = prove_by_rules((1 - a) * x ** 2, (x,), Domain.build((x, a), [a < 1]), parameters=(a,))
    assert cert is not None and verify(cert) == "convex"
    assert prove_by_rules((1 - a) * x ** 2, (x,), Domain.build((x, a), [a < 2]), parameters=(a,)) is None
    derivation = {**cert.derivation, "box": {"a": [None, False, "2", True]}}
    wider = dataclasses.replace(cert, domain=(["lt", ["var", "a"], ["num", "2"]],), derivation=derivation, digest="")
    with pytest.raises(CertificateError, match="sign"):
        verify(wider)


def test_a_closed_condition_that_allows_a_degenerate_value_is_refuted_there():
    """alpha |w| + (1 - alpha) w^2 on 0 <= alpha <= 1 is |w| at alpha = 1: flat on [1, 3]."""
    result = _checked(check_claim(r"$\alpha |w| + (1 - \alpha) w^2$ is strictly convex in $w$ for "
                                  r"$0 \le \alpha \le 1$", timeout=60))
    assert result.holds is False
    cert = next(c for c in result.certificates if c.statement == "not_strictly_convex")
    assert cert.parameter_values == ("1",)


# ------------------------------------------------------------------ exact powers at a parameter's value

def test_a_power_with_a_parameter_exponent_is_exact_at_an_integer_value():
    """|x|^p for p >= 1 is |x| at the closed end p = 1: the Jensen equality on a segment of one sign is exact."""
    result = _checked(check_claim(r"$|x|^q$ is strictly convex on $\mathbb{R}$ for $q \ge 1$", timeout=60))
    assert result.holds is False
    cert = next(c for c in result.certificates if c.statement == "not_strictly_convex")
    assert cert.kind == "midpoint" and cert.parameter_values == ("1",)
    values = {k: sp.Rational(v) for k, v in cert.values.items()}  # exact rationals, no "~" enclosure
    lam = sp.Rational(cert.lam)
    assert values["f(m)"] == lam * values["f(a)"] + (1 - lam) * values["f(b)"]
    assert check_claim(r"$|x|^q$ is convex on $\mathbb{R}$ for $q \ge 1$", timeout=60).holds is True


def test_the_checker_takes_an_exact_parameter_exponent_as_a_number_only_on_a_base_shown_nonnegative():
    from symconvex.check.evaluate import value_at

    tree = ["pow", ["abs", ["var", "x"]], ["var", "p"]]
    assert value_at(tree, ["x", "p"], [Fraction(0), Fraction(1)]) == 0              # 0^1 = 0, exactly
    assert value_at(tree, ["x", "p"], [Fraction(-3, 2), Fraction(2)]) == Fraction(9, 4)
    with pytest.raises(CertificateError):                                      # 0^0 for a real power: undefined
        value_at(["pow", ["var", "x"], ["var", "p"]], ["x", "p"], [Fraction(0), Fraction(0)])
    with pytest.raises(CertificateError):                                      # (-1)^p: exp(p log(-1)) refused
        value_at(["pow", ["var", "x"], ["var", "p"]], ["x", "p"], [Fraction(-1), Fraction(2)])


# ------------------------------------------------------------------ degenerate parameter values

def test_degenerate_values_are_the_rational_roots_of_the_hessian_determinant_in_one_parameter():
    from symconvex.parametric import degenerate_values

    assert degenerate_values((c - w * x) ** 2, [w], [x, c]) == {"x": [0]}               # det H = 2 x^2
    assert degenerate_values(x ** p, [x], [p]) == {"p": [0, 1]}                        # p (p - 1) x^(p - 2)
    assert degenerate_values((x - 3 * b) ** 2 * (b - 2) + y ** 2, [x, y], [b]) == {"b": [2]}


@pytest.mark.parametrize("text, at", [
    (r"$(c - w x)^2$ is strictly convex in $w$ for fixed $x, c$", {"x": "0"}),        # at x = 0 f = c^2
    (r"$(w - x)^2 (x^2 - 4)$ is strictly convex in $w$ for $x > 1$", {"x": "2"}),    # x = 2 is allowed
])
def test_strictness_fails_where_the_hessian_degenerates_for_a_parameter_value_and_the_refutation_states_it(text, at):
    result = _checked(check_claim(text, timeout=60))
    assert result.holds is False
    cert = next(c for c in result.certificates if c.statement in ("not_strictly_convex", "not_convex"))
    assert at.items() <= dict(zip(cert.parameters, cert.parameter_values)).items()
