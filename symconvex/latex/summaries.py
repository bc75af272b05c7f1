r"""Short LaTeX summaries for Jupyter's ``_repr_latex_`` (text layer, layer 4).

``certificate_summary`` says in one sentence what a certificate proves and with which numbers (as stated in the
certificate; an invalid certificate says so), ``analysis_summary`` gives an analysis's function, verdict and
certificates, and ``_claim_result_latex`` a claim's answer. The package's ``__init__`` registers them as the
displays of ``Certificate``, ``Analysis`` and every answer ``check_claim`` returns.
"""

from __future__ import annotations

import sympy as sp

from ..certificates import (Certificate, CurvatureCertificate, HessianCertificate, MidpointCertificate,
                            RulesCertificate, SaddleCertificate, SumCertificate, parse_rational)
from ..errors import CertificateError
from .minimum import summary_latex
from .notation import _short_vec, _stated, name_latex, q_latex, text_escape
from .subject import _Subject


_VERDICT_TEXT = {"convex": "convex", "concave": "concave", "affine": "affine", "neither":
                 "neither convex nor concave", "not_convex": "not convex", "not_concave": "not concave",
                 "unknown": "undecided"}


def certificate_summary(cert: Certificate) -> str:
    r"""A short LaTeX description of a certificate (text with inline math), for Jupyter."""
    try:
        subject = _Subject(cert)
    except CertificateError as exc:
        return r"\text{invalid certificate: %s}" % text_escape(str(exc))
    if cert.kind in ("minimum", "minima_count"):
        return summary_latex(cert, subject.f)
    F = subject.f
    words = _VERDICT_TEXT.get(cert.statement, cert.statement.replace("_", " "))
    if isinstance(cert, MidpointCertificate):
        lam = parse_rational(cert.lam)
        rel = {"convex": ">", "concave": "<", "strictly_convex": r"\ge", "strictly_concave": r"\le"}.get(
            cert.refutes, "?")
        detail = (r"$%s(\lambda a + (1-\lambda) b) %s \lambda %s(a) + (1-\lambda) %s(b)$ with $\lambda = %s$, "
                  r"$%s(a) = %s$, $%s(b) = %s$, $%s(m) = %s$" % (
                      F, rel, F, F, q_latex(lam), F, _stated(cert.values.get("f(a)")), F,
                      _stated(cert.values.get("f(b)")), F, _stated(cert.values.get("f(m)"))))
    elif isinstance(cert, CurvatureCertificate):
        detail = r"$\frac{d^2}{dt^2} %s(p + t u)\big|_{t=0} = %s$ at $p = %s$, $u = %s$" % (
            F, _stated(cert.second_derivative), _short_vec(cert.point), _short_vec(cert.direction))
    elif isinstance(cert, RulesCertificate):
        detail = "a composition-rules derivation"
    elif isinstance(cert, HessianCertificate):
        detail = r"$\nabla^2 %s = L D L^{\mathsf T}$ with %s pivots" % (
            F, "positive" if cert.proves.startswith("strictly_") else "nonnegative")
    elif isinstance(cert, SumCertificate):
        detail = ("a strictly monotone %s function of a strictly %s one" % (cert.proves[9:], str(
                      (cert.parts[0] or {}).get("proves", ""))[9:]) if cert.function and cert.function[0] not in
                  ("add", "max", "min") and cert.parts else
                  r"a %s of %d strictly %s terms" % (cert.function[0], len(cert.parts), cert.proves[9:])
                  if cert.function and cert.function[0] in ("max", "min") else
                  r"a sum of %d terms, each proved on %s" % (len(cert.parts), "affine forms of the variables"
                                                            if any(cert.maps) else "its own variables"))
    elif isinstance(cert, SaddleCertificate):
        detail = r"$\nabla %s = 0$ exactly at $p = %s$, with a direction of descent" % (F, _short_vec(cert.point))
        point = "a strict saddle point" if cert.statement == "strict_saddle" else "a saddle point"
        return r"$%s$ has \textbf{%s}: %s certificate, %s." % (F, point, cert.kind, detail)   # a point, not a property
    else:
        detail = "see the proof document"
    return r"$%s$ is \textbf{%s}: %s certificate, %s." % (F, words, cert.kind, detail)


def analysis_summary(analysis) -> str:
    r"""The LaTeX Jupyter shows for an ``Analysis``: the function, the verdict, its certificates."""
    variables = list(getattr(analysis, "variables", ()))
    names = {v: name_latex(str(v)) for v in variables if isinstance(v, sp.Symbol)}
    f = getattr(analysis, "function", None)
    verdict = getattr(getattr(analysis, "curvature", None), "value", "unknown")
    if isinstance(f, sp.Basic):
        args = ", ".join(names.get(v, name_latex(str(v))) for v in variables)
        head = r"$f(%s) = %s$" % (args, sp.latex(f, symbol_names=names))
    elif getattr(analysis, "certificates", None) and analysis.certificates[0].network is not None:
        spec = analysis.certificates[0].network
        head = r"the loss $\mathcal{L}(\theta)$ of a %s network" % "-".join(str(w) for w in spec["layers"])
    else:
        head = "the function"
    lines = [r"%s is \textbf{%s}" % (head, _VERDICT_TEXT.get(verdict, text_escape(verdict)))]
    certs = list(getattr(analysis, "certificates", []) or [])
    if certs:
        lines[0] += r" (%d certificate%s, re-verified by the independent checker)." % (
            len(certs), "" if len(certs) == 1 else "s")
        for c in certs:
            lines.append(r"\\ " + certificate_summary(c))
    else:
        lines[0] += "." + ((" " + text_escape(analysis.explanation)) if getattr(analysis, "explanation", "") else "")
    return "\n".join(lines)


def _claim_result_latex(result) -> str:
    """A claim's answer for Jupyter: the verdict and each certificate in one line; a sentence of several claims
    (``compound_claims.CompoundResult``) one line per part, each with its own function (its certificates are about
    different functions, so they are never listed as facts of one f)."""
    word = {True: "holds", False: "is refuted", None: "is undecided"}[result.holds]
    if hasattr(result, "subclaims"):
        lines = [r"The claim \textbf{%s}." % word]
        for k, part in enumerate(result.subclaims, 1):
            f = getattr(getattr(part.result, "claim", None), "function", None)
            what = r" ($f = %s$)" % sp.latex(f) if isinstance(f, sp.Basic) else ""
            lines.append(r"\\ Part %d%s: %s" % (k, what, _claim_result_latex(part.result)))
        return "\n".join(lines)
    return " ".join([r"The claim \textbf{%s}." % word] + [certificate_summary(c) for c in result.certificates[:6]])
