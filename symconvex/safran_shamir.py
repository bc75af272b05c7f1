r"""The Safran–Shamir population loss and its spurious local minima (search layer: builds the subject and finds
candidates; certificates come from ``minima.certify_minimum`` and only the checker decides).

**The function.** Safran & Shamir, "Spurious local minima are common in two-layer ReLU neural networks" (ICML
2018), with k hidden units, input dimension d = k, target network V = I (the rows vᵢ = eᵢ), Gaussian inputs
x ~ N(0, I_d) and the population squared loss with a factor ½:

    F(W) = ½ E_x[(Σᵢ relu(wᵢᵀx) − Σᵢ relu(vᵢᵀx))²],    W ∈ R^{k×k} with rows wᵢ (variables ``W1_i_j``).

Expanding the square and using the arc-cosine kernel (Cho & Saul 2009)
E[relu(wᵀx) relu(uᵀx)] = g(w, u) = ‖w‖‖u‖(sin θ + (π − θ) cos θ)/(2π), θ the angle between w and u,

    F(W) = ½ Σᵢⱼ g(wᵢ, wⱼ) − Σᵢⱼ g(wᵢ, eⱼ) + ½ Σᵢⱼ g(eᵢ, eⱼ),   ½ Σᵢⱼ g(eᵢ, eⱼ) = k/4 + k(k − 1)/(4π),

written as an expression tree with g(w, w) = ‖w‖²/2 and, for w ≠ u,
2π g(w, u) = √(‖w‖²‖u‖² − (w·u)²) + (π − arccos(w·u / (‖w‖‖u‖))) (w·u) (for u = eⱼ: ‖w‖² − wⱼ² under the
root). The tree is C² (indeed analytic) wherever no two rows are parallel, no row is parallel to an eⱼ and no
row is 0 — the checker verifies exactly that on each box (root arguments > 0, arccos arguments inside (−1, 1)).
F(V) = 0, so V is the exhibited point q of a spurious minimum.

**The search.** Float64 gradient descent (step 0.1) from rows drawn N(0, 1/k), vectorised with numpy over a
chunk of starts (``descend``); chunks run through the batch executor's worker pool or a Dask cluster
(``search``). Runs that end with F > 10⁻³ are candidates. The candidates found once are stored in
``data/safran_shamir.json`` with the seed, chunk index, steps and the final float point
(``CANDIDATES``), so certification does not repeat the search.
"""

from __future__ import annotations

import json
import pathlib
import time

import numpy as np

DATA = pathlib.Path(__file__).resolve().parent / "data" / "safran_shamir.json"
STEP, STEPS, CHUNK = 0.1, 8000, 250


def names(k: int) -> list[str]:
    """The variables W1_i_j (row i, column j, 1-based), row by row.

    >>> names(2)
    ['W1_1_1', 'W1_1_2', 'W1_2_1', 'W1_2_2']
    """
    return [f"W1_{i + 1}_{j + 1}" for i in range(k) for j in range(k)]


def _var(i, j):
    return ["var", f"W1_{i + 1}_{j + 1}"]


def _num(text):
    return ["num", text]


def _square_norm(k, i, skip=None):
    return ["add", *[["mul", _var(i, j), _var(i, j)] for j in range(k) if j != skip]]


def _pair(k, i, l):
    """2π g(wᵢ, wₗ) for rows i ≠ l (module docstring)."""
    ni, nl = _square_norm(k, i), _square_norm(k, l)
    dot = ["add", *[["mul", _var(i, j), _var(l, j)] for j in range(k)]]
    root = ["pow", ["add", ["mul", ni, nl], ["mul", _num("-1"), dot, dot]], _num("1/2")]
    cos = ["mul", dot, ["pow", ni, _num("-1/2")], ["pow", nl, _num("-1/2")]]
    return ["add", root, ["mul", ["add", ["pi"], ["mul", _num("-1"), ["arccos", cos]]], dot]]


def _target(k, i, j):
    """2π g(wᵢ, eⱼ)."""
    root = ["pow", _square_norm(k, i, skip=j), _num("1/2")]
    cos = ["mul", _var(i, j), ["pow", _square_norm(k, i), _num("-1/2")]]
    return ["add", root, ["mul", ["add", ["pi"], ["mul", _num("-1"), ["arccos", cos]]], _var(i, j)]]


def loss_tree(k: int) -> list:
    """F for k = d hidden units and V = I as a whitelisted expression tree (module docstring)."""
    if not 2 <= k <= 8:
        raise ValueError("k: 2 <= k <= 8")
    inv_two_pi = ["pow", ["mul", _num("2"), ["pi"]], _num("-1")]
    diagonal = ["mul", _num("1/4"), ["add", *[_square_norm(k, i) for i in range(k)]]]
    pairs = ["add", *[_pair(k, i, l) for i in range(k) for l in range(i + 1, k)]]
    targets = ["add", *[_target(k, i, j) for i in range(k) for j in range(k)]]
    kernel = ["mul", inv_two_pi, ["add", pairs, ["mul", _num("-1"), targets]]]
    constant = ["add", _num(f"{k}/4"), ["mul", _num(f"{k * (k - 1)}/4"), ["pow", ["pi"], _num("-1")]]]
    return ["add", diagonal, kernel, constant]


