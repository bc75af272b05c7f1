r"""A signature naming fewer arguments than the formula and the domain use (symconvex/coupled.py): read jointly and
answered only when the joint reading holds (then every slice holds too); otherwise a one-line refusal naming the
signature, the letters it leaves out, and how to write the claim."""

from __future__ import annotations

import pytest

from answers import answered
from symconvex.claims import check_claim
from symconvex.errors import ClaimError


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_the_lower_hemisphere_is_convex_jointly_and_on_every_slice():
    result = answered(r"$g(u) = -\sqrt{4 - u^2 - v^2}$ is convex on $u^2 + v^2 < 4$")
    assert result.holds is True
    assert [s.name for s in result.claim.variables] == ["u", "v"] and not result.claim.parameters
    assert "ties v" in result.claim.note


@pytest.mark.slow   # seconds of CPU: CI runs it (tests/conftest.py)
def test_log_det_of_a_symmetric_two_by_two_matrix():
    result = answered(r"$h(a) = \log\det\begin{pmatrix} a & b \\ b & c \end{pmatrix}$ is concave on "
                      r"$a > 0, c > 0, ac > b^2$")
    assert result.holds is True and [s.name for s in result.claim.variables] == ["a", "b", "c"]


def test_a_claim_that_does_not_hold_jointly_is_refused_naming_the_letters():
    # the upper hemisphere is concave, not convex; the slices could be read otherwise, so it is refused
    with pytest.raises(ClaimError) as caught:
        check_claim(r"$g(u) = \sqrt{4 - u^2 - v^2}$ is convex on $u^2 + v^2 < 4$", timeout=20)
    message = str(caught.value)
    assert "g(u)" in message and "also use v" in message and "g(u, v) = " in message and "\n" not in message
    # u v is affine in u for every v, not convex jointly: never answered "refuted"
    with pytest.raises(ClaimError):
        check_claim(r"$g(u) = u v$ is convex on $u + v > 0$", timeout=20)


def test_letters_the_claim_calls_fixed_or_a_separate_domain_are_unchanged():
    result = answered(r"$g(u) = u^2 + v^2$ is convex on $u > 0, v > 0$")
    assert [s.name for s in result.claim.variables] == ["u"] and [s.name for s in result.claim.parameters] == ["v"]
    assert result.holds is True


def test_the_cli_refuses_in_one_line_with_status_2(capsys):
    from symconvex.cli import main

    status = main(["check", r"$g(u) = u v$ is convex on $u + v > 0$"])
    captured = capsys.readouterr()
    assert status == 2 and captured.out == ""
    assert captured.err.startswith("error: the signature g(u)") and captured.err.count("\n") == 1
