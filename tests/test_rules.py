"""The atom-fact table (one mathematical test per row) and the composition-rule prover."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
import sympy as sp

from symconvex.atoms import (ATOMS, PARAM_POWER_ROWS, POWER_ROWS, Curvature, Monotonicity, Sign, exponent_rows,
                             geo_mean_exponents_ok)
from symconvex.check import verify
from symconvex.errors import CertificateError
from symconvex.functions import leaky_relu, relu, sigmoid, softplus
from symconvex.rules import compose, curvature_of, explain, negate, prove_by_rules, sign_of
from test_special_functions import ROWS as SPECIAL_ROWS
from test_trig import TRIG_ROWS

t, u, v, w = sp.symbols("t u v w", real=True)
x, y, z = sp.symbols("x y z", real=True)
R = sp.Rational

# Sample points of each argument region (Sign.UNKNOWN: all reals).
POINTS = {
    Sign.UNKNOWN: [R(-3), R(-1), R(-1, 3), R(0), R(1, 4), R(1), R(5, 2)],
    Sign.POSITIVE: [R(1, 5), R(1, 2), R(1), R(2), R(7)],
    Sign.NONNEGATIVE: [R(0), R(1, 5), R(1), R(3)],
    Sign.NEGATIVE: [R(-7), R(-2), R(-1), R(-1, 2), R(-1, 5)],
    Sign.NONPOSITIVE: [R(-3), R(-1), R(-1, 5), R(0)],
}


def _sign_ok(value, sign) -> bool:
    """Does the exact number ``value`` have the sign ``sign``? (SymPy decides exactly / rigorously.)"""
    value = sp.nsimplify(value) if value.is_Float else value
    checks = {Sign.POSITIVE: value.is_positive, Sign.NONNEGATIVE: value.is_nonnegative, Sign.ZERO: value.is_zero,
              Sign.NONPOSITIVE: value.is_nonpositive, Sign.NEGATIVE: value.is_negative}
    return sign is Sign.UNKNOWN or checks[sign] is True


def _interior(points, region):
    return [p for p in points if p != 0] if region in (Sign.NONNEGATIVE, Sign.NONPOSITIVE) else points


def check_scalar_smooth(row: str, f, *, param_desc=""):
    """Validate a one-argument smooth row: f'' sign (curvature), f' sign (monotonicity), value sign."""
    facts = ATOMS[row]
    region = facts.domain[0]
    d1, d2 = sp.diff(f, t), sp.diff(f, t, 2)
    for p in POINTS[region]:
        value = f.subs(t, p)
        assert value.is_real and value.is_finite, (row, param_desc, p)
        assert _sign_ok(sp.simplify(value), facts.sign if isinstance(facts.sign, Sign) else Sign.UNKNOWN), (row, p)
    for p in _interior(POINTS[region], region):
        c2 = sp.simplify(d2.subs(t, p))
        if facts.curvature is Curvature.CONVEX:
            assert c2.is_nonnegative, (row, param_desc, p, c2)
        elif facts.curvature is Curvature.CONCAVE:
            assert c2.is_nonpositive, (row, param_desc, p, c2)
        c1 = sp.simplify(d1.subs(t, p))
        mono = facts.monotone[0].resolve(Sign.POSITIVE if p > 0 else Sign.NEGATIVE if p < 0 else Sign.ZERO)
        if mono is Monotonicity.INCREASING:
            assert c1.is_nonnegative, (row, param_desc, p, c1)
        elif mono is Monotonicity.DECREASING:
            assert c1.is_nonpositive, (row, param_desc, p, c1)
    if facts.curvature is Curvature.UNKNOWN:  # "neither": the second derivative takes both signs
        values = [sp.simplify(d2.subs(t, p)) for p in POINTS[region]]
        assert any(c.is_positive for c in values) and any(c.is_negative for c in values), row


