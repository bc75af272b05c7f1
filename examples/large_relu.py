"""Print a TOML spec of a large 2-layer ReLU net with exact random data (for ``symconvex net``).

    python examples/large_relu.py 1024 2048 32 > big.toml      # 2.1 million weights, 32 data points
    symconvex net big.toml --base-point dense --certificate big.cert.json
    symconvex verify big.cert.json

Inputs are multiples of 1/8 in [-1, 1], targets multiples of 1/2 in [-2, 2] (seeded: the same file every time).
"""

from __future__ import annotations

import random
import sys


def spec_toml(d: int, k: int, n: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    lines = [f"# a {d}-{k}-1 ReLU net, squared loss, {n} data points: {k * (d + 2) + 1} weights",
             f"layers = [{d}, {k}, 1]", 'activation = "relu"', "bias = true", 'loss = "squared"', "data = ["]
    for _ in range(n):
        x = ", ".join(f'"{rng.randint(-8, 8)}/8"' for _ in range(d))
        lines.append(f'  {{ x = [{x}], y = "{rng.randint(-4, 4)}/2" }},')
    return "\n".join(lines + ["]", ""])


def main(argv: list[str]) -> int:
    try:
        d, k, n = (int(a) for a in argv)
        if min(d, k, n) < 1:
            raise ValueError
    except ValueError:
        print("usage: python examples/large_relu.py D K N   (three positive integers)", file=sys.stderr)
        return 2
    sys.stdout.write(spec_toml(d, k, n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
