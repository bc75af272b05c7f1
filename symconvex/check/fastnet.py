r"""The checker's exact forward pass over a network spec, without building an expression tree (kernel; trusted).

For a valid spec (``check.network``) of piecewise linear layers (identity, relu, leaky_relu p/q with 0 <= p/q <= 1;
relu is 0/1) with squared or hinge loss, ``FastNet`` computes exactly the numbers ``check.evaluate`` computes on
``check.losstree.loss_tree(spec)``: the loss at a rational point, its degree-2 jet along t -> p + t u (value, slope,
half the second derivative), and the kink pattern (the sign of every relu / leaky_relu argument and hinge margin, in
the evaluator's order). All arithmetic is on integers:

- a rational vector is integer numerators over one positive denominator (``Vec``); data row i is integer numerators
  over the lcm of its denominators;
- at each layer the values of data point i are integer numerators H[i, :] over a row denominator E_i. With the
  layer's weights W / D and biases b / D, the pre-activations are Z / (E_i D), Z = H W^T + E b^T; along p + t u
  (P, U over D) a value is a polynomial in t, kept to degree 2 by its coefficients Z0 = H0 P_W^T + E P_b^T,
  Z1 = H1 P_W^T + H0 U_W^T + E U_b^T, Z2 = H2 P_W^T + H1 U_W^T;
- an activation with slope p/q below 0 keeps an entry where Z0 > 0 (times q) and takes p times it where Z0 < 0 (the
  row denominators times q). With every kink strictly on one side, that is the linear piece that holds on a
  neighbourhood of the point, so the jet is the loss's exact Taylor coefficients there (d^2/dt^2 is twice the last);
  a kink exactly at 0 puts 0 in the pattern, and a curvature check fails with the evaluator's message.

``matmul`` is the one integer product: float64 (BLAS) only where ``float_plan``'s a-priori bound proves every term
and partial sum an integer below 2^53, which float64 holds exactly, else python-flint's ``fmpz_mat``. Elementwise
work is on int64 arrays while a bound in Python integers keeps every result below 2^62 (``_mul``, ``_add``), else on
object arrays of Python integers. No float decides: every sign is read from an exact integer. This module only
computes (``FastNet.value``, ``FastNet.curvature``, ``Vec``); ``check.midpoint`` and ``check.curvature`` decide.
"""

from __future__ import annotations

import math
import operator
from fractions import Fraction
from functools import partial
from typing import NamedTuple

import flint
import numpy as np

from ..errors import CertificateError
from .network import activation_of, parameter_count, piecewise_linear, validate_spec
from .numbers import Jet
from .trees import parse_rational, vector

#: int64 arrays hold integers below this in magnitude (a sum or product is checked against it before it is formed).
SAFE = 1 << 62
#: Integers below 2^53 in magnitude are float64 numbers exactly; so is every sum and product of them that stays below.
EXACT_FLOAT = 1 << 53
#: At most this many float64 products (signed base-2^s digits of one operand) for one exact product, else flint.
FLOAT_DIGITS = 4


def maxabs(a: np.ndarray) -> int:
    """max |a_ij| as a Python int (0 for an empty array)."""
    return 0 if a.size == 0 else max(int(a.max()), -int(a.min()))


def _array(x) -> np.ndarray:
    """A Python int or an integer array as an ndarray (an int beyond int64 as a 0-d object array)."""
    if isinstance(x, np.ndarray):
        return x
    return np.array(x, dtype=np.int64 if abs(x) < SAFE else object)


def _shrink(a) -> np.ndarray:
    """The same integers as an int64 array when that holds them (any signed width; unsigned or object arrays with
    every entry below ``SAFE``), else as an object array of Python ints."""
    a = np.asarray(a)
    if a.dtype.kind == "i":
        return a.astype(np.int64, copy=False)
    if a.dtype.kind == "u" and (a.size == 0 or int(a.max()) < SAFE):
        return a.astype(np.int64)
    a = a.astype(object)
    return a.astype(np.int64) if a.size == 0 or maxabs(a) < SAFE else a


