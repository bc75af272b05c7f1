r"""The checker's reading of the certificate format's numbers and expression trees (kernel; trusted).

The format is written by ``symconvex.certificates`` and read here independently, on purpose (the writers' data
model is no part of what a reader of the checker must trust): a rational is a string ``"p/q"`` or ``"p"``, q > 0 (a
vector coordinate may also be a JSON integer; never a float); an expression is a list headed by an operator of
``OPERATORS`` with its arity (``["num", "3/2"]``, ``["var", "x"]``, ``["add", e1, e2, ...]``, ``["pow", b, e]``,
``["exp", e]``, ...); a domain constraint is ``[rel, lhs, rhs]``, rel in ``RELATIONS`` (lhs >, >=, <, <= rhs).
Caps, each refused in one line before any work of that size: trees nest at most ``MAX_DEPTH`` levels (walked
iteratively), an integer has at most ``MAX_DIGITS`` digits, a numeric exponent p/q has |p|, q <= ``MAX_EXPONENT``.
``subject_digest`` (SHA-256 of the canonical JSON of the subject) binds a certificate to what it is about.
"""

from __future__ import annotations

import hashlib
import json
import numbers
import re
from fractions import Fraction

from ..errors import CertificateError

#: operator -> number of arguments (None: two or more).
OPERATORS: dict[str, int | None] = {
    "num": 1, "var": 1, "add": None, "mul": None, "pow": 2, "exp": 1, "log": 1, "abs": 1, "max": None, "min": None,
    "relu": 1, "leaky_relu": 2, "sigmoid": 1, "softplus": 1, "tanh": 1, "pi": 0, "sin": 1, "cos": 1, "tan": 1,
    "sinh": 1, "cosh": 1, "arctan": 1, "arcsinh": 1, "arcsin": 1, "arccos": 1, "arccosh": 1, "artanh": 1,
    "erf": 1, "erfc": 1, "gamma": 1, "digamma": 1, "trigamma": 1}
RELATIONS = ("gt", "ge", "lt", "le")
MAX_DEPTH, MAX_DIGITS, MAX_EXPONENT = 200, 2000, 10 ** 4

_RATIONAL = re.compile(r"^-?\d+(/\d+)?$")  # as the writers' (``certificates``): the bulk parsers match it
_NAME = re.compile(r"^[^\x00-\x1f\"\\]{1,100}$")


def clipped(value, width: int = 60) -> str:
    """``repr(value)`` cut to ``width`` characters, for a one-line message (a huge integer by its size)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 10_000:
        return f"<an integer of {value.bit_length()} bits>"
    text = repr(value)
    return text if len(text) <= width else text[:width - 3] + "..."


def parse_rational(text, what: str = "number") -> Fraction:
    """``"p/q"`` -> ``Fraction``; anything else (or more than ``MAX_DIGITS`` digits) raises naming ``what``.

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


def parse_coordinate(value, what: str = "number") -> Fraction:
    """A vector coordinate: a rational string or an integer (never a float or a bool).

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


def vector(values, n: int, what: str) -> list[Fraction]:
    """A list of ``n`` coordinates (``parse_coordinate`` each; a 1-d numpy array in memory counts as a list)."""
    if type(values).__name__ == "ndarray" and getattr(values, "ndim", None) == 1:
        values = values.tolist()
    if not isinstance(values, (list, tuple)) or len(values) != n:
        raise CertificateError(f"{what}: expected {n} coordinates, found "
                               f"{len(values) if isinstance(values, (list, tuple)) else clipped(values)}")
    return [parse_coordinate(v, what) for v in values]


def rational_to_str(value) -> str:
    """A rational as the format writes it: ``"p/q"``, or ``"p"`` when q = 1."""
    return str(Fraction(value))


def check_exponent(r: Fraction, where: str) -> None:
    """Refuse a power's rational exponent p/q with |p| or q above ``MAX_EXPONENT``."""
    if abs(r.numerator) > MAX_EXPONENT or r.denominator > MAX_EXPONENT:
        text = str(r) if len(str(r)) <= 40 else str(r)[:37] + "..."
        raise CertificateError(f"{where}: pow: the exponent {text} exceeds {MAX_EXPONENT} in its numerator or "
                               "denominator")


def check_tree(tree, where: str = "expression") -> None:
    """Raise ``CertificateError`` unless ``tree`` is a well-formed expression tree within the caps."""
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise CertificateError(f"{where}: the expression is nested deeper than {MAX_DEPTH} levels")
        if not isinstance(node, list) or not node or not isinstance(node[0], str) or node[0] not in OPERATORS:
            raise CertificateError(f"{where}: not a whitelisted expression node: {str(node)[:60]}")
        head, args, arity = node[0], node[1:], OPERATORS[node[0]]
        if (arity is None and len(args) < 2) or (arity is not None and len(args) != arity):
            raise CertificateError(f"{where}: '{head}' given {len(args)} arguments")
        if head == "num":
            parse_rational(args[0], where)
        elif head == "var":
            if not isinstance(args[0], str) or not _NAME.match(args[0]):
                raise CertificateError(f"{where}: 'var' takes one variable name, found {clipped(args)}")
        else:
            if head == "pow" and isinstance(args[1], list) and args[1][:1] == ["num"] and len(args[1]) == 2:
                check_exponent(parse_rational(args[1][1], where), where)
            stack.extend((a, depth + 1) for a in reversed(args))


def check_constraint_tree(constraint, where: str) -> None:
    """Raise ``CertificateError`` unless ``constraint`` is ``[rel, lhs, rhs]`` with two well-formed trees."""
    if not isinstance(constraint, list) or len(constraint) != 3 or constraint[0] not in RELATIONS:
        raise CertificateError(f"{where}: not a constraint [rel, lhs, rhs]")
    check_tree(constraint[1], where)
    check_tree(constraint[2], where)


def tree_variables(tree) -> set[str]:
    """The variable names that occur in a (checked) tree, walked iteratively."""
    names, stack = set(), [tree]
    while stack:
        node = stack.pop()
        if node[0] == "var":
            names.add(node[1])
        elif node[0] != "num":
            stack.extend(node[1:])
    return names


def subject_digest(variables, function, network, domain, parameters=()) -> str:
    """SHA-256 of the canonical JSON of what a certificate is about (its parameters only when it has some)."""
    subject = [list(variables), function, network, [list(c) for c in domain]]
    canonical = json.dumps(subject + ([list(parameters)] if parameters else []), sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


__all__ = ["MAX_DEPTH", "MAX_DIGITS", "MAX_EXPONENT", "OPERATORS", "RELATIONS", "check_constraint_tree",
           "check_exponent", "check_tree", "clipped", "parse_coordinate",
           "parse_rational", "rational_to_str", "subject_digest", "tree_variables", "vector"]
