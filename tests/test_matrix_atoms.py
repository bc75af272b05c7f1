"""Matrix functions of every size: the ``matrix`` certificate (sums of matrix atoms, checked by ``check.matrices``)
and the claims ``matrix_atoms`` answers with it or refutes by a checked member of size 2."""

import copy

import pytest

from symconvex import check_claim
from symconvex.certificates import MatrixCertificate, from_json
from symconvex.check import verify
from symconvex.errors import CertificateError
from symconvex.matrix_atoms import _inverse, _minors, read_matrix_claim
from tampering import tampered_twins
from marks import slow_except  # noqa: E402


def _order(rel, name):
    return [rel, ["var", name], ["num", "0"]]


def _cert(proves, function, variables, domain=(), parameters=()):
    return MatrixCertificate(proves=proves, variables=tuple(variables), function=function, domain=tuple(domain),
                             parameters=tuple(parameters))


HONEST = [
    (_cert("strictly_concave", ["var", "logdet(X)"], ["X"], [_order("gt", "X")]), "strictly_concave"),
    (_cert("convex", ["add", ["mul", ["num", "-1"], ["var", "logdet(X)"]], ["var", "tracewith(S,X)"]], ["X"],
           [_order("gt", "X")], ["S"]), "convex"),
    (_cert("strictly_convex", ["add", ["var", "quadform(x,A)"], ["mul", ["num", "3"], ["var", "inner(b,x)"]],
                               ["var", "c"]], ["x"], [_order("gt", "A")], ["A", "b", "c"]), "strictly_convex"),
    (_cert("convex", ["var", "quadoverlin(x,t)"], ["x", "t"], [_order("gt", "t")]), "convex"),
    (_cert("convex", ["add", ["var", "lambdamax(X)"], ["mul", ["num", "-1"], ["var", "lambdamin(X)"]]], ["X"]),
     "convex"),
    (_cert("strictly_concave", ["mul", ["num", "-1/2"], ["var", "trinv(X)"]], ["X"], [_order("gt", "X")]),
     "strictly_concave"),
    (_cert("convex", ["add", ["var", "vnorm2(x)"], ["var", "norm1(A,x,b)"], ["var", "vnorminf(x)"]], ["x"], [],
           ["A", "b"]), "convex"),
]


@pytest.mark.parametrize("cert, proves", HONEST)
def test_matrix_certificate_is_accepted_and_its_twins_rejected(cert, proves):
    assert verify(from_json(cert.to_json())) == proves
    twins = list(tampered_twins(cert.to_dict()))
    assert twins
    for _, twin in twins:
        with pytest.raises(CertificateError):
            verify(from_json(twin))


@pytest.mark.parametrize("cert, message", [
    (_cert("convex", ["var", "logdet(X)"], ["X"], [_order("gt", "X")]), "concave"),
    (_cert("concave", ["var", "logdet(X)"], ["X"]), "needs the constraint"),
    (_cert("concave", ["var", "logdet(X)"], ["X"], [_order("ge", "X")]), "needs the constraint"),
    (_cert("strictly_convex", ["var", "quadform(x,A)"], ["x"], [_order("ge", "A")], ["A"]), "strictly"),
    (_cert("convex", ["var", "quadform(x,A)"], ["x"], [], ["A"]), "order condition"),
    (_cert("convex", ["var", "invquadform(x,A)"], ["x"], [_order("ge", "A")], ["A"]), "order condition"),
    (_cert("strictly_convex", ["var", "lambdamax(X)"], ["X"]), "strictly"),
    (_cert("affine", ["var", "sigmamax(X)"], ["X"]), "convex"),
    (_cert("convex", ["var", "quadform(A,x)"], ["x"], [_order("ge", "A")], ["A"]), "must be a"),
    (_cert("convex", ["var", "expdet(X)"], ["X"]), "atom"),
    (_cert("convex", ["exp", ["var", "lambdamax(X)"]], ["X"]), "term"),
    (_cert("convex", ["var", "lambdamax(X)"], ["X"], [_order("gt", "t")]), "domain"),
    (_cert("convex", ["add", ["var", "lambdamax(X)"], ["var", "sqnorm(X)"]], ["X"]), "used as"),
])
def test_verify_rejects_a_matrix_certificate_that_does_not_follow(cert, message):
    with pytest.raises(CertificateError, match=message):
        verify(from_json(cert.to_json()))


