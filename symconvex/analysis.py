r"""``analyze()``: the soundness gate between the search code and the answers symconvex gives.

The search code proposes certificates; ``analyze`` passes each to the independent checker
(``symconvex.check.verify``) and keeps only those it accepts. The verdict is then *derived* from what the
accepted certificates prove, and from nothing else:

==================================  =========================
accepted certificates prove         verdict
==================================  =========================
affine (or convex and concave)      ``affine``
convex                              ``convex``
concave                             ``concave``
not convex and not concave          ``neither``
not convex only                     ``not_convex``
not concave only                    ``not_concave``
nothing                             ``unknown``
==================================  =========================
"""

from __future__ import annotations

import enum
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

import sympy as sp

from .certificates import Certificate, exact
from .check import verify
from .domain import Domain, natural_domain
from .errors import CertificateError, InputError


class Verdict(str, enum.Enum):
    """The curvature answer (CLAIMS.md). ``UNKNOWN`` means no accepted certificate, never 'false'."""

    CONVEX = "convex"
    CONCAVE = "concave"
    AFFINE = "affine"
    NEITHER = "neither"
    NOT_CONVEX = "not_convex"
    NOT_CONCAVE = "not_concave"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


def verdict_from(statements: set[str]) -> Verdict:
    """The verdict the accepted statements support (see the module table; strictly convex counts as
    convex, strictly concave as concave)."""
    statements = {s.removeprefix("strictly_") for s in statements}
    if "affine" in statements or {"convex", "concave"} <= statements:
        return Verdict.AFFINE
    if "convex" in statements:
        return Verdict.CONVEX
    if "concave" in statements:
        return Verdict.CONCAVE
    if {"not_convex", "not_concave"} <= statements:
        return Verdict.NEITHER
    if "not_convex" in statements:
        return Verdict.NOT_CONVEX
    if "not_concave" in statements:
        return Verdict.NOT_CONCAVE
    return Verdict.UNKNOWN


@dataclass
class Analysis:
    """The answer for one function (or network) on one domain: a verdict and the accepted certificates.

    ``explanation`` says, for an unknown (or partial) answer, where the search got stuck and what to try.
    """

    function: object
    variables: tuple
    domain: Domain | None
    curvature: Verdict
    certificates: list[Certificate] = field(default_factory=list)
    explanation: str = ""
    network: object = None
    #: The certificates the gate accepted when the analysis was made (not re-checked by ``verified``).
    checked: tuple = field(default=(), repr=False, compare=False)

    @property
    def statements(self) -> set[str]:
        """What the certificates prove, e.g. {"strictly_convex", "not_concave"}."""
        return {c.statement for c in self.certificates}

    @property
    def verified(self) -> bool:
        """True when every certificate was accepted by the independent checker: by the gate when the analysis
        was made, or now, for a certificate added since."""
        return bool(self.certificates) and all(any(c is k for k in self.checked) or _accepts(c)
                                               for c in self.certificates)

    def _variable_names(self) -> list:
        """The variables' names; for a network above ``scale.COMPACT_ABOVE`` weights [] (its spec's parameter
        names, implicitly, as in its compact certificates: millions of names are not written out)."""
        from .scale import COMPACT_ABOVE

        if self.network is not None and len(self.variables) > COMPACT_ABOVE:
            return []
        return [getattr(v, "name", v) for v in self.variables]

    def to_dict(self) -> dict:
        return {
            "curvature": self.curvature.value,
            "function": None if self.function is None else sp.sstr(self.function),
            "variables": self._variable_names(),
            "domain": [sp.sstr(c) for c in self.domain.constraints] if self.domain else [],
            "certificates": [c.to_dict() for c in self.certificates],
            "verified": self.verified,
            "explanation": self.explanation,
        }

    def __str__(self) -> str:
        lines = [f"{self.curvature.value}"]
        for c in self.certificates:
            lines.append(f"  {c.summary()}")
            if c.note:
                lines.append(f"    ({c.note})")
        if self.explanation:
            lines.append(f"  {self.explanation}")
        return "\n".join(lines)

    def _repr_latex_(self) -> str:
        from .latex import analysis_summary

        return analysis_summary(self)


def _accepts(cert: Certificate) -> bool:
    try:
        verify(cert)
        return True
    except CertificateError:
        return False


def gate(candidates) -> tuple[list[Certificate], set[str]]:
    """Keep the candidates the checker accepts (one per statement), with the statements they prove."""
    kept, statements = [], set()
    for cert in candidates:
        if cert is None:
            continue
        try:
            statement = verify(cert)
        except CertificateError:
            continue
        if statement not in statements:
            kept.append(cert)
            statements.add(statement)
    return kept, statements


def conclude(run_search, timeout: float | None, **subject) -> Analysis:
    """Run ``run_search(found)`` (which appends candidate certificates to ``found`` and returns an explanation)
    under ``timeout``, pass the candidates through the gate, and derive the answer from what it accepts."""
    found: list[Certificate] = []
    explanation = ""
    try:
        with time_limit(timeout):
            explanation = run_search(found)
    except SearchTimeout:
        explanation = f"the search ran out of time after {timeout:g} s"
    kept, statements = gate(found)
    kept.sort(key=lambda c: c.kind not in ("rules", "hessian"))  # proofs first, then refutations
    verdict = verdict_from(statements)
    if verdict in (Verdict.CONVEX, Verdict.CONCAVE, Verdict.AFFINE, Verdict.NEITHER):
        explanation = ""
    elif not explanation:
        explanation = "no certificate was found"
    return Analysis(curvature=verdict, certificates=kept, explanation=explanation, checked=tuple(kept), **subject)


