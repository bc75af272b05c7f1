r"""Proofs of curvature certificates: f is not convex (not concave) by a second derivative (text layer, layer 4).

The argument is the second-order condition (``facts.FACTS["second_order"]``): where f is twice continuously
differentiable, convexity makes φ''(0) ≥ 0 for φ(t) = f(p + t u). The proof gives p and u, shows that p is inside
the domain and strictly inside one smooth piece (every kink strictly on one side, so f equals a smooth function P
near p), and computes φ''(0) exactly: from the Hessian of P when there are at most ``HESSIAN_LIMIT`` variables and
its entries print, from the restriction φ(t) = P(p + t u) otherwise, or, for a network, with degree-2 Taylor jets
data point by data point (``netcurvature``). The sign of φ''(0) is the checker's (exact, or an interval excluding
0). Large networks: ``largenet``.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from ..certificates import CurvatureCertificate, parse_coordinate, to_sympy
from ..check.evaluate import evaluate, line_jets, value_at
from ..check.numbers import interval_precision, sign, sub
from ..errors import CertificateError, InputError
from .facts import fact_ref
from .netcurvature import _network_jets
from .notation import (FORMULA_LIMIT, HESSIAN_LIMIT, _align_rows, _long_vector, _num_value, _paren, _pt, name_latex,
                       note_latex, q_latex, tuple_latex)
from .subject import _Subject, constraint_gap_tex
from .values import _consistent, _r, _sym_num, _value_line


class _Piece:
    """The smooth piece of a tree at a point: every kink replaced by its branch, with the region's strict
    inequalities (SymPy expressions and their exact values at the point)."""

    def __init__(self, subject: _Subject, point):
        self.subject = subject
        self.point = [Fraction(v) for v in point]
        self.conditions: list[tuple[sp.Expr, str, object]] = []  # (g, ">" or "<", value of g at p)
        self.expr = self._build(subject.tree)

    def _value(self, expr):
        tree_ = None
        try:
            from ..certificates import to_tree
            tree_ = to_tree(expr)
        except InputError:
            raise CertificateError("latex: cannot evaluate a branch condition") from None
        with interval_precision():
            return value_at(tree_, self.subject.names, self.point)

    def _cond(self, g) -> int:
        v = self._value(g)
        s = sign(v)
        if not s:
            raise CertificateError("latex: the point is not strictly inside a smooth piece")
        self.conditions.append((g, ">" if s > 0 else "<", v))
        return s

    def _build(self, tree):
        head, args = tree[0], tree[1:]
        if head in ("num", "var"):
            return to_sympy(tree, dict(self.subject.symbols))
        if head == "leaky_relu":
            inner = self._build(args[0])
            alpha = to_sympy(args[1])
            return inner if self._cond(inner) > 0 else alpha * inner
        if head in ("relu", "abs"):
            inner = self._build(args[0])
            s = self._cond(inner)
            if head == "relu":
                return inner if s > 0 else sp.Integer(0)
            return inner if s > 0 else -inner
        if head in ("max", "min"):
            items = [self._build(a) for a in args]
            values = [self._value(e) for e in items]
            for i, _ in enumerate(items):
                signs = [sign(sub(values[i], values[k])) for k in range(len(items)) if k != i]
                want = 1 if head == "max" else -1
                if all(s == want for s in signs):
                    for k in range(len(items)):
                        if k != i:
                            g = items[i] - items[k] if head == "max" else items[k] - items[i]
                            self._cond(g)
                    return items[i]
            raise CertificateError("latex: no argument of max/min is strictly extreme at the point")
        built = [self._build(a) for a in args]
        from ..certificates import _SYMPY
        return _SYMPY[head](*built)


def _curvature_proof(cert: CurvatureCertificate, subject: _Subject) -> tuple[str, str]:
    """(statement, proof): φ''(0) < 0 (> 0) for φ(t) = f(p + t u) at a point p strictly inside a smooth piece refutes
    convexity (concavity); the steps below write the point, the region, the piece and the second derivative."""
    p = [parse_coordinate(v) for v in cert.point]
    u = [parse_coordinate(v) for v in cert.direction]
    second = _checked_second_derivative(cert, subject, p, u)
    lines = [_second_order_opening(subject.f, cert.refutes)]
    lines += _point_and_direction(subject, p, u)
    if cert.domain:
        lines.append(_domain_strict(subject, p))
    region, P = _region_text(subject, p)
    lines += region
    lines.append(_piece_text(subject, P))
    lines += _second_derivative_text(subject, P, p, u, second)
    lines += _curvature_conclusion(cert, subject.f, second)
    return _curvature_statement(cert, subject), "\n".join(x for x in lines if x)


def _checked_second_derivative(cert: CurvatureCertificate, subject: _Subject, p, u):
    """The checker's φ''(0) along p + t u (exact or an interval), whose sign must be the one the certificate needs."""
    with interval_precision():
        jet, _ = evaluate(subject.tree, line_jets(subject.names, p, u, 2), 2)
        second = jet.second_derivative()
    _require_refuting_sign(cert, second)
    return second


