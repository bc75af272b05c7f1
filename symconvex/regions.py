r"""Activation-pattern regions of a network's loss over its weights, each with an exact witness.

For data x_1..x_n, the kink sites of a network are the pre-activations z_{l,j}(x_i; theta) of every unit j of
every layer l whose activation has a kink (relu, leaky_relu), and, for the hinge loss, the margins
1 - y_i z(x_i). A *pattern* fixes a strict sign at every site; its *region* is the set of weights where those
strict signs hold, and on it the loss is one smooth expression, its *piece* (a polynomial for
piecewise-linear nets with the squared loss).

``Region.pattern`` is a tuple of rows, one per site row of ``pattern_rows(net)``: ``(l, j)`` for unit j of
layer l, ``("hinge", 1)`` for the hinge margins; each row holds the n signs (+1 / -1) over the data points.

Enumeration (``regions(net)``, a list; ``iter_regions(net)``, the same lazily):

- *One kink layer, the first* (e.g. one hidden ReLU layer, identity output): unit j's sites are
  sign((w_j, b_j) . (x_i, 1)), linear in its own weights, so its possible sign rows are exactly the cells of
  the central hyperplane arrangement {(x_i, 1)^perp} in R^{d+1} (without bias: {x_i^perp} in R^d), and the
  regions are the products of one cell per unit. ``arrangement_cells`` enumerates the cells exactly (no LP,
  no floats): hyperplanes are added one at a time; a cell is cut by the new hyperplane H exactly when it
  meets H, i.e. when it contains a cell of the arrangement restricted to H (found recursively in dimension
  one less), and each such cell gives the two witnesses q +- eps n (n the normal of H, eps below the
  distance to every other hyperplane along n). For n points in general position the count per unit is
  Cover's C(n, D) = 2 sum_{k<D} binom(n-1, k), D = d + 1 (d without bias). The enumeration is complete.
- *Deeper kinks*: the sites of layer l are linear in layer l's weights once the earlier weights are fixed,
  so the same cell enumeration runs layer by layer from witnesses of the earlier layers (plus a few exact
  perturbations inside each earlier cell). Every pattern listed has an exact witness, but patterns whose
  regions need other earlier weights may be missed: such regions carry ``complete=False``.

The hinge margins of a one-output last layer are affine in its weights and join that layer's arrangement.
"""

from __future__ import annotations

import itertools
import random
import sys
import types
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

import sympy as sp

from .errors import InputError
from .forward import activate_exact, layer_exact, preactivations
from .network import Network, activation_kind, has_kink

# ------------------------------------------------------------------------------- hyperplane arrangements


def _dot(a, p) -> Fraction:
    return sum((x * y for x, y in zip(a, p)), Fraction(0))


def _sign(v: Fraction) -> int:
    return (v > 0) - (v < 0)


def _normalize(hyperplanes, dim):
    """Drop constant functions (None when one is identically zero: no point avoids it) and duplicates
    (equal up to a nonzero factor)."""
    seen, out = set(), []
    for a, c in hyperplanes:
        a = tuple(Fraction(v) for v in a)
        c = Fraction(c)
        r = next((k for k, v in enumerate(a) if v != 0), None)
        if r is None:
            if c == 0:
                return None
            continue
        key = (tuple(v / a[r] for v in a), c / a[r])
        if key not in seen:
            seen.add(key)
            out.append((a, c))
    return out


def arrangement_cells(hyperplanes, dim: int) -> list[tuple[Fraction, ...]]:
    """One exact rational witness strictly inside each cell (connected component of the complement) of the
    arrangement {p in Q^dim : a . p + c = 0} of ``hyperplanes`` = [(a, c), ...].

    >>> len(arrangement_cells([((1, 1), 0), ((-1, 1), 0)], 2))    # two lines through 0 in the plane
    4
    >>> len(arrangement_cells([((1, 0), 0), ((0, 1), 0), ((1, 1), -1)], 2))   # three lines, general position
    7
    """
    planes = _normalize(hyperplanes, dim)
    if planes is None:
        return []
    return _cells(planes, dim)


