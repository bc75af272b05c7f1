"""What a new user met when trying the product from the README (session 13, docs/TRIAL_13.md), each with the
behaviour now asserted.

- The LaTeX proof of a claim refuted by an exact Jensen equality ("$|x - 1| + 3$ is strictly convex") captioned
  its figure "the graph lies below the chord, which convexity forbids": false twice (the graph meets the chord;
  convexity allows that, strict convexity does not). Now the caption states what the certificate shows.
- A claim with parameters was typeset with the parameters' condition as the set of the variable: "|x|^p is
  strictly convex on {x ∈ ℝ : p ≥ 1}"; "xy is convex in x for fixed y" did not mention y at all. Now "on ℝ, for
  every real p with p ≥ 1", "for every real y".
- The proof of a higher-order saddle was titled "A function that is saddle" and expanded φ_u(t) as
  "1 + (−2) t³"; now "A function with a saddle point" and "1 − 2 t³".
- The proof of the ReLU neuron's spurious minimum named its bias b^{(1)}_1 in the formula and "b1_1" in the
  sentence after it, which began with a comma after the displayed formula.
"""

from __future__ import annotations

import re

import pytest

from symconvex.check import verify
from symconvex.claims import ClaimError, check_claim
from symconvex.cli import main
from symconvex.latex import to_latex


def _flat(tex: str) -> str:
    return " ".join(tex.split())


def _captions(tex: str) -> list[str]:
    return re.findall(r"\\caption\{(.*?)\}\\label", _flat(tex))


@pytest.mark.parametrize("text, refutes, shown", [
    # |x - 1| + 3 at a = 1, b = 3 (both right of the kink): f(2) = 4 = (f(1) + f(3)) / 2, the chord exactly
    (r"$|x-1| + 3$ is strictly convex", "strictly_convex",
     "meets the chord or lies above it, which strict convexity forbids"),
    # max(x^2, 1) is 1 on [-1, 1]: flat there, on its chords
    (r"$\max(x^2, 1)$ is strictly convex", "strictly_convex",
     "meets the chord or lies above it, which strict convexity forbids"),
    # -|x| is affine on x >= 0: not strictly concave
    (r"$-|x|$ is strictly concave", "strictly_concave",
     "meets the chord or lies below it, which strict concavity forbids"),
])
def test_midpoint_figure_of_a_strict_refutation_says_what_it_shows(text, refutes, shown):
    result = check_claim(text, timeout=30)
    assert result.holds is False and result.verified
    fact = "not_" + refutes
    cert = result.analysis.certificates[result.analysis.facts[fact][0]]
    assert cert.kind == "midpoint" and cert.refutes == refutes and verify(cert) == fact
    captions = [c for c in _captions(to_latex([cert])) if "the chord between its end values" in c]
    assert len(captions) == 1 and shown in captions[0]
    assert "which convexity forbids" not in captions[0] and "which concavity forbids" not in captions[0]


def test_midpoint_figures_of_plain_refutations_keep_their_captions():
    # relu(x) - relu(2x - 2) is 0, x, 2 - x on x <= 0, [0, 1], x >= 1: a kink up at 0 and a kink down at 1
    result = check_claim(r"$\max(x, 0) - \max(2x - 2, 0)$ is convex", timeout=30)
    assert result.holds is False and result.verified
    shown = {"convex": "lies above the chord, which convexity forbids",
             "concave": "lies below the chord, which concavity forbids"}
    seen = set()
    for cert in result.analysis.certificates:
        if cert.kind == "midpoint":
            assert verify(cert) == "not_" + cert.refutes
            captions = [c for c in _captions(to_latex([cert])) if "the chord between its end values" in c]
            assert len(captions) == 1 and shown[cert.refutes] in captions[0]
            seen.add(cert.refutes)
    assert seen == {"convex", "concave"}


@pytest.mark.parametrize("text, statement", [
    (r"$|x|^p$ is strictly convex in $x$ for $p \ge 1$",
     r"is strictly convex on $\mathbb{R}$, for every real $p$ with $p \geq 1$."),
    (r"$xy$ is convex in $x$ for fixed $y$", r"is convex on $\mathbb{R}$, for every real $y$."),
    (r"$a x^2$ is convex for $a > 0$", r"is convex on $\mathbb{R}$, for every real $a$ with $a > 0$."),
    (r"$x\log(x/y)$ is convex on $\mathbb{R}^2_{++}$ in $x$ for fixed $y$",
     r"is convex on $\{x \in \mathbb{R} : x > 0\}$, for every real $y$ with $y > 0$."),
])
def test_a_claim_with_parameters_is_typeset_for_every_parameter_value(text, statement):
    result = check_claim(text, timeout=30)
    assert result.holds is not None and result.verified
    claim = next(line for line in _flat(to_latex(result)).split(r"\noindent") if r"\textbf{Claim.}" in line)
    assert statement in claim


