"""What a new user met when trying the product from the README (session 7), each with the behaviour now asserted.

- A name of three or more letters before a bracket that the reader does not know (``logit(x)``, ``elu(x)``,
  ``sign(x)``, ``leaky_relu(x)``) was read letter by letter as a product: ``analyze 'logit(x)'`` answered about
  g·i·l·o·t·x, and ``'$elu(x)$ is convex'`` was *refuted* about e·l·u·x (ELU itself is convex). Now a one-line error.
- ``symconvex analyze`` printed only the verdict, never which function it had read; it now prints ``f(...) = ...``
  on the second line. It also refused a function by cases (``\\begin{cases}``) that ``analyze`` in Python reads.
- ``symconvex verify --json`` answered a rejected certificate with the keys of ``check`` (``holds``,
  ``curvature``, ...) instead of its own (``accepted``, ``statements``).
- The web page's ``proof.pdf`` was compiled once, so its references read "Fact ??" and its citations "[?]".
"""

from __future__ import annotations

import json
import subprocess

import pytest
import sympy as sp

from symconvex import analyze
from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.claims import ClaimError, check_claim
from symconvex.cli import main
from symconvex.errors import InputError
from symconvex.parsing import parse_expression

x, y, z, p = sp.symbols("x y z p", real=True)


# ------------------------------------------------------------- unknown function words are not products of letters

@pytest.mark.parametrize("text, name", [
    ("logit(x)", "logit"), ("elu(x)", "elu"), ("sign(x)", "sign"), ("erfi(x)", "erfi"), ("softmax(x)", "softmax"),
    ("LeakyReLU(x)", "LeakyReLU"), ("leaky_relu(x)", "leaky_relu"), ("xyz(x + 1)", "xyz"), ("3 swish (x)", "swish"),
])
def test_an_unknown_function_word_is_refused_not_read_as_a_product(text, name):
    with pytest.raises(InputError, match=f"unknown function {name} in "):
        parse_expression(text)


@pytest.mark.parametrize("text, expected", [
    ("xsin(x)", x * sp.sin(x)), ("xlog(x)", x * sp.log(x)), ("2xexp(x)", 2 * x * sp.exp(x)),
    ("xysin(x)", x * y * sp.sin(x)), ("x y z (x + 1)", x * y * z * (x + 1)), ("p(1-p)", p * (1 - p)),
    ("x(y+1)", x * (y + 1)), ("Exp(x)", sp.exp(x)), ("np.exp(-x)", sp.exp(-x)),
])
def test_known_words_and_products_of_single_letters_keep_their_reading(text, expected):
    assert parse_expression(text) == expected


def test_a_claim_about_an_unknown_function_word_is_refused_not_refuted():
    with pytest.raises(ClaimError, match="unknown function elu"):
        check_claim("$elu(x)$ is convex", timeout=10)
    with pytest.raises(InputError, match="unknown function logit"):
        analyze("logit(x)", domain="0 < x < 1")


