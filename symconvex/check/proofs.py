r"""Checking proofs of convexity: rules derivations and Hessian decompositions (checker; trusted; kernel layer).

It reads the atom-fact table (``symconvex.atoms``, trusted data) and uses the checker's own evaluator, sign reasoning
(``check/signs.py``) and SymPy, never the search code; it follows the certificate's hints and never searches.

**The box.** Signs come from the domain's single-variable affine constraints (``signs.domain_box``: per variable
the tightest bounds, with strictness), from other constraints only where a node asks (the proof then holds on the
box, which contains the domain). The certificate states the box it relies on (``derivation["box"]``, each
``pivot_signs[k]["box"]``: ``{name: [lower, lower_strict, upper, upper_strict]}``, bounds ``"p/q"``, ``["a", "b"]``
for a + b pi, or null), and it must equal the box computed here. Ends with pi are compared exactly, never rounded
(rounding pi/2 outward would let tan x on [0, pi/2) reach its pole; inward would prove a fact on a smaller set).

**Rules** (``RulesCertificate``). ``derivation`` is a tree of nodes ``{"expr": tree, "rule": name, "curvature": c,
"sign": s, "children": [nodes]}``. Accepted when the root's ``expr`` is the function, ``proves`` its curvature, and
at every node:

- ``expr`` is the rule's template (``atoms.RULE_TEMPLATES``, data) filled with the children's ``expr`` (up to the
  order and nesting of sums and products: ``canon``), or, for the rules with weights, constants or exponents read
  off the node (``_READERS``: log_sum_exp, norm2, norm_p, geo_mean, geo_mean_param, pow_exp), the tree rebuilt;
- ``curvature`` and ``sign`` are what the rule gives from the children's, by the atom row and the composition rule:
  f(g_1, ..., g_k) is convex when f is convex (or affine) and each g_i is affine, or convex with f nondecreasing in
  argument i, or concave with f nonincreasing; dually concave; affine when f and every g_i are affine;
- every argument has the sign its atom's domain needs (log: > 0, sqrt: >= 0, 1/x: > 0, ...), so the function is
  defined on the box; a row with a ``span`` (sin, tan, arcsin, ...) takes an affine argument whose exact range on
  the box lies in the span plus a whole number of periods; a node with ``"sign_by": "ranges"`` has the rule's sign
  strengthened by ``signs.strengthen_sign`` (ranges with open ends, exact factors, joint constraints), re-derived;
- leaves: ``variable`` (its sign from the box) and ``constant`` (no variable: its exact or interval value's sign;
  with some of the ``parameters``, its sign for every parameter value in the box, as 1 - a > 0 when a < 1): a
  derivation with parameters holds for every parameter value the domain allows;
- rule families of their own: ``norm_p`` (``check/norms.py``), ``perspective`` (t g(A/t) with an inner derivation
  of g, ``check/perspective.py``), ``rewrite`` (E is the child's expression on the domain, ``check/rewrite.py``),
  ``pow_param_*`` (a^p, the parameter p's bounds meet ``atoms.param_exponent_ok``), ``geo_mean_param`` (exponents in
  the parameters, each >= 0 and their sum <= 1 on the box).

**Hessian** (``HessianCertificate``). Accepted when the box has a nonempty interior; f uses only smooth operations
(``_SMOOTH``), each defined on the box (``check_smooth``: log, Gamma, psi of an argument > 0; a^g, g not a number,
of a base > 0; a^p of a base != 0 for a negative integer p, > 0 for p not an integer (>= 0 on the closed box when
p > 0); tan, arcsin, arccos, arccosh, artanh of an affine argument whose exact range lies in their domain, open
where the derivatives blow up), so f is continuous on the box and C^2 inside; ``hessian`` is its Hessian H and
L diag(D) L^T = +-H (+ for convex), each entry by ``rewrite.is_zero`` (exact over Q for rational functions); ``L``
is unit lower triangular; every entry of H, L, D is defined on the interior; each pivot D_k is >= 0 on the
interior by the sign rules (``pivot_signs[k]["sign"]`` states the sign found). Then +-H is positive semidefinite
on the interior: f is convex (concave) there, and by continuity on the box. Strictly with pivots > 0 (on the
closed box too, boundary included, with several variables or parameters and a closed condition), or in one
variable with f'' >= 0 and positive at a stated point (``_isolated_zeros``).

*Joint constraints.* When every ``pivot_signs`` entry carries ``"sign_by": "ranges"``, the proof is about the
domain itself, which must be open (strict inequalities) or a box (bounds only, open or closed: f is then also
checked continuous on the closed box): every sign (of a log's argument, a base, a pivot) is the sign rules' on the
open box strengthened by ``strengthen_sign``, so it holds at every point of the domain. Then f is C^2 on the open
domain and +-H positive semidefinite (definite) there: f is convex (strictly) along every segment inside the
domain, i.e. on it, which the analysis has shown convex with a checked domain certificate (``check/domains.py``).
With ``parameters`` (bounded by the domain like variables) the same holds for each parameter value in the open box
and, f being continuous on the closed box, for the boundary values too (a pointwise limit of convex functions is
convex); a strict proof with parameters needs strict conditions only.
"""

