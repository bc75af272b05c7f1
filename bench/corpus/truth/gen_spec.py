"""Write bench/corpus/NAME.jsonl from spec_NAME.py (the hand-written claims and answers; NAME: red8, red9, ...).

Each line: ``claim`` (as pasted), ``holds`` (the hand-written answer, re-derived by verify_spec.py), ``why``,
``kind`` (the source family) and ``source`` (the test suite, documentation page or book it is modelled on).
Run from the repository root: ``python bench/corpus/truth/gen_spec.py NAME``.
"""

import importlib
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))


def lines(entries, nulls=()):
    """The corpus rows: each entry's claims, then the rows that must be refused or left undecided (a spec's
    optional ``NULLS``: ``holds`` null, ``why`` the cause)."""
    for entry in entries:
        for text, prop, holds in entry["claims"]:
            yield {"claim": text, "holds": holds, "why": entry["why"], "kind": entry["kind"],
                   "source": entry["source"]}
    for row in nulls:
        yield {"claim": row["claim"], "holds": None, "why": row["why"], "kind": row["kind"], "source": row["source"]}


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: gen_spec.py NAME  (NAME: the corpus, e.g. red9)")
    name = sys.argv[1]
    out = pathlib.Path(__file__).resolve().parents[1] / f"{name}.jsonl"
    spec = importlib.import_module(f"spec_{name}")
    rows = list(lines(spec.ENTRIES, getattr(spec, "NULLS", ())))
    texts = [r["claim"] for r in rows]
    dup = {t for t in texts if texts.count(t) > 1}
    if dup:
        raise SystemExit(f"duplicate claims: {sorted(dup)}")
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    held = sum(r["holds"] is True for r in rows)
    null = sum(r["holds"] is None for r in rows)
    print(f"{len(rows)} claims ({held} hold, {len(rows) - held - null} do not, {null} null) -> {out.name}")


if __name__ == "__main__":
    main()