def check_midpoint_convex(f, args, points, curvature):
    """f(lam a + (1-lam) b) vs the chord on every pair of sample points (exact)."""
    lam = R(1, 3)
    for a, b in itertools.combinations(points, 2):
        m = [lam * ai + (1 - lam) * bi for ai, bi in zip(a, b)]
        fm = f.subs(dict(zip(args, m)))
        chord = lam * f.subs(dict(zip(args, a))) + (1 - lam) * f.subs(dict(zip(args, b)))
        gap = sp.simplify(fm - chord)
        assert gap.is_nonpositive if curvature is Curvature.CONVEX else gap.is_nonnegative, (f, a, b, gap)


def check_psd(H, subs, negate=False):
    """Every principal minor of H (or -H) at the point is >= 0: H is positive semidefinite there."""
    M = (-H if negate else H).subs(subs)
    n = M.rows
    for k in range(1, n + 1):
        for idx in itertools.combinations(range(n), k):
            minor = sp.simplify(M.extract(list(idx), list(idx)).det())
            assert minor.is_nonnegative, (H, subs, idx, minor)


# --------------------------------------------------------------------------------- one test per row

def test_row_add_is_affine_and_increasing():
    f = u + v + w
    assert sp.hessian(f, (u, v, w)) == sp.zeros(3, 3)
    assert all(sp.diff(f, a) == 1 for a in (u, v, w))
    assert ATOMS["add"].curvature is Curvature.AFFINE and ATOMS["add"].monotone == (Monotonicity.INCREASING,)
    for s1, s2 in itertools.product(list(Sign), repeat=2):
        total = s1.add(s2)
        for a, b in itertools.product(POINTS[Sign.UNKNOWN], repeat=2):
            if _sign_ok(a, s1) and _sign_ok(b, s2) and s1 is not Sign.UNKNOWN and s2 is not Sign.UNKNOWN:
                assert _sign_ok(a + b, total), (s1, s2, a, b)


def test_row_scale_is_affine_increasing_for_nonneg_constant():
    for c in (R(2), R(-3), R(0)):
        f = c * t
        assert sp.diff(f, t, 2) == 0
        mono = ATOMS["scale"].monotone[0].resolve(Sign.POSITIVE if c > 0 else Sign.NEGATIVE if c < 0 else Sign.ZERO)
        assert (sp.diff(f, t) >= 0) if mono is Monotonicity.INCREASING else (sp.diff(f, t) <= 0)
    for s1, s2 in itertools.product(list(Sign), repeat=2):
        prod = s1.mul(s2)
        for a, b in itertools.product(POINTS[Sign.UNKNOWN], repeat=2):
            if _sign_ok(a, s1) and _sign_ok(b, s2) and Sign.UNKNOWN not in (s1, s2):
                assert _sign_ok(a * b, prod), (s1, s2, a, b)


@pytest.mark.parametrize("row, f", [
    ("exp", sp.exp(t)), ("log", sp.log(t)), ("softplus", softplus(t).rewrite(sp.exp)),
    ("sigmoid", sigmoid(t).rewrite(sp.exp)), ("tanh", sp.tanh(t)),
    ("sigmoid_nonneg", sigmoid(t).rewrite(sp.exp)), ("sigmoid_nonpos", sigmoid(t).rewrite(sp.exp)),
    ("tanh_nonneg", sp.tanh(t)), ("tanh_nonpos", sp.tanh(t)),
])
def test_row_smooth_scalar_atom(row, f):
    check_scalar_smooth(row, f)


def test_row_tanh_keeps_the_sign():
    assert ATOMS["tanh"].sign == "same"
    for p in POINTS[Sign.UNKNOWN]:
        s = Sign.POSITIVE if p > 0 else Sign.NEGATIVE if p < 0 else Sign.ZERO
        assert _sign_ok(sp.tanh(p), sign_of(ATOMS["tanh"], [s]))


@pytest.mark.parametrize("row, f", [("abs", sp.Abs(t)), ("relu", relu(t)),
                                    ("huber", sp.Min(1, sp.Abs(t)) ** 2 + 2 * relu(sp.Abs(t) - 1))])
