r"""What a family claim is about besides the kind of network (text layer): its data, its biases, which of its
weights, and whether it names a network or a data point it never gives.

``families`` reads the kind (activation, depth, widths, loss); a sentence says more than that, and each of the
following changes the subject, so it is read, or the claim is refused in one line (never answered about another
subject):

* **Data given in the sentence.** "on the data (1, 1), (-1, -1)", "at x = 0, y = 2", "$(x_1, y_1) = (1, 1)$": the
  members are the networks of the kind *on exactly those data*. A 1-1-1 ReLU net without biases is not convex on
  (1, 1) but constant (so convex) on (0, 1): answering with a member on other data answers another claim.
  ``given_data`` returns the points, or None when the sentence gives none; numbers it cannot pair are refused.
* **Biases.** "without biases", "no bias", "bias-free" keep only members without biases; "with biases" only
  members with them (``bias_choice``). On data at x = 0 the two differ (v relu(b) + c vs the constant 0).
* **Which weights.** "convex in the last layer", "in the output weights (bias)", "with the first layer fixed":
  the loss as a function of the last layer's weights, every earlier weight fixed at any value (``weights_part``
  returns "last"). For a linear output and a per-example loss l(z, y) convex in the score z, that loss is
  sum_i l(v . h_i + c, y_i) with the hidden features h_i constants: l composed with an affine map of (v, c),
  summed, so convex for every activation, width, depth, data set and fixed value (Boyd & Vandenberghe
  §3.2.1-3.2.2); ``family_proofs.prove_for_all_data`` certifies l. Any other part (the first layer, the hidden
  biases, a middle layer, "each layer separately") is read as "one" layer with every other weight fixed: for a
  *linear* network (identity activations, linear output) the output is then affine in that layer's weights (a
  product of fixed matrices times them, plus fixed terms), so the loss is convex by the same certificate; for any
  other activation (and for the last layer through a nonlinear output) one member at one value of the fixed
  weights refutes it (``families``; ``varied_layer`` says which layer every reading varies). Several layers at once
  are refused, and so is "with the first layer fixed" in a network with several hidden layers (it leaves more than
  the last layer free).
* **Widths, slopes and kinds.** "of width 3", "3 hidden units" fix the hidden width (``hidden_width``); "slope
  1/5" the leaky ReLU's slope (``leaky_slope``); an activation, loss or input size the members cannot have
  (quadratic activations, the absolute loss, "two inputs" without widths) is refused (``refuse_unmodelled_kind``).
* **Polarity and shape.** "fails to be convex", "no longer convex", "loses convexity" are "not convex"; a
  question, "it is false that ...", "cannot be convex", "convex only if ...", or a contrast with another subject
  ("unlike logistic regression, ...") is refused (``property_shape``): the patterns read "convex" in them.
* **Another subject or a condition.** "convex in its input", "input convex", "as a function of x", "for
  positive weights", "if the data are linearly separable", "near its minimum", "after training" are refused: the
  members' certificates are about the loss over all weights, for every value of them.
* **A reason after the claim** (": swapping the two hidden units gives a second global minimum", ", because of
  permutation symmetry") is not read (``cut_explanation``), unless it holds a condition, data or a formula.
* **A definite subject that is not given.** "The loss of the network / this network / the model is convex" with
  no kind named, and "on the data point", "a data point" or "one data point" with no values, name one network or
  one point without saying which; unless the answer is proved for every data set, it depends on that point (on
  (1, 1) not convex, on (0, 1) constant), so the claim is refused (``refuse_unstated_subject``). A plural count
  ("two data points") stays a size of the members' data sets (docs/FAMILIES.md).
"""

from __future__ import annotations

import re
from fractions import Fraction

from .errors import ClaimError

_NUM = r"[-+−]?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?"
_PAIR = re.compile(rf"\(\s*(?P<x>{_NUM})\s*,\s*(?P<y>{_NUM})\s*\)")
_VEC_POINT = re.compile(rf"\(\s*\(\s*(?P<x>{_NUM}(?:\s*,\s*{_NUM})+)\s*\)\s*,\s*(?P<y>{_NUM})\s*\)")
_XY = re.compile(rf"\bx(?:_\{{?\d+\}}?)?\s*=\s*(?P<x>\(\s*{_NUM}(?:\s*,\s*{_NUM})+\s*\)|{_NUM})\s*"
                 rf"(?:,|;|and|\\quad)?\s*"
                 rf"(?:\\quad\s*)?y(?:_\{{?\d+\}}?)?\s*=\s*(?P<y>{_NUM})")
