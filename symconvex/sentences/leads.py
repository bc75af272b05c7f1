r"""Words before the claim's first formula that change the claim (layer: text).

The reader drops the words before the first formula as lead words ("The loss $L(w) = ...$", "Claim: $f$ ...").
Some words there are not a lead: they negate the claim or name another function built from the formula, and
dropping them answers a different claim:

- "It is not true that $x^2$ is concave", "It is false that $x^2$ is convex": a negation of the claim;
- "the derivative of $x^4$", "the log of the sigmoid $\sigma(x)$", "the inverse of $e^x$", "the sublevel sets of
  $x^3$", "the perspective of $x^2$": another function (or a set) built from the formula -- its curvature is not
  the formula's (the derivative of log x is 1/x; log(x^2 + 1) is not convex; x^3 has convex sublevel sets);
- "minus $x^2$", "the negative $\log x$", "one over $x$", "the square root $x$": the formula transformed;
- "1 - $x^2$", "log x + $x^2$", "2 $x^2$", "log $x^2 + 1$": the formula begun outside $...$.

Some leads ask a question whose answer is a set, not a yes or no: "Find where $x^3 - 3x$ is concave", "Where is
$x^3$ convex?", "On which interval is ...", "For what values of x is ...", "Determine the intervals on which ...".
They assert nothing about the formula on its domain (the answer "nowhere" or "on x > 0" is not "false"), so
``region_query(lead)`` names them and ``claims`` refuses them; "Determine whether $F$ is convex" is a yes-or-no
question and stays the claim it asks about, and "Find where ...: ANSWER" is read from its answer before this.

``transforming_lead(lead)`` names such words, or returns None; ``claims`` then refuses the claim in one line
(never answers the formula alone). "the graph of $y = f$", "the loss of the network $L$" (any X of that is not a
transformation in ``TRANSFORM_OF``) are the formula itself and are kept. A title ending with a colon ("Perspective
of $\exp$: $g(x, t) = t e^{x/t}$ ...") is read before this (the function is the formula
after the colon), so its words never reach here.

>>> transforming_lead("the derivative of ")
"'derivative of'"
>>> transforming_lead("It is not true that ")
"'not'"
>>> transforming_lead("The loss ") is None
True
"""

from __future__ import annotations

import re

#: words that negate or deny what follows
NEGATIONS = {"not", "false", "untrue", "wrong", "incorrect", "isn't", "isnt", "never", "no", "nobody", "fails", "doubt",
             "doubts", "doubtful", "disagree", "disagrees", "unlikely", "deny", "denies", "refute", "refutes",
             "wrongly", "mistakenly", "incorrectly", "erroneously", "myth", "fallacy", "misconception",
             # "Disprove: $x^2$ is convex" asserts the negation; "Neither $x^2$ nor ..." joins another subject;
             # "Counterexample: ..." may state the claim or its refutation ("Prove or disprove" is a question)
             "neither", "nor", "disprove", "disproves", "disproved", "disproving", "refuting", "refuted",
             "counterexample", "counterexamples", "counter-example", "counter-examples",
             # negative adverbs and quantifiers ("Hardly $x^3$ is convex", "Few believe ...")
             "hardly", "barely", "scarcely", "rarely", "seldom", "few",
             # negated verbs ("I don't think $x^3$ is convex" asserts "not convex")
             "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't", "wont", "can't", "cant", "cannot",
             "wouldn't", "shouldn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "ain't", "nope", "nah",
             # doubt and labels of a wrong statement ("It's unclear whether ...", "Mistake: ...", "Fake proof ...")
             "unclear", "unsure", "uncertain", "questionable", "debatable", "dubious", "unproven",
             # a hypothesis, not an assertion ("Suppose $x^2$ is concave.", "What if ...", "Imagine ...")
             "suppose", "supposing", "assume", "assuming", "imagine", "pretend", "hypothetically", "hypothetical",
             "mistake", "mistaken", "mistakes", "bogus", "fake", "flawed", "bad", "nonsense", "erroneous"}
#: "if" opening the sentence ("If $x^3$ is convex", "What if ...", "Even if ..."): a hypothesis, not a claim
_HYPOTHESIS_IF = re.compile(r"^\W*(?:what\s+|even\s+|and\s+)?if\b", re.IGNORECASE)
#: an open question, not a negation: "Prove or disprove: $f$ is convex" asks for the truth of the claim
_OPEN_QUESTION = re.compile(r"\b(?:prove|show)\s+or\s+(?:disprove|refute)\b|\b(?:disprove|refute)\s+or\s+"
                            r"(?:prove|show)\b", re.IGNORECASE)
