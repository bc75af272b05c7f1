r"""Checking proofs of convexity: rules derivations and Hessian decompositions.

Independent of the search code: this module imports the certificate schema, the error class, the atom-fact
table (``symconvex.atoms``, trusted data), the checker's own evaluator, SymPy and mpmath, and never
``rules``/``decompose``/``search``. It follows the certificate's hints and never searches.

**The box.** Both kinds reason about signs from the single-variable affine constraints of the domain
(``a x + c > 0`` or ``>= 0``, a rational, c rational or a + b pi: ``check/ranges.py``): per variable the
tightest lower/upper bound, with strictness. Other constraints are not used (the proof then holds on the box,
which contains the domain). The certificate states the box it relies on (``derivation["box"]``, each
``pivot_signs[k]["box"]``) as ``{name: [lower, lower_strict, upper, upper_strict]}`` (bounds ``"p/q"``, or
``["a", "b"]`` for a + b pi, or null; only bounded variables), and it must equal the box computed here from
``domain``. Bounds with pi are compared exactly (``ranges.PiRational``), never rounded: rounding pi/2 outward
would let tan x on [0, pi/2) reach its pole, rounding inward would prove a fact on a smaller set.

**Arguments with a range.** Rows of the atom table with a ``span`` (sin, cos, tan, arcsin, arccos) apply to an
affine argument whose exact range on the box (``ranges.affine_range``) lies in the span plus a whole number of
periods (``ranges.in_span``); the sign rule ``range`` reads the sign off ``atoms.SIGN_SPANS`` the same way.

**Rules** (``RulesCertificate``). ``derivation`` is a tree of nodes
``{"expr": tree, "rule": name, "curvature": c, "sign": s, "children": [nodes]}``. Accepted when:

- the root's ``expr`` is the certificate's function and ``proves`` is the root's curvature;
- every node's ``expr`` equals its rule's head applied to its children's ``expr`` (up to the order and
  nesting of sums and products, which are associative and commutative);
- every node's ``curvature`` and ``sign`` are what the rule gives from the children's, with the atom facts of
  ``symconvex.atoms`` and the composition rule: f(g_1, ..., g_k) is convex when f is convex (or affine) and
  each g_i is affine, or convex with f nondecreasing in argument i, or concave with f nonincreasing; dually
  concave; affine when f is affine and every g_i is;
- every atom's argument has the sign its domain needs (log: > 0, sqrt: >= 0, 1/x: > 0, ...), so the function
  is defined on the box; a node with the hint ``"sign_by": "ranges"`` has the rule's sign strengthened by
  ``strengthen_sign`` (ranges with open ends, exact factors, joint constraints: ``check/bounds.py``), re-derived
  here (1 - x^2 > 0 on -1 < x < 1, x - x^2 > 0 on 0 < x < 1); leaves: ``constant`` (no variable; evaluated exactly or with intervals, or, when it
  contains one of the certificate's ``parameters``, of unknown sign) and ``variable`` (its sign from the box).
  A derivation whose constants hold parameters never uses their sign, so it holds for every real value of them.
- rule families with a module of their own: ``norm_p`` (a p-norm written out, ``check/norms.py`` reads its terms);
  ``perspective`` (t g(A/t) with an inner derivation of g in its own variables, ``check/perspective.py``);
  ``rewrite`` (E is the same function as the child's expression on the domain, ``check/rewrite.py``); the rows
  ``pow_param_*`` (a^p with a parameter p whose bounds in the domain meet the row's condition,
  ``atoms.param_exponent_ok``).

**Hessian** (``HessianCertificate``). Accepted when the box has a nonempty interior; the function uses only
smooth operations (+, *, rational powers, exp, log, sigmoid, softplus, tanh, pi, sin, cos, tan, sinh,
cosh, arctan, arcsinh, arcsin, arccos, arccosh, artanh) each defined on the box (tan, arcsin, arccos, arccosh,
artanh: an affine argument whose exact range lies in their domain, open where the derivatives blow up), with
every non-integer power's base > 0 on the open interior (so f is continuous on the box and C^2 inside);
``hessian`` simplifies to the true Hessian H; ``L`` is unit lower triangular; L diag(D) L^T - (+-H)
simplifies to 0 (+ for convex, - for concave); every entry of H, L, D is defined on the interior; and each
pivot D_k is >= 0 on the interior by sign rules, or by interval evaluation on the box where the rules leave a
sum's sign open (``interval_sign``; its ``pivot_signs[k]["sign"]`` states the sign found).
Then +-H is positive semidefinite on the interior, f is convex (concave) there, and by continuity on the box.

*Joint constraints.* When every ``pivot_signs`` entry carries ``"sign_by": "ranges"``, the proof is about the
domain itself, which must be open (strict inequalities) or a box (bounds only, open or closed: f is then also
checked continuous on the closed box, as above, and in one variable ``nonzero_at`` may show strictness): every sign (of a log's argument, a power's base, a
pivot) is the sign rules' on the open box, strengthened by ``strengthen_sign`` (ranges with open ends, exact
factors, and the domain's polynomial constraints, ``domain_form_sign``), so it holds at every point of the
domain. Then f is C^2 on the open domain and +-H is positive semidefinite (definite) there: f is convex
(strictly) along every segment inside the domain, i.e. on the domain, which the analysis has shown convex with
a checked domain certificate (``check/domains.py``).
With ``parameters`` (constants, bounded by the domain like variables), the same holds for each parameter value
in the open box, and, f being continuous on the closed box, for the boundary values too (a pointwise limit of
convex functions is convex); a strict proof with parameters needs strict conditions only.
"""

from __future__ import annotations

import json
from fractions import Fraction
from functools import reduce

import sympy as sp

from ..atoms import (ATOMS, OPEN_UNIT_INTERVAL, PARAM_POWER_ROWS, PLAIN_HEADS, ROW_HEADS, SIGN_SPANS, TAN_DOMAIN,
                     UNIT_INTERVAL, Span, exponent_rows, geo_mean_exponents_ok, leaky_slope_ok, param_exponent_ok)
from ..errors import CertificateError
from mpmath import iv

from .bounds import domain_sign, sign_of
from .rewrite import is_zero as _is_zero
from .evaluate import evaluate, value_at
from .norms import norm_p_template
from .numbers import Jet, interval_precision, matches_stated, show, to_interval
from .numbers import sign as number_sign
from .ranges import PiRational, affine_range, in_span, q_pi, span_sign
from .symbolic import constraint_to_sympy, to_sympy, to_tree
from .trees import check_tree, parse_rational, rational_to_str, tree_variables

CURVATURES = ("affine", "convex", "concave")
SIGNS = ("positive", "nonnegative", "zero", "nonpositive", "negative", "unknown")


def _short(obj) -> str:
    text = json.dumps(obj) if not isinstance(obj, str) else obj
    return text if len(text) <= 70 else text[:67] + "..."


# ------------------------------------------------------------------------------------ sign algebra
# The checker's own small algebra on sign strings (independent of the enums' methods in atoms.py).

def _ge0(s):
    return s in ("positive", "nonnegative", "zero")


def _le0(s):
    return s in ("negative", "nonpositive", "zero")


def sign_add(a: str, b: str) -> str:
    if a == "zero":
        return b
    if b == "zero":
        return a
    ge0, le0 = _ge0(a) and _ge0(b), _le0(a) and _le0(b)
    return sign_of(ge0 and "positive" in (a, b), ge0, le0 and "negative" in (a, b), le0)


