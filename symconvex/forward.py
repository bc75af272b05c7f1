r"""The finders' one forward pass over a network spec (model layer: it proposes numbers, the checker decides).

Every finder that needs a network's outputs or loss at a point computes them here, with code that shares nothing
with the checker's passes (``check.fastnet``, ``check.network``): a bug in one cannot make the finder and the
checker agree on a wrong number. Its modes:

- ``IntegerNet``: exact values and degree-2 jets of the loss of a piecewise linear net (identity, relu,
  leaky_relu p/q hidden and output activations; squared or hinge loss), on integers. Data row i is
  x_i = X_i / XD_i (integer numerators over the row's lcm denominator), a point is integer numerators over one
  denominator D, and the state of a layer is integer numerators H_i over a per-row denominator E_i > 0. A layer
  maps it to Z_i = H_i W^T + E_i b over E_i D. Along t -> p + t u the state is a jet H0 + t H1 + t^2 H2 over
  the same E, and (W + t U)(H0 + t H1 + t^2 H2) + E (b + t c) has coefficients
  Z0 = H0 W^T + E b, Z1 = H1 W^T + H0 U^T + E c, Z2 = H2 W^T + H1 U^T (up to degree 2). Where every kink is
  strictly on one side (Z0 != 0), relu and leaky_relu are linear near t = 0: relu keeps an entry and its jet where
  Z0 > 0 (E D > 0, so the numerator's sign is the value's) and zeroes it elsewhere; leaky_relu p/q multiplies the
  kept entries by q and the others by p, and E by q. The loss is 1/2 sum_io (o_io - y_io)^2 or
  sum_i max(0, 1 - y_i o_i), with its jet (value, slope, half the second derivative) by the product rule.
  The kink pattern is listed in the layout the certificates use (``pattern``).
- ``preactivations`` / ``activate_exact`` / ``layer_exact``: one layer on one data point in Fractions (the
  activation regions' witnesses and patterns).
- ``loss_tree``: the loss as an expression tree over the parameter names, for the finders' tree evaluator
  (``evaluation``: exact rationals or python-flint balls; any activation and loss).
- ``float_pass``: float64 values of the layers for every data row (fitted starting points: search only).

Exact integer products (``int_matmul``) use float64 BLAS only when max|A| max|B| r < 2^53 (r the inner
dimension: every partial sum is then an integer of smaller magnitude, held exactly), splitting the operand with
larger entries into base-2^s digits when that makes each partial product satisfy the bound, and Python integers
(python-flint's ``fmpz_mat`` when installed) otherwise.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from functools import lru_cache

import numpy as np

from .certificates import rational_to_str
from .errors import InputError

try:  # pragma: no cover - depends on the environment
    import flint
except ImportError:  # pragma: no cover
    flint = None

#: Activations ``IntegerNet`` evaluates exactly (every other one is transcendental or not piecewise linear).
EXACT_ACTIVATIONS = ("identity", "relu", "leaky_relu")
EXACT_LOSSES = ("squared", "hinge")
#: Largest magnitude kept in an int64 array; larger integers go to object arrays of Python ints.
_INT64 = 1 << 62
_FLOAT_EXACT = 1 << 53
_SINGLE_EXACT = 1 << 24
_MAX_DIGITS = 4


# ------------------------------------------------------------------------------------------- integers

def magnitude(a) -> int:
    """max |a_ij| of an integer array (or a Python int) as a Python int; 0 for an empty array."""
    a = np.asarray(a)
    if a.size == 0:
        return 0
    if a.dtype == object:
        return max(abs(int(v)) for v in a.ravel().tolist())
    return max(int(a.max()), -int(a.min()))


def _fit(a: np.ndarray) -> np.ndarray:
    """The integer array as int64 when every entry is below 2^62, else as Python ints (object)."""
    big = magnitude(a)
    if big < _INT64:
        return a if a.dtype == np.int64 else a.astype(np.int64)
    return a if a.dtype == object else a.astype(object)


def int_mul(a, b) -> np.ndarray:
    """The exact elementwise (broadcast) product of integer arrays."""
    a, b = np.asarray(a), np.asarray(b)
    if a.dtype != object and b.dtype != object and magnitude(a) * magnitude(b) < _INT64:
        return a.astype(np.int64, copy=False) * b.astype(np.int64, copy=False)
    return _fit(a.astype(object) * b.astype(object))


def int_add(a, b) -> np.ndarray:
    """The exact elementwise (broadcast) sum of integer arrays; None stands for 0."""
    if a is None:
        return b
    if b is None:
        return a
    a, b = np.asarray(a), np.asarray(b)
    if a.dtype != object and b.dtype != object and magnitude(a) + magnitude(b) < _INT64:
        return a.astype(np.int64, copy=False) + b.astype(np.int64, copy=False)
    return _fit(a.astype(object) + b.astype(object))


def _float_product(a: np.ndarray, b: np.ndarray, single: bool) -> np.ndarray:
    dtype = np.float32 if single else np.float64
    return (a.astype(dtype) @ b.astype(dtype)).astype(np.int64)


def int_matmul(a, b) -> np.ndarray:
    """The exact integer matrix product a @ b (see the module docstring for the bound that makes BLAS exact).

    >>> int(int_matmul(np.array([[2 ** 40, 3]]), np.array([[2 ** 20], [5]]))[0, 0]) == 2 ** 60 + 15
    True
    """
    a, b = _fit(np.asarray(a)), _fit(np.asarray(b))
    n, r = a.shape
    c = b.shape[1]
    if not (n and r and c):
        return np.zeros((n, c), dtype=np.int64)
    ma, mb = magnitude(a), magnitude(b)
    if ma == 0 or mb == 0:
        return np.zeros((n, c), dtype=np.int64)
    if a.dtype != object and b.dtype != object:
        bound = ma * mb * r
        if bound < _FLOAT_EXACT:
            return _float_product(a, b, bound < _SINGLE_EXACT)
        # digits of the larger operand: |digit| < 2^s with 2^s * max|other| * r < 2^53
        big, small = (a, mb) if ma >= mb else (b, ma)
        s = ((_FLOAT_EXACT - 1) // (small * r)).bit_length() - 1
        if s >= 1:
            digits = -(-magnitude(big).bit_length() // s)
            if digits <= _MAX_DIGITS:
                # sum_{t' <= t} digit_t' 2^(s t') = sign |x| mod 2^(s (t + 1)) is at most |x| in magnitude, so
                # every partial recombination, like each shifted part, is at most max|A| max|B| r: int64 holds
                # it below 2^62, Python integers above
                wide = ma * mb * r >= _INT64
                sign, rest = np.sign(big), np.abs(big)
                out = np.zeros((n, c), dtype=object if wide else np.int64)
                for t in range(digits):
                    digit = sign * ((rest >> (s * t)) & ((1 << s) - 1))
                    part = _float_product(digit, b, False) if big is a else _float_product(a, digit, False)
                    out += (part.astype(object) << (s * t)) if wide else (part << (s * t))
                return _fit(out) if wide else out
    if flint is not None:
        fa = flint.fmpz_mat(n, r, [int(v) for v in a.ravel().tolist()])
        fb = flint.fmpz_mat(r, c, [int(v) for v in b.ravel().tolist()])
        return _fit(np.array([int(v) for v in (fa * fb).entries()], dtype=object).reshape(n, c))
    return _fit(a.astype(object) @ b.astype(object))


def product_t(h: np.ndarray | None, w: np.ndarray | None) -> np.ndarray | None:
    """h @ w.T exactly (None stands for 0), over the nonzero columns of h and rows of w only."""
    if h is None or w is None:
        return None
    rows = np.flatnonzero(np.asarray(w).any(axis=1))
    cols = np.flatnonzero(np.asarray(h).any(axis=0))
    if not len(rows) or not len(cols):
        return None
    if len(cols) < h.shape[1]:
        h, w = h[:, cols], w[:, cols]
    part = int_matmul(h, (w if len(rows) == w.shape[0] else w[rows]).T)
    if len(rows) == w.shape[0]:
        return part
    out = np.zeros((h.shape[0], w.shape[0]), dtype=part.dtype)
    out[:, rows] = part
    return out


def _data_rows(rows: list, width: int, what: str) -> tuple[np.ndarray, np.ndarray]:
    """(numerators (n, width), row denominators (n, 1)) of rows of rational strings: row i's values are
    numerators[i] / denominators[i], the denominator being the lcm of the row's denominators. Each distinct
    string is parsed once."""
    table: dict = {}
    codes = np.fromiter((table.setdefault(v, len(table)) for row in rows for v in row), dtype=np.intp,
                        count=len(rows) * width).reshape(len(rows), width)
    num, den = _bulk_pairs(list(table)) or _each_pair(list(table), what)
    row_dens = [math.lcm(*set(den[c].tolist())) for c in codes]
    if num.dtype != object and den.dtype != object and magnitude(num) * max(row_dens) < _INT64:  # int64 is exact
        lcms = np.array(row_dens, dtype=np.int64).reshape(-1, 1)
        return num[codes] * (lcms // den[codes]), lcms
    scale = np.array(row_dens, dtype=object).reshape(-1, 1) // den[codes].astype(object)
    return _fit(num[codes].astype(object) * scale), _fit(np.array(row_dens, dtype=object).reshape(-1, 1))


# -------------------------------------------------------------------------------------------- the spec

def activation(name: str) -> tuple[str, Fraction | None]:
    """``"leaky_relu:1/10"`` -> ("leaky_relu", 1/10); ``"relu"`` -> ("relu", None)."""
    if isinstance(name, str) and name.startswith("leaky_relu:"):
        return "leaky_relu", Fraction(name.split(":", 1)[1])
    return name, None


@lru_cache(maxsize=4)
def names(widths: tuple[int, ...], bias: bool) -> tuple[str, ...]:
    """The spec's parameter names in their documented order: per layer l, W{l}_{i}_{j} row by row, then
    b{l}_{i} (cached: one shared tuple per shape)."""
    out: list[str] = []
    for l in range(1, len(widths)):
        for i in range(1, widths[l] + 1):
            out += [f"W{l}_{i}_{j}" for j in range(1, widths[l - 1] + 1)]
        if bias:
            out += [f"b{l}_{i}" for i in range(1, widths[l] + 1)]
    return tuple(out)


#: The whole text of plain "p" / "p/q" lines with at most 18 ASCII digits per part (each part fits in int64).
_PLAIN_LINES = re.compile(r"(?:-?[0-9]{1,18}(?:/[0-9]{1,18})?\n)*")


def _bulk_pairs(strings: list) -> tuple[np.ndarray, np.ndarray] | None:
    """(numerators, denominators) in lowest terms, denominators > 0, of plain "p" / "p/q" strings, parsed by
    numpy's integer conversion after one regular-expression check of the joined text; None when any entry is
    not such a string or a denominator is 0 (then ``_each_pair`` reads them one by one)."""
    if not all(isinstance(v, str) for v in strings):
        return None
    text = "\n".join(strings) + "\n"
    if not text.isascii() or _PLAIN_LINES.fullmatch(text) is None:
        return None
    parts = [v.partition("/") for v in strings]
    p = np.array([a for a, _, _ in parts]).astype(np.int64)
    q = np.array([b or "1" for _, _, b in parts]).astype(np.int64)
    if not q.all():
        return None
    g = np.gcd(p, q)
    return p // g, q // g


def _each_pair(strings: list, what: str) -> tuple[np.ndarray, np.ndarray]:
    pairs = [_pair(v, what) for v in strings]
    return np.array([p for p, _ in pairs], dtype=object), np.array([q for _, q in pairs], dtype=object)


def _pair(text, what: str) -> tuple[int, int]:
    """(p, q) in lowest terms, q > 0, of the rational a spec's number string (or integer) spells: "p/q" and
    integers read with ``int`` (the common case, fast), anything else with ``Fraction``; ``InputError`` when it is
    not a rational."""
    if isinstance(text, bool) or not isinstance(text, (str, int)):
        raise InputError(f"{what}: expected a rational string, found {text!r}")
    if isinstance(text, int):
        return text, 1
    p, slash, q = text.partition("/")
    if p.isascii() and p.lstrip("-").isdigit() and (not slash or (q.isascii() and q.isdigit() and int(q))):
        p, q = int(p), int(q) if slash else 1
        g = math.gcd(p, q)
        return p // g, q // g
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise InputError(f"{what}: not a rational number: {text!r}") from None
    return value.numerator, value.denominator


class State:
    """One layer's values for every data point: numerator jets ``H = [H0, H1, H2]`` (None stands for 0) over the
    per-row denominators ``E`` (an (n, 1) column of positive integers), and the signs of every kink met so far
    (one (n, width) int8 array per layer, None for a layer without kinks)."""

    __slots__ = ("H", "E", "signs")

    def __init__(self, H, E, signs):
        self.H, self.E, self.signs = H, E, signs


class IntegerNet:
    """A spec read for exact evaluation (see the module docstring); ``InputError`` outside its setting."""

    def __init__(self, spec: dict):
        if not isinstance(spec, dict):
            raise InputError("network spec: expected a dict")
        widths, acts = spec.get("layers"), spec.get("activations")
        if not isinstance(widths, list) or len(widths) < 2 or not all(
                isinstance(w, int) and not isinstance(w, bool) and w >= 1 for w in widths):
            raise InputError(f"network spec: layers must be at least two positive widths, found {widths!r}")
        if not isinstance(acts, list) or len(acts) != len(widths) - 1:
            raise InputError(f"network spec: expected {len(widths) - 1} activations, found {acts!r}")
        self.acts = []
        for a in acts:
            kind, alpha = activation(a)
            if kind not in EXACT_ACTIVATIONS or (alpha is not None and not 0 <= alpha <= 1):
                raise InputError(f"network spec: the exact pass evaluates {', '.join(EXACT_ACTIVATIONS)} "
                                 f"activations only, found {a!r}")
            self.acts.append((kind, alpha))
        if spec.get("loss") not in EXACT_LOSSES:
            raise InputError(f"network spec: the exact pass evaluates the {' and '.join(EXACT_LOSSES)} losses "
                             f"only, found {spec.get('loss')!r}")
        if not isinstance(spec.get("bias"), bool):
            raise InputError(f"network spec: bias must be true or false, found {spec.get('bias')!r}")
        inputs, targets = spec.get("inputs"), spec.get("targets")
        if not isinstance(inputs, list) or not isinstance(targets, list) or not inputs or len(inputs) != len(targets):
            raise InputError("network spec: inputs and targets must be lists of equal, nonzero length")
        for rows, width, what in ((inputs, widths[0], "input"), (targets, widths[-1], "target")):
            if not all(isinstance(row, list) and len(row) == width for row in rows):
                raise InputError(f"network spec: every {what} must be a list of {width} numbers")
        self.widths, self.bias, self.loss_kind = list(widths), spec["bias"], spec["loss"]
        if self.loss_kind == "hinge" and widths[-1] != 1:
            raise InputError("network spec: the hinge loss needs one output")
        try:
            self.X, self.XD = _data_rows(inputs, widths[0], "network spec input")
            self.Y, self.YD = _data_rows(targets, widths[-1], "network spec target")
        except TypeError:  # an unhashable entry
            raise InputError("network spec: every input and target must be a list of rational strings") from None
        self.n = len(inputs)
        self.size = sum(widths[l] * widths[l - 1] + (widths[l] if self.bias else 0) for l in range(1, len(widths)))

    def names(self) -> tuple[str, ...]:
        return names(tuple(self.widths), self.bias)

    def split(self, flat: np.ndarray) -> list[tuple[np.ndarray, np.ndarray | None]]:
        """Views (W_l, b_l) per layer into the flat parameter vector (the documented order)."""
        out, at = [], 0
        for l in range(1, len(self.widths)):
            k, r = self.widths[l], self.widths[l - 1]
            W = flat[at:at + k * r].reshape(k, r)
            at += k * r
            b = flat[at:at + k] if self.bias else None
            at += k if self.bias else 0
            out.append((W, b))
        return out

    # -- the pass
    def start(self) -> State:
        return State([self.X, None, None], self.XD, [])

    @staticmethod
    def preactivation(H0, E, W, b, product=None) -> np.ndarray:
        """Numerators of H0 W^T + E b^T over E D (``product``: H0 W^T when already known)."""
        Z0 = product_t(H0, W) if product is None else product
        if Z0 is None:
            Z0 = np.zeros((H0.shape[0], W.shape[0]), dtype=np.int64)
        return Z0 if b is None else int_add(Z0, int_mul(E, np.asarray(b).reshape(1, -1)))

    def layer(self, state: State, l: int, W, b, D: int, UW=None, Ub=None, order: int = 0) -> State:
        """Layer l (0-based): weights (W, b) / D, direction (UW, Ub) / D, jets up to ``order`` (0 or 2)."""
        Z = [self.preactivation(state.H[0], state.E, W, b), None, None]
        if order:
            H0, H1, H2 = state.H
            along_bias = None if Ub is None or not np.asarray(Ub).any() else int_mul(state.E, Ub.reshape(1, -1))
            Z[1] = int_add(int_add(product_t(H1, W), product_t(H0, UW)), along_bias)
            Z[2] = int_add(product_t(H2, W), product_t(H1, UW))
        return self.activate(state, l, Z, D)

    def activate(self, state: State, l: int, Z: list, D: int) -> State:
        """Layer l's activation on the numerator jets Z over E D (the module docstring states the rule)."""
        kind, alpha = self.acts[l]
        E = int_mul(state.E, np.array(D, dtype=object))
        if kind == "identity":
            return State(list(Z), E, state.signs + [None])
        signs = np.sign(Z[0]).astype(np.int8)
        if kind == "relu" or alpha == 0:
            factor = (signs > 0).astype(np.int64)
        elif alpha == 1:
            return State(list(Z), E, state.signs + [signs])
        else:
            factor = np.where(signs > 0, alpha.denominator, alpha.numerator).astype(np.int64)
            E = int_mul(E, np.array(alpha.denominator, dtype=object))
        return State([None if z is None else int_mul(z, factor) for z in Z], E, state.signs + [signs])

    def loss(self, state: State, order: int = 0):
        """(loss, margin signs or None) from the output state: at order 0 the loss (a Fraction), at order 2 the
        jet (value, slope, half the second derivative) of Fractions. Row i's output is O_i / E_i."""
        O0, O1, O2 = state.H
        E, YD, Y = state.E.astype(object), self.YD.astype(object), self.Y.astype(object)
        G = (E * YD)[:, 0]  # row i over G_i = E_i YD_i
        if self.loss_kind == "squared":  # residual r = (O YD - Y E) / G
            R = [None if O is None else O.astype(object) * YD for O in (O0, O1, O2)]
            R[0] = R[0] - Y * E

            def total(rows, scale=1):
                return sum((Fraction(int(v), scale * int(g) ** 2) for v, g in zip(rows, G)), Fraction(0))

            value = total((R[0] * R[0]).sum(axis=1), 2)
            if not order:
                return value, None
            slope = Fraction(0) if R[1] is None else total((R[0] * R[1]).sum(axis=1))
            curv = np.zeros(R[0].shape, dtype=object)
            if R[1] is not None:
                curv = curv + R[1] * R[1]
            if R[2] is not None:
                curv = curv + 2 * R[0] * R[2]
            return (value, slope, total(curv.sum(axis=1), 2)), None
        M = ((E * YD) - Y * O0.astype(object))[:, 0]  # margin 1 - y o = M / G
        margins = np.array([(m > 0) - (m < 0) for m in M.tolist()], dtype=np.int8)
        active = margins > 0

        def total(nums):
            return sum((Fraction(int(v), int(g)) for v, g, on in zip(nums, G, active) if on), Fraction(0))

        value = total(M)
        if not order:
            return value, margins
        jets = [Fraction(0) if O is None else total((-Y * O.astype(object))[:, 0]) for O in (O1, O2)]
        return (value, *jets), margins

    def run(self, flat: np.ndarray, D: int = 1, direction: np.ndarray | None = None):
        """(output state, loss or loss jet, margin signs) at the point ``flat`` / D (along ``direction`` / D)."""
        order = 0 if direction is None else 2
        layers = self.split(np.asarray(flat))
        ulayers = self.split(np.asarray(direction)) if order else [(None, None)] * len(layers)
        state = self.start()
        for l, ((W, b), (UW, Ub)) in enumerate(zip(layers, ulayers)):
            state = self.layer(state, l, W, b, D, UW, Ub, order)
        result, margins = self.loss(state, order)
        return state, result, margins

    def pattern(self, signs: list, margins) -> np.ndarray:
        """The kink branches in the certificates' layout: for each data point, for each output unit, the pattern
        of every unit of the layer below in turn (recursively), then the unit's own sign when it has a kink;
        after the outputs, the hinge margin's sign. A 1-D int8 array."""
        per_unit = np.zeros((self.n, 0), dtype=np.int8)  # a unit of the layer below: its pattern (every unit alike)
        for l, s in enumerate(signs):
            k = self.widths[l + 1]
            below = np.repeat(per_unit[:, None, :], k, axis=1)  # every unit of layer l re-walks the layer below
            if s is not None:
                below = np.concatenate([below, s[:, :, None].astype(np.int8)], axis=2)
            per_unit = below.reshape(self.n, -1)
        if self.loss_kind == "hinge":
            per_unit = np.concatenate([per_unit, np.asarray(margins, dtype=np.int8).reshape(-1, 1)], axis=1)
        return per_unit.reshape(-1)

    def strict_pattern(self, signs: list, margins) -> np.ndarray:
        """``pattern``, after checking that no kink sits on its switching point (AssertionError: the finders
        construct points strictly inside a piece)."""
        out = self.pattern(signs, margins)
        if (out == 0).any():
            raise AssertionError("forward: a kink sits on its switching point")
        return out


