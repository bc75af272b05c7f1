r"""Names: a letter or Greek letter with its subscripts is one name, and the bare-function-name rule (layer: text).

A *name* is a letter (``x``), a Greek letter (``\theta``), or a letter in another font (``\mathbf{x}``,
``\mathcal{L}``, ``\hat{y}`` is ``yhat``), followed by its subscripts (``w_1``, ``b_{12}``, ``W_{1,2}``, ``x_\theta``)
and a parenthesized superscript (``x^{(2)}``, the second sample, not a power; an index: a letter or a number, plus or
minus a number, and never on Euler's ``e``: ``e^{(x)}`` and ``x^{(x+1)}`` are refused); ``(A_2)_{1,1}`` is one name
too.
Each name is one real symbol (``vocabulary.symbol``). A subscript ``+`` is not a name: ``(z)_+`` and ``x_+`` are
the positive part relu(z).

The bare-function-name rule: a name followed by a bracket group is a function application when the name is
defined (a claim's DEFINITIONS) or built in (``relu(x)``, a function word typed in plain letters); it is refused
("unknown function f ...", never read as the product f·x) when the group holds a top-level comma (``f(x, y)``), when
the name is one of ``FUNCTION_LETTERS`` (f, g, h, F, G, H, J, L, R, also subscripted: ``f_1(x)``), a Greek letter
other than sigma (``\phi(x)``), or ``\mathcal{L}(w)`` / ``\mathscr{..}``, or when the group, glued to the name, holds
exactly the one argument of a function the claim defines (``f(x)k(x)`` where ``f(x) = e^x``: k is written as f is);
any other single name before a bracket is a product, as in ``x(y+1)`` and ``p(1-p)``. A name the claim gives a value or states is a number (``where $\lambda =
0$``, ``for $\lambda > 0$``, ``in $\lambda, x$``: the reader's ``numbers``) is never a function: ``\lambda(w_1^2 +
w_2^2)`` is then the product; ``\sigma(z)`` with sigma stated a number is refused (sigmoid or product?).

``NameReader`` is the part of the formula reader (``expressions.Reader``) that reads names; ``rename_index`` is how
a sum's index reaches the names it subscripts (``x_i`` with i = 1 is ``x_1``). Nothing here evaluates text.

>>> with_subscript("w", "1"), with_subscript("b", "12"), rename_index("A_{i,j}", "i", "2")
('w_1', 'b_{12}', 'A_{2,j}')
"""

from __future__ import annotations

import re

import sympy as sp

from ..functions import relu
from .tokens import Group, Tok, is_comma, peek, trim
from .vocabulary import FUNCTION_LETTERS, GREEK, PLAIN_WORDS, STYLES, fail, symbol


def sub_text(item, source: str) -> str:
    """The text of a subscript: ``{12}`` -> ``12``, ``\\theta`` -> ``theta``, ``{1, 1}`` -> ``1,1``."""
    if isinstance(item, Group):
        raw = source[item.pos + 1:item.end]
    else:
        raw = item.text
    raw = re.sub(r"\s+", "", raw).replace("\\", "").replace("{", "").replace("}", "")
    if not raw or any(c in raw for c in "\"'$"):
        fail("empty or unreadable subscript")
    return raw


def with_subscript(base: str, sub: str) -> str:
    """The name ``base`` subscripted by ``sub`` as written canonically: ``w_1``, ``b_{12}``."""
    return f"{base}_{sub}" if len(sub) == 1 else f"{base}_{{{sub}}}"


_LAST_SUB = re.compile(r"^(?P<base>.*)_(?:\{(?P<braced>[^{}]*)\}|(?P<single>[^{}]))(?P<sup>\^\{.*\})?$", re.S)


def rename_index(name: str, index: str, value: str) -> str:
    """``x_i`` with i -> 1 gives ``x_1``; ``A_{i,j}`` gives ``A_{1,j}``; other names are unchanged."""
    m = _LAST_SUB.match(name)
    if not m:
        return name
    sub = m.group("braced") if m.group("braced") is not None else m.group("single")
    parts = sub.split(",")
    if index not in parts:
        return name
    parts = [value if p == index else p for p in parts]
    return with_subscript(m.group("base"), ",".join(parts)) + (m.group("sup") or "")


