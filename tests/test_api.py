"""The Python API as a SymPy user meets it: LaTeX or SymPy functions, domains as relations, strings or a Domain,
floats refused with the exact spelling, regions() as a list, and the README's Python snippets run."""

import importlib
import pathlib
import re
from fractions import Fraction

import pytest
import sympy as sp

import symconvex
from symconvex.api_input import coerce_domain, coerce_function, coerce_input
from symconvex.domain import Domain
from symconvex.errors import InputError

x, y = sp.symbols("x y")


# ---------------------------------------------------------------------------------------- coerce_input

def test_a_string_domain_is_read_like_the_cli_reads_it():
    f, domain = coerce_input(x**2 / y, "y > 0")
    assert f == x**2 / y
    assert [str(c) for c in domain] == ["y > 0"]
    assert isinstance(domain[0], sp.StrictGreaterThan) and domain[0].lhs.name == "y" and domain[0].rhs == 0


def test_a_latex_function_is_read_exactly():
    f, domain = coerce_input(r"\frac{x^2}{y}", None)
    assert domain is None
    assert sp.simplify(f - sp.Symbol("x", real=True)**2 / sp.Symbol("y", real=True)) == 0
    assert coerce_function("0.1 x^2").coeff(sp.Symbol("x", real=True)**2) == sp.Rational(1, 10)
    assert coerce_function("1e-3") == sp.Rational(1, 1000)


@pytest.mark.parametrize("domain,expected", [
    ("x > 0, y > 0", ["x > 0", "y > 0"]),
    (r"0 \le x \le 1", ["0 <= x", "x <= 1"]),
    (r"x \in (0, \infty)", ["x > 0"]),
    (x > 0, ["x > 0"]),
    (sp.And(x > 0, y < 1), ["x > 0", "y < 1"]),
    (["x > 0", y < 1], ["x > 0", "y < 1"]),
    ((x >= 0, "y \\ge 2"), ["x >= 0", "y >= 2"]),
    (Domain.build((x, y), [x > 0]), ["x > 0"]),
    ([], []),
    (None, None),
])
def test_domains_in_every_accepted_form(domain, expected):
    got = coerce_domain(domain)
    assert (None if got is None else [str(c) for c in got]) == expected


@pytest.mark.parametrize("f,domain,message", [
    (0.1 * x**2, None, 'the function contains the float 0.1: floats are not exact; write sympy.Rational("0.1")'),
    (0.5, None, 'the function is the float 0.5'),
    (x**2, x > 0.1, 'contains the float 0.1'),
    (x**2, [x > 0, 0.25], 'the domain contains the float 0.25'),
    (x**2, 3, "a domain is a SymPy relation"),
    (x**2, object(), "a domain is a SymPy relation"),
    (object(), None, "must be a SymPy expression or a LaTeX string"),
    (sp.Eq(x, 1), None, "must be a real-valued expression"),
    ("f(x)", None, "unknown function f"),
    (x**2, "x > ", "incomplete inequality"),
])
def test_bad_input_is_one_input_error(f, domain, message):
    with pytest.raises(InputError) as info:
        coerce_input(f, domain)
    text = str(info.value)
    assert message in text and "\n" not in text


def test_exact_numbers_are_welcome():
    assert coerce_function(Fraction(1, 3)) == sp.Rational(1, 3)
    assert coerce_function(sp.Rational(1, 10) * x) == x / 10
    assert coerce_input(x, x > sp.Rational("0.1"))[1] == [x > sp.Rational(1, 10)]


# ---------------------------------------------------------------------------------------- symconvex.analyze

def test_analyze_reads_latex_and_a_string_domain():
    # x²/y on y > 0 is the quadratic-over-linear function: convex, by the composition rules
    a = symconvex.analyze(r"\frac{x^2}{y}", domain="y > 0")
    assert a.curvature.value == "convex" and a.verified
    assert [str(c) for c in a.domain.constraints] == ["y > 0"]
    b = symconvex.analyze(x**2 / y, domain="y > 0")
    assert b.curvature.value == "convex" and sp.srepr(b.function) == sp.srepr(a.function)


def test_analyze_with_a_string_domain_is_not_the_natural_domain():
    # -log(x) is convex on x > 0; on x > 0 with y in it too, the list form adds y's bound
    a = symconvex.analyze(r"-\log(x) + y", domain=["x > 0", y < 3])
    assert a.curvature.value == "convex"
    assert [str(c) for c in a.domain.constraints] == ["x > 0", "y < 3"]


