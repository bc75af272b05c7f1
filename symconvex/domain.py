r"""Domains: convex sets given as conjunctions of inequalities, and the natural domain of an expression.

A ``Domain`` is {x : g_k(x) > 0 or g_k(x) >= 0 for every k}, each constraint stored as its SymPy relational
and normalized to ``g > 0`` / ``g >= 0``. symconvex answers questions about convexity *on* a domain only
when the domain is convex:

- affine constraints (half-spaces, boxes, orthants) always give a convex set;
- ``g(x) <= c`` with g proved convex (``g >= c`` with g concave) is a convex sublevel set;
- otherwise, two points of the set whose midpoint is not in it show it is not convex (``DomainError``);
  if neither can be shown, ``DomainError`` says convexity of the domain could not be established.

The *natural domain* of an expression is where it is real-valued and finite: log arguments > 0, real
powers' bases >= 0 (> 0 for negative exponents), denominators != 0, tan a where cos a != 0, arcsin a and
arccos a where -1 <= a <= 1, arccosh a where a >= 1, artanh a where -1 < a < 1; Gamma(a) and psi(a) are finite for
every real a except 0, -1, -2, ..., a set that is not convex, so an argument not known positive is refused (the
checker takes them on a > 0 only). Conditions that always hold (e.g. 1 + e^x > 0, 1 - sigmoid(z) > 0: SymPy's sign
or the checker's rigorous range on R^n) are dropped; a ``!= 0`` condition that remains makes the natural domain
non-convex.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from fractions import Fraction

import sympy as sp

from .certificates import constraint_to_tree, exact
from .errors import CertificateError, DomainError, InputError

#: The most candidate pairs tested for a witness of non-convexity.
_MAX_WITNESS_PAIRS = 20000

_STRICT = {sp.StrictGreaterThan: True, sp.GreaterThan: False, sp.StrictLessThan: True, sp.LessThan: False}


@dataclass
class Domain:
    """A conjunction of inequalities over ``variables``; ``g_k > 0`` (strict) or ``g_k >= 0``."""

    variables: tuple
    constraints: list = field(default_factory=list)  # SymPy relationals, as given

    @classmethod
    def build(cls, variables, constraints=None) -> "Domain":
        """From SymPy relationals (or a single one, or ``And``/``True``); ``InputError`` on anything else."""
        items = []
        todo = [] if constraints is None else (list(constraints) if isinstance(constraints, (list, tuple, set))
                                              else [constraints])
        while todo:
            c = todo.pop(0)
            if c is True or c is sp.true:
                continue
            if isinstance(c, sp.And):
                todo.extend(c.args)
                continue
            if c is False or c is sp.false:
                raise DomainError("the domain is empty (a constraint is always false)")
            if type(c) not in _STRICT:
                raise InputError(f"a domain constraint must be an inequality (<, <=, >, >=), not {c}")
            c = type(c)(exact(c.lhs), exact(c.rhs), evaluate=False)
            extra = c.free_symbols - set(variables)
            if extra:
                raise InputError(f"domain constraint {_show_relation(c)} uses {', '.join(sorted(map(str, extra)))}, "
                                 "which are not variables of the function")
            items.append(c)
        return cls(tuple(variables), items)

    # -- normalized form
    @staticmethod
    def normalized(c) -> tuple[sp.Expr, bool]:
        """``(g, strict)`` with the constraint equivalent to g > 0 (strict) or g >= 0."""
        if isinstance(c, (sp.StrictGreaterThan, sp.GreaterThan)):
            return sp.expand(c.lhs - c.rhs), _STRICT[type(c)]
        return sp.expand(c.rhs - c.lhs), _STRICT[type(c)]

    def parts(self) -> list[tuple[sp.Expr, bool]]:
        return [self.normalized(c) for c in self.constraints]

    def to_trees(self) -> tuple:
        return tuple(constraint_to_tree(c) for c in self.constraints)

    def is_affine(self) -> bool:
        return all(sp.Poly(g, *self.variables).total_degree() <= 1 if g.is_polynomial(*self.variables) else False
                   for g, _ in self.parts())

    def __bool__(self) -> bool:
        return bool(self.constraints)

    # -- membership (exact)
    def contains(self, point, *, strict: bool = False) -> bool:
        """Whether a rational point satisfies every constraint (strictly, when ``strict``), exactly.
        Returns False when a constraint cannot be evaluated exactly."""
        subs = dict(zip(self.variables, [sp.Rational(v.numerator, v.denominator) if isinstance(v, Fraction)
                                         else sp.Rational(v) for v in point]))
        for g, s in self.parts():
            value = g.xreplace(subs)
            if not value.is_Rational:
                sign = _number_sign(value)
                if sign is None or sign < 0 or (sign == 0 and (s or strict)):
                    return False
                continue
            if value < 0 or (value == 0 and (s or strict)):
                return False
        return True

    # -- bounds per variable, for sign reasoning
    def bounds(self) -> dict:
        """{symbol: (lower, lower_strict, upper, upper_strict)} from single-variable affine constraints
        (a x + c > 0 or >= 0); None where there is no bound."""
        out = {v: [None, False, None, False] for v in self.variables}
        for g, strict in self.parts():
            syms = g.free_symbols
            if len(syms) != 1:
                continue
            (v,) = syms
            if not g.is_polynomial(v) or sp.degree(g, v) != 1:
                continue
            a, c = sp.Poly(g, v).all_coeffs()
            edge = -c / a
            if a > 0:  # v > edge
                lo = out[v]
                if lo[0] is None or edge > lo[0] or (edge == lo[0] and strict):
                    lo[0], lo[1] = edge, strict
            else:
                hi = out[v]
                if hi[2] is None or edge < hi[2] or (edge == hi[2] and strict):
                    hi[2], hi[3] = edge, strict
        return {v: tuple(b) for v, b in out.items()}

    def symbols(self) -> dict[str, sp.Symbol]:
        """Symbols carrying the sign assumptions the domain's bounds imply (positive, nonnegative, ...)."""
        out = {}
        for v, (lo, lo_strict, hi, hi_strict) in self.bounds().items():
            assumptions = {"real": True}
            if lo is not None and (lo > 0 or (lo == 0 and lo_strict)):
                assumptions["positive"] = True
            elif lo is not None and lo == 0:
                assumptions["nonnegative"] = True
            elif hi is not None and (hi < 0 or (hi == 0 and hi_strict)):
                assumptions["negative"] = True
            elif hi is not None and hi == 0:
                assumptions["nonpositive"] = True
            out[v.name] = sp.Symbol(v.name, **assumptions)
        return out

    # -- convexity of the set
    def require_convex(self, is_convex_function=None, shown_jointly=None) -> None:
        """Raise ``DomainError`` unless every constraint set is shown convex.

        ``is_convex_function(g)`` (optional) returns "convex"/"concave"/None for a nonlinear g; a constraint
        g >= 0 with g concave (a superlevel set) is convex. ``shown_jointly()`` (optional), asked once when a
        constraint is not shown convex alone, returns True when the whole domain is shown convex otherwise
        (a checked domain certificate); only then is no witness of non-convexity looked for."""
        for c, (g, strict) in zip(self.constraints, self.parts()):
            if g.is_polynomial(*self.variables) and sp.Poly(g, *self.variables).total_degree() <= 1:
                continue
            if is_convex_function is not None and is_convex_function(g) in ("concave", "affine"):
                continue
            if shown_jointly is not None and shown_jointly():
                return
            witness = self._nonconvex_witness(g, strict)
            if witness is not None:
                a, b = witness
                raise DomainError(f"the domain is not convex: {_show(a)} and {_show(b)} satisfy "
                                  f"{_show_relation(c)} but their midpoint does not")
            raise DomainError(f"cannot show that the domain {_show_relation(c)} is a convex set; "
                              "give it as linear inequalities")

    def _nonconvex_witness(self, g, strict):
        """Two small rational points of the whole domain (every constraint holds) whose midpoint violates g > 0
        (>= 0): then the domain is not convex. Only the two points' membership and the midpoint's violation are
        evaluated (exactly); None when the grid holds no such pair."""
        grid = [sp.Rational(k, 2) for k in range(-8, 9)]
        n = len(self.variables)
        if n > 3:
            return None
        parts = self.parts()
        candidates = sorted((pt for pt in itertools.product(grid, repeat=n)
                             if all(_holds(h, st, self.variables, pt) for h, st in parts)),
                            key=lambda pt: max(abs(v) for v in pt))
        for k, (a, b) in enumerate(itertools.combinations(candidates, 2)):
            if k >= _MAX_WITNESS_PAIRS:
                return None
            m = [(x + y) / 2 for x, y in zip(a, b)]
            if not _holds(g, strict, self.variables, m):
                return a, b
        return None

    def interior_point(self):
        """A rational point satisfying every constraint strictly (small grid search, then points placed by the
        single-variable bounds: the middle of [1, 2] or [-4, -3], which no grid value lies strictly inside), or
        None. Each candidate is tested against every constraint exactly."""
        grid = [sp.Integer(0), sp.Integer(1), sp.Rational(1, 2), sp.Integer(-1), sp.Integer(2), sp.Integer(-2),
                sp.Rational(-1, 2), sp.Integer(3), sp.Integer(10), sp.Integer(-10)]
        n = len(self.variables)
        if n > 4:
            grid = grid[:4]
        parts = self.parts()
        for pt in itertools.chain(itertools.product(grid, repeat=n), self._bounded_candidates()):
            if all(_holds(g, True, self.variables, pt) for g, _ in parts):
                return tuple(pt)
        return None

    def _bounded_candidates(self):
        """Points whose coordinates sit strictly inside each variable's bounds (``bounds``): the middle of a
        bounded interval (and its quarter points), an end of a half-line plus 1 or 1/2 (minus, for an upper end);
        irrational ends (pi) are first replaced by nearby rationals. Candidates only: the caller tests them."""
        per, bounds = [], self.bounds()
        for v in self.variables:
            lo, _, hi, _ = bounds.get(v, (None, False, None, False))
            lo, hi = _near_rational(lo), _near_rational(hi)
            if lo is not None and hi is not None:
                values = [lo + (hi - lo) * sp.Rational(k, 4) for k in (2, 1, 3)]
            elif lo is not None:
                values = [lo + 1, lo + sp.Rational(1, 2)]
            elif hi is not None:
                values = [hi - 1, hi - sp.Rational(1, 2)]
            else:
                values = [sp.Integer(0), sp.Integer(1)]
            per.append(values)
        return itertools.islice(itertools.product(*per), 243)


