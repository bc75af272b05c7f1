r"""Norms of an undeclared matrix times a vector (``matrix_rows``): ``\|Xw - y\|_2^2`` is about a matrix X of any size,
never only about X as a number. Before this module, "||Xw - y||_2^2 is strictly convex in w for X > 0" was answered
"holds" about the number X (|Xw - y|^2 with X > 0), false for a 1 x 2 matrix with positive entries."""

import pytest

from symconvex import check_claim
from symconvex.check import verify
from symconvex.matrix_rows import matrix_letters, rows_reading
from marks import slow_except  # noqa: E402


def test_rows_reading_writes_each_norm_as_a_sum_over_the_rows():
    assert rows_reading(r"$\|Xw - y\|_2^2$ is convex in $w$", ["X"]) == \
        r"$\sum_{i=1}^{n} (x_i^\top w - y_i)^2$ is convex in $w$"
    assert rows_reading(r"$\|Ax - b\|_1$ is convex in $x$", ["A"]) == r"$\sum_{i=1}^{n} |a_i^\top x - b_i|$ is convex in $x$"
    # the 2-norm unsquared is the root of the sum over the rows (session 12); the infinity norm is not a sum over
    # the rows; a condition naming X has no row reading
    assert rows_reading(r"$\|Xw - y\|_2$ is convex in $w$", ["X"]) == \
        r"$\sqrt{\sum_{i=1}^{n} (x_i^\top w - y_i)^2}$ is convex in $w$"
    assert rows_reading(r"$\|Xw - y\|_\infty$ is convex in $w$", ["X"]) is None
    assert rows_reading(r"$\|Xw - y\|^2$ is strictly convex in $w$ for $X > 0$", ["X"]) is None
    # the row's name is taken (x is the variable): no reading rather than a clash
    assert rows_reading(r"$\|Xx - y\|^2$ is convex in $x$", ["X"]) is None


def test_matrix_letters_are_undeclared_capitals_times_a_vector_inside_a_norm():
    assert matrix_letters(r"$\|Xw - y\|^2 + \lambda \|w\|^2$ is convex") == ["X"]
    assert matrix_letters(r"$\|y - X\beta\|_2^2$ is convex in $\beta$") == ["X"]
    assert matrix_letters(r"$\|Ax-b\|_2^2$ is convex where $A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$") == []
    assert matrix_letters(r"$\|Ax-b\|_2^2$ is convex where $A \in \mathbb{R}^{2 \times 2}$") == []
    assert matrix_letters(r"$(Xw - y)^2$ is convex in $w$") == []   # no norm: the product of numbers as written
    # declared in a list, first or later (one ``declared`` for matrices and vectors, session 13)
    assert matrix_letters(r"$\|Xw - Yv\|^2$ is convex where $X, Y \in \mathbb{R}^{2\times 2}$") == []
    assert matrix_letters(r"$\|Xw - Yv\|^2$ is convex where $w, X \in \mathbb{R}^{2\times 2}$") == ["Y"]


def _accepted(result):
    """Every certificate behind a sum-over-the-rows answer is accepted by the checker."""
    certs = [c for p in result.parts for c in p.result.certificates]
    assert certs
    for cert in certs:
        verify(cert)


@pytest.mark.parametrize("text, holds", slow_except([
    (r"$\|Xw - y\|_2^2$ is convex in $w$", True),
    (r"$\frac{1}{2}\|Xw - y\|^2$ is convex in $w$", True),
    (r"$\|Ax - b\|_1$ is convex in $x$", True),
    (r"$\|Ax - b\|_2$ is convex in $x$", True),
    (r"$\|Xw - y\|$ is affine in $w$", False),
    (r"$\|y - X\beta\|_2^2 + \lambda \|\beta\|_2^2$ is strictly convex in $\beta$ for $\lambda > 0$", True),
    (r"$\|X w - y\|^2 + \|w\|^2$ is strictly convex in $w$", True),
    # a matrix with fewer rows than columns (or X = 0) leaves a flat direction
    (r"$\|Xw - y\|_2^2$ is strictly convex in $w$", False),
    (r"$\|Ax - b\|_2^2$ is concave in $x$", False),
    (r"$\|Ax - b\|_2^2$ is not convex in $x$", False),
    # X = 0 (or 1 x 1 with |X| < 1): -||w||^2
    (r"$\|Xw\|_2^2 - \|w\|_2^2$ is convex in $w$", False),
    # the unsquared 2-norm: the root of the sum over the rows (a norm of an affine map; never strictly convex:
    # X = 0 is a matrix)
    (r"$\|Xw - y\|_2$ is convex in $w$", True),
    (r"$\|Ax - b\|$ is convex in $x$", True),
    (r"$\|Ax - b\|_2$ is strictly convex in $x$", False),
], keep=[0, 4, 8], several=True))
def test_the_rows_reading_decides_for_every_size(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    assert "read as a matrix of any size" in result.reason
    _accepted(result)


@pytest.mark.parametrize("text", [
    # true for X a positive number, false for X = (1 1): ||(1 1) w - y||^2 is constant along (1, -1)
    r"$\|Xw - y\|_2^2$ is strictly convex in $w$ for $X > 0$",
    # true for a number X > 1, false for X = (2 2; 2 2): w = (1, -1) gives -||w||^2
    r"$\|Xw\|^2 - \|w\|^2$ is convex in $w$ for $X > 1$",
    # true for every matrix, but not proved by the number reading (no row reading of an infinity norm; with X > 0,
    # whose two readings matrix_atoms does not take, no matrix certificate either)
    r"$\|Xw - y\|_\infty$ is convex in $w$ for $X > 0$",
])
def test_a_proof_about_x_as_a_number_is_not_an_answer_about_a_matrix(text):
    result = check_claim(text, timeout=30)
    assert result.holds is None
    assert "a matrix of any size by convention" in result.explanation


def test_a_refutation_by_the_one_by_one_member_stands():
    # concave fails for X = 1 (a 1 x 1 matrix with a positive entry): a member of the claim
    result = check_claim(r"$\|Xw - y\|_2$ is concave in $w$ for $X > 0$", timeout=30)
    assert result.holds is False
    assert "1 x 1 member" in result.explanation
    assert result.verified


def test_a_declared_matrix_is_read_by_its_coordinates():
    result = check_claim(r"$\|Ax - b\|_2^2$ is strictly convex where $A = \begin{pmatrix} 1 & 1 \\ 2 & 2 \end{pmatrix}$"
                         r" and $b = (1, 0)$", timeout=30)
    assert result.holds is False   # A has rank 1
