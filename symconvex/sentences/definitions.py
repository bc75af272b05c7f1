r"""A function defined in one sentence and claimed about in the next (layer: text).

"Let g(t) = t^3. g is convex on t > 0", "h(x) = ln(x), h is concave", "Consider $F(u) = u^2 - 4u + 7$. $F$ is
strictly convex.", "f(x) = -x^2. Is f concave?" are the shape CLAIMS.md reads, a bare function name with its
definition: "g is convex on t > 0 where g(t) = t^3", "Is f concave where f(x) = -x^2?". The claim is then about
the function the name names, over its own arguments -- never about the name as a variable, and never about the
product of the definition's right side with the next sentence's first letter (which is how "Let p(s) = exp(-s).
p is convex." was answered about p·exp(-s)).

The rule applies only when the second sentence's subject is exactly the defined name (alone, or applied to the
same arguments) and the text has no "where" of its own; otherwise the text is left as it is (to be read, or
refused, by ``claims``). Nothing here reads a formula's value; it cuts and reorders text.

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
_LEAD = r"(?:(?:let|define|consider|suppose|set|take|given)\s+(?:the\s+function\s+)?)?"
_DEF = (r"(?P<open>\$?)\s*(?P<name>" + _NAME + r")\s*\((?P<args>[^()=$]*)\)\s*(?::=|=)\s*(?P<body>[^$]+?)\s*"
        r"(?P=open)")
_THEN = r"(?:(?:then|so|thus|hence|now|therefore|claim:?|we\s+claim(?:\s+that)?)\s*,?\s+)?"
_SUBJECT = r"\$?\s*(?P=name)\s*(?:\(\s*(?P=args)\s*\))?\s*\$?"
_STATED = re.compile(r"^\s*" + _LEAD + _DEF + r"\s*(?:[.;:]|,)\s+" + _THEN + r"(?:(?P<ask>is|does)\s+" + _SUBJECT
                     + r"\s+(?P<asked>.+?)|" + _SUBJECT + r"\s+(?P<verb>is|are)\s+(?P<rest>.+?))\s*$", re.I | re.S)


def defined_first(text: str) -> tuple[str, list[str]] | None:
    """"Let NAME(ARGS) = BODY. [Then] NAME is P ..." -> ("NAME is P ... where NAME(ARGS) = BODY", [note]); None when
    the text is not of that shape (module docstring)."""
    m = _STATED.match(text)
    if not m or re.search(r"\bwhere\b", text, re.I) or m.group("name").lower() in _NOT_NAMES:
        return None
    o, letter = m.group("open"), m.group("name")
    if letter.lower() in _GREEK and not o:
        letter = "\\" + letter     # "phi" typed as a word: the Greek letter the formula reader knows as \phi
    definition = f"{o}{letter}({m.group('args').strip()}) = {m.group('body').strip()}{o}"
    name = f"{o}{letter}{o}"
    if m.group("ask"):
        asked = m.group("asked").rstrip()
        mark = "?" if asked.endswith("?") else ""
        claim = f"{m.group('ask')[0].upper()}{m.group('ask')[1:].lower()} {name} {asked.rstrip('?.').rstrip()} " \
                f"where {definition}{mark}"
    else:
        rest = m.group("rest").rstrip()
        mark = "?" if rest.endswith("?") else ""
        claim = f"{name} {m.group('verb').lower()} {rest.rstrip('?.').rstrip()} where {definition}{mark}"
    note = f"the definition before the claim, {definition}, is read as its where-clause"
    return claim, [note]


#: words that the name pattern would match but that are not a function's name (a lead word glued to nothing)
_NOT_NAMES = {"let", "define", "consider", "suppose", "set", "take", "given", "then", "the", "is", "if"}
#: Greek letters typed as words in plain text ("Let phi(z) = ..."): written with a backslash in the rewrite
_GREEK = {"alpha", "beta", "gamma", "delta", "phi", "psi", "chi", "rho", "sigma", "tau", "eta", "theta", "kappa",
          "mu", "nu", "xi", "zeta", "omega", "varphi", "ell"}
