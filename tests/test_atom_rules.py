"""The rule families of issue #11: p-norms written out (``norm_p``), perspectives t g(A/t), rewrites E = exp(sum of
logs) (log-convex products), and flat rays of positively homogeneous functions. Each certificate kind: accepted
when honest, every one-number-tampered twin rejected, and forged variants rejected."""

from __future__ import annotations

import copy
import itertools
from fractions import Fraction

import pytest
import sympy as sp

from symconvex.atoms import ATOMS, Curvature, Monotonicity, Sign, norm_exponent_ok
from symconvex.certificates import RulesCertificate, to_tree
from symconvex.check import verify
from symconvex.errors import CertificateError
from symconvex.rules import prove_by_rules
from symconvex.search import Problem
from symconvex.strictness import find_ray_segments
from tampering import tampered_twins

x, y, z, t = sp.symbols("x y z t", real=True)
u, v = sp.symbols("u v", real=True)
R = sp.Rational


def _all_twins_rejected(cert):
    count = 0
    for path, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)
        count += 1
    return count


def _forged(cert, derivation=None, **changes):
    data = cert.to_dict()
    if derivation is not None:
        data["derivation"] = derivation
    data.update(changes)
    return data


# ------------------------------------------------------------------------------------------- norm_p row

@pytest.mark.parametrize("p", [R(3), R(4), R(3, 2), R(5, 2)])
def test_row_norm_p(p):
    """(|u|^p + 2|v|^p + 1)^{1/p}: PSD Hessian away from the axes, nonnegative, nondecreasing in |u| (SIGNED)."""
    f = (sp.Abs(u) ** p + 2 * sp.Abs(v) ** p + 1) ** (1 / p)
    up, vp = sp.symbols("up vp", positive=True)
    for su, sv in itertools.product((1, -1), repeat=2):  # each open quadrant: |u| = su u, |v| = sv v
        g = f.subs({u: su * up, v: sv * vp})
        H = sp.hessian(g, (up, vp))  # the Hessian in (|u|, |v|) coordinates up to the signs su, sv
        for point in [(R(1, 2), R(2)), (R(1), R(1)), (R(3), R(1, 3))]:
            Hp = H.subs(dict(zip((up, vp), point)))
            assert sp.simplify(Hp[0, 0]) >= 0 and sp.simplify(Hp.det()) >= -sp.Rational(1, 10 ** 30)
            assert sp.simplify(Hp.det()).is_nonnegative is not False
            assert sp.diff(g, up).subs(dict(zip((up, vp), point))) > 0
    assert ATOMS["norm_p"].curvature is Curvature.CONVEX and ATOMS["norm_p"].monotone == (Monotonicity.SIGNED,)
    assert ATOMS["norm_p"].sign is Sign.NONNEGATIVE
    assert norm_exponent_ok(Fraction(p)) and not norm_exponent_ok(Fraction(1, 2)) and not norm_exponent_ok(1)
    # p < 1 is not convex: (sqrt|u| + sqrt|v|)^2 at (1, 0), (0, 1): midpoint value 2 > 1
    g = (sp.sqrt(sp.Abs(u)) + sp.sqrt(sp.Abs(v))) ** 2
    assert g.subs({u: R(1, 2), v: R(1, 2)}) > (g.subs({u: 1, v: 0}) + g.subs({u: 0, v: 1})) / 2


@pytest.mark.parametrize("f", [
    (sp.Abs(x) ** 3 + sp.Abs(y) ** 3) ** R(1, 3),             # written x^2 |x| by SymPy
    (x ** 4 + y ** 4) ** R(1, 4),                              # even p: no absolute value
    (sp.Abs(x) ** R(3, 2) + 2 * sp.Abs(y) ** R(3, 2) + 1) ** R(2, 3),
    (2 * x ** 4 + (x - y) ** 4 + 1) ** R(1, 4),
    (sp.Abs(x) ** 3 + sp.Abs(y) ** 3 + sp.Abs(z) ** 3) ** R(1, 3),
])
def test_norm_p_certificates_are_checked_and_tampering_is_rejected(f):
    cert = prove_by_rules(f, (x, y, z), None)
    assert cert is not None and cert.derivation["rule"] == "norm_p" and verify(cert) == "convex"
    assert _all_twins_rejected(cert) > 0


