r"""Library names of functions typed in code or LaTeX (``parsing.text._library_functions``): log1p, expm1, log2, log10
and exp2 are their formulas; digits typed at once after log without a bracket are refused as ambiguous.

``$\log1p(t)$ is strictly concave`` was refuted about t·log(p), and ``log10 t is strictly concave on t > 0`` about
the line log(10)·t: both wrong answers (log(1 + t) and the base-10 logarithm are strictly concave)."""

import pytest

from answers import answered
from symconvex.claims import check_claim
from symconvex.errors import ClaimError


@pytest.mark.parametrize("text, expected", [
    ("np.log1p(np.exp(u)) is strictly convex", True),        # softplus
    ("log1p(u) is strictly concave", True),
    (r"$\log1p(u)$ is strictly concave", True),
    ("log1p(u**2) is convex", False),                         # log(1 + u^2): concave for |u| > 1
    ("torch.expm1(u) is strictly convex", True),
    ("np.expm1(-u) is concave", False),
    (r"$\log2(u)$ is strictly concave on $u > 0$", True),
    ("math.log10(u) is convex for u > 0", False),
    ("exp2(u) - u is convex", True),
])
def test_a_library_function_is_its_formula(text, expected):
    result = answered(text)
    assert result.holds is expected
    assert result.certificates


@pytest.mark.parametrize("text", [r"$\log10 u$ is strictly concave on $u > 0$", "log10 u is concave for u > 0",
                                  "log2 u is strictly concave for u > 0"])
def test_digits_glued_to_log_without_a_bracket_are_refused(text):
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "ambiguous" in str(info.value) and "\\log_{" in str(info.value)


def test_log_of_a_number_with_a_space_is_a_constant():
    assert answered(r"$u \log 2$ is affine").holds is True


@pytest.mark.parametrize("text", ["max is convex", "min is concave", "max_i u_i is convex", "min_i u_i is concave",
                                  "the max function is convex"])
def test_max_or_min_without_its_arguments_is_refused(text):
    """'max_i x_i is convex' was refuted about the product a·m·x_i² (the maximum of the coordinates is convex)."""
    with pytest.raises(ClaimError) as info:
        check_claim(text)
    assert "needs its arguments" in str(info.value)


@pytest.mark.parametrize("text, expected", [
    ("torch.nn.functional.relu(u) is convex", True),          # was a family claim: "nn" read as a network
    ("nn.functional.softplus(u) is strictly convex", True),
    ("jax.nn.sigmoid(u) is convex", False),
    ("scipy.special.expit(u) is concave for u >= 0", True),
])
def test_a_dotted_module_path_is_code_not_a_network(text, expected):
    result = answered(text)
    assert result.holds is expected
    assert result.certificates
