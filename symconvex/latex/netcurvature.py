r"""A small network's second derivative along a line, with Taylor jets, and the output-bias argument (text layer,
layer 4).

For ``curvature._curvature_proof`` about a network with more than ``HESSIAN_LIMIT`` parameters (or a Hessian too
wide to print): φ(t) = L(p + t u) is worked out with degree-2 jets q_0 + q_1 t + q_2 t², layer by layer and data
point by data point, every ReLU on the branch of its pre-activation's sign at p (decided exactly) and smooth
activations through their first two derivatives; φ''(0) = Σ_i ℓ_i''(0) is held against the checker's number.
``_output_bias_proof``: when u moves only the output biases of a squared loss with an identity output layer, each
residual is r_i(p) + t v on the whole line, so φ is a strictly convex quadratic and the loss is not concave.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from ..certificates import CurvatureCertificate, parse_coordinate, parse_rational
from ..check.numbers import sign
from ..errors import CertificateError
from ..functions import sigmoid, softplus
from .network import _act_apply
from .notation import HESSIAN_LIMIT, q_latex, tuple_latex
from .subject import _Subject
from .values import _consistent, _exact_sign, _r, _sym_num, _value_line


#: The line parameter of φ(t) = L(p + t u) in a network's jets.
_T = sp.Symbol("t", real=True)


def _network_jets(subject: _Subject, p, u, second) -> str:
    """phi''(0) for a network, worked out with degree-2 Taylor jets along p + t u, data point by data point."""
    net = subject.net
    values = {nm: _r(pv) + _T * _r(uv) for nm, pv, uv in zip(net.names, p, u)}
    lines = [r"\emph{The second derivative along the line} (there are $%d > %d$ parameters, so instead of the "
             r"Hessian we work out $\varphi(t) = \mathcal{L}(p + t u)$ directly). Write each quantity along the line "
             r"as $q(t) = q_0 + q_1 t + q_2 t^2 + O(t^3)$; sums and products of such expansions are computed "
             r"term by term (dropping $t^3$ and higher), and on the region above each $\rho$ acts as the identity "
             r"(positive pre-activation) or as $0$ (negative)." % (len(net.names), HESSIAN_LIMIT)]
    total = sp.Integer(0)
    blocks = []
    for i, (x, y) in enumerate(zip(net.inputs, net.targets), start=1):
        h = [_r(v) for v in x]
        rows = []
        for l, (W, b) in enumerate(net.unpack(values), start=1):
            h, layer_rows = _layer_jets(subject, i, l, W, b, h)
            rows += layer_rows
        term, loss_rows = _loss_term_jet(subject, i, h, y)
        rows += loss_rows
        d2 = sp.simplify(2 * sp.expand(term).coeff(_T, 2))
        rows.append(r"\tfrac{d^2}{dt^2}\ell_{%d}\big|_{t=0} &= %s" % (i, _sym_num(d2, subject)))
        total += d2
        blocks.append(" \\\\\n".join(rows))
    total = sp.simplify(total)
    _consistent(total, second, "phi''(0)")
    lines.append(r"\begin{align*}" + "\n" + " \\\\[3pt]\n".join(blocks) + "\n" + r"\end{align*}")
    lines.append(r"where $\ell_i$ is the loss term of the $i$-th data point (for the squared loss "
                 r"$\ell_i = \frac{1}{2} r_i^2$, so with $r_i(t) = r_{i,0} + r_{i,1} t + r_{i,2} t^2 + O(t^3)$ "
                 r"we get $\ell_i''(0) = r_{i,1}^2 + 2\, r_{i,0}\, r_{i,2}$). Adding them up,")
    lines.append(r"\[ \varphi''(0) = \sum_i \ell_i''(0) %s. \]" % _value_line(total, second, subject))
    return "\n".join(lines)


def _trunc(e):
    """A polynomial in t truncated after t² (the jet's q_0 + q_1 t + q_2 t²)."""
    e = sp.expand(e)
    return sum((e.coeff(_T, k) * _T ** k for k in range(3)), sp.Integer(0))


def _jet_tex(e, subject: _Subject) -> str:
    cs = [e.coeff(_T, k) for k in range(3)]
    return r"%s + %s\,t + %s\,t^2" % tuple(_sym_num(c, subject, paren=(k > 0)) for k, c in enumerate(cs))


def _layer_jets(subject: _Subject, i: int, l: int, W, b, h) -> tuple[list, list[str]]:
    """Layer l on data point i: the jets of h^{(l)} = act(W h + b), and the rows showing each pre-activation's jet
    with its branch (for a layer of at most 10 units). A ReLU's branch is the sign of z_0, decided exactly; a smooth
    activation σ gives σ(z_0) + σ'(z_0) z_1 t + (σ'(z_0) z_2 + σ''(z_0) z_1²/2) t²."""
    kind, alpha = subject.net.acts[l - 1]
    z = [_trunc(sum((W[r][j] * h[j] for j in range(len(h))), sp.Integer(0)) + b[r]) for r in range(len(W))]
    newh, rows = [], []
    for r, zr in enumerate(z, start=1):
        c0 = zr.coeff(_T, 0)
        if kind in ("relu", "leaky_relu"):
            s = _exact_sign(c0)
            k_ = sp.Integer(1) if s > 0 else (sp.Integer(0) if kind == "relu" else sp.Rational(alpha))
            hr = _trunc(k_ * zr)
        elif kind == "identity":
            hr = zr
        else:
            c1, c2 = zr.coeff(_T, 1), zr.coeff(_T, 2)
            s_ = sp.Symbol("s")
            fn = _act_apply(kind, None, s_)
            h0 = fn.xreplace({s_: c0})
            h1 = sp.diff(fn, s_).xreplace({s_: c0})
            h2 = sp.diff(fn, s_, 2).xreplace({s_: c0})
            hr = h0 + h1 * c1 * _T + (h1 * c2 + h2 * c1 ** 2 / 2) * _T ** 2
        newh.append(hr)
        if len(z) <= 10:
            branch = ""
            if kind in ("relu", "leaky_relu"):
                branch = r" \quad\Rightarrow\ h^{(%d)}_{%d} = %s" % (
                    l, r, "z^{(%d)}_{%d}" % (l, r) if s > 0 else (
                        "0" if kind == "relu" else r"%s\, z^{(%d)}_{%d}" % (q_latex(Fraction(alpha)), l, r)))
            rows.append(r"z^{(%d)}_{%d}(x_{%d}) &= %s%s" % (l, r, i, _jet_tex(zr, subject), branch))
    return newh, rows


def _loss_term_jet(subject: _Subject, i: int, h, y) -> tuple[sp.Expr, list[str]]:
    """Data point i's loss term along the line, from the output jets h: ½ Σ_k r_k² (squared), softplus(N) − y N
    (logistic, through softplus' = σ and softplus'' = σ(1 − σ)), or the hinge's margin where it is positive at p
    and 0 where it is negative (its sign decided exactly); with the rows showing the jets."""
    loss, rows = subject.net.spec["loss"], []
    if loss == "squared":
        term = sp.Integer(0)
        for k, (hk, yk) in enumerate(zip(h, y), start=1):
            res = _trunc(hk - _r(yk))
            rows.append(r"r_{%d%s}(t) &= %s" % (i, "" if len(h) == 1 else f",{k}", _jet_tex(res, subject)))
            term += _trunc(res ** 2 / 2)
    elif loss == "logistic":
        c0, c1, c2 = (h[0].coeff(_T, k) for k in range(3))
        h0 = softplus(c0)
        h1, h2 = sigmoid(c0), sigmoid(c0) * (1 - sigmoid(c0))
        term = h0 + h1 * c1 * _T + (h1 * c2 + h2 * c1 ** 2 / 2) * _T ** 2 - _r(y[0]) * h[0]
        rows.append(r"N(x_{%d}) &= %s" % (i, _jet_tex(h[0], subject)))
    else:
        margin = _trunc(1 - _r(y[0]) * h[0])
        c0 = margin.coeff(_T, 0)
        s = sign(Fraction(int(c0.p), int(c0.q))) if c0.is_Rational else None
        if not s:
            raise CertificateError("latex: a hinge margin is not strictly signed at p")
        term = margin if s > 0 else sp.Integer(0)
        rows.append(r"1 - y_{%d} N(x_{%d}) &= %s" % (i, i, _jet_tex(margin, subject)))
    return term, rows


def _output_bias_proof(cert: CurvatureCertificate, subject: _Subject) -> str | None:
    """A short proof that the squared loss is not concave, for a direction u that moves only the output biases
    (identity output layer): then r_i(p + t u) = r_i(p) + t v for every t, so phi(t) is a quadratic with
    phi'' = n |v|^2 > 0 on the whole line, which no concave function has. None when that shape does not apply."""
    spec = subject.cert.network
    if (spec is None or cert.refutes != "concave" or not spec.get("bias") or spec["loss"] != "squared"
            or spec["activations"][-1] != "identity"):
        return None
    m, n = spec["layers"][-1], len(spec["inputs"])
    direction = cert.direction
    if any(parse_coordinate(x) != 0 for x in direction[:len(direction) - m]):
        return None
    v = [Fraction(parse_coordinate(x)) for x in direction[len(direction) - m:]]
    second = n * sum(x * x for x in v)
    try:
        stated_second = parse_rational(cert.second_derivative)
    except CertificateError:
        return None
    if second <= 0 or stated_second != second:
        return None
    L = len(spec["layers"]) - 1
    F = subject.f
    vec = q_latex(v[0]) if m == 1 else tuple_latex(v)
    return (r"The direction $u$ of the certificate moves only the output bias: along the line $p + t u$ the bias "
            r"$b^{(%d)}$ becomes $b^{(%d)} + t v$ with $v = %s$ and every other parameter stays fixed. The output "
            r"bias enters no activation, so for every real $t$ (not only near $0$) each residual is "
            r"$r_i(p + t u) = r_i(p) + t v$, and" % (L, L, vec) + "\n"
            + r"\[ \varphi(t) = %s(p + t u) = \frac{1}{2} \sum_{i=1}^{%d} \bigl\lVert r_i(p) + t v \bigr\rVert^2, "
              r"\qquad \varphi''(t) = %d\, \lVert v \rVert^2 = %s > 0 \quad \text{for all } t. \]" % (
                  F, n, n, q_latex(second))
            + "\n" + r"A concave function is concave along every line, but $\varphi$ is a strictly convex "
            r"quadratic: $\varphi(0) - \frac{1}{2}\bigl(\varphi(-1) + \varphi(1)\bigr) = -\frac{1}{2}\varphi''(0) "
            r"= %s < 0$. So $%s$ is not concave. (The certificate's own check at $p$, the region and "
            r"$\varphi''(0)$, is in Appendix~\ref{app:details}.)" % (q_latex(-second / 2), F))
