r"""Rigorous ranges with open and closed ends, for the sign of an expression on a domain.

A *range* ``(lo, lo_strict, hi, hi_strict)`` is a statement about every point of a box where a tree is defined:
its value v satisfies lo < v (``lo_strict``) or lo <= v, and v < hi (``hi_strict``) or v <= hi; an end ``None``
is no bound. Ends are exact rationals (``Fraction``). Open ends are what an enclosure without them loses:
x in (-1, 1) gives x^2 in [0, 1) and 1 - x^2 in (0, 1], so 1 - x^2 > 0 there and -log(1 - x^2) is defined;
the closed enclosure [0, 1] of 1 - x^2 would leave its sign at "nonnegative".

Every rule below is a theorem about every point of the box, so a range computed by them is true:

- a number q: q <= v <= q; a variable: its bounds in the box (a bound a + b pi is replaced by a rational
  strictly outside it, which keeps the statement true and makes the end strict: a + b pi is irrational);
- a sum: the ends add; an end is strict when one summand's end is strict, absent when one is absent;
- a product of two ranges X, Y: xy is bilinear, so over the closed rectangle it is least (greatest) at a corner:
  v >= m, the least corner product (v <= M, the greatest). The bound is reached only at a corner whose two ends
  are both closed, or, when m = 0, where a factor is 0 (at a point inside an edge xy is linear along the edge
  and cannot be least unless it is constant there, i.e. the other factor is 0); otherwise it is strict.
  A corner product 0 * oo has no value: the product's range is then read from the factors' signs only;
- an integer power x^n: odd n is increasing; even n is |x|^n with |x| in [0, max) when X contains 0 or in the
  range of the side it lies on; a negative power is 1/x^|n| where X has one strict sign (1/x is decreasing on
  each side, an end 0 not reached gives no bound on that side);
- x^p for a non-integer p > 0 on X >= 0, and exp, log (X > 0), sigmoid, softplus, tanh, arctan, arcsinh: increasing,
  so the ends map to the ends (to the limit at an absent end: exp(-oo) = 0, not reached; log(0+) = -oo, ...).
  An end's image is exact when it is rational (exp 0 = 1, log 1 = 0, sqrt(4/9) = 2/3), else replaced by the
  rational end of an ``mpmath.iv`` enclosure on the outer side; the end keeps its strictness either way;
- |x|, max and min: |x| from the sides of X; max(a, b) >= max(lo_a, lo_b), strictly when an argument reaching
  that end is strict; max(a, b) <= max(hi_a, hi_b), strictly when every argument reaching it is strict; dually.

An operation whose rule does not apply (a log whose argument range is not > 0, a head not listed) raises
``_Unknown``; ``range_sign`` then answers "unknown". Where interval dependency loses the sign (x - x^2 on
(0, 1): x in (0, 1) and x^2 in (0, 1) give (-1, 1)), ``factored_sign`` factors a polynomial exactly over the
rationals (SymPy's ``factor_list``: c f_1^k_1 ... f_m^k_m, an identity) and multiplies the factors' signs:
x - x^2 = -x (x - 1) is positive on 0 < x < 1. A factor's sign may also come from a domain constraint of which it
is a multiple (``proofs.domain_form_sign``, passed in as ``extra_sign``).
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp
from mpmath import iv

from ..errors import CertificateError, InputError
from .numbers import endpoints, interval_precision, to_interval
from .symbolic import to_sympy, to_tree
from .trees import parse_rational

#: Largest size (bits of numerator + denominator) of a range end; larger ends give up ("unknown").
MAX_END_BITS = 4096
#: Largest integer exponent expanded exactly; largest number of tree nodes evaluated.
MAX_POWER = 64
MAX_NODES = 400
#: Polynomials factored for a sign: total degree and number of variables at most these.
MAX_FACTOR_DEGREE = 8
MAX_FACTOR_VARIABLES = 4


class _Unknown(Exception):
    """No rule gives a range."""


def _cap(q):
    if q is not None and q.numerator.bit_length() + q.denominator.bit_length() > MAX_END_BITS:
        raise _Unknown("an end grew too large")
    return q


def _rational_below(x_iv) -> Fraction:
    return endpoints(x_iv)[0]


def _rational_above(x_iv) -> Fraction:
    return endpoints(x_iv)[1]


def _box_end(bound, lower: bool):
    """A box bound as (rational, forced strict): a + b pi (b != 0) becomes a rational strictly outside it."""
    if bound is None:
        return None, False
    if isinstance(bound, Fraction):
        return bound, False
    if getattr(bound, "b", 0) == 0:
        return Fraction(bound.a), False
    with interval_precision():
        value = to_interval(bound.a) + to_interval(bound.b) * iv.pi
        return (_rational_below(value) if lower else _rational_above(value)), True


def _may_be_zero(r) -> bool:
    lo, los, hi, his = r
    return (lo is None or lo < 0 or (lo == 0 and not los)) and (hi is None or hi > 0 or (hi == 0 and not his))


def sign_of(gt0, ge0, lt0, le0) -> str:
    """The strongest sign word that the four facts (> 0, >= 0, < 0, <= 0) give."""
    if ge0 and le0:
        return "zero"
    if gt0:
        return "positive"
    if lt0:
        return "negative"
    if ge0:
        return "nonnegative"
    if le0:
        return "nonpositive"
    return "unknown"


def _sign_of_range(r) -> str:
    lo, los, hi, his = r
    gt0 = lo is not None and (lo > 0 or (lo == 0 and los))
    ge0 = lo is not None and lo >= 0
    lt0 = hi is not None and (hi < 0 or (hi == 0 and his))
    le0 = hi is not None and hi <= 0
    return sign_of(gt0, ge0, lt0, le0)


_SIGN_RANGES = {"positive": (Fraction(0), True, None, False), "nonnegative": (Fraction(0), False, None, False),
                "negative": (None, False, Fraction(0), True), "nonpositive": (None, False, Fraction(0), False),
                "zero": (Fraction(0), False, Fraction(0), False), "unknown": (None, False, None, False)}


def _sign_product(a: str, b: str) -> str:
    if "zero" in (a, b):
        return "zero"
    if "unknown" in (a, b):
        return "unknown"
    strict = a in ("positive", "negative") and b in ("positive", "negative")
    same = (a in ("positive", "nonnegative")) == (b in ("positive", "nonnegative"))
    return ("positive" if strict else "nonnegative") if same else ("negative" if strict else "nonpositive")


# ------------------------------------------------------------------------------------------- operations

def _add(r, s):
    lo = None if r[0] is None or s[0] is None else _cap(r[0] + s[0])
    hi = None if r[2] is None or s[2] is None else _cap(r[2] + s[2])
    return lo, lo is not None and (r[1] or s[1]), hi, hi is not None and (r[3] or s[3])


def _ext_mul(a, a_side: int, b, b_side: int):
    """The product of two ends (None at side -1 is -oo, at side +1 is +oo) as (value, sign of an infinite
    product or 0); raises ``_ZeroTimesInf`` for 0 * oo."""
    sa = a_side if a is None else (a > 0) - (a < 0)
    sb = b_side if b is None else (b > 0) - (b < 0)
    if a is None or b is None:
        if sa * sb == 0:
            raise _ZeroTimesInf
        return None, sa * sb
    return a * b, 0


class _ZeroTimesInf(Exception):
    pass


def _mul(r, s):
    corners = []
    try:
        for i, j in ((0, 0), (0, 2), (2, 0), (2, 2)):
            value, inf = _ext_mul(r[i], -1 if i == 0 else 1, s[j], -1 if j == 0 else 1)
            reached = inf == 0 and not r[i + 1] and not s[j + 1]
            corners.append((value, inf, reached))
    except _ZeroTimesInf:
        return _SIGN_RANGES[_sign_product(_sign_of_range(r), _sign_of_range(s))]
    zero_inside = _may_be_zero(r) or _may_be_zero(s)

    def end(pick_low: bool):
        if any(inf == (-1 if pick_low else 1) for _, inf, _ in corners):
            return None, False
        finite = [(v, reached) for v, inf, reached in corners if inf == 0]
        best = min(v for v, _ in finite) if pick_low else max(v for v, _ in finite)
        reached = any(v == best and hit for v, hit in finite) or (best == 0 and zero_inside)
        return _cap(best), not reached

    lo, los = end(True)
    hi, his = end(False)
    return lo, los, hi, his


def _neg(r):
    return r[2] if r[2] is None else -r[2], r[3], r[0] if r[0] is None else -r[0], r[1]


def _abs(r):
    s = _sign_of_range(r)
    if s in ("positive", "nonnegative", "zero"):
        return r
    if s in ("negative", "nonpositive"):
        return _neg(r)
    lo, los, hi, his = r
    if lo is None or hi is None:
        return Fraction(0), False, None, False
    top = max(-lo, hi)
    strict = all(st for end, st in ((-lo, los), (hi, his)) if end == top)
    return Fraction(0), False, top, strict


def _reciprocal(r):
    lo, los, hi, his = r
    s = _sign_of_range(r)
    if s == "positive":
        new_lo, new_los = (Fraction(0), True) if hi is None else (_cap(1 / hi), his)
        new_hi, new_his = (None, False) if lo == 0 else (_cap(1 / lo), los)
        return new_lo, new_los, new_hi, new_his
    if s == "negative":
        return _neg(_reciprocal(_neg(r)))
    raise _Unknown("1/x needs x of one strict sign")


def _int_power(r, n: int):
    if n == 0:
        return Fraction(1), False, Fraction(1), False
    if n < 0:
        return _int_power(_reciprocal(r), -n)
    if n > MAX_POWER:
        raise _Unknown("exponent too large")
    if n % 2 == 0:
        r = _abs(r)
    lo, los, hi, his = r
    return (None if lo is None else _cap(lo ** n)), los, (None if hi is None else _cap(hi ** n)), his


def _increasing(r, exact, enclose, at_low_inf, at_high_inf, need_low=None):
    """The range of an increasing function: ``exact(q)`` its rational value at q or None, ``enclose(q)`` an
    interval enclosing it, ``at_low_inf`` / ``at_high_inf`` its limits ((value, strict) or None for -oo/+oo);
    ``need_low``: (q, strict) the argument's lower end must exceed (log: 0, strictly)."""
    lo, los, hi, his = r
    if need_low is not None:
        q, strict = need_low
        if lo is None or lo < q or (lo == q and not los and strict):
            raise _Unknown("argument outside the function's domain")

    def image(end, lower: bool):
        if end is None:
            return at_low_inf if lower else at_high_inf
        if need_low is not None and end == need_low[0]:  # log(0+) = -oo
            return None
        value = exact(end)
        if value is not None:
            return value
        with interval_precision():
            enclosure = enclose(end)
        return _rational_below(enclosure) if lower else _rational_above(enclosure)

    new_lo = image(lo, True)
    new_hi = image(hi, False)
    lo_out = (None, False) if new_lo is None else (new_lo[0], new_lo[1]) if isinstance(new_lo, tuple) else (new_lo, los)
    hi_out = (None, False) if new_hi is None else (new_hi[0], new_hi[1]) if isinstance(new_hi, tuple) else (new_hi, his)
    return _cap(lo_out[0]), lo_out[1], _cap(hi_out[0]), hi_out[1]


