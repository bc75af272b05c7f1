r"""The checker's own reading of a certificate's JSON into a plain, immutable ``Record`` (kernel; trusted).

The checker never trusts a Python object built by the finders: ``read`` takes JSON text, a dict, or an object with
``to_json()`` (serialized first), and builds its record from the JSON alone, field by field from one table,
``KINDS``: kind -> field -> (type, default). A field without a default is required. Refused, each with one line
naming the field: text that is not JSON (or has NaN/Infinity), anything but an object, another format version, an
unknown kind, an unknown or a missing field, a value of the wrong type, a stated value that is empty or not a
number, and anything over the caps of ``check.trees`` (digits, exponents, tree depth). What is *not* decided here:
the mathematics (``check.verify`` and the kind modules), the network spec's shape (``check.network``), the digest.

Types (``TYPES``): ``names`` a list of strings; ``tree`` an expression tree (``tree?``: or null); ``constraints`` a
list of ``[rel, lhs, rhs]``; ``vector`` a list of rational strings or integers (``vector+``: nonempty); ``rational``
a rational string; ``stated`` a value the finder states and the checker recomputes: a rational string or an
approximation ``"~d.ddde-k"``, never empty (``stated_map``: an object of them, ``stated_list``: a list of them);
``ints`` a list of integers; ``int``; ``text`` a string; ``object`` (``object?``: or null); ``list`` a list (kept as a
list); ``items`` a list (kept as a tuple). Top-level lists become tuples where the table says so; nested JSON data
stays as parsed (it was parsed here, so nothing outside the checker holds it).
"""

from __future__ import annotations

import json
import re
from types import MappingProxyType

from ..errors import CertificateError
from .trees import MAX_DIGITS, check_constraint_tree, check_tree, clipped, parse_coordinate, parse_rational

VERSION = 1
_STATED = re.compile(r"^(-?\d+(/\d+)?|~-?\d+(\.\d+)?(e[-+]?\d+)?)$")
_BIG = 10 ** MAX_DIGITS


def _vector(value, field):
    if isinstance(value, list):  # the common cases at C speed: all integers within the cap, or all short strings
        kinds = set(map(type, value))
        if kinds == {int} and -_BIG < min(value) and max(value) < _BIG or \
                kinds == {str} and 0 < min(map(len, value)) and max(map(len, value)) <= 2 * MAX_DIGITS + 2:
            return tuple(value)
    return _items(value, field, _coordinate, "a list of rational strings 'p/q' or integers", parse_coordinate)


def _items(value, field, ok, what, explain=None):
    if not isinstance(value, list) or not all(map(ok, value)):
        for v in value if isinstance(value, list) and explain else ():
            if not ok(v):
                explain(v, field)  # the first bad entry's own message
        raise CertificateError(f"{field}: expected {what}, found {clipped(value)}")
    return tuple(value)


def _int(v) -> bool:
    return type(v) is int


def _name(v) -> bool:
    return type(v) is str


def _coordinate(v) -> bool:
    return (type(v) is str and 0 < len(v) <= 2 * MAX_DIGITS + 2) or (type(v) is int and -_BIG < v < _BIG)


def _stated(v) -> bool:
    return type(v) is str and bool(_STATED.match(v))


def _tree(value, field):
    check_tree(value, field)
    return value


def _constraints(value, field):
    if not isinstance(value, list):
        raise CertificateError(f"{field}: expected a list of constraints [rel, lhs, rhs], found {clipped(value)}")
    for k, c in enumerate(value):
        check_constraint_tree(c, f"{field}[{k}]")
    return tuple(value)


def _stated_map(value, field):
    if not isinstance(value, dict):
        raise CertificateError(f"{field}: expected an object of stated values, found {clipped(value)}")
    for key, v in value.items():
        if not _stated(v):
            raise CertificateError(f"{field}: {key} must be stated ('p/q' or '~d.ddde-k'), found {clipped(v)}")
    return MappingProxyType(dict(value))


def _stated_one(value, field):
    if not _stated(value):
        raise CertificateError(f"{field}: must be stated ('p/q' or '~d.ddde-k'), found {clipped(value)}")
    return value


