r"""Claims that a function has a saddle point, or a local minimum or maximum, at a stated point (text layer).

"$(w_1 w_2 - 1)^2$ has a saddle point at $(0, 0)$", "The loss $(w_1 w_2 w_3 - 1)^2$ has a saddle at the origin",
"The origin is a local minimum of $(w_1 w_2 - 1)^2$": the seeds' landscape sentences about a formula. The function
and its variables are read as in a curvature claim (the same reader, passed in as ``parse``: the sentence with the
landscape words replaced by "is convex"); the point is exact: a tuple of numbers, "the origin", "zero" or "$0$".

``landscape.find_saddles`` proposes saddle certificates (a zero gradient, and two directions along which f falls
and rises: second derivatives, or the first nonzero Taylor coefficient of a polynomial); each one is accepted by
the checker (``check.landscape``), about the claim's own function and variables, and at the stated point. A saddle
at p proves "f has a saddle at p" and refutes "p is a local minimum" and "p is a local maximum" (a saddle is
neither: f takes smaller and larger values arbitrarily near p). A claimed minimum or maximum is never proved here,
and a claim with a domain is refused (the saddle certificates are about all of R^n): anything else is undecided.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from fractions import Fraction

from .errors import ClaimError
from .facts import ANSWER_WORDS

_KIND = r"(?P<kind>(?:a\s+)?(?:strict\s+)?(?:saddle(?:\s+point)?|local\s+(?:minimum|maximum|minimizer|maximizer)))"
_AT = r"(?P<at>the\s+origin|zero|\$[^$]+\$)"
_HAS = re.compile(rf"^\s*(?P<lead>(?:the\s+)?(?:function|loss|objective|map)?\s*)(?P<f>\$[^$]+\$)\s+has\s+{_KIND}\s+"
                  rf"at\s+{_AT}\s*\.?\s*$", re.I)
_IS = re.compile(rf"^\s*(?:the\s+)?(?:point\s+)?{_AT}\s+is\s+{_KIND}\s+of\s+(?:the\s+(?:function|loss)\s+)?"
                 rf"(?P<f>\$[^$]+\$)\s*\.?\s*$", re.I)


def looks_like_saddle_claim(text: str) -> bool:
    return isinstance(text, str) and bool(_HAS.match(text) or _IS.match(text))


@dataclass
class SaddleClaimResult:
    """The answer to a landscape claim: ``holds`` (True / False / None) and the checked saddle certificates."""

    claim: str
    kind: str
    point: tuple
    holds: bool | None
    certificates: list = field(default_factory=list)
    explanation: str = ""
    #: ``symconvex check --latex / --certificate`` write the certificates' files, as ``symconvex landscape`` does
    is_landscape: bool = True

    @property
    def verified(self) -> bool:
        from .check import verify

        return bool(self.certificates) and all(verify(c) for c in self.certificates)

    @property
    def curvature(self) -> str:
        return ""

    def to_dict(self) -> dict:
        return {"claim": self.claim, "landscape": self.kind, "point": [str(p) for p in self.point],
                "holds": self.holds, "certificates": [c.to_dict() for c in self.certificates],
                "verified": self.verified, "explanation": self.explanation, "error": None}

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=indent)

    def answer(self) -> str:
        lines = [f"{ANSWER_WORDS[self.holds]}: {self.kind} at ({', '.join(map(str, self.point))})",
                 f"  {self.explanation}"]
        lines += [f"  {c.summary()}" for c in self.certificates]
        if self.certificates:
            lines.append("  every certificate was accepted by the independent checker")
        return "\n".join(lines)

    __str__ = answer


def _point(text: str, n: int) -> tuple:
    low = text.strip().lower()
    if low in ("the origin", "zero") or re.fullmatch(r"\$\s*0\s*\$", low):
        return (Fraction(0),) * n
    inner = text.strip().strip("$").strip()
    inner = re.sub(r"\\left|\\right", "", inner).strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        raise ClaimError(f"cannot read the point '{text.strip()}': write it as a tuple, e.g. $(0, 0)$")
    try:
        values = tuple(Fraction(v.strip().replace("−", "-")) for v in inner[1:-1].split(","))
    except (ValueError, ZeroDivisionError):
        raise ClaimError(f"cannot read the point '{text.strip()}': exact numbers, e.g. $(0, 1/2)$") from None
    if len(values) != n:
        raise ClaimError(f"the point has {len(values)} coordinates and the function {n} variables")
    return values


def check_saddle_claim(text: str, *, timeout: float, parse) -> SaddleClaimResult:
    """Read and answer a landscape claim (module docstring); ``parse`` is ``claims.parse_claim``."""
    from .landscape import find_saddles

    m = _HAS.match(text) or _IS.match(text)
    if m is None:
        raise ClaimError("not a claim about a saddle point or a local minimum at a point")
    kind = " ".join(m.group("kind").lower().split())
    kind = re.sub(r"^a\s+", "", kind).replace("minimizer", "minimum").replace("maximizer", "maximum")
    claim = parse(f"{m.group('f')} is convex")
    if claim.domain or getattr(claim, "parameters", None):
        raise ClaimError("a landscape claim is read on all of R^n, without a domain or parameters")
    variables = list(claim.variables)
    point = _point(m.group("at"), len(variables))
    certs = [c for c in find_saddles(claim.function, variables, timeout=timeout)
             if tuple(Fraction(v) for v in c.point) == point and tuple(c.variables) == tuple(v.name for v in variables)]
    if kind.startswith("strict saddle"):
        certs = [c for c in certs if c.proves == "strict_saddle"]
    if not certs:
        return SaddleClaimResult(text, kind, point, None, [], "no saddle certificate at the point was found; a local "
                                 "minimum or maximum is never proved here")
    saddle = "saddle" in kind
    how = ("a checked saddle certificate at the point: the gradient is 0 and f falls along one direction and rises "
           "along another")
    return SaddleClaimResult(text, kind, point, True if saddle else False, certs[:1],
                             how if saddle else how + ", so the point is neither a local minimum nor a local maximum")


__all__ = ["SaddleClaimResult", "check_saddle_claim", "looks_like_saddle_claim"]
