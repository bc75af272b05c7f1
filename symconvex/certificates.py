r"""Certificates and their JSON form: the writers' data model (kernel layer; not part of the trusted base).

The finders build these dataclasses and write them as JSON; the independent checker does not import this module:
it reads the JSON itself (``check.reader``, ``check.trees``), so the format is read twice, apart, on purpose (a few
lines here, number formatting and the tree walk, have twins in ``check.trees``; ``tests/test_check_reader.py``
compares the two readings). Nothing a dataclass fills in when built is trusted by the checker.

A certificate says *what* it is about (a function given as an expression tree, or a network spec; its
variables; its domain) and carries the data that makes one curvature statement checkable:

=========================  ==========================================================================
kind (JSON ``"kind"``)     statement and evidence
=========================  ==========================================================================
``midpoint``               not convex (not concave): a, b in the domain and 0 < lam < 1 with
                           f(lam a + (1-lam) b) > (<) lam f(a) + (1-lam) f(b); not strictly convex
                           (concave): a != b with >= (<=), an equality decided exactly.
``curvature``              not convex (not concave): p strictly inside a smooth piece and the domain, a
                           direction u, and d^2/dt^2 f(p + t u) at t = 0 < 0 (> 0).
``rules``                  convex / concave / affine: a composition derivation over the atom-fact table.
``hessian``                convex / concave: the closed-form Hessian H and H = L D L^T (or -H for
                           concave) with every pivot of D nonnegative on the domain.
``sum``                    strictly convex / concave: f = g_1 + ... + g_k, a certificate per term, the
                           strictly convex terms' variables covering all variables.
``saddle``                 a critical point that is neither a local minimum nor a local maximum.
``minimum``                a strict local minimum in a box (Krawczyk + positive definite Hessian on the box),
                           spurious when f(q) at a stated q is below f's lower bound on the box.
``minima_count``           at least N strict local minima: N minimum certificates with disjoint boxes.
``identity``               what a certificate about a smooth g proves: f = g on the domain, by a case split
                           over the branches of f's kinks (max, min, abs, relu, leaky_relu), each case an
                           exact identity or shown empty by Farkas multipliers (``check.pieces``).
``pieces``                 convex / concave / strictly / affine in one variable: f = g_j on the closed
                           intervals between rational breakpoints, each g_j proved on its interval, the
                           one-sided slopes monotone at every breakpoint (``check.pieces``).
=========================  ==========================================================================

JSON conventions (version 1):

- Rationals are strings ``"p/q"`` or ``"p"`` (q > 0); never floats. The coordinates of a certificate's vectors
  (``a``, ``b``, ``m``, ``point``, ``direction``) may also be JSON integers (``parse_coordinate``); in memory a
  vector may be a one-dimensional numpy *integer* array (``to_dict`` writes it as a list of ints).
- A network certificate may leave ``variables`` empty: its variables are then the spec's parameters in the
  documented order (``check.network.parameter_names``), and the digest is over the empty list.
- Stated values (hints the checker recomputes) are ``"p/q"`` when exact, or ``"~d.ddd...e-k"`` when the value
  is transcendental: the decimal must lie within half a unit of its last digit of the true value.
- Expressions are trees of lists whose head is a whitelisted operator (``OPERATORS``)::

      ["num", "3/2"]   ["var", "x"]   ["add", e1, e2, ...]   ["mul", e1, e2, ...]   ["pow", base, exponent]
      ["exp", e]  ["log", e]  ["abs", e]  ["max", e1, e2, ...]  ["min", e1, e2, ...]  ["relu", e]
      ["leaky_relu", e, ["num", "1/10"]]  ["sigmoid", e]  ["softplus", e]  ["tanh", e]
      ["pi"]  ["sin", e]  ["cos", e]  ["tan", e]  ["sinh", e]  ["cosh", e]  ["arctan", e]  ["arcsinh", e]
      ["arcsin", e]  ["arccos", e]  ["arccosh", e]  ["artanh", e]  ["erf", e]  ["erfc", e]  ["gamma", e]
      ["digamma", e]  ["trigamma", e]

  (gamma, digamma and trigamma are Gamma, psi = Gamma'/Gamma and psi', taken on positive arguments only; log
  Gamma(a) is ["log", ["gamma", a]].)

  (sec, csc and cot are written as powers and products of cos and sin.)

- Domain constraints are ``[rel, lhs, rhs]`` with rel in ``gt ge lt le``.

Nothing here evaluates text: a tree is turned into SymPy only through the constructor table ``_SYMPY``.
"""

from __future__ import annotations

import hashlib
import json
import numbers
import re
from dataclasses import dataclass, field, fields
from fractions import Fraction
from typing import Any, ClassVar

import sympy as sp

from .errors import CertificateError, InputError
from .functions import leaky_relu, relu, sigmoid, softplus

VERSION = 1

#: operator -> number of arguments (None: two or more).
OPERATORS: dict[str, int | None] = {
    "num": 1, "var": 1, "add": None, "mul": None, "pow": 2, "exp": 1, "log": 1, "abs": 1,
    "max": None, "min": None, "relu": 1, "leaky_relu": 2, "sigmoid": 1, "softplus": 1, "tanh": 1,
    "pi": 0, "sin": 1, "cos": 1, "tan": 1, "sinh": 1, "cosh": 1, "arctan": 1, "arcsinh": 1, "arcsin": 1,
    "arccos": 1, "arccosh": 1, "artanh": 1, "erf": 1, "erfc": 1, "gamma": 1, "digamma": 1,
    "trigamma": 1,
}
RELATIONS = ("gt", "ge", "lt", "le")

#: Limits on what a certificate may ask of the checker, each refused with a one-line ``CertificateError``:
#: the nesting of an expression tree (walked iteratively here), the decimal digits of one integer (a numerator
#: or a denominator), and the numerator and denominator of a power's rational exponent.
MAX_DEPTH = 200
MAX_DIGITS = 2000
MAX_EXPONENT = 10 ** 4

_RATIONAL = re.compile(r"^-?\d+(/\d+)?$")
_APPROX = re.compile(r"^~-?\d+(\.\d+)?(e[-+]?\d+)?$")
_NAME = re.compile(r"^[^\x00-\x1f\"\\]{1,100}$")


# ----------------------------------------------------------------------------------------------- numbers

