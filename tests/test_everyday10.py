"""Session 10's blind corpus of everyday pasted claims (bench/corpus/everyday10.jsonl) and the reading mechanisms
its WRONG answers exposed. Ground truth: ``bench/corpus/truth/verify_everyday10.py`` (too slow for the default
run: SymPy Hessians and exact Jensen gaps); here the rows are checked for shape, and each fixed mechanism is
checked on claims of the same kind written for this test (never the corpus lines)."""

import json
from pathlib import Path

import pytest

from symconvex import ClaimError, check_claim
from symconvex.sentences.leads import denying_word

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "corpus" / "everyday10.jsonl"


def _rows():
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_everyday10_rows_are_well_formed():
    rows = _rows()
    assert len(rows) >= 300
    assert len({r["claim"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) <= {"claim", "holds", "why", "kind", "source", "label"} and r["claim"].strip() == r["claim"]
        assert r["source"] == "everyday10" and r["kind"] and r["why"] and "\n" not in r["why"]
        if r.get("label") in ("ambiguous", "null"):
            assert r["holds"] is None
        else:
            assert isinstance(r["holds"], bool)


# ---- a title that negates or joins another subject is no title ("Neither $A$ nor $B$ is concave") -------------

@pytest.mark.parametrize("claim, holds, subjects", [
    (r"Neither $e^{x}$ nor $x^4$ is concave", True, ["exp(x)", "x**4"]),
    (r"Neither $x^4$ nor $\log x$ is convex on $x > 0$", False, ["x**4", "log(x)"]),   # x^4 is convex there
    (r"Neither $t^2$ nor $|t|$ is convex", False, ["t**2", "Abs(t)"]),                # B alone would answer "true"
])
def test_neither_nor_is_about_both_subjects(claim, holds, subjects):
    # never answered about B alone (the title bug): a compound sentence, each subject answered as "is not P"
    result = check_claim(claim)
    assert result.holds is holds
    parts = result.to_dict()["parts"]
    assert [p["function"] for p in parts] == subjects and all(p["negated"] for p in parts)


@pytest.mark.parametrize("claim", [
    r"Disprove: $e^{t}$ is convex.",                  # asserts "not convex": reading the rest answers the opposite
    r"Disprove that $|u|$ is convex",
    r"Counterexample: $u^3$ is convex on $u < 2$",
    r"Refuted claim: $e^{-u}$ is convex",
])
def test_leads_that_deny_the_claim_are_refused(claim):
    with pytest.raises(ClaimError):
        check_claim(claim)


def test_prove_or_disprove_is_an_open_question():
    assert check_claim(r"Prove or disprove: $u^4 + u^2$ is convex").holds is True
    assert check_claim(r"Prove or refute: $u^3$ is convex on $[-1, 1]$").holds is False
    assert denying_word("Prove or disprove:") is None
    assert denying_word("Disprove:") == "'disprove'"


def test_a_title_without_negation_is_still_a_title():
    # the words before the function are a label ("regulariser"), not a second subject
    assert check_claim(r"The $\ell_2$ penalty $w_1^2 + w_2^2$ is strictly convex").holds is True


# ---- Markdown code spans and fullwidth characters are the plain claim -----------------------------------------

@pytest.mark.parametrize("claim, holds", [
    ("`u**4 + u**2` is strictly convex", True),
    ("`np.log(u)` is convex for u > 0", False),
    ("`u*v` is concave", False),
    ("```np.maximum(u, 0)``` is convex", True),
    ("`u**3` is convex for `u > 1`", True),
    ("`u**3` is convex for u < 0", False),
])
def test_code_span_is_read_as_its_formula(claim, holds):
    answer = check_claim(claim)
    assert answer.holds is holds
    assert answer.verified
    assert "code span" in answer.claim.note


@pytest.mark.parametrize("claim, holds", [
    ("（u－2）² is convex", True),
    ("$u^4 － u^2$ is convex", False),
    ("$e^{u} ＋ u^2$ is strictly convex", True),
])
def test_fullwidth_characters_are_their_ascii_forms(claim, holds):
    assert check_claim(claim).holds is holds


@pytest.mark.parametrize("claim", ["u**1/2 is concave", "`u**3/2` is convex", "u**2/3 is concave for u > 0",
                                   "$u**1/3$ is convex"])
def test_python_power_of_a_digit_over_a_digit_is_refused(claim):
    # x**1/2 is (x**1)/2 to Python, but typed for the square root; x**3/2 is typed for x^{3/2}
    with pytest.raises(ClaimError, match="ambiguous exponent"):
        check_claim(claim)


def test_python_power_over_a_number_that_it_divides_is_read():
    assert check_claim("u**2/2 + v**4/4 is convex").holds is True
    assert check_claim("u**(1/2) is concave for u > 0").holds is True


# ---- negative adverbs, negated verbs, doubt and labels of a wrong statement before the formula ----------------

@pytest.mark.parametrize("claim", [
    r"Hardly $u^5$ is convex",                 # asserts "not convex" (true); reading the rest answers "false"
    r"Seldom is $\sin u$ concave",
    r"I don't think $u^3 + u$ is convex",       # asserts "not convex"
    r"I don’t believe $|u|$ is concave",       # typographic apostrophe
    r"It's unclear whether $u^4$ is convex",
    r"Mistake: $u^2 + 1$ is concave",
    r"Fake proof that $e^{u}$ is concave",
])
def test_leads_that_negate_or_doubt_are_refused(claim):
    with pytest.raises(ClaimError):
        check_claim(claim)


@pytest.mark.parametrize("claim", [r"$u^4$ is concave (jk)", r"$u^4$ is concave lol", r"$e^u$ is concave /s"])
def test_a_joking_remark_is_not_dropped(claim):
    with pytest.raises(ClaimError):
        check_claim(claim)


@pytest.mark.parametrize("claim", [r"$t^2$ versus $t^3$ is convex", r"$t^2$ vs $t^3$ is concave",
                                   r"Unlike $t^4$ then $t^3$ is convex"])
def test_a_comparison_of_two_formulas_is_no_title(claim):
    with pytest.raises(ClaimError):
        check_claim(claim)


def test_assertive_leads_are_still_dropped():
    assert check_claim(r"Clearly $u^3$ is convex").holds is False
    assert check_claim(r"It is well known that $e^{u}$ is convex").holds is True


def test_the_squared_error_is_a_name_not_a_judgement():
    # "error" names a loss ("the squared error"); only words judging the statement ("Mistake:") refuse it
    assert check_claim("the absolute error |t - 2 v| is convex in v").holds is True


# ---- typed forms: Markdown emphasis, infinite interval ends as words, "globally", pasted unicode -----------------

@pytest.mark.parametrize("claim, holds", [
    (r"**Claim:** $t^4 - t$ is convex", True),
    (r"__Note__: $t^3 - t$ is convex", False),
    (r"`t**2 - s**2` is **concave**", False),
    ("is t^3 - 3t convex on (1,inf)", True),
    ("is t^3 concave on (-infinity, 0]", True),
    ("is t^3 convex on (-oo, oo)", False),
    (r"$t^4 + t$ is globally convex", True),
    (r"$\sin t$ is globally concave", False),
    (r"$|t - 1|$ is convex globally", True),
    ("f(x) = eˣ + x² is strictly convex", True),
    ("t ↦ t³ is convex", False),
])
def test_typed_forms_are_read_as_written(claim, holds):
    assert check_claim(claim).holds is holds


def test_locally_is_not_dropped_like_globally():
    with pytest.raises(ClaimError):
        check_claim(r"$t^3$ is locally convex")


@pytest.mark.parametrize("claim, holds", [
    (r"$t^3$ is convex for nonnegative t", True),
    (r"$t^3$ is convex when t is negative", False),
    (r"$t^2 - 4$ is concave where $t$ is negative", False),
    (r"$t^3$ is concave on the negative reals", True),
    (r"$t^3$ is convex on the nonpositive reals", False),
])
def test_sign_words_with_plain_letters_where_and_negative_reals(claim, holds):
    assert check_claim(claim).holds is holds


# ---- two intervals for one variable: each of them, never their intersection ------------------------------------

@pytest.mark.parametrize("claim", [
    r"$t^3$ is convex on $[-2, 0]$ and on $[0, 2]$",          # was read on {0} and answered "holds"
    r"$t^3 - 3t^2$ is convex on $[0, 2]$ and $[1, 3]$",       # intersection [1, 2]: convex; on [0, 2]: not
    r"$t^3 - 3t^2$ is convex for $t \in [0, 2]$ and $t \in [1, 3]$",
    r"$t^3 - 3t^2$ is convex for $0 \le t \le 2$ and $1 \le t \le 3$",
    r"$t^3 - 3t^2$ is convex on $\mathbb{R}_+$ and $[1, 3]$",
])
def test_two_intervals_for_one_variable_are_refused(claim):
    with pytest.raises(ClaimError, match="two intervals"):
        check_claim(claim)


def test_one_sided_conditions_and_different_variables_are_still_joined():
    assert check_claim(r"$t^3 - 3t^2$ is convex for $t \ge 0$ and $t \ge 1$").holds is True
    assert check_claim(r"$t^3 - 3t^2$ is convex for $t > 0$ and $t < 1$").holds is False
    assert check_claim(r"$t^3 + s^2$ is convex on $t \in [0, 2]$ and $s \in [0, 1]$").holds is True


# ---- a hypothesis is not an assertion ------------------------------------------------------------------------

@pytest.mark.parametrize("claim", [r"Suppose $v^4$ is concave.", r"Assume $e^{v}$ is concave",
                                   r"If $v^3 + v$ is convex", r"What if $|v|$ is concave?", r"Imagine $v^2$ is concave"])
def test_a_hypothesis_is_refused(claim):
    with pytest.raises(ClaimError):
        check_claim(claim)


def test_a_hypothesis_with_its_conclusion_is_read():
    assert check_claim(r"Assume $v > 1$. Then $v^3 - 3v^2$ is convex.").holds is True
    assert check_claim(r"Suppose $g(v) = v^4 - v^2$. Then $g$ is convex.").holds is False
    assert check_claim(r"If $v < 0$, then $v^3$ is concave").holds is True
    assert check_claim(r"Determine whether $v^4 - v$ is convex or concave.").holds is True


# ---- homework: definition-only sentences, then the claim ------------------------------------------------------

@pytest.mark.parametrize("claim, holds", [
    (r"Let $u > 0$. Consider $g(u) = u^3 - u$. Then $g$ is convex.", True),
    (r"Let $u < 0$. Consider $g(u) = u^3 - u$. Then $g$ is convex.", False),
    (r"Let $g(u, v) = u^2 + 3uv + v^2$. Prove that $g$ is convex.", False),
    (r"Let $q \ge 2$. The function $g(u) = |u|^q$ is convex.", True),
    (r"We have $g(u) = u^4 + u^2$. Then $g$ is strictly convex.", True),
    (r"Consider the polynomial $h(u, v) = u^2 - uv + v^2$. $h$ is convex.", True),
])
def test_definition_sentences_before_the_claim(claim, holds):
    assert check_claim(claim).holds is holds


def test_a_sentence_with_a_property_is_not_a_definition():
    with pytest.raises(ClaimError):
        check_claim(r"Suppose $u^3$ is convex. Then $u^3 + u$ is convex.")


@pytest.mark.parametrize("claim, holds", [
    (r"$w^4 + w$ isn't concave", True),
    (r"$w^4 + w$ isn’t convex", False),
    (r"$\log w$ is concave everywhere it is defined", True),
    (r"$\sqrt{w}$ is convex wherever it is defined", False),
    (r"$w^3 - w$ is convex on the whole real line", False),
    (r"$e^{-w}$ is convex everywhere on the real line", True),
])
def test_contractions_and_domains_in_words(claim, holds):
    assert check_claim(claim).holds is holds


@pytest.mark.parametrize("claim, holds", [
    (r"$w^4$ is either convex or concave", True),
    (r"$w^3 + w^2$ is either convex or concave", False),
    (r"$e^{w}$ is convex, not concave", True),
    (r"$w^3$ is concave, not convex", False),
])
def test_either_or_and_comma_not(claim, holds):
    assert check_claim(claim).holds is holds


@pytest.mark.parametrize("claim, holds", [
    ("The cosine is concave", False),
    ("The arctangent is concave on [0, ∞)", True),
    ("The cube function is not convex", True),
    ("The square function is strictly convex", True),
    ("The negative logarithm is strictly convex", True),
    ("The entropy function is concave", True),
    ("The hinge loss is strictly convex", False),
    ("The logistic loss is convex", True),
])
def test_more_functions_named_in_words(claim, holds):
    assert check_claim(claim).holds is holds


def test_if_opening_the_sentence_is_a_hypothesis_but_check_if_asks():
    with pytest.raises(ClaimError):
        check_claim(r"If $w^2$ is concave")
    assert check_claim(r"Determine if $w^4 - w^2$ is convex").holds is False
    assert check_claim(r"Check if $e^{w} + w^2$ is convex").holds is True


@pytest.mark.parametrize("claim", ["The cube is convex", "The square is strictly convex"])
def test_a_shape_name_alone_is_not_a_function(claim):
    # a cube or a square is a convex set: only "the cube function" names x^3
    with pytest.raises(ClaimError):
        check_claim(claim)
