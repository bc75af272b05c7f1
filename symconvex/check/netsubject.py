r"""The subject of a certificate about a network spec: its loss, by the exact integer pass (``check.fastnet``) or as
the loss tree (``check.losstree``), each imported for its specs only (kernel; trusted).
"""

from __future__ import annotations

from ..errors import CertificateError
from .network import parameter_names, piecewise_linear


def network_subject(cert, fast: bool):
    """The loss of a certificate's network spec: with ``fast`` and a spec ``piecewise_linear`` takes, a ``FastNet``
    (nothing of size weights x data built); else, or if it does not compile (an invalid spec: the loss tree's
    validation reports), the loss tree. No parameters; the variables are the spec's parameter names or empty."""
    if cert.parameters:
        raise CertificateError("parameters: a network certificate has none")
    subject = None
    if fast and piecewise_linear(cert.network):
        from .fastnet import compile_spec

        subject = compile_spec(cert.network)
    if subject is None:
        from .losstree import loss_tree

        subject = loss_tree(cert.network)
    if cert.variables:
        expected = parameter_names(cert.network)
        if list(cert.variables) != expected:
            raise CertificateError(f"variables: found {len(cert.variables)} names, the network spec has parameters "
                                   f"{expected[:4]}... ({len(expected)})")
    return subject


__all__ = ["network_subject"]