def rational_to_str(value) -> str:
    """``Fraction``/``int``/SymPy ``Rational`` -> ``"p/q"`` (``"p"`` when q = 1).

    >>> rational_to_str(Fraction(-3, 6)), rational_to_str(4), rational_to_str(sp.Rational(1, 3))
    ('-1/2', '4', '1/3')
    """
    if isinstance(value, sp.Rational):
        value = Fraction(int(value.p), int(value.q))
    elif isinstance(value, sp.Basic):
        raise InputError(f"not an exact rational: {value}")
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def parse_rational(text: Any, what: str = "number") -> Fraction:
    """``"p/q"`` -> ``Fraction``; anything else raises ``CertificateError`` naming ``what``.

    >>> parse_rational("-6/4")
    Fraction(-3, 2)
    """
    if not isinstance(text, str) or not _RATIONAL.match(text):
        raise CertificateError(f"{what}: expected a rational string 'p/q', found {clipped(text)}")
    p, _, q = text.partition("/")
    if max(len(p.lstrip("-")), len(q)) > MAX_DIGITS:
        raise CertificateError(f"{what}: a number with more than {MAX_DIGITS} digits ({clipped(text)})")
    if q and int(q) == 0:
        raise CertificateError(f"{what}: zero denominator in {text!r}")
    return Fraction(int(p), int(q or 1))


def parse_coordinate(value: Any, what: str = "number") -> Fraction:
    """A coordinate of a certificate vector (a, b, m, point, direction): a rational string ``"p/q"`` or a JSON
    integer (exact; never a float or a bool).

    >>> parse_coordinate(-3), parse_coordinate("5/2")
    (Fraction(-3, 1), Fraction(5, 2))
    """
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        if abs(int(value)) >= 10 ** MAX_DIGITS:
            raise CertificateError(f"{what}: a number with more than {MAX_DIGITS} digits")
        return Fraction(int(value))
    if not isinstance(value, str):
        raise CertificateError(f"{what}: expected a rational string 'p/q' or an integer, found {clipped(value)}")
    return parse_rational(value, what)


def clipped(value: Any, width: int = 60) -> str:
    """``repr(value)`` cut to ``width`` characters, for a one-line message (an integer too long for ``repr``
    is shown by its size)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 10_000:
        return f"<an integer of {value.bit_length()} bits>"
    text = repr(value)
    return text if len(text) <= width else text[:width - 3] + "..."


def check_exponent(r: Fraction, where: str) -> None:
    """Refuse a power's rational exponent p/q with |p| or q above ``MAX_EXPONENT``."""
    if abs(r.numerator) > MAX_EXPONENT or r.denominator > MAX_EXPONENT:
        text = str(r) if len(str(r)) <= 40 else str(r)[:37] + "..."
        raise CertificateError(f"{where}: pow: the exponent {text} exceeds {MAX_EXPONENT} in its numerator or "
                               "denominator")


def is_approx(text: Any) -> bool:
    """True when ``text`` is a stated approximate value ``"~1.234e-5"``."""
    return isinstance(text, str) and bool(_APPROX.match(text))


def exact(expr):
    """Replace every Float in a SymPy expression by the rational its decimal text denotes (0.1 -> 1/10)."""
    expr = sp.sympify(expr) if not isinstance(expr, sp.Basic) else expr
    floats = expr.atoms(sp.Float)
    return expr.xreplace({f: sp.Rational(str(f)) for f in floats}) if floats else expr


# ------------------------------------------------------------------------------------- expression trees

def to_tree(expr) -> list:
    """Encode a SymPy expression as a whitelisted expression tree.

    >>> from sympy.abc import x, y
    >>> to_tree(x * y + sp.Rational(1, 2))
    ['add', ['num', '1/2'], ['mul', ['var', 'x'], ['var', 'y']]]
    >>> to_tree(sp.sqrt(x))
    ['pow', ['var', 'x'], ['num', '1/2']]
    """
    expr = exact(expr)
    if isinstance(expr, sp.Rational):
        return ["num", rational_to_str(expr)]
    if isinstance(expr, sp.Symbol):
        return ["var", expr.name]
    if expr is sp.E:
        return ["exp", ["num", "1"]]
    if expr is sp.pi:
        return ["pi"]
    if isinstance(expr, sp.Add):
        return ["add", *[to_tree(a) for a in expr.args]]
    if isinstance(expr, sp.Mul):
        return ["mul", *[to_tree(a) for a in expr.args]]
    if isinstance(expr, sp.Pow):
        return ["pow", to_tree(expr.base), to_tree(expr.exp)]
    if isinstance(expr, sp.exp):
        return ["exp", to_tree(expr.args[0])]
    if isinstance(expr, sp.log):
        if len(expr.args) != 1:
            raise InputError(f"logarithm with a base is not supported: {expr}")
        return ["log", to_tree(expr.args[0])]
    if isinstance(expr, leaky_relu):
        return ["leaky_relu", to_tree(expr.args[0]), to_tree(expr.args[1])]
    for cls, head in _UNARY.items():
        if isinstance(expr, cls):
            return [head, to_tree(expr.args[0])]
    if isinstance(expr, sp.polygamma) and expr.args[0] in (0, 1):  # SymPy's digamma(a) is polygamma(0, a)
        return ["digamma" if expr.args[0] == 0 else "trigamma", to_tree(expr.args[1])]
    if isinstance(expr, sp.loggamma):
        return ["log", ["gamma", to_tree(expr.args[0])]]
    if isinstance(expr, (sp.Max, sp.Min)):
        return ["max" if isinstance(expr, sp.Max) else "min", *[to_tree(a) for a in expr.args]]
    if isinstance(expr, (sp.sec, sp.csc, sp.cot)):
        a = expr.args[0]
        return to_tree(1 / sp.cos(a) if isinstance(expr, sp.sec) else 1 / sp.sin(a) if isinstance(expr, sp.csc)
                       else sp.Mul(sp.cos(a), sp.Pow(sp.sin(a), -1, evaluate=False), evaluate=False))
    raise InputError(f"unsupported function or constant in expression: {expr}")


_UNARY = {sp.Abs: "abs", relu: "relu", sigmoid: "sigmoid", softplus: "softplus", sp.tanh: "tanh", sp.sin: "sin",
          sp.cos: "cos", sp.tan: "tan", sp.sinh: "sinh", sp.cosh: "cosh", sp.atan: "arctan", sp.asinh: "arcsinh",
          sp.asin: "arcsin", sp.acos: "arccos", sp.acosh: "arccosh", sp.atanh: "artanh", sp.erf: "erf",
          sp.erfc: "erfc", sp.gamma: "gamma"}

