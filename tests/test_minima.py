"""Issue #15, kind 3: certified strict and spurious local minima in boxes (``check.minimum``, ``minima``), and the
Safran–Shamir spurious minima. Each certificate is accepted, every one-number-tampered twin is rejected, and boxes
without a critical point, around a saddle or across a kink are rejected."""

from __future__ import annotations

import dataclasses
import json
from fractions import Fraction

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import sympy as sp

from symconvex import safran_shamir as ss
from symconvex.certificates import MinimaCountCertificate, MinimumCertificate, from_json, to_tree
from symconvex.check import report_minimum, verify
from symconvex.check.evaluate import value_at
from symconvex.check.numbers import endpoints, interval_precision
from symconvex.cli import main
from symconvex.errors import CertificateError
from symconvex.functions import relu
from symconvex.minima import certify_minima, certify_minimum
from tampering import accepted_twins, tampered_twins

x, y = sp.symbols("x y", real=True)
TILTED = (x ** 2 - 1) ** 2 + x / 4 + y ** 2   # a local minimum near x = 0.967 above the global one near -1.03


def _tilted_local_minimiser() -> tuple[Fraction, Fraction]:
    """The local minimiser p of the tilted well and f(p), to 40 digits (as rationals)."""
    with mpmath.workdps(50):
        p = mpmath.findroot(lambda t: 4 * t ** 3 - 4 * t + mpmath.mpf(1) / 4, 0.97)
        return Fraction(mpmath.nstr(p, 40)), Fraction(mpmath.nstr((p ** 2 - 1) ** 2 + p / 4, 40))


@pytest.fixture(scope="module")
def tilted():
    cert = certify_minimum(TILTED, [x, y], [0.9, 0.1], better=[-1, 0])
    assert cert is not None
    return cert


def test_a_tilted_double_well_has_a_certified_spurious_minimum(tilted):
    assert verify(from_json(tilted.to_json())) == "spurious_local_minimum"
    report = report_minimum(tilted)
    p, fp = _tilted_local_minimiser()
    centre, r = [Fraction(c) for c in tilted.center], tilted.radius
    assert abs(p - centre[0]) < r and abs(centre[1]) < r   # p* = (0.9671..., 0) is in the box
    assert report.value[0] - Fraction(1, 10 ** 38) <= fp <= report.value[1] + Fraction(1, 10 ** 38)
    assert report.value[1] - report.value[0] < Fraction(1, 10 ** 15)
    assert report.better_value[1] == Fraction(-1, 4)      # f(-1, 0) = -1/4 exactly
    # the Hessian at p* is diag(12 p^2 - 4, 2): the certified bound t lies just below its smallest eigenvalue 2
    assert Fraction(2) - Fraction(1, 2 ** 18) < Fraction(tilted.hessian_bound) < 2


def test_every_one_number_tamper_of_a_minimum_is_rejected(tilted):
    twins = list(tampered_twins(tilted.to_dict()))
    assert len(twins) >= 6
    assert accepted_twins(twins) == []


def test_a_box_without_a_critical_point_is_rejected(tilted):
    m = tilted.grid
    moved = Fraction(tilted.center[0]) + 4 * tilted.radius   # the box now lies beside p*
    fake = dataclasses.replace(tilted, center=(str(moved), tilted.center[1]))
    assert (moved * 2 ** m).denominator == 1
    with pytest.raises(CertificateError, match="krawczyk"):
        verify(fake)


def test_a_box_around_a_saddle_is_rejected():
    """x^2 - y^2 + x^3 has a nondegenerate saddle at 0: Krawczyk finds the one critical point, the Hessian is not
    positive definite there."""
    f = to_tree(x ** 2 - y ** 2 + x ** 3)
    fake = MinimumCertificate(variables=("x", "y"), function=f, proves="strict_local_minimum", center=("0", "0"),
                              grid=60, hessian_bound="0")
    with pytest.raises(CertificateError, match="not positive definite"):
        verify(fake)
    assert certify_minimum(x ** 2 - y ** 2 + x ** 3, [x, y], [0.01, -0.01]) is None


