"""Quasiconvexity and log-log curvature: the ``quasimidpoint``, ``quasi`` and ``loglog`` certificates (``check.quasi``),
their lying twins, and claims about them."""

from __future__ import annotations

import copy

import pytest
import sympy as sp

from symconvex import check_claim
from symconvex.certificates import (LogLogCertificate, QuasiCertificate, QuasiMidpointCertificate, from_json,
                                    to_tree)
from symconvex.check import verify
from symconvex.errors import CertificateError, ClaimError
from symconvex.facts import ALL_IMPLICATIONS, derive
from symconvex.quasiconvexity import analyze_beyond, find_quasimidpoint
from tampering import tampered_twins
from marks import slow_except  # noqa: E402

x, y = sp.symbols("x y", real=True)
ORTHANT = [x > 0, y > 0]


def _certificates(f, variables, domain, word, kind):
    """The certificates of ``kind`` that ``analyze_beyond`` keeps for f and the claim word."""
    analysis = analyze_beyond(f, variables, domain, [word], timeout=30)
    return analysis, [c for c in analysis.certificates if c.kind == kind]


@pytest.mark.parametrize("f, variables, domain, word, kind, statement", slow_except([
    (x * y, [x, y], ORTHANT, "quasiconvex", "quasimidpoint", "not_quasiconvex"),
    (sp.sqrt(sp.Abs(x)), [x], None, "quasiconcave", "quasimidpoint", "not_quasiconcave"),
    (sp.sqrt(sp.Abs(x)), [x], None, "quasiconvex", "quasi", "quasiconvex"),          # sqrt increasing of |x|
    (1 / (1 + x ** 2), [x], None, "quasiconcave", "quasi", "quasiconcave"),           # 1/t decreasing of 1 + x^2
    (x * y, [x, y], ORTHANT, "quasiconcave", "quasi", "quasiconcave"),                 # log(xy) concave
    ((x - 1) / (y - 2), [x, y], [y > 2], "quasilinear", "quasi", "quasilinear"),      # linear-fractional
    (x ** 3, [x], None, "quasilinear", "quasi", "quasilinear"),                        # f' = 3x^2 >= 0
    (x ** 2 / (1 + x ** 2), [x], None, "quasiconvex", "quasi", "quasiconvex"),        # f' <= 0 left of 0, >= 0 right
    (x * sp.exp(-x), [x], [x > 0], "quasiconcave", "quasi", "quasiconcave"),          # f' >= 0 left of 1, <= 0 right
    (x * y, [x, y], [x >= 0, y >= 0], "quasiconcave", "quasi", "quasiconcave"),       # the open orthant, by continuity
    (x * y, [x, y], ORTHANT, "log-log affine", "loglog", "loglog_affine"),            # u + v
    (x + y, [x, y], ORTHANT, "log-log concave", "loglog", "not_loglog_concave"),      # log-sum-exp
], keep=[0, 4, 8], several=True))
def test_certificate_is_accepted_and_its_twins_rejected(f, variables, domain, word, kind, statement):
    _, certs = _certificates(f, variables, domain, word, kind)
    cert = next(c for c in certs if c.statement == statement)
    assert verify(cert) == statement
    assert verify(from_json(cert.to_json())) == statement
    for path, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(from_json(twin))


def _midpoint(f, variables, domain, refutes, a, b, values, lam="1/2"):
    return QuasiMidpointCertificate(variables=tuple(v.name for v in variables), function=to_tree(f),
                                    domain=tuple(to_tree_constraint(c) for c in domain), refutes=refutes,
                                    a=a, b=b, lam=lam, values=values)


def to_tree_constraint(c):
    from symconvex.certificates import constraint_to_tree

    return constraint_to_tree(c)


def test_quasimidpoint_needs_f_m_above_both_ends():
    # x^2 - 1 is quasiconvex: f(0) = -1 is below f(-1) = f(1) = 0, so this is a refutation of quasiconcavity only
    honest = _midpoint(x ** 2 - 1, [x], [], "quasiconcave", ("-1",), ("1",), {"f(a)": "0", "f(b)": "0", "f(m)": "-1"})
    assert verify(honest) == "not_quasiconcave"
    lying = _midpoint(x ** 2 - 1, [x], [], "quasiconvex", ("-1",), ("1",), {"f(a)": "0", "f(b)": "0", "f(m)": "-1"})
    with pytest.raises(CertificateError, match="needs > 0"):
        verify(lying)
    # above one end only (f(m) = 1/4 between f(0) = 0 and f(1) = 1 for x^2) refutes nothing
    with pytest.raises(CertificateError, match="needs > 0"):
        verify(_midpoint(x ** 2, [x], [], "quasiconvex", ("0",), ("1",), {"f(a)": "0", "f(b)": "1", "f(m)": "1/4"}))


def test_quasimidpoint_points_must_lie_in_the_domain():
    cert = _midpoint(x * y, [x, y], ORTHANT, "quasiconvex", ("4", "-1"), ("1", "4"),
                     {"f(a)": "-4", "f(b)": "4", "f(m)": "15/4"})
    with pytest.raises(CertificateError, match="domain"):
        verify(cert)


