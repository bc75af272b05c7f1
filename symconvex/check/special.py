r"""Rigorous enclosures of the special functions of the certificate format, for the checker's line evaluator
(kernel; trusted): erf, erfc, Gamma, the digamma function psi = Gamma'/Gamma, the trigamma function psi_1 = psi',
and the polygammas psi_2, psi_3 (the second and third derivatives of psi: the derivative rules need them).

``enclose(name, x)`` takes an exact rational or an ``mpmath.iv`` interval x and returns an ``mpmath.iv`` interval
that contains name(y) for every y in x. It converts x to a python-flint ``arb`` ball that contains it (ends read
exactly, rounded outward), applies arb's function (arb's functions enclose the image of every point of the input
ball: Arb's contract), and rounds the ball's exact ends outward into an interval (exact values at rational points,
where rational, are ``check.evaluate``'s). A ball that arb cannot enclose finitely (a pole, an overflow) raises
``CertificateError``. The evaluator imports this module when it evaluates a special function only (a check of a
subject without one does not run it); ``check.intervaljets`` (minimum certificates) uses ``BALLS`` on boxes.
"""

from __future__ import annotations

from fractions import Fraction

import flint
from flint import acb, arb, fmpq
from mpmath import iv

from ..errors import CertificateError
from .numbers import endpoints, show, to_interval

#: name -> the ball function (arb's own; the polygammas through acb, whose real part encloses a real argument's)
BALLS = {"erf": arb.erf, "erfc": arb.erfc, "gamma": arb.gamma, "digamma": arb.digamma,
         **{name: (lambda n: lambda b: acb(b).polygamma(n).real)(n)
            for n, name in ((1, "trigamma"), (2, "tetragamma"), (3, "pentagamma"))}}


def exact_mid(x: arb) -> Fraction:
    """The midpoint of a ball (a dyadic number) as an exact rational."""
    m, e = (int(k) for k in x.mid().man_exp())
    return m * Fraction(2) ** e


def enclose(name: str, x):
    """An interval containing name(y) for every y in x (module docstring)."""
    lo, hi = endpoints(x) if not isinstance(x, Fraction) else (x, x)
    saved, flint.ctx.prec = flint.ctx.prec, iv.prec + 16
    try:
        ball = arb.union(arb(fmpq(lo.numerator, lo.denominator)), arb(fmpq(hi.numerator, hi.denominator)))
        out = BALLS[name](ball)
        if not out.is_finite():
            raise CertificateError(f"{name}: no finite enclosure at {show(x)} (a pole or an overflow)")
        mid, rad = exact_mid(out), exact_mid(out.rad())  # a radius is a ball of radius 0
    finally:
        flint.ctx.prec = saved
    return iv.mpf([to_interval(mid - rad).a, to_interval(mid + rad).b])


__all__ = ["BALLS", "enclose", "exact_mid"]
