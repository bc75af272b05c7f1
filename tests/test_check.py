"""The independent checker on midpoint and curvature certificates: honest ones pass, lying twins fail."""

import json
from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings, strategies as st

from symconvex.certificates import CurvatureCertificate, MidpointCertificate, from_json, to_tree
from symconvex.check import verify
from symconvex.check.numbers import interval_precision
from symconvex.check.stated import matches_stated
from symconvex.decimals import format_approx
from symconvex.errors import CertificateError
from symconvex.functions import relu, sigmoid
from symconvex.search import find_curvature_point, find_midpoint
from tampering import tampered_twins

x, y = sp.symbols("x y", real=True)
XY = ["mul", ["var", "x"], ["var", "y"]]


def midpoint_xy(**changes):
    fields = dict(variables=("x", "y"), function=XY, refutes="convex", a=("1", "-1"), b=("-1", "1"), lam="1/2",
                  values={"f(a)": "-1", "f(b)": "-1", "f(m)": "0"})
    fields.update(changes)
    return MidpointCertificate(**fields)


def test_midpoint_refutes_xy():
    assert verify(midpoint_xy()) == "not_convex"


def test_verify_rejects_changed_lambda():
    with pytest.raises(CertificateError, match="f\\(m\\)"):
        verify(midpoint_xy(lam="1/3"))


def test_verify_rejects_wrong_direction_of_inequality():
    with pytest.raises(CertificateError, match="needs < 0"):
        verify(midpoint_xy(refutes="concave"))


def test_verify_rejects_misstated_value_showing_both_sides():
    with pytest.raises(CertificateError, match=r"f\(a\): evaluates to -1, certificate states '-2'"):
        verify(midpoint_xy(values={"f(a)": "-2", "f(b)": "-1", "f(m)": "0"}))


def test_midpoint_points_must_lie_in_domain():
    cert = midpoint_xy(domain=(["gt", ["var", "x"], ["num", "0"]],))
    with pytest.raises(CertificateError, match="domain"):
        verify(cert)


def test_curvature_on_a_kink_is_rejected():
    # relu(x) at x = 0 is not inside a smooth piece, whatever is stated.
    cert = CurvatureCertificate(variables=("x",), function=["relu", ["var", "x"]], refutes="convex",
                                point=("0",), direction=("1",), second_derivative="-1", value="0", slope="0", pattern=(1,))
    with pytest.raises(CertificateError, match="not strictly inside a smooth piece"):
        verify(cert)


def test_sigmoid_second_derivative_changes_sign_rigorously():
    # sigma''(x) = sigma(1 - sigma)(1 - 2 sigma): positive at -1, negative at 1.
    tree = to_tree(sigmoid(x))
    for p, refutes in (("-1", "concave"), ("1", "convex")):
        s = 1 / (1 + sp.exp(-sp.Integer(int(p))))
        exact_value = sp.N(s * (1 - s) * (1 - 2 * s), 40)
        with interval_precision():
            from symconvex.check.evaluate import evaluate, line_jets
            jet, _ = evaluate(tree, line_jets(("x",), [Fraction(p)], [Fraction(1)], 2), 2)
            second = jet.second_derivative()
            text = format_approx(second)
        assert abs(sp.Float(text[1:], 40) - exact_value) < sp.Float("1e-15")
        cert = CurvatureCertificate(variables=("x",), function=tree, refutes=refutes, point=(p,), direction=("1",),
                                    second_derivative=text, value=format_approx(jet.c[0]) if p != "0" else "1/2", slope=format_approx(jet.c[1]))
        assert verify(cert) == f"not_{refutes}"


def test_log_outside_its_domain_is_rejected():
    cert = MidpointCertificate(variables=("x",), function=["log", ["var", "x"]], refutes="concave",
                               a=("-1",), b=("1",), lam="1/2", values={"f(a)": "0", "f(b)": "0", "f(m)": "0"})
    with pytest.raises(CertificateError, match="log"):
        verify(cert)


def test_json_round_trip_and_unknown_fields():
    cert = midpoint_xy()
    assert verify(cert.to_json()) == "not_convex"
    data = json.loads(cert.to_json())
    data["extra"] = 1
    with pytest.raises(CertificateError, match="unexpected fields"):
        from_json(data)
    with pytest.raises(CertificateError, match="not a whitelisted"):
        verify({**json.loads(cert.to_json()), "function": ["__import__", "os"]})


FUNCTIONS = {
    "xy": (x * y, None),
    "x2y2": (x**2 * y**2, None),
    "sigmoid": (sigmoid(x), None),
    "relu_relu": (relu(1 - relu(x)), None),
    "x3": (x**3, None),
}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_found_certificates_are_accepted_and_every_tampered_twin_rejected(name):
    f, domain = FUNCTIONS[name]
    variables = sorted(f.free_symbols, key=str)
    certs = [c for c in (find_midpoint(f, variables, domain),
                         find_curvature_point(f, variables, domain, refutes="convex"),
                         find_curvature_point(f, variables, domain, refutes="concave")) if c is not None]
    assert certs, name
    for cert in certs:
        data = cert.to_dict()
        assert verify(data) == cert.statement
        for path, twin in tampered_twins(data):
            with pytest.raises(CertificateError):
                verify(twin)
                pytest.fail(f"{name}: tampering {path} was accepted")


@settings(max_examples=60, deadline=None)
@given(st.fractions(-5, 5, max_denominator=7), st.fractions(-5, 5, max_denominator=7),
       st.fractions(-5, 5, max_denominator=7), st.fractions(-5, 5, max_denominator=7),
       st.fractions(0, 1, max_denominator=9))
def test_midpoint_property_over_random_rationals(a1, a2, b1, b2, lam):
    """verify accepts exactly when the stated inequality is true, for f = x*y and random a, b, lam."""
    from symconvex.certificates import rational_to_str as r
    if lam in (0, 1) or (a1, a2) == (b1, b2):
        return
    f = lambda p, q: p * q
    m = (lam * a1 + (1 - lam) * b1, lam * a2 + (1 - lam) * b2)
    gap = f(*m) - lam * f(a1, a2) - (1 - lam) * f(b1, b2)
    cert = midpoint_xy(a=(r(a1), r(a2)), b=(r(b1), r(b2)), lam=r(lam),
                       values={"f(a)": r(f(a1, a2)), "f(b)": r(f(b1, b2)), "f(m)": r(f(*m))})
    if gap > 0:
        assert verify(cert) == "not_convex"
    else:
        with pytest.raises(CertificateError):
            verify(cert)


def test_stated_approximation_must_be_within_half_an_ulp():
    from mpmath import iv
    with interval_precision():
        third = iv.mpf(1) / 3
        assert matches_stated(third, "~0.3333")
        assert not matches_stated(third, "~0.3334")
        assert not matches_stated(third, "1/3")  # an interval is never stated as exact
    assert matches_stated(Fraction(1, 3), "1/3") and not matches_stated(Fraction(1, 3), "~0.3333")
