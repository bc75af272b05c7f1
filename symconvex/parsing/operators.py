r"""Operators on functions that a formula may show but the reader does not compute (layer: text).

A derivative in Leibniz notation, ``\frac{d}{dx}(x^4 - 4x^3)``, read letter by letter, is the fraction
d / (d x) times the formula: the letter d cancels and the claim would be about (x^4 - 4x^3)/x, another function
(on 1 < x < 4/3 the derivative 4x^3 - 12x^2 is convex, the quotient x^3 - 4x^2 concave: a wrong answer). An
expectation ``\mathbb{E}[X^2]`` read the same way is the product E·X^2. Both are refused in one line, with how to
write the claim instead; nothing here evaluates anything.
"""

from __future__ import annotations

import re

from .vocabulary import fail

_D = r"(?:\\mathrm\s*\{\s*d\s*\}|\\mathrm\s+d|\\operatorname\s*\{\s*d\s*\}|\\text\s*\{\s*d\s*\}|d|\\partial)"
#: \frac{d}{dx}, \frac{d^2 f}{dx^2}, \frac{\mathrm{d}}{\mathrm{d}t}, \frac{dy}{d\theta}, \frac{\partial}{\partial w_1}
_LEIBNIZ = re.compile(r"\\[dt]?frac\s*\{\s*" + _D + r"(?:\s*\^\s*\{?\s*\d+\s*\}?)?[^{}]*(?:\{[^{}]*\}[^{}]*)*\}"
                      r"\s*\{\s*" + _D + r"\s*(?:[A-Za-z]|\\[A-Za-z])")
#: d/dx typed in plain text
_PLAIN_LEIBNIZ = re.compile(r"(?<![A-Za-z\\])d\s*/\s*d\s*[A-Za-z](?![A-Za-z]{2})")
#: \mathbb{E}[...], \mathbf{E}(...), \operatorname{E}[...]: an expectation
_EXPECTATION = re.compile(r"\\(?:mathbb|mathbf|operatorname|mathrm|mathsf|Bbb|mathcal)\s*\{\s*E\s*\}")


def refuse_calculus_operators(text: str) -> None:
    r"""Refuse a derivative in Leibniz notation and an expectation written in a formula (see the module's
    docstring): a claim about them is a claim about another function than the one the letters spell."""
    if _LEIBNIZ.search(text) or _PLAIN_LEIBNIZ.search(text):
        fail("derivatives written as d/dx are not computed: write the derivative's formula (for "
             "\\frac{d}{dx} x^3, write 3x^2)")
    if _EXPECTATION.search(text):
        fail("expectations (\\mathbb{E}[...]) are not computed: write the expectation's formula")