from __future__ import annotations

import json
from fractions import Fraction
from functools import reduce

import sympy as sp

from ..atoms import (ATOMS, OPEN_UNIT_INTERVAL, ROW_HEADS, RULE_TEMPLATES, SIGN_SPANS, TAN_DOMAIN, UNIT_INTERVAL, Sign,
                     Span, exponent_ok, geo_mean_exponents_ok, param_exponent_ok)
from ..errors import CertificateError
from .evaluate import value_at
from .norms import norm2_template, norm_p_template, num_value
from .numbers import check_stated
from .numbers import sign as number_sign
from .rewrite import defined_on_domain, is_zero
from .signs import (affine_range, affine_sign, check_box, domain_box, domain_form_sign, domain_halfspaces, ge0,
                    in_span, interior_box, is_bound, le0, number_word, satisfies, short, show_range, sign_add, sign_mul,
                    sign_of, span_sign, strengthen_sign, stronger, tree_sign, variable_sign)
from .symbolic import to_sympy
from .trees import check_tree, parse_rational, tree_variables

CURVATURES = ("affine", "convex", "concave")
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


# ------------------------------------------------------------------------------------------- rules

_NODE_KEYS = {"expr", "rule", "curvature", "sign", "children", "sign_by"}


def _compose(f_curv: str, monotone: list[str], curvs: list[str]) -> str:
    """The composition rule: curvature of f(g_1, ..., g_k) from f's curvature, f's (resolved)
    monotonicity in each argument and the arguments' curvatures."""
    if f_curv == "unknown" or "unknown" in curvs:
        return "unknown"
    if all(c == "affine" for c in curvs):
        return f_curv
    for want, flip in (("convex", "concave"), ("concave", "convex")):
        if f_curv in (want, "affine") and all(c == "affine" or (c, m) in ((want, "increasing"), (flip, "decreasing"))
                                              for c, m in zip(curvs, monotone)):
            return want
    return "unknown"


#: An atom row's sign rule (``atoms.SIGN_RULES``) on its arguments' signs: a true statement about the value.
_SIGN_RULES = {
    "sum": lambda signs: reduce(sign_add, signs), "product": lambda signs: reduce(sign_mul, signs),
    "max": lambda signs: sign_of(any(s == "positive" for s in signs), any(ge0(s) for s in signs),
                                 all(s == "negative" for s in signs), all(le0(s) for s in signs)),
    "min": lambda signs: sign_of(all(s == "positive" for s in signs), all(ge0(s) for s in signs),
                                 any(s == "negative" for s in signs), any(le0(s) for s in signs)),
    "same": lambda signs: signs[0], "same_weak": lambda signs: {"negative": "nonpositive"}.get(signs[0], signs[0]),
}


def _row_sign(rule: str, facts, signs: list[str], lse_constant: Fraction = Fraction(0), arg_range=None) -> str:
    """The sign of an atom's value: the row's fixed sign, or its sign rule applied to the arguments' signs
    (``range``: from the argument's exact range and ``atoms.SIGN_SPANS``; ``lse``: positive when the constant
    terms of log(c + sum e^{a_i}) add up to c >= 1, since the argument is then > 1)."""
    if isinstance(facts.sign, Sign):
        return facts.sign.value
    if facts.sign == "range":
        return span_sign(ROW_HEADS.get(rule, rule), arg_range, SIGN_SPANS)
    if facts.sign == "lse":
        return "positive" if lse_constant >= 1 else "unknown"
    if facts.sign not in _SIGN_RULES:
        raise CertificateError(f"{rule}: the atom table names an unknown sign rule {facts.sign!r}")
    return _SIGN_RULES[facts.sign](signs)


