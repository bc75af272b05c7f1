r"""Pasted text -> the LaTeX the readers read, and splitting text at bracket depth 0 (layer: text).

People paste formulas from papers, PDFs and Q&A posts. Before anything is tokenized, ``normalize`` makes the text
one LaTeX spelling: math delimiters (``$...$``, ``\(...\)``, ``\[...\]``) removed; unicode symbols spelled as LaTeX
(``−`` is ``-``, ``≤`` is ``\le``, ``ℝ`` is ``\mathbb{R}``, ``x²`` is ``x^{2}``, ``ℝ₊₊`` is ``\mathbb{R}_{++}``);
function words typed without a backslash and without brackets read as the functions (``log x`` is ``\log x``, never
the product l·o·g·x; ``√x`` is ``\sqrt x``); spacing and sizing commands (``\,``, ``\left(``, ``\Big``) dropped;
``\dfrac`` / ``\tfrac`` are ``\frac``; and norms ``\|(x, y)\|_2`` of a tuple of entries become the functions
``normtwo`` / ``normone`` / ``norminf`` (other p-norms are left to ``vectors``). None of this changes which
mathematical object is meant: it only chooses one spelling.

``split_top_level`` splits at a separator outside brackets (intervals like ``[0, 1)`` count as brackets), which is
how lists of variables, domain pieces and interval ends are cut. Nothing here evaluates text.

>>> normalize(r"$\dfrac{x²}{2} \le \|(x, y)\|$")
'\\frac{x^{2}}{2} \\le \\operatorname{normtwo}(x, y)'
>>> split_top_level("[0, 1), x, f(a, b)")
['[0, 1)', ' x', ' f(a, b)']
"""

from __future__ import annotations

import re

from .glued import glued_subscripts
from .operators import refuse_calculus_operators
from .vocabulary import PLAIN_WORDS, fail

_UNICODE = {
    "\u2212": "-", "\u00b7": r"\cdot ", "\u00d7": r"\times ", "\u2264": r"\le ", "\u2265": r"\ge ",
    "\u2260": r"\ne ", "\u2208": r"\in ", "\u211d": r"\mathbb{R}", "\u221e": r"\infty ", "\u03b8": r"\theta ",
    "\u03c1": r"\rho ", "\u03c3": r"\sigma ", "\u03bb": r"\lambda ", "\u03b1": r"\alpha ", "\u03b2": r"\beta ",
    "\u03b3": r"\gamma ", "\u03b4": r"\delta ", "\u03b5": r"\epsilon ", "\u03bc": r"\mu ", "\u03c6": r"\phi ",
    "\u03c9": r"\omega ", "\u03c4": r"\tau ", "\u03b7": r"\eta ", "\u2227": r"\land ", "\u2013": "-",
    # the other Greek letters people paste as names (ψ(s) = s e^s, Γ(x) = x^2): as TeX writes them; Σ, Π and Δ are
    # left out (a sum, a product, a difference when pasted)
    "\u03c8": r"\psi ", "\u03c7": r"\chi ", "\u03be": r"\xi ", "\u03b6": r"\zeta ", "\u03bd": r"\nu ",
    "\u03ba": r"\kappa ", "\u03d5": r"\phi ", "\u03f5": r"\epsilon ", "\u0393": r"\Gamma ",
    "\u0398": r"\Theta ", "\u039b": r"\Lambda ", "\u039e": r"\Xi ", "\u03a6": r"\Phi ", "\u03a8": r"\Psi ",
    "\u03a9": r"\Omega ",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u22c5": r"\cdot ", "\u2219": r"\cdot ", "\u2217": "*", "\u00f7": "/",   # ⋅ ∙ ∗ ÷
}
#: x², ℝ³, ℝⁿ as people paste them: superscript digits (and n) are an exponent
_SUPERSCRIPT_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207f", "0123456789n")
_SUPERSCRIPTS = re.compile("[\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u207f]+")
#: spacing and style commands (a thin space ``\,`` may touch a letter: ``2\,y``, ``x^2\,e^x``)
_SPACING = re.compile(r"\\(?:displaystyle|textstyle|scriptstyle|limits|nolimits|quad|qquad|middle)(?![A-Za-z])"
                      r"|(?<!\\)\\[,;:! ]|~")
