r"""Statements written for other tools, read as claims (text layer): Lean 4 mathlib's ``ConvexOn ℝ s f`` (and
``ConcaveOn``, ``StrictConvexOn``, ``StrictConcaveOn``, ``QuasiconvexOn``, ``QuasiconcaveOn``, ``QuasilinearOn``,
with ``¬``, as a ``theorem``/``lemma``/``example`` with binders), mathlib 3's ``convex_on ℝ s f``, Isabelle's ``convex_on A f`` / ``concave_on A f``, and Mathematica's
``FunctionConvexity[f, x] == 1``.

Each statement is rewritten into the claim shape of CLAIMS.md (``$body$ is P in $x$ on $set$ for $conditions$``) and
answered like any claim; the answer's reading says which tool's statement was read and how. The rewriting keeps the
statement's meaning, or refuses it:

- **The set is always stated.** ``univ`` is ``x \in \mathbb{R}``, never "the natural domain": Lean's and Isabelle's
  functions are total (``Real.log 0 = 0``, ``x / 0 = 0``, ``Real.sqrt (-1) = 0``), so ``ConcaveOn ℝ univ log`` is
  about log |x| with log 0 = 0, which is not concave. A claim on a set where the formula is undefined somewhere is
  answered undecided by the claim reader, except where it answers on the open side of a closed end (``x \log x`` on
  ``x \ge 0``): a *proof* there carries over by limits or the value +-infinity, not by the total function's value
  (log 0 = 0), so for Lean and Isabelle such a proof is not taken (undecided); a refutation rests on points where
  both functions agree and stands. Mathematica's FunctionConvexity is Indeterminate for a function that is not
  real-valued on the whole region, and is treated alike.
- **Mathematica's values** (``reference.wolfram.com/language/ref/FunctionConvexity``): +1 convex and not affine,
  0 affine, -1 concave and not affine, ``Indeterminate`` neither convex nor concave (or not real-valued); with
  ``StrictInequalities -> True``: +1 strictly convex, -1 strictly concave, ``Indeterminate`` neither strictly
  convex nor strictly concave; 0 is never its value then, and such a statement is refused.
- **Binders**: ``{p : ℝ}`` names a parameter (the claim is about every value its hypotheses allow), a hypothesis
  ``(hp : 1 ≤ p)`` is a condition; a binder of another type (``n : ℕ``, ``E`` a space) is refused (parameters are
  real numbers here; a claim for every real n is another claim).
"""

from __future__ import annotations

import dataclasses
import re

from .errors import ClaimError
from .parsing.text import split_top_level

#: Lean's and Isabelle's property words -> (property, strict).
_LEAN_HEADS = {"ConvexOn": "convex", "ConcaveOn": "concave", "StrictConvexOn": "strictly convex",
               "StrictConcaveOn": "strictly concave", "convex_on": "convex", "concave_on": "concave",
               "strict_convex_on": "strictly convex", "strict_concave_on": "strictly concave",
               "QuasiconvexOn": "quasiconvex", "QuasiconcaveOn": "quasiconcave", "QuasilinearOn": "quasilinear"}
#: A function named without its argument, as a formula of x ("exp", "Real.log", "(√·)", "(· ^ 2)", ...).
_NAMED = {"exp": r"\exp(x)", "rexp": r"\exp(x)", "log": r"\log(x)", "ln": r"\log(x)", "sqrt": r"\sqrt{x}",
          "sin": r"\sin(x)", "cos": r"\cos(x)", "tan": r"\tan(x)", "sinh": r"\sinh(x)", "cosh": r"\cosh(x)",
          "tanh": r"\tanh(x)", "arctan": r"\arctan(x)", "abs": "|x|", "id": "x", "negMulLog": r"-x \log(x)",
          "(√·)": r"\sqrt{x}", "(|·|)": "|x|", "(-·)": "-x", "Neg.neg": "-x", "norm": "|x|", "(‖·‖)": "|x|"}
#: Lean's and Isabelle's function names inside a formula -> LaTeX (applied by juxtaposition: ``log x``).
_FUNCTIONS = {"rexp": r"\exp", "exp": r"\exp", "log": r"\log", "ln": r"\log", "sqrt": r"\sqrt", "sin": r"\sin",
              "cos": r"\cos", "tan": r"\tan", "sinh": r"\sinh", "cosh": r"\cosh", "tanh": r"\tanh",
              "arctan": r"\arctan"}


