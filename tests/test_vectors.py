r"""Vectors and matrices of a stated size (symconvex.parsing.vectors): the scalar formula each notation denotes, the
answers of claims written with them (checked by the independent checker, about the expanded function), and the
one-line errors for sizes that do not fit or are not given."""

from __future__ import annotations

import pytest
from marks import slow_except
import sympy as sp

from symconvex import check_claim, relu
from symconvex.check import verify
from symconvex.claims import parse_claim
from symconvex.cli import main
from symconvex.errors import ClaimError, InputError
from symconvex.parsing import Shapes, array_value, declaration, expand, extract_arrays, uses_vectors

x1, x2, x3, y1, y2 = sp.symbols("x_1 x_2 x_3 y_1 y_2", real=True)
w1, w2 = sp.symbols("w_1 w_2", real=True)
X11, X12, X21, X22 = sp.symbols("X_{11} X_{12} X_{21} X_{22}", real=True)

PMATRIX = r"\begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}"


def _x(n):
    return Shapes(vectors={"x": [f"x_{k}" for k in range(1, n + 1)]})


# ----------------------------------------------------------------------------------------------- arrays

def test_extract_arrays_reads_rows_and_columns_exactly():
    text, arrays = extract_arrays(r"$A = \begin{bmatrix} 1 & -\frac{1}{2} \\ 0.5 & 3 \end{bmatrix}$, "
                                  r"$b = \begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}$")
    assert text == r"$A = \matrixliteral{0}$, $b = \matrixliteral{1}$"
    assert arrays[0] == sp.Matrix([[1, sp.Rational(-1, 2)], [sp.Rational(1, 2), 3]])
    assert arrays[1].shape == (3, 1) and list(arrays[1]) == [1, 2, 3]


def test_array_environment_with_a_column_specification():
    _, arrays = extract_arrays(r"\left(\begin{array}{cc} 1 & 2 \\ 3 & 4 \end{array}\right)")
    assert arrays[0] == sp.Matrix([[1, 2], [3, 4]])


@pytest.mark.parametrize("text, message", [
    (r"\begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix}", "determinants"),
    (r"\begin{pmatrix} 1 & 2 \\ 3 \end{pmatrix}", "different lengths"),
    (r"\begin{pmatrix} 1 & 2 \\ 3 & 4", "unbalanced"),
    (r"\matrixliteral{0}", "unknown command"),
])
def test_bad_arrays_are_one_line_errors(text, message):
    with pytest.raises(InputError, match=message):
        extract_arrays(text)


def test_array_value_of_a_tuple_of_numbers_is_a_column_and_a_tuple_of_names_is_not_an_array():
    assert array_value("(1, -2)^\\top", []) == sp.Matrix([1, -2])
    assert array_value("(x_1, x_2)", []) is None
    assert array_value("3", []) is None


# ----------------------------------------------------------------------------------------------- the expansions

