r"""Signs on a domain: what the rules and Hessian checker knows about where an expression is > 0, >= 0, ...
(checker; trusted; kernel layer).

Every function here returns a *sign word* ("positive", "nonnegative", "zero", "nonpositive", "negative" or
"unknown"), a true statement about every point of a set where the tree is defined; where several methods are tried,
``decide`` keeps the first that decides. Irrational ends (pi/2, sqrt(3), e^{3/2}) are exact ``constants.Constant``s;
no float decides anything. The steps, each a theorem stated where it is coded: the box (``domain_box``); exact
affine ranges and spans (``affine_range``, ``in_span``); ranges with open ends (``tree_range``: x in (-1, 1) gives
1 - x^2 in (0, 1]); factors (``factored_sign``: x - x^2 = -x (x - 1) > 0 on 0 < x < 1), each signed by its range,
quadratic form, Sturm count, slope and value at an end (``monotone_sign``) or a constraint; joint constraints
(``strengthen_sign``); sign rules with interval evaluation as their fallback (``tree_sign``). One reader,
``polynomial``, reads every polynomial. A range is (lo, lo_strict, hi, hi_strict), None for an unbounded end.

**The box** of a rules derivation or a Hessian decomposition: per variable the tightest bounds, with strictness,
from the domain's single-variable affine constraints (``domain_box``; other constraints only where a node asks).
The certificate states it (``{name: [lower, lower_strict, upper, upper_strict]}``, ends ``"p/q"``, ``["a", "b"]``
for a + b pi, a constant's tree, or null) and it must equal the box computed here (``check_box``). Ends with pi are
compared exactly, never rounded (rounding pi/2 outward would let tan x on [0, pi/2) reach its pole).

>>> half_pi = PiRational(0, Fraction(1, 2))
>>> half_pi > Fraction(3, 2), half_pi < Fraction(8, 5), 2 * half_pi == PiRational(0, 1)
(True, True, True)
>>> t, unit = ["add", ["var", "x"], ["mul", ["num", "-1"], ["pow", ["var", "x"], ["num", "2"]]]], \
...     {"x": [Fraction(0), True, Fraction(1), True]}
>>> range_sign(t, unit), factored_sign(t, unit)
('unknown', 'positive')
"""

from __future__ import annotations

import contextvars
import json
import math
from fractions import Fraction
from functools import reduce

import sympy as sp
from mpmath import iv

from ..errors import CertificateError, InputError
from ..sign_algebra import SIGN_SPANS, Sign
from .constants import Constant, PiRational, end_from_json, exact_number, tree_nodes
from .constants import enclose as _interval
from .evaluate import evaluate, operator, real_power
from .numbers import Jet, endpoints, interval_precision
from .numbers import sign as number_sign
from .symbolic import constraint_to_sympy, to_sympy, to_tree
from .trees import RELATIONS, check_constraint_tree, parse_rational, rational_to_str, tree_variables

#: Largest size (bits of numerator + denominator) of a range end; larger ends give up ("unknown").
MAX_END_BITS = 4096
#: Largest integer exponent expanded exactly; largest number of tree nodes given a range.
MAX_POWER = 64
MAX_NODES = 400
#: Polynomials factored (or read as constraints) for a sign: total degree and number of variables at most these.
MAX_FACTOR_DEGREE = 8
MAX_FACTOR_VARIABLES = 4
#: The one value of a node's (or a pivot's) optional ``sign_by`` hint: its sign is the rules', strengthened by the
#: range of its expression on the box with open and closed ends, or by its exact factorization (``strengthen_sign``).
SIGN_BY_RANGES = "ranges"
DECIDED = ("positive", "negative", "zero")
STRICT = ("positive", "negative")


# ------------------------------------------------------------------------------------------ sign words

#: The sign algebra on sign words (``Sign``'s, the one of the checker): the strongest word that the four facts
#: (> 0, >= 0, < 0, <= 0) give; is the value >= 0, is it <= 0; the sign of x + y and of x y from the signs of x and
#: y; does a value of sign s lie in the set ``required`` names ("unknown": all reals); the first of two true sign
#: words when it decides something, else the second.
sign_of = lambda gt0, ge0, lt0, le0: Sign.of(gt0, ge0, lt0, le0).value  # noqa: E731
ge0 = lambda s: s in ("positive", "nonnegative", "zero")  # noqa: E731
le0 = lambda s: s in ("negative", "nonpositive", "zero")  # noqa: E731
sign_add, sign_mul = (lambda a, b: Sign(a).add(Sign(b)).value), (lambda a, b: Sign(a).mul(Sign(b)).value)  # noqa
satisfies = lambda s, required: Sign(s).satisfies(Sign(required))  # noqa: E731
stronger = lambda exact, fallback: exact if exact != "unknown" else fallback  # noqa: E731


def range_to_sign(r, interior: bool = False) -> str:
    """The sign every value in the range r has ("unknown" for r None); also the sign of a variable
    with these bounds (``interior``: every bound taken as strict)."""
    if r is None:
        return "unknown"
    lo, los, hi, his = r
    return sign_of(lo is not None and (lo > 0 or (lo == 0 and (los or interior))), lo is not None and lo >= 0,
                   hi is not None and (hi < 0 or (hi == 0 and (his or interior))), hi is not None and hi <= 0)


#: A sign word as a range: the set of values it allows.
SIGN_RANGES = {"positive": (Fraction(0), True, None, False), "nonnegative": (Fraction(0), False, None, False),
               "negative": (None, False, Fraction(0), True), "nonpositive": (None, False, Fraction(0), False),
               "zero": (Fraction(0), False, Fraction(0), False), "unknown": (None, False, None, False)}


def power_sign(s: str, p: Fraction) -> str:
    """The sign of b^p from the sign s of b, for a rational p: b^0 = 1; an integer p < 0 needs b != 0; an even p
    gives b^p >= 0 (> 0 for b != 0), an odd one keeps the sign; a non-integer p gives b^p > 0 for b > 0, and
    b^p >= 0 for b >= 0 when p > 0."""
    if p == 0:
        return "positive"
    if p < 0 and s not in STRICT:
        return "unknown"
    if p.denominator == 1:
        return s if p.numerator % 2 else {"positive": "positive", "negative": "positive"}.get(s, "nonnegative")
    return "positive" if s == "positive" else "nonnegative" if ge0(s) and p > 0 else "unknown"


