r"""A variable "between" two bounds, which writers read two ways (layer: text).

"$x(1 - x)$ is concave for $x$ between $0$ and $1$" says neither whether the ends belong to the set: [0, 1] to some
writers, (0, 1) to others. Like R^+ (``halflines``), the claim has two readings, the text with
"for $0 \le x \le 1$" and the text with "for $0 < x < 1$"; ``halflines.read_both`` answers it only when both
readings agree (and shows both answers when they do not), and when the closed reading cannot be read (log x at 0)
the open one stands alone.

Only "for | when | if [all] $v$ [is] between $a$ and $b$" with each of v, a, b in its own math block is read (the
bounds are any formulas the domain reader reads: $-\pi/2$, $1/2$). Nothing here evaluates text.

>>> [label for _, label in readings(r"$\cos x$ is concave for $x$ between $-\pi/2$ and $\pi/2$")]
['between read as [a, b]', 'between read as (a, b)']
>>> readings(r"$x^2$ is convex for $0 < x < 1$")
[]
"""

from __future__ import annotations

import re

_BETWEEN = re.compile(r"\b(?P<lead>for|when|if)\s+(?:all\s+)?\$\s*(?P<v>(?:\\?[A-Za-z]+)(?:_\{?\w+\}?)?)\s*\$\s+"
                      r"(?:is\s+)?between\s+\$(?P<a>[^$]+)\$\s+and\s+\$(?P<b>[^$]+)\$", re.I)


def readings(text: str) -> list[tuple[str, str]]:
    """[(the text with the closed interval, label), (the text with the open interval, label)], or [] when the text
    has no "between" (module docstring)."""
    m = _BETWEEN.search(text)
    if not m:
        return []
    out = []
    for rel, label in ((r"\le", "between read as [a, b]"), ("<", "between read as (a, b)")):
        condition = f"{m.group('lead')} ${m.group('a').strip()} {rel} {m.group('v')} {rel} {m.group('b').strip()}$"
        out.append((text[:m.start()] + condition + text[m.end():], label))
    return out
