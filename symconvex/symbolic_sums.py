r"""Claims about sums with a symbolic number of terms (text layer): ``\frac{1}{n}\sum_{i=1}^{n} (y_i - w x_i)^2``.

A claim "F_n is P" whose function has a sum with ``n`` terms (``\sum_{i=1}^{n}``, ``\sum_{j=1}^{m}``, ``\sum_i``,
``\sum_{i=0}^{n-1}``) is read as a claim about every member of a family: every count n >= 1 and every value of the
*data* (the letters subscripted by the index that are not variables: x_i, y_i in "convex in w"). Variables
subscripted by the index (``\sum_{i=1}^{n} x_i \log x_i``) are the coordinates of a vector of length n.

The function is read once with each such sum standing for ``S * t(first index)``, S a marker symbol
(``sum_reading``: the reading, the split and the weights' signs), and when it is *affine in the markers*,
F_n = g + sum_j c_j(n) sum_i t_j(v, u_i; d_i) with g free of n, each weight c_j a rational function of n, then
(Boyd & Vandenberghe, 3.2.1: nonnegative weighted sums preserve convexity; a function of (v, u_i) is a function of
the whole vector composed with a linear projection):

- **P for every member** (P = convex, concave, affine) when every c_j(n) has one sign for every integer n >= 1
  (numerator and denominator polynomials in n with coefficients of one sign; the sign is taken into the term),
  every signed term is P in its variables for every value of its data (a checked certificate about the term with
  the data as parameters, ``RulesCertificate.parameters``), and g is P. *Strictly* convex (concave) for every
  member when, besides, either every variable is shared (not subscripted by the index) and g is strictly so in all
  of them, or there is no g and no shared variable, no term uses a neighbour (x_{i+1}), and each term is strictly so
  in its own variables, which together are all of them (a sum of strictly convex functions of disjoint blocks).
- **not P for some member** by one *instance*: n = 1 (then 2) with the sums expanded, the data as parameters; a
  checked refutation of the instance (a midpoint, curvature or flat-segment certificate at stated data values)
  refutes "F_n is P for every n and every data". The answer names the instance and its data values.
- **"F_n is not P"** (for every n) holds for a separable sum (no data, shared variables, parameters, rest or
  neighbours; a domain condition per coordinate; weights with one common ratio w_j(n)/w_j(1)) whose instance n = 1
  is proved not P: fixing every coordinate but the first block, F_n is that ratio times the instance plus a constant.
  For a sum over data, "not P" is only ever refuted (by the proof for every member): it depends on the data.

When the function is one n-ary atom of the terms, log(c(n) sum_i e^{a_i}) or sqrt(c(n) sum_i a_i^2) with c(n) > 0,
it is convex for every n when a is convex (log-sum-exp, increasing in each argument) or affine (the Euclidean norm)
for every value of its data (``N_ARY_ATOMS``). Any other sum the marker reading cannot split (``\sqrt{\sum x_i^4}``,
a weight that is not of one sign) is answered only by an instance's refutation, else undecided with a note. A
claim with several readings (conventional parameter letters) is answered only when they agree. A sum whose bounds
or terms cannot be read this way keeps a one-line error (give n a value). Every certificate is about exactly the
term, the remainder g, the argument or the instance it names, and the gate (``analysis``) kept it only when the
independent checker accepted it.
"""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass, field

import sympy as sp

from .errors import ClaimError
from .facts import ANSWER_WORDS
from .limits import SearchTimeout, time_limit
from .sum_reading import (Family, family, looks_like_symbolic_sum, name_at, prepare_text, read_claim, rename_map,
                          same_names, weight_sign)

#: Sizes of an instance tried for a refutation, smallest first.
INSTANCE_SIZES = (1, 2)


# ------------------------------------------------------------------------------------------- answers

@dataclass
class Part:
    """One checked piece of the answer: its role ("term 1", "the rest g", "instance n = 1"), what it says, and
    the claim result about exactly that subject."""

    role: str
    words: str
    result: object