def test_verify_rejects_a_changed_atom():
    data = copy.deepcopy(HONEST[0][0].to_dict())
    data["function"] = ["var", "trinv(X)"]
    with pytest.raises(CertificateError, match="digest"):
        verify(from_json(data))


@pytest.mark.parametrize("text", [
    r"$\log\det X$ is concave on $X \succ 0$",
    r"$\log \det X$ is strictly concave on $\mathbf{S}^n_{++}$",
    r"log det X is concave on positive definite matrices",
    r"$f(X) = \log\det X^{-1}$ is convex on $\mathbf{S}^n_{++}$",
    r"$-\log\det X + \operatorname{tr}(SX)$ is convex in $X$ on $X \succ 0$",
    r"$\operatorname{tr}(X^{-1})$ is strictly convex for $X$ positive definite",
    r"$\lambda_{\max}(X)$ is convex over symmetric matrices",
    r"$\lambda_{\max}(X) - \lambda_{\min}(X)$ is convex on $\mathbf{S}^n$",
    r"$(\det X)^{1/n}$ is concave on $\mathbf{S}^n_{++}$",
    r"$\|X\|_*$ is convex in $X$",
    r"$x^\top A x$ is convex in $x$ for $A$ positive semidefinite",
    r"$x^T A x$ is convex when $A$ is PSD",
    r"$\frac{1}{2} x^\top P x + q^\top x + r$ is strictly convex in $x$ for $P \in \mathbf{S}^n_{++}$",
    r"$x^\top A x$ is concave for $A \preceq 0$",
    r"$x^\top A^{-1} x$ is strictly convex in $x$ for $A \succ 0$",
    r"$f(x, Y) = x^T Y^{-1} x$ is convex on $\mathbb{R}^n \times \mathbf{S}^n_{++}$",
    r"$x^T x / t$ is jointly convex for $t > 0$",
    r"$\|Ax - b\|_\infty$ is convex in $x$",
    r"$\|Xw - y\|_\infty$ is convex in $w$",
    r"$\operatorname{tr}(AX)$ is affine in $X$",
    r"$\max_i x_i$ is convex",
    r"$\log\det X$ is not convex on $X \succ 0$",
    r"$2\log\det X$ is concave on $X \succ 0$",
    r"Is $\log\det X$ concave on $X \succ 0$?",
    r"The spectral norm $\|X\|_2 = \sigma_{\max}(X)$ is convex",
    r"$f(x) = \max\{x_1, \dots, x_n\}$ is convex on $\mathbb{R}^n$",
    r"$\operatorname{tr}(X X^\top)$ is strictly convex in $X$",
    r"$\operatorname{tr}(X^2)$ is strictly convex on $\mathbf{S}^n$",
    r"$\|AX - B\|_F^2$ is convex in $X$",
    r"$\frac{\|x\|^2}{y}$ is convex for $y > 0$",
    r"$f(x) = \|x\|_\infty$ is convex on $\mathbb{R}^n$",
    r"$\|x\|_2^2 + c^\top x$ is strictly convex in $x$",
])
def test_matrix_claims_proved_for_every_size(text):
    result = check_claim(text, timeout=30)
    assert result.holds is True
    assert result.certificates and all(verify(c) for c in result.certificates if c.kind == "matrix")
    assert {c.kind for c in result.certificates} == {"matrix"}