_DATA_HINT = re.compile(r"\(\s*[-+−]?\s*\d|\b[xy](?:_\{?\d+\}?)?\s*=\s*[-+−(]?\s*\d")


def _number(text: str) -> Fraction:
    return Fraction(re.sub(r"\s+", "", text).replace("−", "-"))


def given_data(text: str) -> list[tuple[tuple[Fraction, ...], Fraction]] | None:
    """The data points the sentence gives, in order ((inputs), target), or None when it gives none.

    >>> given_data("on the data (1, 1), (-1, -1)")
    [((Fraction(1, 1),), Fraction(1, 1)), ((Fraction(-1, 1),), Fraction(-1, 1))]
    >>> given_data("at x = 0, y = 2")
    [((Fraction(0, 1),), Fraction(2, 1))]
    """
    plain = text.replace("$", " ").replace("\\(", " ").replace("\\)", " ")
    plain = re.sub(r"\\left|\\right|\\,|\\;|\\!", " ", plain)
    plain = re.sub(r"\(\s*x(?:_\{?\d+\}?)?\s*,\s*y(?:_\{?\d+\}?)?\s*\)\s*=", " ", plain)  # "(x_1, y_1) = (1, 1)"
    if not _DATA_HINT.search(plain):
        return None
    points, spans = [], []
    for pattern in (_VEC_POINT, _XY, _PAIR):
        for m in pattern.finditer(plain):
            if any(s <= m.start() < e for s, e in spans):
                continue
            xs = m.group("x").strip().strip("()")
            try:
                x = tuple(_number(v) for v in xs.split(","))
                y = _number(m.group("y"))
            except (ValueError, ZeroDivisionError):
                raise ClaimError(f"cannot read the data point '{m.group(0).strip()}'") from None
            points.append((m.start(), (x, y)))
            spans.append((m.start(), m.end()))
    rest = plain
    for s, e in sorted(spans, reverse=True):
        rest = rest[:s] + " " + rest[e:]
    if _DATA_HINT.search(rest):
        raise ClaimError("cannot read every data point: write them as (x, y) pairs, e.g. 'on the data (1, 1), "
                         "(-1, -1)'")
    if not points:
        return None
    data = [p for _, p in sorted(points, key=lambda t: t[0])]
    if len({len(x) for x, _ in data}) != 1:
        raise ClaimError("the data points have inputs of different sizes")
    return data


def bias_choice(low: str) -> bool | None:
    """False for "without biases" / "without a bias" / "no bias" / "bias-free", True for "with biases", None when
    not said."""
    if re.search(r"\b(?:without|no|zero)\s+(?:any\s+|an?\s+|the\s+)?bias(?:es)?\b|\bbias[\s-]*(?:free|less)\b|\bunbiased\b", low):
        return False
    if re.search(r"\bwith\s+(?:a\s+|the\s+)?bias(?:es)?\b|\b(?:including|plus|and)\s+(?:the\s+)?bias(?:es)?\b|"
                 r"\bbias(?:es)?\s+included\b", low):
        return True
    return None


_PART = r"(?P<part>last|final|output|top|first|input|hidden|middle|second|earlier|other|inner|penultimate|all)"
_LAYER_NOUN = r"(?:[\s-]*layers?(?:'s)?)?(?:[\s-]*(?:weights?|parameters?|bias(?:es)?|units?))?"
_VAR_PHRASE = re.compile(rf"\b(?:in|w\.?r\.?t\.?|with\s+respect\s+to|training|fine[\s-]?tuning|retraining|optimi[sz]ing|"
                         rf"updating|learning)\s+(?:only\s+)?(?:the\s+|its\s+|their\s+)?"
                         rf"(?:(?:weights?|parameters?|bias(?:es)?)\s+(?:of|in)\s+(?:the\s+|its\s+|their\s+)?)?"
                         rf"{_PART}(?=[\s-]*(?:layer|weight|param|bias))")
#: a mention of a part of the weights the phrases above may not have read: refused rather than ignored
_PART_MENTION = re.compile(r"\b(?:the|its|their)\s+(?:last|final|output|top|first|input|hidden|middle|second|earlier|"
                           r"inner|penultimate|other)[\s-]+(?:layers?|weights?|bias(?:es)?)\b|"
                           r"\b(?:weights?|parameters?|bias(?:es)?)\s+(?:of|in)\s+(?:the|its|their|each|every|one)\b")
