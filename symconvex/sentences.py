r"""Sentences around a claim that say which claim it is (layer: text): a question with its answer, a value or a
condition written before the formula or between commas, a variable named in words, a second formula restating the
first, a density written up to a constant (``\propto``).

``read_sentence(text)`` rewrites such a sentence into the shape ``claims`` reads (CLAIMS.md: FUNCTION is PROPERTY
[in VARS] [on DOMAIN] [where DEFINITIONS]) and returns what must still be checked on the claim read from it;
``settle(sentence, claim, read, same)`` checks it (a one-line ``ClaimError`` when it fails) and adds the notes.
Each rule keeps the claim's function, variables, domain and property, or leaves the text as it is (to be refused
by the reader), or refuses it in one line:

* **A question with an answer.** "Determine whether $F$ [on $D$] is convex, concave, or neither. Answer: $f$ is
  convex." is the answer sentence about the question's function, on the question's domain: "$F$ [on $D$] is convex".
  The answer's subject must be "it", "the function", or the name the question defines; a sentence about another
  formula is refused. "Find where $F$ is concave up: it is concave up on $I$" is "$F$ is concave up on $I$": the
  answer sentence is the claim (that I is *all* of the set asked for is not part of it, and is not checked). "Is
  $F$ convex? Yes." is "$F$ is convex", "No." is "$F$ is not convex"; "Yes, it is strictly convex" asserts both; a
  yes or no to a question with alternatives ("convex or concave?") is refused, and so is an explanation after a
  yes or no that adds a condition.
* **A value before the formula.** "Exercise 3.17: for $p = 1/2$, $F$ is ..." (a letter F uses, given a number) is
  "$F$ is ... where $p = 1/2$". A value for a letter F does not use is a label, left to ``claims`` (which drops it).
* **A condition between commas.** "$F$, $0 \le \alpha \le 1$, is concave" is "$F$, for $0 \le \alpha \le 1$, is
  concave": the claim is about every value the condition allows (a letter = number there is a ``where``).
* **A noun before a condition.** "for shape $k \ge 1$", "for every rate $\lambda > 0$": the noun (one of
  ``ROLE_NOUNS``, which name what a parameter is, never restrict it) is dropped.
* **A variable named before the formula.** "as a function of the crossover $\epsilon$, $F$, is convex" is "$F$ is
  convex in $\epsilon$".
* **Variables named in words only.** "in the logits", "as a function of the predicted probability", "in its second
  argument" (``VARIABLE_NOUNS``, no math after them): the phrase is taken out, and the claim read from the rest must
  be about exactly what the words can name -- all of its symbols coordinates of one letter (z_1, z_2, z_3: "the
  logits"), or one symbol when the words pick one ("its second argument", "the first coordinate"); it must have no
  parameter and no second reading. Else the claim is refused: read jointly, "convex" would not say "convex in the
  named variables for every value of the others" (a refutation would not carry over).
* **A subject in words, its formula after a colon.** "KL divergence with $p = 1/3$ is convex: $F$ on $0 < q < 1$" is
  "$F$ is convex on $0 < q < 1$" (the words before "is" harmless, their math labels or values as above).
* **A restatement.** "$F$ [words], that is $E$, is P" (also "i.e.", "namely", "equivalently") and "$F$ is P [on
  $D_1$], i.e. $E$ on $D_2$": the claim is answered about the explicit E (on $D_2$), and the text without the
  restatement (F on $D_1$; "$x > 0$ (componentwise)" is each coordinate of x that the claim uses) is read too: the
  two readings must have the same function (identically, shown symbolically by ``same``), the same variables,
  parameters and domain, else the claim is refused in one line. Only when F is an undefined name applied to
  arguments ("the softplus $s(t)$, i.e. ...") or elides terms (``\ldots``) is it not held against E (the note says
  so).
* **Proportional to.** "$p(x) \propto g$", "$\propto g$" in the subject is g: a positive constant factor changes
  neither the sign of curvature (convex, concave, affine, strict, neither) nor log-concavity (log(c g) = log c +
  log g). The factor is positive for a density, a likelihood or a distribution, and must be for a log-curvature
  claim (c g > 0 and g > 0); otherwise "\propto" is refused (the sign of the constant is not stated).

Nothing here reads a formula's value; it cuts and reorders text. Nothing here evaluates text.

>>> read_sentence(r"Is $x^2$ convex? No.").text
'$x^2$ is not convex'
>>> read_sentence(r"$x_1^{a} x_2^{1-a}$, $0 \le a \le 1$, is concave").text
'$x_1^{a} x_2^{1-a}$, for $0 \\le a \\le 1$, is concave'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ClaimError, InputError
from .parsing import BUILTINS, normalize
from .remarks import MATH, harmless

#: nouns that say what a parameter is, never which values it takes ("for shape $k \ge 1$")
ROLE_NOUNS = {"shape", "scale", "rate", "location", "degree", "degrees", "order", "temperature", "precision",
              "bandwidth", "margin", "exponent", "power", "threshold", "concentration", "smoothing", "regularization",
              "regularisation", "penalty", "step", "mean", "variance", "dispersion", "tail", "index", "level",
              "weight", "width", "height", "intercept", "slope", "coefficient", "target", "label", "cost", "price",
              "elasticity", "discount", "risk-aversion", "aversion", "curvature", "learning", "size", "trials",
              "success", "probability", "noise"}
#: nouns that name a claim's variables in words ("in the logits", "as a function of the predicted probability")
VARIABLE_NOUNS = {"logit", "logits", "weight", "weights", "parameter", "parameters", "argument", "arguments",
                  "variable", "variables", "input", "inputs", "coordinate", "coordinates", "entry", "entries",
                  "component", "components", "probability", "probabilities", "prediction", "predictions", "score",
                  "scores", "activation", "activations", "coefficient", "coefficients", "bias", "biases",
                  "mean", "precision", "position", "positions"}
#: words in a variable phrase that pick some of the variables, not all: then the claim must have one variable
SELECTORS = {"first", "second", "third", "fourth", "last", "other", "remaining", "single", "one", "two", "three",
             "i-th", "ith", "k-th", "j-th", "nth", "n-th", "each", "either", "some", "certain", "only"}
#: words of a density (a factor known to be positive)
DENSITY_WORDS = re.compile(r"\b(?:density|densities|pdf|pmf|likelihood|distribution|posterior|prior|probability|"
                           r"unnormali[sz]ed|normali[sz]ing|kernel)\b", re.I)

_PROPERTY_WORD = (r"(?:not|non|strictly|convex|concave|affine|linear|neither|nor|or|and|both|up|down|upwards?|"
                  r"downwards?|log-concave|log-convex|non-convex|nonconvex|non-concave|nonconcave)")
_PROPS = re.compile(r"(?P<props>" + _PROPERTY_WORD + r"(?:[\s,]+" + _PROPERTY_WORD + r")*)(?![\w-])", re.I)
_BASE_PROPERTY = re.compile(r"\b(?:convex|concave|affine|log-concave|log-convex|nonconvex|non-convex|nonconcave|"
                            r"non-concave)\b", re.I)
_OPEN, _CLOSE = "\ue000", "\ue001"
_SLOT = re.compile(_OPEN + r"(\d+)" + _CLOSE)


@dataclass
class Sentence:
    """A claim's text in the reader's shape, and what to check on the claim read from it."""

    text: str
    notes: list = field(default_factory=list)
    #: variables named in words only: "letter" (all symbols one letter's coordinates) or "one" (a single symbol)
    named_in_words: str = ""
    words: str = ""
    #: texts of the same claim with the first formula (a restatement's original): must read the same
    others: list = field(default_factory=list)


def _error(message: str) -> ClaimError:
    return ClaimError(" ".join(message.split()))


# ------------------------------------------------------------------------------------------------ masking

def _mask(text: str) -> tuple[str, list[str]]:
    """The text with each math block replaced by a slot (so that words are matched outside math only), and the
    blocks (with their delimiters)."""
    blocks: list[str] = []

    def slot(m):
        blocks.append(m.group(0))
        return f"{_OPEN}{len(blocks) - 1}{_CLOSE}"
    return MATH.sub(slot, text), blocks


def _unmask(masked: str, blocks: list[str]) -> str:
    return _SLOT.sub(lambda m: blocks[int(m.group(1))], masked)


def _inner(block: str) -> str:
    m = MATH.fullmatch(block.strip())
    return next(g for g in m.groups() if g is not None) if m else block


_SLOT_RE = _OPEN + r"\d+" + _CLOSE

# ------------------------------------------------------------------------------------------- small readers

_NUMBER = r"-?\s*(?:\d+(?:\.\d+)?(?:\s*/\s*\d+)?|\\frac\s*\{\s*-?\d+\s*\}\s*\{\s*\d+\s*\})"
_NAME = r"(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?"
_VALUE = re.compile(r"\s*(?P<name>" + _NAME + r")\s*=\s*" + _NUMBER + r"\s*")
_RELATION = re.compile(r"<|>|\\(?:le|ge|leq|geq|lt|gt|leqslant|geqslant|in|ne|neq)(?![A-Za-z])|[≤≥∈≠]")


def _value_name(block: str) -> str | None:
    """The name a math block gives a number to ("$p = 1/2$" -> "p"), else None."""
    m = _VALUE.fullmatch(normalize(_inner(block)))
    return m.group("name") if m else None


def _uses(name: str, formula: str) -> bool:
    """Whether a formula (a math block) writes the name exactly as given (a whole name; typed in unicode or not).
    A letter written in its other spelling (\\varepsilon for \\epsilon) is not used: the value would not reach it."""
    pattern = (r"\\" + re.escape(name[1:]) if name.startswith("\\") else r"(?<![A-Za-z\\])" + re.escape(name)) \
        + r"(?![A-Za-z])"
    return any(re.search(pattern, t) for t in (_inner(formula), normalize(_inner(formula))))


def _mentions(name: str, formula: str) -> bool:
    """Whether a formula writes the name in any spelling (\\epsilon and \\varepsilon, \\phi and \\varphi alike)."""
    if not name.startswith("\\"):
        return _uses(name, formula)
    bare = name[1:].removeprefix("var")
    return _uses("\\" + bare, formula) or _uses("\\var" + bare, formula)


def _is_condition(block: str) -> bool:
    return bool(_RELATION.search(normalize(_inner(block)))) and "=" not in re.sub(r"\\(?:le|ge)q?|[<>!]=", "",
                                                                                 normalize(_inner(block)))


def _harmless_words(text: str) -> bool:
    return harmless(_SLOT.sub(" ", text))


# ------------------------------------------------------------------------------- questions with answers

_TITLE = r"(?P<title>[^" + _OPEN + r":?]{0,80}:\s*)?"
_QUESTION = re.compile(
    r"^\s*" + _TITLE + r"(?:(?P<ask>(?:determine|decide|check|verify|say|state|tell|show)\s+(?:whether|if))|"
    r"(?P<yesno>is|are)|(?P<where>find\s+(?:where|when|the\s+(?:intervals?|set|region)\s+(?:on\s+which|where|over\s+"
    r"which))|where\s+is|on\s+which\s+intervals?\s+is))\s+(?P<body>.+)$", re.I | re.S)
#: the end of a question and the start of its answer: "? ", ". Answer: ", "? A: " (the question's own "3.16(a)" has
#: no space after its dot)
_ANSWER_MARK = re.compile(r"(?P<stop>[.?!])\s+(?:(?:answer|ans|solution|claim|a)\s*[:.]\s*)?(?=\S)|\s(?:answer|ans|"
                          r"solution)\s*:\s*", re.I)
_YES_NO = re.compile(r"^\s*(?P<word>yes|no|true|false)\b\s*[.!,;:]?\s*(?P<rest>.*)$", re.I | re.S)
_ANSWER_SUBJECT = re.compile(r"^\s*(?:(?:so|thus|hence|therefore|then)\s*,?\s+)?(?P<subject>it|this|this\s+function|the\s+"
                             r"function(?:\s+" + _SLOT_RE + r")?|" + _SLOT_RE + r"|[A-Za-z])\s+(?P<verb>is|are)\s+"
                             r"(?P<rest>.+)$", re.I | re.S)


def _split_question(masked: str):
    """(question, answer) of "QUESTION? ANSWER", "QUESTION. Answer: ANSWER", "Find where ...: ANSWER"; else None."""
    m = _ANSWER_MARK.search(masked)
    if m and m.start() > 0 and masked[m.end():].strip():
        return masked[:m.start()] + (m.group("stop") or ""), masked[m.end():]
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
    if kind == "yesno":   # "Is SUBJECT PROPERTIES CLAUSES": the subject ends before the first property word
        first = re.search(_SLOT_RE, body)
        props = _PROPS.search(body, first.end()) if first else None
        if props is None or not _BASE_PROPERTY.search(props.group("props")):
            return None
        subject = body[:props.start()].strip().rstrip(",")
    else:                 # "... whether SUBJECT is PROPERTIES CLAUSES"
        verb = re.search(r"\s(?:is|are)\s+", body)
        if verb is None:
            return None
        subject = body[:verb.start()].strip().rstrip(",")
        props = _PROPS.match(body, verb.end())
        if props is None or not _BASE_PROPERTY.search(props.group("props")):
            return None
    clauses = body[props.end():].strip()
    if not re.search(_SLOT_RE, subject):
        return None
    return kind, subject, props.group("props").strip().rstrip(","), clauses


def _defined_name(subject: str, blocks: list[str]) -> str | None:
    """The name the question's function defines ("$f(x) = ...$" -> "f"), else None."""
    first = _SLOT.search(subject)
    m = re.match(r"\s*(?P<name>" + _NAME + r")\s*\([^()]*\)\s*(?::=|=)", _inner(blocks[int(first.group(1))]))
    return m.group("name") if m else None


