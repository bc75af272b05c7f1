r"""Search time for family claims (issue #16): the smallest member with a checked certificate.

    python bench/families.py [--timeout 60]

Prints, per claim, the time to find and check the member (or the for-all-data proof), the member's weights and
data points, and the answer; then the median and the worst time. Targets (printed, not asserted): at most 2 data
points and 7 weights for every false "is convex" claim that has such a member.
"""

from __future__ import annotations

import argparse
import statistics
import time

from symconvex.families import check_family_claim

CLAIMS = [
    "Neural networks with linear activation functions and square loss will yield convex optimization",
    "compositions of convex functions are convex, so a network built from ReLUs has a convex loss",
    "if there's no hidden layers at all, it's convex, just like logistic regression",
    "a one-layer network has a convex shape with quadratic loss",
    "the loss of a network with sigmoid activations is non-convex",
    "A single sigmoid neuron with squared loss and two data points is convex",
    "A neural network with two hidden layers, tanh activations and hinge loss is convex",
    "A deep linear network with squared loss is convex",
    "A neural network with one hidden layer, softplus activations and cross-entropy loss is convex",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    check_family_claim(CLAIMS[0], timeout=args.timeout)  # warm-up: lazy imports excluded
    times, small = [], True
    for text in CLAIMS:
        start = time.perf_counter()
        result = check_family_claim(text, timeout=args.timeout)
        seconds = time.perf_counter() - start
        times.append(seconds)
        sizes = [(len(a.member.names), len(a.member.data)) for a in result.answers if a.member is not None]
        small &= all(w <= 7 and n <= 2 for w, n in sizes)
        print(f"{seconds * 1000:9.1f} ms  holds={str(result.holds):5}  members (weights, points) {sizes}  {text[:70]}")
    print(f"median {statistics.median(times) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms over {len(CLAIMS)} "
          f"claims; every member has at most 7 weights and 2 data points: {'yes' if small else 'NO'}")


if __name__ == "__main__":
    main()
