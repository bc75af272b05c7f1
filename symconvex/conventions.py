r"""Conventional signs of parameter letters: a weight the claim does not bound is read both ways (layer: text).

A person who pastes "$\frac{1}{2}\|y - Xw\|_2^2 + \lambda\|w\|_1$ is convex in $w$" means the lasso, where the
regularization weight lambda is positive; read literally, lambda is any real number and the claim is refuted at
lambda = -1. Both readings are reasonable, so neither is answered alone: a claim whose parameter p

* is written with a letter of ``CONVENTIONALLY_POSITIVE`` (the table: letter -> the role it conventionally names;
  ``lambda_1`` counts as ``lambda``),
* is used in that role: it scales terms, as a factor or a divisor (integer powers of p in products, also inside
  functions: lambda |x|, x^2 / (2 sigma^2), tau log sum e^{x_i / tau}), never in an exponent (x^alpha) nor under a
  root or another non-integer power,
* and is not bounded by the claim (no condition mentions it, and no "for every / any / all p" quantifies it over
  all reals; a condition such as "for $\lambda \ge 0$" or "with $\lambda > 0$" is answered as stated),

has a second reading, the *conventional* one: the same claim with p > 0 added to its conditions. ``settle`` answers
the claim only when both readings agree, which by construction happens only one way. The claim about every real p
holding implies the claim about every p > 0 holding (the values p > 0 are among them), so it is answered as is;
when the claim about every real p is refuted, the conventional reading is analysed too, and the claim is refuted
only when that reading is refuted as well (a refutation at some p > 0). Otherwise the answer is undecided, and it
shows both conditional answers ("for lambda > 0: holds; for every real lambda: refuted, at lambda = -1").

The conventional reading takes p > 0, not p >= 0: some writers allow the weight 0, others not, and the reading
with p > 0 is the one under which fewer claims are refuted (at p = 0 the ridge objective ||y - Xw||^2 + p||w||^2 is
not strictly convex). A claim refuted for every p > 0 is refuted for every p >= 0 too, so this one reading stands
for both conventions.

Nothing here decides anything: each reading is answered by ``claims`` with checked certificates, and this module
only says which readings exist and how their answers combine (never into a confident answer the two disagree on).

>>> import sympy as sp
>>> lam, x, alpha = sp.symbols("lambda x alpha")
>>> scales(x**2 + lam * sp.Abs(x), lam), scales(x**alpha, alpha), scales(sp.exp(-x**2 / (2 * lam**2)), lam)
(True, False, True)
"""

from __future__ import annotations

import dataclasses

import sympy as sp

from .facts import ANSWER_WORDS
from .pretty import pretty

#: letter -> the role in which mathematical and ML writing takes it positive without saying so (when it scales terms)
CONVENTIONALLY_POSITIVE: dict[str, str] = {
    "lambda": "a regularization or penalty weight",
    "mu": "a penalty, barrier or strong-convexity weight",
    "alpha": "a weight or a step size",
    "beta": "a weight or an inverse temperature",
    "gamma": "a weight or a step size",
    "rho": "a penalty weight (augmented Lagrangian)",
    "kappa": "a weight",
    "nu": "a weight",
    "C": "a penalty weight (as in the SVM)",
    "sigma": "a standard deviation (sigma^2 a variance)",
    "tau": "a temperature or a scale",
    "T": "a temperature",
    "eta": "a step size",
    "epsilon": "a smoothing or entropic-regularization weight",
    "varepsilon": "a smoothing or entropic-regularization weight",
    "delta": "a threshold or a scale (as in the Huber loss)",
    "n": "a number of data points or terms (the 1/n or 1/(2n) of a mean)",
    "m": "a number of data points or terms (the 1/m of a mean)",
    "N": "a number of data points or terms (the 1/N of a mean)",
}


def _letter(name: str) -> str:
    return name.split("_")[0]


def scales(f: sp.Expr, p: sp.Symbol) -> bool:
    """Whether p enters f only as a factor or divisor of terms (integer powers of p in products, also inside
    functions): never in an exponent, never under a root or another non-integer power (module docstring)."""
    if p not in f.free_symbols:
        return False
    for node in sp.preorder_traversal(f):
        if isinstance(node, sp.Pow):
            if p in node.exp.free_symbols:
                return False
            if p in node.base.free_symbols and not node.exp.is_integer:
                return False
    return True


