r"""Documents for the engine's answers: analyses, claim results and family claims (text layer, layer 4).

``to_latex`` turns an ``Analysis``, a ``ClaimResult``, one certificate or a list of certificates about one subject
into a ``document``; a claim's document states the claim (``claim_of``, ``network_claim``) and whether it holds,
and a claim with parameters shows only the certificates behind the deciding fact. With no certificate the document
says that nothing is claimed. ``family_document`` writes a family claim (``families.FamilyResult``): its readings
with their answers, then the proof about the decisive member (or the for-all-data derivation).
"""

from __future__ import annotations

import re

import sympy as sp

from ..certificates import Certificate
from ..errors import InputError
from .assembly import PREAMBLE, _as_body, document
from .netnumbers import _parameter_count
from .notation import _sentence, name_latex, sentence_start, text_escape


def claim_of(result) -> dict:
    """The ``claim`` dict of ``document`` for a ``claims.ClaimResult``: the claim typeset (function, variables,
    domain, property) and whether it holds."""
    c = result.claim
    names = {v: name_latex(v.name) for v in c.variables}
    args = ", ".join(names[v] for v in c.variables)
    head = r"%s(%s) = %s" % (name_latex(c.name) if c.name else "f", args, sp.latex(c.function, symbol_names=names))
    n = len(c.variables)
    space = r"\mathbb{R}" if n == 1 else r"\mathbb{R}^{%d}" % n
    domain = c.domain
    analysed = getattr(getattr(result, "analysis", None), "domain", None)
    natural = not domain and analysed is not None and bool(analysed.constraints)
    if natural:  # no domain stated: the function's natural domain, which the analysis made explicit
        by_name = {v.name: v for v in c.variables}
        domain = [d.xreplace({s: by_name.get(s.name, s) for s in d.free_symbols}) for d in analysed.constraints]
    parameters = {str(q): q for q in getattr(c, "parameters", ())}
    conditions = [d for d in domain or () if _about_only(d, parameters)]   # "for p >= 1": not a set of x
    domain = [d for d in domain or () if not _about_only(d, parameters)]
    if domain:
        where = r"\{%s \in %s : %s\}" % (  # \{ \} (not \left \right): a long set may break across lines
            args if n == 1 else r"(%s)" % args, space,
            r",\ ".join(sp.latex(d, symbol_names=names) for d in domain))
    else:
        where = space
    prop = "neither convex nor concave" if c.property == "neither" else c.property
    statement = r"The function $%s$ of the real variable%s $%s$ is %s%s on %s$%s$%s." % (
        head, "" if n == 1 else "s", args, "not " if c.negated else "", prop,
        "its natural domain " if natural else "", where, _for_every(parameters, conditions))
    out = {"statement": statement, "holds": result.holds}
    certs = list(getattr(result, "certificates", ()))
    if certs and all(cert.kind == "restriction" for cert in certs):
        out["reason"] = _restriction_reason(certs[0], names)
    return out


def _restriction_reason(cert, names: dict) -> str:
    """Why the proof below is about the function written in the kept variables (``check.restriction``)."""
    from ..certificates import to_sympy

    symbols = {v.name: v for v in names}
    image = {name: to_sympy(tree, dict(symbols)) for name, tree in cert.map.items()}
    kept = [v for v in names if v.name not in image]
    shown = ", ".join(r"%s = %s" % (name_latex(n), sp.latex(e, symbol_names=names)) for n, e in image.items())
    g = to_sympy(cert.function, dict(symbols)).xreplace({symbols[n]: e for n, e in image.items()})
    args = ", ".join(names[v] for v in kept)
    return (r"On this set $%s$; the map taking $%s$ to the point of the set is affine and one-to-one and maps "
            r"segments onto segments, so each curvature property holds for the function on the set exactly when it "
            r"holds for $%s \mapsto %s$ on the corresponding set. Below, $f$ denotes that function of $%s$." % (
                shown, args, args, sp.latex(g, symbol_names=names), args))


def _about_only(condition, parameters: dict) -> bool:
    """Whether a condition of the claim is about its parameters alone (``p >= 1``), not a set of the variables."""
    free = getattr(condition, "free_symbols", set())
    return bool(free) and all(str(s) in parameters for s in free)


def _for_every(parameters: dict, conditions: list) -> str:
    r"""The parameters' clause of a claim: ``, for every real $p$ with $p \geq 1$`` (a claim with parameters is about
    every value its conditions allow), or "" without parameters."""
    if not parameters:
        return ""
    names = {q: name_latex(str(q)) for q in parameters.values()}
    which = r"$%s$" % ", ".join(names[q] for q in parameters.values())
    clause = ", for every real %s" % which if len(parameters) == 1 else ", for all real values of %s" % which
    if conditions:
        clause += r" with $%s$" % r",\ ".join(sp.latex(d, symbol_names=names) for d in conditions)
    return clause


