"""Family claims that give their data, their biases, or a part of the weights (symconvex/family_scope.py), and
formulas that are a network's activation rather than the function claimed about (sentences/components.py)."""

from fractions import Fraction

import pytest

from symconvex import ClaimError, check_claim
from symconvex.check import verify
from symconvex.family_scope import bias_choice, given_data, math_is_only_data, weights_part


def test_given_data_reads_pairs_and_assignments_exactly():
    assert given_data("on the data (1, 1), (-1, -1/2)") == [((1,), 1), ((-1,), Fraction(-1, 2))]
    assert given_data("at x = 0, y = 2") == [((0,), 2)]
    assert given_data("on $(x_1, y_1) = (1, 1)$ and $(x_2, y_2) = (-1, -1)$") == [((1,), 1), ((-1,), -1)]
    assert given_data("on the data $x = (1, 0), y = 1$ and $x = (0, 1), y = -1$") == [((1, 0), 1), ((0, 1), -1)]
    assert given_data("a 1-2-1 ReLU network is convex") is None


def test_math_that_is_only_data_keeps_a_sentence_a_family_claim():
    assert math_is_only_data("a 1-2-1 ReLU network on the data $(1, 1)$ and $(-1, -1)$ is not convex")
    assert math_is_only_data("a 1-1-1 network on $x = 1, y = 2$ is convex")
    assert not math_is_only_data("the loss $(w_2 w_1 - 1)^2$ of a network is convex")
    assert not math_is_only_data("a network with activation $z^2$ is convex")


def test_bias_words():
    assert bias_choice("a relu network without biases") is False
    assert bias_choice("a bias-free network") is False
    assert bias_choice("a relu network with biases") is True
    assert bias_choice("a relu network") is None


def _member_data(result):
    """The data every network read is on (they must all be on the same data)."""
    found = {tuple((tuple(Fraction(v) for v in x), Fraction(y[0])) for x, y in zip(a.member.spec["inputs"],
                                                                                  a.member.spec["targets"]))
             for a in result.answers}
    (data,) = found
    return list(data)


def test_a_constant_loss_is_never_called_not_convex():
    # v relu(w * 0) = 0: the loss is the constant 1 on (0, 1), convex; a member on other data answered "holds"
    result = check_claim("The squared loss of a 1-1-1 ReLU network without biases on the data point (0, 1) "
                         "is not convex", timeout=20)
    assert result.holds is not True
    result = check_claim("The squared loss of a 1-1-1 linear network without biases at x = 0, y = 2 is non-convex",
                         timeout=20)
    assert result.holds is not True


def test_the_member_is_on_the_given_data_and_its_certificate_is_checked():
    result = check_claim("The squared loss of a 1-2-1 ReLU network on the data $(1, 1)$ and $(-1, -1)$ is convex",
                         timeout=30)
    assert result.holds is False
    assert _member_data(result) == [((1,), 1), ((-1,), -1)]
    assert "not_convex" in {verify(c) for c in result.certificates}


def test_with_biases_data_at_zero_is_not_convex():
    # with biases the loss on (0, 1) is (v relu(b) + c - 1)^2: not convex
    result = check_claim("The squared loss of a 1-1-1 ReLU network with biases on the data point (0, 1) is convex",
                         timeout=30)
    assert result.holds is False
    assert all(a.member.bias is True for a in result.answers) and _member_data(result) == [((0,), 1)]
    assert "not_convex" in {verify(c) for c in result.certificates}


@pytest.mark.parametrize("text", [
    "The squared loss of a 1-2-1 ReLU network is convex in the last layer",
    "The squared loss of a 1-2-1 ReLU network on the data (1, 1), (2, 3) is convex in the output-layer weights "
    "when the first layer is fixed",
    "With the hidden layer fixed, the hinge loss of a 1-3-1 tanh network is convex",
    "The cross-entropy loss of a network with one hidden layer of sigmoid units is convex in the last layer only",
])
def test_the_last_layer_is_convex_for_every_member(text):
    result = check_claim(text, timeout=20)
    assert result.holds is True and result.claim.part == "last"
    assert result.certificates and all(verify(c) in ("convex", "affine") for c in result.certificates)


