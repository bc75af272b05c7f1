"""Networks over their weights: spec, parameters, loss expression, TOML, validation."""

from __future__ import annotations

import random
from fractions import Fraction
from pathlib import Path

import pytest
import sympy as sp

from symconvex.analysis import Analysis, analyze
from symconvex.certificates import rational_to_str
from symconvex.check.evaluate import value_at
from symconvex.check.losstree import loss_tree
from symconvex.check.network import parameter_names
from symconvex.check.numbers import endpoints
from symconvex.errors import InputError
from symconvex.functions import relu
from symconvex.network import Network, canonical_activation, parse_data, to_fraction

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEED_000 = [(1, 1), (-1, -1)]


def seed_net():
    return Network([1, 2, 1], "relu", data=SEED_000)


def test_params_are_named_as_the_checker_orders_them():
    net = seed_net()
    assert [s.name for s in net.params] == parameter_names(net.spec)
    assert [s.name for s in net.params] == ["W1_1_1", "W1_2_1", "b1_1", "b1_2", "W2_1_1", "W2_1_2", "b2_1"]
    assert all(s.is_real for s in net.params)


def test_params_print_as_layer_indexed_latex():
    net = Network([2, 3, 1], "tanh", data=[((1, 2), 0)])
    assert sp.latex(net.weight(1, 2, 1)) == "W^{(1)}_{21}"
    assert sp.latex(net.bias_symbol(2, 1)) == "b^{(2)}_{1}"
    assert "W^{(2)}_{13}" in sp.latex(net.loss)


def test_seed_000_loss_values_are_exact():
    net = seed_net()
    theta1 = [1, -1, 0, 0, 1, -1, 0]
    theta2 = [-1, 1, 0, 0, -1, 1, 0]
    assert net.loss_at(theta1) == 0
    assert net.loss_at(theta2) == 0
    assert net.loss_at([0] * 7) == 1


def test_seed_000_output_is_the_answer_formula():
    net = seed_net()
    W11, W21, b11, b12, V1, V2, c = net.params
    x = sp.Integer(1)
    expected = c + V1 * relu(W11 * x + b11) + V2 * relu(W21 * x + b12)
    assert sp.simplify(net.output(1) - expected) == 0


def test_spec_format_and_round_trip():
    net = Network([2, 3, 1], ["leaky_relu:0.1"], output_activation="identity", bias=False, loss="hinge",
                  data=[((1, "1/3"), 1), ((0.5, -2), -1)])
    spec = net.spec
    assert spec == {"layers": [2, 3, 1], "activations": ["leaky_relu:1/10", "identity"], "bias": False,
                    "loss": "hinge", "inputs": [["1", "1/3"], ["1/2", "-2"]], "targets": [["1"], ["-1"]]}
    assert Network.from_spec(spec).spec == spec
    assert parameter_names(spec) == [s.name for s in net.params]


def test_floats_are_converted_exactly():
    net = Network([1, 1], data=[(0.1, 0.5)])
    assert net.spec["inputs"] == [[rational_to_str(Fraction(0.1))]]
    assert Fraction(0.1) != Fraction(1, 10)  # the binary value, not the decimal
    assert to_fraction("0.1") == Fraction(1, 10)  # a decimal string is the decimal it spells


@pytest.mark.parametrize("activation,output,loss", [
    ("relu", "identity", "squared"), ("leaky_relu:1/4", "relu", "squared"), ("identity", "identity", "hinge"),
    ("relu", "leaky_relu:1/2", "squared"),
])
def test_loss_expression_agrees_with_the_checker_tree(activation, output, loss):
    rng = random.Random(7)
    ys = [1, -1, 1] if loss == "hinge" else [Fraction(1, 2), -2, 3]
    net = Network([2, 3, 2 if loss == "squared" else 1], activation, output_activation=output, loss=loss,
                  data=[((1, 2), ys[0] if loss == "hinge" else (ys[0], 1)),
                        ((-1, Fraction(1, 3)), ys[1] if loss == "hinge" else (ys[1], 0)),
                        ((0, -1), ys[2] if loss == "hinge" else (ys[2], 2))])
    tree = loss_tree(net.spec)
    for _ in range(5):
        theta = [Fraction(rng.randint(-6, 6), rng.randint(1, 3)) for _ in net.params]
        assert net.loss_at(theta) == sp.Rational(*(lambda q: (q.numerator, q.denominator))(
            value_at(tree, net.names, theta)))


def test_sigmoid_loss_agrees_with_the_checker_enclosure():
    net = Network([2, 2, 1], "sigmoid", loss="logistic", data=[((1, 0), 1), ((0, 1), 0)])
    theta = [Fraction(k - 4, 3) for k in range(len(net.params))]
    enclosure = value_at(loss_tree(net.spec), net.names, theta)
    approx = sp.N(net.loss_at(theta).rewrite(sp.exp), 30)
    lo, hi = endpoints(enclosure)
    assert sp.Rational(lo.numerator, lo.denominator) - sp.Rational(1, 10**25) < approx
    assert approx < sp.Rational(hi.numerator, hi.denominator) + sp.Rational(1, 10**25)


