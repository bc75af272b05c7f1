"""Landscape claims about a formula: "$f$ has a saddle point at $p$", "$p$ is a local minimum of $f$"
(symconvex/saddle_claims.py); every answer rests on a saddle certificate the checker accepts at exactly p."""

from fractions import Fraction

import pytest

from symconvex import ClaimError, check_claim
from symconvex.check import verify


def test_a_strict_saddle_of_the_two_weight_linear_net():
    # grad (w1 w2 - 1)^2 = 2 (w1 w2 - 1)(w2, w1) = 0 at 0; along (1, 1): 1 - 2t^2 + t^4, along (1, -1): 1 + 2t^2 + t^4
    result = check_claim(r"$(w_1 w_2 - 1)^2$ has a saddle point at $(0, 0)$", timeout=30)
    assert result.holds is True
    (cert,) = result.certificates
    assert verify(cert) == "strict_saddle" and tuple(map(Fraction, cert.point)) == (0, 0)


def test_kawaguchis_higher_order_saddle_at_the_origin():
    # f(t, t, t) = 1 - 2t^3 + t^6: the Hessian at 0 is 0, the cubic term decides
    result = check_claim(r"$(w_1 w_2 w_3 - 1)^2$ has a saddle point at the origin", timeout=30)
    assert result.holds is True and verify(result.certificates[0]) == "saddle"


def test_a_saddle_is_not_a_local_minimum():
    result = check_claim(r"The origin is a local minimum of $(w_1 w_2 - 1)^2$", timeout=30)
    assert result.holds is False and result.verified


@pytest.mark.parametrize("text", [
    r"$x^2 + y^2$ has a saddle point at $(0, 0)$",            # a strict minimum: no saddle certificate exists
    r"$(w_1 w_2 - 1)^2$ has a saddle point at $(1, 1)$",      # a global minimum (value 0), not a saddle
    r"$(w_1 w_2 - 1)^2$ has a local minimum at $(1, 1)$",     # true, but a minimum is never proved here
])
def test_no_saddle_certificate_means_undecided(text):
    result = check_claim(text, timeout=30)
    assert result.holds is None and not result.certificates


def test_a_certificate_at_another_point_is_not_used():
    # x^2 - y^2 has its saddle at 0 only; a claim about (1, 0) is not answered with it
    assert check_claim(r"$x^2 - y^2$ has a saddle point at $(1, 0)$", timeout=30).holds is None


@pytest.mark.parametrize("text", [
    r"$x^2 + y^2$ has a saddle point at $(0, 0, 1)$",
    r"$x^2 - y^2$ has a saddle point at $(a, 0)$",
])
def test_a_point_that_cannot_be_read_is_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text, timeout=30)


def test_the_web_page_renders_a_saddle_claim():
    from symconvex.web import _render_result

    result = check_claim(r"$(w_1 w_2 - 1)^2$ has a saddle point at $(0, 0)$", timeout=30)
    out = _render_result(result, family=False)
    assert out["holds"] is True and "saddle" in out["html"]