def test_norm_p_forgeries_are_rejected():
    cert = prove_by_rules((sp.Abs(x) ** 3 + sp.Abs(y) ** 3) ** R(1, 3), (x, y), None)
    d = cert.derivation
    # (x^2 |y| + y^2 |y|)^(1/3) is not a norm: the odd form needs the same argument in both factors
    bad = copy.deepcopy(d)
    bad["expr"][1][1] = ["mul", ["pow", ["var", "x"], ["num", "2"]], ["abs", ["var", "y"]]]
    with pytest.raises(CertificateError):
        verify(_forged(cert, bad, function=bad["expr"]))
    # (x^3 + y^3)^(1/3) without absolute values is not convex (odd p): refused
    g = (x ** 3 + y ** 3) ** R(1, 3)
    forged = RulesCertificate(variables=("x", "y"), function=to_tree(g), domain=(), proves="convex",
                              derivation={**copy.deepcopy(d), "expr": to_tree(g)})
    with pytest.raises(CertificateError, match="norm_p"):
        verify(forged)
    # (|x|^(1/2) + |y|^(1/2))^2, p = 1/2: no proof, and a forged one is refused
    h = (sp.sqrt(sp.Abs(x)) + sp.sqrt(sp.Abs(y))) ** 2
    assert prove_by_rules(h, (x, y), None) is None
    forged = RulesCertificate(variables=("x", "y"), function=to_tree(h), domain=(), proves="convex",
                              derivation={**copy.deepcopy(d), "expr": to_tree(h)})
    with pytest.raises(CertificateError):
        verify(forged)


def test_norm2_is_norm_p_at_p_2_and_refuses_any_other_p():
    """norm2 nodes are read by norm_p's reader with p fixed at 2: sqrt(2 x^2 + (x - y)^2 + 1) is proved and its
    tampered twins refused; a norm2 node whose expression is a cube-root norm is refused (p = 3, not 2)."""
    cert = prove_by_rules(sp.sqrt(2 * x ** 2 + (x - y) ** 2 + 1), (x, y), None)
    assert cert is not None and cert.derivation["rule"] == "norm2" and verify(cert) == "convex"
    assert _all_twins_rejected(cert) > 0
    g = (sp.Abs(x) ** 3 + sp.Abs(y) ** 3) ** R(1, 3)
    d = prove_by_rules(g, (x, y), None).derivation
    forged = RulesCertificate(variables=("x", "y"), function=to_tree(g), domain=(), proves="convex",
                              derivation={**copy.deepcopy(d), "rule": "norm2"})
    with pytest.raises(CertificateError, match=r"norm2 needs p = 2, found p = 3"):
        verify(forged)


# ------------------------------------------------------------------------------------------ perspective

PERSPECTIVES = [
    (t * sp.exp(y / t), [t > 0], "convex"),
    (x ** 4 / t ** 3, [t > 0], "convex"),
    (x ** 6 / t ** 5, [t > 0], "convex"),
    ((x ** 2 + y ** 2) / t, [t > 0], "convex"),
    (t * sp.log(1 + sp.exp(x / t)), [t > 0], "convex"),
    ((x + 2 * y) ** 4 / (x - y) ** 3, [x > y], "convex"),
    (x * sp.log(x / y), [x > 0, y > 0], "convex"),             # relative entropy
    (-x * sp.log(x / y) + x - y, [x > 0, y > 0], "concave"),  # minus kl_div
    (t * sp.log(x / t), [x > 0, t > 0], "concave"),            # perspective of log
]


@pytest.mark.parametrize("f, domain, proves", PERSPECTIVES)
def test_perspective_certificates_are_checked_and_tampering_is_rejected(f, domain, proves):
    cert = prove_by_rules(f, (x, y, t), domain)
    assert cert is not None and cert.proves == proves and verify(cert) == proves
    assert "perspective" in str(cert.derivation)
    assert _all_twins_rejected(cert) > 0


def test_perspective_values_match_the_theorem():
    """t g(x/t) with g(z) = z^4 is x^4/t^3; its Hessian is PSD on t > 0 (the fact the rule states)."""
    f = x ** 4 / t ** 3
    H = sp.hessian(f, (x, t))
    for point in [(R(1), R(1)), (R(-2), R(1, 3)), (R(5), R(7))]:
        Hp = H.subs(dict(zip((x, t), point)))
        assert Hp[0, 0] >= 0 and Hp.det() >= 0
    assert sp.simplify(t * (x / t) ** 4 - f) == 0


def _perspective_node(cert):
    return cert.derivation if cert.derivation["rule"] == "perspective" else None


