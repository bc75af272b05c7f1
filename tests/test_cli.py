"""The command line end to end: outputs, exit statuses, one-line errors, atomic files."""

import json
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
    from symconvex.certificates import from_json, subject_digest
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
