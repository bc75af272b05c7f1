"""bench/mutate.py, the checker's mutation fuzzer: every tampered twin of an accepted certificate is rejected with a
one-line CertificateError, or accepted with a statement its own independent oracle finds TRUE of the twin's own
subject. A seeded modest run here; the larger run over certificates of every kind is slow."""

from __future__ import annotations

import importlib.util
import json
import pathlib
import random

import pytest

from symconvex.certificates import CurvatureCertificate, MidpointCertificate

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _load():
    spec = importlib.util.spec_from_file_location("mutate", ROOT / "bench" / "mutate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


mutate = _load()
X, Y = ["var", "x"], ["var", "y"]


def _tiny_seeds():
    """Three accepted certificates built by hand: a midpoint refutation of x y, a curvature refutation of -x^2 on
    x > 0, and a midpoint refutation about a 1-2-1 ReLU network spec (the unit swap of seed 000)."""
    from symconvex.network import Network

    xy = MidpointCertificate(variables=("x", "y"), function=["mul", X, Y], refutes="convex", a=("1", "-1"),
                             b=("-1", "1"), lam="1/2", values={"f(a)": "-1", "f(b)": "-1", "f(m)": "0"})
    square = CurvatureCertificate(variables=("x",), function=["mul", ["num", "-1"], ["pow", X, ["num", "2"]]],
                                  domain=(["gt", X, ["num", "0"]],), refutes="convex", point=("3",), direction=("1",),
                                  second_derivative="-2", value="-9", slope="-6")
    net = Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)])
    swap = MidpointCertificate(variables=tuple(net.names), network=net.spec, refutes="convex",
                               a=("1", "-1", "0", "0", "1", "-1", "0"), b=("-1", "1", "0", "0", "-1", "1", "0"),
                               lam="1/2", values={"f(a)": "0", "f(b)": "0", "f(m)": "1"})
    return [(name, "verify", json.loads(c.to_json())) for name, c in (("x y", xy), ("-x^2", square), ("net", swap))]


def _assert_clean(result):
    counts, findings = result["counts"], result["findings"]
    assert [f for f in findings if f["outcome"] in ("accepted-false", "crashed", "hung", "seed-rejected")] == []
    assert counts["accepted-false"] == counts["crashed"] == counts["hung"] == 0
    assert counts["rejected"] > 0 and counts["mutants"] == counts["rejected"] + counts["accepted-true"] + \
        counts["unjudged"]


def test_a_seeded_modest_run_rejects_or_accepts_only_true_twins():
    result = mutate.run(_tiny_seeds(), per_seed=60, seed=0, timeout=5)
    _assert_clean(result)
    assert result["counts"]["seeds"] == 3 and result["counts"]["mutants"] >= 180
    assert result["counts"]["oracle-true"] > 0  # twins about a changed subject accepted, and recomputed true


def test_the_run_is_deterministic_for_a_seed():
    seeds = _tiny_seeds()[:1]
    assert mutate.run(seeds, per_seed=20, seed=7, timeout=5) == mutate.run(seeds, per_seed=20, seed=7, timeout=5)


def test_the_oracle_finds_a_false_refutation_false_and_a_true_one_true():
    """The judge is not a rubber stamp: the honest x y midpoint is true, its twin with b = a (no gap) is false, and a
    convexity 'proof' of -x^2 has a counterexample among sampled points."""
    (_, _, honest), (_, _, square) = _tiny_seeds()[:2]
    rng = random.Random(0)
    assert mutate.judge({}, "", honest, "not_convex", rng) == ("true", "recomputed")
    flat = {**honest, "b": honest["a"]}
    assert mutate.judge({}, "", flat, "not_convex", rng)[0] == "false"
    proof = {"symconvex": 1, "kind": "rules", "variables": ["x"], "function": square["function"], "domain": []}
    assert mutate.judge({}, "", proof, "convex", rng)[0] == "false"
    assert mutate.judge({}, "", proof, "concave", rng)[0] == "true"


