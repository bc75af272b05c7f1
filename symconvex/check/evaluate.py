r"""The checker's evaluator: one operator table, walked iteratively, on jets of exact or interval numbers.

``evaluate(tree, env, order)`` returns the jet of the tree's function along the line t -> p + t u (``env`` maps each
variable to its jet ``Jet(p_i, u_i, 0)``); ``check.intervaljets`` walks the same table on boxes. ``OPERATORS`` has one
row (``Op``) per smooth unary operator h (the special functions': ``check.special.ROWS``, imported for them only):
h(x), exact where rational (exp 0 = cos 0 = cosh 0 = erfc 0 = 1, log 1 = arccos 1 = arccosh 1 = 0, sigmoid 0 = 1/2,
Gamma(n) = (n - 1)! for integers 1 <= n <= 170, 0 for the odd ones at 0), h' and h'', whether |x| <= ``MAX_ARGUMENT``
(exp and its kin: an enclosure of exp(x) needs about x bits), a domain condition g(x) >= 0 (> 0 where h is not C^2 at
g = 0). The walk enforces: for a value (order 0), every operation defined at the point (log of a positive number, no
division by zero, real powers of nonnegative bases, |x| <= 1 for arcsin/arccos, x >= 1 for arccosh, |x| < 1 for
artanh, cos x != 0 for tan; kinks may sit on their switching point); for derivatives (order >= 1), every domain
condition strict and every kink (relu, leaky_relu, abs, max, min) strictly on one side, so the same branches hold near
the point, where the tree is C^infinity and the chain rule (``Jet.compose``) gives its exact Taylor coefficients; with
``interior`` (a value at an interior point of a domain), every domain condition strict, so the tree is defined and
continuous near the point (kinks are continuous) and a constraint g > 0 shown there holds on a ball around it.
sin, cos of an enclosure wider than 7 > 2 pi are [-1, 1]. Exponents stay within ``trees.MAX_EXPONENT``, exact powers
within ``MAX_BITS`` bits. ``pattern`` gets the branch taken at each kink in evaluation order: the sign of a relu,
leaky_relu or abs argument, the index of the winning argument of max/min.
"""

from __future__ import annotations

import operator as ops
from fractions import Fraction
from functools import lru_cache, reduce
from typing import Callable, NamedTuple

import mpmath
from flint import fmpz
from mpmath import iv

from ..errors import CertificateError
from .numbers import Jet, add, endpoints, exact_at, inv, mul, show, sign, sub, to_interval
from .trees import check_exponent, parse_rational, tree_variables

#: The largest exact power (numerator plus denominator bits) and the largest |argument| of exp and its kin.
MAX_BITS = 10 ** 6
MAX_ARGUMENT = 10 ** 4
#: ``parse_rational`` of a checked tree's number text, read once (a tree's numbers repeat; Fractions are immutable).
_rational = lru_cache(maxsize=1 << 12)(parse_rational)


def _wide(x) -> bool:
    """An enclosure wider than 7 > 2 pi (or unbounded): sin and cos take every value of [-1, 1] on it."""
    return not isinstance(x, Fraction) and not bool(x.b - x.a <= 7)


def _exact_root(q: Fraction, n: int) -> Fraction | None:
    """The exact nonnegative n-th root of q >= 0 when it is rational, else None."""
    a, b = int(fmpz(q.numerator).root(n)), int(fmpz(q.denominator).root(n))
    return Fraction(a, b) if a ** n == q.numerator and b ** n == q.denominator else None


def real_power(x, r: Fraction, what: str):
    """x ** r for a rational r, exact when possible. An integer r needs x != 0 when r < 0; a non-integer r
    needs x >= 0, and x > 0 when r < 0 (real powers of negative numbers are not taken)."""
    if r.denominator == 1:
        n = r.numerator
        if n <= 0:
            return Fraction(1) if n == 0 else inv(real_power(x, Fraction(-n), what), what)
        bits = (x.numerator.bit_length() + x.denominator.bit_length()) * n if isinstance(x, Fraction) else 0
        if bits > MAX_BITS:
            raise CertificateError(f"{what}: the exact power would have about {bits} bits (more than {MAX_BITS})")
        return x ** n
    s = sign(x)
    if s is None or s < 0 or (s == 0 and r < 0):
        raise CertificateError(f"{what}: cannot show the base {show(x)} of a real power is nonnegative")
    root = _exact_root(x, r.denominator) if isinstance(x, Fraction) else None
    if root is not None:
        return real_power(root, Fraction(r.numerator), what)
    return Fraction(0) if s == 0 else iv.exp(to_interval(r) * iv.log(to_interval(x)))