_SIZING = re.compile(r"\\(?:left|right|[bB]igg?[lrm]?)(?![A-Za-z])\s*")


#: function names written without a backslash and without brackets, as pasted from a PDF or typed: ``log x``
_PLAIN_FUNCTION = re.compile(r"(?<![\\A-Za-z{_])(log|ln|exp|sinh|cosh|tanh|sin|cos|tan|sqrt)(?![A-Za-z])(?!\s*[(\[{])")


#: a square root typed without brackets before a run of factors: ``sqrt xy``, ``√2x``, ``sqrt x y`` (TeX's \sqrt takes one)
_OPEN_ROOT = re.compile(r"(?:(?<![\\A-Za-z{_])sqrt\s+|\u221a(?:\[3\])?\s*)(?P<run>(?:\d+(?:\.\d+)?[A-Za-z]|[A-Za-z]{2,}|[A-Za-z]\d)"
                        r"[A-Za-z0-9]*|[A-Za-z0-9]+\s+(?![aI]\b)[A-Za-z](?![A-Za-z(]))")


def _plain_function_words(text: str) -> str:
    """``log x``, ``-ln x``, ``exp x``, ``sin x`` (no backslash, no brackets) are the functions ``\\log x`` ...,
    never the product of the letters l·o·g·x; ``√x`` is ``\\sqrt x``. (With brackets, ``log(x)`` is read already.)
    A root before a run of factors (``sqrt xy``, ``√2x``) is refused: sqrt(xy), as ``log xy`` is log(xy), or √x·y, as
    TeX sets ``\\sqrt xy``?"""
    text = text.replace("\u221b", "\u221a[3]")   # ∛ is the real cube root \sqrt[3]
    root = _OPEN_ROOT.search(text)
    if root and root.group("run").split()[0].lower() not in PLAIN_WORDS and root.group("run") not in ("pi", "inf"):
        fail(f"ambiguous square root '{root.group(0).strip()}': write sqrt({root.group('run')}) for the root of the "
             f"product, or sqrt({root.group('run').split()[0][0]}) ... for the root of the first factor")
    while "\u221a" in text:   # √(x + 1) -> \sqrt{(x + 1)}; √x -> \sqrt x; ∛x -> \sqrt[3] x
        k = text.index("\u221a")
        index = "[3]" if text.startswith("[3]", k + 1) else ""
        text = text[:k + 1] + text[k + 1 + len(index):]
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
            text = text[:k] + "\\sqrt" + index + "{" + text[j:end + 1] + "}" + text[end + 1:]
        else:
            text = text[:k] + "\\sqrt" + index + " " + text[k + 1:]
    return _PLAIN_FUNCTION.sub(lambda m: "\\" + m.group(1) + " ", text)


#: a function word run into digits (and letters) before its bracket, no space: log2(x), log10(x), exp2(x), log1p(x),
#: atan2(y, x), cos2(x), erf2(x) -- library names (NumPy's log2, log1p, ...), not the word applied to a product; the
#: words are the reader's own function words (``vocabulary.PLAIN_WORDS``, longest first), so every word it reads is here
_NUMBERED_FUNCTION = re.compile(r"(?<![\\A-Za-z_])(?P<word>" + "|".join(PLAIN_WORDS)
                                + r")(?P<tail>\d+[A-Za-z]*\d*)\s*\(")


#: NumPy / math / torch names of one-argument functions that are a formula of the reader's own functions
_LIBRARY = {"log1p": "\\log(1 + ({0}))", "expm1": "(e^{{{0}}} - 1)", "log2": "\\frac{{\\log({0})}}{{\\log 2}}",
            "log10": "\\frac{{\\log({0})}}{{\\log 10}}", "exp2": "2^{{{0}}}",
            # two arguments (NumPy): log(e^a + e^b), sqrt(a^2 + b^2), a^b
            "logaddexp": "\\log(e^{{{0}}} + e^{{{1}}})", "hypot": "\\sqrt{{({0})^2 + ({1})^2}}",
            "power": "({0})^{{{1}}}", "cbrt": "\\sqrt[3]{{{0}}}"}
