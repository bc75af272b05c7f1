r"""Domains said in words about a variable's sign, rewritten as the inequalities they mean (layer: text).

Textbooks and posts write the domain of a claim in words: "$x^3$ is convex for positive $x$", "... when $x$ is
nonnegative", "... on the positive reals". Each phrase names one sign condition on the variables it names, and is
rewritten to the math a claim states (CLAIMS.md's DOMAIN), so the reader reads exactly that set:

- "for (all | every | any)? positive $x$" / "for $x$ positive" -> "for $x > 0$" (also negative, nonnegative,
  non-negative, nonpositive, non-positive, strictly positive; several names "$x, y$" or "$x$ and $y$" each get
  the condition);
- "when | if | whenever | where $x$ is positive" -> "for $x > 0$" (the same words);
- the same phrases with one plain letter typed without $...$ ("for nonnegative x", "when x is negative");
- "on | over the positive reals (real line, real numbers, half-line)" -> "on $\mathbb{R}_{++}$", nonnegative ->
  "on $\mathbb{R}_{+}$", negative -> "on $\mathbb{R}_{--}$", nonpositive -> "on $\mathbb{R}_{-}$"; "for all positive
  reals" likewise, and "for all positive real $x$" (real, reals, real numbers after the sign word) as "for positive
  $x$";
- "for all real numbers $x$" is "for all real $x$" (a quantifier over the names, as before), "for every real number"
  "for all real numbers".

- "for $x$ at least $1$", "when x is greater than or equal to 1", "for all x greater than zero", "x no more than 2"
  (at least, at most, [strictly] greater / less / larger / bigger / smaller / more than [or equal to], no less / no
  more / no greater / no smaller than, not less / not greater than) -> "$x \ge 1$", ... (the bound a number, a
  number word zero ... ten, pi, or a math block); "provided [that]", "as long as" -> "when";
- "on the [closed] unit interval" -> "on $[0, 1]$", "on the open unit interval" -> "on $(0, 1)$" (a set of one
  variable, checked against the claim's variables as any set is); "the first quadrant" is the positive quadrant
  (the axes belong to no quadrant), "the positive real axis" the positive reals; "the upper (lower, right, left)
  half-plane" is y > 0 (y < 0, x > 0, x < 0) when the claim's letters are x and y only, and "the (open | closed)
  unit disk (ball)" is x^2 + y^2 < 1 (<= 1), in (x, y, z) when the letters are x, y and z;
- "when $x$ and $y$ are positive", "when x and y are positive", "for positive x and y": each name gets the condition.

Only a math block holding variable names (letters, Greek commands, subscripts) is read this way; anything else is
left as written, for the reader to read or refuse.
"""

from __future__ import annotations

import re

#: sign word -> the relation it means
_SIGNS = {"positive": ">", "strictly positive": ">", "negative": "<", "strictly negative": "<",
          "nonnegative": r"\ge", "non-negative": r"\ge", "nonpositive": r"\le", "non-positive": r"\le"}
_SIGN = r"(?P<sign>strictly\s+positive|strictly\s+negative|non-?negative|non-?positive|positive|negative)"
#: a math block of variable names: x, x_1, w_{12}, \theta, "x, y"
_NAME = r"(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?"
_NAMES = r"\$\s*(?P<names>" + _NAME + r"(?:\s*,\s*" + _NAME + r")*)\s*\$"

#: "real", "reals", "real number(s)" between a sign word and the names: "for all positive real $x$"
_REAL_WORD = r"(?:\s+real(?:s|\s+numbers?)?)?"
_FOR_SIGN_NAMES = re.compile(r"\bfor\s+(?:(?:all|every|any)\s+)?" + _SIGN + _REAL_WORD + r"\s+" + _NAMES, re.I)
#: "for positive $x$ and $y$": the sign word applies to each block of names joined by "and" or ","
_FOR_SIGN_BLOCKS = re.compile(r"\bfor\s+(?:(?:all|every|any)\s+)?" + _SIGN + r"\s+(?P<blocks>" + _NAMES.replace(
    "(?P<names>", "(?:") + r"(?:\s*(?:,|\band\b)\s*" + _NAMES.replace("(?P<names>", "(?:") + r")+)", re.I)
