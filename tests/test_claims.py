r"""Claims pasted as LaTeX: reading them (CLAIMS.md "Shape") and answering them with checked certificates."""

import json
import time

import pytest
import sympy as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from symconvex.analysis import Verdict
from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.claims import Claim, check_claim, decide, parse_claim
from symconvex.errors import ClaimError
from symconvex.functions import relu
from symconvex.parsing import symbol
from marks import examples

x, y = symbol("x"), symbol("y")

#: CLAIMS.md "Examples that must work (and their answers)".
CLAIMS_TABLE = [
    (r"$f(x,y) = xy$ is convex", False),
    (r"The function $f(x, y) = x^2 y^2$ is not convex.", True),
    (r"$\sigma(x) = \frac{1}{1+e^{-x}}$ is convex on $\mathbb{R}$", False),
    (r"$\max(0, x)$ is convex", True),
    (r"$f(x) = x^3$ is convex for $x \ge 0$", True),
    (r"$\frac{x^2}{y}$ is convex on $y > 0$", True),
    (r"$\log(1 + e^{-(w_1 + 2 w_2)})$ is convex in $w_1, w_2$", True),
    (r"$L(a, b) = \frac{1}{2}(a b - 1)^2$ is convex", False),
    (r"$(1 - \rho(w_1 \rho(w_0 + b_0) + b_1))^2$ is convex in $w_0, b_0, w_1, b_1$ where $\rho(z) = \max\{0, z\}$",
     False),
    (r"$\log(e^{x} + e^{y})$ is convex", True),
]

SEED_000_N = (r"N_\theta(x) = b_2 + (A_2)_{1,1} \cdot \rho\big((A_1)_{1,1} x + (b_1)_1\big) + (A_2)_{1,2} \cdot "
              r"\rho\big((A_1)_{2,1} x + (b_1)_2\big)")
SEED_000_PARAMS = r"(A_1)_{1,1}, (A_1)_{2,1}, (b_1)_1, (b_1)_2, (A_2)_{1,1}, (A_2)_{1,2}, b_2"
SEED_CLAIMS = [
    # seed 000: the loss of a 1-2-1 ReLU network on two data points, theta given as a tuple ...
    (r"The loss $\mathcal{L}(\theta) = \frac{1}{2} \sum_{i=1}^2 \bigl(N_\theta (x_i) - y_i\bigr)^2$ is convex in "
     r"$\theta$ where $" + SEED_000_N + r"$, $\rho(x) = \max \{0,x\}$, $\theta = (" + SEED_000_PARAMS + r")$ and "
     r"$(x_1, y_1) = (1, 1)$, $(x_2, y_2) = (-1, -1)$.", False),
    # ... and with the seven parameters listed
    (r"$\frac{1}{2} \sum_{i=1}^2 (N_\theta(x_i) - y_i)^2$ is convex in $" + SEED_000_PARAMS + r"$ where $"
     + SEED_000_N + r"$ and $\rho(x) = \max\{0, x\}$ with $(x_1, y_1) = (1, 1)$ and $(x_2, y_2) = (-1, -1)$", False),
    # seed 002: "consider the function f(x,y)=xy ... not convex in x and y jointly"; "x^2 y^2, which is non-convex"
    (r"$f(x,y)=xy$ is convex", False),
    (r"$f(x,y)=xy$ is not convex in $x$ and $y$ jointly", True),
    (r"$f(x,y)=x^2y^2$ is non-convex", True),
    (r"$f(x,y)=x^2y^2$ is convex", False),
    # seed 003: f(x) = relu(w_1 relu(w_0 x + b_0) + b_1), loss (x_0 - f(x_0))^2 at one data point
    (r"$(x_0-f(x_0))^2$ is convex in $w_0, b_0, w_1, b_1$ where $f(x)=relu(w_1relu(w_0x+b_0)+b_1)$ and $x_0 = 1$",
     False),
    (r"$(x_0-f(x_0))^2$ is convex in $w_0, b_0, w_1, b_1$ where $f(x)=relu(w_1relu(w_0x+b_0)+b_1)$ and $x_0 = 2$",
     False),
]

