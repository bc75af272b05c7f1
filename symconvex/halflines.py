r"""The positive half-line written R^+, which writers read two ways (layer: text).

``\mathbb{R}^+`` (also ``\mathbb{R}^{+}``, ``ℝ⁺``, ``\mathbf{R}^+``) is the open half-line (0, ∞) to some writers
and the closed one [0, ∞) to others; the subscripted forms are not ambiguous (``\mathbb{R}_+`` = [0, ∞),
``\mathbb{R}_{++}`` = (0, ∞)), nor are ``\mathbb{R}^+_0`` / ``\mathbb{R}_0^+`` ([0, ∞), written as R_+ before
reading) and ``\mathbb{R}^*_+`` / ``\mathbb{R}_+^*`` / ``\mathbb{R}^{+*}`` ((0, ∞), written as R_{++}). A claim using
R^+ has two readings, the text with ``\mathbb{R}_{+}`` and the text with ``\mathbb{R}_{++}``; ``claims`` answers it
only when both readings agree (as it does for a claim whose letters could be variables or parameters), and shows
both answers when they do not ("$\sqrt{x}$ is strictly concave on $\mathbb{R}^+$" holds on (0, ∞) and on [0, ∞)
alike). A function that is not real and finite where the coordinate is 0 (its natural domain requires x > 0, as
for log x, or leaves x = 0 out, as for 1/x) has only the open reading: on [0, ∞) the claim would be about points
where the function is not defined, which no writer means.

Nothing here evaluates text.

>>> [label for _, label in readings(r"$x^3$ is convex on $\mathbb{R}^+$")]
['ℝ⁺ read as [0, ∞)', 'ℝ⁺ read as (0, ∞)']
>>> readings(r"$x^3$ is convex on $\mathbb{R}_+$")
[]
"""

from __future__ import annotations

import re

import sympy as sp

from .between import readings as between_readings

#: R^+ without a subscript after it (R^+_0 is another notation) and without a dimension
_R_PLUS = re.compile(r"(?:\\(?:mathbb|mathbf|Bbb|mathrm)\s*(?:\{\s*R\s*\}|R)|ℝ)\s*(?:\^\s*(?:\{\s*\+\s*\}|\+)|⁺)"
                     r"(?!\s*_)")

#: R^+_0 / R_0^+ (the half-line with 0, [0, ∞)) and R^*_+ / R_+^* / R^{+*} (without 0, (0, ∞)): one meaning each
_R = r"(?:\\(?:mathbb|mathbf|Bbb|mathrm)\s*(?:\{\s*R\s*\}|R)|ℝ)\s*"
_PLUS = r"(?:\{\s*\+\s*\}|\+)"
_ZERO = r"(?:\{\s*0\s*\}|0)"
_STAR = r"(?:\{\s*(?:\*|\\ast)\s*\}|\*|\\ast(?![A-Za-z]))"
_UNAMBIGUOUS = (
    (re.compile(_R + r"(?:\^\s*" + _PLUS + r"\s*_\s*" + _ZERO + r"|_\s*" + _ZERO + r"\s*\^\s*" + _PLUS + ")"),
     "\\mathbb{R}_{+}"),
    (re.compile(_R + r"(?:\^\s*" + _STAR + r"\s*_\s*" + _PLUS + r"|_\s*" + _PLUS + r"\s*\^\s*" + _STAR
                + r"|\^\s*\{\s*\+\s*(?:\*|\\ast)\s*\})"), "\\mathbb{R}_{++}"),
)


def unambiguous(text: str) -> str:
    """The text with R^+_0 written as R_{+} and R^*_+ (R_+^*, R^{+*}) as R_{++}: notations of one meaning each."""
    for pattern, replacement in _UNAMBIGUOUS:
        text = pattern.sub(lambda _, r=replacement: r.replace("\\\\", "\\"), text)
    return text


#: (replacement, label) of each reading, closed first
_READINGS = ((r"\\mathbb{R}_{+}", "ℝ⁺ read as [0, ∞)"), (r"\\mathbb{R}_{++}", "ℝ⁺ read as (0, ∞)"))


def readings(text: str) -> list[tuple[str, str]]:
    """[(the text with R^+ read as [0, ∞), label), (the text with R^+ read as (0, ∞), label)], or [] when the text
    writes no R^+."""
    if not _R_PLUS.search(text):
        return []
    return [(_R_PLUS.sub(lambda _, r=replacement: r.replace("\\\\", "\\"), text), label)
            for replacement, label in _READINGS]


def read_both(text: str, parse):
    """The claim ``text`` read with both meanings of R^+ (or of "between", ``between``; ``parse(text) -> Claim``):
    the closed reading, with the
    open one (and the open one's own readings) among its ``readings``; each labelled with its meaning. A text without
    R^+ is read once (with R^+_0 and R^*_+ written as R_+ and R_{++}). When only one meaning can be read (log x at
    0), that one is returned, labelled."""
    plain = unambiguous(text)
    found = readings(plain) or between_readings(plain)   # "for $x$ between $0$ and $1$": [0, 1] and (0, 1)
    if not found:
        claim = parse(plain)
        if plain != text:
            for c in (claim, *claim.readings):
                c.text = text
        return claim
    claims, errors = [], []
    for variant, label in found:
        try:
            claim = parse(variant)
        except ValueError as exc:     # ClaimError / InputError: this meaning cannot be read
            errors.append(exc)
            continue
        for c in (claim, *claim.readings):
            c.text, c.label = text, label
            c.note = "; ".join(filter(None, [c.note, label]))
        claims.append(claim)
    if not claims:
        raise errors[-1]
    if len(claims) == 2 and _undefined_at_zero(claims[0], claims[1]):
        claims = claims[1:]
    first, *rest = claims
    for other in rest:
        first.readings = [*first.readings, other, *other.readings]
        other.readings = []
    return first


def _undefined_at_zero(closed, open_) -> bool:
    """Whether the function is not real and finite where a coordinate the closed reading adds is 0 (its natural
    domain requires v > 0, or is refused for v = 0): then [0, ∞) is not what the writer means (log x is no function
    at 0) and only the open reading stands."""
    from .analysis import natural_domain_constraints
    from .errors import InputError

    added = [c for c in (closed.domain or ()) if c not in (open_.domain or ())]
    boundary = [c.lhs for c in added if isinstance(c, sp.GreaterThan) and c.lhs.is_Symbol and c.rhs == 0]
    if not boundary or len(boundary) != len(added):
        return False
    real = {v: sp.Symbol(v.name, real=True) for v in closed.function.free_symbols}
    try:
        natural = natural_domain_constraints(closed.function.xreplace(real), tuple(real[v] for v in closed.variables
                                                                                    if v in real), [])
    except InputError:      # "undefined where x = 0": the natural domain leaves out the boundary
        return True
    except Exception:       # noqa: BLE001 - no natural domain known: keep both readings
        return False
    strict = {c.lhs.name for c in natural if isinstance(c, sp.StrictGreaterThan) and c.lhs.is_Symbol and c.rhs == 0}
    return all(v.name in strict for v in boundary)


__all__ = ["read_both", "readings", "unambiguous"]
