r"""The dispatch of the proofs (kernel; trusted): each kind's module (``check.proofs``, ``check.hessian``,
``check.sums``, ``check.pieces``, ``check.datavectors``, ``check.restriction``, ``check.quasi``, ``check.matrices``)
imported for its kind only. ``check`` imports this module for these kinds only (it dispatches the kinds checked on
their subject alone itself: refutations, saddles, minima).
"""

from __future__ import annotations

from ..errors import CertificateError

#: How deep sum, identity and pieces certificates nest.
MAX_NESTING = 3


def verify_kind(cert, depth: int, subject, verify) -> str:
    """Check ``cert``, a record of one of these kinds (a part of another at nesting ``depth``), on ``subject()``, its
    expression tree; ``verify(part, depth)`` is the checker's check of a part. Returns the fact proved."""
    kind, network = cert.kind, cert.network is not None
    parts = ("sum", "identity", "pieces", "datavector", "restriction", "quasi", "loglog")
    if kind in parts and (network or depth >= MAX_NESTING):
        raise CertificateError(f"{kind}: a certificate of parts is about a function and nests at most {MAX_NESTING} "
                               f"deep, found {'a network' if network else f'depth {depth}'}")
    if network and kind in ("rules", "hessian") and not cert.variables:
        raise CertificateError(f"variables: a {kind} certificate lists its variables (implicit parameter names are "
                               "for midpoint and curvature certificates)")
    if kind == "matrix":   # its subject's leaves are matrix atoms, read by its own module, not variables
        from .matrices import verify_matrix

        return verify_matrix(cert)
    tree = subject()
    if kind == "rules":
        from .proofs import verify_rules

        return verify_rules(cert, tree)
    if kind == "hessian":
        from .hessian import verify_hessian

        return verify_hessian(cert, tree)
    if kind == "sum":
        from .sums import verify_sum

        return verify_sum(cert, tree, verify, depth)
    if kind == "restriction":
        from .restriction import verify_restriction

        return verify_restriction(cert, tree, verify, depth)
    if kind in ("quasi", "loglog"):
        from .quasi import verify_loglog, verify_quasi

        return (verify_quasi if kind == "quasi" else verify_loglog)(cert, tree, verify, depth)
    if kind == "datavector":
        from .datavectors import verify_datavector

        return verify_datavector(cert, tree, verify, depth)
    from .pieces import verify_identity, verify_pieces

    return (verify_identity if kind == "identity" else verify_pieces)(cert, tree, verify, depth)


__all__ = ["MAX_NESTING", "verify_kind"]
