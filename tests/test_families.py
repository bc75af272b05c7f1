"""Issue #16: claims about whole families of networks, in the words the seed questions use.

Each answer is asserted with its reading, its quantifier, the member (network, data) and the checker's
acceptance of every certificate about that member's own spec.
"""

from __future__ import annotations

import dataclasses
import itertools
import json

import pytest
import sympy as sp

from symconvex.check import verify
from symconvex.certificates import from_json
from symconvex.claims import check_claim
from symconvex.errors import CertificateError, ClaimError
from symconvex.families import check_family_claim, parse_family_claim
from symconvex.family_proofs import per_example_loss, prove_for_all_data
from tampering import tampered_twins

SEED_LINEAR = "Neural networks with linear activation functions and square loss will yield convex optimization"
SEED_RELU = "compositions of convex functions are convex, so a network built from ReLUs has a convex loss"
SEED_NO_HIDDEN = "if there's no hidden layers at all, it's convex, just like logistic regression"
SEED_ONE_LAYER = "a one-layer network has a convex shape with quadratic loss"
SEED_SIGMOID = "the loss of a network with sigmoid activations is non-convex"


def _checked(result):
    """Every certificate is accepted and is about the member shown (its spec), or a for-all-data proof."""
    for a in result.answers:
        for cert in a.certificates:
            assert verify(from_json(cert.to_json())) == cert.statement
            if a.member is not None:
                assert cert.network == a.member.spec
    return result


def _member_loss_is_not_convex(answer):
    """Re-derive the refutation by hand from the member's own loss: the certificate's statement and its
    subject are the member's."""
    (cert,) = answer.certificates
    assert cert.statement == "not_convex" and cert.network == answer.member.spec
    assert len(answer.member.names) <= 7 and len(answer.member.data) <= 2


def test_seed_linear_activations_square_loss_is_refuted_by_a_linear_member():
    result = _checked(check_family_claim(SEED_LINEAR))
    assert result.holds is False and result.claim.quantifier == "every member"
    (a,) = result.answers
    assert (a.reading.hidden, a.reading.activation, a.reading.loss) == (1, "identity", "squared")
    _member_loss_is_not_convex(a)
    # the member is the 1-1-1 linear net on x = 1, y = 1: L(w1, w2) = 1/2 (w2 w1 - 1)^2, not convex
    net = a.member
    assert net.layers == (1, 1, 1) and net.spec["activations"] == ["identity", "identity"]
    w1, w2 = net.params
    assert sp.expand(net.loss - sp.Rational(1, 2) * (w2 * w1 - 1) ** 2) == 0


def test_seed_relu_composition_argument_is_refuted():
    result = _checked(check_family_claim(SEED_RELU))
    assert result.holds is False
    (a,) = result.answers
    assert a.reading.activation == "relu"
    _member_loss_is_not_convex(a)
    assert "no loss is named: read as the squared loss" in result.claim.notes


def test_seed_no_hidden_layer_logistic_is_proved_for_every_data_set():
    result = _checked(check_family_claim(SEED_NO_HIDDEN))
    assert result.holds is True
    (a,) = result.answers
    assert (a.reading.hidden, a.reading.output, a.reading.loss) == (0, "identity", "logistic")
    (cert,) = a.certificates
    assert cert.kind == "rules" and cert.proves == "convex"
    assert cert.parameters == ("y",) and cert.variables == ("z",)  # l(z, y) convex in z for every target y


def test_seed_one_layer_readings_disagree_and_each_is_answered():
    result = _checked(check_family_claim(SEED_ONE_LAYER))
    assert result.holds is None
    answers = {(a.reading.hidden, a.reading.output): a.holds for a in result.answers}
    assert answers == {(0, "identity"): True, (0, "sigmoid"): False, (1, "identity"): False}
    assert "the readings disagree" in result.answer()


def test_seed_sigmoid_network_is_non_convex_by_one_member():
    result = _checked(check_family_claim(SEED_SIGMOID))
    assert result.holds is True and result.claim.quantifier == "some member"
    (a,) = result.answers
    _member_loss_is_not_convex(a)


@pytest.mark.parametrize("text, holds", [
    ("Neural nets with linear activations and squared loss are convex", False),
    ("A ReLU network's loss is convex because ReLU is convex", False),
    ("Logistic regression is convex", True),
    ("A network without hidden layers and cross-entropy loss is convex, like logistic regression", True),
    ("The loss of a sigmoid neural network is nonconvex", True),
    ("Neural networks with sigmoid activations are not convex", True),
    ("deep linear networks with square loss are convex", False),
])
def test_seed_claims_as_people_paraphrase_them(text, holds):
    assert _checked(check_claim(text, timeout=60)).holds is holds