def sign_mul(a: str, b: str) -> str:
    if "zero" in (a, b):
        return "zero"
    if "unknown" in (a, b):
        return "unknown"
    strict = a in ("positive", "negative") and b in ("positive", "negative")
    if _ge0(a) == _ge0(b):
        return "positive" if strict else "nonnegative"
    return "negative" if strict else "nonpositive"


def sign_neg(a: str) -> str:
    return {"positive": "negative", "negative": "positive", "nonnegative": "nonpositive",
            "nonpositive": "nonnegative"}.get(a, a)


def _satisfies(s: str, required: str) -> bool:
    if required == "unknown":
        return True
    if required == "nonnegative":
        return _ge0(s)
    if required == "nonpositive":
        return _le0(s)
    return s == required


def _stronger(exact: str, fallback: str) -> str:
    """The affine range's sign when it decides something, else the sign rules' one."""
    return exact if exact != "unknown" else fallback


def _number_sign(x) -> str:
    s = number_sign(x)
    return {1: "positive", -1: "negative", 0: "zero"}.get(s, "unknown")


# ------------------------------------------------------------------------------------------- the box

def check_constraint(constraint, where: str, names) -> None:
    """A domain constraint is a list [rel, lhs, rhs] of well-formed trees that use only ``names``."""
    if not isinstance(constraint, list) or len(constraint) != 3:
        raise CertificateError(f"{where}: not a constraint [rel, lhs, rhs]")
    for side in constraint[1:]:
        check_tree(side, where)
        extra = tree_variables(side) - set(names)
        if extra:
            raise CertificateError(f"{where}: uses {sorted(extra)}, which are not variables")


def domain_box(cert) -> dict:
    """{name: [lower, lower_strict, upper, upper_strict]} (Fractions or None) from the single-variable
    affine constraints of ``cert.domain``; every variable is listed."""
    names = list(cert.variables) + list(getattr(cert, "parameters", ()))
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    box = {n: [None, False, None, False] for n in names}
    for k, constraint in enumerate(cert.domain):
        check_constraint(constraint, f"domain[{k}]", names)
        rel = constraint_to_sympy(constraint, dict(symbols))
        g = sp.expand(rel.lhs - rel.rhs if constraint[0] in ("gt", "ge") else rel.rhs - rel.lhs)
        strict = constraint[0] in ("gt", "lt")
        free = g.free_symbols
        if len(free) != 1:
            continue
        (v,) = free
        if not g.is_polynomial(v) or sp.degree(g, v) != 1:
            continue
        a, c = sp.Poly(g, v).all_coeffs()
        c = q_pi(c)
        if not a.is_Rational or c is None:
            continue
        edge = c * Fraction(-int(a.q), int(a.p))
        b = box[v.name]
        if a > 0:
            if b[0] is None or edge > b[0] or (edge == b[0] and strict):
                b[0], b[1] = edge, strict
        else:
            if b[2] is None or edge < b[2] or (edge == b[2] and strict):
                b[2], b[3] = edge, strict
    return box


def _bound_to_json(bound):
    if bound is None:
        return None
    if isinstance(bound, PiRational):
        return [rational_to_str(bound.a), rational_to_str(bound.b)]
    return rational_to_str(bound)


def box_to_json(box: dict) -> dict:
    """The stated form of a box: bounded variables only, bounds as "p/q" (or ["a", "b"] for a + b pi)."""
    out = {}
    for name, (lo, los, hi, his) in box.items():
        if lo is None and hi is None:
            continue
        out[name] = [_bound_to_json(lo), bool(los) if lo is not None else False,
                     _bound_to_json(hi), bool(his) if hi is not None else False]
    return out


def _check_box(stated, box, where: str) -> None:
    expected = box_to_json(box)
    if stated != expected:
        raise CertificateError(f"{where}: states {_short(stated)}, the domain gives {_short(expected)}")


def variable_sign(bounds, interior: bool = False) -> str:
    """The sign of a variable with these bounds (``interior``: every bound taken as strict)."""
    lo, los, hi, his = bounds
    los, his = los or interior, his or interior
    gt0 = lo is not None and (lo > 0 or (lo == 0 and los))
    ge0 = lo is not None and lo >= 0
    lt0 = hi is not None and (hi < 0 or (hi == 0 and his))
    le0 = hi is not None and hi <= 0
    return sign_of(gt0, ge0, lt0, le0)


def domain_halfspaces(cert) -> list[tuple[dict, Fraction, bool]]:
    """The domain's polynomial constraints with rational coefficients, each as (a, c, strict) meaning
    sum_m a_m x^m + c > 0 (>= 0 when not strict): ``a`` maps each non-constant monomial (a tuple of exponents over
    the variables and parameters, in order) to its coefficient."""
    names = list(cert.variables) + list(getattr(cert, "parameters", ()))
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    xs = [symbols[n] for n in names]
    out = []
    for constraint in cert.domain:
        if not isinstance(constraint, list) or len(constraint) != 3 or constraint[0] not in RELATIONS_ORDER:
            continue
        rel = constraint_to_sympy(constraint, dict(symbols))
        g = sp.expand(rel.lhs - rel.rhs if constraint[0] in ("gt", "ge") else rel.rhs - rel.lhs)
        form = _polynomial_form(g, xs)
        if form is not None and form[0]:
            out.append((*form, constraint[0] in ("gt", "lt")))
    return out


RELATIONS_ORDER = ("gt", "ge", "lt", "le")


def _polynomial_form(expr, xs) -> tuple[dict, Fraction] | None:
    """(non-constant monomial -> coefficient, constant) of a polynomial with rational coefficients, else None."""
    if not expr.is_polynomial(*xs):
        return None
    poly = sp.Poly(expr, *xs)
    if poly.total_degree() > 8 or not all(c.is_Rational for c in poly.coeffs()):
        return None
    terms = {m: Fraction(int(c.p), int(c.q)) for m, c in poly.terms()}
    const = terms.pop(tuple(0 for _ in xs), Fraction(0))
    return terms, const


def _halfspace_sign(a: dict, c: Fraction, halfspaces) -> str:
    """The sign of sum_m a_m x^m + c from a domain constraint g = sum_m h_m x^m + h > 0 (>= 0) with a = t h: then
    the expression is t g + (c - t h), of the sign of t when c - t h has it too (or is 0 and g > 0 strictly)."""
    for h, hc, strict in halfspaces:
        if set(h) != set(a):
            continue
        first = next(iter(a))
        t = a[first] / h[first]
        if any(a[m] != t * h[m] for m in a):
            continue
        k = c - t * hc
        if t > 0 and (k > 0 or (k == 0 and strict)):
            return "positive"
        if t > 0 and k == 0:
            return "nonnegative"
        if t < 0 and (k < 0 or (k == 0 and strict)):
            return "negative"
        if t < 0 and k == 0:
            return "nonpositive"
    return "unknown"


def domain_form_sign(tree, names, halfspaces) -> str:
    """The sign of a polynomial tree read from a domain constraint of which it is a multiple plus a constant of
    the same sign (``_halfspace_sign``): on x^2 + y^2 < 1, 1 - x^2 - y^2 is positive; "unknown" otherwise."""
    if not halfspaces:
        return "unknown"
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    try:
        form = _polynomial_form(sp.expand(to_sympy(tree, dict(symbols))), [symbols[n] for n in names])
    except CertificateError:
        return "unknown"
    return "unknown" if form is None or not form[0] else _halfspace_sign(form[0], form[1], halfspaces)


