"""``parsing.sign_words``: a domain said in words about a variable's sign is read as the inequality it means, and
claims using it are decided on exactly that set (checked certificates)."""

from __future__ import annotations

import pytest

from answers import answered
from symconvex.parsing.sign_words import sign_words


@pytest.mark.parametrize("text, expected", [
    (r"$t^3$ is convex for positive $t$", r"$t^3$ is convex for $t > 0$"),
    (r"$t^3$ is convex for all non-negative $t$", r"$t^3$ is convex for $t \ge 0$"),
    (r"$w_1 w_2$ is concave for $w_1, w_2$ strictly positive", r"$w_1 w_2$ is concave for $w_1 > 0, w_2 > 0$"),
    (r"$-\theta^3$ is convex whenever $\theta$ is nonpositive", r"$-\theta^3$ is convex for $\theta \le 0$"),
    (r"$\ln x$ is concave over the positive real line", r"$\ln x$ is concave over $\mathbb{R}_{++}$"),
    (r"$t^2$ is convex on the nonnegative half-line", r"$t^2$ is convex on $\mathbb{R}_{+}$"),
])
def test_sign_phrases_become_inequalities(text, expected):
    assert sign_words(text) == expected


@pytest.mark.parametrize("text", [
    r"$x^2$ is convex for positive definite $A$",         # not a variable name: left for the reader
    r"$x + 1$ is positive for $x > 0$",
    r"the positive part $\max(x, 0)$ is convex",
])
def test_other_uses_of_sign_words_are_left_as_written(text):
    assert sign_words(text) == text


@pytest.mark.parametrize("claim, holds", [
    (r"$t^5$ is convex for nonnegative $t$", True),       # f'' = 20 t^3 >= 0
    (r"$t^5$ is convex for negative $t$", False),
    (r"$t^5$ is concave when $t$ is negative", True),
    (r"For positive $u$, $u \log u$ is convex", True),
    (r"$u v$ is convex for positive $u, v$", False),       # H = [[0, 1], [1, 0]] on the open quadrant
    (r"$\frac{1}{u}$ is convex on the positive reals", True),
    (r"$c u^2$ is concave in $u$ for negative $c$", True),  # c a parameter: its condition said in words
])
def test_claims_with_sign_words_are_decided_on_that_set(claim, holds):
    assert answered(claim).holds is holds
