r"""Data points written in a claim's text, and how they enter its formulas (layer: text).

"on / at / for / over / with [the] (data) point(s) / example(s) / data / sample(s) / observation(s) $(x, y)$" is
data, never a set: ``find_data`` finds such phrases in a claim's skeleton (the text with each math block replaced by
a mark, ``skeleton``), each holding points written as a tuple of numbers ``(1, 1)``, several tuples ``(1, 1), (2,
3)`` or a set of them, a named tuple ``(x, y) = (2, 1)``, or assignments ``x = 2, y = 1``. "point" and "pair" say so
only in a claim about a loss or a model; "on" / "at" before a named tuple without a noun too. ``data_use`` says how
the points enter formulas that use (or do not use) their letters: not at all (a description), as the reader's
definitions (numbered points for a formula that numbers its letters, ``x_i`` in a sum), or the formula taken at each
point by its letters (a bare pair is (x, y), both used as written), summed over the points; anything that cannot be
matched with the formula is a one-line ``ClaimError``. Nothing here reads a value beyond names and numbers as
written; nothing here evaluates text.

>>> points_in(r"(x, y) = (2, 1)"), points_in(r"(1, 1), (2, 3)")
([(['x', 'y'], ['2', '1'])], [(None, ['1', '1']), (None, ['2', '3'])])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ClaimError, InputError
from .parsing import names_in, normalize
from .remarks import MATH

NUM = r"[-+]?\s*(?:\d+(?:\.\d+)?|\.\d+)(?:\s*/\s*\d+)?|[-+]?\s*\\[dt]?frac\s*\{\s*-?\d+\s*\}\s*\{\s*\d+\s*\}"
NAME = r"[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?"
_TUPLE = re.compile(r"\(\s*(?P<nums>(?:%s)(?:\s*,\s*(?:%s))+)\s*\)" % (NUM, NUM))
_ASSIGNMENTS = re.compile(r"(?:%s)\s*=\s*(?:%s)(?:\s*[,;]\s*(?:%s)\s*=\s*(?:%s))*" % (NAME, NUM, NAME, NUM))
_NAMED = re.compile(r"\(\s*(?P<names>%s(?:\s*,\s*%s)+)\s*\)\s*=\s*" % (NAME, NAME))

_DATA_FILLER = {"the", "a", "an", "one", "two", "three", "four", "single", "given", "following", "data", "training",
                "labelled", "labeled", "observed", "set"}
_DATA_NOUNS = {"example", "examples", "data", "datum", "sample", "samples", "observation", "observations", "dataset",
               "training"}
_WEAK_NOUNS = {"point", "points", "pair", "pairs"}
_LOSS_CONTEXT = re.compile(r"\b(?:loss|losses|error|risk|cost|objective|model|network|net|neuron|unit|regression|"
                           r"fit|label|labels|training|predictor|classifier|likelihood|perceptron)\b", re.I)

_GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
          "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "phi", "varphi", "chi", "psi", "omega"}


def claim_error(message: str) -> ClaimError:
    return ClaimError(" ".join(message.split()))


def points_in(inner: str) -> list[tuple[list[str] | None, list[str]]] | None:
    """The data points one math block writes: ``(1, 1)``, ``(1, 1), (2, 3)``, ``\\{(1, 1), (2, 3)\\}``, ``(x, y) =
    (2, 1)``: a list of (names or None, numbers as written); None when the block is anything else."""
    s = normalize(inner).strip()
    values = _ASSIGNMENTS.fullmatch(s)
    if values:   # "x = 1, y = 2": one point with its names
        pairs = re.findall(r"(%s)\s*=\s*(%s)(?=\s*(?:,|;|$))" % (NAME, NUM), s)
        return [([n.replace("{", "").replace("}", "") for n, _ in pairs], [num.strip() for _, num in pairs])]
    s = re.sub(r"^\\\{(.*)\\\}$", r"\1", s, flags=re.S).strip()
    s = re.sub(r"\\(?:left|right)(?=[()])", "", s)
    out, pos = [], 0
    while pos < len(s):
        names = None
        m = _NAMED.match(s, pos)
        if m:
            names = [n.replace("{", "").replace("}", "") for n in re.split(r"\s*,\s*", m.group("names").strip())]
            pos = m.end()
        t = _TUPLE.match(s, pos)
        if not t:
            return None
        nums = [n.strip() for n in re.split(r"\s*,\s*(?![^{]*\})", t.group("nums"))]
        if names is not None and len(names) != len(nums):
            raise claim_error(f"the data point '{inner.strip()}' names {len(names)} letters for {len(nums)} numbers")
        out.append((names, nums))
        pos = t.end()
        sep = re.match(r"\s*(?:,|;|\\text\s*\{\s*and\s*\}|$)\s*", s[pos:])
        if not sep or (not sep.group(0) and pos < len(s)):
            return None
        pos += sep.end()
    return out or None


@dataclass
class Phrase:
    """A data phrase found in the skeleton: its span, the math blocks it holds, the points, whether a noun says
    it is data."""

    start: int
    end: int
    blocks: list[int]
    points: list
    noun: bool


MARK = "\u27e6%d\u27e7"
MARK_RE = re.compile("\u27e6(\\d+)\u27e7")


def skeleton(text: str) -> tuple[str, list[str], list[str]]:
    """(the text with each math block replaced by a mark, the blocks with their delimiters, their insides)."""
    blocks, inner = [], []

    def mark(m):
        blocks.append(m.group(0))
        inner.append(next(g for g in m.groups() if g is not None))
        return MARK % (len(blocks) - 1)

    return MATH.sub(mark, text), blocks, inner


def find_data(skel: str, inner: list[str]) -> list[Phrase]:
    """Every "PREP [filler] [noun] MATH [, MATH | and MATH ...]" in the skeleton whose math is data."""
    found = []
    context = bool(_LOSS_CONTEXT.search(MARK_RE.sub(" ", skel)))
    vocabulary = "|".join(sorted(_DATA_FILLER | _DATA_NOUNS | _WEAK_NOUNS, key=len, reverse=True))
    for m in re.finditer(r"\b(?:(?:evaluated|computed|measured|taken)\s+)?(?P<prep>on|at|for|over|with)\s+"
                         r"(?P<words>(?:(?:%s)\s+)*)(?=\u27e6)" % vocabulary, skel, re.I):
        words = [w.lower() for w in m.group("words").split()]
        noun = any(w in _DATA_NOUNS for w in words) or (context and any(w in _WEAK_NOUNS for w in words))
        blocks, points, pos = point_blocks(skel, inner, m.end())
        if not blocks:
            continue
        named = all(names is not None for names, _ in points)
        if not noun and not (named and context and m.group("prep").lower() in ("on", "at")):
            continue
        if all(len(nums) == 1 for _, nums in points):   # "$x = 1$ and $y = 2$": one point
            if not named or len(points) < 2:
                continue
            points = [([n for names, _ in points for n in names], [x for _, nums in points for x in nums])]
        found.append(Phrase(m.start(), pos, blocks, points, noun))
    return found


def point_blocks(skel: str, inner: list[str], pos: int) -> tuple[list[int], list, int]:
    """The math blocks of data points written one after another from ``pos`` of the skeleton ("MATH", "MATH, MATH",
    "MATH and MATH", "MATH, and MATH"): (their indices, their points, the position after the last). A first block
    that is malformed data raises its ClaimError; a following block that is not data ends the run."""
    blocks, points = [], []
    while True:
        b = MARK_RE.match(skel, pos)
        got = points_in(inner[int(b.group(1))]) if b else None
        if got is None:
            return blocks, points, pos
        blocks.append(int(b.group(1)))
        points.extend(got)
        pos = b.end()
        join = re.match(r"\s*(?:,\s*and|,|and)\s*(?=\u27e6)", skel[pos:])
        nxt = MARK_RE.match(skel, pos + join.end()) if join else None
        try:
            if nxt is None or points_in(inner[int(nxt.group(1))]) is None:
                return blocks, points, pos
        except ClaimError:
            return blocks, points, pos
        pos += join.end()


def latex_name(name: str) -> str:
    base, _, sub = name.partition("_")
    head = "\\" + base if base in _GREEK else base
    return head + (f"_{{{sub}}}" if sub else "")


def used_names(names: list[str], texts: list[str]) -> set[str]:
    """The names among ``names`` that some text uses (as written, x_1, or as a base, x)."""
    seen = set()
    for t in texts:
        try:
            written, bases = names_in(t)
        except InputError:
            written, bases = set(re.findall(r"[A-Za-z]\w*", t)), set()
        seen |= written | bases
    return {n for n in names if n in seen}


def definitions(points) -> list[str]:
    """Named data points as the reader's definitions: ``(x_1, y_1) = (1, 2)``."""
    return [f"({', '.join(latex_name(n) for n in names)}) = ({', '.join(nums)})" if len(names) > 1
            else f"{latex_name(names[0])} = {nums[0]}" for names, nums in points]


