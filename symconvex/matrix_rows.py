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

from .facts import ANSWER_WORDS

#: A vector's name inside a norm: a lowercase letter or a Greek letter.
_VECTOR = r"(?:\\(?:alpha|beta|theta|mu|xi|omega|phi|psi|eta|zeta|nu)(?![A-Za-z])|[a-z](?![A-Za-z]))"
#: A capital letter times a vector: a matrix-vector product (the capital not part of a command or a word).
_PRODUCT = re.compile(rf"(?<![\\A-Za-z])([A-Z])\s*({_VECTOR})")
_OPEN, _CLOSE = r"(?:\\\||\\lVert|\\Vert)", r"(?:\\\||\\rVert|\\Vert)"
_NORM = re.compile(rf"{_OPEN}(?P<body>[^|{{}}]*?){_CLOSE}\s*(?:_\s*(?P<p>\{{\s*[^{{}}]*?\s*\}}|\\infty|[0-9]))?"
                   rf"(?P<square>\s*\^\s*(?:\{{\s*2\s*\}}|2))?")
#: A term of a norm's body: a product X w, or a vector y alone.
_TERM = re.compile(rf"\s*([+-]?)\s*(?:([A-Z])\s*({_VECTOR})|({_VECTOR}))\s*")


#: One more name in a list before "\\in" or "=": a letter, a command (\\beta) or a bold letter, with a subscript.
_LISTED = r"\s*,\s*(?:\\mathbf\s*\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?"


def declared(text: str, name: str) -> bool:
    """Is ``name`` given a value or a size, alone or first in a list ("X = ...", "A \\in \\mathbb{R}^{2 \\times 2}",
    "x, y \\in \\mathbb{R}", "w = (1, 2)")?"""
    return re.search(rf"(?<![\\A-Za-z]){re.escape(name)}(?:{_LISTED})*\s*(?:=|\\in(?![A-Za-z])|∈|:=)", text) is not None


def matrix_letters(text: str) -> list:
    """The undeclared capital letters that multiply a vector inside a norm of the claim (matrices by convention)."""
    found = []
    for m in _NORM.finditer(text):
        for product in _PRODUCT.finditer(m.group("body")):
            letter = product.group(1)
            if letter not in found and not declared(text, letter):
                found.append(letter)
    return found


def _index(text: str) -> str | None:
    """An index letter the claim does not use."""
    return next((c for c in "ikjl" if not re.search(rf"(?<![\\A-Za-z]){c}(?![A-Za-z])", text)), None)


