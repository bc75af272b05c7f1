"""Certificates for networks (issue 6): every one is accepted by the checker and its tampered twin is not."""

from __future__ import annotations

import copy
import dataclasses
import math
import random
from fractions import Fraction

import pytest

from symconvex.analysis import Verdict, analyze
from symconvex.certificates import (CurvatureCertificate, MidpointCertificate, from_json, parse_rational,
                                    rational_to_str)
from symconvex.check import verify
from symconvex.check.network import parameter_names
from symconvex.errors import CertificateError
from symconvex.analysis import analyze_network
from symconvex.network import Network
from symconvex.netsearch import (LossOracle, find_permutation_midpoint, find_region_curvature,
                                 find_saddle_at_zero, midpoint_certificate, swap_units)

THETA_1 = ["1", "-1", "0", "0", "1", "-1", "0"]  # the seed answer's theta^(1)
THETA_2 = ["-1", "1", "0", "0", "-1", "1", "0"]  # and theta^(2)


def seed_000():
    return Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)])


def seed_003():
    return Network([1, 1, 1], "relu", output_activation="relu", data=[(1, 1)])


def teacher_data():
    """Six points labelled (to 3 decimals) by a fixed 2-3-1 tanh teacher net."""
    W1 = [[1, -1], [0.5, 1], [-1, 0.5]]
    b1, W2, b2 = [0, 0.5, -0.5], [1, -1, 0.5], 0.25
    xs = [(1, 0), (0, 1), (1, 1), (-1, 1), (2, -1), (Fraction(1, 2), Fraction(-3, 2))]
    data = []
    for x in xs:
        h = [math.tanh(sum(w * float(v) for w, v in zip(row, x)) + b) for row, b in zip(W1, b1)]
        data.append((x, Fraction(sum(w * t for w, t in zip(W2, h)) + b2).limit_denominator(1000)))
    return data


def tampered(cert, **changes):
    """A twin with one field changed and its subject digest recomputed (so only the mathematics can
    reject it); a midpoint's stated m is recomputed too when a, b or lam change."""
    if isinstance(cert, MidpointCertificate) and {"a", "b", "lam"} & set(changes):
        changes.setdefault("m", ())
    return dataclasses.replace(cert, digest="", **changes)


def bump(values, k=0, by=Fraction(1)):
    out = list(values)
    out[k] = rational_to_str(parse_rational(out[k]) + by)
    return tuple(out)


def with_target(cert, point=0, by=1):
    spec = copy.deepcopy(cert.network)
    spec["targets"][point][0] = rational_to_str(parse_rational(spec["targets"][point][0]) + by)
    return tampered(cert, network=spec)


def rejected(cert) -> bool:
    try:
        verify(cert)
    except CertificateError:
        return True
    return False


# ----------------------------------------------------------------------------------------- seed 000

def test_seed_000_search_finds_the_answers_own_midpoint():
    net = seed_000()
    result = analyze_network(net)
    assert result.curvature in (Verdict.NOT_CONVEX, Verdict.NEITHER)
    cert = next(c for c in result.certificates if c.statement == "not_convex")
    assert isinstance(cert, MidpointCertificate)
    assert cert.network == net.spec and cert.function is None
    assert cert.variables == tuple(parameter_names(net.spec))
    assert list(cert.a) == THETA_1 and list(cert.b) == THETA_2 and cert.lam == "1/2"
    assert cert.values == {"f(a)": "0", "f(b)": "0", "f(m)": "1"}
    assert verify(cert) == "not_convex"
    assert verify(from_json(cert.to_json())) == "not_convex"
    assert "swapping hidden units 1 and 2" in cert.note


def test_seed_000_certificate_built_from_the_answer_verifies():
    net = seed_000()
    cert = MidpointCertificate(variables=tuple(net.names), network=net.spec, refutes="convex", a=tuple(THETA_1),
                               b=tuple(THETA_2), lam="1/2", values={"f(a)": "0", "f(b)": "0", "f(m)": "1"})
    assert verify(cert) == "not_convex"
    assert swap_units(net, [Fraction(v) for v in THETA_1], 1, 1, 2) == [Fraction(v) for v in THETA_2]


def test_seed_000_tampered_twins_are_rejected():
    cert = find_permutation_midpoint(seed_000())
    assert verify(cert) == "not_convex"
    assert rejected(tampered(cert, a=bump(cert.a, 0)))                       # one coordinate of a
    assert rejected(with_target(cert, 0))                                    # one data target
    assert rejected(tampered(cert, values={**cert.values, "f(m)": "2"}))     # one stated value
    assert rejected(dataclasses.replace(cert, network=with_target(cert).network))  # stale digest


# ----------------------------------------------------------------------------------------- seed 003

