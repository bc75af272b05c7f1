"""Functions people name: erf, erfc, Gamma, log Gamma, the digamma function psi, variable exponents x^g, and the
determinant and extreme eigenvalues of a literal matrix. Each atom row is re-derived with SymPy at exact points;
claims are decided with certificates the checker accepts, each with its tampered twins rejected; what is not
known stays a one-line refusal."""

from __future__ import annotations

import copy
from fractions import Fraction as F

import pytest
import sympy as sp

from symconvex import check_claim
from symconvex.atoms import ATOMS, HALF_LINE_ROWS, RULE_TEMPLATES, Curvature, Monotonicity, Sign
from symconvex.certificates import from_json, to_tree
from symconvex.check import verify
from symconvex.check.evaluate import evaluate, line_jets, value_at
from symconvex.check.numbers import endpoints, interval_precision
from symconvex.domain import Domain
from symconvex.errors import CertificateError, ClaimError
from symconvex.parsing import parse_expression
from symconvex.rules import prove_by_rules
from marks import SLOW, slow_except
from tampering import tampered_twins

t = sp.Symbol("t", real=True)
x, y = sp.symbols("x y", real=True)
R = sp.Rational

#: row -> (the function of t, sample points in the row's domain)
ROWS = {
    "erf": (sp.erf(t), [R(-2), R(-1, 3), R(1, 2), R(3)]),
    "erf_nonneg": (sp.erf(t), [R(0), R(1, 5), R(1), R(3)]),
    "erf_nonpos": (sp.erf(t), [R(-3), R(-1), R(-1, 5), R(0)]),
    "erfc": (sp.erfc(t), [R(-2), R(-1, 3), R(1, 2), R(3)]),
    "erfc_nonneg": (sp.erfc(t), [R(0), R(1, 5), R(1), R(3)]),
    "erfc_nonpos": (sp.erfc(t), [R(-3), R(-1), R(-1, 5), R(0)]),
    "gamma": (sp.gamma(t), [R(1, 10), R(1, 2), R(1), R(3, 2), R(2), R(7)]),
    "log_gamma": (sp.log(sp.gamma(t)), [R(1, 10), R(1, 2), R(1), R(3, 2), R(2), R(7)]),
    "digamma": (sp.polygamma(0, t), [R(1, 10), R(1, 2), R(1), R(3, 2), R(2), R(7)]),
    "log_erfc": (sp.log(sp.erfc(t)), [R(-4), R(-1), R(-1, 3), R(0), R(1, 2), R(2), R(5)]),
    # the cross-entropy's two terms (tests/test_cross_entropy.py): log sigma(t) and log(1 - sigma(t)), as formulas
    "log_sigmoid": (sp.log(1 / (1 + sp.exp(-t))), [R(-6), R(-1), R(0), R(1, 3), R(2), R(9)]),
    "log_one_minus_sigmoid": (sp.log(1 - 1 / (1 + sp.exp(-t))), [R(-6), R(-1), R(0), R(1, 3), R(2), R(9)]),
}


def _sign_at(expr, p) -> int:
    """The sign of a real constant, decided by SymPy at 50 digits after an exact zero test."""
    value = sp.simplify(expr.subs(t, p))
    if value == 0:
        return 0
    return 1 if sp.N(value, 50) > 0 else -1


def _signed(s: Sign, v: int) -> bool:
    return {Sign.POSITIVE: v > 0, Sign.NEGATIVE: v < 0, Sign.NONNEGATIVE: v >= 0, Sign.NONPOSITIVE: v <= 0,
            Sign.UNKNOWN: True}[s]