# ------------------------------------------------------------------------------ one layer in Fractions

def preactivations(W, b, values) -> list[Fraction]:
    """z_j = sum_c W[j][c] values[c] + b[j], exactly (Fractions)."""
    return [sum((w * v for w, v in zip(row, values)), Fraction(0)) + bj for row, bj in zip(W, b)]


def activate_exact(name: str, z: list) -> list | None:
    """The activation ``name`` applied to exact pre-activations z: identity keeps them, relu keeps z_j > 0 and
    gives 0 otherwise, leaky_relu p/q gives (p/q) z_j for z_j <= 0; None for an activation that is not piecewise
    linear (its values are not rational)."""
    kind, alpha = activation(name)
    if kind == "identity":
        return list(z)
    if kind == "relu":
        return [t if t > 0 else Fraction(0) for t in z]
    if kind == "leaky_relu":
        return [t if t > 0 else alpha * t for t in z]
    return None


def layer_exact(name: str, W, b, values) -> list | None:
    """One layer on one data point, exactly: ``activate_exact(name, preactivations(W, b, values))``."""
    return activate_exact(name, preactivations(W, b, values))


# ------------------------------------------------------------------------------------- the loss as a tree

def loss_tree(spec: dict) -> list:
    """The loss of a spec as an expression tree over its parameter names, in the layout the certificates' kink
    patterns follow (the finders' own reading of it): the sum over data points i of the loss term of the outputs
    z(x_i), each output unit a tree act(sum_j W{l}_{i}_{j} * value_j + b{l}_{i}) over the previous layer's trees
    (every unit re-walks the whole layer below, so a kink is met once per path)."""
    widths, acts = spec["layers"], spec["activations"]
    terms = []
    for x, y in zip(spec["inputs"], spec["targets"]):
        values = [["num", v] for v in x]
        for l in range(1, len(widths)):
            kind, alpha = activation(acts[l - 1])
            layer = []
            for i in range(1, widths[l] + 1):
                z = [["mul", ["var", f"W{l}_{i}_{j}"], values[j - 1]] for j in range(1, widths[l - 1] + 1)]
                z += [["var", f"b{l}_{i}"]] if spec["bias"] else []
                z = z[0] if len(z) == 1 else ["add", *z]
                layer.append(z if kind == "identity" else
                             ["leaky_relu", z, ["num", rational_to_str(alpha)]] if kind == "leaky_relu" else [kind, z])
            values = layer
        minus = [rational_to_str(-Fraction(t)) for t in y]
        if spec["loss"] == "squared":
            terms += [["mul", ["num", "1/2"], ["pow", ["add", z, ["num", t]], ["num", "2"]]]
                      for z, t in zip(values, minus)]
        elif spec["loss"] == "logistic":
            terms.append(["add", ["softplus", values[0]], ["mul", ["num", minus[0]], values[0]]])
        else:
            terms.append(["relu", ["add", ["num", "1"], ["mul", ["num", minus[0]], values[0]]]])
    return terms[0] if len(terms) == 1 else ["add", *terms]