@pytest.mark.parametrize("text", [
    r"$\log\det X$ is convex on $X \succ 0$",
    r"$\operatorname{tr}(X^{-1})$ is concave on $X \succ 0$",
    r"$-\log\det X$ is concave on $X \succ 0$",
    r"$x^\top A x + b^\top x + c$ is concave in $x$ for $A \succ 0$",
])
def test_matrix_claims_refuted_by_a_proof_of_the_opposite_strictness(text):
    result = check_claim(text, timeout=30)
    assert result.holds is False and {c.kind for c in result.certificates} == {"matrix"}


@pytest.mark.parametrize("text, member", slow_except([
    (r"$\lambda_{\max}(X)$ is concave on $\mathbf{S}^n$", "X = [[p, q], [q, r]]"),
    (r"$\lambda_{\max}(X)$ is strictly convex on $\mathbf{S}^n$", "X = [[p, q], [q, r]]"),
    (r"$\det X$ is concave on $X \succ 0$", "X = [[p, q], [q, r]]"),
    (r"$x^\top A x$ is convex for $A \in \mathbf{S}^n$", "A = [[1, 2], [2, 1]]"),
    (r"$x^T A x$ is strictly convex when $A$ is PSD", "A = [[1, 0], [0, 0]]"),
    (r"$x^\top A x$ is convex in $x$ for $A \preceq 0$", "A = [[-1, 0], [0, 0]]"),
    (r"$x^\top Y^{-1} x$ is convex in $x$", "Y = [[1, 2], [2, 1]]"),
    (r"$\sigma_{\max}(X)$ is strictly convex in $X$", "X = [[p, q]] (1 x 2)"),
    (r"$\operatorname{tr}(X^2)$ is convex for $X \in \mathbb{R}^{n \times n}$", "X = [[p, q], [s, r]]"),
    (r"$\operatorname{tr}(X^2)$ is convex in $X$", "X = [[p, q], [s, r]]"),
], keep=[0, 5], several=True))
def test_matrix_claims_refuted_by_a_member_of_size_2(text, member):
    result = check_claim(text, timeout=30)
    assert result.holds is False
    assert member.split(" = ")[0] in result.explanation and "member of size 2" in result.explanation
    assert result.certificates and all(verify(c) for c in result.certificates)
    assert member in result.explanation


@pytest.mark.parametrize("text", [
    r"$\frac{x^\top x}{t}$ is concave in $(x, t)$ for $t > 0$",
    r"$\frac{x^\top x}{t}$ is strictly convex on $t > 0$",
    r"$\frac{\|x\|_2^2}{t}$ is affine in $(x, t)$ on $t > 0$",
    r"$\|x\|_1$ is strictly convex",
    r"$\|x\|$ is affine",
])
def test_vector_claims_refuted_on_the_first_axis(text):
    result = check_claim(text, timeout=30)
    assert result.holds is False and "first axis of every R^d" in result.explanation
    assert result.certificates and all(verify(c) for c in result.certificates)


@pytest.mark.parametrize("text", [
    r"$\max_i x_i$ is affine in $x$",     # affine for d = 1, not for d = 2: max(x_1, 0) is no restriction of it
    r"$\min_i x_i$ is convex in $x$",
])
def test_vector_claims_that_depend_on_the_size_stay_undecided(text):
    assert check_claim(text, timeout=30).holds is None


@pytest.mark.parametrize("matrix, rel", [
    (((1, 2), (2, 1)), "indefinite"), (((1, 0), (0, 0)), "ge"), (((2, 1), (1, 1)), "gt"),
    (((-1, 0), (0, 0)), "le"), (((-2, -1), (-1, -1)), "lt")])
def test_members_satisfy_their_condition_by_exact_minors(matrix, rel):
    assert rel in _minors(matrix)
    assert not ({"gt", "lt"} & _minors(matrix)) or rel in ("gt", "lt")


def test_inverse_is_exact():
    (a, b), (c, d) = _inverse(((2, 1), (1, 1)))
    assert (a, b, c, d) == (1, -1, -1, 2)


