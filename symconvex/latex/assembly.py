r"""The proof document for certificates about one subject (text layer, layer 4).

``document(certs)`` writes a standalone ``article`` (``amsmath``, ``amssymb``, ``amsthm``, ``geometry``): the
claim and its verdict when given, the setting (``subject``), the standard results used (``facts``), the theorem
with one section per certificate (``sections``; proofs before refutations), the appendix with the deferred
computations, and "How to verify": the certificates' data as exact fractions, the certificate file's SHA-256,
the symconvex version and the ``symconvex verify`` command with its expected output. Every certificate is
re-verified by ``check.verify`` first: no proof is written for a certificate the checker rejects. ``body=True``
gives a fragment to ``\input`` into a paper (labels prefixed). The output is deterministic (no dates), so
regenerated documents are byte-identical.
"""

from __future__ import annotations

import dataclasses
import re

from ..certificates import (Certificate, CurvatureCertificate, HessianCertificate, MidpointCertificate, parse_rational,
                            tree_variables)
from ..check import verify
from ..errors import InputError
from .facts import BIB_KEY, BIBITEM, _KIND_FACTS, _facts_section
from .netnumbers import _parameter_count
from .notation import _sentence, _short_vec, _stated, _tt, name_latex, q_latex, text_escape
from .sections import _certificate_section
from .subject import _Subject, _tree_tex


PREAMBLE = r"""\documentclass[11pt]{article}
\usepackage{amsmath,amssymb,amsthm}
\usepackage[margin=2.2cm]{geometry}
\setcounter{MaxMatrixCols}{%d}
\allowdisplaybreaks
\newtheorem{theorem}{Theorem}
\newtheorem{proposition}{Proposition}
\newtheorem{lemma}{Lemma}
\newtheorem{fact}{Fact}
\theoremstyle{remark}
\newtheorem*{remark}{Remark}
\title{%s}
\date{}
\begin{document}
\maketitle
"""


def _max_cols(certs) -> int:
    cols = 10
    for c in certs:
        if c.network:
            cols = max(cols, max(c.network.get("layers", [1])) + 2)
        names = len(c.variables) or (_parameter_count(c.network) if c.network else 0)  # empty: implicit
        cols = max(cols, names + 2)
    return cols


_PROVES = ("convex", "concave", "affine", "strictly_convex", "strictly_concave", "strict_saddle", "saddle",
           "quasiconvex", "quasiconcave", "quasilinear", "loglog_convex", "loglog_concave", "loglog_affine")


def claim_words(statements, verdict: str | None = None) -> str:
    """``['convex', 'not_concave']`` -> ``'convex but not concave'``; both refutations -> 'neither ...'."""
    statements = list(dict.fromkeys(statements))
    if verdict == "neither" or set(statements) == {"not_convex", "not_concave"}:
        return "neither convex nor concave"
    proves = [s.replace("_", " ") for s in statements if s in _PROVES]
    refutes = [s.replace("_", " ") for s in statements if s not in _PROVES]
    if proves and refutes:
        return " and ".join(proves) + " but " + " and ".join(refutes)
    return " and ".join(proves or refutes)


def _title_for(subject: _Subject, statements: list[str], verdict: str | None = None) -> str:
    what = "The loss of a neural network" if subject.is_network else "A function"
    points = list(dict.fromkeys(_POINT_FACTS.get(s) for s in statements))
    if points and None not in points:   # a saddle is a point of f, not a property f is: "with a saddle point"
        return f"{what} with {' and '.join(points)}"
    return f"{what} that is {claim_words(statements, verdict)}"


#: Facts about a point of f (``check.landscape``), named as what f has there.
_POINT_FACTS = {"saddle": "a saddle point", "strict_saddle": "a strict saddle point"}


