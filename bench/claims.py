r"""Claims benchmark: latency over the CLAIMS.md examples, or correctness over claim corpora.

    python bench/claims.py [--repeat 3]                       # latency: the CLAIMS.md examples
    python bench/claims.py --corpus [FILE ...] [--timeout 10] [--jobs N] [--show-undecided]

Latency mode prints one line per claim (best time of the repeats, the answer) and then the median and the worst
latency. Target: median < 1 s (printed, not asserted).

Corpus mode reads JSON lines ``{"claim", "holds", "why", "kind"}`` (default: bench/corpus/facts.jsonl,
bench/corpus/breadth.jsonl and bench/corpus/piecewise.jsonl), answers each claim with ``check_claim(text, timeout=...)`` and prints, per corpus
and per kind: total, decided, correct, WRONG, undecided, refused (``ClaimError`` or another ``InputError`` such as
``DomainError``: the reader's one-line refusal), crashed (any other exception, printed), the decided rate and
the median time. Every WRONG answer is listed verbatim (a wrong answer is the worst bug); ``--show-undecided``
lists the undecided ones too. ``"holds": null`` marks a claim whose subject is ambiguous: its right answer is
undecided or a refusal, and any decided answer counts as WRONG. Exit status 1 if any answer is wrong, else 0.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

CLAIMS = [
    r"$f(x,y) = xy$ is convex",
    r"The function $f(x, y) = x^2 y^2$ is not convex.",
    r"$\sigma(x) = \frac{1}{1+e^{-x}}$ is convex on $\mathbb{R}$",
    r"$\max(0, x)$ is convex",
    r"$f(x) = x^3$ is convex for $x \ge 0$",
    r"$\frac{x^2}{y}$ is convex on $y > 0$",
    r"$\log(1 + e^{-(w_1 + 2 w_2)})$ is convex in $w_1, w_2$",
    r"$L(a, b) = \frac{1}{2}(a b - 1)^2$ is convex",
    r"$(1 - \rho(w_1 \rho(w_0 + b_0) + b_1))^2$ is convex in $w_0, b_0, w_1, b_1$ where $\rho(z) = \max\{0, z\}$",
    r"$\log(e^{x} + e^{y})$ is convex",
]

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
DEFAULT_CORPORA = [CORPUS_DIR / "facts.jsonl", CORPUS_DIR / "breadth.jsonl", CORPUS_DIR / "piecewise.jsonl"]
OUTCOMES = ("correct", "WRONG", "undecided", "refused", "crashed")


def latency(repeat: int, timeout: float) -> None:
    from symconvex.claims import check_claim
    check_claim(CLAIMS[0], timeout=timeout)   # warm-up: lazy imports (latex2sympy2, antlr) excluded
    times = []
    for text in CLAIMS:
        best, answer = float("inf"), None
        for _ in range(max(repeat, 1)):
            start = time.perf_counter()
            result = check_claim(text, timeout=timeout)
            best = min(best, time.perf_counter() - start)
            answer = result.holds
        times.append(best)
        print(f"{best * 1000:9.1f} ms  holds={str(answer):5}  {text[:70]}")
    median, worst = statistics.median(times), max(times)
    print(f"median {median * 1000:.1f} ms, worst {worst * 1000:.1f} ms over {len(CLAIMS)} claims "
          f"(target: median < 1000 ms: {'met' if median < 1 else 'NOT met'})")


def load_corpus(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                row = json.loads(line)
                row["line"] = number
                rows.append(row)
    return rows


def run_one(job: tuple[str, bool, float]) -> dict:
    """Answer one claim; never raises (runs in a worker process when --jobs > 1)."""
    text, expected, timeout = job
    import symconvex
    start = time.perf_counter()
    try:
        result = symconvex.check_claim(text, timeout=timeout)
    except symconvex.InputError as exc:            # ClaimError, DomainError: the reader refused the claim
        return {"outcome": "refused", "answer": None, "time": time.perf_counter() - start,
                "detail": f"{type(exc).__name__}: {exc}"}
    except Exception as exc:                        # noqa: BLE001 - a crash is a result to report
        return {"outcome": "crashed", "answer": None, "time": time.perf_counter() - start,
                "detail": f"{type(exc).__name__}: {exc}"}
    elapsed = time.perf_counter() - start
    answer = result.holds
    if answer is None:
        outcome = "undecided"
    elif answer is expected:
        outcome = "correct"
    else:
        outcome = "WRONG"
    return {"outcome": outcome, "answer": answer, "time": elapsed, "detail": str(getattr(result, "curvature", ""))}


def _row(label: str, results: list[dict]) -> str:
    count = defaultdict(int)
    for r in results:
        count[r["outcome"]] += 1
    total = len(results)
    decided = count["correct"] + count["WRONG"]
    times = [r["time"] for r in results]
    median = statistics.median(times) * 1000 if times else 0.0
    rate = 100.0 * decided / total if total else 0.0
    return (f"  {label:<22} {total:5} {decided:7} {count['correct']:7} {count['WRONG']:5} {count['undecided']:9} "
            f"{count['refused']:7} {count['crashed']:7} {rate:7.1f}% {median:9.1f}")


def corpus(paths: list[Path], timeout: float, jobs: int, show_undecided: bool) -> int:
    wrong_total = 0
    for path in paths:
        rows = load_corpus(path)
        work = [(r["claim"], None if r["holds"] is None else bool(r["holds"]), timeout) for r in rows]
        start = time.perf_counter()
        if jobs > 1:
            from concurrent.futures import ProcessPoolExecutor
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                results = list(pool.map(run_one, work, chunksize=1))
        else:
            run_one((CLAIMS[0], False, timeout))     # warm-up: lazy imports excluded from the first claim's time
            results = [run_one(job) for job in work]
        wall = time.perf_counter() - start
        print(f"\n== {path} ({len(rows)} claims, {wall:.1f} s wall, timeout {timeout} s, jobs {jobs})")
        print(f"  {'kind':<22} {'total':>5} {'decided':>7} {'correct':>7} {'WRONG':>5} {'undecided':>9} "
              f"{'refused':>7} {'crashed':>7} {'decided':>8} {'median ms':>9}")
        by_kind = defaultdict(list)
        for row, res in zip(rows, results):
            by_kind[row.get("kind", "?")].append(res)
        for kind in sorted(by_kind):
            print(_row(kind, by_kind[kind]))
        print(_row("ALL", results))
        for row, res in zip(rows, results):
            if res["outcome"] == "crashed":
                print(f"  CRASHED line {row['line']}: {row['claim']}\n      {res['detail']}")
        wrong = [(row, res) for row, res in zip(rows, results) if res["outcome"] == "WRONG"]
        wrong_total += len(wrong)
        for row, res in wrong:
            print(f"  WRONG line {row['line']} [{row.get('kind')}]: {row['claim']}\n"
                  f"      expected holds={row['holds']}, symconvex answered holds={res['answer']} "
                  f"(curvature {res['detail']}); why: {row.get('why', '')}")
        if show_undecided:
            for row, res in zip(rows, results):
                if res["outcome"] in ("undecided", "refused"):
                    print(f"  {res['outcome']} line {row['line']} [{row.get('kind')}]: {row['claim']}"
                          + (f"\n      {res['detail']}" if res["outcome"] == "refused" else ""))
    print(f"\n{wrong_total} wrong answer(s)")
    return 1 if wrong_total else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="latency mode: repeats per claim (best is kept)")
    parser.add_argument("--corpus", nargs="*", type=Path, default=None,
                        help="corpus mode: JSON-lines files (default: both files in bench/corpus/)")
    parser.add_argument("--timeout", type=float, default=None,
                        help="seconds per claim (default: 10 in corpus mode, 60 in latency mode)")
    parser.add_argument("--jobs", type=int, default=1, help="corpus mode: worker processes")
    parser.add_argument("--show-undecided", action="store_true", help="corpus mode: list undecided/refused claims")
    args = parser.parse_args()
    if args.corpus is None:
        latency(args.repeat, 60.0 if args.timeout is None else args.timeout)
        return
    paths = args.corpus or DEFAULT_CORPORA
    sys.exit(corpus(paths, 10.0 if args.timeout is None else args.timeout, max(args.jobs, 1), args.show_undecided))


if __name__ == "__main__":
    main()