def _fill(template, exprs: list, expr, places: list):
    """The tree a ``RULE_TEMPLATES`` template builds: "$i" the i-th child's expression, "$*" all of them (spliced),
    "$p" the subtree of ``expr`` at the same place (None when ``expr`` has another shape there), which is also
    appended to ``places`` (for the row's condition on it)."""
    if template == "$p":
        places.append(expr)
        return expr
    if isinstance(template, str):
        return exprs[int(template[1:])]
    if template[0] == "num":
        return template
    out = [template[0]]
    for i, t in enumerate(template[1:], 1):
        if t == "$*":
            out.extend(exprs)
        else:
            sub = expr[i] if isinstance(expr, list) and expr[:1] == [template[0]] and len(expr) > i else None
            out.append(_fill(t, exprs, sub, places))
    return out


def _lse_template(expr, exprs, where):
    """log(e^{a_1} + ... + e^{a_k} + c_1 + ...) with numbers c_j > 0 (log_sum_exp)."""
    if expr[0] != "log" or expr[1][0] != "add":
        raise CertificateError(f"{where}: log_sum_exp needs log(sum), found {short(expr)}")
    constants = [t for t in expr[1][1:] if t[0] != "exp"]
    if any(num_value(t) is None or num_value(t) <= 0 for t in constants):
        raise CertificateError(f"{where}: log_sum_exp terms must be exp(...) or positive numbers, found "
                               f"{short(constants)}")
    return ["log", ["add", *[["exp", e] for e in exprs], *constants]]


def _powers(expr, exprs, where, rule) -> list:
    """The exponents of a product of powers a_1^{p_1} ... a_k^{p_k}, one per child (geo_mean, geo_mean_param)."""
    factors = expr[1:] if expr[0] == "mul" else []
    if len(factors) != len(exprs) or any(f[0] != "pow" for f in factors):
        raise CertificateError(f"{where}: {rule} needs a product of powers, found {short(expr)}")
    return [f[2] for f in factors]


def _geo_mean_template(expr, exprs, where):
    """a_1^{p_1} ... a_k^{p_k} with numbers p_i > 0, sum p_i <= 1 (geo_mean)."""
    exponents = _powers(expr, exprs, where, "geo_mean")
    if any(num_value(e) is None for e in exponents) or not geo_mean_exponents_ok([num_value(e) for e in exponents]):
        raise CertificateError(f"{where}: geo_mean exponents must be numbers > 0 with sum <= 1, found "
                               f"{short(exponents)}")
    return ["mul", *[["pow", a, e] for a, e in zip(exprs, exponents)]]


def _pow_exp_template(expr, exprs, where, checker):
    """a^g with an exponent g that is not a number, whose one child is g log a: a^g = e^{g log a} on a > 0, the base
    shown > 0 on the domain (pow_exp)."""
    if expr[0] != "pow" or num_value(expr[2]) is not None or len(exprs) != 1:
        raise CertificateError(f"{where}: pow_exp needs a^g with g not a number and one child, found {short(expr)}")
    if canon(exprs[0]) != canon(child := ["mul", expr[2], ["log", expr[1]]]):
        raise CertificateError(f"{where}: pow_exp's child must be g log a = {short(child)}, found {short(exprs[0])}")
    if (found := checker.sign_on_domain(expr[1])) != "positive":
        raise CertificateError(f"{where}: pow_exp needs the base {short(expr[1])} > 0 on the domain, its sign is "
                               f"{found}")
    return expr


def _geo_mean_param_template(expr, exprs, where, checker):
    """a_1^{p_1} ... a_k^{p_k} whose exponents are expressions in the parameters only, with p_i >= 0 and
    1 - (p_1 + ... + p_k) >= 0 shown on the box for every parameter value by ``checker.sign_on_domain``
    (geo_mean_param: concave and nondecreasing on a_i > 0 for such weights, as for numeric ones)."""
    exponents = _powers(expr, exprs, where, "geo_mean_param")
    if any(tree_variables(e) - set(checker.cert.parameters) for e in exponents):
        raise CertificateError(f"{where}: geo_mean_param's exponents are expressions in the parameters, found "
                               f"{short(exponents)}")
    rest = ["add", ["num", "1"], *[["mul", ["num", "-1"], e] for e in exponents]]
    for tree, what in [(e, "an exponent") for e in exponents] + [(rest, "1 minus the exponents' sum")]:
        if not ge0(found := checker.sign_on_domain(tree)):
            raise CertificateError(f"{where}: geo_mean_param needs {what} >= 0 for every parameter value, "
                                   f"the sign of {short(tree)} is {found}")
    return ["mul", *[["pow", a, e] for a, e in zip(exprs, exponents)]]