def _number_sign(value) -> int | None:
    """The sign of a constant expression (pi/2 - 1), from a rigorous enclosure (``evaluation``: exact, or a
    python-flint ball that excludes 0); None when undecided or not a number it reads."""
    from .certificates import to_tree
    from .evaluation import Undefined, sign, value_at

    if not value.is_number:
        return None
    try:
        return sign(value_at(to_tree(value), (), []))
    except (InputError, CertificateError, Undefined):
        return None


def _near_rational(bound):
    """A bound as a rational near it (itself when rational; pi/2 -> 1.5708): it only places candidate points."""
    if bound is None or bound.is_Rational:
        return bound
    try:
        return sp.Rational(Fraction(str(sp.N(bound, 15))).limit_denominator(10 ** 6))
    except (TypeError, ValueError):
        return None


def _holds(g, strict, variables, point) -> bool:
    value = g.xreplace(dict(zip(variables, point)))
    if not value.is_number or value.has(sp.zoo, sp.nan, sp.oo, -sp.oo) or not value.is_real:
        return False
    return bool(value > 0) if strict else bool(value >= 0)


def _show_relation(c) -> str:
    """A constraint as the answer prints it (``x² > 0``, not SymPy's ``x**2 > 0``)."""
    from .pretty import pretty

    return pretty(c) if isinstance(c, sp.Basic) else str(c)


