r"""Names written as vectors or matrices without a size, read as numbers by the plain reader (``matrix_rows.vector_names``
and ``check_number_reading``). Before session 12, "$(Xw - y)^\top (Xw - y)$ is strictly convex in $w$ for $X > 0$",
"$\|x\|$ is affine for $x > 0$", "$\operatorname{tr}(X^2)$ is convex in $X$" and "$\|X\|_F$ is affine for $X > 0$"
were answered "holds" about their members of size 1 (numbers), false for a 1 x 2 matrix, a vector of R^2 or a 2 x 2
matrix."""

import itertools

import pytest

from symconvex import ClaimError, check_claim
from symconvex.matrix_rows import gram_norms, vector_names
from symconvex.parametric import _by_rank, parameter_values
from symconvex.parsing import Shapes, expand

import sympy as sp
from marks import slow_except  # noqa: E402


def test_vector_names_are_the_undeclared_names_in_vector_notation():
    assert vector_names(r"$(Xw - y)^\top (Xw - y)$ is strictly convex in $w$ for $X > 0$") == ["X"]
    assert vector_names(r"$\operatorname{tr}(XX)$ is convex in $X$") == ["X"]
    assert vector_names(r"$\|X\|_F$ is affine for $X > 0$") == ["X"]
    assert vector_names(r"$\|x - y\|_2$ is convex") == ["x", "y"]
    assert vector_names(r"$\|\beta\|_2$ is convex") == ["\\beta"]
    # declared (a size, a value, a list of names in a set), or written as numbers ("with X = 1, y = 2"): none
    assert vector_names(r"$\|x\|_2$ is convex for $x \in \mathbb{R}^3$") == []
    assert vector_names(r"$\|x - y\|_2^2$ is convex in $(x, y)$ for $x, y \in \mathbb{R}$") == []
    assert vector_names(r"$\|Xw - y\|^2 + \|w\|^2$ with $X = 1$, $y = 2$: $(w - 2)^2 + w^2$ is convex") == []
    assert vector_names(r"$x^2 + X^2$ is convex") == []


def test_gram_forms_are_squared_norms():
    assert gram_norms(r"$(Xw - y)^T (Xw - y)$ is convex in $w$") == r"$\|Xw - y\|_2^2$ is convex in $w$"
    assert gram_norms(r"$(Ax - b)^\top(Ax-b)$") == r"$\|Ax - b\|_2^2$"
    assert gram_norms(r"$x^\top A^\top A x$") == r"$\|A x\|_2^2$"
    assert gram_norms(r"$\beta^T X^T X \beta$") == r"$\|X \beta\|_2^2$"
    assert gram_norms(r"$(Ax - b)^\top (Ax + b)$") == r"$(Ax - b)^\top (Ax + b)$"   # not a Gram form