_FIXED_AFTER = re.compile(rf"\b(?:with|when|for|given|keeping|holding|if)\s+"
                          rf"(?:the\s+|its\s+|all\s+(?:the\s+)?(?:other\s+)?)?{_PART}{_LAYER_NOUN}\s+"
                          rf"(?:is\s+|are\s+|being\s+|held\s+|kept\s+)?(?:fixed|frozen|constant)")
_FIXED_BEFORE = re.compile(rf"\b(?:for|with|given)\s+(?:a\s+)?(?:fixed|frozen)\s+{_PART}"
                           rf"(?=[\s-]*(?:layer|weight|param|bias))")
_FIXED_WORDS = re.compile(r"\b(?:fixed|frozen|freez\w*|separately|layer[\s-]*wise|one\s+layer\s+at\s+a\s+time|"
                          r"each\s+layer|block[\s-]*wise|coordinate[\s-]*wise)\b")
_LAST = {"last", "final", "output", "top"}
_EARLY = {"first", "input", "hidden", "earlier", "inner", "penultimate", "other"}


_EACH_LAYER = re.compile(r"\b(?:in\s+)?each\s+layer(?:'s)?(?:\s+(?:weights?|separately))?\b|\blayer[\s-]*wise\b|"
                         r"\bone\s+layer\s+at\s+a\s+time\b|"
                         r"\bin\s+(?:the\s+weights?\s+of\s+)?any\s+(?:single\s+)?layer\b")


#: other spellings of the parts of the weights, rewritten into the ones the phrases above read
_PART_SPELLINGS = (
    (re.compile(r"\b(?:every|each|all|any)\s+other\s+(?:weights?|parameters?)(?:\s+and\s+bias(?:es)?)?\s+(?:is|are)\b",
                re.I), "the other layers are"),
    (re.compile(r"\b(?:every|each|all|any)\s+other\s+(?:weights?|parameters?)(?:\s+and\s+bias(?:es)?)?\s+"
                r"(?=fixed|frozen|held|kept)", re.I), "the other layers are "),
    (re.compile(r"\b(?:the\s+)?first\s+(?:two|2)\s+layers\b(?=\s+(?:are\s+|being\s+)?(?:held\s+|kept\s+)?"
                r"(?:fixed|frozen))", re.I), "the earlier layers"),
    (re.compile(r"\b(first|second|last|final)\s+hidden\s+(layer|weights?|bias(?:es)?)", re.I), r"\1 \2"),
    (re.compile(r"\b(?:fixed|frozen)\s+first\s+and\s+last\s+layers\b", re.I), "fixed other layers"),
)


def part_words(text: str) -> str:
    """The sentence with other spellings of a part of the weights in the words ``weights_part`` reads: "every
    other weight is fixed" -> "the other layers are fixed", "the first two layers" (of a network with two hidden
    layers, the only one the members with them have) -> "the earlier layers", "the second hidden layer" -> "the
    second layer", "for fixed first and last layers" -> "for fixed other layers"."""
    deeper = re.search(r"\d+(?:\s*-\s*\d+){4,}|\b(?:three|four|five|[3-9])\s+hidden\s+layers", text, re.I)
    for pattern, replacement in _PART_SPELLINGS:
        if not (deeper and replacement == "the earlier layers"):   # more than two hidden layers: not all earlier
            text = pattern.sub(replacement, text)
    return text


