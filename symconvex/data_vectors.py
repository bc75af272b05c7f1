r"""Claims about functions of data vectors of any dimension (text layer): ``\sum_{i=1}^{n} \log(1 + e^{-y_i w^\top
x_i})``, ``-\sum_{i=1}^{m} \log(b_i - a_i^\top x)``, ``\|w\|_2^2 + C \sum_i \max(0, 1 - y_i w^\top x_i)``, ``\|x\|_2``.

The claim is about every dimension d >= 1 of the vectors, every count n >= 1 of the terms and every value of the
data. It is read once as its *one-dimensional reading*: each inner product (``w^\top x_i``, ``w^T x_i``,
``w^\intercal x_i``, ``\langle w, x_i \rangle``, ``w \cdot x_i``, ``x_i^\top w``) written as the product (w x_i),
``\|w\|_2^2`` / ``\|w\|^2`` / ``w^\top w`` as w^2, ``\|w\|_2`` / ``\|w\|`` as |w|, and ``\mathbb{R}^d`` as
``\mathbb{R}``: the member with d = 1, whose tree is also the subject for every d (``check.datavectors`` reads a
product of a vector variable and a data vector as their inner product, w^2 as ||w||^2, |w| as ||w||).

- **P for every member** (convex, concave, affine, strictly): the sum's machinery (``symbolic_sums``) splits the
  family into weighted terms and a rest, and each of them is answered here by a ``datavector`` certificate: the
  term is h of affine forms L_u of inner products with the data, plus norm terms, and h is proved P in the forms u
  for every value of the scalar data (a checked certificate of h); convexity is kept under affine maps of the
  argument for every d. Strictly only from c ||w||^2 with c > 0 for every vector variable (never from h: a term
  h(<w, x_i>) is constant along the directions orthogonal to x_i when d >= 2).
- **not P** for some member: the one-dimensional members (n = 1, 2; d = 1) are members of the family, so a checked
  refutation of one of them (a midpoint, curvature or flat-segment certificate, with its stated data values)
  refutes "P for every d, n and data". The answer names the member (d = 1, the count, the data values).
- "F is not P" (for every member) is never proved here: it depends on the data; it is refuted by a proof of P.
"""

from __future__ import annotations

import dataclasses
import re
import time

import sympy as sp

from .analysis import Subject, gate
from .certificates import DataVectorCertificate, to_tree
from .errors import ClaimError
from .facts import derive
from .pretty import pretty

#: A name as a claim writes it: a letter or a Greek command, with an optional subscript.
_NAME = (r"(?:\\(?:alpha|beta|gamma|delta|theta|lambda|mu|nu|xi|phi|psi|omega|eta|zeta)|[A-Za-z])"
         r"(?:_\{[^{}]*\}|_[A-Za-z0-9])?")
_T = r"\^\s*(?:\\top|T|\\intercal|\{\s*(?:\\top|T|\\intercal)\s*\})"
_INNER = [re.compile(rf"(?<![\\A-Za-z])({_NAME})\s*{_T}\s*({_NAME})(?![A-Za-z_])"),
          re.compile(rf"\\langle\s*({_NAME})\s*,\s*({_NAME})\s*\\rangle"),
          re.compile(rf"(?<![\\A-Za-z])({_NAME})\s*\\cdot(?![A-Za-z])\s*({_NAME})(?![A-Za-z_(])")]  # not \cdots
_NORM = re.compile(rf"(?:\\\||\\lVert|\\Vert)\s*({_NAME})\s*(?:\\\||\\rVert|\\Vert)"
                   rf"(?:_\s*(\{{[^{{}}]*\}}|\\infty|[0-9A-Za-z]))?(\s*\^\s*\{{?2\}}?)?")
_SPACE = re.compile(r"\\mathbb\s*\{?R\}?\s*\^\s*(?:\{\s*[A-Za-z]\s*\}|[A-Za-z])")


def _plain(name: str) -> str:
    """The name as the reader names it: ``x_{i}`` -> ``x_i``."""
    return re.sub(r"_\{\s*([^{}]*?)\s*\}", r"_\1", name.replace("\\", "").replace(" ", ""))


