r"""Reading a claim about sums with a symbolic number of terms (text layer; ``symbolic_sums`` answers it).

A sum ``\sum_{i=1}^{n} t_i`` (or ``\sum_{i=0}^{n-1}``, ``\sum_i``, which gets the range ``1..n``) whose count n is a
letter is read once with the sum standing for ``S * t(first index)``, S a marker symbol (``parsing.SYMBOLIC_SUMS``
hands the reader's sums to ``_Recorder``), or expanded to its first k terms (the instance with n = k). Names
subscripted by the index (``x_i``, ``x_{i+1}``, ``x^{(i)}``) are renamed at each index value; a term that uses the
index or the count otherwise is refused with a one-line error. Outside the formula with the sums, x_i and a bare x
(a letter subscripted by the index) are written as the first coordinate x_1, and R^n as R, so that a domain
"x_i > 0", "x > 0" or "x in R^n_{++}" is the condition every coordinate has; prose restating the range ("for all
$i$", "for every $n \ge 1$") is dropped, and no other condition on n.

``family`` splits the marker reading as F = g + sum_j c_j(n) sum_i t_j (``Family``): the shared variables (without
the index), the indexed variables' first coordinates, the data (indexed parameters), the other parameters, the
remainder g and the weights c_j. ``weight_sign`` reads the sign of a weight for every integer n >= 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from .errors import ClaimError
from .parsing import SYMBOLIC_SUMS, fail, rename_index
from .remarks import MATH

#: ``\sum`` followed by its range, as written: index, lower bound, upper bound (each possibly absent).
SUM_PATTERN = re.compile(r"\\sum\s*_\s*(?:\{\s*([A-Za-z])\s*(?:=\s*([^{}]*?))?\s*\}|([A-Za-z]))"
                  r"(?:\s*\^\s*(?:\{([^{}]*)\}|([A-Za-z0-9])))?")
#: A letter or a Greek letter's command, the name a subscript follows.
_GREEK = ("alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|varpi|rho|"
          "sigma|tau|upsilon|phi|varphi|chi|psi|omega")
_NAME = rf"((?<![\\A-Za-z])[A-Za-z]|\\(?:{_GREEK})(?![A-Za-z]))"
#: Prose that restates the range of the index or the count ("for all $i$", "for every $n \ge 1$").
_RANGE_WORDS = r"(?:,\s*)?(?:for\s+(?:all|every|each|any)|\\forall)\s*"

def looks_like_symbolic_sum(text: str) -> bool:
    r"""Does the claim have a ``\sum`` whose upper bound is a letter or which has no bounds (``\sum_i``)?

    >>> looks_like_symbolic_sum(r"$\sum_{i=1}^{n} x_i^2$ is convex"), looks_like_symbolic_sum(r"$\sum_{i=1}^{3} x_i$")
    (True, False)
    """
    for m in SUM_PATTERN.finditer(text):
        upper = m.group(4) if m.group(4) is not None else m.group(5)
        if upper is None and m.group(2) is None or upper is not None and re.search(r"[A-Za-z]", upper):
            return True
    return False


# ------------------------------------------------------------------------------------------- reading

@dataclass
class SymbolicSum:
    """One sum read with a symbolic count: ``summand`` (as written, names subscripted by ``index``), the count
    symbol, the first index value, and the ``marker`` that stands for it in the marker reading."""

    summand: sp.Expr
    index: str
    count: sp.Symbol
    first: int
    marker: sp.Symbol
    #: Some name is subscripted by the index shifted (x_{i+1}): neighbouring terms share variables.
    shifted: bool = False

    def term(self, k: int) -> sp.Expr:
        """The summand at index first + k (x_i -> x_{first+k})."""
        return at_index(self.summand, self.index, self.first + k)


_SHIFTED = re.compile(r"^(?P<base>.+)_\{\s*(?P<index>[A-Za-z])\s*(?P<sign>[+-])\s*(?P<c>[0-9]+)\s*\}$")


def _shift(name: str, index: str) -> int | None:
    """The shift c of a name subscripted by index + c (``x_{i+1}`` -> 1, ``x_{i-1}`` -> -1), else None."""
    m = _SHIFTED.match(name)
    if not m or m.group("index") != index:
        return None
    return int(m.group("c")) * (1 if m.group("sign") == "+" else -1)


def name_at(name: str, index: str, value: int) -> str:
    """The name at index value: ``x_i`` -> ``x_3`` (``parsing.rename_index``), ``x_{i+1}`` -> ``x_4``."""
    m = re.fullmatch(r"(?P<base>.+)\^\{\((?P<index>[A-Za-z])\)\}", name)   # x^{(i)}, the machine-learning habit
    if m and m.group("index") == index:
        return f"{m.group('base')}^{{({value})}}"
    c = _shift(name, index)
    if c is not None:
        return f"{_SHIFTED.match(name).group('base')}_{value + c}" if value + c >= 0 else name
    return rename_index(name, index, str(value))


def at_index(expr, index: str, value: int):
    """The term of a sum at index ``value``: every name subscripted by the index (or the index shifted) renamed.

    >>> at_index(sp.Symbol("x_i") * sp.Symbol("x_{i+1}"), "i", 1)
    x_1*x_2
    """
    mapping = {}
    for s in expr.free_symbols:
        new = name_at(s.name, index, value)
        if new != s.name:
            mapping[s] = sp.Symbol(new, **s.assumptions0)
    return expr.xreplace(mapping)


class _Recorder:
    """The callback of ``parsing.SYMBOLIC_SUMS``: reads ``\\sum_{i=a}^{N+b}`` with a + ... the count N; in the marker
    reading (``size`` None) a sum stands for marker * summand(first), else for the sum of its first ``size``
    terms (the instance with n = size)."""

    def __init__(self, size: int | None = None):
        self.size = size
        self.sums: list[SymbolicSum] = []

    def __call__(self, summand, index, lower, upper):
        upper = sp.sympify(upper)
        counts = [s for s in upper.free_symbols]
        if not lower.is_Integer or len(counts) != 1 or not upper.is_Symbol and not (upper - counts[0]).is_Integer:
            return None
        count = counts[0]
        if sp.expand(upper - count - lower + 1) != 0:   # n terms: i = 1..n or i = 0..n-1
            return None
        for s in summand.free_symbols:
            if s.name in (index, count.name) or s.name[:3] == "SUM" or (
                    name_at(s.name, index, 1) == s.name and re.search(rf"_.*(?<![A-Za-z]){index}(?![A-Za-z])",
                                                                       s.name)):
                fail(f"the terms of this sum over {index} are not one term with the index in subscripts ({s.name}); "
                     f"give {count.name} a value, e.g. 'where ${count.name} = 3$'")
        if any((_shift(x.name, index) or 0) + int(lower) < 0 for x in summand.free_symbols):
            fail(f"the first term of this sum over {index} has a negative subscript; give {count.name} a value, "
                 f"e.g. 'where ${count.name} = 3$'")
        marker = sp.Symbol(f"SUM{len(self.sums) + 1}_{index}")
        record = SymbolicSum(summand, index, count, int(lower), marker,
                             shifted=any(_shift(x.name, index) is not None for x in summand.free_symbols))
        self.sums.append(record)
        if self.size is None:
            return marker * record.term(0)
        return sp.Add(*[record.term(k) for k in range(self.size)])


def prepare_text(text: str) -> str:
    r"""The claim with ``\sum_i`` given its range (``\sum_{i=1}^{n}``), and, outside the formula with the sums,
    x_i / x_{i} / x (a letter subscripted by an index) written as the first coordinate x_1 and R^n as R, so that a
    domain "x_i > 0", "x > 0" or "x \in \mathbb{R}^n_{++}" reads as the condition on one coordinate (every
    coordinate has it); prose restating the range ("for all $i$", "for every $n \ge 1$") is dropped."""
    used = set(re.findall(r"(?<![\\A-Za-z])([A-Za-z])(?![A-Za-z])", "".join(
        next(g for g in m.groups() if g is not None) for m in MATH.finditer(text))))
    count = next((c for c in "nNmMK" if c not in used), "n")

    def full(m):
        index = m.group(1) or m.group(3)
        upper = m.group(4) if m.group(4) is not None else m.group(5)
        if upper is None and m.group(2) is None:
            return rf"\sum_{{{index}=1}}^{{{count}}}"
        return m.group(0)

    text = SUM_PATTERN.sub(full, text)
    sums = [(m.group(1) or m.group(3), m.group(2)) for m in SUM_PATTERN.finditer(text)]
    counts = set()
    for m in SUM_PATTERN.finditer(text):
        upper = m.group(4) if m.group(4) is not None else m.group(5)
        counts |= set(re.findall(r"[A-Za-z]", upper or ""))
    indices = {i: (lo or "1").strip() for i, lo in sums}
    letters = set()
    for m in MATH.finditer(text):
        body = next(g for g in m.groups() if g is not None)
        if r"\sum" in body:
            for i in indices:
                letters |= set(re.findall(rf"{_NAME}_(?:\{{\s*{i}\s*\}}|{i}(?![A-Za-z0-9]))", body))
    firsts = {i: (lo if lo.lstrip("-").isdigit() else "1") for i, lo in indices.items()}
    for i in indices:   # "for all $i$", "for each $i = 1, \dots, n$"
        text = re.sub(_RANGE_WORDS + rf"\$\s*{i}\s*(?:[=\\][^$]*)?\$", "", text)
    for c in counts:    # "for every $n \ge 1$", "for all $n \in \mathbb{N}$"
        at_least_one = r"(?:(?:\\ge|\\geq|\\geqslant)\s*1|>\s*0|\\in\s*\\mathbb\{N\}(?:_\{?\s*[+>0-9]*\s*\}?)?)"
        text = re.sub(_RANGE_WORDS + rf"\$\s*{c}\s*{at_least_one}\s*\$", "", text)
        text = re.sub(rf"{_RANGE_WORDS}(?:sample\s+sizes?|data\s*sets?|data)?\s*(?:\$\s*{c}\s*\$)?(?=[\s.,]|$)",
                      lambda m: m.group(0) if not m.group(0).strip(", ").split()[-1:] or m.group(0).strip() in (
                          "for", "for all", "for every", "for each", "for any") else "", text)

    def coordinates(body: str) -> str:
        for i, first in firsts.items():
            body = re.sub(rf"{_NAME}_(?:\{{\s*{i}\s*\}}|{i}(?![A-Za-z0-9]))", rf"\1_{first}", body)
        for c in counts:
            body = re.sub(rf"\^\s*(?:\{{\s*{c}\s*\}}|{c}(?![A-Za-z]))", "", body)
        first = next(iter(firsts.values()), "1")
        for letter in letters:
            body = re.sub(rf"(?<![\\A-Za-z_])({re.escape(letter)})(?![A-Za-z_])", rf"\1_{first}", body)
        return body

    out, pos = [], 0
    for m in MATH.finditer(text):
        body = next(g for g in m.groups() if g is not None)
        out.append(text[pos:m.start()])
        out.append(m.group(0) if r"\sum" in body else m.group(0).replace(body, coordinates(body), 1))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def read_claim(text: str, parse, size: int | None):
    """Parse the prepared claim with the sums read as markers (``size`` None) or expanded to ``size`` terms."""
    recorder = _Recorder(size)
    token = SYMBOLIC_SUMS.set(recorder)
    try:
        claim = parse(text)
    except ClaimError as exc:   # an error about a marker is about this reading, not the claim: the reader's stands
        if any(s.marker.name in str(exc) for s in recorder.sums):
            return None, []
        raise
    finally:
        SYMBOLIC_SUMS.reset(token)
    return claim, recorder.sums


# ------------------------------------------------------------------------------------------- the family

@dataclass
class Family:
    """The claim read as a family: ``claim`` (the marker reading), its sums, the shared variables (not subscripted
    by an index), the coordinates of each indexed variable at the first index, the data (parameters subscripted by
    an index), the other parameters, and the split F = g + sum_j weight_j * sum_i term_j (None: not split)."""

    claim: object
    sums: list
    shared: list
    indexed: list
    data: list
    others: list
    counts: list
    g: sp.Expr | None = None
    weights: list = field(default_factory=list)
    #: One factor of parameters per sum, taken into its term (the weight C(n) b is c(n) with b in the term).
    scales: list = field(default_factory=list)
    reason: str = ""
    note: str = ""


def family(claim, sums) -> Family:
    markers = {s.marker for s in sums}
    counts = sorted({s.count for s in sums}, key=lambda s: s.name)
    count_names = {c.name for c in counts}
    indexed_names = set()
    for s in sums:
        indexed_names |= set(rename_map(s, 0).values()) | {x.name for x in s.term(0).free_symbols} - {
            x.name for x in s.summand.free_symbols}
    keep = lambda syms: [v for v in syms if v not in markers and v.name not in count_names and v.name[:3] != "SUM"]
    variables, parameters = keep(claim.variables), keep(claim.parameters)
    implicit = any(v.name[:3] == "SUM" for v in claim.variables)
    note = ""
    if implicit and any(v.name not in indexed_names for v in variables):
        note = (f"read in {', '.join(v.name for v in variables if v.name not in indexed_names)} for every value of the "
                f"data {', '.join(v.name for v in variables if v.name in indexed_names)} (the letters subscripted by "
                f"the index); name the variables to read it otherwise")
    if note:
        # no variables named: the letters without the index are the variables, the indexed ones data
        parameters += [v for v in variables if v.name in indexed_names]
        variables = [v for v in variables if v.name not in indexed_names]
    fam = Family(claim=claim, sums=sums, counts=counts, note=note,
                 shared=[v for v in variables if v.name not in indexed_names],
                 indexed=[v for v in variables if v.name in indexed_names],
                 data=[p for p in parameters if p.name in indexed_names],
                 others=[p for p in parameters if p.name not in indexed_names])
    f = claim.function
    fx = f.xreplace({s: sp.Symbol(s.name) for s in f.free_symbols if s.name[:3] == "SUM"})
    plain = {sp.Symbol(s.marker.name): s for s in sums}
    g = fx.xreplace({m: 0 for m in plain})
    weights, scales = [], []
    for m, s in plain.items():
        coefficient = sp.diff(fx, m)
        if coefficient.free_symbols & set(plain):
            fam.reason = "a sum appears inside a function that is not a weighted sum"
            return fam
        w = sp.simplify(coefficient / same_names(s.term(0), coefficient))
        # a factor of parameters (C in C \sum_i ...) is taken into the term: c(n) b sum_i t_i = c(n) sum_i (b t_i)
        factors = w.args if w.is_Mul else (w,)
        scale = sp.Mul(*[a for a in factors if not {x.name for x in a.free_symbols} & count_names])
        w = sp.Mul(*[a for a in factors if {x.name for x in a.free_symbols} & count_names])
        if {x.name for x in w.free_symbols} - count_names or {x.name for x in scale.free_symbols} & count_names \
                or {x.name for x in scale.free_symbols} & {v.name for v in fam.shared + fam.indexed + fam.data}:
            fam.reason = "the weight of a sum depends on more than its number of terms"
            return fam
        if scale.is_number:
            w, scale = w * scale, sp.Integer(1)
        weights.append(w)
        scales.append(scale)
    if {x.name for x in g.free_symbols} & count_names:
        fam.reason = "the part outside the sums depends on the number of terms"
        return fam
    fam.g, fam.weights, fam.scales = same_names(g, f), weights, scales
    return fam


def same_names(expr, like):
    """``expr`` with its symbols replaced by the symbols of the same name in ``like`` (assumptions differ)."""
    by_name = {s.name: s for s in like.free_symbols}
    return expr.xreplace({s: by_name[s.name] for s in expr.free_symbols if s.name in by_name})


def weight_sign(w, count_names) -> int:
    """+1 when w(n) > 0 for every integer n >= 1, -1 when w(n) < 0 for every one, 0 when not shown: w is a quotient
    of polynomials in n whose coefficients are all >= 0 (then each is > 0 at n > 0), up to one sign.

    >>> n = sp.Symbol("n")
    >>> weight_sign(1 / n, {"n"}), weight_sign(-sp.Rational(1, 2), {"n"}), weight_sign(1 / (n - 1), {"n"})
    (1, -1, 0)
    """
    num, den = sp.fraction(sp.together(w))
    syms = sorted(w.free_symbols, key=lambda s: s.name)

    def sign(p) -> int:
        if not syms:
            return 1 if p > 0 else -1 if p < 0 else 0
        poly = sp.Poly(p, *syms)
        if not all(c.is_Rational for c in poly.coeffs()):
            return 0
        return 1 if all(c >= 0 for c in poly.coeffs()) else -1 if all(c <= 0 for c in poly.coeffs()) else 0
    try:
        return sign(num) * sign(den)
    except (sp.PolynomialError, TypeError):
        return 0


def rename_map(s: SymbolicSum, k: int) -> dict:
    """Names at the first index -> names at first + k, for the names the sum's summand subscripts by its index."""
    out = {}
    for x in s.summand.free_symbols:
        na, nb = name_at(x.name, s.index, s.first), name_at(x.name, s.index, s.first + k)
        if na != nb:
            out[na] = nb
    return out



__all__ = ["Family", "SUM_PATTERN", "SymbolicSum", "at_index", "family", "looks_like_symbolic_sum", "name_at",
           "prepare_text", "read_claim", "rename_map", "same_names", "weight_sign"]