MORE_CLAIMS = [
    (r"Claim: $e^{x}$ is convex in $x$", True),
    (r"$x + 2y$ is affine", True),
    (r"$x^2 - y^2$ is not concave", True),
    (r"$x y$ is neither convex nor concave", True),
    (r"$x^2$ is neither convex nor concave", False),
    (r"$\log(x)$ is concave", True),
    (r"$-\log(x)$ is convex on $x > 0$", True),
    (r"$x$ is strictly convex", False),          # affine: refutes strictness
    (r"$\sigma(x)$ is strictly concave", False),
    (r"$x^2$ is convex on $[0, 1]$", True),
    (r"$\sum_{i=1}^{n} (w x_i - y_i)^2$ is convex in $w$ where $n = 2$, $(x_1, y_1) = (1, 2)$, $(x_2, y_2) = (3, 4)$",
     True),
]


def assert_checked(result, expected):
    assert result.holds is expected, (result.curvature, result.explanation)
    assert result.verified is True
    assert result.certificates
    statements = set()
    for cert in result.certificates:
        statements.add(verify(cert))
        assert verify(from_json(cert.to_json())) == cert.statement      # the JSON alone re-verifies
    # the answer follows from what the checker accepted
    from symconvex.facts import derive, summary
    facts = derive({s: [] for s in statements})
    assert set(facts) == set(result.facts)
    assert summary(facts) == result.curvature
    claim = result.claim
    assert decide(claim.property, claim.negated, facts) is expected


@pytest.mark.parametrize("text, expected", CLAIMS_TABLE)
def test_claims_table_answers_with_verified_certificates(text, expected):
    assert_checked(check_claim(text, timeout=30), expected)


@pytest.mark.parametrize("text, expected", SEED_CLAIMS)
def test_seed_claims_answers_with_verified_certificates(text, expected):
    assert_checked(check_claim(text, timeout=30), expected)


@pytest.mark.parametrize("text, expected", MORE_CLAIMS)
def test_more_claims(text, expected):
    assert_checked(check_claim(text, timeout=30), expected)


def test_strict_convexity_is_never_claimed_from_a_convexity_proof():
    from symconvex.facts import derive
    assert "strictly_convex" not in derive({"convex": [0], "not_concave": [1]})
    # x^4: 12 x^2 vanishes at 0, so strictness needs its own certificate (isolated zeros of an analytic f'')
    result = check_claim(r"$x^4$ is strictly convex", timeout=30)
    assert result.holds is True
    assert {c.kind for c in result.certificates if c.statement == "strictly_convex"} == {"hessian"}
    assert check_claim(r"$x^4$ is not strictly convex", timeout=30).holds is False


def test_strict_convexity_holds_with_a_positive_definite_hessian_certificate():
    result = check_claim(r"$x^2$ is strictly convex", timeout=30)
    assert result.holds is True
    assert "strictly_convex" in {c.statement for c in result.certificates}


# ------------------------------------------------------------------------------------------ reading

def test_seed_000_theta_tuple_reads_as_seven_parameters_and_data():
    claim = parse_claim(SEED_CLAIMS[0][0])
    names = [v.name for v in claim.variables]
    assert names == ["(A_1)_{1,1}", "(A_1)_{2,1}", "(b_1)_1", "(b_1)_2", "(A_2)_{1,1}", "(A_2)_{1,2}", "b_2"]
    s = {n: symbol(n) for n in names}

    def net(x_):
        return (s["b_2"] + s["(A_2)_{1,1}"] * relu(s["(A_1)_{1,1}"] * x_ + s["(b_1)_1"])
                + s["(A_2)_{1,2}"] * relu(s["(A_1)_{2,1}"] * x_ + s["(b_1)_2"]))

    expected = sp.Rational(1, 2) * ((net(1) - 1) ** 2 + (net(-1) + 1) ** 2)
    assert sp.expand(claim.function - expected) == 0
    assert claim.property == "convex" and not claim.negated
    assert claim.name == "L"
    assert parse_claim(SEED_CLAIMS[1][0]).function == claim.function