def _typed(check, what):
    def read(value, field):
        if not check(value):
            raise CertificateError(f"{field}: expected {what}, found {clipped(value)}")
        return value
    return read


#: type name -> reader(value, field name) -> the value as the record holds it (or ``CertificateError``).
TYPES = {
    "names": lambda v, f: _items(v, f, _name, "a list of names"),
    "tree": _tree,
    "tree?": lambda v, f: None if v is None else _tree(v, f),
    "constraints": _constraints,
    "vector": _vector,
    "vector+": lambda v, f: TYPES["vector"](v, f) if v else _stated_one(v, f),
    "rational": lambda v, f: (parse_rational(v, f), v)[1],
    "stated": _stated_one,
    "stated_map": _stated_map,
    "stated_list": lambda v, f: _items(v, f, _stated, "a list of stated values ('p/q' or '~d.ddde-k')"),
    "ints": lambda v, f: _items(v, f, _int, "a list of integers"),
    "int": _typed(lambda v: type(v) is int, "an integer"),
    "text": _typed(lambda v: type(v) is str, "a string"),
    "object": _typed(lambda v: type(v) is dict, "a JSON object"),
    "object?": _typed(lambda v: v is None or type(v) is dict, "a JSON object or null"),
    "list": _typed(lambda v: type(v) is list, "a list"),
    "items": lambda v, f: _items(v, f, lambda x: True, "a list"),
}

_REQUIRED = object()
#: The fields every kind has: what the certificate is about (exactly one of function and network; see
#: ``check.subject_tree``), its binding digest, and free text (never checked).
COMMON = {"variables": ("names", _REQUIRED), "function": ("tree?", None), "network": ("object?", None),
          "domain": ("constraints", ()), "note": ("text", ""), "digest": ("text", _REQUIRED),
          "parameters": ("names", ()), "parameter_values": ("vector", ())}
R = _REQUIRED
#: kind -> its own fields: name -> (type, default; ``R``: required).
KINDS = {
    "midpoint": {"refutes": ("text", R), "a": ("vector", R), "b": ("vector", R), "lam": ("rational", R),
                 "values": ("stated_map", R), "m": ("vector+", R)},
    "curvature": {"refutes": ("text", R), "point": ("vector", R), "direction": ("vector", R),
                  "second_derivative": ("stated", R), "value": ("stated", R), "slope": ("stated", R),
                  "pattern": ("ints", ())},
    "rules": {"proves": ("text", R), "derivation": ("object", R)},
    "hessian": {"proves": ("text", R), "hessian": ("list", R), "L": ("list", R), "D": ("list", R),
                "pivot_signs": ("list", [])},
    "sum": {"proves": ("text", R), "parts": ("items", ())},
    "saddle": {"proves": ("text", R), "point": ("vector", R), "neg_direction": ("vector", R),
               "pos_direction": ("vector", R), "neg_jet": ("stated_list", R), "pos_jet": ("stated_list", R)},
    "minimum": {"proves": ("text", R), "center": ("vector", R), "grid": ("int", R), "hessian_bound": ("rational", R),
                "better": ("vector", ())},
    "minima_count": {"proves": ("text", R), "count": ("int", R), "minima": ("items", ())},
    "identity": {"proves": ("text", R), "cases": ("items", R), "interior": ("object?", R), "proof": ("object", R)},
    "pieces": {"proves": ("text", R), "breakpoints": ("items", R), "pieces": ("items", R), "slopes": ("items", R)},
}


class Record:
    """A certificate as the checker read it: ``kind`` and one attribute per field of ``KINDS[kind]``; immutable."""

    __slots__ = ("kind", "_fields")

    def __init__(self, kind: str, fields: dict):
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "_fields", MappingProxyType(fields))

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        raise AttributeError("a certificate record is read-only")

    def __repr__(self) -> str:
        return f"Record({self.kind!r}, {clipped(dict(self._fields), 200)})"


