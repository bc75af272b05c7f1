r"""The checker's SymPy form of an expression tree, and back, and its identity test (kernel; trusted; used by the
rules, Hessian, domain and case-split checks, never by midpoint and curvature checks).

``to_sympy`` builds, through one constructor table and never by parsing text, the SymPy expression a checked tree
denotes, with plain SymPy only (no class of the package): relu(a) = Max(0, a); leaky_relu(a, k) = a for a > 0 and
k a otherwise (a ``Piecewise``, the evaluator's definition, for every k); sigmoid(a) = 1/(1 + exp(-a));
softplus(a) = log(1 + exp(a)); digamma(a) = polygamma(0, a), trigamma(a) = polygamma(1, a); arctan, arcsinh,
erf, gamma, ... are SymPy's atan, asinh, erf, gamma, .... Each is the function's
definition, so an identity SymPy shows between two built expressions holds between the trees.
``to_tree`` writes a SymPy expression made of rationals, symbols, +, *, powers and the functions above as a tree;
``is_zero`` shows a built expression identically 0 (the identities of ``check.rewrite`` and of Hessian entries).
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from ..errors import CertificateError
from .evaluate import walk
from .trees import RELATIONS, check_constraint_tree, check_tree, parse_rational, rational_to_str

_PLAIN = {"exp": sp.exp, "log": sp.log, "abs": sp.Abs, "tanh": sp.tanh, "sin": sp.sin, "cos": sp.cos,
          "tan": sp.tan, "sinh": sp.sinh, "cosh": sp.cosh, "arctan": sp.atan, "arcsinh": sp.asinh, "arcsin": sp.asin,
          "arccos": sp.acos, "arccosh": sp.acosh, "artanh": sp.atanh, "erf": sp.erf, "erfc": sp.erfc,
          "gamma": sp.gamma}
#: head -> constructor of the SymPy expression from the arguments' expressions.
_BUILD = {"add": sp.Add, "mul": sp.Mul, "pow": sp.Pow, "max": sp.Max, "min": sp.Min, **_PLAIN,
          "relu": lambda a: sp.Max(sp.S.Zero, a), "leaky_relu": lambda a, k: sp.Piecewise((a, a > 0), (k * a, True)),
          "sigmoid": lambda a: 1 / (1 + sp.exp(-a)), "softplus": lambda a: sp.log(1 + sp.exp(a)),
          "digamma": lambda a: sp.polygamma(0, a), "trigamma": lambda a: sp.polygamma(1, a)}
_HEADS = {f: head for head, f in _PLAIN.items()}
#: The largest |numerator| of an exponent, and the most terms of an expanded numerator, the identity test takes on.
MAX_EXPONENT, MAX_TERMS = 1024, 20_000
_RELATIONS = {"gt": sp.StrictGreaterThan, "ge": sp.GreaterThan, "lt": sp.StrictLessThan, "le": sp.LessThan}


def to_sympy(tree, symbols: dict | None = None):
    """The SymPy expression of a tree (checked first); ``symbols`` maps names to the symbols to use (filled in
    with real symbols for the others).

    >>> to_sympy(["add", ["num", "1/2"], ["sigmoid", ["var", "x"]]])
    1/2 + 1/(1 + exp(-x))
    """
    check_tree(tree)
    symbols = {} if symbols is None else symbols

    def leaf(t):
        if t[0] == "var":
            return symbols.setdefault(t[1], sp.Symbol(t[1], real=True))
        return sp.pi if t[0] == "pi" else sp.Rational((q := parse_rational(t[1])).numerator, q.denominator)

    return walk(tree, leaf, lambda t, args: _BUILD[t[0]](*args))


def constraint_to_sympy(constraint, symbols: dict | None = None):
    """``[rel, lhs, rhs]`` -> an unevaluated SymPy relational."""
    check_constraint_tree(constraint, "domain")
    return _RELATIONS[constraint[0]](to_sympy(constraint[1], symbols), to_sympy(constraint[2], symbols),
                                     evaluate=False)


def to_tree(expr) -> list:
    """The tree of a SymPy expression built from rationals, symbols, +, *, powers, exp, log, pi, Max, Min and the
    functions of ``to_sympy``; ``CertificateError`` for anything else (a float, an unknown function).

    >>> to_tree(sp.Symbol("x") ** 2 / 3)
    ['mul', ['num', '1/3'], ['pow', ['var', 'x'], ['num', '2']]]
    """
    if isinstance(expr, sp.Rational):
        return ["num", rational_to_str(Fraction(int(expr.p), int(expr.q)))]
    if isinstance(expr, sp.Symbol):
        return ["var", expr.name]
    if expr is sp.E:
        return ["exp", ["num", "1"]]
    if expr is sp.pi:
        return ["pi"]
    args = [to_tree(a) for a in expr.args]
    for cls, head in ((sp.Add, "add"), (sp.Mul, "mul"), (sp.Pow, "pow"), (sp.Max, "max"), (sp.Min, "min")):
        if isinstance(expr, cls):
            return [head, *args]
    if isinstance(expr, sp.polygamma) and expr.args[0] in (0, 1):  # SymPy's digamma(a) is polygamma(0, a)
        return ["digamma" if expr.args[0] == 0 else "trigamma", args[1]]
    head = _HEADS.get(type(expr))
    if head is None or len(args) != 1:
        raise CertificateError(f"not an expression the checker writes as a tree: {str(expr)[:60]}")
    return [head, *args]


def is_zero(expr) -> bool:
    """Whether expr is identically 0 where it is defined; False decides nothing (the certificate is rejected). An
    exponent numerator past ``MAX_EXPONENT`` gives False; the caller's time limit (``check.verify``) bounds the rest.
    A *rational function* (symbols and rationals under +, * and integer powers) is P/Q by ``cancel``, P and Q coprime
    over Q, and 0 wherever defined exactly when P = 0 (final). *Otherwise* a literal 0 from SymPy is an identity
    under the symbols' assumptions (real, the box's signs): ``expand_trig`` with sin and cos (sqrt(2) sin(x + pi/4)
    = sin x + cos x); then, with exp for sigmoid, softplus, tanh and 1 - erf for erfc, ``cancel`` with each exp(c m)
    a power of one positive symbol (``_exp_as_powers``), ``cancel(expand(expr))``, ``simplify``.

    >>> x = sp.Symbol("x", real=True)
    >>> is_zero((x ** 2 - 1) / (x - 1) - x - 1), is_zero(x ** 2 - x), is_zero(sp.exp(2 * x) - sp.exp(x) ** 2)
    (True, False, True)
    """
    if expr == 0:
        return True
    nodes = list(sp.preorder_traversal(expr))
    if any(a.is_Pow and a.exp.is_Rational and abs(a.exp.p) > MAX_EXPONENT for a in nodes):
        return False
    if all(a.is_Symbol or a.is_Rational or a.is_Add or a.is_Mul or (a.is_Pow and a.exp.is_Integer) for a in nodes):
        return sp.cancel(expr) == 0
    if expr.has(sp.sin, sp.cos) and sp.expand(sp.expand_trig(expr)) == 0:
        return True
    expr = expr.rewrite(sp.exp)
    if expr.has(sp.erfc):
        expr = expr.rewrite(sp.erf)   # erfc = 1 - erf
    if sp.cancel(_exp_as_powers(sp.expand_power_exp(expr))) == 0:
        return True
    expanded = sp.expand(expr)
    if len(sp.Add.make_args(expanded)) > MAX_TERMS:
        return False
    return sp.cancel(expanded) == 0 or sp.simplify(expr) == 0


def _exp_as_powers(expr):
    """expr with every exp(c·m) (c rational) written t_m^(c·L), t_m = exp(m/L) a positive symbol, L the least common
    denominator of m's coefficients (as it is when a power would pass ``MAX_EXPONENT``): the same function, so a
    rational function of the t_m and the variables that ``cancel`` finds 0 is 0 (exp(x) exp(-x) - 1 is t/t - 1)."""
    by_rest = {}
    for atom in expr.atoms(sp.exp):
        c, rest = atom.args[0].as_coeff_Mul()
        by_rest.setdefault(rest, []).append((atom, sp.Rational(c)))
    swap = {}
    for rest, atoms in by_rest.items():
        lcd = sp.ilcm(1, *[c.q for _, c in atoms])
        if any(abs(c * lcd) > MAX_EXPONENT for _, c in atoms):
            return expr
        t = sp.Dummy("t", positive=True)
        swap.update({atom: t ** int(c * lcd) for atom, c in atoms})
    return expr.xreplace(swap)


__all__ = ["MAX_EXPONENT", "MAX_TERMS", "RELATIONS", "constraint_to_sympy", "is_zero", "to_sympy", "to_tree"]
