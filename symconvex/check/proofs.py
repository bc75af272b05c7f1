r"""Checking proofs of convexity: rules derivations and Hessian decompositions (checker; trusted; kernel layer).

Independent of the search code: this module imports the certificate schema, the error class, the atom-fact
table (``symconvex.atoms``, trusted data), the checker's own evaluator and sign reasoning (``check/signs.py``),
SymPy and mpmath, and never ``rules``/``decompose``/``search``. It follows the certificate's hints and never
searches.

**The box.** Both kinds reason about signs from the single-variable affine constraints of the domain
(``signs.domain_box``): per variable the tightest lower/upper bound, with strictness. Other constraints are not used
unless a node asks for them (the proof then holds on the box, which contains the domain). The certificate states
the box it relies on (``derivation["box"]``, each ``pivot_signs[k]["box"]``) as
``{name: [lower, lower_strict, upper, upper_strict]}`` (bounds ``"p/q"``, or ``["a", "b"]`` for a + b pi, or null;
only bounded variables), and it must equal the box computed here from ``domain``. Bounds with pi are compared
exactly, never rounded: rounding pi/2 outward would let tan x on [0, pi/2) reach its pole, rounding inward would
prove a fact on a smaller set.

**Rules** (``RulesCertificate``). ``derivation`` is a tree of nodes
``{"expr": tree, "rule": name, "curvature": c, "sign": s, "children": [nodes]}``. Accepted when:

- the root's ``expr`` is the certificate's function and ``proves`` is the root's curvature;
- every node's ``expr`` equals its rule's template (``atoms.RULE_TEMPLATES``, data) filled with its children's
  ``expr`` (up to the order and nesting of sums and products, which are associative and commutative), or, for the
  rules that carry weights and constants (log_sum_exp, norm2, norm_p, geo_mean), the tree their reader rebuilds;
- every node's ``curvature`` and ``sign`` are what the rule gives from the children's, with the atom facts of
  ``symconvex.atoms`` and the composition rule: f(g_1, ..., g_k) is convex when f is convex (or affine) and
  each g_i is affine, or convex with f nondecreasing in argument i, or concave with f nonincreasing; dually
  concave; affine when f is affine and every g_i is;
- every atom's argument has the sign its domain needs (log: > 0, sqrt: >= 0, 1/x: > 0, ...), so the function
  is defined on the box; rows with a ``span`` (sin, cos, tan, arcsin, ...) apply to an affine argument whose exact
  range on the box lies in the span plus a whole number of periods; a node with the hint ``"sign_by": "ranges"``
  has the rule's sign strengthened by ``signs.strengthen_sign`` (ranges with open ends, exact factors, joint
  constraints), re-derived here; leaves: ``constant`` (no variable; evaluated exactly or with intervals, or, when it
  contains some of the certificate's ``parameters``, its sign for every parameter value in the box, by the same
  reasoning as any sign on the domain: 1 - a > 0 when a < 1) and ``variable`` (its sign from the box). A derivation
  with parameters thus holds for every parameter value the domain allows.
- rule families with a module of their own: ``norm_p`` (``check/norms.py`` reads its terms); ``perspective``
  (t g(A/t) with an inner derivation of g, ``check/perspective.py``); ``rewrite`` (E is the same function as the
  child's expression on the domain, ``check/rewrite.py``); the rows ``pow_param_*`` (a^p with a parameter p whose
  bounds in the domain meet the row's condition, ``atoms.param_exponent_ok``); ``geo_mean_param`` (a product of
  powers whose exponents are expressions in the parameters, each >= 0 and their sum <= 1 on the box).

**Hessian** (``HessianCertificate``). Accepted when the box has a nonempty interior; the function uses only
smooth operations (+, *, rational powers, exp, log, sigmoid, softplus, tanh, pi, sin, cos, tan, sinh,
cosh, arctan, arcsinh, arcsin, arccos, arccosh, artanh) each defined on the box (tan, arcsin, arccos, arccosh,
artanh: an affine argument whose exact range lies in their domain, open where the derivatives blow up), with
every non-integer power's base > 0 on the open interior (a power whose exponent is an expression in the
parameters, x^p, also on the box: it is exp(p log x) for each fixed p) (so f is continuous on the box and C^2 inside);
``hessian`` is the true Hessian H and L diag(D) L^T - (+-H) is 0 (+ for convex, - for concave), both decided by
``rewrite.is_zero`` (exact rational arithmetic where the entries are rational functions); ``L`` is unit lower
triangular; every entry of H, L, D is defined on the interior; and each pivot D_k is >= 0 on the interior by sign
rules, or by interval evaluation on the box where the rules leave a sum's sign open (its
``pivot_signs[k]["sign"]`` states the sign found). Then +-H is positive semidefinite on the interior, f is convex
(concave) there, and by continuity on the box.

*Joint constraints.* When every ``pivot_signs`` entry carries ``"sign_by": "ranges"``, the proof is about the
domain itself, which must be open (strict inequalities) or a box (bounds only, open or closed: f is then also
checked continuous on the closed box, as above, and in one variable ``nonzero_at`` may show strictness): every
sign (of a log's argument, a power's base, a pivot) is the sign rules' on the open box, strengthened by
``strengthen_sign``, so it holds at every point of the domain. Then f is C^2 on the open domain and +-H is positive
semidefinite (definite) there: f is convex (strictly) along every segment inside the domain, i.e. on the domain,
which the analysis has shown convex with a checked domain certificate (``check/domains.py``).
With ``parameters`` (constants, bounded by the domain like variables), the same holds for each parameter value
in the open box, and, f being continuous on the closed box, for the boundary values too (a pointwise limit of
convex functions is convex); a strict proof with parameters needs strict conditions only.
"""

