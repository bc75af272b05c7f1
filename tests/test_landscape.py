"""Issue #15 (first two kinds): certified saddle points. Each kind is accepted by the checker, every
one-number-tampered twin is rejected, and a point that is not critical, or not a saddle, is rejected."""

from __future__ import annotations

import dataclasses
import json

import pytest
import sympy as sp

from symconvex.certificates import SaddleCertificate, from_json, to_tree
from symconvex.check import verify
from symconvex.cli import main
from symconvex.errors import CertificateError
from symconvex.landscape import find_saddles
from symconvex.network import Network
from tampering import tampered_twins

a, b, c, x, y = sp.symbols("a b c x y", real=True)


def _one(f, variables, **kw):
    (cert,) = find_saddles(f, variables, **kw)
    assert verify(from_json(cert.to_json())) == cert.proves
    return cert


def test_two_layer_linear_net_has_a_strict_saddle_at_zero():
    cert = _one((a * b - 1) ** 2, [a, b])
    assert cert.proves == "strict_saddle" and cert.point == ("0", "0")
    # along (1, 1): (t^2 - 1)^2 = 1 - 2t^2 + t^4, second derivative -4; along (1, -1): +4
    assert cert.neg_jet == ("1", "0", "-4") and cert.pos_jet == ("1", "0", "4")


def test_kawaguchi_degenerate_saddle_of_a_deep_linear_net():
    """(w1 w2 w3 - 1)^2 at 0: the Hessian is 0, f(t, t, t) = 1 - 2t^3 + t^6 (k = 3)."""
    f = (a * b * c - 1) ** 2
    assert sp.hessian(f, (a, b, c)).subs({a: 0, b: 0, c: 0}) == sp.zeros(3)
    cert = _one(f, [a, b, c])
    assert cert.proves == "saddle" and len(cert.neg_jet) == 4
    t = sp.Symbol("t")
    u = [sp.Integer(s) for s in cert.neg_direction]
    phi = sp.Poly(sp.expand(f.subs({a: t * u[0], b: t * u[1], c: t * u[2]})), t)
    assert [phi.coeff_monomial(t ** k) for k in range(4)] == [sp.Integer(v) for v in cert.neg_jet]
    assert int(cert.neg_jet[3]) < 0 < int(cert.pos_jet[3])


def test_a_tanh_network_at_zero_weights_has_a_strict_saddle_about_its_spec():
    net = Network([1, 1, 1], "tanh", data=[(1, 1)], bias=False)
    cert = _one(net.loss, list(net.params), network=net)
    assert cert.network == net.spec and cert.function is None and cert.proves == "strict_saddle"


@pytest.mark.parametrize("make", ["strict", "higher"])
def test_every_one_number_tamper_is_rejected(make):
    cert = _one((a * b - 1) ** 2, [a, b]) if make == "strict" else _one((a * b * c - 1) ** 2, [a, b, c])
    twins = list(tampered_twins(cert.to_dict()))
    assert twins
    for _, twin in twins:
        with pytest.raises(CertificateError):
            verify(twin)


def test_a_point_that_is_not_critical_is_rejected():
    cert = _one((a * b - 1) ** 2, [a, b])
    # at (1, 0) the gradient is (0, -2): not a critical point
    moved = dataclasses.replace(cert, point=("1", "0"), digest="", neg_jet=("1", "-2", "-4"), pos_jet=("1", "2", "4"))
    with pytest.raises(CertificateError, match="gradient"):
        verify(moved)


def test_a_minimum_is_not_a_saddle():
    f = to_tree(x ** 2 + y ** 2)
    fake = SaddleCertificate(variables=("x", "y"), function=f, proves="strict_saddle", point=("0", "0"),
                             neg_direction=("1", "0"), pos_direction=("0", "1"), neg_jet=("0", "0", "-2"),
                             pos_jet=("0", "0", "2"))
    with pytest.raises(CertificateError):
        verify(fake)
    higher = dataclasses.replace(fake, proves="saddle", neg_jet=("0", "0", "1"), pos_jet=("0", "0", "1"), digest="")
    with pytest.raises(CertificateError, match="first nonzero coefficient"):
        verify(higher)


def test_a_higher_order_saddle_needs_a_polynomial():
    f = to_tree(sp.tanh(a) * sp.tanh(b) * sp.tanh(c))
    fake = SaddleCertificate(variables=("a", "b", "c"), function=f, proves="saddle", point=("0", "0", "0"),
                             neg_direction=("1", "1", "-1"), pos_direction=("1", "1", "1"),
                             neg_jet=("0", "0", "0", "-1"), pos_jet=("0", "0", "0", "1"))
    with pytest.raises(CertificateError, match="polynomial"):
        verify(fake)


def test_cli_landscape_finds_checks_and_writes_the_proof(tmp_path, capsys):
    cert_file, tex = tmp_path / "k.json", tmp_path / "k.tex"
    status = main(["landscape", "(w_1 w_2 w_3 - 1)^2", "--json", "--certificate", str(cert_file),
                   "--latex", str(tex)])
    data = json.loads(capsys.readouterr().out)
    assert status == 0 and data["saddles"][0]["proves"] == "saddle"
    assert verify(cert_file.read_text()) == "saddle"
    assert "saddle point" in tex.read_text() and "not a local minimum" in tex.read_text()
    assert main(["landscape", "x^2 + y^2"]) == 3
