"""Family claims (``families``) about part of the weights, the network's input, or weights of one sign are refused in
one line: the family reader answers for the loss in all the weights jointly, so "the loss of a ReLU network is
convex in the last layer weights" (true: least squares in those weights for fixed hidden ones) was refuted, and "a
ReLU network with nonnegative output weights is convex in its input" (true: a nonnegative sum of convex functions)
was refuted about the loss in the weights."""

import pytest

from symconvex.claims import check_claim
from symconvex.errors import ClaimError


@pytest.mark.parametrize("text", [
    "the loss of a tanh network is convex in the output layer weights",
    "the squared loss of a relu network is convex in the second layer weights",
    "a relu network is convex in the biases",
    "a sigmoid network with the first layer frozen is convex",
    "a relu network with positive output weights is convex in the input",
    "a relu network is convex in its inputs",
    "a linear network is convex in each layer separately",
])
def test_a_claim_about_part_of_the_weights_is_refused(text):
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "all the weights jointly" in str(info.value) and "\n" not in str(info.value)


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