def shown_named(points) -> str:
    return "; ".join(f"({', '.join(names)}) = ({', '.join(nums)})" for names, nums in points)


def _written(texts: list[str]) -> tuple[set[str], set[str]]:
    """The names the texts use as written (x_1, x_i) and their bases (x)."""
    written, bases = set(), set()
    for t in texts:
        try:
            w, b = names_in(t)
        except InputError:
            w = set(re.findall(r"[A-Za-z]\w*", t))
            b = {n.split("_")[0] for n in w}
        written |= w
        bases |= b | {n.split("_")[0] for n in w}
    return written, bases


def data_use(phrase: Phrase, texts: list[str]) -> tuple[str, list[str] | None]:
    """How the data enter formulas: ("drop", None) when they use none of the data's letters (not even indexed,
    x_i); ("define", None) for named points whose names are all different ((x_1, y_1) = ..., (x_2, y_2) = ...: the
    reader's definitions); ("sum", names) for points the formulas take by the letters ``names`` (a bare pair is
    (x, y), and both must be used as written). Anything else is a one-line error."""
    points = phrase.points
    written, bases = _written(texts)
    if len({len(nums) for _, nums in points}) != 1:
        raise claim_error("the data points have different sizes")
    named = [names for names, _ in points if names is not None]
    if named and len(named) != len(points):
        raise claim_error("some data points name their letters and some do not: name them all")
    if named:
        flat = [n for names in named for n in names]
        letters = {n.split("_")[0] for n in flat}
        if not (set(flat) & written) and not (letters & bases):
            return "drop", None
        numbered = [n for n in flat if "_" in n]
        if numbered:   # (x_1, y_1) = ...: definitions when the formula numbers its letters, else each point by x, y
            by_number = any("_" in w and w.split("_")[0] in letters for w in written)
            bare = letters & written
            if by_number and bare:
                raise claim_error(f"the formula uses {', '.join(sorted(bare))} and numbered data letters: write it "
                                  "with "
                             "one kind")
            if by_number:
                return "define", None
            if len(numbered) != len(flat) or len({tuple(n.split("_")[0] for n in names) for names in named}) != 1:
                raise claim_error("the data points name different letters")
            names = [n.split("_")[0] for n in named[0]]
        elif len(set(flat)) == len(flat):
            return "define", None
        else:
            if len({tuple(names) for names in named}) != 1:
                raise claim_error("the data points name different letters")
            names = named[0]
    else:
        names = ["x", "y"] if len(points[0][1]) == 2 else None
        if names is None:
            if {"x", "y"} & bases:
                raise claim_error("the data points do not say which letter each number is: write them as "
                             "$(x, y) = (...)$")
            return "drop", None
        if not {"x", "y"} & bases:
            return "drop", None
    indexed = sorted(w for w in written if "_" in w and w.split("_")[0] in names and w not in names)
    if indexed:
        raise claim_error(f"the formula uses {indexed[0]}, a numbered data letter: write the data points as "
                     f"$({names[0]}_1, {names[-1]}_1) = (...)$, ... to say which point is which")
    used = {n for n in names if n in written}
    if not named and used != set(names):
        raise claim_error(f"the formula uses {', '.join(sorted(used)) or 'neither'} of {', '.join(names)}: write the "
                          "data "
                     "point as $(x, y) = (...)$ to say which number is which")
    return "sum", names


def restore(skel: str, blocks: list[str]) -> str:
    return MARK_RE.sub(lambda m: blocks[int(m.group(1))], skel)


__all__ = ["MARK", "MARK_RE", "NAME", "NUM", "Phrase", "claim_error", "data_use", "definitions", "find_data",
           "latex_name",
           "points_in", "restore", "shown_named", "skeleton", "used_names"]