#: Rules whose template is read off the node's own expression (weights, constants, exponents); each takes
#: (expr, the children's expressions, where, the checker).
_READERS = {**{rule: (lambda read: lambda e, es, w, c: read(e, es, w))(read) for rule, read in (
    ("log_sum_exp", _lse_template), ("norm2", norm2_template), ("norm_p", norm_p_template),
    ("geo_mean", _geo_mean_template))}, "pow_exp": _pow_exp_template, "geo_mean_param": _geo_mean_param_template}


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
        if rule in ("perspective", "rewrite"):  # t g(A/t); E = F on the domain: their modules state the theorems
            from .perspective import check_perspective
            from .rewrite import check_rewrite

            extra = {"sign_mul": sign_mul} if rule == "perspective" else {}
            curv, sgn = (check_perspective if rule == "perspective" else check_rewrite)(
                self, node, kids, where, sign_of=self.sign_on_domain, canon=canon, **extra)
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
        for field, found in (("curvature", curv), ("sign", sgn)):
            if node[field] != found:
                raise CertificateError(f"{where}.{field}: states {node[field]!r}, rule {rule!r} gives {found!r}")
        return expr, curv, sgn

    def sign_on_domain(self, tree) -> str:
        """The sign of a tree on the domain: an affine one's exact range, or a domain constraint it is a multiple
        of (``affine_sign`` asks ``domain_form_sign``), else the sign rules and interval evaluation on the box."""
        found = affine_sign(tree, self.box, self.halfspaces)
        return found if found != "unknown" else tree_sign(tree, self.box, interior=False)

    def leaf_or_affine(self, rule, expr, kids, children, where):
        """(curvature, sign, template) of the leaves and affine rules: ``constant`` (no variable: its exact value's
        sign; a parameter: its bounds'; an expression in parameters: its sign on the domain), ``variable`` (its
        bounds), ``add`` (the sum of signs, or an affine sum's exact range, or a domain constraint it is a multiple
        of) and ``scale`` (c g with constant factors c: c >= 0 keeps g's curvature, c <= 0 flips it, 0 g is affine)."""
        signs, curvs, exprs = [k[2] for k in kids], [k[1] for k in kids], [k[0] for k in kids]
        if (rule in ("constant", "variable") and kids) or (rule in ("add", "scale") and len(kids) < 2):
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
        if rule == "add":  # an affine sum's exact range on the box, or a polynomial sum's bound by a domain
            curv, sgn = _compose("affine", ["increasing"] * len(kids), curvs), _row_sign(rule, ATOMS["add"], signs)
            exact = affine_sign(expr, self.box, self.halfspaces) if curv == "affine" else \
                domain_form_sign(expr, list(self.box), self.halfspaces)  # constraint (1 - x^2 - y^2 on x^2 + y^2 < 1)
            return curv, stronger(exact, sgn), ["add", *exprs]
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
        wrong = not kids if rule in _READERS else (len(kids) < 2 if facts.arity is None else len(kids) != facts.arity)
        if wrong:
            raise CertificateError(f"{where}: rule {rule!r} given {len(kids)} children")
        arg_range = None
        if facts.span is not None or facts.sign == "range":  # the affine argument's exact range on the box
            arg_range = affine_range(exprs[0], self.box)
            if facts.span is not None and not in_span(arg_range, facts.span):
                raise CertificateError(f"{where}: rule {rule!r} needs the argument {short(exprs[0])} to range "
                                       f"within {facts.statement.partition(' on ')[2] or 'its domain'}, its range "
                                       f"on the box is {show_range(arg_range)}")
        places: list = []
        template = _READERS[rule](expr, exprs, where, self) if rule in _READERS else \
            _fill(RULE_TEMPLATES[rule], exprs, expr, places)
        if not all(self.exponent_ok(rule, p, len(kids)) for p in places):
            raise CertificateError(f"{where}: rule {rule!r} ({facts.statement}) does not apply to {short(expr)}")
        for i, s in enumerate(signs):
            if not satisfies(s, need := facts.domain_of(i).value):
                raise CertificateError(f"{where}: argument {i + 1} of {rule} must be {need}, its sign is {s}")
        lse_constant = sum((num_value(t) for t in expr[1][1:] if t[0] != "exp"), Fraction(0)) \
            if rule == "log_sum_exp" else Fraction(0)
        monotone = [facts.monotone_in(i).resolve(Sign(s)).value for i, s in enumerate(signs)]
        sign = _row_sign(rule, facts, signs, lse_constant, arg_range)
        return _compose(facts.curvature.value, monotone, curvs), sign, template

    def exponent_ok(self, rule, p, k: int) -> bool:
        """A template's "$p" place: a number meeting ``atoms.exponent_ok``, or, for the ``pow_param_*`` rows, a
        parameter whose bounds in the domain meet ``atoms.param_exponent_ok``."""
        if rule.startswith("pow_param_"):
            return isinstance(p, list) and p[0] == "var" and p[1] in self.cert.parameters and \
                param_exponent_ok(rule, self.box[p[1]])
        return num_value(p) is not None and exponent_ok(rule, num_value(p), k)


