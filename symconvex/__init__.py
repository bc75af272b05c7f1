"""symconvex: prove curvature facts with certificates an independent checker re-verifies.

The public API (pinned by tests/test_public_api.py):

- ``analyze(f, variables=None, domain=None, *, timeout=None) -> Analysis`` — curvature of a SymPy expression
  or a ``Network``'s loss, with checker-accepted certificates (``Verdict`` says what they prove).
- ``check_claim(text, timeout=None)`` — a claim pasted as LaTeX (CLAIMS.md).
- ``parse_latex(text)`` — LaTeX -> SymPy with machine-learning notation (natural log, sigma, ReLU forms).
- ``Network``, ``regions(net)``, ``hessian(net, region)`` — networks over their weights.
- ``verify(certificate) -> statement`` — the independent checker; ``from_json`` reads a certificate.
- ``to_latex(analysis_or_certificate)`` — a standalone LaTeX proof.
- ``relu``, ``leaky_relu``, ``sigmoid``, ``softplus`` — activations as SymPy functions.
- Errors: ``SymconvexError`` > ``InputError`` (ValueError) > ``ClaimError``, ``DomainError``; ``CertificateError``.
"""

from importlib import import_module

from .certificates import (CurvatureCertificate, HessianCertificate, MidpointCertificate, RulesCertificate,
                           from_json)
from .check import verify
from .errors import CertificateError, ClaimError, DomainError, InputError, SymconvexError
from .functions import leaky_relu, relu, sigmoid, softplus

__version__ = "0.1.0"

#: Names imported on first use (keeps ``import symconvex`` light): name -> module.
_LAZY = {
    "Analysis": "analysis", "Verdict": "analysis", "analyze": "analysis",
    "check_claim": "claims", "parse_latex": "parsing",
    "Network": "network", "regions": "regions", "hessian": "regions",
    "to_latex": "latex",
}


def __getattr__(name):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'symconvex' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "Analysis", "CertificateError", "ClaimError", "CurvatureCertificate", "DomainError", "HessianCertificate",
    "InputError", "MidpointCertificate", "Network", "RulesCertificate", "SymconvexError", "Verdict", "analyze",
    "check_claim", "from_json", "hessian", "leaky_relu", "parse_latex", "regions", "relu", "sigmoid", "softplus",
    "to_latex", "verify",
]