def one_dimensional(text: str):
    r"""(the one-dimensional reading of the claim, the vectors' names as the reader names them), or None when the
    claim writes no inner product or norm of a name.

    >>> one_dimensional(r"$\sum_{i=1}^{n} \log(1 + e^{-y_i w^\top x_i})$ is convex in $w$")[1]
    ['w', 'x_i']
    """
    vectors: list = []
    edges: set = set()   # the inner products (pairs of names) and norms (a name with itself) written

    def pair(m):
        for g in (m.group(1), m.group(2)):
            if _plain(g) not in vectors:
                vectors.append(_plain(g))
        edges.add(tuple(sorted((_plain(m.group(1)), _plain(m.group(2))))))
        return f" ({m.group(1)} {m.group(2)})" if m.group(1) != m.group(2) else f" {m.group(1)}^{{2}}"

    def norm(m):
        if _plain(m.group(1)) not in vectors:
            vectors.append(_plain(m.group(1)))
        edges.add((_plain(m.group(1)), _plain(m.group(1))))
        return f" {m.group(1)}^{{2}}" if m.group(3) else f" |{m.group(1)}|"

    out = text
    for pattern in _INNER:
        out = pattern.sub(pair, out)
    if any(m.group(2) is not None and m.group(2).strip("{} ") != "2" for m in _NORM.finditer(out)):
        return None     # an l1 or max norm: |w| is its one-dimensional member, but the Euclidean norm is not it
    out = _NORM.sub(norm, out)
    if not vectors or not _one_reading(edges):
        return None
    return _SPACE.sub(r"\\mathbb{R}", out), vectors


def _one_reading(edges) -> bool:
    r"""Is every product of the written inner products and norms told apart by its one-dimensional monomial? <a, b>
    is ab and ||a||^2 is a^2 at d = 1, so two different products of them with the same letters (||w||^2 ||x||^2 and
    <w, x>^2; <w, x><v, y> and <w, y><v, x>) are one monomial there, and SymPy may merge or cancel them: the tree
    would no longer be the claim's for d >= 2. With the names as vertices and the pairs and norms as edges (a norm a
    loop), such products exist exactly when a connected component has two independent cycles, or one even cycle
    (a signed combination of edges with every degree zero); a loop is an odd cycle.

    >>> _one_reading({("w", "w"), ("w", "x_i")}), _one_reading({("w", "w"), ("x", "x"), ("w", "x")})
    (True, False)
    """
    parent: dict = {}

    def root(a):
        while parent.setdefault(a, a) != a:
            a = parent[a]
        return a

    for a, b in edges:
        parent[root(a)] = root(b)
    for r in {root(a) for e in edges for a in e}:
        nodes = {a for e in edges for a in e if root(a) == r}
        inside = [e for e in edges if root(e[0]) == r]
        if len(inside) > len(nodes):
            return False
        if len(inside) == len(nodes) and not any(a == b for a, b in inside):
            side, todo = {next(iter(nodes)): 0}, [next(iter(nodes))]   # one cycle: even when bipartite
            bipartite = True
            while todo:
                a = todo.pop()
                for e in inside:
                    if a in e:
                        b = e[1] if e[0] == a else e[0]
                        if b not in side:
                            side[b] = 1 - side[a]
                            todo.append(b)
                        elif side[b] == side[a]:
                            bipartite = False
            if bipartite:
                return False
    return True


def _is_vector(name: str, vectors) -> bool:
    """Is the reader's name one of the vectors, at some index (x_1 for x_i)?"""
    base = name.split("_")[0]
    return name in vectors or any(v.split("_")[0] == base and "_" in v and "_" in name for v in vectors)


# ------------------------------------------------------------------------------------------- lifting a part

@dataclasses.dataclass
class _Checked:
    """What a part's answer needs of an analysis: the facts the gate's certificates prove; for a LaTeX proof, the
    certificates of h inside them (the document about h, the maps named in ``explanation``)."""

    facts: dict
    verified: bool
    certificates: list = dataclasses.field(default_factory=list)
    explanation: str = ""


def _affine(e, variables: set, data: set) -> bool:
    """Is e affine in inner products (a product of one vector variable and one data vector), its other factors
    and constants free of variables (the shape ``check.datavectors`` accepts)?"""
    free = e.free_symbols
    if not free & variables:
        return not free & data
    if e.is_Add:
        return all(_affine(a, variables, data) for a in e.args)
    if e.is_Mul:
        varying = [a for a in e.args if a.free_symbols & variables]
        direct = [a for a in e.args if a.is_Symbol and (a in variables or a in data)]
        if len(direct) == 2 and sum(a in variables for a in direct) == 1:
            return all(not a.free_symbols & (variables | data) for a in e.args if a not in direct)
        if direct or len(varying) != 1:
            return False
        return (_affine(varying[0], variables, data)
                and all(not a.free_symbols & data for a in e.args if a is not varying[0]))
    return False


