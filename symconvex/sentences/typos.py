r"""A property word typed with one slip (layer: text): "$x^2$ is covnex", "$e^x$ is convx", "$\log x$ is concvae",
"$x^2 + y^2$ is stricly convex".

A prose word (never one inside math) is read as a property word W when it is at edit distance 1 from W -- one letter
inserted, deleted, replaced, or two adjacent letters swapped (optimal string alignment) -- and at distance >= 2 from
every other word of ``VOCABULARY``: the property words and the words a near miss of one could also mean ("cone",
"complex", "strict", ...). A word of the vocabulary itself is never changed, nor a word shorter than five letters.
"conex" is 1 from "convex" and 1 from "cone": it stays as written (and the reader refuses it); so does a slip on the
letter that tells convex from concave ("concex", "convave": one slip from one, but begun as the other). The claim read from
the corrected text says which words were read so (``read_typos``); ``claims`` reads it only after the text as written
was refused.

>>> read_typos(r"$x^2$ is covnex")
('$x^2$ is convex', ["read 'covnex' as 'convex'"])
>>> read_typos(r"$x^3$ is conex") is None
True
"""

from __future__ import annotations

import re

PROPERTY_WORDS = ("convex", "concave", "affine", "strictly", "nonconvex", "nonconcave", "non-convex", "non-concave",
                  "neither", "log-concave", "log-convex")
#: words that are not properties but lie near one: a slip that could be either is not read
OTHER_WORDS = ("cone", "cones", "conic", "complex", "context", "concise", "concede", "concert", "strict", "either",
               "annex", "convey")
VOCABULARY = PROPERTY_WORDS + OTHER_WORDS

_MATH = re.compile(r"\$\$.+?\$\$|\$.+?\$|\\\(.+?\\\)", re.S)
_WORD = re.compile(r"(?<![\w\\-])[A-Za-z][A-Za-z-]{4,}(?![\w-])")


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (insert, delete, replace, swap two adjacent letters; each costs 1)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def near_words(word: str) -> list[str]:
    """The words of ``VOCABULARY`` one slip from ``word`` (itself excluded)."""
    w = word.lower()
    return [v for v in VOCABULARY if v != w and distance(w, v) <= 1]


def property_of(word: str) -> str | None:
    """The property word ``word`` is one slip from, when it is exactly one and no other vocabulary word is near
    (every other is at distance >= 2)."""
    if word.lower() in VOCABULARY:
        return None
    near = near_words(word)
    if len(near) != 1 or near[0] not in PROPERTY_WORDS or crosses(word.lower(), near[0]):
        return None
    return near[0]


def crosses(word: str, target: str) -> bool:
    """Whether the slip is on the letter that tells convex from concave: "concex" is one slip from convex but begins
    as concave does, "convave" one from concave but begins as convex does; which one was meant is not known."""
    stem, aim = (re.sub(r"^(?:non-?|log-)", "", w) for w in (word, target))
    return aim.startswith("convex") and stem.startswith("conc") or aim.startswith("concave") and stem.startswith("conv")


def read_typos(text: str) -> tuple[str, list[str]] | None:
    """(the text with each unambiguous slip read as its property word, [notes]), or None when there is none."""
    out, notes, at = [], [], 0
    for m in list(_MATH.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        prose = text[at:end]

        def fix(w):
            word = property_of(w.group(0))
            if word is None:
                return w.group(0)
            notes.append(f"read '{w.group(0)}' as '{word}'")
            return word
        out.append(_WORD.sub(fix, prose))
        if m:
            out.append(m.group(0))
            at = m.end()
    if not notes:
        return None
    return "".join(out), notes