_LIBRARY_CALL = re.compile(r"(?<![A-Za-z_0-9])\\?(?P<name>log1p|expm1|log2|log10|exp2|logaddexp|hypot|power|cbrt)\s*\(")


def _library_functions(text: str) -> str:
    """``log1p(u)`` is log(1 + u), ``expm1(u)`` is e^u - 1, ``log2(u)`` is log(u)/log 2, ``log10(u)`` is log(u)/log 10,
    ``exp2(u)`` is 2^u, ``cbrt(u)`` is the real cube root ``\\sqrt[3]{u}`` (odd roots: ``parsing.odd_roots``), ``logaddexp(a, b)`` is log(e^a + e^b), ``hypot(a, b)`` is sqrt(a^2 + b^2), ``power(a, b)`` is
    a^b (NumPy's, math's and torch's names, typed in code): each call written as that formula, its arguments (up to
    the matching bracket, split at the commas outside brackets; another count of them is refused) unchanged; also with a backslash (``\\log1p(t)``, which the reader took as
    \\log applied to the product 1·p·t: t·log p). An unbalanced call is left for the refusal below."""
    while True:
        m = _LIBRARY_CALL.search(text)
        if not m:
            return text
        depth, end = 0, None
        for k in range(m.end() - 1, len(text)):
            depth += text[k] == "("
            depth -= text[k] == ")"
            if depth == 0:
                end = k
                break
        if end is None:
            return text
        args = [a.strip() for a in split_top_level(text[m.end():end])]
        wanted = 2 if "{1}" in _LIBRARY[m.group("name")] else 1
        if len(args) != wanted:
            fail(f"{m.group('name')}(...) takes {wanted} argument{'s' if wanted > 1 else ''}, found {len(args)}")
        text = text[:m.start()] + _LIBRARY[m.group("name")].format(*args) + text[end + 1:]



_DIGITS_AFTER_LOG = re.compile(r"(?<![A-Za-z_0-9])\\?(?P<name>log|ln|exp)(?P<digits>\d+)(?![A-Za-z\d])(?!\s*\()"
                               r"(?P<rest>\s*[A-Za-z\\]?)")


def _refuse_digits_after_log(text: str) -> None:
    """Refuse ``log10 t``, ``\\log2 x``, ``exp2 x``: digits typed at once after the name, no bracket, are read by TeX
    as log(10)·t (a line, answered "not strictly concave"), but are typed for the base-10 logarithm."""
    m = _DIGITS_AFTER_LOG.search(text)
    if m:
        shown = f"{m.group('name')}{m.group('digits')}{m.group('rest')}".strip()
        fail(f"ambiguous '{shown}': write \\log_{{{m.group('digits')}}}(t) for the base-{m.group('digits')} "
             f"logarithm, or \\{m.group('name')}({m.group('digits')}) \\cdot t for the product")


def _refuse_numbered_function_names(text: str) -> None:
    """Refuse ``log2(x)``, ``log10(x)``, ``exp2(x)``, ``log1p(x)``, ``atan2(y, x)``: a function word followed at once by
    digits and a bracket is a library function (base-2 log, log(1 + x), ...), which the word rule would read as the
    word applied to a number times the bracket (``log2(x)`` as log(2)·x, ``exp2(x)`` as e^2·x): a claim about
    another function. The message says how to write it."""
    m = _NUMBERED_FUNCTION.search(text)
    if m:
        name = m.group("word") + m.group("tail")
        hint = {"log2": "\\log(x) / \\log(2)", "log10": "\\log(x) / \\log(10)", "log1p": "\\log(1 + x)",
                "exp2": "2^{x}", "expm1": "e^{x} - 1"}.get(name, "its formula")
        fail(f"unknown function {name}: write {hint} instead")


#: a run of three or more plain letters right before a bracket: ``logit(x)``, ``elu(x)``, ``sign(x)``, ``cbrt(x)``
_LETTERS_BEFORE_BRACKET = re.compile(r"(?<![\\A-Za-z0-9_])(?P<word>[A-Za-z]+(?:_[A-Za-z]+)*)\s*\(")


