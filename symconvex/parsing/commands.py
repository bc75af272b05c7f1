r"""Backslash commands in a formula: Greek letters, fonts, words, functions, ``\frac``, ``\sqrt``, ``\pi``
(layer: text).

What each command means, in the order the reader asks:

- a Greek letter or a font around a letter (``\theta``, ``\mathbf{x}``, ``\hat{y}``) starts a *name*
  (``names.NameReader``); ``\sigma(z)`` is the logistic sigmoid and ``\Gamma(z)`` Euler's Gamma function unless a
  claim defines sigma or Gamma; another Greek letter
  or ``\mathcal{L}`` before a bracket is an unknown function, refused;
- ``\operatorname{w}``, ``\mathrm{w}``, ``\text{w}`` (``vocabulary.WORDS``) around a word: a function when the word
  is defined or built in (``\operatorname{ReLU}(z)``), else a name of letters (``\mathrm{d}``);
- a built-in function (``\log``, ``\exp``, ``\max``, ``\sin``, ...; ``calls.BUILTINS``) applied to what follows;
- ``\frac{a}{b}`` = a / b (a zero denominator is refused); ``\sqrt{a}`` = a^(1/2), ``\sqrt[n]{a}`` = a^(1/n)
  for an integer n >= 2; an argument without braces is one digit, letter or Greek letter (``\frac12`` = 1/2);
- ``\pi`` the constant pi (``\pi(1 - x)`` is a product), unless a claim defines a function pi;
- relations, bars out of place, ``\infty`` and the commands of ``vocabulary.UNSUPPORTED`` are refused in one line,
  and so is any other command that is not a defined function.

``CommandReader`` is the part of the formula reader (``expressions.Reader``) that reads commands. Nothing here
evaluates text.
"""

from __future__ import annotations

import re

import sympy as sp

from .calls import BUILTINS
from .tokens import Group, Tok, peek
from .vocabulary import GREEK, RELATION_COMMANDS, STYLES, UNSUPPORTED, WORDS, fail, symbol

#: built-in functions that are read only by name inside \operatorname{...} (or typed as a plain word), never as a
#: command of their own (``\relu`` is an unknown command)
_WORD_ONLY = ("relu", "softplus", "sigmoid", "abs", "logistic", "square", "xexp", "huber",
              "logsumexp")  # \square is a box
#: commands that stand for one part of a pair, refused when found alone
_UNBALANCED = ("lvert", "rvert", "vert", "mid", "{", "}")


