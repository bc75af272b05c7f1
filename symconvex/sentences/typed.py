r"""Characters and marks of where a claim was typed, read as the plain claim (layer: text).

- Markdown code spans: "`x**2 + y**2` is convex" (a Jupyter cell, a chat message) is the formula in the span,
  "x**2 + y**2 is convex"; the formula is then read as plain text (Python's ``**``, ``np.exp``), as typed.
- Markdown emphasis around words: "**Claim:** $x^2$ is convex", "__Note__" (only ``**`` / ``__`` that open after a
  space or the start and close before a space, a punctuation mark or the end, around text without ``$`` or
  backticks; ``x**2 + y**2`` is Python's power and stays).
- Markdown around the whole claim or one word: "**Is `exp(x)` convex?**" (bold around everything, code spans
  inside) is the text inside, and so is "**$x^2$**" (bold around one formula); "$x^3$ is *not* convex" (one star
  around a word of letters, after a space or the start and before a space, a punctuation mark or the end: ``x*y``
  and ``2 * x`` stay products) is the word.
- A list bullet opening the claim: "* $x^2$ is convex", "+ $x^2$ is convex" (a star or plus then a space: at the
  start nothing precedes it to multiply, and a unary plus changes nothing), and "- $f(x) = x^2$ is convex" when a
  definition follows (a minus before "f(x) =" negates nothing); "- $x^2$ is concave" is left as written (a minus
  or a bullet? refused by the reader).
- A list label opening a claim typed without ``$`` before its formula: "(b) x^2 is convex", "[b] x^2", "(ii) -log x",
  "3) x^2", "c. log x", "Q3. x^2", "Ex 2: x^2" (a letter, a roman numeral up to four letters, a number of one or two
  digits with an optional letter, in brackets or before ``)`` or ``.``; or Q / Ex / Problem / Exercise / Question /
  Part and a number before ``)``, ``.`` or ``:``; then a space) is dropped, never the product b·x², i·v - log x: a formula does not
  start with a bracketed single letter followed by a space. Kept, for ``claims`` to refuse in one line, when a
  letter of the label stands alone elsewhere in the claim ("(a) x^2 is convex for a > 0": the label or the factor
  a?); a number and Euler's ``e`` are positive factors, which change no curvature fact, so they are always dropped.
  Not a label before a map arrow or ``=`` ("(x) \mapsto x^2", "(x) = ..."). Before a ``$`` block the label is
  already a lead the reader skips.
- An exclamation mark ending the claim right after a closing ``$`` ("... on $x > 0$!"): punctuation (a factorial
  would be inside the formula); only in text that holds its own ``$`` blocks (``x!`` typed plainly stays a factorial).
- A dot for the argument: "$\log(\cdot)$ is concave", "$|\cdot|$ is convex", "$\max(0, \cdot)$" are the function of
  a variable x (only when the dot is the formula's one operand, beside names of functions and Euler's e: "|u| \cdot
  |v|" is a product; not in a formula with an x of its own, nor in a norm ``\|\cdot\|``, of a vector of unsaid
  size).
- A line from a Python session: ">>> " dropped; "f = x**2 + 1  # is this convex?" is "Is `x**2 + 1` convex?" (also
  "# convex?", and "f = lambda x: EXPR  # convex?").
- Infinite ends typed as words inside an interval: "(0,inf)", "(-infinity, 0]", "(0, oo)" are "(0,\infty)" ...
- "globally" before or after the property ("$x^2$ is globally convex", "convex globally"): convex on the whole
  domain, which is what the property alone says (the word changes nothing; "locally" is left to be refused).
- "is either convex or concave" is "is convex or concave"; "Is $f$ convex or not?" is "Is $f$ convex?"; "convex,
  not concave" is "convex and not concave".
- "isn't convex" (also "isnt", "is'nt") is "is not convex" (only right before a property word; "isn't it?" is left
  as written); "is clearly (obviously, trivially, certainly, provably, ...) convex" is "is convex" (an adverb that
  only insists).
- "everywhere it is defined" / "wherever it is defined" is "on its domain"; "(everywhere) on the (whole | entire)
  real line" is "on $\mathbb{R}$".
- Unicode pasted from a rendered page: "‖x‖₂" is "\|x\|_2", "x ↦ |x|" is "x \mapsto |x|", "eˣ" is "e^{x}", and a
  run of superscripts with a sign, a bracket or a letter is one exponent: "e⁻ˣ" is "e^{-x}", "x⁻¹" is "x^{-1}".
- Fullwidth forms (an East-Asian input method): "（x－1）² is convex", "$x^2 ＋ y^2$" use U+FF01..U+FF5E, the
  ASCII characters shifted by 0xFEE0, and U+3000 for a space; each is the ASCII character it shows. Only that
  block is mapped (NFKC would also turn x² into x2).

- Chat and forum wording (session 12): "fails to be convex" is "is not convex"; "fucntion" (a slip) is "function"; "convex but not strictly" is "convex but
  not strictly convex"; "Does $F$ define a convex function?" is "Is $F$ a convex function?"; "It is false that S",
  "It's not true that S", "It is not the case that S" is S with "is not" (only when S has one "is" or "are" before
  one property and no negation, "and", "or", "but" of its own); a chat ending after the claim ("yes or no", "or
  what", ".. right") is dropped ("yes or no", "or what" keep the question mark; "lol" may mark a joke and stays,
  to be refused); a concessive
  clause ending a question ("... strictly convex even though f''(0) = 0?") is dropped, unless it holds a condition
  (a relation < > \le \ge \in, or the words for, on, when, if, only, where).
- A notebook cell: a Python function "def f(x):\n    return EXPR" is "f(x) = EXPR", a comment line "# is f
  convex?" the question "is f convex?", and the lines of a cell of two to four lines are joined (a line that ends
  without a punctuation mark before a line that starts with a capital, or a definition's line, ends its sentence).

- Symbols pasted from a rendered page (session 12): math italic and bold letters (𝑥, 𝑓, 𝐱) are the letters, vulgar
  fractions (½, ¼, ⅓) bracketed quotients, a run of subscript digits one subscript (log₁₀), "ℝ≥0", "ℝ>0" the set
  with that subscript.

Nothing is evaluated; the text is only respelled, and the answer's note says so.

>>> typed_as_plain("`x**2` is convex")
('x**2 is convex', 'a code span read as the formula x**2')
>>> typed_as_plain("（x－1）² is convex")[0]
'(x-1)² is convex'
>>> typed_as_plain("**Claim:** is x^3 convex on (0,inf)")[0]
'Claim: is x^3 convex on (0,\\infty)'
>>> typed_as_plain("$x^2$ is globally convex")[0]
'$x^2$ is convex'
"""

