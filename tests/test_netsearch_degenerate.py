"""Networks whose loss does not depend on every weight (data at x = 0, no biases): the rules proof in the network
form, matched by the checker to its own forward pass of the spec (netsearch.prove_convexity)."""

import json

import pytest

from symconvex import Network, analyze, verify
from symconvex.certificates import from_json
from symconvex.errors import CertificateError


@pytest.mark.parametrize("activation", ["relu", "tanh", "identity"])
def test_constant_loss_is_affine(activation):
    # act(0 * w) = 0 for these activations, so the output is 0 and the loss is (0 - 1)^2 / 2 = 1/2 for every weight
    net = Network([1, 1, 1], activation, bias=False, data=[(0, 1)])
    a = analyze(net)
    assert a.curvature.value == "affine"
    assert a.is_convex is True and a.is_concave is True
    assert all(c.network is not None for c in a.certificates)   # about the spec, not an expression beside it
    # the affine proof, and (session 11) the flat segment of the unseen first layer: a constant is not strict
    assert "affine" in {verify(c) for c in a.certificates}
    assert {verify(c) for c in a.certificates} <= {"affine", "not_strictly_convex", "not_strictly_concave"}


def test_sigmoid_output_layer_only_is_convex():
    # sigma(0) = 1/2: the loss is (v / 2 - 1)^2 / 2, a convex function of the output weight alone
    a = analyze(Network([1, 1, 1], "sigmoid", bias=False, data=[(0, 1)]))
    assert a.is_convex is True
    assert "convex" in {verify(c) for c in a.certificates}


def test_deep_net_on_generic_data_gets_no_rules_proof():
    a = analyze(Network([1, 1, 1], "relu", bias=False, data=[(1, 1)]))
    assert a.is_convex is False
    assert all(verify(c) != "convex" for c in a.certificates)


def test_network_form_rules_certificate_tampered_is_rejected():
    a = analyze(Network([1, 1, 1], "sigmoid", bias=False, data=[(0, 1)]))
    cert = next(c for c in a.certificates if verify(c) == "convex")
    data = json.loads(cert.to_json())
    assert data["network"]["inputs"] == [["0"]]
    # the same certificate about data x = 1: the checker's own forward pass no longer matches the derivation
    data["network"]["inputs"] = [["1"]]
    with pytest.raises(CertificateError):
        verify(from_json(data))