#: several plain letters: "x and y", "x, y", "x, y and z"
_LETTERS = r"(?P<names>[A-Za-z](?:\s*(?:,|\band\b)\s*[A-Za-z])*)(?![\w^(])"
_WHEN_LETTERS_ARE = re.compile(r"\b(?:when|whenever|if|where)\s+" + _LETTERS + r"\s+(?:is|are)\s+(?:both\s+|all\s+)?"
                               + _SIGN + r"\b", re.I)
_FOR_SIGN_LETTERS = re.compile(r"\bfor\s+(?:(?:all|every|any)\s+)?" + _SIGN + _REAL_WORD + r"\s+" + _LETTERS, re.I)
_WHEN_BLOCKS_ARE = re.compile(r"\b(?:when|whenever|if|where)\s+(?P<blocks>" + _NAMES.replace("(?P<names>", "(?:")
                              + r"(?:\s*(?:,|\band\b)\s*" + _NAMES.replace("(?P<names>", "(?:") + r")+)\s+are\s+"
                              r"(?:both\s+|all\s+)?" + _SIGN + r"\b", re.I)
#: a comparison in words between a name and a bound: "x at least 1", "$x$ is greater than or equal to $0$"
_RELATION_WORDS = {"at least": r"\ge", "at most": r"\le", "no less than": r"\ge", "not less than": r"\ge",
                   "no smaller than": r"\ge", "no more than": r"\le", "no greater than": r"\le",
                   "not greater than": r"\le", "no larger than": r"\le"}
for _word, _rel in (("greater", ">"), ("larger", ">"), ("bigger", ">"), ("more", ">"), ("less", "<"),
                    ("smaller", "<")):
    _RELATION_WORDS[f"{_word} than or equal to"] = r"\ge" if _rel == ">" else r"\le"
    _RELATION_WORDS[f"{_word} than"] = _rel
    _RELATION_WORDS[f"strictly {_word} than"] = _rel
_NUMBER_WORDS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "ten": "10",
                 "pi": r"\pi", "\u03c0": r"\pi"}
_COMPARED = re.compile(
    r"(?P<v>\$\s*" + _NAME + r"\s*\$|(?<![\w\\$])[A-Za-z](?![\w(^$]))\s+(?:is\s+|are\s+)?(?P<rel>"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in _RELATION_WORDS), key=len, reverse=True))
    + r")\s+(?P<c>\$[^$]+\$|-?\d+(?:\.\d+)?(?:/\d+)?(?![\w.])|(?:zero|one|two|three|four|five|ten|pi|\u03c0)\b)", re.I)
_PROVIDED = re.compile(r"\b(?:provided(?:\s+that)?|as\s+long\s+as)\s+", re.I)
_UNIT_INTERVAL = re.compile(r"\b(?P<prep>on|over|in)\s+the\s+(?P<kind>open\s+|closed\s+)?unit\s+interval\b", re.I)
_FIRST_QUADRANT = re.compile(r"\b(on|over|in)\s+the\s+first\s+quadrant\b", re.I)


#: "the upper half-plane" of the (x, y) plane: y > 0 (lower: y < 0, right: x > 0, left: x < 0)
_HALF_PLANE = re.compile(r"\b(?:on|over|in)\s+the\s+(?:open\s+)?(?P<side>upper|lower|right|left)\s+half[\s-]?plane\b"
                         r"(?!\s*(?:\$|[A-Za-z0-9(]+\s*[\^<>=_]))", re.I)   # a set written after the words is the set
