r"""A formula that is a *part* of the subject, not the subject (layer: text).

"The squared loss of a 1-1-1 network with the quadratic activation $\sigma(z) = z^2$ on the data point $(1, 1)$ is
not convex" is a claim about the network's loss; the only formula in it is the activation. Reading the words before
the first formula as lead words answered "z^2 is not convex": refuted, about another function (the loss
(v (w + b)^2 + c - 1)^2 is not convex, so the claim holds). ``refuse_component_formula`` refuses such a claim in one
line: the words before the formula name a loss, a network or a model, and the formula is introduced as its
activation (nonlinearity, transfer function), or is followed by such a word (or by "units"). "The squared loss
of a sigmoid unit $(\sigma(w) - 1)^2$" names the loss itself: a formula after "unit" is the unit's loss, read. A
formula that *is* the activation claimed about ("The tanh activation $\tanh z$ is concave on $z > 0$") names no loss
or network before it and is read as before.
"""

from __future__ import annotations

import re

from ..errors import ClaimError

_MATH = re.compile(r"\$\$?[^$]*\$\$?|\\\(.*?\\\)|\\\[.*?\\\]", re.S)
_WHOLE = re.compile(r"\b(?:loss|losses|cost|objective|risk|error|network|networks|net|nets|model|mlp|perceptron|"
                    r"neural)\b")
_PART_BEFORE = re.compile(r"\b(?:activations?|activation\s+functions?|non-?linearit(?:y|ies)|transfer\s+functions?)"
                          r"\s*(?:function\s*)?(?:is\s+|=\s*|:\s*|given\s+by\s+|defined\s+(?:by|as)\s+|"
                          r"of\s+the\s+form\s+)?$")
_PART_AFTER = re.compile(r"^\s*(?:as\s+(?:the\s+|its\s+)?)?"
                         r"(?:activations?|activation\s+functions?|non-?linearit(?:y|ies)|"
                         r"hidden\s+units?|units?)\b")


def refuse_component_formula(text: str) -> None:
    """``ClaimError`` when the first formula is the activation of a network or loss the words describe."""
    if not isinstance(text, str):
        return
    m = _MATH.search(text)
    if not m:
        return
    before = " ".join(text[:m.start()].lower().split())
    after = text[m.end():].lower()
    if not _WHOLE.search(before):
        return
    if _PART_BEFORE.search(before) or _PART_AFTER.match(after):
        raise ClaimError("the formula is the network's activation, not the function claimed about: write the loss "
                         "itself as a formula (e.g. '$(w_2 (w_1 x)^2 - y)^2$ where $x = 1$, $y = 1$'), or describe "
                         "the network in words with a named activation")


__all__ = ["refuse_component_formula"]
