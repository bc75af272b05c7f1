"""``symconvex.search`` directly: sample points, the Hessian read off jets, candidate directions, kink crossings,
and the finders' certificates, whose stated values are checked against exact arithmetic here and accepted by the
checker."""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from symconvex.check import verify
from symconvex.domain import Domain
from symconvex.evaluation import precision
from symconvex.functions import relu, sigmoid
from symconvex.search import (Problem, _candidate_directions, _hessian_at, _kink_arguments, _kink_crossings,
                              find_curvature_point, find_midpoint, search)

F = Fraction
x, y = sp.symbols("x y", real=True)


def test_sample_points_lie_strictly_inside_the_domain():
    d = Domain.build((x, y), [x > 1, y < x])
    points = list(Problem(x * y, (x, y), d).sample_points(20))
    assert len(points) == 20 and len(set(points)) == 20
    assert all(p[0] > 1 and p[1] < p[0] for p in points)


def test_the_hessian_is_read_off_jets_exactly():
    with precision():
        H, pattern = _hessian_at(Problem(x ** 3 * y + x * y ** 2, (x, y), None), (F(1), F(2)))
    # f_xx = 6 x y = 12, f_xy = 3 x^2 + 2 y = 7, f_yy = 2 x = 2
    assert H == [[12, 7], [7, 2]] and pattern == []
    assert _hessian_at(Problem(relu(x), (x,), None), (F(0),)) is None  # on the kink: no Hessian


def test_candidate_directions_include_axes_sums_and_eigenvectors():
    dirs = _candidate_directions([[F(1), F(0)], [F(0), F(-1)]])
    assert dirs[:4] == [(1, 0), (0, 1), (1, 1), (1, -1)]
    assert len(dirs) == len(set(dirs))
    # the eigenvectors of [[2, 1], [1, 2]] are (1, 1) and (1, -1): proposed scaled by 4, 16 and 64
    extra = _candidate_directions([[F(2), F(1)], [F(1), F(2)]])[4:]
    assert {(abs(u[0]), abs(u[1])) for u in extra} == {(4, 4), (16, 16), (64, 64)}
    assert all(abs(u[0]) == abs(u[1]) for u in extra)


def test_kink_crossings_are_the_rational_zeros_of_affine_kink_arguments():
    problem = Problem(relu(1 - relu(x)) + abs(2 * x + 1), (x,), None)
    kinks = _kink_arguments(problem.tree)
    assert len(kinks) == 3
    with precision():
        ts = _kink_crossings(problem, kinks, (F(0),), (F(1),))
    assert sorted(ts) == [F(-1, 2), F(0), F(1)]


def test_find_midpoint_states_exact_values_that_the_checker_accepts():
    cert = find_midpoint(x * y, (x, y))
    a, b = [tuple(F(v) for v in p) for p in (cert.a, cert.b)]
    m = tuple((p + q) / 2 for p, q in zip(a, b))
    assert cert.values == {"f(a)": str(a[0] * a[1]), "f(b)": str(b[0] * b[1]), "f(m)": str(m[0] * m[1])}
    assert m[0] * m[1] > (a[0] * a[1] + b[0] * b[1]) / 2
    assert verify(cert) == "not_convex"


def test_find_midpoint_catches_the_kink_of_a_piecewise_linear_function():
    cert = find_midpoint(relu(1 - relu(x)), (x,))
    assert cert is not None and verify(cert) == "not_convex"


def test_find_curvature_point_states_the_sigmoid_curvature():
    cert = find_curvature_point(sigmoid(x), (x,))
    p, u = F(cert.point[0]), F(cert.direction[0])
    exact = sp.diff(1 / (1 + sp.exp(-x)), x, 2).subs(x, sp.Rational(p.numerator, p.denominator)) * u ** 2
    assert exact < 0 and abs(float(cert.second_derivative[1:]) - float(exact)) < 1e-15
    assert verify(cert) == "not_convex"


def test_find_curvature_point_respects_the_domain():
    d = Domain.build((x,), [x > 3])
    cert = find_curvature_point(x ** 3 - 12 * x ** 2, (x,), d)  # f'' = 6 x - 24 < 0 only for x < 4
    assert cert is not None and 3 < F(cert.point[0]) < 4 and verify(cert) == "not_convex"
    assert find_curvature_point(x ** 3, (x,), Domain.build((x,), [x > 0])) is None  # convex there


def test_search_decides_the_classic_examples():
    found: list = []
    assert search(x * y, (x, y), None, found) == ""
    assert sorted(verify(c) for c in found) == ["not_concave", "not_convex"]
    found = []
    assert search(x ** 2 + x * y + y ** 2, (x, y), None, found) == ""
    assert {verify(c) for c in found} == {"strictly_convex", "not_concave"}
    found = []
    assert search(sp.sin(x) * 0 + x, (x,), None, found) == ""
    assert {verify(c) for c in found} >= {"affine"}
