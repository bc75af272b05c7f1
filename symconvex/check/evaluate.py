r"""The checker's own evaluator of whitelisted expression trees, on jets of exact or interval numbers.

``evaluate(tree, env, order, pattern)`` returns the jet of the tree's function along the line
t -> p + t u (``env`` maps each variable to its jet ``Jet(p_i, u_i, 0)``).

Soundness conditions enforced here:

- order 0 (a value): every operation must be defined at the point (log of a positive number, no division
  by zero, real powers of nonnegative bases); kinks may sit exactly on their switching point.
- order >= 1 (derivatives): additionally every kink (relu, leaky_relu, abs, max, min) must be *strictly*
  on one side, and every singular point avoided strictly (log, sqrt and real powers of a base shown
  positive). By continuity the same branches then hold on a neighbourhood of the point, where the tree
  equals a C^infinity expression, so the chain rule on jets gives its exact Taylor coefficients.
- ``interior`` (a value, for an interior point of a domain): as order 0, and every real (non-integer) power
  has a base shown positive. Then the tree is *defined and continuous on a neighbourhood* of the point: every
  operator is continuous on an open set (kinks included) except x ** r at x = 0, which is defined on one
  side only; log and division already need a nonzero argument. So a constraint g > 0 shown at the point holds
  on a ball around it.

Trigonometric, hyperbolic and inverse functions (``TRIG_RULES``, one row each: value, first and second
derivative as functions of the argument and of the value). Their conditions: ``tan`` needs cos shown
nonzero (like a division, at every order); ``arcsin``/``arccos`` need |x| <= 1 shown for a value, and
|x| < 1 strictly for derivatives or at an interior point (they are defined on one side of +-1 only and
their derivatives blow up there); ``arccosh`` needs x >= 1 (x > 1 likewise) and ``artanh`` |x| < 1 always.
An argument enclosure wider than 2 pi (a variable's whole range, in ``proofs.interval_sign``) gives sin and
cos the value [-1, 1]. ``["pi"]`` is the constant pi as ``mpmath.iv.pi`` at the working precision.
Values are exact only where they are rational: sin 0 = tan 0 = sinh 0 = arctan 0 = arcsinh 0 = arcsin 0 = 0,
cos 0 = cosh 0 = 1, arccos 1 = 0.

Cost limits (each a one-line ``CertificateError``): integer and rational exponents within
``certificates.MAX_EXPONENT`` (as ``check_tree`` also demands), an exact power of at most ``MAX_BITS`` bits,
and arguments of exp, sigmoid, softplus, tanh, sin, cos, tan, sinh and cosh of magnitude at most
``MAX_ARGUMENT`` (beyond it an enclosure of exp(x) needs about x bits of exponent: exp(exp(exp(10^6))) would
never finish; sin of a huge argument needs as many bits of pi).

``pattern`` (a list) receives the branch taken at each kink in evaluation order: +1 / -1 for the sign of a
relu/leaky_relu/abs argument, the index of the winning argument for max/min.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
from mpmath import iv

from ..certificates import check_exponent, parse_rational
from ..errors import CertificateError
from .numbers import Jet, add, endpoints, inv, mul, neg as neg_of, show, sign, sub, to_interval

#: The largest exact power (numerator plus denominator bits) and the largest |argument| of exp and its kin.
MAX_BITS = 10 ** 6
MAX_ARGUMENT = 10 ** 4


def _bounded(x, what: str):
    """x, after checking |x| <= ``MAX_ARGUMENT`` (for an interval: both of its ends)."""
    if isinstance(x, Fraction):
        ok = abs(x) <= MAX_ARGUMENT
    else:  # an infinite end (a variable's unbounded range, in ``proofs.interval_sign``) costs nothing
        ok = bool(x.b <= MAX_ARGUMENT or x.b == mpmath.inf) and bool(x.a >= -MAX_ARGUMENT or x.a == -mpmath.inf)
    if not ok:
        raise CertificateError(f"{what}: the argument {show(x)} exceeds {MAX_ARGUMENT} in magnitude")
    return x


def _exp(x):
    if isinstance(x, Fraction) and x == 0:
        return Fraction(1)
    return iv.exp(to_interval(x))


def _log(x):
    if isinstance(x, Fraction) and x == 1:
        return Fraction(0)
    return iv.log(to_interval(x))


def _sigmoid(x):
    if isinstance(x, Fraction) and x == 0:
        return Fraction(1, 2)
    return iv.mpf(1) / (1 + iv.exp(-to_interval(x)))


def _tanh(x):
    if isinstance(x, Fraction) and x == 0:
        return Fraction(0)
    return 1 - iv.mpf(2) / (iv.exp(2 * to_interval(x)) + 1)


def _wide(x) -> bool:
    """An enclosure wider than 7 > 2 pi (also an unbounded one, a whole range of a variable): sin and cos
    take every value of [-1, 1] on it, so [-1, 1] is their exact range there."""
    return not isinstance(x, Fraction) and not bool(x.b - x.a <= 7)


def _ends(x):
    """The two ends of an interval as degenerate intervals."""
    return iv.mpf(x.a), iv.mpf(x.b)


def _sinh(x):
    """sinh x = (e^x - e^-x) / 2; on a wide enclosure, from its ends (sinh is increasing), which keeps the
    enclosure tight."""
    if isinstance(x, Fraction) and x == 0:
        return Fraction(0)
    y = to_interval(x)
    if y.delta > 0:
        lo, hi = _ends(y)
        return iv.mpf([_sinh(lo).a, _sinh(hi).b])
    e = iv.exp(y)
    return (e - 1 / e) / 2


def _cosh(x):
    """cosh x = (e^x + e^-x) / 2; on a wide enclosure, from its ends (cosh decreases to 1 at 0, then increases)."""
    if isinstance(x, Fraction) and x == 0:
        return Fraction(1)
    y = to_interval(x)
    if y.delta > 0:
        lo, hi = _ends(y)
        far = max(_cosh(lo).b, _cosh(hi).b)
        if y.a >= 0:
            return iv.mpf([_cosh(lo).a, far])
        if y.b <= 0:
            return iv.mpf([_cosh(hi).a, far])
        return iv.mpf([1, far])
    e = iv.exp(y)
    return (e + 1 / e) / 2


def _arctan(x):
    if isinstance(x, Fraction) and x == 0:
        return Fraction(0)
    return iv.atan2(to_interval(x), iv.mpf(1))


def _arcsinh(x):
    """arcsinh x = log(x + sqrt(x^2 + 1)) for x >= 0, and -arcsinh(-x) otherwise (no cancellation)."""
    if isinstance(x, Fraction) and x == 0:
        return Fraction(0)
    if sign(x) == -1:
        return -_arcsinh(-x)
    y = to_interval(x)
    return iv.log(y + iv.sqrt(y ** 2 + 1))


def _unit_gap(x, what: str, strict: bool):
    """1 - x^2, after showing |x| <= 1 (|x| < 1 when ``strict``)."""
    gap = sub(Fraction(1), mul(x, x))
    s = sign(gap)
    if s is None or s < 0 or (s == 0 and strict):
        need = "< 1" if strict else "<= 1"
        raise CertificateError(f"{what}: cannot show |argument| {need} (argument {show(x)})")
    return gap


def _arccosh(x):
    """arccosh x = log(x + sqrt(x^2 - 1)), x >= 1 (shown by the caller)."""
    if isinstance(x, Fraction) and x == 1:
        return Fraction(0)
    y = to_interval(x)
    return iv.log(y + iv.sqrt(to_interval(sub(mul(x, x), Fraction(1)))))


def _artanh(x):
    """artanh x = (log(1 + x) - log(1 - x)) / 2, |x| < 1 (shown by the caller)."""
    if isinstance(x, Fraction) and x == 0:
        return Fraction(0)
    y = to_interval(x)
    return (iv.log(1 + y) - iv.log(1 - y)) / 2


def _arcsin(x):
    if isinstance(x, Fraction) and x == 0:
        return Fraction(0)
    if isinstance(x, Fraction) and abs(x) == 1:
        return iv.pi / 2 * int(x)
    return iv.atan2(to_interval(x), iv.sqrt(to_interval(_unit_gap(x, "arcsin", False))))


def _arccos(x):
    if isinstance(x, Fraction) and x == 1:
        return Fraction(0)
    if isinstance(x, Fraction) and x == -1:
        return +iv.pi
    return iv.atan2(iv.sqrt(to_interval(_unit_gap(x, "arccos", False))), to_interval(x))


def _iroot(k: int, n: int) -> int:
    """floor(k ** (1/n)) for an integer k >= 0, by integer Newton iteration."""
    if k < 2:
        return k
    x = 1 << ((k.bit_length() + n - 1) // n)
    while True:
        y = ((n - 1) * x + k // x ** (n - 1)) // n
        if y >= x:
            return x
        x = y


def _exact_root(q: Fraction, n: int) -> Fraction | None:
    """The exact nonnegative n-th root of q >= 0 when it is rational, else None."""
    a, b = _iroot(q.numerator, n), _iroot(q.denominator, n)
    return Fraction(a, b) if a ** n == q.numerator and b ** n == q.denominator else None


def real_power(x, r: Fraction, what: str):
    """x ** r for a rational r, exact when possible. An integer r needs x != 0 when r < 0; a non-integer r
    needs x >= 0, and x > 0 when r < 0 (real powers of negative numbers are not taken)."""
    if r.denominator == 1:
        n = r.numerator
        if n < 0:
            return inv(real_power(x, Fraction(-n), what), what)
        if isinstance(x, Fraction):
            bits = (x.numerator.bit_length() + x.denominator.bit_length()) * n
            if bits > MAX_BITS:
                raise CertificateError(f"{what}: the exact power would have about {bits} bits (more than {MAX_BITS})")
            return x ** n
        return to_interval(x) ** n
    s = sign(x)
    if s is None or s < 0 or (s == 0 and r < 0):
        raise CertificateError(f"{what}: cannot show the base {show(x)} of a real power is nonnegative")
    if isinstance(x, Fraction):
        root = _exact_root(x, r.denominator)
        if root is not None:
            return real_power(root, Fraction(r.numerator), what)
    if s == 0:
        return Fraction(0)
    return iv.exp(to_interval(r) * iv.log(to_interval(x)))


class Evaluator:
    """Evaluate a tree on jets; one instance per (point, direction) so that ``pattern`` is recorded."""

    def __init__(self, env: dict[str, Jet], order: int, interior: bool = False):
        self.env = env
        self.order = order
        self.interior = interior
        self.pattern: list[int] = []

    def __call__(self, tree: list) -> Jet:
        head, args = tree[0], tree[1:]
        if head == "num":
            return Jet.constant(parse_rational(args[0]), self.order)
        if head == "var":
            if args[0] not in self.env:
                raise CertificateError(f"expression: variable {args[0]!r} is not among the certificate's variables")
            return self.env[args[0]]
        method = getattr(self, "_" + head)
        return method(*args)

    # -- smooth operations
    def _add(self, *args):
        out = self(args[0])
        for a in args[1:]:
            out = out + self(a)
        return out

    def _mul(self, *args):
        out = self(args[0])
        for a in args[1:]:
            out = out * self(a)
        return out

    def _pow(self, base, exponent):
        if exponent[0] != "num":
            return self._exp(["mul", exponent, ["log", base]])
        r = parse_rational(exponent[1])
        check_exponent(r, "expression")
        b = self(base)
        x = b.c[0]
        if r == 0:
            return Jet.constant(Fraction(1), self.order)
        if r == 1:
            return b
        if r.denominator == 1 and r > 0:  # x^n, n x^(n-1), n (n-1) x^(n-2): defined for every x
            n = r.numerator
            h0 = real_power(x, r, "pow")
            if self.order == 0:
                return Jet(h0)
            h1 = mul(r, real_power(x, r - 1, "pow"))
            return b.compose(h0, h1, mul(r * (r - 1), real_power(x, r - 2, "pow")) if n > 2 else Fraction(2))
        if (self.order > 0 or self.interior) and r.denominator != 1 and not sign(x) == 1:
            need = "for derivatives" if self.order > 0 else "at an interior point"
            raise CertificateError(f"pow: the base {show(x)} must be shown positive {need}")
        h0 = real_power(x, r, "pow")
        if self.order == 0:
            return Jet(h0)
        h1 = mul(r, real_power(x, r - 1, "pow"))
        h2 = mul(r * (r - 1), real_power(x, r - 2, "pow"))
        return b.compose(h0, h1, h2)

    def _exp(self, a):
        j = self(a)
        e = _exp(_bounded(j.c[0], "exp"))
        return j.compose(e, e, e)

    def _log(self, a):
        j = self(a)
        if sign(j.c[0]) != 1:
            raise CertificateError(f"log: cannot show the argument {show(j.c[0])} is positive")
        x = j.c[0]
        r = inv(x, "log")
        return j.compose(_log(x), r, -mul(r, r))

    # sigma' = sigma(x) sigma(-x) and 1 - 2 sigma(x) = sigma(-x) - sigma(x), tanh' = 4 / (e^x + e^-x)^2:
    # written without 1 - sigma and 1 - tanh^2, which cancel catastrophically for large |x|.
    def _sigmoid(self, a):
        j = self(a)
        s, s_minus = _sigmoid(_bounded(j.c[0], "sigmoid")), _sigmoid(-j.c[0])
        d1 = mul(s, s_minus)
        return j.compose(s, d1, mul(d1, sub(s_minus, s)))

    def _softplus(self, a):
        j = self(a)
        x = _bounded(j.c[0], "softplus")
        s, s_minus = _sigmoid(x), _sigmoid(-x)
        value = _log(add(Fraction(1), _exp(x)))
        return j.compose(value, s, mul(s, s_minus))

    def _tanh(self, a):
        j = self(a)
        x = _bounded(j.c[0], "tanh")
        t = _tanh(x)
        d1 = Fraction(1) if isinstance(x, Fraction) and x == 0 else \
            iv.mpf(4) / (iv.exp(to_interval(x)) + iv.exp(-to_interval(x))) ** 2
        return j.compose(t, d1, mul(Fraction(-2), mul(t, d1)))

    # -- trigonometric, hyperbolic and inverse functions: h(x), h'(x), h''(x)
    def _pi(self):
        return Jet.constant(+iv.pi, self.order)

    def _sin_cos(self, a, what: str):
        """(the argument's jet, sin x, cos x), exact at x = 0; sin and cos None on an enclosure wider than 2 pi
        (a value only: there both range over all of [-1, 1])."""
        j = self(a)
        if self.order == 0 and _wide(j.c[0]):
            return j, None, None
        x = _bounded(j.c[0], what)
        if isinstance(x, Fraction) and x == 0:
            return j, Fraction(0), Fraction(1)
        return j, iv.sin(to_interval(x)), iv.cos(to_interval(x))

    def _sin(self, a):
        j, s, c = self._sin_cos(a, "sin")
        return Jet(iv.mpf([-1, 1])) if s is None else j.compose(s, c, -s)

    def _cos(self, a):
        j, s, c = self._sin_cos(a, "cos")
        return Jet(iv.mpf([-1, 1])) if c is None else j.compose(c, -s, -c)

    def _tan(self, a):  # tan = sin / cos, tan' = 1 / cos^2, tan'' = 2 tan / cos^2; cos must be shown nonzero
        j, s, c = self._sin_cos(a, "tan")
        if c is None:
            raise CertificateError("tan: cannot show cos of the argument is nonzero (its range is wider than 2 pi)")
        r = inv(c, "tan: cos of the argument")
        t, d1 = mul(s, r), mul(r, r)
        return j.compose(t, d1, mul(Fraction(2), mul(t, d1)))

    def _sinh(self, a):
        j = self(a)
        x = _bounded(j.c[0], "sinh")
        s = _sinh(x)
        return j.compose(s, _cosh(x), s)

    def _cosh(self, a):
        j = self(a)
        x = _bounded(j.c[0], "cosh")
        c = _cosh(x)
        return j.compose(c, _sinh(x), c)

    def _arctan(self, a):  # 1 / (1 + x^2), -2 x / (1 + x^2)^2
        j = self(a)
        x = j.c[0]
        r = inv(add(Fraction(1), mul(x, x)), "arctan")
        return j.compose(_arctan(x), r, mul(Fraction(-2), mul(x, mul(r, r))))

    def _arcsinh(self, a):  # 1 / sqrt(1 + x^2), -x / (1 + x^2)^(3/2)
        j = self(a)
        x = j.c[0]
        if self.order == 0:
            return Jet(_arcsinh(x))
        r = real_power(add(Fraction(1), mul(x, x)), Fraction(-1, 2), "arcsinh")
        return j.compose(_arcsinh(x), r, mul(neg_of(x), mul(r, mul(r, r))))

    def _inverse_sine(self, a, what: str, value, sign_of_slope: int):
        j = self(a)
        x = j.c[0]
        strict = self.order > 0 or self.interior
        gap = _unit_gap(x, what, strict)
        if self.order == 0:
            return Jet(value(x))
        r = real_power(gap, Fraction(-1, 2), what)  # 1 / sqrt(1 - x^2), and x / (1 - x^2)^(3/2)
        return j.compose(value(x), mul(sign_of_slope, r), mul(sign_of_slope, mul(x, mul(r, mul(r, r)))))

    def _arccosh(self, a):  # x >= 1 (x > 1 for derivatives or inside): 1 / sqrt(x^2 - 1), -x / (x^2 - 1)^(3/2)
        j = self(a)
        x = j.c[0]
        gap = sub(mul(x, x), Fraction(1))
        s, above = sign(gap), sign(sub(x, Fraction(1)))
        strict = self.order > 0 or self.interior
        if above is None or above < 0 or s is None or s < 0 or (s == 0 and strict):
            raise CertificateError(f"arccosh: cannot show the argument {show(x)} is {'>' if strict else '>='} 1")
        if self.order == 0:
            return Jet(_arccosh(x))
        r = real_power(gap, Fraction(-1, 2), "arccosh")
        return j.compose(_arccosh(x), r, mul(neg_of(x), mul(r, mul(r, r))))

    def _artanh(self, a):  # |x| < 1 always (a pole at +-1): 1 / (1 - x^2), 2 x / (1 - x^2)^2
        j = self(a)
        x = j.c[0]
        r = inv(_unit_gap(x, "artanh", True), "artanh")
        return j.compose(_artanh(x), r, mul(Fraction(2), mul(x, mul(r, r))))

    def _arcsin(self, a):
        return self._inverse_sine(a, "arcsin", _arcsin, 1)

    def _arccos(self, a):
        return self._inverse_sine(a, "arccos", _arccos, -1)

    # -- kinks
    def _branch_sign(self, j: Jet, what: str) -> int | None:
        """The sign of a kink's argument; strict (nonzero) when derivatives are wanted."""
        s = sign(j.c[0])
        if s is None or (s == 0 and self.order > 0):
            raise CertificateError(
                f"{what}: the point is not strictly inside a smooth piece (argument {show(j.c[0])})")
        return s

    def _relu(self, a):
        j = self(a)
        s = self._branch_sign(j, "relu")
        self.pattern.append(s if s else 1)
        return j if s > 0 else Jet.constant(Fraction(0), self.order)

    def _leaky_relu(self, a, alpha):
        j = self(a)
        if alpha[0] != "num":
            raise CertificateError("leaky_relu: the slope must be a number")
        k = parse_rational(alpha[1])
        s = self._branch_sign(j, "leaky_relu")
        self.pattern.append(s if s else 1)
        return j if s > 0 else j.scale(k)

    def _abs(self, a):
        j = self(a)
        s = self._branch_sign(j, "abs")
        self.pattern.append(s if s else 1)
        return j if s >= 0 else -j

    def _extreme(self, args, largest: bool, what: str):
        jets = [self(a) for a in args]
        best = None
        for i, j in enumerate(jets):
            others = [sub(j.c[0], k.c[0]) for n, k in enumerate(jets) if n != i]
            signs = [sign(d) if largest else sign(-d) for d in others]
            if all(s == 1 for s in signs) or (self.order == 0 and all(s is not None and s >= 0 for s in signs)):
                best = i
                break
        if best is None:
            if self.order == 0:
                return Jet(self._interval_extreme([j.c[0] for j in jets], largest))
            raise CertificateError(f"{what}: no argument is strictly the {'largest' if largest else 'smallest'}"
                                   " at the point (not strictly inside a smooth piece)")
        self.pattern.append(best)
        return jets[best]

    @staticmethod
    def _interval_extreme(values, largest: bool):
        """max/min of enclosures: [pick of the lower ends, pick of the upper ends]."""
        ends = [endpoints(v) for v in values]
        pick = max if largest else min
        lo, hi = pick(e[0] for e in ends), pick(e[1] for e in ends)
        return iv.mpf([to_interval(lo).a, to_interval(hi).b])

    def _max(self, *args):
        return self._extreme(args, True, "max")

    def _min(self, *args):
        return self._extreme(args, False, "min")


def line_jets(variables, point, direction, order: int) -> dict[str, Jet]:
    """The jets of the coordinates along t -> p + t u."""
    env = {}
    for i, name in enumerate(variables):
        if order == 0:
            env[name] = Jet(point[i])
        else:
            env[name] = Jet(point[i], direction[i], *([Fraction(0)] * (order - 1)))
    return env


def evaluate(tree: list, env: dict[str, Jet], order: int, *, interior: bool = False) -> tuple[Jet, list[int]]:
    """Jet of the tree along the line encoded in ``env``, and the kink pattern met on the way; with ``interior``
    (order 0), also that the tree is defined and continuous on a neighbourhood of the point."""
    ev = Evaluator(env, order, interior)
    try:
        return ev(tree), ev.pattern
    except (ZeroDivisionError, ValueError, ArithmeticError) as exc:  # mpmath domain errors, huge powers
        raise CertificateError(f"evaluation failed: {exc}") from None
    except RecursionError:  # a tree not walked by check_tree first (e.g. a very deep network's loss)
        raise CertificateError("expression: nested too deeply to evaluate") from None


def value_at(tree: list, variables, point, *, interior: bool = False) -> object:
    """f(point) as an exact rational or an enclosing interval; ``CertificateError`` if undefined there (with
    ``interior``: unless shown defined and continuous on a neighbourhood of the point)."""
    jet, _ = evaluate(tree, line_jets(variables, point, None, 0), 0, interior=interior)
    return jet.c[0]
