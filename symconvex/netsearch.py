r"""Certificate finders for networks: every certificate names the network spec (``network=net.spec``,
``variables = parameter_names(spec)``, ``function=None``), so the checker rebuilds the loss itself.

Finders (each returns a certificate or None; None proves nothing):

- ``find_permutation_midpoint``: swapping hidden units j and k (their incoming rows and outgoing columns)
  is a permutation pi of the weights with L(pi theta) = L(theta). At the midpoint m = (theta + pi theta)/2
  the two units coincide; when L(m) > L(theta) = (L(theta) + L(pi theta))/2 the pair (theta, pi theta) with
  lam = 1/2 is a midpoint certificate against convexity. theta is a fit: the seed-000 construction
  x = relu(x) - relu(-x) when a linear map fits the data exactly, else random earlier layers with a least
  squares read-out.
- ``find_saddle_at_zero``: for activations with h(0) = 0 (linear, tanh) the origin is a critical point and,
  when the data are not zero, a strict saddle: along u = (W_{2}[k, j], W_1[j, :]) = (s, g) the loss has
  second derivative -2 s sum_i y_ik (g . x_i) (squared loss), negative for g = sum_i y_ik x_i.
- ``find_region_curvature``: a point strictly inside an activation region (a region witness), the read-out
  set to zero and the output bias below (or above) the targets, and a direction pairing an output weight
  with its unit's incoming weights: the piece has negative curvature there.
- ``find_not_concave``: a positive second derivative along one coordinate (e.g. the output bias).
- ``prove_convexity``: no hidden layer (e.g. logistic regression): the rules prover of ``symconvex.rules``
  when it is available.

``search(net, found)`` runs them in order and appends every candidate to ``found``; ``analysis.gate``
keeps only what ``symconvex.check.verify`` accepts.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import random
import time
from fractions import Fraction

from .certificates import CurvatureCertificate, MidpointCertificate, rational_to_str
from .check import verify
from .errors import CertificateError, InputError
from .evaluation import (Undefined, add, jet_along, mul, precision, second_derivative, sign, statable, stated, sub,
                         value_at)
from .forward import float_pass, loss_tree
from .network import Network, activation_kind, has_kink

# ------------------------------------------------------------------------------------ the loss oracle


class LossOracle:
    """Values and second derivatives of a network's loss, computed by the finders' own evaluator
    (``evaluation``: exact, or python-flint balls) on their own loss tree of ``net.spec`` (``loss_tree``);
    the checker recomputes both from the spec with its own code."""

    def __init__(self, net: Network):
        self.net = net
        self.spec = net.spec
        self.names = net.names
        self._tree = None

    @property
    def tree(self):
        """The checker's loss tree, built on first use (its size is n * k * (d + 1) for a 2-layer net)."""
        if self._tree is None:
            self._tree = loss_tree(self.spec)
        return self._tree

    def value(self, point):
        """L(point) (Fraction or ball), or None where it is not shown defined."""
        try:
            return value_at(self.tree, self.names, list(point))
        except Undefined:
            return None

    def curvature(self, point, direction):
        """((c0, c1, c2) of t -> L(p + t u) at 0, kink pattern), or None when p is not shown strictly inside a
        smooth piece."""
        try:
            return jet_along(self.tree, self.names, list(point), list(direction))
        except Undefined:
            return None


def midpoint_certificate(oracle: LossOracle, a, b, lam=Fraction(1, 2), *, refutes: str = "convex",
                         note: str = "") -> MidpointCertificate | None:
    """The midpoint certificate for (a, b, lam) when L(m) - lam L(a) - (1-lam) L(b) has the refuting sign
    (> 0 against convexity, < 0 against concavity), else None."""
    a, b, lam = [Fraction(v) for v in a], [Fraction(v) for v in b], Fraction(lam)
    if a == b:
        return None
    m = [lam * x + (1 - lam) * y for x, y in zip(a, b)]
    fa, fb, fm = oracle.value(a), oracle.value(b), oracle.value(m)
    if fa is None or fb is None or fm is None:
        return None
    with precision():
        gap = sub(fm, add(mul(lam, fa), mul(1 - lam, fb)))
        if sign(gap) != (1 if refutes == "convex" else -1) or not statable(fa, fb, fm):
            return None
        values = {"f(a)": stated(fa), "f(b)": stated(fb), "f(m)": stated(fm)}
    return MidpointCertificate(variables=oracle.names, network=oracle.spec, refutes=refutes,
                               a=tuple(map(rational_to_str, a)), b=tuple(map(rational_to_str, b)),
                               lam=rational_to_str(lam), values=values, note=note)