def _known_call(word: str) -> bool:
    """Is ``word`` (letters before a bracket) a function the reader knows, possibly after at most two single-letter
    factors (``xlog(x)`` is x·log(x), ``xysin(x)`` is x·y·sin(x))?"""
    word = word.lower()
    if "_" in word:  # leaky_relu(x), x_abc(y): known only if no piece is a word of three letters or more
        return all(len(piece) < 3 for piece in word.split("_"))
    return len(word) < 3 or any(word[k:] in PLAIN_WORDS for k in range(min(2, len(word) - 1) + 1))


#: a definition's head typed as a word without a command, at the start: ``swish(x) = ...``, ``ELU(x, a) = ...``
_WORD_HEAD = re.compile(r"^(?P<space>\s*)(?P<word>[A-Za-z][A-Za-z0-9]{2,})\s*\((?=\s*[A-Za-z](?:_\w+)?(?:\s*,\s*[A-Za-z]"
                        r"(?:_\w+)?)*\s*\)\s*(?::=|=))")


def _word_heads(text: str) -> str:
    r"""``swish(x) = ...`` -> ``\operatorname{swish}(x) = ...``: a word of three letters or more that the reader does
    not know, heading a definition (its arguments names, then ``=``), is the defined function's name, as if typed
    with ``\operatorname`` (never the product s·w·i·s·h·x)."""
    m = _WORD_HEAD.match(text)
    if not m or _known_call(m.group("word")):
        return text
    return f"{m.group('space')}\\operatorname{{{m.group('word')}}}(" + text[m.end():]


#: a word typed before a brace, no backslash: ``exp{x}``, ``sqrt{x}``, ``max{0, x}`` (a command's braces follow ``\``)
_WORD_BRACE = re.compile(r"(?<![\\A-Za-z0-9_])(?P<word>[A-Za-z]{2,})\s*\{")


def _braced_calls(text: str) -> str:
    """``exp{x}`` is ``exp(x)``, ``max{0, x}`` is ``max(0, x)``: a function word typed without its backslash before a
    brace is that function applied to the braced group (which ``exp{x}`` read as the product e·p·x·x, answered about
    another function); a word the reader does not know is refused, as before a bracket."""
    while True:
        m = _WORD_BRACE.search(text)
        if not m:
            return text
        if not _known_call(m.group("word")):
            fail(f"unknown function {m.group('word')} in '{m.group('word')}{{...}}': write its formula instead")
        start = m.end() - 1
        end = _closing(text, start)
        if end < 0 or text[end] != "}":
            return text
        text = text[:start] + "(" + text[start + 1:end] + ")" + text[end + 1:]


def _refuse_unknown_function_words(text: str) -> None:
    """Refuse ``logit(x)``, ``elu(x)``, ``sign(x)``, ``softmax(x)``, ``leaky_relu(x)``: a name of three or more letters
    before a bracket that is no function the reader knows would otherwise be read letter by letter as a product
    (``elu(x)`` as e·l·u·x, ``leaky_relu(x)`` as l·e·a·k·y_r·e·l·u·x,
    ``logit(x)`` as g·i·l·o·t·x): an answer about another function. ``\\operatorname{logit}(x)`` is refused by the
    reader itself; a product of letters is written with spaces (``x y z (x + 1)``)."""
    for m in _LETTERS_BEFORE_BRACKET.finditer(text):
        word = m.group("word")
        if not _known_call(word):
            fail(f"unknown function {word} in '{word}(...)': write its formula instead (a product of single "
                 f"letters needs spaces: '{' '.join(word)} (...)')")


#: function words holding an underscore (CVXPY's ``inv_pos``, ``kl_div``, ``log_sum_exp``), typed without a command:
#: read as ``\operatorname{inv_pos}(`` (the letters and the underscore would be a subscripted name)
_UNDERSCORE_FUNCTION = re.compile(r"(?<![\\A-Za-z_{])(?P<word>" + "|".join(w for w in PLAIN_WORDS if "_" in w)
                                  + r")(?=\s*\()")


#: CVXPY's matrix atoms by name (``\operatorname{log\_det}(X)``, ``lambda_max(X)``): the notation the matrix reader
#: reads, ``\log\det X``, ``\lambda_{\max}(X)``, ``\lambda_{\min}(X)``
_MATRIX_ATOM = re.compile(r"(?:\\(?:operatorname|mathrm|text|textrm|rm)\s*\{\s*(?P<word>log_det|lambda_max|lambda_min)"
                          r"\s*\}|(?<![\\A-Za-z_{])(?P<plain>log_det|lambda_max|lambda_min)(?=\s*[(\\]))")


