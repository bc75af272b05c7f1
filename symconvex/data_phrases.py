r"""Data and models written in words around a claim's formula (layer: text).

People write the loss of a model on data in words: "the squared loss of $f(x) = w_2 \sigma(w_1 x)$ on the data
point $(1, 1)$ is convex in $(w_1, w_2)$", "$(w x + b - y)^2$ at $(x, y) = (2, 1)$, i.e. $(2w + b - 1)^2$, is
convex", "$\ell(w) = (2w - 1)^2$ of a linear model on the example $(x, y) = (2, 1)$ is ...", "$A(\eta) = e^{\eta}$
of the Poisson family is convex", "$(...)^2$, the loss of a ReLU network with two hidden units, is convex", "With the
second layer fixed at $w_2 = 2$, the loss $...$ is convex". This module rewrites such a claim into the shape
``claims`` reads (CLAIMS.md), or refuses it in one line; ``claims`` reads the result. The rules, each keeping the
claim's subject (function, variables, domain) or refusing:

* **Data, never a set.** "on / at / for / over [the] (data) point(s) / example(s) / data / sample(s) /
  observation(s) $(x, y)$" is data: a tuple of numbers, ``(1, 1)``, or named, ``(x, y) = (2, 1)`` (then "on" / "at"
  alone, without the noun, is data too). Several points are joined by commas or "and".
* **The loss of a model on data** ("the squared loss of $f(x) = w x + b$ on the data $(1, 1)$, $(2, 3)$") is built
  from the model's own definition, read by the claim reader as ``where $f(x) = w x + b$``: the squared loss
  sum_i (f(x_i) - y_i)^2 or the absolute loss sum_i |f(x_i) - y_i| (the last coordinate of a point is the label, the
  others the model's inputs). A sum, a mean and a factor 1/2 differ by a positive factor, which changes no
  curvature property (convex, concave, affine, strictly, their negations), so the sum is used and the note says so.
  A loss whose convention is ambiguous (logistic, cross-entropy, hinge, ...: which label convention, logits or
  probabilities) or a loss not named is refused in one line. The variables are the model's parameters (the letters
  of its formula other than its inputs) unless the claim names them. When the claim also writes the loss
  ("..., $(w_2 \sigma(w_1) - 1)^2$, is convex"), that formula is the subject and the built loss must be identically
  the same function, or the same times a positive rational factor (a written mean, a factor 1/2), shown exactly
  (``DataReading.settle``), else the claim is refused.
* **Data in a formula.** A formula that uses the data's names ("$(w x + b - y)^2$ at $(x, y) = (2, 1)$") is taken at
  the data (summed over several points); a formula that uses none of them ("$\ell(w) = (2w - 1)^2$ ... on the
  example $(x, y) = (2, 1)$") already has the data in it: the phrase is dropped, and the note says so.
* **Descriptions.** "of the Poisson family", "of a one-hidden-unit tanh network" (``of`` and words ending in a noun
  such as family, model, network) after a formula that is a function of its letters, and an appositive between
  commas of words only (", the loss of a ReLU network with two hidden units, is"), are dropped only when no word in
  them could change the subject (``_DANGER``: clause, domain, property, regularisation words; a single letter).
* **Fixed, unnamed.** Words that fix something without naming it ("fixed output weights", "With the first layer
  fixed, ...") could make any letter of the formula a parameter. When the claim does not name its variables, the
  claim is read jointly and with every proper subset of its letters as parameters (at most three letters), and is
  answered only when all readings agree (``claims.check_claim``); else it is refused.
* **A leading value.** "With the second layer fixed at $w_2 = 2$, the loss $F$ is ..." is "the loss $F$ is ... where
  $w_2 = 2$": the value is used where F uses the letter (the note says so) and is a label where it does not.

Nothing here reads a formula's value beyond its names, and nothing here evaluates text.

>>> read_data_phrases(r"The squared loss of $f(x) = w x + b$ on the data $(1, 1)$, $(2, 3)$ is convex").text
'$(f(1) - (1))^2 + (f(2) - (3))^2$ is convex in $b, w$ where $f(x) = w x + b$'
>>> read_data_phrases(r"$A(\eta) = e^{\eta}$ of the Poisson family is convex").text
'$A(\\eta) = e^{\\eta}$ is convex'
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field

import sympy as sp

from .errors import ClaimError, InputError
from .parsing import names_in, normalize, parse_expression
from .remarks import MATH, STOP

#: a number as written in a data tuple: 2, -1, 0.5, 1/2, \frac{1}{2}, -\frac{3}{4}
_NUM = r"[-+]?\s*(?:\d+(?:\.\d+)?|\.\d+)(?:\s*/\s*\d+)?|[-+]?\s*\\[dt]?frac\s*\{\s*-?\d+\s*\}\s*\{\s*\d+\s*\}"
_NAME = r"[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?"
_TUPLE = re.compile(r"\(\s*(?P<nums>(?:%s)(?:\s*,\s*(?:%s))+)\s*\)" % (_NUM, _NUM))
_ASSIGNMENTS = re.compile(r"(?:%s)\s*=\s*(?:%s)(?:\s*[,;]\s*(?:%s)\s*=\s*(?:%s))*" % (_NAME, _NUM, _NAME, _NUM))
_NAMED = re.compile(r"\(\s*(?P<names>%s(?:\s*,\s*%s)+)\s*\)\s*=\s*" % (_NAME, _NAME))

#: words that may stand between a preposition and the data: "on the two data points", "at the training example"
_DATA_FILLER = {"the", "a", "an", "one", "two", "three", "four", "single", "given", "following", "data", "training",
                "labelled", "labeled", "observed", "set"}
#: nouns that say the math after them is data
_DATA_NOUNS = {"example", "examples", "data", "datum", "sample", "samples", "observation", "observations", "dataset",
               "training"}
#: nouns that say so only in a claim about a loss or a model ("on the point $(1, 1)$"): elsewhere a point is a point
_WEAK_NOUNS = {"point", "points", "pair", "pairs"}
#: words that make a claim one about a loss or a model
_LOSS_CONTEXT = re.compile(r"\b(?:loss|losses|error|risk|cost|objective|model|network|net|neuron|unit|regression|"
                           r"fit|label|labels|training|predictor|classifier|likelihood|perceptron)\b", re.I)
_PREPS = {"on", "at", "for", "over"}

_SQUARED = re.compile(r"(?:(?:squared|square|quadratic|l[_ ]?2|least[- ]squares?|squared[- ]error)\s+"
                      r"(?:loss|error|cost|objective)|mean\s+squared\s+error|mse|sum\s+of\s+squared?\s+"
                      r"(?:errors|residuals))(?:\s+(?:loss|function))?", re.I)
_ABSOLUTE = re.compile(r"(?:(?:absolute|l[_ ]?1|absolute[- ]error)\s+(?:loss|error|deviation|cost)|mean\s+absolute\s+"
                       r"error|mae)(?:\s+(?:loss|function))?", re.I)
#: the words before "of $f(x) = ...$": lead words, then the loss's name and nothing else
_LOSS_LEAD = re.compile(r"\s*(?:[A-Za-z]+\s*:\s*)?(?:(?:the|a|an|its|our|total|empirical|training|average)\s+)*"
                        r"(?P<loss>[A-Za-z][A-Za-z0-9\-]*(?:\s+[A-Za-z][A-Za-z0-9\-]*){0,3}?)\s*", re.I)
_OTHER_LOSS = re.compile(r"\b(?:logistic|log|cross[- ]?entropy|hinge|exponential|huber|poisson|softmax|"
                         r"negative\s+log[- ]likelihood|nll|bce|ce|0-1|zero-one|pinball|quantile)\b", re.I)

#: words that could change the subject when a dropped description holds them: the claim's clause, domain,
#: property and parameter words (``remarks.STOP``), and words that add a term
_DANGER = (STOP | {"plus", "minus", "added", "adding", "decay", "regularized", "regularised", "regularization",
                   "regularisation", "penalty", "penalized", "penalised", "squared", "times", "scaled", "shifted",
                   "composed", "composition", "inverse", "negated", "negative", "reciprocal", "log", "exp",
                   "conjugate", "perspective", "restricted", "truncated", "derivative", "gradient", "hessian",
                   "integral", "expectation", "expected", "average", "mean", "sum", "max", "min", "weights",
                   "weight", "bias", "biases", "argument", "arguments", "input", "inputs", "variable",
                   "variables", "coordinates", "first", "second", "third", "last", "only", "except", "without",
                   "per", "each"}) - {"with", "and", "data", "function", "linear"}
#: words that say which letters are variables: harmless next to a fixing word, whose readings cover every choice
_VARIABLE_WORDS = {"weights", "weight", "bias", "biases", "input", "inputs", "argument", "arguments", "variable",
                   "variables", "coordinates", "first", "second", "third", "last", "parameter", "parameters", "layer",
                   "layers", "output", "outputs", "each", "all", "every"}
#: words that fix something: when they name no math, any letter could be the one fixed
_FIXING = {"fixed", "fix", "fixing", "frozen", "freeze", "freezing", "held", "holding", "kept", "keeping",
           "constant"}
#: nouns a description "of ..." ends with
_DESC_NOUNS = {"family", "families", "model", "models", "network", "networks", "net", "nets", "neuron", "neurons",
               "unit", "units", "regression", "distribution", "distributions", "predictor", "classifier",
               "regressor", "perceptron", "autoencoder", "machine", "estimator", "problem", "channel", "layer",
               "layers", "form", "kind", "type", "system", "game", "market", "firm", "consumer", "economy",
               "process", "density", "law"}

#: nouns of a model: "of a linear model" after a formula in other letters ($\log(1 + e^{-z})$) could mean the formula
#: composed with the model, a function of its weights, so such a description is dropped only after a formula in
#: weight letters (``_WEIGHT_LETTER``)
_MODEL_NOUNS = {"model", "models", "network", "networks", "net", "nets", "neuron", "neurons", "unit", "units",
                "regression", "predictor", "classifier", "regressor", "perceptron", "autoencoder", "machine",
                "estimator", "layer", "layers"}
_WEIGHT_LETTER = re.compile(r"(?:w|b|u|v|a|c|W|V|U|theta|beta|alpha)(?:_.*)?")
_PROPERTY_AT = re.compile(r"^\s*(?:is|are)\b", re.I)
_VARS_CLAUSE = re.compile(r"\b(?:in|jointly|wrt|w\.r\.t\.?|respect|terms)\b", re.I)
_PARAM_WORDS = re.compile(r"\b(?:fixed|each|every|any|all|arbitrary|parameters?|constant)\b", re.I)
_DEFS_CLAUSE = re.compile(r"\b(?:where|given|using|letting|with(?!\s+respect))\b", re.I)
_GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
          "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "phi", "varphi", "chi", "psi", "omega"}


def _error(message: str) -> ClaimError:
    return ClaimError(" ".join(message.split()))


@dataclass
class DataReading:
    """A claim rewritten into the reader's shape: ``text`` is read instead of the claim; ``notes`` say what was
    rewritten; ``agree`` (when the claim also wrote the loss) is the built loss as a claim whose function must be
    identically the function read; ``fixing`` names the words that fix something unnamed."""

    text: str
    notes: list[str] = field(default_factory=list)
    agree: str | None = None
    fixing: str = ""

    def settle(self, claim, *, read_claim, same):
        """The claim read from ``text``, with the notes, checked against ``agree`` (``read_claim`` reads a text,
        ``same(f, g)`` says two functions are identically equal: exactly, never numerically) and given its readings
        with fixed letters. Raises ``ClaimError`` when the two losses are not shown to be the same function."""
        notes = list(self.notes)
        if self.agree is not None:
            built = read_claim(self.agree)
            factor = _positive_factor(claim.function, built.function)
            if tuple(built.variables) != tuple(claim.variables) or (factor is None and not same(claim.function,
                                                                                                 built.function)):
                raise _error(f"the loss the claim writes is not the loss of its model on its data ("
                             f"{built.function} built from the model): state the claim about one of them")
            notes.append("the loss the claim writes is the one built from its model and data"
                         + (f" times {factor} (a mean or a factor 1/2: the same curvature)" if factor not in (None, 1)
                            else "") + " (shown symbolically)")
        if self.fixing and not _names_variables(self.text):
            claim = _with_fixed_readings(claim, self.fixing)
        note = "; ".join(filter(None, [claim.note, *notes]))
        claim = dataclasses.replace(claim, note=note, readings=[
            dataclasses.replace(r, note="; ".join(filter(None, [note, r.note]))) for r in claim.readings])
        return claim


def _positive_factor(given, built):
    """c when ``given`` = c * ``built`` for a positive rational c, shown exactly (``cancel`` of the quotient of two
    rational functions of the same symbols); else None. A positive factor changes no curvature property."""
    if built == 0 or given.free_symbols != built.free_symbols:
        return None
    try:
        ratio = sp.cancel(sp.together(given / built))
    except Exception:   # a quotient SymPy cannot cancel: not shown
        return None
    return ratio if ratio.is_Rational and ratio > 0 else None


def _with_fixed_readings(claim, words: str):
    """The claim read jointly and with each nonempty proper subset of its variables as parameters: words that fix
    something without naming it may mean any of them."""
    variables = tuple(claim.variables)
    if claim.readings or claim.parameters or len(variables) > 3:
        raise _error(f"'{words}' says something is fixed without naming it: name the variables ('in $...$') or "
                     "the fixed letters ('for fixed $...$')")
    readings = []
    for k in range(1, len(variables)):
        for fixed in itertools.combinations(variables, k):
            rest = tuple(v for v in variables if v not in fixed)
            readings.append(dataclasses.replace(
                claim, variables=rest, parameters=fixed, readings=[],
                note=f"'{words}' could fix {', '.join(p.name for p in fixed)}: read with "
                     f"{'it as a parameter' if k == 1 else 'them as parameters'}"))
    note = (f"'{words}' says something is fixed without naming it: the claim is answered only when it is read "
            "the same jointly and with any of its letters fixed")
    return dataclasses.replace(claim, readings=readings, note="; ".join(filter(None, [claim.note, note])))


def _names_any(prose: str) -> bool:
    """Whether prose names variables or parameters ("in $w$", "for fixed $y$"); its math is not read."""
    prose = MATH.sub(" ", prose)
    return bool(_VARS_CLAUSE.search(prose) or _PARAM_WORDS.search(prose))


def _names_variables(text: str) -> bool:
    """Whether the prose of a claim after its first formula names its variables or parameters ("in $w$", "for
    fixed $y$")."""
    first = MATH.search(text)
    return _names_any(text[first.end():] if first else text)


# ------------------------------------------------------------------------------------------------ data tuples

def _points(inner: str) -> list[tuple[list[str] | None, list[str]]] | None:
    """The data points one math block writes: ``(1, 1)``, ``(1, 1), (2, 3)``, ``\\{(1, 1), (2, 3)\\}``, ``(x, y) =
    (2, 1)``: a list of (names or None, numbers as written); None when the block is anything else."""
    s = normalize(inner).strip()
    values = _ASSIGNMENTS.fullmatch(s)
    if values:   # "x = 1, y = 2": one point with its names
        pairs = re.findall(r"(%s)\s*=\s*(%s)(?=\s*(?:,|;|$))" % (_NAME, _NUM), s)
        return [([n.replace("{", "").replace("}", "") for n, _ in pairs], [num.strip() for _, num in pairs])]
    s = re.sub(r"^\\\{(.*)\\\}$", r"\1", s, flags=re.S).strip()
    s = re.sub(r"\\(?:left|right)(?=[()])", "", s)
    out, pos = [], 0
    while pos < len(s):
        names = None
        m = _NAMED.match(s, pos)
        if m:
            names = [n.replace("{", "").replace("}", "") for n in re.split(r"\s*,\s*", m.group("names").strip())]
            pos = m.end()
        t = _TUPLE.match(s, pos)
        if not t:
            return None
        nums = [n.strip() for n in re.split(r"\s*,\s*(?![^{]*\})", t.group("nums"))]
        if names is not None and len(names) != len(nums):
            raise _error(f"the data point '{inner.strip()}' names {len(names)} letters for {len(nums)} numbers")
        out.append((names, nums))
        pos = t.end()
        sep = re.match(r"\s*(?:,|;|\\text\s*\{\s*and\s*\}|$)\s*", s[pos:])
        if not sep or (not sep.group(0) and pos < len(s)):
            return None
        pos += sep.end()
    return out or None


@dataclass
class _Phrase:
    """A data phrase found in the skeleton: its span, the math blocks it holds, the points, whether a noun says
    it is data."""

    start: int
    end: int
    blocks: list[int]
    points: list
    noun: bool


_MARK = "\u27e6%d\u27e7"
_MARK_RE = re.compile("\u27e6(\\d+)\u27e7")


def _skeleton(text: str) -> tuple[str, list[str], list[str]]:
    """(the text with each math block replaced by a mark, the blocks with their delimiters, their insides)."""
    blocks, inner = [], []

    def mark(m):
        blocks.append(m.group(0))
        inner.append(next(g for g in m.groups() if g is not None))
        return _MARK % (len(blocks) - 1)

    return MATH.sub(mark, text), blocks, inner


def _data_phrases(skel: str, inner: list[str]) -> list[_Phrase]:
    """Every "PREP [filler] [noun] MATH [, MATH | and MATH ...]" in the skeleton whose math is data."""
    found = []
    context = bool(_LOSS_CONTEXT.search(_MARK_RE.sub(" ", skel)))
    vocabulary = "|".join(sorted(_DATA_FILLER | _DATA_NOUNS | _WEAK_NOUNS, key=len, reverse=True))
    for m in re.finditer(r"\b(?:(?:evaluated|computed|measured|taken)\s+)?(?P<prep>on|at|for|over|with)\s+"
                         r"(?P<words>(?:(?:%s)\s+)*)(?=\u27e6)" % vocabulary, skel, re.I):
        words = [w.lower() for w in m.group("words").split()]
        noun = any(w in _DATA_NOUNS for w in words) or (context and any(w in _WEAK_NOUNS for w in words))
        pos, blocks, points = m.end(), [], []
        while True:
            b = _MARK_RE.match(skel, pos)
            if not b:
                break
            try:
                got = _points(inner[int(b.group(1))])
            except ClaimError:
                raise
            if got is None:
                break
            blocks.append(int(b.group(1)))
            points.extend(got)
            pos = b.end()
            join = re.match(r"\s*(?:,\s*and|,|and)\s*(?=\u27e6)", skel[pos:])
            if not join:
                break
            nxt = _MARK_RE.match(skel, pos + join.end())
            try:
                if not nxt or _points(inner[int(nxt.group(1))]) is None:
                    break
            except ClaimError:
                break
            pos += join.end()
        if not blocks:
            continue
        named = all(names is not None for names, _ in points)
        if not noun and not (named and context and m.group("prep").lower() in ("on", "at")):
            continue
        if all(len(nums) == 1 for _, nums in points):   # "$x = 1$ and $y = 2$": one point
            if not named or len(points) < 2:
                continue
            points = [([n for names, _ in points for n in names], [x for _, nums in points for x in nums])]
        found.append(_Phrase(m.start(), pos, blocks, points, noun))
    return found


def _number(text: str) -> str:
    return f"({text.strip()})"


def _latex_name(name: str) -> str:
    base, _, sub = name.partition("_")
    head = "\\" + base if base in _GREEK else base
    return head + (f"_{{{sub}}}" if sub else "")


def _used(names: list[str], texts: list[str]) -> set[str]:
    """The names among ``names`` that some text uses (as written, x_1, or as a base, x)."""
    seen = set()
    for t in texts:
        try:
            written, bases = names_in(t)
        except InputError:
            written, bases = set(re.findall(r"[A-Za-z]\w*", t)), set()
        seen |= written | bases
    return {n for n in names if n in seen}


# ------------------------------------------------------------------------------------------------ the shapes

_MODEL_HEAD = re.compile(r"^\s*(?P<name>[A-Za-z]|\\(?:ell|phi|varphi|psi|rho|eta|theta|mu))\s*(?:_\s*(?:\{[^{}]*\}|"
                         r"\\?[A-Za-z0-9]+))?\s*\(\s*(?P<inputs>[^;|)]*?)\s*(?:[;|]\s*(?P<params>[^)]*))?\)\s*"
                         r"(?::=|=)\s*(?P<body>.+)$", re.S)


_HAT_HEAD = re.compile(r"^\s*\\hat\s*(?:\{\s*[A-Za-z]\s*\}|[A-Za-z])\s*(?:\(\s*(?P<inputs>[^;|)]*?)\s*\))?\s*(?::=|=)\s*"
                       r"(?P<body>.+)$", re.S)


def _model(text: str, inner: list[str]) -> tuple[str, list[str], str] | None:
    r"""(name, inputs, body) of a model's definition ``f(x) = body``, ``f(x; w, b) = body``, ``f_w(x) = body`` or
    ``\hat{y} = body`` (a function of x, named by a letter the claim does not use); None for anything else."""
    head = _MODEL_HEAD.match(text)
    if head:
        inputs = [i.strip() for i in head.group("inputs").split(",") if i.strip()]
        if not inputs:
            return None
        return head.group("name"), inputs, head.group("body").strip()
    hat = _HAT_HEAD.match(text)
    if not hat:
        return None
    body = hat.group("body").strip()
    inputs = [i.strip() for i in (hat.group("inputs") or "").split(",") if i.strip()]
    if not inputs:
        if "x" not in _used(["x"], [body]):
            return None
        inputs = ["x"]
    name = next((n for n in ("f", "g", "h") if not re.search(rf"(?<![A-Za-z\\]){n}(?![A-Za-z])", "".join(inner))),
                None)
    return None if name is None else (name, inputs, body)


def _desc_ok(words: str, *, fixing: bool = False) -> bool:
    """Whether words of a description can be dropped: words only (no single letter but the article "a"), none of
    ``_DANGER`` (with ``fixing``, words naming which letters vary are harmless: every choice is a reading)."""
    words = _ABSOLUTE.sub(" ", _SQUARED.sub(" ", words))   # a loss's name ("the squared loss of ...") only names it
    ws = re.findall(r"[A-Za-z][A-Za-z0-9\-]*", words)
    if re.search(r"[^A-Za-z0-9\-\s,]", words):
        return False
    danger = _DANGER - _VARIABLE_WORDS - _FIXING if fixing else _DANGER
    return all((len(w) > 1 or w.lower() == "a") and w.lower() not in danger for w in ws)


def _fixing(words: str) -> str:
    return words.strip() if any(w.lower() in _FIXING for w in re.findall(r"[A-Za-z]+", words)) else ""


def _in_weights(inner: str) -> bool:
    """Whether a formula's letters are all weight letters (w, b, u, v, theta, ..., with subscripts)."""
    try:
        free = parse_expression(_MODEL_HEAD.sub(lambda m: m.group("body"), normalize(inner))).free_symbols
    except (InputError, Exception):
        return False
    return bool(free) and all(_WEIGHT_LETTER.fullmatch(s.name) for s in free)


def _described(words: str, inner: str) -> bool:
    """Whether a description may be dropped after the formula ``inner``: one naming a model only after a formula
    in weight letters."""
    nouns = {w.lower() for w in re.findall(r"[A-Za-z]+", words)}
    return not nouns & _MODEL_NOUNS or _in_weights(inner)


def _function_of_letters(inner: str) -> bool:
    """Whether a math block is a formula in letters (an equation ``A(x) = ...`` or a formula with free symbols),
    not a bare function name whose "of ..." could be its argument."""
    if "=" in inner:
        return True
    try:
        return bool(parse_expression(inner).free_symbols)
    except (InputError, Exception):
        return False


def _finish(rest: str, extra_vars: list[str] | None, defs: list[str]) -> str | None:
    """The claim's tail from its property on, with the variables the reading names and its definitions."""
    rest = rest.rstrip()
    rest = rest[:-1] if rest.endswith(".") else rest
    if extra_vars and not _names_any(rest):
        rest += " in $" + ", ".join(_latex_name(v) for v in extra_vars) + "$"
    return _append_definitions(rest, [f"${d}$" for d in defs])


def _append_definitions(rest: str, blocks: list[str]) -> str:
    """``rest`` with definitions after it: "where $...$", or ", $...$" after the claim's own definitions (the reader
    tells a definition by its '=' wherever it stands)."""
    if not blocks:
        return rest
    joined = ", ".join(blocks)
    return f"{rest}, {joined}" if _DEFS_CLAUSE.search(MATH.sub(" ", rest)) else f"{rest} where {joined}"


def _loss_terms(kind: str, name: str, n_inputs: int, points) -> str:
    terms = []
    for _, nums in points:
        call = f"{name}({', '.join(nums[:-1])})" if n_inputs else name
        r = f"{call} - {_number(nums[-1])}"
        terms.append(f"({r})^2" if kind == "squared" else f"|{r}|")
    return " + ".join(terms)


def _check_arity(points, n: int, inputs: list[str]) -> None:
    for names, nums in points:
        if len(nums) != n + 1:
            raise _error(f"a data point has {len(nums)} numbers, but the model has {n} input"
                         f"{'s' if n != 1 else ''} and one label: write each point as (inputs, label)")
        if names is not None:
            bases = [nm.split("_")[0] if len(inputs) == 1 else nm for nm in names[:-1]]
            if bases != [i.split("_")[0] if len(inputs) == 1 else i for i in inputs]:
                raise _error(f"the data point names {', '.join(names)}, but the model's input"
                             f"{'s are' if len(inputs) != 1 else ' is'} {', '.join(inputs)}")


def _model_shape(skel, blocks, inner, phrase: _Phrase) -> DataReading | None:
    r"""'[lead] LOSS of [the model words] $f(x) = body$ DATA [, $given$,] is ...', the data phrase also at the start
    ("On the data point $(1, 1)$, the squared loss of ...") or after the property ("... is convex on the data ...")."""
    if phrase.start == 0 or not skel[:phrase.start].strip():
        lead_cut = re.match(r"^\s*,\s*", skel[phrase.end:])
        if not lead_cut:
            return None
        cut = skel[phrase.end + lead_cut.end():]
    else:
        cut = skel[:phrase.start].rstrip() + (" " if re.match(r"\s*[A-Za-z\u27e6]", skel[phrase.end:]) else "") \
            + skel[phrase.end:].lstrip()
    m = re.match(r"^(?P<lead>[^\u27e6]*?)\b(?:of|for)\s+(?P<desc>[^\u27e6]*?)\u27e6(?P<k>\d+)\u27e7(?P<after>.*)$", cut,
                 re.S | re.I)
    if not m:
        return None
    after_model = m.group("after")
    if phrase.start > 0 and skel[:phrase.start].strip() and not re.fullmatch(r"\s*", skel[
            skel.index(_MARK % int(m.group("k"))) + len(_MARK % int(m.group("k"))):phrase.start]):
        # the data after the property: nothing between the model and "is" but the claim's own words
        if not _PROPERTY_AT.match(after_model.lstrip(" ,")):
            return None
    k = int(m.group("k"))
    model = _model(normalize(inner[k]), inner)
    if model is None:
        return None
    name, inputs, body = model
    lead = m.group("lead")
    said = _LOSS_LEAD.fullmatch(lead)
    if not said:
        return None
    after = after_model
    g = re.match(r"^\s*,\s*(?:i\.e\.,?\s*|that\s+is,?\s*)?\u27e6(?P<g>\d+)\u27e7\s*,\s*(?P<rest>(?:is|are)\b.*)$",
                 after, re.S | re.I)
    if g is None:
        g = re.match(r"^\s*,?\s*(?P<rest>(?:is|are)\b.*)$", after, re.S | re.I)
    if g is None:
        return None
    loss = said.group("loss")
    if _SQUARED.fullmatch(loss):
        kind = "squared"
    elif _ABSOLUTE.fullmatch(loss):
        kind = "absolute"
    elif _OTHER_LOSS.search(loss):
        raise _error(f"'{' '.join(lead.split())}' names a loss whose convention the claim does not fix (labels in "
                     "{0, 1} or {-1, 1}, logits or probabilities): write the loss as a formula")
    elif re.search(r"\b(?:loss|error|risk|cost|objective)\b", loss, re.I):
        raise _error("the claim does not say which loss of the model it means: say 'the squared loss' or "
                     "'the absolute loss', or write the loss as a formula")
    else:
        return None
    if not _desc_ok(m.group("desc")):
        return None
    _check_arity(phrase.points, len(inputs), inputs)
    try:
        letters = sorted(s.name for s in parse_expression(body).free_symbols
                         if s.name not in {i.replace("{", "").replace("}", "") for i in inputs})
    except InputError:
        letters = []
    definition = f"{name}({', '.join(inputs)}) = {body}" if inputs else f"{name} = {body}"
    loss = _loss_terms(kind, name, len(inputs), phrase.points)
    rest = _restore(g.group("rest"), blocks)
    shown = "; ".join("(" + ", ".join(nums) + ")" for _, nums in phrase.points)
    what = f"({name}(x_i) - y_i)^2" if kind == "squared" else f"|{name}(x_i) - y_i|"
    note = (f"the {kind} loss of {name} on the data {shown} is built as {what} summed over the points (the sum; "
            "the mean or a factor 1/2 differ by a positive factor and have the same curvature)")
    if letters and not _names_any(rest):
        note += f"; its variables are the model's parameters {', '.join(letters)}"
    built = _finish(rest, letters, [definition])
    if built is None:
        return None
    if g.groupdict().get("g") is not None:
        given = blocks[int(g.group("g"))]
        main = _finish(rest, letters, [])
        return DataReading(text=f"{given} {main}", notes=[note], agree=f"${loss}$ {built}")
    return DataReading(text=f"${loss}$ {built}", notes=[note])


def _formula_shape(skel, blocks, inner, phrases: list[_Phrase]) -> DataReading | None:
    r"""'[lead] $F$ [of DESCRIPTION] [DATA] [, [i.e.] $G$,] is ...' and the appositive '$F$, the ... of ..., is'."""
    first = _MARK_RE.search(skel)
    if not first or "\u27e6" in skel[:first.start()]:
        return None
    k = int(first.group(1))
    lead, after = skel[:first.start()], skel[first.end():]
    phrase = next((p for p in phrases if p.start >= first.end()), None)
    desc, data_used, fixing = "", None, ""
    pos = 0
    d = re.match(r"^\s+(?:of|for|in)\s+(?P<desc>(?:[A-Za-z][A-Za-z0-9\-]*\s*)+?)(?=\s*(?:,|\bis\b|\bare\b|\bon\b|\bat\b|"
                 r"\bfor\b|\bover\b))", after, re.I)
    appositive = re.match(r"^\s*,\s*(?P<desc>(?:the|a|an)\s+[^\u27e6,]*?)\s*,\s*(?=(?:is|are)\b)", after, re.I)
    if d:
        words = d.group("desc").split()
        if not words or words[-1].lower() not in _DESC_NOUNS or not _desc_ok(d.group("desc")) \
                or not _function_of_letters(inner[k]) or not _described(d.group("desc"), inner[k]):
            return None
        desc, pos = d.group(0).strip(), d.end()
    elif appositive:
        words = appositive.group("desc")
        if not any(w.lower() in _DESC_NOUNS for w in re.findall(r"[A-Za-z]+", words)) \
                or not _desc_ok(words, fixing=bool(_fixing(words))) or not _function_of_letters(inner[k]) \
                or not _described(words, inner[k]):
            return None
        fixing = _fixing(words)
        rest = after[appositive.end():]
        note = f"'{' '.join(words.split())}' describes the formula and is not read"
        return DataReading(text=f"{lead}{blocks[k]} {_restore(rest, blocks)}".strip(), notes=[note], fixing=fixing)
    notes, defs_points = [], None
    if phrase is not None and re.fullmatch(r"\s*", after[pos:phrase.start - first.end()]):
        pos = phrase.end - first.end()
        data_used = phrase
    elif not desc:
        return None
    tail = after[pos:]
    g = re.match(r"^\s*,\s*(?:i\.e\.,?\s*|that\s+is,?\s*)\u27e6(?P<g>\d+)\u27e7\s*,\s*(?=(?:is|are)\b)", tail,
                 re.S | re.I)
    given = None
    if g and data_used is not None:
        given, tail = int(g.group("g")), tail[g.end():]
    if not _PROPERTY_AT.match(tail.lstrip(" ,")):
        return None
    rest = _restore(tail.lstrip(" ,"), blocks)
    if desc:
        notes.append(f"'{desc}' describes the formula and is not read")
    if data_used is None:
        return DataReading(text=f"{lead}{blocks[k]} {rest}".strip(), notes=notes)
    formula = inner[k]
    head = _MODEL_HEAD.match(normalize(formula))
    body = head.group("body") if head else formula
    mode, names = _data_use(data_used, [body])
    args = [a.strip() for a in head.group("inputs").split(",") if a.strip()] if head else []
    if names and set(names) & {a.replace("{", "").replace("}", "") for a in args}:
        raise _error(f"the data gives values to {', '.join(names)}, which the function names as its variables")
    shown = "; ".join("(" + ", ".join(nums) + ")" for _, nums in data_used.points)
    if mode == "drop":   # the formula uses none of the data's names: it has the data in it already
        notes.append(f"the data {shown} is not used by the formula, which has it in it already: the phrase is "
                     "a description and is not read")
        if given is not None:
            return None
        return DataReading(text=f"{lead}{blocks[k]} {rest}".strip(), notes=notes)
    if mode == "define":   # each name once: the reader substitutes the values (x_1 = 1, ... also inside a sum)
        notes.append(f"the data {_shown_named(data_used.points)} gives values to the formula's letters")
        built = f"{lead}{blocks[k]} {_finish(rest, None, _definitions(data_used.points))}".strip()
        if given is not None:
            return DataReading(text=f"{lead}{blocks[given]} {rest}".strip(), notes=notes, agree=built)
        return DataReading(text=built, notes=notes)
    fresh = next(n for n in ("g", "h", "q", "u", "v") if not re.search(rf"(?<![A-Za-z\\]){n}(?![A-Za-z])",
                                                                        "".join(inner)))
    calls = " + ".join(f"{fresh}({', '.join(nums)})" for _, nums in data_used.points)
    built = _finish(rest, args or None, [f"{fresh}({', '.join(names)}) = {body}"])
    notes.append(f"the formula is taken at the data {shown} ({', '.join(names)})"
                 + (", summed over the points (the mean or a factor 1/2 have the same curvature)"
                    if len(data_used.points) > 1 else ""))
    if given is not None:
        return DataReading(text=f"{lead}{blocks[given]} {rest}".strip(), notes=notes, agree=f"${calls}$ {built}")
    return DataReading(text=f"{lead}${calls}$ {built}".strip(), notes=notes)


def _definitions(points) -> list[str]:
    """Named data points as the reader's definitions: ``(x_1, y_1) = (1, 2)``."""
    return [f"({', '.join(_latex_name(n) for n in names)}) = ({', '.join(nums)})" if len(names) > 1
            else f"{_latex_name(names[0])} = {nums[0]}" for names, nums in points]


def _shown_named(points) -> str:
    return "; ".join(f"({', '.join(names)}) = ({', '.join(nums)})" for names, nums in points)


def _written(texts: list[str]) -> tuple[set[str], set[str]]:
    """The names the texts use as written (x_1, x_i) and their bases (x)."""
    written, bases = set(), set()
    for t in texts:
        try:
            w, b = names_in(t)
        except InputError:
            w = set(re.findall(r"[A-Za-z]\w*", t))
            b = {n.split("_")[0] for n in w}
        written |= w
        bases |= b | {n.split("_")[0] for n in w}
    return written, bases


def _data_use(phrase: _Phrase, texts: list[str]) -> tuple[str, list[str] | None]:
    """How the data enter formulas: ("drop", None) when they use none of the data's letters (not even indexed,
    x_i); ("define", None) for named points whose names are all different ((x_1, y_1) = ..., (x_2, y_2) = ...: the
    reader's definitions); ("sum", names) for points the formulas take by the letters ``names`` (a bare pair is
    (x, y), and both must be used as written). Anything else is a one-line error."""
    points = phrase.points
    written, bases = _written(texts)
    if len({len(nums) for _, nums in points}) != 1:
        raise _error("the data points have different sizes")
    named = [names for names, _ in points if names is not None]
    if named and len(named) != len(points):
        raise _error("some data points name their letters and some do not: name them all")
    if named:
        flat = [n for names in named for n in names]
        letters = {n.split("_")[0] for n in flat}
        if not (set(flat) & written) and not (letters & bases):
            return "drop", None
        numbered = [n for n in flat if "_" in n]
        if numbered:   # (x_1, y_1) = ...: definitions when the formula numbers its letters, else each point by x, y
            by_number = any("_" in w and w.split("_")[0] in letters for w in written)
            bare = letters & written
            if by_number and bare:
                raise _error(f"the formula uses {', '.join(sorted(bare))} and numbered data letters: write it with "
                             "one kind")
            if by_number:
                return "define", None
            if len(numbered) != len(flat) or len({tuple(n.split("_")[0] for n in names) for names in named}) != 1:
                raise _error("the data points name different letters")
            names = [n.split("_")[0] for n in named[0]]
        elif len(set(flat)) == len(flat):
            return "define", None
        else:
            if len({tuple(names) for names in named}) != 1:
                raise _error("the data points name different letters")
            names = named[0]
    else:
        names = ["x", "y"] if len(points[0][1]) == 2 else None
        if names is None:
            if {"x", "y"} & bases:
                raise _error("the data points do not say which letter each number is: write them as "
                             "$(x, y) = (...)$")
            return "drop", None
        if not {"x", "y"} & bases:
            return "drop", None
    indexed = sorted(w for w in written if "_" in w and w.split("_")[0] in names and w not in names)
    if indexed:
        raise _error(f"the formula uses {indexed[0]}, a numbered data letter: write the data points as "
                     f"$({names[0]}_1, {names[-1]}_1) = (...)$, ... to say which point is which")
    used = {n for n in names if n in written}
    if not named and used != set(names):
        raise _error(f"the formula uses {', '.join(sorted(used)) or 'neither'} of {', '.join(names)}: write the data "
                     "point as $(x, y) = (...)$ to say which number is which")
    return "sum", names


def _restore(skel: str, blocks: list[str]) -> str:
    return _MARK_RE.sub(lambda m: blocks[int(m.group(1))], skel)


_LEADING_WITH = re.compile(r"^\s*(?P<lead>with|when|after|by|if|fixing|setting|freezing|holding)\s+(?P<words>"
                           r"[^\u27e6,]*?)\s*(?P<marks>\u27e6\d+\u27e7(?:\s*(?:,|and)\s*\u27e6\d+\u27e7)*)\s*,\s*"
                           r"(?:then\s+)?(?P<rest>.*\u27e6.*)$", re.S | re.I)
_VALUE = re.compile(r"^\s*(?P<name>%s|\\[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?)\s*=\s*(?:%s)\s*$" % (_NAME, _NUM))


def _leading_values(text: str) -> tuple[str, list[str]]:
    r"""'With the second layer fixed at $w_2 = 2$, REST' -> 'REST where $w_2 = 2$' (the words before the values only
    say what is set: layer, weight, fixed, at, ...)."""
    skel, blocks, inner = _skeleton(text)
    m = _LEADING_WITH.match(skel)
    if not m:
        return text, []
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9\-]+", m.group("words"))]
    allowed = {"the", "a", "an", "first", "second", "third", "last", "output", "input", "hidden", "layer", "layers",
               "weight", "weights", "bias", "biases", "fixed", "set", "held", "frozen", "kept", "at", "to", "equal",
               "parameter", "parameters", "unit", "units", "neuron", "neurons", "is", "are", "of", "hidden"}
    if not words or any(w not in allowed for w in words):
        return text, []
    ks = [int(x) for x in _MARK_RE.findall(m.group("marks"))]
    if not all(_VALUE.match(normalize(inner[k])) for k in ks):
        return text, []
    rest = _restore(m.group("rest"), blocks).rstrip()
    rest = rest[:-1] if rest.endswith(".") else rest
    values = ", ".join(blocks[k] for k in ks)
    return (_append_definitions(rest, [blocks[k] for k in ks]),
            [f"'{' '.join(m.group('lead').split())} {' '.join(m.group('words').split())} {values}' gives "
             f"{'a value' if len(ks) == 1 else 'values'}: used where the formula has the letter, a label where not"])


