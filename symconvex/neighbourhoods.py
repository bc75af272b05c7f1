r"""Claims about a neighbourhood of a point (layer: text): "$x^3$ is locally convex near $x = 1$", "$\cos x$ is
locally concave around $0$", "$x^4 - x^2$ is convex near the origin".

"F is locally P near p" (also "around p", "at p" after "locally", "in a neighbourhood of p") means: F is P on some
open neighbourhood of p. It is answered so:

- **holds** when F is proved P on one stated neighbourhood, the open box of half-width r around p (r = 1, 1/10,
  1/1000 in turn), by the ordinary analysis of the claim on that box (its certificates are about F on that box);
  the answer names the box;
- **refuted** when a curvature certificate *at p itself* (its point is p, exactly) shows a second directional
  derivative of the refuting sign there: F is twice differentiable near p (p is off every kink, which the checker
  verifies), so that sign persists on a smaller box around p, where F is then strictly concave (for "convex")
  along that line -- on every neighbourhood of p, F is not P. The certificate is stated on the smallest box tried.

Anything else is undecided (x^3 at 0: curvature 0 at the point, yet not convex on any neighbourhood). "locally P"
with no point, a negated or "neither" local claim, a claim with its own domain or parameters, and a point that is not
a list of rationals are refused in one line.

>>> read_local(r"$x^3$ is locally convex near $x = 1$")
('$x^3$ is convex', '$x = 1$')
>>> read_local(r"$x^2$ is convex") is None
True
"""

from __future__ import annotations

import dataclasses
import re
import time
from fractions import Fraction

import sympy as sp

from .errors import ClaimError

RADII = (Fraction(1), Fraction(1, 10), Fraction(1, 1000))

_POINT = r"(?P<point>\$[^$]+\$|\\\(.+?\\\)|the\s+origin|zero|[-+]?\d+(?:\.\d+)?(?:/\d+)?|[A-Za-z]\s*=\s*[-+]?\d+(?:/\d+)?)"
_SCOPE = re.compile(r"^(?P<head>.*?\S)\s+(?P<locally>locally\s+)?(?P<prop>(?:strictly\s+)?(?:convex|concave|affine))"
                    r"\s+(?:(?P<near>near|around|about|close\s+to|at)|in\s+(?:a|some)\s+(?:small\s+)?"
                    r"neighbou?rhood\s+of)\s+" + _POINT + r"\s*[.!]?\s*$", re.I | re.S)
_NO_POINT = re.compile(r"\blocally\s+(?:strictly\s+)?(?:convex|concave|affine)\s*[.!]?\s*$", re.I)
_NUMBER = re.compile(r"^\s*(?P<sign>[-+])?\s*(?:(?P<int>\d+)(?:\.(?P<dec>\d+))?(?:\s*/\s*(?P<den>\d+))?|"
                     r"\\[dt]?frac\s*\{\s*(?P<fn>\d+)\s*\}\s*\{\s*(?P<fd>\d+)\s*\})\s*$")


def read_local(text: str) -> tuple[str, str] | None:
    """(the claim without its scope, the point as written) for a claim about a neighbourhood of a point; None for
    any other text. Raises ``ClaimError`` for "locally" with no point."""
    text = " ".join(text.split())
    m = _SCOPE.match(text)
    if m is None:
        if _NO_POINT.search(text):
            raise ClaimError("'locally' with no point: say near which point ('locally convex near $x = 1$'), or drop "
                             "'locally' for a claim about the whole domain")
        return None
    if (m.group("near") or "").lower() == "at" and not m.group("locally"):
        return None   # "convex at x = 1" without "locally" is no claim about a neighbourhood
    head = m.group("head")
    if re.search(r"\b(?:not|neither|non-?)\s*$", head, re.I) or re.search(r"\bnot\b", head.split("$")[-1], re.I):
        raise ClaimError("a negated claim about a neighbourhood of a point is not read: write 'is locally convex near "
                         "...' or 'is convex on ...'")
    return f"{head} {m.group('prop')}", m.group("point")


def _number(text: str) -> Fraction | None:
    m = _NUMBER.match(text)
    if m is None:
        return None
    if m.group("fn"):
        value = Fraction(int(m.group("fn")), int(m.group("fd")))
    else:
        value = Fraction(f"{m.group('int')}.{m.group('dec')}" if m.group("dec") else m.group("int"))
        if m.group("den"):
            value /= int(m.group("den"))
    return -value if m.group("sign") == "-" else value


