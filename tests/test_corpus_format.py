r"""The claim corpora of bench/corpus/ (issues #10 and #11): well-formed, large enough, no duplicates, and the
ground truth itself checked on a sample of one-variable claims by an independent SymPy computation (exact
second derivatives on a grid of rationals, and exact midpoint tests) -- never by symconvex, never by itself."""

import json
import re
from fractions import Fraction
from itertools import combinations
from pathlib import Path

import pytest
import sympy as sp
from marks import slow_except  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "corpus"
FILES = {"facts.jsonl": 220, "breadth.jsonl": 300, "textbook.jsonl": 320, "piecewise.jsonl": 40, "notation.jsonl": 80,
         "atoms.jsonl": 60, "tools.jsonl": 250, "everyday.jsonl": 120, "exercises.jsonl": 300, "symsums.jsonl": 40}
#: every corpus of bench/corpus, for the no-claim-in-two-corpora check
ALL_CORPORA = sorted(set(FILES) | {"domains.jsonl", "gaps.jsonl"})
KEYS = {"claim", "holds", "why", "kind"}


def _rows(name):
    with open(CORPUS / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("name", sorted(FILES))
def test_corpus_parses_with_the_required_keys(name):
    rows = _rows(name)
    assert len(rows) >= FILES[name]
    for row in rows:
        assert set(row) == KEYS, row
        assert isinstance(row["claim"], str) and row["claim"].strip() == row["claim"] and row["claim"]
        assert isinstance(row["holds"], bool), row
        assert isinstance(row["why"], str) and row["why"] and "\n" not in row["why"], row
        assert isinstance(row["kind"], str) and row["kind"], row


@pytest.mark.parametrize("name", sorted(FILES))
def test_corpus_has_no_duplicate_claims(name):
    claims = [row["claim"] for row in _rows(name)]
    assert len(claims) == len(set(claims))


def test_no_claim_is_in_both_corpora():
    assert not {r["claim"] for r in _rows("facts.jsonl")} & {r["claim"] for r in _rows("breadth.jsonl")}


@pytest.mark.parametrize("other", sorted(set(FILES) - {"notation.jsonl"}))
def test_no_notation_claim_is_in_another_corpus(other):
    assert not {r["claim"] for r in _rows("notation.jsonl")} & {r["claim"] for r in _rows(other)}


_QUADRATIC = re.compile(r"^\$x\^(?:\\top|T) ([AQ]) x\$ is (?P<prop>strictly convex|convex|concave|not convex|neither convex "
                        r"nor concave) where \$\1 = \\begin\{[pb]matrix\}(?P<body>.*)\\end\{[pb]matrix\}\$$")


def test_quadratic_form_answers_agree_with_exact_eigenvalues():
    """x^T A x is convex iff the symmetric part of A has no negative eigenvalue, strictly convex iff all are
    positive, concave iff none is positive: the matrix is read from the claim text here, with its own regex."""
    checked = 0
    for row in _rows("notation.jsonl") + _rows("breadth.jsonl"):
        m = _QUADRATIC.match(row["claim"])
        if not m:
            continue
        A = sp.Matrix([[sp.Rational(e) for e in r.split("&")] for r in m.group("body").split("\\\\")])
        eig = list((A + A.T).eigenvals())
        convex, concave = all(e >= 0 for e in eig), all(e <= 0 for e in eig)
        expected = {"convex": convex, "strictly convex": all(e > 0 for e in eig), "concave": concave,
                    "not convex": not convex, "neither convex nor concave": not convex and not concave}[m.group("prop")]
        assert row["holds"] is expected, row["claim"]
        checked += 1
    assert checked >= 10


@pytest.mark.parametrize("other", sorted(set(FILES) - {"atoms.jsonl"}))
def test_no_atoms_claim_is_in_another_corpus(other):
    assert not {r["claim"] for r in _rows("atoms.jsonl")} & {r["claim"] for r in _rows(other)}


@pytest.mark.parametrize("other", ["facts.jsonl", "breadth.jsonl", "textbook.jsonl"])
def test_the_piecewise_corpus_repeats_no_claim_of_another(other):
    assert not {r["claim"] for r in _rows("piecewise.jsonl")} & {r["claim"] for r in _rows(other)}


@pytest.mark.parametrize("name", sorted(FILES))
def test_corpus_spans_several_kinds_with_both_answers(name):
    rows = _rows(name)
    kinds = {row["kind"] for row in rows}
    assert len(kinds) >= 8
    holds = [row["holds"] for row in rows]
    assert 0.25 < sum(holds) / len(holds) < 0.75


# ---------------------------------------------------------------------------------------------------------------
# Independent check of the expected answers on simple one-variable claims.
x = sp.Symbol("x", real=True)

#: (claim exactly as in the corpus, f, interval [lo, hi] sampled (closed ends only when the domain is closed), property)
SAMPLE = [
    (r"Claim: $-3x^2 + x$ is convex.", -3 * x**2 + x, (-5, 5), "convex"),
    (r"The loss $g(x) = x^2 + 1$ is not concave", x**2 + 1, (-5, 5), "not concave"),
    (r"$\frac{2}{x}$ is not convex on $x < 0$", 2 / x, (-6, Fraction(-1, 10)), "not convex"),
    (r"$(x + 1)^2 - x^2$ is affine", (x + 1)**2 - x**2, (-5, 5), "affine"),
    (r"Claim: $(x + 1)^2 - x^2$ is strictly convex.", (x + 1)**2 - x**2, (-5, 5), "strictly convex"),
    (r"The function $x^3$ is neither convex nor concave.", x**3, (-5, 5), "neither"),
    (r"Claim: $x^4 - 3x$ is strictly convex", x**4 - 3 * x, (-5, 5), "strictly convex"),
    (r"The map $g(x) = x^6$ is not strictly convex.", x**6, (-3, 3), "not strictly convex"),
    (r"The function $x^4 - x$ is strictly convex on $x \ge -1$", x**4 - x, (-1, 6), "strictly convex"),
    (r"The loss $\frac{1}{x}$ is strictly concave on $x < 0$", 1 / x, (-6, Fraction(-1, 10)), "strictly concave"),
    (r"$-x^2$ is strictly concave on $[0, 1]$", -x**2, (0, 1), "strictly concave"),
    (r"The function $x^3$ is convex on $[-1, 1]$", x**3, (-1, 1), "convex"),
    (r"$x^4 - x^2$ is strictly concave on $-\frac{1}{4} \le x \le \frac{1}{4}$", x**4 - x**2,
     (Fraction(-1, 4), Fraction(1, 4)), "strictly concave"),
    (r"The map $x^4 - 8x^2$ is convex over $[-3, 3]$.", x**4 - 8 * x**2, (-3, 3), "convex"),
    (r"$f(x) = x^3$ is non-convex when $x \ge 0$", x**3, (0, 6), "not convex"),
    (r"$x^4 - 2x^3$ is not concave", x**4 - 2 * x**3, (-3, 3), "not concave"),
    (r"Claim: $3x + 1$ is strictly convex", 3 * x + 1, (-5, 5), "strictly convex"),
    (r"$x^3$ is convex but not strictly convex", x**3, (-5, 5), "convex but not strictly convex"),
]


def _independent_facts(f, lo, hi):
    """Convexity facts of a one-variable rational function on [lo, hi], from exact arithmetic only.

    convex (concave): f'' >= 0 (<= 0) at every point of a 61-point rational grid, and no exact midpoint
    inequality f((a+b)/2) > (f(a)+f(b))/2 (<) between grid points; where f'' changes sign, the midpoint test must
    find the exact violation (the two tests have to agree, or the check fails). affine: f'' is identically 0.
    strictly convex: convex and f'' not identically 0 (a nonzero rational function vanishes at isolated points,
    so a convex f is affine on no segment)."""
    lo, hi = sp.Rational(lo), sp.Rational(hi)
    grid = [lo + (hi - lo) * sp.Rational(k, 60) for k in range(61)]
    f2 = sp.diff(f, x, 2)
    second = [f2.subs(x, q) for q in grid]
    values = {q: f.subs(x, q) for q in grid}
    assert all(v.is_Rational for v in values.values()) and all(s.is_Rational for s in second)
    viol_convex = viol_concave = False
    for a, b in combinations(grid[::3], 2):
        gap = f.subs(x, (a + b) / 2) - (values[a] + values[b]) / 2
        viol_convex |= bool(gap > 0)
        viol_concave |= bool(gap < 0)
    convex, concave = bool(min(second) >= 0), bool(max(second) <= 0)
    assert convex == (not viol_convex) and concave == (not viol_concave), "second-derivative and midpoint tests disagree"
    identically_zero = bool(sp.simplify(f2) == 0)
    return {"convex": convex, "concave": concave, "affine": identically_zero,
            "strictly convex": convex and not identically_zero, "strictly concave": concave and not identically_zero}


def _answer(facts, prop):
    if prop.startswith("not "):
        return not _answer(facts, prop[4:])
    if prop == "neither":
        return not facts["convex"] and not facts["concave"]
    if prop == "convex but not strictly convex":
        return facts["convex"] and not facts["strictly convex"]
    return facts[prop]


@pytest.mark.parametrize("claim, f, interval, prop", slow_except(SAMPLE, keep=range(0, len(SAMPLE), 3), several=True),
                         ids=[s[0] for s in SAMPLE])
def test_sampled_expected_answers_agree_with_an_independent_sympy_check(claim, f, interval, prop):
    rows = {row["claim"]: row for name in FILES for row in _rows(name)}
    assert claim in rows, "the sampled claim is no longer in the corpus"
    assert rows[claim]["holds"] is _answer(_independent_facts(f, *interval), prop)


@pytest.mark.slow  # recomputes every sampled answer at once
def test_the_sample_has_both_answers_and_strictness():
    answers = [_answer(_independent_facts(f, *i), p) for _c, f, i, p in SAMPLE]
    assert len(SAMPLE) >= 15 and any(answers) and not all(answers)
    assert sum("strictly" in p for *_rest, p in SAMPLE) >= 6


def test_the_domains_corpus_is_well_formed_and_new():
    """bench/corpus/domains.jsonl (issue #11, domains): at least 60 claims, both answers, no claim of the
    other corpora; its truth is checked by bench/corpus/truth/verify.py on spec_domains.jsonl."""
    rows = _rows("domains.jsonl")
    assert len(rows) >= 60
    for row in rows:
        assert set(row) == KEYS and isinstance(row["holds"], bool), row
    claims = [row["claim"] for row in rows]
    assert len(claims) == len(set(claims))
    assert not set(claims) & ({r["claim"] for r in _rows("facts.jsonl")} | {r["claim"] for r in _rows("breadth.jsonl")})
    assert 0.25 < sum(row["holds"] for row in rows) / len(rows) < 0.75


@pytest.mark.parametrize("name", ["tools.jsonl", "everyday.jsonl", "exercises.jsonl"])
def test_the_red_team_corpora_repeat_no_claim_of_another(name):
    """tools.jsonl and everyday.jsonl (session 6) and exercises.jsonl (session 7) share no claim with any other
    corpus, nor with each other."""
    mine = {r["claim"] for r in _rows(name)}
    for other in ALL_CORPORA:
        if other != name:
            assert not mine & {r["claim"] for r in _rows(other)}, other


def test_the_red_team_corpora_match_their_specs():
    """Each row of tools.jsonl / everyday.jsonl is its spec row (claim, answer, why), and the answer is the claimed
    property evaluated on the subject's facts; the facts themselves are re-derived by truth/verify_tools.py."""
    import sys
    sys.path.insert(0, str(CORPUS / "truth"))
    from lib import PROPS, facts
    for name in ("tools", "everyday"):
        rows = _rows(f"{name}.jsonl")
        specs = _rows(f"truth/spec_{name}.jsonl")
        assert [r["claim"] for r in rows] == [s["claim"] for s in specs]
        for row, srow in zip(rows, specs):
            spec = srow["spec"]
            holds = PROPS[spec["prop"]](facts(spec["facts"])) != spec["neg"]
            assert row["holds"] is holds is srow["holds"], row["claim"]


def test_the_exercises_corpus_matches_its_spec():
    """Each row of exercises.jsonl is its spec row (claim, answer, why, kind), and the answer is the claimed property
    evaluated on the subject's facts (curvature facts by lib.PROPS, quasi-facts QX / QV by gen_exercises.QPROPS);
    the facts themselves are re-derived by truth/verify_exercises.py. About half the claims hold."""
    import sys
    sys.path.insert(0, str(CORPUS / "truth"))
    from gen_exercises import QPROPS
    from lib import PROPS, facts
    rows, specs = _rows("exercises.jsonl"), _rows("truth/spec_exercises.jsonl")
    assert [r["claim"] for r in rows] == [s["claim"] for s in specs]
    for row, srow in zip(rows, specs):
        spec = srow["spec"]
        if "quasi" in spec:
            have = spec["quasi"].split()
            holds = QPROPS[spec["prop"]]({k: k in have for k in ("QX", "QV")}) != spec["neg"]
        else:
            holds = PROPS[spec["prop"]](facts(spec["facts"])) != spec["neg"]
        assert row["holds"] is holds is srow["holds"], row["claim"]
        assert (row["why"], row["kind"]) == (srow["why"], srow["kind"]), row["claim"]
    assert 0.4 < sum(r["holds"] for r in rows) / len(rows) < 0.6