def test_a_box_across_a_kink_is_rejected():
    f = to_tree(sp.Abs(x) + y ** 2)        # the minimum sits on the kink x = 0
    fake = MinimumCertificate(variables=("x", "y"), function=f, proves="strict_local_minimum", center=("0", "0"),
                              grid=60, hessian_bound="0")
    with pytest.raises(CertificateError, match="kink"):
        verify(fake)
    w1, w2 = sp.symbols("w1 w2", real=True)   # a ReLU pre-activation w2 that is 0 at the minimiser (1, 0)
    g = to_tree((relu(w1) - 1) ** 2 + w2 ** 2 + relu(w2))
    fake = MinimumCertificate(variables=("w1", "w2"), function=g, proves="strict_local_minimum", center=("1", "0"),
                              grid=60, hessian_bound="0")
    with pytest.raises(CertificateError, match="relu: the argument .* changes sign on the box"):
        verify(fake)
    assert certify_minimum((relu(w1) - 1) ** 2 + w2 ** 2 + relu(w2), [w1, w2], [1.1, 0.01]) is None


def test_a_relu_minimum_inside_one_activation_region_certifies():
    w1, w2 = sp.symbols("w1 w2", real=True)
    f = (relu(w1) * relu(w2) - 1) ** 2 + (w1 - w2) ** 2 / 10
    cert = certify_minimum(f, [w1, w2], [1.1, 0.9])
    assert cert is not None and verify(cert.to_json()) == "strict_local_minimum"
    assert report_minimum(cert).value[0] <= 0 <= report_minimum(cert).value[1] + Fraction(1, 10 ** 20)


def test_a_spurious_claim_needs_f_q_below_the_box():
    """The global minimum of the tilted well with q at the local one: f(q) is not below f on the box."""
    cert = certify_minimum(TILTED, [x, y], [-1.0, 0.0], better=["1", "0"])
    assert cert is None
    plain = certify_minimum(TILTED, [x, y], [-1.0, 0.0])
    fake = dataclasses.replace(plain, proves="spurious_local_minimum", better=("1", "0"))
    with pytest.raises(CertificateError, match="better"):
        verify(fake)


def test_two_minima_of_a_double_well_are_counted():
    """(x^2 - 2)^2 + y^2 has its minima at (±√2, 0); the same minimum found twice counts once."""
    cert = certify_minima((x ** 2 - 2) ** 2 + y ** 2, [x, y], [[1.3, 0.1], [-1.5, 0.05], [1.5, -0.1]])
    assert isinstance(cert, MinimaCountCertificate) and cert.count == 2
    assert verify(from_json(cert.to_json())) == "strict_local_minima"
    for path, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)
    same = dataclasses.replace(cert, minima=(cert.minima[0], cert.minima[0]))
    with pytest.raises(CertificateError, match="disjoint"):
        verify(same)
    other = certify_minimum((x ** 2 - 2) ** 2 + 2 * y ** 2, [x, y], [1.4, 0.0]).to_dict()
    with pytest.raises(CertificateError, match="another subject"):
        verify(dataclasses.replace(cert, minima=(cert.minima[0], other), count=2))


# ------------------------------------------------------------------------------------------ Safran–Shamir

def test_the_safran_shamir_tree_is_the_closed_form_loss():
    """At random W the tree's value (checker arithmetic) matches the numpy closed form, and F(V) = 0."""
    k = 4
    rng = np.random.default_rng(0)
    W = rng.normal(size=(k, k))
    dyadic = [Fraction(float(v)) for v in W.ravel()]
    with interval_precision():
        lo, hi = endpoints(value_at(ss.loss_tree(k), ss.names(k), dyadic))
        F, _ = ss.loss_and_gradient(np.array([float(v) for v in dyadic]).reshape(1, k, k))
        assert abs(float(lo) - F[0]) < 1e-12
        lo, hi = endpoints(value_at(ss.loss_tree(k), ss.names(k), [Fraction(v) for v in ss.identity(k)]))
    assert lo <= 0 <= hi and hi - lo < Fraction(1, 10 ** 60)


def test_the_numpy_gradient_matches_finite_differences():
    rng = np.random.default_rng(1)
    W = rng.normal(size=(1, 5, 5))
    _, g = ss.loss_and_gradient(W)
    e = 1e-6
    for i, j in ((0, 0), (2, 3), (4, 1)):
        up, down = W.copy(), W.copy()
        up[0, i, j] += e
        down[0, i, j] -= e
        numeric = (ss.loss_and_gradient(up)[0][0] - ss.loss_and_gradient(down)[0][0]) / (2 * e)
        assert abs(numeric - g[0, i, j]) < 1e-7


