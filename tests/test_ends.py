"""Domains whose ends are exact irrational numbers (sqrt(q), 1/sqrt(q), e^q, log q, pi/4): the checker's exact
constants (order by rigorous enclosures, equality by exact algebra), the box that reads them, the sign of a
monotone factor at an exact end, and claims decided with certificates whose tampered twins (one number changed,
or the end moved to where the claim is false, with the digest recomputed) are rejected."""

from __future__ import annotations

import json
from fractions import Fraction as F

import pytest
import sympy as sp

from symconvex import check_claim
from symconvex.certificates import from_json, subject_digest, to_tree
from symconvex.check import verify
from symconvex.check.constants import Constant, PiRational, end_from_json, exact_number
from symconvex.check.signs import box_to_json, check_box, domain_box, monotone_sign
from symconvex.errors import CertificateError
from symconvex.parsing import parse_domain
from tampering import tampered_twins
from marks import slow_except  # noqa: E402

x = sp.Symbol("x", real=True)
R = sp.Rational


# ------------------------------------------------------------------------------------------ exact constants

def test_an_irrational_end_is_ordered_by_enclosures_and_its_images_stay_exact():
    c = exact_number(1 / sp.sqrt(3))
    assert F(57735, 100000) < c < F(57736, 100000)
    assert c * c == F(1, 3) and (c * c).simplest() == F(1, 3)                 # (1/sqrt 3)^2 = 1/3, exactly
    assert exact_number(sp.log(sp.exp(R(3, 2)))) == F(3, 2)                   # log(e^{3/2}) = 3/2
    assert exact_number(sp.exp(R(3, 2))) > F(448, 100) and exact_number(sp.log(2)) < F(7, 10)
    assert PiRational(0, F(1, 4)) < exact_number(sp.sqrt(R(2, 3))) < 1       # pi/4 = 0.785 < 0.816


def test_equality_is_decided_exactly_never_from_an_enclosure():
    assert Constant(sp.sqrt(2) + sp.sqrt(3)) == Constant(sp.sqrt(5 + 2 * sp.sqrt(6)))   # minimal polynomial z
    assert Constant(sp.sqrt(2) + sp.sqrt(3)) < Constant(sp.sqrt(5 + 2 * sp.sqrt(6))) + F(1, 10 ** 30)
    assert Constant(sp.log(4) - 2 * sp.log(2)).sign() == 0                              # expanded: literally 0
    with pytest.raises(CertificateError, match="cannot decide"):  # 0, but not shown exactly: refused, not guessed
        Constant(sp.log(2) + sp.log(3) - sp.log(6)).sign()


def test_only_real_constants_the_evaluator_encloses_are_read():
    assert exact_number(sp.sqrt(-3)) is None and exact_number(sp.log(-1)) is None
    assert exact_number(x) is None and exact_number(sp.Float("1.5")) is None
    assert exact_number(R(2, 3)) == F(2, 3)


# ------------------------------------------------------------------------------------------ the box

def _cert(constraints):
    return type("Scope", (), {"variables": ("x",), "parameters": (), "domain": tuple(constraints)})()


def _trees(*relations):
    from symconvex.certificates import constraint_to_tree
    return [constraint_to_tree(r) for r in relations]


def test_the_box_keeps_sqrt_log_and_e_ends_exact():
    box = domain_box(_cert(_trees(x > 1 / sp.sqrt(3), 2 * x < sp.exp(R(3, 2)))))
    lo, los, hi, his = box["x"]
    assert los and his and lo == exact_number(sp.sqrt(3) / 3) and hi == exact_number(sp.exp(R(3, 2)) / 2)
    assert domain_box(_cert(_trees(x >= sp.log(2))))["x"][:2] == [exact_number(sp.log(2)), False]
    stated = box_to_json(box)
    assert stated["x"][0] == ["mul", ["num", "1/3"], ["pow", ["num", "3"], ["num", "1/2"]]]


def test_a_stated_box_end_may_be_any_tree_of_the_same_constant_but_not_another():
    box = domain_box(_cert(_trees(x > 1 / sp.sqrt(3))))
    check_box({"x": [["pow", ["num", "3"], ["num", "-1/2"]], True, None, False]}, box, "box")      # 3^{-1/2}
    check_box({"x": [["pow", ["num", "1/3"], ["num", "1/2"]], True, None, False]}, box, "box")     # (1/3)^{1/2}
    for wrong in (["pow", ["num", "2"], ["num", "-1/2"]], "57735/100000", ["pow", ["num", "3"], ["num", "-1/2"]]):
        strict = wrong != ["pow", ["num", "3"], ["num", "-1/2"]]  # the last one: right end, wrong strictness
        with pytest.raises(CertificateError, match="box"):
            check_box({"x": [wrong, strict, None, False]}, box, "box")


