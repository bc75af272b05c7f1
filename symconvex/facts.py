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
#: Facts beyond curvature (``check.quasi``): sublevel sets (quasiconvex: every sublevel set convex; quasiconcave:
#: every superlevel set; quasilinear: both) and log-log curvature (f > 0 on the positive orthant, log f(e^u) convex,
#: concave or affine in u).
OTHER_POSITIVE = ("quasiconvex", "quasiconcave", "quasilinear", "loglog_convex", "loglog_concave", "loglog_affine")
FACTS = POSITIVE + tuple("not_" + p for p in POSITIVE) + OTHER_POSITIVE + tuple("not_" + p for p in OTHER_POSITIVE)
#: The claim words of each fact beyond curvature (the property a claim states -> the fact that proves it; its
#: negation ``not_<fact>`` refutes it).
PROPERTY_WORDS = {"quasiconvex": "quasiconvex", "quasiconcave": "quasiconcave", "quasilinear": "quasilinear",
                  "log-log convex": "loglog_convex", "log-log concave": "loglog_concave",
                  "log-log affine": "loglog_affine"}


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
        rest = rest.replace("quasiconvex", "QUASI").replace("quasiconcave", "quasiconvex").replace("QUASI", "quasiconcave")
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

#: Rows about sublevel sets and log-log curvature (each with its dual below).
_QUASI_SIDE = (
    Implication(("convex",), "quasiconvex", "f(m) <= λf(a) + (1−λ)f(b) <= max(f(a), f(b)): convex is quasiconvex"),
    Implication(("not_quasiconvex",), "not_convex", "convex is quasiconvex"),
    Implication(("quasilinear",), "quasiconvex", "quasilinear means quasiconvex and quasiconcave"),
    Implication(("not_quasiconvex",), "not_quasilinear", "quasilinear means quasiconvex and quasiconcave"),
    Implication(("loglog_affine",), "loglog_convex", "log f(e^u) affine is convex"),
    Implication(("not_loglog_convex",), "not_loglog_affine", "log f(e^u) affine is convex"),
    Implication(("loglog_convex", "not_loglog_affine"), "not_loglog_concave",
                "log f(e^u) convex and concave is affine"),
)

#: The implications, each with its dual (f ↦ −f), plus the one row that is its own dual.
IMPLICATIONS: tuple[Implication, ...] = (
    *_ONE_SIDE, *(_dual(r) for r in _ONE_SIDE),
    Implication(("convex", "concave"), "affine", "a convex and concave function on a convex set is affine"),
)
#: ``IMPLICATIONS`` and the rows of the facts beyond curvature (duals: f ↦ −f; for log-log rows f ↦ 1/f), used
#: for claims about those facts only (a curvature answer lists curvature facts).
ALL_IMPLICATIONS: tuple[Implication, ...] = (
    *IMPLICATIONS, *_QUASI_SIDE, *(_dual(r) for r in _QUASI_SIDE),
    Implication(("quasiconvex", "quasiconcave"), "quasilinear", "quasilinear means quasiconvex and quasiconcave"),
    Implication(("loglog_convex", "loglog_concave"), "loglog_affine", "log f(e^u) convex and concave is affine"),
)


class ContradictoryFacts(Exception):
    """Accepted certificates prove a fact and its negation (a checker bug, or a subject mix-up)."""


def negation(fact: str) -> str:
    """``convex`` ↔ ``not_convex``."""
    return fact[4:] if fact.startswith("not_") else "not_" + fact


def derive(direct: dict[str, list[int]], two_points: bool = True,
           rows: tuple[Implication, ...] = IMPLICATIONS) -> dict[str, list[int]]:
    """Close ``direct`` (fact → indices of the certificates proving it) under ``rows`` (``IMPLICATIONS``, or
    ``ALL_IMPLICATIONS`` for the facts beyond curvature).

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
        for row in rows:
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

__all__ = ["ALL_IMPLICATIONS", "ANSWER_WORDS", "FACTS", "IMPLICATIONS", "OTHER_POSITIVE", "PROPERTY_WORDS", "ContradictoryFacts", "Implication", "derive", "negation", "summary"]