_exp, _log = exact_at(0, Fraction(1), iv.exp), exact_at(1, Fraction(0), iv.log)
_sigmoid = exact_at(0, Fraction(1, 2), lambda y: 1 / (1 + iv.exp(-y)))
# sin, cos: [-1, 1] (their range) on an enclosure wider than 2 pi
_sin, _cos = ((lambda fn: lambda x: iv.mpf([-1, 1]) if _wide(x) else fn(x))(exact_at(0, Fraction(k), f))
              for k, f in ((0, iv.sin), (1, iv.cos)))


def _sinh(x):
    """(e^x - e^-x) / 2: both terms increase with x, so the enclosure of an interval is its exact range."""
    return mul(Fraction(1, 2), sub(_exp(x), _exp(-x)))


def _cosh(x):
    """1 + 2 sinh(x/2)^2: at least 1 and tight on an interval (an interval's square is taken as a square)."""
    s = _sinh(mul(Fraction(1, 2), x))
    return add(1, mul(2, s * s if isinstance(s, Fraction) else s ** 2))


def _arcsinh(x):
    """log(x + sqrt(x^2 + 1)) for x >= 0, -arcsinh(-x) for x < 0 (no cancellation)."""
    if sign(x) == -1:
        return -_arcsinh(-x)
    return _log(add(x, real_power(add(mul(x, x), 1), Fraction(1, 2), "arcsinh")))


def _inverse_root(A, g, k, what):
    """(h', h'') = (g^(-1/2), k g^(-3/2)): arcsin (g, k = 1 - x^2, x), arcsinh (1 + x^2, -x), arccosh (x^2 - 1, -x)."""
    r = A.power(g, Fraction(-1, 2), what)
    return r, A.mul(k, A.mul(r, A.mul(r, r)))


def _unit_gap(A, x):
    """1 - x^2 (the domain of arcsin, arccos, artanh)."""
    return A.sub(1, A.mul(x, x))


class Op(NamedTuple):
    """A row of ``OPERATORS``: ``value(x)`` encloses h(x) (exact or interval x); ``slopes(A, x, h(x))`` is
    (h'(x), h''(x)) over a backend A; ``domain(A, x)`` is g(x), with ``need`` and ``rel`` for its message."""

    value: Callable
    slopes: Callable
    capped: bool = False
    domain: Callable | None = None
    strict: bool = False
    need: str = ""
    rel: str = "<"


_UNIT = {"domain": _unit_gap, "need": "|argument| {rel} 1 (argument {x})"}

