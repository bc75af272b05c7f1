r"""Finding strict and spurious local minima (search layer: proposes ``MinimumCertificate``s; the checker decides,
``check.minimum``).

``certify_minimum(f, variables, point, better=q)`` starts from an approximate minimiser (floats are fine: they
only *find*), refines it by Newton's method in 40-digit ``mpmath`` arithmetic (the gradient from this module's own
forward-mode evaluator of the expression tree, the Hessian by central differences of a float gradient: a
preconditioner only), puts the canonical centre c on a grid 2⁻ᵐℤⁿ next to it and states the box
B = c + [−2^−⌊m/2⌋, 2^−⌊m/2⌋]ⁿ, the largest Hessian bound t the checker allows, and q. It returns the certificate
only when ``check.verify`` accepts it: then ∇f has exactly one zero p* in B, ∇²f ≻ tI on B (so p* is a strict
local minimum), and, with q, f(q) < min_B f (so p* is not a global minimum). None proves nothing.

``certify_minima(f, variables, points)`` does this for several points and, when their boxes are pairwise
disjoint, wraps the certificates in one ``MinimaCountCertificate``: at least N strict local minima.
"""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import numpy as np
import sympy as sp

from .certificates import (MinimaCountCertificate, MinimumCertificate, constraint_to_tree, rational_to_str,
                           to_tree)
from .check import verify
from .errors import CertificateError, InputError

#: Grid exponents tried for the box (radius 2^-(m // 2)), and the bits of the Hessian bound's grid.
GRIDS = (60, 61, 62, 80, 81, 100, 101, 120, 121, *range(63, 72))  # 63-71 last: a binding grid for more minimisers
BOUND_BITS = 20
DIGITS = 40


# ------------------------------------------------------------------------- the finder's own gradient evaluator

def _sigmoid(fn, x):
    return 1 / (1 + fn.exp(-x))


_UNARY = {  # head -> (value, derivative) as functions of the argument, for a number module fn (math or mpmath)
    "exp": (lambda fn, x: fn.exp(x), lambda fn, x: fn.exp(x)),
    "log": (lambda fn, x: fn.log(x), lambda fn, x: 1 / x),
    "sin": (lambda fn, x: fn.sin(x), lambda fn, x: fn.cos(x)),
    "cos": (lambda fn, x: fn.cos(x), lambda fn, x: -fn.sin(x)),
    "tan": (lambda fn, x: fn.tan(x), lambda fn, x: 1 / fn.cos(x) ** 2),
    "sinh": (lambda fn, x: fn.sinh(x), lambda fn, x: fn.cosh(x)),
    "cosh": (lambda fn, x: fn.cosh(x), lambda fn, x: fn.sinh(x)),
    "tanh": (lambda fn, x: fn.tanh(x), lambda fn, x: 1 - fn.tanh(x) ** 2),
    "sigmoid": (_sigmoid, lambda fn, x: _sigmoid(fn, x) * (1 - _sigmoid(fn, x))),
    "softplus": (lambda fn, x: fn.log(1 + fn.exp(x)), _sigmoid),
    "arctan": (lambda fn, x: fn.atan(x), lambda fn, x: 1 / (1 + x * x)),
    "arcsinh": (lambda fn, x: fn.asinh(x), lambda fn, x: 1 / fn.sqrt(1 + x * x)),
    "arcsin": (lambda fn, x: fn.asin(x), lambda fn, x: 1 / fn.sqrt(1 - x * x)),
    "arccos": (lambda fn, x: fn.acos(x), lambda fn, x: -1 / fn.sqrt(1 - x * x)),
    "artanh": (lambda fn, x: fn.atanh(x), lambda fn, x: 1 / (1 - x * x)),
    "arccosh": (lambda fn, x: fn.acosh(x), lambda fn, x: 1 / fn.sqrt(x * x - 1)),
    "relu": (lambda fn, x: x * (x > 0), lambda fn, x: (x > 0) + 0 * x),
    "abs": (lambda fn, x: abs(x), lambda fn, x: 2 * (x > 0) - 1 + 0 * x),
}