def weights_part(low: str, hidden_depths: list[int]) -> str | None:
    """None when the claim is about all the weights, "last" when it is about the last layer's weights (and bias)
    with the earlier layers fixed, "one" when it is about the weights of one other layer (or of each layer
    separately) with every other weight fixed; ``ClaimError`` for any other part of the weights."""
    var_parts = {m.group("part") for m in _VAR_PHRASE.finditer(low)}
    fixed_parts = {m.group("part") for m in (*_FIXED_AFTER.finditer(low), *_FIXED_BEFORE.finditer(low))}
    var_parts.discard("all")
    one_hidden = set(hidden_depths) == {1}
    if one_hidden:   # with one hidden layer the second layer is the last one
        var_parts = {"last" if p == "second" else p for p in var_parts}
        fixed_parts = {"first" if p == "second" else p for p in fixed_parts} if "second" not in fixed_parts \
            else fixed_parts
    if not var_parts and _EACH_LAYER.search(low):
        return "one"
    if not var_parts and not fixed_parts:
        if _FIXED_WORDS.search(low) or _PART_MENTION.search(low):
            raise ClaimError("the claim fixes part of the weights without saying which; family claims are read for "
                             "all the weights or for the last layer ('convex in the last layer')")
        return None
    if not var_parts and fixed_parts and any(d >= 2 for d in hidden_depths) and \
            not fixed_parts & {"earlier", "other", "hidden", "inner"}:
        # "with the first layer fixed" in a network with two hidden layers varies every later layer, not the last
        raise ClaimError(f"with the {', '.join(sorted(fixed_parts))} layer fixed, a network with several hidden "
                         f"layers varies more than one layer; name the layer varied ('in the last layer')")
    if var_parts <= _LAST and fixed_parts <= _EARLY and (var_parts or fixed_parts - {"other"}):
        return "last"
    if len(var_parts) == 1 and not var_parts & _LAST and not var_parts & fixed_parts and \
            (one_hidden or "other" in fixed_parts):
        return "one"   # one layer (first, hidden, middle, ...) with every other weight fixed
    parts = ", ".join(sorted(var_parts | fixed_parts))
    raise ClaimError(f"a claim about part of the weights ({parts}) is read only for the last layer with the earlier "
                     f"layers fixed; write the loss as a formula in the weights it is about")


_BIAS_ONLY = re.compile(r"^[\s-]*(?:layers?(?:'s)?[\s-]*)?bias(?:es)?\b")
#: the weights and the biases of the layer named together ("the output weight and bias", "the last-layer parameters")
_BOTH = re.compile(r"^[\s-]*(?:layers?(?:'s)?[\s-]*)?(?:(?:weights?|parameters?)\s+and\s+(?:its\s+|the\s+)?bias(?:es)?|"
                   r"parameters?)\b")


def varied_layer(low: str, hidden: int) -> tuple[int, str] | None:
    """For a claim about part of the weights (``weights_part`` is "last" or "one") of a network with ``hidden``
    hidden layers: (l, which), the layer l (1 = the first, hidden + 1 = the last) and the parameters of it that every
    reading of the words varies: "W" its weights, "b" its biases when the sentence names biases only ("in the hidden
    biases"), "Wb" both when it names both ("in the output weight and bias", "the last-layer parameters"); None when
    the words do not say which layer ("the hidden layer" of a deep network, "an inner layer").

    A refutation may vary fewer weights than the claim names: the restriction of a convex function to an affine
    subspace (the other weights fixed) is convex, so a loss that is not convex in W_l with the biases fixed is not
    convex in (W_l, b_l) either. "each layer separately" is refuted by one layer (the first)."""
    last = hidden + 1
    found = [(m.group("part"), "Wb" if _BOTH.match(low[m.end():]) else
              "b" if _BIAS_ONLY.match(low[m.end():]) or re.search(r"\bbias", m.group(0)) else "W")
             for m in _VAR_PHRASE.finditer(low) if m.group("part") != "all"]
    if len(found) > 1:
        return None
    if not found:   # "each layer separately", or the varied layer said only by the fixed ones
        fixed = {m.group("part") for m in (*_FIXED_AFTER.finditer(low), *_FIXED_BEFORE.finditer(low))}
        if _EACH_LAYER.search(low) and not fixed:
            return 1, "W"
        if fixed and fixed <= _LAST and hidden == 1:
            return 1, "W"
        if fixed and fixed <= _EARLY - {"other"} | {"second"} and (hidden == 1 or fixed >= {"first", "second"}):
            return last, "W"
        return None
    word, which = found[0]
    layer = {"first": 1, "input": 1}.get(word)
    if word in _LAST:
        layer = last
    elif word == "hidden" and hidden == 1:
        layer = 1
    elif word == "middle" and hidden == 2:
        layer = 2
    elif word == "second":
        layer = 2 if hidden >= 1 else None
    return None if layer is None else (layer, which)


_DEFINITE_NET = re.compile(r"\b(?:the|this|that|our|my|your|their|such\s+a)\s+(?:neural\s+)?(?:network|net|model|nn|"
                           r"mlp)(?:'s)?\b")
_UNGIVEN_POINT = re.compile(r"\b(?:on|at|for|with)\s+(?:the|a|one|some|any\s+given)\s+(?:single\s+)?(?:training\s+)?"
                            r"(?:data\s+point|point|example|sample|observation)\b(?!s)")