# ------------------------------------------------------------------------- 40+ claims of our own

ACTIVATIONS = {"linear": "linear activation functions", "relu": "ReLU activations", "sigmoid": "sigmoid activations",
               "tanh": "tanh activations", "softplus": "softplus activations"}
LOSSES = {"squared": "squared loss", "logistic": "cross-entropy loss", "hinge": "hinge loss"}
GRID = [(f"A neural network with {depth}, {aw} and {lw} is {'non-convex' if neg else 'convex'} in its weights",
         neg) for (depth, aw, lw, neg) in itertools.product(("one hidden layer", "two hidden layers"),
                                                             ACTIVATIONS.values(), LOSSES.values(), (False, True))]
NO_HIDDEN = [
    ("A network with no hidden layer, a linear output and squared loss is convex", True),
    ("A network with no hidden layer, a linear output and hinge loss is convex", True),
    ("A network with no hidden layer, a linear output and cross-entropy loss is non-convex", False),
    ("Linear regression is non-convex in its parameters", False),
    ("A single sigmoid neuron with squared loss is convex", False),
    ("A single sigmoid neuron with squared loss and two data points is non-convex", True),
    ("A perceptron with a sigmoid output and squared loss is convex", False),
]


@pytest.mark.parametrize("text, holds", GRID[::3] + NO_HIDDEN)
def test_family_claims_of_our_own(text, holds):
    """Hidden layers: every activation and loss gives a non-convex member (so "convex" is refuted and
    "non-convex" holds); no hidden layer with a linear output: convex for every data set."""
    result = _checked(check_family_claim(text, timeout=60))
    assert result.holds is holds
    for a in result.answers:
        if a.member is not None:
            _member_loss_is_not_convex(a)


def test_the_grid_has_forty_claims_and_the_rest_of_it_is_answered_too():
    assert len(GRID) + len(NO_HIDDEN) >= 40
    for text, holds in GRID[1::3]:
        assert check_family_claim(text, timeout=60).holds is holds, text


def test_a_fixed_number_of_data_points_is_respected():
    result = check_family_claim("A single sigmoid neuron with squared loss and two data points is convex")
    (a,) = result.answers
    assert len(a.member.data) == 2


def test_members_are_the_smallest_first():
    result = check_family_claim(SEED_LINEAR)
    # a net with one hidden layer has at least 2 weights; the 2-weight member with one data point comes first
    member = result.answers[0].member
    assert len(member.names) == 2 and len(member.data) == 1


# ------------------------------------------------------------------------------ for-all-data proofs

@pytest.mark.parametrize("loss", ["squared", "logistic", "hinge"])
def test_per_example_loss_is_convex_in_the_score_for_every_target(loss):
    cert = prove_for_all_data(loss)
    assert verify(cert) == "convex"
    ell, z, y = per_example_loss(loss)
    assert list(cert.variables) == [z.name] and list(cert.parameters) == [y.name]
    # and it is the loss the checker builds for a network without a hidden layer: one example, score z
    from symconvex.certificates import to_sympy
    from symconvex.check.losstree import loss_tree
    target = -1 if loss == "hinge" else 1
    spec = {"layers": [1, 1], "activations": ["identity"], "bias": False, "loss": loss,
            "inputs": [["1"]], "targets": [[str(target)]]}
    w = sp.Symbol("W1_1_1", real=True)
    assert sp.simplify(to_sympy(loss_tree(spec), {"W1_1_1": w}) - ell.subs({z: w, y: target})) == 0


def test_tampering_with_the_for_all_data_proof_is_rejected():
    cert = prove_for_all_data("logistic")
    data = cert.to_dict()
    twins = list(tampered_twins(data))
    assert twins
    for _, twin in twins:
        with pytest.raises(CertificateError):
            verify(twin)
    # moving a parameter into the variables changes the claim (joint convexity in w, b, x, y: false) and the digest
    moved = dataclasses.replace(cert, variables=(*cert.variables, "y"), parameters=())
    with pytest.raises(CertificateError):
        verify(moved)
    # a parameter's sign is never used: a derivation that needs one is refused
    y = sp.Symbol("y", real=True)
    w = sp.Symbol("w", real=True)
    from symconvex.rules import prove_by_rules
    assert prove_by_rules(y * w ** 2, (w,), None, parameters=(y,)) is None  # convex only for y >= 0


