"""check.intervaljets: the ball jets over a box enclose f, its gradient and its Hessian at every point of the box
(compared with SymPy's exact derivatives evaluated in 50 digits at random points), and operators are refused
where they are not C² on the box."""

from __future__ import annotations

import random
from fractions import Fraction

import mpmath
import pytest
import sympy as sp

from symconvex.certificates import to_tree
from symconvex.check.intervaljets import ball_precision, box_jet, exact_bounds, interval_ball
from symconvex.errors import CertificateError
from symconvex.functions import relu, sigmoid, softplus

x, y, z = sp.symbols("x y z", real=True)
FUNCTIONS = [
    sp.exp(x * y) - sp.log(1 + z ** 2) + sp.sqrt(x ** 2 + y ** 2 + 1),
    sp.acos(x / sp.sqrt(x ** 2 + y ** 2 + z ** 2)) * z + sp.tanh(x - y),
    sigmoid(x + 2 * y) * softplus(z - x) + 1 / (x + 3),
    relu(x + 2) * sp.sin(y) + sp.cos(x * z) + sp.atan(y * z) + sp.Max(x, y - 5),
    (x * y * z - 1) ** 3 + sp.asin(z / 2) + sp.asinh(x) + (x + 3) ** sp.Rational(3, 2),
]
BOX = [(Fraction(1, 4), Fraction(3, 8)), (Fraction(-1, 2), Fraction(-3, 8)), (Fraction(1, 2), Fraction(9, 16))]


def _reference(f):
    """f with sigmoid, softplus and relu written out (so SymPy differentiates and evaluates them)."""
    f = f.replace(sigmoid, lambda u: 1 / (1 + sp.exp(-u))).replace(softplus, lambda u: sp.log(1 + sp.exp(u)))
    return f.replace(relu, lambda u: sp.Max(0, u))


def _contains(ball, value) -> bool:
    lo, hi = exact_bounds(ball)
    v = Fraction(mpmath.nstr(value, 45))
    return lo - Fraction(1, 10 ** 40) <= v <= hi + Fraction(1, 10 ** 40)


@pytest.mark.parametrize("k", range(len(FUNCTIONS)))
@pytest.mark.parametrize("width", [Fraction(1), Fraction(1, 2 ** 24)], ids=["box", "narrow"])
def test_box_jets_enclose_value_gradient_and_hessian_everywhere_in_the_box(k, width):
    """On the box, and on a narrow box (2^-24 of it, where the enclosures are tight enough that a wrong rule
    would show)."""
    variables = (x, y, z)
    box = [(lo, lo + (hi - lo) * width) for lo, hi in BOX]
    with ball_precision():
        jet = box_jet(to_tree(FUNCTIONS[k]), ["x", "y", "z"], [interval_ball(lo, hi) for lo, hi in box])
    f = _reference(FUNCTIONS[k])
    gradient = [sp.diff(f, v) for v in variables]  # SymPy's derivatives, once for the six points
    hessian = {(i, j): sp.diff(gradient[i], variables[j]) for i in range(3) for j in range(i, 3)}
    rng = random.Random(k)
    for _ in range(6):
        point = {v: sp.Rational(rng.randint(0, 1000), 1000) * (hi - lo) + lo for v, (lo, hi) in zip(variables, box)}
        with mpmath.workdps(50):
            assert _contains(jet.v, sp.N(f.subs(point), 50))
            for i in range(3):
                assert _contains(jet.g.get(i, interval_ball(0, 0)), sp.N(gradient[i].subs(point), 50))
                for j in range(i, 3):
                    exact = sp.N(hessian[i, j].subs(point), 50)
                    assert _contains(jet.h.get((i, j), interval_ball(0, 0)), exact)


@pytest.mark.parametrize("f,message", [
    (sp.Abs(x - Fraction(5, 16)), "kink"), (sp.sqrt(x - Fraction(5, 16)), "positive"), (sp.acos(4 * x), "inside"),
    (sp.Max(x, z - Fraction(1, 8)), "largest"), (sp.log(y + Fraction(7, 16)), "positive"),
    (1 / (x - Fraction(5, 16)), "nonzero")])
def test_operators_are_refused_where_they_are_not_smooth_on_the_box(f, message):
    with ball_precision(), pytest.raises(CertificateError, match=message):
        box_jet(to_tree(f), ["x", "y", "z"], [interval_ball(lo, hi) for lo, hi in BOX])
