"""The independent checker of proofs (rules derivations, Hessian decompositions): acceptance, JSON round
trips, and a lying twin for every number of every certificate."""

from __future__ import annotations

import ast
import copy
import functools
import json
import pathlib

import pytest
import sympy as sp
from tampering import tampered_twins

import symconvex.check.proofs as proofs
from symconvex.certificates import HessianCertificate, RulesCertificate, from_json, subject_digest, to_tree
from symconvex.check import verify
from symconvex.decompose import prove_by_hessian
from symconvex.errors import CertificateError
from symconvex.functions import relu, sigmoid
from symconvex.rules import prove_by_rules

x, y, z = sp.symbols("x y z", real=True)

# (name, f, variables, domain, expected statement) — issue 2's acceptance examples on the proof side
EXAMPLES = [
    ("relu", relu(x), (x,), None, "convex"),
    ("abs", sp.Abs(x), (x,), None, "convex"),
    ("max", sp.Max(x, y), (x, y), None, "convex"),
    ("x4", x ** 4, (x,), None, "convex"),
    ("exp", sp.exp(x), (x,), None, "convex"),
    ("lse", sp.log(sp.exp(x) + sp.exp(y)), (x, y), None, "convex"),
    ("logistic", sp.log(1 + sp.exp(-(x + 2 * y))), (x, y), None, "convex"),
    ("neg_relu", -relu(x), (x,), None, "concave"),
    ("sqrt", sp.sqrt(x), (x,), [x >= 0], "concave"),
    ("x3_nonneg", x ** 3, (x,), [x >= 0], "convex"),
    ("quad_over_lin", x ** 2 / y, (x, y), [y > 0], "convex"),
    ("geo_mean", sp.sqrt(x * y), (x, y), [x > 0, y > 0], "concave"),
    ("affine", 3 * x - 2 * y + sp.Rational(1, 2), (x, y), None, "affine"),
    ("quadratic", x ** 2 + x * y + y ** 2, (x, y), None, "convex"),
    ("quadratic3", x ** 2 + y ** 2 + z ** 2 + x * y, (x, y, z), None, "convex"),
    ("shifted_log", sp.log(x - 1) + sp.log(2 - y), (x, y), [x > 1, y < 2], "concave"),
    ("sigmoid_half_line", sigmoid(2 * x + 1), (x,), [x >= 0], "concave"),
    ("tanh_half_line", sp.tanh(x - 3), (x,), [x <= 3], "convex"),
]

SMOOTH = {"x4", "exp", "lse", "logistic", "sqrt", "x3_nonneg", "quad_over_lin", "geo_mean", "quadratic", "quadratic3",
          "shifted_log"}
BY_RULES = {name for name, *_ in EXAMPLES} - {"quadratic", "quadratic3"}


#: (id, expected statement) of every certificate below: "rules-NAME" for each of BY_RULES, "hessian-NAME" for SMOOTH.
CASES = [(f"{kind}-{name}", expected) for name, *_, expected in EXAMPLES
         for kind, members in (("rules", BY_RULES), ("hessian", SMOOTH)) if name in members]
IDS = [c[0] for c in CASES]


@functools.lru_cache(maxsize=None)
def _certificate(case: str):
    """The finder's certificate for the case (found when a test first asks for it, not when the module is
    collected: every test worker collects every module)."""
    kind, _, name = case.partition("-")
    (f, variables, domain), = [(f, v, d) for n, f, v, d, _ in EXAMPLES if n == name]
    return (prove_by_rules if kind == "rules" else prove_by_hessian)(f, variables, domain)


@pytest.mark.parametrize("name, expected", CASES, ids=IDS)
def test_certificate_is_accepted_and_survives_json(name, expected):
    cert = _certificate(name)
    assert cert is not None, name
    assert verify(cert) == expected
    text = cert.to_json()
    again = from_json(text)
    assert again == cert
    assert verify(text) == expected and verify(json.loads(text)) == expected


