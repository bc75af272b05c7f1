r"""``analyze()``: the soundness gate between the search code and the answers symconvex gives.

The search code proposes certificates; the gate (``gate``) keeps a certificate only when

1. its subject is *exactly* the subject analysed: the same function tree (or network spec), the same variables
   in the same order, the same domain constraints (``about_subject``); a valid certificate about another
   function, variable order, domain, network or data set answers nothing here; and
2. the independent checker (``symconvex.check.verify``) accepts it, which also recomputes the subject digest.

What the kept certificates prove are the *direct facts*; ``symconvex.facts.derive`` closes them under its
table of implications (each row a stated theorem), and the answer is that set of facts, each with the
certificates behind it. The one-word ``curvature`` is only a summary of the facts (``facts.summary``):

==================================  =========================
facts                               curvature (summary)
==================================  =========================
affine                              ``affine``
convex (maybe strictly)             ``convex``
concave (maybe strictly)            ``concave``
not convex and not concave          ``neither``
not convex only                     ``not_convex``
not concave only                    ``not_concave``
nothing                             ``unknown``
==================================  =========================

Claims are decided from the facts, never from the summary ("ln(3x) is convex" is refuted by not_convex
although the summary says concave).
"""

from __future__ import annotations

import enum
import json
import time
from dataclasses import dataclass, field

import sympy as sp

from .certificates import Certificate, exact, to_tree
from .check import verify, verify_domain
from .domain import Domain, natural_domain
from .errors import CertificateError, DomainError, InputError
from .facts import ContradictoryFacts, derive, negation, summary
from .limits import SearchTimeout, coerce_timeout, search_deadline, seconds_text, time_limit


def accepts(certificate) -> bool:
    """Whether the checker accepts the certificate (``check.verify``; None is not a certificate: False)."""
    if certificate is None:
        return False
    try:
        verify(certificate)
    except CertificateError:
        return False
    return True


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


def verdict_from(statements) -> Verdict:
    """The one-word summary (``symconvex.facts.summary``) of what a set of proven statements implies, on a
    domain with two distinct points."""
    return Verdict(summary(derive({s: [] for s in statements})))


