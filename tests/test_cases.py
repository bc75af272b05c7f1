r"""Functions defined by cases (``parsing.cases``): the formula read is exactly the function defined (checked at
many exact points against the rows), the claim's variables, and the verdict with certificates the independent
checker accepts; cases that do not define one continuous function of one split variable are one-line errors."""


import pytest
import sympy as sp

from symconvex.claims import parse_claim
from symconvex.errors import ClaimError, InputError
from symconvex.parsing import cases_value, extract_cases, parse_internal, symbol
from answers import answered

x, y, z = symbol("x"), symbol("y"), symbol("z")
POINTS = [sp.Rational(k, 4) for k in range(-20, 21)] + [sp.Rational(7, 3), sp.Rational(-11, 7), 100, -100]



def _by_rows(rows, t, point, other=None):
    """The value the rows define at t = point, by the conditions as written (Python, exact)."""
    for expression, holds in rows:
        if holds(point):
            value = expression.xreplace({t: point})
            return value if other is None else value.xreplace(other)
    raise AssertionError(f"no row holds at {point}")


HUBER = r"\begin{cases} \frac{1}{2}x^2 & |x| \le 1 \\ |x| - \frac{1}{2} & |x| > 1 \end{cases}"


@pytest.mark.parametrize("latex, rows", [
    (HUBER, [(x**2 / 2, lambda p: abs(p) <= 1), (sp.Abs(x) - sp.Rational(1, 2), lambda p: abs(p) > 1)]),
    (r"\begin{cases} x^2 & \text{if } x \ge 0 \\ 0 & \text{otherwise} \end{cases}",
     [(x**2, lambda p: p >= 0), (sp.Integer(0), lambda p: True)]),
    (r"\begin{cases} 0 & x < 0 \\ x^2 & 0 \le x \le 1 \\ 2x - 1 & x > 1 \end{cases}",
     [(sp.Integer(0), lambda p: p < 0), (x**2, lambda p: 0 <= p <= 1), (2 * x - 1, lambda p: p > 1)]),
    (r"\begin{cases} x^2, & x \ge 0 \\ -x, & \text{for } x < 0 \end{cases}",
     [(x**2, lambda p: p >= 0), (-x, lambda p: p < 0)]),
    (r"\begin{cases} x^2 \text{ if } x \le 1 \\ x \text{ if } x = 1 \\ 2x - 1 \text{ otherwise} \end{cases}",
     [(x**2, lambda p: p <= 1), (2 * x - 1, lambda p: True)]),
    (r"\begin{cases} 1 - x & x \in [0, 1] \\ x - 1 & x > 1 \\ 1 - x & x < 0 \end{cases}",
     [(1 - x, lambda p: 0 <= p <= 1), (x - 1, lambda p: p > 1), (1 - x, lambda p: p < 0)]),
    (r"\begin{cases} x^2 & \text{if } -1 \le x \le 1 \\ 2|x| - 1 & \text{if } x < -1 \text{ or } x > 1 \end{cases}",
     [(x**2, lambda p: -1 <= p <= 1), (2 * sp.Abs(x) - 1, lambda p: True)]),
    (r"\begin{dcases} x^4 & x \lt 0 \\ 0 & \text{else} \end{dcases}",
     [(x**4, lambda p: p < 0), (sp.Integer(0), lambda p: True)]),
])
def test_the_formula_read_is_the_function_defined(latex, rows):
    text, literals = extract_cases(f"${latex}$")
    assert text == "$\\casesliteral{0}$"
    value = cases_value(literals[0], parse_internal)
    for point in POINTS:
        assert value.xreplace({x: point}) == _by_rows(rows, x, point), point


def test_the_other_variables_ride_along():
    text, literals = extract_cases(r"$\begin{cases} x^2 + y & x \ge 0 \\ y e^{x} + y^2 x & x < 0 \end{cases}$")
    value = cases_value(literals[0], parse_internal)
    rows = [(x**2 + y, lambda p: p >= 0), (y * sp.exp(x) + y**2 * x, lambda p: p < 0)]
    for point in POINTS[::3]:
        for other in (sp.Rational(-3, 2), 0, 5):
            got = value.xreplace({x: point, y: other})
            assert sp.simplify(got - _by_rows(rows, x, point, {y: other})) == 0