def joint_box(box: dict, halfspaces) -> dict:
    """The box tightened by constraints c - sum_i a_i x_i^2 > 0 (>= 0) with every a_i > 0 and c > 0 (a disc, an
    ellipse): at each point a_i x_i^2 <= c - (the other terms, each <= 0) ... so x_i^2 < c / a_i (<=), and
    |x_i| < sqrt(c / a_i): the bound is that root when it is rational (strict as the constraint), else the
    rational end of an outward enclosure (strict, the root being irrational). The tighter bound wins."""
    out = {n: list(b) for n, b in box.items()}
    names = list(box)
    for h, hc, strict in halfspaces or ():
        if hc <= 0 or not h or any(sorted(m) != [0] * (len(m) - 1) + [2] or a >= 0 for m, a in h.items()):
            continue
        for m, a in h.items():
            i = m.index(2)
            if i >= len(names):
                continue
            bound, exact_root = _root_bound(hc / -a)
            tight = strict or not exact_root
            lo, los, hi, his = out[names[i]]
            if isinstance(lo, PiRational) or isinstance(hi, PiRational):
                continue
            if hi is None or bound < hi or (bound == hi and tight and not his):
                hi, his = bound, tight
            if lo is None or -bound > lo or (-bound == lo and tight and not los):
                lo, los = -bound, tight
            out[names[i]] = [lo, los, hi, his]
    for _ in range(2):  # a product constraint: a x_i x_j + R > 0 with R <= 0 on the box gives a x_i x_j > 0
        for h, hc, strict in halfspaces or ():
            _product_bounds(out, names, h, hc, strict)
    return out


def _product_bounds(out: dict, names: list, h: dict, hc: Fraction, strict: bool) -> None:
    """From a strict constraint a x_i x_j + R > 0 whose rest R (the other terms and the constant) is <= 0 on the
    box (its range): a x_i x_j > -R >= 0, so x_i x_j has the sign of a, and a variable of the pair with a strict
    sign gives the other one its sign (x > 0 and x y > 1 give y > 0). ``out`` is tightened in place."""
    from .bounds import range_sign

    if not strict:
        return
    for m, a in h.items():
        pair = [k for k, e in enumerate(m) if e]
        if len(pair) != 2 or any(m[k] != 1 for k in pair) or max(pair) >= len(names):
            continue
        rest = [["mul", ["num", rational_to_str(c)], *[["pow", ["var", names[k]], ["num", str(e)]]
                                                        for k, e in enumerate(mm) if e]]
                for mm, c in h.items() if mm != m]
        tree = ["add", ["num", rational_to_str(hc)], *rest]
        if range_sign(tree, out) not in ("nonpositive", "negative", "zero"):
            continue
        same = a > 0  # x_i x_j > 0 (a > 0) or < 0 (a < 0)
        for i, j in (pair, pair[::-1]):
            si = variable_sign(out[names[i]])
            if si not in ("positive", "negative"):
                continue
            positive = (si == "positive") == same
            lo, los, hi, his = out[names[j]]
            if positive and (lo is None or lo < 0 or (lo == 0 and not los)):
                out[names[j]] = [Fraction(0), True, hi, his]
            elif not positive and (hi is None or hi > 0 or (hi == 0 and not his)):
                out[names[j]] = [lo, los, Fraction(0), True]


def _root_bound(q: Fraction) -> tuple[Fraction, bool]:
    """(sqrt(q), True) when the root of q > 0 is rational, else (a rational above sqrt(q), False)."""
    from math import isqrt

    a, b = isqrt(q.numerator), isqrt(q.denominator)
    if a * a == q.numerator and b * b == q.denominator:
        return Fraction(a, b), True
    return Fraction(a + 1, max(b, 1)), False


def joint_form_sign(tree, names, halfspaces, box: dict) -> str:
    """The sign of a polynomial tree P on the domain from one constraint g = sum_m h_m x^m + h > 0 (>= 0):
    ``domain_form_sign`` (P a multiple of g up to a constant), else P = t g + R with t = P_m / h_m for one
    monomial m of g (so that R lacks it) and R's sign shown on the box by its range or its quadratic form
    (``bounds``): t > 0 and R > 0, or R >= 0 with g > 0, give P > 0 (on x^2 + y^2 < 1, x^2 - y^2 + 1 =
    (1 - x^2 - y^2) + 2 x^2 > 0); dually negative. The candidates t are the finitely many ratios, tried in
    order; "unknown" when none decides."""
    found = domain_form_sign(tree, names, halfspaces)
    if found != "unknown" or not halfspaces:
        return found
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    xs = [symbols[n] for n in names]
    try:
        P = sp.expand(to_sympy(tree, dict(symbols)))
        form = _polynomial_form(P, xs)
    except CertificateError:
        return "unknown"
    if form is None or not form[0]:
        return "unknown"
    from .bounds import quadratic_sign, range_sign

    for h, hc, strict in halfspaces:
        g = sum((sp.Rational(c.numerator, c.denominator) * sp.Mul(*[x ** e for x, e in zip(xs, m)])
                 for m, c in h.items()), sp.Rational(hc.numerator, hc.denominator))
        for m, hm in h.items():
            if m not in form[0]:
                continue
            t = form[0][m] / hm
            R = sp.expand(P - sp.Rational(t.numerator, t.denominator) * g)
            rs = range_sign(to_tree(R), box) if R.free_symbols else _number_sign(Fraction(str(R)))
            if rs not in ("positive", "negative", "zero"):
                q = quadratic_sign(R, xs, box)
                rs = q if q != "unknown" else rs
            g_sign = "positive" if strict else "nonnegative"
            total = sign_add(sign_mul(_number_sign(t), g_sign), rs)
            if total != "unknown":
                return total
    return "unknown"


def affine_sign(tree, box: dict, halfspaces=()) -> str:
    """The sign of an affine tree c + sum a_i x_i (rational a_i, c rational or a + b pi) on the box: its exact
    range there (a linear function's range over a box is attained at the bounds, ``ranges.affine_range``), or,
    failing that, from a domain constraint of which it is a positive (negative) multiple up to a constant of the
    same sign (``domain_form_sign``: on 2x + y > 0, the expression 4x + 2y + 1 is positive). "unknown" when
    neither decides."""
    r = affine_range(tree, box)
    found = "unknown"
    if r is not None:
        lo, lo_strict, hi, hi_strict = r
        gt0 = lo is not None and (lo > 0 or (lo == 0 and lo_strict))
        ge0 = lo is not None and lo >= 0
        lt0 = hi is not None and (hi < 0 or (hi == 0 and hi_strict))
        le0 = hi is not None and hi <= 0
        found = sign_of(gt0, ge0, lt0, le0)
    if found in ("positive", "negative", "zero") or not halfspaces:
        return found
    from_domain = domain_form_sign(tree, list(box), halfspaces)
    return from_domain if from_domain != "unknown" else found




# ------------------------------------------------------------------------------------ canonical trees

def canon(tree):
    """The tree with nested sums/products flattened and their arguments sorted (associativity and
    commutativity only: no other identity is used, so two trees with the same canon denote the same
    function with the same domain)."""
    head = tree[0]
    if head in ("num", "var"):
        return tree
    args = [canon(a) for a in tree[1:]]
    if head in ("add", "mul"):
        flat = []
        for a in args:
            flat.extend(a[1:] if a[0] == head else [a])
        args = sorted(flat, key=lambda t: json.dumps(t))
    return [head, *args]


