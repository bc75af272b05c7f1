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

1. ``float64``: numpy/BLAS on float64 when an a-priori bound shows every partial sum of every dot product is
   an integer below 2^53 (then every rounding is exact). The bound is
   min(max_i sum_j |A_ij| * max|B|, max|A| * max_k sum_j |B_jk|). When it fails but entries fit in 62 bits, the
   operand with the larger entries is split into at most ``MAX_LIMBS`` signed limbs of s bits, each limb product
   satisfying the same bound, and the exact results are recombined with shifts.
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
import warnings
from fractions import Fraction
from functools import lru_cache

import numpy as np

from ..certificates import parse_coordinate, parse_rational
from ..certificates import subject_digest as _generic_digest
from ..errors import CertificateError
from .network import activation_of, validate_spec
from .numbers import Jet

try:  # pragma: no cover - exercised by whichever environment runs the tests
    import flint
except ImportError:  # pragma: no cover
    flint = None

BACKENDS = ("float64", "flint", "python")
#: Largest magnitude kept in int64 arrays (products and sums are checked against it before they are formed).
SAFE = 1 << 62
#: Exact float64 arithmetic on integers: every partial sum must stay below this.
EXACT_FLOAT = 1 << 53
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
    """max_i sum_j |a_ij| (int64 input), or None when it might overflow int64."""
    if a.size == 0:
        return 0
    if maxabs(a) * a.shape[1] >= SAFE:
        return None
    return int(np.abs(a).sum(axis=1).max())


def float_plan(a: np.ndarray, b: np.ndarray) -> tuple[str, int, int] | None:
    """How float64 can multiply a @ b exactly: ("direct", 1, 0), ("split_a" or "split_b", limbs, bits), or
    None. Both operands must be int64 arrays."""
    if a.dtype == object or b.dtype == object:
        return None
    ma, mb = maxabs(a), maxabs(b)
    if ma == 0 or mb == 0:
        return ("direct", 1, 0)
    rows_a, cols_b = _abs_rowsum_max(a), _abs_rowsum_max(b.T)
    bounds = [x for x in (None if rows_a is None else rows_a * mb, None if cols_b is None else ma * cols_b)
              if x is not None]
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
    a, b = _shrink(a), _shrink(b)
    if float_plan(a, b) is not None:
        return "float64"
    return "flint" if flint is not None else "python"


