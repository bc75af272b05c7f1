"""Sums of squares for positive univariate polynomials (``sos``) and the Hessian proofs they make readable."""

import random

import pytest
import sympy as sp

from symconvex.certificates import to_tree
from symconvex.check import verify
from symconvex.check.signs import tree_sign
from symconvex.decompose import prove_by_hessian
from symconvex.sos import sos_form, sos_pivot

from tampering import accepted_twins, tampered_twins

x = sp.Symbol("x", real=True)
REALS = {"x": [None, False, None, False]}


@pytest.mark.parametrize("p", [
    x**4 + 2*x**2 - x + 1, 12*x**2 + 6*x + 2, 30*x**4 + 6*x + 2, x**4 - 4*x**3 + 6*x**2 - 4*x + 2,  # (x-1)^4 + 1
    100*x**8 - x**3 + 1,
])
def test_sos_form_is_p_and_reads_positive(p):
    form = sos_form(p, x)
    assert sp.expand(form - p) == 0
    assert tree_sign(to_tree(form), REALS, True) == "positive"


def test_random_positive_polynomials_get_exact_forms():
    """p = (sum of squares of random rational polynomials) + a positive constant is positive on R."""
    rng = random.Random(5)
    for _ in range(20):
        k = rng.randint(1, 3)
        p = sp.Rational(rng.randint(1, 9), rng.randint(1, 9))
        for _ in range(2):
            q = sum(sp.Rational(rng.randint(-5, 5), rng.randint(1, 4)) * x**i for i in range(k)) + x**k
            p += q**2
        form = sos_form(sp.expand(p), x)
        assert form is not None and sp.expand(form - p) == 0


@pytest.mark.parametrize("p", [x**2 - 1, (x - 1)**2, x**3 + 1, -x**2 - 1, x**4 - x])
def test_no_form_for_polynomials_that_are_not_positive_on_R(p):
    assert sos_form(sp.expand(p), x) is None


def test_sos_pivot_keeps_the_denominator():
    d = 2 - 2*x / (x**2 + 1)**2           # (arctan x + x^2)''
    better = sos_pivot(d)
    assert sp.simplify(better - d) == 0
    assert tree_sign(to_tree(better), REALS, True) == "positive"


@pytest.mark.parametrize("f, proves", [
    (x**4 + x**3 + x**2, "strictly_convex"),      # f'' = 12x^2 + 6x + 2
    (sp.atan(x) + x**2, "strictly_convex"),       # f'' = 2 - 2x/(1 + x^2)^2
    (-(x**6 + x**3 + x**2), "strictly_concave"),  # -f'' = 30x^4 + 6x + 2
    (sp.log(1 + x**4) + x**2, "strictly_convex"),  # f'' = (2x^8 - 4x^6 + 4x^4 + 12x^2 + 2)/(1 + x^4)^2
])
def test_hessian_proofs_with_sum_of_squares_pivots(f, proves):
    cert = prove_by_hessian(f, (x,), None, strict=True)
    assert cert is not None and cert.proves == proves
    assert verify(cert) == proves


def test_verify_rejects_every_one_number_change_of_a_sum_of_squares_proof():
    cert = prove_by_hessian(x**4 + x**3 + x**2, (x,), None, strict=True)
    data = cert.to_dict()
    assert "1/4" in str(data["D"])                # 12 (x + 1/4)^2 + 5/4
    twins = list(tampered_twins(data))
    assert any(path[0] == "D" for path, _ in twins)
    assert accepted_twins(twins) == []