from __future__ import annotations

import re
import unicodedata

_CODE_SPAN = re.compile(r"(`{1,3})([^`\n]+?)\1(?!`)")
_EMPHASIS = re.compile(r"(?:(?<=\s)|^)(\*\*|__)(?=\S)([^*_$`\n]+?)(?<=\S)\1(?=\s|$|[.,:;!?])")
_BANG_AFTER_FORMULA = re.compile(r"(?<=\$)\s*[!?]*!+[!?.]*\s*$")
_BOLD_FORMULA = re.compile(r"(\*\*|__)(\$[^$]+\$)\1")
_WRAPPED = re.compile(r"^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$", re.S)
_WORD_EMPHASIS = re.compile(r"(?:(?<=\s)|^)\*(?=[A-Za-z])([A-Za-z][A-Za-z' -]*?)(?<=[A-Za-z])\*(?=\s|$|[.,:;!?])")
_LIST_LABEL = re.compile(r"^\s*(?:[(\[](?P<a>[1-9]\d?[a-z]?|[a-z]|[ivx]{2,4})[)\]]|(?P<b>[1-9]\d?[a-z]?|[a-z]|[ivx]{2,4})[.)]"
                         r"|(?P<c>(?:q|ex|problem|exercise|question|part)\s?[1-9]\d?[a-z]?)[.):])\s+"
                         r"(?=[^\s$])(?!\\mapsto|\u21a6|->|\u2192|\\to(?![A-Za-z])|=)", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[*+]|-(?=\s+\$?\s*[A-Za-z][A-Za-z0-9_]*\s*(?:\([^()=]*\))?\s*(?::=|=)))\s+(?=\S)")
