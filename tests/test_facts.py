"""Issue #10: answers from proven facts, bound to the claim's own subject; strictness both ways.

Each test asserts the mathematics: the answer, the facts, the certificates' statements and subjects, the
checker's acceptance, and the rejection of every one-number-tampered twin of the new certificate kinds.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
import sympy as sp

from symconvex import analyze
from symconvex.analysis import Subject, about_subject, gate
from symconvex.certificates import (HessianCertificate, MidpointCertificate, SumCertificate, from_json,
                                    to_tree)
from symconvex.check import verify
from symconvex.claims import check_claim, parse_claim
from symconvex.errors import CertificateError, ClaimError
from symconvex.facts import ALL_IMPLICATIONS, FACTS, IMPLICATIONS, POSITIVE, ContradictoryFacts, derive, summary
from tampering import tampered_twins

x, y = sp.symbols("x y", real=True)


def _answer(text):
    result = check_claim(text, timeout=30)
    for cert in result.certificates:
        assert verify(from_json(cert.to_json())) == cert.statement
    return result


def _about(result, function):
    """Every certificate is about the claim's own function (the named one, never the bare symbol)."""
    tree = to_tree(function)
    return all(c.function == tree for c in result.certificates)


# ----------------------------------------------------------------------------- the implication table

def test_every_implication_is_between_facts_and_states_a_theorem():
    for row in IMPLICATIONS:
        assert set(row.premises) | {row.conclusion} <= set(FACTS)
        assert row.theorem and row.conclusion not in row.premises


#: Functions on the real line whose true facts are known from calculus, written out by hand (not from the table):
#: the rows must never conclude a fact that is false for one of them.
GROUND_TRUTH = {
    "x": {"affine", "convex", "concave", "not_strictly_convex", "not_strictly_concave"},
    "x^2": {"convex", "strictly_convex", "not_concave", "not_strictly_concave", "not_affine"},
    "-x^2": {"concave", "strictly_concave", "not_convex", "not_strictly_convex", "not_affine"},
    "|x|": {"convex", "not_strictly_convex", "not_concave", "not_strictly_concave", "not_affine"},
    "-|x|": {"concave", "not_strictly_concave", "not_convex", "not_strictly_convex", "not_affine"},
    "x^3": {"not_convex", "not_concave", "not_affine", "not_strictly_convex", "not_strictly_concave"},
}


@pytest.mark.parametrize("function", sorted(GROUND_TRUTH))
def test_every_implication_holds_for_functions_whose_facts_are_known(function):
    true = GROUND_TRUTH[function]
    assert len(true) == 5 and all(("not_" + f in true) != (f in true) for f in POSITIVE)
    for row in IMPLICATIONS:  # every function here is on R, which has two points
        if set(row.premises) <= true:
            assert row.conclusion in true, (function, row)
    assert set(derive({f: [0] for f in true})) == true  # closing the true facts adds nothing false


#: The quasi-facts of the same functions on R (sublevel and superlevel sets are intervals or not), and the log-log
#: facts of functions on x > 0 (log f(e^u): u, softplus(u), u - softplus(u)), by hand.
QUASI_TRUTH = {
    "x": {"quasiconvex", "quasiconcave", "quasilinear"},
    "x^2": {"quasiconvex", "not_quasiconcave", "not_quasilinear"},
    "-x^2": {"quasiconcave", "not_quasiconvex", "not_quasilinear"},
    "|x|": {"quasiconvex", "not_quasiconcave", "not_quasilinear"},
    "-|x|": {"quasiconcave", "not_quasiconvex", "not_quasilinear"},
    "x^3": {"quasiconvex", "quasiconcave", "quasilinear"},
}
LOGLOG_TRUTH = {
    "x on x > 0": {"loglog_convex", "loglog_concave", "loglog_affine"},
    "1 + x on x > 0": {"loglog_convex", "not_loglog_concave", "not_loglog_affine"},
    "x / (1 + x) on x > 0": {"loglog_concave", "not_loglog_convex", "not_loglog_affine"},
}


