"""Direct tests of the checker's sign reasoning (check/signs.py), its identity test (check/symbolic.is_zero) and the
table-driven rules walk (atoms.RULE_TEMPLATES): each statement is checked against the mathematics it claims."""

from __future__ import annotations

import itertools
import json
import random
import time
from fractions import Fraction

import pytest
import sympy as sp

from symconvex.atoms import ATOMS, PLAIN_HEADS, RULE_TEMPLATES
from symconvex.certificates import subject_digest, to_tree
from symconvex.check import verify
from symconvex.check.symbolic import MAX_EXPONENT, is_zero
from symconvex.check.signs import (PiRational, affine_range, decide, defined_on, domain_box, factored_sign, is_bound,
                                   polynomial, power_sign, quadratic_sign, range_sign, satisfies, sign_add, sign_mul,
                                   tree_range, tree_sign, univariate_sign)
from symconvex.errors import CertificateError
from symconvex.rules import prove_by_rules

x, y = sp.symbols("x y", real=True)
WORDS = ("positive", "nonnegative", "zero", "nonpositive", "negative", "unknown")
SAMPLES = {"positive": [Fraction(1, 3), Fraction(5)], "negative": [Fraction(-2), Fraction(-1, 7)],
           "zero": [Fraction(0)], "nonnegative": [Fraction(0), Fraction(2)], "nonpositive": [Fraction(0), Fraction(-3)],
           "unknown": [Fraction(-1), Fraction(0), Fraction(4)]}


def _holds(word: str, v: Fraction) -> bool:
    return {"positive": v > 0, "nonnegative": v >= 0, "zero": v == 0, "nonpositive": v <= 0, "negative": v < 0,
            "unknown": True}[word]


@pytest.mark.parametrize("a, b", list(itertools.product(WORDS, repeat=2)))
def test_sign_algebra_is_true_of_every_sample(a, b):
    """sign_add / sign_mul state a fact about every x, y of the given signs (checked on samples of each class)."""
    for u, v in itertools.product(SAMPLES[a], SAMPLES[b]):
        assert _holds(sign_add(a, b), u + v), (a, b, u, v)
        assert _holds(sign_mul(a, b), u * v), (a, b, u, v)


@pytest.mark.parametrize("s, need", list(itertools.product(WORDS, repeat=2)))
def test_satisfies_means_every_value_lies_in_the_required_set(s, need):
    if satisfies(s, need):
        assert all(_holds(need, v) for v in SAMPLES[s])


EXPONENTS = [Fraction(p) for p in ("0", "1", "2", "3", "-1", "-2", "1/2", "-1/2", "3/2", "-3/2")]


@pytest.mark.parametrize("s", WORDS)
def test_power_sign_is_true_of_every_sample_where_the_power_is_defined(s):
    """power_sign(s, p) states a fact about b^p for every b of sign s where b^p is a real number, and its answer is
    "unknown" when some such b leaves b^p undefined (a negative power of 0, a fractional power of b < 0)."""
    for p in EXPONENTS:
        word = power_sign(s, p)
        for b in SAMPLES[s]:
            defined = (b != 0 or p >= 0) and (b >= 0 or p.denominator == 1)
            if defined:
                assert _holds(word, b ** p.numerator if p.denominator == 1 else Fraction(0) if b == 0 else
                              Fraction(1)), (s, p, b)   # b > 0 here: b^p > 0
            elif word != "unknown":
                pytest.fail(f"power_sign({s!r}, {p}) = {word!r} although b = {b} leaves b^p undefined")


def test_defined_on_asks_the_conditions_of_log_and_powers():
    signs = {"x": "positive", "y": "nonnegative", "z": "unknown"}
    sign_of = lambda t: signs.get(t[1], "unknown") if t[0] == "var" else "unknown"  # noqa: E731
    heads = {"num", "var", "add", "exp", "pow", "log"}
    cases = [(["log", ["var", "x"]], True, True), (["log", ["var", "y"]], False, False),
             (["pow", ["var", "y"], ["num", "1/2"]], True, False), (["pow", ["var", "y"], ["num", "-1/2"]], False, False),
             (["pow", ["var", "z"], ["num", "3"]], True, True), (["pow", ["var", "z"], ["num", "-1"]], False, False),
             (["pow", ["var", "x"], ["var", "z"]], False, True), (["sin", ["var", "x"]], False, False),
             (["exp", ["log", ["var", "y"]]], False, False)]
    for tree, defined, smooth in cases:
        assert defined_on(tree, sign_of, heads) is defined, tree
        assert defined_on(tree, sign_of, heads, smooth=True) is smooth, tree