_INFINITE_LEFT = re.compile(r"(?P<open>[(\[\]]\s*)(?P<sign>[-+]?)\s*(?:inf|infty|infinity|oo)(?P<comma>\s*,)",
                            re.IGNORECASE)
_INFINITE_RIGHT = re.compile(r"(?P<comma>,\s*)\+?\s*(?:inf|infty|infinity|oo)(?P<close>\s*[)\]\[])", re.IGNORECASE)
_GLOBALLY = re.compile(r"\bglobally\s+(?=(?:strictly\s+)?(?:convex|concave|affine)\b)|"
                       r"(?:(?<=convex)|(?<=concave)|(?<=affine))\s+globally\b"
                       r"(?=\s*(?:[.,;!?]|$))", re.IGNORECASE)
_EITHER = re.compile(r"\b(is|are)\s+either\s+(?=(?:strictly\s+)?(?:convex|concave|affine)\s+or\s+"
                     r"(?:strictly\s+)?(?:convex|concave|affine)\b)", re.IGNORECASE)
_COMMA_NOT = re.compile(r"\b(convex|concave|affine),\s+not\s+(?=(?:strictly\s+)?(?:convex|concave|affine)\s*(?:[.!]|$))",
                        re.IGNORECASE)
_ISNT = re.compile(r"\b(is|are)(?:n['\u2019]?t|\s*'nt)\s+(?=(?:strictly\s+)?(?:convex|concave|affine)\b)", re.IGNORECASE)
#: an adverb that only insists ("is clearly convex", "is obviously not concave"): the claim without it
_INSISTING = re.compile(r"\b(is|are)\s+(?:clearly|obviously|trivially|definitely|certainly|indeed|surely|provably|"
                        r"actually|really|in\s+fact|of\s+course|evidently)\s*,?\s+(?=(?:not\s+)?(?:strictly\s+)?"
                        r"(?:convex|concave|affine)\b)", re.IGNORECASE)
#: "Is $f$ convex or not?": the question is whether it is convex
_OR_NOT = re.compile(r"\b((?:strictly\s+)?(?:convex|concave|affine))\s+or\s+not\b(?!\s+(?:strictly\s+)?(?:convex|concave|"
                     r"affine))", re.IGNORECASE)
_DEFINED = re.compile(r"\b(?:everywhere|wherever|where)\s+it\s+is\s+defined\b", re.IGNORECASE)
_REAL_LINE = re.compile(r"\b(?:everywhere\s+)?on\s+the\s+(?:whole\s+|entire\s+)?real\s+line\b", re.IGNORECASE)
#: superscript characters and what they stand for; a run holding a sign, a bracket or a letter ("e⁻ˣ", "x⁻¹",
#: "e⁽ˣ⁺¹⁾") is one exponent (runs of digits alone are read by ``parsing.text``)
_SUPER = dict(zip("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207f\u207b\u207a\u207d\u207e\u02e3\u02b8"
                  "\u1d57\u2071\u1d43\u1d47\u1d4f", "0123456789n-+()xytiabk"))
_SUPER_RUN = re.compile("[" + "".join(_SUPER) + "]*[\u207b\u207a\u207d\u207e\u02e3\u02b8\u1d57\u2071\u1d43\u1d47\u1d4f]["
                        + "".join(_SUPER) + "]*")
_UNICODE = {"\u2016": r"\|", "\u21a6": r" \mapsto ", "\u02e3": "^{x}", "\u2080": "_0", "\u2081": "_1",
            "\u2082": "_2", "\u2083": "_3", "\u221e": r"\infty"}
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


