r"""Norms of a vector of unstated size (``vector_norms``): ``\|w\|_1`` is about w in R^d for every d, not only about w a
number. Before this module, "$\|w\|_2^2 - \frac{1}{2}\|w\|_1^2$ is convex in $w$" was answered "holds" about w a
number (w^2/2), false for d = 2: (|w_1| - |w_2|)^2 / 2 is not convex along (t, 1)."""

from fractions import Fraction

import pytest

from symconvex import check_claim
from symconvex.check import verify
from symconvex.vector_norms import vector_letters


def test_vector_letters_are_undeclared_letters_alone_inside_a_norm():
    assert vector_letters(r"$\|w\|_2^2 - \frac{1}{2}\|w\|_1^2$ is convex in $w$") == {"w": {("w", "2"), ("w", "1")}}
    assert vector_letters(r"$\|x\|_\infty + \|\beta\|$ is convex") == {"x": {("x", "inf")}, "\\beta": {("\\beta", "2")}}
    assert vector_letters(r"$\lVert x - y \rVert_1$ is convex") == {"x": {("x-y", "1")}, "y": {("x-y", "1")}}
    assert vector_letters(r"$\|x\|_1$ is convex for $x \in \mathbb{R}^3$") == {}
    assert vector_letters(r"$\|Xw - y\|^2$ is convex in $w$") == {}    # a matrix-vector product: matrix_rows


def _mixed_norms_at(d1, d2):
    """||w||_2^2 - ||w||_1^2 / 2 at w = (d1, d2), exactly: the d = 2 member of the claim."""
    return Fraction(d1 * d1 + d2 * d2) - Fraction((abs(d1) + abs(d2)) ** 2, 2)


def test_a_proof_for_a_number_is_not_an_answer_for_every_dimension():
    # the d = 2 member is not convex: its midpoint (0, 1) of (-1, 1) and (1, 1) lies above the chord
    assert _mixed_norms_at(0, 1) > (_mixed_norms_at(-1, 1) + _mixed_norms_at(1, 1)) / 2
    result = check_claim(r"$\|w\|_2^2 - \frac{1}{2}\|w\|_1^2$ is convex in $w$", timeout=30)
    assert result.holds is None
    assert "vector of any dimension" in result.explanation


@pytest.mark.parametrize("text, holds", [
    # refutations for d = 1 hold for every d (the function on the first axis is its d = 1 reading)
    (r"$\|x\|_2$ is strictly convex", False),
    (r"$\|x\|_1$ is strictly convex", False),
    (r"$\sqrt{\|x\|_1}$ is concave", False),
    (r"$\|x\|_\infty$ is concave", False),
    # g(||x||_p) with g(|t|) convex (concave): g monotone on [0, inf), convex (concave) for every d
    (r"$\|x\|_1$ is convex", True),
    (r"$\|x\|_\infty$ is convex", True),
    (r"$\|x\|_1^2$ is convex", True),
    (r"$-\|x\|_1$ is concave", True),
    (r"$\|x\|_2 + y^2$ is convex", True),
    (r"$\|x\|_1$ is not convex", False),
    (r"$\|x - y\|_1$ is convex in $(x, y)$", True),
    (r"$\|x - y\|_1$ is strictly convex in $(x, y)$", False),
    (r"$\lVert x \rVert_\infty^2$ is convex", True),
    # a sum of norms (matrix_atoms' matrix certificate: a convex plus a strictly convex term, for every d)
    (r"$\|x\|_1 + \|x\|_2^2$ is strictly convex", True),
])
def test_answers_for_every_dimension(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    # read by vector_norms, or by matrix_atoms (norms of a letter alone are atoms there, for every size)
    said = getattr(getattr(result, "claim", None), "note", "") or result.explanation
    assert any(w in said for w in ("vector of any dimension", "every size of x", "first axis of every R^d"))
    assert result.verified
    for cert in result.certificates:
        verify(cert)


@pytest.mark.parametrize("text", [
    # a condition on the vector itself (coordinatewise) is not a condition on the first axis
    r"$\|x\|_1$ is strictly convex on $x > 0$",
])
def test_what_the_d1_reading_cannot_settle_is_undecided(text):
    result = check_claim(text, timeout=30)
    assert result.holds is None


def test_a_stated_size_is_read_by_coordinates():
    result = check_claim(r"$\|x\|_1$ is strictly convex for $x \in \mathbb{R}^2$", timeout=30)
    assert result.holds is False and "vector of any dimension" not in result.claim.note


def test_a_norm_beside_letters_given_numbers_is_of_a_number():
    # X = 1 and y = 2 make Xw - y a number, so w is a number: the worked example is about w^2-terms of a number
    result = check_claim(r"Ridge regression $\|Xw - y\|^2 + \lambda\|w\|^2$ with $X = 1$, $y = 2$, $\lambda = 1/2$: "
                         r"$(w - 2)^2 + w^2/2$ is strictly convex", timeout=30)
    assert result.holds is True   # (w - 2)^2 + w^2/2 has second derivative 3