@dataclass
class Analysis:
    """The answer for one function (or network) on one domain: the proven facts and the accepted certificates.

    ``facts`` maps each proven fact (``symconvex.facts.FACTS``) to the indices in ``certificates`` of the
    certificates that prove it, directly or through ``facts.IMPLICATIONS``; ``curvature`` is their one-word
    summary. ``explanation`` says, for an unknown (or partial) answer, where the search got stuck and what to
    try.
    """

    function: object
    variables: tuple
    domain: Domain | None
    curvature: Verdict
    certificates: list[Certificate] = field(default_factory=list)
    explanation: str = ""
    network: object = None
    facts: dict = field(default_factory=dict)
    #: The certificates the gate accepted when the analysis was made (not re-checked by ``verified``).
    checked: tuple = field(default=(), repr=False, compare=False)
    #: Symbols that are neither variables nor numbers: every fact holds for every parameter value the domain
    #: allows ("convex": for all of them; "not_convex": not for all of them, one allowed value is exhibited).
    parameters: tuple = ()
    #: A checked proof that the domain is convex when its constraints are convex only jointly
    #: (``check/domains.py``), else None (each constraint alone was shown convex).
    domain_certificate: dict | None = None

    @property
    def statements(self) -> set[str]:
        """What the certificates prove directly, e.g. {"strictly_convex", "not_concave"}."""
        return {c.statement for c in self.certificates}

    def _is(self, fact: str) -> bool | None:
        return True if fact in self.facts else False if negation(fact) in self.facts else None

    @property
    def is_convex(self) -> bool | None:
        """True (proved convex), False (proved not convex) or None (not decided)."""
        return self._is("convex")

    @property
    def is_concave(self) -> bool | None:
        """True / False / None, as ``is_convex``."""
        return self._is("concave")

    @property
    def is_affine(self) -> bool | None:
        """True / False / None, as ``is_convex``."""
        return self._is("affine")

    @property
    def is_strictly_convex(self) -> bool | None:
        """True / False / None, as ``is_convex``."""
        return self._is("strictly_convex")

    @property
    def is_strictly_concave(self) -> bool | None:
        """True / False / None, as ``is_convex``."""
        return self._is("strictly_concave")

    @property
    def verified(self) -> bool:
        """True when every certificate was accepted by the independent checker: by the gate when the analysis
        was made, or now, for a certificate added since."""
        return bool(self.certificates) and all(any(c is k for k in self.checked) or accepts(c)
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
            "facts": {k: list(v) for k, v in self.facts.items()},
            "function": None if self.function is None else sp.sstr(self.function),
            "variables": self._variable_names(),
            **({"parameters": [p.name for p in self.parameters]} if self.parameters else {}),
            "domain": [sp.sstr(c) for c in self.domain.constraints] if self.domain else [],
            "certificates": [c.to_dict() for c in self.certificates],
            "verified": self.verified,
            "explanation": self.explanation,
            **({"domain_certificate": self.domain_certificate} if self.domain_certificate else {}),
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict`` as JSON text (the ``--json`` contract)."""
        return json.dumps(self.to_dict(), sort_keys=True, indent=indent)

    def facts_line(self) -> str:
        """The proven facts in words, strongest first: "proved: concave, not convex, ..."."""
        return ("proved: " + ", ".join(f.replace("loglog_", "log-log ").replace("_", " ") for f in self.facts)
                if self.facts else "proved: nothing")

    def subject_line(self) -> str:
        """What was analysed, as the answer's second line: ``f(x, y) = x·y on y > 0`` (a formula read otherwise than
        meant, a product of letters or a dropped term, shows at once); "" for a network (its own line says it)."""
        from .pretty import pretty  # display only

        if self.network is not None or not isinstance(self.function, sp.Basic):
            return ""
        line = f"f({', '.join(pretty(v) for v in self.variables)}) = {pretty(self.function)}"
        if self.parameters:
            line += " for every " + ", ".join(pretty(p) for p in self.parameters)
        constraints = self.domain.constraints if self.domain is not None else []
        return line + ((" on " + ", ".join(pretty(c) for c in constraints)) if constraints else "")

    def __str__(self) -> str:
        lines = [f"{self.curvature.value}"]
        if self.subject_line():
            lines.append(f"  {self.subject_line()}")
        if self.facts:
            lines.append(f"  {self.facts_line()}")
        for c in self.certificates:
            lines.append(f"  {c.summary()}")
            if c.note:
                lines.append(f"    ({c.note})")
        if self.explanation:
            lines.append(f"  {self.explanation}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Subject:
    """What an analysis is about, in the certificates' own terms: variable names, the function tree (or the
    network spec), the domain constraint trees."""

    variables: tuple
    function: list | None = None
    network: dict | None = None
    domain: tuple = ()
    parameters: tuple = ()
    #: The names that are vectors of every dimension (``check.datavectors``); empty: every name is a number.
    vectors: tuple = ()

    @classmethod
    def of(cls, function=None, variables=(), domain=None, network=None, parameters=()) -> "Subject":
        names = tuple(getattr(v, "name", v) for v in variables)
        if network is not None:
            return cls(variables=names, network=network.spec)
        return cls(variables=names, function=to_tree(function), domain=domain.to_trees() if domain else (),
                   parameters=tuple(getattr(p, "name", p) for p in parameters))


def about_subject(cert: Certificate, subject: Subject | None) -> bool:
    """Is the certificate about exactly ``subject``? A network certificate's variables are its spec's parameter
    names, explicitly or implicitly (``check.subject_tree`` refuses any other list), so for a network the spec
    and the (empty) domain are compared. ``subject`` None accepts any subject (for callers that check it
    themselves)."""
    if subject is None:
        return True
    if subject.network is not None:  # the variables are the spec's parameters (the checker enforces it)
        return (cert.function is None and (cert.network is subject.network or cert.network == subject.network)
                and tuple(cert.domain) == ())
    return (cert.network is None and cert.function == subject.function
            and tuple(cert.variables) == subject.variables and tuple(cert.parameters) == subject.parameters
            and tuple(getattr(cert, "vectors", ())) == tuple(subject.vectors)
            and [list(c) for c in cert.domain] == [list(c) for c in subject.domain])


def checked(cert, *, timeout: float | None = None) -> str | None:
    """The statement ``check.verify`` returns for the certificate, or None when it rejects it (or runs out of
    ``timeout`` seconds)."""
    try:
        return verify(cert) if timeout is None else verify(cert, timeout=timeout)
    except CertificateError:
        return None


def _recording(verified: dict):
    """A check for the search to steer by (``search._accepted``): whether the checker accepts a proposal, its
    statement recorded in ``verified`` so that ``gate`` reuses it and nothing is verified twice."""
    def accepts(cert) -> bool:
        statement = checked(cert)
        if statement is not None:
            verified[id(cert)] = (cert, statement)
        return statement is not None
    return accepts


def gate(candidates, subject: Subject | None = None, *, deadline: float | None = None,
         verified: dict | None = None) -> tuple[list[Certificate], set[str]]:
    """Keep the candidates about ``subject`` that the checker accepts (one per statement), with the statements
    they prove; the checks share the time until ``deadline`` (``time.monotonic()``): a check that runs out of it,
    or a candidate left when it has passed, is a rejection.

    ``verified`` maps ``id(cert)`` to ``(cert, statement)`` for certificates this analysis has already passed
    through ``checked`` (a finder that verified a candidate to steer its search): the statement is reused for
    that very object (the identity is compared, and certificates are frozen), so nothing is verified twice."""
    kept, statements = [], set()
    for cert in candidates:
        if cert is None or not about_subject(cert, subject):
            continue
        known = (verified or {}).get(id(cert))
        if known is not None and known[0] is cert:
            statement = known[1]
        else:
            left = None if deadline is None else deadline - time.monotonic()
            statement = None if left is not None and left <= 0 else checked(cert, timeout=left)
        if statement is None:
            continue
        if statement not in statements:
            kept.append(cert)
            statements.add(statement)
    return kept, statements


def has_two_points(domain: Domain | None, certificates=()) -> bool:
    """Does the domain hold two distinct points? True for ℝⁿ; for an accepted midpoint certificate (its a ≠ b
    lie in the domain) or curvature certificate (its p is interior); else by ``Domain.contains`` (exact, or
    rigorous signs) at two rational points near an interior point."""
    if not domain or any(c.kind in ("midpoint", "curvature") for c in certificates):
        return True
    p = domain.interior_point()
    if p is None:
        return False
    near = [(p[0] + delta, *p[1:]) for delta in (0, sp.Rational(1, 1000), sp.Rational(-1, 1000),
                                                 sp.Rational(1, 10 ** 6))]
    return sum(domain.contains(q) for q in near) >= 2


def conclude(run_search, timeout: float | None, *, verified: dict | None = None, **subject) -> Analysis:
    """Run ``run_search(found)`` (which appends candidate certificates to ``found`` and returns an explanation)
    under ``timeout``, pass the candidates through the gate (bound to ``subject``: function, variables, domain,
    network; ``verified``: see ``gate``), and derive the facts and the summary from what it accepts.

    The whole of it ends within ``timeout`` seconds (``limits``): the search has ``SEARCH_SHARE`` of it, the
    checks the rest."""
    found: list[Certificate] = []
    explanation = ""
    start = time.monotonic()
    search_end = search_deadline(timeout, start)
    try:
        with time_limit(search_end - start if search_end else None):
            explanation = run_search(found)
    except SearchTimeout:
        explanation = f"the search ran out of time after {seconds_text(timeout)} s"
    bound = Subject.of(subject.get("function"), subject.get("variables", ()), subject.get("domain"),
                       subject.get("network"), subject.get("parameters", ()))
    kept, _ = gate(found, bound, deadline=start + timeout if timeout else None, verified=verified)
    kept.sort(key=lambda c: c.kind not in PROOF_KINDS)  # proofs first, then refutations
    direct: dict[str, list[int]] = {}
    for k, cert in enumerate(kept):
        direct.setdefault(cert.statement, []).append(k)
    two_points = subject.pop("two_points", None)
    try:
        facts = derive(direct, has_two_points(subject.get("domain"), kept) if two_points is None else two_points)
    except ContradictoryFacts as exc:  # never answer from certificates that contradict each other
        facts, explanation = {}, f"internal contradiction, nothing is answered: {exc}"
    verdict = verdict_from(facts)
    if verdict in (Verdict.CONVEX, Verdict.CONCAVE, Verdict.AFFINE, Verdict.NEITHER) and facts:
        explanation = ""
    elif not explanation:
        explanation = "no certificate was found"
    return Analysis(curvature=verdict, certificates=kept, explanation=explanation, checked=tuple(kept),
                    facts=facts, **subject)


#: Certificate kinds that prove (rather than refute) a property.
PROOF_KINDS = ("rules", "hessian", "sum", "identity", "pieces", "datavector")


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
        one = len(extra) == 1
        raise InputError(f"the function uses {', '.join(sorted(extra))}, which {'is' if one else 'are'} not among its "
                         f"variables; list {'it' if one else 'them'} as {'a variable' if one else 'variables'} or "
                         f"give {'it a value' if one else 'them values'}")
    real = {v: sp.Symbol(v.name, real=True) for v in variables}
    implied = _assumed_constraints(variables, real)
    f = f.xreplace({s: real[v] for v in variables for s in f.free_symbols if s.name == v.name})
    variables = tuple(real[v] for v in variables)
    if domain is None:
        dom = Domain.build(variables, implied + natural_domain_constraints(f, variables, implied))
    else:
        dom = Domain.build(variables, implied + [_realify(c, variables) for c in _as_list(domain)])
    for v, (lo, lo_strict, hi, hi_strict) in (dom.bounds().items() if dom else ()):
        if lo is not None and hi is not None and (lo > hi or (lo == hi and (lo_strict or hi_strict))):
            raise DomainError(f"the domain is empty: {v} would need {lo} {'<' if lo_strict else '<='} {v} "
                              f"{'<' if hi_strict else '<='} {hi}")
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


def analyze(f, variables=None, domain=None, *, parameters=None, timeout: float | None = None) -> Analysis:
    """Decide the curvature of ``f`` over ``variables`` on ``domain`` with checked certificates.

    ``f`` is a SymPy expression (or a ``symconvex.Network``: its loss over its weights). The answer's
    ``curvature`` is backed by ``certificates``, each accepted by the independent checker; with none it is
    ``unknown``. ``timeout`` (seconds) turns a long search into what has been found so far. With
    ``parameters`` (symbols that are not variables) use ``symconvex.analyze``, which hands them to
    ``symconvex.parametric`` (above this layer).

    >>> from sympy.abc import x, y
    >>> analyze(x * y).curvature
    <Verdict.NEITHER: 'neither'>
    """
    timeout = coerce_timeout(timeout)
    if hasattr(f, "spec") and hasattr(f, "params"):
        return analyze_network(f, timeout=timeout)
    if parameters:
        raise InputError("parameters: use symconvex.analyze (or symconvex.parametric.analyze_parametric)")
    f, variables, dom = prepare(f, variables, domain)
    from . import search

    domain_certificate = require_convex_domain(dom, variables) if dom else None
    deadline = search_deadline(timeout, time.monotonic())
    verified: dict = {}  # the Hessian candidates the finder checked to choose among them: the gate reuses them
    result = conclude(lambda found: search.search(f, variables, dom, found, deadline=deadline, verified=verified,
                                                  accepts=_recording(verified)),
                      timeout, verified=verified, function=f, variables=variables, domain=dom)
    result.domain_certificate = domain_certificate
    return result


def require_convex_domain(dom: Domain, variables) -> dict | None:
    """Raise ``DomainError`` unless the domain is shown convex from checked facts only: each constraint alone
    (affine, or a superlevel set of a function a checked rules certificate proves concave), or else jointly by
    a domain certificate (``convexsets``) that the checker accepts (``check.verify_domain``), which is
    returned. A domain shown neither way keeps its one-line error (with two points whose midpoint leaves it,
    when they are found)."""
    found: list = []

    def jointly() -> bool:
        from .convexsets import prove_convex_domain

        try:
            cert = prove_convex_domain(dom)
        except (InputError, ValueError, TypeError):
            return False
        if cert is None or cert.get("domain") != [list(c) for c in dom.to_trees()]:
            return False
        try:
            verify_domain(cert)
        except CertificateError:
            return False
        found.append(cert)
        return True

    dom.require_convex(lambda g: checked_curvature(g, variables), jointly)
    return found[0] if found else None


def checked_curvature(g, variables) -> str | None:
    """The curvature of a constraint function g ("convex", "concave", "affine") from a rules certificate that
    the checker accepts, or None: a domain is judged convex only from checked facts (a superlevel set
    {g >= 0} of a concave g is convex)."""
    from . import rules

    try:
        cert = rules.prove_by_rules(g, variables, None)
    except Exception:  # noqa: BLE001 - a prover that cannot read g proves nothing
        return None
    if cert is None or not about_subject(cert, Subject.of(g, variables)):
        return None
    try:
        return verify(cert)
    except CertificateError:
        return None


def analyze_network(net, *, timeout: float | None = None, base_point: str = "blind") -> Analysis:
    """Decide the curvature of ``net``'s loss over its weights; every certificate names ``net.spec`` and is
    accepted by the independent checker (``gate``), else the verdict is unknown. ``base_point``: where the
    constructed certificates of a large net sit (``scale.certify_large``'s ``base``)."""
    from . import netsearch
    from .network import SYMBOLIC_LIMIT

    timeout = coerce_timeout(timeout)
    deadline = search_deadline(timeout, time.monotonic())
    # The weight symbols, except for very large nets, where making millions of SymPy symbols would cost more
    # than the whole exact analysis: there the variables are the parameter names.
    variables = net.params if len(net.names) <= SYMBOLIC_LIMIT else net.names
    verified: dict = {}  # the candidates netsearch checked to steer: the gate reuses their statements
    return conclude(lambda found: netsearch.search(net, found, deadline=deadline, base_point=base_point,
                                                   verified=verified), timeout, verified=verified,
                    function=None, variables=variables, domain=None, network=net)