#: a dot standing for the argument ("$\log(\cdot)$", "$|\cdot|$", "$\max(0, \cdot)$", "$e^{\cdot}$", "log(·)"): alone
#: between brackets, bars or commas, never between two operands (``x \cdot y`` is a product)
_PLACEHOLDER = re.compile(r"(?<=[(|,{\[])\s*(?:\\cdot(?![A-Za-z])|\u00b7|\\bullet(?![A-Za-z]))\s*(?=\\right|\\\}|[)|,}\]])")
_LETTER_X = re.compile(r"(?<![A-Za-z\\])x(?![A-Za-z])")


def _placeholders(text: str) -> str:
    r"""Each math block (or plain text) whose only argument is written as a dot, with the dot as x: "$\log(\cdot)$ is
    concave" is "$\log(x)$ is concave" (a claim about the function, in a variable of its own); a block that already
    uses x, or a norm (``\|\cdot\|``: of a vector, whose size is not said), is left as typed."""
    def block(math: str) -> str:
        if not _PLACEHOLDER.search(math) or _LETTER_X.search(math) or "\\|" in math or "\u2016" in math:
            return math
        # the dot must be the only operand: "|u| \cdot |v|" is a product of two bars, not |u| x |v|; only names of
        # functions (commands, words of two or more letters) and Euler's e may stand beside it
        rest = re.sub(r"\\(?:operatorname|mathrm|text|rm)\s*\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z]{2,}", " ", math)
        if re.search(r"[A-DF-Za-df-z]", rest) or math.count("|") > 2:   # "|\cdot| \cdot |\cdot|": which is which?
            return math
        return _PLACEHOLDER.sub("x", math)
    if "$" not in text:
        return block(text)
    return re.sub(r"\$[^$]+\$", lambda m: block(m.group(0)), text)


def _superscript_run(m) -> str:
    """One run of superscripts as ^{...}; a letter followed by a digit ("e⁻ˣ²": e^{-x^2} or e^{-x_2}?) is left as
    typed, to be refused."""
    run = "".join(_SUPER[c] for c in m.group(0))
    return m.group(0) if re.search(r"[a-z]\d", run) else "^{" + run + "}"


_PROPERTY = r"(?:strictly\s+)?(?:convex|concave|affine)\b"
#: "a convex fucntion": the noun after the property with one slip (a letter swapped, dropped or doubled)
_FUNCTION_SLIP = re.compile(r"\b(?:fucntion|funtion|fuction|functon|fnction|funciton|funcion|fucntion|functoin|"
                            r"functiom|functino)(s?)\b", re.IGNORECASE)
_FAILS = re.compile(r"\b(?:fails|fail)\s+to\s+be\s+(?=" + _PROPERTY + ")", re.IGNORECASE)
_BUT_NOT_STRICTLY = re.compile(r"\b(convex|concave)\s*,?\s+but\s+not\s+strictly\b(?!\s+(?:convex|concave))",
                               re.IGNORECASE)
_DOES_DEFINE = re.compile(r"^\s*does\s+(?P<f>.+?)\s+(?:define|give|represent)\s+(?:an?\s+)?(?P<p>" + _PROPERTY
                          + r")\s*function\b", re.IGNORECASE | re.S)
_FALSE_THAT = re.compile(r"^\s*(?:it\s+is|it['\u2019]s)\s+(?:false|untrue|not\s+true|not\s+the\s+case)\s+that\s+"
                         r"(?P<s>.+)$", re.IGNORECASE | re.S)
_CHAT_END = re.compile(r"(?:\.{2,}|,)\s*right\s*[.!]*\s*$", re.IGNORECASE)
_ASKING_END = re.compile(r"\s+(?:yes\s+or\s+no|or\s+what)\s*\??\s*$", re.IGNORECASE)
_CONCESSIVE = re.compile(r"\s*,?\s+(?:even\s+though|although|though|despite|since|because)\s+(?P<clause>[^?!]+?)"
                         r"(?P<end>[?.!]?)\s*$", re.IGNORECASE)
