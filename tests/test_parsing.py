r"""The notation layer: each LaTeX spelling yields the SymPy expression it means (CLAIMS.md "Notation")."""

import functools

import pytest
import sympy as sp

from symconvex.errors import DomainError, InputError
from symconvex.functions import relu, sigmoid, softplus
from symconvex.parsing import parse_domain, parse_expression, parse_variables, symbol

x, y, z, a, b = (symbol(n) for n in "xyzab")
w1, w2, w0, b0, b1 = (symbol(n) for n in ("w_1", "w_2", "w_0", "b_0", "b_1"))


def same(latex, expected):
    got = parse_expression(latex)
    assert got == expected or sp.simplify(got - expected) == 0, f"{latex!r} gave {got}, expected {expected}"


@pytest.mark.parametrize("latex, expected", [
    # natural logarithms, not base 10
    (r"\log(x)", sp.log(x)),
    (r"\ln(x)", sp.log(x)),
    (r"\log x", sp.log(x)),
    (r"\log_2(x)", sp.log(x) / sp.log(2)),
    (r"\log(1 + e^{-(w_1 + 2 w_2)})", sp.log(1 + sp.exp(-(w1 + 2 * w2)))),
    (r"\log(e^{x} + e^{y})", sp.log(sp.exp(x) + sp.exp(y))),
    # the sigmoid and the exponential
    (r"\sigma(z)", sigmoid(z)),
    (r"\sigma^2(z)", sigmoid(z) ** 2),
    (r"\frac{1}{1+e^{-x}}", 1 / (1 + sp.exp(-x))),
    (r"e^{z}", sp.exp(z)),
    (r"e^z", sp.exp(z)),
    (r"\exp(z)", sp.exp(z)),
    (r"\exp\left(-\frac{x^2}{2}\right)", sp.exp(-x ** 2 / 2)),
    (r"\tanh(z)", sp.tanh(z)),
    (r"2e^{x}", 2 * sp.exp(x)),
    # ReLU spellings
    (r"\max(0, z)", relu(z)),
    (r"\max\{0, z\}", relu(z)),
    (r"\max \{z,0\}", relu(z)),
    (r"\max\left\{0, z\right\}", relu(z)),
    (r"(z)_+", relu(z)),
    (r"(z)_{+}", relu(z)),
    (r"(x - y)_+", relu(x - y)),
    (r"\operatorname{ReLU}(z)", relu(z)),
    (r"\mathrm{relu}(z)", relu(z)),
    (r"\text{ReLU}(z)", relu(z)),
    (r"relu(z)", relu(z)),
    (r"relu(w_1relu(w_0x+b_0)+b_1)", relu(w1 * relu(w0 * x + b0) + b1)),
    (r"\operatorname{softplus}(z)", softplus(z)),
    # absolute values, min and max with several arguments
    (r"|z|", sp.Abs(z)),
    (r"\left| x - 1 \right|", sp.Abs(x - 1)),
    (r"|x| + |y|", sp.Abs(x) + sp.Abs(y)),
    (r"\lvert x \rvert", sp.Abs(x)),
    (r"\min(x, y, z)", sp.Min(x, y, z)),
    (r"\max(x, y, 1)", sp.Max(x, y, 1)),
    (r"\max(x, y)", sp.Max(x, y)),
    # arithmetic
    (r"\frac{x^2}{y}", x ** 2 / y),
    (r"\frac12 x", x / 2),
    (r"\sqrt{x}", sp.sqrt(x)),
    (r"\sqrt[3]{x}", x ** sp.Rational(1, 3)),
    (r"x \cdot y", x * y),
    (r"x \times y", x * y),
    (r"xy", x * y),
    (r"x^2 y^2", x ** 2 * y ** 2),
    (r"2x", 2 * x),
    (r"x(1 - x)", x * (1 - x)),
    (r"-x^2", -x ** 2),
    (r"x^{2}", x ** 2),
    (r"\frac{1}{2}(a b - 1)^2", (a * b - 1) ** 2 / 2),
    (r"\left(x+1\right)^2", (x + 1) ** 2),
    (r"x/2 + y", x / 2 + y),
    (r"1/2 \cdot x", x / 2),
    (r"a/b/c", a / b / symbol("c")),
    # floats become exact rationals
    (r"0.1 x", sp.Rational(1, 10) * x),
    (r"1.25", sp.Rational(5, 4)),
    # sums over numeric ranges
    (r"\sum_{i=1}^{3} x_i", symbol("x_1") + symbol("x_2") + symbol("x_3")),
    (r"\sum_{i=1}^{2} (x_i - y_i)^2", (symbol("x_1") - symbol("y_1")) ** 2 + (symbol("x_2") - symbol("y_2")) ** 2),
    (r"\sum_{i=1}^2 i x_i + 1", symbol("x_1") + 2 * symbol("x_2") + 1),
    (r"\frac{1}{2}\sum\limits_{j=0}^{1} w_j^2", (w0 ** 2 + w1 ** 2) / 2),
])
def test_notation_yields_the_expression(latex, expected):
    same(latex, expected)


