"""`symconvex net` and `symconvex regions`, in process: outputs and exit codes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from symconvex import netsearch
from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEED = ["--layers", "1,2,1", "--activation", "relu", "--loss", "squared", "--data", "1:1, -1:-1"]


def test_net_seed_000_is_not_convex(capsys):
    assert main(["net", *SEED]) == 0
    out = capsys.readouterr().out
    assert out.startswith("network: 1-2-1 relu net, identity output, squared loss, 2 data points, 7 parameters")
    assert out.splitlines()[1] in ("neither", "not_convex")
    assert "f(m) = 1 >" in out and "a = (1, -1, 0, 0, 1, -1, 0), b = (-1, 1, 0, 0, -1, 1, 0)" in out


def test_net_json_certificates_verify(capsys):
    assert main(["net", *SEED, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["curvature"] in ("neither", "not_convex") and payload["error"] is None
    assert payload["network"]["layers"] == [1, 2, 1]
    statements = {verify(from_json(c)) for c in payload["certificates"]}
    assert "not_convex" in statements
    midpoint = next(c for c in payload["certificates"] if c["kind"] == "midpoint")
    assert midpoint["values"] == {"f(a)": "0", "f(b)": "0", "f(m)": "1"}


def test_net_writes_a_certificate_file_that_verify_accepts(tmp_path, capsys):
    path = tmp_path / "seed.cert.json"
    assert main(["net", *SEED, "--certificate", str(path)]) == 0
    capsys.readouterr()
    assert main(["verify", str(path)]) == 0
    assert "accepted: " in capsys.readouterr().out


def test_net_reads_a_toml_spec(capsys):
    assert main(["net", str(EXAMPLES / "seed003.toml")]) == 0
    out = capsys.readouterr().out
    assert "1-1-1 relu net, relu output" in out and out.splitlines()[1] in ("neither", "not_convex")
    assert "not convex: d²/dt² f(p + t·u) = -" in out


def test_net_logistic_regression_is_convex(capsys):
    assert main(["net", str(EXAMPLES / "logistic_regression.toml"), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["curvature"] == "convex" and answer["verified"] is True
    assert "convex" in answer["facts"] and answer["certificates"][answer["facts"]["convex"][0]]["kind"] == "rules"


def test_net_unknown_exits_3(monkeypatch, capsys):
    monkeypatch.setattr(netsearch, "search", lambda net, found, **options: "nothing found (test)")
    assert main(["net", *SEED]) == 3
    assert "unknown" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["net", "--layers", "1,2,1", "--data", "1:1, x:y"],
    ["net", "--layers", "1,2,1", "--data", "1 2:1"],
    ["net", "--layers", "1,two,1", "--data", "1:1"],
    ["net", "--layers", "1,2,1", "--data", "1:1", "--activation", "swish"],
    ["net", "--layers", "1,2,1"],
    ["net", "/nonexistent/spec.toml"],
    ["regions", "--layers", "1,2,1", "--data", "1:"],
])
def test_bad_input_exits_2_with_one_line(argv, capsys):
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert captured.out == ""


def test_bad_data_under_json_prints_an_error_object(capsys):
    assert main(["net", "--layers", "1,2,1", "--data", "oops", "--json"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["error"]
    assert len(captured.err.strip().splitlines()) == 1


def test_regions_counts_and_witnesses(capsys):
    assert main(["regions", "--layers", "1,2,1", "--data", "1:1, -1:-1", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["count"] == 16 and payload["complete"] is True
    assert len(payload["regions"]) == 16
    assert payload["rows"] == [[1, 1], [1, 2]]
    first = payload["regions"][0]
    assert set(first["witness"]) == {"W1_1_1", "W1_2_1", "b1_1", "b1_2", "W2_1_1", "W2_1_2", "b2_1"}
    assert all(len(row) == 2 and set(row) <= {1, -1} for row in first["pattern"])


def test_regions_limit_lists_fewer_but_counts_all(capsys):
    assert main(["regions", "--layers", "1,2,1", "--data", "1:1, -1:-1", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "regions: 16 (complete" in out
    assert out.count(" at W1_1_1=") == 3 and "13 more" in out


def test_regions_of_a_deep_net_say_they_may_be_incomplete(capsys):
    assert main(["regions", str(EXAMPLES / "deep_relu.toml"), "--json", "--limit", "2"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["complete"] is False and payload["count"] > 16 and len(payload["regions"]) == 2


@pytest.mark.parametrize("base", ["blind", "dense"])
def test_large_net_certificates_sit_at_the_chosen_base_point(base, tmp_path, capsys):
    """Over 2000 weights the constructed certificates come first; --base-point picks where they sit."""
    x = lambda i, c: f"{(i * 7 + c * 3) % 17 - 8}/8"
    rows = ",\n".join(f'  {{ x = [{", ".join(chr(34) + x(i, c) + chr(34) for c in range(40))}], y = {i % 3 - 1} }}'
                      for i in range(6))
    spec = tmp_path / "mid.toml"
    spec.write_text(f'layers = [40, 60, 1]\nactivation = "relu"\nloss = "squared"\ndata = [\n{rows}\n]\n')
    assert main(["net", str(spec), "--base-point", base, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["curvature"] == "neither"
    certs = [from_json(c) for c in payload["certificates"]]
    assert sorted(verify(c) for c in certs) == ["not_concave", "not_convex"]
    first_layer = [int(v) for v in certs[0].point[:40 * 60]]
    nonzero = sum(v != 0 for v in first_layer)
    assert (nonzero > len(first_layer) // 2) if base == "dense" else nonzero == 0


def test_json_of_a_net_over_ten_thousand_weights_leaves_the_names_implicit(tmp_path, capsys):
    """Like its compact certificates, the analysis of a net above scale.COMPACT_ABOVE weights does not write out
    the parameter names (the spec in the payload determines them); a small net lists them."""
    rows = ",\n".join(f'  {{ x = [{", ".join(str((i * 5 + c) % 7 - 3) for c in range(100))}], y = {i % 3 - 1} }}'
                      for i in range(4))
    spec = tmp_path / "wide.toml"
    spec.write_text(f'layers = [100, 100, 1]\nactivation = "relu"\nloss = "squared"\ndata = [\n{rows}\n]\n')
    assert main(["net", str(spec), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["variables"] == [] and payload["network"]["layers"] == [100, 100, 1]
    assert sorted(verify(from_json(c)) for c in payload["certificates"]) == ["not_concave", "not_convex"]
    assert main(["net", *SEED, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["variables"] == ["W1_1_1", "W1_2_1", "b1_1", "b1_2", "W2_1_1",
                                                                "W2_1_2", "b2_1"]


def test_the_large_relu_example_writes_a_spec_that_net_reads(tmp_path, capsys):
    module_spec = importlib.util.spec_from_file_location("large_relu", EXAMPLES / "large_relu.py")
    large_relu = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(large_relu)
    path = tmp_path / "wide.toml"
    path.write_text(large_relu.spec_toml(60, 50, 5))  # 3101 weights: the constructed certificates come first
    assert main(["net", str(path), "--base-point", "dense", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["network"]["layers"] == [60, 50, 1] and len(payload["network"]["inputs"]) == 5
    assert sorted(verify(from_json(c)) for c in payload["certificates"]) == ["not_concave", "not_convex"]
    assert large_relu.main(["3", "x", "1"]) == 2 and "usage" in capsys.readouterr().err
