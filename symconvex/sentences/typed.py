r"""Characters and marks of where a claim was typed, read as the plain claim (layer: text).

- Markdown code spans: "`x**2 + y**2` is convex" (a Jupyter cell, a chat message) is the formula in the span,
  "x**2 + y**2 is convex"; the formula is then read as plain text (Python's ``**``, ``np.exp``), as typed.
- Fullwidth forms (an East-Asian input method): "（x－1）² is convex", "$x^2 ＋ y^2$" use U+FF01..U+FF5E, the
  ASCII characters shifted by 0xFEE0, and U+3000 for a space; each is the ASCII character it shows. Only that
  block is mapped (NFKC would also turn x² into x2).

Nothing is evaluated; the text is only respelled, and the answer's note says so.

>>> typed_as_plain("`x**2` is convex")
('x**2 is convex', 'a code span read as the formula x**2')
>>> typed_as_plain("（x－1）² is convex")[0]
'(x-1)² is convex'
"""

from __future__ import annotations

import re

_CODE_SPAN = re.compile(r"(`{1,3})([^`\n]+?)\1(?!`)")
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def typed_as_plain(text: str) -> tuple[str, str]:
    """``text`` with fullwidth characters as ASCII and each code span replaced by its content, and a note naming
    the code spans read ("" when there were none)."""
    text = text.translate(_FULLWIDTH)
    spans = [m.group(2).strip() for m in _CODE_SPAN.finditer(text)]
    if not spans:
        return text, ""
    text = _CODE_SPAN.sub(lambda m: m.group(2).strip(), text)
    return text, ("a code span read as the formula " if len(spans) == 1 else "code spans read as the formulas ") \
        + ", ".join(spans)


__all__ = ["typed_as_plain"]
