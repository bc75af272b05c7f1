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
from symconvex.gallery import CANONICAL, FAMILY_CLAIMS, decide, regenerate

REPO = Path(__file__).resolve().parent.parent
PROOFS = REPO / "proofs"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("gallery")
    records = regenerate(str(out))
    canonical = {row["name"] for row in CANONICAL}  # the family claims' documents are tested in test_families
    return out, [r for r in records if r["name"] in canonical]


def test_canonical_claims_cover_the_seeds():
    names = {row["name"] for row in CANONICAL}
    assert names == {"relu_network_midpoint", "sigmoid_neither", "xy_not_convex", "x2y2_not_convex",
                     "permutation_symmetry", "linear_network_not_convex", "logistic_regression_convex",
                     "relu_composition_quadratic"}
    assert {row["seed"] for row in CANONICAL} == {"000", "002", "003"}


#: The engine's verdict on each canonical claim and whether the quoted claim holds (asserted against a fresh run of
#: the engine: ``decide`` runs check_claim / analyze_network; the rows hold no evidence).
ENGINE = {"relu_network_midpoint": ("neither", False), "sigmoid_neither": ("neither", True),
          "xy_not_convex": ("neither", False), "x2y2_not_convex": ("neither", False),
          "permutation_symmetry": ("neither", True), "linear_network_not_convex": ("neither", False),
          "logistic_regression_convex": ("convex", True), "relu_composition_quadratic": ("neither", False)}


@pytest.fixture(scope="module")
def decisions():
    return {row["name"]: decide(row) for row in CANONICAL}


def test_rows_hold_no_evidence():
    for row in CANONICAL:
        assert not {"evidence", "verdict", "holds", "a", "b", "point", "direction"} & set(row), row["name"]
        assert ("claim" in row) != ("network" in row), row["name"]


def test_engine_decides_every_canonical_claim(decisions):
    assert {name: (d.verdict, d.holds) for name, d in decisions.items()} == ENGINE
    for name, d in decisions.items():
        statements = {verify(c) for c in d.certificates}  # every certificate used passes the checker
        assert statements == {c.statement for c in d.certificates}, name
        # logistic regression on one data point is flat along the direction that keeps w x + b fixed: the engine
        # also refutes strict convexity there (a Jensen equality)
        want = {"neither": {"not_convex", "not_concave"},
                "convex": {"convex", "not_concave", "not_strictly_convex"}}[d.verdict]
        assert statements == want, name


@pytest.mark.slow  # regenerates the gallery (the `generated` fixture)
def test_gallery_files_are_the_engines_certificates(generated, decisions):
    out, records = generated
    assert {r["name"]: (r["verdict"], r["holds"]) for r in records} == ENGINE
    for name, d in decisions.items():
        data = json.loads((out / f"{name}.cert.json").read_text())
        items = data if isinstance(data, list) else [data]
        assert [from_json(item) for item in items] == d.certificates, name
        assert [verify(from_json(item)) for item in items] == [c.statement for c in d.certificates], name


@pytest.mark.slow  # regenerates the gallery (the `generated` fixture)
def test_seed_000_certificate_and_proof_state_the_losses(generated, decisions):
    out, _ = generated
    midpoint = [c for c in decisions["relu_network_midpoint"].certificates if c.kind == "midpoint"]
    assert len(midpoint) == 1 and midpoint[0].values == {"f(a)": "0", "f(b)": "0", "f(m)": "1"}
    assert midpoint[0].a == ("1", "-1", "0", "0", "1", "-1", "0") and midpoint[0].lam == "1/2"
    tex = (out / "relu_network_midpoint.tex").read_text()
    assert r"\mathcal{L}(\theta^{(1)}) = 0 + 0 = 0" in tex
    assert r"\mathcal{L}(\theta^{*}) = \frac{1}{2} + \frac{1}{2} = 1" in tex
    assert r"\bigr) = 1 > 0" in tex
    # the short proof states outputs and losses; the forward passes are in the appendix, after \appendix
    main, appendix = tex.split(r"\appendix")
    assert r"N_{\theta^{*}}(x_{1}) = 0" in main and r"h^{(1)}(x_{1})" not in main
    assert r"h^{(1)}(x_{1}) = \rho\bigl(z^{(1)}(x_{1})\bigr)" in appendix
    # not concave: u moves only the output bias, so phi(t) = 1/2 sum (r_i(p) + t)^2 on the whole line, phi'' = n = 2;
    # the certificate's region check at p is kept, in the appendix
    assert r"\varphi''(t) = 2\, \lVert v \rVert^2 = 2 > 0 \quad \text{for all } t." in main
    assert r"-\frac{1}{2}\varphi''(0) = -1 < 0$. So $\mathcal{L}$ is not concave." in main
    assert r"\emph{The region.}" not in main and r"\emph{The region.}" in appendix