def test_a_claim_without_parameters_has_no_for_every_clause():
    result = check_claim(r"$x^2 y^2$ is convex", timeout=30)
    assert result.holds is False
    tex = _flat(to_latex(result))
    assert r"of the real variables $x, y$ is convex on $\mathbb{R}^{2}$." in tex and "for every real" not in tex


@pytest.mark.parametrize("expr, title, expansion", [
    # along u = (-1, -1, 1): (t^3 - 1)^2 = 1 - 2t^3 + t^6; along (-1, -1, -1): 1 + 2t^3 + t^6
    ("(w_1 w_2 w_3 - 1)^2", "A function with a saddle point",
     r"\varphi_u(t) = 1 - 2\,t^{3} + O(t^{4}), \qquad \varphi_v(t) = 1 + 2\,t^{3} + O(t^{4})"),
    # x^3 - 3 x y^2 (the monkey saddle) at 0: along (1, 1) it is t^3 - 3t^3 = -2t^3, along (1, 0) it is t^3
    ("x^3 - 3 x y^2", "A function with a saddle point",
     r"\varphi_u(t) = -2\,t^{3} + O(t^{4}), \qquad \varphi_v(t) = t^{3} + O(t^{4})"),
    ("x^2 - y^2", "A function with a strict saddle point", r"\varphi_u''(0) = -2 < 0"),
])
def test_a_saddle_proof_is_titled_by_the_point_and_expands_with_signs(tmp_path, capsys, expr, title, expansion):
    path = tmp_path / "s.tex"
    assert main(["landscape", expr, "--latex", str(path)]) == 0
    capsys.readouterr()
    tex = _flat(path.read_text())
    assert r"\title{%s}" % title in tex and "that is saddle" not in tex
    assert expansion in tex and "+ (-" not in tex and r"\left(-" not in tex.split(r"\varphi_u(t) =")[-1][:60]


def test_the_relu_minimum_proof_names_the_bias_as_its_formula_does():
    from symconvex.latex.minima import single_neuron_tex
    from symconvex.latex.minimum import document
    from symconvex.relu_minimum import certify_relu_minima, relu_neuron

    result = certify_relu_minima()
    assert len(result.spurious) == 1 and verify(result.spurious[0]) == "spurious_local_minimum"
    tex = _flat(document(result.spurious[0], subject=single_neuron_tex(relu_neuron().spec)))
    assert r"\] a function of the 2 variables $W^{(1)}_{11}, b^{(1)}_{1}$." in tex
    assert "b1_" not in tex and r"\], a function" not in tex
    assert r"$b^{(1)}_{1}$ & $" in tex   # the table of the box's centre


# ------------------------------------------------------------------------------------------- claims as typed
def _subject(result) -> str:
    from symconvex.pretty import pretty

    return pretty(result.claim.function)


@pytest.mark.parametrize("text, holds, function, domain", [
    # a plain formula, then the condition between dollars (typed half one way, half the other)
    (r"exp(x) is convex for $x > 0$", True, "e^x", "x > 0"),
    (r"relu(x) is convex for $x > 0$", True, "relu(x)", "x > 0"),
    (r"sigmoid(x) is concave for $x > 0$", True, "σ(x)", "x > 0"),   # sigma'' = s(1 - s)(1 - 2s) < 0 for x > 0
    (r"x^2 y^2 is convex on $x > 0, y > 0$", False, "x²·y²", "x > 0, y > 0"),   # Hessian at (1, 1): [[2, 4], [4, 2]]
    # an activation named in words with a domain after the property
    ("The sigmoid function is concave on the positive reals", True, "σ(x)", "x > 0"),
    ("The sigmoid activation is concave on the positive reals", True, "σ(x)", "x > 0"),
    (r"The tanh function is concave for $x \ge 0$", True, "tanh(x)", "x ≥ 0"),   # tanh'' = -2 tanh sech^2 <= 0
])
def test_a_claim_typed_half_plain_is_read_as_written(text, holds, function, domain):
    from symconvex.pretty import pretty

    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert _subject(result) == function
    assert ", ".join(pretty(c) for c in result.claim.domain) == domain


@pytest.mark.parametrize("text, holds, function", [
    ("Is the ReLU function convex?", True, "relu(x)"),
    ("Is the sigmoid function convex?", False, "σ(x)"),   # sigma'' changes sign at 0
    ("Is the exponential function convex?", True, "e^x"),
    ("Is the natural logarithm concave?", True, "log(x)"),
    ("Is the absolute value function strictly convex?", False, "|x|"),   # |x| is linear on x >= 0
])
def test_a_question_about_a_function_named_in_words_is_answered(text, holds, function):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert _subject(result) == function
    assert "a question, answered as the claim it asks about" in result.claim.note


