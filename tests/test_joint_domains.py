"""Domains with joint constraints (issue #11): ranges with open and closed ends and exact factors for signs
(``check/signs.py``), sign hints re-derived by the checker (rules nodes and Hessian pivots with
``sign_by``), and domain certificates (``check/domains.py``): jointly convex constraints are accepted with a
checked certificate, non-convex domains keep their one-line error."""

from __future__ import annotations

import copy
import dataclasses
import json
import random
from fractions import Fraction

import pytest
import sympy as sp

from symconvex.analysis import analyze
from symconvex.certificates import to_tree
from symconvex.check import verify, verify_domain
from symconvex.check.signs import domain_sign, quadratic_sign, range_sign, tree_range
from symconvex.check.signs import joint_form_sign
from symconvex.claims import check_claim
from symconvex.convexsets import prove_convex_domain
from symconvex.decompose import prove_by_hessian
from symconvex.domain import Domain
from symconvex.errors import CertificateError, DomainError
from symconvex.rules import prove_by_rules
from tampering import tampered_twins

x, y, r, s, t = sp.symbols("x y r s t", real=True)
F = Fraction
OPEN_UNIT = {"x": [F(-1), True, F(1), True]}
CLOSED_UNIT = {"x": [F(-1), False, F(1), False]}


# ------------------------------------------------------------------------------------------- ranges

@pytest.mark.parametrize("expr, box, expected", [
    (1 - x**2, OPEN_UNIT, (F(0), True, F(1), False)),          # x in (-1, 1): 1 - x^2 in (0, 1]
    (1 - x**2, CLOSED_UNIT, (F(0), False, F(1), False)),       # closed ends: 0 is reached
    (1 - sp.Abs(x), OPEN_UNIT, (F(0), True, F(1), False)),
    (x * y, {"x": [F(0), True, F(1), False], "y": [F(1), False, F(2), False]}, (F(0), True, F(2), False)),
    (1 / x, {"x": [F(2), False, None, False]}, (F(0), True, F(1, 2), False)),
    (sp.sqrt(x), {"x": [F(4), False, F(9), True]}, (F(2), False, F(3), True)),
])
def test_ranges_keep_open_and_closed_ends(expr, box, expected):
    assert tree_range(to_tree(expr), box) == expected


@pytest.mark.parametrize("expr, box, sign", [
    (1 - sp.exp(x), {"x": [None, False, F(0), True]}, "positive"),     # e^x in (0, 1) on x < 0
    (sp.log(x), {"x": [F(1), True, None, False]}, "positive"),         # log 1 = 0, not reached
    (sp.log(x), {"x": [F(1), False, None, False]}, "nonnegative"),
    (sp.log(1 - x**2), OPEN_UNIT, "nonpositive"),
    (1 - x**2, {"x": [F(-2), True, F(1), True]}, "unknown"),
    (sp.Min(x, 1 - x), {"x": [F(0), True, F(1), True]}, "positive"),
])
def test_range_signs(expr, box, sign):
    assert range_sign(to_tree(expr), box) == sign


def test_exact_factors_decide_where_ranges_lose_the_sign():
    box = {"x": [F(0), True, F(1), True]}
    tree = to_tree(x - x**2)
    assert range_sign(tree, box) == "unknown"          # x in (0, 1), x^2 in (0, 1): (-1, 1)
    assert domain_sign(tree, box) == "positive"        # x - x^2 = -x (x - 1)
    assert domain_sign(tree, {"x": [F(0), True, F(2), True]}) == "unknown"   # x - x^2 < 0 on (1, 2)
    assert domain_sign(to_tree(x / (x - 1)**2), box) == "positive"