def test_not_convex_in_the_last_layer_is_refuted():
    assert check_claim("The squared loss of a ReLU network is not convex in the last-layer weights",
                       timeout=20).holds is False


def test_the_last_layer_through_a_sigmoid_output_is_refuted_at_one_fixed_value():
    # (s(v h + c) - 1)^2 is not convex in the score: the per-example proof does not apply, and one member with the
    # hidden layer fixed refutes the claim with a certificate about the loss in the last layer's weights alone
    result = check_claim("The squared loss of a network with one hidden layer of tanh units and a sigmoid output "
                         "is convex in the last layer", timeout=20)
    assert result.holds is False and result.certificates
    for cert in result.certificates:
        assert verify(cert) == "not_convex" and all(n.startswith("W2_") for n in cert.variables)


@pytest.mark.parametrize("text, part", [
    ("a relu network is convex in the last layer", "last"),
    ("a relu network is convex in its weights", None),
    ("a relu network with one hidden layer is convex in the second-layer weights", "last"),
    ("a relu network is convex with the first layer fixed", "last"),
])
def test_weights_part(text, part):
    assert weights_part(text, [1]) == part


@pytest.mark.parametrize("text", [
    "With the second layer fixed, the squared loss of a 1-2-1 ReLU network is convex in the first-layer weights",
    "The squared loss of a 1-2-1 ReLU network is convex in the hidden biases",
    "A ReLU network is convex in the weights of the first layer",
])
def test_one_layer_of_a_relu_network_is_never_answered_about_all_weights(text):
    # these were refuted with a member's certificate about all its weights; now with one about that layer only
    result = check_claim(text, timeout=20)
    assert result.holds is False and result.claim.part == "one"
    prefix = "b1_" if "biases" in text else "W1_"
    for cert in result.certificates:
        assert verify(cert) == "not_convex" and all(n.startswith(prefix) for n in cert.variables)


@pytest.mark.parametrize("text", [
    "The loss of the network is convex in its weights",
    "The network's loss is not convex in the weights",
    "The squared loss of a 1-1-1 tanh network without biases on the data point is convex",
])
def test_parts_and_unstated_subjects_are_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text, timeout=20)


@pytest.mark.parametrize("text", [
    r"The squared loss of a 1-1-1 network with the quadratic activation $\sigma(z) = z^2$ on the data point $(1, 1)$ "
    r"is not convex",
    r"The loss of a network with activation $\tanh(z)$ is convex",
    r"A network with $z^3$ activations has a convex squared loss",
])
def test_a_formula_that_is_the_activation_is_not_the_subject(text):
    # z^2 is convex, the loss (v (w + b)^2 + c - 1)^2 is not: answering about z^2 refuted a true claim
    with pytest.raises(ClaimError, match="activation"):
        check_claim(text, timeout=20)


def test_an_activation_claimed_about_is_still_read():
    result = check_claim(r"The tanh activation $\tanh(z)$ is concave on $z > 0$", timeout=20)
    assert result.holds is True and result.verified


@pytest.mark.parametrize("text", [
    "The squared loss of a 1-1-1 ReLU network without biases for one data point is not convex",
    "The squared loss of a 1-2-1 ReLU network without biases on a single data point is convex",
])
def test_one_unnamed_data_point_is_refused(text):
    # on (1, 1) the loss is not convex, on (0, 1) it is the constant 1: the answer depends on the point
    with pytest.raises(ClaimError, match="which data point"):
        check_claim(text, timeout=20)


def test_one_unnamed_data_point_is_read_when_every_data_set_is_proved():
    result = check_claim("Linear regression with squared loss on one data point is convex", timeout=20)
    assert result.holds is True and result.verified


def test_a_formula_after_unit_is_the_units_loss():
    result = check_claim(r"The squared loss of a ReLU unit $(\max(0, w) - 1)^2$ is convex in $w$", timeout=20)
    assert result.holds is False and result.verified