def _cells(planes, dim: int) -> list[tuple[Fraction, ...]]:
    points = [tuple(Fraction(0) for _ in range(dim))]
    for k, (a, c) in enumerate(planes):
        previous = planes[:k]
        r = next(i for i, v in enumerate(a) if v != 0)
        # parametrize H = {a.p + c = 0}: p_r = -(c + sum_{i != r} a_i s_i) / a_r, other coordinates free
        others = [i for i in range(dim) if i != r]

        def lift(s, a=a, c=c, r=r, others=others):
            p = [Fraction(0)] * dim
            for i, v in zip(others, s):
                p[i] = v
            p[r] = -(c + sum((a[i] * v for i, v in zip(others, s)), Fraction(0))) / a[r]
            return tuple(p)

        base = lift([Fraction(0)] * (dim - 1))
        restricted = []
        for a2, c2 in previous:
            coeffs = []
            for i in others:
                # d/ds_i of a2 . lift(s) = a2_i - a2_r a_i / a_r
                coeffs.append(a2[i] - a2[r] * a[i] / a[r])
            restricted.append((tuple(coeffs), _dot(a2, base) + c2))
        sub = _normalize(restricted, dim - 1)
        on_h = [] if sub is None else [lift(s) for s in _cells(sub, dim - 1)]
        cut = {tuple(_sign(_dot(a2, q) + c2) for a2, c2 in previous) for q in on_h}
        kept = [p for p in points if tuple(_sign(_dot(a2, p) + c2) for a2, c2 in previous) not in cut]
        normal = a
        for q in on_h:
            bound = None
            for a2, c2 in previous:
                slope = _dot(a2, normal)
                if slope != 0:
                    room = abs(_dot(a2, q) + c2) / abs(slope)
                    bound = room if bound is None else min(bound, room)
            eps = Fraction(1) if bound is None else _below(bound)
            kept.append(tuple(qi + eps * ni for qi, ni in zip(q, normal)))
            kept.append(tuple(qi - eps * ni for qi, ni in zip(q, normal)))
        points = kept
    return points


def _below(bound: Fraction) -> Fraction:
    """A power of 2 strictly below ``bound`` (> 0), at most 1."""
    eps = Fraction(1)
    while eps >= bound:
        eps /= 2
    return eps


def cover_count(n: int, dim: int) -> int:
    """Cover's function-counting number C(n, D) = 2 sum_{k=0}^{D-1} binom(n-1, k): the number of cells of n
    central hyperplanes in general position in R^D.

    >>> cover_count(2, 2), cover_count(5, 3)
    (4, 22)
    """
    from math import comb

    return 2 * sum(comb(n - 1, k) for k in range(dim))


# ------------------------------------------------------------------------------------------- regions

def pattern_rows(net: Network) -> list[tuple]:
    """The row labels of a pattern: ``(l, j)`` per unit of a kink layer, then ``("hinge", 1)``."""
    rows = [(l, j) for l in range(1, net.depth + 1) if has_kink(net.activations[l - 1])
            for j in range(1, net.layers[l] + 1)]
    if _hinge_sites(net):
        rows.append(("hinge", 1))
    return rows


def _hinge_sites(net: Network) -> bool:
    """True when the hinge margins are kink sites that can change sign (piecewise-linear output)."""
    return net.loss_name == "hinge" and activation_kind(net.activations[-1])[0] in ("identity", "relu", "leaky_relu")


def _kink_layers(net: Network) -> list[int]:
    layers = [l for l in range(1, net.depth + 1) if has_kink(net.activations[l - 1])]
    if _hinge_sites(net) and net.depth not in layers:
        layers.append(net.depth)
    return layers


def enumeration_complete(net: Network) -> bool:
    """True when ``regions(net)`` lists every region: all kink sites are in the first layer (or none)."""
    return all(l == 1 for l in _kink_layers(net))