#: The smooth unary operators (module docstring). add, mul, pow and the kinks are rules of the walk itself.
OPERATORS: dict[str, Op] = {
    "exp": Op(_exp, lambda A, x, v: (v, v), capped=True),
    "log": Op(_log, lambda A, x, v: (A.inv(x, "log"), A.neg(A.inv(A.mul(x, x), "log"))),
              domain=lambda A, x: x, strict=True, need="the argument {x} is positive"),
    # sigma' = sigma(x) sigma(-x), sigma'' = sigma' (sigma(-x) - sigma(x)) (no 1 - sigma: no cancellation)
    "sigmoid": Op(_sigmoid, lambda A, x, v: (d := A.mul(v, m := A.f("sigmoid", A.neg(x))), A.mul(d, A.sub(m, v))),
                  capped=True),
    "softplus": Op(lambda x: _log(add(1, _exp(x))),
                   lambda A, x, v: (s := A.f("sigmoid", x), A.mul(s, A.f("sigmoid", A.neg(x)))), capped=True),
    # tanh' = 4 sigma(2x) sigma(-2x) (= 1 - tanh^2 without cancellation), tanh'' = -2 tanh tanh'
    "tanh": Op(lambda x: sub(_sigmoid(mul(2, x)), _sigmoid(mul(-2, x))), lambda A, x, v: (
        d := A.mul(4, A.mul(A.f("sigmoid", A.mul(2, x)), A.f("sigmoid", A.mul(-2, x)))), A.mul(-2, A.mul(v, d))),
        capped=True),
    "sin": Op(_sin, lambda A, x, v: (A.f("cos", x), A.neg(v)), capped=True),
    "cos": Op(_cos, lambda A, x, v: (A.neg(A.f("sin", x)), A.neg(v)), capped=True),
    "tan": Op(lambda x: mul(_sin(x), inv(_cos(x), "tan: cos of the argument")),
              lambda A, x, v: (d := A.add(1, A.mul(v, v)), A.mul(2, A.mul(v, d))), capped=True),
    "sinh": Op(_sinh, lambda A, x, v: (A.f("cosh", x), v), capped=True),
    "cosh": Op(_cosh, lambda A, x, v: (A.f("sinh", x), v), capped=True),
    "arctan": Op(exact_at(0, Fraction(0), lambda y: iv.atan2(y, iv.mpf(1))),
                 lambda A, x, v: (r := A.inv(A.add(1, A.mul(x, x)), "arctan"), A.mul(-2, A.mul(x, A.mul(r, r))))),
    "arcsinh": Op(_arcsinh, lambda A, x, v: _inverse_root(A, A.add(1, A.mul(x, x)), A.neg(x), "arcsinh")),
    "arcsin": Op(exact_at(0, Fraction(0), lambda y: iv.atan2(y, iv.sqrt(1 - y * y))),
                 lambda A, x, v: _inverse_root(A, _unit_gap(A, x), x, "arcsin"), **_UNIT),
    "arccos": Op(exact_at(1, Fraction(0), lambda y: iv.atan2(iv.sqrt(1 - y * y), y)),
                 lambda A, x, v: tuple(A.neg(d) for d in _inverse_root(A, _unit_gap(A, x), x, "arccos")), **_UNIT),
    "arccosh": Op(lambda x: _log(add(x, real_power(sub(mul(x, x), 1), Fraction(1, 2), "arccosh"))),
                  lambda A, x, v: _inverse_root(A, A.sub(A.mul(x, x), 1), A.neg(x), "arccosh"),
                  domain=lambda A, x: A.sub(x, 1), need="the argument {x} is {rel} 1", rel=">"),
    "artanh": Op(lambda x: mul(Fraction(1, 2), sub(_log(add(1, x)), _log(sub(1, x)))),
                 lambda A, x, v: (r := A.inv(_unit_gap(A, x), "artanh"), A.mul(2, A.mul(x, A.mul(r, r)))),
                 strict=True, **_UNIT),
}


def operator(head: str) -> Op:
    """The row of ``head``: ``OPERATORS``'s, or for a special function (erf, erfc, Gamma, psi, and psi's derivatives
    the derivative rules use) ``check.special.ROWS``', imported for those only."""
    if head in OPERATORS:
        return OPERATORS[head]
    from .special import ROWS

    return Op(**ROWS[head])


def _bounded(x, what: str) -> None:
    """Refuse |x| > MAX_ARGUMENT, but for the free: an infinite end of a range, sin and cos on a wide enclosure."""
    ok = abs(x) <= MAX_ARGUMENT if isinstance(x, Fraction) else _wide(x) and what in ("sin", "cos", "tan") or (
        bool(x.b <= MAX_ARGUMENT or x.b == mpmath.inf) and bool(x.a >= -MAX_ARGUMENT or x.a == -mpmath.inf))
    if not ok:
        raise CertificateError(f"{what}: the argument {show(x)} exceeds {MAX_ARGUMENT} in magnitude")


def _extreme(values, largest: bool):
    """max/min of enclosures (a value only): [pick of the lower ends, pick of the upper ends]."""
    ends = [endpoints(v) for v in values]
    pick = max if largest else min
    return iv.mpf([to_interval(pick(e[0] for e in ends)).a, to_interval(pick(e[1] for e in ends)).b])