def decide(*methods, first: bool = False) -> str:
    """The sign of the first of ``methods`` (each giving a true sign word, tried in order) that decides (positive,
    negative, zero), else of the last that says anything (``first``: the first), else "unknown"."""
    found = "unknown"
    for method in methods:
        s = method()
        found = stronger(found, s) if first and s not in DECIDED else stronger(s, found)
        if found in DECIDED:
            break
    return found


def num_value(tree) -> Fraction | None:
    """The rational a ``["num", "p/q"]`` leaf denotes, else None."""
    return parse_rational(tree[1]) if isinstance(tree, list) and len(tree) == 2 and tree[0] == "num" else None


def number_word(x) -> str:
    """The sign word of an exact number, a ``Constant`` or an enclosure ("unknown" when an enclosure contains 0)."""
    s = x.sign() if isinstance(x, Constant) else number_sign(x)
    return {1: "positive", -1: "negative", 0: "zero"}.get(s, "unknown")


# ------------------------------------------------------------------------------------------ polynomials, the box

def polynomial(expr, xs, degree: int = MAX_FACTOR_DEGREE, rational: bool = True) -> dict | None:
    """{exponents over xs: coefficient} of the SymPy expression, when it is a polynomial in xs (SymPy's ``Poly``)
    of total degree at most ``degree`` whose coefficients are rational (Fractions) or, unless ``rational``, exact
    numbers (``exact_number``); else None."""
    if expr.free_symbols - set(xs) or (xs and not expr.is_polynomial(*xs)):
        return None
    terms = sp.Poly(expr, *xs).terms() if xs else [((), expr)]
    number = exact_number if not rational else lambda c: Fraction(int(c.p), int(c.q)) if c.is_Rational else None
    out = {m: number(c) for m, c in terms}
    return None if max(map(sum, out)) > degree or any(c is None for c in out.values()) else out


def polynomial_form(expr, xs) -> tuple[dict, Fraction] | None:
    """(non-constant monomial -> coefficient, constant) of ``polynomial(expr, xs)``, else None."""
    terms = polynomial(expr, xs)
    return None if terms is None else (terms, terms.pop(tuple(0 for _ in xs), Fraction(0)))


def check_constraint(constraint, where: str, names) -> None:
    """A domain constraint is [rel, lhs, rhs] (``check_constraint_tree``) over ``names`` only."""
    check_constraint_tree(constraint, where)
    extra = (tree_variables(constraint[1]) | tree_variables(constraint[2])) - set(names)
    if extra:
        raise CertificateError(f"{where}: uses {sorted(extra)}, which are not variables")


def signed_symbols(names, box: dict | None = None, interior: bool = False) -> dict:
    """A real SymPy symbol per name; given the box, with the sign its bounds give (``range_to_sign``; ``interior``:
    the open box's), so that SymPy's identities under these assumptions hold on the box (its interior)."""
    words = {n: range_to_sign(box[n], interior) if box else "unknown" for n in names}
    return {n: sp.Symbol(n, real=True, **({words[n]: True} if words[n] not in ("zero", "unknown") else {}))
            for n in names}



def _gap(constraint, symbols: dict):
    """g with the constraint read as g > 0 (>= 0), expanded."""
    rel = constraint_to_sympy(constraint, dict(symbols))
    return sp.expand(rel.lhs - rel.rhs if constraint[0] in ("gt", "ge") else rel.rhs - rel.lhs)


def _gaps(cert, checked: bool = False):
    """(names, symbols, gaps): the box's names (the variables, then the parameters), a real symbol each, and each
    domain constraint [rel, lhs, rhs] as (g, strict) (``_gap``); ``checked``: each validated first."""
    names = list(cert.variables) + list(getattr(cert, "parameters", ()))
    for k, constraint in enumerate(cert.domain if checked else ()):
        check_constraint(constraint, f"domain[{k}]", names)
    symbols = signed_symbols(names)
    return names, symbols, [(_gap(c, symbols), c[0] in ("gt", "lt")) for c in cert.domain
                            if isinstance(c, list) and len(c) == 3 and c[0] in RELATIONS]


def _affine(g, symbols: dict):
    """(a, c) when g = sum_n a_n n + c over the names of ``symbols`` with nonzero rationals a_n (``a``: name -> a_n)
    and c rational or an exact constant; else None."""
    xs = [x for x in symbols.values() if x in g.free_symbols]
    terms = polynomial(g, xs, 1, rational=False)
    if terms is None:
        return None
    c, a = terms.pop(tuple(0 for _ in xs), Fraction(0)), {xs[m.index(1)].name: q for m, q in terms.items()}
    return (a, c) if all(isinstance(q, Fraction) for q in a.values()) else None


def _simplest(end):
    """An end in its simplest exact form (``Constant.simplest``: e.g. a rational constant as a Fraction)."""
    return end.simplest() if isinstance(end, Constant) else end


def _tighter(bounds, lower: bool, edge, strict: bool) -> list:
    """The bounds (a range) with the lower (``lower``) or upper end replaced by ``edge`` (``strict``) when that is
    tighter: beyond the old end, or equal to it and strict where it is not."""
    k = 0 if lower else 2
    old, old_strict = bounds[k], bounds[k + 1]
    if old is None or (edge > old if lower else edge < old) or (edge == old and strict and not old_strict):
        return [*bounds[:k], edge, strict, *bounds[k + 2:]]
    return list(bounds)


def domain_box(cert) -> dict:
    """{name: [lower, lower_strict, upper, upper_strict]} for every variable (ends Fractions, ``Constant``s or
    None) from the single-variable affine constraints of ``cert.domain``: a v + c > 0 (>= 0) bounds v by -c/a,
    below when a > 0; the tighter bound wins."""
    names, symbols, gaps = _gaps(cert, checked=True)
    box = {n: [None, False, None, False] for n in names}
    for ((v, a),), c, strict in [(found[0].items(), found[1], strict) for g, strict in gaps
                                 if (found := _affine(g, symbols)) is not None and len(found[0]) == 1]:
        edge = c * (-1 / a)
        box[v] = _tighter(box[v], a > 0, _simplest(edge), strict)
    return box


def is_bound(constraint, names) -> bool:
    """Is the constraint a bound a x + c > 0 (>= 0, ...) on one variable, so exactly a side of the domain's box?"""
    if not (isinstance(constraint, list) and len(constraint) == 3 and constraint[0] in RELATIONS):
        return False
    found = _affine(_gap(constraint, symbols := signed_symbols(names)), symbols)
    return found is not None and len(found[0]) == 1