def _split(f, variables: set, data: set, constraints=()):
    """(h, maps, norms, constraints): f = h(maps) + norms, each map a maximal subexpression affine in inner products
    (one map per expression), each norm term c w^2 or c |w| of a vector variable w, and each constraint lhs > rhs
    written as lhs - rhs > 0 in the maps' names; None when some vector is left outside them."""
    terms = f.args if f.is_Add else (f,)
    norms, rest = [], []
    for t in terms:
        factors = t.args if t.is_Mul else (t,)
        varying = [a for a in factors if a.free_symbols & variables]
        if len(varying) == 1 and (varying[0].is_Pow and varying[0].exp == 2 or isinstance(varying[0], sp.Abs)) \
                and varying[0].args[0] in variables and not any(a.free_symbols & data for a in factors):
            norms.append(t)
        else:
            rest.append(t)
    maps: dict = {}

    def walk(e):
        if not e.free_symbols & variables:
            return e
        if _affine(e, variables, data):
            for u, m in maps.items():   # one map per expression, up to its sign
                if sp.expand(m - e) == 0:
                    return u
                if sp.expand(m + e) == 0:
                    return -u
            u = sp.Symbol(f"u_{len(maps) + 1}", real=True)
            maps[u] = e
            return u
        if not e.args:
            return e
        return e.func(*[walk(a) for a in e.args])

    h = walk(sp.Add(*rest))
    mapped = [c.func(walk(c.lhs - c.rhs), 0) for c in constraints]
    if any(e.free_symbols & (variables | data) for e in (h, *mapped)):
        return None
    return h, maps, norms, mapped


def _replace(tree, values: dict):
    if tree[0] == "var":
        return values.get(tree[1], tree)
    if tree[0] == "num":
        return tree
    return [tree[0], *[_replace(a, values) for a in tree[1:]]]


def lift(claim, vectors, answer, budget: float, start: float):
    """The answer to a part claim (a term, the rest, an argument) about vector variables, for every dimension: a
    ``datavector`` certificate wrapping a checked certificate of h (module docstring), gated on the subject with
    its vectors; a part without vector variables is answered as it is."""
    vector_variables = {v for v in claim.variables if _is_vector(v.name, vectors)}
    if not vector_variables:
        return answer(claim, budget, start)
    data = {p for p in claim.parameters if _is_vector(p.name, vectors)}
    names = [s.name for s in (*claim.variables, *claim.parameters) if _is_vector(s.name, vectors)]
    on_vectors = [c for c in claim.domain or [] if c.free_symbols & (vector_variables | data)]
    split = _split(claim.function, vector_variables, data, on_vectors)
    nothing = _result(claim, [], f"the part is not a function of affine forms of inner products with the data and "
                                 f"norms of {', '.join(sorted(v.name for v in vector_variables))}")
    if split is None:
        return nothing
    h, maps, norms, mapped = split
    scalars = [v for v in claim.variables if v not in vector_variables]
    wanted = "concave" if "concave" in claim.property else "convex"
    sides = {}   # side -> the certificate of h that makes the subject so (h so, or affine); None: no h
    if maps:
        part = dataclasses.replace(
            claim, function=h, variables=(*maps, *scalars),
            parameters=tuple(p for p in claim.parameters if p not in data and p in h.free_symbols),
            domain=[*mapped, *[c for c in claim.domain or [] if c not in on_vectors and c.free_symbols
                               <= h.free_symbols]] or None,
            property=wanted, negated=False, also=(), readings=[], note="", remarked=(), disjunctive=False)
        try:
            part_result = answer(part, budget, start)
        except ClaimError:
            return nothing
        facts = part_result.facts if part_result.verified else {}
        for side in (wanted, "concave" if wanted == "convex" else "convex"):
            found = next((part_result.certificates[facts[s][0]] for s in ("affine", side) if s in facts), None)
            if found is not None and found.kind in ("rules", "hessian", "sum", "identity", "pieces"):
                sides[side] = found
        if not sides:
            return nothing
    elif h != 0 and h.free_symbols & set(claim.variables):
        return nothing
    else:
        sides = {"convex": None, "concave": None}
    from .certificates import constraint_to_tree

    trees = {u.name: to_tree(m) for u, m in maps.items()}
    first = next(iter(sides.values()))
    domain = tuple([c[0], _replace(c[1], trees), _replace(c[2], trees)] for c in (first.domain if first else ()))
    on_parameters = [constraint_to_tree(c) for c in claim.domain or [] if not c.free_symbols & set(claim.variables)]
    domain += tuple(c for c in on_parameters if c not in domain)
    if not all(_stated(c, domain, claim) for c in on_vectors):
        return nothing   # the subject's domain must hold every condition the claim states on the vectors
    candidates = []
    for side, part_cert in sides.items():
        if part_cert is not None and list(part_cert.domain) != list(first.domain):
            continue
        statement = part_cert.proves if part_cert is not None else "affine"
        for proves in (f"strictly_{side}", side, "affine"):
            if proves == "affine" and (statement != "affine" or norms) or proves.startswith("strictly") and not norms:
                continue
            candidates.append(DataVectorCertificate(
                variables=tuple(v.name for v in claim.variables), function=to_tree(claim.function), domain=domain,
                parameters=tuple(p.name for p in claim.parameters), vectors=tuple(names), maps=trees,
                parts=(part_cert.to_dict(),) if part_cert is not None else (), proves=proves))
    subject = Subject(variables=tuple(v.name for v in claim.variables), function=to_tree(claim.function),
                      domain=domain, parameters=tuple(p.name for p in claim.parameters), vectors=tuple(names))
    kept, _ = gate(candidates, subject)
    return _result(claim, kept, "" if kept else "the checker did not accept the inner-product reading")