def _check_supported(net: Network) -> None:
    kinks = _kink_layers(net)
    if net.loss_name == "hinge" and activation_kind(net.activations[-1])[0] == "softplus":
        raise InputError("regions: the hinge loss on a softplus output is not supported")
    if kinks:
        last = max(kinks)
        for l in range(1, last):
            kind = activation_kind(net.activations[l - 1])[0]
            if kind not in ("identity", "relu", "leaky_relu"):
                raise InputError(f"regions: kinks after a {kind} layer are not supported (layer {l})")


@dataclass
class Region:
    """One activation-pattern region of a network's loss.

    ``pattern``: rows of strict signs (see ``pattern_rows``); ``witness``: an exact rational point
    {symbol: Rational} strictly inside; ``constraints``: the strict inequalities defining the region;
    ``piece``: the loss on the region (kinks resolved); ``complete``: whether the enumeration it came
    from lists every region.
    """

    net: Network = field(repr=False)
    pattern: tuple
    witness: dict
    complete: bool = True

    @cached_property
    def constraints(self) -> list:
        """Strict inequalities z > 0 / z < 0, one per kink site, row by row and data point by data point."""
        rows = pattern_rows(self.net)
        index = {row: k for k, row in enumerate(rows)}
        found = {}
        for i, (x, y) in enumerate(self.net.data):
            def resolve(l, j, z, i=i):
                s = self.pattern[index[(l, j)]][i]
                found[(index[(l, j)], i)] = z > 0 if s > 0 else z < 0
                return self._resolved(l, s, z)

            outs = self.net._outputs(x, resolve)
            if ("hinge", 1) in index:
                margin = 1 - sp.Rational(y[0].numerator, y[0].denominator) * outs[0]
                s = self.pattern[index[("hinge", 1)]][i]
                found[(index[("hinge", 1)], i)] = margin > 0 if s > 0 else margin < 0
        return [found[key] for key in sorted(found)]

    def _resolved(self, l, s, z):
        kind, alpha = activation_kind(self.net.activations[l - 1])
        if s > 0:
            return z
        if kind == "relu":
            return sp.S.Zero
        return sp.Rational(alpha.numerator, alpha.denominator) * z

    @cached_property
    def piece(self):
        """The loss on the region: every kink replaced by its branch (a polynomial for piecewise-linear
        nets with the squared loss)."""
        rows = {row: k for k, row in enumerate(pattern_rows(self.net))}
        outputs = []
        for i, (x, _) in enumerate(self.net.data):
            outputs.append(self.net._outputs(
                x, lambda l, j, z, i=i: self._resolved(l, self.pattern[rows[(l, j)]][i], z)))

        def hinge(i, margin):
            if ("hinge", 1) in rows:
                return margin if self.pattern[rows[("hinge", 1)]][i] > 0 else sp.S.Zero
            return margin  # sigmoid / tanh output with targets +-1: the margin is always positive

        return sp.expand(self.net._loss_from(outputs, hinge)) if self.net.is_piecewise_linear() else \
            self.net._loss_from(outputs, hinge)

    def witness_point(self) -> list[Fraction]:
        """The witness as Fractions in ``net.params`` order."""
        return [Fraction(int(v.p), int(v.q)) for v in self.witness.values()]


def hessian(net: Network, region: Region) -> sp.Matrix:
    """The closed-form Hessian of the region's piece with respect to ``net.params``."""
    return sp.hessian(region.piece, net.params)


def _with_bias(net: Network, v) -> tuple:
    return tuple(v) + ((Fraction(1),) if net.bias else ())


def _apply(net: Network, l: int, W, b, values):
    """Layer l on each data point's values, exactly (``forward.layer_exact``); None for a point after a smooth
    activation (its values are no longer needed: no kink follows)."""
    return [layer_exact(net.activations[l - 1], W, b, v) for v in values]


def _split(net: Network, l: int, vectors) -> tuple[list, list]:
    cols = net.layers[l - 1]
    W = [list(v[:cols]) for v in vectors]
    b = [v[cols] if net.bias else Fraction(0) for v in vectors]
    return W, b