def test_quadratic_forms_and_constraint_multiples():
    free = {"x": [None, False, None, False], "y": [F(0), True, None, False]}
    assert quadratic_sign(2 * x**2 - 2 * x * y + y**2, [x, y], free) == "positive"   # y > 0: (x, y) != 0
    assert quadratic_sign(x**2 - 2 * x * y + y**2, [x, y], free) == "nonnegative"
    assert quadratic_sign(x**2 - y**2, [x, y], free) == "unknown"
    from types import SimpleNamespace
    from symconvex.check.signs import domain_halfspaces
    disc = domain_halfspaces(SimpleNamespace(variables=("x", "y"), domain=(
        ["lt", to_tree(x**2 + y**2), ["num", "1"]],)))
    both = {"x": [None, False, None, False], "y": [None, False, None, False]}
    assert joint_form_sign(to_tree(x**2 - y**2 + 1), ["x", "y"], disc, both) == "positive"
    assert joint_form_sign(to_tree(x**2 - 2 * y**2 + 1), ["x", "y"], disc, both) == "unknown"


def test_ranges_contain_every_value_at_random_points():
    """Property: at random rational points of the box, the exact value lies within the range, ends respected."""
    rng = random.Random(7)
    exprs = [1 - x**2 * y, x * y - y**2, (x - y)**3 + x, sp.Abs(x - 2 * y) - x * y, sp.Max(x, y) * sp.Min(x, -y),
             1 / (1 + x**2) - y, x**2 * y**2 - 3 * x]
    for _ in range(40):
        box = {}
        for n in ("x", "y"):
            a, b = sorted(F(rng.randint(-6, 6), rng.randint(1, 3)) for _ in range(2))
            if a == b:
                b += 1
            box[n] = [a, rng.random() < 0.5, b, rng.random() < 0.5]
        for e in exprs:
            rng_ = tree_range(to_tree(e), box)
            assert rng_ is not None
            lo, los, hi, his = rng_
            for _ in range(8):
                pt = {}
                for n, (a, sa, b, sb) in box.items():
                    k = rng.randint(0, 10)
                    v = a + (b - a) * F(k, 10)
                    if (k == 0 and sa) or (k == 10 and sb):
                        v = (a + b) / 2
                    pt[n] = v
                value = e.subs({x: sp.Rational(pt["x"].numerator, pt["x"].denominator),
                                y: sp.Rational(pt["y"].numerator, pt["y"].denominator)})
                value = F(int(value.p), int(value.q))
                assert value > lo if los else value >= lo
                assert value < hi if his else value <= hi


# ------------------------------------------------------------------------ rules nodes with sign_by

def _nodes(node):
    yield node
    for c in node.get("children", []):
        yield from _nodes(c)


def test_a_rules_proof_with_a_range_sign_is_checked_and_its_twins_rejected():
    cert = prove_by_rules(-sp.log(1 - x**2), (x,), Domain.build((x,), [x > -1, x < 1]))
    assert cert is not None and verify(cert) == "convex"
    hinted = [n for n in _nodes(cert.derivation) if "sign_by" in n]
    assert any(n["rule"] == "add" and n["sign"] == "positive" for n in hinted)   # 1 - x^2 > 0
    data = cert.to_dict()
    for path, twin in tampered_twins(data):
        with pytest.raises(CertificateError):
            verify(json.dumps(twin))
    # without the hint the rules alone leave 1 - x^2 unknown: rejected
    for n in _nodes(cert.derivation):
        n.pop("sign_by", None)
    with pytest.raises(CertificateError):
        verify(dataclasses.replace(cert, digest=""))


def test_a_range_sign_on_the_closed_interval_is_refused():
    """On -1 <= x <= 1, 1 - x^2 reaches 0: a certificate stating it positive (by ranges) must fail."""
    cert = prove_by_rules(-sp.log(1 - x**2), (x,), Domain.build((x,), [x > -1, x < 1]))
    closed = Domain.build((x,), [x >= -1, x <= 1]).to_trees()
    forged = dataclasses.replace(cert, domain=closed, digest="", derivation=copy.deepcopy(cert.derivation))
    forged.derivation["box"] = {"x": ["-1", False, "1", False]}
    with pytest.raises(CertificateError):
        verify(forged)
    bad = dataclasses.replace(cert, digest="", derivation=copy.deepcopy(cert.derivation))
    next(n for n in _nodes(bad.derivation) if "sign_by" in n)["sign_by"] = "guess"
    with pytest.raises(CertificateError, match="sign_by"):
        verify(bad)


