r"""Quantifiers and negations of a family claim, and widths without a hidden layer (text layer).

A family claim "the loss of a ReLU network is convex" is about every member; "... is not convex" about some member
(docs/FAMILIES.md). Sentences say the same with other words, and some say something else:

* **A negation the property patterns miss.** "Not all ReLU networks have a convex loss", "not every network ...",
  "a ReLU network does not have a convex loss", "... don't yield convex losses" deny that every member is convex:
  they say some member is not convex (``quantified_polarity`` returns True). Read as "convex" they would be refuted
  by the very member that proves them.
* **"Not convex" for every member.** "Every ReLU network with one hidden layer has a non-convex loss", "the loss of
  any network ... is non-convex", "all ... networks are non-convex", "... is never convex", "always non-convex":
  one member's certificate does not prove them, and they are false as literally stated (a member without biases on
  data at x = 0 has a constant loss, convex), while their writers mean networks on generic data. Refused in one
  line, with the wording that is answered.
* **"Convex" for some member.** "... is sometimes convex", "can be convex", "some ReLU networks have a convex loss":
  a refutation of "every member is convex" says nothing about them. Refused.
* **Another subject or a qualified property.** "The output (prediction, network function, logits) of logistic
  regression is convex in its weights" is about sigma(w x + b), not the loss (the loss is convex, the output is
  not); "the Hessian / gradient of the loss", "piecewise convex", "convex on each activation region", "along
  every line", "star-convex" are not the convexity of the loss in all its weights. Refused (``refuse_other_subject``).
* **A kind the reader does not know.** "A convex neural network", "a linearized network", "a GELU network", "a
  graph network": a word right before the network noun (or before "neural") that is not a kind the reader reads
  (activation, depth, widths, "deep", "feedforward", ...) or a determiner changes the family, and members of
  another family would answer it (a linearized network's squared loss is convex; a plain network's is not).
  Refused (``refuse_unknown_kind``).
* **Two statements joined.** "convex in the output weights and not convex in all weights": refused (reading one
  part answered the whole; the negation of the second was applied to the first).
* **Two widths.** "a 2-1 linear network" names the widths of a network *without a hidden layer* (input 2, output
  1); ``two_widths`` reads them (only next to a network word, so that data such as "(1, -1)" are never widths).
"""

from __future__ import annotations

import re

from .errors import ClaimError

_NOUN = r"(?:networks?|nets?|mlps?|perceptrons?|models?|neurons?)"
_NOT_ALL = re.compile(r"\bnot\s+(?:all|every|each|any)\b|\bnot\s+(?:always|necessarily)\s+(?:have|has|yield)")
_DOES_NOT = re.compile(r"\b(?:do|does|did|will|would|should|need)\s*(?:not|n't)\s+(?:have|has|yield|give|produce|"
                       r"lead\s+to|result\s+in|make|create|admit|possess)\s+(?:a\s+|an\s+|any\s+)?"
                       r"(?:[\w-]+\s+){0,2}?convex\b|\b(?:doesn'?t|don'?t|won'?t)\s+(?:have|yield|give|produce|"
                       r"lead\s+to|result\s+in|make)\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,2}?convex\b")
_EVERY = re.compile(rf"\b(?:every|all|any|each)\s+(?:[\w-]+\s+){{0,4}}?{_NOUN}\b|\bnever\b|"
                    rf"\balways\s+(?:be\s+)?(?:non[\s-]?convex|not\s+convex)")
_SOME = re.compile(rf"\bsometimes\b|\b(?:can|may|could|might)\s+(?:also\s+)?be\s+convex\b|"
                   rf"\bsome\s+(?:[\w-]+\s+){{0,4}}?{_NOUN}\b")
_TWO_WIDTHS = re.compile(rf"(?<![\d-])\b(?P<a>\d+)\s*-\s*(?P<b>\d+)\b(?!\s*-\s*\d)(?=\s+(?:[\w-]+\s+){{0,3}}?{_NOUN}\b)")


_OTHER = re.compile(r"\b(?:outputs?|predictions?|predicted\s+values?|network\s+functions?|function\s+computed|"
                    r"logits?|scores?|decision\s+(?:function|boundary)|hessians?|gradients?|jacobians?)\s+"
                    r"(?:of|computed\s+by)\s+(?:a|an|the|any|every|each|its|this|their|logistic|linear|deep|"
                    r"shallow|neural|relu|sigmoid|tanh)\b|"
                    r"\b(?:network|model|net|neuron)(?:'s|s')\s+(?:outputs?|predictions?|logits?|hessians?|gradients?)\b|"
                    r"\bpiecewise[\s-]+convex|\bstar[\s-]+convex|\b(?:on|in|within|over)\s+(?:each|every|any)\s+"
                    r"(?:[\w-]+\s+)?(?:regions?|pieces?|cells?)\b|\balong\s+(?:each|every|any)\s+(?:[\w-]+\s+)?"
                    r"(?:lines?|directions?|rays?|segments?)\b|"
                    r"\bregimes?\b|\bntk\b|\bneural\s+tangent|\blineari[sz]\w*|\bmean[\s-]+field|\blazy\s+training")