def test_row_kink_atoms(row, f):
    facts = ATOMS[row]
    pts = [(p,) for p in POINTS[Sign.UNKNOWN]]
    check_midpoint_convex(f, (t,), pts, facts.curvature)
    for a, b in itertools.combinations(POINTS[Sign.UNKNOWN], 2):  # a < b within one sign region
        lo, hi = min(a, b), max(a, b)
        diff = f.subs(t, hi) - f.subs(t, lo)
        mono = facts.monotone[0].resolve(Sign.NONNEGATIVE if lo >= 0 else Sign.NONPOSITIVE if hi <= 0 else Sign.UNKNOWN)
        if mono is Monotonicity.INCREASING:
            assert diff >= 0
        elif mono is Monotonicity.DECREASING:
            assert diff <= 0
        assert _sign_ok(f.subs(t, a), facts.sign)


@pytest.mark.parametrize("row, region, same", [("abs_nonneg", Sign.NONNEGATIVE, t), ("abs_nonpos", Sign.NONPOSITIVE, -t)])
def test_row_abs_on_a_half_line_is_affine(row, region, same):
    """|a| equals the affine a (a >= 0) or -a (a <= 0) at every point of the row's region, so it is affine there,
    nondecreasing (nonincreasing), with a's sign (a nonnegative value)."""
    facts = ATOMS[row]
    assert facts.curvature is Curvature.AFFINE and facts.domain == (region,)
    assert sp.diff(same, t) * (1 if facts.monotone[0] is Monotonicity.INCREASING else -1) > 0
    for p in POINTS[region] + [R(-1, 7) if region is Sign.NONPOSITIVE else R(1, 7)]:
        assert sp.Abs(p) == same.subs(t, p)
        s = Sign.POSITIVE if p > 0 else Sign.NEGATIVE if p < 0 else Sign.ZERO
        assert _sign_ok(sp.Abs(p), sign_of(facts, [s]))


@pytest.mark.parametrize("alpha", [R(0), R(1, 10), R(1, 2), R(1)])
def test_row_leaky_relu(alpha):
    f = leaky_relu(t, alpha)
    check_midpoint_convex(f, (t,), [(p,) for p in POINTS[Sign.UNKNOWN]], Curvature.CONVEX)
    for a, b in itertools.combinations(sorted(POINTS[Sign.UNKNOWN]), 2):
        assert f.subs(t, b) - f.subs(t, a) >= 0
    for p in POINTS[Sign.UNKNOWN]:
        s = Sign.POSITIVE if p > 0 else Sign.NEGATIVE if p < 0 else Sign.ZERO
        assert _sign_ok(f.subs(t, p), sign_of(ATOMS["leaky_relu"], [s]))
    from symconvex.atoms import leaky_slope_ok
    assert not leaky_slope_ok(Fraction(2)) and not leaky_slope_ok(Fraction(-1, 2))


@pytest.mark.parametrize("row, head", [("max", sp.Max), ("min", sp.Min)])
def test_row_max_min(row, head):
    facts = ATOMS[row]
    f = head(u, v, w)
    pts = [(R(-1), R(2), R(0)), (R(3), R(-2), R(1, 2)), (R(0), R(0), R(-5)), (R(1), R(1), R(1))]
    check_midpoint_convex(f, (u, v, w), pts, facts.curvature)
    for p in pts:  # increasing in each argument
        for i in range(3):
            q = list(p)
            q[i] += 1
            assert f.subs(dict(zip((u, v, w), q))) >= f.subs(dict(zip((u, v, w), p)))
    signs = list(Sign)
    for combo in itertools.product(signs[:5], repeat=2):  # the max/min sign rule on samples of each sign
        stated = sign_of(facts, list(combo))
        for a in POINTS[Sign.UNKNOWN]:
            for b in POINTS[Sign.UNKNOWN]:
                if _sign_ok(a, combo[0]) and _sign_ok(b, combo[1]):
                    assert _sign_ok(head(a, b), stated), (row, combo, a, b)