_SYMPY = {
    "add": lambda *a: sp.Add(*a), "mul": lambda *a: sp.Mul(*a), "pow": lambda b, e: sp.Pow(b, e),
    "exp": sp.exp, "log": sp.log, "abs": sp.Abs, "max": sp.Max, "min": sp.Min, "relu": relu,
    "leaky_relu": leaky_relu, "sigmoid": sigmoid, "softplus": softplus, "tanh": sp.tanh, "pi": lambda: sp.pi,
    "digamma": lambda a: sp.polygamma(0, a), "trigamma": lambda a: sp.polygamma(1, a),
    **{head: cls for cls, head in _UNARY.items() if head not in ("abs", "relu", "sigmoid", "softplus", "tanh")},
}


def check_tree(tree: Any, where: str = "expression") -> None:
    """Raise ``CertificateError`` unless ``tree`` is a well-formed whitelisted expression tree, nested at most
    ``MAX_DEPTH`` levels, with numbers of at most ``MAX_DIGITS`` digits and numeric power exponents within
    ``MAX_EXPONENT``. Walks the tree iteratively (a deep tree is refused, not a ``RecursionError``)."""
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise CertificateError(f"{where}: the expression is nested deeper than {MAX_DEPTH} levels")
        if not isinstance(node, list) or not node or not isinstance(node[0], str) or node[0] not in OPERATORS:
            raise CertificateError(f"{where}: not a whitelisted expression node: {str(node)[:60]}")
        head, args = node[0], node[1:]
        arity = OPERATORS[head]
        if head == "num":
            if len(args) != 1:
                raise CertificateError(f"{where}: 'num' takes one rational string")
            parse_rational(args[0], where)
            continue
        if head == "var":
            if len(args) != 1 or not isinstance(args[0], str) or not _NAME.match(args[0]):
                raise CertificateError(f"{where}: 'var' takes one variable name, found {clipped(args)}")
            continue
        if (arity is None and len(args) < 2) or (arity is not None and len(args) != arity):
            raise CertificateError(f"{where}: '{head}' given {len(args)} arguments")
        if head == "pow" and isinstance(args[1], list) and args[1][:1] == ["num"] and len(args[1]) == 2:
            check_exponent(parse_rational(args[1][1], where), where)
        stack.extend((a, depth + 1) for a in reversed(args))


def to_sympy(tree: list, symbols: dict[str, sp.Symbol] | None = None):
    """Build the SymPy expression a tree denotes, through the constructor table only (no text is parsed).

    ``symbols`` maps variable names to the SymPy symbols to use (e.g. with positivity assumptions).

    >>> to_sympy(['add', ['num', '1/2'], ['mul', ['var', 'x'], ['var', 'y']]])
    x*y + 1/2
    """
    check_tree(tree)
    symbols = {} if symbols is None else symbols

    def build(t):
        head = t[0]
        if head == "num":
            q = parse_rational(t[1])
            return sp.Rational(q.numerator, q.denominator)
        if head == "var":
            return symbols.setdefault(t[1], sp.Symbol(t[1], real=True))
        return _SYMPY[head](*[build(a) for a in t[1:]])

    return build(tree)


def tree_variables(tree: list) -> set[str]:
    """The variable names that occur in a tree (walked iteratively)."""
    names, stack = set(), [tree]
    while stack:
        node = stack.pop()
        if node[0] == "var":
            names.add(node[1])
        elif node[0] != "num":
            stack.extend(node[1:])
    return names


def constraint_to_tree(rel) -> list:
    """A SymPy strict or non-strict inequality -> ``[rel, lhs, rhs]``.

    >>> from sympy.abc import x
    >>> constraint_to_tree(x > 0)
    ['gt', ['var', 'x'], ['num', '0']]
    """
    heads = {sp.StrictGreaterThan: "gt", sp.GreaterThan: "ge", sp.StrictLessThan: "lt", sp.LessThan: "le"}
    head = heads.get(type(rel))
    if head is None:
        raise InputError(f"a domain constraint must be an inequality (<, <=, >, >=), not {rel}")
    return [head, to_tree(rel.lhs), to_tree(rel.rhs)]


def constraint_to_sympy(tree: list, symbols: dict[str, sp.Symbol] | None = None):
    """``[rel, lhs, rhs]`` -> a SymPy relational (unevaluated)."""
    if not isinstance(tree, list) or len(tree) != 3 or tree[0] not in RELATIONS:
        raise CertificateError(f"domain: not a constraint [rel, lhs, rhs]: {str(tree)[:60]}")
    cls = {"gt": sp.StrictGreaterThan, "ge": sp.GreaterThan, "lt": sp.StrictLessThan, "le": sp.LessThan}
    return cls[tree[0]](to_sympy(tree[1], symbols), to_sympy(tree[2], symbols), evaluate=False)


# -------------------------------------------------------------------------------------- certificates