@pytest.mark.parametrize("row", slow_except(sorted(ROWS), keep=(0, 4, 8)))
def test_each_special_row_holds_at_exact_points(row):
    """Curvature from f'' and monotonicity from f' at every sample point; a fixed sign from f; "neither" rows
    have f'' of both signs; the argument's required sign holds at the points used."""
    f, points = ROWS[row]
    facts = ATOMS[row]
    d1, d2 = sp.diff(f, t), sp.diff(f, t, 2)
    for p in points:
        assert _signed(facts.domain[0], 1 if p > 0 else -1 if p < 0 else 0), (row, p)
        c2 = _sign_at(d2, p)
        if facts.curvature is Curvature.CONVEX:
            assert c2 >= 0, (row, p)
        elif facts.curvature is Curvature.CONCAVE:
            assert c2 <= 0, (row, p)
        mono = facts.monotone[0]
        if mono is Monotonicity.INCREASING:
            assert _sign_at(d1, p) >= 0, (row, p)
        elif mono is Monotonicity.DECREASING:
            assert _sign_at(d1, p) <= 0, (row, p)
        if isinstance(facts.sign, Sign):
            assert _signed(facts.sign, _sign_at(f, p)), (row, p)
        elif facts.sign == "same":
            assert _sign_at(f, p) == (1 if p > 0 else -1 if p < 0 else 0), (row, p)
    if facts.curvature is Curvature.UNKNOWN:
        assert {_sign_at(d2, p) for p in points} >= {1, -1}, row
    if facts.monotone[0] is Monotonicity.NONMONOTONE:  # Gamma and log Gamma fall, then rise (minimum near 1.46)
        assert {_sign_at(d1, p) for p in points} >= {1, -1}, row


def test_the_special_rows_are_the_plain_heads_and_their_half_lines():
    assert HALF_LINE_ROWS["erf"] == ("erf_nonneg", "erf_nonpos")
    assert HALF_LINE_ROWS["erfc"] == ("erfc_nonneg", "erfc_nonpos")
    assert RULE_TEMPLATES["log_gamma"] == ["log", ["gamma", "$0"]]
    assert RULE_TEMPLATES["gamma"] == ["gamma", "$*"] and RULE_TEMPLATES["erf_nonneg"] == ["erf", "$*"]


def test_pow_exp_is_exp_of_the_exponent_times_the_log():
    """x^x = e^{x log x} on x > 0: the row is exp's (convex, increasing, positive)."""
    s = sp.Symbol("s", positive=True)
    assert (s ** s).rewrite(sp.exp) == sp.exp(s * sp.log(s))
    assert ATOMS["pow_exp"].curvature is ATOMS["exp"].curvature and ATOMS["pow_exp"].sign is Sign.POSITIVE


# ------------------------------------------------------------------------------ the checker's values

def test_gamma_is_exact_at_positive_integers_and_erf_at_zero():
    with interval_precision():
        assert value_at(["gamma", ["num", "5"]], [], []) == 24
        assert value_at(["erf", ["num", "0"]], [], []) == 0 and value_at(["erfc", ["num", "0"]], [], []) == 1
        lo, hi = endpoints(value_at(["gamma", ["num", "1/2"]], [], []))  # sqrt(pi)
    assert _encloses(lo, hi, sp.sqrt(sp.pi)) and hi - lo < F(1, 10 ** 60)


def _encloses(lo: F, hi: F, exact) -> bool:
    """[lo, hi] contains the real number ``exact`` (known to 100 digits: 10^-90 of slack)."""
    value = F(str(sp.Rational(sp.N(exact, 110))))
    return lo - F(1, 10 ** 90) <= value <= hi + F(1, 10 ** 90)


@pytest.mark.parametrize("name, point", [("gamma", "-1/2"), ("gamma", "0"), ("digamma", "-3/2")])
def test_gamma_and_psi_are_refused_off_the_positive_half_line(name, point):
    with interval_precision(), pytest.raises(CertificateError, match=f"{name}: cannot show the argument"):
        value_at([name, ["num", point]], [], [])