EXPONENTS = {
    "pow_even": [R(2), R(4), R(6)], "pow_odd_nonneg": [R(3), R(5)], "pow_odd_nonpos": [R(3), R(5)],
    "pow_gt1": [R(3, 2), R(5, 3), R(7, 2)], "pow_01": [R(1, 2), R(1, 3), R(2, 3), R(3, 4)],
    "pow_neg_pos": [R(-1), R(-2), R(-1, 2), R(-5, 3)], "pow_neg_even_neg": [R(-2), R(-4)],
    "pow_neg_odd_neg": [R(-1), R(-3)],
}


@pytest.mark.parametrize("row", POWER_ROWS)
def test_row_power(row):
    for p in EXPONENTS[row]:
        assert row in exponent_rows(Fraction(int(p.p), int(p.q)))
        region = ATOMS[row].domain[0]
        check_scalar_smooth(row, t ** p, param_desc=str(p))  # samples only from the row's region
        if p.q != 1:  # fractional powers are taken of nonnegative bases only
            assert region in (Sign.POSITIVE, Sign.NONNEGATIVE)


def test_row_sqrt_is_the_half_power():
    assert exponent_rows(Fraction(1, 2)) == ["pow_01"]
    check_scalar_smooth("pow_01", sp.sqrt(t))


def test_power_rows_cover_every_exponent_class():
    assert exponent_rows(Fraction(0)) == [] and exponent_rows(Fraction(1)) == []
    assert exponent_rows(Fraction(-3, 2)) == ["pow_neg_pos"]
    assert exponent_rows(Fraction(4)) == ["pow_even"]
    # odd powers are neither convex nor concave on R: the rows split by the sign of the base
    assert sp.diff(t ** 3, t, 2).subs(t, -1) < 0 < sp.diff(t ** 3, t, 2).subs(t, 1)


@pytest.mark.parametrize("c", [R(0), R(1), R(2)])
def test_row_log_sum_exp(c):
    f = sp.log(c + sp.exp(u) + sp.exp(v))
    H = sp.hessian(f, (u, v))
    grad = [sp.diff(f, a) for a in (u, v)]
    # the point (log a, log b): e^u = a, e^v = b are positive rationals, so every entry is rational
    for a, b in [(R(1), R(1)), (R(1, 3), R(5)), (R(7), R(1, 2)), (R(1, 50), R(1, 50))]:
        at = {u: sp.log(a), v: sp.log(b)}
        check_psd(H.subs(at), {})
        assert all(g.subs(at).is_positive for g in grad)
        value = sp.log(c + a + b)
        assert _sign_ok(value, sign_of(ATOMS["log_sum_exp"], [Sign.UNKNOWN] * 2, Fraction(int(c))))
    assert (sp.log(sp.exp(R(-3)) + sp.exp(R(-3)))).is_negative  # without a constant it can be negative


def test_row_xlogx():
    check_scalar_smooth("xlogx", t * sp.log(t))
    d1 = sp.diff(t * sp.log(t), t)
    assert d1.subs(t, R(1, 10)).is_negative and d1.subs(t, 1).is_positive  # not monotone
    assert ATOMS["xlogx"].monotone == (Monotonicity.NONMONOTONE,)


def test_row_quad_over_lin():
    f = u ** 2 / v
    H = sp.hessian(f, (u, v))
    for p in [(R(0), R(1)), (R(3), R(1, 2)), (R(-2), R(5))]:
        subs = dict(zip((u, v), p))
        check_psd(H, subs)
        du, dv = sp.diff(f, u).subs(subs), sp.diff(f, v).subs(subs)
        assert (du >= 0 if p[0] >= 0 else du <= 0) and dv <= 0
        assert f.subs(subs) >= 0
    assert ATOMS["quad_over_lin"].domain == (Sign.UNKNOWN, Sign.POSITIVE)
    assert sp.hessian(f, (u, v)).subs({u: 1, v: -1})[0, 0] < 0  # concave side: y < 0 is excluded


