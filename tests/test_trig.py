"""Trigonometric, hyperbolic and inverse functions (#11): rows of the atom table, the checker's values and jets,
exact pi bounds, LaTeX reading, and claims decided with certificates (each with its tampered twins rejected)."""

from __future__ import annotations

import copy
from fractions import Fraction as F

import pytest
from marks import slow_except
import sympy as sp

from symconvex import check_claim
from symconvex.atoms import ATOMS, HALF_LINE_ROWS, SIGN_SPANS, SPAN_ROWS, Curvature, Monotonicity, Sign
from symconvex.certificates import RulesCertificate, from_json, to_tree
from symconvex.check import verify
from symconvex.check.evaluate import evaluate, line_jets, value_at
from symconvex.check.numbers import endpoints, interval_precision
from symconvex.check.signs import box_to_json, interval_sign
from symconvex.check.signs import PiRational, affine_range, in_span
from symconvex.errors import CertificateError, ClaimError
from symconvex.parsing import parse_domain, parse_expression
from symconvex.domain import Domain
from symconvex.rules import box_of, prove_by_rules
from tampering import tampered_twins

t = sp.Symbol("t", real=True)
x, y = sp.symbols("x y", real=True)
R = sp.Rational
PI = sp.pi

SYMPY = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "sinh": sp.sinh, "cosh": sp.cosh, "arctan": sp.atan,
         "arcsinh": sp.asinh, "arcsin": sp.asin, "arccos": sp.acos, "arccosh": sp.acosh, "artanh": sp.atanh}


def _head(row: str) -> str:
    return next((h for table in (HALF_LINE_ROWS, SPAN_ROWS) for h, rows in table.items() if row in rows), row)


def _end(pair):
    return None if pair is None else pair[0] + pair[1] * PI


def _points(row: str) -> list:
    """Exact sample points where the row applies: inside its span (ends in Q(pi)) or its sign region, and the
    same shifted by one period either way."""
    facts = ATOMS[row]
    span = facts.span
    if span is None:
        region = facts.domain[0]
        base = {Sign.UNKNOWN: [R(-3), R(-1, 3), R(0), R(1, 4), R(5, 2)], Sign.NONNEGATIVE: [R(0), R(1, 5), R(3)],
                Sign.NONPOSITIVE: [R(-3), R(-1, 5), R(0)]}[region]
        return base
    lo, hi = _end(span.lo), _end(span.hi)
    if hi is None:  # [lo, oo)
        return [lo + R(k, 3) for k in range(1 - int(span.lo_closed), 12)]
    inside = [lo + (hi - lo) * R(k, 8) for k in range(1, 8)]
    inside += [lo] if span.lo_closed else []
    inside += [hi] if span.hi_closed else []
    if span.period is None:
        return inside
    return [p + k * _end(span.period) for p in inside for k in (-1, 0, 1)]


TRIG_ROWS = sorted(r for r in ATOMS if _head(r) in SYMPY)


@pytest.mark.parametrize("row", slow_except(TRIG_ROWS, keep=[i for i, r in enumerate(TRIG_ROWS) if _head(r) != "tan"]))
def test_trig_row_states_true_curvature_monotonicity_and_sign(row):
    """Each row re-derived with SymPy at exact points of its span: the sign of f'' (curvature), of f'
    (monotonicity) and of f (sign), decided exactly (SymPy's is_positive on sin(pi/8), ...)."""
    facts = ATOMS[row]
    f = SYMPY[_head(row)](t)
    d1, d2 = sp.diff(f, t), sp.diff(f, t, 2)
    seen = set()
    for p in _points(row):
        value = sp.simplify(f.subs(t, p))
        assert value.is_real and value.is_finite, (row, p)
        c2 = sp.simplify(d2.subs(t, p)) if not (_head(row) in ("arcsin", "arccos", "arccosh") and abs(p) == 1) \
            else None
        if c2 is not None:
            seen.add(bool(c2.is_positive) - bool(c2.is_negative))
            if facts.curvature is Curvature.CONVEX:
                assert c2.is_nonnegative, (row, p, c2)
            elif facts.curvature is Curvature.CONCAVE:
                assert c2.is_nonpositive, (row, p, c2)
            c1 = sp.simplify(d1.subs(t, p))
            mono = facts.monotone[0].resolve(Sign.POSITIVE if p > 0 else Sign.NEGATIVE if p < 0 else Sign.ZERO)
            if mono is Monotonicity.INCREASING:
                assert c1.is_nonnegative, (row, p, c1)
            elif mono is Monotonicity.DECREASING:
                assert c1.is_nonpositive, (row, p, c1)
        if isinstance(facts.sign, Sign) and facts.sign is not Sign.UNKNOWN:
            assert {Sign.POSITIVE: value.is_positive, Sign.NONNEGATIVE: value.is_nonnegative}[facts.sign], (row, p)
        if facts.sign == "same":
            assert sp.sign(value) == sp.sign(p), (row, p)
    if facts.curvature is Curvature.UNKNOWN:
        assert {1, -1} <= seen, row  # "neither": f'' takes both signs where the row applies