def _answer_subject_ok(subject: str, name: str | None, blocks: list[str]) -> bool:
    s = subject.strip().lower()
    if s in ("it", "this", "this function", "the function"):
        return True
    slot = _SLOT.search(subject)
    written = _inner(blocks[int(slot.group(1))]).strip() if slot else subject.strip()
    m = re.fullmatch(r"(?P<name>" + _NAME + r")\s*(?:\([^()]*\))?", written)
    return bool(name and m and m.group("name") == name)


def _single_property(props: str) -> bool:
    words = props.lower().replace(",", " ").split()
    return not ({"or", "and", "both"} & set(words)) or words[:1] == ["neither"]


def answered_question(text: str) -> tuple[str, list[str]] | None:
    """The claim a question with its answer makes (module docstring), as (text, notes); None when the text is not a
    question followed by an answer."""
    masked, blocks = _mask(text)
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
        if kind == "where" or not _single_property(props):
            raise _error(f"'{yes_no.group('word')}' does not say which of '{props}' holds: state the answer as a "
                         "sentence (e.g. 'Answer: it is convex')")
        negated = yes_no.group("word").lower() in ("no", "false")
        rest = yes_no.group("rest").strip()
        stated = _ANSWER_SUBJECT.match(rest) if rest else None
        more = ""
        if stated is not None:
            extra = _PROPS.fullmatch(stated.group("rest").strip().rstrip(".!"))
            if extra is None or not _answer_subject_ok(stated.group("subject"), _defined_name(subject, blocks),
                                                           blocks):
                raise _error("the sentence after the yes or no may add a condition or be about another function: "
                             "state the claim in one sentence")
            said_too = extra.group("props").strip()
            more = "" if said_too.lower() == props.lower() and not negated else " and is " + said_too
        elif rest and not _harmless_words(rest):
            raise _error(f"the words after '{yes_no.group('word')}' may change the claim: state it in one sentence")
        claim = f"{subject} is {'not ' if negated else ''}{props}{more} {clauses}"
        said = f"a question answered '{yes_no.group('word')}': read as the claim '{_unmask(claim, blocks).strip()}'"
    else:
        stated = _ANSWER_SUBJECT.match(answer)
        if stated is None:
            bare = _PROPS.fullmatch(answer)   # "Answer: convex." / "Neither."
            if bare is None or not _BASE_PROPERTY.search(bare.group("props")) and bare.group("props").strip().lower() \
                    != "neither":
                raise _error("cannot read the answer after the question: write it as a sentence about the function "
                             "(e.g. 'Answer: it is convex')")
            rest = bare.group("props").strip()
            if rest.lower() == "neither":
                rest = "neither convex nor concave"
        else:
            if not _answer_subject_ok(stated.group("subject"), _defined_name(subject, blocks), blocks):
                raise _error(f"the answer is about '{_unmask(stated.group('subject'), blocks).strip()}', not the "
                             "function of the question: state the claim about one function")
            rest = stated.group("rest").strip()
        claim = f"{subject} is {rest} {clauses}"
        said = ("the answer sentence is the claim, about the question's function: "
                f"'{_unmask(claim, blocks).strip()}'" + (" (that it names all of the set asked for is not part of "
                                                         "it)" if kind == "where" else ""))
    return " ".join(_unmask(claim, blocks).split()), [said]