def rows_reading(text: str, letters: list) -> str | None:
    r"""The claim with each norm of a matrix-vector expression written as a sum over the matrix's rows, or None when a
    norm is not one the identity covers (a sum of +-X w and +-y terms; the 1-norm, the squared 2-norm, or the 2-norm
    as the square root of the sum of squares) or a row's name is taken.

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


def _with_offset(text: str, letters: list):
    r"""The claim with a fresh offset vector subtracted in each norm of a matrix times a vector that has none
    (``\|Ax\|^2`` -> ``\|Ax - c\|^2``), or None (no such norm, or no free letter). A property proved for every
    offset holds for the offset 0 (it is one of its values); a refutation of the shifted claim proves nothing."""
    free = [c for c in "cdhuvz" if not re.search(rf"(?<![\\A-Za-z]){c}(?![A-Za-z])", text)
            and c not in {x.lower() for x in letters}]
    changed = False

    def one(m):
        nonlocal changed
        body = m.group("body")
        if not any(p.group(1) in letters for p in _PRODUCT.finditer(body)) or \
                re.search(rf"(?:^|[+-])\s*{_VECTOR}\s*(?:[+-]|$)", body.strip()):
            return m.group(0)
        changed = True
        return m.group(0).replace(body, f"{body.rstrip()} - {free[0]}", 1)

    if not free:
        return None
    shifted = _NORM.sub(one, text)
    return shifted if changed else None


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
    if result is None or result.holds is None:
        # ||Ax||^2 = sum_i (a_i^T x)^2 has no offset; proved for every offset c (||Ax - c||^2), it holds at c = 0
        shifted = _with_offset(text, letters)
        other = rows(rows_reading(shifted, letters)) if shifted and rows_reading(shifted, letters) else None
        if other is not None and other.holds is True and _positive(other.claim):
            result, rewritten = other, f"{rows_reading(shifted, letters)}, proved for every offset, so for 0"
    number = numbers()
    if result is not None and result.holds is not None:
        how = (f"{names} read as a matrix of any size with rows {', '.join(c.lower() + '_i' for c in letters)} (the "
               f"norm as a sum over the rows: {rewritten})")
        if getattr(number, "readings", None) and number.holds is not result.holds:
            # the claim names no variables and its readings disagree (jointly in X, w, y: refuted by a 1 x 1 member)
            return _answered(number, None, (
                f"{number.explanation}; {how}: {ANSWER_WORDS[result.holds]} in {', '.join(map(str, result.claim.variables))}"))
        result.text = text
        result.reason = f"{how}; {result.reason}"
        return result
    if number.holds is False and _positive(number.claim):
        return _answered(number, number.holds, (
            f"{names} read as a matrix: refuted by its 1 x 1 member ({names} a number), a matrix of the claim; "
            + number.explanation).rstrip("; "))
    why = (f"{names} multiplies a vector inside a norm, a matrix of any size by convention; the answer about "
           f"{names} as a number (a 1 x 1 matrix) is {ANSWER_WORDS[number.holds]}, which does not settle every size: give "
           f"the size or the value (e.g. '{letters[0]} \\in \\mathbb{{R}}^{{2 \\times 2}}')")
    return _answered(number, None, why)


# ------------------------------------------------------------------ names written as vectors or matrices, read as numbers

_GREEK = r"\\(?:alpha|beta|theta|mu|xi|omega|phi|psi|eta|zeta|nu)(?![A-Za-z])"
_LOWER = rf"(?:{_GREEK}|(?<![\\A-Za-z])[a-z](?![A-Za-z_]))"
_CAPITAL = r"(?<![\\A-Za-z])[A-Z](?![A-Za-z_])"
_T = r"\^\s*(?:\\top|T|\\intercal|\{\s*(?:\\top|T|\\intercal)\s*\})(?![A-Za-z])"
#: The operand of a matrix function: tr, det, eigenvalues (a bracket or one letter).
_OPERAND = r"\s*(?:\\left\s*)?(?:\((?P<group>[^()]*)\)|\{(?P<brace>[^{}]*)\}|(?P<one>[A-Z]))"
_MATRIX_FUNCTION = re.compile(
    r"(?:\\(?:operatorname|mathrm|text|rm)\s*\{\s*(?:tr|Tr|trace)\s*\}|\\det(?![A-Za-z])|\\operatorname\s*\{\s*det\s*\}"
    r"|\\lambda_\s*\{?\s*\\?(?:max|min)\s*\}?)" + _OPERAND)
#: A bracket transposed: (Xw - y)^T, (Ax)^\top.
_TRANSPOSED_GROUP = re.compile(r"\((?P<group>[^()]*)\)\s*" + _T)
#: A norm's body: ||x||, ||x - y||_2, ||X||_F, ||Ax||.
_ANY_NORM = re.compile(rf"{_OPEN}(?P<body>[^|{{}}]*?){_CLOSE}")
_SIMPLE_BODY = re.compile(rf"\s*(?:[+-]?\s*(?:\d+\s*)?(?:{_GREEK}|[a-z])\s*)+")


_GRAM_BRACKETS = re.compile(r"\((?P<a>[^()]*)\)\s*" + _T + r"\s*\((?P<b>[^()]*)\)")
_GRAM_PRODUCT = re.compile(rf"(?<![\\A-Za-z])(?P<v>{_VECTOR})\s*{_T}\s*(?P<m>[A-Z])\s*{_T}\s*(?P=m)\s*(?P=v)(?![A-Za-z_])")


def gram_norms(text: str) -> str:
    r"""The claim with each Gram form written as the squared norm it is, u^T u = ||u||_2^2 for a vector u of any size:
    ``(Xw - y)^\top (Xw - y)`` -> ``\|Xw - y\|_2^2``, ``x^\top A^\top A x`` -> ``\|A x\|_2^2`` (an identity, so
    the claim is unchanged; ``matrix_letters`` then sees the matrix in the norm).

    >>> gram_norms(r"$(Xw - y)^T (Xw - y)$ is convex in $w$")
    '$\\|Xw - y\\|_2^2$ is convex in $w$'
    """
    def brackets(m):
        same = "".join(m.group("a").split()) == "".join(m.group("b").split())
        return f"\\|{m.group('a').strip()}\\|_2^2" if same else m.group(0)

    text = _GRAM_BRACKETS.sub(brackets, text)
    return _GRAM_PRODUCT.sub(lambda m: f"\\|{m.group('m')} {m.group('v')}\\|_2^2", text)


def _capitals(body: str) -> list:
    """The capital letters of a formula's body that are names (``Xw``, ``XX``, ``A^\\top A``), not command letters."""
    return re.findall(r"[A-Z]", re.sub(r"\\[A-Za-z]+|\^\s*(?:T|\{\s*T\s*\})(?![A-Za-z])", " ", body))