_ACT_WORDS = {"relu": "ReLU", "identity": "identity (linear)", "sigmoid": "sigmoid", "tanh": r"$\tanh$",
              "softplus": "softplus"}


def network_claim(spec: dict, prop: str, negated: bool, holds) -> dict:
    """The ``claim`` dict of ``document`` for a claim about a network's loss over its weights."""
    hidden = sorted(set(spec["activations"][:-1]))
    acts = " and ".join(_ACT_WORDS.get(a.split(":")[0], text_escape(a)) for a in hidden) or "no"
    n = _parameter_count(spec)
    prop = "neither convex nor concave" if prop == "neither" else prop
    statement = (r"The %s loss $\mathcal{L}(\theta)$ of the %s network with %s hidden activations on the data of "
                 r"the setting below, as a function of its parameters $\theta \in \mathbb{R}^{%d}$, is %s%s." % (
                     text_escape(spec["loss"]), "-".join(str(w) for w in spec["layers"]), acts, n,
                     "not " if negated else "", prop))
    return {"statement": statement, "holds": holds}


def to_latex(obj, *, certificate_file: str | None = None, body: bool = False) -> str:
    """A standalone LaTeX document proving what an ``Analysis`` (or a ``ClaimResult``, or one certificate, or a
    list of certificates about the same subject) establishes; a claim's document states the claim and whether
    it holds. ``certificate_file``: the certificate file the "How to verify" appendix names; ``body=True``: a
    fragment to ``\\input`` into a paper (``document``).

    Raises ``CertificateError`` for a certificate the checker rejects (no proof is written for it)."""
    if isinstance(obj, Certificate):
        return document([obj], certificate_file=certificate_file, body=body)
    if hasattr(obj, "answers") and hasattr(obj, "holds"):  # a family claim (families.FamilyResult)
        tex = family_document(obj)
        if not body:
            return tex
        if r"\begin{thebibliography}" in tex:
            return _as_body(tex, "symconvex:")
        inner = tex.partition(r"\begin{document}")[2].rpartition(r"\end{document}")[0]   # no proof: the readings
        return "%% symconvex fragment: the family claim and its readings (no certificate decides it)\n" + \
            inner.strip().replace(r"\section*{", r"\subsection*{") + "\n"
    if getattr(obj, "is_landscape", False):  # a saddle claim: the proof of its saddle certificates
        if not obj.certificates:
            raise InputError("to_latex: no saddle certificate was found, so there is no proof to write")
        return document(list(obj.certificates), certificate_file=certificate_file, body=body)
    if hasattr(obj, "subclaims"):  # a compound_claims.CompoundResult: its parts are about different subjects
        raise InputError("a sentence of several claims has one proof per part; check each part as its own claim "
                         "for its LaTeX proof")
    if getattr(obj, "matrix_atoms", False):  # a matrix_atoms.MatrixResult: atoms of every size
        from .matrices import matrix_document

        return matrix_document(obj, certificate_file=certificate_file)
    if hasattr(obj, "parts") and hasattr(obj, "holds"):  # a symbolic_sums.SumResult
        return sum_document(obj, certificate_file=certificate_file)
    if isinstance(obj, (list, tuple)) and obj and all(isinstance(c, Certificate) for c in obj):
        return document(list(obj), certificate_file=certificate_file, body=body)
    claim, decisive = None, None
    if hasattr(obj, "claim") and hasattr(obj, "holds"):  # a claims.ClaimResult
        claim = claim_of(obj)
        if obj.analysis is None:
            raise InputError("to_latex: the claim was not analysed")
        decisive = _decisive(obj)
        obj = obj.analysis
    certs = getattr(obj, "certificates", None)
    if certs is None:
        raise InputError("to_latex takes an Analysis or a certificate")
    if decisive:  # a parametric claim: its refutations are about different parameter values; show what decides
        certs = [certs[k] for k in decisive]
    verdict = None if decisive and claim is not None else getattr(getattr(obj, "curvature", None), "value", None)
    if certs:
        return document(list(certs), verdict=verdict, explanation=getattr(obj, "explanation", ""), claim=claim,
                        certificate_file=certificate_file, body=body)
    return _unknown_document(obj)


