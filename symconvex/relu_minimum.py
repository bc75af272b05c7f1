r"""A finite-data ReLU network with a certified spurious local minimum (search layer: the example and its search).

The network: one ReLU neuron with a bias, x ↦ max(0, w x + b), squared loss on the four examples
(x, y) = (1, 1), (2, 2), (3, 2), (−3, 3) (constructed here, by hand, for this project). Its loss

    L(w, b) = ½ Σ_i (relu(w x_i + b) − y_i)²

is a quadratic on each activation region (the signs of w x_i + b fixed), and has

- a **spurious strict local minimum at (w, b) = (1/2, 2/3)**: there w x + b = 7/6, 5/3, 13/6 > 0 at x = 1, 2, 3
  and −5/6 < 0 at x = −3, so near (1/2, 2/3) the loss is the least-squares loss of the line through the three
  right examples plus the dead example's 9/2; its Hessian [[14, 6], [6, 3]] is positive definite (determinant 6)
  and its gradient vanishes at (1/2, 2/3), the least-squares line: a strict local minimum with L = 1/12 + 9/2
  = 55/12;
- a lower point **q = (−1, 0)**: relu(−x) is 0 at the three right examples and fits (−3, 3) exactly, so
  L(q) = ½(1 + 4 + 4) = 9/2 < 55/12 (the checker evaluates L(q) exactly);
- the **global minimum at (−16/83, 178/83)**: every example active, the least-squares line through all four,
  L = 51/83.

q is the witness of the spurious certificate rather than the global minimiser: it is an integer point, so that
changing one of its numbers (w → 0 or b → 1) gives a loss above 55/12 (9 and 5), and every one-number twin of
the certificate is rejected; a rational q near the global minimiser would still be lower after such a change.

Why a single neuron and not a hidden layer: a hidden ReLU unit with a trainable outgoing weight has the
rescaling symmetry (w_j, b_j, v_j) ↦ (α w_j, α b_j, v_j / α), α > 0, which leaves the loss unchanged, so every
critical point where that unit is alive lies on a curve of critical points: its Hessian is singular and no
minimum is *strict* (the minimum certificate needs a positive definite Hessian and a unique critical point in a
box). The output neuron has no weight after it, so no such symmetry: its minima can be strict.

The certificates are about the network spec (layers [1, 1], ReLU output, bias, squared loss, these data): the
checker builds the loss from the spec, shows every kink's argument has a fixed sign on the box (a smooth piece),
proves one critical point and a positive definite Hessian there, and compares with the exact loss at q.
"""

from __future__ import annotations

from .basins import grid_starts, log_grid
from .errors import InputError
from .netminima import NetworkMinima, certify_network_minima
from .network import Network

#: The examples (x, y) of the construction, and the lower point q = (w, b) of the spurious certificate.
DATA = ((1, 1), (2, 2), (3, 2), (-3, 3))
Q = ("-1", "0")


def relu_neuron() -> Network:
    """The network of the module docstring: max(0, w x + b), squared loss, ``DATA``."""
    return Network([1, 1], [], output_activation="relu", bias=True, loss="squared", data=list(DATA))


def certify_relu_minima(net: Network | None = None) -> NetworkMinima:
    """Float candidates from a grid of starts (0, ±10^(k/2) for |k/2| ≤ 1 in each weight), the count
    certificate of the strict local minima and the spurious-minimum certificates (``netminima``): against ``Q``
    for the built-in example, against the lowest candidate for another network."""
    better = Q if net is None else None
    net = net or relu_neuron()
    values = log_grid(-1, 1, 2)
    if len(values) ** len(net.names) > MAX_STARTS:   # 11^7 starts for a 1-2-1 net: hours, and gigabytes to list
        most = max(n for n in range(1, 10) if len(values) ** n <= MAX_STARTS)
        raise InputError(f"relu-minimum starts from every point of a grid of {len(values)} values per weight: at most "
                         f"{most} weights, the network has {len(net.names)}")
    return certify_network_minima(net, grid_starts(values, len(net.names)), better=better)


#: the most grid starts ``certify_relu_minima`` runs (11^4 = 14641, about 20 s)
MAX_STARTS = 20_000


__all__ = ["DATA", "Q", "certify_relu_minima", "relu_neuron"]
