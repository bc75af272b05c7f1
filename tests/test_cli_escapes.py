"""Bad input that used to escape as a traceback, a wrong reading or a false "accepted": each is now one line
``error: ...`` on stderr, nothing on stdout, exit status 2 (issue #14). And the inputs next to them that are
fine keep their mathematical answers."""

import json
import os
import subprocess
import sys

import pytest

from symconvex.cli import EXIT_BAD_INPUT, main


def one_line_error(capsys, *argv) -> str:
    """Run the CLI; assert exit 2, empty stdout and exactly one stderr line ``error: ...``; return it."""
    status = main(list(argv))
    captured = capsys.readouterr()
    assert status == EXIT_BAD_INPUT, (status, captured)
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert "Traceback" not in captured.err
    return lines[0]


# ---------------------------------------------------------------------------------------- \log(-1)

@pytest.mark.parametrize("expr,shown", [
    (r"\log(-1)", "i·π"),                 # SymPy evaluates log(-1) to i·π: a constant that is not real
    (r"\log(-1) + x", "i·π"),
    (r"\sqrt{-1} x", "i"),
    (r"(-8)^{1/3} x", "(-1)^(1/3)"),      # the principal cube root, not -2: SymPy reads powers complex
])
def test_a_non_real_constant_is_a_one_line_error(capsys, expr, shown):
    line = one_line_error(capsys, "analyze", expr)
    assert "not real-valued" in line and f"contains {shown}," in line