def test_analyze_refuses_a_float_instead_of_guessing():
    with pytest.raises(InputError, match=r'sympy\.Rational\("0\.1"\)'):
        symconvex.analyze(0.1 * x**2)


def test_analyze_still_takes_a_network():
    net = symconvex.Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)])
    assert symconvex.analyze(net, timeout=30).curvature.value == "neither"


# ---------------------------------------------------------------------------------------- regions

def test_symconvex_regions_is_callable_even_once_the_submodule_is_imported():
    importlib.import_module("symconvex.regions")    # the package attribute is now the module ...
    net = symconvex.Network([1, 1, 1], "relu", data=[(1, 1)])
    assert len(symconvex.regions(net)) == 2          # ... and calling it lists them: w x + b > 0 or < 0 at x = 1


def test_regions_is_a_sequence_and_iter_regions_the_same_lazily():
    from symconvex.regions import iter_regions

    net = symconvex.Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)])
    found = symconvex.regions(net)
    assert len(found) == 16                         # Cover: 4 cells per unit, two units
    assert found[0].pattern == next(iter_regions(net)).pattern
    assert [r.pattern for r in found] == [r.pattern for r in iter_regions(net)]
    assert symconvex.hessian(net, found[-1]).shape == (7, 7)


def test_regions_refuses_to_list_more_than_it_can_hold(monkeypatch):
    module = importlib.import_module("symconvex.regions")
    monkeypatch.setattr(module, "MAX_LISTED", 10)
    net = symconvex.Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)])
    with pytest.raises(InputError, match=r"16 regions, more than 10 to list \(1-2-1 relu net.*\); .*iter_regions"):
        module.regions(net)


# ---------------------------------------------------------------------------------------- README

README = (pathlib.Path(__file__).parent.parent / "README.md").read_text()
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


def test_the_readme_shows_check_claim_and_network():
    code = "\n".join(PYTHON_BLOCKS)
    assert "check_claim(" in code and "Network(" in code


@pytest.mark.parametrize("block", [b for b in PYTHON_BLOCKS if "certify_large" not in b],
                         ids=lambda b: b.splitlines()[0][:40])
def test_readme_python_block_runs_and_says_what_its_comments_say(block):
    """The block runs, and each line ending in ``# -> VALUE`` evaluates to exactly VALUE (its repr)."""
    lines = []
    for line in block.splitlines():
        code, arrow, said = line.partition("# -> ")
        lines.append(f"assert repr({code.strip()}) == {said.strip()!r}, {line!r}" if arrow else line)
    exec(compile("\n".join(lines), "README.md", "exec"), {})  # the README's own code, not user input


# ---------------------------------------------------------------------------------------- timeouts

@pytest.mark.parametrize("timeout", [-1, 0, float("nan"), float("inf"), "abc", True, 10 ** 7])
def test_analyze_refuses_a_timeout_that_is_not_positive_finite_seconds(timeout):
    with pytest.raises(InputError, match="expected a positive number of seconds"):
        symconvex.analyze(x**2, timeout=timeout)


def test_a_positive_timeout_in_seconds_is_taken():
    assert symconvex.analyze(x**2, timeout=Fraction(30)).curvature.value == "convex"


def test_the_issue_14_api_items():
    """analyze takes LaTeX and string domains; is_* are three-valued from the facts; to_json on every result;
    LaTeX and HTML displays; regions() is a sequence."""
    import json

    import sympy as sp

    import symconvex
    from symconvex import Network, analyze, check_claim, regions

    a = analyze("\\frac{x^2}{y}", domain="y > 0")
    assert a.is_convex is True and a.is_concave is False and a.is_strictly_convex is False
    x, y = sp.symbols("x y")
    assert analyze(x ** 2 / y, domain="y > 0").is_convex is True
    assert json.loads(a.to_json())["facts"]["convex"] == [0]
    result = check_claim(r"$x^2$ is convex")
    assert json.loads(result.to_json())["holds"] is True
    assert "convex" in a._repr_latex_() and "<math" in a._repr_html_()
    assert "holds" in result._repr_latex_() and "holds" in result._repr_html_()
    rs = regions(Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)]))
    assert len(rs) == 16 and rs[0].pattern is not None
    assert symconvex.analyze(x * y).is_convex is False
