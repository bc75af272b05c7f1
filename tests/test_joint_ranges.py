"""The range of an affine argument from the domain's affine constraints in several variables
(``check.signs.affine_range``): on 0 <= x + y <= pi the argument x + y of sin ranges in [0, pi] although the
box bounds neither x nor y, so sin(x + y) is concave there by the composition rules. Each answer is backed by
certificates the checker accepts; the same derivation about a strip on which the argument leaves the span is
rejected."""

from __future__ import annotations

import json
from fractions import Fraction as F

import pytest

from symconvex.certificates import from_json, subject_digest
from symconvex.check import verify
from symconvex.check.constants import PiRational
from symconvex.check.signs import domain_affine_forms, affine_range
from symconvex.errors import CertificateError
from answers import answered
from tampering import tampered_twins


class _Cert:
    def __init__(self, variables, domain):
        self.variables, self.domain, self.parameters = variables, domain, ()


X_PLUS_Y = ["add", ["var", "x"], ["var", "y"]]
STRIP = [["ge", X_PLUS_Y, ["num", "0"]], ["le", X_PLUS_Y, ["pi"]]]
BOX = {"x": [None, False, None, False], "y": [None, False, None, False]}


def test_a_multiple_of_a_constrained_form_takes_its_range_from_the_constraints():
    forms = domain_affine_forms(_Cert(("x", "y"), STRIP))
    assert len(forms) == 2
    lo, los, hi, his = affine_range(X_PLUS_Y, BOX, forms)
    assert (lo, los, his) == (0, False, False) and hi == PiRational(0, 1)
    two = ["add", ["mul", ["num", "-2"], ["var", "x"]], ["mul", ["num", "-2"], ["var", "y"]], ["num", "1"]]
    lo, los, hi, his = affine_range(two, BOX, forms)   # -2(x + y) + 1 in [1 - 2 pi, 1]
    assert hi == 1 and lo == PiRational(1, -2) and not los and not his


def test_another_form_gets_no_range_from_them():
    forms = domain_affine_forms(_Cert(("x", "y"), STRIP))
    other = ["add", ["var", "x"], ["mul", ["num", "2"], ["var", "y"]]]
    assert affine_range(other, BOX, forms) == (None, False, None, False)


def test_a_strict_constraint_gives_an_open_end():
    strict = [["gt", ["add", ["var", "x"], ["mul", ["num", "-1"], ["var", "y"]]], ["num", "-1"]]]
    forms = domain_affine_forms(_Cert(("x", "y"), strict))
    form = ["add", ["var", "y"], ["mul", ["num", "-1"], ["var", "x"]]]    # y - x < 1
    assert affine_range(form, BOX, forms) == (None, False, F(1), True)


@pytest.mark.parametrize("text, holds", [
    (r"$\sin(x + y)$ is concave on $0 \le x + y \le \pi$", True),
    (r"$\sin(x+y)$ is strictly concave on $0 \le x + y \le \pi$", False),    # constant along x + y = c
    (r"$\cos(x - y)$ is concave on $-\frac{\pi}{2} \le x - y \le \frac{\pi}{2}$", True),
    (r"$\sin(2x + 2y)$ is concave on $x + y \ge 0$, $x + y \le 1$", True),   # 2x + 2y in [0, 2]
    (r"$\sin(x - 2y)$ is convex on $-\pi \le x - 2y \le 0$", True),         # sin <= 0 there
    (r"$\sin(x + y)$ is concave on $0 \le x + y \le 4$", False),            # sin < 0 past pi
    (r"$\sin(u + v + w)$ is concave on $0 < u + v + w < \pi$", True),
])
def test_trigonometric_functions_of_a_bounded_affine_form(text, holds):
    assert answered(text).holds is holds


def test_the_derivation_moved_to_a_wider_strip_is_rejected():
    result = answered(r"$\sin(x + y)$ is concave on $0 \le x + y \le \pi$")
    (cert,) = [c for c in result.certificates if c.kind == "rules"][:1]
    assert verify(cert) == "concave"
    data = json.loads(json.dumps(cert.to_dict()).replace(json.dumps(["pi"]), json.dumps(["num", "4"])))
    data["digest"] = subject_digest(data["variables"], data["function"], data.get("network"), data["domain"])
    with pytest.raises(CertificateError):
        verify(data)
    for _, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(from_json(twin))
