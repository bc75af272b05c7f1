"""The log of a product read term by term (``rewrites.find_log_of_product``): a ``rewrite`` node the checker
re-verifies (the identity by SymPy on the domain, every factor > 0 there)."""

import sympy as sp

from symconvex.check import verify
from symconvex.rules import prove_by_rules

from tampering import accepted_twins, tampered_twins

x = sp.Symbol("x", real=True)


def test_log_of_the_laplace_density_is_concave():
    f = sp.log(sp.exp(-sp.Abs(x)) / 2)        # e^{-|x|}/2 is not concave; its log -|x| - log 2 is
    cert = prove_by_rules(f, (x,), None)
    assert cert is not None and cert.proves == "concave"
    assert cert.derivation["rule"] == "rewrite"
    assert verify(cert) == "concave"
    assert accepted_twins(tampered_twins(cert.to_dict())) == []


def test_log_of_a_product_of_positive_factors_on_a_half_line():
    f = sp.log(3 * x**2 * sp.exp(-sp.Abs(x)))  # 2 log x - |x| + log 3 on x > 0
    cert = prove_by_rules(f, (x,), [x > 0])
    assert cert is not None and cert.proves == "concave" and verify(cert) == "concave"


def test_no_rewrite_when_a_factor_is_not_positive():
    """x e^{-|x|} on all of R: x changes sign, so log(x e^{-|x|}) is not log x - |x| (nor defined): no proof."""
    assert prove_by_rules(sp.log(x * sp.exp(-sp.Abs(x))), (x,), None) is None