class AnswerOfParts:
    """An answer that rests on several analyses, one per part: no one analysis, no facts of one subject."""

    @property
    def facts(self) -> dict:
        return {}

    @property
    def analysis(self):
        """None: the answer rests on one analysis per part (``parts``)."""
        return None


@dataclass
class SumResult(AnswerOfParts):
    """The answer to a claim about a sum with a symbolic number of terms: ``holds`` with the ``parts`` whose
    certificates the checker accepted, and the meta-argument in ``reason``."""

    claim: object
    holds: bool | None
    reason: str
    parts: list = field(default_factory=list)
    seconds: float = 0.0
    text: str = ""
    #: Facts proved for every member (every n and data), and negative facts proved for some member (an instance).
    every: tuple = ()
    some: tuple = ()
    #: What "every member" ranges over, as the answer says it.
    scope: str = "for every number of terms"

    @property
    def certificates(self) -> list:
        return [c for p in self.parts for c in p.result.certificates]

    @property
    def verified(self) -> bool:
        """True when the independent checker accepted every certificate of every part (``Analysis.verified``: the
        gate's acceptance, and the checker again for a certificate added since)."""
        return bool(self.certificates) and all(p.result.analysis is not None and p.result.analysis.verified
                                               for p in self.parts if p.result.certificates)

    @property
    def explanation(self) -> str:
        return self.reason

    @property
    def curvature(self) -> str:
        """The summary for every member: affine, convex or concave when proved for every n and data, else
        unknown (a member's refutation says nothing of the others)."""
        return next((w for w in ("affine", "convex", "concave") if w in self.every), "unknown")

    def to_dict(self) -> dict:
        return {"claim": self.text, "symbolic_sum": True, "property": self.claim.property,
                "negated": self.claim.negated, "holds": self.holds, "curvature": self.curvature,
                "explanation": self.reason, "facts": {}, "for_every_member": list(self.every),
                "for_some_member": list(self.some),
                "parts": [{"role": p.role, "says": p.words, "holds": p.result.holds,
                           "function": sp.sstr(p.result.claim.function),
                           "variables": [v.name for v in p.result.claim.variables],
                           "parameters": [v.name for v in p.result.claim.parameters],
                           "certificates": [c.to_dict() for c in p.result.certificates]} for p in self.parts],
                "certificates": [c.to_dict() for c in self.certificates], "verified": self.verified, "error": None}

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=indent)

    def answer(self) -> str:
        words = ("neither convex nor concave" if self.claim.property == "neither" else self.claim.property)
        from .pretty import pretty

        c = self.claim
        lines = [f"{ANSWER_WORDS[self.holds]}: {pretty(c.function)} is {'not ' if c.negated else ''}{words} in "
                 f"({', '.join(pretty(v) for v in c.variables)}) {self.scope}"
                 + (f" and every {', '.join(pretty(p) for p in c.parameters)}" if c.parameters else ""),
                 f"  {self.reason}"]
        for p in self.parts:
            lines.append(f"  {p.role}: {p.words}")
            lines.append(f"    {p.result.claim.statement()}: {ANSWER_WORDS[p.result.holds]}")
            for cert in p.result.certificates:
                lines.append(f"    {cert.summary()}")
        if self.certificates:
            lines.append("  every certificate was accepted by the independent checker")
        return "\n".join(lines)

    __str__ = answer


# ------------------------------------------------------------------------------------------- deciding

#: property -> the fact that proves it (for every member); its negation refutes it (for some member).
PROPERTY_FACTS = {"convex": "convex", "concave": "concave", "affine": "affine", "strictly convex": "strictly_convex",
                  "strictly concave": "strictly_concave"}