@pytest.mark.parametrize("text, shapes, expected", [
    (r"x^\top \matrixliteral{0} x", Shapes(literals=[sp.ImmutableMatrix([[2, 1], [1, 2]])]),
     2 * x1 ** 2 + 2 * x1 * x2 + 2 * x2 ** 2),
    (r"x^T \matrixliteral{0} x", Shapes(literals=[sp.ImmutableMatrix([[1, 0], [0, -1]])]), x1 ** 2 - x2 ** 2),
    (r"\mathbf{x}^\top \mathbf{x}", _x(3), x1 ** 2 + x2 ** 2 + x3 ** 2),
    (r"\vec{x} \cdot \vec{x}", _x(2), x1 ** 2 + x2 ** 2),
    (r"\langle x, x \rangle", _x(2), x1 ** 2 + x2 ** 2),
    (r"\|x\|_2", _x(2), sp.sqrt(x1 ** 2 + x2 ** 2)),
    (r"\|x\|", _x(2), sp.sqrt(x1 ** 2 + x2 ** 2)),
    (r"\|x\|_1", _x(3), sp.Abs(x1) + sp.Abs(x2) + sp.Abs(x3)),
    (r"\|x\|_\infty", _x(2), sp.Max(sp.Abs(x1), sp.Abs(x2))),
    (r"\|x\|_4^4", _x(2), x1 ** 4 + x2 ** 4),
    (r"\|x\|_3", _x(2), (sp.Abs(x1) ** 3 + sp.Abs(x2) ** 3) ** sp.Rational(1, 3)),
    (r"\frac{1}{2}\|x\|_2^2 + x_1", _x(2), x1 ** 2 / 2 + x2 ** 2 / 2 + x1),
    (r"\sum_{i=1}^{3} x_i^2", _x(3), x1 ** 2 + x2 ** 2 + x3 ** 2),
    (r"\sum_{i=1}^{n} x_i^2", _x(3), x1 ** 2 + x2 ** 2 + x3 ** 2),      # n: the size of x
    (r"\sum_i e^{x_i}", _x(2), sp.exp(x1) + sp.exp(x2)),
    (r"\log \sum_{i=1}^n e^{x_i}", _x(3), sp.log(sp.exp(x1) + sp.exp(x2) + sp.exp(x3))),
    (r"\max_i x_i", _x(3), sp.Max(x1, x2, x3)),
    (r"\min_{1 \le i \le n} x_i", _x(2), sp.Min(x1, x2)),
    (r"\prod_{i=1}^{3} x_i", _x(3), x1 * x2 * x3),
    (r"\sum_{i=1}^{2} x_i", _x(3), x1 + x2),                             # a stated range is used as stated
    (r"\sum_{i=2}^{n} x_i", _x(3), x2 + x3),                             # n: the size of x
    (r"\sum_i \sum_j x_i x_j", _x(2), (x1 + x2) ** 2),
    (r"\sum_{i=1}^{2} x_i \log x_i", _x(2), x1 * sp.log(x1) + x2 * sp.log(x2)),
    (r"\|(x_1, x_2)\|_2^2", Shapes(), x1 ** 2 + x2 ** 2),
])
def test_expansion_is_the_scalar_formula(text, shapes, expected):
    assert sp.expand(expand(text, shapes).function - expected) == 0


def test_given_vectors_and_matrices_make_the_unknown_one_a_vector_of_their_size():
    a = sp.ImmutableMatrix([1, 2])
    A = sp.ImmutableMatrix([[1, 2], [3, 4], [5, 6]])
    b = sp.ImmutableMatrix([1, 0, 1])
    shapes = Shapes(arrays={"a": a, "A": A, "b": b})
    assert expand(r"a^\top x + 3", shapes).function == x1 + 2 * x2 + 3
    assert expand(r"\langle a, x \rangle", shapes).function == x1 + 2 * x2
    e = expand(r"\|A x - b\|_2^2", shapes)
    assert e.vectors == {"x": ["x_1", "x_2"]}
    assert sp.expand(e.function - ((x1 + 2 * x2 - 1) ** 2 + (3 * x1 + 4 * x2) ** 2 + (5 * x1 + 6 * x2 - 1) ** 2)) == 0
    assert expand(r"\log(1 + e^{-a^T x})", shapes).function == sp.log(1 + sp.exp(-x1 - 2 * x2))


def test_inverse_and_trace_of_given_and_variable_matrices():
    A = sp.ImmutableMatrix([[2, 0], [0, 4]])
    assert expand(r"x^\top A^{-1} x", Shapes(arrays={"A": A})).function == x1 ** 2 / 2 + x2 ** 2 / 4
    shapes = Shapes(matrices={"X": (2, 2)}, arrays={"A": sp.ImmutableMatrix([[1, 2], [3, 4]])})
    assert expand(r"\operatorname{tr}(X)", shapes).function == X11 + X22
    assert expand(r"\operatorname{tr}(A X)", shapes).function == X11 + 2 * X21 + 3 * X12 + 4 * X22
    assert expand(r"\|X\|_F^2", shapes).function == X11 ** 2 + X12 ** 2 + X21 ** 2 + X22 ** 2


