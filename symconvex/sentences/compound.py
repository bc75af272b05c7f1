r"""One sentence, several claims (layer: text): "$x^2$ and $x^3$ are convex", "$x^2$ is convex but $x^3$ is not",
"$a x^2$ is convex iff $a \ge 0$".

``split_compound(text)`` cuts such a sentence into sub-claims, each a sentence of the shape ``claims`` reads (one
formula, one property, its own domain), and says how they combine; it returns None for anything else (the reader
then refuses the sentence as before). Only prose is cut, never a math block: ``$\min(x, y)$`` is one formula, and
"for $x > 0$ and $y > 0$", "in $x$ and $y$", "jointly convex in $x$ and $y$" are one claim, because a cut is made
only where the words after the connective start a new claim (a formula, or "it", followed by a verb).

- **A list of subjects.** "[Both|Prove (that)] $F_1$, $F_2$ and $F_3$ are [all|both] P [on D]" is "$F_i$ is P [on D]"
  for each i, all asserted. "Neither $F_1$ nor $F_2$ is P" is "$F_i$ is not P" for each i.
- **Clauses.** "$F$ is P [on D] (and|but|so|hence|thus|therefore|while|whereas|;) $G$ is Q [on E]" is two claims,
  all asserted; "it" after the connective is F (the first clause's subject). An elided predicate is the first
  clause's: "$F$ is P but $G$ is not" is "$G$ is not P", "$F$ is P, and so is $G$" is "$G$ is P". "$F$ is P on
  $D_1$ but not on $D_2$" is "$F$ is P on $D_1$" and "$F$ is not P on $D_2$". A name the first clause defines
  ("$f(x) = x^2$ is convex, so $-f$ is concave") is defined for the later clauses too (``where``).
  A domain written only after the last clause may belong to that clause or to all of them: both readings are given
  (``Compound.other``), and the sentence is answered only where they agree.
- **Equivalence.** "$F$ is P iff $C$" ("if and only if"), C one condition ``a REL c`` on a parameter a, is the claim
  "$F$ is P if $C$" and its converse "$F$ is not P if not C" (``Compound.condition``); "$F$ is P iff it is Q" (two
  claims) holds when both hold or both fail.

Nothing here reads a formula; it cuts and reorders text. How the parts' answers combine is ``Compound.how``:
``"all"`` (every part holds), ``"iff"`` (the two parts have the same truth), ``"iff-condition"``.

>>> split_compound(r"$x^2$ and $x^3$ are convex").parts
['$x^2$ is convex', '$x^3$ is convex']
>>> split_compound(r"$x^2$ is convex but $x^3$ is not").parts
['$x^2$ is convex', '$x^3$ is not convex']
>>> split_compound(r"$x^2 + y^2$ is convex for $x > 0$ and $y > 0$") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import ClaimError

_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)", re.S)

#: connectives between two clauses (longest first), each asserting both clauses
_CONNECTIVES = ("and therefore", "and hence", "and thus", "and so", "and also", "and", "but also", "but", "so",
                "hence", "thus", "therefore", "while", "whilst", "whereas", "yet", ";")
_IFF = ("if and only if", "iff", "exactly when", "precisely when")
_VERB = re.compile(r"^\s*(?:is|isn't|isnt|are|aren't)\b", re.I)
#: the start of a new clause after a connective: optional adverbs, then a formula or "it", then a verb
_ADVERBS = r"(?:(?:also|then|hence|thus|so|similarly|likewise|consequently|in\s+addition|moreover|that)\s*,?\s+)*"
_PRONOUN = re.compile(r"^\s*" + _ADVERBS + r"(?P<it>it|the\s+function)\s+(?P<rest>(?:is|isn't|isnt|'s)\b.*)$",
                      re.I | re.S)
#: words that start a domain or conditions ("in $x$" names variables: not one of them)
_DOMAIN_WORD = re.compile(r"\s(?:on|over|for|when|whenever|if)\s+(?=\$|\\\(|[A-Za-z])", re.I)
_WHERE = re.compile(r"\swhere\s", re.I)
#: a definition "name(args) = body" at the start of a clause's formula
_DEFINES = re.compile(r"^\s*(?P<name>[A-Za-z]|\\[A-Za-z]+)\s*\((?P<args>[^()=]*)\)\s*=")
_CONDITION = re.compile(r"^\s*(?P<a>[A-Za-z](?:_\{?\w+\}?)?|\\[A-Za-z]+)\s*(?P<rel>\\geq?|\\leq?|>=|<=|>|<|"
                        r"\\ge|\\le)\s*(?P<c>-?\d+(?:/\d+|\.\d+)?|-?\\frac\{\d+\}\{\d+\})\s*$")
_NEGATED_RELATION = {">": r"\le", "<": r"\ge", ">=": "<", "<=": ">", r"\ge": "<", r"\geq": "<", r"\le": ">",
                     r"\leq": ">"}


@dataclass
class Compound:
    """Sub-claims of one sentence (``parts``, texts the reader reads one at a time) and how they combine
    (``how``: "all", "iff" or "iff-condition"). For "iff-condition", ``parts`` is ["$F$ is P if $C$"] and
    ``condition`` is (the parameter, the negated relation, the number) of "not C", as written in LaTeX."""

    parts: list[str]
    how: str = "all"
    condition: tuple = ()
    notes: list = field(default_factory=list)
    #: the parts as the other reading reads them (a domain after the last clause given to every clause), or None
    other: list | None = None
    #: a letter every part must read as a parameter (conditions joined by "or"), or ""
    parameter: str = ""


def _pieces(text: str) -> list[tuple[str, str]]:
    """[("math" | "prose", text)] in order; a math block keeps its delimiters."""
    out, at = [], 0
    for m in _MATH.finditer(text):
        if m.start() > at:
            out.append(("prose", text[at:m.start()]))
        out.append(("math", m.group(0)))
        at = m.end()
    if at < len(text):
        out.append(("prose", text[at:]))
    return out


def _inner(block: str) -> str:
    m = _MATH.fullmatch(block)
    return next(g for g in m.groups() if g is not None) if m else block


def split_compound(text: str) -> Compound | None:
    """The sub-claims of a compound sentence and how they combine, or None when it is not one (module docstring).
    Raises ``ClaimError`` (one line) for a compound sentence whose parts cannot be told apart for sure."""
    text = " ".join(text.split()).strip()
    stripped = text.rstrip(".!").rstrip()
    return _subject_list(stripped) or _clauses(stripped) or _or_conditions(stripped)


#: "... for $a \ge 1$ or $a \le 0$" at the end of a claim: two conditions on one letter joined by "or"
_OR_CONDITIONS = re.compile(r"^(?P<head>.*\S)\s+(?P<word>for|when|whenever|if)\s+\$(?P<c1>[^$]+)\$\s*,?\s+or\s+"
                            r"\$(?P<c2>[^$]+)\$$", re.I | re.S)


def _or_conditions(text: str) -> Compound | None:
    r""""$F$ is P [on D] for $C_1$ or $C_2$", each C a condition ``a REL c`` on the same letter a: P for every value
    of a that meets either condition is P for those meeting C_1 and P for those meeting C_2 (two parts, all
    asserted). The letter must be a parameter in both parts (``Compound.parameter``): on a variable, "or" would join
    two sets into one that need not be convex."""
    m = _OR_CONDITIONS.match(text)
    if not m or "$" not in m.group("head"):
        return None
    found = [_CONDITION.match(m.group(k)) for k in ("c1", "c2")]
    if not all(found) or found[0].group("a") != found[1].group("a"):
        return None
    head, word = m.group("head"), m.group("word")
    letter = found[0].group("a")
    return Compound([f"{head} {word} ${m.group('c1').strip()}$", f"{head} {word} ${m.group('c2').strip()}$"],
                    notes=[f"'{word} ${m.group('c1').strip()}$ or ${m.group('c2').strip()}$' is read as the claim "
                           f"for each condition (every value of {letter} meeting either)"],
                    parameter=letter.lstrip("\\"))


# ------------------------------------------------------------------------------------------ subject lists

_LIST_LEAD = re.compile(r"^(?P<lead>(?:(?:prove|show|verify|check)(?:\s+that)?\s+)?(?:the\s+functions\s+)?)"
                        r"(?P<both>both\s+|neither\s+)?$", re.I)
_LIST_SEP = re.compile(r"^\s*(?:,\s*and|,|and|&|as\s+well\s+as|nor)\s*$", re.I)
_LIST_VERB = re.compile(r"^\s*(?P<verb>are|is)\s+(?:(?:all|both|each)\s+)?(?P<rest>.*)$", re.I | re.S)


def _subject_list(text: str) -> Compound | None:
    pieces = _pieces(text)
    if len(pieces) < 4:
        return None
    k = 0
    lead = ""
    if pieces[0][0] == "prose":
        lead, k = pieces[0][1], 1
    m = _LIST_LEAD.match(lead.strip() + (" " if lead.strip() else ""))
    if m is None:
        return None
    neither = (m.group("both") or "").strip().lower() == "neither"
    subjects = []
    while k < len(pieces) and pieces[k][0] == "math":
        subjects.append(pieces[k][1])
        if k + 1 >= len(pieces) or pieces[k + 1][0] != "prose":
            return None
        sep = pieces[k + 1][1]
        if _LIST_SEP.match(sep) and k + 2 < len(pieces) and pieces[k + 2][0] == "math":
            if ("nor" in sep.lower()) != neither:
                return None
            k += 2
            continue
        break
    if len(subjects) < 2:
        return None
    verb = _LIST_VERB.match(pieces[k + 1][1])
    if verb is None or (verb.group("verb").lower() == "is") != neither:
        return None
    rest = verb.group("rest") + "".join(p[1] for p in pieces[k + 2:])
    if not rest.strip():
        return None
    if neither:
        if re.match(r"\s*not\b", rest, re.I):
            return None
        rest = "not " + rest
    head = m.group("lead")
    return Compound([f"{head if i == 0 else ''}{s} is {rest}".strip() for i, s in enumerate(subjects)])


# ------------------------------------------------------------------------------------------ clauses

def _clause_start(after: str, pieces: list, k: int):
    """(subject, rest of the clause) when the words ``after`` a connective (in prose piece k) start a new clause:
    a formula then a verb, or "it" then a verb; else None."""
    m = _PRONOUN.match(after)
    if m:
        return "it", m.group("rest") + "".join(p[1] for p in pieces[k + 1:])
    if not re.fullmatch(r"\s*" + _ADVERBS + r"(?:the\s+(?:function|map)\s+)?", after, re.I) or k + 2 > len(pieces) - 1:
        return None
    if pieces[k + 1][0] != "math" or pieces[k + 2][0] != "prose" or not _VERB.match(pieces[k + 2][1]):
        return None
    return pieces[k + 1][1], "".join(p[1] for p in pieces[k + 2:])


def _cuts(pieces: list, words: tuple):
    """The prose cuts after a verb, in order: (piece index, the prose before the connective, connective, words
    after it)."""
    seen_verb = False
    for k, (kind, prose) in enumerate(pieces):
        if kind != "prose" or k == 0:
            continue
        for m in re.finditer(r"(?:^|(?<=[\s,]))(" + "|".join(re.escape(w) for w in words) + r")(?=[\s,]|$)|;", prose,
                             re.I):
            before = prose[:m.start()]
            if seen_verb or re.search(r"\b(?:is|are|isn't|isnt)\b", before, re.I):
                yield k, before, (m.group(1) or ";").lower(), prose[m.end():]
        if re.search(r"\b(?:is|are|isn't|isnt)\b", prose, re.I):
            seen_verb = True


def _find_cut(pieces: list, words: tuple):
    """The first cut (``_cuts``), or None."""
    return next(_cuts(pieces, words), None)


def _predicate(clause: str) -> tuple[str, str] | None:
    """(subject formula, predicate after 'is') of a simple clause "$F$ is PREDICATE"."""
    pieces = _pieces(clause.strip())
    lead = pieces[0][1] if pieces and pieces[0][0] == "prose" else ""
    k = 1 if lead else 0
    if k >= len(pieces) - 1 or pieces[k][0] != "math":
        return None
    m = re.match(r"^\s*is\s+(?P<pred>.*)$", "".join(p[1] for p in pieces[k + 1:]), re.I | re.S)
    if m is None or re.match(r"\s*not\b", m.group("pred"), re.I):
        return None
    return pieces[k][1], m.group("pred").strip().rstrip(",;").strip()


def _has_domain(clause: str) -> bool:
    """Does the clause state a domain or conditions after its verb (a domain word followed by math)?"""
    text = " " + clause
    verb = re.search(r"\s(?:is|are|isn't|isnt)\s", text, re.I)
    return any("$" in text[m.start():] for m in _DOMAIN_WORD.finditer(text, verb.end() if verb else 0))


def _preamble(clause: str) -> str:
    """The words before the clause's subject (the formula just before its verb): "Let $a > 0$. Then ", "For $x > 0$,
    ", "Prove that "; they belong to every clause of the sentence."""
    pieces = _pieces(clause)
    for k in range(1, len(pieces)):
        if pieces[k][0] == "prose" and pieces[k - 1][0] == "math" and _VERB.match(pieces[k][1]):
            return "".join(p[1] for p in pieces[:k - 1])
    return ""