@pytest.mark.parametrize("head", slow_except(sorted(SIGN_SPANS), keep=[i for i, h in enumerate(sorted(SIGN_SPANS))
                                                                     if h not in ("tan", "cos")]))
def test_sign_spans_state_true_signs(head):
    f = SYMPY[head](t)
    for span, sign in SIGN_SPANS[head]:
        lo, hi = _end(span.lo), _end(span.hi)
        points = [lo + (hi - lo) * R(k, 8) for k in range(1, 8)] + ([lo] if span.lo_closed else []) + \
            ([hi] if span.hi_closed else [])
        for p in points:
            for k in ([-1, 0, 2] if span.period is not None else [0]):
                q = p + (k * _end(span.period) if span.period is not None else 0)
                v = sp.simplify(f.subs(t, q))
                ok = {Sign.POSITIVE: v.is_positive, Sign.NONNEGATIVE: v.is_nonnegative, Sign.NEGATIVE: v.is_negative,
                      Sign.NONPOSITIVE: v.is_nonpositive}[sign]
                assert ok, (head, span, q, v)


# ----------------------------------------------------------------------------------- the checker's evaluator

@pytest.mark.parametrize("head", sorted(SYMPY))
@pytest.mark.parametrize("p", [F(0), F(1, 2), F(-2, 3)])
def test_jets_enclose_the_true_value_and_derivatives(head, p):
    p = p + 2 if head == "arccosh" else p  # inside arccosh's domain x > 1
    f = SYMPY[head](t)
    with interval_precision():
        jet, _ = evaluate([head, ["var", "t"]], line_jets(["t"], [p], [F(1)], 2), 2)
    truth = [f.subs(t, p), sp.diff(f, t).subs(t, p), sp.diff(f, t, 2).subs(t, p) / 2]
    for c, exact in zip(jet.c, truth):
        lo, hi = endpoints(c)
        assert lo <= sp.Rational(sp.N(exact, 60)) + R(1, 10 ** 50) and sp.Rational(sp.N(exact, 60)) - R(1, 10 ** 50) <= hi
        assert hi - lo < F(1, 10 ** 60)


def test_exact_values_where_they_are_rational():
    for head, expected in (("sin", 0), ("cos", 1), ("tan", 0), ("sinh", 0), ("cosh", 1), ("arctan", 0),
                           ("arcsinh", 0), ("arcsin", 0)):
        assert value_at([head, ["num", "0"]], [], []) == F(expected)
    assert value_at(["arccos", ["num", "1"]], [], []) == 0


def test_pi_is_enclosed_rigorously():
    with interval_precision():
        lo, hi = endpoints(value_at(["pi"], [], []))
    assert F(314159265358979, 10 ** 14) < lo <= hi < F(314159265358980, 10 ** 14) and hi - lo < F(1, 10 ** 70)


