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
  example $(x, y) = (2, 1)$") already has the data in it: the phrase is dropped, and the note says so. Numbered
  points ((x_1, y_1) = ...) are definitions when the formula numbers its letters (x_i in a sum), and the formula in
  x, y summed over the points when it does not (``data_points.data_use``).
* **Descriptions.** "of the Poisson family", "of a one-hidden-unit tanh network" (``of`` and words ending in a noun
  such as family, model, network) after a formula that is a function of its letters, and an appositive between
  commas of words only (", the loss of a ReLU network with two hidden units, is"), are dropped only when no word in
  them could change the subject (``_DANGER``: clause, domain, property, regularisation words; a single letter). A
  description naming a model (model, network, neuron, ...) is dropped only after a formula in weight letters (w, b,
  u, v, theta, ...): "$e^{z}$ of a linear model" could mean e^{w x + b}, a function of the weights.
* **Fixed, unnamed.** Words that fix something without naming it ("fixed output weights", "With the first layer
  fixed, ...") could make any letter of the formula a parameter. When the claim does not name its variables, the
  claim is read jointly and with every proper subset of its letters as parameters (at most three letters), and is
  answered only when all readings agree (``claims.check_claim``); else it is refused.
* **A leading value.** "With the second layer fixed at $w_2 = 2$, the loss $F$ is ..." is "the loss $F$ is ... where
  $w_2 = 2$": the value is used where F uses the letter (the note says so) and is a label where it does not.

Finding the data in the text and matching them with a formula's letters is ``data_points``' job; this module reads
the claim's shapes around them. Nothing here reads a formula's value beyond its names, and nothing here evaluates
text.

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

from .errors import InputError
from .parsing import normalize, parse_expression
from .data_points import (MARK, MARK_RE, NAME, NUM, Phrase, claim_error, data_use, definitions, find_data, latex_name,
                          point_blocks, restore, shown_named, skeleton, used_names)
from .remarks import MATH, STOP

#: a number as written in a data tuple: 2, -1, 0.5, 1/2, \frac{1}{2}, -\frac{3}{4}
#: words that may stand between a preposition and the data: "on the two data points", "at the training example"
#: nouns that say the math after them is data
#: nouns that say so only in a claim about a loss or a model ("on the point $(1, 1)$"): elsewhere a point is a point
#: words that make a claim one about a loss or a model
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
                raise claim_error(f"the loss the claim writes is not the loss of its model on its data ("
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
        raise claim_error(f"'{words}' says something is fixed without naming it: name the variables ('in $...$') or "
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


def _number(text: str) -> str:
    return f"({text.strip()})"


# ------------------------------------------------------------------------------------------------ the shapes

_MODEL_HEAD = re.compile(r"^\s*(?P<name>[A-Za-z]|\\(?:ell|phi|varphi|psi|rho|eta|theta|mu))\s*(?:_\s*(?:\{[^{}]*\}|"
                         r"\\?[A-Za-z0-9]+))?\s*\(\s*(?P<inputs>[^;|)]*?)\s*(?:[;|]\s*(?P<params>[^)]*))?\)\s*"
                         r"(?::=|=)\s*(?P<body>.+)$", re.S)


_HAT_HEAD = re.compile(r"^\s*\\hat\s*(?:\{\s*[A-Za-z]\s*\}|[A-Za-z])\s*(?:\(\s*(?P<inputs>[^;|)]*?)\s*\))?\s*"
                       r"(?::=|=)\s*"
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
        if "x" not in used_names(["x"], [body]):
            return None
        inputs = ["x"]
    name = next((n for n in ("f", "g", "h") if not re.search(rf"(?<![A-Za-z\\]){n}(?![A-Za-z])", "".join(inner))),
                None)
    return None if name is None else (name, inputs, body)


def _bare_data_after(skel: str, inner: list[str], at: int) -> Phrase | None:
    """Tuples of numbers right after a model's definition, "on / at $(1, 2)$[, $(2, 1)$]": in a claim about the
    model's loss they are its data (no noun needed); None when the math there is not data."""
    m = re.match(r"\s*(?:on|at|over|for)\s+", skel[at:], re.I)
    if not m:
        return None
    found, points, pos = point_blocks(skel, inner, at + m.end())
    return Phrase(at, pos, found, points, False) if found else None


def _has_parameters(model) -> bool:
    """Whether a definition ``f(x) = body`` is a model of an input x (x, x_1, ...) with parameters: its body has
    letters besides its arguments (``w x + b``); ``L(w_1, w_2) = (w_2 w_1 - 1)^2`` is a function of its own
    arguments, a loss already."""
    if model is None:
        return False
    _, inputs, body = model
    if any(not re.fullmatch(r"x(?:_\{?\w+\}?)?", i.replace(" ", "")) for i in inputs):
        return False   # a function of w, say ``\ell(w) = (w x - y)^2``: the loss itself, with data letters
    try:
        free = {s.name for s in parse_expression(body).free_symbols}
    except (InputError, Exception):
        return True   # unreadable here: the caller refuses rather than guess
    return bool(free - {i.replace("{", "").replace("}", "").replace(" ", "") for i in inputs})


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
        rest += " in $" + ", ".join(latex_name(v) for v in extra_vars) + "$"
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
            raise claim_error(f"a data point has {len(nums)} numbers, but the model has {n} input"
                         f"{'s' if n != 1 else ''} and one label: write each point as (inputs, label)")
        if names is not None:
            bases = [nm.split("_")[0] if len(inputs) == 1 else nm for nm in names[:-1]]
            if bases != [i.split("_")[0] if len(inputs) == 1 else i for i in inputs]:
                raise claim_error(f"the data point names {', '.join(names)}, but the model's input"
                             f"{'s are' if len(inputs) != 1 else ' is'} {', '.join(inputs)}")


def _model_shape(skel, blocks, inner, phrase: Phrase) -> DataReading | None:
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
            skel.index(MARK % int(m.group("k"))) + len(MARK % int(m.group("k"))):phrase.start]):
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
        raise claim_error(f"'{' '.join(lead.split())}' names a loss whose convention the claim does not fix (labels in "
                     "{0, 1} or {-1, 1}, logits or probabilities): write the loss as a formula")
    elif re.search(r"\b(?:loss|error|risk|cost|objective)\b", loss, re.I):
        raise claim_error("the claim does not say which loss of the model it means: say 'the squared loss' or "
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
    rest = restore(g.group("rest"), blocks)
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


def _formula_shape(skel, blocks, inner, phrases: list[Phrase]) -> DataReading | None:
    r"""'[lead] $F$ [of DESCRIPTION] [DATA] [, [i.e.] $G$,] is ...' and the appositive '$F$, the ... of ..., is'."""
    first = MARK_RE.search(skel)
    if not first or "\u27e6" in skel[:first.start()]:
        return None
    k = int(first.group(1))
    lead, after = skel[:first.start()], skel[first.end():]
    phrase = next((p for p in phrases if p.start >= first.end()), None)
    desc, data_used, fixing = "", None, ""
    pos = 0
    d = re.match(r"^\s+(?:of|for|in)\s+(?P<desc>(?:[A-Za-z][A-Za-z0-9\-]*\s*)+?)"
                 r"(?=\s*(?:,|\bis\b|\bare\b|\bon\b|\bat\b|"
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
        return DataReading(text=f"{lead}{blocks[k]} {restore(rest, blocks)}".strip(), notes=[note], fixing=fixing)
    notes = []
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
    rest = restore(tail.lstrip(" ,"), blocks)
    if desc:
        notes.append(f"'{desc}' describes the formula and is not read")
    if data_used is None:
        return DataReading(text=f"{lead}{blocks[k]} {rest}".strip(), notes=notes)
    formula = inner[k]
    head = _MODEL_HEAD.match(normalize(formula))
    body = head.group("body") if head else formula
    mode, names = data_use(data_used, [body])
    args = [a.strip() for a in head.group("inputs").split(",") if a.strip()] if head else []
    if names and set(names) & {a.replace("{", "").replace("}", "") for a in args}:
        raise claim_error(f"the data gives values to {', '.join(names)}, which the function names as its variables")
    shown = "; ".join("(" + ", ".join(nums) + ")" for _, nums in data_used.points)
    if mode == "drop":   # the formula uses none of the data's names: it has the data in it already
        notes.append(f"the data {shown} is not used by the formula, which has it in it already: the phrase is "
                     "a description and is not read")
        if given is not None:
            return None
        return DataReading(text=f"{lead}{blocks[k]} {rest}".strip(), notes=notes)
    if mode == "define":   # each name once: the reader substitutes the values (x_1 = 1, ... also inside a sum)
        notes.append(f"the data {shown_named(data_used.points)} gives values to the formula's letters")
        built = f"{lead}{blocks[k]} {_finish(rest, None, definitions(data_used.points))}".strip()
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


#: the words before a model's definition that make the claim about the model's loss, not the model
_LOSS_OF = re.compile(r"\b(?:loss|losses|mse|mae|(?:mean\s+)?(?:squared|absolute)\s+error)\s+(?:function\s+)?(?:of|for)"
                      r"\s+(?:[A-Za-z\-]+\s+)*$", re.I)
_LEADING_WITH = re.compile(r"^\s*(?P<lead>with|when|after|by|if|fixing|setting|freezing|holding)\s+(?P<words>"
                           r"[^\u27e6,]*?)\s*(?P<marks>\u27e6\d+\u27e7(?:\s*(?:,|and)\s*\u27e6\d+\u27e7)*)\s*,\s*"
                           r"(?:then\s+)?(?P<rest>.*\u27e6.*)$", re.S | re.I)
_VALUE = re.compile(r"^\s*(?P<name>%s|\\[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?)\s*=\s*(?:%s)\s*$" % (NAME, NUM))


def _leading_values(text: str) -> tuple[str, list[str]]:
    r"""'With the second layer fixed at $w_2 = 2$, REST' -> 'REST where $w_2 = 2$' (the words before the values only
    say what is set: layer, weight, fixed, at, ...)."""
    skel, blocks, inner = skeleton(text)
    m = _LEADING_WITH.match(skel)
    if not m:
        return text, []
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9\-]+", m.group("words"))]
    allowed = {"the", "a", "an", "first", "second", "third", "last", "output", "input", "hidden", "layer", "layers",
               "weight", "weights", "bias", "biases", "fixed", "set", "held", "frozen", "kept", "at", "to", "equal",
               "parameter", "parameters", "unit", "units", "neuron", "neurons", "is", "are", "of", "hidden"}
    if not words or any(w not in allowed for w in words):
        return text, []
    ks = [int(x) for x in MARK_RE.findall(m.group("marks"))]
    if not all(_VALUE.match(normalize(inner[k])) for k in ks):
        return text, []
    rest = restore(m.group("rest"), blocks).rstrip()
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
    skel, blocks, inner = skeleton(text)
    phrases = find_data(skel, inner)
    found = None
    for p in phrases:
        found = _model_shape(skel, blocks, inner, p)
        if found is not None:
            break
    first = MARK_RE.search(skel)
    if found is None and first and _LOSS_OF.search(skel[:first.start()]) \
            and _has_parameters(_model(normalize(inner[int(first.group(1))]), inner)):
        bare = _bare_data_after(skel, inner, first.end())   # "the squared loss of $f$ on $(1, 2)$": data too
        found = _model_shape(skel, blocks, inner, bare) if bare is not None else None
    if found is None and first and _LOSS_OF.search(skel[:first.start()]) \
            and _has_parameters(_model(normalize(inner[int(first.group(1))]), inner)):
        raise claim_error(f"'{' '.join(skel[:first.start()].split())}' names the loss of the model "
                          f"{blocks[int(first.group(1))]} on data, which the claim does not give as data points: give "
                          "them ('on the data points $(1, 2)$, $(2, 1)$') or write the loss as a formula")
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


def _other_data(skel, blocks, inner, phrases: list[Phrase]) -> DataReading | None:
    r"""A data phrase anywhere else ("A ReLU neuron with squared loss on $(x, y) = (1, 2)$: $F$ is convex"): dropped
    when no other math uses its letters; named points, or one bare pair (x, y) the formula uses, become the reader's
    definitions; else refused (several bare points: which formula is summed is not said)."""
    if not phrases:
        return None
    p = phrases[0]
    others = [inner[k] for k in range(len(inner)) if k not in p.blocks]
    mode, names = data_use(p, others)
    shown = "; ".join("(" + ", ".join(nums) + ")" for _, nums in p.points)
    cut = (skel[:p.start].rstrip() + skel[p.end:]).strip()
    rest = restore(cut, blocks).rstrip()
    rest = rest[:-1] if rest.endswith(".") else rest
    if mode == "drop":
        return DataReading(text=rest, notes=[f"the data {shown} is not used by the formula, which has it in it "
                                             "already: the phrase is a description and is not read"])
    if mode == "sum":
        if len(p.points) != 1:
            raise claim_error(f"cannot tell how the data {shown} enters the formula: write the loss as a formula of "
                              "the "
                         "model's parameters, or each point as definitions ('where $(x_1, y_1) = (1, 2)$, ...')")
        points = [(names, p.points[0][1])]
    else:
        points = p.points
    return DataReading(text=_append_definitions(rest, [f"${d}$" for d in definitions(points)]),
                       notes=[f"the data {shown_named(points)} gives values to the formula's letters"])


__all__ = ["DataReading", "read_data_phrases"]
