"""A natural-domain constraint that holds everywhere (x^2 + 2x + 5 >= 0 for sqrt(x^2 + 2x + 5)) cuts nothing out:
its domain certificate is a ``factor`` step G = G * 1 with G > 0 shown by the sign rules (``convexsets._step``),
and a Hessian proof on all of R^n reads its pivots' signs by ranges and factors (``decompose._joint_version``),
as on any box. Each answer is backed by certificates the checker accepts."""

from __future__ import annotations

import copy

import pytest
import sympy as sp

from symconvex.check import verify_domain
from symconvex.certificates import to_tree
from symconvex.convexsets import prove_convex_domain
from symconvex.domain import Domain
from symconvex.errors import CertificateError
from answers import answered

x, y = sp.symbols("x y", real=True)


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("text, holds", [
    (r"$\sqrt{x^2 + 2x + 5}$ is convex", True),               # the norm of (x + 1, 2)
    (r"$\sqrt{x^2 + 2x + 5}$ is strictly convex", True),      # 4/(x^2 + 2x + 5)^{3/2} > 0
    (r"$\sqrt{x^2 - 4x + 13}$ is strictly convex on $\mathbb{R}$", True),
    (r"$\sqrt{(x+1)^2 + 4}$ is strictly convex", True),
    (r"$\sqrt{x^2 + y^2 + 2x + 5}$ is convex", True),
    (r"$\log(x^2 + 2x + 5)$ is convex", False),                # (2(4 - (x+1)^2))/(...)^2 < 0 far out
    (r"$\sqrt{x^2 + 2x + 5}$ is concave", False),
])
def test_functions_whose_natural_domain_is_everything(text, holds):
    assert answered(text).holds is holds


def test_the_domain_certificate_of_an_everywhere_positive_constraint():
    cert = prove_convex_domain(Domain.build((x,), [x ** 2 + 2 * x + 5 >= 0]))
    assert cert is not None and [s["rule"] for s in cert["steps"]] == ["factor"]
    assert verify_domain(cert) == "convex_set"
    forged = copy.deepcopy(cert)   # the same step for x^2 - 1 >= 0 (two half-lines): its multiplier is not > 0
    forged["domain"] = [["ge", to_tree(x ** 2 - 1), ["num", "0"]]]
    forged["steps"][0]["multiplier"] = to_tree(x ** 2 - 1)
    with pytest.raises(CertificateError):
        verify_domain(forged)
    assert prove_convex_domain(Domain.build((x,), [x ** 2 - 1 >= 0])) is None
