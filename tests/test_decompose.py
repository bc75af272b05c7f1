"""Hessian proofs: H = L D L^T with pivots shown nonnegative on the domain."""

from __future__ import annotations

import pytest
import sympy as sp

from symconvex.certificates import to_sympy
from symconvex.check import verify
from symconvex.decompose import ldl, prove_by_hessian
from symconvex.functions import relu

x, y, z = sp.symbols("x y z", real=True)
R = sp.Rational


def _check_factorization(cert, f, variables, sign, domain):
    """Independently of the checker: L D L^T equals sign * (true Hessian) and L is unit lower triangular
    (on the interior: variables bounded below by 0 are positive there)."""
    positive = {c.lhs for c in domain or [] if c.rhs == 0 and isinstance(c, (sp.StrictGreaterThan, sp.GreaterThan))}
    syms = {v.name: sp.Symbol(v.name, positive=True) if v in positive else v for v in variables}
    f = f.xreplace({v: syms[v.name] for v in variables})
    variables = [syms[v.name] for v in variables]
    L = sp.Matrix([[to_sympy(e, dict(syms)) for e in row] for row in cert.L])
    D = sp.diag(*[to_sympy(d, dict(syms)) for d in cert.D])
    H = sp.hessian(f, variables)
    assert all(L[i, i] == 1 and all(L[i, j] == 0 for j in range(i + 1, L.cols)) for i in range(L.rows))
    assert sp.simplify(L * D * L.T - sign * H) == sp.zeros(*H.shape)


def test_quadratic_form_pivots_are_2_and_3_halves():
    f = x ** 2 + x * y + y ** 2
    cert = prove_by_hessian(f, (x, y), None)
    assert cert.proves == "convex"
    assert cert.D == [["num", "2"], ["num", "3/2"]]
    assert cert.L == [[["num", "1"], ["num", "0"]], [["num", "1/2"], ["num", "1"]]]
    assert cert.hessian == [[["num", "2"], ["num", "1"]], [["num", "1"], ["num", "2"]]]
    assert verify(cert) == "convex"


@pytest.mark.parametrize("f, variables, domain, proves", [
    (sp.log(1 + sp.exp(x + 2 * y)), (x, y), None, "convex"),
    (sp.log(1 + sp.exp(-(x + 2 * y))), (x, y), None, "convex"),
    (x ** 2 / y, (x, y), [y > 0], "convex"),
    (x ** 3, (x,), [x >= 0], "convex"),
    (sp.sqrt(x * y), (x, y), [x > 0, y > 0], "concave"),
    (x ** 4, (x,), None, "convex"),
    (sp.exp(x), (x,), None, "convex"),
    (x ** 2 + y ** 2 + z ** 2 + x * y, (x, y, z), None, "convex"),
    (sp.sqrt(x), (x,), [x >= 0], "concave"),
    (x * sp.log(x), (x,), [x > 0], "convex"),
    (-sp.log(x) + (x - y) ** 2, (x, y), [x > 0], "convex"),
    (x ** 2 + 2 * x * z + 2 * z ** 2 + y ** 2, (x, y, z), None, "convex"),
    (sp.log(x - 1), (x,), [x > 1], "concave"),
    (1 / (x - 1), (x,), [x > 1], "convex"),
])
def test_hessian_proves(f, variables, domain, proves):
    cert = prove_by_hessian(f, variables, domain)
    assert cert is not None and cert.proves == proves
    assert verify(cert) == proves and verify(cert.to_json()) == proves
    _check_factorization(cert, f, variables, 1 if proves == "convex" else -1, domain)


def test_log_one_plus_exp_has_a_zero_second_pivot():
    cert = prove_by_hessian(sp.log(1 + sp.exp(x + 2 * y)), (x, y), None)
    assert cert.D[1] == ["num", "0"] and cert.L[1][0] == ["num", "2"]
    assert cert.pivot_signs[0]["sign"] == "positive" and cert.pivot_signs[1]["sign"] == "zero"


def test_x_cubed_on_the_nonnegative_half_line_has_pivot_6x():
    cert = prove_by_hessian(x ** 3, (x,), [x >= 0])
    assert cert.D == [["mul", ["num", "6"], ["var", "x"]]]
    assert cert.pivot_signs == [{"sign": "positive", "box": {"x": ["0", False, None, False]}}]


@pytest.mark.parametrize("f, variables, domain", [
    (x * y, (x, y), None),                       # indefinite
    (x ** 3, (x,), None),                        # 6x changes sign on R
    (relu(x), (x,), None),                       # a kink
    (sp.Abs(x) + x ** 2, (x,), None),            # a kink
    (x ** 2 - y ** 2, (x, y), None),             # indefinite
    (sp.log(x), (x,), [x >= 0]),                 # undefined at 0, which is in the domain
    (x ** 2, (x,), [x >= 1, x <= 1]),            # the domain has no interior
    (sp.sin(x), (x,), None),                     # not an expression tree operator
])
def test_hessian_refuses(f, variables, domain):
    assert prove_by_hessian(f, variables, domain) is None


def test_ldl_without_pivoting():
    L, D = ldl(sp.Matrix([[4, 2], [2, 3]]))
    assert D == [4, 2] and L == sp.Matrix([[1, 0], [R(1, 2), 1]])
    assert ldl(sp.Matrix([[0, 1], [1, 0]])) is None  # zero pivot above a nonzero entry
    L, D = ldl(sp.Matrix([[0, 0], [0, 5]]))
    assert D == [0, 5] and L == sp.eye(2)


def test_the_memo_answers_the_same_question_with_a_copy_and_the_checkers_statement(monkeypatch):
    """A second identical question is answered from the memo: an equal certificate that is a fresh object (a caller
    that changes its copy changes nothing later), with the checker's statement about it handed to ``verified``;
    a question that differs in one assumption, the domain or an option is computed afresh."""
    import symconvex.decompose as decompose

    monkeypatch.setattr(decompose, "_MEMO", type(decompose._MEMO)())  # a memo of its own
    calls = []
    real = decompose._prove_by_hessian
    monkeypatch.setattr(decompose, "_prove_by_hessian", lambda *a, **k: calls.append(a) or real(*a, **k))
    x, y = sp.symbols("x y", real=True)
    first_seen, again_seen = {}, {}
    first = prove_by_hessian(x ** 2 + x * y + y ** 2, (x, y), None, strict=True, verified=first_seen)
    again = prove_by_hessian(x ** 2 + x * y + y ** 2, (x, y), None, strict=True, verified=again_seen)
    assert len(calls) == 1 and again == first and again is not first
    assert first_seen[id(first)][1] == again_seen[id(again)][1] == "strictly_convex" == verify(again)
    again.D[0][1] = "-7"  # a caller that mutates its copy (certificates hold lists) does not reach the memo
    assert prove_by_hessian(x ** 2 + x * y + y ** 2, (x, y), None, strict=True).D[0] == ["num", "2"]
    assert prove_by_hessian(x ** 2 + x * y + y ** 2, (x, y), None).proves == "convex"  # another option: computed
    assert prove_by_hessian(x ** 2 + x * y + y ** 2, (x, y), [x > 0], strict=True) is not None  # another domain
    assert len(calls) == 3
    u, v = sp.symbols("x y", positive=True)  # the same names with other assumptions: another question
    assert prove_by_hessian(u ** 2 + u * v + v ** 2, (u, v), None, strict=True) == first and len(calls) == 4
    assert prove_by_hessian(relu(x), (x,), None) is None and prove_by_hessian(relu(x), (x,), None) is None
    assert len(calls) == 5  # None is remembered too
