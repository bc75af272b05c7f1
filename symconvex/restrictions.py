r"""Claims on a slice of an affine set (text layer): "$x y$ is concave on $x + y = 1$", "$x \log x + y \log y$ is
convex on $x + y = 1$, $x > 0$, $y > 0$" (the probability simplex written as its equality).

The claim is read without its equalities (the function, variables and inequalities as usual), each equality is an
affine equation in the variables with rational coefficients, and they are solved for some of the variables (the
last one of each equation not yet solved for): x = φ(k) = (k, M(k)). The claim is then answered about
g = f ∘ φ in the kept variables k on D' = {k : φ(k) ∈ D}, and every certificate of that answer is wrapped in a
``restriction`` certificate about f itself, on D cut by the equalities (``check.restriction``: φ maps D' one-to-one
onto the slice and keeps every curvature fact, both ways). An answer is given only when every wrapped certificate
is accepted by the checker; else undecided.

A constraint of D that holds identically on the affine set (y <= 1 - x beside x + y = 1) is left out of the
subject: the set is the same. A constraint that fails identically makes the set empty: refused. Without a stated
domain, the slice of f's natural domain is the one the analysis of g uses (its certificates state it).
"""

from __future__ import annotations

import dataclasses
import re
import time

import sympy as sp

from .errors import ClaimError, InputError
from .parsing.text import AND_WORD, split_top_level

#: A math block with an entry "lhs = rhs" (not <=, >=, \ne, :=), after the claim's property word.
_BLOCK = re.compile(r"\$([^$]+)\$")
_PROPERTY = re.compile(r"\b(?:convex|concave|affine|linear)\b", re.I)
#: "on the probability simplex" (its variables' sum is 1 and each is >= 0), read after the variables.
_SIMPLEX = re.compile(r"\s*\b(?:on|over)\s+the\s+(?:closed\s+)?(?:probability\s+|standard\s+|unit\s+)?simplex\b", re.I)
SIMPLEX = "the probability simplex"
#: The name of an affine set just before its equation ("the line", "the hyperplane", "the affine subspace").
_NOUN = re.compile(r"\s+the\s+(?:straight\s+)?(?:line|hyperplane|plane|affine\s+(?:set|subspace|hyperplane))\s*$",
                   re.I)


def _is_equality(entry: str) -> bool:
    """Whether one entry of a domain is an equality that ``parsing.domains`` reads (affine, two names or more)."""
    from .parsing.domains import parse_domain

    if not re.search(r"(?<![<>!:\\=])=(?!=)", entry) or re.search(r"\\(?:le|ge|leq|geq|ne|neq)\b", entry):
        return False
    try:
        read = parse_domain(entry)
    except (InputError, ValueError, TypeError):
        return False
    return len(read) == 1 and isinstance(read[0], sp.Equality)


def split_equalities(text: str) -> tuple[str, list[str]] | None:
    """(the claim with the affine equalities of its domain removed, those equalities as LaTeX), or None when the
    domain has none. Only blocks after the property word are read (the function's own "f(x) = ..." is not a
    domain); an entry is an equality when ``parsing.domains`` reads it as one (``_is_equality``)."""
    prop = _PROPERTY.search(text)
    if prop is None:
        return None
    simplex = _SIMPLEX.search(text, prop.end())
    if simplex is not None:   # the probability simplex in words: its equality and signs, once the variables are read
        rest = (text[:simplex.start()] + text[simplex.end():]).strip()
        split = split_equalities(rest)
        return (split[0], [SIMPLEX, *split[1]]) if split else (re.sub(r"\s+([.,;])", r"\1", rest), [SIMPLEX])
    found, pieces, last = [], [], 0
    for m in _BLOCK.finditer(text, prop.end()):
        entries = split_top_level(AND_WORD.sub(",", m.group(1)))   # the domain reader's own list separators
        kept = []
        for entry in entries:
            (found if _is_equality(entry) else kept).append(entry.strip())
        if len(kept) != len(entries):
            replacement = f"${', '.join(kept)}$" if kept else ""
            before = _NOUN.sub(" ", text[last:m.start()])   # "on the line $x + y = 1$": the line is the equality
            pieces.append(before + replacement)
            last = m.end()
    if not found:
        return None
    rest = "".join(pieces) + text[last:]
    # a preposition left with nothing after it ("... is concave on ." / "on and $x > 0$") goes with its equality
    rest = re.sub(r"\s*\b(?:on|over|subject\s+to|restricted\s+to|for|where|with|when|and)\s*(?=[.,;]?\s*$)", "", rest)
    rest = re.sub(r"\b(on|over|for|where|with|when)\s*,?\s*and\s+\$", r"\1 $", rest)
    rest = re.sub(r"\$\s*,\s*\$", "$, $", rest)
    rest = re.sub(r"\s+,", ",", rest).strip()
    return rest, found


def _solve(equalities: list, variables: list) -> dict:
    """{eliminated variable: affine expression in the kept ones} solving the equalities, or ``ClaimError``."""
    chosen: list = []
    rows = []
    for eq in equalities:
        gap = sp.expand(eq.lhs - eq.rhs)
        if not gap.free_symbols <= set(variables):
            raise ClaimError(f"the equality {eq} names letters that are not variables of the claim")
        rows.append(gap)
        pick = next((v for v in reversed(variables) if v not in chosen and gap.coeff(v) != 0), None)
        if pick is None:
            raise ClaimError(f"the equality {eq} repeats the others: state independent equalities")
        chosen.append(pick)
    solution = sp.solve(rows, chosen, dict=True)
    if len(solution) != 1 or set(solution[0]) != set(chosen):
        raise ClaimError("the equalities of the domain do not determine the variables they name")
    return {v: sp.expand(solution[0][v]) for v in chosen}


