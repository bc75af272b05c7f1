"""Piecewise functions of the inputs: identity certificates (f = g by a case split over the kinks) and pieces
certificates (smooth pieces between rational breakpoints, monotone slopes), their checker (check.pieces), their
finders (pieces) and the claims they decide."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import sympy as sp

from symconvex.certificates import (IdentityCertificate, PiecesCertificate, from_json, subject_digest, to_sympy,
                                    to_tree)
from symconvex.check import verify
from symconvex.check.pieces import MAX_CASES, cases
from symconvex.claims import check_claim
from symconvex.domain import Domain
from symconvex.errors import CertificateError
from symconvex.functions import leaky_relu, relu
from symconvex.pieces import find_empty, prove_by_identity, prove_by_pieces
from symconvex.rules import prove_by_rules
from marks import examples
from tampering import tampered_twins

x, y = sp.symbols("x y", real=True)
X, Y = ["var", "x"], ["var", "y"]


def _identity(f, variables=(x,), domain=None):
    dom = Domain.build(variables, domain) if domain else None
    return prove_by_identity(f, variables, dom)


def _pieces(f, domain=None):
    dom = Domain.build((x,), domain) if domain else None
    return prove_by_pieces(f, (x,), dom)


def _one(certs, statement):
    found = [c for c in certs if c.statement == statement]
    assert found, [c.statement for c in certs]
    return found[0]


# ------------------------------------------------------------------------------------- the case split

def test_cases_enumerate_branches_in_preorder_lexicographically():
    """max(relu(x), y): kink 0 is the max, kink 1 the relu inside it; 2 x 2 cases in product order."""
    tree = ["max", ["relu", X], Y]
    got = cases(tree)
    assert [c[0] for c in got] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    choice, value, conditions = got[1]  # max takes relu(x), relu takes its 0 branch (x <= 0)
    assert to_sympy(value) == 0
    names = {"x": x, "y": y}
    assert [sp.expand(to_sympy(c, dict(names))) for c in conditions] == [-y, -x]  # 0 - y >= 0 (max), -x >= 0


def test_find_empty_gives_farkas_multipliers():
    """x > 0 and -x - 1 > 0 is empty: 1 (x) + 1 (-x - 1) = -1; x > 0 and 1 - x > 0 is not."""
    from fractions import Fraction as Q
    assert find_empty([([Q(1)], Q(0)), ([Q(-1)], Q(-1))], 1) == [Q(1), Q(1)]
    assert find_empty([([Q(1)], Q(0)), ([Q(-1)], Q(1))], 1) is None
    # x - y > 0, y - x > 0 (a line only): empty as an open set, kappa = 0
    assert find_empty([([Q(1), Q(-1)], Q(0)), ([Q(-1), Q(1)], Q(0))], 2) == [Q(1), Q(1)]


# ------------------------------------------------------------------------------------ identity: accepted

@pytest.mark.parametrize("f, variables, domain, statement, g", [
    (sp.Max(x, 1) + sp.Min(x, 1), (x,), None, "affine", x + 1),
    (relu(x) - relu(-x), (x,), None, "affine", x),
    (sp.Max(x, 0) + sp.Min(x, 0), (x,), None, "affine", x),
    (sp.Max(x, y) + sp.Min(x, y), (x, y), None, "affine", x + y),
    (sp.Abs(x - 3), (x,), [x <= 3], "affine", 3 - x),
    (sp.Max(x, 0), (x,), [x >= 1], "affine", x),
    (sp.Max(x - 1, 0) ** 2 + sp.Max(1 - x, 0) ** 2, (x,), None, "strictly_convex", (x - 1) ** 2),
    (relu(x) ** 2 + relu(-x) ** 2 + sp.Abs(y) ** 2, (x, y), None, "strictly_convex", x ** 2 + y ** 2),
    (leaky_relu(x, sp.Rational(1, 4)) - relu(x) + relu(-x) / 4, (x,), None, "affine", sp.Integer(0)),
])
def test_identity_certificates_are_accepted(f, variables, domain, statement, g):
    cert = _one(_identity(f, variables, domain), statement)
    assert verify(cert.to_dict()) == statement
    names = [v.name for v in variables]
    assert sp.expand(to_sympy(cert.proof["function"], dict(zip(names, variables))) - g) == 0


def test_f_equal_to_the_max_of_its_pieces_is_proved_convex_by_a_second_case_split():
    """|x - y| + min(x - y, 0) = max(x - y, 0): the rules see a concave term in f, but not in g = max of the
    pieces; the identity's cases are those of f - g (f's 2 x 2 kinks, then g's max)."""
    cert = _one(_identity(sp.Abs(x - y) + sp.Min(x - y, 0), (x, y)), "convex")
    assert cert.proof["kind"] == "rules" and cert.proof["function"][0] == "max"
    assert len(cert.cases) == 8 and verify(cert.to_dict()) == "convex"
    assert _tamper_all(cert) > 5


