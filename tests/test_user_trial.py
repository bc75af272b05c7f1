"""What a new user met when trying the product from the README (session 10), each with the behaviour now asserted
(docs/USER_TRIAL.md lists the trial).

- ``symconvex check --batch claims.txt --out DIR`` said "DIR already holds answers; add --resume": a directory is
  not an answer file, and --resume then failed too. Now "cannot write DIR: Is a directory", exit 2.
- ``symconvex`` without a command listed six of its eight commands (not ``landscape`` nor ``serve``).
- A non-convex domain was shown in SymPy's code syntax: "satisfy x**2 > 0"; now as the answers print it, "x² > 0".
- An answer named a letter two ways on one line: "(X·β - y)² is convex in (beta)", "λ·|w| + ... for every
  lambda", "sigma(x) = 1/(1 + e^(-x))" beside "σ(x)" in the other answers; now every letter as the function prints.
- A family member was described as "1 weights"; the seed-000 network's midpoint note said "theta is the seed-000
  construction", a name from our own files that a reader of the proof has never seen.
- The LaTeX proof of x²/y said "the atom a²/b is convex and nondecreasing where its argument is nonnegative and
  nonincreasing where it is nonpositive, nonincreasing in its arguments" (which argument?), and showed the interior
  point check as "y - (0) = 1 > 0".
- The web page said "the search ran out of time after 29.2368 s".
- Bytes that are not text (``symconvex check $'ab\x01\xff'``) were answered "expected a property ... found
  'nothing'"; a 100 KB claim "claim too long" without the limit. Now the reason, with the position or the limit.
- "$e^{-x}$ is convex and decreasing" was refused with "cannot tell what 'decreasing' is; write 'in', 'on' or
  'where' before it"; "The composition of two convex functions is convex" with "expected a property ... found 'of
  two convex'". Now: monotonicity is not a property symconvex decides; a theorem about kinds of functions is not a
  claim about one function.
- ``symconvex check --json`` on a claim it could not read dropped the claim (a batch line keeps it), and the web
  API's error object lacked ``facts`` and ``explanation`` (tests/test_web.py asserts the API against the CLI).
- ``print(analyze(x*y, domain=[x > 0, y > 0]))`` (README: "the terminal answer") did not say what was analysed,
  while ``symconvex analyze`` prints "f(x, y) = x·y on x > 0, y > 0" as its second line.
- A higher-order saddle was summarised as "f(p + t·u) = 1 + (-2)·t^3 + …"; now "1 - 2·t³ + …".
- ``--timeout -1`` said "(at most 1000000.0)", a float where the user types a number of seconds.
"""

from __future__ import annotations

import json
import re

import pytest
import sympy as sp

from symconvex import analyze
from symconvex.claims import ClaimError, check_claim
from symconvex.cli import main
from symconvex.errors import DomainError

x, y = sp.symbols("x y", real=True)


def _one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    return lines[0]


def test_batch_out_directory_is_refused_as_a_directory(tmp_path, capsys):
    claims = tmp_path / "claims.txt"
    claims.write_text("$x^2$ is convex\n")
    assert main(["check", "--batch", str(claims), "--out", str(tmp_path)]) == 2
    assert _one_error_line(capsys) == (f"error: cannot write {tmp_path}: Is a directory "
                                       "(--out is a file, e.g. --out results.jsonl)")
    assert main(["check", "--batch", str(claims), "--out", str(tmp_path), "--resume"]) == 2
    assert "Is a directory" in _one_error_line(capsys)


def test_no_command_lists_every_command(capsys):
    assert main([]) == 2
    line = _one_error_line(capsys)
    assert line == ("error: a command is needed: analyze, check, net, regions, verify, proofs, landscape or serve "
                    "(see --help)")


def test_nonconvex_domain_is_shown_in_the_answers_notation():
    # x² > 0 is R minus {0}: -1/2 and 1/2 satisfy it, their midpoint 0 does not
    with pytest.raises(DomainError) as caught:
        analyze(sp.log(x**2), None, [x**2 > 0])
    assert str(caught.value) == "the domain is not convex: -1/2 and 1/2 satisfy x² > 0 but their midpoint does not"
    with pytest.raises(ClaimError, match=r"satisfy x² > 0 but their midpoint does not$"):
        check_claim(r"$\log(x^2)$ is concave")


@pytest.mark.parametrize("value", ["-1", "0", "nan", "1e7"])
def test_bad_timeout_names_its_limit_as_a_whole_number(value, capsys):
    assert main(["check", "--timeout", value, "$x^2$ is convex"]) == 2
    line = _one_error_line(capsys)
    assert line == ("error: argument --timeout: expected a positive number of seconds (at most 1000000), "
                    f"e.g. --timeout 30; found '{value}'")


