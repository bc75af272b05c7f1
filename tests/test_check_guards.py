"""The rules and Hessian checker's refusals of malformed derivations that neither the suite nor the corpora reached
(a line trace of ``check/`` over both, issue #13): each is a reachable path, not dead code, so each gets a forged
certificate that must be refused with its own message, beside an honest twin that is accepted where one exists."""

from __future__ import annotations

import functools
import json

import pytest
import sympy as sp

from symconvex.certificates import HessianCertificate, RulesCertificate, subject_digest
from symconvex.check import verify
from symconvex.errors import CertificateError
from symconvex.rules import prove_by_rules

x, y = sp.symbols("x y", real=True)
X, Y = ["var", "x"], ["var", "y"]


def _node(expr, rule, curvature, sign, children=()):
    return {"expr": expr, "rule": rule, "curvature": curvature, "sign": sign, "children": list(children)}


def _leaf(tree=X, sign="unknown"):
    return _node(tree, "variable", "affine", sign)


def _rules(function, derivation, proves="convex", variables=("x",), **extra):
    return RulesCertificate(variables=variables, function=function, proves=proves, derivation=derivation, **extra)


def _refused(cert, message):
    with pytest.raises(CertificateError, match=message):
        verify(cert)


# --------------------------------------------------------------------------------------- the shape of a node

def test_a_node_without_its_sign_or_with_children_not_a_list_is_refused():
    exp_x = ["exp", X]
    node = _node(exp_x, "exp", "convex", "positive", [_leaf()])
    assert verify(_rules(exp_x, node)) == "convex"  # the honest twin
    _refused(_rules(exp_x, {k: v for k, v in node.items() if k != "sign"}), "a node needs expr, rule, curvature, sign")
    _refused(_rules(exp_x, {**node, "children": {"0": _leaf()}}), "children: must be a list")


def test_leaves_and_affine_rules_take_their_own_number_of_children():
    _refused(_rules(X, _node(X, "variable", "affine", "unknown", [_leaf()]), "affine"),
             "rule 'variable' given 1 children")
    _refused(_rules(["num", "2"], _node(["num", "2"], "variable", "affine", "positive"), "affine"),
             r"a variable leaf must be \['var', name\]")
    xy = ["mul", X, Y]
    _refused(_rules(xy, _node(xy, "scale", "affine", "unknown", [_leaf(), _leaf(Y)]), "affine", ("x", "y")),
             "scale needs exactly one non-constant factor, found 2")


def test_an_unknown_rule_or_a_wrong_arity_is_refused():
    exp_x = ["exp", X]
    _refused(_rules(exp_x, _node(exp_x, "expo", "convex", "positive", [_leaf()])), "unknown rule 'expo'")
    _refused(_rules(exp_x, _node(exp_x, "exp", "convex", "positive", [_leaf(), _leaf()])),
             "rule 'exp' given 2 children")


def test_a_stated_curvature_other_than_the_derivation_gives_is_refused():
    cert = prove_by_rules(sp.exp(x), (x,), None)
    data = json.loads(cert.to_json())
    assert verify(data) == "convex"
    data["proves"] = "affine"
    with pytest.raises(CertificateError, match="proves: states 'affine', the derivation gives 'convex'"):
        verify(data)


def test_a_convex_function_of_a_concave_argument_has_no_curvature():
    """exp(-x^2): exp is convex increasing, -x^2 concave: the composition rule gives nothing."""
    square = ["pow", X, ["num", "2"]]
    neg = ["mul", ["num", "-1"], square]
    inner = _node(neg, "scale", "concave", "nonpositive",
                  [_node(["num", "-1"], "constant", "affine", "negative"),
                   _node(square, "pow_even", "convex", "nonnegative", [_leaf()])])
    f = ["exp", neg]
    _refused(_rules(f, _node(f, "exp", "convex", "positive", [inner])), "rule 'exp' gives no curvature")


