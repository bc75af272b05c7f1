r"""The finders' own evaluator of expression trees (model layer): values and degree-2 jets along a line, computed
with code and a number library other than the checker's evaluator's, so that a value a finder states in a
certificate is computed twice, independently, before anything is kept.

A *number* here is a ``fractions.Fraction`` (exact) or a python-flint ``arb`` ball that encloses the true value
(the checker's evaluator, ``check.evaluate``, uses ``mpmath.iv`` intervals; the two share no code). Signs are three-valued (``sign``: +1, -1, 0
for an exact zero only, None when a ball contains 0). A *jet* is the tuple (c0, c1, c2) of the Taylor
polynomial of t -> g(p + t u) at t = 0: g(p + t u) = c0 + c1 t + c2 t^2 + o(t^2), so the second derivative
at 0 is 2 c2. For a C^2 function h, h(c0 + c1 t + c2 t^2) has the jet (h(c0), h'(c0) c1,
h'(c0) c2 + h''(c0) c1^2 / 2).

The trees are the certificates' whitelisted operator trees (``certificates.to_tree``). The rules mirror what a
certificate may state (docs/CONTRIBUTING.md, "Stated values"): a value is exact exactly when it is rational by
construction (sums and products of rationals, an exact zero times anything, rational powers with a rational
root, exp 0 = 1, log 1 = 0, sigmoid 0 = 1/2, sin 0 = 0, cos 0 = 1, ...), otherwise a ball; a value is
undefined (``Undefined``) where a logarithm's argument is not shown positive, a denominator not shown nonzero,
a real power's base not shown nonnegative, and, for derivatives, where a kink's argument is not shown nonzero
(relu, leaky_relu, abs, max, min), where a real power's base is not shown positive, or an inverse sine's
argument not shown inside (-1, 1). Beyond the checker's cost limits (|argument| of exp and its kin over
``MAX_ARGUMENT``, exact powers over ``MAX_BITS`` bits) the value is refused too: the checker would refuse it.

Nothing here decides a verdict: the finders use these numbers to choose candidates and to state values, and the
checker (``symconvex.check``) recomputes every stated value with its own evaluator; ``tests/test_evaluation.py``
runs both on random trees and points and compares them exactly (equal rationals, overlapping enclosures).
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from fractions import Fraction

from flint import acb, arb, ctx, fmpq

from .certificates import MAX_EXPONENT, parse_rational, rational_to_str

#: Working precision (bits) of the balls.
PRECISION = 320
#: The checker's cost limits (docs/CONTRIBUTING.md, "Checker limits"), mirrored so nothing beyond them is proposed.
MAX_ARGUMENT = 10 ** 4
MAX_BITS = 10 ** 6
#: Digits of a stated decimal, at most.
DIGITS = 20


class Undefined(ValueError):
    """The tree has no value (or no jet) at the point, or it cannot be shown to have one."""


@contextmanager
def precision(bits: int = PRECISION):
    """Run a block with arb balls at ``bits`` bits, restoring the previous precision afterwards."""
    saved = ctx.prec
    ctx.prec = bits
    try:
        yield
    finally:
        ctx.prec = saved


# ------------------------------------------------------------------------------------------------ numbers

def _uses_variable(tree) -> bool:
    """Does the tree contain a ``var`` leaf?"""
    return tree[0] == "var" or (tree[0] != "num" and any(_uses_variable(a) for a in tree[1:]))


def is_exact(x) -> bool:
    return isinstance(x, Fraction)


def ball(x) -> arb:
    """A ball enclosing x (a Fraction is rounded outward at the working precision)."""
    if isinstance(x, Fraction):
        return arb(fmpq(x.numerator, x.denominator))
    return x


def add(a, b):
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return a + b
    return ball(a) + ball(b)


def sub(a, b):
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return a - b
    return ball(a) - ball(b)


def mul(a, b):
    """a b; an exact zero times anything is an exact zero."""
    if isinstance(a, Fraction) and (a == 0 or isinstance(b, Fraction)):
        return a * b if isinstance(b, Fraction) else Fraction(0)
    if isinstance(b, Fraction) and b == 0:
        return Fraction(0)
    return ball(a) * ball(b)


def neg(a):
    return -a


def sign(x) -> int | None:
    """+1, -1, 0 (an exact zero only), or None when the ball contains 0 (or is not finite)."""
    if isinstance(x, Fraction):
        return (x > 0) - (x < 0)
    if x > 0:
        return 1
    if x < 0:
        return -1
    return None


def inv(a):
    """1/a; ``Undefined`` unless a is shown nonzero."""
    if not sign(a):
        raise Undefined("a denominator is not shown nonzero")
    return 1 / a if isinstance(a, Fraction) else 1 / a


def _exact(pair) -> Fraction:
    man, exp = (int(v) for v in pair)
    return Fraction(man) * Fraction(2) ** exp


def endpoints(x) -> tuple[Fraction, Fraction]:
    """The exact rational ends of a number's enclosure."""
    if isinstance(x, Fraction):
        return x, x
    if not x.is_finite():
        raise Undefined("an enclosure is not finite")
    mid, rad = _exact(x.mid().man_exp()), _exact(x.rad().man_exp())
    return mid - rad, mid + rad


