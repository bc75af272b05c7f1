"""Network losses for the nets9 ground truth, written apart from symconvex (numbers only: floats, exact
Fractions and rigorous mpmath.iv intervals).

A network spec is a dict: ``layers`` (widths, input first), ``act`` (hidden activation: identity, relu,
leaky, sigmoid, tanh, softplus, square, cube), ``slope`` (leaky slope, "p/q"), ``out`` (output activation:
identity, sigmoid, relu), ``bias`` (bool), ``loss`` (squared (y - o)^2, absolute |y - o|, logistic
log(1 + e^{-y z}) with labels +-1, ce -[y log s(z) + (1 - y) log(1 - s(z))] with labels 0/1 on the output
pre-activation z, hinge max(0, 1 - y z)), ``data`` (list of [x..., y], "p/q" strings or ints).
Parameters are grouped ``W1, b1, W2, b2, ...`` (W_l has shape width_l x width_{l-1}, row-major); a point is a
dict group -> list of numbers.
"""

import math
from fractions import Fraction

from mpmath import iv

iv.dps = 60


def groups(spec):
    """[(name, size)] in order."""
    out = []
    ls = spec["layers"]
    for l in range(1, len(ls)):
        out.append((f"W{l}", ls[l] * ls[l - 1]))
        if spec.get("bias", True):
            out.append((f"b{l}", ls[l]))
    return out


class FloatOps:
    def num(self, q):
        return float(Fraction(q))

    def relu(self, z):
        return z if z > 0 else 0.0

    def absv(self, z):
        return abs(z)

    def exp(self, z):
        return math.exp(min(z, 700.0))

    def log(self, z):
        return math.log(z)

    def leaky(self, z, s):
        return z if z > 0 else s * z


class IvOps:
    def num(self, q):
        q = Fraction(q)
        return iv.mpf(q.numerator) / iv.mpf(q.denominator)

    def relu(self, z):
        if z.a >= 0:
            return z
        if z.b <= 0:
            return iv.mpf(0)
        return iv.mpf([0, z.b])

    def absv(self, z):
        if z.a >= 0:
            return z
        if z.b <= 0:
            return -z
        return iv.mpf([0, max(-z.a, z.b)])

    def exp(self, z):
        return iv.exp(z)

    def log(self, z):
        return iv.log(z)

    def leaky(self, z, s):
        if z.a >= 0:
            return z
        if z.b <= 0:
            return s * z
        return iv.mpf([(s * z).a, z.b])


FLOAT, IV = FloatOps(), IvOps()


def _act(ops, name, z, slope):
    if name == "identity":
        return z
    if name == "relu":
        return ops.relu(z)
    if name == "leaky":
        return ops.leaky(z, slope)
    if name == "sigmoid":
        return 1 / (1 + ops.exp(-z))
    if name == "tanh":
        e = ops.exp(2 * z) if not (isinstance(z, float) and z > 350) else None
        return 1.0 if e is None else (e - 1) / (e + 1)
    if name == "softplus":
        return ops.log(1 + ops.exp(z))
    if name == "square":
        return z * z
    if name == "cube":
        return z * z * z
    raise ValueError(name)


def loss(spec, point, ops):
    """The summed loss at ``point`` (dict group -> list of ops-numbers)."""
    ls = spec["layers"]
    slope = ops.num(spec.get("slope", "1/10"))
    total = ops.num(0)
    for row in spec["data"]:
        x = [ops.num(v) for v in row[:-1]]
        y = ops.num(row[-1])
        h = x
        for l in range(1, len(ls)):
            W = point[f"W{l}"]
            b = point.get(f"b{l}")
            z = []
            for j in range(ls[l]):
                s = ops.num(0)
                for i in range(ls[l - 1]):
                    s = s + W[j * ls[l - 1] + i] * h[i]
                if b is not None:
                    s = s + b[j]
                z.append(s)
            if l < len(ls) - 1:
                h = [_act(ops, spec["act"], v, slope) for v in z]
        zo = z[0]
        kind = spec.get("loss", "squared")
        if kind == "ce":
            # -[y log s(z) + (1 - y) log(1 - s(z))] = log(1 + e^z) - y z
            total = total + ops.log(1 + ops.exp(zo)) - y * zo
            continue
        o = _act(ops, spec.get("out", "identity"), zo, slope)
        if kind == "squared":
            total = total + (o - y) * (o - y)
        elif kind == "absolute":
            total = total + ops.absv(o - y)
        elif kind == "logistic":
            total = total + ops.log(1 + ops.exp(-y * o))
        elif kind == "hinge":
            total = total + ops.relu(1 - y * o)
        else:
            raise ValueError(kind)
    return total


def convert(point, ops):
    return {k: [ops.num(v) for v in vals] for k, vals in point.items()}


def midpoint(a, b):
    return {k: [(Fraction(u) + Fraction(v)) / 2 for u, v in zip(a[k], b[k])] for k in a}


def gap(spec, a, b, ops):
    """f((a+b)/2) - (f(a) + f(b))/2: > 0 refutes convexity, < 0 concavity."""
    m = midpoint(a, b)
    fa, fb, fm = (loss(spec, convert(p, ops), ops) for p in (a, b, m))
    return fm - (fa + fb) / 2


class FracOps:
    """Exact rationals; exp/log only where the value is rational (sigmoid(0) = 1/2, tanh(0) = 0)."""

    def num(self, q):
        return Fraction(q)

    def relu(self, z):
        return z if z > 0 else Fraction(0)

    def absv(self, z):
        return abs(z)

    def leaky(self, z, s):
        return z if z > 0 else s * z

    def exp(self, z):
        if z == 0:
            return Fraction(1)
        raise ArithmeticError("exp of a nonzero rational")

    def log(self, z):
        if z == 1:
            return Fraction(0)
        raise ArithmeticError("log of a rational other than 1")


FRAC = FracOps()