def _clauses(text: str) -> Compound | None:
    pieces = _pieces(text)
    if not any(k == "math" for k, _ in pieces):
        return None
    iff = _find_cut(pieces, _IFF)
    if iff is not None:
        return _equivalence(pieces, iff)
    parts = []
    rest = pieces
    while rest:
        for k, before, word, after in _cuts(rest, _CONNECTIVES):
            # a cut only where a new claim starts ("and $y > 0$" in a domain, "and $y$" in a variable list: none)
            first = "".join(p[1] for p in rest[:k]) + before
            start = _clause_start(after, rest, k)
            if start is not None:
                subject, tail = start
                parts.append(first.strip(" ,"))
                rest = _pieces((subject + " " + tail) if subject != "it" else ("\x00it " + tail))
                break
            second = _same_subject(first, word, after + "".join(p[1] for p in rest[k + 1:]))
            if second is not None:
                parts += [first.strip(" ,"), second]
                rest = []
                break
        else:
            break
    if not parts:
        return None
    if rest:
        parts.append("".join(p[1] for p in rest).strip(" ,"))
    return _resolve(parts)


def _same_subject(first: str, word: str, after: str) -> str | None:
    """"$F$ is P on $D_1$ but not on $D_2$" -> "$F$ is not P on $D_2$"; "..., and so is $G$" -> "$G$ is P"."""
    got = _predicate(first)
    if got is None:
        return None
    subject, pred = got
    so_is = re.fullmatch(r"\s*(?:so|as|the\s+same)\s+(?:is|does)\s+(?P<g>\$[^$]+\$)\s*(?:too|as\s+well)?\s*", after,
                         re.I)
    if so_is:
        return f"{so_is.group('g')} is {pred}"
    so_is = re.fullmatch(r"\s*(?:is|does)\s+(?P<g>\$[^$]+\$)\s*(?:too|as\s+well)?\s*", after, re.I)
    if so_is and word in ("and so", "so"):
        return f"{so_is.group('g')} is {pred}"
    but_not = re.fullmatch(r"\s*not\s+(?P<dw>on|over|for|when|if)\s+(?P<dom>.*\$.*)", after, re.I | re.S)
    if word == "but" and but_not:
        at = _DOMAIN_WORD.search(" " + pred)
        prop = pred[:at.start()].strip() if at else pred
        if not prop or "$" in prop:
            return None
        return f"{subject} is not {prop} {but_not.group('dw')} {but_not.group('dom').strip()}"
    return None