@pytest.mark.parametrize("text", [r"1 - $x^2$ is concave", r"minus $x^2$ is convex"])
def test_a_formula_running_into_the_math_stays_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text, timeout=30)


# --------------------------------------------------------------------- a set beyond where the function is defined
@pytest.mark.parametrize("text, point, need", [
    (r"$\log x$ is concave on $\mathbb{R}$", "x = 0", "x > 0"),
    (r"$\log x$ is concave on $x > -1$", "x = 0", "x > 0"),
    (r"$\sqrt{x}$ is concave on $x \ge -1$", "x = -1", "x ≥ 0"),
    (r"$\sqrt{1 - x^2}$ is concave on $[-2, 2]$", "x = -2", "1 - x² ≥ 0"),
    (r"$\log(xy)$ is concave on $x > 0$", "x = 1, y = 0", "x·y > 0"),
])
def test_an_undecided_claim_on_a_set_beyond_the_functions_domain_says_where(text, point, need):
    # each function is concave where it is defined, but the claim's set holds a point where it has no value
    result = check_claim(text, timeout=30)
    assert result.holds is None
    assert (f"the function is undefined at {point}, a point of the domain (it needs {need}): state a domain where "
            "it is defined") in result.explanation


def test_undefined_point_is_exact_and_only_inside_the_domain():
    import sympy as sp

    from symconvex.domain import Domain, undefined_point

    x, y = sp.symbols("x y", real=True)
    assert "undefined at x = 0" in undefined_point(1 / x, (x,), Domain.build((x,), [x > -1]))   # needs x ≠ 0
    assert undefined_point(1 / x, (x,), Domain.build((x,), [x > 0])) == ""
    assert undefined_point(sp.log(x + y), (x, y), Domain.build((x, y), [x > 0, y > 0])) == ""
    assert undefined_point(sp.log(1 + sp.exp(x)), (x,), None) == ""   # defined everywhere: nothing to say


# ------------------------------------------------------------------ values after the variables: "in $w$ at $x = 1$"
@pytest.mark.parametrize("text, holds, function", [
    (r"$(w - x)^2$ is convex in $w$ at $x = 1$", True, "(w - 1)²"),
    (r"$(w_1 w_2 - x)^2$ is convex in $w_1, w_2$ at $x = 1$", False, "(w₁·w₂ - 1)²"),   # indefinite Hessian at (2, 2)
    (r"$\frac{1}{1 + e^{-(w x + b)}}$ is convex in $(w, b)$ at $x = 1$", False, "1/(e^(-b - w) + 1)"),
    ("(w - x)^2 is convex in w at x = 1", True, "(w - 1)²"),   # typed without $...$
])
def test_values_after_the_variables_are_the_other_letters_values(text, holds, function):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert _subject(result) == function


def test_a_value_for_a_variable_after_at_is_not_taken_as_data():
    # "convex in $x$ at $x = 1$" asks about a point of the variable: never the constant 1^3
    with pytest.raises(ClaimError, match="x is listed as a variable but also given a value"):
        check_claim(r"$x^3$ is convex in $x$ at $x = 1$", timeout=30)


@pytest.mark.parametrize("text", [r"$w^3$ is convex in $w$ at $w_0 = 1$", r"$x^3$ is convex in $x$ at $y = 1$"])
def test_a_value_after_at_for_a_letter_the_formula_lacks_is_not_dropped(text):
    # w^3 is convex near w = 1 but not on R: "at $w_0 = 1$" may name the point, so it is never read as data (the
    # global answer, refuted, would answer another question)
    with pytest.raises(ClaimError):
        check_claim(text, timeout=30)


# ------------------------------------------------------------------------------------------ Jupyter displays
@pytest.mark.parametrize("text, kind, shown", [
    # every answer check_claim returns displays itself in Jupyter (README: "answers display themselves")
    ("A neural network with linear activations and square loss is convex", "FamilyResult",
     r"The claim \textbf{is refuted}. $\mathcal{L}$ is \textbf{not convex}: curvature certificate"),
    (r"$(w_1 w_2 w_3 - 1)^2$ has a saddle point at the origin", "SaddleClaimResult",
     r"The claim \textbf{holds}. $f$ has \textbf{a saddle point}: saddle certificate"),
    (r"$x^2 - y^2$ has a saddle point at the origin", "SaddleClaimResult",
     r"The claim \textbf{holds}. $f$ has \textbf{a strict saddle point}: saddle certificate"),
    (r"$\sum_{i=1}^{n} (y_i - w x_i)^2$ is convex in $w$", "SumResult",
     r"The claim \textbf{holds}. $f$ is \textbf{convex}: rules certificate"),
])
def test_every_kind_of_answer_has_a_latex_display(text, kind, shown):
    result = check_claim(text, timeout=30)
    assert type(result).__name__ == kind and result.verified
    assert result._repr_latex_().startswith(shown)