def box_to_json(box: dict) -> dict:
    """The stated form of a box: bounded variables only, ends "p/q" or ``Constant.json``."""
    def end(bound):
        return bound.json() if isinstance(bound, Constant) else None if bound is None else rational_to_str(bound)

    return {name: [end(lo), bool(los) and lo is not None, end(hi), bool(his) and hi is not None]
            for name, (lo, los, hi, his) in box.items() if lo is not None or hi is not None}


def short(obj) -> str:
    """A display of a tree or a value cut at 70 characters (for error messages only)."""
    text = json.dumps(obj) if not isinstance(obj, str) else obj
    return text if len(text) <= 70 else text[:67] + "..."


def check_box(stated, box, where: str) -> None:
    """The stated box must be the box computed from the domain: the same bounded variables, the same strictness,
    and ends equal as numbers (an irrational end may be any tree of that constant; equality is exact)."""
    expected = box_to_json(box)
    same = stated == expected or isinstance(stated, dict) and set(stated) == set(expected) and all(
        isinstance(stated[n], list) and len(stated[n]) == 4 and [stated[n][1], stated[n][3]] == expected[n][1::2]
        and all((end is None) == (value is None) and (end is None or end_from_json(value, f"{where}.{n}") == end)
                for end, value in ((box[n][0], stated[n][0]), (box[n][2], stated[n][2])))
        for n in expected)
    if not same:
        raise CertificateError(f"{where}: states {short(stated)}, the domain gives {short(expected)}")


def interior_box(box: dict) -> dict:
    """The box with every bound taken as strict (its open interior)."""
    return {n: [lo, lo is not None, hi, hi is not None] for n, (lo, _, hi, _) in box.items()}


# ------------------------------------------------------------------------------------------ affine ranges, spans

def affine_range(tree, box: dict, forms=()):
    """The range of an affine tree e + sum_n a_n n (a_n, e rational or exact constants: pi x) on the box, or None
    when the tree is not of that form: each end is e plus a_n times the bound on its side (None when that bound is;
    strict, approached but not attained, when one of them is). With ``forms``, tightened by the domain's
    affine constraints in several names (``forms``): when the tree is t (sum_n a_n n) + e for a constraint
    g = sum_n a_n n + c > 0 (>= 0) and a rational t != 0, then tree = t g + (e - t c), so tree > e - t c when t > 0
    (< when t < 0), strict as the constraint, on the domain (on 0 <= x + y <= pi, x + y lies in [0, pi])."""
    symbols = signed_symbols(box)
    try:
        terms = polynomial(sp.expand(to_sympy(tree, dict(symbols))), list(symbols.values()), 1, rational=False)
    except CertificateError:
        return None
    if terms is None:
        return None
    e = terms.pop(tuple(0 for _ in box), Fraction(0))
    coeffs = {n: terms.get(tuple(int(i == k) for i in range(len(box))), Fraction(0)) for k, n in enumerate(box)}
    found = []
    for lower in (True, False):
        value, strict = e, False  # value None: unbounded
        for name, a in coeffs.items():
            if a != 0:
                bound, bound_strict = box[name][0:2] if (a > 0) == lower else box[name][2:4]
                value, strict = (None, strict) if value is None or bound is None else \
                    (value + a * bound, strict or bound_strict)
        found += [_simplest(value), strict]
    if forms and all(isinstance(a, (int, Fraction)) for a in coeffs.values()):
        coeffs = {n: Fraction(a) for n, a in coeffs.items() if a != 0}
        for a, c, strict in forms if coeffs else ():
            t = next(iter(coeffs.values())) / a[next(iter(coeffs))] if set(a) == set(coeffs) else 0
            if t != 0 and all(coeffs[n] == t * a[n] for n in a):
                edge = e - t * c
                found = _tighter(found, t > 0, _simplest(edge), strict)
    return tuple(found)



def domain_affine_forms(cert) -> list:
    """The domain's affine constraints in two or more names, each as (a, c, strict) meaning sum_n a_n n + c > 0
    (>= 0 when not strict): ``a`` maps names to nonzero rationals, c is rational or an exact constant (pi)."""
    _, symbols, gaps = _gaps(cert)
    return [(*found, strict) for g, strict in gaps if (found := _affine(g, symbols)) is not None and len(found[0]) > 1]


def in_span(r, span) -> bool:
    """Does the range r lie in ``span`` + k period for some integer k? An interval estimate of
    (lo - span.lo) / period proposes the few k; each is decided by exact comparisons in Q(pi), where an end the
    range reaches may touch the span's end only where the span is closed."""
    def fits(k: int) -> bool:
        shift = PiRational(*span.period) * k if span.period is not None else Fraction(0)
        lo, hi = (None if e is None else PiRational(*e).simplest() + shift for e in (span.lo, span.hi))
        return (lo is None or not (r[0] is None or r[0] < lo or (r[0] == lo and not (span.lo_closed or r[1])))) and \
            (hi is None or not (r[2] is None or r[2] > hi or (r[2] == hi and not (span.hi_closed or r[3]))))

    if r is None or span.period is None:
        return r is not None and fits(0)
    if r[0] is None or span.lo is None:
        return False
    with interval_precision():
        low, high = endpoints(_interval(Constant.of(r[0]) - PiRational(*span.lo)) / _interval(PiRational(*span.period)))
    return high - low <= 4 and any(fits(k) for k in range(math.floor(low) - 1, math.floor(high) + 2))


def span_sign(head: str, r, table) -> str:
    """The sign of ``head`` where its argument's range is r, from the head's rows in ``table`` (SIGN_SPANS)."""
    return next((sign.value for span, sign in table.get(head, ()) if in_span(r, span)), "unknown")


def show_range(r) -> str:
    """A display of a range (for error messages only)."""
    if r is None:
        return "not computed (the argument is not affine)"
    lo, los, hi, his = r
    return f"{'(' if los or lo is None else '['}{'-oo' if lo is None else lo}, " \
           f"{'+oo' if hi is None else hi}{')' if his or hi is None else ']'}"


# ------------------------------------------------------------------------------------------ ranges with open ends

def _cap(q):
    """q itself, unless its size passes ``MAX_END_BITS`` (then no range: ``ValueError``)."""
    if q is not None and q.numerator.bit_length() + q.denominator.bit_length() > MAX_END_BITS:
        raise ValueError("an end grew too large")
    return q


