"""Exact numbers a + b pi, affine ranges and spans: now part of ``check/signs.py`` (one module for signs on a domain).
Kept as a name for the search side's imports until it has helpers of its own (issue #13)."""

from .signs import PiRational, affine_range, in_span, q_pi, span_sign

__all__ = ["PiRational", "affine_range", "in_span", "q_pi", "span_sign"]
