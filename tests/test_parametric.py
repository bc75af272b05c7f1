"""Parametric and partial claims (issue #11): a parameter is a symbol that is not a variable; the claim is about
every parameter value its conditions allow. Proofs hold for all of them (rules certificates with parameters);
refutations name the allowed value they use, and the checker refuses a disallowed one."""

from __future__ import annotations

import dataclasses

import pytest
import sympy as sp

from symconvex import analyze
from symconvex.certificates import CurvatureCertificate, from_json, to_tree
from symconvex.check import verify
from symconvex.claims import check_claim, parse_claim
from symconvex.errors import CertificateError
from answers import checked
from tampering import tampered_twins

a, x, y = sp.symbols("a x y", real=True)


@pytest.mark.parametrize("text", [
    r"$xy$ is convex in $x$ for fixed $y$",
    r"$xy$ is convex in $x$",
    r"$x y$ is affine in $x$ with $y$ held fixed",
    r"$a x^2$ is convex in $x$ if $a > 0$",
    r"$a x^2$ is convex in $x$ for $a \ge 0$",
    r"$-a x^2$ is concave in $x$ for every $a > 0$",
    r"$e^{a x}$ is convex in $x$",
])
def test_a_claim_that_holds_for_every_allowed_parameter_is_proved_for_all(text):
    result = checked(check_claim(text, timeout=30))
    assert result.holds is True
    assert result.claim.parameters
    proofs = [c for c in result.certificates if c.kind == "rules"]
    assert proofs and all(set(c.parameters) == {p.name for p in result.claim.parameters} for c in proofs)


@pytest.mark.parametrize("text, value", [
    (r"$a x^2$ is convex in $x$", "-1"),                       # fails at a = -1
    (r"$a x^2$ is convex in $x$ for $a \ge -1$", "-1"),
    (r"$x^2 y$ is convex in $x$ with $y$ held fixed", "-1"),
])
def test_a_claim_that_fails_for_some_allowed_value_is_refuted_with_that_value(text, value):
    result = checked(check_claim(text, timeout=30))
    assert result.holds is False
    (cert,) = [c for c in result.certificates if c.statement == "not_convex"]
    assert cert.parameter_values == (value,)
    assert f"= {value}" in cert.summary() and "at " in cert.summary()


def test_a_refutation_at_a_disallowed_value_is_rejected_by_the_checker():
    result = check_claim(r"$a x^2$ is convex in $x$ for $a \ge -1$", timeout=30)
    cert = next(c for c in result.certificates if c.statement == "not_convex")
    assert verify(cert) == "not_convex"
    # the same evidence at a = -2 (outside a >= -1): the domain's condition on a fails at the stated value
    outside = dataclasses.replace(cert, parameter_values=("-2",), digest="",
                                  second_derivative="-4", value="-2", slope="-4")
    with pytest.raises(CertificateError, match="domain"):
        verify(outside)
    # a > 0 allows no negative a: a refutation at a = -1 is refused
    f = to_tree(a * x ** 2)
    bad = CurvatureCertificate(variables=("x",), function=f, domain=(["gt", ["var", "a"], ["num", "0"]],),
                               parameters=("a",), parameter_values=("-1",), refutes="convex", point=("1",),
                               direction=("1",), second_derivative="-2", value="-1", slope="-2")
    with pytest.raises(CertificateError, match="domain"):
        verify(bad)


def test_every_one_number_tamper_of_a_parametric_refutation_is_rejected():
    result = check_claim(r"$a x^2$ is convex in $x$ for $a \ge -1$", timeout=30)
    cert = next(c for c in result.certificates if c.statement == "not_convex")
    for _, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)


def test_a_parametric_proof_is_bound_to_its_conditions():
    result = check_claim(r"$a x^2$ is convex in $x$ if $a > 0$", timeout=30)
    proof = next(c for c in result.certificates if c.kind == "rules")
    assert verify(proof) == "convex"
    # without the condition a > 0 the same derivation does not go through (a's sign is unknown)
    loose = dataclasses.replace(proof, domain=(), digest="")
    with pytest.raises(CertificateError):
        verify(loose)
    for _, twin in tampered_twins(proof.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)


@pytest.mark.parametrize("text, joint, parametric", [
    (r"$e^{kx}$ is convex", False, True),
    (r"$a x + b$ is affine", False, True),
])
def test_when_the_readings_disagree_the_claim_is_undecided_with_each_answer(text, joint, parametric):
    result = check_claim(text, timeout=30)
    assert result.holds is None
    (other,) = result.readings
    assert other.holds is parametric and other.claim.parameters
    assert "the readings disagree" in result.explanation and "jointly in" in result.explanation
    assert "write 'in $" in result.explanation


