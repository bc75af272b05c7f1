"""Hessian proofs on a closed domain that is more than a box (``check.hessian``: pivot signs read on the closed
domain, boundary included, with its conditions as stated). A closed interval with irrational ends, [0, sqrt(3)] or
[-1/sqrt(3), 1/sqrt(3)], is read with the polynomial condition it implies (x^2 <= 3, x^2 <= 1/3), which the sign
rules read; the pivot is then >= 0 at every point of the domain, so f is concave along every segment in it. Each
answer is backed by certificates the checker accepts; the same proof with an end moved to where the claim is false,
and every tampered twin, is rejected."""

from __future__ import annotations

import json

import pytest

from symconvex.certificates import from_json, subject_digest
from symconvex.check import verify
from symconvex.errors import CertificateError
from answers import answered
from tampering import tampered_twins


@pytest.mark.parametrize("text, holds", [
    (r"$\frac{1}{1 + x^2}$ is concave on $-\frac{1}{\sqrt{3}} \le x \le \frac{1}{\sqrt{3}}$", True),
    (r"$\frac{1}{1 + x^2}$ is strictly concave on $\left[-\frac{1}{\sqrt{3}}, \frac{1}{\sqrt{3}}\right]$", True),
    (r"$\frac{x}{x^2 + 1}$ is concave on $[0, \sqrt{3}]$", True),                # f'' = 2x(x^2 - 3)/(x^2+1)^3
    (r"$\frac{x}{x^2+1}$ is strictly concave on $[0, \sqrt{3}]$", True),
    (r"$e^{-x^2}$ is concave on $[-\frac{1}{\sqrt{2}}, \frac{1}{\sqrt{2}}]$", True),   # (4x^2 - 2) e^{-x^2}
    (r"$x^4 - 6x^2$ is concave on $[-\sqrt{2}, \sqrt{2}]$", False),             # 12x^2 - 12 > 0 past 1
    (r"$\frac{1}{1 + x^2}$ is concave on $-\frac{1}{\sqrt{2}} \le x \le \frac{1}{\sqrt{2}}$", False),
])
def test_closed_intervals_with_irrational_ends(text, holds):
    assert answered(text).holds is holds


def test_the_proof_with_an_end_moved_and_its_tampered_twins_are_rejected():
    result = answered(r"$\frac{x}{x^2 + 1}$ is concave on $[0, \sqrt{3}]$")
    (cert,) = [c for c in result.certificates if c.kind == "hessian"]
    assert cert.proves in ("concave", "strictly_concave")
    assert any("sign_by" in e for e in cert.pivot_signs)
    text = json.dumps(cert.to_dict())
    moved = json.loads(text.replace(json.dumps(["pow", ["num", "3"], ["num", "1/2"]]), json.dumps(["num", "2"]))
                       .replace('"le", ["pow", ["var", "x"], ["num", "2"]], ["num", "3"]',
                                '"le", ["pow", ["var", "x"], ["num", "2"]], ["num", "4"]'))
    assert moved["domain"] != cert.to_dict()["domain"]
    moved["digest"] = subject_digest(moved["variables"], moved["function"], moved.get("network"), moved["domain"])
    with pytest.raises(CertificateError):
        verify(from_json(json.dumps(moved)))
    for _, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(from_json(twin))
