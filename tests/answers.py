"""A claim's answer for tests: ``answered(text)`` asks ``check_claim`` and re-verifies every certificate of the
answer with the independent checker (a rejected certificate raises), so a test that then asserts the verdict
asserts a verdict the checker stands behind."""

from __future__ import annotations

from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.claims import check_claim


def checked(result):
    """``result``, after every certificate of it, read back from its JSON, is accepted by ``verify`` with the
    statement the certificate states."""
    for cert in result.certificates:
        assert verify(from_json(cert.to_json())) == cert.statement
    return result


def answered(text: str, timeout: float = 30):
    """The answer to ``text``, verified (``result.verified``), every certificate accepted again by ``verify``."""
    result = check_claim(text, timeout=timeout)
    assert result.verified
    for cert in result.certificates:
        verify(cert)
    return result
