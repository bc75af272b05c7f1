r"""Words that say which weights a named letter is (text layer): "in the last layer's weight $v$", "for fixed
first-layer weights $w$", "in the output bias $c$".

Such words describe the math piece after them and change nothing the claim says: the claim is about the letters
written in $...$ (as "in the weights $w$" already is). ``role_run`` finds a run of them that ends at a math piece, so
the reader can read that piece in the clause it is in (variables after "in", parameters after "for fixed"). A run
that does not end at a math piece is not skipped (the words then name no letter, and the claim stays refused).
"""

from __future__ import annotations

import re

#: the words of a role phrase, split at spaces, hyphens and apostrophes ("first-layer", "layer's")
ROLE_TOKENS = frozenset({"first", "second", "third", "last", "final", "output", "input", "hidden", "layer", "layers",
                         "weight", "weights", "bias", "biases", "readout", "outer", "inner", "top", "bottom",
                         "the", "a", "an", "of", "its", "network"})


def _is_role(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s\-]+", re.sub(r"['’]s\b", "", text.strip().lower())) if t]
    return bool(tokens) and all(t in ROLE_TOKENS for t in tokens)


def role_run(chunks: list, i: int) -> int | None:
    """When chunks[i:] starts with role words (word or plain-text chunks) that end at a math piece, the index of
    that math piece; else None. At least one word must name a layer or a weight (not only "the")."""
    j = i
    named = False
    while j < len(chunks) and _is_role(chunks[j][1]):
        named = named or bool(re.search(r"layer|weight|bias|output|input|hidden|readout", chunks[j][1].lower()))
        j += 1
    if j == i or not named or j >= len(chunks) or chunks[j][0] != "math" or _is_role(chunks[j][1]):
        return None
    return j


def article_before_fixed(chunks: list, i: int) -> bool:
    """Whether chunks[i] is the article of "for a fixed $w$" (plain-text reading may take the letter "a" for a
    formula): it is skipped, and "fixed" then names the parameter as in "for fixed $w$"."""
    return (chunks[i][1].strip() in ("a", "an") and i + 1 < len(chunks)
            and chunks[i + 1] == ("word", "fixed") and i > 0 and chunks[i - 1] == ("word", "for"))


__all__ = ["ROLE_TOKENS", "article_before_fixed", "role_run"]
