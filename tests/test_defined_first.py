r"""A function defined in one sentence and claimed about in the next (``symconvex.sentences.definitions``), and the
sentence end that must never join two formulas into a product (``claims._split_words``).

"Let p(s) = exp(-s). p is convex." was answered *refuted* about p·e^(-s) for every p: the period was dropped and
"exp(-s)" and "p" were joined into one formula. Now the definition is the claim's where-clause, and any other text
in which a sentence ends between two formulas is refused in one line."""

import pytest

from answers import answered
from symconvex.claims import check_claim, parse_claim
from symconvex.cli import EXIT_BAD_INPUT, main
from symconvex.errors import ClaimError
from symconvex.sentences.definitions import defined_first


@pytest.mark.parametrize("text, expected", [
    ("Let u(s) = exp(-2s). u is convex.", True),            # the mechanism of the wrong answer, another function
    ("Let u(s) = exp(-2s). u is concave.", False),
    ("Let v(r) = e^(3r). Then v is strictly convex", True),
    ("w(z) = z^4 - 2z^2; w is convex", False),               # w'' = 12z^2 - 4 < 0 at 0
    ("w(z) = z^4 - 2z^2, w is convex on z >= 1", True),
    ("Consider G(m) = 5 - m^2. G is strictly concave.", True),
    ("Define k(y) = y*log(y). k is convex on y > 0", True),
    ("Suppose q(a, b) = a^2 - a*b + b^2. q is convex", True),
    ("Suppose q(a, b) = a^2 + 4ab + b^2. q is convex", False),
    ("Let psi(t) = log(1 + t^2). psi is convex", False),     # a Greek letter typed as a word
    ("n(t) = t^3 - t. Is n concave?", False),
    ("Let $c(t) = -\\log t$. $c$ is convex on $t > 0$.", True),
])
def test_a_definition_then_a_claim_about_its_name(text, expected):
    result = answered(text)
    assert result.holds is expected
    assert result.certificates
    assert "where-clause" in result.claim.note


def test_the_claim_is_about_the_defined_function_not_a_product_with_its_name():
    claim = parse_claim("Let u(s) = exp(-s). u is convex.")
    assert str(claim.function) == "exp(-s)"
    assert [str(v) for v in claim.variables] == ["s"]
    assert not claim.parameters


@pytest.mark.parametrize("text", [
    "Let u(s) = exp(-s). t is convex.",        # the second sentence is about another letter
    "u(s) = exp(-s). s is convex",
])
def test_a_sentence_end_between_two_formulas_is_refused_in_one_line(text):
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "\n" not in str(info.value)


def test_the_cli_refuses_a_sentence_end_between_formulas_with_exit_2(capsys):
    assert main(["check", "Let u(s) = exp(-s). t is convex."]) == EXIT_BAD_INPUT
    out = capsys.readouterr()
    assert out.err.startswith("error:") and out.err.count("\n") == 1 and "Traceback" not in out.err


@pytest.mark.parametrize("text, rewritten", [
    ("Let g(t) = t^3. g is convex on t>0", "g is convex on t>0 where g(t) = t^3"),
    ("f(x) = -x^2. Is f concave?", "Is f concave where f(x) = -x^2?"),
    ("h(x) = ln(x), then h(x) is concave.", "h is concave where h(x) = ln(x)"),
    ("Let phi(z) = z^2. phi is convex", "\\phi is convex where \\phi(z) = z^2"),
])
def test_the_rewrite_into_the_where_shape(text, rewritten):
    assert defined_first(text)[0] == rewritten


@pytest.mark.parametrize("text", ["Let g(t) = t^3. h is convex", "g(t) = t^3 is convex", "x^2 is convex. x > 0"])
def test_other_text_is_left_to_the_reader(text):
    assert defined_first(text) is None


# --------------------------------------------------- words before the formula that negate or transform it

