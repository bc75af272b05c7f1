r"""A second formula restating the subject: the text about the explicit formula, and the check that the first
formula reads as the same function on the same domain (layer: text; the rules are stated in the package
docstring)."""

from __future__ import annotations

import re

from ..errors import InputError
from ..limits import SearchTimeout
from ..parsing import BUILTINS, normalize
from ..remarks import MATH
from .text import PROPS, RELATION, SLOT, SLOT_RE, error, inner, mask, unmask


# ------------------------------------------------------------------------------------------- restatements

_RESTATE_WORDS = r"(?:that\s+is|i\.\s?e\.?|ie|namely|equivalently|or\s+equivalently|in\s+coordinates)"
_RESTATED_BEFORE = re.compile(r"(?P<comma>,)\s*(?P<word>" + _RESTATE_WORDS + r")\s*,?\s*(?P<formula>" + SLOT_RE +
                              r")\s*,?\s*(?=(?:is|are)\b)", re.I)
_RESTATED_AFTER = re.compile(r"^(?P<claim>.*?\b(?:is|are)\b.*?)\s*,?\s*\b(?P<word>" + _RESTATE_WORDS + r")\s*,?\s*"
                             r"(?P<formula>" + SLOT_RE + r")(?P<rest>(?:\s+(?:on|over|for|in)\s+.*)?)\s*\.?\s*$",
                             re.I | re.S)
_COMPONENTWISE = re.compile(r"(?P<slot>" + SLOT_RE + r")\s*\(\s*(?:componentwise|elementwise|entrywise|coordinatewise)"
                            r"\s*\)", re.I)


def restatements(text: str) -> tuple[str, list[str], list[str]] | None:
    """A second formula for the subject (module docstring): (the text about the explicit formula, notes, the texts
    about the first formula, to be read and held against it). Before the property the explicit formula is left
    after "i.e." (``claims`` reads it as the function); after it, the claim is rewritten about it."""
    masked, blocks = mask(text)
    m = _RESTATED_BEFORE.search(masked)
    if m:
        if not SLOT.search(masked[:m.start()]):
            return None
        primary = masked[:m.start()] + ", i.e. " + m.group("formula") + ", " + masked[m.end():]
        other = masked[:m.start()] + " " + masked[m.end():]
        return " ".join(unmask(primary, blocks).split()), [], [" ".join(unmask(other, blocks).split())]
    m = _RESTATED_AFTER.match(masked)
    if not m:
        return None
    if RELATION.search(normalize(inner(blocks[int(SLOT.match(m.group("formula")).group(1))]))):
        return None   # "on $x > 0$, i.e. $x \in \mathbb{R}_{++}$": a set restated, not the function
    claim = m.group("claim")
    verb = re.search(r"\b(?:is|are)\b", claim)
    head, after = claim[:verb.start()], claim[verb.end():].lstrip()
    slots = list(SLOT.finditer(head))
    props = PROPS.match(after)
    if not slots or props is None:
        return None
    clauses = m.group("rest").strip() or after[props.end():].strip()
    primary = f"{head[:slots[-1].start()]}{m.group('formula')} {verb.group(0)} {props.group('props')} {clauses}"
    formula = inner(blocks[int(SLOT.match(m.group("formula")).group(1))]).strip()
    return (" ".join(unmask(primary, blocks).split()),
            [f"the claim is read about the formula after '{m.group('word')}', {formula}"],
            [" ".join(unmask(claim, blocks).split())])


# ------------------------------------------------------------------------------------------------ settling

def _canonical(domain) -> set:
    """A domain as a set of (expression, relation) with the expression compared to 0 (x > 0 and 0 < x agree)."""
    import sympy as sp

    flip = {"<": ">", "<=": ">="}
    out = set()
    for c in domain or ():
        op = getattr(c, "rel_op", None)
        if op in (">", ">="):
            out.add((sp.expand(c.lhs - c.rhs), op))
        elif op in ("<", "<="):
            out.add((sp.expand(c.rhs - c.lhs), flip[op]))
        else:
            out.add((c, op))
    return out


def _names(symbols) -> set[str]:
    return {s.name for s in symbols}


