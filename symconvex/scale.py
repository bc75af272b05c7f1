r"""Exact certificates for large networks, built from the spec without expanding the loss.

``certify_large(spec)`` constructs points where a certificate exists *by construction* (no search), computes
the stated numbers with the finders' own exact integer forward pass (``forward.IntegerNet``, which shares no
code with the checker's), and returns certificates that name the spec (``network=spec``);
``symconvex.check.verify`` re-runs its own forward pass on each. Every coordinate is a JSON integer (no string
work at any size).

Above ``COMPACT_ABOVE`` parameters (or with ``compact=True``) the certificates are *compact*: ``variables`` is
empty (the spec's parameter names, implicitly: no list of millions of names is built, and the digest is over the
empty list) and the vectors are read-only numpy integer arrays of the narrowest width that holds them (int8 at a
blind point, int16 at a dense one), handed to the checker's fast path as they are (``to_json`` writes them as
JSON integers). Smaller nets get explicit names and tuples of ints.

Setting: identity / relu / leaky_relu hidden layers with biases, identity output, squared or hinge loss.

The default base point is *data-blind*: the first hidden layer has input weights 0 and biases in {1, 2, 3}, deeper
hidden layers weights and biases in {1, 2, 3}. Every hidden pre-activation is then a positive integer, the same
at every data point (every unit active: its kink strictly on the linear side), so every hidden activation and
every output is the same number for every data point, computed on one row.

Curvature (both statements at one point p). Only output 1 reads the last hidden layer (weights V > 0 from
every unit; other outputs have weights 0 and are their biases c_o), so output 1 is o = V sum_j h_j + c_1.

- squared loss: c_o makes every residual sum R_o = sum_i (o_o - y_io) lie in (n, 2n]. Not convex: u pairs
  unit 1's output weight with its bias, u = (V, -h_1)/g on (v_11, b_1) (g = gcd(V, h_1)): o moves by
  t (V h_1 - h_1 V)/g - (V h_1/g^2) t^2, so phi'' = -2 V h_1 R_1/g^2 < 0. Not concave: u = output 1's bias,
  phi'' = n > 0.
- hinge loss (one output): V = 1 and o is 0 (every margin 1 - y_i o is active) or a threshold putting the
  margins of one sign of y inactive; on the active set A, phi'' = -2 s Y_A for u = (1, s) on (v_11, b_1),
  Y_A = sum_A y_i != 0, so s = +-sign(Y_A) refutes convexity / concavity.

No coordinate is inert (every one-number tampered twin of p or u changes the stated value, slope, second
derivative or kink pattern), whenever no data column is 0 (a weight on an all-zero input column does not occur
in the loss at all: nothing can bind it). The argument: a +1 change of one coordinate t that keeps the kink
pattern moves the outputs by g = d o / d theta_t exactly (in a fixed pattern the network is affine in each
single coordinate); a pattern change or a kink on 0 is rejected by the pattern check anyway. Every weight is
positive, so every coordinate but a first-layer weight W1[a, c] moves the outputs by the same gamma_o >= 0 at
every data point (gamma_1 > 0 unless t is c_o or an output weight of output o >= 2); W1[a, c] moves output 1
by J_a x_ic with J_a >= V.

- squared loss, V > 2 |<e, x_c>| / |x_c|^2 for every column c (e_i = mean(y) - y_i, output 1): value change
  <r, g> + |g|^2 / 2, slope change (direction twin) grad_t f = <r, g>, second-derivative change (direction twin)
  2 (H u)_t + |g|^2. Constant gamma: value and gradient change by sum_o gamma_o R_o (+ n |gamma|^2 / 2) > 0.
  W1[a, c]: if sum_i x_ic = 0 the value changes by J <e, x_c> + J^2 |x_c|^2 / 2 > 0; otherwise the
  not-convex phi'' (whose u touches only unit 1) or the not-concave slope R_1 moves by J sum_i x_ic != 0, or
  (a feeding unit 1) the not-convex slope becomes alpha K (R_1/n sum x_c + <e, x_c> + J |x_c|^2) > 0. For a
  direction twin with grad_t f = 0, the second derivative moves by J^2 |x_c|^2 (+ 2 alpha K <r, x_c> = 0) for
  the not-convex u, and by 2 J sum x_c + J^2 |x_c|^2 != 0 for the not-concave u (R_1 > n rules out the equality).
- hinge loss: f is affine in each coordinate near p, so every twin changes the value or the slope by
  grad_t f = -sum_A y_i g_i: -gamma Y_A != 0, or -J_a s_c with s_c = sum_A y_i x_ic. The threshold is picked
  among 0, below and above so that no nonzero column has s_c = 0 (when one exists; a column with s_c = 0 for
  every choice is reported in the note, and its weights stay unbound).

Dense base (``base="dense"``): the first hidden layer's input weights are drawn uniformly from {-4, ..., 3} and
each unit's bias is the least integer making it strictly active at every data point, plus a random 0..2 (from
the exact product X W^T, so the exact forward pass does all the n x k x d work a float64 one does); deeper
layers as above. The same constructions run on it with per-data-point hidden values (``_curvature_dense``
states its algebra); the coordinates are not bound one by one by an argument, but the tests find every
one-number twin rejected on the nets they build.

Midpoint (hidden-unit symmetry, on the same kind of data-blind point, or a dense one): in the last hidden layer, a has units
1, 2 = (0, +1, v), (0, -1, v) (input weights 0, bias, output weight to output 1); b swaps them (the loss is
the same); m = (a + b)/2 has both at (0, 0, v), which output sigma(0) = 0. So f(a) = f(b) = loss with output 1
shifted by w = v (1 - alpha), f(m) = loss unshifted: f(a) - f(m) = w R + n w^2 / 2 (squared) or -w G (hinge,
|w| < 2), and v = -/+ ceil(1/(1 - alpha)) gives the sign wanted. For identity hidden units (alpha = 1) b flips
unit 1 to (0, -1, -v) instead of swapping. Every twin of a midpoint certificate is caught by the stated m.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from .certificates import Certificate, CurvatureCertificate, MidpointCertificate, rational_to_str, subject_digest
from .errors import InputError
from .forward import IntegerNet, State, int_matmul, int_mul, magnitude, product_t

KINDS = ("curvature", "midpoint")
BASES = ("blind", "dense")
#: Above this many parameters certificates are compact by default (implicit names, numpy vectors).
COMPACT_ABOVE = 10_000


def _ints(values: np.ndarray) -> tuple[int, ...]:
    """Integer array -> tuple of Python ints (a sparse vector: a tuple of 0 patched at its nonzeros)."""
    nonzero = np.flatnonzero(values)
    if len(nonzero) * 8 < values.size:
        out = [0] * values.size
        for i, v in zip(nonzero.tolist(), values[nonzero].tolist()):
            out[i] = v
        return tuple(out)
    return tuple(values.tolist())


def _frozen(values: np.ndarray) -> np.ndarray:
    """The array itself, made read-only (a certificate is immutable)."""
    values.flags.writeable = False
    return values


def _head(net, hidden: State, W, b, UW=None, Ub=None, order: int = 0):
    """Output layer and loss from the last hidden state (cheap: n x k x m)."""
    out = net.layer(hidden, len(net.widths) - 2, W, b, 1, UW, Ub, order)
    result, margins = net.loss(out, order)
    return out, result, margins


_DTYPES = (np.int8, np.int16, np.int32, np.int64)


def _dtype_for(*values) -> type:
    """The narrowest signed integer dtype holding every value (coordinates are small: mostly int8)."""
    big = max((abs(int(v)) for v in values), default=0)
    for dtype in _DTYPES:
        if big <= np.iinfo(dtype).max:
            return dtype
    raise InputError(f"certify_large: a coordinate of {big.bit_length()} bits does not fit in 64 bits")


def _room(flat: np.ndarray, *values) -> np.ndarray:
    """``flat``, or a widened copy of it, with a dtype that holds ``values`` as well."""
    dtype = _dtype_for(*values)
    return flat if np.iinfo(dtype).max <= np.iinfo(flat.dtype).max else flat.astype(dtype)


def _base_point(net, rng, special: str | None, dense: bool) -> np.ndarray:
    """The flat integer base point: first hidden layer (0, b in {1,2,3}) -- or, ``dense``, input weights drawn
    uniformly from {-4, ..., 3} (biases set later by ``_hidden``) --, deeper hidden layers weights and biases
    in {1,2,3}, output layer 0. ``special`` resets units 1 (and 2) of the last hidden layer to input weights 0
    and bias +1 (and -1): "flip" / "swap"."""
    L = len(net.widths) - 1
    # widened by _room when a larger coordinate is set (a dense point's biases mostly fit 16 bits)
    flat = np.zeros(net.size, dtype=np.int16 if dense else np.int8)
    layers = net.split(flat)
    for l in range(L - 1):
        W, b = layers[l]
        b[:] = rng.integers(1, 4, size=b.shape)
        if l > 0:
            W[:] = rng.integers(1, 4, size=W.shape)
        elif dense:  # random signed bytes shifted right by 5: uniform on -4..3 (raw 64-bit words: cheap at millions)
            raw = rng.bit_generator.random_raw(-(-W.size // 8)).view(np.int8)[:W.size]
            W[:] = np.right_shift(raw, 5, out=raw).reshape(W.shape)
    W, b = layers[L - 2]
    if special is not None:
        W[0], b[0] = 0, 1
        if special == "swap":
            W[1], b[1] = 0, -1
    return flat


def _activating_biases(net, flat: np.ndarray, rng) -> tuple[np.ndarray, np.ndarray]:
    """(flat, first-layer product X W^T): every first-layer unit with a nonzero input weight gets the bias
    b_j = floor(max_i -(x_i . w_j)) + 1 + r_j (r_j in {0, 1, 2}) > -(x_i . w_j), so that x_i . w_j + b_j > 0 at
    every data point: each unit is strictly active everywhere (computed from the exact product, which is
    returned)."""
    W, _ = net.split(flat)[0]
    product = product_t(net.X, W)
    rows = np.flatnonzero(W.any(axis=1))
    if product is None or not len(rows):
        return flat, product
    need = np.floor_divide(int_mul(product[:, rows], -1), net.XD).max(axis=0) + 1
    need = need + rng.integers(0, 3, size=need.shape)
    flat = _room(flat, magnitude(np.asarray(need)))
    net.split(flat)[0][1][rows] = need
    return flat, product


class _Hidden:
    """The input state of the last hidden layer and that layer's pre-activation numerators Z0 (one row when
    every data point gives the same row, at a blind point; else one row per data point)."""

    __slots__ = ("before", "Z0")

    def __init__(self, before: State, Z0):
        self.before, self.Z0 = before, Z0


def _hidden(net, flat: np.ndarray, dense: bool, rng) -> tuple[np.ndarray, _Hidden]:
    """(flat, _Hidden) at a base point: at a blind point on one row (the first layer's input weights are 0, so
    every data point gives the same row); at a dense point for every data point, after ``_activating_biases``."""
    L = len(net.widths) - 1
    product = None
    if dense:
        flat, product = _activating_biases(net, flat, rng)
        state = net.start()
    else:
        state = State([np.zeros((1, net.widths[0]), dtype=np.int64), None, None], np.ones((1, 1), dtype=np.int64),
                      [])
    layers = net.split(flat)
    for l in range(L - 1):
        W, b = layers[l]
        Z0 = net.preactivation(state.H[0], state.E, W, b, product if l == 0 else None)
        if l == L - 2:
            return flat, _Hidden(state, Z0)
        state = net.activate(state, l, [Z0, None, None], 1)
    raise AssertionError("no hidden layer")  # pragma: no cover - certify_large returns [] before


def _activated(net, hidden: _Hidden, Ub=None) -> State:
    """The last hidden layer's state for the n data points, with degree-2 jets along a direction ``Ub`` on its
    biases (the only direction coordinates below the output layer: Z1 = E Ub, Z2 = 0)."""
    before = hidden.before
    Z1 = None if Ub is None or not Ub.any() else int_mul(before.E, Ub.reshape(1, -1))
    state = net.activate(before, len(net.widths) - 3, [hidden.Z0, Z1, None], 1)
    if state.E.shape[0] == net.n:
        return state
    rep = lambda a: None if a is None else np.repeat(a, net.n, axis=0)
    return State([rep(h) for h in state.H], rep(state.E), [rep(sg) for sg in state.signs])


def _targets(net, o: int) -> list[Fraction]:
    """The targets of output o (0-based), one per data point, as exact rationals."""
    return [Fraction(int(v), int(dd)) for v, dd in zip(net.Y[:, o], net.YD[:, 0])]


def _residual_bias(net, o: int) -> int:
    """The bias c of an output o that reads no hidden unit, putting its residual sum R_o = n c - sum_i y_io in
    (n, 2n]."""
    return math.floor(sum(_targets(net, o), Fraction(0)) / net.n) + 2


def _column_sums(net, w) -> tuple[list[int], int]:
    """(S, D) with sum_i w_i x_ic = S_c / D exactly for every input column c (w: n Fractions)."""
    E = [int(e) for e in net.XD[:, 0]]
    L = math.lcm(*E)
    Dw = math.lcm(*[q.denominator for q in w])
    wn = np.array([(q.numerator * (Dw // q.denominator)) * (L // e) for q, e in zip(w, E)], dtype=object)
    S = int_matmul(wn.reshape(1, -1), net.X)
    return [int(v) for v in S[0].tolist()], Dw * L


def _column_norms(net) -> tuple[list[int], int]:
    """(B, D) with sum_i x_ic^2 = B_c / D exactly for every input column c."""
    E = [int(e) for e in net.XD[:, 0]]
    L = math.lcm(*E)
    Xs = int_mul(net.X, np.array([L // e for e in E], dtype=object).reshape(-1, 1))
    sq = int_mul(Xs, Xs)
    B = int_matmul(np.ones((1, net.n), dtype=np.int64), sq)
    return [int(v) for v in B[0].tolist()], L * L


def _scale_squared(net) -> int:
    """The output weight V: the least positive integer with V |x_c|^2 > 2 |<e, x_c>| for every nonzero column
    (e_i = mean(y) - y_i for output 1): see the module docstring."""
    y = _targets(net, 0)
    mean = sum(y, Fraction(0)) / net.n
    S, DS = _column_sums(net, [mean - yi for yi in y])
    B, DB = _column_norms(net)
    V = 1
    for s, b in zip(S, B):
        if b:  # V > 2 |s / DS| / (b / DB)
            V = max(V, (2 * abs(s) * DB) // (DS * b) + 1)
    return V


def _hinge_threshold(net) -> tuple[Fraction, list[Fraction], int] | None:
    """(output value o, active weights w_i = y_i [margin i active], number of nonzero columns c with
    sum_i w_i x_ic = 0) for the best of o = 0 / below / above every 1 / y_i; None when every target is 0."""
    y = _targets(net, 0)
    candidates = [Fraction(0)]
    if any(yi < 0 for yi in y):
        candidates.append(Fraction(math.floor(min(1 / yi for yi in y if yi < 0)) - 1))
    if any(yi > 0 for yi in y):
        candidates.append(Fraction(math.ceil(max(1 / yi for yi in y if yi > 0)) + 1))
    nonzero_columns = np.flatnonzero((net.X != 0).any(axis=0))
    best = None
    for o in candidates:
        w = [yi if 1 - yi * o > 0 else Fraction(0) for yi in y]
        if sum(w) == 0:
            continue
        S, _ = _column_sums(net, w)
        bad = sum(1 for c in nonzero_columns.tolist() if S[c] == 0)
        if best is None or bad < best[2]:
            best = (o, w, bad)
        if bad == 0:
            break
    return best


def certify_large(spec_or_network, *, kinds=KINDS, refutes=("convex", "concave"), seed: int = 0,
                  compact: bool | None = None, base: str = "blind") -> list[Certificate]:
    """Certificates that the loss of a (large) network is neither convex nor concave, built by construction.

    Returns curvature and/or midpoint certificates (``kinds``) refuting each of ``refutes``, all naming the spec,
    with integer coordinates; an empty list for a net without a hidden layer or with a constant hinge loss (no
    refutation exists). Raises ``InputError`` for a spec outside the setting (see the module docstring).
    ``compact`` (default: above ``COMPACT_ABOVE`` parameters): implicit parameter names and numpy vectors.
    ``base``: "blind" (first-layer input weights 0: every coordinate bound, see the module docstring) or "dense"
    (random first-layer weights, every unit active at every data point: a generic point, whose exact forward
    pass costs as much as a float64 one).

    >>> spec = {"layers": [1, 2, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
    ...         "inputs": [["1"], ["-2"]], "targets": [["0"], ["1"]]}
    >>> from symconvex.check import verify
    >>> sorted(verify(c) for c in certify_large(spec))
    ['not_concave', 'not_concave', 'not_convex', 'not_convex']
    """
    spec = getattr(spec_or_network, "spec", spec_or_network)
    try:
        net = IntegerNet(spec)  # the finders' own reading of the spec (the checker reads it again)
    except InputError as exc:
        raise InputError(f"certify_large: {exc}") from None
    if not spec["bias"]:
        raise InputError("certify_large: the construction needs a network with biases")
    if net.acts[-1][0] != "identity":
        raise InputError("certify_large: the construction needs an identity output layer")
    if any(k not in KINDS for k in kinds) or any(r not in ("convex", "concave") for r in refutes):
        raise InputError(f"certify_large: kinds must be among {KINDS}, refutes among convex, concave")
    if base not in BASES:
        raise InputError(f"certify_large: base must be one of {BASES}, found {base!r}")
    if len(net.widths) - 1 < 2:
        return []
    if compact is None:
        compact = net.size > COMPACT_ABOVE
    names = () if compact else net.names()
    digest = subject_digest(names, None, spec, ())
    vec = _frozen if compact else _ints
    certs: list[Certificate] = []
    if "curvature" in kinds:
        certs += _curvature(net, spec, names, digest, refutes, np.random.default_rng(seed), vec, base == "dense")
    if "midpoint" in kinds:
        certs += _midpoint(net, spec, names, digest, refutes, np.random.default_rng(seed), vec, base == "dense")
    return certs


def _rows(state: State, column: int) -> list[Fraction]:
    """Per data point: unit ``column`` of the state, as exact rationals."""
    return [Fraction(int(v), int(e)) for v, e in zip(state.H[0][:, column].tolist(), state.E[:, 0].tolist())]


def _curvature(net, spec, names, digest, refutes, rng, vec, dense) -> list[Certificate]:
    if dense:
        return _curvature_dense(net, spec, names, digest, refutes, rng, vec)
    widths, L = net.widths, len(net.widths) - 1
    m = widths[-1]
    flat = _base_point(net, rng, None, False)
    flat, parts = _hidden(net, flat, False, rng)
    layers = net.split(flat)
    hidden = _activated(net, parts)
    E0 = int(hidden.E[0, 0])
    H = hidden.H[0][0]
    assert (H > 0).all() and not (H % E0).any()  # positive integers by construction
    h1, total = int(H[0]) // E0, int(H.sum()) // E0
    bias_at, v_at, c_at = _positions(net, layers)
    WL, bL = layers[L - 1]
    unbound = 0
    if net.loss_kind == "squared":
        V = _scale_squared(net)
        outputs = [_residual_bias(net, o) for o in range(m)]
        outputs[0] -= V * total
        flat = _room(flat, V, *outputs)
        layers = net.split(flat)
        WL, bL = layers[L - 1]
        WL[0] = V
        bL[:] = outputs
        g = math.gcd(V, h1)
        directions = {"convex": {v_at: V // g, bias_at: -h1 // g}, "concave": {c_at: 1}}
        story = {"convex": (f"pairing direction: output weight V = {V} of hidden unit 1 (layer {L - 1}, value "
                            f"{h1} at every data point) with its bias, so that output 1 moves only at second order"),
                 "concave": "direction: the bias of output 1 (the squared loss is n t^2 / 2 + ... along it)"}
    else:
        choice = _hinge_threshold(net)
        if choice is None:
            return []  # every target is 0: the hinge loss is the constant n
        o, w, unbound = choice
        sign_y = 1 if sum(w) > 0 else -1
        flat = _room(flat, int(o) - total)
        layers = net.split(flat)
        WL, bL = layers[L - 1]
        WL[0] = 1
        bL[0] = int(o) - total
        directions = {"convex": {v_at: 1, bias_at: sign_y}, "concave": {v_at: 1, bias_at: -sign_y}}
        story = {target: (f"pairing direction: output weight of hidden unit 1 (layer {L - 1}) with its bias, "
                          f"slope {sign_y if target == 'convex' else -sign_y}; output {o} at every data point")
                 for target in ("convex", "concave")}
    point = vec(flat)
    certs = []
    for target in refutes:
        u = directions[target]
        note = story[target] + (f"; {unbound} input columns are orthogonal to the active targets: their first-layer "
                                f"weights are not bound by this certificate" if unbound else "")
        certs.append(_curvature_certificate(net, spec, names, digest, target, point, parts, u, bias_at, v_at,
                                            c_at, WL, bL, vec, note))
    return certs


def _curvature_certificate(net, spec, names, digest, target, point, parts, u, bias_at, v_at, c_at, WL, bL, vec,
                           note) -> CurvatureCertificate:
    """The curvature certificate for direction ``u`` ({flat index: value} on unit 1's bias, output 1's weight
    from unit 1 and output 1's bias), its numbers computed with exact jets (asserted to refute ``target``)."""
    k, m = net.widths[-2], net.widths[-1]
    Ub = np.zeros(k, dtype=np.int64)
    UW, Uc = np.zeros((m, k), dtype=np.int64), np.zeros(m, dtype=np.int64)
    Ub[0], UW[0, 0], Uc[0] = u.get(bias_at, 0), u.get(v_at, 0), u.get(c_at, 0)
    top, jet, margins = _head(net, _activated(net, parts, Ub), WL, bL, UW, Uc, 2)
    second = 2 * jet[2]
    if (second < 0) != (target == "convex") or second == 0:  # pragma: no cover - by construction
        raise AssertionError(f"certify_large: curvature {second} does not refute {target}ity")
    direction = np.zeros(net.size, dtype=_dtype_for(*u.values()))
    for at, value in u.items():
        direction[at] = value
    return CurvatureCertificate(
        variables=names, network=spec, refutes=target, point=point, direction=vec(direction),
        second_derivative=rational_to_str(second), value=rational_to_str(jet[0]),
        slope=rational_to_str(jet[1]), pattern=vec(net.strict_pattern(top.signs, margins)),
        digest=digest, note=note)


def _positions(net, layers) -> tuple[int, int, int]:
    """Flat indices of unit 1's bias (last hidden layer), output 1's weight from unit 1, output 1's bias."""
    L, k, m = len(net.widths) - 1, net.widths[-2], net.widths[-1]
    offsets = np.cumsum([0] + [W.size + b.size for W, b in layers])
    v_at = int(offsets[L - 1])
    return int(offsets[L - 2]) + layers[L - 2][0].size, v_at, v_at + m * k


def _curvature_dense(net, spec, names, digest, refutes, rng, vec) -> list[Certificate]:
    """At a dense point (see ``_base_point``, ``_activating_biases``: every hidden unit strictly active at every
    data point), output 1 reads unit 1 of the last hidden layer with weight 1 and every other unit with a random
    weight +-1 (so its bias stays small), the other outputs read nothing. Along u = (+1 on v_11, beta on b_1),
    output 1 moves by t (h_i1 + beta) + beta t^2 at data point i.

    - squared loss, beta = -1: phi'' = sum_i (h_i1 - 1)^2 - 2 R_1 (R_1 = sum_i (o_i1 - y_i1)), made < 0 by
      output 1's bias: R_1 > sum_i (h_i1 - 1)^2 / 2. Not concave: u = output 1's bias, phi'' = n. The other
      outputs' biases put R_o in (n, 2n].
    - hinge loss, beta = s: phi'' = -2 s Y_A on the active set A (Y_A = sum_A y_i); output 1's bias puts every
      o_i below 1 / y_i (some y_i > 0: A = {y_i >= 0}, Y_A > 0) or above (all y_i <= 0: A = everything,
      Y_A < 0), never on it; s = +-sign(Y_A) refutes convexity / concavity."""
    n, m = net.n, net.widths[-1]
    L = len(net.widths) - 1
    flat, parts = _hidden(net, _base_point(net, rng, None, True), True, rng)
    hidden = _activated(net, parts)
    WL = np.zeros((m, net.widths[-2]), dtype=np.int64)
    WL[0] = rng.integers(0, 2, size=WL.shape[1]) * 2 - 1
    WL[0, 0] = 1
    out, _, _ = _head(net, hidden, WL, np.zeros(m, dtype=np.int64))
    h1, sums = _rows(hidden, 0), _rows(out, 0)  # sums: output 1 before its bias
    y = _targets(net, 0)
    if net.loss_kind == "squared":
        A = sum(((h - 1) ** 2 for h in h1), Fraction(0))
        S = sum((sj - yi for sj, yi in zip(sums, y)), Fraction(0))
        c = math.floor((A / 2 - S) / n) + 1  # R_1 = S + n c > A / 2
        others = [_residual_bias(net, o) for o in range(1, m)]
        biases, slopes = [c, *others], {"convex": -1}
    else:
        nonzero = [(1 / yi - sj, yi) for sj, yi in zip(sums, y) if yi != 0]
        if not nonzero:
            return []  # every target is 0: the hinge loss is the constant n
        positive = any(yi > 0 for _, yi in nonzero)
        c = math.floor(min(t for t, _ in nonzero)) - 1 if positive else math.ceil(max(t for t, _ in nonzero)) + 1
        sign_y = 1 if positive else -1
        biases, slopes = [c], {"convex": sign_y, "concave": -sign_y}
    flat = _room(flat, *biases)
    layers = net.split(flat)
    layers[L - 1][0][:] = WL
    WL, bL = layers[L - 1]
    bL[:] = biases
    bias_at, v_at, c_at = _positions(net, layers)
    point = vec(flat)
    certs = []
    for target in refutes:
        if target in slopes:
            u = {v_at: 1, bias_at: slopes[target]}
            note = (f"dense point, every hidden unit active at every data point; pairing direction: output 1's "
                    f"weight from unit 1 (layer {L - 1}) with that unit's bias, slope {slopes[target]}")
        else:
            u = {c_at: 1}
            note = "dense point; direction: the bias of output 1 (the squared loss is n t^2 / 2 + ... along it)"
        certs.append(_curvature_certificate(net, spec, names, digest, target, point, parts, u, bias_at, v_at,
                                            c_at, WL, bL, vec, note))
    return certs


def _midpoint(net, spec, names, digest, refutes, rng, vec, dense) -> list[Certificate]:
    """Midpoint certificates by hidden-unit symmetry (the module docstring's construction): on a base point whose
    last hidden layer has units 1 (and 2) with input weights 0 and biases +1 (and -1), a is the base with output 1
    reading them with weight v, b swaps units 1 and 2 (or, for identity units, flips unit 1's sign), so
    f(a) = f(b), and at m = (a + b) / 2 they output 0. One certificate per refuted side; none when the last
    hidden layer has one relu / leaky unit (nothing to swap) or every hinge target is 0."""
    L, k = len(net.widths) - 1, net.widths[-2]
    kind, alpha = net.acts[L - 2]
    alpha = Fraction(0) if kind == "relu" else (Fraction(1) if kind == "identity" else alpha)
    mode = "flip" if alpha == 1 else ("swap" if k >= 2 else None)
    if mode is None:
        return []
    flat, parts = _hidden(net, _base_point(net, rng, mode, dense), dense, rng)
    hidden = _activated(net, parts)
    WL, bL = _silent_readout(net, flat, mode, rng)
    shift = _output_bias(net, hidden, WL, bL)
    if shift is None:
        return []  # every target is 0: the hinge loss is the constant n
    c, sign_g = shift
    g = 1 - alpha if mode == "swap" else Fraction(1)  # output 1 moves by v g between the ends and the midpoint
    step = math.ceil(1 / g)
    flat = _room(flat, c, step)
    layers = net.split(flat)
    WL, bL = layers[L - 1]
    bL[0] = c
    bias_at, vL_at, _ = _positions(net, layers)
    certs = []
    for index, target in enumerate(refutes):
        v = (-step if target == "convex" else 1) if net.loss_kind == "squared" else \
            (1 if target == "convex" else -1) * sign_g * step
        last = index == len(refutes) - 1  # the base itself becomes the last certificate's a (millions of entries)
        a_vec, b_vec, m_vec = _symmetric_points(flat if last else flat.copy(), flat.copy(), mode, v, bias_at, vL_at)
        values = _symmetric_values(net, hidden, mode, v, WL, bL)
        gap = values["f(m)"] - (values["f(a)"] + values["f(b)"]) / 2
        if (gap > 0) != (target == "convex") or gap == 0:  # pragma: no cover - by construction
            raise AssertionError(f"certify_large: midpoint gap {gap} does not refute {target}ity")
        story = ("swapping hidden units 1 and 2" if mode == "swap" else "flipping the sign of hidden unit 1")
        certs.append(MidpointCertificate(
            variables=names, network=spec, refutes=target, a=vec(a_vec), b=vec(b_vec), lam="1/2",
            m=vec(m_vec), values={key: rational_to_str(val) for key, val in values.items()},
            digest=digest,
            note=(f"hidden-unit symmetry: b is a with {story} of layer {L - 1} (same loss); at the midpoint "
                  f"those units output 0, shifting output 1 by {v * g} relative to the ends")))
    return certs


def _silent_readout(net, flat: np.ndarray, mode: str, rng) -> tuple[np.ndarray, np.ndarray]:
    """Views (W, b) of the output layer in ``flat``, set to random weights and biases in {-3, ..., 3} except that
    no output reads unit 1 (nor unit 2, ``mode`` "swap") and output 1's bias is 0 (``_output_bias`` sets it)."""
    WL, bL = net.split(flat)[len(net.widths) - 2]
    m, k = net.widths[-1], net.widths[-2]
    WL[:] = rng.integers(-3, 4, size=(m, k))
    bL[:] = rng.integers(-3, 4, size=m)
    WL[:, 0] = 0
    if mode == "swap":
        WL[:, 1] = 0
    bL[0] = 0
    return WL, bL


def _output_bias(net, hidden: State, WL, bL) -> tuple[int, int] | None:
    """(c, s): output 1's bias c and the sign s of the loss's slope in output 1 there. Squared loss: the residual
    sum R = R0 + n c lies in [3n/2, 5n/2] (s = 1). Hinge loss: every margin of one sign of target active and the
    others inactive, strictly (c two below every 1 / y_i - o_i when some y_i > 0, s = 1; else two above, s = -1).
    None when every hinge target is 0."""
    out, _, _ = _head(net, hidden, WL, bL)
    o = [Fraction(int(v), int(e)) for v, e in zip(out.H[0][:, 0], out.E[:, 0])]
    y = _targets(net, 0)
    if net.loss_kind == "squared":
        return round(-sum((oi - yi for oi, yi in zip(o, y)), Fraction(0)) / net.n) + 2, 1
    t = [(1 - yi * oi) / yi for oi, yi in zip(o, y) if yi != 0]
    if any(yi > 0 for yi in y):
        return math.floor(min(t)) - 2, 1
    if any(yi < 0 for yi in y):
        return math.ceil(max(t)) + 2, -1
    return None


def _symmetric_points(a_vec: np.ndarray, b_vec: np.ndarray, mode: str, v: int, bias_at: int, vL_at: int):
    """(a, b, m) from two copies of the base point: output 1 reads unit 1 (and 2) with weight v in both; b swaps
    the biases +1, -1 of units 1 and 2 ("swap") or flips unit 1 to bias -1 and weight -v ("flip"); m = (a + b) / 2,
    formed only at the few coordinates where a and b differ (their sum is even there by construction)."""
    a_vec[vL_at] = b_vec[vL_at] = v
    if mode == "swap":
        a_vec[vL_at + 1] = b_vec[vL_at + 1] = v
        b_vec[bias_at], b_vec[bias_at + 1] = -1, 1
    else:
        b_vec[bias_at], b_vec[vL_at] = -1, -v
    m_vec = a_vec.copy()
    differ = np.array(sorted(i for i in {bias_at, bias_at + 1, vL_at, vL_at + 1} if a_vec[i] != b_vec[i]))
    twice = a_vec[differ].astype(np.int64) + b_vec[differ]
    assert not (twice % 2).any()  # by construction
    m_vec[differ] = twice // 2
    return a_vec, b_vec, m_vec


def _symmetric_values(net, hidden: State, mode: str, v: int, WL, bL) -> dict[str, Fraction]:
    """f(a), f(b), f(m) exactly, from the last hidden layer's values H at the base (its units 1 and 2 do not
    depend on the data: input weights 0): at b units 1 and 2 trade places ("swap") or unit 1 changes sign with
    its output weight ("flip"); at m they are 0. Only the output layer is evaluated again."""
    H0 = hidden.H[0]
    Ha, Hb, Hm = H0.copy(), H0.copy(), H0.copy()
    if mode == "swap":
        Hb[:, [0, 1]] = H0[:, [1, 0]]
        Hm[:, [0, 1]] = 0
    else:
        Hb[:, 0] = -H0[:, 0]
        Hm[:, 0] = 0
    WLa, WLb, WLm = (WL.copy() for _ in range(3))
    WLa[0, 0] = v
    WLb[0, 0] = v if mode == "swap" else -v
    WLm[0, 0] = v if mode == "swap" else 0
    if mode == "swap":
        WLa[0, 1] = WLb[0, 1] = WLm[0, 1] = v
    return {key: _head(net, State([H, None, None], hidden.E, hidden.signs), Wo, bL)[1]
            for key, H, Wo in (("f(a)", Ha, WLa), ("f(b)", Hb, WLb), ("f(m)", Hm, WLm))}


__all__ = ["certify_large"]