def test_open_ends_and_factors_decide_what_closed_intervals_cannot():
    box = {"x": [Fraction(-1), True, Fraction(1), True]}
    assert tree_range(to_tree(1 - x ** 2), box) == (Fraction(0), True, Fraction(1), False)
    assert range_sign(to_tree(1 - x ** 2), box) == "positive"
    unit = {"x": [Fraction(0), True, Fraction(1), True]}
    assert range_sign(to_tree(x - x ** 2), unit) == "unknown"        # dependency: (0,1) - (0,1)
    assert factored_sign(to_tree(x - x ** 2), unit) == "positive"   # -x (x - 1)


def test_ranges_hold_at_random_points_of_the_box():
    rng = random.Random(3)
    box = {"x": [Fraction(-2), False, Fraction(3), True], "y": [Fraction(1, 2), True, Fraction(4), False]}
    for f in (x * y - y ** 2, sp.exp(x) / y, sp.log(y) + x ** 3, sp.Max(x, y) - sp.Abs(x), sp.sqrt(y) * x):
        r = tree_range(to_tree(f), box)
        assert r is not None, f
        lo, los, hi, his = r
        for _ in range(15):
            px = Fraction(rng.randint(-2000, 2999), 1000)
            py = Fraction(rng.randint(501, 4000), 1000)
            v = sp.N(f.subs({x: sp.Rational(px.numerator, px.denominator),
                             y: sp.Rational(py.numerator, py.denominator)}), 50)
            assert (lo is None or (v > lo if los else v >= lo)) and (hi is None or (v < hi if his else v <= hi)), f


def test_affine_ranges_with_pi_ends_are_exact():
    box = {"x": [Fraction(0), False, PiRational(0, Fraction(1, 2)), True]}
    lo, los, hi, his = affine_range(["add", ["var", "x"], ["num", "1"]], box)
    assert (lo, los, his) == (Fraction(1), False, True) and hi == PiRational(1, Fraction(1, 2))
    assert tree_sign(["tan", ["var", "x"]], box, interior=False) == "nonnegative"
    assert tree_sign(["tan", ["var", "x"]], box, interior=True) == "positive"


def test_the_box_reads_single_variable_affine_constraints_only():
    class Cert:
        variables, parameters = ("x", "y"), ()
        domain = [["gt", ["var", "x"], ["num", "1"]], ["le", ["mul", ["num", "2"], ["var", "x"]], ["num", "7"]],
                  ["gt", ["add", ["var", "x"], ["var", "y"]], ["num", "0"]]]
    assert domain_box(Cert) == {"x": [Fraction(1), True, Fraction(7, 2), False], "y": [None, False, None, False]}
    assert [is_bound(c, ["x", "y"]) for c in Cert.domain] == [True, True, False]


def test_the_polynomial_reader_gives_exact_coefficients_or_none():
    assert polynomial(sp.expand((x + 2) * (y - sp.Rational(1, 3))), [x, y]) == \
        {(1, 1): 1, (1, 0): Fraction(-1, 3), (0, 1): 2, (0, 0): Fraction(-2, 3)}
    assert polynomial(sp.pi * x + 1, [x]) is None                    # pi is not rational
    assert polynomial(sp.pi * x + 1, [x], 1, rational=False) == {(1,): PiRational(0, 1), (0,): 1}
    assert polynomial(x ** 3, [x], 2) is None and polynomial(x * y, [x]) is None and polynomial(sp.exp(x), [x]) is None


def test_decide_keeps_the_first_decided_word_else_the_last_or_first_that_says_anything():
    calls = []

    def say(word):
        return lambda: calls.append(word) or word

    assert decide(say("nonnegative"), say("positive"), say("negative")) == "positive" and len(calls) == 2
    assert decide(say("nonnegative"), say("unknown"), say("nonpositive")) == "nonpositive"
    assert decide(say("nonnegative"), say("unknown"), say("nonpositive"), first=True) == "nonnegative"
    assert decide(say("unknown"), say("zero"), first=True) == "zero" and decide() == "unknown"


@pytest.mark.parametrize("p, box, word", [
    (x ** 2 - 2 * x + 2, {"x": [None, False, None, False]}, "positive"),         # (x - 1)^2 + 1 by its matrix
    (x ** 2 - 3 * x + 2, {"x": [Fraction(2), False, None, False]}, "nonnegative"),  # (x - 1)(x - 2), a root at 2
    (x ** 2 - 3 * x + 2, {"x": [Fraction(2), True, None, False]}, "positive"),
    (x ** 3 - x, {"x": [Fraction(-1, 2), True, Fraction(0), True]}, "positive"),  # Sturm: no root in (-1/2, 0)
    (x ** 3 - x, {"x": [Fraction(-2), True, Fraction(2), True]}, "unknown")])
def test_polynomials_are_signed_by_their_matrix_or_their_sturm_count(p, box, word):
    assert factored_sign(to_tree(p), box) == word
    found = quadratic_sign(p, [x], box)
    assert (found if found != "unknown" else univariate_sign(p, box)) == word


# ------------------------------------------------------------------------------------------ identities