@pytest.mark.parametrize("function", sorted(QUASI_TRUTH) + sorted(LOGLOG_TRUTH))
def test_the_wider_table_concludes_nothing_false(function):
    true = QUASI_TRUTH[function] | GROUND_TRUTH[function] if function in QUASI_TRUTH else LOGLOG_TRUTH[function]
    for row in ALL_IMPLICATIONS:
        if set(row.premises) <= true:
            assert row.conclusion in true, (function, row)
    assert set(derive({f: [0] for f in true}, rows=ALL_IMPLICATIONS)) == true


def test_implications_close_under_the_table():
    facts = derive({"convex": [0], "not_affine": [1]})
    assert facts["not_concave"] == [0, 1]
    assert "not_strictly_concave" in facts  # convex on two points
    assert set(derive({"affine": [3]})) == {"affine", "convex", "concave", "not_strictly_convex",
                                           "not_strictly_concave"}
    assert set(derive({"strictly_concave": [0]})) == {"strictly_concave", "concave", "not_convex",
                                                      "not_affine", "not_strictly_convex"}


def test_two_point_rows_need_two_points():
    assert set(derive({"affine": [0]}, two_points=False)) == {"affine", "convex", "concave"}


def test_contradictory_certificates_answer_nothing():
    with pytest.raises(ContradictoryFacts):
        derive({"convex": [0], "not_convex": [1]})
    with pytest.raises(ContradictoryFacts):
        derive({"strictly_convex": [0], "concave": [1]})


def test_summary_is_derived_from_the_facts():
    assert summary(derive({"concave": [0], "not_convex": [1]})) == "concave"
    assert summary(derive({"strictly_convex": [0]})) == "convex"
    assert summary(derive({"not_convex": [0], "not_concave": [1]})) == "neither"


# ------------------------------------------------------------------- the four wrong answers, now right

@pytest.mark.parametrize("text, function", [
    (r"$\sigma$ is convex", None),
    (r"$\rho$ is concave where $\rho(x) = \max\{0, x\}$", None),
    (r"$f$ is concave, where $f(x) = x^2 + 1$", x**2 + 1),
    (r"$g$ is concave where $g(x) = e^{x}$", sp.exp(x)),
])
def test_bare_function_names_are_refuted_about_the_named_function(text, function):
    result = _answer(text)
    assert result.holds is False
    claim = result.claim
    assert [v.name for v in claim.variables] == ["x"]
    assert not claim.function.is_Symbol  # never the bare symbol read as a variable
    if function is not None:
        assert sp.simplify(claim.function - function) == 0
    assert _about(result, claim.function)
    assert result.curvature in ("neither", "convex")


def test_sigma_is_the_logistic_sigmoid_and_neither():
    result = _answer(r"$\sigma$ is convex")
    assert result.curvature == "neither"
    assert {"not_convex", "not_concave"} <= set(result.facts)
    assert "logistic" in result.claim.note or "sigmoid" in result.claim.note


def test_a_bare_variable_is_affine_and_the_answer_says_so():
    result = _answer(r"$x$ is convex")
    assert result.holds is True and result.curvature == "affine"
    assert "names no function" in result.claim.note and "affine" in result.claim.note
    assert "names no function" in result.answer()


@pytest.mark.parametrize("text", [r"$f$ is convex", r"$\rho$ is concave", r"$g$ is convex on $x > 0$"])
def test_an_undefined_function_name_is_a_claim_error(text):
    with pytest.raises(ClaimError, match="names a function the claim does not define"):
        parse_claim(text)


@pytest.mark.parametrize("text, holds", [
    (r"$\tanh$ is concave on $x \ge 0$", True),
    (r"$\exp$ is strictly convex", True),
    (r"$\ln$ is concave on $x > 0$", True),
    (r"$\operatorname{softplus}$ is convex", True),
    (r"$\sigma$ is convex in $z$ for $z \le 0$", True),
    (r"$\tanh$ is convex", False),
])
def test_builtin_names_are_functions_of_one_variable(text, holds):
    result = _answer(text)
    assert result.holds is holds
    assert len(result.claim.variables) == 1


# ----------------------------------------------------------- what was proven is no longer thrown away