def test_when_the_readings_agree_the_answer_stands():
    result = check_claim(r"$a^2 + x^2$ is convex", timeout=30)   # jointly convex, and convex in x for every a
    assert result.holds is True and result.readings and result.readings[0].holds is True


def test_a_domain_mixing_variables_and_parameters_is_refused():
    from symconvex.errors import ClaimError
    with pytest.raises(ClaimError, match="mixes variables and parameters"):
        check_claim(r"$a x^2$ is convex in $x$ for $x > a$", timeout=10)


def test_python_api_takes_parameters():
    r = analyze(a * x ** 2, [x], [a > 0], parameters=[a])
    assert r.is_convex is True and r.parameters == (sp.Symbol("a", real=True),)
    r = analyze(a * x ** 2, [x], None, parameters=[a])
    assert r.is_convex is False


def test_for_all_x_in_a_domain_is_not_a_parameter():
    claim = parse_claim(r"$\log x$ is concave for all $x > 0$")
    assert not claim.parameters and [v.name for v in claim.variables] == ["x"]


@pytest.mark.parametrize("text", [
    r"$a x^2$ is strictly concave in $x$ for $a < 0$",
    r"$x^2 y$ is strictly convex in $x$ for $y > 0$",
    r"$(x - c)^2$ is strictly convex in $x$ for fixed $c$",
])
def test_strictness_for_every_parameter_value_by_a_hessian_proof(text):
    result = checked(check_claim(text, timeout=30))
    assert result.holds is True
    (proof,) = [c for c in result.certificates if c.kind == "hessian" and c.statement.startswith("strictly_")]
    assert proof.parameters == tuple(p.name for p in result.claim.parameters)
    for _, twin in tampered_twins(proof.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)


def test_a_strict_hessian_proof_with_a_closed_parameter_condition_is_refused():
    """a x^2 for a >= 0 includes a = 0, where it is not strictly convex: the checker refuses the closed condition."""
    from symconvex.decompose import prove_by_hessian
    from symconvex.domain import Domain
    cert = prove_by_hessian(a * x ** 2, (x,), Domain.build((x, a), [a > 0]), strict=True, parameters=(a,))
    assert cert.proves == "strictly_convex" and verify(cert) == "strictly_convex"
    closed = dataclasses.replace(cert, domain=(["ge", ["var", "a"], ["num", "0"]],), digest="")
    with pytest.raises(CertificateError):
        verify(closed)
    assert check_claim(r"$a x^2$ is strictly convex in $x$ for $a \ge 0$", timeout=30).holds is not True


@pytest.mark.parametrize("text, holds", [
    (r"$a x^2$ is not convex in $x$", None),            # a = -1 is not convex, but a = 1 is: not "for every a"
    (r"$a x^2$ is neither convex nor concave in $x$", None),
    (r"$a x^2$ is not convex in $x$ for $a > 0$", False),   # convex for every a > 0
    (r"$xy$ is not convex in $x$", False),
])
def test_a_negated_parametric_claim_is_about_every_parameter_value(text, holds):
    """ "f is not P" with parameters means: for every allowed value, f is not P. A refutation at one value (not P
    for some value) does not prove it; P for every value refutes it."""
    assert check_claim(text, timeout=30).holds is holds


@pytest.mark.parametrize("text, at", [
    (r"$a x^2$ is strictly convex in $x$ for $a \ge 0$", {"a": "0"}),           # a = 0: f = 0
    (r"$a x^2$ is strictly concave in $x$ for $a \le 0$", {"a": "0"}),
    (r"$(a x - 1)^2$ is strictly convex in $x$ for $a \ge 0$", {"a": "0"}),    # a = 0: f = 1
    (r"$a e^{x} + b e^{-x}$ is strictly convex in $x$ for $a \ge 0, b \ge 0$", {"a": "0", "b": "0"}),
])
def test_strictness_fails_at_a_degenerate_allowed_value_and_the_refutation_states_it(text, at):
    """The closed end of a condition is an allowed value; there f is affine, and a flat segment (Jensen with
    equality, decided exactly) refutes strictness at that stated value."""
    result = checked(check_claim(text, timeout=60))
    assert result.holds is False
    cert = next(c for c in result.certificates if c.statement == "not_" + result.claim.property.replace(" ", "_"))
    assert cert.kind == "midpoint" and dict(zip(cert.parameters, cert.parameter_values)) == at
    values = {k: sp.Rational(v) for k, v in cert.values.items()}
    assert values["f(m)"] == (values["f(a)"] + values["f(b)"]) / 2


