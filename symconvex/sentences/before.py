r"""What is written before or around the formula: a value or a condition before it or between commas, a title
before a condition written first, a noun naming a parameter, a subject in words with its formula after a colon
(layer: text; the rules are stated in the package docstring)."""

from __future__ import annotations

import re

from ..remarks import harmless
from .text import (CLOSE, OPEN, PROPERTY_WORD, SLOT, SLOT_RE, inner, is_condition, mask, mentions, unmask, uses,
                   value_name, value_names)
from .words import ROLE_NOUNS


_TITLED_CONDITION = re.compile(r"^(?P<title>[^" + OPEN + r"]*?[:.])\s+(?P<rest>(?:for|over|on|if|when)\s+" + SLOT_RE
                               + r"\s*(?:,|\bthen\b).*" + SLOT_RE + ".*)$", re.I | re.S)


def title_before_condition(text: str) -> tuple[str, list[str]] | None:
    """"Exercise 2: for $x > 0$, $\\log x$ is concave" -> "for $x > 0$, $\\log x$ is concave" (a title of harmless
    words, then a condition written first, which ``claims`` reads as written after the claim)."""
    masked, blocks = mask(text)
    m = _TITLED_CONDITION.match(masked)
    if not m or not m.group("title").strip() or not harmless(m.group("title")):
        return None
    return unmask(m.group("rest"), blocks), [f"'{m.group('title').strip()}' is read as a title"]



# ------------------------------------------------------------------------- subject in words, formula after ':'

_WORDS_SUBJECT = re.compile(r"^(?P<lead>[^" + OPEN + r"]*?(?:" + SLOT_RE + r"[^" + OPEN + r"]*?)*?)\b(?P<verb>is|are)"
                            r"\s+(?P<props>" + PROPERTY_WORD + r"(?:[\s,]+" + PROPERTY_WORD + r")*)\s*:\s*"
                            r"(?P<formula>" + SLOT_RE + r")(?P<rest>.*)$",
                            re.I | re.S)


def subject_after_colon(text: str) -> tuple[str, list[str]] | None:
    """"KL divergence with $p = 1/3$ is convex: $F$ on $0 < q < 1$" -> "$F$ is convex on $0 < q < 1$ [where $p =
    1/3$ when F uses p]"; only when every math block before "is" gives a letter a number."""
    masked, blocks = mask(text)
    m = _WORDS_SUBJECT.match(masked)
    if not m:
        return None
    formula = blocks[int(SLOT.match(m.group("formula")).group(1))]
    lead = m.group("lead")
    values = []
    for slot in SLOT.finditer(lead):
        block = blocks[int(slot.group(1))]
        name = value_name(block)
        if name is None:
            return None
        if uses(name, formula):
            values.append(block)
        elif mentions(name, formula):
            return None   # the letter in another spelling (\\varepsilon for \\epsilon): neither a label nor its value
    words = re.sub(r"\b(?:with|for|where|and|at)\b", " ", SLOT.sub(" ", lead), flags=re.I)
    if not harmless(words):
        return None
    claim = f"{m.group('formula')} {m.group('verb')} {m.group('props')}{m.group('rest').rstrip().rstrip('.')}"
    if values:
        claim += " where " + ", ".join(OPEN + str(blocks.index(v)) + CLOSE for v in values)
    note = (f"the subject in words '{' '.join(unmask(lead, blocks).split())}' is the formula after the colon"
            + ("; its values are given to the formula" if values else "; its values are labels the formula does not "
               "use"))
    return " ".join(unmask(claim, blocks).split()), [note]


# ------------------------------------------------------------------------------ values before the formula

_LEAD_VALUES = re.compile(r"^(?P<title>[^" + OPEN + r"]*?)(?P<values>\b(?:for|with|let|taking|setting|when|at|on)\s+"
                          + SLOT_RE + r"(?:\s*(?:,|and|,\s*and)\s*" + SLOT_RE + r")*)\s*[,:]\s*(?P<formula>"
                          + SLOT_RE + r")(?P<rest>.*)$", re.I | re.S)


