"""The proofs/ gallery: canonical claims from the seeds, checker-accepted certificates, byte-identical
regeneration, and every proof compiled with a real pdflatex."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import require_tool

from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.gallery import CANONICAL, regenerate

REPO = Path(__file__).resolve().parent.parent
PROOFS = REPO / "proofs"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("gallery")
    records = regenerate(str(out))
    return out, records


def test_canonical_claims_cover_the_seeds():
    names = {row["name"] for row in CANONICAL}
    assert names == {"relu_network_midpoint", "sigmoid_neither", "xy_not_convex", "x2y2_not_convex",
                     "permutation_symmetry", "linear_network_not_convex", "logistic_regression_convex",
                     "relu_composition_quadratic"}
    assert {row["seed"] for row in CANONICAL} == {"000", "002", "003"}


def test_every_claim_is_generated_with_the_expected_verdict(generated):
    out, records = generated
    verdicts = {r["name"]: r["verdict"] for r in records}
    assert verdicts == {"relu_network_midpoint": "not_convex", "sigmoid_neither": "neither",
                        "xy_not_convex": "not_convex", "x2y2_not_convex": "not_convex",
                        "permutation_symmetry": "not_convex", "linear_network_not_convex": "not_convex",
                        "logistic_regression_convex": "convex", "relu_composition_quadratic": "not_convex"}
    assert verdicts == {row["name"]: row["verdict"] for row in CANONICAL}


def test_every_gallery_certificate_is_accepted_by_the_checker(generated):
    out, records = generated
    for r in records:
        data = json.loads((out / f"{r['name']}.cert.json").read_text())
        items = data if isinstance(data, list) else [data]
        statements = {verify(from_json(item)) for item in items}
        assert statements, r["name"]


def test_seed_000_certificate_and_proof_state_the_losses(generated):
    out, _ = generated
    cert = from_json((out / "relu_network_midpoint.cert.json").read_text())
    assert cert.values == {"f(a)": "0", "f(b)": "0", "f(m)": "1"}
    assert cert.a == ("1", "-1", "0", "0", "1", "-1", "0") and cert.lam == "1/2"
    tex = (out / "relu_network_midpoint.tex").read_text()
    assert r"\mathcal{L}(\theta^{(1)}) = 0 + 0 = 0" in tex and r"\mathcal{L}(\theta^{*}) = \frac{1}{2} + \frac{1}{2} = 1" in tex


def test_permutation_proof_swaps_hidden_units(generated):
    out, _ = generated
    cert = from_json((out / "permutation_symmetry.cert.json").read_text())
    a, b = cert.a, cert.b
    # theta^(2) is theta^(1) with hidden units 1 and 2 swapped: W1 rows, b1 entries and W2 columns
    assert (b[0], b[1], b[2], b[3], b[4], b[5], b[6]) == (a[1], a[0], a[3], a[2], a[5], a[4], a[6])
    assert cert.values["f(a)"] == cert.values["f(b)"] == "0" and cert.values["f(m)"] == "21/2"


def test_regeneration_is_byte_identical(generated, tmp_path):
    out, _ = generated
    again = tmp_path / "again"
    regenerate(str(again))
    first = sorted(os.listdir(out))
    assert first == sorted(os.listdir(again))
    for name in first:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_committed_gallery_is_up_to_date(generated):
    """proofs/ in the repository is exactly what `symconvex proofs` writes."""
    out, _ = generated
    for name in sorted(os.listdir(out)):
        committed = PROOFS / name
        assert committed.exists(), f"proofs/{name} is missing: run `symconvex proofs --out proofs`"
        assert committed.read_bytes() == (out / name).read_bytes(), f"proofs/{name} is stale: run `symconvex proofs`"


def test_readme_indexes_every_proof(generated):
    out, records = generated
    readme = (out / "README.md").read_text()
    for r in records:
        assert f"[`{r['name']}.tex`]({r['name']}.tex)" in readme


def test_every_gallery_proof_compiles_with_pdflatex(generated):
    require_tool("pdflatex")
    out, _ = generated
    files = sorted(str(p) for p in out.glob("*.tex"))
    run = subprocess.run(["sh", str(REPO / "scripts" / "compile_proofs.sh"), *files], capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr + run.stdout
    assert f"{len(files)} compiled" in run.stdout


def test_compile_script_fails_on_a_latex_error(tmp_path):
    require_tool("pdflatex")
    bad = tmp_path / "bad.tex"
    bad.write_text("\\documentclass{article}\\begin{document}$x^{$\\end{document}\n")
    run = subprocess.run(["sh", str(REPO / "scripts" / "compile_proofs.sh"), str(bad)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 1 and "FAILED" in run.stderr


def test_proofs_command(tmp_path, capsys):
    from symconvex.cli import main

    out = tmp_path / "p"
    assert main(["proofs", "--out", str(out), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["error"] is None
    assert str(out / "README.md") in payload["written"]
    assert {c["name"] for c in payload["claims"]} == {row["name"] for row in CANONICAL}


def test_missing_pdflatex_skips_with_its_reason_and_fails_when_required(monkeypatch):
    import conftest

    monkeypatch.setattr(conftest.shutil, "which", lambda name: None)
    monkeypatch.delenv("SYMCONVEX_REQUIRE_PDFLATEX", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"^pdflatex not installed$"):
        conftest.require_tool("pdflatex")
    monkeypatch.setenv("SYMCONVEX_REQUIRE_PDFLATEX", "1")
    with pytest.raises(pytest.fail.Exception, match=r"pdflatex not installed \(SYMCONVEX_REQUIRE_PDFLATEX=1"):
        conftest.require_tool("pdflatex")


def test_ci_requires_pdflatex_and_pdftotext():
    ci = (REPO / ".ci" / "run").read_text()
    export = ci.index("export SYMCONVEX_REQUIRE_PDFLATEX=1")
    assert export < ci.index(".venv/bin/python -m pytest")
    assert "poppler-utils" in ci and "texlive-latex-recommended" in ci