@pytest.mark.parametrize("text, holds, facts", [
    (r"$\ln(3x)$ is convex on $x > 0$", False, {"concave", "not_convex"}),
    (r"$x^2$ is concave", False, {"convex", "not_concave"}),
    (r"$\max(0,x)$ is concave", False, {"convex", "not_concave"}),
    (r"$-3x^2$ is not convex", True, {"concave", "not_convex"}),
    (r"$e^{2x}$ is concave", False, {"convex", "not_concave"}),
    (r"$\frac{2}{x}$ is convex for $x<0$", False, {"concave", "not_convex"}),
])
def test_a_proven_refutation_decides_the_claim(text, holds, facts):
    result = _answer(text)
    assert result.holds is holds
    assert facts <= set(result.facts)
    # every listed fact is backed by certificates that exist
    for fact, indices in result.facts.items():
        assert indices and all(0 <= k < len(result.certificates) for k in indices)


def test_json_lists_every_fact_with_certificate_indices():
    data = json.loads(_answer(r"$\ln(3x)$ is convex on $x > 0$").to_json())
    assert data["holds"] is False
    assert {"concave", "not_convex", "not_affine", "not_strictly_convex"} <= set(data["facts"])
    certs = data["certificates"]
    (k,) = data["facts"]["not_convex"]
    assert verify(certs[k]) == "not_convex"
    assert json.loads(analyze(sp.log(3 * x), domain=[x > 0]).to_json())["facts"] == data["facts"]


def test_tri_state_properties_follow_the_facts():
    a = analyze(sp.log(3 * x), domain=[x > 0])
    assert (a.is_concave, a.is_convex, a.is_affine, a.is_strictly_concave, a.is_strictly_convex) == \
        (True, False, False, True, False)
    assert analyze(x * y).is_convex is False and analyze(x * y).is_concave is False


# ---------------------------------------------------------------------------- strictness both ways

@pytest.mark.parametrize("text", [
    r"$(2x-y)^2$ is strictly convex",
    r"$|x-1| + 3$ is strictly convex",
    r"$\max(x, 2y)$ is strictly convex",
    r"$\log(e^{2x}+e^{y})$ is strictly convex",
    r"$\frac{x^2}{y+1}$ is strictly convex on $y > -1$",
])
def test_strict_convexity_refuted_with_a_jensen_equality(text):
    result = _answer(text)
    assert result.holds is False
    assert "convex" in result.facts and "not_strictly_convex" in result.facts
    (k,) = result.facts["not_strictly_convex"][:1]
    cert = result.certificates[k]
    assert cert.kind == "midpoint" and cert.refutes == "strictly_convex"
    assert cert.a != cert.b


@pytest.mark.parametrize("text, kind", [
    (r"$x^4 - x$ is strictly convex", "hessian"),
    (r"$x^6$ is strictly convex", "hessian"),
    (r"$x^2 + |x-1|$ is strictly convex", "sum"),
    (r"$e^x + x^4$ is strictly convex", "hessian"),
    (r"$x^4 + y^4$ is strictly convex", "sum"),
])
def test_strict_convexity_proved_where_the_hessian_is_singular(text, kind):
    result = _answer(text)
    assert result.holds is True
    kinds = {result.certificates[k].kind for k in result.facts["strictly_convex"]}
    assert kind in kinds


def test_flat_segment_values_are_an_exact_jensen_equality():
    result = _answer(r"$|x-1| + 3$ is strictly convex")
    cert = next(c for c in result.certificates if getattr(c, "refutes", "") == "strictly_convex")
    fa, fb, fm = (sp.Rational(cert.values[k]) for k in ("f(a)", "f(b)", "f(m)"))
    assert fm == (fa + fb) / 2
    a, b = (sp.Rational(cert.a[0]), sp.Rational(cert.b[0]))
    f = sp.Abs(x - 1) + 3
    assert (f.subs(x, a), f.subs(x, b), f.subs(x, (a + b) / 2)) == (fa, fb, fm)


# ------------------------------------------------------------------------- the new certificate kinds

