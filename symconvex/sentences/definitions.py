r"""A function defined in one sentence and claimed about in the next (layer: text).

"Let g(t) = t^3. g is convex on t > 0", "h(x) = ln(x), h is concave", "Consider $F(u) = u^2 - 4u + 7$. $F$ is
strictly convex.", "f(x) = -x^2. Is f concave?" are the shape CLAIMS.md reads, a bare function name with its
definition: "g is convex on t > 0 where g(t) = t^3", "Is f concave where f(x) = -x^2?". The claim is then about
the function the name names, over its own arguments -- never about the name as a variable, and never about the
product of the definition's right side with the next sentence's first letter (which is how "Let p(s) = exp(-s).
p is convex." was answered about p·exp(-s)).

Several definitions in a row ("Let $f(x) = x^3$ and $g(x) = -x$. Is $g$ convex?", "u(x) = e^x, v(x) = e^{-x}. v is
convex") (also one sentence each: "f(x) = x^2 + 1. g(x) = log(f(x)). Is g convex?") are read the same way, all of them in
the where-clause (a later one may use an earlier one), when the
claim's subject is one of the defined names. "Given $f(x) = e^x$, show $f$ is convex" is the claim about f too.

The rule applies only when the second sentence's subject is the defined name (alone, with primes, a derivative, or
applied to arguments: "With g(x) = -x^2, g(x - 2) is convex" is "g(x - 2) is convex where g(x) = -x^2") and the
text has no "where" of its own; otherwise the text is left as it is (to be read, or refused, by ``claims``). Nothing here reads a formula's value; it cuts and reorders text.

>>> defined_first("Let g(t) = t^3. g is convex on t>0")[0]
'g is convex on t>0 where g(t) = t^3'
>>> defined_first("f(x) = -x^2. Is f concave?")[0]
'Is f concave where f(x) = -x^2?'
>>> defined_first("Let g(t) = t^3. h is convex") is None
True
"""

from __future__ import annotations

import re

_NAME = r"(?:\\?[A-Za-z][A-Za-z]{0,7}|[\u0370-\u03ff])(?:_\{?[A-Za-z0-9]+\}?)?"
_LEAD = r"(?:(?:let|define|consider|suppose|set|take|given|with)\s+(?:the\s+function\s+)?)?"
_DEF = (r"(?P<open>\$?)\s*(?P<name>" + _NAME + r")\s*\((?P<args>[^()=$]*)\)\s*(?::=|=)\s*(?P<body>[^$]+?)\s*"
        r"(?P=open)")
_THEN = (r"(?:(?:then|so|thus|hence|now|therefore|claim:?|we\s+claim(?:\s+that)?|(?:show|prove|verify|check)"
         r"(?:\s+that)?)\s*,?\s+)?")
#: the subject: the defined name (with primes or arguments), or "it" ("f(x) = |x|^3. Is it convex?": the one function
#: the sentence before defines)
_SUBJECT = r"\$?\s*(?:(?P=name)(?:'{1,3}|\u2032{1,3})?\s*(?:\([^()$]*\))?|it(?![A-Za-z]))\s*\$?"
_STATED = re.compile(r"^\s*" + _LEAD + _DEF + r"\s*(?:[.;:]|,)\s+" + _THEN + r"(?:(?P<ask>is|does)\s+" + _SUBJECT
                     + r"\s+(?P<asked>.+?)|" + _SUBJECT + r"\s+(?P<verb>is|are)\s+(?P<rest>.+?))\s*$", re.I | re.S)


#: one definition of several in a row, and what may join two of them (", ", " and ", "; ", ", and let ")
_ONE_DEF = re.compile(r"(?P<open>\$?)\s*(?P<name>" + _NAME + r")\s*\((?P<args>[^()=$]*)\)\s*(?::=|=)\s*"
                      r"(?P<body>[^$]+?)\s*(?P=open)(?=\s*(?:[.;:,]|\band\b|$))", re.I | re.S)
#: a function defined from functions defined before it, without arguments: "f = u + v", "h = 2g - f"
_SUM_DEF = re.compile(r"(?P<open>\$?)\s*(?P<name>" + _NAME + r")\s*(?::=|=)\s*(?P<body>[^$=]+?)\s*(?P=open)"
                      r"(?=\s*(?:[.;:,]|\band\b|$))", re.I | re.S)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\.\s+|\band\s+)(?:(?:let|define|set|consider)\s+)?", re.I)
