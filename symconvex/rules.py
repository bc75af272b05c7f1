r"""Proofs by composition rules (disciplined convex programming) over the atom-fact table.

The table of facts lives in ``symconvex.atoms`` (``ATOMS``, ``Curvature``, ``Sign``, ``Monotonicity``); this
module holds the one composition rule (``compose``), sign propagation, domain reasoning from the domain's
variable bounds, and the recognition of composite atoms in SymPy expressions:

====================================  ===========================  =====================================
pattern                               atom                         facts
====================================  ===========================  =====================================
log(c + e^{a_1} + ... + e^{a_k})      ``log_sum_exp``              convex, increasing (softplus: k = 1)
a log a                               ``xlogx``                    convex on a > 0, a affine
a^2 / b                               ``quad_over_lin``            convex on b > 0
(c_1|a_1|^p + ... + c)^{1/p}, p > 1   ``norm_p``                   convex (a p-norm)
t g(A/t), t > 0 affine, A affine      ``perspective``              g's curvature (``perspectives.py``)
b_1^{k_1} ... b_m^{k_m}, b_i > 0      ``rewrite`` exp(sum k_i log b_i)  convex when the sum is (``rewrites.py``)
a_1^{p_1} ... a_k^{p_k}, (a_1 a_2)^p  ``geo_mean`` (``_pow``)      concave on a_i >= 0 (sum p_i <= 1)
====================================  ===========================  =====================================

Public functions: ``prove_by_rules(f, variables, domain)`` returns a ``RulesCertificate`` (affine, convex or
concave) or None; ``curvature_of(expr, variables, domain=None)`` returns the curvature string or None;
``explain(f, variables, domain)`` names the lowest subexpression where no rule applies and suggests a next step.

>>> import sympy as sp
>>> x, y = sp.symbols("x y", real=True)
>>> curvature_of(sp.log(sp.exp(x) + sp.exp(y)), (x, y))
'convex'
>>> curvature_of(sp.sqrt(x), (x,), [x >= 0])
'concave'
>>> print(curvature_of(x * y, (x, y)))
None
>>> explain(x * y + sp.exp(x), (x, y), None).splitlines()[0]
'no rule applies to x*y: a product of non-constant factors is not one of the known atoms'
"""

from __future__ import annotations

import time
from fractions import Fraction
from types import SimpleNamespace

import sympy as sp

from .atoms import (ATOMS, HALF_LINE_ROWS, PARAM_POWER_ROWS, ROW_HEADS, SIGN_SPANS, SPAN_ROWS, AtomFacts, Curvature,
                    Monotonicity, Sign, exponent_rows, geo_mean_exponents_ok, leaky_slope_ok, norm_exponent_ok,
                    param_exponent_ok)
from .certificates import RulesCertificate, to_tree
from .check.signs import (affine_range, affine_sign, domain_affine_forms, domain_box, domain_halfspaces, in_span,
                          joint_form_sign,
                          span_sign, strengthen_sign, tree_sign)
from .domain import Domain
from .errors import InputError
from .evaluation import Undefined, precision, sign as number_sign, value_at
from .functions import leaky_relu, relu, sigmoid, softplus
from .memo import Memo
from .perspectives import find_perspective
from .rewrites import find_log_form, find_log_of_erf, find_log_of_product
from .signs import SIGN_BY_RANGES, box_to_json, variable_sign


# ---------------------------------------------------------------------------------- the one rule

def negate(c: Curvature) -> Curvature:
    """The curvature of -f from f's: convex and concave swap, affine and unknown stay.

    >>> negate(Curvature.CONVEX)
    <Curvature.CONCAVE: 'concave'>
    """
    return {Curvature.CONVEX: Curvature.CONCAVE, Curvature.CONCAVE: Curvature.CONVEX}.get(c, c)