def test_the_second_derivative_of_erf_at_one_is_negative():
    """erf''(1) = -4/(sqrt(pi) e): the curvature that refutes "erf is convex"."""
    with interval_precision():
        jet, _ = evaluate(["erf", ["var", "x"]], line_jets(["x"], [F(1)], [F(1)], 2), 2)
        lo, hi = endpoints(jet.second_derivative())
    assert _encloses(lo, hi, -4 / (sp.sqrt(sp.pi) * sp.E)) and hi < 0


# ------------------------------------------------------------------------------ the reader

@pytest.mark.parametrize("text, expected", [
    (r"\operatorname{erf}(x)", sp.erf(x)), (r"\mathrm{erf}(2x)", sp.erf(2 * x)), ("erf(x)", sp.erf(x)),
    (r"\operatorname{erfc}(x)", sp.erfc(x)), (r"\Gamma(x)", sp.gamma(x)), ("gamma(x + 1)", sp.gamma(x + 1)),
    (r"\ln\Gamma(x)", sp.log(sp.gamma(x))), (r"\operatorname{lgamma}(x)", sp.log(sp.gamma(x))),
    (r"\operatorname{digamma}(x)", sp.polygamma(0, x)), (r"\Gamma(x)^2", sp.gamma(x) ** 2),
    (r"\mathrm{entr}(x)", -x * sp.log(x)), ("entr(2x)", -2 * x * sp.log(2 * x)),
])
def test_the_reader_names_the_special_functions(text, expected):
    assert sp.simplify(parse_expression(text) - expected) == 0


@pytest.mark.parametrize("text", [r"\gamma(x)", r"\operatorname{zeta}(x)", r"\operatorname{Ei}(x)", r"\mathrm{Li}(x)"])
def test_a_function_still_unknown_is_a_one_line_refusal(text):
    with pytest.raises(Exception) as info:
        parse_expression(text)
    assert "\n" not in str(info.value) and "unknown function" in str(info.value)


# ------------------------------------------------------------------------------ claims with certificates

def _twins_rejected(cert) -> int:
    count = 0
    for _path, twin in tampered_twins(cert.to_dict()):
        count += 1
        with pytest.raises(CertificateError):
            verify(from_json(twin))
    assert count > 0
    return count


@pytest.mark.parametrize("claim, holds, kind", slow_except([
    (r"$\operatorname{erf}(x)$ is concave for $x \ge 0$", True, "rules"),
    (r"$\operatorname{erf}(3x + 1)$ is convex on $x \le -1$", True, "rules"),
    (r"$\operatorname{erfc}(x) + x^2$ is convex on $x \ge 0$", True, "rules"),
    (r"$\Gamma(x)$ is convex on $x > 0$", True, "rules"),
    (r"$\Gamma(2x + 1) + e^{x}$ is convex for $x > 0$", True, "rules"),
    (r"$\Gamma(x)$ is log-convex for $x > 0$", True, "rules"),
    (r"$\ln\Gamma(x + y)$ is convex on $x > 0, y > 0$", True, "rules"),
    (r"$\operatorname{digamma}(x)$ is concave on $x > 0$", True, "rules"),
    (r"$\operatorname{erfc}(x)$ is log-concave", True, "rules"),
    (r"$-\log \operatorname{erfc}(2x - 3y)$ is convex", True, "rules"),  # the probit loss's kind
    (r"$x^x$ is convex on $x > 0$", True, "rules"),
    (r"$(x + 1)^{x + 1}$ is convex on $x > 0$", True, "rules"),
], keep=(0, 3, 10), several=True))
def test_proofs_by_the_new_rows(claim, holds, kind):
    result = check_claim(claim, timeout=90)
    assert result.holds is holds and result.verified
    proofs = [c for c in result.certificates if c.kind == kind]
    assert proofs and verify(proofs[0]) == proofs[0].proves
    _twins_rejected(proofs[0])


