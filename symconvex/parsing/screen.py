r"""What a pasted claim must be before it is read at all: text, not empty, not too long (layer: text).

``text_problem(text)`` returns the one-line reason a claim cannot be read, or None. A claim is a string of printable
text: a control character (U+0000–U+001F except tab and line breaks, U+007F–U+009F) or an unpaired surrogate (how
Python passes on command-line bytes that are not UTF-8) means bytes that are not text were pasted, and the reader
would otherwise answer with a confusing message about the words it could not find. Nothing is decided here.

>>> text_problem("$x^2$ is convex") is None
True
>>> text_problem("ab\x01cd")
'the claim contains a control character (U+0001 at position 3): paste the claim as text'
>>> text_problem("x" * 20001)
'claim too long: 20001 characters (at most 20000)'
"""

from __future__ import annotations

import unicodedata

#: The longest claim read, in characters (a claim pasted from a paper is a few hundred).
MAX_CLAIM_CHARS = 20000


def text_problem(text, max_chars: int = MAX_CLAIM_CHARS) -> str | None:
    """The reason ``text`` is not a claim to read (not a string, empty, too long, not text), or None."""
    if not isinstance(text, str):
        return f"a claim is text, not {type(text).__name__}"
    if not text.strip():
        return "empty claim"
    if len(text) > max_chars:
        return f"claim too long: {len(text)} characters (at most {max_chars})"
    for i, ch in enumerate(text):
        kind = unicodedata.category(ch)
        if kind == "Cs":
            return f"the claim contains bytes that are not text (at position {i + 1}): paste the claim as text"
        if kind == "Cc" and ch not in "\t\n\r":
            return (f"the claim contains a control character (U+{ord(ch):04X} at position {i + 1}): "
                    "paste the claim as text")
    return None


__all__ = ["MAX_CLAIM_CHARS", "text_problem"]