def check_symbolic_sum_claim(text: str, *, timeout: float, parse, answer) -> SumResult | None:
    """Answer a claim about sums with a symbolic number of terms (module docstring), or None when the claim has
    no such sum (every bound is a number or a given value). ``parse`` reads a claim (``claims.parse_claim``) and
    ``answer(claim, budget, start)`` answers one reading with checked certificates (``claims._answer``); they are
    handed in so that this module does not import ``claims``. A claim that cannot be read raises its error."""
    start = time.monotonic()
    prepared = prepare_text(text)
    try:
        with time_limit(timeout):
            claim, sums = read_claim(prepared, parse, None)
    except SearchTimeout:
        raise ClaimError(f"reading the claim took longer than {timeout:g} s") from None
    if not sums:
        return None
    results = [_answer_reading(reading, sums, text, prepared, timeout, parse, answer, start)
               for reading in [claim, *claim.readings]]
    results = [r for r in results if r is not None]   # a reading with every letter a parameter is none
    if not results:
        raise ClaimError("the function has no variable: name them, e.g. 'in $w$'")
    first = results[0]
    if len({r.holds for r in results}) > 1:   # the readings (conventional parameter letters) disagree
        words = "; ".join(f"{', '.join(v.name for v in r.claim.variables if v.name[:3] != 'SUM')} as variables: "
                          f"{ANSWER_WORDS[r.holds]}" for r in results)
        first.reason = f"the readings disagree ({words}): name the variables, e.g. 'in $w$'; " + first.reason
        first.holds = None
    for r in results[1:]:
        first.parts += [dataclasses.replace(p, role=f"{p.role} (other reading)") for p in r.parts]
    first.seconds = time.monotonic() - start
    return first


def _answer_reading(claim, sums, text, prepared, timeout, parse, answer, start) -> SumResult | None:
    """One reading of the claim (its variables and parameters) answered for every member of the family."""
    fam = family(claim, sums)
    if not fam.shared and not fam.indexed:
        return None
    result = SumResult(claim=_shown(fam), holds=None, reason="", text=text)
    left = lambda: max(timeout - (time.monotonic() - start), 0.05)
    props = [(claim.property, claim.negated), *claim.also]
    for_all, for_some, for_every = set(), set(), set()
    notes = [fam.note]
    if fam.g is not None:
        for_all, why = _prove_for_all(fam, result, answer, left, start)
        notes.append(why)
    else:
        for_all, why = _prove_by_atom(fam, result, answer, left, start)
        notes.append(why or f"the sums were not split into weighted sums of terms ({fam.reason}), nor read as "
                            f"log-sum-exp or a Euclidean norm of n terms: only an instance can refute the claim")
    wanted = {PROPERTY_FACTS.get(p) for p, n in props if not n} - {None} - for_all
    if claim.property == "neither" and not claim.negated:
        wanted |= {"convex", "concave"}
    if (wanted or any(n for _, n in props)) and not _settled(props, for_all):
        for_some, for_every, why = _refute_by_instance(fam, prepared, parse, answer, result, left, start)
        if why:
            notes.append(why)
    result.holds = _decide(props, for_all, for_some, for_every, claim.disjunctive)
    result.every, result.some = tuple(sorted(for_all | for_every)), tuple(sorted(for_some))
    if result.holds is True and claim.remarked and _decide(list(claim.remarked), for_all, for_some, for_every,
                                                           False) is not True:
        result.holds = None    # a remark's properties are part of the claim or a comment: holds only when they do
    result.reason = "; ".join(n for n in notes if n)
    return result


def _shown(fam: Family):
    """The claim as read, for display: each marker replaced by SymPy's Sum over the index (x_1 -> x_i inside it),
    the variables and parameters with their index names."""
    f = fam.claim.function
    raw = {}
    for s in fam.sums:
        for x in s.summand.free_symbols:
            raw[name_at(x.name, s.index, s.first)] = x.name
        m = next((x for x in f.free_symbols if x.name == s.marker.name), None)
        if m is not None:
            f = f.xreplace({m: sp.Sum(s.summand, (sp.Symbol(s.index, integer=True), s.first,
                                                  s.count + s.first - 1)) / same_names(s.term(0), f)})
    name = lambda vs: tuple(sp.Symbol(raw.get(v.name, v.name), real=True) for v in vs)
    return dataclasses.replace(fam.claim, function=f, variables=name(fam.shared + fam.indexed),
                               parameters=name(fam.data + fam.others), readings=[])