def _default_layer(net: Network, l: int):
    rows, cols = net.layers[l], net.layers[l - 1]
    return [[Fraction(1)] * cols for _ in range(rows)], [Fraction(0)] * rows


def _random_layer(net: Network, l: int, rng: random.Random):
    rows, cols = net.layers[l], net.layers[l - 1]
    W = [[Fraction(rng.randint(-3, 3), rng.randint(1, 2)) for _ in range(cols)] for _ in range(rows)]
    b = [Fraction(rng.randint(-2, 2), rng.randint(1, 2)) if net.bias else Fraction(0) for _ in range(rows)]
    return W, b


def _perturb_in_cell(vector, points, rng: random.Random):
    """Another exact point of the open cell of ``vector`` (same strict signs against every point)."""
    signs = [_sign(_dot(vector, p)) for p in points]
    direction = [Fraction(rng.randint(-4, 4), rng.randint(1, 3)) for _ in vector]
    t = Fraction(1)
    for _ in range(60):
        cand = tuple(v + t * d for v, d in zip(vector, direction))
        if [_sign(_dot(cand, p)) for p in points] == signs:
            return cand
        t /= 2
    return tuple(vector)


def _unit_hyperplanes(net: Network, l: int, values) -> list[list]:
    """Per unit of layer l: the hyperplanes (a, c) of its sites in its own weights (w_j, b_j)."""
    points = [_with_bias(net, v) for v in values]
    central = [(p, Fraction(0)) for p in points] if has_kink(net.activations[l - 1]) else []
    units = [list(central) for _ in range(net.layers[l])]
    if l == net.depth and _hinge_sites(net):
        kind, alpha = activation_kind(net.activations[-1])
        slopes = [Fraction(1)] + ([alpha] if kind == "leaky_relu" and alpha not in (0, 1) else [])
        for (x, y), p in zip(net.data, points):
            for c in slopes:
                units[0].append((tuple(-y[0] * c * v for v in p), Fraction(1)))
    return units


def _pattern(net: Network, mats) -> tuple | None:
    """The strict sign pattern of a full weight setting (None when a site is exactly 0)."""
    rows = pattern_rows(net)
    signs = {row: [] for row in rows}
    last = max(_kink_layers(net), default=0)
    for x, y in net.data:
        values = list(x)
        for l in range(1, last + 1):
            W, b = mats[l - 1]
            z = preactivations(W, b, values)
            if has_kink(net.activations[l - 1]):
                for j, t in enumerate(z, 1):
                    if t == 0:
                        return None
                    signs[(l, j)].append(_sign(t))
            values = activate_exact(net.activations[l - 1], z)
        if _hinge_sites(net):
            margin = 1 - y[0] * values[0]
            if margin == 0:
                return None
            signs[("hinge", 1)].append(_sign(margin))
    return tuple(tuple(signs[row]) for row in rows)


#: ``regions(net)`` lists at most this many regions (``iter_regions`` goes through any number lazily).
MAX_LISTED = 100_000


def regions(net: Network, *, progress: bool = False, refine: int = 2, seed: int = 0) -> list[Region]:
    """The activation-pattern ``Region``s of ``net`` as a list (``len``, indexing), in the order of
    ``iter_regions``; ``InputError`` when the count is known to exceed ``MAX_LISTED`` (use ``iter_regions``)."""
    count = region_count(net)
    if count is not None and count > MAX_LISTED:
        raise InputError(f"regions: {count} regions, more than {MAX_LISTED} to list ({net.describe()}); "
                         "go through them lazily with symconvex.regions.iter_regions(net)")
    return list(iter_regions(net, progress=progress, refine=refine, seed=seed))