def test_perspective_forgeries_are_rejected():
    cert = prove_by_rules(t * sp.exp(y / t), (y, t), [t > 0])
    node = _perspective_node(cert)
    assert node is not None
    # t not positive: the same derivation on t > -1 is refused (the box changes the sign of t)
    on_wider = RulesCertificate(variables=("y", "t"), function=cert.function, domain=(["gt", ["var", "t"],
                                ["num", "-1"]],), proves="convex", derivation={**node, "box": {"t": ["-1", True, None,
                                                                                                     False]}})
    with pytest.raises(CertificateError):
        verify(on_wider)
    # an inner g claimed convex that is concave: log(z) instead of exp(z) in the inner derivation
    bad = copy.deepcopy(node)
    bad["inner"]["derivation"]["rule"] = "log"
    with pytest.raises(CertificateError):
        verify(_forged(cert, bad))
    # the wrong function: t e^{2y/t} is not t g(y/t) for the stated g = exp
    g2 = t * sp.exp(2 * y / t)
    bad = copy.deepcopy(node)
    bad["expr"] = to_tree(g2)
    with pytest.raises(CertificateError):
        verify(RulesCertificate(variables=("y", "t"), function=to_tree(g2), domain=cert.domain, proves="convex",
                                derivation=bad))
    # an extra key, a missing inner, a non-affine argument
    for mutate in (lambda n: n.update(extra=1), lambda n: n.pop("inner"),
                   lambda n: n["inner"].update(variables=["z_1", "z_1"])):
        bad = copy.deepcopy(node)
        mutate(bad)
        with pytest.raises(CertificateError):
            verify(_forged(cert, bad))


def test_perspective_needs_the_function_defined_on_the_whole_domain():
    """(y/y) t e^{x/t} equals t e^{x/t} wherever it is defined, but not at y = 0: the identity is refused."""
    cert = prove_by_rules(t * sp.exp(x / t), (x, y, t), [t > 0])
    node = copy.deepcopy(cert.derivation)
    expr = ["mul", node["expr"], ["var", "y"], ["pow", ["var", "y"], ["num", "-1"]]]
    node["expr"] = expr
    forged = RulesCertificate(variables=("x", "y", "t"), function=expr, domain=cert.domain, proves="convex",
                              derivation=node)
    with pytest.raises(CertificateError, match="defined"):
        verify(forged)
    # on y > 0 the same identity holds and is accepted
    on_half = RulesCertificate(variables=("x", "y", "t"), function=expr, domain=(*cert.domain, ["gt", ["var", "y"],
                               ["num", "0"]]), proves="convex",
                               derivation={**node, "box": {"t": ["0", True, None, False], "y": ["0", True, None,
                                                                                                 False]}})
    assert verify(on_half) == "convex"


# -------------------------------------------------------------------------------------------- rewrite

@pytest.mark.parametrize("f, domain, points", [
    (sp.exp(2 * x) / (3 - x), [x < 3], [(R(-1), 0), (R(5, 2), 0)]),
    (sp.exp(x) / sp.sqrt(x), [x > 0], [(R(1, 4), 0), (R(3), 0)]),
    (sp.exp(x + y) / (1 - x - y) ** 2, [x + y < 1], [(R(-1), R(1, 4)), (R(1, 2), R(1, 4))]),
])
def test_log_convex_products_by_rewrite(f, domain, points):
    cert = prove_by_rules(f, (x, y), domain)
    assert cert is not None and cert.derivation["rule"] == "rewrite" and verify(cert) == "convex"
    # the fact itself: the second derivative in x is positive at sample points
    for p in points:
        assert sp.diff(f, x, 2).subs(dict(zip((x, y), p))) > 0
    assert _all_twins_rejected(cert) > 0


