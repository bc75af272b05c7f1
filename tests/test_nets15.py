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


# ------------------------------------------------------------------ `symconvex net` and Network with odd input

from fractions import Fraction  # noqa: E402

import numpy as np  # noqa: E402

from symconvex import Network  # noqa: E402
from symconvex.cli import main  # noqa: E402
from symconvex.errors import InputError  # noqa: E402

_LONG = "9" * 2001


@pytest.mark.parametrize("data", [f"1{_LONG}:1", "1e999999999:1", f"1/{_LONG}:1", "1e-2001:1", f"{_LONG * 3}:1"])
def test_net_data_over_the_checkers_digit_limit_is_one_line_exit_2(data, capsys):
    # 1e999999999 used to be expanded in full (a hang); 5000-digit integers hit Python's str limit (a traceback)
    assert main(["net", "--layers", "1,1", "--data", data, "--timeout", "5"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "more than 2000 digits" in err


@pytest.mark.parametrize("value", [f"1{'0' * 4999}", "1e999999999"])
def test_toml_numbers_over_the_limit_are_one_line_errors(tmp_path, value):
    spec = tmp_path / "big.toml"
    spec.write_text(f"layers = [1, 1]\ndata = [ {{ x = {value}, y = 1 }} ]\n")
    with pytest.raises(InputError, match="more than 2000 digits"):
        Network.from_toml(spec)


def test_toml_float_spellings_keep_their_exact_values(tmp_path):
    spec = tmp_path / "ok.toml"
    spec.write_text("layers = [1, 1]\ndata = [ { x = 1_000.5, y = 1e-3 }, { x = 1e1999, y = 0 } ]\n")
    net = Network.from_toml(spec)
    assert net.data[0] == ((Fraction(2001, 2),), (Fraction(1, 1000),))
    assert net.data[1][0] == (Fraction(10) ** 1999,)
    bad = tmp_path / "inf.toml"
    bad.write_text("layers = [1, 1]\ndata = [ { x = inf, y = 1 } ]\n")
    with pytest.raises(InputError, match="not a number: 'inf'"):   # was Fraction's ValueError, a traceback
        Network.from_toml(bad)


def test_numpy_integers_are_widths_and_data():
    # np.int64 is an integer: the same network, hence the same loss, as with Python ints
    plain = Network([1, 2, 1], "relu", data=[(1, -1), (2, 3)])
    numpy = Network(np.array([1, 2, 1]), "relu", data=[(np.int64(1), np.int64(-1)), (np.int64(2), np.int64(3))])
    assert numpy.layers == (1, 2, 1) and all(type(w) is int for w in numpy.layers)
    assert numpy.data == plain.data and numpy.loss == plain.loss


def test_net_activation_count_message(capsys):
    assert main(["net", "--layers", "1,2,1", "--activation", "relu,tanh", "--data", "1:1"]) == 2
    assert "expected one name, or 1 (one per hidden layer), found 2" in capsys.readouterr().err


def test_theta_in_math_names_every_weight():
    # L(theta) of the seed-000 net: theta is all 7 weights and biases, and the loss is not convex in them (the
    # swap of the two hidden units); "in $\theta$" was read as one weight, which no 1-2-1 net has
    claim = r"The loss $\mathcal{L}(\theta)$ of a 1-2-1 ReLU network on (1, 1), (-1, -1) is not convex in $\theta$"
    result = check_claim(claim, timeout=10)
    assert result.holds is True and result.verified
    # "in $w$" still names one weight: no 1-1-1 member has exactly one, so nothing is answered about all of them
    assert check_claim("The squared loss of a 1-1-1 linear network is convex in $w$", timeout=10).holds is None


def test_hinge_without_bias_is_shown_not_concave_across_its_kink():
    # max(0, 1 - w) is affine on [-1, 1] (the old chords around 0) and bends at w = 1: the chord from -2 to 2 has
    # f(-2) = 3, f(2) = 0 and f(0) = 1 < 3/2, so the loss is neither concave nor affine
    from symconvex import analyze, verify

    net = Network([1, 1], loss="hinge", data=[(1, 1)], bias=False)
    analysis = analyze(net)
    assert {"convex", "not_concave", "not_affine"} <= set(analysis.facts)
    assert "not_concave" in {verify(c) for c in analysis.certificates}
    claim = "The hinge loss of a 1-1 linear model without bias on the data point (1, 1) is affine"
    assert check_claim(claim, timeout=10).holds is False


@pytest.mark.parametrize("layers, data, bias", [
    ([1, 1], [(1, 1), (-1, -1)], True),
    ([2, 1], [((3, -1), 1), ((0, 5), -1)], False),
])
def test_hinge_loss_of_a_linear_model_is_never_strictly_convex(layers, data, bias):
    # at the weights 0 every score is 0 and every hinge term 1 - y z is on its sloped piece: along a short segment
    # (every |z_i| < 1) the loss is affine, the Jensen equality refutes strict convexity and strict concavity
    from symconvex import analyze, verify
    from symconvex.netsearch import find_hinge_flat_segment

    net = Network(layers, loss="hinge", data=data, bias=bias)
    assert sorted(verify(c) for c in find_hinge_flat_segment(net)) == ["not_strictly_concave", "not_strictly_convex"]
    assert {"convex", "not_strictly_convex"} <= set(analyze(net).facts)
    assert find_hinge_flat_segment(Network([1, 1], loss="squared", data=[(1, 1)])) == []


def test_hinge_strict_convexity_claim_is_refuted():
    claim = "The hinge loss of a 1-1 linear model on the data (1, 1), (-1, -1) is strictly convex"
    result = check_claim(claim, timeout=10)
    assert result.holds is False and result.verified


def test_relu_minimum_on_a_net_too_large_for_its_grid_is_one_line_exit_2(capsys):
    # 11 start values per weight: a 1-2-1 net (7 weights) meant 11^7 = 19487171 starts, listed in memory first
    assert main(["landscape", "relu-minimum", "--layers", "1,2,1", "--data", "1:1", "--activation", "tanh"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "at most 4 weights, the network has 7" in err


def test_in_w_and_b_keeps_only_what_all_the_weights_imply():
    # softplus(-y (w x + b)) summed: convex in all the weights, hence in (w, b)
    assert check_claim("Logistic regression is convex in w and b", timeout=10).holds is True
    # (v (w x + b) - y)^2 is convex in the first layer's (w, b) for fixed v, though not in all the weights: open
    assert check_claim("The squared loss of a 1-1-1 linear network is convex in w and b", timeout=10).holds is None


def test_a_refutation_of_a_net_without_kinks_does_not_say_it_crosses_kinks():
    """A 1-1 net with a sigmoid output has no kink: the midpoint refutation's note does not speak of kinks (it did:
    'two points across kinks of the loss'); the certificate is the checker's to accept."""
    from symconvex.check import verify
    from symconvex.netsearch import find_kink_midpoint
    net = Network([1, 1], activation="identity", output_activation="sigmoid", loss="squared", data=[((1,), (1,))])
    cert = find_kink_midpoint(net)
    assert cert is not None and verify(cert) == "not_convex"
    assert "kink" not in cert.note
