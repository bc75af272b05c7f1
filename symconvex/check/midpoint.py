r"""Checking ``midpoint`` certificates: refutations of (strict) convexity and concavity (kernel; trusted).

What an accepted certificate proves (f the certificate's function, or the loss of its network spec; D its domain):

- ``midpoint``: a != b, m = lam a + (1 - lam) b lie in D, f is defined there, and
  f(m) - lam f(a) - (1 - lam) f(b) is > 0 (f is not convex on D) or < 0 (f is not concave on D); or, to refute
  strict convexity (concavity), >= 0 (<= 0), where a zero must be exact: the three values are exact rationals
  or, for functions of exp and log, shown to be the literal 0 by exact symbolic arithmetic (``check.exactzero``).

With parameters, one allowed value of them is stated (``parameter_values``): the claim is refuted for every value
the domain allows. ``check`` hands in the subject (a tree, or a ``check.fastnet.FastNet``) and ``check_domain``.
"""

from __future__ import annotations

from ..errors import CertificateError
from .evaluate import value_at
from .numbers import add, mul, show, sign, sub
from .stated import certificate_vectors, check_stated, coordinates
from .trees import parse_rational


#: what a midpoint certificate may refute -> the signs of f(m) - (lam f(a) + (1 - lam) f(b)) that refute it.
#: Strict convexity needs f(m) < chord at every a != b, so f(m) >= chord refutes it (0 is decided exactly).
MIDPOINT_GAP_SIGNS = {"convex": (1,), "concave": (-1,), "strictly_convex": (0, 1), "strictly_concave": (0, -1)}


def verify_midpoint(cert, tree, variables, check_domain) -> str:
    """The midpoint check of the module docstring on ``tree`` in ``variables`` (None for a ``FastNet``)."""
    allowed = MIDPOINT_GAP_SIGNS[cert.refutes]  # the reader has read one of its keys
    lam = parse_rational(cert.lam, "lam")
    if not 0 < lam < 1:
        raise CertificateError(f"lam: must lie strictly between 0 and 1, found {lam}")
    names = variables + list(cert.parameters) if isinstance(tree, list) else None
    points = a, b, m = certificate_vectors(cert, tree, variables, ("a", "b", "m"))
    if a == b:
        raise CertificateError("a, b: the two points must differ")
    combination = [lam * x + (1 - lam) * y for x, y in zip(a, b)] if isinstance(a, list) else a.combine(lam, b)
    if m != combination:
        raise CertificateError(f"m: lam a + (1 - lam) b = ({', '.join(map(str, coordinates(combination, 4)))}...), "
                               f"certificate states ({', '.join(map(str, cert.m[:4]))}...)")
    values = []
    for label, point in zip("abm", points):
        if cert.domain:
            check_domain(cert, coordinates(point), f"point {label}", strict=False)
        values.append(value_at(tree, names, point) if isinstance(tree, list) else tree.value(point))
    for found, key in zip(values, ("f(a)", "f(b)", "f(m)")):
        check_stated(found, cert.values.get(key), key)
    if set(cert.values) != {"f(a)", "f(b)", "f(m)"}:
        raise CertificateError(f"values: expected f(a), f(b), f(m), found {sorted(cert.values)}")
    gap = sub(values[2], add(mul(lam, values[0]), mul(1 - lam, values[1])))
    if sign(gap) not in allowed:
        from .exactzero import jensen_gap_is_zero  # a strict refutation whose gap is 0 but not a rational

        if 0 in allowed and sign(gap) is None and isinstance(tree, list) and \
                jensen_gap_is_zero(tree, names, *points, lam):
            return f"not_{cert.refutes}"
        rel = {(1,): ">", (-1,): "<", (0, 1): ">=", (0, -1): "<="}[allowed]
        raise CertificateError(f"midpoint: f(m) - (lam f(a) + (1-lam) f(b)) = {show(gap)}, needs {rel} 0 "
                               f"(exactly) to show f is not {cert.refutes.replace('_', ' ')}")
    return f"not_{cert.refutes}"


__all__ = ["MIDPOINT_GAP_SIGNS", "verify_midpoint"]
