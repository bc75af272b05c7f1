r"""Claims pasted as LaTeX (CLAIMS.md): read one, analyze its function, and answer it with checked certificates.

    [lead words] MATH-FUNCTION [is|is not] PROPERTY [in VARS] [on DOMAIN] [where DEFINITIONS]

Textbook wording is read as that shape (each rewrite keeps the claim's function, variables, domain and
properties, or the claim is refused): "concave up/down" is convex/concave; a leading condition ("For $x > 0$,
...") is a trailing one; a clause between the function and "is" is read after the property; a title with math
before the function is dropped (the note says so); ``A = B`` is about B when A is a name or the same function, or
names a function of a vector x that B writes by coordinates (``\|x\|_2 = \sqrt{x_1^2 + x_2^2}``); a formula after
"i.e." restates the function; "In the precision $\tau$, ..." names the variables.

Conventional parameter letters (a, c, k, p, ...) in a claim that names no variables give two readings (jointly, and
in the other symbols for every parameter value), answered only when they agree, unless the wording settles it: a
domain written as a set whose dimension fits only the parameter reading ("$x^a$ on $\mathbb{R}_{++}$ when
$a \ge 1$"), or the function's set stated with "on" in the other symbols and the letters' conditions apart
("$\frac{c}{x}$ on $x > 0$ for $c > 0$"), makes the letters parameters; a constraint tying a letter to the other
symbols ("$s t > r^2$") makes one joint set. An interval with irrational algebraic ends (inflection points
+-1/sqrt(3)) is also given as the polynomial constraint it implies (2x^2 < 1 on +-1/sqrt(2)), the same set.

``parse_claim(text) -> Claim`` reads the claim; ``check_claim(text) -> ClaimResult`` runs ``analyze`` and
answers it. The answer is decided from the analysis' proven *facts* (``Analysis.facts``, closed under
``symconvex.facts.IMPLICATIONS``), never from the one-word summary, by this table (a property P negated by
"is not P" swaps True and False; None stays None):

==================  ===============================  ===================================
property            holds (True) when proven          is refuted (False) when proven
==================  ===============================  ===================================
convex              convex                            not_convex
concave             concave                           not_concave
affine              affine                            not_affine
strictly convex     strictly_convex                   not_strictly_convex
strictly concave    strictly_concave                  not_strictly_concave
neither convex nor  not_convex and not_concave        convex, or concave
concave
==================  ===============================  ===================================

"non-convex", "nonconvex", "not convex" are "convex" negated. Anything else is undecided (``holds`` None).

>>> parse_claim(r"$f(x,y) = xy$ is convex").variables
(x, y)
>>> parse_claim(r"The function $f(x, y) = x^2 y^2$ is not convex.").negated
True
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
import time
from dataclasses import dataclass, field

import sympy as sp

from .analysis import Verdict, analyze
from .limits import SearchTimeout, seconds_text, time_limit
from .facts import ANSWER_WORDS, PROPERTY_WORDS, negation
from .pretty import pretty
from .conventions import CONVENTIONALLY_POSITIVE, settle, sign_condition
from .model_letters import data_letter_reading
from .heads import head_arguments, head_name
from .slices import joint_sets
from .halflines import read_both
from .odd_roots import read_odd_roots
from .compound_words import drop_compound_math
from .coupled import note as coupled_note, refusal as coupled_refusal, tied
from .signatures import split_signature
from .data_phrases import read_data_phrases
from .remarks import MATH, Restatement, appositive, cut_remarks, harmless, restatement
from .sentences import read_sentence, settle as settle_sentence
from .sentences.components import refuse_component_formula
from .sentences.leads import denying_word, other_of, region_query, trailing_region_query, transforming_lead
from .sentences.plain import bracket_words, delimit, delimit_claim
from .sentences.chained import chained_definitions
from .sentences.interval_blocks import two_sided_twice
from .sentences.typed import opening_label, typed_as_plain
from .sentences.roles import ROLE_TOKENS, article_before_fixed, role_run
from .errors import ClaimError, InputError
from .parsing import (AMBIGUOUS_WORDS, BUILTINS, DEFINABLE, MAX_SIZE, PLAIN_WORDS, FunctionDef, Shapes, array_value,
                      cases_in_words, cases_value, check_space_size, componentwise, coordinates, declaration,
                      declare, entries, expand, extract_arrays, extract_cases, has_relation, names_in, normalize,
                      read_cases, refuse_lone_glued, parse_domain, parse_internal, parse_name, parse_set, parse_variables,
                      glued_function_words, python_syntax, reading, split_top_level, symbol, uses_vectors)
from .parsing.sign_words import sign_words

DEFAULT_TIMEOUT = 60.0

PROPERTIES = ("convex", "concave", "affine", "strictly convex", "strictly concave", "neither")

#: property -> the fact that proves it (its negation ``not_<fact>`` refutes it)
PROPERTY_FACTS = {"convex": "convex", "concave": "concave", "affine": "affine",
                  "strictly convex": "strictly_convex", "strictly concave": "strictly_concave", **PROPERTY_WORDS}


def decide(prop: str, negated: bool, facts, *, parametric: bool = False) -> bool | None:
    """Whether the claim "f is [not] PROP" holds, from the proven facts (module table); None: undecided.

    ``parametric``: the claim is about every allowed parameter value, and its facts read "P for every value" /
    "not P for some value". Then "f is not P" (or "neither") is only ever refuted, by P for every value; that
    some value is not P does not make every value not P.

    >>> decide("convex", False, {"concave", "not_convex"}), decide("convex", True, {"not_convex"})
    (False, True)
    >>> decide("strictly convex", False, {"convex", "not_concave"}) is None
    True
    >>> decide("neither", False, {"not_convex", "not_concave"})
    True
    """
    facts = set(facts)
    if parametric and (negated or prop == "neither"):
        refuted = (facts & {"convex", "concave"}) if prop == "neither" else {PROPERTY_FACTS[prop]} & facts
        return (False if refuted else None) if prop == "neither" or negated else None
    if prop == "neither":
        answer = (True if {"not_convex", "not_concave"} <= facts else
                  False if facts & {"convex", "concave"} else None)
    else:
        fact = PROPERTY_FACTS[prop]
        answer = True if fact in facts else False if negation(fact) in facts else None
    return answer if answer is None or not negated else not answer


def decide_all(claim, facts) -> bool | None:
    """The claim's property and every further one (``Claim.also``) together: refuted when one is refuted, holds
    when all hold, else undecided."""
    answers = [decide(p, n, facts, parametric=bool(claim.parameters))
               for p, n in [(claim.property, claim.negated), *claim.also]]
    if claim.disjunctive:   # "convex or concave": holds when one holds, refuted when every one is refuted --
        # but with parameters a refutation is "not P at some value", and different alternatives may fail at different
        # values while each value has one: "for every value, P or Q" is then never refuted this way
        if True in answers:
            return True
        return False if all(a is False for a in answers) and not claim.parameters else None
    answer = False if False in answers else True if all(a is True for a in answers) else None
    if claim.remarked and answer is True:
        # a remark stating properties ("(convex, but not strictly)") may be part of the claim or a comment on it:
        # refuted either way when the claim is; holds only when the remark's properties hold too
        said = [decide(p, n, facts, parametric=bool(claim.parameters)) for p, n in claim.remarked]
        return True if all(a is True for a in said) else None
    return answer


# ------------------------------------------------------------------------------------------- Claim

@dataclass
class Claim:
    """A claim read from text: ``function`` (exact SymPy) over ``variables``, on ``domain`` (SymPy
    inequalities, or None for the natural domain), has (``negated``: has not) ``property``."""

    function: sp.Expr
    variables: tuple
    domain: list | None
    property: str
    negated: bool = False
    text: str = ""
    name: str | None = None
    values: dict = field(default_factory=dict)
    #: How the subject was read, when that needs saying (a bare name: "sigma is the logistic sigmoid ...").
    note: str = ""
    #: Symbols that are neither variables nor given values: the claim is about every value they may take.
    parameters: tuple = ()
    #: Other plausible readings of the same text (conventional parameter letters as parameters).
    readings: list = field(default_factory=list)
    #: Further (property, negated) pairs the claim asserts too: "convex but not strictly convex".
    also: tuple = ()
    #: The properties are alternatives ("convex or concave"), not all asserted together.
    disjunctive: bool = False
    #: How to show the function when it is not ``function`` as written (log f for a log-concavity claim).
    display: str = ""
    #: (property, negated) pairs a remark in parentheses states ("(convex, but not strictly)"): part of the claim or a
    #: comment on it, so the claim holds only when they hold too, and is refuted whenever it is refuted.
    remarked: tuple = ()
    #: Parameters the claim quantifies over every real value ("for every $a$", "for any real $a$"): no convention
    #: about their sign applies (``conventions``).
    universal: tuple = ()
    #: A one-line refusal to give unless the claim holds: a signature f(x) whose domain ties other letters to x is
    #: read jointly, and only a joint proof settles the slice reading too (``coupled``).
    unless_holds: str = ""
    #: Which meaning of the text's notation this reading takes, when the notation has two (``halflines``).
    label: str = ""
    #: Why a proof answers only part of what the text asks ("Find where f is concave up: it is concave up on I":
    #: a proof shows f is so on I, not that I is all of that set), so only a refutation decides it (``sentences``).
    partial: str = ""

    def statement(self) -> str:
        # every letter as the function prints it: "β", "λ", "x₁", never "beta", "lambda", "x_1" beside "β", "λ", "x₁"
        args = ", ".join(pretty(v) for v in self.variables)
        shown = self.display or pretty(self.function)
        head = f"{pretty(sp.Symbol(self.name))}({args}) = {shown}" if self.name else shown
        words = [("neither convex nor concave" if p == "neither" else p, n)
                 for p, n in [(self.property, self.negated), *self.also]]
        prop = (" or " if self.disjunctive else " and ").join(f"{'not ' if n else ''}{w}" for w, n in words)
        text = f"{head} is {prop} in ({args})"
        if self.parameters:
            text += " for every " + ", ".join(pretty(p) for p in self.parameters)
        if self.domain:
            text += (" with " if self.parameters else " on ") + ", ".join(pretty(c) for c in self.domain)
        if self.remarked:
            text += " (a remark: " + " and ".join(f"{'not ' if n else ''}{p}" for p, n in self.remarked) + ")"
        return text


def _claim_error(message) -> ClaimError:
    return ClaimError(" ".join(str(message).split()))


# ---------------------------------------------------------------------------------------- segmenting

_MATH = MATH
_LEAD = {"the", "an", "function", "loss", "map", "mapping", "objective", "claim", "statement", "this",
         "our", "we", "show", "prove", "that", "note", "question", "is", "let", "then", "empirical", "risk",
         "cost", "network", "output", "activation", "sigmoid", "logistic", "relu", "softplus", "square",
         "squared", "quadratic", "cross-entropy", "of", "its", "it", "here", "true", "false", "or", "not",
         "think", "heard", "know", "everyone", "says", "hinge", "absolute", "pinball", "exponential"}
#: Words of the properties beyond curvature (``quasiconvexity``): the word -> the property read.
_BEYOND_WORDS = {"quasiconvex": "quasiconvex", "quasi-convex": "quasiconvex", "quasiconcave": "quasiconcave",
                 "quasi-concave": "quasiconcave", "quasilinear": "quasilinear", "quasi-linear": "quasilinear",
                 "quasiaffine": "quasilinear", "quasi-affine": "quasilinear", "log-log-convex": "log-log convex",
                 "log-log-concave": "log-log concave", "log-log-affine": "log-log affine"}
_PROPERTY_WORDS = {"convex", "concave", "affine", "non-convex", "nonconvex", "non-concave", "nonconcave",
                   "strictly", "neither", "non", "log-concave", "log-convex", "logconcave", "logconvex", "but",
                   "both", "up", "down", "upward", "downward", "upwards", "downwards", *_BEYOND_WORDS, "log-log"}
#: calculus wording: "concave up" is convex (f'' >= 0 for a twice differentiable f), "concave down" is concave
_CALCULUS_PROPERTIES = {"up": "convex", "upward": "convex", "upwards": "convex",
                        "down": "concave", "downward": "concave", "downwards": "concave"}
#: "log-concave" -> "concave": f is log-concave (log-convex) when f > 0 on the domain and log f is concave (convex)
_LOG_PROPERTIES = {"log-concave": "concave", "logconcave": "concave", "log-convex": "convex", "logconvex": "convex"}
_VARS_WORDS = {"in", "wrt", "w.r.t.", "w.r.t", "jointly"}
_DOMAIN_WORDS = {"on", "over", "for", "when", "whenever", "if"}
_DEFS_WORDS = {"where", "with", "given", "using", "letting"}
_FILLER = {"the", "all", "every", "any", "domain", "set", "region", "variables", "variable", "parameters",
           "parameter", "weights", "weight", "arguments", "argument", "its", "function", "everywhere",
           "jointly", "data", "points", "point", "definitions", "of", "real", "reals", "numbers", "values"}
_SEPARATORS = {",", "and", ";"}
#: properties symconvex does not decide, by their first letters (quasiconvex, quasi-concave, pseudoconvex, ...)
_UNDECIDED_PROPERTY_STEMS = ("quasi", "pseudo")   # quasiconvex, quasiconcave, quasilinear are read (_BEYOND_WORDS)
_PROPERTIES_READ = ("convex", "concave", "affine", "strictly convex", "non-convex", "neither convex nor concave")


#: Monotonicity words: a property of the function, but not one symconvex decides.
_MONOTONE_WORD = re.compile(r"(?:and\s+|,\s*)?(?:strictly\s+|monotonically\s+)?(?:non-?)?(?:increasing|decreasing)"
                            r"|(?:and\s+|,\s*)?monoton(?:e|ic|ically\s+\w+)", re.I)


def _monotone_refusal(words: str) -> str:
    word = re.sub(r"^(?:and\s+|,\s*)", "", words.strip(), flags=re.I)
    return (f"'{word}' is monotonicity, not a property symconvex decides: it proves and refutes "
            f"{', '.join(_PROPERTIES_READ)}; leave '{word}' out of the claim")


def _unknown_property(word: str, found: str) -> str:
    """The one-line error for a property the reader does not read: a property it does not decide is named as
    such (quasiconvexity: sublevel sets, not Jensen's inequality), a near miss of a property word gets a
    suggestion ('covnex': did you mean convex?), anything else the list of properties."""
    listed = ", ".join(_PROPERTIES_READ)
    if _MONOTONE_WORD.fullmatch(word):
        return _monotone_refusal(word)
    if word.startswith(_UNDECIDED_PROPERTY_STEMS):
        return (f"'{word}' is not a property symconvex decides: it proves and refutes {listed} "
                f"(and log-concave, log-convex, quasiconvex, quasiconcave, quasilinear, log-log convex, log-log "
                f"concave, log-log affine)")
    from .sentences.typos import OTHER_WORDS, crosses, near_words

    slips = near_words(word)
    if len(slips) == 1 and crosses(word.lower(), slips[0]):
        return (f"'{word}' is not a property: it is one letter from '{slips[0]}' but begins as the other of convex and "
                f"concave; write the property in full ({listed})")
    if len(slips) > 1:   # "conex": one slip from convex and from cone; never guessed
        return (f"'{word}' is not a property: it is one letter from '{slips[0]}' and from "
                + ", ".join(f"'{w}'" for w in slips[1:]) + f"; write the property in full ({listed})")
    if word.lower() in OTHER_WORDS:
        return f"'{word}' is not a property of a function ({listed})"
    near = difflib.get_close_matches(word, ["convex", "concave", "affine", "strictly", "nonconvex", "neither"],
                                     n=1, cutoff=0.7)
    if near:
        return f"'{word}' is not a property: did you mean '{near[0]}'? (properties: {listed})"
    return f"expected a property ({listed}) after the function, found '{found[:40]}'"


#: lead words that are also functions: without any $...$ ("sigmoid is concave") the word is the function
_FUNCTION_WORD_CHUNKS = {("word", w) for w in ("sigmoid", "relu", "softplus", "logistic")}
#: "for fixed $y$", "for every $a > 0$", "with $y$ fixed", "where $a$ is a constant": parameters, not variables
_PARAM_WORDS = {"fixed", "each", "arbitrary", "constant", "held", "kept", "parameter"}
_PARAM_LEADS = {"fixed", "each", "every", "any", "all", "arbitrary"}


#: "log(x)is", "exp( x )are": a verb typed against the closing bracket of the formula before it
_GLUED_VERB = re.compile(r"^(?P<math>.*[)\]}])(?P<verb>is|are)$", re.S)


def _unglue_claim_verb(word: str) -> list[str]:
    """``log(x)is`` -> ``log(x)``, ``is``: a claim verb typed without its space after a closing bracket is the verb,
    never the letters i·s multiplying the formula (which answered a claim about i·s·log(x))."""
    m = _GLUED_VERB.match(word)
    return [m.group("math"), m.group("verb")] if m else [word]


def _prose_words() -> set[str]:
    """The words of the claim language (lead, property, variable, domain, definition, filler, parameter words)."""
    return _LEAD | _PROPERTY_WORDS | _VARS_WORDS | _DOMAIN_WORDS | _DEFS_WORDS | _FILLER | _PARAM_WORDS | {
        "is", "are", "not", "nor", "respect", "to", "strictly", "and", "an", "be"}


def _strip_sentence_punctuation(w: str) -> tuple[str, str]:
    """The word without its sentence punctuation, and that punctuation. A trailing ``!`` is punctuation only after a
    word of prose (``convex!``); after a formula (``x!``, ``x^2!``) it is a factorial, kept so that the formula
    reader refuses it, never dropped (which answered a claim about x instead of x!)."""
    trail = ""
    while w and w[-1] in ".,;:?!" and not (w[-1] == ":" and w[:-1].lower() in ("claim", "question")):
        if w[-1] == "!" and w.rstrip("!.?").lower() not in _prose_words():
            break
        trail = w[-1] + trail
        w = w[:-1]
    return w, trail


def _split_words(prose: str) -> list[tuple[str, str]]:
    """Prose (and bare LaTeX) outside $...$ -> ('word', w) / ('sep', ',') / ('math', m) chunks."""
    out: list[tuple[str, str]] = []
    words = [piece for w in bracket_words(prose) for piece in _unglue_claim_verb(w)]
    ended = set()   # indices in ``out`` of math words that end a sentence ('.', '?', '!' after them)
    for w in words:
        w, trail = _strip_sentence_punctuation(w)
        if w.endswith(":") and w[:-1].isalpha():
            w = w[:-1]
        if w:
            low = w.lower()
            if low in _prose_words():
                out.append(("word", low))
            else:
                out.append(("math", w))
                if any(c in trail for c in ".?!:"):
                    ended.add(len(out) - 1)
        if "," in trail or ";" in trail:
            out.append(("sep", ","))
    # join consecutive bare math words into one piece -- never across a sentence's end: "Let p(s) = exp(-s). p is
    # convex." joined "exp(-s)" and "p" into the product p·exp(-s) (a claim about another function, answered)
    merged: list[tuple[str, str]] = []
    for k, (kind, text) in enumerate(out):
        if kind == "math" and merged and merged[-1][0] == "bare" and k - 1 in ended:
            # a colon ends the formula too: "Ex 2: x^2 is convex" is a label and x^2, never the product 2·E·x³
            raise _claim_error(f"a sentence ends after '{merged[-1][1]}' and another formula follows ('{text}'); "
                               "write the claim as one sentence, e.g. '$f$ is convex where $f(x) = ...$'")
        if kind == "math" and merged and merged[-1][0] == "bare":
            merged[-1] = ("bare", merged[-1][1] + " " + text)
        elif kind == "math":
            merged.append(("bare", text))
        else:
            merged.append((kind, text))
    return [("math", t) if k == "bare" else (k, t) for k, t in merged]


def _chunks(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _MATH.finditer(text):
        out.extend(_split_words(text[pos:m.start()]))
        out.append(("math", next(g for g in m.groups() if g is not None)))
        pos = m.end()
    rest = text[pos:]
    if "$" in rest:
        raise _claim_error("unbalanced '$' in the claim")
    out.extend(_split_words(rest))
    return out


def _is_lead(kind, text) -> bool:
    return kind == "word" and text in _LEAD


_ORDER = re.compile(r"\\(?:succeq|succ|preceq|prec)(?![A-Za-z])")
_ORDER_AS = {"\\succeq": "\\ge ", "\\succ": "> ", "\\preceq": "\\le ", "\\prec": "< "}
_RELATION = re.compile(r"<|>|\\succ|\\prec|\\le(?:q|qslant)?(?![A-Za-z])|\\ge(?:q|qslant)?(?![A-Za-z])|\\in(?![A-Za-z])"
                       r"|\\lt(?![A-Za-z])|\\gt(?![A-Za-z])|\\ne(?:q)?(?![A-Za-z])")


def _classify(math: str) -> str:
    """'domain' (inequalities, memberships, sets), 'definition' (has '='), or 'plain'."""
    norm = normalize(math)
    if _RELATION.search(norm) or re.match(r"\s*\\(?:mathbb|mathbf|Bbb)\s*\{\s*R\s*\}|\s*\\R(?![A-Za-z])", norm):
        return "domain"
    if "=" in norm:
        return "definition"
    return "plain"


# ------------------------------------------------------------------------------------------ parsing

@dataclass
class _Parts:
    function: str = ""
    prop: str | None = None
    negated: bool = False
    variables: list = field(default_factory=list)
    domain: list = field(default_factory=list)
    definitions: list = field(default_factory=list)
    parameters: list = field(default_factory=list)   # math pieces naming parameters ("$y$" of "for fixed $y$")
    weak_parameters: list = field(default_factory=list)  # "for every $a$": a parameter if not the only symbol
    stated_sets: list = field(default_factory=list)  # the domain pieces after "on" / "over" (the function's set)
    also: list = field(default_factory=list)     # further properties: "convex but not strictly convex"
    note: str = ""                               # how the sentence was read, when that needs saying
    disjunctive: bool = False                    # ... joined by "or": "is $f$ convex or concave?"
    restatements: list = field(default_factory=list)  # formulas the text says are the function (remarks.Restatement)
    remarked: list = field(default_factory=list)  # properties a remark states (remarks.property_remark)
    word_before: tuple = ()                      # (word, formula): the word just before the first formula ("sgn $x$")


def _read_property(chunks, i) -> tuple[str, bool, int]:
    """Read ``[is|are] [not] [a|an] [strictly] PROPERTY [function]`` starting at chunk i."""
    negated = False

    def word(k):
        return chunks[k][1] if k < len(chunks) and chunks[k][0] == "word" else None

    if word(i) in ("is", "are", "be"):
        i += 1
    while word(i) == "not":
        negated = not negated
        i += 1
    if word(i) == "an" or (i < len(chunks) and chunks[i] == ("math", "a")):
        i += 1
    if word(i) == "jointly":  # "jointly convex": convex in all the variables together, as every claim here is
        i += 1
    if word(i) == "both" and word(i + 1) in ("convex", "concave", "strictly") and word(i + 2) != "in":
        i += 1                # "both convex and concave": the two properties, joined by "and"
    w = word(i)
    prop = None
    if w in _BEYOND_WORDS:
        prop, i = _BEYOND_WORDS[w], i + 1
    elif w == "log-log" and word(i + 1) in ("convex", "concave", "affine"):
        prop, i = f"log-log {word(i + 1)}", i + 2
    elif w == "strictly" and word(i + 1) in _LOG_PROPERTIES:
        prop, i = f"strictly log-{_LOG_PROPERTIES[word(i + 1)]}", i + 2
    elif w in _LOG_PROPERTIES:
        prop, i = f"log-{_LOG_PROPERTIES[w]}", i + 1
    elif w == "strictly":
        nxt = word(i + 1)
        if nxt == "concave" and word(i + 2) in _CALCULUS_PROPERTIES:
            prop, i = f"strictly {_CALCULUS_PROPERTIES[word(i + 2)]}", i + 3
        elif nxt in ("convex", "concave"):
            prop, i = f"strictly {nxt}", i + 2
    elif w == "neither":
        if word(i + 1) == "convex" and word(i + 2) == "nor" and word(i + 3) == "concave":
            prop, i = "neither", i + 4
    elif w == "concave" and word(i + 1) in _CALCULUS_PROPERTIES:   # "concave up" / "concave down"
        prop, i = _CALCULUS_PROPERTIES[word(i + 1)], i + 2
    elif w in ("convex", "concave", "affine"):
        prop, i = w, i + 1
    elif w in ("non-convex", "nonconvex", "non-concave", "nonconcave"):
        prop, i = ("convex" if "convex" in w else "concave"), i + 1
        negated = not negated
    elif w == "non" and word(i + 1) in ("convex", "concave"):
        prop, i = word(i + 1), i + 2
        negated = not negated
    if prop is None and not chunks[i:]:
        # nothing after the formula: say what was read as the formula ("hello", or a sentence typed into it)
        where = (f"after the formula '{' '.join(chunks[i - 1][1].split())[:60]}'" if i and chunks[i - 1][0] == "math"
                 else "at the end of the claim")
        raise _claim_error(f"no property {where}: a claim says what its function is "
                           f"({', '.join(_PROPERTIES_READ)}), e.g. '$x^2$ is convex'")
    if prop is None:
        found = " ".join(t for _, t in chunks[i:i + 3]) or "nothing"
        raise _claim_error(_unknown_property(found.split()[0].lower() if chunks[i:] else "", found))
    while word(i) in ("function", "everywhere"):
        i += 1
    return prop, negated, i


def _read_properties(chunks, i) -> tuple[str, bool, list, bool, int]:
    """The property, and the further ones joined by "but" / "and" ("convex but not strictly convex").
    "is both convex and concave" is the compound claim "convex and concave" (for a function on a convex domain:
    affine); "is not both ..." negates a conjunction, which this reading cannot state, and is a one-line error.
    Properties joined by "or" ("convex or concave") are alternatives (the flag returned says so); mixing "and" and
    "or" is an error."""
    k = i + (i < len(chunks) and chunks[i] in (("word", "is"), ("word", "are")))
    not_word = k < len(chunks) and chunks[k] == ("word", "not")   # a "not" whose scope a join could extend
    while k < len(chunks) and chunks[k] == ("word", "not"):
        k += 1
    if k < len(chunks) and chunks[k] == ("word", "neither") and not (
            [t for _, t in chunks[k + 1:k + 4]] == ["convex", "nor", "concave"]):
        # "neither P nor Q" (other than the property "neither convex nor concave"): "not P and not Q"
        if not_word:
            raise _claim_error("'not neither P nor Q' is not read; state the properties apart")
        prop, negated, j = _read_property(chunks, k + 1)
        if not (j < len(chunks) and chunks[j] == ("word", "nor")):
            raise _claim_error("expected 'neither P nor Q' (e.g. 'is neither strictly convex nor strictly concave')")
        more, more_negated, i = _read_property(chunks, j + 1)
        return prop, not negated, [(more, not more_negated)], False, i
    if k < len(chunks) and chunks[k] == ("word", "both"):
        if k > i + (chunks[i] in (("word", "is"), ("word", "are"))):
            raise _claim_error("'not both P and Q' is not read; state the properties apart (e.g. 'is not convex')")
        del chunks[k]
        prop, negated, i = _read_property(chunks, i)
        if not (i + 1 < len(chunks) and chunks[i] == ("word", "and")):
            raise _claim_error("expected 'both P and Q' (e.g. 'is both convex and concave')")
    else:
        prop, negated, i = _read_property(chunks, i)
    also, joins = [], set()
    while i + 1 < len(chunks) and chunks[i] in (("word", "but"), ("word", "and"), ("word", "or")) \
            and chunks[i + 1][0] == "word" and chunks[i + 1][1] in _PROPERTY_WORDS | {"not", "is"} - {"but"}:
        join, bare = chunks[i][1], chunks[i + 1][1] not in ("is", "not")
        joins.add("or" if join == "or" else "and")
        more, more_negated, i = _read_property(chunks, i + 1)
        if not_word and join in ("and", "or") and bare and not more_negated:
            # "not convex and concave": "not convex, and concave" or "not (convex and concave)" -- they differ
            # (x^2: false, true), so neither is chosen
            raise _claim_error(f"'not P {join} Q' may mean 'not P, {join} Q' or 'not (P {join} Q)': write 'is not P "
                               f"{join} is Q', or 'is neither P nor Q'")
        also.append((more, more_negated))
    if len(joins) > 1:
        raise _claim_error("a claim mixing 'and' and 'or' between properties is not supported; state them apart")
    return prop, negated, also, joins == {"or"}, i


_LET_THEN = re.compile(r"^\s*(?:let|suppose|define|consider|assume|fix)\s+(?P<defs>.+?)\s*[.;,]\s*(?:then|so|thus|hence|"
                       r"(?:show|prove|verify)(?:\s+that)?)\s+"
                       r"(?P<claim>.+)$", re.I | re.S)
#: a condition before the function: "For $x > 0$, ...", "Over $\mathbb{R}_{++}$, ...", "If $a \ge 1$ then ..."
_CONDITION_FIRST = re.compile(r"^\s*(?P<word>for|over|on|if|when)\s+(?P<math>\$[^$]+\$)\s*(?:,|\bthen\b)\s*(?P<rest>.*\$.*)$",
                              re.I | re.S)
_ORTHANT = re.compile(r"\b(on|over|in)\s+the\s+(?:(?P<strict>strictly\s+positive|positive)|nonnegative|non-negative)"
                      r"\s+(?P<set>orthant|quadrant)\b", re.I)
#: "$\mathbf{dom} f = \mathbb{R}_{++}$" (Boyd & Vandenberghe's notation): the domain, for every variable
_DOM = re.compile(r"\$\s*\\(?:mathbf|operatorname|mathrm|text|textbf|textrm)\s*\{\s*dom\s*\}\s*(?:\\[,;:! ]\s*|~\s*)*"
                  r"(?P<name>\\?[A-Za-z]+)\s*=\s*(?P<set>[^$]+)\$")


#: "x^3 is convex within [0, 1]", "for x belonging to (0, 1)": a set after "within", a membership after "belonging to"
_WITHIN = re.compile(r"\b(?:within|inside)\s+(?=[(\[]|\$\s*[(\[])", re.I)
_BELONGING = re.compile(r"(?<![\\\w])(?P<var>[A-Za-z])\s+belonging\s+to\s+(?=[(\[\]])", re.I)


#: "the sigmoid function is convex": a function word, then "function", then the verb (read as "the function sigmoid")
_NAME_THEN_FUNCTION = re.compile(r"(?<![\\\w$])(?P<name>" + "|".join(sorted(PLAIN_WORDS, key=len, reverse=True))
                                 + r")\s+function\s+(?=(?:is|are)\b)", re.IGNORECASE)
#: "for x in (0, 1)" typed without $...$: a single letter, "in", then an interval is a membership, x \in (0, 1)
_PLAIN_MEMBERSHIP = re.compile(r"(?<![\\\w])(?P<var>[A-Za-z])\s+in\s+(?=[(\[\]])")
#: "for x in R_+", "x in ℝ++", "x in R^+", "for x in R" typed without $...$: a membership in a real set
_PLAIN_REALS = re.compile(r"(?<![\\\w$])(?P<var>[A-Za-z])\s+in\s+(?:R|\u211d)(?P<tail>_\{?\+\+?\}?|\^\{?\+\}?|\+\+?"
                          r"|\^\{?\d\}?)?(?![\w{])")
#: "for $x$ in $\mathbb{R}_+$", "for $x$ in $[-1, 1]$": the word "in" between a name and a set (the reals or an
#: interval) is the membership
_WORD_IN_SET = re.compile(r"\$\s*(?P<var>\\?[A-Za-z]+(?:_\{?\w+\}?)?)\s*\$\s+in\s+\$\s*(?P<set>(?:\\(?:mathbb\s*\{\s*R\s*\}|R)"
                          r"(?![A-Za-z])|\\left\s*[(\[]|[(\[])[^$]*)\$")


#: "Let a be a real number.", "Suppose $c$ is real.", "Fix y ∈ ℝ." -- a letter stated to be a real number, before the
#: claim: "Let a ∈ ℝ." (a parameter of the claim, as "for every real a"; left a variable, e^{ax} was read jointly)
_REAL_LETTER = re.compile(r"\b(?P<lead>let|suppose|assume|fix)\s+(?P<var>\$\s*\\?[A-Za-z]+\s*\$|[A-Za-z])\s+"
                          r"(?:be|is)\s+(?:a\s+|an\s+)?(?:(?:arbitrary|fixed|given)\s+)?real(?:\s+(?:number|constant|"
                          r"parameter|scalar))?(?=\s*[.;,])", re.I)
#: "For every real a, ...": the leading quantifier of a parameter, written "For every a ∈ ℝ, ..."
_EVERY_REAL = re.compile(r"(?<![\w\\])(?P<q>for\s+(?:every|all|any|each))\s+real\s+(?:number\s+)?(?P<var>[A-Za-z])\s*,",
                         re.I)


#: The words that start a reason after a claim: "since it is a square", "because $f'' > 0$"
_REASON_WORD = re.compile(r"(?:since|because|as|due\s+to)\b", re.I)


def _real_letter(m) -> str:
    var = m.group("var").strip("$ ")
    if "$" in m.group("var"):
        return f"{m.group('lead')} ${var} \\in \\mathbb{{R}}$"
    return f"{m.group('lead')} {var} \u2208 \u211d"   # typed plainly: as "Let a ∈ ℝ." is typed


def _plain_reals(m) -> str:
    tail = (m.group("tail") or "").replace("{", "").replace("}", "")
    tail = {"_++": "_{++}", "_+": "_{+}", "++": "_{++}", "+": "^+", "^+": "^+"}.get(tail, tail)
    return f"{m.group('var')} \\in \\mathbb{{R}}{tail}"


#: "log log convex", "log-log-convex": the property words of log-log curvature as people type them
_LOG_LOG = re.compile(r"(?<![\\\w-])log[\s-]+log[\s-]+(?=(?:convex|concave|affine)\b)", re.I)
_QUASI = re.compile(r"(?<![\\\w-])quasi\s+(?=(?:convex|concave|linear|affine)\b)", re.I)


def _normalize_claim(text: str) -> str:
    r"""Ways people write a claim, read as the shape CLAIMS.md gives: "Let $f(x) = x^3$. Then $f$ is not
    convex." is "$f$ is not convex where $f(x) = x^3$"; "the sigmoid function is convex" is "the function sigmoid
    is convex"; "for x in (0, 1)" typed without $...$ is "for x \in (0, 1)" ("for x in R_+" is "for x \in
    \mathbb{R}_{+}", "for $x$ in $\mathbb{R}_+$" is "for $x \in \mathbb{R}_+$"); a signature "$f: \mathbb{R}^2 \to
    \mathbb{R}$," before the function states its domain and is checked to map into R (``signatures``); "on the
    positive orthant" is
    "on $\mathbb{R}_{++}$" (nonnegative: $\mathbb{R}_{+}$), "on the positive quadrant" "on $\mathbb{R}^2_{++}$" (its
    size checked against the variables); "$\mathbf{dom} f = S$" is "on $S$"."""
    text = drop_compound_math(text)   # "The $\epsilon$-insensitive loss $...$": the label is not the function
    text = _LOG_LOG.sub("log-log ", text)   # "log log convex" (DGP's words without the hyphen) is "log-log convex"
    text = _QUASI.sub("quasi", text)        # "quasi convex" is "quasiconvex"
    # "the logistic function" (no argument) is the standard logistic function, the sigmoid; CVXPY's atom is a call,
    # logistic(x), whose two meanings are told apart in ``_logistic_by_convention``
    text = _NAME_THEN_FUNCTION.sub(lambda m: "function " + ("sigmoid" if m.group("name").lower() == "logistic"
                                                             else m.group("name")) + " ", text)
    text = _BELONGING.sub(lambda m: f"{m.group('var')} in ", _WITHIN.sub("on ", text))
    text = _PLAIN_MEMBERSHIP.sub(lambda m: f"{m.group('var')} \\in ", text)
    text = _PLAIN_REALS.sub(_plain_reals, text)
    text = _WORD_IN_SET.sub(lambda m: f"${m.group('var')} \\in {m.group('set').strip()}$", text)
    text = sign_words(text)   # "for positive $x$", "when $x$ is nonnegative", "on the positive reals"
    lead = _CONDITION_FIRST.match(text)
    if lead:   # "For $x > 0$, the function $\log x$ is concave." is "the function $\log x$ is concave for $x > 0$"
        text = f"{lead.group('rest').rstrip().rstrip('.')} {lead.group('word').lower()} {lead.group('math')}"
    text = _ORTHANT.sub(lambda m: f"{m.group(1)} $\\mathbb{{R}}{'^2' if m.group('set').lower() == 'quadrant' else ''}"
                        f"_{{{'++' if m.group('strict') else '+'}}}$", text)
    defined = re.search(r"\$\s*([A-Za-z])\s*\(", text)   # dom f of the f the claim defines (else left to _strip_dom)
    text = _DOM.sub(lambda m: f"on ${m.group('set')}$" if not defined or m.group("name") == defined.group(1)
                    else m.group(0), text)
    text, space = split_signature(text)
    m = _LET_THEN.match(text)
    chain = None if m and not re.search(r"[.;]\s+[A-Za-z]", m.group("defs")) else chained_definitions(text)
    if chain is not None and not re.search(r"\\to\b|\\rightarrow|\u2192|\\mapsto", chain):
        text = chain   # "Let $a > 0$. Consider $f(x) = a x^2$. Then $f$ is convex.": the claim, then its definitions
    elif m and "$" in m.group("defs"):
        defs, space_in_defs = split_signature(m.group("defs"))
        space = space or space_in_defs
        text = f"{m.group('claim').rstrip().rstrip('.')} where {defs}"
    if space:   # f: R^3 -> R with f(x) = ...: for x in R^3; f: R^2_{++} -> R with f(x, y): on R^2_{++}
        text = text.rstrip().rstrip(".") + space
    return text


def _refuse_region(asked: str | None) -> None:
    """A one-line ``ClaimError`` for words (``asked``, quoted) that ask where a property holds: a set, not a verdict."""
    if asked:
        raise _claim_error(f"{asked} asks where the property holds, which is a set, not a true-or-false claim; "
                           "state the claim on a set, e.g. '$x^3$ is convex on $x \\ge 0$'")


#: words that may stand just before a function's bare name without changing the function ("the logistic sigmoid")
_NAME_LEADS = _LEAD | {"a", "logistic", "standard", "usual", "ordinary", "familiar", "well-known", "known", "classic",
                       "classical", "common", "popular", "famous", "activation", "rectified", "linear", "unit",
                       "claim", "prove", "show", "that", "is", "and", "so", "ok", "hey", "quick", "q", "question"}


def _refuse_modified_name(lead: str, formula: str) -> None:
    r"""A one-line ``ClaimError`` when the formula is a function's bare name (``sigmoid``, ``$\operatorname{relu}$``)
    and the word just before it modifies it: "the hard sigmoid", "the smooth ReLU", "the leaky ReLU" name other
    functions (a clipped line, a softplus, max(x, ax)), never the sigmoid or the ReLU; lead words are dropped, but
    such a word is part of the name. Articles and words that keep the function (``_NAME_LEADS``) pass."""
    m = _BUILTIN_WORD.match(formula.strip())
    word = (m.group(1) or m.group(2)).lower() if m else None
    if word is None or word not in BUILTINS or BUILTINS[word][0] != 1:
        return
    before = re.findall(r"[A-Za-z][A-Za-z'-]*", lead)
    if before and before[-1].lower() not in _NAME_LEADS:
        raise _claim_error(f"'{before[-1]} {word}' is not the {word} itself: write its formula, e.g. "
                           f"'$\\max(x, 0.01 x)$ is convex'")


def _refuse_lead(lead: str, formula: str = "") -> None:
    """A one-line ``ClaimError`` when the words before the first formula ask where a property holds ("Find where",
    "Where is": the answer is a set, not a verdict) or negate or transform the claim (``sentences.leads``)."""
    _refuse_region(region_query(lead, formula))
    changed = transforming_lead(lead, formula)
    if changed:
        raise _claim_error(f"{changed} before the formula makes the claim about something other than the formula "
                           "itself; write the function that is meant as a formula (and 'is not' for a negation)")


def _segment(text: str) -> _Parts:
    if not isinstance(text, str) or not text.strip():
        raise _claim_error("empty claim")
    if len(text) > 20000:
        raise _claim_error("claim too long")
    text = _normalize_claim(text)
    _refuse_region(trailing_region_query(text))   # "$x^3$ is convex where?": a set is asked for, as by a lead
    refuse_lone_glued(text)   # "x2 is concave": x_2 or x^2? (a sibling index, x1 + x2, tells)
    text = _leading_clause(text)
    text, cut = cut_remarks(text)
    text, title, titled = _title_before_subject(text)
    chunks = _chunks(text.strip())
    parts = _Parts(restatements=[*cut.restatements, *titled], remarked=list(cut.properties))
    parts.note = "; ".join(cut.notes)
    denied = denying_word(_MATH.sub(" ", title)) if title else None
    if denied:   # "Neither $x^2$ nor $x^3$ is concave": not a title
        raise _claim_error(f"{denied} before the formula makes the claim about something other than the formula "
                           "itself; write one claim per function (and 'is not' for a negation)")
    if title:
        parts.note += ("; " if parts.note else "") + f"the function is the formula just before the property; '{' '.join(title.split())}' before it " \
                     "is read as its title"
    i = 0
    first = _MATH.search(text.strip())
    if first:
        # with $...$ math, every word before the first formula is a lead word ("The loss", "Claim:") -- unless it
        # negates the claim or names another function built from the formula ("the derivative of $f$")
        _refuse_lead(text.strip()[:first.start()], first.group(0))
        _refuse_modified_name(text.strip()[:first.start()], next(g for g in first.groups() if g is not None))
        glued = re.search(r"(?:^|\s)([A-Za-z][A-Za-z'-]*)\s+$", text.strip()[:first.start()])
        parts.word_before = (glued.group(1).lower(), next(g for g in first.groups() if g is not None)) if glued else ()
        i = len(_split_words(text.strip()[:first.start()]))
    while i < len(chunks) and (chunks[i][0] == "sep" or _is_lead(*chunks[i])):
        if not first and chunks[i] in _FUNCTION_WORD_CHUNKS:  # "sigmoid is concave": the word is the function
            chunks[i] = ("math", chunks[i][1])
            break
        i += 1
    if i >= len(chunks) or chunks[i][0] != "math":
        raise _claim_error("no function found in the claim (write it in $...$, e.g. '$f(x) = x^2$ is convex')")
    if not first:   # plain text: "It is not true that x^2 is concave" (the lead words are dropped as with $...$)
        _refuse_lead(" ".join(w for kind, w in chunks[:i] if kind == "word"))
        if re.match(r"[-\u2013]\s", chunks[i][1]):   # "Claim - log(x) is concave", "- x^2 is ...": a dash (a bullet)?
            after = f" after '{chunks[i - 1][1]}'" if i > 0 else ""
            raise _claim_error(f"'- '{after} may be a dash or a list bullet, or a minus sign: write "
                               f"'{chunks[i][1][1:].strip()}' or '-{chunks[i][1][1:].strip()}'")
    parts.function = chunks[i][1]
    mapsto = _MAPSTO.match(normalize(parts.function)) or _ARROW_MAP.match(parts.function)
    if mapsto:   # "$x \mapsto x^2$ is convex": the function x^2 of the variable x ("in $x$")
        parts.function = mapsto.group("body")
        parts.variables.append(_strip_parens(mapsto.group("vars")) or mapsto.group("vars"))
    i += 1
    chunks = _restatement(chunks, i, parts)
    chunks, i = _clause_before_property(chunks, i)
    i = _domain_before_property(chunks, i, parts)
    parts.prop, parts.negated, parts.also, parts.disjunctive, i = _read_properties(chunks, i)
    clause, param_mode, domain_word = None, False, None
    while i < len(chunks):
        kind, w = chunks[i]
        i += 1
        if kind == "sep" or (kind == "word" and w in _SEPARATORS):
            continue
        if clause == "domain" and article_before_fixed(chunks, i - 1):   # "for a fixed $w$"
            continue
        roles = role_run(chunks, i - 1) if (clause is not None or param_mode) else None
        if roles is not None:   # "in the last layer's weight $v$", "for fixed first-layer weights $w$"
            i = roles
            continue
        if kind == "word" and w in _PARAM_LEADS and clause == "domain":
            # "for fixed $y$" names a parameter; "for every $a > 0$" one too, unless it is the only symbol
            param_mode = "strong" if w in ("fixed", "each", "arbitrary") else "weak"
            continue
        if kind == "word" and param_mode and w in ("real", "reals"):   # "for any real $a$": still the parameter
            continue
        if kind == "word":
            param_mode = False
            if w == "with" and i < len(chunks) and chunks[i] == ("word", "respect"):
                if i + 1 < len(chunks) and chunks[i + 1] == ("word", "to"):
                    i += 2
                    clause = "vars"
                    continue
            if w in _VARS_WORDS and w != "jointly" and clause == "vars" and parts.variables:
                # "in x and in y": convex in each separately (xy: true) or jointly (xy: false)
                raise _claim_error("'in $x$ and in $y$' may mean in each one separately: write 'jointly in $x, y$', "
                                   "or state one claim per variable ('in $x$ for fixed $y$')")
            if w in _VARS_WORDS or (w == "of" and clause is None):  # "a convex function of $x$"
                clause = "vars"
            elif w in _DOMAIN_WORDS:
                clause, domain_word = "domain", w
            elif w in _DEFS_WORDS:
                clause = "defs"
            elif w == "both" and clause == "vars":
                raise _claim_error("'in both $x$ and $y$' may mean in each one separately: write 'jointly in $x, y$', "
                                   "or state one claim per variable ('in $x$ for fixed $y$')")
            elif w in _FILLER and clause is not None:
                pass
            else:
                raise _claim_error(f"cannot read '{w}' in the claim")
            continue
        # a math piece
        if w.strip() == "at" and clause == "vars" and parts.variables and i < len(chunks) and chunks[i][0] == "math" \
                and _values_of_the_formula(chunks[i][1], parts.function):
            clause = "defs"   # "in $(w, b)$ at $x = 1$": the other letters' values (a data point), as after "where"
            continue
        if clause == "domain" and first and _describes_set(w) and i < len(chunks) and chunks[i][0] == "math":
            continue   # "on the closed unit disk $x^2 + y^2 \le 1$": the math says which set
        if clause == "vars" and first and re.fullmatch(r"[a-z]{3,}", w) and chunks[i - 2] == ("word", "the") \
                and i < len(chunks) and chunks[i][0] == "math":
            continue   # "in the logit $z$", "in the weights $w$": the noun names the math after it
        w = _strip_dom(w, parts.function)
        what = _classify(w)
        after = _parameter_phrase(chunks, i)
        if (param_mode or after is not None) and what == "definition":
            parts.definitions.append(w)   # "for fixed $p = 1/3$": a value, read with the definitions
            i = after if after is not None else i
            continue
        if param_mode or after is not None:
            (parts.weak_parameters if param_mode == "weak" else parts.parameters).append(w)
            if what == "domain":
                parts.domain.append(w)
            i = after if after is not None else i
            continue
        if clause == "vars" and what == "domain":   # "convex in $\lambda \in (0, 1)$": the variable and its set
            member = _VARIABLE_MEMBERSHIP.fullmatch(w.strip().strip("$"))
            if member is not None and _names_variables(member.group(1)):
                parts.variables.append(member.group(1))
                parts.stated_sets.append(w)
        if what == "domain" or (clause == "domain" and what != "definition"):
            if clause == "domain" and domain_word in ("on", "over"):
                parts.stated_sets.append(w)
        if what == "domain":
            parts.domain.append(w)
        elif what == "definition":
            parts.definitions.append(w)
        elif clause == "vars":
            parts.variables.append(w)
        elif clause == "domain":
            parts.domain.append(w)   # a set such as [0, 1]: every variable lies in it
        elif clause == "defs":
            raise _claim_error(f"expected a definition such as $n = 3$, found '{w.strip()}'")
        elif w.strip().startswith("(") and not clause:
            raise _claim_error(f"the remark in parentheses '{w.strip()}' may change the claim, so it is not "
                               "dropped: remove it, or write what it says as part of the claim")
        elif _MONOTONE_WORD.fullmatch(w.strip()):   # "$e^{-x}$ is convex and decreasing"
            raise _claim_error(_monotone_refusal(w.strip()))
        elif _REASON_WORD.match(w.strip()):   # "$x^2$ is convex since it is a square": a reason, maybe a condition
            raise _claim_error(f"'{w.strip()} ...' gives a reason, which is not read (it may also be a condition): "
                               "remove it, or write a condition with 'for' or 'on'")
        else:
            raise _claim_error(f"cannot tell what '{w.strip()}' is; write 'in', 'on' or 'where' before it")
    return parts


def _values_of_the_formula(block: str, formula: str) -> bool:
    """Whether a math block after "at" gives values to letters the formula writes ("in $w$ at $x = 1$": x is
    data); a value for a letter it does not write ("$w^3$ is convex in $w$ at $w_0 = 1$") names a point, where
    "convex at" may mean near it, and is not read as data."""
    from .sentences.text import uses, value_names

    names = value_names(block) if _classify(block) == "definition" else None
    return bool(names) and all(uses(name, formula) for name in names)


#: "For $x > 0$, ...", "Over $\mathbb{R}_{++}$, ...", "If $a \ge 1$ then ...": a clause before the function
_LEADING_CLAUSE = re.compile(r"^\s*(?P<word>for|over|on|if|when|whenever|in)\s+(?P<clause>(?:\$[^$]+\$|[A-Za-z'’-]+|\s+)+?)"
                             r"\s*(?:,|\bthen\b)\s*(?P<rest>.*\$.*)$", re.I | re.S)


_MAPSTO = re.compile(r"^\s*(?P<vars>[^=]+?)\s*\\(?:mapsto|longmapsto)(?![A-Za-z])\s*(?P<body>.+)$", re.S)
#: "(x, y) -> x^2 + y^2", "$t \to e^t$": an arrow after a name or a tuple of names (never after a set: a signature
#: "f: R -> R" is read by ``signatures``) is the map x |-> body
_ONE_NAME = r"(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?"
_ARROW_MAP = re.compile(r"^\s*(?P<vars>" + _ONE_NAME + r"|\(\s*" + _ONE_NAME + r"(?:\s*,\s*" + _ONE_NAME
                        + r")*\s*\))\s*(?:->|\\to(?![A-Za-z])|\\rightarrow(?![A-Za-z])|\u2192)\s*(?P<body>.+)$", re.S)


def _leading_clause(text: str) -> str:
    r"""A condition written before the function is the same condition written after the claim: "For $x > 0$, the
    function $\log x$ is concave." is "the function $\log x$ is concave for $x > 0$"; "If $a \ge 1$ then $x^a$ is
    convex in $x$" is "$x^a$ is convex in $x$ if $a \ge 1$". The clause may hold only math and the filler words
    of a clause ("all", "every", "fixed", "and", ...); anything else is left as written (and refused later)."""
    m = _LEADING_CLAUSE.match(text)
    if not m:
        return text
    words = re.findall(r"[A-Za-z]+", _MATH.sub(" ", m.group("clause")))
    maths = [found.group(0) for found in _MATH.finditer(m.group("clause"))]
    rest = m.group("rest").rstrip()
    if m.group("word").lower() == "in" and len(maths) == 1 and _names_variables(maths[0]):
        # "In the precision $\tau$, ... is convex": the words say what the variable is; the claim is "in $\tau$"
        rest = rest[:-1] if rest.endswith(".") else rest
        return f"{rest} in {maths[0]}"
    if "$" not in m.group("clause") or any(w.lower() not in _FILLER | _PARAM_LEADS | _PARAM_WORDS | {"and", "a", "an", "s"} | ROLE_TOKENS
                                           for w in words):
        return text
    rest = m.group("rest").rstrip()
    rest = rest[:-1] if rest.endswith(".") else rest
    return f"{rest} {m.group('word').lower()} {m.group('clause').strip()}"


#: "NAMES \in SET" (a membership after "in": the variables it names and their set)
_VARIABLE_MEMBERSHIP = re.compile(r"\s*(.+?)\s*\\in(?![A-Za-z])\s*(.+)", re.S)


def _names_variables(math: str) -> bool:
    """Whether a math piece (with its $ signs) is only a list of variable names ($\\tau$, $w_1, w_2$)."""
    inner = math.strip().strip("$").strip()
    if not inner or has_relation(inner):
        return False
    try:
        return bool(parse_variables(inner))
    except InputError:
        return False


_CONNECTIVES = {"and", "or", "plus", "minus", "times", "with", "of", "by", "over", "under", "than", "from", "to",
                "divided", "multiplied", "added", "sum", "product", "difference", "ratio", "quotient", "max",
                "maximum", "min", "minimum", "composition", "composed", "applied", "at", "in", "on", "for", "where",
                "if", "when", "is", "are", "not", "then", "as", "into", "inverse", "square", "root", "power",
                "log", "exp", "negative", "minus", "reciprocal", "perspective", "conjugate", "i.e", "e.g",
                # a comparison or a second subject: "$x^2$ versus $x^3$ is convex", "Besides $x^2$ also ..."
                "versus", "vs", "vs.", "besides", "also", "unlike", "like", "compared", "than", "either", "too",
                "both", "but", "nor", "neither", "instead", "replacing", "together", "alongside", "whereas", "while"}
_NAMED_EQUATION = re.compile(r"^\s*[A-Za-z\\][A-Za-z\\{}_0-9]*\s*\(.*\)\s*(?::=|=)", re.S)
_PROPERTY_START = re.compile(r"^\s*,?\s*(?:is|are|,|for|on|over|where|when|whenever|if|with)\b", re.I)


def _title_before_subject(text: str) -> tuple[str, str, list]:
    r"""When the first math block is not the function but part of a title ("Perspective of $\exp$: $g(x, t) =
    t e^{x/t}$ is convex", "The $\ell_1$ regulariser $|w_1| + |w_2|$ is convex"), the claim from the function on,
    and the title; else (text, "").

    The function is a later math block followed by the property (or a clause before it), and only when nothing
    in the title can join it to the earlier math: it follows a colon; or it is a named definition ``g(x, t) = ...``
    after a comma; or it follows one noun ("regulariser") and the title has no connective ("and", "plus", "of",
    "sum", ...) that could make the earlier math part of the function. A title whose math has '=' or a relation
    (a definition or a condition: "Let $a = 2$: $a x^2$ ...") is never dropped, except a worked formula with its
    definitions before a colon ("$1/g(x)$ with $g(x) = x$: $\frac{1}{x}$ is convex"), which is returned as a
    restatement (the third item) that the function must equal; an appositive ("$\lambda_{\max}$ of $M$, $F$, is
    convex": ``remarks.appositive``) makes F the function, with N(M) as a restatement unless N names no formula."""
    blocks = list(_MATH.finditer(text))
    for k in range(1, len(blocks)):   # "$1/g(x)$ with $g(x) = x$: $\frac{1}{x}$ is convex"
        if text[blocks[k - 1].end():blocks[k].start()].strip() == ":" and \
                _PROPERTY_START.match(text[blocks[k].end():]):
            title = text[:blocks[k].start()].strip().rstrip(":")
            worked = restatement(title, title=True)
            if worked is not None and worked.definitions:
                return text[blocks[k].start():], title, [worked]
            break
    if len(blocks) < 2 or _PROPERTY_START.match(text[blocks[0].end():]):
        return text, "", []
    found = appositive(text)
    if found is not None:
        rest, title, said = found
        return rest, title, [said]
    for k in range(1, len(blocks)):
        if not _PROPERTY_START.match(text[blocks[k].end():]):
            continue
        link = text[blocks[k - 1].end():blocks[k].start()].strip()
        body = next(g for g in blocks[k].groups() if g is not None)
        lead_words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z.\-]*", _MATH.sub(" ", text[:blocks[k].start()]))}
        title_math = [next(g for g in b.groups() if g is not None) for b in blocks[:k]]
        ok = (link == ":" or (link == "," and _NAMED_EQUATION.match(body))
              or (link == "," and all(_unused_label(t, body) for t in title_math))
              or (re.fullmatch(r"[A-Za-z][A-Za-z\-]{2,}", link) and not lead_words & _CONNECTIVES
                  and not re.search(r"[-+*/=<>]", _MATH.sub(" ", text[:blocks[k].start()]))))
        if ok and all(not ("=" in normalize(t) or _RELATION.search(normalize(t))) or _unused_label(t, body)
                      for t in title_math):
            return text[blocks[k].start():], text[:blocks[k].start()].strip().rstrip(":,"), []
        return text, "", []
    return text, "", []


_GREEK = ("alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|kappa|lambda|mu|nu|xi|rho|sigma|tau|"
          "phi|varphi|chi|psi|omega")
_LABEL = re.compile(r"\s*(?P<name>[A-Za-z]|\\(?:%s))\s*=\s*(?:-?\d+(?:\.\d+)?(?:/\d+)?|\\infty)\s*" % _GREEK)


def _unused_label(title_math: str, body: str) -> bool:
    r"""Whether a title's math block is a label: one letter (Latin, or a Greek letter's command) given a number
    ("pnorm with $p = 2$: $\sqrt{x^2 + y^2}$ is convex", "The pinball loss with $\tau = 0.3$, $\max(0.3 r, -0.7 r)$,
    is convex") whose letter does not occur in the function's block at all (as written or as normalized: a Greek
    letter typed in unicode is its command), so that it cannot change the function, its variables or its domain. A
    letter that occurs there could be a value meant for the function (refused)."""
    m = _LABEL.fullmatch(normalize(title_math))
    if not m:
        return False
    name = m.group("name")
    if name.startswith("\\"):   # \epsilon and \varepsilon (\phi, \varphi, ...) are one letter to a reader
        bare = name[1:].removeprefix("var")
        pattern = r"\\(?:var)?" + bare + r"(?![A-Za-z])"
    else:
        pattern = r"(?<![A-Za-z\\])" + name + r"(?![A-Za-z])"
    return not any(re.search(pattern, b) for b in (body, normalize(body)))


def _clause_before_property(chunks, i: int):
    r"""A clause between the function and its property ("$f(x_1, x_2) = x_1 x_2$ on $\mathbb{R}^2_{++}$ is convex",
    "$|x|^p$, for $p \ge 1$, is convex") is read as if written after the property: the chunks reordered, and the
    index of the property. Only a clause that starts with a clause word (on, for, where, in, ...) moves; a comma
    alone before "is" is dropped."""
    k = i
    while k < len(chunks) and chunks[k][0] == "sep":
        k += 1
    if k < len(chunks) and chunks[k] in (("word", "is"), ("word", "are")):
        return chunks[:i] + chunks[k:], i
    if not (k < len(chunks) and chunks[k][0] == "word" and chunks[k][1] in _DOMAIN_WORDS | _DEFS_WORDS | _VARS_WORDS):
        return chunks, i
    for end in range(k + 1, len(chunks)):
        if chunks[end] in (("word", "is"), ("word", "are")):
            if any(c[0] == "word" and c[1] in _PROPERTY_WORDS for c in chunks[k:end]):
                return chunks, i
            return chunks[:i] + chunks[end:] + [("sep", ",")] + chunks[k:end], i
    return chunks, i


def _bound(c):
    """(variable, end, is_lower, strict) for a constraint a v + b > 0 (>=, <, <=) in one variable with a, b real
    numbers, a rational; else None."""
    if not isinstance(c, (sp.StrictGreaterThan, sp.GreaterThan, sp.StrictLessThan, sp.LessThan)):
        return None
    free = c.free_symbols
    if len(free) != 1:
        return None
    (v,) = free
    g = sp.expand(c.lhs - c.rhs if isinstance(c, (sp.StrictGreaterThan, sp.GreaterThan)) else c.rhs - c.lhs)
    if not g.is_polynomial(v) or sp.degree(g, v) != 1:
        return None
    a, b = sp.Poly(g, v).all_coeffs()
    if not (a.is_Rational and b.is_number and b.is_real) or b.has(sp.Float):   # exact ends only
        return None
    return v, -b / a, bool(a > 0), isinstance(c, (sp.StrictGreaterThan, sp.StrictLessThan))


def _implied_polynomial_bounds(domain: list) -> list:
    r"""Polynomial constraints with rational coefficients implied by an interval l < v < r of one variable whose ends
    are irrational algebraic numbers (the inflection points of calculus exercises: $(-\frac{1}{\sqrt{2}},
    \frac{1}{\sqrt{2}})$, $(0, \sqrt{3})$). Each is implied by the interval, so adding it leaves the domain the same
    set, and the sign rules can read it (they read rational bounds and polynomial constraints, not sqrt(2)):

    - (v - l)(r - v) > 0 (>= 0 when an end is closed), when l + r and l r are rational: 2 v^2 < 1 for +-1/sqrt(2);
    - else v^2 < max(l^2, r^2) (<= when an end with that square is closed), when that square is rational:
      v^2 < 3 on (0, sqrt(3)).

    (Not on a half-line x > sqrt(3): x^2 > 3 is convex only jointly with x > 0, and the checker reads the end
    sqrt(3) itself, exactly (``check.constants``): its sign rules need no polynomial stand-in there.)
    """
    bounds: dict = {}
    for c in domain:
        found = _bound(c)
        if found is None:
            continue
        v, end, lower, strict = found
        bounds.setdefault(v, ([], []))[0 if lower else 1].append((sp.radsimp(end), strict))
    out = []
    for v, (lows, highs) in bounds.items():
        try:
            if len(lows) == 1 and len(highs) == 1:
                out.extend(_interval_square(v, *lows[0], *highs[0]))
        except (TypeError, ValueError):   # an order SymPy cannot decide: nothing added
            continue
    return out


def _interval_square(v, l, l_strict: bool, r, r_strict: bool) -> list:
    """The constraint ``_implied_polynomial_bounds`` adds for the interval (l, r) of v, or []."""
    if (l.is_Rational and r.is_Rational) or not (l.is_algebraic and r.is_algebraic) or not bool(l < r):
        return []
    total, product = sp.expand(sp.radsimp(l + r)), sp.expand(sp.radsimp(l * r))   # exact: no guessing
    if total.is_Rational and product.is_Rational:
        g = sp.expand(-v**2 + total * v - product)
        return [g > 0 if l_strict and r_strict else g >= 0]
    squares = [(sp.expand(sp.radsimp(e ** 2)), e_strict) for e, e_strict in ((l, l_strict), (r, r_strict))]
    if not all(q.is_Rational for q, _ in squares):
        return []
    top = max(q for q, _ in squares)
    strict = all(e_strict for q, e_strict in squares if q == top)
    return [v**2 < top if strict else v**2 <= top]


def _restatement(chunks, i: int, parts: _Parts):
    r"""Boyd's "$f(x) = \max\{x_1, \ldots, x_n\}$ with $n = 2$, i.e. $\max\{x_1, x_2\}$, is convex": a formula after
    "i.e." (before the property) restates the function explicitly; the claim is about that formula. The words
    between the function and "i.e." stay (a domain there still applies); "i.e. $...$" is taken out."""
    end = next((k for k in range(i, len(chunks)) if chunks[k] in (("word", "is"), ("word", "are"))), None)
    if end is None:
        return chunks
    for k in range(i, end):
        if chunks[k][1].strip().lower() in ("i.e", "i.e.", "ie") and chunks[k][0] in ("word", "math"):
            j = k + 1
            while j < end and chunks[j][0] == "sep":
                j += 1
            if j < end and chunks[j][0] == "math" and all(c[0] == "sep" for c in chunks[j + 1:end]):
                parts.note = "; ".join(filter(None, [parts.note, f"the function is the formula after 'i.e.', "
                                                                 f"${chunks[j][1].strip()}$"]))
                parts.function = chunks[j][1]
                return chunks[:k] + chunks[end:]
    return chunks


#: Words that name a kind of set before the math that gives it ("the closed unit disk $x^2 + y^2 \le 1$",
#: "the interval $(0, 1)$"): the math alone decides the set, these words are not read.
_SET_NOUNS = {"closed", "open", "unit", "disk", "disc", "ball", "triangle", "positive", "nonnegative", "non-negative",
              "orthant", "quadrant", "interval", "half-line", "half-plane", "halfplane", "half-space", "square",
              "box", "rectangle", "simplex", "strip", "cone", "region", "set", "domain", "the", "octant", "first",
              "negative", "nonpositive", "non-positive", "upper", "lower", "right", "left", "half", "plane",
              "second-order", "lorentz", "ice-cream", "probability", "standard", "quadratic"}


def _describes_set(text: str) -> bool:
    """Whether a piece of prose is only words naming a kind of set (``_SET_NOUNS``)."""
    words = text.split()
    return bool(words) and all(re.fullmatch(r"[A-Za-z-]+", w) and w.lower() in _SET_NOUNS for w in words)


_DOM_PREFIX = re.compile(r"^\s*\\(?:mathbf|mathrm|operatorname|textbf|text|textrm)\s*\{\s*dom\s*\}\s*"
                         r"(?P<name>[A-Za-z])\s*=\s*(?P<set>.+)$", re.S)


def _strip_dom(piece: str, function: str) -> str:
    r"""``\mathbf{dom} f = \mathbb{R}^2_{++}`` -> ``\mathbb{R}^2_{++}`` (Boyd's notation for the domain of f), when f
    is the function the claim defines; a domain of another function is a one-line error."""
    m = _DOM_PREFIX.match(piece)
    if not m:
        return piece
    head = re.match(r"^\s*([A-Za-z])\s*\(", function)
    if not head or head.group(1) != m.group("name"):
        raise _claim_error(f"'dom {m.group('name')}' names the domain of a function the claim does not define")
    return m.group("set")


def _domain_before_property(chunks, i: int, parts: _Parts) -> int:
    """Boyd's wording "$f(x_1, x_2) = x_1 x_2$ on $\\mathbb{R}^2_{++}$ is convex": a domain between the function and
    its property (``on``/``over``/``for``/``with`` and math that is a domain, then ``is``/``are``) is the domain;
    anything else is left for the property reader (which refuses it)."""
    if _split_equation(parts.function) is not None:   # "$f(x) = \sqrt{x}, \quad x \ge 0$ is concave"
        pieces = split_top_level(normalize(parts.function), ",")
        if len(pieces) == 2 and has_relation(pieces[1]) and "=" not in pieces[1] \
                and _classify(pieces[1]) == "domain":
            parts.function = pieces[0]
            parts.domain.append(pieces[1])
    k = i
    while k < len(chunks) and chunks[k][0] == "sep":
        k += 1
    if k > i and k + 1 < len(chunks) and _split_equation(parts.function) is not None and chunks[k][0] == "math" \
            and has_relation(chunks[k][1]) and _classify(chunks[k][1]) == "domain":
        # "f(x)=x^3, x≥0, is convex", "f(x) = 1/x, x < 0 is concave": the definition's domain after a comma
        j = k + 1
        while j < len(chunks) and chunks[j][0] == "sep":
            j += 1
        if j < len(chunks) and chunks[j] in (("word", "is"), ("word", "are")):
            parts.domain.append(chunks[k][1])
            return j
    k, found = i, []
    while k + 1 < len(chunks) and chunks[k] in (("word", "on"), ("word", "over"), ("word", "for"), ("word", "with")) \
            and chunks[k + 1][0] == "math" and _classify(chunks[k + 1][1]) == "domain":
        found.append((chunks[k][1], chunks[k + 1][1]))
        k += 2
        while k < len(chunks) and chunks[k][0] == "sep":
            k += 1
    if found and k < len(chunks) and chunks[k] in (("word", "is"), ("word", "are")):
        parts.domain.extend(piece for _, piece in found)
        parts.stated_sets.extend(piece for word, piece in found if word in ("on", "over"))
        return k
    return i


def _parameter_phrase(chunks, i: int) -> int | None:
    """When the math piece before chunk i is followed by "(is|are|held|kept) [a] (fixed|constant|parameter)",
    the index after that phrase; else None."""
    k = i
    while k < len(chunks) and chunks[k] in (("word", "is"), ("word", "are"), ("word", "held"), ("word", "kept"),
                                            ("word", "an"), ("math", "a")):
        k += 1
    if k < len(chunks) and chunks[k][0] == "word" and chunks[k][1] in ("fixed", "constant", "parameter",
                                                                        "parameters"):
        return k + 1
    return None


_HEAD_SPLIT = re.compile(r"(?<![<>!:\\])=(?!=)")


def _split_equation(math: str) -> tuple[str, str] | None:
    """``lhs = rhs`` at bracket depth 0 (``:=`` too), or None when there is no '='."""
    norm = normalize(math).replace(":=", "=").replace("\\coloneqq", "=").replace("\\equiv", "=")
    pieces = split_top_level(norm, "=")
    if len(pieces) == 1:
        return None
    if len(pieces) > 2:
        raise _claim_error(f"more than one '=' in '{math.strip()}'")
    lhs, rhs = pieces
    if not lhs.strip() or not rhs.strip():
        raise _claim_error(f"incomplete equation '{math.strip()}'")
    return lhs.strip(), rhs.strip()


def _strip_parens(text: str) -> str | None:
    """The inside of ``( ... )`` when the parentheses wrap the whole text, else None."""
    t = text.strip()
    if not (t.startswith("(") and t.endswith(")")):
        return None
    depth = 0
    for k, c in enumerate(t):
        depth += c == "("
        depth -= c == ")"
        if depth == 0 and k < len(t) - 1:
            return None
    return t[1:-1]


def _head(lhs: str) -> tuple[str, list[str] | None]:
    """``f(x, y)`` -> ('f', ['x', 'y']); ``L`` -> ('L', None); ClaimError otherwise."""
    t = lhs.strip()
    m = re.match(r"^(.*?)\s*\((.*)\)$", t, re.S)
    if m and m.group(1).strip() and _strip_parens("(" + m.group(2) + ")") is not None:
        try:
            name = head_name(m.group(1))
        except InputError:
            name = None
        if name is not None:   # heads.py: f(x, y), D(p \| q), \pi(q)
            params = [parse_name(p) for p in head_arguments(m.group(2))] if m.group(2).strip() else []
            return name, params
    return parse_name(t), None


_STYLED_HEAD = re.compile(r"^\\(?:mathrm|operatorname|text|textrm|mathit|textit)\s*\{\s*(?P<name>[A-Za-z][A-Za-z0-9]*"
                          r"(?:\\?_[A-Za-z0-9]+)*)\s*\}\s*\((?P<args>.*)\)$", re.S)


#: ``logistic(x) = ...`` typed without a command: a word of two meanings, defined by the right side
_AMBIGUOUS_HEAD = re.compile(r"^(?P<name>" + "|".join(AMBIGUOUS_WORDS) + r")\s*\((?P<args>.*)\)$", re.S | re.I)


def _equation_head(lhs: str, rhs: str, defs) -> tuple[str | None, list[str] | None, str]:
    r"""The left side of the claim's ``A = B``: (name, arguments, note), the function being B.

    * ``f(x, y) = ...``, ``L = ...``: a name (``_head``); B defines it.
    * ``\mathrm{ReLU}(x) = \max(0, x)``, ``\operatorname{softplus}(x) = ...``: a named function written as a word
      (also typed without a command, ``swish(x) = ...``: ``parsing.text`` writes such a head as a command).
      A name symconvex does not know, or one of CVXPY's that a claim may define (``\operatorname{kl\_div}``,
      ``parsing.DEFINABLE``), is defined by B; a built-in one (relu,
      softplus, sigmoid, ...) must be B: both sides are parsed and must be the same expression (exactly, or
      after SymPy rewrites them in exp and simplifies the difference to 0), else a one-line error. A word of two
      meanings (``vocabulary.AMBIGUOUS_WORDS``: ``logistic`` is the sigmoid or CVXPY's log(1 + e^x)) is defined by
      B, which says which one the writer means (the note says so).
    * a formula (``x \sigma(x) = \frac{x}{1 + e^{-x}}``, ``1 - \sigma(x) = ...``): the claim is about B when A
      is the same function, shown as above; two different formulas are a one-line error (which one is meant?).
    """
    try:
        name, params = _head(lhs)
        return name, params, ""
    except (InputError, ClaimError):
        pass
    m = _STYLED_HEAD.match(lhs.strip()) or _AMBIGUOUS_HEAD.match(lhs.strip())
    if m and all(re.fullmatch(r"\s*[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?\s*", a) for a in split_top_level(m.group("args"))):
        word, args = m.group("name").replace("\\", ""), [parse_name(a) for a in split_top_level(m.group("args"))]
        if word.lower() in AMBIGUOUS_WORDS:
            return word, args, (f"'{word}' may mean {AMBIGUOUS_WORDS[word.lower()]}; the claim's right side says "
                                "which, and the claim is about it")
        if word.lower() not in BUILTINS or word.lower() in DEFINABLE:
            return word, args, ""
    try:
        left = defs.formula(lhs)
    except InputError as exc:
        raise _claim_error(f"cannot read the left side '{lhs}' of '=' ({exc})") from None
    right = defs.formula(rhs)
    if _by_coordinates(left, right):
        return None, None, (f"the left side {pretty(left)} names a function of the vector "
                            f"{', '.join(sorted(s.name for s in left.free_symbols))}, written by its coordinates on "
                            "the right side; the claim is about the right side")
    if not _same_function(left, right):
        raise _claim_error(f"the two sides of '=' are different formulas ({pretty(left)} and {pretty(right)}); "
                           "write the function once, or as 'name(x) = formula'")
    return None, None, (f"the left side {pretty(left)} is the same function as the right side (shown "
                        "symbolically); the claim is about the right side")


def _by_coordinates(left, right) -> bool:
    r"""Whether ``left = right`` writes a function of a vector x on the left (``\|x\|_2``, ``\|x\|_\infty``, read
    as formulas in a scalar x) and the same function by x's coordinates on the right (``\sqrt{x_1^2 + x_2^2}``):
    every symbol on the right is a coordinate x_i of a symbol on the left, and no symbol is on both sides."""
    lnames = {s.name for s in left.free_symbols}
    rnames = {s.name for s in right.free_symbols}
    return bool(lnames and rnames) and not lnames & rnames and all(
        "_" in r and r.split("_")[0] in lnames and r.split("_", 1)[1] for r in rnames)


def _same_function(a, b) -> bool:
    """Whether two expressions are identically equal: the same expression, or their difference rewritten in exp
    (sigmoid, softplus), or with inverse hyperbolic functions as logarithms (arcsinh x = log(x + sqrt(x^2 + 1))),
    simplifies to exactly 0. False when that is not shown (never decided numerically)."""
    if a == b:
        return True
    if a.free_symbols != b.free_symbols:
        return False
    try:
        if sp.simplify((a - b).rewrite(sp.exp)) == 0:
            return True
        inverse = (sp.asinh, sp.acosh, sp.atanh, sp.acoth, sp.asech, sp.acsch)
        difference = a - b
        if difference.has(*inverse):   # arcsinh x = log(x + sqrt(x^2 + 1)): inverse hyperbolics as logarithms
            return sp.simplify(difference.rewrite(sp.log)) == 0
        return False
    except SearchTimeout:   # the claim's time limit, never "not shown equal"
        raise
    except Exception:   # a rewrite SymPy cannot do: not shown equal
        return False


def _flatten_tuple(text: str) -> list[str] | None:
    """``((a, b), c)`` -> ['a', 'b', 'c'] when every leaf is a name; None when the text is not a tuple."""
    inner = _strip_parens(text)
    if inner is None:
        return None
    items = split_top_level(inner)
    if len(items) < 2 and _strip_parens(inner) is None:
        return None
    out = []
    for item in items:
        sub = _flatten_tuple(item)
        if sub is not None:
            out.extend(sub)
        else:
            out.append(parse_name(item))
    return out


def _is_number(value) -> bool:
    return isinstance(value, sp.Expr) and value.is_number and value.is_real is not False \
        and not value.has(sp.zoo, sp.nan, sp.oo, -sp.oo)


@dataclass
class _Definitions:
    functions: dict = field(default_factory=dict)   # name -> FunctionDef
    values: dict = field(default_factory=dict)      # name -> number
    tuples: dict = field(default_factory=dict)      # name -> [names]
    lets: dict = field(default_factory=dict)        # name -> rhs text
    shapes: Shapes = field(default_factory=Shapes)  # vectors and matrices (symconvex.vectors)
    expanded: list = field(default_factory=list)    # the vector formulas read, as (text, Expansion)
    numbers: set = field(default_factory=set)       # names the claim states are numbers (conditions, variables)
    cases: list = field(default_factory=list)       # the values of its cases environments (parsing.cases)
    conditions: list = field(default_factory=list)  # natural conditions of the formulas as written (parse_internal)

    def written_letters(self, body: str) -> set[str]:
        """The names of the letters ``body`` writes, read without SymPy's automatic cancellation (``x^2 + 0 y``,
        ``y - y``, ``\\max(x, y) - \\max(x, y)`` write y); none for a formula of vectors (their coordinates are
        the variables) or one whose unevaluated reading fails."""
        if uses_vectors(body, self.shapes):
            return set()
        try:
            with sp.evaluate(False):
                g = parse_internal(_compose(body, self.functions), functions=self.functions, values=self.values,
                                   numbers=self.numbers, cases=self.cases)
        except Exception:   # noqa: BLE001 -- only a second reading; the formula itself was read by ``formula``
            return set()
        return {s.name for s in g.free_symbols}

    def formula(self, body: str) -> sp.Expr:
        r"""The scalar function ``body`` denotes: expanded by ``symconvex.vectors`` when it uses vectors or matrices
        (the vectors it reads become tuples of their coordinates, so "in $x$" and ``f(x)`` name them), else read by
        ``parse_internal``. A composition of named functions, ``f \circ h``, is the call f(h(t)) (``_compose``)."""
        body = _compose(body, self.functions)
        if uses_vectors(body, self.shapes):
            expansion = expand(body, self.shapes, functions=self.functions, values=self.values)
            for vector, coords in expansion.vectors.items():
                self.tuples.setdefault(vector, list(coords))
            for matrix, (rows, cols) in expansion.matrices.items():
                self.tuples.setdefault(matrix, [e for row in entries(matrix, rows, cols) for e in row])
            self.expanded.append((body, expansion))
            return expansion.function
        return parse_internal(body, functions=self.functions, values=self.values, numbers=self.numbers,
                              cases=self.cases, conditions=self.conditions)


#: a composition of names: "f \circ h", "f ∘ g ∘ h", "(f \circ h)(x)"
_NAME_TOKEN = r"(?:\\[A-Za-z]+|[A-Za-z](?:_\{?\w+\}?)?)"
_COMPOSITION = re.compile(r"(?P<open>\(\s*)?(?P<chain>" + _NAME_TOKEN + r"(?:\s*(?:\\circ(?![A-Za-z])|\u2218)\s*"
                          + _NAME_TOKEN + r")+)(?(open)\s*\)(?P<call>\s*\([^()]*\))?)")


def _compose(body: str, functions: dict) -> str:
    r"""``f \circ h`` (also ``∘``, and ``(f \circ h)(x)``) written as the call ``f(h(t))``, when every name in the chain
    is a function the claim defines of one argument (t: the innermost one's argument, or the argument of the call
    written after the bracket). Composition is application, (f ∘ h)(t) = f(h(t)), so the function is the same; a
    chain with any other name is left as written (and refused by the reader)."""
    def call(m):
        names = [n.strip() for n in re.split(r"\\circ(?![A-Za-z])|\u2218", m.group("chain"))]
        if not all(_name_or_none(n) in functions and len(functions[_name_or_none(n)].params) == 1
                   for n in names):
            return m.group(0)
        arg = (m.group("call") or "").strip()[1:-1].strip() if m.group("call") else \
            functions[_name_or_none(names[-1])].params[0]
        text = arg
        for n in reversed(names):
            text = f"{n}({text})"
        return text
    return _COMPOSITION.sub(call, body) if ("\\circ" in body or "\u2218" in body) else body


#: a name with primes: f', f'', f''' (also the characters ′ and ″, and ^{\prime})
_PRIMED = re.compile(r"(?<![A-Za-z\\])(?P<name>\\?[A-Za-z]+(?:_\{?\w+\}?)?)\s*(?P<primes>'{1,3}|\u2032{1,3}|\u2033"
                     r"|\^\s*\{\s*(?:\\prime\s*){1,3}\}|\^\s*\\prime(?![A-Za-z]))")


def _derivatives(text: str, defs: _Definitions) -> tuple[str, str]:
    r"""The function text with each primed name of a function the claim defines of one argument, ``f'``, ``f''``
    (``f^{\prime}``, ``f′``), written as a new defined function: its derivative of that order, computed exactly by
    SymPy from the definition's formula (so "Let $f(x) = x^3$. Then $f'$ is convex" is about 3x²). Refused for a
    formula with kinks (|.|, max, min, cases), whose derivative is not everywhere defined. Any other prime is left
    for the reader to refuse. Returns the text and a note ("" when no prime was read)."""
    said = []

    def one(m):
        name = _name_or_none(m.group("name"))
        fd = defs.functions.get(name)
        if fd is None or len(fd.params) != 1:
            return m.group(0)
        primes = m.group("primes")
        order = primes.count("'") + primes.count("\\prime") + primes.count("\u2032") + 2 * primes.count("\u2033")
        base = fd.body if fd.body is not None else defs.formula(fd.body_text)
        derivative = sp.diff(base, symbol(fd.params[0]), order)
        if base.has(sp.Abs, sp.Max, sp.Min, sp.Piecewise) or derivative.has(
                sp.Derivative, sp.Subs, sp.sign, sp.Heaviside, sp.DiracDelta):
            raise _claim_error(f"{name}{chr(39) * order} is the derivative of {name}, whose formula has kinks: write the "
                               "derivative's formula instead")
        new = f"{name}_{{d{order}}}"
        defs.functions[new] = FunctionDef(new, list(fd.params), f"the derivative of order {order} of {name}",
                                          derivative)
        said.append(f"{name}{chr(39) * order} is the derivative of {name}: {pretty(derivative)}")
        return new

    out = _PRIMED.sub(one, text) if any(c in text for c in "'\u2032\u2033") or "\\prime" in text else text
    return out, "; ".join(said)


def _name_or_none(text: str) -> str | None:
    """The name ``text`` spells, or None."""
    try:
        return parse_name(text)
    except InputError:
        return None


def _stated_numbers(parts: _Parts) -> set[str]:
    r"""The names the claim states are numbers: those in a condition (``for $\lambda > 0$``, ``on $x > 0$``) and the
    variables it lists (``in $w_1, w_2$``). A bracket after such a name is a product (``\lambda(w_1^2 + w_2^2)``),
    never a function the claim does not define. Pieces that cannot be read add nothing (they are refused later)."""
    names: set[str] = set()
    for piece in [*parts.domain, *parts.parameters, *parts.weak_parameters]:
        try:
            if has_relation(piece):
                names |= {s.name for c in parse_domain(piece) for s in c.free_symbols}
            else:
                names |= {v.name for v in parse_variables(piece)}
        except InputError:
            continue
    try:
        names |= {v.name for v in parse_variables(", ".join(parts.variables))} if parts.variables else set()
    except InputError:
        pass
    return names


def _read_definitions(pieces: list[str], literals: list = ()) -> _Definitions:
    defs = _Definitions(shapes=Shapes(literals=list(literals)))
    equations = []
    for piece in pieces:
        norm = re.sub(r"\\text\s*\{\s*and\s*\}|\\quad|\\qquad|;", ",", normalize(piece))
        current = ""
        for part in split_top_level(norm):
            # a part without '=' continues the previous equation's right side (a tuple written loosely)
            if current and "=" not in part:
                current += "," + part
            else:
                if current:
                    equations.append(current)
                current = part
        if current:
            equations.append(current)
    for eq in equations:
        split = _split_equation(eq)
        if split is None:
            raise _claim_error(f"expected a definition 'name = value', found '{eq.strip()}'")
        lhs, rhs = split
        lhs_tuple = _strip_parens(lhs)
        if lhs_tuple is not None and len(split_top_level(lhs_tuple)) > 1:
            names = [parse_name(p) for p in split_top_level(lhs_tuple)]
            rhs_inner = _strip_parens(rhs)
            values = split_top_level(rhs_inner) if rhs_inner is not None else [rhs]
            if len(values) != len(names):
                raise _claim_error(f"'{eq.strip()}' gives {len(values)} values for {len(names)} names")
            for n, v in zip(names, values):
                _set_value(defs, n, v)
            continue
        word = _STYLED_HEAD.match(lhs.strip()) or _AMBIGUOUS_HEAD.match(lhs.strip())
        if word and word.group("name").replace("\\", "").lower() in DEFINABLE | set(AMBIGUOUS_WORDS):
            # "where $\operatorname{logistic}(z) = \log(1 + e^{z})$": the claim says which function the name is
            name = word.group("name").replace("\\", "")
            params = [parse_name(a) for a in split_top_level(word.group("args"))]
        else:
            name, params = _head(lhs)
        array = array_value(rhs, defs.shapes.literals) if params is None else None
        if array is not None:     # A = \begin{pmatrix} ... \end{pmatrix}, a = (1, 2): a given matrix or vector
            if name in defs.shapes.arrays:
                raise _claim_error(f"{name} is given two values")
            defs.shapes.arrays[name] = array
            continue
        if params is not None:
            if name in defs.functions:
                raise _claim_error(f"function {name} is defined twice")
            defs.functions[name] = FunctionDef(name, params, rhs)
            continue
        names = _flatten_tuple(rhs)
        if names is not None:
            defs.tuples[name] = names
            continue
        _set_value(defs, name, rhs)
    return defs


def _declare_vectors(parts: _Parts, defs: _Definitions) -> list | None:
    r"""Take the vector declarations out of the domain pieces into ``defs.shapes`` (``vectors.declare``), with the
    tuples ``x = (x_1, x_2)`` of the definitions; returns the constraints they put on the coordinates, or None."""
    for tuple_name, names in defs.tuples.items():
        defs.shapes.vectors.setdefault(tuple_name, _expand(names, defs.tuples))
    parts.domain, constraints = declare(parts.domain, defs.shapes, defs.values, lambda: _sole_argument(parts, defs))
    return constraints


def _coordinates_of_argument(params: list[str], f, defs: _Definitions) -> None:
    """``f(x) = 100(x_2 - x_1^2)^2 + (1 - x_1)^2`` (Boyd, Nocedal-Wright): the one argument x does not occur, its
    coordinates x_1, x_2 do, so x is the vector (x_1, ..., x_m), m the largest index written."""
    if len(params) != 1 or params[0] in defs.tuples:
        return
    vector, present = params[0], {s.name for s in f.free_symbols}
    if vector in present:
        return
    pattern = re.compile(re.escape(vector) + r"_(?:\{(\d+)\}|(\d))")
    indices = [int(m.group(1) or m.group(2)) for n in present for m in [pattern.fullmatch(n)] if m]
    if indices and max(indices) <= MAX_SIZE:
        defs.tuples[vector] = coordinates(vector, max(indices))


def _sole_argument(parts: _Parts, defs: _Definitions) -> str | None:
    """The one variable a claim is about, when it names exactly one: its listed variable ("in $x$"), the one
    argument of ``f(x) = ...``, or the one unsubscripted name of its formula (given values, arrays and functions
    aside); else None."""
    if parts.variables:
        names = [v.name for v in parse_variables(", ".join(parts.variables))]
        return names[0] if len(names) == 1 else None
    split = _split_equation(parts.function)
    if split is not None:
        try:
            params = _head(split[0])[1]
        except InputError:   # a formula on the left (\|x\|_1 = |x_1| + |x_2|): the right side names the variables
            params = None
        if params is not None:
            return params[0] if len(params) == 1 else None
    full, _ = names_in(parts.function if split is None else split[1])
    given = set(defs.values) | set(defs.functions) | set(defs.shapes.arrays) | set(defs.lets) | FUNCTION_NAMES
    names = {n for n in full if "_" not in n and n not in given and n != "e"}
    return names.pop() if len(names) == 1 else None


def _set_value(defs: _Definitions, name: str, rhs: str) -> None:
    if name in defs.values or name in defs.lets:
        raise _claim_error(f"{name} is given two values")
    value = parse_internal(rhs, functions=defs.functions, values=defs.values)
    bare = sorted(str(v) for v in getattr(value, "free_symbols", ()) if str(v) in defs.functions)
    if bare:   # "r = p + s" with p(t) = t^2 defined: p there is the function, not a number (never read as a variable)
        raise _claim_error(f"{bare[0]} is a function the claim defines, but {name} = {rhs.strip()} uses it without "
                           f"its argument: write {name}'s definition with arguments, e.g. {name}(t) = {bare[0]}(t) + ...")
    if _is_number(value):
        defs.values[name] = value
    else:
        defs.lets[name] = value


def _expand(names: list[str], tuples: dict, seen=()) -> list[str]:
    out = []
    for n in names:
        if n in tuples:
            if n in seen:
                raise _claim_error(f"the tuple {n} contains itself")
            out.extend(_expand(tuples[n], tuples, (*seen, n)))
        else:
            out.append(n)
    return out


#: Names that conventionally denote a function: alone and undefined they are an error, never a variable.
FUNCTION_NAMES = {"f", "g", "h", "F", "G", "H", "L", "ell", "phi", "varphi", "psi", "rho", "varrho", "Phi", "Psi"}
_BUILTIN_WORD = re.compile(r"^\\?(?:(?:operatorname|mathrm|text|textrm|mathop)\s*\{\s*([A-Za-z]+)\s*\}|([A-Za-z]+))$")


#: the words a claim typed without $...$ may have just before its first formula (besides the claim language's own)
_PLAIN_LEADS = {"recall", "note", "hint", "hmm", "hey", "well", "suppose", "assume", "given", "since", "because",
                "whether", "why", "how", "come", "believe", "guess", "sure", "think", "know", "heard", "says", "said",
                "told", "indeed", "obviously", "clearly", "trivially", "certainly", "surely", "really", "also", "too",
                "please", "pls", "plz", "can", "could", "would", "should", "does", "do", "did", "u", "you", "confirm",
                "check", "verify", "determine", "decide", "explain", "prove", "show", "claim", "true", "false",
                "question", "quick", "q", "exercise", "problem", "example", "lemma", "theorem", "fact", "homework",
                # nouns naming the formula that follows ("the negative entropy x log x", "the polynomial x^2 - 1")
                "entropy", "norm", "penalty", "regularizer", "regulariser", "regularization", "divergence",
                "likelihood", "log-likelihood", "polynomial", "quadratic", "cubic", "quartic", "parabola", "form",
                "error", "energy", "potential", "utility", "density", "barrier", "expression", "term", "sum",
                "product", "ratio", "mean", "average", "distance", "metric", "kernel", "model", "formula", "curve",
                "surface", "graph", "value", "transform", "perspective", "conjugate", "envelope", "softmax",
                "log-sum-exp", "logsumexp", "huber", "hinge", "mse", "mae", "rmse", "objective", "criterion"}


#: a formula that looks like a function's argument written without brackets: x, 2x, x^2, x_1, 0.5t
_ARGUMENT_LIKE = re.compile(r"\s*(?:\d+(?:\.\d+)?\s*)?[A-Za-z](?:_\{?\w+\}?)?(?:\^\{?\w+\}?)?\s*")


def _refuse_applied_word(plain: str) -> None:
    """A claim typed without $...$ whose first formula looks like an argument (x, 2x, x^2) and follows a word the claim
    language does not know, with only a space between ("sgn x is convex", "sen 2x is convex on [0, pi/2]", "erfi x"):
    the word may be a function applied without brackets (the sign, sine in Spanish, the imaginary error function),
    which the reader would drop as a lead word and answer about x or 2x. Refused in one line (write the function with
    brackets)."""
    m = re.search(r"(?:^|\s)([A-Za-z][A-Za-z'-]*)\s+\$([^$]*)\$", plain)
    if not m or plain.find("$") != m.start(2) - 1 or not _ARGUMENT_LIKE.fullmatch(m.group(2)):
        return   # a formula of its own after a name ("the logit log(x/(1-x))", "SiLU x*sigmoid(x)") is read
    word = m.group(1).lower()
    if word in _prose_words() | _NAME_LEADS | _BEFORE_VARIABLE | _PLAIN_LEADS:
        return
    raise _claim_error(f"'{m.group(1)} {m.group(2).strip()}': is {m.group(1)} a function applied to "
                       f"{m.group(2).strip()}? write it with brackets, e.g. '{m.group(1)}({m.group(2).strip()})', or "
                       "the formula in $...$")


#: words that may stand just before a lone variable read as the function x ↦ x ("the identity $x$", "Then $x$ is
#: affine"); any other word there may be a function applied without brackets ("sgn x", "sen x", "the sigmoid $x$")
_BEFORE_VARIABLE = {"the", "a", "an", "is", "that", "then", "so", "thus", "hence", "therefore", "now", "here", "claim",
                    "show", "prove", "verify", "check", "function", "map", "mapping", "identity", "variable",
                    "coordinate", "projection", "linear", "affine", "real", "scalar", "and", "ok", "yes", "no", "if",
                    "let", "consider", "whether", "not", "true", "false", "obviously", "clearly", "trivially"}


def _bare_subject(text: str, defs: _Definitions, variables: list[str], word_before: str = ""):
    """A claim whose function is a bare name (CLAIMS.md): ``$f$`` with ``where $f(x) = ...$`` is that function
    over its own arguments; ``$\\sigma$``, ``$\\tanh$``, ``$\\exp$``, ``$\\operatorname{softplus}$`` are the built-in
    functions of one variable (named by "in $z$", else x); a name that denotes no function (``$x$``) is the
    affine function x of that variable, and the note says so -- unless the claim defines functions and this name
    is none of them ("Let $p(t) = t^3$. Then $r$ is convex"), which is refused. Returns (name, params, f, note), or None when the
    text is not a bare name. A conventional function name (f, g, rho, ...) left undefined is a ``ClaimError``."""
    try:
        name = parse_name(text)
    except InputError:
        match = _BUILTIN_WORD.match(text.strip())
        word = (match.group(1) or match.group(2)).lower() if match else None
        if word not in BUILTINS or BUILTINS[word][0] != 1:
            return None
        name = word
    if _is_builtin(name) and name not in defs.functions and len(variables) > 1:
        raise _claim_error(f"{name} is a function of one variable; the claim lists {len(variables)}")
    named = _named_function(name, defs, _builtin_argument(name, variables), f"'where ${text.strip()}(x) = x^2$'")
    if named is not None:
        f, params, note = named
        return (name if name in defs.functions else None), params, f, note
    if name in defs.values or name in defs.lets:
        return None
    if defs.functions:   # "Let $p(t) = t^3$. Then $r$ is convex": r is no function the claim defines (not a variable)
        raise _claim_error(f"{name} names no function the claim defines (it defines "
                           f"{', '.join(sorted(defs.functions))}); write the claim about a defined function")
    if word_before and word_before not in _BEFORE_VARIABLE:
        # "sgn x is convex", "sen x", "the sigmoid $x$": a function applied without brackets, answered about x ↦ x
        raise _claim_error(f"'{word_before} {text.strip()}': is {word_before} a function applied to {name}? write "
                           f"its formula with brackets, e.g. '{word_before}({name})'")
    return (None, None, symbol(name), f"{name} names no function: it is read as the function {name} ↦ {name} "
            f"(affine in {name})")


def _is_builtin(name: str) -> bool:
    return name.lower() in BUILTINS and BUILTINS[name.lower()][0] == 1


def _builtin_argument(name: str, variables: list[str]) -> str:
    """The variable a built-in function name is applied to: the one the claim names ("in $z$"), else x."""
    return parse_name(variables[0]) if _is_builtin(name) and len(variables) == 1 else "x"


def _named_function(name: str, defs: _Definitions, arg: str, example: str):
    """The function a name denotes, as (its expression, its arguments, a note saying so), or None when the name
    denotes none: a function defined in the claim, over its own arguments; a built-in function of one variable
    (sigma, tanh, ...) applied to ``arg``. A conventional function name (f, g, rho, ...) left undefined is a
    ``ClaimError`` (``example`` shows how to define it). A name the claim gives a formula (``Let $L = (w - 1)^2$``, a
    let-definition) denotes that formula, read where the lets are replaced."""
    if name in defs.values or name in defs.lets and name not in defs.functions:
        return None
    if name in defs.functions:
        fd = defs.functions[name]
        body = fd.body if fd.body is not None else defs.formula(fd.body_text)   # a derivative f' comes read
        return body, list(fd.params), f"{name} is the function defined in the claim, of {', '.join(fd.params)}"
    if _is_builtin(name):
        f = BUILTINS[name.lower()][1]([symbol(arg)])
        return f, [arg], f"{name} is read as the function {sp.sstr(f)} of one variable"
    if name in FUNCTION_NAMES:
        raise _claim_error(f"{name} names a function the claim does not define; add its definition, e.g. {example}")
    return None


def parse_claim(text: str) -> Claim:
    r"""Read a claim (CLAIMS.md "Shape"); ``ClaimError`` with a one-line message when it cannot be read.

    >>> c = parse_claim(r"$\max(0, x)$ is convex")
    >>> c.function, c.property, c.negated
    (relu(x), 'convex', False)
    """
    typed_note = ""
    if isinstance(text, str) and len(text) <= 20000:
        text, typed_note = typed_as_plain(text)   # `x**2` code spans, fullwidth （x－1）: the plain claim
        text = _REAL_LETTER.sub(_real_letter, text)   # "Let a be a real number." is "Let a ∈ ℝ."
        text = _EVERY_REAL.sub(lambda m: f"{m.group('q')} {m.group('var')} \u2208 \u211d,", text)   # For every real a,
        label = opening_label(text)   # kept by typed_as_plain: a letter of it stands alone in the claim
        if label:
            raise _claim_error(f"'{label}' opens the claim: a list label, or a factor of the formula? Drop the label, "
                               "or write the product with \\cdot")
    try:
        claim = _read_claim(text)
        if typed_note:
            for c in (claim, *claim.readings):
                c.note = "; ".join(filter(None, [c.note, typed_note]))
        return claim
    except ClaimError as refused:
        plain = delimit_claim(text) if isinstance(text, str) and len(text) <= 20000 else None
        if plain is None:
            raise
        try:   # typed without $...$: the same text with its formulas delimited (sentences.plain), whose formulas
            for block in re.findall(r"\$([^$]*)\$", plain):   # may hold no word (expm1 as e·x·p·m·1): as typed
                _refuse_words(block)
            if other_of(plain[:plain.find("$")]):   # "the Taylor polynomial of e^x": another function
                raise refused
            _refuse_applied_word(plain)
            claim = _read_claim(plain)
        except InputError:
            raise refused from None
        for c in (claim, *claim.readings):
            c.note = "; ".join(filter(None, [c.note, typed_note, f"typed without $...$, read as: {plain}"]))
        return claim


def _read_claim(text: str) -> Claim:
    try:
        refuse_component_formula(text)   # "the loss of a network with activation $z^2$": z^2 is not the subject
        read, said = _logistic_by_convention(text)
        sentence = read_sentence(read)   # questions with answers, values before the formula, restatements, ...
        data = read_data_phrases(sentence.text)   # data, a model's loss, descriptions in words: the reader's shape
        claim = read_both(sentence.text if data is None else data.text, _parse_claim)   # R^+: both read (halflines.py)
        settle_sentence(sentence, claim, lambda t: read_both(t, _parse_claim), _same_function)
        if data is not None:
            claim = data.settle(claim, read_claim=lambda t: read_both(t, _parse_claim), same=_same_function)
        if said:
            for c in (claim, *claim.readings):
                c.note = "; ".join(filter(None, [c.note, said]))
        return claim
    except ClaimError:
        raise
    except InputError as exc:
        raise _claim_error(exc) from None
    except RecursionError:
        raise _claim_error("the claim is nested too deeply") from None
    except SearchTimeout:
        raise
    except Exception as exc:  # never a traceback for odd text
        raise _claim_error(f"cannot read the claim ({type(exc).__name__})") from None


#: a claim that names CVXPY (or DCP, Convex.jl) uses CVXPY's names: its ``logistic`` is log(1 + e^x)
_CVXPY_WORDS = re.compile(r"\bcvx(?:py)?\b|\bdcp\b|\bconvex\.jl\b", re.I)
_LOGISTIC_CALL = re.compile(r"\\(?:operatorname|mathrm|text|rm)\s*\{\s*logistic\s*\}|(?<![\\A-Za-z_{])logistic(?=\s*\()")


def _logistic_by_convention(text: str) -> tuple[str, str]:
    """(text, note): ``logistic(...)`` in a claim whose own words name CVXPY (or DCP, Convex.jl) is CVXPY's atom
    log(1 + e^x), written as softplus, with a note; any other text is returned as it is (there ``logistic`` alone is
    refused: ``vocabulary.AMBIGUOUS_WORDS``)."""
    if not _CVXPY_WORDS.search(text) or not _LOGISTIC_CALL.search(text):
        return text, ""
    return (_LOGISTIC_CALL.sub(lambda _: "\\operatorname{softplus}", text),
            "the claim names CVXPY, whose logistic(x) is log(1 + e^x) (the softplus; not the sigmoid)")


#: "Is $f$ convex?", "Determine whether ... is convex": a question is answered as the claim it asks about
_QUESTION = re.compile(r"\?\s*$|^\s*(?:is|are|does|determine|decide|check)\b", re.I)


def _parse_claim(text: str) -> Claim:
    literals, by_cases = [], []
    written = text
    text = cases_in_words(text)    # "$x^2$ for $|x| \le 1$ and $2|x| - 1$ otherwise": a cases environment
    if "\\begin" in text:
        text, by_cases = extract_cases(text)
        text, literals = extract_arrays(text)
    parts = _segment(text)
    defs = _read_definitions(parts.definitions, literals)
    defs.numbers = _stated_numbers(parts)
    parts.function, derived = _derivatives(parts.function, defs)
    parts.note = "; ".join(filter(None, [parts.note, derived]))
    case_domain, partial = [], []
    for k, literal in enumerate(by_cases):   # each read on its own: one continuous formula, or a one-line error
        reading_k = read_cases(literal, defs.formula, defs.numbers, defs.values)
        if reading_k.constraints:
            _cases_on_part(k, reading_k, parts, defs)
            case_domain.extend(reading_k.constraints)
            partial.append(reading_k)
        defs.cases.append(reading_k.value)
    parts.domain, joint_domain = joint_sets(   # "on $\mathbb{R}^2_{++}$ in $x$ for fixed $y$": a set over (x, y)
        parts.domain, [v.name for v in parse_variables(", ".join(parts.variables))] if parts.variables else [],
        sorted(_piece_names([*parts.parameters, *parts.weak_parameters])), defs.values)
    declared_domain = _declare_vectors(parts, defs)
    name, params, body, note = None, None, parts.function, parts.note
    written_letters = set()   # the letters of a bare formula as written, before SymPy's cancellations
    if by_cases:
        note = "; ".join(filter(None, [note, ("the definition by cases in words is read as a cases environment; "
                                              if text != written and "\\begin" not in written else "")
                                       + "the cases are read as one continuous formula: " + "; ".join(
            pretty(v) for v in defs.cases) + " (min and max clamp each piece to its interval; the pieces join "
            "continuously)"]))
    if case_domain:
        note = "; ".join(filter(None, [note, "the cases define the function on " + ", ".join(
            pretty(c) for c in case_domain) + " only, which is read as its domain (an end left open is one where "
            "the formula is undefined but the function continuous: its curvature there follows)"]))
    split = _split_equation(parts.function)
    if split is not None:
        lhs, body = split
        name, params, chain = _equation_head(lhs, body, defs)
        note = "; ".join(filter(None, [note, chain]))
        f = defs.formula(body)
        _refuse_second_definition(name, params, f, defs)
    else:
        word = parts.word_before[0] if parts.word_before and parts.word_before[1].strip() == parts.function.strip() \
            else ""
        bare = _bare_subject(parts.function, defs, parts.variables, word)
        if bare is not None:
            name, params, f, note = bare
            note = "; ".join(filter(None, [parts.note, note]))
        else:
            f = defs.formula(body)
            written_letters = defs.written_letters(body)
    if "$" not in text and "\\(" not in text:
        # every piece typed without $...$, not only the function: "for x > 0 obviously" read 0·o·b·v·... = 0
        for piece in [parts.function, *parts.domain, *parts.parameters, *parts.weak_parameters, *parts.variables,
                      *parts.definitions]:
            _refuse_words(piece)
    if symbol("e") in f.free_symbols:
        # e glued to a letter (``ex``, ``2ex^2``, ``xe``) is read as a letter, but e alone is Euler's number: Euler's e
        # times x to a reader of "e x", the variable e to TeX (answered about e·x jointly in (e, x): refuted)
        raise _claim_error("ambiguous 'e' beside a letter (as in 'ex'): Euler's number or a variable e? write "
                           "e \\cdot x for Euler's number, or name the variable otherwise")
    listed = ({v.name for v in parse_variables(", ".join(parts.variables))} if parts.variables
              else set(params or ()))
    f, applied = _apply_function_names(f, defs, listed, parts.variables)
    if applied:
        note = "; ".join(filter(None, [note, applied]))
    # let-definitions (z = w x + b), then data values
    for _ in range(len(defs.lets) + 1):
        lets = {symbol(k): v for k, v in defs.lets.items() if symbol(k) in f.free_symbols}
        if not lets:
            break
        f = f.xreplace(lets)
    values = {symbol(k): v for k, v in defs.values.items()}
    written = f.free_symbols - set(values)
    f = f.xreplace(values)
    # "$(w - 1)^2 + \lambda b^2$ ... where $\lambda = 0$": a letter the formula writes is still a variable when a
    # value makes its term vanish (the function of (w, b) is constant in b; reading it as a function of w alone
    # answered "strictly convex")
    vanished = {s.name for s in written - f.free_symbols}
    # "x^2 + 0 y^2", "x^2 + y - y": SymPy cancels the term as it reads it; the function written is still one of y
    vanished |= {n for n in written_letters if n not in defs.values and n not in defs.lets} - {
        s.name for s in f.free_symbols}
    said = _hold_restatements(f, parts.restatements, defs)
    if said:
        note = "; ".join(filter(None, [note, said]))

    if parts.variables:
        names = [v.name for v in parse_variables(", ".join(parts.variables))]
    elif params is not None:
        names = params
        _coordinates_of_argument(params, f, defs)
    else:
        names = None
    free = {s.name for s in f.free_symbols}
    if names is None:   # a letter written but cancelled (``vanished``) and every coordinate of a vector the formula
        free |= vanished   # uses are variables, also those it does not depend on
        free |= {c for _, e in defs.expanded for coords in e.vectors.values() for c in coords}
        free |= {c for _, e in defs.expanded for m, size in e.matrices.items() for row in entries(m, *size) for c in row}
    expansion = reading(f, defs.expanded, defs.shapes.arrays)
    if expansion:
        note = "; ".join(filter(None, [note, expansion]))
    strong, weak = _piece_names(parts.parameters), _piece_names(parts.weak_parameters)
    readings, joint_hint = [], None
    if names is not None:
        names = _expand(names, defs.tuples)
        names, by_letter = _vectors_by_letter(names, free)
        if by_letter:
            note = "; ".join(filter(None, [note, by_letter]))
        if len(set(names)) != len(names):
            raise _claim_error("a variable is listed twice")
        given = [n for n in names if n in defs.values]
        if given:
            raise _claim_error(f"{given[0]} is listed as a variable but also given a value")
        clash = sorted(strong & set(names))
        if weak & set(names) and not set(names) <= weak:   # "for all $x$" naming every variable only quantifies them
            clash = sorted(set(clash) | (weak & set(names)))
        if clash:
            raise _claim_error(f"{clash[0]} is listed both as a variable and as fixed")
        variables = tuple(symbol(n) for n in names)
        parameters = sorted(free - set(names))  # named variables: every other symbol is a parameter
        if parameters and not free & set(names):  # a function of none of the named variables: a slip
            raise _claim_error(f"the function uses {', '.join(parameters)}, which "
                               f"{'is' if len(parameters) == 1 else 'are'} neither a variable nor given a value, and "
                               f"does not depend on {', '.join(names)}, the variables the claim names")
    else:
        parameters = sorted((strong | weak) & free)
        if weak and not free - set(parameters):
            parameters = sorted(strong & free)   # "for all $x > 0$" about the only symbol: a domain
        worded = _reading_of_wording(free, parts, parameters)
        if worded is not None:   # "$\frac{c^{1-\gamma}}{1-\gamma}$ is concave on $c > 0$ for $\gamma > 1$"
            parameters = worded
            joint_hint = f"write 'jointly in ${', '.join(sp.latex(symbol(n)) for n in sorted(free))}$' for the " \
                         "other reading"
        variables = tuple(symbol(n) for n in sorted(free - set(parameters)))
        if not variables:
            raise _claim_error("the function has no variables")
        if not parameters:
            readings = _parameter_readings(free)
            settled = (_reading_of_set(readings, free, parts.domain, defs.values)
                       or _reading_of_stated_set(readings, free, parts)
                       or _reading_of_conditions(readings, free, parts))
            if settled is not None:   # "$x^a$ is convex on $\mathbb{R}_{++}$ when $a \ge 1$": a function of x
                parameters, readings = settled, []
                variables = tuple(symbol(n) for n in sorted(free - set(parameters)))
                joint_hint = f"write 'jointly in ${', '.join(sp.latex(symbol(n)) for n in sorted(free))}$' for the " \
                             "other reading"
            elif _couples(readings, free, parts.domain):   # "for $s > 0$, $s t > r^2$": one set in (r, s, t)
                readings = []
            else:   # "on $0 < t < 1$ for $0 \le y \le 1$": y fixed is a reading too, whatever its letter
                split = _reading_of_wording(free, parts, [], conventional=False)
                if split is not None and split not in readings:
                    readings.append(split)

    domain = None
    if parts.domain or declared_domain is not None or joint_domain is not None:
        domain, blocks, set_blocks = [], [], []
        for piece in [*parts.domain, *([declared_domain] if declared_domain else []),
                      *([joint_domain] if joint_domain is not None else [])]:
            blocks.append([])
            set_blocks.append(isinstance(piece, str) and piece in parts.domain
                              and (not has_relation(piece) or "\\in" in piece))
            if isinstance(piece, list):      # the orthant of a vector declaration, already by coordinates
                constraints = piece
            else:
                _square_matrix_order(piece, defs.shapes.matrices)
                piece = _ORDER.sub(lambda m: _ORDER_AS[m.group(0)], piece)   # x \succeq 0: componentwise
                if not has_relation(piece):
                    check_space_size(piece, variables, defs.values)
                    constraints = parse_set([v.name for v in variables], piece)
                else:
                    vectors = {n: _expand(names, defs.tuples) for n, names in defs.tuples.items()}
                    constraints = [d for c in parse_domain(piece) for d in componentwise(c, vectors)]
            for c in constraints:
                c = c.xreplace(values)
                if c is sp.true or c is True:
                    continue
                if c is sp.false or c is False:
                    raise _claim_error(f"the domain is empty ({piece.strip()})")
                outside = sorted(s.name for s in c.free_symbols if s not in variables and s.name not in parameters)
                if outside:
                    raise _claim_error(f"the domain uses {', '.join(outside)}, which is not a variable of the function")
                domain.append(c)
                blocks[-1].append(c)
        domain.extend(_implied_signs(domain, variables))
        twice = two_sided_twice(blocks, _bound, set_blocks)   # "on $[0, 2]$ and $[1, 3]$": each interval, not their intersection
        if twice:
            raise _claim_error(f"two intervals for {twice} ('on A and B' is meant for each of them, not for where "
                               "both hold): state one interval per claim")
    unless_holds = ""
    if name and params is not None and not parts.variables and domain:   # f(x) = ... on x^2 + y^2 < 1: coupled.py
        letters = tied([v.name for v in variables], [p for p in parameters if p not in strong | weak], domain)
        if letters:
            variables = (*variables, *(symbol(n) for n in letters))
            parameters = [p for p in parameters if p not in letters]
            note = "; ".join(filter(None, [note, coupled_note(name, list(params), letters)]))
            unless_holds = coupled_refusal(name, list(params), letters, domain)
    if parameters:
        note = " ".join(filter(None, [note, f"{', '.join(pretty(symbol(n)) for n in parameters)} "
                                      f"{'is a parameter' if len(parameters) == 1 else 'are parameters'}: the claim "
                                      "is read for every value its conditions allow" + (f"; {joint_hint}" if joint_hint
                                                                                         else "")]))
    if case_domain:
        outside = sorted({s.name for c in case_domain for s in c.free_symbols} - {v.name for v in variables})
        if outside:
            raise _claim_error(f"the cases split on {outside[0]}, which is not a variable of the function")
        for found in partial:
            _stated_within(domain, found)
        domain = (domain or []) + list(case_domain)
    if domain is None:
        _refuse_odd_roots(f)
        _refuse_lost_conditions(f, _given_values(defs.conditions, values))
    else:
        implied = _implied_polynomial_bounds(domain)
        if implied:
            domain = domain + implied
            note = "; ".join(filter(None, [note, "the interval's irrational ends also give "
                                                 + ", ".join(pretty(c) for c in implied) + " (the same set)"]))
        f, roots_note = read_odd_roots(f, domain, variables)   # x^{1/3} on x < 0: the real cube root
        note = "; ".join(filter(None, [note, roots_note]))
    prop, also, display = parts.prop, list(parts.also), ""
    logs = [p.startswith(("log-", "strictly log-")) and not p.startswith("log-log") for p, _ in [(prop, False), *also]]
    beyond = [p in PROPERTY_WORDS for p, _ in [(prop, False), *also]]
    if any(beyond) and (not all(p in PROPERTY_WORDS or p in PROPERTIES for p, _ in [(prop, False), *also])
                        or parts.remarked or parts.disjunctive or parameters):
        raise _claim_error("a claim of quasiconvexity or log-log curvature is read alone or with other properties "
                           "joined by 'and', without parameters or remarks; state it apart")
    if any(p.startswith("log-log") for p, _ in [(prop, False), *also]):
        # log-log curvature is about f on the positive orthant: every variable > 0 joins the domain
        from .domain import Domain

        positive = [(v, True) for v in variables]
        domain = [c for c in domain or [] if Domain.normalized(c) not in positive] + [v > 0 for v in variables]
    if parts.remarked and (any(logs) or parts.disjunctive):
        raise _claim_error("a remark stating properties is read only after a claim of one property or of several "
                           "joined by 'and' (not log-curvature, not 'or'): remove the remark")
    if any(logs):
        if not all(logs):
            raise _claim_error("a claim mixing log-concavity and concavity is not supported; state them apart")
        # f is log-concave (log-convex) on D: f > 0 on D and log f concave (convex) there. Every proof of the
        # curvature of log f shows its argument f > 0 on the domain; the domain is f's own (given or natural).
        if domain is None:
            from .analysis import natural_domain_constraints

            real = {v: sp.Symbol(v.name, real=True) for v in variables}
            natural = natural_domain_constraints(f.xreplace(real), tuple(real.values()), [])
            domain = [c.xreplace({r: v for v, r in real.items()}) for c in natural]  # [] is all of R^n, not
            # the natural domain of log f (which would drop the points where f <= 0)
        display = f"log({pretty(f)})"
        f = sp.log(f)
        prop = prop.replace("log-", "")
        also = [(p.replace("log-", ""), n) for p, n in also]
        note = "; ".join(filter(None, [note, "log-curvature: read as the curvature of log f, with f > 0 on the "
                                            "domain (every proof of it shows f > 0 there)"]))
    if _QUESTION.search(text):
        note = "; ".join(filter(None, [note, "a question, answered as the claim it asks about: 'holds' is yes, "
                                            "'refuted' is no"]))
    claim = Claim(function=f, variables=variables, domain=domain, property=prop, negated=parts.negated,
                  text=text, name=name, values={k: v for k, v in defs.values.items()}, note=note,
                  parameters=tuple(symbol(n) for n in parameters), also=tuple(also), display=display,
                  disjunctive=parts.disjunctive, remarked=tuple(parts.remarked),
                  universal=tuple(sorted(weak & {s.name for s in f.free_symbols})), unless_holds=unless_holds)
    for params in readings:  # the same claim with conventional parameter letters read as parameters
        rest = tuple(v for v in variables if v.name not in params)
        claim.readings.append(dataclasses.replace(
            claim, variables=rest, parameters=tuple(symbol(n) for n in params), readings=[],
            note=f"{', '.join(params)} read as {'a parameter' if len(params) == 1 else 'parameters'}"))
    return claim


def _cases_on_part(k: int, reading, parts: _Parts, defs: _Definitions) -> None:
    r"""Cases that define the function on a part of the line only ($x \log x$ for $x > 0$, 0 at $x = 0$) are read
    with that part as the domain only when they are the claim's own formula, in the variable they split: inside a
    defined function (``where $\ell(z) = \begin{cases} ...$``) the part would be one of the argument, not of z."""
    mark = "\\casesliteral{%d}" % k
    if mark not in parts.function.replace(" ", "") or any(mark in fd.body_text.replace(" ", "")
                                                          for fd in defs.functions.values()):
        raise _claim_error(f"the cases do not say what the function is for every real {reading.variable} (only on "
                           f"{reading.support}); add a row, e.g. '... & \\text{{otherwise}}'")


def _stated_within(domain: list | None, reading) -> None:
    """A claim about a function its cases define on an interval S only may state no domain (S is then its domain)
    or one that lies in S; a stated domain reaching beyond S is about points where the function is not defined, a
    one-line error. Only constraints in the split variable alone are read for this (others leave it unshown)."""
    if domain is None:
        return
    t = reading.variable
    stated = sp.Interval(-sp.oo, sp.oo)
    for c in domain:
        if c.free_symbols == {t}:
            try:
                stated = stated.intersect(sp.solve_univariate_inequality(c, t, relational=False))
            except (NotImplementedError, ValueError, TypeError):
                continue
    if stated.is_subset(reading.support) is not True:   # the support holds every point a row defines
        raise _claim_error(f"the cases define the function on {reading.support} only, but the claim's domain reaches "
                           f"beyond it ({stated}); state a domain inside it, or none")


def _hold_restatements(f, restatements: list[Restatement], defs: _Definitions) -> str:
    r"""Hold each formula the text says is the function (``remarks``: "(written $-\mathrm{entr}(x)$)", "(composition
    $h(g(x))$ with ...)", a worked title, an appositive) against the function f read: it is read with its own
    definitions (and the claim's) and must be identically f (``_same_function``: exactly, or a difference SymPy
    simplifies to 0), else the two formulas could each be the subject and the claim is a one-line error. An
    appositive whose head is a name that cannot be read as a function here ("$\lambda_{\max}$ of $M$, $F$", when
    the reader has no formula for lambda_max) leaves F the function.
    Returns a note saying what was held, or ""."""
    notes = []
    for said in restatements:
        own = _read_definitions(list(said.definitions), defs.shapes.literals)
        clash = sorted((set(own.functions) & set(defs.functions)) | (set(own.values) & set(defs.values)))
        if clash:
            raise _claim_error(f"{clash[0]} is defined twice ('{said.shown}')")
        own.functions.update(defs.functions)
        own.values.update(defs.values)
        own.shapes.arrays.update(defs.shapes.arrays)
        own.numbers, own.cases = defs.numbers, defs.cases
        try:
            g = own.formula(said.formula)
        except InputError as exc:
            if said.head and _names_no_formula(said.head, defs):
                notes.append(f"'{' '.join(said.shown.split())}' names no function symconvex has a formula for; the "
                             "function is the formula after it")
                continue
            raise _claim_error(f"cannot read '{said.shown}' ({exc}), which the claim gives as its function: remove "
                               "it, or state the claim about one formula") from None
        g = g.xreplace({symbol(k): v for k, v in own.values.items()})
        if not _same_function(f, g):
            raise _claim_error(f"two different formulas could be the function: {pretty(f)} and {pretty(g)} (from "
                               f"'{said.shown}'); state the claim about one of them")
        notes.append(f"'{' '.join(said.shown.split())}' is the same function as {pretty(f)} (shown symbolically)")
    return "; ".join(notes)


def _names_no_formula(head: str, defs: _Definitions) -> bool:
    """Whether the head of an appositive is a name that denotes no function here: not built in, not defined."""
    try:
        name = parse_name(head)
    except InputError:
        return False
    bare = re.sub(r"_.*$", "", name)
    known = set(defs.functions) | set(defs.values) | set(defs.lets)
    return name not in known and bare.lower() not in BUILTINS and name.lower() not in BUILTINS


def _refuse_second_definition(name, params, f, defs) -> None:
    r"""``$f(x) = x^2$ is convex where $f(x) = x^3$``: the claim defines f twice. Answered about the first formula, the
    claim could be about the other one (x^3 is not convex); two formulas that are not the same function (shown
    symbolically, after renaming the arguments) are a one-line error."""
    other = defs.functions.get(name) if name else None
    if other is None or params is None or len(other.params) != len(params):
        return
    g = defs.formula(other.body_text).xreplace({symbol(a): symbol(b) for a, b in zip(other.params, params)})
    if not _same_function(f, g):
        raise _claim_error(f"{name} is defined twice, as {pretty(f)} and as {pretty(g)}; define it once")


def _vectors_by_letter(names: list, free: set) -> tuple[list, str]:
    r"""Variables named by a vector's letter ("$\log(1 + e^{-(w_1 + 2 w_2)})$ is convex in $w$"): a listed letter
    that the formula does not use, while it uses coordinates of it (w_1, w_2, ...), is the vector of those coordinates,
    every one of them a variable (a claim about convexity in w is a claim in all of w's coordinates). Returns the
    names and a note ("" when nothing was read so)."""
    out, said = [], []
    for n in names:
        coords = sorted((c for c in free if re.fullmatch(re.escape(n) + r"_\{?[A-Za-z0-9]+\}?", c)),
                        key=lambda c: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", c)])
        if n in free or not coords or "_" in n:
            out.append(n)
            continue
        out.extend(coords)
        said.append(f"'{n}' is read as the vector ({', '.join(coords)}) of its coordinates in the formula")
    return out, "; ".join(said)


def _given_values(written, values) -> list:
    r"""The natural conditions of the formulas as written (g > 0, g >= 0, g != 0) with the values the claim gives
    ("$\frac{1}{p}|x|^p$ with $p = 4$": p != 0 is 4 != 0, true): a condition without a symbol left must be shown
    true exactly, else the formula is undefined at those values (a one-line error); the others are kept."""
    kept = []
    for g, rel in written:
        g = g.xreplace(values) if values else g
        if g.free_symbols:
            kept.append((g, rel))
            continue
        sign = g.is_positive if rel == ">0" else g.is_nonnegative if rel == ">=0" else g.is_nonzero
        if sign is not True:
            raise _claim_error(f"the formula as written is undefined at the values the claim gives "
                               f"({pretty(g)} {rel[:-1]} 0 does not hold)")
    return kept


def _refuse_lost_conditions(f, written) -> None:
    """The natural domain is the set where the formula *as written* is real and finite. SymPy simplifies while the
    formula is built ((√x)^6 is x^3, e^{log x} is x, log x - log x is 0), and the simplified f is defined on a
    larger set: answered on that set, "(√x)^6 is convex" was refuted by x^3 on x < 0. Without a stated domain, a
    condition of the written formula (g > 0, g >= 0, g != 0) that f no longer has is a one-line error asking for the
    domain."""
    from .domain import holds_everywhere, natural_conditions

    present = set(natural_conditions(f))
    for g, rel in written:
        if (g, rel) in present or rel in (">=0", "!=0") and (g, ">0") in present \
                or g.is_number or rel == ">0" and g.is_positive or rel == ">=0" and g.is_nonnegative \
                or rel == "!=0" and (g.is_positive or g.is_negative):
            continue
        if holds_everywhere(g, rel):   # true on all of R^n (1 - σ(z) > 0): nothing is lost
            continue
        shown = {">0": ">", ">=0": "\\ge", "!=0": "\\ne"}[rel]
        raise _claim_error(f"the formula as written is defined only where {pretty(g)} {rel[:-1]} 0, but it "
                           f"simplifies to {pretty(f)}, which is defined on a larger set: give the domain, e.g. "
                           f"'for ${sp.latex(g)} {shown} 0$'")


def _refuse_odd_roots(f) -> None:
    """x^(1/3) is real for x < 0 too (the real cube root), but symconvex evaluates a fractional power only where
    its base is >= 0: without a stated domain the claim would be answered on x >= 0, not on the real line."""
    for node in sp.preorder_traversal(f):
        if isinstance(node, sp.Pow) and node.exp.is_Rational and node.exp.q % 2 == 1 and node.exp.q > 1 \
                and not node.base.is_nonnegative:
            raise _claim_error(f"{pretty(node)} is real for negative {pretty(node.base)} too (an odd root), but "
                               f"symconvex takes it only where {pretty(node.base)} >= 0: give the domain, e.g. "
                               f"'on ${sp.latex(node.base)} \\ge 0$'")


def _apply_function_names(f, defs: _Definitions, listed: set, variables_text: list):
    """A function name used without arguments inside the formula ("$-f$ where $f(x) = \\log x$", "$\\sigma^2$") is
    that function of its own arguments, never a variable: a defined one is replaced by its body, a built-in one
    of one variable (sigma, tanh, ...) by itself applied to x (or the one variable the claim names); an undefined
    conventional function name (f, g, rho, ...) is a ``ClaimError``. Names the claim lists as variables, or states
    are numbers (a condition such as $\\sigma > 0$, a value such as $\\gamma = 2$), stay symbols. Returns (f, a
    note saying what was read, or "")."""
    read = []
    for s in sorted(f.free_symbols, key=lambda s: s.name):
        name = s.name
        if name in listed or (name in defs.numbers and name not in defs.functions) or name in defs.values:
            continue   # a name given a number ("where $\\sigma = 2$") is that number, not the function
        arg = _builtin_argument(name, variables_text)
        if _is_builtin(name) and name not in defs.functions and any(t.name == arg for t in f.free_symbols
                                                                      if t is not s):
            raise _claim_error(f"{name} is a function; write it with its argument, e.g. '{name}({arg})'")
        named = _named_function(name, defs, arg, f"'where ${name}(x) = x^2$', or list it as a variable "
                                                 f"('in ${name}$')")
        if named is not None:
            f = f.xreplace({s: named[0]})
            # the formula's natural conditions name the function too ("$\log f$": f > 0): the same replacement
            defs.conditions[:] = [(g.xreplace({s: named[0]}), rel) for g, rel in defs.conditions]
            read.append(named[2])
    return f, "; ".join(read)


#: the words a formula written without $...$ may hold: the function names it reads, and a few commands
_KNOWN_WORDS = set(PLAIN_WORDS) | {"pi", "frac", "cdot", "left", "right"}


def _refuse_words(text: str) -> None:
    """A formula written without $...$ may not contain words ("ridge regression is convex" is not a product of
    letters): a run of three or more letters that names no function is a one-line error, and so is a short word of a
    sentence standing alone ("so x^2") or a lone article ending the formula (the plain reader reads them as words);
    a capital E raised to a power is Euler's number or a variable E: refused, never guessed."""
    text = glued_function_words(python_syntax(text))   # np.exp(x), sinx: the words the formula reader reads
    text = re.sub(r"^\s*[A-Za-z][A-Za-z0-9]{2,}(?=\s*\([^()=]*\)\s*(?::=|=))", " ", text)   # swish(x) = ...: a name
    text = re.sub(r"(?<![A-Za-z])(?:" + "|".join(w for w in PLAIN_WORDS if "_" in w) + r")(?=\s*\()", " ",
                  text.replace("\\_", "_"))   # kl_div(x, y): one function word, never the words kl and div
    text = re.sub(r"(?<![A-Za-z])(?:log1p|expm1|log2|log10|exp2|logaddexp|hypot|power|cbrt)(?=\s*\()", " ", text)   # parsing.text reads these
    bare = re.search(r"(?<![\\A-Za-z_])(max|min|maximum|minimum)(?![A-Za-z])(?!\s*[({\[])", text)
    if bare:   # "max is convex" was read as the product a·m·x, "max_i x_i is convex" as a·m·x_i² (refuted)
        raise _claim_error(f"'{bare.group(1)}' needs its arguments, e.g. '{bare.group(1)}(0, x)'")
    words = [w for w in re.findall(r"(?<![\\A-Za-z])[A-Za-z]{3,}", text) if w.lower() not in _KNOWN_WORDS]
    if _EULER_CAPITAL.search(text):   # "E^x is convex" (Wolfram's E) was read as a power of a variable E
        raise _claim_error("ambiguous 'E^': write e^ for Euler's number, or name the variable otherwise")
    short = _SHORT_PROSE.search(text) or _TRAILING_ARTICLE.search(text)
    if short and not words:
        words = [short.group(1)]
    if words:
        raise _claim_error(f"'{words[0]}' is a word, not a formula: write the function in $...$ "
                           "(e.g. '$x^2$ is convex'), or name a network for a claim about networks")


#: a short word of a sentence standing alone between the tokens of a formula typed without $...$: "so x^2 is
#: convex" is not the product o·s·x² (``sentences.plain`` reads it as a word)
_SHORT_PROSE = re.compile(r"(?:^|(?<=\s))(so|ok|no|my|we|me|us|am|he|do|at|by|as|to|up|be|it|an|or|of|if|is|on|in)"
                          r"(?=\s|$)", re.I)
#: a capital E raised to a power, typed without $...$: Euler's number in Wolfram and calculators, a variable to TeX
_EULER_CAPITAL = re.compile(r"(?<![\\A-Za-z_])E\s*(?:\^|\*\*)")
#: "Is x^2 + y^2 a convex function?": a lone "a" after a finished operand, ending the formula, is the article
_TRAILING_ARTICLE = re.compile(r"(?<=[\w)\]}!'])\s+(a)\s*$")


#: Letters that conventionally name parameters (a x^2, e^{kx}, x^p): an unnamed claim using them has two readings.
PARAMETER_LETTERS = {"a", "b", "c", "k", "m", "n", "p", "q", "r", "alpha", "beta", "gamma", "lambda", "mu",
                     "A", "B", "C", "M", "P", "Q", "X"}   # capitals: the data of ‖Ax - b‖², ‖Xw - y‖²
PARAMETER_LETTERS |= set(CONVENTIONALLY_POSITIVE)   # weights, temperatures, scales: conventions.py


_GREEK_NAMES = set(_GREEK.split("|"))


def _parameter_readings(free: set[str]) -> list[list[str]]:
    r"""For a claim that names no variables: the parameter reading (conventional parameter letters as parameters,
    the rest as variables) when it differs from the joint one and leaves a variable. When every letter is a
    parameter letter ($\frac{c^{1-\gamma}}{1-\gamma}$, $a^\alpha$), the Greek letters are the parameter reading's
    parameters (a Latin letter names the argument of a textbook's utility or power function)."""
    params = sorted(n for n in free if n.split("_")[0] in PARAMETER_LETTERS)
    if len(params) == len(free):   # every letter a parameter letter (c and gamma): the Greek ones are the parameters
        params = sorted(n for n in free if n.split("_")[0] in _GREEK_NAMES)
    readings = [params] if params and len(params) < len(free) else []
    data = data_letter_reading(free)   # "$(w x - y)^2$": the weights' reading, the data fixed (model_letters)
    return readings + [data] if data and data not in readings else readings


def _set_dimension(piece: str, values: dict) -> int | None:
    r"""The number of coordinates of a domain written as a set without a relation: n for ``\mathbb{R}^n``,
    ``\mathbb{R}^n_{++}``; 1 for a subset of the real line (``\mathbb{R}_{++}``, ``(0, \infty)``, ``[0, 1]``);
    None for a domain written with relations (``x > 0``) or a set that cannot be read."""
    if has_relation(piece):
        return None
    try:
        found = declaration(f"z \\in {piece}", values)
    except InputError:
        return None
    if found is not None:
        size = found[1]
        return size[0] if len(size) == 1 else None
    try:
        parse_set(["z"], piece)
    except InputError:
        return None
    return 1


def _reading_of_set(readings: list[list[str]], free: set[str], pieces: list, values: dict) -> list[str] | None:
    r"""The parameters, when a domain written as a set settles which reading the claim means: a set with as many
    coordinates as the parameter reading has variables, and not as many as the joint reading has, names the
    domain of a function of those variables only. "$x^a$ is convex on $\mathbb{R}_{++}$ when $a \ge 1$" and
    "$|x|^p$, for $p \ge 1$, is convex on $\mathbb{R}$" are about functions on a subset of the real line, so
    about x^a for each a (read jointly, (a, x) would need a set in the plane). None: no set settles it."""
    if len(readings) != 1:
        return None
    params = readings[0]
    rest = len(free) - len(params)
    dims = [_set_dimension(piece, values) for piece in pieces]
    dims = [d for d in dims if d is not None]
    if dims and all(d == rest for d in dims) and rest != len(free):
        return params
    return None


def _reading_of_stated_set(readings: list[list[str]], free: set[str], parts: _Parts) -> list[str] | None:
    r"""The parameters, when the set the function is stated on ("on" / "over" a domain with relations) is about the
    parameter reading's variables exactly, and the parameter letters are constrained only by the other conditions
    ("for" / "when" / "if"): "$\frac{c}{x}$ is strictly convex on $x > 0$ for $c > 0$" is about c/x as a function
    on x > 0, for each c > 0 (read jointly, the function's set would be one in (c, x)). None: nothing settles it."""
    if len(readings) != 1 or not parts.stated_sets:
        return None
    params = set(readings[0])
    stated = _piece_names(parts.stated_sets)
    conditions = _piece_names([p for p in parts.domain if p not in parts.stated_sets])
    if stated == free - params and params <= conditions:
        return readings[0]
    return None


def _reading_of_wording(free: set[str], parts: _Parts, known: list[str], conventional: bool = True) -> list[str] | None:
    r"""The parameters, when the wording alone settles them: the set the function is stated on ("on" / "over")
    names some letters S, the other conditions ("for" / "when" / "if") name only the remaining letters T (besides
    those already said to be parameters, "for every $b$"), and every letter of T is one that conventionally names
    a parameter. "$\frac{c^{1-\gamma}}{1-\gamma}$ is concave on $c > 0$ for $\gamma > 1$" and "$\frac{a}{x} + bx$
    is convex on $x > 0$ for $a \ge 0$ and any $b$" are about a function of c (of x) for each allowed value of the
    others: read jointly, the function's set would be one in all the letters, and a condition on T alone does not
    describe such a set. This holds whatever letters S uses (c, a, k are also parameter letters, which left the
    conventional reading with no variable). None: nothing settles it, or a condition ties T to S. With
    ``conventional`` False, T may use any letters: that split is then one more reading of the claim, not the
    reading ("$x y$ is convex on $x > 0$ for $y > 0$" is answered only where it and the joint reading agree)."""
    if not parts.stated_sets:
        return None
    try:
        stated = _piece_names(parts.stated_sets)
        conditions = _piece_names([p for p in parts.domain if p not in parts.stated_sets])
    except InputError:
        return None
    rest = free - stated - set(known)
    if not stated or not stated < free or not rest or not stated <= free:
        return None
    if not rest <= conditions or conditions & stated:
        return None
    if conventional and any(n.split("_")[0] not in PARAMETER_LETTERS for n in rest):
        return None
    return sorted(rest | set(known))


def _reading_of_conditions(readings: list[list[str]], free: set[str], parts: _Parts) -> list[str] | None:
    r"""The parameters, when the claim states no set for the function and its only conditions ("for" / "if" /
    "when") are about the parameter reading's letters: "$a x^2$ is convex if $a > 0$" is CLAIMS.md's own example of
    a claim that says its parameters: a x^2 as a function of x, for each a > 0 (read jointly, it would be a function
    on a half-plane in (a, x), which a condition on a alone does not describe). None: a set is stated, a condition
    names another letter, or there is no condition, or the function holds a sum with a symbolic number of terms
    (``sum_reading`` marks it SUM1_i: its own reader settles which letters are data)."""
    if len(readings) != 1 or parts.stated_sets or not parts.domain or any(n[:3] == "SUM" for n in free):
        return None
    if not all(has_relation(piece) for piece in parts.domain):
        return None
    try:
        names = _piece_names(parts.domain)
    except InputError:
        return None
    return readings[0] if names and names <= set(readings[0]) else None


def _couples(readings: list[list[str]], free: set[str], pieces: list) -> bool:
    r"""Whether a stated domain constraint ties a parameter letter to the other symbols ($s t > r^2$): the domain is
    then one set in all of them, so the letter is a variable like the rest (a parameter's conditions are about the
    parameter alone; read as a parameter, r would move the variables' set, which no claim here means)."""
    if len(readings) != 1:
        return False
    params = set(readings[0])
    for piece in pieces:
        if not has_relation(piece):
            continue
        try:
            constraints = parse_domain(piece)
        except InputError:
            continue
        for c in constraints:
            names = {n.name for n in c.free_symbols}
            if names & params and names & (free - params):
                return True
    return False


def _implied_signs(domain: list, variables) -> list:
    r"""The signs of variables that the stated constraints imply, as constraints of their own: a constraint
    a v - q > 0 (>= 0) with a > 0 a number, v a variable and q >= 0 everywhere (SymPy's assumptions: |x|,
    sqrt(x^2 + y^2), x^2 + y^2) gives v > 0 (v >= 0), as on the second-order cone |x| < t or sqrt(x^2 + y^2) <= t.
    The set is the same; the rules read a variable's sign off such a bound. None for a variable already bounded
    below by 0 or more."""
    from .domain import Domain

    def bounded(v) -> bool:
        for c in domain:
            g, _ = Domain.normalized(c)
            if g.free_symbols == {v} and sp.degree(g, v) == 1 and g.coeff(v) > 0 and -(g - g.coeff(v) * v) >= 0:
                return True
        return False

    out = []
    forms = [Domain.normalized(c) for c in domain]
    pairs = [(sp.expand(g1 + g2), s1 or s2) for k, (g1, s1) in enumerate(forms) for g2, s2 in forms[k + 1:]]
    for g, strict in forms + pairs:   # a pair: -t < x < t adds up to 2t > 0
        for v in variables:
            a = g.coeff(v) if g.is_Add or g.is_Mul or g == v else sp.Integer(0)
            if not (a.is_Rational and a > 0) or (g - a * v).has(v):
                continue
            rest = g - a * v
            if (rest.free_symbols or rest == 0) and (-rest).is_nonnegative and not bounded(v) and all(
                    (o.lhs - o.rhs) != v for o in out):
                out.append(sp.StrictGreaterThan(v, 0) if strict else sp.GreaterThan(v, 0))
    return out


def _piece_names(pieces) -> set[str]:
    """The names a list of math pieces mentions ("$y$", "$a > 0$", "$a, b$")."""
    names: set[str] = set()
    for piece in pieces:
        if has_relation(piece):
            for c in parse_domain(piece):
                names |= {s.name for s in c.free_symbols}
            member = _VARIABLE_MEMBERSHIP.fullmatch(normalize(piece).strip().strip("$"))
            if member is not None and _names_variables(member.group(1)):
                # "for fixed $y \in \mathbb{R}$": a membership of the whole line gives no constraint, but names y
                names |= {v.name for v in parse_variables(member.group(1))}
        else:
            names |= {v.name for v in parse_variables(piece)}
    return names


# ------------------------------------------------------------------------------------------ answers

@dataclass
class ClaimResult:
    """The answer to a claim: ``holds`` True / False / None (undecided), backed by ``certificates`` that the
    independent checker accepted (``verified``)."""

    claim: Claim
    holds: bool | None
    curvature: str
    certificates: list
    verified: bool
    analysis: object = None
    explanation: str = ""
    seconds: float = 0.0
    #: The answers of the claim's other readings (``Claim.readings``), when it has any.
    readings: list = field(default_factory=list)
    #: Both conditional answers when a parameter's conventional sign decides the claim (``conventions.settle``).
    conditions: str = ""
    #: Answered on the open side of a stated closed end where the function is undefined (``_on_open_boundary``): a
    #: proof of P there holds on the stated domain only with the function's limits (or +-infinity) at that end.
    on_open_side: bool = False

    @property
    def facts(self) -> dict:
        """The proven facts (name -> indices of ``certificates``), as in ``Analysis.facts``."""
        return dict(self.analysis.facts) if self.analysis is not None else {}

    def to_dict(self) -> dict:
        c = self.claim
        return {
            "claim": c.text,
            "function": sp.sstr(c.function),
            "variables": [v.name for v in c.variables],
            "domain": None if c.domain is None else [sp.sstr(x) for x in c.domain],
            "property": c.property,
            "negated": c.negated,
            "reading": c.note or None,
            **({"parameters": [p.name for p in c.parameters]} if c.parameters else {}),
            **({"readings": [r.to_dict() for r in self.readings]} if self.readings else {}),
            **({"conditions": self.conditions} if self.conditions else {}),
            "holds": self.holds,
            "curvature": self.curvature,
            "facts": {k: list(v) for k, v in self.facts.items()},
            "certificates": [cert.to_dict() for cert in self.certificates],
            **({"domain_certificate": self.domain_certificate} if self.domain_certificate else {}),
            "verified": self.verified,
            "explanation": self.explanation,
            "error": None,
        }

    @property
    def domain_certificate(self) -> dict | None:
        """The checked proof that the domain is convex, when its constraints are convex only jointly."""
        return getattr(self.analysis, "domain_certificate", None)

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=indent)

    def answer(self) -> str:
        """A short human answer."""
        word = ANSWER_WORDS[self.holds]
        lines = [f"{word}: {self.claim.statement()}"]
        lines.append(f"  curvature: {self.curvature}")
        if self.claim.note:
            lines.append(f"  ({self.claim.note})")
        if self.analysis is not None:
            lines.append(f"  {self.analysis.facts_line()}")
        word = PROPERTY_WORDS.get(self.claim.property, self.claim.property.removeprefix("strictly "))
        for cert in sorted(self.certificates, key=lambda c: word not in c.statement):  # the claim's side first
            lines.append(f"  {cert.summary()}")
            if cert.note:
                lines.append(f"    ({cert.note})")
        if self.certificates:
            lines.append("  every certificate was accepted by the independent checker")
        if self.holds is None and self.explanation:
            explanation = self.explanation
            if self.certificates and explanation == "no certificate was found":  # the facts above are proved
                explanation = f"no certificate was found that proves or refutes '{self.claim.property}'"
            lines.append(f"  {explanation}")
        for r in self.readings:
            lines.append(f"  other reading ({r.claim.note}): {ANSWER_WORDS[r.holds]}: {r.claim.statement()}")
        return "\n".join(lines)

    __str__ = answer


def check_claim(text: str, timeout: float | None = None) -> ClaimResult:
    r"""Read and answer a claim (a sentence about a kind of network, without a formula, is a family claim:
    ``families.check_family_claim``, whose result has the same ``holds``, ``certificates``, ``verified``,
    ``to_json`` and ``answer``). ``timeout`` (seconds, default 60) bounds reading and the search; a search
    that runs out of time gives ``holds`` None. A claim that cannot be read raises ``ClaimError``.

    >>> check_claim(r"$f(x,y) = xy$ is convex", timeout=10).holds
    False
    """
    timeout = DEFAULT_TIMEOUT if timeout is None else float(timeout)
    if timeout <= 0:
        raise _claim_error("the timeout must be positive")
    from .parsing.screen import text_problem

    problem = text_problem(text)   # empty, too long, or bytes that are not text: one line, before any reading
    if problem:
        raise _claim_error(problem)
    from .tool_statements import read_tool_statement

    tool = read_tool_statement(text)   # ConvexOn ℝ (Set.Ici 0) f, convex_on UNIV f, FunctionConvexity[f, x] == 1
    if tool is not None:
        return _check_tool_statement(text, tool, timeout)
    start = time.monotonic()
    text = _with_ellipsis_sums(_ZERO_LOG_ZERO.sub("", text))
    try:
        return _check_read(text, timeout)
    except ClaimError as refused:
        # refused as one claim: several claims in one sentence ("$x^2$ and $x^3$ are convex"), each answered on its own
        from .sentences.compound import split_compound

        compound = split_compound(text)
        if compound is None and delimit(text) is not None:   # typed without $...$: "x^2 and x^3 are convex"
            compound = split_compound(delimit(text))
        if compound is None:
            raise refused from None
    from .compound_claims import check_compound

    return check_compound(text, compound, max(timeout - (time.monotonic() - start), 0.05), check_one=_check_read,
                          parse=parse_claim, answer=_answer)


#: The convention "0 log 0 = 0" stated beside a claim: the value of x log x at 0 is its limit there, which is how a
#: closed side where log is undefined is answered anyway (``_on_open_boundary``), so the remark changes nothing.
_ZERO_LOG_ZERO = re.compile(r"\s*\(?\s*(?:with|where|using)\s+(?:the\s+convention\s+)?\$\s*0\s*\\?(?:log|ln)\s*0\s*=\s*0"
                            r"\s*\$\s*\)?", re.I)
def _check_tool_statement(text: str, tool, timeout: float):
    """A statement written for another tool (``tool_statements.read_tool_statement``), answered as the claim it
    makes; the reading says so. The tools' functions are total (Lean's log 0 = 0), so a proof that carries over to a
    closed end only by limits or +-infinity (``_on_open_boundary``) is not an answer about them: undecided (a
    refutation there rests on points where both functions agree, and stands)."""
    result = check_claim(tool.claim, timeout)
    reading = f"read as the {tool.tool} statement: {tool.claim}"
    total = f"{tool.tool}'s functions are total (log 0 = 0, x / 0 = 0): a proof on the stated set by the function's " \
            "limits there is not a proof about them"
    if not hasattr(result, "claim"):   # a compound claim (Mathematica's "convex and not affine"): by its parts
        by_limits = any(getattr(p.result, "on_open_side", False) for p in result.subclaims)
        result.notes = [reading, *result.notes, *([total] if tool.total and by_limits and result.holds else [])]
        if tool.total and by_limits and result.holds:
            result.holds = None
        return result
    result.claim.note = "; ".join(n for n in (reading, result.claim.note) if n)
    if tool.total and result.holds is True and not result.claim.negated and getattr(result, "on_open_side", False):
        return dataclasses.replace(result, holds=None, explanation=f"{total}; {result.explanation}")
    return result


def _with_ellipsis_sums(text: str) -> str:
    r"""Each math block's ``e^{x_1} + \cdots + e^{x_n}`` written as the sum it stands for, ``\sum_{i=1}^{n} e^{x_i}``
    (``parsing.text.ellipsis_sums``), before any reading: the readers of sums with a symbolic count read it."""
    from .parsing.text import ellipsis_sums

    if not re.search(r"\\(?:cdots|ldots|dots)", text):
        return text
    return re.sub(r"\$([^$]+)\$", lambda m: "$" + ellipsis_sums(m.group(1)) + "$", text)


def _check_read(text: str, timeout: float):
    """One claim, as written; when that is refused, with a property word typed with one slip read as the word
    (``sentences.typos``: "covnex"), or a claim about a neighbourhood of a point ("locally convex near $x = 1$",
    ``neighbourhoods``)."""
    start = time.monotonic()
    try:
        return _check_one(text, timeout)
    except ClaimError as exc:
        refused = exc
    from .neighbourhoods import check_local, read_local
    from .restrictions import check_restricted_claim
    from .sentences.typos import read_typos

    left = max(timeout - (time.monotonic() - start), 0.05)
    restricted = check_restricted_claim(text, left, parse=parse_claim, answer=_answer)   # "on $x + y = 1$"
    if restricted is not None:
        return restricted
    if read_local(text) is not None:
        return check_local(text, left, parse=parse_claim, answer=_answer, decide=decide_all)
    typo = read_typos(text)
    if typo is None:
        raise refused
    try:
        result = _check_one(typo[0], left)
    except ClaimError:
        raise refused from None
    if hasattr(result, "claim") and hasattr(result.claim, "note"):
        result.claim.note = "; ".join(n for n in (result.claim.note, *typo[1]) if n)
    return result


def _check_one(text: str, timeout: float):
    """One claim, as written (``check_claim`` without compound sentences and slips)."""
    from .families import check_family_claim, looks_like_family_claim
    from .saddle_claims import check_saddle_claim, looks_like_saddle_claim

    if looks_like_family_claim(text):  # a sentence about a kind of network, without a formula
        return check_family_claim(text, timeout=timeout)
    if looks_like_saddle_claim(text):  # "$f$ has a saddle point at $(0, 0)$"
        return check_saddle_claim(text, timeout=timeout, parse=parse_claim)
    from .matrix_atoms import check_matrix_claim

    def member(other):   # a member of size 2 of a matrix claim, as a claim about its entries
        try:
            return _check_plain(other, max(timeout / 4, 0.05))
        except ClaimError:
            return None

    atoms = check_matrix_claim(text, timeout, member=member)   # log det X, x^T A x for A PSD, ...: every size
    if atoms is not None:
        return atoms
    from .matrix_rows import check_matrix_norm_claim, gram_norms, matrix_letters
    from .vector_norms import check_vector_norm_claim, vector_letters

    normed = gram_norms(text)   # (Xw - y)^T (Xw - y) = ||Xw - y||_2^2
    letters = matrix_letters(normed)   # ||Xw - y||^2 with X undeclared: a matrix of any size, not a number
    vectors = {} if letters else vector_letters(text)   # ||w||_1 with w undeclared: a vector of any dimension
    if not letters and not vectors:
        return _check_names(text, timeout)
    start = time.monotonic()
    plain = _once(lambda: _check_plain(text, max(timeout - (time.monotonic() - start), 0.05)))

    def every_dimension(rewritten):
        from .data_vectors import check_data_vector_claim

        try:
            return check_data_vector_claim(rewritten, timeout=timeout / 2, parse=parse_claim, answer=_answer)
        except ClaimError:
            return None

    if letters:
        result = check_matrix_norm_claim(normed, letters, rows=every_dimension, numbers=plain)
        if normed != text and getattr(result, "text", text) == normed:
            result.text = text
        return result
    result = check_vector_norm_claim(text, vectors, dimensions=every_dimension, numbers=plain)
    if result.holds is None:
        # the norms by coordinates (a sum over every size n) may prove the claim for every dimension; a refutation by
        # one member is not taken here (vector_norms answers 'not P' only when it holds for every dimension)
        try:
            other = _check_names(text, max(timeout - (time.monotonic() - start), 0.05), plain=plain)
        except ClaimError:
            return result
        if other.holds is True and "by coordinates" in getattr(other, "reason", "") and not other.claim.negated:
            return other
    return result


def _once(compute):
    """``compute()`` run at most once: later calls give its first result again (or raise its first error again)."""
    memo = []

    def once():
        if not memo:
            try:
                memo.append((compute(), None))
            except ClaimError as error:
                memo.append((None, error))
        value, error = memo[0]
        if error is not None:
            raise error
        return value
    return once


def _check_names(text: str, timeout: float, plain=None):
    """A claim without a matrix in a norm: as read, with the names it writes as vectors or matrices of unstated size
    (``matrix_rows.vector_names``) answered by ``_check_vector_names``; a claim refused for a vector of unstated size
    (``\\max_i x_i``) may be refuted by its member of size 2 (``matrix_rows.refute_by_member``). ``plain()``, when
    given, is the plain reading's answer already computed for ``text`` (``_check_plain``)."""
    from .matrix_rows import refute_by_member, vector_names

    names = vector_names(text)   # (Xw - y)^T (Xw - y), tr(X^2), ||x|| undeclared: vectors and matrices of any size
    start = time.monotonic()
    plain = plain or (lambda: _check_plain(text, timeout))
    try:
        return plain() if not names else _check_vector_names(text, names, timeout, plain)
    except ClaimError as refused:
        def member(other):
            try:
                return _check_plain(other, max(timeout - (time.monotonic() - start), 0.05))
            except ClaimError:
                return None

        answer = refute_by_member(text, str(refused), member=member)
        if answer is None:
            raise
        return answer


def _check_vector_names(text: str, names: list, timeout: float, plain):
    """A claim whose ``names`` are written as vectors or matrices of unstated size (``matrix_rows.vector_names``):
    the plain reading ``plain()`` (each a number) decides only what its member of size 1 settles
    (``matrix_rows.check_number_reading``)."""
    from .data_vectors import check_data_vector_claim
    from .matrix_rows import check_number_reading

    start = time.monotonic()
    result = plain()

    def left() -> float:
        return max(timeout - (time.monotonic() - start), 0.05)

    def member(other):
        try:
            return _check_plain(other, left())
        except ClaimError:
            return None

    def every_dimension(other):
        try:
            return check_data_vector_claim(other, timeout=left(), parse=parse_claim, answer=_answer)
        except ClaimError:
            return None

    return check_number_reading(text, names, result, member=member, every_dimension=every_dimension)


def _check_plain(text: str, timeout: float):
    """One claim about functions of numbers, vectors of stated sizes, or data vectors of any dimension."""
    start = time.monotonic()
    try:
        with time_limit(timeout):
            claim = parse_claim(text)
    except SearchTimeout:
        raise _claim_error(f"reading the claim took longer than {timeout:g} s") from None
    except ClaimError:
        from .sentences.general import general_statement
        from .symbolic_sums import check_symbolic_sum_claim, looks_like_symbolic_sum

        theorem = general_statement(text)   # "the composition of two convex functions is convex": a theorem
        if theorem:
            raise _claim_error(theorem) from None
        from .data_vectors import check_data_vector_claim

        # inner products and norms of vectors of any dimension d (data_vectors)
        try:
            result = check_data_vector_claim(text, timeout=timeout, parse=parse_claim, answer=_answer)
        except ClaimError:   # the one-dimensional reading cannot be read either: the reader's error stands
            result = None
        if result is not None:
            return result
        if not looks_like_symbolic_sum(text):
            raise
        # \sum_{i=1}^{n} with n unknown: a claim about every n and every data (symbolic_sums)
        result = check_symbolic_sum_claim(text, timeout=timeout, parse=parse_claim, answer=_answer)
        if result is None:
            raise
        return result
    remaining = max(timeout - (time.monotonic() - start), 0.05)
    result = _answer(claim, remaining, start)
    if claim.unless_holds and not _slices_inherit(claim, result):
        raise _claim_error(claim.unless_holds)
    if not claim.readings:
        return result
    others = []
    for alt in claim.readings:
        try:
            others.append(_answer(alt, max(timeout - (time.monotonic() - start), 0.05), start))
        except ClaimError as exc:  # a reading that cannot be analysed (a domain constraint mixing both kinds)
            if not _slices_inherit(claim, result):
                which = alt.label or f"with {', '.join(p.name for p in alt.parameters)} as parameters"
                return dataclasses.replace(result, holds=None, explanation=f"undecided: the reading {which} cannot be "
                                           f"analysed ({exc})")
    answers = {r.holds for r in [result, *others]}
    if len(answers) == 1:   # every reading agrees: the answer stands, the other readings are listed
        result.readings = [*result.readings, *others]
        return result
    lines = [f"{_reading_line(r.claim)}: {_answer_word(r)}" for r in [result, *others]]
    hows = []
    if any(r.claim.label for r in [result, *others]):
        hows.append("write [0, \\infty) or (0, \\infty) for the set")
    split = [r for r in others if r.claim.parameters and not claim.parameters]
    if split:
        hows.append(f"write 'in ${', '.join(v.name for v in split[0].claim.variables)}$"
                    f"{sign_condition(split[0].claim) if split[0].conditions else ''}' for the parameter reading or "
                    f"'jointly in ${', '.join(v.name for v in claim.variables)}$'")
    how = "; ".join(hows)
    return dataclasses.replace(result, holds=None, readings=[*result.readings, *others],
                               explanation="the readings disagree: " + "; ".join(lines) + f" ({how})")


def _square_matrix_order(piece: str, matrices: dict) -> None:
    r"""Refuse an order condition on a declared square matrix of size n >= 2 (``X \succ 0``, ``A > 0``, ``A \ge 0``):
    ``\succ`` / ``\succeq`` state definiteness, not a condition on each entry, and ``>`` / ``\ge`` mean positive
    definite in some texts and entrywise in others; reading either entrywise would answer about other matrices than
    the claim's. (Vectors and non-square matrices keep the entrywise reading, the only one they have.)"""
    if not (has_relation(piece) or _ORDER.search(piece)):
        return
    for name, (rows, cols) in matrices.items():
        if rows == cols >= 2 and re.search(rf"(?<![\\A-Za-z]){re.escape(name)}(?![A-Za-z_])", piece):
            definite = _ORDER.search(piece) is not None
            raise _claim_error(
                f"the condition '{piece.strip()}' on the {rows} x {cols} matrix {name} is "
                + ("a definiteness condition, which is not read by entries" if definite else
                   "ambiguous (positive definite in some texts, entrywise in others)")
                + f": give {name}'s entries, or state the condition on its entries (e.g. '{name}_{{11}} > 0')")


def _reading_line(c: Claim) -> str:
    """One reading of a claim, for the line saying what each reading answers."""
    which = (f"in {', '.join(pretty(v) for v in c.variables)} for every {', '.join(pretty(p) for p in c.parameters)}"
             if c.parameters else f"jointly in {', '.join(pretty(v) for v in c.variables)}")
    return f"{c.label}, {which}" if c.label else which


def _answer_word(result: ClaimResult) -> str:
    return ANSWER_WORDS[result.holds] + (f" ({result.conditions})" if result.conditions else "")


def _slices_inherit(claim: Claim, result) -> bool:
    """Does the joint answer settle every parameter reading too? When f is proved convex (concave, affine,
    strictly convex, strictly concave) jointly on D, its restriction to each slice {parameters fixed} of D is too
    (a slice of a convex set is convex; a segment in a slice is a segment in D), so a reading with some letters
    as parameters holds as well."""
    props = [(claim.property, claim.negated), *claim.also]
    return result.holds is True and all(not negated and prop in ("convex", "concave", "affine", "strictly convex",
                                                                  "strictly concave")
                                        for prop, negated in props)


def _answer(claim: Claim, budget: float, start: float) -> ClaimResult:
    """Answer one reading of a claim within ``budget`` seconds, with the conventional sign of a weight it does not
    bound read both ways (``conventions.settle``)."""
    began = time.monotonic()
    result = settle(_answer_as_read(claim, budget, start),
                    lambda twin: _answer_as_read(twin, max(budget - (time.monotonic() - began), 0.05), start))
    if claim.partial and result.holds is True:
        return dataclasses.replace(result, holds=None, explanation=f"undecided: {claim.partial}")
    if result.holds is None:
        result = _on_open_boundary(claim, result, max(budget - (time.monotonic() - began), 0.05), start)
    return result


def _on_open_boundary(claim: Claim, result: ClaimResult, budget: float, start: float) -> ClaimResult:
    r"""A stated domain that keeps the points where an affine g vanishes (x >= 0) for a function defined only where
    g > 0 (x log x, log x) or g != 0 (1/x): the claim is answered on the domain with that side open (x > 0), where the
    function is defined, and the answer is the claim's when it carries over to the stated domain:

    - a refutation of a property for every point (convex, concave, affine, strictly ...) and a proof of "not P" rest
      on points of the open part, which are points of the stated domain;
    - a proof of convex, concave or affine carries over whatever the function is at g = 0: a convex function of the
      open part stays convex with its limits there (Jensen's inequality passes to limits; a convex function near an
      end is bounded below) and as an extended-value function (+infinity where undefined, Boyd's convention), and
      dually for concave, so CVXPY's entr(x) on x >= 0 (0 log 0 = 0) is concave;
    - a proof of strict convexity (concavity) carries over for one variable: with its limits at the ends the
      function is convex on the closed interval, and Jensen's equality at an inner point of a segment [a, b] would
      make it affine on [a, b] (a convex g <= 0 on [0, 1] with g(0) = g(1) = 0 that vanishes inside vanishes
      everywhere), which strict convexity on the open part excludes; with several variables it does not (the
      limits may be affine on a face of the boundary), so such a claim keeps its undecided answer.
    The answer is the open domain's (its claim, facts and certificates are about the function there, the domain
    as read, which the answer prints). Nothing is answered when the claim states several properties or a remark."""
    from .domain import Domain, natural_conditions

    if not claim.domain or claim.also or claim.remarked or claim.disjunctive or claim.parameters:
        return result
    opened, notes = list(claim.domain), []
    for g, rel in natural_conditions(claim.function):
        if rel not in (">0", "!=0") or not g.free_symbols or not g.free_symbols <= set(claim.variables):
            continue
        try:
            if sp.Poly(g, *claim.variables).total_degree() != 1:
                continue
        except sp.PolynomialError:
            continue
        for k, c in enumerate(opened):
            h, strict = Domain.normalized(c)
            ratio = sp.simplify(h / g)
            if not strict and ratio.is_number and (ratio > 0 or rel == "!=0" and ratio != 0):
                opened[k] = sp.StrictGreaterThan(h, 0)
                notes.append(f"{pretty(g)} = 0")
    if not notes:
        return result
    twin = dataclasses.replace(claim, domain=opened)
    found = _answer_as_read(twin, budget, start)
    strict = claim.property in ("strictly convex", "strictly concave") and len(claim.variables) > 1
    if found.holds is None or (strict and found.holds is not claim.negated):
        return result
    note = (f"the function is undefined where {', '.join(notes)}: answered on "
            f"{', '.join(pretty(c) for c in opened)}, where it is defined; "
            + ("a refutation there refutes the claim" if found.holds is not True or claim.negated else
               "the property holds on the stated domain with the function's limits there (or +-infinity)"))
    return dataclasses.replace(found, explanation="; ".join(filter(None, [note, found.explanation])),
                               on_open_side=True)


def _answer_as_read(claim: Claim, budget: float, start: float) -> ClaimResult:
    """Analyze one reading of a claim within ``budget`` seconds and decide it from the proven facts."""
    analysis, explanation = None, ""
    beyond = [p for p, _ in [(claim.property, claim.negated), *claim.also] if p in PROPERTY_WORDS]
    try:
        with time_limit(budget):
            if beyond:   # quasiconvexity, log-log curvature: ``quasiconvexity`` (facts beyond curvature)
                from .quasiconvexity import analyze_beyond

                analysis = analyze_beyond(claim.function, list(claim.variables), claim.domain, beyond,
                                          timeout=budget)
            elif claim.parameters:
                from .parametric import analyze_parametric

                analysis = analyze_parametric(claim.function, list(claim.variables), list(claim.parameters),
                                              claim.domain, timeout=budget)
            else:
                analysis = analyze(claim.function, list(claim.variables), claim.domain, timeout=budget)
    except SearchTimeout:
        explanation = f"the analysis ran out of time after {seconds_text(budget)} s"
    except InputError as exc:
        raise _claim_error(exc) from None
    except RecursionError:
        explanation = "the analysis failed: expression nested too deeply"
    except Exception as exc:  # an engine failure is an undecided answer, never a wrong one or a traceback
        explanation = f"the analysis failed ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})"
    if analysis is None:
        return ClaimResult(claim=claim, holds=None, curvature=Verdict.UNKNOWN.value, certificates=[],
                           verified=False, analysis=None, explanation=explanation,
                           seconds=time.monotonic() - start)
    verified = analysis.verified
    holds = decide_all(claim, analysis.facts) if verified else None
    return ClaimResult(claim=claim, holds=holds, curvature=analysis.curvature.value,
                       certificates=list(analysis.certificates), verified=verified, analysis=analysis,
                       explanation=analysis.explanation, seconds=time.monotonic() - start)


__all__ = ["Claim", "ClaimResult", "DEFAULT_TIMEOUT", "PROPERTIES", "check_claim", "decide", "parse_claim"]