def _decisive(result) -> list[int] | None:
    """For a claim with parameters: the indices of the certificates behind the fact that decides it, all at one
    parameter value (refutations at different parameter values are about different functions and cannot share one
    document; an undecided claim shows the refutation of its property at one value, else another fact's); else
    None."""
    from ..claims import PROPERTY_FACTS

    from ..facts import PROPERTY_WORDS

    parameters = getattr(result.claim, "parameters", ())
    beyond = result.claim.property in PROPERTY_WORDS   # quasiconvexity, log-log: the certificates behind that fact
    if not (parameters or beyond) or (result.holds is None and not parameters):
        return None
    fact = PROPERTY_FACTS.get(result.claim.property, "convex")
    facts = result.analysis.facts
    if result.holds is None:
        chosen = facts.get("not_" + fact) or next(iter(facts.values()), None)
    else:
        chosen = facts.get(fact) or facts.get("not_" + fact)
    if not chosen:
        return None
    certs = result.analysis.certificates
    chosen = [k for k in chosen if k < len(certs)]   # a part of a sum may hold fewer to show than it proves with
    if not chosen:
        return None
    at = certs[chosen[0]].parameter_values
    return [k for k in chosen if certs[k].parameter_values == at]


def _unknown_document(analysis) -> str:
    f = getattr(analysis, "function", None)
    variables = [str(v) for v in getattr(analysis, "variables", ())]
    names = {v: name_latex(str(v)) for v in getattr(analysis, "variables", ()) if isinstance(v, sp.Symbol)}
    body = sp.latex(f, symbol_names=names) if isinstance(f, sp.Basic) else r"\text{(the network loss)}"
    args = ", ".join(name_latex(v) for v in variables)
    out = [PREAMBLE % (10, "Curvature undecided")]
    out.append(r"\section*{Setting}" + "\n" + r"\[ f(%s) = %s. \]" % (args, body))
    out.append(r"\section*{Result}" + "\n" + "No certificate was found, so nothing is claimed: the curvature of "
               "$f$ is undecided (which is not the same as false). " + text_escape(getattr(analysis, "explanation",
                                                                                            "")))
    out.append(r"\end{document}" + "\n")
    return "\n".join(out)


def family_document(result) -> str:
    """A LaTeX document for a family claim (``families.FamilyResult``): the claim, its quantifier, every reading
    with its answer, then the proof about the decisive member (or the for-all-data derivation)."""
    decisive = next((a for a in result.answers if a.certificates), None)
    preface = _family_preface(result, decisive)
    if decisive is None:
        body = r"\documentclass{article}\begin{document}\end{document}"
    else:
        body = to_latex(list(decisive.certificates))
    head, sep, tail = body.partition("\\begin{document}")
    if not sep:
        return body
    after, made, rest = tail.partition("\\maketitle")
    return head + sep + (after + made + "\n" + preface + "\n" + rest if made else "\n" + preface + "\n" + tail)


#: A fact's name as the engine writes it (``not_strictly_convex``), to be shown in words.
_FACT_NAME = re.compile(r"\b(?:not_)?(?:strictly_)?(?:convex|concave|affine)\b")
#: A ``$...$`` formula of pasted text: ASCII, no dollar inside, not escaped.
_PASTED_MATH = re.compile(r"(?<!\\)\$([ -#%-~]+?)(?<!\\)\$")


def text_with_math(text: str) -> str:
    r"""Pasted text (a claim as the user wrote it) as LaTeX: its ``$...$`` formulas kept as formulas when their braces
    balance, the rest escaped ("For the data $(x, y) = (2, 1)$, ..." shows the formula, not "\$(x, y)...\$")."""
    parts, last = [], 0
    for match in _PASTED_MATH.finditer(text):
        formula = match.group(1)
        depth = 0
        for ch in formula:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if depth < 0:
                break
        if depth != 0:
            continue
        parts.append(text_escape(text[last:match.start()]))
        parts.append("$%s$" % formula)
        last = match.end()
    parts.append(text_escape(text[last:]))
    return "".join(parts)