def _strict_midpoint():
    return MidpointCertificate(variables=("x", "y"), function=to_tree((2 * x - y) ** 2), refutes="strictly_convex",
                               a=("0", "0"), b=("1", "2"), lam="1/2",
                               values={"f(a)": "0", "f(b)": "0", "f(m)": "0"})


def test_jensen_equality_refutes_strict_convexity_and_strict_concavity():
    cert = _strict_midpoint()
    assert verify(cert) == "not_strictly_convex"
    assert verify(dataclasses.replace(cert, refutes="strictly_concave", digest="")) == "not_strictly_concave"
    with pytest.raises(CertificateError, match="needs > 0"):
        verify(dataclasses.replace(cert, refutes="convex", digest=""))  # equality does not refute convexity


def test_jensen_equality_needs_distinct_points():
    cert = dataclasses.replace(_strict_midpoint(), b=("0", "0"), m=(), digest="")
    with pytest.raises(CertificateError, match="must differ"):
        verify(cert)


def test_a_strict_gap_near_zero_is_not_an_equality():
    # x^2 at a = 0, b = 1/10^30: f(m) - chord = -1/(4*10^60) < 0, exactly: strict convexity is not refuted
    tiny = "1/" + str(10 ** 30)
    cert = MidpointCertificate(variables=("x",), function=to_tree(x ** 2), refutes="strictly_convex",
                               a=("0",), b=(tiny,), lam="1/2",
                               values={"f(a)": "0", "f(b)": "1/" + str(10 ** 60), "f(m)": "1/" + str(4 * 10 ** 60)})
    with pytest.raises(CertificateError, match="needs >= 0"):
        verify(cert)


def test_transcendental_equality_is_decided_exactly():
    f = sp.log(sp.exp(2 * x) + sp.exp(y))
    cert = MidpointCertificate(variables=("x", "y"), function=to_tree(f), refutes="strictly_convex",
                               a=("1/2", "0"), b=("3/2", "2"), lam="1/2",
                               values={"f(a)": "~1.3132616875182228", "f(b)": "~3.3132616875182228",
                                       "f(m)": "~2.3132616875182228"})
    assert verify(cert) == "not_strictly_convex"
    # off the flat direction the gap is a tiny nonzero number: no exact zero, rejected
    off = dataclasses.replace(cert, b=("3/2", "3"), m=(), digest="",
                              values={"f(a)": "~1.3132616875182228", "f(b)": "~3.5514447139320511",
                                      "f(m)": "~2.4740769841801067"})
    with pytest.raises(CertificateError):
        verify(off)


def test_exact_zero_test_is_a_formal_identity():
    from fractions import Fraction as F

    from symconvex.check.exactzero import jensen_gap_is_zero
    lse = to_tree(sp.log(sp.exp(2 * x) + sp.exp(y)))
    assert jensen_gap_is_zero(lse, ["x", "y"], [F(0), F(0)], [F(1), F(2)], [F(1, 2), F(1)], F(1, 2))
    assert not jensen_gap_is_zero(lse, ["x", "y"], [F(0), F(0)], [F(1), F(1)], [F(1, 2), F(1, 2)], F(1, 2))
    # log 2 + log 3 - log 6 = 0 needs the factorization of the constant
    log = to_tree(sp.log(x))
    assert jensen_gap_is_zero(log, ["x"], [F(2)], [F(18)], [F(6)], F(1, 2))   # log 6 = (log 2 + log 18)/2
    assert not jensen_gap_is_zero(log, ["x"], [F(2)], [F(3)], [F(5, 2)], F(1, 2))
    assert not jensen_gap_is_zero(to_tree(sp.tanh(x)), ["x"], [F(0)], [F(1)], [F(1, 2)], F(1, 2))