@pytest.mark.parametrize("text, shapes, message", [
    (r"x^\top \matrixliteral{0} x + b^\top x", Shapes(literals=[sp.ImmutableMatrix([[1, 0], [0, 1]])],
                                                     arrays={"b": sp.ImmutableMatrix([1, 2, 3])}),
     "dimension mismatch .*sizes (3 and 2|2 and 3)"),
    (r"\sum_{i=1}^{4} x_i", _x(3), "index 4 is outside 1..3"),
    (r"\sum_i x_i y_i", Shapes(vectors={"x": ["x_1", "x_2"], "y": ["y_1", "y_2", "y_3"]}), "dimension mismatch"),
    (r"\sqrt[x]{2}", Shapes(), "integer n >= 2"),
    (r"x + 1", _x(2), "no broadcasting"),
    (r"x^2", _x(2), "a power of a vector .* is not defined"),
    (r"x_4", _x(3), "outside 1..3"),
    (r"x^\top x", Shapes(), "cannot tell the size of x"),
    (r"\sum_i e^{x_i}", Shapes(), "range of the index i"),
    (r"\log(x)", _x(2), "log of a vector"),
    (r"x", _x(2), "2 x 1 array, not a number"),
    (r"x^T A x", _x(2), r"size of A in 'x\^T A x' is not known.*A \\in \\mathbb\{R\}\^\{2 \\times 2\}"),
    (r"\|x\|_2", Shapes(vectors={}, unknown={"x": "n"}), r"size of x is not a number \(n\).*where \$n = 3\$"),
])
def test_sizes_that_do_not_fit_are_one_line_errors(text, shapes, message):
    with pytest.raises(InputError, match=message) as info:
        expand(text, shapes)
    assert "\n" not in str(info.value)


def test_an_undeclared_letter_between_a_transposed_vector_and_the_vector_is_a_number():
    """x^T a x: a read as a vector (it follows x^T) would make the formula a vector; a is the number a·(x^T x)."""
    a, y = sp.symbols("a y", real=True)
    assert sp.expand(expand(r"x^T a x", _x(2)).function - a * (x1 ** 2 + x2 ** 2)) == 0
    assert sp.expand(expand(r"x^\top y", _x(2)).function - (x1 * y1 + x2 * y2)) == 0   # an inner product still
    result = check_claim(r"$x^T c x$ is convex for $x \in \mathbb{R}^2$ where $c = 3$")
    assert result.holds is True and result.verified


def test_a_letter_that_ends_a_sum_over_given_data_is_the_number_of_data_points():
    """1/n sum_{i=1}^n (y_i - w x_i)^2 with x, y of size 2: n = 2 also in 1/n (it was a free parameter, and the
    mean squared error was refuted at n = -1)."""
    w = sp.Symbol("w", real=True)
    result = check_claim(r"$\frac{1}{n}\sum_{i=1}^{n} (y_i - w x_i)^2$ is strictly convex in $w$ where $x = (1, 2)$ "
                         r"and $y = (0, 1)$")
    assert result.holds is True and result.verified
    assert sp.expand(parse_claim(r"$\frac{1}{n}\sum_{i=1}^{n} (y_i - w x_i)^2$ is convex in $w$ where $x = (1, 2)$ "
                                 r"and $y = (0, 1)$").function - (w ** 2 + (1 - 2 * w) ** 2) / 2) == 0


def test_declarations_read_sizes_orthants_and_matrix_sizes():
    assert declaration(r"x \in \mathbb{R}^3", {}) == (["x"], (3,), r"\mathbb{R}")
    assert declaration(r"\mathbf{x}, \mathbf{y} \in \mathbb{R}^2_{++}", {}) == (["x", "y"], (2,), r"\mathbb{R}_{++}")
    assert declaration(r"x \in \mathbb{R}_{+}^{2}", {}) == (["x"], (2,), r"\mathbb{R}_{+}")
    assert declaration(r"X \in \mathbb{R}^{2 \times 3}", {}) == (["X"], (2, 3), r"\mathbb{R}")
    assert declaration(r"x \in \mathbb{R}^n", {"n": sp.Integer(4)}) == (["x"], (4,), r"\mathbb{R}")
    assert declaration(r"x \in \mathbb{R}^n", {}) == (["x"], ("n",), r"\mathbb{R}")
    assert declaration(r"(x, y) \in \mathbb{R}^2", {}) is None          # a tuple of scalars
    assert declaration(r"x \in \mathbb{R}", {}) is None
    assert declaration(r"x > 0", {}) is None


def test_plain_formulas_do_not_use_the_vector_reader():
    assert not uses_vectors(r"x^2 + y^2", Shapes())
    assert not uses_vectors(r"\sum_{i=1}^{3} x_i^2", Shapes())
    assert not uses_vectors(r"w_1 + w_2", Shapes(vectors={"theta": ["w_1", "w_2"]}))   # a tuple's own names
    assert uses_vectors(r"x^\top x", Shapes())
    assert uses_vectors(r"\sum_i x_i", Shapes())
    assert uses_vectors(r"x_1 + x_2", Shapes(vectors={"x": ["x_1", "x_2"]}, declared={"x"}))