def test_a_refutation_with_parameters_must_state_their_values():
    from symconvex.certificates import HessianCertificate, MidpointCertificate
    cert = MidpointCertificate(variables=("w",), function=["mul", ["var", "y"], ["var", "w"], ["var", "w"]],
                               refutes="convex", a=("1",), b=("-1",), lam="1/2", parameters=("y",),
                               values={"f(a)": "-1", "f(b)": "-1", "f(m)": "0"})
    with pytest.raises(CertificateError, match="parameter_values"):
        verify(cert)
    # at y = -1, -w^2 is not convex: the refutation names the value it uses
    assert verify(dataclasses.replace(cert, parameter_values=("-1",), digest="")) == "not_convex"
    with pytest.raises(CertificateError):  # at y = 1 the stated values are wrong (w^2 is convex)
        verify(dataclasses.replace(cert, parameter_values=("1",), digest=""))
    from symconvex.certificates import SumCertificate
    summed = SumCertificate(variables=("w",), function=["add", ["var", "y"], ["var", "w"]], proves="strictly_convex",
                            parts=(None, None), parameters=("y",))
    with pytest.raises(CertificateError, match="needs a certificate"):  # sums may have parameters; terms need proofs
        verify(summed)
    # a Hessian proof may have parameters, but states no values: it holds for every one of them
    hess = HessianCertificate(variables=("w",), function=["mul", ["var", "y"], ["var", "w"]], proves="convex",
                              hessian=[[["num", "0"]]], L=[[["num", "1"]]], D=[["num", "0"]],
                              pivot_signs=[{"sign": "zero", "box": {}}], parameters=("y",), parameter_values=("1",))
    with pytest.raises(CertificateError, match="states none"):
        verify(hess)
    assert verify(dataclasses.replace(hess, parameter_values=(), digest="")) == "convex"


# ------------------------------------------------------------------------------------ reading errors

@pytest.mark.parametrize("text, message", [
    ("A ReLU network with L2 regularization is convex", "not modelled"),
    ("A convolutional network is convex", "not modelled"),
    ("A ReLU network is neither convex nor concave", "not modelled"),
    ("A ReLU network is pretty", "needs the property"),
    ("A ReLU and tanh network is convex", "several activations"),
])
def test_claims_outside_the_grammar_are_one_line_errors(text, message):
    with pytest.raises(ClaimError, match=message):
        parse_family_claim(text)


def test_cli_answers_a_family_claim_with_json_certificate_and_latex(tmp_path, capsys):
    from symconvex.cli import main
    cert_file, tex = tmp_path / "c.json", tmp_path / "p.tex"
    status = main(["check", "--json", SEED_LINEAR, "--certificate", str(cert_file), "--latex", str(tex)])
    data = json.loads(capsys.readouterr().out)
    assert status == 1 and data["holds"] is False and data["family"] is True
    assert data["readings"][0]["member"]["layers"] == [1, 1, 1]
    assert verify(cert_file.read_text()) == "not_convex"
    text = tex.read_text()
    assert "The family claim" in text and "every member" in text and "square loss" in text
    assert main(["check", "A ReLU network is pretty"]) == 2


def test_the_gallery_has_a_proof_per_seed_family_claim():
    import pathlib

    from symconvex.gallery import FAMILY_CLAIMS
    expected = {SEED_LINEAR: False, SEED_RELU: False, SEED_NO_HIDDEN: True, SEED_ONE_LAYER: None,
                SEED_SIGMOID: True}
    assert {row["claim"] for row in FAMILY_CLAIMS} == set(expected)
    proofs = pathlib.Path(__file__).parent.parent / "proofs"
    for row in FAMILY_CLAIMS:
        tex = (proofs / f"{row['name']}.tex").read_text()
        assert "The family claim" in tex and row["claim"].replace("'", "’")[:20] in tex.replace("'", "’")
        word = {True: "The claim holds.", False: "The claim is refuted.", None: "The claim is undecided."}
        assert word[expected[row["claim"]]] in tex
        certs = json.loads((proofs / f"{row['name']}.cert.json").read_text())
        for cert in certs if isinstance(certs, list) else [certs]:
            assert verify(cert) == from_json(cert).statement