from __future__ import annotations

import json
from fractions import Fraction
from functools import reduce

import sympy as sp

from ..atoms import (ATOMS, OPEN_UNIT_INTERVAL, RULE_TEMPLATES, SIGN_SPANS, TAN_DOMAIN, UNIT_INTERVAL, Span,
                     exponent_ok, geo_mean_exponents_ok, param_exponent_ok)
from ..errors import CertificateError
from .evaluate import value_at
from .norms import norm2_template, norm_p_template
from .numbers import matches_stated, show
from .numbers import sign as number_sign
from .rewrite import defined_on_domain, is_zero
from .symbolic import to_sympy
from .trees import check_tree, parse_rational, tree_variables
from .signs import (affine_range, affine_sign, box_to_json, check_box, check_constraint, domain_box, domain_form_sign,
                    domain_halfspaces, ge0, in_span, interior_box, is_bound, le0, number_word, polynomial_form,
                    satisfies, short, show_range, sign_add, sign_mul, sign_of, span_sign, strengthen_sign, stronger,
                    tree_sign, variable_sign)

# Names other modules still import from here: the search side (rules, decompose, convexsets; issue #13 is to give
# it helpers of its own) and check.domains (box_to_json, check_constraint, _polynomial_form, ...).
_is_bound, _polynomial_form = is_bound, polynomial_form

CURVATURES = ("affine", "convex", "concave")
SIGNS = ("positive", "nonnegative", "zero", "nonpositive", "negative", "unknown")

#: The one value of a node's optional ``sign_by`` hint: its sign is the rule's, strengthened by the range of its
#: expression on the box with open and closed ends, or by its exact factorization (``signs.strengthen_sign``).
SIGN_BY_RANGES = "ranges"


def canon(tree):
    """The tree with nested sums/products flattened and their arguments sorted (associativity and
    commutativity only: no other identity is used, so two trees with the same canon denote the same
    function with the same domain)."""
    head = tree[0]
    if head in ("num", "var"):
        return tree
    args = [canon(a) for a in tree[1:]]
    if head in ("add", "mul"):
        flat = [b for a in args for b in (a[1:] if a[0] == head else [a])]
        args = sorted(flat, key=json.dumps)
    return [head, *args]


def _num(tree) -> Fraction | None:
    """The rational a ``["num", "p/q"]`` leaf denotes, else None."""
    return parse_rational(tree[1]) if isinstance(tree, list) and len(tree) == 2 and tree[0] == "num" else None


# ------------------------------------------------------------------------------------------- rules

_NODE_KEYS = {"expr", "rule", "curvature", "sign", "children", "sign_by"}


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
    """A ``signed`` monotonicity (nondecreasing on >= 0, nonincreasing on <= 0) where the argument has sign s."""
    if mono != "signed":
        return mono
    return "increasing" if ge0(s) else "decreasing" if le0(s) else "nonmonotone"


#: An atom row's sign rule (``atoms.SIGN_RULES``) on its arguments' signs: a true statement about the value.
_SIGN_RULES = {
    "sum": lambda signs: reduce(sign_add, signs),
    "product": lambda signs: reduce(sign_mul, signs),
    "max": lambda signs: sign_of(any(s == "positive" for s in signs), any(ge0(s) for s in signs),
                                 all(s == "negative" for s in signs), all(le0(s) for s in signs)),
    "min": lambda signs: sign_of(all(s == "positive" for s in signs), all(ge0(s) for s in signs),
                                 any(s == "negative" for s in signs), any(le0(s) for s in signs)),
    "same": lambda signs: signs[0],
    "same_weak": lambda signs: {"negative": "nonpositive"}.get(signs[0], signs[0]),
}


