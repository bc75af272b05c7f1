r"""Answers to compound sentences (layer: text): several claims in one sentence, each answered on its own.

``sentences.compound.split_compound`` cuts the sentence into parts; each part is read and answered like any claim
(its own function, variables, domain; its own certificates, each accepted by the independent checker and about
that part's subject), and the answers combine:

- ``all`` (lists of subjects, clauses joined by and / but / so / ..., "but not" parts written as negated claims):
  the sentence holds when every part holds, and is refuted when one part is refuted (a conjunction with a false
  conjunct is false, whatever the other parts); otherwise undecided.
- ``iff`` ("$F$ is P iff it is Q"): holds when both parts are decided the same way, refuted when they are decided
  differently; otherwise undecided.
- ``iff-condition`` ("$F$ is P iff $a \ge 0$"): the direction "P for every a with C" is the part "$F$ is P if $C$";
  the converse "not P for every a with not C" is refuted by one value v of a with not C at which F is P (the part
  "F with a = v is P", a claim about that function without parameters); symconvex proves "not P" for one parameter
  value at a time, never for all of them, so the converse is never proved: the sentence is refuted or undecided.

A part that cannot be read makes the whole sentence unreadable: the one-line error names the part. The JSON object
keeps the contract's keys (``holds``, ``facts``, ``curvature``, ``certificates``, ``verified``, ``error``): ``facts``
is {} and ``curvature`` "unknown" (no single subject), ``certificates`` lists every part's certificates in order,
and ``parts`` holds each part's own object (``says``: the part as read, ``role``, and the part's ordinary claim
answer with its facts indexing its own certificates).
"""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass, field
from fractions import Fraction

import sympy as sp

from .errors import ClaimError
from .facts import ANSWER_WORDS
from .sentences.compound import Compound
from .symbolic_sums import AnswerOfParts


@dataclass
class Part:
    """One part of a compound sentence: what it says (``says``), its role, and its answer (a ``ClaimResult``)."""

    says: str
    role: str
    result: object


@dataclass
class CompoundResult(AnswerOfParts):
    """The answer to a compound sentence (module docstring): ``holds`` from the parts' answers."""

    text: str
    how: str
    subclaims: list
    holds: bool | None
    explanation: str = ""
    seconds: float = 0.0
    notes: list = field(default_factory=list)

    @property
    def certificates(self) -> list:
        return [c for p in self.subclaims for c in p.result.certificates]

    @property
    def verified(self) -> bool:
        """True when the independent checker accepted every certificate of every part."""
        return bool(self.certificates) and all(p.result.verified for p in self.subclaims if p.result.certificates)

    @property
    def curvature(self) -> str:
        return "unknown"

    def to_dict(self) -> dict:
        return {"claim": self.text, "compound": self.how, "holds": self.holds, "curvature": self.curvature,
                "facts": {}, "explanation": self.explanation, "notes": list(self.notes),
                "parts": [{"says": p.says, "role": p.role, **p.result.to_dict()} for p in self.subclaims],
                "certificates": [c.to_dict() for c in self.certificates], "verified": self.verified, "error": None}

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=indent)

    def answer(self) -> str:
        how = {"all": "every part must hold", "iff": "the two parts must agree",
               "iff-condition": "the claim for the condition and its converse"}[self.how]
        lines = [f"{ANSWER_WORDS[self.holds]}: a compound claim, {len(self.subclaims)} parts ({how})"]
        lines += [f"  ({n})" for n in self.notes]
        if self.explanation:
            lines.append(f"  {self.explanation}")
        for k, p in enumerate(self.subclaims, 1):
            lines.append(f"  part {k} ({p.role}): {p.says}")
            lines += ["    " + line for line in p.result.answer().splitlines()]
        return "\n".join(lines)

    __str__ = answer


def combine_all(answers: list) -> bool | None:
    """A conjunction: False when one part is refuted, True when every part holds, else None."""
    return False if False in answers else True if all(a is True for a in answers) else None


