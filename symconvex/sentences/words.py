r"""Variables named in words ("in the logits", "as a function of the crossover $\\epsilon$") and a subject
written up to a positive constant (``\\propto``) (layer: text; the rules are stated in the package docstring)."""

from __future__ import annotations

import re

from ..remarks import harmless
from .text import CLOSE, OPEN, SLOT, SLOT_RE, error, harmless_words, inner, mask, unmask


#: nouns that say what a parameter is, never which values it takes ("for shape $k \ge 1$")
ROLE_NOUNS = {"shape", "scale", "rate", "location", "degree", "degrees", "order", "temperature", "precision",
              "bandwidth", "margin", "exponent", "power", "threshold", "concentration", "smoothing", "regularization",
              "regularisation", "penalty", "step", "mean", "variance", "dispersion", "tail", "index", "level",
              "weight", "width", "height", "intercept", "slope", "coefficient", "target", "label", "cost", "price",
              "elasticity", "discount", "risk-aversion", "aversion", "curvature", "learning", "size", "trials",
              "success", "probability", "noise"}
#: nouns that name a claim's variables in words ("in the logits", "as a function of the predicted probability")
VARIABLE_NOUNS = {"logit", "logits", "weight", "weights", "parameter", "parameters", "argument", "arguments",
                  "variable", "variables", "input", "inputs", "coordinate", "coordinates", "entry", "entries",
                  "component", "components", "probability", "probabilities", "prediction", "predictions", "score",
                  "scores", "activation", "activations", "coefficient", "coefficients", "bias", "biases",
                  "mean", "precision", "position", "positions"}
#: words in a variable phrase that pick some of the variables, not all: then the claim must have one variable
SELECTORS = {"first", "second", "third", "fourth", "last", "other", "remaining", "single", "one", "two", "three",
             "i-th", "ith", "k-th", "j-th", "nth", "n-th", "each", "either", "some", "certain", "only"}
#: words of a density (a factor known to be positive)
DENSITY_WORDS = re.compile(r"\b(?:density|densities|pdf|pmf|likelihood|distribution|posterior|prior|probability|"
                           r"unnormali[sz]ed|normali[sz]ing|kernel)\b", re.I)



# ----------------------------------------------------------------------------------------- proportional to

_PROPTO = re.compile(r"\\propto(?![A-Za-z])|∝")


def proportional(text: str) -> tuple[str, list[str]] | None:
    """A subject written up to a positive constant ("$\\propto g$", "$p(x) \\propto g$") as g (module docstring)."""
    masked, blocks = mask(text)
    found = [k for k, b in enumerate(blocks) if _PROPTO.search(b)]
    if not found:
        return None
    k = found[0]
    after = masked[masked.index(f"{OPEN}{k}{CLOSE}") + len(f"{OPEN}{k}{CLOSE}"):]
    if len(found) > 1 or not (k == 0 or re.match(r"\s*,?\s*(?:is|are)\b", after, re.I)):
        raise error("'\\propto' is read only in the formula the claim is about (its first formula, or the one just "
                    "before 'is')")
    body = inner(blocks[k])
    pieces = _PROPTO.split(body)
    if len(pieces) != 2:
        raise error("'\\propto' appears more than once in the formula")
    left, right = pieces[0].strip(), pieces[1].strip()
    log_claim = re.search(r"\blog-?(?:concave|convex)", after, re.I)
    if not (log_claim or DENSITY_WORDS.search(SLOT.sub(" ", masked))):
        raise error("'\\propto' leaves the sign of the constant unstated (a negative factor swaps convex and concave): "
                     "write the function itself, or say it is a density")
    blocks[k] = f"${left} = {right}$" if left else f"${right}$"
    return unmask(masked, blocks), ["'\\propto' is read as a positive constant factor: it changes neither the sign of "
                                     "curvature nor log-concavity (log(c g) = log c + log g), so the claim is about "
                                     f"{right}"]


