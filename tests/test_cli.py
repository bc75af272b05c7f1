"""The command line end to end: outputs, exit statuses, one-line errors, atomic files."""

import json
import re
import os
import subprocess
import sys

import pytest

from symconvex.cli import main, write_atomically

XY_MIDPOINT = {"symconvex": 1, "kind": "midpoint", "variables": ["x", "y"],
               "function": ["mul", ["var", "x"], ["var", "y"]], "refutes": "convex",
               "a": ["1", "-1"], "b": ["-1", "1"], "lam": "1/2",
               "values": {"f(a)": "-1", "f(b)": "-1", "f(m)": "0"}}


def certificate_file(tmp_path, **changes):
    from symconvex.certificates import subject_digest
    data = dict(XY_MIDPOINT, **changes)
    data["m"] = ["0", "0"]
    data["digest"] = subject_digest(data["variables"], data["function"], None, [])
    path = tmp_path / "cert.json"
    path.write_text(json.dumps(data))
    return path


def test_verify_accepts_an_honest_certificate(tmp_path, capsys):
    assert main(["verify", str(certificate_file(tmp_path))]) == 0
    assert capsys.readouterr().out.strip() == "accepted: not_convex"


def test_verify_rejects_a_tampered_certificate_in_one_line(tmp_path, capsys):
    path = certificate_file(tmp_path, values={"f(a)": "-1", "f(b)": "-1", "f(m)": "1"})
    assert main(["verify", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: f(m): evaluates to 0, certificate states '1'")


def test_verify_missing_file_is_a_clean_error(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "nope.json")]) == 2
    assert capsys.readouterr().err.startswith("error: cannot read")


def test_no_command_and_unknown_option_are_one_line_errors(capsys):
    assert main([]) == 2
    assert main(["verify", "--frobnicate"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("error: ") for line in err)


def test_json_error_output_is_one_object(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "nope.json"), "--json"]) == 2
    out = capsys.readouterr().out
    assert json.loads(out)["error"].startswith("cannot read")


def test_write_atomically_leaves_no_partial_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    write_atomically(str(target), "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with pytest.raises(Exception, match="does not exist"):
        write_atomically(str(tmp_path / "missing" / "x.json"), "data")


def test_console_script_runs_without_traceback(tmp_path):
    exe = os.path.join(os.path.dirname(sys.executable), "symconvex")
    result = subprocess.run([exe, "verify", str(certificate_file(tmp_path))], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "accepted: not_convex"
    result = subprocess.run([exe, "verify", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("expr,extra,message", [
    (r"\frac{1}{", [], "incomplete fraction"),
    (r"\foo(x)", [], "unknown function foo"),
    (r"\operatorname{blah}(x)", [], "unknown function blah"),
    ("", [], "empty expression"),
    ("x^2", ["--domain", "x^2 > 1"], "the domain is not convex: -3/2 and 3/2 satisfy"),
    ("x y", ["--domain", "x > 0, z > 0"], "z"),
])
def test_analyze_bad_input_is_one_line_and_exit_2(expr, extra, message, capsys):
    assert main(["analyze", expr, *extra]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]


def test_analyze_answers_with_exact_evidence(capsys):
    assert main(["analyze", "xy"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "neither"
    assert any("d²/dt² f(p + t·u) = -2 < 0" in line for line in out)


def test_analyze_json_and_certificate_file_round_trip(tmp_path, capsys):
    cert = tmp_path / "c.json"
    assert main(["analyze", r"\frac{x^2}{y}", "--domain", "y > 0", "--json", "--certificate", str(cert)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["curvature"] == "convex" and payload["verified"] is True and payload["error"] is None
    assert oct(cert.stat().st_mode & 0o777) != oct(0o600)
    assert main(["verify", str(cert)]) == 0
    assert capsys.readouterr().out.startswith("accepted: convex")


def test_analyze_unknown_exits_3(capsys):
    # A search with no time at all finds nothing: the answer is unknown, never a guess.
    assert main(["analyze", "x y", "--timeout", "0.000001", "--json"]) == 3
    payload = json.loads(capsys.readouterr().out)
    assert payload["curvature"] == "unknown" and payload["certificates"] == []
    assert "ran out of time" in payload["explanation"]


def test_search_samples_inside_a_far_away_box(capsys):
    # sigma is concave on [1000, 1001]: sigma'' < 0 there (about -e^-1000), decided by intervals.
    assert main(["analyze", r"\sigma(x)", "--domain", r"1000 \le x \le 1001"]) == 0
    out = capsys.readouterr().out
    # the search samples inside [1000, 1001] (its middle, the domain's interior point); the half-line rule
    # sigmoid_nonneg proves concavity there; sigma''(2001/2) = -3.0787...e-435, an interval that excludes 0
    assert out.startswith("concave") and "sigmoid_nonneg" in out
    assert "≈-3.078724699e-435 < 0 at t = 0, p = (2001/2)" in out


# ---------------------------------------------------------------------------------------- a CLI that explains itself

HELP_NAMES = {
    "analyze": ["EXPR", "--vars NAMES", "--domain SET", "--timeout SECONDS", "--json", "--certificate FILE",
                "--latex FILE"],
    "check": ["CLAIM", "--timeout SECONDS", "--json", "--certificate FILE", "--latex FILE"],
    "net": ["SPEC.toml", "--layers WIDTHS", "--activation NAME", "--output-activation NAME", "--loss",
            "--no-bias", "--data POINTS", "--timeout SECONDS", "--base-point", "--json", "--certificate FILE",
            "--latex FILE"],
    "regions": ["SPEC.toml", "--layers WIDTHS", "--data POINTS", "--limit N", "--json"],
    "verify": ["FILE", "--json"],
    "proofs": ["--out FOLDER", "--json"],
}


@pytest.mark.parametrize("command", sorted(HELP_NAMES))
def test_every_subcommand_help_explains_each_argument_and_shows_examples(command, capsys):
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    options = out[out.index("options:"):out.index("examples:")]
    for name in HELP_NAMES[command]:
        assert name in out, name
    # every argument's help text has an example or names its values (choices, a default, a flag's meaning)
    entries = re.split(r"\n  (?=\S)", options)[2:]          # after 'options:' and -h
    assert entries and all(len(entry.split()) > 3 for entry in entries)
    examples = out[out.index("examples:"):].splitlines()[1:]
    assert sum(line.strip().startswith("symconvex ") for line in examples) >= 1
    assert f"symconvex {command}" in out[out.index("examples:"):]


def test_argument_help_gives_examples(capsys):
    main(["analyze", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "e.g. --vars x,y" in out and "e.g. --domain 'x > 0, y > 0'" in out and "e.g. --timeout 10" in out
    assert "e.g. --certificate cert.json" in out and "e.g. --latex proof.tex" in out and "'-x^2'" in out


def test_version_comes_from_the_package_metadata(capsys):
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"symconvex {version('symconvex')}\n"


def test_top_level_help_lists_commands_and_exit_statuses(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in HELP_NAMES)
    assert "exit status: 0 decided, 1 refuted, 3 undecided, 2 bad input" in out