def _num(tree) -> Fraction | None:
    return parse_rational(tree[1]) if isinstance(tree, list) and len(tree) == 2 and tree[0] == "num" else None


# ------------------------------------------------------------------------------------------- rules

_NODE_KEYS = {"expr", "rule", "curvature", "sign", "children", "sign_by"}

#: The one value of a node's optional ``sign_by`` hint: its sign is the rule's, strengthened by the range of its
#: expression on the box with open and closed ends, or by its exact factorization (``check/bounds.py``).
SIGN_BY_RANGES = "ranges"


def strengthen_sign(rule_sign: str, tree, box: dict, halfspaces=()) -> str:
    """``rule_sign`` (true on the box), strengthened by ``bounds.domain_sign`` (also true there): a decided sign
    from either wins; a factor of a polynomial may take its sign from a domain constraint
    (``domain_form_sign``)."""
    if rule_sign in ("positive", "negative", "zero"):
        return rule_sign
    box = joint_box(box, halfspaces)
    names = list(box)
    found = domain_sign(tree, box, (lambda t: joint_form_sign(t, names, halfspaces, box)) if halfspaces else None)
    if found in ("positive", "negative", "zero") or rule_sign == "unknown":
        return found
    return rule_sign


def _compose(f_curv: str, monotone: list[str], curvs: list[str]) -> str:
    """The composition rule: curvature of f(g_1, ..., g_k) from f's curvature, f's (resolved)
    monotonicity in each argument and the arguments' curvatures."""
    if f_curv == "unknown" or "unknown" in curvs:
        return "unknown"
    if all(c == "affine" for c in curvs):
        return f_curv

    def ok(want: str) -> bool:
        flip = "concave" if want == "convex" else "convex"
        return f_curv in (want, "affine") and all(
            c == "affine" or (c == want and m == "increasing") or (c == flip and m == "decreasing")
            for c, m in zip(curvs, monotone))

    return "convex" if ok("convex") else "concave" if ok("concave") else "unknown"


def _resolve(mono: str, s: str) -> str:
    if mono != "signed":
        return mono
    return "increasing" if _ge0(s) else "decreasing" if _le0(s) else "nonmonotone"


def _row_sign(rule: str, facts, signs: list[str], lse_constant: Fraction = Fraction(0), arg_range=None) -> str:
    rule_sign = facts.sign.value if hasattr(facts.sign, "value") else facts.sign
    if rule_sign == "range":
        return span_sign(ROW_HEADS.get(rule, rule), arg_range, SIGN_SPANS)
    if rule_sign == "sum":
        return reduce(sign_add, signs)
    if rule_sign == "product":
        return reduce(sign_mul, signs)
    if rule_sign == "max":
        return sign_of(any(s == "positive" for s in signs), any(_ge0(s) for s in signs),
                        all(s == "negative" for s in signs), all(_le0(s) for s in signs))
    if rule_sign == "min":
        return sign_of(all(s == "positive" for s in signs), all(_ge0(s) for s in signs),
                        any(s == "negative" for s in signs), any(_le0(s) for s in signs))
    if rule_sign == "same":
        return signs[0]
    if rule_sign == "same_weak":
        return {"negative": "nonpositive"}.get(signs[0], signs[0])
    if rule_sign == "lse":
        return "positive" if lse_constant >= 1 else "unknown"
    if rule_sign in SIGNS:
        return rule_sign
    raise CertificateError(f"{rule}: the atom table names an unknown sign rule {rule_sign!r}")