def _add(r, s):
    """The range of x + y for x in r, y in s: the ends add, strict when either summand's end is."""
    lo = None if r[0] is None or s[0] is None else _cap(r[0] + s[0])
    hi = None if r[2] is None or s[2] is None else _cap(r[2] + s[2])
    return lo, lo is not None and (r[1] or s[1]), hi, hi is not None and (r[3] or s[3])


def _mul(r, s):
    """The range of x y for x in r, y in s: xy is bilinear, so its least and greatest values are corner products
    (an infinite end times a nonzero one is an infinity of the product's sign; 0 times an infinite end has no
    value, and then only the sign of the product is kept). An end is strict unless reached at a corner of two
    closed ends or, for 0, where a factor may be 0."""
    corners = []  # (value, sign of an infinite product or 0, reached)
    for i, j in ((0, 0), (0, 2), (2, 0), (2, 2)):
        a, b = r[i], s[j]
        sa = i - 1 if a is None else (a > 0) - (a < 0)  # an infinite end's sign is its side: -1 low, +1 high
        sb = j - 1 if b is None else (b > 0) - (b < 0)
        if a is not None and b is not None:
            corners.append((a * b, 0, not r[i + 1] and not s[j + 1]))
        elif sa * sb == 0:
            return SIGN_RANGES[sign_mul(range_to_sign(r), range_to_sign(s))]
        else:
            corners.append((None, sa * sb, False))
    zero_inside = any((lo is None or lo < 0 or (lo == 0 and not los)) and  # a factor may be 0
                      (hi is None or hi > 0 or (hi == 0 and not his)) for lo, los, hi, his in (r, s))

    def end(pick_low: bool):
        if any(inf == (-1 if pick_low else 1) for _, inf, _ in corners):
            return None, False
        finite = [(v, reached) for v, inf, reached in corners if inf == 0]
        best = (min if pick_low else max)(v for v, _ in finite)
        reached = any(v == best and hit for v, hit in finite) or (best == 0 and zero_inside)
        return _cap(best), not reached

    return (*end(True), *end(False))


def _monotone(r, f, decreasing: bool = False, low=None, high=None, positive: bool = False):
    """The range of a monotone function f on the range r: f at each finite end (exact, or the outer end of its
    enclosure ``f(q)``), as strict as that end, or f's limit at an infinite end of its argument (``low`` at -oo,
    ``high`` at +oo: (value, strict), None unbounded); the images swap when f decreases. ``positive``: f is defined
    on x > 0 only, unbounded at 0+ (log, 1/x)."""
    lo, los, hi, his = r
    if positive and (lo is None or lo < 0 or (lo == 0 and not los)):
        raise ValueError("argument outside the function's domain")

    def image(end, strict: bool, upper: bool, limit):
        if end is None or (positive and end == 0):
            return limit or (None, False)
        with interval_precision():
            return _cap(endpoints(f(end))[upper]), strict

    if decreasing:
        return (*image(hi, his, False, high), *image(lo, los, True, low))
    return (*image(lo, los, False, low), *image(hi, his, True, high))


def _neg(r):
    """The range of -x for x in r."""
    return _monotone(r, lambda q: -q, decreasing=True)


def _abs(r):
    """The range of |x| for x in r: r or -r on one side of 0, else [0, max(-lo, hi)]."""
    s = range_to_sign(r)
    if ge0(s) or le0(s):
        return r if ge0(s) else _neg(r)
    lo, los, hi, his = r
    if lo is None or hi is None:
        return Fraction(0), False, None, False
    top = max(-lo, hi)
    return Fraction(0), False, top, all(st for end, st in ((-lo, los), (hi, his)) if end == top)


def _reciprocal(r):
    """The range of 1/x for x in r of one strict sign: 1/x decreases on each side of 0, tends to 0 at infinity."""
    s = range_to_sign(r)
    if s == "negative":
        return _neg(_reciprocal(_neg(r)))
    if s != "positive":
        raise ValueError("1/x needs x of one strict sign")
    return _monotone(r, lambda q: 1 / q, decreasing=True, high=(Fraction(0), True), positive=True)


def _power(r, p: Fraction):
    """The range of x^p for x in r: 1 for p = 0, (1/x)^-p for p < 0; x^p increases for an odd p, and in |x|
    (``_abs``) for an even one; a non-integer p needs x >= 0 (ends exact where the root is rational:
    ``evaluate.real_power``)."""
    if p == 0:
        return Fraction(1), False, Fraction(1), False
    if p < 0:
        return _power(_reciprocal(r), -p)
    if p.denominator == 1 and p > MAX_POWER:
        raise ValueError("exponent too large")
    if p.denominator != 1 and not ge0(range_to_sign(r)):
        raise ValueError("a real power needs a nonnegative base")
    even = p.denominator == 1 and p.numerator % 2 == 0
    return _monotone(_abs(r) if even else r, lambda q: real_power(q, p, "pow"))


def _extreme(args, largest: bool):
    """max (``largest``) or min of ranges."""
    if not largest:
        return _neg(_extreme([_neg(a) for a in args], True))
    lows = [a for a in args if a[0] is not None]
    lo = max(a[0] for a in lows) if lows else None
    los = lo is not None and any(a[1] for a in lows if a[0] == lo)
    hi = None if any(a[2] is None for a in args) else max(a[2] for a in args)
    return lo, los, hi, hi is not None and all(a[3] for a in args if a[2] == hi)


_ZERO_OPEN, _ONE_OPEN = (Fraction(0), True), (Fraction(1), True)
#: The monotone heads (values from the evaluator's table ``evaluate.operator``, exact where rational: exp 0 = 1,
#: log 1 = 0, sigmoid 0 = 1/2, ...) -> (decreasing, limit at -oo, limit at +oo), a limit (value, strict) or None
#: (unbounded): erfc = 1 - erf falls from 2 to 0, the others increase.
_MONOTONE = {"exp": (False, _ZERO_OPEN, None), "log": (False, None, None), "sigmoid": (False, _ZERO_OPEN, _ONE_OPEN),
             "softplus": (False, _ZERO_OPEN, None), "tanh": (False, (Fraction(-1), True), _ONE_OPEN),
             "arctan": (False, (Fraction(-2), True), (Fraction(2), True)), "arcsinh": (False, None, None),
             "erf": (False, (Fraction(-1), True), _ONE_OPEN), "erfc": (True, (Fraction(2), True), _ZERO_OPEN)}


