"""Quantifiers and negations of family claims, and widths of networks without a hidden layer (family_polarity)."""

import pytest

from symconvex import ClaimError, check_claim
from symconvex.family_polarity import quantified_polarity, two_widths


@pytest.mark.parametrize("text", [
    "Not all sigmoid networks have a convex squared loss",
    "Not every tanh network has a convex loss",
    "A softplus network does not have a convex squared loss",
    "Leaky ReLU networks don't have convex losses",
])
def test_missed_negations_say_some_member_is_not_convex(text):
    claim = check_claim(text)
    assert claim.holds is True      # a 1-1-1 member of the kind is not convex, with a checked certificate
    assert claim.verified is True


@pytest.mark.parametrize("text", [
    "Every tanh network with one hidden layer has a non-convex squared loss",
    "All sigmoid networks have non-convex losses",
    "The loss of any leaky ReLU network is not convex",
    "A linear network's squared loss is never convex",
    "A softplus network's loss is always non-convex",
])
def test_not_convex_for_every_member_is_refused(text):
    # literally false (a member without biases on data at x = 0 has a constant loss), meant for generic data
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text", [
    "The loss of a tanh network is sometimes convex",
    "A sigmoid network's squared loss can be convex",
    "Some ReLU networks have a convex loss",
])
def test_convex_for_some_member_is_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text)


def test_double_negation_is_refused():
    with pytest.raises(ClaimError):
        quantified_polarity("not all relu networks are non-convex", True)


def test_a_hidden_layer_after_does_not_is_not_a_negated_property():
    assert quantified_polarity("a network that does not have a hidden layer is convex", False) is False
    claim = check_claim("A network that does not have a hidden layer and has a linear output is convex")
    assert claim.holds is True      # sum of a convex loss of an affine score, every data set


@pytest.mark.parametrize("text, holds", [
    ("A 3-1 linear network with squared loss is convex", True),        # no hidden layer: least squares
    ("A 2-1 network with a sigmoid output and squared loss is convex", False),  # (sigma(w.x + b) - y)^2
    ("A 1-1 linear network with hinge loss is convex", True),
    ("A 3-1 network with a sigmoid output and squared loss is convex", False),   # member on x = (1, 0, 0)
])
def test_two_widths_mean_no_hidden_layer(text, holds):
    claim = check_claim(text)
    assert claim.holds is holds
    assert claim.verified is True


def test_two_widths_are_read_only_next_to_a_network_word():
    assert two_widths("a 2-1 linear network is convex") == (2, 1)
    assert two_widths("on the data (1, -1) a relu network") is None
    assert two_widths("a 1-2-1 relu network") is None
    with pytest.raises(ClaimError):
        two_widths("a 2-3 network is convex")


@pytest.mark.parametrize("text", [
    # sigma(w x + b) is not convex, its cross-entropy is: the output is another subject than the loss
    "The output of a logistic regression model is convex in its weights",
    "The predictions of logistic regression are a convex function of the weights",
    "A sigmoid neuron's output is convex in its weights",
    "The Hessian of the loss of a deep linear network is convex",
    "The squared loss of a ReLU network is piecewise convex",
    "The loss of a tanh network is convex on each activation region",
    "The loss of a linear network is convex along every line through the origin",
    "The loss of a deep linear network is star-convex",
])
def test_another_subject_or_a_qualified_property_is_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text", [
    "A linearized network has a convex squared loss",      # linear in its weights: convex; a plain net is not
    "A convex neural network has a convex loss",
    "A GELU network's squared loss is non-convex",
    "A wide network in the NTK regime has a convex loss",
    "A graph neural network has a non-convex loss",
])
def test_unknown_kinds_of_network_are_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text", [
    "A simple feedforward network with sigmoid units has a non-convex squared loss",
    "A small fully-connected tanh network has a non-convex squared loss",
])
def test_plain_descriptions_are_still_read(text):
    assert check_claim(text).holds is True


def test_two_statements_joined_are_refused():
    # both parts hold; the negation of the second was read into the first and the claim was refuted
    with pytest.raises(ClaimError, match="two convexity statements"):
        check_claim("A tanh network's loss is convex in the output weights and not convex in all weights")


def test_a_convex_loss_named_before_the_property_is_still_read():
    claim = check_claim("For a network with one hidden layer and a convex loss, the loss is convex in the last-layer weights")
    assert claim.holds is True