#: Isabelle's ``b powr a``: (base, exponent), each a word or a bracketed term.
_POWR = r"(\w+|\([^()]*\))\s+powr\s+(\w+|\([^()]*\))"


@dataclasses.dataclass(frozen=True)
class ToolReading:
    """A tool's statement as a claim: ``claim`` (the claim shape), ``tool`` (its name, for the reading), and
    ``total`` (the tool's functions are total: a proof on the open side of a closed end is not taken)."""
    claim: str
    tool: str
    total: bool


# ------------------------------------------------------------------------------------------ formulas

def _balanced_end(text: str, start: int, opening: str, closing: str) -> int:
    """The index just past the bracket closing the one opened at ``text[start]``."""
    depth = 0
    for k in range(start, len(text)):
        depth += {opening: 1, closing: -1}.get(text[k], 0)
        if depth == 0:
            return k + 1
    raise ClaimError(f"unbalanced '{opening}' in the statement")


def _formula(body: str, names: dict[str, str]) -> str:
    """A Lean or Isabelle formula as LaTeX that the claim reader takes: ``Real.`` dropped, function names as
    commands, ``√`` as ``\\sqrt``, ``x⁻¹`` as ``x^{-1}``, ``b powr a`` as ``b^{a}``, ``π`` as ``\\pi``; variables renamed
    by ``names`` (``p.1`` -> ``p_1``)."""
    if re.search(r"\^\s*\(\s*-?\d+\s*/\s*\d+\s*\)", body):
        raise ClaimError("an exponent (1/2) divides natural numbers in Lean (1/2 = 0): write (1/2 : ℝ)")
    text = re.sub(r"\(\s*([^():]*?)\s*:\s*(?:ℝ|Real|real)\s*\)", r"(\1)", body.strip())   # (1/2 : ℝ) -> (1/2)
    for old, new in names.items():
        text = re.sub(rf"(?<![\w.]){re.escape(old)}(?![\w])", new, text)
    text = re.sub(r"\b[Rr]eal\.", "", text)
    text = re.sub(r"\b(rexp|exp|log|ln|sqrt|sinh|cosh|tanh|sin|cos|tan|arctan)\b(?!\s*[\^_])",
                  lambda m: _FUNCTIONS[m.group(1)] + " ", text)
    text = re.sub(r"√\s*\(", r"\\sqrt(", text)
    text = re.sub(r"√\s*([A-Za-z0-9_]+)", r"\\sqrt{\1}", text)
    # Isabelle's b powr a: exp(a ln b) for b > 0, 0 at b = 0, unspecified below (``_powr_bases`` asks b >= 0)
    text = re.sub(_POWR, lambda m: f"{m.group(1)}^{{{m.group(2).strip('()')}}}", text)
    text = text.replace("⁻¹", "^{-1}").replace("π", r"\pi ").replace("‖", "|")
    text = text.replace("\\<bar>", "|").replace("\\<pi>", r"\pi ")
    text = re.sub(r"\s+", " ", text).strip()
    unknown = re.search(r"[·∘↑∑∏]|λ|\.[A-Za-z]|(?<![\\A-Za-z])[A-Za-z]{2,}", text)
    if unknown:   # max x y, fun, deriv, p.1 of a pair not declared: a name the claim reader would read as letters
        raise ClaimError(f"cannot read '{unknown.group(0)}' in the formula '{body.strip()}' of the statement")
    return text