def curvature_certificate(oracle: LossOracle, p, u, *, refutes: str = "convex",
                          note: str = "") -> CurvatureCertificate | None:
    """The curvature certificate at p along u when the second derivative has the refuting sign, else None."""
    p, u = [Fraction(v) for v in p], [Fraction(v) for v in u]
    if not any(u):
        return None
    found = oracle.curvature(p, u)
    if found is None:
        return None
    jet, pattern = found
    second = second_derivative(jet)
    if sign(second) != (-1 if refutes == "convex" else 1) or not statable(second, *jet[:2]):
        return None
    value, slope, second = stated(jet[0]), stated(jet[1]), stated(second)
    return CurvatureCertificate(variables=oracle.names, network=oracle.spec, refutes=refutes,
                                point=tuple(map(rational_to_str, p)), direction=tuple(map(rational_to_str, u)),
                                second_derivative=second, value=value, slope=slope, pattern=tuple(pattern), note=note)


def _expired(deadline) -> bool:
    return deadline is not None and time.monotonic() > deadline


# ------------------------------------------------------------------------------------ weight layout

class _Layout:
    """Index arithmetic on the flat parameter vector (``parameter_names`` order)."""

    def __init__(self, net: Network):
        self.net = net
        self.index = net.index

    def W(self, l, i, j) -> int:
        return self.index[f"W{l}_{i}_{j}"]

    def b(self, l, i) -> int | None:
        return self.index.get(f"b{l}_{i}")

    def incoming(self, l, j) -> list[int]:
        """Indices of unit j's incoming weights in layer l (and its bias last)."""
        out = [self.W(l, j, i) for i in range(1, self.net.layers[l - 1] + 1)]
        if self.net.bias:
            out.append(self.b(l, j))
        return out


def swap_units(net: Network, theta, l: int, j: int, k: int) -> list:
    """theta with hidden units j and k of layer l exchanged (incoming rows and outgoing columns): the
    network computes the same function, so the loss is unchanged."""
    lay = _Layout(net)
    out = list(theta)
    for a, b in zip(lay.incoming(l, j), lay.incoming(l, k)):
        out[a], out[b] = theta[b], theta[a]
    for r in range(1, net.layers[l + 1] + 1):
        a, b = lay.W(l + 1, r, j), lay.W(l + 1, r, k)
        out[a], out[b] = theta[b], theta[a]
    return out


# ------------------------------------------------------------------------------------ exact linear algebra

def solve_exact(rows, rhs) -> list[Fraction] | None:
    """A solution of rows . v = rhs over the rationals (free variables 0), or None when inconsistent."""
    n = len(rows[0]) if rows else 0
    aug = [[Fraction(v) for v in r] + [Fraction(t)] for r, t in zip(rows, rhs)]
    pivots, r = [], 0
    for c in range(n):
        p = next((i for i in range(r, len(aug)) if aug[i][c] != 0), None)
        if p is None:
            continue
        aug[r], aug[p] = aug[p], aug[r]
        piv = aug[r][c]
        aug[r] = [v / piv for v in aug[r]]
        for i in range(len(aug)):
            if i != r and aug[i][c] != 0:
                f = aug[i][c]
                aug[i] = [v - f * w for v, w in zip(aug[i], aug[r])]
        pivots.append(c)
        r += 1
    if any(all(v == 0 for v in row[:-1]) and row[-1] != 0 for row in aug):
        return None
    v = [Fraction(0)] * n
    for i, c in enumerate(pivots):
        v[c] = aug[i][-1]
    return v