def test_a_stored_candidate_replays_from_its_seed():
    c = ss.candidates(6)[0]
    W, _ = ss.descend_one(6, c["seed"], c["index"], steps=c["steps"])
    assert np.allclose(W, c["W"], atol=1e-9)


@pytest.fixture(scope="module")
def safran_shamir_6():
    cert = ss.certify(6)
    assert cert is not None
    return cert


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_safran_shamir_k6_spurious_minimum(safran_shamir_6):
    """Safran & Shamir (ICML 2018), k = d = 6: F ≈ 0.025080581, λ_min ≈ 4.7e-3, and F(V) = 0."""
    assert verify(safran_shamir_6.to_json()) == "spurious_local_minimum"
    report = report_minimum(safran_shamir_6)
    lo, hi = report.value
    assert hi - lo < Fraction(1, 10 ** 9)   # the value of the issue, 0.025080581, to its 9 digits:
    assert Fraction("0.0250805805") < lo and hi < Fraction("0.0250805815")
    assert Fraction("0.0046") < Fraction(safran_shamir_6.hessian_bound) < Fraction("0.0048")
    assert report.better_value[0] <= 0 <= report.better_value[1]


def test_safran_shamir_k6_tampered_twins_are_rejected(safran_shamir_6):
    data = safran_shamir_6.to_dict()
    for path in (("center", 0), ("center", 17), ("grid",), ("hessian_bound",), ("better", 0), ("better", 1)):
        twin = json.loads(json.dumps(data))
        node = twin
        for key in path[:-1]:
            node = node[key]
        value = node[path[-1]]
        node[path[-1]] = value + 1 if isinstance(value, int) else (
            f"{int(value.split('/')[0]) + 1}/{value.split('/')[1]}" if "/" in value else str(int(value) + 1))
        with pytest.raises(CertificateError):
            verify(twin)


@pytest.mark.slow
def test_safran_shamir_k6_every_one_number_twin_is_rejected(safran_shamir_6):
    """All of them: 36 centre coordinates, the grid, the Hessian bound, 36 coordinates of q, and every number of
    the function tree (those by the digest)."""
    assert accepted_twins(tampered_twins(safran_shamir_6.to_dict())) == []


@pytest.mark.slow
def test_safran_shamir_k7_spurious_minimum():
    cert = ss.certify(7)
    assert cert is not None and verify(cert) == "spurious_local_minimum"
    lo, hi = report_minimum(cert).value
    assert hi - lo < Fraction(1, 10 ** 9)   # 0.0232027149 to its 10 digits
    assert Fraction("0.02320271485") < lo and hi < Fraction("0.02320271495")


def test_cli_safran_shamir_writes_a_certificate_and_a_proof(tmp_path, capsys):
    cert_file, tex = tmp_path / "ss.json", tmp_path / "ss.tex"
    status = main(["landscape", "safran-shamir", "--k", "6", "--json", "--certificate", str(cert_file),
                   "--latex", str(tex)])
    data = json.loads(capsys.readouterr().out)
    assert status == 0 and data["verified"] and data["width"] < 1e-9
    assert Fraction("0.0250805805") < Fraction(data["value"][0]) < Fraction(data["value"][1]) < Fraction("0.0250805815")
    assert verify(cert_file.read_text()) == "spurious_local_minimum"
    assert "Krawczyk" in tex.read_text() and "spurious" in tex.read_text()
    from test_latex import compile_latex

    compile_latex(tex.read_text(), tmp_path, "cli")