def conventional_parameters(claim) -> list:
    """The parameters of ``claim`` that the convention reads as positive: a letter of the table, in a scaling role,
    bounded by no condition of the claim and not quantified over all reals."""
    bounded = {s.name for c in (claim.domain or ()) for s in c.free_symbols}
    universal = set(getattr(claim, "universal", ()))
    return [p for p in claim.parameters
            if _letter(p.name) in CONVENTIONALLY_POSITIVE and p.name not in bounded and p.name not in universal
            and scales(claim.function, p)]


def positive_reading(claim):
    """The conventional reading of ``claim``: the same claim with p > 0 for each conventional parameter p, or None
    when it has none."""
    found = conventional_parameters(claim)
    if not found:
        return None
    roles = "; ".join(dict.fromkeys(CONVENTIONALLY_POSITIVE[_letter(p.name)] for p in found))
    return dataclasses.replace(
        claim, domain=list(claim.domain or ()) + [p > 0 for p in found], readings=[],
        note=f"{_shown(p.name for p in found)} > 0, as conventionally meant ({roles})")


def _refuting(claim) -> set[str]:
    """The certificate statements that refute the claim's own property (for "convex": not_convex; for "strictly
    convex": not_strictly_convex and not_convex); empty when the claim is negated or about several properties."""
    if claim.negated or claim.also or claim.property not in ("convex", "concave", "strictly convex",
                                                               "strictly concave"):
        return set()
    return {"not_" + claim.property.replace(" ", "_"), "not_" + claim.property.removeprefix("strictly ")}


def _where(result) -> str:
    """The parameter values of the refutations in ``result`` ("λ = -1"), for the conditional answer: those of the
    certificates refuting the claim's own property when there are some, else of every refutation."""
    refutations = [c for c in result.certificates if c.kind in ("midpoint", "curvature")
                   and getattr(c, "parameter_values", None)]
    own = [c for c in refutations if c.statement in _refuting(result.claim)]
    seen = []
    for cert in own or refutations:
        text = ", ".join(f"{pretty(sp.Symbol(n))} = {v}" for n, v in zip(cert.parameters, cert.parameter_values))
        if text not in seen:
            seen.append(text)
    return "; ".join(seen)


def _shown(names) -> str:
    return ", ".join(pretty(sp.Symbol(n)) for n in names)


def _latex(name: str) -> str:
    letter, _, rest = name.partition("_")
    return ("\\" + letter if len(letter) > 1 else letter) + ("_" + rest if rest else "")


def sign_condition(claim) -> str:
    """The words that state the conventional sign of ``claim``'s weights (" for $\\lambda > 0$"), or ""."""
    found = [p.name for p in conventional_parameters(claim)]
    return f" for ${', '.join(_latex(n) for n in found)} > 0$" if found else ""


def settle(result, answer):
    """Combine ``result`` (the answer to a claim as read, about every real value of its parameters) with its
    conventional reading, answered by ``answer(claim) -> result`` only when it could change anything (module
    docstring): the same result when the readings agree (the conventional one listed with ``readings``), else an
    undecided one whose ``conditions`` and explanation give both answers."""
    if result.holds is not False:
        return result
    twin = positive_reading(result.claim)
    if twin is None:
        return result
    other = answer(twin)
    if other.holds is False:
        return dataclasses.replace(result, readings=[*result.readings, other])
    found = [p.name for p in conventional_parameters(result.claim)]
    names, latex = _shown(found), ", ".join(_latex(n) for n in found)
    where = _where(result)
    conditions = (f"for {names} > 0: {ANSWER_WORDS[other.holds]}; for every real {names}: refuted"
                  + (f" (at {where})" if where else ""))
    how = f"write 'for ${latex} > 0$' for the conventional reading, or 'for every real ${latex}$'"
    explanation = (f"undecided: {names} conventionally {'names' if len(found) == 1 else 'name'} "
                   + "; ".join(dict.fromkeys(CONVENTIONALLY_POSITIVE[_letter(n)] for n in found))
                   + f", and the claim does not say its sign: {conditions} ({how})"
                   + (f"; the reading {pretty(twin.domain[-1])}: {other.explanation}" if other.holds is None
                      and other.explanation else ""))
    return dataclasses.replace(result, holds=None, readings=[*result.readings, other], conditions=conditions,
                               explanation=explanation)


__all__ = ["CONVENTIONALLY_POSITIVE", "conventional_parameters", "positive_reading", "scales", "settle",
           "sign_condition"]