@pytest.mark.parametrize("text, holds", [
    (r"It is not true that $t^2$ is concave", True),   # a negation: never dropped (that answered the opposite);
    ("it is not true that t^2 is concave", True),      # read as the claim with "is not" (sentences/typed, session 12)
    (r"It is false that $e^t$ is convex", False),
])
def test_a_negating_lead_is_the_negated_claim(text, holds):
    from symconvex.claims import check_claim
    result = check_claim(text, timeout=30)
    assert result.claim.negated is True and result.holds is holds


@pytest.mark.parametrize("text", [
    r"the derivative of $\log t$ is convex on $t > 0$",       # 1/t is convex: answered about log t
    r"the log of $t^2 + 1$ is convex",                        # log(t^2 + 1) is not convex: answered about t^2 + 1
    r"the inverse of $e^t$ is concave",
    r"the sublevel sets of $t^3$ are convex",
    r"minus $t^2$ is convex",
    r"the perspective of $t^2$ is strictly convex",
])
def test_a_lead_that_negates_or_transforms_the_formula_is_refused(text):
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "before the formula" in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("text, expected", [
    (r"The loss $(t - 1)^2$ is convex", True),
    (r"the graph of $y = \sqrt{t}$ is concave", True),
    (r"Negative entropy: $t \log t$ is convex on $t > 0$", True),     # a title with a colon: the formula after it
    ("prove that e^t is convex", True),
])
def test_harmless_leads_are_still_dropped(text, expected):
    assert answered(text).holds is expected


# ----------------------------------------------------------- x^1/2 typed for the square root

@pytest.mark.parametrize("text", ["t^1/2 is strictly concave for t > 0", "t^3/2 is convex", r"$t^2/3$ is convex",
                                  "(t - 1)^3/2 is convex on t > 1"])
def test_a_digit_fraction_after_a_caret_is_refused_as_ambiguous(text):
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "x^{1/2}" in str(info.value)


@pytest.mark.parametrize("text, expected", [("t^2/2 is convex", True), (r"$e^{-(t-1)^2/8}$ is concave", False),
                                            ("t^{1/2} is strictly concave for t > 0", True),
                                            ("t^(3/2) is convex for t >= 0", True)])
def test_a_quotient_or_a_braced_power_is_read_as_written(text, expected):
    assert answered(text).holds is expected


@pytest.mark.parametrize("text", ["t^2 is convex for t > 0 obviously", "t^2 is convex for t > 0 only",
                                  "t^2 is convex on t >= 0 as well", "t^2 + s^2 is convex in t surely"])
def test_a_word_after_a_plain_domain_is_never_a_product_of_letters(text):
    """'0 obviously' was read 0·o·b·v·i·o·u·s·l·y = 0: 'convex for t > 0 only' was answered as 'for t > 0'."""
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "is a word, not a formula" in str(info.value) or "is not a name" in str(info.value)


@pytest.mark.parametrize("text", [r"1 - $t^2$ is convex",            # answered "holds" about t^2
                                  r"log t + $t^2$ is convex on $t > 0$",
                                  r"2 $t^2$ is convex", r"log $t^2 + 1$ is convex"])
def test_a_formula_begun_outside_the_dollars_is_refused(text):
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "before the formula" in str(info.value)


@pytest.mark.parametrize("text, expected", [
    (r"The loss of the network $(w_1 w_2 - 1)^2$ is convex in $w_1, w_2$", False),   # 'loss of': the formula
    (r"Powers of absolute value: $|t|^3$ is convex", True),                          # a title with a colon
])
def test_an_of_that_is_no_transformation_is_kept(text, expected):
    assert answered(text).holds is expected


@pytest.mark.parametrize("text", [r"near $1$, $t^3$ is convex",      # locally convex near 1: was refuted on R
                                  "locally t^3 is convex", "approximately t^3 is convex", r"roughly $t^2$ is convex"])
def test_a_qualifier_before_the_formula_is_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text)