def _exact_at_zero(value_at_zero):
    return lambda q: value_at_zero if q == 0 else None


def _iv_of(fn):
    return lambda q: fn(to_interval(q))


def _log_exact(q):
    return Fraction(0) if q == 1 else None


def _real_power(r, p: Fraction):
    if _sign_of_range(r) not in ("positive", "nonnegative", "zero"):
        raise _Unknown("a real power needs a nonnegative base")
    if p < 0:
        return _real_power(_reciprocal(r), -p)

    def exact(q):
        from .evaluate import _exact_root
        root = _exact_root(q, p.denominator)
        return None if root is None else root ** p.numerator

    return _increasing(r, exact, lambda q: iv.exp(to_interval(p) * iv.log(to_interval(q))) if q > 0 else iv.mpf(0),
                       None, None)


# ------------------------------------------------------------------------------------------ evaluation

class _Ranger:
    def __init__(self, box: dict):
        self.box = box
        self.nodes = 0

    def __call__(self, tree):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Unknown("tree too large")
        head = tree[0]
        if head == "num":
            q = parse_rational(tree[1])
            return q, False, q, False
        if head == "var":
            if tree[1] not in self.box:
                raise _Unknown("unknown variable")
            lo, los, hi, his = self.box[tree[1]]
            (lo, f_lo), (hi, f_hi) = _box_end(lo, True), _box_end(hi, False)
            return lo, lo is not None and (bool(los) or f_lo), hi, hi is not None and (bool(his) or f_hi)
        if head == "pow":
            base = self(tree[1])
            if tree[2][0] != "num":
                raise _Unknown("non-numeric exponent")
            p = parse_rational(tree[2][1])
            if p.denominator == 1:
                return _int_power(base, p.numerator)
            return _real_power(base, p)
        args = [self(a) for a in tree[1:]]
        if head == "add":
            out = args[0]
            for a in args[1:]:
                out = _add(out, a)
            return out
        if head == "mul":
            out = args[0]
            for a in args[1:]:
                out = _mul(out, a)
            return out
        if head == "abs":
            return _abs(args[0])
        if head in ("max", "min"):
            return _extreme(args, head == "max")
        if head == "relu":
            return _extreme([args[0], (Fraction(0), False, Fraction(0), False)], True)
        rule = _MONOTONE.get(head)
        if rule is None:
            raise _Unknown(f"no range rule for {head}")
        return _increasing(args[0], *rule)


