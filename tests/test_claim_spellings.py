"""Spellings of a claim that name the same mathematics (session 7): TeX's escaped underscore in a function name,
CVXPY's atom names, a signature before the definition, a definition by cases in words, trailing remarks and
attributions. Each test states the function read (an exact expression) and the answer, with the checker's
acceptance; and the spellings that could mean two things are refused in one line."""

import pytest
import sympy as sp

from symconvex.claims import check_claim, parse_claim
from symconvex.errors import ClaimError
from marks import slow_except

x, y, z = sp.symbols("x y z", real=True)


def _same(a, b) -> bool:
    return sp.simplify(sp.expand_log(a - b, force=True)) == 0


@pytest.mark.parametrize("text", ["erf2(x) is convex", "square2(x) is convex", "huber3(x) is convex",
                                  "xexp2(x) is concave", "softplus10(x) is convex", "entr2(x) is concave for x > 0"])
def test_a_function_word_run_into_digits_is_refused_for_every_word_the_reader_knows(text):
    """square2(x) was read as a product of letters and a number (answered); erf2(x) as an unknown letter f.
    The numbered-name rule takes its words from the reader's own table, so no reader word escapes it."""
    with pytest.raises(ClaimError) as err:
        check_claim(text)
    assert "unknown function" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("text, function", slow_except([
    (r"$\operatorname{inv\_pos}(x) + 2x$ is convex on $x > 0$", 1 / x + 2 * x),
    (r"$\mathrm{inv\_pos}(x)$ is convex on $x > 0$", 1 / x),
    (r"inv_pos(x) is convex on x > 0", 1 / x),
    (r"$\text{log\_sum\_exp}(x, y)$ is convex", sp.log(sp.exp(x) + sp.exp(y))),
    (r"logsumexp(x, 2y) is convex", sp.log(sp.exp(x) + sp.exp(2 * y))),
    (r"$\operatorname{kl\_div}(x, y)$ is convex", x * sp.log(x) - x * sp.log(y) - x + y),
    (r"kl_div(x, y) is convex", x * sp.log(x) - x * sp.log(y) - x + y),
    (r"$\operatorname{rel\_entr}(x, y)$ is convex", x * sp.log(x / y)),
    (r"$x\_1^2 + x\_2^2$ is convex", sp.Symbol("x_1", real=True) ** 2 + sp.Symbol("x_2", real=True) ** 2),
], keep=(2,), several=True))
def test_escaped_and_plain_underscore_names_read_as_the_cvxpy_atoms(text, function):
    claim = parse_claim(text)
    assert _same(claim.function, function)
    result = check_claim(text, timeout=30)
    assert result.holds is True and result.verified