def test_zero_times_a_convex_function_is_affine():
    """0 g = 0 for every g: the scale rule with a zero constant gives affine, whatever g's curvature."""
    f = ["mul", ["num", "0"], ["exp", X]]
    node = _node(f, "scale", "affine", "zero", [_node(["num", "0"], "constant", "affine", "zero"),
                                                _node(["exp", X], "exp", "convex", "positive", [_leaf()])])
    assert verify(_rules(f, node, "affine")) == "affine"
    _refused(_rules(f, {**node, "curvature": "convex"}, "convex"), "curvature: states 'convex'")


# ------------------------------------------------------------------------------------ rules read off the node

def test_log_sum_exp_needs_a_log_of_a_sum_of_exponentials_and_positive_numbers():
    lse = ["log", ["add", ["exp", X], ["exp", Y]]]
    kids = [_leaf(), _leaf(Y)]
    assert verify(_rules(lse, _node(lse, "log_sum_exp", "convex", "unknown", kids), variables=("x", "y"))) == "convex"
    f = ["exp", ["add", X, Y]]
    _refused(_rules(f, _node(f, "log_sum_exp", "convex", "unknown", kids), variables=("x", "y")),
             "log_sum_exp needs log\\(sum\\)")
    g = ["log", ["add", ["exp", X], ["exp", Y], ["num", "-1"]]]
    _refused(_rules(g, _node(g, "log_sum_exp", "convex", "unknown", kids), variables=("x", "y")),
             "log_sum_exp terms must be exp")


def test_geo_mean_needs_a_product_of_powers_with_exponents_summing_to_at_most_one():
    half = ["num", "1/2"]
    good = ["mul", ["pow", X, half], ["pow", Y, half]]
    kids = [_leaf(X, "positive"), _leaf(Y, "positive")]
    domain = (("gt", X, ["num", "0"]), ("gt", Y, ["num", "0"]))
    box = {"x": ["0", True, None, False], "y": ["0", True, None, False]}

    def cert(f, rule="geo_mean"):
        return _rules(f, {**_node(f, rule, "concave", "nonnegative", kids), "box": box}, "concave", ("x", "y"),
                      domain=domain)

    assert verify(cert(good)) == "concave"
    _refused(cert(["mul", ["pow", X, half], Y]), "geo_mean needs a product of powers")
    _refused(cert(["mul", ["pow", X, half], ["pow", Y, ["num", "3/4"]]]), "geo_mean exponents must be numbers > 0")


def test_pow_exp_needs_an_exponent_that_is_not_a_number():
    f = ["pow", X, ["num", "2"]]
    child = ["mul", ["num", "2"], ["log", X]]
    log_x = _node(["log", X], "log", "concave", "unknown", [_leaf(X, "positive")])
    child_node = _node(child, "scale", "concave", "unknown", [_node(["num", "2"], "constant", "affine", "positive"),
                                                              log_x])
    node = _node(f, "pow_exp", "convex", "positive", [child_node])
    _refused(_rules(f, {**node, "box": {"x": ["0", True, None, False]}}, domain=(("gt", X, ["num", "0"]),)),
             "pow_exp needs a\\^g with g not a number")


def test_geo_mean_param_exponents_are_expressions_in_the_parameters_only():
    f = ["mul", ["pow", X, X], ["pow", Y, ["num", "1/2"]]]
    kids = [_leaf(X, "positive"), _leaf(Y, "positive")]
    domain = (("gt", X, ["num", "0"]), ("gt", Y, ["num", "0"]))
    box = {"x": ["0", True, None, False], "y": ["0", True, None, False]}
    _refused(_rules(f, {**_node(f, "geo_mean_param", "concave", "positive", kids), "box": box}, "concave",
                    ("x", "y"), domain=domain),
             "geo_mean_param's exponents are expressions in the parameters")


# ------------------------------------------------------------------------------------------ Hessian pivot entries

ONE, ZERO, TWO = ["num", "1"], ["num", "0"], ["num", "2"]


def _square(v):
    return ["pow", v, TWO]