def _stated(constraint, domain, claim) -> bool:
    """Is the claim's constraint lhs < rhs (<=, >, >=) one of the domain's trees, as lhs - rhs against 0 with the
    same relation (the finder's own check that the subject is the one asked)?"""
    from .certificates import constraint_to_sympy

    symbols = {s.name: s for s in (*claim.variables, *claim.parameters)}
    gap = constraint.lhs - constraint.rhs
    flipped = {sp.StrictLessThan: sp.StrictGreaterThan, sp.LessThan: sp.GreaterThan,
               sp.StrictGreaterThan: sp.StrictLessThan, sp.GreaterThan: sp.LessThan}
    for tree in domain:
        c = constraint_to_sympy(tree, symbols)
        if type(c) is type(constraint) and sp.expand(c.lhs - c.rhs - gap) == 0 or \
                type(c) is flipped.get(type(constraint)) and sp.expand(c.lhs - c.rhs + gap) == 0:
            return True
    return False


@dataclasses.dataclass
class PartResult:
    """A part's answer as ``symbolic_sums`` reads it (``claims.ClaimResult``'s fields it uses): the part claim, the
    certificates the gate kept, the facts they prove."""

    claim: object
    certificates: list
    explanation: str = ""
    holds: bool | None = None

    @property
    def facts(self) -> dict:
        return self.analysis.facts

    @property
    def verified(self) -> bool:
        return bool(self.certificates)

    @property
    def analysis(self) -> _Checked:
        from .certificates import from_json

        inner = [from_json(p) for c in self.certificates for p in c.parts][:1]
        maps = "; ".join(f"{u} = {to_sympy_text(t)}" for c in self.certificates[:1] for u, t in c.maps.items())
        return _Checked(derive({c.proves: [k] for k, c in enumerate(self.certificates)}, two_points=False)
                        if self.certificates else {}, bool(self.certificates), inner,
                        f"the proof of h, where {maps} (inner products with the data vectors): the term is h of "
                        f"these affine forms, for every dimension" if maps else "")


def to_sympy_text(tree) -> str:
    from .certificates import to_sympy

    return sp.sstr(to_sympy(tree))


def _result(claim, certificates, explanation):
    result = PartResult(claim=claim, certificates=list(certificates), explanation=explanation)
    if claim.property.replace(" ", "_") in result.facts and not claim.negated:
        result.holds = True
    return result


# ------------------------------------------------------------------------------------------- the claim

_SPACE_WORD = r"(?:\\mathbb\s*\{?\s*R\s*\}?|\\R(?![A-Za-z])|(?<![A-Za-z\\])R|\u211d)"