def test_tan_at_its_pole_and_arcsin_outside_its_domain_are_rejected():
    pole = ["tan", ["mul", ["num", "1/2"], ["pi"]]]
    with pytest.raises(CertificateError, match="tan: cos of the argument"):
        value_at(pole, [], [])
    with pytest.raises(CertificateError, match=r"arcsin: cannot show \|argument\| <= 1"):
        value_at(["arcsin", ["num", "3/2"]], [], [])
    # arcsin is defined at 1 but has no derivative there, and 1 is not an interior point of its domain
    half_pi = value_at(["arcsin", ["var", "x"]], ["x"], [F(1)])
    lo, hi = (sp.Rational(e.numerator, e.denominator) for e in endpoints(half_pi))
    assert lo < sp.pi / 2 < hi and hi - lo < sp.Rational(1, 10 ** 15)  # arcsin 1 = pi/2, enclosed
    with pytest.raises(CertificateError, match=r"arcsin: cannot show \|argument\| < 1"):
        evaluate(["arcsin", ["var", "x"]], line_jets(["x"], [F(1)], [F(1)], 2), 2)
    with pytest.raises(CertificateError, match=r"arccos: cannot show \|argument\| < 1"):
        value_at(["arccos", ["var", "x"]], ["x"], [F(-1)], interior=True)


def test_huge_arguments_are_refused_not_computed():
    with pytest.raises(CertificateError, match="sin: the argument"):
        value_at(["sin", ["num", "10" + "0" * 30]], [], [])


# -------------------------------------------------------------------------------------- exact pi arithmetic

def test_pi_rational_comparisons_are_exact():
    assert PiRational(0, 1) > F(355, 113) - F(1, 10 ** 6) and PiRational(0, 1) < F(355, 113)
    assert PiRational(F(-355, 113), 1).sign() == -1  # pi - 355/113 = -2.7e-7
    assert PiRational(0, F(1, 2)) * 2 == PiRational(0, 1) and PiRational(1, 0) == 1
    assert PiRational(F(1, 3), 0).simplest() == F(1, 3)


def test_affine_range_and_spans_with_a_period():
    box = {"x": [F(0), False, PiRational(0, F(1, 2)), True]}  # 0 <= x < pi/2
    r = affine_range(["mul", ["num", "2"], ["var", "x"]], box)
    assert r == (F(0), False, PiRational(0, 1), True)
    concave, convex = ATOMS["sin_concave"].span, ATOMS["sin_convex"].span
    assert in_span(r, concave) and not in_span(r, convex)
    shifted = (PiRational(0, 2), False, PiRational(0, 3), False)  # [2 pi, 3 pi]: one period on
    assert in_span(shifted, concave)
    assert not in_span((F(0), False, F(4), False), concave)  # [0, 4] passes pi
    tan_convex = ATOMS["tan_convex"].span
    assert in_span((F(0), False, PiRational(0, F(1, 2)), True), tan_convex)
    assert not in_span((F(0), False, PiRational(0, F(1, 2)), False), tan_convex)  # [0, pi/2] reaches the pole


# ------------------------------------------------------------------------------------------------- reading

@pytest.mark.parametrize("latex, expected", [
    (r"\sin x", sp.sin(x)), (r"\sin(2x)", sp.sin(2 * x)), (r"\sin 2x", sp.sin(2 * x)),
    (r"\sin^2 x", sp.sin(x) ** 2), (r"\cos^{2}(x)", sp.cos(x) ** 2), (r"\tan^{-1} x", sp.atan(x)),
    (r"\arctan x", sp.atan(x)), (r"\sin^{-1}(x)", sp.asin(x)), (r"\cos^{-1} x", sp.acos(x)),
    (r"\sinh x", sp.sinh(x)), (r"\cosh(x) + y^2", sp.cosh(x) + y ** 2), (r"\operatorname{arcsinh}(x)", sp.asinh(x)),
    (r"\sec x", 1 / sp.cos(x)), (r"\sin x \cos y", sp.sin(x) * sp.cos(y)), (r"\frac{\pi}{2}", PI / 2),
    (r"\sin(\pi x)", sp.sin(PI * x)), (r"\sin(2\pi(x - 1))", sp.sin(2 * PI * (x - 1))), (r"sin(x) + cos(x)", sp.sin(x) + sp.cos(x)), (r"\log 2x", sp.log(2 * x)),
])
def test_trig_notation_is_read_as_written(latex, expected):
    assert parse_expression(latex) == expected


def test_domains_with_pi_are_exact():
    assert [str(c) for c in parse_domain(r"0 \le x < \frac{\pi}{2}")] == ["0 <= x", "x < pi/2"]
    assert parse_domain(r"x \in [-\pi/2, \pi/2]") == [x >= -PI / 2, x <= PI / 2]