# ----------------------------------------------------------------------------------------------- claims

CLAIMS = [
    (r"$x^\top A x$ is convex where $A = " + PMATRIX + "$", True, 2 * x1 ** 2 + 2 * x1 * x2 + 2 * x2 ** 2),
    (r"$x^\top A x$ is convex where $A = \begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$", False,
     x1 ** 2 + 4 * x1 * x2 + x2 ** 2),
    (r"$x^\top A x$ is strictly convex where $A = \begin{bmatrix} 1 & 1 \\ 1 & 1 \end{bmatrix}$", False,
     x1 ** 2 + 2 * x1 * x2 + x2 ** 2),
    (r"$x^T Q x$ is convex where $Q = \begin{pmatrix} 1 & 0 \\ 0 & -1 \end{pmatrix}$", False, x1 ** 2 - x2 ** 2),
    (r"$x^\top A x$ is concave where $A = \begin{pmatrix} -1 & 0 \\ 0 & -2 \end{pmatrix}$", True,
     -x1 ** 2 - 2 * x2 ** 2),
    (r"$\mathbf{x}^\top \mathbf{x}$ is strictly convex for $\mathbf{x} \in \mathbb{R}^3$", True,
     x1 ** 2 + x2 ** 2 + x3 ** 2),
    (r"$\|x\|_2$ is strictly convex for $x \in \mathbb{R}^2$", False, sp.sqrt(x1 ** 2 + x2 ** 2)),
    (r"$\|x\|_2$ is convex for $x \in \mathbb{R}^2$", True, sp.sqrt(x1 ** 2 + x2 ** 2)),
    (r"$\|\mathbf{x}\|_1$ is convex for $\mathbf{x} \in \mathbb{R}^2$", True, sp.Abs(x1) + sp.Abs(x2)),
    (r"$f(\mathbf{w}) = \|\mathbf{w}\|_2^2 + w_1$ is strictly convex for $\mathbf{w} \in \mathbb{R}^2$", True,
     w1 ** 2 + w2 ** 2 + w1),
    (r"$\log \sum_{i=1}^n e^{x_i}$ is convex for $x \in \mathbb{R}^3$", True,
     sp.log(sp.exp(x1) + sp.exp(x2) + sp.exp(x3))),
    (r"$\log \sum_{i=1}^n e^{x_i}$ is strictly convex for $x \in \mathbb{R}^2$", False,
     sp.log(sp.exp(x1) + sp.exp(x2))),
    (r"$\max_i x_i$ is concave for $x \in \mathbb{R}^2$", False, sp.Max(x1, x2)),
    (r"$\|Ax - b\|_2^2$ is convex in $x$ where $A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$, $b = (1, 1)$",
     True, (x1 + 2 * x2 - 1) ** 2 + (3 * x1 + 4 * x2 - 1) ** 2),
    (r"$\langle a, x \rangle + 1$ is affine where $a = (1, -1)$", True, x1 - x2 + 1),
    (r"$\prod_{i=1}^{2} x_i$ is concave on $x \in \mathbb{R}^2_{++}$", False, x1 * x2),
    (r"Let $f(\mathbf{x}) = \mathbf{x}^\top A \mathbf{x}$ where $A = \begin{pmatrix} 2 & 0 \\ 0 & 3 \end{pmatrix}$. "
     r"Then $f$ is strictly convex.", True, 2 * x1 ** 2 + 3 * x2 ** 2),
    (r"$f:\mathbb{R}^3 \to \mathbb{R}$, $f(x) = \|x\|_2^2$ is strictly convex", True, x1 ** 2 + x2 ** 2 + x3 ** 2),
    (r"$\sum_{i=1}^n \log x_i$ is concave for $x \in \mathbb{R}^3_{++}$", True,
     sp.log(x1) + sp.log(x2) + sp.log(x3)),
    (r"$x^\top y$ is convex for $x, y \in \mathbb{R}^2$", False, x1 * y1 + x2 * y2),
]