def test_identity_on_a_halfline_uses_the_domain_in_its_farkas_multipliers():
    """|x - 3| = 3 - x on x <= 3: the branch x - 3 >= 0 is empty inside x < 3 by 1 (x - 3) + 1 (3 - x) = 0."""
    cert = _one(_identity(sp.Abs(x - 3), (x,), [x <= 3]), "affine")
    empty = [c for c in cert.cases if "farkas" in c]
    assert empty == [{"branches": [0], "farkas": {"conditions": ["1"], "domain": ["1"]}}]
    assert cert.interior == {"point": ["0"], "slacks": ["3"]}


# -------------------------------------------------------------------------------------- pieces: accepted

@pytest.mark.parametrize("f, domain, statement, cuts", [
    (sp.Abs(x) ** 3, None, "strictly_convex", ("0",)),
    (sp.Max(x, 0) + sp.Min(x, 0) / 2, None, "convex", ("0",)),
    (sp.Abs(x) + sp.Abs(x - 2) - x ** 2 / 8, [x >= -1, x <= 3], None, None),
    (2 * sp.Abs(x) + sp.Min(x, 0) + sp.Abs(x - 1) + sp.Abs(x + 1), None, "convex", ("-1", "0", "1")),
    (sp.Min(x, 0) - x ** 2 + sp.Max(x, 0) / 2, None, "strictly_concave", ("0",)),
    (sp.Max(x, 0) + sp.Min(x, 0) / 2, [x >= -1, x < 5], "convex", ("0",)),
    (sp.Max(x, 0) ** 2 + x ** 2, None, "strictly_convex", ("0",)),
])
def test_pieces_certificates_are_accepted(f, domain, statement, cuts):
    certs = _pieces(f, domain)
    if statement is None:  # concave pieces whose slopes jump up at 0 and 2: neither side holds piece by piece
        assert certs == []
        return
    cert = _one(certs, statement)
    assert cert.breakpoints == cuts
    assert verify(json.loads(cert.to_json())) == statement


def test_pieces_slopes_are_stated_exactly():
    cert = _one(_pieces(sp.Max(x, 0) + sp.Min(x, 0) / 2), "convex")
    assert cert.slopes == (["1/2", "1"],)


# ------------------------------------------------------------------------------------------- tampering

def _tamper_all(cert):
    data = cert.to_dict()
    assert verify(data) == cert.statement
    count = 0
    for path, twin in tampered_twins(data):
        count += 1
        with pytest.raises(CertificateError):
            verify(twin)
            pytest.fail(f"tampering {path} was accepted")
    return count


def test_identity_tampered_twins_are_rejected():
    assert _tamper_all(_one(_identity(sp.Abs(x - 3), (x,), [x <= 3]), "affine")) > 5
    assert _tamper_all(_one(_identity(sp.Max(x, y) + sp.Min(x, y), (x, y)), "affine")) > 5


def test_pieces_tampered_twins_are_rejected():
    assert _tamper_all(_one(_pieces(sp.Max(x, 0) + sp.Min(x, 0) / 2), "convex")) > 10


def test_identity_with_hessian_proof_tampered_twins_are_rejected():
    assert _tamper_all(_one(_identity(sp.Max(x - 1, 0) ** 2 + sp.Max(1 - x, 0) ** 2), "strictly_convex")) > 5


# -------------------------------------------------------------------------------------- lying certificates

def _affine_identity(f_tree, g, names=("x",), cases_=None, domain=(), interior=None):
    symbols = [sp.Symbol(n, real=True) for n in names]
    proof = prove_by_rules(g, symbols, Domain.build(tuple(symbols), list(domain)) if domain else None)
    assert proof is not None
    doms = tuple(proof.domain)
    entries = cases_ if cases_ is not None else [{"branches": list(c[0]), "identity": True} for c in cases(f_tree)]
    return IdentityCertificate(variables=tuple(names), function=f_tree, domain=doms, proves=proof.proves,
                               cases=tuple(entries), interior=interior, proof=proof.to_dict())


def test_a_false_identity_is_rejected():
    """max(x, 0) + min(x, 0) claimed equal to 2x: the branches give x, x (and 0, 2x, which are empty as cases)."""
    tree = to_tree(sp.Max(x, 0) + sp.Min(x, 0))
    with pytest.raises(CertificateError, match="branch expression of f - g"):
        verify(_affine_identity(tree, 2 * x))