def point_of(written: str, variables) -> tuple[Fraction, ...]:
    """The point's rational coordinates, one per variable (in their order), from "$x = 1$", "$0$", "$(1, 2)$",
    "the origin"; a one-line ``ClaimError`` otherwise."""
    names = [v.name for v in variables]
    text = written.strip()
    if re.fullmatch(r"the\s+origin|zero", text, re.I):
        return tuple(Fraction(0) for _ in names)
    text = re.sub(r"^\$(.*)\$$|^\\\((.*)\\\)$", lambda m: m.group(1) or m.group(2), text).strip()
    named = re.fullmatch(r"(?P<v>[A-Za-z](?:_\{?\w+\}?)?)\s*=\s*(?P<c>.+)", text)
    if named:
        if len(names) != 1 or named.group("v").replace("{", "").replace("}", "") != names[0]:
            raise ClaimError(f"the point '{written}' does not name the claim's variable(s) {', '.join(names)}")
        text = named.group("c")
    text = re.sub(r"^\\left\(|\\right\)$", "", text.strip())
    coords = text[1:-1].split(",") if text.startswith("(") and text.endswith(")") else [text]
    values = [_number(c) for c in coords]
    if None in values or len(values) != len(names):
        raise ClaimError(f"the point '{written}' is not {len(names)} rational number(s), one per variable "
                         f"({', '.join(names)})")
    return tuple(values)


def box(variables, point, r: Fraction) -> list:
    """The open box of half-width r around the point: p_i - r < x_i < p_i + r."""
    out = []
    for v, c in zip(variables, point):
        lo, hi = c - r, c + r
        out += [sp.StrictGreaterThan(v, sp.Rational(lo.numerator, lo.denominator)),
                sp.StrictLessThan(v, sp.Rational(hi.numerator, hi.denominator))]
    return out


def _box_text(variables, point, r) -> str:
    return ", ".join(f"{c - r} < {v.name} < {c + r}" for v, c in zip(variables, point))


def check_local(text: str, timeout: float, *, parse, answer, decide):
    """Answer "F is locally P near p" (module docstring) with ``parse`` (``claims.parse_claim``), ``answer``
    (``claims._answer``) and ``decide`` (``claims.decide_all``)."""
    from .analysis import conclude, prepare
    from .search import find_curvature_at

    start = time.monotonic()

    def left():
        return max(timeout - (time.monotonic() - start), 0.05)

    said, written = read_local(text)
    claim = parse(said)
    if claim.domain is not None or claim.parameters or claim.negated or claim.property == "neither" or claim.also \
            or claim.disjunctive:
        raise ClaimError("a claim about a neighbourhood of a point is read only as 'F is locally P near p' with one "
                         "property, no domain and no parameters")
    point = point_of(written, claim.variables)
    at = "(" + ", ".join(str(c) for c in point) + ")" if len(point) > 1 else str(point[0])
    result = None
    for r in RADII:
        near = dataclasses.replace(claim, domain=box(claim.variables, point, r), readings=[], text=text)
        result = answer(near, left(), start)
        if result.holds is True:
            near.note = "; ".join(n for n in (claim.note, f"locally near {at}: proved on the open neighbourhood "
                                              f"{_box_text(claim.variables, point, r)}") if n)
            return result
    refutes = {"convex": ("convex",), "strictly convex": ("convex",), "concave": ("concave",),
               "strictly concave": ("concave",), "affine": ("convex", "concave")}[claim.property]
    f, variables, dom = prepare(claim.function, list(claim.variables), box(claim.variables, point, RADII[-1]))
    certs = [c for c in find_curvature_at(f, variables, dom, point, refutes=refutes)
             if tuple(Fraction(p) for p in c.point) == point]
    if certs:
        analysis = conclude(lambda found: (found.extend(certs), "")[1], left(), function=f, variables=variables,
                            domain=dom)
        holds = decide(claim, analysis.facts) if analysis.verified else None
        if holds is False:
            near = dataclasses.replace(claim, domain=box(claim.variables, point, RADII[-1]), readings=[], text=text)
            near.note = "; ".join(n for n in (claim.note, f"locally near {at}: the curvature at {at} itself has the "
                                              f"refuting sign, so f is not {claim.property} on any neighbourhood of "
                                              f"{at} (the certificate is stated on "
                                              f"{_box_text(claim.variables, point, RADII[-1])})") if n)
            return type(result)(claim=near, holds=False, curvature=analysis.curvature.value,
                                certificates=list(analysis.certificates), verified=True, analysis=analysis,
                                explanation="", seconds=time.monotonic() - start)
    near = dataclasses.replace(claim, domain=box(claim.variables, point, RADII[-1]), readings=[], text=text)
    near.note = f"locally near {at}: neither proved on a neighbourhood (half-width {', '.join(map(str, RADII))}) nor " \
                f"refuted by the curvature at {at} itself"
    return dataclasses.replace(result, claim=near, holds=None,
                               explanation=f"undecided: {near.note}")
