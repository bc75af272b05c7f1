"""Family claims (``families``) about part of the weights: one layer's weights with the others fixed are answered
in that layer ("the loss of a ReLU network is convex in the last layer weights" holds: least squares in those
weights for fixed hidden ones; it was once refuted about all the weights), and claims about the network's input or
the biases alone are refused in one line ("a ReLU network with nonnegative output weights is convex in its input"
was once refuted about the loss in the weights)."""

import pytest

from symconvex.claims import check_claim
from symconvex.errors import ClaimError


@pytest.mark.parametrize("text", [
    "a relu network is convex in the biases",
    "a relu network with positive output weights is convex in the input",
    "a relu network is convex in its inputs",
])
def test_a_claim_about_the_input_or_the_biases_alone_is_refused(text):
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("text, part", [
    ("the loss of a tanh network is convex in the output layer weights", "last layer's weights"),
    ("the squared loss of a relu network is convex in the second layer weights", "last layer's weights"),
    ("a sigmoid network with the first layer frozen is convex", "last layer's weights"),
    ("a linear network is convex in each layer separately", "one layer's weights"),
])
def test_a_claim_about_one_layer_is_proved_in_that_layer_not_refuted_in_all_weights(text, part):
    # with the other layers fixed the loss is a convex loss of an affine map of that layer: convex (family_scope)
    result = check_claim(text, timeout=60)
    assert result.holds is True and result.verified and part in str(result)


@pytest.mark.parametrize("text, expected", [
    ("the loss of a relu network with one hidden layer is convex in its weights", False),
    ("a tanh network's loss is non-convex", True),
    ("linear regression with squared loss is convex", True),
])
def test_claims_about_all_the_weights_are_still_answered(text, expected):
    result = check_claim(text, timeout=60)
    assert result.holds is expected and result.verified


@pytest.mark.parametrize("text, expected", [
    ("the net profit 10q - q^2 is concave", True),               # "net": a family claim, refused as "concave"
    ("the neuron output relu(w) is convex in w", True),          # was refuted as a family claim
    ("the net effect t^2 - t is convex", True),                  # was refuted as a family claim
])
def test_a_sentence_with_a_formula_in_it_is_about_the_formula(text, expected):
    result = check_claim(text, timeout=60)
    assert result.holds is expected and result.verified and result.certificates
