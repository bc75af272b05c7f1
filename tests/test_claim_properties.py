"""Properties beyond the five: log-concave / log-convex (the curvature of log f, with f > 0 on f's own domain) and
compound claims ("convex but not strictly convex")."""

from __future__ import annotations

import pytest
import sympy as sp

from symconvex.check import verify
from symconvex.claims import check_claim, parse_claim

x = sp.Symbol("x", real=True)


@pytest.mark.parametrize("text, holds", [
    (r"$e^{-x^2}$ is log-concave", True),
    (r"$e^{x^2}$ is log-concave", False),
    (r"$\frac{1}{x}$ is log-convex on $x > 0$", True),
    (r"$\sigma(x)$ is log-concave", True),
    (r"$e^{x^2}$ is log-convex", True),
    (r"$e^{-x^2}$ is strictly log-concave", True),
])
def test_log_curvature_is_the_curvature_of_log_f(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    assert result.claim.function.has(sp.log) or result.claim.display.startswith("log(")
    assert all(verify(c) == c.statement for c in result.certificates)


def test_log_concavity_is_read_on_f_s_own_domain_not_where_log_f_is_defined():
    # x is not log-concave on R (it is not positive there); reading it on x > 0 would answer "holds"
    claim = parse_claim(r"$x$ is log-concave")
    assert claim.domain == []        # all of R, f's own (natural) domain
    assert check_claim(r"$x$ is log-concave", timeout=30).holds is None


@pytest.mark.parametrize("text, holds", [
    (r"$|x|$ is convex but not strictly convex", True),
    (r"$x^2$ is convex but not strictly convex", False),
    (r"$x^2$ is convex and not concave", True),
    (r"$x^3$ is convex but not concave", False),
])
def test_a_compound_claim_holds_when_every_part_does(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    assert len(result.claim.also) == 1


def test_mixing_log_and_plain_curvature_is_refused():
    from symconvex.errors import ClaimError
    with pytest.raises(ClaimError, match="mixing log-concavity"):
        parse_claim(r"$e^{x}$ is log-concave but not concave")


@pytest.mark.parametrize("text, holds, function", [
    (r"Let $f(x) = x^3$. Then $f$ is not convex.", True, "x**3"),
    (r"Let $h(x, y) = x^2 - y^2$. Then $h$ is not concave.", True, "x**2 - y**2"),
    (r"$f:\mathbb{R}^2 \to \mathbb{R}$, $f(x, y) = x y$ is not jointly convex", True, "x*y"),
    (r"Let $f:\mathbb{R}^2 \to \mathbb{R}$, $f(x, y) = x^2 + 3y^2 - 2xy$. Then $f$ is strictly convex.", True,
     "x**2 - 2*x*y + 3*y**2"),
    (r"$x y$ is jointly convex in $x$ and $y$", False, "x*y"),
])
def test_let_then_signatures_and_jointly_read_as_people_write_them(text, holds, function):
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    assert sp.sstr(result.claim.function) == function


@pytest.mark.parametrize("text, holds, function", [
    (r"$\|(x_1, x_2)\|_2^2$ is strictly convex", True, "x_1**2 + x_2**2"),
    (r"$\|(x, y)\|_\infty$ is convex", True, "Max(Abs(x), Abs(y))"),
    (r"$\|(x, y)\|_1$ is strictly convex", False, "Abs(x) + Abs(y)"),
    (r"$\|(x, y)\|$ is convex", True, "sqrt(x**2 + y**2)"),
    (r"$\|x - y\|_2^2$ is convex in $(x, y)$ for $x, y \in \mathbb{R}$", True, "(x - y)**2"),
])
def test_norms_of_tuples_are_read(text, holds, function):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and sp.sstr(result.claim.function) == function


def test_integer_p_norms_are_read_and_others_are_a_one_line_error():
    from symconvex.errors import ClaimError
    x, y = sp.symbols("x y", real=True)
    assert parse_claim(r"$\|(x, y)\|_3$ is convex").function == (sp.Abs(x) ** 3 + sp.Abs(y) ** 3) ** sp.Rational(1, 3)
    assert parse_claim(r"$\|(x, y)\|_4^4$ is convex").function == x ** 4 + y ** 4
    with pytest.raises(ClaimError, match="1.5-norm"):
        parse_claim(r"$\|(x, y)\|_{1.5}$ is convex")


@pytest.mark.parametrize("text, holds", [
    (r"$-f$ is concave where $f(x)=\log x$", False),      # -log x is convex and not concave
    (r"$2f$ is concave where $f(x)=x^2$", False),
    (r"$\sigma^2$ is convex", False),                     # (sigma^2)'' < 0 at x = 2
    (r"$-\sigma$ is convex", False),
    (r"$1-\sigma$ is concave", False),
    (r"$\phi + 1$ is convex where $\phi(t)=-t^2$", False),
])
def test_a_function_name_inside_a_formula_is_the_function_not_a_variable(text, holds):
    """New-user trial: these were answered 'holds' with the name read as a variable (an affine function)."""
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    assert all(not s.name.startswith(("f", "sigma", "phi")) for s in result.claim.function.free_symbols)


@pytest.mark.parametrize("text, message", [
    (r"$-g$ is convex", "names a function the claim does not define"),
    ("ridge regression is convex", "is a word, not a formula"),
    ("lasso is convex", "is a word, not a formula"),
    (r"$\sqrt[3]{x}$ is concave", "odd root"),
    (r"$x^{5/3}$ is convex", "odd root"),
    (r"$x^2$ is convex on $x > 1, x < 0$", "empty"),
])
def test_readings_that_would_answer_another_question_are_one_line_errors(text, message):
    from symconvex.errors import InputError
    with pytest.raises(InputError, match=message):
        check_claim(text, timeout=30)


@pytest.mark.parametrize("text, holds", [
    ("sigmoid is concave", False),
    ("relu is convex", True),
    (r"$x^2$ is a convex function of $x$", True),
])
def test_function_words_and_function_of(text, holds):
    assert check_claim(text, timeout=30).holds is holds