@pytest.mark.parametrize("text, holds, function", slow_except(CLAIMS, keep=range(0, len(CLAIMS), 3), several=True))
def test_vector_claims_are_answered_about_the_expanded_function(text, holds, function):
    result = check_claim(text, timeout=30)
    assert sp.expand(result.claim.function - function) == 0
    assert result.holds is holds
    assert result.verified and result.certificates
    assert all(isinstance(verify(cert), str) for cert in result.certificates)   # the independent checker
    variables = {v.name for v in result.claim.variables}
    assert {s.name for s in function.free_symbols} <= variables


def test_answer_shows_the_expansion():
    result = check_claim(r"$x^\top A x$ is convex where $A = " + PMATRIX + "$", timeout=30)
    assert "x = (x_1, x_2), A = [[2, 1], [1, 2]]; x^\\top A x = 2·x₁² + 2·x₁·x₂ + 2·x₂²" in result.answer()


def test_orthant_declaration_constrains_every_coordinate():
    claim = parse_claim(r"$\sum_{i=1}^{3} x_i \log x_i$ is convex for $\mathbf{x} \in \mathbb{R}^3_{++}$")
    assert claim.domain == [x1 > 0, x2 > 0, x3 > 0]
    assert claim.variables == (x1, x2, x3)
    claim = parse_claim(r"$\log(x_1) + \log(x_2)$ is concave where $x \in \mathbb{R}^2_{++}$")
    assert claim.domain == [x1 > 0, x2 > 0]


def test_componentwise_inequalities_of_a_vector():
    assert parse_claim(r"$x^\top x$ is convex on $x \succ 0$ for $x \in \mathbb{R}^2$").domain == [x1 > 0, x2 > 0]
    assert parse_claim(r"$\mathbf{x}^\top \mathbf{x}$ is convex for $\mathbf{x} \in \mathbb{R}^2$ with "
                       r"$\mathbf{x} \ge 0$").domain == [x1 >= 0, x2 >= 0]


def test_a_declared_coordinate_the_function_does_not_use_is_still_a_variable():
    claim = parse_claim(r"$x_1^2$ is strictly convex for $x \in \mathbb{R}^2$")
    assert claim.variables == (x1, x2)
    assert check_claim(r"$x_1^2$ is strictly convex for $x \in \mathbb{R}^2$", timeout=30).holds is False


def test_matrix_variable_and_trace():
    result = check_claim(r"$\operatorname{tr}(X)$ is affine for $X \in \mathbb{R}^{2 \times 2}$", timeout=30)
    assert result.claim.function == X11 + X22 and result.holds is True
    assert result.claim.variables == (X11, X12, X21, X22)


def test_a_tuple_definition_is_a_vector():
    claim = parse_claim(r"$x^\top x$ is convex where $x = (a, b)$")
    a, b = sp.symbols("a b", real=True)
    assert claim.function == a ** 2 + b ** 2


@pytest.mark.parametrize("text, message", [
    (r"$\|x\|_2$ is convex for $x \in \mathbb{R}^n$", r"size of x is not a number \(n\)"),
    (r"$x^\top x$ is convex", "cannot tell the size of x"),
    (r"$x^\top A x + b^\top x$ is convex where $A = " + PMATRIX + "$, $b = (1, 2, 3)$", "dimension mismatch"),
    (r"$\mathbf{x}^\top \mathbf{x}$ is convex for $\mathbf{x} \in \mathbb{R}^2$ where $x = (x_1, x_2, x_3)$",
     "dimension mismatch"),
    (r"$x^\top A x$ is convex where $A = \begin{vmatrix} 1 & 0 \\ 0 & 1 \end{vmatrix}$", "determinants"),
])
def test_bad_sizes_in_claims_are_one_line_claim_errors(text, message):
    with pytest.raises(ClaimError, match=message) as info:
        parse_claim(text)
    assert "\n" not in str(info.value)


# The command's contract (exit status, stdout, stderr) in this process: the entry point is the same `main` that
# `python -m symconvex` calls, which tests/test_cli.py runs as a real process.

def test_cli_dimension_mismatch_is_exit_2_with_one_line(capsys):
    # (``\|x\|_2`` alone is read for every dimension now: tests/test_datavectors.py)
    status = main(["check", r"$\|A x\|_2$ is convex for $x \in \mathbb{R}^n$"])
    out = capsys.readouterr()
    assert status == 2 and out.out == ""
    assert out.err.count("\n") == 1 and "size of x is not a number" in out.err


