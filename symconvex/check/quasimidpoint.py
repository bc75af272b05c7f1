r"""Checking ``quasimidpoint`` certificates: refutations of quasiconvexity and quasiconcavity (checker; trusted).

f is quasiconvex on a convex set D when f(t a + (1 - t) b) <= max(f(a), f(b)) for all a, b in D and t in [0, 1].
An accepted certificate states a, b, m = t a + (1 - t) b in D (0 < t < 1; the domain at each point by the core's
``check_domain``), f defined there, and f(m) - f(a) > 0 and f(m) - f(b) > 0 (f is not quasiconvex on D), or both
< 0 (not quasiconcave), each sign decided exactly or by an interval that excludes 0. Like a midpoint certificate
(``check.midpoint``), with the maximum of the two ends in place of the chord.
"""

from __future__ import annotations

from ..errors import CertificateError
from .evaluate import value_at
from .numbers import show, sign, sub
from .stated import certificate_vectors, check_stated, coordinates
from .trees import parse_rational


def verify_quasimidpoint(cert, tree, names, check_domain) -> str:
    """f(m) above both f(a), f(b) (not quasiconvex) or below both (not quasiconcave), exactly (module docstring)."""
    want = {"quasiconvex": 1, "quasiconcave": -1}[cert.refutes]  # the reader has read one of these
    lam = parse_rational(cert.lam, "lam")
    if not 0 < lam < 1:
        raise CertificateError(f"lam: must lie strictly between 0 and 1, found {lam}")
    points = a, b, m = certificate_vectors(cert, tree, names, ("a", "b", "m"))
    if m != [lam * x + (1 - lam) * y for x, y in zip(a, b)]:
        raise CertificateError(f"m: is not lam a + (1 - lam) b, certificate states ({', '.join(map(str, cert.m[:4]))})")
    if set(cert.values) != {"f(a)", "f(b)", "f(m)"}:
        raise CertificateError(f"values: expected f(a), f(b), f(m), found {sorted(cert.values)}")
    values = []
    for label, point in zip("abm", points):
        if cert.domain:
            check_domain(cert, coordinates(point), f"point {label}", strict=False)
        values.append(value_at(tree, names, point))
        check_stated(values[-1], cert.values.get(f"f({label})"), f"f({label})")
    for end, v in (("a", values[0]), ("b", values[1])):
        gap = sub(values[2], v)
        if sign(gap) != want:
            raise CertificateError(f"quasimidpoint: f(m) - f({end}) = {show(gap)}, needs {'>' if want > 0 else '<'} 0 "
                                   f"(exactly) to show f is not {cert.refutes}")
    return f"not_{cert.refutes}"


__all__ = ["verify_quasimidpoint"]
