r"""The text the sentence rules work on (layer: text): math blocks masked as slots, so that words are matched
outside math only; the property words; small readers of one math block (a value given to a name, a condition, the
names a formula writes). Nothing here reads a formula's value."""

from __future__ import annotations

import re

from ..errors import ClaimError
from ..parsing import normalize
from ..remarks import MATH, harmless

#: quasiconvexity and log-log curvature (``claims._BEYOND_WORDS``) are property words too
_BEYOND = r"quasi-?convex|quasi-?concave|quasi-?linear|quasi-?affine|log-log(?:-|\s+)(?:convex|concave|affine)"
PROPERTY_WORD = (r"(?:not|non|strictly|" + _BEYOND + r"|convex|concave|affine|linear|neither|nor|or|and|both|up|down|"
                 r"upwards?|downwards?|log-concave|log-convex|non-convex|nonconvex|non-concave|nonconcave)")
PROPS = re.compile(r"(?<![\w-])(?P<props>" + PROPERTY_WORD + r"(?:[\s,]+" + PROPERTY_WORD + r")*)(?![\w-])", re.I)
BASE_PROPERTY = re.compile(r"\b(?:" + _BEYOND + r"|convex|concave|affine|log-concave|log-convex|nonconvex|non-convex|"
                            r"nonconcave|non-concave)\b", re.I)
OPEN, CLOSE = "\ue000", "\ue001"
SLOT = re.compile(OPEN + r"(\d+)" + CLOSE)



def error(message: str) -> ClaimError:
    return ClaimError(" ".join(message.split()))


# ------------------------------------------------------------------------------------------------ masking

def mask(text: str) -> tuple[str, list[str]]:
    """The text with each math block replaced by a slot (so that words are matched outside math only), and the
    blocks (with their delimiters)."""
    blocks: list[str] = []

    def slot(m):
        blocks.append(m.group(0))
        return f"{OPEN}{len(blocks) - 1}{CLOSE}"
    return MATH.sub(slot, text), blocks


def unmask(masked: str, blocks: list[str]) -> str:
    return SLOT.sub(lambda m: blocks[int(m.group(1))], masked)


def inner(block: str) -> str:
    m = MATH.fullmatch(block.strip())
    return next(g for g in m.groups() if g is not None) if m else block


SLOT_RE = OPEN + r"\d+" + CLOSE

# ------------------------------------------------------------------------------------------- small readers

NUMBER = r"-?\s*(?:\d+(?:\.\d+)?(?:\s*/\s*\d+)?|\\frac\s*\{\s*-?\d+\s*\}\s*\{\s*\d+\s*\})"
NAME = r"(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?"
VALUE = re.compile(r"\s*(?P<name>" + NAME + r")\s*=\s*" + NUMBER + r"\s*")
RELATION = re.compile(r"<|>|\\(?:le|ge|leq|geq|lt|gt|leqslant|geqslant|in|ne|neq)(?![A-Za-z])|[≤≥∈≠]")


_VALUES = re.compile(r"\s*\(\s*(?P<names>" + NAME + r"(?:\s*,\s*" + NAME + r")+)\s*\)\s*=\s*\(\s*(?P<values>" + NUMBER
                     + r"(?:\s*,\s*" + NUMBER + r")+)\s*\)\s*")


def value_names(block: str) -> list[str] | None:
    """The names a math block gives numbers to ("$p = 1/2$" -> [p]; "$(x, y) = (2, 1)$" -> [x, y]), else None."""
    one = value_name(block)
    if one is not None:
        return [one]
    m = _VALUES.fullmatch(normalize(inner(block)))
    if not m:
        return None
    names = [n.strip() for n in m.group("names").split(",")]
    return names if len(names) == len(m.group("values").split(",")) else None


def value_name(block: str) -> str | None:
    """The name a math block gives a number to ("$p = 1/2$" -> "p"), else None."""
    m = VALUE.fullmatch(normalize(inner(block)))
    return m.group("name") if m else None


def uses(name: str, formula: str) -> bool:
    """Whether a formula (a math block) writes the name exactly as given (a whole name; typed in unicode or not).
    A letter written in its other spelling (\\varepsilon for \\epsilon) is not used: the value would not reach it."""
    pattern = (r"\\" + re.escape(name[1:]) if name.startswith("\\") else r"(?<![A-Za-z\\])" + re.escape(name)) \
        + r"(?![A-Za-z])"
    return any(re.search(pattern, t) for t in (inner(formula), normalize(inner(formula))))


def mentions(name: str, formula: str) -> bool:
    """Whether a formula writes the name in any spelling (\\epsilon and \\varepsilon, \\phi and \\varphi alike)."""
    if not name.startswith("\\"):
        return uses(name, formula)
    bare = name[1:].removeprefix("var")
    return uses("\\" + bare, formula) or uses("\\var" + bare, formula)


def is_condition(block: str) -> bool:
    return bool(RELATION.search(normalize(inner(block)))) and "=" not in re.sub(r"\\(?:le|ge)q?|[<>!]=", "",
                                                                                 normalize(inner(block)))


def harmless_words(text: str) -> bool:
    return harmless(SLOT.sub(" ", text))


def single_property(props: str) -> bool:
    words = props.lower().replace(",", " ").split()
    return not ({"or", "and", "both"} & set(words)) or words[:1] == ["neither"]