def test_seed_003_function_definition_and_data_point():
    claim = parse_claim(SEED_CLAIMS[6][0])
    w0, b0, w1, b1 = (symbol(n) for n in ("w_0", "b_0", "w_1", "b_1"))
    assert claim.variables == (w0, b0, w1, b1)
    assert claim.function == (1 - relu(w1 * relu(w0 + b0) + b1)) ** 2
    assert claim.values == {"x_0": 1}


@pytest.mark.parametrize("text, prop, negated", [
    (r"$x^2$ is convex", "convex", False),
    (r"$x^2$ is not convex", "convex", True),
    (r"$x^2$ is non-convex", "convex", True),
    (r"$x^2$ is nonconvex", "convex", True),
    (r"$x^2$ is not non-convex", "convex", False),
    (r"$x^2$ is concave", "concave", False),
    (r"$x^2$ is non-concave", "concave", True),
    (r"$x^2$ is affine", "affine", False),
    (r"$x^2$ is strictly convex", "strictly convex", False),
    (r"$x^2$ is strictly concave", "strictly concave", False),
    (r"$x^2$ is neither convex nor concave", "neither", False),
    (r"$x^2$ is a convex function", "convex", False),
    (r"Claim: $x^2$ is convex.", "convex", False),
    (r"The loss $x^2$ is convex", "convex", False),
])
def test_property_words(text, prop, negated):
    claim = parse_claim(text)
    assert (claim.property, claim.negated) == (prop, negated)


@pytest.mark.parametrize("text, names", [
    (r"$f(x, y) = x y$ is convex", ["x", "y"]),
    (r"$x y$ is convex", ["x", "y"]),
    (r"$f(x, y) = x$ is convex", ["x", "y"]),               # the head lists the variables
    (r"$w_1 w_2$ is convex in $(w_1, w_2)$", ["w_1", "w_2"]),
    (r"$w_1 w_2$ is convex with respect to $w_2, w_1$", ["w_2", "w_1"]),
    (r"$w_1 w_2$ is convex jointly in $w_1$ and $w_2$", ["w_1", "w_2"]),
    (r"$a x$ is convex in $x$ where $a = 3$", ["x"]),
    (r"$g(\theta) = \theta_1 \theta_2$ is convex in $\theta$ where $\theta = (\theta_1, \theta_2)$",
     ["theta_1", "theta_2"]),
    (r"f(x, y) = x^2 + y^2 is convex", ["x", "y"]),           # bare LaTeX, no dollars
])
def test_variables(text, names):
    assert [v.name for v in parse_claim(text).variables] == names


@pytest.mark.parametrize("text, domain", [
    (r"$x^2$ is convex", None),
    (r"$x^2$ is convex on $\mathbb{R}$", []),
    (r"$x^2$ is convex over $x > 0$", [x > 0]),
    (r"$x^2$ is convex for $x \ge 0$", [x >= 0]),
    (r"$x^2$ is convex when $0 \le x \le 1$", [sp.LessThan(0, x), x <= 1]),
    (r"$x^2$ is convex on $[0, 1]$", [x >= 0, x <= 1]),
    (r"$x^2$ is convex for $x \in (0, \infty)$", [x > 0]),
    (r"$x y$ is convex on $x > 0$, $y > 0$", [x > 0, y > 0]),
    (r"$x y$ is convex on $x > 0 \text{ and } y > 0$", [x > 0, y > 0]),
    (r"$x y$ is convex on $(x, y) \in \mathbb{R}^2_{++}$", [x > 0, y > 0]),
    (r"$x y$ is convex on $\mathbb{R}_{+}$", [x >= 0, y >= 0]),
    (r"$a x^2$ is convex on $x > b$ where $a = 1, b = 2$", [x > 2]),
])
def test_domains(text, domain):
    got = parse_claim(text).domain
    if domain is None:
        assert got is None
        return
    assert len(got) == len(domain)
    for g, e in zip(got, domain):
        assert type(g) is type(e) and sp.expand(g.lhs - g.rhs - (e.lhs - e.rhs)) == 0


