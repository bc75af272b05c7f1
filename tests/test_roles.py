"""Role words before a named letter ("in the last layer's weight $v$", "for fixed first-layer weights $w$"):
the claim is about the letters written, read in the clause the words stand in (sentences/roles.py)."""

import pytest

from symconvex import ClaimError, check_claim
from symconvex.claims import _chunks
from symconvex.sentences.roles import article_before_fixed, role_run


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
@pytest.mark.parametrize("text, holds", [
    # quadratic in the output weight with leading coefficient act(w)^2 >= 0: convex for every fixed w
    (r"$(u \max(0, s) - 2)^2$ is convex in the output weight $u$", True),
    (r"$(u \tanh(s) + 1)^2$ is convex in $u$ for fixed first-layer weights $s$", True),
    (r"For fixed hidden-layer weights $s$, $(u \sigma(s) - 3)^2$ is convex in the last layer's weight $u$", True),
    (r"$(u \sigma(s) - 3)^2$ is convex in $u$ for a fixed $s$", True),
    # in the hidden weight, the output weight fixed: at u = 1, (tanh(s) + 1)^2 bends down for s > atanh(1/3)
    (r"$(u \tanh(s) + 1)^2$ is convex in the hidden weight $s$ for fixed output weight $u$", False),
])
def test_role_words_name_the_letter_after_them(text, holds):
    claim = check_claim(text)
    assert claim.holds is holds
    assert claim.verified is True


def test_role_words_without_a_letter_stay_refused():
    with pytest.raises(ClaimError):
        check_claim(r"$(u \tanh(s) - 1)^2$ is convex in the last layer")


def test_role_run_ends_at_a_math_piece():
    chunks = _chunks(r"$f$ is convex in the last layer's weight $v$")
    start = next(i for i, c in enumerate(chunks) if c == ("word", "the"))
    assert chunks[role_run(chunks, start)] == ("math", "v")
    chunks = _chunks(r"$f$ is convex in the last layer")
    start = next(i for i, c in enumerate(chunks) if c == ("word", "the"))
    assert role_run(chunks, start) is None


def test_article_before_fixed():
    chunks = _chunks(r"$f$ is convex in $v$ for a fixed $w$")
    i = next(i for i, c in enumerate(chunks) if c[1] == "a")
    assert article_before_fixed(chunks, i)
