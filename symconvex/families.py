r"""Claims about whole families of networks, in words (text layer: reads a sentence, asks the analysis).

"Neural networks with linear activation functions and square loss will yield convex optimization" is a claim
about a *family*: every width, every data set, one kind of activation, depth and loss. This module reads such
a sentence (grammar in docs/FAMILIES.md), splits it into its plausible *readings* when it is ambiguous
("one-layer": no hidden layer or one; an output activation not named), and answers each reading with the
quantifier the sentence uses:

- "a network's loss is convex" means **every** member is convex. One member with a checked not-convex
  certificate refutes it (members are searched smallest first: 1–2 data points of small integers, widths 1
  then 2, so that a person can check the certificate by hand). It is proved only for networks without a hidden
  layer and a linear output: the loss is Σ_i ℓ(w·x_i + b, y_i), and the per-example loss ℓ(z, y) is convex
  in z for every target y (squared, logistic, hinge), which a rules certificate shows *with the data as
  parameters* (``RulesCertificate.parameters``: it holds for every value of x and y); an affine map preserves
  convexity and a sum of convex functions is convex (Boyd & Vandenberghe §3.2.1–3.2.2), so it holds for every
  data set of every size.
- "... is non-convex / is not convex" means **some** member is not convex: one member with its certificate
  proves it; the for-all-data proof refutes it.
- "convex in one layer, the others fixed" (``family_scope.weights_part``) means for every member and every value
  of the fixed weights: proved for the last layer with a linear output and for one layer of a linear network,
  refuted by one member at one fixed value, with a certificate about the loss in that layer's weights alone
  (convex for every fixed value would be convex at that one). "Concave" / "strictly convex" of every member are
  refuted by one member's certificate and never proved.

Every answer names its reading, its quantifier and the member (network, data, certificate); a reading without
a certificate is undecided. Readings that disagree make the whole claim undecided, with each reading's answer.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from dataclasses import dataclass, field

from .errors import ClaimError
from .facts import ANSWER_WORDS
from .family_polarity import quantified_polarity, refuse_other_subject, refuse_unknown_kind, two_widths
from .family_scope import (bias_choice, cut_explanation, given_data, hidden_width, leaky_slope, named_weights,
                           plain_weights,
                           part_words, property_shape, refuse_unmodelled_kind, refuse_unstated_subject, varied_layer,
                           weights_part)

#: (pattern, activation) in the order they are tried; a match is blanked out before the next pattern.
ACTIVATION_WORDS = (
    (r"\bleaky[\s-]*relus?\b", "leaky_relu:1/10"),
    (r"\brelus?\b|\brectified[\s-]+linear(?:\s+units?)?\b", "relu"),
    (r"\bsigmoids?\b|\bsigmoidal\b|\blogistic\s+(?:activations?|units?|neurons?)\b", "sigmoid"),
    (r"\btanh\b|\bhyperbolic\s+tangents?\b", "tanh"),
    (r"\bsoftplus\b", "softplus"),
    (r"\b(?:linear|identity)\s+(?:activations?|activation\s+functions?|units?|neurons?|layers?|networks?|"
     r"nets?|models?)\b|\bactivations?\s+(?:is|are)\s+(?:linear|the\s+identity)\b|\bdeep\s+linear\b|"
     r"\blinear\s+neural\b|\bno\s+(?:non-?linearity|activations?)\b", "identity"),
)
LOSS_WORDS = (
    (r"\bcross[\s-]*entropy\b|\blogistic\s+loss\b|\blog[\s-]*loss\b|\blog[\s-]*likelihood\b|"
     r"\blogistic\s+regression\b|\bbce\b", "logistic"),
    (r"\bhinge\b|\bsvm\b", "hinge"),
    (r"\bsquared?\b|\bquadratic\b|\bmse\b|\bmean[\s-]+squared?\b|\bleast[\s-]+squares?\b|\bl2\s+loss\b|"
     r"\blinear\s+regression\b", "squared"),
)
OUTPUT_WORDS = r"\b(sigmoid|logistic|linear|identity|relu|tanh|softplus)\s+output|\boutputs?\s+" \
               r"(?:activation\s+|unit\s+|layer\s+|neuron\s+)?(?:is\s+|of\s+)?(?:a\s+|an\s+)?" \
               r"(sigmoid|logistic|linear|identity|relu|tanh|softplus)\b"
#: a linear model (no hidden layer, a linear score): "a linear model", "a linear classifier", "a 1-1 linear model"
LINEAR_MODEL = r"\blinear\s+(?:models?|classifiers?|predictors?|regressors?)\b|\bleast[\s-]+squares?\s+regression\b"
NETWORK_WORDS = r"\bnetworks?\b|\bnets?\b|\bneural\b|\bperceptrons?\b|\bneurons?\b|\bmlps?\b|\bhidden\s+layers?\b|" \
                r"\b(?:logistic|linear)\s+regression\b|\bnn\b|" + LINEAR_MODEL
NUMBERS = {"no": 0, "zero": 0, "0": 0, "one": 1, "a": 1, "single": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3}


@dataclass(frozen=True)
class Reading:
    """One precise reading of a family claim: hidden layers, hidden activation (None: any of them), output
    activation, loss; ``words`` says it in English."""

    hidden: int
    activation: str | None
    output: str
    loss: str
    words: str


@dataclass
class FamilyClaim:
    """A family claim read from text: ``negated`` for "non-convex" (then: some member is not convex)."""

    text: str
    negated: bool
    readings: list[Reading]
    widths: tuple | None = None
    notes: list[str] = field(default_factory=list)
    #: the data the sentence gives (members are on exactly these), biases when it says, "last" for the last layer
    data: list | None = None
    bias: bool | None = None
    part: str | None = None
    #: the number of weights the claim names ("in $(w, b)$"): members have exactly that many
    n_weights: int | None = None
    #: a property other than convex, for a claim about one network on given data (one_network)
    prop: str = "convex"
    #: hidden units per layer, and data points, when the claim fixes them (members must match)
    units: int | None = None
    n_data: int | None = None

    @property
    def quantifier(self) -> str:
        return "some member" if self.negated else "every member"

    @property
    def statement(self) -> str:
        """The claim as read, in words (for the answer, the web page and the LaTeX proof)."""
        prop = ("not " if self.negated else "") + ("neither convex nor concave" if self.prop == "neither"
                                                    else self.prop)
        which = {"last": "in its last layer's weights, the earlier layers fixed at any value",
                 "one": "in one layer's weights, every other weight fixed at any value"}.get(self.part, "in its weights")
        sizes = "the widths given" if self.widths or self.units else "every width"
        data = "the data given" if self.data is not None else "every data set"
        return f"the loss of {self.quantifier} of the family is {prop} {which} ({sizes}, {data})"


@dataclass
class ReadingAnswer:
    """The answer for one reading: ``holds``, how (``reason``), the member network and its certificates."""

    reading: Reading
    holds: bool | None
    reason: str
    member: object = None
    certificates: list = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        member = None
        if self.member is not None:
            spec = self.member.spec
            member = {"layers": list(spec["layers"]), "activations": list(spec["activations"]),
                      "bias": spec["bias"], "loss": spec["loss"], "inputs": spec["inputs"],
                      "targets": spec["targets"], "weights": len(self.member.names)}
        return {"reading": self.reading.words, "hidden_layers": self.reading.hidden,
                "activation": self.reading.activation, "output_activation": self.reading.output,
                "loss": self.reading.loss, "holds": self.holds, "reason": self.reason, "member": member,
                "certificates": [c.to_dict() for c in self.certificates], "seconds": round(self.seconds, 3)}


@dataclass
class FamilyResult:
    """The answer to a family claim: ``holds`` when every reading agrees, else None; one answer per reading."""

    claim: FamilyClaim
    answers: list[ReadingAnswer]
    #: the answer when it is not "every reading agrees" (one_network.combine over the networks read)
    combined: object = "readings"

    @property
    def holds(self) -> bool | None:
        if self.combined != "readings":
            return self.combined
        values = {a.holds for a in self.answers}
        return values.pop() if len(values) == 1 else None

    @property
    def certificates(self) -> list:
        return [c for a in self.answers for c in a.certificates]

    @property
    def verified(self) -> bool:
        from .check import verify

        return bool(self.certificates) and all(verify(c) for c in self.certificates)

    def to_dict(self) -> dict:
        return {"claim": self.claim.text, "family": True, "quantifier": self.claim.quantifier,
                "negated": self.claim.negated, "holds": self.holds, "notes": self.claim.notes,
                "readings": [a.to_dict() for a in self.answers],
                "certificates": [c.to_dict() for c in self.certificates],
                "verified": self.verified, "error": None}

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=indent)

    def answer(self) -> str:
        word = ANSWER_WORDS[self.holds]
        lines = [f"{word}: a family claim — {self.claim.statement}"]
        if len(self.answers) > 1 and self.holds is None and len({a.holds for a in self.answers}) > 1:
            lines.append("  the readings disagree; each is answered below")
        for note in self.claim.notes:
            lines.append(f"  ({note})")
        for a in self.answers:
            verdict = ANSWER_WORDS[a.holds]
            lines.append(f"  reading: {a.reading.words}: {verdict}")
            lines.append(f"    {a.reason}")
            for cert in a.certificates:
                lines.append(f"    {cert.summary()}")
        if self.certificates:
            lines.append("  every certificate was accepted by the independent checker")
        return "\n".join(lines)

    __str__ = answer


# ------------------------------------------------------------------------------------------- reading

#: a dotted name in code (``torch.nn.functional.relu``): its "nn" names a module, not a network
_DOTTED = re.compile(r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")


#: a formula typed in the sentence: an operator, a call f(x), a coefficient glued to a letter (10q): "the net profit
#: 10q - q^2 is concave", "the neuron output relu(w) is convex in w" are claims about that formula, not families
_FORMULA = re.compile(r"[\^*/=+|<>]|\b[A-Za-z]\w*\((?!s\))|\b\d+[A-Za-z]")

#: what a family sentence says in numbers without being a formula: a slope 1/5, data x = 0, y = 2 (blanked out
#: before ``_FORMULA`` is looked for)
_NUMBERS_IN_WORDS = re.compile(r"-?\d+(?:\.\d+)?\s*/\s*\d+|\b[xy](?:_?\d)?\s*=\s*-?\d+(?:\.\d+)?")


def looks_like_family_claim(text: str) -> bool:
    """A sentence about networks with no formula in it, its math (if any) only data points ("on the data
    $(1, 1)$") or the loss's name (``family_scope.math_is_only_data``); other ``$...$`` claims, and sentences with a
    formula typed in them (``_FORMULA``), go to ``claims.parse_claim``. A network word inside a dotted name in code
    ("torch.nn.functional.relu(x) is convex") is not one."""
    from .family_scope import math_is_only_data

    if not isinstance(text, str) or not math_is_only_data(text):
        return False
    words = _NUMBERS_IN_WORDS.sub(" ", re.sub(r"\$[^$]*\$|\\\(.*?\\\)", " ", text))
    return not _FORMULA.search(words) and re.search(NETWORK_WORDS, _DOTTED.sub(" ", words), re.I) is not None


def _find(patterns, text: str) -> list[str]:
    found = []
    for pattern, value in patterns:
        if re.search(pattern, text, re.I):
            found.append(value)
            text = re.sub(pattern, " ", text, flags=re.I)
    return found


#: Features the family reader does not model: a claim naming one is refused rather than answered about
#: plain fully connected networks (which would be a claim about another family).
UNMODELLED = r"regulari[sz]|weight\s+decay|penalt|dropout|batch|normali[sz]|convolution|\bcnns?\b|recurrent|" \
             r"\brnns?\b|lstm|attention|transformer|residual|skip\s+connection|pooling|softmax|kernel|" \
             r"constrain|concave|strictly|locally|quasi|bounded|lipschitz|margin|radial|rbf|gaussian|" \
             r"\bshared\b|\bsharing\b|\btied\b|\btying\b|\bgraph\s+neural|\bgnns?\b|embedding|pruned|quantiz|low[\s-]+rank"


#: A claim about the network's input, or with a sign condition on the weights, or about single coordinates: not the
#: loss in all the weights or in one layer's weights (``family_scope.weights_part`` reads those), which is what a
#: family claim answers.
NOT_THE_WEIGHTS = r"\bin\s+(?:its\s+|the\s+|their\s+)?(?:inputs?|x|data|features?|biases?)\b|" \
                  r"\bnon-?negative|\bpositive\s+(?:\w+\s+)?weights|\beach\s+(?:weight|coordinate)\b|" \
                  r"\bcoordinate-?wise\b|\bone\s+at\s+a\s+time\b"


def _property(text: str) -> bool:
    """negated? (True for "non-convex" / "not convex"); ClaimError when no convexity property is stated."""
    low = text.lower()
    if property_shape(" ".join(low.split())):
        return True
    part = re.search(NOT_THE_WEIGHTS, low)
    if part:
        raise ClaimError(f"'{part.group(0)}': the claim is about the network's input or weights of a sign; family "
                         "claims answer for the loss in all the weights jointly or in one layer's weights "
                         "(write the function as a formula instead)")
    unmodelled = re.search(UNMODELLED, low)
    if unmodelled:
        raise ClaimError(f"family claims cover fully connected networks and the convexity of their loss; "
                         f"'{unmodelled.group(0)}' is not modelled (write the function as a formula instead)")
    if re.search(r"non[\s-]?convex|\bnot\s+(?:be\s+|always\s+|necessarily\s+|guaranteed\s+to\s+be\s+)?convex|"
                 r"\bisn'?t\s+convex|\bnever\s+convex|\bnot\s+a\s+convex", low):
        return True
    if re.search(r"\bconvex\b", low):
        return False
    raise ClaimError("a family claim needs the property 'convex' or 'non-convex' (e.g. 'the loss of a ReLU "
                     "network is convex')")


#: a hidden unit named as such ("one hidden neuron"): a hidden layer, not a single-neuron model
_HIDDEN_UNIT = re.compile(r"\bhidden\s+(?:neuron|unit|node)")


def _single_unit(low: str) -> bool:
    """Whether the sentence is about one neuron with no hidden layer ("a single sigmoid neuron", "a perceptron"),
    not about one hidden unit ("one hidden neuron")."""
    return re.search(r"\b(?:single|one|1|a)\s+(?:(?!hidden\b)[\w-]+\s+)?(?:neuron|unit)\b|\bperceptron\b",
                     low) is not None and not _HIDDEN_UNIT.search(low)


def _depths(low: str, activation_named: bool) -> tuple[list[int], str | None]:
    """The numbers of hidden layers the text allows, and a note when it is ambiguous."""
    if re.search(r"\bno\s+hidden\s+layers?|\bwithout\s+(?:any\s+|a\s+)?hidden\s+layers?|\b(?:zero|0)\s+hidden|"
                 r"\b(?:(?:do|does|did)\s*(?:not|n't)|don'?t|doesn'?t|lacks?|lacking)\s+(?:have\s+)?(?:a\s+|any\s+)?"
                 r"hidden\s+layers?", low):
        return [0], None
    m = re.search(r"\b(one|a|single|1|two|2|three|3)[\s-]+hidden[\s-]+layers?", low)
    if m:
        return [NUMBERS[m.group(1)]], None
    if _single_unit(low) or (re.search(r"\b(?:logistic|linear)\s+regression\b|" + LINEAR_MODEL, low)
                             and not _HIDDEN_UNIT.search(low)):
        return [0], None
    if re.search(r"\b(?:one|single|1)[\s-]+layer", low):
        return [0, 1], "'one-layer' is read both as no hidden layer and as one hidden layer"
    if re.search(r"\btwo[\s-]+layer", low):
        return [1], "'two-layer' is read as one hidden layer"
    if re.search(r"\bdeep\b", low):
        return [2], "'deep' is read as two hidden layers"
    if re.search(r"\bmulti[\s-]*layer|\bhidden\s+layers\b", low):
        return [1], None
    return [1], None if activation_named else "no depth is named: read as one hidden layer"


def parse_family_claim(text: str) -> FamilyClaim:
    """Read a family claim (docs/FAMILIES.md); ``ClaimError`` with a one-line message when it cannot be read."""
    if not looks_like_family_claim(text):
        raise ClaimError("not a claim about a family of networks (name a network, e.g. 'a ReLU network')")
    if len(text) > 2000:
        raise ClaimError("claim too long")
    full, (text, why) = text, cut_explanation(part_words(text))
    low = " ".join(text.lower().split())
    refuse_other_subject(low)
    negated = quantified_polarity(low, _property(text))
    refuse_unknown_kind(low)   # after the unmodelled features, which _property names in its own message
    notes = [f"the reason given after the claim is not read: '{why}'"] if why else []
    output_match = re.search(OUTPUT_WORDS, low)
    output = "identity" if re.search(r"\b(?:logistic|linear)\s+regression\b|" + LINEAR_MODEL, low) else None  # a score
    if output_match:
        word = output_match.group(1) or output_match.group(2)
        output = {"logistic": "sigmoid", "linear": "identity"}.get(word, word)
        low_wo = low[:output_match.start()] + " " + low[output_match.end():]
    else:
        low_wo = low
    activations = _find(ACTIVATION_WORDS, low_wo)
    if len(activations) > 1:
        raise ClaimError(f"the claim names several activations ({', '.join(activations)}); name one")
    activation = activations[0] if activations else None
    if activation and activation.startswith("leaky_relu"):
        activation = f"leaky_relu:{leaky_slope(low) or '1/10'}"
    losses = _find(LOSS_WORDS, low)
    if len(set(losses)) > 1:
        raise ClaimError(f"the claim names several losses ({', '.join(losses)}); name one")
    loss = losses[0] if losses else None
    if loss is None:
        loss = "squared"
        notes.append("no loss is named: read as the squared loss")
    depths, note = _depths(low, activation is not None)
    if note:
        notes.append(note)
    widths = None
    m = re.search(r"\b(\d+(?:\s*-\s*\d+){2,})\b", low)
    if m:
        widths = tuple(int(w) for w in re.split(r"\s*-\s*", m.group(1)))
        depths = [len(widths) - 2]
    elif (pair := two_widths(low)) is not None:   # "a 2-1 linear network": no hidden layer
        widths, depths = pair, [0]
    if widths is not None and note in notes:   # the widths say the depth
        notes.remove(note)
    m = re.search(r"\b(one|two|three|four|a\s+single|a|1|2|3|4)\s+(?:hidden\s+)?(?:units|neurons|nodes)\b", low)
    units = _count(m.group(1)) if m else None
    width = hidden_width(low)
    if width is not None and units is not None and width != units:
        raise ClaimError(f"the claim states the hidden widths {units} and {width}")
    units = units or width
    if units is not None and units > 4 and widths is None:
        raise ClaimError("family members are searched with at most 4 hidden units; give the widths (e.g. '1-8-1')")
    if widths is not None and units is not None and any(w != units for w in widths[1:-1]):
        raise ClaimError(f"the widths {'-'.join(map(str, widths))} do not have {units} hidden units")
    refuse_unmodelled_kind(low, widths_given=widths is not None)
    m = re.search(r"\b(one|two|three|four|a\s+single|1|2|3|4)\s+(?:training\s+)?(?:data\s+points?|points?|"
                  r"examples?|samples?|observations?)\b", low)
    n_data = _count(m.group(1)) if m else None
    if re.search(r"\b\d{2,}\s+(?:data|points|examples|samples|units|neurons)", low):
        raise ClaimError("family members are searched with at most 4 data points and 4 hidden units; "
                         "give the network as a spec (symconvex net) instead")
    data = given_data(text)
    bias = bias_choice(low)
    part = weights_part(low, depths)
    kind_named = bool(activations or widths or units or re.search(
        r"hidden|layer|perceptron|neuron|regression|deep|linear", low))
    if data is not None:
        if n_data is not None and n_data != len(data):
            raise ClaimError(f"the claim says {n_data} data point(s) and gives {len(data)}")
        if widths is not None and widths[0] != len(data[0][0]):
            raise ClaimError(f"the input width {widths[0]} does not match the data's {len(data[0][0])} input(s)")
        n_data = len(data)
        if loss == "logistic" and {y for _, y in data} <= {-1, 1} and -1 in {y for _, y in data}:
            notes.append("labels -1 / 1 are read as 0 / 1: log(1 + e^{-y z}) = softplus(z) - ((y + 1)/2) z")
        notes.append("the data are the ones given: " + ", ".join(
            f"({', '.join(map(str, x))}; {y})" for x, y in data))
    elif n_data is not None:
        notes.append(f"only data sets of {n_data} point{'s' if n_data > 1 else ''} are members")
    if bias is not None:
        notes.append("only networks " + ("with" if bias else "without") + " biases are members")
    if part == "last":
        notes.append("the loss is read as a function of the last layer's weights and bias, the earlier layers "
                     "fixed at any value")
    elif part == "one":
        notes.append("the loss is read as a function of one layer's weights, every other weight fixed at any value")
    single_unit = _single_unit(low)
    readings = []
    for hidden in depths:
        outputs = [output] if output else None
        if outputs is None:
            if hidden == 0 and single_unit and activation is not None:
                outputs = [activation]
            elif hidden == 0 and loss == "squared" and activation is None:
                outputs = ["identity", "sigmoid"]
                notes.append("the output activation is not named: read both as linear and as sigmoid")
            elif hidden == 0 and activation is not None and loss == "squared":
                outputs = [activation]
            else:
                outputs = ["identity"]
        for out in outputs:
            if loss == "logistic" and out == "sigmoid":
                # the cross-entropy of a sigmoid output sigma(z) is softplus(z) - y z of the score z
                out = "identity"
                note = "the cross-entropy of a sigmoid output is read as the logistic loss of its score z"
                if note not in notes:
                    notes.append(note)
            act = activation if hidden else None
            readings.append(Reading(hidden, act, out, loss, _words(hidden, act, out, loss)))
    if not readings:
        raise ClaimError("no reading of the family claim")
    # an unnamed data point matters unless the answer is proved for every data set (no hidden layer and a linear
    # output, or the last layer)
    every_data = part in ("last", "one") or all(r.hidden == 0 and r.output == "identity" for r in readings)
    refuse_unstated_subject(low, kind_named=kind_named, data_given=data is not None or every_data)
    n_weights = named_weights(text)
    if n_weights is not None:
        if part is not None:
            raise ClaimError("the claim names its weights and a part of them; name the weights only")
        notes.append(f"the weights named are all {n_weights} weights of the network")
    return FamilyClaim(text=full, negated=negated, readings=readings, widths=widths, notes=notes, units=units,
                       n_data=n_data, data=data, bias=bias, part=part, n_weights=n_weights)


def _count(word: str) -> int:
    return {"one": 1, "a single": 1, "a": 1, "two": 2, "three": 3, "four": 4}.get(" ".join(word.split()),
                                                                                 None) or int(word)


def _words(hidden: int, activation: str | None, output: str, loss: str) -> str:
    layers = {0: "no hidden layer", 1: "one hidden layer"}.get(hidden, f"{hidden} hidden layers")
    act = "" if hidden == 0 else f", {activation or 'any'} activation"
    out = {"identity": "linear"}.get(output, output)
    return f"{layers}{act}, {out} output, {loss} loss"


# ------------------------------------------------------------------------------------------ answering

#: Candidate data sets per loss, smallest first (inputs and targets small integers).
DATA = {
    "squared": ([(1, 1)], [(1, 0)], [(1, 2)], [(1, 1), (-1, -1)], [(1, 0), (-1, 1)], [(1, 1), (2, 0)],
                [(1, 1), (-1, 0)], [(1, 1), (-1, -1), (2, 0)], [(1, 1), (-1, 0), (2, 1), (0, 1)]),
    "logistic": ([(1, 1)], [(1, 0)], [(1, 1), (-1, 0)], [(1, 0), (-1, 1)], [(1, 1), (2, 0)],
                 [(1, 1), (-1, 0), (2, 1)], [(1, 1), (-1, 0), (2, 1), (0, 0)]),
    "hinge": ([(1, 1)], [(1, -1)], [(1, 1), (-1, -1)], [(1, -1), (-1, 1)], [(1, 1), (2, -1)],
              [(1, 1), (-1, -1), (2, 1)], [(1, 1), (-1, -1), (2, 1), (0, -1)]),
}
ACTIVATIONS = ("identity", "relu", "sigmoid", "tanh", "softplus")


def members(reading: Reading, widths=None, *, units: int | None = None, n_data: int | None = None, data=None,
            bias: bool | None = None, n_weights: int | None = None):
    """Networks of the reading's family, smallest first (fewest weights, then fewest data points); ``units``
    and ``n_data`` fix the hidden width and the number of data points when the claim does, ``data`` the data
    (a list of ((inputs), target)), ``bias`` whether the layers have biases."""
    from .network import Network

    acts = [reading.activation] if reading.activation else list(ACTIVATIONS)
    d_in = len(data[0][0]) if data else None
    if widths is not None:
        shapes = [list(widths)]
    elif reading.hidden == 0:
        shapes = [[d_in, 1]] if d_in else [[1, 1], [2, 1]]
    else:
        shapes = [[d_in or 1] + [k] * reading.hidden + [1] for k in ((units,) if units else (1, 2))]
    if data is not None:
        if reading.loss == "logistic" and {y for _, y in data} <= {-1, 1}:
            # labels +-1: log(1 + e^{-y z}) = softplus(z) - ((y + 1)/2) z, the cross-entropy with targets 0 / 1
            data = [(x, (y + 1) / 2) for x, y in data]
        datasets = [[(x if len(x) > 1 else x[0], y) for x, y in data]]
    else:
        datasets = [d for d in DATA[reading.loss] if (n_data is None or len(d) == n_data)
                    and (reading.output != "sigmoid" or all(y in (0, 1) for _, y in d))]  # targets a sigmoid reaches
    biases = (False, True) if bias is None else (bias,)
    candidates = []
    for shape, act, bias, data in itertools.product(shapes, acts, biases, datasets):
        if shape[0] != 1 and not isinstance(data[0][0], tuple):
            data = [((x, 1 - x) + (0,) * (shape[0] - 2), y) for x, y in data]   # widths 3-1: pad with 0
        weights = sum(a * b + (b if bias else 0) for a, b in zip(shape, shape[1:]))
        if n_weights is not None and weights != n_weights:
            continue
        candidates.append((weights, len(data), shape, act, bias, data))
    candidates.sort(key=lambda c: (c[0], c[1]))
    for _, _, shape, act, bias, data in candidates:
        hidden = len(shape) - 2
        try:
            yield Network(shape, act if hidden else "identity", output_activation=reading.output, bias=bias,
                          loss=reading.loss, data=[([x] if not isinstance(x, tuple) else list(x), [y])
                                                   for x, y in data])
        except Exception:  # noqa: BLE001 - a member the spec refuses (e.g. a target out of range) is skipped
            continue


#: the certificates' statements that prove a fact a member is searched for
_PROVING = {"not_convex": ("not_convex",), "not_concave": ("not_concave",),
            "not_strictly_convex": ("not_strictly_convex", "not_convex")}


def find_member(reading: Reading, *, widths=None, units=None, n_data=None, data=None, bias=None, n_weights=None,
                budget: float = 20.0, fact: str = "not_convex"):
    """The smallest member with an accepted certificate of ``fact`` (not convex, not concave, not strictly convex)
    about its own spec, or (None, [])."""
    from .analysis import Subject, analyze_network, gate

    deadline = time.monotonic() + budget
    for net in members(reading, widths, units=units, n_data=n_data, data=data, bias=bias, n_weights=n_weights):
        left = deadline - time.monotonic()
        if left <= 0:
            break
        analysis = analyze_network(net, timeout=min(5.0, left))
        certs = [analysis.certificates[k] for k in analysis.facts.get(fact, [])
                 if analysis.certificates[k].statement in _PROVING[fact]]  # already through the gate
        if not certs and fact == "not_convex":
            certs, _ = gate(_expression_search(net), Subject.of(network=net))
        if certs:
            return net, certs[:1]
    return None, []


def _expression_search(net) -> list:
    """Curvature points found on the member's loss expression, restated about its spec (the checker rebuilds
    the loss from the spec and decides; the gate keeps only what is about the spec)."""
    import dataclasses

    from .evaluation import precision
    from .search import Problem, find_curvature_points

    try:
        problem = Problem(net.loss, net.params, None)
        found: list = []
        with precision():
            find_curvature_points(problem, {"not_convex"}, found, points=24)
    except Exception:  # noqa: BLE001 - a search that fails proves nothing
        return []
    return [dataclasses.replace(c, function=None, network=net.spec, variables=tuple(net.names), domain=(),
                                digest="") for c in found]


def describe(net) -> str:
    """``layers 1-1-1, identity hidden activation, linear output, no biases, 2 weights``."""
    acts = net.spec["activations"]
    hidden = f"{', '.join(dict.fromkeys(acts[:-1]))} hidden activation, " if len(acts) > 1 else ""
    out = {"identity": "linear"}.get(acts[-1], acts[-1])
    return (f"layers {'-'.join(map(str, net.layers))}, {hidden}{out} output, {net.spec['loss']} loss, "
            f"{'with' if net.bias else 'no'} biases, {len(net.names)} weight{'' if len(net.names) == 1 else 's'}")


def data_words(net) -> str:
    """``x = (1), y = 1; x = (-1), y = -1``: a member's data as the answer prints them."""
    return "; ".join(f"x = ({', '.join(x)}), y = {', '.join(y)}" for x, y in zip(net.spec["inputs"],
                                                                              net.spec["targets"]))