def _row_sign(rule: str, facts, signs: list[str], lse_constant: Fraction = Fraction(0), arg_range=None) -> str:
    """The sign of an atom's value: the row's fixed sign, or its sign rule applied to the arguments' signs
    (``range``: from the argument's exact range and ``atoms.SIGN_SPANS``; ``lse``: positive when the constant
    terms of log(c + sum e^{a_i}) add up to c >= 1, since the argument is then > 1)."""
    rule_sign = getattr(facts.sign, "value", facts.sign)
    if rule_sign == "range":
        from ..atoms import ROW_HEADS
        return span_sign(ROW_HEADS.get(rule, rule), arg_range, SIGN_SPANS)
    if rule_sign == "lse":
        return "positive" if lse_constant >= 1 else "unknown"
    if rule_sign in _SIGN_RULES:
        return _SIGN_RULES[rule_sign](signs)
    if rule_sign in SIGNS:
        return rule_sign
    raise CertificateError(f"{rule}: the atom table names an unknown sign rule {rule_sign!r}")


def _fill(template, exprs: list, expr):
    """The tree a ``RULE_TEMPLATES`` template builds: "$i" the i-th child's expression, "$*" all of them (spliced),
    "$p" the subtree of ``expr`` at the same place (None when ``expr`` has another shape there)."""
    if template == "$p":
        return expr
    if isinstance(template, str) and template.startswith("$"):
        return exprs[int(template[1:])]
    if template[0] == "num":
        return template
    out = [template[0]]
    for i, t in enumerate(template[1:], 1):
        if t == "$*":
            out.extend(exprs)
        else:
            sub = expr[i] if isinstance(expr, list) and expr[:1] == [template[0]] and len(expr) > i else None
            out.append(_fill(t, exprs, sub))
    return out


def _places(template, expr, path=()):
    """The subtrees of ``expr`` in the template's "$p" places (None where ``expr`` does not reach)."""
    if template == "$p":
        yield expr
    elif isinstance(template, list) and template[0] != "num":
        for i, t in enumerate(template[1:], 1):
            sub = expr[i] if isinstance(expr, list) and expr[:1] == [template[0]] and len(expr) > i else None
            yield from _places(t, sub)


def _lse_template(expr, exprs, where):
    """log(e^{a_1} + ... + e^{a_k} + c_1 + ...) with numbers c_j > 0 (log_sum_exp)."""
    if expr[0] != "log" or expr[1][0] != "add":
        raise CertificateError(f"{where}: log_sum_exp needs log(sum), found {short(expr)}")
    constants = [t for t in expr[1][1:] if t[0] != "exp"]
    if any(_num(t) is None or _num(t) <= 0 for t in constants):
        raise CertificateError(f"{where}: log_sum_exp terms must be exp(...) or positive numbers, found "
                               f"{short(constants)}")
    return ["log", ["add", *[["exp", e] for e in exprs], *constants]]


def _geo_mean_template(expr, exprs, where):
    """a_1^{p_1} ... a_k^{p_k} with numbers p_i > 0, sum p_i <= 1 (geo_mean)."""
    factors = expr[1:] if expr[0] == "mul" else []
    if len(factors) != len(exprs) or any(f[0] != "pow" or _num(f[2]) is None for f in factors):
        raise CertificateError(f"{where}: geo_mean needs a product of powers, found {short(expr)}")
    if not geo_mean_exponents_ok([_num(f[2]) for f in factors]):
        raise CertificateError(f"{where}: geo_mean exponents must be > 0 with sum <= 1, found "
                               f"{[str(_num(f[2])) for f in factors]}")
    return ["mul", *[["pow", e, f[2]] for e, f in zip(exprs, factors)]]


def _pow_exp_template(expr, exprs, where):
    """a^g with an exponent g that is not a number, whose one child is g log a: a^g = e^{g log a} (pow_exp; the
    base is shown > 0 on the domain in ``apply``)."""
    if expr[0] != "pow" or _num(expr[2]) is not None or len(exprs) != 1:
        raise CertificateError(f"{where}: pow_exp needs a^g with g not a number and one child, found {short(expr)}")
    if canon(exprs[0]) != canon(["mul", expr[2], ["log", expr[1]]]):
        raise CertificateError(f"{where}: pow_exp's child must be g log a = {short(['mul', expr[2], ['log', expr[1]]])}"
                               f", found {short(exprs[0])}")
    return expr


def _geo_mean_param_template(expr, exprs, where, checker):
    """a_1^{p_1} ... a_k^{p_k} whose exponents are expressions in the parameters only, with p_i >= 0 and
    1 - (p_1 + ... + p_k) >= 0 shown on the box for every parameter value by ``checker.sign_on_domain``
    (geo_mean_param: concave and nondecreasing on a_i > 0 for such weights, as for numeric ones)."""
    factors = expr[1:] if expr[0] == "mul" else []
    if len(factors) != len(exprs) or any(f[0] != "pow" for f in factors):
        raise CertificateError(f"{where}: geo_mean_param needs a product of powers, found {short(expr)}")
    exponents = [f[2] for f in factors]
    for e in exponents:
        if tree_variables(e) - set(checker.cert.parameters):
            raise CertificateError(f"{where}: geo_mean_param's exponents are expressions in the parameters, "
                                   f"found {short(e)}")
    rest = ["add", ["num", "1"], *[["mul", ["num", "-1"], e] for e in exponents]]
    for tree, what in [(e, "an exponent") for e in exponents] + [(rest, "1 minus the exponents' sum")]:
        found = checker.sign_on_domain(tree)
        if not ge0(found):
            raise CertificateError(f"{where}: geo_mean_param needs {what} >= 0 for every parameter value, "
                                   f"the sign of {short(tree)} is {found}")
    return ["mul", *[["pow", a, e] for a, e in zip(exprs, exponents)]]


