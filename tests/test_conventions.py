r"""Conventional signs of parameter letters (symconvex/conventions.py): a weight the claim does not bound is read both
as any real and as positive; the claim is answered only when both readings agree, else it is undecided with both
conditional answers. A condition the claim states ("for $\lambda \ge 0$", "for every real $\lambda$") is answered."""

from __future__ import annotations

import pytest

from fractions import Fraction

import sympy as sp

from answers import answered
from symconvex.check import verify
from symconvex.claims import parse_claim
from symconvex.conventions import conventional_parameters, positive_reading, scales


def _conventional(result):
    """The answer of the conventional reading (the one with an added condition p > 0) among ``result.readings``."""
    found = [r for r in result.readings if "as conventionally meant" in r.claim.note]
    assert len(found) == 1
    return found[0]


def _values(result, statement):
    """The parameter values (name -> Fraction) of every refutation in ``result`` stating ``statement``."""
    return [dict(zip(c.parameters, map(Fraction, c.parameter_values))) for c in result.certificates
            if c.statement == statement and getattr(c, "parameter_values", None)]


def test_elastic_net_penalty_weights_are_undecided_with_both_answers():
    # a weighted l1 + l2 penalty on a quadratic data term: convex for positive weights, not for lambda_1 = -1
    result = answered(r"$(w - 1)^2 + \lambda_1 |w| + \lambda_2 w^2$ is convex in $w$")
    assert result.holds is None
    assert "for λ₁, λ₂ > 0: holds; for every real λ₁, λ₂: refuted" in result.conditions
    positive = _conventional(result)
    assert positive.holds is True and positive.verified
    assert {str(c) for c in positive.claim.domain} == {"lambda_1 > 0", "lambda_2 > 0"}
    assert any(v["lambda_1"] < 0 or v["lambda_2"] < 0 for v in _values(result, "not_convex"))
    for cert in positive.certificates:
        assert verify(cert) == cert.statement


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_a_stated_sign_is_answered():
    assert answered(r"$(3w - 2)^2 + \lambda |w|$ is convex in $w$ for $\lambda \ge 0$").holds is True
    assert answered(r"$(3w - 2)^2 + \lambda |w|$ is convex in $w$ with $\lambda > 0$").holds is True
    negative = answered(r"$(3w - 2)^2 + \lambda |w|$ is convex in $w$ for $\lambda < 0$")
    assert negative.holds is False and all(v["lambda"] < 0 for v in _values(negative, "not_convex"))


def test_every_real_value_is_answered_as_stated():
    result = answered(r"$(w - 1)^2 + \mu |w|$ is convex in $w$ for every real $\mu$")
    assert result.holds is False and result.conditions == ""
    assert any(v["mu"] < 0 for v in _values(result, "not_convex"))
    assert parse_claim(r"$(w - 1)^2 + \mu |w|$ is convex in $w$ for any $\mu$").universal == ("mu",)


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_a_refutation_at_a_positive_weight_stands():
    # -lambda x^2 (a concave penalty) is not convex for any lambda > 0: both readings refute
    result = answered(r"$x^4 - \lambda x^2$ is convex in $x$")
    assert result.holds is False
    assert _conventional(result).holds is False
    assert any(v["lambda"] > 0 for v in _values(_conventional(result), "not_convex"))
    # and a weight scaling a convex term does not make the sum concave for any sign
    assert answered(r"$\alpha x^2 + e^{x}$ is concave in $x$").holds is False


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_strictness_of_ridge_is_undecided_without_the_sign():
    result = answered(r"$(2w - 1)^2 + \kappa w^2$ is strictly convex in $w$")
    assert result.holds is None and _conventional(result).holds is True
    assert answered(r"$(2w - 1)^2 + \kappa w^2$ is strictly convex in $w$ for $\kappa > 0$").holds is True


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_a_temperature_divides_inside_a_function():
    # tau log(e^{x/tau} + e^{y/tau}) is the smoothed max for tau > 0 (convex), the smoothed min for tau < 0 (concave)
    result = answered(r"$\tau \log(e^{x/\tau} + e^{y/\tau})$ is convex in $x, y$")
    assert result.holds is None and _conventional(result).holds is True
    assert any(v["tau"] < 0 for v in _values(result, "not_convex"))


def test_the_joint_reading_gives_no_confident_answer():
    # no variables named: jointly in (lambda, x) it is not convex, in x it is convex for lambda > 0
    result = answered(r"$x^2 + \lambda |x|$ is convex")
    assert result.holds is None and "readings disagree" in result.explanation
    assert "for λ > 0: holds" in result.explanation and r"in $x$ for $\lambda > 0$" in result.explanation


def test_an_exponent_is_not_a_weight():
    x, alpha, lam = sp.symbols("x alpha lambda")
    assert not scales(x ** alpha, alpha) and not scales(sp.sqrt(lam) * x, lam)
    assert scales(x ** 2 / (2 * lam ** 2), lam) and scales(sp.exp(x / lam), lam)
    # x^alpha on x > 0 is refuted at alpha = 1/2 for every reading: no conventional twin
    claim = parse_claim(r"$x^\alpha$ is convex in $x$ on $x > 0$")
    assert conventional_parameters(claim) == [] and positive_reading(claim) is None
    assert answered(r"$x^\alpha$ is convex in $x$ on $x > 0$").holds is False


def test_letters_outside_the_table_keep_their_reading():
    # a x^2: "a" is no conventional weight (README: refuted at a = -1)
    result = answered(r"$a x^2$ is convex in $x$")
    assert result.holds is False and not result.readings


def test_json_carries_both_readings():
    data = answered(r"$\frac{1}{2}w^2 + C\max(0, 1 - w)$ is convex in $w$").to_dict()
    assert data["holds"] is None and data["conditions"].startswith("for C > 0: holds")
    assert [r["holds"] for r in data["readings"]] == [True]


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("text", [
    # the lasso with its 1/(2n) normalization: n is the number of data points, not any real (at n = -1 the squared
    # error is concave, the only refutation of the literal reading)
    r"$\frac{1}{2n}\|y - X\beta\|_2^2 + \lambda \|\beta\|_1$ is convex in $\beta$ for $\lambda > 0$",
    r"$\frac{1}{m}(y - x w)^2 + |w|$ is convex in $w$",
])
def test_a_count_dividing_a_mean_is_read_both_ways(text):
    result = answered(text)
    assert result.holds is None
    conventional = _conventional(result)
    assert conventional.holds is True
    for cert in conventional.certificates:
        verify(cert)
