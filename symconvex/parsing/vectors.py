r"""Vectors and matrices of a stated, small, concrete size, expanded to one scalar formula over named coordinates
(layer: text).

A claim such as ``$x^\top A x$ is convex where $A = \begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}$``
is about the scalar function of the coordinates x_1, x_2 that the vector formula denotes:

    x^T A x = 2 x_1^2 + 2 x_1 x_2 + 2 x_2^2.

That scalar function is the claim's subject: it is analysed, and every certificate is about it, so every existing
certificate kind applies unchanged and nothing here is trusted beyond "the formula was read this way" (the answer
shows the expansion). The mathematics is the usual one of linear algebra over column vectors:

- a vector x of size n is the column (x_1, ..., x_n); a matrix A (m x n) has entries A_{ij};
- products are matrix products (``x^\top A x``, ``a^\top x``, ``A x``), ``^\top`` / ``^T`` transposes,
  ``\langle a, b \rangle`` and ``a \cdot b`` of two vectors are a^T b; a number times an array scales it;
- ``\|v\|_2 = \sqrt{\sum v_i^2}``, ``\|v\|_1 = \sum |v_i|``, ``\|v\|_\infty = \max |v_i|``,
  ``\|v\|_p = (\sum |v_i|^p)^{1/p}`` (p a number >= 1; for even p, |v_i|^p = v_i^p), ``\|A\|_F`` the Frobenius norm;
- ``\sum_{i=1}^{n}``, ``\sum_i``, ``\prod_{i=1}^{n}``, ``\max_i``, ``\min_i`` over the coordinates (the range of an
  index without bounds is the size of the vectors it subscripts); ``\operatorname{tr}`` the trace; ``A^{-1}`` the
  exact inverse of a given square matrix; ``\det A`` the determinant (its expanded polynomial);
  ``\lambda_{\max}(A)``, ``\lambda_{\min}(A)`` of a symmetric 2 x 2 matrix [[p, q], [q, r]] the formula
  (p + r)/2 +- sqrt(((p - r)/2)^2 + q^2) (larger ones are refused);
- no broadcasting: adding a number to a vector, or multiplying arrays whose sizes do not match, is a one-line
  error that names both sizes.

Sizes come from the claim (shapes reads what it says): ``x \in \mathbb{R}^3`` (also ``\mathbb{R}^3_{++}``, ``\mathbb{R}^3_{+}``, which add the
orthant constraints, and ``\mathbb{R}^{2 \times 2}`` for a matrix variable), ``where $x = (x_1, x_2)$``, given
arrays (``pmatrix``, ``bmatrix``, ``matrix``, ``array``; column vectors; ``a = (1, 2)``), and otherwise from the
formula itself: a name the claim does not declare is a vector when it is transposed, an argument of
``\langle\cdot,\cdot\rangle``, the right factor of a matrix or row vector, or added to a vector (x in ``x^\top A x``
has A's size); every other name is a number. A size that is a symbol (``x \in \mathbb{R}^n`` with n not given)
is an error saying what to write. Nothing here evaluates text.

>>> shapes = Shapes(literals=[sp.ImmutableMatrix([[2, 1], [1, 2]])])
>>> expand(r"x^\top \matrixliteral{0} x", shapes).function
2*x_1**2 + 2*x_1*x_2 + 2*x_2**2
"""


from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from ..errors import InputError
from ..pretty import pretty
from .expressions import apply_function, parse_internal
from .names import rename_index
from .shapes import MAX_SIZE, Shapes, coordinates, entries
from .text import normalize
from .unrolled_sums import unroll_data_sums
from .vector_syntax import names_in, read_tree
from .vocabulary import fail as _fail, symbol

# ------------------------------------------------------------------------------------------- the formula as a tree

@dataclass
class Expansion:
    """The scalar function a vector formula denotes, with the vectors it read (name -> coordinate names, in order)."""

    function: sp.Expr
    vectors: dict
    matrices: dict
    literals: tuple = ()