def test_rewrite_forgeries_are_rejected():
    cert = prove_by_rules(sp.exp(2 * x) / (3 - x), (x,), [x < 3])
    node = cert.derivation
    # a rewrite to a different function: e^{3x}/(3 - x) is not exp(2x - log(3 - x))
    other = sp.exp(3 * x) / (3 - x)
    bad = {**copy.deepcopy(node), "expr": to_tree(other)}
    with pytest.raises(CertificateError, match="same function"):
        verify(RulesCertificate(variables=("x",), function=to_tree(other), domain=cert.domain, proves="convex",
                                derivation=bad))
    # (x^2 - 1)/(x - 1) is x + 1 only where x != 1: refused on R, accepted on x > 1
    lin = prove_by_rules(x + 1, (x,), None).derivation
    e = ["mul", ["add", ["pow", ["var", "x"], ["num", "2"]], ["num", "-1"]],
         ["pow", ["add", ["var", "x"], ["num", "-1"]], ["num", "-1"]]]
    node = {"expr": e, "rule": "rewrite", "curvature": "affine", "sign": "unknown",
            "children": [{k: v for k, v in lin.items() if k != "box"}], "box": lin["box"]}
    with pytest.raises(CertificateError, match="defined"):
        verify(RulesCertificate(variables=("x",), function=e, domain=(), proves="affine", derivation=node))
    lin = prove_by_rules(x + 1, (x,), [x > 1]).derivation
    node = {"expr": e, "rule": "rewrite", "curvature": "affine", "sign": "positive",
            "children": [{k: v for k, v in lin.items() if k != "box"}], "box": lin["box"]}
    assert verify(RulesCertificate(variables=("x",), function=e, domain=(["gt", ["var", "x"], ["num", "1"]],),
                                   proves="affine", derivation=node)) == "affine"


# ----------------------------------------------------------------------------------------- flat rays

@pytest.mark.parametrize("f, domain, statement", [
    ((x ** 4 + y ** 4) ** R(1, 4), None, "not_strictly_convex"),
    (x ** R(1, 3) * y ** R(2, 3), [x > 0, y > 0], "not_strictly_concave"),
    ((sp.Abs(x) ** 3 + sp.Abs(y) ** 3) ** R(1, 3), None, "not_strictly_convex"),
    (x ** 4 / y ** 3, [y > 0], "not_strictly_convex"),
])
def test_flat_rays_refute_strictness_exactly(f, domain, statement):
    from symconvex.domain import Domain

    dom = Domain.build((x, y), domain) if domain else None
    found = []
    assert find_ray_segments(Problem(f, (x, y), dom), {statement}, found) == set()
    (cert,) = found
    assert verify(cert) == statement
    a, b, lam = [Fraction(c) for c in cert.a], [Fraction(c) for c in cert.b], Fraction(cert.lam)
    m = [lam * p + (1 - lam) * q for p, q in zip(a, b)]
    value = lambda p: f.subs(dict(zip((x, y), p)))  # noqa: E731
    assert sp.simplify(value(m) - lam * value(a) - (1 - lam) * value(b)) == 0  # the Jensen equality, exactly
    assert _all_twins_rejected(cert) > 0


def test_no_flat_ray_for_a_strictly_convex_function():
    found = []
    assert find_ray_segments(Problem(x ** 2 + y ** 2, (x, y), None), {"not_strictly_convex"}, found) == \
        {"not_strictly_convex"} and found == []


# ------------------------------------------------------------------------------ powers with a parameter exponent

@pytest.mark.parametrize("row, exponents, region", [
    ("pow_param_ge1", [R(1), R(3, 2), R(2), R(7)], [R(0), R(1, 3), R(1), R(5)]),
    ("pow_param_01", [R(0), R(1, 3), R(1, 2), R(1)], [R(0), R(1, 3), R(1), R(5)]),
    ("pow_param_le0", [R(0), R(-1, 2), R(-1), R(-3)], [R(1, 3), R(1), R(5)]),
])
def test_rows_pow_param(row, exponents, region):
    """a^p for sample exponents the row's condition allows: the second derivative p (p - 1) a^{p - 2} and the first
    p a^{p - 1} have the row's signs on the open region, the value the row's sign."""
    facts = ATOMS[row]
    a = sp.Symbol("a", positive=True)
    for p in exponents:
        f = a ** p
        for point in region:
            if point == 0:
                assert facts.domain[0] is Sign.NONNEGATIVE and f.subs(a, 0) >= 0  # continuous at 0 for p > 0
                continue
            d2, d1 = sp.diff(f, a, 2).subs(a, point), sp.diff(f, a).subs(a, point)
            assert (d2 >= 0) if facts.curvature is Curvature.CONVEX else (d2 <= 0)
            assert (d1 >= 0) if facts.monotone[0] is Monotonicity.INCREASING else (d1 <= 0)
            assert f.subs(a, point) > 0


def test_pow_param_condition():
    from symconvex.atoms import param_exponent_ok
    F = Fraction
    assert param_exponent_ok("pow_param_ge1", [F(1), False, None, False])
    assert not param_exponent_ok("pow_param_ge1", [F(1, 2), False, None, False])  # x^(1/2) is concave
    assert param_exponent_ok("pow_param_01", [F(0), False, F(1), False])
    assert not param_exponent_ok("pow_param_01", [F(0), False, None, False])
    assert param_exponent_ok("pow_param_le0", [None, False, F(-1), True])
    assert not param_exponent_ok("pow_param_le0", [None, False, F(1, 10), False])