#: words that restrict where or how much the claim holds ("near $1$, $x^3$ is convex", "locally", "roughly"): the
#: reader would answer for the whole domain, so they are refused, never dropped
QUALIFIERS = {"locally", "near", "around", "close", "eventually", "asymptotically", "approximately", "roughly",
              "almost", "nearly", "piecewise", "partly", "partially", "sometimes", "mostly", "generally", "usually",
              "typically", "often", "essentially", "like", "somewhat", "nowhere", "somewhere", "except", "unless",
              "only", "sufficiently", "large", "small", "neighborhood", "neighbourhood", "vicinity", "asymptotic"}
#: "X of $f$" names another function than f for these X ("the derivative of $f$", "the log of $f$")
TRANSFORM_OF = {"derivative", "derivatives", "gradient", "hessian", "jacobian", "log", "logarithm", "ln", "exp",
                "exponential", "square", "squares", "cube", "cubes", "root", "roots", "reciprocal", "inverse",
                "negative", "negation", "opposite", "conjugate", "integral", "antiderivative", "primitive",
                "perspective", "epigraph", "hypograph", "sublevel", "superlevel", "level", "sets", "set",
                "composition", "sum", "product", "difference", "ratio", "quotient", "maximum", "minimum", "max",
                "min", "absolute", "modulus", "power", "powers", "sign", "slope", "average", "expectation", "mean",
                "variance", "translate", "translation", "shift", "restriction", "norm", "multiple", "half", "double",
                "twice", "part", "limit", "envelope", "convolution", "closure", "hull", "transform", "dual",
                "exponent", "entropy", "sqrt", "tangent", "sine", "cosine", "reflection", "scaling", "softmax",
                "sigmoid", "tanh", "relu", "softplus", "expansion", "polynomial", "approximation", "series",
                "linearization", "linearisation", "image", "preimage", "iterate", "iterates", "reverse", "mirror",
                "complement", "smoothing", "moreau", "proximal", "prox", "taylor", "cumulative", "hazard", "odds"}
#: a lead that ends in an operator, a lone digit or letter, or a function's name continues the formula outside
#: $...$: "1 - $x^2$", "log x + $x^2$", "2 $x^2$", "log $x^2 + 1$" (the plain part was dropped)
_GLUED = re.compile(r"(?:[-+*/^(=·×]|(?<![A-Za-z])[B-Zb-z]|(?<![A-Za-z0-9.])\d+|(?<![A-Za-z-])(?:log|ln|exp|sin|cos"
                    r"|tan|sqrt|abs|tanh|arctan|arcsin|arccos))\s*$")
#: a word just before the formula that transforms it ("minus $x^2$")
TRANSFORMS = {"minus", "negative", "negated", "inverse", "reciprocal", "derivative", "gradient", "hessian",
              "conjugate", "integral", "antiderivative", "perspective", "epigraph", "hypograph", "sublevel",
              "superlevel", "opposite", "root", "over", "times", "plus", "squared", "cubed", "log", "ln", "exp",
              "exponential", "sqrt", "square", "cube", "half", "twice", "double", "triple", "thrice", "one", "two",
              "three", "four", "five", "ten", "logarithm", "exponentiated", "average", "expected"}


#: "X of $f$" that is f itself (or whose formula f is); for text whose formulas ``plain`` delimited, every other X
#: before "of" is refused (a list of transformations is never complete: "the Taylor polynomial of e^x")
SAME_FUNCTION_OF = {"graph", "loss", "function", "objective", "cost", "risk", "likelihood", "log-likelihood",
                    "density", "formula", "expression", "map"}


def other_of(lead: str) -> str | None:
    """The "X of" in ``lead`` whose X is not in ``SAME_FUNCTION_OF``, quoted; None when there is none."""
    words = re.findall(r"[a-z]+(?:['-][a-z]+)*", lead.lower())
    for k, w in enumerate(words):
        if w == "of" and k > 0 and words[k - 1] not in SAME_FUNCTION_OF:
            return f"'{words[k - 1]} of'"
    return None


def denying_word(words: str) -> str | None:
    """The first word of ``words`` that negates the claim or restricts where it holds (``NEGATIONS``,
    ``QUALIFIERS``), quoted; None when there is none. Used on the words before the first formula and on a title
    the reader drops ("Neither $x^2$ nor $x^3$ is concave": 'Neither $x^2$ nor' is no title).

    >>> denying_word("Neither $x^2$ nor")
    "'neither'"
    >>> denying_word("Prove or disprove:") is None
    True
    """
    words = words.replace("\u2019", "'").replace("\u02bc", "'")   # don’t typed with a typographic apostrophe
    if _HYPOTHESIS_IF.match(words):   # "If $x^3$ is convex", "What if ...": a hypothesis ("Check if" asks)
        return "'if'"
    found = [w for w in re.findall(r"[a-z]+(?:['-][a-z]+)*", _OPEN_QUESTION.sub(" ", words).lower())
             if w in NEGATIONS or w in QUALIFIERS]
    return f"'{found[0]}'" if found else None


