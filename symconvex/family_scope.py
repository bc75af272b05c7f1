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
  biases, a middle layer, "each layer separately", "with the output weights fixed") is refused: the members'
  certificates are about all the weights.
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
_XY = re.compile(rf"\bx(?:_\{{?\d+\}}?)?\s*=\s*(?P<x>\(\s*{_NUM}(?:\s*,\s*{_NUM})+\s*\)|{_NUM})\s*(?:,|;|and|\\quad)?\s*"
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
        raise ClaimError("cannot read every data point: write them as (x, y) pairs, e.g. 'on the data (1, 1), (-1, -1)'")
    if not points:
        return None
    data = [p for _, p in sorted(points, key=lambda t: t[0])]
    if len({len(x) for x, _ in data}) != 1:
        raise ClaimError("the data points have inputs of different sizes")
    return data


def bias_choice(low: str) -> bool | None:
    """False for "without biases" / "no bias" / "bias-free", True for "with biases", None when not said."""
    if re.search(r"\b(?:without|no|zero)\s+(?:any\s+)?bias(?:es)?\b|\bbias[\s-]*(?:free|less)\b|\bunbiased\b", low):
        return False
    if re.search(r"\bwith\s+(?:a\s+|the\s+)?bias(?:es)?\b|\b(?:including|plus|and)\s+(?:the\s+)?bias(?:es)?\b|"
                 r"\bbias(?:es)?\s+included\b", low):
        return True
    return None


_PART = r"(?P<part>last|final|output|top|first|input|hidden|middle|second|earlier|other|inner|penultimate|all)"
_LAYER_NOUN = r"(?:[\s-]*layers?(?:'s)?)?(?:[\s-]*(?:weights?|parameters?|bias(?:es)?|units?))?"
_VAR_PHRASE = re.compile(rf"\b(?:in|w\.?r\.?t\.?|with\s+respect\s+to)\s+(?:only\s+)?(?:the\s+|its\s+|their\s+)?"
                         rf"{_PART}(?=[\s-]*(?:layer|weight|param|bias))")
_FIXED_AFTER = re.compile(rf"\b(?:with|when|for|given|keeping|holding|if)\s+(?:the\s+|its\s+|all\s+(?:the\s+)?(?:other\s+)?)?"
                          rf"{_PART}{_LAYER_NOUN}\s+(?:is\s+|are\s+|being\s+|held\s+|kept\s+)?(?:fixed|frozen|constant)")
_FIXED_BEFORE = re.compile(rf"\b(?:for|with|given)\s+(?:a\s+)?(?:fixed|frozen)\s+{_PART}(?=[\s-]*(?:layer|weight|param|bias))")
_FIXED_WORDS = re.compile(r"\b(?:fixed|frozen|freez\w*|separately|layer[\s-]*wise|one\s+layer\s+at\s+a\s+time|"
                          r"each\s+layer|block[\s-]*wise|coordinate[\s-]*wise)\b")
_LAST = {"last", "final", "output", "top"}
_EARLY = {"first", "input", "hidden", "earlier", "inner", "penultimate", "other"}


def weights_part(low: str, hidden_depths: list[int]) -> str | None:
    """None when the claim is about all the weights, "last" when it is about the last layer's weights (and bias)
    with the earlier layers fixed; ``ClaimError`` for any other part of the weights."""
    var_parts = {m.group("part") for m in _VAR_PHRASE.finditer(low)}
    fixed_parts = {m.group("part") for m in (*_FIXED_AFTER.finditer(low), *_FIXED_BEFORE.finditer(low))}
    var_parts.discard("all")
    one_hidden = set(hidden_depths) == {1}
    if one_hidden:   # with one hidden layer the second layer is the last one
        var_parts = {"last" if p == "second" else p for p in var_parts}
        fixed_parts = {"first" if p == "second" else p for p in fixed_parts} if "second" not in fixed_parts \
            else fixed_parts
    if not var_parts and not fixed_parts:
        if _FIXED_WORDS.search(low):
            raise ClaimError("the claim fixes part of the weights without saying which; family claims are read for "
                             "all the weights or for the last layer ('convex in the last layer')")
        return None
    if var_parts <= _LAST and fixed_parts <= _EARLY and (var_parts or fixed_parts - {"other"}):
        return "last"
    parts = ", ".join(sorted(var_parts | fixed_parts))
    raise ClaimError(f"a claim about part of the weights ({parts}) is read only for the last layer with the earlier "
                     f"layers fixed; write the loss as a formula in the weights it is about")


_DEFINITE_NET = re.compile(r"\b(?:the|this|that|our|my|your|their|such\s+a)\s+(?:neural\s+)?(?:network|net|model|nn|"
                           r"mlp)(?:'s)?\b")
_UNGIVEN_POINT = re.compile(r"\b(?:on|at|for|with)\s+(?:the|a|one|some|any\s+given)\s+(?:single\s+)?(?:training\s+)?"
                            r"(?:data\s+point|point|example|sample|observation)\b(?!s)")


def refuse_unstated_subject(low: str, *, kind_named: bool, data_given: bool) -> None:
    """``ClaimError`` when the sentence names one network or one data point without giving it."""
    if not kind_named and _DEFINITE_NET.search(low):
        raise ClaimError("which network? the claim names one ('the network') without its layers, activation, loss "
                         "or data; say e.g. 'a 1-2-1 ReLU network with squared loss on the data (1, 1), (-1, -1)'")
    if not data_given and _UNGIVEN_POINT.search(low):
        raise ClaimError("which data point? the answer depends on it (on x = 0 a network without biases has a "
                         "constant loss); give its values, e.g. 'on the data point (1, 1)'")





_DATA_ONLY_LEFTOVER = re.compile(r"^[\s,;.=]*(?:(?:and|\\quad|\\text\{\s*and\s*\}|[xy])[\s,;.=]*)*$")


def math_is_only_data(text: str) -> bool:
    """True when the text has no math, or every ``$...$`` / ``\\(...\\)`` block is data points only
    ("$(1, 1)$", "$x = 0, y = 2$", "$(x_1, y_1) = (1, 1)$", "$0.1$")."""
    blocks = re.findall(r"\$([^$]*)\$|\\\((.*?)\\\)", text)
    if text.count("$") % 2:
        return False
    for a, b in blocks:
        block = a or b
        rest = re.sub(r"\(\s*x(?:_\{?\d+\}?)?\s*,\s*y(?:_\{?\d+\}?)?\s*\)\s*=", " ", block)
        for pattern in (_VEC_POINT, _XY, _PAIR):
            rest = pattern.sub(" ", rest)
        rest = re.sub(_NUM, " ", rest)
        if not _DATA_ONLY_LEFTOVER.match(rest):
            return False
    return True
__all__ = ["bias_choice", "given_data", "math_is_only_data", "refuse_unstated_subject", "weights_part"]