def _function(text: str) -> tuple[str, list[str]]:
    """A Lean or Isabelle function term -> (its formula, its variables): ``fun x => body``, ``fun (x : ℝ) ↦ body``,
    ``λ x, body`` (mathlib 3), ``λx. body`` / ``%x. body`` (Isabelle), a pair ``fun p : ℝ × ℝ => p.1 * p.2``, or a
    name (``exp``, ``Real.log``, ``(√·)``, ``(· ^ 2)``)."""
    term = text.strip()
    while term.startswith("(") and _balanced_end(term, 0, "(", ")") == len(term) and not re.fullmatch(
            r"\((?:√·|\|·\||-·|‖·‖)\)", term):
        term = term[1:-1].strip()
    power = re.fullmatch(r"\(?\s*·\s*\^\s*(\(?-?\d+\)?)\s*\)?", term)
    if power:
        return f"x^{{{power.group(1).strip('()')}}}", ["x"]
    name = re.sub(r"^[Rr]eal\.", "", term)
    if name in _NAMED:
        return _NAMED[name], ["x"]
    lam = re.fullmatch(r"(?:fun|λ|%|\\<lambda>)\s*(?P<binder>.+?)\s*(?:=>|↦|,|\.(?=\s))\s*(?P<body>.+)", term, re.S)
    if lam is None:
        raise ClaimError(f"cannot read the function '{text.strip()}' of the statement (write fun x => ...)")
    binder = lam.group("binder").strip()
    typed = re.fullmatch(r"\(?\s*(\w+)\s*(?::\s*(?P<type>[^)]+))?\)?", binder)
    if typed is None:
        raise ClaimError(f"cannot read the variable '{binder}' of the statement")
    variable, kind = typed.group(1), (typed.group("type") or "ℝ").replace(" ", "")
    if kind in ("ℝ", "Real", "real"):
        return _formula(lam.group("body"), {}), [variable]
    pair = re.fullmatch(r"(?:ℝ|Real)(?:×(?:ℝ|Real))+", kind)
    if pair is None:
        raise ClaimError(f"the variable {variable} has type {kind}: symconvex reads functions of real numbers")
    count = kind.count("×") + 1
    names = {f"{variable}.{k}": f"{variable}_{k}" for k in range(1, count + 1)}
    if count == 2:
        names.update({f"{variable}.fst": f"{variable}_1", f"{variable}.snd": f"{variable}_2"})
    body = _formula(lam.group("body"), names)
    if re.search(rf"(?<![\\\w]){re.escape(variable)}(?![_\w])", body):
        raise ClaimError(f"the pair {variable} is used other than by its coordinates {variable}.1, {variable}.2")
    return body, [f"{variable}_{k}" for k in range(1, count + 1)]


# ------------------------------------------------------------------------------------------ sets

_LEAN_SET = re.compile(r"(?:[Ss]et\.)?(Ioi|Ici|Iio|Iic|Ioo|Icc|Ico|Ioc)\s+(.+)")
_ISABELLE_SET = re.compile(r"\{\s*(?P<lo>[^.{}<]*?)\s*(?P<lopen><)?\.\.(?P<hopen><)?\s*(?P<hi>[^.{}]*?)\s*\}")


def _arguments(text: str) -> list[str]:
    """``0 1``, ``(-1) 1``, ``0 (π / 2)``: a Lean application's arguments."""
    out, k = [], 0
    text = text.strip()
    while k < len(text):
        if text[k].isspace():
            k += 1
        elif text[k] == "(":
            end = _balanced_end(text, k, "(", ")")
            out.append(text[k + 1:end - 1])
            k = end
        else:
            m = re.match(r"[^\s()]+", text[k:])
            out.append(m.group(0))
            k += m.end()
    return out


def _conditions(kind: str, ends: list[str], variable: str) -> list[str]:
    """The conditions ``variable`` in a mathlib interval: ``Ioo a b`` -> ``a < x``, ``x < b``."""
    lower = {"Ioi": "<", "Ici": r"\le", "Ioo": "<", "Icc": r"\le", "Ico": r"\le", "Ioc": "<"}
    upper = {"Iio": "<", "Iic": r"\le", "Ioo": "<", "Icc": r"\le", "Ico": "<", "Ioc": r"\le"}
    want = (kind in lower) + (kind in upper)
    if len(ends) != want:
        raise ClaimError(f"the interval {kind} needs {want} end(s), found {len(ends)}")
    ends = [_formula(e, {}) for e in ends]
    out = []
    if kind in lower:
        out.append(f"{ends[0]} {lower[kind]} {variable}")
    if kind in upper:
        out.append(f"{variable} {upper[kind]} {ends[-1]}")
    return out


