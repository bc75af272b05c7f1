r"""The independent checker: ``verify(certificate)`` re-checks a certificate from its JSON alone (kernel; trusted).

It reads the JSON itself (``check.reader``), never trusts the finders' objects, never evaluates text (expressions are
whitelisted trees evaluated by ``check.evaluate``: exact rationals, or ``mpmath.iv`` intervals that must exclude 0).
What an accepted certificate proves is in its kind's module, imported for that kind only (by ``check.pointwise``,
``check.kinds``; ``verify_domain``: ``check.domains``); a network subject is read by ``check.netsubject``. Parameters
are names that are neither variables nor numbers. Every rejection raises ``CertificateError`` with one line naming the
field, found vs expected. A check has a wall-clock limit.
"""

from __future__ import annotations

import math
import signal
import threading
import time
from contextlib import contextmanager

from ..errors import CertificateError
from .evaluate import value_at
from .numbers import interval_precision, show, sign, sub
from .reader import loads, read
from .trees import check_tree, clipped, subject_digest, tree_variables

#: The default wall-clock limit of ``verify``, in seconds.
TIMEOUT = 60.0


def subject_names(cert) -> list[str]:
    """The variable names: ``variables``, or a network spec's parameters when they are left empty (implicit)."""
    if cert.network is not None and len(cert.variables) == 0:
        from .network import parameter_names

        return list(parameter_names(cert.network))
    return list(cert.variables)


def subject_tree(cert, *, fast: bool = False):
    """The expression tree the certificate is about: its function, or the loss the checker builds itself from its
    network spec (``check.netsubject``; with ``fast``, a ``FastNet`` when the spec qualifies). Checks
    that the variables are distinct and cover it, and that the digest binds exactly this subject."""
    if (cert.function is None) == (cert.network is None):
        raise CertificateError("subject: exactly one of function and network must be given")
    names, params = list(cert.variables), cert.parameters
    if len(set(params)) != len(params) or set(params) & set(names):
        raise CertificateError(f"parameters: must be distinct names that are not variables, found {params!r}")
    if (cert.network is None or names) and (len(set(names)) != len(names) or not names):
        raise CertificateError(f"variables: must be distinct and nonempty, found {names}")
    if cert.network is None:
        tree = cert.function
        check_tree(tree, "function")  # the reader has (type "tree?"); the writers' objects (latex, web) not
    else:
        from .netsubject import network_subject

        tree = network_subject(cert, fast)
    domain = cert.domain if cert.kind != "restriction" else (  # a slice of an affine set: its equalities too
        *cert.domain, *(["eq", *pair] for pair in cert.equalities if isinstance(pair, list)))
    digest = subject_digest(cert.variables, cert.function, cert.network, domain, params)
    if cert.digest != digest:
        raise CertificateError(f"digest: the subject (variables, function or network, domain) hashes to "
                               f"{digest[:19]}..., certificate states {str(cert.digest)[:19]}...")
    missing = tree_variables(tree) - set(names) - set(params) if cert.network is None else ()
    if missing:
        raise CertificateError(f"function: uses variables {sorted(missing)} that are not declared")
    return tree


def check_domain(cert, point, where: str, *, strict: bool) -> None:
    """Every domain constraint holds at ``point``, decided rigorously. With ``strict``, ``point`` is *interior* (a
    ball around it lies in the domain): each constraint lhs - rhs > 0 (< 0) holds strictly with both sides defined and
    continuous near the point (``value_at(..., interior=True)``), so it keeps its sign on a ball (strictness alone
    does not suffice: sqrt(x) + sqrt(-x) + 1 > 0 holds strictly on {0}). A constraint on the parameters alone fixes
    them (it holds for every x): interior is asked of constraints on the variables only."""
    names = subject_names(cert) + list(cert.parameters) if cert.domain else []
    for k, (rel, lhs, rhs) in enumerate(cert.domain):
        strict_here = strict and not (cert.parameters and not (tree_variables(lhs) | tree_variables(rhs))
                                      - set(cert.parameters))
        try:
            gap = sub(value_at(lhs, names, point, interior=strict_here),
                      value_at(rhs, names, point, interior=strict_here))
        except CertificateError as exc:
            if not strict_here:
                raise
            raise CertificateError(f"domain[{k}]: the {where} is not shown interior ({exc})") from None
        s = sign(gap) if rel in ("gt", "ge") else sign(-gap)
        if not (s == 1 or (s == 0 and rel in ("ge", "le") and not strict_here)):
            raise CertificateError(f"domain[{k}]: the {where} does not {'strictly ' if strict_here else ''}satisfy "
                                   f"{rel} (lhs - rhs = {show(gap)})")


#: Kinds checked at points (``check.pointwise``), kinds that may have parameters, refutations that state their values.
_POINTWISE = ("midpoint", "curvature", "quasimidpoint", "saddle", "minimum", "minima_count")
_PARAMETERS = ("midpoint", "curvature", "rules", "hessian", "sum", "datavector", "matrix")
_VALUES = ("midpoint", "curvature")