def test_a_wrong_farkas_certificate_is_rejected():
    """max(x, 0) + min(x, 0) = x, but the case max = x, min = x (x >= 0 and x <= 0... and min picks x: 0 - x >= 0)
    is stated empty with multipliers that do not cancel x."""
    good = _one(_identity(sp.Max(x, 0) + sp.Min(x, 0)), "affine")
    entries = copy.deepcopy(list(good.cases))
    k = next(i for i, e in enumerate(entries) if "farkas" in e)
    entries[k]["farkas"]["conditions"] = ["2" if v != "0" else v for v in entries[k]["farkas"]["conditions"]][:1] + \
        entries[k]["farkas"]["conditions"][1:]
    bad = IdentityCertificate(**{**{f: getattr(good, f) for f in ("variables", "function", "domain", "proves",
                                                                   "interior", "proof")}, "cases": tuple(entries)})
    with pytest.raises(CertificateError, match="farkas"):
        verify(bad)


def test_a_live_case_claimed_empty_is_rejected():
    """max(x, 0) claimed = x on all of R: the case max = 0 (0 - x >= 0) is not empty; its 'Farkas' sum is -x."""
    tree = ["max", X, ["num", "0"]]
    entries = [{"branches": [0], "identity": True}, {"branches": [1], "farkas": {"conditions": ["1"], "domain": []}}]
    with pytest.raises(CertificateError, match="not a constant"):
        verify(_affine_identity(tree, x, cases_=entries))


def test_an_identically_zero_condition_cannot_carry_a_multiplier():
    """relu(x - x) + 7: the case 'x - x >= 0' holds everywhere; a multiplier on the zero polynomial would 'show' it
    empty (sum 0 with a positive multiplier) and let any g through."""
    tree = ["add", ["relu", ["add", X, ["mul", ["num", "-1"], X]]], ["num", "7"]]
    entries = [{"branches": [0], "farkas": {"conditions": ["1"], "domain": []}},
               {"branches": [1], "farkas": {"conditions": ["1"], "domain": []}}]
    with pytest.raises(CertificateError, match="identically 0"):
        verify(_affine_identity(tree, x, cases_=entries))


def test_a_domain_without_interior_is_rejected():
    """On {x >= 0, x <= 0} every case is empty in the open sense; without an interior point the identity |x| = 7
    (false at 0) must not pass."""
    tree = to_tree(sp.Abs(x))
    domain = [["ge", X, ["num", "0"]], ["le", X, ["num", "0"]]]
    entries = [{"branches": [0], "farkas": {"conditions": ["0"], "domain": ["1", "1"]}},
               {"branches": [1], "farkas": {"conditions": ["0"], "domain": ["1", "1"]}}]
    proof = prove_by_rules(sp.Integer(7) + 0 * x, (x,), None)
    for interior in (None, {"point": ["0"], "slacks": ["0", "0"]}):
        cert = IdentityCertificate(variables=("x",), function=tree, domain=tuple(domain), proves="affine",
                                   cases=tuple(entries), interior=interior, proof=proof.to_dict() if proof else {})
        with pytest.raises(CertificateError):
            verify(cert)


def test_kink_slopes_decreasing_are_rejected():
    """|x| claimed concave by pieces: -x on x <= 0 and x on x >= 0 are each affine (so concave), but the slope
    jumps up from -1 to 1 at 0."""
    certs = _pieces(sp.Abs(x))
    convex = _one(certs, "convex")
    bad = PiecesCertificate(variables=convex.variables, function=convex.function, domain=convex.domain,
                            proves="concave", breakpoints=convex.breakpoints, pieces=convex.pieces,
                            slopes=convex.slopes)
    with pytest.raises(CertificateError, match="slopes"):
        verify(bad)
    assert verify(convex) == "convex"


def test_a_piece_proof_on_a_larger_interval_than_allowed_is_rejected():
    """A piece's proof must be on constraints among the domain's and the piece's bounds."""
    cert = _one(_pieces(sp.Abs(x) ** 3), "strictly_convex")
    pieces = copy.deepcopy(list(cert.pieces))
    other = prove_by_rules(x, (x,), Domain.build((x,), [x >= 5]))
    pieces[0]["proof"] = other.to_dict()
    bad = PiecesCertificate(**{**{f: getattr(cert, f) for f in ("variables", "function", "domain", "proves",
                                                                 "breakpoints", "slopes")}, "pieces": tuple(pieces)})
    with pytest.raises(CertificateError):
        verify(bad)