def _settled(props, for_all) -> bool:
    return all(PROPERTY_FACTS.get(p) in for_all for p, n in props)


def _decide(props, for_all, for_some, for_every, disjunctive) -> bool | None:
    answers = []
    for prop, negated in props:
        if prop == "neither":
            a = (False if for_all & {"convex", "concave"} else
                 True if {"not_convex", "not_concave"} <= for_every else None)
        else:
            fact = PROPERTY_FACTS.get(prop)
            if fact is None:
                a = None
            elif negated:
                a = False if fact in for_all else True if "not_" + fact in for_every else None
            else:
                a = True if fact in for_all else False if "not_" + fact in for_some | for_every else None
        answers.append(a)
    if disjunctive:
        return True if True in answers else None
    return False if False in answers else True if answers and all(a is True for a in answers) else None


def _part_claim(fam: Family, function, variables, parameters, domain_symbols=None):
    """A claim about ``function`` with the family claim's property, over ``variables`` for every ``parameters``,
    on the constraints of the claim's domain that use only its symbols."""
    names = {s.name for s in (*variables, *parameters)}
    domain = [c for c in (fam.claim.domain or []) if {s.name for s in c.free_symbols} <= names] or None
    return dataclasses.replace(fam.claim, function=function, variables=tuple(variables), parameters=tuple(parameters),
                               domain=domain, readings=[], name=None, display="", note="", remarked=(),
                               negated=False, also=(), disjunctive=False,
                               property="convex" if fam.claim.property == "neither" else fam.claim.property)


def _used(fam: Family, domain_symbols: set) -> bool:
    """Is every constraint of the claim's domain given to some part (its symbols within one part's)?"""
    return all(any({s.name for s in c.free_symbols} <= names for names in domain_symbols)
               for c in (fam.claim.domain or []))