def compose(facts: AtomFacts, args: list[tuple[Curvature, Sign]]) -> Curvature:
    """Curvature of f(g_1, ..., g_k) from the atom's facts and each argument's (curvature, sign).

    f(g) is convex when f is convex (or affine) and every g_i is affine, or convex with f nondecreasing in
    argument i, or concave with f nonincreasing in it; dually concave; affine when f and every g_i are.

    >>> rows = ATOMS["exp"], ATOMS["log"]
    >>> compose(rows[0], [(Curvature.CONVEX, Sign.UNKNOWN)]), compose(rows[1], [(Curvature.CONVEX, Sign.POSITIVE)])
    (<Curvature.CONVEX: 'convex'>, <Curvature.UNKNOWN: 'unknown'>)
    """
    curvs = [c for c, _ in args]
    if facts.curvature is Curvature.UNKNOWN or Curvature.UNKNOWN in curvs:
        return Curvature.UNKNOWN
    if all(c is Curvature.AFFINE for c in curvs):
        return facts.curvature
    mono = [facts.monotone_in(i).resolve(s) for i, (_, s) in enumerate(args)]

    def holds(want: Curvature) -> bool:
        flip = negate(want)
        return facts.curvature in (want, Curvature.AFFINE) and all(
            c is Curvature.AFFINE or (c is want and m is Monotonicity.INCREASING)
            or (c is flip and m is Monotonicity.DECREASING) for c, m in zip(curvs, mono))

    if holds(Curvature.CONVEX):
        return Curvature.CONVEX
    if holds(Curvature.CONCAVE):
        return Curvature.CONCAVE
    return Curvature.UNKNOWN


def sign_of(facts: AtomFacts, signs: list[Sign], lse_constant: Fraction = Fraction(0), *, head: str = "",
            arg_range=None) -> Sign:
    """The sign of an atom's value from its arguments' signs (the atom's fixed sign, or its sign rule; the rule
    ``range`` reads it off the argument's range ``arg_range`` with ``SIGN_SPANS[head]``)."""
    rule = facts.sign
    if isinstance(rule, Sign):
        return rule
    if rule == "range":
        return Sign(span_sign(head, arg_range, SIGN_SPANS))
    if rule in ("sum", "product"):
        out = signs[0]
        for s in signs[1:]:
            out = out.add(s) if rule == "sum" else out.mul(s)
        return out
    if rule == "max":
        return Sign.of(any(s is Sign.POSITIVE for s in signs), any(s.ge0 for s in signs),
                       all(s is Sign.NEGATIVE for s in signs), all(s.le0 for s in signs))
    if rule == "min":
        return Sign.of(all(s is Sign.POSITIVE for s in signs), all(s.ge0 for s in signs),
                       any(s is Sign.NEGATIVE for s in signs), any(s.le0 for s in signs))
    if rule == "same":
        return signs[0]
    if rule == "same_weak":
        return Sign.NONPOSITIVE if signs[0] is Sign.NEGATIVE else signs[0]
    if rule == "lse":
        return Sign.POSITIVE if lse_constant >= 1 else Sign.UNKNOWN
    raise ValueError(f"unknown sign rule {rule!r}")


# ------------------------------------------------------------------------------------------ prover

class _NoRule(Exception):
    """No rule applies at ``expr``; ``reason`` says why, ``hint`` what to try next."""

    def __init__(self, expr, reason: str, hint: str):
        super().__init__(reason)
        self.expr, self.reason, self.hint = expr, reason, hint


_HESSIAN_HINT = "try a Hessian proof (decompose.prove_by_hessian) or look for a curvature refutation"

_PLAIN = {sp.exp: "exp", sp.Abs: "abs", relu: "relu", softplus: "softplus", sigmoid: "sigmoid", sp.tanh: "tanh",
          sp.cosh: "cosh", sp.sinh: "sinh", sp.atan: "arctan", sp.asinh: "arcsinh", sp.asin: "arcsin", sp.acos: "arccos",
          sp.sin: "sin", sp.cos: "cos", sp.tan: "tan", sp.acosh: "arccosh", sp.atanh: "artanh", sp.erf: "erf",
          sp.erfc: "erfc", sp.gamma: "gamma"}


def _names(variables) -> list[str]:
    return [v if isinstance(v, str) else v.name for v in variables]


def _as_domain(domain, variables):
    if domain is None or isinstance(domain, Domain):
        return domain
    syms = [sp.Symbol(v, real=True) if isinstance(v, str) else v for v in variables]
    return Domain.build(syms, domain)


