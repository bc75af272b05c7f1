"""bench/replay.py: the checker's outcomes recorded during a pytest run are replayed, and a changed verdict is
reported (exit 1), so a change to the checker can be shown to keep every verdict."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]

PROBE = '''
import pytest
from symconvex.certificates import MidpointCertificate
from symconvex.check import verify
from symconvex.errors import CertificateError

XY = ["mul", ["var", "x"], ["var", "y"]]

def test_probe():
    good = MidpointCertificate(variables=("x", "y"), function=XY, refutes="convex", a=("1", "-1"), b=("-1", "1"),
                               lam="1/2", values={"f(a)": "-1", "f(b)": "-1", "f(m)": "0"})
    assert verify(good) == "not_convex"
    forged = good.to_dict() | {"values": {"f(a)": "-1", "f(b)": "-1", "f(m)": "1"}}
    with pytest.raises(CertificateError):
        verify(forged)
'''


@pytest.mark.slow
def test_recorded_outcomes_replay_and_a_changed_verdict_is_reported(tmp_path):
    probe = tmp_path / "test_probe.py"
    probe.write_text(PROBE)
    folder = tmp_path / "calls"
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "replay.py"), "record", str(folder), "-q", "-n", "0",
                          "-p", "no:cacheprovider", "--rootdir", str(tmp_path), str(probe)],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    rows = [json.loads(line) for path in folder.glob("calls.*.jsonl") for line in path.read_text().splitlines()]
    assert sorted(r["result"][0] for r in rows) == ["ok", "rejected"]
    assert [r["result"][1] for r in rows if r["result"][0] == "ok"] == ["not_convex"]
    replay = [sys.executable, str(ROOT / "bench" / "replay.py"), "replay", str(folder)]
    same = subprocess.run(replay, capture_output=True, text=True, timeout=300)
    assert same.returncode == 0 and "0 verdict differences, 0 message differences" in same.stdout, same.stdout
    path = next(folder.glob("calls.*.jsonl"))   # a recorded acceptance turned into a rejection: a verdict change
    changed = [json.loads(line) for line in path.read_text().splitlines()]
    for row in changed:
        row["result"] = ["rejected", "forged"] if row["result"][0] == "ok" else row["result"]
    path.write_text("".join(json.dumps(r) + "\n" for r in changed))
    differs = subprocess.run(replay, capture_output=True, text=True, timeout=300)
    assert differs.returncode == 1 and "1 verdict differences" in differs.stdout, differs.stdout