def test_isolated_zero_hessian_certificate():
    result = _answer(r"$x^4 - x$ is strictly convex")
    (cert,) = [c for c in result.certificates if c.statement == "strictly_convex"]
    assert isinstance(cert, HessianCertificate) and cert.pivot_signs[0]["sign"] == "nonnegative"
    assert cert.pivot_signs[0]["nonzero_at"] == ["1", "12"]
    # the stated point must show the pivot nonzero: at 0, 12 x^2 = 0
    zero = dataclasses.replace(cert, pivot_signs=[{**cert.pivot_signs[0], "nonzero_at": ["0", "0"]}], digest="")
    with pytest.raises(CertificateError, match="nonzero_at"):
        verify(zero)
    # an identically-zero second derivative has no such point: x is not strictly convex
    line = HessianCertificate(variables=("x",), function=to_tree(x), proves="strictly_convex",
                              hessian=[[["num", "0"]]], L=[[["num", "1"]]], D=[["num", "0"]],
                              pivot_signs=[{"sign": "zero", "box": {}, "nonzero_at": ["1", "0"]}])
    with pytest.raises(CertificateError):
        verify(line)


def test_isolated_zeros_are_for_one_variable_only():
    cert = analyze(x ** 4 + y ** 2).certificates
    hess = next((c for c in cert if c.kind == "hessian"), None)
    if hess is not None:
        forged = dataclasses.replace(hess, proves="strictly_convex", digest="",
                                     pivot_signs=[{**p, "nonzero_at": ["1", "1"]} for p in hess.pivot_signs])
        with pytest.raises(CertificateError):
            verify(forged)


def test_sum_certificate_checks_every_part():
    result = _answer(r"$x^2 + |x-1|$ is strictly convex")
    (cert,) = [c for c in result.certificates if c.kind == "sum"]
    assert isinstance(cert, SumCertificate) and verify(cert) == "strictly_convex"
    parts = [from_json(p) for p in cert.parts]
    assert {verify(p) for p in parts} == {"strictly_convex", "convex"}
    # a part that is only convex cannot carry strictness: replace the strict part by a merely convex proof
    from symconvex.rules import prove_by_rules
    weak = prove_by_rules(x ** 2, (x,), None)
    assert weak.proves == "convex"
    k = next(i for i, p in enumerate(parts) if p.statement == "strictly_convex")
    forged = list(cert.parts)
    forged[k] = weak.to_dict()
    with pytest.raises(CertificateError, match="no strictly convex term covers"):
        verify(dataclasses.replace(cert, parts=tuple(forged), digest=""))


def test_sum_certificate_refuses_a_part_about_another_term_or_domain():
    result = _answer(r"$x^4 + y^4$ is strictly convex")
    (cert,) = [c for c in result.certificates if c.kind == "sum"]
    swapped = dataclasses.replace(cert, parts=tuple(reversed(cert.parts)), digest="")
    verify(cert)
    # parts in the other order are about the other term (x^4 vs y^4)
    with pytest.raises(CertificateError, match="not term"):
        verify(swapped)
    part = from_json(cert.parts[0])
    narrowed = dataclasses.replace(part, domain=(["gt", ["var", part.variables[0]], ["num", "0"]],), digest="")
    with pytest.raises(CertificateError):
        verify(dataclasses.replace(cert, parts=(narrowed.to_dict(), cert.parts[1]), digest=""))


@pytest.mark.parametrize("make", ["midpoint", "hessian", "sum"])
def test_every_one_number_tamper_of_the_new_kinds_is_rejected(make):
    if make == "midpoint":
        cert = _strict_midpoint()
    elif make == "hessian":
        cert = next(c for c in _answer(r"$x^4 - x$ is strictly convex").certificates
                    if c.statement == "strictly_convex")
    else:
        cert = next(c for c in _answer(r"$x^2 + |x-1|$ is strictly convex").certificates if c.kind == "sum")
    data = cert.to_dict()
    verify(data)
    twins = list(tampered_twins(data))
    assert twins
    for path, twin in twins:
        with pytest.raises(CertificateError):
            verify(twin)


# ------------------------------------------------------------------------------ subject binding (gate)

def _xy_refutation():
    return MidpointCertificate(variables=("x", "y"), function=to_tree(x * y), refutes="convex",
                               a=("1", "-1"), b=("-1", "1"), lam="1/2",
                               values={"f(a)": "-1", "f(b)": "-1", "f(m)": "0"})


def test_gate_keeps_a_certificate_about_the_subject():
    kept, statements = gate([_xy_refutation()], Subject.of(x * y, (x, y)))
    assert statements == {"not_convex"} and len(kept) == 1


