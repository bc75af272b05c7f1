r"""Proofs that hold for every data set (search layer: builds candidates; the checker decides).

A network without a hidden layer and with a linear output has the loss

    L(w, b) = Σ_i ℓ(w·x_i + b, y_i),   ℓ(z, y) = ½ (z − y)² (squared), softplus(z) − y z (logistic),
                                              max(0, 1 − y z) (hinge).

``prove_for_all_data`` returns a rules certificate that ℓ(z, y) is convex in the score z for *every* target y:
y is a ``parameter`` (``RulesCertificate.parameters``; the checker's rules never use a parameter's sign, so the
derivation holds for every value of it). Then each term z ↦ ℓ(z, y_i) composed with the affine map
(w, b) ↦ w·x_i + b is convex in (w, b), whatever the input x_i and its dimension (Boyd & Vandenberghe §3.2.2),
and so is their sum (§3.2.1): the loss is convex for every data set of every size and input dimension.
"""

from __future__ import annotations

import sympy as sp

from .functions import relu, softplus


def per_example_loss(loss: str):
    """(ℓ(z, y) as a SymPy expression, the score z, the target y)."""
    z, y = sp.symbols("z y", real=True)
    if loss == "squared":
        ell = sp.Rational(1, 2) * (z - y) ** 2
    elif loss == "logistic":
        ell = softplus(z) - y * z
    elif loss == "hinge":
        ell = relu(1 - y * z)
    else:
        raise ValueError(f"unknown loss {loss!r}")
    return ell, z, y


def prove_for_all_data(loss: str):
    """A rules certificate that ℓ(z, y) is convex in z for every target y, or None."""
    from .rules import prove_by_rules

    ell, z, y = per_example_loss(loss)
    cert = prove_by_rules(ell, (z,), None, parameters=(y,))
    return cert if cert is not None and cert.proves in ("convex", "affine") else None


__all__ = ["per_example_loss", "prove_for_all_data"]