# ------------------------------------------------------------------------------------------------- claims

def _assert_twins_rejected(cert):
    data = cert.to_dict()
    count = 0
    for path, twin in tampered_twins(data):
        count += 1
        with pytest.raises(CertificateError):
            verify(from_json(twin))
    assert count > 0


@pytest.mark.parametrize("claim, holds, kinds", [
    (r"$\sinh x$ is neither convex nor concave", True, {"curvature"}),
    (r"$\sin x$ is convex", False, {"curvature"}),
    (r"$\arctan x$ is convex", False, {"curvature"}),
    (r"$\cos x$ is concave", False, {"curvature"}),
])
def test_refutations_by_curvature(claim, holds, kinds):
    result = check_claim(claim, timeout=20)
    assert result.holds is holds and result.verified
    assert {c.kind for c in result.certificates} == kinds
    for cert in result.certificates:
        verify(cert)
    _assert_twins_rejected(result.certificates[0])


@pytest.mark.parametrize("claim, proves", [
    (r"$\cosh(x) + y^2$ is convex", "convex"),
    (r"$\arctan x$ is concave for $x \ge 0$", "concave"),
    (r"$\sinh x$ is convex on $x \ge 0$", "convex"),
    (r"$\sinh x$ is concave on $x \le 0$", "concave"),
    (r"$\operatorname{arcsinh}(x)$ is convex for $x \le 0$", "convex"),
    (r"$\sin(2x)$ is concave on $0 \le x \le \frac{\pi}{2}$", "concave"),
    (r"$\tan x$ is convex on $0 \le x < \frac{\pi}{2}$", "convex"),
    (r"$\cos x$ is concave on $[-\pi/2, \pi/2]$", "concave"),
    (r"$\sin x$ is convex on $[\pi, 2\pi]$", "convex"),
    (r"$\arcsin x$ is convex on $[0, 1]$", "convex"),
    (r"$\arccos x$ is concave on $[0, 1]$", "concave"),
    (r"$\sec x$ is convex on $(-\pi/2, \pi/2)$", "convex"),
])
def test_proofs_by_rules(claim, proves):
    result = check_claim(claim, timeout=20)
    assert result.holds is True and result.verified
    rules = [c for c in result.certificates if c.kind == "rules"]
    assert rules and rules[0].proves == proves and verify(rules[0]) == proves
    _assert_twins_rejected(rules[0])


def test_hessian_proof_of_sin_2x_on_a_pi_interval():
    result = check_claim(r"$\sin(2x)$ is concave on $0 \le x \le \frac{\pi}{2}$", timeout=20)
    hessian = [c for c in result.certificates if c.kind == "hessian"]
    assert hessian and verify(hessian[0]).endswith("concave")
    assert hessian[0].pivot_signs[0]["box"] == {"x": ["0", False, ["0", "1/2"], False]}
    _assert_twins_rejected(hessian[0])


def test_the_pi_box_is_exact_in_the_certificate():
    cert = prove_by_rules(sp.tan(x), (x,), [x >= 0, x < PI / 2])
    assert cert.derivation["box"] == {"x": ["0", False, ["0", "1/2"], True]}
    assert cert.derivation["rule"] == "tan_convex"


@pytest.mark.parametrize("domain, rule", [
    ([x >= 0, x <= PI / 2], "tan_convex"),   # closed at the pole
    ([x >= 0, x <= 4], "sin_concave"),       # [0, 4] passes pi, where sin turns convex
    ([x >= -1, x <= 1], "arcsin_convex"),   # arcsin is concave on [-1, 0]
])
def test_a_forged_row_outside_its_span_is_rejected(domain, rule):
    head = {"tan_convex": sp.tan, "sin_concave": sp.sin, "arcsin_convex": sp.asin}[rule]
    dom = Domain.build((x,), domain)
    box = box_to_json(box_of(dom, (x,)))
    curv = "convex" if rule.endswith("convex") else "concave"
    leaf = {"expr": ["var", "x"], "rule": "variable", "curvature": "affine", "sign": "unknown", "children": []}
    if domain[0].rhs == 0:
        leaf["sign"] = "nonnegative"
    node = {"expr": to_tree(head(x)), "rule": rule, "curvature": curv, "sign": "unknown", "children": [leaf],
            "box": box}
    cert = RulesCertificate(variables=("x",), function=to_tree(head(x)), domain=dom.to_trees(), proves=curv,
                            derivation=node)
    with pytest.raises(CertificateError, match="needs the argument"):
        verify(cert)