def _extreme(args, largest: bool):
    """max (``largest``) or min of ranges."""
    if not largest:
        return _neg(_extreme([_neg(a) for a in args], True))
    lows = [a for a in args if a[0] is not None]
    if lows:
        lo = max(a[0] for a in lows)
        los = any(a[1] for a in lows if a[0] == lo)
    else:
        lo, los = None, False
    if any(a[2] is None for a in args):
        hi, his = None, False
    else:
        hi = max(a[2] for a in args)
        his = all(a[3] for a in args if a[2] == hi)
    return lo, lo is not None and los, hi, hi is not None and his


_ZERO_OPEN, _ONE_OPEN = (Fraction(0), True), (Fraction(1), True)
_MONOTONE = {
    "exp": (_exact_at_zero(Fraction(1)), _iv_of(iv.exp), _ZERO_OPEN, None),
    "log": (_log_exact, _iv_of(iv.log), None, None, (Fraction(0), True)),
    "sigmoid": (_exact_at_zero(Fraction(1, 2)), _iv_of(lambda x: 1 / (1 + iv.exp(-x))), _ZERO_OPEN, _ONE_OPEN),
    "softplus": (lambda q: None, _iv_of(lambda x: iv.log(1 + iv.exp(x))), _ZERO_OPEN, None),
    "tanh": (_exact_at_zero(Fraction(0)), _iv_of(lambda x: (iv.exp(2 * x) - 1) / (iv.exp(2 * x) + 1)),
             (Fraction(-1), True), _ONE_OPEN),
    "arctan": (_exact_at_zero(Fraction(0)), _iv_of(lambda x: iv.atan2(x, iv.mpf(1))), (Fraction(-2), True), (Fraction(2), True)),
    "arcsinh": (_exact_at_zero(Fraction(0)), _iv_of(lambda x: iv.log(x + iv.sqrt(x * x + 1))), None, None),
}