def _lean_set(text: str, variables: list[str]) -> list[str]:
    """A Lean set over the variables -> conditions (empty list: all of R^n, stated as a membership)."""
    term = text.strip()
    while term.startswith("(") and _balanced_end(term, 0, "(", ")") == len(term):
        term = term[1:-1].strip()
    if term in ("univ", "Set.univ", "set.univ", "UNIV"):
        return [r"(" + ", ".join(variables) + r") \in \mathbb{R}^{%d}" % len(variables) if len(variables) > 1
                else rf"{variables[0]} \in \mathbb{{R}}"]
    product = [part.strip() for part in re.split(r"×ˢ", term)]
    if len(product) > 1:
        if len(product) != len(variables):
            raise ClaimError(f"the set {term} has {len(product)} factors for {len(variables)} variables")
        return [c for part, v in zip(product, variables) for c in _lean_set(part, [v])]
    if len(variables) != 1:
        raise ClaimError(f"cannot read the set '{term}' of pairs (write a product S ×ˢ T)")
    builder = re.fullmatch(r"\{\s*(\w+)\s*(?::\s*(?:ℝ|Real))?\s*\|\s*(.+)\}", term, re.S)   # {x | 0 < x}
    if builder:
        condition = _formula(builder.group(2).replace("≤", r" \le ").replace("≥", r" \ge "),
                             {builder.group(1): variables[0]})
        return [c.strip() for c in re.split(r"∧|\\land|\band\b", condition)]
    interval = _LEAN_SET.fullmatch(term)
    if interval:
        return _conditions(interval.group(1), _arguments(interval.group(2)), variables[0])
    isabelle = _ISABELLE_SET.fullmatch(term)   # {a..b}, {a<..}, {..<b}, {a<..<b}: mathlib's names for the same
    if isabelle:
        lo, hi = isabelle.group("lo"), isabelle.group("hi")
        if not lo and not hi:
            return [rf"{variables[0]} \in \mathbb{{R}}"]
        low = ("o" if isabelle.group("lopen") else "c") if lo else ""
        high = ("o" if isabelle.group("hopen") else "c") if hi else ""
        name = "I" + low + high if lo and hi else "I" + low + "i" if lo else "Ii" + high
        return _conditions(name, [e for e in (lo, hi) if e], variables[0])
    raise ClaimError(f"cannot read the set '{term}' of the statement (univ, Set.Ioi a, Set.Icc a b, ...)")


# ------------------------------------------------------------------------------------------ statements

#: Any of the heads of ``_LEAN_HEADS``, longest first (StrictConvexOn before ConvexOn).
_HEAD = "|".join(sorted(_LEAN_HEADS, key=len, reverse=True))
_LEAN = re.compile(rf"(?P<neg>¬\s*)?(?P<open>\()?\s*(?P<head>{_HEAD})\b\s*(?P<rest>.*?)(?(open)\))\s*$", re.S)
_DECLARATION = re.compile(r"^\s*(?:(?:theorem|lemma|example)\b\s*(?:(?P<name>[\w.']*)\s*(?P<binders>.*?)\s*:\s*)?)?"
                          rf"(?P<prop>(?:¬\s*)?\(?\s*(?:{_HEAD})\b.*)$", re.S)


def _split_terms(text: str) -> list[str]:
    """Top-level terms of an application: ``ℝ (Set.Ici 0) fun x => x ^ 2`` -> ["ℝ", "(Set.Ici 0)", "fun x => x ^ 2"];
    a ``fun`` or ``λ`` takes the rest."""
    out, k, text = [], 0, text.strip()
    while k < len(text):
        if text[k].isspace():
            k += 1
            continue
        if re.match(r"(?:fun\b|λ|%|\\<lambda>)", text[k:]):
            out.append(text[k:].strip())
            break
        if text[k] in "({":
            end = _balanced_end(text, k, text[k], ")" if text[k] == "(" else "}")
        else:
            end = k + re.match(r"[^\s({]+", text[k:]).end()
        out.append(text[k:end])
        k = end
    return out


