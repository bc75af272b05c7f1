"""Strict convexity of maxima, of sums whose strictness comes from several terms together, and of parametric
families (session 6, "strict"): each proof is a certificate the checker accepts, each refutation names the
allowed parameter value it uses, and every one-number tamper of a new kind of certificate is rejected."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest
import sympy as sp

from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.claims import check_claim
from symconvex.errors import CertificateError
from answers import checked
from tampering import accepted_twins, tampered_twins

a, b, c, p, w, x, y = sp.symbols("a b c p w x y", real=True)


# ------------------------------------------------------------------ signs of constants in the parameters

@pytest.mark.parametrize("text", [
    r"$(2 - b) e^{x} + b |x|$ is strictly convex in $x$ for $0 < b < 2$",
    r"$(c^2 + 1) e^{x}$ is convex in $x$",
])
def test_a_constant_in_the_parameters_takes_its_sign_from_their_conditions(text):
    """2 - b > 0 on b < 2 and c^2 + 1 > 0 for every c: the rules use these signs for every allowed value."""
    result = checked(check_claim(text, timeout=60))
    assert result.holds is True
    rules = [r for r in result.certificates if r.kind == "rules"]
    assert rules and all(r.parameters for r in rules)


def test_the_sign_of_a_constant_in_the_parameters_is_rederived_on_the_stated_conditions():
    """(1 - a) x^2 is convex on a < 1; the same derivation on a < 2 states 1 - a positive, which a = 3/2 breaks."""
    from symconvex.domain import Domain
    from symconvex.rules import prove_by_rules

    cert = prove_by_rules((1 - a) * x ** 2, (x,), Domain.build((x, a), [a < 1]), parameters=(a,))
    assert cert is not None and verify(cert) == "convex"
    assert prove_by_rules((1 - a) * x ** 2, (x,), Domain.build((x, a), [a < 2]), parameters=(a,)) is None
    derivation = {**cert.derivation, "box": {"a": [None, False, "2", True]}}
    wider = dataclasses.replace(cert, domain=(["lt", ["var", "a"], ["num", "2"]],), derivation=derivation, digest="")
    with pytest.raises(CertificateError, match="sign"):
        verify(wider)


def test_a_closed_condition_that_allows_a_degenerate_value_is_refuted_there():
    """alpha |w| + (1 - alpha) w^2 on 0 <= alpha <= 1 is |w| at alpha = 1: flat on [1, 3]."""
    result = checked(check_claim(r"$\alpha |w| + (1 - \alpha) w^2$ is strictly convex in $w$ for "
                                  r"$0 \le \alpha \le 1$", timeout=60))
    assert result.holds is False
    cert = next(c for c in result.certificates if c.statement == "not_strictly_convex")
    assert cert.parameter_values == ("1",)


# ------------------------------------------------------------------ exact powers at a parameter's value

def test_a_power_with_a_parameter_exponent_is_exact_at_an_integer_value():
    """|x|^p for p >= 1 is |x| at the closed end p = 1: the Jensen equality on a segment of one sign is exact."""
    result = checked(check_claim(r"$|x|^q$ is strictly convex on $\mathbb{R}$ for $q \ge 1$", timeout=60))
    assert result.holds is False
    cert = next(c for c in result.certificates if c.statement == "not_strictly_convex")
    assert cert.kind == "midpoint" and cert.parameter_values == ("1",)
    values = {k: sp.Rational(v) for k, v in cert.values.items()}  # exact rationals, no "~" enclosure
    lam = sp.Rational(cert.lam)
    assert values["f(m)"] == lam * values["f(a)"] + (1 - lam) * values["f(b)"]
    assert check_claim(r"$|x|^q$ is convex on $\mathbb{R}$ for $q \ge 1$", timeout=60).holds is True


def test_the_checker_takes_an_exact_parameter_exponent_as_a_number_only_on_a_base_shown_nonnegative():
    from symconvex.check.evaluate import value_at

    tree = ["pow", ["abs", ["var", "x"]], ["var", "p"]]
    assert value_at(tree, ["x", "p"], [Fraction(0), Fraction(1)]) == 0              # 0^1 = 0, exactly
    assert value_at(tree, ["x", "p"], [Fraction(-3, 2), Fraction(2)]) == Fraction(9, 4)
    with pytest.raises(CertificateError):                                      # 0^0 for a real power: undefined
        value_at(["pow", ["var", "x"], ["var", "p"]], ["x", "p"], [Fraction(0), Fraction(0)])
    with pytest.raises(CertificateError):                                      # (-1)^p: exp(p log(-1)) refused
        value_at(["pow", ["var", "x"], ["var", "p"]], ["x", "p"], [Fraction(-1), Fraction(2)])


# ------------------------------------------------------------------ degenerate parameter values

def test_degenerate_values_are_the_rational_roots_of_the_hessian_determinant_in_one_parameter():
    from symconvex.parametric import degenerate_values

    assert degenerate_values((c - w * x) ** 2, [w], [x, c]) == {"x": [0]}               # det H = 2 x^2
    assert degenerate_values(x ** p, [x], [p]) == {"p": [0, 1]}                        # p (p - 1) x^(p - 2)
    assert degenerate_values((x - 3 * b) ** 2 * (b - 2) + y ** 2, [x, y], [b]) == {"b": [2]}


@pytest.mark.parametrize("text, at", [
    (r"$(c - w x)^2$ is strictly convex in $w$ for fixed $x, c$", {"x": "0"}),        # at x = 0 f = c^2
    (r"$(w - x)^2 (x^2 - 4)$ is strictly convex in $w$ for $x > 1$", {"x": "2"}),    # x = 2 is allowed
])
def test_strictness_fails_where_the_hessian_degenerates_for_a_parameter_value_and_the_refutation_states_it(text, at):
    result = checked(check_claim(text, timeout=60))
    assert result.holds is False
    cert = next(c for c in result.certificates if c.statement in ("not_strictly_convex", "not_convex"))
    assert at.items() <= dict(zip(cert.parameters, cert.parameter_values)).items()


# ------------------------------------------------------------------ maxima and sums of affine forms

@pytest.mark.parametrize("text, holds", [
    (r"$\max(e^{x}, (x - 1)^2 + 1)$ is strictly convex", True),             # both arguments strictly convex
    (r"$\min(\log x, \sqrt{x})$ is strictly concave for $x > 0$", True),
    (r"$\max(x^2, 1)$ is strictly convex", False),                          # 1 on [-1, 1]
    (r"$(2x + y)^2 + (x - 3y)^4$ is strictly convex", True),                # rows (2, 1), (1, -3)
    (r"$(x + y)^2 + (2x + 2y)^4$ is strictly convex", False),               # both constant along (1, -1)
    (r"$\log(1 + e^{x + 2y}) + (x - y)^2$ is strictly convex", True),       # rows (1, 2), (1, -1)
    (r"$|w_1| + (w_1 + w_2 - 1)^2$ is strictly convex", False),             # flat along (1, -1) for w_1 > 0
])
def test_strictness_of_maxima_and_of_sums_of_functions_of_affine_forms(text, holds):
    assert checked(check_claim(text, timeout=60)).holds is holds


def test_a_max_with_an_argument_not_strictly_convex_in_every_variable_is_never_proved_strict():
    """max(x^2 + y^2, e^x) is e^x, flat in y, near (1, 1): no proof; a refutation or an undecided answer."""
    assert check_claim(r"$\max(x^2 + y^2, e^{x})$ is strictly convex", timeout=60).holds is not True


def _sum_cert(f, variables, side="convex", parameters=()):
    from symconvex.strictness import prove_strict_sum

    cert = prove_strict_sum(f, variables, None, side, parameters)
    assert cert is not None and verify(from_json(cert.to_json())) == "strictly_" + side
    return cert


def test_a_sum_with_maps_states_the_rows_and_every_tamper_is_rejected():
    cert = _sum_cert((x - 2) ** 4 + (x - 2 * y) ** 2, [x, y])
    assert [m is None for m in cert.maps] == [True, False]
    (form,) = cert.maps[1].values()
    assert sp.expand(_sympy(form) - (x - 2 * y)) == 0
    assert accepted_twins(tampered_twins(cert.to_dict())) == []


def test_a_max_of_strictly_convex_functions_and_every_tamper_is_rejected():
    cert = _sum_cert(sp.Max(x ** 2 + y ** 2, sp.exp(x) + y ** 2), [x, y])
    assert cert.function[0] == "max" and all(p["proves"] == "strictly_convex" for p in cert.parts)
    assert accepted_twins(tampered_twins(cert.to_dict())) == []


def test_the_checker_rejects_a_map_whose_rows_do_not_have_full_rank():
    """(x + y)^2 + (2x + 2y)^4: each term is strictly convex in its form, but both forms vanish on (1, -1). The
    honest certificate for (x + y)^2 + (x - y)^4, moved onto it (h = u^4 at u = 2x + 2y), is rejected for rank."""
    from symconvex.certificates import to_tree

    good = _sum_cert((x + y) ** 2 + (x - y) ** 4, [x, y])
    f = (x + y) ** 2 + (2 * x + 2 * y) ** 4
    assert good.function[1] == to_tree(f)[1]
    maps = (good.maps[0], {"u_1": to_tree(2 * x + 2 * y)})
    bad = dataclasses.replace(good, function=to_tree(f), maps=maps, digest="")
    with pytest.raises(CertificateError, match="rank 1 < 2"):
        verify(bad)
    rows_ok = dataclasses.replace(good, function=to_tree((x + y) ** 2 + (2 * x - y) ** 4), digest="",
                                  maps=(good.maps[0], {"u_1": to_tree(2 * x - y)}))
    assert verify(rows_ok) == "strictly_convex"  # the same parts with independent rows (1, 1), (2, -1)


def test_the_checker_rejects_a_map_that_is_not_affine_with_rational_coefficients():
    from symconvex.check.sums import affine_form

    assert affine_form(["add", ["var", "x"], ["mul", ["num", "-2"], ["var", "y"]], ["var", "c"]], ["x", "y"], "m") == \
        ({"x": 1, "y": -2}, None)   # a parameter's constant is not read
    assert affine_form(["mul", ["num", "1/2"], ["add", ["var", "x"], ["num", "3"]]], ["x"], "m") == ({"x": Fraction(1, 2)}, Fraction(3, 2))
    assert affine_form(["add", ["var", "y"], ["exp", ["var", "c"]]], ["x", "y"], "m") == ({"y": 1}, None)
    for tree in (["mul", ["var", "x"], ["var", "y"]],          # not affine
                 ["mul", ["var", "c"], ["var", "x"]],          # a parameter's coefficient
                 ["exp", ["var", "x"]],
                 ["add", ["mul", ["var", "x"], ["var", "x"]], ["mul", ["num", "-1"], ["pow", ["var", "x"], ["num", "2"]]],
                  ["var", "y"]]):                              # affine only after expansion: read as a tree, refused
        with pytest.raises(CertificateError):
            affine_form(tree, ["x", "y"], "m")


def test_the_checker_rejects_a_max_with_an_argument_that_is_only_convex():
    """max(x^2, |x|) is |x| on [-1, 1]: a max needs every argument strictly convex."""
    from symconvex.certificates import to_tree
    from symconvex.rules import prove_by_rules

    strict = _sum_cert(sp.Max(x ** 2, sp.exp(x)), [x])
    f = sp.Max(x ** 2, sp.Abs(x))
    weak = prove_by_rules(sp.Abs(x), [x], None)
    square = next(p for p in strict.parts if p["function"] == to_tree(x ** 2))
    parts = tuple(square if t == to_tree(x ** 2) else weak.to_dict() for t in to_tree(f)[1:])
    bad = dataclasses.replace(strict, function=to_tree(f), parts=parts, digest="")
    with pytest.raises(CertificateError, match="strictly_convex"):
        verify(bad)


def _sympy(tree):
    from symconvex.certificates import to_sympy
    return to_sympy(tree).subs({sp.Symbol("x"): x, sp.Symbol("y"): y})


# ------------------------------------------------------------------ Hessian proofs of powers with parameter exponents

@pytest.mark.parametrize("text, holds", [
    (r"$x^p$ is strictly convex in $x$ on $x > 0$ for $p < 0$", True),         # p (p - 1) x^(p - 2) > 0
    (r"$x^{3p} + y^2$ is strictly convex in $x, y$ on $x > 0$ for $p < 0$", True),
    (r"$x^p$ is strictly concave in $x$ on $x > 0$ for $0 < p < 1$", True),
    (r"$x^p$ is strictly convex in $x$ on $x > 0$ for $p \le 0$", False),      # p = 0: the constant 1
    (r"$x^p$ is strictly convex in $x$ on $x > 0$ for $p \ge 1$", False),      # p = 1: x
])
def test_powers_with_a_parameter_exponent(text, holds):
    assert checked(check_claim(text, timeout=60)).holds is holds


def test_a_hessian_proof_of_a_parameter_power_and_every_tamper_is_rejected():
    from symconvex.decompose import prove_by_hessian
    from symconvex.domain import Domain

    cert = prove_by_hessian(x ** p, [x], Domain.build((x, p), [x > 0, p < 0]), strict=True, parameters=[p])
    assert cert.proves == "strictly_convex" and verify(from_json(cert.to_json())) == "strictly_convex"
    D = _sympy(cert.D[0]).subs(sp.Symbol("p"), p)
    assert sp.simplify(D - p * (p - 1) * x ** (p - 2)) == 0
    assert accepted_twins(tampered_twins(cert.to_dict())) == []
    # the base must be positive on the box: on x >= 0 the power is not smooth at 0 for p < 2
    closed = dataclasses.replace(cert, domain=(["ge", ["var", "x"], ["num", "0"]], ["lt", ["var", "p"], ["num", "0"]]),
                                 pivot_signs=[{"sign": "positive", "box": {"x": ["0", False, None, False],
                                                                           "p": [None, False, "0", True]}}],
                                 digest="")
    with pytest.raises(CertificateError, match="base"):
        verify(closed)
    # the Hessian of x^p is not the Hessian of x^x (x^x = e^{x log x} is read in Hessian proofs since the
    # special-function work, so the forgery is refused by its entries, which use the parameter p)
    self_power = dataclasses.replace(cert, function=["pow", ["var", "x"], ["var", "x"]], parameters=(),
                                     domain=(["gt", ["var", "x"], ["num", "0"]],), digest="",
                                     pivot_signs=[{"sign": "positive", "box": {"x": ["0", True, None, False]}}])
    with pytest.raises(CertificateError, match=r"uses \['p'\], which are not variables"):
        verify(self_power)


# ------------------------------------------------------------------ weighted geometric means with parameter weights

@pytest.mark.parametrize("weights", [(sp.Rational(1, 3), sp.Rational(2, 3)), (sp.Rational(1, 2), sp.Rational(1, 4)),
                                     (sp.Integer(0), sp.Integer(1))])
def test_row_geo_mean_param(weights):
    """The row's statement at sample weights p_i >= 0 with sum <= 1: concave (Hessian NSD) and nondecreasing."""
    from symconvex.atoms import ATOMS, Curvature, Monotonicity

    facts = ATOMS["geo_mean_param"]
    assert facts.curvature is Curvature.CONCAVE and facts.monotone == (Monotonicity.INCREASING,)
    f = x ** weights[0] * y ** weights[1]
    H = sp.hessian(f, (x, y))
    for point in [(1, 1), (4, sp.Rational(1, 4)), (9, 2)]:
        at = H.subs(dict(zip((x, y), point)))
        assert at[0, 0] <= 0 and at[1, 1] <= 0 and sp.simplify(at.det()) >= 0
        assert all(sp.diff(f, v).subs(dict(zip((x, y), point))) >= 0 for v in (x, y))