# ------------------------------------------------------------------------------------------- timeouts

class SearchTimeout(Exception):
    """Raised inside the search when its time budget is spent (never escapes ``analyze``)."""


@contextmanager
def time_limit(seconds: float | None):
    """Interrupt the block with ``SearchTimeout`` after ``seconds`` (SIGALRM in the main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def handler(signum, frame):
        raise SearchTimeout()

    previous = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ------------------------------------------------------------------------------------------ analyze

def prepare(f, variables=None, domain=None):
    """Normalize user input: an exact SymPy expression over real symbols, the variable tuple, the Domain.

    ``variables`` defaults to the free symbols sorted by name; ``domain`` is a list of SymPy inequalities
    (or None: the natural domain, which must be convex)."""
    if isinstance(f, str):
        raise InputError("analyze() takes a SymPy expression; parse LaTeX with symconvex.parse_latex first")
    try:
        f = exact(sp.sympify(f) if not isinstance(f, sp.Basic) else f)
    except (sp.SympifyError, TypeError) as exc:
        raise InputError(f"not an expression: {exc}") from None
    if not isinstance(f, sp.Expr):
        raise InputError(f"not a real-valued expression: {f}")
    free = sorted(f.free_symbols, key=lambda s: s.name)
    if variables is None:
        variables = free
    variables = [sp.Symbol(v) if isinstance(v, str) else v for v in variables]
    if not variables:
        variables = [sp.Symbol("x")]
    if len({v.name for v in variables}) != len(variables):
        raise InputError("variables must be distinct")
    extra = {s.name for s in free} - {v.name for v in variables}
    if extra:
        raise InputError(f"the function uses {', '.join(sorted(extra))}, which are not among its variables; "
                         "list them as variables or give them values")
    real = {v: sp.Symbol(v.name, real=True) for v in variables}
    implied = _assumed_constraints(variables, real)
    f = f.xreplace({s: real[v] for v in variables for s in f.free_symbols if s.name == v.name})
    variables = tuple(real[v] for v in variables)
    if domain is None:
        dom = Domain.build(variables, implied + natural_domain_constraints(f, variables, implied))
    else:
        dom = Domain.build(variables, implied + [_realify(c, variables) for c in _as_list(domain)])
    return f, variables, dom


def _assumed_constraints(variables, real) -> list:
    """Sign assumptions on the user's symbols (``Symbol('x', positive=True)``) as domain constraints."""
    out = []
    for v in variables:
        x = real[v]
        if v.is_positive:
            out.append(x > 0)
        elif v.is_nonnegative:
            out.append(x >= 0)
        elif v.is_negative:
            out.append(x < 0)
        elif v.is_nonpositive:
            out.append(x <= 0)
    return out


def natural_domain_constraints(f, variables, implied) -> list:
    """The natural domain's constraints of f given the sign assumptions ``implied`` (on their symbols)."""
    assumed = {c.lhs if c.lhs.is_Symbol else c.rhs: c for c in implied}
    signed = {x: sp.Symbol(x.name, positive=True) if isinstance(c, sp.StrictGreaterThan) else
              sp.Symbol(x.name, nonnegative=True) if isinstance(c, sp.GreaterThan) else
              sp.Symbol(x.name, negative=True) if isinstance(c, sp.StrictLessThan) else
              sp.Symbol(x.name, nonpositive=True) for x, c in assumed.items()}
    back = {s: x for x, s in signed.items()}
    dom = natural_domain(f.xreplace(signed), tuple(signed.get(v, v) for v in variables))
    return [c.xreplace(back) for c in dom.constraints]


def _as_list(domain):
    return list(domain) if isinstance(domain, (list, tuple, set)) else [domain]


def _realify(c, variables):
    if isinstance(c, bool) or c in (sp.true, sp.false):
        return c
    by_name = {v.name: v for v in variables}
    return c.xreplace({s: by_name[s.name] for s in c.free_symbols if s.name in by_name})


def analyze(f, variables=None, domain=None, *, timeout: float | None = None) -> Analysis:
    """Decide the curvature of ``f`` over ``variables`` on ``domain`` with checked certificates.

    ``f`` is a SymPy expression (or a ``symconvex.Network``: its loss over its weights). The answer's
    ``curvature`` is backed by ``certificates``, each accepted by the independent checker; with none it is
    ``unknown``. ``timeout`` (seconds) turns a long search into what has been found so far.

    >>> from sympy.abc import x, y
    >>> analyze(x * y).curvature
    <Verdict.NEITHER: 'neither'>
    """
    if hasattr(f, "spec") and hasattr(f, "params"):
        from .network import analyze_network

        return analyze_network(f, timeout=timeout)
    f, variables, dom = prepare(f, variables, domain)
    from . import search

    if dom:
        dom.require_convex(lambda g: search.curvature_of(g, variables))
    deadline = time.monotonic() + timeout if timeout else None
    return conclude(lambda found: search.search(f, variables, dom, found, deadline=deadline), timeout,
                    function=f, variables=variables, domain=dom)