@pytest.mark.parametrize("claim", slow_except([
    r"$\operatorname{erf}(x)$ is convex",                      # erf''(x) = -4x e^{-x^2}/sqrt(pi): < 0 at x > 0
    r"$\operatorname{erf}(x)$ is convex for $x \ge 0$",
    r"$\Gamma(x)$ is concave on $x > 0$",
    r"$\Gamma(x^2 + 1)$ is convex",                             # 2 Gamma'(1) = -2 gamma_E < 0 at x = 0
    r"$\operatorname{digamma}(x)$ is convex on $x > 0$",
    r"$x^{-x}$ is convex on $x > 0$",
    r"$\log\operatorname{erfc}(x)$ is convex",
]))
def test_refutations_with_the_new_operators(claim):
    result = check_claim(claim, timeout=90)
    assert result.holds is False and result.verified
    refutation = next(c for c in result.certificates if c.kind in ("curvature", "midpoint"))
    assert verify(refutation) in ("not_convex", "not_concave")
    _twins_rejected(refutation)


@pytest.mark.parametrize("claim", slow_except([
    r"$\operatorname{erf}(x)$ is strictly concave on $x \ge 0$",
    r"$\operatorname{erfc}(x)$ is strictly convex on $x > 0$",
    r"$x^x$ is strictly convex on $x > 0$",
    r"$\Gamma(x)$ is strictly convex on $x > 0$",          # Gamma'' = Gamma (psi^2 + psi_1) > 0
    r"$\ln\Gamma(x)$ is strictly convex on $x > 0$",       # (log Gamma)'' = psi_1 > 0
], keep=(2,)))
def test_strictness_by_a_hessian_certificate(claim):
    result = check_claim(claim, timeout=90)
    assert result.holds is True and result.verified
    hessian = next(c for c in result.certificates if c.kind == "hessian")
    assert verify(hessian).startswith("strictly_")
    _twins_rejected(hessian)


def test_gamma_without_a_domain_is_refused_its_natural_domain_is_not_convex():
    with pytest.raises(ClaimError, match="give a domain such as 'x > 0'"):
        check_claim(r"$\Gamma(x)$ is convex")


# ------------------------------------------------------------------------------ lying certificates

def _rules(f, domain):
    cert = prove_by_rules(f, (x,), Domain.build((x,), domain))
    assert cert is not None
    return cert.to_dict()


def _find(node, rule):
    if node.get("rule") == rule:
        return node
    for child in node.get("children", []):
        found = _find(child, rule)
        if found is not None:
            return found
    return None


def test_verify_rejects_erf_concave_on_a_domain_that_crosses_zero():
    data = _rules(sp.erf(x), [x >= 0])
    liar = copy.deepcopy(data)
    liar["domain"] = [["ge", ["var", "x"], ["num", "-1"]]]
    liar["derivation"]["box"] = {"x": ["-1", False, None, False]}
    liar["derivation"]["children"][0]["sign"] = "unknown"  # what the variable leaf is on x >= -1
    from symconvex.check.trees import subject_digest
    liar["digest"] = subject_digest(liar["variables"], liar["function"], None, liar["domain"])
    with pytest.raises(CertificateError, match="argument 1 of erf_nonneg must be nonnegative"):
        verify(from_json(liar))


def test_verify_rejects_gamma_convex_where_the_argument_may_be_negative():
    data = _rules(sp.gamma(x), [x > 0])
    liar = copy.deepcopy(data)
    liar["domain"] = [["gt", ["var", "x"], ["num", "-1"]]]
    liar["derivation"]["box"] = {"x": ["-1", True, None, False]}
    liar["derivation"]["children"][0]["sign"] = "unknown"
    from symconvex.check.trees import subject_digest
    liar["digest"] = subject_digest(liar["variables"], liar["function"], None, liar["domain"])
    with pytest.raises(CertificateError, match="argument 1 of gamma must be positive"):
        verify(from_json(liar))