def answer_reading(claim: FamilyClaim, reading: Reading, *, budget: float = 20.0) -> ReadingAnswer:
    start = time.monotonic()
    if claim.part in ("last", "one"):
        return _answer_last_layer(claim, reading, start, budget)
    if reading.hidden == 0 and reading.output == "identity":
        from .family_proofs import prove_for_all_data

        cert = prove_for_all_data(reading.loss)
        if cert is not None:
            reason = ("proved for every data set: the per-example loss l(z, y) is convex in the score z for every "
                      "target y (a rules certificate, y a parameter); each example's term is l composed with the "
                      "affine map (w, b) -> w x_i + b, and the loss is their sum, convex for every input dimension "
                      "and data set")
            return ReadingAnswer(reading, not claim.negated, reason, None, [cert], time.monotonic() - start)
    net, certs = find_member(reading, widths=claim.widths, units=claim.units, n_data=claim.n_data, data=claim.data,
                             bias=claim.bias, n_weights=claim.n_weights, budget=budget)
    if net is not None:
        reason = f"member: {describe(net)}, data {data_words(net)}: its loss is not convex"
        return ReadingAnswer(reading, claim.negated, reason, net, certs, time.monotonic() - start)
    return ReadingAnswer(reading, None, "no member with a not-convex certificate was found, and no proof for "
                         "every member applies", None, [], time.monotonic() - start)