# ----------------------------------------------------------------------------------- variables named in words

_WORD_VARIABLES = re.compile(r"(?P<lead>,?\s*\b(?:(?:viewed|considered|seen|regarded|taken)\s+)?(?:as\s+a\s+function\s+"
                             r"of|in|with\s+respect\s+to|w\.r\.t\.?|wrt)\s+(?P<article>the|its|their)\s+)", re.I)
#: words that end a variable phrase in words (the clause after it)
_PHRASE_END = {"is", "are", "on", "over", "for", "where", "with", "when", "if", "and", "but", "jointly", "in", "at"}
_NAMED_BEFORE = re.compile(
    r"(?P<phrase>,?\s*\b(?:(?:viewed|considered|seen|regarded|taken)\s+)?as\s+a\s+function\s+of\s+"
    r"(?P<words>(?:[A-Za-z-]+"
    r"\s+){0,4}?)(?P<slot>" + SLOT_RE + r"))\s*(?P<after>[,:]?)", re.I)


def _word_phrase(masked: str, start: int) -> tuple[list[str], int]:
    """The words from ``start`` up to the first math, punctuation or clause word (at most four), and where they end."""
    words, pos = [], start
    for m in re.finditer(r"\s*([A-Za-z][A-Za-z-]*)", masked[start:]):
        if m.start() != pos - start or m.group(1).lower() in _PHRASE_END or len(words) == 4:
            break
        words.append(m.group(1).lower())
        pos = start + m.end()
    return words, pos


def variables_named(text: str) -> tuple[str, list[str], str, str] | None:
    """"as a function of the crossover $\\epsilon$, $F$, is convex" -> "$F$ is convex in $\\epsilon$"; "in the
    logits" (no math after) taken out, with the check it asks for ("letter" or "one") and its words."""
    masked, blocks = mask(text)
    m = _NAMED_BEFORE.search(masked)
    if m and harmless_words(" ".join(w for w in m.group("words").split() if w.lower() not in VARIABLE_NOUNS)):
        rest = (masked[:m.start()] + " " + masked[m.end():]).rstrip().rstrip(".")
        out = unmask(f"{rest} in {m.group('slot')}", blocks)
        return " ".join(out.split()), [f"'{' '.join(unmask(m.group('phrase'), blocks).strip(' ,').split())}' names "
                                       "the variable"], "", ""
    for m in _WORD_VARIABLES.finditer(masked):
        words, end = _word_phrase(masked, m.end())
        if not words or words[-1] not in VARIABLE_NOUNS or not all(harmless(w) or w in SELECTORS for w in words[:-1]):
            continue
        if masked[end:].lstrip().startswith(OPEN):
            continue     # "in the logit $z$": the math after the noun names it (claims reads that)
        mode = "one" if set(words) & SELECTORS else "letter"
        phrase = " ".join(masked[m.start():end].strip(" ,").split())
        rest = masked[:m.start()] + (", " if m.group("lead").lstrip().startswith(",") else " ") + masked[end:]
        return " ".join(unmask(rest, blocks).split()), [], mode, phrase
    return None


def check_named(mode: str, words: str, claim) -> str:
    """The check "variables named in words" asks for (package docstring): every variable of the claim a coordinate of
    one letter ("letter") or one variable ("one"), no parameter, no second reading; a one-line ``ClaimError`` else.
    Returns the note saying what the words were read as."""
    names = sorted(v.name for v in claim.variables)
    letters = {n.split("_")[0] for n in names}
    if not (names and not claim.parameters and not claim.readings and len(letters) == 1
            and (mode == "letter" or len(names) == 1)):
        shown = ", ".join(names + sorted(p.name for p in claim.parameters))
        raise error(f"'{words}' names the variables in words, and the formula's symbols ({shown}) do not say which: "
                    "name them in math (e.g. 'in $z_1, z_2$')")
    return f"'{words}' names the variables in words: {', '.join(names)}, all the formula's symbols"