def tree_range(tree, box: dict, count: list | None = None):
    """The range of ``tree`` at every point of the box (as ``domain_box`` gives it) where the tree is defined, by the
    rules above, or None when none applies (``count``: the nodes seen so far, in the recursion)."""
    if count is None:
        try:
            return tree_range(tree, box, [0])
        except (CertificateError, ValueError, ZeroDivisionError, ArithmeticError, TypeError, IndexError):
            return None
    count[0] += 1
    if count[0] > MAX_NODES:
        raise ValueError("tree too large")
    head = tree[0]
    if head == "num":
        q = parse_rational(tree[1])
        return q, False, q, False
    if head == "var":
        if tree[1] not in box:
            raise ValueError("unknown variable")
        lo, los, hi, his = box[tree[1]]  # an irrational end: a rational strictly outside it (``Constant.outer``)
        (lo, f_lo), (hi, f_hi) = [e.outer(k == 0) if isinstance(e, Constant) else
                                  (None if e is None else Fraction(e), False) for k, e in enumerate((lo, hi))]
        return lo, lo is not None and (bool(los) or f_lo), hi, hi is not None and (bool(his) or f_hi)
    if head == "pow":
        base = tree_range(tree[1], box, count)
        if tree[2][0] != "num":
            raise ValueError("non-numeric exponent")
        return _power(base, parse_rational(tree[2][1]))
    args = [tree_range(a, box, count) for a in tree[1:]]
    if head in ("add", "mul"):
        return reduce(_add if head == "add" else _mul, args)
    if head == "abs":
        return _abs(args[0])
    if head in ("max", "min", "relu"):
        return _extreme(args + ([SIGN_RANGES["zero"]] if head == "relu" else []), head != "min")
    if head not in _MONOTONE:
        raise ValueError(f"no range rule for {head}")
    return _monotone(args[0], operator(head).value, *_MONOTONE[head], positive=head == "log")


def range_sign(tree, box: dict) -> str:
    """The sign of ``tree`` on the box read off its range ("unknown" when undecided)."""
    return range_to_sign(tree_range(tree, box))




# ------------------------------------------------------------------------------------------ factors

def _rational_poly(expr, symbols):
    """(terms, constant, xs): ``polynomial_form`` over the xs of ``symbols`` in expr (1 to ``MAX_FACTOR_VARIABLES``
    of them), else None."""
    xs = [v for v in symbols if v in expr.free_symbols]
    form = polynomial_form(expr, xs) if 0 < len(xs) <= MAX_FACTOR_VARIABLES else None
    return None if form is None else (*form, xs)


def quadratic_sign(expr, symbols, box: dict) -> str:
    """The sign of a polynomial P of degree 2 (``_rational_poly``): P(x) = [x; 1]^T M [x; 1], M half the Hessian
    of z^2 P(x / z); M positive (semi)definite (SymPy's exact tests on rationals) gives P > 0 (>= 0) everywhere
    ([x; 1] != 0); for a form (no linear or constant terms) P = x^T Q x with Q positive definite, P > 0 wherever
    x != 0, which holds on the box when one of its variables has a strict sign there. Negative likewise for -P."""
    found = _rational_poly(expr, symbols)
    if found is None or max(map(sum, found[0])) != 2:
        return "unknown"
    xs, n, z = found[2], len(found[2]), sp.Dummy("z")
    M = sp.hessian(sp.expand(z ** 2 * expr.subs({x: x / z for x in xs}, simultaneous=True)), [*xs, z]) / 2
    form = all(M[i, n] == 0 for i in range(n + 1))
    nonzero = any(range_sign(["var", v.name], box) in STRICT for v in xs)
    for sign, mat in (("positive", M), ("negative", -M)):
        mat = mat[:n, :n] if form else mat
        if mat.is_positive_definite and (not form or nonzero):
            return sign
        if mat.is_positive_semidefinite:
            return "nonnegative" if sign == "positive" else "nonpositive"
    return "unknown"


def univariate_sign(expr, box: dict) -> str:
    """The sign of a polynomial p in one variable x with rational coefficients on x's interval in the box, decided
    exactly: SymPy's ``count_roots`` (Sturm sequences) counts the roots in the closed interval [lo, hi] (or an
    unbounded one); with none but exact zeros at its ends, p has one sign on the open interval, read at a rational
    point inside; an end where p = 0 that the interval includes makes that sign weak (>= 0)."""
    xs = list(expr.free_symbols)
    if len(xs) != 1 or xs[0].name not in box or polynomial_form(expr, xs) is None:
        return "unknown"
    poly, (lo, los, hi, his) = sp.Poly(expr, *xs), box[xs[0].name]
    if any(e is not None and not isinstance(e, Fraction) for e in (lo, hi)):
        return "unknown"
    roots = poly.count_roots(*(None if e is None else sp.Rational(e) for e in (lo, hi)))
    at_ends = [strict for end, strict in ((lo, los), (hi, his)) if end is not None and poly(sp.Rational(end)) == 0]
    if roots != len(at_ends) or (lo is not None and hi is not None and lo >= hi):
        return "unknown"
    value = poly(sp.Rational((lo + hi) / 2 if lo is not None and hi is not None else lo + 1 if lo is not None else
                             hi - 1 if hi is not None else 0))
    strict = all(at_ends)
    return "unknown" if value == 0 else sign_of(value > 0 and strict, value > 0, value < 0 and strict, value < 0)


def _whole_sign(part, symbols: dict, box: dict, extra_sign) -> str:
    """The sign of one factor as it stands: its range, its quadratic form (else, in one variable, its Sturm count),
    ``extra_sign``, or its slope and value at an end (``monotone_sign``), the first that decides (``decide``)."""
    try:
        ptree = to_tree(part)
    except (InputError, CertificateError):
        return "unknown"
    xs, single = list(symbols.values()), len(part.free_symbols) == 1

    def polynomial_sign():
        if not part.is_polynomial(*xs):
            return "unknown"
        q = quadratic_sign(sp.expand(part), xs, box)
        return univariate_sign(sp.expand(part), box) if q == "unknown" and single else q

    return decide(lambda: range_sign(ptree, box), polynomial_sign,
                  lambda: "unknown" if extra_sign is None else extra_sign(ptree),
                  lambda: monotone_sign(ptree, box) if single else "unknown")