@pytest.mark.parametrize("text, layers, activation", [
    ("The squared loss of a network with a single hidden layer of width 3, ReLU activations, on the data point "
     "$(1, 2)$ is not convex", [1, 3, 1], "relu"),
    ("A leaky ReLU network with slope 1/5 and squared loss is not convex", None, "leaky_relu:1/5"),
    ("A network with one hidden layer of 2 units, ReLU activations and squared loss is not convex", [1, 2, 1], "relu"),
])
def test_the_member_has_the_stated_width_and_slope(text, layers, activation):
    # a 1-1-1 member answered a claim about width 3; a slope-1/10 member one about slope 1/5
    result = check_claim(text, timeout=30)
    assert result.holds is True
    for answer in result.answers:
        assert answer.member.spec["activations"][0] == activation
        if layers:
            assert answer.member.spec["layers"] == layers
    assert "not_convex" in {verify(c) for c in result.certificates}


@pytest.mark.parametrize("text", [
    "A network with quadratic activations and squared loss is non-convex",
    "The absolute loss of a 1-1-1 ReLU network on the data point (1, 2) is convex",
    "A ReLU network with two inputs is not convex",
    "A ReLU network with 3 hidden units and width 2 is not convex",
])
def test_kinds_the_members_cannot_have_are_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text, timeout=20)


@pytest.mark.parametrize("text", [
    "The loss of a ReLU network fails to be convex",
    "The loss of a ReLU network is no longer convex",
    "A ReLU network loses convexity",
    "The squared loss of a ReLU network is far from convex",
])
def test_not_convex_in_other_words_holds(text):
    # these were read as "is convex" and refuted: the opposite of the claim
    result = check_claim(text, timeout=30)
    assert result.holds is True and result.claim.negated
    assert [verify(c) for c in result.certificates] == ["not_convex"]


@pytest.mark.parametrize("text", [
    "The loss of a ReLU network cannot be convex",
    "Is the loss of a ReLU network convex? No.",
    "The loss of a ReLU network is convex only without hidden layers",
    "A ReLU network has a nonconvex loss, unlike logistic regression",
    "It is false that a ReLU network has a convex loss",
])
def test_sentences_that_are_not_one_family_property_are_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text, timeout=20)


@pytest.mark.parametrize("text", [
    "Logistic regression with a sigmoid output and cross-entropy loss is convex",
    "A sigmoid neuron trained with cross-entropy has a convex loss",
    "The cross-entropy loss of a single neuron with a sigmoid output on the data (1, 1), (2, 0) is convex",
])
def test_the_cross_entropy_of_a_sigmoid_output_is_logistic_regression(text):
    # -[y log s(z) + (1 - y) log(1 - s(z))] = softplus(z) - y z: convex in (w, b); the sigmoid applied twice
    # (softplus(s(z)) - y s(z)) was refuted instead
    result = check_claim(text, timeout=30)
    assert result.holds is True
    assert all(a.reading.output == "identity" and a.reading.loss == "logistic" for a in result.answers)
    statements = {verify(c) for c in result.certificates}   # with its data, the member is also shown not concave
    assert "convex" in statements and statements <= {"convex", "not_concave"}


def test_a_network_refuses_a_sigmoid_output_under_the_logistic_loss():
    from symconvex import InputError, Network

    with pytest.raises(InputError, match="twice"):
        Network([1, 1], [], output_activation="sigmoid", loss="logistic", data=[(1, 1)])


@pytest.mark.parametrize("text", [
    "A linear network with one hidden unit and no biases is convex on the data (1, 1)",
    "A neural network with a single hidden neuron and linear activation on the data (1, 0) is convex",
])
def test_one_hidden_unit_is_a_hidden_layer(text):
    # (v w - 1)^2 is not convex; "one hidden unit" was read as a network without a hidden layer: convex
    result = check_claim(text, timeout=30)
    assert result.holds is False
    assert all(a.reading.hidden == 1 for a in result.answers)
    assert "not_convex" in {verify(c) for c in result.certificates}


def test_weights_of_the_output_layer_are_the_last_layer():
    result = check_claim("A ReLU network is convex in the weights of the output layer on the data (1, 2), (3, 4)",
                         timeout=20)
    assert result.holds is True and result.claim.part == "last"