def test_a_stated_point_where_the_pivot_is_positive_must_be_a_pair_inside_the_interval():
    """x^4 is strictly convex: its pivot 12 x^2 is only >= 0, but positive at x = 1, so its zeros are isolated."""
    pivot = ["mul", ["num", "12"], _square(X)]

    def cert(nonzero_at, domain=()):
        box = {"x": ["-1", True, "1", True]} if domain else {}
        return HessianCertificate(variables=("x",), function=["pow", X, ["num", "4"]], proves="strictly_convex",
                                  hessian=[[pivot]], L=[[ONE]], D=[pivot], domain=domain,
                                  pivot_signs=[{"sign": "nonnegative", "box": box, "nonzero_at": nonzero_at}])

    assert verify(cert(["1", "12"])) == "strictly_convex"
    _refused(cert(["1"]), r"expected \[t, the pivot's value at t\]")
    unit = (("gt", X, ["num", "-1"]), ("lt", X, ONE))
    assert verify(cert(["1/2", "3"], unit)) == "strictly_convex"
    _refused(cert(["2", "48"], unit), "2 is not inside the interval")


def test_a_hessian_certificate_of_the_wrong_shape_is_refused():
    """x^2 + y^2 = [x, y] I [x, y]^T with pivots 2, 2 (``check.hessian``): each one-field change of the shape (the
    matrices' sizes, the pivots' number, a pivot entry's keys, what a Hessian proves) is refused, and so is a strict
    claim from a pivot only >= 0 (12 x^2 for x^4) without a point where it is positive, or with one where it is 0."""
    def cert(**change):
        fields = dict(variables=("x", "y"), function=["add", _square(X), _square(Y)], proves="convex",
                      hessian=[[TWO, ZERO], [ZERO, TWO]], L=[[ONE, ZERO], [ZERO, ONE]], D=[TWO, TWO],
                      pivot_signs=[{"sign": "positive", "box": {}}] * 2)
        return HessianCertificate(**{**fields, **change})

    assert verify(cert()) == "convex"
    _refused(cert(hessian=[[TWO, ZERO]]), r"hessian: expected a 2x2 matrix of trees")
    _refused(cert(pivot_signs=[{"sign": "positive", "box": {}}]), "pivot_signs: expected 2 entries")
    _refused(cert(pivot_signs=[{"sign": "positive", "box": {}, "at": "1"}] * 2), r"pivot_signs\[0\]: expected")
    _refused(cert(D=[TWO]), "D: expected 2 pivots")
    pivot = ["mul", ["num", "12"], _square(X)]

    def quartic(**change):
        return HessianCertificate(**{**dict(variables=("x",), function=["pow", X, ["num", "4"]],
                                            proves="strictly_convex", hessian=[[pivot]], L=[[ONE]], D=[pivot],
                                            pivot_signs=[{"sign": "nonnegative", "box": {}}]), **change})

    assert verify(quartic(proves="convex")) == "convex"
    _refused(quartic(), "strict convexity needs a positive pivot")
    _refused(quartic(pivot_signs=[{"sign": "nonnegative", "box": {}, "nonzero_at": ["0", "0"]}]),
             "cannot show the pivot is positive at 0")


def test_pivot_signs_by_ranges_name_ranges_and_an_open_domain():
    """x^2 + y^2 on the open disc x^2 + y^2 < 1, its pivots' signs read on the domain itself (``sign_by``)."""
    def cert(sign_by="ranges", rel="lt"):
        return HessianCertificate(variables=("x", "y"), function=["add", _square(X), _square(Y)], proves="convex",
                                  hessian=[[TWO, ZERO], [ZERO, TWO]], L=[[ONE, ZERO], [ZERO, ONE]], D=[TWO, TWO],
                                  pivot_signs=[{"sign": "positive", "box": {}, "sign_by": sign_by}] * 2,
                                  domain=((rel, ["add", _square(X), _square(Y)], ONE),))

    assert verify(cert()) == "convex"
    _refused(cert(sign_by="factors"), "sign_by: must be 'ranges'")
    assert verify(cert(rel="le")) == "convex"   # the closed disc: every sign read on it, boundary included


