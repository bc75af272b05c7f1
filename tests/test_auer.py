"""Issue #15, Auer-Herbster-Warmuth: one sigmoid neuron with squared loss on n examples in d dimensions has
floor(n/d)^d local minima; the float finder finds that many, and a count certificate (one disjoint box per
minimum, about the network spec) proves at least that many, which the independent checker accepts and every
one-number twin of which it rejects."""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
from fractions import Fraction

import pytest
import sympy as sp

from symconvex.auer import auer_data, auer_network, find_auer_minima, predicted_count
from symconvex.certificates import MinimaCountCertificate, from_json
from symconvex.check import report_minimum, verify
from symconvex.cli import main
from symconvex.errors import CertificateError, InputError
from symconvex.minima import certify_minima
from tampering import accepted_twins, tampered_twins


def _count(n, d):
    net = auer_network(n, d)
    return net, certify_minima(net.loss, list(net.params), find_auer_minima(net), network=net)


@pytest.fixture(scope="module")
def auer_6_2():
    return _count(6, 2)


def test_the_data_are_exact_and_on_the_axes():
    data = auer_data(7, 2)           # k = 3 per coordinate, one example (0, 1/2) to make n = 7
    assert len(data) == 7
    assert [x for x, _ in data[:6]] == [[1, 0], [10, 0], [100, 0], [0, 1], [0, 10], [0, 100]]
    assert all(y == [Fraction(3, 4)] for _, y in data[:6]) and data[6] == ([0, 0], [Fraction(1, 2)])
    assert all(isinstance(v, Fraction) for x, y in data for v in x + y)


def test_the_loss_separates_into_one_term_per_coordinate():
    """E(w1, w2) = E1(w1) + E1(w2): the mixed second derivative is identically 0."""
    net = auer_network(6, 2)
    w1, w2 = net.params
    assert sp.simplify(sp.diff(net.loss, w1, w2)) == 0
    one = auer_network(3, 1)
    (w,) = one.params
    assert sp.simplify(net.loss - one.loss.subs(w, w1) - one.loss.subs(w, w2)) == 0


def test_each_term_has_equal_plateaus_and_a_zero_at_ln3_over_input():
    """(sigma(s w) - 3/4)^2 is 1/16 at w = 0 and as w -> oo, and 0 at w = ln 3 / s."""
    w = sp.Symbol("w", positive=True)
    for s in (1, 10, 100):
        g = (1 / (1 + sp.exp(-s * w)) - sp.Rational(3, 4)) ** 2
        assert g.subs(w, 0) == sp.Rational(1, 16) and sp.limit(g, w, sp.oo) == sp.Rational(1, 16)
        assert sp.simplify(g.subs(w, sp.log(3) / s)) == 0