def values_before_formula(text: str) -> tuple[str, list[str]] | None:
    """"Exercise 3.17: for $p = 1/2$, $F$ is ..." -> "Exercise 3.17: $F$ is ... where $p = 1/2$" when F uses p (a
    value for a letter F does not use is a label, left as written)."""
    masked, blocks = mask(text)
    m = _LEAD_VALUES.match(masked)
    if not m or not re.match(r"\s*,?\s*(?:is|are|on|over|for|in|with)\b", m.group("rest"), re.I):
        return None
    formula = blocks[int(SLOT.match(m.group("formula")).group(1))]
    given = [blocks[int(s.group(1))] for s in SLOT.finditer(m.group("values"))]
    names = [value_names(b) for b in given]
    if any(n is None for n in names) or any(mentions(n, formula) and not uses(n, formula) for ns in names for n in ns):
        return None   # not values, or a letter in its other spelling (\\varepsilon for \\epsilon)
    title = re.sub(r"\b(?:with|of|at|on)\b", " ", m.group("title"), flags=re.I)
    if title.strip() and not harmless(title):
        return None
    rest = m.group("rest").rstrip().rstrip(".")
    if not any(uses(n, formula) for ns in names for n in ns):   # a data point or a label the formula does not use
        if len(names) == 1 and len(names[0]) == 1:
            return None   # one letter = number: ``claims`` reads such a label itself
        return " ".join(unmask(f"{m.group('title')}{m.group('formula')}{rest}", blocks).split()), [
            "the values before the formula are not used by it (labels): " + ", ".join(inner(b).strip() for b in given)]
    if re.match(r"\s*(?:at|on)\b", m.group("values"), re.I) and not _names_variables(masked):
        return None   # "At $(x, y) = (0, 0)$, $F$ is convex" may mean near that point: only data for named variables
    claim = (f"{m.group('title')}{m.group('formula')}{rest} where "
             + ", ".join(OPEN + str(blocks.index(b)) + CLOSE for b in given))
    return " ".join(unmask(claim, blocks).split()), [
        "the values before the formula are given to it: " + ", ".join(inner(b).strip() for b in given)]


def _names_variables(masked: str) -> bool:
    """Whether the claim names its variables in math ("in $(w, b)$", "with respect to $w$")."""
    return bool(re.search(r"\b(?:in|with\s+respect\s+to|w\.r\.t\.?|wrt)\s+" + SLOT_RE, masked, re.I))


_POINT_AFTER = re.compile(r"(?P<formula>" + SLOT_RE + r")\s+at\s+(?P<values>" + SLOT_RE + r")(?=\s*(?:,|(?:is|are)\b))",
                          re.I)


def point_after_formula(text: str) -> tuple[str, list[str]] | None:
    """"$(w x + b - y)^2$ at $(x, y) = (2, 1)$, ... in $(w, b)$" -> "$(w x + b - y)^2$ where $(x, y) = (2, 1)$, ...":
    values given after "at" are the formula's values (a data point), when the claim names its variables in math (the
    valued names can then not be among them: ``claims`` refuses a variable given a value); else "at a point" may
    mean near it, and the text is left as written."""
    masked, blocks = mask(text)
    m = _POINT_AFTER.search(masked)
    given = blocks[int(SLOT.match(m.group("values")).group(1))] if m else ""
    if not m or not _names_variables(masked) or value_names(given) is None:
        return None   # without named variables "$F$ at $(x, y) = (0, 0)$ is convex" may mean near that point
    out = masked[:m.start()] + f"{m.group('formula')} where {m.group('values')}" + masked[m.end():]
    return unmask(out, blocks), [f"'at {inner(blocks[int(SLOT.match(m.group('values')).group(1))]).strip()}' gives "
                                 "the formula's values"]


# ---------------------------------------------------------------------------- a condition between commas

_BETWEEN_COMMAS = re.compile(r"(?P<formula>" + SLOT_RE + r")\s*,\s*(?P<cond>" + SLOT_RE + r")\s*,\s*(?=(?:is|are)\b)",
                             re.I)