_CLAIM_AFTER = re.compile(r"\s*(?:[.;:]|,)\s+" + _THEN + r"(?:(?P<ask>is|does)\s+(?P<subject>\$?\s*" + _NAME
                          + r"\s*(?:\([^()]*\))?\s*\$?)\s+(?P<asked>.+?)|(?P<subject2>\$?\s*" + _NAME
                          + r"\s*(?:\([^()]*\))?\s*\$?)\s+(?P<verb>is|are)\s+(?P<rest>.+?))\s*$", re.I | re.S)


def _several_defined(text: str) -> tuple[str, list[str]] | None:
    """"Let F(X) = A and G(X) = B. Is G convex?" (two or more definitions in a row, joined by commas, "and" or
    semicolons, then a claim about one of the names, alone or applied to its own arguments) -> ("Is G convex where
    F(X) = A and G(X) = B?", [note]); None for any other text. The definitions stay together: a later one may use
    an earlier one (G(x) = F(x) + 1)."""
    lead = re.match(r"\s*" + _LEAD, text, re.I)
    pos, defs = lead.end(), []
    written = []
    while True:
        d = _ONE_DEF.match(text, pos) or defs and _SUM_DEF.match(text, pos)
        if not d or d.group("name").lower() in _NOT_NAMES:
            return None
        if "args" not in d.groupdict():
            body = _of_functions(d.group("body"), defs)
            if body is None:
                return None
            written.append((d, defs[0].group("args").strip(), body))
        else:
            written.append((d, d.group("args").strip(), d.group("body").strip()))
        defs.append(d)
        join = _JOIN.match(text, d.end())
        if join and (_ONE_DEF.match(text, join.end()) or _SUM_DEF.match(text, join.end())):
            pos = join.end()
            continue
        break
    after = _CLAIM_AFTER.match(text, defs[-1].end())
    if len(defs) < 2 or not after:
        return None
    subject = after.group("subject") or after.group("subject2")
    said = re.fullmatch(r"\s*(?P<o>\$?)\s*(?P<name>" + _NAME + r")\s*(?:\((?P<args>[^()]*)\))?\s*(?P=o)\s*",
                        subject)
    named = [(d, args) for d, args, _ in written if said and d.group("name") == said.group("name")]
    if not said or len(named) != 1 or said.group("args") is not None and \
            said.group("args").replace(" ", "") != named[0][1].replace(" ", ""):
        return None
    shown = []
    for d, args, body in written:
        o = d.group("open")
        shown.append(f"{o}{_letter(d)}({args}) = {body}{o}")
    definitions = ", ".join(shown[:-1]) + " and " + shown[-1]
    o = named[0][0].group("open")
    return _claim_where(after, f"{o}{_letter(named[0][0])}{o}", definitions), \
        [f"the definitions before the claim, {definitions}, are read as its where-clause"]


def _letter(m) -> str:
    """A definition's name as written in the rewrite: "phi" typed as a word (outside $...$) is the Greek letter the
    formula reader knows as \\phi."""
    letter = m.group("name")
    return "\\" + letter if letter.lower() in _GREEK and not m.group("open") else letter


def _claim_where(m, name: str, definitions: str) -> str:
    """The claim of a match with an ``ask`` / ``asked`` or a ``verb`` / ``rest`` part, about ``name``, with its
    definitions as the where-clause ("Is g convex where ...?", "g is convex where ...")."""
    if m.group("ask"):
        asked = m.group("asked").rstrip()
        mark = "?" if asked.endswith("?") else ""
        return f"{m.group('ask')[0].upper()}{m.group('ask')[1:].lower()} {name} {asked.rstrip('?.').rstrip()} " \
               f"where {definitions}{mark}"
    rest = m.group("rest").rstrip()
    mark = "?" if rest.endswith("?") else ""
    return f"{name} {m.group('verb').lower()} {rest.rstrip('?.').rstrip()} where {definitions}{mark}"


def _of_functions(body: str, defs) -> str | None:
    r"""The right side of "f = u + v" with each name of a function defined before applied to their arguments
    ("u(x) + v(x)"), when every one of them has the same arguments and the side holds nothing but those names,
    numbers, + - and products (``\cdot``, spaces); else None (left to the reader)."""
    args = {d.group("args").replace(" ", "") for d in defs}
    names = {d.group("name") for d in defs}
    if len(args) != 1:
        return None
    pieces = re.findall(r"\\cdot|\\?[A-Za-z]+|\d+(?:\.\d+)?|[-+()\s]", body)
    if "".join(pieces) != body or not any(p in names for p in pieces):
        return None
    if any(p.strip() and p[0].isalpha() or p.startswith("\\") and p != "\\cdot" and p[1:] not in names
           for p in pieces if p not in names):
        return None
    arg = defs[0].group("args").strip()
    return "".join(f"{p}({arg})" if p in names else p for p in pieces).strip()