def test_definitions_bind_relu_names_and_override_sigma():
    claim = parse_claim(r"$\phi(x)$ is convex where $\phi(z) = (z)_+$")
    assert claim.function == relu(x)
    claim = parse_claim(r"$\sigma(x)$ is convex where $\sigma(t) = t^2$")
    assert claim.function == x ** 2
    claim = parse_claim(r"$h(x)^2$ is convex where $h(x) = g(x) + 1$, $g(t) = 2t$")
    assert claim.function == (2 * x + 1) ** 2


@pytest.mark.parametrize("text, fragment", [
    ("", "empty claim"),
    ("convex", "no function"),
    (r"$\frac{1}{$ is convex", "fraction"),
    (r"$\foo(x)$ is convex", "unknown function foo"),
    (r"$\operatorname{blah}(x)$ is convex", "unknown function blah"),
    (r"$x$ is pretty", "expected a property"),
    (r"$x$ is convex in $y$", "neither a variable nor given a value"),
    (r"$x y$ is convex in $z$", "does not depend on z"),
    (r"$x is convex", "'$'"),
    (r"$x^2$ is convex for $x \ne 0$", "not convex"),
    (r"$x^2$ is convex on $y > 0$", "not a variable"),
    (r"$\frac{1}{x}$ is convex", "not convex"),
    (r"$h(x)$ is convex where $h(x) = h(x) + 1$", "itself"),
    (r"$x_1 y$ is convex in $x_1, y$ where $x_1 = 2$", "also given a value"),
    (r"$(x_1 - y_1)^2$ is convex in $w$ where $(x_1, y_1) = (1, 2, 3)$", "3 values"),
])
def test_unreadable_claims_raise_one_line_claim_errors(text, fragment):
    with pytest.raises(ClaimError) as info:
        check_claim(text, timeout=5)
    assert fragment in str(info.value)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, ValueError)


# ------------------------------------------------------------------------------------------ answers

@pytest.mark.parametrize("prop, fact", [
    ("convex", "convex"), ("concave", "concave"), ("affine", "affine"),
    ("strictly convex", "strictly_convex"), ("strictly concave", "strictly_concave"),
])
def test_decision_reads_the_fact_and_its_negation(prop, fact):
    assert decide(prop, False, {fact}) is True
    assert decide(prop, True, {fact}) is False
    assert decide(prop, False, {"not_" + fact}) is False
    assert decide(prop, True, {"not_" + fact}) is True
    assert decide(prop, False, set()) is None


def test_neither_needs_both_refutations():
    assert decide("neither", False, {"not_convex", "not_concave"}) is True
    assert decide("neither", False, {"not_convex"}) is None
    assert decide("neither", False, {"concave", "not_convex"}) is False
    assert decide("neither", True, {"convex"}) is True


def test_a_refutation_is_not_lost_behind_the_summary():
    """ln(3x) on x > 0: concave, and not convex; the claim 'convex' is refuted by the second fact."""
    from symconvex.facts import derive, summary
    facts = derive({"concave": [0], "not_convex": [1]})
    assert summary(facts) == "concave"
    assert decide("convex", False, facts) is False



def test_to_json_has_the_contract_fields():
    result = check_claim(r"$f(x,y) = xy$ is convex", timeout=30)
    data = json.loads(result.to_json())
    assert {"holds", "curvature", "certificates", "verified", "error"} <= set(data)
    assert data["error"] is None and data["holds"] is False and data["curvature"] == "neither"
    assert all(verify(from_json(c)) in ("not_convex", "not_concave") for c in data["certificates"])


def test_timeout_gives_undecided_not_a_hang():
    text = (r"$\sum_{i=1}^{30} \log(1 + e^{x_i y_i - x_{i} + y_i^3}) \cdot \sigma(x_i + y_i) + \max(0, x_i y_i - 1)$"
            r" is convex")
    start = time.monotonic()
    try:
        result = check_claim(text, timeout=2)
    except ClaimError as exc:   # reading may itself run out of time: still a one-line answer
        assert "longer than" in str(exc)
    else:
        assert result.holds in (None, True, False)
        if result.holds is not None:
            assert result.verified
    assert time.monotonic() - start < 10


