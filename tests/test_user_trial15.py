"""What a new user met when trying the product from the README (session 15, docs/TRIAL_15.md), each with the
behaviour now asserted.

- ``symconvex analyze 'x^2' --domain 'x > 0' --domain 'x < 1'`` answered about ``x < 1`` alone (argparse keeps the
  last of a repeated option): the first set was dropped without a word. Now a repeated ``--domain`` is the
  intersection, and any other option given twice is a one-line error.
- ``symconvex check CLAIM --jobs 3`` (or ``--out``, ``--resume``, ``--executor dask``) ignored the batch option.
- The LaTeX proof of a claim refuted at a parameter value ("$|x|^p$ is strictly convex in $x$ for $p \\ge 1$")
  stated the claim with $|x|^p$ and then defined f(x) = |x| with no word on p = 1 before the proof.
- ``proofs/README.md`` listed "The squared loss of a 1-2-1 ReLU network is not convex | ... | is false": the
  verdict was about the seed's quoted claim, which the table did not show.
- The JSON API answered ``GET /api/check`` with plain text, and ``{"expr": ...}`` sent to ``/api/check`` with
  "unknown field 'expr'; expected claim" and no word on ``/api/analyze``.
"""

from __future__ import annotations

import json

import pytest

from symconvex.check import verify
from symconvex.claims import check_claim
from symconvex.errors import ClaimError
from symconvex.cli import main
from symconvex.latex import to_latex


# ------------------------------------------------------------------------------------------ repeated options