def test_verify_rejects_a_pow_exp_node_whose_child_is_not_g_log_a():
    """A correctly derived child 2 x log x under x^x: e^{2 x log x} is x^(2x), not x^x."""
    data = _rules(x ** x, [x > 0])
    other = _rules(sp.exp(2 * x * sp.log(x)), [x > 0])
    liar = copy.deepcopy(data)
    _find(liar["derivation"], "pow_exp")["children"] = [other["derivation"]["children"][0]]
    with pytest.raises(CertificateError, match="pow_exp's child must be g log a"):
        verify(from_json(liar))


def test_verify_rejects_pow_exp_on_a_base_not_shown_positive():
    """a^x for a parameter a of unknown sign: the child x log a derives (a constant factor), the base does not."""
    a = sp.Symbol("a", real=True)
    cert = prove_by_rules(a ** x, (x,), Domain.build((x, a), []), parameters=(a,))
    assert cert is not None and _find(cert.to_dict()["derivation"], "pow_exp") is not None
    with pytest.raises(CertificateError, match="pow_exp needs the base .*var.*a.* > 0"):
        verify(cert)


# ------------------------------------------------------------------------------ matrices written out

@pytest.mark.parametrize("claim, holds, function", slow_except([
    (r"$\log\det\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is concave on $x > 0$, $xz - y^2 > 0$", True,
     "log(x*z - y**2)"),
    (r"$-\log\det\begin{pmatrix} u & w \\ w & v \end{pmatrix}$ is strictly convex on $u > 0, v > 0, u v > w^2$",
     True, "-log(u*v - w**2)"),
    (r"$\det\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is convex", False, "x*z - y**2"),
    (r"$\lambda_{\max}\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is convex", True,
     "x/2 + z/2 + sqrt(y**2 + (x - z)**2/4)"),
    (r"$\lambda_{\min}\begin{pmatrix} x & 2 \\ 2 & z \end{pmatrix}$ is concave", True,
     "x/2 + z/2 - sqrt(4 + (x - z)**2/4)"),
    (r"$\lambda_{\max}\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is strictly convex", False,
     "x/2 + z/2 + sqrt(y**2 + (x - z)**2/4)"),
], keep=(2,), several=True))
def test_determinants_and_eigenvalues_of_a_written_matrix(claim, holds, function):
    result = check_claim(claim, timeout=90)
    assert result.holds is holds and result.verified
    names = {s.name: sp.Symbol(s.name, real=True) for s in sp.sympify(function).free_symbols}
    assert sp.simplify(result.analysis.function - sp.sympify(function, locals=names)) == 0
    for cert in result.certificates:
        verify(cert)


@SLOW
def test_lambda_max_is_the_larger_root_of_the_characteristic_polynomial():
    p, q, r = R(3), R(-2), R(1, 2)
    result = check_claim(r"$\lambda_{\max}\begin{pmatrix} x & y \\ y & z \end{pmatrix}$ is convex", timeout=90)
    f = result.analysis.function
    value = f.subs({s: v for s, v in zip(sorted(f.free_symbols, key=str), (p, q, r))})
    assert sp.simplify(value - max(sp.Matrix([[p, q], [q, r]]).eigenvals())) == 0


@pytest.mark.parametrize("claim, message", [
    (r"$\lambda_{\max}\begin{pmatrix} x & y \\ 1 & z \end{pmatrix}$ is convex", "symmetric 2 x 2 matrix only"),
    (r"$\lambda_{\max}\begin{pmatrix} x & 0 & 0 \\ 0 & y & 0 \\ 0 & 0 & z \end{pmatrix}$ is convex",
     "symmetric 2 x 2 matrix only"),
    (r"$\det(x)$ is convex", "takes a square matrix"),
])
def test_matrices_the_reader_does_not_take_are_one_line_refusals(claim, message):
    with pytest.raises(ClaimError, match=message) as info:
        check_claim(claim)
    assert "\n" not in str(info.value)