def _require_refuting_sign(cert: CurvatureCertificate, second) -> None:
    """φ''(0) < 0 refutes convexity, φ''(0) > 0 concavity (decided by the checker's numbers, never a float)."""
    want = -1 if cert.refutes == "convex" else 1
    if sign(second) != want:
        raise CertificateError("latex: the second derivative has the wrong sign")


def _curvature_statement(cert: CurvatureCertificate, subject: _Subject) -> str:
    return r"$%s$ is not %s%s." % (subject.f, cert.refutes, subject.where_text())


def _second_order_opening(F: str, refutes: str) -> str:
    """The second-order condition the proof refutes (``facts.FACTS["second_order"]``)."""
    rel = "<" if refutes == "convex" else ">"
    return (r"If $%s$ were %s, then by %s, on every open set where $%s$ is twice continuously differentiable "
            r"its Hessian would be %s semidefinite; in particular, for every such point $p$ and every "
            r"direction $u$, the function $\varphi(t) = %s(p + t u)$ would satisfy $\varphi''(0) %s 0$. "
            r"We give $p$ and $u$ with $\varphi''(0) %s 0$." % (
                F, refutes, fact_ref("second_order"), F, "positive" if refutes == "convex" else "negative", F,
                r"\ge" if refutes == "convex" else r"\le", rel))


def _point_and_direction(subject: _Subject, p, u) -> list[str]:
    """p and u as exact fractions (a network's p also as its weight matrices; long vectors wrapped)."""
    n = len(subject.names)
    if not subject.is_network:
        return [r"Take \[ p = %s, \qquad u = %s. \]" % (_pt(p), _pt(u))]
    lines = [r"Take the point $p$ (a parameter vector) and the direction $u$:", subject.net.point_latex(p, "p")]
    lines.append(r"\[ p = %s, \qquad u = %s \]" % (tuple_latex(p), tuple_latex(u)) if n <= 12 else
                 r"and, in the order of the parameters,")
    if n > 12:
        lines += [_long_vector("p", p), _long_vector("u", u)]
    return lines


def _region_text(subject: _Subject, p) -> tuple[list[str], sp.Expr]:
    """(the lines stating the strict inequalities that hold at p, the smooth piece P that f equals near p)."""
    F = subject.f
    if subject.is_network:
        region_rows, P = subject.net.region(p)
    else:
        piece = _Piece(subject, p)
        P = piece.expr
        region_rows = []
        for g, r, v in piece.conditions:
            text = subject.latex(g)
            if len(text) > 300:
                text = r"\text{(a long expression)}"
            region_rows.append(r"%s &\;\text{at } p\ %s\ %s 0" % (text, _num_value(v), r))
    if not region_rows:
        return [r"The function $%s$ has no kinks; it is smooth at $p$ and near $p$ it is" % F], P
    return [r"\emph{The region.} At $p$ every kink of $%s$ is strictly on one side:" % F,
            _align_rows(region_rows),
            r"These strict inequalities hold on an open neighbourhood of $p$ (the left-hand sides are "
            r"continuous), so on it every kink takes the branch shown%s and $%s$ coincides with the smooth "
            r"function" % (r" ($\rho(z) = z$ where $z > 0$, $\rho(z) = 0$ where $z < 0$)"
                           if subject.is_network else "", F)], P


def _piece_text(subject: _Subject, P) -> str:
    """The smooth piece P: on one line, term by term, or (too long to print) described in words."""
    piece_tex = subject.latex(P)
    terms = sp.Add.make_args(P)
    if len(piece_tex) <= 200 or (len(terms) == 1 and len(piece_tex) <= 3 * FORMULA_LIMIT):
        return r"\[ P(%s) = %s. \]" % (subject.inner_args(), piece_tex)
    if len(piece_tex) <= 3 * FORMULA_LIMIT and all(len(subject.latex(t)) <= 220 for t in terms):
        rows = [subject.latex(t) for t in terms]
        return (r"\begin{align*}" + "\n" + r"P(%s) = {} & %s" % (subject.inner_args(), rows[0]) + "".join(
            " \\\\\n& " + ("" if r.startswith("-") else "+ ") + r for r in rows[1:]) + ".\n" + r"\end{align*}")
    return r"\[ P = %s \text{ with every kink replaced by the branch above}. \]" % subject.f


