r"""The checker's own reading of a certificate's JSON into a plain, immutable ``Record`` (kernel; trusted).

The checker never trusts a Python object built by the finders: ``read`` takes JSON text, a dict, or an object with
``to_dict()`` / ``to_json()``, and reads only plain JSON data (copied: nothing of the object is kept), field by field
from one table, ``KINDS``: kind -> field -> (type, default; ``R`` when required). Refused, each with one line naming
the field: text that is not JSON (NaN and Infinity included), anything but an object, another format version, an
unknown kind, an unknown or a missing field, a value of the wrong type (``TYPES``), a stated value that is empty or
not a number, and anything over the caps of ``check.trees`` (digits, exponents, tree depth). Not decided here: the
mathematics (``check.verify`` and the kind modules), the shape of a network spec (``check.network``), the digest.
"""

from __future__ import annotations

import json
import math
import re
from types import MappingProxyType, SimpleNamespace

from ..errors import CertificateError
from .trees import MAX_DIGITS, check_constraint_tree, check_tree, clipped, parse_coordinate, parse_rational

VERSION = 1
_STATED = re.compile(r"^(-?\d+(/\d+)?|~-?\d+(\.\d+)?(e[-+]?\d+)?)$")
_BIG = 10 ** MAX_DIGITS
_DEEP = "the certificate is nested too deeply to check"


def _typed(ok, what, keep=lambda v, f: v):
    """The type "a value that passes ``ok``", read by ``keep(value, field)``."""
    def read(value, field):
        if not ok(value):
            raise CertificateError(f"{field}: expected {what}, found {clipped(value)}")
        return keep(value, field)
    return read


def _items(ok, what):
    """The type "a list whose entries pass ``ok``", kept as a tuple."""
    return _typed(lambda v: isinstance(v, list) and all(map(ok, v)), what, lambda v, f: tuple(v))


def _vector(value, field):
    """A list of coordinates (``parse_coordinate``'s: rational strings or integers), kept as a tuple."""
    kinds = set(map(type, value)) if isinstance(value, list) else None  # the common cases at C speed
    if kinds == {int} and -_BIG < min(value) and max(value) < _BIG or \
            kinds == {str} and min(map(len, value)) > 0 and max(map(len, value)) <= MAX_DIGITS:
        return tuple(value)
    if kinds is None:
        raise CertificateError(f"{field}: expected a list of rational strings 'p/q' or integers, found "
                               f"{clipped(value)}")
    for v in value:
        parse_coordinate(v, field)
    return tuple(value)


def _stated(v) -> bool:
    return type(v) is str and bool(_STATED.match(v))


_STATED_TEXT = "a stated value ('p/q' or '~d.ddde-k')"
#: type name -> reader(value, field name) -> the value the record holds, or ``CertificateError``: names, trees,
#: constraints, vectors of coordinates, rationals, stated values (``"p/q"`` or ``"~d.ddde-k"``, recomputed by the
#: checker), integers, strings, objects, lists.
TYPES = {
    "names": _items(lambda v: type(v) is str, "a list of names"),
    "tree?": _typed(lambda v: True, "", lambda v, f: v if v is None else check_tree(v, f) or v),
    "constraints": _typed(lambda v: type(v) is list, "a list of constraints [rel, lhs, rhs]",
                          lambda v, f: tuple(check_constraint_tree(c, f"{f}[{k}]") or c for k, c in enumerate(v))),
    "vector": _vector,
    "vector+": _typed(lambda v: v != [], "a nonempty list", _vector),
    "rational": _typed(lambda v: True, "", lambda v, f: (parse_rational(v, f), v)[1]),
    "stated": _typed(_stated, _STATED_TEXT),
    "stated_map": _typed(lambda v: type(v) is dict and all(map(_stated, v.values())), f"an object of each "
                         f"{_STATED_TEXT}", lambda v, f: MappingProxyType(v)),
    "stated_list": _items(_stated, f"a list of each {_STATED_TEXT}"),
    "ints": _items(lambda v: type(v) is int, "a list of integers"),
    "int": _typed(lambda v: type(v) is int, "an integer"),
    "text": _typed(lambda v: type(v) is str, "a string"),
    "object": _typed(lambda v: type(v) is dict, "a JSON object"),
    "object?": _typed(lambda v: v is None or type(v) is dict, "a JSON object or null"),
    "list": _typed(lambda v: type(v) is list, "a list"),
    "items": _items(lambda v: True, "a list"),
}

def _one_of(*words):
    """The type "one of these words" (what a kind may prove or refute)."""
    return _typed(lambda v: type(v) is str and v in words, f"one of {', '.join(words)}")


R = object()  # required
#: The fields every kind has: what the certificate is about (exactly one of function and network), its binding
#: digest (``check.subject_tree``), parameters and the values a refutation takes for them, and free text.
COMMON = {"variables": ("names", R), "function": ("tree?", None), "network": ("object?", None),
          "domain": ("constraints", ()), "note": ("text", ""), "digest": ("text", R), "parameters": ("names", ()),
          "parameter_values": ("vector", ())}