def _prove_for_all(fam: Family, result: SumResult, answer, left, start):
    """The facts proved for every member: each term's facts for every value of its data (checked), the remainder
    g's facts, and the weights' signs, combined by the nonnegative-sum rule (module docstring)."""
    counts = {c.name for c in fam.counts}
    signs = [weight_sign(w, counts) for w in fam.weights]
    if 0 in signs:
        return set(), "a weight of a sum was not shown to have one sign for every number of terms n >= 1"
    term_facts, part_names = [], []
    indexed_names = {v.name for v in fam.indexed}
    for k, (s, sign) in enumerate(zip(fam.sums, signs), 1):
        # the weight's sign and its factor of parameters taken into the term
        t = sign * same_names(fam.scales[k - 1] * s.term(0), fam.claim.function)
        syms = {x.name for x in t.free_symbols}
        variables = fam.shared + [v for v in fam.indexed if v.name in syms]
        parameters = [p for p in fam.data + fam.others if p.name in syms]
        if not variables:
            return set(), f"term {k} uses no variable"
        try:
            r = answer(_part_claim(fam, t, variables, parameters), left(), start)
        except ClaimError as exc:   # a term the analysis refuses (its domain, say) proves nothing
            return set(), f"term {k} could not be analysed ({exc})"
        term_facts.append(set(r.facts) if r.verified else set())
        part_names.append({v.name for v in (*variables, *parameters)})
        weight, n = pretty_weight(fam.weights[k - 1]), s.count.name
        result.parts.append(Part(f"term {k}", f"the term of the sum over {s.index}, written at {s.index} = {s.first}"
                                 f"{'' if sign > 0 else ' with the sign of its weight'} (weight {weight}, "
                                 f"{'positive' if sign > 0 else 'negative'} for every {n} >= 1), for every value of "
                                 f"its data", r))
    g = fam.g
    g_vars = [v for v in fam.shared + fam.indexed if v in g.free_symbols or v.name in {x.name for x in g.free_symbols}]
    g_facts = {"convex", "concave", "affine"}
    if g_vars:
        g_syms = {x.name for x in g.free_symbols}
        params = [p for p in fam.data + fam.others if p.name in g_syms]
        try:
            r = answer(_part_claim(fam, g, g_vars, params), left(), start)
        except ClaimError as exc:
            return set(), f"the part outside the sums could not be analysed ({exc})"
        g_facts = set(r.facts) if r.verified else set()
        part_names.append({v.name for v in (*g_vars, *params)})
        result.parts.append(Part("the rest", "the part outside the sums", r))
    if not _used(fam, part_names):
        return set(), "a constraint of the domain ties the terms of different parts together"
    proved = set()
    for base in ("convex", "concave"):
        if all(base in f for f in term_facts) and base in g_facts:
            proved.add(base)
    if {"convex", "concave"} <= proved:
        proved.add("affine")
    for strict, base in (("strictly_convex", "convex"), ("strictly_concave", "concave")):
        if base not in proved:
            continue
        shared_case = not fam.indexed and strict in g_facts and {v.name for v in g_vars} == {
            v.name for v in fam.shared}     # g strictly so in every variable
        covered = set().union(*[{v.name for v in fam.indexed if v.name in names} for names in part_names]) \
            if part_names else set()
        separable_case = (not fam.shared and not g_vars and all(strict in f for f in term_facts)
                          and not any(s.shifted for s in fam.sums)
                          and covered == indexed_names)
        if shared_case or separable_case:
            proved.add(strict)
    if not proved:
        return proved, ("no property was proved for every term (a sum is P for every n when each term is P for "
                        "every value of its data and every weight is positive)")
    shown, counts = ", ".join(sorted(proved)), ", ".join(sorted(counts))
    return proved, (f"{shown} for every number of terms and every data: each term is so for every value of its "
                    f"data, every weight has one sign for every {counts} >= 1, and a sum of convex (concave) functions "
                    f"with nonnegative weights is convex (concave) (Boyd & Vandenberghe, 3.2.1)"
                    + ("; strictly, as a sum of strictly convex (concave) functions of disjoint variables"
                       if proved & {"strictly_convex", "strictly_concave"} and not fam.shared else
                       "; strictly, as the rest is strictly so" if proved & {"strictly_convex", "strictly_concave"}
                       else ""))


#: Atoms of any number of arguments (``atoms.ATOMS`` rows): name -> (what each argument must be, the atom's facts).
N_ARY_ATOMS = {"log_sum_exp": ("convex", "log(e^{a_1} + ... + e^{a_n}) is convex and increasing in each a_i for "
                                         "every n (Boyd & Vandenberghe, 3.1.5), so it is convex when every a_i is "
                                         "convex (3.2.4)"),
               "norm2": ("affine", "sqrt(a_1^2 + ... + a_n^2) is the Euclidean norm of (a_1, ..., a_n), convex for "
                                   "every n, so it is convex when every a_i is affine (3.2.2)")}


def _atom_form(fam: Family):
    """The marker reading as one n-ary atom over the terms: ("log_sum_exp", a) for log(c(n) sum_i e^{a_i}) and
    ("norm2", a) for sqrt(c(n) sum_i a_i^2) with c(n) > 0, one sum, nothing else; else None."""
    if len(fam.sums) != 1:
        return None
    s = fam.sums[0]
    f = fam.claim.function
    m = next((x for x in f.free_symbols if x.name == s.marker.name), None)
    if m is None:
        return None
    t = same_names(s.term(0), f)
    if f.func == sp.log:
        name, inner = "log_sum_exp", f.args[0]
        a = t.args[0] if t.func == sp.exp else None
    elif sp.sqrt(sp.expand_power_base(f ** 2, force=True)) == f:   # f is the square root of f^2 (SymPy's sqrt
        name, inner = "norm2", sp.expand_power_base(f ** 2, force=True)   # takes |x| out of sqrt(S x^2))
        a = t.base if t.is_Pow and t.exp == 2 else None
        inner = inner.xreplace({abs(a): a}) if a is not None else inner
        inner = inner.xreplace({abs(a) ** 2: a ** 2}) if a is not None else inner
    else:
        return None
    if a is None:
        return None
    weight = sp.simplify(inner / (m * t))
    if {x.name for x in weight.free_symbols} - {s.count.name} or weight_sign(weight, {s.count.name}) <= 0:
        return None
    return name, a


