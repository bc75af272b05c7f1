"""Digits glued to a letter are its subscript (parsing/glued.py): ``w1 w2`` is w_1 w_2, never 2w^2."""

import pytest

from symconvex import check_claim
from symconvex.parsing.glued import glued_subscripts


def test_glued_digits_become_subscripts():
    assert glued_subscripts("w1*w2 + (x1 - x12)^2") == "w_{1}*w_{2} + (x_{1} - x_{12})^2"


@pytest.mark.parametrize("text", [r"\frac12", "e2", "x^2", "x_1", "log2", "2x", "x2y", "1.5"])
def test_other_spellings_are_left_as_written(text):
    assert glued_subscripts(text) == text


@pytest.mark.parametrize("text, holds, variables", [
    ("u1*u2 is convex", False, ("u_1", "u_2")),                 # read as u*1*u*2 = 2u^2 it "held"
    ("(a1 - a2)^2 is strictly convex", False, ("a_1", "a_2")),  # flat along a_1 = a_2; read as a^2 it "held"
    ("v1^2 + v2^2 is strictly convex", True, ("v_1", "v_2")),   # read as v + 4v it was "refuted"
    (r"$(s2 \max(0, s1) - 1)^2$ is convex", False, ("s_1", "s_2")),
])
def test_claims_with_glued_indices(text, holds, variables):
    claim = check_claim(text)
    assert claim.holds is holds
    assert claim.verified is True
    assert tuple(v.name for v in claim.claim.variables) == variables


@pytest.mark.parametrize("text, holds", [
    # W^{[l]}, b^{[l]}: layer indices (a common ML notation), names as x^{(i)} is, never powers
    (r"$u^{[1]} - u^{[2]}$ is affine", True),              # read as u - u^2 it was "refuted"
    (r"$(u^{[2]} u^{[1]} - 1)^2$ is convex", False),
    (r"$(u^{[1]})^2 + (u^{[2]})^2$ is strictly convex", True),
])
def test_bracketed_layer_superscripts_are_names(text, holds):
    claim = check_claim(text)
    assert claim.holds is holds
    assert claim.verified is True
    assert len(claim.claim.variables) == 2


@pytest.mark.parametrize("text", [r"$a_11 a_12$ is convex", r"$(a_11 + a_12)^2$ is strictly convex", "a_21*a_12 is convex"])
def test_unbraced_multi_digit_subscripts_are_refused(text):
    # TeX: a_1 * 1 * a_1 * 2 = 2 a_1^2 ("convex: holds"); the writer: a_{11} a_{12} (not convex)
    from symconvex import ClaimError

    with pytest.raises(ClaimError, match="ambiguous subscript"):
        check_claim(text)


def test_braced_multi_digit_subscripts_are_indices():
    claim = check_claim(r"$a_{11} a_{12}$ is convex")
    assert claim.holds is False
    assert [v.name for v in claim.claim.variables] == ["a_{11}", "a_{12}"]