def _resolve(parts: list[str]) -> Compound | None:
    """Pronouns, elided predicates ("$G$ is not"), names the first clause defines, and a domain that only the last
    clause states."""
    preamble = _preamble(parts[0])
    got = _predicate(parts[0][len(preamble):])
    first_subject, first_pred = got if got else (None, None)
    out, notes = [parts[0]], []
    for part in parts[1:]:
        if part.startswith("\x00it "):
            if first_subject is None:
                return None
            part = first_subject + " " + part[len("\x00it "):]
        elliptic = re.fullmatch(r"(?P<s>.*?\S)\s+(?:is\s+not|isn't|isnt)\s*(?:so|too)?\s*", part, re.I | re.S)
        if elliptic and "$" in elliptic.group("s"):
            if first_pred is None:
                return None
            part = f"{elliptic.group('s')} is not {first_pred}"
        if "$" in preamble and not part.startswith(preamble):
            # "For $x > 0$, A and B", "Let $a > 0$. Then A and B": the conditions and definitions are B's too
            part = preamble + part
        out.append(part)
    where = _WHERE.search(out[-1])
    if where and "$" in out[-1][where.end():]:
        # "A and B, where $f(x) = ...$": the definitions are every clause's
        phrase = out[-1][where.start():].strip()
        out[:-1] = [p if _WHERE.search(p) else f"{p.rstrip(' ,')} {phrase}" for p in out[:-1]]
    for i, part in enumerate(out):
        if not _VERB.search(_pieces(part)[-1][1] if _pieces(part) else "") and not re.search(
                r"\b(?:is|are|isn't|isnt)\b", part, re.I):
            return None
    defined = _DEFINES.match(_inner(first_subject)) if first_subject else None
    if defined:
        name = defined.group("name")
        for i in range(1, len(out)):
            later = _pieces(out[i])
            maths = [_inner(b) for kind, b in later if kind == "math"]
            if maths and re.search(r"(?<![A-Za-z\\])" + re.escape(name) + r"(?![A-Za-z])", maths[0]) \
                    and "=" not in maths[0] and not _WHERE.search(out[i]):
                out[i] = f"{out[i]} where {first_subject}"
    if len(out) < 2:
        return None
    other = None
    if _has_domain(out[-1]) and not all(_has_domain(p) for p in out[:-1]):
        # "$F$ is P and $G$ is Q on $D$": D may be G's alone or every clause's; both readings are answered
        phrase = _domain_phrase(out[-1])
        if phrase is None:
            raise ClaimError("the domain after the last claim may belong to that claim or to every claim of the "
                             "sentence; state it in each ('$F$ is convex on $D$ and $G$ is concave on $D$')")
        other = [p if _has_domain(p) else f"{p} {phrase}" for p in out]
        notes.append(f"the words '{phrase}' may belong to the last claim or to every claim: both readings are "
                     "answered, and the sentence only where they agree")
    return Compound(out, notes=notes, other=other)