def _solve_float(A, t, ridge=1e-9) -> list[float] | None:
    """Least squares min |A v - t|^2 (+ ridge |v|^2) in floats (search only; nothing is decided by it)."""
    n = len(A[0])
    M = [[sum(A[i][p] * A[i][q] for i in range(len(A))) + (ridge if p == q else 0.0) for q in range(n)]
         for p in range(n)]
    r = [sum(A[i][p] * t[i] for i in range(len(A))) for p in range(n)]
    for c in range(n):
        p = max(range(c, n), key=lambda i: abs(M[i][c]))
        if abs(M[p][c]) < 1e-300:
            return None
        M[c], M[p], r[c], r[p] = M[p], M[c], r[p], r[c]
        for i in range(n):
            if i != c:
                f = M[i][c] / M[c][c]
                M[i] = [a - f * b for a, b in zip(M[i], M[c])]
                r[i] -= f * r[c]
    return [r[i] / M[i][i] for i in range(n)]


# ------------------------------------------------------------------------------------ fitted points

def _readout_targets(net: Network, k: int) -> list[float]:
    """Pre-activation targets for the read-out fit of output k (approximate; search only)."""
    out = []
    kind = activation_kind(net.activations[-1])[0]
    for _, y in net.data:
        t = float(y[k])
        if net.loss_name == "logistic":
            t = 4 * (t - 0.5)
        elif kind == "sigmoid":
            t = math.log(min(max(t, 1e-3), 1 - 1e-3) / (1 - min(max(t, 1e-3), 1 - 1e-3)))
        elif kind == "tanh":
            t = math.atanh(min(max(t, -0.999), 0.999))
        out.append(t)
    return out


def linear_teacher_point(net: Network) -> list[Fraction] | None:
    """The seed-000 construction: when y = A x + c fits the data exactly, hidden units 2t-1, 2t compute
    h(x_i) and h(-x_i) for each input coordinate i used by A, with h(x) - h(-x) = (1 + alpha) x for
    relu (alpha = 0), leaky_relu (alpha) and identity (alpha = 1); deeper ReLU / identity layers pass them
    on unchanged. Then the net computes A x + c and the loss is 0."""
    hidden = net.activations[:-1]
    if not hidden or net.activations[-1] != "identity" or net.loss_name != "squared":
        return None
    kinds = [activation_kind(a) for a in hidden]
    first_kind, alpha = kinds[0]
    if first_kind not in ("identity", "relu", "leaky_relu"):
        return None
    if len(hidden) > 1 and (first_kind == "leaky_relu" or any(k not in ("relu", "identity") for k, _ in kinds[1:])):
        return None
    slope = {"identity": Fraction(1), "relu": Fraction(0)}.get(first_kind, alpha)
    d, m = net.layers[0], net.layers[-1]
    rows = [list(x) + ([Fraction(1)] if net.bias else []) for x, _ in net.data]
    A, c = [], []
    for k in range(m):
        sol = solve_exact(rows, [y[k] for _, y in net.data])
        if sol is None:
            return None
        A.append(sol[:d])
        c.append(sol[d] if net.bias else Fraction(0))
    used = [i for i in range(d) if any(A[k][i] != 0 for k in range(m))]
    width = 2 * len(used)
    if not used or any(w < width for w in net.layers[1:-1]):
        return None
    mats = []
    # first layer: units 2t, 2t+1 (0-based) see +x_i and -x_i
    W1 = [[Fraction(0)] * d for _ in range(net.layers[1])]
    for t, i in enumerate(used):
        W1[2 * t][i], W1[2 * t + 1][i] = Fraction(1), Fraction(-1)
    mats.append((W1, [Fraction(0)] * net.layers[1]))
    for l in range(2, net.depth):
        W = [[Fraction(1) if (r == q and r < width) else Fraction(0) for q in range(net.layers[l - 1])]
             for r in range(net.layers[l])]
        mats.append((W, [Fraction(0)] * net.layers[l]))
    WL = [[Fraction(0)] * net.layers[-2] for _ in range(m)]
    for k in range(m):
        for t, i in enumerate(used):
            WL[k][2 * t] = A[k][i] / (1 + slope)
            WL[k][2 * t + 1] = -A[k][i] / (1 + slope)
    mats.append((WL, c))
    return net.flatten(mats)


def _random_rational(rng: random.Random, scale: int = 2) -> Fraction:
    return Fraction(rng.randint(-4 * scale, 4 * scale), 4)