def tree_range(tree, box: dict):
    """The range of ``tree`` on the box (``{name: [lo, lo_strict, hi, hi_strict]}``, as ``proofs.domain_box``
    gives it), or None when no rule gives one."""
    try:
        return _Ranger(box)(tree)
    except (_Unknown, CertificateError, ValueError, ZeroDivisionError, ArithmeticError, TypeError, IndexError):
        return None


def range_sign(tree, box: dict) -> str:
    """The sign of ``tree`` on the box read off its range ("unknown" when undecided)."""
    r = tree_range(tree, box)
    return "unknown" if r is None else _sign_of_range(r)


def _poly_and_vars(expr, symbols):
    xs = [v for v in symbols if v in expr.free_symbols]
    if not xs or len(xs) > MAX_FACTOR_VARIABLES or not expr.is_polynomial(*xs):
        return None
    poly = sp.Poly(expr, *xs)
    if poly.total_degree() > MAX_FACTOR_DEGREE or not all(c.is_Rational for c in poly.coeffs()):
        return None
    return poly, xs


def _definite(M) -> str:
    """"positive" when the symmetric rational matrix M is positive definite (leading principal minors > 0,
    Sylvester), "nonnegative" when positive semidefinite (every principal minor >= 0), else "unknown"."""
    n = M.rows
    if all(M[:k, :k].det() > 0 for k in range(1, n + 1)):
        return "positive"
    import itertools
    for size in range(1, n + 1):
        for rows in itertools.combinations(range(n), size):
            if M.extract(list(rows), list(rows)).det() < 0:
                return "unknown"
    return "nonnegative"


