r"""A standard function named in words as the claim's subject (layer: text).

"The natural logarithm is concave", "the square root function is concave", "the exponential is strictly convex",
"the absolute value function is convex", "the relu activation is convex" name one function of one variable; the
claim is about that function of x: "log(x) is concave", "sqrt(x) is concave", ... (``NAMED``). Only a name that
is the whole subject, at the start and followed by "is" / "are", is read; "the logarithm of ..." or "the exponential
loss" is not this rule's (and is left to the reader, which refuses what it cannot read). The cube root is x^{1/3},
which the reader takes on x >= 0 only when the claim states such a domain.

>>> function_named("The natural logarithm is concave")[0]
'log(x) is concave'
>>> function_named("the exponential of x^2 is convex") is None
True
"""

from __future__ import annotations

import re

#: words -> the function they name, in x
NAMED = {"natural logarithm": "log(x)", "natural log": "log(x)", "logarithm": "log(x)", "exponential": "exp(x)",
         "exponential function": "exp(x)", "square root": "sqrt(x)", "cube root": "x^(1/3)",
         "absolute value": "|x|", "identity": "x", "reciprocal": "1/x", "relu activation": "relu(x)",
         "sigmoid activation": "sigmoid(x)", "tanh activation": "tanh(x)", "softplus activation": "softplus(x)",
         # session 10 (everyday10): trigonometric and named one-variable functions, and margin losses of z = y w.x
         "cosine": "cos(x)", "sine": "sin(x)", "arctangent": "atan(x)", "inverse tangent": "atan(x)",
         "hyperbolic tangent": "tanh(x)", "square function": "x^2", "cube function": "x^3",
         "squaring function": "x^2", "negative logarithm": "-log(x)",
         "negative log": "-log(x)", "entropy": "-x log(x)", "hinge loss": "max(0, 1 - x)",
         "logistic loss": "log(1 + exp(-x))", "exponential loss": "exp(-x)"}
_NAMES = "|".join(sorted((re.escape(k) for k in NAMED), key=len, reverse=True))
_SUBJECT = re.compile(r"^\s*(?:the\s+)?(?P<name>" + _NAMES + r")(?:\s+(?:function|map|mapping))?\s+(?=(?:is|are)\b)",
                      re.I)


def function_named(text: str) -> tuple[str, list[str]] | None:
    """(the claim with the named function written as its formula in x, [note]), or None (module docstring)."""
    m = _SUBJECT.match(text)
    if not m:
        return None
    formula = NAMED[" ".join(m.group("name").lower().split())]
    return formula + " " + text[m.end():], [f"'{m.group(0).strip()}' is read as the function {formula}"]
