"""Issue #15: a finite-data ReLU network (one ReLU neuron with a bias, four examples) with a certified spurious
strict local minimum at (1/2, 2/3) inside one activation region, q = (-1, 0) lower; the certificate is about the
network spec, the checker accepts it, and every one-number twin is rejected. Also the float finder (basins) and
the network pipeline (netminima) on their own."""

from __future__ import annotations

import dataclasses
import json
from fractions import Fraction

import numpy as np
import pytest
import sympy as sp

from symconvex.basins import find_local_minima, grid_starts, log_grid
from symconvex.certificates import from_json
from symconvex.check import report_minimum, verify
from symconvex.cli import main
from symconvex.errors import CertificateError
from symconvex.minima import certify_minimum
from symconvex.network import Network
from symconvex.relu_minimum import DATA, Q, certify_relu_minima, relu_neuron
from tampering import accepted_twins, tampered_twins


@pytest.fixture(scope="module")
def relu_result():
    return certify_relu_minima()


def test_the_spurious_point_is_a_strict_minimum_of_its_region_piece():
    """Exactly, without the certificate: on the region of (1/2, 2/3) the loss is the piece below, its gradient
    vanishes there and its Hessian [[14, 6], [6, 3]] is positive definite; q is lower; the global minimum
    (-16/83, 178/83) (all examples active) is lower still."""
    net = relu_neuron()
    w, b = sp.symbols("w b")
    p = {w: sp.Rational(1, 2), b: sp.Rational(2, 3)}
    signs = [sp.sign((w * x + b).subs(p)) for x, _ in DATA]
    assert signs == [1, 1, 1, -1]
    piece = sum(sp.Rational(1, 2) * (w * x + b - y) ** 2 for x, y in DATA[:3]) + sp.Rational(9, 2)
    assert [sp.diff(piece, v).subs(p) for v in (w, b)] == [0, 0]
    H = sp.hessian(piece, (w, b))
    assert H == sp.Matrix([[14, 6], [6, 3]]) and H[0, 0] > 0 and H.det() == 6
    assert net.loss_at([Fraction(1, 2), Fraction(2, 3)]) == sp.Rational(55, 12) == piece.subs(p)
    assert net.loss_at([Fraction(q) for q in Q]) == sp.Rational(9, 2)
    assert net.loss_at([Fraction(-16, 83), Fraction(178, 83)]) == sp.Rational(51, 83)


def test_the_spurious_minimum_is_certified_about_the_network(relu_result):
    (cert,) = relu_result.spurious
    assert cert.network == relu_neuron().spec and cert.function is None
    assert cert.better == Q and verify(from_json(cert.to_json())) == "spurious_local_minimum"
    report = report_minimum(cert)
    centre, r = [Fraction(c) for c in cert.center], report.radius
    assert abs(centre[0] - Fraction(1, 2)) < r and abs(centre[1] - Fraction(2, 3)) < r   # p* = (1/2, 2/3) in B
    assert report.value[0] <= Fraction(55, 12) <= report.value[1]
    assert report.better_value[1] == Fraction(9, 2)
    # the smallest eigenvalue of [[14, 6], [6, 3]] is (17 - sqrt(193))/2 = 1.5538...; t is a lower bound of it
    assert Fraction(cert.hessian_bound) < (17 - 193 ** 0.5) / 2


def test_the_count_holds_the_global_and_the_spurious_minimum(relu_result):
    count = relu_result.count
    assert count.count == 2 and verify(from_json(count.to_json())) == "strict_local_minima"
    values = sorted(report_minimum(from_json(json.dumps(m))).value for m in count.minima)
    assert values[0][0] <= Fraction(51, 83) <= values[0][1] and values[1][0] <= Fraction(55, 12) <= values[1][1]


def test_every_one_number_twin_of_the_spurious_certificate_is_rejected(relu_result):
    (cert,) = relu_result.spurious
    twins = list(tampered_twins(cert.to_dict()))
    assert any(path[0] == "better" for path, _ in twins) and len(twins) >= 15
    assert accepted_twins(twins) == []