# ------------------------------------------------------------------------ Hessian pivots with sign_by

def test_strict_convexity_under_a_joint_constraint():
    cert = prove_by_hessian(-sp.log(1 - x**2 - y**2), (x, y), Domain.build((x, y), [x**2 + y**2 < 1]), strict=True)
    assert cert is not None and verify(cert) == "strictly_convex"
    assert all(p["sign_by"] == "ranges" and p["sign"] == "positive" for p in cert.pivot_signs)
    for path, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(json.dumps(twin))
    closed = dataclasses.replace(cert, domain=Domain.build((x, y), [x**2 + y**2 <= 1]).to_trees(), digest="")
    # on the closed disc the log's argument 1 - x^2 - y^2 reaches 0: not smooth on the domain, so no proof there
    with pytest.raises(CertificateError, match="does not keep it defined and smooth"):
        verify(closed)
    wider = dataclasses.replace(cert, domain=Domain.build((x, y), [x**2 + y**2 < 2]).to_trees(), digest="")
    with pytest.raises(CertificateError):   # log(1 - x^2 - y^2) is undefined on part of the larger disc
        verify(wider)


# ------------------------------------------------------------------------------ domain certificates

PD_CONE = [s > 0, t > 0, s * t > r**2]


def test_a_jointly_convex_domain_has_a_checked_certificate():
    dom = Domain.build((r, s, t), PD_CONE)
    cert = prove_convex_domain(dom)
    assert verify_domain(cert) == "convex_set"
    assert [step["rule"] for step in cert["steps"]] == ["affine", "affine", "factor"]
    for path, twin in tampered_twins(cert):
        if twin["domain"] != cert["domain"]:
            continue       # about another domain: the analysis binds the certificate to its own domain
        with pytest.raises(CertificateError):
            verify_domain(twin)


@pytest.mark.parametrize("change", ["multiplier", "order", "superlevel", "no_affine"])
def test_forged_domain_certificates_are_rejected(change):
    cert = prove_convex_domain(Domain.build((r, s, t), PD_CONE))
    forged = json.loads(json.dumps(cert))
    if change == "multiplier":        # st - r^2 = (-s)(...) is not the identity, and -s < 0
        forged["steps"][2]["multiplier"] = ["mul", ["num", "-1"], ["var", "s"]]
    elif change == "order":           # the cone constraint first: s > 0 is not yet known
        forged["order"] = [2, 0, 1]
        forged["steps"] = [forged["steps"][2], forged["steps"][0], forged["steps"][1]]
    elif change == "superlevel":      # st - r^2 is not concave
        forged["steps"][2] = {"rule": "superlevel", "derivation": forged["steps"][2]["derivation"]}
    else:                             # s t > r^2 called affine
        forged["steps"][2] = {"rule": "affine"}
    with pytest.raises(CertificateError):
        verify_domain(forged)


def test_analysis_on_a_jointly_convex_domain_carries_the_checked_certificate():
    a = analyze(-sp.log(s * t - r**2), (r, s, t), PD_CONE, timeout=30)
    assert a.is_convex is True
    assert verify_domain(a.domain_certificate) == "convex_set"
    assert "domain_certificate" in a.to_dict()


@pytest.mark.parametrize("constraints", [
    [s > 0, t > 0, s * t < r**2],      # (1, 1, 2) and (1, 1, -2) are in it, their midpoint (1, 1, 0) is not
    [x**2 + y**2 > 1],
])
def test_a_non_convex_domain_keeps_its_one_line_error(constraints):
    variables = (r, s, t) if len(constraints) == 3 else (x, y)
    with pytest.raises(DomainError, match="not convex") as info:
        analyze(sp.Integer(1) + variables[0], variables, constraints)
    assert "\n" not in str(info.value)