def box_of(domain, variables) -> dict:
    """{name: [lower, lower_strict, upper, upper_strict]} from the domain's single-variable affine bounds,
    computed exactly as the checker does."""
    trees = () if domain is None else domain.to_trees()
    return domain_box(SimpleNamespace(variables=tuple(_names(variables)), domain=tuple(trees)))


class _Prover:
    def __init__(self, variables, domain, parameters=()):
        self.names = set(_names(variables))
        self.parameters = set(_names(parameters))
        self.box = box_of(domain, [*variables, *parameters])  # a parameter's bounds give its sign
        self.halfspaces = domain_halfspaces(SimpleNamespace(
            variables=tuple(_names(variables)), parameters=tuple(_names(parameters)),
            domain=() if domain is None else tuple(domain.to_trees())))
        self.affine_forms = domain_affine_forms(SimpleNamespace(
            variables=tuple(_names(variables)), parameters=tuple(_names(parameters)),
            domain=() if domain is None else tuple(domain.to_trees())))

    def is_constant(self, e) -> bool:
        return not any(s.name in self.names for s in e.free_symbols)

    @staticmethod
    def _node(expr_tree, rule, curv: Curvature, sgn: Sign, children=()):
        node = {"expr": expr_tree, "rule": rule, "curvature": curv.value, "sign": sgn.value,
                "children": [c[0] for c in children]}
        return node, curv, sgn

    def tree(self, e):
        try:
            return to_tree(e)
        except InputError as exc:
            raise _NoRule(e, str(exc), "rewrite the expression with supported functions") from None

    def constant(self, e):
        if e.free_symbols and {s.name for s in e.free_symbols} <= self.parameters:  # any allowed value
            t = self.tree(e)
            sgn = Sign(variable_sign(self.box[e.name])) if isinstance(e, sp.Symbol) else self.parameter_sign(t)
            return self._node(t, "constant", Curvature.AFFINE, sgn)
        if e.free_symbols:
            raise _NoRule(e, f"uses symbols {sorted(s.name for s in e.free_symbols)} that are not variables",
                          "list them as variables or give them values")
        t = self.tree(e)
        try:  # the finders' evaluator (exact, or a python-flint ball); the checker recomputes the sign
            with precision():
                s = number_sign(value_at(t, (), []))
        except Undefined as exc:
            raise _NoRule(e, f"the constant is undefined ({exc})", "check the expression") from None
        sgn = {1: Sign.POSITIVE, -1: Sign.NEGATIVE, 0: Sign.ZERO}.get(s, Sign.UNKNOWN)
        return self._node(t, "constant", Curvature.AFFINE, sgn)

    def parameter_sign(self, t) -> Sign:
        """The sign of an expression in parameters for every value the box allows, as the checker re-derives it
        (an affine range, a domain constraint it is a multiple of, interval evaluation on the box)."""
        for sign_of_tree in (lambda: affine_sign(t, self.box, self.halfspaces),
                             lambda: joint_form_sign(t, list(self.box), self.halfspaces),
                             lambda: tree_sign(t, self.box, interior=False)):
            found = sign_of_tree()
            if found != "unknown":
                return Sign(found)
        return Sign.UNKNOWN

    def prove(self, e):
        """(node, curvature, sign) for e, or raise _NoRule at the lowest failing subexpression. A sign the rules
        leave open is strengthened as the checker does (``strengthen_sign``: ranges with open ends, exact
        factoring), and the node then carries the hint ``sign_by``."""
        node, curv, sgn = self._prove(e)
        if sgn in (Sign.POSITIVE, Sign.NEGATIVE, Sign.ZERO) or node["rule"] in ("constant", "variable"):
            return node, curv, sgn
        better = strengthen_sign(sgn.value, node["expr"], self.box, self.halfspaces)
        if better != sgn.value:
            node["sign"], node["sign_by"] = better, SIGN_BY_RANGES
            sgn = Sign(better)
        return node, curv, sgn

    def _prove(self, e):
        if self.is_constant(e):
            return self.constant(e)
        if isinstance(e, sp.Symbol):
            sgn = Sign(variable_sign(self.box[e.name]))
            return self._node(["var", e.name], "variable", Curvature.AFFINE, sgn)
        if isinstance(e, sp.Add):
            terms, kids = list(e.args), []
            for g in [a.args[0] for a in e.atoms(sp.Abs)]:   # CVXPY's huber(g), as the parser writes it: two terms
                pair = [sp.Min(1, sp.Abs(g)) ** 2, 2 * relu(sp.Abs(g) - 1)]
                if all(t in terms for t in pair):
                    terms = [t for t in terms if t not in pair]
                    h = sp.Add(*pair)
                    kids.append(self.atom(h, self.tree(h), "huber", ATOMS["huber"], [self.prove(g)]))
            if kids and not terms and len(kids) == 1:
                return kids[0]
            kids += [self.prove(a) for a in terms]
            node, curv, sgn = self.atom(e, self.tree(e), "add", ATOMS["add"], kids)
            exact = (affine_sign(node["expr"], self.box, self.halfspaces) if curv is Curvature.AFFINE  # (as the
                     else joint_form_sign(node["expr"], list(self.box), self.halfspaces))             # checker does)
            if exact != "unknown":
                sgn = Sign(exact)
                node["sign"] = sgn.value
            return node, curv, sgn
        if isinstance(e, sp.Mul):
            return self.product(e)
        if isinstance(e, sp.Pow):
            return self.power(e)
        if isinstance(e, sp.log):
            return self.log(e)
        if isinstance(e, leaky_relu):
            alpha = e.args[1]
            if not (alpha.is_Rational and leaky_slope_ok(Fraction(int(alpha.p), int(alpha.q)))):
                raise _NoRule(e, f"leaky_relu needs a numeric slope 0 <= alpha <= 1, found {alpha}",
                              "use a slope in [0, 1]")
            return self.atom(e, self.tree(e), "leaky_relu", ATOMS["leaky_relu"], [self.prove(e.args[0])])
        if isinstance(e, sp.polygamma) and e.args[0] == 0:  # SymPy's digamma(a)
            return self.atom(e, self.tree(e), "digamma", ATOMS["digamma"], [self.prove(e.args[1])])
        if isinstance(e, sp.loggamma):
            return self.atom(e, self.tree(e), "log_gamma", ATOMS["log_gamma"], [self.prove(e.args[0])])
        if isinstance(e, (sp.Max, sp.Min)):
            head = "max" if isinstance(e, sp.Max) else "min"
            return self.atom(e, self.tree(e), head, ATOMS[head], [self.prove(a) for a in e.args])
        for cls, head in _PLAIN.items():
            if isinstance(e, cls):
                kid = self.prove(e.args[0])
                # convex or concave on a half-line (sigmoid, tanh, sinh, arctan, ...) or where the argument's
                # range lies in a span (sin, cos, tan, arcsin, arccos): the first row that fits
                for row in HALF_LINE_ROWS.get(head, ()) + SPAN_ROWS.get(head, ()):
                    facts = ATOMS[row]
                    if kid[2].satisfies(facts.domain_of(0)) and (
                            facts.span is None or in_span(affine_range(kid[0]["expr"], self.box, self.affine_forms),
                                                         facts.span)):
                        return self.atom(e, self.tree(e), row, facts, [kid])
                return self.atom(e, self.tree(e), head, ATOMS[head], [kid])
        raise _NoRule(e, f"{type(e).__name__} is not an atom of the rule table",
                      "rewrite it with exp, log, powers, max, min, abs or the activations")

    def atom(self, e, expr_tree, rule, facts: AtomFacts, kids, lse_constant=Fraction(0)):
        for i, (_, _, s) in enumerate(kids):
            need = facts.domain_of(i)
            if not s.satisfies(need):
                arg = kids[i][0]["expr"]
                raise _NoRule(e, f"{rule} needs argument {i + 1} to be {need.value} on the domain, but its sign "
                                 f"is {s.value}",
                              f"restrict the domain so that the argument is {need.value} (e.g. a bound on "
                              f"{_show_tree(arg)})")
        arg_range = None
        if facts.span is not None or facts.sign == "range":
            arg_range = affine_range(kids[0][0]["expr"], self.box, self.affine_forms)
            if facts.span is not None and not in_span(arg_range, facts.span):
                raise _NoRule(e, f"{rule} needs its argument to range within {facts.statement.partition(' on ')[2]} "
                                 "(an affine argument, on the box of the domain's bounds)",
                              "give a domain that keeps the argument in that range")
        curv = compose(facts, [(c, s) for _, c, s in kids])
        if curv is Curvature.UNKNOWN:
            raise _NoRule(e, _why(rule, facts, kids), _HESSIAN_HINT)
        sign = sign_of(facts, [s for _, _, s in kids], lse_constant, head=ROW_HEADS.get(rule, rule),
                       arg_range=arg_range)
        return self._node(expr_tree, rule, curv, sign, kids)

    def product(self, e):
        consts = [a for a in e.args if self.is_constant(a)]
        rest = [a for a in e.args if not self.is_constant(a)]
        inner = self.prove(rest[0]) if len(rest) == 1 else self.pattern_product(sp.Mul(*rest, evaluate=False),
                                                                                    rest)
        if not consts:
            return inner
        kids = [self.constant(c) for c in consts] + [inner]
        c_sign = Sign.POSITIVE
        for _, _, s in kids[:-1]:
            c_sign = c_sign.mul(s)
        _, curv, sgn = inner
        if c_sign in (Sign.NEGATIVE, Sign.NONPOSITIVE):
            curv = negate(curv)
        elif c_sign is Sign.ZERO:
            curv = Curvature.AFFINE
        elif c_sign not in (Sign.POSITIVE, Sign.NONNEGATIVE) and curv is not Curvature.AFFINE:
            raise _NoRule(e, "the sign of the constant factor cannot be decided", "simplify the constant")
        return self._node(self.tree(e), "scale", curv, sign_of(ATOMS["scale"], [s for _, _, s in kids]), kids)

    def pattern_product(self, e, factors):
        tree = ["mul", *[self.tree(f) for f in factors]]
        if len(factors) == 2:
            a, b = factors
            for u, v in ((a, b), (b, a)):
                if isinstance(v, sp.log) and v.args[0] == u:
                    return self.atom(e, tree, "xlogx", ATOMS["xlogx"], [self.prove(u)])
                if (isinstance(u, sp.Pow) and u.exp == 2 and isinstance(v, sp.Pow) and v.exp == -1):
                    return self.atom(e, tree, "quad_over_lin", ATOMS["quad_over_lin"],
                                     [self.prove(u.base), self.prove(v.base)])
                found = self.odd_power_of_abs(e, u, v)
                if found is not None:
                    return found
        if all(isinstance(f, sp.Pow) and f.exp.is_Rational for f in factors):
            powers = [Fraction(int(f.exp.p), int(f.exp.q)) for f in factors]
            if geo_mean_exponents_ok(powers):
                return self.atom(e, tree, "geo_mean", ATOMS["geo_mean"], [self.prove(f.base) for f in factors])
        found = self.geo_mean_param(e, tree, factors)  # x^a y^(1 - a) for 0 <= a <= 1
        found = found or find_perspective(self, e, _NoRule)  # t g(A/t): x^4/t^3, t e^{y/t}, x log(x/y), ...
        found = found or find_log_form(self, e, _NoRule)  # a product of log-convex factors: exp(sum k_i log b_i)
        if found is not None:
            return found
        raise _NoRule(e, "a product of non-constant factors is not one of the known atoms",
                      _HESSIAN_HINT + " (a product such as x*y is neither convex nor concave)")

    def odd_power_of_abs(self, e, power, absolute):
        """|g|^n for an odd n >= 3, which SymPy writes g^(n-1) |g|: a rewrite node whose child is the power row
        applied to |g| (a nonnegative argument), or None when e is not of that form."""
        if not (isinstance(absolute, sp.Abs) and isinstance(power, sp.Pow) and power.base == absolute.args[0]
                and power.exp.is_Integer and power.exp >= 2 and power.exp % 2 == 0):
            return None
        kid = self.prove(absolute)
        n = int(power.exp) + 1
        child = self.atom(e, ["pow", kid[0]["expr"], ["num", str(n)]], "pow_odd_nonneg", ATOMS["pow_odd_nonneg"],
                          [kid])
        return self._node(self.tree(e), "rewrite", child[1], child[2], [child])

    def geo_mean_param(self, e, tree, factors):
        """A weighted geometric mean whose weights are expressions in the parameters (geo_mean_param), when each
        weight and 1 minus their sum are >= 0 for every allowed value; else None."""
        if not self.parameters or not all(isinstance(f, sp.Pow) for f in factors):
            return None
        exponents = [f.exp for f in factors]
        if not any(x.free_symbols for x in exponents) or \
                any({s.name for s in x.free_symbols} - self.parameters for x in exponents):
            return None
        rest = ["add", ["num", "1"], *[["mul", ["num", "-1"], self.tree(x)] for x in exponents]]
        ok = (Sign.POSITIVE, Sign.NONNEGATIVE, Sign.ZERO)
        if any(self.parameter_sign(t) not in ok for t in [self.tree(x) for x in exponents] + [rest]):
            return None
        return self.atom(e, tree, "geo_mean_param", ATOMS["geo_mean_param"], [self.prove(f.base) for f in factors])

    def power(self, e):
        base, ex = e.args
        if isinstance(ex, sp.Symbol) and ex.name in self.parameters:  # a^p for a parameter p: by its bounds
            rows = [row for row in PARAM_POWER_ROWS if param_exponent_ok(row, self.box[ex.name])]
            if not rows:
                raise _NoRule(e, f"the exponent {ex} is a parameter whose conditions do not give p >= 1, "
                                 "0 <= p <= 1 or p <= 0", "state such a condition on the parameter")
            return self.atom(e, self.tree(e), rows[0], ATOMS[rows[0]], [self.prove(base)])
        if ex.free_symbols:  # a^g = e^{g log a} on a > 0 (x^x): exp's row on the child g log a
            return self.atom(e, self.tree(e), "pow_exp", ATOMS["pow_exp"], [self.prove(sp.Mul(ex, sp.log(base)))])
        if not ex.is_Rational:
            raise _NoRule(e, f"the exponent {ex} is not a rational number",
                          "write b^e as exp(e log b) or give a numeric exponent")
        p = Fraction(int(ex.p), int(ex.q))
        if (p > 0 and isinstance(base, sp.Mul) and len(base.args) * p <= 1
                and all(not self.is_constant(a) and not isinstance(a, sp.Pow) for a in base.args)):
            return self.atom(e, self.tree(e), "geo_mean_pow", ATOMS["geo_mean_pow"],
                             [self.prove(a) for a in base.args])
        if p == Fraction(1, 2) and isinstance(base, sp.Add):
            norm = self.norm2(e, base)
            if norm is not None:
                return norm
        if 0 < p < 1 and isinstance(base, sp.Add):
            norm = self.norm_p(e, base, 1 / p)
            if norm is not None:
                return norm
        kid = self.prove(base)
        rows = exponent_rows(p)
        failure = None
        for row in rows:
            try:
                return self.atom(e, self.tree(e), row, ATOMS[row], [kid])
            except _NoRule as exc:
                failure = failure or exc
        if failure is None:
            raise _NoRule(e, f"no power rule for the exponent {p}", "simplify the expression")
        if kid[2] is Sign.UNKNOWN and len(rows) > 1:
            raise _NoRule(e, f"the power {p} is convex or concave only where its base has a fixed sign, and the "
                             f"sign of {base} is unknown",
                          f"restrict the domain (e.g. {base} >= 0)" if base.is_Symbol else
                          "restrict the domain so that the base has a fixed sign")
        raise failure

    def norm2(self, e, base):
        """sqrt(c_1 g_1^2 + ... + c_k g_k^2 + c) with c_i > 0, c >= 0 as the Euclidean norm atom, or None."""
        rests = _weighted_terms(base)
        if not rests or not all(isinstance(r, sp.Pow) and r.exp == 2 for r in rests):
            return None
        kids = [r.base for r in rests]
        try:
            return self.atom(e, self.tree(e), "norm2", ATOMS["norm2"], [self.prove(g) for g in kids])
        except _NoRule:
            return None

    def norm_p(self, e, base, q: Fraction):
        """(c_1 |g_1|^q + ... + c_k |g_k|^q + c)^{1/q} with q > 1, c_i > 0, c >= 0 as the p-norm atom (|g|^q may be
        g^q when q is an even integer), or None."""
        if not norm_exponent_ok(q):
            return None
        even = q.denominator == 1 and q.numerator % 2 == 0
        rests = _weighted_terms(base)
        if rests is None:
            return None
        kids = []
        for rest in rests:
            if isinstance(rest, sp.Mul) and len(rest.args) == 2 and q.denominator == 1 and q.numerator % 2 == 1:
                absolute = [f for f in rest.args if isinstance(f, sp.Abs)]  # |g|^q written g^(q-1) |g|
                powers = [f for f in rest.args if isinstance(f, sp.Pow) and f.exp == q.numerator - 1]
                if len(absolute) == 1 and len(powers) == 1 and absolute[0].args[0] == powers[0].base:
                    kids.append(powers[0].base)
                    continue
                return None
            if not (isinstance(rest, sp.Pow) and rest.exp.is_Rational
                    and Fraction(int(rest.exp.p), int(rest.exp.q)) == q):
                return None
            if isinstance(rest.base, sp.Abs):
                kids.append(rest.base.args[0])
            elif even:
                kids.append(rest.base)
            else:
                return None
        if not kids:
            return None
        try:
            return self.atom(e, self.tree(e), "norm_p", ATOMS["norm_p"], [self.prove(g) for g in kids])
        except _NoRule:
            return None

    def log(self, e):
        arg = e.args[0]
        if isinstance(arg, (sp.gamma, sp.erfc)):  # log Gamma(a): convex on a > 0 (Bohr-Mollerup); log erfc: concave
            row = "log_gamma" if isinstance(arg, sp.gamma) else "log_erfc"
            return self.atom(e, self.tree(e), row, ATOMS[row], [self.prove(arg.args[0])])
        if isinstance(arg, sigmoid):   # log sigma(a) = -softplus(-a): concave, increasing
            return self.atom(e, self.tree(e), "log_sigmoid", ATOMS["log_sigmoid"], [self.prove(arg.args[0])])
        complement = 1 - arg
        if isinstance(complement, sigmoid):   # log(1 - sigma(a)) = -softplus(a): concave, decreasing
            tree = ["log", ["add", ["num", "1"], ["mul", ["num", "-1"], self.tree(complement)]]]
            return self.atom(e, tree, "log_one_minus_sigmoid", ATOMS["log_one_minus_sigmoid"],
                             [self.prove(complement.args[0])])
        if isinstance(arg, sp.Add):
            exps = [t for t in arg.args if isinstance(t, sp.exp)]
            others = [t for t in arg.args if not isinstance(t, sp.exp)]
            if exps and all(t.is_Rational and t > 0 for t in others):
                constant = sum((Fraction(int(t.p), int(t.q)) for t in others), Fraction(0))
                kids = [self.prove(t.args[0]) for t in exps]
                tree = ["log", ["add", *[self.tree(t) for t in exps], *[self.tree(t) for t in others]]]
                return self.atom(e, tree, "log_sum_exp", ATOMS["log_sum_exp"], kids, constant)
        try:
            return self.atom(e, self.tree(e), "log", ATOMS["log"], [self.prove(arg)])
        except _NoRule:
            found = find_log_of_product(self, e, _NoRule)  # log(e^{-|x|}/2) = -|x| - log 2
            found = found or find_log_of_erf(self, e, _NoRule)  # log((1 + erf(u))/2) = log erfc(-u) - log 2
            if found is None:
                raise
            return found