@pytest.mark.parametrize("text, first_line", [
    # X a matrix of any size (rows x_i): sum_i (y_i - x_i^T β)² is convex in β, a sum of convex squares of affine forms
    (r"$\|y - X\beta\|^2$ is convex in $\beta$", "holds: Σ_{i=1..n} (-β·x_i + y_i)² is convex in (β) for every "
     "dimension of the vectors x_i, β and every number of terms and every x_i, y_i"),
    # σ'' < 0 at x = 1: the sigmoid is not convex
    (r"$\sigma(x) = \frac{1}{1+e^{-x}}$ is convex on $\mathbb{R}$", "refuted: σ(x) = 1/(1 + e^(-x)) is convex in (x)"),
    (r"$x_1^2 + x_1 x_2 + x_2^2$ is convex", "holds: x₁² + x₁·x₂ + x₂² is convex in (x₁, x₂)"),
])
def test_an_answer_prints_each_letter_as_its_function_does(text, first_line):
    result = check_claim(text, timeout=30)
    assert result.verified
    assert result.answer().splitlines()[0] == first_line


def test_a_parameter_note_names_the_greek_letter():
    # the lasso penalty: for λ = -1 the function (w - 1)² - |w| is not convex, for λ > 0 it is: undecided
    result = check_claim(r"$(w - 1)^2 + \lambda |w|$ is convex in $w$", timeout=30)
    assert result.holds is None
    lines = result.answer().splitlines()
    assert lines[0] == "undecided: λ·|w| + (w - 1)² is convex in (w) for every λ"
    assert "  (λ is a parameter: the claim is read for every value its conditions allow)" in lines
    assert any(line.endswith(", at λ = -1") for line in lines)              # the refuting value, named λ
    # only the LaTeX the user is told to write spells it out
    assert not any(re.search(r"(?<!\\)lambda", line) for line in lines), lines


def test_a_one_weight_member_is_one_weight():
    # relu(w x) with x = 1, y = 1: (relu(w) - 1)² is 0 at w = 1, 1 at w = -1 and 1 at the midpoint w = 0 > 1/2
    result = check_claim("A ReLU network with no hidden layers and squared loss is convex", timeout=30)
    assert result.holds is False and result.verified
    text = result.answer()
    assert "layers 1-1, relu output, squared loss, no biases, 1 weight, data x = (1), y = 1" in text
    assert "1 weights" not in text


def test_the_permutation_midpoint_note_says_what_theta_is():
    from symconvex import Network
    from symconvex.check import verify
    from symconvex.netsearch import find_permutation_midpoint

    net = Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)])
    cert = find_permutation_midpoint(net)
    assert verify(cert) == "not_convex"
    # theta = (1, -1, 0, 0, 1, -1, 0) fits y = x exactly: relu(x) - relu(-x) = x; the midpoint 0 has loss 1
    assert cert.values["f(a)"] == "0" and cert.values["f(m)"] == "1"
    assert "seed-000" not in cert.note
    assert "theta is an exact fit of the data (paired hidden units compute h(x) and h(-x)" in cert.note


def test_latex_quad_over_lin_names_the_monotonicity_of_each_argument():
    from symconvex.latex import to_latex

    # x²/y on y > 0: convex (rules: quad_over_lin), not concave (φ(t) = t² along u = (1, 0) at p = (0, 1))
    result = check_claim(r"$\frac{x^2}{y}$ is convex on $y > 0$", timeout=30)
    assert result.holds is True and result.verified
    tex = " ".join(to_latex(result).split())
    assert ("is convex on its domain, nondecreasing in its first argument where it is nonnegative and "
            "nonincreasing where it is nonpositive, and nonincreasing in its second argument.") in tex
    assert "Here its arguments: $x$ is" in tex
    assert r"y = 1 > 0" in tex and "- (0)" not in tex


def test_latex_single_argument_atom_reads_in_its_argument():
    from symconvex.latex import to_latex

    result = check_claim(r"$\log(1 + e^{x})$ is convex", timeout=30)
    assert result.holds is True
    tex = " ".join(to_latex(result).split())
    assert "is convex on its domain, nondecreasing in its argument. Here its argument $x$ is" in tex


@pytest.mark.parametrize("seconds, shown", [(29.2368, "29.2"), (30.0, "30"), (1234.56, "1234.6"), (0.0421, "0.042")])
def test_a_time_limit_is_shown_to_a_tenth_of_a_second(seconds, shown):
    from symconvex.limits import seconds_text

    assert seconds_text(seconds) == shown


@pytest.mark.parametrize("text, message", [
    ("ab\x01\x02 cd", "the claim contains a control character (U+0001 at position 3): paste the claim as text"),
    ("$x^2$ is \udcff convex", "the claim contains bytes that are not text (at position 10): paste the claim as text"),
    ("$" + "x+" * 10000 + "x$ is convex", "claim too long: 20013 characters (at most 20000)"),
    ("  \n ", "empty claim"),
])
def test_a_claim_that_is_not_text_is_refused_with_the_reason(text, message, capsys):
    with pytest.raises(ClaimError) as caught:
        check_claim(text, timeout=10)
    assert str(caught.value) == message
    assert main(["check", text]) == 2
    assert _one_error_line(capsys) == "error: " + message


