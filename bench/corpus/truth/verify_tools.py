"""Independent check of the expected answers of bench/corpus/tools.jsonl and bench/corpus/everyday.jsonl.

The answers were derived (gen_tools.py) from per-subject facts: C convex, V concave, SC strictly convex, SV strictly
concave (of log f for log-convexity claims). This script re-derives the facts from the subject alone (function in
SymPy syntax, variables, domain), with the checks of verify_textbook.check_subject, never with symconvex:

- every fact claimed absent (not convex / not concave) needs an exact rational witness pair a, b in the domain whose
  midpoint gap f((a+b)/2) - (f(a)+f(b))/2 has the refuting sign by SymPy's error-bounded evaluation;
- every "convex but not strictly" needs the stated segment on which f is affine, shown exactly;
- every claimed convexity / concavity is tested with 40-digit midpoint tests at random pairs and with the exact
  symbolic Hessian at 200 random points (PSD / NSD), its proof being the mathematics in the claim's `why`;
- every claim's `holds` must equal the property evaluated on the facts (lib.PROPS), and the corpus row must be the
  spec row's claim, answer and why.

`--selftest` plants wrong answers (a fact flipped in a subject, a `holds` flipped in a row) and expects each to be
caught, and leaves honest subjects unchanged and expects no complaint. Exit status 1 on any problem.

    python bench/corpus/truth/verify_tools.py              # both corpora
    python bench/corpus/truth/verify_tools.py --selftest
"""
import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import PROPS, facts  # noqa: E402
from verify_textbook import check_subject  # noqa: E402

PAIRS = (("tools.jsonl", "spec_tools.jsonl"), ("everyday.jsonl", "spec_everyday.jsonl"))


def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _key(spec):
    return json.dumps({k: v for k, v in spec.items() if k not in ("prop", "neg")}, sort_keys=True)


def expected(spec):
    """The answer the subject's facts give to the row's property (negated for "is not")."""
    h = PROPS[spec["prop"]](facts(spec["facts"]))
    return (not h) if spec["neg"] else h


def flipped_answer_caught(srow, rng, check_rows) -> bool:
    """Self-test: the spec row ``srow`` with its answer flipped must be reported by ``check_rows`` (printed)."""
    row = {"claim": srow["claim"], "holds": not srow["holds"], "why": srow["why"], "kind": srow["kind"]}
    caught = []
    check_rows([row], [srow], rng, log=caught.append)
    print("planted flipped holds ->", caught[0] if caught else "MISSED")
    return bool(caught)


def check_rows(corpus, specs, rng, cache=None, log=print, *, check=None, key=None, expect=None,
               fields=("holds", "why")):
    """Problems of one corpus: each row against its spec, each distinct subject re-derived once (by ``check``,
    default ``check_subject``), its answer compared with ``expect`` (default ``expected``) and the row's ``fields``
    with the spec row's. verify_exercises.py passes its own three (it also has quasiconvexity rows)."""
    check, key, expect = check or check_subject, key or _key, expect or expected
    cache = {} if cache is None else cache
    problems = 0
    if [r["claim"] for r in corpus] != [s["claim"] for s in specs]:
        log("PROBLEM: the corpus and its spec file list different claims")
        return 1
    for row, srow in zip(corpus, specs):
        spec = srow["spec"]
        k = key(spec)
        if k not in cache:
            try:
                cache[k] = check(copy.deepcopy(spec), rng)
            except Exception as ex:  # a subject the checks cannot sample is a problem, never a pass
                cache[k] = [f"EXC {type(ex).__name__}: {ex}"]
        msgs = list(cache[k])
        if expect(spec) != row["holds"]:
            msgs.append("holds inconsistent with facts")
        if any(row[f] != srow[f] for f in fields):
            msgs.append("corpus row differs from its spec row")
        if msgs:
            problems += 1
            log(f"PROBLEM: {row['claim']} | {spec['expr']} | {'; '.join(msgs)}")
    return problems


def main():
    rng = random.Random(11)
    corpus_dir = os.path.normpath(os.path.join(HERE, ".."))
    bad = 0
    for cname, sname in PAIRS:
        corpus, specs = _rows(os.path.join(corpus_dir, cname)), _rows(os.path.join(HERE, sname))
        n = check_rows(corpus, specs, rng)
        print(f"{cname}: {len(corpus)} claims, {n} problems")
        bad += n
    return bad


def _flip_fact(spec, mode):
    """A wrong subject. mode 0: a missing C (else V) added; mode 1: a present C (else V) removed, with the strictness
    it carried; mode 2: strictness added to a convex (concave) subject that lacks it, else removed from one that has
    it. The facts list stays consistent (SC only with C, SV only with V)."""
    have = spec["facts"].split()
    if mode == 2:
        for base, strict in (("C", "SC"), ("V", "SV")):
            if base in have and strict not in have and not ("C" in have and "V" in have):
                return dict(spec, facts=" ".join(have + [strict]))
            if strict in have:
                return dict(spec, facts=" ".join(f for f in have if f != strict))
        mode = 0
    if mode == 1 and ("C" in have or "V" in have):
        drop = ("C", "SC") if "C" in have else ("V", "SV")
        return dict(spec, facts=" ".join(f for f in have if f not in drop))
    if "C" not in have:
        return dict(spec, facts=" ".join(have + ["C"]))
    if "V" not in have:
        return dict(spec, facts=" ".join(have + ["V"]))
    return dict(spec, facts=" ".join(f for f in have if f != "C"))


def selftest():
    """Plant wrong answers into real subjects of both corpora and expect every plant to be caught."""
    rng = random.Random(5)
    sample_rng = random.Random(9)
    failures = honest = planted = 0
    for _cname, sname in PAIRS:
        specs = _rows(os.path.join(HERE, sname))
        subjects = {}
        for srow in specs:
            subjects.setdefault(_key(srow["spec"]), srow)
        chosen = sample_rng.sample(sorted(subjects), 12)
        for key in chosen[:4]:                       # honest subjects: no complaint expected
            msgs = check_subject(copy.deepcopy(subjects[key]["spec"]), rng)
            honest += 1
            failures += bool(msgs)
            print("honest ", subjects[key]["spec"]["expr"], subjects[key]["spec"]["facts"], "->", msgs or "ok")
        for k, key in enumerate(chosen[4:]):         # a flipped fact must be caught by the mathematics
            spec = _flip_fact(subjects[key]["spec"], k % 3)
            msgs = check_subject(copy.deepcopy(spec), rng)
            planted += 1
            failures += not msgs
            print("planted", spec["expr"], f"{subjects[key]['spec']['facts']!r} -> {spec['facts']!r}", "->",
                  "; ".join(msgs) if msgs else "MISSED")
        planted += 1                                 # a flipped answer must be caught by the facts
        failures += not flipped_answer_caught(specs[0], rng, check_rows)
    print(f"{honest} honest, {planted} planted, {failures} failures")
    return failures


if __name__ == "__main__":
    sys.exit(1 if (selftest() if "--selftest" in sys.argv[1:] else main()) else 0)