def readout_fit_points(net: Network, count: int = 6, seed: int = 0):
    """Points theta with random (seeded, rational) earlier layers and a least-squares read-out, rounded to
    rationals: approximate fits of the data (search only; the checker decides what they show)."""
    rng = random.Random(seed)
    for attempt in range(count):
        mats = []
        for l in range(1, net.depth):
            W = [[_random_rational(rng, 1 + attempt % 3) for _ in range(net.layers[l - 1])]
                 for _ in range(net.layers[l])]
            b = [_random_rational(rng) if net.bias else Fraction(0) for _ in range(net.layers[l])]
            mats.append((W, b))
        hidden = float_pass([([[float(w) for w in row] for row in W], [float(bi) for bi in b]) for W, b in mats],
                            net.activations[:-1], [[float(t) for t in x] for x, _ in net.data])
        feats = [list(v) + ([1.0] if net.bias else []) for v in hidden.tolist()]
        sols = [_solve_float(feats, _readout_targets(net, k)) for k in range(net.layers[-1])]
        if any(sol is None for sol in sols):
            continue
        for den in (4, 1000):  # small fractions first: they make a readable certificate
            WL, bL = [], []
            for sol in sols:
                sol = [Fraction(s).limit_denominator(den) if math.isfinite(s) and abs(s) < 1e6 else Fraction(0)
                       for s in sol]
                WL.append(sol[:net.layers[-2]])
                bL.append(sol[-1] if net.bias else Fraction(0))
            yield net.flatten(mats + [(WL, bL)])


def find_permutation_midpoint(net: Network, *, oracle: LossOracle | None = None,
                              deadline: float | None = None) -> MidpointCertificate | None:
    """A midpoint certificate against convexity from hidden-unit permutation symmetry: theta and
    pi theta (units j, k of a hidden layer swapped) have equal loss; return it when the midpoint's loss is
    strictly larger. None: not found (proves nothing)."""
    if net.depth < 2 or not any(w >= 2 for w in net.layers[1:-1]):
        return None
    oracle = oracle or LossOracle(net)
    candidates = []
    teacher = linear_teacher_point(net)
    if teacher is not None:
        candidates.append((teacher, "an exact fit of the data (paired hidden units compute h(x) and h(-x), "
                                   "and h(x) - h(-x) = c x is linear)"))
    fits = ((p, "a least-squares read-out fit") for p in readout_fit_points(net))
    for theta, how in itertools.chain(candidates, fits):
        for l in range(1, net.depth):
            for j, k in itertools.combinations(range(1, net.layers[l] + 1), 2):
                if _expired(deadline):
                    return None
                other = swap_units(net, theta, l, j, k)
                if other == list(theta):
                    continue
                note = (f"swapping hidden units {j} and {k} of layer {l} leaves the loss unchanged; "
                        f"theta is {how}; the midpoint, where the two units coincide, has a larger loss")
                cert = midpoint_certificate(oracle, theta, other, refutes="convex", note=note)
                if cert is not None:
                    return cert
    return None


# ------------------------------------------------------------------------------------ curvature

def _loss_slopes(net: Network, k: int) -> list[Fraction]:
    """d loss_i / d z at z = 0 for output k (identity output): -y (squared, hinge), 1/2 - y (logistic)."""
    out = []
    for _, y in net.data:
        if net.loss_name == "logistic":
            out.append(Fraction(1, 2) - y[0])
        else:
            out.append(-y[k])
    return out