def _answer_last_layer(claim: FamilyClaim, reading: Reading, start: float, budget: float = 20.0) -> ReadingAnswer:
    """In the last layer (earlier layers fixed) with a linear output, the loss is sum_i l(v . h_i + c, y_i) with
    constant features h_i: convex for every member by the per-example certificate (family_scope)."""
    from .family_proofs import prove_for_all_data

    linear = reading.hidden == 0 or reading.activation == "identity"
    if claim.part == "one" and not linear:
        return _refute_in_layer(claim, reading, start, budget,
                                f"one layer of a network with {reading.activation or 'any'} activations (the others "
                                "fixed) is proved only for linear networks (their output is affine in one layer)")
    cert = prove_for_all_data(reading.loss) if reading.output == "identity" else None
    if cert is None:
        return _refute_in_layer(claim, reading, start, budget,
                                f"the last layer through a {reading.output} output is proved for no member")
    if claim.part == "one":
        reason = ("proved for every member in one layer, the other weights fixed: with identity activations the output "
                  "is a product of fixed matrices times that layer's weights plus fixed terms, affine in them, and the "
                  "per-example loss l(z, y) is convex in the score z for every target y (a rules certificate, y a "
                  "parameter): convex for every width, data set and fixed value")
        return ReadingAnswer(reading, not claim.negated, reason, None, [cert], time.monotonic() - start)
    reason = ("proved for every member in its last layer: with the earlier layers fixed the hidden features h_i are "
              "constants, and the loss is sum_i l(v . h_i + c, y_i); the per-example loss l(z, y) is convex in the "
              "score z for every target y (a rules certificate, y a parameter), composed with an affine map of the "
              "last layer (v, c) and summed: convex for every activation, width, data set and fixed value")
    return ReadingAnswer(reading, not claim.negated, reason, None, [cert], time.monotonic() - start)