class _RulesChecker:
    def __init__(self, cert, box: dict):
        self.cert = cert
        self.box = box
        self.halfspaces = domain_halfspaces(cert)

    def node(self, node, where: str) -> tuple[list, str, str]:
        """Check a node; return (expr, curvature, sign)."""
        if not isinstance(node, dict) or not {"expr", "rule", "curvature", "sign"} <= set(node):
            raise CertificateError(f"{where}: a node needs expr, rule, curvature, sign (and children)")
        extra = set(node) - _NODE_KEYS - ({"box"} if where == "derivation" else set()) - (
            {"inner"} if node.get("rule") == "perspective" else set())
        if extra:
            raise CertificateError(f"{where}: unexpected keys {sorted(extra)}")
        expr, rule = node["expr"], node["rule"]
        check_tree(expr, f"{where}.expr")
        children = node.get("children", [])
        if not isinstance(children, list):
            raise CertificateError(f"{where}.children: must be a list")
        kids = [self.node(c, f"{where}.children[{i}]") for i, c in enumerate(children)]
        if rule == "perspective":  # t g(A/t): its own module states and checks the theorem
            from .perspective import check_perspective

            curv, sgn = check_perspective(self, node, kids, where, sign_of=self.sign_on_domain, canon=canon,
                                          sign_mul=sign_mul)
            template = expr
        elif rule == "rewrite":  # E = F on the domain, and F is proved
            from .rewrite import check_rewrite

            curv, sgn = check_rewrite(self, node, kids, where, sign_of=self.sign_on_domain, canon=canon)
            template = expr
        else:
            curv, sgn, template = self.apply(rule, expr, kids, children, where)
        if "sign_by" in node:
            if node["sign_by"] != SIGN_BY_RANGES:
                raise CertificateError(f"{where}.sign_by: must be {SIGN_BY_RANGES!r}, found {_short(node['sign_by'])}")
            sgn = strengthen_sign(sgn, expr, self.box, self.halfspaces)
        if canon(expr) != canon(template):
            raise CertificateError(f"{where}: expr {_short(expr)} is not rule {rule!r} applied to its children "
                                   f"(expected {_short(template)})")
        if curv == "unknown":
            raise CertificateError(f"{where}: rule {rule!r} gives no curvature for {_short(expr)}")
        if node["curvature"] != curv:
            raise CertificateError(f"{where}.curvature: states {node['curvature']!r}, rule {rule!r} gives {curv!r}")
        if node["sign"] != sgn:
            raise CertificateError(f"{where}.sign: states {node['sign']!r}, rule {rule!r} gives {sgn!r}")
        return expr, curv, sgn

    def sign_on_domain(self, tree) -> str:
        """The sign of a tree on the domain: an affine one's exact range (or a domain constraint it is a multiple
        of), else the sign rules and interval evaluation on the box."""
        found = affine_sign(tree, self.box, self.halfspaces)
        if found == "unknown":
            found = domain_form_sign(tree, list(self.box), self.halfspaces)
        return found if found != "unknown" else tree_sign(tree, self.box, interior=False)

    def apply(self, rule, expr, kids, children, where):
        """(curvature, sign, template expression) of the rule applied to the checked children."""
        exprs = [k[0] for k in kids]
        curvs = [k[1] for k in kids]
        signs = [k[2] for k in kids]

        def arity(n):
            if (n is None and len(kids) < 2) or (n is not None and len(kids) != n):
                raise CertificateError(f"{where}: rule {rule!r} given {len(kids)} children")

        if rule == "constant":
            arity(0)
            names = tree_variables(expr)
            if names - set(self.cert.parameters):
                raise CertificateError(f"{where}: a constant may not contain variables {sorted(names)}")
            if expr[0] == "var":  # a parameter: affine in the variables, its sign from its bounds in the domain
                return "affine", variable_sign(self.box[expr[1]]), expr
            if names:  # an expression in parameters: affine in the variables, of unknown sign
                return "affine", "unknown", expr
            value = value_at(expr, (), [])
            return "affine", _number_sign(value), expr
        if rule == "variable":
            arity(0)
            if expr[0] != "var" or expr[1] not in self.box:
                raise CertificateError(f"{where}: a variable leaf must be ['var', name], found {_short(expr)}")
            return "affine", variable_sign(self.box[expr[1]]), expr
        if rule == "add":
            arity(None)
            curv, sgn = _compose("affine", ["increasing"] * len(kids), curvs), _row_sign(rule, ATOMS["add"], signs)
            if curv == "affine":  # an affine sum: its exact range on the box, when it is decided
                sgn = _stronger(affine_sign(expr, self.box, self.halfspaces), sgn)
            else:  # a polynomial sum that a domain constraint bounds (1 - x^2 - y^2 on x^2 + y^2 < 1)
                sgn = _stronger(domain_form_sign(expr, list(self.box), self.halfspaces), sgn)
            return curv, sgn, ["add", *exprs]
        if rule == "scale":
            arity(None)
            constant = [c.get("rule") == "constant" for c in children]
            if constant.count(False) != 1:
                raise CertificateError(f"{where}: scale needs exactly one non-constant factor, found "
                                       f"{constant.count(False)}")
            c_sign = "positive"
            for s, is_c in zip(signs, constant):
                if is_c:
                    c_sign = sign_mul(c_sign, s)
            inner = curvs[constant.index(False)]
            if c_sign in ("positive", "nonnegative") or inner == "affine":  # c >= 0 keeps convexity (0 g = 0)
                curv = inner
            elif c_sign in ("negative", "nonpositive"):
                curv = {"convex": "concave", "concave": "convex"}.get(inner, inner)
            elif c_sign == "zero":
                curv = "affine"
            else:
                curv = "unknown"
            return curv, _row_sign(rule, ATOMS["scale"], signs), ["mul", *exprs]
        facts = ATOMS.get(rule)
        if facts is None or rule in ("add", "scale"):
            raise CertificateError(f"{where}.rule: unknown rule {rule!r}")
        if rule in ("log_sum_exp", "norm2", "norm_p"):
            if not kids:
                raise CertificateError(f"{where}: {rule} needs at least one term")
        else:
            arity(facts.arity)
        lse_constant = Fraction(0)
        arg_range = None
        if facts.span is not None or facts.sign == "range":  # the affine argument's exact range on the box
            arg_range = affine_range(exprs[0], self.box)
            if facts.span is not None and not in_span(arg_range, facts.span):
                raise CertificateError(f"{where}: rule {rule!r} needs the argument {_short(exprs[0])} to range "
                                       f"within {facts.statement.partition(' on ')[2] or 'its domain'}, its range "
                                       f"on the box is {_show_range(arg_range)}")
        if rule in PLAIN_HEADS:
            if rule == "leaky_relu":
                alpha = _num(expr[2]) if expr[0] == "leaky_relu" else None
                if alpha is None or not leaky_slope_ok(alpha):
                    raise CertificateError(f"{where}: leaky_relu needs a slope 0 <= alpha <= 1, found {_short(expr)}")
                template = ["leaky_relu", exprs[0], expr[2]]
            else:
                template = [rule, *exprs]
        elif rule in ROW_HEADS:
            template = [ROW_HEADS[rule], *exprs]
        elif rule in ("pow_even", "pow_odd_nonneg", "pow_odd_nonpos", "pow_gt1", "pow_01", "pow_neg_pos",
                      "pow_neg_even_neg", "pow_neg_odd_neg"):
            p = _num(expr[2]) if expr[0] == "pow" else None
            if p is None or rule not in exponent_rows(p):
                raise CertificateError(f"{where}: rule {rule!r} does not apply to the power {_short(expr)}")
            template = ["pow", exprs[0], expr[2]]
        elif rule == "log_sum_exp":
            if expr[0] != "log" or expr[1][0] != "add":
                raise CertificateError(f"{where}: log_sum_exp needs log(sum), found {_short(expr)}")
            constants = [t for t in expr[1][1:] if t[0] != "exp"]
            for t in constants:
                q = _num(t)
                if q is None or q <= 0:
                    raise CertificateError(f"{where}: log_sum_exp terms must be exp(...) or positive numbers, "
                                           f"found {_short(t)}")
                lse_constant += q
            template = ["log", ["add", *[["exp", e] for e in exprs], *constants]]
        elif rule == "norm2":  # sqrt(c_1 a_1^2 + ... + c_k a_k^2 + c), c_i > 0, c >= 0: the norm of (sqrt(c_i) a_i, sqrt(c))
            if expr[0] != "pow" or _num(expr[2]) != Fraction(1, 2) or expr[1][0] != "add":
                raise CertificateError(f"{where}: norm2 needs sqrt(a sum of squares), found {_short(expr)}")
            weights, constants = [], []
            for t in expr[1][1:]:
                q = _num(t)
                if q is not None:
                    if q < 0:
                        raise CertificateError(f"{where}: norm2's constant must be >= 0, found {q}")
                    constants.append(t)
                    continue
                c = t[1] if t[0] == "mul" and len(t) == 3 and _num(t[1]) is not None and _num(t[1]) > 0 else None
                square = t[2] if c is not None else t
                if square[0] != "pow" or _num(square[2]) != 2:
                    raise CertificateError(f"{where}: norm2's terms are c a^2 with c > 0, found {_short(t)}")
                weights.append(c)
            if len(weights) != len(kids):
                raise CertificateError(f"{where}: norm2 has {len(weights)} squares and {len(kids)} children")
            squares = [["pow", e, ["num", "2"]] if c is None else ["mul", c, ["pow", e, ["num", "2"]]]
                       for c, e in zip(weights, exprs)]
            template = ["pow", ["add", *squares, *constants], expr[2]]
        elif rule in PARAM_POWER_ROWS:  # a^p, p a parameter whose bounds meet the row's condition
            p = expr[2][1] if expr[0] == "pow" and expr[2][0] == "var" else None
            if p not in self.cert.parameters or not param_exponent_ok(rule, self.box[p]):
                raise CertificateError(f"{where}: rule {rule!r} needs a^p with a parameter p whose bounds meet "
                                       f"'{facts.statement}', found {_short(expr)}")
            template = ["pow", exprs[0], expr[2]]
        elif rule == "norm_p":  # (c_1 |a_1|^p + ... + c)^(1/p), p > 1: check.norms reads the weights and forms
            template = norm_p_template(expr, exprs, where)
        elif rule == "xlogx":
            template = ["mul", exprs[0], ["log", exprs[0]]]
        elif rule == "quad_over_lin":
            template = ["mul", ["pow", exprs[0], ["num", "2"]], ["pow", exprs[1], ["num", "-1"]]]
        elif rule == "geo_mean":
            factors = expr[1:] if expr[0] == "mul" else []
            if len(factors) != len(kids) or any(f[0] != "pow" or _num(f[2]) is None for f in factors):
                raise CertificateError(f"{where}: geo_mean needs a product of powers, found {_short(expr)}")
            powers = [_num(f[2]) for f in factors]
            if not geo_mean_exponents_ok(powers):
                raise CertificateError(f"{where}: geo_mean exponents must be > 0 with sum <= 1, found "
                                       f"{[str(p) for p in powers]}")
            template = ["mul", *[["pow", e, f[2]] for e, f in zip(exprs, factors)]]
        elif rule == "geo_mean_pow":
            p = _num(expr[2]) if expr[0] == "pow" else None
            if p is None or not (p > 0 and len(kids) * p <= 1):
                raise CertificateError(f"{where}: geo_mean_pow needs (a_1 ... a_k)^p with 0 < k p <= 1, "
                                       f"found {_short(expr)}")
            template = ["pow", ["mul", *exprs], expr[2]]
        else:
            raise CertificateError(f"{where}.rule: unknown rule {rule!r}")
        for i, s in enumerate(signs):
            need = facts.domain_of(i).value
            if not _satisfies(s, need):
                raise CertificateError(f"{where}: argument {i + 1} of {rule} must be {need}, its sign is {s}")
        f_curv = facts.curvature.value
        monotone = [_resolve(facts.monotone_in(i).value, s) for i, s in enumerate(signs)]
        return _compose(f_curv, monotone, curvs), _row_sign(rule, facts, signs, lse_constant, arg_range), template