def _second_derivative_text(subject: _Subject, P, p, u, second) -> list[str]:
    """φ''(0) worked out exactly and held against the checker's ``second``: by the Hessian of P when there are at
    most ``HESSIAN_LIMIT`` variables and it prints, else with Taylor jets (a network) or from φ(t) = P(p + t u)."""
    symbols = [subject.symbols[nm] for nm in subject.names]
    at_p = {s: _r(v) for s, v in zip(symbols, p)}
    hessian = _small_hessian(subject, P, symbols, at_p, u) if len(subject.names) <= HESSIAN_LIMIT else None
    if hessian is not None:
        return _hessian_steps(subject, P, symbols, p, u, second, hessian)
    if subject.is_network:
        return [_network_jets(subject, p, u, second)]
    return _restriction_steps(subject, P, symbols, p, u, second)


def _hessian_steps(subject: _Subject, P, symbols, p, u, second, hessian) -> list[str]:
    """u^T ∇²P(p) u: in one variable u² P''(p); in several, ∇²P(p) u and the dot product (the Hessian itself goes
    to the appendix, after the restriction φ(t) when that is short)."""
    n = len(subject.names)
    H, Hp, Hu = hessian
    uHu = sp.simplify((sp.Matrix([_r(v) for v in u]).T * Hu)[0, 0])
    _consistent(uHu, second, "u^T H u")
    H_tex = subject.latex(H) if n <= 4 else ""
    if n == 1:
        return _hessian_steps_1d(subject, H_tex, Hp, u, uHu, second)
    lines = []
    restriction = _restriction_text(subject, P, symbols, p, u, second)
    lines.append(restriction)
    trace = [r"\paragraph{The Hessian of the smooth piece.} Differentiating $P$ twice,"]
    if len(H_tex) <= 500 and n <= 4:
        trace.append(r"\[ \nabla^2 P = %s, \]" % H_tex)
        trace.append(r"and at $p$")
    trace.append(r"\[ \nabla^2 P(p) = %s. \]" % subject.latex(Hp))
    subject.appendix.append("\n".join(trace))
    lines.append(r"%s the Hessian $\nabla^2 P(p)$ (written out in Appendix~\ref{app:details})," % (
        "Equivalently, with" if restriction else r"\emph{The second derivative along the line.} With"))
    lines.append(r"\begin{gather*} \nabla^2 P(p)\, u = %s, \\ u^{\mathsf T} \nabla^2 P(p)\, u = %s %s. \end{gather*}"
                 % (subject.latex(Hu), _dot_text(u, Hu, subject), _value_line(uHu, second, subject)))
    return lines


def _hessian_steps_1d(subject: _Subject, H_tex: str, Hp, u, uHu, second) -> list[str]:
    """One variable: P'' in closed form, P''(p), and φ''(0) = u² P''(p)."""
    lines = [r"\emph{The second derivative.} Differentiating $P$ twice,",
             r"\[ P''(%s) = %s, \]" % (name_latex(subject.names[0]), H_tex.replace(r"\left[\begin{matrix}", "").replace(
                 r"\end{matrix}\right]", "")),
             r"and at $p$",
             r"\[ P''(p) = %s. \]" % _sym_num(Hp[0, 0], subject)]
    factor = "" if u[0] ** 2 == 1 else r"%s \cdot %s = " % (_paren(u[0] ** 2), _sym_num(Hp[0, 0], subject, paren=True))
    value = _value_line(uHu, second, subject)
    lines.append(r"So \[ \varphi''(0) = u^2 P''(p) = %s%s. \]" % (factor, value.lstrip("= ") if factor == "" else
                                                                  value[2:]))
    return lines


def _restriction_steps(subject: _Subject, P, symbols, p, u, second) -> list[str]:
    """φ(t) = P(p + t u) (printed when short) and φ''(0), exactly."""
    t = sp.Symbol("t", real=True)
    phi = P.xreplace({s: _r(pv) + t * _r(uv) for s, pv, uv in zip(symbols, p, u)})
    d2 = sp.diff(phi, t, 2)
    value = sp.simplify(d2.xreplace({t: 0}))
    _consistent(value, second, "phi''(0)")
    phi_tex = subject.latex(sp.expand(phi)) if phi.is_polynomial(t) else subject.latex(phi)
    lines = [r"\emph{The second derivative along the line.} With $\varphi(t) = P(p + t u)$,"]
    if len(phi_tex) <= 2 * FORMULA_LIMIT:
        lines.append(r"\[ \varphi(t) = %s, \]" % phi_tex)
    lines.append(r"\[ \varphi''(0) %s. \]" % _value_line(value, second, subject))
    return lines