_TRUE_OR_FALSE = re.compile(r"^\s*(?:true\s+or\s+false|t\s*/\s*f)\s*[:?.]\s*(?P<claim>.+?)\s*[.?!]\s+(?:(?:answer|ans|"
                            r"solution|a)\s*[:.]\s*)?(?P<word>true|false|yes|no)\s*[.!]?\s*$", re.I | re.S)


def true_or_false(text: str) -> tuple[str, list[str]] | None:
    """"True or false: $F$ is P. False." is "$F$ is not P" ("True." is the statement itself); only a statement of
    one property can be negated so (else a one-line error)."""
    masked, blocks = _mask(text)
    m = _TRUE_OR_FALSE.match(masked)
    if not m:
        return None
    claim = m.group("claim")
    if m.group("word").lower() in ("false", "no"):
        verb = re.search(r"\s(?:is|are)\s+", claim)
        props = _PROPS.match(claim, verb.end()) if verb else None
        if props is None or not _SLOT.search(claim[:verb.start()]) or not _single_property(props.group("props")):
            raise _error("'false' negates the statement, which must state one property (e.g. '$f$ is convex')")
        claim = claim[:verb.end()] + "not " + claim[verb.end():]
    out = " ".join(_unmask(claim, blocks).split())
    return out, [f"a true-or-false statement answered '{m.group('word')}': read as the claim '{out}'"]


