"""The checker's operator table (``check.evaluate.OPERATORS``), row by row: each operator's value, first and second
derivative along a line enclose the true ones (SymPy, 60 digits) at exact points, are exact where the table says
they are, and are refused outside the operator's domain; the box walk (``check.intervaljets``) on the same table
encloses the same numbers on a small ball around each point. The walk is iterative (a deep tree costs no stack)."""

from __future__ import annotations

from fractions import Fraction as F

import pytest
import sympy as sp
from mpmath import iv

from symconvex.certificates import OPERATORS as WHITELIST
from symconvex.check.evaluate import OPERATORS, evaluate, line_jets, operator, value_at
from symconvex.check.special import ROWS
from symconvex.check.intervaljets import ball_precision, box_jet, exact_bounds, interval_ball, to_ball
from symconvex.check.numbers import Jet, endpoints, interval_precision
from symconvex.errors import CertificateError

t = sp.Symbol("t", real=True)
#: operator -> (SymPy function, a point inside its domain)
REFERENCE = {
    "exp": (sp.exp, F(1, 3)), "log": (sp.log, F(5, 2)), "sigmoid": (lambda x: 1 / (1 + sp.exp(-x)), F(-2, 3)),
    "softplus": (lambda x: sp.log(1 + sp.exp(x)), F(3, 4)), "tanh": (sp.tanh, F(1, 5)), "sin": (sp.sin, F(7, 5)),
    "cos": (sp.cos, F(-2, 7)), "tan": (sp.tan, F(1, 2)), "sinh": (sp.sinh, F(-3, 2)), "cosh": (sp.cosh, F(5, 4)),
    "arctan": (sp.atan, F(-4, 3)), "arcsinh": (sp.asinh, F(-5, 2)), "arcsin": (sp.asin, F(2, 3)),
    "arccos": (sp.acos, F(-1, 4)), "arccosh": (sp.acosh, F(9, 4)), "artanh": (sp.atanh, F(-1, 3)),
    "erf": (sp.erf, F(-3, 5)), "erfc": (sp.erfc, F(7, 4)), "gamma": (sp.gamma, F(5, 3)),
    "digamma": (lambda x: sp.polygamma(0, x), F(2, 7)), "trigamma": (lambda x: sp.polygamma(1, x), F(9, 5)),
}
#: operator -> (point, exact jet (h, h', h''/2) along t -> point + t)
EXACT = {
    "exp": (0, (1, 1, F(1, 2))), "log": (1, (0, 1, F(-1, 2))), "sigmoid": (0, (F(1, 2), F(1, 4), 0)),
    "tanh": (0, (0, 1, 0)), "sin": (0, (0, 1, 0)), "cos": (0, (1, 0, F(-1, 2))), "tan": (0, (0, 1, 0)),
    "sinh": (0, (0, 1, 0)), "cosh": (0, (1, 0, F(1, 2))), "arctan": (0, (0, 1, 0)), "arcsinh": (0, (0, 1, 0)),
    "arcsin": (0, (0, 1, 0)), "artanh": (0, (0, 1, 0)),
}


@pytest.fixture(autouse=True)
def _precision():
    with interval_precision(), ball_precision():
        yield


def _tight(lo: F, hi: F, exact) -> bool:
    """[lo, hi] contains the real number ``exact`` (60 digits) and is narrower than 10^-50."""
    x = F(str(sp.Rational(sp.N(exact, 70))))
    return lo - F(1, 10 ** 60) <= x <= hi + F(1, 10 ** 60) and hi - lo < F(1, 10 ** 50)


def _derivatives(name, x0):
    f = REFERENCE[name][0](t)
    return [sp.diff(f, t, k).subs(t, sp.Rational(x0.numerator, x0.denominator)) for k in range(3)]


