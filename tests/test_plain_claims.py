r"""Claims typed without $...$ (``symconvex.sentences.plain``): when the plain reading is refused, the text with its
formulas delimited is read by the $...$ reader. Each answer is checked (certificates the independent checker
accepts, about the function the words name); words that transform the formula are still refused in one line."""

import pytest

from answers import answered
from symconvex.claims import check_claim
from symconvex.errors import ClaimError
from symconvex.sentences.plain import delimit


@pytest.mark.parametrize("text, expected", [
    ("the penalty exp(-2z) is strictly convex", True),                    # a noun phrase before the formula
    ("the log barrier -log(1 - t) is convex for t < 1", True),
    ("the tent max(0, 1 - |t|) is convex", False),                        # 1 - |t| on [-1, 1]: concave, not convex
    ("u log u is convex for positive u", True),                           # a sign word about a bare letter
    ("t^4 - t is concave for negative t", False),
    ("sqrt(s*t) is concave for s, t > 0", True),                          # "s, t > 0": both variables
    ("I think 1/t is concave for t > 0", False),                          # a hedge before the claim
    ("(v-2)^2 + lambda*|v| is convex in v for lambda >= 0", True),               # a Greek letter typed as a word
])
def test_a_plain_claim_is_read_with_its_formulas_delimited(text, expected):
    result = answered(text)
    assert result.holds is expected
    assert result.certificates
    assert "typed without $...$" in result.claim.note or "hedge" in result.claim.note


@pytest.mark.parametrize("text", [
    "the derivative of log(t) is convex on t > 0",        # 1/t: a transformation, never dropped
    "one over t is concave for t > 0",
    "square root t is strictly concave for t > 0",
    "minus t^2 is convex",
    "t^2 is convex for t > 0 only",
    "the loss exp(-z) is convex, obviously wrong",
    "expm1 is convex",                                     # read e·x·p·m·1 between dollars: "neither", refuted
    "mish is convex",
])
def test_words_that_change_the_claim_are_refused_in_one_line(text):
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("text, delimited", [
    ("the hinge loss max(0, 1 - z) is convex", "the hinge loss $max(0, 1 - z)$ is convex"),
    ("a x^2 + b x is convex in x if a > 0", "$a x^2 + b x$ is convex in $x$ if $a > 0$"),   # a: a letter here
    ("f(t) = t^3 is a saddle. Is that true?", "$f(t) = t^3$ is a saddle. Is that true?"),
    ("x^2 is convex, right?", "$x^2$ is convex, right?"),
    ("theta^2 + 1 is convex", "$\\theta^2 + 1$ is convex"),
])
def test_where_the_formulas_are(text, delimited):
    assert delimit(text) == delimited


def test_text_with_dollars_is_left_alone():
    assert delimit("$x^2$ is convex") is None


# ------------------------------------------------------------------ attributions and hedges (sentences.hedges)

@pytest.mark.parametrize("text, expected", [
    ("My teacher says t*s is convex. Is that true?", False),
    ("The reviewers wrote that $e^{-t}$ is convex", True),          # lead words before $...$, as before
    ("In the lecture they claim that softplus(t) is strictly convex", True),
    ("I believe -log(t) is convex for t > 0", True),
    ("(t - 3)^2 is concave, right?", False),
    ("t^4 is strictly convex, I think", True),
])
def test_an_attribution_or_hedge_is_dropped(text, expected):
    if expected is None:
        with pytest.raises(ClaimError):
            check_claim(text)
        return
    result = answered(text)
    assert result.holds is expected
    assert result.certificates


@pytest.mark.parametrize("text", ["I doubt that t^2 is convex", "It is a myth that $t^2$ is convex",
                                  "My teacher wrongly says t^2 is concave"])
def test_doubt_or_denial_is_never_dropped(text):
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text, expected", [
    ("1/(s t) is convex for positive s and t", True),                 # "positive $s$ and $t$": both
    (r"$s^3 + t^3$ is convex for nonnegative $s$ and $t$", True),
    (r"$s^3 + t^3$ is convex for nonnegative $s$", False),            # t free: t^3 is not convex
])
def test_a_sign_word_before_names_joined_by_and(text, expected):
    assert answered(text).holds is expected


def test_sign_words_before_two_blocks():
    from symconvex.parsing.sign_words import sign_words
    assert sign_words("$f$ is convex for positive $x$ and $y$") == "$f$ is convex for $x > 0, y > 0$"
    assert sign_words("$f$ is convex for positive $x$ and $y > 1$") == "$f$ is convex for $x > 0$ and $y > 1$"


# ------------------------------------------------- "between": read as the closed and the open interval (between.py)

@pytest.mark.parametrize("text, expected", [
    ("sin(u) is concave for u between 0 and pi", True),                # both readings hold
    (r"$u^3 - u$ is convex for $u$ between $-1$ and $1$", False),        # both refuted
    ("sqrt(u) is strictly concave for u between 0 and 9", True),
])
def test_between_is_answered_when_both_readings_agree(text, expected):
    result = answered(text)
    assert result.holds is expected
    assert {c.label for c in (result.claim, *result.claim.readings)} == {"between read as [a, b]",
                                                                         "between read as (a, b)"}


# ------------------------------------------------------------ the scope of "not" before joined properties

@pytest.mark.parametrize("text", [
    "-t^2 is not convex or concave",      # "(not convex) or concave": holds; "not (convex or concave)": refuted
    "t^2 is not convex and concave",      # "(not convex) and concave": refuted; "not (convex and concave)": holds
    r"$t^4$ is not strictly concave and convex",
])
def test_not_before_properties_joined_without_their_verb_is_refused(text):
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "may mean" in str(info.value)


@pytest.mark.parametrize("text, expected", [
    ("-t^2 is not convex but concave", True),            # "but" ends the negation
    ("t^3 is not convex and not concave", True),
    ("-t^2 is not convex and is concave", True),
    ("t^3 is nonconvex and nonconcave", True),           # each word carries its own negation
    ("t^2 is convex and not concave", True),
])
def test_a_negation_whose_scope_is_written_is_read(text, expected):
    assert answered(text).holds is expected


# ------------------------------------------------------- a standard function named in words (sentences.named)

@pytest.mark.parametrize("text, expected", [
    ("the natural logarithm is strictly concave", True),
    ("The exponential function is concave", False),
    ("the absolute value function is strictly convex", False),
    ("the square root is concave", True),
    ("the reciprocal function is convex for x > 0", True),
    ("the relu activation is affine", False),
])
def test_a_function_named_in_words(text, expected):
    result = answered(text)
    assert result.holds is expected
    assert "is read as the function" in result.claim.note


@pytest.mark.parametrize("text", ["the exponential of x^2 is convex", "the logarithm of x^2 + 1 is convex"])
def test_a_name_followed_by_more_than_is_is_not_this_rule(text):
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text", ["the Taylor polynomial of e^t is convex", "the Moreau envelope of |t| is convex",
                                  "the mirror image of t^3 is concave"])
def test_an_of_before_a_delimited_formula_is_refused_unless_it_names_the_formula(text):
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text", ["s t is convex in s and in t", r"$s t$ is convex in $s$, in $t$"])
def test_in_each_variable_separately_is_refused(text):
    """'in s and in t' may mean separately convex (s t: true) or jointly convex (false)."""
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "separately" in str(info.value)