def test_subscripted_names_are_single_symbols():
    assert parse_expression("w_1") == symbol("w_1")
    assert parse_expression("w_{1}") == symbol("w_1")
    assert parse_expression("b_{12}") == symbol("b_{12}")
    assert parse_expression("(A_2)_{1,1}") == symbol("(A_2)_{1,1}")
    assert parse_expression("(b_1)_1") == symbol("(b_1)_1")
    assert parse_expression(r"\theta_1 \theta_2") == symbol("theta_1") * symbol("theta_2")
    assert parse_expression(r"x^{(2)}") == symbol("x^{(2)}")    # a sample index, not a power
    assert parse_expression(r"(A_2)_{1,1} \cdot (b_1)_2").free_symbols == {symbol("(A_2)_{1,1}"), symbol("(b_1)_2")}


def test_seed_000_network_output_reads_as_relus():
    text = (r"b_2 + (A_2)_{1,1} \cdot \max\{0, (A_1)_{1,1} x + (b_1)_1\} + (A_2)_{1,2} \cdot "
            r"\max\{0, (A_1)_{2,1} x + (b_1)_2\}")
    s = {n: symbol(n) for n in ("b_2", "(A_2)_{1,1}", "(A_2)_{1,2}", "(A_1)_{1,1}", "(A_1)_{2,1}", "(b_1)_1",
                                "(b_1)_2")}
    expected = (s["b_2"] + s["(A_2)_{1,1}"] * relu(s["(A_1)_{1,1}"] * x + s["(b_1)_1"])
                + s["(A_2)_{1,2}"] * relu(s["(A_1)_{2,1}"] * x + s["(b_1)_2"]))
    assert parse_expression(text) == expected


def test_result_is_exact():
    expr = parse_expression(r"0.5 x^2 + 0.25")
    assert not expr.atoms(sp.Float)
    assert expr == sp.Rational(1, 2) * x ** 2 + sp.Rational(1, 4)


@pytest.mark.parametrize("latex, fragment", [
    ("", "empty expression"),
    ("   ", "empty expression"),
    (r"\frac{1}{", "fraction"),
    (r"\frac{1}", r"\frac"),
    (r"\foo(x)", "unknown function foo"),
    (r"\operatorname{blah}(x)", "unknown function blah"),
    (r"\rho(x)", "unknown function rho"),
    (r"f(x, y)", "unknown function f"),
    (r"(x + 1", "unbalanced '('"),
    (r"x + 1)", "unbalanced ')'"),
    (r"x +", "operators"),
    (r"\coth(x)", "unsupported function coth"),
    (r"\tan(\frac{\pi}{2})", "division by zero"),   # tan has a pole at pi/2: no number
    (r"\exp^{-1}(x)", "ambiguous"),                  # no inverse function for exp here: never guess
    (r"x = 1", "'='"),
    (r"a, b", "','"),
    (r"\frac{1}{0}", "division by zero"),
    (r"\sqrt{-1}", "not real"),
    (r"2^{10^{10}}", "too large"),
    (r"\sum_i x_i", "range"),
    (r"\sum_{i=1}^{n} x_i", "bounds"),
    (r"x^T", "transpose"),
    (r"5!", "factorial"),
    (r"1/2 x", "ambiguous"),          # (1/2) x or 1/(2x)? never guess
])
def test_unreadable_input_gives_one_line_error(latex, fragment):
    with pytest.raises(InputError) as info:
        parse_expression(latex)
    message = str(info.value)
    assert fragment in message
    assert "\n" not in message


def test_latex2sympy_noise_is_silenced(capfd):
    with pytest.raises(InputError):
        parse_expression(r"x + * y")
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@pytest.mark.parametrize("text, names", [
    ("x,y", ["x", "y"]),
    ("$w_1, w_2$", ["w_1", "w_2"]),
    ("$(w_1, w_2)$", ["w_1", "w_2"]),
    ("x and y", ["x", "y"]),
    (r"\theta", ["theta"]),
    (r"(A_2)_{1,1}, b_{12}", ["(A_2)_{1,1}", "b_{12}"]),
])
def test_parse_variables(text, names):
    assert parse_variables(text) == [symbol(n) for n in names]


