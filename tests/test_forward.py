"""The finders' forward pass (``symconvex.forward``) against the checker's (``check.fastnet``), which share no
code: on random piecewise linear nets, data, points and directions both give exactly the same loss, the same
degree-2 jet (value, slope, half the second derivative) and the same kink pattern; the exact integer product
agrees with Python integers in every regime (BLAS-exact, base-2^s digits, multiprecision); the float mode agrees
with the exact values to rounding."""

from __future__ import annotations

import random
from fractions import Fraction

import numpy as np
import pytest

from symconvex.check import fastnet
from symconvex.check.network import parameter_names
from symconvex.errors import InputError
from symconvex.forward import IntegerNet, float_pass, int_matmul, names

ACTIVATIONS = ("relu", "identity", "leaky_relu:1/3", "leaky_relu:0", "leaky_relu:1")


def _rational(rng: random.Random, den: int = 4) -> Fraction:
    return Fraction(rng.randint(-9, 9), rng.randint(1, den))


def _spec(rng: random.Random) -> dict:
    depth = rng.randint(1, 3)
    widths = [rng.randint(1, 3)] + [rng.randint(1, 4) for _ in range(depth - 1)]
    loss = rng.choice(("squared", "hinge"))
    widths.append(1 if loss == "hinge" else rng.randint(1, 2))
    n = rng.randint(1, 4)
    return {"layers": widths, "activations": [rng.choice(ACTIVATIONS) for _ in range(depth - 1)] +
            [rng.choice(("identity", "relu"))], "bias": rng.random() < 0.8, "loss": loss,
            "inputs": [[str(_rational(rng)) for _ in range(widths[0])] for _ in range(n)],
            "targets": [[str(rng.choice((-1, 1)) if loss == "hinge" else _rational(rng)) for _ in range(widths[-1])]
                        for _ in range(n)]}


def _over(values: list[Fraction]) -> tuple[np.ndarray, int]:
    D = 1
    for v in values:
        D = D * v.denominator // np.gcd(D, v.denominator)
    return np.array([int(v * D) for v in values], dtype=np.int64), int(D)


@pytest.mark.parametrize("seed", range(60))
def test_the_finders_exact_pass_equals_the_checkers_on_random_nets(seed):
    rng = random.Random(seed)
    spec = _spec(rng)
    mine, theirs = IntegerNet(spec), fastnet.FastNet(spec)
    assert mine.names() == tuple(parameter_names(spec)) == names(tuple(spec["layers"]), spec["bias"])
    p = [_rational(rng, 3) for _ in range(mine.size)]
    u = [_rational(rng, 2) if rng.random() < 0.7 else Fraction(0) for _ in range(mine.size)]
    P, D = _over(p + u)
    point, direction = P[:mine.size], P[mine.size:]
    P_vec = theirs.vector([str(v) for v in p], "point")
    U_vec = theirs.vector([str(v) for v in u], "direction")
    assert mine.run(point, D)[1] == theirs.value(P_vec)
    state, jet, margins = mine.run(point, D, direction)
    their_state, their_jet, their_margins = theirs.run(P_vec, U_vec)
    assert jet == their_jet.c
    assert mine.pattern(state.signs, margins).tolist() == theirs.pattern(their_state.signs, their_margins).tolist()


def test_a_kink_on_its_switching_point_is_not_a_pattern():
    spec = {"layers": [1, 1, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [["1"]], "targets": [["0"]]}
    net = IntegerNet(spec)
    state, _, margins = net.run(np.array([1, -1, 1, 0]))  # w x + b = 1 - 1 = 0
    assert net.pattern(state.signs, margins).tolist() == [0]
    with pytest.raises(AssertionError, match="switching point"):
        net.strict_pattern(state.signs, margins)


@pytest.mark.parametrize("scale", [1, 2 ** 20, 2 ** 40, 2 ** 50, 2 ** 61, 2 ** 200])  # float, digits, wide, flint
def test_the_exact_integer_product_equals_python_integers(scale):
    rng = np.random.default_rng(scale % 1000)
    a = rng.integers(-1000, 1000, size=(5, 300))
    b = rng.integers(-8, 8, size=(300, 7))
    big_a = np.array([[int(v) * scale + 1 for v in row] for row in a.tolist()], dtype=object)
    expected = big_a @ b.astype(object)
    got = int_matmul(big_a, b)
    assert [[int(v) for v in row] for row in got.tolist()] == expected.tolist()


def test_the_float_mode_agrees_with_the_exact_loss_to_rounding():
    rng = random.Random(5)
    spec = {"layers": [2, 3, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [["1/2", "-1"], ["3", "1/4"], ["-2", "2"]], "targets": [["1"], ["0"], ["-1/2"]]}
    net = IntegerNet(spec)
    p = [_rational(rng, 3) for _ in range(net.size)]
    P, D = _over(p)
    exact = net.run(P, D)[1]
    X = np.array([[float(Fraction(v)) for v in row] for row in spec["inputs"]])
    Y = np.array([[float(Fraction(v)) for v in row] for row in spec["targets"]])
    layers = [(np.array(W, dtype=float) / D, np.array(b, dtype=float) / D) for W, b in net.split(P)]
    out = float_pass(layers, spec["activations"], X)
    assert abs(0.5 * ((out - Y) ** 2).sum() - float(exact)) < 1e-9 * (1 + abs(float(exact)))


@pytest.mark.parametrize("seed", range(20))
def test_one_layer_in_fractions_equals_the_integer_pass_and_the_tree(seed):
    """The exact per-point layers (regions) and the loss tree read by the finders' evaluator (netsearch) give the
    integer pass's loss."""
    from symconvex.evaluation import value_at
    from symconvex.forward import layer_exact, loss_tree

    rng = random.Random(100 + seed)
    spec = _spec(rng)
    net = IntegerNet(spec)
    p = [_rational(rng, 3) for _ in range(net.size)]
    P, D = _over(p)
    total = Fraction(0)
    layers = [([[Fraction(int(w), D) for w in row] for row in W.tolist()],
               [Fraction(int(v), D) for v in b.tolist()] if b is not None else [Fraction(0)] * W.shape[0])
              for W, b in net.split(P)]
    for x, y in zip(spec["inputs"], spec["targets"]):
        values = [Fraction(v) for v in x]
        for (W, b), name in zip(layers, spec["activations"]):
            values = layer_exact(name, W, b, values)
        if spec["loss"] == "squared":
            total += sum((o - Fraction(t)) ** 2 for o, t in zip(values, y)) / 2
        else:
            total += max(Fraction(0), 1 - Fraction(y[0]) * values[0])
    assert total == net.run(P, D)[1] == value_at(loss_tree(spec), list(net.names()), p)


@pytest.mark.parametrize("change, message", [
    ({"activations": ["sigmoid", "identity"]}, "activations only"),
    ({"loss": "logistic"}, "losses only"),
    ({"inputs": [["x"]]}, "not a rational number"),
    ({"layers": [1]}, "at least two positive widths"),
])
def test_a_spec_outside_the_exact_setting_is_a_one_line_input_error(change, message):
    spec = {"layers": [1, 2, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [["1"]], "targets": [["0"]], **change}
    with pytest.raises(InputError, match=message):
        IntegerNet(spec)