def find_saddle_at_zero(net: Network, *, oracle: LossOracle | None = None) -> CurvatureCertificate | None:
    """Negative curvature at (or next to) theta = 0 for nets whose activations vanish at 0 with slope 1
    (linear, tanh; deep linear nets): the strict saddle of deep linear networks. For depth >= 3, the layers
    after the second carry unit 1 straight to output k (W_l = E_11), the others are 0."""
    if net.depth < 2:
        return None
    oracle = oracle or LossOracle(net)
    lay = _Layout(net)
    n = len(oracle.names)
    for k in range(1, net.layers[-1] + 1):
        r = _loss_slopes(net, k - 1)
        g = [-sum((ri * x[i] for ri, (x, _) in zip(r, net.data)), Fraction(0)) for i in range(net.layers[0])]
        if net.bias:
            g.append(-sum(r, Fraction(0)))
        if not any(g):
            continue
        points = [[Fraction(0)] * n]
        if net.depth >= 3:
            p = [Fraction(0)] * n
            for l in range(3, net.depth + 1):
                p[lay.W(l, k if l == net.depth else 1, 1)] = Fraction(1)
            points.append(p)
        for p in points:
            for s in (Fraction(1), Fraction(1, 16), Fraction(-1), Fraction(-1, 16)):
                u = [Fraction(0)] * n
                u[lay.W(2, 1 if net.depth >= 3 else k, 1)] = s
                for idx, gi in zip(lay.incoming(1, 1), g):
                    u[idx] = gi
                note = ("at theta = 0, pairing an output weight with its unit's incoming weights "
                        "g = -sum_i l'(0; y_i) x_i gives negative curvature (the strict saddle of linear nets)"
                        if p is points[0] else
                        "a deep linear path carries unit 1 to the output; pairing its first two weights gives "
                        "negative curvature")
                cert = curvature_certificate(oracle, p, u, refutes="convex", note=note)
                if cert is not None:
                    return cert
        if net.depth >= 3 and net.bias:
            for s in (Fraction(1), Fraction(-1)):
                u = [Fraction(0)] * n
                u[lay.W(net.depth, k, 1)] = s
                u[lay.b(net.depth - 1, 1)] = Fraction(1)
                cert = curvature_certificate(oracle, [Fraction(0)] * n, u, refutes="convex",
                                             note="theta = 0: pairing an output weight with the previous bias")
                if cert is not None:
                    return cert
    return None


def _base_points(net: Network, limit: int = 8, seed: int = 1) -> list[list[Fraction]]:
    """Points strictly inside activation regions (region witnesses) or, for smooth nets, seeded points."""
    points = []
    from .regions import cover_count, iter_regions

    small = cover_count(len(net.data), net.layers[0] + (1 if net.bias else 0)) <= 4096
    try:
        if small and any(has_kink(a) for a in net.activations) and net.is_piecewise_linear():
            gen = iter_regions(net)
            for region in itertools.islice(gen, 64):
                points.append(region.witness_point())
            # spread: every 8th of the first 64, then the first ones
            points = points[::8] + points[1:limit]
    except InputError:
        points = []
    rng = random.Random(seed)
    for _ in range(3):
        points.append([_random_rational(rng) for _ in net.names])
    return points[: limit + 3]


def _readout_variants(net: Network, p: list[Fraction]) -> list[tuple[list[Fraction], str]]:
    """p with the read-out (last layer) set to 0 and the output bias below / above the targets."""
    lay = _Layout(net)
    L = net.depth
    ys = [y[0] for _, y in net.data]
    smooth = not any(has_kink(a) for a in net.activations)
    out = [(list(p), "a point (the net is smooth)" if smooth else "a region witness")]
    shifts = [min(ys) - 1, max(ys) + 1, Fraction(1, 2), Fraction(-1, 2)]
    if net.loss_name == "logistic":
        shifts = [Fraction(-4), Fraction(4)]
    for c in shifts:
        q = list(p)
        for k in range(1, net.layers[-1] + 1):
            for j in range(1, net.layers[-2] + 1):
                q[lay.W(L, k, j)] = Fraction(0)
            if net.bias:
                q[lay.b(L, k)] = c if k == 1 else Fraction(0)
        out.append((q, f"the read-out set to 0 and output bias {rational_to_str(c)}"))
    return out


def _pair_directions(net: Network, p: list[Fraction]):
    """Directions pairing an outgoing weight of a hidden unit with that unit's incoming weights."""
    lay = _Layout(net)
    n = len(p)
    for l in range(net.depth - 1, 0, -1):
        for j in range(1, net.layers[l] + 1):
            inc = lay.incoming(l, j)
            blocks = [[p[i] for i in inc], [-p[i] for i in inc]]
            if net.bias:
                e = [Fraction(0)] * len(inc)
                e[-1] = Fraction(1)
                blocks += [e, [-v for v in e]]
            for k in range(1, net.layers[l + 1] + 1):
                for block in blocks:
                    if not any(block):
                        continue
                    for s in (Fraction(1, 8), Fraction(-1, 8), Fraction(1), Fraction(-1)):
                        u = [Fraction(0)] * n
                        for i, v in zip(inc, block):
                            u[i] = v
                        u[lay.W(l + 1, k, j)] = s
                        yield u, (l, j, k)


