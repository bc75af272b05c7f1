"""Which symbols a claim's wording makes variables and which parameters (``claims._reading_of_set``,
``claims._reading_of_stated_set``), and the answers those readings get, each backed by accepted certificates."""

from fractions import Fraction

import pytest

from symconvex.claims import parse_claim
from answers import answered


@pytest.mark.parametrize("text, variables, parameters", [
    (r"$x^a$ is convex on $\mathbb{R}_{++}$ when $a \ge 1$", ["x"], ["a"]),        # a set on the real line
    (r"$x^p$ is convex on $(0, \infty)$ if $p < 0$", ["x"], ["p"]),
    (r"$|x|^p$, for $p \ge 1$, is convex on $\mathbb{R}$", ["x"], ["p"]),
    (r"$\frac{c}{x}$ is strictly convex on $x > 0$ for $c > 0$", ["x"], ["c"]),  # the function's set is in x
    (r"$a x^2$ is convex for $a > 0$", ["x"], ["a"]),    # no set, and the only condition is about a
])
def test_the_stated_set_settles_the_reading(text, variables, parameters):
    claim = parse_claim(text)
    assert [v.name for v in claim.variables] == variables
    assert [p.name for p in claim.parameters] == parameters
    assert claim.readings == []


@pytest.mark.parametrize("text", [
    r"$a x^2$ is convex for $x > 0$",            # no set, a condition on x: jointly false, in x for every a not
    r"$x y$ is convex on $x > 0$ for $y > 0$",   # no conventional parameter letter: one joint reading
    r"$e^{a x}$ is convex on $a > 0, x > 0$",    # the stated set is in (a, x): the joint reading too
])
def test_without_a_settling_set_the_readings_stay(text):
    claim = parse_claim(text)
    assert not claim.parameters
    if "a x^2" in text:
        assert [[p.name for p in r.parameters] for r in claim.readings] == [["a"]]


def test_a_one_dimensional_set_is_the_variables_set_only():
    """x^a on R_{++} for a <= 0: the set is x's (read for every variable it made the domain empty, a > 0 >= a)."""
    claim = parse_claim(r"$x^a$ is convex on $\mathbb{R}_{++}$ for $a \le 0$")
    assert sorted(str(c) for c in claim.domain) == ["a <= 0", "x > 0"]



@pytest.mark.parametrize("text, holds", [
    (r"$x^a$ is convex on $\mathbb{R}_{++}$ when $a \ge 1$", True),
    (r"$x^a$ is concave on $\mathbb{R}_{++}$ for $0 \le a \le 1$", True),
    (r"$x^a$ is convex on $\mathbb{R}_{++}$ for $0 \le a \le 1$", False),   # at a = 1/2
    (r"$x^p$ is convex on $(0, \infty)$ if $p < 0$", True),
    (r"$\frac{c}{x}$ is strictly convex on $x > 0$ for $c > 0$", True),     # H = 2c/x^3 > 0
])
def test_parameter_readings_areanswered(text, holds):
    assert answered(text).holds is holds


def test_strictness_is_refuted_at_an_edge_value_of_a_parameter_exponent():
    """x^a for a >= 1 is not strictly convex: at a = 1 it is x, affine on a segment. The midpoint certificate
    states f(a), f(b), f(m) exactly: the checker takes x^a at the stated value a = 1 as x^1 (a base > 0)."""
    result = answered(r"$x^a$ is strictly convex on $\mathbb{R}_{++}$ when $a \ge 1$")
    assert result.holds is False
    (cert,) = [result.certificates[i] for i in result.facts["not_strictly_convex"]][:1]
    assert cert.kind == "midpoint" and cert.parameter_values == ("1",)
    values = {k: Fraction(v) for k, v in cert.values.items()}
    lam = Fraction(cert.lam)
    assert values["f(m)"] == lam * values["f(a)"] + (1 - lam) * values["f(b)"]


@pytest.mark.parametrize("text", [
    r"$-\log(s t - r^2)$ is concave for $s > 0, t > 0, s t > r^2$",
    r"$\log(x y - k^2)$ is concave on $x > 0, x y > k^2$",
])
def test_a_constraint_tying_the_letter_to_the_variables_makes_one_joint_set(text):
    claim = parse_claim(text)
    assert not claim.parameters and claim.readings == []
    assert len(claim.variables) == 3