def _escaped_underscores(text: str) -> str:
    r"""``\_`` is TeX's way to print an underscore, so ``\operatorname{inv\_pos}`` and ``\text{log\_sum\_exp}``
    name the functions ``inv_pos`` and ``log_sum_exp`` (never a subscript, never ``log_{sum}`` times ``\exp``);
    a name with an underscore typed plainly before its bracket (``kl_div(x, y)``) is that function too."""
    text = text.replace("\\_", "_")
    text = _MATRIX_ATOM.sub(lambda m: "\\log\\det " if (m.group("word") or m.group("plain")) == "log_det"
                            else "\\lambda_{\\" + (m.group("word") or m.group("plain"))[-3:] + "}", text)
    return _UNDERSCORE_FUNCTION.sub(lambda m: "\\operatorname{" + m.group("word") + "}", text)


#: a module prefix before a function call, as typed in Python: np.exp(x), math.sqrt(x), torch.tanh(x)
_MODULE_PREFIX = re.compile(r"(?<![A-Za-z0-9_.])(?:(?:torch\.)?nn\.functional\.|(?:jax\.)?nn\.|scipy\.special\.|"
                            r"special\.|(?:np|numpy|math|torch|jnp|sp|sympy|cp|cvxpy|F)\.)(?=[A-Za-z_]\w*\s*\()")
#: a library's constants: ``math.e``, ``np.e`` (Euler's number), ``np.pi``, ``math.pi``
_MODULE_CONSTANT = re.compile(r"(?<![A-Za-z0-9_.])(?:np|numpy|math|torch|jnp)\.(?P<c>e|pi)(?![\w(])")
#: NumPy / PyTorch names of functions the reader knows under another name
_PYTHON_NAMES = re.compile(r"(?<![A-Za-z0-9_\\])(?P<name>maximum|minimum|arctanh|fabs|sigmoid|expit)(?=\s*\()")
_PYTHON_RENAMES = {"maximum": "max", "minimum": "min", "arctanh": "artanh", "fabs": "abs", "sigmoid": "sigmoid",
                   "expit": "sigmoid"}
_POWER_OPERAND = re.compile(r"\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*")


def _closing(text: str, k: int) -> int:
    """The index of the bracket closing the one at ``k`` (or -1)."""
    depth = 0
    for e in range(k, len(text)):
        depth += text[e] in "([{"
        depth -= text[e] in ")]}"
        if depth == 0:
            return e
    return -1


#: "/d" right after a one-digit ``**`` exponent: ``x**1/2``, ``x**3/2`` (Python reads (x**3)/2; people mean x^{3/2})
_DIGIT_OVER = re.compile(r"\s*/\s*(\d)(?![\d.])")


def _python_powers(text: str) -> str:
    """``x**2`` -> ``x^{2}``, ``x**-1`` -> ``x^{-1}``, ``x**(1/2)`` -> ``x^{1/2}``, ``e**(-x)`` -> ``e^{-x}``: Python's
    power operator with its operand braced, so the exponent is exactly the operand Python would take (a number, a
    name, a call or a bracket, with a sign). A chain ``2**x**2`` is refused (Python reads it from the right)."""
    out, i = [], 0
    while True:
        k = text.find("**", i)
        if k < 0:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:k])
        j = k + 2
        while j < len(text) and text[j] == " ":
            j += 1
        sign = ""
        if j < len(text) and text[j] in "+-":
            sign, j = text[j], j + 1
            while j < len(text) and text[j] == " ":
                j += 1
        m = _POWER_OPERAND.match(text, j)
        if j < len(text) and text[j] == "(":
            e = _closing(text, j)
            if e < 0:
                fail("unbalanced '(' after '**'")
            operand, j = text[j + 1:e], e + 1     # the bracket's inside: x^{(2)} would be a name
        elif m:
            operand, j = m.group(0), m.end()
            if j < len(text) and text[j] == "(" and not operand[0].isdigit():
                e = _closing(text, j)
                if e < 0:
                    fail("unbalanced '(' after '**'")
                operand, j = operand + text[j:e + 1], e + 1
        else:
            fail("incomplete exponent after '**'")
        if text[j:].lstrip().startswith("**"):
            fail("a chain of '**' is read from the right in Python: write the exponent in parentheses, "
                 "e.g. 2**(x**2)")
        over = _DIGIT_OVER.match(text, j)
        if not sign and over and operand.isdigit() and len(operand) == 1:
            n, d = int(operand), int(over.group(1))
            if d > 1 and (n == 1 or (d in (2, 3) and n % d != 0)):   # x**1/2 typed for the square root
                fail(f"ambiguous exponent in '**{operand}/{d}' (x**1/2 is typed for the square root, but Python "
                     f"reads (x**{operand})/{d}): write x**({operand}/{d}) for the power, or (x**{operand})/{d}")
        out.append("^{" + sign + _python_powers(operand) + "}")
        i = j


