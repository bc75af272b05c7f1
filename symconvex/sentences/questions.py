r"""A question with its answer, and a true-or-false statement with its verdict, read as the claim they make
(layer: text; the rules are stated in the package docstring)."""

from __future__ import annotations

import re

from .text import (BASE_PROPERTY, NAME, OPEN, PROPS, SLOT, SLOT_RE, error, harmless_words, inner, mask,
                   single_property, unmask)


# ------------------------------------------------------------------------------- questions with answers

_TITLE = r"(?P<title>[^" + OPEN + r":?]{0,80}:\s*)?"
_QUESTION = re.compile(
    r"^\s*" + _TITLE + r"(?:(?P<ask>(?:determine|decide|check|verify|say|state|tell|show)\s+(?:whether|if))|"
    r"(?P<yesno>is|are)|(?P<where>find\s+(?:where|when|the\s+(?:intervals?|set|region)\s+(?:on\s+which|where|over\s+"
    r"which))|where\s+is|on\s+which\s+intervals?\s+is))\s+(?P<body>.+)$", re.I | re.S)
#: the end of a question and the start of its answer: "? ", ". Answer: ", "? A: " (the question's own "3.16(a)" has
#: no space after its dot)
_ANSWER_MARK = re.compile(r"(?P<stop>[.?!])\s+(?:(?:answer|ans|solution|claim|a)\s*[:.]\s*)?(?=\S)|\s(?:answer|ans|"
                          r"solution)\s*:\s*", re.I)
_YES_NO = re.compile(r"^\s*(?P<word>yes|no|true|false)\b\s*[.!,;:]?\s*(?P<rest>.*)$", re.I | re.S)
_ANSWER_SUBJECT = re.compile(r"^\s*(?:(?:so|thus|hence|therefore|then)\s*,?\s+)?(?P<subject>it|this|this\s+function|"
                             r"the\s+"
                             r"function(?:\s+" + SLOT_RE + r")?|" + SLOT_RE + r"|[A-Za-z])\s+(?P<verb>is|are)\s+"
                             r"(?P<rest>.+)$", re.I | re.S)


def _split_question(masked: str):
    """(question, answer) of "QUESTION? ANSWER", "QUESTION. Answer: ANSWER", "Find where ...: ANSWER", at the first
    end whose question has a question's shape (an "i.e. " inside the question is not its end); else None."""
    for m in _ANSWER_MARK.finditer(masked):
        question = masked[:m.start()] + (m.group("stop") or "")
        if m.start() > 0 and masked[m.end():].strip() and _question_parts(question) is not None:
            return question, masked[m.end():]
    title = _QUESTION.match(masked)
    if title and title.group("where"):
        c = masked.find(":", len(title.group("title") or ""))
        if 0 < c and masked[c + 1:].strip():
            return masked[:c], masked[c + 1:]
    return None


def _question_parts(question: str):
    """(kind, subject, properties, clauses) of a question, masked; None when it has no such shape."""
    m = _QUESTION.match(question)
    if not m:
        return None
    body = m.group("body").strip().rstrip("?.! ")
    kind = "ask" if m.group("ask") else "yesno" if m.group("yesno") else "where"
    first = re.search(SLOT_RE, body)
    lead = PROPS.search(body, 0, first.start()) if first else None
    if kind == "yesno" and lead and re.fullmatch(r"\s*:\s*", body[lead.end():first.start()]) \
            and harmless_words(re.sub(r"\bfunctions?\b", " ", body[:lead.start()])) \
            and BASE_PROPERTY.search(lead.group("props")):
        # "Is the following function convex: $F$ on $D$?": the subject is the formula after the colon, with its clauses
        return kind, body[first.start():].strip(), lead.group("props").strip().rstrip(","), ""
    if kind == "yesno":   # "Is SUBJECT PROPERTIES CLAUSES": the subject ends before the first property word
        props = PROPS.search(body, first.end()) if first else None
        if props is None or not BASE_PROPERTY.search(props.group("props")):
            return None
        subject = body[:props.start()].strip().rstrip(",")
    else:                 # "... whether SUBJECT is PROPERTIES CLAUSES"
        verb = re.search(r"\s(?:is|are)\s+", body)
        if verb is None:
            return None
        subject = body[:verb.start()].strip().rstrip(",")
        props = PROPS.match(body, verb.end())
        if props is None or not BASE_PROPERTY.search(props.group("props")):
            return None
    clauses = body[props.end():].strip()
    if not re.search(SLOT_RE, subject):
        return None
    return kind, subject, props.group("props").strip().rstrip(","), clauses


def _defined_name(subject: str, blocks: list[str]) -> str | None:
    """The name the question's function defines ("$f(x) = ...$" -> "f"), else None."""
    first = SLOT.search(subject)
    m = re.match(r"\s*(?P<name>" + NAME + r")\s*\([^()]*\)\s*(?::=|=)", inner(blocks[int(first.group(1))]))
    return m.group("name") if m else None


def _answer_subject_ok(subject: str, name: str | None, blocks: list[str]) -> bool:
    s = subject.strip().lower()
    if s in ("it", "this", "this function", "the function"):
        return True
    slot = SLOT.search(subject)
    written = inner(blocks[int(slot.group(1))]).strip() if slot else subject.strip()
    m = re.fullmatch(r"(?P<name>" + NAME + r")\s*(?:\([^()]*\))?", written)
    return bool(name and m and m.group("name") == name)


