r"""Proofs of saddle certificates: a critical point that is neither a local minimum nor a local maximum (text
layer, layer 4).

∇f(p) = 0 exactly, and two directions u, v along which φ_u(t) = f(p + t u) falls and φ_v(t) = f(p + t v) rises:
by the second derivatives (a strict saddle) or, for a polynomial, by the first nonzero Taylor coefficients
(a higher-order saddle). ``check.landscape`` verifies the certificate.
"""

from __future__ import annotations

from ..certificates import SaddleCertificate, parse_coordinate, parse_rational
from .facts import fact_ref
from .notation import _pt, _stated, q_latex
from .subject import _Subject


def _saddle_proof(cert: SaddleCertificate, subject: _Subject) -> tuple[str, str]:
    """A critical point that is neither a local minimum nor a local maximum, from the two one-dimensional
    restrictions φ_u(t) = f(p + t u), φ_v(t) = f(p + t v) (``check.landscape``)."""
    F = subject.f
    p = [parse_coordinate(c) for c in cert.point]
    u = [parse_coordinate(c) for c in cert.neg_direction]
    v = [parse_coordinate(c) for c in cert.pos_direction]
    strict = cert.proves == "strict_saddle"
    statement = (r"The point $p = %s$ is a %s saddle point of $%s$: $\nabla %s(p) = 0$, and $p$ is neither a local "
                 r"minimum nor a local maximum." % (_pt(p), "strict" if strict else "(higher-order)", F, F))
    lines = [r"Every first partial derivative of $%s$ at $p$ is exactly $0$ (the checker evaluates each one "
             r"exactly). Take the directions \[ u = %s, \qquad v = %s, \] and the restrictions "
             r"$\varphi_u(t) = %s(p + t u)$, $\varphi_v(t) = %s(p + t v)$." % (F, _pt(u), _pt(v), F, F)]
    if strict:
        lines.append(r"Then $\varphi_u''(0) = %s < 0$ and $\varphi_v''(0) = %s > 0$ (exact values). Since "
                     r"$\varphi_u'(0) = \nabla %s(p) \cdot u = 0$, Taylor's theorem gives "
                     r"$\varphi_u(t) = \varphi_u(0) + \tfrac12 \varphi_u''(0) t^2 + o(t^2) < %s(p)$ for small $t \ne 0$, "
                     r"so $p$ is not a local minimum; likewise $\varphi_v(t) > %s(p)$ for small $t \ne 0$, so $p$ "
                     r"is not a local maximum (%s)." % (_stated(cert.neg_jet[-1]), _stated(cert.pos_jet[-1]), F, F, F,
                                                     fact_ref("second_order")))
    else:
        def poly(jet):
            r"""φ(t) as a signed sum, 1 - 2\,t^{3} + O(t^{4}) (never "+ (-2)"; a coefficient ±1 is not written)."""
            constant = parse_rational(jet[0])
            text = q_latex(constant) if constant != 0 else ""   # f(p) = 0 is not written: -2\,t^{3} + ...
            for k, c in enumerate(jet[1:], start=1):
                c = parse_rational(c)
                if c != 0:
                    size = "" if abs(c) == 1 else q_latex(abs(c)) + r"\,"
                    sign = ("-" if c < 0 else "+") if text else ("-" if c < 0 else "")
                    text += (r" %s " % sign if text else sign) + r"%st^{%d}" % (size, k)
            return text + r" + O(t^{%d})" % len(jet)

        ku, kv = len(cert.neg_jet) - 1, len(cert.pos_jet) - 1
        lines.append(r"$%s$ is a polynomial, and expanding exactly, \[ \varphi_u(t) = %s, \qquad "
                     r"\varphi_v(t) = %s. \]" % (F, poly(cert.neg_jet), poly(cert.pos_jet)))
        lines.append(r"The first nonzero coefficient after the constant is that of $t^{%d}$ in $\varphi_u$, which is "
                     r"negative, so $\varphi_u(t) < %s(p)$ for small $t > 0$ and $p$ is not a local minimum; in "
                     r"$\varphi_v$ it is that of $t^{%d}$, positive, so $\varphi_v(t) > %s(p)$ for small $t > 0$ and $p$ "
                     r"is not a local maximum. (The Hessian cannot show this when these orders exceed 2.)"
                     % (ku, F, kv, F))
    return statement, "\n".join(lines)
