r"""R^+ (symconvex/halflines.py): read as [0, inf) and as (0, inf), answered only when both readings agree; a
function not defined at 0 has only the open reading."""

from __future__ import annotations

from answers import answered
from symconvex.claims import parse_claim
from symconvex.halflines import readings


def test_both_readings_agree_on_a_cube():
    result = answered(r"$t^3 + t$ is strictly convex on $\mathbb{R}^+$")
    assert result.holds is True
    assert [str(c) for c in result.claim.domain] == ["t >= 0"]
    assert [r.holds for r in result.readings] == [True]
    assert [str(c) for c in result.readings[0].claim.domain] == ["t > 0"]


def test_a_refutation_holds_in_both_readings():
    result = answered(r"$|t - 2|$ is strictly convex on $\mathbb{R}^{+}$")
    assert result.holds is False and [r.holds for r in result.readings] == [False]


def test_a_function_undefined_at_zero_is_read_on_the_open_half_line():
    result = answered(r"$-\log t + t$ is strictly convex on $\mathbb{R}^+$")
    assert result.holds is True and [str(c) for c in result.claim.domain] == ["t > 0"]
    assert not result.readings and "(0, ∞)" in result.claim.note
    assert [str(c) for c in parse_claim(r"$\frac{1}{t}$ is convex on ℝ⁺").domain] == ["t > 0"]


def test_unambiguous_notations_are_left_alone():
    assert readings(r"$t^2$ is convex on $\mathbb{R}_+$") == []
    assert readings(r"$t^2$ is convex on $\mathbb{R}_{++}$") == []
    assert readings(r"$x$ is convex on $\mathbb{R}^2_+$") == []
    assert [str(c) for c in parse_claim(r"$t^2$ is convex on $\mathbb{R}_+$").domain] == ["t >= 0"]


def test_notations_of_one_meaning_are_read_directly():
    assert [str(c) for c in parse_claim(r"$t^2$ is convex on $\mathbb{R}^+_0$").domain] == ["t >= 0"]
    assert [str(c) for c in parse_claim(r"$t^2$ is convex on $\mathbb{R}_0^+$").domain] == ["t >= 0"]
    for star in (r"\mathbb{R}^*_+", r"\mathbb{R}_+^*", r"\mathbb{R}^{+*}"):
        claim = parse_claim(rf"$t^3$ is convex on ${star}$")
        assert [str(c) for c in claim.domain] == ["t > 0"] and not claim.readings and star in claim.text