def _sized(text: str) -> bool:
    r"""Does the claim state a size (R^2, \mathbb{R}^{3}, ℝ², n = 3 for the letter of R^n), a matrix or bold
    values? Then it is about that size, and a member of another dimension refutes nothing.

    >>> _sized(r"x^T x is convex for x ∈ R^2"), _sized(r"$\|x\|$ on $\mathbb{R}^n$ where $n = 3$"), _sized(r"$\|x\|$")
    (True, True, False)
    """
    if re.search(rf"{_SPACE_WORD}\s*(?:\^\s*\{{?\s*\d|[\u00b2\u00b3\u2074-\u2079])|matrix|\\mathbf", text):
        return True
    letters = re.findall(rf"{_SPACE_WORD}\s*\^\s*\{{?\s*([A-Za-z])", text)
    return any(re.search(rf"(?<![A-Za-z\\]){c}\s*=\s*\d", text) for c in letters)


def check_data_vector_claim(text: str, *, timeout: float, parse, answer):
    """Answer a claim about data vectors of any dimension (module docstring), or None when it writes no inner
    product or norm. ``parse`` and ``answer`` are ``claims.parse_claim`` and ``claims._answer``."""
    from .symbolic_sums import SumResult, check_symbolic_sum_claim, looks_like_symbolic_sum

    if _sized(text):
        return None   # a vector of a stated size, or given values: not a claim for every dimension
    reading = one_dimensional(text)
    if reading is None:
        return None
    scalar, vectors = reading
    start = time.monotonic()

    def wrapped(claim, budget, began):
        if claim.note.startswith("the instance"):   # a member with d = 1: its refutations refute the family
            return answer(claim, budget, began)
        return lift(claim, vectors, answer, budget, began)

    maximum = _symbolic_max(scalar)
    if maximum is not None:
        result = _maximum(maximum, vectors, timeout, parse, answer, start, SumResult)
    elif looks_like_symbolic_sum(scalar):
        result = check_symbolic_sum_claim(scalar, timeout=timeout, parse=parse, answer=wrapped)
    else:
        result = _single(scalar, vectors, timeout, parse, answer, start, SumResult)
    if result is None:
        return None
    if result.holds is True and any(n or p == "neither" for p, n in [(result.claim.property, result.claim.negated),
                                                                   *result.claim.also]):
        # "F is not P" for every member is proved for scalar sums by restricting to one coordinate; a vector's
        # coordinate is not a member of lower dimension (||x||_2 restricted to x_1 is not |x_1| + c): not claimed
        result.holds = None
        result.reason = "a negative fact for every dimension is not proved by its one-dimensional member; " + \
            result.reason
    result.text = text
    shown = ", ".join(pretty(sp.Symbol(v)) for v in vectors)
    result.scope = f"for every dimension of the vectors {shown}" + (
        " and every number of terms" if maximum is not None or looks_like_symbolic_sum(scalar) else "")
    result.reason = (result.reason + "; " if result.reason else "") + (
        f"read for every dimension d of the vectors {shown} (inner products, norms): a proof holds for "
        "every d, every count and all data; a refutation is a member with d = 1")
    return result


_MAX = re.compile(r"\\(max|min)\s*_\s*(?:\{([^{}]*)\}|([A-Za-z]))\s*((?:\\(?!left)[A-Za-z]+\s*)?)(\\left\s*)?"
                  r"([(\[]|\\\{)")
_CLOSE = {"(": ")", "[": "]", "\\{": "\\}"}


def _symbolic_max(text: str):
    r"""(text before, the index, the body, text after, max or min) of the first ``\max_{i} body`` (``\min_{i}``)
    whose range is not written
    with numbers (``\max_i``, ``\max_{i=1,\dots,m}``, ``\max_{1 \le i \le m}``), the body one bracket (after a
    function's name, ``\max_i \sin(...)``; with its exponent, ``\max_i (...)^2``) followed by the end of the formula
    or a sign; else None (a body whose extent is not plain is not guessed)."""
    m = _MAX.search(text)
    if m is None:
        return None
    sub = m.group(2) if m.group(2) is not None else m.group(3)
    if not re.search(r"[A-Za-z]\s*$", sub.replace("\\dots", "").replace("\\ldots", "")):
        return None
    opening = m.group(6)
    depth, k, close = 0, m.end(), _CLOSE[opening]
    while k < len(text):
        if text.startswith(opening, k):
            depth += 1
        elif text.startswith(close, k):
            if depth == 0:
                break
            depth -= 1
        k += 1
    if k >= len(text):
        return None
    end = k + len(close)
    power = re.match(r"\s*\^\s*(?:\{[^{}]*\}|[0-9A-Za-z])", text[end:])
    if power:
        end += power.end()
    body, after = text[m.start(4):end], text[end:]
    if not re.match(r"\s*(?:\$|\+|-)", after):
        return None
    letters = re.findall(r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z])", re.sub(r"\\[A-Za-z]+", " ", sub))
    index = next((c for c in letters if re.search(rf"_(?:\{{\s*{c}\s*\}}|{c}(?![A-Za-z0-9]))", body)), None)
    if index is None:
        return None
    return text[:m.start()], index, body, after, m.group(1)