@pytest.mark.parametrize("end", [["log", ["num", "-1"]], ["pow", ["var", "x"], ["num", "1/2"]], ["sin", 7],
                                 ["exp", ["num", "100000"]]])
def test_a_stated_end_that_is_not_a_real_constant_is_refused(end):
    with pytest.raises(CertificateError):
        end_from_json(end, "box")


# ------------------------------------------------------------------------------------------ monotone to an end

def _box(lo, los, hi, his):
    return {"x": [lo, los, hi, his]}


@pytest.mark.parametrize("expr, box, sign", [
    (3 * x**2 - 1, _box(exact_number(1 / sp.sqrt(3)), True, None, False), "positive"),       # 0 at the end
    (3 * x**2 - 1, _box(exact_number(1 / sp.sqrt(3)), False, None, False), "nonnegative"),   # end included
    (3 * x**2 - 1, _box(F(57, 100), True, None, False), "unknown"),                          # 3 (0.57)^2 < 1
    (3 * x**2 - 1, _box(None, False, -exact_number(1 / sp.sqrt(3)), True), "positive"),       # decreasing there
    (2 * sp.log(x) - 3, _box(F(0), True, exact_number(sp.exp(R(3, 2))), True), "negative"),
    (2 * sp.log(x) - 3, _box(F(0), True, exact_number(sp.exp(R(3, 2))), False), "nonpositive"),
    (2 * sp.log(x) - 3, _box(F(0), True, exact_number(sp.exp(2)), True), "unknown"),          # > 0 near e^2
    (sp.exp(x) - 2, _box(exact_number(sp.log(2)), True, None, False), "positive"),
    (sp.cos(x) - sp.sin(x), _box(F(0), False, PiRational(0, F(1, 4)), False), "nonnegative"),
    (sp.cos(x) - sp.sin(x), _box(F(0), False, PiRational(0, F(1, 3)), False), "unknown"),
])
def test_the_sign_of_a_monotone_factor_from_its_exact_value_at_an_end(expr, box, sign):
    assert monotone_sign(to_tree(expr), box) == sign


def test_the_end_rule_needs_the_factor_smooth_up_to_the_end():
    # log x - 1 increases on (0, 1) with value -1 at 1, but at the end 0 it is undefined: only the end 1 is used;
    # 1/x - 1 on (0, 1]: decreasing, 0 at 1, so >= 0; the end 0 (a pole) is never used
    assert monotone_sign(to_tree(sp.log(x) - 1), _box(F(0), True, F(1), True)) == "negative"
    assert monotone_sign(to_tree(1 / x - 1), _box(F(0), True, F(1), False)) == "nonnegative"
    assert monotone_sign(to_tree(sp.Abs(x) - 1), _box(F(0), True, F(1), True)) == "unknown"   # not analytic


# ------------------------------------------------------------------------------------------ the reader

@pytest.mark.parametrize("text, relations", [
    (r"x > \sqrt{3}", [x > sp.sqrt(3)]),
    (r"x \ge \frac{1}{\sqrt 3}", [x >= 1 / sp.sqrt(3)]),
    (r"0 < x < e^{3/2}", [x > 0, x < sp.exp(R(3, 2))]),
    (r"x > \ln 2", [x > sp.log(2)]),
    (r"0 \le x \le \pi/4", [x >= 0, x <= sp.pi / 4]),
])
def test_the_reader_keeps_irrational_ends_exact(text, relations):
    assert [r.canonical for r in parse_domain(text)] == [r.canonical for r in relations]


# ------------------------------------------------------------------------------------------ claims

def _moved(cert, old, new, *also):
    """The certificate with the end ``old`` (a tree) replaced by ``new`` everywhere (domain and stated boxes; ``also``:
    more (old, new) pairs, e.g. the box's form of the end) and its digest recomputed: a certificate about another
    domain, as a forger would write it."""
    text = json.dumps(cert.to_dict())
    for a, b in [(old, new), *also]:
        text = text.replace(json.dumps(a), json.dumps(b))
    data = json.loads(text)
    data["digest"] = subject_digest(data["variables"], data["function"], data.get("network"), data["domain"])
    return data