def _decimal(q: Fraction, n: int) -> tuple[int, int]:
    """(digits, scale) with digits an n-digit integer (or 0) and digits * 10^scale the nearest such to q."""
    if q == 0:
        return 0, 0
    e = math.floor(math.log10(abs(q.numerator)) - math.log10(q.denominator))
    for e in (e - 1, e, e + 1):  # the float estimate may be off by one either way
        scale = e - (n - 1)
        digits = round(q / Fraction(10) ** scale)
        if 10 ** (n - 1) <= abs(digits) < 10 ** n:
            return digits, scale
        if abs(digits) == 10 ** n:  # rounded up to the next power of ten
            return digits // 10, scale + 1
    raise Undefined("cannot write the value as a decimal")  # pragma: no cover - the loop always ends


def _text(digits: int, scale: int, n: int) -> str:
    """"~d.ddde-k": n significant digits, the exponent omitted when 0 (the checker reads the decimal exactly)."""
    body = str(abs(digits)).rjust(n, "0")
    exponent = scale + n - 1
    mantissa = ("-" if digits < 0 else "") + body[0] + "." + body[1:]
    return "~" + mantissa + (f"e{exponent}" if exponent else "")


def stated(x) -> str:
    """The certificate text of a number: exact ``"p/q"``, or the longest decimal ``"~d.ddde-k"`` (at most
    ``DIGITS`` digits) within half a unit of its last digit of every point of the enclosure; ``Undefined`` when
    no decimal is (an enclosure around a transcendental zero, sin(pi))."""
    if isinstance(x, Fraction):
        return rational_to_str(x)
    lo, hi = endpoints(x)
    for n in range(DIGITS, 0, -1):
        digits, scale = _decimal((lo + hi) / 2, n)
        if digits == 0:
            break
        half = Fraction(10) ** scale / 2
        value = digits * Fraction(10) ** scale
        if value - half < lo and hi < value + half:
            return _text(digits, scale, n)
    raise Undefined("the value is too uncertain to state")


def statable(*values) -> bool:
    """Can every value be written in a certificate (``stated``)?"""
    try:
        for v in values:
            stated(v)
    except Undefined:
        return False
    return True


# ------------------------------------------------------------------------------------------- functions

def _bounded(x):
    lo, hi = endpoints(x)
    if max(abs(lo), abs(hi)) > MAX_ARGUMENT:
        raise Undefined(f"an argument beyond {MAX_ARGUMENT} in magnitude")
    return x


def _is(x, q) -> bool:
    return isinstance(x, Fraction) and x == q


def _exp(x):
    return Fraction(1) if _is(x, 0) else ball(x).exp()