def make(kind: str, **values) -> Record:
    """A record the checker builds itself (e.g. a rules derivation inside a domain certificate): the given fields,
    the defaults of the others; no field is checked (the caller's data was read and checked already)."""
    fields = {name: default for name, (_, default) in {**COMMON, **KINDS[kind]}.items() if default is not R}
    return Record(kind, {**fields, **values})


def loads(text):
    """The JSON value of ``text`` (NaN and Infinity refused); ``CertificateError`` when it is not JSON."""
    def refuse(name):
        raise ValueError(f"{name} is not a number of the format")

    try:
        return json.loads(text, parse_constant=refuse)
    except RecursionError:
        raise CertificateError(_DEEP) from None
    except ValueError as exc:
        raise CertificateError(f"not valid JSON: {str(exc)[:80]}") from None


def read(data) -> Record:
    """The record of a certificate given as JSON text, a dict, or an object with ``to_dict()`` / ``to_json()`` (its
    JSON form taken first: only plain JSON data is read, copied, so nothing of the object is trusted or kept);
    ``CertificateError`` when it is not a well-formed certificate.

    >>> read('{"symconvex": 1, "kind": "rules", "variables": ["x"], "digest": "", "proves": "convex"}')
    Traceback (most recent call last):
    ...
    symconvex.errors.CertificateError: rules: missing fields ['derivation']
    """
    if not isinstance(data, (str, bytes, dict)):
        if hasattr(data, "to_dict"):
            data = data.to_dict()
        elif hasattr(data, "to_json"):
            data = data.to_json()
    if isinstance(data, (str, bytes)):
        return read_parsed(loads(data))
    if not isinstance(data, dict):
        raise CertificateError("a certificate must be a JSON object")
    copied = {}
    for key, value in data.items():
        try:
            if type(key) is not str:
                raise TypeError(f"the key {clipped(key)} is not a string")
            copied[key] = _plain(value)
        except RecursionError:
            raise CertificateError(_DEEP) from None
        except (TypeError, ValueError) as exc:
            raise CertificateError(f"{clipped(key)}: not JSON ({exc})") from None
    return read_parsed(copied)


_DEEP = "the certificate is nested too deeply to check"


def _plain(value):
    """A copy of ``value`` in JSON's own types, as ``json.loads(json.dumps(value))`` gives it (tuples as lists;
    no NaN, no infinity, no other type), else ``TypeError`` / ``ValueError``."""
    kind = type(value)
    if value is None or kind in (str, int, bool):
        return value
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("NaN and infinity are not JSON numbers")
        return value
    if kind in (list, tuple):
        return list(value) if set(map(type, value)) <= {int, str} else [_plain(v) for v in value]
    if kind is dict and all(type(k) is str for k in value):
        return {k: _plain(v) for k, v in value.items()}
    raise TypeError(f"a {kind.__name__} is not JSON data")


def read_parsed(data) -> Record:
    """The record of a certificate already parsed from JSON by the checker (a part of a certificate it read)."""
    if not isinstance(data, dict):
        raise CertificateError("a certificate must be a JSON object")
    if data.get("symconvex") != VERSION or type(data.get("symconvex")) is not int:
        raise CertificateError(f"version: expected symconvex {VERSION}, found {clipped(data.get('symconvex'))}")
    kind = data.get("kind")
    table = KINDS.get(kind) if isinstance(kind, str) else None
    if table is None:
        raise CertificateError(f"kind: unknown certificate kind {clipped(kind)}")
    table = {**COMMON, **table}
    extra = set(data) - set(table) - {"symconvex", "kind"}
    if extra:
        raise CertificateError(f"{kind}: unexpected fields {sorted(extra)}")
    missing = [name for name, (_, default) in table.items() if default is R and name not in data]
    if missing:
        raise CertificateError(f"{kind}: missing fields {sorted(missing)}")
    fields = {name: TYPES[type_name](data[name], name) if name in data else default
              for name, (type_name, default) in table.items()}
    return Record(kind, fields)


__all__ = ["COMMON", "KINDS", "Record", "TYPES", "VERSION", "loads", "make", "read", "read_parsed"]