def _exact(op, bound, a, b) -> np.ndarray:
    """op(a, b) elementwise (broadcast) and exactly: in int64 when ``bound(max|a|, max|b|)`` < ``SAFE`` bounds every
    result (``_mul``: the product of the two, ``_add``: their sum), else on Python ints."""
    a, b = _array(a), _array(b)
    if a.dtype != object and b.dtype != object and bound(maxabs(a), maxabs(b)) < SAFE:
        return op(a.astype(np.int64, copy=False), b.astype(np.int64, copy=False))
    return op(a.astype(object), b.astype(object))


_mul, _add = partial(_exact, np.multiply, operator.mul), partial(_exact, np.add, operator.add)


def _sum(terms: list, shape=None):
    """The exact sum of the terms that are not None (None stands for 0); None when all are, or zeros of ``shape``."""
    out = None
    for t in terms:
        if t is not None:
            out = t if out is None else _add(out, t)
    return np.zeros(shape, dtype=np.int64) if out is None and shape is not None else out


def float_plan(a: np.ndarray, b: np.ndarray) -> tuple[bool, int, int] | None:
    """How float64 computes a @ b exactly: (swap, s, count), or None (object operands, or more than ``FLOAT_DIGITS``
    digits: then flint). The operand with the larger entries, ``big`` (b^T when ``swap``: a @ b = (b^T a^T)^T), is
    written in ``count`` signed base-2^s digits; with C = max_k sum_j |small_jk| the column bound of the other
    operand and s the largest integer with 2^s C < 2^53, every product term and every partial sum of a
    digit's product, in any order, is an integer of magnitude <= (2^s - 1) C < 2^53 (see ``matmul``)."""
    if a.dtype == object or b.dtype == object:
        return None
    swap = maxabs(a) < maxabs(b)
    big, small = (b.T, a.T) if swap else (a, b)
    if maxabs(big) >= SAFE or maxabs(small) * small.shape[0] >= SAFE:  # |big| and the column sums fit in int64
        return None
    c = max(1, int(np.abs(small).sum(axis=0).max()))
    s = ((EXACT_FLOAT - 1) // c).bit_length() - 1  # the largest s with 2^s <= (2^53 - 1) / C
    count = max(1, -(-maxabs(big).bit_length() // s)) if s >= 1 else FLOAT_DIGITS + 1
    return (swap, s, count) if count <= FLOAT_DIGITS else None


def matmul(a, b) -> np.ndarray:
    """The exact integer product a @ b (int64 or object arrays in; int64 when every entry fits, else object, out).

    With ``float_plan``'s (swap, s, count): big = sum_t B_t 2^(s t), signed digits B_t = sign(big) ((|big| >> s t)
    mod 2^s) (one digit: big itself). Each B_t @ small runs in float64 on integers whose every product term and partial
    sum is below 2^53 in magnitude: float64 holds them exactly, so no rounding happens in any summation order (fused
    multiply-add included); the digit products are recombined exactly. Without a plan: flint's ``fmpz_mat`` product.

    >>> import numpy as np
    >>> int(matmul(np.array([[2 ** 40, 3]]), np.array([[2 ** 20], [5]]))[0, 0]) == 2 ** 60 + 15
    True
    """
    a, b = _shrink(a), _shrink(b)
    (n, r), c = a.shape, b.shape[1]
    if n == 0 or r == 0 or c == 0:
        return np.zeros((n, c), dtype=np.int64)
    plan = float_plan(a, b)
    if plan is None:
        product = flint.fmpz_mat(n, r, a.ravel().tolist()) * flint.fmpz_mat(r, c, b.ravel().tolist())
        return _shrink(np.array([int(v) for v in product.entries()], dtype=object).reshape(n, c))
    swap, s, count = plan
    big, small = (b.T, a.T) if swap else (a, b)
    small = small.astype(np.float64)
    if count == 1:
        out = (big.astype(np.float64) @ small).astype(np.int64)
    else:
        sign, magnitude, out = np.sign(big), np.abs(big), None
        for t in range(count):
            digit = sign * ((magnitude >> (s * t)) & ((1 << s) - 1))
            out = _sum([out, _mul((digit.astype(np.float64) @ small).astype(np.int64), 1 << (s * t))])
    return _shrink(out.T if swap else out)


def _product(h: np.ndarray | None, w: np.ndarray | None) -> np.ndarray | None:
    """h @ w^T exactly (None stands for 0 and is returned for an exact 0), over the columns where h is nonzero and
    the rows where w is nonzero only (the others contribute exactly 0); a sparse direction costs little."""
    if h is None or w is None:
        return None
    cols, rows = np.flatnonzero(np.count_nonzero(h, axis=0)), np.flatnonzero(np.count_nonzero(w, axis=1))
    if len(cols) == 0 or len(rows) == 0:
        return None
    cols = slice(None) if 2 * len(cols) > h.shape[1] else cols
    if 2 * len(rows) > w.shape[0]:
        return matmul(h[:, cols], w[:, cols].T)
    part = matmul(h[:, cols], w[rows][:, cols].T)
    out = np.zeros((h.shape[0], w.shape[0]), dtype=part.dtype)
    out[:, rows] = part
    return out


class Vec:
    """A rational vector: integer numerators ``num`` (int64 or object array) over one positive integer ``den``."""

    __slots__ = ("num", "den")

    def __init__(self, num, den: int):
        self.num, self.den = _shrink(num), den

    def __len__(self) -> int:
        return len(self.num)

    def fractions(self, limit: int | None = None) -> list[Fraction]:
        """The coordinates (the first ``limit`` of them) as Fractions."""
        return [Fraction(int(v), self.den) for v in self.num[:limit].tolist()]

    def is_zero(self) -> bool:
        return np.count_nonzero(self.num) == 0

    def over(self, den: int) -> np.ndarray:
        """The numerators over ``den`` (a multiple of ``self.den``)."""
        return self.num if den == self.den else _mul(self.num, den // self.den)

    def differences(self, other: "Vec") -> np.ndarray:
        """The indices where the two vectors (of one length) differ, compared exactly over a common denominator."""
        den = math.lcm(self.den, other.den)
        return np.flatnonzero(self.over(den) != other.over(den))

    def __eq__(self, other) -> bool:
        if not isinstance(other, Vec):
            return NotImplemented
        return len(self) == len(other) and len(self.differences(other)) == 0

    def linear(self, x: Fraction, other: "Vec", y: Fraction) -> "Vec":
        """x self + y other, exactly."""
        x, y = Fraction(x), Fraction(y)
        den, q = math.lcm(self.den, other.den), math.lcm(x.denominator, y.denominator)
        num = _add(_mul(self.over(den), x.numerator * (q // x.denominator)),
                   _mul(other.over(den), y.numerator * (q // y.denominator)))
        return Vec(num, den * q)

    def combine(self, lam: Fraction, other: "Vec") -> "Vec":
        """lam self + (1 - lam) other, exactly."""
        return self.linear(lam, other, 1 - Fraction(lam))


def parse_vector(values, n: int, what: str) -> Vec:
    """n coordinates as a ``Vec``, read by the generic checker's reader (``check.trees.vector``, with its errors); a
    1-D integer numpy array, or a list of Python ints that fit in int64, of length n is taken whole (its entries are
    integers within the digit cap)."""
    if isinstance(values, np.ndarray) and values.ndim == 1 and values.dtype.kind in "iu" and len(values) == n:
        return Vec(values, 1)
    if isinstance(values, (list, tuple)) and len(values) == n and set(map(type, values)) == {int}:
        try:
            return Vec(np.array(values, dtype=np.int64), 1)
        except OverflowError:
            pass
    num, den = _integers([vector(values, n, what)])
    return Vec(num[0], int(den[0, 0]))


def _integers(rows: list) -> tuple[np.ndarray, np.ndarray]:
    """Rows of ``Fraction``s as (integer numerators, the lcm of each row's denominators; object arrays): x_ij = num /
    den exactly."""
    dens = [math.lcm(*{v.denominator for v in row}) for row in rows]
    nums = [[v.numerator * (d // v.denominator) for v in row] for row, d in zip(rows, dens)]
    return np.array(nums, dtype=object).reshape(len(rows), -1), np.array(dens, dtype=object).reshape(-1, 1)


class State(NamedTuple):
    """One layer's values for every data point: numerator matrices ``H`` = [H0, H1, H2] (the jet's coefficients;
    None stands for 0) over the row denominators ``E`` (an (n, 1) integer column), and the kink signs so far (one
    int8 (n, k) array per layer, None for identity)."""

    H: list
    E: np.ndarray
    signs: list


class FastNet:
    """A valid spec of piecewise linear layers with squared or hinge loss, ready for exact evaluation (see the module
    docstring). ``CertificateError`` (``validate_spec``'s message) for an invalid spec or one of another kind."""

    def __init__(self, spec: dict):
        inputs, targets = validate_spec(spec)
        #: (kind, slope p/q on the negative side): relu is 0/1; identity None
        self.acts = [(kind, Fraction(0) if kind == "relu" else alpha and parse_rational(alpha))
                     for kind, alpha in map(activation_of, spec["activations"])]
        if not piecewise_linear(spec):
            raise CertificateError("network: fastnet evaluates identity/relu/leaky_relu nets with squared or hinge "
                                   "loss only")
        (X, XD), (self.Y, self.YD) = _integers(inputs), _integers(targets)
        self.X, self.XD = _shrink(X), _shrink(XD)
        self.widths, self.bias, self.loss_kind = list(spec["layers"]), spec["bias"], spec["loss"]
        self.n = len(inputs)
        self.size = parameter_count(self.widths, self.bias)

    def vector(self, values, what: str) -> Vec:
        return parse_vector(values, self.size, what)

    def split(self, num: np.ndarray | None) -> list[tuple]:
        """The numerators of (W_l, b_l) per layer in the documented parameter order (views; b_l None without
        biases); [(None, None), ...] for None."""
        out, at = [], 0
        for k, r in zip(self.widths[1:], self.widths):
            W = None if num is None else num[at:at + k * r].reshape(k, r)
            at += k * r
            b = None if num is None or not self.bias else num[at:at + k]
            at += k if self.bias else 0
            out.append((W, b))
        return out

    def start(self) -> State:
        """The input layer's state: the data rows, no kinks (the forward pass then goes one ``layer`` at a time)."""
        return State([self.X, None, None], self.XD, [])

    def layer(self, state: State, l: int, W, b, D: int, UW=None, Ub=None, order: int = 0) -> State:
        """Layer l (0-based) on ``state`` with weights (W, b) / D, along the direction (UW, Ub) / D to ``order``: the
        pre-activation numerators Z = [Z0, Z1, Z2] over E D (E: ``state``'s row denominators), then the activation
        with slope p/q below 0: an entry where Z0 > 0 times q, elsewhere times p, the denominators times q (identity:
        unchanged). The signs of Z0 are the layer's kinks."""
        H0, H1, H2 = state.H
        bias = lambda v: None if v is None or not np.count_nonzero(v) else _mul(state.E, v.reshape(1, -1))
        Z = [_sum([_product(H0, W), bias(b)], (H0.shape[0], W.shape[0])), None, None]
        if order:
            Z[1] = _sum([_product(H1, W), _product(H0, UW), bias(Ub)])
            Z[2] = _sum([_product(H2, W), _product(H1, UW)])
        E = _mul(state.E, D)
        kind, alpha = self.acts[l]
        if kind == "identity":
            return State(Z, E, state.signs + [None])
        signs = (Z[0] > 0).astype(np.int8) - (Z[0] < 0).astype(np.int8)
        factor = np.where(signs > 0, _array(alpha.denominator), _array(alpha.numerator))
        H = [None if z is None else _shrink(_mul(z, factor)) for z in Z]
        return State(H, _mul(E, alpha.denominator), state.signs + [signs])

    def loss(self, state: State, order: int = 0):
        """(the loss, or its ``Jet`` (value, slope, half the second derivative) at order 2, exact rationals; the
        hinge margins' signs or None) from the output layer's state, outputs O / E.

        squared: 1/2 sum_ik (O_ik / E_i - Y_ik / YD_i)^2 = sum_ik R_ik^2 / (2 F_i^2) with F_i = lcm(E_i, YD_i) and
        R = O F / E - Y F / YD; along the line (r0 + r1 t + r2 t^2)^2 / 2 has coefficients r0^2 / 2, r0 r1,
        (r1^2 + 2 r0 r2) / 2. hinge: sum_i relu(1 - y_i z_i) = sum over the points with margin M_i > 0 of
        M_i / (E_i YD_i), M = E YD - Y O; its jet's other coefficients are -Y O1, -Y O2 over E YD there."""
        E, O = state.E.astype(object), [None if h is None else h.astype(object) for h in state.H]
        zero = Fraction(0)
        if self.loss_kind == "squared":
            F = np.array([math.lcm(int(e), int(y)) for e, y in zip(E[:, 0], self.YD[:, 0])], dtype=object)[:, None]
            R = [None if o is None else o * (F // E) for o in O]
            R[0] = R[0] - self.Y * (F // self.YD)

            def total(products, half):
                return sum((Fraction(int(v), (2 if half else 1) * int(f) ** 2)
                            for v, f in zip(products.sum(axis=1), F[:, 0])), zero)

            value = total(R[0] * R[0], True)
            if not order:
                return value, None
            slope = zero if R[1] is None else total(R[0] * R[1], False)
            curv = _sum([None if R[1] is None else R[1] * R[1], None if R[2] is None else 2 * R[0] * R[2]])
            return Jet(value, slope, zero if curv is None else total(curv, True)), None
        G = (E * self.YD)[:, 0]
        M = (E * self.YD - self.Y * O[0])[:, 0]
        margins = np.array([(m > 0) - (m < 0) for m in M], dtype=np.int8)

        def active(values):
            return sum((Fraction(int(v), int(g)) for v, g, s in zip(values, G, margins) if s > 0), zero)

        if not order:
            return active(M), margins
        return Jet(active(M), *[zero if o is None else active((-self.Y * o)[:, 0]) for o in O[1:]]), margins

    def run(self, point: Vec, direction: Vec | None = None):
        """(the output layer's state, the loss (a jet along the direction when given), the margin signs)."""
        order = 0 if direction is None else 2
        D = point.den if direction is None else math.lcm(point.den, direction.den)
        ups = self.split(None if direction is None else direction.over(D))
        state = self.start()
        for l, ((W, b), (UW, Ub)) in enumerate(zip(self.split(point.over(D)), ups)):
            state = self.layer(state, l, W, b, D, UW, Ub, order)
        result, margins = self.loss(state, order)
        return state, result, margins

    def value(self, point: Vec) -> Fraction:
        """The loss at the point, exactly."""
        return self.run(point)[1]

    def curvature(self, point: Vec, direction: Vec) -> tuple[Jet, list[int]]:
        """(the jet of t -> loss(p + t u) at 0, the kink pattern); ``CertificateError`` if a kink is not strict."""
        state, jet, margins = self.run(point, direction)
        return jet, self.strict_pattern(state.signs, margins)

    def pattern(self, signs: list, margins) -> np.ndarray:
        """The kink signs in the generic evaluator's order on the loss tree: per data point, per output, depth
        first, each kink after its argument. Unit o of layer l sees every unit of layer l - 1 (their patterns in
        order, the same for every o), then its own sign; a hinge margin follows the point's outputs."""
        prefix = np.zeros((self.n, 0), dtype=np.int8)
        for k, s in zip(self.widths[1:], signs):
            block = np.broadcast_to(prefix[:, None, :], (self.n, k, prefix.shape[1]))
            if s is not None:
                block = np.concatenate([block, s[:, :, None].astype(np.int8)], axis=2)
            prefix = block.reshape(self.n, -1)
        if margins is not None:
            prefix = np.concatenate([prefix, margins.reshape(-1, 1).astype(np.int8)], axis=1)
        return prefix.reshape(-1)

    def strict_pattern(self, signs: list, margins) -> list[int]:
        """The kink pattern as a list; at the first kink exactly on its switching point, the generic evaluator's
        error (naming relu for relu layers and hinge margins, leaky_relu otherwise)."""
        pattern = self.pattern(signs, margins)
        zeros = np.flatnonzero(pattern == 0)
        if len(zeros):
            kinds = self.pattern([None if s is None else np.full(s.shape, 1 + (act[0] == "leaky_relu"), np.int8)
                                  for s, act in zip(signs, self.acts)], None if margins is None else
                                 np.ones(margins.shape, np.int8))
            what = "relu" if kinds[zeros[0]] == 1 else "leaky_relu"
            raise CertificateError(f"{what}: the point is not strictly inside a smooth piece (argument 0)")
        return pattern.tolist()


def compile_spec(spec) -> FastNet | None:
    """A ``FastNet`` for a spec it evaluates, None otherwise (an invalid spec included: the generic path reports)."""
    try:
        return FastNet(spec)
    except CertificateError:
        return None


__all__ = ["EXACT_FLOAT", "FLOAT_DIGITS", "FastNet", "SAFE", "Vec", "compile_spec", "float_plan",
           "matmul", "parameter_count", "parse_vector"]
