r"""Math glued to a hyphenated word in a claim's lead words (layer: text): "The $\epsilon$-insensitive loss
$\max(0, |x| - \epsilon)$ is convex", "The $\ell_1$-regularized objective $(w - 1)^2 + |w|$ is convex", "A
$k$-means cost ... ". The block and its word form one adjective naming the function; the formula the claim is
about is the math block after it. ``drop_compound_math`` keeps the word and drops the glued block, so the reader
does not take the label ($\epsilon$) for the function.

Only a compound before every other math block is read so, and only when a math block follows it; the block must be
a short label (at most 20 characters) with no relation, equation, membership or list in it. Nothing is evaluated:
the text is cut, and the formula the claim names is read as before, so the function, variables, domain and
property of the claim are unchanged.

>>> drop_compound_math(r"The $\epsilon$-insensitive loss $\max(0, |x| - \epsilon)$ is convex in $x$")
'The insensitive loss $\\max(0, |x| - \\epsilon)$ is convex in $x$'
>>> drop_compound_math(r"$x$-convexity of $x^2$")   # no lead words: left alone
'$x$-convexity of $x^2$'
"""

from __future__ import annotations

import re

_COMPOUND = re.compile(r"(?<![\w$\\])\$(?P<label>[^$]{1,20})\$-(?P<word>[A-Za-z][A-Za-z-]*)")
_NOT_A_LABEL = re.compile(r"[=<>,]|\\(?:le|ge|leq|geq|in|ne|neq|subset)\b")


def drop_compound_math(text: str) -> str:
    """``text`` with a lead compound "$L$-word" (module docstring) written as "word"; else ``text`` as is."""
    m = _COMPOUND.search(text)
    if m is None or "$" in text[:m.start()] or "$" not in text[m.end():] or _NOT_A_LABEL.search(m.group("label")):
        return text
    if not text[:m.start()].strip():
        return text
    return text[:m.start()] + m.group("word") + text[m.end():]
