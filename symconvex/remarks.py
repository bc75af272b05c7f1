r"""What in a pasted claim is not the claim: remarks, restatements and appositives (layer: text).

People add words around a claim: "(see Boyd, page 72)", "(it is not DCP as written)", "(written
$-\mathrm{entr}(x)$)", "(composition $h(g(x))$ with $h(z) = z^2$, $g(x) = x$)", a worked title "$1/g(x)$ with $g(x) =
x$: $\frac{1}{x}$ is convex", an appositive "$\lambda_{\max}$ of $M$, $F$, is convex". This module finds them in the
text; ``claims`` reads the rest. The rules, each keeping the claim's function, variables, domain and property:

* A **remark** (a parenthesis in the prose, a trailing ", since ..." / ", because ..." clause, or an attribution
  ", as SymPy's is_convex says" / ", according to Boyd", where a tool's identifier counts as a name) holding no math is
  dropped only when it is not what the words before it are about (``clause_object``: "on (pi/2, 3pi/2)" is a
  domain, so is any parenthesis with arithmetic) and no word in it could change the claim (``harmless``): no property, clause, condition or
  judgement word (``STOP``), and every negation ("not", "no", "never", ...) directly negates a word about how the
  formula is written or proved (``NOTATION_QUALITIES``: "not DCP", "not obvious", "not differentiable"), never the
  claim. Anything else is left in the text, where the reader refuses it in one line.
* A remark in parentheses made only of **property words** ("(convex, but not strictly)", ``property_remark``) may be
  part of the claim or a comment on it: it is taken out, and ``claims`` answers only when both readings agree
  (refuted whenever the claim is; holds only when the remark's properties hold too).
* A **restatement** is a remark (or a title before a colon) whose math is one formula E, led only by restatement
  words ("written", "i.e.", "composition", ...) and followed only by definitions ("with $h(z) = z^2$, $g(x) =
  x$"). It is taken out of the text and returned as a ``Restatement``: the claim is about its own function f, and
  ``claims`` keeps the claim only when E, read with those definitions, is identically f (else a one-line error:
  two formulas that differ could each be the subject).
* An **appositive** "$N$ of $A$, $F$, is P" (both commas): when N is a name symconvex has no formula for
  (λ_max), the formula F between the commas is the subject; when N is a built-in function, N(A) is a restatement
  of F, so both must be the same function. "$N$, $F$, is P" holds N itself against F (a list "$x$, $y$, ..." is
  refused), and words before N that could join the blocks ("The max of", ``CONNECTIVES``) leave the text as is.

Nothing here reads a formula's value; it only cuts text. Nothing here evaluates text.

>>> harmless("it is not DCP as written"), harmless("it is not convex"), harmless("assuming a is positive")
(True, False, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: a math block: $$...$$, $...$, \(...\), \[...\]
MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)

#: words that could change the claim when a remark holds them (properties, clauses, conditions, judgements)
STOP = {
    # properties and the claim's clause words
    "convex", "concave", "affine", "linear", "non-convex", "nonconvex", "non-concave", "nonconcave", "strictly",
    "strict",
    "neither", "nor", "non", "log-concave", "log-convex", "logconcave", "logconvex", "but", "both", "up", "down",
    "quasiconvex", "quasi-convex", "quasiconcave", "quasi-concave", "quasilinear", "quasi-linear", "quasiaffine",
    "quasi-affine", "log-log", "log-log-convex", "log-log-concave", "log-log-affine",
    "upward", "downward", "upwards", "downwards", "in", "wrt", "w.r.t.", "w.r.t", "jointly", "on", "over", "for",
    "when", "whenever", "if", "iff", "where", "with", "given", "using", "letting", "then", "else", "otherwise",
    # conditions in words
    "assuming", "assume", "assumes", "provided", "long", "positive", "negative", "nonnegative", "non-negative",
    "nonpositive", "non-positive", "zero", "suppose", "supposing", "restricted", "restrict", "domain", "interval",
    "region", "set", "greater", "less", "larger", "smaller", "bounded", "near", "around", "outside", "inside",
    "within", "between", "above", "below", "real", "integer", "integers", "odd", "even", "large", "small", "fixed",
    "constant", "parameter", "parameters", "variable", "variables", "every", "all", "each", "any", "some", "case",
    "cases", "only", "except", "unless", "until", "after", "before",
    # which variables: "(as a function of x)", "(treating y as data)", "(x alone)"
    "function", "functions", "argument", "arguments", "respect", "separately", "individually", "coordinate",
    "coordinates", "coordinatewise", "componentwise", "direction", "directions", "along", "slice", "restriction",
    "univariate", "multivariate", "alone", "data", "treating", "treat", "treated", "regarded", "considered", "viewed",
    "holding", "held", "kept", "frozen",
    # judgements of the claim
    "false", "wrong", "untrue", "incorrect", "true", "correct", "right", "yes", "sarcasm", "joke", "kidding", "fails",
    "jk", "lol", "lmao", "haha", "joking", "sarcastic", "sarcastically", "ironic", "ironically", "nope", "nah", "s",
    "fail", "holds", "hold", "counterexample", "disproved", "refuted", "wrongly", "incorrectly", "mistakenly",
    "falsely", "erroneously", "allegedly", "supposedly", "claims", "claimed",
    # numbers written in words: "(pi, 2 pi)" is an interval
    "pi", "inf", "infty", "infinity", "oo",
}
#: negations: allowed in a remark only right before a word of ``NOTATION_QUALITIES``
NEGATIONS = {"not", "no", "never", "isn't", "isnt", "doesn't", "doesnt", "aren't", "cannot", "can't"}
#: what a negation in a remark may negate: how the formula is written or proved, never its curvature
NOTATION_QUALITIES = {"dcp", "dcp-compliant", "disciplined", "written", "obvious", "obviously", "immediate",
                      "immediately", "trivial", "smooth", "differentiable", "elementary"}
#: words that may lead a restatement "(written $E$)", "(i.e. $E$)", "(the composition $h(g(x))$ ...)"
RESTATEMENT_LEADS = {"written", "also", "as", "i.e", "i.e.", "ie", "that", "is", "equivalently", "composition",
                     "the", "a", "namely", "equals", "equal", "to", "rewritten", "expressed", "=", "of"}
#: words before an appositive's head that could join the math blocks into one function ("The max of $x$, $y$, ...")
CONNECTIVES = {"and", "or", "plus", "minus", "times", "of", "by", "over", "sum", "product", "difference", "ratio",
               "quotient", "max", "maximum", "min", "minimum", "composition", "composed", "mean", "average", "norm",
               "pair", "list", "both", "between", "from", "to", "with"}
#: words that introduce the definitions after a restatement's formula
_DEFINITION_WORDS = {"with", "where", "for"}
#: a trailing clause after a comma that gives a reason or a reference, not a condition
_COMMA_REMARK = re.compile(r"^(?P<claim>.*\S)\s*,\s*(?P<remark>(?:since|because|although|though|see|cf\.?)\s[^$()]*?)"
                           r"\s*[.!]?\s*$", re.S | re.I)

#: a trailing clause after a comma that says who holds the claim: ", as SymPy's is_convex says", ", according to
#: Boyd" (also without the comma), ", as shown in Boyd and Vandenberghe" -- a source, never a condition (the source's
#: words are checked by ``harmless``)
_ATTRIBUTION = re.compile(
    r"^(?P<claim>.*\S)(?:\s*,\s*|\s+(?=according\s+to\s))(?P<remark>(?:according\s+to|as\s+(?:in|per|(?:stated|shown|seen|noted|proved|proven|"
    r"given|found|explained|discussed)\s+(?:in|by)))\s(?P<source>[^$()]*?)|as\s(?P<teller>[^$()]*?)\s(?:says|said|"
    r"states|stated|shows|showed|"
    r"claims|claimed|notes|noted|reports|reported|confirms|confirmed|proves|proved|finds|found|puts\s+it|"
    r"tells\s+us|would\s+say|agrees))\s*[.!]?\s*$", re.S | re.I)
#: a name of a tool's function in an attribution ("is_convex", "is_dcp"): a name, not the words it is made of
_IDENTIFIER = re.compile(r"[A-Za-z]\w*_\w+")


@dataclass(frozen=True)
class Restatement:
    """A formula the text says is the claim's function: ``formula`` (LaTeX), read with ``definitions`` (LaTeX
    equations); ``shown`` is the text it came from (for messages)."""

    formula: str
    definitions: tuple = ()
    shown: str = ""
    #: for an appositive "$N$ of $A$, $F$": N as written (a name symconvex has no formula for leaves F the subject)
    head: str = ""


@dataclass
class Cut:
    """What ``cut_remarks`` took out: the notes saying so, the restatements to hold against the function, and the
    properties a remark states ("(convex, but not strictly)"), as (property, negated) pairs."""

    notes: list = field(default_factory=list)
    restatements: list = field(default_factory=list)
    properties: list = field(default_factory=list)


_BASE_PROPERTIES = {"convex": ("convex", False), "concave": ("concave", False), "affine": ("affine", False),
                    "nonconvex": ("convex", True), "non-convex": ("convex", True),
                    "nonconcave": ("concave", True), "non-concave": ("concave", True)}


def property_remark(remark: str) -> list | None:
    """The (property, negated) pairs of a remark made only of property words: "convex, but not strictly" ->
    [("convex", False), ("strictly convex", True)]; "strictly concave"; "not convex"; "neither convex nor concave".
    None for anything else (another word, math, a modifier alone such as "(strictly)" or "(not strictly)", which
    would change the claim's own property)."""
    if "$" in remark or "\\" in remark:
        return None
    words = [w for w in re.split(r"[\s,;]+", remark.lower().strip().rstrip(".")) if w]
    found, last, k = [], None, 0
    while k < len(words):
        w = words[k]
        if w in ("but", "and", "though", "although", "yet"):
            k += 1
            continue
        negated = False
        while k < len(words) and words[k] in ("not", "non"):
            negated, k = not negated, k + 1
        if words[k:k + 4] == ["neither", "convex", "nor", "concave"]:
            found.append(("neither", negated))
            last, k = None, k + 4
            continue
        strictly = k < len(words) and words[k] == "strictly"
        k += strictly
        if k < len(words) and words[k] in _BASE_PROPERTIES:
            base, base_negated = _BASE_PROPERTIES[words[k]]
            if strictly and (base == "affine" or base_negated):
                return None
            found.append((f"strictly {base}" if strictly else base, negated != base_negated))
            last, k = base, k + 1
        elif strictly and last in ("convex", "concave") and (k == len(words) or words[k] in ("but", "and")):
            found.append((f"strictly {last}", negated))   # "convex, but not strictly": not strictly convex
        else:
            return None
    return found or None


def _body(match) -> str:
    return next(g for g in match.groups() if g is not None)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'.\-]*[A-Za-z]|[A-Za-z]", text)]


def harmless(remark: str) -> bool:
    """Whether a remark without math cannot change the claim (module docstring): no math, relation or ``STOP``
    word, and every negation directly before a word of ``NOTATION_QUALITIES``."""
    if "$" in remark or "\\" in remark or re.search(r"[<>=\u2264\u2265\u2260\u2208\u2209\u2282\u2286\u2192\u2a7d\u2a7e]", remark):
        # a relation typed in unicode too: "x^3 is convex (x ≥ 0)" dropped its domain (answered on R: WRONG)
        return False
    words = _words(remark)
    for k, w in enumerate(words):
        if w in NEGATIONS:
            if k + 1 >= len(words) or words[k + 1] not in NOTATION_QUALITIES:
                return False
        elif w in STOP:
            return False
    return True


def restatement(text: str, *, title: bool = False) -> Restatement | None:
    r"""``[lead words] $E$ [(with|where) $D_1$, $D_2$ ...]`` -> the restatement of E with definitions D; None when
    the text has another shape. Lead words must be restatement words (``RESTATEMENT_LEADS``); in a title (before a
    colon) any harmless words. E may not be an equation or a condition; every D must be an equation."""
    blocks = list(MATH.finditer(text))
    if not blocks:
        return None
    lead = text[:blocks[0].start()]
    if title:
        if not harmless(lead):
            return None
    elif any(w not in RESTATEMENT_LEADS for w in _words(lead)) or re.search(r"[^A-Za-z.,:=\s]", lead):
        return None
    formula = _body(blocks[0])
    if re.search(r"(?<![\\])=|<|>|\\(?:le|ge|leq|geq|in|lt|gt)(?![A-Za-z])", formula):
        return None
    definitions = []
    for k, block in enumerate(blocks[1:], 1):
        link = text[blocks[k - 1].end():block.start()].strip().lower()
        allowed = {"", ",", "and", ";", ", and"} if k > 1 else set()
        if k == 1:
            words = link.replace(",", " ").split()
            if not words or words[0] not in _DEFINITION_WORDS or len(words) > 1:
                return None
        elif link not in allowed:
            return None
        body = _body(block)
        if "=" not in body or re.search(r"<|>|\\(?:le|ge|leq|geq|lt|gt)(?![A-Za-z])", body):
            return None
        definitions.append(body)
    tail = text[blocks[-1].end():].strip()
    if tail.strip(".,;:!"):
        return None
    return Restatement(formula=formula, definitions=tuple(definitions), shown=" ".join(text.split()))


def _parentheticals(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the parentheses in the prose (outside math) that open after white space and start with
    a letter: "(see Boyd)", "(written $-\\mathrm{entr}(x)$)"; the end is the index after the closing one."""
    masked = list(text)
    for m in MATH.finditer(text):
        for k in range(m.start(), m.end()):
            if masked[k] in "()":
                masked[k] = "\x00"
    masked = "".join(masked)
    spans, k = [], 0
    while k < len(masked):
        if masked[k] == "(" and k > 0 and masked[k - 1].isspace() and re.match(r"\(\s*[A-Za-z]", masked[k:]):
            depth, j = 0, k
            while j < len(masked):
                depth += masked[j] == "("
                depth -= masked[j] == ")"
                if depth == 0:
                    break
                j += 1
            if j < len(masked):
                spans.append((k, j + 1))
                k = j + 1
                continue
        k += 1
    return spans


#: a word after which a parenthesis is what the claim is about (a domain, a variable list), never a remark
_CLAUSE_BEFORE = {"on", "over", "for", "when", "whenever", "if", "in", "where", "with", "given", "using", "letting",
                  "wrt", "jointly", "of", "at", "to", "from", "between", "and", "or", "is", "are", "\\in", "∈", "="}
#: an end of an interval written without math: 2, -1.5, pi, 3pi, inf, -infty
_INTERVAL_END = re.compile(r"[-+]?\s*(?:\d+(?:\.\d+)?)?\s*(?:\\?pi|\\?infty|inf|oo|infinity)?", re.I)


def clause_object(before: str, inside: str) -> bool:
    r"""Whether a parenthesis is what the words before it are about, not a remark: it follows a clause word or a
    membership ("on (pi/2, 3pi/2)", "for x in (a, b)"), or it holds arithmetic or a relation, or it is a pair of
    interval ends ("(pi, 4)"). Dropping such a parenthesis would answer a claim about a larger domain."""
    words = before.split()
    last = words[-1].lower().strip(",;:") if words else ""
    return (last in _CLAUSE_BEFORE or before.rstrip().endswith(("\\in", "∈", "="))
            or bool(re.search(r"[/*+^<>=]", inside))
            or ("," in inside and all(_INTERVAL_END.fullmatch(end.strip()) for end in inside.split(","))))


def cut_remarks(text: str) -> tuple[str, Cut]:
    """The text without the remarks and restatements it holds (module docstring), and what was cut. A text without
    math blocks keeps every parenthesis but a harmless one at its very end (a bare formula may use parentheses)."""
    cut = Cut()
    has_math = bool(MATH.search(text))
    spans = _parentheticals(text) if has_math else []
    if not has_math:
        m = re.match(r"^(?P<claim>.*\S)\s+\((?P<remark>[A-Za-z][^()]*)\)\s*[.!]?\s*$", text, re.S)
        if m:
            spans = [(m.start("remark") - 1, m.end("remark") + 1)]
    for start, end in reversed(spans):
        inner = text[start + 1:end - 1].strip()
        if clause_object(MATH.sub(" $ ", text[:start]), MATH.sub(" $ ", inner)):
            continue
        stated = property_remark(inner) if has_math else None
        if harmless(inner):
            cut.notes.insert(0, f"the remark '({inner})' is not read")
        elif stated is not None:
            cut.properties[:0] = stated
            cut.notes.insert(0, f"the remark '({inner})' states properties of its own: the claim is answered only "
                                "when the answer is the same with the remark as part of the claim and without it")
        else:
            found = restatement(inner) if has_math else None
            if found is None:
                continue
            cut.restatements.insert(0, found)
        text = text[:start].rstrip() + (" " if text[end:].strip()[:1] not in ".,;:!?" else "") + text[end:].lstrip()
    m = _COMMA_REMARK.match(text)
    if m and harmless(m.group("remark")) and not MATH.search(m.group("remark")):
        cut.notes.append(f"the remark ', {m.group('remark').strip()}' is not read")
        text = m.group("claim")
    m = _ATTRIBUTION.match(text)
    source = m and (m.group("source") or m.group("teller"))
    if m and harmless(_IDENTIFIER.sub("name", source)) and not MATH.search(m.group("remark")):
        cut.notes.append(f"the attribution ', {m.group('remark').strip()}' names a source, not a condition, and is "
                         "not read")
        text = m.group("claim")
    return text.strip(), cut


def appositive(text: str):
    r"""``[words] $N$ [of $A$ [, $B$]], $F$, is ...``: (the text from F on, the title before it, the restatement
    N(A), or N without arguments, with ``head`` N), or None when the text has no such shape. F must be a plain
    formula (no '=', no relation) and N a name or a formula without '=' or relations; the words between the title's
    blocks may only be "of" / "at" (then "," / "and" between arguments). Whether N has a formula is for the reader
    of the claim to say: when it names none, F says what it is."""
    blocks = list(MATH.finditer(text))
    for k in range(1, len(blocks)):
        link = text[blocks[k - 1].end():blocks[k].start()]
        if link.strip() != "," or not re.match(r"^\s*,\s*(?:is|are)\b", text[blocks[k].end():], re.I):
            continue   # without the closing comma "$x$, $y$ is" is a list, not an appositive
        title = blocks[:k]
        bodies = [_body(b) for b in title]
        formula = _body(blocks[k])
        relation = re.compile(r"=|<|>|\\(?:le|ge|leq|geq|in|lt|gt|to|mapsto)(?![A-Za-z])")
        if any(relation.search(b) for b in [*bodies, formula]):
            return None
        links = [text[title[j - 1].end():title[j].start()].strip().lower() for j in range(1, k)]
        if any(link not in ("of", "at", ",", "and") for link in links) or (links and links[0] not in ("of", "at")):
            return None
        lead = text[:title[0].start()]
        if not harmless(lead) or set(_words(lead)) & CONNECTIVES:
            return None   # "The max of $x$, $y$, ...": the words may join the blocks into one function
        head = bodies[0].strip()
        shown = text[:blocks[k].start()].strip().rstrip(",")
        if len(bodies) > 1:
            found = Restatement(formula=f"{head}({', '.join(b.strip() for b in bodies[1:])})", shown=shown, head=head)
        else:   # "$N$, $F$, is ...": N alone is a formula to hold against F (a list "$x$, $y$," never passes)
            found = Restatement(formula=head, shown=shown)
        return text[blocks[k].start():], shown, found
    return None


__all__ = ["CONNECTIVES", "Cut", "MATH", "NEGATIONS", "NOTATION_QUALITIES", "RESTATEMENT_LEADS", "Restatement", "STOP",
           "appositive", "clause_object", "cut_remarks", "harmless", "property_remark", "restatement"]