@pytest.mark.parametrize("subject", [
    Subject.of(x * y + 1, (x, y)),                                   # another function
    Subject.of(x * y, (y, x)),                                       # another variable order
    Subject.of(x * y, (x, y), __import__("symconvex").domain.Domain.build((x, y), [x > 0])),  # another domain
])
def test_gate_refuses_a_valid_certificate_about_another_subject(subject):
    cert = _xy_refutation()
    assert verify(cert) == "not_convex"          # valid ...
    assert not about_subject(cert, subject)      # ... but about something else
    assert gate([cert], subject) == ([], set())


def test_gate_refuses_a_certificate_about_another_network_or_data():
    from symconvex.analysis import analyze_network
    from symconvex.network import Network
    net = Network.from_toml("examples/seed000.toml")
    analysis = analyze_network(net, timeout=30)
    assert analysis.certificates and analysis.facts
    cert = analysis.certificates[0]
    assert gate([cert], Subject.of(network=net))[1] == {cert.statement}
    other_data = dict(net.spec, targets=[["2"] * len(t) for t in net.spec["targets"]])
    other_net = dict(net.spec, layers=list(net.spec["layers"]))
    other_net["activations"] = ["identity"] * len(net.spec["activations"])

    class Other:
        def __init__(self, spec):
            self.spec = spec

    for spec in (other_data, other_net):
        assert gate([cert], Subject.of(network=Other(spec))) == ([], set())


def test_claim_answers_only_with_certificates_about_its_own_function():
    for text in (r"$\sigma$ is convex", r"$f$ is concave, where $f(x) = x^2 + 1$",
                 r"$\ln(3x)$ is convex on $x > 0$"):
        result = _answer(text)
        c = result.claim
        subject = Subject.of(c.function.xreplace({v: sp.Symbol(v.name, real=True) for v in c.variables}),
                             c.variables, result.analysis.domain)
        assert result.certificates and all(about_subject(cert, subject) for cert in result.certificates)


def test_a_sum_part_with_parameters_is_refused():
    """x^2 + y^2 - 3xy is not convex (its Hessian [[2, -3], [-3, 2]] is indefinite); a forged sum certificate whose
    -3xy part is 'affine in x for every y' (y a parameter, although y is a variable of the sum) must be refused."""
    from symconvex.rules import prove_by_rules
    f = x ** 2 + y ** 2 - 3 * x * y
    tree = to_tree(f)
    parts = []
    for term in tree[1:]:
        g = next(t for t in f.args if to_tree(t) == term)
        if g.free_symbols == {x, y}:
            cert = prove_by_rules(g, (x,), None, parameters=(y,))
            assert verify(cert) == "affine"
        else:
            (v,) = g.free_symbols
            cert = dataclasses.replace(prove_by_rules(g, (v,), None), proves="strictly_convex", digest="")
            cert = next(c for c in analyze(g).certificates if c.statement == "strictly_convex")
        parts.append(cert.to_dict())
    forged = SumCertificate(variables=("x", "y"), function=tree, proves="strictly_convex", parts=tuple(parts))
    with pytest.raises(CertificateError, match="parameters"):
        verify(forged)
    # Declaring y a parameter of the sum as well as its variable does not help: the two lists must be disjoint.
    with pytest.raises(CertificateError, match="parameter"):
        verify(dataclasses.replace(forged, parameters=("y",), digest=""))
    assert analyze(f).is_convex is False