def test_cli_vector_claim_exit_statuses(capsys):
    holds = main(["check", r"$x^\top A x$ is convex where $A = " + PMATRIX + "$"])
    holds_out = capsys.readouterr().out
    refuted = main(["check", r"$x^T Q x$ is convex where $Q = \begin{pmatrix} 1 & 0 \\ 0 & -1 \end{pmatrix}$"])
    assert (holds, refuted) == (0, 1)
    assert "2·x₁² + 2·x₁·x₂ + 2·x₂²" in holds_out


# ----------------------------------------------------------------------------------------------- phrasing

@pytest.mark.parametrize("text, holds", [
    (r"Is $x^3$ convex?", False),
    (r"Is $x^2$ convex or concave?", True),               # alternatives: one holds
    (r"Determine whether $x y$ is convex or concave.", False),   # both refuted
    (r"Show that $f(x) = e^{x}$ is convex.", True),
    (r"Prove that $-\log x$ is convex on $\mathbb{R}_{++}$", True),
    (r"$\log x + \log y$ is concave on the positive orthant", True),
    (r"$x y$ is convex on the positive orthant", False),
    (r"$f(x) = -\log x$ is convex, $\mathbf{dom}\, f = \mathbb{R}_{++}$", True),
    (r"$f:\mathbb{R}^2_{++} \to \mathbb{R}$, $f(x, y) = \log x + \log y$ is concave", True),
])
def test_textbook_phrasings(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified


def test_question_says_how_it_was_read_and_or_is_shown():
    result = check_claim(r"Is $x^2$ convex or concave?", timeout=30)
    assert "a question" in result.claim.note
    assert "is convex or concave in (x)" in result.claim.statement()
    assert parse_claim(r"$\log x + \log y$ is concave on the positive orthant").domain == [
        sp.Symbol("x", real=True) > 0, sp.Symbol("y", real=True) > 0]


def test_the_positive_quadrant_is_the_open_orthant_of_the_plane():
    """Economics notes say "on the positive quadrant": R^2_{++}, read as x > 0, y > 0 (x y refuted there, 1/(x y)
    proved); a function of three variables on a quadrant is refused (the set's size is checked)."""
    x, y = sp.symbols("x y", real=True)
    assert parse_claim(r"$x y$ is convex on the positive quadrant").domain == [x > 0, y > 0]
    assert parse_claim(r"$x + y$ is convex on the nonnegative quadrant").domain == [x >= 0, y >= 0]
    assert check_claim(r"$x y$ is convex on the positive quadrant", timeout=30).holds is False
    assert check_claim(r"$\frac{1}{x y}$ is convex on the positive quadrant", timeout=30).holds is True
    with pytest.raises(ClaimError):
        parse_claim(r"$x y z$ is concave on the positive quadrant")


def test_and_with_or_between_properties_is_refused():
    with pytest.raises(ClaimError, match="mixing 'and' and 'or'"):
        parse_claim(r"$x^2$ is convex and strictly convex or concave")


# ----------------------------------------------------------------------------------------------- odd input

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from marks import examples  # noqa: E402

_PIECES = [r"x", r"y", r"A", r"b", r"^\top", r"^T", r"^2", r"^{-1}", r"\|", r"\|_1", r"_2", r"_i", r"_1", r" + ",
           r" - ", r"\cdot", r"\langle", r"\rangle", r",", r"(", r")", r"\sum_i", r"\sum_{i=1}^{n}", r"\max_i",
           r"\log", r"e^{", r"}", r"\frac{1}{2}", r"\matrixliteral{0}", r"3", r"\operatorname{tr}", r"\prod_{i=1}^{2}"]


@settings(max_examples=examples(300, default=100), deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_odd_vector_formulas_give_a_scalar_or_a_one_line_input_error(pieces):
    shapes = Shapes(vectors={"x": ["x_1", "x_2"]}, literals=[sp.ImmutableMatrix([[2, 1], [1, 2]])],
                    arrays={"b": sp.ImmutableMatrix([1, 2])})
    try:
        result = expand("".join(pieces), shapes)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:
        assert isinstance(result.function, sp.Expr) and not isinstance(result.function, sp.MatrixBase)


def test_a_space_as_the_domain_sizes_the_one_argument():
    claim = parse_claim(r"Prove that the function $f(x) = \|x\|_2^2$ is strictly convex on $\mathbb{R}^2$.")
    assert claim.function == x1 ** 2 + x2 ** 2 and claim.variables == (x1, x2)
    claim = parse_claim(r"$f(x) = \log \sum_{i=1}^{n} \exp(x_i)$ is convex on $\mathbb{R}^n$ with $n = 3$")
    assert claim.function == sp.log(sp.exp(x1) + sp.exp(x2) + sp.exp(x3))
    claim = parse_claim(r"$\sum_i \log x_i$ is concave in $x$ on $\mathbb{R}^2_{++}$")
    assert claim.domain == [x1 > 0, x2 > 0]
    x, y = sp.symbols("x y", real=True)
    assert parse_claim(r"$x^2 + y^2$ is convex on $\mathbb{R}^2_{+}$").domain == [x >= 0, y >= 0]   # one per variable


def test_a_space_of_the_wrong_size_is_a_one_line_error():
    with pytest.raises(ClaimError, match="has 2 coordinates but the function has 3 variable"):
        parse_claim(r"$x + y + z$ is convex on $\mathbb{R}^2$")
    with pytest.raises(ClaimError, match="a power of a vector"):
        parse_claim(r"$x^2$ is convex for $x \in \mathbb{R}^2$")


def test_a_declaration_shares_its_math_block_with_other_domain_entries():
    claim = parse_claim(r"$\|x\|_2^2 + x_1$ is strictly convex for $x \in \mathbb{R}^3, x_1 > 0$")
    assert claim.variables == (x1, x2, x3) and claim.domain == [x1 > 0]


def test_alternatives_with_parameters_are_never_refuted_by_failures_at_different_values():
    # a x^2 is convex for a >= 0 and concave for a <= 0: for every a it is convex or concave, although "convex for
    # every a" and "concave for every a" are both refuted (at different values of a)
    result = check_claim(r"$a x^2$ is convex or concave in $x$ for fixed $a$", timeout=30)
    assert result.holds is not False


def test_unicode_spaces_as_pasted():
    assert parse_claim(r"$\|x\|_2$ is convex for $x ∈ ℝ³$").function == sp.sqrt(x1 ** 2 + x2 ** 2 + x3 ** 2)
    assert parse_claim(r"$\sum_i \log x_i$ is concave for $x ∈ ℝ²₊₊$").domain == [x1 > 0, x2 > 0]
    x, y = sp.symbols("x y", real=True)
    assert parse_claim(r"$x² + y²$ is convex").function == x ** 2 + y ** 2


def test_an_argument_written_only_by_its_coordinates_is_that_vector():
    claim = parse_claim(r"The Rosenbrock function $f(x) = 100(x_2 - x_1^2)^2 + (1 - x_1)^2$ is convex")
    assert claim.variables == (x1, x2)
    assert parse_claim(r"$f(\mathbf{x}) = x_1^2 + x_3^2$ is strictly convex").variables == (x1, x2, x3)
    assert check_claim(r"$f(\mathbf{x}) = x_1^2 + x_3^2$ is strictly convex", timeout=30).holds is False  # flat in x_2
    assert check_claim(r"$f(x) = \log(e^{x_1} + e^{x_2})$ is convex on $\mathbb{R}^2$", timeout=30).holds is True


@pytest.mark.parametrize("text, holds", [
    (r"Exercise 3.16(b): $f(x_1, x_2) = x_1 x_2$ on $\mathbb{R}^2_{++}$ is convex", False),
    (r"Exercise 3.16(c): $f(x_1, x_2) = 1/(x_1 x_2)$ on $\mathbb{R}^2_{++}$ is convex", True),
    (r"$f(x) = x^\top x$ on $\mathbb{R}^2$ is strictly convex", True),
])
def test_a_domain_between_the_function_and_its_property(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert all(isinstance(verify(c), str) for c in result.certificates)


def test_a_domain_between_the_function_and_its_property_is_the_domain():
    assert parse_claim(r"$f(x_1, x_2) = x_1 x_2$ on $\mathbb{R}^2_{++}$ is convex").domain == [x1 > 0, x2 > 0]


@pytest.mark.parametrize("text, holds", [
    (r"For $x > 0$, the function $\log x$ is concave.", True),
    (r"For $x > 0$, the function $\log x$ is convex.", False),
    (r"Over $\mathbb{R}_{++}$, $x^{-1}$ is convex.", True),
    (r"For $a > 0$, $a x^2$ is strictly convex in $x$.", True),
    (r"$f(x) = 3x + 2$ is both convex and concave", True),
    (r"$f(x) = |x|$ is both convex and concave on $\mathbb{R}$", False),
])
def test_condition_first_and_both(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified


def test_condition_first_is_read_as_the_domain_or_the_parameter_condition():
    x, a = sp.symbols("x a", real=True)
    assert parse_claim(r"For $x > 0$, the function $\log x$ is concave.").domain == [x > 0]
    claim = parse_claim(r"For $a > 0$, $a x^2$ is strictly convex in $x$.")
    assert claim.parameters == (a,) and claim.variables == (x,)


# ----------------------------------------------------------------------- an inner product inside brackets (red10)

@pytest.mark.parametrize("text, expected, function", [
    # the bracket's comma list must not split the inner product's own comma
    (r"$(\langle w, x \rangle + 1)^2$ is convex in $w$ where $x = (2, 5)$", True, (2 * w1 + 5 * w2 + 1) ** 2),
    (r"$\max(0, 2 - \langle w, x\rangle)$ is strictly convex in $w$ where $x = (1, -1)$", False,
     relu(2 - w1 + w2)),
    (r"$\exp(\langle w, x \rangle)$ is concave in $w$ where $x = (1, 3)$", False, sp.exp(w1 + 3 * w2)),
])
def test_an_inner_product_in_brackets_is_one_entry(text, expected, function):
    result = check_claim(text, timeout=30)
    assert sp.simplify(result.claim.function - function) == 0
    assert result.holds is expected and result.verified is True
    assert {verify(c) for c in result.certificates}


def test_a_tuple_of_inner_products_keeps_its_entries():
    claim = parse_claim(r"$\max(\langle a, w \rangle, \langle b, w \rangle)$ is convex in $w$ where "
                        r"$a = (1, 0)$ and $b = (0, 1)$")
    assert claim.function == sp.Max(w1, w2)


# ------------------------------------------------------------- a sum over data given term by term (red10)

def test_a_sum_over_given_data_vectors_is_written_out():
    result = check_claim(r"$\sum_{i=1}^{2} (w^\top a_i + b_i)^2$ is strictly convex in $w$ where $a_1 = (1, 0)$, "
                         r"$a_2 = (1, 1)$, $b_1 = 2$, $b_2 = -1$", timeout=30)
    assert sp.expand(result.claim.function - ((w1 + 2) ** 2 + (w1 + w2 - 1) ** 2)) == 0
    assert result.holds is True and result.verified is True
    assert all(verify(c) == c.statement for c in result.certificates)


@pytest.mark.slow
def test_a_sum_over_parallel_data_vectors_is_not_strictly_convex():
    result = check_claim(r"$\sum_{i=1}^{3} \max(0, 1 - w^\top x_i)$ is strictly convex in $w$ where $x_1 = (1, -1)$, "
                         r"$x_2 = (2, -2)$, $x_3 = (-1, 1)$", timeout=30)
    assert result.holds is False and result.verified is True     # constant along (1, 1)
    assert all(verify(c) == c.statement for c in result.certificates)


def test_the_index_inside_a_written_out_sum_is_its_number():
    claim = parse_claim(r"$\sum_{i=1}^{2} i (w^\top x_i)^2$ is convex in $w$ where $x_1 = (1, 0)$, $x_2 = (0, 1)$")
    assert sp.expand(claim.function - (w1 ** 2 + 2 * w2 ** 2)) == 0


def test_a_sum_without_given_data_is_not_written_out():
    with pytest.raises(ClaimError, match="size"):
        parse_claim(r"$\sum_{i=1}^{2} (w^\top x_i)^2$ is convex in $w$")


def test_data_written_with_superscripts_and_a_label_vector():
    # CS229's notation: x^{(i)} given one by one, the labels y as one vector (y^{(i)} its coordinates)
    claim = parse_claim(r"$\sum_{i=1}^{2} \log(1 + e^{-y^{(i)} w^\top x^{(i)}})$ is convex in $w$ where "
                        r"$x^{(1)} = (2, 0)$, $x^{(2)} = (1, 1)$, $y = (1, -1)$")
    expected = sp.log(1 + sp.exp(-2 * w1)) + sp.log(1 + sp.exp(w1 + w2))
    assert sp.simplify(claim.function - expected) == 0