def test_finder_finds_nothing_for_a_quasiconvex_function():
    import time

    assert find_quasimidpoint(sp.sqrt(sp.Abs(x)), [x], None, "quasiconvex", deadline=time.monotonic() + 10) is None
    assert find_quasimidpoint(x ** 3, [x], None, "quasiconcave", deadline=time.monotonic() + 10) is None


def _quasi_forged(f, variables, domain, word, **changes):
    _, certs = _certificates(f, variables, domain, word, "quasi")
    data = copy.deepcopy(next(c for c in certs if c.by == "outer").to_dict())
    data.update(changes)
    return from_json(data)


def test_quasi_outer_direction_decides_the_side():
    # sqrt(|x|): sqrt increasing of the convex |x| gives quasiconvex, never quasiconcave
    with pytest.raises(CertificateError, match="not quasiconcave"):
        verify(_quasi_forged(sp.sqrt(sp.Abs(x)), [x], None, "quasiconvex", proves="quasiconcave"))


def test_quasi_part_must_be_about_the_inner_function():
    from symconvex.quasiconvexity import _quasi_candidates

    outer = next(c for c in _quasi_candidates(1 / (1 + x ** 2), [x], None, 30)
                 if c.by == "outer" and c.proves == "quasiconcave")
    assert verify(outer) == "quasiconcave"
    other = QuasiCertificate(variables=("x",), function=to_tree(1 / (1 + x ** 4)), proves="quasiconcave", by="outer",
                             part=outer.part)
    with pytest.raises(CertificateError, match="inner function"):
        verify(other)


def test_quasi_log_part_must_be_log_f():
    # a proof that log x + log y is concave does not make x + y (whose log is another function) quasiconcave
    _, certs = _certificates(x * y, [x, y], ORTHANT, "quasiconcave", "quasi")
    cert = next(c for c in certs if c.by == "log")
    forged = QuasiCertificate(variables=("x", "y"), function=to_tree(x * y + x), domain=cert.domain,
                              proves="quasiconcave", by="log", part=cert.part)
    with pytest.raises(CertificateError, match="same function"):
        verify(forged)


def test_monotone_needs_one_sign_of_the_derivative():
    for f in (x ** 2, sp.sin(x)):
        cert = QuasiCertificate(variables=("x",), function=to_tree(f), proves="quasilinear", by="monotone")
        with pytest.raises(CertificateError):
            verify(cert)
    two = QuasiCertificate(variables=("x", "y"), function=to_tree(x + y), proves="quasilinear", by="monotone")
    with pytest.raises(CertificateError, match="one variable"):
        verify(two)


def test_breakpoint_signs_decide_the_side():
    f = to_tree(x ** 2 / (1 + x ** 2))
    assert verify(QuasiCertificate(variables=("x",), function=f, proves="quasiconvex", by="monotone",
                                   breakpoint="0")) == "quasiconvex"
    for proves, c in (("quasiconcave", "0"), ("quasiconvex", "1")):   # the other side; f' changes sign left of 1
        with pytest.raises(CertificateError):
            verify(QuasiCertificate(variables=("x",), function=f, proves=proves, by="monotone", breakpoint=c))
    with pytest.raises(CertificateError, match="inside"):
        verify(QuasiCertificate(variables=("x",), function=to_tree(x * sp.exp(-x)),
                                domain=(to_tree_constraint(x > 0),), proves="quasiconcave", by="monotone",
                                breakpoint="-1"))


def test_closure_needs_a_box_and_continuity():
    _, certs = _certificates(x * y, [x, y], [x >= 0, y >= 0], "quasiconcave", "quasi")
    cert = next(c for c in certs if c.by == "closure")
    # the part (about the open orthant) does not carry to a closed set of another shape
    other = QuasiCertificate(variables=("x", "y"), function=cert.function,
                             domain=tuple(to_tree_constraint(c) for c in (x >= 0, y >= 0, x + y <= 1)),
                             proves="quasiconcave", by="closure", part=cert.part)
    with pytest.raises(CertificateError, match="box"):
        verify(other)
    # nor to a function that is not continuous on the closed box (log x y is undefined on its sides)
    log_xy = QuasiCertificate(variables=("x", "y"), function=to_tree(sp.log(x * y)), domain=cert.domain,
                              proves="quasiconcave", by="closure", part=cert.part)
    with pytest.raises(CertificateError):
        verify(log_xy)


def test_ratio_needs_a_positive_affine_denominator():
    for f, domain in (((x - 1) / (y - 2), []), ((x - 1) / (y ** 2 + 1), [])):
        cert = QuasiCertificate(variables=("x", "y"), function=to_tree(f),
                                domain=tuple(to_tree_constraint(c) for c in domain), proves="quasilinear", by="ratio",
                                part=_certificates(x - 1, [x, y], domain or None, "quasilinear", "quasi")[0]
                                .certificates[0].to_dict())
        with pytest.raises(CertificateError):
            verify(cert)