def test_the_cli_refuses_a_non_convex_joint_domain_with_status_2():
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "symconvex", "check", r"$-\log(x)$ is convex on $x > 0, x y > 1, y > -3$"],
                         capture_output=True, text=True)
    assert out.returncode in (0, 2, 3)
    out = subprocess.run([sys.executable, "-m", "symconvex", "check",
                          r"$x + y$ is convex on $x^2 + y^2 > 1$"], capture_output=True, text=True)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


# -------------------------------------------------------------------------------------------- claims

@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("text, holds", [
    (r"$-\log(1 - x^2)$ is convex on $-1 < x < 1$", True),
    (r"$-\log(1 - x^2)$ is strictly convex on $-1 < x < 1$", True),
    (r"$-\log(1 - e^{x})$ is convex on $x < 0$", True),
    (r"$\log(\log x)$ is concave on $x > 1$", True),
    (r"$-\log(x - x^2)$ is convex on $0 < x < 1$", True),
    (r"$-\log(1-x^2-y^2)$ is strictly convex on $x^2 + y^2 < 1$", True),
    (r"$\log x + \log(y - x)$ is strictly concave on $x > 0$, $y > x$", True),
    (r"$-\log(s t - r^2)$ is convex on $s > 0, t > 0, s t > r^2$", True),
    (r"$\log(u v - w^2)$ is convex on $u > 0, v > 0, u v > w^2$", False),
    (r"$-\log(u v - w^2)$ is strictly convex on $u > 0, v > 0, u v > w^2$", True),
    (r"$\log(1 - x^2)$ is convex on $-1 < x < 1$", False),
])
def test_claims_with_joint_signs_and_domains(text, holds):
    assert check_claim(text, timeout=30).holds is holds


# ----------------------------------------------------------------------------------- natural domains

@pytest.mark.parametrize("g, h", [
    (x**5, x), (-x**3, -x), (x**3 + x, x), ((x**2 + 1) * (y - x), y - x), (x**2 * y, x**2 * y), (x**4, x**4),
])
def test_natural_conditions_are_simplified_to_equivalent_ones(g, h):
    from symconvex.domain import simplified_condition
    found = simplified_condition(g, (x, y))
    assert sp.expand(found - h) == 0
    # the same set: the signs agree at many rational points
    for a in range(-4, 5):
        for b in range(-4, 5):
            pt = {x: sp.Rational(a, 2), y: sp.Rational(b, 3)}
            assert (g.subs(pt) > 0) == (found.subs(pt) > 0) and (g.subs(pt) >= 0) == (found.subs(pt) >= 0)


@pytest.mark.parametrize("text, holds", [
    (r"$\log(x^5)$ is concave", True),
    (r"$\log(x^5)$ is convex", False),
    (r"$\sqrt{x^3}$ is convex", True),
    (r"$-\log(-x^3)$ is convex", True),
])
def test_claims_on_simplified_natural_domains(text, holds):
    assert check_claim(text, timeout=30).holds is holds


def test_a_natural_domain_that_is_not_convex_is_refused_with_points_of_the_domain():
    with pytest.raises(Exception, match=r"not convex: \(-1/2, 1/2\) and \(1/2, 1/2\)"):
        check_claim(r"$\log(x^2 y)$ is concave", timeout=30)


def test_the_cli_verifies_a_domain_certificate_file(tmp_path):
    import subprocess
    import sys
    cert = prove_convex_domain(Domain.build((r, s, t), PD_CONE))
    good = tmp_path / "domain.json"
    good.write_text(json.dumps(cert))
    out = subprocess.run([sys.executable, "-m", "symconvex", "verify", str(good)], capture_output=True, text=True)
    assert out.returncode == 0 and "convex_set" in out.stdout
    cert["steps"][2]["multiplier"] = ["var", "t"]      # s t - r^2 = t (t - r^2/s) is false
    bad = tmp_path / "forged.json"
    bad.write_text(json.dumps(cert))
    out = subprocess.run([sys.executable, "-m", "symconvex", "verify", str(bad)], capture_output=True, text=True)
    assert out.returncode != 0 and "Traceback" not in out.stderr and out.stderr.count("\n") == 1