def _show(point) -> str:
    return "(" + ", ".join(str(v) for v in point) + ")" if len(point) != 1 else str(point[0])


def natural_conditions(expr) -> list[tuple[sp.Expr, str]]:
    """Where ``expr`` is real and finite: a list of (g, rel) with rel in ``>0``, ``>=0``, ``!=0``."""
    out = []
    for node in sp.preorder_traversal(expr):
        if isinstance(node, sp.log):
            out.append((node.args[0], ">0"))
        elif isinstance(node, sp.Pow):
            base, e = node.args
            if not e.is_Number:
                out.append((base, ">0"))
            elif e.is_Integer and e < 0:
                out.append((base, "!=0"))
            elif not e.is_Integer and e < 0:
                out.append((base, ">0"))
            elif not e.is_Integer:
                out.append((base, ">=0"))
        elif isinstance(node, sp.tan):
            out.append((sp.cos(node.args[0]), "!=0"))
        elif isinstance(node, (sp.asin, sp.acos)):
            out += [(node.args[0] + 1, ">=0"), (1 - node.args[0], ">=0")]
        elif isinstance(node, sp.acosh):
            out.append((node.args[0] - 1, ">=0"))
        elif isinstance(node, sp.atanh):
            out += [(node.args[0] + 1, ">0"), (1 - node.args[0], ">0")]
        elif isinstance(node, sp.gamma) or isinstance(node, sp.polygamma) and node.args[0] == 0:
            out.append((node.args[-1], "gamma"))
    return out


