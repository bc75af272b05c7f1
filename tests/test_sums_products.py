r"""Sums and products with numeric bounds (``parsing.sums``): the function read, its variables, and the verdict
backed by certificates the independent checker accepts. A sum's index is bound: a set such as
$\mathbb{R}^2_{+}$ is about the summed coordinates, never about the index."""

import pytest
import sympy as sp

from symconvex.claims import parse_claim
from symconvex.parsing import names_in, parse_expression
from answers import answered

x1, x2, x3 = sp.symbols("x_1 x_2 x_3", real=True)



@pytest.mark.parametrize("text, expected", [
    (r"\log \sum_{i=1}^{3} e^{x_i}", sp.log(sp.exp(x1) + sp.exp(x2) + sp.exp(x3))),   # the log of the whole sum
    (r"\log \sum_{i=1}^{2} e^{x_i} + 1", sp.log(sp.exp(x1) + sp.exp(x2)) + 1),       # the sum ends at a top-level +
    (r"\prod_{i=1}^{3} x_i", x1 * x2 * x3),
    (r"\prod_{i=1}^{2} (1 + x_i^2)", (1 + x1**2) * (1 + x2**2)),
    (r"\log \prod_{i=1}^{2} x_i", sp.log(x1 * x2)),
    (r"\sum_{i=1}^{2} i x_i^2", x1**2 + 2 * x2**2),
])
def test_sums_and_products_expand_term_by_term(text, expected):
    assert sp.expand(parse_expression(text) - expected) == 0


def test_the_index_of_a_sum_is_bound():
    full, bases = names_in(r"\sum_{i=1}^{2} x_i^3 + \prod_{k=1}^{2} y_k")
    assert "i" not in full and "k" not in full and {"x", "y"} <= bases


@pytest.mark.parametrize("text, variables, domain, holds", [
    # on the orthant of (x_1, x_2): x^3 is convex there; read on the index i it would be refuted (a wrong answer)
    (r"$\sum_{i=1}^{2} x_i^3$ is convex on $\mathbb{R}^2_{+}$", ["x_1", "x_2"], ["x_1 >= 0", "x_2 >= 0"], True),
    (r"$\prod_{i=1}^{n} x_i^{1/n}$ is concave on $\mathbb{R}^2_{++}$ where $n = 2$", ["x_1", "x_2"],
     ["x_1 > 0", "x_2 > 0"], True),
    (r"$\log \sum_{i=1}^{3} e^{x_i}$ is convex", ["x_1", "x_2", "x_3"], None, True),
    (r"$\log \sum_{i=1}^{2} e^{x_i}$ is strictly convex", ["x_1", "x_2"], None, False),   # affine along (1, 1)
    (r"$\sum_{i=1}^{n} (x_i - i)^2$ is strictly convex where $n = 3$", ["x_1", "x_2", "x_3"], None, True),
    (r"$\prod_{i=1}^{2} x_i$ is convex", ["x_1", "x_2"], None, False),
])
def test_claims_with_sums_and_products(text, variables, domain, holds):
    claim = parse_claim(text)
    assert [v.name for v in claim.variables] == variables
    assert (None if claim.domain is None else sorted(str(c) for c in claim.domain)) == domain
    assert answered(text).holds is holds
