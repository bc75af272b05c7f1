r"""Checking ``curvature`` certificates: second-order refutations of convexity and concavity (kernel; trusted).

What an accepted certificate proves (f the certificate's function, or the loss of its network spec; D its domain):

- ``curvature``: p is interior to D (``check_domain``), every kink of f is strictly on one side at p and every
  singularity strictly avoided (so f is C^2 near p), and phi''(0) < 0 (not convex) or > 0 (not concave) for
  phi(t) = f(p + t u). A convex function has phi'' >= 0 wherever it is twice differentiable inside its domain.

With parameters, one allowed value of them is stated (``parameter_values``): the claim is refuted for every value
the domain allows. ``check`` hands in the subject (a tree, or a ``check.fastnet.FastNet``) and ``check_domain``.
"""

from __future__ import annotations

from fractions import Fraction

from ..errors import CertificateError
from .evaluate import evaluate, line_jets
from .numbers import show, sign
from .stated import certificate_vectors, check_stated, coordinates


def verify_curvature(cert, tree, variables, check_domain) -> str:
    """The curvature check of the module docstring on ``tree`` in ``variables`` (None for a ``FastNet``)."""
    p, u = certificate_vectors(cert, tree, variables, ("point", "direction"))
    if isinstance(tree, list):
        u[len(u) - len(cert.parameters):] = [Fraction(0)] * len(cert.parameters)  # the parameters stay fixed
    if not any(u) if isinstance(u, list) else u.is_zero():
        raise CertificateError("direction: must be nonzero")
    if cert.domain:
        check_domain(cert, coordinates(p), "point", strict=True)
    if isinstance(tree, list):
        jet, pattern = evaluate(tree, line_jets(variables + list(cert.parameters), p, u, 2), 2)
    else:  # exact integer forward pass with degree-2 jets (``FastNet.curvature``)
        jet, pattern = tree.curvature(p, u)
    if list(cert.pattern) != pattern:
        raise CertificateError(f"pattern: the kinks at the point take branches {pattern[:12]}, "
                               f"certificate states {list(cert.pattern[:12])}")
    second = jet.second_derivative()
    check_stated(jet.c[0], cert.value, "value")
    check_stated(jet.c[1], cert.slope, "slope")
    check_stated(second, cert.second_derivative, "second_derivative")
    if sign(second) != (-1 if cert.refutes == "convex" else 1):
        raise CertificateError(f"curvature: d2/dt2 f(p + t u) = {show(second)}, needs "
                               f"{'< 0' if cert.refutes == 'convex' else '> 0'} to show f is not {cert.refutes}")
    return f"not_{cert.refutes}"


__all__ = ["verify_curvature"]