def test_a_part_named_another_way_is_refused_not_ignored():
    with pytest.raises(ClaimError):
        check_claim("A ReLU network is convex in the weights of the first two layers", timeout=20)


def test_one_network_on_given_data_is_neither_convex_nor_concave():
    # seed 000's network: theta1, theta2 give 0, their midpoint 2 (not convex); the loss is unbounded (not concave)
    result = check_claim("The squared loss of a 1-2-1 ReLU network on the data (1, 1), (-1, -1) is neither convex "
                         "nor concave", timeout=60)
    assert result.holds is True and result.claim.prop == "neither"
    assert {"not_convex", "not_concave"} <= {verify(c) for c in result.certificates}
    assert all(_member_data_of(a) == [((1,), 1), ((-1,), -1)] for a in result.answers)


def _member_data_of(answer):
    return [(tuple(Fraction(v) for v in x), Fraction(y[0])) for x, y in zip(answer.member.spec["inputs"],
                                                                               answer.member.spec["targets"])]


@pytest.mark.parametrize("text, holds", [
    ("The squared loss of a 1-2-1 ReLU network on the data point (1, 1) is concave in its weights", False),
    ("The squared loss of a 1-1-1 ReLU network on the data point (1, 1) is strictly convex", False),
    ("The squared loss of a 1-1-1 tanh network with biases on the data point (1, 1) is not concave", True),
])
def test_one_network_other_properties(text, holds):
    result = check_claim(text, timeout=60)
    assert result.holds is holds
    assert result.certificates and all(verify(c) for c in result.certificates)


def test_other_properties_of_a_whole_family_are_refused_unless_a_member_refutes_them():
    # "concave" of every member is refuted by one member's checked not-concave certificate (session 11); the
    # negated forms stay refused
    result = check_claim("A ReLU network is concave", timeout=20)
    assert result.holds is False and all(verify(c) == "not_concave" for c in result.certificates)
    with pytest.raises(ClaimError, match="one network"):
        check_claim("A ReLU network is not strictly convex", timeout=20)


def test_a_named_loss_and_a_width_between_words():
    # "$J(W, b)$" names the loss of the network the words describe; "two sigmoid units" is its width
    result = check_claim("The cost function $J(W, b)$ of a network with one hidden layer of two sigmoid units and "
                         "squared loss on the data $(1, 0)$, $(2, 1)$ is non-convex", timeout=60)
    assert result.holds is True
    assert all(a.member.spec["layers"] == [1, 2, 1] for a in result.answers)
    assert _member_data(result) == [((1,), 0), ((2,), 1)]


def test_logistic_labels_minus_one_and_one_are_the_cross_entropy_of_zero_and_one():
    # log(1 + e^{-y z}) = softplus(z) - ((y + 1)/2) z for y = -1, 1
    result = check_claim("The logistic loss of a 1-2-1 ReLU network on the labelled examples (1, 1) and (-1, -1) "
                         "is non-convex", timeout=60)
    assert result.holds is True
    assert _member_data(result) == [((1,), 1), ((-1,), 0)]
    assert "not_convex" in {verify(c) for c in result.certificates}


def test_readings_that_disagree_leave_one_network_undecided():
    # no output named: linear ((w + b - 1)^2 + (2w + b - 3)^2, strictly convex) or sigmoid (not convex)
    result = check_claim("A network with no hidden layer and squared loss on the data (1, 1), (2, 3) is strictly "
                         "convex", timeout=60)
    assert result.holds is None
    assert any(a.holds is False and a.reading.output == "sigmoid" for a in result.answers)


def test_named_weights_choose_the_network():
    # (w, b): the neuron has a bias; its cross-entropy on (1, 1), (2, 0) is convex (logistic regression)
    result = check_claim("The cross-entropy loss of a single neuron with sigmoid output on the data $(1, 1)$, "
                         "$(2, 0)$ is convex in $(w, b)$", timeout=60)
    assert result.holds is True and all(a.member is None or a.member.bias for a in result.answers)
    with pytest.raises(ClaimError, match="weights"):
        check_claim("The squared loss of a 1-1-1 ReLU network on the data point (1, 1) is convex in $w$", timeout=20)