#: Rules whose template is read off the node's own expression (weights, constants, exponents).
_READERS = {"log_sum_exp": _lse_template, "norm2": norm2_template, "norm_p": norm_p_template,
            "geo_mean": _geo_mean_template, "pow_exp": _pow_exp_template, "geo_mean_param": _geo_mean_param_template}
#: Readers that ask the checker for signs on the domain (they take it as a fourth argument).
_CHECKER_READERS = ("geo_mean_param",)


class _RulesChecker:
    """Checks a derivation node by node against one box (and the domain's joint constraints)."""

    def __init__(self, cert, box: dict):
        self.cert = cert
        self.box = box
        self.halfspaces = domain_halfspaces(cert)

    def node(self, node, where: str) -> tuple[list, str, str]:
        """Check a node; return (expr, curvature, sign), each a true statement about expr on the domain."""
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
                raise CertificateError(f"{where}.sign_by: must be {SIGN_BY_RANGES!r}, found {short(node['sign_by'])}")
            sgn = strengthen_sign(sgn, expr, self.box, self.halfspaces)
        if canon(expr) != canon(template):
            raise CertificateError(f"{where}: expr {short(expr)} is not rule {rule!r} applied to its children "
                                   f"(expected {short(template)})")
        if curv == "unknown":
            raise CertificateError(f"{where}: rule {rule!r} gives no curvature for {short(expr)}")
        if node["curvature"] != curv:
            raise CertificateError(f"{where}.curvature: states {node['curvature']!r}, rule {rule!r} gives {curv!r}")
        if node["sign"] != sgn:
            raise CertificateError(f"{where}.sign: states {node['sign']!r}, rule {rule!r} gives {sgn!r}")
        return expr, curv, sgn

    def sign_on_domain(self, tree) -> str:
        """The sign of a tree on the domain: an affine one's exact range (or a domain constraint it is a multiple
        of), else the sign rules and interval evaluation on the box."""
        for sign_of_tree in (lambda: affine_sign(tree, self.box, self.halfspaces),
                             lambda: domain_form_sign(tree, list(self.box), self.halfspaces),
                             lambda: tree_sign(tree, self.box, interior=False)):
            found = sign_of_tree()
            if found != "unknown":
                return found
        return found

    def leaf_or_affine(self, rule, expr, kids, children, where):
        """(curvature, sign, template) of the leaves and affine rules: ``constant`` (no variable: its exact value's
        sign; a parameter: its bounds'; an expression in parameters: unknown), ``variable`` (its bounds), ``add``
        (the sum of signs, or an affine sum's exact range, or a domain constraint it is a multiple of) and
        ``scale`` (c g with constant factors c: c >= 0 keeps g's curvature, c <= 0 flips it, 0 g is affine)."""
        signs, curvs, exprs = [k[2] for k in kids], [k[1] for k in kids], [k[0] for k in kids]
        if rule in ("constant", "variable") and kids:
            raise CertificateError(f"{where}: rule {rule!r} given {len(kids)} children")
        if rule in ("add", "scale") and len(kids) < 2:
            raise CertificateError(f"{where}: rule {rule!r} given {len(kids)} children")
        if rule == "constant":
            names = tree_variables(expr)
            if names - set(self.cert.parameters):
                raise CertificateError(f"{where}: a constant may not contain variables {sorted(names)}")
            if expr[0] == "var":  # a parameter: affine in the variables, its sign from its bounds in the domain
                return "affine", variable_sign(self.box[expr[1]]), expr
            # an expression in parameters: its sign for every parameter value in the box (1 - a > 0 on a < 1)
            return "affine", self.sign_on_domain(expr) if names else number_word(value_at(expr, (), [])), expr
        if rule == "variable":
            if expr[0] != "var" or expr[1] not in self.box:
                raise CertificateError(f"{where}: a variable leaf must be ['var', name], found {short(expr)}")
            return "affine", variable_sign(self.box[expr[1]]), expr
        if rule == "add":
            curv, sgn = _compose("affine", ["increasing"] * len(kids), curvs), _row_sign(rule, ATOMS["add"], signs)
            if curv == "affine":  # an affine sum: its exact range on the box, when it is decided
                return curv, stronger(affine_sign(expr, self.box, self.halfspaces), sgn), ["add", *exprs]
            # a polynomial sum that a domain constraint bounds (1 - x^2 - y^2 on x^2 + y^2 < 1)
            return curv, stronger(domain_form_sign(expr, list(self.box), self.halfspaces), sgn), ["add", *exprs]
        constant = [c.get("rule") == "constant" for c in children]
        if constant.count(False) != 1:
            raise CertificateError(f"{where}: scale needs exactly one non-constant factor, found "
                                   f"{constant.count(False)}")
        c_sign = reduce(sign_mul, [s for s, is_c in zip(signs, constant) if is_c], "positive")
        inner = curvs[constant.index(False)]
        if c_sign in ("positive", "nonnegative") or inner == "affine":  # c >= 0 keeps convexity (0 g = 0)
            curv = inner
        elif c_sign in ("negative", "nonpositive"):
            curv = {"convex": "concave", "concave": "convex"}.get(inner, inner)
        else:
            curv = "affine" if c_sign == "zero" else "unknown"
        return curv, _row_sign(rule, ATOMS["scale"], signs), ["mul", *exprs]

    def apply(self, rule, expr, kids, children, where):
        """(curvature, sign, template expression) of the rule applied to the checked children: a walk over the
        rule's atom row (arity, span, argument domains, curvature, monotonicity, sign rule) and its template."""
        if rule in ("constant", "variable", "add", "scale"):
            return self.leaf_or_affine(rule, expr, kids, children, where)
        exprs, curvs, signs = [k[0] for k in kids], [k[1] for k in kids], [k[2] for k in kids]
        facts = ATOMS.get(rule)
        if facts is None or (rule not in RULE_TEMPLATES and rule not in _READERS):
            raise CertificateError(f"{where}.rule: unknown rule {rule!r}")
        if rule in _READERS:
            if not kids:
                raise CertificateError(f"{where}: {rule} needs at least one term")
        elif (facts.arity is None and len(kids) < 2) or (facts.arity is not None and len(kids) != facts.arity):
            raise CertificateError(f"{where}: rule {rule!r} given {len(kids)} children")
        arg_range = None
        if facts.span is not None or facts.sign == "range":  # the affine argument's exact range on the box
            arg_range = affine_range(exprs[0], self.box)
            if facts.span is not None and not in_span(arg_range, facts.span):
                raise CertificateError(f"{where}: rule {rule!r} needs the argument {short(exprs[0])} to range "
                                       f"within {facts.statement.partition(' on ')[2] or 'its domain'}, its range "
                                       f"on the box is {show_range(arg_range)}")
        if rule in _READERS:
            template = (_READERS[rule](expr, exprs, where, self) if rule in _CHECKER_READERS else
                        _READERS[rule](expr, exprs, where))
            if rule == "pow_exp" and self.sign_on_domain(expr[1]) != "positive":
                raise CertificateError(f"{where}: pow_exp needs the base {short(expr[1])} > 0 on the domain, its sign "
                                       f"is {self.sign_on_domain(expr[1])}")
        else:
            template = _fill(RULE_TEMPLATES[rule], exprs, expr)
            for p in _places(RULE_TEMPLATES[rule], expr):
                if not self.exponent_ok(rule, p, len(kids)):
                    raise CertificateError(f"{where}: rule {rule!r} ({facts.statement}) does not apply to "
                                           f"{short(expr)}")
        for i, s in enumerate(signs):
            need = facts.domain_of(i).value
            if not satisfies(s, need):
                raise CertificateError(f"{where}: argument {i + 1} of {rule} must be {need}, its sign is {s}")
        lse_constant = sum((_num(t) for t in expr[1][1:] if t[0] != "exp"), Fraction(0)) \
            if rule == "log_sum_exp" else Fraction(0)
        monotone = [_resolve(facts.monotone_in(i).value, s) for i, s in enumerate(signs)]
        return (_compose(facts.curvature.value, monotone, curvs), _row_sign(rule, facts, signs, lse_constant, arg_range),
                template)

    def exponent_ok(self, rule, p, k: int) -> bool:
        """A template's "$p" place: a number meeting ``atoms.exponent_ok``, or, for the ``pow_param_*`` rows, a
        parameter whose bounds in the domain meet ``atoms.param_exponent_ok``."""
        if rule.startswith("pow_param_"):
            return isinstance(p, list) and p[0] == "var" and p[1] in self.cert.parameters and \
                param_exponent_ok(rule, self.box[p[1]])
        return _num(p) is not None and exponent_ok(rule, _num(p), k)


