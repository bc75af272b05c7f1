"""The finders compute with their own code (issue #13): outside ``check/``, only the places listed here import the
checker, each for a stated reason; the finders' copies of the checker's conventions (parameter names, limits,
box signs, the perspective rule's inner box) agree with the checker's on random inputs."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from test_layers import _graph

#: module -> why it imports the checker. "decides": it calls ``check.verify`` / ``accepts`` / ``verify_domain`` /
#: ``report_minimum`` and acts on the answer (the gate, or a finder steering by what the checker accepts: the
#: gate checks again, or reuses that very answer); "hint": it asks the checker's own sign reasoning which sign
#: the checker will re-derive for a node (a stated sign is always re-derived by the checker, so the finder's
#: copy could only make it propose less); "display": the text layer shows numbers, deciding nothing. (The package
#: root, which re-exports ``verify``, is a surface.)
CHECKER_IMPORTS = {
    "analysis": "decides: the soundness gate (verify, accepts, verify_domain); parametric checks through it",
    "cli": "decides: the verify command and the minimum reports",
    "decompose": "decides: keeps the Hessian variant the checker accepts; hint: tree_sign, strengthen_sign, "
                 "domain_box, domain_halfspaces",
    "netsearch": "decides: steers by the statements verify returns (the gate reuses them)",
    "landscape": "decides: proposes a saddle only when verify accepts it",
    "minima": "decides: adjusts the stated Hessian bound by the checker's answer",
    "families": "decides: FamilyResult.verified re-checks its certificates",
    "restrictions": "decides: keeps an answer on an affine set only when verify accepts each restriction certificate",
    "saddle_claims": "decides: SaddleClaimResult.verified re-checks its certificates",
    "rules": "hint: the checker's sign reasoning on the box (strengthen_sign, affine_sign, joint_form_sign, "
             "affine_range, in_span, span_sign) and its box (domain_box, domain_halfspaces)",
    "convexsets": "hint: strengthen_sign on the domain's box to choose what to propose",
    "quasiconvexity": "hint: a loglog part's function and domain in the checker's form (check.quasi's at_exp, "
                      "log_of, log_image, with tree_sign), which the checker re-derives",
    "domain": "decides: the natural domain's factors of one strict sign come from the checker's rigorous bounds",
    "decimals": "display: writes a number of the checker's arithmetic (check.numbers) as certificate text",
    "latex": "display (the package: proofs, minima, pieces, networks)",
    "gallery": "display", "web": "display",
}


def test_only_the_listed_modules_import_the_checker():
    importers = {name.split(".")[0] for name, targets in _graph().items()  # a package (latex/) counts as one
                 if not (name == "check" or name.startswith("check."))
                 and any(t == "check" or t.startswith("check.") for t in targets)}
    new = sorted(importers - set(CHECKER_IMPORTS))
    assert new == [], f"new imports of check/ from outside it (give the finder its own code, or list why): {new}"
    gone = sorted(set(CHECKER_IMPORTS) - importers)
    assert gone == [], f"listed but no longer importing check/ (remove from the list): {gone}"


@pytest.mark.parametrize("module", ["scale", "network", "regions", "forward", "signs", "evaluation", "strictness",
                                    "perspectives", "pieces", "basins", "safran_shamir", "auer", "parametric",
                                    "search"])
def test_these_finders_import_nothing_from_the_checker(module):
    assert {t for t in _graph()[module] if t == "check" or t.startswith("check.")} == set()


def test_the_finders_conventions_equal_the_checkers():
    from symconvex import network, perspectives
    from symconvex.check import network as check_network
    from symconvex.check import rewrite as check_perspective
    from symconvex.forward import names

    assert perspectives.MAX_INNER == check_perspective.MAX_INNER
    assert perspectives.SIGN_BOUNDS == check_perspective.SIGN_BOUNDS
    assert network.MAX_PARAMETERS <= check_network.MAX_PARAMETERS
    assert network.MAX_DATA_UNITS <= check_network.MAX_DATA_UNITS
    rng = random.Random(1)
    for _ in range(30):
        widths = [rng.randint(1, 4) for _ in range(rng.randint(2, 4))]
        bias = rng.random() < 0.5
        assert list(names(tuple(widths), bias)) == check_network.parameter_names({"layers": widths, "bias": bias})


def _end(rng):
    from symconvex.check.signs import PiRational

    roll = rng.random()
    if roll < 0.3:
        return None
    if roll < 0.4:
        return PiRational(Fraction(rng.randint(-2, 2), 2), Fraction(rng.randint(-2, 2), 3))
    return Fraction(rng.randint(-3, 3), rng.randint(1, 2))


@pytest.mark.parametrize("seed", range(5))
def test_the_finders_box_signs_equal_the_checkers(seed):
    from symconvex.check import signs as proofs
    from symconvex.signs import box_to_json, variable_sign

    rng = random.Random(seed)
    for _ in range(200):
        bounds = [_end(rng), rng.random() < 0.5, _end(rng), rng.random() < 0.5]
        if any(hasattr(b, "expr") for b in bounds[::2]):  # signs of pi ends: only the JSON form is compared
            box = {"x": bounds}
            assert box_to_json(box) == proofs.box_to_json(box)
            continue
        for interior in (False, True):
            assert variable_sign(bounds, interior) == proofs.range_to_sign(bounds, interior)
        box = {"x": bounds, "y": [None, False, None, False]}
        assert box_to_json(box) == proofs.box_to_json(box)


@pytest.mark.parametrize("text, expected", [
    ("x > 0", True), ("2*x - 1 >= 0", True), ("x < pi", True), ("x + y > 0", False), ("x**2 < 1", False),
    ("x/2 + pi/3 <= 1", True), ("x*pi > 1", False),
])
def test_the_hessian_finders_bound_test_agrees_with_the_checkers(text, expected):
    import sympy as sp

    from symconvex.certificates import constraint_to_tree
    from symconvex.check.signs import is_bound as checkers
    from symconvex.decompose import _is_bound

    x, y = sp.symbols("x y", real=True)
    tree = constraint_to_tree(sp.sympify(text, locals={"x": x, "y": y}))
    assert _is_bound(tree, ["x", "y"]) == checkers(tree, ["x", "y"]) == expected