def _unsized(text: str) -> str:
    r"""``text`` without sizing commands and type faces: ``\left\| \mathbf{x} \right\|`` is ``\| x \|`` (the
    reader names the bold x as x)."""
    text = re.sub(r"\\(?:mathbf|boldsymbol|bm|vec|mathbold|pmb)\s*\{\s*(\\?[A-Za-z]+)\s*\}", r"\1", text)
    return re.sub(r"\\(?:left|right|[bB]igg?[lr]?)(?![A-Za-z])", " ", text)


def vector_names(text: str) -> list:
    r"""The names the claim writes as vectors or matrices without declaring them (no value, no size): a capital letter
    transposed (``X^\top``), under ``\operatorname{tr}``, ``\det`` or ``\lambda_{\max}``, inside a norm (``\|X\|_F``)
    or in a transposed bracket (``(Xw - y)^\top``), and a lowercase or Greek name alone in a norm (``\|x\|``,
    ``\|x - y\|_2``). The plain reader reads each of them as a number: the member of size 1 of the claim's family.

    >>> vector_names(r"$(Xw - y)^\top (Xw - y)$ is strictly convex in $w$ for $X > 0$")
    ['X']
    >>> vector_names(r"$\|x\|$ is affine for $x > 0$")
    ['x']
    """
    text = _unsized(text)   # \left\lVert x \right\rVert
    found = []
    for m in _ANY_NORM.finditer(text):
        if any(re.search(rf"(?<![\\A-Za-z]){n}\s*=\s*-?\d", text) for n in _capitals(m.group("body"))):
            return []   # a norm of a matrix given a number ("with X = 1, y = 2"): the claim writes norms of numbers

    def add(name):
        if name not in found and not declared(text, name):
            found.append(name)

    for m in re.finditer(rf"({_CAPITAL})\s*{_T}", text):
        add(m.group(1))
    for pattern in (_MATRIX_FUNCTION, _TRANSPOSED_GROUP):
        for m in pattern.finditer(text):
            body = next(g for g in (m.groupdict().get(k) for k in ("group", "brace", "one")) if g is not None)
            for c in _capitals(body):
                add(c)
    for m in _ANY_NORM.finditer(text):
        body = m.group("body")
        for c in _capitals(body):
            add(c)
        if _SIMPLE_BODY.fullmatch(body):
            for v in re.findall(_LOWER, body):
                add(v)
    return found


#: Words and relations that state a condition on a matrix (definiteness, rank, signs): a member of size 2 must meet
#: them, and "A > 0" of a 2 x 2 matrix has two readings, so no such member is tried.
_MATRIX_CONDITION = re.compile(r"positive|negative|definite|rank|symmetric|invertible|singular|orthogonal|entries"
                               r"|diagonal|\\succ|\\prec|⪰|≻|S\^|\\mathbb\s*\{?S")


def _conditioned(text: str, capital: str) -> bool:
    relation = r"\s*(?:[<>≤≥≠]|\\(?:ge|le|geq|leq|gt|lt|ne|neq|succ|prec|succeq|preceq)(?![A-Za-z]))"
    return (re.search(rf"(?<![\\A-Za-z]){capital}(?![A-Za-z_]){relation}", text) is not None
            or _MATRIX_CONDITION.search(text) is not None)


_FROBENIUS = r"(?:\\\||\\lVert|\\Vert)\s*{c}\s*(?:\\\||\\rVert|\\Vert)\s*_\s*(?:\{{\s*F\s*\}}|F)"
_GRAM_TRACE = (r"\\(?:operatorname|mathrm)\s*\{{\s*(?:tr|Tr|trace)\s*\}}\s*(?:\\left\s*)?\(\s*{c}\s*\^\s*(?:\\top|T|"
               r"\{{\s*(?:\\top|T)\s*\}})\s*{c}\s*(?:\\right\s*)?\)")