def verify_rules(cert, tree: list) -> str:
    """Re-check a rules derivation of ``tree`` (module docstring); return the curvature it proves."""
    if cert.proves not in CURVATURES:
        raise CertificateError(f"proves: must be one of {CURVATURES}, found {cert.proves!r}")
    root = cert.derivation
    if not isinstance(root, dict):
        raise CertificateError("derivation: must be a node object")
    box = domain_box(cert)
    check_box(root.get("box", {}), box, "derivation.box")
    if not isinstance(root.get("expr"), list) or (
            canon(root["expr"]) != canon(tree) and not _same_network_loss(cert, root["expr"], tree)):
        raise CertificateError(f"derivation.expr: {short(root.get('expr'))} is not the function {short(tree)}")
    _, curv, _ = _RulesChecker(cert, box).node(root, "derivation")
    if cert.proves != curv:
        raise CertificateError(f"proves: states {cert.proves!r}, the derivation gives {curv!r}")
    return curv


def _same_network_loss(cert, expr, tree) -> bool:
    """For a network certificate, the derivation may be about the loss the checker builds from the spec in
    any algebraically equal form (e.g. with products by 1 and 0 simplified and sums distributed): accepted
    when both trees are everywhere defined (``rewrite.defined_on_domain`` with no sign known: no division,
    logarithm or fractional power whose domain could be silently enlarged) and ``expr - tree`` is identically 0."""
    def total(t):
        return defined_on_domain(t, lambda _: "unknown")

    if cert.network is None or not (total(expr) and total(tree)):
        return False
    symbols: dict = {}
    try:
        difference = to_sympy(expr, symbols) - to_sympy(tree, symbols)
    except CertificateError:
        return False
    return sp.expand(difference) == 0


