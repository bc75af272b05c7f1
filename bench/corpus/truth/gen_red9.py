"""Write bench/corpus/red9.jsonl from spec_red9.py (the hand-written claims and answers).

Each line: ``claim`` (as pasted), ``holds`` (the hand-written answer, re-derived by verify_red9.py), ``why``,
``kind`` (the source family) and ``source`` (the test suite, documentation page or book it is modelled on).
Run from the repository root: ``python bench/corpus/truth/gen_red9.py``.
"""

import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from spec_red9 import ENTRIES  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parents[1] / "red9.jsonl"


def lines():
    for entry in ENTRIES:
        for text, prop, holds in entry["claims"]:
            yield {"claim": text, "holds": holds, "why": entry["why"], "kind": entry["kind"],
                   "source": entry["source"]}


def main():
    rows = list(lines())
    texts = [r["claim"] for r in rows]
    dup = {t for t in texts if texts.count(t) > 1}
    if dup:
        raise SystemExit(f"duplicate claims: {sorted(dup)}")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    held = sum(r["holds"] for r in rows)
    print(f"{len(rows)} claims ({held} hold, {len(rows) - held} do not) -> {OUT.name}")


if __name__ == "__main__":
    main()