def _at(body: str, index: str, k: int) -> str:
    return re.sub(rf"_(?:\{{\s*{index}\s*\}}|{index}(?![A-Za-z0-9]))", f"_{{{k}}}", body)


def _maximum(parts, vectors, timeout, parse, answer, start, SumResult):
    """max_i t_i over data vectors: convex for every count, dimension and data when the term is convex for every
    dimension and data (a maximum of convex functions is convex, Boyd & Vandenberghe 3.2.3; dually a minimum of
    concave ones is concave); refuted by the members with d = 1 and one or two terms."""
    from .symbolic_sums import PROPERTY_FACTS, Part, _decide

    before, index, body, after, extreme = parts
    side = "convex" if extreme == "max" else "concave"
    term = parse(f"{before}({_at(body, index, 1)}){after}")
    shown = dataclasses.replace(term, function=sp.Function(f"{extreme}_{index}")(term.function))
    result = SumResult(claim=shown, holds=None, reason="", text="")
    left = lambda: max(timeout - (time.monotonic() - start), 0.05)
    props = [(term.property, term.negated), *term.also]
    every, some = set(), set()
    lifted = lift(dataclasses.replace(term, property=side, negated=False, also=()), vectors, answer, left(), start)
    alone = re.search(r"\$\s*$", before) and re.match(r"\s*\$", after)   # the maximum is the whole function
    words = "a maximum of convex functions is convex" if side == "convex" else \
        "a minimum of concave functions is concave"
    if alone and {side, "affine"} & set(lifted.facts):
        every = {side}
        result.parts.append(Part("the term", f"the term at {index} = 1, for every dimension and every value of its "
                                             f"data ({words})", lifted))
    if not all(PROPERTY_FACTS.get(p) in every for p, n in props if not n):
        for size, text in ((1, f"{before}({_at(body, index, 1)}){after}"),
                           (2, f"{before}\\{extreme}({_at(body, index, 1)}, {_at(body, index, 2)}){after}")):
            try:
                member = answer(dataclasses.replace(parse(text), note=f"the member with d = 1 and {size} terms"),
                                left(), start)
            except ClaimError:
                continue
            negative = {f for f in (member.facts if member.verified else {}) if f.startswith("not_")}
            if negative:
                some |= negative
                result.parts.append(Part(f"the member with {size} term{'s' * (size > 1)}",
                                         f"d = 1, {size} term{'s' * (size > 1)}", member))
    result.holds = _decide(props, every, some, set(), term.disjunctive)
    result.every, result.some = tuple(sorted(every)), tuple(sorted(some))
    result.reason = f"{side} for every number of terms: {words}, each for every value of its data" if every else ""
    return result


def _single(scalar, vectors, timeout, parse, answer, start, SumResult):
    """A claim without a sum over the data (``\\|x\\|_2``): the lifted proof for every d, or a refutation of the
    member with d = 1."""
    from .symbolic_sums import PROPERTY_FACTS, Part, _decide

    claim = parse(scalar)
    result = SumResult(claim=claim, holds=None, reason="", text=scalar)
    left = lambda: max(timeout - (time.monotonic() - start), 0.05)
    props = [(claim.property, claim.negated), *claim.also]
    every, some = set(), set()
    lifted = lift(claim, vectors, answer, left(), start)
    if lifted.certificates:
        every = set(lifted.facts)
        result.parts.append(Part("every dimension", "the function read for every dimension d", lifted))
    if not all(PROPERTY_FACTS.get(p) in every for p, n in props if not n):
        member = answer(dataclasses.replace(claim, note="the member with d = 1"), left(), start)
        negative = {f for f in (member.facts if member.verified else {}) if f.startswith("not_")}
        if negative:
            some = negative
            result.parts.append(Part("the member d = 1", "the member with d = 1", member))
    result.holds = _decide(props, every, some, set(), claim.disjunctive)
    result.every, result.some = tuple(sorted(every)), tuple(sorted(some))
    return result


__all__ = ["check_data_vector_claim", "lift", "one_dimensional"]