#: a function word typed glued to one variable letter, with no bracket and no space: ``sinx``, ``logx``, ``lnx``,
#: ``cosx`` (the letters u..z only: ``cost`` and ``sine`` are words, ``cosh`` a function)
_GLUED_FUNCTION = re.compile(r"(?<![\\A-Za-z_])(?P<word>sinh|cosh|tanh|log|ln|exp|sin|cos|tan|sqrt)(?P<v>[u-z])"
                             r"(?![A-Za-z0-9_(\[{])")


#: functions named by two letters: the logarithms lb and ld to base 2, lg to base 10 (ISO 80000-2, German and Russian
#: texts; lg is also log base 2 in computer science: every base above 1 is a positive multiple of ln, so the
#: curvature is the same), and id, the identity; before a bracket or a space and their argument
_TWO_LETTER_FUNCTION = re.compile(r"(?<![\\A-Za-z_{])\\?(?P<w>lb|ld|lg|id)(?=\s*\(|\s+[A-Za-z0-9\\(])")
_TWO_LETTER_AS = {"lb": "\\log_{2}", "ld": "\\log_{2}", "lg": "\\log_{10}", "id": " "}


def two_letter_functions(text: str) -> str:
    """``lb x``, ``ld(x)``, ``lg x`` (and TeX's ``\\lg x``) are ``\\log_{2} x``, ``\\log_{2}(x)``, ``\\log_{10} x``;
    ``id x``, ``id(x)`` are x: never the products l·b·x, l·d·x, i·d·x (answered about another function) nor an
    undefined function g."""
    return _TWO_LETTER_FUNCTION.sub(lambda m: _TWO_LETTER_AS[m.group("w")], text)


def glued_function_words(text: str) -> str:
    """``sinx``, ``logx``, ``lnx``, ``cosx``, ``sqrtx`` (a function word glued to one of the letters u..z, then no
    letter, digit or bracket) are ``sin x``, ``log x``, ...: the function applied to that variable, never the product
    s·i·n·x nor a word to refuse. ``cost``, ``sine``, ``cosh``, ``exps`` are left as written."""
    return _GLUED_FUNCTION.sub(lambda m: f"{m.group('word')} {m.group('v')}", text)


def python_syntax(text: str) -> str:
    """Formulas typed in Python: module prefixes dropped (``np.exp(x)`` is ``exp(x)``; ``np.e``, ``math.pi`` are the
    constants), NumPy names renamed
    (``np.maximum(x, 0)`` is ``max(x, 0)``) and ``**`` read as Python's power (``_python_powers``). None of this is
    evaluated; it only chooses the spelling the formula reader reads."""
    text = _MODULE_PREFIX.sub("", text)
    text = _MODULE_CONSTANT.sub(lambda m: "e" if m.group("c") == "e" else "\\pi ", text)
    text = _PYTHON_NAMES.sub(lambda m: _PYTHON_RENAMES[m.group("name")], text)
    return _python_powers(text) if "**" in text else text


_PLAIN_PI = re.compile(r"(?<![\\A-Za-z_])[pP]i(?![A-Za-z])|\u03c0")


