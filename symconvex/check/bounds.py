"""Ranges with open ends and signs from factors: now part of ``check/signs.py`` (one module for signs on a domain).
Kept as a name for the search side's imports until it has helpers of its own (issue #13)."""

from .signs import domain_sign, factored_sign, quadratic_sign, range_sign, tree_range, univariate_sign

__all__ = ["domain_sign", "factored_sign", "quadratic_sign", "range_sign", "tree_range", "univariate_sign"]
