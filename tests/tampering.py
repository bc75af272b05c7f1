"""Tampered twins of a certificate: every way of changing exactly one number in its JSON."""

from __future__ import annotations

import copy
import json
import re

_RATIONAL = re.compile(r"^(-?\d+)(/(\d+))?$")
_APPROX = re.compile(r"^~-?\d+(\.\d+)?(e[-+]?\d+)?$")


def _bump(value):
    """The value with one number changed, or None when it is not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        m = _RATIONAL.match(value)
        if m:
            p = int(m.group(1)) + 1
            return f"{p}/{m.group(3)}" if m.group(3) else str(p)
        if _APPROX.match(value):
            mantissa, e, exponent = value.partition("e")
            last = mantissa[-1]
            return mantissa[:-1] + str((int(last) + 1) % 10) + e + exponent
    return None


def _paths(node, path=()):
    if isinstance(node, dict):
        for key in sorted(node):
            if key in ("note", "kind"):
                continue
            yield from _paths(node[key], path + (key,))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _paths(item, path + (i,))
    elif _bump(node) is not None:
        yield path


def tampered_twins(data: dict):
    """Yield (path, tampered copy) for every number in the certificate's JSON dict."""
    text = json.dumps(data)  # a twin is a fresh copy read back from JSON (C speed; deepcopy was ~1 s of the run)
    fresh = (lambda: json.loads(text)) if json.loads(text) == data else (lambda: copy.deepcopy(data))
    for path in _paths(data):
        twin = fresh()
        node = twin
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = _bump(node[path[-1]])
        yield path, twin


def accepted_twins(twins) -> list:
    """The paths of the (path, twin) pairs that the checker accepts (every one should be rejected: [] expected)."""
    from symconvex.check import verify
    from symconvex.errors import CertificateError

    accepted = []
    for path, twin in twins:
        try:
            verify(twin)
            accepted.append(path)
        except CertificateError:
            pass
    return accepted