@pytest.mark.parametrize("name, expected", CASES, ids=IDS)
def test_every_one_number_tamper_is_rejected(name, expected):
    cert = _certificate(name)
    twins = list(tampered_twins(json.loads(cert.to_json())))
    assert twins  # at least the version number
    for path, twin in twins:
        with pytest.raises(CertificateError):
            verify(json.dumps(twin))
            pytest.fail(f"{name}: tampering {path} was accepted")


def _with_domain(data, domain):
    """The certificate document with another domain and a matching subject digest (so that only the
    mathematics can reject it)."""
    data = copy.deepcopy(data)
    data["domain"] = domain
    data["digest"] = subject_digest(data["variables"], data["function"], data.get("network"), domain)
    return data


# ----------------------------------------------------------------------------------- what is NOT proved

@pytest.mark.parametrize("f, variables, domain", [
    (x * y, (x, y), None),
    (x ** 3, (x,), None),
    (sigmoid(x), (x,), None),
])
def test_no_proof_of_what_is_false(f, variables, domain):
    assert prove_by_rules(f, variables, domain) is None
    assert prove_by_hessian(f, variables, domain) is None


def test_x_cubed_proof_on_half_line_does_not_transfer_to_the_line():
    for cert in (prove_by_rules(x ** 3, (x,), [x >= 0]), prove_by_hessian(x ** 3, (x,), [x >= 0])):
        data = _with_domain(json.loads(cert.to_json()), [])
        with pytest.raises(CertificateError, match="box"):
            verify(data)
        for entry in data.get("pivot_signs", []):
            entry["box"] = {}
        if "derivation" in data:
            data["derivation"]["box"] = {}
            data["derivation"]["children"][0]["sign"] = "unknown"  # what the leaf x is on R
        with pytest.raises(CertificateError, match="pow_odd_nonneg|cannot show the pivot"):
            verify(data)


# ------------------------------------------------------------------------------ forged certificates

def _node(expr, rule, curvature, sign, children=()):
    return {"expr": to_tree(expr), "rule": rule, "curvature": curvature, "sign": sign, "children": list(children)}


def test_rejects_sigmoid_claimed_convex():
    leaf = _node(x, "variable", "affine", "unknown")
    cert = RulesCertificate(variables=("x",), function=to_tree(sigmoid(x)), proves="convex",
                            derivation=_node(sigmoid(x), "sigmoid", "convex", "positive", [leaf]))
    with pytest.raises(CertificateError, match="gives no curvature"):
        verify(cert)


def test_rejects_xy_as_a_scaled_variable():
    # x*y with y passed off as a constant factor
    cert = RulesCertificate(variables=("x", "y"), function=to_tree(x * y), proves="affine",
                            derivation=_node(x * y, "scale", "affine", "unknown",
                                             [_node(x, "variable", "affine", "unknown"),
                                              _node(y, "constant", "affine", "unknown")]))
    with pytest.raises(CertificateError, match="may not contain variables"):
        verify(cert)


def test_rejects_log_without_a_positive_argument():
    leaf = _node(x, "variable", "affine", "unknown")
    cert = RulesCertificate(variables=("x",), function=to_tree(sp.log(x)), proves="concave",
                            derivation=_node(sp.log(x), "log", "concave", "unknown", [leaf]))
    with pytest.raises(CertificateError, match="must be positive"):
        verify(cert)


def test_rejects_a_node_that_is_not_its_rule_applied_to_its_children():
    cert = prove_by_rules(sp.exp(x) + sp.Abs(y), (x, y), None)
    data = json.loads(cert.to_json())
    (exp_node,) = [c for c in data["derivation"]["children"] if c["rule"] == "exp"]
    exp_node["children"][0]["expr"] = ["var", "y"]  # the leaf y under exp(x)
    with pytest.raises(CertificateError, match="is not rule"):
        verify(data)


