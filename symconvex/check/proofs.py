r"""Checking rules derivations: proofs of convexity by composition rules (checker; trusted; kernel layer).

It reads the atom-fact table (``symconvex.atoms``, trusted data) and uses the checker's own evaluator, sign reasoning
(``check/signs.py``: the box every sign is read on) and SymPy; it follows the certificate's hints and never searches.

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
- rule families of their own: ``perspective`` (t g(A/t) with an inner derivation of g, ``check/rewrite.py``),
  ``rewrite`` (E is the child's expression on the domain, ``check/rewrite.py``), ``pow_param_*`` (a^p, the parameter
  p's bounds meet ``atoms.param_exponent_ok``), ``geo_mean_param`` (exponents in the parameters, each >= 0 and their
  sum <= 1 on the box), ``norm_p`` (a p-norm, ``norm_p_template``).
"""

from __future__ import annotations

import json
from fractions import Fraction
from functools import reduce

import sympy as sp

from ..atoms import (ATOMS, ROW_HEADS, RULE_TEMPLATES, SIGN_SPANS, Sign, exponent_ok, geo_mean_exponents_ok,
                     norm_exponent_ok, param_exponent_ok)
from ..errors import CertificateError
from .evaluate import value_at
from .rewrite import defined_on_domain
from .signs import (SIGN_BY_RANGES, affine_range, affine_sign, check_box, domain_affine_forms, domain_box,
                    domain_halfspaces, ge0, in_span, joint_form_sign, le0, num_value, number_word, range_to_sign,
                    satisfies, short, show_range, sign_add, sign_mul, sign_of, span_sign, strengthen_sign, stronger,
                    tree_sign)
from .symbolic import to_sympy
from .trees import check_tree, rational_to_str, tree_variables

CURVATURES = ("affine", "convex", "concave")


def canon(tree):
    """The tree with nested sums/products flattened and their arguments sorted (associativity and
    commutativity only: no other identity is used, so two trees with the same canon denote the same
    function with the same domain)."""
    if tree[0] in ("num", "var"):
        return tree
    args = [canon(a) for a in tree[1:]]
    if tree[0] in ("add", "mul"):
        args = sorted((b for a in args for b in (a[1:] if a[0] == tree[0] else [a])), key=json.dumps)
    return [tree[0], *args]


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


def _row_sign(rule: str, facts, signs: list[str], expr=None, arg_range=None) -> str:
    """The sign of an atom's value at ``expr``: the row's fixed sign, or its sign rule applied to the arguments'
    signs (``range``: from the argument's exact range and ``atoms.SIGN_SPANS``; ``lse``: positive when the constant
    terms of log(c + sum e^{a_i}) add up to c >= 1, since the argument is then > 1)."""
    if isinstance(facts.sign, Sign):
        return facts.sign.value
    if facts.sign == "range":
        return span_sign(ROW_HEADS.get(rule, rule), arg_range, SIGN_SPANS)
    if facts.sign == "lse":
        constant = sum((num_value(t) for t in expr[1][1:] if t[0] != "exp"), Fraction(0))
        return "positive" if constant >= 1 else "unknown"
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


def _lse_template(expr, exprs, where, checker):
    """log(e^{a_1} + ... + e^{a_k} + c_1 + ...) with numbers c_j > 0 (log_sum_exp)."""
    if expr[0] != "log" or expr[1][0] != "add":
        raise CertificateError(f"{where}: log_sum_exp needs log(sum), found {short(expr)}")
    constants = [t for t in expr[1][1:] if t[0] != "exp"]
    if any(num_value(t) is None or num_value(t) <= 0 for t in constants):
        raise CertificateError(f"{where}: log_sum_exp terms must be exp(...) or positive numbers, found "
                               f"{short(constants)}")
    return ["log", ["add", *[["exp", e] for e in exprs], *constants]]


def _geo_mean_template(expr, exprs, where, checker, rule="geo_mean"):
    """a_1^{p_1} ... a_k^{p_k}, one power per child: ``geo_mean`` with numbers p_i > 0, sum p_i <= 1;
    ``geo_mean_param`` with exponents that are expressions in the parameters only, p_i >= 0 and 1 - (p_1 + ... +
    p_k) >= 0 shown on the box for every parameter value by ``checker.sign_on_domain`` (concave and nondecreasing on
    a_i > 0 for such weights, as for numeric ones)."""
    factors = expr[1:] if expr[0] == "mul" else []
    if len(factors) != len(exprs) or any(f[0] != "pow" for f in factors):
        raise CertificateError(f"{where}: {rule} needs a product of powers, found {short(expr)}")
    exponents = [f[2] for f in factors]
    if rule == "geo_mean_param":
        if any(tree_variables(e) - set(checker.cert.parameters) for e in exponents):
            raise CertificateError(f"{where}: geo_mean_param's exponents are expressions in the parameters, found "
                                   f"{short(exponents)}")
        rest = ["add", ["num", "1"], *[["mul", ["num", "-1"], e] for e in exponents]]
        for tree, what in [(e, "an exponent") for e in exponents] + [(rest, "1 minus the exponents' sum")]:
            if not ge0(found := checker.sign_on_domain(tree)):
                raise CertificateError(f"{where}: geo_mean_param needs {what} >= 0 for every parameter value, "
                                       f"the sign of {short(tree)} is {found}")
    elif any(num_value(e) is None for e in exponents) or not geo_mean_exponents_ok([num_value(e) for e in exponents]):
        raise CertificateError(f"{where}: geo_mean exponents must be numbers > 0 with sum <= 1, found "
                               f"{short(exponents)}")
    return ["mul", *[["pow", a, e] for a, e in zip(exprs, exponents)]]