# ------------------------------------------------------------------------------------------ Hessian

_SMOOTH = {"num", "var", "add", "mul", "pow", "exp", "log", "sigmoid", "softplus", "tanh", "pi", "sin", "cos", "tan",
           "sinh", "cosh", "arctan", "arcsinh", "arcsin", "arccos", "arccosh", "artanh", "erf", "erfc", "gamma",
           "digamma", "trigamma"}
#: heads defined (and smooth) only where their argument is > 0: log, Gamma and its logarithmic derivatives
_POSITIVE_ARGUMENT = ("log", "gamma", "digamma", "trigamma")
#: heads defined only where an affine argument's range lies in a span: (span on the closed box, on the interior,
#: the span in words)
_RANGED = {"tan": (TAN_DOMAIN, TAN_DOMAIN, "(-pi/2, pi/2) + k pi"),
           "arcsin": (UNIT_INTERVAL, OPEN_UNIT_INTERVAL, "[-1, 1] ((-1, 1) inside)"),
           "arccos": (UNIT_INTERVAL, OPEN_UNIT_INTERVAL, "[-1, 1] ((-1, 1) inside)"),
           "artanh": (OPEN_UNIT_INTERVAL, OPEN_UNIT_INTERVAL, "(-1, 1)"),
           "arccosh": (Span((Fraction(1), Fraction(0)), True, None, False),
                       Span((Fraction(1), Fraction(0)), False, None, False), "[1, oo) ((1, oo) inside)")}


def _joint_sign(tree, box: dict, interior: bool, halfspaces) -> str:
    """``tree_sign``; with ``halfspaces`` (not None), strengthened by ``strengthen_sign`` on the interior, or on the
    box with its own ends (asked only when the domain is that box)."""
    found = tree_sign(tree, box, interior)
    if halfspaces is None:
        return found
    return strengthen_sign(found, tree, interior_box(box) if interior else box, halfspaces)


def check_smooth(tree, box: dict, where: str, *, closed: bool, halfspaces=None, parameters=()) -> None:
    """Every operation of the tree is smooth and defined on the open interior of the box; with ``closed``,
    also defined (and continuous) on the box itself. With ``halfspaces`` (a proof on an open domain that uses
    its joint constraints, ``verify_hessian``), on the points of the interior where those constraints hold:
    signs there are also read from ranges, factors and the constraints (``strengthen_sign``). A power whose
    exponent is an expression in ``parameters`` only (x^p, x^(p - 2)) is exp(e log b) for each fixed parameter
    value: smooth where its base is > 0, which is asked on the interior and, with ``closed``, on the box."""
    head = tree[0]
    if head not in _SMOOTH:
        raise CertificateError(f"{where}: {head} is not smooth (Hessian proofs take smooth functions only)")
    if head in ("num", "var"):
        return
    for a in tree[1:]:
        check_smooth(a, box, where, closed=closed, halfspaces=halfspaces, parameters=parameters)
    if head == "pow" and _num(tree[2]) is None and parameters and not tree_variables(tree[2]) - set(parameters):
        for inside in [True] + ([False] if closed else []):
            s = _joint_sign(tree[1], box, inside, halfspaces)
            if s != "positive":
                raise CertificateError(f"{where}: the base {short(tree[1])} of the power with the parameter "
                                       f"exponent {short(tree[2])} has sign {s} on the "
                                       f"{'interior' if inside else 'domain'}; it must be > 0")
        return
    regions = [True] + ([False] if closed else [])  # interior, then the box itself
    for inside in regions if head in _RANGED else ():  # tan: cos != 0; arcsin: |a| <= 1, < 1 inside, ...
        r = affine_range(tree[1], box, inside)
        if not in_span(r, _RANGED[head][1 if inside else 0]):
            raise CertificateError(f"{where}: the argument {short(tree[1])} of {head} must range within "
                                   f"{_RANGED[head][2]} on the {'interior' if inside else 'domain'}, its "
                                   f"range is {show_range(r)}")
    p = _num(tree[2]) if head == "pow" else None
    if head not in ("pow", *_POSITIVE_ARGUMENT) or (head == "pow" and p is not None and p.denominator == 1
                                                     and p >= 0):
        return
    for inside in regions:  # log a, Gamma(a), psi(a), psi'(a) and a^g = e^{g log a} (g not a number) need a > 0
        s = _joint_sign(tree[1], box, inside, halfspaces)
        if (head != "pow" or p is None) and s != "positive":
            raise CertificateError(f"{where}: {head + ' argument' if head != 'pow' else 'the base of a^g'} "
                                   f"{short(tree[1])} must be > 0 on the {'interior' if inside else 'domain'}, its "
                                   f"sign is {s}")
        if head == "pow" and p is not None and not (s in ("positive", "negative") if p.denominator == 1 else
                                  s == "positive" if inside or p < 0 else ge0(s)):
            raise CertificateError(f"{where}: the base {short(tree[1])} of the power {p} has sign {s} on the "
                                   f"{'interior' if inside else 'domain'}, which does not keep it defined and smooth")