def test_tan_without_a_domain_is_refused_with_one_line():
    with pytest.raises(ClaimError, match=r"natural domain is not convex; give a domain such as '-pi/2 < x < pi/2'"):
        check_claim(r"$\tan x$ is convex")


def test_arctan_plus_square_is_strictly_convex_by_a_sum_of_squares_pivot():
    """f'' = 2 - 2x/(1 + x^2)^2 = 2(x^4 + 2x^2 - x + 1)/(1 + x^2)^2, the numerator a sum of squares (``sos``)."""
    result = check_claim(r"$\arctan(x) + x^2$ is strictly convex", timeout=20)
    assert result.holds is True and result.verified


@pytest.mark.parametrize("claim", [
    r"$\cosh(2x) + \sinh(x)$ is convex",             # true (f'' = 4 + 8 sinh^2 x + sinh x > 0), not proved
    r"$\tan x$ is convex on $0 \le x \le \frac{\pi}{2}$",  # tan is undefined at pi/2
])
def test_what_cannot_be_proved_stays_undecided(claim):
    assert check_claim(claim, timeout=20).holds is None


def test_sin_is_not_concave_past_pi():
    result = check_claim(r"$\sin x$ is concave on $[0, 4]$", timeout=20)
    assert result.holds is False and result.verified
    point = [c for c in result.certificates if c.refutes == "concave"][0].point
    assert F(point[0]) > F(314159, 100000)  # sin'' = -sin x > 0 only beyond pi


def test_a_certificate_copy_with_an_inward_rounded_pi_bound_is_rejected():
    cert = prove_by_rules(sp.sin(2 * x), (x,), [x >= 0, x <= PI / 2])
    data = copy.deepcopy(cert.to_dict())
    data["derivation"]["box"]["x"][2] = "157/100"  # pi/2 rounded: not the box of the stated domain
    with pytest.raises(CertificateError, match="derivation.box"):
        verify(from_json(data))


# ------------------------------------------------------------------------- signs by interval evaluation

def test_interval_sign_of_trees_on_boxes():
    unbounded = {"x": [None, False, None, False]}
    assert interval_sign(to_tree(2 - sp.cos(x)), unbounded) == "positive"        # [1, 3]
    assert interval_sign(to_tree(1 - sp.sin(x)), unbounded) == "nonnegative"     # [0, 2]: zeros at pi/2 + 2k pi
    assert interval_sign(to_tree(sp.cosh(x) - 1), unbounded) == "nonnegative"
    assert interval_sign(to_tree(sp.sin(x) - R(1, 2)), unbounded) == "unknown"
    unit = {"x": [F(-1), False, F(1), False]}
    assert interval_sign(to_tree(2 - sp.cosh(x)), unit) == "positive"            # cosh 1 = 1.543...
    assert interval_sign(to_tree(R(3, 2) - sp.cosh(x)), unit) == "unknown"       # cosh 1 > 3/2: never "positive"
    quarter = {"x": [F(0), False, PiRational(0, F(1, 4)), False]}
    assert interval_sign(to_tree(sp.cos(x) - sp.sin(x)), quarter) == "unknown"   # 0 at pi/4: not strictly
    assert interval_sign(to_tree(sp.log(x)), {"x": [F(0), False, F(1), False]}) == "unknown"  # undefined at 0


@pytest.mark.parametrize("claim, strict", [
    (r"$x^2 + \cos x$ is convex", False),                                 # f'' = 2 - cos x in [1, 3]
    (r"$\sin x + \frac{1}{2} x^2$ is strictly convex", True),            # f'' = 1 - sin x >= 0, isolated zeros
    (r"$x^2 - \cosh(x)$ is convex for $-1 \le x \le 1$", False),          # f'' = 2 - cosh x >= 2 - cosh 1 > 0
    (r"$\cosh x - \frac{x^2}{2}$ is strictly convex", True),              # f'' = cosh x - 1 >= 0
])
def test_hessian_pivots_signed_by_intervals(claim, strict):
    result = check_claim(claim, timeout=20)
    assert result.holds is True and result.verified
    hessian = [c for c in result.certificates if c.kind == "hessian"][0]
    assert verify(hessian) == ("strictly_convex" if strict else hessian.proves)
    _assert_twins_rejected(hessian)


