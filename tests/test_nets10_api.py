"""The Python API on small networks, as README's examples lead a user to write it (session 10, nets10 red team).

Each test states the mathematics: the verdict, and that the independent checker accepts every certificate about
the network asked (and rejects a one-number tamper).
"""

import json

import pytest
import sympy as sp

from symconvex import Network, analyze, check_claim, relu, verify
from symconvex.certificates import from_json as certificate_from_json
from symconvex.errors import CertificateError


def _verified(analysis):
    return sorted(verify(c) for c in analysis.certificates)


def test_seed_121_relu_net_is_neither_convex_nor_concave():
    a = analyze(Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)]))
    assert a.curvature.value == "neither"
    assert _verified(a) == ["not_concave", "not_convex"]


@pytest.mark.parametrize("activation", ["identity", "sigmoid", "tanh"])
def test_one_hidden_unit_nets_are_not_convex(activation):
    # (v act(w x + b) + c - y)^2 on one point: not convex in (w, b, v, c) for these activations
    a = analyze(Network([1, 1, 1], activation, data=[(1, 1)]))
    assert a.is_convex is False
    assert "not_convex" in _verified(a)


def test_no_hidden_layer_linear_output_is_convex():
    # (w x + b - y)^2 summed over two points: a convex quadratic in (w, b)
    a = analyze(Network([1, 1], "identity", data=[(1, 1), (2, 3)]))
    assert a.is_convex is True
    assert _verified(a) == ["convex", "not_concave"]   # and it curves up: not affine


def test_no_hidden_layer_logistic_loss_is_convex():
    a = analyze(Network([1, 1], "identity", loss="logistic", data=[(1, 1), (-1, 0)]))
    assert a.is_convex is True


def test_sympy_formula_of_a_relu_net_is_not_convex():
    w1, w2 = sp.symbols("w_1 w_2")
    a = analyze((w2 * relu(w1) - 1) ** 2)
    assert a.is_convex is False
    assert "not_convex" in _verified(a)


def test_claim_about_a_relu_net_formula_is_refuted_with_checked_certificate():
    claim = check_claim(r"$(w_2 \max(0, w_1 x) - y)^2$ with $x = 1$, $y = 1$ is convex in $w_1, w_2$")
    assert claim.holds is False
    assert claim.verified is True


@pytest.mark.parametrize("field, value", [("second_derivative", "-3"), ("direction", ["1", "2"]), ("value", "1/3")])
def test_tampered_network_certificate_is_rejected(field, value):
    # the honest twin: (v w - 1)^2 has d2/dt2 = -2 at 0 along (1, 1), and the checker accepts it
    a = analyze(Network([1, 1, 1], "identity", bias=False, data=[(1, 1)]))
    cert = next(c for c in a.certificates if verify(c) == "not_convex")
    data = json.loads(cert.to_json())
    assert verify(certificate_from_json(data)) == "not_convex"
    assert field in data and data[field] != value
    data[field] = value
    with pytest.raises(CertificateError):
        verify(certificate_from_json(data))