@pytest.mark.parametrize("weights, constant", [((1, 1), 0), ((1, 4), 0), ((2, 3, 1), 1), ((1,), 1)])
def test_row_norm2(weights, constant):
    """sqrt(c_1 a_1^2 + ... + c_k a_k^2 + c): convex (PSD Hessian), nonnegative, increasing in a_i where a_i >= 0
    and decreasing where a_i <= 0 (SIGNED)."""
    args = (u, v, w)[: len(weights)]
    f = sp.sqrt(sum(c * a ** 2 for c, a in zip(weights, args)) + constant)
    H = sp.hessian(f, args)
    for p in itertools.product((R(1), R(-2), R(1, 2)), repeat=len(args)):
        subs = dict(zip(args, p))
        check_psd(H, subs)
        assert all((sp.diff(f, a).subs(subs) >= 0) == (subs[a] >= 0) for a in args) and f.subs(subs) >= 0
    assert ATOMS["norm2"].monotone == (Monotonicity.SIGNED,) and ATOMS["norm2"].curvature is Curvature.CONVEX


def test_norm2_certificates_are_checked_and_tampering_is_rejected():
    from symconvex.check import verify
    from tampering import tampered_twins
    x, y = sp.symbols("x y", real=True)
    cert = prove_by_rules(sp.sqrt(x ** 2 + 4 * y ** 2 + 1), (x, y), None)
    assert cert.derivation["rule"] == "norm2" and verify(cert) == "convex"
    for _, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)
    # a negative weight is not a norm: sqrt(x^2 - y^2) gets no rules proof
    assert prove_by_rules(sp.sqrt(x ** 2 - y ** 2), (x, y), [x > y]) is None or \
        prove_by_rules(sp.sqrt(x ** 2 - y ** 2), (x, y), [x > y]).derivation["rule"] != "norm2"


# perfect powers, so that every fractional power below is an exact rational
PERFECT = [R(1), R(4096), R(531441), R(1, 4096)]


@pytest.mark.parametrize("exponents", [(R(1, 2), R(1, 2)), (R(1, 3), R(2, 3)), (R(1, 4), R(1, 4)),
                                       (R(1, 2), R(1, 3), R(1, 6))])
def test_row_geo_mean(exponents):
    args = (u, v, w)[: len(exponents)]
    assert geo_mean_exponents_ok([Fraction(int(a.p), int(a.q)) for a in exponents])
    f = sp.Mul(*[a ** e for a, e in zip(args, exponents)])
    H = sp.hessian(f, args)
    for p in itertools.product(PERFECT[:3], repeat=len(args)):
        subs = dict(zip(args, p))
        check_psd(H, subs, negate=True)
        assert all(sp.diff(f, a).subs(subs) >= 0 for a in args) and f.subs(subs) >= 0
    assert not geo_mean_exponents_ok([Fraction(2, 3), Fraction(2, 3)])  # x^(2/3) y^(2/3) is not concave
    g = (u * v) ** R(2, 3)
    assert sp.hessian(g, (u, v)).subs({u: 1, v: 1}).det() < 0


@pytest.mark.parametrize("p, k", [(R(1, 2), 2), (R(1, 3), 2), (R(1, 3), 3)])
def test_row_geo_mean_pow(p, k):
    args = (u, v, w)[:k]
    f = sp.Mul(*args) ** p
    H = sp.hessian(f, args)
    for pt in itertools.product(PERFECT[:3], repeat=k):
        subs = dict(zip(args, pt))
        check_psd(H, subs, negate=True)
        assert all(sp.diff(f, a).subs(subs) >= 0 for a in args)


def test_every_row_has_a_test():
    tested = {"add", "scale", "exp", "log", "softplus", "sigmoid", "tanh", "sigmoid_nonneg", "sigmoid_nonpos",
              "tanh_nonneg", "tanh_nonpos", "abs", "abs_nonneg", "abs_nonpos", "relu", "huber", "leaky_relu", "max", "min",
              "log_sum_exp", "xlogx", "quad_over_lin", "geo_mean", "geo_mean_pow", "norm2", "norm_p",
              *PARAM_POWER_ROWS, *POWER_ROWS,
              "geo_mean_param",  # tests/test_strict_families.py
              *TRIG_ROWS, *SPECIAL_ROWS, "pow_exp"}  # trig: tests/test_trig.py; norm_p, pow_param:
    # test_atom_rules.py; erf, erfc, gamma, log_gamma, digamma, pow_exp: test_special_functions.py
    assert set(ATOMS) == tested