_TITLED_CONDITION = re.compile(r"^(?P<title>[^" + _OPEN + r"]*?[:.])\s+(?P<rest>(?:for|over|on|if|when)\s+" + _SLOT_RE
                               + r"\s*(?:,|\bthen\b).*" + _SLOT_RE + ".*)$", re.I | re.S)


def title_before_condition(text: str) -> tuple[str, list[str]] | None:
    """"Exercise 2: for $x > 0$, $\\log x$ is concave" -> "for $x > 0$, $\\log x$ is concave" (a title of harmless
    words, then a condition written first, which ``claims`` reads as written after the claim)."""
    masked, blocks = _mask(text)
    m = _TITLED_CONDITION.match(masked)
    if not m or not m.group("title").strip() or not harmless(m.group("title")):
        return None
    return _unmask(m.group("rest"), blocks), [f"'{m.group('title').strip()}' is read as a title"]


# ----------------------------------------------------------------------------------------- proportional to

_PROPTO = re.compile(r"\\propto(?![A-Za-z])|∝")


def proportional(text: str) -> tuple[str, list[str]] | None:
    """A subject written up to a positive constant ("$\\propto g$", "$p(x) \\propto g$") as g (module docstring)."""
    masked, blocks = _mask(text)
    found = [k for k, b in enumerate(blocks) if _PROPTO.search(b)]
    if not found:
        return None
    k = found[0]
    after = masked[masked.index(f"{_OPEN}{k}{_CLOSE}") + len(f"{_OPEN}{k}{_CLOSE}"):]
    if len(found) > 1 or not re.match(r"\s*,?\s*(?:is|are)\b", after, re.I):
        raise _error("'\\propto' is read only in the formula the claim is about, just before 'is'")
    inner = _inner(blocks[k])
    pieces = _PROPTO.split(inner)
    if len(pieces) != 2:
        raise _error("'\\propto' appears more than once in the formula")
    left, right = pieces[0].strip(), pieces[1].strip()
    log_claim = re.search(r"\blog-?(?:concave|convex)", after, re.I)
    if not (log_claim or DENSITY_WORDS.search(_SLOT.sub(" ", masked))):
        raise _error("'\\propto' leaves the sign of the constant unstated (a negative factor swaps convex and concave): "
                     "write the function itself, or say it is a density")
    blocks[k] = f"${left} = {right}$" if left else f"${right}$"
    return _unmask(masked, blocks), ["'\\propto' is read as a positive constant factor: it changes neither the sign of "
                                     "curvature nor log-concavity (log(c g) = log c + log g), so the claim is about "
                                     f"{right}"]