def _symbols(names, box: dict) -> dict:
    """A real SymPy symbol per name, positive (negative) where the open box says so: SymPy's simplifications
    with these assumptions are identities on the interior."""
    signs = {n: variable_sign(box[n], interior=True) for n in names}
    return {n: sp.Symbol(n, real=True, **({signs[n]: True} if signs[n] in ("positive", "negative") else {}))
            for n in names}


def _exp_form(expr):
    """tanh written with exp (``check.symbolic`` writes sigmoid and softplus with exp already; trigonometric
    functions stay: with exp they would turn complex)."""
    return expr.replace(lambda e: isinstance(e, sp.tanh), lambda e: e.rewrite(sp.exp))


def _matrix(value, n: int, what: str) -> list:
    """A stated n x n matrix of trees, each well formed."""
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
        raise CertificateError(f"{where}: expected [t, the pivot's value at t], found {short(pair)}")
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


def _check_pivot_entries(cert, box: dict, names: list, params: list, strict: bool):
    """The ``pivot_signs`` entries' shape and boxes; return (joint, box_domain): whether the signs are by ranges
    on the domain itself, and whether that domain is exactly its box."""
    n, signs = len(names), cert.pivot_signs
    if not isinstance(signs, list) or len(signs) != n:
        raise CertificateError(f"pivot_signs: expected {n} entries, found {short(signs)}")
    joint = bool(signs) and all(isinstance(e, dict) and "sign_by" in e for e in signs)
    box_domain = joint and all(is_bound(c, names + params) for c in cert.domain)
    for k, entry in enumerate(signs):
        allowed = ({"sign", "box"}, {"sign", "box", "nonzero_at"}) if n == 1 and strict else ({"sign", "box"},)
        if joint:
            allowed = ({"sign", "box", "sign_by"},) + (({"sign", "box", "sign_by", "nonzero_at"},)
                                                       if n == 1 and strict and box_domain else ())
        if not isinstance(entry, dict) or set(entry) not in allowed:
            raise CertificateError(f"pivot_signs[{k}]: expected {{'sign', 'box'}}, found {short(entry)}")
        check_box(entry["box"], box, f"pivot_signs[{k}].box")
        if joint and entry["sign_by"] != SIGN_BY_RANGES:
            raise CertificateError(f"pivot_signs[{k}].sign_by: must be {SIGN_BY_RANGES!r}, found "
                                   f"{short(entry['sign_by'])}")
    for k, c in enumerate(cert.domain if joint and not box_domain else ()):
        if not isinstance(c, list) or not c or c[0] not in ("gt", "lt"):
            raise CertificateError(f"domain[{k}]: a proof with pivot signs by ranges is about an open domain "
                                   f"(strict inequalities) or a box, found {short(c)}")
    return joint, box_domain


