r"""Curvature facts and the one table of implications between them (analysis layer; pure logic, no search).

An analysis is a set of *proven facts*, each backed by certificates the independent checker accepted. A fact
is one of ``FACTS``; a certificate proves one fact directly (``check.verify`` returns its name), and the
table ``IMPLICATIONS`` derives the others. Each row is a theorem about a function f on a convex set D:

- ``affine ⇒ convex``, ``affine ⇒ concave``: Jensen's inequality holds with equality for an affine f.
- ``convex ∧ concave ⇒ affine``: f and −f convex on a convex set means f(λa + (1−λ)b) = λf(a) + (1−λ)f(b).
- ``strictly_convex ⇒ convex`` (and concave): a strict inequality is an inequality.
- ``not_convex ⇒ not_affine``, ``not_convex ⇒ not_strictly_convex`` (and concave): contrapositives of the
  rows above.
- ``convex ∧ not_affine ⇒ not_concave`` (and dually): contrapositive of ``convex ∧ concave ⇒ affine``.
- Rows marked *two points* need D to hold two distinct points a ≠ b (true on ℝⁿ and on any convex set with
  an interior point): ``concave ⇒ not_strictly_convex`` (f(m) ≥ chord at a ≠ b contradicts f(m) < chord),
  ``convex ⇒ not_strictly_concave``, hence ``affine ⇒ not_strictly_convex``, and
  ``strictly_convex ⇒ not_concave``, ``strictly_concave ⇒ not_convex``.

``derive(direct, two_points)`` closes a map fact → certificate indices under the table; a derived fact is backed
by the union of its premises' certificates. A fact and its negation together mean the checker accepted
certificates that contradict each other; ``derive`` raises ``ContradictoryFacts`` then, and the analysis
answers nothing rather than something wrong.

>>> sorted(derive({"not_convex": [0]}))
['not_affine', 'not_convex', 'not_strictly_convex']
>>> derive({"convex": [0], "not_affine": [1]})["not_concave"]
[0, 1]
"""

from __future__ import annotations

from dataclasses import dataclass

POSITIVE = ("convex", "concave", "affine", "strictly_convex", "strictly_concave")
FACTS = POSITIVE + tuple("not_" + p for p in POSITIVE)


@dataclass(frozen=True)
class Implication:
    """``premises`` (all proven) ⇒ ``conclusion``; ``theorem`` states the mathematics; ``two_points``: the row
    needs a domain with two distinct points."""

    premises: tuple[str, ...]
    conclusion: str
    theorem: str
    two_points: bool = False


def _dual(row: Implication) -> Implication:
    """The same theorem for −f: convex ↔ concave."""
    swap = {"convex": "concave", "concave": "convex"}

    def flip(fact: str) -> str:
        head, _, rest = fact.rpartition("_")
        rest = swap.get(rest, rest)
        return f"{head}_{rest}" if head else rest

    return Implication(tuple(flip(p) for p in row.premises), flip(row.conclusion),
                       row.theorem.replace("convex", "CONCAVE").replace("concave", "convex").replace("CONCAVE", "concave"),
                       row.two_points)


_ONE_SIDE = (
    Implication(("affine",), "convex", "an affine function satisfies Jensen's inequality with equality"),
    Implication(("strictly_convex",), "convex", "a strictly convex function is convex"),
    Implication(("not_convex",), "not_affine", "an affine function is convex"),
    Implication(("not_convex",), "not_strictly_convex", "a strictly convex function is convex"),
    Implication(("convex", "not_affine"), "not_concave", "a convex and concave function is affine"),
    Implication(("concave",), "not_strictly_convex",
                "at a ≠ b a concave f has f(m) ≥ λf(a) + (1−λ)f(b), which a strictly convex f forbids", True),
    Implication(("strictly_convex",), "not_concave",
                "at a ≠ b a strictly convex f has f(m) < λf(a) + (1−λ)f(b), which a concave f forbids", True),
)

#: The implications, each with its dual (f ↦ −f), plus the one row that is its own dual.
IMPLICATIONS: tuple[Implication, ...] = (
    *_ONE_SIDE, *(_dual(r) for r in _ONE_SIDE),
    Implication(("convex", "concave"), "affine", "a convex and concave function on a convex set is affine"),
)


class ContradictoryFacts(Exception):
    """Accepted certificates prove a fact and its negation (a checker bug, or a subject mix-up)."""


def negation(fact: str) -> str:
    """``convex`` ↔ ``not_convex``."""
    return fact[4:] if fact.startswith("not_") else "not_" + fact


def derive(direct: dict[str, list[int]], two_points: bool = True) -> dict[str, list[int]]:
    """Close ``direct`` (fact → indices of the certificates proving it) under ``IMPLICATIONS``.

    >>> derive({"affine": [2]})["not_strictly_convex"]
    [2]
    >>> "not_strictly_convex" in derive({"affine": [2]}, two_points=False)
    False
    """
    unknown = set(direct) - set(FACTS)
    if unknown:
        raise ValueError(f"not a fact: {sorted(unknown)}")
    facts = {k: sorted(set(v)) for k, v in direct.items()}
    changed = True
    while changed:
        changed = False
        for row in IMPLICATIONS:
            if row.conclusion in facts or (row.two_points and not two_points):
                continue
            if all(p in facts for p in row.premises):
                facts[row.conclusion] = sorted(set().union(*(facts[p] for p in row.premises)))
                changed = True
    clash = sorted(f for f in facts if not f.startswith("not_") and negation(f) in facts)
    if clash:
        raise ContradictoryFacts(f"certificates prove both {clash[0]} and {negation(clash[0])}")
    return {f: facts[f] for f in FACTS if f in facts}


def summary(facts) -> str:
    """The one-word curvature derived from the facts: affine, convex, concave, neither, not_convex,
    not_concave or unknown (strictly convex counts as convex).

    >>> summary({"concave", "not_convex"}), summary({"not_convex", "not_concave"}), summary(set())
    ('concave', 'neither', 'unknown')
    """
    for word, needs in (("affine", {"affine"}), ("convex", {"convex"}), ("concave", {"concave"}),
                        ("neither", {"not_convex", "not_concave"}), ("not_convex", {"not_convex"}),
                        ("not_concave", {"not_concave"})):
        if needs <= set(facts):
            return word
    return "unknown"


#: How an answer to a claim reads: holds (True), refuted (False), undecided (None).
ANSWER_WORDS = {True: "holds", False: "refuted", None: "undecided"}

__all__ = ["ANSWER_WORDS", "FACTS", "IMPLICATIONS", "ContradictoryFacts", "Implication", "derive", "negation", "summary"]