def check_compound(text: str, compound: Compound, timeout: float, *, check_one, parse, answer) -> CompoundResult:
    """Answer every part of ``compound`` with ``check_one(text, timeout)`` (a ``ClaimResult`` or a ``ClaimError``)
    and combine them (module docstring); ``parse`` and ``answer`` are the reader and the answerer of one claim
    (``claims.parse_claim``, ``claims._answer``), used for the converse of an "iff" with a condition."""
    start = time.monotonic()

    def left():
        return max(timeout - (time.monotonic() - start), 0.05)

    def read(texts, role):
        out = []
        for k, says in enumerate(texts, 1):
            try:
                result = check_one(says, left())
            except ClaimError as exc:
                raise ClaimError(f"part {k} of the sentence ('{says[:60]}') cannot be read: {exc}") from None
            out.append(Part(says, role, result))
        return out

    parts = read(compound.parts, "claim" if compound.how != "iff-condition" else "for the condition")
    for part in parts if compound.parameter else ():
        claim = getattr(part.result, "claim", None)
        if claim is None or compound.parameter not in {str(p) for p in claim.parameters}:
            raise ClaimError(f"'or' joins two conditions on {compound.parameter}, which is a variable of the "
                             "function: the set where either holds need not be convex; state one condition per claim")
    answers = [p.result.holds for p in parts]
    explanation = ""
    if compound.other is not None and compound.how == "all":
        # a domain after the last clause, read for that clause only and for every clause: answered where both agree
        changed = [says for says, first in zip(compound.other, compound.parts) if says != first]
        extra = read(changed, "other reading")
        by_text = {p.says: p.result.holds for p in parts + extra}
        readings = [combine_all(answers), combine_all([by_text[t] for t in compound.other])]
        holds = readings[0] if readings[0] == readings[1] else None
        if holds is None and None not in readings:
            explanation = (f"undecided: the readings disagree (the domain for the last claim only: "
                           f"{ANSWER_WORDS[readings[0]].lower()}; for every claim: {ANSWER_WORDS[readings[1]].lower()})")
        parts += extra
    elif compound.how == "all":
        holds = combine_all(answers)
    elif compound.how == "iff":
        holds = None if None in answers else answers[0] == answers[1]
    else:
        parts += _converse_instances(compound, parts[0], parse, answer, left, start)
        refuted = answers[0] is False or any(p.result.holds is True for p in parts[1:])
        holds = False if refuted else None
        if holds is None and answers[0] is True:
            converse = _converse_proof(compound, parts[0], parse, answer, left, start)
            if converse is not None:
                parts.append(converse)
                holds = True
        if holds is None:
            a, rel, c = compound.condition
            explanation = (f"undecided: the converse (not {parts[0].result.claim.property} for every {a} {rel} {c}) "
                           "is not proved: symconvex refutes a property at one parameter value at a time")
    if holds is None and not explanation:
        explanation = "undecided: " + "; ".join(f"part {k} is {ANSWER_WORDS[a].lower()}"
                                                 for k, a in enumerate(answers, 1) if a is None)
    return CompoundResult(text=text, how=compound.how, subclaims=parts, holds=holds, explanation=explanation,
                          seconds=time.monotonic() - start, notes=list(compound.notes))


#: "not P for every parameter value" follows from "Q for every value" on a domain with two points: a function both
#: convex and strictly concave (concave and strictly convex, ...) on a segment contradicts itself at its midpoint
EXCLUDES = {"convex": ("strictly concave",), "concave": ("strictly convex",), "strictly convex": ("concave",),
            "strictly concave": ("convex",), "affine": ("strictly convex", "strictly concave")}


def _converse_proof(compound: Compound, first: Part, parse, answer, left, start) -> Part | None:
    """The converse "not P for every a with not C" proved as "Q for every a with not C" (``EXCLUDES``) on a
    domain of the variables with two distinct points; None when not proved."""
    from .analysis import has_two_points
    from .domain import Domain

    a, rel, c = compound.condition
    claim = parse(first.says)
    if claim.negated or claim.also or claim.disjunctive or claim.property not in EXCLUDES:
        return None
    words = first.says.rsplit(" if ", 1)[0]
    other = parse(f"{words} if ${a} {rel} {c}$")
    if len(other.parameters) != 1 or other.readings:
        return None
    (param,) = other.parameters
    plain = [d for d in (other.domain or []) if param not in d.free_symbols]
    if not has_two_points(Domain.build(other.variables, plain) if plain else None):
        return None
    for q in EXCLUDES[claim.property]:
        result = answer(dataclasses.replace(other, property=q, negated=False, also=(), remarked=()),
                        left(), start)
        if result.holds is True:
            return Part(f"for every {a} {rel} {c}, the function is {q}, hence not {claim.property}",
                        "converse", result)
    return None


def _number(text: str) -> Fraction:
    text = text.strip()
    if text.startswith("-\\frac") or text.startswith("\\frac"):
        sign = -1 if text.startswith("-") else 1
        num, den = text.split("{")[1].rstrip("}"), text.split("{")[2].rstrip("}")
        return sign * Fraction(int(num), int(den))
    return Fraction(text)


def _converse_instances(compound: Compound, first: Part, parse, answer, left, start) -> list:
    """Parts "F at a = v is P" for a few values v that satisfy "not C" (its closed end first): one that holds
    refutes the converse."""
    a, rel, c = compound.condition
    claim = parse(first.says)
    if len(claim.parameters) != 1:
        raise ClaimError("'iff' with a condition: the claim must have exactly one parameter, the condition's")
    (param,) = claim.parameters
    end = _number(c)
    side = 1 if rel in (">", r"\ge") else -1
    values = ([end] if rel in (r"\ge", r"\le") else []) + [end + side * Fraction(1, 2), end + side, end + 2 * side]
    others = [d for d in (claim.domain or []) if param not in d.free_symbols]
    out = []
    for v in values[:3]:
        instance = type(claim)(function=sp.simplify(claim.function.subs(param, sp.Rational(v.numerator, v.denominator))),
                               variables=claim.variables, domain=others or None, property=claim.property,
                               negated=claim.negated, text=f"{first.says} (converse, at {param} = {v})",
                               also=claim.also)
        result = answer(instance, left(), start)
        said = ("not " if claim.negated else "") + claim.property
        out.append(Part(f"at {param} = {v} ({a} {rel} {c}), the function is {said}",
                        f"converse at {param} = {v}", result))
        if result.holds is True:
            break
    return out