# ------------------------------------------------------------------------------------------- sizes

class _Dims:
    """Union-find over sizes: an int, or a variable (a str) standing for an unknown size."""

    def __init__(self):
        self.parent: dict = {}
        self.count = 0

    def fresh(self, label: str) -> str:
        self.count += 1
        name = f"?{label}#{self.count}"
        self.parent[name] = name
        return name

    def find(self, d):
        while not isinstance(d, int) and self.parent[d] != d:
            d = self.parent[d]
        return d

    def unify(self, a, b, where: str) -> None:
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        if isinstance(a, int) and isinstance(b, int):
            _fail(f"dimension mismatch in '{where}': sizes {a} and {b}")
        if isinstance(a, int):
            a, b = b, a
        self.parent[a] = b


SCALAR = ("s",)


class _Expander:
    """Infers the size of every vector (``_shape``), then computes the scalar value (``_value``)."""

    def __init__(self, shapes: Shapes, functions: dict, values: dict, text: str, scalars=frozenset()):
        self.shapes, self.functions, self.values, self.text = shapes, functions or {}, values or {}, text
        self.scalars = scalars           # undeclared names read as numbers, never promoted to vectors
        self.counts: dict = {}           # a letter that ends a sum over given vectors -> the last index
        self.dims = _Dims()
        self.vector_names: dict = {}     # name -> its size (int or variable)
        self.bound: dict = {}            # index -> its range variable while inside a big operator
        self.ranges: dict = {}           # id of a big operator -> ("count", n) or ("size", its range variable)
        for name, coords in shapes.vectors.items():
            self.vector_names[name] = len(coords)
        for name in shapes.unknown:
            self.vector_names[name] = self.dims.fresh(name)

    # -- which undeclared names are vectors: transposed, inside <.,.>, after a matrix, added to a vector
    def classify(self, tree) -> None:
        for _ in range(8):
            before = set(self.vector_names)
            self._promote(tree)
            if set(self.vector_names) == before:
                return

    def _is_free_name(self, node) -> bool:
        return node[0] == "name" and self._array_of(node[1]) is None and node[1] not in self.vector_names \
            and node[1] not in self.shapes.matrices and node[1] not in self.values and node[1] not in self.scalars

    def _make_vector(self, name):
        self.vector_names[name] = self.dims.fresh(name)

    def _promote(self, node) -> None:
        kind = node[0]
        if kind == "T" and self._is_free_name(node[1]):
            self._make_vector(node[1][1])
        if kind == "inner":
            for side in node[1:]:
                if self._is_free_name(side):
                    self._make_vector(side[1])
        if kind in ("mul", "cdot"):
            a, b = node[1], node[2]
            if self._is_free_name(b) and self._kind(a) == "array":
                self._make_vector(b[1])
            if self._is_free_name(a) and kind == "cdot" and self._kind(b) == "vector":
                self._make_vector(a[1])
            if self._is_free_name(b) and kind == "cdot" and self._kind(a) == "vector":
                self._make_vector(b[1])
        if kind == "add":
            terms = [t for _, t in node[1]]
            if any(self._kind(t) in ("array", "vector") for t in terms):
                for t in terms:
                    if self._is_free_name(t):
                        self._make_vector(t[1])
        for child in node[1:]:
            if isinstance(child, tuple) and child and isinstance(child[0], str):
                self._promote(child)
            elif isinstance(child, list):
                for c in child:
                    c = c[1] if isinstance(c, tuple) and len(c) == 2 and isinstance(c[0], int) else c
                    if isinstance(c, tuple):
                        self._promote(c)

    def _kind(self, node) -> str:
        """A quick guess for classification: 'vector' (a column), 'array' (anything with columns > 1 or a
        transposed vector), 'scalar' or '?'."""
        k = node[0]
        if k == "name":
            if node[1] in self.vector_names or (self._array_of(node[1]) is not None
                                                and self._array_of(node[1]).shape[1] == 1):
                return "vector"
            if self._array_of(node[1]) is not None or node[1] in self.shapes.matrices:
                return "array"
            return "?"
        if k == "literal":
            return "vector" if self.shapes.literals[node[1]].shape[1] == 1 else "array"
        if k == "tuple":
            return "vector"
        if k in ("T", "inv"):
            return "array" if self._kind(node[1]) in ("vector", "array") else "?"
        if k == "mul":
            a, b = self._kind(node[1]), self._kind(node[2])
            if a == "array" and b == "vector":
                return "vector"
            return "array" if "array" in (a, b) else "vector" if "vector" in (a, b) else "?"
        if k == "add":
            kinds = {self._kind(t) for _, t in node[1]}
            return "vector" if "vector" in kinds else "array" if "array" in kinds else "?"
        return "scalar"

    def _array_of(self, name):
        return self.shapes.arrays.get(name)

    # -- shapes: ("s",) or ("a", rows, cols) with sizes from self.dims
    def shape(self, node):
        k = node[0]
        where = self.text
        if k == "num":
            return SCALAR
        if k == "name":
            name = node[1]
            coord = self._coordinate(name)
            if coord is not None:
                base, subs = coord
                self._index_sizes(base, subs)
                return SCALAR
            if name in self.vector_names:
                return ("a", self.vector_names[name], 1)
            if name in self.shapes.matrices:
                return ("a", *self.shapes.matrices[name])
            array = self._array_of(name)
            if array is not None:
                return ("a", *array.shape)
            return SCALAR
        if k == "literal":
            return ("a", *self.shapes.literals[node[1]].shape)
        if k == "tuple":
            for e in node[1]:
                if self.shape(e) != SCALAR:
                    _fail(f"an entry of a tuple is not a number in '{where}'")
            return ("a", len(node[1]), 1)
        if k == "add":
            shapes = [self.shape(t) for _, t in node[1]]
            first = shapes[0]
            for s in shapes[1:]:
                if (s == SCALAR) != (first == SCALAR):
                    _fail(f"cannot add a number and a vector or matrix in '{where}' (no broadcasting)")
                if s != SCALAR:
                    self.dims.unify(first[1], s[1], where)
                    self.dims.unify(first[2], s[2], where)
            return first
        if k in ("mul", "cdot"):
            a, b = self.shape(node[1]), self.shape(node[2])
            if a == SCALAR or b == SCALAR:
                return b if a == SCALAR else a
            if k == "cdot" and self._column(a) and self._column(b):
                self.dims.unify(a[1], b[1], where)
                return SCALAR
            self.dims.unify(a[2], b[1], where)
            return self._product(a[1], b[2])
        if k == "div":
            a, b = self.shape(node[1]), self.shape(node[2])
            if b != SCALAR:
                _fail(f"division by a vector or matrix in '{where}'")
            return a
        if k == "pow":
            a, e = self.shape(node[1]), self.shape(node[2])
            if e != SCALAR:
                _fail(f"an exponent is a vector in '{where}'")
            if a != SCALAR:
                if self.dims.find(a[2]) == 1 or self.dims.find(a[1]) == 1:
                    _fail(f"a power of a vector in '{where}' is not defined: write x^\\top x or \\|x\\|_2^2 for "
                          "the squared norm, or \\sum_i x_i^2")
                self.dims.unify(a[1], a[2], where)
                return a
            return SCALAR
        if k == "T":
            a = self.shape(node[1])
            return a if a == SCALAR else self._product(a[2], a[1])
        if k == "inv":
            a = self.shape(node[1])
            if a != SCALAR:
                self.dims.unify(a[1], a[2], where)
            return a
        if k == "norm":       # of a vector, a matrix (Frobenius) or a number (its absolute value)
            self.shape(node[1])
            return SCALAR
        if k == "abs":
            if self.shape(node[1]) != SCALAR:
                _fail(f"|...| of a vector in '{where}': write a norm \\|...\\|")
            return SCALAR
        if k == "inner":
            a, b = self.shape(node[1]), self.shape(node[2])
            if a == SCALAR or b == SCALAR:
                if a == b:
                    return SCALAR
                _fail(f"an inner product of a number and a vector in '{where}'")
            self.dims.unify(a[1], b[1], where)
            self.dims.unify(a[2], b[2], where)
            return SCALAR
        if k == "func":
            for arg in node[2]:
                if self.shape(arg) != SCALAR:
                    _fail(f"{node[1]} of a vector in '{where}' (functions apply to numbers; write the sum of "
                          f"their values with \\sum_i)")
            return SCALAR
        if k == "tr":
            a = self.shape(node[1])
            if a == SCALAR:
                return SCALAR
            self.dims.unify(a[1], a[2], where)
            return SCALAR
        if k in ("det", "eig"):
            a = self.shape(node[1])
            if a == SCALAR:
                _fail(f"{_SQUARE_ONLY[k]} of a number in '{where}': it takes a square matrix")
            self.dims.unify(a[1], a[2], where)
            return SCALAR
        if k == "big":
            _, op, index, lo, hi, body = node
            # a stated range (i = 1..3) is used as stated (x_4 is then an error when it is reached); without an
            # upper end the index runs up to the size of the vectors it subscripts (which must agree)
            node_range = self._range(lo, hi)
            variable = None if node_range is not None else self.dims.fresh(index)
            had, outer = index in self.bound, self.bound.get(index)
            self.bound[index] = variable
            try:
                if self.shape(body) != SCALAR:
                    _fail(f"the body of \\{op} is a vector in '{where}'")
            finally:
                if had:
                    self.bound[index] = outer
                else:
                    self.bound.pop(index)
            if node_range is not None:
                self.ranges[id(node)] = ("count", node_range[1] - node_range[0] + 1)
            else:
                self.ranges[id(node)] = ("size", variable)
            return SCALAR
        raise AssertionError(k)

    def _range(self, lo, hi):
        """(lo, hi) as ints when both are numbers (or names with values); None when the upper end is unknown."""
        def number(text):
            if text is None:
                return None
            value = parse_internal(text).xreplace({symbol(k): v for k, v in self.values.items()})
            return int(value) if value.is_Integer else None
        first, last = number(lo), number(hi)
        if first is None:
            _fail(f"the lower bound {lo} of a sum is not a number")
        return (first, last) if last is not None else None

    def _column(self, shape) -> bool:
        return shape != SCALAR and self.dims.find(shape[2]) == 1

    def _product(self, rows, cols):
        if self.dims.find(rows) == 1 and self.dims.find(cols) == 1:
            return SCALAR
        return ("a", rows, cols)

    def _coordinate(self, name):
        """``x_1`` / ``x_i`` of a vector x, ``A_{12}`` / ``A_{ij}`` of a matrix: (base, subscripts); else None."""
        m = re.fullmatch(r"(?P<base>.+?)_(?:\{(?P<braced>[^{}]*)\}|(?P<single>[^{}]))", name)
        if not m:
            return None
        base = m.group("base")
        sub = m.group("braced") if m.group("braced") is not None else m.group("single")
        if base in self.vector_names or (self._array_of(base) is not None and self._array_of(base).shape[1] == 1):
            return (base, [sub])
        if base in self.shapes.matrices or self._array_of(base) is not None:
            subs = sub.split(",") if "," in sub else list(sub) if len(sub) == 2 else None
            if subs is None:
                _fail(f"cannot read the entry {name} of the matrix {base}; write {base}_{{ij}} or {base}_{{i,j}}")
            return (base, subs)
        return None

    def _index_sizes(self, base, subs):
        if base in self.vector_names:
            sizes = [self.vector_names[base]]
        elif base in self.shapes.matrices:
            sizes = list(self.shapes.matrices[base])
        else:
            sizes = list(self._array_of(base).shape)
            if sizes[1] == 1:
                sizes = sizes[:1]
        for sub, size in zip(subs, sizes):
            if self.bound.get(sub) is not None:
                self.dims.unify(self.bound[sub], size, self.text)

    # -- values
    def size(self, d, what: str) -> int:
        d = self.dims.find(d)
        if isinstance(d, int):
            return d
        name = d[1:].split("#")[0]
        if name in self.shapes.unknown:
            _fail(f"the size of {name} is not a number ({self.shapes.unknown[name]}): write it, e.g. "
                  f"'for ${name} \\in \\mathbb{{R}}^3$', or give it, e.g. 'where ${self.shapes.unknown[name]} = 3$'")
        if len(name) == 1 and name.islower() and what == "range":
            _fail(f"cannot tell the range of the index {name}: write \\sum_{{{name}=1}}^{{3}}, or give the size of "
                  "the vectors it runs over (e.g. 'for $x \\in \\mathbb{R}^3$')")
        _fail(f"cannot tell the size of {name}: say it, e.g. 'for ${name} \\in \\mathbb{{R}}^2$'")

    def vector_of(self, name) -> sp.ImmutableMatrix:
        size = self.size(self.vector_names[name], "vector")
        if size > MAX_SIZE:
            _fail(f"{name} has {size} coordinates; at most {MAX_SIZE} are read")
        coords = self.shapes.vectors.get(name) or coordinates(name, size)
        if len(coords) != size:
            _fail(f"dimension mismatch: {name} has {len(coords)} coordinates and is used with size {size}")
        return sp.ImmutableMatrix([symbol(c) for c in coords])

    def value(self, node, env):
        k = node[0]
        if k == "num":
            return node[1]
        if k == "name":
            return self._name_value(node[1], env)
        if k == "literal":
            return self.shapes.literals[node[1]]
        if k == "tuple":
            return sp.ImmutableMatrix([self.value(e, env) for e in node[1]])
        if k == "add":
            total = None
            for sign, t in node[1]:
                v = self.value(t, env)
                v = v if sign == 1 else -v
                total = v if total is None else total + v
            return total
        if k in ("mul", "cdot"):
            a, b = self.value(node[1], env), self.value(node[2], env)
            if isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase):
                if k == "cdot" and a.shape[1] == 1 and b.shape[1] == 1:
                    return sp.expand((a.T * b)[0, 0])
                return _scalar(sp.ImmutableMatrix((a * b).applyfunc(sp.expand)))
            return a * b
        if k == "div":
            return self.value(node[1], env) / self.value(node[2], env)
        if k == "pow":
            a, e = self.value(node[1], env), self.value(node[2], env)
            if isinstance(a, sp.MatrixBase):
                if not (e.is_Integer and 0 < e <= 20):
                    _fail(f"a matrix power needs a small positive integer exponent, found {e}")
                out = a
                for _ in range(int(e) - 1):
                    out = sp.ImmutableMatrix((out * a).applyfunc(sp.expand))
                return out
            return a ** e
        if k == "T":
            a = self.value(node[1], env)
            return a.T if isinstance(a, sp.MatrixBase) else a
        if k == "inv":
            a = self.value(node[1], env)
            if not isinstance(a, sp.MatrixBase):
                return 1 / a
            if a.free_symbols:  # adj(A) / det A, defined where det A != 0 (a claim states where: X > 0)
                if a.rows != a.cols or a.rows > 3:
                    _fail("only the inverse of a square matrix of size at most 3 with symbols is read")
                det = sp.expand(a.det())
                if det == 0:
                    _fail("the matrix is singular (no inverse)")
                return sp.ImmutableMatrix(a.adjugate().applyfunc(lambda v: sp.expand(v) / det))
            if a.det() == 0:
                _fail("the matrix is singular (no inverse)")
            return sp.ImmutableMatrix(a.inv())
        if k == "norm":
            return _norm(self.value(node[1], env), node[2], self.values)
        if k == "abs":
            return sp.Abs(self.value(node[1], env))
        if k == "inner":
            a, b = self.value(node[1], env), self.value(node[2], env)
            if not isinstance(a, sp.MatrixBase):
                return a * b
            return sp.expand(sum(x * y for x, y in zip(a, b)))
        if k == "func":
            args = [self.value(a, env) for a in node[2]]
            return apply_function(node[1], args, functions=self.functions, values=self.values)
        if k == "tr":
            a = self.value(node[1], env)
            return a.trace() if isinstance(a, sp.MatrixBase) else a
        if k == "det":
            return sp.expand(self.value(node[1], env).det())
        if k == "eig":
            return _extreme_eigenvalue(self.value(node[1], env), node[2])
        if k == "big":
            _, op, index, lo, hi, body = node
            first = 1 if lo is None else int(parse_internal(lo).xreplace(
                {symbol(n): v for n, v in self.values.items()}))
            how, n = self.ranges[id(node)]
            count = n if how == "count" else self.size(n, "range") - first + 1
            if how == "size" and hi is not None and re.fullmatch(r"[A-Za-z]", hi.strip()):
                # \sum_{i=1}^{n} over vectors of size 2: n is that count, here and wherever else it is written (1/n)
                if self.counts.setdefault(hi.strip(), first + count - 1) != first + count - 1:
                    _fail(f"{hi.strip()} ends sums over vectors of different sizes in '{self.text}'")
            if count < 1:
                _fail(f"the range of \\{op} in '{self.text}' is empty")
            if count > 500:
                _fail("a sum with more than 500 terms")
            terms = [self.value(body, {**env, index: first + t}) for t in range(count)]
            if op == "sum":
                return sp.Add(*terms)
            if op == "prod":
                return sp.Mul(*terms)
            return (sp.Max if op == "max" else sp.Min)(*terms) if len(terms) > 1 else terms[0]
        raise AssertionError(k)

    def _name_value(self, name, env):
        if name in env:
            return sp.Integer(env[name])
        coord = self._coordinate(name)
        if coord is not None:
            base, subs = coord
            if base in self.vector_names:
                array = self.vector_of(base)
            elif base in self.shapes.matrices:
                rows, cols = self.shapes.matrices[base]
                array = sp.ImmutableMatrix([[symbol(e) for e in row] for row in entries(base, rows, cols)])
            else:
                array = self._array_of(base)
            where = []
            for sub in subs:
                if sub in env:
                    where.append(env[sub])
                elif re.fullmatch(r"\d+", sub):
                    where.append(int(sub))
                else:
                    _fail(f"the index {sub} of {name} is not bound by a sum (write \\sum_{sub} ...) or a number")
            if len(where) == 1:
                if not 1 <= where[0] <= array.shape[0]:
                    _fail(f"{name}: index {where[0]} is outside 1..{array.shape[0]} (the size of {base})")
                return array[where[0] - 1, 0]
            if not (1 <= where[0] <= array.shape[0] and 1 <= where[1] <= array.shape[1]):
                _fail(f"{name}: entry ({where[0]}, {where[1]}) is outside the {array.shape[0]} x {array.shape[1]} "
                      f"matrix {base}")
            return array[where[0] - 1, where[1] - 1]
        if name in self.vector_names:
            return self.vector_of(name)
        if name in self.shapes.matrices:
            rows, cols = self.shapes.matrices[name]
            return sp.ImmutableMatrix([[symbol(e) for e in row] for row in entries(name, rows, cols)])
        array = self._array_of(name)
        if array is not None:
            return array
        renamed = name
        for index, value in env.items():
            renamed = rename_index(renamed, index, str(value))
        return symbol(renamed)