def _float_direct(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.asarray(a, dtype=np.float64) @ np.asarray(b, dtype=np.float64)
    return out.astype(np.int64)


def _limbs(x: np.ndarray, count: int, bits: int) -> list[np.ndarray]:
    sign = np.sign(x)
    mag = np.abs(x)
    mask = (1 << bits) - 1
    return [sign * ((mag >> (bits * t)) & mask) for t in range(count)]


def _matmul_float(a: np.ndarray, b: np.ndarray, plan) -> np.ndarray:
    kind, count, bits = plan
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
    a, b = _shrink(np.asarray(a)), _shrink(np.asarray(b))
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

    def part(self, start: int, stop: int) -> "Vec":
        return Vec(self.num[start:stop], self.den)

    def combination_equals(self, lam: Fraction, other: "Vec", target: "Vec", chunk: int = 1 << 18) -> bool:
        """Is ``target`` = lam * self + (1 - lam) * other? (``combine`` and ``==``, a slice at a time: no temporary
        array of the vector's size)"""
        return len(self) == len(other) == len(target) and all(
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
    a ``Vec``; the errors are the generic checker's (``_vector``, ``certificates.parse_coordinate``)."""
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
    """``certificates.subject_digest``, computed without re-serializing the parameter names when they are the
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


def _data_table(spec) -> dict | None:
    """{string: Fraction} for every number in a spec's inputs and targets when ``validate_spec`` accepts the
    spec, else None. The same checks as ``validate_spec``, with each distinct number parsed once."""
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
        distinct = {v for rows in (inputs, targets) for row in rows for v in row}
        return {v: parse_rational(v) for v in distinct}
    except (TypeError, CertificateError):
        return None


def _data_matrix(rows: list, table: dict, width: int) -> tuple[np.ndarray, np.ndarray]:
    """(X, XD): the rows of number strings as integer numerators X (n, width) over per-row denominators XD (n, 1),
    XD_i the lcm of row i's denominators. In int64 (numpy, no per-entry Python arithmetic) when the lcm of every
    distinct denominator and every scaled numerator stay below ``SAFE``; else exactly with Python integers."""
    keys = list(table)
    nums = [table[k].numerator for k in keys]
    dens = [table[k].denominator for k in keys]
    common = math.lcm(*dens)  # every row's lcm divides it: no int64 overflow below
    if common < SAFE and max(map(abs, nums)) * common < SAFE:
        index = {k: i for i, k in enumerate(keys)}
        codes = np.fromiter(map(index.__getitem__, itertools.chain.from_iterable(rows)), dtype=np.intp,
                            count=len(rows) * width).reshape(len(rows), width)
        den = np.array(dens, dtype=np.int64)[codes]
        row_den = np.lcm.reduce(den, axis=1).reshape(-1, 1)
        return np.array(nums, dtype=np.int64)[codes] * (row_den // den), row_den
    fracs = [[table[v] for v in x] for x in rows]
    row_dens = [math.lcm(*[v.denominator for v in r]) for r in fracs]
    X = _shrink(np.array([[v.numerator * (d // v.denominator) for v in r] for r, d in zip(fracs, row_dens)],
                         dtype=object).reshape(len(fracs), width))
    return X, _column(row_dens)


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
    """h @ w.T computed only over the columns where h is nonzero and rows where w is nonzero (None = 0)."""
    if h is None or w is None:
        return None
    cols = np.flatnonzero(h.any(axis=0))
    rows = np.flatnonzero(w.any(axis=1))
    if len(cols) == 0 or len(rows) == 0:
        return None
    if len(rows) == w.shape[0]:
        part = matmul(h[:, cols], w[:, cols].T) if len(cols) < h.shape[1] else matmul(h, w.T)
        return part
    part = matmul(h[:, cols], w[np.ix_(rows, cols)].T)
    out = np.zeros((h.shape[0], w.shape[0]), dtype=part.dtype)
    out[:, rows] = part
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
        self.spec = spec
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

    def layer(self, state: State, l: int, W, b, D: int, UW=None, Ub=None, order: int = 0) -> State:
        """Layer l (0-based) on ``state`` with weights (W, b)/D and direction (UW, Ub)/D (jets to ``order``)."""
        H0, H1, H2 = state.H
        E = state.E
        Z0 = _restricted_product(H0, W)  # skips all-zero weight rows (and all-zero input columns)
        if Z0 is None:
            Z0 = np.zeros((H0.shape[0], W.shape[0]), dtype=np.int64)
        if b is not None:
            Z0 = _add(Z0, _mul(E, b.reshape(1, -1)))
        Z1 = Z2 = None
        if order:
            bias_u = _mul(E, Ub.reshape(1, -1)) if Ub is not None and Ub.any() else None
            Z1 = _sum(_restricted_product(H1, W), _restricted_product(H0, UW), bias_u)
            Z2 = _sum(_restricted_product(H2, W), _restricted_product(H1, UW))
        E = _mul(E, _scalar_array(D))
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

    def curvature(self, point: Vec, direction: Vec) -> tuple[Jet, list[int]]:
        """(jet of t -> loss(p + t u) at 0, kink pattern); ``CertificateError`` if a kink is not strict."""
        state, jet, margins = self.run(point, direction)
        return jet, self.strict_pattern(state.signs, margins)

    def strict_pattern(self, signs: list, margins) -> list[int]:
        """The kink pattern as a list; the generic evaluator's error at the first kink on its switching point."""
        pattern = self.pattern(signs, margins)
        zeros = np.flatnonzero(pattern == 0)
        if len(zeros):
            codes = self.pattern([None if s is None else np.full(s.shape, self._code(l), np.int8)
                                  for l, s in enumerate(signs)],
                                 None if margins is None else np.full(margins.shape, 1, np.int8))
            what = "relu" if codes[zeros[0]] == 1 else "leaky_relu"
            raise CertificateError(f"{what}: the point is not strictly inside a smooth piece (argument 0)")
        return pattern.tolist()

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


__all__ = ["BACKENDS", "FastNet", "Vec", "choose_backend", "compile_spec", "float_plan", "matmul",
           "parameter_count", "parameter_names", "parse_vector", "qualifies", "use_backend"]