def test_strictness_for_every_value_of_a_closed_condition_is_proved_when_pivots_are_positive_on_it():
    """(w - 1)^2 + lambda w^2 has f'' = 2 + 2 lambda >= 2 for every lambda >= 0, boundary included."""
    result = checked(check_claim(r"The ridge objective $(w - 1)^2 + \lambda w^2$ is strictly convex in $w$ "
                                  r"for $\lambda \ge 0$", timeout=60))
    assert result.holds is True
    (cert,) = [c for c in result.certificates if c.statement == "strictly_convex"]
    assert cert.kind == "hessian" and cert.parameters == ("lambda",)
    lam = sp.Symbol("lambda", real=True)
    assert sp.expand(2 * lam + 2 - _sympy(cert.D[0]).subs(sp.Symbol("lambda"), lam)) == 0


def _sympy(tree):
    from symconvex.certificates import to_sympy
    return to_sympy(tree)


def test_a_function_of_one_linear_form_is_refuted_strictly_convex_along_its_flat_direction():
    """log(1 + e^{3w + b}) is constant along (1, -3): the segment's three values are equal, exactly."""
    result = checked(check_claim(r"The logistic loss $\log(1 + e^{-y(w x + b)})$ is strictly convex in $w, b$ "
                                  r"where $x = 3$ and $y = -1$", timeout=60))
    assert result.holds is False
    (cert,) = [c for c in result.certificates if c.statement == "not_strictly_convex"]
    u = [sp.Rational(bi) - sp.Rational(ai) for ai, bi in zip(cert.a, cert.b)]
    assert u[0] != 0 and 3 * u[0] + u[1] == 0


def test_an_exact_jensen_equality_with_a_parameter_is_decided_with_its_value():
    """log(1 + e^{a x}) at a = 0 is the constant log 2: the gap log 2 - (log 2 + log 2)/2 is an exact 0 that
    the checker's identity test decides with the parameter's value in the point (it once raised KeyError)."""
    result = checked(check_claim(r"$\log(1 + e^{a x})$ is strictly convex in $x$ for fixed $a$", timeout=60))
    assert result.holds is False
    cert = next(c for c in result.certificates if c.statement == "not_strictly_convex")
    assert cert.kind == "midpoint" and cert.parameter_values == ("0",)
    assert check_claim(r"$\log(1 + e^{a x})$ is convex in $x$ for fixed $a$", timeout=60).holds is True


def test_a_refutation_at_one_parameter_value_is_verified_once(monkeypatch):
    """The parametric analysis checks each restated refutation to steer its search and hands the statement to the
    gate, which reuses it for that very certificate instead of verifying it a second time."""
    import symconvex.analysis as analysis_module
    import symconvex.check as check_module

    calls: dict[int, int] = {}
    real = check_module.verify

    def counting(cert, **options):
        if cert.parameter_values:
            calls[id(cert)] = calls.get(id(cert), 0) + 1
        return real(cert, **options)

    monkeypatch.setattr(analysis_module, "verify", counting)
    monkeypatch.setattr(check_module, "verify", counting)
    result = check_claim(r"$a x^2$ is convex in $x$", timeout=30)
    assert result.holds is False
    refutations = [c for c in result.certificates if c.parameter_values]
    assert refutations and all(calls[id(c)] == 1 for c in refutations)
    assert all(verify(from_json(c.to_json())) == c.statement for c in refutations)


def test_a_summary_primes_its_point_letters_when_a_parameter_has_one_of_them():
    """x^p at p = 1/2: phi''(0) = p(p - 1) x^(p - 2) = -1/4 at x = 1, accepted; the summary's p (the point) and the
    parameter p would read as one letter, so the point letters are primed, the parameter keeps its name."""
    x, p = ["var", "x"], ["var", "p"]
    cert = CurvatureCertificate(variables=("x",), function=["pow", x, p], refutes="convex", point=("1",),
                                direction=("1",), second_derivative="-1/4", value="1", slope="1/2",
                                parameters=("p",), parameter_values=("1/2",), domain=(["gt", x, ["num", "0"]],))
    assert verify(cert) == "not_convex"
    assert "at t′ = 0, p′ = (1), u′ = (1), at p = 1/2" in cert.summary()
    plain = dataclasses.replace(cert, function=["pow", x, ["var", "k"]], parameters=("k",))
    assert "at t = 0, p = (1), u = (1), at k = 1/2" in plain.summary()