def test_the_joint_reading_of_a_coupled_domain_isanswered():
    """-log(st - r^2) is convex (it is -log det of [[s, r], [r, t]]) and not concave: a curvature certificate
    inside s t > r^2 refutes the claim."""
    result = answered(r"$-\log(s t - r^2)$ is concave for $s > 0, t > 0, s t > r^2$")
    assert result.holds is False
    assert "not_concave" in result.facts


@pytest.mark.parametrize("text, variables", [
    (r"$\|x\|_2 = \sqrt{x_1^2 + x_2^2}$ is convex", ["x_1", "x_2"]),
    (r"$\|x\|_1 = |x_1| + |x_2|$ is convex on $\mathbb{R}^2$", ["x_1", "x_2"]),
    (r"$\|w\|_\infty = \max\{|w_1|, |w_2|, |w_3|\}$ is convex", ["w_1", "w_2", "w_3"]),
])
def test_a_vector_function_named_on_the_left_is_the_right_side_by_coordinates(text, variables):
    claim = parse_claim(text)
    assert [v.name for v in claim.variables] == variables
    assert "coordinates" in claim.note


def test_two_different_formulas_in_the_same_symbols_are_still_refused():
    from symconvex.errors import ClaimError

    with pytest.raises(ClaimError, match="different formulas"):
        parse_claim(r"$x^2 = x^3$ is convex")


@pytest.mark.parametrize("text, holds", [
    (r"$\|x\|_2 = \sqrt{x_1^2 + x_2^2}$ is strictly convex", False),   # linear along rays
    (r"$\|x\|_\infty = \max\{|x_1|, |x_2|\}$ is concave", False),
    (r"$\|x\|_1 = |x_1| + |x_2|$ is convex on $\mathbb{R}^2$", True),
])
def test_vector_norm_claims_areanswered(text, holds):
    assert answered(text).holds is holds


def test_a_formula_after_ie_restates_the_function():
    claim = parse_claim(r"Max function: $f(x) = \max\{x_1, \ldots, x_n\}$ with $n = 2$, i.e. $\max\{x_1, x_2\}$, "
                        r"is convex on $\mathbb{R}^2$")
    assert [v.name for v in claim.variables] == ["x_1", "x_2"]
    assert "i.e." in claim.note


def test_a_domain_before_ie_still_applies():
    """'|x| on x > 0, i.e. x': the domain stays, and x is affine there, so not strictly convex."""
    claim = parse_claim(r"$|x|$ on $x > 0$, i.e. $x$, is strictly convex")
    assert [str(c) for c in claim.domain] == ["x > 0"]
    assert answered(r"$|x|$ on $x > 0$, i.e. $x$, is strictly convex").holds is False


def test_irrational_interval_ends_also_give_a_polynomial_constraint():
    import sympy as sp

    from symconvex.claims import _implied_polynomial_bounds

    x = sp.Symbol("x", real=True)
    assert _implied_polynomial_bounds([x > -sp.sqrt(2) / 2, x < sp.sqrt(2) / 2]) == [sp.Rational(1, 2) - x**2 > 0]
    assert _implied_polynomial_bounds([x > 1 - sp.sqrt(2), x < 1 + sp.sqrt(2)]) == [-x**2 + 2*x + 1 > 0]
    assert _implied_polynomial_bounds([x > 0, x < sp.sqrt(3)]) == [x**2 < 3]
    assert _implied_polynomial_bounds([x >= -sp.sqrt(3), x <= sp.sqrt(3)]) == [3 - x**2 >= 0]   # closed ends
    assert _implied_polynomial_bounds([x > 0, x < 1]) == []                             # rational ends: no need
    assert _implied_polynomial_bounds([x > 0, x < sp.exp(sp.Rational(3, 2))]) == []   # not algebraic
    assert _implied_polynomial_bounds([x > sp.sqrt(3)]) == []                          # a half-line: not added