_CONDITION = re.compile(r"[<>\u2264\u2265]|\\(?:le|ge|leq|geq|lt|gt|in)(?![A-Za-z])|\b(?:for|on|when|if|only|where|"
                        r"over|whenever)\b", re.IGNORECASE)
_PY_DEF = re.compile(r"^\s*def\s+(?P<name>[A-Za-z_]\w*)\s*\((?P<args>[^()]*)\)\s*:\s*\n\s*return\s+(?P<body>[^\n]+)",
                     re.IGNORECASE)
_COMMENT_QUESTION = re.compile(r"^\s*#\s*", re.MULTILINE)


def _negated_statement(s: str) -> str | None:
    """S with "is not" for "is" (module docstring), or None when S is not one plain statement."""
    words = re.findall(r"[A-Za-z']+", s.lower())
    if {"not", "non", "neither", "nor", "and", "or", "but", "isn't", "aren't", "never"} & set(words) \
            or re.search(r"n['\u2019]t\b|\bnon-", s, re.IGNORECASE):
        return None
    verbs = list(re.finditer(r"\b(is|are)\s+(?=(?:an?\s+)?" + _PROPERTY + ")", s, re.IGNORECASE))
    if len(verbs) != 1 or len(re.findall(r"\b(?:is|are)\b", s, re.IGNORECASE)) != 1:
        return None
    m = verbs[0]
    return s[:m.start()] + m.group(1) + " not " + s[m.end():]


def _chat(text: str) -> tuple[str, str]:
    """The chat and forum wording of the module docstring, respelled; and a note naming a reason clause dropped
    ("" when none was)."""
    text = _FUNCTION_SLIP.sub(lambda m: "function" + m.group(1), text)
    text = _FAILS.sub("is not ", text)
    text = _BUT_NOT_STRICTLY.sub(lambda m: f"{m.group(1)} but not strictly {m.group(1)}", text)
    text = _DOES_DEFINE.sub(lambda m: f"Is {m.group('f')} a {m.group('p')} function", text)
    false_that = _FALSE_THAT.match(text)
    if false_that:
        negated = _negated_statement(false_that.group("s"))
        text = negated if negated is not None else text
    text = _CHAT_END.sub("", text)
    text = _ASKING_END.sub("?", text)
    concessive = _CONCESSIVE.search(text)
    if concessive and _droppable_reason(concessive.group("clause")) \
            and re.search(r"\b(?:convex|concave|affine)\b", text[:concessive.start()], re.IGNORECASE):
        text = text[:concessive.start()] + (concessive.group("end") if concessive.group("end") == "?" else "")
        return text, f"the reason '{concessive.group(0).strip(' ,.?!')}' is not read"
    return text, ""


#: a value of a function or of a derivative stated as an equation: "f''(0) = 0", "g(1) = 2" (never "x = 1", a value
#: of a variable, which would change the claim)
_STATED_VALUE = re.compile(r"[A-Za-z]\s*'*\s*\([^()]*\)\s*=")


def _droppable_reason(clause: str) -> bool:
    """Whether a reason or concession clause may be dropped: it states a value of a function or a derivative
    ("f''(0) = 0"; ``_STATED_VALUE``), and has no
    condition (``_CONDITION``) and no property of its own ("since a sum of convex functions is convex" is a second
    claim; a clause of words alone is ``remarks``' to read; "since $x^2$" may be half of a clause a compound sentence
    was cut in)."""
    return bool(_STATED_VALUE.search(clause)) and not _CONDITION.search(clause) \
        and not re.search(r"\b(?:convex|concave|affine|linear)\b", clause, re.IGNORECASE)


def _comment_as_sentence(line: str) -> str:
    """"# is f convex?" -> "Is f convex?"; any other line as it is."""
    if not _COMMENT_QUESTION.match(line):
        return line
    rest = _COMMENT_QUESTION.sub("", line)
    return rest[:1].upper() + rest[1:]


