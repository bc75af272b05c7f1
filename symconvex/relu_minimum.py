r"""A finite-data ReLU network with a certified spurious local minimum (search layer: the example and its search).

The network: one ReLU neuron with a bias, x ↦ max(0, w x + b), squared loss on the three examples
(x, y) = (1, 1), (2, 2), (−1, 3) (constructed here, by hand). Its loss

    L(w, b) = ½ (relu(w + b) − 1)² + ½ (relu(2w + b) − 2)² + ½ (relu(−w + b) − 3)²

is a quadratic on each activation region (the signs of w + b, 2w + b, −w + b fixed), and has

- a **spurious strict local minimum at (w, b) = (1, 0)**: there w + b = 1 > 0, 2w + b = 2 > 0, −w + b = −1 < 0,
  so near (1, 0) the loss is ½(w + b − 1)² + ½(2w + b − 2)² + 9/2, whose Hessian [[5, 3], [3, 2]] is positive
  definite (determinant 1) and whose gradient vanishes at (1, 0): a strict local minimum with L = 9/2. The line
  fits the two examples on the right exactly and leaves the third one dead.
- the **global minimum at (−3/7, 16/7)**: every unit active (13/7, 10/7, 19/7 > 0), the least-squares line
  through all three examples, L = 4/7 < 9/2.

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
from .netminima import NetworkMinima, certify_network_minima
from .network import Network

#: The examples (x, y) of the construction.
DATA = ((1, 1), (2, 2), (-1, 3))


def relu_neuron() -> Network:
    """The network of the module docstring: max(0, w x + b), squared loss, ``DATA``."""
    return Network([1, 1], [], output_activation="relu", bias=True, loss="squared", data=list(DATA))


def certify_relu_minima(net: Network | None = None) -> NetworkMinima:
    """Float candidates from a grid of starts (0, ±10^(k/2) for |k/2| ≤ 1 in each weight), the count
    certificate of the strict local minima and the spurious-minimum certificates (``netminima``)."""
    net = net or relu_neuron()
    return certify_network_minima(net, grid_starts(log_grid(-1, 1, 2), len(net.names)))


__all__ = ["DATA", "certify_relu_minima", "relu_neuron"]
