r"""Homework phrasing: sentences that only state definitions or conditions, then the claim (layer: text).

"Let $a > 0$. Consider $f(x) = a x^2 + x$. Then $f$ is convex.", "We have $f(x) = \frac{1}{2}\|x\|_2^2$ where
$x \in \mathbb{R}^3$. Then $f$ is strictly convex.", "Consider the quadratic $q(x, y) = 3x^2 + 2xy + y^2$. $q$ is
convex.", "Let $p \ge 1$. The function $f(x) = |x|^p$ is convex." A first sentence made of a lead word (let, assume,
suppose, given, consider, define, we have; optionally "the <noun>") and math blocks only is a list of definitions and
conditions for the claim that follows: the text is rewritten as "CLAIM where DEFINITIONS" (CLAIMS.md's shape),
repeatedly while the next sentence is of the same kind. A first sentence with any other word ("Suppose $x^3$ is
convex.") is left as written. Nothing here reads a formula; it only moves text.

>>> chained_definitions(r"Let $a > 0$. Consider $f(x) = a x^2 + x$. Then $f$ is convex.")
'$f$ is convex where $f(x) = a x^2 + x$ and $a > 0$'
>>> chained_definitions(r"Consider the quadratic $q(x, y) = 3x^2 + y^2$. $q$ is convex.")
'$q$ is convex where $q(x, y) = 3x^2 + y^2$'
>>> chained_definitions(r"Suppose $x^3$ is convex. Then $x^3 + x$ is convex.") is None
True
>>> chained_definitions(r"Let $u(s) = e^{-s}$. $t$ is convex.") is None
True
"""

from __future__ import annotations

import re

_BLOCK = r"\$[^$]+\$"
_CHAIN = re.compile(r"^\s*(?:let|assume|suppose|given|consider|define|we\s+have)\s+(?:(?:the|a|an)\s+[a-z]+\s+)?"
                    r"(?P<defs>" + _BLOCK + r"(?:\s*(?:,|and|where|with|for)\s*" + _BLOCK + r")*)"
                    r"\s*[.;]\s+(?:(?:then|so|thus|hence|now)\s*,?\s+)?(?P<rest>.*\$.*)$", re.I | re.S)


def chained_definitions(text: str) -> str | None:
    """``text`` as "CLAIM where DEFINITIONS" when it opens with definition-only sentences (module docstring);
    None when it does not."""
    m = _CHAIN.match(text)
    if not m:
        return None
    defs = [re.sub(r"\s+", " ", d) for d in re.findall(_BLOCK, m.group("defs"))]
    rest = m.group("rest").strip()
    if not all(_used(d, " ".join([rest, *(e for e in defs if e is not d)])) for d in defs):   # "Let $u(s) = e^{-s}$. $t$ is convex.": t is not what was defined
        return None
    inner = chained_definitions(rest)
    claim = (inner if inner is not None else rest).rstrip().rstrip(".")
    joiner = " and " if " where " in claim else " where "
    return claim + joiner + " and ".join(defs)


def _used(block: str, rest: str) -> bool:
    """Whether what ``block`` defines (the name of ``name(args) = ...``, else its letters) occurs in the math of
    ``rest`` (the claim and the other definitions): a definition the claim never uses is not its definition."""
    math = " ".join(re.findall(_BLOCK, rest))
    named = re.match(r"\$\s*(\\?[A-Za-z]+)\s*\(", block)
    names = [named.group(1)] if named else re.findall(r"\\[A-Za-z]+|[A-Za-z]", block.split("=")[0])
    return any(re.search(r"(?<![A-Za-z\\])" + re.escape(n) + r"(?![A-Za-z])", math) for n in names
               if n not in ("\\in", "\\mathbb", "\\ge", "\\le", "\\geq", "\\leq", "R"))


__all__ = ["chained_definitions"]