def test_every_one_number_twin_of_the_relu_count_is_rejected(relu_result):
    for path, twin in tampered_twins(relu_result.count.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)


def test_a_q_that_is_not_lower_is_rejected(relu_result):
    (cert,) = relu_result.spurious
    for q in [("0", "0"), ("1", "0"), ("-1", "1")]:           # losses 9, 5, 5: not below 55/12
        with pytest.raises(CertificateError, match="better"):
            verify(dataclasses.replace(cert, better=q, digest=""))


def test_a_box_on_a_kink_is_rejected(relu_result):
    """At (w, b) = (1, 3) the example x = -3 sits on its kink (-3 w + b = 0): no smooth piece holds the box."""
    (cert,) = relu_result.spurious
    moved = dataclasses.replace(cert, center=("1", "3"), better=(), proves="strict_local_minimum", digest="")
    with pytest.raises(CertificateError, match="kink"):
        verify(moved)


def test_a_hidden_relu_unit_has_no_strict_minimum_rescaling():
    """The 1-1-1 ReLU net without biases, (v relu(w) - 1)^2 / 2 on (1, 1): the minima form the curve v w = 1
    (w > 0): singular Hessian; the finder proposes no candidate and no certificate is made."""
    net = Network([1, 1, 1], "relu", data=[(1, 1)], bias=False)
    assert find_local_minima(net.loss, list(net.params), grid_starts(log_grid(-1, 1, 2), 2)) == []
    assert certify_minimum(net.loss, list(net.params), [1.0, 1.0], network=net) is None


def test_the_float_finder_on_a_double_well():
    x, y = sp.symbols("x y")
    found = find_local_minima((x ** 2 - 1) ** 2 + y ** 2, [x, y], grid_starts(log_grid(-1, 1, 1), 2))
    assert sorted(round(p[0], 9) for p in found) == [-1.0, 1.0] and all(abs(p[1]) < 1e-9 for p in found)
    assert np.all(np.isfinite(np.array(found)))


def test_cli_relu_minimum_writes_certificates_and_a_proof(tmp_path, capsys):
    from test_latex import compile_latex

    cert_file, tex = tmp_path / "relu.json", tmp_path / "relu.tex"
    status = main(["landscape", "relu-minimum", "--json", "--certificate", str(cert_file), "--latex", str(tex)])
    data = json.loads(capsys.readouterr().out)
    assert status == 0 and data["spurious"] == 1 and data["verified"] is True
    assert sorted(verify(json.dumps(c)) for c in json.loads(cert_file.read_text())) == \
        ["spurious_local_minimum", "strict_local_minima"]
    text = tex.read_text()
    assert "not a global minimum" in text and r"\operatorname{relu}" in text
    compile_latex(text, tmp_path, "relu")


def test_cli_relu_minimum_of_a_given_network(capsys):
    """A network of one's own: the spurious certificate's q is then the lowest float candidate, rounded."""
    status = main(["landscape", "relu-minimum", "--layers", "1,1", "--output-activation", "relu",
                   "--data", "1:1, 2:2, 3:2, -3:3", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert status == 0 and data["spurious"] == 1
    (spurious,) = [c for c in data["minima"] if c["kind"] == "minimum"]
    assert [Fraction(c) for c in spurious["better"]] == [Fraction(-16, 83), Fraction(178, 83)]


def test_cli_relu_minimum_data_without_a_network_is_bad_input(capsys):
    """--data alone was once ignored (the built-in example was answered): now a one-line error, exit 2."""
    assert main(["landscape", "relu-minimum", "--data", "1:1, 2:2"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "--layers" in err


@pytest.mark.parametrize("argv", [
    ["landscape", "relu-minimum", "--activation", "tanh"],          # a network option without a network
    ["landscape", "safran-shamir", "--k", "6", "--data", "1:1"],     # the population loss has no data
    ["landscape", "auer", "--loss", "logistic"],                     # the construction fixes its loss
    ["landscape", "x^2", "--activation", "tanh"],                    # a function and a network option
])
def test_network_options_a_landscape_command_does_not_use_are_bad_input(argv, capsys):
    assert main(argv) == 2
    assert capsys.readouterr().err.strip().count("\n") == 0
