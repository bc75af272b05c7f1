r"""A claim typed without $...$, its formulas delimited (layer: text).

People paste claims as plain text: "the logistic loss log(1+exp(-x)) is convex", "x log x is strictly convex for
positive x", "sqrt(xy) is concave for x, y > 0". The plain reader takes every word it does not know as part of the
formula (and refuses it: "'logistic' is a word"); the $...$ reader knows lead nouns, sign words and sets. When the
plain reading is refused, ``claims`` tries the text with each formula put between dollars:

    "the logistic loss $log(1+exp(-x))$ is convex", "$x log x$ is strictly convex for positive $x$"

A token is a word when it is letters only (hyphens and apostrophes inside), three letters or more and not a
function's name (log, exp, sqrt, relu, ...; ``MATH_WORDS``) or a Greek letter, or one of the short words of a
sentence (is, on, in, of, ...); "a" and "I" are words unless a formula follows them ("a x^2 + b": the letter a).
Everything else is formula: a bracket holding a relation after the first token is a condition, its formulas delimited
inside it ("x^3 is convex (x >= 0)": "(x >= 0)" -> "($x >= 0$)"); runs of formula tokens become one $...$ block, never across a sentence's end (".",
"?", "!", ";"). A Greek letter typed as a word inside a formula is written as its command (lambda -> \lambda).

The result is read by the same reader as any claim with $...$, with the same refusals (a word before the formula that
negates or transforms it, ``leads``; a word after it that the reader does not know); ``claims`` also refuses a word
inside a delimited formula as it does in plain text (``expm1`` is not the product e·x·p·m·1). Nothing here reads a
formula's
value; it only marks where formulas are.

>>> delimit("the logistic loss log(1+exp(-x)) is convex")
'the logistic loss $log(1+exp(-x))$ is convex'
>>> delimit("sqrt(xy) is concave for x, y > 0, I think")
'$sqrt(xy)$ is concave for $x, y > 0$, I think'
>>> delimit("(w-1)^2 + lambda*|w| is convex in w")
'$(w-1)^2 + \\lambda*|w|$ is convex in $w$'
"""

from __future__ import annotations

import re

#: names of functions (and constants) typed as words inside a formula
MATH_WORDS = {"log", "ln", "exp", "sin", "cos", "tan", "sqrt", "abs", "max", "min", "relu", "sigmoid", "softplus",
              "tanh", "sinh", "cosh", "arctan", "atan", "arcsin", "arccos", "asin", "acos", "pi", "np", "math",
              "torch", "maximum", "minimum", "sec", "csc", "cot", "erf", "log2", "log10", "expm1", "logsumexp"}
GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "kappa", "lambda", "mu", "nu", "xi",
         "rho", "sigma", "tau", "phi", "chi", "psi", "omega"}
#: words shorter than three letters that a sentence uses
SHORT_WORDS = {"is", "on", "in", "of", "to", "at", "by", "or", "an", "as", "if", "be", "it", "we", "so", "no", "my",
               "iff", "and", "for", "the", "are", "not", "up", "do", "me", "us", "ok", "am", "he"}
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_END = ".?!;"
_RELATION = re.compile(r"[<>\u2264\u2265\u2a7d\u2a7e\u2208]")


def bracket_words(text: str) -> list[str]:
    """The text split at whitespace outside brackets: "f(x, y) is convex" -> ["f(x, y)", "is", "convex"]."""
    out, depth, current = [], 0, ""
    for c in text:
        depth += c in "([{"
        depth -= c in ")]}"
        if c.isspace() and depth <= 0:
            if current:
                out.append(current)
            current = ""
        else:
            current += c
    if current:
        out.append(current)
    return out


def _split_punct(token: str) -> tuple[str, str]:
    core = token
    while core and core[-1] in ",.;:?!" and not (core[-1] == "." and re.search(r"\d\.$", core)):
        core = core[:-1]
    return core, token[len(core):]


def _is_word(core: str, following: str | None) -> bool:
    if re.fullmatch(r"true/false|t/f", core, re.IGNORECASE):   # "True/False: ..." is a question's lead, not x/y
        return True
    if not _WORD.fullmatch(core):
        return False
    low = core.lower()
    if low in MATH_WORDS or low in GREEK:
        return False
    if low in ("a", "i"):
        return following is None or _is_word_like(following)
    return len(low) >= 3 or low in SHORT_WORDS


