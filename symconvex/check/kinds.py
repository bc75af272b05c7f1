r"""The dispatch of the kinds that prove a fact (kernel; trusted): each kind's module (``check.proofs``,
``check.hessian``, ``check.landscape``, ``check.minimum``, ``check.sums``, ``check.pieces``, ``check.datavectors``,
``check.restriction``, ``check.quasi``, ``check.quasimidpoint``) imported for its kind
only. ``check`` imports this module for these kinds only (not for a midpoint or curvature refutation).
"""

from __future__ import annotations

from ..errors import CertificateError

#: How deep sum, identity and pieces certificates nest.
MAX_NESTING = 3


def verify_kind(cert, depth: int, subject, check_domain, verify):
    """Check ``cert``, a record of one of these kinds (a part of another at nesting ``depth``), on ``subject()``, its
    (expression tree, variable names); ``check_domain`` is the checker's domain test at a point and ``verify(part,
    depth)`` its check of a part. Returns the fact proved (of a minimum, its ``check.minimum.MinimumReport``)."""
    kind, network = cert.kind, cert.network is not None
    parts = ("sum", "identity", "pieces", "datavector", "restriction", "quasi", "loglog")
    if kind in parts and (network or depth >= MAX_NESTING):
        raise CertificateError(f"{kind}: a certificate of parts is about a function and nests at most {MAX_NESTING} "
                               f"deep, found {'a network' if network else f'depth {depth}'}")
    if network and kind in ("rules", "hessian") and not cert.variables:
        raise CertificateError(f"variables: a {kind} certificate lists its variables (implicit parameter names are "
                               "for midpoint and curvature certificates)")
    tree, names = subject()
    if kind == "rules":
        from .proofs import verify_rules

        return verify_rules(cert, tree)
    if kind == "hessian":
        from .hessian import verify_hessian

        return verify_hessian(cert, tree)
    if kind == "saddle":
        from .landscape import verify_saddle

        return verify_saddle(cert, tree, names, check_domain)
    if kind in ("minimum", "minima_count"):
        from .minimum import minimum_report, verify_minima_count

        return (minimum_report if kind == "minimum" else verify_minima_count)(cert, tree, names, check_domain)
    if kind == "sum":
        from .sums import verify_sum

        return verify_sum(cert, tree, verify, depth)
    if kind == "restriction":
        from .restriction import verify_restriction

        return verify_restriction(cert, tree, verify, depth)
    if kind == "quasimidpoint":
        from .quasimidpoint import verify_quasimidpoint

        return verify_quasimidpoint(cert, tree, names, check_domain)
    if kind in ("quasi", "loglog"):
        from .quasi import verify_loglog, verify_quasi

        return (verify_quasi if kind == "quasi" else verify_loglog)(cert, tree, verify, depth)
    if kind == "datavector":
        from .datavectors import verify_datavector

        return verify_datavector(cert, tree, verify, depth)
    from .pieces import verify_identity, verify_pieces

    return (verify_identity if kind == "identity" else verify_pieces)(cert, tree, verify, depth)


__all__ = ["MAX_NESTING", "verify_kind"]