def test_on_a_closed_domain_that_is_no_box_the_function_must_be_smooth_up_to_its_boundary():
    """-log(1 - x^2 - y^2) is convex on the open disc; the same decomposition about the closed disc (where f is
    undefined on the circle) is refused: on a closed condition every entry is checked on the closed box."""
    from symconvex.decompose import prove_by_hessian

    y = sp.Symbol("y", real=True)
    xr = sp.Symbol("x", real=True)
    found = prove_by_hessian(-sp.log(1 - xr ** 2 - y ** 2), (xr, y), [xr ** 2 + y ** 2 < 1])
    assert found is not None and verify(found) in ("convex", "strictly_convex")
    data = json.loads(found.to_json())
    data["domain"] = [["le", *c[1:]] if c[0] == "lt" else c for c in data["domain"]]
    data["digest"] = subject_digest(data["variables"], data["function"], data.get("network"), data["domain"])
    with pytest.raises(CertificateError):
        verify(data)


def test_a_derivation_that_is_not_an_object_is_refused_by_the_reader():
    """``check.proofs.verify_rules`` reads an object: the reader refuses anything else before it runs."""
    data = json.loads(prove_by_rules(sp.exp(x), (x,), None).to_json())
    for other in ([], "node", None, 1):
        data["derivation"] = other
        with pytest.raises(CertificateError, match="derivation: expected a JSON object"):
            verify(data)


# ----------------------------------------------------------------------- perspectives, norms, rewrites, domains

def _derivation(f, variables, domain=None):
    data = json.loads(prove_by_rules(f, variables, domain).to_json())
    assert verify(data) in ("convex", "concave", "affine")  # the honest twin
    return data


def test_a_perspective_needs_t_and_one_affine_child_per_inner_variable_and_a_curved_g():
    """y exp(x / y) on y > 0 (the perspective of exp): forged with t of unknown sign, a missing child, a
    non-affine child, and a g whose derivation gives no curvature."""
    x, y = sp.symbols("x y", real=True)
    data = _derivation(y * sp.exp(x / y), (x, y), [y > 0])
    assert data["derivation"]["rule"] == "perspective"

    def refused(change, message):
        forged = json.loads(json.dumps(data))
        change(forged["derivation"])
        with pytest.raises(CertificateError, match=message):
            verify(forged)

    refused(lambda d: d["children"].pop(), "a perspective of 1 variables needs 2 children")
    closed = json.loads(json.dumps(data))  # on y >= 0, t = y is only >= 0
    closed["domain"] = [["ge", Y, ["num", "0"]]]
    closed["digest"] = subject_digest(closed["variables"], closed["function"], None, closed["domain"])
    closed["derivation"]["box"] = {"y": ["0", False, None, False]}
    closed["derivation"]["children"][0]["sign"] = "nonnegative"
    with pytest.raises(CertificateError, match="the perspective needs t > 0"):
        verify(closed)

    def square_child(d):
        d["children"][1] = _node(["pow", X, ["num", "2"]], "pow_even", "convex", "nonnegative", [_leaf()])
    refused(square_child, "the perspective's arguments must be affine")

    def sigmoid_inner(d):
        z = ["var", "z_1"]
        d["inner"]["derivation"] = _node(["sigmoid", z], "sigmoid", "unknown", "positive", [_leaf(z)])
    refused(sigmoid_inner, "rule 'sigmoid' gives no curvature")


