"""LaTeX proofs: exact numbers in the text, checker-gated output, name escaping, and real pdflatex runs."""

from __future__ import annotations

import subprocess
from fractions import Fraction
from pathlib import Path

import pytest
import sympy as sp
from conftest import require_tool

from symconvex.certificates import HessianCertificate, MidpointCertificate
from symconvex.check import verify
from symconvex.errors import CertificateError
from symconvex.gallery import curvature_certificate, midpoint_certificate
from symconvex.latex import (analysis_summary, certificate_summary, claim_words, enclosure_latex, name_latex,
                             q_latex, text_escape, to_latex)

REPO = Path(__file__).resolve().parent.parent
SEED_000 = {"layers": [1, 2, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [["1"], ["-1"]], "targets": [["1"], ["-1"]]}
THETA_1 = ("1", "-1", "0", "0", "1", "-1", "0")
THETA_2 = ("-1", "1", "0", "0", "-1", "1", "0")
XY = ["mul", ["var", "x"], ["var", "y"]]


def sum_ends_with(tex: str, value: str) -> bool:
    """A displayed sum ends with ``= value.``: on one line, or as the last line of a wrapped align*."""
    return rf"= {value}. \]" in tex or (rf"&= {value}." + "\n" + r"\end{align*}") in tex


def compile_latex(tex: str, tmp_path, name: str = "proof") -> str:
    """Run a real pdflatex on ``tex``; fail when LaTeX reports an error (skip when pdflatex is not installed,
    fail instead under SYMCONVEX_REQUIRE_PDFLATEX=1). Returns pdflatex's output (its warnings, e.g. overfull
    boxes)."""
    exe = require_tool("pdflatex")
    path = tmp_path / f"{name}.tex"
    path.write_text(tex, encoding="utf-8")
    run = subprocess.run([exe, "-halt-on-error", "-interaction=nonstopmode", "-no-shell-escape", path.name],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    errors = [line for line in run.stdout.splitlines() if line.startswith("!")]
    assert run.returncode == 0 and not errors, f"pdflatex failed on {name}: {errors[:3]}\n{run.stdout[-1500:]}"
    assert (tmp_path / f"{name}.pdf").stat().st_size > 1000
    return run.stdout


def seed_000_midpoint():
    return MidpointCertificate(variables=tuple(["W1_1_1", "W1_2_1", "b1_1", "b1_2", "W2_1_1", "W2_1_2", "b2_1"]),
                               network=SEED_000, refutes="convex", a=THETA_1, b=THETA_2, lam="1/2",
                               values={"f(a)": "0", "f(b)": "0", "f(m)": "1"})


# ----------------------------------------------------------------------------------------- numbers

def test_exact_numbers_print_as_fractions():
    assert q_latex(Fraction(-3, 6)) == r"-\frac{1}{2}"
    assert q_latex(4) == "4"
    assert q_latex(sp.Rational(7, 3)) == r"\frac{7}{3}"


def test_enclosure_is_rounded_outward():
    from mpmath import iv

    from symconvex.check.numbers import interval_precision

    with interval_precision():
        x = iv.mpf(1) / 3
        text = enclosure_latex(x)
    lo, hi = text.split("[")[1].split("]")[0].replace(r"\right", "").split(r",\ ")
    assert Fraction(lo) < Fraction(1, 3) < Fraction(hi)


def test_claim_words_combine_statements():
    assert claim_words(["not_convex", "not_concave"]) == "neither convex nor concave"
    assert claim_words(["convex", "not_concave"]) == "convex but not concave"
    assert claim_words(["not_convex"]) == "not convex"


# ------------------------------------------------------------------------------------ the seed 000 proof

def test_seed_000_midpoint_document_states_the_exact_losses():
    cert = seed_000_midpoint()
    assert verify(cert) == "not_convex"
    tex = to_latex(cert)
    assert r"\mathcal{L}(\theta^{(1)}) = 0 + 0 = 0" in tex
    assert r"\mathcal{L}(\theta^{(2)}) = 0 + 0 = 0" in tex
    assert r"\mathcal{L}(\theta^{*}) = \frac{1}{2} + \frac{1}{2} = 1" in tex
    assert r"\bigr) = 1 > 0" in tex  # the inequality that breaks convexity
    # each data point's pre-activations, outputs and residuals at theta*: the zero network misses by -1 and 1
    assert r"r_{1} = N_{\theta^{*}}(x_{1}) - y_{1} &= -1" in tex
    assert r"r_{2} = N_{\theta^{*}}(x_{2}) - y_{2} &= 1" in tex
    assert r"h^{(1)}(x_{1}) = \rho\bigl(z^{(1)}(x_{1})\bigr) &= \left(1,\ 0\right)^{\mathsf T}" in tex
    # the network in mathematical notation and the figure along the segment
    assert r"N_\theta(x) = W^{(2)}_{11} \rho\left(W^{(1)}_{11} x + b^{(1)}_{1}\right)" in tex
    assert r"\begin{picture}" in tex and r"\qbezier" in tex
    assert tex.startswith(r"\documentclass") and tex.rstrip().endswith(r"\end{document}")


def test_document_is_deterministic():
    assert to_latex(seed_000_midpoint()) == to_latex(seed_000_midpoint())


def test_no_proof_for_a_certificate_the_checker_rejects():
    lying = MidpointCertificate(variables=("x", "y"), function=XY, refutes="convex", a=("1", "-1"), b=("-1", "1"),
                                lam="1/2", values={"f(a)": "-1", "f(b)": "-1", "f(m)": "1"})
    with pytest.raises(CertificateError):
        to_latex(lying)


def test_midpoint_xy_evaluates_step_by_step():
    cert = midpoint_certificate(variables=("x", "y"), function=XY, a=("1", "-1"), b=("-1", "1"), lam="1/2")
    tex = to_latex(cert)
    assert r"f(a) &= f\left(1,\ -1\right) = \left(1\right) \left(-1\right) = -1" in tex
    assert r"f(m) &= f\left(0,\ 0\right) = \left(0\right) \left(0\right) = 0" in tex
    assert r"= 1 > 0" in tex


# ------------------------------------------------------------------------------------ curvature proofs

def test_sigmoid_curvature_proof_encloses_the_second_derivative():
    cert = curvature_certificate(variables=("x",), function=["sigmoid", ["var", "x"]], point=("1",), direction=("1",))
    assert cert.statement == "not_convex"
    tex = to_latex(cert)
    # sigma''(1) = sigma(1)(1 - sigma(1))(1 - 2 sigma(1)) = -0.0908577476...
    assert r"\in \left[-0.09085774768,\ -0.09085774767\right]" in tex
    assert r"\sigma\left(1\right)" in tex


def test_curvature_proof_shows_region_piece_and_hessian():
    relu_relu = ["pow", ["add", ["num", "1"], ["mul", ["num", "-1"], ["relu", ["add", ["mul", ["var", "w_1"], [
        "relu", ["add", ["var", "w_0"], ["var", "b_0"]]]], ["var", "b_1"]]]]], ["num", "2"]]
    cert = curvature_certificate(variables=("w_0", "b_0", "w_1", "b_1"), function=relu_relu,
                                 point=("1", "0", "2", "0"), direction=("1", "0", "-1", "-1"))
    tex = to_latex(cert)
    assert r"b_{0} + w_{0} &\;\text{at } p\ = 1\ > 0" in tex  # the region: strict inequalities at p
    assert r"P(w_{0}, b_{0}, w_{1}, b_{1}) = \left(- b_{1} - w_{1} \left(b_{0} + w_{0}\right) + 1\right)^{2}" in tex
    assert r"\nabla^2 P(p) = \left[\begin{matrix}8 & 8 & 6 & 4" in tex
    assert r"u^{\mathsf T} \nabla^2 P(p)\, u = 1 \cdot \left(-2\right) + \left(-1\right) \cdot 2 + \left(-1\right) \cdot 0 = -4" in tex


def network_1_8_1():
    spec = {"layers": [1, 8, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [["-1"], ["1/2"], ["2"]], "targets": [["1"], ["0"], ["3"]]}
    n = 25
    p = [str(Fraction((-1) ** k * (k % 5 + 1), (k % 3) + 2)) for k in range(n)]
    u = [str(((k * 7) % 5) - 2) for k in range(n)]
    return spec, p, u


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_1_8_1_network_curvature_proof_works_out_the_directional_derivative(tmp_path):
    spec, p, u = network_1_8_1()
    cert = curvature_certificate(network=spec, point=p, direction=u)
    assert cert.statement == "not_convex" and cert.second_derivative == "-19267/144"
    tex = to_latex(cert)
    assert "there are $25 > 10$ parameters" in tex  # no 25 x 25 Hessian: the jets are worked out instead
    assert r"\tfrac{d^2}{dt^2}\ell_{1}\big|_{t=0} &= \frac{353}{12}" in tex
    assert r"\varphi''(0) = \sum_i \ell_i''(0) = -\frac{19267}{144}" in tex
    compile_latex(tex, tmp_path, "net181_curvature")


def test_1_8_1_network_midpoint_proof_compiles(tmp_path):
    spec, p, _ = network_1_8_1()
    cert = midpoint_certificate(network=spec, a=p, b=[str(-Fraction(v)) for v in p], lam="1/3")
    assert verify(cert) == cert.statement
    tex = to_latex(cert)
    assert r"\mathcal{L}(\theta^{*})" in tex and "z^{(1)}(x_{3})" in tex
    compile_latex(tex, tmp_path, "net181_midpoint")


# ------------------------------------------------------------------------------------- Hessian proofs

def three_variable_hessian():
    num = lambda q: ["num", q]  # noqa: E731
    f = ["add", ["pow", ["var", "x"], num("2")], ["pow", ["var", "y"], num("2")], ["pow", ["var", "z"], num("2")],
         ["mul", ["var", "x"], ["var", "y"]], ["mul", ["var", "y"], ["var", "z"]]]
    H = [[num("2"), num("1"), num("0")], [num("1"), num("2"), num("1")], [num("0"), num("1"), num("2")]]
    L = [[num("1"), num("0"), num("0")], [num("1/2"), num("1"), num("0")], [num("0"), num("2/3"), num("1")]]
    D = [num("2"), num("3/2"), num("4/3")]
    signs = [{"box": {}, "sign": "positive"}] * 3
    return HessianCertificate(variables=("x", "y", "z"), function=f, proves="convex", hessian=H, L=L, D=D,
                              pivot_signs=signs)


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_three_variable_hessian_proof_compiles(tmp_path):
    cert = three_variable_hessian()
    assert verify(cert) == "convex"
    tex = to_latex(cert)
    assert r"L = \begin{pmatrix} 1 & 0 & 0 \\ \frac{1}{2} & 1 & 0 \\ 0 & \frac{2}{3} & 1 \end{pmatrix}" in tex
    assert r"D = \operatorname{diag}\left(2, \frac{3}{2}, \frac{4}{3}\right)" in tex
    assert r"D_{3} = \frac{4}{3} \ge 0" in tex
    compile_latex(tex, tmp_path, "hessian3")


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_engine_analysis_of_a_three_variable_function_compiles(tmp_path):
    from symconvex.analysis import analyze

    x, y, z = sp.symbols("x y z", real=True)
    analysis = analyze(x ** 2 + y ** 2 + z ** 2 + x * y + y * z, timeout=60)
    assert analysis.curvature.value == "convex"
    tex = to_latex(analysis)
    # all three pivots (2, 3/2, 4/3) are positive on R^3: the engine proves strict convexity
    assert r"\begin{theorem}$f$ is strictly convex but not concave" in tex
    assert r"D_{3} = \frac{4}{3} > 0" in tex and "positive definite" in tex
    compile_latex(tex, tmp_path, "analysis3")


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_integer_coordinate_certificates_render(tmp_path):
    from symconvex.scale import certify_large
    spec = {"layers": [2, 3, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [["1", "2"], ["-1", "1/2"], ["3", "0"]], "targets": [["1"], ["0"], ["-2"]]}
    certs = certify_large(spec)
    assert any(isinstance(v, int) for c in certs for v in getattr(c, "point", getattr(c, "a", ())))
    from symconvex.latex import _short_vec
    assert all(_short_vec(getattr(c, "point", None) or c.a) != "?" for c in certs)
    tex = to_latex(certs)
    compile_latex(tex, tmp_path, "integer_coordinates")


# ---------------------------------------------------------------------------------------- names

@pytest.mark.parametrize("name, expected", [
    ("w_1", "w_{1}"), ("W1_2_1", "W^{(1)}_{21}"), ("W2_1_12", "W^{(2)}_{1,12}"), ("b1_2", "b^{(1)}_{2}"),
    ("theta", r"\theta"), ("theta_0", r"\theta_{0}"), ("θ", r"\theta"), ("Δ", r"\Delta"), ("x'", "x'"),
    ("w_1''", "w_{1}''"), ("x1", "x_{1}"), ("lr", r"\mathit{lr}"), ("b_{12}", "b_{12}"),
    ("a&b", r"\text{a\&b}"), ("x%y", r"\text{x\%y}"), ("p#", r"\text{p\#}"), ("z_a^b", r"\text{z\_a\textasciicircum{}b}"),
])
def test_names_are_escaped(name, expected):
    assert name_latex(name) == expected


def test_text_escape_handles_specials():
    assert text_escape("50% & $x_1$ {a} ~ ^ \\") == (r"50\% \& \$x\_1\$ \{a\} \textasciitilde{} "
                                                    r"\textasciicircum{} \textbackslash{}")
    assert text_escape("θ") == r"$\theta$"


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_special_names_compile(tmp_path):
    names = ("w_1", "theta", "θ", "x'", "a&b", "lr")
    f = ["add", *[["mul", ["var", a], ["var", b]] for a, b in zip(names, names[1:])]]
    cert = midpoint_certificate(variables=names, function=f, a=("1", "-1", "1", "-1", "1", "-1"),
                                b=("-1", "1", "-1", "1", "-1", "1"), lam="1/2",
                                note="found for w_1 & θ: 100% sure")
    assert verify(cert) == "not_convex"
    tex = to_latex(cert)
    assert r"w_{1} \theta" in tex or r"\theta w_{1}" in tex
    assert r"\text{a\&b}" in tex and "x'" in tex and r"\mathit{lr}" in tex
    assert r"Found for $w_{1}$ \& $\theta$: 100\% sure." in tex  # the note: names typeset, a full stop
    compile_latex(tex, tmp_path, "names")


# ------------------------------------------------------------------------------------ Jupyter

def test_repr_latex_of_certificates_and_analyses():
    from symconvex.analysis import Analysis, Verdict

    cert = seed_000_midpoint()
    text = cert._repr_latex_()
    assert text == certificate_summary(cert)
    assert r"\textbf{not convex}" in text and r"\lambda = \frac{1}{2}" in text
    x, y = sp.symbols("x y", real=True)
    xy = midpoint_certificate(variables=("x", "y"), function=XY, a=("1", "-1"), b=("-1", "1"))
    analysis = Analysis(function=x * y, variables=(x, y), domain=None, curvature=Verdict.NOT_CONVEX,
                        certificates=[xy])
    assert analysis._repr_latex_() == analysis_summary(analysis)
    assert r"$f(x, y) = x y$ is \textbf{not convex}" in analysis._repr_latex_()


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_undecided_analysis_claims_nothing(tmp_path):
    from symconvex.analysis import Analysis, Verdict

    x = sp.Symbol("x", real=True)
    analysis = Analysis(function=sp.sin(x), variables=(x,), domain=None, curvature=Verdict.UNKNOWN,
                        explanation="no certificate was found")
    tex = to_latex(analysis)
    assert "undecided" in tex and r"\begin{theorem}" not in tex
    compile_latex(tex, tmp_path, "unknown")


# ------------------------------------------------------------------------------------ large networks

def _data_16():
    import random

    rng = random.Random(3)
    return [([Fraction(rng.randint(-3, 3)) for _ in range(16)], [Fraction(rng.randint(-2, 2))]) for _ in range(6)]


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_16_128_1_network_proof_is_fast_small_and_exact(tmp_path):
    import time

    from symconvex.analysis import analyze_network
    from symconvex.network import Network

    net = Network([16, 128, 1], "relu", data=_data_16())
    analysis = analyze_network(net)
    kinds = sorted(c.kind for c in analysis.certificates)
    assert analysis.curvature.value == "neither" and kinds and len(net.names) == 2305
    start = time.monotonic()
    tex = to_latex(analysis)
    assert time.monotonic() - start < 10
    assert len(tex.encode()) < 300_000
    for cert in analysis.certificates:  # the stated numbers, exactly, as the sums that end each proof
        if cert.kind == "curvature":
            second = q_latex(Fraction(cert.second_derivative))
            assert r"\ell_i''(0) = " in tex and sum_ends_with(tex, second)
            u_nonzero = sum(1 for v in cert.direction if Fraction(v) != 0)
            assert rf"$u$ has ${u_nonzero}$ nonzero coordinate" in tex
        else:
            for key in ("f(a)", "f(b)", "f(m)"):
                assert q_latex(Fraction(cert.values[key])) in tex
    # no coordinate-by-coordinate listing and no 2305-column matrix: the nonzeros by name
    assert "all other coordinates are $0$" in tex and r"\begin{pmatrix} 0 & 0" not in tex
    assert "768$ kinks" in tex  # 6 data points x 128 ReLUs, summarized
    compile_latex(tex, tmp_path, "net16_128_1")


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_certify_large_64_256_8_renders_quickly_and_compiles(tmp_path):
    import time

    import numpy as np

    from symconvex.scale import certify_large

    rng = np.random.default_rng(5)
    spec = {"layers": [64, 256, 8], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [[str(v) for v in rng.integers(-3, 4, 64)] for _ in range(24)],
            "targets": [[str(v) for v in rng.integers(-2, 3, 8)] for _ in range(24)]}
    certs = certify_large(spec)
    assert {c.kind for c in certs} == {"curvature", "midpoint"}
    assert all(len(c.variables) == 0 for c in certs)  # compact: implicit names, numpy coordinates
    start = time.monotonic()
    tex = to_latex(certs)
    assert time.monotonic() - start < 10 and len(tex.encode()) < 300_000
    for cert in certs:
        if cert.kind == "midpoint":
            assert r"\mathcal{L}(\theta^{*}) = " in tex
            assert q_latex(Fraction(cert.values["f(m)"])) in tex and q_latex(Fraction(cert.values["f(a)"])) in tex
        else:
            assert sum_ends_with(tex, q_latex(Fraction(cert.second_derivative)))
    # 24 data points: the first 20 worked out, the rest summed; long vectors capped with a pointer to the JSON
    assert "the remaining $4$ data points" in tex and "The remaining $4$ data points" in tex
    assert "more nonzero coordinates, not printed here" in tex and r"\texttt{symconvex verify}" in tex
    compile_latex(tex, tmp_path, "certify_large_64_256_8")


def test_large_hinge_net_region_and_margins():
    from symconvex.scale import certify_large

    spec = {"layers": [4, 16, 1], "activations": ["leaky_relu:1/10", "identity"], "bias": True, "loss": "hinge",
            "inputs": [[str((i * 7 + j) % 5 - 2) for j in range(4)] for i in range(8)],
            "targets": [["1" if i % 3 else "-1"] for i in range(8)]}
    certs = [c for c in certify_large(spec) if c.kind == "curvature"]
    assert certs
    tex = to_latex(certs)
    assert "hinge margins" in tex and r"1 - y_{1} N_p(x_{1})" in tex
    for cert in certs:
        assert sum_ends_with(tex, q_latex(Fraction(cert.second_derivative)))


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_large_sigmoid_net_uses_the_generic_evaluator(tmp_path):
    from symconvex.analysis import analyze_network
    from symconvex.network import Network

    data = [([Fraction((i * j) % 5 - 2) for j in range(1, 4)], [Fraction(i % 3 - 1)]) for i in range(6)]
    net = Network([3, 16, 1], "sigmoid", data=data)  # 81 parameters, no fastnet: intervals from the checker
    analysis = analyze_network(net, timeout=60)
    assert analysis.curvature.value == "neither"
    tex = to_latex(analysis)
    assert "all other coordinates are $0$" in tex or "nonzero coordinates" in tex
    assert r"\ell_i''(0)" in tex and r"\left[" in tex  # rigorous enclosures of transcendental values, as intervals
    compile_latex(tex, tmp_path, "sigmoid_3_16_1")


# ------------------------------------------------------------------------- claims and CLI-exported proofs

@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_claim_document_states_the_claim_and_whether_it_holds(tmp_path):
    from symconvex import check_claim

    result = check_claim(r"$f(x, y) = x^2 y^2$ is convex")
    assert result.holds is False
    tex = to_latex(result, certificate_file="x2y2.json")
    assert (r"\textbf{Claim.} The function $f(x, y) = x^{2} y^{2}$ of the real variables $x, y$ is convex on "
            r"$\mathbb{R}^{2}$.") in tex
    assert r"\textbf{Verdict.} The claim is false." in tex
    assert r"\begin{theorem}The claim is false: $f$ is neither convex nor concave on $\mathbb{R}^{2}$." in tex
    # the decisive computation in closed form: the restriction to a line and its second derivative
    assert r"\varphi(t) = \left(t - 1\right)^{2} \left(t + 1\right)^{2}" in tex and r"\varphi''(0) = -4" in tex
    assert r"\texttt{symconvex verify x2y2.json}" in tex and r"\author" not in tex
    compile_latex(tex, tmp_path, "claim_x2y2")


def test_strict_convexity_cites_the_positive_definite_theorem():
    from symconvex import check_claim

    result = check_claim(r"$x^2 + xy + y^2$ is strictly convex")
    assert result.holds is True
    tex = to_latex(result)
    assert r"\begin{fact}[{\cite[\S3.1.4]{BoydVandenberghe2004}}]\label{fact:pd-strict}" in tex
    assert r"by Fact~\ref{fact:pd-strict} $f$ is strictly convex" in tex
    assert r"D_{2} = \frac{3}{2} > 0" in tex


def test_natural_domain_that_is_everything_is_named():
    from symconvex.analysis import analyze

    w1, w2 = sp.symbols("w_1 w_2", real=True)
    tex = to_latex(analyze(sp.log(1 + sp.exp(-(w1 + 2 * w2)))))
    assert "where it is defined" not in tex and r"Let $f\colon \mathbb{R}^{2} \to \mathbb{R}$" in tex
    x = sp.Symbol("x", real=True)
    tex = to_latex(analyze(sp.log(x)))
    assert r"where $x$ is a real variable on $D = \left\{x \in \mathbb{R} : x > 0\right\}$." in tex


def _cli_exports(tmp_path):
    from symconvex.cli import main

    import sys

    big = tmp_path / "n64.toml"
    big.write_text(subprocess.run([sys.executable, "examples/large_relu.py", "64", "64", "8"], capture_output=True,
                           text=True, check=True, cwd=str(REPO)).stdout)
    commands = {
        "x3": ["analyze", "x^3"], "lse": ["analyze", r"\log(e^x+e^y)"], "quadratic": ["analyze", "x^2 + xy + y^2"],
        "quad_over_lin": ["analyze", r"\frac{x^2}{y}", "--domain", "y > 0"],
        "check": ["check", r"$\sigma(x) = \frac{1}{1+e^{-x}}$ is convex on $\mathbb{R}$"],
        "relu_2_3_1": ["net", "--layers", "2,3,1", "--activation", "relu", "--loss", "squared", "--data",
                       "1 2:1, -1 1/2:0, 3 0:-2"],
        "sigmoid_2_2_1": ["net", "--layers", "2,2,1", "--activation", "sigmoid", "--loss", "squared", "--data",
                          "1 2:1, -1 1/2:0"],
        "relu_64_64_1": ["net", str(big)],
    }
    paths = []
    for name, argv in commands.items():
        path = tmp_path / f"{name}.tex"
        assert main([*argv, "--latex", str(path)]) in (0, 1), name
        paths.append(path)
    return paths


@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_cli_exported_proofs_compile_without_overfull_boxes(tmp_path, capsys):
    paths = _cli_exports(tmp_path)
    capsys.readouterr()
    for path in paths:
        tex = path.read_text()
        assert r"\begin{theorem}" in tex and r"\section{How to verify}" in tex, path.name
        assert r"\author" not in tex and r"\textasciicircum" not in tex, path.name
    require_tool("pdflatex")
    run = subprocess.run(["sh", str(REPO / "scripts" / "compile_proofs.sh"), *map(str, paths)], capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr + run.stdout  # the script fails on an overfull box wider than 1pt
    assert f"{len(paths)} compiled" in run.stdout


def test_cli_check_latex_states_the_claim(tmp_path, capsys):
    from symconvex.cli import main

    path = tmp_path / "check.tex"
    assert main(["check", r"$f(x, y) = xy$ is convex", "--latex", str(path)]) == 1
    tex = path.read_text()
    assert r"\textbf{Claim.} The function $f(x, y) = x y$" in tex and r"\textbf{Verdict.} The claim is false." in tex


# ---------------------------------------------------------------------------------------------- figures

def test_midpoint_figure_marks_the_values_and_is_a_numbered_float():
    tex = to_latex(seed_000_midpoint())
    fig = tex[tex.index(r"\begin{figure}[!htbp]"):tex.index(r"\end{figure}")]
    assert r"\caption{The function $s \mapsto \mathcal{L}" in fig and r"\label{fig:1}" in fig
    assert r"Figure~\ref{fig:1} shows the violation." in tex
    # y ticks at f(a) = f(b) = chord = 0 and f(m) = 1, not at the padded plot limits (-0.08, 1.08)
    assert r"\makebox(0,0)[r]{\small $0$}" in fig and r"\makebox(0,0)[r]{\small $1.0$}" in fig
    assert "1.08" not in fig and "-0.08" not in fig
    # the chord's label sits beside its dot (left-aligned to its right), clear of the 1/2 tick on the x axis
    assert r"\makebox(0,0)[l]{\small chord}" in fig


def test_curvature_figure_stays_inside_the_open_domain():
    from symconvex import check_claim

    result = check_claim(r"$xy$ is convex on $x > 0, y > 0$")
    assert result.holds is False
    (cert,) = [c for c in result.certificates if c.direction == ("1", "1")]
    assert cert.point == ("1", "1")  # t = -1 would reach the corner (0, 0), outside the open quadrant
    tex = to_latex(cert)
    assert r"for $|t| \le \frac{1}{2}$ (solid)" in tex


# ------------------------------------------------------------------------------------ paper fragments

@pytest.mark.slow  # a pdflatex run beyond the default one (the 1-8-1 midpoint proof)
def test_two_body_fragments_input_into_one_paper(tmp_path):
    from symconvex import check_claim
    from symconvex.latex import BIBTEX, BODY_PREAMBLE, document

    seed = document([seed_000_midpoint()], body=True, label_prefix="seed:")
    result = check_claim(r"$f(x, y) = xy$ is convex")
    xy = document(result.certificates, body=True, label_prefix="xy:", claim=None)
    for fragment, prefix in ((seed, "seed:"), (xy, "xy:")):
        assert r"\documentclass" not in fragment and r"\begin{document}" not in fragment
        assert r"\begin{theorem}" in fragment and r"\cite[\S3.1" in fragment
        assert rf"\label{{{prefix}fact:" in fragment and rf"\ref{{{prefix}" in fragment
        assert r"\label{fact:" not in fragment and r"\ref{fig:" not in fragment
    assert r"\label{seed:fig:1}" in seed and r"\begin{figure}[!htbp]" in seed
    assert "@book{BoydVandenberghe2004," in BIBTEX and "Convex Optimization" in BIBTEX
    (tmp_path / "seed.tex").write_text(seed)
    (tmp_path / "xy.tex").write_text(xy)
    paper = ("\\documentclass{article}\n" + BODY_PREAMBLE + "\n\\begin{document}\n\\input{seed}\n\\input{xy}\n"
             "\\begin{thebibliography}{1}\\bibitem{BoydVandenberghe2004} Boyd and Vandenberghe.\\end{thebibliography}\n"
             "\\end{document}\n")
    log = compile_latex(paper, tmp_path, "paper")
    log = compile_latex(paper, tmp_path, "paper")  # second run: references resolved
    assert "multiply defined" not in log and "undefined" not in log


def test_the_short_summary_names_each_kind_by_what_it_proves():
    """The Jupyter summary once described every non-rules proof as an LDL^T Hessian proof and wrote '>' for a
    refutation of strict convexity (whose Jensen gap is >= 0)."""
    import sympy as sp

    from symconvex import analyze
    from symconvex.landscape import find_saddles
    from symconvex.latex import certificate_summary
    x, y, w1, w2 = sp.symbols("x y w1 w2", real=True)
    by_kind = {c.kind: certificate_summary(c) for c in analyze(x ** 2 + abs(x - 1)).certificates}
    assert "a sum of 2 terms" in by_kind["sum"] and "L D L" not in by_kind["sum"]
    (saddle,) = [certificate_summary(c) for c in find_saddles((w1 * w2 - 1) ** 2, [w1, w2])][:1]
    assert r"\nabla f = 0" in saddle and "strict saddle" in saddle and "_" not in saddle.split("}")[0]
    flat = next(c for c in analyze(sp.exp(2 * x - 5 * y)).certificates if c.statement == "not_strictly_convex")
    assert r"\ge \lambda f(a)" in certificate_summary(flat)


def test_a_remark_that_starts_with_the_function_keeps_its_name():
    # "f is affine along this segment" once became "F is affine ...": another name in the proof
    from symconvex.claims import check_claim
    from symconvex.latex import to_latex

    result = check_claim(r"$b y^2 - y$ is strictly convex when $b \ge 0$", timeout=30)
    assert result.holds is False
    text = to_latex(result)
    assert r"\emph{Remark.} f is affine along this segment" in text and "F is affine" not in text
