r"""Sentences around a claim that say which claim it is (layer: text): a question with its answer, a value or a
condition written before the formula or between commas, a variable named in words, a second formula restating the
first, a density written up to a constant (``\propto``).

``read_sentence(text)`` rewrites such a sentence into the shape ``claims`` reads (CLAIMS.md: FUNCTION is PROPERTY
[in VARS] [on DOMAIN] [where DEFINITIONS]) and returns what must still be checked on the claim read from it;
``settle(sentence, claim, read, same)`` checks it (a one-line ``ClaimError`` when it fails) and adds the notes.
Each rule keeps the claim's function, variables, domain and property, or leaves the text as it is (to be refused
by the reader), or refuses it in one line:

* **Who says it, how sure.** "My professor says $F$ is P. Is that true?", "$F$ is P, right?" are "$F$ is P"
  (``hedges``; words that doubt or deny the claim are not dropped).
* **A standard function named in words.** "The natural logarithm is concave" is "log(x) is concave" (``named``).
* **A definition, then a claim about its name.** "Let $g(t) = t^3$. $g$ is convex" is "$g$ is convex where $g(t) =
  t^3$" (``definitions``; plain text too).
* **A question with an answer.** "Determine whether $F$ [on $D$] is convex, concave, or neither. Answer: $f$ is
  convex." is the answer sentence about the question's function, on the question's domain: "$F$ [on $D$] is convex".
  The answer's subject must be "it", "the function", or the name the question defines; a sentence about another
  formula is refused. "Find where $F$ is concave up: it is concave up on $I$" is "$F$ is concave up on $I$": the
  answer sentence is the claim (that I is *all* of the set asked for is not part of it, and is not checked). "Is
  $F$ convex? Yes." is "$F$ is convex", "No." is "$F$ is not convex"; "Yes, it is strictly convex" asserts both; a
  yes or no to a question with alternatives ("convex or concave?") is refused, and so is anything after a yes or no
  that could add a condition (math, or a condition word). "Is the following function convex: $F$? Yes." is about F.
  "True or false: $F$ is P. False." is "$F$ is not P" (one property only).
* **A value before the formula.** "Exercise 3.17: for $p = 1/2$, $F$ is ..." (a letter F uses, given a number) is
  "$F$ is ... where $p = 1/2$" (after for / with / let / taking / setting / when only; the letter as F writes it,
  never in its other spelling). A value for a letter F does not use is a label, left to ``claims`` (which drops it).
  A title before a condition written first ("Exercise 2: for $x > 0$, $F$ is ...") is dropped, and the condition
  read as written after the claim.
* **A condition between commas.** "$F$, $0 \le \alpha \le 1$, is concave" is "$F$, for $0 \le \alpha \le 1$, is
  concave": the claim is about every value the condition allows (a letter = number there is a ``where``). A
  condition in parentheses ("$F$ ($p \ge 1$) is convex", "... on $x > 0$ (for $p \ge 1$)") is part of the claim
  the same way, never a remark.
* **A noun before a condition.** "for shape $k \ge 1$", "for every rate $\lambda > 0$": the noun (one of
  ``ROLE_NOUNS``, which name what a parameter is, never restrict it) is dropped.
* **A variable named before the formula.** "as a function of the crossover $\epsilon$, $F$, is convex" is "$F$ is
  convex in $\epsilon$".
* **Variables named in words only.** "in the logits", "as a function of the predicted probability", "in its second
  argument" (``VARIABLE_NOUNS``, no math after them): the phrase is taken out, and the claim read from the rest must
  be about exactly what the words can name -- all of its symbols coordinates of one letter (z_1, z_2, z_3: "the
  logits"), or one symbol when the words pick one ("its second argument", "the first coordinate"); it must have no
  parameter and no second reading. Else the claim is refused: read jointly, "convex" would not say "convex in the
  named variables for every value of the others" (a refutation would not carry over).
* **A subject in words, its formula after a colon.** "KL divergence with $p = 1/3$ is convex: $F$ on $0 < q < 1$" is
  "$F$ is convex on $0 < q < 1$" (the words before "is" harmless, their math labels or values as above).
* **A restatement.** "$F$ [words], that is $E$, is P" (also "i.e.", "namely", "equivalently") and "$F$ is P [on
  $D_1$], i.e. $E$ on $D_2$": the claim is answered about the explicit E (on $D_2$), and the text without the
  restatement (F on $D_1$; "$x > 0$ (componentwise)" is each coordinate of x that the claim uses) is read too: the
  two readings must have the same function (identically, shown symbolically by ``same``, or equal on the domain
  after refining by its constraints: |x| and x on x > 0), the same variables,
  parameters and domain, else the claim is refused in one line. Only when F is an undefined name applied to
  arguments ("the softplus $s(t)$, i.e. ...") or elides terms (``\ldots``) is it not held against E (the note says
  so).
* **Proportional to.** "$p(x) \propto g$", "$\propto g$" in the subject is g: a positive constant factor changes
  neither the sign of curvature (convex, concave, affine, strict, neither) nor log-concavity (log(c g) = log c +
  log g). The factor is positive for a density, a likelihood or a distribution, and must be for a log-curvature
  claim (c g > 0 and g > 0); otherwise "\propto" is refused (the sign of the constant is not stated). Only the
  claim's own formula (its first one, or the one just before "is") may hold it.

Nothing here reads a formula's value; it cuts and reorders text. Nothing here evaluates text.

>>> read_sentence(r"Is $x^2$ convex? No.").text
'$x^2$ is not convex'
>>> read_sentence(r"$x_1^{a} x_2^{1-a}$, $0 \le a \le 1$, is concave").text
'$x_1^{a} x_2^{1-a}$, for $0 \\le a \\le 1$, is concave'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .before import (condition_between_commas, parenthesized_condition, point_after_formula, role_nouns,
                     subject_after_colon, title_before_condition, values_before_formula)
from .definitions import defined_first
from .hedges import drop_hedges
from .named import function_named
from .questions import answered_question, asks_where, true_or_false
from .restated import hold, restatements
from .words import DENSITY_WORDS, ROLE_NOUNS, SELECTORS, VARIABLE_NOUNS, check_named, proportional, variables_named


@dataclass
class Sentence:
    """A claim's text in the reader's shape, and what to check on the claim read from it."""

    text: str
    notes: list = field(default_factory=list)
    #: variables named in words only: "letter" (all symbols one letter's coordinates) or "one" (a single symbol)
    named_in_words: str = ""
    words: str = ""
    #: texts of the same claim with the first formula (a restatement's original): must read the same
    others: list = field(default_factory=list)
    #: why a proof of the claim read settles only part of what the text asks (``asks_where``); "" when it does not
    partial: str = ""


def read_sentence(text: str) -> Sentence:
    """The claim's text in the reader's shape, with the checks the rewrite asks for (module docstring)."""
    sentence = Sentence(text=text)
    found = drop_hedges(text) if isinstance(text, str) and len(text) <= 20000 else None
    if found:   # "My professor says $xy$ is convex. Is that true?": "$xy$ is convex."
        text = sentence.text = found[0]
        sentence.notes += found[1]
    found = function_named(text) if isinstance(text, str) and len(text) <= 20000 else None
    if found:   # "the natural logarithm is concave": "log(x) is concave"
        text = sentence.text = found[0]
        sentence.notes += found[1]
    found = defined_first(text) if isinstance(text, str) and len(text) <= 20000 else None
    if found:   # "Let g(t) = t^3. g is convex": "g is convex where g(t) = t^3" (also for plain text)
        text = sentence.text = found[0]
        sentence.notes += found[1]
    if not isinstance(text, str) or len(text) > 20000 or "$" not in text and "\\(" not in text:
        return sentence   # no math, or too long (``claims`` refuses it)
    found = answered_question(sentence.text) or true_or_false(sentence.text)
    if found and asks_where(sentence.text):
        sentence.partial = ("the answer's set is proved to have the property, but the question asks where it holds, "
                            "and that the set is all of it is not proved (a refutation would decide)")
    if found:
        sentence.text, notes = found
        sentence.notes += notes
    _rewrite(sentence, (proportional, parenthesized_condition, values_before_formula, point_after_formula,
                        title_before_condition, subject_after_colon, condition_between_commas, role_nouns))
    found = variables_named(sentence.text)
    if found:
        sentence.text, notes, sentence.named_in_words, sentence.words = found
        sentence.notes += notes
        _rewrite(sentence, (subject_after_colon, values_before_formula))
    found = restatements(sentence.text)
    if found:
        sentence.text, notes, sentence.others = found
        sentence.notes += notes
    return sentence



def _rewrite(sentence: Sentence, rules) -> None:
    """Apply each rule (text -> (text, notes) or None) in turn to the sentence's text, keeping the notes."""
    for rule in rules:
        found = rule(sentence.text)
        if found:
            sentence.text, notes = found
            sentence.notes += notes


def settle(sentence: Sentence, claim, read, same) -> None:
    """Check on the claim read from ``sentence.text`` what the rewrite asks for (package docstring), with ``read``
    (text -> Claim) and ``same`` (two expressions -> identically equal); a one-line ``ClaimError`` when a check
    fails; the notes are added to the claim and its other readings."""
    notes = list(sentence.notes)
    if sentence.named_in_words:
        notes.append(check_named(sentence.named_in_words, sentence.words, claim))
    notes += hold(sentence.others, claim, read, same)
    if notes:
        for c in (claim, *claim.readings):
            c.note = "; ".join(filter(None, [c.note, *notes]))
    for c in (claim, *claim.readings):
        c.partial = sentence.partial


__all__ = ["DENSITY_WORDS", "ROLE_NOUNS", "SELECTORS", "Sentence", "VARIABLE_NOUNS", "answered_question",
           "condition_between_commas", "defined_first", "drop_hedges", "function_named", "parenthesized_condition",
           "point_after_formula", "proportional", "read_sentence", "restatements", "role_nouns", "settle",
           "subject_after_colon", "title_before_condition", "true_or_false", "values_before_formula",
           "variables_named"]