def test_loglog_binds_the_part_to_log_f_of_exp():
    _, certs = _certificates(x * y, [x, y], ORTHANT, "log-log affine", "loglog")
    cert = certs[0]
    assert verify(cert) == "loglog_affine"
    # the same part (u + v affine) for another f: log(x + y)(e^u) is not u + v
    forged = LogLogCertificate(variables=("x", "y"), function=to_tree(x + y), domain=cert.domain,
                               proves="loglog_affine", part=cert.part)
    with pytest.raises(CertificateError, match="same function"):
        verify(forged)
    # log-log curvature is about the positive orthant
    off = LogLogCertificate(variables=("x", "y"), function=cert.function, domain=(), proves="loglog_affine",
                            part=cert.part)
    with pytest.raises(CertificateError, match="positive orthant"):
        verify(off)
    # the part's statement decides the fact
    with pytest.raises(CertificateError, match="gives"):
        verify(LogLogCertificate(variables=("x", "y"), function=cert.function, domain=cert.domain,
                                 proves="not_loglog_convex", part=cert.part))


def test_loglog_maps_a_bound_to_its_logarithm():
    # 1 - x on 0 < x < 1: F(u) = log(1 - e^u) on u < 0 (the bound x < 1 read as u < log 1 = 0)
    analysis, certs = _certificates(1 - x, [x], [x > 0, x < 1], "log-log concave", "loglog")
    assert "loglog_concave" in analysis.facts
    part = certs[0].part
    assert part["domain"] == [["lt", ["var", "x"], ["num", "0"]]]


def test_quasi_facts_follow_from_curvature_in_the_wider_table():
    assert "quasiconvex" in derive({"convex": [0]}, rows=ALL_IMPLICATIONS)
    assert "quasiconvex" not in derive({"convex": [0]})   # a curvature answer lists curvature facts only
    facts = derive({"quasiconvex": [0], "quasiconcave": [1]}, rows=ALL_IMPLICATIONS)
    assert facts["quasilinear"] == [0, 1]
    assert "not_convex" in derive({"not_quasiconvex": [0]}, rows=ALL_IMPLICATIONS)
    assert "not_loglog_concave" in derive({"loglog_convex": [0], "not_loglog_affine": [1]}, rows=ALL_IMPLICATIONS)


@pytest.mark.parametrize("text, holds", slow_except([
    (r"$f(x) = \sqrt{|x|}$ is quasiconvex", True),
    (r"$\sqrt{|x|}$ is quasiconcave", False),
    (r"$\sqrt{|x|}$ is not quasiconcave", True),
    (r"$f(x_1, x_2) = x_1 x_2$ is quasiconcave on $\mathbf{R}^2_{++}$", True),
    (r"$xy$ is quasiconvex on $x > 0, y > 0$", False),
    (r"$x/y$ is quasi-linear on $x > 0, y > 0$", True),
    (r"$x^3$ is quasi-affine", True),
    (r"$e^{-x^2}$ is quasiconvex", False),
    (r"$x^2 - 1$ is quasiconvex and convex", True),
    (r"$f(x,y) = xy$ is log-log convex on $x>0,y>0$", True),
    (r"$x + y$ is log-log concave", False),
    (r"$x^2 + 3xy + \sqrt{y}$ is log-log convex", True),
    (r"$\frac{x}{1 + x}$ is log-log concave on $x > 0$", True),
    (r"Is $x^3$ quasiconvex?", True),
    (r"x*y is log log convex for x > 0, y > 0", True),
    (r"The function $f(x)=\frac{x^2}{1+x^2}$ is quasiconvex", True),
], keep=[0, 3, 6, 9, 12], several=True))
def test_claims(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    assert result.verified


def test_claim_json_names_the_facts():
    data = check_claim(r"$xy$ is log-log affine on $x > 0, y > 0$", timeout=30).to_dict()
    assert data["holds"] is True and data["property"] == "log-log affine"
    assert "loglog_affine" in data["facts"] and data["verified"] is True
    kinds = {data["certificates"][k]["kind"] for k in data["facts"]["loglog_affine"]}
    assert kinds == {"loglog"}


@pytest.mark.parametrize("text", [r"$\sqrt{|x|}$ is pseudoconvex",
                                  r"$a x^2$ is quasiconvex for every $a > 0$"])
def test_unread_claims_are_one_line_errors(text):
    with pytest.raises(ClaimError):
        check_claim(text, timeout=10)


@pytest.mark.parametrize("text, says", [
    (r"$\sqrt{|x|}$ is not quasiconcave", r"is not quasiconcave"),
    (r"$xy$ is quasiconcave on $x > 0, y > 0$", r"$\log f = "),
    (r"$x_1 x_2$ is quasiconcave on $\mathbb{R}^2_+$", "open box"),
    (r"$\frac{x^2}{1+x^2}$ is quasiconvex", "each side of $c = 0$"),
    (r"$x + y$ is log-log convex", r"F(u) = \log f(e^{u})"),
])
def test_latex_proof_of_each_kind_states_its_argument(text, says):
    from symconvex.latex import to_latex

    result = check_claim(text, timeout=30)
    tex = to_latex(result)
    assert result.holds is True and says in tex and "The claim holds" in tex