def _family_preface(result, decisive) -> str:
    """The family claim, how it is read, each reading's answer, and what the proof below is about: a member of the
    family (its spec and data), or one example's loss with the target as a parameter (convex for every target,
    so the sum over any data of convex functions of affine maps is convex)."""
    word = {True: "holds", False: "is refuted", None: "is undecided"}[result.holds]
    items = []
    for a in result.answers:
        verdict = {True: "holds", False: "is refuted", None: "is undecided"}[a.holds]
        reason = _FACT_NAME.sub(lambda m: m.group(0).replace("_", " "), a.reason)   # not_convex -> not convex
        items.append(r"\item \emph{%s}: the claim %s. %s" % (text_escape(a.reading.words), verdict,
                                                             _sentence(sentence_start(text_escape(reason)))))
    preface = "\n".join([
        r"\section*{The family claim}",
        r"\begin{quote}%s\end{quote}" % text_with_math(result.claim.text),
        r"Read as: %s. The claim %s." % (text_escape(result.claim.statement).replace(
            result.claim.quantifier, r"\textbf{%s}" % result.claim.quantifier, 1), word),
        *[r"\par\noindent %s." % sentence_start(text_escape(n)) for n in result.claim.notes],
        r"\begin{itemize}", *items, r"\end{itemize}",
    ])
    if decisive is not None and decisive.member is not None:
        preface += ("\n" r"The certificate below is about the member named above (its spec and data); the "
                    r"independent checker re-verifies it with \texttt{symconvex verify}.")
    elif decisive is not None and getattr(result.claim, "part", None) in ("last", "one"):
        names = ", ".join(f"${name_latex(n)}$" for n in decisive.certificates[0].parameters)
        preface += ("\n" r"Below, $f$ is the loss of one example as a function of its score $z$, and %s (the "
                    r"example's target) is a \emph{parameter}: the derivation never uses its value or sign. With the "
                    r"other weights fixed, the score is an affine function of the weights the claim is about (of the "
                    r"last layer's $v, c$: $z_i = v \cdot h_i + c$ with constant features $h_i$; of one layer of a "
                    r"linear network: a product of fixed matrices times it plus fixed terms), so the loss "
                    r"$\sum_i f(z_i;\, y_i)$ is a sum of convex functions of affine maps, convex "
                    r"(Fact~\ref{fact:composition}; Boyd and Vandenberghe, \S3.2.2). The independent checker "
                    r"re-verifies the derivation with \texttt{symconvex verify}." % names)
    elif decisive is not None:
        names = ", ".join(f"${name_latex(n)}$" for n in decisive.certificates[0].parameters)
        preface += ("\n" r"Below, $f$ is the loss of one example as a function of its score $z$, and %s (the "
                    r"example's target) is a \emph{parameter}: the derivation never uses its value or sign, so it "
                    r"holds for every target. The loss of a network without a hidden layer is "
                    r"$\sum_i f(w \cdot x_i + b;\, y_i)$: each term is convex in $(w, b)$, a convex function of an "
                    r"affine map, whatever the input $x_i$ and its dimension, and a sum of convex functions is "
                    r"convex (Fact~\ref{fact:composition}; Boyd and Vandenberghe, \S3.2.2). The independent checker "
                    r"re-verifies the derivation with \texttt{symconvex verify}." % names)
    return preface


def sum_document(result, *, certificate_file: str | None = None) -> str:
    """A LaTeX document for a claim about a sum with a symbolic number of terms (``symbolic_sums.SumResult``): the
    claim read for every number of terms and every data, the meta-argument, each checked part (term, rest,
    instance) with its answer, then the proof of the part that decides (a term for every value of its data, or the
    refuted instance)."""
    word = {True: "holds", False: "is refuted", None: "is undecided"}[result.holds]
    items = [r"\item \emph{%s}: %s: $%s$ is %s in $%s$%s: %s." % (
        text_escape(p.role), text_escape(p.words), sp.latex(p.result.claim.function),
        text_escape(p.result.claim.property), ", ".join(name_latex(v.name) for v in p.result.claim.variables),
        " for every $%s$" % ", ".join(name_latex(v.name) for v in p.result.claim.parameters)
        if p.result.claim.parameters else "",
        {True: "holds", False: "refuted", None: "undecided"}[p.result.holds]) for p in result.parts]
    preface = "\n".join([
        r"\section*{The claim about every number of terms}",
        r"\begin{quote}%s\end{quote}" % text_with_math(result.text),
        r"Read as: for every number of terms $n \ge 1$%s and every value of the data (the letters subscripted by the "
        r"index that are not variables). The claim %s." % (
            r", every dimension $d \ge 1$ of the vectors (inner products and norms)" if "dimension" in getattr(
                result, "scope", "") else "", word),
        r"\par\noindent %s." % sentence_start(text_escape(result.reason)) if result.reason else "",
        *([r"\begin{itemize}", *items, r"\end{itemize}"] if items else []),
    ])
    decisive = None
    if result.holds is False:
        decisive = next((p for p in reversed(result.parts) if p.role.startswith("instance")), None)
    def shown(p) -> bool:   # a part whose proof can be written (its analysis holds the certificates to show)
        return bool(p.result.certificates) and bool(getattr(p.result.analysis, "certificates", None))

    decisive = (decisive or next((p for p in result.parts if p.result.holds is True and shown(p)), None)
                or next((p for p in result.parts if shown(p)), None))
    if decisive is None or decisive.result.analysis is None:
        return PREAMBLE % (10, "Sum with a symbolic number of terms") + "\n" + preface + "\n\\end{document}\n"
    body = to_latex(decisive.result, certificate_file=certificate_file)
    head, sep, tail = body.partition("\\begin{document}")
    if not sep:
        return body
    after, made, rest = tail.partition("\\maketitle")
    note = ("\n" r"The proof below is about %s; the independent checker re-verifies it with "
            r"\texttt{symconvex verify}." % text_escape(decisive.role))
    return head + sep + (after + made + "\n" + preface + note + "\n" + rest if made
                         else "\n" + preface + note + "\n" + tail)