def verify_rules(cert, tree: list) -> str:
    """Re-check a rules derivation of ``tree`` (module docstring); return the curvature it proves."""
    if cert.proves not in CURVATURES:
        raise CertificateError(f"proves: must be one of {CURVATURES}, found {cert.proves!r}")
    root = cert.derivation  # an object: the reader's type for it (check.domains hands in objects only)
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
    if cert.network is None or not all(defined_on_domain(t, lambda _: "unknown") for t in (expr, tree)):
        return False
    symbols: dict = {}
    try:
        return sp.expand(to_sympy(expr, symbols) - to_sympy(tree, symbols)) == 0
    except CertificateError:
        return False


# ------------------------------------------------------------------------------------------ Hessian

_SMOOTH = set("num var add mul pow exp log sigmoid softplus tanh pi sin cos tan sinh cosh arctan arcsinh arcsin arccos "
              "arccosh artanh erf erfc gamma digamma trigamma".split())
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


def check_smooth(tree, box: dict, where: str, *, closed: bool, halfspaces=None) -> None:
    """Every operation of the tree is smooth and defined on the open interior of the box; with ``closed``, also
    defined (and continuous) on the box itself (the conditions of the module docstring). With ``halfspaces`` (a
    proof on an open domain that uses its joint constraints, ``verify_hessian``), on the points of the interior
    where those constraints hold: signs there are also read from ranges, factors and the constraints
    (``strengthen_sign``). A power a^g whose exponent is not a number (x^p, x^(p - 2) with a parameter p, x^x) is
    exp(g log a): smooth where its base is > 0."""
    head = tree[0]
    if head not in _SMOOTH:
        raise CertificateError(f"{where}: {head} is not smooth (Hessian proofs take smooth functions only)")
    for a in tree[1:] if head not in ("num", "var") else ():
        check_smooth(a, box, where, closed=closed, halfspaces=halfspaces)
    p = num_value(tree[2]) if head == "pow" else None
    for inside in [True] + ([False] if closed else []):  # the interior, then the box itself
        place = "interior" if inside else "domain"
        if head in _RANGED:  # tan: cos != 0; arcsin: |a| <= 1, < 1 inside, ...
            r = affine_range(tree[1], interior_box(box) if inside else box)
            if not in_span(r, _RANGED[head][1 if inside else 0]):
                raise CertificateError(f"{where}: the argument {short(tree[1])} of {head} must range within "
                                       f"{_RANGED[head][2]} on the {place}, its range is {show_range(r)}")
        elif head in _POSITIVE_ARGUMENT or head == "pow" and not (p is not None and p.denominator == 1 and p >= 0):
            s = _joint_sign(tree[1], box, inside, halfspaces)  # log a, Gamma(a), psi(a), a^g, a^p (p < 0 or not whole)
            need = ("positive",) if p is None or p.denominator != 1 and (inside or p < 0) else \
                ("positive", "negative") if p.denominator == 1 else ("positive", "nonnegative", "zero")
            if s not in need:
                what = f"the {head} argument" if head != "pow" else f"the base of the power {short(tree[2])}"
                raise CertificateError(f"{where}: {what} {short(tree[1])} has sign {s} on the {place}, which does "
                                       "not keep it defined and smooth")