def _prove_by_atom(fam: Family, result: SumResult, answer, left, start):
    """Convex for every member when the function is an n-ary atom (``N_ARY_ATOMS``) of the terms a_i and a is
    convex (log-sum-exp) or affine (the norm) in the variables for every value of its data (a checked
    certificate about a); a positive weight c(n) inside adds log c(n) or scales the norm by sqrt(c(n))."""
    form = _atom_form(fam)
    if form is None:
        return set(), ""
    name, a = form
    need, theorem = N_ARY_ATOMS[name]
    syms = {x.name for x in a.free_symbols}
    variables = fam.shared + [v for v in fam.indexed if v.name in syms]
    parameters = [p for p in fam.data + fam.others if p.name in syms]
    if not variables:
        return set(), ""
    claim = dataclasses.replace(_part_claim(fam, a, variables, parameters), property=need)
    if not _used(fam, [{v.name for v in (*variables, *parameters)}]):
        return set(), ""
    try:
        r = answer(claim, left(), start)
    except ClaimError:
        return set(), ""
    s = fam.sums[0]
    result.parts.append(Part("the argument", f"each argument a_{s.index} of the {name.replace('_', '-')} over "
                                             f"{s.index}, written at {s.index} = {s.first}, for every value of its "
                                             f"data", r))
    if r.verified and need in r.facts:
        return {"convex"}, f"convex for every number of terms and every data: {theorem}"
    return set(), f"the argument of the {name.replace('_', '-')} was not shown {need} for every value of its data"


def pretty_weight(w) -> str:
    from .pretty import pretty

    return pretty(w)


def _refute_by_instance(fam: Family, prepared: str, parse, answer, result: SumResult, left, start):
    """Facts of the instances n = 1, 2 (the sums expanded, the data as parameters): negative facts for some member,
    and -- for a separable sum without data, shared variables or rest -- for every member (fix every block but the
    first: F_n is c(n)/c(1) times the instance n = 1 plus a constant)."""
    for_some, for_every = set(), set()
    separable = (fam.g is not None and not fam.shared and not fam.data and not fam.others
                 and not any(s.shifted for s in fam.sums)
                 and not ({s.name for s in fam.g.free_symbols} & {v.name for v in fam.indexed})
                 and 0 not in [weight_sign(w, {c.name for c in fam.counts}) for w in fam.weights]
                 and _one_ratio(fam)
                 and all(_per_coordinate(c, fam) for c in (fam.claim.domain or [])))
    for size in INSTANCE_SIZES:
        if left() < 0.2:
            break
        try:
            with time_limit(left()):
                claim, sums = read_claim(prepared, parse, size)
        except Exception:   # an instance that cannot be read refutes nothing
            continue
        inst = _instance(fam, claim, sums, size)
        if inst is None:
            continue
        try:
            r = answer(inst, left(), start)
        except Exception:   # an instance the analysis cannot take (a weight undefined at this n) refutes nothing
            continue
        negative = {f for f in (r.facts if r.verified else {}) if f.startswith("not_")}
        if not negative:
            continue
        for_some |= negative
        data = ", ".join(p.name for p in inst.parameters)
        count = " = ".join(c.name for c in fam.counts)
        fact = "not_" + PROPERTY_FACTS.get(fam.claim.property, "convex")
        values = next((dict(zip(c.parameters, c.parameter_values)) for c in
                       (r.certificates[k] for k in r.facts.get(fact, ())) if c.parameter_values), None)
        words = f"the instance with {count} = {size}" + (
            f", the data {', '.join(f'{k} = {v}' for k, v in values.items())}" if values else
            f" (the data {data} at the values its certificates state)" if data else "")
        if data and fact in negative and fact.startswith("not_strictly"):
            words += " (strictness depends on the data: it fails for these)"
        if separable and size == 1:
            for_every |= negative
            words += "; a separable sum: every n restricts to it on one coordinate, plus a constant"
        result.parts.append(Part(f"instance {count} = {size}", words, r))
        if for_some >= {"not_" + PROPERTY_FACTS[p] for p, n in [(fam.claim.property, 0)] if p in PROPERTY_FACTS}:
            break
    why = "" if for_some else "no instance (n = 1, 2) was refuted"
    return for_some, for_every, why


