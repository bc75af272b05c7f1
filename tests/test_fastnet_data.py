"""check.fastnet's data compilation (``FastNet``, from ``check.network.validate_spec``'s one reading): a spec's
data strings become integer numerators over per-row denominators with exactly the values of
``certificates.parse_rational``, and exactly the specs (with the same errors) are accepted and rejected as by an
earlier per-string implementation, kept here verbatim as the reference (with the two array helpers it used)."""

from __future__ import annotations

import itertools
import math
import random
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from marks import examples

from symconvex.certificates import parse_rational, rational_to_str
from symconvex.check import fastnet, verify
from symconvex.check.fastnet import SAFE
from symconvex.check.network import validate_spec
from symconvex.errors import CertificateError
from symconvex.scale import certify_large


# ------------------------------------------------------------------ the former implementation (the reference)

def _shrink(a: np.ndarray) -> np.ndarray:
    if a.dtype == object:
        return a.astype(np.int64) if max((abs(int(v)) for v in a.ravel()), default=0) < SAFE else a
    return a


def _column(values) -> np.ndarray:
    return _shrink(np.array([int(v) for v in values], dtype=object).reshape(-1, 1))


def old_data_table(spec) -> dict | None:
    if not isinstance(spec, dict):
        return None
    layers = spec.get("layers")
    if not isinstance(layers, list) or len(layers) < 2 or not all(
            isinstance(w, int) and not isinstance(w, bool) and w >= 1 for w in layers):
        return None
    d, m = layers[0], layers[-1]
    try:
        validate_spec({**spec, "layers": [1, *layers[1:]], "inputs": [["0"]], "targets": [["0"] * m]})
    except CertificateError:
        return None
    inputs, targets = spec.get("inputs"), spec.get("targets")
    if not isinstance(inputs, list) or not isinstance(targets, list) or len(inputs) != len(targets) or not inputs:
        return None
    for rows, width in ((inputs, d), (targets, m)):
        if not all(isinstance(row, list) and len(row) == width for row in rows):
            return None
    try:
        distinct = {v for rows in (inputs, targets) for row in rows for v in row}
        return {v: parse_rational(v) for v in distinct}
    except (TypeError, CertificateError):
        return None