def _plain_pi(text: str) -> str:
    """``pi`` typed as a word (``pi*x^2``, ``0 < x < pi``, ``3pi/2``; ``Pi`` as Wolfram writes it) and the letter ``π`` are
    the number ``\\pi``,
    never the product of the variables p·i (which answered "pi*x^2 is convex" about p·i·x², refuted)."""
    return _PLAIN_PI.sub(lambda m: "\\pi ", text)


_ELLIPSIS = re.compile(r"\\(?:cdots|ldots|dots|dotsb|dotsc)(?![A-Za-z])")
_FIRST_INDEX = re.compile(r"_(?:\{\s*1\s*\}|1(?![0-9]))")


def _unbraced(term: str) -> str:
    """A term with one-character subscripts unbraced and spaces removed: ``e^{x_{n}}`` -> ``e^{x_n}``."""
    return re.sub(r"_\{\s*([A-Za-z0-9])\s*\}", r"_\1", term).replace(" ", "")


def _group_end(text: str, k: int, step: int) -> int:
    """From index ``k``, the end (``step`` 1) or the start (``step`` -1) of the bracket group holding it: the index
    at its closing (after its opening) bracket, or the text's end (start)."""
    inner, outer = ("([{", ")]}") if step > 0 else (")]}", "([{")
    depth = 0
    while (k < len(text)) if step > 0 else (k > 0):
        c = text[k] if step > 0 else text[k - 1]
        if c in inner:
            depth += 1
        elif c in outer:
            if depth == 0:
                return k
            depth -= 1
        k += step
    return k


def ellipsis_sums(text: str) -> str:
    r"""``A_1 + A_2 + \cdots + A_n`` (``\ldots``, ``\dots``) -> ``\sum_{i=1}^{n} A_i`` when every written term is the
    first one with its subscript 1 replaced by 2, 3, ... and the last one by the letter n (m, k, N, d): the sum the
    ellipsis stands for. Anything else is left as written (the reader refuses the ellipsis command)."""
    for _ in range(4):
        m = _ELLIPSIS.search(text)
        if not m:
            return text
        lo, hi = _group_end(text, m.start(), -1), _group_end(text, m.end(), 1)
        parts, seps = split_at_depth_0(text[lo:hi], lambda t, i: t[i] if t[i] in "+-" else None)
        stripped = [p.strip() for p in parts]
        k = next((j for j, p in enumerate(stripped) if _ELLIPSIS.fullmatch(p)), None)
        new = None
        if k is not None and 0 < k < len(parts) - 1 and all(sep == "+" for sep in seps[k - 1:k + 1]):
            index = next(c for c in "ijkl" if not re.search(rf"(?<![A-Za-z\\]){c}(?![A-Za-z])", text))
            for j in range(k):
                if not _FIRST_INDEX.search(stripped[j]) or any(sep != "+" for sep in seps[j:k]):
                    continue
                template = _FIRST_INDEX.sub("_{" + index + "}", stripped[j])
                same = all(_unbraced(template.replace("{" + index + "}", "{" + str(j2 - j + 1) + "}"))
                           == _unbraced(stripped[j2]) for j2 in range(j, k))
                last = next((n for n in [*"nmkNd", *map(str, range(k - j + 1, 100))] if n != index and _unbraced(
                    template.replace("{" + index + "}", "{" + n + "}")) == _unbraced(stripped[k + 1])), None)
                if same and last:
                    before = "".join(parts[q] + seps[q] for q in range(j))
                    after = "".join(seps[q] + parts[q + 1] for q in range(k + 1, len(seps)))
                    new = f"{before} \\left(\\sum_{{{index}=1}}^{{{last}}} {template}\\right){after}"
                    break
        if new is None:
            return text
        text = text[:lo] + new + text[hi:]
    return text


