"""Log-concavity through compositions and parameters: the Gaussian CDF (log(c (1 + erf u)) = log c + log erfc(-u),
concave by the atom row ``log_erfc``), and densities whose exponents are parameters (a Hessian pivot written as
partial fractions in the variable, each term signed from the parameters' bounds). Each verdict is re-verified by the
checker; each new kind of proof has its one-number-tampered twins rejected."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest
import sympy as sp

from answers import answered
from marks import SLOW, slow_except
from symconvex.certificates import HessianCertificate, RulesCertificate, from_json
from symconvex.check import verify
from symconvex.check.symbolic import is_zero
from symconvex.check.signs import interval_sign, tree_range, tree_sign
from symconvex.errors import CertificateError
from tampering import tampered_twins

x = sp.Symbol("x", real=True)
UNBOUNDED = {"x": [None, False, None, False]}


def _rejects_every_twin(cert) -> int:
    count = 0
    for _, twin in tampered_twins(cert.to_dict()):
        count += 1
        with pytest.raises(CertificateError):
            verify(from_json(twin))
    return count


def _derivation_rules(node) -> set:
    return {node["rule"]} | {r for c in node.get("children", []) for r in _derivation_rules(c)}


# ------------------------------------------------------------------------------------------ erf ranges (checker)

def test_erf_and_erfc_ranges_have_open_ends():
    phi = ["add", ["num", "1/2"], ["mul", ["num", "1/2"], ["erf", ["var", "x"]]]]   # Phi(x sqrt 2) in (0, 1)
    assert tree_range(phi, UNBOUNDED) == (Fraction(0), True, Fraction(1), True)
    assert interval_sign(phi, UNBOUNDED) == "unknown"   # a closed enclosure cannot exclude 0 ...
    assert tree_sign(phi, UNBOUNDED, False) == "positive"   # ... the open range does
    survival = ["add", ["num", "2"], ["mul", ["num", "-1"], ["erfc", ["var", "x"]]]]   # 2 - erfc = erfc(-x)
    assert tree_range(survival, UNBOUNDED) == (Fraction(0), True, Fraction(2), True)
    # on a bounded box the ends are erf's enclosures at the ends: erf(1) < 0.8427 < 1
    lo, lo_strict, hi, hi_strict = tree_range(["erf", ["var", "x"]], {"x": [Fraction(0), False, Fraction(1), False]})
    assert lo == 0 and not lo_strict and Fraction(84, 100) < hi < Fraction(85, 100)
    # erf(x / sqrt 2): the power of a number > 0 keeps the tree defined on R, so its range is read
    scaled = ["add", ["num", "1"], ["erf", ["mul", ["pow", ["num", "2"], ["num", "-1/2"]], ["var", "x"]]]]
    assert tree_sign(scaled, UNBOUNDED, False) == "positive"
    # a log inside: the range is not read (tree_sign's signs hold where the tree is defined on the whole box)
    assert tree_sign(["add", ["num", "1"], ["erf", ["log", ["var", "x"]]]], UNBOUNDED, False) == "unknown"
    # 1/2 + erf(x) can be negative: no sign
    assert tree_sign(["add", ["num", "1/2"], ["erf", ["var", "x"]]], UNBOUNDED, False) == "unknown"


def test_is_zero_reads_erfc_as_one_minus_erf():
    z = sp.sqrt(2) * x / 2
    assert is_zero(sp.log(sp.erf(z) / 2 + sp.Rational(1, 2)) - sp.log(sp.erfc(-z)) + sp.log(2))
    assert not is_zero(sp.log(sp.erf(z) / 2 + sp.Rational(1, 2)) - sp.log(sp.erfc(-z)) + sp.log(3))
    assert not is_zero(sp.log(sp.erf(z) / 2 + sp.Rational(1, 2)) - sp.log(sp.erfc(z)) + sp.log(2))


# ------------------------------------------------------------------------------------------ the Gaussian CDF

@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("claim, holds", slow_except([
    (r"The standard normal CDF $F(t) = \frac{1 + \operatorname{erf}(t / \sqrt{2})}{2}$ is log-concave", True),
    (r"$\frac{1}{2} + \frac{1}{2}\operatorname{erf}(3x - 1)$ is log-concave in $x$", True),
    (r"$1 - \operatorname{erf}(2x + 5)$ is log-concave", True),             # = erfc(2x + 5)
    (r"$\log(1 + \operatorname{erf}(x))$ is concave", True),
    (r"$\frac{1 + \operatorname{erf}(x)}{2}$ is log-convex", False),
    (r"$\frac{1 + \operatorname{erf}(x)}{2}$ is concave", False),           # convex for x < 0
    (r"$\log(2 + \operatorname{erf}(x))$ is concave", False),               # (log g)'' > 0 far left
], keep=(0, 4), several=True))
def test_gaussian_cdf_family(claim, holds):
    assert answered(claim).holds is holds


def test_gaussian_cdf_certificate_is_a_rewrite_to_log_erfc_and_its_twins_fail():
    result = answered(r"$\frac{1 + \operatorname{erf}(x)}{2}$ is log-concave")
    (cert,) = [c for c in result.certificates if isinstance(c, RulesCertificate)]
    assert cert.proves == "concave" and {"rewrite", "log_erfc"} <= _derivation_rules(cert.derivation)
    assert verify(from_json(cert.to_json())) == "concave"
    assert _rejects_every_twin(cert) >= 5


# ------------------------------------------------------------------------------------------ parameters

@pytest.mark.parametrize("claim, holds", slow_except([
    # (log f)'' = -p/(x - 1)^2 - q/(x - 3)^2 <= 0 for p, q >= 0
    (r"$(x - 1)^{p} (3 - x)^{q}$ is log-concave in $x$ on $(1, 3)$ for $p \ge 0$, $q \ge 0$", True),
    (r"$x^{a}(2 - x)^{b}$ is log-concave in $x$ on $(0, 2)$ for $a \ge 0$, $b \ge 0$", True),
    (r"$x^{a-1}(1-x)^{b-1}$ is log-convex in $x$ on $(0, 1)$ for $a \le 1$, $b \le 1$", True),
    (r"$x^{a-1}(1-x)^{b-1}$ is log-concave in $x$ on $(0, 1)$ for $a > 0$, $b > 0$", False),   # a = 1/2
    (r"$x^{k-1} e^{-x^k}$ is log-concave in $x$ on $x > 0$ for $k \ge 1$", True),   # Weibull
], keep=(3,), several=True))
def test_parametric_density_family(claim, holds):
    assert answered(claim).holds is holds


@SLOW
def test_parametric_pivot_in_partial_fractions_and_its_twins_fail():
    result = answered(r"$x^{s}(1 - x)^{t}$ is log-concave in $x$ on $(0, 1)$ for $s \ge 0$, $t \ge 0$")
    assert result.holds is True
    (cert,) = [c for c in result.certificates if isinstance(c, HessianCertificate)]
    assert cert.parameters == ("s", "t") and cert.proves == "concave"
    assert cert.D[0][0] == "add"   # s/x^2 + t/(x - 1)^2: one term per pole
    # the pivot vanishes at s = t = 0 (a closed end of the parameters): shown as >= 0, the fact that holds there
    assert "each ≥ 0 on the domain" in cert.summary() and "> 0" not in cert.summary()
    assert cert.positive_inside_only(0) and not dataclasses.replace(cert, proves="strictly_concave").positive_inside_only(0)
    assert verify(from_json(cert.to_json())) == "concave"
    assert _rejects_every_twin(cert) >= 5