def _cell(text: str) -> str:
    """A notebook cell of two to four lines (module docstring) as sentences on one line; other text as it is."""
    text = _PY_DEF.sub(lambda m: f"{m.group('name')}({m.group('args').strip()}) = {m.group('body').strip()}", text)
    lines = [line.strip() for line in text.strip().split("\n")]
    if not 2 <= len(lines) <= 4 or "\\begin" in text or any(not line for line in lines) \
            or any(line.endswith("\\\\") for line in lines):
        return text
    lines = [_comment_as_sentence(line) for line in lines]
    out = lines[0]
    for line in lines[1:]:   # a break before a capital, or after a definition, ends a sentence
        ends = out[-1] not in ".?!;:," and (line[0].isupper() or re.search(r"=(?!.*\b(?:is|are)\b)", out.split(".")[-1]))
        out += (". " if ends else " ") + line
    return out


#: letters and digits of the Mathematical Alphanumeric Symbols block (𝑥, 𝑓, 𝐱, 𝜎: pasted from a rendered page)
_MATH_ALPHANUMERIC = re.compile("[\U0001D400-\U0001D7FF]")
#: vulgar fractions as a bracketed quotient
_VULGAR = {"\u00bd": "(1/2)", "\u2153": "(1/3)", "\u2154": "(2/3)", "\u00bc": "(1/4)", "\u00be": "(3/4)",
           "\u215b": "(1/8)", "\u2155": "(1/5)"}
#: a run of subscript digits is one subscript: log₁₀ is log_{10}
_SUBSCRIPT_RUN = re.compile("[\u2080-\u2089]{2,}")
#: ℝ≥0, ℝ>0, ℝ≤0, ℝ<0 (a sign beside the set, as typed): the set with that condition as its subscript
_REAL_SIGNED = re.compile(r"(\u211d|\\mathbb\s*\{\s*R\s*\})\s*(?P<rel>[\u2265\u2264<>])\s*0(?![\d.])")


def _pasted_symbols(text: str) -> str:
    """Math letters as ASCII (𝑥 -> x; NFKC on that block only, since NFKC would also turn x² into x2), vulgar
    fractions as quotients (½x² -> (1/2)x²), a run of subscript digits as one subscript, ℝ≥0 as ℝ_{≥0}."""
    text = _MATH_ALPHANUMERIC.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    for k, v in _VULGAR.items():
        text = text.replace(k, v)
    text = _SUBSCRIPT_RUN.sub(lambda m: "_{" + "".join(str(ord(c) - 0x2080) for c in m.group(0)) + "}", text)
    return _REAL_SIGNED.sub(lambda m: m.group(1) + "_{" + m.group("rel") + "0}", text)


#: a Python prompt pasted with the line (">>> ", "... ")
_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.)\s+")
#: "f = x**2 + 1  # is this convex?": an assignment (or a bare expression) whose comment asks about it
_COMMENTED = re.compile(r"^\s*(?:[A-Za-z_]\w*\s*=(?!=)\s*)?(?:lambda\s+[\w\s,]*:\s*)?(?P<code>[^#=`$]+?)\s*#\s*"
                        r"(?P<ask>is\s+(?:this|it)\s+|(?:this|it)\s+is\s+|it'?s\s+|(?=(?:strictly\s+)?(?:convex|concave|"
                        r"affine)\s*\?\s*$))(?P<prop>(?:not\s+)?(?:strictly\s+)?(?:convex|concave|affine))"
                        r"\s*(?P<q>\?)?\s*$", re.IGNORECASE)


def _terminal(text: str) -> str:
    """A line pasted from a Python session: the prompt dropped; "f = EXPR  # is this convex?" is "Is `EXPR`
    convex?" ("# it is convex": "`EXPR` is convex"), the expression then read as typed (Python's ``**``)."""
    text = _PROMPT.sub("", text, count=1)
    m = _COMMENTED.match(text)
    if not m:
        return text
    code, prop = m.group("code").strip(), m.group("prop")
    return f"Is `{code}` {prop}?" if m.group("ask").lower().startswith("is") or m.group("q") else f"`{code}` is {prop}"


