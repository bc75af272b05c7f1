r"""The independent checker: ``verify(certificate)`` re-checks a certificate from its JSON alone.

It imports the certificate schema, SymPy and mpmath, never the search code, and never evaluates text:
expressions arrive as whitelisted trees and are evaluated by ``check.evaluate`` (exact rationals or
``mpmath.iv`` intervals that must exclude zero). It never searches: it follows the certificate's data.

What an accepted certificate proves (f the certificate's function, D its domain):

- ``midpoint``: a != b, m = lam a + (1 - lam) b lie in D, f is defined there, and
  f(m) - lam f(a) - (1 - lam) f(b) is > 0 (f is not convex on D) or < 0 (f is not concave on D); or, to refute
  strict convexity (concavity), >= 0 (<= 0), where a zero must be exact: the three values are exact rationals
  or, for functions of exp and log, shown to be the literal 0 by exact symbolic arithmetic (``check.exactzero``).
- ``curvature``: p satisfies every constraint of D strictly, each constraint continuous near p (so p is
  interior: see ``check_domain``), every kink of f is strictly
  on one side at p and every singularity strictly avoided (so f is C^2 near p), and
  phi''(0) < 0 (not convex) or > 0 (not concave) for phi(t) = f(p + t u). A convex function has
  phi'' >= 0 wherever it is twice differentiable inside its domain.
- ``rules`` / ``hessian``: see ``check.proofs``; ``sum``: see ``check.sums``; ``saddle``: see ``check.landscape``;
  ``minimum`` / ``minima_count`` (strict and spurious local minima, in boxes): see ``check.minimum``.
  ``identity`` / ``pieces`` (piecewise functions by case splits): see ``check.pieces``.
- ``domain`` (``verify_domain``): the domain is a convex set, its constraints convex jointly: see
  ``check.domains``; signs with open ends, exact factors and joint constraints: ``check.bounds``.

Every rejection raises ``CertificateError`` with one line naming the field, found vs expected.
"""

from __future__ import annotations

import json
import math
import signal
import threading
import time
from contextlib import contextmanager
from fractions import Fraction

from ..certificates import (Certificate, CurvatureCertificate, IdentityCertificate, MidpointCertificate,
                            MinimaCountCertificate, MinimumCertificate, PiecesCertificate, SaddleCertificate,
                            SumCertificate, check_tree,
                            clipped, from_json, parse_coordinate, parse_rational, subject_digest, tree_variables)
from ..errors import CertificateError
from .evaluate import evaluate, line_jets, value_at
from .exactzero import jensen_gap_is_zero
from .network import loss_tree, parameter_names
from .numbers import add, interval_precision, matches_stated, mul, show, sign, sub

STATEMENTS = ("not_convex", "not_concave", "convex", "concave", "affine", "strictly_convex", "strictly_concave",
              "not_strictly_convex", "not_strictly_concave", "strict_saddle", "saddle",
              "strict_local_minimum", "spurious_local_minimum", "strict_local_minima")


def subject_names(cert: Certificate) -> list[str]:
    """The certificate's variable names: its ``variables``, or, for a network certificate that leaves them empty,
    the spec's parameters in the documented order (``check.network.parameter_names``; call after
    ``subject_tree`` has validated the spec)."""
    if cert.network is not None and len(cert.variables) == 0:
        return list(parameter_names(cert.network))
    return list(cert.variables)