@pytest.mark.parametrize("f, domain, proves", [
    (x ** t, [x > 0, t >= 1], "convex"),
    (x ** t, [x > 0, t >= 0, t <= 1], "concave"),
    (x ** t, [x > 0, t <= 0], "convex"),
    (sp.Abs(x) ** t, [t >= 1], "convex"),
    ((x + 1) ** t + sp.exp(x), [x > -1, t >= 2], "convex"),
])
def test_pow_param_certificates_and_twins(f, domain, proves):
    from symconvex.domain import Domain

    cert = prove_by_rules(f, (x,), Domain.build((x, t), domain), parameters=(t,))
    assert cert is not None and cert.proves == proves and verify(cert) == proves
    assert _all_twins_rejected(cert) > 0


def test_pow_param_forgery_with_a_weaker_condition_is_rejected():
    from symconvex.domain import Domain

    cert = prove_by_rules(x ** t, (x,), Domain.build((x, t), [x > 0, t >= 1]), parameters=(t,))
    data = cert.to_dict()
    data["domain"] = [d for d in data["domain"] if d[1] != ["var", "t"]] + [["ge", ["var", "t"], ["num", "1/2"]]]
    data["derivation"]["box"]["t"] = ["1/2", False, None, False]
    from symconvex.certificates import from_json, subject_digest
    data["digest"] = subject_digest(data["variables"], data["function"], None, data["domain"], data["parameters"])
    with pytest.raises(CertificateError, match="pow_param_ge1"):
        verify(from_json(data))


def test_a_ray_is_never_the_origin():
    """1/(1 - x - y) is constant on x + y = 0; the sample point 0 gives no segment (a = b), other points do."""
    from symconvex.domain import Domain

    found = []
    problem = Problem(1 / (1 - x - y), (x, y), Domain.build((x, y), [x + y < 1]))
    find_ray_segments(problem, {"not_strictly_convex"}, found)
    assert all(c.a != c.b for c in found)
    assert all(verify(c) == "not_strictly_convex" for c in found)


# ------------------------------------------------------------------------------------------- claims

@pytest.mark.parametrize("claim, holds", [
    (r"$x^p$ is convex in $x$ on $x > 0$ for $p \ge 1$", True),
    (r"$x^p$ is concave in $x$ on $x > 0$ for $0 \le p \le 1$", True),
    (r"$|x|^p$ is convex in $x$ for $p \ge 1$", True),
    (r"$x^p$ is concave in $x$ on $x > 0$ for $p \ge 1$", False),
    (r"$e^{a x}$ is strictly convex in $x$ for fixed $a$", False),  # a = 0: e^0 = 1 is affine
    (r"$(a x - 1)^2$ is strictly convex in $x$ for $a \ge 0$", False),
    (r"The loss $\frac{(x + 2y)^4}{(x - y)^3}$ is convex for $x > y$", True),
    (r"$t e^{x/t}$ is strictly convex on $t > 0$", False),
    (r"$\frac{e^{2x}}{3 - x}$ is convex on $x < 3$", True),
    (r"$(|x|^4 + |y|^4)^{1/4}$ is strictly convex", False),
])
def test_claims_of_the_rule_families(claim, holds):
    import symconvex

    result = symconvex.check_claim(claim)
    assert result.holds is holds and result.verified
    for cert in result.certificates:
        verify(cert)
    if "fixed $a$" in claim:  # the refutation of strictness is about the value a = 0
        assert any(c.kind == "midpoint" and c.parameter_values == ("0",) for c in result.certificates)


def test_a_parameter_exponent_refuted_where_the_checker_can_evaluate_it():
    """|x|^p is convex for every p >= 1 (rules), and not concave: the refutation at p = 1 may sit on the kink x = 0,
    where the checker takes |x|^p at the stated value p = 1 as |x|^1 (exactly 0 there, a base >= 0)."""
    import symconvex

    result = symconvex.check_claim(r"$|x|^p$ is concave in $x$ for $p \ge 1$")
    assert result.holds is False and result.verified
    refutations = [c for c in result.certificates if c.kind in ("midpoint", "curvature")]
    statements = [verify(c) for c in refutations]
    assert "not_concave" in statements and set(statements) <= {"not_concave", "not_strictly_convex"}