def test_too_many_kinks_are_refused_with_the_cap_named():
    tree = ["add", *[["abs", ["add", X, ["num", str(k)]]] for k in range(13)]]
    with pytest.raises(CertificateError, match="at most 12"):
        cases(tree)
    tree = ["add", *[["max", X, Y, ["num", str(k)], ["num", str(-k)]] for k in range(1, 8)]]  # 4^7 cases
    with pytest.raises(CertificateError, match=f"at most {MAX_CASES}"):
        cases(tree)


def test_a_discontinuous_operation_is_not_split():
    with pytest.raises(CertificateError, match="continuous"):
        cases(["max", ["log", X], Y])


def test_a_domain_constraint_with_a_variable_exponent_is_read_as_not_affine_not_a_crash():
    """x^x > 0 is not a polynomial constraint: the case split reads it as unusable (no SymPy polynomial error
    escapes the checker), so the honest certificate of |x| moved onto that domain is rejected in one line (its
    Farkas multipliers name no constraint), and |x| proved with it stated as unusable is accepted."""
    cert = _one(_identity(relu(x) + relu(-x)), "convex")
    moved = json.loads(cert.to_json())
    moved["domain"] = [["gt", ["pow", X, X], ["num", "0"]]]
    moved["digest"] = subject_digest(cert.variables, cert.function, None, moved["domain"], ())
    with pytest.raises(CertificateError, match="farkas.domain: expected 1 multipliers"):
        verify(moved)
    for case in moved["cases"]:
        if "farkas" in case:
            case["farkas"]["domain"] = ["0"]
    assert verify(moved) == "convex"


def test_identity_certificate_round_trips_through_json():
    cert = _one(_identity(sp.Max(x, 1) + sp.Min(x, 1)), "affine")
    again = from_json(cert.to_json())
    assert again == cert and verify(again) == "affine"


# ---------------------------------------------------------------------------------------- claims (acceptance)

@pytest.mark.parametrize("text, holds, kind", [
    (r"The loss $\max(x, 1) + \min(x, 1)$ is affine", True, "identity"),
    (r"Claim: $\max(x, 1) + \min(x, 1)$ is strictly convex", False, "identity"),
    (r"$\max(x, 0) + \min(x, 0)$ is affine", True, "identity"),
    (r"$(x)_+^2 + (-x)_+^2$ is strictly convex", True, "identity"),
    (r"The loss $(x - 1)_+^2 + (1 - x)_+^2$ is strictly convex.", True, "identity"),
    (r"$\operatorname{ReLU}(x) - \operatorname{ReLU}(-x)$ is affine", True, "identity"),
    (r"Claim: $|x|^3$ is strictly convex", True, "pieces"),
    (r"The loss $\max(x, y) + \min(x, y)$ is affine.", True, "identity"),
    (r"The loss $|x - 3|$ is affine over $x \le 3$", True, "rules"),  # |a| = -a on a <= 0: an atom row
    (r"The function $(x)_+$ is affine when $x \ge 1$", True, "identity"),
    (r"$\max(x, 0) + \frac{1}{2} \min(x, 0)$ is convex", True, "identity"),  # = max(x, x/2)
    (r"$\max(x, 0)^2 + x^2$ is strictly convex", True, "sum"),  # x^2 strictly, the rest convex: no split needed
    (r"$|x|^3 + x$ is strictly convex", True, "sum"),  # |x|^3 = x^2 |x|: a rules row since session 12,
    (r"$\max(x, 0) + \frac{1}{2} \min(x, 0)$ is strictly convex", False, None),
])
def test_piecewise_claims_are_decided_with_checked_certificates(text, holds, kind):
    result = check_claim(text)
    assert result.holds is holds
    assert result.verified
    if kind is not None:
        assert kind in [c.kind for c in result.certificates]
    for c in result.certificates:
        verify(c.to_dict())


def test_abs_sum_is_convex_not_strictly():
    result = check_claim(r"$|x| + |x - 2|$ is strictly convex")
    assert result.holds is False and result.verified
    assert check_claim(r"$|x| + |x - 2|$ is convex").holds is True


def test_subject_binding_a_certificate_about_another_domain_answers_nothing():
    """An identity proof of |x - 3| = 3 - x on x <= 3 does not answer the claim on all of R (the gate)."""
    from symconvex.analysis import Subject, about_subject

    cert = _one(_identity(sp.Abs(x - 3), (x,), [x <= 3]), "affine")
    assert not about_subject(cert, Subject.of(sp.Abs(x - 3), (x,), None))
    assert cert.digest == subject_digest(("x",), cert.function, None, cert.domain)