def test_seed_003_relu_of_relu_with_square_loss_is_not_convex():
    net = seed_003()
    result = analyze(net)
    assert result.curvature in (Verdict.NOT_CONVEX, Verdict.NEITHER)
    cert = next(c for c in result.certificates if c.statement == "not_convex")
    assert verify(cert) == "not_convex"
    assert isinstance(cert, CurvatureCertificate)
    assert parse_rational(cert.second_derivative) < 0
    assert rejected(with_target(cert, 0))
    assert rejected(tampered(cert, second_derivative="-1/1000"))


def test_region_curvature_point_is_strictly_inside_a_region():
    net = seed_003()
    cert = find_region_curvature(net)
    assert cert is not None and verify(cert) == "not_convex"
    assert set(cert.pattern) <= {1, -1} and len(cert.pattern) == 2
    # the stated pattern is the checker's: changing it is rejected
    assert rejected(tampered(cert, pattern=tuple(-s for s in cert.pattern)))


# ----------------------------------------------------------------------------------------- seed 002

def test_seed_002_logistic_regression_is_proved_convex_about_the_spec():
    net = Network([2, 1], loss="logistic", data=[((1, 0), 1), ((0, 1), 0), ((1, 1), 1), ((Fraction(-1, 2), 2), 0)])
    result = analyze_network(net)
    assert result.curvature is Verdict.CONVEX
    # convex (rules), and not concave (the loss curves up along a direction): so not affine either
    assert sorted(verify(c) for c in result.certificates) == ["convex", "not_concave"]
    assert result.is_concave is False and "not_affine" in result.facts
    # The proof names the network spec: the checker matched the derivation to the loss it built itself.
    (cert,) = [c for c in result.certificates if c.kind == "rules"]
    assert cert.kind == "rules" and cert.network == net.spec and cert.function is None
    from tampering import tampered_twins
    for path, twin in tampered_twins(cert.to_dict()):
        assert rejected(twin), path


def test_seed_002_linear_hidden_layer_with_squared_loss_is_not_convex():
    net = Network([1, 2, 1], "identity", data=[(1, 1), (-1, -1), (Fraction(1, 2), Fraction(1, 4))])
    cert = find_saddle_at_zero(net)
    assert cert is not None and verify(cert) == "not_convex"
    assert all(v == "0" for v in cert.point) and cert.pattern == ()
    # -2 s |g|^2 with s = 1 and g = sum_i y_i (x_i, 1) = (17/8, 1/4)
    assert parse_rational(cert.second_derivative) == -2 * (Fraction(17, 8) ** 2 + Fraction(1, 4) ** 2)
    assert rejected(tampered(cert, direction=bump(cert.direction, 0)))
    assert rejected(with_target(cert, 0))
    assert analyze_network(net).curvature in (Verdict.NOT_CONVEX, Verdict.NEITHER)


def test_deep_linear_net_without_bias_has_negative_curvature():
    net = Network([1, 2, 2, 1], "identity", bias=False, data=[(1, 1), (-1, -1)])
    cert = find_saddle_at_zero(net)
    assert cert is not None and verify(cert) == "not_convex"


def test_seed_002_sigmoid_2_2_1_is_not_convex():
    net = Network([2, 2, 1], "sigmoid", data=[((1, 0), 1), ((0, 1), 0), ((1, 1), 1)])
    result = analyze_network(net)
    assert result.curvature in (Verdict.NOT_CONVEX, Verdict.NEITHER)
    cert = next(c for c in result.certificates if c.statement == "not_convex")
    assert verify(cert) == "not_convex"
    stated = cert.second_derivative if isinstance(cert, CurvatureCertificate) else cert.values["f(m)"]
    assert stated.startswith("~") or parse_rational(stated) is not None
    assert rejected(with_target(cert, 0, by=5))


def test_permutation_symmetry_certificate_for_a_tanh_teacher_net():
    net = Network([2, 3, 1], "tanh", data=teacher_data())
    cert = find_permutation_midpoint(net)
    assert cert is not None and verify(cert) == "not_convex"
    a = [parse_rational(v) for v in cert.a]
    b = [parse_rational(v) for v in cert.b]
    assert any(swap_units(net, a, 1, j, k) == b for j in (1, 2, 3) for k in (1, 2, 3) if j < k)
    assert cert.values["f(a)"] == cert.values["f(b)"] and cert.values["f(a)"].startswith("~")
    assert rejected(tampered(cert, a=bump(cert.a, 0, Fraction(1, 3))))
    assert rejected(with_target(cert, 2))


def test_swapping_units_leaves_the_loss_unchanged_exactly():
    net = Network([2, 3, 2], "leaky_relu:1/5", data=[((1, 2), (0, 1)), ((-1, 0), (1, 1)), ((3, -2), (2, 0))])
    oracle = LossOracle(net)
    theta = [Fraction((7 * k) % 11 - 5, 3) for k in range(len(net.params))]
    for j, k in ((1, 2), (1, 3), (2, 3)):
        assert oracle.value(swap_units(net, theta, 1, j, k)) == oracle.value(theta)


