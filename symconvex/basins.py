r"""Finding local minima with floats (search layer: proposes points; it proves nothing).

``find_local_minima(f, variables, starts)`` runs a damped Newton iteration from every start at once (NumPy,
batched): where the float Hessian H is positive definite the step is −H⁻¹∇f, elsewhere a step along −∇f as long
as the point's distance from 0 (at least 1/10); a step is halved until f decreases. A run ends at a *candidate*
when ‖∇f‖ is tiny and the smallest eigenvalue of H is positive there (above 10⁻⁹ times the largest: a
float-singular Hessian is no candidate); candidates within 10⁻⁶·(1 + |q|) of each other, coordinatewise, are
merged. The candidates are floats: a certificate (``check``) must prove each one (a box with a unique critical
point and a positive definite Hessian) before anything is claimed, and a candidate the checker cannot confirm is
simply dropped.

The gradient and Hessian are SymPy's exact derivatives of f, evaluated with NumPy: ``relu`` as max(0, z), its
derivative ``Heaviside`` as the step, ``DiracDelta`` as 0 (valid away from the kinks, where the finder does
not decide anything anyway), ``sigmoid`` as 1/(1 + e^(−z)) computed without overflow.

``log_grid(lo, hi, per_decade)`` gives the starting values 0, ±10^k (k from lo to hi, ``per_decade`` values a
decade): minima of losses whose inputs span several scales sit at several scales of weights too.
"""

from __future__ import annotations

import itertools

import numpy as np
import sympy as sp


def _sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z))))


_NUMPY = {
    "relu": lambda z: np.maximum(z, 0.0),
    "Heaviside": lambda z, *rest: np.heaviside(z, 0.5),
    "DiracDelta": lambda z, *rest: np.zeros_like(np.asarray(z, dtype=float)),
    "sigmoid": _sigmoid,
    "softplus": lambda z: np.logaddexp(0.0, z),
    "leaky_relu": lambda z, a: np.where(np.asarray(z) > 0, z, float(a) * np.asarray(z)),
}


def _compile(f, variables):
    """NumPy callables for f, ∇f and the Hessian, each taking the coordinates as arrays (batched)."""
    grad = [sp.diff(f, v) for v in variables]
    hess = [[sp.diff(g, v) for v in variables] for g in grad]
    modules = [_NUMPY, "numpy"]
    return (sp.lambdify(variables, f, modules=modules), sp.lambdify(variables, grad, modules=modules),
            sp.lambdify(variables, hess, modules=modules))


def _stack(values, shape):
    return np.stack([np.broadcast_to(np.asarray(v, dtype=float), shape) for v in values], axis=-1)


def log_grid(lo: int = -3, hi: int = 1, per_decade: int = 2) -> list[float]:
    """Starting values for one coordinate: 0 and ±10^(k/per_decade) for lo ≤ k/per_decade ≤ hi.

    >>> log_grid(0, 1, 1)
    [0.0, -1.0, 1.0, -10.0, 10.0]
    """
    out = [0.0]
    for k in range(lo * per_decade, hi * per_decade + 1):
        r = 10.0 ** (k / per_decade)
        out += [-r, r]
    return out


def grid_starts(values, n: int) -> np.ndarray:
    """Every point of ``values``ⁿ (a product grid), as an array of shape (len(values)ⁿ, n)."""
    return np.array(list(itertools.product(values, repeat=n)), dtype=float)


def find_local_minima(f, variables, starts, *, iterations: int = 60, gtol: float = 1e-11,
                      merge: float = 1e-6) -> list[tuple[float, ...]]:
    """Float candidates for the strict local minima of f reached from ``starts`` (module docstring), sorted by
    their float loss. None of them is proved to be anything.

    >>> x = sp.Symbol("x")
    >>> [round(p[0], 6) for p in find_local_minima((x**2 - 1)**2, [x], [[-3.0], [0.5], [2.0]])]
    [-1.0, 1.0]
    """
    variables = list(variables)
    n = len(variables)
    fn, gn, hn = _compile(f, variables)
    P = np.array(starts, dtype=float).reshape(-1, n)

    def values(P):
        with np.errstate(all="ignore"):
            return np.broadcast_to(np.asarray(fn(*P.T), dtype=float), P.shape[:1]).copy()

    def derivatives(P):
        with np.errstate(all="ignore"):
            g = _stack(gn(*P.T), P.shape[:1])
            H = np.stack([_stack(row, P.shape[:1]) for row in hn(*P.T)], axis=-2)
        return g, H

    F = values(P)
    live = np.isfinite(F)
    for _ in range(iterations):
        idx = np.flatnonzero(live)
        if not len(idx):
            break
        g, H = derivatives(P[idx])
        ok = np.isfinite(g).all(axis=1) & np.isfinite(H).all(axis=(1, 2))
        moving = ok & (np.linalg.norm(np.where(ok[:, None], g, 0.0), axis=1) > 1e-3 * gtol)
        live[idx[~moving]] = False
        idx, g, H = idx[moving], g[moving], H[moving]
        if not len(idx):
            break
        w, V = np.linalg.eigh(H)
        pd = w.min(axis=1) > 0
        safe = np.where(pd[:, None], w, 1.0)
        newton = -np.einsum("kij,kj,kj->ki", V, 1.0 / safe, np.einsum("kji,kj->ki", V, g))
        # where H is not positive definite: along −∇f, first as far as the point is from 0 (at least 1/10)
        reach = np.maximum(np.abs(P[idx]).max(axis=1), 0.1) / np.linalg.norm(g, axis=1)
        step = np.where(pd[:, None], newton, -g * reach[:, None])
        t = np.ones(len(idx))
        todo = np.ones(len(idx), dtype=bool)
        for _ in range(40):
            sub = np.flatnonzero(todo)
            trial = values(P[idx[sub]] + t[sub, None] * step[sub])
            better = np.isfinite(trial) & (trial <= F[idx[sub]])
            won = sub[better]
            P[idx[won]] = P[idx[won]] + t[won, None] * step[won]
            F[idx[won]] = trial[better]
            todo[won] = False
            if not todo.any():
                break
            t[todo] /= 2
        live[idx[todo]] = False  # no decrease along the step at any length: stuck (a float floor or a kink)
        moved = np.abs(t[:, None] * step) > 1e-15 * (np.abs(P[idx]) + 1e-300)
        live[idx[~moved.any(axis=1)]] = False  # converged to the last bit
    g, H = derivatives(P)
    found = []
    for p, gp, Hp, fp in zip(P, g, H, F):
        if not (np.isfinite(gp).all() and np.isfinite(Hp).all()):
            continue
        scale = max(1.0, float(np.abs(Hp).max()) * max(1e-300, float(np.abs(p).max())))
        eigenvalues = np.linalg.eigvalsh(Hp)
        if np.linalg.norm(gp) > gtol * scale or not eigenvalues[0] > 1e-9 * max(abs(eigenvalues[-1]), 1e-300):
            continue
        if any(np.all(np.abs(p - q) <= merge * (1.0 + np.abs(q))) for q, _ in found):
            continue
        found.append((p, fp))
    found.sort(key=lambda item: item[1])
    return [tuple(float(c) for c in p) for p, _ in found]


__all__ = ["find_local_minima", "grid_starts", "log_grid"]