def subject_tree(cert: Certificate, *, fast: bool = False):
    """The expression tree the certificate is about: its function, or the loss the checker builds itself
    from its network spec. Checks that the variables are distinct and cover the expression (a network
    certificate may leave them empty: the spec's parameter names, see ``subject_names``).

    With ``fast``, a network spec that ``check.fastnet`` evaluates exactly (identity/relu/leaky_relu
    activations, squared or hinge loss) comes back as a ``fastnet.FastNet`` instead of a tree, after the same
    checks with the same errors; nothing of size (weights x data) is built."""
    from . import fastnet

    if (cert.function is None) == (cert.network is None):
        raise CertificateError("subject: exactly one of function and network must be given")
    params = cert.parameters
    if not isinstance(params, tuple) or not all(isinstance(p, str) for p in params) or \
            len(set(params)) != len(params) or set(params) & set(cert.variables):
        raise CertificateError(f"parameters: must be distinct names that are not variables, found {params!r}")
    if params and cert.network is not None:
        raise CertificateError("parameters: a network certificate has none")
    implicit = cert.network is not None and len(cert.variables) == 0
    digest, net = None, None
    if fast and cert.network is not None:  # the digest first: a spec compiled moments ago is not compiled again
        digest, net = fastnet.digest_and_compile(cert.variables, cert.function, cert.network, cert.domain)
    if net is not None and (implicit or net.has_parameters(cert.variables)):
        tree = net  # the spec's own parameter names: distinct, nonempty, covering the loss
    else:
        names = list(cert.variables)
        if not implicit and (len(set(names)) != len(names) or not names):
            raise CertificateError(f"variables: must be distinct and nonempty, found {names}")
        if cert.network is not None:
            tree = loss_tree(cert.network) if net is None else net
            expected = parameter_names(cert.network)
            if implicit:
                names = expected
            elif names != expected:
                raise CertificateError(f"variables: found {len(names)} names, the network spec has parameters "
                                       f"{expected[:4]}... ({len(expected)})")
        else:
            tree = cert.function
            check_tree(tree, "function")
    if digest is None:
        digest = (fastnet.subject_digest(cert.variables, cert.function, cert.network, cert.domain)
                  if isinstance(tree, fastnet.FastNet) else
                  subject_digest(cert.variables, cert.function, cert.network, cert.domain, params))
    if cert.digest != digest:
        raise CertificateError(f"digest: the subject (variables, function or network, domain) hashes to "
                               f"{digest[:19]}..., certificate states {str(cert.digest)[:19]}...")
    if isinstance(tree, fastnet.FastNet):
        return tree
    missing = tree_variables(tree) - set(names) - set(params)
    if missing:
        raise CertificateError(f"function: uses variables {sorted(missing)} that are not declared")
    return tree


def parameter_point(cert: Certificate) -> list[Fraction]:
    """The values of a refutation's parameters (``parameter_values``, one per name in ``parameters``). A
    midpoint or curvature certificate with parameters refutes a claim *for every parameter value its domain
    allows*: it exhibits one allowed value (the domain's constraints on the parameters are checked at it) at which
    the function of the variables is not convex (concave)."""
    values = cert.parameter_values
    if not isinstance(values, tuple) or len(values) != len(cert.parameters):
        raise CertificateError(f"parameter_values: expected {len(cert.parameters)} values (one per parameter), "
                               f"found {clipped(values)}")
    return [parse_coordinate(v, "parameter_values") for v in values]


def _vector(values, n: int, what: str) -> list[Fraction]:
    if type(values).__name__ == "ndarray" and getattr(values, "ndim", None) == 1:  # in memory: numpy -> Python
        values = values.tolist()
    if not isinstance(values, (list, tuple)) or len(values) != n:
        raise CertificateError(f"{what}: expected {n} coordinates, found {len(values) if isinstance(values, (list, tuple)) else values!r}")
    return [parse_coordinate(v, what) for v in values]  # "p/q" strings or JSON integers