#: a data set named without its values ("on my data", "on the training set", "over a dataset"): the answer depends
#: on it unless it is proved for every data set
_UNGIVEN_DATA = re.compile(r"\b(?:on|over|for|with|to)\s+(?:the|my|our|your|this|that|their|its|his|her)"
                           r"\s+(?:own\s+|given\s+)?(?:training\s+|observed\s+)?(?:data(?:\s*set)?|dataset|training\s+set|"
                           r"samples|examples|points|observations|inputs)\b(?!\s*(?:point|\$|\(|\\\{|\{|[xy]\s*=))")


def refuse_unstated_subject(low: str, *, kind_named: bool, data_given: bool) -> None:
    """``ClaimError`` when the sentence names one network, one data point or one data set without giving it."""
    if not kind_named and _DEFINITE_NET.search(low):
        raise ClaimError("which network? the claim names one ('the network') without its layers, activation, loss "
                         "or data; say e.g. 'a 1-2-1 ReLU network with squared loss on the data (1, 1), (-1, -1)'")
    if not data_given and _UNGIVEN_POINT.search(low):
        raise ClaimError("which data point? the answer depends on it (on x = 0 a network without biases has a "
                         "constant loss); give its values, e.g. 'on the data point (1, 1)'")
    if not data_given and _UNGIVEN_DATA.search(low):
        raise ClaimError(f"which data? '{_UNGIVEN_DATA.search(low).group(0)}' names data without their values, and "
                         "the answer depends on them (on x = 0 a network without biases has a constant loss); give "
                         "them, e.g. 'on the data (1, 1), (-1, -1)'")





_DATA_ONLY_LEFTOVER = re.compile(r"^[\s,;.=]*(?:(?:and|\\quad|\\text\{\s*and\s*\}|[xy])[\s,;.=]*)*$")


_NAME = r"(?:\\?[A-Za-z]+(?:_\{?[0-9A-Za-z]+\}?)?)"
#: "in $(w, b)$", "with respect to $w_1, w_2$": the weights named, after the property
_VARS_BLOCK = re.compile(rf"\b(?:in|w\.r\.t\.|with\s+respect\s+to)\s+\$\s*\(?\s*(?P<names>{_NAME}(?:\s*,\s*{_NAME})*)"
                         rf"\s*\)?\s*\$")


#: a weight named in plain text after "in" / "with respect to" ("convex in v", "in W_2", "w.r.t. b_1, b_2"): a
#: letter (with a subscript or superscript) or a Greek letter's name, then the end of the clause
_PLAIN_NAME = r"(?:\\?(?:theta|alpha|beta|gamma|phi|psi|omega)|[A-Za-z])(?:\s*[_^]\s*\{?\(?\w+\)?\}?)?"
_PLAIN_VARS = re.compile(rf"\b(?:in|with\s+respect\s+to|w\.?r\.?t\.?)\s+\(?\s*(?P<names>{_PLAIN_NAME}"
                         rf"(?:\s*(?:,|\band\b)\s*{_PLAIN_NAME})*)\s*\)?(?=\s*(?:[.,;:!?]|$|\b(?:for|when|if|where|"
                         rf"with|given|on|and|while|as)\b))")
#: the names writers give the whole parameter vector (L(theta)): all the weights and biases
_ALL_PARAMETERS = {"θ", "theta", "\\theta"}
#: the names writers give the weights, perhaps without the biases (L(w), J(W, b)): see ``plain_weights``
_WEIGHT_VECTOR = {"w", "W"}


def named_weights(text: str) -> int | None:
    """How many weights the claim names after "in" ("in $(w, b)$": 2), or None when it names none or names a
    weight vector in plain text ("convex in theta", "in w": ``plain_weights``). Any other name typed in plain text
    ("convex in v", "in W_2", "in b") is refused: the sentence defines no weight by that name, and answering for
    all the weights would answer about another subject (the loss of a linear network is convex in its output
    weight, not in all its weights)."""
    m = _VARS_BLOCK.search(text)
    if m:
        names = [n.strip() for n in m.group("names").split(",")]
        if len(names) == 1 and names[0] in _ALL_PARAMETERS:   # "in $\theta$": L(theta), every weight and bias
            return None
        return len(names)
    plain_weights(text)
    return None