def _componentwise(text: str, variables) -> str:
    """"$x > 0$ (componentwise)" -> "$x_1 > 0, x_2 > 0$" over the coordinates of x among the variables."""
    masked, blocks = mask(text)

    def expand(m):
        k = int(SLOT.match(m.group("slot")).group(1))
        written = normalize(inner(blocks[k]))
        lead = re.match(r"\s*(?P<name>[A-Za-z])(?![A-Za-z_])", written)
        if not lead:
            return m.group(0)
        coords = sorted((v for v in _names(variables) if re.fullmatch(lead.group("name") + r"_\{?\d+\}?", v)),
                        key=lambda v: int(re.sub(r"\D", "", v)))
        if not coords:
            return m.group(0)
        pieces = [re.sub(r"(?<![A-Za-z\\])" + lead.group("name") + r"(?![A-Za-z_])", c, written) for c in coords]
        blocks[k] = "$" + ", ".join(pieces) + "$"
        return m.group("slot")
    return unmask(_COMPONENTWISE.sub(expand, masked), blocks)


def _equal_on(a, b, same) -> bool:
    """Whether two readings' functions are the same function on their domain (the same constraints on both): equal
    identically (``same``), or their difference written piecewise (|x| and max(x, -x)) or refined by the domain's
    constraints (|x| and x on x > 0) simplifies to exactly 0. False when that is not shown (never decided
    numerically)."""
    import sympy as sp

    if same(a.function, b.function):
        return True
    difference = a.function - b.function
    try:
        if sp.simplify(sp.piecewise_fold(difference.rewrite(sp.Piecewise))) == 0:
            return True
        if not a.domain or _canonical(a.domain) != _canonical(b.domain):
            return False
        return sp.simplify(sp.refine(difference, sp.And(*a.domain))) == 0
    except SearchTimeout:   # the claim's time limit, never "not shown equal"
        raise
    except Exception:   # a rewriting SymPy cannot do: not shown equal
        return False


#: a name applied to arguments, nothing else: "s(t)", "\\sigma(z)"
_NAMES_NO_FORMULA = re.compile(r"^\s*\\?(?P<name>[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?\s*\([^()=]*\)\s*$")


def hold(others: list[str], claim, read, same) -> list[str]:
    """Read each text about the first formula (``restatements``) with ``read`` (text -> Claim) and hold it against
    the claim read about the explicit one: the same function on the domain (``same``: two expressions ->
    identically equal; else equal there after refining by the constraints), the same variables, parameters and
    domain. A one-line ``ClaimError`` when they differ, or when the first formula cannot be read (unless it is a name
    with no formula, or leaves terms out); returns the notes saying what was held."""
    notes = []
    for other in others:
        other = _componentwise(other, claim.variables)
        first = inner(MATH.search(other).group(0)) if MATH.search(other) else ""
        named = _NAMES_NO_FORMULA.match(first)
        if named and named.group("name").lower() not in BUILTINS:   # "the softplus $s(t)$": s(t) is no formula
            notes.append(f"'{first.strip()}' names a function without a formula: the claim is about the explicit one")
            continue
        try:
            first_claim = read(other)
        except InputError as exc:
            if re.search(r"\\(?:ldots|cdots|dots)(?![A-Za-z])", first):
                notes.append(f"'{first.strip()}' leaves terms out (\\ldots), so it is not held against the explicit "
                             "formula: the claim is about the explicit one")
                continue
            raise error(f"the claim gives two formulas for its function, and the first cannot be read ({exc}): "
                         "state the claim about one of them") from None
        if not (_equal_on(first_claim, claim, same) and _names(first_claim.variables) == _names(claim.variables)
                and _names(first_claim.parameters) == _names(claim.parameters)
                and _canonical(first_claim.domain) == _canonical(claim.domain)):
            raise error(f"the claim gives two readings that differ: '{first_claim.statement()}' and "
                         f"'{claim.statement()}'; state the claim about one of them")
        notes.append(f"'{first.strip()}' and the explicit formula are the same function on the same domain (shown "
                     "symbolically)")
    return notes
