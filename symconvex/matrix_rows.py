r"""Norms of a matrix times a vector written without the matrix's size (text layer): ``\|Xw - y\|_2^2``,
``\|Ax - b\|_1``, ``\|y - X\beta\|^2`` with X, A undeclared.

By the near-universal convention a capital letter multiplied by a vector inside a norm is a matrix (of any size m x d),
and the vector not multiplied (y, b) a vector of m entries. The plain reader reads the norm of one number (X a
number): the member m = d = 1. So:

- **rows reading**: with rows x_1, ..., x_m of X (data vectors of any dimension d),
  ||Xw - y||_2^2 = sum_{i=1}^m (x_i^T w - y_i)^2, ||Xw - y||_2 = sqrt(sum_{i=1}^m (x_i^T w - y_i)^2) and
  ||Xw - y||_1 = sum_{i=1}^m |x_i^T w - y_i|, an identity for
  every m and d; ``data_vectors`` answers that claim for every m, d and all data (its certificates, its scope);
- **the number reading** (m = d = 1) is one member: its refutation refutes a claim that a property holds for every
  matrix (a 1 x 1 matrix is a matrix, and a condition such as X > 0 read entrywise holds for it), but its proof
  proves nothing about larger matrices (|Xw - y|^2 is strictly convex for X > 0, ||Xw - y||_2^2 is not when X has
  fewer rows than columns), and its refutation of a *negative* claim ("is not convex") is a proof about numbers only.

``check_matrix_norm_claim`` answers by the rows reading when it decides, else by a number-reading refutation of a
positive claim, else undecided: never a number-reading proof about a matrix.
"""

from __future__ import annotations

import dataclasses
import re

#: A vector's name inside a norm: a lowercase letter or a Greek letter.
_VECTOR = r"(?:\\(?:alpha|beta|theta|mu|xi|omega|phi|psi|eta|zeta|nu)(?![A-Za-z])|[a-z](?![A-Za-z]))"
#: A capital letter times a vector: a matrix-vector product (the capital not part of a command or a word).
_PRODUCT = re.compile(rf"(?<![\\A-Za-z])([A-Z])\s*({_VECTOR})")
_OPEN, _CLOSE = r"(?:\\\||\\lVert|\\Vert)", r"(?:\\\||\\rVert|\\Vert)"
_NORM = re.compile(rf"{_OPEN}(?P<body>[^|{{}}]*?){_CLOSE}\s*(?:_\s*(?P<p>\{{\s*[^{{}}]*?\s*\}}|\\infty|[0-9]))?"
                   rf"(?P<square>\s*\^\s*(?:\{{\s*2\s*\}}|2))?")
#: A term of a norm's body: a product X w, or a vector y alone.
_TERM = re.compile(rf"\s*([+-]?)\s*(?:([A-Z])\s*({_VECTOR})|({_VECTOR}))\s*")


def _declared(text: str, letter: str) -> bool:
    """Is the capital ``letter`` given a value or a size ("X = ...", "A \\in \\mathbb{R}^{2 \\times 2}")?"""
    return re.search(rf"(?<![\\A-Za-z]){letter}\s*(?:=|\\in(?![A-Za-z])|∈|:=)", text) is not None


def matrix_letters(text: str) -> list:
    """The undeclared capital letters that multiply a vector inside a norm of the claim (matrices by convention)."""
    found = []
    for m in _NORM.finditer(text):
        for product in _PRODUCT.finditer(m.group("body")):
            letter = product.group(1)
            if letter not in found and not _declared(text, letter):
                found.append(letter)
    return found


def _index(text: str) -> str | None:
    """An index letter the claim does not use."""
    return next((c for c in "ikjl" if not re.search(rf"(?<![\\A-Za-z]){c}(?![A-Za-z])", text)), None)


