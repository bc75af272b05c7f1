r"""Sums of squares for positive polynomials in one variable (search layer: proposes, never decides).

A polynomial p(x) with rational coefficients that is > 0 on all of R is a sum of squares, and then
p = m^T G m for the monomial vector m = (x^k, ..., x, 1) (deg p = 2k) and a positive definite Gram matrix G.
``sos_form(p, x)`` finds such a G with *rational* entries and writes p = sum_i d_i q_i(x)^2 from G = L diag(d) L^T
(exact LDL^T over the rationals), every d_i > 0 and the last q_i the constant 1. That form is one the sign rules
read at a glance: a sum of positive multiples of even powers plus a positive constant is > 0 everywhere.

Floats only steer: the complex roots of p - eps (x^{2k} + ... + 1) give a float Gram matrix (a |h|^2 = a(Re h)^2 +
a(Im h)^2 for h the product of one root of each conjugate pair), eps I makes it positive definite, and it is rounded
to rationals and corrected exactly so that each anti-diagonal sums to p's coefficient. The rational LDL^T then
decides: a pivot <= 0 means no form was found (None), which proves nothing. Whoever uses the form must still show
it equals p (the Hessian checker compares L D L^T with the Hessian exactly).

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> form = sos_form(x**4 + 2*x**2 - x + 1, x)
>>> sp.expand(form - (x**4 + 2*x**2 - x + 1))
0
>>> print(sos_form(x**2 - 1, x))
None
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import sympy as sp

#: Largest degree tried (the Gram matrix is (k + 1) x (k + 1) for degree 2k).
MAX_DEGREE = 12
#: Denominators of the rounded Gram entries tried, coarse first (small numbers to read).
DENOMINATORS = (1, 4, 16, 64, 1024, 2 ** 20)


def _float_gram(coeffs: list[Fraction], k: int, eps: float) -> np.ndarray | None:
    """A float Gram matrix (monomials x^k, ..., 1) of p - eps * sum x^{2i}, plus eps * I; None if that
    polynomial has a real root (eps too large, or p not positive)."""
    shifted = [float(c) for c in coeffs]
    for i in range(0, 2 * k + 1, 2):
        shifted[i] -= eps
    roots = np.roots(shifted)
    if len(roots) != 2 * k or np.any(np.abs(roots.imag) < 1e-9 * (1 + np.abs(roots))):
        return None
    upper = sorted((r for r in roots if r.imag > 0), key=lambda r: (r.real, r.imag))
    if len(upper) != k:
        return None
    h = np.poly(upper)  # monic, degree k, complex coefficients from x^k down
    lead = shifted[0]
    a, b = h.real, h.imag
    return lead * (np.outer(a, a) + np.outer(b, b)) + eps * np.eye(k + 1)


def _exact_gram(G: np.ndarray, coeffs: list[Fraction], k: int, denominator: int) -> list[list[Fraction]]:
    """G rounded to multiples of 1/denominator, symmetric, with each anti-diagonal corrected so that
    sum_{i + j = n} G_ij is exactly p's coefficient of x^{2k - n} (indices from the x^k end)."""
    R = [[Fraction(round(G[i, j] * denominator), denominator) for j in range(k + 1)] for i in range(k + 1)]
    for i in range(k + 1):
        for j in range(i):
            R[i][j] = R[j][i]
    for n in range(2 * k + 1):
        cells = [(i, n - i) for i in range(k + 1) if 0 <= n - i <= k]
        residual = coeffs[n] - sum(R[i][j] for i, j in cells)
        i = n // 2
        if n % 2 == 0:
            R[i][i] += residual
        else:
            R[i][i + 1] += residual / 2
            R[i + 1][i] += residual / 2
    return R


def _ldl(R: list[list[Fraction]]):
    """(L, d) with R = L diag(d) L^T over the rationals, or None when a pivot is <= 0."""
    n = len(R)
    L = [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]
    d = [Fraction(0)] * n
    for j in range(n):
        d[j] = R[j][j] - sum(L[j][m] ** 2 * d[m] for m in range(j))
        if d[j] <= 0:
            return None
        for i in range(j + 1, n):
            L[i][j] = (R[i][j] - sum(L[i][m] * L[j][m] * d[m] for m in range(j))) / d[j]
    return L, d


def sos_form(p, x):
    """p as sum_i d_i q_i(x)^2 (d_i > 0 rationals, the last q_i = 1), an unevaluated SymPy sum equal to p, or
    None (p is not a polynomial in x alone with rational coefficients, has odd degree or a real root, or no
    rational Gram matrix was found)."""
    try:
        poly = sp.Poly(p, x)
    except sp.PolynomialError:
        return None
    if not all(c.is_Rational for c in poly.all_coeffs()):
        return None
    degree = poly.degree()
    if degree <= 0 or degree % 2 or degree > MAX_DEGREE or poly.LC() <= 0:
        return None
    k = degree // 2
    coeffs = [Fraction(int(c.p), int(c.q)) for c in poly.all_coeffs()]
    samples = np.linspace(-4, 4, 801)
    ratio = min(float(np.polyval([float(c) for c in coeffs], t)) / float(sum(t ** (2 * i) for i in range(k + 1)))
                for t in samples)
    for eps in (ratio / 2, ratio / 8, ratio / 64):
        if not eps > 0:
            return None
        G = _float_gram(coeffs, k, eps)
        if G is None:
            continue
        for denominator in DENOMINATORS:
            found = _ldl(_exact_gram(G, coeffs, k, denominator))
            if found is None:
                continue
            L, d = found
            monomials = [x ** (k - i) for i in range(k + 1)]
            terms = []
            for j in range(k + 1):
                q = sp.Add(*[sp.Rational(L[i][j].numerator, L[i][j].denominator) * monomials[i]
                             for i in range(j, k + 1)])
                c = sp.Rational(d[j].numerator, d[j].denominator)
                square = sp.Pow(q, 2, evaluate=False)
                terms.append(c if q == 1 else square if c == 1 else sp.Mul(c, square, evaluate=False))
            return sp.Add(*terms, evaluate=False)
    return None


def sos_pivot(d):
    """A pivot d (a SymPy expression in one variable) rewritten with each polynomial factor of its numerator that is
    positive on R as a sum of squares (``sos_form``): d = c prod f_i^{k_i} / den becomes c prod S_i^{k_i} / den. None
    when d has several variables, or a factor of degree >= 2 has no such form (the form is only ever a rewriting:
    it equals d identically)."""
    free = d.free_symbols
    if len(free) != 1:
        return None
    (x,) = free
    num, den = sp.fraction(sp.together(d))
    try:
        c, factors = sp.factor_list(num)
    except (sp.PolynomialError, NotImplementedError):
        return None
    parts, changed = [], False
    for f, k in factors:
        try:
            is_poly = f.is_polynomial(x) and sp.Poly(f, x).degree() >= 2
        except sp.PolynomialError:
            is_poly = False
        form = sos_form(f, x) if is_poly else None
        if form is not None:
            changed = True
            parts.append(form if k == 1 else sp.Pow(form, k, evaluate=False))
        else:
            parts.append(f ** k)
    if not changed:
        return None
    if den != 1:
        parts.append(sp.Pow(den, -1, evaluate=False))
    return sp.Mul(c, *parts, evaluate=False) if c != 1 else sp.Mul(*parts, evaluate=False)


__all__ = ["sos_form", "sos_pivot"]
