"""The finders' own evaluator (``symconvex.evaluation``): its values, its stated decimals, and a differential test
against the checker's evaluator (``symconvex.check.evaluate``) on random trees and points: both must agree on
where a value exists, on exactness, on the value (equal rationals, overlapping enclosures), on the kink pattern,
and every value the finder states must be one the checker accepts."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
import sympy as sp

from symconvex import evaluation as ev
from symconvex.check.evaluate import evaluate as check_evaluate
from symconvex.check.evaluate import line_jets, value_at as check_value_at
from symconvex.check.numbers import endpoints as check_endpoints
from symconvex.check.numbers import interval_precision
from symconvex.check.stated import matches_stated
from symconvex.errors import CertificateError

F = Fraction
X, Y = ["var", "x"], ["var", "y"]


def num(q: str) -> list:
    return ["num", q]


def contains(x, exact) -> bool:
    """Does the finder's number x contain the real number ``exact`` (a SymPy number, to 80 digits)?"""
    lo, hi = ev.endpoints(x)
    q = sp.Rational(sp.N(exact, 80))
    eps = sp.Rational(1, 10 ** 75)
    return sp.Rational(lo.numerator, lo.denominator) <= q + eps and q - eps <= sp.Rational(hi.numerator, hi.denominator)


# ----------------------------------------------------------------------------------------- direct values

def test_polynomials_are_exact():
    f = ["add", ["mul", num("3"), ["pow", X, num("2")]], ["mul", num("-1/2"), X, Y], num("7")]
    assert ev.value_at(f, ("x", "y"), [F(2, 3), F(-3)]) == F(4, 3) + 1 + 7


def test_rational_roots_are_exact_and_others_are_balls():
    assert ev.value_at(["pow", X, num("3/2")], ("x",), [F(9, 4)]) == F(27, 8)
    assert ev.value_at(["pow", X, num("-2")], ("x",), [F(-1, 3)]) == 9
    big = F(3 ** 700, 7 ** 400)  # beyond a float estimate of the root: the integer root is exact
    assert ev.value_at(["pow", X, num("1/2")], ("x",), [big * big]) == big
    root2 = ev.value_at(["pow", X, num("1/2")], ("x",), [F(2)])
    assert not ev.is_exact(root2) and contains(root2, sp.sqrt(2))


@pytest.mark.parametrize("tree, x, exact", [
    (["exp", X], "1", sp.E), (["log", X], "3", sp.log(3)), (["sigmoid", X], "2", 1 / (1 + sp.exp(-2))),
    (["softplus", X], "-1", sp.log(1 + sp.exp(-1))), (["tanh", X], "1/2", sp.tanh(sp.Rational(1, 2))),
    (["sin", X], "1", sp.sin(1)), (["tan", X], "1", sp.tan(1)), (["cosh", X], "2", sp.cosh(2)),
    (["arcsin", X], "1/3", sp.asin(sp.Rational(1, 3))), (["arccosh", X], "2", sp.acosh(2)),
    (["artanh", X], "-1/2", sp.atanh(sp.Rational(-1, 2))), (["pi"], "0", sp.pi),
    (["erf", X], "1/3", sp.erf(sp.Rational(1, 3))), (["erfc", X], "2", sp.erfc(2)),
    (["gamma", X], "1/2", sp.sqrt(sp.pi)), (["digamma", X], "3/2", sp.polygamma(0, sp.Rational(3, 2))),
])
def test_transcendental_values_are_enclosed(tree, x, exact):
    value = ev.value_at(tree, ("x",), [F(x)])
    assert not ev.is_exact(value) and contains(value, exact)
    lo, hi = ev.endpoints(value)
    assert hi - lo < F(1, 10 ** 80)


def test_special_values_are_exact():
    assert [ev.value_at([op, X], ("x",), [F(0)]) for op in ("exp", "sigmoid", "sin", "cos", "tanh", "arctan")] == \
        [1, F(1, 2), 0, 1, 0, 0]
    assert ev.value_at(["log", X], ("x",), [F(1)]) == 0 and ev.value_at(["arccos", X], ("x",), [F(1)]) == 0


def test_jets_give_the_taylor_coefficients():
    # f = x^3 y along (1, 2) + t (1, -1): f(1 + t, 2 - t) = 2 + 5 t + 3 t^2 + O(t^3)
    jet, pattern = ev.jet_along(["mul", ["pow", X, num("3")], Y], ("x", "y"), [F(1), F(2)], [F(1), F(-1)])
    assert jet == (2, 5, 3) and ev.second_derivative(jet) == 6 and pattern == []
    # relu(x - y) + |x| at (1, 0) along (1, 1): both kinks on the positive side
    jet, pattern = ev.jet_along(["add", ["relu", ["add", X, ["mul", num("-1"), Y]]], ["abs", X]], ("x", "y"),
                                [F(1), F(0)], [F(1), F(1)])
    assert jet == (2, 1, 0) and pattern == [1, 1]


@pytest.mark.parametrize("tree, x", [
    (["log", X], "0"), (["pow", X, num("-1")], "0"), (["pow", X, num("1/2")], "-1/4"),
    (["artanh", X], "1"), (["arcsin", X], "2"), (["exp", X], "10001"),
])
def test_undefined_values_are_refused(tree, x):
    with pytest.raises(ev.Undefined):
        ev.value_at(tree, ("x",), [F(x)])


def test_derivatives_are_refused_on_a_kink_but_values_are_not():
    assert ev.value_at(["relu", X], ("x",), [F(0)]) == 0
    with pytest.raises(ev.Undefined):
        ev.jet_along(["relu", X], ("x",), [F(0)], [F(1)])
    with pytest.raises(ev.Undefined):
        ev.jet_along(["max", X, Y], ("x", "y"), [F(1), F(1)], [F(1), F(0)])