def check_domain(cert: Certificate, point, where: str, *, strict: bool) -> None:
    """Every domain constraint holds at ``point``, decided rigorously.

    With ``strict``, ``point`` must be *interior*: a ball around it lies in the domain. Each constraint
    lhs - rhs > 0 (< 0) must hold strictly and both sides must be defined and continuous on a neighbourhood of
    the point (``value_at(..., interior=True)``: real powers of a base shown positive); then lhs - rhs keeps
    its sign on a ball around the point. Strict inequalities alone do not suffice: sqrt(x) + sqrt(-x) + 1 > 0
    holds strictly on {0}, which has no interior."""
    names = subject_names(cert) + list(cert.parameters) if cert.domain else []
    for k, constraint in enumerate(cert.domain):
        if not isinstance(constraint, list) or len(constraint) != 3 or constraint[0] not in ("gt", "ge", "lt", "le"):
            raise CertificateError(f"domain[{k}]: not a constraint [rel, lhs, rhs]")
        rel, lhs, rhs = constraint
        check_tree(lhs, f"domain[{k}]")
        check_tree(rhs, f"domain[{k}]")
        # a condition on the parameters alone fixes them (it holds for every x): interior is about the variables
        strict_here = strict and not (cert.parameters and not (tree_variables(lhs) | tree_variables(rhs))
                                      - set(cert.parameters))
        if strict_here:
            try:
                gap = sub(value_at(lhs, names, point, interior=True), value_at(rhs, names, point, interior=True))
            except CertificateError as exc:
                raise CertificateError(f"domain[{k}]: the {where} is not shown interior ({exc})") from None
        else:
            gap = sub(value_at(lhs, names, point), value_at(rhs, names, point))
        s = sign(gap) if rel in ("gt", "ge") else sign(-gap)
        ok = s == 1 or (s == 0 and rel in ("ge", "le") and not strict_here)
        if not ok:
            need = "strictly " if strict_here else ""
            raise CertificateError(f"domain[{k}]: the {where} does not {need}satisfy {rel} "
                                   f"(lhs - rhs = {show(gap)})")


def _check_stated(found, stated, what: str) -> None:
    try:
        ok = isinstance(stated, str) and matches_stated(found, stated)
    except CertificateError:  # not a number at all
        ok = False
    if not ok:
        raise CertificateError(f"{what}: evaluates to {show(found)}, certificate states {clipped(stated)}")


#: what a midpoint certificate may refute -> the signs of f(m) - (lam f(a) + (1 - lam) f(b)) that refute it.
#: Strict convexity needs f(m) < chord at every a != b, so f(m) >= chord refutes it (0 is decided exactly).
MIDPOINT_GAP_SIGNS = {"convex": (1,), "concave": (-1,), "strictly_convex": (0, 1), "strictly_concave": (0, -1)}


def _refutes(cert) -> int:
    """+1 when the certificate refutes convexity (the gap must be positive), -1 for concavity."""
    if cert.refutes not in ("convex", "concave"):
        raise CertificateError(f"refutes: must be 'convex' or 'concave', found {cert.refutes!r}")
    return 1 if cert.refutes == "convex" else -1