#: what a parenthesized superscript may hold to be an index: x^{(2)}, x^{(i)}, W^{(l-1)}, x^{(k+1)}, x^{(12)}
_INDEX = re.compile(r"\s*(?:[A-Za-z]|\d+)(?:\s*[-+]\s*\d+)?\s*")


class NameReader:
    """Reads names, subscripts and plain function words in a grouped item list (a part of ``expressions.Reader``,
    whose ``source``, ``functions``, ``values`` and ``_apply`` it uses)."""

    def read_name(self, items, i) -> tuple[str, int]:
        """A letter or Greek letter (or \\mathcal{L}, \\hat{y}, ...) with its subscripts: one name."""
        it = items[i]
        if isinstance(it, Tok) and it.kind == "letter":
            base, j = it.text, i + 1
        elif isinstance(it, Tok) and it.kind == "cmd" and it.text[1:] in GREEK:
            base, j = it.text[1:], i + 1
        elif isinstance(it, Tok) and it.kind == "cmd" and it.text[1:] in STYLES:
            arg, j = peek(items, i + 1)
            if isinstance(arg, Group) and arg.open == "{":
                inner = sub_text(arg, self.source)
            elif isinstance(arg, Tok) and arg.kind == "letter":
                inner = arg.text
            else:
                fail(f"{it.text} needs a letter")
            if not re.fullmatch(r"[A-Za-z]+|[A-Za-z]+_\w+", inner) and inner not in GREEK:
                fail(f"unreadable name {it.text}{{{inner}}}")
            suffix = STYLES[it.text[1:]]
            base, j = (f"{inner}{suffix}" if suffix else inner), j + 1
        else:
            fail(f"expected a name, found '{getattr(it, 'text', '(...)')}'")
        name = base
        while True:
            nxt = items[j] if j < len(items) else None
            if not (isinstance(nxt, Tok) and nxt.text == "_"):
                break
            after = items[j + 1] if j + 1 < len(items) else None
            braced_plus = isinstance(after, Group) and after.open == "{" and \
                self.source[after.pos + 1:after.end].strip() == "+"
            if isinstance(after, Tok) and after.text == "+" or braced_plus:
                break
            sub, j = self._subscript_text(items, j + 1)
            name = with_subscript(name, sub)
        # x^{(2)}: a superscript in parentheses (or brackets) is part of the name (the 2nd sample), not a power
        nxt = items[j] if j < len(items) else None
        after = items[j + 1] if j + 1 < len(items) else None
        if isinstance(nxt, Tok) and nxt.text == "^" and isinstance(after, Group) and after.open == "{":
            inner = trim(after.items)
            index = sub_text(inner[0], self.source) if len(inner) == 1 and isinstance(inner[0], Group) else ""
            if len(inner) == 1 and isinstance(inner[0], Group) and inner[0].open == "(" and (
                    name == "e" or not _INDEX.fullmatch(index)):
                # e^{(x)} is Euler's e to the power x, and x^{(x+1)} holds no index (a sample, a layer): refused
                # rather than read as a name or a power the writer may not mean
                fail(f"'{name}^{{({index.strip()})}}': a superscript in parentheses is read as an index (x^{{(2)}}, "
                     f"W^{{(l-1)}}); write the power without parentheses, e.g. {name}^{{{index.strip()}}}")
            if len(inner) == 1 and isinstance(inner[0], Group) and (inner[0].open == "(" or (
                    inner[0].open == "[" and re.fullmatch(r"\s*[A-Za-z0-9]+\s*", index))):
                # x^{[2]}: the layer index of W^{[l]}, b^{[l]} (a common ML notation), a name as x^{(2)} is
                close = ")" if inner[0].open == "(" else "]"
                name += "^{" + inner[0].open + sub_text(inner[0], self.source) + close + "}"
                j += 2
        return name, j

    def _subscript_text(self, items, j):
        """The subscript at ``items[j]`` (after a ``_``) and the index after it. An unbraced multi-digit number
        (``x_12``) is refused: TeX reads x_1 times 2, the writer of ``w_12`` means the index 12."""
        sub = items[j] if j < len(items) else None
        if sub is None:
            fail("subscript '_' without a subscript")
        if isinstance(sub, Tok) and sub.kind == "num" and len(sub.text) > 1:
            # TeX reads x_12 as x_1 times 2, but a weight w_11 or w_12 is what is typed: the two readings are other
            # functions ("w_11 w_12" is 2 w_1^2 to TeX), so neither is chosen
            fail(f"ambiguous subscript '_{sub.text}': TeX reads it as _{sub.text[0]} times {sub.text[1:]}; write "
                 f"_{{{sub.text}}} for the index {sub.text}")
        if isinstance(sub, Group) and sub.open != "{":
            fail("a subscript in brackets must be braced: _{...}")
        if isinstance(sub, Tok) and sub.kind == "char":
            fail(f"unreadable subscript '_{sub.text}'")
        if isinstance(sub, Tok) and sub.kind == "cmd" and sub.text[1:] not in GREEK:
            fail(f"unreadable subscript '_{sub.text}'")
        return sub_text(sub, self.source), j + 1

    def _plain_word(self, items, i) -> str | None:
        """A function word spelled in plain letters (``relu``) followed by an argument group."""
        letters = []
        j = i
        while j < len(items) and isinstance(items[j], Tok) and items[j].kind == "letter" and len(letters) < 9:
            letters.append(items[j].text)
            j += 1
        text = "".join(letters)
        for word in PLAIN_WORDS:
            if text[:len(word)].lower() == word:
                nxt, _ = peek(items, i + len(word))
                if isinstance(nxt, Group) and nxt.open in ("(", "\\{", "["):
                    return text[:len(word)]
        return None

    def _name_then(self, items, i):
        """The name at ``i`` and what follows it: a positive part ``x_+``, an application of a defined function, a
        refused unknown function (the bare-function-name rule), or the symbol."""
        name, j = self.read_name(items, i)
        nxt, _ = peek(items, j, skip_ws=False)
        if isinstance(nxt, Tok) and nxt.text == "_":
            # x_+ : positive part
            return self._postfix(symbol(name), items, j)
        spaced, _ = peek(items, j)
        if name in self.functions and isinstance(spaced, Group) and spaced.open in ("(", "\\{", "["):
            return self._apply(name, items, j)
        if isinstance(spaced, Group) and spaced.open == "(" and not self.is_number_name(name) and (
                name.split("_")[0] in FUNCTION_LETTERS
                or isinstance(nxt, Group) and any(isinstance(x, Tok) and is_comma(x) for x in nxt.items)
                or isinstance(nxt, Group) and self._argument_of_defined(nxt)):
            self._unknown_function(name, spaced)
        return symbol(name), j

    def _argument_of_defined(self, group: Group) -> bool:
        """Whether ``group`` holds exactly the argument of a function the claim defines: beside ``f(x) = e^x``,
        ``k(x)`` (glued to its bracket) is written as f(x) is, a function the claim never defines, not k·x."""
        inner = self.source[group.pos + 1:group.end].strip()
        return any(len(fd.params) == 1 and fd.params[0] == inner for fd in self.functions.values())

    def _unknown_function(self, name: str, args: Group, shown: str = ""):
        """``f(x)`` with f neither defined nor built in: refused, never read as the product f·x."""
        shown = shown or name
        call = self.source[args.pos:args.end + 1]
        params = call if re.fullmatch(r"\(\s*[A-Za-z](?:\s*,\s*[A-Za-z])*\s*\)", call) else "(x)"
        product = "" if "," in call else f", or write a product as '{shown} \\cdot {call}'"
        fail(f"unknown function {name} in '{shown}{call}': write its formula instead (in a claim, define it: "
             f"'where ${shown}{params} = ...$'){product}")

    def _postfix(self, value, items, i, group_item=None):
        """``(z)_+`` -> relu(z); ``(A_2)_{1,1}`` -> one name."""
        nxt = items[i] if i < len(items) else None
        if isinstance(nxt, Tok) and nxt.text == "_":
            sub, j = peek(items, i + 1, skip_ws=False)
            if sub is None:
                fail("subscript '_' without a subscript")
            if (isinstance(sub, Tok) and sub.text == "+") or (
                    isinstance(sub, Group) and sub.open == "{" and len(trim(sub.items)) == 1
                    and isinstance(trim(sub.items)[0], Tok) and trim(sub.items)[0].text == "+"):
                return relu(value), j + 1
            if group_item is not None and group_item.open == "(" and isinstance(value, sp.Symbol):
                sub, j = self._subscript_text(items, j)
                return symbol(with_subscript(f"({value.name})", sub)), j
            fail("unexpected subscript '_'")
        return value, i


__all__ = ["NameReader", "rename_index", "sub_text", "with_subscript"]