#: kind -> its own fields: name -> (type: a name in ``TYPES`` or a reader, default); ``proves`` and ``refutes``
#: are the words of the facts the kind's theorems prove (rules and Hessian proofs: ``check.proofs``, ``check.hessian``).
_CURVED = ("convex", "concave")
_STRICT = ("strictly_convex", "strictly_concave")
_CURVATURE = (_one_of(*_CURVED, "affine", *_STRICT), R)
KINDS = {
    "midpoint": {"refutes": (_one_of(*_CURVED, *_STRICT), R), "a": ("vector", R), "b": ("vector", R),
                 "lam": ("rational", R), "values": ("stated_map", R), "m": ("vector+", R)},
    "curvature": {"refutes": (_one_of(*_CURVED), R), "point": ("vector", R), "direction": ("vector", R),
                  "second_derivative": ("stated", R), "value": ("stated", R), "slope": ("stated", R),
                  "pattern": ("ints", ())},
    "rules": {"proves": ("text", R), "derivation": ("object", R)},
    "hessian": {"proves": ("text", R), "hessian": ("list", R), "L": ("list", R), "D": ("list", R),
                "pivot_signs": ("list", [])},
    "sum": {"proves": (_one_of(*_STRICT), R), "parts": ("items", ()), "maps": ("items", ())},
    "datavector": {"proves": _CURVATURE, "vectors": ("names", R), "maps": ("object", {}), "parts": ("items", ())},
    "matrix": {"proves": _CURVATURE},
    "saddle": {"proves": (_one_of("strict_saddle", "saddle"), R), "point": ("vector", R),
               "neg_direction": ("vector", R), "pos_direction": ("vector", R), "neg_jet": ("stated_list", R),
               "pos_jet": ("stated_list", R)},
    "minimum": {"proves": (_one_of("strict_local_minimum", "spurious_local_minimum"), R), "center": ("vector", R),
                "grid": ("int", R), "hessian_bound": ("rational", R), "better": ("vector", ())},
    "minima_count": {"proves": (_one_of("strict_local_minima"), R), "count": ("int", R), "minima": ("items", ())},
    "identity": {"proves": _CURVATURE, "cases": ("items", R), "interior": ("object?", R), "proof": ("object", R)},
    "pieces": {"proves": _CURVATURE, "breakpoints": ("items", R), "pieces": ("items", R), "slopes": ("items", R)},
    "restriction": {"proves": ("text", R), "equalities": ("list", R), "map": ("object", R), "part": ("object", R)},
    # check.quasi: quasiconvexity (a refutation, and proofs through a part) and log-log curvature
    "quasimidpoint": {"refutes": (_one_of("quasiconvex", "quasiconcave"), R), "a": ("vector", R), "b": ("vector", R),
                      "lam": ("rational", R), "values": ("stated_map", R), "m": ("vector+", R)},
    "quasi": {"proves": (_one_of("quasiconvex", "quasiconcave", "quasilinear"), R), "by": ("text", R),
              "part": ("object?", None), "breakpoint": ("text", "")},
    "loglog": {"proves": (_one_of("loglog_convex", "loglog_concave", "loglog_affine", "not_loglog_convex",
                                  "not_loglog_concave"), R), "part": ("object", R)},
}


class Record(SimpleNamespace):
    """A certificate as the checker read it: ``kind`` and one read-only attribute per field of its kind."""

    def __setattr__(self, name, value):
        raise AttributeError("a certificate record is read-only")


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


def _plain(value):
    """A copy of ``value`` in JSON's own types, as ``json.loads(json.dumps(value))`` gives it (tuples as lists; no
    NaN, no infinity, no other type, string keys only), else ``TypeError`` / ``ValueError``."""
    kind = type(value)
    if value is None or kind in (str, int, bool) or kind is float and math.isfinite(value):
        return value
    if kind in (list, tuple):
        return list(value) if set(map(type, value)) <= {int, str} else [_plain(v) for v in value]
    if kind is dict and all(type(k) is str for k in value):
        return {k: _plain(v) for k, v in value.items()}
    raise TypeError(f"{clipped(value, 40)} is not JSON data")


def read(data) -> Record:
    """The record of a certificate given as JSON text, a dict, or an object with ``to_dict()`` / ``to_json()``;
    ``CertificateError`` when it is not a well-formed certificate.

    >>> read('{"symconvex": 1, "kind": "rules", "variables": ["x"], "digest": "", "proves": "convex"}')
    Traceback (most recent call last):
    ...
    symconvex.errors.CertificateError: rules: missing fields ['derivation']
    """
    if not isinstance(data, (str, bytes, dict)):
        data = data.to_dict() if hasattr(data, "to_dict") else data.to_json() if hasattr(data, "to_json") else data
    if isinstance(data, (str, bytes)):
        return read_parsed(loads(data))
    try:
        return read_parsed(_plain(data))
    except RecursionError:
        raise CertificateError(_DEEP) from None
    except (TypeError, ValueError) as exc:
        raise CertificateError(f"not a JSON certificate: {exc}") from None


def read_parsed(data) -> Record:
    """The record of a certificate the checker has parsed (or copied) itself, e.g. a part of one it read."""
    if not isinstance(data, dict):
        raise CertificateError("a certificate must be a JSON object")
    if data.get("symconvex") != VERSION or type(data.get("symconvex")) is not int:
        raise CertificateError(f"version: expected symconvex {VERSION}, found {clipped(data.get('symconvex'))}")
    kind = data.get("kind")
    table = {**COMMON, **KINDS[kind]} if isinstance(kind, str) and kind in KINDS else None
    if table is None:
        raise CertificateError(f"kind: unknown certificate kind {clipped(kind)}")
    extra = set(data) - set(table) - {"symconvex", "kind"}
    if extra:
        raise CertificateError(f"{kind}: unexpected fields {sorted(extra)}")
    missing = sorted(name for name, (_, default) in table.items() if default is R and name not in data)
    if missing:
        raise CertificateError(f"{kind}: missing fields {missing}")
    return Record(kind=kind, **{name: (TYPES.get(type_name) or type_name)(data[name], name) if name in data else
                                default for name, (type_name, default) in table.items()})


__all__ = ["COMMON", "KINDS", "R", "Record", "TYPES", "VERSION", "loads", "read", "read_parsed"]
