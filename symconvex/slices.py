r"""A set over the variables and the fixed parameters together (layer: text).

"$x \log(x/y) - x + y$ is strictly convex on $\mathbb{R}^2_{++}$ in $x$ for fixed $y$": the set has two coordinates
and the claim names one variable and one fixed parameter, so the set is over (x, y) and the claim is about x on
each slice {y fixed} of it, for every y the set allows: x > 0 for every y > 0. Without this reading the set's
dimension would make x a vector in R^2.

Only a set that is the same in every coordinate (``\mathbb{R}^n``, ``\mathbb{R}^n_{+}``, ``\mathbb{R}^n_{++}``,
written without a relation) is read so, and only when its dimension n is the number of variables plus the number of
fixed parameters (and not the number of variables alone): such a set does not depend on the order of the
coordinates, so no order is guessed. The constraints it gives are each about one symbol, so they split into the
variables' set and the parameters' conditions (``parametric``).

>>> joint_sets([r"\mathbb{R}^2_{++}"], ["x"], ["y"], {})
([], [x > 0, y > 0])
"""

from __future__ import annotations

from .errors import InputError
from .parsing import declaration, has_relation, parse_set


def joint_sets(pieces: list, variables: list[str], parameters: list[str], values: dict) -> tuple[list, list | None]:
    """(the pieces kept, the constraints of the pieces read as one set over ``variables`` + ``parameters``, or None
    when there is none); module docstring. ``pieces`` are a claim's domain texts."""
    n_vars, n_all = len(variables), len(variables) + len(parameters)
    if not parameters or not variables:
        return pieces, None
    kept, constraints, found = [], [], False
    for piece in pieces:
        size = _space_size(piece, values)
        if size is None or size != n_all or size == n_vars:
            kept.append(piece)
            continue
        found = True
        constraints.extend(parse_set([*variables, *parameters], _orthant(piece)))
    return kept, (constraints if found else None)


def _space_size(piece, values: dict) -> int | None:
    """n for a domain written as ``\\mathbb{R}^n`` (with an orthant's subscript), else None."""
    if not isinstance(piece, str) or has_relation(piece):
        return None
    try:
        found = declaration(f"z \\in {piece}", values)
    except InputError:
        return None
    if found is None or len(found[1]) != 1 or not isinstance(found[1][0], int):
        return None
    return found[1][0]


def _orthant(piece: str) -> str:
    """The one-coordinate set of ``\\mathbb{R}^n_{++}``: ``\\mathbb{R}_{++}``."""
    return declaration(f"z \\in {piece}", {})[2]


__all__ = ["joint_sets"]