def _norm_form(factors: list, p: Fraction, even: bool) -> str | None:
    """How |a|^p is written in a term's factors (its weight removed): ``abs`` |a|^p, ``plain`` a^p (p even),
    ``odd`` a^{p-1} |a| (p an odd integer, as SymPy writes |x|^3 = x^2 |x|); None for anything else."""
    powers = [f for f in factors if f[0] == "pow" and num_value(f[2]) in (p, p - 1)]
    if len(factors) == 1 and powers and num_value(powers[0][2]) == p:
        return "abs" if powers[0][1][0] == "abs" else "plain" if even else None
    absolute = [f for f in factors if f[0] == "abs"]
    if len(factors) == 2 and p.denominator == 1 and p.numerator % 2 == 1 and len(absolute) == 1 and \
            len(powers) == 1 and num_value(powers[0][2]) == p - 1 and absolute[0][1] == powers[0][1]:
        return "odd"
    return None


def norm_p_template(expr, exprs: list, where: str, checker=None, rule: str = "norm_p") -> list:
    """(c_1 |a_1|^p + ... + c_k |a_k|^p + c)^{1/p} (norm_p; ``rule`` norm2: p = 2) built from the children's
    expressions ``exprs``, with a rational p > 1, weights c_i > 0 and constants c >= 0 read off ``expr``, which must be
    ``["pow", ["add", term, ...], ["num", "1/p"]]`` with each term ``c |a|^p`` (c absent: 1) or a number >= 0, the
    i-th non-constant term paired with the i-th child. N is the p-norm of (c_1^{1/p} a_1, ..., c_k^{1/p} a_k,
    c^{1/p}), so by Minkowski's inequality convex on R^k, nonnegative, nondecreasing in a_i where a_i >= 0 and
    nonincreasing where a_i <= 0 (``SIGNED``). |a|^p may be written a^p when p is even (SymPy writes |x|^4 as x^4)
    and a^{p-1} |a| when p is an odd integer (x^2 |x|).

    >>> t = ["pow", ["add", ["pow", ["abs", ["var", "x"]], ["num", "3"]], ["num", "1"]], ["num", "1/3"]]
    >>> norm_p_template(t, [["var", "x"]], "n") == t
    True
    """
    inv = num_value(expr[2]) if isinstance(expr, list) and expr[:1] == ["pow"] and len(expr) == 3 else None
    if inv is None or inv <= 0 or not isinstance(expr[1], list) or expr[1][:1] != ["add"]:
        raise CertificateError(f"{where}: {rule} needs (sum of c |a|^p)^(1/p), found {str(expr)[:60]}")
    p = 1 / inv
    if not norm_exponent_ok(p) or rule == "norm2" and p != 2:
        raise CertificateError(f"{where}: {rule} needs p {'= 2' if rule == 'norm2' else '> 1'}, found p = {p}")
    constants = [t for t in expr[1][1:] if num_value(t) is not None]
    varying = [t for t in expr[1][1:] if num_value(t) is None]
    if any(num_value(t) < 0 for t in constants):
        raise CertificateError(f"{where}: {rule}'s constant must be >= 0, found "
                               f"{', '.join(str(num_value(t)) for t in constants)}")
    if len(varying) != len(exprs):
        raise CertificateError(f"{where}: {rule} has {len(varying)} terms and {len(exprs)} children")
    power, terms = ["num", rational_to_str(p)], []
    for term, a in zip(varying, exprs):
        factors = term[1:] if term[0] == "mul" else [term]
        weight = factors[0] if len(factors) > 1 and (w := num_value(factors[0])) is not None and w > 0 else None
        form = _norm_form(factors[1:] if weight is not None else factors, p, p.denominator == 1 and p.numerator % 2 == 0)
        if form is None:
            raise CertificateError(f"{where}: {rule}'s terms are c |a|^{p} with c > 0 (a^{p} for an even p, "
                                   f"a^{p - 1} |a| for an odd p), found {str(term)[:60]}")
        t = {"abs": ["pow", ["abs", a], power], "plain": ["pow", a, power],
             "odd": ["mul", ["pow", a, ["num", rational_to_str(p - 1)]], ["abs", a]]}[form]
        terms.append(t if weight is None else ["mul", weight, t])
    return ["pow", ["add", *terms, *constants], expr[2]]


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