class Points:
    """The line backend: exact ``Fraction``s or ``mpmath.iv`` intervals (``check.numbers``), values by the table."""

    add, sub, mul, inv, sign, show, power, bounded, extreme = map(staticmethod, (add, sub, mul, inv, sign, show,
                                                                                real_power, _bounded, _extreme))
    neg, pi, f = map(staticmethod, (lambda x: -x, lambda: +iv.pi, lambda name, x: operator(name).value(x)))
    KINK = "{head}: the point is not strictly inside a smooth piece (argument {x})"
    EXTREME = "{head}: no argument is strictly the {which} at the point (not strictly inside a smooth piece)"
    PLACE = ""


def walk(tree: list, leaf: Callable, node: Callable, max_nodes: int | None = None):
    """Post-order walk without recursion: ``leaf(t)`` for num/var/pi, ``node(t, values of t's arguments)`` for
    the rest, children left to right; at most ``max_nodes`` nodes (``CertificateError`` beyond)."""
    out: list = []
    stack, cap = [(tree, False)], max_nodes
    while stack:
        t, done = stack.pop()
        if max_nodes is not None and not done and (max_nodes := max_nodes - 1) < 0:
            raise CertificateError(f"expression: too many nodes to evaluate (more than {cap})")
        if done:
            at = len(out) - len(t) + 1
            args, out[at:] = out[at:], []
            out.append(node(t, args))
        elif t[0] in ("num", "var", "pi"):
            out.append(leaf(t))
        else:
            stack.append((t, True))
            stack.extend((a, False) for a in reversed(t[1:]))
    return out[0]


class Evaluator:
    """The walk of one tree over a backend A, on jets ``env`` of the variables; ``smooth``: every domain condition
    strict; ``strict_kinks``: every kink strictly on one side; ``why`` says why (in messages); ``order``: 0 for
    values only (derivative rules are then not evaluated); ``pattern`` records the kinks' branches."""

    def __init__(self, A, env: dict, constant: Callable, order: int, smooth: bool, strict_kinks: bool, why: str):
        self.A, self.env, self.constant, self.order = A, env, constant, order
        self.smooth, self.strict_kinks, self.why = smooth, strict_kinks, why
        self.pattern: list[int] = []

    def leaf(self, t):
        """A number, pi, or a variable's jet."""
        if t[0] == "num":
            return self.constant(_rational(t[1]))
        if t[0] == "pi":
            return self.constant(self.A.pi())
        if t[1] not in self.env:
            raise CertificateError(f"expression: variable {t[1]!r} is not among the certificate's variables")
        return self.env[t[1]]

    def node(self, t, args):
        """The jet of t from its arguments' jets: sums and products exactly, pow and the table's operators by the
        chain rule after their conditions are shown, kinks by the branch shown to hold."""
        head, A = t[0], self.A
        if head in ("add", "mul"):
            return reduce(ops.add if head == "add" else ops.mul, args)
        if head == "pow":  # x ** y with y not a number is exp(y log x)
            if t[2][0] != "num":
                r = self.exact_exponent(args) if tree_variables(t[2]) else None
                if r is not None:
                    return self.power(args[0], r)
                return self.node(["exp"], [args[1] * self.node(["log"], args[:1])])
            return self.power(args[0], _rational(t[2][1]))
        if head in ("relu", "abs", "leaky_relu", "max", "min"):
            return self.kink(t, args)
        op, j, x = operator(head), args[0], args[0].v
        if op.capped:
            A.bounded(x, head)
        if op.domain:
            s, strict = A.sign(op.domain(A, x)), op.strict or self.smooth
            if s is None or s < 0 or (s == 0 and strict):
                need = op.need.format(x=A.show(x), rel=op.rel + ("" if strict else "="))
                raise CertificateError(f"{head}: cannot show {need}{A.PLACE}")
        v = A.f(head, x)
        return j.compose(v, *(op.slopes(A, x, v) if self.order else (None, None)))

    def exact_exponent(self, args) -> Fraction | None:
        """r when y in x ** y, an expression in variables, is an exact rational r constant along the line (a
        parameter's stated value) and x > 0, or x = 0 and r > 0 for a value only: x ** r is then exp(r log x), or
        at x = 0 its continuous extension 0^r = 0, taken as for a numeric exponent. Else None: the exp(y log x)
        walk, x > 0. For derivatives or inside (``smooth``) x = 0 is refused: near it x ** y is undefined where
        x < 0 ((-t^2)^y at t = 0 is no smooth t^2-like piece: it is defined at t = 0 alone)."""
        y = getattr(args[1], "c", None)  # a line's jet (a box's jets, ``check.intervaljets``, take exp(y log x))
        if y is None or not isinstance(y[0], Fraction) or any(c != 0 for c in y[1:]):
            return None
        s = self.A.sign(args[0].v)
        return y[0] if s == 1 or s == 0 and y[0] > 0 and not self.smooth else None

    def power(self, b, r: Fraction):
        """b ** r: r x^(r-1) and r (r-1) x^(r-2) for its derivatives; a non-integer r needs a base shown positive
        for derivatives or inside (``real_power`` states what a value needs)."""
        check_exponent(r, "expression")
        if r == 0 or r == 1:
            return b if r == 1 else self.constant(Fraction(1))
        A, x = self.A, b.v
        if self.smooth and r.denominator != 1 and A.sign(x) != 1:
            raise CertificateError(f"pow: the base {A.show(x)} must be shown positive {self.why}")
        h0 = A.power(x, r, "pow")
        if not self.order:
            return b.compose(h0)
        return b.compose(h0, A.mul(r, A.power(x, r - 1, "pow")), A.mul(r * (r - 1), A.power(x, r - 2, "pow")))

    def kink(self, t, args):
        """relu, leaky_relu, abs (by the sign of the argument) and max, min (by the argument shown largest or
        smallest): the branch must hold strictly when ``strict_kinks``; it is appended to ``pattern``."""
        head, A = t[0], self.A
        if head in ("max", "min"):
            values = [a.v for a in args]
            for i, x in enumerate(values):
                signs = [A.sign(A.sub(x, y) if head == "max" else A.sub(y, x)) for k, y in enumerate(values) if k != i]
                if all(s == 1 for s in signs) or not self.strict_kinks and all(s in (0, 1) for s in signs):
                    self.pattern.append(i)
                    return args[i]
            if not self.strict_kinks:
                return self.constant(A.extreme(values, head == "max"))
            raise CertificateError(A.EXTREME.format(head=head, which="largest" if head == "max" else "smallest"))
        j = args[0]
        if head == "leaky_relu" and t[2][0] != "num":
            raise CertificateError("leaky_relu: the slope must be a number")
        s = A.sign(j.v)
        if s is None or (s == 0 and self.strict_kinks):
            raise CertificateError(A.KINK.format(head=head, x=A.show(j.v)))
        self.pattern.append(s or 1)
        if s > 0 or s == 0 and head == "abs":
            return j
        if head == "leaky_relu":
            return j.scale(_rational(t[2][1]))
        return j.scale(-1) if head == "abs" else self.constant(Fraction(0))