#: "$f$ defined by $f(x) = ...$", "Let $f: A \to B$ be given by $f(x) = ...$": the definition names the same function
_DEFINED_BY = re.compile(r"(?P<sig>\$\s*(?P<name>" + _NAME + r")\s*(?P<maps>(?::|\\colon)[^$]*)?\$)\s*,?\s*(?:(?:be|is)\s+)?"
                         r"(?:defined|given)\s+(?:by|as|via)\s+(?P<def>\$\s*(?P=name)\s*\([^$]*\$)", re.I)
#: "Define $f: A \to B$ by $f(x) = ...$"
_DEFINE_BY = re.compile(r"\bdefine\s+(?P<sig>\$\s*(?P<name>" + _NAME + r")\s*(?P<maps>(?::|\\colon)[^$]*)?\$)\s+"
                        r"(?:by|as|via)\s+(?P<def>\$\s*(?P=name)\s*\([^$]*\$)", re.I)


def defined_by(text: str) -> str:
    """``text`` with "$f$ [is|be] defined by $f(x) = B$" written "$f(x) = B$", and with a signature "$f: A \to C$
    [be] defined by $f(x) = B$" (or "Define $f: A \to C$ by ...") written "$f: A \to C$, $f(x) = B$" (the
    signature states the domain, read by ``signatures``); only when the definition names the same function."""
    text = _DEFINE_BY.sub(lambda m: "Let " + (m.group("sig") + ", " if m.group("maps") else "") + m.group("def"), text)
    return _DEFINED_BY.sub(lambda m: (m.group("sig") + ", " if m.group("maps") else "") + m.group("def"), text)


def defined_first(text: str) -> tuple[str, list[str]] | None:
    """"Let NAME(ARGS) = BODY. [Then] NAME is P ..." -> ("NAME is P ... where NAME(ARGS) = BODY", [note]); several
    definitions in a row likewise (``_several_defined``); "NAME defined by DEFINITION" is the definition
    (``defined_by``); None when the text is none of these (module docstring)."""
    written = defined_by(text)
    if written != text:
        found = defined_first(written)
        note = "'defined by' read as the definition itself: " + written
        return (found[0], [note, *found[1]]) if found else (written, [note])
    if re.search(r"\bwhere\b", text, re.I):
        return None
    m = _STATED.match(text)
    if not m:
        return _several_defined(text)
    if m.group("name").lower() in _NOT_NAMES:
        return None
    pronoun = re.match(r"[\s$.;:,]*" + _THEN + r"(?:(?:is|does)\s+)?\$?\s*it(?![A-Za-z])", text[m.end("body"):], re.I)
    if pronoun and re.search(r"=|\band\b|;", m.group("body")):
        return None   # "Let f(x) = x^2 and g(x) = x^3. Is it convex?": which one is "it"?
    o, letter = m.group("open"), _letter(m)
    definition = f"{o}{letter}({m.group('args').strip()}) = {m.group('body').strip()}{o}"
    note = f"the definition before the claim, {definition}, is read as its where-clause"
    # the subject as written after the name: its primes (f', a derivative, which ``claims`` reads) and its
    # arguments (g(x - 2): the defined function applied to them)
    after = re.match(r"[\s$.;:,]*" + _THEN + r"(?:(?:is|does)\s+)?\$?\s*" + re.escape(m.group("name"))
                     + r"((?:'{1,3}|\u2032{1,3})?\s*(?:\([^()$]*\))?)", text[m.end("body"):], re.I)
    applied = after.group(1).strip() if after else ""
    if re.sub(r"\s", "", applied) == "(" + re.sub(r"\s", "", m.group("args")) + ")":
        applied = ""   # applied to its own arguments: the function itself
    return _claim_where(m, f"{o}{letter}{applied}{o}", definition), [note]


#: words that the name pattern would match but that are not a function's name (a lead word glued to nothing)
_NOT_NAMES = {"let", "define", "consider", "suppose", "set", "take", "given", "then", "the", "is", "if"}
#: Greek letters typed as words in plain text ("Let phi(z) = ..."): written with a backslash in the rewrite
_GREEK = {"alpha", "beta", "gamma", "delta", "phi", "psi", "chi", "rho", "sigma", "tau", "eta", "theta", "kappa",
          "mu", "nu", "xi", "zeta", "omega", "varphi", "ell"}