def _product_sign(expr, symbols: dict, box: dict, extra_sign, depth: int = 0) -> str:
    """The sign of a product c * b_1^k_1 * ... (SymPy's ``Mul``/``Pow`` structure of an expression equal to the
    tree) from its bases' signs (``power_sign``), the polynomial ones of the numerator (denominator) first as one
    base: each by its whole sign (``_whole_sign``), else by its exact irreducible factors over Q (``factor_list``)
    for a polynomial, else by the factors of the product SymPy's ``factor`` writes a sum as."""
    out = "positive"
    args = list(sp.Mul.make_args(expr))
    xs = list(symbols.values())
    powers = [(a, *(a.as_base_exp() if isinstance(a, sp.Pow) else (a, sp.Integer(1)))) for a in args]
    for side in (1, -1):
        group = [a for a, b, k in powers if not a.is_number and k.is_Integer and k * side > 0 and b.is_polynomial(*xs)]
        if len(group) > 1:
            s = _whole_sign(sp.expand(sp.Mul(*[a ** side for a in group])), symbols, box, extra_sign)
            if s in STRICT or (s == "zero" and side == 1):
                args = [a for a in args if not any(a is g for g in group)]
                out = sign_mul(out, s)
    for arg in args:
        base, k = arg.as_base_exp() if isinstance(arg, sp.Pow) else (arg, sp.Integer(1))
        if not k.is_Rational or (base.is_number and not base.is_Rational):
            return "unknown"
        s = number_word(Fraction(int(base.p), int(base.q))) if base.is_number else \
            _whole_sign(base, symbols, box, extra_sign)
        if s not in DECIDED and depth < 3 and not base.is_number:
            if _rational_poly(sp.expand(base), xs) is not None:
                coeff, factors = sp.factor_list(sp.expand(base), *[v for v in xs if v in base.free_symbols])
                if len(factors) > 1 or (factors and factors[0][1] > 1):
                    inner = sp.Mul(coeff, *[sp.Pow(f, e, evaluate=False) for f, e in factors], evaluate=False)
                    s = _product_sign(inner, symbols, box, extra_sign, depth + 1)
            elif isinstance(base, sp.Add) and (factored := sp.factor(base)) != base and \
                    isinstance(factored, (sp.Mul, sp.Pow)):
                s = _product_sign(factored, symbols, box, extra_sign, depth + 1)
        s = s if k == 1 else power_sign(s, Fraction(int(k.p), int(k.q)))
        if s == "unknown":
            return "unknown"
        out = sign_mul(out, s)
    return out


def factored_sign(tree, box: dict, extra_sign=None) -> str:
    """The sign of an expression on the box (where the tree is defined) from its factors (``_product_sign``):
    written over one denominator (``together``: cancelling a common factor keeps the value wherever the tree is
    defined), then, if that leaves it open, after ``cancel`` and ``factor``."""
    symbols = signed_symbols(sorted(box))
    try:
        expr = sp.together(to_sympy(tree, dict(symbols)))
        return decide(lambda: _product_sign(expr, symbols, box, extra_sign),
                      lambda: _product_sign(sp.factor(sp.cancel(expr)), symbols, box, extra_sign))
    except (CertificateError, InputError, sp.PolynomialError, ValueError, TypeError, ZeroDivisionError):
        return "unknown"


def domain_sign(tree, box: dict, extra_sign=None) -> str:
    """The sign of ``tree`` on the box: its range, or, when the range leaves it open, its factorization."""
    return decide(lambda: range_sign(tree, box), lambda: factored_sign(tree, box, extra_sign), first=True)


# ------------------------------------------------------------------------------------------ monotone to an exact end

#: Heads that are C^infinity wherever their argument's condition holds (``defined_on``).
_ANALYTIC = {"num", "var", "pi", "add", "mul", "pow", "exp", "log", "sigmoid", "softplus", "tanh", "sinh", "cosh",
             "arctan", "arcsinh", "sin", "cos"}
#: How deep the end rule may nest (t' shown by it again), and the largest tree it takes.
MAX_END_DEPTH, MAX_END_NODES = 2, 80
_END_DEPTH = contextvars.ContextVar("end_depth", default=0)
_END_SIGNS: dict = {}  # (tree, variable, depth, its bounds as text) -> sign word: each bound's text is its value


def defined_on(tree, sign_of, heads, smooth: bool = False) -> bool:
    """Is the tree defined (``smooth``: C^infinity) at every point of a set where ``sign_of(subtree)`` is its
    sign? Only ``heads`` (each defined, or analytic, on all of R), a log's argument > 0, a negative integer
    power's base of one strict sign, a non-integer power's base > 0 (or >= 0 for a positive power, unless
    ``smooth``), and, when ``smooth``, a base > 0 under a non-numeric exponent (b^g = e^{g log b})."""
    head = tree[0]
    if head not in heads or head in ("num", "var", "pi"):
        return head in heads
    if not all(defined_on(a, sign_of, heads, smooth) for a in tree[1:]):
        return False
    p = parse_rational(tree[2][1]) if head == "pow" and tree[2][0] == "num" else None
    if head == "log" or (head == "pow" and (p is None or p.denominator != 1 or p < 0)):
        s = sign_of(tree[1])
        if head == "pow" and p is None:
            return smooth and s == "positive"
        return s == "positive" or (p is not None and (s in STRICT if p.denominator == 1 else
                                                      not smooth and p > 0 and ge0(s)))
    return True