def line_jets(variables, point, direction, order: int) -> dict[str, Jet]:
    """The jets of the coordinates along t -> p + t u."""
    return {name: Jet(point[i]) if order == 0 else Jet(point[i], direction[i], *([Fraction(0)] * (order - 1)))
            for i, name in enumerate(variables)}


def evaluate(tree: list, env: dict[str, Jet], order: int, *, interior: bool = False) -> tuple[Jet, list[int]]:
    """Jet of the tree along the line encoded in ``env``, and the kink pattern met on the way; with ``interior``
    (order 0), also that the tree is defined and continuous on a neighbourhood of the point."""
    why = "for derivatives" if order > 0 else "at an interior point"
    ev = Evaluator(Points, env, lambda c: Jet.constant(c, order), order, order > 0 or interior, order > 0, why)
    try:
        return walk(tree, ev.leaf, ev.node), ev.pattern
    except (ZeroDivisionError, ValueError, ArithmeticError) as exc:  # mpmath domain errors, huge powers
        raise CertificateError(f"evaluation failed: {exc}") from None


def value_at(tree: list, variables, point, *, interior: bool = False) -> object:
    """f(point) as an exact rational or an enclosing interval; ``CertificateError`` if undefined there (with
    ``interior``: unless shown defined and continuous on a neighbourhood of the point)."""
    jet, _ = evaluate(tree, line_jets(variables, point, None, 0), 0, interior=interior)
    return jet.v