def normalize(text: str, *, norms: bool = True) -> str:
    """Spacing, sizing and math delimiters removed; unicode symbols spelled as LaTeX; ``\\dfrac`` -> ``\\frac``.
    ``norms=False`` keeps ``\\|...\\|`` as written (``parsing.vectors`` reads norms of vectors itself)."""
    if not isinstance(text, str):
        fail(f"expected text, got {type(text).__name__}")
    text = _SUPERSCRIPTS.sub(lambda m: "^{" + m.group(0).translate(_SUPERSCRIPT_DIGITS) + "}", text)
    text = text.replace("\u208a\u208a", "_{++}").replace("\u208a", "_{+}")     # ℝ₊₊, ℝ²₊
    for k, v in _UNICODE.items():
        if re.fullmatch(r"\\[a-z]+ ", v):   # a Greek letter: θ_1, θ^2, θ1 keep their subscript, power or digits
            text = re.sub(k + r"(?=[_^\d])", lambda m: v.rstrip(), text)
        text = text.replace(k, v)
    text = re.sub(r"\\[lr]?Vert(?![A-Za-z])", r"\\|", text)   # \lVert x \rVert, \Vert x \Vert: the norm bars \|
    text = text.strip()
    for left, right in (("$$", "$$"), ("\\(", "\\)"), ("\\[", "\\]")):
        if text.startswith(left) and text.endswith(right) and len(text) >= len(left) + len(right):
            text = text[len(left):len(text) - len(right)]
    text = text.replace("$", " ")
    text = _library_functions(_escaped_underscores(two_letter_functions(glued_function_words(python_syntax(text)))))
    text = ellipsis_sums(text)
    text = glued_subscripts(text)   # "w1*w2": w_1 w_2, never the product w*1*w*2
    _refuse_digits_after_log(text)
    _refuse_numbered_function_names(text)
    text = _braced_calls(_word_heads(text))
    _refuse_unknown_function_words(text)
    refuse_calculus_operators(text)
    text = _plain_pi(text)
    text = _plain_function_words(text)
    text = re.sub(r"\\(?:left|right)\s*\.", " ", text)
    text = re.sub(r"\\left\s*\|", r"\\lvert ", text)
    text = re.sub(r"\\right\s*\|", r"\\rvert ", text)
    text = re.sub(r"\\(?:left|right)\s*\\\|", r"\\|", text)
    if norms:
        text = _norms(text)
    text = re.sub(r"\\[lr]brace(?![A-Za-z])", lambda m: "\\{" if m.group(0)[1] == "l" else "\\}", text)
    text = re.sub(r"\\[dt]frac(?![A-Za-z])", r"\\frac", text)
    text = re.sub(r"\\(?:mathrm|operatorname|text|rm)\s*\{\s*e\s*\}", "e", text)
    text = _SPACING.sub(" ", text)
    text = _SIZING.sub("", text)
    return text.strip()


_NORM = re.compile(r"\\\|(?P<body>.+?)\\\|(?:_(?:\{\s*(?P<braced>[^{}]*?)\s*\}|(?P<bare>\d|\\infty)))?", re.S)
_NORM_NAMES = {"1": "normone", "2": "normtwo", "\\infty": "norminf", "": "normtwo"}


def _norms(text: str) -> str:
    r"""``\|(x, y)\|_2`` -> ``\operatorname{normtwo}(x, y)`` (and ``_1``, ``_\infty``; no subscript: 2): the norms of
    a tuple of entries (or of one number, its absolute value). Other norms are refused in one line."""
    def one(m):
        p = (m.group("braced") or m.group("bare") or "").replace(" ", "")
        if p not in _NORM_NAMES:
            if re.fullmatch(r"\d+|[A-Za-z]", p):
                return m.group(0)      # a p-norm, read by parsing.vectors
            fail(f"only the 1-, 2-, infinity- and integer p-norms are read, found the {p}-norm")
        body = m.group("body").strip()
        if body.startswith("(") and body.endswith(")"):
            body = body[1:-1]
        return "\\operatorname{%s}(%s)" % (_NORM_NAMES[p], body)

    return _NORM.sub(one, text)


# ------------------------------------------------------------------------------------------ splitting

#: the words that join a list (of variables, of domain conditions) as a comma does
AND_WORD = re.compile(r"\\text\s*\{\s*and\s*\}|\\(?:land|wedge)(?![A-Za-z])|\band\b|;")


def split_at_depth_0(text: str, separator) -> tuple[list[str], list[str]]:
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
    return split_at_depth_0(text, lambda t, i: sep if t.startswith(sep, i) else None)[0]


__all__ = ["AND_WORD", "ellipsis_sums", "normalize", "split_at_depth_0", "split_top_level"]
