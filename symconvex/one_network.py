r"""A sentence about one network on given data, with any curvature property (text layer).

"The squared loss of a 1-2-1 ReLU network on (1, 1), (-1, -1) is neither convex nor concave", "... on the data point
(0, 1) is convex", "... is strictly convex": the sentence names its widths (or no hidden layer), its activation, its
loss and its data, so its subject is one network (or two, when it does not say whether the layers have biases).
Each is analysed over all its weights (``analysis.analyze_network``: every certificate is about that network's spec
and accepted by the checker), and the claim is decided from the proven facts:

- "is P" (convex, concave, affine, strictly convex, strictly concave, neither convex nor concave) holds when every
  network read has P and is refuted when one has not;
- "is not P" holds when one network read is not P and is refuted when every one is P.

With one network read the two agree with the plain reading. The networks of one reading of the words are the
bias choices; when the words have several readings (no hidden layer and no output named: a linear or a sigmoid
output), readings that disagree leave the claim undecided, as for every family claim. Anything the facts do not
settle stays undecided.
``split_property`` finds the property phrase, so that ``families`` reads the rest of the sentence with "convex" in
its place; ``networks_read`` says whether the sentence pins its networks down; ``answer`` decides.
"""

from __future__ import annotations

import json
import re

from .errors import ClaimError
from .facts import negation

#: (phrase, property, negated); the first match wins
_PHRASES = (
    (r"\bneither\s+convex\s+nor\s+concave\b", "neither", False),
    (r"\b(?:not|isn'?t|never)\s+strictly\s+convex\b", "strictly convex", True),
    (r"\b(?:not|isn'?t|never)\s+strictly\s+concave\b", "strictly concave", True),
    (r"\bstrictly\s+convex\b", "strictly convex", False),
    (r"\bstrictly\s+concave\b", "strictly concave", False),
    (r"\b(?:not|isn'?t|never)\s+concave\b|\bnon[\s-]?concave\b", "concave", True),
    (r"\bconcave\b", "concave", False),
    (r"\b(?:not|isn'?t|never)\s+affine\b|\bnon[\s-]?affine\b", "affine", True),
    (r"\baffine\b", "affine", False),
)
_FACT = {"convex": "convex", "concave": "concave", "affine": "affine", "strictly convex": "strictly_convex",
         "strictly concave": "strictly_concave"}


def split_property(text: str) -> tuple[str, bool, str] | None:
    """(property, negated, the text with "convex" in its place) for a property other than (not) convex, else
    None. "both convex and concave" and "convex or concave" are left to the plain reader (None); another property
    word beside the one found ("convex and not strictly convex") is refused: only one would be answered."""
    low = text.lower()
    if re.search(r"\bboth\s+convex\s+and\s+concave|\bconvex\s+(?:or|and)\s+concave|\bconcave\s+(?:or|and)\s+convex",
                 low):
        return None
    for pattern, prop, negated in _PHRASES:
        m = re.search(pattern, low)
        if m:
            if re.search(r"\b(?:non-?)?(?:convex|concave|affine)", low[:m.start()] + " " + low[m.end():]):
                raise ClaimError("the claim states several properties; state one (e.g. 'is neither convex nor "
                                 "concave')")
            return prop, negated, text[:m.start()] + "convex" + text[m.end():]
    return None


def decide(prop: str, negated: bool, facts) -> bool | None:
    """Whether "the loss is [not] PROP" holds, from the facts proven about one network; None: undecided.

    >>> decide("neither", False, {"not_convex", "not_concave"}), decide("concave", True, {"not_concave"})
    (True, True)
    """
    facts = set(facts)
    if prop == "neither":
        answer = True if {"not_convex", "not_concave"} <= facts else False if facts & {"convex", "concave"} else None
    else:
        fact = _FACT[prop]
        answer = True if fact in facts else False if negation(fact) in facts else None
    return answer if answer is None or not negated else not answer


def combine(answers: list, negated: bool) -> bool | None:
    """"is P" of every network read, "is not P" of one of them (module docstring)."""
    if not answers:
        return None
    if negated:
        return True if True in answers else False if all(a is False for a in answers) else None
    return False if False in answers else True if all(a is True for a in answers) else None


def networks_read(claim, members) -> list | None:
    """The networks a family claim names when it pins them down (data given, one activation and one shape per
    reading; at most the two bias choices) as (reading, network) pairs, else None. ``members`` is
    ``families.members``."""
    if claim.data is None or claim.part is not None:
        return None
    nets = []
    for reading in claim.readings:
        if reading.hidden and reading.activation is None:
            return None
        if reading.hidden and claim.widths is None and claim.units is None:
            return None
        found = list({json.dumps(net.spec, sort_keys=True): net for net in members(
            reading, claim.widths, units=claim.units, n_data=claim.n_data, data=claim.data, bias=claim.bias,
            n_weights=claim.n_weights)}.values())   # without a hidden layer every activation gives the same net
        if not found and claim.n_weights is not None:
            from .errors import ClaimError

            raise ClaimError(f"no network of the kind described has the {claim.n_weights} weights the claim names")
        if not found or len(found) > 2:
            return None
        nets += [(reading, net) for net in found]
    return nets


def answer(nets, prop: str, negated: bool, *, timeout: float):
    """[(reading, network, answer, the proven facts, the certificates)] for each (reading, network) read, analysed
    over all its weights."""
    from .analysis import analyze_network

    out = []
    budget = timeout / max(len(nets), 1)
    for reading, net in nets:
        analysis = analyze_network(net, timeout=budget)
        holds = decide(prop, negated, analysis.facts)
        out.append((reading, net, holds, sorted(analysis.facts), list(analysis.certificates)))
    return out


__all__ = ["answer", "combine", "decide", "networks_read", "split_property"]