def condition_between_commas(text: str) -> tuple[str, list[str]] | None:
    """"$F$, $0 \\le \\alpha \\le 1$, is concave" -> "$F$, for $0 \\le \\alpha \\le 1$, is concave"; a value for a
    letter F uses there is a definition ("where")."""
    masked, blocks = mask(text)
    m = _BETWEEN_COMMAS.search(masked)
    if not m:
        return None
    cond = blocks[int(SLOT.match(m.group("cond")).group(1))]
    formula = blocks[int(SLOT.match(m.group("formula")).group(1))]
    if value_name(formula) or is_condition(formula) or "\\begin" in cond:
        return None   # "with $\\delta = 1$, $\\begin{cases} ... \\end{cases}$, is": a label, then the function
    if is_condition(cond):
        word = "for"
    else:
        name = value_name(cond)
        if name is None or not uses(name, formula):
            return None
        word = "where"
    claim = masked[:m.start()] + f"{m.group('formula')}, {word} {m.group('cond')}, " + masked[m.end():]
    return unmask(claim, blocks), [f"'{inner(cond).strip()}' between commas is read as '{word} {inner(cond).strip()}'"]


# ------------------------------------------------------------------------------- a noun before a condition

_ROLE = re.compile(r"\b(?P<lead>for|with|when)\s+(?P<quantifier>(?:every|all|each|any)\s+)?(?:the\s+)?(?P<nouns>(?:"
                   r"[A-Za-z-]+\s+){1,2}?)(?P<parameter>parameters?\s+)?(?=" + SLOT_RE + ")", re.I)


def role_nouns(text: str) -> tuple[str, list[str]] | None:
    """"for shape $k \\ge 1$" -> "for $k \\ge 1$" (``ROLE_NOUNS`` only); "for the shape parameter $k \\ge 1$" ->
    "for every $k \\ge 1$"."""
    masked, blocks = mask(text)
    said, out, pos = [], [], 0
    for m in _ROLE.finditer(masked):
        nouns = m.group("nouns").lower().split()
        if not nouns or not all(n in ROLE_NOUNS for n in nouns):
            continue
        quantifier = m.group("quantifier") or ("every " if m.group("parameter") else "")
        out.append(masked[pos:m.start()] + f"{m.group('lead')} {quantifier}")
        pos = m.end()
        said.append(" ".join(nouns))
    if not said:
        return None
    out.append(masked[pos:])
    return unmask("".join(out), blocks), [f"'{w}' names what the symbol after it is, not a condition" for w in said]



_PARENTHESIZED = re.compile(r"(?P<open>\(\s*(?P<word>(?:for|when|if|where|with)\s+)?)(?P<cond>" + SLOT_RE + r")\s*\)")


def parenthesized_condition(text: str) -> tuple[str, list[str]] | None:
    """"$F$ ($p \\ge 1$) is convex", "$F$ is convex on $x > 0$ (for $p \\ge 1$)", "$F$ $(p \\ge 1)$ is convex": a
    condition in parentheses is a condition of the claim, never a remark to drop: "$F$, for $p \\ge 1$, is convex",
    "... on $x > 0$ for $p \\ge 1$". Only a parenthesis holding one math block that is a condition (a relation, not
    '='), alone or after a clause word, is unwrapped."""
    masked, blocks = mask(text)
    said = []

    def unwrap(m):
        block = blocks[int(SLOT.match(m.group("cond")).group(1))]
        if not is_condition(block):
            return m.group(0)
        said.append(inner(block).strip())
        return f", {(m.group('word') or 'for ').strip()} {m.group('cond')},"
    out = _PARENTHESIZED.sub(unwrap, masked)
    for k, block in enumerate(blocks):   # "$(p \\ge 1)$": the parentheses inside the math
        body = inner(block).strip()
        slot = f"{OPEN}{k}{CLOSE}"
        if body.startswith("(") and body.endswith(")") and is_condition(block) and "," not in body \
                and re.search(r"[^\s,]\s*" + re.escape(slot) + r"\s*(?:is|are)\b", out):   # after the formula
            blocks[k] = "$" + body[1:-1] + "$"
            out = out.replace(slot, f", for {slot},")
            said.append(body[1:-1].strip())
    if not said:
        return None
    out = re.sub(r",\s*,", ",", re.sub(r"\s+,", ",", out)).rstrip().rstrip(",")
    return " ".join(unmask(out, blocks).split()), [f"the condition in parentheses '{c}' is part of the claim"
                                                     for c in said]