def iter_regions(net: Network, *, progress: bool = False, refine: int = 2, seed: int = 0):
    """Generate the activation-pattern ``Region``s of ``net`` (see the module docstring), each with an exact
    witness strictly inside. Complete (``Region.complete``) when every kink is in the first layer;
    otherwise the regions reachable from ``refine`` + 1 witnesses per earlier cell, with ``complete=False``.
    ``progress`` prints a counter on stderr (when it is a terminal)."""
    _check_supported(net)
    complete = enumeration_complete(net)
    kinks = _kink_layers(net)
    last = max(kinks, default=0)
    rng = random.Random(seed)
    seen: set = set()
    show = progress and sys.stderr.isatty()
    count = 0

    def build(l, prefix, values):
        if l > net.depth:
            yield prefix
            return
        if l > last:
            W, b = _default_layer(net, l)
            yield from build(l + 1, prefix + [(W, b)], values)
            return
        if l not in kinks:
            choices = [_random_layer(net, l, rng) for _ in range(refine + 1)]
            for W, b in choices:
                yield from build(l + 1, prefix + [(W, b)], _apply(net, l, W, b, values))
            return
        hyper = _unit_hyperplanes(net, l, values)
        dim = net.layers[l - 1] + (1 if net.bias else 0)
        cache: dict = {}
        per_unit = []
        for planes in hyper:
            key = tuple(planes)
            if key not in cache:
                cache[key] = arrangement_cells(planes, dim)
            per_unit.append(cache[key])
        points = [_with_bias(net, v) for v in values]
        for combo in itertools.product(*per_unit):
            variants = [combo]
            if l < last:
                variants += [tuple(_perturb_in_cell(v, points, rng) for v in combo) for _ in range(refine)]
            for vectors in variants:
                W, b = _split(net, l, vectors)
                yield from build(l + 1, prefix + [(W, b)], _apply(net, l, W, b, values))

    try:
        for mats in build(1, [], [list(x) for x, _ in net.data]):
            pattern = _pattern(net, mats)
            if pattern is None:
                continue
            if not complete:
                if pattern in seen:
                    continue
                seen.add(pattern)
            flat = net.flatten(mats)
            witness = {s: sp.Rational(v.numerator, v.denominator) for s, v in zip(net.params, flat)}
            count += 1
            if show and count % 256 == 0:
                print(f"\rregions: {count}", end="", file=sys.stderr, flush=True)
            yield Region(net=net, pattern=pattern, witness=witness, complete=complete)
    finally:
        if show and count >= 256:
            print(f"\rregions: {count}", file=sys.stderr, flush=True)


def region_count(net: Network) -> int | None:
    """The number of regions without listing them, when every kink is a first-layer unit: the regions are the
    products of the units' cells, so their number is the product of the per-unit cell counts (Cover's count
    for points in general position). None when that does not apply (deeper kinks, hinge sites)."""
    _check_supported(net)
    if _kink_layers(net) != [1] or _hinge_sites(net):
        return None
    planes = _unit_hyperplanes(net, 1, [list(x) for x, _ in net.data])
    dim = net.layers[0] + (1 if net.bias else 0)
    counts: dict = {}
    total = 1
    for unit in planes:
        key = tuple(unit)
        if key not in counts:
            counts[key] = len(arrangement_cells(unit, dim))
        total *= counts[key]
    return total


# ------------------------------------------------------------------------------------------- CLI

def pattern_text(pattern) -> str:
    return " ".join("".join("+" if s > 0 else "-" for s in row) for row in pattern) or "(no kinks)"


class _CallableModule(types.ModuleType):
    """``symconvex.regions`` names both this module and its function ``regions``: once the submodule is imported,
    Python makes the package attribute the module, so ``from symconvex import regions`` may give either. Calling
    the module calls the function, so ``symconvex.regions(net)`` lists the regions whichever it is."""

    def __call__(self, net: Network, **options) -> list[Region]:
        return regions(net, **options)


sys.modules[__name__].__class__ = _CallableModule

__all__ = ["MAX_LISTED", "Region", "arrangement_cells", "cover_count", "enumeration_complete", "hessian",
           "iter_regions", "pattern_rows", "region_count", "regions"]