def old_data_matrix(rows: list, table: dict, width: int) -> tuple[np.ndarray, np.ndarray]:
    keys = list(table)
    nums = [table[k].numerator for k in keys]
    dens = [table[k].denominator for k in keys]
    common = math.lcm(*dens)
    if common < SAFE and max(map(abs, nums)) * common < SAFE:
        index = {k: i for i, k in enumerate(keys)}
        codes = np.fromiter(map(index.__getitem__, itertools.chain.from_iterable(rows)), dtype=np.intp,
                            count=len(rows) * width).reshape(len(rows), width)
        den = np.array(dens, dtype=np.int64)[codes]
        row_den = np.lcm.reduce(den, axis=1).reshape(-1, 1)
        return np.array(nums, dtype=np.int64)[codes] * (row_den // den), row_den
    fracs = [[table[v] for v in x] for x in rows]
    row_dens = [math.lcm(*[v.denominator for v in r]) for r in fracs]
    X = _shrink(np.array([[v.numerator * (d // v.denominator) for v in r] for r, d in zip(fracs, row_dens)],
                         dtype=object).reshape(len(fracs), width))
    return X, _column(row_dens)


def old_compile(spec):
    """The data part of the former ``FastNet.__init__``: (X, XD, Y, YD), or the exception it raised."""
    table = old_data_table(spec)
    if table is None:
        validate_spec(spec)
        raise CertificateError("network: the spec is not valid")
    X, XD = old_data_matrix(spec["inputs"], table, spec["layers"][0])
    ys = [[table[v] for v in y] for y in spec["targets"]]
    ydens = [math.lcm(*[v.denominator for v in r]) for r in ys]
    Y = np.array([[v.numerator * (d // v.denominator) for v in r] for r, d in zip(ys, ydens)],
                 dtype=object).reshape(len(ys), spec["layers"][-1])
    return X, XD, Y, np.array(ydens, dtype=object).reshape(-1, 1)


def new_compile(spec):
    net = fastnet.FastNet(spec)
    return net.X, net.XD, net.Y, net.YD


def outcome(compile_, spec):
    """Everything observable: the arrays (dtype kind and exact entries) or the exception (type and message)."""
    try:
        arrays = compile_(spec)
    except Exception as exc:  # noqa: BLE001 - the point is to compare whatever is raised
        return ("raised", type(exc), str(exc))
    return ("ok", tuple((a.dtype == object, a.shape, tuple(int(v) for v in a.ravel())) for a in arrays))


def _qualifies(spec, old: bool):
    """Whether the spec compiles now, or before (the spec's activations and loss are fastnet's), or what it raised."""
    try:
        return old_data_table(spec) is not None if old else fastnet.compile_spec(spec) is not None
    except Exception as exc:  # noqa: BLE001
        return (type(exc), str(exc))


def _spec(inputs, targets):
    return {"layers": [len(inputs[0]), 2, len(targets[0])], "activations": ["relu", "identity"], "bias": True,
            "loss": "squared", "inputs": inputs, "targets": targets}


# ------------------------------------------------------------------------------------ exact values

P49 = 2 ** 49
NUMBERS = st.one_of(
    st.integers(-12, 12).map(str),
    st.builds(lambda p, q: f"{p}/{q}", st.integers(-40, 40), st.integers(1, 16)),  # unreduced too
    st.builds(lambda p: f"{p}/{P49}", st.integers(-2 ** 50, 2 ** 50)),  # 50-bit, float-like
    st.builds(lambda p, q: f"{p}/{q}", st.integers(-2 ** 70, 2 ** 70), st.integers(1, 2 ** 70)),  # > 64 bits
    st.builds(lambda p, q: f"{p}/{q}", st.integers(-10 ** 18 + 1, 10 ** 18 - 1), st.integers(1, 10 ** 18 - 1)),
    st.sampled_from(["-0", "0", "-0/3", "0/7", "6/4", "-6/4", "007", "-007/014", "999999999999999999",
                     "-999999999999999999/999999999999999998", "1000000000000000000", "1/1000003", "1/1000033",
                     "1/1000037", "1/1000039", "1/2305843009213693951", "4611686018427387904/3"]),
)


@st.composite
def data_specs(draw):
    n, d, m = draw(st.integers(1, 4)), draw(st.integers(1, 6)), draw(st.integers(1, 2))
    rows = lambda w: draw(st.lists(st.lists(NUMBERS, min_size=w, max_size=w), min_size=n, max_size=n))
    return _spec(rows(d), rows(m))


def _assert_exact(spec, net):
    for data, num, den in ((spec["inputs"], net.X, net.XD), (spec["targets"], net.Y, net.YD)):
        assert num.shape == (len(data), len(data[0])) and den.shape == (len(data), 1)
        for i, row in enumerate(data):
            assert int(den[i, 0]) >= 1
            for j, text in enumerate(row):
                assert Fraction(int(num[i, j]), int(den[i, 0])) == Fraction(text), (text, num[i, j], den[i, 0])
    for a in (net.X, net.XD):  # int64 exactly when every entry is below SAFE
        assert (a.dtype == np.int64) == (max(abs(int(v)) for v in a.ravel()) < SAFE)


@settings(max_examples=examples(150, default=50), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=data_specs())
def test_values_are_exact_and_as_before(spec):
    net = fastnet.FastNet(spec)
    _assert_exact(spec, net)
    assert outcome(new_compile, spec) == outcome(old_compile, spec)


def test_seeded_large_random_specs():
    rng = random.Random(7)
    pools = {
        "small": lambda: rational_to_str(Fraction(rng.randint(-8, 8), 8)),
        "float-like": lambda: f"{rng.randint(-2 ** 50, 2 ** 50)}/{P49}",
        "decimal": lambda: f"{rng.randint(-10 ** 12, 10 ** 12)}/{10 ** rng.randint(0, 6)}",
        "mixed": lambda: rng.choice([str(rng.randint(-3, 3)), f"{rng.randint(-99, 99)}/{rng.randint(1, 99)}",
                                     f"{rng.randint(-2 ** 80, 2 ** 80)}/{rng.randint(1, 2 ** 66)}", "-0"]),
    }
    for name, x in pools.items():
        spec = _spec([[x() for _ in range(37)] for _ in range(5)], [[x()] for _ in range(5)])
        net = fastnet.FastNet(spec)
        _assert_exact(spec, net)
        assert outcome(new_compile, spec) == outcome(old_compile, spec), name


def test_every_pair_of_part_lengths():
    """Numerators and denominators of 1 to 18 digits side by side, integers among fractions."""
    rng = random.Random(5)
    digits = lambda k: str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(k - 1))
    row = [f"{'-' if (a + b) % 3 == 0 else ''}{digits(a)}/{digits(b)}" for a in range(1, 19) for b in range(1, 19)]
    row += [digits(a) for a in range(1, 19)] + ["-" + digits(a) for a in range(1, 19)]
    row += ["10001/1000", "1/10001", "0" * 18 + "/" + "0" * 17 + "1", "-" + "0" * 18]
    rows = [[row, row[::-1]]]
    for a in range(1, 18):  # parts of only two neighbouring lengths (no run shorter than the others by 2)
        rows.append([[f"{digits(a + 1)}/{digits(a)}", f"-{digits(a)}/{digits(a + 1)}", digits(a), digits(a + 1)]])
    for inputs in rows:
        spec = _spec(inputs, [["1"]] * len(inputs))
        _assert_exact(spec, fastnet.FastNet(spec))
        assert outcome(new_compile, spec) == outcome(old_compile, spec)


DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=20)
RATIONAL_LIKE = st.builds(lambda sign, p, q: sign + p + q, st.sampled_from(["", "-"]), DIGITS,
                          st.one_of(st.just(""), DIGITS.map(lambda q: "/" + q)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
@pytest.mark.slow
def test_digit_strings_of_every_length(data):
    width = data.draw(st.integers(1, 5))
    rows = data.draw(st.lists(st.lists(RATIONAL_LIKE, min_size=width, max_size=width), min_size=1, max_size=4))
    spec = _spec(rows, [[data.draw(RATIONAL_LIKE)] for _ in rows])
    assert outcome(new_compile, spec) == outcome(old_compile, spec)
    if old_data_table(spec) is not None:
        _assert_exact(spec, fastnet.FastNet(spec))


@pytest.mark.parametrize("rows, dtypes", [
    ([["999999999999999999/3", "1/13"]], ("int64", "int64")),  # 333333333333333333 * 13 < SAFE
    ([["999999999999999999/3", "1/14"]], ("object", "int64")),  # * 14 reaches SAFE: that entry only
    ([["1/1000003", "1/1000033", "1/1000037", "1/1000039"]], ("int64", "object")),  # row lcm ~ 1e24
    ([["1/1000003", "1/1000033"], ["1/1000037", "1/1000039"]], ("int64", "int64")),  # each row's lcm < SAFE
    ([[f"{2 ** 61}/3", "5/7"], ["1", "2"]], ("object", "int64")),
    ([["1/562949953421312", "3/4"], ["-5", "-0"]], ("int64", "int64")),
])
def test_row_scaling_overflow_is_exact_per_entry(rows, dtypes):
    spec = _spec(rows, [["1"]] * len(rows))
    net = fastnet.FastNet(spec)
    _assert_exact(spec, net)
    assert (str(net.X.dtype), str(net.XD.dtype)) == dtypes
    assert outcome(new_compile, spec) == outcome(old_compile, spec)


# ------------------------------------------------------------------------------ invalid and odd data

ODD = [1.5, True, False, 1, None, ["1"], "", "-", "/", "1/", "/2", "1//2", "1/2/3", "--1", "-1/-2", "+1", "1/+2",
       "1/0", "0/0", "-0/0", "00/000", "1.5", "1e3", " 1", "1 ", "1\n2", "1\n", "1/2\n", "\n1", "1\r", "1_000",
       "\u0663", "-\u0663/\u0664", "\uff11", "\u0661\u0660", "x", "1\x00", "9" * 18, "-" + "9" * 18 + "/" + "9" * 18,
       "1" + "0" * 18, "1/" + "1" + "0" * 18, "1" * 4301, "1/" + "1" * 4301, "é", "1/2é"]


@pytest.mark.parametrize("odd", ODD, ids=repr)
@pytest.mark.parametrize("where", ["input", "target"])
def test_odd_entries_give_the_former_outcome(odd, where):
    inputs = [["1/2", "-3", "5/7"], ["0", "-6/4", "2"], ["1", "1", "1"]]
    targets = [["1"], ["-1/3"], ["2"]]
    (inputs if where == "input" else targets)[1][-1] = odd
    spec = _spec(inputs, targets)
    assert outcome(new_compile, spec) == outcome(old_compile, spec)
    assert _qualifies(spec, old=False) == _qualifies(spec, old=True)
    if outcome(old_compile, spec)[0] == "ok":
        _assert_exact(spec, fastnet.FastNet(spec))


def test_unicode_digits_are_valid_as_before():
    spec = _spec([["\u0663", "-\u0661/\u0662"]], [["\uff17"]])
    net = fastnet.FastNet(spec)
    assert [Fraction(int(v), int(net.XD[0, 0])) for v in net.X[0]] == [3, Fraction(-1, 2)]
    assert Fraction(int(net.Y[0, 0]), int(net.YD[0, 0])) == 7


@pytest.mark.parametrize("mutate", [
    lambda s: s.update(inputs=[]), lambda s: s.update(inputs=[["1", "2"]]),
    lambda s: s.update(inputs=[["1", "2", "3"], ("1", "2", "3")] + s["inputs"][2:]),
    lambda s: s.update(targets=s["targets"][:-1]), lambda s: s.update(targets="1"),
    lambda s: s.update(layers=[3, 0, 1]), lambda s: s["inputs"][0].append("1"),
])
def test_malformed_specs_give_the_former_outcome(mutate):
    spec = _spec([["1/2", "-3", "5/7"], ["0", "-6/4", "2"], ["1", "1", "1"]], [["1"], ["-1/3"], ["2"]])
    mutate(spec)
    assert outcome(new_compile, spec) == outcome(old_compile, spec)
    assert outcome(new_compile, spec)[0] == "raised"
    assert fastnet.compile_spec(spec) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(alphabet="0123456789-/\n \u0663.", max_size=5), min_size=2, max_size=2),
                min_size=1, max_size=3))
def test_random_text_gives_the_former_outcome(rows):
    spec = _spec(rows, [["1"]] * len(rows))
    assert outcome(new_compile, spec) == outcome(old_compile, spec)


# ------------------------------------------------------------------------------ certificates still verify

def test_certify_large_on_50_bit_data_still_refutes():
    rng = random.Random(3)
    x = lambda: f"{rng.randint(-2 ** 50, 2 ** 50)}/{P49}"  # not always in lowest terms
    spec = {"layers": [4, 5, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [[x() for _ in range(4)] for _ in range(6)], "targets": [[x()] for _ in range(6)]}
    certs = certify_large(spec)
    verdicts = [verify(c) for c in certs]
    assert verdicts == [f"not_{c.refutes}" for c in certs]
    assert "not_convex" in verdicts
    assert all(verify(c.to_json()) == f"not_{c.refutes}" for c in certs)


def test_the_size_cap_is_validate_specs(monkeypatch):
    """The data-units cap of ``check.network`` applies to the fast path too (its structure check runs on one dummy
    data point, so the cap is checked with the real number of points): refused with validate_spec's message."""
    from symconvex.check import network

    monkeypatch.setattr(network, "MAX_DATA_UNITS", 9)  # n points times 3 units (2 hidden, 1 output)
    small = _spec([["1", "2"]] * 3, [["1"]] * 3)
    assert fastnet.compile_spec(small) is not None
    big = _spec([["1", "2"]] * 4, [["1"]] * 4)
    assert fastnet.compile_spec(big) is None
    with pytest.raises(CertificateError, match="^network: too large: 4 data points times 3 units exceed the limit"):
        fastnet.FastNet(big)


def test_fastnet_is_imported_for_exactly_the_specs_it_evaluates():
    """``check`` takes the exact integer pass for a spec when ``check.network.piecewise_linear`` says so, read before
    validation: it must say so for every spec ``FastNet`` compiles (else such a spec would take the loss tree), and
    a valid spec it says so of must compile (identity, relu, leaky_relu p/q layers; squared or hinge loss)."""
    from symconvex.check.network import piecewise_linear

    base = {"layers": [2, 2, 1], "bias": True, "inputs": [["1", "-1/2"], ["0", "3"]], "targets": [["1"], ["-1"]]}
    activations = ["identity", "relu", "leaky_relu:1/10", "leaky_relu:0", "leaky_relu", "leaky_relu:2", "sigmoid",
                   "tanh", "softplus", "elu", 3, None]
    compiled = said = 0
    for first, second in itertools.product(activations, repeat=2):
        for loss in ("squared", "hinge", "logistic", "cross", None):
            spec = {**base, "activations": [first, second], "loss": loss}
            fast = fastnet.compile_spec(spec)
            try:
                validate_spec(spec)
                valid = True
            except CertificateError:
                valid = False
            assert fast is None or piecewise_linear(spec)
            assert not (valid and piecewise_linear(spec)) or fast is not None
            compiled, said = compiled + (fast is not None), said + piecewise_linear(spec)
    assert compiled == 4 * 4 * 2 and said > compiled  # 4 valid piecewise linear names, 2 losses; invalid ones too
    malformed = (None, [], "spec", {"activations": "relu", "loss": "squared"},
                 {**base, "activations": ["relu"], "loss": "squared"})  # one activation for two layers
    assert [fastnet.compile_spec(spec) for spec in malformed] == [None] * 5  # the loss tree's validation reports
    assert [piecewise_linear(spec) for spec in malformed] == [False, False, False, False, True]