def test_a_geometric_mean_with_parameter_weights_and_every_tamper_is_rejected():
    from symconvex.domain import Domain
    from symconvex.rules import prove_by_rules

    f = x ** a * y ** (1 - a)
    cert = prove_by_rules(f, (x, y), Domain.build((x, y, a), [x > 0, y > 0, a >= 0, a <= 1]), parameters=(a,))
    assert cert.proves == "concave" and cert.derivation["rule"] == "geo_mean_param"
    assert verify(from_json(cert.to_json())) == "concave"
    assert accepted_twins(tampered_twins(cert.to_dict())) == []
    box = {**cert.derivation["box"], "a": ["0", False, "2", False]}
    wider = dataclasses.replace(cert, domain=cert.domain[:3] + (["le", ["var", "a"], ["num", "2"]],),
                                derivation={**cert.derivation, "box": box}, digest="")
    with pytest.raises(CertificateError, match="geo_mean_param needs"):
        verify(wider)   # a = 2: x^2 / y is convex


# ------------------------------------------------------------------ exact Jensen equalities of other functions

def test_an_exact_jensen_equality_of_a_function_of_one_form_is_decided_for_any_unary_function():
    """h(r) at the same rational r is the same number, whatever h: arctan(2x + y) at (1/2, -2), (0, -1), (-1/2, 0)."""
    from symconvex.check.exactzero import jensen_gap_is_zero

    tree = ["arctan", ["add", ["mul", ["num", "2"], ["var", "x"]], ["var", "y"]]]
    half = Fraction(1, 2)
    a, m, b = [Fraction(1, 2), Fraction(-2)], [Fraction(0), Fraction(-1)], [Fraction(-1, 2), Fraction(0)]
    assert jensen_gap_is_zero(tree, ["x", "y"], a, b, m, half)
    assert not jensen_gap_is_zero(tree, ["x", "y"], a, [Fraction(-1, 2), Fraction(1)], m, half)
    mixed = ["add", ["tanh", ["var", "x"]], ["mul", ["num", "-1"], ["arctan", ["var", "x"]]]]
    assert not jensen_gap_is_zero(mixed, ["x", "y"], [Fraction(0), Fraction(0)], [Fraction(2), Fraction(0)],
                                  [Fraction(1), Fraction(0)], half)   # tanh 1 and arctan 1 are different symbols