_HALF_PLANE_SETS = {"upper": "y > 0", "lower": "y < 0", "right": "x > 0", "left": "x < 0"}


def _letters(text: str) -> set[str]:
    """The single letters standing alone in ``text`` (the claim's letters, with the articles a, I and Euler's e
    left out)."""
    return set(re.findall(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])", re.sub(r"\b(?:a|I)\b", " ", text))) - {"e"}


#: "the (open | closed) unit disk (disc, ball)" of the (x, y) plane or of (x, y, z) space
_UNIT_BALL = re.compile(r"\b(?:on|over|in|inside|within)\s+the\s+(?P<kind>open\s+|closed\s+)?unit\s+(?:disk|disc|ball)\b"
                        r"(?!\s*(?:\$|[A-Za-z0-9(]+\s*[\^<>=_]))", re.I)   # a set written after the words is the set


def _unit_ball(text: str) -> str:
    """"on the unit disk" -> "for $x^2 + y^2 < 1$" ("closed": <= 1) when the claim's letters are x and y only, the unit
    ball in (x, y, z) when they are x, y and z; any other text is left as written."""
    m = _UNIT_BALL.search(text)
    if not m:
        return text
    letters = _letters(_UNIT_BALL.sub(" ", text))
    if letters not in ({"x", "y"}, {"x", "y", "z"}):
        return text
    rel = r"\le" if (m.group("kind") or "").strip().lower() == "closed" else "<"
    return text[:m.start()] + "for $" + " + ".join(f"{v}^2" for v in sorted(letters)) + f" {rel} 1$" + text[m.end():]


def _half_plane(text: str) -> str:
    """"on the upper half-plane" -> "for $y > 0$" when the claim's letters are x and y only (the plane's coordinates
    named as usual); any other text is left as written (and refused: which letter is the second coordinate?)."""
    m = _HALF_PLANE.search(text)
    if not m:
        return text
    letters = _letters(_HALF_PLANE.sub(" ", text))
    wanted = _HALF_PLANE_SETS[m.group("side").lower()]
    if not letters <= {"x", "y"} or wanted[0] not in letters:
        return text
    return text[:m.start()] + f"for ${wanted}$" + text[m.end():]


def _compared(m) -> str:
    v = m.group("v").strip("$ ")
    c = m.group("c")
    c = c.strip("$ ") if c.startswith("$") else _NUMBER_WORDS.get(c.lower(), c)
    return f"${v} {_RELATION_WORDS[' '.join(m.group('rel').lower().split())]} {c}$"


def _letters_condition(m) -> str:
    rel = _SIGNS[re.sub(r"\s+", " ", m.group("sign").lower())]
    names = re.split(r"\s*(?:,|\band\b)\s*", m.group("names").strip())
    return "for $" + ", ".join(f"{n} {rel} 0" for n in names) + "$"


_FOR_NAMES_SIGN = re.compile(r"\bfor\s+(?:(?:all|every|any)\s+)?" + _NAMES + r"\s+" + _SIGN + r"\b", re.I)
_WHEN_NAMES_IS = re.compile(r"\b(?:when|whenever|if|where)\s+" + _NAMES + r"\s+(?:is|are)\s+" + _SIGN + r"\b", re.I)
#: one plain letter typed without $...$: "for nonnegative x", "when x is negative" (a word after it is not a name)
_LETTER = r"(?P<names>[A-Za-z])(?![\w^(])"
_FOR_SIGN_LETTER = re.compile(r"\bfor\s+(?:(?:all|every|any)\s+)?" + _SIGN + _REAL_WORD + r"\s+" + _LETTER, re.I)
_WHEN_LETTER_IS = re.compile(r"\b(?:when|whenever|if|where)\s+" + _LETTER + r"\s+(?:is|are)\s+" + _SIGN + r"\b", re.I)
_REALS = re.compile(r"\b(?P<prep>on|over|for)\s+(?:the|all(?:\s+the)?|every|any)\s+(?P<sign>positive|non-?negative|"
                    r"negative|non-?positive)\s+(?:reals|real\s+line|real\s+numbers?|half-?line|real\s+axis|half-?axis)\b(?!\s*\$|\s+[A-Za-z]\b)",
                    re.I)