def certificate_file_text(certs: list[Certificate]) -> str:
    """The certificate file ``--certificate`` and the gallery write: one certificate as a JSON object, several
    as a list, in the given order (``symconvex verify`` prints their statements in this order)."""
    from ..certificates import dumps_readable

    data = [c.to_dict() for c in certs]
    return dumps_readable(data[0] if len(data) == 1 else data) + "\n"


def _claim_paragraph(claim: dict) -> str:
    """The claim as stated, and the verdict on it (``claim``: see ``document``)."""
    verdict = {True: "holds", False: "is false", None: "is undecided"}[claim.get("holds")]
    text = [r"\section*{The claim}"]
    if claim.get("quote"):
        text.append(r"\begin{quote}``%s''\end{quote}" % claim["quote"])
    text.append(r"\noindent\textbf{Claim.} %s" % claim["statement"])
    text.append("")
    text.append(r"\noindent\textbf{Verdict.} The claim %s.%s" % (
        verdict, (" " + claim["reason"]) if claim.get("reason") else ""))
    return "\n".join(text) + "\n"


def _verdict_lead(claim: dict | None) -> str:
    if claim is None:
        return ""
    return {True: "The claim holds: ", False: "The claim is false: ", None: ""}[claim.get("holds")]


def _how_to_verify(certs: list[Certificate], order: list[Certificate], certificate_file: str | None) -> str:
    """The appendix that lets a reader re-check the certificates: their data as exact fractions, the
    certificate file's SHA-256, the symconvex version and the verify command with its expected output."""
    import hashlib

    from ..version import __version__

    sha = hashlib.sha256(certificate_file_text(order).encode("utf-8")).hexdigest() if certificate_file else ""
    name = certificate_file or "CERTIFICATE.json"
    rows = []
    for k, c in enumerate(order, start=1):
        rows.extend(r"%d & %s & $%s$ \\" % (k, text_escape(field), value) for field, value in _certificate_rows(c))
    out = [r"\section{How to verify}\label{app:verify}",
           r"The proof above is written from %s that symconvex's independent checker re-verified in exact "
           r"rational arithmetic (transcendental values with rigorous interval enclosures); every number in it was "
           r"recomputed from the certificate%s. Its data:" % (
               "a certificate" if len(order) == 1 else "%d certificates" % len(order),
               "" if len(order) == 1 else "s"),
           r"\begin{center}\begin{tabular}{rll}" + "\n" + r"certificate & field & value \\ \hline" + "\n"
           + "\n".join(rows) + "\n" + r"\end{tabular}\end{center}",
           (r"The certificate file %s, written next to this proof, has SHA-256 digest" % _tt(name)
            + "\n" + r"\begin{center}\small\texttt{%s}\\\texttt{%s}\end{center}" % (sha[:32], sha[32:])
            + "\n" + r"(symconvex version %s). To re-check it, run" % text_escape(__version__)
            if certificate_file else
            r"Save the certificate%s with \texttt{--certificate CERTIFICATE.json} (\texttt{sha256sum} gives the "
            r"file's SHA-256 digest; symconvex version %s). To re-check it, run" % (
                "" if len(order) == 1 else "s", text_escape(__version__))),
           r"\begin{center}%s\end{center}" % _tt("symconvex verify " + name),
           r"which prints" + "\n" + r"\begin{center}%s\end{center}" % _tt(
               "accepted: " + ", ".join(c.statement for c in order)),
           r"and exits with status $0$; a certificate with any number changed is rejected."]
    return "\n".join(out) + "\n"