def test_the_table_has_a_row_for_every_smooth_operator_of_the_certificate_format():
    rules_of_the_walk = {"num", "var", "pi", "add", "mul", "pow", "relu", "leaky_relu", "abs", "max", "min"}
    special = {name for name, row in ROWS.items() if row["slopes"] is not None}  # psi_2, psi_3: helpers only
    assert not set(OPERATORS) & special
    assert set(OPERATORS) | special == set(WHITELIST) - rules_of_the_walk == set(REFERENCE)


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_each_operator_encloses_its_value_and_both_derivatives_along_a_line(name):
    x0 = REFERENCE[name][1]
    jet, pattern = evaluate([name, ["var", "x"]], line_jets(["x"], [x0], [F(1)], 2), 2)
    h0, h1, h2 = _derivatives(name, x0)
    assert pattern == []
    assert _tight(*endpoints(jet.c[0]), h0) and _tight(*endpoints(jet.c[1]), h1)
    assert _tight(*endpoints(jet.second_derivative()), h2)


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_each_operator_on_a_small_ball_encloses_the_same_numbers(name):
    x0 = REFERENCE[name][1]
    ball = interval_ball(x0 - F(1, 2 ** 80), x0 + F(1, 2 ** 80))
    jet = box_jet([name, ["var", "x"]], ["x"], [ball])
    x = sp.Rational(x0.numerator, x0.denominator)
    for k, enclosure in enumerate((jet.v, jet.g[0], jet.h[(0, 0)])):
        lo, hi = exact_bounds(enclosure)
        exact = F(str(sp.Rational(sp.N(sp.diff(REFERENCE[name][0](t), t, k).subs(t, x), 70))))
        assert lo - F(1, 10 ** 60) <= exact <= hi + F(1, 10 ** 60) and hi - lo < F(1, 10 ** 15)


@pytest.mark.parametrize("name", sorted(EXACT))
def test_the_jets_are_exact_at_the_rational_points_of_the_table(name):
    x0, expected = EXACT[name]
    jet, _ = evaluate([name, ["var", "x"]], line_jets(["x"], [F(x0)], [F(1)], 2), 2)
    assert jet.c == tuple(F(c) for c in expected) and all(isinstance(c, F) for c in jet.c)


def test_softplus_has_exact_slopes_at_zero_and_an_enclosed_log_2():
    jet, _ = evaluate(["softplus", ["var", "x"]], line_jets(["x"], [F(0)], [F(1)], 2), 2)
    assert jet.c[1:] == (F(1, 2), F(1, 8)) and _tight(*endpoints(jet.c[0]), sp.log(2))


def test_gamma_at_positive_integers_erf_and_erfc_at_zero_are_exact():
    assert [value_at(["gamma", ["num", str(n)]], [], []) for n in (1, 2, 3, 7)] == [1, 1, 2, 720]
    assert value_at(["erf", ["num", "0"]], [], []) == 0 and value_at(["erfc", ["num", "0"]], [], []) == 1
    jet, _ = evaluate(["gamma", ["var", "x"]], line_jets(["x"], [F(1)], [F(1)], 2), 2)  # Gamma'(1) = -gamma_E
    assert jet.c[0] == 1 and _tight(*endpoints(jet.c[1]), -sp.EulerGamma)
    assert _tight(*endpoints(jet.second_derivative()), sp.EulerGamma ** 2 + sp.pi ** 2 / 6)


def test_arccos_at_minus_one_and_arcsin_at_one_are_pi_and_half_pi():
    assert _tight(*endpoints(value_at(["arccos", ["num", "-1"]], [], [])), sp.pi)
    assert _tight(*endpoints(value_at(["arcsin", ["num", "1"]], [], [])), sp.pi / 2)
    assert value_at(["arccosh", ["num", "1"]], [], []) == 0 and value_at(["arccos", ["num", "1"]], [], []) == 0


@pytest.mark.parametrize("name, boundary, outside, value_at_boundary", [
    ("log", "0", "-1", False), ("artanh", "1", "2", False), ("arcsin", "1", "3/2", True),
    ("arccos", "-1", "-5/4", True), ("arccosh", "1", "1/2", True), ("gamma", "0", "-1/2", False),
    ("digamma", "0", "-3/2", False), ("trigamma", "0", "-1/3", False)])
def test_each_domain_condition_is_enforced_and_strict_for_derivatives(name, boundary, outside, value_at_boundary):
    x = ["var", "x"]
    with pytest.raises(CertificateError, match=f"{name}: cannot show"):
        value_at([name, x], ["x"], [F(outside)])
    for order, interior in ((0, True), (2, False)):  # derivatives, or an interior point: strictly inside
        with pytest.raises(CertificateError, match=f"{name}: cannot show"):
            evaluate([name, x], line_jets(["x"], [F(boundary)], [F(1)], order), order, interior=interior)
    if value_at_boundary:
        value_at([name, x], ["x"], [F(boundary)])
    else:
        with pytest.raises(CertificateError, match=f"{name}: cannot show"):
            value_at([name, x], ["x"], [F(boundary)])
    ball = interval_ball(F(boundary) - F(1, 8), F(boundary) + F(1, 8))  # a box across the boundary
    with pytest.raises(CertificateError, match=f"{name}: cannot show .* on the box"):
        box_jet([name, x], ["x"], [ball])