@pytest.mark.parametrize("text, holds", slow_except([
    (r"$\operatorname{inv\_pos}(x)$ is concave on $x > 0$", False),
    (r"$\text{log\_sum\_exp}(x, y, z)$ is strictly convex", False),     # affine along (1, 1, 1)
    (r"$\operatorname{rel\_entr}(x, y)$ is concave", False),
], keep=(0,), several=True))
def test_cvxpy_atoms_by_name_are_refuted_with_a_checked_certificate(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified


def test_inv_pos_without_a_domain_is_not_answered_on_a_set_that_is_not_convex():
    """inv_pos is 1/x: its natural domain here is x != 0 (CVXPY's is x > 0), so a claim without a domain is not
    answered on R minus a point."""
    try:
        result = check_claim(r"$\operatorname{inv\_pos}(x)$ is convex", timeout=30)
    except ClaimError:
        return
    assert result.holds is None


@pytest.mark.parametrize("text", [r"$\operatorname{logistic}(x)$ is convex", "logistic(x) is convex",
                                  "logistic is concave", r"$\operatorname{logistic}(2x) + x^2$ is convex",
                                  r"$f$ is convex where $f(x) = \operatorname{logistic}(x)$"])
def test_logistic_alone_is_refused_with_the_question(text):
    """'logistic' is the sigmoid in statistics and CVXPY's log(1 + e^x): one is convex, the other is not, so a
    claim that does not say which is never answered (either answer would be wrong for one of the two writers)."""
    with pytest.raises(ClaimError) as err:
        check_claim(text)
    assert "CVXPY" in str(err.value) and "sigmoid" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("text, function, holds", slow_except([
    (r"$\operatorname{logistic}(t) = \log(1 + e^{t})$ is strictly convex", sp.log(1 + sp.exp(z)), True),
    (r"logistic(t) = log(1 + exp(t)) is concave", sp.log(1 + sp.exp(z)), False),
    (r"$\operatorname{logistic}(t) = \frac{1}{1 + e^{-t}}$ is convex", 1 / (1 + sp.exp(-z)), False),
], keep=(0,), several=True))
def test_logistic_defined_in_the_claim_is_read_by_its_right_side(text, function, holds):
    claim = parse_claim(text)
    t = sp.Symbol("t", real=True)
    assert list(claim.variables) == [t] and _same(claim.function, function.subs(z, t))
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert "right side says which" in result.to_json()


@pytest.mark.parametrize("text, function, holds", slow_except([
    (r"g: \mathbb{R} \to \mathbb{R}, g(t) = t^6 - t is convex", z**6 - z, True),           # bare LaTeX
    ("h: ℝ → ℝ, h(t) = t⁶ is concave", z**6, False),                                      # unicode
    (r"$g: \mathbb{R} \to \mathbb{R}, g(t) = e^{-t}$ is strictly convex", sp.exp(-z), True),  # one block
    ("g: R -> R, g(t) = t^3 is convex", z**3, False),                                      # plain R
    ("g: ℝ → ℝ defined by g(t) = t² + t is strictly convex", z**2 + z, True),               # "defined by"
    (r"Let $g: \mathbb{R} \to \mathbb{R}$ be given by $g(t) = -t^4$. Then $g$ is concave.", -z**4, True),
], keep=(0, 1), several=True))
def test_a_signature_before_the_definition_is_read_in_every_spelling(text, function, holds):
    claim = parse_claim(text)
    t = sp.Symbol("t", real=True)
    assert list(claim.variables) == [t] and _same(claim.function, function.subs(z, t))
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified


def test_the_signature_domain_is_the_stated_domain():
    """f: (0, oo) -> R with log: answered on x > 0; f: R^2_{++} -> R with two arguments: on the open orthant; and
    f: R -> R with log t is about all of R, where log is not real: not answered on the smaller set."""
    r = check_claim(r"$g: (0, \infty) \to \mathbb{R}$, $g(t) = t \log t$ is strictly convex", timeout=30)
    assert r.holds is True and r.verified
    r = check_claim(r"g: R^2_{++} -> R, g(u, v) = -log(u) - log(v) is convex", timeout=30)
    assert r.holds is True and r.verified
    r = check_claim(r"$g: \mathbb{R} \to \mathbb{R}$, $g(t) = \log t$ is concave", timeout=30)
    assert r.holds is None
    r = check_claim(r"g: R^2 -> R, g(u, v) = u v is convex", timeout=30)
    assert r.holds is False and r.verified


@pytest.mark.parametrize("text", [
    r"$g: \mathbb{R} \to \mathbb{R}_{+}$, $g(t) = t^2$ is convex",           # a sign the answer would not check
    r"$g: \mathbb{R}^2 \to \mathbb{R}^2$, $g(u, v) = u^2$ is convex",         # a vector function
    r"$g: \mathbb{R} \to \overline{\mathbb{R}}$, $g(t) = t^2$ is convex",     # extended values
    "g: R -> R, g(u, v) = u*v is convex",                                     # one real argument, two written
])
def test_a_signature_that_is_not_a_real_function_of_its_arguments_is_refused(text):
    with pytest.raises(ClaimError) as err:
        check_claim(text)
    assert "signature" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("text, holds", slow_except([
    (r"$\log x$ is concave on $x > 0$, as SymPy's is_concave says", True),
    (r"$\log x$ is convex on $x > 0$, as SymPy's is_convex says", False),
    (r"$e^{2x}$ is strictly convex, according to Rockafellar", True),
    (r"$-\sqrt{x}$ is convex on $x > 0$, as shown in Boyd and Vandenberghe", True),
    (r"$x^3$ is convex, as the textbook says", False),
    (r"$e^{-x}$ is convex according to Boyd", True),                      # without the comma
], keep=(0,), several=True))
def test_a_trailing_attribution_names_a_source_and_is_dropped_with_a_note(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert "attribution" in result.claim.note


@pytest.mark.parametrize("text", [
    r"$x^3$ is convex, according to Boyd for positive x",     # a condition inside the attribution
    r"$x^3$ is convex, as Boyd says for $x > 0$",            # math after the verb
    r"$x^3$ is convex, as is $x^4$",                          # another claim, not a source
    r"$x^3$ is convex, as no one says",                       # a negation
    r"$x^3$ is convex, as SymPy wrongly says",                # a judgement: the writer may deny the claim
])
def test_an_attribution_that_could_change_the_claim_is_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text, holds", slow_except([
    (r"$|t|$ is strictly convex on $\mathbb{R}$ (convex, but not strictly)", False),   # refuted in both readings
    (r"$|t| + t$ is convex on $\mathbb{R}$ (convex, but not strictly)", True),         # holds in both readings
    (r"$t^4$ is convex on $\mathbb{R}$ (strictly convex)", True),
    (r"$t^2$ is convex on $[0, 1]$ (convex, but not strictly)", None),   # holds alone, not with the remark
    (r"$t^3$ is concave on $[0, 1]$ (neither convex nor concave)", False),
], keep=(0, 3), several=True))
def test_a_remark_of_property_words_is_answered_only_when_both_readings_agree(text, holds):
    """A parenthesis such as '(convex, but not strictly)' may be part of the claim or a comment on it: the claim is
    refuted when it is refuted (then it is false in both readings) and holds only when the remark's properties
    hold too; otherwise undecided."""
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert "states properties of its own" in result.claim.note


