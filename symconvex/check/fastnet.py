r"""The checker's fast exact forward pass over a network spec (no expression tree is built).

For a spec whose activations are piecewise linear (identity, relu, leaky_relu) and whose loss is squared or
hinge, the loss and its degree-2 jet along a line are rational and are computed here exactly on integers:

- a point (or direction) is parsed in bulk into integer numerators over one common denominator D
  (``Vec``; JSON integer coordinates are taken as they are, with no string work); each data row x_i into
  integer numerators over its own denominator;
- layer by layer, the pre-activations of data point i are integers over a per-row denominator E_i:
  Z = (H W^T + E b) / (E D). A jet along t -> p + t u is three integer matrices (Z0, Z1, Z2):
  Z0 = H0 P^T + E b_P, Z1 = H1 P^T + H0 U^T + E b_U, Z2 = H2 P^T + H1 U^T (products restricted to the
  rows / columns where the direction is nonzero, so a sparse direction costs almost nothing);
- relu keeps or zeroes an entry by the sign of its (integer) numerator; leaky_relu with slope p/q multiplies
  the kept entries by q, the others by p, and the row denominators by q.

Every integer matrix product goes through ``matmul``, a backend cascade that gives identical results:

1. ``float64``: numpy/BLAS in floating point when an a-priori bound shows every partial sum of every dot product
   is an integer below 2^53 (then every rounding is exact); in float32 (half the memory traffic) when it is below
   2^24. The bound is max|A| max|B| r (inner dimension r), else
   min(max_i sum_j |A_ij| * max|B|, max|A| * max_k sum_j |B_jk|). When it fails but entries fit in 62 bits, the
   operand with the larger entries is split into at most ``MAX_LIMBS`` signed limbs of s bits, each limb product
   satisfying the float64 bound, and the exact results are recombined with shifts. Operands of any signed integer
   width (a certificate's int8 / int16 vectors) are converted straight to floating point.
2. ``flint``: python-flint's ``fmpz_mat`` product (exact multiprecision integers).
3. ``python``: numpy object arrays of Python integers.

What is checked is the same mathematics as ``check.evaluate`` on ``check.network.loss_tree(spec)``: the kink
``pattern`` is produced in the generic evaluator's evaluation order (depth first: for each data point, for each
output, the sub-network of every unit is re-walked, each kink recorded after its argument), and a kink sitting
exactly on its switching point is rejected with the generic evaluator's message.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import itertools
import json
import math
import re
import warnings
from collections.abc import Mapping
from fractions import Fraction
from functools import lru_cache

import numpy as np

from ..errors import CertificateError
from .network import activation_of, loss_tree, validate_spec
from .network import parameter_names as spec_parameter_names
from .numbers import Jet
from .trees import parse_coordinate, parse_rational
from .trees import subject_digest as _generic_digest

try:  # pragma: no cover - exercised by whichever environment runs the tests
    import flint
except ImportError:  # pragma: no cover
    flint = None

BACKENDS = ("float64", "flint", "python")
#: Largest magnitude kept in int64 arrays (products and sums are checked against it before they are formed).
SAFE = 1 << 62
#: Exact float64 arithmetic on integers: every partial sum must stay below this.
EXACT_FLOAT = 1 << 53
#: Exact float32 arithmetic on integers (half the memory traffic of float64): every partial sum below this.
EXACT_SINGLE = 1 << 24
MAX_LIMBS = 4
PIECEWISE_LINEAR = ("identity", "relu", "leaky_relu")
FAST_LOSSES = ("squared", "hinge")

_FORCED: contextvars.ContextVar[str | None] = contextvars.ContextVar("symconvex_fastnet_backend", default=None)


@contextlib.contextmanager
def use_backend(name: str | None):
    """Force every integer product in the block onto one backend (tests and benchmarks). Forcing ``float64``
    where no exact float64 plan exists raises ``CertificateError`` instead of rounding."""
    if name is not None and name not in BACKENDS:
        raise ValueError(f"unknown backend {name!r}; choose from {BACKENDS}")
    if name == "flint" and flint is None:
        raise CertificateError("fastnet: python-flint is not installed")
    token = _FORCED.set(name)
    try:
        yield
    finally:
        _FORCED.reset(token)


# ------------------------------------------------------------------------------------ integer arrays

def _obj(a: np.ndarray) -> np.ndarray:
    return a if a.dtype == object else a.astype(object)


def maxabs(a: np.ndarray) -> int:
    """max |a_ij| as a Python int (0 for an empty array); two passes, no temporary array."""
    if a.size == 0:
        return 0
    return max(int(a.max()), -int(a.min()))


def _shrink(a: np.ndarray) -> np.ndarray:
    """int64 when every entry is below ``SAFE``, else an object array of Python ints."""
    if a.dtype == object:
        return a.astype(np.int64) if maxabs(a) < SAFE else a
    if a.dtype != np.int64:
        return a.astype(np.int64) if a.size == 0 or maxabs(a) < SAFE else a.astype(object)
    return a


def _mul(a, b):
    """Exact elementwise (broadcast) product of integer arrays / Python ints."""
    a, b = np.asarray(a) if not isinstance(a, np.ndarray) else a, np.asarray(b) if not isinstance(b, np.ndarray) else b
    if a.dtype != object and b.dtype != object and maxabs(a) * maxabs(b) < SAFE:
        return a.astype(np.int64, copy=False) * b.astype(np.int64, copy=False)
    return _obj(a) * _obj(b)


def _add(a, b):
    """Exact elementwise sum (int64 when it fits: narrower integer arrays are widened first)."""
    if a.dtype != object and b.dtype != object and maxabs(a) + maxabs(b) < SAFE:
        return a.astype(np.int64, copy=False) + b.astype(np.int64, copy=False)
    return _obj(a) + _obj(b)


def _scalar_array(k: int) -> np.ndarray:
    return np.array(k, dtype=np.int64) if abs(k) < SAFE else np.array(k, dtype=object)


def _column(values) -> np.ndarray:
    """A column vector (n, 1) of Python ints as an integer array."""
    return _shrink(np.array([int(v) for v in values], dtype=object).reshape(-1, 1))


# ---------------------------------------------------------------------------------- matrix products

def _abs_rowsum_max(a: np.ndarray) -> int | None:
    """max_i sum_j |a_ij| (signed integer input of any width), or None when it might overflow int64."""
    if a.size == 0:
        return 0
    if maxabs(a) * a.shape[1] >= SAFE:
        return None
    return int(np.abs(a.astype(np.int64, copy=False)).sum(axis=1).max())


def _narrow(a: np.ndarray) -> np.ndarray:
    """A signed integer array as it is (int8 ... int64: float64 holds each entry exactly), otherwise ``_shrink``."""
    return a if a.dtype.kind == "i" else _shrink(a)


def float_plan(a: np.ndarray, b: np.ndarray) -> tuple[str, int, int] | None:
    """How floating point can multiply a @ b exactly: ("single", 1, 0) in float32, ("direct", 1, 0) in float64,
    ("split_a" or "split_b", limbs, bits) in float64 limbs, or None. Both operands must be signed integer (not
    object) arrays. Every bound B used is >= sum_j |a_ij| |b_jk| for every entry, so every partial sum of every
    dot product, in any order, is an integer of magnitude <= B, held exactly by the format when B < 2^24 (float32)
    or B < 2^53 (float64). The first bound tried is the cheapest, max|a| max|b| r for inner dimension r; then
    the row / column sums of absolute values."""
    if a.dtype == object or b.dtype == object:
        return None
    ma, mb = maxabs(a), maxabs(b)
    if ma == 0 or mb == 0 or ma * mb * a.shape[1] < EXACT_SINGLE:
        return ("single", 1, 0)
    rows_a, cols_b = _abs_rowsum_max(a), _abs_rowsum_max(b.T)
    bounds = [x for x in (None if rows_a is None else rows_a * mb, None if cols_b is None else ma * cols_b)
              if x is not None]
    if bounds and min(bounds) < EXACT_SINGLE:
        return ("single", 1, 0)
    if bounds and min(bounds) < EXACT_FLOAT and ma < EXACT_FLOAT and mb < EXACT_FLOAT:
        return ("direct", 1, 0)
    best = None
    # split a into limbs of s bits: each limb product is bounded by (2^s - 1) * max_k sum_j |b_jk| < 2^53
    for which, other_sum, big in (("split_a", cols_b, ma), ("split_b", rows_a, mb)):
        if other_sum is None or other_sum == 0:
            continue
        s = (EXACT_FLOAT - 1) // other_sum
        s = s.bit_length() - 1 if s >= 1 else 0  # largest s with 2^s - 1 <= (2^53 - 1) / other_sum
        while s > 0 and ((1 << s) - 1) * other_sum >= EXACT_FLOAT:
            s -= 1
        if s < 1:
            continue
        limbs = -(-big.bit_length() // s)
        if limbs <= MAX_LIMBS and (best is None or limbs < best[1]):
            best = (which, limbs, s)
    return best


def choose_backend(a: np.ndarray, b: np.ndarray) -> str:
    """The backend ``matmul`` uses for a @ b: ``float64`` when an exact plan exists, else ``flint`` when
    installed, else ``python``."""
    a, b = _narrow(a), _narrow(b)
    if float_plan(a, b) is not None:
        return "float64"
    return "flint" if flint is not None else "python"


def _float_direct(a: np.ndarray, b: np.ndarray, dtype=np.float64) -> np.ndarray:
    out = np.asarray(a, dtype=dtype) @ np.asarray(b, dtype=dtype)
    return out.astype(np.int64)


def _limbs(x: np.ndarray, count: int, bits: int) -> list[np.ndarray]:
    x = x.astype(np.int64, copy=False)
    sign = np.sign(x)
    mag = np.abs(x)
    mask = (1 << bits) - 1
    return [sign * ((mag >> (bits * t)) & mask) for t in range(count)]


def _matmul_float(a: np.ndarray, b: np.ndarray, plan) -> np.ndarray:
    kind, count, bits = plan
    if kind == "single":
        return _float_direct(a, b, np.float32)
    if kind == "direct":
        return _float_direct(a, b)
    parts = ([_float_direct(limb, b) for limb in _limbs(a, count, bits)] if kind == "split_a"
             else [_float_direct(a, limb) for limb in _limbs(b, count, bits)])
    ma, mb = maxabs(a), maxabs(b)
    total = min(ma * b.shape[0] * mb, ma * mb * a.shape[1])  # crude bound on every recombined entry
    if total < SAFE:
        out = parts[0].copy()
        for t in range(1, count):
            out += parts[t] << (bits * t)
        return out
    out = _obj(parts[0])
    for t in range(1, count):
        out = out + _obj(parts[t]) * (1 << (bits * t))
    return _shrink(out)


def _matmul_flint(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    n, r = a.shape
    c = b.shape[1]
    fa = flint.fmpz_mat(n, r, [int(v) for v in a.ravel().tolist()])
    fb = flint.fmpz_mat(r, c, [int(v) for v in np.ascontiguousarray(b).ravel().tolist()])
    prod = fa * fb
    return _shrink(np.array([int(v) for v in prod.entries()], dtype=object).reshape(n, c))


def matmul(a: np.ndarray, b: np.ndarray, backend: str | None = None) -> np.ndarray:
    """The exact integer product a @ b (int64 or object arrays in, int64 or object array out).

    >>> import numpy as np
    >>> a = np.array([[2 ** 40, 3]]); b = np.array([[2 ** 20], [5]])
    >>> int(matmul(a, b)[0, 0]) == 2 ** 60 + 15, choose_backend(a, b)
    (True, 'float64')
    """
    a, b = _narrow(np.asarray(a)), _narrow(np.asarray(b))
    n, r = a.shape
    c = b.shape[1]
    if n == 0 or c == 0 or r == 0:
        return np.zeros((n, c), dtype=np.int64)
    backend = backend or _FORCED.get()
    plan = float_plan(a, b) if backend in (None, "float64") else None  # computed once (it scans both operands)
    if backend is None:
        backend = "float64" if plan is not None else ("flint" if flint is not None else "python")
    if backend == "float64":
        if plan is None:
            raise CertificateError("fastnet: no exact float64 plan for this product (the 2^53 bound fails)")
        return _matmul_float(a, b, plan)
    if backend == "flint":
        if flint is None:
            raise CertificateError("fastnet: python-flint is not installed")
        return _matmul_flint(a, b)
    if backend == "python":
        return _shrink(_obj(a) @ _obj(b))
    raise ValueError(f"unknown backend {backend!r}")


# ------------------------------------------------------------------------------------------ vectors

class Vec:
    """A rational vector as integer numerators ``num`` over one positive denominator ``den``. ``num`` is an
    object array of Python ints, or a signed integer array of any width (a certificate's int8 array is used as it
    is, read-only; every operation widens to int64 through ``_mul``, ``_add`` and ``matmul``)."""

    __slots__ = ("num", "den")

    def __init__(self, num: np.ndarray, den: int):
        self.num, self.den = num, den

    def __len__(self) -> int:
        return len(self.num)

    def fractions(self, limit: int | None = None) -> list[Fraction]:
        """The coordinates as Fractions (the first ``limit`` of them)."""
        return [Fraction(int(v), self.den) for v in self.num[:limit].tolist()]

    def is_zero(self) -> bool:
        return not self.num.any()

    def over(self, den: int) -> np.ndarray:
        """Numerators over ``den`` (a multiple of ``self.den``)."""
        k = den // self.den
        return self.num if k == 1 else _mul(self.num, _scalar_array(k))

    def __eq__(self, other) -> bool:
        if not isinstance(other, Vec):
            return NotImplemented
        den = self.den * other.den // math.gcd(self.den, other.den)
        return bool(np.array_equal(self.over(den), other.over(den)))

    def take(self, indices: np.ndarray) -> "Vec":
        return Vec(self.num[indices], self.den)

    def part(self, start: int, stop: int) -> "Vec":
        return Vec(self.num[start:stop], self.den)

    def differences(self, other: "Vec") -> np.ndarray:
        """The indices where the two vectors (of one length) differ, exactly."""
        if self.den == other.den:
            return np.flatnonzero(self.num != other.num)
        den = self.den * other.den // math.gcd(self.den, other.den)
        return np.flatnonzero(self.over(den) != other.over(den))

    def combination_equals(self, lam: Fraction, other: "Vec", target: "Vec", chunk: int = 1 << 18,
                           where: np.ndarray | None = None) -> bool:
        """Is ``target`` = lam * self + (1 - lam) * other? (``combine`` and ``==``, a slice at a time: no temporary
        array of the vector's size). Over one denominator, lam a + (1 - lam) a = a: where self and other agree the
        target must equal them, and the combination is formed only where they differ (``where``:
        ``self.differences(other)`` when already known)."""
        if not len(self) == len(other) == len(target):
            return False
        if self.den == other.den == target.den and object not in (self.num.dtype, other.num.dtype, target.num.dtype):
            where = self.differences(other) if where is None else where
            equal = target.num == self.num
            equal[where] = True
            if not equal.all():
                return False
            return Vec(self.num[where], self.den).combine(lam, Vec(other.num[where], other.den)) == \
                Vec(target.num[where], target.den)
        return all(
            self.part(i, i + chunk).combine(lam, other.part(i, i + chunk)) == target.part(i, i + chunk)
            for i in range(0, len(self), chunk))

    def combine(self, lam: Fraction, other: "Vec") -> "Vec":
        """lam * self + (1 - lam) * other, exactly."""
        p, q = lam.numerator, lam.denominator
        den = self.den * other.den // math.gcd(self.den, other.den)
        num = _add(_mul(self.over(den), _scalar_array(p)), _mul(other.over(den), _scalar_array(q - p)))
        return Vec(_shrink(num), den * q)


def _bulk_ints(values, n: int) -> np.ndarray | None:
    """Parse plain ASCII integer strings (already validated) with numpy's C parser; None if that fails."""
    joined = "\n".join(values)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            out = np.fromstring(joined, dtype=np.int64, sep="\n")
        except (ValueError, DeprecationWarning):
            return None
    return out if len(out) == n else None


def _int_vec(num: np.ndarray) -> Vec:
    """An integer vector (int64 or object array) as a ``Vec`` over 1 (object when an entry reaches ``SAFE``)."""
    if num.dtype != object and num.size and maxabs(num) >= SAFE:
        num = num.astype(object)
    return Vec(_shrink(num), 1)


def parse_vector(values, n: int, what: str) -> Vec:
    """Parse n coordinates (rational strings "p/q" and/or integers; a numpy integer array is taken as is) into
    a ``Vec``; the errors are the generic checker's (``_vector``, ``trees.parse_coordinate``)."""
    if isinstance(values, np.ndarray) and values.ndim == 1:
        if values.dtype.kind in "iu" and len(values) == n:  # signed: used as it is (a read-only view, no copy)
            if values.dtype.kind == "u":
                values = (values.astype(np.int64) if values.size == 0 or int(values.max()) < SAFE
                          else values.astype(object))
            view = values.view()
            view.flags.writeable = False
            return Vec(view, 1) if view.dtype != np.int64 else _int_vec(view)
        values = values.tolist()  # then the same checks (and errors) as a list
    if not isinstance(values, (list, tuple)) or len(values) != n:
        raise CertificateError(f"{what}: expected {n} coordinates, found "
                               f"{len(values) if isinstance(values, (list, tuple)) else values!r}")
    types = set(map(type, values))
    if types == {int}:  # JSON integers: no string work at all
        try:
            return _int_vec(np.array(values, dtype=np.int64))
        except OverflowError:
            for v in values:
                if abs(v) >= SAFE:
                    parse_coordinate(v, what)  # refuses more than trees.MAX_DIGITS digits
            return _int_vec(np.array(values, dtype=object))
    if not types <= {int, str}:  # bools, floats, numpy scalars, ...: the generic parser, in order
        fracs = [parse_coordinate(v, what) for v in values]
        den = math.lcm(1, *{q.denominator for q in fracs})
        num = np.array([q.numerator * (den // q.denominator) for q in fracs], dtype=object)
        return Vec(_shrink(num), den)
    try:
        distinct = set(values)
        table = {s: parse_coordinate(s, what) for s in distinct}
    except (TypeError, CertificateError):
        [parse_coordinate(v, what) for v in values]  # raises the first error in order, as the generic path does
        raise  # pragma: no cover - the line above always raises
    den = 1
    for q in table.values():
        den = den * q.denominator // math.gcd(den, q.denominator)
    scaled = {s: q.numerator * (den // q.denominator) for s, q in table.items()}
    big = max((abs(v) for v in scaled.values()), default=0) >= SAFE
    if types == {str} and den == 1 and not big and all(
            s.isascii() and "\n" not in s and "/" not in s for s in distinct):
        num = _bulk_ints(values, n)
        if num is not None:
            return Vec(num, 1)
    if big:
        num = np.array([scaled[s] for s in values], dtype=object)
    else:
        num = np.fromiter(map(scaled.__getitem__, values), dtype=np.int64, count=n)
    return Vec(num, den)


# ------------------------------------------------------------------------------------- the network

@lru_cache(maxsize=2)
def _joined_names(widths: tuple[int, ...], bias: bool) -> str:
    """The parameter names joined by NUL (built a weight-matrix row at a time: one str.join per row)."""
    parts: list[str] = []
    for l in range(1, len(widths)):
        cols = [str(j) for j in range(1, widths[l - 1] + 1)]
        for i in range(1, widths[l] + 1):
            prefix = f"W{l}_{i}_"
            parts.append(prefix + ("\0" + prefix).join(cols))
        if bias:
            parts.append("\0".join(f"b{l}_{i}" for i in range(1, widths[l] + 1)))
    return "\0".join(parts)


@lru_cache(maxsize=2)
def _names(widths: tuple[int, ...], bias: bool) -> tuple[str, ...]:
    return tuple(_joined_names(widths, bias).split("\0"))


def _same_names(variables, widths: tuple[int, ...], bias: bool) -> bool:
    """Are ``variables`` exactly the parameter names of (widths, bias)? (equal count and equal NUL-joined
    text: no expected name contains NUL, so a name with NUL would add a separator and break the equality)"""
    if len(variables) != parameter_count(widths, bias):
        return False
    cached = _names.cache_info().currsize and _names(widths, bias)
    if cached and variables is cached:
        return True
    try:
        return "\0".join(variables) == _joined_names(widths, bias)
    except TypeError:
        return False


def parameter_count(widths, bias: bool) -> int:
    """The number of parameters of a net with these widths (and biases)."""
    return sum(widths[l] * widths[l - 1] + (widths[l] if bias else 0) for l in range(1, len(widths)))


@lru_cache(maxsize=2)
def _names_hash(widths: tuple[int, ...], bias: bool):
    """SHA-256 state after '[' + the canonical JSON of the parameter names (see ``subject_digest``); the
    names are [A-Za-z0-9_] only, so their JSON is '["' + '","'.join(names) + '"]'."""
    h = hashlib.sha256()
    h.update(('[["' + _joined_names(widths, bias).replace("\0", '","') + '"]').encode())
    return h


def subject_digest(variables, function, network, domain) -> str:
    """``trees.subject_digest``, computed without re-serializing the parameter names when they are the
    network spec's own (the canonical JSON is '[' + names + ',' + function, network, domain + ']')."""
    if isinstance(network, dict) and isinstance(network.get("layers"), list) and all(
            isinstance(w, int) and not isinstance(w, bool) and w >= 1 for w in network["layers"]) and \
            len(network["layers"]) >= 2:
        key = (tuple(network["layers"]), bool(network.get("bias")))
        if isinstance(network.get("bias"), bool) and _same_names(variables, *key):
            rest = json.dumps([[], function, network, [list(c) for c in domain]], sort_keys=True,
                              separators=(",", ":"))
            h = _names_hash(*key).copy()
            h.update(rest[3:].encode())
            return "sha256:" + h.hexdigest()
    return _generic_digest(variables, function, network, domain)


def parameter_names(spec: dict) -> tuple[str, ...]:
    """``check.network.parameter_names(spec)`` as a (cached) tuple."""
    return _names(tuple(spec["layers"]), bool(spec.get("bias")))


#: The bulk parser's whole-text pattern: lines -?D+ or -?D+/D+ with ASCII digits, at most 18 per part
#: (10^18 - 1 < ``SAFE``: every part fits in int64). On ASCII text this accepts exactly what
#: ``trees._RATIONAL`` accepts, with the digit limit.
_DATA_LINES = re.compile(r"(?:-?[0-9]{1,18}(?:/[0-9]{1,18})?\n)*")


def _parse_ascii_rationals(strings: list) -> tuple[np.ndarray, np.ndarray] | None:
    """int64 arrays (p, q) with p_k / q_k exactly the value ``parse_rational(strings[k])``, in lowest terms and
    q_k >= 1, when every entry is a newline-free ASCII str matching ``_DATA_LINES`` and no denominator is 0.
    Else None: None does not mean invalid, the caller then parses string by string (which alone decides validity
    and errors).

    One regular-expression match over the newline-joined text checks every entry; numpy's C parser then reads the
    parts (after the check, every line is a plain integer of at most 18 digits, read exactly)."""
    try:
        text = "\n".join(strings) + "\n"
    except TypeError:  # an entry that is not a str
        return None
    n = len(strings)
    if not n or not text.isascii() or _DATA_LINES.fullmatch(text) is None:
        return None
    slashes = text.count("/")
    if 0 < slashes < n:  # integers among fractions: written as p/1
        text = "\n".join(x if "/" in x else x + "/1" for x in strings) + "\n"
    values = _bulk_ints([text.replace("/", "\n")], n * (1 + (slashes > 0)))
    if values is None:  # a newline inside an entry: more lines than entries
        return None
    p, q = (values[0::2], values[1::2]) if slashes else (values, np.ones(n, dtype=np.int64))
    if not q.all():  # a zero denominator
        return None
    g = np.gcd(p, q)
    return p // g, q // g


class _DataTable(Mapping):
    """The {string: Fraction} table of a spec's distinct data strings, parsed in bulk by
    ``_parse_ascii_rationals``: ``strings[k]`` is exactly ``num[k] / den[k]`` (int64, lowest terms, den >= 1),
    made a ``Fraction`` only when looked up; ``_data_matrix`` indexes the arrays directly."""

    def __init__(self, strings: list, num: np.ndarray, den: np.ndarray):
        self.strings, self.num, self.den = strings, num, den
        self.index = dict(zip(strings, range(len(strings))))

    def __getitem__(self, key) -> Fraction:
        k = self.index[key]  # KeyError for a string that is not in the spec
        return Fraction(int(self.num[k]), int(self.den[k]))

    def __iter__(self):
        return iter(self.strings)

    def __len__(self) -> int:
        return len(self.strings)


def _data_table(spec) -> Mapping | None:
    """{string: Fraction} for every number in a spec's inputs and targets when ``validate_spec`` accepts the
    spec, else None. The same checks as ``validate_spec``. Usually a ``_DataTable`` (the distinct strings parsed
    in bulk, exactly); when the bulk parser declines (non-str or non-ASCII entries, newlines, parts over 18 digits,
    invalid or zero-denominator strings), a dict built with ``parse_rational`` on each distinct string, which
    decides validity exactly as ``validate_spec`` does."""
    if not isinstance(spec, dict):
        return None
    layers = spec.get("layers")
    if not isinstance(layers, list) or len(layers) < 2 or not all(
            isinstance(w, int) and not isinstance(w, bool) and w >= 1 for w in layers):
        return None
    d, m = layers[0], layers[-1]
    try:  # everything but the data (checked below), on one dummy data point and input width 1
        validate_spec({**spec, "layers": [1, *layers[1:]], "inputs": [["0"]], "targets": [["0"] * m]})
    except CertificateError:
        return None
    inputs, targets = spec.get("inputs"), spec.get("targets")
    if not isinstance(inputs, list) or not isinstance(targets, list) or len(inputs) != len(targets) or not inputs:
        return None
    for rows, width in ((inputs, d), (targets, m)):
        if not all(isinstance(row, list) and len(row) == width for row in rows):
            return None
    try:
        distinct = list(dict.fromkeys(itertools.chain(*inputs, *targets)))
    except TypeError:  # an unhashable entry: the per-string path reports it
        distinct = None
    parsed = None if distinct is None else _parse_ascii_rationals(distinct)
    if parsed is not None:
        return _DataTable(distinct, *parsed)
    try:
        distinct = {v for rows in (inputs, targets) for row in rows for v in row}
        return {v: parse_rational(v) for v in distinct}
    except (TypeError, CertificateError):
        return None


def _lcm_below(values, bound: int) -> bool:
    """Is lcm(values) < bound? (stops as soon as the running lcm reaches the bound)"""
    acc = 1
    for v in values:
        acc = math.lcm(acc, v)
        if acc >= bound:
            return False
    return True


def _scale_rows(num: np.ndarray, den: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(X, XD) with XD_i = lcm_j den[i, j] and X[i, j] = num[i, j] * (XD_i / den[i, j]), so that
    X[i, j] / XD_i == num[i, j] / den[i, j] exactly (den >= 1). X and XD are each int64 when all their entries are
    below ``SAFE``, else object arrays of Python ints (as ``_shrink``). For int64 num/den (entries below ``SAFE``)
    the work is vectorized: the row lcms are formed in int64 only when the lcm of all distinct denominators is
    below ``SAFE`` (else exactly per row), and the overflow test of num * ratio is exact per entry."""
    if num.dtype != object and den.dtype != object:
        below = den - 1
        below &= den
        if not below.any():  # powers of two (integers included): the lcm is the max
            row = den.max(axis=1, keepdims=True)
        elif _lcm_below(np.unique(den).tolist(), SAFE):  # every partial lcm of a row divides it: no overflow
            row = np.lcm.reduce(den, axis=1, keepdims=True)
        else:
            row = _column([math.lcm(*np.unique(r).tolist()) for r in den])
        if row.dtype != object:
            if (den == row).all():
                return num.copy(), row  # (a copy: num may be a table's array)
            ratio = row // den
            if maxabs(num) * int(ratio.max()) < SAFE or (np.abs(num) <= (SAFE - 1) // ratio).all():
                return np.multiply(num, ratio, out=ratio), row  # |num| * ratio < SAFE for every entry
            return num.astype(object) * ratio.astype(object), row  # an entry reaches SAFE
    else:
        row = _column([math.lcm(*r) for r in den.tolist()])
    return _shrink(_obj(num) * (_obj(row) // _obj(den))), row


def _data_matrix(rows: list, table: Mapping, width: int) -> tuple[np.ndarray, np.ndarray]:
    """(X, XD): the rows of number strings as integer numerators X (n, width) over per-row denominators XD (n, 1):
    X[i, j] / XD_i is exactly the value of rows[i][j], and XD_i is the lcm of row i's denominators in lowest terms
    (the same X and XD as computed with ``Fraction``; dtypes as ``_scale_rows``). A ``_DataTable``'s parsed arrays
    are indexed directly; from any other table each distinct string is looked up once, and the work is in int64
    when every numerator and denominator is below ``SAFE``, else exactly with Python integers."""
    n = len(rows)
    if isinstance(table, _DataTable):
        index, num, den = table.index, table.num, table.den
    else:
        keys = list(dict.fromkeys(itertools.chain.from_iterable(rows)))
        values = [table[k] for k in keys]
        nums = [v.numerator for v in values]
        dens = [v.denominator for v in values]
        dtype = np.int64 if max(map(abs, nums)) < SAFE and max(dens) < SAFE else object
        index, num, den = dict(zip(keys, range(len(keys)))), np.array(nums, dtype=dtype), np.array(dens, dtype=dtype)
    codes = np.fromiter(map(index.__getitem__, itertools.chain.from_iterable(rows)), dtype=np.intp,
                        count=n * width).reshape(n, width)
    return _scale_rows(num[codes], den[codes])


def _fast_kind(spec) -> bool:
    return spec["loss"] in FAST_LOSSES and all(activation_of(a)[0] in PIECEWISE_LINEAR for a in spec["activations"])


def qualifies(spec) -> bool:
    """Can ``FastNet`` evaluate this spec? (valid, piecewise-linear activations, squared or hinge loss)"""
    return _data_table(spec) is not None and _fast_kind(spec)


class State:
    """Values (and jets) of one layer for every data point: numerator matrices ``H[0..order]`` (None = 0)
    over the per-row denominators ``E`` (an (n, 1) integer column), and the kink signs met so far."""

    __slots__ = ("H", "E", "signs")

    def __init__(self, H, E, signs):
        self.H, self.E, self.signs = H, E, signs


def _restricted_product(h: np.ndarray | None, w: np.ndarray | None) -> np.ndarray | None:
    """h @ w.T (None = 0), computed only over the columns where h is nonzero and the rows where w is nonzero when
    those are at most half of them (a zero row or column contributes exactly 0; copying a mostly nonzero matrix
    to drop a few would cost more than it saves)."""
    if h is None or w is None:
        return None
    cols = np.flatnonzero(h.any(axis=0))
    rows = np.flatnonzero(w.any(axis=1))
    if len(cols) == 0 or len(rows) == 0:
        return None
    if 2 * len(cols) > h.shape[1]:
        cols = slice(None)
    if 2 * len(rows) > w.shape[0]:
        return matmul(h[:, cols], w[:, cols].T)
    part = matmul(h[:, cols], w[rows][:, cols].T)
    out = np.zeros((h.shape[0], w.shape[0]), dtype=part.dtype)
    out[:, rows] = part
    return out


def _negated(a: np.ndarray) -> np.ndarray:
    return _mul(a, _scalar_array(-1))


def _product_from(product: np.ndarray, H0: np.ndarray, W0: np.ndarray, H: np.ndarray, W: np.ndarray,
                  rows: np.ndarray) -> np.ndarray:
    """H W^T, exactly, from a known ``product`` = H0 W0^T (same shapes): product + H0 (W - W0)^T + (H - H0) W^T,
    each correction computed only over the weight rows / input columns that differ (``rows``: every row where W
    differs from W0)."""
    out = product
    if len(rows):
        part = _restricted_product(H0, _add(W[rows], _negated(W0[rows])))
        if part is not None:
            full = np.zeros(out.shape, dtype=part.dtype)
            full[:, rows] = part
            out = _add(out, full)
    cols = np.flatnonzero((H != H0).any(axis=0))
    if len(cols):
        out = _add(out, matmul(_add(H[:, cols], _negated(H0[:, cols])), W[:, cols].T))
    return out


def _sum(*terms):
    terms = [t for t in terms if t is not None]
    if not terms:
        return None
    out = terms[0]
    for t in terms[1:]:
        out = _add(out, t)
    return out


class FastNet:
    """A validated, qualifying network spec ready for exact evaluation (see the module docstring)."""

    def __init__(self, spec: dict, table: dict | None = None):
        table = _data_table(spec) if table is None else table
        if table is None:
            validate_spec(spec)  # raises the generic message
            raise CertificateError("network: the spec is not valid")  # pragma: no cover - defensive
        if not _fast_kind(spec):
            raise CertificateError("network: fastnet evaluates identity/relu/leaky_relu nets with squared or "
                                   "hinge loss only")
        self.widths = list(spec["layers"])
        self.bias = spec["bias"]
        self.loss_kind = spec["loss"]
        self.acts = []
        for a in spec["activations"]:
            kind, alpha = activation_of(a)
            self.acts.append((kind, None if alpha is None else parse_rational(alpha)))
        self.X, self.XD = _data_matrix(spec["inputs"], table, self.widths[0])
        ys = [[table[v] for v in y] for y in spec["targets"]]
        ydens = [math.lcm(*[v.denominator for v in r]) for r in ys]
        self.Y = np.array([[v.numerator * (d // v.denominator) for v in r] for r, d in zip(ys, ydens)],
                          dtype=object).reshape(len(ys), self.widths[-1])
        self.YD = np.array(ydens, dtype=object).reshape(-1, 1)
        self.n = len(spec["inputs"])
        self.size = parameter_count(self.widths, self.bias)

    # -- parameters
    def names(self) -> tuple[str, ...]:
        return _names(tuple(self.widths), self.bias)

    def has_parameters(self, variables) -> bool:
        """Are ``variables`` exactly the spec's parameter names, in order? (an empty list, which means the same
        for a network certificate, is handled by ``check.subject_tree``)"""
        return _same_names(variables, tuple(self.widths), self.bias)

    def vector(self, values, what: str) -> Vec:
        return parse_vector(values, self.size, what)

    def split(self, num: np.ndarray) -> list[tuple[np.ndarray, np.ndarray | None]]:
        """Numerators of (W_l, b_l) per layer, views into ``num``."""
        out, at = [], 0
        for l in range(1, len(self.widths)):
            k, r = self.widths[l], self.widths[l - 1]
            W = num[at:at + k * r].reshape(k, r)
            at += k * r
            b = None
            if self.bias:
                b = num[at:at + k]
                at += k
            out.append((W, b))
        return out

    # -- the forward pass, one layer at a time
    def start(self) -> State:
        return State([self.X, None, None], self.XD, [])

    def layer(self, state: State, l: int, W, b, D: int, UW=None, Ub=None, order: int = 0,
              product=None) -> State:
        """Layer l (0-based) on ``state`` with weights (W, b)/D and direction (UW, Ub)/D (jets to ``order``);
        ``product``: the numerators of H0 W^T when already known."""
        Z0 = self.preactivation(state.H[0], state.E, W, b, product)
        Z1 = Z2 = None
        if order:
            H0, H1, H2 = state.H
            bias_u = _mul(state.E, Ub.reshape(1, -1)) if Ub is not None and Ub.any() else None
            Z1 = _sum(_restricted_product(H1, W), _restricted_product(H0, UW), bias_u)
            Z2 = _sum(_restricted_product(H2, W), _restricted_product(H1, UW))
        return self.activate(state, l, [Z0, Z1, Z2], D)

    @staticmethod
    def preactivation(H0, E, W, b, product=None):
        """Numerators of H0 W^T + E b^T (``product``: H0 W^T when already known); all-zero weight rows and input
        columns are skipped."""
        Z0 = _restricted_product(H0, W) if product is None else product
        if Z0 is None:
            Z0 = np.zeros((H0.shape[0], W.shape[0]), dtype=np.int64)
        return Z0 if b is None else _add(Z0, _mul(E, b.reshape(1, -1)))

    def activate(self, state: State, l: int, Z: list, D: int) -> State:
        """Layer l's activation applied to pre-activation numerators Z = [Z0, Z1, Z2] over E D (E = the input
        state's row denominators): relu keeps an entry (and its jets) where Z0 > 0; leaky_relu p/q multiplies kept
        entries by q and the others by p, the denominators by q. The signs of Z0 are recorded as kinks."""
        Z0, Z1, Z2 = Z
        E = _mul(state.E, _scalar_array(D))
        kind, alpha = self.acts[l]
        signs = None
        if kind != "identity":
            pos, neg = Z0 > 0, Z0 < 0
            signs = pos.astype(np.int8) - neg.astype(np.int8)
            if kind == "relu" or alpha == 0:
                keep = pos.astype(np.int64)
                Z0, Z1, Z2 = [None if z is None else _mul(z, keep) for z in (Z0, Z1, Z2)]
            elif alpha != 1:
                p, q = alpha.numerator, alpha.denominator
                factor = np.where(pos, q, p).astype(np.int64)
                Z0, Z1, Z2 = [None if z is None else _mul(z, factor) for z in (Z0, Z1, Z2)]
                E = _mul(E, _scalar_array(q))
        return State([Z0, Z1, Z2], E, state.signs + [signs])

    def loss(self, state: State, order: int = 0):
        """(loss jet or value, margin signs or None) from the output layer's state: at order 0 the loss value
        (a Fraction), at order 2 a ``Jet`` (value, slope, half the second derivative) of exact rationals."""
        O0, O1, O2 = state.H
        E = _obj(state.E)
        zero = Fraction(0)
        if self.loss_kind == "squared":  # 1/2 sum_ik (O_ik / E_i - y_ik)^2, row i over F_i = lcm(E_i, YD_i)
            F = np.array([a * b // math.gcd(a, b) for a, b in zip(E[:, 0], self.YD[:, 0])],
                         dtype=object).reshape(-1, 1)
            fE, fY = F // E, F // self.YD
            R0 = _obj(O0) * fE - self.Y * fY

            def total(products, half=False):
                return sum((Fraction(int(v), (2 if half else 1) * int(f) ** 2)
                            for v, f in zip(products.sum(axis=1), F[:, 0])), zero)

            value = total(R0 * R0, half=True)
            if not order:
                return value, None
            R1 = None if O1 is None else _obj(O1) * fE
            R2 = None if O2 is None else _obj(O2) * fE
            slope = zero if R1 is None else total(R0 * R1)
            curv = np.zeros(R0.shape, dtype=object)  # (r^2/2)'' = r'^2 + r r''
            if R1 is not None:
                curv = curv + R1 * R1
            if R2 is not None:
                curv = curv + 2 * R0 * R2
            return Jet(value, slope, total(curv, half=True)), None
        # hinge: relu(1 - y z) with z = O/E and y = Yn/YD; margin = (E YD - Yn O) / (E YD)
        G = (E * self.YD)[:, 0]
        M0 = (E * self.YD - self.Y * _obj(O0))[:, 0]
        margins = np.array([(m > 0) - (m < 0) for m in M0], dtype=np.int8)

        def active_sum(M):
            return sum((Fraction(int(m), int(g)) for m, g, s in zip(M, G, margins) if s > 0), zero)

        value = active_sum(M0)
        if not order:
            return value, margins
        jets = [zero if O is None else active_sum((-self.Y * _obj(O))[:, 0]) for O in (O1, O2)]
        return Jet(value, *jets), margins

    def run(self, point: Vec, direction: Vec | None = None):
        """(last state, loss value or jet, margin signs) at the point (along the direction: jets)."""
        order = 0 if direction is None else 2
        if direction is None:
            D, P, U = point.den, point.num, None
        else:
            D = point.den * direction.den // math.gcd(point.den, direction.den)
            P, U = point.over(D), direction.over(D)
        layers = self.split(P)
        ulayers = self.split(U) if U is not None else [(None, None)] * len(layers)
        state = self.start()
        for l, ((W, b), (UW, Ub)) in enumerate(zip(layers, ulayers)):
            state = self.layer(state, l, W, b, D, UW, Ub, order)
        result, margins = self.loss(state, order)
        return state, result, margins

    def value(self, point: Vec) -> Fraction:
        """The loss at the point, exactly."""
        return self.run(point)[1]

    def values(self, points: list[Vec], changed: list | None = None) -> list[Fraction]:
        """The loss at each point, exactly (the same numbers as ``value`` point by point), sharing work: the first
        point runs in full and every further point's pre-activations come from the first point's by the identity
        H' W'^T = H W^T + H (W' - W)^T + (H' - H) W'^T, whose correction products touch only the weight rows where
        W' differs from W and the input columns where H' differs from H. (A midpoint certificate's three points
        differ in a few coordinates: about one full forward pass instead of three.) ``changed[j]``, when given, must hold
        every index where point j differs from point 0 (``changed[0]`` is not read); by default it is computed."""
        D = math.lcm(*[p.den for p in points])
        flat = [p.over(D) for p in points]
        params = [self.split(v) for v in flat]
        if changed is None:
            changed = [None] + [np.flatnonzero(v != flat[0]) for v in flat[1:]]
        states = [self.start() for _ in points]
        at = 0
        for l in range(len(self.widths) - 1):
            W0, b0 = params[0][l]
            ref = states[0]
            product = _restricted_product(ref.H[0], W0)
            if product is None:
                product = np.zeros((ref.H[0].shape[0], W0.shape[0]), dtype=np.int64)
            for j in range(len(points)):
                W, b = params[j][l]
                if j:
                    idx = changed[j][(changed[j] >= at) & (changed[j] < at + W.size)]
                    rows = np.unique((idx - at) // W.shape[1])
                prod = product if j == 0 else _product_from(product, ref.H[0], W0, states[j].H[0], W, rows)
                Z0 = self.preactivation(states[j].H[0], states[j].E, W, b, product=prod)
                states[j] = self.activate(states[j], l, [Z0, None, None], D)
            at += W0.size + (0 if b0 is None else b0.size)
        return [self.loss(state)[0] for state in states]

    def curvature(self, point: Vec, direction: Vec, as_array: bool = False) -> tuple[Jet, list[int]]:
        """(jet of t -> loss(p + t u) at 0, kink pattern); ``CertificateError`` if a kink is not strict."""
        state, jet, margins = self.run(point, direction)
        return jet, self.strict_pattern(state.signs, margins, as_array)

    def strict_pattern(self, signs: list, margins, as_array: bool = False):
        """The kink pattern as a list (an int8 array ``as_array``); the generic evaluator's error at the first kink
        on its switching point."""
        pattern = self.pattern(signs, margins)
        zeros = np.flatnonzero(pattern == 0)
        if len(zeros):
            codes = self.pattern([None if s is None else np.full(s.shape, self._code(l), np.int8)
                                  for l, s in enumerate(signs)],
                                 None if margins is None else np.full(margins.shape, 1, np.int8))
            what = "relu" if codes[zeros[0]] == 1 else "leaky_relu"
            raise CertificateError(f"{what}: the point is not strictly inside a smooth piece (argument 0)")
        return pattern if as_array else pattern.tolist()

    def _code(self, l: int) -> int:
        return 1 if self.acts[l][0] == "relu" else 2

    def pattern(self, signs: list, margins) -> np.ndarray:
        """Kink branches in the generic evaluator's order (see the module docstring)."""
        n = self.n
        prefix = np.zeros((n, 0), dtype=np.int8)
        L = len(self.widths) - 1
        for l in range(L):
            k = self.widths[l + 1]
            block = np.broadcast_to(prefix[:, None, :], (n, k, prefix.shape[1]))
            if signs[l] is not None:
                block = np.concatenate([block, signs[l][:, :, None].astype(np.int8)], axis=2)
            prefix = np.ascontiguousarray(block).reshape(n, -1)
        # prefix now holds, per data point, the patterns of every output unit in turn
        if self.loss_kind == "hinge":
            prefix = np.concatenate([prefix, margins.reshape(n, 1).astype(np.int8)], axis=1)
        return prefix.reshape(-1)


def compile_spec(spec) -> FastNet | None:
    """A ``FastNet`` for a qualifying spec, None otherwise (invalid specs included: the generic path reports)."""
    table = _data_table(spec)
    return FastNet(spec, table) if table is not None and _fast_kind(spec) else None


#: Recently compiled specs, keyed by the subject digest computed from them (see ``digest_and_compile``).
_COMPILED: dict[str, FastNet] = {}
COMPILED_KEEP = 2


def digest_and_compile(variables, function, network, domain) -> tuple[str | None, FastNet | None]:
    """(``subject_digest`` of the subject, ``compile_spec(network)``), remembering the compiled net under that
    digest for the next call with the same subject (a checker re-verifying a certificate it was just handed).

    Sound: a remembered FastNet was built by ``compile_spec`` from a spec with the same SHA-256 digest, so from
    the same spec content; its arrays are made read-only. The digest is None when the subject cannot be hashed
    (not JSON: the caller's validation reports it), and then nothing is remembered."""
    try:
        digest = subject_digest(variables, function, network, domain)
    except (TypeError, ValueError):
        return None, compile_spec(network)
    net = _COMPILED.get(digest)
    if net is None:
        net = compile_spec(network)
        if net is not None:
            for array in (net.X, net.XD, net.Y, net.YD):
                array.flags.writeable = False
            while len(_COMPILED) >= COMPILED_KEEP:
                _COMPILED.pop(next(iter(_COMPILED)))
            _COMPILED[digest] = net
    return digest, net


def network_subject(cert, fast: bool):
    """(the loss of a certificate about a network spec, the digest when computed on the way): the spec's own loss
    tree (``check.network.loss_tree``) or, with ``fast`` and a spec that qualifies, a ``FastNet`` (after the same
    checks with the same errors; nothing of size weights x data is built). The variables must be empty (the spec's
    parameter names, implicitly) or exactly the spec's parameter names in order."""
    if cert.parameters:
        raise CertificateError("parameters: a network certificate has none")
    implicit, digest, net = len(cert.variables) == 0, None, None
    if fast:  # the digest first: a spec compiled moments ago is not compiled again
        digest, net = digest_and_compile(cert.variables, None, cert.network, cert.domain)
        if net is not None and (implicit or net.has_parameters(cert.variables)):
            return net, digest
    tree = loss_tree(cert.network) if net is None else net
    expected = spec_parameter_names(cert.network)
    if not implicit and list(cert.variables) != expected:
        raise CertificateError(f"variables: found {len(cert.variables)} names, the network spec has parameters "
                               f"{expected[:4]}... ({len(expected)})")
    return tree, digest


def midpoint_values(net: FastNet, cert, lam: Fraction, check_domain) -> list:
    """f(a), f(b), f(m) of a midpoint certificate about ``net``, by three exact forward passes sharing the work of
    the coordinates a, b and m have in common, after checking a != b, the stated m = lam a + (1 - lam) b and the
    domain at the three points (``check_domain``)."""
    a, b = net.vector(cert.a, "a"), net.vector(cert.b, "b")
    where = a.differences(b)  # every index where a and b differ (shared by the checks below)
    if len(where) == 0:
        raise CertificateError("a, b: the two points must differ")
    m = net.vector(cert.m, "m")
    if not a.combination_equals(lam, b, m, where=where):
        head = a.part(0, 4).combine(lam, b.part(0, 4)).fractions(4)
        raise CertificateError(f"m: lam a + (1 - lam) b = ({', '.join(map(str, head))}...), certificate states "
                               f"({', '.join(map(str, cert.m[:4]))}...)")
    for label, point in (("a", a), ("b", b), ("m", m)) if cert.domain else ():
        check_domain(cert, point.fractions(), f"point {label}", strict=False)
    m_changed = where[m.take(where).differences(a.take(where))]  # m = a wherever a = b
    return net.values([a, b, m], [None, where, m_changed])


def curvature_jet(net: FastNet, cert, check_domain):
    """(the jet of t -> loss(p + t u) at 0, the kink pattern as a list) for a curvature certificate about ``net``,
    after checking u != 0 and p interior to the domain (``check_domain``)."""
    p, u = net.vector(cert.point, "point"), net.vector(cert.direction, "direction")
    if u.is_zero():
        raise CertificateError("direction: must be nonzero")
    if cert.domain:
        check_domain(cert, p.fractions(), "point", strict=True)
    jet, pattern = net.curvature(p, u, as_array=True)
    return jet, pattern.tolist()


def forget_compiled() -> None:
    """Empty the cache of ``digest_and_compile`` (benchmarks measuring cold runs)."""
    _COMPILED.clear()


__all__ = ["BACKENDS", "FastNet", "Vec", "choose_backend", "compile_spec", "curvature_jet", "digest_and_compile",
           "float_plan", "matmul", "midpoint_values", "network_subject", "parameter_count", "parameter_names",
           "parse_vector", "qualifies", "use_backend"]
