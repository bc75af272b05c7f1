r"""Sentences around a claim (``symconvex.sentences``): a question with its answer, a value or a condition before the
formula, a noun before a condition, variables named in words, a restatement held against the explicit formula, and
a density up to a constant. Each claim is answered with certificates the independent checker accepts, about the
function, variables and domain the sentence states; each refusal is one line."""

import pytest
import sympy as sp

from answers import answered, checked
from symconvex.claims import check_claim, parse_claim
from symconvex.cli import EXIT_BAD_INPUT, main
from symconvex.errors import ClaimError
from symconvex.sentences import read_sentence

x, y, t = sp.symbols("x y t", real=True)


def holds(text):
    result = checked(answered(text))
    assert result.certificates
    return result


# ------------------------------------------------------------------------------- questions with their answers

@pytest.mark.parametrize("text, expected", [
    (r"Determine whether $g(t) = t^4 + t$ is convex, concave, or neither. Answer: $g$ is convex.", True),
    (r"Determine whether $g(t) = t^4 + t$ is convex, concave, or neither. Answer: $g$ is concave.", False),
    (r"Decide if $h(x) = \log x$ on $x > 0$ is convex or concave. Answer: it is concave.", True),
    (r"Decide if $h(x) = \log x$ on $x > 0$ is convex or concave. Solution: it is convex.", False),
    (r"Determine whether $x^3$ is convex, concave, or neither. Answer: neither.", True),
    (r"Is $e^{2t}$ convex? Yes.", True),
    (r"Is $-t^2$ convex? Yes.", False),
    (r"Is $t^3$ concave? No.", True),                      # "no" negates the question's property
    (r"Is $t^2$ concave? No, it is strictly convex.", True),   # the answer's sentence is asserted too
    (r"Is $t^2$ concave? No, it is affine.", False),
])
def test_a_question_is_answered_by_its_answer_sentence(text, expected):
    assert holds(text).holds is expected


@pytest.mark.parametrize("text, expected", [
    # f'' = 12x^2 - 12: concave down on (-1, 1), up on (1, inf); a proof shows the property on the answer's set, not
    # that the set is all of where it holds ("(2, inf)" would be proved too), so only a refutation decides
    (r"Find where $f(x) = x^4 - 6x^2$ is concave down: it is concave down on $(-1, 1)$", None),
    (r"Find the intervals on which $f(x) = x^4 - 6x^2$ is concave up: it is concave up on $(1, \infty)$", None),
    (r"Find the intervals on which $f(x) = x^4 - 6x^2$ is concave up: it is concave up on $(2, \infty)$", None),
    (r"Find where $f(x) = x^4 - 6x^2$ is concave up: it is concave up on $(0, \infty)$", False),  # f'' < 0 on (0, 1)
])
def test_find_where_reads_the_answer_sentence_on_its_interval(text, expected):
    result = holds(text)
    assert result.holds is expected
    assert result.claim.domain and result.claim.function == x**4 - 6 * x**2
    if expected is None:   # the property on the set is proved and shown, the answer stays open
        assert "convex" in result.facts or "concave" in result.facts
        assert "only a refutation decides" in result.claim.note


@pytest.mark.parametrize("text, expected", [
    (r"True or false: $t^3$ is convex. False.", True),            # "false": the claim is that t^3 is not convex
    (r"True or false: $t^3$ is convex on $t > 0$. True.", True),
    (r"True or false? $e^{t}$ is concave. Answer: true", False),
])
def test_a_true_or_false_statement_with_its_verdict(text, expected):
    assert holds(text).holds is expected


def test_false_of_a_statement_of_several_properties_is_refused():
    with pytest.raises(ClaimError, match="one property"):
        check_claim(r"True or false: $t^3$ is convex or concave. False.")


@pytest.mark.parametrize("text, expected", [
    (r"Exercise 2: for $x > 0$, $\log x$ is concave", True),
    (r"Exercise 2. For $a \ge 1$, $x^a$ is convex on $x > 0$", True),
])
def test_a_title_before_a_condition_written_first(text, expected):
    result = holds(text)
    assert result.holds is expected and result.claim.domain