def _show_range(r) -> str:
    if r is None:
        return "not computed (the argument is not affine)"
    lo, los, hi, his = r
    return f"{'(' if los or lo is None else '['}{'-oo' if lo is None else lo}, " \
           f"{'+oo' if hi is None else hi}{')' if his or hi is None else ']'}"


def verify_rules(cert, tree: list) -> str:
    if cert.proves not in CURVATURES:
        raise CertificateError(f"proves: must be one of {CURVATURES}, found {cert.proves!r}")
    root = cert.derivation
    if not isinstance(root, dict):
        raise CertificateError("derivation: must be a node object")
    box = domain_box(cert)
    _check_box(root.get("box", {}), box, "derivation.box")
    if not isinstance(root.get("expr"), list) or (
            canon(root["expr"]) != canon(tree) and not _same_network_loss(cert, root["expr"], tree)):
        raise CertificateError(f"derivation.expr: {_short(root.get('expr'))} is not the function {_short(tree)}")
    _, curv, _ = _RulesChecker(cert, box).node(root, "derivation")
    if cert.proves != curv:
        raise CertificateError(f"proves: states {cert.proves!r}, the derivation gives {curv!r}")
    return curv


#: Heads of everywhere-defined expressions: SymPy's automatic simplifications of these are identities on
#: all of R^n (no division, logarithm or fractional power whose domain could be silently enlarged).
_TOTAL = {"num", "var", "add", "mul", "exp", "sigmoid", "softplus", "tanh", "relu", "leaky_relu", "abs", "max",
          "min"}


def _total(tree) -> bool:
    head = tree[0]
    if head == "pow":
        e = _num(tree[2])
        return e is not None and e.denominator == 1 and e >= 0 and _total(tree[1])
    if head in ("num", "var"):
        return True
    return head in _TOTAL and all(_total(a) for a in tree[1:])


def _same_network_loss(cert, expr, tree) -> bool:
    """For a network certificate, the derivation may be about the loss the checker builds from the spec in
    any algebraically equal form (e.g. with products by 1 and 0 simplified and sums distributed): accepted
    when both trees are everywhere defined and ``expand(expr - tree)`` is identically 0."""
    if cert.network is None or not (_total(expr) and _total(tree)):
        return False
    symbols: dict = {}
    try:
        difference = to_sympy(expr, symbols) - to_sympy(tree, symbols)
    except CertificateError:
        return False
    return sp.expand(difference) == 0


# ------------------------------------------------------------------------------------------ Hessian

_SMOOTH = {"num", "var", "add", "mul", "pow", "exp", "log", "sigmoid", "softplus", "tanh", "pi", "sin", "cos", "tan",
           "sinh", "cosh", "arctan", "arcsinh", "arcsin", "arccos", "arccosh", "artanh"}
#: heads defined only where an affine argument's range lies in a span: (span on the closed box, on the interior)
_RANGED = {"tan": (TAN_DOMAIN, TAN_DOMAIN), "arcsin": (UNIT_INTERVAL, OPEN_UNIT_INTERVAL),
           "arccos": (UNIT_INTERVAL, OPEN_UNIT_INTERVAL), "artanh": (OPEN_UNIT_INTERVAL, OPEN_UNIT_INTERVAL),
           "arccosh": (Span((Fraction(1), Fraction(0)), True, None, False),
                       Span((Fraction(1), Fraction(0)), False, None, False))}


_SPAN_TEXT = {"tan": "(-pi/2, pi/2) + k pi", "arcsin": "[-1, 1] ((-1, 1) inside)",
              "arccos": "[-1, 1] ((-1, 1) inside)", "artanh": "(-1, 1)", "arccosh": "[1, oo) ((1, oo) inside)"}


def _interior_box(box: dict) -> dict:
    return {n: [lo, lo is not None, hi, hi is not None] for n, (lo, _, hi, _) in box.items()}


def interval_sign(tree, box: dict) -> str:
    """The sign of a tree on the closed box by interval evaluation. Each variable is given its whole range
    [lo, hi] as one ``mpmath.iv`` interval (-oo / +oo where unbounded, pi ends enclosed outward), and the
    checker's own evaluator runs on it at order 0. Every operation there is an interval extension: its result
    encloses the operation's value at *every* point of its arguments' enclosures (iv arithmetic is
    inclusion-monotone; the evaluator refuses an operation unless it is defined on the whole enclosure: a log
    argument shown > 0, a kink's argument of one sign, cos != 0 under tan, ...; sin and cos of an enclosure wider
    than 2 pi are [-1, 1]). So when it returns, the tree is defined on the whole box and its value at every
    point of the box lies in the result: a lower end > 0 (>= 0) shows it positive (nonnegative) there, and on
    the interior too. Undecided, undefined or infinite ends give "unknown"."""
    env = {}
    try:
        with interval_precision():
            for name, (lo, _, hi, _) in box.items():
                low = iv.mpf("-inf") if lo is None else _enclose(lo).a
                high = iv.mpf("inf") if hi is None else _enclose(hi).b
                env[name] = Jet(iv.mpf([low, high]))
            jet, _ = evaluate(tree, env, 0)
    except (CertificateError, ValueError, ArithmeticError, TypeError):
        return "unknown"
    value = jet.c[0]
    if isinstance(value, Fraction):
        return _number_sign(value)
    lo, hi = value.a, value.b
    return sign_of(bool(lo > 0), bool(lo >= 0), bool(hi < 0), bool(hi <= 0))


def _enclose(bound):
    """An interval enclosing a box bound (a Fraction or a + b pi)."""
    if isinstance(bound, PiRational):
        return to_interval(bound.a) + to_interval(bound.b) * iv.pi
    return to_interval(bound)


def _with_intervals(rule_sign: str, tree, box: dict) -> str:
    """The sign rules' answer, strengthened by interval evaluation on the box when they leave it open."""
    if rule_sign in ("positive", "negative", "zero"):
        return rule_sign
    found = interval_sign(tree, box)
    if found == "unknown" or found == rule_sign:
        return rule_sign
    if rule_sign == "unknown" or found in ("positive", "negative"):
        return found
    return rule_sign


def tree_sign(tree, box: dict, interior: bool) -> str:
    """The sign of a tree's value on the box (``interior``: on its open interior), by sign rules: sums and
    products of signs, even powers >= 0, powers of positive bases > 0, exp/sigmoid/softplus/cosh > 0, tanh,
    sinh, arctan, ... keep the sign, sin/cos/tan from the affine argument's range, log of a number; where the
    rules leave a sum's sign (or the whole tree's) open, by interval evaluation on the box
    (``interval_sign``)."""
    return _with_intervals(_rules_sign(tree, box, interior), tree, box)