# ----------------------------------------------------------------------------------- variables named in words

_WORD_VARIABLES = re.compile(r"(?P<lead>,?\s*\b(?:(?:viewed|considered|seen|regarded|taken)\s+)?(?:as\s+a\s+function\s+"
                             r"of|in|with\s+respect\s+to|w\.r\.t\.?|wrt)\s+(?P<article>the|its|their)\s+)", re.I)
#: words that end a variable phrase in words (the clause after it)
_PHRASE_END = {"is", "are", "on", "over", "for", "where", "with", "when", "if", "and", "but", "jointly", "in", "at"}
_NAMED_BEFORE = re.compile(
    r"(?P<phrase>,?\s*\b(?:(?:viewed|considered|seen|regarded|taken)\s+)?as\s+a\s+function\s+of\s+(?P<words>(?:[A-Za-z-]+"
    r"\s+){0,4}?)(?P<slot>" + _SLOT_RE + r"))\s*(?P<after>[,:]?)", re.I)


def _word_phrase(masked: str, start: int) -> tuple[list[str], int]:
    """The words from ``start`` up to the first math, punctuation or clause word (at most four), and where they end."""
    words, pos = [], start
    for m in re.finditer(r"\s*([A-Za-z][A-Za-z-]*)", masked[start:]):
        if m.start() != pos - start or m.group(1).lower() in _PHRASE_END or len(words) == 4:
            break
        words.append(m.group(1).lower())
        pos = start + m.end()
    return words, pos


def variables_named(text: str) -> tuple[str, list[str], str, str] | None:
    """"as a function of the crossover $\\epsilon$, $F$, is convex" -> "$F$ is convex in $\\epsilon$"; "in the
    logits" (no math after) taken out, with the check it asks for ("letter" or "one") and its words."""
    masked, blocks = _mask(text)
    m = _NAMED_BEFORE.search(masked)
    if m and _harmless_words(m.group("words")):
        rest = (masked[:m.start()] + " " + masked[m.end():]).rstrip().rstrip(".")
        out = _unmask(f"{rest} in {m.group('slot')}", blocks)
        return " ".join(out.split()), [f"'{' '.join(_unmask(m.group('phrase'), blocks).strip(' ,').split())}' names "
                                       "the variable"], "", ""
    for m in _WORD_VARIABLES.finditer(masked):
        words, end = _word_phrase(masked, m.end())
        if not words or words[-1] not in VARIABLE_NOUNS or not all(harmless(w) or w in SELECTORS for w in words[:-1]):
            continue
        if masked[end:].lstrip().startswith(_OPEN):
            continue     # "in the logit $z$": the math after the noun names it (claims reads that)
        mode = "one" if set(words) & SELECTORS else "letter"
        phrase = " ".join(masked[m.start():end].strip(" ,").split())
        rest = masked[:m.start()] + (", " if m.group("lead").lstrip().startswith(",") else " ") + masked[end:]
        return " ".join(_unmask(rest, blocks).split()), [], mode, phrase
    return None


# ------------------------------------------------------------------------- subject in words, formula after ':'

_WORDS_SUBJECT = re.compile(r"^(?P<lead>[^" + _OPEN + r"]*?(?:" + _SLOT_RE + r"[^" + _OPEN + r"]*?)*?)\b(?P<verb>is|are)\s+"
                            r"(?P<props>" + _PROPERTY_WORD + r"(?:[\s,]+" + _PROPERTY_WORD + r")*)\s*:\s*(?P<formula>" + _SLOT_RE + r")(?P<rest>.*)$",
                            re.I | re.S)