def quadratic_sign(expr, symbols, box: dict) -> str:
    """The sign of a polynomial of degree <= 2 with rational coefficients from its symmetric matrix: with
    P(x) = [x; 1]^T M [x; 1], M positive (semi)definite gives P > 0 (>= 0) everywhere ([x; 1] != 0); for a form
    (no linear or constant terms) P = x^T Q x with Q positive definite, P > 0 wherever x != 0, which holds on the
    box when one of its variables has a strict sign there. Negative likewise for -P. "unknown" otherwise."""
    found = _poly_and_vars(expr, symbols)
    if found is None or found[0].total_degree() != 2:
        return "unknown"
    poly, xs = found
    n = len(xs)
    M = sp.zeros(n + 1, n + 1)
    for monomial, c in poly.terms():
        idx = [i for i, e in enumerate(monomial) for _ in range(e)]
        if len(idx) == 2:
            i, j = idx
            if i == j:
                M[i, i] += c
            else:
                M[i, j] += c / 2
                M[j, i] += c / 2
        elif len(idx) == 1:
            M[idx[0], n] += c / 2
            M[n, idx[0]] += c / 2
        else:
            M[n, n] += c
    form = all(M[i, n] == 0 for i in range(n + 1))
    nonzero = any(_sign_of_range(tree_range(["var", v.name], box) or (None, False, None, False))
                  in ("positive", "negative") for v in xs)
    for sign, mat in (("positive", M), ("negative", -M)):
        found = _definite(mat[:n, :n] if form else mat)
        if found == "positive" and (not form or nonzero):
            return sign
        if found in ("positive", "nonnegative"):
            return "nonnegative" if sign == "positive" else "nonpositive"
    return "unknown"


def univariate_sign(expr, box: dict) -> str:
    """The sign of a polynomial p in one variable x with rational coefficients on x's interval in the box, decided
    exactly: SymPy's ``count_roots`` (Sturm sequences, exact) counts the roots in the closed interval [lo, hi]
    (or an unbounded one); those exactly at an end (p(end) = 0, evaluated exactly) are set aside. With no root
    inside, p has one sign on the open interval, read at a rational point inside; an end where p = 0 that the
    interval includes makes that sign weak (>= 0). "unknown" when a root lies inside."""
    xs = list(expr.free_symbols)
    if len(xs) != 1 or xs[0].name not in box or not expr.is_polynomial(xs[0]):
        return "unknown"
    v = xs[0]
    poly = sp.Poly(expr, v)
    if poly.degree() > MAX_FACTOR_DEGREE or not all(c.is_Rational for c in poly.all_coeffs()):
        return "unknown"
    lo, los, hi, his = box[v.name]
    if any(e is not None and not isinstance(e, Fraction) for e in (lo, hi)):
        return "unknown"
    q = {e: sp.Rational(e.numerator, e.denominator) for e in (lo, hi) if e is not None}
    roots = poly.count_roots(None if lo is None else q[lo], None if hi is None else q[hi])
    weak = False
    for end, strict in ((lo, los), (hi, his)):
        if end is not None and poly(q[end]) == 0:
            roots -= 1
            weak = weak or not strict
    if roots != 0 or (lo is not None and hi is not None and lo >= hi):
        return "unknown"
    inside = (lo + hi) / 2 if lo is not None and hi is not None else (lo + 1 if lo is not None else
                                                                       hi - 1 if hi is not None else Fraction(0))
    value = poly(sp.Rational(inside.numerator, inside.denominator))
    if value == 0:
        return "unknown"
    if value > 0:
        return "nonnegative" if weak else "positive"
    return "nonpositive" if weak else "negative"


def _whole_sign(part, symbols: dict, box: dict, extra_sign) -> str:
    """The sign of one factor as it stands: its range, its quadratic form, or ``extra_sign``."""
    try:
        ptree = to_tree(part)
    except (InputError, CertificateError):
        return "unknown"
    found = range_sign(ptree, box)
    xs = list(symbols.values())
    if found not in ("positive", "negative", "zero") and part.is_polynomial(*xs):
        q = quadratic_sign(sp.expand(part), xs, box)
        if q == "unknown" and len(part.free_symbols) == 1:
            q = univariate_sign(sp.expand(part), box)
        found = q if q != "unknown" else found
    if found not in ("positive", "negative", "zero") and extra_sign is not None:
        alt = extra_sign(ptree)
        found = alt if alt != "unknown" else found
    return found


def _power_sign(s: str, k) -> str:
    """The sign of b^k from the sign s of b: an integer k (negative k needs b != 0), or a rational non-integer k
    (a real power needs b > 0, or b >= 0 for k > 0)."""
    if k == 1:
        return s
    if k.is_Integer:
        if k < 0 and s not in ("positive", "negative"):
            return "unknown"
        if k % 2 == 0:
            return {"positive": "positive", "negative": "positive", "zero": "zero"}.get(s, "nonnegative")
        return s
    if s == "positive":
        return "positive"
    if s in ("nonnegative", "zero") and k > 0:
        return "nonnegative" if s == "nonnegative" else "zero"
    return "unknown"