PROVED = [  # (claim, the end as it appears in the domain, a moved end where the claim is false)
    (r"$x^4 - 4x^2$ is convex on $(\sqrt{\frac{2}{3}}, \infty)$", None, None),
    (r"$\frac{\ln x}{x}$ is convex for $x > e^{3/2}$", ["exp", ["num", "3/2"]], ["exp", ["num", "4/3"]]),
    (r"$\frac{\ln x}{x}$ is strictly concave on $(0, e^{3/2})$", ["exp", ["num", "3/2"]], ["exp", ["num", "8/5"]]),
    (r"$\frac{1}{1+x^2}$ is strictly convex for $x \ge \frac{1}{\sqrt{3}}$",
     ["mul", ["num", "1/3"], ["pow", ["num", "3"], ["num", "1/2"]]],
     ["mul", ["num", "1/4"], ["pow", ["num", "3"], ["num", "1/2"]]]),
    (r"$e^{-x^2}$ is convex for $x \ge \frac{\sqrt{2}}{2}$",
     ["mul", ["num", "1/2"], ["pow", ["num", "2"], ["num", "1/2"]]],
     ["mul", ["num", "1/3"], ["pow", ["num", "2"], ["num", "1/2"]]]),
    (r"$e^x - x^2$ is convex for $x > \ln 2$", ["log", ["num", "2"]], ["log", ["num", "3/2"]]),
    (r"$e^x - x^2$ is concave for $x < \ln 2$", ["log", ["num", "2"]], ["log", ["num", "3"]]),
    (r"$x^2 \ln x$ is convex for $x > e^{-3/2}$", ["exp", ["num", "-3/2"]], ["exp", ["num", "-2"]]),
    (r"$\sin x - \cos x$ is convex on $[0, \frac{\pi}{4}]$", ["mul", ["num", "1/4"], ["pi"]],
     (["mul", ["num", "1/3"], ["pi"]], (["0", "1/4"], ["0", "1/3"]))),
    (r"$\arctan(x)$ is concave on $[\sqrt{2}, \infty)$", None, None),
    (r"$x^3 - 3x$ is convex for $x \ge \sqrt[3]{2}$", None, None),
    (r"$x^4 - 2x^2$ is concave on $(0, \frac{1}{\sqrt 3})$", None, None),  # the reader adds x^2 < 1/3 too
    (r"$x^4 - 2x^2$ is strictly convex for $x \ge \frac{1}{\sqrt 3}$",
     ["mul", ["num", "1/3"], ["pow", ["num", "3"], ["num", "1/2"]]],
     ["mul", ["num", "1/4"], ["pow", ["num", "3"], ["num", "1/2"]]]),
]


@pytest.mark.parametrize("claim, end, moved", slow_except(PROVED, keep=(0, 4, 8), several=True))
def test_claims_on_irrational_ends_are_proved_and_forged_twins_rejected(claim, end, moved):
    result = check_claim(claim, timeout=30)
    assert result.holds is True and result.verified
    proofs = [c for c in result.certificates if c.kind in ("hessian", "rules")]
    assert proofs
    for cert in proofs:
        assert verify(cert) in ("convex", "concave", "strictly_convex", "strictly_concave")
        for path, twin in tampered_twins(cert.to_dict()):
            with pytest.raises(CertificateError):
                verify(from_json(twin))
        if end is not None:  # the same proof about a domain whose end is moved to where the claim is false
            assert json.dumps(end) in json.dumps(cert.to_dict()["domain"])
            with pytest.raises(CertificateError):
                verify(from_json(_moved(cert, end, *(moved if isinstance(moved, tuple) else (moved,)))))


def test_a_forged_box_end_rounded_inward_is_rejected():
    result = check_claim(r"$x^4 - 2x^2$ is convex on $\left(\frac{1}{\sqrt{3}}, \infty\right)$", timeout=30)
    cert = next(c for c in result.certificates if c.kind == "hessian")
    data = cert.to_dict()
    data["pivot_signs"][0]["box"]["x"][0] = "57735/100000"  # 1/sqrt 3 rounded: not the box of the domain
    with pytest.raises(CertificateError, match="box"):
        verify(from_json(data))
    data["pivot_signs"][0]["box"]["x"][0] = ["pow", ["num", "3"], ["num", "-1/2"]]  # the same number: accepted
    assert verify(from_json(data)) == cert.proves


