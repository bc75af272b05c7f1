r"""What a certificate states and the checker recomputes: stated values, a refutation's vectors (kernel; trusted).

A stated value is ``"p/q"`` (exact) or ``"~d.ddde-k"`` (a decimal, for a number the checker only encloses); it is
accepted only when it agrees with the number the checker computes itself (``matches_stated``). The vectors of a
midpoint or curvature certificate: a coordinate per variable, then the ``parameter_values`` (``certificate_vectors``).
Imported by the kinds that state values or vectors, not by the core.
"""

from __future__ import annotations

from fractions import Fraction

from ..errors import CertificateError
from .numbers import endpoints, show
from .trees import MAX_DIGITS, clipped, parse_coordinate, parse_rational, vector

#: The largest power of ten a stated decimal "~d.ddde-k" may carry.
MAX_DECIMAL_EXPONENT = 10 ** 5


def parse_approx(text: str) -> tuple[Fraction, Fraction]:
    """``"~1.2345e-3"`` -> (value, half a unit in its last digit), both exact."""
    mantissa, _, exponent = text[1:].lower().partition("e")
    if len(mantissa) > MAX_DIGITS or len(exponent) > 7 or abs(int(exponent or 0)) > MAX_DECIMAL_EXPONENT:
        raise CertificateError(f"stated value: a decimal with more than {MAX_DIGITS} digits or an exponent beyond "
                               f"±{MAX_DECIMAL_EXPONENT}")
    whole, _, frac = mantissa.lstrip("-").partition(".")
    unit = Fraction(10) ** (int(exponent or 0) - len(frac))
    return (-1 if mantissa.startswith("-") else 1) * int(whole + frac) * unit, unit / 2


def matches_stated(x, stated: str) -> bool:
    """Does a stated value (``"p/q"`` exact, or ``"~decimal"``) agree with the computed number x?

    Exact numbers must be stated exactly. An approximate statement must lie within half a unit of its last
    digit of the whole enclosure of x (so changing any digit of it makes it disagree)."""
    if isinstance(x, Fraction):
        return not stated.startswith("~") and parse_rational(stated, "stated value") == x
    if not stated.startswith("~"):
        return False
    value, half_ulp = parse_approx(stated)
    lo, hi = endpoints(x)
    return value - half_ulp < lo and hi < value + half_ulp


def check_stated(found, stated, what: str) -> None:
    """Raise ``CertificateError`` (found vs stated) unless the stated value (text) agrees with ``found``."""
    try:
        ok = isinstance(stated, str) and matches_stated(found, stated)
    except CertificateError:  # not a number at all
        ok = False
    if not ok:
        raise CertificateError(f"{what}: evaluates to {show(found)}, certificate states {clipped(stated)}")


def certificate_vectors(cert, tree, names, fields) -> list:
    """A midpoint or curvature certificate's vectors ``fields`` (a coordinate per name in ``names``), each followed
    by the ``parameter_values``; about a ``check.fastnet.FastNet`` ``tree``, its exact ``Vec``s."""
    if not isinstance(tree, list):
        return [tree.vector(getattr(cert, name), name) for name in fields]
    n, fixed = len(names), [parse_coordinate(v, "parameter_values") for v in cert.parameter_values]
    return [vector(getattr(cert, name), n, name) + fixed for name in fields]


def coordinates(point, limit: int | None = None) -> list[Fraction]:
    """A vector's (first ``limit``) coordinates as ``Fraction``s."""
    return point[:limit] if isinstance(point, list) else point.fractions(limit)


__all__ = ["MAX_DECIMAL_EXPONENT", "certificate_vectors", "check_stated", "coordinates", "matches_stated",
           "parse_approx"]