def test_a_restatement_inside_a_question_is_not_its_end():
    """"i.e. " inside the question does not end it; the restatement is held against the function as everywhere."""
    result = holds(r"Determine whether $f(x) = |x|$, i.e. $\max(x, -x)$, is convex. Answer: $f$ is convex.")
    assert result.holds is True and "same function" in result.claim.note


def test_a_question_whose_formula_follows_a_colon():
    result = holds(r"Is the following function convex: $q(t) = e^{t^2}$? Yes.")
    assert result.holds is True and result.claim.function == sp.exp(t**2)


def test_the_question_domain_stays_with_the_answer():
    claim = parse_claim(r"Decide if $h(x) = \log x$ on $x > 0$ is convex or concave. Answer: it is concave.")
    assert [str(c) for c in claim.domain] == ["x > 0"] and claim.property == "concave"
    assert "answer sentence" in claim.note


@pytest.mark.parametrize("text, message", [
    (r"Is $t^2$ convex or concave? Yes.", "does not say which"),
    (r"Is $t^2$ convex? No, it is concave on $t > 0$.", "one sentence"),     # a condition only the answer has
    (r"Determine whether $f(x) = x^2$ is convex. Answer: $g$ is convex.", "not the function of the question"),
    (r"Find where $f(x) = x^3$ is concave up: yes", "does not say which"),
    (r"Is $t^2$ convex? Perhaps, for small $t$.", "answer"),
    (r"Is $\log t$ concave? Yes, $t > 0$.", "may change the claim"),      # math after the yes: maybe a condition
])
def test_an_unclear_answer_is_a_one_line_error(text, message):
    with pytest.raises(ClaimError, match=message) as err:
        check_claim(text)
    assert "\n" not in str(err.value)


def test_an_unclear_answer_exits_2(capsys):
    assert main(["check", r"Is $t^2$ convex or concave? Yes."]) == EXIT_BAD_INPUT
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("error: ") and err.count("\n") == 1


# --------------------------------------------------------------------- values and conditions before the formula

@pytest.mark.parametrize("text, function, expected", [
    (r"Problem 2: for $q = 3$, $f(x) = |x|^{q}$ is convex", sp.Abs(x) ** 3, True),
    (r"Problem 2: with $c = -1$, $c e^{x}$ is convex", -sp.exp(x), False),
    (r"Worked example. Let $c = 3$: $c x^2 + y$ is convex", 3 * x**2 + y, True),
])
def test_a_value_before_the_formula_is_given_to_it(text, function, expected):
    result = holds(text)
    assert sp.simplify(result.claim.function - function) == 0
    assert result.holds is expected


@pytest.mark.parametrize("text, function, expected", [
    (r"The loss $(w x - y)^2$ at $(x, y) = (3, 1)$ is strictly convex in $w$", (3 * sp.Symbol("w", real=True) - 1) ** 2,
     True),
    (r"The hinge loss at $(x, y) = (2, -1)$: $\max(0, 1 + 2 w)$ is strictly convex in $w$",
     sp.Max(0, 1 + 2 * sp.Symbol("w", real=True)), False),     # a data point the formula does not use: a label
    (r"One neuron on $(x, y) = (1, 3)$: $(w x + b - y)^2$ is convex in $(w, b)$",
     (sp.Symbol("w", real=True) + sp.Symbol("b", real=True) - 3) ** 2, True),
])
def test_a_data_point_gives_the_formula_its_values(text, function, expected):
    result = holds(text)
    assert sp.simplify(result.claim.function - function.rewrite(sp.Piecewise)) == 0 or \
        sp.simplify((result.claim.function - function).rewrite(sp.Piecewise)) == 0
    assert result.holds is expected


