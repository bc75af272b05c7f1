r"""What a claim says about vectors and matrices: their sizes, the arrays it gives, the names of their coordinates
(layer: text).

``vectors`` expands a vector formula to a scalar one; the sizes it needs come from here:

- declarations among a claim's domain pieces: ``x \in \mathbb{R}^3`` (x is (x_1, x_2, x_3)),
  ``\mathbf{x}, \mathbf{y} \in \mathbb{R}^2_{++}`` (two vectors, each coordinate > 0: the orthant's constraints are
  added to the domain), ``X \in \mathbb{R}^{2 \times 2}`` (a matrix variable with entries X_{11}, ..., X_{22}); a
  bare ``\mathbb{R}^3`` is the space of the claim's one argument; a symbolic size (``\mathbb{R}^n`` with n not
  given) is kept, and reported, as unknown; ``x > 0`` for a vector x is the same inequality for every coordinate;
- arrays written inline (``pmatrix``, ``bmatrix``, ``Bmatrix``, ``matrix``, ``smallmatrix``, ``array``), replaced
  in the text by ``\matrixliteral{k}`` and read with exact entries; a tuple of numbers ``(1, -2)`` is a column
  vector (a tuple of names is a tuple, the coordinates of a vector); at most ``MAX_SIZE`` rows and columns.

``Shapes`` collects what was said. Nothing here evaluates text.

>>> coordinates("x", 3), entries("X", 2, 2)
(['x_1', 'x_2', 'x_3'], [['X_{11}', 'X_{12}'], ['X_{21}', 'X_{22}']])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from ..errors import InputError
from ..pretty import pretty
from .domains import has_relation, parse_set
from .expressions import parse_internal
from .names import with_subscript
from .text import normalize, split_top_level
from .variables import parse_name
from .vector_syntax import LITERAL
from .vocabulary import fail as _fail, symbol

MAX_SIZE = 12            # rows or columns of one vector or matrix
_ENVIRONMENTS = ("pmatrix", "bmatrix", "Bmatrix", "matrix", "smallmatrix", "array")
_ENV = re.compile(r"\\begin\s*\{\s*(?P<env>[A-Za-z]+\*?)\s*\}(?P<body>.*?)\\end\s*\{\s*(?P=env)\s*\}", re.S)


# ------------------------------------------------------------------------------------------- arrays in the text

def extract_arrays(text: str) -> tuple[str, list]:
    r"""Every ``\begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}`` (bmatrix, Bmatrix, matrix, smallmatrix, array)
    replaced by ``\matrixliteral{k}``; returns the new text and the arrays (``sp.ImmutableMatrix``, exact entries).
    A ``vmatrix`` (a determinant) is refused.

    >>> extract_arrays(r"$A = \begin{bmatrix} 1 & 0 \\ 0 & -1 \end{bmatrix}$")
    ('$A = \\matrixliteral{0}$', [Matrix([
    [1,  0],
    [0, -1]])])
    """
    if LITERAL in text:
        _fail(f"unknown command {LITERAL}")
    arrays: list = []

    def one(m):
        env = m.group("env").rstrip("*")
        if env in ("vmatrix", "Vmatrix"):
            _fail("determinants (vmatrix) are not read; write the scalar formula")
        if env not in _ENVIRONMENTS:
            _fail(f"unknown environment {env}; write a matrix as \\begin{{pmatrix}} ... \\end{{pmatrix}}")
        body = m.group("body")
        if env == "array":
            body = re.sub(r"^\s*\{[^{}]*\}", "", body)   # the column specification {cc}
        arrays.append(_array(body))
        return "%s{%d}" % (LITERAL, len(arrays) - 1)

    out = _ENV.sub(one, text)
    if re.search(r"\\begin\s*\{", out):
        _fail("unbalanced \\begin{...} without its \\end{...}")
    return out, arrays


def _array(body: str) -> sp.ImmutableMatrix:
    rows = [r for r in re.split(r"\\\\(?:\s*\[[^\]]*\])?|\\cr(?![A-Za-z])", body)]
    while rows and not rows[-1].strip():
        rows.pop()
    rows = [re.sub(r"\\hline", "", r) for r in rows]
    entries = [[e.strip() for e in r.split("&")] for r in rows]
    if not entries:
        _fail("an empty matrix")
    width = len(entries[0])
    if any(len(r) != width for r in entries):
        _fail("the rows of a matrix have different lengths")
    if len(entries) > MAX_SIZE or width > MAX_SIZE:
        _fail(f"a matrix larger than {MAX_SIZE} x {MAX_SIZE}")
    if any(not e for r in entries for e in r):
        _fail("an empty entry in a matrix")
    return sp.ImmutableMatrix([[parse_internal(e) for e in r] for r in entries])


# ------------------------------------------------------------------------------------------- what the claim says

@dataclass
class Shapes:
    """What a claim says about vectors and matrices: ``vectors`` name -> coordinate names (a declared size, or a
    tuple ``x = (x_1, x_2)``); ``matrices`` name -> (rows, columns) of a matrix variable; ``arrays`` name -> a given
    array (a column for a vector); ``literals`` the arrays written inline (``\\matrixliteral{k}``); ``unknown``
    name -> the symbolic size it was declared with."""

    vectors: dict = field(default_factory=dict)
    matrices: dict = field(default_factory=dict)
    arrays: dict = field(default_factory=dict)
    literals: list = field(default_factory=list)
    unknown: dict = field(default_factory=dict)
    declared: set = field(default_factory=set)     # the vectors declared with a size (x \in \mathbb{R}^3)

    def __bool__(self) -> bool:
        return bool(self.vectors or self.matrices or self.arrays or self.literals or self.unknown)


def coordinates(name: str, size: int) -> list[str]:
    """``x``, 3 -> ``x_1, x_2, x_3`` (the names people write for the coordinates)."""
    return [with_subscript(name, str(k)) for k in range(1, size + 1)]


def entries(name: str, rows: int, cols: int) -> list[list[str]]:
    """``X``, 2, 2 -> ``X_{11}, X_{12}, X_{21}, X_{22}`` by rows (``X_{1,10}`` when an index has two digits)."""
    sep = "," if max(rows, cols) > 9 else ""
    return [[with_subscript(name, f"{i}{sep}{j}") for j in range(1, cols + 1)] for i in range(1, rows + 1)]


_REAL_SPACE = re.compile(r"^\s*(?P<names>.+?)\s*\\in\s*\\(?:mathbb|mathbf|Bbb)\s*\{\s*R\s*\}\s*(?P<rest>.*?)\s*$", re.S)


def _size(text: str, values: dict):
    """A size as written (``3``, ``{3}``, ``n`` with a value) -> an int, or the text when it is a symbol."""
    t = text.strip().strip("{}").strip()
    if re.fullmatch(r"\d+", t):
        return int(t)
    try:
        value = parse_internal(t).xreplace({symbol(k): v for k, v in values.items()})
    except InputError:
        return t
    if value.is_Integer:
        return int(value)
    return t


def declaration(piece: str, values: dict) -> tuple[list[str], tuple, str] | None:
    r"""A domain piece declaring vectors or a matrix: ``x \in \mathbb{R}^3``, ``\mathbf{x}, \mathbf{y} \in
    \mathbb{R}^2_{++}``, ``X \in \mathbb{R}^{2 \times 2}`` -> (names, size, the set of each coordinate) with size
    (n,) or (m, n) (ints, or the text of a symbolic size); None when the piece is not such a declaration (a tuple
    ``(x, y) \in \mathbb{R}^2`` names scalars; ``\mathbb{R}^1`` is the real line)."""
    m = _REAL_SPACE.match(normalize(piece, norms=False))
    if not m:
        return None
    names_text, rest = m.group("names").strip(), re.sub(r"\s+", "", m.group("rest"))
    if names_text.startswith("("):
        return None
    sup = re.search(r"\^(?:\{(?P<braced>[^{}]*)\}|(?P<single>\\?\w))", rest)
    if not sup:
        return None
    size_text = sup.group("braced") if sup.group("braced") is not None else sup.group("single")
    orthant = "\\mathbb{R}" + rest[:sup.start()] + rest[sup.end():]
    parts = re.split(r"\\times|\\cdot|\*|x(?=\d)", size_text)
    if len(parts) > 2:
        return None
    size = tuple(_size(p, values) for p in parts)
    if size == (1,) or size == (1, 1):
        return None
    try:
        names = [parse_name(p) for p in split_top_level(names_text)]
    except InputError:
        return None
    return names, size, orthant


_NAME_TUPLE = re.compile(r"^\((?P<inner>.*)\)\s*(?:\^\s*(?:\{\s*(?:T|\\top|\\intercal)\s*\}|T|\\top|\\intercal))?$", re.S)


def array_value(rhs: str, literals: list):
    r"""The array a definition's right side gives, or None: ``\matrixliteral{k}`` (optionally transposed), or a
    tuple of numbers ``(1, -2)`` / ``(1, -2)^	op`` (a column vector; a tuple of names is a tuple, not an array).

    >>> array_value("(1, -2)", [])
    Matrix([
    [ 1],
    [-2]])
    """
    t = normalize(rhs, norms=False).strip()
    m = re.fullmatch(r"\\matrixliteral\{(\d+)\}\s*(?P<T>\^\s*(?:\{\s*(?:T|\\top|\\intercal)\s*\}|T|\\top|\\intercal))?", t)
    if m:
        value = literals[int(m.group(1))]
        return value.T if m.group("T") else value
    m = _NAME_TUPLE.match(t)
    if not m:
        return None
    parts = split_top_level(m.group("inner"))
    if len(parts) < 2:
        return None
    try:
        [parse_name(p) for p in parts]
        return None          # a tuple of names: the coordinates of a vector, kept as a tuple
    except InputError:
        pass
    if len(parts) > MAX_SIZE:
        _fail(f"a vector with more than {MAX_SIZE} entries")
    return sp.ImmutableMatrix([parse_internal(p) for p in parts])


# ------------------------------------------------------------------------------------------- declarations in a claim

_SPACE = re.compile(r"^\s*\\(?:mathbb|mathbf|Bbb)\s*\{\s*R\s*\}\s*(?:_\s*\{[^{}]*\}\s*|_\s*\S\s*)?\^")


def declare(pieces: list[str], shapes: Shapes, values: dict, sole_argument) -> tuple[list[str], list | None]:
    r"""Read the vector declarations among a claim's domain pieces into ``shapes``: ``x \in \mathbb{R}^3``,
    ``\mathbf{x}, \mathbf{y} \in \mathbb{R}^2_{++}``, ``X \in \mathbb{R}^{2 \times 2}``, and a bare space
    ``\mathbb{R}^3`` as the space of the claim's one argument (``sole_argument()``, or None when there is not one).
    Returns the pieces that are no declarations, and the constraints the declarations put on the coordinates (``[]``
    for all of R^n; None when nothing was declared). A piece may mix both (``x \in \mathbb{R}^3, x_1 > 0``)."""
    constraints, kept, declared = [], [], False
    for piece, found in _declarations(pieces, values, sole_argument):
        if found is None:
            kept.append(piece)
            continue
        declared = True
        names, size, orthant = found
        shapes.declared.update(names)
        for vector in names:
            if any(isinstance(n, str) for n in size):
                shapes.unknown[vector] = next(n for n in size if isinstance(n, str))
                continue
            if len(size) == 1:
                coords = coordinates(vector, size[0])
                if vector in shapes.vectors and len(shapes.vectors[vector]) != size[0]:
                    _fail(f"dimension mismatch: {vector} has {len(shapes.vectors[vector])} coordinates but is declared "
                          f"in R^{size[0]}")
                coords = shapes.vectors.setdefault(vector, coords)
            else:
                shapes.matrices[vector] = size
                coords = [e for row in entries(vector, *size) for e in row]
            constraints.extend(parse_set(coords, orthant))
    return kept, (constraints if declared else None)


def _declarations(pieces, values, sole_argument):
    """(text, declaration or None) for the entries of every domain piece ("$x \\in \\mathbb{R}^3, x_1 > 0$" has
    two; "$x, y \\in \\mathbb{R}^2$" one)."""
    for piece in pieces:
        norm = re.sub(r"\\text\s*\{\s*and\s*\}|\\land(?![A-Za-z])|\\wedge(?![A-Za-z])", ",", normalize(piece, norms=False))
        parts, pending = split_top_level(norm), []
        if len(parts) == 1:
            parts = [piece]
        for entry in parts:
            if not has_relation(entry) and not _SPACE.match(entry):
                pending.append(entry)
                continue
            text = ", ".join([*pending, entry])
            pending = []
            found = declaration(text, values)
            if found is None and _SPACE.match(text) and not has_relation(text):
                sole = sole_argument()     # "f(x) = ... on $\mathbb{R}^3$": the space of the one argument
                found = declaration(f"{sole} \\in {text}", values) if sole else None
            yield text, found
        if pending:
            yield ", ".join(pending), None


def check_space_size(piece: str, variables, values: dict) -> None:
    """A domain ``\\mathbb{R}^n`` for a claim's variables must have one coordinate per variable (else a one-line
    error saying which vector to declare)."""
    found = declaration(f"z \\in {piece}", values)
    if found is None:
        return
    size = found[1]
    if len(size) != 1 or size[0] != len(variables):
        shown = " x ".join(str(n) for n in size)
        _fail(f"the domain {piece.strip()} has {shown} coordinates but the function has {len(variables)} variable(s) "
              f"({', '.join(v.name for v in variables)}); say which vector lives there, e.g. "
              "'for $x \\in \\mathbb{R}^3$'")


def componentwise(constraint, vectors: dict) -> list:
    r"""``x > 0`` (also written ``x \succ 0``) for a vector x (name -> coordinate names): the same inequality for
    every coordinate; other constraints unchanged."""
    hit = [s for s in constraint.free_symbols if s.name in vectors]
    if not hit:
        return [constraint]
    if len(hit) > 1 or constraint.free_symbols - set(hit):
        _fail(f"cannot read the domain {pretty(constraint)} of a vector; write it by coordinates")
    return [constraint.xreplace({hit[0]: symbol(c)}) for c in vectors[hit[0].name]]


__all__ = ["MAX_SIZE", "Shapes", "array_value", "check_space_size", "componentwise", "coordinates", "declaration",
           "declare", "entries", "extract_arrays"]
