"""Dense base points for ``scale.certify_large`` and the checker's shared-work evaluation of several points.

A dense certificate sits at a generic point: random first-layer weights, every hidden unit strictly active at
every data point. Tests: the certificates are accepted on both checker paths with the same verdict, the point
really is dense and active, every one-number tampered twin is rejected, ``Vec``'s exact combinations and comparisons (the midpoint
check's m = lam a + (1 - lam) b) equal those of Fractions, and a spec changed after a check is caught by the
digest."""

from __future__ import annotations

import random
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from marks import slow_except
from tampering import tampered_twins
from test_scale import _spec, _verdict

from symconvex.certificates import from_json
from symconvex.check import fastnet, verify
from symconvex.check.evaluate import value_at
from symconvex.check.losstree import loss_tree
from symconvex.check.network import parameter_names
from symconvex.errors import CertificateError, InputError
from symconvex.scale import certify_large

ACT_LOSS = [("relu", "squared"), ("leaky_relu:1/3", "squared"), ("identity", "squared"), ("relu", "hinge"),
            ("leaky_relu:1/2", "hinge")]


def _dense_spec(d, k, n, act, loss, depth=1):
    return _spec(d, k, n, act=act, loss=loss, m=2 if (loss == "squared" and d == 2) else 1, seed=d * 31 + k + n,
                 depth=depth)


DENSE_SIZES = [(1, 2, 2), (2, 3, 4), (3, 5, 3), (4, 4, 6)]


def _dense_grid() -> list:
    """Every depth x activation-and-loss x size; the default run keeps one size per depth and activation-and-loss
    (size (i + depth) mod 4 for the i-th pair: each pair at both depths, each size at both depths), the slow run
    all 40."""
    rows = []
    for depth in (1, 2):
        for i, (act, loss) in enumerate(ACT_LOSS):
            for j, (d, k, n) in enumerate(DENSE_SIZES):
                marks = [] if j == (i + depth) % len(DENSE_SIZES) else [pytest.mark.slow]
                name = f"{depth}-{act}-{loss}-{d}-{k}-{n}"
                rows.append(pytest.param(d, k, n, act, loss, depth, marks=marks, id=name))
    return rows


@pytest.mark.parametrize("d,k,n,act,loss,depth", _dense_grid())
def test_dense_certificates_are_accepted_on_both_paths_at_an_active_dense_point(d, k, n, act, loss, depth,
                                                                                monkeypatch):
    spec = _dense_spec(d, k, n, act, loss, depth)
    certs = certify_large(spec, base="dense")
    assert {(c.kind, c.refutes) for c in certs} == {(kind, r) for kind in ("curvature", "midpoint")
                                                    for r in ("convex", "concave")}
    net = fastnet.FastNet(spec)
    for cert in certs:
        assert verify(cert) == verify(cert.to_json()) == f"not_{cert.refutes}"
        with monkeypatch.context() as mp:  # the generic evaluator on the loss tree agrees
            mp.setattr(fastnet, "compile_spec", lambda spec: None)
            assert verify(cert.to_json()) == f"not_{cert.refutes}"
        if cert.kind == "curvature":
            W1 = np.array(cert.point[:k * d]).reshape(k, d)
            assert np.count_nonzero(W1) >= 0.5 * W1.size  # uniform on {-4, ..., 3}: 7/8 nonzero on average
            # every hidden kink on its active side at every data point (the output-layer / margin kinks aside)
            hidden_signs = net.run(net.vector(cert.point, "point"))[0].signs[:depth]
            assert all(s is None or (s == 1).all() for s in hidden_signs)


@pytest.mark.parametrize("d,k,n,act,loss", slow_except([(1, 2, 2, "relu", "squared"), (2, 3, 4, "leaky_relu:1/3", "squared"),
                                                         (3, 5, 3, "identity", "squared"), (2, 3, 4, "relu", "hinge"),
                                                         (4, 4, 6, "leaky_relu:1/2", "hinge")], keep=[0], several=True))