@pytest.mark.parametrize("claim", [
    r"$\frac{\ln x}{x}$ is concave on $(0, e^{2})$",
    r"$\sin x - \cos x$ is convex on $[0, \frac{\pi}{3}]$",
    r"$x^4 - 4x^2$ is convex on $(\frac{4}{5}, \infty)$",          # f'' < 0 on (4/5, sqrt(2/3)): 0.8 < 0.8165
    r"$e^x - x^2$ is convex for $x > \frac{1}{2}$",                 # f'' < 0 on (1/2, ln 2)
    r"$x^2 \ln x$ is convex on $(e^{-2}, \infty)$",                 # f'' < 0 on (e^{-2}, e^{-3/2})
    r"$x^4 - 2x^2 + y^2$ is convex for $x > \frac{1}{2}$",          # two variables: a point near x = 1/2
])
def test_claims_past_the_inflection_point_are_refuted(claim):
    result = check_claim(claim, timeout=30)
    assert result.holds is False and result.verified
    assert any(c.kind == "curvature" and c.refutes == "convex" for c in result.certificates) or "concave" in claim


@pytest.mark.parametrize("claim, holds", [
    (r"$x^4 - 12x^2$ is convex on $x \ge 1.41$", False),              # f'' < 0 on [1.41, sqrt 2): 0.0042 wide
    pytest.param(r"$x^4 - 12x^2$ is convex on $x \ge 1.42$", True, marks=pytest.mark.slow),   # the true neighbours
    (r"$\sin x$ is concave on $[0, 3.15]$", False),                   # sin'' > 0 on (pi, 3.15]: 0.0084 wide
    (r"$\frac{1}{x^2 + 3}$ is concave on $[-1.005, 1.005]$", False),  # inflection points at +-1
    pytest.param(r"$\frac{1}{x^2 + 3}$ is concave on $[-0.995, 0.995]$", True, marks=pytest.mark.slow),
    (r"$x e^{-x}$ is concave on $x \le 2.002$", False),               # f'' = (x - 2) e^{-x}
    (r"$x^3 + y^2$ is convex on $x \ge -0.001, y \ge 0$", False),    # two variables: H = diag(6x, 2)
])
def test_a_sliver_of_the_other_curvature_at_a_stated_end_is_found(claim, holds):
    """The regular points stop 1/64 short of an end; a refutation still missing is searched nearer and nearer it
    (``search.find_end_slivers``), so an inflection point a few thousandths inside the stated end is not missed."""
    result = check_claim(claim, timeout=30)
    assert result.holds is holds and result.verified
    for cert in result.certificates:
        assert verify(from_json(cert.to_json())) == cert.statement
    if not holds:
        assert any(c.kind == "curvature" for c in result.certificates)


def test_the_deep_end_points_lie_inside_and_approach_each_end():
    from symconvex.domain import Domain
    from symconvex.search import Problem
    problem = Problem(x ** 3, (x,), Domain.build((x,), [x >= R(99, 100), x <= 2]))
    points = [p[0] for p in problem._near_end_points(deep=True)]
    assert points and all(F(99, 100) < p < 2 for p in points)
    assert min(points) - F(99, 100) < F(1, 10 ** 5) and 2 - max(points) < F(1, 10 ** 5)


# ------------------------------------------------------------------------------------------ domain certificates

def test_a_domain_with_an_irrational_bound_and_a_joint_constraint_is_shown_convex():
    from symconvex.check import verify_domain
    from symconvex.convexsets import prove_convex_domain
    from symconvex.domain import Domain

    y = sp.Symbol("y", real=True)
    cert = prove_convex_domain(Domain.build((x, y), [x > 1 / sp.sqrt(2), x * y > 1]))
    assert verify_domain(cert) == "convex_set"
    assert [step["rule"] for step in cert["steps"]] == ["affine", "factor"]   # x y - 1 = x (y - 1/x), x > 0
    for path, twin in tampered_twins(cert):
        if twin["domain"] != cert["domain"]:
            continue       # about another domain: the analysis binds the certificate to its own domain
        with pytest.raises(CertificateError):
            verify_domain(twin)
    forged = json.loads(json.dumps(cert))   # x^2 > sqrt(2) is no half-space: "affine" is refused
    forged["domain"][0] = ["gt", ["pow", ["var", "x"], ["num", "2"]], ["pow", ["num", "2"], ["num", "1/2"]]]
    with pytest.raises(CertificateError, match="not a polynomial"):
        verify_domain(forged)
    forged["domain"][0] = ["gt", ["var", "x"], ["pow", ["num", "-2"], ["num", "1/2"]]]  # sqrt(-2): no real end
    with pytest.raises(CertificateError):
        verify_domain(forged)


def test_a_claim_on_a_joint_domain_with_an_irrational_bound_is_decided():
    result = check_claim(r"$\log(x y - 1)$ is concave on $x > \frac{1}{\sqrt 2}$, $x y > 1$", timeout=60)
    assert result.holds is True and result.verified and result.domain_certificate is not None