def test_a_real_constant_is_affine(capsys):
    assert main(["analyze", r"\log(2)"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "affine"


# ---------------------------------------------------------------------------------------- --timeout

@pytest.mark.parametrize("command", [["analyze", "x^2"], ["check", "$x^2$ is convex"],
                                     ["net", "--layers", "1,1,1", "--data", "1:1"]])
@pytest.mark.parametrize("value", ["-1", "nan", "inf", "0", "abc", "-inf", "1e300"])
def test_timeout_must_be_positive_finite_seconds(capsys, command, value):
    line = one_line_error(capsys, *command, "--timeout", value)
    assert line.startswith("error: argument --timeout: expected a positive number of seconds")
    assert f"found '{value}'" in line


def test_timeout_help_names_its_unit(capsys):
    for command in ("analyze", "check", "net"):
        assert main([command, "--help"]) == 0
        assert "--timeout SECONDS" in capsys.readouterr().out


def test_a_small_positive_timeout_is_read_as_seconds(capsys):
    # 1 microsecond: the search is cut off, the answer is unknown (exit 3), never a guess
    assert main(["analyze", "x y", "--timeout", "1e-6", "--json"]) == 3
    assert json.loads(capsys.readouterr().out)["curvature"] == "unknown"


# ---------------------------------------------------------------------------------------- verify

@pytest.mark.parametrize("content,said", [
    ("[]", "holds an empty list, not a certificate"),
    ("{}", 'holds a JSON object with no "kind", not a certificate'),
    ("null", "holds null, not a certificate"),
    ('"x"', "holds a string, not a certificate"),
    ("3", "holds a number, not a certificate"),
    ("[{}]", 'item 1 of the list is a JSON object with no "kind", not a certificate'),
    ('{"kind": "midpoint"}', "version: expected symconvex 1, found None"),
    ('[[]]', "item 1 of the list is an empty list, not a certificate"),
    ("[1]", "item 1 of the list is a number, not a certificate"),
    ("", "is empty; expected a certificate"),
    ("   \n", "is empty; expected a certificate"),
    ("{", "is not JSON"),
    ("[" * 100000, "is not JSON"),
])
def test_verify_refuses_a_file_without_a_certificate(tmp_path, capsys, content, said):
    path = tmp_path / "c.json"
    path.write_text(content)
    assert said in one_line_error(capsys, "verify", str(path))


def test_verify_refuses_a_missing_file_a_folder_and_bytes(tmp_path, capsys):
    assert "cannot read" in one_line_error(capsys, "verify", str(tmp_path / "missing.json"))
    assert "cannot read" in one_line_error(capsys, "verify", str(tmp_path))
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00")
    assert "not UTF-8" in one_line_error(capsys, "verify", str(binary))


def _certificates(tmp_path, capsys, expr) -> list:
    path = tmp_path / "all.json"
    main(["analyze", expr, "--certificate", str(path)])
    capsys.readouterr()
    data = json.loads(path.read_text())
    return data if isinstance(data, list) else [data]


def test_verify_accepts_one_certificate_and_a_list_of_them(tmp_path, capsys):
    certs = _certificates(tmp_path, capsys, "xy")     # neither: one not-convex and one not-concave certificate
    assert len(certs) == 2
    one, both = tmp_path / "one.json", tmp_path / "both.json"
    one.write_text(json.dumps(certs[0]))
    both.write_text(json.dumps(certs))
    assert main(["verify", str(one)]) == 0
    assert capsys.readouterr().out.startswith("accepted: not_co")
    assert main(["verify", str(both)]) == 0
    assert sorted(capsys.readouterr().out.strip().removeprefix("accepted: ").split(", ")) == \
        ["not_concave", "not_convex"]


def test_verify_names_the_rejected_certificate_of_a_list(tmp_path, capsys):
    certs = _certificates(tmp_path, capsys, "xy")
    certs[1]["second_derivative"] = "5"               # one number changed: the checker must refuse
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(certs))
    assert one_line_error(capsys, "verify", str(path)).startswith("error: certificate 2 of 2: ")


# ---------------------------------------------------------------------------------------- f(x)

@pytest.mark.parametrize("expr,name", [("f(x)", "f"), ("g(x + y)", "g"), ("f (x)", "f"), ("f_1(x)", "f_1"),
                                       ("L(w)", "L"), (r"\mathcal{L}(w)", "L"), (r"\phi(x)", "phi"),
                                       ("h(x, y)", "h")])
def test_an_undefined_function_is_an_error_not_a_product(capsys, expr, name):
    assert f"error: unknown function {name} " in one_line_error(capsys, "analyze", expr)


@pytest.mark.parametrize("expr,answer", [("x(y+1)", "neither"), ("p(1-p)", "concave"), ("a(x + 1)^2", "neither")])
def test_a_variable_before_brackets_is_still_a_product(capsys, expr, answer):
    # x(y + 1) = xy + x has Hessian [[0, 1], [1, 0]]: neither; p(1 - p) = p - p² is concave
    assert main(["analyze", expr]) == 0
    assert capsys.readouterr().out.splitlines()[0] == answer


def test_a_defined_function_in_a_claim_is_applied(capsys):
    assert main(["check", r"$f(x)$ is convex where $f(z) = \max\{0, z\}$"]) == 0
    assert capsys.readouterr().out.startswith("holds:")


# ---------------------------------------------------------------------------------------- leading minus

@pytest.mark.parametrize("argv,first_line", [
    (["analyze", "-x^2"], "concave"),
    (["analyze", r"-\log(x)", "--domain", "x > 0"], "convex"),
    (["analyze", "--domain", "x > 0", r"-\log(x)"], "convex"),
    (["analyze", "-3x"], "affine"),
    (["analyze", "- x^2"], "concave"),
    (["analyze", "-1"], "affine"),
    (["analyze", "-x^2", "--domain", "-x > 0"], "concave"),       # an option's value may start with '-' too
    (["analyze", "--domain=-x > 0", "-x^2"], "concave"),
    (["analyze", "--dom", "-x>0", "-x^2"], "concave"),            # argparse's abbreviation of --domain
    (["analyze", "--", "-x^2"], "concave"),                        # the user's own '--' is respected
])
def test_an_expression_starting_with_minus_is_the_expression(capsys, argv, first_line):
    assert main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == first_line


def test_minus_expression_with_json_and_certificate(tmp_path, capsys):
    cert = tmp_path / "c.json"
    assert main(["analyze", r"-\log(x)", "--json", "--domain", "x > 0", "--certificate", str(cert)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["curvature"] == "convex" and payload["domain"] == ["x > 0"] and payload["function"] == "-log(x)"
    assert main(["verify", str(cert)]) == 0


def test_a_claim_starting_with_minus_is_the_claim(capsys):
    assert main(["check", "-x^2 is concave"]) == 0
    assert capsys.readouterr().out.startswith("holds:")


def test_unknown_long_options_are_still_errors(capsys):
    assert "unrecognized arguments: --frobnicate" in one_line_error(capsys, "analyze", "x", "--frobnicate")


# ---------------------------------------------------------------------------------------- 1e-30

@pytest.mark.parametrize("expr,answer", [
    ("1e-30 x^2", "convex"),          # (1/10^30) x², not e - 30x²
    ("1e-30x^2", "convex"),
    ("-2.5E3 x^2", "concave"),
    ("e^{x}", "convex"),              # Euler's e stays e
    ("e x^2", "convex"),              # e·x², e = 2.718...
    ("2e-x", "affine"),               # 2e - x: no digit after the minus, so Euler's e
])
def test_scientific_notation_is_the_number_it_denotes(capsys, expr, answer):
    assert main(["analyze", expr]) == 0
    assert capsys.readouterr().out.splitlines()[0] == answer


def test_scientific_notation_is_exact_in_the_certificate(capsys):
    assert main(["analyze", "1e-30 x^2", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["function"] == "x**2/1000000000000000000000000000000"


def test_a_huge_scientific_exponent_is_a_one_line_error(capsys):
    assert "exponent too large" in one_line_error(capsys, "analyze", "1e100000 x")


# ---------------------------------------------------------------------------------------- the real program

@pytest.mark.slow  # a subprocess importing everything; test_cli runs the console script
def test_python_dash_m_symconvex_runs_the_cli():
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    result = subprocess.run([sys.executable, "-m", "symconvex", "analyze", "-x^2"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0 and result.stdout.splitlines()[0] == "concave"
    result = subprocess.run([sys.executable, "-m", "symconvex", "analyze", r"\log(-1)"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 2 and result.stdout == "" and result.stderr.count("\n") == 1