def test_every_tampered_twin_of_a_dense_certificate_is_rejected(d, k, n, act, loss):
    spec = _dense_spec(d, k, n, act, loss)
    for cert in certify_large(spec, base="dense"):
        data = from_json(cert.to_json()).to_dict()
        accepted = [path for path, twin in tampered_twins(data) if not _verdict(twin).startswith("rejected")]
        assert accepted == [], (cert.kind, cert.refutes, accepted[:5])


def test_dense_certificates_at_scale_with_50_bit_data():
    rng = random.Random(5)
    d, k, n = 40, 64, 6
    spec = {"layers": [d, k, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [[f"{rng.randint(-2 ** 50, 2 ** 50)}/{2 ** 49}" for _ in range(d)] for _ in range(n)],
            "targets": [[str(rng.randint(-3, 3))] for _ in range(n)]}
    net = fastnet.FastNet(spec)
    for cert in certify_large(spec, base="dense", compact=True):
        assert verify(cert) == f"not_{cert.refutes}"
        W1 = net.vector(cert.point if cert.kind == "curvature" else cert.a, "p").num[:k * d].reshape(k, d)
        assert fastnet.float_plan(net.X, W1.T)[2] == 2  # the first layer's product: two float64 digits


def test_unknown_base_is_refused():
    with pytest.raises(InputError, match="base must be one of"):
        certify_large(_spec(1, 2, 2), base="sparse")


# ------------------------------------------------------------------------------------------ exact vectors

@pytest.mark.parametrize("lam", [Fraction(1, 2), Fraction(1, 3), Fraction(5, 7)])
def test_vector_combinations_and_comparisons_are_those_of_fractions(lam):
    """``Vec.combine`` / ``Vec.linear`` and ``==`` / ``differences`` over different denominators (int8, int64 and
    beyond-int64 numerators) give exactly what Fractions give; one changed coordinate is always seen."""
    rng = np.random.default_rng(1)
    a = rng.integers(-5, 5, size=200).astype(np.int8)
    b = a.copy()
    b[[3, 100, 199]] = [4, -5, 0]
    for A, B in ((fastnet.Vec(a, 1), fastnet.Vec(b, 6)), (fastnet.Vec(a, 3), fastnet.Vec(b.astype(object) * 2 ** 70, 1))):
        fa, fb = A.fractions(), B.fractions()
        m = A.combine(lam, B)
        assert m.fractions() == [lam * x + (1 - lam) * y for x, y in zip(fa, fb)]
        assert A.linear(Fraction(-2, 3), B, 5).fractions() == [Fraction(-2, 3) * x + 5 * y for x, y in zip(fa, fb)]
        assert A.differences(B).tolist() == [i for i, (x, y) in enumerate(zip(fa, fb)) if x != y]
        same = fastnet.Vec(np.array([int(x * 6 * m.den) for x in m.fractions()], dtype=object), 6 * m.den)
        assert same == m  # equal values over another denominator
        for i in (0, 3, 199):  # a coordinate where a and b agree, or differ
            bad = fastnet.Vec(m.num.copy(), m.den)
            bad.num[i] += 1
            assert bad != m and m.differences(bad).tolist() == [i]


# ----------------------------------------------------------------------------------------- the digest

def test_a_spec_changed_after_a_check_is_caught_by_the_digest():
    spec = _spec(2, 3, 4, seed=41)
    (cert,) = certify_large(spec, kinds=("curvature",), refutes=("convex",), base="dense", compact=True)
    assert verify(cert) == "not_convex"
    spec["inputs"][0][0] = "7"  # the certificate's spec changes in memory after it was checked
    with pytest.raises(CertificateError, match="digest"):
        verify(cert)
    with pytest.raises(CertificateError, match="digest"):
        verify(cert.to_json())


def test_latex_states_a_dense_midpoint_pair_by_where_the_points_differ():
    from symconvex.latex import to_latex

    spec = _spec(30, 40, 3, seed=43)
    for cert in certify_large(spec, kinds=("midpoint",), base="dense", compact=True):
        tex = to_latex(cert)
        # theta(2) swaps the biases +1, -1 of hidden units 1, 2; the midpoint has both at 0
        assert r"$\theta^{(2)}$ agrees with $\theta^{(1)}$ except at $2$ coordinates: $b^{(1)}_{1} = -1$, " \
               r"$b^{(1)}_{2} = 1$." in tex
        assert r"$\theta^{*}$ agrees with $\theta^{(1)}$ except at $2$ coordinates: $b^{(1)}_{1} = 0$, " \
               r"$b^{(1)}_{2} = 0$." in tex


def test_the_readme_large_network_example_answers_as_documented():
    rng = random.Random(9)
    spec = {"layers": [64, 128, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [[f"{rng.randint(-8, 8)}/8" for _ in range(64)] for _ in range(32)],
            "targets": [[str(rng.randint(-2, 2))] for _ in range(32)]}
    for base in ("dense", "blind"):
        assert [verify(c) for c in certify_large(spec, base=base)] == ["not_convex", "not_concave", "not_convex",
                                                                        "not_concave"]


def test_terminal_summaries_name_the_few_coordinates_that_matter():
    spec = _spec(30, 40, 3, seed=47)
    curvature, _, midpoint, _ = certify_large(spec, base="dense", compact=True)
    assert "u = (b1_1 = -1, W2_1_1 = 1; the other 1279 coordinates 0)" in curvature.summary()
    assert "b = a except b1_1 = -1, b1_2 = 1, m = a except b1_1 = 0, b1_2 = 0" in midpoint.summary()
    explicit = certify_large(spec, base="dense", compact=False)[0]  # named by its variables: the same text
    assert "u = (b1_1 = -1, W2_1_1 = 1; the other 1279 coordinates 0)" in explicit.summary()


def test_a_compact_pattern_is_an_int8_array_checked_as_an_array():
    import dataclasses

    spec = _spec(30, 40, 3, seed=53)
    cert = certify_large(spec, kinds=("curvature",), refutes=("convex",), base="dense", compact=True)[0]
    assert isinstance(cert.pattern, np.ndarray) and cert.pattern.dtype == np.int8 and not cert.pattern.flags.writeable
    assert verify(cert) == "not_convex" and verify(cert.to_json()) == "not_convex"  # array, and list from JSON
    flipped = cert.pattern.copy()
    flipped[7] = -flipped[7]
    with pytest.raises(CertificateError, match=r"pattern: the kinks at the point take branches \[1, 1, 1, 1, 1, 1, "
                                               r"1, 1, .*certificate states \[1, 1, 1, 1, 1, 1, 1, -1, "):
        verify(dataclasses.replace(cert, pattern=flipped))
    with pytest.raises(CertificateError, match="pattern"):
        verify(dataclasses.replace(cert, pattern=cert.pattern[:-1]))
    with pytest.raises(CertificateError, match="integer dtype"):
        dataclasses.replace(cert, pattern=cert.pattern.astype(float))


@pytest.mark.slow
def test_large_dense_proofs_compile_without_running_off_the_page(tmp_path):
    """Wide exact fractions of a dense point: the parameter list breaks, long sums are set four terms a line."""
    from test_latex import compile_latex

    from symconvex.latex import to_latex

    rng = random.Random(11)
    spec = {"layers": [30, 80, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [[f"{rng.randint(-8, 8)}/8" for _ in range(30)] for _ in range(24)],
            "targets": [[f"{rng.randint(-4, 4)}/2"] for _ in range(24)]}
    for cert in certify_large(spec, refutes=("convex",), base="dense", compact=True):
        tex = to_latex(cert)
        assert r"\begin{align*}" in tex and r"&\quad + " in tex  # a long sum, wrapped
        log = compile_latex(tex, tmp_path, f"dense_{cert.kind}")
        assert "Overfull \\hbox" not in log, log[log.find("Overfull"):][:300]


@pytest.mark.slow  # a long property test
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fast_and_generic_paths_agree_on_arbitrary_midpoint_claims(data, monkeypatch):
    """Differential test of the fast midpoint path (shared forward passes, the a/b difference set, the m check)
    against the generic evaluator, on arbitrary points: integer arrays of mixed widths, "p/q" strings, a = b,
    a wrong m, m off the segment only where a = b. The verdicts (or the rejection messages' fields) agree."""
    from symconvex.certificates import MidpointCertificate

    seed = data.draw(st.integers(0, 10 ** 6))
    rng = random.Random(seed)
    act = rng.choice(["relu", "identity", "leaky_relu:1/3"])
    loss = rng.choice(["squared", "hinge"])
    spec = _spec(rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 3), act=act, loss=loss,
                 depth=rng.choice([1, 2]), seed=seed)
    n = len(parameter_names(spec))
    a = [rng.randint(-3, 3) for _ in range(n)]
    b = list(a) if data.draw(st.booleans()) and rng.random() < 0.2 else \
        [x if rng.random() < 0.6 else rng.randint(-3, 3) for x in a]
    lam = Fraction(rng.choice([1, 1, 1, 2]), 3) if rng.random() < 0.3 else Fraction(1, 2)
    m = [lam * x + (1 - lam) * y for x, y in zip(a, b)]
    tamper = data.draw(st.sampled_from(["none", "anywhere", "where a = b"]))
    same = [k for k in range(n) if a[k] == b[k]]
    if tamper == "anywhere":
        m[rng.randrange(n)] += Fraction(1, 2)
    elif tamper == "where a = b" and same:
        m[rng.choice(same)] += 1
    as_array = data.draw(st.sampled_from(["ints", "int8", "int16", "strings"]))

    def vec(values):
        if all(Fraction(v).denominator == 1 for v in values) and as_array != "strings":
            ints = [int(v) for v in values]
            return tuple(ints) if as_array == "ints" else np.array(ints, dtype=getattr(np, as_array))
        return tuple(str(Fraction(v)) for v in values)

    def verdict(values):
        cert = MidpointCertificate(variables=(), network=spec, refutes="convex", a=vec(a), b=vec(b),
                                   lam=str(lam), m=vec(m), values=values)
        try:
            return verify(cert)
        except CertificateError as exc:
            return str(exc).split(":")[0]

    net_values = {}
    try:  # the stated values: the generic evaluator's, so that only the points decide
        tree = loss_tree(spec)
        net_values = {key: str(value_at(tree, parameter_names(spec), list(map(Fraction, point))))
                      for key, point in (("f(a)", a), ("f(b)", b), ("f(m)", m))}
    except CertificateError:
        pass
    fast = verdict(net_values)
    with monkeypatch.context() as mp:
        mp.setattr(fastnet, "compile_spec", lambda spec: None)
        generic = verdict(net_values)
    assert fast == generic
    if a == b:
        assert fast == "a, b"
    elif tamper != "none" and (tamper == "anywhere" or same):
        assert fast == "m"


def test_an_all_zero_long_vector_reads_as_such():
    from symconvex.certificates import CurvatureCertificate

    spec = _spec(30, 40, 3, seed=59)
    cert = certify_large(spec, kinds=("curvature",), refutes=("concave",), base="dense", compact=True)[0]
    zero = CurvatureCertificate(variables=(), network=spec, refutes="concave", point=np.zeros(1281, dtype=np.int8),
                                direction=cert.direction, second_derivative="1", value="0", slope="0")
    assert "p = (all 1281 coordinates 0), u = (b2_1 = 1; the other 1280 coordinates 0)" in zero.summary()