def subject_after_colon(text: str) -> tuple[str, list[str]] | None:
    """"KL divergence with $p = 1/3$ is convex: $F$ on $0 < q < 1$" -> "$F$ is convex on $0 < q < 1$ [where $p =
    1/3$ when F uses p]"; only when every math block before "is" gives a letter a number."""
    masked, blocks = _mask(text)
    m = _WORDS_SUBJECT.match(masked)
    if not m:
        return None
    formula = blocks[int(_SLOT.match(m.group("formula")).group(1))]
    lead = m.group("lead")
    values = []
    for slot in _SLOT.finditer(lead):
        block = blocks[int(slot.group(1))]
        name = _value_name(block)
        if name is None:
            return None
        if _uses(name, formula):
            values.append(block)
        elif _mentions(name, formula):
            return None   # the letter in another spelling (\\varepsilon for \\epsilon): neither a label nor its value
    words = re.sub(r"\b(?:with|for|where|and|at)\b", " ", _SLOT.sub(" ", lead), flags=re.I)
    if not harmless(words):
        return None
    claim = f"{m.group('formula')} {m.group('verb')} {m.group('props')}{m.group('rest').rstrip().rstrip('.')}"
    if values:
        claim += " where " + ", ".join(_OPEN + str(blocks.index(v)) + _CLOSE for v in values)
    note = (f"the subject in words '{' '.join(_unmask(lead, blocks).split())}' is the formula after the colon"
            + ("; its values are given to the formula" if values else "; its values are labels the formula does not "
               "use"))
    return " ".join(_unmask(claim, blocks).split()), [note]


# ------------------------------------------------------------------------------ values before the formula

_LEAD_VALUES = re.compile(r"^(?P<title>[^" + _OPEN + r"]*?)(?P<values>\b(?:for|with|let|taking|setting|when)\s+"
                          + _SLOT_RE + r"(?:\s*(?:,|and|,\s*and)\s*" + _SLOT_RE + r")*)\s*[,:]\s*(?P<formula>"
                          + _SLOT_RE + r")(?P<rest>.*)$", re.I | re.S)


def values_before_formula(text: str) -> tuple[str, list[str]] | None:
    """"Exercise 3.17: for $p = 1/2$, $F$ is ..." -> "Exercise 3.17: $F$ is ... where $p = 1/2$" when F uses p (a
    value for a letter F does not use is a label, left as written)."""
    masked, blocks = _mask(text)
    m = _LEAD_VALUES.match(masked)
    if not m or not re.match(r"\s*,?\s*(?:is|are|on|over|for|in|with)\b", m.group("rest"), re.I):
        return None
    formula = blocks[int(_SLOT.match(m.group("formula")).group(1))]
    given = [blocks[int(s.group(1))] for s in _SLOT.finditer(m.group("values"))]
    names = [_value_name(b) for b in given]
    if any(n is None for n in names) or not any(_uses(n, formula) for n in names):
        return None
    if m.group("title").strip() and not harmless(m.group("title")):
        return None
    rest = m.group("rest").rstrip().rstrip(".")
    claim = (f"{m.group('title')}{m.group('formula')}{rest} where "
             + ", ".join(_OPEN + str(blocks.index(b)) + _CLOSE for b in given))
    return " ".join(_unmask(claim, blocks).split()), [
        "the values before the formula are given to it: " + ", ".join(_inner(b).strip() for b in given)]


# ---------------------------------------------------------------------------- a condition between commas

_BETWEEN_COMMAS = re.compile(r"(?P<formula>" + _SLOT_RE + r")\s*,\s*(?P<cond>" + _SLOT_RE + r")\s*,\s*(?=(?:is|are)\b)",
                             re.I)


def condition_between_commas(text: str) -> tuple[str, list[str]] | None:
    """"$F$, $0 \\le \\alpha \\le 1$, is concave" -> "$F$, for $0 \\le \\alpha \\le 1$, is concave"; a value for a
    letter F uses there is a definition ("where")."""
    masked, blocks = _mask(text)
    m = _BETWEEN_COMMAS.search(masked)
    if not m:
        return None
    cond = blocks[int(_SLOT.match(m.group("cond")).group(1))]
    formula = blocks[int(_SLOT.match(m.group("formula")).group(1))]
    if _value_name(formula) or _is_condition(formula) or "\\begin" in cond:
        return None   # "with $\\delta = 1$, $\\begin{cases} ... \\end{cases}$, is": a label, then the function
    if _is_condition(cond):
        word = "for"
    else:
        name = _value_name(cond)
        if name is None or not _uses(name, formula):
            return None
        word = "where"
    claim = masked[:m.start()] + f"{m.group('formula')}, {word} {m.group('cond')}, " + masked[m.end():]
    return _unmask(claim, blocks), [f"'{_inner(cond).strip()}' between commas is read as '{word} {_inner(cond).strip()}'"]


# ------------------------------------------------------------------------------- a noun before a condition

_ROLE = re.compile(r"\b(?P<lead>for|with|when)\s+(?P<quantifier>(?:every|all|each|any)\s+)?(?:the\s+)?(?P<nouns>(?:"
                   r"[A-Za-z-]+\s+){1,2}?)(?P<parameter>parameters?\s+)?(?=" + _SLOT_RE + ")", re.I)


