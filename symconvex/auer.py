r"""Exponentially many local minima of one sigmoid neuron (Auer, Herbster & Warmuth, NIPS 1995), built exactly.

Auer, Herbster and Warmuth show that the squared-loss error of a single neuron x ↦ σ(w·x) (logistic σ, no bias)
on n examples in d dimensions can have ⌊n/d⌋ᵈ local minima. Their idea, rebuilt here with our own constants:

1. **Separation.** Put each example on a coordinate axis, x = s·e_j. Then w·x = s·w_j, and the error

       E(w) = ½ Σ_examples (σ(w·x) − y)² = Σ_j E₁(w_j)

   is a sum of one-variable functions, one per coordinate. If each w_j* is a strict local minimum of E₁, then
   w* = (w_1*, ..., w_d*) is a strict local minimum of E (a sum of functions each at a strict local minimum in
   its own variable). So k strict local minima of E₁ give kᵈ of E.

2. **One dimension, k examples, k minima.** The examples (10ᵗ, 3/4), t = 0, ..., k − 1 (inputs 10ᵗ, target
   3/4). The t-th term g_t(w) = ½(σ(10ᵗ w) − 3/4)² equals 1/32 both at w = 0 (σ(0) = 1/2) and as w → ∞
   (σ → 1): both are 1/4 away from 3/4. In between it dips to 0 at w = ln 3 / 10ᵗ, and it is nearly flat
   away from the band w ≈ 10⁻ᵗ. So for w > 0, E₁ is a constant (k − 1)/32 with k separated wells, one at each
   scale 10⁻ᵗ; each well holds a strict local minimum (near 1.097, 0.1276, 0.01300, 0.001303, ... for the
   ratio 10: the neighbours' slopes move it a little off ln 3 / 10ᵗ but cannot remove it). For w < 0 every
   σ(10ᵗ w) < 1/2, and E₁ only grows as w decreases: no minimum there.

With k = ⌊n/d⌋ examples per coordinate (the other n − kd examples are (0, 1/2): input 0, target σ(0), a term
that is 0 everywhere), the error has kᵈ = ⌊n/d⌋ᵈ local minima: 9 for n = 6, d = 2.

This module only builds the network (``auer_network``, the project's own ``Network``: layers [d, 1], a sigmoid
output, no bias, squared loss, exact rational data) and finds the minima with floats (``find_auer_minima``).
The argument above is the explanation; the proof that the count is reached is the count certificate, one
box per minimum, each re-checked by the independent checker (``check``).
"""

from __future__ import annotations

from fractions import Fraction

from .basins import find_local_minima, grid_starts, log_grid
from .errors import InputError
from .network import Network

#: The ratio between consecutive inputs of one coordinate, and the target of every example.
RATIO, TARGET = 10, Fraction(3, 4)
#: Size caps: examples per coordinate (the wells must stay apart), dimension, and the number of minima.
MAX_PER_COORDINATE, MAX_DIMENSION, MAX_MINIMA = 5, 4, 64


def predicted_count(n: int, d: int) -> int:
    """⌊n/d⌋ᵈ, the number of local minima of the construction.

    >>> predicted_count(6, 2), predicted_count(7, 2), predicted_count(9, 3)
    (9, 9, 27)
    """
    return (n // d) ** d


def _sizes(n, d) -> int:
    for value, what in ((n, "n"), (d, "d")):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"{what}: expected a positive integer, found {value!r}")
    if not 1 <= d <= MAX_DIMENSION:
        raise InputError(f"d: the dimension must be between 1 and {MAX_DIMENSION}, found {d}")
    if n < d:
        raise InputError(f"n: at least d = {d} examples are needed, found n = {n}")
    k = n // d
    if k > MAX_PER_COORDINATE:
        raise InputError(f"n: at most {MAX_PER_COORDINATE} examples per coordinate (n <= {MAX_PER_COORDINATE * d} "
                         f"for d = {d}), found {k}")
    if k ** d > MAX_MINIMA:
        raise InputError(f"{k}^{d} = {k ** d} minima exceed the limit of {MAX_MINIMA}")
    return k


def auer_data(n: int, d: int) -> list[tuple[list[Fraction], list[Fraction]]]:
    """The n examples (x, y): for each coordinate j and t < ⌊n/d⌋, x = 10ᵗ e_j with y = 3/4; then (0, 1/2)
    until there are n.

    >>> [(list(map(str, x)), str(y[0])) for x, y in auer_data(3, 1)]
    [(['1'], '3/4'), (['10'], '3/4'), (['100'], '3/4')]
    """
    k = _sizes(n, d)
    data = []
    for j in range(d):
        for t in range(k):
            data.append(([Fraction(RATIO ** t) if i == j else Fraction(0) for i in range(d)], [TARGET]))
    while len(data) < n:
        data.append(([Fraction(0)] * d, [Fraction(1, 2)]))
    return data


def auer_network(n: int, d: int) -> Network:
    """The single sigmoid neuron σ(w·x) (no bias) with squared loss on ``auer_data(n, d)``."""
    return Network([d, 1], [], output_activation="sigmoid", bias=False, loss="squared", data=auer_data(n, d))


def find_auer_minima(net: Network) -> list[tuple[float, ...]]:
    """Float candidates for the local minima of ``net``'s loss (``basins``), from a grid of starts 0, ±10^k
    for the weights' scales 10⁻⁴ ... 10. Proves nothing."""
    d = net.layers[0]
    values = log_grid(-4, 1, 1)
    return find_local_minima(net.loss, list(net.params), grid_starts(values, d))


__all__ = ["MAX_DIMENSION", "MAX_PER_COORDINATE", "RATIO", "TARGET", "auer_data", "auer_network",
           "find_auer_minima", "predicted_count"]