@pytest.mark.parametrize("text", [
    r"$\arctan(x - 3y)$ is strictly concave for $x - 3y \ge 0$",
    r"$\tanh(x + y)$ is strictly concave for $x + y \ge 0$",
])
def test_a_function_of_one_form_is_refuted_strictly_convex_along_the_forms_kernel(text):
    result = checked(check_claim(text, timeout=60))
    assert result.holds is False
    cert = next(c for c in result.certificates if c.statement == "not_strictly_concave")
    assert cert.kind == "midpoint"
    assert accepted_twins(tampered_twins(cert.to_dict())) == []


def test_a_box_jet_of_a_parameter_power_is_still_exp_of_log():
    """The exact-exponent rule is for a line's exact jets only; on a box x^p is enclosed as exp(p log x)."""
    from flint import arb

    from symconvex.check.intervaljets import box_jet

    jet = box_jet(["pow", ["var", "x"], ["var", "p"]], ["x", "p"], [arb("2", "0.01"), arb("-1")], order=0)
    assert jet.v.contains(arb(1) / 2) and jet.v.rad() < arb("0.01")


# ------------------------------------------------------------------ strict compositions h(g)

@pytest.mark.parametrize("text", [
    r"$(x^2 + 2y^2)^{5/4}$ is strictly convex",                                  # t^(5/4) of a strictly convex g
    r"$\sqrt{9 - x^2 - 4y^2}$ is strictly concave on $x^2 + 4y^2 \le 9$",        # sqrt of a strictly concave g >= 0
    r"$((x - 1)^2 + y^2)^{3/2} + x$ is strictly convex",                       # a term of a sum
])
def test_a_strictly_monotone_function_of_a_strictly_convex_one(text):
    result = checked(check_claim(text, timeout=60))
    assert result.holds is True