@pytest.mark.parametrize("text, why", [
    (r"$\log\det X$ is concave", r"X \succ 0 must be stated"),
    (r"$\operatorname{tr}(SX) - \log\det X$ is convex on $X \succ 0$", "in all its letters"),
    (r"$x^\top A^{-1} x$ is convex in $x$ for $A \succeq 0$", "undecided"),
    (r"$\frac{\|x\|^2}{y}$ is strictly convex for $y > 0$", "both readings"),
    # a 1 x 2 member is not positive definite: no member, no answer
    (r"$\sigma_{\max}(X)$ is strictly convex for $X \succ 0$", "no refuting member"),
])
def test_matrix_claims_left_undecided_with_a_reason(text, why):
    result = check_claim(text, timeout=30)
    assert result.holds is None and why in result.explanation


@pytest.mark.parametrize("text", [
    r"$x^\top A x$ is convex for $A > 0$",              # entrywise or positive definite: another reader's
    r"$\|Xw - y\|_2^2$ is convex in $w$",               # the rows reading
    r"It is false that $\log\det X$ is concave on $X \succ 0$",
    r"$\log\det X$ is concave on $X \succ 0$ and $t > 1$",
    r"$\|X\|_2 = \lambda_{\max}(X)$ is convex",      # two different sides
    r"$x^\top A x +$ is convex for $A \succeq 0$",
    r"$\frac{1}{0}\log\det X$ is concave on $X \succ 0$",
    r"$\log\det(X + I)$ is concave on $X \succeq 0$",
    r"$\operatorname{tr}(X)^{-1}$ is convex on $X \succ 0$",
    r"$x^\top A x$ is convex in $(x, A)$ for $A \succeq 0$",
    r"$x^\top A x$ is convex for $A \succeq 0$ but not for indefinite $A$",
    r"$\detX)$ is concave for $X$ positive definite",                # brackets that do not close in order
    r"$\lambda_{\max(X)$ is convex on $\mathbf{S}^n$",
    r"-$\operatorname{tr}(X^{-1})$ is convex on $X \succ 0$",          # a sign outside the formula
    r"$\|x\|_1$ is affine for $x > 0$",    # x > 0 of a vector: entrywise, a domain this reader does not take
])
def test_reader_leaves_other_claims_to_the_other_readers(text):
    assert read_matrix_claim(text) is None


def test_latex_proof_of_a_matrix_claim_states_the_atoms_and_the_verdict():
    from symconvex.latex import to_latex

    result = check_claim(r"$-\log\det X + \operatorname{tr}(SX)$ is convex in $X$ on $X \succ 0$", timeout=30)
    tex = to_latex(result)
    assert r"\log\det X" in tex and r"\operatorname{tr}(S X)" in tex and "strictly concave" in tex
    assert "the claim holds" in tex and r"\end{document}" in tex


def test_web_page_of_a_matrix_claim():
    from symconvex.web import _render_result

    page = _render_result(check_claim(r"$\lambda_{\max}(X)$ is convex on $\mathbf{S}^n$", timeout=30), family=False)
    assert page["holds"] is True and "The claim holds" in page["html"] and "certificate-1.json" in page["html"]


@pytest.mark.parametrize("variables, parameters", [(["X"], ["quadform(x,A)"]), (["logdet(X)"], []),
                                                   (["x"], ["A", "inner(b,x)"])])
def test_a_name_of_an_atoms_form_is_refused_as_a_variable_or_parameter(variables, parameters):
    """'quadform(x,A)' declared a parameter was read as a constant (true as the format defines it, but a reader sees
    the atom): a name of an atom's form f(...) is refused, whichever role it is declared in."""
    cert = _cert("convex", ["add", ["var", "quadform(x,A)"], ["var", "logdet(X)"], ["var", "inner(b,x)"]],
                 variables, [], parameters)
    with pytest.raises(CertificateError, match="not of an atom's form"):
        verify(cert)