def _leading_fixing(text: str) -> str:
    """Words before the first formula that fix something without naming it ("With the first layer fixed, the loss
    $F$ ..."): the words, else ''. A fixing word right before math ("For fixed $y$, ...") names what it fixes."""
    first = MATH.search(text)
    if not first:
        return ""
    lead = text[:first.start()]
    for w in re.finditer(r"[A-Za-z]+", lead):
        if w.group(0).lower() in _FIXING and lead[w.end():].strip():
            return " ".join(lead.split()).rstrip(",")
    return ""


def read_data_phrases(text: str, *, _depth: int = 0) -> DataReading | None:
    """The claim rewritten into the reader's shape when it writes data, a model's loss, a description or a leading
    value in words (the module docstring's rules); None when it writes none of these. ``ClaimError`` (one line)
    when it writes one that cannot be read soundly."""
    if not isinstance(text, str) or "$" not in text and "\\(" not in text:
        return None
    text, notes = _leading_values(text)
    fixing = _leading_fixing(text)
    skel, blocks, inner = _skeleton(text)
    phrases = _data_phrases(skel, inner)
    found = None
    for p in phrases:
        found = _model_shape(skel, blocks, inner, p)
        if found is not None:
            break
    if found is None:
        found = _formula_shape(skel, blocks, inner, phrases)
    if found is None:
        found = _other_data(skel, blocks, inner, phrases)
    if found is None:
        if not notes and not fixing:
            return None
        found = DataReading(text=text)
    elif found.agree is None and found.text != text:
        again = read_data_phrases(found.text, _depth=_depth + 1) if _depth < 2 else None
        if again is not None:   # a phrase left after the first rewrite ("$F$, the loss of a ..., is" once the data go)
            found = DataReading(text=again.text, notes=found.notes + again.notes, agree=again.agree,
                                fixing=found.fixing or again.fixing)
    found.notes = notes + found.notes
    found.fixing = found.fixing or fixing
    return found


