"""Plant wrong answers in spec_datasums.jsonl and expect verify_datasums.py to catch each: every line whose property
fails for some member is flipped to "holds for every member", and the random evidence must find the failure.

    python bench/corpus/truth/selftest_datasums.py
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import verify_datasums  # noqa: E402


def main() -> int:
    rng, planted, missed = random.Random(3), 0, 0
    for line in open(os.path.join(os.path.dirname(__file__), "spec_datasums.jsonl")):
        spec = json.loads(line)
        negated = " is not " in spec["claim"] or "neither" in spec["claim"]
        if spec["holds"] != negated:
            continue
        spec["holds"] = not spec["holds"]
        planted += 1
        if not verify_datasums.check(spec, rng):
            missed += 1
            print("missed:", spec["claim"])
    print(f"{planted} planted, {missed} missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
