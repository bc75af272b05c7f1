"""analyze(): the acceptance examples of the core engine, each answer backed by checker-accepted certificates."""

import pytest
import sympy as sp

from symconvex.analysis import Verdict, analyze, verdict_from
from symconvex.check import verify
from symconvex.errors import DomainError, InputError
from symconvex.functions import relu, sigmoid

x, y, w1, w2 = sp.symbols("x y w1 w2")

EXAMPLES = [
    # (name, f, domain, verdict)
    ("xy", x * y, None, Verdict.NEITHER),
    ("x2y2", x**2 * y**2, None, Verdict.NEITHER),
    ("w1w2_minus_1_squared", (w1 * w2 - 1) ** 2, None, Verdict.NEITHER),
    ("sigmoid", sigmoid(x), None, Verdict.NEITHER),
    ("relu", relu(x), None, Verdict.CONVEX),
    ("abs", sp.Abs(x), None, Verdict.CONVEX),
    ("max", sp.Max(x, y), None, Verdict.CONVEX),
    ("x4", x**4, None, Verdict.CONVEX),
    ("exp", sp.exp(x), None, Verdict.CONVEX),
    ("logsumexp", sp.log(sp.exp(x) + sp.exp(y)), None, Verdict.CONVEX),
    ("logistic", sp.log(1 + sp.exp(-(x + 2 * y))), None, Verdict.CONVEX),
    ("minus_relu", -relu(x), None, Verdict.CONCAVE),
    ("sqrt_on_halfline", sp.sqrt(x), [x >= 0], Verdict.CONCAVE),
    ("relu_of_relu", relu(1 - relu(x)), None, Verdict.NEITHER),
    ("cube_on_R", x**3, None, Verdict.NEITHER),
    ("cube_on_halfline", x**3, [x >= 0], Verdict.CONVEX),
    ("quad_over_lin", x**2 / y, [y > 0], Verdict.CONVEX),
    ("geo_mean", sp.sqrt(x * y), [x > 0, y > 0], Verdict.CONCAVE),
    ("xy_on_orthant", x * y, [x > 0, y > 0], Verdict.NEITHER),
    ("affine", 3 * x - 2 * y + 1, None, Verdict.AFFINE),
    ("quadratic_form", x**2 + x * y + y**2, None, Verdict.CONVEX),
    ("softplus_unnamed", sp.log(1 + sp.exp(x + 2 * y)), None, Verdict.CONVEX),
]


