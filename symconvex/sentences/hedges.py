r"""Who says the claim, and how sure they are (layer: text).

"My professor says $xy$ is convex. Is that true?", "In the paper they claim the logistic loss ... is convex.",
"I think log(x) is convex", "x^2 is convex, right?" state the claim between words that attribute it or hedge it;
the claim is the same with those words dropped (the answer says whether it holds). Only these phrases, at the start
or at the end of the text, are dropped:

- at the start: an attribution "<my|our|the> <professor|teacher|TA|lecturer|instructor|friend|book|textbook|paper|
  author(s)|reviewer|notes|slides> <says|said|claims|claimed|states|stated|writes|wrote|thinks|told me>
  [that]", "In the paper (they|the authors) <claim|say|state|write|show> [that]", "I <think|believe|guess|
  suspect|read|heard> [that]", "Someone told me [that]", "It is <well known|known|clear|obvious> that",
  "Apparently[,]";
- at the end: ", right?", ", correct?", ", I think", ", I believe", ", I guess", "Is that true?", "Is that
  right?", "Is this correct?", "Am I right?", and a polite closing after a question mark ("? thanks", "? Please
  help.").

Words that deny or doubt the claim ("I doubt that", "it is false that", "wrongly claim") are not hedges: they are
left for the reader, which refuses them. Nothing here reads a formula.

>>> drop_hedges("My professor says $xy$ is convex. Is that true?")[0]
'$xy$ is convex'
>>> drop_hedges("x^2 is convex, right?")[0]
'x^2 is convex'
>>> drop_hedges("I doubt that x^2 is convex") is None
True
"""

from __future__ import annotations

import re

_WHO = (r"(?:my|our|the|a)\s+(?:professor|prof|teacher|ta|lecturer|instructor|friend|book|textbook|paper|authors?|"
        r"reviewer|notes|slides|tutor|colleague|classmate|answer)")
_SAYS = (r"(?:says|said|claims|claimed|claim|say|states|stated|state|writes|wrote|write|thinks|think|told\s+me|"
         r"argues|argue|asserts|assert)")
_START = re.compile(
    r"^\s*(?:" + _WHO + r"\s+" + _SAYS + r"|in\s+the\s+(?:paper|book|lecture|notes|slides)[\s,]+(?:they|the\s+authors?|"
    r"it)\s+(?:claims?|says?|states?|writes?|shows?|argues?)|i\s+(?:think|believe|guess|suspect|read|heard)|"
    r"someone\s+told\s+me|it\s+is\s+(?:well[\s-]known|known|clear|obvious)|apparently)\s*(?:,\s*|\s+that\s+|\s+)",
    re.I)
_END = re.compile(r"(?:,?\s*(?:right|correct|no)\s*\?|,\s*i\s+(?:think|believe|guess)\s*[.!]?|"
                  r"[.?!]?\s*(?:is\s+(?:that|this|it)\s+(?:true|right|correct)|am\s+i\s+right)\s*\??)\s*$", re.I)
#: a polite closing after a question ("? thanks", "? Thanks in advance!", "? Please help."): dropped, the "?" kept
_THANKS = re.compile(r"(?<=\?)\s*(?:thanks(?:\s+(?:in\s+advance|a\s+lot))?|thank\s+you|thx|ty|tia|cheers|"
                     r"(?:please|pls)(?:\s+help)?|any\s+help\s+(?:is\s+)?appreciated)\s*[.!]*\s*$", re.I)


def drop_hedges(text: str) -> tuple[str, list[str]] | None:
    """(the claim without its attribution and hedges, [note]), or None when the text has none (module
    docstring)."""
    dropped = []
    thanks = _THANKS.search(text)
    if thanks:
        dropped.append(thanks.group(0).strip())
        text = text[:thanks.start()]
    start = _START.match(text)
    if start and text[start.end():].strip():
        dropped.append(start.group(0).strip())
        text = text[start.end():]
    end = _END.search(text)
    if end and text[:end.start()].strip():
        dropped.append(end.group(0).strip(" ,"))
        text = text[:end.start()]
    if not dropped:
        return None
    return text.strip(), ["the words " + " and ".join(f"'{d}'" for d in dropped) + " attribute or hedge the claim "
                          "and are dropped"]
