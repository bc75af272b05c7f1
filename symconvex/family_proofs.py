r"""Proofs that hold for every data set (search layer: builds candidates; the checker decides).

A network without a hidden layer and with a linear output has the loss L(w, b) = Σ_i ℓ(w·x_i + b, y_i). The
per-example loss of one example (x, y) with d inputs,

    squared   ½ (w·x + b − y)²        logistic   softplus(w·x + b) − y (w·x + b)        hinge   max(0, 1 − y (w·x + b)),

is convex in (w, b) for *every* real x and y: ``prove_for_all_data`` returns a rules certificate whose data
symbols are ``parameters`` (``RulesCertificate.parameters``; the checker's rules never use a parameter's sign,
so the derivation holds for every value of them). A data set of any size is a sum of such terms, and a sum of
convex functions is convex (Boyd & Vandenberghe §3.2.1), so the loss is convex for every data set; the
certificate is made for input dimension ``d`` (d = 1 by default), and the same derivation, with d products
w_j x_j in the affine score, serves every d.
"""

from __future__ import annotations

import sympy as sp

from .functions import relu, softplus


def per_example_loss(loss: str, d: int = 1):
    """(ℓ as a SymPy expression, weights (w_1..w_d, b), data symbols (x_1..x_d, y))."""
    w = sp.symbols(f"w_1:{d + 1}", real=True)
    x = sp.symbols(f"x_1:{d + 1}", real=True)
    b, y = sp.symbols("b y", real=True)
    z = sum((wi * xi for wi, xi in zip(w, x)), sp.S.Zero) + b
    if loss == "squared":
        ell = sp.Rational(1, 2) * (z - y) ** 2
    elif loss == "logistic":
        ell = softplus(z) - y * z
    elif loss == "hinge":
        ell = relu(1 - y * z)
    else:
        raise ValueError(f"unknown loss {loss!r}")
    return ell, (*w, b), (*x, y)


def prove_for_all_data(loss: str, d: int = 1):
    """A rules certificate that the per-example ``loss`` is convex in (w, b) for every data value, or None."""
    from .rules import prove_by_rules

    ell, weights, data = per_example_loss(loss, d)
    cert = prove_by_rules(ell, weights, None, parameters=data)
    return cert if cert is not None and cert.proves == "convex" else None


__all__ = ["per_example_loss", "prove_for_all_data"]