def refuse_other_subject(low: str) -> None:
    """``ClaimError`` when the sentence is about the network's output (or a derivative of the loss), or qualifies
    "convex" (piecewise, on each region, along lines, star-): a member's certificate about its loss in all its
    weights would answer another claim."""
    m = _OTHER.search(low)
    if m:
        raise ClaimError(f"'{m.group(0).strip()}': family claims are about the convexity of the loss in the "
                         "network's weights; write the function as a formula")


#: words that may stand right before "network" / "neural network": determiners, prepositions and the kinds read
_KNOWN_BEFORE = frozenset("""a an the any every all each some this that these those such our your their its of with for
in on by to from and or is are as than same one single simple small standard vanilla plain typical general generic
usual ordinary artificial neural deep shallow feedforward feed-forward fully-connected connected dense multilayer
multi-layer single-layer one-layer two-layer three-layer hidden-layer one-hidden-layer linear identity relu relus
rectified leaky sigmoid sigmoidal logistic tanh softplus layer layers unit units activation activations
""".split())
_BEFORE_NOUN = re.compile(r"(?:^|\s)(?P<word>[\w'-]+)\s+(?:neural\s+)?(?:networks?|nets?|mlps?|perceptrons?)\b")


def refuse_unknown_kind(low: str) -> None:
    """``ClaimError`` when the word right before the network noun (or before "neural network") is not a kind the
    family reader reads nor a determiner: "a linearized network", "a convex neural network", "a GELU network"."""
    for m in _BEFORE_NOUN.finditer(low):
        word = m.group("word").removesuffix("'s")
        if word in _KNOWN_BEFORE or re.fullmatch(r"\d+(?:-\d+)+|\d+-layer|(?:\d+|one|single|two)-hidden-layer", word):
            continue
        raise ClaimError(f"'{m.group(0).strip()}': '{word}' is not a kind of network family claims read "
                         "(activations, depth, widths); write the loss as a formula")


_TWO_CLAIMS = re.compile(r"\bconvex\b.*\b(?:and|but|yet|while|whereas)\b.*\bconvex")


def quantified_polarity(low: str, negated: bool) -> bool:
    """Whether the family claim in ``low`` (lower case) says "not convex" for some member, given what the property
    patterns read (``negated``); ``ClaimError`` for "not convex" of every member, "convex" of some member, and two
    property statements joined ("convex in the output weights and not convex in all weights": one of them would be
    answered as the whole)."""
    if _TWO_CLAIMS.search(low):
        raise ClaimError("the claim joins two convexity statements; state one claim at a time")
    flipped = bool(_NOT_ALL.search(low) or _DOES_NOT.search(low))
    if flipped and negated:
        raise ClaimError("the claim negates twice ('not all ... non-convex'); state it plainly, e.g. 'the loss of a "
                         "ReLU network is not convex'")
    negated = negated or flipped
    if negated and not flipped:
        m = _EVERY.search(low)
        if m:
            raise ClaimError(f"'{m.group(0).strip()}': 'not convex' for every member (every width and data set) is "
                             "not what one member shows, and a member without biases on data at x = 0 has a constant "
                             "loss; write 'the loss of a ReLU network is not convex' (some member) or give the data")
    if not negated:
        m = _SOME.search(low)
        if m:
            raise ClaimError(f"'{m.group(0).strip()}': 'convex' for some member is not read; family claims answer "
                             "'convex' for every member, or 'not convex' for some member")
    return negated


def two_widths(low: str) -> tuple[int, int] | None:
    """The widths (input, output) of "a 2-1 linear network" (no hidden layer), or None; the output must be 1."""
    m = _TWO_WIDTHS.search(low)
    if not m:
        return None
    widths = int(m.group("a")), int(m.group("b"))
    if widths[1] != 1 or widths[0] < 1:
        raise ClaimError(f"widths {widths[0]}-{widths[1]}: family members have one output")
    return widths


__all__ = ["quantified_polarity", "refuse_other_subject", "refuse_unknown_kind", "two_widths"]
