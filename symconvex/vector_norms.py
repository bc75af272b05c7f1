r"""Norms of a vector whose size the claim does not state (text layer): ``\|w\|_1``, ``\|x\|_\infty``,
``\|w\|_2^2 - \frac{1}{2}\|w\|_1^2``.

A letter alone inside a norm is a vector of any dimension d by convention; the plain reader reads it as a number
(d = 1: every p-norm of a number t is |t|). Write f_d for the claim's function with the vector in R^d, f_1 the number
reading. Two facts carry an answer about f_1 to every d:

- **restriction to an axis**: ||t e_1||_p = |t| for every p, so f_d restricted to the line {t e_1} (the other
  variables free) is f_1. A property that fails for f_1 along some segment (not convex, not strictly convex, ...) fails
  for every f_d: a refutation of "f is P" by f_1, or a proof of "f is not P" for f_1, holds for every d.
- **composition** (when the vectors appear only inside one norm ||L||_p, L one sum or difference of them,
  ``_one_norm_each``): then f_d(x, y) = g(||L(x)||_p, y) and f_1(t, y) = g(|L(t)|, y), L(t) ranging over the
  reals. If f_1 is convex, g(|u|, y) is convex, so g is convex on [0, inf) x Y and, being even in u, nondecreasing in
  its first argument there; a convex nondecreasing function of a convex function (a norm)
  and of y is convex (Boyd & Vandenberghe 3.2.4), so f_d is convex for every d. Concave: g concave and nonincreasing,
  so f_d is concave. Affine: f_1 affine and even in t does not depend on t, nor does f_d. Strictly convex does not
  carry over (||x||_1 is constant on the segment from e_1 to e_2), so it is not claimed this way.

Otherwise (mixed norms of one vector, the letter outside its norms or in a condition, a strict property proved only
for d = 1) the answer is undecided: ||w||_2^2 - ||w||_1^2 / 2 is w^2/2 for d = 1, convex, and (|w_1| - |w_2|)^2 / 2
for d = 2, not convex. ``data_vectors`` answers claims of 2-norms for every d by its own certificates first.
"""

from __future__ import annotations

import dataclasses
import re

from .facts import ANSWER_WORDS
from .matrix_rows import declared, noted
from .symbolic_sums import AnswerOfParts

#: A vector's name inside a norm: a lowercase or Greek letter, optionally bold.
_NAME = r"(?:\\(?:alpha|beta|theta|mu|xi|omega|phi|psi|eta|zeta|nu)(?![A-Za-z])|[a-z](?![A-Za-z]))"
_ITEM = rf"(?:\\mathbf\s*\{{\s*{_NAME}\s*\}}|{_NAME})"
#: A norm of vectors: of one vector (||w||_1) or of a difference or sum of vectors (||x - y||_2).
_NORM = re.compile(rf"(?:\\\||\\lVert|\\Vert|‖)\s*(?P<v>-?\s*{_ITEM}(?:\s*[+-]\s*{_ITEM})*)\s*"
                   rf"(?:\\\||\\rVert|\\Vert|‖)(?:\s*_\s*(?P<p>\{{\s*[^{{}}]*?\s*\}}|\\infty|[0-9]))?")
#: Where a claim names its variables: "in $w$", "over $w$", "with respect to $w$".
_NAMING = re.compile(rf"(?:\bin|\bover|with\s+respect\s+to|w\.r\.t\.)\s*\$\s*\(?\s*{_ITEM}(?:\s*,\s*{_ITEM})*\s*\)?\s*\$")


def _p(match) -> str:
    p = (match.group("p") or "2").strip("{} ")
    return "inf" if p in ("\\infty", "infty") else p


#: Any norm's body, and a letter given a number ("$y = 2$", "$X = 1$").
_ANY_NORM = re.compile(r"(?:\\\||\\lVert|\\Vert)(?P<body>[^|]*?)(?:\\\||\\rVert|\\Vert)")
_GIVEN_NUMBER = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*=\s*-?\s*(?:\d|\\frac)")


