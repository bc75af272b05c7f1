r"""Statements written for Lean (mathlib 4 and 3), Isabelle and Mathematica, read as the claims they make
(``tool_statements``) and answered like any claim, with the tools' total functions kept in mind."""

import pytest

from symconvex import ClaimError, check_claim
from symconvex.check import verify
from symconvex.tool_statements import read_tool_statement


@pytest.mark.parametrize("text, claim, tool", [
    ("theorem convexOn_exp : ConvexOn ℝ univ exp", r"$\exp(x)$ is convex in $x$ on $x \in \mathbb{R}$",
     "Lean (mathlib)"),
    ("StrictConcaveOn ℝ (Set.Ioi 0) Real.log", r"$\log(x)$ is strictly concave in $x$ on $0 < x$", "Lean (mathlib)"),
    ("StrictConcaveOn ℝ (Icc 0 π) sin", r"$\sin(x)$ is strictly concave in $x$ on $0 \le x$ and $x \le \pi$",
     "Lean (mathlib)"),
    ("¬ConvexOn ℝ univ fun x : ℝ => x ^ 3", r"$x ^ 3$ is not convex in $x$ on $x \in \mathbb{R}$", "Lean (mathlib)"),
    ("theorem convexOn_rpow {p : ℝ} (hp : 1 ≤ p) : ConvexOn ℝ (Set.Ici 0) fun x : ℝ => x ^ p := by positivity",
     r"$x ^ p$ is convex in $x$ on $0 \le x$ and $1 \le p$", "Lean (mathlib)"),
    ("ConvexOn ℝ (Set.univ ×ˢ Set.Ioi 0) fun p : ℝ × ℝ => p.1 ^ 2 / p.2",
     r"$p_1 ^ 2 / p_2$ is convex in $p_1, p_2$ on $p_1 \in \mathbb{R}$ and $0 < p_2$", "Lean (mathlib)"),
    ("convex_on ℝ (set.Ici 0) (λ x, x^2)", r"$x^2$ is convex in $x$ on $0 \le x$", "Lean (mathlib)"),
    ("ConcaveOn ℝ {t | 0 < t} Real.log", r"$\log(x)$ is concave in $x$ on $0 < x$", "Lean (mathlib)"),
    ("ConvexOn ℝ {t : ℝ | 0 < t ∧ t < 1} fun x => -Real.log x",
     r"$-\log x$ is convex in $x$ on $0 < x$ and $x < 1$", "Lean (mathlib)"),
    ('lemma "concave_on {0<..} ln"', r"$\log(x)$ is concave in $x$ on $0 < x$", "Isabelle"),
    ('lemma convex_on_exp: "convex_on UNIV exp"', r"$\exp(x)$ is convex in $x$ on $x \in \mathbb{R}$", "Isabelle"),
    ('lemma "convex_on {..<1} (λx. - ln (1 - x))"', r"$- \log (1 - x)$ is convex in $x$ on $x < 1$", "Isabelle"),
    ("FunctionConvexity[x^2, x] == 1", r"$x^2$ is convex and not affine in $x$ on $x \in \mathbb{R}$", "Mathematica"),
    ("FunctionConvexity[{x y, x > 0 && y > 0}, {x, y}] == Indeterminate",
     r"$x y$ is neither convex nor concave in $x, y$ on $x > 0$ and $y > 0$", "Mathematica"),
    ("FunctionConvexity[Abs[x], x, StrictInequalities -> True] == 1",
     r"$\left|x\right|$ is strictly convex in $x$ on $x \in \mathbb{R}$", "Mathematica"),
    ("FunctionConvexity[{Log[x] + Sqrt[x], x > 0}, x] == -1",   # Mathematica's calls shown in LaTeX
     r"$\log\left(x\right) + \sqrt{x}$ is concave and not affine in $x$ on $x > 0$", "Mathematica"),
])
def test_a_tool_statement_is_read_as_its_claim(text, claim, tool):
    reading = read_tool_statement(text)
    assert (reading.claim, reading.tool) == (claim, tool)


def test_claims_that_are_not_tool_statements_are_left_to_the_claim_reader():
    assert read_tool_statement(r"$x^2$ is convex on $x > 0$") is None
    assert read_tool_statement("the convex_on_exp lemma of Isabelle") is None   # a lemma's name, not a statement
    with pytest.raises(ClaimError):
        check_claim("the convex_on_exp lemma of Isabelle", timeout=10)