def find_region_curvature(net: Network, *, oracle: LossOracle | None = None,
                          deadline: float | None = None, budget: int = 4000) -> CurvatureCertificate | None:
    """Negative curvature strictly inside an activation region: a region witness with the read-out zeroed
    and the output bias off the targets, along a direction pairing an output weight with its unit's
    incoming weights (where the piece has a negative second derivative)."""
    if net.depth < 2:
        return None
    oracle = oracle or LossOracle(net)
    tried = 0
    for base in _base_points(net):
        for p, how in _readout_variants(net, base)[::-1]:
            for u, (l, j, k) in _pair_directions(net, p):
                tried += 1
                if tried > budget or _expired(deadline):
                    return None
                note = (f"at {how}, strictly inside its activation region; the direction pairs weight "
                        f"W{l + 1}_{k}_{j} with the incoming weights of unit {j} of layer {l}")
                cert = curvature_certificate(oracle, p, u, refutes="convex", note=note)
                if cert is not None:
                    return cert
    return None


def find_not_concave(net: Network, *, oracle: LossOracle | None = None,
                     deadline: float | None = None) -> CurvatureCertificate | MidpointCertificate | None:
    """A certificate against concavity: positive curvature along one coordinate (output bias first) at a
    point strictly inside a smooth piece, or a midpoint below the chord along that coordinate (``_CHORD_STEPS``)."""
    oracle = oracle or LossOracle(net)
    lay = _Layout(net)
    order = ([lay.b(net.depth, 1)] if net.bias else []) + [lay.W(net.depth, 1, j)
                                                           for j in range(1, net.layers[-2] + 1)]
    order += [i for i in range(len(oracle.names)) if i not in order]
    for base in _base_points(net, limit=3):
        for p, how in _readout_variants(net, base):
            for i in order[:6]:
                if _expired(deadline):
                    return None
                u = [Fraction(0)] * len(p)
                u[i] = Fraction(1)
                cert = curvature_certificate(oracle, p, u, refutes="concave",
                                             note=f"positive curvature along {oracle.names[i]} at {how}")
                if cert is not None:
                    return cert
                for step in _CHORD_STEPS:   # a kink of a hinge or a ReLU may lie between p - 1 and p + 1, or beyond
                    a, b = list(p), list(p)
                    a[i] -= step
                    b[i] += step
                    cert = midpoint_certificate(oracle, a, b, refutes="concave",
                                                note=f"the loss lies below its chord along {oracle.names[i]}")
                    if cert is not None:
                        return cert
    return None


#: half-lengths of the chords ``find_not_concave`` tries: max(0, 1 - w) is affine on [-1, 1] around w = 0 and
#: bends at w = 1, which only the chord from -2 to 2 crosses
_CHORD_STEPS = (Fraction(1), Fraction(2))


def find_kink_midpoint(net: Network, *, oracle: LossOracle | None = None,
                       deadline: float | None = None) -> MidpointCertificate | None:
    """A midpoint certificate across kinks: pairs of region witnesses (and of fits) whose midpoint lies above
    the chord."""
    oracle = oracle or LossOracle(net)
    points = _base_points(net, limit=8)
    teacher = linear_teacher_point(net)
    if teacher is not None:
        points.insert(0, teacher)
    points += list(readout_fit_points(net, count=2))
    scaled = [[v * s for v in p] for p in points for s in (Fraction(1), Fraction(1, 4))]
    kinked = any(has_kink(a) for a in net.activations) or net.loss_name == "hinge"
    note = "two points across kinks of the loss" if kinked else "two of the points the search starts from"
    for a, b in itertools.combinations(scaled, 2):
        if _expired(deadline):
            return None
        cert = midpoint_certificate(oracle, a, b, refutes="convex", note=note)
        if cert is not None:
            return cert
    return None


# ------------------------------------------------------------------------------------ proofs

