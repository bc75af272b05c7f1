"""Functions of inner products with data vectors, for every dimension: the ``datavector`` certificate (checked by
``check.datavectors``) and the claims ``data_vectors`` answers with it."""

import copy

import pytest
import sympy as sp

from symconvex import check_claim
from symconvex.certificates import DataVectorCertificate, RulesCertificate, constraint_to_tree, from_json, to_tree
from symconvex.check import verify
from symconvex.data_vectors import one_dimensional
from symconvex.errors import CertificateError
from tampering import tampered_twins

w, x1, y1, a1, b1, lam, C = sp.symbols("w x_1 y_1 a_1 b_1 lambda C", real=True)


def _term_certificate(text):
    """The datavector certificate of term 1 of a claim about a sum over data vectors."""
    result = check_claim(text, timeout=30)
    term = next(p for p in result.parts if p.role == "term 1")
    return next(c for c in term.result.certificates if c.kind == "datavector")


@pytest.mark.parametrize("text, proves", [
    (r"$\sum_{i=1}^{n} \log(1 + e^{-y_i w^\top x_i})$ is convex in $w$", "convex"),
    (r"$-\sum_{i=1}^{m} \log(b_i - a_i^\top x)$ is convex in $x$", "convex"),
    (r"$\sum_{i=1}^{n} (\langle w, x_i\rangle - y_i)^2$ is convex in $w$", "convex"),
])
def test_datavector_term_is_accepted_and_its_twins_rejected(text, proves):
    cert = _term_certificate(text)
    assert verify(cert) == proves
    for path, twin in tampered_twins(cert.to_dict()):
        with pytest.raises(CertificateError):
            verify(from_json(twin))


def _forged(**changes):
    cert = _term_certificate(r"$\sum_{i=1}^{n} \log(1 + e^{-y_i w^\top x_i})$ is convex in $w$")
    data = copy.deepcopy(cert.to_dict())
    data.update(changes)
    return data


def test_verify_rejects_strict_convexity_without_a_norm():
    with pytest.raises(CertificateError, match="squared norm"):
        verify(from_json(_forged(proves="strictly_convex")))


def test_verify_rejects_a_data_vector_declared_a_number():
    # without x_1 among the vectors, w appears as a vector outside an inner product
    with pytest.raises(CertificateError):
        verify(from_json(_forged(vectors=["w"])))


def test_verify_rejects_a_map_that_is_not_affine():
    data = _forged()
    data["maps"] = {"u_1": ["exp", data["maps"]["u_1"]]}
    with pytest.raises(CertificateError, match="affine"):
        verify(from_json(data))


def test_verify_rejects_a_product_of_two_vector_variables():
    v = sp.Symbol("v", real=True)
    part = RulesCertificate(variables=("u_1",), function=to_tree(sp.Symbol("u_1")), proves="affine",
                            derivation={"expr": ["var", "u_1"], "rule": "variable", "curvature": "affine",
                                        "sign": "unknown", "children": []})
    cert = DataVectorCertificate(variables=("v", "w"), function=to_tree(v * w), vectors=("v", "w"),
                                 maps={"u_1": to_tree(v * w)}, parts=(part.to_dict(),), proves="affine")
    with pytest.raises(CertificateError, match="pair one vector variable with one data vector"):
        verify(cert)


@pytest.mark.parametrize("coefficient, domain, proves, ok", [
    (lam, lam > 0, "strictly_convex", True),
    (lam, lam >= 0, "convex", True),
    (lam, lam >= 0, "strictly_convex", False),     # lambda = 0 leaves no strictly convex term
    (-lam, lam > 0, "convex", False),
    (-lam, lam > 0, "strictly_concave", True),
])
def test_norm_terms_need_a_coefficient_of_the_right_sign(coefficient, domain, proves, ok):
    cert = DataVectorCertificate(variables=("w",), function=to_tree(coefficient * w ** 2), vectors=("w",),
                                 parameters=("lambda",), domain=(constraint_to_tree(domain),), proves=proves)
    if ok:
        assert verify(cert) == proves
    else:
        with pytest.raises(CertificateError):
            verify(cert)