def _certificate_rows(cert: Certificate) -> list[tuple[str, str]]:
    """(field, LaTeX value) rows of a certificate's data as exact fractions (long vectors by their first
    coordinates; the file has them all)."""
    rows = [("kind", r"\text{%s}" % cert.kind), ("proves", r"\text{%s}" % text_escape(cert.statement.replace("_", " ")))]
    if isinstance(cert, MidpointCertificate):
        rows += [("a", _short_vec(cert.a)), ("b", _short_vec(cert.b)), ("lambda", q_latex(parse_rational(cert.lam)))]
        rows += [(k, _stated(cert.values.get(k))) for k in ("f(a)", "f(b)", "f(m)")]
    elif isinstance(cert, CurvatureCertificate):
        rows += [("p", _short_vec(cert.point)), ("u", _short_vec(cert.direction)),
                 ("d2/dt2 f(p+tu) at 0", _stated(cert.second_derivative))]
    elif isinstance(cert, HessianCertificate):
        rows += [("pivots D", r",\ ".join(_tree_tex(d, _Subject(cert)) for d in cert.D))]
    return rows


#: What a paper's preamble needs for a ``body=True`` fragment (the fragment's first lines say so too).
BODY_PREAMBLE = (r"\usepackage{amsmath,amssymb,amsthm} \newtheorem{theorem}{Theorem} "
                 r"\newtheorem{proposition}{Proposition} \newtheorem{lemma}{Lemma} \newtheorem{fact}{Fact}")


def _as_body(tex: str, prefix: str) -> str:
    r"""A standalone document as a fragment to ``\input`` into a paper: no preamble, sections one level down,
    every label and reference prefixed (two fragments in one paper do not clash), citations left to the
    paper's bibliography (``BIBTEX``)."""
    start = tex.index(r"\maketitle") + len(r"\maketitle")
    body = tex[start:tex.index(r"\begin{thebibliography}")]
    title = re.search(r"\\title\{(.*)\}\n", tex).group(1)
    body = body.replace(r"\clearpage" + "\n" + r"\appendix" + "\n", "").replace(r"\section*{", r"\subsection*{").replace(
        r"\section{", r"\subsection{")
    body = re.sub(r"\\(label|ref)\{", lambda m: "\\%s{%s" % (m.group(1), prefix), body)
    head = ("%% symconvex proof fragment: \\input this file; the preamble needs\n%% " + BODY_PREAMBLE + "\n"
            "%% and the bibliography the entry " + BIB_KEY + " (symconvex.bib).\n")
    return head + r"\section{%s}\label{%s}" % (title, prefix.rstrip(":")) + body


def parameter_instance(cert: Certificate) -> Certificate:
    """A refutation at stated parameter values, written about the function at those values: every parameter
    replaced by its number, the conditions on the parameters alone dropped (they hold at the values, which the
    checker verifies on the certificate itself), and a note naming the values. Other certificates unchanged."""
    if not cert.parameter_values:
        return cert
    values = {name: str(v) for name, v in zip(cert.parameters, cert.parameter_values)}

    def at(tree):
        if tree[0] == "var" and tree[1] in values:
            return ["num", values[tree[1]]]
        return tree if tree[0] in ("num", "var") else [tree[0], *[at(t) for t in tree[1:]]]

    domain = tuple([c[0], at(c[1]), at(c[2])] for c in cert.domain
                   if (tree_variables(c[1]) | tree_variables(c[2])) - set(values))
    where = ", ".join(f"{name} = {value}" for name, value in values.items())
    note = f"at {where}, a parameter value the claim's conditions allow"
    return dataclasses.replace(cert, function=at(cert.function), domain=domain, parameters=(), parameter_values=(),
                               digest="", note=f"{cert.note}; {note}" if cert.note else note)