def test_a_search_that_never_ends_becomes_undecided(monkeypatch):
    import symconvex.claims as claims

    def endless(*args, **kwargs):
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(claims, "analyze", endless)
    start = time.monotonic()
    result = check_claim(r"$x y$ is convex", timeout=0.5)
    assert result.holds is None and result.curvature == "unknown" and not result.verified
    assert "out of time" in result.explanation
    assert time.monotonic() - start < 3


def test_an_engine_failure_is_undecided_never_an_answer(monkeypatch):
    import symconvex.claims as claims

    def broken(*args, **kwargs):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(claims, "analyze", broken)
    result = check_claim(r"$x y$ is convex", timeout=5)
    assert result.holds is None and "ZeroDivisionError" in result.explanation


# ------------------------------------------------------------------------------------------ garbage in

FRAGMENTS = [r"$", "x", "y", "w_1", r"\frac{", "}", "{", "(", ")", "^", "_", "2", "0.5", "+", "-", r"\cdot",
             r"\max", r"\min", r"\{", r"\}", ",", r"\log", r"\sigma", r"\rho", "e^{", "|", r"\sum_{i=1}^{2}",
             " is ", " convex", " concave", " not", " in ", " on ", " where ", "=", ">", r"\le", r"\in",
             r"\mathbb{R}", r"\operatorname{ReLU}", "(z)_+", r"\sqrt", " and ", ";", r"\text{", "relu(", r"\infty",
             "x_i", "!", "'", r"\\", "%", "&", r"\left(", r"\right)", "é", "\n"]
VALID = [t for t, _ in CLAIMS_TABLE] + [r"$x^2$ is convex on $x > 0$", r"$|x - 1|$ is convex"]


def _garble(draw_ops, text):
    for kind, pos, frag in draw_ops:
        k = pos % (len(text) + 1)
        if kind == 0:
            text = text[:k] + frag + text[k:]
        elif kind == 1:
            text = text[:k] + text[k + 1:]
        else:
            text = text[:k] + text[k + 3:] + text[k:k + 3]
    return text


claims_strategy = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=14).map("".join),
    st.text(max_size=40),
    st.builds(_garble, st.lists(st.tuples(st.integers(0, 2), st.integers(0, 200), st.sampled_from(FRAGMENTS)),
                                min_size=1, max_size=3), st.sampled_from(VALID)),
)