@pytest.mark.parametrize("text", [
    "A ReLU network with nonnegative output weights is convex in its input",   # true, and not about the weights
    "The loss of an input convex neural network is convex in its input",
    "The loss of a two-layer ReLU network is convex if the data are linearly separable",
    "The loss of a ReLU network with one hidden unit is convex for positive weights",
    "The squared loss of a ReLU network is convex near its minimum",
    "A ReLU network trained with gradient descent converges to a convex minimum",
])
def test_other_subjects_and_conditions_are_refused(text):
    # each was answered "refuted" with a member's certificate about the loss over all weights
    with pytest.raises(ClaimError):
        check_claim(text, timeout=20)


def test_the_seed_condition_and_a_fixed_first_layer_stay_read():
    assert check_claim("if there's no hidden layers at all, it's convex, just like logistic regression",
                       timeout=20).holds is True
    assert check_claim("The squared loss of a 1-2-1 ReLU network is convex in the last layer when the first layer "
                       "is fixed", timeout=20).holds is True


@pytest.mark.parametrize("text", [
    "The squared loss of a 1-1-1-1 deep linear network on (1, 1) is convex in the middle layer when the other "
    "layers are fixed",
    "The squared loss of a 1-2-1 linear network on (1, 2) is convex in the first layer when the second layer is fixed",
    "A deep linear network is convex in each layer separately",
])
def test_a_linear_network_is_convex_in_one_layer(text):
    # with identity activations the output is affine in one layer's weights, the others fixed
    result = check_claim(text, timeout=30)
    assert result.holds is True and result.claim.part == "one"
    assert {verify(c) for c in result.certificates} <= {"convex", "affine"} and result.certificates


def test_one_layer_of_a_nonlinear_network_is_refuted_at_one_fixed_value():
    # (v tanh(w x + b) - y)^2 in (w, b) is not convex at v = 1: refuted; "not convex" for fixed others stays open
    result = check_claim("The squared loss of a 1-2-1 tanh network on (1, 2) is convex in the first layer when the "
                         "second layer is fixed", timeout=30)
    assert result.holds is False and all(verify(c) == "not_convex" for c in result.certificates)
    assert check_claim("The squared loss of a 1-2-1 tanh network on (1, 2) is not convex in the first layer when the "
                       "second layer is fixed", timeout=30).holds is None


def test_several_layers_at_once_are_refused():
    with pytest.raises(ClaimError):
        check_claim("The squared loss of a 1-1-1-1 deep linear network without biases on (1, 1) is convex in the "
                    "first and last layers with the middle layer fixed", timeout=20)


def test_a_reason_after_the_claim_is_not_read():
    result = check_claim("The squared loss of a 1-2-1 ReLU network on (1, 1), (-1, -1) is not convex: swapping the "
                         "two hidden units gives a second global minimum", timeout=60)
    assert result.holds is True and any("reason" in n for n in result.claim.notes)
    with pytest.raises(ClaimError):   # a condition after the colon is kept, and refused
        check_claim("A ReLU network is convex: only if it has no hidden layers", timeout=20)


def test_two_properties_in_one_network_sentence_are_refused():
    # "convex and not strictly convex" would be answered as "not strictly convex" alone (true of any non-convex net)
    with pytest.raises(ClaimError, match="several properties"):
        check_claim("The squared loss of a 1-1-1 ReLU network on the data (1, 1) is convex and not strictly convex",
                    timeout=20)


def test_the_proof_document_states_the_claim_as_read():
    from symconvex.latex import family_document

    doc = family_document(check_claim("The squared loss of a 1-2-1 ReLU network is convex in the last layer",
                                      timeout=20))
    assert "last layer's weights, the earlier layers fixed" in doc and "affine function of the weights" in doc
    doc = family_document(check_claim("The squared loss of a 1-2-1 ReLU network on the data (1, 1), (-1, -1) is "
                                      "neither convex nor concave", timeout=60))
    assert "neither convex nor concave in its weights" in doc and "the data given" in doc
