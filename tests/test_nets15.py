"""Session 15 red team on networks and losses (bench/corpus/nets15.jsonl): the wrong answers it found, as tests.

Each test states the mathematics: the loss as a function of the weights the claim names, and the verdict."""

from __future__ import annotations

import pytest

from symconvex import ClaimError, check_claim
from symconvex.family_scope import bias_choice


@pytest.mark.parametrize("words, expected", [
    ("logistic regression without a bias", False),
    ("a linear model without an bias", False),
    ("a 1-1-1 net without the biases", False),
    ("a 1-1 linear model with no bias term", False),
    ("a 1-1 linear model with a bias", True),
    ("a 1-1 linear model", None),
])
def test_bias_words_with_an_article(words, expected):
    assert bias_choice(words) is expected


@pytest.mark.parametrize("claim", [
    # softplus(z) - z = softplus(-z) with z = 2w: f'' = 4 sigma(2w)(1 - sigma(2w)) > 0; the member with a bias
    # (flat along w + ... ) is not what the sentence describes
    "Logistic regression without a bias on the data point (2, 1) is strictly convex",
    # (w - 2)^2 + (w - 3)^2 without a bias; with one, the loss depends on w + b only
    "The squared loss of a linear model without a bias on the data (1, 2), (1, 3) is strictly convex",
])
def test_without_a_bias_is_never_refuted_by_a_member_with_biases(claim):
    result = check_claim(claim, timeout=10)
    assert result.holds is not False
    assert "with biases" not in result.answer()


@pytest.mark.parametrize("claim", [
    # (v w x - y)^2 is a convex quadratic in the output weight v for every w: the claim in v (or in W_2, the
    # second layer) holds, while the loss in all the weights is not convex
    "The squared loss of a 1-1-1 linear network is convex in v",
    "The squared loss of a 1-1-1 linear network is convex in W_2",
    "The squared loss of a 1-2-1 tanh network on (1, 1) is convex in b",
    "The squared loss of a 1-1-1 linear network is convex in w_2 and w_1",
    "The squared loss of a 1-2-1 ReLU network on (1, 1), (-1, -1) is neither convex nor concave in v",
])
def test_a_weight_named_in_plain_text_is_refused_not_read_as_all_weights(claim):
    with pytest.raises(ClaimError, match="defines no weight by that name") as info:
        check_claim(claim, timeout=10)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("claim", [
    # with b fixed, softplus(-(w + b)) is strictly convex in w; jointly in (w, b) it is flat along (1, -1)
    "Logistic regression on the data point (1, 1) is strictly convex in w",
    # (w + b - 2)^2 is strictly convex in w for every b; jointly it is flat along (1, -1)
    "The squared loss of a linear model with a bias on the data point (1, 2) is strictly convex in w",
    # (v w - 1)^2 in w for fixed v is convex; jointly it is not
    "The squared loss of a 1-1-1 linear network is convex in w",
])
def test_in_w_is_not_refuted_by_a_certificate_about_all_the_weights(claim):
    result = check_claim(claim, timeout=10)
    assert result.holds is not False
    assert "does not decide the claim in w alone" in result.answer() or result.holds is None


def test_in_w_keeps_answers_that_all_the_weights_imply():
    # convex jointly in (w, b) implies convex in w: softplus(-y z) of an affine score
    assert check_claim("Logistic regression's negative log-likelihood is convex in w", timeout=10).holds is True
    # and "not convex in w" is then refuted by the same proof
    assert check_claim("Logistic regression on the data (1, 1), (2, 0) is not convex in w", timeout=10).holds is False


def test_in_theta_is_all_the_parameters():
    # theta names every weight and bias: the 1-1-1 linear member (v w - 1)^2 refutes it
    result = check_claim("The squared loss of a 1-1-1 linear network is convex in theta.", timeout=10)
    assert result.holds is False and result.verified