def test_the_mutations_reach_beneath_the_digest_and_the_stated_values():
    """Each mutant is rehashed (a changed subject meets the mathematics, not a stale digest), and restating
    recomputes a refutation's values for its new subject: the honest twin of a changed function is accepted."""
    (_, _, honest), = _tiny_seeds()[:1]
    changed = mutate.rehash({**honest, "function": ["mul", ["num", "2"], X, Y]})
    restated = mutate.restate(changed)
    assert restated["values"] == {"f(a)": "-2", "f(b)": "-2", "f(m)": "0"}
    from symconvex.check import verify

    assert verify(restated) == "not_convex"
    labels = [label for label, _ in mutate.mutations(honest, random.Random(0), {})]
    assert any("swapped" in label for label in labels) and any("dropped" in label for label in labels)
    assert any("-> 1/0" in label for label in labels) and any(label.startswith("kind ->") for label in labels)


@pytest.mark.slow
def test_a_larger_run_over_every_kind_rejects_or_accepts_only_true_twins():
    seeds = mutate.seeds()
    kinds = {data["kind"] for _, _, data in seeds}
    assert kinds >= {"midpoint", "curvature", "rules", "hessian", "sum", "identity", "pieces", "domain", "datavector",
                     "restriction", "saddle", "minimum", "minima_count", "quasimidpoint", "quasi", "loglog", "matrix"}
    _assert_clean(mutate.run(seeds, per_seed=60, seed=1, timeout=10))


def _curvature_of(function, point, direction, d2, value, slope):
    return CurvatureCertificate(variables=("x", "y"), function=function, refutes="convex" if d2.startswith("-") else
                                "concave", point=point, direction=direction, second_derivative=d2, value=value,
                                slope=slope)


def test_a_variable_exponent_at_a_zero_base_gives_no_smooth_piece():
    """Found by the fuzzer (the exponent 2 of (x - y)^2 in (x + y)^2 + (x - y)^2 replaced by y, the values restated):
    x^y is exp(y log x), defined where x > 0 and, at x = 0, as its continuous extension 0 for y > 0. Along a line on
    which y is constant the checker took x^y as the power x^r even where x = 0: (-x^2)^y, defined only on x = 0 (f = 0
    there, convex), was 'not convex' by d^2/dt^2 (-t^2)^1 = -2 at (0, 1) along (1, 0). Both are now refused; the
    value 0^r = 0 (a midpoint's point) and a positive base are still taken."""
    from symconvex.check import verify
    from symconvex.errors import CertificateError

    only_on_a_line = ["pow", ["mul", ["num", "-1"], ["pow", X, ["num", "2"]]], Y]
    mutant = ["add", ["pow", ["add", X, Y], ["num", "2"]], ["pow", ["add", X, ["mul", ["num", "-1"], Y]], Y]]
    for cert in (_curvature_of(only_on_a_line, ("0", "1"), ("1", "0"), "-2", "0", "0"),
                 _curvature_of(mutant, ("1", "1"), ("1", "0"), "2", "4", "5")):
        with pytest.raises(CertificateError, match="^log: cannot show the argument 0 is positive"):
            verify(cert)
        data = json.loads(cert.to_json())  # the oracle calls the old acceptance false
        assert mutate.judge({}, "", data, "not_" + data["refutes"], random.Random(0))[0] == "false"
    # a positive base: (x - y)^y at (2, 1) along (1, 0) is (x - 1)^1 near it, defined on a neighbourhood
    assert verify(_curvature_of(mutant, ("2", "1"), ("1", "0"), "2", "10", "7")) == "not_concave"
    # values at a zero base are the continuous extension: x^y + y on the segment x = 0 is affine, not strictly convex
    flat = MidpointCertificate(variables=("x", "y"), function=["add", ["pow", X, Y], Y], refutes="strictly_convex",
                               a=("0", "1"), b=("0", "3"), lam="1/2", values={"f(a)": "1", "f(b)": "3", "f(m)": "2"})
    assert verify(flat) == "not_strictly_convex"
