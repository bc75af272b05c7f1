r"""The dispatch of the kinds checked at points of their subject alone (kernel; trusted): refutations
(``check.midpoint``, ``check.curvature``: on a tree or a ``check.fastnet.FastNet``; ``check.quasimidpoint``),
saddles (``check.landscape``) and strict local minima (``check.minimum``), each imported for its kind only. ``check``
imports this module for these kinds only (``check.kinds`` dispatches the proofs).
"""

from __future__ import annotations


def verify_pointwise(cert, fast: bool, subject_tree, subject_names, check_domain):
    """Check ``cert``, a record of one of these kinds, on ``subject_tree(cert, fast=...)`` (with ``fast``: a network
    refutation by the exact integer pass where it takes the spec), ``subject_names(cert)`` its variables,
    ``check_domain`` the checker's test that a point is in the domain. Returns what the kind's check returns: the
    fact proved, or a minimum's ``check.minimum.MinimumReport``."""
    kind = cert.kind
    if kind == "midpoint":
        from .midpoint import verify_midpoint as check
    elif kind == "curvature":
        from .curvature import verify_curvature as check
    elif kind == "quasimidpoint":
        from .quasimidpoint import verify_quasimidpoint as check
    elif kind == "saddle":
        from .landscape import verify_saddle as check
    else:
        from .minimum import minimum_report, verify_minima_count

        check = minimum_report if kind == "minimum" else verify_minima_count
    tree = subject_tree(cert, fast=fast and kind in ("midpoint", "curvature"))
    return check(cert, tree, subject_names(cert) if isinstance(tree, list) else None, check_domain)


__all__ = ["verify_pointwise"]