@settings(max_examples=examples(150, default=40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims_strategy)
def test_any_text_gets_an_answer_or_a_one_line_claim_error(text):
    start = time.monotonic()
    try:
        result = check_claim(text, timeout=1)
    except ClaimError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
    else:
        assert isinstance(result.claim, Claim)
        assert result.holds in (True, False, None)
        if result.holds is not None:
            assert result.verified and all(verify(c) for c in result.certificates)
        json.loads(result.to_json())
    assert time.monotonic() - start < 8


def test_public_check_claim():
    import symconvex

    result = symconvex.check_claim(r"$\max(0, x)$ is convex", timeout=30)
    assert result.holds is True and result.verified
    with pytest.raises(symconvex.ClaimError):
        symconvex.check_claim(r"$\frac{1}{$ is convex")


def test_every_builtin_function_name_reads_as_the_function_in_plain_letters():
    """sqrt(x), abs(x), sigma(x), atan(x) ... without a backslash are the functions, never the product of their
    letters (s·q·r·t·x was read before): the plain words are exactly the built-in names a user types."""
    from symconvex.parsing import BUILTINS, PLAIN_WORDS, parse_expression
    assert set(PLAIN_WORDS) == set(BUILTINS) - {"normtwo", "normone", "norminf"}
    x = sp.Symbol("x", real=True)
    y = sp.Symbol("y", real=True)
    for word in PLAIN_WORDS:
        if word == "logistic":      # two meanings in use: refused alone (tests/test_claim_spellings.py)
            continue
        args = [x, y] if BUILTINS[word][0] in (None, 2) else [x]   # max, min, kl_div, rel_entr take two
        if word == "power":     # power(x, p) takes a number p
            args = [x, sp.Rational(3, 2)]
        plain = parse_expression(f"{word}({', '.join(str(a) for a in args)})")
        assert plain.free_symbols == {a for a in args if a.is_Symbol}, word
        assert sp.simplify(plain - BUILTINS[word][1](args)) == 0, word


@pytest.mark.parametrize("text, function, holds", [
    ("-sqrt(x) is concave on x>0", "-sqrt(x)", False),
    ("sqrt(x) is concave on x>0", "sqrt(x)", True),
    ("abs(x) is convex", "Abs(x)", True),
    ("atan(x) is convex", "atan(x)", False),
])
def test_plain_function_calls_are_claims_about_that_function(text, function, holds):
    result = check_claim(text, timeout=30)
    x = sp.Symbol("x", real=True)
    assert result.claim.function == sp.sympify(function, locals={"x": x}) and tuple(result.claim.variables) == (x,)
    assert result.holds is holds and result.verified


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("text, function, holds", [
    (r"$\operatorname{huber}(x)$ is convex", "Min(1, Abs(x))**2 + 2*relu(Abs(x) - 1)", True),
    (r"$\operatorname{huber}(x)$ is strictly convex", "Min(1, Abs(x))**2 + 2*relu(Abs(x) - 1)", False),
    ("huber(x, 2) is concave", "Min(2, Abs(x))**2 + 4*relu(Abs(x) - 2)", False),
    (r"$\operatorname{square}(x) + \operatorname{abs}(y)$ is strictly convex", "x**2 + Abs(y)", False),
    ("square(x - y) is convex", "(x - y)**2", True),
    ("xexp(x) is convex on x >= 0", "x*exp(x)", True),
])
def test_cvxpy_atom_names_are_their_formulas(text, function, holds):
    """CVXPY's square, xexp and huber(x, M) (x^2 for |x| <= M, 2M|x| - M^2 beyond) typed by name are their formulas;
    the answer is about that formula, with certificates the checker accepts."""
    from answers import answered
    from symconvex.functions import relu
    x, y = sp.symbols("x y", real=True)
    result = answered(text)
    expected = sp.sympify(function, locals={"x": x, "y": y, "relu": relu})
    assert sp.simplify(result.claim.function - expected) == 0
    assert result.holds is holds


def test_huber_is_the_same_function_as_cvxpys_definition_by_cases():
    """min(|x|, M)^2 + 2M max(|x| - M, 0) equals x^2 on |x| <= M and 2M|x| - M^2 beyond, at exact points on both
    sides of the threshold (M = 1 and M = 3/2)."""
    from symconvex.parsing import BUILTINS
    x = sp.Symbol("x", real=True)
    for M in (sp.Integer(1), sp.Rational(3, 2)):
        f = BUILTINS["huber"][1]([x, M])
        for v in (sp.Rational(-7, 2), -M, sp.Rational(-1, 3), 0, sp.Rational(5, 4), M, 4):
            expected = v ** 2 if abs(v) <= M else 2 * M * abs(v) - M ** 2
            assert f.subs(x, v) == expected


@pytest.mark.parametrize("text, message", [
    ("huber(x, -1) is convex", "threshold M must be a number > 0"),
    ("huber(x, y) is convex", "threshold M must be a number > 0"),
    ("huber(x, 1, 2) is convex", "huber takes 1 or 2 arguments"),
    (r"$\square x^2$ is convex", "unknown command"),   # \square is LaTeX's box, not CVXPY's square
])
def test_cvxpy_atom_names_refuse_what_they_cannot_mean(text, message):
    with pytest.raises(ClaimError, match=message):
        check_claim(text)


@pytest.mark.parametrize("text, function, holds", [
    (r"Euclidean norm with $q = 2$: $\sqrt{u^2 + v^2}$ is strictly convex", "sqrt(u**2 + v**2)", False),
    (r"The case $k = 3$: $|u|^3 + |v|^3$ is convex", "Abs(u)**3 + Abs(v)**3", True),
    (r"Max-norm, $r = \infty$: $\max(|u|, |v|)$ is concave", "Max(Abs(u), Abs(v))", False),
])
def test_a_title_giving_an_unused_letter_a_number_is_a_label(text, function, holds):
    """A title whose math only gives a letter a number, the letter absent from the function, cannot change the
    function: the claim is about the formula after it."""
    from answers import answered
    u, v = sp.symbols("u v", real=True)
    result = answered(text)
    assert sp.simplify(result.claim.function - sp.sympify(function, locals={"u": u, "v": v})) == 0
    assert result.holds is holds


@pytest.mark.parametrize("text, function, holds", [
    (r"The quantile loss with $\tau = 0.2$, $\max(0.2 u, -0.8 u)$, is strictly convex in $u$",
     "Max(u/5, -4*u/5)", False),
    (r"A CES case with $\rho = 2$, $\sqrt{u^2 + v^2}$, is convex on $u > 0, v > 0$", "sqrt(u**2 + v**2)", True),
    (r"With $\gamma = 3$: $\log(u) + \log(v)$ is strictly concave on $u > 0, v > 0$", "log(u) + log(v)", True),
    (r"The density with shape $k = 1/2$, $\frac{e^{-u}}{\sqrt{u}}$, is convex on $u > 0$", "exp(-u)/sqrt(u)", True),
])
def test_a_label_before_a_comma_or_with_a_greek_letter_is_a_title(text, function, holds):
    r"""Exercise sheets put the parameter's value first and the formula after a comma ("The pinball loss with
    $\tau = 0.3$, $\max(0.3 r, -0.7 r)$, is convex"): when every math block before the formula only gives a number
    to a letter (Latin or Greek) that the formula does not use, it is a label, and the claim is about the formula."""
    from answers import answered
    u, v = sp.symbols("u v", real=True)
    result = answered(text)
    assert sp.simplify(result.claim.function - sp.sympify(function, locals={"u": u, "v": v})) == 0
    assert result.holds is holds


@pytest.mark.parametrize("text", [
    r"Take $x = 2$: $x^2 + y^2$ is convex",    # a point, not a value introduced by for / with / let: never dropped
    r"With $\epsilon = 1$, $\varepsilon x^2$ is convex",      # the same letter in its other spelling: the value
    r"With $\varphi = 1$: $\phi x^2$ is convex in $x$",       # would not reach it, and it is not dropped either
])
def test_a_title_whose_math_could_change_the_claim_is_refused(text):
    with pytest.raises(ClaimError):
        check_claim(text)


@pytest.mark.parametrize("text, function, holds", [
    (r"With $a = 2$: $a x^2$ is convex", "2*x**2", True),               # the letter is in the function: its value
    (r"With $a = -2$: $a x^2$ is convex", "-2*x**2", False),
    (r"With $\lambda = 2$, $\lambda x^2$ is convex", "2*x**2", True),  # a Greek letter the function uses
    (r"With $\lambda = -2$, $λ x^2$ is convex", "-2*x**2", False),     # typed in unicode
    (r"For $a = 1$, $b = 2$, $x^2 + b$ is convex", "x**2 + 2", True),   # one of the values is used
])
def test_a_value_before_the_formula_for_a_letter_it_uses_is_given_to_it(text, function, holds):
    """"With $a = 2$: $a x^2$ ..." says what a is (``sentences.values_before_formula``): the claim is about 2x^2."""
    from answers import answered
    x = sp.Symbol("x", real=True)
    result = answered(text)
    assert sp.expand(result.claim.function - sp.sympify(function, locals={"x": x})) == 0
    assert result.holds is holds


@pytest.mark.parametrize("text, function, holds", [
    (r"$\frac{1}{q}|u|^q$ with $q = 4$ is strictly convex", "u**4/4", True),
    (r"$\frac{u^2}{c}$ with $c = -3$ is convex", "-u**2/3", False),
])
def test_a_value_the_claim_gives_settles_the_written_formulas_condition(text, function, holds):
    """The written formula is defined only where q != 0; with q = 4 given, that condition is 4 != 0, true, so the
    claim is about u^4/4 on R (it was refused as a condition the simplified formula lost)."""
    from answers import answered
    u = sp.Symbol("u", real=True)
    result = answered(text)
    assert sp.simplify(result.claim.function - sp.sympify(function, locals={"u": u})) == 0
    assert result.holds is holds


def test_a_value_that_breaks_the_written_formulas_condition_is_refused():
    with pytest.raises(ClaimError, match="undefined at the values"):
        check_claim(r"$\log(c) u^2$ with $c = -1$ is convex")


@pytest.mark.parametrize("text, variables, holds", [
    (r"The logistic loss $\log(1 + e^{-(u_1 - 3u_2)})$ is convex in $u$", ("u_1", "u_2"), True),
    (r"The logistic loss $\log(1 + e^{-(u_1 - 3u_2)})$ is strictly convex in $u$", ("u_1", "u_2"), False),
    (r"$(u_1 u_2 u_3 - 2)^2$ is convex in $u$", ("u_1", "u_2", "u_3"), False),
    (r"$u_2^2 + u_{10}^2 + u_1^2$ is strictly convex in $u$", ("u_1", "u_2", "u_10"), True),
])
def test_a_vector_named_by_its_letter_is_all_its_coordinates(text, variables, holds):
    """ML notes say "convex in $w$" of a formula in w_1, w_2: the letter the formula does not use, whose coordinates
    it uses, names the vector of them, every coordinate a variable (in their numeric order)."""
    from answers import answered
    result = answered(text)
    assert tuple(v.name.replace("{", "").replace("}", "") for v in result.claim.variables) == variables
    assert not result.claim.parameters
    assert result.holds is holds


def test_a_letter_with_coordinates_and_other_symbols_leaves_those_parameters():
    """Only the letter's own coordinates become variables; another symbol stays a parameter."""
    from answers import answered
    result = answered(r"$u_1^2 - c^2$ is strictly convex in $u$")
    assert [v.name for v in result.claim.variables] == ["u_1"]
    assert [p.name for p in result.claim.parameters] == ["c"]
    assert result.holds is True


def test_a_function_defined_twice_differently_is_refused():
    """"$f(x) = x^2$ is convex where $f(x) = x^3$" was answered about x^2 (holds), while the other definition is not
    convex: which f is meant? Two formulas that are not the same function are a one-line error."""
    with pytest.raises(ClaimError, match="defined twice"):
        check_claim(r"$g(u) = u^2$ is convex where $g(u) = u^3$")
    with pytest.raises(ClaimError, match="defined twice"):
        check_claim(r"$g(u) = u^2$ is convex where $g(t) = -t^2$")
    from answers import answered
    same = answered(r"$g(u) = u^2$ is strictly convex where $g(t) = t^2$")   # the same function: fine
    assert same.holds is True and same.claim.function == sp.Symbol("u", real=True) ** 2


@pytest.mark.parametrize("text, variables, holds", [
    (r"$\log(1 + e^{-3u})$ is strictly convex in the logit $u$", ("u",), True),
    (r"$(u_1 u_2 - 2)^2$ is convex in the weights $u$", ("u_1", "u_2"), False),
    (r"$u v$ is convex in the variable $u$", ("u",), True),
])
def test_a_noun_before_the_variables_math_names_it(text, variables, holds):
    """Lecture notes say "convex in the logit $z$", "in the weights $w$": after "the", a lowercase word directly
    followed by math only names what the math is; the variables are the math's."""
    from answers import answered
    result = answered(text)
    assert tuple(v.name for v in result.claim.variables) == variables
    assert result.holds is holds


def test_a_noun_without_math_after_it_is_still_refused():
    with pytest.raises(ClaimError, match="names the variables in words"):   # u and v: not one letter's coordinates
        check_claim(r"$u^2 + v$ is convex in the logits")