def _other_data(skel, blocks, inner, phrases: list[_Phrase]) -> DataReading | None:
    r"""A data phrase anywhere else ("A ReLU neuron with squared loss on $(x, y) = (1, 2)$: $F$ is convex"): dropped
    when no other math uses its letters; named points, or one bare pair (x, y) the formula uses, become the reader's
    definitions; else refused (several bare points: which formula is summed is not said)."""
    if not phrases:
        return None
    p = phrases[0]
    others = [inner[k] for k in range(len(inner)) if k not in p.blocks]
    mode, names = _data_use(p, others)
    shown = "; ".join("(" + ", ".join(nums) + ")" for _, nums in p.points)
    cut = (skel[:p.start].rstrip() + skel[p.end:]).strip()
    rest = _restore(cut, blocks).rstrip()
    rest = rest[:-1] if rest.endswith(".") else rest
    if mode == "drop":
        return DataReading(text=rest, notes=[f"the data {shown} is not used by the formula, which has it in it "
                                             "already: the phrase is a description and is not read"])
    if mode == "sum":
        if len(p.points) != 1:
            raise _error(f"cannot tell how the data {shown} enters the formula: write the loss as a formula of the "
                         "model's parameters, or each point as definitions ('where $(x_1, y_1) = (1, 2)$, ...')")
        points = [(names, p.points[0][1])]
    else:
        points = p.points
    return DataReading(text=_append_definitions(rest, [f"${d}$" for d in _definitions(points)]),
                       notes=[f"the data {_shown_named(points)} gives values to the formula's letters"])


__all__ = ["DataReading", "read_data_phrases"]
