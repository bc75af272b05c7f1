r"""LaTeX as people paste it -> exact SymPy expressions, variable lists and domains.

latex2sympy2 reads the arithmetic (precedence of ``+ - \cdot / ^``, implicit products, ``e^{...}``); this
module adds the notation of CLAIMS.md around it, so that the text latex2sympy2 sees is always small and flat:

- every bracket group, function application, ``\frac``, ``\sqrt``, ``\sum`` and every *name* (``w_1``,
  ``b_{12}``, ``(A_2)_{1,1}``, ``\theta``) is read here and handed to latex2sympy2 as an opaque
  ``\variable{...}`` placeholder that is substituted back afterwards;
- ``\log`` and ``\ln`` are natural logarithms (latex2sympy2 alone reads ``\log`` as base 10);
- ``\sigma(z)`` is the logistic sigmoid (``symconvex.functions.sigmoid``) unless a definition says otherwise;
- ReLU spellings: ``\max(0, z)``, ``\max\{0, z\}``, ``(z)_+``, ``\operatorname{ReLU}(z)``, ``\mathrm{relu}(z)``,
  ``\text{ReLU}(z)``, ``relu(z)`` -> ``symconvex.functions.relu``; ``\operatorname{softplus}``; ``|z|``;
  ``\min``/``\max`` with several arguments; ``\tanh``, ``\exp``, ``e^{z}``;
- ``\sum_{i=1}^{n} body`` with numeric bounds is expanded term by term: the summand is the product that follows
  (up to the next ``+``/``-``), and a subscript ``i`` in a name becomes the term's index (``x_i`` -> ``x_1``);
- ``\pi`` is the constant pi exactly; ``\sin``, ``\cos``, ``\tan``, ``\sec``, ``\csc``, ``\cot``, ``\sinh``, ``\cosh``,
  ``\arcsin``, ``\arccos``, ``\arctan`` (and ``\operatorname{arcsinh}``, ``artanh``, ``arccosh``) are the functions,
  with ``f^{-1}`` their inverse (``\tan^{-1} x`` = arctan x), ``\sin^2 x`` = (sin x)^2, and an argument without
  brackets the factors written together (``\sin 2x`` = sin(2x), ``\sin x \cos y`` = sin(x) cos(y));
- decimals become exact rationals (``0.1`` -> 1/10); scientific notation is the number it denotes, exactly
  (``1e-30`` -> 1/10^30, ``2.5E3`` -> 2500) when a number is followed by ``e``/``E`` and an optionally signed
  integer with no space anywhere (and not right after ``_`` or ``^``). Euler's e stays Euler's e everywhere
  else: ``e^{x}``, ``e x``, ``2e^{x}``, ``2e - 3``, ``2 e-3``, ``2e-x`` (so ``2e-3`` is 2/1000; write
  ``2e - 3`` for 2·e − 3);
- a function applied to arguments is a function, never a product: a name followed by a bracket group
  ``(...)`` (spaces allowed) is an application when the name is defined (DEFINITIONS) or built in, and an
  ``InputError`` ("unknown function f ...") when the group holds a top-level comma (``f(x, y)``), when the name
  is one of ``FUNCTION_LETTERS`` (f, g, h, F, G, H, J, L, R, also subscripted: ``f_1(x)``), a Greek letter other
  than sigma (``\phi(x)``), or ``\mathcal{L}(w)``/``\mathscr{..}``. Any other single name before a bracket is a
  product, as in ``x(y+1)`` and ``p(1-p)``.

Nothing here evaluates text: no ``eval``, ``sympify(str)`` or ``parse_expr``. Unreadable input raises
``InputError`` with a one-line message; latex2sympy2's own error output is silenced.

>>> parse_expression(r"\max\{0, w_1 x\}")
relu(w_1*x)
>>> parse_expression(r"\log(1 + e^{-z})")
log(1 + exp(-z))
>>> parse_domain(r"0 \le x \le 1, y > 0")
[0 <= x, x <= 1, y > 0]
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
from dataclasses import dataclass

import sympy as sp

from .limits import SearchTimeout
from .certificates import exact
from .errors import DomainError, InputError
from .functions import leaky_relu, relu, sigmoid, softplus

# imported here, never inside a time limit: an interrupted first import of latex2sympy2 would break it
with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
    from latex2sympy2 import latex2sympy as _latex2sympy
    # warm antlr's lazily built parse tables on the only shapes this module hands over (flat arithmetic)
    _latex2sympy(r"-\variable{a} + 2 \cdot \variable{b}^{\variable{c}} \variable{d} - e^{\variable{e}} / 3 * 1.5")

MAX_LENGTH = 4000          # characters of one expression
MAX_EXPONENT = 1000        # |numeric exponent|
MAX_DIGITS = 5000          # decimal digits of a number built by powers
MAX_SUM_TERMS = 500        # terms of one expanded \sum

GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
    "kappa", "lambda", "mu", "nu", "xi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi",
    "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Upsilon", "Phi",
    "Psi", "Omega", "ell",
}
#: commands whose braced argument is a letter-name in another font
STYLES = {"mathcal": "", "mathbf": "", "boldsymbol": "", "bm": "", "mathsf": "", "mathscr": "", "mathbb": "",
          "vec": "", "mathnormal": "", "hat": "hat", "bar": "bar", "tilde": "tilde", "overline": "bar",
          "widehat": "hat", "widetilde": "tilde", "dot": "dot"}
#: commands whose braced argument is a word (a function name, or a name)
WORDS = {"operatorname", "mathrm", "text", "textrm", "mathop", "mathit", "textit", "textsf", "textup", "rm"}
#: function words allowed as plain letters when followed by an argument in parentheses (``relu(x)``)
PLAIN_WORDS = ("softplus", "sigmoid", "relu", "tanh", "exp", "log", "max", "min", "ln", "arcsinh", "arcsin",
               "arccosh", "arccos", "artanh", "arctan", "sinh", "cosh", "sin", "cos", "tan")
UNSUPPORTED = {"coth", "arccot", "arcsec", "arccsc", "det", "lim", "int", "iint", "prod", "arg", "deg", "dim", "gcd", "hom", "inf", "sup", "ker",
               "liminf", "limsup", "Pr", "binom", "partial", "nabla", "mod", "bmod", "pmod", "floor", "ceil",
               "lfloor", "lceil", "rfloor", "rceil", "infty", "det"}
#: single letters (also subscripted: ``f_1``) that name functions when a bracket follows: ``f(x)`` is an error
#: unless f is defined, never the product f·x (``x(y+1)``, ``p(1-p)`` stay products)
FUNCTION_LETTERS = frozenset("fghFGHJLR")
RELATION_COMMANDS = {"le", "leq", "leqslant", "ge", "geq", "geqslant", "lt", "gt", "ne", "neq", "in", "notin",
                     "approx", "sim", "equiv", "to", "mapsto", "rightarrow", "Rightarrow", "implies", "iff",
                     "land", "wedge", "lor", "vee", "subset", "subseteq", "cup", "cap", "setminus"}


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def _fail(message: str):
    raise InputError(_one_line(message))


def symbol(name: str) -> sp.Symbol:
    """The SymPy symbol this module uses for ``name`` (real)."""
    return sp.Symbol(name, real=True)


# ------------------------------------------------------------------------------------------ normalizing

_UNICODE = {
    "\u2212": "-", "\u00b7": r"\cdot ", "\u00d7": r"\times ", "\u2264": r"\le ", "\u2265": r"\ge ",
    "\u2260": r"\ne ", "\u2208": r"\in ", "\u211d": r"\mathbb{R}", "\u221e": r"\infty ", "\u03b8": r"\theta ",
    "\u03c1": r"\rho ", "\u03c3": r"\sigma ", "\u03bb": r"\lambda ", "\u03b1": r"\alpha ", "\u03b2": r"\beta ",
    "\u03b3": r"\gamma ", "\u03b4": r"\delta ", "\u03b5": r"\epsilon ", "\u03bc": r"\mu ", "\u03c6": r"\phi ",
    "\u03c9": r"\omega ", "\u03c4": r"\tau ", "\u03b7": r"\eta ", "\u2227": r"\land ", "\u2013": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
#: x², ℝ³, ℝⁿ as people paste them: superscript digits (and n) are an exponent
_SUPERSCRIPT_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207f", "0123456789n")
_SUPERSCRIPTS = re.compile("[\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u207f]+")
_SPACING = re.compile(r"\\(?:displaystyle|textstyle|scriptstyle|limits|nolimits|quad|qquad|[,;:! ]|middle)"
                      r"(?![A-Za-z])|~")
_SIZING = re.compile(r"\\(?:left|right|[bB]igg?[lrm]?)(?![A-Za-z])\s*")


#: function names written without a backslash and without brackets, as pasted from a PDF or typed: ``log x``
_PLAIN_FUNCTION = re.compile(r"(?<![\\A-Za-z{])(log|ln|exp|sinh|cosh|tanh|sin|cos|tan|sqrt)(?![A-Za-z])(?!\s*[(\[{])")


def _plain_function_words(text: str) -> str:
    """``log x``, ``-ln x``, ``exp x``, ``sin x`` (no backslash, no brackets) are the functions ``\\log x`` ...,
    never the product of the letters l·o·g·x; ``√x`` is ``\\sqrt x``. (With brackets, ``log(x)`` is read already.)"""
    while "\u221a" in text:   # √(x + 1) -> \sqrt{(x + 1)}; √x -> \sqrt x
        k = text.index("\u221a")
        j = k + 1
        while j < len(text) and text[j] == " ":
            j += 1
        depth, end = 0, None
        for e in range(j, len(text)):
            depth += text[e] in "([{"
            depth -= text[e] in ")]}"
            if depth == 0:
                end = e
                break
        if j < len(text) and text[j] in "([" and end is not None:
            text = text[:k] + "\\sqrt{" + text[j:end + 1] + "}" + text[end + 1:]
        else:
            text = text[:k] + "\\sqrt " + text[k + 1:]
    return _PLAIN_FUNCTION.sub(lambda m: "\\" + m.group(1) + " ", text)


def normalize(text: str, *, norms: bool = True) -> str:
    """Spacing, sizing and math delimiters removed; unicode symbols spelled as LaTeX; ``\\dfrac`` -> ``\\frac``.
    ``norms=False`` keeps ``\\|...\\|`` as written (``symconvex.vectors`` reads norms of vectors itself)."""
    if not isinstance(text, str):
        _fail(f"expected text, got {type(text).__name__}")
    text = _SUPERSCRIPTS.sub(lambda m: "^{" + m.group(0).translate(_SUPERSCRIPT_DIGITS) + "}", text)
    text = text.replace("\u208a\u208a", "_{++}").replace("\u208a", "_{+}")     # ℝ₊₊, ℝ²₊
    for k, v in _UNICODE.items():
        text = text.replace(k, v)
    text = text.strip()
    for left, right in (("$$", "$$"), ("\\(", "\\)"), ("\\[", "\\]")):
        if text.startswith(left) and text.endswith(right) and len(text) >= len(left) + len(right):
            text = text[len(left):len(text) - len(right)]
    text = text.replace("$", " ")
    text = _plain_function_words(text)
    text = re.sub(r"\\(?:left|right)\s*\.", " ", text)
    text = re.sub(r"\\left\s*\|", r"\\lvert ", text)
    text = re.sub(r"\\right\s*\|", r"\\rvert ", text)
    text = re.sub(r"\\(?:left|right)\s*\\\|", r"\\| ", text)
    if norms:
        text = _norms(text)
    text = re.sub(r"\\[lr]brace(?![A-Za-z])", lambda m: "\\{" if m.group(0)[1] == "l" else "\\}", text)
    text = re.sub(r"\\[dt]frac(?![A-Za-z])", r"\\frac", text)
    text = re.sub(r"\\(?:mathrm|operatorname|text|rm)\s*\{\s*e\s*\}", "e", text)
    text = _SPACING.sub(" ", text)
    text = _SIZING.sub("", text)
    return text.strip()


# ------------------------------------------------------------------------------------------ tokens

@dataclass
class Tok:
    kind: str   # cmd, num, letter, char
    text: str
    pos: int


@dataclass
class Group:
    open: str
    items: list
    close: str
    pos: int
    end: int
    owner: str = ""   # the command the group belongs to (\frac), for messages


#: scientific notation: a number, then e/E and an optionally signed integer, with no space anywhere, and not
#: right after '_', '^', a digit or '.' (``x_1e3`` is x_1·e·3, as TeX reads it)
_SCI = r"(?<![_^\d.])(?:\d+(?:\.\d+)?|\.\d+)[eE][-+]?\d+(?![\d.])"
_TOKEN = re.compile(r"(?P<ws>\s+)|(?P<cmd>\\(?:[A-Za-z]+|.))|(?P<sci>" + _SCI + r")|(?P<num>\d+(?:\.\d+)?|\.\d+)"
                    r"|(?P<letter>[A-Za-z])|(?P<char>.)", re.S)
_OPENERS = {"(": ")", "[": "]", "{": "}", "\\{": "\\}", "\\lvert": "\\rvert"}
_CLOSERS = {")", "]", "}", "\\}", "\\rvert"}


def tokenize(text: str) -> list[Tok]:
    tokens = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "ws":
            tokens.append(Tok("ws", " ", m.start()))
        elif kind == "cmd":
            tokens.append(Tok("cmd", m.group().rstrip(), m.start()))
        else:
            tokens.append(Tok(kind, m.group(), m.start()))
    return tokens


def _operand_end(prev) -> bool:
    if prev is None:
        return False
    if isinstance(prev, Group):
        return True
    if prev.kind in ("num", "sci", "letter"):
        return True
    return prev.kind == "cmd" and prev.text[1:] in GREEK


def group(tokens: list[Tok], source: str) -> list:
    """Nest bracket groups; ``|...|`` pairs are matched by position (an opening bar follows an operator)."""
    stack: list[tuple[Tok, list, str]] = []
    current: list = []
    for tok in tokens:
        text = tok.text
        prev = next((x for x in reversed(current) if not (isinstance(x, Tok) and x.kind == "ws")), None)
        is_bar = text in ("|", "\\vert", "\\mid")
        if is_bar and stack and stack[-1][0].text in ("|", "\\vert", "\\mid") and _operand_end(prev):
            opener, outer, owner = stack.pop()
            outer.append(Group("|", current, "|", opener.pos, tok.pos))
            current = outer
            continue
        if is_bar or text in _OPENERS:
            owner = ""
            if text == "{" and prev is not None:
                if isinstance(prev, Tok) and prev.kind == "cmd":
                    owner = prev.text
                elif isinstance(prev, Group) and prev.owner:
                    owner = prev.owner
            stack.append((tok, current, owner))
            current = []
            continue
        if text in _CLOSERS:
            if not stack:
                _fail(f"unbalanced '{text}' at position {tok.pos + 1}")
            opener, outer, owner = stack.pop()
            want = _OPENERS.get(opener.text)
            ok = (text == want or (opener.text in "([" and text in ")]"))
            if not ok:
                _fail(f"unbalanced '{opener.text}' at position {opener.pos + 1}: closed by '{text}'")
            outer.append(Group(opener.text, current, text, opener.pos, tok.pos, owner))
            current = outer
            continue
        current.append(tok)
    if stack:
        opener, _, owner = stack[-1]
        if owner in ("\\frac", "\\dfrac", "\\tfrac"):
            _fail(r"incomplete fraction: unbalanced '{' in \frac{...}{...}")
        if owner:
            _fail(f"incomplete {owner}: unbalanced '{opener.text}' at position {opener.pos + 1}")
        _fail(f"unbalanced '{opener.text}' at position {opener.pos + 1}")
    return current


def _is_ws(item) -> bool:
    return isinstance(item, Tok) and item.kind == "ws"


def _strip(items: list) -> list:
    lo, hi = 0, len(items)
    while lo < hi and _is_ws(items[lo]):
        lo += 1
    while hi > lo and _is_ws(items[hi - 1]):
        hi -= 1
    return items[lo:hi]


def split_items(items: list, is_sep) -> list[list]:
    """Split a top-level item list at the items for which ``is_sep`` holds."""
    parts, current = [], []
    for it in items:
        if isinstance(it, Tok) and is_sep(it):
            parts.append(current)
            current = []
        else:
            current.append(it)
    parts.append(current)
    return parts


def _comma(tok) -> bool:
    return tok.kind == "char" and tok.text == ","


def read_items(text: str) -> tuple[list, str]:
    """Normalize and group ``text``; ``InputError`` on unbalanced brackets or an empty text."""
    norm = normalize(text)
    if len(norm) > MAX_LENGTH:
        _fail(f"expression too long ({len(norm)} characters; at most {MAX_LENGTH})")
    if "\\variable" in norm:
        _fail(r"unknown command \variable")
    items = group(tokenize(norm), norm)
    return items, norm


# ------------------------------------------------------------------------------------------ names

def _sub_text(item, source: str) -> str:
    """The text of a subscript: ``{12}`` -> ``12``, ``\\theta`` -> ``theta``, ``{1, 1}`` -> ``1,1``."""
    if isinstance(item, Group):
        raw = source[item.pos + 1:item.end]
    else:
        raw = item.text
    raw = re.sub(r"\s+", "", raw).replace("\\", "").replace("{", "").replace("}", "")
    if not raw or any(c in raw for c in "\"'$"):
        _fail("empty or unreadable subscript")
    return raw


def with_subscript(base: str, sub: str) -> str:
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


# ------------------------------------------------------------------------------------------ functions

@dataclass
class FunctionDef:
    """A function given in DEFINITIONS: ``rho(z) = \\max\\{0, z\\}``; the body is read when first used."""

    name: str
    params: list[str]
    body_text: str
    body: sp.Expr | None = None


def _relu_of_max(args):
    if len(args) == 2:
        a, b = args
        if a == 0:
            return relu(b)
        if b == 0:
            return relu(a)
    return sp.Max(*args)


def _log(args, base=None):
    (arg,) = args
    return sp.log(arg) if base is None else sp.log(arg) / sp.log(base)


_NORM = re.compile(r"\\\|(?P<body>.+?)\\\|(?:_(?:\{\s*(?P<braced>[^{}]*?)\s*\}|(?P<bare>\d|\\infty)))?", re.S)
_NORM_NAMES = {"1": "normone", "2": "normtwo", "\\infty": "norminf", "": "normtwo"}


def _norms(text: str) -> str:
    r"""``\|(x, y)\|_2`` -> ``\operatorname{normtwo}(x, y)`` (and ``_1``, ``_\infty``; no subscript: 2): the norms of
    a tuple of entries (or of one number, its absolute value). Other norms are refused in one line."""
    def one(m):
        p = (m.group("braced") or m.group("bare") or "").replace(" ", "")
        if p not in _NORM_NAMES:
            if re.fullmatch(r"\d+|[A-Za-z]", p):
                return m.group(0)      # a p-norm, read by symconvex.vectors
            _fail(f"only the 1-, 2-, infinity- and integer p-norms are read, found the {p}-norm")
        body = m.group("body").strip()
        if body.startswith("(") and body.endswith(")"):
            body = body[1:-1]
        return "\\operatorname{%s}(%s)" % (_NORM_NAMES[p], body)

    return _NORM.sub(one, text)


def _norm(kind: str):
    def build(args):
        if kind == "two":
            return sp.sqrt(sp.Add(*[a ** 2 for a in args]))
        if kind == "one":
            return sp.Add(*[sp.Abs(a) for a in args])
        return sp.Max(*[sp.Abs(a) for a in args]) if len(args) > 1 else sp.Abs(args[0])
    return build


#: builtin function name (lower case) -> (arity or None for 2+, constructor)
BUILTINS = {
    "relu": (1, lambda a: relu(a[0])),
    "softplus": (1, lambda a: softplus(a[0])),
    "sigmoid": (1, lambda a: sigmoid(a[0])),
    "sigma": (1, lambda a: sigmoid(a[0])),
    "logistic": (1, lambda a: sigmoid(a[0])),
    "exp": (1, lambda a: sp.exp(a[0])),
    "log": (1, _log),
    "ln": (1, _log),
    "tanh": (1, lambda a: sp.tanh(a[0])),
    "abs": (1, lambda a: sp.Abs(a[0])),
    "max": (None, _relu_of_max),
    "min": (None, lambda a: sp.Min(*a)),
    "normtwo": (0, _norm("two")), "normone": (0, _norm("one")), "norminf": (0, _norm("inf")),  # 0: one or more
    # trigonometric, hyperbolic and inverse functions (sec, csc, cot as quotients of sin and cos)
    "sin": (1, lambda a: sp.sin(a[0])),
    "cos": (1, lambda a: sp.cos(a[0])),
    "tan": (1, lambda a: sp.tan(a[0])),
    "sec": (1, lambda a: 1 / sp.cos(a[0])),
    "csc": (1, lambda a: 1 / sp.sin(a[0])),
    "cot": (1, lambda a: sp.cos(a[0]) / sp.sin(a[0])),
    "sinh": (1, lambda a: sp.sinh(a[0])),
    "cosh": (1, lambda a: sp.cosh(a[0])),
    "arctan": (1, lambda a: sp.atan(a[0])),
    "arcsin": (1, lambda a: sp.asin(a[0])),
    "arccos": (1, lambda a: sp.acos(a[0])),
    "arcsinh": (1, lambda a: sp.asinh(a[0])),
    "arccosh": (1, lambda a: sp.acosh(a[0])),
    "artanh": (1, lambda a: sp.atanh(a[0])),
}
for _alias, _name in (("atan", "arctan"), ("asin", "arcsin"), ("acos", "arccos"), ("asinh", "arcsinh"),
                      ("arsinh", "arcsinh"), ("acosh", "arccosh"), ("arcosh", "arccosh"), ("atanh", "artanh"),
                      ("arctanh", "artanh")):
    BUILTINS[_alias] = BUILTINS[_name]
#: f^{-1} read as the inverse function (``\tan^{-1} x`` is arctan x), for the functions that have one here
INVERSES = {"sin": "arcsin", "cos": "arccos", "tan": "arctan", "sinh": "arcsinh", "cosh": "arccosh", "tanh": "artanh"}


# ------------------------------------------------------------------------------------------ converter

class _Reader:
    """Reads one grouped item list into a SymPy expression (see the module docstring)."""

    def __init__(self, source: str, functions=None, values=None, active=None):
        self.source = source
        self.functions: dict[str, FunctionDef] = functions or {}
        self.values: dict[str, sp.Expr] = values or {}
        self.active = set(active or ())   # user functions being expanded (cycle guard)
        self.counter = 0

    # -- helpers
    def _peek(self, items, i, skip_ws=True):
        while skip_ws and i < len(items) and _is_ws(items[i]):
            i += 1
        return (items[i], i) if i < len(items) else (None, i)

    def _snippet(self, items) -> str:
        if not items:
            return ""
        first, last = items[0], items[-1]
        start = first.pos
        end = (last.end + 1) if isinstance(last, Group) else last.pos + len(last.text)
        return self.source[start:end]

    # -- entry
    def expression(self, items, what="expression") -> sp.Expr:
        items = _strip(items)
        if not items:
            _fail(f"empty {what}")
        pieces: list[str] = []
        slots: dict[str, sp.Expr] = {}
        i = 0
        expect_operand = True
        division = 0   # 1: just after '/', 2: after the divisor (an implicit product now would be ambiguous)

        def operand():
            nonlocal division
            if division == 2:
                _fail(f"ambiguous '{self._snippet(items)}': after '/' write the divisor in parentheses "
                      "or use \\frac{...}{...}")
            if division == 1:
                division = 2

        while i < len(items):
            it = items[i]
            if _is_ws(it):
                pieces.append(" ")
                i += 1
                continue
            if isinstance(it, Tok) and it.kind == "char" and it.text in "+-*/":
                pieces.append(it.text)
                i += 1
                expect_operand = True
                division = 1 if it.text == "/" else 0
                continue
            if isinstance(it, Tok) and it.kind == "cmd" and it.text in ("\\cdot", "\\times", "\\ast", "\\div"):
                pieces.append(" / " if it.text == "\\div" else " \\cdot ")
                i += 1
                expect_operand = True
                division = 1 if it.text == "\\div" else 0
                continue
            if isinstance(it, Tok) and it.kind == "char" and it.text == "^":
                if expect_operand:
                    _fail("'^' without a base")
                value, i = self._exponent(items, i + 1)
                pieces.append("^{" + self._slot(value, slots) + "}")
                continue
            operand()
            if isinstance(it, Tok) and it.kind == "cmd" and it.text == "\\sum":
                value, i = self._sum(items, i + 1)
                pieces.append(" " + self._slot(value, slots) + " ")
                expect_operand = False
                continue
            if isinstance(it, Tok) and it.kind == "letter" and it.text == "e" and self._euler(items, i):
                pieces.append(" e ")
                i += 1
                expect_operand = False
                continue
            value, i = self.atom(items, i)
            pieces.append(" " + self._slot(value, slots) + " ")
            expect_operand = False
        if len(slots) == 1 and "".join(pieces).strip() == next(iter(slots)):
            return next(iter(slots.values()))
        text = "".join(pieces)
        return self._latex2sympy(text, slots, items)

    def _euler(self, items, i) -> bool:
        nxt, _ = self._peek(items, i + 1, skip_ws=False)
        if isinstance(nxt, Tok) and nxt.text == "_":
            return False
        prev = items[i - 1] if i > 0 else None
        nxt2 = items[i + 1] if i + 1 < len(items) else None
        # 'e' inside a word (like 'xe') is still Euler's number only when standing alone or before '^'
        return (isinstance(nxt2, Tok) and nxt2.text == "^") or not (
            isinstance(prev, Tok) and prev.kind == "letter") and not (isinstance(nxt2, Tok) and nxt2.kind == "letter")

    def _slot(self, value, slots) -> str:
        self.counter += 1
        name = f"zq{len(slots)}x{self.counter}"
        key = name + hashlib.md5(name.encode()).hexdigest()
        slots[key] = value
        return "\\variable{" + name + "}"

    def _latex2sympy(self, text: str, slots: dict, items) -> sp.Expr:
        sink = io.StringIO()
        try:
            with contextlib.redirect_stderr(sink), contextlib.redirect_stdout(sink):
                result = _latex2sympy(text)
        except RecursionError:
            _fail("expression nested too deeply")
        except SearchTimeout:
            raise
        except Exception:
            _fail(f"cannot read '{self._snippet(items)}': operators out of place")
        if not isinstance(result, sp.Expr):
            _fail(f"cannot read '{self._snippet(items)}' as one expression")
        by_symbol = {s: slots[s.name] for s in result.free_symbols if s.name in slots}
        if len(by_symbol) != len(result.free_symbols):
            _fail(f"cannot read '{self._snippet(items)}'")
        _guard_sizes(result, by_symbol)
        return result.xreplace(by_symbol)

    # -- atoms: names, numbers, groups, function applications, \frac, \sqrt
    def atom(self, items, i) -> tuple[sp.Expr, int]:
        it = items[i]
        if isinstance(it, Group):
            value = self._group_value(it)
            return self._postfix(value, items, i + 1, group_item=it)
        if it.kind == "num":
            if len(it.text.replace(".", "")) > 60:
                _fail("number too long")
            return sp.Rational(it.text), i + 1
        if it.kind == "sci":
            return scientific(it.text), i + 1
        if it.kind == "letter":
            word = self._plain_word(items, i)
            if word:
                return self._apply(word, items, i + len(word))
            return self._name_then(items, i)
        if it.kind == "cmd":
            return self._command(items, i)
        if it.text == "_":
            _fail("unexpected subscript '_'")
        if it.text in "=<>":
            _fail(f"unexpected '{it.text}' in an expression")
        if it.text == ",":
            _fail("unexpected ',' in an expression")
        if it.text == "!":
            _fail("factorials are not supported")
        if it.text == "'":
            _fail("primes (f') are not supported; name the variable differently")
        _fail(f"unexpected '{it.text}'")

    def _group_value(self, g: Group) -> sp.Expr:
        if g.open in ("|", "\\lvert"):
            return sp.Abs(self.expression(g.items, "absolute value |...|"))
        if any(isinstance(x, Tok) and _comma(x) for x in g.items):
            _fail(f"unexpected ',' in '{self.source[g.pos:g.end + 1]}' (a tuple is not a number)")
        if g.open == "[" and g.close == ")" or g.open == "(" and g.close == "]":
            _fail(f"mismatched brackets in '{self.source[g.pos:g.end + 1]}'")
        return self.expression(g.items, "brackets")

    def _postfix(self, value, items, i, group_item=None):
        """``(z)_+`` -> relu(z); ``(A_2)_{1,1}`` -> one name."""
        nxt = items[i] if i < len(items) else None
        if isinstance(nxt, Tok) and nxt.text == "_":
            sub, j = self._peek(items, i + 1, skip_ws=False)
            if sub is None:
                _fail("subscript '_' without a subscript")
            if (isinstance(sub, Tok) and sub.text == "+") or (
                    isinstance(sub, Group) and sub.open == "{" and len(_strip(sub.items)) == 1
                    and isinstance(_strip(sub.items)[0], Tok) and _strip(sub.items)[0].text == "+"):
                return relu(value), j + 1
            if group_item is not None and group_item.open == "(" and isinstance(value, sp.Symbol):
                sub_text = self._subscript_text(items, j)
                return symbol(with_subscript(f"({value.name})", sub_text[0])), sub_text[1]
            _fail("unexpected subscript '_'")
        return value, i

    def _subscript_text(self, items, j):
        sub = items[j] if j < len(items) else None
        if sub is None:
            _fail("subscript '_' without a subscript")
        if isinstance(sub, Tok) and sub.kind == "num" and len(sub.text) > 1:
            items[j] = Tok("num", sub.text[1:], sub.pos + 1)
            return sub.text[0], j
        if isinstance(sub, Group) and sub.open != "{":
            _fail("a subscript in brackets must be braced: _{...}")
        if isinstance(sub, Tok) and sub.kind == "char":
            _fail(f"unreadable subscript '_{sub.text}'")
        if isinstance(sub, Tok) and sub.kind == "cmd" and sub.text[1:] not in GREEK:
            _fail(f"unreadable subscript '_{sub.text}'")
        return _sub_text(sub, self.source), j + 1

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
                nxt, _ = self._peek(items, i + len(word))
                if isinstance(nxt, Group) and nxt.open in ("(", "\\{", "["):
                    return text[:len(word)]
        return None

    def _name_then(self, items, i):
        name, j = self.read_name(items, i)
        nxt, _ = self._peek(items, j, skip_ws=False)
        if isinstance(nxt, Tok) and nxt.text == "_":
            # x_+ : positive part
            return self._postfix(symbol(name), items, j)
        spaced, _ = self._peek(items, j)
        if name in self.functions and isinstance(spaced, Group) and spaced.open in ("(", "\\{", "["):
            return self._apply(name, items, j)
        if isinstance(spaced, Group) and spaced.open == "(" and name not in self.values and (
                name.split("_")[0] in FUNCTION_LETTERS
                or isinstance(nxt, Group) and any(isinstance(x, Tok) and _comma(x) for x in nxt.items)):
            self._unknown_function(name, spaced)
        return symbol(name), j

    def _unknown_function(self, name: str, args: Group, shown: str = ""):
        """``f(x)`` with f neither defined nor built in: refused, never read as the product f·x."""
        shown = shown or name
        call = self.source[args.pos:args.end + 1]
        params = call if re.fullmatch(r"\(\s*[A-Za-z](?:\s*,\s*[A-Za-z])*\s*\)", call) else "(x)"
        product = "" if "," in call else f", or write a product as '{shown} \\cdot {call}'"
        _fail(f"unknown function {name} in '{shown}{call}': write its formula instead (in a claim, define it: "
              f"'where ${shown}{params} = ...$'){product}")

    def read_name(self, items, i) -> tuple[str, int]:
        """A letter or Greek letter (or \\mathcal{L}, \\hat{y}, ...) with its subscripts: one name."""
        it = items[i]
        if isinstance(it, Tok) and it.kind == "letter":
            base, j = it.text, i + 1
        elif isinstance(it, Tok) and it.kind == "cmd" and it.text[1:] in GREEK:
            base, j = it.text[1:], i + 1
        elif isinstance(it, Tok) and it.kind == "cmd" and it.text[1:] in STYLES:
            arg, j = self._peek(items, i + 1)
            if isinstance(arg, Group) and arg.open == "{":
                inner = _sub_text(arg, self.source)
            elif isinstance(arg, Tok) and arg.kind == "letter":
                inner = arg.text
            else:
                _fail(f"{it.text} needs a letter")
            if not re.fullmatch(r"[A-Za-z]+|[A-Za-z]+_\w+", inner) and inner not in GREEK:
                _fail(f"unreadable name {it.text}{{{inner}}}")
            suffix = STYLES[it.text[1:]]
            base, j = (f"{inner}{suffix}" if suffix else inner), j + 1
        else:
            _fail(f"expected a name, found '{getattr(it, 'text', '(...)')}'")
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
        # x^{(2)}: a superscript in parentheses is part of the name (the 2nd sample), not a power
        nxt = items[j] if j < len(items) else None
        after = items[j + 1] if j + 1 < len(items) else None
        if isinstance(nxt, Tok) and nxt.text == "^" and isinstance(after, Group) and after.open == "{":
            inner = _strip(after.items)
            if len(inner) == 1 and isinstance(inner[0], Group) and inner[0].open == "(":
                name += "^{(" + _sub_text(inner[0], self.source) + ")}"
                j += 2
        return name, j

    def _command(self, items, i):
        it = items[i]
        name = it.text[1:]
        if name in GREEK or name in STYLES:
            full, j = self.read_name(items, i)
            nxt, _ = self._peek(items, j, skip_ws=False)
            spaced, _ = self._peek(items, j)
            if (full in self.functions or full == "sigma") and (
                    isinstance(spaced, Group) and spaced.open in ("(", "\\{", "[")
                    or isinstance(spaced, Tok) and spaced.text == "^" and self._call_after_power(items, j)):
                return self._apply(full, items, j)
            if isinstance(nxt, Group) and nxt.open == "(":
                if name in GREEK:
                    self._unknown_function(full, nxt, shown="\\" + full if full in GREEK else full)
                if name in ("mathcal", "mathscr"):
                    self._unknown_function(full, nxt)
            if isinstance(nxt, Tok) and nxt.text == "_":
                return self._postfix(symbol(full), items, j)
            return symbol(full), j
        if name in WORDS:
            arg, j = self._peek(items, i + 1)
            if not (isinstance(arg, Group) and arg.open == "{"):
                _fail(f"{it.text} needs a braced name")
            word = re.sub(r"\s+", "", self.source[arg.pos + 1:arg.end])
            nxt, _ = self._peek(items, j + 1)
            if word in self.functions or word.lower() in BUILTINS:
                if isinstance(nxt, Group) or (isinstance(nxt, Tok) and nxt.text == "^"):
                    return self._apply(word if word in self.functions else word.lower(), items, j + 1)
                _fail(f"function {word} needs an argument in parentheses")
            if word.lower() in ("leakyrelu", "leaky_relu", "lrelu"):
                _fail("leaky ReLU needs its slope; write \\max(z, a z)")
            if isinstance(nxt, Group) and nxt.open in ("(", "\\{", "["):
                _fail(f"unknown function {word}")
            if name.startswith("text") or not re.fullmatch(r"[A-Za-z]+", word):
                _fail(f"unexpected text '{word}' in an expression")
            value = symbol(word)
            return self._postfix(value, items, j + 1)
        if name in BUILTINS and name not in ("relu", "softplus", "sigmoid", "abs", "logistic"):
            return self._apply(name, items, i + 1)
        if name == "frac":
            num, j = self._argument(items, i + 1, "\\frac", "numerator")
            den, j = self._argument(items, j, "\\frac", "denominator")
            if den == 0:
                _fail("division by zero")
            return num / den, j
        if name == "sqrt":
            root = 2
            nxt, j = self._peek(items, i + 1)
            if isinstance(nxt, Group) and nxt.open == "[":
                root = self.expression(nxt.items, "root index")
                if not (root.is_Integer and root >= 2):
                    _fail("\\sqrt[n]{...} needs an integer n >= 2")
                j += 1
            arg, j = self._argument(items, j, "\\sqrt", "argument")
            return sp.Pow(arg, sp.Rational(1, int(root))), j
        if name in ("lvert", "rvert", "vert", "mid", "{", "}"):
            _fail(f"unbalanced {it.text}")
        if name == "|":
            _fail("unbalanced norm bars \\|...\\|")
        if name in RELATION_COMMANDS:
            _fail(f"unexpected {it.text} in an expression")
        if name == "infty":
            _fail("infinity is not a number here")
        if name == "pi":
            if "pi" in self.functions:  # a claim that defines its own function pi
                return self._apply("pi", items, i + 1)
            return sp.pi, i + 1  # the constant: \pi(1 - x) is a product, as x(y + 1) is
        if name in UNSUPPORTED:
            _fail(f"unsupported function {name}")
        nxt, _ = self._peek(items, i + 1)
        if isinstance(nxt, Group) and nxt.open in ("(", "\\{"):
            if name in self.functions:
                return self._apply(name, items, i + 1)
            _fail(f"unknown function {name}")
        if name in self.functions:
            return self._apply(name, items, i + 1)
        _fail(f"unknown command {it.text}")

    def _call_after_power(self, items, i) -> bool:
        """``name^{p}(...)``: is the power at ``i`` followed by an argument group?"""
        caret, k = self._peek(items, i)
        if not (isinstance(caret, Tok) and caret.text == "^"):
            return False
        power, k = self._peek(items, k + 1)
        if power is None:
            return False
        after, _ = self._peek(items, k + 1)
        return isinstance(after, Group) and after.open == "("

    def _argument(self, items, i, command, what):
        arg, j = self._peek(items, i)
        if arg is None:
            _fail(f"incomplete {command}: missing {what}" + (r" (write \frac{numerator}{denominator})"
                                                              if command == "\\frac" else ""))
        if isinstance(arg, Group) and arg.open == "{":
            return self.expression(arg.items, f"{what} of {command}"), j + 1
        if isinstance(arg, Tok) and arg.kind == "num" and len(arg.text) > 1 and "." not in arg.text:
            items[j] = Tok("num", arg.text[1:], arg.pos + 1)
            return sp.Integer(arg.text[0]), j
        if isinstance(arg, Tok) and arg.kind in ("num", "letter"):
            return (sp.Rational(arg.text) if arg.kind == "num" else symbol(arg.text)), j + 1
        if isinstance(arg, Tok) and arg.kind == "cmd" and arg.text[1:] in GREEK:
            return symbol(arg.text[1:]), j + 1
        _fail(f"incomplete {command}: missing {what}" + (r" (write \frac{numerator}{denominator})"
                                                          if command == "\\frac" else ""))

    def _exponent(self, items, i):
        nxt, j = self._peek(items, i)
        if nxt is None:
            _fail("incomplete exponent after '^'")
        if isinstance(nxt, Group) and nxt.open == "{":
            inner = _strip(nxt.items)
            if len(inner) == 1 and isinstance(inner[0], Tok) and inner[0].text in ("T", "\\top", "\\intercal"):
                _fail("transposes are not supported; write the scalar formula")
            return self.expression(nxt.items, "exponent"), j + 1
        if isinstance(nxt, Tok) and nxt.kind == "num":
            if len(nxt.text) > 1 and "." not in nxt.text:
                items[j] = Tok("num", nxt.text[1:], nxt.pos + 1)
                return sp.Integer(nxt.text[0]), j
            return sp.Rational(nxt.text), j + 1
        if isinstance(nxt, Tok) and nxt.text in ("T", "\\top", "\\intercal"):
            _fail("transposes are not supported; write the scalar formula")
        if isinstance(nxt, Tok) and nxt.text == "-":
            value, k = self._exponent(items, j + 1)
            return -value, k
        if isinstance(nxt, Tok) and nxt.kind == "letter":
            return symbol(nxt.text), j + 1
        if isinstance(nxt, Tok) and nxt.kind == "cmd" and nxt.text[1:] in GREEK:
            return symbol(nxt.text[1:]), j + 1
        if isinstance(nxt, Tok) and nxt.kind == "cmd" and nxt.text in ("\\frac", "\\sqrt"):
            return self.atom(items, j)
        if isinstance(nxt, Tok) and nxt.text == "*":
            _fail("conjugates x^* are not supported")
        _fail("incomplete exponent after '^'")

    def _apply(self, name, items, i):
        """``name`` applied to the argument group at ``i`` (with an optional power ``name^2(x)``)."""
        power = None
        nxt, j = self._peek(items, i)
        base = None
        if isinstance(nxt, Tok) and nxt.text == "_" and name.lower() in ("log", "ln") and name not in self.functions:
            base, j = self._argument(items, j + 1, "\\log", "base")
            nxt, j = self._peek(items, j)
        if isinstance(nxt, Tok) and nxt.text == "^":
            power, j = self._exponent(items, j + 1)
            if power == -1 and name.lower() in INVERSES and name not in self.functions:
                name, power = INVERSES[name.lower()], None
            elif power == -1:
                _fail(f"ambiguous {name}^{{-1}} (inverse or reciprocal?); write 1/{name}(...)")
            nxt, j = self._peek(items, j)
        if isinstance(nxt, Group) and nxt.open in ("(", "\\{", "[", "{"):
            parts = [_strip(p) for p in split_items(nxt.items, _comma)]
            if parts == [[]]:
                _fail(f"{name}() needs an argument")
            args = [self.expression(p, f"argument of {name}") for p in parts]
            j += 1
        elif name.lower() in ("max", "min"):
            if isinstance(nxt, Tok) and nxt.text == "_":
                _fail(f"\\{name} over a set is not supported; list the arguments: \\{name}(a, b)")
            _fail(f"\\{name} needs its arguments in parentheses: \\{name}(a, b)")
        elif nxt is None:
            _fail(f"function {name} needs an argument")
        else:
            arg, j = self._bare_argument(items, j)
            args = [arg]
        value = self._call(name, args, base)
        if power is not None:
            value = sp.Pow(value, power)
        return value, j

    def _bare_argument(self, items, j):
        r"""A function's argument written without brackets, as people write ``\sin x``, ``\sin 2x``,
        ``\log x^2``: the factors (numbers, names, ``\pi``, each with an optional power) that follow one another
        without a space, up to the next space, operator or function."""
        factors = []
        while True:
            value, j = self.atom(items, j)
            after, k = self._peek(items, j, skip_ws=False)
            if isinstance(after, Tok) and after.text == "^":
                exponent, j = self._exponent(items, k + 1)
                value = sp.Pow(value, exponent)
            factors.append(value)
            nxt, _ = self._peek(items, j, skip_ws=False)
            if not (isinstance(nxt, Tok) and (nxt.kind in ("num", "letter") or nxt.kind == "cmd" and (
                    nxt.text[1:] in GREEK or nxt.text == "\\pi"))):
                return sp.Mul(*factors), j

    def _call(self, name, args, base=None):
        if any(a.has(sp.zoo, sp.oo, -sp.oo, sp.nan) for a in args):
            _fail(f"division by zero or an infinite value in the argument of {name}")
        if name in self.functions:
            fdef = self.functions[name]
            if len(args) != len(fdef.params):
                _fail(f"{name} takes {len(fdef.params)} argument(s), given {len(args)}")
            if name in self.active:
                _fail(f"the definition of {name} refers to itself")
            if fdef.body is None:
                reader = _Reader("", self.functions, self.values, self.active | {name})
                fdef.body = reader.parse_text(fdef.body_text, f"body of {name}")
            params = [symbol(p) for p in fdef.params]
            return fdef.body.xreplace(dict(zip(params, args)))
        key = name.lower()
        if key not in BUILTINS:
            _fail(f"unknown function {name}")
        arity, build = BUILTINS[key]
        if arity == 0 and not args:
            _fail(f"{name} needs an argument")
        if arity not in (None, 0) and len(args) != arity:
            _fail(f"{name} takes {arity} argument, given {len(args)}")
        if arity is None and len(args) < 2:
            _fail(f"{name} needs at least two arguments")
        if key in ("log", "ln"):
            return _log(args, base)
        return build(args)

    def _sum(self, items, i):
        r"""``\sum_{i=1}^{n} summand``: expanded; the summand runs up to the next top-level + or -."""
        nxt, j = self._peek(items, i)
        if not (isinstance(nxt, Tok) and nxt.text == "_"):
            _fail(r"a sum needs its range: \sum_{i=1}^{n}")
        sub, j = self._peek(items, j + 1)
        if not (isinstance(sub, Group) and sub.open == "{"):
            _fail(r"a sum needs its range: \sum_{i=1}^{n}")
        sides = split_items(sub.items, lambda t: t.kind == "char" and t.text == "=")
        if len(sides) != 2:
            _fail(r"a sum needs its range: \sum_{i=1}^{n}")
        index_items = _strip(sides[0])
        index, k = self.read_name(index_items, 0) if index_items else (None, 0)
        if index is None or k != len(index_items):
            _fail(r"the index of a sum must be a name, as in \sum_{i=1}^{n}")
        lower = self.expression(sides[1], "lower bound of the sum")
        sup, j = self._peek(items, j + 1)
        if not (isinstance(sup, Tok) and sup.text == "^"):
            _fail(r"a sum needs its upper bound: \sum_{i=1}^{n}")
        upper, j = self._exponent(items, j + 1)
        summand_items = []
        while j < len(items):
            it = items[j]
            if isinstance(it, Tok) and it.kind == "char" and it.text in "+-" and _strip(summand_items):
                prev = _strip(summand_items)[-1]
                if not (isinstance(prev, Tok) and (prev.text in ("^", "*", "/") or prev.text in (
                        "\\cdot", "\\times"))):
                    break
            summand_items.append(it)
            j += 1
        lo, hi = self._bound(lower), self._bound(upper)
        if hi - lo + 1 > MAX_SUM_TERMS:
            _fail(f"a sum with more than {MAX_SUM_TERMS} terms")
        summand = self.expression(summand_items, "summand")
        terms = [expand_index(summand, index, k) for k in range(lo, hi + 1)]
        return sp.Add(*terms), j

    def _bound(self, value) -> int:
        value = value.xreplace({s: self.values[s.name] for s in value.free_symbols if s.name in self.values})
        if not value.is_Integer:
            _fail(f"the bounds of a sum must be integers (found {value}); give n a value, e.g. 'where $n = 3$'")
        return int(value)

    def parse_text(self, text: str, what="expression") -> sp.Expr:
        items, source = read_items(text)
        self.source = source
        return self.expression(items, what)


def expand_index(expr, index: str, value: int):
    """The term of a sum: ``index`` -> value, and names subscripted by the index renamed (x_i -> x_1)."""
    mapping = {}
    for s in expr.free_symbols:
        if s.name == index:
            mapping[s] = sp.Integer(value)
        else:
            new = rename_index(s.name, index, str(value))
            if new != s.name:
                mapping[s] = symbol(new)
    return expr.xreplace(mapping)


def _guard_sizes(expr, slots):
    """Refuse powers that would build enormous numbers before SymPy evaluates them."""
    for node in sp.postorder_traversal(expr):
        if isinstance(node, sp.Pow):
            e = node.exp.xreplace(slots)
            if e.is_number:
                try:
                    size = abs(complex(sp.N(e, 15)))
                except (TypeError, ValueError):
                    continue
                if size > MAX_EXPONENT:
                    _fail(f"exponent too large ({sp.N(e, 3)})")
                b = node.base.xreplace(slots)
                if b.is_Rational and b != 0:
                    digits = len(str(abs(b.p))) + len(str(b.q))
                    if digits * size > MAX_DIGITS:
                        _fail("number too large")


def _constant_text(value) -> str:
    from .pretty import pretty

    return pretty(value)


def scientific(text: str) -> sp.Rational:
    """A number in scientific notation, exactly: ``1e-30`` is 1/10^30, ``2.5E3`` is 2500.

    >>> scientific("1e-3"), scientific("2.5E3"), scientific(".5e+1")
    (1/1000, 2500, 5)
    """
    mantissa, exponent = re.split("[eE]", text)
    if len(mantissa.replace(".", "")) > 60:
        _fail("number too long")
    power = int(exponent)
    if abs(power) > MAX_EXPONENT:
        _fail(f"exponent too large in {text} (at most {MAX_EXPONENT})")
    return sp.Rational(mantissa) * sp.Integer(10) ** power


_ALLOWED = (sp.Symbol, sp.Rational, sp.Add, sp.Mul, sp.Pow, sp.exp, sp.log, sp.Abs, sp.Max, sp.Min, sp.tanh,
            relu, leaky_relu, sigmoid, softplus, sp.sin, sp.cos, sp.tan, sp.sinh, sp.cosh, sp.atan, sp.asinh, sp.asin,
            sp.acos, sp.acosh, sp.atanh)


def check_supported(expr) -> None:
    """``InputError`` unless ``expr`` is a real expression built from the supported operations."""
    if expr.has(sp.zoo, sp.oo, -sp.oo, sp.nan):
        _fail("division by zero or an infinite value")
    for node in sp.preorder_traversal(expr):
        if node.is_number and node.is_extended_real is False:  # log(-1) = iπ, (-1)^{1/2}, (-8)^{1/3}
            _fail(f"the expression is not real-valued: it contains {_constant_text(node)}, which is not a real "
                  "number (a logarithm or a fractional power of a negative number?)")
    for node in sp.preorder_traversal(expr):
        if node is sp.E or node is sp.pi or isinstance(node, _ALLOWED):
            continue
        if node is sp.I:
            _fail("the expression is not real-valued")
        _fail(f"unsupported operation {type(node).__name__}")
    if expr.has(sp.I):
        _fail("the expression is not real-valued")


def parse_internal(text: str, *, functions=None, values=None) -> sp.Expr:
    """``parse_expression`` with user functions (name -> ``FunctionDef``) and values (name -> number) for
    sum bounds. Values are *not* substituted into the result."""
    try:
        reader = _Reader("", functions, values)
        expr = reader.parse_text(text)
        expr = exact(expr)
    except (InputError, SearchTimeout):
        raise
    except RecursionError:
        _fail("expression nested too deeply")
    except Exception as exc:  # a SymPy failure on odd input must still be one line, never a traceback
        _fail(f"cannot read the expression ({type(exc).__name__}: {_one_line(exc)[:80]})")
    check_supported(expr)
    return expr


def parse_expression(text: str) -> sp.Expr:
    r"""LaTeX -> an exact SymPy expression over real symbols (see the module docstring for the notation).

    >>> parse_expression(r"\frac{x^2}{y}")
    x**2/y
    >>> parse_expression(r"\operatorname{ReLU}(w_1 x + b_{12}) + |z|")
    Abs(z) + relu(b_{12} + w_1*x)
    >>> parse_expression(r"\sum_{i=1}^{2} (x_i - y_i)^2")
    (x_1 - y_1)**2 + (x_2 - y_2)**2
    """
    return parse_internal(text)


def parse_latex(text: str) -> sp.Expr:
    r"""``symconvex.parse_latex``: the same as ``parse_expression`` (LaTeX -> exact SymPy, ML notation).

    >>> parse_latex(r"\sigma(w x + b)")
    sigmoid(b + w*x)
    """
    return parse_internal(text)


# ------------------------------------------------------------------------------------------ names, lists

def read_name_at(items: list, i: int, source: str) -> tuple[str, int]:
    """The name starting at ``items[i]`` of ``group(tokenize(source))`` (a letter, a Greek letter or a styled
    letter such as ``\\mathbf{x}``, with its subscripts) and the index after it; ``InputError`` if none starts there."""
    return _Reader(source).read_name(items, i)


def apply_function(name: str, args: list, *, functions=None, values=None) -> sp.Expr:
    """A built-in function (``BUILTINS``) or one defined in a claim (``functions``) applied to scalar ``args``."""
    return _Reader("", functions, values)._call(name, list(args))


def parse_name(text: str) -> str:
    """One name as written (``w_1``, ``b_{12}``, ``(A_2)_{1,1}``, ``\\theta``) -> its canonical name."""
    items, source = read_items(text)
    items = _strip(items)
    if not items:
        _fail("empty name")
    reader = _Reader(source)
    if len(items) == 1 and isinstance(items[0], Group) and items[0].open == "(":
        inner = _strip(items[0].items)
        name, j = reader.read_name(inner, 0)
        if j != len(inner):
            _fail(f"'{text.strip()}' is not a name")
        return name
    if isinstance(items[0], Group) and items[0].open == "(":
        value, j = reader.atom(items, 0)
    else:
        if isinstance(items[0], Tok) and (items[0].kind == "letter" or items[0].text[1:] in GREEK
                                          or items[0].text[1:] in STYLES):
            name, j = reader.read_name(items, 0)
            value = symbol(name)
        elif isinstance(items[0], Tok) and items[0].text[1:] in WORDS:
            value, j = reader.atom(items, 0)
        else:
            _fail(f"'{text.strip()}' is not a name")
    if _strip(items[j:]) or not isinstance(value, sp.Symbol):
        _fail(f"'{text.strip()}' is not a name")
    return value.name


_AND_WORD = re.compile(r"\\text\s*\{\s*and\s*\}|\\(?:land|wedge)(?![A-Za-z])|\band\b|;")


def _split_at_depth_0(text: str, separator) -> tuple[list[str], list[str]]:
    """(parts, separators): ``text`` split where ``separator(text, i)`` returns a separator's text (else None)
    at bracket depth 0. ( [ { and \\{ open, ) ] } and \\} close (intervals like ``[0, 1)`` count as brackets);
    a command is offered as a separator at its backslash, then skipped whole (its letters, or its one symbol:
    ``\\,`` never splits at the comma)."""
    parts, seps, depth, start, i = [], [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in "{}":
            depth += 1 if text[i + 1] == "{" else -1
            i += 2
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0:
            found = separator(text, i)
            if found:
                parts.append(text[start:i])
                seps.append(found)
                i = start = i + len(found)
                continue
        if c == "\\":
            i += 1
            while i < len(text) and text[i].isalpha():
                i += 1
            if i == len(text) or not text[i - 1].isalpha():
                i += 1
            continue
        i += 1
    parts.append(text[start:])
    return parts, seps


def split_top_level(text: str, sep: str = ",") -> list[str]:
    """Split at ``sep`` outside brackets (intervals like ``[0, 1)`` count as brackets)."""
    return _split_at_depth_0(text, lambda t, i: sep if t.startswith(sep, i) else None)[0]


def parse_variables(text: str) -> list[sp.Symbol]:
    r"""``"x,y"``, ``"$w_1, w_2$"``, ``"(w_1, w_2)"``, ``"x and y"`` -> real symbols, in order.

    >>> parse_variables(r"$w_1, b_{12}$")
    [w_1, b_{12}]
    """
    norm = normalize(text)
    norm = _AND_WORD.sub(",", norm).strip()
    if norm.startswith("(") and norm.endswith(")") and len(split_top_level(norm[1:-1])) > 1:
        norm = norm[1:-1]
    names = [p.strip() for p in split_top_level(norm)]
    if not any(names):
        _fail("empty list of variables")
    out = []
    for part in names:
        if not part:
            _fail("empty entry in the list of variables")
        name = parse_name(part)
        if name in {s.name for s in out}:
            _fail(f"variable {name} listed twice")
        out.append(symbol(name))
    return out


# ------------------------------------------------------------------------------------------ domains

_REL_RE = re.compile(r"\\leqslant|\\geqslant|\\leq|\\geq|\\le|\\ge|\\lt|\\gt|\\neq|\\ne|<=|>=|<|>|=(?!=)|\\in"
                     r"|\\notin")
_REL = {"\\le": "le", "\\leq": "le", "\\leqslant": "le", "<=": "le", "\\ge": "ge", "\\geq": "ge",
        "\\geqslant": "ge", ">=": "ge", "<": "lt", "\\lt": "lt", ">": "gt", "\\gt": "gt"}
_REL_CLASS = {"le": sp.LessThan, "lt": sp.StrictLessThan, "ge": sp.GreaterThan, "gt": sp.StrictGreaterThan}


def _relation_at(text: str, i: int) -> str | None:
    """The relation symbol starting at ``text[i]`` (``\\le`` but not the start of ``\\left``), or None."""
    m = _REL_RE.match(text, i)
    if m and not (m.group().startswith("\\") and m.end() < len(text) and text[m.end()].isalpha()):
        return m.group()
    return None


def _split_relations(text: str):
    """``0 \\le x < 1`` -> ([``0``, ``x``, ``1``], [``\\le``, ``<``]) at bracket depth 0."""
    return _split_at_depth_0(text, _relation_at)


def _constraint(lhs, op, rhs):
    rel = _REL[op]
    if lhs.is_number and rhs.is_number:
        if bool(_REL_CLASS[rel](lhs, rhs)):
            return None
        raise DomainError(f"the domain is empty: {lhs} {op} {rhs} is false")
    return _REL_CLASS[rel](lhs, rhs, evaluate=False)


def _constraints(lhs, op, rhs) -> list:
    """The constraint lhs op rhs, with |a| < b (<=) written as its two linear sides -b < a and a < b, and
    b > |a| alike (the same set; the sides are what the domain's box reads)."""
    rel = _REL[op]
    if isinstance(rhs, sp.Abs) and rel in ("gt", "ge"):
        lhs, rhs, rel = rhs, lhs, {"gt": "lt", "ge": "le"}[rel]
    if isinstance(lhs, sp.Abs) and rel in ("lt", "le") and (not rhs.is_number or rhs > 0):
        a, op = lhs.args[0], "<" if rel == "lt" else "<="
        return [c for c in (_constraint(-rhs, op, a), _constraint(a, op, rhs)) if c is not None]
    c = _constraint(lhs, op, rhs)
    return [] if c is None else [c]


def _bound_value(text: str):
    """A bound of an interval or inequality: a number/expression, or +-infinity (None)."""
    t = text.strip().replace(" ", "")
    if t in ("\\infty", "+\\infty", "-\\infty", "\\infinity"):
        return "-oo" if t.startswith("-") else "+oo"
    return parse_expression(text)


def _names_of(text: str) -> list[str]:
    t = text.strip()
    if t.startswith("(") and t.endswith(")") and len(split_top_level(t[1:-1])) > 1:
        return [parse_name(p) for p in split_top_level(t[1:-1])]
    return [parse_name(p) for p in split_top_level(t)]


_REALS = re.compile(r"^\\(?:mathbb|mathbf|Bbb|mathrm)\s*(?:\{\s*R\s*\}|R(?![A-Za-z]))|^\\R(?![A-Za-z])"
                    r"|^\\reals(?![A-Za-z])|^R(?=$|\s*[\^_])")
#: ]a, b[ (the French open interval): (a, b); ]a, b] and [a, b[ likewise
_FRENCH_INTERVAL = re.compile(r"^([\[\]])(.*)([\[\]])$", re.S)
#: \{ (x, y) \in \mathbb{R}^2 \mid y > 0 \} and \{ x > 0, x z > y^2 \}: the set of the points satisfying the conditions
_SET_BUILDER = re.compile(r"^\\\{(?P<inner>.*)\\\}$", re.S)
_SUCH_THAT = re.compile(r"\\mid(?![A-Za-z])|\\vert(?![A-Za-z])|\|(?![|])|:(?!=)")


def _set_builder(text: str) -> str | None:
    r"""The conditions of a set written in set-builder notation, as a domain text: ``\{(x, y) \in \mathbb{R}^2 \mid
    y > 0\}`` -> ``(x, y) \in \mathbb{R}^2, y > 0`` (the membership and the conditions, both required);
    ``\{x > 0, y > 0\}`` -> ``x > 0, y > 0``. None when ``text`` is not in braces."""
    m = _SET_BUILDER.match(text.strip())
    if not m:
        return None
    inner = m.group("inner")
    depth, cut = 0, None
    for k, c in enumerate(inner):
        depth += c in "([{"
        depth -= c in ")]}"
        if depth == 0 and cut is None and _SUCH_THAT.match(inner, k) and not (inner[k] == "|" and k > 0
                                                                              and inner[k - 1] == "\\"):
            cut = k
    if cut is None:
        return inner
    sep = _SUCH_THAT.match(inner, cut)
    head, tail = inner[:cut].strip(), inner[sep.end():].strip()
    if not head or not tail:
        _fail(f"cannot read the set '{text.strip()}'")
    if not _split_relations(head)[1]:   # \{(x, y) : y > 0\}: the head only names the points
        return tail
    return f"{head}, {tail}"


def _french(s: str) -> str:
    """]a, b[ -> (a, b), ]a, b] -> (a, b], [a, b[ -> [a, b): the French way of writing open ends."""
    m = _FRENCH_INTERVAL.match(s)
    if not m or (m.group(1) == "[" and m.group(3) == "]"):
        return s
    return ("(" if m.group(1) == "]" else "[") + m.group(2) + (")" if m.group(3) == "[" else "]")


def _membership(names: list[str], text: str) -> list:
    r"""x \in S for S = \mathbb{R}, \mathbb{R}^n, \mathbb{R}_{+}, \mathbb{R}_{++}, (a, b), [a, b], ]a, b[, ...;
    a product S_1 \times ... \times S_k of k one-dimensional sets puts the i-th name in S_i."""
    s = _french(text.strip())
    factors = re.split(r"\\times(?![A-Za-z])", s)
    if len(factors) > 1:
        if len(factors) != len(names) or any("^" in f for f in factors):
            _fail(f"the product set '{s}' has {len(factors)} factors for {len(names)} variables "
                  f"({', '.join(names)}); give one one-dimensional set per variable")
        return [c for n, f in zip(names, factors) for c in _membership([n], f)]
    m = _REALS.match(s)
    if m:
        rest = re.sub(r"\s+", "", s[m.end():])
        rest = re.sub(r"\^(\{[^{}]*\}|\w)", "", rest)      # the dimension R^n
        sign = re.fullmatch(r"_(?:\{(.*)\}|(.))", rest) if rest else None
        if rest and not sign:
            _fail(f"cannot read the set '{text.strip()}'")
        kind = (sign.group(1) if sign.group(1) is not None else sign.group(2)) if sign else ""
        kind = kind.replace("\\geq", ">=").replace("\\ge", ">=").replace("\\leq", "<=").replace("\\le", "<=")
        table = {"": None, "+": ("ge", 0), "++": ("gt", 0), ">=0": ("ge", 0), ">0": ("gt", 0), "-": ("le", 0),
                 "--": ("lt", 0), "<=0": ("le", 0), "<0": ("lt", 0), "\\geq0": ("ge", 0)}
        if kind not in table:
            _fail(f"cannot read the set '{text.strip()}'")
        if table[kind] is None:
            return []
        rel, value = table[kind]
        return [_REL_CLASS[rel](symbol(n), sp.Integer(value), evaluate=False) for n in names]
    if s and s[0] in "([" and s[-1] in ")]":
        ends = split_top_level(s[1:-1])
        if len(ends) != 2:
            _fail(f"cannot read the interval '{s}'")
        lo, hi = _bound_value(ends[0]), _bound_value(ends[1])
        if lo == "+oo" or hi == "-oo":
            raise DomainError(f"the interval {s} is empty")
        out = []
        for n in names:
            x = symbol(n)
            if lo != "-oo":
                out.append(_REL_CLASS["ge" if s[0] == "[" else "gt"](x, lo, evaluate=False))
            if hi != "+oo":
                out.append(_REL_CLASS["le" if s[-1] == "]" else "lt"](x, hi, evaluate=False))
        for c in out:
            if c.free_symbols - {symbol(n) for n in names}:
                _fail(f"interval bounds must be numbers: '{s}'")
        if lo not in ("-oo", "+oo") and hi not in ("-oo", "+oo"):
            if lo > hi or (lo == hi and (s[0] == "(" or s[-1] == ")")):
                raise DomainError(f"the interval {s} is empty")
        return out
    if "setminus" in s:
        raise DomainError(f"the set '{s}' is not convex (a point is removed)")
    _fail(f"cannot read the set '{s}'; use an interval, \\mathbb{{R}}, \\mathbb{{R}}_{{+}} or \\mathbb{{R}}_{{++}}")


def _piece(text: str, pending: list[str]) -> list:
    sides, ops = _split_relations(text)
    if not ops:
        return []
    if any(op in ("\\in", "\\notin") for op in ops):
        if len(ops) != 1 or ops[0] == "\\notin":
            _fail(f"cannot read the domain '{text.strip()}'")
        names = pending + _names_of(sides[0])
        return _membership(names, sides[1])
    if any(op in ("\\ne", "\\neq") for op in ops):
        raise DomainError(f"'{text.strip()}' removes a point, so the domain is not convex")
    if any(op == "=" for op in ops):
        _fail(f"domain '{text.strip()}': use inequalities (<, \\le, >, \\ge) or x \\in [a, b]")
    if any(not s.strip() for s in sides):
        _fail(f"incomplete inequality '{text.strip()}'")
    out = []
    values = []
    for k, side in enumerate(sides):
        if k == 0 and pending:
            values.append([symbol(n) for n in pending] + [parse_expression(side)])
            continue
        items = split_top_level(side)
        if len(items) > 1 and k in (0, len(sides) - 1):
            values.append([parse_expression(p) for p in items])
        else:
            b = _bound_value(side)
            values.append([b])
    for k, op in enumerate(ops):
        for lhs in values[k]:
            for rhs in values[k + 1]:
                if isinstance(lhs, str) or isinstance(rhs, str):
                    # x < \infty holds always; -\infty < x too
                    upward = _REL[op] in ("lt", "le")
                    if (upward and (lhs == "-oo" or rhs == "+oo")) or (not upward and (lhs == "+oo" or rhs == "-oo")):
                        continue
                    raise DomainError(f"the domain '{text.strip()}' is empty")
                out.extend(_constraints(lhs, op, rhs))
    return out


def parse_set(names: list[str], text: str) -> list:
    r"""Constraints saying every named variable lies in the set ``text`` (``[0, 1]``, ``\mathbb{R}_{++}``)."""
    norm = normalize(text)
    builder = _set_builder(norm)
    if builder is not None:
        return parse_domain(builder)
    return _membership(list(names), norm)


def has_relation(text: str) -> bool:
    """Whether ``text`` contains an inequality, a membership or '=' outside brackets."""
    return bool(_split_relations(normalize(text))[1])


def parse_domain(text: str) -> list:
    r"""Inequalities and memberships joined by ``,``, ``\text{and}``, ``\land``, ``\wedge`` -> SymPy relationals.

    Chains (``0 \le x \le 1``), lists (``x, y > 0``), memberships (``x \in (0, \infty)``, ``[0, 1]``,
    ``\mathbb{R}``, ``(x, y) \in \mathbb{R}^2``, ``\mathbb{R}_{+}``, ``\mathbb{R}_{++}``). ``\mathbb{R}`` gives
    no constraint. A ``\ne`` (a removed point) raises ``DomainError``.

    >>> parse_domain(r"x \in (0, \infty)")
    [x > 0]
    """
    norm = normalize(text)
    norm = _AND_WORD.sub(",", norm).strip()
    if not norm:
        _fail("empty domain")
    builder = _set_builder(norm)
    if builder is not None:
        return parse_domain(builder)
    parts = split_top_level(norm)
    out, pending = [], []
    try:
        for part in parts:
            part = part.strip()
            if not part:
                _fail("empty entry in the domain")
            _, ops = _split_relations(part)
            if not ops:
                pending.append(parse_name(part))
                continue
            out.extend(_piece(part, pending))
            pending = []
    except (InputError, SearchTimeout):
        raise
    except Exception as exc:
        _fail(f"cannot read the domain ({type(exc).__name__})")
    if pending:
        _fail(f"'{pending[-1]}' in the domain is not an inequality")
    return out


__all__ = ["FUNCTION_LETTERS", "FunctionDef", "apply_function", "has_relation", "normalize", "parse_domain", "parse_expression",
           "parse_internal", "parse_latex", "parse_name", "parse_set", "parse_variables", "read_name_at", "scientific",
           "split_top_level", "symbol"]