def holds_everywhere(g, rel: str) -> bool:
    """Whether the condition g > 0 (``>0``), g >= 0 (``>=0``) or g != 0 (``!=0``) holds at every real point, by the
    checker's rigorous range bounds (1 - σ(z) > 0); False when the bounds cannot show it."""
    from .certificates import to_tree
    from .check.signs import range_sign

    try:
        sign = range_sign(to_tree(g), {v.name: [None, False, None, False] for v in g.free_symbols})
    except Exception:  # noqa: BLE001 - an expression the bounds cannot read: not shown
        return False
    return sign == "positive" or rel == "!=0" and sign == "negative"


def _positive_by_sign_rules(g) -> bool:
    """g > 0 at every real point, by the checker's sign rules (erfc > 0, products and sums of positive terms, ...);
    SymPy does not know that erfc(a) > 0."""
    from .certificates import to_tree
    from .check.signs import tree_sign

    if not g.has(sp.erfc):
        return False
    try:
        box = {s.name: [None, False, None, False] for s in g.free_symbols}
        return tree_sign(to_tree(g), box, interior=False) == "positive"
    except (InputError, CertificateError):
        return False


def natural_domain(expr, variables) -> Domain:
    """The natural domain of ``expr`` as a ``Domain``; ``DomainError`` when it is not convex (a denominator
    that can vanish, or a condition that is not a convex set)."""
    constraints = []
    for g, rel in natural_conditions(expr):
        if rel == ">0" and (g.is_positive or (sp.simplify(g).is_positive) or _positive_everywhere(g, variables)
                            or _positive_by_sign_rules(g)):
            continue
        if rel == ">=0" and (g.is_nonnegative or _even_powers(g, variables)):
            continue
        if rel == "gamma":  # finite on R minus {0, -1, -2, ...}: convex only where the argument stays > 0
            if g.is_positive or sp.simplify(g).is_positive:
                continue
            raise DomainError(f"Gamma and psi are finite at every real {g} except 0, -1, -2, ..., so the natural "
                              "domain is not convex; give a domain such as " + _suggest(g))
        if rel == "!=0":
            if g.is_positive or g.is_negative or sp.simplify(g).is_positive:
                continue
            raise DomainError(f"the function is undefined where {g} = 0, so its natural domain is not convex; "
                              "give a domain such as " + _suggest(g))
        g = simplified_condition(_root_base(g), variables)
        constraints.append(g > 0 if rel == ">0" else g >= 0)
    domain = Domain.build(variables, constraints)
    return domain


def _positive_everywhere(g, variables) -> bool:
    """Whether g > 0 at every real point, by the checker's rigorous range of g on R^n (``check.signs.range_sign``:
    1 - sigmoid(z) > 0 because sigmoid < 1); False when that is not shown."""
    from .certificates import to_tree
    from .check.signs import range_sign

    try:
        return range_sign(to_tree(g), {v.name: [None, False, None, False] for v in variables}) == "positive"
    except (InputError, CertificateError, ValueError, TypeError):
        return False


def _even_powers(g, variables) -> bool:
    """Whether the polynomial g is c f_1^(2 k_1) ... f_m^(2 k_m) with c > 0 over Q, so g >= 0 at every real point
    (sqrt(x^2 + 2x + 1) = |x + 1| is defined on all of R)."""
    c, factors = _factored(g, variables) or (None, None)
    return bool(c is not None and c.is_Rational and c > 0 and factors and all(k % 2 == 0 for _, k in factors))


def _factored(g, variables):
    """(c, [(f_i, k_i)]) with g = c f_1^k_1 ... f_m^k_m over Q when g is a polynomial in the variables it uses,
    else None."""
    xs = [v for v in variables if v in g.free_symbols]
    if not xs or not g.is_polynomial(*xs):
        return None
    try:
        return sp.factor_list(sp.expand(g), *xs)
    except sp.PolynomialError:
        return None