def identity(k: int) -> list[int]:
    """V = I, flattened row by row: the point q with F(q) = 0."""
    return [int(i == j) for i in range(k) for j in range(k)]


def loss_and_gradient(W: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """F and ∇F (float64) for a stack of weight matrices W of shape (runs, k, k): the closed form above and
    ∂g(w, u)/∂w = (‖u‖ sin θ · w/‖w‖ + (π − θ) u)/(2π). Finds candidates only."""
    _, k, _ = W.shape
    n = np.linalg.norm(W, axis=2)
    cos = np.clip(np.einsum("bid,bjd->bij", W, W) / (n[:, :, None] * n[:, None, :]), -1, 1)
    theta, sin = np.arccos(cos), np.sqrt(1 - cos ** 2)
    gww = n[:, :, None] * n[:, None, :] * (sin + (np.pi - theta) * cos) / (2 * np.pi)
    cv = np.clip(W / n[:, :, None], -1, 1)
    thv, sv = np.arccos(cv), np.sqrt(1 - cv ** 2)
    gwv = n[:, :, None] * (sv + (np.pi - thv) * cv) / (2 * np.pi)
    F = 0.5 * gww.sum((1, 2)) - gwv.sum((1, 2)) + k / 4 + k * (k - 1) / (4 * np.pi)
    grad_ww = (n[:, None, :] * sin).sum(2)[:, :, None] * W / n[:, :, None] / (2 * np.pi) \
        + np.einsum("bij,bjd->bid", (np.pi - theta) / (2 * np.pi), W)
    grad_wv = sv.sum(2)[:, :, None] * W / n[:, :, None] / (2 * np.pi) + (np.pi - thv) / (2 * np.pi)
    return F, grad_ww - grad_wv


def descend(k: int, seed: int, runs: int = CHUNK, steps: int = STEPS) -> dict:
    """Gradient descent from ``runs`` starts (rows N(0, 1/k), numpy generator seeded with [k, seed]); returns the
    runs that end with F > 10⁻³ (candidates for spurious minima), the final F of every run, and the time taken."""
    start = time.perf_counter()
    rng = np.random.default_rng([k, seed])
    W = rng.normal(size=(runs, k, k)) / np.sqrt(k)
    for _ in range(steps):
        W -= STEP * loss_and_gradient(W)[1]
    F, g = loss_and_gradient(W)
    norms = np.linalg.norm(g.reshape(runs, -1), axis=1)
    found = [{"k": k, "seed": seed, "index": int(i), "steps": steps, "F": float(F[i]), "gradient_norm":
              float(norms[i]), "W": [float(x) for x in W[i].ravel()]} for i in np.flatnonzero(F > 1e-3)]
    return {"k": k, "seed": seed, "runs": runs, "steps": steps, "seconds": time.perf_counter() - start,
            "found": found, "final_F": [float(v) for v in F]}


def descend_task(text: str, timeout: float) -> dict:
    """A batch-executor target (``batch.run_batch(..., target="symconvex.safran_shamir:descend_task")``): the
    task text is JSON ``{"k": k, "seed": s, "runs": n, "steps": m}``; returns ``descend``'s result."""
    task = json.loads(text)
    return descend(int(task["k"]), int(task["seed"]), int(task.get("runs", CHUNK)), int(task.get("steps", STEPS)))


def descend_one(k: int, seed: int, index: int, runs: int = CHUNK, steps: int = STEPS) -> tuple[list[float], float]:
    """Replay one run of ``descend`` alone (same start, same steps); returns its final point and the seconds
    taken (the float64 time the benchmark compares with certification)."""
    rng = np.random.default_rng([k, seed])
    W = (rng.normal(size=(runs, k, k)) / np.sqrt(k))[index:index + 1]
    start = time.perf_counter()
    for _ in range(steps):
        W -= STEP * loss_and_gradient(W)[1]
    return [float(x) for x in W[0].ravel()], time.perf_counter() - start


def candidates(k: int, path=None) -> list[dict]:
    """The candidates for k stored in ``data/safran_shamir.json`` (or in ``path``, a file written by
    ``symconvex landscape search --out``), best gradient first."""
    data = json.loads(pathlib.Path(path or DATA).read_text(encoding="utf-8"))
    return sorted((c for c in data["candidates"] if c["k"] == k), key=lambda c: c["gradient_norm"])


def certify(k: int, *, point=None, tries: int = 5, path=None):
    """A spurious-local-minimum certificate for F with k = d (q = V = I), from ``point`` or the stored candidates
    (the first ``tries`` of them); None when none certifies."""
    from .minima import certify_minimum

    tree, variables = loss_tree(k), names(k)
    points = [point] if point is not None else [c["W"] for c in candidates(k, path)[:tries]]
    for p in points:
        cert = certify_minimum(tree, variables, p, better=identity(k),
                               note=f"Safran-Shamir population loss, k = d = {k}, V = I; q = V")
        if cert is not None:
            return cert
    return None


__all__ = ["CHUNK", "DATA", "STEP", "STEPS", "candidates", "certify", "descend", "descend_one", "descend_task",
           "identity",
           "loss_and_gradient", "loss_tree", "names"]