def test_latex_proofs_of_both_kinds_name_the_pieces():
    from symconvex.latex import document

    tex = document(_pieces(sp.Abs(x) ** 3))
    assert r"g_{1}(x) = - x^{3}" in tex and r"g_{2}(x) = x^{3}" in tex and "strictly convex" in tex
    tex = document(_identity(sp.Max(x, y) + sp.Min(x, y), (x, y)))
    assert "x + y" in tex and "4 combinations" in tex and r"f - g" in tex


def test_a_strict_sum_of_pieces_is_accepted_and_its_tampered_twins_rejected():
    """|x|^3 + |y|^3: a sum certificate whose parts are pieces certificates (one variable each)."""
    from symconvex.pieces import prove_piecewise

    found = prove_piecewise(sp.Abs(x) ** 3 + sp.Abs(y) ** 3, (x, y), None)
    cert = _one(found, "strictly_convex")
    assert cert.kind == "sum" and [p["kind"] for p in cert.parts] == ["pieces", "pieces"]
    assert _tamper_all(cert) > 10


def test_cli_answers_piecewise_claims_with_exit_status(capsys):
    from symconvex.cli import main

    assert main(["check", r"$|x|^3$ is strictly convex", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["holds"] is True and data["verified"] and "strictly_convex" in data["facts"]
    assert any(c["kind"] == "pieces" for c in data["certificates"])
    assert main(["check", r"$\max(x, 1) + \min(x, 1)$ is strictly convex"]) == 1
    assert capsys.readouterr().out.startswith("refuted:")


@settings(max_examples=examples(25, default=4), deadline=None)
@given(st.lists(st.tuples(st.integers(-3, 3), st.fractions(-3, 3, max_denominator=4)), min_size=1, max_size=3,
                unique_by=lambda t: t[1]),
       st.fractions(-2, 2, max_denominator=3))
def test_pieces_agree_with_the_slope_jumps_of_random_sums_of_kinks(terms, c):
    """f = sum a_i |x - b_i| + c x (distinct b_i) jumps in slope by 2 a_i at b_i: convex iff every a_i >= 0, concave
    iff every a_i <= 0. Whatever the finders propose and the checker accepts must say the same."""
    f = sum(a * sp.Abs(x - sp.Rational(b.numerator, b.denominator)) for a, b in terms) + \
        sp.Rational(c.numerator, c.denominator) * x
    for cert in prove_by_pieces(f, (x,), None) + prove_by_identity(f, (x,), None):
        statement = verify(cert)
        jumps = [a for a, _ in terms if a]
        if statement in ("convex", "strictly_convex"):
            assert all(a >= 0 for a in jumps)
        if statement in ("concave", "strictly_concave"):
            assert all(a <= 0 for a in jumps)
        if statement == "affine":
            assert not jumps
        assert not statement.startswith("strictly_")  # piecewise affine: never strict
    if any(a for a, _ in terms) and all(a >= 0 for a, _ in terms):  # and the finder does find the proof
        assert "convex" in [verify(cert) for cert in prove_by_pieces(f, (x,), None)]


def test_the_finders_budget_is_cpu_time_and_the_search_deadline_wall_time(monkeypatch):
    """``pieces.BUDGET`` counts this thread's CPU seconds (a machine busy with other work does not shrink it), the
    search's deadline wall-clock seconds: waiting spends the one, not the other; a spent budget gives up (no
    certificate, proves nothing), an unspent one finds the certificate."""
    import time

    import symconvex.pieces as pieces
    from symconvex.limits import Budget

    own = Budget(None, 0.05)
    time.sleep(0.1)  # wall time passes, CPU time hardly
    assert not own.spent()
    start = time.thread_time()
    while time.thread_time() - start < 0.06:
        pass
    assert own.spent()
    assert Budget(time.monotonic() - 1, 60.0).spent() and not Budget(time.monotonic() + 60, None).spent()
    f = sp.Max(x, 1) + sp.Min(x, 1)  # affine: x + 1
    monkeypatch.setattr(pieces, "BUDGET", 0.0)
    assert pieces.prove_piecewise(f, (x,), None) == []
    monkeypatch.setattr(pieces, "BUDGET", 3.0)
    assert pieces.prove_piecewise(f, (x,), None, time.monotonic() - 1) == []  # the search's deadline has passed
    assert "affine" in [verify(c) for c in pieces.prove_piecewise(f, (x,), None, time.monotonic() + 60)]
