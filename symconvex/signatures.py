r"""A function's signature written before its definition: "$f: \mathbb{R}^2 \to \mathbb{R}$, $f(x, y) = ...$"
(layer: text).

A signature ``f: D \to C`` says two things about the claim. Its domain D is the set the claim is about: the same as
writing "for $x \in D$" (one argument) or "on $D$" (several), so a function that is not real on all of D is not
answered on a smaller set. Its codomain C must be the real line: symconvex reads real-valued functions, and a
claim about a map into \mathbb{R}^2, \mathbb{R}_{+} or the extended reals says something (a vector function, a
sign, the value +infinity) that the answer would not check, so it is refused in one line.

Three spellings are read, at the start of a claim (after "the function", "let"):

- ``$f: \mathbb{R} \to \mathbb{R}$, $f(x) = x^4$ is convex`` (a math block of its own; ``\colon`` for the colon too);
- ``$f: \mathbb{R} \to \mathbb{R}, f(x) = x^4$ is convex`` (the signature and the definition in one block);
- ``f: ℝ → ℝ, f(x) = x⁴ is convex`` and ``f: \mathbb{R} \to \mathbb{R}, f(x) = x^4 is convex`` (plain text).

``split_signature(text)`` returns the claim without the signature, and the domain phrase to add to it ("" when
there is no signature). Nothing here evaluates text.

>>> split_signature(r"f: \mathbb{R} \to \mathbb{R}, f(x) = x^4 is convex")
('f(x) = x^4 is convex', ' for x \\in \\mathbb{R}')
"""

from __future__ import annotations

import re

from .errors import ClaimError
from .parsing import normalize, split_top_level

_NAME = r"(?:[A-Za-z](?:_\{?\w+\}?)?|\\[A-Za-z]+)"
#: the colon of a signature: ":" or TeX's ``\colon``
_COLON = r"(?::|\\colon(?![A-Za-z]))"
_ARROW = r"(?:\\(?:to|rightarrow|longrightarrow)(?![A-Za-z])|→|->)"
_LEAD = r"^\s*(?:(?:the\s+)?function\s+)?"
#: what may join the signature to the definition: a comma, "defined by", "be given by", ", where"
_DEFINED = r"(?:,?\s*(?:(?:be\s+)?(?:defined|given)\s+by|where|with)\b|,)"
#: "$f: D \to C$," (its own block) or "$f: D \to C, f(x) = ...$" (one block with the definition)
_IN_MATH = re.compile(_LEAD + r"\$\s*(?P<name>" + _NAME + r")\s*" + _COLON + r"\s*(?P<dom>[^$]*?)\s*" + _ARROW
                      + r"\s*(?P<cod>[^$,]*?)\s*(?:\$\s*" + _DEFINED + r"?|,\s*(?P<body>[^$]+)\$)\s*(?P<rest>.*)$",
                      re.I | re.S)
#: "f: ℝ → ℝ, f(x) = x⁴ is convex": plain text, the codomain ended by a comma
#: (the domain may be an interval, whose comma is its own: "f: (0, ∞) → ℝ, f(x) = 1/x", "f : [0,1] → ℝ, ...")
_PLAIN = re.compile(_LEAD + r"(?P<name>" + _NAME + r")\s*" + _COLON + r"\s*(?P<dom>[\[\]()][^$,\[\]()]*,[^$,\[\]()]*"
                    r"[\[\]()]|[^$,]*?)\s*" + _ARROW
                    + r"\s*(?P<cod>[^$,]*?)\s*(?:,|\s" + _DEFINED + r")\s*(?P<rest>[^$]*)$", re.I | re.S)
_REAL_LINE = re.compile(r"\\(?:mathbb|mathbf|Bbb|mathrm)\s*\{?\s*R\s*\}?|\\R(?![A-Za-z])")
#: a domain that names a set: a real space, an interval, a product of them
_SET_LIKE = re.compile(r"\\(?:mathbb|mathbf|Bbb|mathrm)\s*\{?\s*R|^\s*[\[\](]")
#: the arguments of the definition "f(x, y) =" (in a math block or plain)
_HEAD = re.compile(r"^[\s$]*[^$=(]*?\((?P<args>[^()$=]*)\)\s*(?::=|=)")