def test_a_tab_inside_a_claim_is_text():
    # x² is convex (a tab is white space, not a control character to refuse)
    assert check_claim("$x^2$ is\tconvex", timeout=10).holds is True


def test_batch_answers_a_binary_line_with_its_reason_and_goes_on(tmp_path):
    claims = tmp_path / "claims.txt"
    claims.write_text("$x^2$ is convex\nab\x07cd is convex\n$xy$ is convex\n")
    out = tmp_path / "out.jsonl"
    assert main(["check", "--batch", str(claims), "--jobs", "1", "--out", str(out)]) == 0
    rows = {r["line"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert rows[1]["holds"] is True and rows[3]["holds"] is False
    assert rows[2]["holds"] is None
    assert rows[2]["error"] == "the claim contains a control character (U+0007 at position 3): paste the claim as text"


@pytest.mark.parametrize("text, word", [
    (r"$e^{-x}$ is convex and decreasing", "decreasing"),
    (r"$e^{x}$ is increasing", "increasing"),
    (r"$e^{x}$ is increasing and convex", "increasing"),
    (r"$\log x$ is monotone on $x > 0$", "monotone"),
])
def test_monotonicity_is_refused_as_a_property_not_decided(text, word):
    with pytest.raises(ClaimError) as caught:
        check_claim(text, timeout=10)
    assert str(caught.value) == (f"'{word}' is monotonicity, not a property symconvex decides: it proves and refutes "
                                 "convex, concave, affine, strictly convex, non-convex, neither convex nor concave; "
                                 f"leave '{word}' out of the claim")


@pytest.mark.parametrize("text, kind", [
    ("The composition of two convex functions is convex", "convex"),
    ("A sum of convex functions is convex", "convex"),
    ("The minimum of concave functions is concave", "concave"),
])
def test_a_theorem_about_kinds_of_functions_is_not_a_claim_about_one(text, kind):
    with pytest.raises(ClaimError) as caught:
        check_claim(text, timeout=10)
    assert str(caught.value) == (f"a statement about {kind} functions in general is a theorem, not a claim about one "
                                 "function: write one function, e.g. '$e^{x^2}$ is convex'")


def test_a_claim_with_a_formula_is_never_taken_for_a_theorem():
    # the formula is the subject: the reason given is about the words after it, not "a theorem"
    with pytest.raises(ClaimError) as caught:
        check_claim(r"$x^2 + y^2$ is convex, since a sum of convex functions is convex", timeout=10)
    assert "theorem" not in str(caught.value)
    # x² + y² is convex (a sum of squares)
    assert check_claim(r"$x^2 + y^2$ is convex", timeout=10).holds is True


def test_json_error_object_keeps_the_claim_and_the_contract_keys(capsys):
    bad = r"$e^{x}$ is increasing"
    assert main(["check", "--json", bad]) == 2
    out = capsys.readouterr().out
    data = json.loads(out)
    assert out.count("\n") == 1
    assert data["claim"] == bad
    assert {"holds", "facts", "curvature", "certificates", "verified", "error"} <= set(data)
    assert (data["holds"], data["facts"], data["curvature"], data["certificates"], data["verified"]) == \
        (None, {}, "unknown", [], False)


def test_python_print_of_an_analysis_names_its_subject_as_the_cli_does(capsys):
    # xy on the open quadrant: φ(t) = (1 + t)(1 - t) along u = (1, -1) at (1, 1) has φ'' = -2: not convex
    a = analyze(x * y, domain=[x > 0, y > 0])
    lines = str(a).splitlines()
    assert lines[:2] == ["neither", "  f(x, y) = x·y on x > 0, y > 0"]
    assert main(["analyze", "xy", "--domain", "x > 0, y > 0"]) == 0   # decided
    assert capsys.readouterr().out.splitlines()[:2] == lines[:2]


def test_a_higher_order_saddle_reads_as_a_polynomial_in_t():
    # (w1 w2 w3 - 1)² at 0: along u = (-1, -1, 1) it is (t³ - 1)² = 1 - 2t³ + t⁶; along (-1, -1, -1), 1 + 2t³ + t⁶
    result = check_claim(r"$(w_1 w_2 w_3 - 1)^2$ has a saddle point at the origin", timeout=30)
    assert result.holds is True and result.verified
    line = next(line for line in result.answer().splitlines() if "higher-order saddle" in line)
    assert "f(p + t·u) = 1 - 2·t³ + … for u = (-1, -1, 1)" in line
    assert "f(p + t·v) = 1 + 2·t³ + … for v = (-1, -1, -1)" in line