def _log(x):
    return Fraction(0) if _is(x, 1) else ball(x).log()


def _sigmoid(x):
    return Fraction(1, 2) if _is(x, 0) else 1 / (1 + (-ball(x)).exp())


def _iroot(k: int, n: int) -> int:
    """floor(k ** (1/n)) for an integer k >= 0 (integer Newton iteration from above)."""
    if k < 2:
        return k
    r = 1 << ((k.bit_length() + n - 1) // n)
    while True:
        s = ((n - 1) * r + k // r ** (n - 1)) // n
        if s >= r:
            return r
        r = s


def _root(q: Fraction, n: int) -> Fraction | None:
    """The exact nonnegative n-th root of q >= 0 when it is rational, else None."""
    a, b = _iroot(q.numerator, n), _iroot(q.denominator, n)
    return Fraction(a, b) if a ** n == q.numerator and b ** n == q.denominator else None


def power(x, r: Fraction):
    """x ** r for a rational r: exact when x is exact and the root is rational; ``Undefined`` for x = 0 with
    r < 0, and for x not shown nonnegative (positive when r < 0) with r not an integer."""
    if r.denominator == 1:
        n = r.numerator
        if n < 0:
            return inv(power(x, Fraction(-n)))
        if isinstance(x, Fraction):
            if (x.numerator.bit_length() + x.denominator.bit_length()) * n > MAX_BITS:
                raise Undefined("an exact power too large to state")
            return x ** n
        return x ** n
    s = sign(x)
    if s is None or s < 0 or (s == 0 and r < 0):
        raise Undefined("a real power of a base not shown nonnegative")
    if isinstance(x, Fraction):
        root = _root(x, r.denominator)
        if root is not None:
            return power(root, Fraction(r.numerator))
    if s == 0:
        return Fraction(0)
    return (ball(r) * ball(x).log()).exp()


def _jet(value, order):
    return (value,) + (Fraction(0),) * order


def _compose(j, h0, h1, h2):
    """h(j) for h with h(c0) = h0, h'(c0) = h1, h''(c0) = h2 (module docstring)."""
    if len(j) == 1:
        return (h0,)
    return (h0, mul(h1, j[1]), add(mul(h1, j[2]), mul(mul(h2, Fraction(1, 2)), mul(j[1], j[1]))))


def _times(a, b):
    if len(a) == 1:
        return (mul(a[0], b[0]),)
    return (mul(a[0], b[0]), add(mul(a[0], b[1]), mul(a[1], b[0])),
            add(add(mul(a[0], b[2]), mul(a[1], b[1])), mul(a[2], b[0])))


def _unit_gap(x, strict: bool):
    gap = sub(Fraction(1), mul(x, x))
    s = sign(gap)
    if s is None or s < 0 or (s == 0 and strict):
        raise Undefined("an inverse sine's argument not shown inside [-1, 1]")
    return gap


class _Walk:
    """One evaluation: the jets of the variables, the order (0: values, 2: jets) and the kink pattern met."""

    def __init__(self, env: dict, order: int):
        self.env, self.order, self.pattern = env, order, []

    def __call__(self, tree):
        head, args = tree[0], tree[1:]
        if head == "num":
            return _jet(parse_rational(args[0]), self.order)
        if head == "var":
            if args[0] not in self.env:
                raise Undefined(f"variable {args[0]!r} has no value")
            return self.env[args[0]]
        if head == "pi":
            return _jet(arb.pi(), self.order)
        rule = getattr(self, "_" + head, None)
        if rule is None:
            raise Undefined(f"no rule for {head!r}")
        return rule(*args)

    def _add(self, *args):
        out = self(args[0])
        for a in args[1:]:
            out = tuple(add(x, y) for x, y in zip(out, self(a)))
        return out

    def _mul(self, *args):
        out = self(args[0])
        for a in args[1:]:
            out = _times(out, self(a))
        return out

    def _pow(self, base, exponent):
        if exponent[0] != "num":
            # an exponent that is an exact constant along the line (a parameter's value) over a base > 0 (= 0 when
            # the exponent is > 0): the power with that number (as the checker takes it: |x|^p at p = 1 is |x|)
            e, j = self(exponent), self(base)
            if isinstance(e[0], Fraction) and not any(e[1:]) and is_exact(j[0]) and (j[0] > 0 or j[0] == 0 < e[0]) \
                    and _uses_variable(exponent):  # an exponent in variables (parameters), as the checker reads it
                return self._pow_rational(j, e[0])
            return self._exp(["mul", exponent, ["log", base]])
        return self._pow_rational(self(base), parse_rational(exponent[1]))

    def _pow_rational(self, j, r: Fraction):
        if abs(r.numerator) > MAX_EXPONENT or r.denominator > MAX_EXPONENT:
            raise Undefined("an exponent beyond the checker's cap")
        x = j[0]
        if r == 0:
            return _jet(Fraction(1), self.order)
        if r == 1:
            return j
        if self.order and r.denominator != 1 and sign(x) != 1:
            raise Undefined("a real power's base not shown positive (derivatives)")
        h0 = power(x, r)
        if not self.order:
            return (h0,)
        h2 = Fraction(2) if r == 2 else mul(r * (r - 1), power(x, r - 2))
        return _compose(j, h0, mul(r, power(x, r - 1)), h2)

    def _exp(self, a):
        j = self(a)
        e = _exp(_bounded(j[0]))
        return _compose(j, e, e, e)

    def _log(self, a):
        j = self(a)
        if sign(j[0]) != 1:
            raise Undefined("a logarithm's argument not shown positive")
        r = inv(j[0])
        return _compose(j, _log(j[0]), r, neg(mul(r, r)))

    def _sigmoid(self, a):  # s' = s(x) s(-x), s'' = s' (s(-x) - s(x))
        j = self(a)
        x = _bounded(j[0])
        s, t = _sigmoid(x), _sigmoid(neg(x))
        d1 = mul(s, t)
        return _compose(j, s, d1, mul(d1, sub(t, s)))

    def _softplus(self, a):  # log(1 + e^x): slope s(x), curvature s(x) s(-x)
        j = self(a)
        x = _bounded(j[0])
        s, t = _sigmoid(x), _sigmoid(neg(x))
        return _compose(j, _log(add(Fraction(1), _exp(x))), s, mul(s, t))

    def _tanh(self, a):  # tanh' = 4 / (e^x + e^-x)^2, tanh'' = -2 tanh tanh'
        j = self(a)
        x = _bounded(j[0])
        if _is(x, 0):
            t, d1 = Fraction(0), Fraction(1)
        else:
            y = ball(x)
            t, d1 = y.tanh(), 4 / (y.exp() + (-y).exp()) ** 2
        return _compose(j, t, d1, mul(Fraction(-2), mul(t, d1)))

    def _sin_cos(self, a):
        j = self(a)
        x = _bounded(j[0])
        if _is(x, 0):
            return j, Fraction(0), Fraction(1)
        return j, ball(x).sin(), ball(x).cos()

    def _sin(self, a):
        j, s, c = self._sin_cos(a)
        return _compose(j, s, c, neg(s))

    def _cos(self, a):
        j, s, c = self._sin_cos(a)
        return _compose(j, c, neg(s), neg(c))

    def _tan(self, a):  # tan' = 1 / cos^2, tan'' = 2 tan / cos^2
        j, s, c = self._sin_cos(a)
        r = inv(c)
        t, d1 = mul(s, r), mul(r, r)
        return _compose(j, t, d1, mul(Fraction(2), mul(t, d1)))

    def _sinh(self, a):
        j = self(a)
        x = _bounded(j[0])
        s, c = (Fraction(0), Fraction(1)) if _is(x, 0) else (ball(x).sinh(), ball(x).cosh())
        return _compose(j, s, c, s)

    def _cosh(self, a):
        j = self(a)
        x = _bounded(j[0])
        s, c = (Fraction(0), Fraction(1)) if _is(x, 0) else (ball(x).sinh(), ball(x).cosh())
        return _compose(j, c, s, c)

    def _arctan(self, a):  # 1 / (1 + x^2), -2 x / (1 + x^2)^2
        j = self(a)
        x = j[0]
        r = inv(add(Fraction(1), mul(x, x)))
        return _compose(j, Fraction(0) if _is(x, 0) else ball(x).atan(), r, mul(Fraction(-2), mul(x, mul(r, r))))

    def _arcsinh(self, a):  # 1 / sqrt(1 + x^2), -x / (1 + x^2)^(3/2)
        j = self(a)
        x = j[0]
        value = Fraction(0) if _is(x, 0) else ball(x).asinh()
        if not self.order:
            return (value,)
        r = power(add(Fraction(1), mul(x, x)), Fraction(-1, 2))
        return _compose(j, value, r, mul(neg(x), mul(r, mul(r, r))))

    def _inverse_sine(self, a, value, slope_sign: int):
        j = self(a)
        x = j[0]
        gap = _unit_gap(x, strict=bool(self.order))
        if not self.order:
            return (value(x),)
        r = power(gap, Fraction(-1, 2))  # 1 / sqrt(1 - x^2), and x / (1 - x^2)^(3/2)
        return _compose(j, value(x), mul(slope_sign, r), mul(slope_sign, mul(x, mul(r, mul(r, r)))))

    def _arcsin(self, a):
        return self._inverse_sine(a, lambda x: Fraction(0) if _is(x, 0) else ball(x).asin(), 1)

    def _arccos(self, a):
        return self._inverse_sine(a, lambda x: Fraction(0) if _is(x, 1) else ball(x).acos(), -1)

    def _arccosh(self, a):  # x >= 1 (x > 1 for derivatives): 1 / sqrt(x^2 - 1), -x / (x^2 - 1)^(3/2)
        j = self(a)
        x = j[0]
        gap = sub(mul(x, x), Fraction(1))
        s, above = sign(gap), sign(sub(x, Fraction(1)))
        if above is None or above < 0 or s is None or s < 0 or (s == 0 and self.order):
            raise Undefined("arccosh: an argument not shown >= 1")
        value = Fraction(0) if _is(x, 1) else ball(x).acosh()
        if not self.order:
            return (value,)
        r = power(gap, Fraction(-1, 2))
        return _compose(j, value, r, mul(neg(x), mul(r, mul(r, r))))

    def _artanh(self, a):  # |x| < 1: 1 / (1 - x^2), 2 x / (1 - x^2)^2
        j = self(a)
        x = j[0]
        r = inv(_unit_gap(x, strict=True))
        return _compose(j, Fraction(0) if _is(x, 0) else ball(x).atanh(), r, mul(Fraction(2), mul(x, mul(r, r))))

    # -- special functions: erf' = (2/sqrt(pi)) e^{-x^2}, erf'' = -2x erf', erfc = 1 - erf; Gamma and psi on x > 0
    def _erf(self, a, negate: bool = False):
        j = self(a)
        x = _bounded(j[0])
        value = (Fraction(1) if negate else Fraction(0)) if _is(x, 0) else ball(x).erfc() if negate else ball(x).erf()
        d1 = 2 / arb.pi().sqrt() * (-(ball(x) * ball(x))).exp() * (-1 if negate else 1)
        return _compose(j, value, d1, mul(mul(Fraction(-2), x), d1))

    def _erfc(self, a):
        return self._erf(a, negate=True)

    def _positive(self, a):
        j = self(a)
        if sign(_bounded(j[0])) != 1:
            raise Undefined("an argument of Gamma or psi not shown positive")
        return j, ball(j[0])

    def _gamma(self, a):  # Gamma' = Gamma psi, Gamma'' = Gamma (psi^2 + psi_1)
        j, y = self._positive(a)
        x = j[0]
        value = Fraction(math.factorial(int(x) - 1)) if isinstance(x, Fraction) and x.denominator == 1 \
            and x <= 170 else y.gamma()
        psi, psi1 = y.digamma(), acb(y).polygamma(1).real
        return _compose(j, value, mul(value, psi), mul(value, psi * psi + psi1))

    def _digamma(self, a):
        j, y = self._positive(a)
        return _compose(j, y.digamma(), acb(y).polygamma(1).real, acb(y).polygamma(2).real)

    def _trigamma(self, a):
        j, y = self._positive(a)
        return _compose(j, *(acb(y).polygamma(n).real for n in (1, 2, 3)))

    # -- kinks: the branch must be shown (strictly, for derivatives)
    def _branch(self, j) -> int:
        s = sign(j[0])
        if s is None or (s == 0 and self.order):
            raise Undefined("the point is on a kink (or not shown off it)")
        self.pattern.append(s if s else 1)
        return s

    def _relu(self, a):
        j = self(a)
        return j if self._branch(j) > 0 else _jet(Fraction(0), self.order)

    def _leaky_relu(self, a, slope):
        j = self(a)
        if slope[0] != "num":
            raise Undefined("a leaky_relu slope that is not a number")
        k = parse_rational(slope[1])
        return j if self._branch(j) > 0 else tuple(mul(k, c) for c in j)

    def _abs(self, a):
        j = self(a)
        return j if self._branch(j) >= 0 else tuple(neg(c) for c in j)

    def _extreme(self, args, largest: bool):
        jets = [self(a) for a in args]
        for i, j in enumerate(jets):
            gaps = [sign(sub(j[0], k[0])) for n, k in enumerate(jets) if n != i]
            gaps = [g if g is None or largest else -g for g in gaps]
            if all(g == 1 for g in gaps) or (not self.order and all(g is not None and g >= 0 for g in gaps)):
                self.pattern.append(i)
                return j
        if self.order:
            raise Undefined("no argument of a max/min is shown strictly the extreme one")
        out = ball(jets[0][0])  # a value: the ball of the extreme of the balls
        for j in jets[1:]:
            out = out.max(ball(j[0])) if largest else out.min(ball(j[0]))
        return (out,)

    def _max(self, *args):
        return self._extreme(args, True)

    def _min(self, *args):
        return self._extreme(args, False)


def _walk(tree, env, order):
    walk = _Walk(env, order)
    try:
        with precision(max(ctx.prec, PRECISION)):
            return walk(tree), walk.pattern
    except (ZeroDivisionError, OverflowError, ArithmeticError) as exc:
        raise Undefined(f"evaluation failed: {exc}") from None
    except RecursionError:
        raise Undefined("a tree nested too deeply") from None


def value_at(tree, names, point):
    """f(point) for the tree over the variables ``names`` at a rational point: a Fraction or a ball.
    ``Undefined`` where it is not shown defined (module docstring)."""
    (value,), _ = _walk(tree, {n: (Fraction(p),) for n, p in zip(names, point)}, 0)
    return _finite(value)


def jet_along(tree, names, point, direction):
    """((c0, c1, c2), pattern): the degree-2 jet of t -> f(p + t u) at t = 0 (module docstring) and the kink
    pattern (+1 / -1 per relu, leaky_relu, abs argument; the winning index per max / min, in evaluation order).
    ``Undefined`` where f is not shown C^2 on a neighbourhood of p."""
    env = {n: (Fraction(p), Fraction(u), Fraction(0)) for n, p, u in zip(names, point, direction)}
    jet, pattern = _walk(tree, env, 2)
    return tuple(_finite(c) for c in jet), pattern


def second_derivative(jet):
    """d^2/dt^2 at t = 0 of a jet (c0, c1, c2): 2 c2."""
    return mul(Fraction(2), jet[2])


def _finite(x):
    if not isinstance(x, Fraction) and not x.is_finite():
        raise Undefined("a value is not finite")
    return x