def _check_identities(cert, tree, box: dict) -> None:
    """``hessian`` is the Hessian of ``tree`` and L diag(D) L^T = +-H (+ for convex, - for concave), each entry an
    identity shown by ``rewrite.is_zero`` with symbols carrying the open box's signs (so it holds on the interior)."""
    names, n = list(cert.variables), len(cert.variables)
    syms = _symbols(names + list(cert.parameters), box)
    f = _exp_form(to_sympy(tree, dict(syms)))
    Hs = [[to_sympy(cert.hessian[i][j], dict(syms)) for j in range(n)] for i in range(n)]
    for i in range(n):
        for j in range(n):
            true = sp.diff(f, syms[names[i]], syms[names[j]])
            if not is_zero(Hs[i][j] - true):
                raise CertificateError(f"hessian[{i}][{j}]: states {Hs[i][j]}, the Hessian entry is {true}")
    L = sp.Matrix(n, n, lambda i, j: to_sympy(cert.L[i][j], dict(syms)))
    M = L * sp.diag(*[to_sympy(d, dict(syms)) for d in cert.D]) * L.T
    target = 1 if cert.proves.endswith("convex") else -1
    for i in range(n):
        for j in range(i, n):
            if not is_zero(M[i, j] - target * Hs[i][j]):
                raise CertificateError(f"L D L^T[{i}][{j}]: is {M[i, j]}, expected "
                                       f"{'' if target > 0 else '-'}hessian[{i}][{j}] = {target * Hs[i][j]}")


def verify_hessian(cert, tree: list) -> str:
    """Re-check a Hessian certificate of ``tree`` (module docstring: f smooth on the box, H its Hessian,
    +-H = L diag(D) L^T with unit lower triangular L and pivots D_k >= 0 (> 0 for strictness) on the interior);
    return what it proves."""
    if cert.proves not in ("convex", "concave", "strictly_convex", "strictly_concave"):
        raise CertificateError(f"proves: a Hessian proves 'convex', 'concave', 'strictly_convex' or "
                               f"'strictly_concave', found {cert.proves!r}")
    strict = cert.proves.startswith("strictly_")
    names, params = list(cert.variables), list(cert.parameters)  # parameters: the proof holds for each value
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
    joint, box_domain = _check_pivot_entries(cert, box, names, params, strict)
    # signs on the open domain itself: ranges, factors and its joint polynomial constraints
    halfspaces = domain_halfspaces(cert) if joint else None
    check_smooth(tree, box, "function", closed=not joint or box_domain, halfspaces=halfspaces, parameters=params)
    H, L, D = _matrix(cert.hessian, n, "hessian"), _matrix(cert.L, n, "L"), cert.D
    if not isinstance(D, list) or len(D) != n:
        raise CertificateError(f"D: expected {n} pivots")
    entries = [(H[i][j], f"hessian[{i}][{j}]") for i in range(n) for j in range(n)] + \
        [(L[i][j], f"L[{i}][{j}]") for i in range(n) for j in range(n)] + [(d, f"D[{i}]") for i, d in enumerate(D)]
    for t, what in entries:
        check_tree(t, what)
        extra = tree_variables(t) - set(names) - set(params)
        if extra:
            raise CertificateError(f"{what}: uses {sorted(extra)}, which are not variables")
        check_smooth(t, box, what, closed=False, halfspaces=halfspaces, parameters=params)
    for i in range(n):
        for j in range(n):
            if (j > i and _num(L[i][j]) != 0) or (j == i and _num(L[i][j]) != 1):
                raise CertificateError(f"L[{i}][{j}]: {'above the diagonal must be 0' if j > i else 'the diagonal must be 1'}, "
                                       f"found {short(L[i][j])}")
        found = _joint_sign(D[i], box, True, halfspaces)
        if not ge0(found):
            raise CertificateError(f"D[{i}]: cannot show the pivot {short(D[i])} is >= 0 on the interior "
                                   f"(sign {found})")
        if strict and found != "positive" and (params or not _isolated_zeros(D[i], cert.pivot_signs[i], box, names)):
            raise CertificateError(f"D[{i}]: strict {cert.proves[9:]}ity needs a positive pivot, the sign rules "
                                   f"give {found!r} for {short(D[i])}")
        if closed and tree_sign(D[i], box, interior=False) != "positive":
            raise CertificateError(f"D[{i}]: on a domain with closed conditions, strict {cert.proves[9:]}ity needs "
                                   f"the pivot {short(D[i])} positive on the closed box, boundary included")
        if cert.pivot_signs[i]["sign"] != found:
            raise CertificateError(f"pivot_signs[{i}].sign: states {cert.pivot_signs[i]['sign']!r}, the sign rules "
                                   f"give {found!r}")
    _check_identities(cert, tree, box)
    return cert.proves


def verify_proof(cert, tree) -> str:
    """Re-check a rules or Hessian certificate against its subject ``tree``; return what it proves."""
    if cert.kind == "rules":
        return verify_rules(cert, tree)
    if cert.kind == "hessian":
        return verify_hessian(cert, tree)
    raise CertificateError(f"{cert.kind}: not a proof certificate")


__all__ = ["SIGN_BY_RANGES", "affine_sign", "box_to_json", "canon", "check_constraint", "domain_box", "domain_form_sign",
           "domain_halfspaces", "strengthen_sign", "tree_sign", "variable_sign", "verify_hessian", "verify_proof",
           "verify_rules"]
