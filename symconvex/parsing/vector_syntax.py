r"""A vector formula as a tree: the syntax of ``vectors`` (layer: text).

Reads LaTeX such as ``x^\top A x + \|A x - b\|_2^2 + \sum_i e^{x_i}`` into nested tuples, with the usual precedence
(sums of products of powers), without deciding what is a vector: that is ``vectors``' job, which gives the tree its
sizes and its value. Names, subscripts and function words are read as the scalar formula reader reads them
(``names``, ``calls``, ``tokens``). Nothing here evaluates text. Unreadable input raises ``InputError`` with a
one-line message.

>>> read_tree(r"x^\top A x")
('mul', ('mul', ('T', ('name', 'x')), ('name', 'A')), ('name', 'x'))
"""

from __future__ import annotations

import re

import sympy as sp

from ..errors import InputError
from .calls import BUILTINS
from .expressions import read_name_at
from .text import normalize
from .tokens import Group, Tok, group, scientific, tokenize
from .vocabulary import FUNCTION_LETTERS, GREEK, PLAIN_WORDS, STYLES, fail as _fail

#: an array written inline, replaced by ``vectors.extract_arrays`` with ``\matrixliteral{k}``
LITERAL = "\\matrixliteral"
_NORM_WORDS = {"normtwo": "2", "normone": "1", "norminf": "\\infty"}
_TRANSPOSE = {"T", "\\top", "\\intercal", "\\mathsf{T}", "\\mathrm{T}", "\\textsf{T}", "\\text{T}", "\\prime"}


def read_tree(text: str, functions=None):
    """The tree of ``text`` (``_Parser``'s docstring lists the nodes); ``functions``: the names defined in a claim,
    read as function applications when a bracket follows."""
    source = normalize(text, norms=False)
    items = _strip_ws(group(tokenize(source), source))
    parser = _Parser(source, functions)
    return parser.whole(items, "function")[0]


def _strip_ws(items: list) -> list:
    out = []
    for it in items:
        if isinstance(it, Tok) and it.kind == "ws":
            continue
        if isinstance(it, Group):
            it = Group(it.open, _strip_ws(it.items), it.close, it.pos, it.end, it.owner)
        out.append(it)
    return out


def _is(item, *texts) -> bool:
    return isinstance(item, Tok) and item.text in texts



def _split_commas(items: list) -> list[list]:
    """Split a bracket's items at its own commas, not at the comma inside an inner product
    (``(\\langle w, x \\rangle - 2)`` is one entry, ``(a, b)`` two)."""
    parts, current, depth = [], [], 0
    for it in items:
        if isinstance(it, Tok):
            if it.text == "\\langle":
                depth += 1
            elif it.text == "\\rangle":
                depth = max(depth - 1, 0)
            elif it.text == "," and depth == 0:
                parts.append(current)
                current = []
                continue
        current.append(it)
    parts.append(current)
    return parts