@pytest.mark.parametrize("text", [r"$t^2 + s$ is convex (strictly)", r"$t^2$ is convex on $[0, 1]$ (not strictly)",
                                  r"$t^2$ is convex or concave (strictly convex)",
                                  r"$e^t$ is log-convex (convex)"])
def test_a_modifier_alone_or_a_remark_on_a_claim_of_another_shape_is_refused(text):
    """'(strictly)' would change the claim's own property; with 'or' or log-curvature the two readings are not
    compared: each is a one-line error."""
    with pytest.raises(ClaimError) as err:
        check_claim(text)
    assert "\n" not in str(err.value)


@pytest.mark.slow   # the same reading as 'logistic(x) = ...' below, which stays in the default run
def test_a_cvxpy_name_the_claim_defines_is_read_by_its_definition():
    """kl_div(x, y) = x log(x/y) - x + y: the claim's own formula is the function (x log(x/y) is real for x, y < 0
    too, so it is not the same function as the built-in x log x - x log y - x + y on all of R^2)."""
    text = r"$\operatorname{kl\_div}(x, y) = x \log(x/y) - x + y$ is convex on $x > 0, y > 0$"
    claim = parse_claim(text)
    assert _same(claim.function, x * sp.log(x / y) - x + y)
    result = check_claim(text, timeout=30)
    assert result.holds is True and result.verified


@pytest.mark.parametrize("text, value_at, holds", slow_except([
    # a Huber function with threshold 2 in words: x^2/4 inside, |x| - 1 outside (continuous, C^1)
    (r"$h(x) = \frac{x^2}{4}$ for $|x| \le 2$ and $|x| - 1$ otherwise is convex", {3: 2, 1: sp.Rational(1, 4)}, True),
    (r"$h(x) = \frac{x^2}{4}$ for $|x| \le 2$ and $|x| - 1$ otherwise is strictly convex", {-5: 4}, False),
    (r"$g(x) = x^4$ if $x \ge 0$, $-x^3$ if $x < 0$ is convex", {-2: 8, 2: 16}, True),
    (r"$e^x$ when $x \le 0$ and $1 + x + x^2$ otherwise is concave", {1: 3}, False),
    (r"$g(x) = x^2$ for $x \ge 0$ and $g(x) = 0$ for $x < 0$ is convex", {-3: 0, 3: 9}, True),   # the head again
], keep=(2,), several=True))
def test_a_definition_by_cases_in_words_is_read_as_a_cases_environment(text, value_at, holds):
    claim = parse_claim(text)
    for point, value in value_at.items():
        assert claim.function.subs(x, point) == value
    assert "cases in words" in claim.note
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified


@pytest.mark.parametrize("text, says", [
    (r"$g(x) = x^2$ if $x \ge 0$ and $x + 1$ otherwise is convex", "jumps"),
    (r"$g(x) = x^2$ if $x \ge 1$ and $-x$ if $x \le 0$ is convex", "every real"),
    (r"$g(x) = x^2$ if $x \ge 0$ and $x$ if $x \le 1$ is convex", "overlap"),
])
def test_cases_in_words_have_the_refusals_of_the_environment(text, says):
    with pytest.raises(ClaimError) as err:
        check_claim(text)
    assert says in str(err.value)


@pytest.mark.parametrize("text, domain", [
    (r"$x^2$ for $x > 0$ is convex", True),                     # one piece: a domain
    (r"$x^2 y$ for $x > 0$ and $y > 0$ is convex", True),         # two conditions: a domain
])
def test_one_piece_or_a_list_of_conditions_is_not_cases(text, domain):
    claim = parse_claim(text)
    assert claim.domain and "cases" not in claim.note


@pytest.mark.parametrize("text, holds", slow_except([
    (r"CVXPY's logistic atom: $\operatorname{logistic}(2t) - t$ is convex", True),
    (r"$\operatorname{logistic}(t)$ is concave (a DCP atom)", False),
], keep=(0,), several=True))
def test_logistic_in_a_claim_that_names_cvxpy_is_cvxpys_atom(text, holds):
    """The claim's own words say which convention: CVXPY's logistic is log(1 + e^x), said in the note."""
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert "CVXPY, whose logistic(x) is log(1 + e^x)" in result.claim.note
    t = sp.Symbol("t", real=True)
    assert sp.simplify(parse_claim(r"CVXPY: $\operatorname{logistic}(t)$ is convex").function.rewrite(sp.exp)
                       - sp.log(1 + sp.exp(t))) == 0


@pytest.mark.parametrize("text, holds", slow_except([
    (r"$g$ is convex where $g(t) = \operatorname{logistic}(3t)$ and $\operatorname{logistic}(z) = \log(1 + e^{z})$",
     True),
    (r"$\operatorname{logistic}(t)$ is concave where $\operatorname{logistic}(z) = \frac{1}{1 + e^{-z}}$", False),
], keep=(1,), several=True))
def test_logistic_defined_in_the_definitions_is_read_by_that_definition(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