def _curvature_conclusion(cert: CurvatureCertificate, F: str, second) -> list[str]:
    """f = P near p, so f's φ''(0) is P's, with the sign that refutes; the certificate's note as a remark."""
    rel = "<" if cert.refutes == "convex" else ">"
    lines = [r"Since $%s$ equals $P$ near $p$, $\varphi''(0) = \frac{d^2}{dt^2} %s(p + t u)\big|_{t=0} %s %s 0$, "
             r"so $%s$ is not %s." % (F, F, _num_value(second), rel, F, cert.refutes)]
    if cert.note:
        lines.append(r"\par\emph{Remark.} %s" % note_latex(cert.note))
    return lines


#: Longest entry of H u, and longest row of H(p), in LaTeX characters, that the proof prints as a matrix (wider
#: closed forms, e.g. a sigmoid net's, take the directional second derivative instead).
HU_ENTRY_LIMIT, HESSIAN_ROW_LIMIT = 80, 240
#: An entry of H(p) with more operations than this is not simplified or printed.
HESSIAN_OPS_LIMIT = 40


def _small_hessian(subject: _Subject, P, symbols, at_p, u):
    """(H, H(p), H(p) u) of the smooth piece when they print within the text block, else None."""
    H = sp.hessian(P, symbols)
    Hp = H.xreplace(at_p)
    if any(sp.count_ops(e) > HESSIAN_OPS_LIMIT for e in Hp):
        return None  # closed forms too long to print (and slow to simplify)
    Hp = Hp.applyfunc(_tidy)
    H = H.applyfunc(_tidy) if len(symbols) <= 4 else H  # printed only for up to 4 variables
    Hu = Hp * sp.Matrix([_r(v) for v in u])
    if any(len(subject.latex(e)) > HU_ENTRY_LIMIT for e in Hu):
        return None
    if any(sum(len(subject.latex(e)) + 3 for e in Hp.row(i)) > HESSIAN_ROW_LIMIT for i in range(Hp.rows)):
        return None
    return H, Hp, Hu


def _restriction_text(subject: _Subject, P, symbols, p, u, second) -> str:
    """The restriction phi(t) = P(p + t u) in closed form and phi''(0), when it is short (else "")."""
    t = sp.Symbol("t", real=True)
    phi = P.xreplace({s: _r(pv) + t * _r(uv) for s, pv, uv in zip(symbols, p, u)})
    if not phi.is_polynomial(t):
        return ""
    phi = sp.factor(sp.expand(phi))
    d2 = sp.expand(sp.diff(phi, t, 2))
    value = d2.xreplace({t: 0})
    _consistent(value, second, "phi''(0)")
    phi_tex, d2_tex = sp.latex(phi), sp.latex(d2)
    if len(phi_tex) + len(d2_tex) > 300:
        return ""
    return (r"\emph{The restriction to the line.} With $\varphi(t) = P(p + t u)$,"
            + "\n" + r"\[ \varphi(t) = %s, \qquad \varphi''(t) = %s, \qquad \varphi''(0) = %s. \]"
            % (phi_tex, d2_tex, q_latex(value) if value.is_Rational else sp.latex(value)))


def _tidy(e):
    """Exact simplification for display: rationals stay, closed forms are factored."""
    e = sp.simplify(e)
    if e.is_Rational:
        return e
    factored = sp.factor(e)
    return factored if len(str(factored)) <= len(str(e)) else e


def _dot_text(u, Hu, subject) -> str:
    terms = [f"{_paren(ui)} \\cdot {_sym_num(h, subject, paren=True)}" for ui, h in zip(u, Hu) if ui != 0]
    if len(terms) > 10:
        return r"\sum_k u_k \bigl(\nabla^2 P(p)\, u\bigr)_k"
    return " + ".join(terms) if terms else "0"


def _domain_strict(subject: _Subject, p) -> str:
    rows = []
    for c in subject.cert.domain:
        rel, lhs, rhs = c
        with interval_precision():
            gap = sub(value_at(lhs, subject.names, p), value_at(rhs, subject.names, p))
        rows.append(r"%s %s %s 0" % (constraint_gap_tex(subject, lhs, rhs), _num_value(gap),
                                     ">" if rel in ("gt", "ge") else "<"))
    return (r"The point $p$ lies in the interior of the domain, since every constraint holds strictly there:"
            + "\n" + r"\begin{gather*}" + "\n" + " \\\\\n".join(rows) + "\n" + r"\end{gather*}")