@pytest.mark.parametrize("name", sorted(n for n in REFERENCE if operator(n).capped))
def test_each_capped_operator_refuses_a_huge_argument(name):
    with pytest.raises(CertificateError, match=f"{name}: the argument 10001 exceeds 10000"):
        value_at([name, ["num", "10001"]], [], [])
    with pytest.raises(CertificateError, match=f"{name}: the argument .* is not shown within 10000"):
        box_jet([name, ["var", "x"]], ["x"], [interval_ball(F(10001), F(10002))])


def test_sin_and_cos_of_an_enclosure_wider_than_two_pi_are_minus_one_to_one():
    for name in ("sin", "cos"):
        jet, _ = evaluate([name, ["var", "x"]], {"x": Jet(iv.mpf([-4, 4]))}, 0)
        assert endpoints(jet.v) == (F(-1), F(1))


def test_cosh_of_an_interval_across_zero_is_its_exact_range():
    jet, _ = evaluate(["cosh", ["var", "x"]], {"x": Jet(iv.mpf([-1, 2]))}, 0)  # [1, cosh 2]
    lo, hi = endpoints(jet.v)
    assert lo == 1 and _tight(hi, hi + F(1, 10 ** 60), sp.cosh(2))


def test_powers_follow_the_power_rule_exactly():
    # (p + t)^(3/2) at p = 4: 8, (3/2) 2 = 3, (3/4)(1/2) / 2 = 3/16
    jet, _ = evaluate(["pow", ["var", "x"], ["num", "3/2"]], line_jets(["x"], [F(4)], [F(1)], 2), 2)
    assert jet.c == (F(8), F(3), F(3, 16))
    jet, _ = evaluate(["pow", ["var", "x"], ["num", "-2"]], line_jets(["x"], [F(2)], [F(1)], 2), 2)
    assert jet.c == (F(1, 4), F(-1, 4), F(3, 16))  # x^-2: 1/4, -2/8, 6/16 / 2


def test_a_deep_tree_is_walked_without_recursion():
    tree = ["var", "x"]
    for _ in range(20000):
        tree = ["add", tree, ["num", "1"]]
    assert value_at(tree, ["x"], [F(1)]) == 20001
    jet, _ = evaluate(tree, line_jets(["x"], [F(1)], [F(1)], 2), 2)
    assert jet.c == (F(20001), F(1), F(0))


def test_the_box_walk_caps_its_nodes():
    tree = ["var", "x"]
    for _ in range(200_001):
        tree = ["add", tree, ["num", "1"]]
    with pytest.raises(CertificateError, match="too many nodes"):
        box_jet(tree, ["x"], [interval_ball(F(0), F(1))], order=0)


def test_the_line_walk_and_the_box_walk_agree_on_random_trees():
    """Both backends walk the same table: where the box walk accepts a tiny ball around p, the line walk accepts p
    and its value, slope and second derivative along u lie in the box's f, ∇f·u and uᵀ∇²f u (the box encloses
    them at p)."""
    import random

    rng = random.Random(13)
    names = sorted(REFERENCE)  # the table and the special rows
    checked = 0
    for _ in range(60):
        def leaf():
            return ["add", ["mul", ["num", f"{rng.randint(-3, 3)}/{rng.randint(1, 4)}"], ["var", rng.choice("xy")]],
                    ["num", f"{rng.randint(-4, 4)}/{rng.randint(2, 5)}"]]
        tree = ["add", [rng.choice(names), leaf()], ["mul", [rng.choice(names), leaf()], leaf()]]
        p, u = [F(rng.randint(-5, 5), 7), F(rng.randint(-5, 5), 9)], [F(1), F(rng.randint(-2, 2))]
        balls = [interval_ball(c - F(1, 2 ** 90), c + F(1, 2 ** 90)) for c in p]
        try:
            box = box_jet(tree, ["x", "y"], balls)
        except CertificateError:
            continue
        jet, _ = evaluate(tree, line_jets(["x", "y"], p, u, 2), 2)
        slope = box.g.get(0, 0) * to_ball(u[0]) + box.g.get(1, 0) * to_ball(u[1])
        curve = sum((box.h.get((i, j), 0) * to_ball(u[i] * u[j]) * (1 if i == j else 2)
                     for i in range(2) for j in range(i, 2)), to_ball(F(0)))
        for line, ball in ((jet.c[0], box.v), (jet.c[1], slope), (jet.second_derivative(), curve)):
            (lo, hi), (blo, bhi) = endpoints(line), exact_bounds(ball)
            assert blo <= hi and lo <= bhi and bhi - blo < F(1, 10 ** 15)  # tight enough to tell
        checked += 1
    assert checked >= 20