def test_a_norm_is_a_root_of_a_sum_of_weighted_powers_with_a_nonnegative_constant_and_one_child_a_term():
    x, y = sp.symbols("x y", real=True)
    data = _derivation(sp.sqrt(x ** 2 + y ** 2 + 1), (x, y))
    root = data["derivation"]
    assert root["rule"] == "norm2"

    def refused(expr, message, children=None):
        forged = json.loads(json.dumps(data))
        forged["function"] = forged["derivation"]["expr"] = expr
        forged["digest"] = subject_digest(forged["variables"], expr, None, [])
        if children is not None:
            forged["derivation"]["children"] = children
        with pytest.raises(CertificateError, match=message):
            verify(forged)

    square = ["pow", X, ["num", "2"]]
    refused(["pow", ["add", square, ["pow", Y, ["num", "2"]], ["num", "-1"]], ["num", "1/2"]],
            "norm2's constant must be >= 0, found -1$")
    refused(["pow", ["add", square, ["pow", Y, ["num", "2"]]], ["num", "-1/2"]], r"norm2 needs \(sum of c \|a\|\^p\)")
    refused(["pow", ["add", square, ["num", "1"]], ["num", "1/2"]], "norm2 has 1 terms and 2 children")


def test_a_rewrite_has_exactly_one_child():
    """log(e^x) = x: a rewrite node whose child proves x affine; forged with two children."""
    f = ["log", ["exp", X]]
    node = _node(f, "rewrite", "affine", "unknown", [_leaf()])
    assert verify(_rules(f, node, "affine")) == "affine"
    _refused(_rules(f, {**node, "children": [_leaf(), _leaf()]}, "affine"), "a rewrite has one child, found 2")


def test_a_domain_constraint_on_a_name_that_is_not_a_variable_is_refused():
    """The digest binds the domain as stated; a bound on an undeclared name is refused before any sign is read."""
    data = json.loads(prove_by_rules(sp.exp(sp.Symbol("x", real=True)), (sp.Symbol("x", real=True),), None).to_json())
    data["domain"] = [["gt", ["var", "w"], ["num", "0"]]]
    data["digest"] = subject_digest(data["variables"], data["function"], None, data["domain"])
    with pytest.raises(CertificateError, match=r"uses \['w'\], which are not variables"):
        verify(data)


# ------------------------------------------------------------------------------------------- domain certificates

@functools.cache
def _domain_certificate():
    """{s > 0, t > 0, s t > r^2} (the rotated second-order cone), proved convex by the finder: two affine steps and
    a factor step s t - r^2 = s (t - r^2 / s) with t - r^2 / s concave."""
    from symconvex.check import verify_domain
    from symconvex.convexsets import prove_convex_domain
    from symconvex.domain import Domain

    r, s, t = sp.symbols("r s t", real=True)
    cert = prove_convex_domain(Domain.build((r, s, t), [s > 0, t > 0, s * t > r ** 2]))
    assert verify_domain(cert) == "convex_set" and [step["rule"] for step in cert["steps"]][-1] == "factor"
    return cert


@pytest.mark.parametrize("change, message", [
    (lambda c: c.update(kind="rules"), "kind: not a domain certificate"),
    (lambda c: c.update(extra=1), "domain certificate: expected keys"),
    (lambda c: c.update(proves="convex"), "proves: must be 'convex_set'"),
    (lambda c: c.update(variables=["r", "r", "t"]), "variables: a list of distinct names"),
    (lambda c: c.update(domain=[], order=[], steps=[]), "domain: 1 to"),
    (lambda c: c["steps"].pop(), "steps: expected 3 steps"),
    (lambda c: c["steps"][0].update(rule="linear"), "a step is affine, superlevel or factor"),
    (lambda c: c["steps"][-1].update(multiplier=["var", "w"]), "multiplier: uses names that are not variables"),
    (lambda c: c["steps"][-1]["derivation"].update(curvature="convex"),
     r"a derivation of a concave \(or affine\) expr is needed"),
], ids=["kind", "keys", "proves", "variables", "no-constraint", "steps", "rule", "multiplier-name", "convex-root"])
def test_a_malformed_domain_certificate_is_refused(change, message):
    from symconvex.check import verify_domain

    forged = json.loads(json.dumps(_domain_certificate()))
    change(forged)
    with pytest.raises(CertificateError, match=message):
        verify_domain(forged)