@pytest.mark.parametrize("text, holds", [
    ("theorem convexOn_exp : ConvexOn ℝ univ exp", True),
    ("StrictConcaveOn ℝ (Set.Ioi 0) Real.log", True),
    ("StrictConcaveOn ℝ (Icc (-(π / 2)) (π / 2)) cos", True),
    ("¬ConvexOn ℝ univ fun x : ℝ => x ^ 3", True),
    ("ConvexOn ℝ univ fun p : ℝ × ℝ => p.1 * p.2", False),
    ("ConvexOn ℝ (Set.univ ×ˢ Set.Ioi 0) fun p : ℝ × ℝ => p.1 ^ 2 / p.2", True),
    ("theorem convexOn_rpow {p : ℝ} (hp : 1 ≤ p) : ConvexOn ℝ (Set.Ici 0) fun x : ℝ => x ^ p", True),
    ("ConcaveOn ℝ (Ici 0) fun x : ℝ => x ^ (1/2 : ℝ)", True),
    ('lemma "convex_on {0<..} (λx. - ln x)"', True),
    ('lemma "concave_on {0..} (λx. x powr 2)"', False),
    ("QuasiconvexOn ℝ univ fun x : ℝ => x ^ 3", True),
    ("QuasiconvexOn ℝ univ fun p : ℝ × ℝ => p.1 ^ 2 - p.2 ^ 2", False),
    ("FunctionConvexity[x^2, x] == 1", True),
    ("FunctionConvexity[x, x] == 1", False),    # an affine function's convexity is 0
    ("FunctionConvexity[x, x] == 0", True),
    ("FunctionConvexity[{Log[x], x > 0}, x] == -1", True),
    ("FunctionConvexity[x^3, x] == Indeterminate", True),
    ("FunctionConvexity[Abs[x], x, StrictInequalities -> True] == 1", False),
    ("FunctionConvexity[x^2 Abs[x], x, StrictInequalities -> True] == 1", True),
])
def test_tool_statements_are_answered_with_checked_certificates(text, holds):
    result = check_claim(text, timeout=60)
    assert result.holds is holds
    assert result.verified and result.certificates
    for cert in result.certificates:
        verify(cert)
    assert "statement" in str(result.to_dict())   # the reading says which tool's statement was read


@pytest.mark.parametrize("text", [
    # Lean's log is total (log 0 = 0, log x = log |x|): concave on [0, oo) and on R are false there, and the
    # answer by limits at 0 (log 0 = -oo) is not an answer about Lean's log
    "ConcaveOn ℝ (Set.Ici 0) Real.log",
    "ConcaveOn ℝ univ Real.log",
    # Mathematica: a function that is not real-valued on the region has convexity Indeterminate, not -1
    "FunctionConvexity[Log[x], x] == -1",
    "FunctionConvexity[Sqrt[x], x] == -1",
])
def test_a_tool_statement_about_a_total_function_is_not_proved_by_limits(text):
    assert check_claim(text, timeout=60).holds is None


@pytest.mark.parametrize("text, words", [
    ("theorem convexOn_pow (n : ℕ) : ConvexOn ℝ (Ici 0) fun x : ℝ => x ^ n", "real parameters"),
    ("ConvexOn ℝ (Ici 0) fun x : ℝ => x ^ (1/2)", "1/2 = 0"),
    ("ConvexOn ℝ univ fun x => max x 0", "'max'"),
    ('lemma "convex_on {-1..1} (λx. x powr 2)"', "unspecified"),
    ("ConvexOn ℝ univ", "a set and a function"),
    ("ConvexOn 𝕜 univ exp", "the field ℝ"),
    ("FunctionConvexity[x^2 + y^2, {x, y}]", "asks for a value"),
    ("FunctionConvexity[x^2, x, StrictInequalities -> True] == 0", "never 0"),
])
def test_a_tool_statement_that_cannot_be_read_faithfully_is_refused_in_one_line(text, words):
    with pytest.raises(ClaimError) as refused:
        check_claim(text, timeout=30)
    assert words in str(refused.value) and "\n" not in str(refused.value)
