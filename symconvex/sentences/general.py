r"""Sentences that state a theorem about kinds of functions, not a claim about one function (layer: text).

"The composition of two convex functions is convex", "A sum of convex functions is convex", "The maximum of
concave functions is convex": no formula, and the subject is a *kind* of function. symconvex checks a given
function (or a kind of neural network, ``families``), so such a sentence cannot be answered; without this rule the
reader refuses it with a message about the words it could not place ("expected a property ... found 'of two
convex'"). ``general_statement(text)`` returns the one-line reason to give instead, or None; it is consulted only
after the reader has refused the text, so it never changes an answer. Nothing is decided here.

>>> general_statement("The composition of two convex functions is convex")[:62]
'a statement about convex functions in general is a theorem, no'
>>> general_statement("$x^2$ is convex") is None
True
"""

from __future__ import annotations

import re

#: A kind of function named by its curvature: "two convex functions", "a concave function", "affine maps".
_KIND = re.compile(r"\b(?P<kind>convex|concave|affine|linear|nonconvex|non-convex|strictly\s+convex)\s+"
                   r"(?:functions?|maps?|mappings?|losses|functionals?)\b", re.I)
#: The property the sentence ends with.
_PROPERTY = re.compile(r"\b(?:is|are)\s+(?:not\s+|always\s+|also\s+|again\s+)*(?:strictly\s+)?"
                       r"(?:convex|concave|affine|non-?convex|neither)\b", re.I)


def general_statement(text: str) -> str | None:
    """The reason a sentence about a kind of function cannot be checked, or None when it is not one."""
    if not isinstance(text, str) or "$" in text or "\\(" in text:
        return None
    kind = _KIND.search(text)
    prop = _PROPERTY.search(text)
    if kind is None or prop is None or kind.start() > prop.start():
        return None
    word = " ".join(kind.group("kind").lower().split())
    return (f"a statement about {word} functions in general is a theorem, not a claim about one function: "
            "write one function, e.g. '$e^{x^2}$ is convex'")


__all__ = ["general_statement"]