def verify_midpoint(cert: MidpointCertificate) -> str:
    from .fastnet import FastNet

    tree = subject_tree(cert, fast=True)
    fast = isinstance(tree, FastNet)  # exact integer forward passes over the spec (check.fastnet)
    names = None if fast else subject_names(cert)
    n = tree.size if fast else len(names)
    fixed = parameter_point(cert)
    allowed = MIDPOINT_GAP_SIGNS.get(cert.refutes) if isinstance(cert.refutes, str) else None
    if allowed is None:
        raise CertificateError(f"refutes: must be one of {sorted(MIDPOINT_GAP_SIGNS)}, found {cert.refutes!r}")
    vector = tree.vector if fast else (lambda values, what: _vector(values, n, what))
    a, b = vector(cert.a, "a"), vector(cert.b, "b")
    lam = parse_rational(cert.lam, "lam")
    if not 0 < lam < 1:
        raise CertificateError(f"lam: must lie strictly between 0 and 1, found {lam}")
    if fast:
        where = a.differences(b)  # every index where a and b differ (shared by the checks below)
        same = len(where) == 0
    else:
        same = a == b
    if same:
        raise CertificateError("a, b: the two points must differ")
    if fast:  # the stated m (equal to lam a + (1 - lam) b) is then evaluated
        stated_m = vector(cert.m, "m")
        ok, m = a.combination_equals(lam, b, stated_m, where=where), stated_m
    else:
        m = [lam * ai + (1 - lam) * bi for ai, bi in zip(a, b)]
        ok = vector(cert.m, "m") == m
    if not ok:
        head = a.part(0, 4).combine(lam, b.part(0, 4)).fractions(4) if fast else m[:4]
        raise CertificateError(f"m: lam a + (1 - lam) b = ({', '.join(map(str, head))}...), certificate states "
                               f"({', '.join(map(str, cert.m[:4]))}...)")
    values = {}
    for label, point in (("a", a), ("b", b), ("m", m)):
        if fast:
            if cert.domain:
                check_domain(cert, point.fractions(), f"point {label}", strict=False)
        else:
            full = list(point) + fixed
            check_domain(cert, full, f"point {label}", strict=False)
            values[label] = value_at(tree, names + list(cert.parameters), full)
    if fast:  # three exact forward passes sharing the work of the coordinates a, b and m have in common; m = a
        # wherever a = b (m = lam a + (1 - lam) b was checked), so m differs from a only inside ``where``
        m_changed = where[m.take(where).differences(a.take(where))]
        values = dict(zip("abm", tree.values([a, b, m], [None, where, m_changed])))
    stated = cert.values if isinstance(cert.values, dict) else {}
    for label, key in (("a", "f(a)"), ("b", "f(b)"), ("m", "f(m)")):
        _check_stated(values[label], stated.get(key), key)
    if set(stated) != {"f(a)", "f(b)", "f(m)"}:
        raise CertificateError(f"values: expected f(a), f(b), f(m), found {sorted(stated)}")
    chord = add(mul(lam, values["a"]), mul(1 - lam, values["b"]))
    gap = sub(values["m"], chord)
    if sign(gap) not in allowed and not (0 in allowed and sign(gap) is None and not fast
                                         and jensen_gap_is_zero(tree, names + list(cert.parameters),
                                                                *(list(pt) + fixed for pt in (a, b, m)), lam)):
        rel = {(1,): ">", (-1,): "<", (0, 1): ">=", (0, -1): "<="}[allowed]
        raise CertificateError(f"midpoint: f(m) - (lam f(a) + (1-lam) f(b)) = {show(gap)}, needs {rel} 0 "
                               f"(exactly) to refute {cert.refutes.replace('_', ' ')}ity")
    return f"not_{cert.refutes}"


def verify_curvature(cert: CurvatureCertificate) -> str:
    from .fastnet import FastNet

    tree = subject_tree(cert, fast=True)
    fast = isinstance(tree, FastNet)  # exact integer forward pass with degree-2 jets (check.fastnet)
    names = None if fast else subject_names(cert)
    n = tree.size if fast else len(names)
    want = _refutes(cert)
    fixed = parameter_point(cert)
    if fast:
        p, u = tree.vector(cert.point, "point"), tree.vector(cert.direction, "direction")
        if u.is_zero():
            raise CertificateError("direction: must be nonzero")
        if cert.domain:
            check_domain(cert, p.fractions(), "point", strict=True)
        jet, pattern = tree.curvature(p, u, as_array=True)  # a Jet of exact rationals, the kink pattern (int8)
    else:
        p, u = _vector(cert.point, n, "point"), _vector(cert.direction, n, "direction")
        if not any(u):
            raise CertificateError("direction: must be nonzero")
        p, u = p + fixed, u + [Fraction(0)] * len(fixed)  # the parameters stay at their values along the line
        check_domain(cert, p, "point", strict=True)
        jet, pattern = evaluate(tree, line_jets(names + list(cert.parameters), p, u, 2), 2)
    if not _same_pattern(cert.pattern, pattern):
        raise CertificateError(f"pattern: the kinks at the point take branches {_head(pattern)}, "
                               f"certificate states {_head(cert.pattern)}")
    second = jet.second_derivative()
    _check_stated(jet.c[0], cert.value, "value")
    _check_stated(jet.c[1], cert.slope, "slope")
    _check_stated(second, cert.second_derivative, "second_derivative")
    if sign(second) != -want:
        rel = "< 0" if want > 0 else "> 0"
        raise CertificateError(f"curvature: d2/dt2 f(p + t u) = {show(second)}, needs {rel} "
                               f"to refute {cert.refutes}ity")
    return f"not_{cert.refutes}"