class _Vectorised:
    """The functions of ``math`` for numpy arrays (a gradient at many points in one pass)."""

    exp, log, sin, cos, tan, sinh, cosh, tanh = np.exp, np.log, np.sin, np.cos, np.tan, np.sinh, np.cosh, np.tanh
    atan, asinh, asin, acos, atanh, acosh, sqrt, pi = (np.arctan, np.arcsinh, np.arcsin, np.arccos, np.arctanh,
                                                      np.arccosh, np.sqrt, np.pi)


def gradient(tree, names, point, fn=math):
    """(f(p), ∇f(p)) by sparse forward-mode differentiation of the tree, in the numbers of ``fn`` (``math`` for
    floats, ``mpmath`` at its working precision). A finder's estimate: it decides nothing."""
    env = {name: i for i, name in enumerate(names)}
    one = fn.mpf(1) if fn is mpmath else 1.0  # numbers, or numpy arrays of points with fn = _Vectorised

    def plus(a, b):
        out = dict(a)
        for k, x in b.items():
            out[k] = out.get(k, 0) + x
        return out

    def scale(a, s):
        return {k: s * x for k, x in a.items()}

    def ev(t):
        head = t[0]
        if head == "num":
            q = Fraction(t[1])
            return one * q.numerator / q.denominator, {}
        if head == "var":
            i = env[t[1]]
            return point[i], {i: one}
        if head == "pi":
            return fn.pi * one, {}
        args = [ev(a) for a in t[1:]]
        if head == "add":
            v, g = args[0]
            for w, h in args[1:]:
                v, g = v + w, plus(g, h)
            return v, g
        if head == "mul":
            v, g = args[0]
            for w, h in args[1:]:
                v, g = v * w, plus(scale(g, w), scale(h, v))
            return v, g
        if head == "pow":
            (b, gb), (e, ge) = args
            if not ge:
                value = b ** e
                return value, scale(gb, e * b ** (e - 1) if e != 0 else 0 * b)
            value = fn.exp(e * fn.log(b))
            return value, plus(scale(ge, value * fn.log(b)), scale(gb, value * e / b))
        if head in ("max", "min"):
            if fn is _Vectorised:
                raise TypeError("max/min: one point at a time")
            pick = max if head == "max" else min
            return pick(args, key=lambda a: a[0])
        if head == "leaky_relu":
            (x, gx), (s, _) = args
            factor = (x > 0) + s * (x <= 0)
            return x * factor, scale(gx, factor)
        x, gx = args[0]
        value, d = _UNARY[head]
        return value(fn, x), scale(gx, d(fn, x))

    v, g = ev(tree)
    return v, [g.get(i, 0 * one) for i in range(len(names))]


def _float_hessian(tree, names, p, step: float = 1e-6) -> np.ndarray:
    """A float estimate of ∇²f(p) by central differences of the float gradient (symmetrised)."""
    n = len(names)
    base = [float(x) for x in p]
    H = np.zeros((n, n))
    shifts = np.concatenate([np.eye(n), -np.eye(n)]) * step      # row i: +step e_i; row n + i: -step e_i
    with np.errstate(all="ignore"):
        try:  # all 2n points in one vectorised pass
            columns = [np.asarray(c, dtype=float) * np.ones(2 * n) for c in gradient(
                tree, names, [base[j] + shifts[:, j] for j in range(n)], _Vectorised)[1]]
            G = np.array(columns)                                     # G[j, k]: d f / d x_j at point k
            H = (G[:, :n] - G[:, n:]) / (2 * step)
            if np.all(np.isfinite(H)):
                return (H + H.T) / 2
        except (TypeError, ValueError):
            pass
    for i in range(n):
        up, down = list(base), list(base)
        up[i] += step
        down[i] -= step
        H[:, i] = (np.array(gradient(tree, names, up)[1]) - np.array(gradient(tree, names, down)[1])) / (2 * step)
    return (H + H.T) / 2


