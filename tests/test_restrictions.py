r"""Claims on a slice of an affine set (``restrictions``) and the ``restriction`` certificate kind
(``check.restriction``): f on D cut by affine equalities is answered through g = f(k, M(k)), and every certificate
is restated about f itself."""

import copy

import pytest
import sympy as sp

from symconvex import check_claim
from symconvex.analysis import analyze
from symconvex.certificates import RestrictionCertificate, constraint_to_tree, to_tree
from symconvex.check import verify
from symconvex.errors import CertificateError, ClaimError
from symconvex.restrictions import split_equalities
from tampering import accepted_twins, tampered_twins
from marks import slow_except  # noqa: E402

x, y, z = sp.symbols("x y z", real=True)


def _restricted(f, image, equalities, domain=()):
    """The restriction certificates of f on ``domain`` cut by ``equalities``, from the analysis of f with ``image``
    substituted (the finder's side, written out)."""
    kept = [v for v in sorted(f.free_symbols | {s for e in equalities for s in e.free_symbols}, key=str)
            if v not in image]
    sliced = [c.xreplace(image) for c in domain]
    analysis = analyze(f.xreplace(image), kept, sliced or None, timeout=30)
    names = tuple(sorted({s.name for s in f.free_symbols} | {s.name for e in equalities for s in e.free_symbols}))
    return [RestrictionCertificate(variables=names, function=to_tree(f), domain=tuple(constraint_to_tree(c)
                                                                                          for c in domain),
                                   proves=verify(c), equalities=tuple([to_tree(e.lhs), to_tree(e.rhs)]
                                                                      for e in equalities),
                                   map={v.name: to_tree(e) for v, e in image.items()}, part=c.to_dict())
            for c in analysis.certificates]


def test_xy_on_the_line_x_plus_y_1_is_strictly_concave_and_not_convex():
    certs = _restricted(x * y, {y: 1 - x}, [sp.Eq(x + y, 1)])
    assert sorted(verify(c) for c in certs) == ["not_convex", "strictly_concave"]


@pytest.mark.parametrize("change, words", [
    (lambda d: d["map"].update(y=to_tree(2 - x)), "does not hold identically"),   # y = 2 - x is not on x + y = 1
    (lambda d: d["map"].update(y=to_tree(x ** 2)), "not affine"),
    (lambda d: d.update(equalities=[[to_tree(x + y), to_tree(sp.Integer(2))]]), "digest"),
    (lambda d: d.update(proves="strictly_convex"), "proves"),
    (lambda d: d["part"].update(function=to_tree(x * (2 - x)), digest=""), "not the function"),
    (lambda d: d.update(map={"x": to_tree(1 - y), "y": to_tree(1 - x)}), "map"),   # eliminates every variable
])
def test_a_changed_restriction_is_rejected(change, words):
    cert = next(c for c in _restricted(x * y, {y: 1 - x}, [sp.Eq(x + y, 1)]) if c.proves == "strictly_concave")
    data = copy.deepcopy(cert.to_dict())
    change(data)
    with pytest.raises(CertificateError) as rejected:
        verify(data)
    assert words in str(rejected.value)


def test_a_part_about_another_function_or_domain_is_rejected():
    cert = next(c for c in _restricted(x * y, {y: 1 - x}, [sp.Eq(x + y, 1)]) if c.proves == "strictly_concave")
    other = next(c for c in analyze(-x ** 2, [x], None, timeout=30).certificates if verify(c) == "strictly_concave")
    data = cert.to_dict()
    data["part"] = other.to_dict()
    with pytest.raises(CertificateError, match="not the function with the map substituted"):
        verify(data)
    on_half = _restricted(x * y, {y: 1 - x}, [sp.Eq(x + y, 1)], domain=[x > 0])
    data = next(c for c in on_half if c.proves == "strictly_concave").to_dict()
    whole = next(c for c in analyze(x * (1 - x), [x], [x > 1], timeout=30).certificates
                 if verify(c) == "strictly_concave")
    data["part"] = whole.to_dict()   # proved on x > 1 only: not the slice of x > 0
    with pytest.raises(CertificateError, match="domain"):
        verify(data)


def test_equalities_that_do_not_determine_the_eliminated_variable_are_rejected():
    # 0 x + 0 y = 0 "holds identically" under any map, but determines nothing: the map is not the only solution
    cert = next(c for c in _restricted(x * y, {y: 1 - x}, [sp.Eq(x + y, 1)]) if c.proves == "strictly_concave")
    data = cert.to_dict()
    data["equalities"] = [[to_tree(sp.Integer(0)), to_tree(sp.Integer(0))]]
    data["digest"] = ""
    with pytest.raises(CertificateError):
        verify(data)


def test_every_tampered_twin_of_a_restriction_is_rejected():
    for cert in _restricted(x * sp.log(x) + y * sp.log(y), {y: 1 - x}, [sp.Eq(x + y, 1)], domain=[x > 0, y > 0]):
        assert accepted_twins(tampered_twins(cert.to_dict())) == []