#: the values the weights that stay fixed take, tried in turn (every weight w, every bias b)
_FIXED_VALUES = ((1, 0), (2, -1), (1, 1), (-1, 0), (0, 0))


def _refute_in_layer(claim: FamilyClaim, reading: Reading, start: float, budget: float, gap: str,
                     fact: str = "not_convex") -> ReadingAnswer:
    """"convex in one layer, the others fixed at any value" is refuted by one member and one value of the fixed
    weights at which the loss, a function of that layer's weights alone, has a checked not-convex certificate: a
    function convex for every fixed value is convex at this one. The layer is the one every reading of the words
    varies (``family_scope.varied_layer``; varying fewer weights than the claim names still refutes it: a convex
    function restricted to an affine subspace is convex). "Not convex in one layer for fixed others" is left
    undecided: whether "for fixed" means some or every fixed value is not said."""
    import sympy as sp

    from .analysis import analyze

    if claim.negated:
        return ReadingAnswer(reading, None, f"{gap}; 'not convex' in part of the weights is not read (for some "
                             "fixed value of the others, or for every one?)", None, [], time.monotonic() - start)
    low = part_words(" ".join(claim.text.lower().split()))
    where = varied_layer(low, reading.hidden)
    if where is None:
        return ReadingAnswer(reading, None, f"{gap}; the words do not say which layer", None, [],
                             time.monotonic() - start)
    layer, which = where
    deadline = start + budget
    for net in members(reading, claim.widths, units=claim.units, n_data=claim.n_data, data=claim.data,
                       bias=claim.bias, n_weights=claim.n_weights):
        prefixes = tuple(f"{kind}{layer}_" for kind in which)
        varied = [p for n, p in zip(net.names, net.params) if n.startswith(prefixes)]
        if not varied:
            continue
        for w_value, b_value in _FIXED_VALUES:
            left = deadline - time.monotonic()
            if left <= 0.2:
                return ReadingAnswer(reading, None, f"{gap}; no member refuted it in the time given", None, [],
                                     time.monotonic() - start)
            fixed = {p: sp.Integer(b_value if n.startswith("b") else w_value)
                     for n, p in zip(net.names, net.params) if p not in varied}
            loss = net.loss.xreplace(fixed)
            analysis = analyze(loss, varied, timeout=min(2.5, left))
            certs = [analysis.certificates[k] for k in analysis.facts.get(fact, [])
                     if analysis.certificates[k].statement in _PROVING[fact]]
            if certs:
                names = ", ".join(str(p) for p in varied)
                reason = (f"member: {describe(net)}, data {data_words(net)}; with every other weight fixed at "
                          f"{w_value} and every other bias at {b_value}, its loss is {fact.replace('_', ' ')} in {names}")
                return ReadingAnswer(reading, False, reason, None, certs[:1], time.monotonic() - start)
    return ReadingAnswer(reading, None, f"{gap}; no member refuted it", None, [], time.monotonic() - start)