#: "for all real numbers x", "for every real number $x$": the names' quantifier, as "for all real $x$" is
_REAL_NUMBERS_NAMES = re.compile(r"\b(for\s+(?:all|every|any)\s+real)\s+numbers?(?=\s+(?:\$|[A-Za-z]\b))", re.I)
_EVERY_REAL_NUMBER = re.compile(r"\bfor\s+(?:every|any)\s+real\s+number\b(?!\s*\$|\s+[A-Za-z]\b)", re.I)


def _condition(m) -> str:
    rel = _SIGNS[re.sub(r"\s+", " ", m.group("sign").lower())]
    names = [n.strip() for n in m.group("names").split(",")]
    return "for $" + ", ".join(f"{n} {rel} 0" for n in names) + "$"


def _blocks_condition(m) -> str:
    rel = _SIGNS[re.sub(r"\s+", " ", m.group("sign").lower())]
    names = [n.strip() for block in re.findall(r"\$([^$]*)\$", m.group("blocks")) for n in block.split(",")]
    return "for $" + ", ".join(f"{n} {rel} 0" for n in names) + "$"


def sign_words(text: str) -> str:
    r"""``text`` with each sign phrase (module docstring) replaced by the inequalities it means.

    >>> sign_words(r"$x^3$ is convex for positive $x$")
    '$x^3$ is convex for $x > 0$'
    >>> sign_words(r"$\sqrt{x}$ is concave when $x$ is nonnegative")
    '$\\sqrt{x}$ is concave for $x \\ge 0$'
    >>> sign_words(r"$\log x$ is concave on the positive reals")
    '$\\log x$ is concave on $\\mathbb{R}_{++}$'
    >>> sign_words(r"$x^3$ is convex for nonnegative x")
    '$x^3$ is convex for $x \\ge 0$'
    >>> sign_words(r"$x^2 - 1$ is convex where $x$ is negative")
    '$x^2 - 1$ is convex for $x < 0$'
    """
    text = _PROVIDED.sub("when ", text)
    text = _COMPARED.sub(_compared, text)
    text = _UNIT_INTERVAL.sub(lambda m: f"{m.group('prep')} $" + ("(0, 1)" if (m.group("kind") or "").strip().lower()
                                                                   == "open" else "[0, 1]") + "$", text)
    text = _FIRST_QUADRANT.sub(lambda m: f"{m.group(1)} the positive quadrant", text)
    text = _unit_ball(_half_plane(text))
    text = _WHEN_BLOCKS_ARE.sub(_blocks_condition, text)
    text = _WHEN_LETTERS_ARE.sub(_letters_condition, text)
    text = _FOR_SIGN_BLOCKS.sub(_blocks_condition, text)
    text = _FOR_SIGN_NAMES.sub(_condition, text)
    text = _FOR_NAMES_SIGN.sub(_condition, text)
    text = _WHEN_NAMES_IS.sub(_condition, text)
    text = _FOR_SIGN_LETTERS.sub(_letters_condition, text)
    text = _WHEN_LETTER_IS.sub(_condition, text)
    text = _REAL_NUMBERS_NAMES.sub(lambda m: m.group(1), text)
    text = _EVERY_REAL_NUMBER.sub("for all real numbers", text)
    return _REALS.sub(lambda m: ("on" if m.group("prep").lower() == "for" else m.group("prep")) + r" $\mathbb{R}_{"
                      + _REAL_SETS[m.group("sign").lower().replace("-", "")] + "}$", text)


_REAL_SETS = {"positive": "++", "nonnegative": "+", "negative": "--", "nonpositive": "-"}