@pytest.mark.parametrize("text", ["", "x + y", "x, x", "1"])
def test_parse_variables_rejects(text):
    with pytest.raises(InputError):
        parse_variables(text)


@pytest.mark.parametrize("text, expected", [
    ("x > 0", [x > 0]),
    (r"0 \le x \le 1", [sp.LessThan(0, x), sp.LessThan(x, 1)]),
    (r"x > 0, y > 0", [x > 0, y > 0]),
    (r"x, y > 0", [x > 0, y > 0]),
    (r"x > 0 \text{ and } y > 0", [x > 0, y > 0]),
    (r"x > 0 \land y \geq 1", [x > 0, y >= 1]),
    (r"x > 0 \wedge y < 2", [x > 0, y < 2]),
    (r"x \in (0, \infty)", [x > 0]),
    (r"x \in [0,1]", [x >= 0, x <= 1]),
    (r"x \in (-1, 2]", [x > -1, x <= 2]),
    (r"x \in \mathbb{R}", []),
    (r"(x,y) \in \mathbb{R}^2", []),
    (r"x \in \mathbb{R}_{+}", [x >= 0]),
    (r"x \in \mathbb{R}_{++}", [x > 0]),
    (r"(x, y) \in \mathbb{R}^2_{++}", [x > 0, y > 0]),
    (r"x + y \le 1", [x + y <= 1]),
    (r"x < \infty", []),
])
def test_parse_domain(text, expected):
    got = parse_domain(text)
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert type(g) is type(e) and sp.simplify(g.lhs - g.rhs - (e.lhs - e.rhs)) == 0, (g, e)


@pytest.mark.parametrize("text, error", [
    (r"x \ne 0", DomainError),
    (r"x \in [2, 1]", DomainError),
    ("x", InputError),
    ("x = 1", InputError),
    ("x >", InputError),
    (r"x \in \mathbb{Q}", InputError),
])
def test_parse_domain_rejects(text, error):
    with pytest.raises(error) as info:
        parse_domain(text)
    assert "\n" not in str(info.value)


def test_public_parse_latex_is_parse_expression():
    import symconvex

    assert symconvex.parse_latex(r"\log(1 + e^{-z})") == sp.log(1 + sp.exp(-z))
    assert symconvex.parse_latex(r"\sigma(x)") == parse_expression(r"\sigma(x)") == sigmoid(x)



# ---------------------------------------------------------------------------------------- scientific notation

@pytest.mark.parametrize("latex, expected", [
    ("1e-30", sp.Rational(1, 10 ** 30)),            # exactly 1/10^30, not 1·e − 30
    ("1e-30 x^2", x ** 2 / 10 ** 30),
    ("1e-30x^2", x ** 2 / 10 ** 30),
    ("2.5e3", sp.Integer(2500)),
    ("1E5", sp.Integer(10 ** 5)),
    ("1e+2 x", 100 * x),
    (".5e1", sp.Integer(5)),
    ("2 \\cdot 1e-3", sp.Rational(1, 500)),
    # Euler's e keeps its meaning wherever no digits follow it directly
    ("e^{x}", sp.exp(x)),
    ("e x", sp.E * x),
    ("2e^{x}", 2 * sp.exp(x)),
    ("2e - 3", 2 * sp.E - 3),
    ("2 e-3", 2 * sp.E - 3),
    ("2e-x", 2 * sp.E - x),
    ("x_1e^{x}", symbol("x_1") * sp.exp(x)),
])
def test_scientific_notation_is_exact_and_e_stays_euler(latex, expected):
    got = parse_expression(latex)
    assert got == expected, f"{latex!r} gave {got}, expected {expected}"


def test_a_huge_scientific_exponent_is_refused():
    with pytest.raises(InputError, match="exponent too large in 1e5000"):
        parse_expression("1e5000 x")


# ---------------------------------------------------------------------------------------- f(x) is not f·x

@pytest.mark.parametrize("latex, name", [
    ("f(x)", "f"), ("g(x+1)", "g"), ("h (x)", "h"), ("F(x)", "F"), ("L(w)", "L"), ("J(w)", "J"),
    ("f_1(x)", "f_1"), ("2 f(x)", "f"), ("x + g(y)", "g"), ("q(x, y)", "q"), (r"\mathcal{L}(w)", "L"),
    (r"\psi(x)", "psi"),
])
def test_an_undefined_function_applied_to_arguments_is_an_error(latex, name):
    with pytest.raises(InputError) as info:
        parse_expression(latex)
    message = str(info.value)
    assert message.startswith(f"unknown function {name} in ") and "where $" in message and "\n" not in message


