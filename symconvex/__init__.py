"""symconvex: prove curvature facts with certificates an independent checker re-verifies.

The public API (pinned by tests/test_public_api.py):

- ``analyze(f, variables=None, domain=None, *, timeout=None) -> Analysis`` — curvature of a SymPy expression,
  a LaTeX string (``"\\frac{x^2}{y}"``) or a ``Network``'s loss, on a domain given as SymPy relations, a string
  (``"y > 0"``) or a ``Domain``, with checker-accepted certificates (``Verdict`` says what they prove);
  ``parameters=[a]``: symbols that are not variables, the facts then hold for every value the domain allows.
  Floats are refused with a message saying how to write the number exactly (``symconvex.api_input``).
- ``check_claim(text, timeout=None)`` — a claim pasted as LaTeX (CLAIMS.md).
- ``parse_latex(text)`` — LaTeX -> SymPy with machine-learning notation (natural log, sigma, ReLU forms).
- ``Network``, ``regions(net)`` (a list; ``symconvex.regions.iter_regions(net)`` goes through them lazily),
  ``hessian(net, region)`` — networks over their weights.
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

from .version import __version__

#: Names imported on first use (keeps ``import symconvex`` light): name -> module.
_LAZY = {
    "Analysis": "analysis", "Verdict": "analysis",
    "check_claim": "claims", "parse_latex": "parsing",
    "Network": "network", "regions": "regions", "hessian": "regions",
    "to_latex": "latex",
}


def analyze(f, variables=None, domain=None, *, parameters=None, timeout=None):
    """``symconvex.analysis.analyze`` after ``api_input.coerce_input``: ``f`` may also be a LaTeX string and
    ``domain`` a string, a relation, a ``Domain`` or a list of them; ``timeout`` is None or positive seconds.

    >>> analyze(r"\\frac{x^2}{y}", domain="y > 0").curvature.value
    'convex'
    """
    from .analysis import analyze as analyze_expression
    from .api_input import coerce_input, coerce_timeout

    _displays()

    if not (hasattr(f, "spec") and hasattr(f, "params")):  # a Network is analysed from its spec
        f, domain = coerce_input(f, domain)
    if parameters:  # symbols that are not variables: the facts hold for every value the domain allows
        from .parametric import analyze_parametric

        return analyze_parametric(f, variables, parameters, domain, timeout=coerce_timeout(timeout))
    return analyze_expression(f, variables, domain, timeout=coerce_timeout(timeout))


def __getattr__(name):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'symconvex' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    _displays()
    return value


def _displays() -> None:
    """Give results their Jupyter displays: LaTeX (``symconvex.latex`` registers it when imported) and HTML with
    the plots (``symconvex.web``)."""
    import_module(".latex", __name__)
    import_module(".web", __name__)


__all__ = [
    "Analysis", "CertificateError", "ClaimError", "CurvatureCertificate", "DomainError", "HessianCertificate",
    "InputError", "MidpointCertificate", "Network", "RulesCertificate", "SymconvexError", "Verdict", "analyze",
    "check_claim", "from_json", "hessian", "leaky_relu", "parse_latex", "regions", "relu", "sigmoid", "softplus",
    "to_latex", "verify",
]