def prove_convexity(net: Network) -> list:
    """Candidate proofs of convexity for nets without a hidden layer (logistic / least squares regression),
    from ``symconvex.rules.prove_by_rules`` when it exists: first restated in the network form (accepted only
    if the checker matches the derivation to its own loss tree), then as given (about the expression
    ``net.loss``, which the rules prover derives; the checker does not link that expression to the spec).
    Empty when the rules prover is not available or finds nothing.

    With hidden layers, only for data at x = 0 without biases (every pre-activation is 0 and the loss is a function
    of the output layer only, or a constant), and only in the network form, which the checker matches to its own
    forward pass of the spec."""
    deep = net.depth != 1
    if deep and (net.spec.get("bias") or any(Fraction(x) != 0 for row in net.spec["inputs"] for x in row)):
        return []   # read from the spec: the loss expression of a large net is never built here
    try:
        from .rules import prove_by_rules
    except ImportError:
        return []
    try:
        cert = prove_by_rules(net.loss, net.params, None)
    except Exception:  # noqa: BLE001 - another module's prover failing must not break the analysis
        return []
    if cert is None:
        return []
    out = []
    try:
        out.append(dataclasses.replace(cert, function=None, network=net.spec,
                                       variables=net.names, domain=(), digest=""))
    except (TypeError, ValueError):
        pass
    if not deep:
        out.append(cert)
    return out


def find_flat_segment(net: Network, *, oracle: LossOracle | None = None) -> list:
    """Midpoint certificates with a Jensen equality (``refutes`` strictly_convex and strictly_concave) along a
    direction that moves no pre-activation of the first layer at any data point.

    Unit 1 of the first layer sees the data only through z_i = w . x_i (+ b): when the data matrix with rows x_i
    (and a 1 for the bias) has a nonzero null vector n, moving (w, b) along n leaves every z_i, hence every output
    and the loss, unchanged. So L(p - n) = L(p) = L(p + n) at every point p: the loss is not strictly convex nor
    strictly concave (one data point with a bias, n = (1, -1); inputs at x = 0 without biases; two inputs and one
    point). The equality is computed twice (the finders' evaluator, then the checker's forward pass of the spec),
    never assumed. [] when the data matrix has full column rank."""
    import sympy as sp

    oracle = oracle or LossOracle(net)
    rows = [[Fraction(v) for v in x] + ([Fraction(1)] if net.bias else []) for x in net.spec["inputs"]]
    width = net.layers[0] + (1 if net.bias else 0)
    null = sp.Matrix([[sp.Rational(v.numerator, v.denominator) for v in r] for r in rows]).nullspace() \
        if rows else [sp.eye(width)[:, 0]]
    if not null:
        return []
    n = [Fraction(int(sp.fraction(v)[0]), int(sp.fraction(v)[1])) for v in null[0]]
    idx = _Layout(net).incoming(1, 1)
    p = [Fraction(1, 2)] * len(net.names)
    a, b = list(p), list(p)
    for k, step in zip(idx, n):
        a[k], b[k] = p[k] - step, p[k] + step
    return _segment_pair(oracle, a, b, p, "the first unit's incoming weights move along a null vector of the data "
                         "matrix: no pre-activation changes, the loss is constant on the segment")


def _segment_pair(oracle: LossOracle, a, b, m, note: str) -> list:
    """The two midpoint certificates (``refutes`` strictly_convex and strictly_concave) of the segment from a to b
    with midpoint m, the values stated by the finders' evaluator ([] where one is not statable); whether f(m) meets
    the chord is the checker's to decide."""
    with precision():
        fa, fb, fm = oracle.value(a), oracle.value(b), oracle.value(m)
        if fa is None or fb is None or fm is None or not statable(fa, fb, fm):
            return []
        values = {"f(a)": stated(fa), "f(b)": stated(fb), "f(m)": stated(fm)}
    return [MidpointCertificate(variables=oracle.names, network=oracle.spec, refutes=side,
                                a=tuple(map(rational_to_str, a)), b=tuple(map(rational_to_str, b)), lam="1/2",
                                values=values, note=note)
            for side in ("strictly_convex", "strictly_concave")]


def find_hinge_flat_segment(net: Network, *, oracle: LossOracle | None = None) -> list:
    """Midpoint certificates with a Jensen equality (``refutes`` strictly_convex and strictly_concave) for the hinge
    loss of a net without a hidden layer and with a linear output: at the weights 0 every score z_i is 0, so every
    term max(0, 1 - y_i z_i) is on its sloped piece 1 - y_i z_i; moving one weight by at most h with
    h |x_ij| < 1 keeps every z_i in (-1, 1), so the loss is affine on the segment and the midpoint meets the chord
    (computed twice, by the finders' evaluator and then by the checker, never assumed). [] for other nets."""
    if net.loss_name != "hinge" or net.depth != 1 or net.activations[-1] != "identity":
        return []
    oracle = oracle or LossOracle(net)
    largest = max([abs(Fraction(v)) for x in net.spec["inputs"] for v in x] + [Fraction(1)])
    h = 1 / (2 * largest)
    p = [Fraction(0)] * len(net.names)
    a, b = list(p), list(p)
    a[0], b[0] = -h, h
    return _segment_pair(oracle, a, b, p, "every hinge term is on its sloped piece along the segment (all scores in "
                         "(-1, 1)): the loss is affine there")