def test_cli_bad_input_is_one_line_and_exit_2(capsys):
    assert main(["landscape", "safran-shamir", "--k", "12"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --k") and err.count("\n") == 1
    assert main(["landscape", "safran-shamir", "--k", "5"]) == 2   # no stored candidates for k = 5
    assert "no stored candidates" in capsys.readouterr().err
    for bad in (["--jobs", "0"], ["--runs", "0"], ["--executor", "dask"], ["--scheduler", "tcp://127.0.0.1:1"]):
        assert main(["landscape", "search", "--k", "3", *bad]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: --") and err.count("\n") == 1
    assert main(["landscape", "safran-shamir", "--candidates", "no-such-file.json"]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["landscape", "search", "--k", "3", "--latex", "x.tex"]) == 2   # nothing to prove: refused
    assert "--latex is not used by landscape search" in capsys.readouterr().err
    assert main(["landscape", "safran-shamir", "--latex-body", "x.tex"]) == 2
    assert "--latex-body is not used" in capsys.readouterr().err


def test_cli_search_runs_through_the_batch_workers(tmp_path, capsys):
    out = tmp_path / "found.json"
    status = main(["landscape", "search", "--k", "3", "--runs", "12", "--jobs", "1", "--out", str(out), "--json"])
    assert status == 0
    data = json.loads(out.read_text())
    assert data["k"] == 3 and data["runs"] == 12
    for c in data["candidates"]:   # every candidate replays and ends where it is said to
        assert c["F"] > 1e-3
        W, _ = ss.descend_one(3, c["seed"], c["index"], runs=12, steps=c["steps"])
        assert np.allclose(W, c["W"])


def test_latex_proof_of_a_minimum_compiles(tilted, safran_shamir_6, tmp_path):
    from test_latex import compile_latex

    from symconvex.latex.minimum import document

    tex = document(tilted)
    assert r"p^*" in tex and "not a global minimum" in tex
    compile_latex(tex, tmp_path, "tilted")
    compile_latex(document(safran_shamir_6, subject="the Safran--Shamir loss with $k = 6$"), tmp_path, "ss6")


def test_a_tanh_network_minimum_is_certified_about_its_spec():
    """A 1-1-1 tanh net without biases fitting (1, 1) and (2, 3/2): v tanh(w) = 1 and v tanh(2w) = 3/2 give
    tanh(w)^2 = 1/3 (tanh 2w = 2 tanh w / (1 + tanh^2 w)), an isolated zero of the loss where the Jacobian of the
    fit is regular: a strict minimum, certified about the spec (the checker builds the loss itself)."""
    from symconvex.network import Network

    net = Network([1, 1, 1], "tanh", data=[(1, 1), (2, "3/2")], bias=False)
    cert = certify_minimum(net.loss, list(net.params), [0.6, 1.8], network=net)
    assert cert is not None and cert.function is None and cert.network == net.spec
    assert verify(from_json(cert.to_json())) == "strict_local_minimum"
    w, v = (Fraction(c) for c in cert.center)   # w* = artanh(1/sqrt 3) = 0.6584789..., v* = sqrt 3
    assert abs(w - Fraction("0.658478948462408")) < Fraction(1, 10 ** 14) and abs(v * v - 3) < Fraction(1, 10 ** 14)
    lo, hi = report_minimum(cert).value
    assert lo <= 0 <= hi
    data = cert.to_dict()
    data["network"]["targets"][0] = ["2"]
    with pytest.raises(CertificateError, match="digest"):
        verify(data)


def test_the_search_on_a_dask_cluster_finds_what_local_workers_find(tmp_path, capsys):
    distributed = pytest.importorskip("distributed")   # a test dependency (and the batch extra)
    local, remote = tmp_path / "local.json", tmp_path / "dask.json"
    args = ["landscape", "search", "--k", "3", "--runs", "8", "--json"]
    assert main([*args, "--jobs", "1", "--out", str(local)]) == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        assert main([*args, "--executor", "dask", "--scheduler", cluster.scheduler_address, "--out",
                     str(remote)]) == 0
    capsys.readouterr()
    a, b = json.loads(local.read_text()), json.loads(remote.read_text())
    assert a["runs"] == b["runs"] == 8 and a["candidates"] == b["candidates"]
    assert len(a["final_F"]) == 8 and a["final_F"] == b["final_F"]
    W, _ = ss.descend_one(3, 0, 5, runs=8)   # run 5 of chunk 0, replayed alone, ends at the F reported for it
    assert abs(ss.loss_and_gradient(np.array(W).reshape(1, 3, 3))[0][0] - a["final_F"][5]) < 1e-12


def test_a_box_outside_the_domain_or_a_malformed_domain_is_rejected(tilted):
    inside = dataclasses.replace(tilted, domain=(["gt", ["var", "x"], ["num", "-2"]],), digest="")
    assert verify(inside) == "spurious_local_minimum"
    outside = dataclasses.replace(tilted, domain=(["gt", ["var", "x"], ["num", "1"]],), digest="")
    with pytest.raises(CertificateError, match="domain"):     # the box lies where x < 1
        verify(outside)
    malformed = dataclasses.replace(tilted, domain=(["gt", ["nosuch", "x"], ["num", "1"]],), digest="")
    with pytest.raises(CertificateError, match="domain"):
        verify(malformed)
    q_outside = dataclasses.replace(tilted, domain=(["gt", ["var", "x"], ["num", "-1/2"]],), digest="")
    with pytest.raises(CertificateError, match="point q"):     # q = (-1, 0) is not in the domain
        verify(q_outside)


def test_malformed_minimum_fields_are_one_line_rejections(tilted):
    for change in ({"grid": 3}, {"grid": True}, {"grid": "61"}, {"center": ("1",)}, {"center": ("1/3", "0")},
                   {"hessian_bound": "-1"}, {"hessian_bound": "1/3"}, {"proves": "global_minimum"},
                   {"proves": "strict_local_minimum"}, {"better": ("1",)}):
        with pytest.raises(CertificateError):
            verify(dataclasses.replace(tilted, **change))
    data = tilted.to_dict()
    del data["hessian_bound"]
    with pytest.raises(CertificateError):
        verify(data)


def test_cli_certifies_a_minimum_near_a_point(tmp_path, capsys):
    tex = tmp_path / "m.tex"
    args = ["landscape", "(x^2 - 1)^2 + x/4 + y^2", "--vars", "x,y", "--near", "0.9,0.1"]
    assert main([*args, "--better", "-1,0", "--json", "--latex", str(tex)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["minima"][0]["proves"] == "spurious_local_minimum" and data["verified"]
    _, fp = _tilted_local_minimiser()
    slack = Fraction(1, 10 ** 38)
    assert Fraction(data["value"][0]) - slack <= fp <= Fraction(data["value"][1]) + slack
    assert "not a global minimum" in tex.read_text()
    assert main(args) == 0 and "strict local minimum" in capsys.readouterr().out
    assert main(["landscape", "x^2 - y^2", "--vars", "x,y", "--near", "0.1,0.1"]) == 3   # a saddle: none
    assert "no strict local minimum" in capsys.readouterr().out
    for bad in (["--near", "0.9"], ["--near", "a,b"], ["--near", "0.9,0", "--better", "x,0"], ["--better", "1,0"]):
        assert main(["landscape", "(x^2 - 1)^2 + y^2", "--vars", "x,y", *bad]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1


def test_jupyter_shows_what_a_minimum_certificate_claims(tilted):
    import symconvex.latex  # noqa: F401  (registers the displays)

    text = tilted._repr_latex_()
    assert "a spurious local minimum" in text and r"2^{-50}" in text and "1.99999" in text
    count = certify_minima((x ** 2 - 2) ** 2 + y ** 2, [x, y], [[1.4, 0.1], [-1.4, 0.0]])
    assert "at least 2 strict local minima" in count._repr_latex_()
    # a float q is read as the decimal it prints as
    assert certify_minimum(TILTED, [x, y], [0.9, 0.1], better=[-1.0, 0.0]).better == ("-1", "0")


@settings(max_examples=6, deadline=None)
@given(st.fractions(min_value=Fraction(1, 20), max_value=Fraction(1, 2)), st.booleans())
def test_tilted_wells_certify_their_shallow_minimum_with_the_true_value(a, flip):
    """(x^2 - 1)^2 + a x + y^2 (a ≠ 0 small): the minimum on the side opposite to the tilt is spurious; its
    certified enclosure holds the value at the root of 4x^3 - 4x + a found independently in 50 digits."""
    a = -a if flip else a
    side = 1 if a > 0 else -1        # the shallow well is at x ≈ +1 for a > 0
    cert = certify_minimum((x ** 2 - 1) ** 2 + a * x + y ** 2, [x, y], [0.95 * side, 0.05], better=[-side, 0])
    assert cert is not None and verify(cert) == "spurious_local_minimum"
    with mpmath.workdps(50):
        p = mpmath.findroot(lambda t: 4 * t ** 3 - 4 * t + mpmath.mpf(a.numerator) / a.denominator, side)
        value = Fraction(mpmath.nstr((p ** 2 - 1) ** 2 + mpmath.mpf(a.numerator) / a.denominator * p, 45))
    lo, hi = report_minimum(cert).value
    assert lo - Fraction(1, 10 ** 40) <= value <= hi + Fraction(1, 10 ** 40)
