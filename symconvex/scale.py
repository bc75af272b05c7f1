r"""Exact certificates for large networks, built from the spec without expanding the loss.

``certify_large(spec)`` constructs points where a certificate exists *by construction* (no search), computes
the stated numbers with exact integer forward passes (``check.fastnet``), and returns certificates that name
the spec (``network=spec``); ``symconvex.check.verify`` re-runs its own forward pass on each.

Setting: identity / relu / leaky_relu hidden layers with biases, identity output, squared or hinge loss. All
points are integer vectors. Every hidden layer gets small pseudo-random integer weights; a unit whose
pre-activation is exactly 0 at some data point is repaired by (w, b) -> (K w, K b + 1) with K = 1 + max E_i
(E_i the row denominators of its input): the new numerator K z + E_i is never 0. In the last hidden layer, unit 1
is the constant unit (w = 0, b = 1) and, for the midpoint, unit 2 is (w = 0, b = -1); their output weights are 0
at the base point. The output bias c of output 1 is then chosen from the exact base residuals.

Curvature (the direction pairs unit 1's output weight v with its input bias b): along
(v, b) = (t, 1 + s t) the unit adds t + s t^2 to output 1 at every data point, so

- squared loss: phi'' = n + 2 s R with R = sum_i (z_i - y_i) the residual sum; c puts R in [3n/2, 5n/2], so
  s = -2 refutes convexity (phi'' <= -n) and s = 0 refutes concavity (phi'' = n);
- hinge loss: phi'' = -2 s G with G = sum of y_i over the active margins; c makes every margin at least 2|y_i|
  away from its kink and G != 0, so s = sign(G) refutes convexity and s = -sign(G) concavity.

Midpoint (hidden-unit symmetry): a has units 1, 2 = (0, +1, v), (0, -1, v); b swaps them (the loss is the same);
m = (a + b)/2 has both at (0, 0, v), which output sigma(0) = 0. So f(a) = f(b) = loss with output 1 shifted by
w = v (1 - alpha), f(m) = loss unshifted: f(a) - f(m) = w R + n w^2 / 2 (squared) or -w G (hinge, |w| < 2),
and v = -/+ ceil(1/(1 - alpha)) gives the sign wanted. For identity hidden units (alpha = 1) b flips unit 1 to
(0, -1, -v) instead of swapping.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from .certificates import Certificate, CurvatureCertificate, MidpointCertificate, rational_to_str
from .check import fastnet
from .check.fastnet import State
from .errors import CertificateError, InputError

KINDS = ("curvature", "midpoint")


def _strings(values: np.ndarray) -> tuple[str, ...]:
    """Integer array -> tuple of their decimal strings (shared string objects from a small table)."""
    if values.size == 0:
        return ()
    nonzero = np.flatnonzero(values)
    if len(nonzero) * 8 < values.size:  # sparse (a direction): patch a tuple of "0"
        out = ["0"] * values.size
        for i in nonzero.tolist():
            out[i] = str(int(values[i]))
        return tuple(out)
    lo, hi = int(values.min()), int(values.max())
    if hi - lo <= 1 << 16:
        table = np.array([str(v) for v in range(lo, hi + 1)], dtype=object)
        return tuple(table[values - lo].tolist())
    return tuple(map(str, values.tolist()))


def _flat(params) -> np.ndarray:
    return np.concatenate([np.concatenate([W.ravel(), b]) for W, b in params])


def _head(net, hidden: State, W, b, UW=None, order: int = 0):
    """Output layer and loss from the last hidden state (cheap: n x k x m)."""
    out = net.layer(hidden, len(net.widths) - 2, W, b, 1, UW, None, order)
    result, margins = net.loss(out, order)
    return out, result, margins


def certify_large(spec_or_network, *, kinds=KINDS, refutes=("convex", "concave"), seed: int = 0) -> list[Certificate]:
    """Certificates that the loss of a (large) network is neither convex nor concave, built by construction.

    Returns curvature and/or midpoint certificates (``kinds``) refuting each of ``refutes``, all naming the spec;
    an empty list for a net without a hidden layer or with a constant hinge loss (no refutation exists).
    Raises ``InputError`` for a spec outside the setting (see the module docstring).

    >>> spec = {"layers": [1, 2, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
    ...         "inputs": [["1"], ["-2"]], "targets": [["0"], ["1"]]}
    >>> from symconvex.check import verify
    >>> sorted(verify(c) for c in certify_large(spec))
    ['not_concave', 'not_concave', 'not_convex', 'not_convex']
    """
    spec = getattr(spec_or_network, "spec", spec_or_network)
    try:
        net = fastnet.FastNet(spec)
    except CertificateError as exc:
        raise InputError(f"certify_large: {exc}") from None
    if not spec["bias"]:
        raise InputError("certify_large: the construction needs a network with biases")
    if net.acts[-1][0] != "identity":
        raise InputError("certify_large: the construction needs an identity output layer")
    if any(k not in KINDS for k in kinds) or any(r not in ("convex", "concave") for r in refutes):
        raise InputError(f"certify_large: kinds must be among {KINDS}, refutes among convex, concave")
    widths, L = net.widths, len(net.widths) - 1
    if L < 2:
        return []
    n, k, m = net.n, widths[-2], widths[-1]
    kind, alpha = net.acts[L - 2]
    alpha = Fraction(0) if kind == "relu" else (Fraction(1) if kind == "identity" else alpha)
    mode = "flip" if alpha == 1 else ("swap" if k >= 2 else None)
    rng = np.random.default_rng(seed)

    # -- base point: hidden layers, repaired so that no pre-activation is exactly 0
    params = []
    state = net.start()
    for l in range(L - 1):
        W = rng.integers(-3, 4, size=(widths[l + 1], widths[l]), dtype=np.int64)
        b = rng.integers(-3, 4, size=widths[l + 1], dtype=np.int64)
        last = l == L - 2
        if last:
            W[0], b[0] = 0, 1
            if mode == "swap":
                W[1], b[1] = 0, -1
        Ub = np.zeros(widths[l + 1], dtype=np.int64)
        if last:
            Ub[0] = 1  # the curvature direction's bias component, s = 1 (scaled below)
        new = net.layer(state, l, W, b, 1, None, Ub if last else None, 2)
        zeros = _zero_units(net, state, W, b, l, new)
        if len(zeros):
            K = 1 + max(int(e) for e in state.E[:, 0])
            W[zeros] *= K
            b[zeros] = K * b[zeros] + 1
            new = net.layer(state, l, W, b, 1, None, Ub if last else None, 2)
            if len(_zero_units(net, state, W, b, l, new)):  # pragma: no cover - impossible by the argument above
                raise AssertionError("certify_large: the repair left a zero pre-activation")
        params.append((W, b))
        state = new
    hidden = state
    H0 = hidden.H[0]

    # -- output layer: no output gets weight from units 1 (and 2); output 1's bias c is chosen below
    WL = rng.integers(-3, 4, size=(m, k), dtype=np.int64)
    bL = rng.integers(-3, 4, size=m, dtype=np.int64)
    WL[:, 0] = 0  # units 1 (and 2) feed no output at the base point
    if mode == "swap":
        WL[:, 1] = 0
    bL[0] = 0
    plain = State([H0, None, None], hidden.E, hidden.signs)
    out, _, _ = _head(net, plain, WL, bL)
    E = [int(e) for e in out.E[:, 0]]
    o = [Fraction(int(v), e) for v, e in zip(out.H[0][:, 0], E)]
    y = [Fraction(int(v), int(d)) for v, d in zip(net.Y[:, 0], net.YD[:, 0])]
    if net.loss_kind == "squared":
        R0 = sum((oi - yi for oi, yi in zip(o, y)), Fraction(0))
        c = round(-R0 / n) + 2  # R = R0 + n c lies in [3n/2, 5n/2]
        sign_g = 1
        s_values = {"convex": -2, "concave": 0}
    else:
        t = [(1 - yi * oi) / yi for oi, yi in zip(o, y) if yi != 0]
        if any(yi > 0 for yi in y):
            c, sign_g = math.floor(min(t)) - 2, 1
        elif any(yi < 0 for yi in y):
            c, sign_g = math.ceil(max(t)) + 2, -1
        else:
            return []  # every target is 0: the hinge loss is the constant n
        s_values = {"convex": sign_g, "concave": -sign_g}
    bL[0] = c
    params.append((WL, bL))
    names = net.names()
    digest = fastnet.subject_digest(names, None, spec, ())
    base = _flat(params)
    point = _strings(base)
    offsets = np.cumsum([0] + [W.size + b.size for W, b in params])
    bias_at = offsets[L - 2] + params[L - 2][0].size  # b of the last hidden layer, unit 1
    vL_at = offsets[L - 1]  # W_L[0, 0]: output 1's weight from unit 1
    certs: list[Certificate] = []

    if "curvature" in kinds:
        UWL = np.zeros((m, k), dtype=np.int64)
        UWL[0, 0] = 1
        for target in refutes:
            s = s_values[target]
            jets = State([H0, _times(hidden.H[1], s), None], hidden.E, hidden.signs)
            top, jet, margins = _head(net, jets, WL, bL, UWL, 2)
            second = jet.second_derivative()
            if (second < 0) != (target == "convex") or second == 0:  # pragma: no cover - by construction
                raise AssertionError(f"certify_large: curvature {second} does not refute {target}ity")
            direction = np.zeros(base.size, dtype=np.int64)
            direction[bias_at], direction[vL_at] = s, 1
            certs.append(CurvatureCertificate(
                variables=names, network=spec, refutes=target, point=point, direction=_strings(direction),
                second_derivative=rational_to_str(second), value=rational_to_str(jet.c[0]),
                slope=rational_to_str(jet.c[1]), pattern=tuple(net.strict_pattern(top.signs, margins)),
                digest=digest,
                note=(f"pairing direction: output weight of hidden unit 1 (layer {L - 1}, constant unit w = 0, "
                      f"b = 1) with its bias, slope {s}; output bias {c} fixes the residual sum")))

    if "midpoint" in kinds and mode is not None:
        g = 1 - alpha if mode == "swap" else Fraction(1)
        step = math.ceil(1 / g)
        for target in refutes:
            v = (-step if target == "convex" else 1) if net.loss_kind == "squared" else \
                (1 if target == "convex" else -1) * sign_g * step
            a_vec, b_vec = base.copy(), base.copy()
            a_vec[vL_at] = b_vec[vL_at] = v
            Ha, Hb, Hm = H0.copy(), H0.copy(), H0.copy()
            if mode == "swap":
                a_vec[vL_at + 1] = b_vec[vL_at + 1] = v
                b_vec[bias_at], b_vec[bias_at + 1] = -1, 1
                Hb[:, [0, 1]] = H0[:, [1, 0]]
                Hm[:, [0, 1]] = 0
            else:
                b_vec[bias_at], b_vec[vL_at] = -1, -v
                Hb[:, 0] = -H0[:, 0]
                Hm[:, 0] = 0
            m_vec = (a_vec + b_vec) // 2
            WLa, WLb, WLm = (WL.copy() for _ in range(3))
            WLa[0, 0] = v
            WLb[0, 0] = v if mode == "swap" else -v
            WLm[0, 0] = v if mode == "swap" else 0
            if mode == "swap":
                WLa[0, 1] = WLb[0, 1] = WLm[0, 1] = v
            values = {}
            for key, H, Wo in (("f(a)", Ha, WLa), ("f(b)", Hb, WLb), ("f(m)", Hm, WLm)):
                values[key] = _head(net, State([H, None, None], hidden.E, hidden.signs), Wo, bL)[1]
            gap = values["f(m)"] - (values["f(a)"] + values["f(b)"]) / 2
            if (gap > 0) != (target == "convex") or gap == 0:  # pragma: no cover - by construction
                raise AssertionError(f"certify_large: midpoint gap {gap} does not refute {target}ity")
            story = ("swapping hidden units 1 and 2" if mode == "swap" else "flipping the sign of hidden unit 1")
            certs.append(MidpointCertificate(
                variables=names, network=spec, refutes=target, a=_strings(a_vec), b=_strings(b_vec), lam="1/2",
                m=_strings(m_vec), values={key: rational_to_str(val) for key, val in values.items()},
                digest=digest,
                note=(f"hidden-unit symmetry: b is a with {story} of layer {L - 1} (same loss); at the midpoint "
                      f"those units output 0, shifting output 1 by {v * g} relative to the ends")))
    return certs


def _times(a, s: int):
    return None if a is None else a * s


def _zero_units(net, state, W, b, l: int, new: State) -> np.ndarray:
    """Units of layer l whose pre-activation is exactly 0 at some data point (kink activations only)."""
    signs = new.signs[-1]
    if signs is None:
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero((signs == 0).any(axis=0))


__all__ = ["certify_large"]