def _head(values, k: int = 12) -> list:
    """The first k entries as plain Python values (numpy scalars unwrapped), for a message."""
    return [v.item() if type(v).__module__ == "numpy" else v for v in list(values)[:k]]


def _same_pattern(stated, found) -> bool:
    """Is the stated kink pattern (a list, or an integer array in memory) the one found (a list, or an int8 array
    from the fast path)? Arrays are compared as arrays; anything else element by element as Python values."""
    if type(found).__name__ == "ndarray":
        if type(stated).__name__ == "ndarray" and stated.dtype.kind in "iu":
            return stated.shape == found.shape and bool((stated == found).all())
        found = found.tolist()
    return list(stated) == found


#: The default wall-clock limit of ``verify``, in seconds.
TIMEOUT = 60.0


class _OutOfTime(BaseException):
    """Raised by the alarm inside a check; ``verify`` turns it into a ``CertificateError``. A BaseException, so
    that no ``except Exception`` on the way (SymPy has some) swallows it."""


@contextmanager
def _time_limit(seconds):
    """Interrupt the block with ``_OutOfTime`` after ``seconds`` of wall-clock time (SIGALRM, so only in the
    main thread; elsewhere, or with ``seconds=None``, no limit). An alarm the caller armed earlier (e.g. the
    analysis's own time limit) is respected: when it is due first it is left alone, else it is re-armed with
    its remaining time afterwards."""
    if seconds is None or threading.current_thread() is not threading.main_thread() or \
            not hasattr(signal, "SIGALRM"):
        yield
        return
    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    if outer and outer <= seconds:  # the caller's alarm comes first: it interrupts the check its own way
        yield
        return
    armed = [True]

    def handler(signum, frame):
        if armed[0]:
            raise _OutOfTime()

    start = time.monotonic()
    previous = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.25)  # and again every 1/4 s, should one alarm be lost
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - start), 1e-3))


def verify(certificate, *, timeout: float | None = TIMEOUT) -> str:
    """Re-check a certificate (object, JSON text or dict); return what it proves (one of ``STATEMENTS``)
    or raise ``CertificateError`` naming what is wrong. A check that takes more than ``timeout`` seconds
    (None: no limit; enforced in the main thread) is a rejection.

    >>> from symconvex.certificates import MidpointCertificate
    >>> xy = ["mul", ["var", "x"], ["var", "y"]]
    >>> cert = MidpointCertificate(variables=("x", "y"), function=xy, refutes="convex",
    ...     a=("1", "-1"), b=("-1", "1"), lam="1/2", values={"f(a)": "-1", "f(b)": "-1", "f(m)": "0"})
    >>> verify(cert)
    'not_convex'
    """
    if timeout is not None and not (isinstance(timeout, (int, float)) and math.isfinite(timeout) and timeout > 0):
        raise CertificateError(f"timeout: must be a positive number of seconds, found {clipped(timeout)}")
    try:
        with _time_limit(timeout):
            return _verify(certificate, 0)
    except _OutOfTime:
        raise CertificateError(f"the check exceeded its time limit of {timeout:g} s") from None
    except RecursionError:  # e.g. a rules derivation nested thousands of levels (trees are capped up front)
        raise CertificateError("the certificate is nested too deeply to check") from None


def report_minimum(certificate, *, timeout: float | None = TIMEOUT):
    """Re-check a ``minimum`` certificate (object, JSON text or dict) like ``verify`` and return the checker's
    ``check.minimum.MinimumReport``: the statement and the certified numbers (the enclosure of f on the box, of
    f(q), the Hessian bound), for display. ``CertificateError`` when it is rejected."""
    from .minimum import minimum_report

    cert = certificate if isinstance(certificate, Certificate) else from_json(certificate)
    if not isinstance(cert, MinimumCertificate):
        raise CertificateError(f"kind: a minimum certificate is needed, found {cert.kind!r}")
    if cert.parameters or cert.parameter_values:
        raise CertificateError("parameters: a minimum certificate has none")
    try:
        with _time_limit(timeout), interval_precision():
            return minimum_report(cert, subject_tree(cert), subject_names(cert), check_domain)
    except _OutOfTime:
        raise CertificateError(f"the check exceeded its time limit of {timeout:g} s") from None