# ------------------------------------------------------------------------------------ orchestration

#: Above this many parameters the constructed certificates of ``symconvex.scale`` are tried first.
LARGE = 2000


def constructed_certificates(net: Network, base_point: str = "blind") -> list:
    """Curvature certificates built by construction (``scale.certify_large`` at its ``base`` point) for the nets
    it covers (ReLU / leaky / identity hidden layers, biases, identity output, squared or hinge loss); [] for the
    others."""
    from .scale import certify_large

    try:
        return certify_large(net.spec, kinds=("curvature",), base=base_point)
    except InputError:
        return []


def search(net: Network, found: list, *, deadline: float | None = None, base_point: str = "blind",
           verified: dict | None = None) -> str:
    """Run the finders, appending candidates to ``found``; return an explanation for what stays open. Each
    candidate is checked (``check.verify``) to steer the search (stop once a side is settled); ``verified``
    receives ``id(cert) -> (cert, statement)`` for the accepted ones, so that the gate need not check them again
    (``analysis.gate``)."""
    oracle = LossOracle(net)
    statements: set[str] = set()

    def offer(cert):
        if cert is not None:
            found.append(cert)
            try:
                statement = verify(cert)
            except CertificateError:
                return
            statements.add(statement)
            if verified is not None:
                verified[id(cert)] = (cert, statement)

    large = len(oracle.names) > LARGE
    if not large and len(net.spec["inputs"]) * (net.layers[0] + 1) <= 400:
        for cert in find_flat_segment(net, oracle=oracle) or find_hinge_flat_segment(net, oracle=oracle):
            offer(cert)
    for cert in prove_convexity(net):
        offer(cert)
    if statements & {"convex", "affine"}:
        if "convex" in statements and not statements & {"affine", "not_concave"} and not _expired(deadline):
            # convex, and not concave where the loss curves up (so not affine): "convex" alone leaves that open
            offer(find_not_concave(net, oracle=oracle, deadline=deadline))
        return ""
    if large:  # constructed certificates first: they exist by construction and cost one exact forward pass
        for cert in constructed_certificates(net, base_point):
            offer(cert)
        if {"not_convex", "not_concave"} <= statements:
            return ""
    finders = [
        lambda: find_saddle_at_zero(net, oracle=oracle),
        lambda: find_permutation_midpoint(net, oracle=oracle, deadline=deadline),
        lambda: find_region_curvature(net, oracle=oracle, deadline=deadline),
        lambda: find_kink_midpoint(net, oracle=oracle, deadline=deadline),
    ]
    for finder in finders:
        if "not_convex" in statements or _expired(deadline):
            break
        offer(finder())
    if "not_concave" not in statements and not _expired(deadline):
        offer(find_not_concave(net, oracle=oracle, deadline=deadline))
    if not large and not {"not_convex", "not_concave"} <= statements:
        for cert in constructed_certificates(net, base_point):
            offer(cert)
    if "not_convex" in statements:
        return ""
    if net.depth == 1:
        try:
            import importlib

            importlib.import_module(".rules", __package__)
            return "no convexity proof or counterexample was found for this network without a hidden layer"
        except ImportError:
            return ("a network without a hidden layer: proving convexity needs symconvex.rules, "
                    "which is not available")
    return "no certificate against convexity was found (try other data or a longer --timeout)"


__all__ = ["LossOracle", "curvature_certificate", "find_flat_segment", "find_hinge_flat_segment", "find_kink_midpoint",
           "find_not_concave",
           "find_permutation_midpoint", "find_region_curvature", "find_saddle_at_zero", "linear_teacher_point",
           "midpoint_certificate", "prove_convexity", "readout_fit_points", "search", "solve_exact",
           "swap_units"]