def _one_ratio(fam: Family) -> bool:
    """Do all weights change with n by one common factor (w_j(n) / w_j(1) the same for every j)? Then F_n on the
    first block is that factor times the instance n = 1 plus a constant (else, as in sum x_i^2 - (1/n) sum 2 x_i^2,
    the instance's terms are weighed differently from the member's)."""
    ratios = {sp.simplify(w / w.xreplace({c: 1 for c in w.free_symbols})) for w in fam.weights}
    return len(ratios) <= 1


def _per_coordinate(constraint, fam: Family) -> bool:
    """Does the constraint use one coordinate's variables only (so that the domain is a product over blocks)?"""
    return {s.name for s in constraint.free_symbols} <= {v.name for v in fam.indexed}


def _instance(fam: Family, claim, sums, size: int):
    """The claim read with every sum expanded to ``size`` terms: the count letters set to ``size``, the variables and
    parameters of the marker reading with their other coordinates, the domain's constraints on the first coordinate
    repeated for every coordinate."""
    counts = {c.name for c in fam.counts}
    f = claim.function.xreplace({s: sp.Integer(size) for s in claim.function.free_symbols if s.name in counts})
    symbols = {s.name: s for s in f.free_symbols}
    maps = [rename_map(s, k) for s in fam.sums for k in range(1, size)]

    def expand(names) -> list:
        """Each name with its other coordinates (x_1 -> x_1, x_2, ...), those the instance uses."""
        out = []
        for v in names:
            for n in [v.name, *[m[v.name] for m in maps if v.name in m]]:
                if n in symbols and symbols[n] not in out:
                    out.append(symbols[n])
        return out

    variables = [symbols.get(v.name, v) for v in fam.shared] + expand(fam.indexed)   # every shared variable
    parameters = expand(fam.data) + expand(fam.others)
    used = {v.name for v in (*variables, *parameters)}
    if set(symbols) - used or not variables:
        return None
    domain = []
    for c in fam.claim.domain or []:
        if {x.name for x in c.free_symbols} & counts:
            return None     # a condition on the number of terms: no instance is taken for granted
        domain.append(c)
        for s in fam.sums:
            for k in range(1, size):
                mapping = rename_map(s, k)
                if {x.name for x in c.free_symbols} & set(mapping):
                    renamed = c.xreplace({x: sp.Symbol(mapping[x.name], **x.assumptions0)
                                          for x in c.free_symbols if x.name in mapping})
                    if renamed not in domain:
                        domain.append(renamed)
    return dataclasses.replace(fam.claim, function=f, variables=tuple(variables), parameters=tuple(parameters),
                               domain=domain or None, readings=[],
                               note=f"the instance with {' = '.join(c.name for c in fam.counts)} = {size}",
                               remarked=(), name=None, display="")


__all__ = ["SumResult", "check_symbolic_sum_claim", "looks_like_symbolic_sum", "weight_sign"]