@dataclass(frozen=True, kw_only=True)
class Certificate:
    """Fields every certificate has: what it is about.

    Exactly one of ``function`` (an expression tree) and ``network`` (a network spec, see
    ``symconvex.network``) is given. ``domain`` is a list of constraints (empty: all of R^n, or where the
    function is defined). ``note`` is free text for the story (never checked).
    """

    kind: ClassVar[str] = ""
    variables: tuple[str, ...]  # empty for a network certificate: the spec's parameter names, implicitly
    function: list | None = None
    network: dict | None = None
    domain: tuple = ()
    note: str = ""
    digest: str = ""
    #: Names in the function that are neither variables nor numbers: the certificate holds for *every* real value
    #: of them (only rules certificates may have any; see ``check.proofs``). Omitted from the JSON when empty.
    parameters: tuple[str, ...] = ()
    #: For a refutation with parameters: the allowed parameter values it uses (evidence, like its points).
    parameter_values: tuple = ()

    def __post_init__(self):
        for name in (*VECTOR_FIELDS, "pattern"):  # numpy arrays in memory: integers only (never floats)
            value = getattr(self, name, None)
            if _is_array(value) and (value.dtype.kind not in "iu" or value.ndim != 1):
                raise CertificateError(f"{name}: a coordinate array must be one-dimensional with an integer dtype, "
                                       f"found {value.dtype} with {value.ndim} dimensions")
        if not self.digest:  # filled in when built in Python; from_json requires it to be present
            object.__setattr__(self, "digest", subject_digest(self.variables, self.function, self.network,
                                                              self.domain, self.parameters))

    def to_dict(self) -> dict:
        data = {"symconvex": VERSION, "kind": self.kind}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("parameters", "parameter_values", "maps") and not len(value):
                continue
            data[f.name] = value.tolist() if _is_array(value) else list(value) if isinstance(value, tuple) else value
        return data

    def __eq__(self, other) -> bool:
        """Field by field, a numpy vector comparing equal to the tuple of its ints."""
        if type(self) is not type(other):
            return NotImplemented
        return all(_plain(getattr(self, f.name)) == _plain(getattr(other, f.name)) for f in fields(self))

    def to_json(self) -> str:
        """The certificate as a JSON document: one sorted top-level key per line, each value compact
        (deterministic, and readable in a diff)."""
        return dumps_readable(self.to_dict())

    def summary(self) -> str:
        """One line for a terminal: what is proved and the evidence, in exact numbers."""
        return f"{self.statement.replace('_', ' ')}: {self.kind} certificate"

    def _at_parameters(self) -> str:
        """", at a = -1" for a refutation at stated parameter values ("" without parameters)."""
        from .pretty import pretty  # display only: "at λ = -1", as the function prints λ

        pairs = zip(self.parameters, self.parameter_values)
        return (", at " + ", ".join(f"{pretty(sp.Symbol(name))} = {value}" for name, value in pairs)
                if self.parameter_values else "")

    def _labels(self, *labels: str) -> tuple[str, ...]:
        """The letters a summary names its points by (a, b, m; p, u, t), primed when one of them is also the name of
        a parameter or a variable of the subject (display only: "a = (3/8) ... at a = 1" would read as one a)."""
        taken = set(self.parameters) | set(getattr(self, "variables", ()) or ())
        return tuple(f"{x}′" for x in labels) if taken & set(labels) else labels

    @staticmethod
    def _shown(stated) -> str:
        """A stated value for display: exact as stated, or ``≈`` ten significant digits (display only)."""
        stated = str(stated)
        if not stated.startswith("~"):
            return stated
        import mpmath

        with mpmath.workdps(30):
            return "≈" + mpmath.nstr(mpmath.mpf(stated[1:]), 10)

    def _point(self, coords, base=None, base_label: str = "") -> str:
        """A vector for display: in full up to 8 coordinates; a longer one by its few nonzero coordinates, or by
        where it differs from ``base``, named, when there are at most 6 of them; else its first 6 coordinates."""
        if len(coords) <= 8:
            return "(" + ", ".join(map(str, coords)) + ")"
        import numpy as np  # lazy: only long vectors need it

        plain = _is_array(coords)
        if base is not None and len(base) == len(coords):
            differ = (np.flatnonzero(np.asarray(coords) != np.asarray(base)) if plain and _is_array(base) else
                      [k for k, (x, y) in enumerate(zip(coords, base)) if x != y])
            if 0 < len(differ) <= 6:
                return f"{base_label} except " + ", ".join(f"{self._name(k)} = {coords[k]}" for k in differ)
        nonzero = (np.flatnonzero(coords) if plain else
                   [k for k, x in enumerate(coords) if x not in (0, "0", "0/1", "-0")])
        if len(nonzero) == 0:
            return f"(all {len(coords)} coordinates 0)"
        if len(nonzero) <= 6:
            named = ", ".join(f"{self._name(k)} = {coords[k]}" for k in nonzero)
            return f"({named}; the other {len(coords) - len(nonzero)} coordinates 0)"
        return "(" + ", ".join(map(str, coords[:6])) + f", ... {len(coords)} coordinates)"

    def _name(self, k: int) -> str:
        """The name of coordinate k: a declared variable, or a network spec's k-th parameter."""
        if len(self.variables) > k:
            return str(self.variables[k])
        network = self.network if isinstance(self.network, dict) else {}
        try:
            return parameter_name(network["layers"], bool(network.get("bias")), int(k))
        except (KeyError, TypeError, IndexError):
            return f"coordinate {int(k) + 1}"

    @property
    def statement(self) -> str:
        """What the certificate claims: ``not_convex``, ``not_concave``, ``convex``, ``concave``, ``affine``."""
        refutes = getattr(self, "refutes", None)
        return f"not_{refutes}" if refutes else getattr(self, "proves")


def _state_m(cert) -> None:
    """Fill in a midpoint (or quasimidpoint) certificate's stated point m = lam a + (1 - lam) b when it is empty."""
    if len(cert.m) == 0:
        try:
            lam = parse_rational(cert.lam, "lam")
            m = [lam * parse_coordinate(x) + (1 - lam) * parse_coordinate(y) for x, y in zip(cert.a, cert.b)]
        except CertificateError:
            return
        object.__setattr__(cert, "m", tuple(rational_to_str(v) for v in m))


@dataclass(frozen=True, kw_only=True, eq=False)
class MidpointCertificate(Certificate):
    """f(lam a + (1-lam) b) > lam f(a) + (1-lam) f(b) (refutes convexity), or < (refutes concavity)."""

    kind: ClassVar[str] = "midpoint"
    refutes: str  # "convex" | "concave"
    a: tuple[str, ...]
    b: tuple[str, ...]
    lam: str
    values: dict = field(default_factory=dict)  # {"f(a)": v, "f(b)": v, "f(m)": v}, stated values
    m: tuple[str, ...] = ()  # the point lam a + (1 - lam) b, stated (filled in when built in Python)

    def summary(self) -> str:
        v = self.values
        rel, side = {"convex": (">", "above"), "concave": ("<", "below"),
                     "strictly_convex": ("≥", "on or above"), "strictly_concave": ("≤", "on or below")}.get(
                         self.refutes, ("?", "?"))
        lam, (a, b, m) = self.lam, self._labels("a", "b", "m")
        return (f"not {self.refutes.replace('_', ' ')}: f({m}) = {self._shown(v.get('f(m)'))} {rel} {lam}·f({a}) + "
                f"(1 - {lam})·f({b}) with f({a}) = {self._shown(v.get('f(a)'))}, f({b}) = {self._shown(v.get('f(b)'))}; "
                f"{a} = {self._point(self.a)}, {b} = {self._point(self.b, self.a, a)}, {m} = {self._point(self.m, self.a, a)} "
                f"(midpoint {side} the chord){self._at_parameters()}")

    def __post_init__(self):
        super().__post_init__()
        _state_m(self)


