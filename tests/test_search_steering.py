r"""A finder's proposal steers the search only once the checker accepts it (search._accepted): a case split that
proposes "strictly convex" for a function that is not convex must not stop the search for its refutation."""

from __future__ import annotations

import sympy as sp

from answers import answered
from symconvex.analysis import analyze
from symconvex.check import verify

w = sp.Symbol("w", real=True)


def test_a_rejected_piecewise_proposal_does_not_hide_the_refutation():
    # (w^2 - 1)^2 + |w| has f'' = 12 w^2 - 4 < 0 on 0 < |w| < 1/sqrt(3): f(-1) = f(0) = 1 < f(-1/2) = 17/16
    f = (w ** 2 - 1) ** 2 + sp.Abs(w)
    result = analyze(f)
    assert "not_convex" in result.facts and "convex" not in result.facts
    assert sorted(verify(c) for c in result.certificates) == ["not_concave", "not_convex"]


def test_a_double_well_with_a_kink_elsewhere_is_refuted_as_pasted():
    result = answered(r"$(v^2 - 4)^2 + 3|v - 5|$ is convex in $v$")
    assert result.holds is False and "not_convex" in result.facts


def test_accepted_piecewise_proofs_still_decide():
    assert answered(r"$|v|^3 + v^2$ is strictly convex").holds is True
    assert answered(r"$\max(v, 2) + \min(v, 2)$ is affine").holds is True