@pytest.mark.parametrize("claim, holds", [
    (r"The loss $\operatorname{artanh}(x)$ is convex on $0 \le x < 1$", True),
    (r"Claim: $\operatorname{artanh}(x)$ is concave on $0 \le x < 1$", False),
    (r"$\cosh^{-1} x$ is concave when $x > 1$", True),
    (r"$\tanh^{-1} x$ is concave on $-1 < x \le 0$", True),
    (r"The loss $\frac{1}{\cos(x)}$ is convex for $|x| < \frac{\pi}{2}$", True),
    (r"The loss $-\log(\cos x)$ is convex for $-\frac{\pi}{2} < x < \frac{\pi}{2}$", True),
    (r"The function $\log(\sin x)$ is strictly concave on $x \in (0, \pi)$", True),
])
def test_more_inverse_and_trig_claims(claim, holds):
    result = check_claim(claim, timeout=20)
    assert result.holds is holds and result.verified
    for cert in result.certificates:
        verify(cert)


def test_absolute_value_bounds_are_two_linear_sides():
    assert [str(c) for c in parse_domain(r"|x| < \frac{\pi}{2}")] == ["-pi/2 < x", "x < pi/2"]
    assert [str(c) for c in parse_domain(r"2 \ge |y - 1|")] == ["-2 <= y - 1", "y - 1 <= 2"]


@pytest.mark.parametrize("claim, holds", [
    (r"Claim: $\sin(\pi x)$ is concave on $[0, 1]$", True),        # pi x ranges over [0, pi] exactly
    (r"The function $\sin(\pi x)$ is convex over $[0, 1]$", False),  # sin(pi) = 0 is never stated as a number
])
def test_pi_times_a_variable_has_an_exact_range(claim, holds):
    result = check_claim(claim, timeout=20)
    assert result.holds is holds and result.verified
    assert affine_range(["mul", ["pi"], ["var", "x"]], {"x": [F(0), False, F(1), False]}) == \
        (F(0), False, PiRational(0, 1), False)


def test_a_flat_segment_of_cosh_x_plus_y_refutes_strict_convexity_exactly():
    """cosh x + y is affine along y: f(m) - (f(a) + f(b))/2 = 0 exactly (cosh r = (e^r + e^-r)/2 in
    check.exactzero), so it is convex but not strictly convex."""
    result = check_claim(r"$\cosh x + y$ is strictly convex", timeout=20)
    assert result.holds is False and result.verified
    flat = [c for c in result.certificates if c.kind == "midpoint"][0]
    assert flat.refutes == "strictly_convex" and verify(flat) == "not_strictly_convex"
    _assert_twins_rejected(flat)


@pytest.mark.parametrize("claim, holds", [
    (r"Claim: $\arcsin x + \arccos x$ is affine when $-1 \le x \le 1$", True),     # it is pi/2
    (r"$\arcsin x + \arccos x$ is strictly convex on $-1 \le x \le 1$", False),
    (r"$\arctan(x) + \arctan(\frac{1}{x})$ is affine on $x > 0$", True),           # it is pi/2 there
])
def test_an_identically_zero_hessian_proves_affine(claim, holds):
    """H = 0 is L D L^T with D = 0 for +H and for -H: convex and concave, so affine."""
    result = check_claim(claim, timeout=20)
    assert result.holds is holds and result.verified
    proofs = sorted(verify(c) for c in result.certificates if c.kind == "hessian")
    assert proofs == ["concave", "convex"]
    _assert_twins_rejected([c for c in result.certificates if c.kind == "hessian"][0])


def test_pretty_names_the_inverse_functions():
    from symconvex.pretty import pretty

    assert pretty(sp.asin(x) + sp.atan(2 * x) + PI / 2) == "arcsin(x) + arctan(2·x) + π/2"