def test_rejects_a_wrong_stated_sign_and_box():
    cert = prove_by_rules(x ** 2 / y, (x, y), [y > 0])
    data = json.loads(cert.to_json())
    data["derivation"]["children"][1]["sign"] = "nonnegative"
    with pytest.raises(CertificateError, match="sign"):
        verify(data)
    data = json.loads(cert.to_json())
    data["derivation"]["box"] = {}
    with pytest.raises(CertificateError, match="box"):
        verify(data)


def test_rejects_hessian_of_x_cubed_on_the_line():
    t = ["mul", ["num", "6"], ["var", "x"]]
    cert = HessianCertificate(variables=("x",), function=to_tree(x ** 3), proves="convex", hessian=[[t]],
                              L=[[["num", "1"]]], D=[t], pivot_signs=[{"sign": "nonnegative", "box": {}}])
    with pytest.raises(CertificateError, match="cannot show the pivot"):
        verify(cert)


def test_rejects_hessian_of_a_kink_and_of_an_undefined_point():
    one = [["num", "0"]]
    cert = HessianCertificate(variables=("x",), function=to_tree(relu(x)), proves="convex", hessian=[one],
                              L=[[["num", "1"]]], D=one, pivot_signs=[{"sign": "zero", "box": {}}])
    with pytest.raises(CertificateError, match="not smooth"):
        verify(cert)
    good = prove_by_hessian(-sp.log(x), (x,), [x > 0])
    data = _with_domain(json.loads(good.to_json()), [["ge", ["var", "x"], ["num", "0"]]])
    for entry in data["pivot_signs"]:
        entry["box"] = {"x": ["0", False, None, False]}
    with pytest.raises(CertificateError, match="log argument"):
        verify(data)


def test_rejects_indefinite_quadratic_with_a_forged_pivot():
    f = x * y
    H = [[["num", "0"], ["num", "1"]], [["num", "1"], ["num", "0"]]]
    cert = HessianCertificate(variables=("x", "y"), function=to_tree(f), proves="convex", hessian=H,
                              L=[[["num", "1"], ["num", "0"]], [["num", "1"], ["num", "1"]]],
                              D=[["num", "0"], ["num", "0"]],
                              pivot_signs=[{"sign": "zero", "box": {}}, {"sign": "zero", "box": {}}])
    with pytest.raises(CertificateError, match="L D L"):
        verify(cert)


def test_rejects_a_box_without_interior():
    good = prove_by_hessian(x ** 2 + y ** 2, (x, y), [x >= 1])
    data = _with_domain(json.loads(good.to_json()),
                        [["ge", ["var", "x"], ["num", "1"]], ["le", ["var", "x"], ["num", "1"]]])
    with pytest.raises(CertificateError, match="no interior"):
        verify(data)


def test_canonical_form_is_only_associativity_and_commutativity():
    a = ["add", ["var", "x"], ["add", ["num", "1"], ["var", "y"]]]
    b = ["add", ["var", "y"], ["var", "x"], ["num", "1"]]
    assert proofs.canon(a) == proofs.canon(b)
    assert proofs.canon(["mul", ["num", "2"], ["num", "3"]]) != proofs.canon(["num", "6"])


# ------------------------------------------------------------------------------------- independence

def test_proofs_checker_does_not_import_the_search_code():
    import symconvex.check.hessian as hessian

    source = "\n".join(pathlib.Path(m.__file__).read_text() for m in (proofs, hessian))
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(("." * node.level) + (node.module or ""))
            imported.update(("." * node.level) + (node.module or "") + "." + a.name for a in node.names)
    forbidden = ("rules", "decompose", "search", "analysis", "domain", "regions", "network")
    for name in imported:
        parts = name.strip(".").split(".")
        assert not any(p in forbidden for p in parts), name
    assert {"..atoms", ".trees", "..errors", ".evaluate", ".numbers"} <= {  # the format as the checker reads it
        n for n in imported if n.startswith(".")}