def _binders(text: str) -> tuple[list[str], list[str]]:
    """Lean binders ``{p : ℝ} (hp : 1 ≤ p)`` -> (parameters, conditions as LaTeX)."""
    parameters, conditions = [], []
    for m in re.finditer(r"[({\[]\s*([^(){}\[\]]*?)\s*[)}\]]", text):
        inside = m.group(1)
        if m.group(0).startswith("["):
            raise ClaimError(f"cannot read the binder [{inside}] of the statement")
        names, _, kind = inside.partition(":")
        if not kind:
            raise ClaimError(f"cannot read the binder ({inside}) of the statement")
        kind = kind.strip()
        if kind in ("ℝ", "Real", "real"):
            parameters += names.split()
        elif re.search(r"[<>≤≥]|≠", kind):
            conditions.append(_formula(kind.replace("≤", r" \le ").replace("≥", r" \ge ").replace("≠", r" \ne "),
                                       {}))
        else:
            raise ClaimError(f"the binder {names.strip()} : {kind} is not a real number; symconvex reads claims "
                          "about real parameters only")
    return parameters, conditions


def _powr_bases(function: str, domain: list[str]) -> None:
    """Isabelle's ``b powr a`` is b^a only where b > 0 (and 0 at b = 0, where 0^a agrees for a > 0): each base must
    be a variable that the set bounds below by a number >= 0, and no exponent the number 0; else ``ClaimError``."""
    for base, exponent in re.findall(_POWR, function):
        bounded = any(re.fullmatch(rf"(\d+(?:/\d+)?|\d*\.\d+) (?:<|\\le) {re.escape(base)}", c) for c in domain)
        if not bounded or exponent.strip("() ") in ("0", "0.0"):
            raise ClaimError(f"{base} powr {exponent} is exp({exponent} ln {base}), unspecified for {base} < 0 in "
                          f"Isabelle: state the set with {base} >= 0 (and an exponent other than 0)")


def _claim(body: str, variables: list[str], prop: str, negated: bool, domain: list[str],
           conditions: list[str]) -> str:
    words = ("is not " if negated else "is ") + prop
    where = " and ".join(f"${c}$" for c in domain + conditions)
    return f"${body}$ {words} in ${', '.join(variables)}$" + (f" on {where}" if where else "")


def _lean(text: str) -> ToolReading | None:
    declaration = _DECLARATION.match(re.sub(r"\s*:=.*$", "", text.strip(), flags=re.S))
    if declaration is None:
        return None
    m = _LEAN.match(declaration.group("prop"))
    if m is None:
        return None
    parameters, conditions = _binders(declaration.group("binders") or "")
    terms = _split_terms(m.group("rest"))
    head = m.group("head")
    if terms and terms[0] in ("ℝ", "Real", "real"):
        terms, tool = terms[1:], "Lean (mathlib)"
    elif head in ("convex_on", "concave_on"):
        tool = "Isabelle"
    else:
        raise ClaimError(f"{head} needs the field ℝ first (e.g. {head} ℝ (Set.Ici 0) fun x => x ^ 2)")
    if len(terms) != 2:
        raise ClaimError(f"{head} takes a set and a function, found {len(terms)} term(s): {', '.join(terms)}")
    body, variables = _function(terms[1])
    clash = set(parameters) & set(variables)
    if clash:
        raise ClaimError(f"{sorted(clash)[0]} is both a binder and the function's variable")
    domain = _lean_set(terms[0], variables)
    _powr_bases(terms[1], domain)
    return ToolReading(_claim(body, variables, _LEAN_HEADS[head], bool(m.group("neg")), domain, conditions),
                       tool, total=True)


_MATHEMATICA = re.compile(r"^\s*FunctionConvexity\s*\[(?P<inside>.*)\]\s*(?:(?:===?|==|=)\s*(?P<value>.+?))?\s*$",
                          re.S)


#: Mathematica's heads -> (LaTeX before the argument, after it).
_WOLFRAM_HEADS = {"Log": (r"\log\left(", r"\right)"), "Exp": (r"\exp\left(", r"\right)"),
                  "Sqrt": (r"\sqrt{", "}"), "Abs": (r"\left|", r"\right|"), "Sin": (r"\sin\left(", r"\right)"),
                  "Cos": (r"\cos\left(", r"\right)"), "Tan": (r"\tan\left(", r"\right)"),
                  "Tanh": (r"\tanh\left(", r"\right)"), "Sinh": (r"\sinh\left(", r"\right)"),
                  "Cosh": (r"\cosh\left(", r"\right)"), "ArcTan": (r"\arctan\left(", r"\right)"),
                  "Max": (r"\max\left(", r"\right)"), "Min": (r"\min\left(", r"\right)")}