def test_rational_identities_are_decided_exactly():
    assert is_zero((x ** 2 - y ** 2) / (x - y) - x - y)
    assert not is_zero((x ** 2 - y ** 2) / (x - y) - x + y)
    big = (x + y) ** 40
    assert is_zero(sp.expand(big) - big)
    assert not is_zero(sp.expand(big) + 1 - big)


def test_transcendental_identities_use_the_stated_fallback():
    assert is_zero(sp.exp(2 * x) - sp.exp(x) ** 2)
    assert is_zero(sp.log(sp.exp(x)) - x)          # x real
    assert not is_zero(sp.exp(x) - x - 1)


def test_exponentials_are_powers_of_one_positive_symbol_per_argument():
    """exp(k·x) = t^k with t = exp(x): the Hessian identity of log(1 - tanh x) is a rational identity in t (it took
    the whole time limit when each exp(k·x) was a generator of its own)."""
    assert is_zero(sp.diff(sp.log(1 - sp.tanh(x)), x, 2) + 1 / sp.cosh(x) ** 2)
    assert is_zero(sp.exp(x) * sp.exp(-x) - 1) and is_zero(sp.exp(x / 2) ** 2 - sp.exp(x))
    assert is_zero(sp.exp(x + y) - sp.exp(x) * sp.exp(y))
    assert not is_zero(sp.exp(x / 3) - sp.exp(x)) and not is_zero(sp.exp(x) * sp.exp(y) - sp.exp(x * y))
    assert not is_zero(sp.exp(x / 3000) - sp.exp(x))   # a power past the cap: the stated fallback decides


def test_exponents_beyond_the_cap_are_refused_quickly():
    start = time.monotonic()
    n = MAX_EXPONENT + 1  # a true identity, refused without expanding (x + 1)^n: False decides nothing
    assert not is_zero((x + 1) ** n - (x ** 2 + 2 * x + 1) * (x + 1) ** (n - 2))
    assert is_zero((x + 1) ** 7 - (x ** 2 + 2 * x + 1) * (x + 1) ** 5)   # the same identity under the cap
    assert time.monotonic() - start < 5


def test_a_hessian_identity_past_the_exponent_cap_is_refused_not_hung():
    """x^n + y^2 with H[0][0] = n (n - 1) x^(n - 2) is accepted at once (the stated entry is literally the true one);
    the same entry plus (x + 1)^n - (x^2 + 2x + 1)(x + 1)^(n - 2), which is 0 but only after expanding past the
    cap, is refused quickly instead of expanded."""
    from symconvex.decompose import prove_by_hessian

    cert = json.loads(prove_by_hessian(x ** 4 + y ** 2, (x, y), []).to_json())
    n = MAX_EXPONENT + 2
    cert["function"] = ["add", ["pow", ["var", "x"], ["num", str(n)]], ["pow", ["var", "y"], ["num", "2"]]]
    cert["digest"] = subject_digest(cert["variables"], cert["function"], None, cert["domain"])
    entry = ["mul", ["num", str(n * (n - 1))], ["pow", ["var", "x"], ["num", str(n - 2)]]]
    assert cert["D"][0][0] == "mul" and cert["pivot_signs"][0]["sign"] == "nonnegative"
    cert["hessian"][0][0] = cert["D"][0] = entry
    start = time.monotonic()
    assert verify(cert) == "convex"
    zero = ["add", ["pow", ["add", ["var", "x"], ["num", "1"]], ["num", str(n)]],
            ["mul", ["num", "-1"], to_tree(x ** 2 + 2 * x + 1), ["pow", ["add", ["var", "x"], ["num", "1"]],
                                                                  ["num", str(n - 2)]]]]
    cert["hessian"][0][0] = ["add", entry, zero]
    with pytest.raises(CertificateError, match=r"hessian\[0\]\[0\]"):
        verify(cert)
    assert time.monotonic() - start < 20


# ------------------------------------------------------------------------------------------ the rules table

def test_every_atom_row_has_exactly_one_template_or_reader():
    """The checker's walk knows how every row builds its expression: a template (data) or a reader (weights and
    constants read off the node), never both; add and scale are the walk's own affine rules."""
    from symconvex.check.proofs import _READERS

    for rule in ATOMS:
        assert (rule in RULE_TEMPLATES) + (rule in _READERS) == (0 if rule in ("add", "scale") else 1), rule
    for head in PLAIN_HEADS:
        assert RULE_TEMPLATES[head][0] == head


def test_a_power_rule_applied_to_the_wrong_exponent_is_rejected():
    cert = json.loads(prove_by_rules(x ** 4, (x,), []).to_json())
    node = cert["derivation"]
    assert node["rule"] == "pow_even"
    node["expr"][2] = ["num", "3"]
    cert["function"] = node["expr"]
    cert["digest"] = subject_digest(cert["variables"], cert["function"], None, cert["domain"])
    with pytest.raises(CertificateError, match="pow_even"):
        verify(cert)