def role_nouns(text: str) -> tuple[str, list[str]] | None:
    """"for shape $k \\ge 1$" -> "for $k \\ge 1$" (``ROLE_NOUNS`` only); "for the shape parameter $k \\ge 1$" ->
    "for every $k \\ge 1$"."""
    masked, blocks = _mask(text)
    said, out, pos = [], [], 0
    for m in _ROLE.finditer(masked):
        nouns = m.group("nouns").lower().split()
        if not nouns or not all(n in ROLE_NOUNS for n in nouns):
            continue
        quantifier = m.group("quantifier") or ("every " if m.group("parameter") else "")
        out.append(masked[pos:m.start()] + f"{m.group('lead')} {quantifier}")
        pos = m.end()
        said.append(" ".join(nouns))
    if not said:
        return None
    out.append(masked[pos:])
    return _unmask("".join(out), blocks), [f"'{w}' names what the symbol after it is, not a condition" for w in said]


# ------------------------------------------------------------------------------------------- restatements

_RESTATE_WORDS = r"(?:that\s+is|i\.\s?e\.?|ie|namely|equivalently|or\s+equivalently|in\s+coordinates)"
_RESTATED_BEFORE = re.compile(r"(?P<comma>,)\s*(?P<word>" + _RESTATE_WORDS + r")\s*,?\s*(?P<formula>" + _SLOT_RE +
                              r")\s*,\s*(?=(?:is|are)\b)", re.I)
_RESTATED_AFTER = re.compile(r"^(?P<claim>.*?\b(?:is|are)\b.*?)\s*,?\s*\b(?P<word>" + _RESTATE_WORDS + r")\s*,?\s*"
                             r"(?P<formula>" + _SLOT_RE + r")(?P<rest>(?:\s+(?:on|over|for|in)\s+.*)?)\s*\.?\s*$",
                             re.I | re.S)
_COMPONENTWISE = re.compile(r"(?P<slot>" + _SLOT_RE + r")\s*\(\s*(?:componentwise|elementwise|entrywise|coordinatewise)"
                            r"\s*\)", re.I)


def restatements(text: str) -> tuple[str, list[str], list[str]] | None:
    """A second formula for the subject (module docstring): (the text about the explicit formula, notes, the texts
    about the first formula, to be read and held against it). Before the property the explicit formula is left
    after "i.e." (``claims`` reads it as the function); after it, the claim is rewritten about it."""
    masked, blocks = _mask(text)
    m = _RESTATED_BEFORE.search(masked)
    if m:
        if not _SLOT.search(masked[:m.start()]):
            return None
        primary = masked[:m.start()] + ", i.e. " + m.group("formula") + ", " + masked[m.end():]
        other = masked[:m.start()] + " " + masked[m.end():]
        return " ".join(_unmask(primary, blocks).split()), [], [" ".join(_unmask(other, blocks).split())]
    m = _RESTATED_AFTER.match(masked)
    if not m:
        return None
    if _RELATION.search(normalize(_inner(blocks[int(_SLOT.match(m.group("formula")).group(1))]))):
        return None   # "on $x > 0$, i.e. $x \in \mathbb{R}_{++}$": a set restated, not the function
    claim = m.group("claim")
    verb = re.search(r"\b(?:is|are)\b", claim)
    head, after = claim[:verb.start()], claim[verb.end():].lstrip()
    slots = list(_SLOT.finditer(head))
    props = _PROPS.match(after)
    if not slots or props is None:
        return None
    clauses = m.group("rest").strip() or after[props.end():].strip()
    primary = f"{head[:slots[-1].start()]}{m.group('formula')} {verb.group(0)} {props.group('props')} {clauses}"
    formula = _inner(blocks[int(_SLOT.match(m.group("formula")).group(1))]).strip()
    return (" ".join(_unmask(primary, blocks).split()),
            [f"the claim is read about the formula after '{m.group('word')}', {formula}"],
            [" ".join(_unmask(claim, blocks).split())])


# -------------------------------------------------------------------------------------------------- reading

def read_sentence(text: str) -> Sentence:
    """The claim's text in the reader's shape, with the checks the rewrite asks for (module docstring)."""
    sentence = Sentence(text=text)
    if not isinstance(text, str) or "$" not in text and "\\(" not in text:
        return sentence
    found = answered_question(sentence.text) or true_or_false(sentence.text)
    if found:
        sentence.text, notes = found
        sentence.notes += notes
    for rule in (proportional, values_before_formula, title_before_condition, subject_after_colon,
                 condition_between_commas, role_nouns):
        found = rule(sentence.text)
        if found:
            sentence.text, notes = found
            sentence.notes += notes
    found = variables_named(sentence.text)
    if found:
        sentence.text, notes, sentence.named_in_words, sentence.words = found
        sentence.notes += notes
        for rule in (subject_after_colon, values_before_formula):
            again = rule(sentence.text)
            if again:
                sentence.text, notes = again
                sentence.notes += notes
    found = restatements(sentence.text)
    if found:
        sentence.text, notes, sentence.others = found
        sentence.notes += notes
    return sentence


# ------------------------------------------------------------------------------------------------ settling

def _canonical(domain) -> set:
    """A domain as a set of (expression, relation) with the expression compared to 0 (x > 0 and 0 < x agree)."""
    import sympy as sp

    flip = {"<": ">", "<=": ">="}
    out = set()
    for c in domain or ():
        op = getattr(c, "rel_op", None)
        if op in (">", ">="):
            out.add((sp.expand(c.lhs - c.rhs), op))
        elif op in ("<", "<="):
            out.add((sp.expand(c.rhs - c.lhs), flip[op]))
        else:
            out.add((c, op))
    return out