def test_midpoint_certificate_is_none_when_the_chord_is_above():
    net = seed_000()
    oracle = LossOracle(net)
    theta = [Fraction(v) for v in THETA_1]
    a, b = theta[:6] + [Fraction(-1)], theta[:6] + [Fraction(1)]
    # along the output bias the loss is c^2: L(a) = L(b) = 1 > L(m) = 0
    assert midpoint_certificate(oracle, a, b, refutes="convex") is None
    cert = midpoint_certificate(oracle, a, b, refutes="concave")
    assert cert.values == {"f(a)": "1", "f(b)": "1", "f(m)": "0"} and verify(cert) == "not_concave"
    # along theta^(1) scaled by t the loss is (t^2 - 1)^2: f(1/2) = 9/16 lies above the chord 1/2
    zero = [Fraction(0)] * 7
    assert midpoint_certificate(oracle, zero, theta, refutes="convex").values["f(m)"] == "9/16"


NETS = [
    seed_000,
    seed_003,
    lambda: Network([1, 2, 1], "identity", data=[(1, 1), (-1, -1)]),
    lambda: Network([2, 2, 1], "sigmoid", data=[((1, 0), 1), ((0, 1), 0)]),
    lambda: Network([1, 2, 2, 1], "relu", data=[(1, 1), (-1, -1), (2, 0)]),
    lambda: Network([2, 2, 1], "leaky_relu:1/10", loss="hinge", data=[((1, 0), 1), ((0, 1), -1), ((1, 1), 1)]),
    lambda: Network([2, 2, 1], "tanh", loss="logistic", data=[((1, 0), 1), ((0, 1), 0), ((1, 1), 0)]),
    lambda: Network([1, 3, 2], "softplus", data=[(1, (1, 0)), (-1, (0, 1))]),
]


@pytest.mark.parametrize("make", NETS)
def test_every_certificate_is_accepted_and_its_tampered_twin_rejected(make):
    net = make()
    result = analyze_network(net)
    assert result.curvature is not Verdict.UNKNOWN
    assert result.certificates
    for cert in result.certificates:
        assert verify(cert) == cert.statement
        assert cert.network == net.spec and cert.function is None
        if isinstance(cert, MidpointCertificate):
            key = "f(m)"
            stated = cert.values[key]
            twin = tampered(cert, values={**cert.values, key: _other(stated)})
        else:
            twin = tampered(cert, second_derivative=_other(cert.second_derivative))
        assert rejected(twin)


def _other(stated: str) -> str:
    if stated.startswith("~"):
        body = stated[1:]
        digit = next(i for i, ch in enumerate(body) if ch.isdigit() and ch != "0")
        return "~" + body[:digit] + str((int(body[digit]) % 9) + 1 if body[digit] != "9" else 1) + body[digit + 1:]
    return rational_to_str(parse_rational(stated) + Fraction(1, 7))


def test_large_nets_get_constructed_certificates_without_symbolic_work():
    """Above LARGE parameters the search starts from scale's constructed certificates: both refutations, checked
    by the checker's own forward pass."""
    from symconvex.netsearch import LARGE
    rng = random.Random(5)
    data = [([rng.randint(-3, 3) for _ in range(16)], [rng.randint(-2, 2)]) for _ in range(6)]
    net = Network([16, 128, 1], data=data)
    assert len(net.names) > LARGE
    result = analyze_network(net, timeout=60)
    assert result.curvature is Verdict.NEITHER
    assert {verify(c) for c in result.certificates} == {"not_convex", "not_concave"}
    assert all(c.kind == "curvature" and c.network == net.spec for c in result.certificates)


@pytest.mark.parametrize("make", [seed_000, seed_003])
def test_analyze_network_verifies_each_certificate_once(make, monkeypatch):
    """netsearch checks each candidate to steer its search and hands the statement to the gate, which reuses it
    for that very certificate instead of verifying it a second time."""
    import symconvex.analysis as analysis_module
    import symconvex.netsearch as netsearch_module

    calls: dict[int, int] = {}

    def counting(cert, **options):
        calls[id(cert)] = calls.get(id(cert), 0) + 1
        return verify(cert, **options)

    monkeypatch.setattr(analysis_module, "verify", counting)
    monkeypatch.setattr(netsearch_module, "verify", counting)
    result = analyze_network(make(), timeout=60)
    assert result.certificates and "not_convex" in result.facts
    assert all(calls[id(c)] == 1 for c in result.certificates)
    assert all(verify(from_json(c.to_json())) == c.statement for c in result.certificates)