def _symbols(names, box: dict) -> dict:
    """A real SymPy symbol per name, positive (negative) where the open box says so: SymPy's simplifications
    with these assumptions are identities on the interior."""
    signs = {n: variable_sign(box[n], interior=True) for n in names}
    return {n: sp.Symbol(n, real=True, **({signs[n]: True} if signs[n] in ("positive", "negative") else {}))
            for n in names}


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
    where, pair = "pivot_signs[0].nonzero_at", entry["nonzero_at"]
    if not isinstance(pair, list) or len(pair) != 2:
        raise CertificateError(f"{where}: expected [t, the pivot's value at t], found {short(pair)}")
    t = parse_rational(pair[0], where)
    lo, _, hi, _ = box.get(names[0], (None, False, None, False))
    if (lo is not None and not lo < t) or (hi is not None and not t < hi):
        raise CertificateError(f"{where}: {t} is not inside the interval ({lo}, {hi})")
    check_stated(value := value_at(pivot, names, [t]), pair[1], f"{where}: the pivot at {t}")
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
    keys = {"sign", "box", "sign_by"} if joint else {"sign", "box"}  # nonzero_at: one variable, strict, a box
    allowed = (keys, keys | {"nonzero_at"}) if n == 1 and strict and (box_domain or not joint) else (keys,)
    for k, entry in enumerate(signs):
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
    identity shown by ``rewrite.is_zero`` with symbols carrying the open box's signs (so it holds on the interior);
    tanh is written with exp (``check.symbolic`` writes sigmoid and softplus so already; trigonometric functions
    stay, with exp they would turn complex)."""
    names, n = list(cert.variables), len(cert.variables)
    syms = _symbols(names + list(cert.parameters), box)
    f = to_sympy(tree, dict(syms)).replace(lambda e: isinstance(e, sp.tanh), lambda e: e.rewrite(sp.exp))
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
    # Strictness with several variables or parameters and a closed condition (x >= 0, a >= 0): pivots positive on
    # the closed box, so H is positive definite at every point and parameter value (a = 0 could be degenerate).
    closed = strict and (n > 1 or bool(params)) and any(
        not isinstance(c, list) or not c or c[0] not in ("gt", "lt") for c in cert.domain)
    box = domain_box(cert)
    for name, (lo, los, hi, his) in box.items():
        if lo is not None and hi is not None and not lo < hi:
            raise CertificateError(f"domain: the bounds {lo} <= {name} <= {hi} leave no interior")
    joint, box_domain = _check_pivot_entries(cert, box, names, params, strict)
    # signs on the open domain itself: ranges, factors and its joint polynomial constraints
    halfspaces = domain_halfspaces(cert) if joint else None
    check_smooth(tree, box, "function", closed=not joint or box_domain, halfspaces=halfspaces)
    H, L, D = _matrix(cert.hessian, n, "hessian"), _matrix(cert.L, n, "L"), cert.D
    if not isinstance(D, list) or len(D) != n:
        raise CertificateError(f"D: expected {n} pivots")
    entries = [(H[i][j], f"hessian[{i}][{j}]") for i in range(n) for j in range(n)] + \
        [(L[i][j], f"L[{i}][{j}]") for i in range(n) for j in range(n)] + [(d, f"D[{i}]") for i, d in enumerate(D)]
    for t, what in entries:
        check_tree(t, what)
        if extra := tree_variables(t) - set(names) - set(params):
            raise CertificateError(f"{what}: uses {sorted(extra)}, which are not variables")
        check_smooth(t, box, what, closed=False, halfspaces=halfspaces)
    for i in range(n):
        for j in range(i, n):
            if num_value(L[i][j]) != (1 if j == i else 0):
                rel = "above the diagonal must be 0" if j > i else "the diagonal must be 1"
                raise CertificateError(f"L[{i}][{j}]: {rel}, found {short(L[i][j])}")
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


__all__ = ["SIGN_BY_RANGES", "canon", "check_smooth", "verify_hessian", "verify_rules"]
