"""The model reading of formulas in weight and data letters (model_letters): answered only where the weights'
reading and the joint reading agree."""

import pytest

from symconvex import check_claim
from symconvex.model_letters import data_letter_reading


def test_data_letters_are_the_second_reading():
    assert data_letter_reading({"w", "x", "y"}) == ["x", "y"]
    assert data_letter_reading({"theta_1", "x_1", "y_1"}) == ["x_1", "y_1"]
    assert data_letter_reading({"x", "y"}) is None          # no weight letter: the joint reading only
    assert data_letter_reading({"w", "b"}) is None


@pytest.mark.parametrize("text", [
    r"$(y - w x)^2$ is convex",                         # in w: convex; in (w, x, y): not convex
    r"$\log(1 + e^{-x w y})$ is convex",
    r"$(w_1 x_1 + w_2 x_2 - y)^2$ is not convex",
    r"$e^{\theta x}$ is convex",
])
def test_readings_that_disagree_leave_the_claim_undecided(text):
    claim = check_claim(text)
    assert claim.holds is None
    assert len(claim.readings) >= 1


def test_readings_that_agree_are_answered():
    # (w x - y)^2 is not concave in w (for x = 1) and not concave jointly: both readings refute
    claim = check_claim(r"$(w x - y)^2$ is concave")
    assert claim.holds is False
    claim = check_claim(r"$(w x - y)^2$ is convex in $w$")   # the variables named: one reading
    assert claim.holds is True