def monotone_sign(tree, box: dict) -> str:
    """The sign of a tree t of one variable x on the box from its slope and its exact value at an end c of x's
    interval I (c rational or an exact constant: e^{3/2}). Let t be C^infinity on I with c added (``defined_on``),
    and t' have a sign on the interior of I (``tree_sign``, else ``domain_sign``, of the exact derivative, nesting
    at most ``MAX_END_DEPTH`` times). For x in I, x != c, the mean value theorem gives t(x) - t(c) = t'(xi) (x - c)
    with xi inside I, so t(x) = t(c) + (t(x) - t(c)) has the sign of t(c) plus that of t' times that of x - c
    (< 0 at the upper end, > 0 at the lower one), t(c) joining where I contains c. t(c) is exact, its sign decided
    by ``check.constants`` (2 log x - 3 < 0 on (0, e^{3/2}), its slope 2/x > 0 and its value 0 at the end)."""
    names, depth = tree_variables(tree), _END_DEPTH.get()
    if len(names) != 1 or depth >= MAX_END_DEPTH or tree_nodes(tree) > MAX_END_NODES or next(iter(names)) not in box:
        return "unknown"
    (name,) = names
    key = (json.dumps(tree), name, depth, *map(str, box[name]))
    if key in _END_SIGNS:
        return _END_SIGNS[key]
    if len(_END_SIGNS) > 1 << 10:
        _END_SIGNS.clear()
    token, found, (lo, los, hi, his) = _END_DEPTH.set(depth + 1), "unknown", box[name]
    try:
        x = sp.Symbol(name, real=True)
        t = to_sympy(tree, {name: x})
        dtree, inner = to_tree(sp.diff(t, x)), interior_box(box)
        slope = "unknown" if lo is None and hi is None else \
            decide(lambda: tree_sign(dtree, inner, True), lambda: domain_sign(dtree, inner))
        for end, strict, side in ((lo, los, -1), (hi, his, 1)) if slope != "unknown" else ():
            closed = {**box, name: [end, False, hi, his] if side < 0 else [lo, los, end, False]}
            if end is None or not defined_on(tree, lambda a: tree_sign(a, closed, False), _ANALYTIC, smooth=True):
                continue
            value = exact_number(t.subs(x, Constant.of(end).expr))
            at_end = "unknown" if value is None else number_word(value)
            inside = sign_add(at_end, sign_mul(slope, "positive" if side < 0 else "negative"))
            found = inside if strict else sign_of(inside == at_end == "positive", ge0(inside) and ge0(at_end),
                                                  inside == at_end == "negative", le0(inside) and le0(at_end))
            if found != "unknown":
                break
    except (CertificateError, InputError, ValueError, TypeError, ZeroDivisionError, RecursionError):
        found = "unknown"
    finally:
        _END_DEPTH.reset(token)
    _END_SIGNS[key] = found
    return found


# ------------------------------------------------------------------------------------------ joint constraints

def domain_halfspaces(cert) -> list[tuple[dict, Fraction, bool]]:
    """The domain's polynomial constraints with rational coefficients (``polynomial_form`` over the variables and
    parameters, in order), each as (a, c, strict) meaning sum_m a_m x^m + c > 0 (>= 0 when not strict)."""
    _, symbols, gaps = _gaps(cert)
    forms = [(polynomial_form(g, list(symbols.values())), strict) for g, strict in gaps]
    return [(*form, strict) for form, strict in forms if form is not None and form[0]]


def joint_box(box: dict, halfspaces) -> dict:
    """The box tightened by the joint constraints (the tighter bound wins: ``_tighter``). A disc or ellipse
    c - sum_i a_i x_i^2 > 0 (>= 0; a_i > 0, c > 0) gives a_i x_i^2 <= c minus the other terms (each <= 0), so
    |x_i| < sqrt(c / a_i) (<=): the root when it is rational (strict as the constraint), else a rational above it
    (strict). A strict constraint a x_i x_j + R > 0 whose rest R (the other terms and the constant) is <= 0 on the
    box (its range) gives a x_i x_j > -R >= 0, so x_i x_j has the sign of a, and a variable of the pair with a
    strict sign gives the other one its sign (x > 0 and x y > 1 give y > 0); this pass runs twice."""
    out = {n: list(b) for n, b in box.items()}
    names = list(box)
    for h, hc, strict in halfspaces or ():
        if hc <= 0 or not h or any(sorted(m) != [0] * (len(m) - 1) + [2] or a >= 0 for m, a in h.items()):
            continue
        for m, a in h.items():
            i = m.index(2)
            if i >= len(names):
                continue
            q = hc / -a
            r, d = math.isqrt(q.numerator), math.isqrt(q.denominator)
            exact_root = r * r == q.numerator and d * d == q.denominator
            bound = Fraction(r, d) if exact_root else Fraction(r + 1, max(d, 1))  # sqrt(q), or a rational above it
            tight = strict or not exact_root
            out[names[i]] = _tighter(_tighter(out[names[i]], False, bound, tight), True, -bound, tight)
    for h, hc, strict in [hs for hs in halfspaces or () if hs[2]] * 2:
        for m, a in h.items():
            pair = [k for k, e in enumerate(m) if e]
            if len(pair) != 2 or any(m[k] != 1 for k in pair) or max(pair) >= len(names):
                continue
            rest = [["mul", ["num", rational_to_str(c)], *[["pow", ["var", names[k]], ["num", str(e)]]
                                                            for k, e in enumerate(mm) if e]]
                    for mm, c in h.items() if mm != m]
            if le0(range_sign(["add", ["num", rational_to_str(hc)], *rest], out)):
                for i, j in (pair, pair[::-1]):
                    si = range_to_sign(out[names[i]])
                    if si in STRICT:  # x_i x_j > 0 (a > 0) or < 0 (a < 0): x_j has the sign of a / x_i
                        out[names[j]] = _tighter(out[names[j]], (si == "positive") == (a > 0), Fraction(0), True)
    return out


def joint_form_sign(tree, names, halfspaces, box: dict | None = None) -> str:
    """The sign of a polynomial tree P on the domain from one constraint g = sum_m h_m x^m + h > 0 (>= 0):
    P = t g + R with t = P_m / h_m for a monomial m of g (so that R lacks it); t > 0 and R > 0, or R >= 0 with
    g > 0, give P > 0 (dually negative). First every g of which P is a multiple up to a constant R (on
    x^2 + y^2 < 1, 1 - x^2 - y^2 > 0); then, given the ``box``, any R whose sign its range or its quadratic form
    shows there (on x^2 + y^2 < 1, x^2 - y^2 + 1 = (1 - x^2 - y^2) + 2 x^2 > 0); the ratios t in order."""
    if not halfspaces:
        return "unknown"
    symbols = signed_symbols(names)
    xs = list(symbols.values())
    try:
        P = sp.expand(to_sympy(tree, dict(symbols)))
        form = polynomial_form(P, xs)
    except CertificateError:
        return "unknown"
    if form is None or not form[0]:
        return "unknown"
    a, c = form
    for general in (False, True) if box is not None else (False,):
        for h, hc, strict in halfspaces:
            for t in [a[m] / h[m] for m in h if m in a]:
                if all(a.get(k, 0) == t * h.get(k, 0) for k in set(a) | set(h)):  # R = c - t hc, a constant
                    rs = number_word(c - t * hc)
                elif general:
                    g = sum((sp.Rational(q) * sp.Mul(*[x ** e for x, e in zip(xs, k)]) for k, q in h.items()),
                            sp.Rational(hc))
                    R = sp.expand(P - sp.Rational(t) * g)
                    rs = decide(lambda: range_sign(to_tree(R), box), lambda: quadratic_sign(R, xs, box))
                else:
                    continue
                total = sign_add(sign_mul(number_word(t), "positive" if strict else "nonnegative"), rs)
                if total != "unknown":
                    return total
    return "unknown"