_STRICTER = {"ge": "gt", "le": "lt"}


def _opened(whole: list, restricted: list, stated: list, on_open_side: bool) -> list | None:
    """The constraints of f's domain that a certificate on the slice ``stated`` is about: ``whole`` when it states
    the slice of the domain (``restricted``); when the claim was answered on the open side of a closed end where the
    function is undefined (``on_open_side``, ``claims.ClaimResult``: x >= 0 read as x > 0), ``whole`` with those
    constraints made strict; None for any other set."""
    if stated == restricted:
        return whole
    if not on_open_side or len(stated) != len(restricted):
        return None
    out = []
    for mine, slice_, theirs in zip(whole, restricted, stated):
        if theirs == slice_:
            out.append(mine)
        elif slice_[0] in _STRICTER and theirs == [_STRICTER[slice_[0]], *slice_[1:]]:
            out.append([_STRICTER[mine[0]], *mine[1:]])
        else:
            return None
    return out


def check_restricted_claim(text: str, timeout: float, *, parse, answer):
    """Answer a claim whose domain has affine equalities (module docstring); None when it has none. ``parse`` reads
    a claim's text into a ``claims.Claim``; ``answer(claim, budget, start)`` answers one (``claims._answer``)."""
    from .certificates import RestrictionCertificate, constraint_to_tree, to_tree
    from .check import verify
    from .errors import CertificateError
    from .parsing.domains import parse_domain

    split = split_equalities(text)
    if split is None:
        return None
    start = time.monotonic()
    rest, written = split
    claim = parse(rest)
    if claim.parameters or claim.readings:
        raise ClaimError("a claim on an affine set with parameters or several readings is not read")
    by_name = {v.name: v for v in claim.variables}
    equalities = []
    if SIMPLEX in written:   # x_1 + ... + x_n = 1, every x_i >= 0
        written = [w for w in written if w != SIMPLEX]
        equalities.append(sp.Eq(sp.Add(*claim.variables), 1))
        signs = [v >= 0 for v in claim.variables]
        claim = dataclasses.replace(claim, domain=[*(claim.domain or ()), *signs])
    for entry in written:
        eq = parse_domain(entry)[0]
        for name in sorted({s.name for s in eq.free_symbols} - set(by_name)):   # x^2 on x + y = 1: f(x, y) = x^2
            by_name[name] = sp.Symbol(name, real=True)
            claim = dataclasses.replace(claim, variables=(*claim.variables, by_name[name]))
        equalities.append(eq.xreplace({s: by_name[s.name] for s in eq.free_symbols}))
    image = _solve(equalities, list(claim.variables))
    kept = [v for v in claim.variables if v not in image]
    if not kept:
        raise ClaimError("the equalities of the domain leave a single point: nothing to be convex along")
    domain, restricted = [], []
    for c in claim.domain or ():
        on_slice = c.xreplace(image)
        if on_slice is sp.true:
            continue   # holds on the whole affine set: the same set without it
        if on_slice is sp.false:
            raise ClaimError(f"the domain is empty: {c} fails on the affine set")
        domain.append(c)
        restricted.append(on_slice)
    g = claim.function.xreplace(image)
    slice_claim = dataclasses.replace(claim, function=g, variables=tuple(kept),
                                      domain=restricted if claim.domain is not None else None)
    result = answer(slice_claim, max(timeout - (time.monotonic() - start), 0.05), start)
    shown = ", ".join(f"{v} = {e}" for v, e in image.items())
    note = (f"on the affine set {', '.join(f'{eq.lhs} = {eq.rhs}' for eq in equalities)}: read as the function of "
            f"{', '.join(map(str, kept))} with {shown} (an affine one-to-one map onto the set keeps every curvature "
            "fact)")
    pairs = [[to_tree(eq.lhs), to_tree(eq.rhs)] for eq in equalities]
    wrapped, names = [], [v.name for v in claim.variables]
    for cert in result.certificates:
        stated = [list(c) for c in cert.domain]
        whole = [constraint_to_tree(c) for c in domain] if claim.domain is not None else stated
        if claim.domain is not None:
            whole = _opened(whole, [constraint_to_tree(c) for c in restricted], stated, result.on_open_side)
        if whole is None:
            wrapped = None   # about another set than the slice of the stated domain
            break
        try:
            fact = verify(cert)
            outer = RestrictionCertificate(variables=tuple(names), function=to_tree(claim.function),
                                           domain=tuple(whole), proves=fact, equalities=tuple(pairs),
                                           map={v.name: to_tree(e) for v, e in image.items()}, part=cert.to_dict())
            verify(outer)
        except CertificateError:
            wrapped = None
            break
        wrapped.append(outer)
    claim_shown = dataclasses.replace(claim, text=text, domain=[*domain, *equalities],
                                      note="; ".join(filter(None, [note, claim.note])))
    if wrapped is None:
        return dataclasses.replace(result, claim=claim_shown, holds=None, certificates=[], analysis=None,
                                   explanation="the answer on the affine set could not be restated about the "
                                               "function itself")
    return dataclasses.replace(result, claim=claim_shown, certificates=wrapped)


__all__ = ["check_restricted_claim", "split_equalities"]