def _show_tree(tree) -> str:
    from .certificates import to_sympy

    try:
        return str(to_sympy(tree))
    except Exception:  # display only
        return str(tree)


def _why(rule, facts: AtomFacts, kids) -> str:
    if facts.curvature is Curvature.UNKNOWN:
        return f"{rule} is neither convex nor concave ({facts.statement})"
    bad = []
    for i, (node, c, s) in enumerate(kids):
        if c is Curvature.AFFINE:
            continue
        m = facts.monotone_in(i).resolve(s)
        bad.append(f"argument {i + 1} ({_show_tree(node['expr'])}) is {c.value} and {rule} is {m.value} in it")
    return (f"{rule} is {facts.curvature.value}, so each argument must be affine, convex where {rule} is "
            f"nondecreasing, or concave where it is nonincreasing; but " + "; ".join(bad))


def _run(f, variables, domain, parameters=()):
    domain = _as_domain(domain, variables)
    f = sp.sympify(f)
    return _Prover(variables, domain, parameters), domain, f


# ------------------------------------------------------------------------------------------ public

def prove_by_rules(f, variables, domain, *, parameters=()) -> RulesCertificate | None:
    """A ``RulesCertificate`` that f is affine, convex or concave on the domain, or None when no
    composition of the atom rules gives a curvature (None proves nothing). Symbols in ``parameters`` are
    constants of unknown sign: the certificate then holds for every real value of them.

    >>> import sympy as sp
    >>> x = sp.Symbol("x", real=True)
    >>> cert = prove_by_rules(sp.Max(0, x) + sp.exp(-x), (x,), None)
    >>> cert.proves, cert.derivation["rule"]
    ('convex', 'add')
    >>> from symconvex.check import verify
    >>> verify(cert)
    'convex'

    The answer depends on the exact inputs alone (f, the names, the domain's trees, the parameters' names), so it is
    remembered per process (``_MEMO``, a ``memo.Memo``): the same question again gets a copy of the same answer.
    """
    domain = _as_domain(domain, variables)
    f = sp.sympify(f)
    key = (sp.srepr(f), tuple(_names(variables)), repr(() if domain is None else domain.to_trees()),
           tuple(_names(parameters)))
    kept = _MEMO.lookup(key)
    if kept is not None:
        return kept[0]
    started = time.monotonic()
    cert = _prove_by_rules(f, variables, domain, parameters)
    _MEMO.store(key, cert, None, started)
    return cert


