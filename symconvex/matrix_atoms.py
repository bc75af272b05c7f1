r"""Claims about matrix functions of unstated size (text layer): ``\log\det X`` on ``X \succ 0``,
``\operatorname{tr}(X^{-1})``, ``\lambda_{\max}(X)``, ``\sigma_{\max}(X)``, ``x^\top A x`` for ``A \succeq 0`` (or
"positive semidefinite", "PSD", ``A \in \mathbf{S}^n_+``), ``\|Ax - b\|_\infty``, ``\frac{x^\top x}{t}``,
``x^\top Y^{-1} x``, ``\max_i x_i``, and sums of their rational multiples with linear terms (``b^\top x``,
``\operatorname{tr}(SX)``).

A capital letter is a matrix of any size, a lowercase letter transposed is a vector of any dimension; the claim is
about every size and every value of the parameters (A, b, S) its conditions allow. ``X \succ 0`` and
``\mathbf{S}^n_{++}`` are the symmetric positive definite matrices.

- **For every size**: the function is written as a sum of multiples of atoms (``check.matrices.ATOMS``: each atom's
  curvature is a textbook fact, data like exp's) and proved by a ``matrix`` certificate, which the independent checker
  re-checks from the atom table and the domain's Loewner conditions.
- **Refuted by a member** (a claim with a matrix): a member of size 2 (X = [[p, q], [q, r]] on the stated cone,
  x = (x_1, x_2), each parameter matrix a 2 x 2 number matrix satisfying every stated condition, checked by its exact
  leading minors) is one function of its entries; a checked refutation of it refutes a claim that asserts a property
  for every member. The answer names the member.
- **Vectors alone** (``\|x\|_1``, ``x^\top x / t``): only the member on the first axis of R^d, x = (x_1, 0, ..., 0),
  whose atoms take there their value at the number x_1 (``_PADDED``): it is a restriction of every member to an affine
  subspace, so its refutation holds for every d; ``\max_i x_i`` (max(x_1, 0, ...) is not x_1) stays undecided when not
  proved, as ``vector_norms`` leaves a claim that depends on the dimension.
- Anything else is undecided with its reason; a claim this reader does not read at all (``None``) goes on to the
  other readers.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from fractions import Fraction

from .analysis import Subject, gate
from .certificates import MatrixCertificate
from .facts import ANSWER_WORDS, derive

_PROPERTY = re.compile(r"^(?P<lead>(?:[A-Za-z]+(?:-[A-Za-z]+)*\s+)*?)\s*\$(?P<math>[^$]+)\$\s+is\s+(?P<not>not\s+)?(?P<joint>jointly\s+)?"
                       r"(?P<prop>strictly convex|strictly concave|convex|concave|affine|neither convex nor concave)"
                       r"(?P<rest>(?:\s.*)?)$", re.S)
_QUESTION = re.compile(r"^(?P<lead>)Is\s+\$(?P<math>[^$]+)\$\s+(?P<not>)(?P<joint>jointly\s+)?"
                       r"(?P<prop>strictly convex|strictly concave|convex|concave|affine)(?P<rest>(?:\s[^?]*)?)\?$", re.S)
_PLAIN = re.compile(r"^(?P<math>log det X)\s+is\s+(?P<not>not\s+)?(?P<joint>)(?P<prop>concave|convex)(?P<rest>\s.*)$")
#: The facts a property word asks for.
_FACT = {"convex": "convex", "concave": "concave", "affine": "affine", "strictly convex": "strictly_convex",
         "strictly concave": "strictly_concave"}
#: Atoms whose arguments are a matrix variable: the 2 x 2 member's formula in the entries p, q, r of [[p, q], [q, r]].
_MEMBER = {"logdet": r"\log(p r - q^2)", "detroot": r"\sqrt{p r - q^2}", "det": r"(p r - q^2)",
           "trinv": r"\frac{p + r}{p r - q^2}", "lambdamax": r"\left(\frac{p + r}{2} + \sqrt{\frac{(p - r)^2}{4} + q^2}\right)",
           "lambdamin": r"\left(\frac{p + r}{2} - \sqrt{\frac{(p - r)^2}{4} + q^2}\right)", "trace": "(p + r)",
           "tracewith": "(p + r)", "sigmamax": r"\sqrt{p^2 + q^2}", "nuclear": r"\sqrt{p^2 + q^2}",
           "inner": "(x_1 - x_2)", "quadoverlin": r"\frac{x_1^2 + x_2^2}{t}",
           "matfrac": r"\frac{r x_1^2 - 2 q x_1 x_2 + p x_2^2}{p r - q^2}",
           "norminf": r"\max(|x_1 + 2 x_2 - 1|, |3 x_1 - x_2|)", "norm1": r"(|x_1 + 2 x_2 - 1| + |3 x_1 - x_2|)",
           "norm2": r"\sqrt{(x_1 + 2 x_2 - 1)^2 + (3 x_1 - x_2)^2}", "sqnorm": "(x_1^2 + x_2^2)",
           "vnorm1": "(|x_1| + |x_2|)", "vnorm2": r"\sqrt{x_1^2 + x_2^2}", "vnorminf": r"\max(|x_1|, |x_2|)",
           "frosq": "(p^2 + 2 q^2 + r^2)", "trsquare": "(p^2 + 2 q^2 + r^2)",
           "trsquaregen": "(p^2 + 2 q s + r^2)", "maxcoord": r"\max(x_1, x_2)", "mincoord": r"\min(x_1, x_2)"}
#: Symmetric 2 x 2 members of a parameter matrix, tried in this order when they satisfy its condition.
_CANDIDATES = [((1, 2), (2, 1)), ((1, 0), (0, 0)), ((2, 1), (1, 1)), ((-1, 0), (0, 0)), ((-2, -1), (-1, -1)),
               ((0, 0), (0, 0))]
_T = "'"   # a transpose, once normalised


def _normal(math: str) -> str:
    """The formula without spacing and type faces, with one spelling per operation."""
    s = re.sub(r"\^\s*(?:\{\s*\\top\s*\}|\\top|\{\s*T\s*\}|T(?![A-Za-z])|\\intercal|\{\s*\\intercal\s*\})", _T, math)
    s = re.sub(r"\\(?:left|right|big|Big)(?![A-Za-z])|\\[,;!: ]|\s+", "", s)
    s = re.sub(r"\\(?:operatorname|mathrm|text|mathbf|mathbb|boldsymbol)\{(tr|Tr|max|min|det)\}", r"\\\1", s)
    s = s.replace(r"\Tr", r"\tr").replace(r"\ln", r"\log").replace(r"\lVert", "‖").replace(r"\rVert", "‖")
    s = s.replace(r"\Vert", "‖").replace(r"\|", "‖")
    s = re.sub(r"\\frac(\d)(\d)", r"\\frac{\1}{\2}", s)
    s = re.sub(r"\\mathbf\{([a-zA-Z])\}|\\boldsymbol\{([a-zA-Z])\}", lambda m: m.group(1) or m.group(2), s)
    return re.sub(r"^[a-zA-Z]\([^()=]*\)=", "", s)


#: One atom's spelling (normalised) -> (atom, argument groups in the atom's order, sign).
_ATOMS = [
    (r"\\log\\det\(?([A-Z])\^\{-1\}\)?", "logdet", (1,), -1),
    (r"\\log\\det\(([A-Z])\^\{-1\}\)", "logdet", (1,), -1),
    (r"\\log\\det\(?([A-Z])\)?", "logdet", (1,), 1),
    (r"\(\\det\(?([A-Z])\)?\)\^\{1/n\}", "detroot", (1,), 1),
    (r"\\det\(?([A-Z])\)?", "det", (1,), 1),
    (r"\\tr\(?([A-Z])\^\{-1\}\)?", "trinv", (1,), 1),
    (r"\\tr\(([A-Z])'\1\)", "frosq", (1,), 1),
    (r"\\tr\(([A-Z])\1'\)", "frosq", (1,), 1),
    (r"\\tr\(?([A-Z])\^\{?2\}?\)?", "trsquare", (1,), 1),
    (r"\\tr\(([A-Z])'?([A-Z])\)", "tracewith", (1, 2), 1),
    (r"\\tr\(?([A-Z])\)?", "trace", (1,), 1),
    (r"\\lambda_\{?\\max\}?\(([A-Z])\)", "lambdamax", (1,), 1),
    (r"\\lambda_\{?\\min\}?\(([A-Z])\)", "lambdamin", (1,), 1),
    (r"\\sigma_\{?\\max\}?\(([A-Z])\)", "sigmamax", (1,), 1),
    (r"‖([A-Z])‖_(?:\{\*\}|\*)", "nuclear", (1,), 1),
    (r"‖([A-Z])‖_(?:\{2\}|2)", "sigmamax", (1,), 1),
    (r"([a-z])'([A-Z])\^\{-1\}\1", "matfrac", (1, 2), 1),
    (r"([a-z])'([A-Z])\1", "quadform", (1, 2), 1),
    (r"\\frac\{([a-z])'\1\}\{([a-z])\}", "quadoverlin", (1, 2), 1),
    (r"([a-z])'\1/([a-z])", "quadoverlin", (1, 2), 1),
    (r"\\frac\{‖([a-z])‖(?:_\{?2\}?)?\^\{?2\}?\}\{([a-z])\}", "quadoverlin", (1, 2), 1),
    (r"‖([A-Z])([a-z])[+-]([a-z])‖_\\infty", "norminf", (1, 2, 3), 1),
    (r"‖([A-Z])([A-Z])-([A-Z])‖_(?:F|\{F\})\^\{?2\}?", "frobaffine", (1, 2, 3), 1),
    (r"‖([a-z])‖(?:_\{?2\}?)?\^\{?2\}?", "sqnorm", (1,), 1),
    (r"‖([a-z])‖_\{?1\}?", "vnorm1", (1,), 1),
    (r"‖([a-z])‖(?:_\{?2\}?)?", "vnorm2", (1,), 1),
    (r"‖([a-z])‖_\{?\\infty\}?", "vnorminf", (1,), 1),
    (r"\\max_\{?i\}?([a-z])_\{?i\}?", "maxcoord", (1,), 1),
    (r"\\max\\\{([a-z])_1,\\(?:ldots|dots|cdots),\1_n\\\}", "maxcoord", (1,), 1),
    (r"\\min_\{?i\}?([a-z])_\{?i\}?", "mincoord", (1,), 1),
    (r"\\min\\\{([a-z])_1,\\(?:ldots|dots|cdots),\1_n\\\}", "mincoord", (1,), 1),
    (r"([a-z])'([a-z])", "inner", (1, 2), 1),
    (r"\\langle([a-z]),([a-z])\\rangle", "inner", (1, 2), 1),
    (r"([a-z])", "letter", (1,), 1),
]
_ATOMS = [(re.compile(p + "$"), a, g, s) for p, a, g, s in _ATOMS]
_COEFFICIENT = re.compile(r"^(\d+)?(?:\\frac\{(\d+)\}\{(\d+)\})?")
#: Where each atom's arguments are variables (True) or parameters (False).
_ROLES = {"logdet": (True,), "detroot": (True,), "det": (True,), "trinv": (True,), "trace": (True,),
          "tracewith": (False, True), "lambdamax": (True,), "lambdamin": (True,), "sigmamax": (True,),
          "nuclear": (True,), "matfrac": (True, True), "quadform": (True, False), "quadoverlin": (True, True),
          "norminf": (False, True, False), "maxcoord": (True,), "mincoord": (True,)}
_ROLES["invquadform"] = (True, False)
_ROLES["frobaffine"] = (False, True, False)
_ROLES["frosq"] = _ROLES["trsquare"] = _ROLES["trsquaregen"] = (True,)
_ROLES.update({a: (True,) for a in ("sqnorm", "vnorm1", "vnorm2", "vnorminf")})
_SYMMETRIC = {"trsquare", "logdet", "detroot", "det", "trinv", "lambdamax", "lambdamin"}


def _balanced(text: str) -> bool:
    """Does every bracket ( { [ close, in order (a TeX brace escaped as \\{ counting as a bracket)?"""
    stack = []
    for ch in text:
        if ch in "({[":
            stack.append(")}]"["({[".index(ch)])
        elif ch in ")}]" and (not stack or stack.pop() != ch):
            return False
    return not stack


def _terms(body: str):
    """[(coefficient, atom, names)] of a sum of signed terms, or None when a term is not one of ``_ATOMS``."""
    parts, depth, start, bars = [], 0, 0, 0
    for k, ch in enumerate(body):
        depth += ch in "({[" if ch in "({[" else -(ch in ")}]")
        bars ^= ch == "‖"
        if ch in "+-" and depth == 0 and not bars and k > start and body[k - 1] not in "^_{(":
            parts.append(body[start:k])
            start = k
    parts.append(body[start:])
    out = []
    for part in parts:
        sign = -1 if part.startswith("-") else 1
        part = part.lstrip("+-")
        m = _COEFFICIENT.match(part)
        if not part or m.group(3) is not None and int(m.group(3)) == 0:
            return None   # an empty term ("x^T A x +") or a zero denominator
        c = Fraction(int(m.group(1) or 1)) * (Fraction(int(m.group(2)), int(m.group(3))) if m.group(2) else 1)
        rest = part[m.end():].removeprefix("\\cdot") if m.group(0) else part
        if not rest:
            out.append((sign * c, "number", ()))
            continue
        for pattern, atom, groups, s in _ATOMS:
            found = pattern.match(rest)
            if found:
                out.append((sign * s * c, atom, tuple(found.group(g) for g in groups)))
                break
        else:
            return None
    return out


#: A condition, as the rest of the sentence writes it: (pattern, relation, the letter's group or None).
_LOEWNER = {r"\succeq": "ge", r"\succ": "gt", r"\preceq": "le", r"\prec": "lt"}
_WORDS = {"positive semidefinite": "ge", "psd": "ge", "positive definite": "gt", "negative semidefinite": "le",
          "negative definite": "lt", "indefinite": "indefinite", "symmetric": "symmetric"}
_S = r"\\math(?:bf|bb)\{S\}\^\{?n\}?"
_CONDITIONS = [
    (re.compile(r"\$\s*([A-Z])\s*(?:=\s*\1\s*\^\s*\{?(?:\\top|T)\}?\s*)?(\\succeq|\\succ|\\preceq|\\prec)\s*0\s*\$"),
     None, 1),
    (re.compile(rf"\$\s*([A-Z])\s*\\in\s*{_S}_\{{?\+\+\}}?\s*\$"), "gt", 1),
    (re.compile(rf"\$\s*([A-Z])\s*\\in\s*{_S}_\{{?\+\}}?\s*\$"), "ge", 1),
    (re.compile(rf"\$\s*([A-Z])\s*\\in\s*{_S}\s*\$"), "symmetric", 1),
    (re.compile(r"\$\s*([A-Z])\s*\\in\s*\\mathbb\{R\}\^\{n\s*\\times\s*n\}\s*\$"), "square", 1),
    (re.compile(rf"\$\s*(?:\\mathbb\{{R\}}\^n\s*\\times\s*)?{_S}_\{{?\+\+\}}?\s*\$"), "gt", None),
    (re.compile(rf"\$\s*{_S}\s*\$"), "symmetric", None),
    (re.compile(r"\$\s*([A-Z])\s*\$\s+(?:is\s+)?(positive semidefinite|positive definite|negative semidefinite|"
                r"negative definite|PSD|indefinite|symmetric)\b"), "words", 1),
    (re.compile(r"\b(?:an?\s+)?(positive semidefinite|positive definite|negative semidefinite|negative definite|"
                r"PSD|indefinite|symmetric)\s+\$\s*([A-Z])\s*\$"), "words", 2),
    (re.compile(r"\b(?:the\s+)?(positive definite|symmetric)\s+matrices(?:\s+\$\s*[A-Z]\s*\$)?"), "words", None),
    (re.compile(r"\$\s*([a-z])\s*>\s*0\s*\$"), "gt", 1),
    (re.compile(r"\$\s*(?:[a-z]\s*\\in\s*)?\\mathbb\{R\}\^\{?n\}?\s*\$"), "space", None),
]
_FILLER = re.compile(r"^(?:in|on|over|for|when|whenever|where|is|are|the|a|an|all|every|with|respect|to|matrices|"
                     r"matrix|and|,|\.)$", re.I)
_VARIABLES = re.compile(r"\b(?:jointly\s+)?in\s+\$\s*\(?\s*([A-Za-z](?:\s*,\s*[A-Za-z])*)\s*\)?\s*\$")


@dataclasses.dataclass
class Reading:
    """A claim read as a sum of matrix atoms: ``terms`` [(c, atom, names)], the variables, the parameters, the
    conditions {name: ge | gt | le | lt | symmetric | square | indefinite} and the property asked."""

    text: str
    terms: list
    variables: list
    parameters: list
    conditions: dict
    prop: str
    negated: bool
    #: Read jointly in letters that stand where an atom takes data (tr(SX) with S unnamed): not answered here.
    joint: bool = False
    #: A number variable named in a condition with "for" ("for $t > 0$"): also read as a parameter.
    sliced: bool = False


def read_matrix_claim(text: str) -> Reading | None:
    """The claim as a sum of matrix atoms with its conditions, or None when it is not one this reader reads fully
    (every word after the property a condition, a variable list or a filler word)."""
    m = _PROPERTY.match(text.strip()) or _QUESTION.match(text.strip()) or _PLAIN.match(text.strip())
    if m is None or re.search(r"\b(?:not|false|whether|if)\b", m.group("lead") if "lead" in m.groupdict() else ""):
        return None
    math = m.group("math").replace("log det X", r"\log\det X")
    if not _balanced(_normal(math)):
        return None   # "\det X)", "\lambda_{\max(X)": a bracket left open or closed twice
    sides = _normal(math).split("=")
    terms = _terms(sides[-1])
    if len(sides) > 2 or len(sides) == 2 and _terms(sides[0]) != terms:
        return None   # "A = B" is a claim about one function only when both sides are read the same
    if not terms or not any(a not in ("letter", "number", "inner") for _, a, _ in terms):
        return None
    rest = m.group("rest")
    stated, sliced = None, False
    head = re.match(r"^\s*([a-zA-Z])\(([^()=]*)\)\s*=", math)
    if head:
        stated = re.findall(r"[A-Za-z]", head.group(2))
    found = _VARIABLES.search(rest)
    if found:
        stated = re.findall(r"[A-Za-z]", found.group(1))
        rest = rest[:found.start()] + " " + rest[found.end():]
    conditions: dict = {}
    unnamed = []
    for pattern, rel, group in _CONDITIONS:
        for c in list(pattern.finditer(rest)):
            if rel == "words":
                word = c.group(1 if group == 2 or group is None else 2).lower()
                name = c.group(group) if group else None
                rel_here = _WORDS[word]
            elif rel is None:
                name, rel_here = c.group(1), _LOEWNER[c.group(2)]
            else:
                name, rel_here = (c.group(group) if group else None), rel
            if rel_here == "space":
                continue   # R^n: every vector of the size, no condition
            if name is None:
                unnamed.append(rel_here)
            elif conditions.setdefault(name, rel_here) != rel_here:
                return None
        rest = pattern.sub(" ", rest)
    if any(not _FILLER.match(w) for w in re.findall(r"[^\s,.]+|[,.]", rest)):
        return None   # a word this reader does not know: another reader's claim
    roles: dict = {}
    for _, atom, names in terms:
        for name, var in zip(names, _ROLES.get(atom, ())):
            if roles.setdefault(name, var) != var:
                return None
    symmetric = [n for _, a, names in terms if a in _SYMMETRIC or a == "matfrac" for n in names if n.isupper()]
    for rel in unnamed:   # "on S^n_{++}", "over the positive definite matrices": the matrix variable's set
        if len(set(symmetric)) != 1 or conditions.setdefault(symmetric[0], rel) != rel:
            return None
    inner = [names for _, a, names in terms if a == "inner"]
    letters = [names[0] for _, a, names in terms if a == "letter"]
    if stated is not None:
        if any(roles.get(n) is False for n in stated):
            return None   # a parameter's place taken by a variable: not this reading
        variables = stated
    else:   # CLAIMS.md: every letter is a variable, except those a condition names ("for $A \succeq 0$")
        variables = [n for _, _, ns in terms for n in ns if roles.get(n) is not False or n not in conditions]
        # x^T x / t for t > 0: t a parameter or a variable? (answered only where both readings agree)
        sliced = any(a == "quadoverlin" for _, a, _ in terms) and not m.group("joint") and \
            re.search(r"\bfor\s+\$\s*[a-z]\s*>", m.group("rest")) is not None
        if any(roles.get(n) is False for n in variables):
            return Reading(text=text, terms=terms, variables=variables, parameters=[], conditions=conditions,
                           prop=m.group("prop"), negated=bool(m.group("not")), joint=True)
    variables = list(dict.fromkeys(variables))
    # tr(X^2) of a square matrix not said symmetric is not ||X||_F^2: no proof, its general 2 x 2 member
    terms = [(c, "trsquaregen", ns) if a == "trsquare" and conditions.get(ns[0]) not in (
        "symmetric", "gt", "ge", "lt", "le") else (c, a, ns) for c, a, ns in terms]
    # x^T A^{-1} x in x alone: A a parameter (matfrac is jointly in (x, Y))
    terms = [(c, "invquadform", ns) if a == "matfrac" and ns[1] not in variables else (c, a, ns) for c, a, ns in terms]
    roles = {n: v for n, v in roles.items() if not (n.isupper() and n not in variables and any(
        a == "invquadform" and ns[1] == n for _, a, ns in terms))}
    if any(var and n not in variables for n, var in roles.items()):
        return None   # a matrix atom's variable read as a parameter: not this reading
    if any(n not in roles and n not in letters and not any(n in p for p in inner) for n in variables):
        return None
    names = {n for _, _, ns in terms for n in ns}
    parameters = sorted(n for n in names if n not in variables)
    if set(conditions) - names:
        return None
    scalars = {ns[1] for _, a, ns in terms if a == "quadoverlin"} | {ns[0] for _, a, ns in terms if a == "letter"}
    if any(n.islower() and n not in scalars for n in conditions):
        return None   # x > 0 of a vector: entrywise, another reader's domain
    prop = m.group("prop")
    return Reading(text=text, terms=terms, variables=variables, parameters=parameters, conditions=conditions,
                   prop=prop, negated=bool(m.group("not")), sliced=sliced)


def _leaf(atom: str, names: tuple, variables: list) -> str:
    """The kernel's leaf of an atom (``check.matrices.ATOMS``); inner(b, x) puts the parameter first."""
    if atom == "inner" and names[0] in variables:
        names = names[::-1]
    return f"{atom}({','.join(names)})"


def _certificates(reading: Reading):
    """The ``matrix`` certificates the checker accepts about the reading's subject, with the Subject."""
    terms, constant = [], Fraction(0)
    for c, atom, names in reading.terms:
        if atom == "number":
            constant += c
            continue
        leaf = ["var", names[0] if atom == "letter" else _leaf(atom, names, reading.variables)]
        terms.append(leaf if c == 1 else ["mul", ["num", str(c)], leaf])
    if constant:
        terms.append(["num", str(constant)])
    function = terms[0] if len(terms) == 1 else ["add", *terms]
    domain = tuple([rel, ["var", n], ["num", "0"]] for n, rel in sorted(reading.conditions.items())
                   if rel in ("gt", "ge", "lt", "le"))
    subject = Subject(variables=tuple(reading.variables), function=function, domain=domain,
                      parameters=tuple(reading.parameters))
    made = [MatrixCertificate(proves=p, variables=tuple(reading.variables), function=function, domain=domain,
                              parameters=tuple(reading.parameters))
            for p in ("strictly_convex", "strictly_concave", "affine", "convex", "concave")]
    if any(a in ("det",) for _, a, _ in reading.terms):
        return [], set()
    return gate(made, subject)


def _decide(facts: dict, prop: str, negated: bool):
    """True / False / None from the proven facts (``facts.derive``'s closure)."""
    if prop == "neither convex nor concave":
        if "convex" in facts or "concave" in facts:
            return negated
        return None
    fact = _FACT[prop]
    if fact in facts:
        return not negated
    if "not_" + fact in facts:
        return negated
    return None


def _minors(matrix) -> str:
    """The Loewner class of a symmetric 2 x 2 number matrix by its exact minors: gt, ge, lt, le or indefinite (a
    matrix may be several: the strongest first)."""
    (a, b), (_, d) = matrix
    det = a * d - b * b
    if det < 0:
        return {"indefinite", "symmetric", "square"}
    out = {"symmetric", "square"}
    if a > 0 and det > 0:
        out |= {"gt", "ge"}
    if a < 0 and det > 0:
        out |= {"lt", "le"}
    if det == 0 and a >= 0 and d >= 0:
        out.add("ge")
    if det == 0 and a <= 0 and d <= 0:
        out.add("le")
    return out


def _latex(number) -> str:
    """A rational number as LaTeX, in brackets when negative."""
    q = Fraction(number)
    text = str(q.numerator) if q.denominator == 1 else f"\\frac{{{abs(q.numerator)}}}{{{q.denominator}}}"
    return f"(-{text.lstrip('-')})" if q < 0 else text


def _det(matrix) -> Fraction:
    (a, b), (c, d) = matrix
    return Fraction(a) * d - Fraction(b) * c


def _inverse(matrix):
    """The inverse of an invertible 2 x 2 number matrix, exactly."""
    (a, b), (c, d) = matrix
    det = _det(matrix)
    return ((d / det, -b / det), (-c / det, a / det))


#: Atoms whose value on the first axis of R^d, (x_1, 0, ..., 0), is their value at the number x_1 (data padded
#: with zeros): a claim with vectors alone is refuted for every d by its member of dimension 1 (a restriction to an
#: affine subspace keeps convexity, concavity and strictness). max_i x_i is not one: max(x_1, 0, ..., 0) != x_1.
_PADDED = {"quadoverlin", "sqnorm", "vnorm1", "vnorm2", "vnorminf", "inner", "letter", "number"}


def _member_texts(reading: Reading, first_axis: bool = False):
    """(member claim text, what the member is) for the members of size 2 that satisfy every stated condition; with
    ``first_axis``, the member with each vector of dimension 1 (for vectors alone, atoms of ``_PADDED``)."""
    if first_axis and any(a not in _PADDED for _, a, _ in reading.terms):
        return []
    matrices = [n for n in reading.variables if n.isupper()]
    if len(matrices) > 1 or {"p", "q", "r", "s"} & set(reading.variables + reading.parameters) or any(
            a not in _MEMBER and a not in ("number", "letter", "quadform", "invquadform") for _, a, _ in reading.terms):
        return []
    quad = list(dict.fromkeys(names[1] for _, a, names in reading.terms if a in ("quadform", "invquadform")))
    identity = {ns[0] for _, a, ns in reading.terms if a == "tracewith"}
    for n, rel in reading.conditions.items():   # a member's fixed parameter must satisfy the parameter's condition
        if n not in reading.parameters or n in quad:
            continue
        if not (n in identity and rel in ("gt", "ge", "symmetric", "square") or n.islower() and rel == "gt" and
                any(a == "letter" and ns[0] == n for _, a, ns in reading.terms)):
            return []   # S = I in tr(SX), c = 1 for a number c > 0; no other parameter is fixed under a condition
    choices = [None]
    if len(quad) > 1:
        return []
    if quad:
        wanted = reading.conditions.get(quad[0], "square")
        inverse = any(a == "invquadform" for _, a, _ in reading.terms)
        choices = [A for A in _CANDIDATES if wanted in _minors(A) and not (inverse and _det(A) == 0)][:4]
    scalars = {ns[1] for _, a, ns in reading.terms if a == "quadoverlin"} | \
        {ns[0] for _, a, ns in reading.terms if a == "letter"}
    out = []
    for A in choices:
        pieces = []
        for c, atom, names in reading.terms:
            if atom == "number":
                body = str(c)
            elif atom == "letter":
                body = names[0] if names[0] in reading.variables else "1"
            elif atom in ("quadform", "invquadform"):
                (a, b), (_, d) = A if atom == "quadform" else _inverse(A)
                body = "(" + " + ".join(f"{_latex(k)} {m}" for k, m in ((a, "x_1^2"), (2 * b, "x_1 x_2"),
                                                                            (d, "x_2^2"))) + ")"
            else:
                body = _MEMBER[atom]
            if atom == "quadoverlin":
                if names[1] not in reading.variables:
                    return []
                body = body.replace("{t}", "{" + names[1] + "}")
            vector = next((n for n in names if n.islower() and n in reading.variables and n not in scalars), "x")
            body = body.replace("x_", f"{vector}_")
            if first_axis:
                body = body.replace(f"{vector}_2", "0")
            factor = "" if c == 1 else "-" if c == -1 else f"\\frac{{{c.numerator}}}{{{c.denominator}}}" \
                if c.denominator != 1 else str(c)
            pieces.append(("+ " if pieces else "") + f"{factor} {body}".strip())
        expr = " ".join(pieces).replace("+ -", "- ")
        names, domain = [], []
        for n in reading.variables:
            if n.isupper():
                rows = all(a in ("sigmamax", "nuclear") for _, a, ns in reading.terms if n in ns)
                square = any(a == "trsquaregen" for _, a, ns in reading.terms if n in ns)
                # a general matrix's member: one row (p, q), or [[p, q], [s, r]]; a symmetric one [[p, q], [q, r]]
                names += ["p", "q"] if rows else ["p", "q", "s", "r"] if square else ["p", "q", "r"]
                rel = reading.conditions.get(n)
                if rows and rel is not None:
                    return []   # a 1 x 2 member is neither symmetric nor definite
                if rel in ("gt", "ge"):
                    op = ">" if rel == "gt" else r"\ge"
                    domain += [f"$p {op} 0$", f"$r {op} 0$", f"$p r - q^2 {op} 0$"]
                elif rel is not None and rel not in ("symmetric", "square"):
                    return []
            elif n in scalars:
                names.append(n)
                if reading.conditions.get(n) == "gt":
                    domain.append(f"${n} > 0$")
            else:
                names += [f"{n}_1"] if first_axis else [f"{n}_1", f"{n}_2"]
        prop = reading.prop
        words = f"${expr}$ is {'not ' if reading.negated else ''}{prop} in ${', '.join(names)}$"
        if domain:
            words += " on " + ", ".join(domain)
        what = ", ".join([(f"{n} = [[p, q]] (1 x 2)" if "r" not in names else f"{n} = [[p, q], [s, r]]"
                           if "s" in names else f"{n} = [[p, q], [q, r]]")
                          if n.isupper() else f"{n} = (x_1, 0, ..., 0) on the first axis of every R^d" if first_axis
                          else f"{n} in R^2" for n in reading.variables if n not in scalars])
        if A is not None:
            what += f", {quad[0]} = {[list(row) for row in A]}"
        out.append((words, what))
    return out


@dataclasses.dataclass
class MatrixResult:
    """The answer to a claim about matrix atoms of every size, proved by ``matrix`` certificates."""

    #: Marks the result for the surfaces (``latex.matrices``, the web page).
    matrix_atoms = True

    text: str
    holds: bool | None
    reason: str
    certificates: list = dataclasses.field(default_factory=list)
    proved: dict = dataclasses.field(default_factory=dict)
    seconds: float = 0.0
    analysis: object = None

    @property
    def facts(self) -> dict:
        return dict(self.proved)

    @property
    def verified(self) -> bool:
        return bool(self.certificates)

    @property
    def explanation(self) -> str:
        return self.reason

    @property
    def curvature(self) -> str:
        return next((w for w in ("affine", "convex", "concave") if w in self.proved), "unknown")

    def to_dict(self) -> dict:
        return {"claim": self.text, "matrix_atoms": True, "holds": self.holds, "curvature": self.curvature,
                "explanation": self.reason, "facts": self.facts,
                "certificates": [c.to_dict() for c in self.certificates], "verified": self.verified, "error": None}

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=indent)

    def answer(self) -> str:
        lines = [f"{ANSWER_WORDS[self.holds]}: {self.text}", f"  {self.reason}"]
        lines += [f"    {c.summary()}" for c in self.certificates]
        if self.certificates:
            lines.append("  every certificate was accepted by the independent checker")
        return "\n".join(lines)

    __str__ = answer


def check_matrix_claim(text: str, timeout: float, *, member):
    """Answer a claim about matrix atoms (module docstring), or None when this reader does not read it.
    ``member(text)`` answers a member's claim (a ClaimResult, or None when it cannot be read)."""
    start = time.monotonic()
    reading = read_matrix_claim(text)
    if reading is None:
        return None
    if reading.joint:
        if all(a in ("inner", "letter", "number", "quadform", "quadoverlin", "norminf", "maxcoord", "mincoord")
               for _, a, _ in reading.terms):
            return None   # the other readers read these jointly
        return MatrixResult(text=text, holds=None, reason="undecided: read in all its letters "
                            f"({', '.join(reading.variables)}), as a claim without 'in $...$' is; name the variables "
                            "('in $X$') for the reading with the others as data", seconds=time.monotonic() - start)
    kept, statements = _certificates(reading)
    facts = derive({s: [k] for k, s in enumerate(sorted(statements, key=lambda s: [c.proves for c in kept].index(s)))})
    holds = _decide(facts, reading.prop, reading.negated)
    scope = (f"read for every size of {', '.join(n for n in reading.variables + reading.parameters if n.isalpha())}"
             + (f" and every {', '.join(reading.parameters)} with its conditions" if reading.parameters else ""))
    if reading.sliced and not (holds is True and reading.prop in ("convex", "concave", "affine")):
        return MatrixResult(text=text, holds=None, reason="undecided: the number named with 'for' may be a variable or "
                            "a parameter, and only a non-strict property proved jointly holds in both readings",
                            seconds=time.monotonic() - start)
    if reading.sliced:
        scope += (" (also with the numbers named with 'for' as parameters: a function convex, concave or affine "
                  "jointly is so in the other variables for each fixed value)")
    if holds is not None:
        return MatrixResult(text=text, holds=holds, reason=f"{scope}: proved {', '.join(sorted(s.replace('_', ' ') for s in statements))} by the "
                            "matrix atoms' facts (check.matrices)", certificates=kept, proved=facts,
                            seconds=time.monotonic() - start)
    positive = not reading.negated and reading.prop != "neither convex nor concave"
    missing = [f"{names[0]} \\succ 0" for _, a, names in reading.terms
               if a in ("logdet", "detroot", "trinv") and reading.conditions.get(names[0]) != "gt"]
    if missing:
        return MatrixResult(text=text, holds=None, reason=f"undecided: {missing[0]} must be stated (the natural "
                            "domain {det X > 0} is not convex for sizes >= 2)", seconds=time.monotonic() - start)
    alone = not any(n[:1].isupper() for n in reading.variables + reading.parameters)
    if positive and alone:
        for words, what in _member_texts(reading, first_axis=True):   # (conditions on numbers only: the reader)
            two = member(words)
            if two is not None and two.holds is False:
                from .matrix_rows import noted

                return noted(two, f"refuted by the member with {what}, a restriction of every member to an affine "
                                  f"subspace ({scope})")
        return MatrixResult(text=text, holds=None, reason=f"undecided: {scope}; no proof for every size, and for "
                            "vectors alone a member of one size is not taken as the answer (as vector_norms)",
                            seconds=time.monotonic() - start)
    if positive:
        for words, what in _member_texts(reading):
            if time.monotonic() - start > timeout:
                break
            two = member(words)
            if two is not None and two.holds is False:
                from .matrix_rows import noted

                return noted(two, f"refuted by the member of size 2 with {what}, which satisfies every stated "
                                  f"condition (a member of the claim, {scope})")
    return MatrixResult(text=text, holds=None, reason=f"undecided: {scope}; no matrix-atom proof of the property and "
                        "no refuting member of size 2", seconds=time.monotonic() - start)


__all__ = ["MatrixResult", "Reading", "check_matrix_claim", "read_matrix_claim"]