def test_each_implied_constraint_holds_on_the_interval_and_fails_outside():
    """The added constraint leaves the set the same: it holds at rational points inside and fails just outside
    (exact arithmetic)."""
    import sympy as sp

    from symconvex.claims import _implied_polynomial_bounds

    x = sp.Symbol("x", real=True)
    for lo, hi in [(-1 / sp.sqrt(2), 1 / sp.sqrt(2)), (1 - sp.sqrt(2), 1 + sp.sqrt(2)), (-1 / sp.sqrt(3), 1 / sp.sqrt(3))]:
        (c,) = _implied_polynomial_bounds([x > lo, x < hi])
        for t in (lo + sp.Rational(1, 1000), (lo + hi) / 2, hi - sp.Rational(1, 1000)):
            assert bool(c.subs(x, t)) is True
        for t in (lo - sp.Rational(1, 1000), hi + sp.Rational(1, 1000)):
            assert bool(c.subs(x, t)) is False


@pytest.mark.parametrize("text, holds", [
    (r"$y = e^{-x^2}$ is concave on $\left(-\frac{1}{\sqrt{2}}, \frac{1}{\sqrt{2}}\right)$", True),
    (r"$f(x) = \frac{1}{1 + x^2}$ is concave down on $\left(-\frac{1}{\sqrt{3}}, \frac{1}{\sqrt{3}}\right)$", True),
    (r"$e^{-x^2}$ is convex on $\left(-\frac{1}{\sqrt{2}}, 1\right)$", False),
])
def test_concavity_between_irrational_inflection_points(text, holds):
    assert answered(text).holds is holds


@pytest.mark.parametrize("text, variables, parameters", [
    (r"In the precision $\tau$, $-\frac{1}{2}\log\tau + \frac{\tau}{2}$ is convex on $\tau > 0$", ["tau"], []),
    (r"In the weights $w_1, w_2$, $(w_1 + w_2 - 1)^2$ is strictly convex", ["w_1", "w_2"], []),
    (r"In $x$, $x y$ is convex", ["x"], ["y"]),
])
def test_a_leading_in_clause_names_the_variables(text, variables, parameters):
    claim = parse_claim(text)
    assert [v.name for v in claim.variables] == variables
    assert [p.name for p in claim.parameters] == parameters


def test_a_leading_in_clause_with_a_relation_is_not_a_variable_list():
    from symconvex.errors import ClaimError

    with pytest.raises(ClaimError):
        parse_claim(r"In the limit $x \to 0$, $x^2$ is convex")


@pytest.mark.parametrize("text, variables, parameters", [
    # the stated set's letter is itself a parameter letter (c, a, k): the wording still settles the reading
    (r"$\frac{c^{1-\gamma}}{1-\gamma}$ is concave on $c > 0$ for $\gamma > 1$", ["c"], ["gamma"]),
    (r"$\frac{a}{x} + bx$ is convex on $x > 0$ for $a \ge 0$ and any $b$", ["x"], ["a", "b"]),
    (r"$k^{p}$ is convex on $k > 0$ for $p \ge 1$", ["k"], ["p"]),
    # every letter a parameter letter and a set on the real line: the Greek letter is the parameter
    (r"$\frac{c^{1-\gamma}}{1-\gamma}$ is concave on $\mathbb{R}_{++}$ for $\gamma > 1$", ["c"], ["gamma"]),
    (r"$a^\alpha$ is concave on $(0, \infty)$ when $0 < \alpha < 1$", ["a"], ["alpha"]),
])
def test_the_wording_settles_which_letters_are_parameters(text, variables, parameters):
    claim = parse_claim(text)
    assert [v.name for v in claim.variables] == variables
    assert [p.name for p in claim.parameters] == parameters
    assert claim.readings == []


@pytest.mark.parametrize("text", [
    r"$\frac{c^{1-\gamma}}{1-\gamma}$ is concave for $c > 0$ and $\gamma > 1$",   # no stated set: both readings
    r"$x y$ is convex on $x > 0$ for $y > 0$",          # y is no parameter letter: joint
    r"$\frac{c^{1-g}}{1-g}$ is concave on $c > 0$ for $g > 1$",   # g is no parameter letter
])
def test_a_wording_that_does_not_settle_keeps_the_joint_reading(text):
    claim = parse_claim(text)
    assert not claim.parameters