def test_a_compound_answer_displays_each_part_with_its_own_function():
    # x^2 is convex, -x^2 is not: the sentence is refuted by its second part
    result = check_claim(r"$x^2$ and $-x^2$ are convex", timeout=30)
    assert type(result).__name__ == "CompoundResult" and result.holds is False
    lines = result._repr_latex_().splitlines()
    assert lines[0] == r"The claim \textbf{is refuted}."
    assert lines[1].startswith(r"\\ Part 1 ($f = x^{2}$): The claim \textbf{holds}.")
    assert lines[2].startswith(r"\\ Part 2 ($f = - x^{2}$): The claim \textbf{is refuted}.")


@pytest.mark.parametrize("text, shown", [
    ("hello", "no property after the formula 'hello'"),
    ("$x^2$", "no property after the formula 'x^2'"),
    ("x^2 + y^2", "no property after the formula 'x^2 + y^2'"),
    ("$x^2$ is", "no property at the end of the claim"),
])
def test_a_claim_without_a_property_says_what_was_read_as_its_formula(text, shown):
    # was "expected a property (...) after the function, found 'nothing'"
    with pytest.raises(ClaimError) as refused:
        check_claim(text, timeout=30)
    assert str(refused.value).startswith(shown) and "e.g. '$x^2$ is convex'" in str(refused.value)


@pytest.mark.parametrize("text, natural", [
    (r"$\log x$ is concave on $\mathbb{R}$", False),   # stated: all of R (log is undefined on part of it)
    ("FunctionConvexity[Log[x], x] == -1", False),      # Mathematica's statement is about x in R
    (r"$xy$ is convex on $\mathbb{R}^2$", False),
    (r"$\log x$ is concave", True),                      # no set stated: log's natural domain x > 0
])
def test_the_web_reading_names_a_stated_whole_space(text, natural):
    from symconvex.web import html_fragment

    reading = re.search(r"<p class=reading>(.*?)</p>", html_fragment(check_claim(text, timeout=30)), re.S).group(1)
    assert reading.endswith(" on its natural domain") is natural
    if not natural:
        assert re.search(r" on <math[^>]*>.*ℝ.*</math>$", reading, re.S)


def test_a_certified_minimum_prints_an_outward_enclosure_of_its_value(capsys):
    from fractions import Fraction

    from symconvex.cli import _enclosure

    # (x^2 - 1)^2 + x/4 + y^2 near (0.97, 0): f(x*) = 0.24596335780479..., printed as a true enclosure
    assert main(["landscape", "(x^2 - 1)^2 + x/4 + y^2", "--near", "0.9,0", "--better", "-1,0"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    lo, hi = (Fraction(v) for v in re.search(r"f there lies in \[([0-9.]+), ([0-9.]+)\]", line).groups())
    assert lo < hi and hi - lo <= Fraction(1, 10**14)
    assert "at q = (-1, 0)" in line
    # rounded outward, never to nearest: 1/3 to 3 digits is [0.333, 0.334]; an exact value stays a point
    assert _enclosure(Fraction(1, 3), Fraction(1, 3), 3) == "[0.333, 0.334]"
    assert _enclosure(Fraction(-2, 3), Fraction(-1, 3), 2) == "[-0.67, -0.33]"
    assert _enclosure(Fraction(1, 4), Fraction(1, 4), 5) == "[0.25, 0.25]"


@pytest.mark.parametrize("layers, data, loss", [
    ([1, 1], [(1, 2), (2, 3)], "squared"),                       # least squares: (w + b - 2)^2 + (2w + b - 3)^2
    ([2, 1], [((1, 0), 1), ((0, 1), 0), ((1, 1), 1)], "logistic"),   # logistic regression
])
def test_a_convex_network_loss_is_also_shown_not_concave(layers, data, loss):
    # `symconvex net` printed "convex; proved: convex, not strictly concave", leaving open whether it is affine
    from symconvex import Network, analyze

    result = analyze(Network(layers, "identity", data=data, loss=loss))
    assert result.curvature.value == "convex" and result.is_concave is False
    assert sorted(verify(c) for c in result.certificates) == ["convex", "not_concave"]
    assert {"convex", "not_concave", "not_affine"} <= set(result.facts)