# ---------------------------------------------------------------------------------- the algebra

def test_curvature_algebra():
    C = Curvature
    assert negate(C.CONVEX) is C.CONCAVE and negate(C.CONCAVE) is C.CONVEX
    assert negate(C.AFFINE) is C.AFFINE and negate(C.UNKNOWN) is C.UNKNOWN
    assert Monotonicity.SIGNED.resolve(Sign.UNKNOWN) is Monotonicity.NONMONOTONE


def test_composition_rule():
    conv, conc, aff = Curvature.CONVEX, Curvature.CONCAVE, Curvature.AFFINE
    assert compose(ATOMS["exp"], [(conv, Sign.UNKNOWN)]) is conv          # exp(convex)
    assert compose(ATOMS["exp"], [(conc, Sign.UNKNOWN)]) is Curvature.UNKNOWN
    assert compose(ATOMS["log"], [(conc, Sign.POSITIVE)]) is conc         # log(concave)
    assert compose(ATOMS["pow_even"], [(conv, Sign.NONNEGATIVE)]) is conv  # (convex >= 0)^2
    assert compose(ATOMS["pow_even"], [(conc, Sign.NONPOSITIVE)]) is conv  # (concave <= 0)^2
    assert compose(ATOMS["pow_even"], [(conv, Sign.UNKNOWN)]) is Curvature.UNKNOWN
    assert compose(ATOMS["pow_neg_pos"], [(conc, Sign.POSITIVE)]) is conv  # 1/concave
    assert compose(ATOMS["add"], [(aff, Sign.UNKNOWN), (aff, Sign.UNKNOWN)]) is aff
    assert compose(ATOMS["sigmoid"], [(aff, Sign.UNKNOWN)]) is Curvature.UNKNOWN


# ---------------------------------------------------------------------------------- the prover

@pytest.mark.parametrize("f, variables, domain, expected", [
    (relu(x), (x,), None, "convex"),
    (sp.Abs(x), (x,), None, "convex"),
    (sp.Max(x, y), (x, y), None, "convex"),
    (x ** 4, (x,), None, "convex"),
    (sp.exp(x), (x,), None, "convex"),
    (sp.log(sp.exp(x) + sp.exp(y)), (x, y), None, "convex"),
    (sp.log(1 + sp.exp(-(x + 2 * y))), (x, y), None, "convex"),
    (-relu(x), (x,), None, "concave"),
    (sp.sqrt(x), (x,), [x >= 0], "concave"),
    (x ** 3, (x,), [x >= 0], "convex"),
    (x ** 2 / y, (x, y), [y > 0], "convex"),
    (sp.sqrt(x * y), (x, y), [x > 0, y > 0], "concave"),
    (3 * x - 2 * y + 1, (x, y), None, "affine"),
    (-x * sp.log(x), (x,), [x > 0], "concave"),
    (1 / x, (x,), [x > 0], "convex"),
    (1 / x, (x,), [x < 0], "concave"),
    (x ** R(1, 3) * y ** R(2, 3), (x, y), [x >= 0, y >= 0], "concave"),
    (sp.log(x + 1), (x,), [x >= 0], "concave"),
    (softplus(x - y) + sp.Min(x, -y) * -2, (x, y), None, "convex"),
    ((x ** 2 + 1) ** 2, (x,), None, "convex"),
    (leaky_relu(x, R(1, 10)) + sp.Abs(y - 1), (x, y), None, "convex"),
    (sp.exp(x) * 2 - sp.log(y), (x, y), [y > 0], "convex"),
    (sp.log(x - 1), (x,), [x > 1], "concave"),          # x - 1 > 0: the exact range of an affine sum
    (1 / (3 - x - y), (x, y), [x < 1, y <= 2], "convex"),
])
def test_rules_prove(f, variables, domain, expected):
    assert curvature_of(f, variables, domain) == expected
    cert = prove_by_rules(f, variables, domain)
    assert cert is not None and cert.proves == expected
    assert verify(cert) == expected