def newton_refine(tree, names, point, *, steps: int = 24, digits: int = DIGITS):
    """Newton's method from ``point`` in ``digits``-digit arithmetic, the float Hessian (central differences) as
    the preconditioner, refreshed while the gradient is not yet small; returns (p, max |∇f(p)|, float Hessian),
    or None when a Hessian is singular."""
    with mpmath.workdps(digits):
        p = [mpmath.mpf(x) if not isinstance(x, (Fraction, sp.Rational)) else
             mpmath.mpf(int(sp.Rational(x).p)) / int(sp.Rational(x).q) for x in point]
        size, H, fresh = mpmath.inf, None, 0
        for _ in range(steps):
            g = gradient(tree, names, p, mpmath)[1]
            size = max(abs(x) for x in g)
            if size < mpmath.mpf(10) ** (-digits + 6):
                break
            if H is None or (size > 1e-7 and fresh < 4):  # far from p*: a new preconditioner
                H, fresh = _float_hessian(tree, names, p), fresh + 1
            try:
                delta = np.linalg.solve(H, np.array([float(x) for x in g]))
            except np.linalg.LinAlgError:
                return None
            p = [x - mpmath.mpf(float(d)) for x, d in zip(p, delta)]
        return p, size, _float_hessian(tree, names, p) if H is None else H


# --------------------------------------------------------------------------------------------- certificates

def _subject(function, variables, domain):
    """(tree, names, domain trees) from a SymPy expression or a tree, and symbols or names."""
    names = [v.name if isinstance(v, sp.Symbol) else str(v) for v in variables]
    if len(set(names)) != len(names) or not names:
        raise InputError("variables: must be distinct and nonempty")
    tree = function if isinstance(function, list) else to_tree(sp.sympify(function))
    trees = tuple(c if isinstance(c, list) else constraint_to_tree(c) for c in (domain or ()))
    return tree, names, trees


def _grid_point(x, m: int) -> tuple[Fraction, float]:
    """The grid point of 2^-m Z nearest to x, and how far x is from it, in grid steps (in [-1/2, 1/2])."""
    scaled = x * 2 ** m
    k = int(mpmath.floor(scaled + mpmath.mpf(1) / 2))
    return Fraction(k, 2 ** m), float(scaled - k)


def _centre(p, m: int, binding: bool = True):
    """The canonical centre on the grid 2^-m Z^n, or None near a tie. With ``binding``, also None when the centre
    would not bind every number of the certificate: no coordinate of full denominator 2^m (then m - 1 would do
    as well), or none that the grid 2^-(m+1) moves. (A minimiser that is itself a dyadic rational, such as (1, 0),
    never binds m: any finer grid states the same true fact.)"""
    centre, offsets = zip(*(_grid_point(x, m) for x in p))
    worst = max(abs(o) for o in offsets)
    if worst > 0.45:
        return None
    if binding and (all(c.denominator != 2 ** m for c in centre) or worst < 0.3):
        return None
    return list(centre)