def _entries_reading(text: str, names: list):
    r"""The claim for ``data_vectors`` (vectors of every dimension): as written when every name is a vector (lowercase);
    with each matrix X written by its entries when X appears only as ``\|X\|_F`` (= ||vec X||_2, so "in X" is "in
    the vector of its entries", of dimension m n) or ``\operatorname{tr}(X^\top X)`` (= ||vec X||_2^2); else None."""
    out = _unsized(text)
    for n in names:
        if n[:1].islower() or n.startswith("\\"):
            continue
        out = re.sub(_FROBENIUS.format(c=n), f"\\|{n}\\|_2", out)
        out = re.sub(_GRAM_TRACE.format(c=n), f"\\|{n}\\|_2^2", out)
        rest = re.sub(rf"(?:\\\||\\lVert|\\Vert)\s*{n}\s*(?:\\\||\\rVert|\\Vert)\s*_2", " ", out)
        if re.search(rf"(?<![\\A-Za-z]){n}\s*(?:\^|\\|\s*[a-z(])", rest) or \
                len(re.findall(rf"(?<![\\A-Za-z]){n}(?![A-Za-z])", rest)) > len(re.findall(rf"\$\s*{n}\s*\$", rest)):
            return None   # X used otherwise too (X w, X^{-1}, det X): not a vector of entries
    return out


def _coordinates_reading(text: str, names: list):
    r"""(the claim with each norm of vectors of unstated size written by coordinates, the index letter), or None:
    ``\|x - y\|_2^2`` -> ``\sum_{k=1}^{n} (x_k - y_k)^2``, ``\|x\|_1`` -> ``\sum_{k=1}^{n} |x_k|``, ``\|x\|_2`` ->
    ``\sqrt{\sum_{k=1}^{n} (x_k)^2}`` (identities for every size n; the sums' machinery answers for every n). Only
    when every name is a lowercase vector written nowhere but in such norms (and the claim's variables and domain),
    and the index and count letters are free.

    >>> _coordinates_reading(r"$\|x - y\|_2^2$ is convex in $(x, y)$", ["x", "y"])[0]
    '$\\sum_{k=1}^{n} (x_k - y_k)^2$ is convex in $(x, y)$'
    """
    if any(n[:1].isupper() for n in names) or _SPACE.search(text):
        return None
    text = _unsized(text)
    free = [c for c in "kjlm" if not re.search(rf"(?<![\\A-Za-z]){c}(?![A-Za-z])", text)]
    counts = [c for c in "nNmM" if not re.search(rf"(?<![\\A-Za-z]){c}(?![A-Za-z])", text)]
    if not free or not counts or any(re.search(rf"(?<![\\A-Za-z]){re.escape(n)}\s*_", text) for n in names):
        return None   # no free letters, or a coordinate written (x_1 beside ||x||)
    k, n = free[0], counts[0]
    vector = "|".join(re.escape(v) for v in sorted(names, key=len, reverse=True))
    failed = False

    def one(m):
        nonlocal failed
        body = m.group("body")
        if not _SIMPLE_BODY.fullmatch(body) or not re.search(rf"(?<![A-Za-z])(?:{vector})(?![A-Za-z])", body) or \
                any(v not in names for v in re.findall(_LOWER, body)):   # x - y with y = 3: no broadcasting
            failed = True
            return m.group(0)
        p = (m.group("p") or "").strip("{} ")
        row = re.sub(rf"(?<![\\A-Za-z])({vector})(?![A-Za-z])", rf"\1_{k}", body.strip())
        total = f"\\sum_{{{k}=1}}^{{{n}}}"
        if p in ("", "2") and m.group("square"):
            return f"{total} ({row})^2"
        if p == "1" and not m.group("square"):
            return f"{total} |{row}|"
        if p in ("", "2"):
            return f"\\sqrt{{{total} ({row})^2}}"
        failed = True
        return m.group(0)

    rewritten = _NORM.sub(one, text)
    if failed:
        return None
    return rewritten, k


_SIZE_TWO = "2 \\times 2"