def answered_question(text: str) -> tuple[str, list[str]] | None:
    """The claim a question with its answer makes (module docstring), as (text, notes); None when the text is not a
    question followed by an answer."""
    masked, blocks = mask(text)
    split = _split_question(masked)
    if split is None:
        return None
    question, answer = split
    parts = _question_parts(question)
    if parts is None:
        return None
    kind, subject, props, clauses = parts
    answer = answer.strip().rstrip(".! ")
    yes_no = _YES_NO.match(answer)
    said = ""
    if yes_no:
        if kind == "where" or not single_property(props):
            raise error(f"'{yes_no.group('word')}' does not say which of '{props}' holds: state the answer as a "
                         "sentence (e.g. 'Answer: it is convex')")
        negated = yes_no.group("word").lower() in ("no", "false")
        rest = yes_no.group("rest").strip()
        stated = _ANSWER_SUBJECT.match(rest) if rest else None
        more = ""
        if stated is not None:
            extra = PROPS.fullmatch(stated.group("rest").strip().rstrip(".!"))
            if extra is None or not _answer_subject_ok(stated.group("subject"), _defined_name(subject, blocks),
                                                           blocks):
                raise error("the sentence after the yes or no may add a condition or be about another function: "
                             "state the claim in one sentence")
            said_too = extra.group("props").strip()
            more = "" if said_too.lower() == props.lower() and not negated else " and is " + said_too
        elif rest and (SLOT.search(rest) or not harmless_words(rest)):   # "Yes, $x > 0$": may be a condition
            raise error(f"the words after '{yes_no.group('word')}' may change the claim: state it in one sentence")
        claim = f"{subject} is {'not ' if negated else ''}{props}{more} {clauses}"
        said = f"a question answered '{yes_no.group('word')}': read as the claim '{unmask(claim, blocks).strip()}'"
    else:
        stated = _ANSWER_SUBJECT.match(answer)
        if stated is None:
            bare = PROPS.fullmatch(answer)   # "Answer: convex." / "Neither."
            if bare is None or not BASE_PROPERTY.search(bare.group("props")) and bare.group("props").strip().lower() \
                    != "neither":
                raise error("cannot read the answer after the question: write it as a sentence about the function "
                             "(e.g. 'Answer: it is convex')")
            rest = bare.group("props").strip()
            if rest.lower() == "neither":
                rest = "neither convex nor concave"
        else:
            if not _answer_subject_ok(stated.group("subject"), _defined_name(subject, blocks), blocks):
                raise error(f"the answer is about '{unmask(stated.group('subject'), blocks).strip()}', not the "
                             "function of the question: state the claim about one function")
            rest = stated.group("rest").strip()
        claim = f"{subject} is {rest} {clauses}"
        said = ("the answer sentence is the claim, about the question's function: "
                f"'{unmask(claim, blocks).strip()}'" + (" (the question asks where: a proof shows the property on "
                                                         "this set, not that it is all of it, so only a refutation "
                                                         "decides)" if kind == "where" else ""))
    return " ".join(unmask(claim, blocks).split()), [said]


def asks_where(text: str) -> bool:
    """Whether ``text`` is a "find where f is P: ..." question (its answer names a set where P holds: a proof shows
    P on that set, not that the set is all of where P holds)."""
    split = _split_question(mask(text)[0])
    parts = _question_parts(split[0]) if split else None
    return bool(parts and parts[0] == "where")


_TRUE_OR_FALSE = re.compile(r"^\s*(?:true\s+or\s+false|t\s*/\s*f)\s*[:?.]\s*(?P<claim>.+?)\s*[.?!]\s+(?:(?:answer|ans|"
                            r"solution|a)\s*[:.]\s*)?(?P<word>true|false|yes|no)\s*[.!]?\s*$", re.I | re.S)


#: "True or false: $F$ is P." with no answer after it: a question, asking whether the one statement holds
_TRUE_OR_FALSE_OPEN = re.compile(r"^\s*(?:true\s+or\s+false|true\s*/\s*false|t\s*/\s*f)\s*\??\s*[:.?]\s*"
                                 r"(?P<claim>[^.?!]+?)\s*[.?!]*\s*$", re.I | re.S)


def true_or_false(text: str) -> tuple[str, list[str]] | None:
    """"True or false: $F$ is P. False." is "$F$ is not P" ("True." is the statement itself); only a statement of
    one property can be negated so (else a one-line error). "True or false: $F$ is P." with no answer asks whether
    the statement holds, as "Is $F$ P?" does: it is the statement (one sentence only: anything after its end may be
    an answer or a condition, and is left to the reader)."""
    masked, blocks = mask(text)
    m = _TRUE_OR_FALSE.match(masked)
    if not m:
        m = _TRUE_OR_FALSE_OPEN.match(masked)
        if not m or not SLOT.search(m.group("claim")):
            return None
        out = " ".join(unmask(m.group("claim"), blocks).split())
        return out, [f"a true-or-false question: read as the claim '{out}'"]
    claim = m.group("claim")
    if m.group("word").lower() in ("false", "no"):
        verb = re.search(r"\s(?:is|are)\s+", claim)
        props = PROPS.match(claim, verb.end()) if verb else None
        if props is None or not SLOT.search(claim[:verb.start()]) or not single_property(props.group("props")):
            raise error("'false' negates the statement, which must state one property (e.g. '$f$ is convex')")
        claim = claim[:verb.end()] + "not " + claim[verb.end():]
    out = " ".join(unmask(claim, blocks).split())
    return out, [f"a true-or-false statement answered '{m.group('word')}': read as the claim '{out}'"]