def test_a_sum_with_parameters_is_strictly_convex_for_every_allowed_value():
    """(w - 1)^2 + lambda |w| for lambda >= 0: the first term is strictly convex in w, the second convex in w for
    every lambda >= 0 (a rules proof with the parameter), so the sum is strictly convex for each lambda >= 0. A
    part whose parameter is not one of the sum's is refused; one-number twins are refused."""
    from symconvex.claims import check_claim
    result = check_claim(r"The lasso objective $(w - 1)^2 + \lambda |w|$ is strictly convex in $w$ for "
                         r"$\lambda \ge 0$", timeout=60)
    assert result.holds is True
    (cert,) = [c for c in result.certificates if c.kind == "sum"]
    assert cert.parameters == ("lambda",) and verify(from_json(cert.to_json())) == "strictly_convex"
    assert sorted(p["proves"] for p in cert.parts) == ["convex", "strictly_convex"]
    stray = [dict(p, parameters=["mu"]) if p.get("parameters") else p for p in cert.parts]
    with pytest.raises(CertificateError):
        verify(dataclasses.replace(cert, parts=tuple(stray), digest=""))
    twins = list(tampered_twins(cert.to_dict()))
    assert len(twins) >= 4
    for _path, twin in twins:
        with pytest.raises(CertificateError):
            verify(twin)


def test_exact_zero_with_square_roots():
    """sqrt(x^2 + y^2) is linear along rays: the Jensen gap at (1, 1), (3, 3), (2, 2) is sqrt(8) - (sqrt(2) +
    sqrt(18))/2 = 0 exactly; sqrt(x^2 + 1) at 0, 2, 1 gives sqrt(2) - (1 + sqrt(5))/2 != 0."""
    from fractions import Fraction as F

    from symconvex.check.exactzero import jensen_gap_is_zero
    norm = to_tree(sp.sqrt(x ** 2 + y ** 2))
    assert jensen_gap_is_zero(norm, ["x", "y"], [F(1), F(1)], [F(3), F(3)], [F(2), F(2)], F(1, 2))
    assert not jensen_gap_is_zero(norm, ["x", "y"], [F(1), F(0)], [F(0), F(1)], [F(1, 2), F(1, 2)], F(1, 2))
    bowl = to_tree(sp.sqrt(x ** 2 + 1))
    assert not jensen_gap_is_zero(bowl, ["x"], [F(0)], [F(2)], [F(1)], F(1, 2))


def test_a_norm_is_refuted_strictly_convex_by_an_exact_equality_and_its_twins_are_rejected():
    result = _answer(r"$\sqrt{x^2 + y^2}$ is strictly convex")
    assert result.holds is False
    cert = next(c for c in result.certificates if getattr(c, "refutes", "") == "strictly_convex")
    for _, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(twin)
    assert _answer(r"$\sqrt{x^2 + 1}$ is strictly convex").holds is True


def _nested_sum(levels: int) -> SumCertificate:
    """x^4 + y^4 + z_0^4 + ... + z_{levels-1}^4 as a sum certificate whose first part is the sum of the terms before
    it, nested ``levels`` deep; z_k^4's part is the prover's proof about y^4 with y renamed."""
    base = next(c for c in _answer(r"$x^4 + y^4$ is strictly convex").certificates if c.kind == "sum")
    assert base.parts[1]["function"] == ["pow", ["var", "y"], ["num", "4"]]
    cert = base
    for k in range(levels):
        renamed = json.loads(json.dumps(base.parts[1]).replace('"y"', f'"z_{k}"'))
        part = dataclasses.replace(from_json(renamed), digest="")
        cert = SumCertificate(variables=(*cert.variables, f"z_{k}"), function=["add", cert.function, part.function],
                              proves="strictly_convex", parts=(cert.to_dict(), part.to_dict()))
    return cert


def test_sums_of_sums_are_accepted_up_to_the_nesting_cap_and_refused_beyond():
    from symconvex.check.kinds import MAX_NESTING

    assert verify(_nested_sum(MAX_NESTING - 1)) == "strictly_convex"   # depths 0 .. MAX_NESTING - 1
    with pytest.raises(CertificateError, match=f"nests at most {MAX_NESTING} deep, found depth {MAX_NESTING}"):
        verify(_nested_sum(MAX_NESTING))


def test_a_sum_certificate_about_a_network_is_refused():
    base = next(c for c in _answer(r"$x^4 + y^4$ is strictly convex").certificates if c.kind == "sum")
    data = {**base.to_dict(), "function": None, "network": {"layers": [1, 1], "activations": ["identity"]}}
    with pytest.raises(CertificateError, match="sum: a certificate of parts is about a function.*found a network"):
        verify(data)
