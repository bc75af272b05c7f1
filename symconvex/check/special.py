r"""Rigorous enclosures of the special functions of the certificate format, for the checker's line evaluator
(kernel; trusted): erf, erfc, Gamma, the digamma function psi = Gamma'/Gamma, the trigamma function psi_1 = psi',
and the polygammas psi_2, psi_3 (the second and third derivatives of psi: the derivative rules need them).

``enclose(name, x)`` takes an exact rational or an ``mpmath.iv`` interval x and returns an ``mpmath.iv`` interval
that contains name(y) for every y in x. It converts x to a python-flint ``arb`` ball that contains it (ends read
exactly, rounded outward), applies arb's function (arb's functions enclose the image of every point of the input
ball: Arb's contract), and rounds the ball's exact ends outward into an interval (exact values at rational points,
where rational, are ``check.evaluate``'s). A ball that arb cannot enclose finitely (a pole, an overflow) raises
``CertificateError``. The evaluator imports this module when it evaluates a special function only (a check of a
subject without one does not run it), and so does ``check.intervaljets`` for ``BALLS`` on boxes.
"""

from __future__ import annotations

import math
from fractions import Fraction

import flint
from flint import acb, arb, fmpq
from mpmath import iv

from ..errors import CertificateError
from .numbers import endpoints, exact_at, exact_mid, interval_precision, show, to_interval

#: name -> the ball function (arb's own; the polygammas through acb, whose real part encloses a real argument's)
BALLS = {"erf": arb.erf, "erfc": arb.erfc, "gamma": arb.gamma, "digamma": arb.digamma,
         **{name: (lambda n: lambda b: acb(b).polygamma(n).real)(n)
            for n, name in ((1, "trigamma"), (2, "tetragamma"), (3, "pentagamma"))}}


def enclose(name: str, x):
    """An interval containing name(y) for every y in x (module docstring)."""
    lo, hi = endpoints(x) if not isinstance(x, Fraction) else (x, x)
    with interval_precision(iv.prec + 16, flint.ctx):
        out = BALLS[name](arb.union(arb(fmpq(lo.numerator, lo.denominator)), arb(fmpq(hi.numerator, hi.denominator))))
        if not out.is_finite():
            raise CertificateError(f"{name}: no finite enclosure at {show(x)} (a pole or an overflow)")
        mid, rad = exact_mid(out), exact_mid(out.rad())  # a radius is a ball of radius 0
    return iv.mpf([to_interval(mid - rad).a, to_interval(mid + rad).b])


def _gamma(x):
    """Gamma(n) = (n - 1)! exactly at an integer 1 <= n <= 170, else arb's enclosure."""
    exact = isinstance(x, Fraction) and x.denominator == 1 and 1 <= x <= 170
    return Fraction(math.factorial(int(x) - 1)) if exact else enclose("gamma", x)


def _erf_slopes(A, x, sign_: int):
    """erf' = (2/sqrt(pi)) e^{-x^2}, erf'' = -2x erf' (erfc = 1 - erf: both negated)."""
    d1 = A.mul(2 * sign_, A.mul(A.power(A.pi(), Fraction(-1, 2), "erf"), A.f("exp", A.neg(A.mul(x, x)))))
    return d1, A.mul(-2, A.mul(x, d1))


def _gamma_slopes(A, x, v):
    """Gamma' = Gamma psi, Gamma'' = Gamma (psi^2 + psi_1) (psi = Gamma'/Gamma, psi_1 = psi')."""
    psi = A.f("digamma", x)
    return A.mul(v, psi), A.mul(v, A.add(A.mul(psi, psi), A.f("trigamma", x)))


_POSITIVE = {"domain": lambda A, x: x, "strict": True, "need": "the argument {x} is positive"}
#: The evaluator's rows (``check.evaluate.Op`` fields) of the special functions, Gamma and psi taken on x > 0 only,
#: and of psi_2, psi_3 (psi's 2nd and 3rd derivatives: values only, for the derivative rules of psi and psi_1).
ROWS = {
    "erf": dict(value=exact_at(0, Fraction(0), lambda y: enclose("erf", y)),
                slopes=lambda A, x, v: _erf_slopes(A, x, 1), capped=True),
    "erfc": dict(value=exact_at(0, Fraction(1), lambda y: enclose("erfc", y)),
                 slopes=lambda A, x, v: _erf_slopes(A, x, -1), capped=True),
    "gamma": dict(value=_gamma, slopes=_gamma_slopes, capped=True, **_POSITIVE),
    "digamma": dict(value=lambda x: enclose("digamma", x), capped=True, **_POSITIVE,
                    slopes=lambda A, x, v: (A.f("trigamma", x), A.f("tetragamma", x))),
    "trigamma": dict(value=lambda x: enclose("trigamma", x), capped=True, **_POSITIVE,
                     slopes=lambda A, x, v: (A.f("tetragamma", x), A.f("pentagamma", x))),
    **{name: dict(value=(lambda n: lambda x: enclose(n, x))(name), slopes=None)
       for name in ("tetragamma", "pentagamma")},
}


__all__ = ["BALLS", "ROWS", "enclose"]