def document(certs: list[Certificate], *, title: str | None = None, intro: str = "", verdict: str | None = None,
             explanation: str = "", claim: dict | None = None, certificate_file: str | None = None,
             body: bool = False, label_prefix: str = "symconvex:") -> str:
    r"""The proof document for certificates about one subject.

    ``title`` is LaTeX (it may contain math); ``intro``: LaTeX placed before the setting; ``claim``: a dict with
    ``statement`` (LaTeX: the function, its variables and domain, and the property), ``holds`` (True, False or
    None), optional ``quote`` and ``reason`` (LaTeX). ``certificate_file``: the name ``symconvex verify`` is shown
    run on. The short proof comes first; long traces go to an appendix, followed by "How to verify".
    ``body=True``: a fragment for a paper (see ``_as_body``), its labels prefixed with ``label_prefix``."""
    values = {tuple(zip(c.parameters, c.parameter_values)) for c in certs if c.parameter_values}
    certs = [parameter_instance(c) for c in certs]
    order = list(certs)
    certs = sorted(certs, key=lambda c: c.statement not in _PROVES)  # proofs first, then refutations
    if not certs:
        raise InputError("document needs at least one certificate")
    for c in certs:
        verify(c)  # a proof is only ever written for a certificate the checker accepts
    subject = _Subject(certs[0])
    title = title or text_escape(_title_for(subject, [c.statement for c in certs], verdict))
    out = [PREAMBLE % (_max_cols(certs), title)]
    if claim is not None:
        out.append(_claim_paragraph(claim))
    if intro:
        out.append(intro + "\n")
    out.append(r"\section*{Setting}" + "\n" + _parameter_lead(values) + subject.definition() + "\n")
    out.append(_facts_section(_facts_used(certs)))
    out.append(r"\section*{The result}")
    out += _result(certs, subject, _verdict_lead(claim), verdict)
    if explanation:
        out.append(r"\par\noindent " + _sentence(text_escape(explanation)))
    out.append(r"\clearpage" + "\n" + r"\appendix")  # every figure is placed before the appendix starts
    if subject.appendix:
        out.append(r"\section{Details of the computations}\label{app:details}" + "\n" + "\n".join(subject.appendix))
    out.append(_how_to_verify(certs, order, certificate_file))
    out.append(r"\begin{thebibliography}{1}" + "\n" + BIBITEM + "\n" + r"\end{thebibliography}")
    out.append(r"\end{document}" + "\n")
    tex = "\n".join(out)
    return _as_body(tex, label_prefix) if body else tex


def _parameter_lead(values: set) -> str:
    r"""The sentence before the setting of a refutation at stated parameter values (``parameter_instance``): the
    claim is about every allowed value, the function below is at the one the certificates take ("The claim is about
    every allowed value of $p$; the refutation below takes $p = 1$."); "" without parameters."""
    if len(values) != 1:
        return ""
    (pairs,) = values
    shown = r",\ ".join(r"%s = %s" % (name_latex(name), q_latex(parse_rational(v))) for name, v in pairs)
    names = ", ".join(name_latex(name) for name, _ in pairs)
    return r"The claim is about every allowed value of $%s$; the refutation below takes $%s$." % (names, shown) + "\n"


def _facts_used(certs) -> dict:
    """The keys of ``facts.FACTS`` the certificates' proofs cite, in order, once each."""
    keys = [k for c in certs for k in _KIND_FACTS[c.kind]]
    if any(c.statement.startswith("strictly_") for c in certs):
        keys.append("pd_strict")
    return dict.fromkeys(keys)


def _result(certs, subject: _Subject, lead: str, verdict: str | None) -> list[str]:
    """The theorem: one certificate's own statement and proof, or, for several, the combined statement proved by
    one proposition per certificate."""
    if len(certs) == 1:
        statement, section = _certificate_section(certs[0], subject, "theorem")
        if lead:
            section = section.replace(r"\begin{theorem}" + statement, r"\begin{theorem}" + lead + statement, 1)
        return [section]
    words = claim_words([c.statement for c in certs], verdict)
    out = [r"\begin{theorem}%s$%s$ is %s%s.\end{theorem}" % (lead, subject.f, words, subject.where_text())]
    bodies = [_certificate_section(c, subject, "proposition")[1] for c in certs]
    refs = [str(k) for k in range(1, len(certs) + 1)]
    out.append(r"\begin{proof}By Propositions %s below.\end{proof}" % " and ".join(
        [", ".join(refs[:-1]), refs[-1]] if len(refs) > 2 else refs))
    return out + bodies