class CommandReader:
    """Reads a backslash command and what it applies to (a part of ``expressions.Reader``, whose ``source``,
    ``functions``, ``read_name``, ``expression``, ``_apply``, ``_postfix``, ``_unknown_function`` and
    ``_call_after_power`` it uses)."""

    def _command(self, items, i):
        """The value of the command at ``items[i]`` and the index after what it read."""
        name = items[i].text[1:]
        if name in GREEK or name in STYLES:
            return self._letter_command(items, i)
        if name in WORDS:
            return self._word_command(items, i)
        if name == "sqrt":  # before the built-in sqrt(a) of plain text: \sqrt[n]{a} has an index
            return self._root(items, i)
        if name in BUILTINS and name not in _WORD_ONLY:
            return self._apply(name, items, i + 1)
        if name == "frac":
            return self._fraction(items, i)
        if name == "casesliteral":   # a cases environment, read by ``cases`` before the formula
            return self._cases_literal(items, i)
        if name == "pi":
            if "pi" in self.functions:  # a claim that defines its own function pi
                return self._apply("pi", items, i + 1)
            return sp.pi, i + 1  # the constant: \pi(1 - x) is a product, as x(y + 1) is
        return self._other_command(items, i)

    def _letter_command(self, items, i):
        r"""A name that starts with a Greek letter or a font (``\theta_1``, ``\mathbf{x}``), or an application of
        sigma or of a defined function named so (``\sigma(z)``, ``\rho^2(x)``)."""
        name = items[i].text[1:]
        full, j = self.read_name(items, i)
        nxt, _ = peek(items, j, skip_ws=False)
        spaced, _ = peek(items, j)
        if full == "sigma" and full not in self.functions and self.is_number_name(full) and isinstance(spaced, Group) \
                and spaced.open == "(":
            fail("\\sigma is a number in this claim (it has a value or a condition), so '\\sigma(...)' may be the "
                 "sigmoid or a product: write '\\sigma \\cdot (...)' for the product")
        if (full in self.functions or full in ("sigma", "Gamma")) and (
                isinstance(spaced, Group) and spaced.open in ("(", "\\{", "[")
                or isinstance(spaced, Tok) and spaced.text == "^" and self._call_after_power(items, j)):
            return self._apply(full, items, j)
        if isinstance(nxt, Group) and nxt.open == "(" and not self.is_number_name(full):
            if name in GREEK:
                self._unknown_function(full, nxt, shown="\\" + full if full in GREEK else full)
            if name in ("mathcal", "mathscr"):
                self._unknown_function(full, nxt)
        if isinstance(nxt, Tok) and nxt.text == "_":
            return self._postfix(symbol(full), items, j)
        return symbol(full), j

    def _word_command(self, items, i):
        r"""``\operatorname{word}`` (``\mathrm``, ``\text``, ...): a defined or built-in function applied to what
        follows, or a name of letters (with ``\text``, only a name the claim gives a value or a condition:
        "where $\text{margin} = 0.5$"); leaky ReLU without its slope and unknown functions are refused."""
        it = items[i]
        arg, j = peek(items, i + 1)
        if not (isinstance(arg, Group) and arg.open == "{"):
            fail(f"{it.text} needs a braced name")
        word = re.sub(r"\s+", "", self.source[arg.pos + 1:arg.end])
        nxt, _ = peek(items, j + 1)
        if word in self.functions or word.lower() in BUILTINS:
            if isinstance(nxt, Group) or (isinstance(nxt, Tok) and nxt.text == "^"):
                return self._apply(word if word in self.functions else word.lower(), items, j + 1)
            fail(f"function {word} needs an argument in parentheses")
        if word.lower() in ("leakyrelu", "leaky_relu", "lrelu"):
            fail("leaky ReLU needs its slope; write \\max(z, a z)")
        if isinstance(nxt, Group) and nxt.open in ("(", "\\{", "["):
            fail(f"unknown function {word}")
        if not re.fullmatch(r"[A-Za-z]+", word) or it.text[1:].startswith("text") and not (
                self.is_number_name(word) or self.text_names):
            fail(f"unexpected text '{word}' in an expression")   # \text{word} is a name only when given a value
        value = symbol(word)
        return self._postfix(value, items, j + 1)

    def _fraction(self, items, i):
        r"""``\frac{numerator}{denominator}``."""
        num, j = self._argument(items, i + 1, "\\frac", "numerator")
        den, j = self._argument(items, j, "\\frac", "denominator")
        if den == 0:
            fail("division by zero")
        return num / den, j

    def _root(self, items, i):
        r"""``\sqrt{a}`` = a^(1/2) and ``\sqrt[n]{a}`` = a^(1/n) for an integer n >= 2."""
        root = 2
        nxt, j = peek(items, i + 1)
        if isinstance(nxt, Group) and nxt.open == "[":
            root = self.expression(nxt.items, "root index")
            if not (root.is_Integer and root >= 2):
                fail("\\sqrt[n]{...} needs an integer n >= 2")
            j += 1
        arg, j = self._argument(items, j, "\\sqrt", "argument")
        return sp.Pow(arg, sp.Rational(1, int(root))), j

    def _cases_literal(self, items, i):
        r"""``\casesliteral{k}``: the k-th cases environment of the claim, already read (``cases.cases_value``)."""
        arg, j = peek(items, i + 1)
        index = re.sub(r"\s+", "", self.source[arg.pos + 1:arg.end]) if isinstance(arg, Group) else ""
        if not index.isdigit() or int(index) >= len(self.cases):
            fail("a cases environment here is not read; write the function by cases in the claim's formula")
        return self.cases[int(index)], j + 1

    def _other_command(self, items, i):
        """Any other command: a defined function of that name, else a one-line refusal saying why."""
        it = items[i]
        name = it.text[1:]
        if name in _UNBALANCED:
            fail(f"unbalanced {it.text}")
        if name == "|":
            fail("unbalanced norm bars \\|...\\|")
        if name in RELATION_COMMANDS:
            fail(f"unexpected {it.text} in an expression")
        if name == "infty":
            fail("infinity is not a number here")
        if name in UNSUPPORTED:
            fail(f"unsupported function {name}")
        nxt, _ = peek(items, i + 1)
        if isinstance(nxt, Group) and nxt.open in ("(", "\\{"):
            if name in self.functions:
                return self._apply(name, items, i + 1)
            fail(f"unknown function {name}")
        if name in self.functions:
            return self._apply(name, items, i + 1)
        fail(f"unknown command {it.text}")

    def _argument(self, items, i, command, what):
        r"""The braced argument of ``\frac``, ``\sqrt`` or a log's base, or one digit, letter or Greek letter
        without braces (``\frac12``: the rest of a multi-digit number stays for what follows)."""
        arg, j = peek(items, i)
        hint = r" (write \frac{numerator}{denominator})" if command == "\\frac" else ""
        if arg is None:
            fail(f"incomplete {command}: missing {what}" + hint)
        if isinstance(arg, Group) and arg.open == "{":
            return self.expression(arg.items, f"{what} of {command}"), j + 1
        if isinstance(arg, Tok) and arg.kind == "num" and len(arg.text) > 1 and "." not in arg.text:
            items[j] = Tok("num", arg.text[1:], arg.pos + 1)
            return sp.Integer(arg.text[0]), j
        if isinstance(arg, Tok) and arg.kind in ("num", "letter"):
            return (sp.Rational(arg.text) if arg.kind == "num" else symbol(arg.text)), j + 1
        if isinstance(arg, Tok) and arg.kind == "cmd" and arg.text[1:] in GREEK:
            return symbol(arg.text[1:]), j + 1
        fail(f"incomplete {command}: missing {what}" + hint)


__all__ = ["CommandReader"]