def _scalar(m):
    return m[0, 0] if m.shape == (1, 1) else m


def _norm(v, p: str, values: dict):
    """The p-norm of a vector (or of a matrix: p = F, the Frobenius norm), or |v| of a number."""
    if not isinstance(v, sp.MatrixBase):
        return sp.Abs(v)
    if p in ("F", "\\mathrm{F}", "\\text{F}", "\\mathrm{Fro}", "Fro"):
        return sp.sqrt(sp.Add(*[e ** 2 for e in v]))
    if v.shape[1] != 1 and v.shape[0] != 1:
        _fail(f"the {p}-norm of a matrix is not read (only \\|A\\|_F, the Frobenius norm)")
    if p == "2":
        return sp.sqrt(sp.Add(*[e ** 2 for e in v]))
    if p == "1":
        return sp.Add(*[sp.Abs(e) for e in v])
    if p in ("\\infty", "{\\infty}", "\\inf", "max"):
        return sp.Max(*[sp.Abs(e) for e in v]) if len(v) > 1 else sp.Abs(v[0])
    try:
        q = parse_internal(p).xreplace({symbol(k): val for k, val in values.items()})
    except InputError:
        q = None
    if q is None or not q.is_Rational or q < 1:
        _fail(f"cannot read the norm index {p}: a number p >= 1 (or give p a value, e.g. 'where $p = 3$')")
    if q == 1 or q == 2:
        return _norm(v, str(q), values)
    even = q.is_Integer and q % 2 == 0
    return sp.Add(*[(e ** q if even else sp.Abs(e) ** q) for e in v]) ** (1 / q)


