"""Soundness against ground truth: random functions whose curvature is known exactly, and the engine's answer
must never contradict it (an `unknown` is allowed; a wrong verdict is not)."""

import itertools

import pytest
import sympy as sp
from hypothesis import given, settings, strategies as st

from symconvex.analysis import Verdict, analyze
from symconvex.functions import relu
from marks import examples

x, y, z = sp.symbols("x y z")
small = st.integers(-3, 3)


def _psd(H) -> bool:
    """Positive semidefinite, exactly: every principal minor is >= 0."""
    n = H.shape[0]
    return all(H.extract(list(idx), list(idx)).det() >= 0
               for k in range(1, n + 1) for idx in itertools.combinations(range(n), k))


@settings(max_examples=40, deadline=None)
@given(st.lists(small, min_size=9, max_size=9))
@pytest.mark.slow  # a long property test
def test_quadratic_forms_are_classified_correctly(c):
    """f = quadratic form + linear part: convex iff H is PSD, concave iff -H is PSD (affine iff H = 0)."""
    vs = (x, y, z)
    f = sum(c[k] * a * b for k, (a, b) in enumerate(itertools.combinations_with_replacement(vs, 2))) \
        + c[6] * x + c[7] * y + c[8]
    if not f.free_symbols:
        return
    H = sp.hessian(f, vs)
    convex, concave = _psd(H), _psd(-H)
    verdict = analyze(f, list(vs)).curvature
    allowed = {
        Verdict.AFFINE: convex and concave,
        Verdict.CONVEX: convex, Verdict.CONCAVE: concave,
        Verdict.NEITHER: not convex and not concave,
        Verdict.NOT_CONVEX: not convex, Verdict.NOT_CONCAVE: not concave,
        Verdict.UNKNOWN: True,
    }
    assert allowed[verdict], (f, verdict)
    # quadratics are always decided: a Hessian proof or a curvature point exists
    assert verdict is not Verdict.UNKNOWN


@settings(max_examples=examples(40, default=10), deadline=None)
@given(st.lists(st.tuples(small, small, small), min_size=1, max_size=3), small)
def test_sums_of_weighted_relus_are_never_misclassified(terms, c):
    """g(x) = c x + sum_k a_k relu(b_k x + d_k) is piecewise linear; it is convex iff every kink bends upward
    (a_k b_k >= 0 where the kink exists), concave iff every one bends downward."""
    f = c * x + sum(a * relu(b * x + d) for a, b, d in terms)
    # the slope jumps by a |b| at x = -d/b; kinks at the same place add up, so only the net bend there counts
    by_place = {}
    for a, b, d in terms:
        if a != 0 and b != 0:
            by_place[sp.Rational(-d, b)] = by_place.get(sp.Rational(-d, b), 0) + a * abs(b)
    convex = all(v >= 0 for v in by_place.values())
    concave = all(v <= 0 for v in by_place.values())
    verdict = analyze(f, [x]).curvature
    allowed = {
        Verdict.AFFINE: convex and concave, Verdict.CONVEX: convex, Verdict.CONCAVE: concave,
        Verdict.NEITHER: not convex and not concave, Verdict.NOT_CONVEX: not convex,
        Verdict.NOT_CONCAVE: not concave, Verdict.UNKNOWN: True,
    }
    assert allowed[verdict], (f, verdict, by_place)