@pytest.mark.slow  # regenerates the gallery (the `generated` fixture)
def test_permutation_proof_says_the_inference_is_invalid_and_proves_it_by_the_midpoint(generated, decisions):
    out, _ = generated
    (cert,) = [c for c in decisions["permutation_symmetry"].certificates if c.kind == "midpoint"]
    a, b = cert.a, cert.b
    # theta^(2) is theta^(1) with hidden units 1 and 2 swapped: W1 rows, b1 entries and W2 columns
    assert (b[0], b[1], b[2], b[3], b[4], b[5], b[6]) == (a[1], a[0], a[3], a[2], a[5], a[4], a[6])
    assert cert.values == {"f(a)": "3/32", "f(b)": "3/32", "f(m)": "633/128"} and cert.lam == "1/2"
    tex = (out / "permutation_symmetry.tex").read_text()
    assert "the inference ``the minimum is not unique, so the loss is not convex'' is invalid" in tex
    assert "a convex function can have many minimisers" in tex
    assert (r"Here $\mathcal{L}(\theta^{(1)}) = \mathcal{L}(\theta^{(2)}) = \frac{3}{32}$, while at the midpoint "
            r"$\mathcal{L}(\theta^{*}) = \frac{633}{128} > \frac{3}{32}$.") in tex  # the reason, with its numbers
    assert r"\mathcal{L}(\theta^{*}) = \frac{633}{128}" in tex  # the midpoint loss ...
    # ... above the chord 3/32: the gap 633/128 - 3/32 = 621/128 > 0 is what proves non-convexity
    assert r"= \frac{621}{128} > 0" in tex


@pytest.mark.slow  # regenerates the gallery (the `generated` fixture)
@pytest.mark.parametrize("name, decisive", [
    ("xy_not_convex", [r"\varphi(t) = - \left(t - 1\right) \left(t + 1\right)", r"\varphi''(0) = -2"]),
    ("x2y2_not_convex", [r"\varphi(t) = \left(t - 1\right)^{2} \left(t + 1\right)^{2}", r"\varphi''(0) = -4"]),
    ("linear_network_not_convex", [r"\varphi''(t) = 6 t^{2} - 2", r"\varphi''(0) = -2"]),
    ("sigmoid_neither", [r"\in \left[-0.09085774768,\ -0.09085774767\right]"]),
    ("relu_composition_quadratic", [r"\varphi(t) = \left(t - 1\right)^{2} \left(t + 2\right)^{2}",
                                    r"\varphi''(0) = -6"]),
    ("logistic_regression_convex", [r"\begin{lemma}", r"Table~\ref{tab:atoms}", r"$\log(c + e^{a_1} + \dots + e^{a_k})$"]),
])
def test_gallery_proofs_state_the_decisive_computation_in_closed_form(generated, name, decisive):
    tex = (generated[0] / f"{name}.tex").read_text()
    main = tex.split(r"\appendix")[0] if name != "logistic_regression_convex" else tex
    for text in decisive:
        assert text in main, (name, text)