@pytest.mark.parametrize("name,f,domain,verdict", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_acceptance_examples(name, f, domain, verdict):
    analysis = analyze(f, None, domain)
    assert analysis.curvature is verdict, (name, analysis.explanation)
    assert analysis.verified
    statements = {verify(c.to_json()) for c in analysis.certificates}
    assert verdict_from(statements) is verdict


def test_relu_of_relu_needs_midpoints():
    # relu(1 - relu(x)) is piecewise linear: every smooth piece has zero curvature, so only midpoints work.
    analysis = analyze(relu(1 - relu(x)))
    assert {c.kind for c in analysis.certificates} == {"midpoint"}


def test_sigmoid_certificates_are_curvature_points_of_opposite_sign():
    analysis = analyze(sigmoid(x))
    kinds = {c.refutes: c for c in analysis.certificates}
    assert set(kinds) == {"convex", "concave"}
    assert kinds["convex"].second_derivative.startswith("~-")
    assert not kinds["concave"].second_derivative.startswith("~-")


def test_nonconvex_domain_is_refused_with_a_witness():
    with pytest.raises(DomainError, match="not convex: .* satisfy x² > 1 but their midpoint does not"):
        analyze(x**2, None, [x**2 > 1])


def test_natural_domain_with_a_vanishing_denominator_is_refused():
    with pytest.raises(DomainError, match="undefined where y = 0"):
        analyze(x**2 / y)


def test_undeclared_variable_is_an_input_error():
    with pytest.raises(InputError, match="uses y"):
        analyze(x * y, [x])


@pytest.mark.parametrize("statements,verdict", [
    ({"convex", "concave"}, Verdict.AFFINE), ({"not_convex"}, Verdict.NOT_CONVEX),
    ({"not_convex", "not_concave"}, Verdict.NEITHER), (set(), Verdict.UNKNOWN),
])
def test_verdict_is_derived_from_accepted_statements_only(statements, verdict):
    assert verdict_from(statements) is verdict


def test_gate_drops_rejected_certificates():
    from symconvex.analysis import gate
    from symconvex.certificates import MidpointCertificate
    lying = MidpointCertificate(variables=("x",), function=["mul", ["var", "x"], ["var", "x"]], refutes="convex",
                                a=("-1",), b=("1",), lam="1/2", values={"f(a)": "1", "f(b)": "1", "f(m)": "0"})
    kept, statements = gate([lying])
    assert kept == [] and statements == set()


def test_time_limit_interrupts_a_long_search():
    import time as _time
    from symconvex.limits import SearchTimeout, time_limit
    start = _time.monotonic()
    with pytest.raises(SearchTimeout):
        with time_limit(0.2):
            while True:
                sum(range(1000))
    assert _time.monotonic() - start < 2


def test_timeout_gives_an_answer_not_a_hang():
    # 14 variables: the search has plenty to do; with a tiny budget it must come back promptly.
    import time as _time
    zs = sp.symbols("z1:15")
    f = sum(zs[i] * zs[(i + 1) % 14] for i in range(14)) ** 3
    start = _time.monotonic()
    analysis = analyze(f, timeout=0.3)
    assert _time.monotonic() - start < 3
    assert analysis.curvature in set(Verdict)
    assert all(verify(c) for c in analysis.certificates)


def test_sign_assumptions_on_symbols_become_the_domain():
    from symconvex.analysis import prepare
    px, py = sp.Symbol("x", positive=True), sp.Symbol("y", positive=True)
    _, variables, domain = prepare(px * py)
    assert [str(c) for c in domain.constraints] == ["x > 0", "y > 0"]
    analysis = analyze(px * py)
    assert analysis.curvature is Verdict.NEITHER
    for cert in analysis.certificates:
        assert cert.domain == (["gt", ["var", "x"], ["num", "0"]], ["gt", ["var", "y"], ["num", "0"]])


# ---------------------------------------------------------------------------------- strict convexity

def test_positive_definite_hessian_proves_strict_convexity():
    analysis = analyze(x**2 + x * y + y**2)
    assert "strictly_convex" in analysis.statements and analysis.curvature is Verdict.CONVEX
    (cert,) = [c for c in analysis.certificates if c.kind == "hessian"]
    assert cert.D == [["num", "2"], ["num", "3/2"]]
    assert verify(cert.to_json()) == "strictly_convex"


def test_strictness_is_not_granted_for_a_merely_nonnegative_pivot_or_a_closed_domain():
    import dataclasses
    from symconvex.decompose import prove_by_hessian
    from symconvex.errors import CertificateError
    xr, yr = sp.symbols("x y", real=True)
    # log(1 + e^(x + 2y)): D = (sigma'(u), 0) is only >= 0.
    cert = prove_by_hessian(sp.log(1 + sp.exp(xr + 2 * yr)), (xr, yr), None)
    assert cert.proves == "convex"
    with pytest.raises(CertificateError, match="positive pivot"):
        verify(dataclasses.replace(cert, proves="strictly_convex"))
    # In one variable a closed interval is fine: the inside of every segment lies in the open interval, where
    # f'' = 6x > 0 (x^3 is strictly convex on [0, oo)).
    from symconvex.domain import Domain
    cube = prove_by_hessian(xr**3, (xr,), Domain.build((xr,), [xr >= 0]))
    assert cube.proves == "convex"
    assert verify(dataclasses.replace(cube, proves="strictly_convex", digest="")) == "strictly_convex"
    # In two variables a segment can run along the boundary, where H is not known to be definite: refused.
    plane = prove_by_hessian(xr**2 * yr + yr**2, (xr, yr), Domain.build((xr, yr), [yr >= 0]))
    assert plane is None or plane.proves == "convex"
    # On a closed domain the pivots must be positive on the boundary too: x^2 + y^3 on y >= 0 has the pivot 6y,
    # positive inside but 0 on y = 0, so this strictness proof is refused (the checker does not look further)...
    cup = prove_by_hessian(xr**2 + yr**3, (xr, yr), Domain.build((xr, yr), [yr >= 0]))
    assert cup.D[1] == ["mul", ["num", "6"], ["var", "y"]]
    with pytest.raises(CertificateError, match="positive on the closed box"):
        verify(dataclasses.replace(cup, proves="strictly_convex", digest=""))
    # ... while x^2 + y^2 on x >= 0 has pivots 2, 2 on the closed box: positive definite everywhere, strictly convex.
    bowl = prove_by_hessian(xr**2 + yr**2, (xr, yr), Domain.build((xr, yr), [xr >= 0]), strict=True)
    assert bowl.proves == "strictly_convex" and verify(bowl) == "strictly_convex"
    open_cube = prove_by_hessian(xr**3, (xr,), Domain.build((xr,), [xr > 0]), strict=True)
    assert open_cube.proves == "strictly_convex" and verify(open_cube) == "strictly_convex"


def test_strictly_convex_claims():
    from symconvex.claims import check_claim
    assert check_claim(r"$x^2 + xy + y^2$ is strictly convex").holds is True
    assert check_claim(r"$e^x$ is not strictly convex").holds is False
    assert check_claim(r"$3x + 1$ is strictly convex").holds is False  # affine on a set with two points
    # 12x^2 vanishes at 0, so H is not positive definite; the zero is isolated (analytic f'' > 0 at x = 1)
    result = check_claim(r"$x^4$ is strictly convex")
    assert result.holds is True
    (cert,) = [c for c in result.certificates if c.statement == "strictly_convex"]
    assert cert.D == [["mul", ["num", "12"], ["pow", ["var", "x"], ["num", "2"]]]]
    assert cert.pivot_signs[0]["sign"] == "nonnegative" and cert.pivot_signs[0]["nonzero_at"] == ["1", "12"]


def test_verified_rechecks_only_certificates_added_after_the_gate():
    from symconvex.certificates import MidpointCertificate
    analysis = analyze(x * y)
    assert analysis.verified and len(analysis.checked) == len(analysis.certificates)
    lying = MidpointCertificate(variables=("x",), function=["mul", ["var", "x"], ["var", "x"]], refutes="convex",
                                a=("-1",), b=("1",), lam="1/2", values={"f(a)": "1", "f(b)": "1", "f(m)": "0"})
    analysis.certificates.append(lying)
    assert not analysis.verified


def test_a_hessian_proof_is_verified_once(monkeypatch):
    """The Hessian finder checks its candidates to choose among them and hands the statements to the gate, which
    reuses them for those very certificates instead of verifying them a second time."""
    import symconvex.analysis as analysis_module
    import symconvex.decompose as decompose_module
    from symconvex.certificates import from_json
    from symconvex.check import verify as real_verify

    calls: dict[int, int] = {}
    kept: list = []   # every object counted stays alive, so that no later certificate can reuse its id()

    def counting(cert, **options):
        kept.append(cert)
        calls[id(cert)] = calls.get(id(cert), 0) + 1
        return real_verify(cert, **options)

    import symconvex.check as check_module

    monkeypatch.setattr(analysis_module, "verify", counting)
    monkeypatch.setattr(decompose_module, "verify", counting)
    monkeypatch.setattr(check_module, "verify", counting)
    monkeypatch.setattr(decompose_module, "_MEMO", type(decompose_module._MEMO)())  # a first call: the finder checks
    x, y = sp.symbols("x y", real=True)
    result = analyze(x ** 2 + x * y + y ** 2, [x, y])
    hessian = [c for c in result.certificates if c.kind == "hessian"]
    assert hessian and {c.proves for c in hessian} <= {"convex", "strictly_convex"} and "convex" in result.facts
    assert all(calls[id(c)] == 1 for c in result.certificates)
    assert all(real_verify(from_json(c.to_json())) == c.statement for c in result.certificates)


def _xy_refutation():
    """A true certificate: xy is not convex (its checks pass when given time)."""
    return analyze(sp.Symbol("x", real=True) * sp.Symbol("y", real=True), timeout=30).certificates[0]


def test_a_candidate_left_when_the_time_limit_has_passed_is_rejected():
    import time

    from symconvex import analysis
    cert = _xy_refutation()
    assert analysis.gate([cert])[0] == [cert]
    assert analysis.gate([cert], deadline=time.monotonic() - 1) == ([], set())


def test_the_search_and_the_checks_end_within_the_analysis_time_limit(monkeypatch):
    """The search is interrupted at SEARCH_SHARE of the limit and the checks get only what is left of it."""
    import time

    from symconvex import analysis
    from symconvex.limits import SEARCH_SHARE
    cert, given = _xy_refutation(), []
    statement = verify(cert)
    monkeypatch.setattr(analysis, "checked", lambda c, timeout=None: given.append(timeout) or statement)

    def endless_search(found):
        found.append(cert)
        while True:
            time.sleep(0.01)

    start = time.monotonic()
    x, y = sp.symbols("x y", real=True)
    result = analysis.conclude(endless_search, 0.5, function=x * y, variables=(x, y), domain=None)
    assert result.certificates == [cert]  # the check (a stand-in that answers as verify does) kept it
    assert len(given) == 1 and 0 < given[0] <= (1 - SEARCH_SHARE) * 0.5 + 1e-6
    assert time.monotonic() - start >= SEARCH_SHARE * 0.5  # the search had its share


def test_a_swallowed_search_alarm_comes_again():
    """An alarm lost where Python ignores exceptions (a gc callback; here: caught by the searched code) is raised
    again a quarter of a second later, so the time limit still holds."""
    import time

    from symconvex.limits import SearchTimeout, time_limit
    caught = 0
    with pytest.raises(SearchTimeout):
        with time_limit(0.1):
            end = time.monotonic() + 30
            while time.monotonic() < end:
                try:
                    time.sleep(0.01)
                except SearchTimeout:
                    caught += 1
                    if caught == 1:
                        continue   # the first alarm is swallowed
                    raise
    assert caught == 2


def test_a_time_limit_leaves_no_alarm_behind_even_when_it_fires_at_the_end():
    """Blocks that end about when their limit fires: afterwards no timer runs and the old handler is back (an
    alarm during the cleanup once left the repeating timer armed, to interrupt a later test)."""
    import signal
    import time

    from symconvex.limits import SearchTimeout, time_limit

    before = signal.getsignal(signal.SIGALRM)
    for seconds in (1e-7, 1e-6, 1e-5):   # the alarm fires before the block starts (--timeout 1e-6)
        for _ in range(20):
            try:
                with time_limit(seconds):
                    time.sleep(0.001)
            except SearchTimeout:
                pass
            assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
            assert signal.getsignal(signal.SIGALRM) is before
    for k in range(60):
        try:
            with time_limit(0.002 + k * 0.0001):
                end = time.perf_counter() + 0.002
                while time.perf_counter() < end:
                    pass
        except SearchTimeout:
            pass
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) is before
