"""A claim's answer for tests: ``answered(text)`` asks ``check_claim`` and re-verifies every certificate of the
answer with the independent checker (a rejected certificate raises), so a test that then asserts the verdict
asserts a verdict the checker stands behind."""

from __future__ import annotations

from symconvex.check import verify
from symconvex.claims import check_claim


def answered(text: str, timeout: float = 30):
    """The answer to ``text``, verified (``result.verified``), every certificate accepted again by ``verify``."""
    result = check_claim(text, timeout=timeout)
    assert result.verified
    for cert in result.certificates:
        verify(cert)
    return result