@pytest.mark.parametrize("latex, expected", [
    ("x(y+1)", x * (y + 1)),
    ("a(x - 1)^2", a * (x - 1) ** 2),
    ("p(1-p)", symbol("p") * (1 - symbol("p"))),
    ("w_1(x + y)", w1 * (x + y)),
    ("\\sigma(x)", sigmoid(x)),
])
def test_other_names_before_brackets_are_products_or_known_functions(latex, expected):
    same(latex, expected)


def test_a_defined_function_letter_is_applied():
    from symconvex.parsing import FunctionDef, parse_internal

    got = parse_internal("f(x) + f(2y)", functions={"f": FunctionDef("f", ["z"], "z^2")})
    assert got == x ** 2 + 4 * y ** 2


# ---------------------------------------------------------------------------------------- non-real constants

@pytest.mark.parametrize("latex", [r"\log(-1)", r"\log(-2) + x", r"\sqrt{-1}", r"(-1)^{1/2} x", r"(-8)^{1/3}"])
def test_a_constant_that_is_not_real_is_refused_in_one_line(latex):
    with pytest.raises(InputError, match="^the expression is not real-valued: it contains .*, which is not a real"):
        parse_expression(latex)


def test_real_constants_stay_exact():
    assert parse_expression(r"\log(2) x") == sp.log(2) * x
    assert parse_expression(r"(-8)^{2} x") == 64 * x


# ---------------------------------------------------------------------------------------- the package

def test_every_reader_module_states_what_it_reads_and_its_layer():
    """symconvex/parsing/ is split by what each module reads; each docstring says so and names the text layer."""
    import importlib
    import pathlib

    import symconvex.parsing

    folder = pathlib.Path(symconvex.parsing.__file__).parent
    missing = []
    for path in sorted(folder.glob("*.py")):
        name = "symconvex.parsing" + ("" if path.stem == "__init__" else "." + path.stem)
        doc = importlib.import_module(name).__doc__ or ""
        if "(layer: text)" not in doc.split("\n\n")[0]:
            missing.append(name)
    assert missing == []


@pytest.mark.parametrize("latex, expected", [
    (r"\frac{x}{y}", x / y),
    (r"\sqrt{x}", sp.sqrt(x)),
    (r"\max\{0, x\}", relu(x)),
    (r"(x)", x),
])
def test_a_lone_operand_is_its_own_value_without_latex2sympy(latex, expected, monkeypatch):
    """Arithmetic goes to latex2sympy2 only where there is arithmetic: a formula that is one operand (a fraction of
    two lone operands, a root, a function of one) is read without it, to the same value."""
    import symconvex.parsing.expressions as expressions

    def no_arithmetic(text, slots, shown):
        raise AssertionError(f"latex2sympy2 asked to read '{shown}'")

    monkeypatch.setattr(expressions, "read_arithmetic", no_arithmetic)
    assert parse_expression(latex) == expected


def test_a_flat_text_is_parsed_once_and_every_formula_of_its_shape_gets_its_own_values(monkeypatch):
    """Placeholders are named by position, so a + b and c + d hand latex2sympy2 the same text: it is parsed once, and
    each formula still gets its own operands (and the same value as when parsed afresh)."""
    import symconvex.parsing.latex_input as latex_input

    calls = []
    real = latex_input._latex2sympy
    monkeypatch.setattr(latex_input, "_latex2sympy", lambda text: calls.append(text) or real(text))
    # an empty memo of this test's own: the process's memo stays (clearing it made every later test that reads a
    # formula parse its texts with ANTLR again, tens of milliseconds each)
    fresh = functools.lru_cache(maxsize=4096)(latex_input._flat_tree.__wrapped__)
    monkeypatch.setattr(latex_input, "_flat_tree", fresh)
    assert parse_expression("a + b") == a + b
    assert parse_expression(r"x + \frac{y}{2}") == x + y / 2       # the same shape, other operands
    assert parse_expression(r"\log(z) + |x|") == sp.log(z) + sp.Abs(x)
    assert calls == [r" \variable{zq0}  +  \variable{zq1} "]
    latex_input._flat_tree.cache_clear()
    assert parse_expression(r"x + \frac{y}{2}") == x + y / 2
    assert len(calls) == 2