def plain_weights(text: str) -> str | None:
    """The weight vector a claim names in plain text after "in": "w" for w / W (the weights, the biases perhaps
    not among them: an answer in all the weights is kept only where it implies the one in w; also "w and b"),
    "theta" for θ (all the weights and biases), None when it names none; ``ClaimError`` for any other name
    (``named_weights``)."""
    plain = _PLAIN_VARS.search(re.sub(r"\$[^$]*\$|\\\(.*?\\\)", " ", text))
    if not plain:
        return None
    names = [n.strip() for n in re.split(r",|\band\b", plain.group("names"))]
    if len(names) == 1 and names[0] in _ALL_PARAMETERS:
        return "theta"
    if len(names) == 1 and names[0] in _WEIGHT_VECTOR or sorted(names) in (["b", "w"], ["W", "b"]):
        return "w"   # "w and b" too: with a hidden layer they may be one layer's weights and bias
    raise ClaimError(f"'{plain.group(0).strip()}': the sentence defines no weight by that name; write 'in its "
                     "weights', 'in the last layer', or the loss as a formula in $...$")


#: the name of the loss as a function of the weights, written before "of a network": "$J(W, b)$", "$L(\theta)$"
_LOSS_NAME = re.compile(r"^\s*(?:\\mathcal\{[LJ]\}|[LJCER]|\\ell)\s*\(\s*(?:\\theta|\\mathbf\{w\}|[Ww]|[Ww]\s*,\s*b|"
                        r"\\theta\s*;\s*[^)]*)\s*\)\s*$")


def math_is_only_data(text: str) -> bool:
    """True when the text has no math, or every ``$...$`` / ``\\(...\\)`` block is data points only
    ("$(1, 1)$", "$x = 0, y = 2$", "$(x_1, y_1) = (1, 1)$", "$0.1$"), or the name the sentence gives the loss of
    the network it describes ("The cost function $J(W, b)$ of a network with ... is non-convex": a name, not a
    formula; the network is the one the words describe)."""
    if text.count("$") % 2:
        return False
    text = _VARS_BLOCK.sub(" ", text)
    text = re.sub(r"\$\s*(,|;|\band\b)\s*\$", r" \1 ", text)   # "$x = (1, 0)$, $y = 1$": one data point
    text = re.sub(r"\\[{}]", " ", text)   # a data set written as a set, "$\{(1, 1), (2, 0)\}$"
    blocks = re.findall(r"\$([^$]*)\$|\\\((.*?)\\\)", text)
    for a, b in blocks:
        block = a or b
        if _LOSS_NAME.match(block):
            continue
        rest = re.sub(r"\(\s*x(?:_\{?\d+\}?)?\s*,\s*y(?:_\{?\d+\}?)?\s*\)\s*=", " ", block)
        for pattern in (_VEC_POINT, _XY, _PAIR):
            rest = pattern.sub(" ", rest)
        rest = re.sub(_NUM, " ", rest)
        if not _DATA_ONLY_LEFTOVER.match(rest):
            return False
    return True


# ------------------------------------------------------------------ widths, slopes, kinds the members do not cover

_COUNT = {"one": 1, "a": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10}
_WIDTH = re.compile(r"\b(?:of\s+)?(?:width|size)\s*(?:=\s*)?(?P<n>\d+|one|two|three|four|five|six|eight|ten)\b|"
                    r"\bwidth[\s-](?P<m>\d+)\b|"
                    r"\b(?P<k>\d+|one|two|three|four|five|six|eight|ten)[\s-]+"
                    r"(?:(?:hidden|relu|leaky[\s-]+relu|sigmoid|"
                    r"sigmoidal|tanh|softplus|linear|identity|rectified\s+linear)[\s-]+){0,2}(?:units?|neurons?|nodes?)"
                    r"(?:\s+(?:in\s+(?:the|each|its)\s+hidden\s+layer|wide))?\b|"
                    r"\b(?P<j>\d+|one|two|three|four|five|six|eight|ten)[\s-]+(?:unit|neuron|node)[\s-]+hidden\s+layer")


def hidden_width(low: str) -> int | None:
    """The hidden width the sentence states ("of width 3", "3 hidden units", "a 3-unit hidden layer"), or None."""
    found = set()
    for m in _WIDTH.finditer(low):
        word = next(g for g in m.groups() if g)
        found.add(_COUNT.get(word) or int(word))
    if len(found) > 1:
        raise ClaimError(f"the claim states several hidden widths ({', '.join(map(str, sorted(found)))}); give the "
                         f"layers as widths, e.g. '1-2-3-1'")
    return found.pop() if found else None