@pytest.mark.parametrize("text", [
    r"$x^2 - y^2$ at $(x, y) = (0, 0)$ is convex",       # no named variables: "at a point" may mean near it
    r"At $(x, y) = (0, 0)$, $x^2 - y^2$ is convex",
])
def test_a_point_without_named_variables_is_not_read_as_values(text):
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text, expected", [
    (r"$x^{a}$, $a \ge 1$, is convex on $x > 0$", True),
    (r"$x^{a}$, $0 < a < 1$, is convex on $x > 0$", False),       # concave for each such a: refuted at one value
    (r"$u(x) = x^{b}$, $b = 3$, is convex on $x > 0$", True),      # a value between commas is a definition
])
def test_a_condition_between_commas_is_about_every_allowed_value(text, expected):
    result = holds(text)
    assert result.holds is expected


def test_a_label_then_the_function_between_commas_is_not_a_condition():
    """"The Huber loss with $\\delta = 1$, $\\begin{cases} ... \\end{cases}$, is convex": the cases are the function."""
    text = (r"The smooth absolute value with $\delta = 2$, $\begin{cases} \frac{1}{4}t^2 & |t| \le 2 \\ "
            r"|t| - 1 & |t| > 2 "
            r"\end{cases}$, is convex")
    assert read_sentence(text).text == text
    assert holds(text).holds is True


def test_a_label_in_another_spelling_of_a_letter_the_formula_uses_is_refused():
    with pytest.raises(ClaimError):
        check_claim(r"The scaled square with $\epsilon = 2$ is convex: $\varepsilon t^2$")


@pytest.mark.parametrize("text, expected", [
    (r"$x^{a}$ ($a \ge 1$) is convex on $x > 0$", True),
    (r"$x^{a}$ $(0 < a < 1)$ is convex on $x > 0$", False),
    (r"$x^{a}$ is concave on $x > 0$ (for $0 < a \le 1$)", True),
])
def test_a_condition_in_parentheses_is_part_of_the_claim(text, expected):
    result = holds(text)
    assert result.holds is expected and [p.name for p in result.claim.parameters] == ["a"]


def test_a_condition_between_commas_makes_a_parameter():
    claim = parse_claim(r"$x^{a}$, $a \ge 1$, is convex on $x > 0$")
    assert [p.name for p in claim.parameters] == ["a"] and [v.name for v in claim.variables] == ["x"]


@pytest.mark.parametrize("text, expected", [
    (r"$x^{p}$ is convex on $x > 0$ for every exponent $p \ge 1$", True),
    (r"$x^{p}$ is convex on $x > 0$ for every exponent $p > 0$", False),
    (r"The kernel $x^{k}$ is log-concave on $x > 0$ for shape $k \ge 0$", True),          # k log x
    (r"The kernel $x^{k}$ is log-concave on $x > 0$ for every shape $k > -1$", False),
])
def test_a_noun_naming_a_parameter_before_its_condition_is_dropped(text, expected):
    assert holds(text).holds is expected


def test_a_word_that_restricts_is_not_a_role_noun():
    """"for positive $k$" restricts k: the word is never dropped (it is refused by the reader, as before)."""
    assert read_sentence(r"$x^{k}$ is convex on $x > 0$ for positive $k$").text.endswith("for positive $k$")


# ------------------------------------------------------------------------------------ variables named in words

@pytest.mark.parametrize("text, variables, expected", [
    (r"As a function of the temperature $T$, $T \log T$ is convex on $T > 0$", ("T",), True),
    (r"$y \log y - y$, viewed as a function of $y$, is strictly convex on $y > 0$", ("y",), True),
    (r"The log-sum-exp $\log(e^{s_1} + e^{s_2})$ is convex in the scores", ("s_1", "s_2"), True),
    (r"The log-sum-exp $\log(e^{s_1} + e^{s_2})$ is strictly convex in the scores", ("s_1", "s_2"), False),
    (r"$w_1^2 + w_2^2$ is strictly convex in the weights", ("w_1", "w_2"), True),
    (r"$x_1^2 - 1$ is convex in its first argument", ("x_1",), True),
    (r"Binary cross-entropy as a function of the predicted probability: $-\log(1 - r)$ is convex on $0 < r < 1$",
     ("r",), True),
])
def test_variables_named_in_words_are_the_formulas_own(text, variables, expected):
    result = holds(text)
    assert tuple(v.name for v in result.claim.variables) == variables and not result.claim.parameters
    assert result.holds is expected