def test_activation_list_per_hidden_layer():
    net = Network([1, 2, 2, 1], ["relu", "tanh"], data=[(1, 0)])
    assert net.spec["activations"] == ["relu", "tanh", "identity"]
    assert net.loss.has(sp.tanh) and net.loss.has(relu)


def test_canonical_activation_names():
    assert canonical_activation("leaky_relu:0.25") == "leaky_relu:1/4"
    assert canonical_activation("linear") == "identity"


def test_from_toml_reads_the_seed_example():
    net = Network.from_toml(EXAMPLES / "seed000.toml")
    assert net.spec == seed_net().spec


def test_toml_decimals_are_the_decimals_they_spell(tmp_path):
    path = tmp_path / "net.toml"
    path.write_text('layers = [1, 1]\ndata = [ { x = 0.1, y = "1/3" } ]\n')
    net = Network.from_toml(path)
    assert net.data[0] == ((Fraction(1, 10),), (Fraction(1, 3),))


def test_to_toml_round_trips(tmp_path):
    net = Network([2, 2, 1], "tanh", loss="logistic", data=[((1, "1/2"), 1), ((0, -1), 0)])
    path = tmp_path / "net.toml"
    path.write_text(net.to_toml())
    assert Network.from_toml(path).spec == net.spec


def test_every_example_file_reads():
    files = sorted(EXAMPLES.glob("*.toml"))
    assert len(files) >= 4
    for f in files:
        assert Network.from_toml(f).params


def test_analyze_dispatches_to_the_network_analysis():
    result = analyze(seed_net())
    assert isinstance(result, Analysis)
    assert result.network is not None and result.variables == seed_net().params


def test_parse_data():
    assert parse_data("1:1, -1:-1") == [([1], [1]), ([-1], [-1])]
    assert parse_data("1 2:3") == [([1, 2], [3])]


@pytest.mark.parametrize("make", [
    lambda: Network([1], data=SEED_000),
    lambda: Network([1, 0, 1], data=SEED_000),
    lambda: Network("1,2,1", data=SEED_000),
    lambda: Network([1, 2, 1], "swish", data=SEED_000),
    lambda: Network([1, 2, 1], "leaky_relu:2", data=SEED_000),
    lambda: Network([1, 2, 1], ["relu", "relu"], data=SEED_000),
    lambda: Network([1, 2, 1], loss="mse", data=SEED_000),
    lambda: Network([1, 2, 1], bias="yes", data=SEED_000),
    lambda: Network([1, 2, 1], data=[]),
    lambda: Network([1, 2, 1], data=[((1, 2), 1)]),
    lambda: Network([1, 2, 1], data=[(1, (1, 2))]),
    lambda: Network([1, 2, 1], data=[(True, 1)]),
    lambda: Network([1, 2, 1], data=[("x", 1)]),
    lambda: Network([1, 2, 1], data=[(float("nan"), 1)]),
    lambda: Network([1, 2, 1], loss="logistic", data=[(1, 2)]),
    lambda: Network([1, 2, 1], loss="hinge", data=[(1, 0)]),
    lambda: Network([1, 2, 2], loss="logistic", data=[(1, (1, 0))]),
    lambda: Network.from_spec({"layers": [1, 1]}),
    lambda: Network.from_toml("/nonexistent/net.toml"),
    lambda: parse_data("1:1, 2"),
    lambda: parse_data("1:1, x:2"),
    lambda: parse_data("1:1, 1/0:2"),
])
def test_invalid_input_raises_one_line_input_errors(make):
    with pytest.raises(InputError) as info:
        make()
    assert "\n" not in str(info.value) and str(info.value)


def test_toml_with_unknown_keys_or_bad_syntax(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('layers = [1, 1]\nlosss = "squared"\ndata = [ { x = 1, y = 1 } ]\n')
    with pytest.raises(InputError, match="unknown keys"):
        Network.from_toml(bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("layers = [1, 1\n")
    with pytest.raises(InputError, match="not valid TOML"):
        Network.from_toml(broken)
    binary = tmp_path / "binary.toml"   # a UTF-16 byte-order mark: tomllib's decode raised UnicodeDecodeError
    binary.write_bytes(b"\xff\xfelayers = [1, 1]\n")
    with pytest.raises(InputError, match="not valid TOML: not UTF-8 text"):
        Network.from_toml(binary)


def test_the_spec_is_a_fresh_copy_every_time():
    """``Network.spec`` is built from data strings made once; changing a returned spec never changes the net."""
    from symconvex.network import Network

    net = Network([1, 2, 1], data=[([1], [1]), ([-1], [-1])])
    spec = net.spec
    spec["inputs"][0][0] = "7"
    spec["targets"].append(["0"])
    assert net.spec["inputs"] == [["1"], ["-1"]] and net.spec["targets"] == [["1"], ["-1"]]
    assert net.names == ("W1_1_1", "W1_2_1", "b1_1", "b1_2", "W2_1_1", "W2_1_2", "b2_1")