def _rules_sign(tree, box: dict, interior: bool) -> str:
    head = tree[0]
    if head == "num":
        return _number_sign(parse_rational(tree[1]))
    if head == "var":
        return variable_sign(box[tree[1]], interior) if tree[1] in box else "unknown"
    signs = [_rules_sign(a, box, interior) for a in tree[1:]] if head != "pow" else None
    if head == "add":
        out = reduce(sign_add, signs)
        return _with_intervals(_stronger(affine_sign(tree, _interior_box(box) if interior else box), out), tree, box)
    if head == "mul":
        return reduce(sign_mul, signs)
    if head == "pow":
        base = _rules_sign(tree[1], box, interior)
        p = _num(tree[2])
        if p is None:
            return "positive" if base == "positive" else "unknown"
        if p == 0:
            return "positive"
        if p.denominator == 1 and p.numerator % 2 == 0:
            return "positive" if base in ("positive", "negative") else "nonnegative" if p > 0 else "unknown"
        if p.denominator == 1:
            return base if (p > 0 or base in ("positive", "negative")) else "unknown"
        return "positive" if base == "positive" else ("nonnegative" if _ge0(base) and p > 0 else "unknown")
    if head in ("exp", "sigmoid", "softplus"):
        return "positive"
    if head in ("tanh", "sinh", "arctan", "arcsinh", "arcsin", "artanh"):
        return signs[0]
    if head == "arccosh":
        return "nonnegative"
    if head in ("cosh", "pi"):
        return "positive"
    if head in SIGN_SPANS:  # sin, cos, tan, arccos: from the affine argument's exact range
        return span_sign(head, affine_range(tree[1], box, interior), SIGN_SPANS)
    if head == "log":
        q = _num(tree[1])
        return "unknown" if q is None or q <= 0 else ("positive" if q > 1 else "zero" if q == 1 else "negative")
    return "unknown"


def check_smooth(tree, box: dict, where: str, *, closed: bool, halfspaces=None) -> None:
    """Every operation of the tree is smooth and defined on the open interior of the box; with ``closed``,
    also defined (and continuous) on the box itself. With ``halfspaces`` (a proof on an open domain that uses
    its joint constraints, ``verify_hessian``), on the points of the interior where those constraints hold:
    signs there are also read from ranges, factors and the constraints (``strengthen_sign``)."""
    head = tree[0]
    if head not in _SMOOTH:
        raise CertificateError(f"{where}: {head} is not smooth (Hessian proofs take smooth functions only)")
    if head in ("num", "var"):
        return
    for a in tree[1:]:
        check_smooth(a, box, where, closed=closed, halfspaces=halfspaces)
    regions = [True] + ([False] if closed else [])  # interior, then the box itself
    if head in _RANGED:  # tan: cos != 0; arcsin, arccos: |a| <= 1, and < 1 inside (derivatives blow up at +-1)
        for inside in regions:
            r = affine_range(tree[1], box, inside)
            span = _RANGED[head][1 if inside else 0]
            if not in_span(r, span):
                raise CertificateError(f"{where}: the argument {_short(tree[1])} of {head} must range within "
                                       f"{_SPAN_TEXT[head]} on the {'interior' if inside else 'domain'}, its "
                                       f"range is {_show_range(r)}")
    if head == "log":
        for inside in regions:
            s = _joint_sign(tree[1], box, inside, halfspaces)
            if s != "positive":
                raise CertificateError(f"{where}: log argument {_short(tree[1])} must be > 0 on the "
                                       f"{'interior' if inside else 'domain'}, its sign is {s}")
    if head == "pow":
        p = _num(tree[2])
        if p is None:
            raise CertificateError(f"{where}: power with a non-numeric exponent {_short(tree[2])}")
        if p.denominator == 1 and p >= 0:
            return
        for inside in regions:
            s = _joint_sign(tree[1], box, inside, halfspaces)
            if p.denominator == 1:
                ok = s in ("positive", "negative")
            elif inside or p < 0:
                ok = s == "positive"
            else:
                ok = _ge0(s)
            if not ok:
                raise CertificateError(f"{where}: the base {_short(tree[1])} of the power {p} has sign {s} on the "
                                       f"{'interior' if inside else 'domain'}, which does not keep it defined and smooth")


def _is_bound(constraint, names) -> bool:
    """Is the constraint a bound on one variable (a x + c > 0, >= 0, ...), so that the domain's box is exactly
    its set of bounds?"""
    if not isinstance(constraint, list) or len(constraint) != 3 or constraint[0] not in RELATIONS_ORDER:
        return False
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    rel = constraint_to_sympy(constraint, dict(symbols))
    g = sp.expand(rel.lhs - rel.rhs)
    free = g.free_symbols
    if len(free) != 1:
        return False
    (v,) = free
    return g.is_polynomial(v) and sp.degree(g, v) == 1 and q_pi(sp.Poly(g, v).all_coeffs()[1]) is not None \
        and sp.Poly(g, v).all_coeffs()[0].is_Rational


def _joint_sign(tree, box: dict, interior: bool, halfspaces) -> str:
    """``tree_sign``; with ``halfspaces`` (not None), strengthened by ``strengthen_sign`` on the interior, or on the
    box with its own ends (asked only when the domain is that box)."""
    found = tree_sign(tree, box, interior)
    if halfspaces is None:
        return found
    return strengthen_sign(found, tree, _interior_box(box) if interior else box, halfspaces)


def _symbols(names, box: dict) -> dict:
    out = {}
    for name in names:
        s = variable_sign(box[name], interior=True)
        assumptions = {"real": True}
        if s == "positive":
            assumptions["positive"] = True
        elif s == "negative":
            assumptions["negative"] = True
        out[name] = sp.Symbol(name, **assumptions)
    return out


def _exp_form(expr):
    """tanh written with exp (``check.symbolic`` writes sigmoid and softplus with exp already; trigonometric
    functions stay: with exp they would turn complex)."""
    return expr.replace(lambda e: isinstance(e, sp.tanh), lambda e: e.rewrite(sp.exp))




def _matrix(value, n: int, what: str) -> list:
    if not isinstance(value, list) or len(value) != n or any(not isinstance(r, list) or len(r) != n for r in value):
        raise CertificateError(f"{what}: expected a {n}x{n} matrix of trees")
    return value


def _isolated_zeros(pivot: list, entry: dict, box: dict, names: list) -> bool:
    """One variable: f'' = ``pivot`` >= 0 is real-analytic on the open interval (``check_smooth`` admits only
    analytic operations there), and it is positive at the stated interior point t of ``entry["nonzero_at"] =
    [t, f''(t) as stated]``; by the identity theorem its zeros are then isolated, so f' is strictly increasing
    and f strictly convex on the interval (on the closed one too, by continuity: the inside of every segment
    lies in the open interval)."""
    if len(names) != 1 or "nonzero_at" not in entry:
        return False
    where = "pivot_signs[0].nonzero_at"
    pair = entry["nonzero_at"]
    if not isinstance(pair, list) or len(pair) != 2:
        raise CertificateError(f"{where}: expected [t, the pivot's value at t], found {_short(pair)}")
    t = parse_rational(pair[0], where)
    lo, _, hi, _ = box.get(names[0], (None, False, None, False))
    if (lo is not None and not lo < t) or (hi is not None and not t < hi):
        raise CertificateError(f"{where}: {t} is not inside the interval ({lo}, {hi})")
    value = value_at(pivot, names, [t])
    if not isinstance(pair[1], str) or not matches_stated(value, pair[1]):
        raise CertificateError(f"{where}: the pivot at {t} evaluates to {show(value)}, certificate states "
                               f"{pair[1]!r}")
    if number_sign(value) != 1:
        raise CertificateError(f"{where}: cannot show the pivot is positive at {t}")
    return True