def _is_word_like(token: str) -> bool:
    core, _ = _split_punct(token)
    if core in ("a", "I"):
        return True
    return bool(_WORD.fullmatch(core)) and core.lower() not in MATH_WORDS and core.lower() not in GREEK \
        and (len(core) >= 3 or core.lower() in SHORT_WORDS)


def _condition_then_formula(run: list[str], rest: list[str]) -> bool:
    """Whether a comma ends a condition and a formula follows it: the run so far holds a relation and the tokens
    after the comma, up to the next word, hold none ("f(x) = x for x < 0, x^2 for x >= 0": the next case's formula;
    "for x > 0, y > 0" is one condition list, "for x, y > 0" one too)."""
    if not _RELATION.search(" ".join(run)):
        return False
    ahead = []
    for k, token in enumerate(rest):
        core, _ = _split_punct(token)
        if not core or _is_word(core, rest[k + 1] if k + 1 < len(rest) else None):
            break
        ahead.append(core)
    return bool(ahead) and not _RELATION.search(" ".join(ahead)) and "=" not in " ".join(ahead)


def delimit(text: str) -> str | None:
    """``text`` with each formula between dollars (module docstring); None when it already has math delimiters or
    holds no formula."""
    if "$" in text or "\\(" in text or "\\[" in text:
        return None
    tokens = bracket_words(text)
    pieces, run, found = [], [], False

    def close():
        nonlocal run, found
        if run:
            body = " ".join(run)
            body = re.sub(r"(?<![\\A-Za-z])(" + "|".join(sorted(GREEK, key=len, reverse=True)) + r")(?![A-Za-z])",
                          lambda m: "\\" + m.group(1), body)
            pieces.append(f"${body}$")
            found = True
            run = []

    for k, token in enumerate(tokens):
        core, punct = _split_punct(token)
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if re.search(r"\d\.$", core) and (following is None or following[:1].isalpha()):
            # "Let x >= 0. Then ...", "Let g(x) = -x^2. g(x-2) is ...": a sentence's end, not a decimal point
            core, punct = core[:-1], "." + punct
        if k and core.startswith("(") and core.endswith(")") and _RELATION.search(core):
            # "x^3 is convex (x ≥ 0)", "(for x >= 0)": a condition in parentheses, its math delimited inside them
            close()
            inner = core[1:-1].strip()
            pieces.append("(" + (delimit(inner) or f"${inner}$") + ")" + punct)
            found = True
            continue
        if not run and core in ("-", "\u2013", "\u2014") and following is not None:
            pieces.append(token)   # "Claim - log(x) is ...", "- x^2 is ...": a dash or a bullet, or a minus? left as
            continue               # prose, for the reader to refuse
        if not core or _is_word(core, following):
            close()
            pieces.append(token)
            continue
        run.append(core)
        if punct:
            if any(c in _END for c in punct) or not (punct == "," and following and not _is_word_like(following)) \
                    or punct == "," and _condition_then_formula(run, tokens[k + 1:]):
                close()
                pieces[-1] += punct
            else:
                run[-1] += punct
    close()
    return " ".join(pieces) if found else None


def delimit_claim(text: str) -> str | None:
    """``delimit`` for a claim refused as typed, with two kinds of typing it does not cover; None when nothing is to
    be delimited.

    - A standard function named in words at the start ("The sigmoid activation is concave on the positive reals",
      ``named.function_named``) is first written as its formula: delimited as words ("The $sigmoid$ activation")
      it could never be read as the function it names.
    - A plain formula that opens the claim, before its first $...$ block ("exp(x) is convex for $x > 0$"), is
      delimited too, when words follow it: a formula running into the block ("1 - $x^2$ is concave") stays
      refused as typed, and so does a sentence that opens with words ("For a network with activation $z^2$, ...").

    >>> delimit_claim("exp(x) is convex for $x > 0$")
    '$exp(x)$ is convex for $x > 0$'
    >>> delimit_claim("The sigmoid activation is concave on the positive reals")
    '$sigmoid(x)$ is concave on the positive reals'
    >>> delimit_claim("1 - $x^2$ is concave") is None, delimit_claim("For a 1-1-1 network, $x^2$ is convex") is None
    (True, True)
    """
    from .named import function_named

    found = function_named(text)
    text = found[0] if found else text
    whole = delimit(text)
    if whole is not None or "\\(" in text or "\\[" in text or "$" not in text:
        return whole
    start = text.index("$")
    lead = text[:start]
    marked = delimit(lead) if lead[-1:].isspace() else None
    if marked is None or not marked.startswith("$") or marked.count("$") != 2 or marked.rstrip().endswith("$"):
        return None
    return marked.rstrip() + " " + text[start:]