def _domain_phrase(clause: str) -> str | None:
    """The domain words of a clause "$G$ is Q on $D$" (from its first domain word on), or None."""
    pieces = _pieces(clause)
    k = next((i for i, (kind, prose) in enumerate(pieces) if kind == "prose" and _VERB.match(prose)), None)
    if k is None:
        return None
    rest = "".join(p[1] for p in pieces[k:])
    at = _DOMAIN_WORD.search(rest)
    return rest[at.start():].strip() if at else None


def _equivalence(pieces: list, cut) -> Compound | None:
    r""""$F$ is P iff $a \ge 0$" (a condition on one parameter) or "$F$ is P iff it is Q" (two claims)."""
    k, before, _, after = cut
    first = ("".join(p[1] for p in pieces[:k]) + before).strip(" ,")
    tail = after + "".join(p[1] for p in pieces[k + 1:])
    if _predicate(first) is None:
        return None
    cond = re.fullmatch(r"\s*(?:\$(?P<m>[^$]+)\$|\\\((?P<p>.+?)\\\))\s*", tail)
    if cond:
        m = _CONDITION.match(cond.group("m") or cond.group("p"))
        if m is None:
            raise ClaimError("'iff' with a condition: only one condition 'a > c' (>, <, \\ge, \\le) on one "
                             "parameter is read, whose negation is one interval")
        if _has_domain(first):
            raise ClaimError("'iff' with a condition, after a claim with its own domain or conditions: state the "
                             "equivalence as two claims")
        rel = m.group("rel")
        return Compound([f"{first} if {cond.group(0).strip()}"], how="iff-condition",
                        condition=(m.group("a"), _NEGATED_RELATION[rel], m.group("c")))
    start = _clause_start(after, pieces, k)
    if start is None:
        return None
    subject, rest = start
    second = (_predicate(first)[0] if subject == "it" else subject) + " " + rest
    if _find_cut(_pieces(second), _CONNECTIVES + _IFF) is not None:
        return None
    resolved = _resolve([first, second.strip(" ,")])
    if resolved is None:
        return None
    resolved.how = "iff"
    return resolved