@dataclass(frozen=True, kw_only=True, eq=False)
class CurvatureCertificate(Certificate):
    """d^2/dt^2 f(p + t u) at t = 0 is < 0 (refutes convexity) or > 0 (refutes concavity), at a point p
    strictly inside a smooth piece: ``pattern`` lists the branch taken at each kink (relu, abs, max, min,
    leaky_relu, activation) in the checker's evaluation order, +1 / -1 (or the index of the max/min argument).
    ``value`` and ``slope`` state the rest of the jet (f(p) and the first derivative along u)."""

    kind: ClassVar[str] = "curvature"
    refutes: str
    point: tuple[str, ...]
    direction: tuple[str, ...]
    second_derivative: str
    value: str = ""  # f(p), stated: the finder computes it (the checker rejects a certificate without it)
    slope: str = ""  # d/dt f(p + t u) at t = 0, stated (likewise)
    pattern: tuple = ()

    def summary(self) -> str:
        rel, (p, u, t) = "< 0" if self.refutes == "convex" else "> 0", self._labels("p", "u", "t")
        return (f"not {self.refutes}: d²/d{t}² f({p} + {t}·{u}) = {self._shown(self.second_derivative)} {rel} at {t} = 0, "
                f"{p} = {self._point(self.point)}, {u} = {self._point(self.direction)}"
                + (f", strictly inside the smooth piece with kink pattern {list(_plain(self.pattern[:12]))}"[:-1]
                   + (f", ... ({len(self.pattern)} in all)]" if len(self.pattern) > 12 else "]")
                   if len(self.pattern) else "") + self._at_parameters())


@dataclass(frozen=True, kw_only=True, eq=False)
class RulesCertificate(Certificate):
    """A composition derivation: ``derivation`` is a tree of nodes
    ``{"expr": tree, "rule": name, "curvature": c, "sign": s, "children": [...]}`` (see ``check.proofs``)."""

    kind: ClassVar[str] = "rules"
    proves: str  # "convex" | "concave" | "affine"
    derivation: dict

    def summary(self) -> str:
        def outline(node, depth=0) -> str:
            kids = [k for k in node.get("children", []) if k.get("rule") not in ("variable", "constant")]
            inner = ", ".join(outline(k, depth + 1) for k in kids[:3]) + (", ..." if len(kids) > 3 else "")
            return node.get("rule", "?") + (f"({inner})" if inner and depth < 3 else "")

        return f"{self.proves}: by the composition rules, {outline(self.derivation)}"


@dataclass(frozen=True, kw_only=True, eq=False)
class HessianCertificate(Certificate):
    """H = L D L^T (proves convex) or -H = L D L^T (proves concave) on the domain, with every pivot of D
    nonnegative there; ``hessian``, ``L`` are matrices of trees, ``D`` a list of trees."""

    kind: ClassVar[str] = "hessian"
    proves: str
    hessian: list
    L: list
    D: list
    pivot_signs: list = field(default_factory=list)

    def positive_inside_only(self, k: int) -> bool:
        """Whether pivot k's stated "positive" holds only inside its box: for a non-strict fact the checker reads
        the sign on the open box, so on a box with a closed end the pivot is only >= 0 there (by continuity)."""
        why = self.pivot_signs[k] if k < len(self.pivot_signs) else None
        box = why.get("box") or {} if isinstance(why, dict) else {}
        return not self.proves.startswith("strictly") and any(
            end is not None and not is_open for lo, lo_open, hi, hi_open in box.values()
            for end, is_open in ((lo, lo_open), (hi, hi_open)))

    def summary(self) -> str:
        side = "H" if self.proves.endswith("convex") else "-H"
        from .pretty import pretty  # display only

        pivots = ", ".join(pretty(to_sympy(d)) for d in self.D[:4]) + (", ..." if len(self.D) > 4 else "")
        signs = [p.get("sign") if isinstance(p, dict) else None for p in self.pivot_signs]
        positive = signs and all(s == "positive" for s in signs)
        rel = "> 0" if positive and not any(map(self.positive_inside_only, range(len(signs)))) else "≥ 0"
        at = next((p["nonzero_at"][0] for p in self.pivot_signs if isinstance(p, dict) and "nonzero_at" in p), None)
        extra = f", and > 0 at {self.variables[0]} = {at} (so its zeros are isolated)" if at is not None else ""
        return (f"{self.proves.replace('_', ' ')}: {side} = L D Lᵀ with pivots D = ({pivots}), each {rel} "
                f"on the domain{extra}")


@dataclass(frozen=True, kw_only=True, eq=False)
class SumCertificate(Certificate):
    """f = g_1 + ... + g_k (the function tree is ``["add", g_1, ..., g_k]``) is strictly convex (concave):
    ``parts[i]`` is a certificate (as a JSON dict) that g_i is convex, affine or strictly convex (concave) in its
    own variables V_i ⊆ the variables, on a domain made of constraints of this domain, or that g_i = h_i(A_i x + c_i)
    with h_i so on all of R^m (``maps[i]``), or None when g_i is a constant; the rows of the strictly convex parts
    (the V_i's unit vectors, the A_i's rows) have full rank. Or f = max(g_1, ...) (min for concave) with every g_i
    strictly convex (concave) in all the variables; or f = h(g) with one part proving g strictly convex (concave)
    and h strictly monotone of the right curvature where g takes its values (see ``check.sums``)."""

    kind: ClassVar[str] = "sum"
    proves: str  # "strictly_convex" | "strictly_concave"
    parts: tuple = ()
    #: None, or one entry per part: None, or {u: affine tree in the variables} when the part proves h(u) and the
    #: term is h at those trees (``check.sums``: the strict terms' rows must then have full rank). Omitted when empty.
    maps: tuple = ()

    def summary(self) -> str:
        side = self.proves.removeprefix("strictly_")
        if self.function and self.function[0] not in ("add", "max", "min"):
            inner = str(self.parts[0].get("proves", "")).replace("_", " ") if self.parts and self.parts[0] else ""
            return (f"{self.proves.replace('_', ' ')}: h(g) with g {inner} in all variables and h {side}, strictly "
                    "monotone where g takes its values")
        if self.function and self.function[0] in ("max", "min"):
            return (f"{self.proves.replace('_', ' ')}: a {self.function[0]} of {len(self.parts)} functions, each "
                    f"strictly {side} in all variables")
        strict = sum(1 for p in self.parts if isinstance(p, dict) and str(p.get("proves", "")).startswith("strictly"))
        if any(self.maps):
            return (f"{self.proves.replace('_', ' ')}: a sum of {len(self.parts)} terms, each {side}, {strict} of "
                    "them strictly in affine forms whose rows have full rank")
        return (f"{self.proves.replace('_', ' ')}: a sum of {len(self.parts)} terms, each "
                f"{side}, {strict} of them strictly in variables that together cover all variables")


