r"""The model reading of a formula written with weight and data letters (text layer).

A claim that names no variables is read in all its free symbols (CLAIMS.md). When the formula mixes a weight
letter (w, w_1, θ) with data letters (x, y, x_i, y_i), as in "$(w x - y)^2$ is convex" or "$\log(1 + e^{-y w x})$
is convex", a machine-learning reader means the loss as a function of the weights, the data fixed (convex: a
convex function of the affine map w -> w x); a mathematics reader means the function of (w, x, y) jointly (not
convex: (wx - y)^2 is an indefinite quadratic near 0). ``data_letter_reading`` gives the second reading's
parameters, the data letters, and the claim is then answered only where both readings agree (``claims``), as it
is for conventional parameter letters ("$a x^2$ is convex").
"""

from __future__ import annotations

#: Letters that name a model's weights, and letters that name its data (inputs x, targets y).
WEIGHT_LETTERS = frozenset({"w", "theta"})
DATA_LETTERS = frozenset({"x", "y"})


def _letter(name: str) -> str:
    return name.split("_")[0]


def data_letter_reading(free: set[str]) -> list[str] | None:
    """The data letters of ``free`` (the symbol names of a claim that names no variables) to read as parameters,
    when ``free`` also has a weight letter; None otherwise."""
    data = sorted(n for n in free if _letter(n) in DATA_LETTERS)
    if not data or not any(_letter(n) in WEIGHT_LETTERS for n in free):
        return None
    return data


__all__ = ["DATA_LETTERS", "WEIGHT_LETTERS", "data_letter_reading"]
