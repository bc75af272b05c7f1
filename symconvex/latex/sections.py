r"""One certificate as a theorem (or proposition, or lemma) with its proof and figure (text layer, layer 4).

``_certificate_section`` picks the proof writer for the certificate's kind (``midpoint``, ``curvature`` and, for a
large network, ``largenet``; ``derivations``; ``saddle``; ``pieces``), appends the figure (``figures``) with its
number, and wraps both in the environment; ``_part`` writes a piecewise certificate's sub-certificate as a lemma.
"""

from __future__ import annotations

from ..certificates import (Certificate, CurvatureCertificate, HessianCertificate, MidpointCertificate,
                            RulesCertificate, SaddleCertificate, SumCertificate)
from ..errors import CertificateError, InputError
from .curvature import _curvature_proof
from .derivations import _hessian_proof, _rules_proof, _sum_proof
from .figures import _FIG_LABEL, _curvature_figure, _midpoint_figure
from .largenet import _large_curvature_figure, _large_curvature_proof, _large_midpoint_figure, _large_midpoint_proof
from .midpoint import _midpoint_proof
from .netcurvature import _output_bias_proof
from .pieces import piecewise_proof
from .quasi import quasi_proof
from .saddle import _saddle_proof
from .subject import _Subject


def _figure(cert: Certificate, subject: _Subject) -> str:
    """A picture of f along the certificate's segment or line, drawn from checker-computed samples."""
    try:
        if isinstance(cert, MidpointCertificate):
            return (_large_midpoint_figure if subject.large else _midpoint_figure)(cert, subject)
        if isinstance(cert, CurvatureCertificate):
            return (_large_curvature_figure if subject.large else _curvature_figure)(cert, subject)
    except (CertificateError, ArithmeticError, ValueError):
        return ""
    return ""


def _certificate_section(cert: Certificate, subject: _Subject, env: str = "theorem") -> tuple[str, str]:
    """(statement, body) for one certificate: the environment with its proof and the figure."""
    if isinstance(cert, MidpointCertificate):
        statement, proof = (_large_midpoint_proof if subject.large else _midpoint_proof)(cert, subject)
    elif isinstance(cert, CurvatureCertificate):
        statement, proof = (_large_curvature_proof if subject.large else _curvature_proof)(cert, subject)
        short = _output_bias_proof(cert, subject)
        if short is not None:  # the certificate's own check is still shown, in the appendix
            subject.appendix.append(r"\paragraph{The curvature certificate's region and second derivative.} "
                                    + proof)
            proof = short
    elif isinstance(cert, RulesCertificate):
        statement, proof = _rules_proof(cert, subject)
    elif isinstance(cert, HessianCertificate):
        statement, proof = _hessian_proof(cert, subject)
    elif isinstance(cert, SumCertificate):
        statement, proof = _sum_proof(cert, subject)
    elif isinstance(cert, SaddleCertificate):
        statement, proof = _saddle_proof(cert, subject)
    elif cert.kind in ("identity", "pieces"):  # piecewise functions: their own module (pieces)
        statement, proof = piecewise_proof(cert, subject, lambda c, name, where: _part(c, name, where, subject))
    elif cert.kind in ("quasimidpoint", "quasi", "loglog"):  # quasiconvexity, log-log curvature (quasi)
        statement, proof = quasi_proof(cert, subject, lambda c, name, where: _part(c, name, where, subject))
    else:  # pragma: no cover - every kind of the schema is listed above
        raise InputError(f"no LaTeX proof for a {type(cert).__name__}")
    figure = _figure(cert, subject)
    if figure:
        subject.figures += 1
        label = "fig:%d" % subject.figures
        figure = figure.replace(_FIG_LABEL, label)
    body = (r"\begin{%s}%s\end{%s}" % (env, statement, env) + "\n" + r"\begin{proof}" + "\n" + proof + "\n"
            + ("Figure~\\ref{%s} shows the violation.\n" % label if figure else "") + r"\end{proof}" + "\n"
            + (figure + "\n" if figure else ""))
    return statement, body


def _part(cert: Certificate, name: str, where: str, parent: _Subject) -> str:
    """A lemma with the proof of a certificate about a piece of a piecewise function, called ``name`` on ``where``."""
    sub = _Subject(cert)
    sub.f, sub.where_text = name, lambda: where
    body = _certificate_section(cert, sub, "lemma")[1]
    parent.appendix.extend(sub.appendix)
    return body