def affine_sign(tree, box: dict, halfspaces=()) -> str:
    """The sign of an affine tree on the box: its exact range there (``affine_range``), or, failing that, from a
    domain constraint of which it is a multiple up to a constant (``joint_form_sign`` without a box: on
    2x + y > 0, the expression 4x + 2y + 1 is positive). "unknown" when neither decides."""
    return decide(lambda: range_to_sign(affine_range(tree, box)),
                  lambda: joint_form_sign(tree, list(box), halfspaces) if halfspaces else "unknown")


def strengthen_sign(rule_sign: str, tree, box: dict, halfspaces=()) -> str:
    """``rule_sign`` (true on the box), strengthened by ``domain_sign`` on the box tightened by the joint constraints
    (``joint_box``; also true there): a decided sign from either wins; a polynomial factor may take its sign from a
    domain constraint (``joint_form_sign``)."""
    def joint():
        tight = joint_box(box, halfspaces)
        return domain_sign(tree, tight, (lambda t: joint_form_sign(t, list(tight), halfspaces, tight))
                           if halfspaces else None)

    return decide(lambda: rule_sign, joint, first=True)


# ------------------------------------------------------------------------------------------ sign rules and intervals

def interval_sign(tree, box: dict) -> str:
    """The sign of a tree on the closed box by the checker's evaluator at order 0 on one ``mpmath.iv`` interval per
    variable, its whole range (ends enclosed outward; -oo, +oo where unbounded): each operation is an interval
    extension refused unless defined on the whole enclosure (``check.evaluate``), so when it returns, the tree is
    defined on the box and its values lie in the result. Undecided, undefined or infinite ends give "unknown"."""
    try:
        with interval_precision():
            jet, _ = evaluate(tree, {n: Jet(iv.mpf([iv.mpf("-inf") if lo is None else _interval(lo).a,
                                                    iv.mpf("inf") if hi is None else _interval(hi).b]))
                                     for n, (lo, _, hi, _) in box.items()}, 0)
    except (CertificateError, ValueError, ArithmeticError, TypeError):
        return "unknown"
    value = jet.c[0]
    if isinstance(value, Fraction):
        return number_word(value)
    return sign_of(bool(value.a > 0), bool(value.a >= 0), bool(value.b < 0), bool(value.b <= 0))


def _with_intervals(rule_sign: str, tree, box: dict) -> str:
    """The sign rules' answer, strengthened by interval evaluation on the box when they leave it open, and then, for
    a tree defined on all of R^n (no log; no negative or fractional power but of a number > 0), by its range with
    open ends (``range_sign``: 1 + erf(x) > 0 on R, where an enclosure only gives >= 0); a weak sign found so
    replaces the rules' only where they say nothing."""
    if rule_sign in DECIDED:
        return rule_sign
    found = interval_sign(tree, box)
    number = lambda t: number_word(parse_rational(t[1])) if t[0] == "num" else "unknown"  # noqa: E731
    if found not in STRICT and defined_on(tree, number, _ANALYTIC | {"erf", "erfc"}):
        found = stronger(range_sign(tree, box), found)
    return found if found in STRICT or rule_sign == "unknown" else rule_sign


def tree_sign(tree, box: dict, interior: bool) -> str:
    """The sign of a tree on the box (``interior``: its open interior, for the rules; the enclosures are the same)
    by sign rules, each true wherever the tree is defined: sums (also by their exact affine range) and products of
    signs, powers (``power_sign``; a positive base to any power is positive), fixed signs (exp > 0) and kept ones
    (tanh), sin, cos, tan from the affine argument's span, log of a number; where they leave a sum or the whole
    tree open, interval evaluation (``_with_intervals``)."""
    box = interior_box(box) if interior else box
    return _with_intervals(_rules_sign(tree, box), tree, box)


#: heads whose value has the sign of their (first) argument, and heads with a fixed sign.
_SAME_SIGN = ("tanh", "sinh", "arctan", "arcsinh", "arcsin", "artanh", "erf")
_FIXED_SIGN = {"exp": "positive", "sigmoid": "positive", "softplus": "positive", "cosh": "positive",
               "pi": "positive", "arccosh": "nonnegative", "erfc": "positive",
               "gamma": "positive", "trigamma": "positive",  # on a > 0, where the checker takes them
               "abs": "nonnegative", "relu": "nonnegative"}


def _rules_sign(tree, box: dict) -> str:
    """The sign rules of ``tree_sign``."""
    head = tree[0]
    if head == "num":
        return number_word(parse_rational(tree[1]))
    if head == "var":
        return range_to_sign(box[tree[1]]) if tree[1] in box else "unknown"
    if head == "pow":
        base = _rules_sign(tree[1], box)
        if tree[2][0] != "num":
            return "positive" if base == "positive" else "unknown"
        return power_sign(base, parse_rational(tree[2][1]))
    signs = [_rules_sign(a, box) for a in tree[1:]]
    if head == "add":
        return _with_intervals(stronger(range_to_sign(affine_range(tree, box)), reduce(sign_add, signs)), tree, box)
    if head == "mul":
        return reduce(sign_mul, signs)
    if head in _FIXED_SIGN or head in _SAME_SIGN:
        return _FIXED_SIGN.get(head) or signs[0]
    if head in SIGN_SPANS:  # sin, cos, tan, arccos: from the affine argument's exact range
        return span_sign(head, affine_range(tree[1], box), SIGN_SPANS)
    if head == "log":  # log q has the sign of q - 1 (q > 0)
        q = num_value(tree[1])
        return number_word(q - 1) if q is not None and q > 0 else "unknown"
    return "unknown"


__all__ = ["PiRational", "SIGN_BY_RANGES", "affine_range", "affine_sign", "box_to_json", "check_constraint", "decide",
           "defined_on", "domain_box", "domain_halfspaces", "domain_sign", "factored_sign", "in_span", "interval_sign",
           "joint_box", "joint_form_sign", "monotone_sign", "num_value", "polynomial", "power_sign", "quadratic_sign",
           "range_sign", "signed_symbols", "span_sign", "strengthen_sign", "tree_range", "tree_sign",
           "univariate_sign"]