def _names(symbols) -> set[str]:
    return {s.name for s in symbols}


def _componentwise(text: str, variables) -> str:
    """"$x > 0$ (componentwise)" -> "$x_1 > 0, x_2 > 0$" over the coordinates of x among the variables."""
    masked, blocks = _mask(text)

    def expand(m):
        k = int(_SLOT.match(m.group("slot")).group(1))
        inner = normalize(_inner(blocks[k]))
        lead = re.match(r"\s*(?P<name>[A-Za-z])(?![A-Za-z_])", inner)
        if not lead:
            return m.group(0)
        coords = sorted((v for v in _names(variables) if re.fullmatch(lead.group("name") + r"_\{?\d+\}?", v)),
                        key=lambda v: int(re.sub(r"\D", "", v)))
        if not coords:
            return m.group(0)
        pieces = [re.sub(r"(?<![A-Za-z\\])" + lead.group("name") + r"(?![A-Za-z_])", c, inner) for c in coords]
        blocks[k] = "$" + ", ".join(pieces) + "$"
        return m.group("slot")
    return _unmask(_COMPONENTWISE.sub(expand, masked), blocks)


def _equal_on(a, b, same) -> bool:
    """Whether two readings' functions are the same function on their domain (the same constraints on both): equal
    identically (``same``), or their difference refined by the domain's constraints simplifies to exactly 0 (|x| and x
    on x > 0). False when that is not shown."""
    import sympy as sp

    if same(a.function, b.function):
        return True
    if not a.domain or _canonical(a.domain) != _canonical(b.domain):
        return False
    try:
        return sp.simplify(sp.refine(a.function - b.function, sp.And(*a.domain))) == 0
    except Exception:   # a refinement SymPy cannot do: not shown equal
        return False


#: a name applied to arguments, nothing else: "s(t)", "\\sigma(z)"
_NAMES_NO_FORMULA = re.compile(r"^\s*\\?(?P<name>[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?\s*\([^()=]*\)\s*$")


def settle(sentence: Sentence, claim, read, same) -> None:
    """Check on the claim read from ``sentence.text`` what the rewrite asks for (module docstring), with ``read``
    (text -> Claim) and ``same`` (two expressions -> identically equal); a one-line ``ClaimError`` when a check
    fails; the notes are added to the claim and its other readings."""
    notes = list(sentence.notes)
    if sentence.named_in_words:
        names = sorted(_names(claim.variables))
        letters = {n.split("_")[0] for n in names}
        ok = (not claim.parameters and not claim.readings and names and len(letters) == 1
              and (sentence.named_in_words == "letter" or len(names) == 1))
        if not ok:
            raise _error(f"'{sentence.words}' names the variables in words, and the formula's symbols "
                         f"({', '.join(names + sorted(_names(claim.parameters)))}) do not say which: name them in "
                         "math (e.g. 'in $z_1, z_2$')")
        notes.append(f"'{sentence.words}' names the variables in words: {', '.join(names)}, all the formula's symbols")
    for other in sentence.others:
        other = _componentwise(other, claim.variables)
        first = _inner(MATH.search(other).group(0)) if MATH.search(other) else ""
        named = _NAMES_NO_FORMULA.match(first)
        if named and named.group("name").lower() not in BUILTINS:   # "the softplus $s(t)$": s(t) is no formula
            notes.append(f"'{first.strip()}' names a function without a formula: the claim is about the explicit one")
            continue
        try:
            first_claim = read(other)
        except InputError as exc:
            if re.search(r"\\(?:ldots|cdots|dots)(?![A-Za-z])", first):
                notes.append(f"'{first.strip()}' leaves terms out (\\ldots), so it is not held against the explicit "
                             "formula: the claim is about the explicit one")
                continue
            raise _error(f"the claim gives two formulas for its function, and the first cannot be read ({exc}): "
                         "state the claim about one of them") from None
        if not (_equal_on(first_claim, claim, same) and _names(first_claim.variables) == _names(claim.variables)
                and _names(first_claim.parameters) == _names(claim.parameters)
                and _canonical(first_claim.domain) == _canonical(claim.domain)):
            raise _error(f"the claim gives two readings that differ: '{first_claim.statement()}' and "
                         f"'{claim.statement()}'; state the claim about one of them")
        notes.append(f"'{first.strip()}' and the explicit formula are the same function on the same domain (shown "
                     "symbolically)")
    if notes:
        for c in (claim, *claim.readings):
            c.note = "; ".join(filter(None, [c.note, *notes]))


__all__ = ["DENSITY_WORDS", "ROLE_NOUNS", "SELECTORS", "Sentence", "VARIABLE_NOUNS", "answered_question",
           "condition_between_commas", "proportional", "read_sentence", "restatements", "role_nouns", "settle",
           "subject_after_colon", "values_before_formula", "variables_named"]
