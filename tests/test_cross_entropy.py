"""The cross-entropy with a soft label, -[y log sigma(z) + (1 - y) log(1 - sigma(z))] for 0 < y < 1: the rules
prove it convex through two atom rows, log sigma(a) = -softplus(-a) (concave, increasing) and log(1 - sigma(a)) =
-softplus(a) (concave, decreasing), both < 0 on R. The rows are re-derived with SymPy here (identities with
softplus) and at exact points in tests/test_special_functions.py; the checker accepts the certificates and rejects
every one-number-tampered twin, and a certificate that names a row for another expression."""

from __future__ import annotations

import copy

import pytest
import sympy as sp

from symconvex import check_claim
from symconvex.atoms import ATOMS, RULE_TEMPLATES, Curvature, Monotonicity, Sign
from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.domain import Domain
from symconvex.errors import CertificateError
from symconvex.functions import sigmoid
from symconvex.rules import prove_by_rules
from marks import slow_except
from tampering import tampered_twins

a = sp.Symbol("a", real=True)
w, b = sp.symbols("w b", real=True)


def test_the_rows_are_minus_softplus_of_the_argument_and_its_negation():
    """log sigma(a) + log(1 + e^{-a}) = 0 and log(1 - sigma(a)) + log(1 + e^{a}) = 0 identically: so the rows are
    -softplus(-a) (concave, increasing) and -softplus(a) (concave, decreasing), negative everywhere."""
    s = 1 / (1 + sp.exp(-a))
    assert sp.simplify(sp.expand_log(sp.log(s) + sp.log(1 + sp.exp(-a)), force=True)) == 0
    assert sp.simplify(sp.expand_log(sp.log(1 - s) + sp.log(1 + sp.exp(a)), force=True)) == 0
    assert ATOMS["log_sigmoid"].curvature is Curvature.CONCAVE and ATOMS["log_sigmoid"].sign is Sign.NEGATIVE
    assert ATOMS["log_sigmoid"].monotone == (Monotonicity.INCREASING,)
    assert ATOMS["log_one_minus_sigmoid"].monotone == (Monotonicity.DECREASING,)
    assert RULE_TEMPLATES["log_one_minus_sigmoid"] == \
        ["log", ["add", ["num", "1"], ["mul", ["num", "-1"], ["sigmoid", "$0"]]]]


def _rules_certificate(f, variables):
    return prove_by_rules(f, tuple(variables), Domain.build(tuple(variables), []))


@pytest.mark.parametrize("y", slow_except([sp.Rational(3, 10), sp.Rational(1, 2), sp.Rational(9, 10)]))
def test_soft_label_cross_entropy_is_convex_in_weight_and_bias(y):
    z = 2 * w + b - 1
    f = -(y * sp.log(sigmoid(z)) + (1 - y) * sp.log(1 - sigmoid(z)))
    cert = _rules_certificate(f, [w, b])
    assert cert is not None and cert.proves == "convex"
    verify(from_json(cert.to_json()))
    twins = 0
    for _path, twin in tampered_twins(cert.to_dict()):
        twins += 1
        with pytest.raises(CertificateError):
            verify(from_json(twin))
    assert twins > 0


def _node_with_rule(node, rule):
    if isinstance(node, dict):
        if node.get("rule") == rule:
            return node
        for value in node.values():
            found = _node_with_rule(value, rule)
            if found is not None:
                return found
    elif isinstance(node, list):
        for value in node:
            found = _node_with_rule(value, rule)
            if found is not None:
                return found
    return None


def test_a_row_named_for_another_expression_is_rejected():
    """The node log(1 - sigma(u)) relabelled as log sigma(u)'s row, or its curvature claimed convex: rejected (the
    checker fills the row's template with the child and compares; it derives the curvature itself)."""
    f = -sp.log(1 - sigmoid(w - b))
    cert = _rules_certificate(f, [w, b]).to_dict()
    verify(from_json(copy.deepcopy(cert)))
    relabelled = copy.deepcopy(cert)
    _node_with_rule(relabelled, "log_one_minus_sigmoid")["rule"] = "log_sigmoid"
    with pytest.raises(CertificateError):
        verify(from_json(relabelled))
    claimed = copy.deepcopy(cert)
    _node_with_rule(claimed, "log_one_minus_sigmoid")["curvature"] = "convex"
    with pytest.raises(CertificateError):
        verify(from_json(claimed))


@pytest.mark.parametrize("text, holds", slow_except([
    (r"$-\frac{1}{4}\log\sigma(u) - \frac{3}{4}\log(1 - \sigma(u))$ is convex", True),
    (r"$-[y \log\sigma(w x + b) + (1 - y)\log(1 - \sigma(w x + b))]$ is convex in $w, b$ where $x = -3$ and "
     r"$y = 0.6$", True),
    (r"$\log(1 - \sigma(2t + 1))$ is concave", True),
    (r"$\log(1 - \sigma(t)) + \log \sigma(t)$ is convex", False),
], keep=(), several=True))
def test_cross_entropy_claims_are_decided_with_checked_certificates(text, holds):
    """All slow (each analysis also searches for strictness); the rules certificate itself is in the default run."""
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