@pytest.mark.parametrize("text", [
    r"$a w^2$ is convex in the weights",               # a and w: which are the weights?
    r"$x_1 x_2$ is convex in the first coordinate",    # picks one of two symbols: not the joint claim
    r"$q_1 \log q_1 + r$ is convex as a function of the probability",
])
def test_variables_in_words_that_do_not_say_which_are_refused(text):
    with pytest.raises(ClaimError, match="names the variables in words"):
        check_claim(text)


# ---------------------------------------------------------------------------- a subject in words, then a colon

@pytest.mark.parametrize("text, function, expected", [
    (r"The logistic loss with label $y = 1$ is convex: $\log(1 + e^{-t})$", sp.log(1 + sp.exp(-t)), True),
    (r"The scaled square with $c = 2$ is concave: $c t^2$ on $t > 0$", 2 * t**2, False),
    (r"The divergence in its second argument is convex: $-\log t + t$ on $t > 0$", t - sp.log(t), True),
])
def test_a_subject_in_words_with_its_formula_after_a_colon(text, function, expected):
    result = holds(text)
    assert sp.simplify(result.claim.function - function) == 0
    assert result.holds is expected


# ---------------------------------------------------------------------------------------------- restatements

@pytest.mark.parametrize("text, expected", [
    (r"$g(x) = \|x\|_2^2$ with $x \in \mathbb{R}^2$, that is $x_1^2 + x_2^2$, is strictly convex", True),
    (r"$g(x) = \|x\|_2^2$ with $x \in \mathbb{R}^2$, namely $x_1^2 + x_2^2$, is affine", False),
    (r"The entropy $-\sum_{i=1}^{2} p_i \log p_i$ is concave on $p > 0$ (componentwise), i.e. "
     r"$-p_1 \log p_1 - p_2 \log p_2$ on $p_1 > 0, p_2 > 0$", True),
    (r"The softplus $s(t)$, that is $\log(1 + e^{t})$, is convex", True),     # a name with no formula
])
def test_a_restatement_agrees_and_the_explicit_formula_is_answered(text, expected):
    result = holds(text)
    assert result.holds is expected
    assert "same function" in result.claim.note or "without a formula" in result.claim.note


@pytest.mark.parametrize("text", [
    r"$g(x) = \|x\|_2^2$ with $x \in \mathbb{R}^2$, that is $x_1^2 + 2 x_2^2$, is strictly convex",
    r"$t^2$, namely $t^3$, is convex",
    r"$t^2$, i.e. $t^3$, is convex",           # "i.e." before the property: held too (it was answered about t^3)
    r"$t^2$, i.e. $t^3$ is convex",            # ... also without the closing comma
    r"The entropy $-\sum_{i=1}^{2} p_i \log p_i$ is concave on $p > 0$ (componentwise), i.e. "
    r"$-p_1 \log p_1 - p_2 \log p_2$ on $p_1 > 1, p_2 > 0$",      # another domain
])
def test_two_formulas_that_differ_are_refused(text):
    with pytest.raises(ClaimError, match="two readings that differ") as err:
        check_claim(text)
    assert "\n" not in str(err.value)


# ------------------------------------------------------------------------------------------ proportional to

@pytest.mark.parametrize("text, expected", [
    (r"The Laplace density $\propto e^{-|x|}$ is log-concave", True),
    (r"The density $p(x) \propto e^{-x^2/2}$ is log-concave", True),
    (r"The density $p(x) \propto e^{x^2}$ is log-concave", False),
    (r"The unnormalized density $\propto x^2$ is convex on $0 < x < 1$", True),
])
def test_a_density_up_to_a_positive_constant(text, expected):
    result = holds(text)
    assert result.holds is expected
    assert "positive constant" in result.claim.note


def test_proportional_without_a_density_is_refused():
    with pytest.raises(ClaimError, match="sign of the constant"):
        check_claim(r"$f(x) \propto x^2$ is convex")
