"""Where the finders look (red10): an interior point of a domain whose intervals hold no small grid value
(``Domain.interior_point`` places one by the bounds: [1, 2] -> 3/2), and curvature points far along an unbounded
direction (``search.find_far_points``: curvature that changes sign beyond the sample values, at v = 8 or x = 20/sqrt 3).
Each decided claim is re-verified from its certificates' JSON, and a far curvature certificate's one-number-tampered
twins are rejected."""

from __future__ import annotations

import pytest
import sympy as sp

from symconvex import analyze, check_claim
from symconvex.certificates import CurvatureCertificate, from_json
from symconvex.check import verify
from symconvex.domain import Domain
from tampering import accepted_twins, tampered_twins

x, y = sp.symbols("x y", real=True)
R = sp.Rational


def decided(text, expected):
    result = check_claim(text, timeout=60)
    assert result.holds is expected, (text, result.curvature, result.explanation)
    assert result.verified is True and result.certificates
    for cert in result.certificates:
        assert verify(from_json(cert.to_json())) == cert.statement
    return result


# ------------------------------------------------------------------ an interior point placed by the bounds

def test_interior_point_of_an_interval_without_grid_values_is_its_middle():
    assert Domain((x,), [x >= 1, x <= 2]).interior_point() == (R(3, 2),)
    assert Domain((x,), [x >= 5, x <= 6]).interior_point() == (R(11, 2),)
    p = Domain((x, y), [x >= 1, x <= 2, y > -4, y < -3]).interior_point()
    assert p == (R(3, 2), R(-7, 2))


def test_interior_point_near_an_irrational_end_is_tested_exactly():
    p = Domain((x,), [x > sp.pi, x < R(16, 5)]).interior_point()   # (pi, 3.2): 0.058 wide
    assert p is not None and sp.pi < p[0] < R(16, 5)


def test_interior_point_is_none_for_an_empty_interior():
    assert Domain((x,), [x >= 2, x <= 2]).interior_point() is None


def test_sign_power_on_an_interval_away_from_zero_is_its_smooth_piece():
    decided(r"$x|x|$ is concave on $[-3, -2]$", True)              # -x^2 there
    decided(r"$x \lvert x - 1 \rvert$ is convex on $5 \le x \le 6$", True)   # x^2 - x there
    decided(r"$x |x|$ is strictly convex for $x \in [1, 2]$", True)


def test_a_trigonometric_piece_between_grid_values():
    decided(r"$\sin x$ is convex on $[3.5, 6]$", True)              # sin < 0 on (pi, 2 pi)
    decided(r"$\cos x$ is concave on $[5, 6]$", True)               # cos > 0 on (3 pi / 2, 2 pi)


# ------------------------------------------------------------------ curvature far along unbounded directions

def test_curvature_changes_sign_far_along_a_half_line():
    result = decided(r"$\log x + \frac{5}{x}$ is convex on $x > 0$", False)   # f'' = (10 - x)/x^3
    (cert,) = [c for c in result.certificates if c.statement == "not_convex"]
    assert isinstance(cert, CurvatureCertificate) and sp.Rational(cert.point[0]) > 10


@pytest.mark.slow
def test_curvature_changes_sign_far_along_the_line():
    decided(r"$\frac{400 x^2}{400 + x^2}$ is convex", False)      # concave for |x| > 20/sqrt(3)
    decided(r"$\frac{400 x^2}{400 + x^2}$ is neither convex nor concave", True)


def test_a_loss_in_a_log_space_turns_concave_far_out():
    decided(r"$(\log(1 + p) - 1)^2$ is convex in $p$ on $p \ge 0$", False)   # f'' < 0 once log(1 + p) > 2


def test_far_points_keep_the_domain():
    a = analyze(sp.log(x) + 5 / x, domain=[x > 0, x < 9])            # convex on (0, 9]: f'' > 0 for x < 10
    assert a.curvature.value == "convex"


def test_a_far_curvature_certificate_rejects_every_tampered_twin():
    result = check_claim(r"$\log x + \frac{5}{x}$ is convex on $x > 0$", timeout=60)
    (cert,) = [c for c in result.certificates if c.statement == "not_convex"]
    assert verify(cert) == "not_convex"
    assert accepted_twins(tampered_twins(cert.to_json())) == []
