r"""A standard function named in words as the claim's subject (layer: text).

"The natural logarithm is concave", "the square root function is concave", "the exponential is strictly convex",
"the absolute value function is convex", "the relu activation is convex" name one function of one variable; the
claim is about that function of x: "log(x) is concave", "sqrt(x) is concave", ... (``NAMED``). Only a name that
is the whole subject, at the start and followed by "is" / "are", is read; "the logarithm of ..." or "the exponential
loss" is not this rule's (and is left to the reader, which refuses what it cannot read). The cube root is x^{1/3},
which the reader takes on x >= 0 only when the claim states such a domain. The Huber loss may state its threshold
("with $\delta = 2$", "(M = 1/2)", ``THRESHOLD``). "... where $\sigma$ is the sigmoid" at the end of a claim is the
definition "where $\sigma(x) = sigmoid(x)$" (``name_defined_in_words``).

>>> function_named("The natural logarithm is concave")[0]
'log(x) is concave'
>>> function_named("the exponential of x^2 is convex") is None
True
"""

from __future__ import annotations

import re

#: words -> the function they name, in x
NAMED = {"natural logarithm": "log(x)", "natural log": "log(x)", "logarithm": "log(x)", "exponential": "exp(x)",
         "exponential function": "exp(x)", "square root": "sqrt(x)", "cube root": "x^(1/3)",
         "absolute value": "|x|", "identity": "x", "reciprocal": "1/x", "relu activation": "relu(x)",
         "sigmoid activation": "sigmoid(x)", "tanh activation": "tanh(x)", "softplus activation": "softplus(x)",
         # session 10 (everyday10): trigonometric and named one-variable functions, and margin losses of z = y w.x
         "cosine": "cos(x)", "sine": "sin(x)", "arctangent": "atan(x)", "inverse tangent": "atan(x)",
         "hyperbolic tangent": "tanh(x)", "square function": "x^2", "cube function": "x^3",
         "squaring function": "x^2", "negative logarithm": "-log(x)",
         "negative log": "-log(x)", "entropy": "-x log(x)", "hinge loss": "max(0, 1 - x)",
         "logistic loss": "log(1 + exp(-x))", "exponential loss": "exp(-x)",
         # session 11 (everyday11): more activations and losses of one variable
         "negative entropy": "x log(x)", "binary entropy": "-x log(x) - (1 - x) log(1 - x)",
         "huber loss": "huber(x)", "huber function": "huber(x)", "squared hinge loss": "max(0, 1 - x)^2",
         "log-cosh loss": "log(cosh(x))", "gelu": "x (1 + erf(x/sqrt(2)))/2",
         "gelu activation": "x (1 + erf(x/sqrt(2)))/2", "silu": "x sigmoid(x)", "swish": "x sigmoid(x)",
         "silu activation": "x sigmoid(x)", "swish activation": "x sigmoid(x)", "softsign": "x/(1 + |x|)",
         "softsign activation": "x/(1 + |x|)",
         # session 12 (everyday12): the log-sigmoid, the leaky ReLU at PyTorch's and TensorFlow's default slope 1/100
         # (every curvature fact of max(x, a x) is the same for 0 <= a < 1)
         "log-sigmoid": "-log(1 + exp(-x))", "log sigmoid": "-log(1 + exp(-x))", "logsigmoid": "-log(1 + exp(-x))",
         "leaky relu": "max(x, x/100)", "leaky relu activation": "max(x, x/100)",
         # log-sum-exp of two arguments: its facts (convex, affine along (1, 1), so not strictly) hold for n >= 2
         "log-sum-exp": "log(exp(x) + exp(y))", "log-sum-exp function": "log(exp(x) + exp(y))",
         "logsumexp": "log(exp(x) + exp(y))",
         # session 12 (breadth12): the standard normal CDF Phi(x) = (1 + erf(x/sqrt 2))/2 (log-concave)
         "standard normal cdf": "normcdf(x)", "normal cdf": "normcdf(x)", "gaussian cdf": "normcdf(x)",
         "standard gaussian cdf": "normcdf(x)", "standard normal distribution function": "normcdf(x)",
         "standard normal cumulative distribution function": "normcdf(x)",
         "cdf of the standard normal distribution": "normcdf(x)", "cdf of the standard normal": "normcdf(x)",
         # session 13 (trial13): the activations by their own names, so that "the sigmoid function is concave on
         # the positive reals" and "the tanh function is concave for $x \ge 0$" read as "sigmoid is concave" does
         "sigmoid": "sigmoid(x)", "logistic sigmoid": "sigmoid(x)", "relu": "relu(x)", "softplus": "softplus(x)",
         "tanh": "tanh(x)"}
#: names whose function has a threshold, and how a stated value of it is written in the formula: the Huber loss
#: with threshold delta is delta^2 huber(x/delta), whose curvature facts are those of huber(x) (a positive multiple
#: of a function of x/delta), so "the Huber loss is convex" is read at delta = 1 and "with $\delta = 2$" at 2
THRESHOLD = {"huber loss": "huber(x, {c})", "huber function": "huber(x, {c})"}
_VALUE = r"(?P<c>\d+(?:\.\d+)?(?:/\d+)?)"
_THRESHOLD = (r"(?:\s+(?:with|for)\s+(?:(?:a\s+)?threshold\s+|parameter\s+)?\$?\s*(?:\\delta|\u03b4|delta|M)\s*=\s*"
              + _VALUE + r"\s*\$?|\s*\(\s*\$?\s*(?:\\delta|\u03b4|delta|M)\s*=\s*" + _VALUE.replace("c>", "c2>")
              + r"\s*\$?\s*\))")