def _root_base(g):
    """b for g = c b^e with c > 0 a number (sqrt(3x) is sqrt(3) sqrt(x)) and e > 0 rational, not an integer: there b^e is real only where
    b >= 0 (a condition ``natural_conditions`` also lists), and b^e > 0 exactly where b > 0, b^e >= 0 where b >= 0,
    so {g > 0} = {b > 0} and {g >= 0} = {b >= 0} (log(sqrt(x)) is read on x > 0). Otherwise g itself."""
    def split(h):
        return h.as_independent(*h.free_symbols, as_Add=False) if h.free_symbols else (h, sp.Integer(1))

    c, rest = split(g)
    while c.is_positive and isinstance(rest, sp.Pow) and rest.exp.is_Rational and rest.exp > 0 \
            and not rest.exp.is_Integer:
        g = rest.base
        c, rest = split(g)
    return g


def simplified_condition(g, variables):
    """An h with {g > 0} = {h > 0} and {g >= 0} = {h >= 0}, read off the exact factorization of a polynomial g
    over Q, g = c f_1^k_1 ... f_m^k_m: a factor of one strict sign everywhere (its range on R^n or its definite
    quadratic form, decided by the checker's rigorous ``bounds``) only fixes the sign, and an odd power f^k has
    the sign of f; when exactly one factor remains, with an odd power, h = +-f (log(x^5) is defined where x > 0,
    sqrt((x^2 + 1) x) where x >= 0). Otherwise g itself (x^2 y > 0 is not a convex set, and stays refused)."""
    from .certificates import to_tree
    from .check.signs import quadratic_sign, range_sign

    factored = _factored(g, variables)
    if factored is None:
        return g
    c, factors = factored
    xs = [v for v in variables if v in g.free_symbols]
    if not c.is_Rational or c == 0:
        return g
    sign = 1 if c > 0 else -1
    left = []
    free = {v.name: [None, False, None, False] for v in variables}
    for f, k in factors:
        fixed = range_sign(to_tree(f), free)
        if fixed not in ("positive", "negative"):
            fixed = quadratic_sign(f, list(variables), free) if sp.Poly(f, *xs).total_degree() == 2 else "unknown"
        if fixed in ("positive", "negative"):
            sign *= -1 if fixed == "negative" and k % 2 else 1
            continue
        left.append((f, k))
    if len(left) != 1 or left[0][1] % 2 == 0:
        return g
    h = sign * left[0][0]
    return sp.expand(h) if h != g else g


def _suggest(g) -> str:
    if isinstance(g, sp.cos):  # tan a: one branch between two poles
        return f"'-pi/2 < {g.args[0]} < pi/2'"
    return f"'{g} > 0'"


#: The coordinates ``undefined_point`` tries (a small grid: an explanation, never a verdict).
_PROBES = (Fraction(0), Fraction(-1), Fraction(1), Fraction(-1, 2), Fraction(1, 2), Fraction(-2), Fraction(2))


def undefined_point(expr, variables, domain: "Domain | None") -> str:
    """A sentence naming a rational point of ``domain`` where ``expr`` is not real and finite (a condition of
    ``natural_conditions`` fails there, decided on exact rational values), or "" when no such point of a small grid
    is found (one or two variables only). It explains an undecided answer: a curvature proof is about every point
    of the set, and at this one the function has no value.

    >>> from sympy.abc import x
    >>> undefined_point(sp.log(x), (x,), Domain.build((x,), [x > -1]))
    'the function is undefined at x = 0, a point of the domain (it needs x > 0): state a domain where it is defined'
    >>> undefined_point(sp.log(x), (x,), Domain.build((x,), [x > 0]))
    ''
    """
    variables = tuple(variables)
    if not 1 <= len(variables) <= 2:
        return ""
    conditions = [(g, rel) for g, rel in natural_conditions(expr) if rel in (">0", ">=0", "!=0")]
    constraints = list(domain.constraints) if domain else []
    for coords in itertools.product(_PROBES, repeat=len(variables)):
        point = {v: sp.Rational(c.numerator, c.denominator) for v, c in zip(variables, coords)}
        if not all(c.xreplace(point) is sp.true for c in constraints):
            continue
        for g, rel in conditions:
            value = sp.sympify(g).xreplace(point)
            if value.is_Rational and not (value > 0 if rel == ">0" else value >= 0 if rel == ">=0" else value != 0):
                from .pretty import pretty

                where = ", ".join(f"{pretty(v)} = {point[v]}" for v in variables)
                need = pretty(g) + {">0": " > 0", ">=0": " ≥ 0", "!=0": " ≠ 0"}[rel]
                return (f"the function is undefined at {where}, a point of the domain (it needs {need}): state a "
                        "domain where it is defined")
    return ""