@dataclass(frozen=True, kw_only=True, eq=False)
class DataVectorCertificate(Certificate):
    """The subject, read for every dimension d: ``vectors`` names its vectors (variables w, data x_1), a product
    of a vector variable and a data vector in the tree is their inner product, w^2 is ||w||_2^2 and |w| is
    ||w||_2; it is h of the ``maps`` {u: tree affine in inner products} plus norm terms, and ``parts`` holds one
    certificate that h is convex / concave / affine in the maps' names (``check.datavectors``)."""

    kind: ClassVar[str] = "datavector"
    proves: str  # convex | concave | affine | strictly_convex | strictly_concave
    vectors: tuple = ()
    maps: dict = field(default_factory=dict)
    parts: tuple = ()

    def summary(self) -> str:
        inner = str(self.parts[0].get("proves", "")).replace("_", " ") if self.parts else "affine"
        return (f"{self.proves.replace('_', ' ')} for every dimension: h is {inner} in {len(self.maps)} affine "
                f"forms of inner products with data vectors, plus norm terms ({', '.join(self.vectors)} vectors)")


@dataclass(frozen=True, kw_only=True, eq=False)
class MatrixCertificate(Certificate):
    """The subject, read for every size of its matrices and vectors: a sum of rational multiples of matrix atoms
    (leaves ``logdet(X)``, ``quadform(x,A)``, ... whose facts are a table, ``check.matrices.ATOMS``); the domain holds
    Loewner conditions on its symmetric matrices (X > 0: positive definite) and signs of its numbers."""

    kind: ClassVar[str] = "matrix"
    proves: str  # convex | concave | affine | strictly_convex | strictly_concave

    def summary(self) -> str:
        return (f"{self.proves.replace('_', ' ')} for every size: a sum of multiples of matrix atoms, each with its "
                "textbook fact (check.matrices)")


@dataclass(frozen=True, kw_only=True, eq=False)
class RestrictionCertificate(Certificate):
    """f on its domain cut by affine ``equalities`` ([lhs, rhs] trees): the ``map`` writes the eliminated variables
    as affine trees in the kept ones, and ``part`` (a certificate, as a JSON dict) proves ``proves`` of f with the
    map substituted, in the kept variables, on the domain with the map substituted (``check.restriction``). The
    digest covers the equalities, as constraints ``["eq", lhs, rhs]`` after the domain's."""

    kind: ClassVar[str] = "restriction"
    proves: str
    equalities: tuple = ()
    map: dict = field(default_factory=dict)
    part: dict = field(default_factory=dict)

    def __post_init__(self):
        if not self.digest:
            cut = (*self.domain, *(["eq", *pair] for pair in self.equalities))
            object.__setattr__(self, "digest", subject_digest(self.variables, self.function, self.network, cut,
                                                              self.parameters))
        super().__post_init__()

    def summary(self) -> str:
        shown = ", ".join(f"{name} = {to_sympy(value)}" for name, value in self.map.items())
        return f"{self.proves.replace('_', ' ')}: on the affine set, with {shown}: {from_json(self.part).summary()}"


@dataclass(frozen=True, kw_only=True, eq=False)
class SaddleCertificate(Certificate):
    """A strict saddle (``proves = "strict_saddle"``): the gradient of f at ``point`` is exactly 0, and
    d²/dt² f(p + t u) < 0 < d²/dt² f(p + t v) at t = 0 (``u = neg_direction``, ``v = pos_direction``), p strictly
    inside a smooth piece and the domain; or a higher-order saddle (``proves = "saddle"``, f a polynomial): the
    gradient is 0 and the exact Taylor coefficients of t ↦ f(p + t u) and t ↦ f(p + t v) (``neg_jet``,
    ``pos_jet``: c_0, c_1, ..., c_k) have their first nonzero coefficient after c_0 negative, resp. positive.
    Either way p is a critical point that is neither a local minimum nor a local maximum (``check.landscape``)."""

    kind: ClassVar[str] = "saddle"
    proves: str
    point: tuple[str, ...]
    neg_direction: tuple[str, ...]
    pos_direction: tuple[str, ...]
    neg_jet: tuple[str, ...]   # strict: (f(p), slope, second derivative) stated; higher order: c_0, ..., c_k
    pos_jet: tuple[str, ...]

    def summary(self) -> str:
        if self.proves == "strict_saddle":
            return (f"strict saddle at p = {self._point(self.point)}: ∇f(p) = 0, d²/dt² f(p + t·u) = "
                    f"{self._shown(self.neg_jet[-1])} < 0 for u = {self._point(self.neg_direction)}, "
                    f"d²/dt² f(p + t·v) = {self._shown(self.pos_jet[-1])} > 0 for v = {self._point(self.pos_direction)}")

        def lead(jet):
            """The jet's first nonzero term after the value: "1 - 2·t³ + …" (not "1 + (-2)·t^3 + …")."""
            k = next((i for i, c in enumerate(jet) if i and c not in ("0", 0)), len(jet) - 1)
            coefficient = str(jet[k])
            sign, size = ("-", coefficient[1:]) if coefficient.startswith("-") else ("+", coefficient)
            term = ("" if size == "1" else f"{size}·") + "t" + str(k).translate(_SUPERSCRIPT_DIGITS)
            if str(jet[0]) == "0":
                return f"{'-' if sign == '-' else ''}{term} + …"
            return f"{jet[0]} {sign} {term} + …"

        return (f"higher-order saddle at p = {self._point(self.point)}: ∇f(p) = 0, f(p + t·u) = {lead(self.neg_jet)} "
                f"for u = {self._point(self.neg_direction)}, f(p + t·v) = {lead(self.pos_jet)} for "
                f"v = {self._point(self.pos_direction)}")