@pytest.mark.slow  # regenerates the gallery (the `generated` fixture)
def test_gallery_proofs_read_as_mathematics(generated):
    out, records = generated
    for r in records:
        tex = (out / f"{r['name']}.tex").read_text()
        claim = {True: "The claim holds", False: "The claim is false"}[r["holds"]]
        assert r"\textbf{Claim.} " in tex and rf"\textbf{{Verdict.}} {claim[:3].lower()}" not in tex
        assert rf"\begin{{theorem}}{claim}: " in tex and r"\begin{proof}" in tex, r["name"]
        assert r"\author" not in tex and r"\textasciicircum" not in tex and "where it is defined" not in tex
        for raw in ("b2_1", "theta", "region witness", "W1_"):
            assert raw not in tex.replace(r"\theta", ""), (r["name"], raw)
        assert r"\cite[\S3.1" in tex and r"\bibitem{BoydVandenberghe2004}" in tex


@pytest.mark.slow  # regenerates the gallery (the `generated` fixture)
def test_how_to_verify_appendix_matches_the_certificate_file(generated, capsys):
    import hashlib

    from symconvex import __version__
    from symconvex.cli import main

    out, records = generated
    for r in records:
        name = r["name"]
        tex = (out / f"{name}.tex").read_text()
        appendix = tex[tex.index(r"\section{How to verify}"):]
        sha = hashlib.sha256((out / f"{name}.cert.json").read_bytes()).hexdigest()
        assert rf"\texttt{{{sha[:32]}}}\\\texttt{{{sha[32:]}}}" in appendix, name
        assert f"symconvex version {__version__}" in appendix
        tt = lambda text: r"\texttt{%s}" % text.replace("_", r"{\char95}")  # noqa: E731
        assert tt(f"symconvex verify {name}.cert.json") in appendix
        assert main(["verify", str(out / f"{name}.cert.json")]) == 0
        printed = capsys.readouterr().out.strip()
        assert tt(printed) in appendix, (name, printed)


@pytest.mark.slow
def test_regeneration_is_byte_identical(generated, tmp_path):
    out, _ = generated
    again = tmp_path / "again"
    regenerate(str(again))
    first = sorted(os.listdir(out))
    assert first == sorted(os.listdir(again))
    for name in first:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


@pytest.mark.slow  # regenerates the gallery (the `generated` fixture)
def test_committed_gallery_is_up_to_date(generated):
    """proofs/ in the repository is exactly what `symconvex proofs` writes."""
    out, _ = generated
    for name in sorted(os.listdir(out)):
        committed = PROOFS / name
        assert committed.exists(), f"proofs/{name} is missing: run `symconvex proofs --out proofs`"
        assert committed.read_bytes() == (out / name).read_bytes(), f"proofs/{name} is stale: run `symconvex proofs`"


@pytest.mark.slow  # regenerates the gallery (the `generated` fixture)
def test_readme_indexes_every_proof(generated):
    out, records = generated
    readme = (out / "README.md").read_text()
    for r in records:
        assert f"[`{r['name']}.tex`]({r['name']}.tex)" in readme