def _composition(f, variables, side="convex"):
    from symconvex.strictness import prove_strict_composition

    return prove_strict_composition(f, variables, None, side)


def test_a_composition_certificate_and_every_tamper_is_rejected():
    cert = _composition((x ** 2 + 2 * y ** 2) ** sp.Rational(5, 4), [x, y])
    assert cert.function[0] == "pow" and cert.parts[0]["proves"] == "strictly_convex"
    assert verify(from_json(cert.to_json())) == "strictly_convex"
    assert accepted_twins(tampered_twins(cert.to_dict())) == []
    with pytest.raises(CertificateError, match="does not make"):   # t^(5/4) is convex: h(g) is not concave
        verify(dataclasses.replace(cert, proves="strictly_concave", digest=""))


def test_the_checker_asks_g_strict_in_all_variables_and_inside_hs_interval():
    from symconvex.certificates import to_tree

    negative = _composition((x ** 2 - 1) ** sp.Rational(3, 2), [x])   # g < 0 on (-1, 1): t^(3/2) undefined
    with pytest.raises(CertificateError, match="nonnegative"):
        verify(negative)
    one = _composition((x ** 2 + 1) ** sp.Rational(3, 2), [x])        # strictly convex in x alone
    wider = dataclasses.replace(one, variables=("x", "y"), digest="")
    with pytest.raises(CertificateError, match="in 1 of 2 variables"):
        verify(wider)                                                 # constant along y
    assert verify(one) == "strictly_convex" and one.function == to_tree((x ** 2 + 1) ** sp.Rational(3, 2))


# ------------------------------------------------------------------ strict sums before the Hessian (red10)

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # logistic losses whose linear forms span the weights: strict by the sum, without the symbolic Hessian
    r"$\log(1 + e^{-u - v}) + \log(1 + e^{u - v}) + \log(1 + e^{-u - 3v})$ is strictly convex",
    r"$\log(1 + e^{a + 2b - c}) + \log(1 + e^{a - b}) + e^{c}$ is strictly convex",
])
def test_a_sum_of_softplus_terms_spanning_the_weights_is_strictly_convex(text):
    result = check_claim(text, timeout=60)   # about 1 s of CPU (the symbolic Hessian first took over 10 s)
    assert result.holds is True and result.verified is True
    strict = [cert for cert in result.certificates if cert.statement == "strictly_convex"]
    assert strict and all(verify(from_json(cert.to_json())) == "strictly_convex" for cert in strict)


@pytest.mark.slow
def test_a_sum_of_softplus_terms_along_one_direction_is_not_strictly_convex():
    result = check_claim(r"$\log(1 + e^{u + 2v}) + \log(1 + e^{-u - 2v})$ is strictly convex", timeout=60)
    assert result.holds is False and result.verified is True     # constant along (2, -1)
