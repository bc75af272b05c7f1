"""Activation regions: exact cell enumeration, Cover's counts, witnesses strictly inside, pieces, Hessians."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest
import sympy as sp

from symconvex.errors import InputError
from symconvex.network import Network
from symconvex.regions import (arrangement_cells, cover_count, enumeration_complete, hessian, pattern_rows,
                               regions)


def _det3(a, b, c):
    return (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
            + a[2] * (b[0] * c[1] - b[1] * c[0]))


def no_three_collinear(points) -> bool:
    return all(_det3((*p, 1), (*q, 1), (*r, 1)) != 0 for p, q, r in itertools.combinations(points, 3))


def witness_is_strictly_inside(region) -> bool:
    """Every constraint is a strict inequality and holds exactly at the witness."""
    ok = True
    for c in region.constraints:
        ok &= isinstance(c, (sp.StrictGreaterThan, sp.StrictLessThan))
        ok &= c.xreplace(region.witness) is sp.true
    return ok and all(isinstance(v, sp.Rational) for v in region.witness.values())


def test_cells_of_small_arrangements():
    assert len(arrangement_cells([((1, 1), 0), ((-1, 1), 0)], 2)) == 4
    # three affine lines in general position cut the plane into 7 cells
    assert len(arrangement_cells([((1, 0), 0), ((0, 1), 0), ((1, 1), -1)], 2)) == 7
    # repeated (and opposite) hyperplanes count once; a constant nonzero one is no cut
    assert len(arrangement_cells([((1, 2), 0), ((-2, -4), 0), ((0, 0), 3)], 2)) == 2
    # a point on an identically-zero function: no cell avoids it
    assert arrangement_cells([((0, 0), 0)], 2) == []


@pytest.mark.parametrize("n,dim", [(3, 2), (4, 3), (6, 3), (7, 2), (5, 4)])
def test_cell_counts_match_cover_for_points_in_general_position(n, dim):
    rng = random.Random(100 * n + dim)
    vectors = [tuple(Fraction(rng.randint(-9, 9), rng.randint(1, 5)) for _ in range(dim)) for _ in range(n)]
    cells = arrangement_cells([(v, 0) for v in vectors], dim)
    assert len(cells) == cover_count(n, dim)
    signs = {tuple((sum(a * b for a, b in zip(v, p)) > 0) for v in vectors) for p in cells}
    assert len(signs) == len(cells)  # distinct cells
    assert all(sum(a * b for a, b in zip(v, p)) != 0 for v in vectors for p in cells)


def test_one_input_two_units_two_points_gives_16_regions():
    net = Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)])
    found = list(regions(net))
    assert cover_count(2, 2) == 4
    assert len(found) == 16 == 4 ** 2
    assert len({r.pattern for r in found}) == 16
    assert all(r.complete for r in found) and enumeration_complete(net)
    for row in range(2):
        assert len({r.pattern[row] for r in found}) == 4
    assert all(witness_is_strictly_inside(r) for r in found)


@pytest.mark.slow  # test_cell_counts_match_cover_for_points_in_general_position is the default one
def test_two_inputs_two_units_five_points_gives_484_regions():
    points = [(0, 0), (1, 0), (0, 1), (2, 3), (-1, 3)]
    assert no_three_collinear(points)
    net = Network([2, 2, 1], "relu", data=[(p, 1) for p in points])
    found = list(regions(net))
    assert cover_count(5, 3) == 22
    assert len({r.pattern[0] for r in found}) == 22 and len({r.pattern[1] for r in found}) == 22
    assert len(found) == 484 == len({r.pattern for r in found})
    assert all(witness_is_strictly_inside(r) for r in found)


def test_without_bias_the_arrangement_is_of_the_inputs_themselves():
    # 3 pairwise independent vectors in R^2: C(3, 2) = 2 (1 + 2) = 6 cells per unit
    net = Network([2, 1, 1], "relu", bias=False, data=[((1, 0), 0), ((0, 1), 0), ((1, 1), 1)])
    found = list(regions(net))
    assert len(found) == cover_count(3, 2) == 6
    assert all(witness_is_strictly_inside(r) for r in found)


def test_a_zero_input_without_bias_leaves_no_strict_region():
    net = Network([1, 2, 1], "relu", bias=False, data=[(0, 1)])
    assert list(regions(net)) == []


def test_pieces_agree_with_the_loss_at_the_witness_and_are_polynomials():
    net = Network([1, 2, 1], "leaky_relu:1/4", data=[(1, 1), (-1, -1), (2, 0)])
    for region in regions(net):
        assert region.piece.is_polynomial(*net.params)
        assert region.piece.xreplace(region.witness) == net.loss_at(list(region.witness.values()))


def test_hessian_of_a_piece_in_closed_form():
    net = Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)])
    active = next(r for r in regions(net) if r.pattern == ((1, 1), (1, 1)))
    H = hessian(net, active)
    assert H.shape == (7, 7) and H == H.T
    b2 = net.params[-1]
    assert H[6, 6] == 2  # d^2/db2^2 of 1/2 sum (z_i - y_i)^2 over two points
    assert H == sp.hessian(active.piece, net.params)
    # the loss is 1 at the origin of that region's closure: its piece there is 1/2 (1 + 1)
    assert active.piece.xreplace({s: 0 for s in net.params}) == 1
    assert b2 in active.piece.free_symbols


def test_three_layer_relu_net_regions_have_verified_witnesses_and_are_incomplete():
    net = Network([1, 2, 2, 1], "relu", data=[(1, 1), (-1, -1)])
    found = list(regions(net))
    assert not enumeration_complete(net)
    assert found and all(not r.complete for r in found)
    assert len({r.pattern for r in found}) == len(found) <= 2 ** 8
    assert len(found) > 16  # more than the first layer alone gives
    assert all(witness_is_strictly_inside(r) for r in found)
    assert pattern_rows(net) == [(1, 1), (1, 2), (2, 1), (2, 2)]
    for r in found[::20]:
        assert r.piece.xreplace(r.witness) == net.loss_at(list(r.witness.values()))


def test_seed_003_regions_cover_all_four_patterns():
    net = Network([1, 1, 1], "relu", output_activation="relu", data=[(1, 1)])
    found = list(regions(net))
    assert {r.pattern for r in found} == {((a,), (b,)) for a in (1, -1) for b in (1, -1)}
    assert all(witness_is_strictly_inside(r) for r in found)


def test_hinge_without_hidden_layer_is_an_affine_arrangement():
    # margins 1 - y_i (w . x_i + b): 3 affine planes in general position in R^3 -> 2^3 cells
    net = Network([2, 1], loss="hinge", data=[((1, 0), 1), ((0, 1), -1), ((1, 1), 1)])
    found = list(regions(net))
    assert len(found) == 8 and all(r.complete for r in found)
    assert all(witness_is_strictly_inside(r) for r in found)


def test_a_smooth_net_is_one_region():
    net = Network([2, 2, 1], "sigmoid", data=[((1, 0), 1)])
    found = list(regions(net))
    assert len(found) == 1 and found[0].pattern == () and found[0].complete
    assert found[0].piece == net.loss


def test_kinks_after_a_sigmoid_layer_are_refused():
    net = Network([1, 2, 1], "sigmoid", output_activation="relu", data=[(1, 1)])
    with pytest.raises(InputError):
        list(regions(net))


def test_region_count_without_listing_matches_the_enumeration_and_covers_formula():
    from symconvex.regions import region_count
    small = Network([1, 2, 1], data=[(1, 1), (-1, -1)])
    assert region_count(small) == len(list(regions(small))) == 16
    five = [((0, 0), 1), ((1, 0), 0), ((0, 1), 1), ((1, 1), 0), ((2, 3), 1)]
    assert region_count(Network([2, 2, 1], data=five)) == 22 ** 2
    # 22^8 regions are counted, not listed
    assert region_count(Network([2, 8, 1], data=five)) == 22 ** 8
    assert region_count(Network([1, 2, 2, 1], data=[(1, 1), (-1, -1)])) is None  # deeper kinks: no formula