def _verify(cert, depth: int = 0, kind: str | None = None, fast: bool = True):
    """Check a certificate record (read by ``check.reader``; a part of another at nesting ``depth``) by
    ``check.pointwise`` or ``check.kinds``: the fact it proves; with ``kind``, a record of that kind and all its check
    returns (of a minimum certificate, its ``check.minimum.MinimumReport``: ``report_minimum``); ``fast``: a network
    refutation by the exact integer pass where it takes the spec. Parameter values are stated by refutations only."""
    if kind and cert.kind != kind:
        raise CertificateError(f"kind: a {kind} certificate is needed, found {cert.kind!r}")
    if cert.parameters and cert.kind not in _PARAMETERS:
        raise CertificateError(f"parameters: a {cert.kind} certificate has none (rules, Hessian and sum proofs and "
                               "midpoint or curvature refutations may)")
    expected = len(cert.parameters) if cert.kind in _VALUES else 0  # a proof holds for every parameter value
    if len(cert.parameter_values) != expected:
        raise CertificateError(f"parameter_values: a {cert.kind} certificate states {expected or 'none'} (one value "
                               f"per parameter of a refutation), found {clipped(list(cert.parameter_values))}")
    if cert.kind in _POINTWISE:  # each dispatch module imported for its kinds only
        from .pointwise import verify_pointwise

        found = verify_pointwise(cert, fast, subject_tree, subject_names, check_domain)
    else:
        from .kinds import verify_kind

        found = verify_kind(cert, depth, lambda: subject_tree(cert), _verify)
    return found if kind else getattr(found, "statement", found)


class _OutOfTime(BaseException):
    """Raised by the alarm in a check: a BaseException, so that no ``except Exception`` (SymPy has some) swallows it."""


@contextmanager
def _time_limit(seconds):
    """Interrupt the block with ``_OutOfTime`` after ``seconds`` of wall-clock time (SIGALRM: in the main thread
    only; None: no limit). An alarm the caller armed earlier (e.g. the analysis's time limit) is left alone when it
    is due first, else re-armed with its remaining time afterwards."""
    main = threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGALRM")
    outer = signal.getitimer(signal.ITIMER_REAL)[0] if main and seconds is not None else 0
    if seconds is None or not main or outer and outer <= seconds:  # the caller's alarm first: it interrupts its way
        yield
        return
    armed = [True]

    def handler(signum, frame):
        if armed[0]:
            raise _OutOfTime()

    start = time.monotonic()
    previous = signal.signal(signal.SIGALRM, handler)
    try:  # armed inside: an alarm due at once still meets the finally that disarms it
        signal.setitimer(signal.ITIMER_REAL, seconds, 0.25)  # and again every 1/4 s, should one alarm be lost
        yield
    finally:
        while True:  # an alarm during the cleanup, before ``armed`` is cleared, is late: repeat until it completes
            try:
                armed[0] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                break
            except _OutOfTime:
                continue
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - start), 1e-3))


def _limited(timeout, run):
    """``run()`` under the wall-clock limit, at the checker's interval precision: running out of time, nesting too
    deep, or an error of a library the check calls (SymPy on a crafted tree) is a rejection, never an acceptance."""
    if timeout is not None and not (isinstance(timeout, (int, float)) and math.isfinite(timeout) and timeout > 0):
        raise CertificateError(f"timeout: must be a positive number of seconds, found {clipped(timeout)}")
    try:
        with _time_limit(timeout), interval_precision():
            return run()
    except _OutOfTime:
        raise CertificateError(f"the check exceeded its time limit of {timeout:g} s") from None
    except RecursionError:  # e.g. a rules derivation nested thousands of levels (trees are capped up front)
        raise CertificateError("the certificate is nested too deeply to check") from None
    except (ArithmeticError, ValueError, TypeError, LookupError, AttributeError, AssertionError) as exc:
        raise CertificateError(f"the checker could not check it ({type(exc).__name__}: {clipped(str(exc))})") from None


def verify(certificate, *, timeout: float | None = TIMEOUT, loss_tree: bool = False) -> str:
    """Re-check a certificate (JSON text, a dict, or an object with ``to_json()``); return what it proves (a fact
    such as ``not_convex``, ``strict_saddle``, ``strict_local_minima``) or raise ``CertificateError`` naming what is
    wrong. A check that takes more than ``timeout`` seconds (None: no limit; enforced in the main thread) is a
    rejection. With ``loss_tree``, a refutation about a network spec is checked on the loss tree even where the exact
    integer pass (``check.fastnet``) would take it: the same verdict, slower, for a reader who trusts the tree alone.

    >>> from symconvex.certificates import MidpointCertificate
    >>> xy = ["mul", ["var", "x"], ["var", "y"]]
    >>> cert = MidpointCertificate(variables=("x", "y"), function=xy, refutes="convex",
    ...     a=("1", "-1"), b=("-1", "1"), lam="1/2", values={"f(a)": "-1", "f(b)": "-1", "f(m)": "0"})
    >>> verify(cert)
    'not_convex'
    """
    return _limited(timeout, lambda: _verify(read(certificate), fast=not loss_tree))


def report_minimum(certificate, *, timeout: float | None = TIMEOUT):
    """Re-check a ``minimum`` certificate like ``verify``; return the checker's ``check.minimum.MinimumReport`` (the
    statement and the certified numbers, for display). ``CertificateError`` when it is rejected."""
    return _limited(timeout, lambda: _verify(read(certificate), kind="minimum"))


def verify_domain(certificate, *, timeout: float | None = TIMEOUT) -> str:
    """Re-check a domain certificate (a dict or JSON text: the domain is a convex set, ``check.domains``); return
    "convex_set" or raise ``CertificateError``, under the same time limit as ``verify``."""
    from .domains import verify_domain as check

    return _limited(timeout, lambda: check(loads(certificate) if isinstance(certificate, (str, bytes))
                                           else certificate))


__all__ = ["TIMEOUT", "report_minimum", "subject_names", "verify", "verify_domain"]