def test_a_claim_on_a_jointly_convex_domain_shows_its_domain_certificate():
    result = check_claim(r"$-\log(u v - w^2)$ is convex on $u > 0, v > 0, u v > w^2$", timeout=30)
    assert result.holds is True
    assert verify_domain(result.to_dict()["domain_certificate"]) == "convex_set"


def test_strict_concavity_on_a_closed_interval_with_range_signs():
    """sqrt(4 - x^2) on [-2, 2]: 4 - x^2 >= 0 on the closed box and > 0 inside, both from ranges; a box domain may
    be closed (f continuous on it, C^2 inside)."""
    cert = prove_by_hessian(sp.sqrt(4 - x**2), (x,), Domain.build((x,), [x >= -2, x <= 2]), strict=True)
    assert cert is not None and verify(cert) == "strictly_concave"
    for path, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(json.dumps(twin))
    wider = dataclasses.replace(cert, domain=Domain.build((x,), [x >= -3, x <= 2]).to_trees(), digest="",
                                pivot_signs=[{**p, "box": {"x": ["-3", False, "2", False]}} for p in cert.pivot_signs])
    with pytest.raises(CertificateError):   # sqrt(4 - x^2) is undefined on [-3, -2)
        verify(wider)


def test_isolated_zeros_with_range_signs():
    cert = prove_by_hessian(-sp.log(1 - x**4), (x,), Domain.build((x,), [x > -1, x < 1]), strict=True)
    assert cert is not None and verify(cert) == "strictly_convex"
    assert "nonzero_at" in cert.pivot_signs[0] and cert.pivot_signs[0]["sign"] == "nonnegative"
    for path, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(json.dumps(twin))


def test_a_product_constraint_signs_the_other_factor():
    from types import SimpleNamespace
    from symconvex.check.signs import domain_halfspaces, joint_box
    scope = SimpleNamespace(variables=("x", "y"), domain=Domain.build((x, y), [x > 0, x * y > 1]).to_trees())
    box = {"x": [F(0), True, None, False], "y": [None, False, None, False]}
    assert joint_box(box, domain_halfspaces(scope))["y"] == [F(0), True, None, False]
    loose = SimpleNamespace(variables=("x", "y"), domain=Domain.build((x, y), [x > 0, x * y > -1]).to_trees())
    assert joint_box(box, domain_halfspaces(loose))["y"] == [None, False, None, False]   # x y > -1: y may be < 0
    a = analyze(-sp.log(x * y - 1), (x, y), [x > 0, x * y > 1], timeout=30)
    assert a.is_strictly_convex is True and verify_domain(a.domain_certificate) == "convex_set"


@pytest.mark.parametrize("p, bounds, sign", [
    (2 * x**4 - 8 * x**3 + 7 * x**2 + 5, [None, False, F(2), True], "positive"),   # no real root at all
    (1 - x**2, [F(-1), True, F(1), True], "positive"),
    (1 - x**2, [F(-1), False, F(1), True], "nonnegative"),                          # 0 at the closed end -1
    (1 - x**2, [F(-2), True, F(1), True], "unknown"),                               # the root -1 is inside
    (x**2 - 2, [F(1), True, F(3, 2), False], "unknown"),                            # sqrt(2) is inside
    (x**3 - 2, [F(2), True, None, False], "positive"),
])
def test_univariate_polynomial_signs_by_exact_root_counting(p, bounds, sign):
    from symconvex.check.signs import univariate_sign
    assert univariate_sign(p, {"x": bounds}) == sign


def test_a_product_with_a_quartic_factor_is_proved_convex():
    assert check_claim(r"$\frac{e^{x^2}}{2 - x}$ is convex for $x < 2$", timeout=30).holds is True
