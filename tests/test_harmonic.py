"""Harmonic addition (a sin u + b cos u = R sin(u + phi)): the finder's form is the same function, the checker
re-derives the identity (``check.symbolic.is_zero``) and reads the sign of sin(u + phi) off the exact range of its
argument, so f'' = -(a sin x + b cos x) is signed on intervals where it vanishes at an end (pi ends kept exact)."""

from __future__ import annotations

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from answers import answered
from marks import SLOW, examples, slow_except
from symconvex.certificates import HessianCertificate, from_json
from symconvex.check import verify
from symconvex.check.symbolic import is_zero
from symconvex.errors import CertificateError
from symconvex.harmonic import harmonic_form
from tampering import tampered_twins

x = sp.Symbol("x", real=True)


@given(a=st.integers(-9, 9).filter(bool), b=st.integers(-9, 9).filter(bool), p=st.integers(1, 4),
       q=st.integers(-3, 3))
@settings(max_examples=examples(25, default=3), deadline=None)
def test_harmonic_form_is_the_same_function_with_radius_sqrt_a2_b2(a, b, p, q):
    u = p * x + q
    e = a * sp.sin(u) + b * sp.cos(u)
    form = harmonic_form(e)
    coeff, wave = form.as_independent(sp.sin, sp.cos)   # SymPy may write R sin(u + phi) as +-R cos(u + phi')
    assert isinstance(wave, (sp.sin, sp.cos)) and any(sp.expand(wave.args[0] - k * u).is_number for k in (1, -1))
    assert abs(coeff) == sp.sqrt(a * a + b * b)
    assert is_zero(form - e)   # the checker's own identity test: angle addition, then a literal 0
    assert sp.expand(sp.expand_trig(form - e)) == 0


def test_harmonic_form_leaves_other_sums_alone():
    assert harmonic_form(sp.sin(x) + sp.cos(2 * x)) is None
    assert harmonic_form(sp.sin(x) + x) is None
    assert harmonic_form(-sp.sin(x) - sp.cos(x)) == -sp.sqrt(2) * sp.sin(x + sp.pi / 4)


def test_is_zero_refuses_a_wrong_phase_or_radius():
    e = sp.sin(x) + sp.cos(x)
    assert is_zero(sp.sqrt(2) * sp.sin(x + sp.pi / 4) - e)
    assert not is_zero(sp.sqrt(2) * sp.sin(x + sp.pi / 3) - e)
    assert not is_zero(sp.sqrt(3) * sp.sin(x + sp.pi / 4) - e)


@pytest.mark.parametrize("claim, holds", slow_except([
    # f'' = -sqrt(2) sin(x + pi/4): < 0 on (-pi/4, 3pi/4), > 0 on (3pi/4, 7pi/4); 0 at the ends
    (r"$g(t) = \cos t + \sin t$ is strictly concave on $(-\frac{\pi}{4}, \frac{3\pi}{4})$", True),
    (r"$2\sin x + 2\cos x$ is concave up on $(\frac{3\pi}{4}, \frac{7\pi}{4})$", True),
    (r"$\cos x - \sin x$ is convex on $[\frac{\pi}{4}, \frac{5\pi}{4}]$", True),   # -sqrt(2) cos(x + pi/4)
    (r"$\sin x + \sqrt{3}\cos x$ is concave on $(-\frac{\pi}{3}, \frac{2\pi}{3})$", True),   # 2 sin(x + pi/3)
    # 3 sin x + 4 cos x = 5 sin(x + arctan(4/3)), arctan(4/3) ~ 0.927: concave while x + 0.927 in (0, pi)
    (r"$3\sin x + 4\cos x$ is strictly concave on $(-\frac{1}{2}, 2)$", True),
    (r"$3\sin x + 4\cos x$ is concave on $(0, \frac{5}{2})$", False),   # x + 0.927 passes pi at x ~ 2.21
    # sqrt(2) sin(2x + 1 - pi/4), f'' = -4 sqrt(2) sin(2x + 0.21...): > 0 while 2x + 0.21 in (pi, 2 pi)
    (r"$\sin(2x + 1) - \cos(2x + 1)$ is convex on $(\frac{3}{2}, 3)$", True),
    (r"$\sin(2x + 1) - \cos(2x + 1)$ is convex on $(1, 2)$", False),
    (r"$\sin x + \cos x$ is concave on $(0, \pi)$", False),
], keep=(0, 5), several=True))
def test_harmonic_sums_on_intervals_with_pi_ends(claim, holds):
    assert answered(claim).holds is holds


@SLOW
def test_harmonic_pivot_certificate_and_its_tampered_twins():
    result = answered(r"$\sin x - \cos x$ is concave on $(\frac{\pi}{4}, \frac{5\pi}{4})$")
    assert result.holds is True
    (cert,) = [c for c in result.certificates if isinstance(c, HessianCertificate)]
    assert any(f[0] in ("sin", "cos") for f in cert.D[0][1:])   # -sqrt(2) cos(x + pi/4), read off x + pi/4
    assert verify(from_json(cert.to_json())) in ("concave", "strictly_concave")
    count = 0
    for _, twin in tampered_twins(cert.to_dict()):
        count += 1
        with pytest.raises(CertificateError):
            verify(from_json(twin))
    assert count >= 4