class _Parser:
    r"""Text -> a tree of tuples: ("num", v), ("name", n), ("literal", k), ("tuple", [..]), ("add", [(sign, t)]),
    ("mul", a, b), ("cdot", a, b), ("div", a, b), ("pow", a, e), ("T", a), ("norm", a, p), ("abs", a),
    ("inner", a, b), ("func", name, [args]), ("big", op, index, lo, hi, body), ("tr", a), ("inv", a), ("det", a),
    ("eig", a, "max" or "min")."""

    def __init__(self, source: str, functions=None):
        self.source = source
        self.functions = dict(functions or {})
        self.active: tuple = ()    # the closers of the norms and inner products being read (\|, \rangle, ',')

    def text_of(self, items) -> str:
        if not items:
            return ""
        first, last = items[0], items[-1]
        end = (last.end + 1) if isinstance(last, Group) else last.pos + len(last.text)
        return self.source[first.pos:end]

    def expr(self, items, i=0, stop=()):
        outer = self.active
        self.active = tuple(stop) + outer
        try:
            return self._expr(items, i, stop)
        finally:
            self.active = outer

    def _expr(self, items, i, stop):
        terms, sign = [], 1
        if i < len(items) and _is(items[i], "+", "-"):
            sign = -1 if items[i].text == "-" else 1
            i += 1
        while True:
            term, i = self.term(items, i, stop)
            terms.append((sign, term))
            if i < len(items) and _is(items[i], "+", "-"):
                sign = -1 if items[i].text == "-" else 1
                i += 1
                continue
            if len(terms) == 1 and terms[0][0] == 1:
                return terms[0][1], i
            return ("add", terms), i

    def term(self, items, i, stop=()):
        if i >= len(items) or _is(items[i], *stop):
            _fail("an operand is missing in '%s'" % self.text_of(items))
        node, i = self.factor(items, i)
        while i < len(items):
            it = items[i]
            if _is(it, "+", "-") or _is(it, *self.active):
                break
            if _is(it, "\\cdot", "\\times", "*", "\\ast"):
                right, i = self.factor(items, i + 1)
                node = ("cdot", node, right) if it.text != "*" else ("mul", node, right)
            elif _is(it, "/", "\\div"):
                right, i = self.factor(items, i + 1)
                node = ("div", node, right)
                nxt = items[i] if i < len(items) else None
                if nxt is not None and not (_is(nxt, "+", "-", "*", "/", "\\cdot", "\\times", "\\div")
                                            or _is(nxt, *self.active)):
                    _fail(f"ambiguous '{self.text_of(items)}': after '/' write the divisor in parentheses or use "
                          "\\frac{...}{...}")
            else:
                right, i = self.factor(items, i)
                node = ("mul", node, right)
        return node, i

    def factor(self, items, i):
        if i >= len(items):
            _fail("an operand is missing")
        if _is(items[i], "-"):
            node, i = self.factor(items, i + 1)
            return ("add", [(-1, node)]), i
        node, i = self.primary(items, i)
        while i < len(items) and _is(items[i], "^"):
            node, i = self.power(node, items, i + 1)
        return node, i

    def power(self, base, items, i):
        if i >= len(items):
            _fail("incomplete exponent after '^'")
        it = items[i]
        if isinstance(it, Group) and it.open == "{":
            inner = self.text_of(it.items).replace(" ", "") if it.items else ""
            if inner in _TRANSPOSE:
                return ("T", base), i + 1
            if inner == "-1":
                return ("inv", base), i + 1
            exponent, _ = self.whole(it.items, "exponent")
            return ("pow", base, exponent), i + 1
        if _is(it, "T", "\\top", "\\intercal", "\\prime"):
            return ("T", base), i + 1
        if isinstance(it, Tok) and it.kind == "cmd" and it.text[1:] in ("mathsf", "mathrm", "text", "textsf"):
            arg = items[i + 1] if i + 1 < len(items) else None
            if isinstance(arg, Group) and self.text_of(arg.items).strip() == "T":
                return ("T", base), i + 2
        if isinstance(it, Tok) and it.kind == "num":
            if len(it.text) > 1 and "." not in it.text:
                return ("pow", base, ("num", sp.Integer(it.text[0]))), i if self._split_digit(items, i) else i + 1
            return ("pow", base, ("num", sp.Rational(it.text))), i + 1
        if isinstance(it, Tok) and (it.kind == "letter" or it.kind == "cmd" and it.text[1:] in GREEK):
            return ("pow", base, ("name", it.text.lstrip("\\"))), i + 1
        _fail("incomplete exponent after '^'")

    def _split_digit(self, items, i) -> bool:
        tok = items[i]
        items[i] = Tok("num", tok.text[1:], tok.pos + 1)
        return True

    def whole(self, items, what):
        if not items:
            _fail(f"empty {what}")
        node, j = self.expr(items, 0)
        if j != len(items):
            _fail(f"cannot read '{self.text_of(items[j:])}' in the {what} '{self.text_of(items)}'")
        return node, j

    def primary(self, items, i):
        it = items[i]
        if isinstance(it, Group):
            return self.group_value(it), i + 1
        if it.kind == "num":
            if len(it.text.replace(".", "")) > 60:
                _fail("number too long")
            return ("num", sp.Rational(it.text)), i + 1
        if it.kind == "sci":
            return ("num", scientific(it.text)), i + 1
        if it.kind == "letter":
            if it.text == "e" and not (i + 1 < len(items) and _is(items[i + 1], "_")):
                return ("num", sp.E), i + 1
            return self.name(items, i)
        if it.kind == "cmd":
            return self.command(items, i)
        _fail(f"unexpected '{it.text}' in '{self.source.strip()}'")

    def group_value(self, g: Group):
        if g.open in ("|", "\\lvert"):
            node, _ = self.whole(g.items, "absolute value")
            return ("abs", node)
        parts = _split_commas(g.items)
        if len(parts) > 1:
            if g.open not in ("(", "["):
                _fail(f"unexpected ',' in '{self.source[g.pos:g.end + 1]}'")
            return ("tuple", [self.whole(p, "entry")[0] for p in parts])
        return self.whole(g.items, "brackets")[0]

    def name(self, items, i):
        word = self._plain_word(items, i)
        if word:
            return self.application(word.lower(), items, i + len(word))
        name, j = read_name_at(items, i, self.source)
        nxt = items[j] if j < len(items) else None
        if isinstance(nxt, Group) and nxt.open in ("(", "\\{", "[") and (name == "sigma" or name in self.functions):
            return self.application(name, items, j)
        if isinstance(nxt, Group) and nxt.open == "(" and (
                name.split("_")[0] in FUNCTION_LETTERS or name.split("_")[0] in GREEK or "," in self.text_of([nxt])):
            _fail(f"unknown function {name} in '{name}{self.text_of([nxt])}': write its formula instead (in a claim, "
                  f"define it: 'where ${name}(x) = ...$')")
        return ("name", name), j

    def _plain_word(self, items, i):
        """A function word in plain letters (``relu(x)``, ``log(x)``) followed by its argument group."""
        letters, j = [], i
        while j < len(items) and isinstance(items[j], Tok) and items[j].kind == "letter" and len(letters) < 9:
            letters.append(items[j].text)
            j += 1
        text = "".join(letters)
        for word in PLAIN_WORDS:
            if text[:len(word)].lower() == word and i + len(word) < len(items) \
                    and isinstance(items[i + len(word)], Group) and items[i + len(word)].open in ("(", "\\{", "["):
                return text[:len(word)]
        return None

    def application(self, name, items, j):
        g = items[j] if j < len(items) else None
        if isinstance(g, Group) and g.open in ("(", "[", "\\{", "{"):
            args = [self.whole(p, f"argument of {name}")[0] for p in _split_commas(g.items)]
            return ("func", name, args), j + 1
        if g is None:
            _fail(f"function {name} needs an argument")
        # an argument without brackets: one factor, or a big operator with its summand (\log \sum_i e^{x_i})
        arg, k = self.factor(items, j)
        return ("func", name, [arg]), k

    def operand(self, items, i):
        r"""The operand of \operatorname{tr}, \det, \lambda_{\max}: a bracket right after the operator is the whole
        operand, and a power after it applies to the value (``\operatorname{tr}(X)^2`` = (tr X)^2, as ``\log(x)^2``
        is (log x)^2); without a bracket the operand is a factor (``\det X^2`` = det(X^2))."""
        if i < len(items) and isinstance(items[i], Group) and items[i].open in ("(", "["):
            return self.primary(items, i)
        return self.factor(items, i)

    def command(self, items, i):
        it = items[i]
        name = it.text[1:]
        if name == "lambda" and i + 2 < len(items) and _is(items[i + 1], "_"):  # \\lambda_{\\max}(A), _{\\min}
            which = self.text_of([items[i + 2]]).strip("{} ")
            if which in ("\\max", "\\min", "max", "min", "\\mathrm{max}", "\\mathrm{min}"):
                arg, j = self.operand(items, i + 3)
                return ("eig", arg, "max" if "max" in which else "min"), j
        if name in GREEK or name in STYLES:
            return self.name(items, i)
        if name == "det":
            arg, j = self.operand(items, i + 1)
            return ("det", arg), j
        if name == "|":
            inner, j = self.expr(items, i + 1, stop=("\\|",))
            if j >= len(items) or not _is(items[j], "\\|"):
                _fail("unbalanced norm bars \\|...\\|")
            p, k = self.norm_index(items, j + 1)
            return ("norm", inner, p), k
        if name == "langle":
            a, j = self.expr(items, i + 1, stop=(",",))
            if j >= len(items) or not _is(items[j], ","):
                _fail("an inner product needs two arguments: \\langle a, b \\rangle")
            b, k = self.expr(items, j + 1, stop=("\\rangle",))
            if k >= len(items) or not _is(items[k], "\\rangle"):
                _fail("unbalanced \\langle ... \\rangle")
            return ("inner", a, b), k + 1
        if it.text == LITERAL:
            g = items[i + 1] if i + 1 < len(items) else None
            if not (isinstance(g, Group) and re.fullmatch(r"\d+", self.text_of(g.items))):
                _fail(f"unknown command {LITERAL}")
            return ("literal", int(self.text_of(g.items))), i + 2
        if name in ("sum", "prod") or (name in ("max", "min") and i + 1 < len(items) and _is(items[i + 1], "_")):
            return self.big(name, items, i + 1)
        if name == "frac":
            a, j = self.argument(items, i + 1)
            b, j = self.argument(items, j)
            return ("div", a, b), j
        if name == "sqrt":
            root = 2
            j = i + 1
            if j < len(items) and isinstance(items[j], Group) and items[j].open == "[":
                index = self.text_of(items[j].items).strip()
                if not re.fullmatch(r"[2-9]|[1-9]\d", index):
                    _fail("\\sqrt[n]{...} needs an integer n >= 2")
                root = int(index)
                j += 1
            a, j = self.argument(items, j)
            return ("pow", a, ("num", sp.Rational(1, root))), j
        if name == "pi":
            return ("num", sp.pi), i + 1
        if name in ("operatorname", "mathrm", "text", "textrm", "rm", "mathop"):
            g = items[i + 1] if i + 1 < len(items) else None
            if not isinstance(g, Group):
                _fail(f"{it.text} needs a braced name")
            word = self.text_of(g.items).replace(" ", "")
            if word in ("tr", "trace", "Tr"):
                arg, j = self.operand(items, i + 2)
                return ("tr", arg), j
            if word == "det":
                arg, j = self.operand(items, i + 2)
                return ("det", arg), j
            if word in _NORM_WORDS:        # \|...\|_p as text.normalize spells it
                func, j = self.application(word, items, i + 2)
                args = func[2]
                return ("norm", args[0] if len(args) == 1 else ("tuple", args), _NORM_WORDS[word]), j
            if word in self.functions or word.lower() in BUILTINS:
                return self.application(word if word in self.functions else word.lower(), items, i + 2)
            _fail(f"unknown function {word}")
        if name.lower() in BUILTINS or name in self.functions:
            j = i + 1
            if j < len(items) and _is(items[j], "^"):   # \log^2 x
                exponent, j = self.power(("num", sp.Integer(1)), items, j + 1)
                if exponent[0] != "pow":
                    _fail(f"cannot read the power of \\{name} in '{self.text_of(items)}'")
                value, k = self.application(name, items, j)
                return ("pow", value, exponent[2]), k
            return self.application(name if name in self.functions else name.lower(), items, j)
        _fail(f"unknown command {it.text}")

    def argument(self, items, i):
        if i >= len(items):
            _fail("a \\frac or \\sqrt is missing an argument")
        it = items[i]
        if isinstance(it, Group) and it.open == "{":
            return self.whole(it.items, "argument")[0], i + 1
        if isinstance(it, Tok) and it.kind == "num" and len(it.text) > 1 and "." not in it.text:
            self._split_digit(items, i)
            return ("num", sp.Integer(it.text[0])), i
        return self.primary(items, i)

    def norm_index(self, items, i):
        if i < len(items) and _is(items[i], "_"):
            sub = items[i + 1] if i + 1 < len(items) else None
            if sub is None:
                _fail("a norm's subscript is missing")
            if isinstance(sub, Tok) and sub.kind == "num" and len(sub.text) > 1:
                self._split_digit(items, i + 1)
                return sub.text[0], i + 1
            text = self.source[sub.pos:sub.end + 1] if isinstance(sub, Group) else sub.text
            return text.strip().strip("{}").replace(" ", ""), i + 2
        return "2", i

    def big(self, op, items, i):
        r"""``\sum_{i=1}^{n} body``, ``\sum_i body``, ``\max_{1 \le i \le n} body``, ``\prod_{i=1}^n body``: the body
        is the product that follows (up to the next top-level + or -)."""
        if not (i < len(items) and _is(items[i], "_")) or i + 1 >= len(items):
            _fail(f"\\{op} needs its index: \\{op}_{{i=1}}^{{n}}")
        sub = items[i + 1]
        text = self.source[sub.pos + 1:sub.end] if isinstance(sub, Group) else sub.text
        text = re.sub(r"\s+", "", text)
        j = i + 2
        hi = lo = None
        m = (re.fullmatch(r"(?P<i>[a-z])", text) or re.fullmatch(r"(?P<i>[a-z])=(?P<lo>[^,]+)", text)
             or re.fullmatch(r"(?P<i>[a-z])=(?P<lo>[^,]+),(?:\\[lc]?dots|\.\.\.),(?P<hi>.+)", text)
             or re.fullmatch(r"(?P<lo>[^\\]+)\\leq?(?P<i>[a-z])\\leq?(?P<hi>.+)", text)
             or re.fullmatch(r"(?P<i>[a-z])\\in\[(?P<hi>.+)\]", text)
             or re.fullmatch(r"(?P<i>[a-z])\\in\\\{1,(?:\\[lc]?dots|\.\.\.),(?P<hi>.+)\\\}", text))
        if not m:
            _fail(f"cannot read the range '{text}' of \\{op}; write \\{op}_{{i=1}}^{{n}}")
        index = m.group("i")
        lo = m.groupdict().get("lo") or "1"
        hi = m.groupdict().get("hi")
        if j < len(items) and _is(items[j], "^"):
            if hi is not None or j + 1 >= len(items):
                _fail(f"cannot read the range of \\{op}")
            sup = items[j + 1]
            if isinstance(sup, Tok) and sup.kind == "num" and len(sup.text) > 1:
                self._split_digit(items, j + 1)
                hi = sup.text[0]
                j += 1
            else:
                hi = self.source[sup.pos + 1:sup.end] if isinstance(sup, Group) else sup.text.lstrip("\\")
                j += 2
        body_items = []
        while j < len(items) and not (_is(items[j], "+", "-") and body_items) and not _is(items[j], *self.active):
            body_items.append(items[j])
            j += 1
        if not body_items:
            _fail(f"\\{op} without a body")
        body, _ = self.whole(body_items, f"body of \\{op}")
        return ("big", op, index, lo, hi, body), j