def _wolfram_latex(text: str) -> str:
    r"""``Log[x] + Sqrt[x y]`` -> ``\log\left(x\right) + \sqrt{x y}``: Mathematica's calls of ``_WOLFRAM_HEADS`` as
    LaTeX (the claim is shown as people read it); any other head is kept as written."""
    out, k = [], 0
    while k < len(text):
        m = re.match(r"([A-Z][A-Za-z]*)\[", text[k:])
        if m and m.group(1) in _WOLFRAM_HEADS and (k == 0 or not text[k - 1].isalnum()):
            end = _balanced_end(text, k + m.end() - 1, "[", "]")
            before, after = _WOLFRAM_HEADS[m.group(1)]
            out.append(before + _wolfram_latex(text[k + m.end():end - 1]) + after)
            k = end
        else:
            out.append(text[k])
            k += 1
    return "".join(out)


def _mathematica(text: str) -> ToolReading | None:
    m = _MATHEMATICA.match(text)
    if m is None:
        return None
    parts = [p.strip() for p in split_top_level(m.group("inside"))]
    strict = False
    while len(parts) > 2 and re.fullmatch(r"\w+\s*(?:->|→|:>)\s*\w+", parts[-1]):
        option = re.fullmatch(r"(\w+)\s*(?:->|→|:>)\s*(\w+)", parts.pop())
        if option.group(1) == "StrictInequalities":
            strict = option.group(2) == "True"
        elif option.group(1) not in ("PerformanceGoal", "GenerateConditions"):
            raise ClaimError(f"FunctionConvexity's option {option.group(1)} is not read")
    if len(parts) != 2:
        raise ClaimError("FunctionConvexity takes a function (or {function, constraints}) and its variables")
    function, variables = parts
    constraints = []
    if function.startswith("{"):
        inner = [p.strip() for p in split_top_level(function[1:-1] if function.endswith("}") else function)]
        if len(inner) != 2:
            raise ClaimError("FunctionConvexity[{f, cons}, vars] takes one function and one constraint")
        function, constraints = inner[0], [c.strip() for c in re.split(r"&&|∧|\bAnd\b", inner[1])]
    names = [v.strip() for v in variables.strip("{} ").split(",")]
    if not all(re.fullmatch(r"[A-Za-z]\w*", v) for v in names):
        raise ClaimError(f"cannot read the variables {variables} of FunctionConvexity")
    value = (m.group("value") or "").strip()
    table = ({"1": "strictly convex", "-1": "strictly concave",
              "Indeterminate": "not strictly convex and not strictly concave"} if strict else
             {"1": "convex and not affine", "-1": "concave and not affine", "0": "affine",
              "Indeterminate": "neither convex nor concave"})
    if not value:
        raise ClaimError("FunctionConvexity[...] asks for a value: state it (FunctionConvexity[f, x] == 1, 0, -1 or "
                      "Indeterminate), or run 'symconvex analyze'")
    if value not in table:
        raise ClaimError(f"FunctionConvexity{' with StrictInequalities -> True' if strict else ''} is never {value} "
                      f"(its values: {', '.join(table)})")
    domain = [c.replace("<=", r" \le ").replace(">=", r" \ge ") for c in constraints] or (
        [rf"{names[0]} \in \mathbb{{R}}"] if len(names) == 1 else
        [r"(" + ", ".join(names) + r") \in \mathbb{R}^{%d}" % len(names)])
    return ToolReading(_claim(_wolfram_latex(function), names, table[value], False, domain, []), "Mathematica",
                       total=True)


def read_tool_statement(text: str) -> ToolReading | None:
    """The claim a tool's statement makes (module docstring), None when ``text`` is not one; ``ClaimError`` (one
    line) for a statement of a tool that cannot be read faithfully."""
    stripped = text.strip().strip("`").strip()
    if "FunctionConvexity" in stripped:
        return _mathematica(stripped)
    if re.search(rf"\b(?:{_HEAD})\b", stripped):
        return _lean(stripped.replace('"', " "))   # Isabelle quotes its inner syntax: lemma "convex_on UNIV exp"
    return None


__all__ = ["ToolReading", "read_tool_statement"]