def _integer_power(arg, side: int, xs) -> bool:
    """Is ``arg`` a polynomial base to a positive (``side`` 1) or negative (-1) integer power?"""
    base, k = arg.as_base_exp() if isinstance(arg, sp.Pow) else (arg, sp.Integer(1))
    return k.is_Integer and k * side > 0 and base.is_polynomial(*xs)


def _product_sign(expr, symbols: dict, box: dict, extra_sign, depth: int = 0) -> str:
    """The sign of a product c * b_1^k_1 * ... (SymPy's ``Mul``/``Pow`` structure of an expression equal to the
    tree): each base by its whole sign (``_whole_sign``), else, for a polynomial, by its exact irreducible factors
    over Q (``factor_list``: an identity), else, for a sum that SymPy's ``factor`` rewrites as a product, by
    that product's factors."""
    out = "positive"
    args = list(sp.Mul.make_args(expr))
    xs = list(symbols.values())
    for side in (1, -1):  # polynomial factors of the numerator (denominator) first multiplied out, as one base
        group = [a for a in args if not a.is_number and _integer_power(a, side, xs)]
        if len(group) > 1:
            joined = sp.expand(sp.Mul(*[a ** side for a in group]))
            s = _whole_sign(joined, symbols, box, extra_sign)
            if s in ("positive", "negative") or (s == "zero" and side == 1):
                args = [a for a in args if not any(a is g for g in group)]
                out = _sign_product(out, s)
    for arg in args:
        base, k = arg.as_base_exp() if isinstance(arg, sp.Pow) else (arg, sp.Integer(1))
        if not k.is_Rational:
            return "unknown"
        if base.is_number:
            if not base.is_Rational:
                return "unknown"
            s = "positive" if base > 0 else "negative" if base < 0 else "zero"
        else:
            s = _whole_sign(base, symbols, box, extra_sign)
            if s not in ("positive", "negative", "zero") and depth < 3:
                xs = [v for v in symbols.values() if v in base.free_symbols]
                if _poly_and_vars(sp.expand(base), list(symbols.values())) is not None:
                    coeff, factors = sp.factor_list(sp.expand(base), *xs)
                    if len(factors) > 1 or (factors and factors[0][1] > 1):
                        inner = sp.Mul(coeff, *[sp.Pow(f, e, evaluate=False) for f, e in factors], evaluate=False)
                        s = _product_sign(inner, symbols, box, extra_sign, depth + 1)
                elif isinstance(base, sp.Add):
                    factored = sp.factor(base)
                    if factored != base and isinstance(factored, (sp.Mul, sp.Pow)):
                        s = _product_sign(factored, symbols, box, extra_sign, depth + 1)
        s = _power_sign(s, k)
        if s == "unknown":
            return "unknown"
        out = _sign_product(out, s)
    return out


def factored_sign(tree, box: dict, extra_sign=None) -> str:
    """The sign of an expression on the box (where the tree is defined) from its factors: written over one
    denominator (``together``; cancelling a common factor keeps the value wherever the tree is defined) and
    taken as a product of powers, each base's sign from its range, its quadratic form (``quadratic_sign``) or
    ``extra_sign(base tree)`` (a domain constraint), or from its exact factorization over Q when the whole base
    leaves it open (x - x^2 = -x (x - 1) on 0 < x < 1). A power's sign follows from its base's (a negative or
    non-integer exponent needs a strict or a positive base). "unknown" when a factor's sign is open."""
    names = sorted(box)
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    try:
        expr = to_sympy(tree, dict(symbols))
        found = _product_sign(sp.together(expr), symbols, box, extra_sign)
        if found in ("positive", "negative", "zero"):
            return found
        alt = _product_sign(sp.factor(sp.cancel(sp.together(expr))), symbols, box, extra_sign)
        return alt if alt != "unknown" else found
    except (CertificateError, InputError, sp.PolynomialError, ValueError, TypeError, ZeroDivisionError):
        return "unknown"


def domain_sign(tree, box: dict, extra_sign=None) -> str:
    """The sign of ``tree`` on the box: its range, or, when the range leaves it open, its factorization."""
    s = range_sign(tree, box)
    if s in ("positive", "negative", "zero"):
        return s
    f = factored_sign(tree, box, extra_sign)
    if f in ("positive", "negative", "zero") or s == "unknown":
        return f if f != "unknown" else s
    return s


__all__ = ["domain_sign", "factored_sign", "quadratic_sign", "range_sign", "tree_range", "univariate_sign"]