def test_one_dimensional_reading_of_every_spelling():
    for spelling in (r"w^\top x_i", r"w^T x_i", r"w^\intercal x_i", r"\langle w, x_i\rangle", r"w \cdot x_i",
                     r"x_i^\top w"):
        text, vectors = one_dimensional(rf"$\sum_{{i=1}}^{{n}} e^{{{spelling}}}$ is convex in $w$")
        assert sorted(vectors) == ["w", "x_i"] and r"\top" not in text and "langle" not in text
    assert one_dimensional(r"$x^2$ is convex") is None


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("text, holds", [
    (r"$\sum_{i=1}^{n} \log(1 + e^{-y_i w^\top x_i})$ is convex in $w$", True),
    (r"$\sum_{i=1}^{n} \log(1 + e^{-y_i w^\top x_i})$ is strictly convex in $w$", False),
    (r"$-\sum_{i=1}^{m} \log(b_i - a_i^T x)$ is concave in $x$", False),
    (r"$\|w\|_2^2 + C\sum_{i=1}^{n}\max(0, 1 - y_i w^\top x_i)$ is strictly convex in $w$ for $C > 0$", True),
    (r"$\sum_{i=1}^{n} (w^\top x_i - y_i)^3$ is convex in $w$", False),
])
def test_claims_about_data_vectors(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert "every dimension" in result.reason


@pytest.mark.parametrize("text, holds", [
    # a vector alone in R^n: read by matrix_atoms (session 13), proved for every size or refuted on the first axis
    (r"$\|x\|_2$ is convex in $x \in \mathbb{R}^n$", True),
    (r"$\|x\|_2$ is strictly convex in $x \in \mathbb{R}^n$", False),
])
def test_a_norm_of_a_vector_in_r_n_is_answered_for_every_size(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert "every size" in str(result) or "every R^d" in str(result)


@pytest.mark.parametrize("text, holds", [
    (r"$\max_{i} (a_i^\top x + b_i)$ is convex in $x$", True),
    (r"$\max_{i=1,\dots,m} (a_i^T x + b_i)$ is concave in $x$", False),
    (r"$\max_{1 \le i \le m} (a_i^T x + b_i)$ is strictly convex in $x$", False),
    (r"$-\max_{i} (a_i^\top x + b_i)$ is convex in $x$", False),     # the term's proof is not the maximum's
    (r"$\max_{i} (w^\top x_i - y_i)^2$ is convex in $w$", True),      # the exponent belongs to each term
    (r"$\max_{i} \sin(a_i^\top x)$ is convex in $x$", False),
    (r"$\min_{i} (a_i^\top x + b_i)$ is concave in $x$", True),
    (r"$\min_{i} (a_i^\top x + b_i)$ is convex in $x$", False),
    (r"$\min_{i} (w^\top x_i - y_i)^2$ is convex in $w$", False),   # a minimum of convex functions
])
def test_maxima_and_minima_over_data_vectors(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified


def test_a_maximum_whose_extent_is_not_plain_is_not_guessed():
    from symconvex.data_vectors import _symbolic_max

    assert _symbolic_max(r"$\max_{i} (a_i x + b_i)(c_i x)$ is convex") is None
    assert _symbolic_max(r"$\max_{i=1,2,3} (a_i x)$ is convex") is None
    assert _symbolic_max(r"$\max_{i} (a_i x + b_i)^2 + 1$ is convex")[2] == "(a_i x + b_i)^2"


@pytest.mark.parametrize("text, holds", [
    # a weight's factor of parameters is taken into the term, with the claim's condition on it
    (r"$C\sum_{i=1}^{n}\max(0, 1 - y_i w x_i)$ is convex in $w$ for $C \ge 0$", True),
    (r"$\frac{\lambda}{n}\sum_{i=1}^{n} (y_i - w x_i)^2$ is concave in $w$ for $\lambda > 0$", False),
])
def test_scalar_sums_with_parameter_weights_and_written_conditions(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified


def test_a_weight_of_unknown_sign_is_never_proved():
    result = check_claim(r"$C\sum_{i=1}^{n}\max(0, 1 - y_i w x_i)$ is convex in $w$", timeout=30)
    assert result.holds is not True


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_a_summands_written_condition_is_read_at_its_first_term():
    # b_i - a_i x > 0 was compared with the marker reading's b_1 - a_1 x > 0 and refused as a lost condition
    assert check_claim(r"$-\sum_{i=1}^{m} \log(b_i - a_i x)$ is convex in $x$", timeout=30).holds is not False


@pytest.mark.xfail(strict=True, reason="a scalar term whose natural domain mixes the variable and its data "
                                       "(b_1 - a_1 x > 0) is not analysed; the vector spelling a_i^T x is")
def test_scalar_log_barrier_is_convex():
    assert check_claim(r"$-\sum_{i=1}^{m} \log(b_i - a_i x)$ is convex in $x$", timeout=30).holds is True


@pytest.mark.parametrize("text", [
    r"x^T A x is convex for x ∈ R^2",                      # a stated size: a member with d = 1 refutes nothing
    r"$x^\top x$ is convex for $x \in \mathbb{R}^n$ where $n = 3$",
    r"$\|w\|_1 + \sum_{i=1}^{n} (w^\top x_i - y_i)^2$ is convex in $w$",   # an l1 norm is not read as Euclidean
])
def test_claims_with_a_size_or_another_norm_are_not_read_for_every_dimension(text):
    from symconvex.data_vectors import check_data_vector_claim
    from symconvex.claims import _answer, parse_claim

    assert check_data_vector_claim(text, timeout=20, parse=parse_claim, answer=_answer) is None


@pytest.mark.parametrize("change", [
    lambda d: d["parts"][0].__setitem__("domain", [5]),                       # a malformed part
    lambda d: d.__setitem__("parts", [d["parts"][0], d["parts"][0]]),         # two parts
    lambda d: d["maps"].__setitem__("w", d["maps"]["u_1"]),                   # a map named like a variable
    lambda d: d.__setitem__("maps", {}),                                      # inner products without a map
])
def test_verify_rejects_forged_parts_and_maps(change):
    data = _forged()
    change(data)
    with pytest.raises(CertificateError):
        verify(from_json(data))


@pytest.mark.parametrize("text, holds", [
    (r"$\sum_{i=1}^{n} \frac{1}{b_i - a_i^\top x}$ is convex in $x$ for $a_i^\top x < b_i$", True),
    (r"$-\sum_{i=1}^{m} \log(b_i - a_i^\top x)$ is convex in $x$ for $a_i^\top x < b_i$", True),
])
def test_a_stated_domain_on_inner_products_is_the_subjects(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    term = next(p for p in result.parts if p.role == "term 1")
    cert = term.result.certificates[0]
    assert cert.kind == "datavector" and len(cert.domain) >= 1 and verify(cert) == "convex"


@pytest.mark.parametrize("text", [
    # ||w||^2 ||x||^2 and <w, x>^2 are one monomial at d = 1: the reading would cancel them (0 is affine)
    r"$\|w\|^2\|x_i\|^2 - (w^\top x_i)^2$ is affine in $w$",
    r"$\sum_{i=1}^{n} (w^\top x_i)(v^\top y_i) - (w^\top y_i)(v^\top x_i)$ is affine in $w, v$",
])
def test_products_that_meet_at_dimension_one_are_not_read_for_every_dimension(text):
    assert one_dimensional(text) is None
    with pytest.raises(Exception):
        check_claim(text, timeout=20)