def _refute_other_property(claim: FamilyClaim, total: float) -> FamilyResult:
    """"The loss of a ReLU network is concave / strictly convex" is about every member: one member whose loss has a
    checked not-concave (not strictly convex, or not convex) certificate about its own spec refutes it; in one layer
    (the others fixed), one member at one fixed value (``_refute_in_layer``). Nothing proves it here (undecided)."""
    fact = {"concave": "not_concave", "strictly convex": "not_strictly_convex"}[claim.prop]
    answers = []
    for reading in claim.readings:
        start = time.monotonic()
        if claim.part is not None:   # one layer, the others fixed: one member at one fixed value
            answers.append(_refute_in_layer(claim, reading, start, total / max(len(claim.readings), 1),
                                            f"'{claim.prop}' in part of the weights is never proved", fact))
            continue
        net, certs = find_member(reading, widths=claim.widths, units=claim.units, n_data=claim.n_data,
                                 data=claim.data, bias=claim.bias, n_weights=claim.n_weights,
                                 budget=total / max(len(claim.readings), 1), fact=fact)
        if net is None:
            answers.append(ReadingAnswer(reading, None, f"no member with a {fact.replace('_', ' ')} certificate was "
                                         "found", None, [], time.monotonic() - start))
            continue
        reason = f"member: {describe(net)}, data {data_words(net)}: its loss is {fact.replace('_', ' ')}"
        answers.append(ReadingAnswer(reading, False, reason, net, certs, time.monotonic() - start))
    return FamilyResult(claim, answers)