_BINDERS = ("\\sum", "\\prod", "\\max", "\\min")


def names_in(text: str) -> tuple[set[str], set[str]]:
    r"""The names in ``text`` as written (``x_1``), and the bases of the subscripted ones (``x``). The index of a sum
    or product (``i`` in ``\sum_{i=1}^{2} x_i``, ``\sum_i``, ``\max_i``) is bound, not a name of the formula: it is
    left out of both (``x_i`` stays, with its base x)."""
    found, bases, bound = set(), set(), set()
    source = normalize(text, norms=False)
    items = _strip_ws(group(tokenize(source), source))

    def walk(items):
        i = 0
        while i < len(items):
            it = items[i]
            if isinstance(it, Group):
                walk(it.items)
                i += 1
                continue
            if it.kind == "cmd" and it.text in _BINDERS and i + 2 < len(items) and isinstance(items[i + 1], Tok) \
                    and items[i + 1].text == "_":
                sub = items[i + 2]
                index = sub.items if isinstance(sub, Group) else [sub]
                cut = next((k for k, t in enumerate(index) if isinstance(t, Tok) and t.text == "="), len(index))
                try:
                    name, _ = read_name_at(index[:cut], 0, source) if index[:cut] else (None, 0)
                except InputError:
                    name = None
                if name is not None:
                    bound.add(name)
                if isinstance(sub, Group):
                    walk(index[cut + 1:])   # the lower bound may use names (n - 1)
                i += 3
                continue
            if it.kind == "letter" or (it.kind == "cmd" and (it.text[1:] in GREEK or it.text[1:] in STYLES)):
                try:
                    name, j = read_name_at(items, i, source)
                except InputError:
                    i += 1
                    continue
                found.add(name)
                bases.add(re.sub(r"_.*$", "", name))
                i = max(j, i + 1)
                continue
            i += 1

    walk(items)
    return found - bound, bases - (bound - {re.sub(r"_.*$", "", n) for n in found - bound})


__all__ = ["LITERAL", "names_in", "read_tree"]
