"""bench/corpus/everyday9.jsonl (session 9, a blind corpus of everyday pasted claims): well formed, and every
ambiguous row (two readings that disagree) is ``"holds": null`` with ``"label": "ambiguous"``, which
``bench/claims.py`` scores as WRONG when decided. Its ground truth is checked by
``bench/corpus/truth/verify_everyday9.py`` (too slow for the default run: SymPy Hessians and exact Jensen gaps)."""

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "corpus" / "everyday9.jsonl"


def _rows():
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_everyday9_rows_are_well_formed():
    rows = _rows()
    assert len(rows) >= 300
    assert len({r["claim"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) <= {"claim", "holds", "why", "kind", "source", "label"} and r["claim"].strip() == r["claim"]
        assert r["source"] == "everyday9" and r["kind"] and r["why"] and "\n" not in r["why"]
        if r.get("label") == "ambiguous":
            assert r["holds"] is None and r["kind"].startswith("ambiguous")
        else:
            assert isinstance(r["holds"], bool)


def test_everyday9_mixes_holding_and_refuted_claims():
    rows = [r for r in _rows() if r["holds"] is not None]
    refuted = sum(r["holds"] is False for r in rows)
    assert 0.3 <= refuted / len(rows) <= 0.7