def test_the_cli_refuses_an_unknown_function_word_in_one_line(capsys):
    assert main(["analyze", "logit(x)", "--domain", "0 < x < 1"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith("error: unknown function logit in 'logit(...)'")


# ------------------------------------------------------------- `symconvex analyze` says what it analysed

def test_analyze_names_the_function_variables_and_domain_it_read(capsys):
    assert main(["analyze", r"\frac{x^2}{y}", "--domain", "y > 0"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "convex" and out[1] == "  f(x, y) = x²/y on y > 0"
    assert main(["analyze", "x^2", "--vars", "x, y"]) == 0     # a listed variable the formula does not use
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "convex" and out[1] == "  f(x, y) = x²"


def test_analyze_reads_a_function_by_cases_as_the_python_api_does(capsys):
    text = r"\begin{cases} x^2 & x \ge 0 \\ 0 & x < 0 \end{cases}"
    assert main(["analyze", text, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["curvature"] == "convex" and payload["verified"] is True
    assert "convex" in {verify(from_json(c)) for c in payload["certificates"]}
    assert payload["function"] == str(analyze(text).function) == "Max(0, x)**2"


# ------------------------------------------------------------- `symconvex verify --json` answers in its own keys

def test_verify_json_rejection_has_the_keys_of_an_acceptance(tmp_path, capsys):
    assert main(["analyze", "xy", "--certificate", str(tmp_path / "c.json")]) == 0
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "c.json"), "--json"]) == 0
    accepted = json.loads(capsys.readouterr().out)
    assert accepted == {"accepted": True, "statements": ["not_concave", "not_convex"], "error": None}
    certs = json.loads((tmp_path / "c.json").read_text())
    certs[1]["second_derivative"] = "-3"                      # one number changed: the checker computes -2
    (tmp_path / "t.json").write_text(json.dumps(certs))
    assert main(["verify", str(tmp_path / "t.json"), "--json"]) == 2
    rejected = json.loads(capsys.readouterr().out)
    assert set(rejected) == set(accepted) and rejected["accepted"] is False and rejected["statements"] == []
    assert rejected["error"].startswith("certificate 2 of 2: ")


# ------------------------------------------------------------- the web page's PDF has its references resolved

@pytest.mark.slow   # two pdflatex runs (tests/conftest.py: pdflatex compiles beyond one are slow)
def test_web_pdf_resolves_references_and_citations(pdflatex, pdftotext):   # skipped with a reason when absent
    from symconvex.latex import to_latex
    from symconvex.web import compile_pdf

    latex = to_latex(analyze(x**2 / y, domain="y > 0"))
    assert r"\ref{" in latex and r"\cite" in latex
    text = subprocess.run([pdftotext, "-", "-"], input=compile_pdf(latex), capture_output=True,
                          check=True).stdout.decode()
    assert "Fact 1" in text and "Proposition 1" in text
    assert "??" not in text and "[?" not in text


# ------------------------------------------------------------- wording: what a rejection and a note say

def test_a_rejected_sign_names_the_fact_it_would_have_shown(tmp_path, capsys):
    certs = [c.to_dict() for c in analyze(x * y).certificates]
    bad = {c["refutes"]: c for c in certs}
    bad["convex"]["refutes"] = "concave"          # -2 along u: this shows "not convex", never "not concave"
    (tmp_path / "t.json").write_text(json.dumps(bad["convex"]))
    assert main(["verify", str(tmp_path / "t.json")]) == 2
    err = capsys.readouterr().err
    assert err == "error: curvature: d2/dt2 f(p + t u) = -2, needs > 0 to show f is not concave\n"


def test_a_ray_equality_on_a_non_homogeneous_function_is_not_called_homogeneous(capsys):
    # x^2 in (x, y) is flat along y: the strictness search finds a Jensen equality on a ray from the origin, but
    # x^2 is not positively homogeneous of degree 1, so the note must not say it is
    a = analyze(x**2, variables=[x, y])
    notes = [c.note for c in a.certificates if getattr(c, "refutes", "") == "strictly_convex"]
    assert notes and all("homogeneous of degree 1:" not in n for n in notes)
    assert "not_strictly_convex" in a.facts


# ------------------------------------------------------------- claims as people type them

@pytest.mark.parametrize("text, holds, name", [
    ("the sigmoid function is convex", False, "sigmoid"),     # sigma'' < 0 at x = 1
    ("The logistic function is concave", False, "sigmoid"),   # sigma'' > 0 at x = -1
    ("The ReLU function is convex.", True, "relu"),
    ("the tanh function is concave on x >= 0", True, "tanh"),
])
def test_a_function_word_before_function_is_that_function(text, holds, name):
    result = check_claim(text, timeout=20)
    assert str(result.claim.function) == f"{name}(x)" and result.holds is holds and result.verified
    assert {verify(c) for c in result.certificates}


@pytest.mark.parametrize("text, domain, holds", [
    ("x^3 is convex for x in (0, 1)", [x > 0, x < 1], True),
    ("x^3 is convex for x in (-1, 1)", [x > -1, x < 1], False),   # x^3 is concave on (-1, 0)
    ("x^3 is convex on x in [0, 1]", [x >= 0, x <= 1], True),
])
def test_a_plain_membership_in_an_interval_is_the_domain(text, domain, holds):
    result = check_claim(text, timeout=20)
    assert list(result.claim.domain) == domain and result.holds is holds and result.verified


def test_for_all_over_the_named_variables_only_quantifies_them():
    result = check_claim("f(x) = x^2 is convex for all x", timeout=20)
    assert result.claim.variables == (x,) and not result.claim.parameters and result.holds is True
    assert check_claim("f(x) = x^3 is convex for all x > 0", timeout=20).claim.domain == [x > 0]
    with pytest.raises(ClaimError, match="y is listed both as a variable and as fixed"):
        check_claim("$xy$ is convex in $x, y$ for every $y$", timeout=20)   # contradictory: still refused


def test_least_squares_with_a_capital_data_letter_is_not_refuted_jointly_alone():
    # (Ax - b)^2 is not convex jointly in (A, b, x) but is convex in x for every A, b (the usual meaning): the
    # readings disagree, so the claim is undecided with both shown, never "refuted"
    result = check_claim(r"$\|Ax - b\|^2$ is convex", timeout=20)
    assert result.holds is None
    assert [(r.claim.variables, r.claim.parameters, r.holds) for r in result.readings] == [
        ((x,), tuple(sp.symbols("A b", real=True)), True)]
    assert check_claim(r"$\|Ax - b\|^2$ is convex in $x$", timeout=20).holds is True


@pytest.mark.parametrize("argv, message", [
    (["analyze", "a x^2", "--vars", "x"], "the function uses a, which is not among its variables; list it as a "
                                          "variable or give it a value"),
    (["analyze", "a x^2 + b", "--vars", "x"], "the function uses a, b, which are not among its variables; list them "
                                              "as variables or give them values"),
])
def test_a_symbol_outside_the_variables_is_named_in_singular_or_plural(capsys, argv, message):
    assert main(argv) == 2
    assert capsys.readouterr().err == f"error: {message}\n"