#: a lead asking where (or for which values) a property holds: its answer is a set ("Where is", "find where",
#: "on which interval", "for what values", "the intervals on which", "which values of")
_REGION_QUERY = re.compile(
    r"\b(?:where|when)\s+(?:is|are|does|do|will|would|can|might)\b"
    r"|\b(?:find|determine|identify|show|state|give|describe|locate|say|list|compute|sketch|tell(?:\s+me)?|explain"
    r"|check|decide|see|find\s+out)\s+(?:where|when|on\s+which|for\s+which|over\s+which)\b"
    r"|\b(?:on|over|for|in|at|across)\s+(?:which|what)\b"
    r"|\bwhich\s+(?:intervals?|regions?|values?|sets?|ranges?|points?|x|y|t)\b", re.IGNORECASE)
#: "the intervals on which", "the region where": a question, unless a condition follows ("On the set where $x > 0$,
#: ...": a domain written first, left to the reader)
_REGION_NOUN = re.compile(r"\b(?:intervals?|regions?|sets?|values?|ranges?|subsets?|parts?|points?|places?)\s+"
                          r"(?:where|on\s+which|over\s+which|for\s+which|in\s+which|at\s+which)\b", re.IGNORECASE)
_RELATION = re.compile(r"[<>\u2264\u2265]|\\(?:le|ge|leq|geq|lt|gt|in)(?![A-Za-z])")


def region_query(lead: str, formula: str = "") -> str | None:
    """The words of ``lead`` (the text before the claim's first formula, ``formula``) that ask where a property
    holds, quoted (module docstring); None when there are none.

    >>> region_query("Find where ")
    "'Find where'"
    >>> region_query("Determine whether ") is None
    True
    """
    m = _REGION_QUERY.search(lead) or (None if _RELATION.search(formula) else _REGION_NOUN.search(lead))
    return f"'{' '.join(m.group(0).split())}'" if m else None


#: a question that ends by asking where: "$x^3$ is convex where?", "... is concave for which $x$?", "... on what
#: interval?" (the answer is a set, as for a lead that asks where)
_TRAILING_REGION = re.compile(r"(?:\b(?:where|when|wherever)|\b(?:on|over|for|in|at)\s+(?:which|what)\b[^?]{0,40})"
                              r"\s*\?+\s*$", re.IGNORECASE)


def trailing_region_query(text: str) -> str | None:
    """The words that end ``text`` by asking where the property holds, quoted; None when there are none.

    >>> trailing_region_query("x^3 is convex where?")
    "'where?'"
    >>> trailing_region_query("$x^2$ is convex for $x > 0$?") is None
    True
    """
    m = _TRAILING_REGION.search(text)
    return f"'{' '.join(m.group(0).split())}'" if m else None


def transforming_lead(lead: str, formula: str = "") -> str | None:
    """The words of ``lead`` (the text before the claim's first formula) that negate the claim or transform its
    formula, quoted; None when every word there may be dropped (module docstring). A last word of ``TRANSFORMS``
    before a definition ("The cube root $f(x) = x^{1/3}$") names that definition and is kept."""
    glued = _GLUED.search(lead)
    if glued:
        return f"'{lead.rstrip()[-12:].strip()}'"
    negation = denying_word(lead)
    if negation:
        return negation
    words = re.findall(r"[a-z]+(?:['-][a-z]+)*", lead.lower())
    if lead.rstrip().endswith(":"):
        return None   # a title: "Powers of absolute value: $|x|^p$ ..." names the formula after it
    for k, w in enumerate(words):
        if w == "of" and k > 0 and words[k - 1] in TRANSFORM_OF:
            return f"'{words[k - 1]} of'"
    if words and words[-1] in TRANSFORMS and "=" not in formula and not _names_its_formula(words[-1], formula):
        return f"'{words[-1]}'"
    return None


#: A last word that names the function its formula writes ("The logarithm $\log x$", "the exponential $e^x$"): the
#: formula's own head, never a transformation of it.
_NAMED_HEADS = {"logarithm": r"\\(?:log|ln)(?![a-z])", "log": r"\\(?:log|ln)(?![a-z])",
                "ln": r"\\ln(?![a-z])", "exponential": r"(?:\\exp(?![a-z])|e\s*\^)",
                "exp": r"(?:\\exp(?![a-z])|e\s*\^)", "sqrt": r"\\sqrt(?![a-z])"}


def _names_its_formula(word: str, formula: str) -> bool:
    """Is ``formula`` (one math block) exactly the named function applied to one argument: \\log x, \\ln(x),
    e^{x}, \\sqrt{x} after "logarithm", "exponential", "sqrt"? Anything more (\\log x + 1) is refused as before."""
    head = _NAMED_HEADS.get(word)
    body = formula.strip().strip("$").strip()
    if head is None or not re.match(head, body):
        return False
    rest = re.sub(r"^" + head, "", body).strip()
    return bool(re.fullmatch(r"\{[^{}]*\}|\([^()]*\)|[A-Za-z](?:_\{?\w+\}?)?|\{[^{}]*\}", rest))