def rows_reading(text: str, letters: list) -> str | None:
    r"""The claim with each norm of a matrix-vector expression written as a sum over the matrix's rows, or None when a
    norm is not one the identity covers (a sum of +-X w and +-y terms, the 1-norm or the squared 2-norm) or a row's
    name is taken.

    >>> rows_reading(r"$\|Xw - y\|_2^2$ is convex in $w$", ["X"])
    '$\\sum_{i=1}^{n} (x_i^\\top w - y_i)^2$ is convex in $w$'
    """
    index = _index(text)
    rows = {c: c.lower() for c in letters}
    if index is None or any(re.search(rf"(?<![\\A-Za-z]){r}(?![A-Za-z])", text) for r in rows.values()):
        return None
    failed = False

    def one(m):
        nonlocal failed
        body = m.group("body")
        if not any(p.group(1) in rows for p in _PRODUCT.finditer(body)):
            return m.group(0)
        p = (m.group("p") or "").strip("{} ")
        terms, pos = [], 0
        while pos < len(body):
            t = _TERM.match(body, pos)
            if t is None or t.end() == pos or (t.group(2) and t.group(2) not in rows):
                failed = True
                return m.group(0)
            sign = t.group(1) or ("+" if terms else "")
            terms.append(f"{sign} {rows[t.group(2)]}_{index}^\\top {t.group(3)}" if t.group(2)
                         else f"{sign} {t.group(4)}_{index}")
            pos = t.end()
        row = " ".join(terms).strip()
        if p in ("", "2") and m.group("square"):
            return f"\\sum_{{{index}=1}}^{{n}} ({row})^2"
        if p in ("", "2"):   # ||Xw - y||_2 = sqrt(sum_i (x_i^T w - y_i)^2), for every number of rows
            return f"\\sqrt{{\\sum_{{{index}=1}}^{{n}} ({row})^2}}"
        if p == "1" and not m.group("square"):
            return f"\\sum_{{{index}=1}}^{{n}} |{row}|"
        failed = True
        return m.group(0)

    rewritten = _NORM.sub(one, text)
    if failed or any(re.search(rf"(?<![\\A-Za-z]){c}(?![A-Za-z])", rewritten) for c in letters):
        return None   # a norm the identity does not cover, or the matrix named elsewhere (a condition on it)
    return rewritten


def _positive(claim) -> bool:
    """Does the claim only assert properties (no "is not P", no alternatives)? Then a member's refutation refutes it."""
    pairs = [(claim.property, claim.negated), *claim.also, *claim.remarked]
    return not claim.disjunctive and not any(negated for _, negated in pairs) and claim.property != "neither"


def check_matrix_norm_claim(text: str, letters: list, *, rows, numbers):
    """Answer a claim with matrices ``letters`` inside norms (module docstring). ``rows(text)`` answers the rows
    reading (``data_vectors``; None when it does not read it) and ``numbers()`` the number reading (a ClaimResult)."""
    names = ", ".join(letters)
    rewritten = rows_reading(text, letters)
    result = rows(rewritten) if rewritten is not None else None
    number = numbers()
    if result is not None and result.holds is not None:
        how = (f"{names} read as a matrix of any size with rows {', '.join(c.lower() + '_i' for c in letters)} (the "
               f"norm as a sum over the rows: {rewritten})")
        if number.readings and number.holds is not result.holds:
            # the claim names no variables and its readings disagree (jointly in X, w, y: refuted by a 1 x 1 member)
            return dataclasses.replace(number, holds=None, explanation=(
                f"{number.explanation}; {how}: {_word(result.holds)} in {', '.join(map(str, result.claim.variables))}"))
        result.text = text
        result.reason = f"{how}; {result.reason}"
        return result
    if number.holds is False and _positive(number.claim):
        return noted(number, f"{names} read as a matrix: refuted by its 1 x 1 member ({names} a number), a matrix "
                             "of the claim")
    why = (f"{names} multiplies a vector inside a norm, a matrix of any size by convention; the answer about "
           f"{names} as a number (a 1 x 1 matrix) is {_word(number.holds)}, which does not settle every size: give "
           f"the size or the value (e.g. '{letters[0]} \\in \\mathbb{{R}}^{{2 \\times 2}}')")
    return dataclasses.replace(number, holds=None, explanation=why)


def noted(result, why: str):
    """``result`` (a ClaimResult decided about a member) with ``why`` it answers the claim, shown with the answer."""
    claim = dataclasses.replace(result.claim, note=f"{result.claim.note}; {why}" if result.claim.note else why)
    return dataclasses.replace(result, claim=claim,
                               explanation=f"{result.explanation}; {why}" if result.explanation else why)


def _word(holds) -> str:
    return {True: "holds", False: "refuted", None: "undecided"}[holds]


__all__ = ["check_matrix_norm_claim", "matrix_letters", "noted", "rows_reading"]