@pytest.mark.parametrize("n, d", [(1, 1), (2, 1), (3, 1), (4, 1), (6, 2), (7, 2), (6, 3)])
def test_the_float_finder_finds_floor_n_over_d_to_the_d_minima(n, d):
    found = find_auer_minima(auer_network(n, d))
    assert len(found) == predicted_count(n, d) == (n // d) ** d
    # every coordinate of every minimum sits in one of the k wells, near ln 3 / 10^t, and all combinations occur
    k = n // d
    wells = sorted({min(range(k), key=lambda t: abs(math.log10(c) + t)) for p in found for c in p})
    assert wells == list(range(k))
    assert {tuple(min(range(k), key=lambda t: abs(math.log10(c) + t)) for c in p) for p in found} == \
        set(itertools.product(range(k), repeat=d))
    for p in found:
        for c in p:
            t = round(-math.log10(c))
            assert abs(c * 10 ** t - math.log(3)) < 0.2 * math.log(3)


def test_nine_minima_of_n6_d2_are_certified_about_the_network(auer_6_2):
    net, cert = auer_6_2
    assert isinstance(cert, MinimaCountCertificate) and cert.count == 9
    assert cert.network == net.spec and cert.function is None
    assert verify(from_json(cert.to_json())) == "strict_local_minima"
    centres = [tuple(Fraction(c) for c in m["center"]) for m in cert.minima]
    # the boxes are the product of three one-dimensional minima (the loss separates)
    per_coordinate = [sorted({round(float(c[j]), 9) for c in centres}) for j in range(2)]
    assert per_coordinate[0] == per_coordinate[1] and len(per_coordinate[0]) == 3
    assert {(round(float(a), 9), round(float(b), 9)) for a, b in centres} == \
        set(itertools.product(per_coordinate[0], repeat=2))
    # every minimum's certified value is the sum of the certified one-dimensional values E1(w_a) + E1(w_b)
    _, line = _count(3, 1)
    wells = {round(float(Fraction(m["center"][0])), 9): report_minimum(from_json(json.dumps(m))).value
             for m in line.minima}
    assert sorted(wells) == per_coordinate[0]
    for m, (a, b) in zip(cert.minima, centres):
        lo, hi = report_minimum(from_json(json.dumps(m))).value
        (la, ha), (lb, hb) = wells[round(float(a), 9)], wells[round(float(b), 9)]
        assert hi - lo < Fraction(1, 10 ** 12) and lo <= ha + hb and la + lb <= hi


def test_the_count_certificate_of_n3_d1_rejects_every_one_number_twin():
    _, cert = _count(3, 1)
    assert cert.count == 3
    twins = list(tampered_twins(cert.to_dict()))
    assert len(twins) >= 30
    assert accepted_twins(twins) == []


def test_the_count_certificate_of_n4_d2_rejects_every_one_number_twin():
    _, cert = _count(4, 2)
    assert cert.count == 4
    for path, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)


def test_overlapping_boxes_and_a_wrong_count_are_rejected(auer_6_2):
    _, cert = auer_6_2
    twice = dataclasses.replace(cert, minima=cert.minima[:8] + (cert.minima[0],))
    with pytest.raises(CertificateError, match="disjoint"):
        verify(twice)
    with pytest.raises(CertificateError, match="count"):
        verify(dataclasses.replace(cert, count=10))
    with pytest.raises(CertificateError, match="count"):
        verify(dataclasses.replace(cert, minima=cert.minima[:8]))


def test_a_minimum_of_another_data_set_is_rejected(auer_6_2):
    """n = 7 adds the example (0, 1/2): the same minima, but another subject (its spec differs)."""
    _, cert = auer_6_2
    _, other = _count(7, 2)
    assert other.count == 9
    mixed = dataclasses.replace(cert, minima=cert.minima[:8] + (other.minima[8],))
    with pytest.raises(CertificateError, match="another subject"):
        verify(mixed)


def test_bad_sizes_are_one_line_input_errors():
    for n, d in [(2, 3), (60, 2), (6, 0), (6, 5), ("6", 2)]:
        with pytest.raises(InputError):
            auer_data(n, d)


def test_cli_landscape_auer_writes_a_verified_count_and_a_proof(tmp_path, capsys):
    from test_latex import compile_latex

    cert_file, tex = tmp_path / "auer.json", tmp_path / "auer.tex"
    status = main(["landscape", "auer", "--n", "6", "--d", "2", "--json", "--certificate", str(cert_file),
                   "--latex", str(tex)])
    data = json.loads(capsys.readouterr().out)
    assert status == 0 and data["predicted"] == 9 and data["certified"] == 9 and data["verified"] is True
    assert data["network"]["activations"] == ["sigmoid"] and data["network"]["bias"] is False
    assert verify(cert_file.read_text()) == "strict_local_minima"
    text = tex.read_text()
    assert "At least" not in text and "9 local minima" in text and "pairwise disjoint" in text
    compile_latex(text, tmp_path, "auer")


def test_cli_landscape_auer_bad_input_is_one_line_and_exit_2(capsys):
    assert main(["landscape", "auer", "--n", "2", "--d", "3"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert main(["landscape", "x^2", "--n", "3"]) == 2


@pytest.mark.slow
def test_twenty_seven_minima_of_n9_d3_are_certified():
    net, cert = _count(9, 3)
    assert cert.count == 27 == predicted_count(9, 3) and cert.network == net.spec
    assert verify(from_json(cert.to_json())) == "strict_local_minima"