def check_family_claim(text: str, *, timeout: float | None = None) -> FamilyResult:
    """Read and answer a family claim (module docstring); a claim about one network on given data is analysed
    over its weights for any property (one_network). A claim "in w" (``family_scope.plain_weights``: the weights,
    perhaps without the biases) keeps an answer about all the weights only when it implies the answer in w: a
    convex (concave, affine, strictly ...) loss is so on every slice, so "convex in w" holds and "not convex in
    w" is refuted; the converse answers (not convex jointly) say nothing about the slice and are left open."""
    result = _check_family_claim(text, timeout=timeout)
    if plain_weights(text) == "w" and result.holds is not None:
        negative = result.claim.negated or result.claim.prop == "neither"
        if result.holds == negative:
            result.claim.notes.append("'w' may name the weights without the biases: the answer found is about all "
                                      "the weights jointly and does not decide the claim in w alone")
            result.combined = None
    return result


def _check_family_claim(text: str, *, timeout: float | None = None) -> FamilyResult:
    from . import one_network

    split = one_network.split_property(text)
    claim = parse_family_claim(text if split is None else split[2])
    if split is not None:
        claim.text, claim.prop, claim.negated = text, split[0], split[1]
    total, start = timeout or 60.0, time.monotonic()
    nets = one_network.networks_read(claim, members)
    if nets is not None:
        answers = []
        share = total / 2 if claim.prop == "convex" else total   # convexity keeps half for the members' search
        for reading, net, holds, facts, certs in one_network.answer(nets, claim.prop, claim.negated, timeout=share):
            reason = f"the network {describe(net)}, data {data_words(net)}: proven {', '.join(facts) or 'nothing'}"
            answers.append(ReadingAnswer(reading, holds, reason, net, certs))
        per_reading = {}
        for a in answers:   # within a reading: every (some) network read; readings that disagree: undecided
            per_reading.setdefault(a.reading, []).append(a.holds)
        values = {one_network.combine(v, claim.negated) for v in per_reading.values()}
        one = FamilyResult(claim, answers, combined=values.pop() if len(values) == 1 else None)
        if one.holds is not None or claim.prop != "convex":
            return one
        # convexity left open by the analysis: the members' search (with its expression search) may still refute it
    elif split is not None and split[0] in ("concave", "strictly convex") and not claim.negated:
        return _refute_other_property(claim, total)
    elif split is not None:
        raise ClaimError(f"'{split[0]}' is read for one network on given data (its widths, activation, loss and "
                         f"data); a family claim is read for convexity only")
    budget = max(total - (time.monotonic() - start), 0.5) / max(len(claim.readings), 1)
    return FamilyResult(claim, [answer_reading(claim, r, budget=budget) for r in claim.readings])


__all__ = ["FamilyClaim", "FamilyResult", "Reading", "ReadingAnswer", "check_family_claim", "find_member",
           "looks_like_family_claim", "members", "parse_family_claim"]