#: "x \mapsto ...", "(x, y) \mapsto ...": the arguments of a definition written as a map
_MAPS = re.compile(r"^[\s$]*\(?(?P<args>[^$=()]*?)\)?\s*(?:\\(?:mapsto|longmapsto)(?![A-Za-z])|\u21a6)")
#: the real line or a real space R^n, with nothing after it (a domain that restricts nothing)
_REAL_SPACE = re.compile(r"\\(?:mathbb|mathbf|Bbb|mathrm)\s*\{?\s*R\s*\}?(?:\^\s*\{?\s*\d+\s*\}?)?|\\R(?![A-Za-z])")
_PLAIN_R = re.compile(r"(?<![A-Za-z\\{])R(?![A-Za-z])")


def _space(text: str) -> str:
    """A set of a signature, normalized; a plain ``R`` there (``f: R^2 -> R``) can only be the real numbers."""
    return normalize(_PLAIN_R.sub(lambda _: "\\mathbb{R}", text))


def _is_real_line(space: str) -> bool:
    """Whether ``space`` (normalized) is the real line R itself, with nothing after it."""
    return _REAL_LINE.fullmatch(space.strip()) is not None


def _check_codomain(name: str, codomain: str) -> None:
    """The codomain must be the real line; anything else is a claim this reader would not check (refused)."""
    if not _is_real_line(_space(codomain)):
        shown = " ".join(codomain.split()) or "nothing"
        raise ClaimError(f"the signature says {name} maps into {shown}, not into \\mathbb{{R}}: only real-valued "
                         "functions are read; write the codomain \\mathbb{R}, or drop the signature")


def split_signature(text: str) -> tuple[str, str]:
    r"""(the claim without its leading signature, the domain phrase the signature states), or (text, "").

    The domain phrase is " for $x \in D$" for a definition of one argument, " on $D$" for several (in plain text
    without the $ signs); the real line with several arguments, or a definition without arguments, is left to
    the definition (the arguments are its variables, the domain the natural one) unless the dimensions disagree
    (f: R -> R with f(x, y)), which is refused. The arguments of "x \mapsto ..." are read like those of "f(x) =";
    a domain other than a real space with no argument to carry it is refused (never dropped)."""
    m = _IN_MATH.match(text)
    plain = False
    if m is None:
        m = _PLAIN.match(text)
        plain = m is not None and bool(re.match(r"\s*" + _NAME + r"\s*\(", m.group("rest")))
        if not plain:
            return text, ""
    name = m.group("name")
    if not _SET_LIKE.search(_space(m.group("dom"))):
        return text, ""     # "f: x -> x^2": a map written with an arrow, not a signature
    _check_codomain(name, m.group("cod"))
    rest = m.group("rest")
    if not plain and m.group("body"):
        rest = f"${m.group('body').strip()}$ {rest}"
    head = _HEAD.match(rest) or _MAPS.match(rest)
    args = [a.strip() for a in split_top_level(head.group("args"))] if head else []
    dom = _space(m.group("dom"))
    if dom and not args and not _REAL_SPACE.fullmatch(dom.strip()):
        # "$h: (0, \infty) \to \mathbb{R}$, $u^3$": a stated domain no argument carries; read without it, the claim
        # would be answered on another set
        raise ClaimError(f"the signature says {name} is defined on {' '.join(m.group('dom').split())}, but the "
                         f"definition names no argument: write {name}(x) = ... (or x \\mapsto ...)")
    if not args or not dom:
        return rest, ""
    dollar = "" if plain else "$"
    if _is_real_line(dom) and len(args) > 1:
        raise ClaimError(f"the signature says {name} is a function of one real number, but "
                         f"{name}({', '.join(args)}) has {len(args)} arguments: write "
                         f"\\mathbb{{R}}^{len(args)} before \\to")
    if len(args) == 1:
        return rest, f" for {dollar}{args[0]} \\in {dom}{dollar}"
    return rest, f" on {dollar}{dom}{dollar}"


__all__ = ["split_signature"]