@pytest.mark.parametrize("text, holds", [
    # each was refuted from the joint reading (a function of (c, gamma) or (a, x)), which the wording does not mean
    (r"$\frac{c^{1-\gamma}}{1-\gamma}$ is concave on $c > 0$ for $\gamma > 1$", True),    # -gamma c^{-gamma-1} < 0
    (r"$\frac{c^{1-\gamma}}{1-\gamma}$ is concave on $\mathbb{R}_{++}$ for $\gamma > 1$", True),
    (r"$\frac{a}{x} + bx$ is convex on $x > 0$ for $a \ge 0$ and any $b$", True),          # 2a/x^3 >= 0
    (r"$k^{p}$ is convex on $k > 0$ for $p \ge 1$", True),
    (r"$a^\alpha$ is convex on $a > 0$ for $0 < \alpha < 1$", False),                       # concave, not affine
])
def test_the_worded_parameter_reading_is_answered(text, holds):
    assert answered(text).holds is holds


def test_a_joint_reading_without_a_settling_wording_is_not_answered_from_one_reading():
    """c and gamma are both parameter letters: "for $c > 0$ and $\\gamma > 1$" states no set of the function, so the
    joint reading (refuted) and the reading in c (holds) disagree: undecided, not refuted."""
    assert answered(r"$\frac{c^{1-\gamma}}{1-\gamma}$ is concave for $c > 0$ and $\gamma > 1$").holds is None


def test_an_inverse_hyperbolic_name_on_the_left_is_its_logarithm_on_the_right():
    """arcsinh x = log(x + sqrt(x^2 + 1)) is shown equal symbolically (as a logarithm), however it is spelled; a
    right side that differs stays a one-line error."""
    from symconvex.errors import ClaimError

    assert answered(r"$\sinh^{-1} x = \ln(x + \sqrt{x^2 + 1})$ is concave on $[0, \infty)$").holds is True
    claim = parse_claim(r"$\operatorname{arsinh}(x) = \log(x + \sqrt{1 + x^2})$ is convex on $x \le 0$")
    assert "same function" in claim.note
    with pytest.raises(ClaimError, match="different formulas"):
        parse_claim(r"$\sinh^{-1} x = \ln(x + \sqrt{x^2 + 2})$ is concave on $[0, \infty)$")


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("text", [
    r"$-y\log t - (1 - y)\log(1 - t)$ is convex on $0 < t < 1$ for $0 \le y \le 1$",   # jointly refuted
    r"$x y$ is convex on $x > 0$ for $y > 0$",
    r"$x^2 y$ is convex on $x > 0$ for $y > 0$",
])
def test_a_split_wording_with_any_letters_is_one_more_reading(text):
    """The set stated for t (x) and a condition on y alone: y fixed is a reading even though y is no conventional
    parameter letter. Read jointly these are refuted, for each y they hold: the readings disagree, so the claim is
    undecided, never refuted from the joint reading alone."""
    claim = parse_claim(text)
    assert not claim.parameters and [[p.name for p in r.parameters] for r in claim.readings][-1] == ["y"]
    result = answered(text)
    assert result.holds is None
    assert [r.holds for r in result.readings] == [True]


def test_a_split_reading_that_agrees_answers():
    assert answered(r"$x^2 + y^2$ is convex on $x > 0$ for $y > 0$").holds is True


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("text, variables, parameters, holds", [
    # "in x \in S" names the variable and its set: y is then fixed (it was read jointly and refuted)
    (r"$x y$ is convex in $x \in (0, 1)$ for $y > 0$", ["x"], ["y"], True),
    (r"$-y\log\lambda - (1 - y)\log(1 - \lambda)$ is convex in $\lambda \in (0, 1)$ for $0 \le y \le 1$",
     ["lambda"], ["y"], True),
    (r"$x^2 y^2$ is convex in $(x, y) \in \mathbb{R}^2$", ["x", "y"], [], False),
    (r"$x y$ is convex in $x, y \in (0, 1)$", ["x", "y"], [], False),
])
def test_a_membership_after_in_names_the_variables(text, variables, parameters, holds):
    claim = parse_claim(text)
    assert [v.name for v in claim.variables] == variables
    assert [p.name for p in claim.parameters] == parameters
    assert answered(text).holds is holds