def _member_texts(text: str, names: list) -> list:
    """The claim about the member of size 2 (each vector in R^2, each matrix 2 x 2), as texts to try."""
    sizes = ", ".join(f"{n} \\in \\mathbb{{R}}^{{{_SIZE_TWO if n[:1].isupper() else '2'}}}" for n in names)
    base = text.rstrip().rstrip(".?!").rstrip()
    return [f"{base} for ${sizes}$", f"{base}, ${sizes}$"]


def _plain_name(name: str) -> str:
    return name.lstrip("\\")


def check_number_reading(text: str, names: list, result, *, member, every_dimension):
    r"""Answer a claim whose ``names`` (``vector_names``) the plain reader read as numbers (``result``).

    The claim is about vectors and matrices of every size; its member of size 1 (each name a number, a condition
    such as X > 0 read on the number, as every reading of it agrees for 1 x 1) is one member of the family. So:
    - when a matrix is among them: a refutation of a *positive* claim by the size-1 member refutes the claim (the
      member is a matrix of the claim, as in ``check_matrix_norm_claim``), and so does a checked refutation of the
      member of size 2 (below); with vectors alone no member answers (``vector_norms``: "not P" only when it holds for
      every dimension), only a proof for every dimension;
    - ``every_dimension`` (``data_vectors``, with a matrix's Frobenius norm by its entries) answers when it decides;
      else, for vectors, the norms by coordinates (``_coordinates_reading``: a sum over every size n) may prove it;
    - else a positive claim about a matrix is refuted by a checked refutation of its member of size 2
      (``member(text)`` answers the claim with each vector in R^2 and each matrix 2 x 2), tried only when the claim
      states no condition on a matrix (a 2 x 2 member of "A > 0" is positive definite in one reading and entrywise
      positive in the other);
    - every other answer of the size-1 member (a proof, a refutation of "is not P") says nothing about larger sizes:
      undecided. A wrong answer "||x|| is affine for x > 0" (true for x a number) is how the mistake shows.
    """
    claim = getattr(result, "claim", None)
    function = getattr(claim, "function", None)
    if function is None or getattr(result, "scope", "").startswith("for every dimension"):
        return result
    read = {s.name for s in function.free_symbols} | {v.name for v in getattr(claim, "variables", ())} \
        | {p.name for p in getattr(claim, "parameters", ())}
    numbered = [n for n in names if _plain_name(n) in read]
    if not numbered:
        return result
    shown = ", ".join(_plain_name(n) for n in numbered)
    positive = _positive(claim)
    matrices = any(n[:1].isupper() for n in numbered)
    if result.holds is False and positive and matrices:
        return _answered(result, result.holds, (
            f"{shown} read as vectors/matrices of any size: refuted by the member of size 1 ({shown} numbers); "
            + (result.explanation or "")).rstrip("; "))
    entries = _entries_reading(text, numbered)
    if entries is not None:
        other = every_dimension(entries)
        if other is not None and other.holds is not None:
            other.text = text
            if entries != _unsized(text):
                other.reason = f"{shown} by {'its' if len(numbered) == 1 else 'their'} entries ({entries}); " + \
                    other.reason
            return other
    coordinates = _coordinates_reading(text, numbered)
    if coordinates is not None:
        other = member(coordinates[0])
        variables = getattr(getattr(other, "claim", None), "variables", None)
        if other is not None and other.holds is True and variables and all(
                re.fullmatch(rf"(?:{'|'.join(map(re.escape, map(_plain_name, numbered)))})_{coordinates[1]}", v.name)
                for v in variables):
            other.text = text
            other.reason = f"{shown} by coordinates ({coordinates[0]}); " + other.reason
            return other
    if positive and matrices and not any(n[:1].isupper() and _conditioned(text, n) for n in numbered):
        two = _refuted_by_member(text, numbered, member, {v.name for v in getattr(claim, "variables", ())})
        if two is not None:
            return two
    why = (f"{shown} {'is' if len(numbered) == 1 else 'are'} written as a vector or matrix of unstated size; the "
           f"answer about {'it' if len(numbered) == 1 else 'them'} as numbers (size 1) is {ANSWER_WORDS[result.holds]}, which"
           f" does not settle every size: give the size (e.g. '{_plain_name(numbered[0])} \\in \\mathbb{{R}}^"
           f"{{{_SIZE_TWO if numbered[0][:1].isupper() else '2'}}}') or the value")
    return _answered(result, None, why)