def _numbers_by_company(text: str) -> set:
    """Letters inside a norm beside a letter given a number (||Xw - y||^2 with X = 1, y = 2: w is a number too)."""
    given = set(_GIVEN_NUMBER.findall(text))
    found = set()
    for m in _ANY_NORM.finditer(text):
        letters = set(re.findall(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+|_\{[^{}]*\}|_.", " ", m.group("body"))))
        if letters & given:
            found |= letters
    return found


def vector_letters(text: str) -> dict:
    """{name: the set of (body, p) of the norms around it} for each undeclared letter inside a norm of a sum of letters
    (not a letter a norm shows to be a number, beside letters given numbers)."""
    found: dict = {}
    numbers = _numbers_by_company(text)
    for m in _NORM.finditer(text):
        body = re.sub(r"\\mathbf\s*\{\s*([^{}]*?)\s*\}", r"\1", m.group("v"))
        for name in re.findall(_NAME, body):
            if not declared(text, name) and name not in numbers:
                found.setdefault(name, set()).add((re.sub(r"\s+", "", body), _p(m)))
    return found


def _only_in_norms(text: str, letters: dict) -> bool:
    """Does every vector letter appear only inside norms (besides where the claim names it)? A condition on the
    vector itself (x > 0, read coordinatewise) is not a condition on the line of the first axis."""
    rest = _NAMING.sub(" ", _NORM.sub(" ", text))
    return not any(re.search(rf"(?<![\\A-Za-z]){re.escape(name)}(?![A-Za-z])", rest) for name in letters)


def _one_norm_each(text: str, letters: dict) -> bool:
    """Do the vectors appear only inside one norm, ||L||_p with L one sum of them (written alike each time)?"""
    return len(set().union(*letters.values())) == 1 and _only_in_norms(text, letters)


def _simple(claim) -> bool:
    return not (claim.also or claim.disjunctive or claim.remarked) and claim.property != "neither"


def check_vector_norm_claim(text: str, letters: dict, *, dimensions, numbers):
    """Answer a claim with undeclared vectors ``letters`` inside norms (module docstring). ``dimensions(text)`` is
    ``data_vectors``' answer for every d (None when it does not read the claim) and ``numbers()`` the number reading
    (a ClaimResult)."""
    number = numbers()
    if isinstance(number, AnswerOfParts):
        return number   # read by data_vectors already: an answer for every dimension
    c = number.claim
    symbols = {str(v) for v in c.function.free_symbols}
    letters = {name: ps for name, ps in letters.items() if name.lstrip("\\") in symbols}
    if not letters:
        return number   # the size is stated (R^2, coordinates, a value): the vectors were read by their coordinates
    names = ", ".join(name.lstrip("\\") for name in letters)
    if number.holds is not None and _simple(c):
        if number.holds is c.negated and _only_in_norms(text, letters):   # "not P" for d = 1: for every d
            return noted(number, f"{names} read as a vector of any dimension d: the answer for d = 1 holds for "
                                 "every d (on the line of the first axis, ||t e_1||_p = |t|, the function is its "
                                 "d = 1 reading)")
    found = dimensions(text)
    if found is not None and found.holds is not None:
        return found
    if number.holds is not None and _simple(c) and c.property in ("convex", "concave", "affine") \
            and _one_norm_each(text, letters) and not c.domain:
        return noted(number, f"{names} read as a vector of any dimension d: the function is g(||{names}||_p) and its "
                             f"d = 1 reading g(|t|) is {c.property}, so g is {c.property} and monotone on [0, inf) and "
                             f"its composition with the norm is {c.property} for every d (Boyd & Vandenberghe 3.2.4)")
    word = ANSWER_WORDS[number.holds]
    return dataclasses.replace(number, holds=None, explanation=(
        f"{names} inside a norm is a vector of any dimension; the answer for {names} a number (d = 1) is {word}, "
        f"which does not settle every dimension: give the size (e.g. '{next(iter(letters))} \\in \\mathbb{{R}}^2')"))


__all__ = ["check_vector_norm_claim", "vector_letters"]