@pytest.mark.slow
def test_every_gallery_proof_compiles_with_pdflatex(generated):
    require_tool("pdflatex")
    out, _ = generated
    files = sorted(str(p) for p in out.glob("*.tex"))
    run = subprocess.run(["sh", str(REPO / "scripts" / "compile_proofs.sh"), *files], capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr + run.stdout
    assert f"{len(files)} compiled" in run.stdout


@pytest.mark.slow
def test_compile_script_fails_on_a_latex_error(tmp_path):
    require_tool("pdflatex")
    bad = tmp_path / "bad.tex"
    bad.write_text("\\documentclass{article}\\begin{document}$x^{$\\end{document}\n")
    run = subprocess.run(["sh", str(REPO / "scripts" / "compile_proofs.sh"), str(bad)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 1 and "FAILED" in run.stderr


@pytest.mark.slow  # regenerates the whole gallery once more
def test_proofs_command(tmp_path, capsys):
    from symconvex.cli import main

    out = tmp_path / "p"
    assert main(["proofs", "--out", str(out), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["error"] is None
    assert str(out / "README.md") in payload["written"]
    assert {c["name"] for c in payload["claims"]} == {row["name"] for row in CANONICAL + FAMILY_CLAIMS}


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


#: Text each gallery PDF must show (pdftotext, whitespace folded): the decisive numbers of its short proof.
PDF_NUMBERS = {"relu_network_midpoint": ["= 1 > 0."], "permutation_symmetry": ["621", "128", "> 0."],
               "xy_not_convex": ["(0) = −2."], "x2y2_not_convex": ["(0) = −4."],
               "linear_network_not_convex": ["(0) = −2."], "relu_composition_quadratic": ["(0) = −6."],
               "sigmoid_neither": ["−0.09085774768"], "logistic_regression_convex": ["Lemma 1"]}


@pytest.mark.slow
def test_gallery_pdfs_state_claim_verdict_and_decisive_numbers(generated, tmp_path):
    import hashlib

    require_tool("pdflatex")
    pdftotext = require_tool("pdftotext")
    out, records = generated
    pdfs = tmp_path / "pdf"
    pdfs.mkdir()
    files = sorted(str(p) for p in out.glob("*.tex"))
    run = subprocess.run(["sh", str(REPO / "scripts" / "compile_proofs.sh"), *files], capture_output=True, text=True,
                         timeout=600, env={**os.environ, "KEEP_PDF": str(pdfs)})
    assert run.returncode == 0, run.stderr + run.stdout
    for r in records:
        name = r["name"]
        text = subprocess.run([pdftotext, str(pdfs / f"{name}.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
        if name == "relu_network_midpoint":  # the seed-000 main argument fits on one page
            (page,) = [p for p in text.split("\f") if "Theorem 1." in p]
            assert "Proposition 1." in page and "fails, and L is not convex." in " ".join(page.split())
        text = " ".join(text.split())
        holds = {True: "holds", False: "is false"}[r["holds"]]
        assert "Claim. The " in text and f"Verdict. The claim {holds}." in text, name
        assert f"Theorem 1. The claim {holds}: " in text, name
        assert "??" not in text, name  # every reference resolved
        assert f"symconvex verify {name}.cert.json" in text, name
        statements = ", ".join(json_statements(out / f"{name}.cert.json"))
        assert f"accepted: {statements}" in text, name
        sha = hashlib.sha256((out / f"{name}.cert.json").read_bytes()).hexdigest()
        assert sha[:32] in text and sha[32:] in text, name
        for number in PDF_NUMBERS[name]:
            assert number in text, (name, number)


def json_statements(path) -> list[str]:
    data = json.loads(path.read_text())
    return [verify(from_json(item)) for item in (data if isinstance(data, list) else [data])]


def test_ci_runs_the_slow_tests_that_the_default_run_deselects():
    import tomllib

    ci = (REPO / ".ci" / "run").read_text()
    options = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "-m 'not slow'" in options["addopts"] and any(m.startswith("slow:") for m in options["markers"])
    assert ci.index(".venv/bin/python -m pytest\n") < ci.index(".venv/bin/python -m pytest -m slow -n 0\n")


def test_the_readme_pyproject_and_ci_agree_on_how_the_tests_run():
    """The README's test command is the one .ci/run runs, verbatim; pyproject's addopts make it the quick run (the
    slow tests deselected, the rest spread over xdist workers, pytest-xdist in the test extra); .ci/run gives every
    property test its full number of examples before that run and then runs the slow tests in one process, and the
    README names that slow run."""
    import tomllib

    from marks import FULL_PROPERTIES_VARIABLE

    readme, ci = (REPO / "README.md").read_text(), (REPO / ".ci" / "run").read_text()
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    addopts = project["tool"]["pytest"]["ini_options"]["addopts"]
    command = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest\n"
    assert command in readme and command in ci
    assert "`.venv/bin/python -m pytest -m slow`" in readme
    assert "-m 'not slow'" in addopts and "-n auto" in addopts
    assert any(r.startswith("pytest-xdist") for r in project["project"]["optional-dependencies"]["test"])
    assert ci.index(f"export {FULL_PROPERTIES_VARIABLE}=1\n") < ci.index(command)
    assert ci.index(command) < ci.index(".venv/bin/python -m pytest -m slow -n 0\n")
