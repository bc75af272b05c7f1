r"""A math label glued to a hyphenated word in the lead ("The $\epsilon$-insensitive loss", "the $\ell_1$-regularized
objective") names the function; the formula after it is the subject (symconvex/compound_words.py)."""

from __future__ import annotations

from answers import answered
from symconvex.compound_words import drop_compound_math


def test_an_insensitive_loss_is_read_by_its_formula():
    result = answered(r"The $\delta$-insensitive penalty $\max(0, |u - 1| - \delta)$ is convex in $u$ "
                      r"for $\delta \ge 0$")
    assert result.holds is True
    assert [v.name for v in result.claim.variables] == ["u"]


def test_a_regularized_objective_is_refuted_by_its_own_formula():
    # (w^2 - 1)^2 + |w| is not convex: f(0) = 1 > (f(-1) + f(1))/2 = 1 is an equality, but f(1/2) = 9/16 + 1/2
    result = answered(r"The $\ell_1$-regularized objective $(w^2 - 1)^2 + |w|$ is convex")
    assert result.holds is False and "not_convex" in result.facts
    assert answered(r"The $\ell_2$-penalized loss $(w - 3)^2 + w^2$ is strictly convex").holds is True


def test_only_a_short_label_before_the_formula_is_dropped():
    assert drop_compound_math(r"The $k$-means cost $(a - 1)^2$ is convex") == r"The means cost $(a - 1)^2$ is convex"
    for text in (r"$x$-convexity of $x^2$",                        # no lead words
                 r"The $x \le 1$-part $x^2$ is convex",             # a relation is not a label
                 r"The loss $f$-divergence is convex",               # no math block after it
                 r"The map $x^2$ on the $y$-axis is convex"):        # not before the first formula
        assert drop_compound_math(text) == text