def test_split_equalities_takes_the_domain_equalities_only():
    assert split_equalities(r"$x y$ is concave on $x + y = 1$") == (r"$x y$ is concave", ["x + y = 1"])
    assert split_equalities(r"$x \log x + y \log y$ is convex on $x + y = 1, x > 0, y > 0$") == \
        (r"$x \log x + y \log y$ is convex on $x > 0, y > 0$", ["x + y = 1"])
    assert split_equalities(r"$f(x, y) = x y$ is concave") is None          # the function's own "="
    assert split_equalities(r"$a x^2$ is convex where $a = 2$") is None      # a value, not a slice
    assert split_equalities(r"$\min(x, y)$ is concave on the line $x + y = 2$") == \
        (r"$\min(x, y)$ is concave", ["x + y = 2"])
    assert split_equalities(r"$x \log x + y \log y$ is convex on the probability simplex.") == \
        (r"$x \log x + y \log y$ is convex.", ["the probability simplex"])


@pytest.mark.parametrize("text, holds", slow_except([
    (r"$x y$ is concave on $x + y = 1$", True),
    (r"$x y$ is convex on $x + y = 1$", False),
    (r"$x y$ is strictly concave on $x + y = 1$", True),
    (r"$x \log x + y \log y$ is strictly convex on $x + y = 1$, $x > 0$, $y > 0$", True),
    (r"$-x \log x - y \log y - z \log z$ is concave on $x + y + z = 1$, $x > 0$, $y > 0$, $z > 0$", True),
    (r"$x^2 + y^2 - 4 x y$ is convex on $x - y = 0$", False),   # -2 x^2 on the diagonal
    (r"$x^2 + y^2 - 4 x y$ is concave on $x + y = 0$", False),  # 6 x^2 on the antidiagonal
    (r"$x^2 - y^2$ is affine on $x - y = 3$", True),            # 6 y + 9 on the line
    (r"$x y$ is concave on the hyperplane $x + y = 1$ and $x, y \ge 0$", True),
    (r"$x^2 - 3 y^2$ is convex on the plane $x + y + z = 1$", False),   # z is free: every (x, y)
    (r"$x^2$ is convex on $x + y = 1$", True),                  # y is named by the equality only
    # the simplex: in words, and with its closed sides where x log x is answered on the open side
    (r"$-x \log x - y \log y - z \log z$ is concave on the probability simplex", True),
    (r"$x \log x + y \log y$ is convex on $x + y = 1, x \ge 0, y \ge 0$", True),
    (r"$x^2 - y^2$ is convex on the simplex", True),            # 2x - 1 there
    # 1 - 4(x y + y z + z x) there, which is 1 - 4(x + y) + 4(x^2 + x y + y^2) with z = 1 - x - y: Hessian
    # ((8, 4), (4, 8)) > 0, so strictly convex although the form is indefinite on R^3
    (r"$x^2 + y^2 + z^2 - 2 x y - 2 y z - 2 x z$ is strictly convex on the probability simplex", True),
    (r"$x y + y z + x z$ is convex on the probability simplex", False),   # (1 - x^2 - y^2 - z^2) / 2 there
], keep=[0, 1, 8, 11], several=True))
def test_claims_on_an_affine_set_are_answered_about_the_function_itself(text, holds):
    result = check_claim(text, timeout=60)
    assert result.holds is holds
    assert result.verified and result.certificates
    assert {c.kind for c in result.certificates} == {"restriction"}
    for cert in result.certificates:
        verify(cert)
    assert any(isinstance(c, sp.Equality) for c in result.claim.domain)


def test_a_strict_claim_on_the_closed_simplex_with_x_log_x():
    # answered on the open side; strictness carries over to the closed side for one kept variable (a segment), not
    # for two (the limits might be affine on a face), so the three-letter entropy's strictness stays undecided
    assert check_claim(r"$-p \log p - q \log q$ is strictly concave over the simplex", timeout=60).holds is True
    assert check_claim(r"$-x \log x - y \log y - z \log z$ is strictly concave on the probability simplex",
                       timeout=60).holds is None


def test_a_domain_empty_on_the_affine_set_is_refused():
    with pytest.raises(ClaimError, match="empty"):
        check_claim(r"$x y$ is concave on $x + y = 1$, $x + y > 2$", timeout=30)


@pytest.mark.slow  # a pdflatex run
def test_the_latex_proof_says_how_the_set_is_read_and_compiles(tmp_path):
    from test_latex import compile_latex
    from symconvex.latex import to_latex

    tex = to_latex(check_claim(r"$x y$ is concave on $x + y = 1$", timeout=60))
    assert r"is concave on $\{(x, y) \in \mathbb{R}^{2} : x + y = 1\}$" in tex
    assert r"On this set $y = 1 - x$" in tex and r"$x \mapsto x \left(1 - x\right)$" in tex
    compile_latex(tex, tmp_path, "restriction")
