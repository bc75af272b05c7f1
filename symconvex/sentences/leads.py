r"""Words before the claim's first formula that change the claim (layer: text).

The reader drops the words before the first formula as lead words ("The loss $L(w) = ...$", "Claim: $f$ ...").
Some words there are not a lead: they negate the claim or name another function built from the formula, and
dropping them answers a different claim:

- "It is not true that $x^2$ is concave", "It is false that $x^2$ is convex": a negation of the claim;
- "the derivative of $x^4$", "the log of the sigmoid $\sigma(x)$", "the inverse of $e^x$", "the sublevel sets of
  $x^3$", "the perspective of $x^2$": another function (or a set) built from the formula -- its curvature is not
  the formula's (the derivative of log x is 1/x; log(x^2 + 1) is not convex; x^3 has convex sublevel sets);
- "minus $x^2$", "the negative $\log x$", "the reciprocal $x$": the formula transformed.

``transforming_lead(lead)`` names such words, or returns None; ``claims`` then refuses the claim in one line
(never answers the formula alone). "the graph of $y = f$" is the function itself and is kept. A title ending with
a colon ("Perspective of $\exp$: $g(x, t) = t e^{x/t}$ ...") is read before this (the function is the formula
after the colon), so its words never reach here.

>>> transforming_lead("the derivative of ")
"'derivative of'"
>>> transforming_lead("It is not true that ")
"'not'"
>>> transforming_lead("The loss ") is None
True
"""

from __future__ import annotations

import re

#: words that negate or deny what follows
NEGATIONS = {"not", "false", "untrue", "wrong", "incorrect", "isn't", "isnt", "never", "no", "nobody", "fails"}
#: "X of $f$" is f itself only for these X
SAME_FUNCTION_OF = {"graph", "curve", "plot"}
#: a word just before the formula that transforms it ("minus $x^2$")
TRANSFORMS = {"minus", "negative", "negated", "inverse", "reciprocal", "derivative", "gradient", "hessian",
              "conjugate", "integral", "antiderivative", "perspective", "epigraph", "hypograph", "sublevel",
              "superlevel", "opposite"}


def transforming_lead(lead: str) -> str | None:
    """The words of ``lead`` (the text before the claim's first formula) that negate the claim or transform its
    formula, quoted; None when every word there may be dropped (module docstring)."""
    words = re.findall(r"[a-z]+(?:['-][a-z]+)*", lead.lower())
    negation = [w for w in words if w in NEGATIONS]
    if negation:
        return f"'{negation[0]}'"
    for k, w in enumerate(words):
        if w == "of" and k > 0 and words[k - 1] not in SAME_FUNCTION_OF:
            return f"'{words[k - 1]} of'"
    if words and words[-1] in TRANSFORMS:
        return f"'{words[-1]}'"
    return None