#: Rules whose template is read off the node's own expression (weights, constants, exponents); each takes
#: (expr, the children's expressions, where, the checker).
_READERS = {"log_sum_exp": _lse_template, "norm_p": norm_p_template, "geo_mean": _geo_mean_template,
            "norm2": lambda *read: norm_p_template(*read, rule="norm2"), "pow_exp": _pow_exp_template,
            "geo_mean_param": lambda *read: _geo_mean_template(*read, rule="geo_mean_param")}


class _RulesChecker:
    """Checks a derivation node by node against one box (and the domain's joint constraints)."""

    def __init__(self, cert, box: dict):
        self.cert, self.box = cert, box
        self.halfspaces, self.affine_forms = domain_halfspaces(cert), domain_affine_forms(cert)

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
            from .rewrite import check_perspective, check_rewrite

            curv, sgn = (check_perspective if rule == "perspective" else check_rewrite)(
                self, node, kids, where, sign_of=self.sign_on_domain, canon=canon)
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
        of (``affine_sign`` asks ``joint_form_sign``), else the sign rules and interval evaluation on the box."""
        found = affine_sign(tree, self.box, self.halfspaces)
        return found if found != "unknown" else tree_sign(tree, self.box, interior=False)

    def leaf_or_affine(self, rule, expr, kids, children, where):
        """(curvature, sign, template) of the leaves (module docstring) and affine rules: ``add`` (the sum of signs,
        or an affine sum's exact range, or a domain constraint it is a multiple of) and ``scale`` (c g with constant
        factors c: c >= 0 keeps g's curvature, c <= 0 flips it, 0 g is affine)."""
        signs, curvs, exprs = [k[2] for k in kids], [k[1] for k in kids], [k[0] for k in kids]
        if (rule in ("constant", "variable") and kids) or (rule in ("add", "scale") and len(kids) < 2):
            raise CertificateError(f"{where}: rule {rule!r} given {len(kids)} children")
        if rule in ("constant", "variable"):
            names = tree_variables(expr)
            if rule == "constant" and names - set(self.cert.parameters):
                raise CertificateError(f"{where}: a constant may not contain variables {sorted(names)}")
            if rule == "variable" and (expr[0] != "var" or expr[1] not in self.box):
                raise CertificateError(f"{where}: a variable leaf must be ['var', name], found {short(expr)}")
            # a variable or a parameter: its bounds; an expression in parameters: its sign for every parameter value
            # in the box (1 - a > 0 on a < 1); a number: its value's
            return "affine", range_to_sign(self.box[expr[1]]) if expr[0] == "var" else self.sign_on_domain(expr) \
                if names else number_word(value_at(expr, (), [])), expr
        if rule == "add":  # an affine sum's exact range on the box, or a polynomial sum's bound by a domain
            curv, sgn = _compose("affine", ["increasing"] * len(kids), curvs), _row_sign(rule, ATOMS["add"], signs)
            exact = affine_sign(expr, self.box, self.halfspaces) if curv == "affine" else \
                joint_form_sign(expr, list(self.box), self.halfspaces)  # constraint (1 - x^2 - y^2 on x^2 + y^2 < 1)
            return curv, stronger(exact, sgn), ["add", *exprs]
        constant = [c.get("rule") == "constant" for c in children]
        if constant.count(False) != 1:
            raise CertificateError(f"{where}: scale needs exactly one non-constant factor, found "
                                   f"{constant.count(False)}")
        c_sign = reduce(sign_mul, [s for s, is_c in zip(signs, constant) if is_c], "positive")
        inner = curvs[constant.index(False)]
        flip = {"convex": "concave", "concave": "convex"}.get(inner, inner)   # c >= 0 keeps it, c <= 0 flips it
        curv = {"positive": inner, "nonnegative": inner, "zero": "affine", "negative": flip, "nonpositive": flip}.get(
            c_sign, "unknown") if inner != "affine" else inner
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
        if not kids if rule in _READERS else len(kids) < 2 if facts.arity is None else len(kids) != facts.arity:
            raise CertificateError(f"{where}: rule {rule!r} given {len(kids)} children")
        arg_range = affine_range(exprs[0], self.box, self.affine_forms) \
            if facts.span is not None or facts.sign == "range" else None   # the affine argument's exact range
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
        monotone = [facts.monotone_in(i).resolve(Sign(s)).value for i, s in enumerate(signs)]
        sign = _row_sign(rule, facts, signs, expr, arg_range)
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


__all__ = ["SIGN_BY_RANGES", "canon", "verify_rules"]