# --------------------------------------------------------------------------------------- float mode

def _float_activation(kind: str, alpha, z: np.ndarray) -> np.ndarray:
    if kind == "identity":
        return z
    if kind == "relu":
        return np.maximum(z, 0.0)
    if kind == "leaky_relu":
        return np.where(z > 0, z, float(alpha) * z)
    if kind == "tanh":
        return np.tanh(z)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        if kind == "sigmoid":
            return np.where(z > -700, 1 / (1 + np.exp(-np.maximum(z, -700))), 0.0)
        if kind == "softplus":
            return np.where(z > 0, z + np.log1p(np.exp(-np.abs(z))), np.log1p(np.exp(np.minimum(z, 0))))
    raise InputError(f"unknown activation {kind!r}")


def float_pass(layers, activations, X) -> np.ndarray:
    """The values after the given layers for every data row of X, in float64 (search only: floats never
    decide). ``layers`` is a list of (W, b) (any numbers; b None without biases), ``activations`` their names."""
    H = np.asarray(X, dtype=float)
    for (W, b), name in zip(layers, activations):
        Z = H @ np.asarray(W, dtype=float).T
        if b is not None:
            Z = Z + np.asarray(b, dtype=float)
        kind, alpha = activation(name)
        H = _float_activation(kind, alpha, Z)
    return H


__all__ = ["EXACT_ACTIVATIONS", "EXACT_LOSSES", "IntegerNet", "State", "activate_exact", "activation", "float_pass",
           "int_add", "int_matmul", "int_mul", "layer_exact", "loss_tree", "magnitude", "names", "preactivations",
           "product_t"]