@pytest.mark.parametrize("latex, message", [
    (r"\begin{cases} 0 & x \le 0 \\ 1 & x > 0 \end{cases}", "jumps at x = 0"),
    (r"\begin{cases} x^2 & x \ge 0 \\ x & x \le 1 \end{cases}", "overlap"),
    (r"\begin{cases} x^2 & x > 0 \\ 0 & x < 0 \end{cases}", "missing"),
    (r"\begin{cases} x^2 & x \le 1 \\ 5 & x = 1 \\ 2x - 1 & x > 1 \end{cases}", "different values at x = 1"),
    (r"\begin{cases} x^2 & x > y \\ 0 & \text{otherwise} \end{cases}", "one variable"),
    (r"\begin{cases} x^2 & x^2 > 2 \\ 2 & \text{otherwise} \end{cases}", "rational"),
    (r"\begin{cases} x & x > 0 \\ 0 & \text{otherwise} \\ 1 & \text{else} \end{cases}", "two 'otherwise'"),
    (r"\begin{cases} x & x > 0 \\ 0 \end{cases}", "condition"),
])
def test_cases_that_do_not_define_one_continuous_function_are_refused(latex, message):
    with pytest.raises(InputError) as err:
        text, literals = extract_cases(f"${latex}$")
        cases_value(literals[0], parse_internal)
    assert message in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("text, variables, holds", [
    (f"The Huber loss $h(x) = {HUBER}$ is convex", ["x"], True),
    (f"The Huber loss $h(x) = {HUBER}$ is strictly convex", ["x"], False),       # affine for |x| > 1
    (r"$f(x) = \begin{cases} x & x \le 1 \\ 1 & \text{otherwise} \end{cases}$ is concave", ["x"], True),   # min(x, 1)
    (r"$f(x) = \begin{cases} x & x \le 1 \\ 1 & \text{otherwise} \end{cases}$ is convex", ["x"], False),
    (r"$f(x, y) = \begin{cases} x^2 + y & x \ge 0 \\ y & x < 0 \end{cases}$ is convex", ["x", "y"], True),
    (r"$\ell(z)$ is convex where $\ell(z) = \begin{cases} \frac{1}{2}z^2 & |z| \le \delta \\ "
     r"\delta(|z| - \frac{1}{2}\delta) & \text{otherwise} \end{cases}$, $\delta = 2$", ["z"], True),
    (r"$f(x) = \begin{cases} x^3 & x \ge 0 \\ -x^3 & x < 0 \end{cases}$ is strictly convex", ["x"], True),  # |x|^3
    (r"$f(x) = \begin{cases} x^2 & x \le 0 \\ -x^2 & x > 0 \end{cases}$ is neither convex nor concave", ["x"], True),
])
def test_claims_about_functions_by_cases(text, variables, holds):
    claim = parse_claim(text)
    assert [v.name for v in claim.variables] == variables
    assert "cases are read as one continuous formula" in claim.note
    assert answered(text).holds is holds


def test_a_cases_claim_that_cannot_be_read_is_a_one_line_claim_error():
    with pytest.raises(ClaimError) as err:
        parse_claim(r"$f(x) = \begin{cases} 0 & x \le 0 \\ 1 & x > 0 \end{cases}$ is convex")
    assert "jumps" in str(err.value) and "\n" not in str(err.value)


# ------------------------------------------------------------------ cases that define the function on an interval only

@pytest.mark.parametrize("text, domain, holds", [
    # x log x for x > 0 and 0 at 0: continuous at 0, so its curvature on [0, oo) is the one on (0, oo)
    (r"$f(x) = \begin{cases} x \log x & x > 0 \\ 0 & x = 0 \end{cases}$ is strictly convex", ["x > 0"], True),
    (r"$f(x) = \begin{cases} -x \log x & x > 0 \\ 0 & x = 0 \end{cases}$ is concave on $[0, 1]$",
     ["x <= 1", "x > 0", "x >= 0"], True),
    (r"$f(x) = \begin{cases} x^2 & 0 \le x \le 1 \\ 2x - 1 & x > 1 \end{cases}$ is strictly convex", ["x >= 0"], False),
    (r"$f(x) = \begin{cases} x^2 & 0 < x \le 1 \\ 2x - 1 & x > 1 \end{cases}$ is convex", ["x > 0"], True),
])
def test_cases_on_an_interval_make_it_the_domain(text, domain, holds):
    claim = parse_claim(text)
    assert sorted(str(c) for c in claim.domain) == domain
    assert "only, which is read as its domain" in claim.note
    assert answered(text).holds is holds


@pytest.mark.parametrize("text, message", [
    (r"$f(x) = \begin{cases} x \log x & x > 0 \\ 0 & x = 0 \end{cases}$ is convex on $x > -1$", "beyond"),
    (r"$f(x) = \begin{cases} x^2 & 0 < x \le 1 \\ 2x - 1 & x > 1 \end{cases}$ is convex on $x \ge 0$", "beyond"),
    (r"$f(x) = \begin{cases} x \log x & x > 0 \\ 1 & x = 0 \end{cases}$ is convex", "jumps at the end"),
    (r"$\ell(x)$ is convex where $\ell(z) = \begin{cases} z \log z & z > 0 \\ 0 & z = 0 \end{cases}$", "every real z"),
    (r"$f(x) = \begin{cases} x & x < 0 \\ x^2 & x > 1 \end{cases}$ is convex", "missing"),
])
def test_cases_on_a_part_of_the_line_that_do_not_fit_the_claim_are_refused(text, message):
    with pytest.raises(ClaimError) as err:
        parse_claim(text)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_the_python_api_reads_cases_on_the_whole_line():
    from symconvex import analyze

    result = analyze(r"\begin{cases} x^2 & x \ge 0 \\ 0 & x < 0 \end{cases}")
    assert result.curvature.value == "convex" and result.verified
    with pytest.raises(InputError):
        analyze(r"\begin{cases} 1 & x \ge 0 \\ 0 & x < 0 \end{cases}")


@pytest.mark.parametrize("claim", [
    r"$f(x) = \begin{cases} 0 & x \le 0 \\ 1 & x > 0 \end{cases}$ is convex",       # a jump
    r"$f(x) = \begin{cases} x & x \le 0 \\ 1 & x > \end{cases}$ is convex",         # an unreadable condition
    r"$f(x) = \begin{cases} x & x \le 0 \\ x^2 & x > 0 \end{cases$ is convex",      # no \end{cases}
    r"$\sum_{i=1}^{3} x_i$ is convex (written $x_1 + x_2$)",                        # another function restated
])
def test_the_command_line_refuses_unreadable_cases_and_restatements_in_one_line(capsys, claim):
    from symconvex.cli import EXIT_BAD_INPUT, main

    status = main(["check", claim])
    out, err = capsys.readouterr()
    assert status == EXIT_BAD_INPUT and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