def test_repeated_domain_is_the_intersection_of_both_sets(capsys):
    # x^3 is convex on [0, inf) and concave on (-inf, 0]: on 0 < x < 1 convex; on x < 1 alone it is neither
    assert main(["analyze", "x^3", "--domain", "x > 0", "--domain", "x < 1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["curvature"] == "convex"
    assert len(data["domain"]) == 2, data["domain"]   # both constraints kept, neither dropped
    # what the last set alone gives: neither (x^3 changes curvature at 0)
    assert main(["analyze", "x^3", "--domain", "x < 1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["curvature"] == "neither"


@pytest.mark.parametrize("argv, option", [
    (["analyze", "x^2", "--vars", "x", "--vars", "y"], "--vars"),
    (["analyze", "x^2", "--timeout", "5", "--timeout", "9"], "--timeout"),
    (["net", "--layers", "1,2,1", "--layers", "1,1,1", "--data", "1:1"], "--layers"),
    (["check", "$x^2$ is convex", "--latex", "a.tex", "--latex", "b.tex"], "--latex"),
])
def test_any_other_option_given_twice_is_one_line_of_bad_input(argv, option, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"error: argument {option}: given twice; give it once\n"
    assert list(tmp_path.iterdir()) == []   # nothing was written


@pytest.mark.parametrize("extra, option", [
    (["--jobs", "3"], "--jobs"), (["--out", "r.jsonl"], "--out"), (["--resume"], "--resume"),
    (["--executor", "dask"], "--executor"), (["--scheduler", "tcp://h:1"], "--scheduler"),
])
def test_batch_options_with_one_claim_are_refused_not_ignored(extra, option, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["check", "$x^2$ is convex", *extra]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"error: {option} is for --batch FILE (many claims); one CLAIM is answered without it\n"
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------------------ LaTeX

@pytest.mark.parametrize("text, value, function", [
    # |x|^p at p = 1 is |x|, affine on [1, 3]: not strictly convex
    (r"$|x|^p$ is strictly convex in $x$ for $p \ge 1$", "$p = 1$", r"\left|{x}\right|"),
    # a x^2 at a = -1 is -x^2: not convex
    (r"$a x^2$ is convex in $x$", "$a = -1$", r"- x^{2}"),
])
def test_a_refutation_at_a_parameter_value_says_so_before_defining_f(text, value, function):
    result = check_claim(text, timeout=30)
    assert result.holds is False and result.verified
    decisive = [result.analysis.certificates[k] for k in result.analysis.facts["not_" + result.claim.property
                                                                                .replace("strictly ", "strictly_")]]
    assert all(c.parameter_values for c in decisive)   # the refutations are at a stated value
    tex = to_latex(result)
    setting = tex.split(r"\section*{Setting}")[1].split(r"\section*")[0]
    name = value.strip("$").split(" = ")[0]
    lead = rf"The claim is about every allowed value of ${name}$; the refutation below takes {value}."
    assert setting.lstrip().startswith(lead)
    assert setting.index(lead) < setting.index(r"\[ f\left(x\right) = " + function + r" \]")


def test_a_claim_without_parameters_has_no_parameter_sentence():
    result = check_claim(r"$x^3$ is convex", timeout=30)
    assert result.holds is False
    assert "every allowed value" not in to_latex(result)


# ------------------------------------------------------------------------------------------ gallery

def test_gallery_table_shows_the_claim_its_verdict_is_about():
    from symconvex.gallery import CANONICAL, readme

    row = CANONICAL[0]   # seed 000: "A network built only from ReLUs ... has a convex loss" is false
    record = {"name": row["name"], "seed": row["seed"], "title": row["title"], "verdict": "neither", "holds": False,
              "quote": row["quote"], "files": ["a.tex"], "kinds": ["midpoint"], "missing": None}
    text = readme([record])
    assert "| proof | seed | the seed's claim | that claim | engine verdict | certificates | files |" in text
    line = next(ln for ln in text.splitlines() if ln.startswith(f"| {row['title']} |"))
    cells = [c.strip() for c in line.strip("|").split(" | ")]
    assert cells[2] == " ".join(row["quote"].split()) and "has a convex loss" in cells[2]
    assert cells[3] == "is false" and cells[4] == "neither"
    # a bar in a quoted formula would end the cell: it is escaped
    bar = readme([{**record, "quote": r"$\|x\|$ is convex"}])
    assert r"$\\|x\\|$ is convex" in bar


def test_checked_in_gallery_readme_names_each_seed_claim():
    from pathlib import Path

    from symconvex.gallery import CANONICAL, FAMILY_CLAIMS

    text = (Path(__file__).resolve().parents[1] / "proofs" / "README.md").read_text()
    for row in CANONICAL + FAMILY_CLAIMS:
        quote = " ".join(row.get("quote", row.get("claim")).split()).replace("|", "\\|")
        assert f"| {quote} |" in text, row["name"]


# ------------------------------------------------------------------------------------------ web API

@pytest.fixture(scope="module")
def client():
    from starlette.testclient import TestClient

    from symconvex import web

    with TestClient(web.create_app(timeout=20), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path, example", [("/api/check", '{"claim": '), ("/api/analyze", '{"expr": ')])
def test_api_get_answers_json_saying_to_post(client, path, example):
    r = client.get(path)
    assert r.status_code == 405 and r.headers["allow"] == "POST"
    data = r.json()
    assert data["holds"] is None and data["certificates"] == [] and data["verified"] is False
    assert data["error"].startswith(f"{path} answers POST with a JSON body, e.g. {example}")


def test_api_unknown_path_answers_json(client):
    r = client.post("/api/verify", json={})
    assert r.status_code == 404
    assert r.json()["error"] == "no such API; POST a JSON body to /api/check or /api/analyze"
    assert client.get("/nothing").text == "error: Not Found\n"   # pages stay plain text


@pytest.mark.parametrize("path, body, message", [
    ("/api/check", {"expr": "x^2"},
     "unknown field 'expr'; expected claim (expr, domain, vars go to POST /api/analyze)"),
    ("/api/analyze", {"claim": "$x^2$ is convex"},
     "unknown field 'claim'; expected expr, domain, vars (claim goes to POST /api/check)"),
    ("/api/check", {"claim": "$x^2$ is convex", "extra": 1}, "unknown field 'extra'; expected claim"),
])
def test_api_field_of_the_other_endpoint_names_it(client, path, body, message):
    r = client.post(path, json=body)
    assert r.status_code == 400 and r.json()["error"] == message


# ------------------------------------------------------------------------------------------ terminal text

def test_a_long_kink_pattern_says_it_is_cut_short():
    # `symconvex net big.toml --base-point dense` printed "kink pattern [1, 1, ..., 1]" with 12 entries of 65536
    import dataclasses

    import sympy as sp

    from symconvex import analyze

    x, y = sp.symbols("x y")
    cert = next(c for c in analyze(x * y).certificates if c.kind == "curvature")
    long = dataclasses.replace(cert, pattern=(1, 0) * 10)
    assert long.summary().endswith(", strictly inside the smooth piece with kink pattern "
                                   "[1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, ... (20 in all)]")
    short = dataclasses.replace(cert, pattern=(1, 0, 1, 1))
    assert short.summary().endswith("with kink pattern [1, 0, 1, 1]")


@pytest.mark.parametrize("text, name, value", [
    # for λ > 0 convex, for λ = -1 not: undecided; its certificates are at λ = 1 (not concave) and λ = -1 (not convex)
    (r"$(w - 1)^2 + \lambda |w|$ is convex in $w$", r"\lambda", "-1"),
    (r"$\lambda x^2$ is convex in $x$", r"\lambda", "-1"),
])
def test_latex_of_an_undecided_claim_with_parameters_is_written_at_one_value(text, name, value, tmp_path,
                                                                             monkeypatch, capsys):
    # was: "error: latex: the midpoint inequality does not hold", exit 2, and the answer not printed: the
    # certificates at two values of λ were written about one function
    result = check_claim(text, timeout=30)
    assert result.holds is None
    values = {c.parameter_values for c in result.certificates}
    assert len(values) >= 2   # certificates at several parameter values
    tex = to_latex(result)
    assert rf"the refutation below takes ${name} = {value}$." in tex
    assert r"\textbf{Verdict.} The claim is undecided." in tex
    assert r"is not convex" in tex and "is not concave" not in tex   # only the certificates at λ = -1
    monkeypatch.chdir(tmp_path)
    assert main(["check", text, "--latex", "p.tex", "--certificate", "c.json"]) == 3
    out = capsys.readouterr().out
    assert out.startswith("undecided: ")
    written = (tmp_path / "p.tex").read_text()
    assert written.split(r"\section{How")[0] == tex.split(r"\section{How")[0]   # the same proof, then c.json's hash
    assert "symconvex verify c.json" in written
    assert all(verify(c) for c in json.loads((tmp_path / "c.json").read_text()))


def test_latex_of_a_sum_claim_whose_strict_part_has_no_proof_to_show(tmp_path, monkeypatch, capsys):
    # was an IndexError traceback: the part "the rest" (λ/2 ||w||^2) proves strict convexity with certificates its
    # analysis does not hold, and the decisive indices were read in the wrong list
    text = r"$\frac{1}{2}\|Xw - y\|^2 + \frac{\lambda}{2}\|w\|^2$ is strictly convex in $w$ for $\lambda > 0$"
    monkeypatch.chdir(tmp_path)
    assert main(["check", text, "--latex", "p.tex"]) == 0
    assert capsys.readouterr().out.startswith("holds: ")
    tex = (tmp_path / "p.tex").read_text()
    assert "The proof below is about term 1" in tex and r"\begin{theorem}$f$ is convex" in tex


@pytest.mark.parametrize("text, holds", [
    ("A neural network with linear activations and square loss is convex", False),   # a 1-1-1 net: not convex
    ("The cross-entropy loss of logistic regression is convex", True),               # every data set
])
def test_to_latex_and_latex_body_of_a_family_claim(text, holds, tmp_path, monkeypatch):
    # was: AttributeError 'FamilyClaim' object has no attribute 'variables' (to_latex, and --latex-body a traceback)
    from symconvex.latex import family_document

    result = check_claim(text, timeout=60)
    assert result.holds is holds and result.verified
    assert to_latex(result) == family_document(result)
    body = to_latex(result, body=True)
    assert body.startswith("%% symconvex proof fragment") and r"\begin{document}" not in body
    assert r"\subsection*{The family claim}" in body and r"\label{symconvex:" in body
    monkeypatch.chdir(tmp_path)
    assert main(["check", text, "--latex-body", "b.tex"]) == (0 if holds else 1)
    assert (tmp_path / "b.tex").read_text() == body


def test_to_latex_of_a_saddle_claim_is_its_certificates_proof():
    # (w1 w2 w3 - 1)^2 at 0: gradient 0, f(t u) = 1 - 2 t^3 along u = (-1, -1, 1): a higher-order saddle
    result = check_claim(r"$(w_1 w_2 w_3 - 1)^2$ has a saddle point at the origin", timeout=60)
    assert result.holds is True and [verify(c) for c in result.certificates] == ["saddle"]
    assert to_latex(result) == to_latex(list(result.certificates))


@pytest.mark.parametrize("text", [
    r"$(w - 1)^2 + \lambda |w|$ is convex in $w$",   # undecided: certificates at λ = 1 and λ = -1
    r"$f(x,y) = xy$ is convex",
])
def test_web_proof_is_the_claims_proof(client, text):
    # the page offered "LaTeX proof unavailable: latex: the midpoint inequality does not hold" for the lasso claim,
    # and for every claim a proof of the analysis without the claim and its verdict
    import re

    page = client.post("/", data={"mode": "claim", "claim": text}).text
    base = re.search(r'href="(/result/[^/"]+)/certificates\.json"', page).group(1)
    tex = client.get(f"{base}/proof.tex").text
    expected = to_latex(check_claim(text, timeout=20))
    assert tex.split(r"\section{How")[0] == expected.split(r"\section{How")[0]
    assert r"\textbf{Claim.}" in tex and r"\textbf{Verdict.}" in tex


@pytest.mark.slow   # two network family claims, searched and written (seconds)
@pytest.mark.parametrize("text", [
    # a member with a softplus (resp. a logistic loss's softplus) in its loss values: the proof's exact values are
    # compared with the checker's enclosures, and SymPy's N left softplus(-35/16) unevaluated: a TypeError traceback
    r"For the data $(x, y) = (2, 1)$, the squared error of a 1-1-1 softplus network is a non-convex function of its "
    r"weights and biases.",
    r"The logistic loss of a 1-2-1 ReLU network on the labelled points $(1, 1)$ and $(-1, -1)$ is not convex.",
])
def test_latex_of_a_network_whose_loss_values_hold_softplus(text, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["check", text, "--latex", "p.tex"]) == 0
    assert capsys.readouterr().out.startswith("holds: ")
    tex = (tmp_path / "p.tex").read_text()
    assert r"\begin{quote}%s\end{quote}" % text in tex   # the formulas kept as math, not escaped
    assert "not_convex" not in tex and "proven not affine, not concave, not convex" in tex


@pytest.mark.parametrize("text, latex", [
    (r"For the data $(x, y) = (2, 1)$, it is convex", r"For the data $(x, y) = (2, 1)$, it is convex"),
    (r"$\frac{1}{n}\sum_{i=1}^n x_i^2$ costs 5% & more", r"$\frac{1}{n}\sum_{i=1}^n x_i^2$ costs 5\% \& more"),
    (r"an unbalanced $\frac{1}{$ stays text", r"an unbalanced \$\textbackslash{}frac\{1\}\{\$ stays text"),
    ("a formula in Unicode $λ x$ stays text", None),
])
def test_pasted_text_keeps_its_formulas(text, latex):
    from symconvex.latex.answers import text_with_math
    from symconvex.latex.notation import text_escape

    assert text_with_math(text) == (latex if latex is not None else text_escape(text))


def test_an_undecided_answer_with_proved_facts_says_what_no_certificate_was_found_for():
    """The facts the certificates prove are listed; the last line names the claim's property that none of them
    decides, instead of 'no certificate was found' after 'every certificate was accepted'."""
    result = check_claim(r"$-y\log(p) - (1-y)\log(1-p)$ is convex in $p$ for $0 \le y \le 1$", timeout=20)
    assert result.holds is None and result.certificates
    assert all(verify(c) for c in result.certificates)
    lines = result.answer().splitlines()
    assert "  every certificate was accepted by the independent checker" in lines
    assert lines[-1] == "  no certificate was found that proves or refutes 'convex'"


@pytest.mark.parametrize("text, low, high", [
    (r"$x^2$ is convex for $x$ in $[-1, 1]$", -1, 1),
    (r"$x^3$ is convex for $x$ in $\left[0, 1\right]$", 0, 1),
])
def test_a_name_in_math_then_in_then_an_interval_in_math_is_the_membership(text, low, high):
    """'for $x$ in $[-1, 1]$' is 'for $x \\in [-1, 1]$' (was: "'[-1, 1]' is not a name"), as it is for the reals."""
    result = check_claim(text, timeout=20)
    assert result.holds is True and all(verify(c) for c in result.certificates)
    assert {str(c) for c in result.claim.domain} == {f"x >= {low}", f"x <= {high}"}


@pytest.mark.parametrize("text", [r"$x^2$ is convex since it is a square", r"$x^2$ is convex since $x > 0$",
                                  r"$e^x$ is convex because its second derivative is positive"])
def test_a_reason_after_the_claim_is_refused_in_one_line_naming_it(text):
    """A reason is never dropped silently ('since $x > 0$' may be a condition): one line saying what to write."""
    with pytest.raises(ClaimError, match=r"^'(since|because) \.\.\.' gives a reason, which is not read") as info:
        check_claim(text)
    assert "\n" not in str(info.value)