def accepts(certificate) -> bool:
    """Whether ``verify`` accepts the certificate (None is not a certificate: False)."""
    if certificate is None:
        return False
    try:
        verify(certificate)
    except CertificateError:
        return False
    return True


def verify_domain(certificate, *, timeout: float | None = TIMEOUT) -> str:
    """Re-check a domain certificate (a dict or JSON text: the domain is a convex set, ``check/domains.py``);
    return "convex_set" or raise ``CertificateError``, under the same time limit as ``verify``."""
    from .domains import verify_domain as _verify_domain

    if timeout is not None and not (isinstance(timeout, (int, float)) and math.isfinite(timeout) and timeout > 0):
        raise CertificateError(f"timeout: must be a positive number of seconds, found {clipped(timeout)}")
    if isinstance(certificate, (str, bytes)):
        try:
            certificate = json.loads(certificate)
        except ValueError as exc:
            raise CertificateError(f"not JSON: {exc}") from None
    try:
        with _time_limit(timeout), interval_precision():
            return _verify_domain(certificate)
    except _OutOfTime:
        raise CertificateError(f"the check exceeded its time limit of {timeout:g} s") from None
    except RecursionError:
        raise CertificateError("the certificate is nested too deeply to check") from None


def _verify(certificate, _sum_depth: int) -> str:
    cert = certificate if isinstance(certificate, Certificate) else from_json(certificate)
    if cert.parameters and cert.kind not in ("rules", "hessian", "sum", "midpoint", "curvature"):
        raise CertificateError(f"parameters: a {cert.kind} certificate has none (rules, Hessian and sum proofs and "
                               "midpoint or curvature refutations may)")
    if cert.parameter_values and cert.kind not in ("midpoint", "curvature"):
        raise CertificateError(f"parameter_values: a {cert.kind} certificate holds for every parameter value and "
                               "states none")
    with interval_precision():
        if isinstance(cert, MidpointCertificate):
            return verify_midpoint(cert)
        if isinstance(cert, CurvatureCertificate):
            return verify_curvature(cert)
        from . import proofs

        if isinstance(cert, SaddleCertificate):
            from .landscape import verify_saddle

            tree = subject_tree(cert)
            return verify_saddle(cert, tree, subject_names(cert), check_domain)
        if isinstance(cert, (MinimumCertificate, MinimaCountCertificate)):
            from .minimum import verify_minima_count, verify_minimum

            tree = subject_tree(cert)
            run = verify_minimum if isinstance(cert, MinimumCertificate) else verify_minima_count
            return run(cert, tree, subject_names(cert), check_domain)
        if isinstance(cert, SumCertificate):
            from .sums import verify_sum

            if cert.network is not None:
                raise CertificateError("network: a sum certificate is about a function")
            return verify_sum(cert, subject_tree(cert), _verify, _sum_depth)
        if isinstance(cert, (IdentityCertificate, PiecesCertificate)):
            from .pieces import verify_identity, verify_pieces

            if cert.network is not None:
                raise CertificateError(f"network: an {cert.kind} certificate is about a function")
            check = verify_identity if isinstance(cert, IdentityCertificate) else verify_pieces
            return check(cert, subject_tree(cert), _verify, _sum_depth)
        if len(cert.variables) == 0 and cert.network is not None:
            raise CertificateError(f"variables: a {cert.kind} certificate lists its variables (implicit parameter "
                                   "names are for midpoint and curvature certificates)")
        return proofs.verify_proof(cert, subject_tree(cert))


__all__ = ["STATEMENTS", "TIMEOUT", "accepts", "report_minimum", "subject_names", "verify", "verify_domain"]