_SQUARE_ONLY = {"det": "\\det", "eig": "\\lambda_{\\max} (\\lambda_{\\min})"}


def _extreme_eigenvalue(a, which: str):
    """lambda_max or lambda_min of a symmetric matrix of size 1 or 2, as its formula: for [[p, q], [q, r]],
    (p + r)/2 +- sqrt(((p - r)/2)^2 + q^2) (the roots of t^2 - (p + r) t + (p r - q^2)); a larger or non-symmetric
    matrix is refused (its eigenvalues have no formula the reader writes)."""
    if a.shape == (1, 1):
        return a[0, 0]
    if a.shape != (2, 2) or sp.expand(a[0, 1] - a[1, 0]) != 0:
        shape = f"a {a.shape[0]} x {a.shape[1]} matrix" + (" that is not symmetric" if a.shape == (2, 2) else "")
        _fail(f"\\lambda_{{\\{which}}} is read for a symmetric 2 x 2 matrix only (given {shape})")
    p, q, r = a[0, 0], a[0, 1], a[1, 1]
    root = sp.sqrt((p - r) ** 2 / 4 + q ** 2)
    return (p + r) / 2 + (root if which == "max" else -root)


# ------------------------------------------------------------------------------------------- entry points

_SYNTAX = re.compile(r"\\top(?![A-Za-z])|\\intercal|\^\s*\{?\s*(?:T|\\mathsf\s*\{\s*T\s*\})\s*\}?(?![A-Za-z{])|\\langle"
                     r"|\\matrixliteral|\\operatorname\s*\{\s*(?:tr|trace|Tr|det)\s*\}|\\mathrm\s*\{\s*(?:tr|Tr)\s*\}"
                     r"|\\det(?![A-Za-z])|\\lambda\s*_\s*\{?\s*\\(?:max|min)"
                     r"|\\(?:sum|prod|max|min)\s*_\s*(?:\{\s*[a-z]\s*\}|[a-z](?![A-Za-z]))(?!\s*=)"
                     r"|\\(?:max|min)\s*_\s*\{\s*(?:[a-z]\s*=|1\s*\\le|[a-z]\s*\\in)"
                     r"|\\\|[^|]*\\\|\s*_\s*\{?\s*(?:[3-9]|1\d|[A-Za-z])")