def test_stated_decimals_cover_the_enclosure_and_the_checker_reads_them():
    with ev.precision():
        third = ev.ball(F(1, 3))
        assert ev.stated(third) == "~3.3333333333333333333e-1"
        assert ev.stated(ev.value_at(["exp", X], ("x",), [F(1)])) == "~2.7182818284590452354"
        assert ev.stated(ev.value_at(["mul", num("-1000"), ["exp", X]], ("x",), [F(1)])) == "~-2.7182818284590452354e3"
        assert ev.stated(F(-7, 3)) == "-7/3"
    with interval_precision():
        from mpmath import iv
        assert matches_stated(iv.mpf(1) / 3, "~3.3333333333333333333e-1")


def test_a_ball_around_zero_cannot_be_stated():
    with ev.precision():
        zero = ev.value_at(["sin", ["pi"]], (), [])
        assert not ev.is_exact(zero) and ev.sign(zero) is None
        assert not ev.statable(zero)
        with pytest.raises(ev.Undefined):
            ev.stated(zero)


# ------------------------------------------------------------------------------- differential against the checker

UNARY = ("exp", "log", "sigmoid", "softplus", "tanh", "sin", "cos", "tan", "sinh", "cosh", "arctan", "arcsinh",
         "arcsin", "arccos", "arccosh", "artanh", "relu", "abs", "erf", "erfc", "gamma", "digamma", "trigamma")
SMALL = ("0", "1", "-1", "2", "1/2", "-1/2", "3", "-2/3", "1/4")


def random_tree(rng: random.Random, depth: int) -> list:
    """A random tree over x, y: sums, products, powers, the unary functions, kinks, max/min, constants."""
    if depth == 0 or rng.random() < 0.25:
        return rng.choice([X, Y, num(rng.choice(SMALL)), X, Y])
    kind = rng.random()
    if kind < 0.2:
        return ["add", random_tree(rng, depth - 1), random_tree(rng, depth - 1)]
    if kind < 0.4:
        return ["mul", random_tree(rng, depth - 1), random_tree(rng, depth - 1)]
    if kind < 0.5:
        return ["pow", random_tree(rng, depth - 1), num(rng.choice(("2", "3", "-1", "1/2", "3/2", "-2", "1/3")))]
    if kind < 0.55:
        return ["leaky_relu", random_tree(rng, depth - 1), num("1/10")]
    if kind < 0.62:
        return [rng.choice(("max", "min")), random_tree(rng, depth - 1), random_tree(rng, depth - 1)]
    return [rng.choice(UNARY), random_tree(rng, depth - 1)]


def _checker(tree, point, direction):
    """The checker's (coefficients, pattern) or None where it refuses."""
    try:
        with interval_precision():
            if direction is None:
                return (check_value_at(tree, ("x", "y"), point),), []
            jet, pattern = check_evaluate(tree, line_jets(("x", "y"), point, direction, 2), 2)
            return jet.c, pattern
    except CertificateError:
        return None


def _finder(tree, point, direction):
    try:
        if direction is None:
            return (ev.value_at(tree, ("x", "y"), point),), []
        return ev.jet_along(tree, ("x", "y"), point, direction)
    except ev.Undefined:
        return None


def _agree(a, b) -> bool:
    """Equal rationals, or overlapping enclosures (both contain the true value)."""
    if ev.is_exact(a) != isinstance(b, Fraction):
        return False
    if ev.is_exact(a):
        return a == b
    lo, hi = ev.endpoints(a)
    clo, chi = check_endpoints(b)
    return lo <= chi and clo <= hi


@pytest.mark.parametrize("seed", range(4))
def test_the_finder_and_the_checker_agree_on_random_trees(seed):
    rng = random.Random(seed)
    compared = decided = 0
    while compared < 150:
        tree = random_tree(rng, 4)
        point = [F(rng.choice(SMALL)) + F(rng.randint(-3, 3), 7) for _ in range(2)]
        direction = rng.choice([None, [F(rng.randint(-2, 2)), F(rng.randint(-2, 2))]])
        mine, theirs = _finder(tree, point, direction), _checker(tree, point, direction)
        compared += 1
        assert (mine is None) == (theirs is None), (tree, point, direction, mine, theirs)
        if mine is None:
            continue
        decided += 1
        assert mine[1] == theirs[1], (tree, point, direction)
        for a, b in zip(mine[0], theirs[0]):
            assert _agree(a, b), (tree, point, direction, a, b)
            if ev.statable(a):
                with interval_precision():
                    assert matches_stated(b, ev.stated(a)), (tree, point, direction, ev.stated(a))
    assert decided >= 60  # the comparison is not vacuous: most random trees have a value at the point


# ------------------------------------------------------------------------- a network's loss, read twice

def test_the_finders_loss_tree_of_a_spec_is_the_checkers():
    """Two readings of the spec format (``netsearch.loss_tree``, ``check.losstree.loss_tree``), written apart,
    give the same tree, so the kink patterns a finder states follow the checker's order."""
    from symconvex.check.losstree import loss_tree as checker_tree
    from symconvex.network import Network
    from symconvex.netsearch import loss_tree

    nets = [Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)]),
            Network([2, 3, 2], "leaky_relu:1/5", data=[((1, 2), (0, 1)), ((-1, 0), (1, 1))]),
            Network([2, 2, 1], "tanh", bias=False, loss="logistic", data=[((1, 0), 1), ((0, 1), 0)]),
            Network([1, 2, 2, 1], "softplus", loss="hinge", data=[(1, 1), (2, -1)])]
    for net in nets:
        assert loss_tree(net.spec) == checker_tree(net.spec)