#: Display only: t³ for the power of a saddle's leading term.
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True, kw_only=True, eq=False)
class MinimumCertificate(Certificate):
    """A strict local minimum in a box (``proves = "strict_local_minimum"``), or a spurious one
    (``"spurious_local_minimum"``): the box B = center + [-r, r]^n, r = 2^-floor(grid/2), ``center`` on the grid
    2^-grid Z^n; rigorous ball arithmetic shows that grad f has exactly one zero p* in B (Krawczyk), that the
    Hessian exceeds ``hessian_bound`` t (a multiple of 2^-20) on all of B, and, for a spurious minimum, that f at the
    point ``better`` q is below f's lower bound on B (``check.minimum``)."""

    kind: ClassVar[str] = "minimum"
    proves: str
    center: tuple[str, ...]
    grid: int
    hessian_bound: str
    better: tuple[str, ...] = ()

    @property
    def radius(self) -> Fraction:
        return Fraction(1, 2 ** (int(self.grid) // 2))

    def summary(self) -> str:
        what = self.proves.replace("_", " ")
        q = f"; f(q) is below f on the box at q = {self._point(self.better)}" if len(self.better) else ""
        return (f"{what}: grad f has exactly one zero p* in the box of radius 2^-{int(self.grid) // 2} around "
                f"c = {self._point(self.center)}, and the Hessian is > {self.hessian_bound} on the box{q}")


@dataclass(frozen=True, kw_only=True, eq=False)
class MinimaCountCertificate(Certificate):
    """At least ``count`` strict local minima: ``minima`` holds that many ``minimum`` certificates (JSON dicts)
    about this very subject, whose boxes are pairwise disjoint (``check.minimum``)."""

    kind: ClassVar[str] = "minima_count"
    proves: str
    count: int
    minima: tuple = ()

    def summary(self) -> str:
        return f"at least {self.count} strict local minima, in {self.count} pairwise disjoint boxes"


@dataclass(frozen=True, kw_only=True, eq=False)
class IdentityCertificate(Certificate):
    """f = g on the domain, and ``proof`` (a certificate about g, as a JSON dict) proves ``proves`` of g, hence of
    f. ``cases`` has one entry per combination of branches of f's kinks (in the order ``check.pieces`` enumerates
    them): ``{"branches": [...], "identity": true}`` (the branch expression equals g exactly) or
    ``{"branches": [...], "farkas": {"conditions": [...], "domain": [...]}}`` (nonnegative multipliers showing the
    combination's open region empty). ``interior``: a point strictly inside the domain's affine constraints with
    its stated slacks, or None when there are none (see ``check.pieces``)."""

    kind: ClassVar[str] = "identity"
    proves: str
    cases: tuple = ()
    interior: dict | None = None
    proof: dict = field(default_factory=dict)

    def summary(self) -> str:
        from .pretty import pretty  # display only

        g = self.proof.get("function") if isinstance(self.proof, dict) else None
        shown = pretty(to_sympy(g)) if isinstance(g, list) else "?"
        split = sum(1 for c in self.cases if isinstance(c, dict) and "farkas" in c)
        return (f"{self.proves.replace('_', ' ')}: f = {shown} on the domain (a case split over {len(self.cases)} "
                f"branch combinations, {split} of them empty), and that function is "
                f"{self.proves.replace('_', ' ')} ({self.proof.get('kind', '?') if isinstance(self.proof, dict) else '?'})")


@dataclass(frozen=True, kw_only=True, eq=False)
class PiecesCertificate(Certificate):
    """In one variable: f = g_j on the closed intervals cut by ``breakpoints`` b_1 < ... < b_m, each g_j
    ``proves``-like on its interval (``pieces[j]["proof"]``), the identities shown as in ``IdentityCertificate``
    (``pieces[j]``: ``function``, ``cases``, ``interior``, ``proof``), and the one-sided slopes
    ``slopes[i] = [g_i'(b_i), g_{i+1}'(b_i)]`` (stated) nondecreasing (convex) or nonincreasing (concave)."""

    kind: ClassVar[str] = "pieces"
    proves: str
    breakpoints: tuple = ()
    pieces: tuple = ()
    slopes: tuple = ()

    def summary(self) -> str:
        cuts = ", ".join(str(b) for b in self.breakpoints[:6]) + (", ..." if len(self.breakpoints) > 6 else "")
        return (f"{self.proves.replace('_', ' ')}: {len(self.pieces)} smooth pieces cut at {cuts}, each "
                f"{self.proves.replace('_', ' ')} on its closed interval, with one-sided slopes "
                f"{'equal' if self.proves == 'affine' else 'monotone'} at every cut")


VECTOR_FIELDS = ("a", "b", "m", "point", "direction")


@dataclass(frozen=True, kw_only=True, eq=False)
class QuasiMidpointCertificate(Certificate):
    """f(lam a + (1-lam) b) > max(f(a), f(b)) (refutes quasiconvexity) or < min(f(a), f(b)) (refutes
    quasiconcavity), exactly (``check.quasi``); the fields of a midpoint certificate."""

    kind: ClassVar[str] = "quasimidpoint"
    refutes: str  # "quasiconvex" | "quasiconcave"
    a: tuple[str, ...]
    b: tuple[str, ...]
    lam: str
    values: dict = field(default_factory=dict)
    m: tuple[str, ...] = ()

    def __post_init__(self):
        super().__post_init__()
        _state_m(self)

    def summary(self) -> str:
        v, (a, b, m) = self.values, self._labels("a", "b", "m")
        rel, ends = (">", "max") if self.refutes == "quasiconvex" else ("<", "min")
        return (f"not {self.refutes}: f({m}) = {self._shown(v.get('f(m)'))} {rel} {ends}(f({a}), f({b})) with f({a}) = "
                f"{self._shown(v.get('f(a)'))}, f({b}) = {self._shown(v.get('f(b)'))}; {a} = {self._point(self.a)}, "
                f"{b} = {self._point(self.b)}, {m} = {self._point(self.m)} = {self.lam}·{a} + (1 - {self.lam})·{b}")


@dataclass(frozen=True, kw_only=True, eq=False)
class QuasiCertificate(Certificate):
    """f is quasiconvex / quasiconcave / quasilinear (``check.quasi``): ``by`` "outer" (f = phi(g), phi monotone
    where g takes its values, ``part`` proves g convex, concave, affine or quasi-so), "log" (``part`` proves log f
    so, f > 0) or "monotone" (one variable on an interval, f' of one sign: no part)."""

    kind: ClassVar[str] = "quasi"
    proves: str
    by: str
    part: dict | None = None
    #: "monotone" only: a rational c inside the interval where f' changes sign ("" for one sign throughout)
    breakpoint: str = ""

    def summary(self) -> str:
        inner = str(self.part.get("proves", "")).replace("_", " ") if isinstance(self.part, dict) else ""
        how = {"outer": f"f = φ(g) with φ monotone where g takes its values and g {inner}",
               "log": f"log f is {inner} and f = exp(log f) with exp increasing",
               "ratio": f"f = p/q with q affine and positive and p {inner}",
               "closure": f"f is {inner} on the open box and continuous on the closed one",
               "monotone": "one variable, f' of one sign on the interval: f is monotone" if not self.breakpoint else
               f"one variable, f' of one sign on each side of {self.breakpoint}: f is monotone on each side"}.get(
                   self.by, self.by)
        return f"{self.proves}: {how}"


@dataclass(frozen=True, kw_only=True, eq=False)
class LogLogCertificate(Certificate):
    """f's log-log curvature on the positive orthant (``check.quasi``): ``part`` is a certificate about
    F(u) = log f(exp(u)) (in the same variable names), whose statement is f's in log-log coordinates."""

    kind: ClassVar[str] = "loglog"
    proves: str
    part: dict = field(default_factory=dict)

    def summary(self) -> str:
        inner = self.part.get("statement") or self.part.get("proves") or ("not_" + str(self.part.get("refutes")))
        return (f"{self.proves.replace('_', ' ').replace('loglog', 'log-log')}: F(u) = log f(e^u) is "
                f"{str(inner).replace('_', ' ')} ({self.part.get('kind', '?')} certificate about F)")


def parameter_name(widths, bias: bool, k: int) -> str:
    """The name of a network spec's k-th parameter (0-based) in the documented order, without listing the names:
    for each layer l the weights ``W{l}_{i}_{j}`` row by row, then the biases ``b{l}_{i}`` (1-based).

    >>> parameter_name([2, 3, 1], True, 6), parameter_name([2, 3, 1], True, 9)
    ('b1_1', 'W2_1_1')
    """
    for l in range(1, len(widths)):
        rows, cols = widths[l], widths[l - 1]
        if k < rows * cols:
            i, j = divmod(k, cols)
            return f"W{l}_{i + 1}_{j + 1}"
        k -= rows * cols
        if bias:
            if k < rows:
                return f"b{l}_{k + 1}"
            k -= rows
    raise IndexError("parameter index out of range")


def _is_array(value) -> bool:
    """A numpy array (duck-typed: this module does not import numpy)."""
    return hasattr(value, "dtype") and hasattr(value, "tolist") and hasattr(value, "ndim")


def _plain(value):
    return tuple(value.tolist()) if _is_array(value) else value


def dumps_readable(data) -> str:
    """JSON with one sorted top-level key per line (for dicts; lists of dicts get one item per line)."""
    if isinstance(data, list):
        return "[\n" + ",\n".join(dumps_readable(item) for item in data) + "\n]"
    items = [f" {json.dumps(k)}: {json.dumps(data[k], sort_keys=True)}" for k in sorted(data)]
    return "{\n" + ",\n".join(items) + "\n}"


def subject_digest(variables, function, network, domain, parameters=()) -> str:
    """SHA-256 of the canonical JSON of what a certificate is about (variables, function or network,
    domain, and its parameters when it has any): binds the certificate to its subject, so that changing any
    number in the subject is caught."""
    subject = [list(variables), function, network, [list(c) for c in domain]]
    if parameters:
        subject.append(list(parameters))
    canonical = json.dumps(subject, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


CERTIFICATE_CLASSES: dict[str, type[Certificate]] = {
    cls.kind: cls for cls in (MidpointCertificate, CurvatureCertificate, RulesCertificate, HessianCertificate,
                              SumCertificate, SaddleCertificate, MinimumCertificate, MinimaCountCertificate,
                              IdentityCertificate, PiecesCertificate, DataVectorCertificate, RestrictionCertificate,
                              QuasiMidpointCertificate, QuasiCertificate, LogLogCertificate, MatrixCertificate)
}


def from_json(data: str | bytes | dict) -> Certificate:
    """Read a certificate from its JSON text (or already-decoded dict); ``CertificateError`` if malformed.

    This only checks the *shape* (kind, version, field names and types); ``check.verify`` checks the
    mathematics.
    """
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except (ValueError, RecursionError) as exc:
            raise CertificateError(f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise CertificateError("a certificate must be a JSON object")
    if data.get("symconvex") != VERSION:
        raise CertificateError(f"version: expected symconvex {VERSION}, found {data.get('symconvex')!r}")
    cls = CERTIFICATE_CLASSES.get(data.get("kind"))
    if cls is None:
        raise CertificateError(f"kind: unknown certificate kind {data.get('kind')!r}")
    names = {f.name for f in fields(cls)}
    extra = set(data) - names - {"symconvex", "kind"}
    if extra:
        raise CertificateError(f"{cls.kind}: unexpected fields {sorted(extra)}")
    missing = {"digest", *_STATED_FIELDS.get(cls.kind, ())} - set(data)
    if missing:
        raise CertificateError(f"{cls.kind}: missing fields {sorted(missing)}")
    for name in _STATED_NUMBERS.get(cls.kind, ()):  # stated by the finder; never completed here
        if not isinstance(data[name], str) or not data[name]:
            raise CertificateError(f"{cls.kind}: {name} must be stated ('p/q' or '~d.ddde-k'), found "
                                   f"{clipped(data[name])}")
    if cls.kind in ("midpoint", "quasimidpoint") and (not isinstance(data["m"], list) or not data["m"]):
        raise CertificateError(f"midpoint: m (the point lam a + (1 - lam) b) must be stated, "
                               f"found {clipped(data['m'])}")
    kwargs = {}
    for f in fields(cls):
        if f.name in data:
            value = data[f.name]
            kwargs[f.name] = tuple(value) if isinstance(value, list) and f.name in _TUPLE_FIELDS else value
    try:
        cert = cls(**kwargs)
    except TypeError as exc:
        raise CertificateError(f"{cls.kind}: {exc}") from None
    if not isinstance(cert.variables, tuple) or not all(isinstance(v, str) for v in cert.variables):
        raise CertificateError(f"{cls.kind}: variables must be a list of names")
    return cert


_TUPLE_FIELDS = {"variables", "domain", "a", "b", "m", "point", "direction", "pattern", "parts", "maps", "parameters",
                 "parameter_values", "neg_direction", "pos_direction", "neg_jet", "pos_jet", "center", "better",
                 "minima", "cases", "breakpoints", "pieces", "slopes"}
_STATED_FIELDS = {"midpoint": ("m", "values"), "quasimidpoint": ("m", "values"), "curvature": ("value", "slope", "second_derivative"),
                  "identity": ("proves", "cases", "interior", "proof"),
                  "pieces": ("proves", "breakpoints", "pieces", "slopes")}
_STATED_NUMBERS = {"curvature": ("value", "slope", "second_derivative")}

__all__ = [
    "CERTIFICATE_CLASSES", "Certificate", "CurvatureCertificate", "DataVectorCertificate", "HessianCertificate", "IdentityCertificate",
    "LogLogCertificate", "MatrixCertificate", "MidpointCertificate", "MinimaCountCertificate", "MinimumCertificate", "PiecesCertificate",
    "QuasiCertificate", "QuasiMidpointCertificate",
    "MAX_DEPTH", "MAX_DIGITS", "MAX_EXPONENT", "OPERATORS", "RulesCertificate", "SaddleCertificate", "SumCertificate", "VECTOR_FIELDS",
    "VERSION", "check_exponent", "check_tree", "clipped", "constraint_to_sympy", "constraint_to_tree",
    "dumps_readable", "exact", "from_json", "is_approx", "parameter_name", "parse_coordinate", "parse_rational",
    "rational_to_str", "subject_digest", "to_sympy", "to_tree", "tree_variables",
]