_SLOPE = re.compile(rf"\b(?:negative\s+)?slope\s*(?:of\s+|=\s*|is\s+)?(?P<s>{_NUM})|"
                    rf"\b(?:alpha|α|\\alpha|a)\s*=\s*(?P<a>{_NUM})|\bleaky[\s-]*relus?\s*\(\s*(?P<p>{_NUM})\s*\)")


def leaky_slope(low: str) -> str | None:
    """The leaky ReLU's slope as "p/q" when the sentence states it (in [0, 1)), or None."""
    m = _SLOPE.search(low.replace("$", " "))
    if not m:
        return None
    value = _number(next(g for g in m.groups() if g))
    if not 0 <= value < 1:
        raise ClaimError(f"a leaky ReLU slope is read in [0, 1), found {value}")
    return f"{value.numerator}/{value.denominator}"


_UNMODELLED_ACT = re.compile(
    r"\b(?:quadratic|cubic|polynomial|square|squared|elu|gelu|selu|swish|silu|mish|maxout|step|sign|heaviside|"
    r"threshold|arctan|sine|sinusoidal|periodic|gaussian|hard[\s-]*tanh|relu6|softsign|exponential|absolute[\s-]+value|"
    r"abs|x\^2|z\^2|x\^3|z\^3)\s+(?:activations?|activation\s+functions?|units?|neurons?|nonlinearit(?:y|ies))\b|"
    r"\bactivations?\s+(?:function\s+)?(?:is\s+|of\s+)?(?:x\^2|z\^2|x\^3|z\^3|quadratic|cubic|the\s+square)\b")
_UNMODELLED_LOSS = re.compile(r"\babsolute\s+(?:loss|error|deviation)|\bl1\s+loss|\bmae\b|\bhuber|\bpinball|\bquantile|"
                              r"\bexponential\s+loss|\b0-1\s+loss|\bzero[\s-]+one\s+loss|\bpoisson|\bkullback|"
                              r"\bkl\s+divergence|\bsquared\s+hinge|\bcosine|\bcontrastive|\btriplet|\bfocal")
_INPUTS = re.compile(r"\b(?:two|three|four|\d+)\s+(?:input\s+)?(?:inputs|features)\b|\binput\s+(?:dimension|size)\b")


def refuse_unmodelled_kind(low: str, *, widths_given: bool) -> None:
    """``ClaimError`` when the sentence names an activation, a loss or an input size the members do not have
    (a member with another activation or loss would answer about another network)."""
    _refuse_first(low, [
        (_UNMODELLED_ACT, "'{}' is not one of the activations family claims read (linear, ReLU, leaky ReLU, sigmoid, "
                          "tanh, softplus); write the loss as a formula"),
        (_UNMODELLED_LOSS, "'{}' is not one of the losses family claims read (squared, cross-entropy, hinge); write "
                           "the loss as a formula"),
        *([] if widths_given else [(_INPUTS, "'{}': give the network's widths, input first (e.g. '2-2-1')")])])


def _refuse_first(low: str, table) -> None:
    """``ClaimError`` with the message of the first (pattern, message) whose pattern is found in the sentence (the
    message's {} is the words found)."""
    for pattern, message in table:
        m = pattern.search(low)
        if m:
            raise ClaimError(message.format(m.group(0).strip()))


# ------------------------------------------------------------------ polarity and sentence shape

_NEGATING = re.compile(r"\bfails?\s+to\s+be\s+convex|\bno\s+longer\s+convex|\bfar\s+from\s+(?:being\s+)?convex|"
                       r"\banything\s+but\s+convex|\b(?:lacks?|loses?|lose|lost|destroys?|breaks?)\s+(?:its\s+|the\s+)?"
                       r"convexity|\bconvexity\s+(?:is\s+)?(?:lost|destroyed|broken|fails)")
_UNREAD_SHAPE = re.compile(
    r"\bcan(?:not|'t|\s+never)\s+be\s+(?:non-?)?convex|\bconvex\s+only\b|\bonly\s+convex\b|\bonly\s+if\b|"
    r"\bif\s+and\s+only|"
    r"\?|\bit\s+is\s+(?:false|not\s+true|not\s+the\s+case|true|wrong)\s+that|\bnot\s+the\s+case|\btrue\s+or\s+false|"
    r"^\s*(?:true|false|yes|no)\b|\b(?:unlike|whereas|while|as\s+opposed\s+to|in\s+contrast|compared\s+(?:to|with)|"
    r"rather\s+than|instead\s+of|but\s+not|but\s+(?:a|an|the)\b)")