def uses_vectors(text: str, shapes: Shapes) -> bool:
    r"""Whether ``text`` needs this module: vector syntax (``^\top``, ``\langle``, a matrix, ``\sum_i``,
    ``\max_i``, ``\operatorname{tr}``, a p-norm) or a name the claim declares as a vector or matrix."""
    if _SYNTAX.search(text):
        return True
    if not shapes:
        return False
    names = set(shapes.vectors) | set(shapes.matrices) | set(shapes.arrays) | set(shapes.unknown)
    try:
        full, bases = names_in(text)
    except InputError:
        return False
    # x_1 alone is a coordinate of x only when x is declared with a size or given (a tuple's names are its own)
    return bool(full & names or bases & (set(shapes.declared) | set(shapes.matrices) | set(shapes.arrays)))


def expand(text: str, shapes: Shapes, *, functions=None, values=None) -> Expansion:
    r"""The scalar function the vector formula ``text`` denotes (module docstring), with the vectors it used.
    ``functions`` (name -> ``calls.FunctionDef``) and ``values`` (name -> number) are the claim's definitions.

    >>> expand(r"\|x\|_1", Shapes(vectors={"x": ["x_1", "x_2"]})).function
    Abs(x_1) + Abs(x_2)
    """
    source = normalize(text, norms=False)
    tree = unroll_data_sums(read_tree(text, functions), shapes.arrays)   # \sum_{i=1}^{2} over given x_1, x_2
    expander = _Expander(shapes, functions, values, source.strip())
    expander.classify(tree)
    result_shape = expander.shape(tree)
    promoted = sorted(set(expander.vector_names) - set(shapes.vectors) - set(shapes.unknown))
    if result_shape != SCALAR and promoted:
        # x^T a x: reading the undeclared a as a vector (it follows x^T) made the formula a vector, so a is a
        # number; an undeclared capital (x^T A x) is a matrix by convention, and its size is not known
        capitals = [n for n in promoted if n[:1].isupper()]
        if capitals:
            _fail(f"the size of {capitals[0]} in '{source.strip()}' is not known: give its entries, e.g. 'where "
                  f"${capitals[0]} = \\begin{{pmatrix}} 2 & 1 \\\\ 1 & 2 \\end{{pmatrix}}$', or its size, e.g. "
                  f"'${capitals[0]} \\in \\mathbb{{R}}^{{2 \\times 2}}$'")
        expander = _Expander(shapes, functions, values, source.strip(), scalars=frozenset(promoted))
        expander.classify(tree)
        result_shape = expander.shape(tree)
    if result_shape != SCALAR:
        rows = expander.dims.find(result_shape[1])
        cols = expander.dims.find(result_shape[2])
        _fail(f"the function '{source.strip()}' is a {rows} x {cols} array, not a number")
    value = expander.value(tree, {})
    if expander.counts:
        value = value.xreplace({symbol(k): sp.Integer(v) for k, v in expander.counts.items()})
    if isinstance(value, sp.MatrixBase):
        _fail(f"the function '{source.strip()}' is a {value.shape[0]} x {value.shape[1]} array, not a number")
    used = {}
    for name in expander.vector_names:
        size = expander.dims.find(expander.vector_names[name])
        if isinstance(size, int):
            used[name] = [s.name for s in expander.vector_of(name)]
    return Expansion(function=value, vectors=used, matrices=dict(shapes.matrices), literals=tuple(shapes.literals))

def reading(f, expansions: list, arrays: dict) -> str:
    """What a claim's vector formula was read as: the coordinates, the given arrays, and the scalar function f
    (``expansions``: (text, ``Expansion``) pairs); "" when no vector formula was read."""
    if not expansions:
        return ""
    said = []
    for _text, e in expansions:
        for vector, coords in e.vectors.items():
            said.append(f"{vector} = ({', '.join(coords)})")
    for name, array in arrays.items():
        shown = f"({', '.join(sp.sstr(v) for v in array)})" if array.shape[1] == 1 else sp.sstr(array.tolist())
        said.append(f"{name} = {shown}")
    literals = expansions[0][1].literals
    shown = re.sub(r"\\matrixliteral\{(\d+)\}", lambda m: sp.sstr(literals[int(m.group(1))].tolist())
                   if int(m.group(1)) < len(literals) else m.group(0), " ".join(expansions[0][0].split()))
    if not said:
        return f"matrix formula read as: {shown} = {pretty(f)}"
    return f"vectors read by coordinates: {', '.join(dict.fromkeys(said))}; {shown} = {pretty(f)}"


__all__ = ["Expansion", "expand", "reading", "uses_vectors"]