@pytest.mark.parametrize("text, holds", slow_except([
    # members of size 2 refute: ||(x1, x2)|| on the open quadrant, max(x1, x2), tr(X^2) = a^2 + 2bc + d^2, (a + d)^2
    (r"$\operatorname{tr}(X^2)$ is convex in $X$", False),
    (r"$\operatorname{tr}(XX)$ is convex in $X$", False),
    (r"$\operatorname{tr}(X)^2$ is strictly convex in $X$", False),
    # the member of size 1 refutes a positive claim: 1/x is not concave on x > 0
    (r"$\operatorname{tr}(X^{-1})$ is concave on $X \succ 0$", False),
    # Gram forms through the rows of X, for every size
    (r"$(Xw - y)^\top (Xw - y)$ is convex in $w$", True),
    (r"$(Xw - y)^\top (Xw - y) + \lambda \|w\|^2$ is strictly convex in $w$ for $\lambda > 0$", True),
    # a norm of A x without an offset: proved for every offset c (||Ax - c||), so for c = 0
    (r"$\|Aw\|^2$ is convex in $w$", True),
    (r"$(Ax)^T (Ax)$ is convex in $x$", True),
    (r"$\|Ax\|$ is convex in $x$", True),
    (r"$\|Aw\|_2^2$ is strictly convex in $w$", False),
    # a Frobenius norm is the 2-norm of the entries, of every dimension
    (r"$\|X\|_F$ is convex in $X$", True),
    (r"$\|W\|_F$ is strictly convex in $W$", False),
    (r"$\|X\|_F^2$ is strictly convex in $X$", True),
    # \lVert ... \rVert and sized bars are the same norms
    (r"$\lVert Ax - b \rVert_2^2$ is convex in $x$", True),
    (r"$\left\| x \right\|$ is convex", True),
    # norms of vectors of unstated size by coordinates, for every size (the sums' machinery)
    (r"$\|x - y\|_2^2$ is convex in $(x, y)$", True),
    # two norms of the vectors (not g of one norm, which vector_norms reads): by coordinates, for every size
    (r"$\|x - y\|_1 + \|x\|_2^2$ is convex in $(x, y)$", True),
    (r"$\|x\|_1$ is affine for $x > 0$", True),
    (r"$\|x\|^2$ is strictly convex for $x > 0$", True),
    (r"$\|x\|_2$ is convex for $x > 0$", True),
    # bold vectors are vectors too
], keep=[0, 4, 8, 12], several=True))
def test_vector_notation_is_decided_for_every_size(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    assert result.verified


@pytest.mark.parametrize("text", [
    # true for X a positive number; false for X = (1 2) (entrywise positive) and true for a positive definite X
    r"$(Xw - y)^\top (Xw - y)$ is strictly convex in $w$ for $X > 0$",
    r"$(Ax)^\top (Ax)$ is strictly convex in $x$ for $A > 0$",
    # true for X a positive number, false for [[2, 1], [1, 2]] (positive definite and entrywise positive)
    r"$\|X\|_F$ is affine for $X > 0$",
    # true for every A, B, but only the number reading proves it (a proof for size 1 says nothing of size 2;
    # tr(AX) is proved for every size by matrix_atoms, tr(AXB) is no atom there)
    r"$\operatorname{tr}(AXB)$ is affine in $X$",
    # a negative claim refuted by the number reading only: a proof about numbers, not about vectors
    r"$\|x\|_2$ is not affine for $x > 0$",
    # y = 0 may be the zero vector: x - y is not read as a number
    r"$\|x - y\|_2$ is affine in $x$ for $x > 0$, $y = 0$",
])
def test_a_proof_about_numbers_is_not_an_answer_about_vectors(text):
    result = check_claim(text, timeout=30)
    assert result.holds is None
    assert any(w in result.explanation for w in ("unstated size", "any size", "any dimension"))


@pytest.mark.parametrize("text", [
    # false for x in R^2 (||x|| on the open quadrant, max(x_1, x_2)), true for x a number: vector_norms answers
    # 'not P' only when it holds for every dimension, so these letters alone in a norm are left undecided
    r"$\|x\|$ is affine for $x > 0$",
    r"$\|x\|_2$ is affine on $x \ge 0$",
    r"$\|x\|_\infty$ is concave on $x > 0$",
    r"$\left\lVert x \right\rVert_2$ is affine for $x > 0$",
    r"$\|\mathbf{x}\|$ is affine for $\mathbf{x} > 0$",
    r"$\|\boldsymbol{\theta}\|_2$ is affine for $\boldsymbol{\theta} > 0$",
])
def test_a_vector_in_a_norm_is_never_answered_by_its_number_reading(text):
    assert check_claim(text, timeout=30).holds is None


def test_trace_of_a_bracket_squared_is_the_square_of_the_trace():
    f = expand(r"\operatorname{tr}(X)^2", Shapes(matrices={"X": (2, 2)})).function
    x11, x22 = sp.Symbol("X_{11}", real=True), sp.Symbol("X_{22}", real=True)
    assert sp.expand(f - (x11 + x22) ** 2) == 0
    g = expand(r"\operatorname{tr}(X^2)", Shapes(matrices={"X": (2, 2)})).function
    assert sp.expand(g - (x11 + x22) ** 2) != 0


@pytest.mark.parametrize("text", [
    r"$\|Ax - b\|_2^2$ is strictly convex in $x$ for $A > 0$, $A \in \mathbb{R}^{2 \times 2}$",
    r"$\det X$ is concave on $X \succ 0$, $X \in \mathbb{R}^{2 \times 2}$",
    r"$x^\top A x$ is convex in $x$ for $A \succeq 0$, $A \in \mathbb{R}^{3 \times 3}$",
])
def test_an_order_condition_on_a_declared_square_matrix_is_refused(text):
    with pytest.raises(ClaimError, match="matrix"):
        check_claim(text, timeout=30)


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_an_order_condition_on_a_non_square_matrix_is_entrywise():
    result = check_claim(r"$\|Ax - b\|_2^2$ is convex in $x$ for $A > 0$, $A \in \mathbb{R}^{2 \times 3}$", timeout=60)
    assert result.holds is True


def test_parameter_combinations_are_enumerated_lazily_in_rank_order():
    for sizes in ([3, 2, 4], [1], [2, 2], [5, 1, 3, 2]):
        assert list(_by_rank(sizes)) == sorted(itertools.product(*(range(n) for n in sizes)),
                                               key=lambda ix: (sum(ix), ix))
    # nine parameters (a 3 x 2 matrix and a vector by entries): 12^9 combinations, never built
    params = [sp.Symbol(f"p{i}", real=True) for i in range(9)]
    values = list(parameter_values(None, params))
    assert values[0] == (1,) * 9 and len(values) == 8


@pytest.mark.parametrize("text, holds", [
    (r"$\max_i x_i$ is affine in $x$", None),      # false for x in R^2, true for a number: it depends on the size
    (r"$\max_i x_i$ is convex in $x$", True),      # a matrix certificate: convex for every size (matrix_atoms)
    (r"$\max_i x_i$ is not convex in $x$", False),  # refuted by that proof
])
def test_a_vector_of_unstated_size_under_max_i(text, holds):
    assert check_claim(text, timeout=30).holds is holds


def _answer_or_refusal(text):
    """holds, or the refusal's message."""
    try:
        return check_claim(text, timeout=30).holds
    except ClaimError as refused:
        return str(refused)


def test_a_vector_is_never_given_size_1_to_fit_a_trace():
    # X is a vector by its transpose, and tr(X) of a vector needs size 1: the reading guessed X = (X_1), where
    # tr(X^T X) - tr(X)^2 = 0 (answered "holds"); for a 2 x 2 X it is X12^2 + X21^2 - 2 X11 X22, not convex
    assert _answer_or_refusal(r"$\operatorname{tr}(X^\top X) - \operatorname{tr}(X)^2$ is convex in $X$") is False
    assert "size 1 only" in _answer_or_refusal(r"$x^\top x + \operatorname{tr}(x)$ is convex")


def test_the_data_vector_reading_leaves_traces_and_determinants_alone():
    from symconvex.claims import _answer, parse_claim
    from symconvex.data_vectors import check_data_vector_claim

    def answer(text):
        return check_data_vector_claim(text, timeout=30, parse=parse_claim, answer=_answer)

    assert answer(r"$\operatorname{tr}(X^\top X) - \operatorname{tr}(X)^2$ is convex in $X$") is None
    assert answer(r"$\det X + \|X\|^2$ is convex in $X$") is None
    # tr(A^T X) is the inner product of the entries: read as written
    assert answer(r"$\operatorname{tr}(A^\top X)$ is convex in $X$").holds is True


@pytest.mark.parametrize("text", [
    # R^1_+ makes x a number (|x| = x is affine there): a member x in R^2 is another function
    r"$\|x\|_2$ is affine on $\mathbb{R}^1_{+}$",
    # w in R^1 is stated: a member with w in R^2 would answer about another w
    r"$(w^\top x)^2$ is strictly convex in $w$ for $w \in \mathbb{R}^1$, $x > 0$",
])
def test_no_member_of_another_size_when_the_claim_writes_a_space(text):
    assert _answer_or_refusal(text) is not False