#: ``prove_by_rules``'s memo (the certificate or None).
_MEMO = Memo()


def _prove_by_rules(f, variables, domain, parameters) -> RulesCertificate | None:
    """``prove_by_rules`` without the memo."""
    prover, domain, f = _run(f, variables, domain, parameters)
    try:
        node, curv, _ = prover.prove(f)
    except _NoRule:
        return None
    node["box"] = box_to_json(prover.box)
    return RulesCertificate(variables=tuple(_names(variables)), function=to_tree(f),
                            domain=() if domain is None else domain.to_trees(), proves=curv.value,
                            derivation=node, parameters=tuple(_names(parameters)))


def curvature_of(expr, variables, domain=None) -> str | None:
    """``"convex"``, ``"concave"`` or ``"affine"`` when the rules prove it on the domain, else None."""
    prover, _, expr = _run(expr, variables, domain)
    try:
        return prover.prove(expr)[1].value
    except _NoRule:
        return None


def explain(f, variables, domain) -> str:
    """What the rules conclude about f; when they conclude nothing, the lowest subexpression where no rule
    applied, why, and a suggested next step (CVXPY's non-DCP explanation)."""
    prover, _, f = _run(f, variables, domain)
    try:
        _, curv, sgn = prover.prove(f)
    except _NoRule as exc:
        return f"no rule applies to {exc.expr}: {exc.reason}\nnext step: {exc.hint}"
    return f"{f} is {curv.value} by the composition rules (sign: {sgn.value})"


def _weighted_terms(base) -> list | None:
    """The non-constant terms of the sum ``base`` without their coefficients, when every coefficient is a positive
    rational and every constant term a nonnegative rational (c_1 r_1 + ... + c_k r_k + c); else None."""
    rests = []
    for term in base.args:
        if term.is_number:
            if not (term.is_Rational and term >= 0):
                return None
            continue
        coeff, rest = term.as_coeff_Mul()
        if not (coeff.is_Rational and coeff > 0):
            return None
        rests.append(rest)
    return rests


__all__ = ["box_of", "compose", "curvature_of", "explain", "negate", "prove_by_rules", "sign_of"]