def opening_label(text: str) -> str | None:
    """The list label opening ``text`` before a formula typed without ``$`` (module docstring), or None."""
    m = _LIST_LABEL.match(text)
    return None if m is None else m.group(0).strip()


def _drop_label(text: str) -> tuple[str, str]:
    """``text`` without its opening list label, unless a letter of the label stands alone in the rest (module
    docstring: kept, and refused by ``claims``); and a note naming the label dropped ("" when none was)."""
    m = _LIST_LABEL.match(text)
    if m is None:
        return text, ""
    label = m.group("a") or m.group("b") or ""
    word = m.group("c")
    letters = set(re.sub(r"\d", "", label).lower()) if label else set(
        re.match(r"[A-Za-z]+", word).group(0).lower()) if len(re.match(r"[A-Za-z]+", word).group(0)) == 1 else set()
    rest = text[m.end():]
    if any(re.search(r"(?<![A-Za-z\\])" + c + r"(?![A-Za-z])", rest, re.IGNORECASE) for c in letters - {"e"}):
        return text, ""
    return rest, f"'{m.group(0).strip()}' is read as a list label"


def typed_as_plain(text: str) -> tuple[str, str]:
    """``text`` with fullwidth characters as ASCII and each code span replaced by its content, and a note naming
    the code spans read ("" when there were none)."""
    text = _pasted_symbols(text.translate(_FULLWIDTH))
    text = _cell(text) if "\n" in text.strip() else text
    text = _terminal(text)
    text, reason = _chat(text)
    wrapped = _WRAPPED.match(text)
    if wrapped:
        text = wrapped.group(2)
    text = _BULLET.sub("", text)
    if text.count("$") % 2 == 0 and _BANG_AFTER_FORMULA.search(text):   # "... on $x > 0$!": the "$" closes a block
        text = _BANG_AFTER_FORMULA.sub("", text)
    text = _BOLD_FORMULA.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    text = _WORD_EMPHASIS.sub(lambda m: m.group(1), text)
    text, label = _drop_label(text)   # after the emphasis: "**(a)** x^2"
    reason = "; ".join(filter(None, [label, reason]))
    text = _INFINITE_LEFT.sub(lambda m: f"{m.group('open')}{'-' if m.group('sign') == '-' else ''}\\infty"
                              f"{m.group('comma')}", text)
    text = _INFINITE_RIGHT.sub(lambda m: f"{m.group('comma')}\\infty{m.group('close')}", text)
    text = _GLOBALLY.sub("", text)
    text = _EITHER.sub(lambda m: m.group(1) + " ", text)
    text = _COMMA_NOT.sub(lambda m: m.group(1) + " and not ", text)
    text = _ISNT.sub(lambda m: m.group(1) + " not ", text)
    text = _INSISTING.sub(lambda m: m.group(1) + " ", text)
    text = _DEFINED.sub("on its domain", text)
    text = _REAL_LINE.sub(r"on $\\mathbb{R}$" if "$" in text else r"on \\mathbb{R}", text)   # plain stays plain
    text = _OR_NOT.sub(lambda m: m.group(1), text)
    text = _SUPER_RUN.sub(_superscript_run, text)
    text = _placeholders(text)
    for k, v in _UNICODE.items():
        text = text.replace(k, v)
    spans = [m.group(2).strip() for m in _CODE_SPAN.finditer(text)]
    if not spans:
        return text, reason
    text = _CODE_SPAN.sub(lambda m: m.group(2).strip(), text)
    return text, "; ".join(filter(None, [("a code span read as the formula " if len(spans) == 1 else
                                          "code spans read as the formulas ") + ", ".join(spans), reason]))


__all__ = ["opening_label", "typed_as_plain"]