def verify_hessian(cert, tree: list) -> str:
    if cert.proves not in ("convex", "concave", "strictly_convex", "strictly_concave"):
        raise CertificateError(f"proves: a Hessian proves 'convex', 'concave', 'strictly_convex' or "
                               f"'strictly_concave', found {cert.proves!r}")
    strict = cert.proves.startswith("strictly_")
    names = list(cert.variables)
    params = list(cert.parameters)  # constants: the proof holds for each of their values in the domain's box
    n = len(names)
    # Strictness: pivots positive on the open box make H positive definite there, which proves strict convexity on
    # an open domain (in one variable every segment's inside lies in the open interval, so closed intervals are
    # fine too). With several variables or with parameters and a closed condition (x >= 0, a >= 0), the pivots
    # must be positive on the *closed* box, boundary included: H is then positive definite at every point of the
    # domain and for every allowed parameter value (a closed a >= 0 could otherwise allow a degenerate a = 0).
    closed = strict and (n > 1 or bool(params)) and any(
        not isinstance(c, list) or not c or c[0] not in ("gt", "lt") for c in cert.domain)
    box = domain_box(cert)
    for name, (lo, los, hi, his) in box.items():
        if lo is not None and hi is not None and not lo < hi:
            raise CertificateError(f"domain: the bounds {lo} <= {name} <= {hi} leave no interior")
    signs = cert.pivot_signs
    if not isinstance(signs, list) or len(signs) != n:
        raise CertificateError(f"pivot_signs: expected {n} entries, found {_short(signs)}")
    joint = bool(signs) and all(isinstance(e, dict) and "sign_by" in e for e in signs)
    box_domain = joint and all(_is_bound(c, names + params) for c in cert.domain)
    for k, entry in enumerate(signs):
        allowed = ({"sign", "box"}, {"sign", "box", "nonzero_at"}) if n == 1 and strict else ({"sign", "box"},)
        if joint:
            allowed = ({"sign", "box", "sign_by"},) + (({"sign", "box", "sign_by", "nonzero_at"},)
                                                       if n == 1 and strict and box_domain else ())
        if not isinstance(entry, dict) or set(entry) not in allowed:
            raise CertificateError(f"pivot_signs[{k}]: expected {{'sign', 'box'}}, found {_short(entry)}")
        _check_box(entry["box"], box, f"pivot_signs[{k}].box")
        if joint and entry["sign_by"] != SIGN_BY_RANGES:
            raise CertificateError(f"pivot_signs[{k}].sign_by: must be {SIGN_BY_RANGES!r}, found "
                                   f"{_short(entry['sign_by'])}")
    halfspaces = None
    if joint:  # signs on the open domain itself: ranges, factors and its joint polynomial constraints
        for k, c in enumerate(cert.domain):
            if not box_domain and (not isinstance(c, list) or not c or c[0] not in ("gt", "lt")):
                raise CertificateError(f"domain[{k}]: a proof with pivot signs by ranges is about an open domain "
                                       f"(strict inequalities) or a box, found {_short(c)}")
        halfspaces = domain_halfspaces(cert)
    check_smooth(tree, box, "function", closed=not joint or box_domain, halfspaces=halfspaces)
    H = _matrix(cert.hessian, n, "hessian")
    L = _matrix(cert.L, n, "L")
    D = cert.D
    if not isinstance(D, list) or len(D) != n:
        raise CertificateError(f"D: expected {n} pivots")
    for t, what in [(H[i][j], f"hessian[{i}][{j}]") for i in range(n) for j in range(n)] + \
            [(L[i][j], f"L[{i}][{j}]") for i in range(n) for j in range(n)] + [(d, f"D[{i}]") for i, d in enumerate(D)]:
        check_tree(t, what)
        extra = tree_variables(t) - set(names) - set(params)
        if extra:
            raise CertificateError(f"{what}: uses {sorted(extra)}, which are not variables")
    for i in range(n):
        for j in range(n):
            check_smooth(H[i][j], box, f"hessian[{i}][{j}]", closed=False, halfspaces=halfspaces)
            check_smooth(L[i][j], box, f"L[{i}][{j}]", closed=False, halfspaces=halfspaces)
            if j > i and _num(L[i][j]) != 0:
                raise CertificateError(f"L[{i}][{j}]: above the diagonal must be 0, found {_short(L[i][j])}")
            if j == i and _num(L[i][j]) != 1:
                raise CertificateError(f"L[{i}][{i}]: the diagonal must be 1, found {_short(L[i][j])}")
        check_smooth(D[i], box, f"D[{i}]", closed=False, halfspaces=halfspaces)
        found = _joint_sign(D[i], box, True, halfspaces)
        if not _ge0(found):
            raise CertificateError(f"D[{i}]: cannot show the pivot {_short(D[i])} is >= 0 on the interior "
                                   f"(sign {found})")
        if strict and found != "positive" and (params or not _isolated_zeros(D[i], signs[i], box, names)):
            raise CertificateError(f"D[{i}]: strict {cert.proves[9:]}ity needs a positive pivot, the sign rules "
                                   f"give {found!r} for {_short(D[i])}")
        if closed and tree_sign(D[i], box, interior=False) != "positive":
            raise CertificateError(f"D[{i}]: on a domain with closed conditions, strict {cert.proves[9:]}ity needs "
                                   f"the pivot {_short(D[i])} positive on the closed box, boundary included")
        if signs[i]["sign"] != found:
            raise CertificateError(f"pivot_signs[{i}].sign: states {signs[i]['sign']!r}, the sign rules give {found!r}")
    syms = _symbols(names + params, box)
    f = _exp_form(to_sympy(tree, dict(syms)))
    xs = [syms[nm] for nm in names]
    Hs = [[to_sympy(H[i][j], dict(syms)) for j in range(n)] for i in range(n)]
    for i in range(n):
        for j in range(n):
            true = sp.diff(f, xs[i], xs[j])
            if not _is_zero(Hs[i][j] - true):
                raise CertificateError(f"hessian[{i}][{j}]: states {Hs[i][j]}, the Hessian entry is "
                                       f"{sp.simplify(true)}")
    Ls = sp.Matrix(n, n, lambda i, j: to_sympy(L[i][j], dict(syms)))
    Ds = sp.diag(*[to_sympy(d, dict(syms)) for d in D])
    M = Ls * Ds * Ls.T
    target = 1 if cert.proves.endswith("convex") else -1
    for i in range(n):
        for j in range(i, n):
            if not _is_zero(M[i, j] - target * Hs[i][j]):
                raise CertificateError(f"L D L^T[{i}][{j}]: is {sp.simplify(M[i, j])}, expected "
                                       f"{'' if target > 0 else '-'}hessian[{i}][{j}] = {target * Hs[i][j]}")
    return cert.proves


def verify_proof(cert, tree) -> str:
    """Re-check a rules or Hessian certificate against its subject ``tree``; return what it proves."""
    if cert.kind == "rules":
        return verify_rules(cert, tree)
    if cert.kind == "hessian":
        return verify_hessian(cert, tree)
    raise CertificateError(f"{cert.kind}: not a proof certificate")


__all__ = ["affine_sign", "canon", "domain_box", "domain_form_sign", "domain_halfspaces", "tree_sign", "verify_hessian", "verify_proof", "verify_rules"]
