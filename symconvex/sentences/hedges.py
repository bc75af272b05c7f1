r"""Who says the claim, and how sure they are (layer: text).

"My professor says $xy$ is convex. Is that true?", "In the paper they claim the logistic loss ... is convex.",
"I think log(x) is convex", "x^2 is convex, right?" state the claim between words that attribute it or hedge it;
the claim is the same with those words dropped (the answer says whether it holds). Only these phrases, at the start
or at the end of the text, are dropped:

- at the start: an attribution "<my|our|the> <professor|teacher|TA|lecturer|instructor|friend|book|textbook|paper|
  author(s)|reviewer|notes|slides> <says|said|claims|claimed|states|stated|writes|wrote|thinks|told me>
  [that]", "In the paper (they|the authors) <claim|say|state|write|show> [that]", "I <think|believe|guess|
  suspect|read|heard> [that]", "Someone told me [that]", "It is <well known|known|clear|obvious> that",
  "Apparently[,]", and chat leads: "quick question -", "quick q:", "can you (u) check if", "please confirm";
- at the end: ", right?", ", correct?", a tag question (", isn't it?", ", is it?"), ", I think", ", I believe", ", I guess", "Is that true?", "Is that
  right?", "Is this correct?", "Am I right?", and a polite closing after a question mark ("? thanks", "? Please
  help.").

A question's body after its question mark, as a Q&A post or a chat message writes it ("Is $x^2/y$ convex for $y > 0$?
I tried the Hessian but I am not sure about the sign.", "? (homework, not sure how to start)", "? Context:
entropy."), is dropped too -- only when it is words alone: no math, no digit, no letter standing alone (other than
"I" and "a"), and none of the words that could change the claim: a condition or a set ("for", "on", "when", "if",
"only", "positive", "interval", ...), a variable ("in", "respect", "fixed"), an answer or its polarity ("yes",
"no", "not", "true", "false", "answer", ...) or a definition ("where", "with", "let", "define", ...). Anything else
after the question is left for the reader (which reads an answer, or refuses).

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
    r"someone\s+told\s+me|it\s+is\s+(?:well[\s-]known|known|clear|obvious)|apparently|quick\s+(?:question|q)\s*[-:,\u2013\u2014]|"
    r"(?:can|could)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:check|confirm|verify|tell\s+me|see)\s+(?:if|whether|that)|"
    r"(?:please|pls|plz)\s+(?:confirm|check|verify)(?:\s+(?:if|whether|that))?)\s*(?:,\s*|\s+that\s+|\s+)",
    re.I)
_END = re.compile(r"(?:,?\s*(?:right|correct|no)\s*\?|,\s*(?:is(?:n['\u2019]?t|\s+not)?|are(?:n['\u2019]?t)?)\s+(?:it|they)\s*\?|,\s*i\s+(?:think|believe|guess)\s*[.!]?|"
                  r"[.?!]?\s*(?:is\s+(?:that|this|it)\s+(?:true|right|correct)|am\s+i\s+right)\s*\??)\s*$", re.I)
#: a polite closing after a question ("? thanks", "? Thanks in advance!", "? Please help."): dropped, the "?" kept
_THANKS = re.compile(r"(?<=\?)\s*(?:thanks(?:\s+(?:in\s+advance|a\s+lot))?|thank\s+you|thx|ty|tia|cheers|"
                     r"(?:please|pls)(?:\s+help)?|any\s+help\s+(?:is\s+)?appreciated)\s*[.!]*\s*$", re.I)


#: words that may change a claim when they follow its question: conditions and sets, variables, answers, definitions
_BODY_STOP = {
    "for", "on", "over", "when", "whenever", "if", "unless", "only", "except", "where", "with", "given", "let", "define",
    "defined", "assume", "assuming", "suppose", "provided", "domain", "interval", "set", "region", "positive",
    "negative", "nonnegative", "nonpositive", "real", "reals", "between", "inside", "outside", "within", "near",
    "in", "respect", "wrt", "fixed", "constant", "parameter", "variable", "variables", "jointly", "yes", "no", "nope",
    "yeah", "yep", "not", "never", "neither", "nor", "true", "false", "answer", "wrong", "correct", "right",
    "incorrect", "it's", "isn't", "aren't", "doesn't", "don't", "cannot", "can't", "strictly", "convex", "concave",
    "affine", "linear", "nonconvex", "non-convex", "also", "too", "both", "either", "locally", "globally",
    "quasi", "quasiconvex", "quasiconcave", "quasilinear", "quasiaffine"}
#: the writer's doubt about the method, never the claim's polarity: "I am not sure about the sign", "not sure how"
_UNSURE = re.compile(r"\b(?:not|n't)\s+(?:quite\s+|really\s+|entirely\s+)?(?:sure|certain|know)\b", re.I)
#: a question, then its body: prose only (letters, spaces, commas, periods, colons, parentheses, apostrophes, dashes)
_BODY = re.compile(r"^(?P<question>[^?]*\?)\s*(?P<body>[A-Za-z(][A-Za-z\s,.;:!()'\u2019-]*)$")


def question_body(text: str) -> tuple[str, str] | None:
    """(the question, its body) when the text is a question whose body may be dropped (module docstring), else None.

    >>> question_body("Is $x^2/y$ convex for $y > 0$? I tried the Hessian but I am not sure about the sign.")[1]
    'I tried the Hessian but I am not sure about the sign.'
    >>> question_body("Is $x^2$ convex? Only for positive x.") is None
    True
    """
    m = _BODY.match(text.strip())
    if not m or "$" not in m.group("question") and not re.search(r"[\^*/(]|\d", m.group("question")):
        return None
    body = _UNSURE.sub(" ", m.group("body").replace("\u2019", "'"))   # "not sure how": doubt, not a polarity
    words = re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?", body)
    if any(len(w) == 1 and w not in ("I", "a", "A") for w in words):
        return None
    if any(w.lower() in _BODY_STOP for w in words):
        return None
    return m.group("question"), m.group("body").strip()


def drop_hedges(text: str) -> tuple[str, list[str]] | None:
    """(the claim without its attribution and hedges, [note]), or None when the text has none (module
    docstring)."""
    dropped = []
    body = question_body(text)
    if body:   # "Is $x^2/y$ convex? I tried the Hessian ...": the question is the claim
        text = body[0]
        dropped.append(body[1])
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