_UNSIZED = re.compile(r"cannot tell the size of (?P<name>\\?[A-Za-z]+):|cannot tell the range of the index (?P<index>[a-z]):"
                      r"|the size of (?P<capital>[A-Z]) in |makes (?P<made>\\?[A-Za-z]+) a vector of size 1 only")
_NAMED_VARIABLES = re.compile(r"\b(?:in|of|with respect to|w\.r\.t\.)\s*\$(?P<names>[^$]*)\$\s*(?:$|[.,;?]|for|on|over|when|where"
                              r"|with|if)")


def refute_by_member(text: str, message: str, *, member):
    r"""A claim the reader refused because a vector's size (or an index's range) is not stated (``message``): it is
    about every size, so a checked refutation of its member of size 2 (each such vector in R^2, a matrix 2 x 2)
    refutes it when it asserts only properties (``\max_i x_i`` is affine: max(x_1, x_2) is not). None otherwise:
    the refusal stands."""
    m = _UNSIZED.search(message)
    if m is None:
        return None
    if m.group("index"):
        names = list(dict.fromkeys(re.findall(rf"(?<![\\A-Za-z])([a-z])_\{{?\s*{m.group('index')}\s*\}}?", text)))
    else:
        names = [m.group("name") or m.group("capital") or m.group("made")]
    names = [n for n in names if not declared(text, n)]
    if not any(n[:1].isupper() for n in names) or any(n[:1].isupper() and _conditioned(text, n) for n in names):
        return None   # vectors alone: a member answers one dimension (vector_norms: 'not P' only for every d)
    said = _NAMED_VARIABLES.search(text)
    wanted = {_plain_name(w) for w in re.findall(rf"{_GREEK}|[A-Za-z]", said.group("names"))} if said else None
    return _refuted_by_member(text, names, member, wanted)


#: A space written with a dimension (R^1_+, R^n, R^{2 x 2}, ℝ²): the claim states a size somewhere, so no member of
#: another size is tried (R^1_+ makes x a number; a member x in R^2 would be about another function).
_SPACE = re.compile(r"\\mathbb\s*\{?\s*[RS]\s*\}?\s*\^|ℝ\s*\^|ℝ[\u00b2\u00b3\u00b9\u2074-\u2079]|\bR\s*\^")


def _refuted_by_member(text: str, names: list, member, wanted):
    """The claim's refutation by its member of size 2 (``_member_texts``; ``member(text)`` answers a text), when the
    member is read about the ``wanted`` variables (their coordinates; any when None: the sizes must not be taken as
    more variables) and refutes a claim that asserts only properties; else None. Never when the claim writes a space
    with a dimension (``_SPACE``)."""
    if _SPACE.search(text):
        return None
    for candidate in _member_texts(text, names):
        two = member(candidate)
        claim = getattr(two, "claim", None)
        if claim is None or not hasattr(claim, "property"):
            continue   # not read
        if wanted is not None and {re.sub(r"_.*", "", v.name) for v in claim.variables} != wanted:
            continue   # read about other variables
        if two.holds is not False or not _positive(claim):
            return None
        shown = ", ".join(n + (" 2 x 2" if n[:1].isupper() else " in R^2") for n in map(_plain_name, names))
        return _answered(two, False, f"{', '.join(map(_plain_name, names))} read as vectors/matrices of any size: "
                         f"refuted by the member with {shown}, a member of the claim; " + (two.explanation or ""))
    return None


def _answered(result, holds, why: str):
    """``result`` with ``holds`` and the explanation ``why`` (a claim's result keeps it in ``explanation``, a sum's
    result in ``reason``)."""
    fields = {f.name for f in dataclasses.fields(result)}
    return dataclasses.replace(result, holds=holds, **{"explanation" if "explanation" in fields else "reason": why})


def noted(result, why: str):
    """``result`` (a ClaimResult decided about a member) with ``why`` it answers the claim, shown with the answer."""
    claim = dataclasses.replace(result.claim, note=f"{result.claim.note}; {why}" if result.claim.note else why)
    return dataclasses.replace(result, claim=claim,
                               explanation=f"{result.explanation}; {why}" if result.explanation else why)




__all__ = ["check_matrix_norm_claim", "check_number_reading", "gram_norms", "matrix_letters", "noted", "refute_by_member",
           "rows_reading", "vector_names"]