_NAMES = "|".join(sorted((re.escape(k) for k in NAMED), key=len, reverse=True))
_SUBJECT = re.compile(r"^\s*(?:the\s+)?(?P<name>" + _NAMES + r")(?:\s+(?:function|map|mapping))?(?:" + _THRESHOLD
                      + r")?\s+(?=(?:is|are)\b)", re.I)

#: a question about a named function: "Is the exponential function convex?", "is ReLU convex on x > 0?"
_ASKED = re.compile(r"^\s*is\s+(?P<subject>(?:the\s+)?(?P<name>" + _NAMES + r")(?:\s+(?:function|map|mapping))?)\s+"
                    r"(?P<rest>[^?$]+)\?\s*$", re.I)


#: activations named in a definition in words, besides ``NAMED``
DEFINED_IN_WORDS = {"sigmoid": "sigmoid(x)", "sigmoid function": "sigmoid(x)", "logistic sigmoid": "sigmoid(x)",
                    "logistic function": "sigmoid(x)", "standard logistic function": "sigmoid(x)",
                    "relu": "relu(x)", "rectifier": "relu(x)", "rectified linear unit": "relu(x)",
                    "softplus": "softplus(x)", "softplus function": "softplus(x)", "tanh": "tanh(x)",
                    "tanh function": "tanh(x)"}
_DEF_NAMES = "|".join(sorted((re.escape(k) for k in {**NAMED, **DEFINED_IN_WORDS}), key=len, reverse=True))
#: "where $\sigma$ is the sigmoid", ", with $\rho$ the ReLU", "and $\phi$ denotes the softplus function" (at the end)
_DEFINED_AS_WORD = re.compile(r"(?P<join>[,;]?\s*(?:where|with|and)\s+)(?P<sym>\$\s*\\?[A-Za-z]+\s*\$|[\u03b1-\u03c9])\s+"
                              r"(?:is|denotes|being|stands\s+for)?\s*(?:the\s+)?(?P<word>" + _DEF_NAMES
                              + r")(?:\s+(?:function|activation|map|nonlinearity))?\s*(?P<end>[.!?]?)\s*$", re.I)


def name_defined_in_words(text: str) -> tuple[str, list[str]] | None:
    r""""... where $\sigma$ is the sigmoid" -> "... where $\sigma(x) = sigmoid(x)$": a letter bound to a function named
    in words (``NAMED``, ``DEFINED_IN_WORDS``), at the end of the claim, when the claim only ever applies the letter
    ("$\sigma(w)$", never "$y^2$" with y a variable); None for any other text."""
    m = _DEFINED_AS_WORD.search(text)
    if not m:
        return None
    word = " ".join(m.group("word").lower().split())
    formula = {**NAMED, **DEFINED_IN_WORDS}[word]
    sym = m.group("sym").strip("$ ")
    if not sym.startswith("\\") and len(sym) > 1:
        return None
    before = text[:m.start()]
    if not re.search(re.escape(sym) + r"(?![A-Za-z])\s*(?:\\left)?\s*\(", before) or re.search(
            re.escape(sym) + r"(?![A-Za-z])\s*(?!\s|\\left|\()", before):
        return None   # the letter must be applied, and only applied ("$\sigma(w)$"), never a variable ("$y^2$")
    sym = {"\u03c3": "\\sigma", "\u03c1": "\\rho", "\u03c6": "\\phi", "\u03c8": "\\psi"}.get(sym, sym)
    out = f"{text[:m.start()]} where ${sym}(x) = {formula}${m.group('end')}"
    return out, [f"'{m.group(0).strip()}' is read as the definition {sym}(x) = {formula}"]


def function_named(text: str) -> tuple[str, list[str]] | None:
    """(the claim with the named function written as its formula in x, [note]), or None (module docstring); a
    letter defined as a named function at the end of the claim is written as its definition
    (``name_defined_in_words``)."""
    found = name_defined_in_words(text)
    if found:
        again = function_named(found[0])
        return (again[0], found[1] + again[1]) if again else found
    asked = _ASKED.match(text)
    if asked:   # "Is the exponential function convex?": the question about the formula, which questions.py answers
        formula = NAMED[" ".join(asked.group("name").lower().split())]
        return (f"Is ${formula}$ {asked.group('rest').strip()}?",
                [f"'{asked.group('subject')}' is read as the function {formula}"])
    m = _SUBJECT.match(text)
    if not m:
        return None
    name = " ".join(m.group("name").lower().split())
    value = m.group("c") or m.group("c2")
    if value is not None and name not in THRESHOLD:
        return None
    formula = THRESHOLD[name].format(c=value) if value is not None else NAMED[name]
    return formula + " " + text[m.end():], [f"'{m.group(0).strip()}' is read as the function {formula}"]
