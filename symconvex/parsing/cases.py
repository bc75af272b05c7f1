r"""Functions defined by cases, ``\begin{cases} ... \end{cases}``, read as one continuous formula (layer: text).

A row is ``expression & condition`` (or ``expression \text{if } condition``, ``expression, x > 1``); the condition
is a chain or conjunction of inequalities in one variable t (``|x| \le 1``, ``-1 < x \le 2``, ``x \in [0, 1]``,
``x > 1 \text{ and } x < 2``; ``x < -1 \text{ or } x > 1``), a point ``x = 0``, or ``otherwise`` / ``else``
(every t no other row takes); words ``if``, ``for``, ``when`` and ``\text{...}`` around them are read as written. The function read is exactly the one
defined, under these rules (each broken rule is a one-line ``InputError`` saying what to write):

* every condition is about the same one variable t, and its set is a finite union of intervals with rational ends;
* the rows' sets cover the real line (or one interval S: ``read_cases`` then says S, which ``claims`` takes as the
  domain when the cases are the claim's own formula and the claim states no domain beyond S), and two rows share
  at most points where their expressions are equal;
* the pieces join continuously: at each breakpoint c between intervals taken by rows g and h,
  g(c) = h(c) identically in the other variables (SymPy simplifies the difference to exactly 0); a row that is one
  point must take the value there of the pieces beside it. A function with a jump is refused: it is neither convex
  nor concave on an interval around the jump, but no certificate here can evaluate it. At an end of S where the
  formula is undefined (x log x at 0), the row's value must be the piece's one-sided limit (SymPy's exact limit);
  the end is then left open in S's constraints: a function continuous on [a, b) that is (strictly) convex or
  concave on (a, b) is so on [a, b) (the chord inequality passes to the limit; an equality at an interior point of
  a chord would make a concave function affine on the whole chord).

**Theorem (the formula).** Let c_1 < ... < c_k be the breakpoints and g_0, ..., g_k the pieces on (-inf, c_1],
[c_1, c_2], ..., [c_k, inf), with g_{j-1}(c_j) = g_j(c_j). Then for every real t

    f(t) = g_0(min(t, c_1)) + sum_{j=1..k} [ g_j(clamp_j(t)) - g_j(c_j) ],   clamp_j(t) = min(max(t, c_j), c_{j+1})

(with max(t, c_k) for j = k). Proof: for t in [c_m, c_{m+1}], clamp_j(t) is c_{j+1} for j < m, t for j = m and c_j
for j > m, and min(t, c_1) = c_1 when m >= 1; the sum telescopes by continuity to g_m(t). When every piece is
finite on all of R (a polynomial, |.|, exp, ...), the shorter f(t) = g_0(t) + sum_j d_j(max(t, c_j)) with d_j =
g_j - g_{j-1} is used (d_j(c_j) = 0 by continuity; one kink per breakpoint), each piece first simplified by the
sign of t on its interval (|x| - 1/2 is x - 1/2 on (1, oo)). ``cases_value`` also
checks this identity piece by piece (each piece's substitution expands to g_m exactly) before returning it.

The result uses only max, min and the pieces' own operations, which the engine and the checker read; the pieces
are not evaluated outside their intervals (each is applied to a clamped argument). Nothing here evaluates text.

>>> x = symbol("x")
>>> cases_value(CasesLiteral(((r"\frac{1}{2}x^2", r"|x| \le 1"), (r"|x| - \frac{1}{2}", r"|x| > 1"))),
...             parse_internal).subs(x, 3)
5/2
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from ..limits import SearchTimeout
from .domains import parse_domain
from .expressions import parse_internal
from .text import split_top_level
from .vocabulary import fail, symbol

#: the placeholder a ``cases`` environment becomes in the text of a claim: ``\casesliteral{k}``
CASES_LITERAL = "\\casesliteral"
_ENV = re.compile(r"\\begin\s*\{\s*(?P<env>[dr]?cases\*?)\s*\}(?P<body>.*?)\\end\s*\{\s*(?P=env)\s*\}", re.S)
_OTHERWISE = re.compile(r"^(?:otherwise|else|elsewhere|o\.?w\.?|in\s+all\s+other\s+cases|for\s+all\s+other\s+\w+)\.?$",
                        re.I)
_WORDS = re.compile(r"\\(?:text|mbox|textrm|mathrm|textnormal|textit)\s*\{(?P<w>[^{}]*)\}")
_SPLIT = re.compile(r"\\(?:text|mbox|textrm|mathrm|textnormal)\s*\{\s*(?:if|for|when|otherwise|else)\b"
                    r"|\\q?quad(?![A-Za-z])"
                    r"|,\s*(?=(?:if|for|when)\b)|\s(?=(?:if|otherwise)\b)")
#: at most this many rows, and breakpoints
MAX_ROWS = 12


@dataclass(frozen=True)
class CasesLiteral:
    """The rows of one ``cases`` environment as written: (expression text, condition text); the condition of an
    ``otherwise`` row is ``""``."""

    rows: tuple


def extract_cases(text: str) -> tuple[str, list[CasesLiteral]]:
    r"""Every ``\begin{cases} ... \end{cases}`` (``dcases``, ``rcases``) replaced by ``\casesliteral{k}``; returns the
    new text and the literals (rows as written, not read yet)."""
    found: list[CasesLiteral] = []

    def one(m):
        found.append(CasesLiteral(tuple(_row(r) for r in _rows(m.group("body")))))
        return "%s{%d}" % (CASES_LITERAL, len(found) - 1)

    return _ENV.sub(one, text), found


_BLOCK = r"\$(?P<{}>[^$]+)\$"
_CONDITION_WORDS = re.compile(r"\s*,?\s*(?:for|if|when|whenever)\s+" + _BLOCK.format("c"), re.I)
_NEXT_PIECE = re.compile(r"\s*(?:,\s*and|,|;|and)\s+" + _BLOCK.format("e"), re.I)
_OTHERWISE_WORD = re.compile(r"\s*,?\s*(?:otherwise|elsewhere|else)\b", re.I)
_THEN_IS = re.compile(r"\s*,?\s*is\b", re.I)
_RELATION_OR_EQUATION = re.compile(r"[<>=]|\\(?:le|ge|leq|geq|lt|gt|ne|neq|in)(?![A-Za-z])")


def cases_in_words(text: str) -> str:
    r"""A definition by cases written in words, as a ``cases`` environment: "$\phi(x) = x^2$ for $|x| \le 1$ and
    $2|x| - 1$ otherwise is convex" is "$\phi(x) = \begin{cases} x^2 & |x| \le 1 \\ 2|x| - 1 & \text{otherwise}
    \end{cases}$ is convex". The pieces are math blocks joined by ",", "and" or ", and", each followed by "for",
    "if" or "when" and a condition block, the last one possibly by "otherwise"; there are at least two, every piece
    after the first is a formula (no relation, no '=', but the first piece's head may be written again: "$f(x) =
    0$"), and "is" follows the last one (a claim about one function).
    Anything else is left as written: "$x^2$ for $x > 0$ is convex" is a domain, "$x^2$ for $x > 0$ and $y > 0$"
    a domain of two conditions. The environment is then read by ``read_cases``, with its refusals (gaps, overlaps
    with different values, jumps)."""
    for first in re.finditer(_BLOCK.format("e"), text):
        rows, pos, expression = [], first.end(), first.group("e")
        while True:
            condition = _CONDITION_WORDS.match(text, pos)
            if condition is not None:
                rows.append((expression, condition.group("c")))
                pos = condition.end()
            else:
                otherwise = _OTHERWISE_WORD.match(text, pos)
                if otherwise is None or not rows:
                    break
                rows.append((expression, "\\text{otherwise}"))
                pos = otherwise.end()
                break
            piece = _NEXT_PIECE.match(text, pos)
            if piece is None:
                break
            expression, pos = piece.group("e"), piece.end()
            again = split_top_level(expression, "=")   # "... and $f(x) = 0$ for $x < 0$": the same head again
            if len(again) == 2 and "=" in first.group("e") and \
                    again[0].split() == split_top_level(first.group("e"), "=")[0].split():
                expression = again[1]
            if _RELATION_OR_EQUATION.search(expression):
                break
        if len(rows) < 2 or not _THEN_IS.match(text, pos):
            continue
        head, body = "", rows[0][0]
        sides = split_top_level(body, "=")
        if len(sides) == 2:
            head, body = sides[0].rstrip() + " = ", sides[1]
        elif len(sides) > 2:
            continue
        rows[0] = (body, rows[0][1])
        env = " \\\\ ".join(f"{e.strip()} & {c.strip()}" for e, c in rows)
        return f"{text[:first.start()]}${head}\\begin{{cases}} {env} \\end{{cases}}${text[pos:]}"
    return text


def _rows(body: str) -> list[str]:
    rows = [r.strip() for r in re.split(r"\\\\(?:\s*\[[^\]]*\])?|\\cr(?![A-Za-z])", body)]
    rows = [r for r in rows if r]
    if not rows:
        fail("an empty cases environment")
    if len(rows) > MAX_ROWS:
        fail(f"a cases environment with more than {MAX_ROWS} rows")
    return rows


def _row(row: str) -> tuple[str, str]:
    """(expression, condition) of one row; the condition "" for ``otherwise``."""
    if "&" in row:
        expression, _, condition = row.partition("&")
        if "&" in condition:
            fail(f"a row of a cases environment with more than one '&': '{row}'")
    else:
        m = _SPLIT.search(row)
        if m is None:
            fail(f"cannot tell the condition of the row '{row}'; write 'expression & condition'")
        expression, condition = row[:m.start()], row[m.start():]
    expression = expression.strip().rstrip(",;").strip()
    condition = _WORDS.sub(lambda w: f" {w.group('w')} ", condition)
    condition = re.sub(r"\\q?quad(?![A-Za-z])|\\[,;:! ]", " ", condition).strip().strip(",;.").strip()
    condition = re.sub(r"^(?:if|for|when|whenever|where)\b\s*", "", condition, flags=re.I).strip()
    if not expression:
        fail("a row of a cases environment without its expression")
    if not condition:
        fail(f"the row '{row.strip()}' has no condition; write 'otherwise' for every other value")
    return expression, "" if _OTHERWISE.match(condition) else condition


_OR = re.compile(r"\s+or\s+|\\lor(?![A-Za-z])|\\vee(?![A-Za-z])", re.I)


def _condition_set(text: str, numbers, values: dict) -> tuple[sp.Symbol, sp.Set]:
    """The variable a condition is about and the set of its values where the condition holds (a union of intervals
    or points); names with given ``values`` (name -> number) are replaced by them. Conditions joined by "or"
    (``x < -1 \text{ or } x > 1``) give the union of their sets."""
    alternatives = _OR.split(text)
    if len(alternatives) > 1:
        found = [_condition_set(a.strip(), numbers, values) for a in alternatives]
        if len({t for t, _ in found}) != 1:
            fail(f"the condition '{text}' must be about one variable")
        return found[0][0], sp.Union(*[s for _, s in found])
    pieces = split_top_level(text, "=")
    if len(pieces) == 2 and not re.search(r"[<>]|\\(?:le|ge|leq|geq|ne|neq)(?![A-Za-z])", text):
        left, right = (parse_internal(p, numbers=numbers) for p in pieces)
        relations = [sp.Eq(left, right)]
    else:
        relations = parse_domain(text)
    given = {symbol(k): v for k, v in values.items()}
    relations = [r.xreplace(given) for r in relations]
    if any(r in (sp.true, sp.false) for r in relations):
        fail(f"the condition '{text}' does not depend on the variable")
    names = set().union(*(r.free_symbols for r in relations))
    if len(names) != 1:
        fail(f"the condition '{text}' must be about one variable; the conditions of a cases environment may use "
             "only the variable the cases split")
    (t,) = names
    found = sp.Interval(-sp.oo, sp.oo)
    for r in relations:
        try:
            part = sp.solve_univariate_inequality(r, t, relational=False) if not isinstance(r, sp.Eq) \
                else sp.FiniteSet(*sp.solveset(r, t, sp.S.Reals))
        except (NotImplementedError, ValueError, TypeError):
            fail(f"cannot read the condition '{text}' as intervals of {t}")
        found = found.intersect(part)
    return t, found


def _components(s: sp.Set) -> list[sp.Set]:
    """The intervals and points a set is the union of; refused when it is anything else."""
    if s is sp.S.EmptySet:
        return []
    if isinstance(s, sp.Union):
        return [c for a in s.args for c in _components(a)]
    if isinstance(s, sp.FiniteSet):
        return [sp.FiniteSet(p) for p in s]
    if isinstance(s, sp.Interval):
        return [s]
    fail(f"cannot read the set {s} of a condition as intervals")


def _rational(c) -> sp.Rational:
    if not c.is_Rational:
        fail(f"a breakpoint of a cases environment must be a rational number (found {c}); give the pieces with "
             "rational ends")
    return c


def cases_value(literal: CasesLiteral, read, numbers=(), values=None) -> sp.Expr:
    """The continuous formula a ``cases`` literal defines on the whole real line (module theorem); ``read(text)``
    reads an expression, ``numbers`` are the names the claim states are numbers and ``values`` (name -> number) the
    values it gives. ``InputError`` (one line) when a rule of the module docstring is broken, or when the cases
    define the function on a part of the line only (``read_cases`` reads those)."""
    reading = read_cases(literal, read, numbers, values)
    if reading.constraints:
        fail(f"the cases do not say what the function is for every real {reading.variable} (only on "
             f"{reading.support}); add a row, e.g. '... & \\text{{otherwise}}'")
    return reading.value


@dataclass(frozen=True)
class CasesReading:
    """What a ``cases`` literal defines: ``value`` (the module theorem's formula) equals the function at every point
    of ``support``, an interval of ``variable``; ``constraints`` say ``support`` as inequalities (none for the
    whole line), with an end left open where the formula is undefined but the function is continuous (the row's
    value there is the piece's one-sided limit)."""

    value: sp.Expr
    variable: sp.Symbol
    support: sp.Set
    constraints: tuple = ()


def read_cases(literal: CasesLiteral, read, numbers=(), values=None) -> CasesReading:
    """The formula a ``cases`` literal defines and the interval where it defines it (``cases_value``). The rows'
    sets must make one interval (the whole line, or e.g. [0, oo) for ``x \\log x`` for x > 0 and 0 at x = 0)."""
    given = {symbol(k): v for k, v in (values or {}).items()}
    rows = [(read(e).xreplace(given), c) for e, c in literal.rows]
    others = [k for k, (_, c) in enumerate(rows) if c == ""]
    if len(others) > 1:
        fail("a cases environment with two 'otherwise' rows")
    sets, variables = {}, set()
    for k, (_, c) in enumerate(rows):
        if c:
            t, sets[k] = _condition_set(c, numbers, values or {})
            variables.add(t)
    if len(variables) != 1:
        fail("the conditions of a cases environment must all be about one variable")
    (t,) = variables
    line = sp.Interval(-sp.oo, sp.oo)
    taken = sp.Union(*sets.values()) if sets else sp.S.EmptySet
    if others:
        sets[others[0]] = line - taken
    keys = sorted(sets)
    for a_pos, a in enumerate(keys):
        for b in keys[a_pos + 1:]:
            shared = sets[a].intersect(sets[b])
            if shared is sp.S.EmptySet:
                continue
            if not isinstance(shared, sp.FiniteSet):
                fail(f"two conditions of the cases environment overlap on {shared}; make them exclusive")
            for p in shared:
                if not _same(rows[a][0].xreplace({t: p}), rows[b][0].xreplace({t: p})):
                    fail(f"two rows of the cases environment give different values at {t} = {p}")
    support = sp.Union(*sets.values())
    if support != line and not isinstance(support, sp.Interval):
        fail(f"the cases do not say what the function is for every real {t} (missing: {line - support}); add a "
             "row, e.g. '... & \\text{otherwise}'")
    intervals = sorted(((c, k) for k in keys for c in _components(sets[k]) if isinstance(c, sp.Interval)
                        and c.measure != 0), key=lambda ck: ck[0].inf)
    points = [(p, k) for k in keys for c in _components(sets[k]) if isinstance(c, sp.FiniteSet) for p in c]
    points += [(c.inf, k) for k in keys for c in _components(sets[k]) if isinstance(c, sp.Interval)
               and c.measure == 0]
    if not intervals:
        fail("a cases environment whose pieces are all points")
    breaks = [_rational(c.inf) for c, _ in intervals[1:]]
    for (left, _), (right, _) in zip(intervals, intervals[1:]):
        if left.sup != right.inf:
            fail(f"the cases leave a gap between {left} and {right}")
    pieces = [rows[k][0] for _, k in intervals]
    for c, g, h in zip(breaks, pieces, pieces[1:]):
        if not _same(g.xreplace({t: c}), h.xreplace({t: c})):
            fail(f"the function jumps at {t} = {c} ({sp.sstr(g.xreplace({t: c}))} on the left, "
                 f"{sp.sstr(h.xreplace({t: c}))} on the right): a function with a jump is not read")
    shaped = [_refined(g, t, c) for g, (c, _) in zip(pieces, intervals)]
    value = _formula(t, breaks, shaped)
    for m, g in enumerate(pieces):   # the identity of the module docstring, piece by piece, exactly
        inside = _inside(t, breaks, m)
        if not _same(_on_piece(value, t, breaks, m).xreplace({t: inside}), g.xreplace({t: inside})):
            fail("internal: the formula of a cases environment does not restate a piece")   # pragma: no cover
    open_ends = set()
    for p, k in points:
        row_value, at = rows[k][0].xreplace({t: p}), value.xreplace({t: p})
        if _finite(at):
            if not _same(row_value, at):
                fail(f"the function jumps at {t} = {p}: the row for that point gives {sp.sstr(row_value)}, the "
                     "pieces beside it another value")
            continue
        side = "+" if p == intervals[0][0].inf else "-" if p == intervals[-1][0].sup else None
        if support == line or side is None or p not in (support.inf, support.sup):
            fail(f"the formula of the cases is undefined at {t} = {p}")
        piece = pieces[0] if side == "+" else pieces[-1]
        try:
            limit = sp.limit(piece, t, p, side)
        except SearchTimeout:
            raise
        except Exception:   # a limit SymPy cannot take: continuity not shown
            limit = sp.nan
        if not _same(row_value, limit):
            fail(f"the function jumps at the end {t} = {p}: the row gives {sp.sstr(row_value)}, the piece beside it "
                 f"tends to {sp.sstr(limit)}")
        open_ends.add(p)
    return CasesReading(value=value, variable=t, support=support,
                        constraints=tuple(_support_constraints(t, support, open_ends)) if support != line else ())


def _finite(value) -> bool:
    return not value.has(sp.nan, sp.zoo, sp.oo, -sp.oo) and value.is_finite is not False


def _support_constraints(t, support: sp.Interval, open_ends: set) -> list:
    """The interval as inequalities in t, an end left open where the function is only continuous there."""
    out = []
    if support.inf != -sp.oo:
        lo = _rational(support.inf)
        out.append(t > lo if support.left_open or lo in open_ends else t >= lo)
    if support.sup != sp.oo:
        hi = _rational(support.sup)
        out.append(t < hi if support.right_open or hi in open_ends else t <= hi)
    return out


def _refined(g, t, interval: sp.Interval) -> sp.Expr:
    """g as it is on ``interval``, simplified by the sign t has there against the interval's finite end (t = a + p
    with p > 0 when the lower end a is finite, else t = b - p): |x| - 1/2 on (1, oo) is x - 1/2. The same function on
    the interval (SymPy rewrites only what the sign decides); the caller checks each piece again."""
    if interval.inf != -sp.oo:
        return g.xreplace({t: interval.inf + _P}).xreplace({_P: t - interval.inf})
    if interval.sup != sp.oo:
        return g.xreplace({t: interval.sup - _P}).xreplace({_P: interval.sup - t})
    return g


#: operations that are finite at every real point (a piece made of them can be evaluated outside its interval)
_TOTAL = (sp.Symbol, sp.Number, sp.Add, sp.Mul, sp.exp, sp.Abs, sp.Max, sp.Min, sp.sin, sp.cos, sp.sinh, sp.cosh,
          sp.tanh, sp.atan, sp.asinh)


def _total(g) -> bool:
    """Whether g is finite at every real point: built from ``_TOTAL`` (and relu, softplus, sigmoid), powers with a
    nonnegative integer exponent, and powers of a positive number."""
    from ..functions import leaky_relu, relu, sigmoid, softplus

    for node in sp.preorder_traversal(g):
        if isinstance(node, sp.Pow):
            e, b = node.exp, node.base
            if not ((e.is_Integer and e >= 0) or (b.is_number and b.is_positive)):
                return False
        elif not (isinstance(node, _TOTAL) or node in (sp.pi, sp.E)
                  or isinstance(node, (relu, leaky_relu, sigmoid, softplus))):
            return False
    return True


def _formula(t, breaks: list, pieces: list) -> sp.Expr:
    """The module theorem's formula. When every piece is finite on all of R (``_total``) the one-sided form
    g_0(t) + sum_j d_j(max(t, c_j)) with d_j = g_j - g_{j-1}, which has one kink per breakpoint (for t in piece m,
    max(t, c_j) = t for j <= m and d_j(c_j) = 0 for j > m, so the sum telescopes to g_m(t)); else
    g_0(min(t, c_1)) + sum_j [g_j(clamp_j(t)) - g_j(c_j)], which evaluates each piece on its own interval only."""
    if not breaks:
        return pieces[0]
    if all(_total(g) for g in pieces):
        terms = [pieces[0]]
        for j in range(1, len(pieces)):
            d = sp.expand(pieces[j] - pieces[j - 1])
            if d.is_polynomial(t):   # (x + 1)^2/2 rather than x^2/2 + x + 1/2: the finders read a factored form faster
                d = sp.factor(d)
            terms.append(d.xreplace({t: sp.Max(t, breaks[j - 1])}))
        return sp.Add(*terms)
    terms = [pieces[0].xreplace({t: sp.Min(t, breaks[0])})]
    for j in range(1, len(pieces)):
        low = breaks[j - 1]
        clamp = sp.Max(t, low) if j == len(pieces) - 1 else sp.Min(sp.Max(t, low), breaks[j])
        terms.append(pieces[j].xreplace({t: clamp}) - pieces[j].xreplace({t: low}))
    return sp.Add(*terms)


_P = sp.Symbol("p_cases", positive=True)


def _inside(t, breaks: list, m: int) -> sp.Expr:
    """The points of open piece m as a function of one positive symbol p (a bijection from p > 0): c + p,
    c - p, or a + (b - a) p / (1 + p); an identity in p > 0 is an identity on the piece."""
    low = breaks[m - 1] if m > 0 else None
    high = breaks[m] if m < len(breaks) else None
    if low is None and high is None:
        return t
    if high is None:
        return low + _P
    if low is None:
        return high - _P
    return low + (high - low) * _P / (1 + _P)


def _on_piece(value, t, breaks: list, m: int) -> sp.Expr:
    """``value`` with every min/max of t and rational numbers resolved for t strictly inside piece m, where the
    order of t and each such number is the same for every t of the piece (the number is not inside it)."""
    low = breaks[m - 1] if m > 0 else -sp.oo
    high = breaks[m] if m < len(breaks) else sp.oo
    inside = (low + 1 if high == sp.oo else high - 1 if low == -sp.oo else (low + high) / 2)

    def resolve(e):
        if not e.args:
            return e
        args = [resolve(a) for a in e.args]
        if isinstance(e, (sp.Max, sp.Min)) and t in args and all(a == t or a.is_Rational for a in args) \
                and not any(a != t and low < a < high for a in args):
            pick = max if isinstance(e, sp.Max) else min
            return pick(args, key=lambda a: inside if a == t else a)
        return e.func(*args)

    return resolve(value)


def _same(a, b) -> bool:
    """Whether two expressions are identically equal (exact; SymPy simplifies the difference to 0)."""
    if a.has(sp.nan, sp.zoo, sp.oo, -sp.oo) or b.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
        return False
    difference = sp.expand(a - b)
    if difference == 0:
        return True
    try:
        return sp.simplify(difference) == 0
    except SearchTimeout:
        raise
    except Exception:   # a simplification SymPy cannot do: not shown equal
        return False


__all__ = ["CASES_LITERAL", "CasesLiteral", "CasesReading", "cases_value", "extract_cases", "read_cases"]
