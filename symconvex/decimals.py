r"""Writing a number of the checker's arithmetic as certificate text (model layer; not part of the checker).

A number computed with ``check.numbers`` (an exact ``Fraction`` or an ``mpmath.iv`` enclosure) is stated in a
certificate as exact ``"p/q"``, or as a decimal ``"~d.ddd...e-k"`` lying within half a unit of its last digit of
every point of the enclosure: exactly what ``check.stated.matches_stated`` accepts, so the statement pins the
value down to that unit. The checker reads such text; it never writes it, so this lives outside the trusted base.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath

from .certificates import rational_to_str
from .check.numbers import endpoints, interval_precision, show
from .check.stated import matches_stated
from .errors import CertificateError


def format_approx(x, digits: int = 20) -> str:
    """A decimal ``"~d.ddd...e±k"`` within half a unit of its last digit of every point of x's enclosure,
    or a shorter one when x's enclosure is too wide for ``digits`` digits (checked with ``matches_stated``)."""
    lo, hi = endpoints(x)
    mid = (lo + hi) / 2
    for n in range(digits, 0, -1):
        with mpmath.workdps(digits + 20):
            text = "~" + mpmath.nstr(mpmath.mpf(mid.numerator) / mid.denominator, n, min_fixed=1, max_fixed=0,
                                     strip_zeros=False).replace("e+", "e")
        try:
            if matches_stated(x, text):
                return text
        except ValueError:
            continue
    raise CertificateError(f"value {show(x)} is too uncertain to state")


def stated(x) -> str:
    """The certificate text of a computed number: exact ``"p/q"``, or a decimal ``"~d.ddd...e-k"`` within half a
    unit of its last digit of the enclosure (what ``matches_stated`` accepts)."""
    if isinstance(x, Fraction):
        return rational_to_str(x)
    with interval_precision():
        return format_approx(x)


__all__ = ["format_approx", "stated"]