@pytest.mark.parametrize("f, variables, domain, where", [
    (x * y, (x, y), None, "x*y"),
    (x ** 3, (x,), None, "x**3"),
    (sp.sqrt(x), (x,), None, "sqrt(x)"),
    (sigmoid(x), (x,), None, "sigmoid(x)"),
    (sp.exp(-x ** 2), (x,), None, "exp(-x**2)"),
    (sp.log(x ** 2 + 1), (x,), None, "log(x**2 + 1)"),
    (sp.tanh(x) + x ** 2, (x,), None, "tanh(x)"),
    (sp.log(x - 1), (x,), [x > 0], "log(x - 1)"),
    (1 / (3 - x - y), (x, y), [x < 1, y <= 3], "1/(-x - y + 3)"),
])
def test_rules_refuse(f, variables, domain, where):
    assert curvature_of(f, variables, domain) is None
    assert prove_by_rules(f, variables, domain) is None
    text = explain(f, variables, domain)
    assert text.startswith(f"no rule applies to {where}:") and "next step:" in text


def test_explain_suggests_a_domain_for_odd_powers():
    assert "x >= 0" in explain(x ** 3, (x,), None)
    assert explain(x ** 2, (x,), None) == "x**2 is convex by the composition rules (sign: nonnegative)"


def test_derivation_nodes_state_their_subexpressions():
    cert = prove_by_rules(sp.log(1 + sp.exp(-(x + 2 * y))), (x, y), None)
    root = cert.derivation
    assert root["rule"] == "log_sum_exp" and root["curvature"] == "convex" and root["sign"] == "positive"
    (child,) = root["children"]
    assert child["rule"] == "add" and child["curvature"] == "affine"
    assert [c["rule"] for c in child["children"]] == ["scale", "scale"]


def test_domain_bounds_give_leaf_signs():
    cert = prove_by_rules(x ** 2 / y, (x, y), [y > 0])
    assert cert.derivation["box"] == {"y": ["0", True, None, False]}
    leaves = [c for c in cert.derivation["children"]]
    assert [leaf["sign"] for leaf in leaves] == ["unknown", "positive"]


def test_the_rules_memo_answers_the_same_question_with_a_copy(monkeypatch):
    """``prove_by_rules`` asked again answers from its memo with an equal certificate that is a fresh object (a
    caller that changes its derivation changes nothing later); another domain, or the same names with other
    assumptions, is another question."""
    import symconvex.rules as rules

    monkeypatch.setattr(rules, "_MEMO", type(rules._MEMO)())
    calls = []
    real = rules._prove_by_rules
    monkeypatch.setattr(rules, "_prove_by_rules", lambda *a: calls.append(a) or real(*a))
    x = sp.Symbol("x", real=True)
    first = rules.prove_by_rules(sp.exp(x) + sp.Max(0, x), (x,), None)
    again = rules.prove_by_rules(sp.exp(x) + sp.Max(0, x), (x,), None)
    assert len(calls) == 1 and again == first and again is not first and verify(again) == "convex"
    again.derivation["rule"] = "mul"
    assert rules.prove_by_rules(sp.exp(x) + sp.Max(0, x), (x,), None).derivation["rule"] == "add"
    assert rules.prove_by_rules(sp.log(x), (x,), [x > 0]).proves == "concave" and len(calls) == 2
    assert rules.prove_by_rules(sp.log(x), (x,), None) is None and len(calls) == 3  # log on R: no rule
    assert rules.prove_by_rules(sp.log(x), (x,), [x > 0]).proves == "concave" and len(calls) == 3
    p = sp.Symbol("x", positive=True)
    assert rules.prove_by_rules(sp.log(p), (p,), None) is None and len(calls) == 4  # asked, not remembered