#: the subject is not the loss over the weights: the output as a function of the input, an input-convex net
_OTHER_SUBJECT = re.compile(r"\b(?:in|of|wrt|w\.r\.t\.|with\s+respect\s+to)\s+(?:its\s+|the\s+)?"
                            r"(?:inputs?|data|features?)\b|"
                            r"\binput[\s-]+convex|\bicnns?\b|\bfunction\s+of\s+(?:its\s+|the\s+)?(?:inputs?|x|data)\b|"
                            r"\bin\s+x\b")
#: a condition or a place the members do not model (the seed's "if there's no hidden layers" and a fixed layer are
#: read elsewhere)
_CONDITION = re.compile(
    r"\b(?:if|when|whenever|provided|assuming|unless|given\s+that)\b(?!\s+(?:there\s*(?:'s|is|are)\s+no\s+hidden|"
    r"it\s+has\s+no\s+hidden|(?:it\s+has\s+|there\s+(?:is|are)\s+)?(?:no|zero)\s+hidden|"
    r"(?:all\s+)?(?:the\s+)?(?:first|hidden|"
    r"earlier|input|other|inner|second|last|final|output|top|middle)[\s-]+(?:layers?|weights?)(?:'s)?"
    r"(?:\s+weights?)?\s+"
    r"(?:is|are)\s+(?:held\s+)?(?:fixed|frozen)))|"
    r"\b(?:positive|nonnegative|non-negative|negative|small|large|bounded|normali[sz]ed|orthogonal|sparse|random)\s+"
    r"(?:\w+\s+)?(?:weights?|parameters?|inputs?)\b|"
    r"\b(?:near|around|close\s+to|neighbou?rhood|converge\w*|minim(?:um|a|izers?)|optim(?:um|a)|saddle|gradient|"
    r"after\s+training|trained\s+(?:to|until|by|for)|once\s+trained|initiali[sz]\w*|linearly\s+separable|"
    r"overparameteri[sz]\w*|infinite[\s-]+width|wide\s+enough)")


def property_shape(low: str) -> bool | None:
    """True when the sentence says "not convex" in words the property patterns miss ("fails to be convex", "no
    longer convex", "loses convexity"); ``ClaimError`` for a sentence whose truth is not the property of one family
    (a question, "it is false that", "cannot be", "convex only if", a contrast with another subject: "unlike
    logistic regression, a ReLU network ..."); None otherwise."""
    _refuse_first(low, [
        (_OTHER_SUBJECT, "'{}': family claims are about the loss as a function of the network's weights; write a "
                         "function of the input as a formula"),
        (_CONDITION, "'{}': a family claim is read for every member of its kind, without conditions on the weights, "
                     "the data or training; write the function as a formula"),
        (_UNREAD_SHAPE, "'{}': a family claim is read as one statement about one kind of network ('the loss of a "
                        "ReLU network is not convex'); state the claim plainly")])
    return True if _NEGATING.search(low) else None


_EXPLANATION = re.compile(r"(?P<claim>.*\bconvex(?:ity)?\b[^:;]*?)"
                          r"(?P<why>\s*(?::|;|\s[—–-]\s|,?\s+(?:because|since|due\s+to|"
                          r"as\s+(?:shown|seen)\s+by)\b).*)$", re.I | re.S)


def cut_explanation(text: str) -> tuple[str, str | None]:
    """The claim without a reason given after it ("... is not convex: swapping the two hidden units gives a second
    global minimum", "..., because of permutation symmetry"), and the reason (None when there is none). A reason
    does not change what is claimed, so it is not read (a condition, "if" / "when" / "for", is kept)."""
    m = _EXPLANATION.match(text)
    if not m or re.search(r"\b(?:if|when|whenever|unless|provided|only)\b|\$|\d", m.group("why"), re.I):
        return text, None   # a condition, data or a formula after it: kept, so that it is read or refused
    return m.group("claim"), m.group("why").strip(" :;—–-,")
__all__ = ["bias_choice", "cut_explanation", "given_data", "hidden_width", "leaky_slope", "math_is_only_data",
           "named_weights", "part_words", "plain_weights", "property_shape", "refuse_unmodelled_kind", "refuse_unstated_subject", "varied_layer", "weights_part"]