def certify_minimum(function, variables, point, *, domain=None, better=None, network=None, note: str = ""):
    """A ``MinimumCertificate`` for the local minimiser of ``function`` near ``point`` (module docstring), proving
    a strict local minimum, or with ``better`` (a point q where f is smaller) a spurious one; None when none is
    found (which proves nothing). ``function``: a SymPy expression or an expression tree; ``variables``: SymPy
    symbols or names; ``point``: floats, mpmath numbers or rationals; ``domain``: SymPy inequalities or trees.
    With ``network`` (a ``Network`` whose loss is ``function`` over its parameters ``variables``) the certificate is
    about the network spec: the checker builds the loss itself.

    >>> x, y = sp.symbols("x y", real=True)
    >>> cert = certify_minimum((x**2 - 1)**2 + x/4 + y**2, [x, y], [0.9, 0.1], better=[-1, 0])
    >>> cert.proves, cert.better, cert.radius
    ('spurious_local_minimum', ('-1', '0'), Fraction(1, 1125899906842624))
    """
    tree, names, trees = _subject(function, variables, domain)
    subject = {"function": tree, "variables": tuple(names), "domain": trees}
    if network is not None:
        if list(names) != list(network.names) or trees:
            raise InputError("network: the variables must be the network's parameters, without a domain")
        subject = {"function": None, "network": network.spec, "variables": tuple(names)}
    if len(point) != len(names) or (better is not None and len(better) != len(names)):
        raise InputError(f"point: expected {len(names)} coordinates")
    try:
        refined = newton_refine(tree, names, point)
    except (ValueError, ZeroDivisionError, OverflowError, KeyError, TypeError):
        return None
    if refined is None:
        return None
    p, _, H = refined
    if not np.all(np.isfinite(H)):
        return None
    eigenvalues = np.linalg.eigvalsh(H)
    if not eigenvalues[0] > 0:
        return None  # not a minimiser (a saddle or a maximum, numerically)
    q = () if better is None else tuple(rational_to_str(_rational(x)) for x in better)
    proves = "strict_local_minimum" if better is None else "spurious_local_minimum"
    for m, binding in [(m, True) for m in GRIDS] + [(m, False) for m in GRIDS[::2]]:
        with mpmath.workdps(DIGITS):
            centre = _centre(p, m, binding)
        if centre is None:
            continue
        t = math.floor(eigenvalues[0] * 2 ** BOUND_BITS)
        for _ in range(6):
            cert = MinimumCertificate(**subject, proves=proves,
                                      center=tuple(map(rational_to_str, centre)), grid=m,
                                      hessian_bound=rational_to_str(Fraction(max(t, 0), 2 ** BOUND_BITS)),
                                      better=q, note=note)
            try:
                verify(cert)
                return cert
            except CertificateError as exc:
                message = str(exc)
            if message.startswith("hessian_bound") and "largest" in message:
                t += 1
            elif message.startswith("hessian_bound") and t > 0:
                t -= 1
            else:
                break
    return None


def _rational(x) -> Fraction:
    if isinstance(x, Fraction):
        return x
    if isinstance(x, sp.Rational):
        return Fraction(int(x.p), int(x.q))
    if isinstance(x, int):
        return Fraction(x)
    if isinstance(x, (str, float)):  # a float as the decimal it prints as (-1.4 -> -7/5), like certificates.exact
        try:
            return Fraction(str(x))
        except (ValueError, ZeroDivisionError):
            pass
    raise InputError(f"better: the point q must be a number (an exact rational, 'p/q', or a finite float), "
                     f"found {x!r}")


def certify_minima(function, variables, points, *, domain=None, network=None):
    """A ``MinimaCountCertificate`` (at least N strict local minima) from approximate minimisers ``points``: a
    minimum certificate for each one that certifies, kept when their boxes are pairwise disjoint; None when none
    certifies. Points that lead to the same minimiser count once."""
    found = []
    for point in points:
        cert = certify_minimum(function, variables, point, domain=domain, network=network)
        if cert is not None and all(c.center != cert.center for c in found):
            found.append(cert)
    if not found:
        return None
    first = found[0]
    count = MinimaCountCertificate(variables=first.variables, function=first.function, network=first.network,
                                   domain=first.domain,
                                   proves="strict_local_minima", count=len(found),
                                   minima=tuple(c.to_dict() for c in found))
    try:
        verify(count)
    except CertificateError:
        return None
    return count


__all__ = ["certify_minima", "certify_minimum", "gradient", "newton_refine"]
