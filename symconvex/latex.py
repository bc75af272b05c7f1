r"""LaTeX proofs: a certificate (or an ``Analysis``) as a standalone document a reader can check by hand.

``to_latex(obj)`` returns a complete document (``article`` with ``amsmath``, ``amssymb``, ``amsthm`` and
``geometry`` only; the figure is drawn with LaTeX's own ``picture`` environment, so nothing beyond Debian's
``texlive-latex-base`` and ``texlive-latex-recommended`` is needed). Every number in the proof text is
computed here from the certificate itself, in exact arithmetic (SymPy rationals; transcendental values are
shown in closed form together with a rigorous enclosure from the checker's interval evaluator), and the
document is only produced for a certificate that ``symconvex.check.verify`` accepts.

What the proof contains, by certificate kind:

- ``midpoint``: the points as exact fractions, the evaluation of f at a, b and m step by step (for a
  network: every data point's pre-activations, outputs and residuals), and the inequality that breaks
  convexity (or concavity);
- ``curvature``: the region (the strict inequalities that hold at p), the smooth piece, its Hessian at p
  when there are at most 10 variables (else the directional second derivative worked out with Taylor jets),
  and u^T H u;
- ``rules``: the derivation as a chain of lemmas, one per node;
- ``hessian``: H, L and D with H = L D L^T and the signs of the pivots;

plus a figure of the function along the certificate's segment (or line) showing the violation.

A network with more than ``LARGE_NET`` parameters gets a bounded proof: its numbers come from the checker's exact
integer evaluator ``check.fastnet`` when the spec qualifies (else the generic evaluator, one data point at a
time); points and directions are listed by their nonzero coordinates (at most ``ENTRY_CAP``, the rest counted and
left to the certificate JSON), and each data point's output, residual and loss term (or second derivative) is
shown instead of every pre-activation (the first ``ROW_CAP`` data points, the rest summed). The output
is deterministic (no dates, sorted data), so regenerated documents are byte-identical.

``analysis_summary`` and ``certificate_summary`` give the short LaTeX that Jupyter shows (``_repr_latex_``).
"""

from __future__ import annotations

import dataclasses

import math
import re
import unicodedata
from fractions import Fraction
from functools import cached_property

import mpmath
import numpy as np
import sympy as sp

from .certificates import (Certificate, CurvatureCertificate, HessianCertificate, MidpointCertificate,
                           RulesCertificate, SaddleCertificate, SumCertificate, constraint_to_sympy, parse_coordinate, parse_rational,
                           to_sympy, tree_variables)
from .check import fastnet, subject_names, subject_tree, verify
from .check.evaluate import evaluate, line_jets, value_at
from .check.network import activation_of, loss_tree, outputs_tree, parameter_name, parameter_names
from .check.numbers import add as _nadd
from .check.numbers import endpoints, interval_precision, sign
from .errors import CertificateError, InputError
from .functions import leaky_relu, relu, sigmoid, softplus

#: Up to this many variables the Hessian is printed in full (else the directional derivative is worked out).
HESSIAN_LIMIT = 10
#: Longest formula (characters of LaTeX) printed inline in a derivation step; longer ones are summarized.
FORMULA_LIMIT = 900
SAMPLES = 48
#: Above this many parameters a network proof is summarized: points and directions by their nonzero coordinates,
#: each data point's output and residual instead of every pre-activation (smaller nets: everything in full).
LARGE_NET = 60
#: At most this many coordinates of a vector are printed (the rest: a count; the certificate JSON has them all).
ENTRY_CAP = 200
#: At most this many data points (or kinks) are worked out one by one in a large network's proof.
ROW_CAP = 20

# ------------------------------------------------------------------------------------------------ names

_GREEK = ("alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi "
          "varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega").split()
_GREEK_UPPER = {"Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega"}
_TEXT_SPECIAL = {"#": r"\#", "$": r"\$", "%": r"\%", "&": r"\&", "_": r"\_", "{": r"\{", "}": r"\}",
                 "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}",
                 "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}"}
_WEIGHT = re.compile(r"^W(\d+)_(\d+)_(\d+)$")
_BIAS = re.compile(r"^b(\d+)_(\d+)$")
_PLAIN = re.compile(r"^([A-Za-z]+)(\d*)$")


def text_escape(text: str) -> str:
    r"""Escape free text for LaTeX text mode (specials, Greek letters, other non-ASCII characters).

    >>> text_escape("50% of a_1 & {b}")
    '50\\% of a\\_1 \\& \\{b\\}'
    """
    out = []
    for ch in str(text):
        if ch in _TEXT_SPECIAL:
            out.append(_TEXT_SPECIAL[ch])
        elif ch == "\n" or ch == "\t":
            out.append(" ")
        elif ord(ch) < 32 or ord(ch) == 127:
            continue
        elif ord(ch) < 128:
            out.append(ch)
        else:
            greek = _unicode_greek(ch)
            if greek:
                out.append(f"${greek}$")
            elif ch in "\u2018\u2019":
                out.append("'")
            elif ch in "\u201c\u201d":
                out.append('"')
            elif ch in "\u2013\u2014":
                out.append("--")
            else:
                out.append(f"[U+{ord(ch):04X}]")
    return "".join(out)


def _unicode_greek(ch: str) -> str | None:
    """``"θ"`` -> ``"\\theta"`` (None for anything that is not a Greek letter LaTeX has)."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    m = re.match(r"^GREEK (SMALL|CAPITAL) LETTER (\w+)$", name)
    if not m:
        if name == "GREEK THETA SYMBOL":
            return r"\vartheta"
        if name == "GREEK PHI SYMBOL":
            return r"\phi"
        return None
    word = m.group(2).lower()
    word = {"lamda": "lambda", "final sigma": "varsigma"}.get(word, word)
    if m.group(1) == "SMALL":
        return "\\" + word if word in _GREEK else None
    cap = word.capitalize()
    if cap in _GREEK_UPPER:
        return "\\" + cap
    latin = {"alpha": "A", "beta": "B", "epsilon": "E", "zeta": "Z", "eta": "H", "iota": "I", "kappa": "K",
             "mu": "M", "nu": "N", "omicron": "O", "rho": "P", "tau": "T", "chi": "X"}
    return r"\mathrm{%s}" % latin[word] if word in latin else None


def _base_latex(base: str) -> str:
    """The main part of a name (no subscript, no primes)."""
    if not base:
        return r"\text{?}"
    if base in _GREEK or base in _GREEK_UPPER:
        return "\\" + base
    if len(base) == 1 and _unicode_greek(base):
        return _unicode_greek(base)
    m = _PLAIN.match(base)
    if m:
        letters, digits = m.groups()
        head = letters if len(letters) == 1 else (("\\" + letters) if letters in _GREEK or letters in _GREEK_UPPER
                                                  else r"\mathit{%s}" % letters)
        return head + (f"_{{{digits}}}" if digits else "")
    if all(_unicode_greek(c) for c in base):
        return " ".join(_unicode_greek(c) for c in base)
    return r"\text{%s}" % text_escape(base)


def name_latex(name: str) -> str:
    r"""A variable name as LaTeX math: ``W1_2_1`` -> ``W^{(1)}_{21}``, ``w_1`` -> ``w_{1}``, ``theta`` ->
    ``\theta``, ``θ`` -> ``\theta``, ``x'`` -> ``x'``; anything unusual is escaped inside ``\text``.

    >>> name_latex("W1_2_1"), name_latex("b2_1"), name_latex("w_1"), name_latex("theta_0")
    ('W^{(1)}_{21}', 'b^{(2)}_{1}', 'w_{1}', '\\theta_{0}')
    >>> name_latex("x'"), name_latex("x1"), name_latex("a&b")
    ("x'", 'x_{1}', '\\text{a\\&b}')
    """
    m = _WEIGHT.match(name)
    if m:
        l, i, j = m.groups()
        sep = "," if len(i) > 1 or len(j) > 1 else ""
        return f"W^{{({l})}}_{{{i}{sep}{j}}}"
    m = _BIAS.match(name)
    if m:
        return f"b^{{({m.group(1)})}}_{{{m.group(2)}}}"
    stripped = name.rstrip("'")
    primes = len(name) - len(stripped)
    if not stripped:
        return r"\text{%s}" % text_escape(name)
    base, sep, sub = stripped.partition("_")
    if sep and sub.startswith("{") and sub.endswith("}") and sub.count("{") == 1 and sub.count("}") == 1:
        sub = sub[1:-1]
    if sep and sub and re.match(r"^[A-Za-z0-9,]+$", sub):
        body = _base_latex(base) if base else r"\text{\_}"
        if "_{" in body:  # x1_2: keep both indices readable
            body = r"{%s}" % body
        sub_tex = ",".join(_base_latex(s) if not s.isdigit() else s for s in sub.split(",")) if "," in sub else (
            sub if sub.isdigit() else _base_latex(sub))
        out = f"{body}_{{{sub_tex}}}"
    elif sep:
        out = r"\text{%s}" % text_escape(stripped)
    else:
        out = _base_latex(stripped)
    return out + "'" * primes


# ---------------------------------------------------------------------------------------------- numbers

#: Words of a certificate's note that are mathematics: parameter names (W1_2_1, b2_1), indexed letters (y_i),
#: powers (t^2), Greek names and ``sum_i``; they are set in math mode, the rest as escaped text.
_NOTE_MATH = re.compile(r"\b(W\d+_\d+_\d+|b\d+_\d+|[a-zA-Z]_[a-z0-9]+|[a-z]\^\d+|theta|lambda|sum_i)\b")
_NOTE_PHRASES = {"a region witness": "a point strictly inside its activation region"}


def note_latex(note: str) -> str:
    """A certificate's note (the search's story, plain text) as a LaTeX sentence: parameter names and other
    symbols typeset, the rest escaped, ending with a full stop."""
    for phrase, words in _NOTE_PHRASES.items():
        note = note.replace(phrase, words)
    parts, last = [], 0
    for match in _NOTE_MATH.finditer(note):
        word = match.group(0)
        parts.append(text_escape(note[last:match.start()]))
        parts.append(r"$\sum_i$" if word == "sum_i" else "$%s$" % (word if "^" in word else name_latex(word)))
        last = match.end()
    parts.append(text_escape(note[last:]))
    text = "".join(parts).strip()
    text = text[:1].upper() + text[1:]
    return text if not text or text[-1] in ".!?" else text + "."


def q_latex(q) -> str:
    r"""An exact rational as LaTeX: ``-1/2`` -> ``-\frac{1}{2}``."""
    q = Fraction(q) if not isinstance(q, sp.Rational) else Fraction(int(q.p), int(q.q))
    if q.denominator == 1:
        return str(q.numerator)
    sign_ = "-" if q < 0 else ""
    return f"{sign_}\\frac{{{abs(q.numerator)}}}{{{q.denominator}}}"


def _paren(q) -> str:
    text = q_latex(q)
    return text if (Fraction(q) >= 0 and Fraction(q).denominator == 1) else r"\left(%s\right)" % text


def _round_decimal(q: Fraction, places: int, up: bool) -> str:
    scaled = q * 10 ** places
    n = -((-scaled.numerator) // scaled.denominator) if up else scaled.numerator // scaled.denominator
    neg = n < 0
    digits = str(abs(n)).rjust(places + 1, "0")
    body = digits if places == 0 else digits[:-places] + "." + digits[-places:]
    return ("-" if neg else "") + body


def _places(lo: Fraction, hi: Fraction, digits: int = 10) -> int:
    big = max(abs(lo), abs(hi))
    if big == 0:
        return digits
    mag = 0
    while big >= 10:
        big /= 10
        mag += 1
    while big < 1 and mag > -40:
        big *= 10
        mag -= 1
    return max(0, min(60, digits - 1 - mag))


def enclosure_latex(x) -> str:
    r"""A number the checker computed: exact (``\frac{1}{2}``) or its rigorous enclosure, rounded outward
    (``\in [0.0903, 0.0904]``-style, ten significant digits)."""
    if isinstance(x, Fraction):
        return "= " + q_latex(x)
    lo, hi = endpoints(x)
    places = _places(lo, hi)
    return r"\in \left[%s,\ %s\right]" % (_round_decimal(lo, places, False), _round_decimal(hi, places, True))


def _as_float(x) -> float:
    """Display only (figures)."""
    if isinstance(x, Fraction):
        return x.numerator / x.denominator
    return float(mpmath.mpf(x.mid))


def tuple_latex(values) -> str:
    return r"\left(" + ",\\ ".join(q_latex(v) for v in values) + r"\right)"


# --------------------------------------------------------------------------------------------- subjects

class _Subject:
    """What a certificate is about, in the notation of the proof: the function (or network loss), its
    variables as SymPy symbols with their LaTeX names, and its domain."""

    def __init__(self, cert: Certificate):
        self.cert = cert
        self.is_network = cert.network is not None
        checked = subject_tree(cert, fast=self.is_network)  # validates the subject (CertificateError)
        self.fast = checked if isinstance(checked, fastnet.FastNet) else None  # check.fastnet's exact evaluator
        if self.fast is None:
            self.tree = checked
        # the number of variables (a network certificate's empty variables: the spec's parameters, implicitly)
        self.count = self.fast.size if self.fast is not None else len(self.names)
        #: a network too large to print in full (see ``LARGE_NET``): its numbers come from ``_NetNumbers``
        self.large = self.is_network and self.count > LARGE_NET
        self.f = r"\mathcal{L}" if self.is_network else "f"
        self.arg = r"\theta" if self.is_network else self._arg_tuple()
        if not self.is_network:
            self.expr = to_sympy(self.tree, dict(self.symbols))
        self.net = _NetworkText(cert.network, self) if self.is_network else None
        #: long traces (forward passes, full Hessians) the proofs defer to the appendix, in order
        self.appendix: list[str] = []
        self.figures = 0  # figures numbered so far

    # What a large network never needs is made on first use only (the tree and the symbols are O(parameters)).
    @cached_property
    def tree(self):
        return subject_tree(self.cert)

    @cached_property
    def names(self) -> list[str]:
        return subject_names(self.cert)

    @cached_property
    def symbols(self) -> dict:
        return {n: sp.Symbol(n, real=True) for n in self.names}

    @cached_property
    def latex_names(self) -> dict:
        return {self.symbols[n]: name_latex(n) for n in self.names}

    @cached_property
    def expr(self):
        return to_sympy(self.tree, dict(self.symbols))

    @cached_property
    def domain(self) -> list:
        return [constraint_to_sympy(c, dict(self.symbols)) for c in self.cert.domain]

    @cached_property
    def numbers(self) -> "_NetNumbers":
        return _NetNumbers(self)

    def _arg_tuple(self) -> str:
        return r"\left(" + ", ".join(name_latex(n) for n in self.names) + r"\right)"

    def inner_args(self) -> str:
        """The argument list without parentheses: ``x, y`` (or ``\\theta`` for a network)."""
        return r"\theta" if self.is_network else ", ".join(name_latex(n) for n in self.names)

    def latex(self, expr) -> str:
        return sp.latex(expr, symbol_names=self.latex_names)

    def at(self, label: str) -> str:
        """``f(a)`` / ``\\mathcal{L}(\\theta^{(1)})``."""
        return f"{self.f}({label})"

    def space(self) -> str:
        n = self.count
        return r"\mathbb{R}" if n == 1 else r"\mathbb{R}^{%d}" % n

    def domain_latex(self) -> str:
        if not self.domain:
            return self.space()
        conds = r",\ ".join(self.latex(c) for c in self.domain)
        return r"\left\{%s \in %s : %s\right\}" % ((self.arg if len(self.names) > 1 else self.inner_args()) if not self.is_network else r"\theta", self.space(),
                                                   conds)

    @cached_property
    def natural(self) -> list | None:
        """The natural-domain constraints of a function with no stated domain ([] when it is defined on all of
        R^n); None when they cannot be stated (the text then says "where it is defined")."""
        if self.is_network or self.domain or not _needs_natural_domain(self.tree):
            return []
        from .domain import natural_domain

        try:
            found = natural_domain(self.expr, [self.symbols[n] for n in self.names])
        except (InputError, TypeError, ValueError):
            return None
        return list(found.constraints)

    def definition(self) -> str:
        """The subject defined in mathematical notation (a paragraph plus displays)."""
        if self.is_network:
            return self.net.definition()
        body = self.latex(self.expr)
        where = "" if not self.domain else r" on $D = %s$" % self.domain_latex()
        dom = "D" if self.domain else self.space()
        if self.natural is None:
            where = " on the set $D$ of points of $%s$ where it is defined" % self.space()
            dom = "D"
        elif self.natural:
            where = r" on its natural domain $D = \left\{%s : %s\right\}$" % (
                self.arg if len(self.names) > 1 else self.inner_args(),
                r",\ ".join(self.latex(c) for c in self.natural))
            dom = "D"
        text = (r"Let $f\colon %s \to \mathbb{R}$ be defined by" % dom + "\n"
                + r"\[ f%s = %s \]" % (self.arg, body) + "\n"
                + (r"where $%s$ are real variables%s." % (", ".join(name_latex(n) for n in self.names), where)
                   if len(self.names) > 1 else r"where $%s$ is a real variable%s." % (name_latex(self.names[0]),
                                                                                   where)))
        notes = _notation_notes(self.expr)
        return text + ("\n" + notes if notes else "")

    def where_text(self) -> str:
        if self.cert.domain or (not self.is_network and self.natural != []):
            return " on $D$"
        return r" on $%s$" % self.space()


def _needs_natural_domain(tree) -> bool:
    if tree[0] in ("log",):
        return True
    if tree[0] == "pow" and tree[2][0] == "num":
        q = parse_rational(tree[2][1])
        if q < 0 or q.denominator != 1:
            return True
    return any(isinstance(a, list) and _needs_natural_domain(a) for a in tree[1:] if tree[0] not in ("num", "var"))


def _notation_notes(expr) -> str:
    notes = []
    if expr.has(relu):
        notes.append(r"$\operatorname{ReLU}(z) = \max\{0, z\}$")
    if expr.has(leaky_relu):
        notes.append(r"$\operatorname{LeakyReLU}_{\alpha}(z) = \max\{z, \alpha z\}$")
    if expr.has(sigmoid):
        notes.append(r"$\sigma(z) = 1/(1 + e^{-z})$ is the logistic sigmoid")
    if expr.has(softplus):
        notes.append(r"$\operatorname{softplus}(z) = \log(1 + e^{z})$")
    if expr.has(sp.log) or expr.has(softplus):
        notes.append(r"$\log$ is the natural logarithm")
    return ("Here " + "; ".join(notes) + ".") if notes else ""


# ------------------------------------------------------------------------------------- networks (text)

_ACT_SYMBOL = {"identity": None, "relu": r"\rho", "sigmoid": r"\sigma", "tanh": r"\tanh",
               "softplus": r"\operatorname{softplus}", "leaky_relu": r"\rho_{\alpha}"}


def _act_apply(kind: str, alpha, z):
    """An activation on an exact SymPy number or expression."""
    if kind == "identity":
        return z
    if kind == "relu":
        return relu(z)
    if kind == "leaky_relu":
        return leaky_relu(z, alpha)
    if kind == "sigmoid":
        return sigmoid(z)
    if kind == "tanh":
        return sp.tanh(z)
    return softplus(z)


class _NetworkText:
    """A network spec in the proof's notation, with an exact forward pass (SymPy numbers)."""

    def __init__(self, spec: dict, subject: _Subject):
        self.spec = spec
        self.subject = subject
        self.widths = spec["layers"]
        self.L = len(self.widths) - 1
        self.acts = [activation_of(a) for a in spec["activations"]]
        self.inputs = [[parse_rational(v) for v in x] for x in spec["inputs"]]
        self.targets = [[parse_rational(v) for v in y] for y in spec["targets"]]

    @cached_property
    def names(self) -> list[str]:
        return parameter_names(self.spec)

    def name(self, k: int) -> str:
        """The name of parameter k (0-based), without listing the others."""
        return parameter_name(self.widths, bool(self.spec["bias"]), k)

    # -- parameters
    def unpack(self, values: dict) -> list[tuple[list[list], list]]:
        """name -> value  ->  [(W_l rows, b_l)] for l = 1..L (b_l zeros without biases)."""
        layers = []
        for l in range(1, self.L + 1):
            W = [[values[f"W{l}_{i}_{j}"] for j in range(1, self.widths[l - 1] + 1)]
                 for i in range(1, self.widths[l] + 1)]
            b = [values[f"b{l}_{i}"] if self.spec["bias"] else sp.Integer(0) for i in range(1, self.widths[l] + 1)]
            layers.append((W, b))
        return layers

    def point_latex(self, point, label: str) -> str:
        """θ = (W^{(1)}, b^{(1)}, ...) as matrices with exact entries, introduced by its label."""
        values = {n: Fraction(v) for n, v in zip(self.names, point)}
        parts = []
        for l, (W, b) in enumerate(self.unpack(values), start=1):
            parts.append(f"W^{{({l})}} = " + _matrix_latex(W))
            if self.spec["bias"]:
                parts.append(f"b^{{({l})}} = " + _colvec_latex(b))
        integral = all(v.denominator == 1 for v in values.values())  # fractions are taller and wider
        per = 4 if max(self.widths) <= 3 and integral else (2 if max(self.widths) <= 5 else 1)
        rows = [r",\quad ".join(parts[k:k + per]) for k in range(0, len(parts), per)]
        return (r"\begin{align*}" + "\n" + label + r":\quad & " + " \\\\\n& ".join(rows) + "\n"
                + r"\end{align*}")

    # -- definition
    def activation_line(self) -> str:
        used = sorted({k for k, _ in self.acts if k != "identity"})
        defs = {"relu": r"$\rho(z) = \max\{0, z\}$ (the ReLU)",
                "sigmoid": r"$\sigma(z) = 1/(1+e^{-z})$",
                "tanh": r"$\tanh$ the hyperbolic tangent",
                "softplus": r"$\operatorname{softplus}(z) = \log(1 + e^{z})$ ($\log$ natural)",
                "leaky_relu": r"$\rho_{\alpha}(z) = \max\{z, \alpha z\}$ (the leaky ReLU)"}
        return "; ".join(defs[k] for k in used)

    def act_name(self, l: int) -> str | None:
        kind, alpha = self.acts[l - 1]
        if kind == "leaky_relu":
            return r"\rho_{%s}" % q_latex(parse_rational(alpha))
        return _ACT_SYMBOL[kind]

    def definition(self) -> str:
        d, m = self.widths[0], self.widths[-1]
        n = self.subject.count
        lines = []
        arch = "-".join(str(w) for w in self.widths)
        lines.append(r"Consider the fully connected network with layer widths %s (input dimension $%d$, "
                     r"output dimension $%d$)%s. Its parameters are" % (arch, d, m,
                                                                          "" if self.spec["bias"] else
                                                                          ", without biases"))
        shapes = []
        for l in range(1, self.L + 1):
            shapes.append(r"W^{(%d)} \in \mathbb{R}^{%d \times %d}" % (l, self.widths[l], self.widths[l - 1]))
            if self.spec["bias"]:
                shapes.append(r"b^{(%d)} \in \mathbb{R}^{%d}" % (l, self.widths[l]))
        lines.append(r"\[ \theta = \left(%s\right) \in \mathbb{R}^{%d}, \]" % (",\\ ".join(
            s.split(r" \in")[0] for s in shapes), n))
        lines.append(r"with $%s$, listed in the order $%s$ (each $W^{(l)}$ row by row)." % (  # breakable lists
            r",\allowbreak\ ".join(shapes), self.names_abbrev().replace(", ", r",\allowbreak ")))
        layer = []
        for l in range(1, self.L + 1):
            prev = "x" if l == 1 else f"h^{{({l - 1})}}"
            act = self.act_name(l)
            layer.append(f"z^{{({l})}} &= W^{{({l})}} {prev}" + (f" + b^{{({l})}}" if self.spec["bias"] else ""))
            layer.append(f"h^{{({l})}} &= " + (f"{act}\\bigl(z^{{({l})}}\\bigr)" if act else f"z^{{({l})}}")
                         + (r"\quad\text{(componentwise)}" if act and self.widths[l] > 1 else ""))
        lines.append(r"For an input $x \in \mathbb{R}^{%d}$ the network computes" % d)
        lines.append(r"\begin{align*}" + "\n" + " \\\\\n".join(layer) + "\n" + r"\end{align*}")
        act_line = self.activation_line()
        lines.append(r"and outputs $N_\theta(x) = h^{(%d)}$%s." % (self.L, (", where " + act_line) if act_line
                                                                    else ""))
        explicit = self.explicit_output()
        if explicit:
            lines.append(r"Written out, \[ N_\theta(x) = %s. \]" % explicit)
        lines.append(self.data_text())
        lines.append(self.loss_text())
        return "\n".join(lines)

    def names_abbrev(self) -> str:
        """``_abbrev_list`` of the parameter names (only the names shown are made)."""
        n = self.subject.count
        if n <= 12:
            return _abbrev_list([name_latex(v) for v in self.names])
        return (", ".join(name_latex(self.name(k)) for k in range(6)) + r", \dots, "
                + ", ".join(name_latex(self.name(k)) for k in range(n - 3, n)))

    def explicit_output(self) -> str | None:
        if self.widths[-1] != 1 or self.widths[0] != 1 or self.subject.count > 16:
            return None
        x = sp.Symbol("x", real=True)
        syms = self.subject.symbols
        layers = self.unpack(syms)
        h = [x]
        for l, (W, b) in enumerate(layers, start=1):
            kind, alpha = self.acts[l - 1]
            alpha_ = None if alpha is None else sp.Rational(alpha)
            z = [sum((W[i][j] * h[j] for j in range(len(h))), sp.Integer(0)) + b[i] for i in range(len(W))]
            h = [_act_apply(kind, alpha_, zi) for zi in z]
        names = dict(self.subject.latex_names)
        names[x] = "x"
        text = sp.latex(h[0], symbol_names=names)
        text = text.replace(r"\operatorname{ReLU}", r"\rho")
        return text if len(text) <= FORMULA_LIMIT else None

    def data_text(self) -> str:
        if self.subject.large and (self.widths[0] > 16 or self.widths[-1] > 8 or len(self.inputs) > 40):
            return self.data_text_summary()
        rows = []
        for i, (x, y) in enumerate(zip(self.inputs, self.targets), start=1):
            rows.append(r"(x_{%d}, y_{%d}) &= \left(%s,\ %s\right)" % (i, i, _vec_or_scalar(x), _vec_or_scalar(y)))
        per = 2 if len(rows) > 3 else 1
        body = []
        for k in range(0, len(rows), per):
            body.append(" & ".join(rows[k:k + per]).replace("&=", "&=", 1))
        return (r"The data are the $%d$ labelled points" % len(rows) + "\n" + r"\begin{align*}" + "\n"
                + " \\\\\n".join(body) + ".\n" + r"\end{align*}")

    def data_text_summary(self) -> str:
        """The data of a large network: the first ``ROW_CAP`` points, each input shortened (the spec in the
        certificate JSON has them all)."""
        n, d = len(self.inputs), self.widths[0]
        rows = []
        for i, (x, y) in enumerate(zip(self.inputs[:ROW_CAP], self.targets[:ROW_CAP]), start=1):
            rows.append(r"x_{%d} &= %s, & y_{%d} &= %s" % (i, _short_tuple(x, 12), i, _short_tuple(y, 8)))
        more = n - len(rows)
        return (r"The data are $%d$ labelled points $(x_i, y_i)$ with $x_i \in \mathbb{R}^{%d}$%s:" % (
                    n, d, r" (the first coordinates of each input are shown)" if d > 12 else "") + "\n"
                + _align_rows(rows) + "\n"
                + (r"and $%d$ more. " % more if more > 0 else "")
                + r"All of them, in full, are part of the network specification in the certificate JSON.")

    def loss_text(self) -> str:
        loss = self.spec["loss"]
        n = len(self.inputs)
        if loss == "squared":
            formula = (r"\mathcal{L}(\theta) = \frac{1}{2} \sum_{i=1}^{%d} \bigl\lVert N_\theta(x_i) - y_i"
                       r"\bigr\rVert^2 = \frac{1}{2} \sum_{i=1}^{%d} \sum_{k} r_{ik}(\theta)^2, \qquad "
                       r"r_{ik}(\theta) = N_\theta(x_i)_k - (y_i)_k" % (n, n))
            name = "the squared loss"
        elif loss == "logistic":
            formula = (r"\mathcal{L}(\theta) = \sum_{i=1}^{%d} \Bigl(\operatorname{softplus}\bigl(N_\theta(x_i)"
                       r"\bigr) - y_i N_\theta(x_i)\Bigr)" % n)
            name = r"the logistic loss (cross-entropy of $\sigma(N_\theta(x_i))$ against $y_i \in \{0, 1\}$; " \
                   r"$\operatorname{softplus}(z) = \log(1 + e^z)$)"
        else:
            formula = r"\mathcal{L}(\theta) = \sum_{i=1}^{%d} \max\bigl\{0,\ 1 - y_i N_\theta(x_i)\bigr\}" % n
            name = "the hinge loss"
        return r"The training objective is %s," % name + "\n" + r"\[ %s. \]" % formula

    # -- forward pass
    def forward(self, values: dict, x: list) -> list[tuple[list, list]]:
        """Exact forward pass: [(z^{(l)}, h^{(l)})] for l = 1..L; values map names to SymPy numbers."""
        h = [sp.Rational(v.numerator, v.denominator) for v in x]
        out = []
        for l, (W, b) in enumerate(self.unpack(values), start=1):
            kind, alpha = self.acts[l - 1]
            alpha_ = None if alpha is None else sp.Rational(alpha)
            z = [sp.expand(sum((W[i][j] * h[j] for j in range(len(h))), sp.Integer(0)) + b[i])
                 for i in range(len(W))]
            h = [_act_apply(kind, alpha_, zi) for zi in z]
            out.append((z, h))
        return out

    def loss_terms(self, values: dict) -> tuple[list, list]:
        """Per data point: the forward pass and the loss term (exact SymPy)."""
        passes, terms = [], []
        for x, y in zip(self.inputs, self.targets):
            fw = self.forward(values, x)
            N = fw[-1][1]
            if self.spec["loss"] == "squared":
                term = sum(((N[k] - _r(y[k])) ** 2 for k in range(len(N))), sp.Integer(0)) / 2
            elif self.spec["loss"] == "logistic":
                term = softplus(N[0]) - _r(y[0]) * N[0]
            else:
                term = relu(1 - _r(y[0]) * N[0])
            passes.append(fw)
            terms.append(term)
        return passes, terms

    def region(self, point) -> tuple[list[str], sp.Expr]:
        """The activation region at ``point``: one strict inequality per kink (data point, layer, unit), and
        the smooth piece of the loss there (a SymPy expression in the parameters)."""
        num = {n: _r(Fraction(v)) for n, v in zip(self.names, point)}
        layers_num, layers_sym = self.unpack(num), self.unpack(self.subject.symbols)
        rows, terms = [], []
        for i, (x, y) in enumerate(zip(self.inputs, self.targets), start=1):
            hn = [_r(v) for v in x]
            hs = list(hn)
            for l, ((Wn, bn), (Ws, bs)) in enumerate(zip(layers_num, layers_sym), start=1):
                kind, alpha = self.acts[l - 1]
                alpha_ = None if alpha is None else sp.Rational(alpha)
                zn = [sp.expand(sum((Wn[r][j] * hn[j] for j in range(len(hn))), sp.Integer(0)) + bn[r])
                      for r in range(len(Wn))]
                zs = [sum((Ws[r][j] * hs[j] for j in range(len(hs))), sp.Integer(0)) + bs[r] for r in range(len(Ws))]
                new_n, new_s = [], []
                for r in range(len(zn)):
                    if kind in ("relu", "leaky_relu"):
                        sg = _exact_sign(zn[r])
                        expr = sp.expand(zs[r]) if l == 1 else zs[r]
                        tex = self.subject.latex(expr)
                        tex = (tex + " ") if len(tex) <= 160 else ""
                        rows.append(r"z^{(%d)}_{%d}(x_{%d}) &= %s%s %s 0" % (
                            l, r + 1, i, (tex + "= ") if tex else "", _sym_num(zn[r], self.subject),
                            ">" if sg > 0 else "<"))
                        k = sp.Integer(1) if sg > 0 else (sp.Integer(0) if kind == "relu" else alpha_)
                        new_n.append(k * zn[r])
                        new_s.append(k * zs[r])
                    else:
                        new_n.append(_act_apply(kind, alpha_, zn[r]))
                        new_s.append(_act_apply(kind, alpha_, zs[r]))
                hn, hs = new_n, new_s
            if self.spec["loss"] == "squared":
                terms.append(sum(((hs[k] - _r(y[k])) ** 2 for k in range(len(hs))), sp.Integer(0)) / 2)
            elif self.spec["loss"] == "logistic":
                terms.append(softplus(hs[0]) - _r(y[0]) * hs[0])
            else:
                margin_n = sp.expand(1 - _r(y[0]) * hn[0])
                sg = _exact_sign(margin_n)
                rows.append(r"1 - y_{%d} N_\theta(x_{%d}) &= %s %s 0" % (i, i, _sym_num(margin_n, self.subject),
                                                                       ">" if sg > 0 else "<"))
                terms.append(1 - _r(y[0]) * hs[0] if sg > 0 else sp.Integer(0))
        return rows, sum(terms, sp.Integer(0))

    def evaluation(self, point, label: str, value_name: str) -> tuple[str, sp.Expr]:
        """The step-by-step evaluation of the loss at a point (pre-activations, outputs, residuals)."""
        values = {n: _r(Fraction(v)) for n, v in zip(self.names, point)}
        passes, terms = self.loss_terms(values)
        blocks = []
        for i, (fw, term, y) in enumerate(zip(passes, terms, self.targets), start=1):
            rows = []
            for l, (z, h) in enumerate(fw, start=1):
                act = self.act_name(l)
                rows.append(r"z^{(%d)}(x_{%d}) &= %s" % (l, i, _sym_vec(z, self.subject)))
                if act:
                    rows.append(r"h^{(%d)}(x_{%d}) = %s\bigl(z^{(%d)}(x_{%d})\bigr) &= %s" % (
                        l, i, act, l, i, _sym_vec(h, self.subject)))
            N = fw[-1][1]
            if self.spec["loss"] == "squared":
                res = [sp.simplify(N[k] - _r(y[k])) for k in range(len(N))]
                rows.append(r"r_{%d} = N_{%s}(x_{%d}) - y_{%d} &= %s" % (i, label, i, i, _sym_vec(res, self.subject)))
                rows.append(r"\tfrac{1}{2}\lVert r_{%d}\rVert^2 &= %s" % (i, _sym_num(term, self.subject)))
            elif self.spec["loss"] == "logistic":
                rows.append(r"\operatorname{softplus}(N_{%s}(x_{%d})) - y_{%d} N_{%s}(x_{%d}) &= %s" % (
                    label, i, i, label, i, _sym_num(term, self.subject)))
            else:
                rows.append(r"\max\{0,\ 1 - y_{%d} N_{%s}(x_{%d})\} &= %s" % (i, label, i,
                                                                             _sym_num(term, self.subject)))
            blocks.append(" \\\\\n".join(rows))
        total = sp.nsimplify(sum(terms, sp.Integer(0))) if all(t.is_Rational for t in terms) else sum(
            terms, sp.Integer(0))
        details = (r"At $%s$ the forward pass on each data point gives" % label + "\n" + r"\begin{align*}" + "\n"
                   + " \\\\[2pt]\n".join(blocks) + "\n" + r"\end{align*}")
        outputs = r",\ ".join(r"N_{%s}(x_{%d}) = %s" % (label, i, _sym_vec(fw[-1][1], self.subject))
                              for i, fw in enumerate(passes, start=1))
        summed = r"\[ %s = %s = %s. \]" % (value_name, " + ".join(_sym_num(t, self.subject, paren=True)
                                                                  for t in terms), _sym_num(total, self.subject))
        return details, outputs, summed, total


def _exact_sign(value) -> int:
    """The sign of an exact SymPy number, decided exactly (rationals) or by the checker's intervals."""
    if value.is_Rational:
        return int(value.p > 0) - int(value.p < 0)
    from .certificates import to_tree

    with interval_precision():
        s = sign(value_at(to_tree(value), (), ()))
    if not s:
        raise CertificateError("latex: cannot decide the sign of a pre-activation at the point")
    return s


def _r(q) -> sp.Rational:
    q = Fraction(q)
    return sp.Rational(q.numerator, q.denominator)


def _sym_num(value, subject, paren: bool = False) -> str:
    """An exact SymPy number as LaTeX (rationals as fractions; closed forms as SymPy prints them)."""
    if isinstance(value, sp.Rational):
        text = q_latex(value)
        return r"\left(%s\right)" % text if paren and value < 0 else text
    text = subject.latex(value)
    return r"\left(%s\right)" % text if paren and (value.is_Add or text.startswith("-")) else text


def _sym_vec(values, subject) -> str:
    if len(values) == 1:
        return _sym_num(values[0], subject)
    return r"\left(" + ",\\ ".join(_sym_num(v, subject) for v in values) + r"\right)^{\mathsf T}"


def _vec_or_scalar(values) -> str:
    return q_latex(values[0]) if len(values) == 1 else tuple_latex(values)


def _matrix_latex(rows) -> str:
    if len(rows[0]) == 1 and len(rows) > 1:
        return _colvec_latex([r[0] for r in rows])
    body = r" \\ ".join(" & ".join(q_latex(v) for v in row) for row in rows)
    return r"\begin{pmatrix} %s \end{pmatrix}" % body


def _colvec_latex(values) -> str:
    if len(values) == 1:
        return r"\begin{pmatrix} %s \end{pmatrix}" % q_latex(values[0])
    return r"\left(" + ",\\ ".join(q_latex(v) for v in values) + r"\right)^{\mathsf T}"


def _lines(parts: list[str], per_line: int = 2) -> str:
    rows = []
    for k in range(0, len(parts), per_line):
        rows.append(r",\qquad ".join(parts[k:k + per_line]))
    return r"\begin{gather*}" + "\n" + " \\\\\n".join(rows) + "\n" + r"\end{gather*}"


def _abbrev_list(items: list[str]) -> str:
    if len(items) <= 12:
        return ", ".join(items)
    return ", ".join(items[:6]) + r", \dots, " + ", ".join(items[-3:])


# --------------------------------------------------------------------------------- exact evaluation

def _checker_value(subject: _Subject, point) -> object:
    with interval_precision():
        return value_at(subject.tree, subject.names, [Fraction(v) for v in point])


def _consistent(sym_value, checked, what: str) -> None:
    """The proof text's exact value must agree with the checker's number (else refuse to write a proof)."""
    if isinstance(checked, Fraction):
        if not (isinstance(sym_value, sp.Rational) and Fraction(int(sym_value.p), int(sym_value.q)) == checked):
            simplified = sp.nsimplify(sp.simplify(sym_value)) if not sym_value.is_Rational else sym_value
            if not (simplified.is_Rational and Fraction(int(simplified.p), int(simplified.q)) == checked):
                raise CertificateError(f"latex: {what} computes to {sym_value}, the checker finds {checked}")
        return
    lo, hi = endpoints(checked)
    approx = sp.N(sym_value, 40)
    if not approx.is_real or not (sp.Rational(lo.numerator, lo.denominator) - sp.Rational(1, 10 ** 25) <= approx
                                  <= sp.Rational(hi.numerator, hi.denominator) + sp.Rational(1, 10 ** 25)):
        raise CertificateError(f"latex: {what} computes to {approx}, outside the checker's enclosure")


def _value_line(expr_value, checked, subject) -> str:
    """``= exact`` or ``= closed form \\in [lo, hi]``."""
    if isinstance(checked, Fraction):
        return "= " + q_latex(checked)
    return "= " + subject.latex(expr_value) + r" " + enclosure_latex(checked)


def _substituted(subject: _Subject, point) -> str | None:
    """The formula with the point's coordinates written in (parenthesized), before simplification."""
    names = {s: (r"\left(%s\right)" % q_latex(Fraction(v))) for s, v in zip(
        [subject.symbols[n] for n in subject.names], point)}
    text = sp.latex(subject.expr, symbol_names=names)
    return text if len(text) <= FORMULA_LIMIT else None


def _function_value_steps(subject: _Subject, point, label: str) -> tuple[str, object, sp.Expr]:
    """``f(a) = f(1, -1) = (1)(-1) = -1`` with the exact value and the checker's number."""
    point = [Fraction(v) for v in point]
    checked = _checker_value(subject, point)
    exact_value = subject.expr.xreplace({subject.symbols[n]: _r(v) for n, v in zip(subject.names, point)})
    exact_value = sp.simplify(exact_value) if not exact_value.is_Rational else exact_value
    _consistent(exact_value, checked, f"f({label})")
    sub = _substituted(subject, point)
    args = tuple_latex(point) if len(point) > 1 else q_latex(point[0])
    parts = [f"f({label})", f"f{args}" if len(point) > 1 else f"f({args})"]
    if sub is not None:
        parts.append(sub)
    elif isinstance(subject.expr, sp.Add):
        terms = [t.xreplace({subject.symbols[n]: _r(v) for n, v in zip(subject.names, point)})
                 for t in subject.expr.args]
        parts.append(" + ".join(_sym_num(t, subject, paren=True) for t in terms))
    line = " = ".join(parts) + " " + _value_line(exact_value, checked, subject)
    return line, checked, exact_value


# --------------------------------------------------------------------------------------- the proofs

#: what a midpoint certificate refutes -> (the property in words, the inequality (*) it would satisfy, the
#: relation that makes (*) fail, the signs of f(m) - chord that refute it). Strict convexity needs
#: f(m) < chord at every a != b, so a Jensen equality (gap 0, decided exactly) already refutes it.
_REFUTED = {"convex": ("convex", r"\le", ">", (1,)), "concave": ("concave", r"\ge", "<", (-1,)),
            "strictly_convex": ("strictly convex", "<", r"\ge", (0, 1)),
            "strictly_concave": ("strictly concave", ">", r"\le", (0, -1))}


def _verb(refutes: str) -> tuple[str, str]:
    """('convex', '>'), ('concave', '<'), ('strictly convex', '\\ge'), ...: the words and the failing relation."""
    words, _, rel, _ = _REFUTED[refutes]
    return words, rel


def _gap_text(gap, refutes: str) -> str:
    rel = _REFUTED[refutes][2]
    if isinstance(gap, Fraction):
        return r"= %s %s 0" % (q_latex(gap), rel)
    interval = enclosure_latex(gap)
    return r"%s, \text{ an interval of %s numbers}" % (interval.replace(r"\in ", r"\in "),
                                                      "positive" if rel == ">" else "negative")


def _midpoint_proof(cert: MidpointCertificate, subject: _Subject) -> tuple[str, str]:
    n = len(subject.names)
    a = [parse_coordinate(v) for v in cert.a]
    b = [parse_coordinate(v) for v in cert.b]
    lam = parse_rational(cert.lam)
    m = [lam * x + (1 - lam) * y for x, y in zip(a, b)]
    refutes, rel = _verb(cert.refutes)
    F = subject.f
    net = subject.net
    if net:
        la, lb, lm = r"\theta^{(1)}", r"\theta^{(2)}", r"\theta^{*}"
        sa, sb, sm = "1", "2", "*"
    else:
        la, lb, lm = "a", "b", "m"
    statement = r"$%s$ is not %s%s." % (F, refutes, subject.where_text())
    lines = []
    ineq = _REFUTED[cert.refutes][1]
    strict = cert.refutes.startswith("strictly_")
    lines.append(r"If $%s$ were %s, then by %s, for all %s of its domain and every $\lambda \in %s$"
                 % (F, refutes, fact_ref("jensen"), "distinct points $p \\ne q$" if strict else "points $p, q$",
                    "(0, 1)" if strict else "[0, 1]"))
    lines.append(r"\[ %s\bigl(\lambda p + (1 - \lambda) q\bigr) %s \lambda\, %s(p) + (1 - \lambda)\, %s(q). "
                 r"\tag{$\ast$} \]" % (F, ineq, F, F))
    lines.append(r"We exhibit two points and a $\lambda$ for which $(\ast)$ fails. Take $\lambda = %s$ and"
                 % q_latex(lam))
    if net:
        lines.append(net.point_latex(a, la))
        lines.append("and")
        lines.append(net.point_latex(b, lb))
        lines.append(r"so that $%s = \lambda %s + (1 - \lambda) %s$ is" % (lm, la, lb))
        lines.append(net.point_latex(m, lm))
        lines.append(r"(as vectors in $\mathbb{R}^{%d}$ in the order above: $%s = %s$, $%s = %s$, $%s = %s$)."
                     % (n, la, tuple_latex(a), lb, tuple_latex(b), lm, tuple_latex(m))
                     if n <= 12 else "")
    else:
        lines.append(r"\[ a = %s, \qquad b = %s, \]" % (_pt(a), _pt(b)))
        lines.append(r"so that \[ m = \lambda a + (1 - \lambda) b = %s. \]" % _pt(m))
    lines.append(_domain_check(subject, [(la, a), (lb, b), (lm, m)]))
    values = {}
    if net:
        traces = []
        lines.append(r"Evaluating the loss exactly (the forward passes are worked out in Appendix~\ref{app:details}):")
        for label, short, point in ((la, sa, a), (lb, sb, b), (lm, sm, m)):
            details, outputs, summed, total = net.evaluation(point, label, f"{F}({label})")
            checked = _checker_value(subject, point)
            _consistent(total, checked, f"L({label})")
            values[label] = (total, checked)
            traces.append(details)
            lines.append(r"At $%s$ the network outputs $%s$, so" % (label, outputs) + "\n" + summed)
        subject.appendix.append(r"\paragraph{Forward passes of the midpoint argument.}" + "\n" + "\n".join(traces))
    else:
        lines.append(r"Evaluating $f$ exactly:")
        rows = []
        for label, point in ((la, a), (lb, b), (lm, m)):
            row, checked, exact_value = _function_value_steps(subject, point, label)
            rows.append(row)
            values[label] = (exact_value, checked)
        lines.append(r"\begin{align*}" + "\n" + " \\\\\n".join(r.replace(" = ", " &= ", 1) for r in rows) + "\n"
                     + r"\end{align*}")
    _midpoint_conclusion(cert, subject, lines, values, lam, (la, lb, lm))
    return statement, "\n".join(x for x in lines if x)


def _midpoint_conclusion(cert, subject: _Subject, lines: list, values: dict, lam, labels) -> None:
    """The chord, the gap and the failed inequality (appended to ``lines``); ``values``: label -> (exact, checked)."""
    from .check.numbers import add, mul, sub
    la, lb, lm = labels
    refutes, rel = _verb(cert.refutes)
    F = subject.f
    va, vb, vm = values[la][1], values[lb][1], values[lm][1]
    chord = add(mul(lam, va), mul(1 - lam, vb))
    gap = sub(vm, chord)
    allowed = _REFUTED[cert.refutes][3]
    exact_zero = sign(gap) is None and 0 in allowed  # a transcendental equality, decided by check.exactzero
    if sign(gap) not in allowed and not exact_zero:
        raise CertificateError("latex: the midpoint inequality does not hold")
    chord_text = r"\lambda\, %s(%s) + (1 - \lambda)\, %s(%s) = %s \cdot %s + %s \cdot %s" % (
        F, la, F, lb, q_latex(lam), _num_paren(values[la]), q_latex(1 - lam), _num_paren(values[lb]))
    lines.append(r"Hence the right-hand side of $(\ast)$ is \[ %s %s, \]" % (chord_text, _num_value(chord)))
    lines.append(r"while the left-hand side is $%s(%s) %s$, and" % (F, lm, _num_value(vm)))
    if exact_zero:
        gap_text = "= 0"
    elif isinstance(gap, Fraction):
        gap_text = _gap_text(gap, cert.refutes)
    else:
        gap_text = enclosure_latex(gap) + (r" \subset (0, \infty)" if rel in (">", r"\ge") else r" \subset (-\infty, 0)")
    lines.append(r"\[ %s(%s) - \bigl(\lambda\, %s(%s) + (1 - \lambda)\, %s(%s)\bigr) %s. \]"
                 % (F, lm, F, la, F, lb, gap_text))
    if exact_zero:
        lines.append(r"The difference is exactly $0$: the logarithms of the three values expand into the same sum "
                     r"of logarithms of integers and powers of $e$ (the formal identity test of "
                     r"\texttt{check.exactzero}); the intervals above only confirm it.")
    lines.append(r"So $%s(%s) %s \lambda\, %s(%s) + (1 - \lambda)\, %s(%s)$: inequality $(\ast)$ fails, and $%s$ "
                 r"is not %s." % (F, lm, rel, F, la, F, lb, F, refutes))
    if cert.note:
        lines.append(r"\par\emph{Remark.} %s" % note_latex(cert.note))


def _pt(values) -> str:
    return tuple_latex(values) if len(values) > 1 else q_latex(values[0])


def _num_value(x) -> str:
    if isinstance(x, Fraction):
        return "= " + q_latex(x)
    return enclosure_latex(x)


def _num_paren(pair) -> str:
    exact_value, checked = pair
    if isinstance(checked, Fraction):
        return _paren(checked)
    if exact_value is None:  # a large network's loss: its enclosure
        return _cell(checked)
    return r"\left(%s\right)" % sp.latex(exact_value) if not isinstance(exact_value, sp.Rational) else q_latex(
        exact_value)


def _domain_check(subject: _Subject, points) -> str:
    if not subject.cert.domain:
        if not subject.is_network and subject.natural != []:
            return (r"All three points lie in $D$: $f$ is defined at each of them (the evaluations below are "
                    r"finite real numbers).")
        return ""
    rows = []
    from .check.numbers import sub as _sub
    for k, c in enumerate(subject.cert.domain):
        rel, lhs, rhs = c
        for label, point in points:
            with interval_precision():
                gap = _sub(value_at(lhs, subject.names, point), value_at(rhs, subject.names, point))
            rows.append(r"%s:\ \ %s - (%s) %s" % (label, subject.latex(to_sympy(lhs, dict(subject.symbols))),
                                                 subject.latex(to_sympy(rhs, dict(subject.symbols))),
                                                 _num_value(gap) + (r" \ge 0" if rel in ("gt", "ge") else r" \le 0")))
    return (r"The points lie in the domain: for each constraint," + "\n" + r"\begin{gather*}" + "\n"
            + " \\\\\n".join(rows) + "\n" + r"\end{gather*}")


# -- curvature

class _Piece:
    """The smooth piece of a tree at a point: every kink replaced by its branch, with the region's strict
    inequalities (SymPy expressions and their exact values at the point)."""

    def __init__(self, subject: _Subject, point):
        self.subject = subject
        self.point = [Fraction(v) for v in point]
        self.conditions: list[tuple[sp.Expr, str, object]] = []  # (g, ">" or "<", value of g at p)
        self.expr = self._build(subject.tree)

    def _value(self, expr):
        tree_ = None
        try:
            from .certificates import to_tree
            tree_ = to_tree(expr)
        except InputError:
            raise CertificateError("latex: cannot evaluate a branch condition") from None
        with interval_precision():
            return value_at(tree_, self.subject.names, self.point)

    def _cond(self, g) -> int:
        v = self._value(g)
        s = sign(v)
        if not s:
            raise CertificateError("latex: the point is not strictly inside a smooth piece")
        self.conditions.append((g, ">" if s > 0 else "<", v))
        return s

    def _build(self, tree):
        head, args = tree[0], tree[1:]
        if head in ("num", "var"):
            return to_sympy(tree, dict(self.subject.symbols))
        if head == "leaky_relu":
            inner = self._build(args[0])
            alpha = to_sympy(args[1])
            return inner if self._cond(inner) > 0 else alpha * inner
        if head in ("relu", "abs"):
            inner = self._build(args[0])
            s = self._cond(inner)
            if head == "relu":
                return inner if s > 0 else sp.Integer(0)
            return inner if s > 0 else -inner
        if head in ("max", "min"):
            items = [self._build(a) for a in args]
            values = [self._value(e) for e in items]
            from .check.numbers import sub as _sub
            for i, _ in enumerate(items):
                signs = [sign(_sub(values[i], values[k])) for k in range(len(items)) if k != i]
                want = 1 if head == "max" else -1
                if all(s == want for s in signs):
                    for k in range(len(items)):
                        if k != i:
                            g = items[i] - items[k] if head == "max" else items[k] - items[i]
                            self._cond(g)
                    return items[i]
            raise CertificateError("latex: no argument of max/min is strictly extreme at the point")
        built = [self._build(a) for a in args]
        from .certificates import _SYMPY
        return _SYMPY[head](*built)


def _curvature_proof(cert: CurvatureCertificate, subject: _Subject) -> tuple[str, str]:
    n = len(subject.names)
    p = [parse_coordinate(v) for v in cert.point]
    u = [parse_coordinate(v) for v in cert.direction]
    refutes = cert.refutes
    F = subject.f
    with interval_precision():
        jet, _ = evaluate(subject.tree, line_jets(subject.names, p, u, 2), 2)
        second = jet.second_derivative()
    want = -1 if refutes == "convex" else 1
    if sign(second) != want:
        raise CertificateError("latex: the second derivative has the wrong sign")
    statement = r"$%s$ is not %s%s." % (F, refutes, subject.where_text())
    rel = "<" if refutes == "convex" else ">"
    lines = []
    lines.append(r"If $%s$ were %s, then by %s, on every open set where $%s$ is twice continuously differentiable "
                 r"its Hessian would be %s semidefinite; in particular, for every such point $p$ and every "
                 r"direction $u$, the function $\varphi(t) = %s(p + t u)$ would satisfy $\varphi''(0) %s 0$. "
                 r"We give $p$ and $u$ with $\varphi''(0) %s 0$." % (
                     F, refutes, fact_ref("second_order"), F, "positive" if refutes == "convex" else "negative", F,
                     r"\ge" if refutes == "convex" else r"\le", rel))
    if subject.is_network:
        lines.append(r"Take the point $p$ (a parameter vector) and the direction $u$:")
        lines.append(subject.net.point_latex(p, "p"))
        lines.append(r"\[ p = %s, \qquad u = %s \]" % (tuple_latex(p), tuple_latex(u)) if n <= 12 else
                     r"and, in the order of the parameters,")
        if n > 12:
            lines.append(_long_vector("p", p))
            lines.append(_long_vector("u", u))
    else:
        lines.append(r"Take \[ p = %s, \qquad u = %s. \]" % (_pt(p), _pt(u)))
    if cert.domain:
        lines.append(_domain_strict(subject, p))
    if subject.is_network:
        region_rows, P = subject.net.region(p)
    else:
        piece = _Piece(subject, p)
        P = piece.expr
        region_rows = []
        for g, r, v in piece.conditions:
            text = subject.latex(g)
            if len(text) > 300:
                text = r"\text{(a long expression)}"
            region_rows.append(r"%s &\;\text{at } p\ %s\ %s 0" % (text, _num_value(v), r))
    if region_rows:
        lines.append(r"\emph{The region.} At $p$ every kink of $%s$ is strictly on one side:" % F)
        lines.append(_align_rows(region_rows))
        lines.append(r"These strict inequalities hold on an open neighbourhood of $p$ (the left-hand sides are "
                     r"continuous), so on it every kink takes the branch shown%s and $%s$ coincides with the smooth "
                     r"function" % (r" ($\rho(z) = z$ where $z > 0$, $\rho(z) = 0$ where $z < 0$)"
                                    if subject.is_network else "", F))
    else:
        lines.append(r"The function $%s$ has no kinks; it is smooth at $p$ and near $p$ it is" % F)
    piece_tex = subject.latex(P)
    terms = sp.Add.make_args(P)
    if len(piece_tex) <= 200 or (len(terms) == 1 and len(piece_tex) <= 3 * FORMULA_LIMIT):
        lines.append(r"\[ P(%s) = %s. \]" % (subject.inner_args(), piece_tex))
    elif len(piece_tex) <= 3 * FORMULA_LIMIT and all(len(subject.latex(t)) <= 220 for t in terms):
        rows = [subject.latex(t) for t in terms]
        lines.append(r"\begin{align*}" + "\n" + r"P(%s) = {} & %s" % (subject.inner_args(), rows[0]) + "".join(
            " \\\\\n& " + ("" if r.startswith("-") else "+ ") + r for r in rows[1:]) + ".\n" + r"\end{align*}")
    else:
        lines.append(r"\[ P = %s \text{ with every kink replaced by the branch above}. \]" % F)
    symbols = [subject.symbols[nm] for nm in subject.names]
    at_p = {s: _r(v) for s, v in zip(symbols, p)}
    hessian = _small_hessian(subject, P, symbols, at_p, u) if n <= HESSIAN_LIMIT else None
    if hessian is not None:
        H, Hp, Hu = hessian
        uHu = sp.simplify((sp.Matrix([_r(v) for v in u]).T * Hu)[0, 0])
        _consistent(uHu, second, "u^T H u")
        H_tex = subject.latex(H) if n <= 4 else ""
        if n > 1:
            restriction = _restriction_text(subject, P, symbols, p, u, second)
            lines.append(restriction)
            trace = [r"\paragraph{The Hessian of the smooth piece.} Differentiating $P$ twice,"]
            if len(H_tex) <= 500 and n <= 4:
                trace.append(r"\[ \nabla^2 P = %s, \]" % H_tex)
                trace.append(r"and at $p$")
            trace.append(r"\[ \nabla^2 P(p) = %s. \]" % subject.latex(Hp))
            subject.appendix.append("\n".join(trace))
            lines.append(r"%s the Hessian $\nabla^2 P(p)$ (written out in Appendix~\ref{app:details})," % (
                "Equivalently, with" if restriction else r"\emph{The second derivative along the line.} With"))
        else:
            lines.append(r"\emph{The second derivative.} Differentiating $P$ twice,")
        if n == 1:
            lines.append(r"\[ P''(%s) = %s, \]" % (name_latex(subject.names[0]), H_tex.replace(r"\left[\begin{matrix}", "").replace(r"\end{matrix}\right]", "")))
            lines.append(r"and at $p$")
        if n == 1:
            lines.append(r"\[ P''(p) = %s. \]" % _sym_num(Hp[0, 0], subject))
        if n > 1:
            lines.append(r"\begin{gather*} \nabla^2 P(p)\, u = %s, \\ u^{\mathsf T} \nabla^2 P(p)\, u = %s %s. \end{gather*}"
                         % (subject.latex(Hu), _dot_text(u, Hu, subject), _value_line(uHu, second, subject)))
        else:
            factor = "" if u[0] ** 2 == 1 else r"%s \cdot %s = " % (_paren(u[0] ** 2), _sym_num(Hp[0, 0], subject,
                                                                                              paren=True))
            lines.append(r"So \[ \varphi''(0) = u^2 P''(p) = %s%s. \]" % (factor, _value_line(uHu, second, subject)
                                                                          .lstrip("= ")
                                                                          if factor == "" else
                                                                          _value_line(uHu, second, subject)[2:]))
    elif subject.is_network:
        lines.append(subject.net_jets_text(p, u) if hasattr(subject, "net_jets_text") else
                     _network_jets(subject, p, u, second))
    else:
        t = sp.Symbol("t", real=True)
        phi = P.xreplace({s: _r(pv) + t * _r(uv) for s, pv, uv in zip(symbols, p, u)})
        d2 = sp.diff(phi, t, 2)
        value = sp.simplify(d2.xreplace({t: 0}))
        _consistent(value, second, "phi''(0)")
        phi_tex = subject.latex(sp.expand(phi)) if phi.is_polynomial(t) else subject.latex(phi)
        lines.append(r"\emph{The second derivative along the line.} With $\varphi(t) = P(p + t u)$,")
        if len(phi_tex) <= 2 * FORMULA_LIMIT:
            lines.append(r"\[ \varphi(t) = %s, \]" % phi_tex)
        lines.append(r"\[ \varphi''(0) %s. \]" % _value_line(value, second, subject))
    lines.append(r"Since $%s$ equals $P$ near $p$, $\varphi''(0) = \frac{d^2}{dt^2} %s(p + t u)\big|_{t=0} %s %s 0$, "
                 r"so $%s$ is not %s." % (F, F, _num_value(second), rel, F, refutes))
    if cert.note:
        lines.append(r"\par\emph{Remark.} %s" % note_latex(cert.note))
    return statement, "\n".join(x for x in lines if x)


#: Longest entry of H u, and longest row of H(p), in LaTeX characters, that the proof prints as a matrix (wider
#: closed forms, e.g. a sigmoid net's, take the directional second derivative instead).
HU_ENTRY_LIMIT, HESSIAN_ROW_LIMIT = 80, 240
#: An entry of H(p) with more operations than this is not simplified or printed.
HESSIAN_OPS_LIMIT = 40


def _small_hessian(subject: _Subject, P, symbols, at_p, u):
    """(H, H(p), H(p) u) of the smooth piece when they print within the text block, else None."""
    H = sp.hessian(P, symbols)
    Hp = H.xreplace(at_p)
    if any(sp.count_ops(e) > HESSIAN_OPS_LIMIT for e in Hp):
        return None  # closed forms too long to print (and slow to simplify)
    Hp = Hp.applyfunc(_tidy)
    H = H.applyfunc(_tidy) if len(symbols) <= 4 else H  # printed only for up to 4 variables
    Hu = Hp * sp.Matrix([_r(v) for v in u])
    if any(len(subject.latex(e)) > HU_ENTRY_LIMIT for e in Hu):
        return None
    if any(sum(len(subject.latex(e)) + 3 for e in Hp.row(i)) > HESSIAN_ROW_LIMIT for i in range(Hp.rows)):
        return None
    return H, Hp, Hu


def _restriction_text(subject: _Subject, P, symbols, p, u, second) -> str:
    """The restriction phi(t) = P(p + t u) in closed form and phi''(0), when it is short (else "")."""
    t = sp.Symbol("t", real=True)
    phi = P.xreplace({s: _r(pv) + t * _r(uv) for s, pv, uv in zip(symbols, p, u)})
    if not phi.is_polynomial(t):
        return ""
    phi = sp.factor(sp.expand(phi))
    d2 = sp.expand(sp.diff(phi, t, 2))
    value = d2.xreplace({t: 0})
    _consistent(value, second, "phi''(0)")
    phi_tex, d2_tex = sp.latex(phi), sp.latex(d2)
    if len(phi_tex) + len(d2_tex) > 300:
        return ""
    return (r"\emph{The restriction to the line.} With $\varphi(t) = P(p + t u)$,"
            + "\n" + r"\[ \varphi(t) = %s, \qquad \varphi''(t) = %s, \qquad \varphi''(0) = %s. \]"
            % (phi_tex, d2_tex, q_latex(value) if value.is_Rational else sp.latex(value)))


def _tidy(e):
    """Exact simplification for display: rationals stay, closed forms are factored."""
    e = sp.simplify(e)
    if e.is_Rational:
        return e
    factored = sp.factor(e)
    return factored if len(str(factored)) <= len(str(e)) else e


def _long_vector(name: str, values) -> str:
    chunks = [values[k:k + 8] for k in range(0, len(values), 8)]
    rows = [",\\ ".join(q_latex(v) for v in c) for c in chunks]
    return r"\begin{align*} %s = \bigl(& %s \bigr) \end{align*}" % (name, r", \\ & ".join(rows))


def _align_rows(rows: list[str]) -> str:
    return r"\begin{align*}" + "\n" + " \\\\\n".join(rows) + "\n" + r"\end{align*}"


def _dot_text(u, Hu, subject) -> str:
    terms = [f"{_paren(ui)} \\cdot {_sym_num(h, subject, paren=True)}" for ui, h in zip(u, Hu) if ui != 0]
    if len(terms) > 10:
        return r"\sum_k u_k \bigl(\nabla^2 P(p)\, u\bigr)_k"
    return " + ".join(terms) if terms else "0"


def _domain_strict(subject: _Subject, p) -> str:
    rows = []
    from .check.numbers import sub as _sub
    for c in subject.cert.domain:
        rel, lhs, rhs = c
        with interval_precision():
            gap = _sub(value_at(lhs, subject.names, p), value_at(rhs, subject.names, p))
        rows.append(r"%s - (%s) %s %s 0" % (subject.latex(to_sympy(lhs, dict(subject.symbols))),
                                          subject.latex(to_sympy(rhs, dict(subject.symbols))), _num_value(gap),
                                          ">" if rel in ("gt", "ge") else "<"))
    return (r"The point $p$ lies in the interior of the domain, since every constraint holds strictly there:"
            + "\n" + r"\begin{gather*}" + "\n" + " \\\\\n".join(rows) + "\n" + r"\end{gather*}")


def _network_jets(subject: _Subject, p, u, second) -> str:
    """phi''(0) for a network, worked out with degree-2 Taylor jets along p + t u, data point by data point."""
    net = subject.net
    t = sp.Symbol("t", real=True)
    values = {nm: _r(pv) + t * _r(uv) for nm, pv, uv in zip(net.names, p, u)}
    lines = [r"\emph{The second derivative along the line} (there are $%d > %d$ parameters, so instead of the "
             r"Hessian we work out $\varphi(t) = \mathcal{L}(p + t u)$ directly). Write each quantity along the line "
             r"as $q(t) = q_0 + q_1 t + q_2 t^2 + O(t^3)$; sums and products of such expansions are computed "
             r"term by term (dropping $t^3$ and higher), and on the region above each $\rho$ acts as the identity "
             r"(positive pre-activation) or as $0$ (negative)." % (len(net.names), HESSIAN_LIMIT)]

    def trunc(e):
        e = sp.expand(e)
        return sum((e.coeff(t, k) * t ** k for k in range(3)), sp.Integer(0))

    def jet_tex(e):
        cs = [e.coeff(t, k) for k in range(3)]
        return r"%s + %s\,t + %s\,t^2" % tuple(_sym_num(c, subject, paren=(k > 0)) for k, c in enumerate(cs))

    total = sp.Integer(0)
    blocks = []
    for i, (x, y) in enumerate(zip(net.inputs, net.targets), start=1):
        h = [_r(v) for v in x]
        rows = []
        for l, (W, b) in enumerate(net.unpack(values), start=1):
            kind, alpha = net.acts[l - 1]
            z = [trunc(sum((W[r][j] * h[j] for j in range(len(h))), sp.Integer(0)) + b[r]) for r in range(len(W))]
            newh = []
            for r, zr in enumerate(z, start=1):
                c0 = zr.coeff(t, 0)
                if kind in ("relu", "leaky_relu"):
                    s = _exact_sign(c0)
                    k_ = sp.Integer(1) if s > 0 else (sp.Integer(0) if kind == "relu" else sp.Rational(alpha))
                    hr = trunc(k_ * zr)
                elif kind == "identity":
                    hr = zr
                else:
                    c1, c2 = zr.coeff(t, 1), zr.coeff(t, 2)
                    s_ = sp.Symbol("s")
                    fn = _act_apply(kind, None, s_)
                    h0 = fn.xreplace({s_: c0})
                    h1 = sp.diff(fn, s_).xreplace({s_: c0})
                    h2 = sp.diff(fn, s_, 2).xreplace({s_: c0})
                    hr = h0 + h1 * c1 * t + (h1 * c2 + h2 * c1 ** 2 / 2) * t ** 2
                newh.append(hr)
                if len(z) <= 10:
                    branch = ""
                    if kind in ("relu", "leaky_relu"):
                        branch = r" \quad\Rightarrow\ h^{(%d)}_{%d} = %s" % (
                            l, r, "z^{(%d)}_{%d}" % (l, r) if s > 0 else (
                                "0" if kind == "relu" else r"%s\, z^{(%d)}_{%d}" % (q_latex(Fraction(alpha)), l, r)))
                    rows.append(r"z^{(%d)}_{%d}(x_{%d}) &= %s%s" % (l, r, i, jet_tex(zr), branch))
            h = newh
        if net.spec["loss"] == "squared":
            term = sp.Integer(0)
            for k, (hk, yk) in enumerate(zip(h, y), start=1):
                res = trunc(hk - _r(yk))
                rows.append(r"r_{%d%s}(t) &= %s" % (i, "" if len(h) == 1 else f",{k}", jet_tex(res)))
                term += trunc(res ** 2 / 2)
        elif net.spec["loss"] == "logistic":
            c0, c1, c2 = (h[0].coeff(t, k) for k in range(3))
            s_ = sp.Symbol("s")
            h0 = softplus(c0)
            h1, h2 = sigmoid(c0), sigmoid(c0) * (1 - sigmoid(c0))
            term = h0 + h1 * c1 * t + (h1 * c2 + h2 * c1 ** 2 / 2) * t ** 2 - _r(y[0]) * h[0]
            rows.append(r"N(x_{%d}) &= %s" % (i, jet_tex(h[0])))
        else:
            margin = trunc(1 - _r(y[0]) * h[0])
            c0 = margin.coeff(t, 0)
            s = sign(Fraction(int(c0.p), int(c0.q))) if c0.is_Rational else None
            if not s:
                raise CertificateError("latex: a hinge margin is not strictly signed at p")
            term = margin if s > 0 else sp.Integer(0)
            rows.append(r"1 - y_{%d} N(x_{%d}) &= %s" % (i, i, jet_tex(margin)))
        term = sp.expand(term)
        d2 = sp.simplify(2 * term.coeff(t, 2))
        rows.append(r"\tfrac{d^2}{dt^2}\ell_{%d}\big|_{t=0} &= %s" % (i, _sym_num(d2, subject)))
        total += d2
        blocks.append(" \\\\\n".join(rows))
    total = sp.simplify(total)
    _consistent(total, second, "phi''(0)")
    lines.append(r"\begin{align*}" + "\n" + " \\\\[3pt]\n".join(blocks) + "\n" + r"\end{align*}")
    lines.append(r"where $\ell_i$ is the loss term of the $i$-th data point (for the squared loss "
                 r"$\ell_i = \frac{1}{2} r_i^2$, so with $r_i(t) = r_{i,0} + r_{i,1} t + r_{i,2} t^2 + O(t^3)$ "
                 r"we get $\ell_i''(0) = r_{i,1}^2 + 2\, r_{i,0}\, r_{i,2}$). Adding them up,")
    lines.append(r"\[ \varphi''(0) = \sum_i \ell_i''(0) %s. \]" % _value_line(total, second, subject))
    return "\n".join(lines)


# -- rules and Hessian proofs (shown from the certificate's data; checked by check.proofs)

def _tree_tex(tree, subject: _Subject) -> str:
    try:
        return subject.latex(to_sympy(tree, dict(subject.symbols)))
    except (CertificateError, InputError, TypeError, ValueError):
        return r"\text{(expression)}"


_MONO_TEXT = {"increasing": "nondecreasing", "decreasing": "nonincreasing", "nonmonotone": "not monotone",
              "signed": "nondecreasing where its argument is nonnegative and nonincreasing where it is nonpositive"}


#: The atoms of ``symconvex.atoms`` as formulas (fallback: the row's statement, escaped).
_ATOM_TEX = {
    "exp": r"$e^{a}$", "log": r"$\log a$, $a > 0$", "softplus": r"$\log(1 + e^{a})$", "abs": r"$|a|$",
    "relu": r"$\max\{0, a\}$", "leaky_relu": r"$\max\{a, \alpha a\}$, $0 \le \alpha \le 1$",
    "max": r"$\max\{a_1, \dots, a_k\}$", "min": r"$\min\{a_1, \dots, a_k\}$",
    "pow_even": r"$a^p$, $p$ a positive even integer", "pow_odd_nonneg": r"$a^p$, $p \ge 3$ odd, on $a \ge 0$",
    "pow_odd_nonpos": r"$a^p$, $p \ge 3$ odd, on $a \le 0$", "pow_gt1": r"$a^p$, $p > 1$ not an integer, on $a \ge 0$",
    "pow_01": r"$a^p$, $0 < p < 1$, on $a \ge 0$", "pow_neg_pos": r"$a^p$, $p < 0$, on $a > 0$",
    "pow_neg_even_neg": r"$a^p$, $p < 0$ even, on $a < 0$", "pow_neg_odd_neg": r"$a^p$, $p < 0$ odd, on $a < 0$",
    "log_sum_exp": r"$\log(c + e^{a_1} + \dots + e^{a_k})$, $c \ge 0$", "xlogx": r"$a \log a$, $a > 0$",
    "quad_over_lin": r"$a^2 / b$, $b > 0$", "geo_mean": r"$a_1^{p_1} \cdots a_k^{p_k}$, $p_i > 0$, $\sum p_i \le 1$",
    "geo_mean_pow": r"$(a_1 \cdots a_k)^p$, $k p \le 1$",
    "norm_p": r"$(c_1 |a_1|^p + \dots + c_k |a_k|^p + c)^{1/p}$, $p > 1$, $c_i > 0$, $c \ge 0$",
}


def _saddle_proof(cert: SaddleCertificate, subject: _Subject) -> tuple[str, str]:
    """A critical point that is neither a local minimum nor a local maximum, from the two one-dimensional
    restrictions φ_u(t) = f(p + t u), φ_v(t) = f(p + t v) (``check.landscape``)."""
    F = subject.f
    p = [parse_coordinate(c) for c in cert.point]
    u = [parse_coordinate(c) for c in cert.neg_direction]
    v = [parse_coordinate(c) for c in cert.pos_direction]
    strict = cert.proves == "strict_saddle"
    statement = (r"The point $p = %s$ is a %s saddle point of $%s$: $\nabla %s(p) = 0$, and $p$ is neither a local "
                 r"minimum nor a local maximum." % (_pt(p), "strict" if strict else "(higher-order)", F, F))
    lines = [r"Every first partial derivative of $%s$ at $p$ is exactly $0$ (the checker evaluates each one "
             r"exactly). Take the directions \[ u = %s, \qquad v = %s, \] and the restrictions "
             r"$\varphi_u(t) = %s(p + t u)$, $\varphi_v(t) = %s(p + t v)$." % (F, _pt(u), _pt(v), F, F)]
    if strict:
        lines.append(r"Then $\varphi_u''(0) = %s < 0$ and $\varphi_v''(0) = %s > 0$ (exact values). Since "
                     r"$\varphi_u'(0) = \nabla %s(p) \cdot u = 0$, Taylor's theorem gives "
                     r"$\varphi_u(t) = \varphi_u(0) + \tfrac12 \varphi_u''(0) t^2 + o(t^2) < %s(p)$ for small $t \ne 0$, "
                     r"so $p$ is not a local minimum; likewise $\varphi_v(t) > %s(p)$ for small $t \ne 0$, so $p$ "
                     r"is not a local maximum (%s)." % (_stated(cert.neg_jet[-1]), _stated(cert.pos_jet[-1]), F, F, F,
                                                     fact_ref("second_order")))
    else:
        def poly(jet):
            terms = [q_latex(parse_rational(c)) if k == 0 else r"%s\,t^{%d}" % (_paren(parse_rational(c)), k)
                     for k, c in enumerate(jet) if parse_rational(c) != 0 or k == 0]
            return " + ".join(terms) + r" + O(t^{%d})" % len(jet)

        ku, kv = len(cert.neg_jet) - 1, len(cert.pos_jet) - 1
        lines.append(r"$%s$ is a polynomial, and expanding exactly, \[ \varphi_u(t) = %s, \qquad "
                     r"\varphi_v(t) = %s. \]" % (F, poly(cert.neg_jet), poly(cert.pos_jet)))
        lines.append(r"The first nonzero coefficient after the constant is that of $t^{%d}$ in $\varphi_u$, which is "
                     r"negative, so $\varphi_u(t) < %s(p)$ for small $t > 0$ and $p$ is not a local minimum; in "
                     r"$\varphi_v$ it is that of $t^{%d}$, positive, so $\varphi_v(t) > %s(p)$ for small $t > 0$ and $p$ "
                     r"is not a local maximum. (The Hessian cannot show this when these orders exceed 2.)"
                     % (ku, F, kv, F))
    return statement, "\n".join(lines)


def _sum_proof(cert: SumCertificate, subject: _Subject) -> tuple[str, str]:
    """f = g_1 + ... + g_k, each term convex in its own variables, the strictly convex ones covering every
    variable: the theorem of ``check.sums`` with its one-line proof, and the list of the terms' certificates."""
    side = cert.proves.removeprefix("strictly_")
    F = subject.f
    statement = r"$%s$ is strictly %s%s." % (F, side, subject.where_text())
    items, covered = [], []
    for k, (term, part) in enumerate(zip(cert.function[1:], cert.parts), 1):
        g = subject.latex(to_sympy(term, dict(subject.symbols)))
        if part is None:
            items.append(r"\item $g_{%d} = %s$ is a constant." % (k, g))
            continue
        names = ", ".join(subject.latex(subject.symbols[n]) for n in part["variables"])
        words = str(part.get("proves", "")).replace("_", " ")
        if part.get("proves") == cert.proves:
            covered.append(names)
        items.append(r"\item $g_{%d} = %s$ is %s in $(%s)$ (%s, re-checked by \texttt{symconvex verify})."
                     % (k, g, text_escape(words), names, _KIND_TEXT.get(part.get("kind"), "a certificate")))
    rel = "<" if side == "convex" else ">"
    proof = "\n".join([
        r"Write $%s = g_1 + \dots + g_{%d}$ with" % (F, len(cert.parts)),
        r"\begin{itemize}", *items, r"\end{itemize}",
        r"The strictly %s terms depend on $(%s)$, which together are all the variables. Let $p \ne q$ in the "
        r"domain and $\lambda \in (0, 1)$. Some coordinate of $p$ and $q$ differs, and it is a variable of a "
        r"strictly %s term $g_i$, whose arguments at $p$ and $q$ therefore differ: "
        r"$g_i(\lambda p + (1 - \lambda) q) %s \lambda g_i(p) + (1 - \lambda) g_i(q)$. Every other term "
        r"satisfies the same inequality with $%s$ (%s). Adding them gives the strict inequality for $%s$, so "
        r"$%s$ is strictly %s." % (side, "; ".join(covered), side, rel, r"\le" if side == "convex" else r"\ge",
                                   fact_ref("jensen"), F, F, side),
    ])
    return statement, proof


def _rules_proof(cert: RulesCertificate, subject: _Subject) -> tuple[str, str]:
    """The derivation as a chain of lemmas: one per inner node, leaves (constants, variables) cited inline."""
    from .atoms import ATOMS

    F = subject.f
    proves = cert.proves
    statement = r"$%s$ is %s%s." % (F, proves, subject.where_text())
    lemmas: list[str] = []
    used: dict[str, tuple[str, str, str]] = {}  # atom -> (formula, curvature, monotonicity), for the table

    def fact(node) -> str:
        curv = str(node.get("curvature", ""))
        sgn = str(node.get("sign", ""))
        extra = "" if sgn in ("", "unknown") else r" and %s" % text_escape(sgn)
        return r"\emph{%s}%s" % (text_escape(curv), extra)

    def tex(node) -> str:
        expr = node.get("expr")
        return _tree_tex(expr, subject) if isinstance(expr, list) else r"\text{(subexpression)}"

    def walk(node) -> str:
        """Process a node; return how to cite it (inline for leaves, a lemma number otherwise)."""
        if not isinstance(node, dict):
            return r"a subexpression"
        rule = str(node.get("rule", "?"))
        children = [c for c in node.get("children", []) if isinstance(c, dict)]
        if rule in ("constant", "variable") and not children:
            return r"$%s$ is %s (a %s)" % (tex(node), fact(node), rule)
        refs = [walk(c) for c in children]
        facts = ATOMS.get(rule)
        if rule == "add":
            why = (r"It is the sum of: %s. A sum of affine, convex or concave terms is affine, convex or concave "
                   r"respectively (and convex when convex and affine terms are mixed)." % "; ".join(refs))
        elif rule == "scale":
            why = (r"It is a product of: %s. A convex function times a nonnegative constant is convex, times a "
                   r"nonpositive constant concave (and conversely); affine stays affine." % "; ".join(refs))
        elif rule == "perspective" and isinstance(node.get("inner"), dict) and len(children) >= 2:
            inner = node["inner"]
            names = [str(n) for n in inner.get("variables", [])]
            g_ref = walk(inner.get("derivation"))
            why = (r"It is the perspective $t\, g(A / t)$ with $t = %s > 0$ and $A = (%s)$, affine (%s), of "
                   r"$g(%s)$, where %s on the set where each $%s$ has the sign of the matching entry of $A$. The "
                   r"perspective of a convex (concave) function is convex (concave) on $t > 0$, also after an affine "
                   r"change of variables \cite[\S3.2.6]{%s}; the two sides are the same function on the domain "
                   r"(checked as an identity)." % (
                       tex(children[0]), ", ".join(tex(c) for c in children[1:]), "; ".join(refs),
                       ", ".join(names), g_ref, ", ".join(names), BIB_KEY))
        elif rule == "rewrite" and len(children) == 1:
            why = (r"On the domain it is the same function as the expression of the next statement (an identity the "
                   r"checker verifies, with the expression defined on the whole domain): %s." % refs[0])
        elif facts is not None:
            mono = ", ".join(dict.fromkeys(_MONO_TEXT.get(getattr(m, "value", str(m)), str(m)) for m in facts.monotone))
            curv = getattr(facts.curvature, "value", str(facts.curvature))
            atom = _ATOM_TEX.get(rule) or text_escape(facts.statement or rule)
            used[rule] = (atom, "neither convex nor concave" if curv == "unknown" else curv, mono)
            why = (r"The atom %s is %s and %s in its argument%s on its domain (Table~\ref{tab:atoms}). "
                   r"Here its argument%s: %s. By the composition rule (%s) the expression is %s." % (
                       atom, "neither convex nor concave" if curv == "unknown" else curv, mono,
                       "s" if len(refs) > 1 else "", "s are" if len(refs) > 1 else " is", "; ".join(refs),
                       fact_ref("composition"), text_escape(str(node.get("curvature", "")))))
        else:
            why = r"By the rule \texttt{%s} applied to: %s." % (text_escape(rule), "; ".join(refs))
        number = len(lemmas) + 1
        lemmas.append(r"\begin{lemma}$%s$ is %s.\end{lemma}" % (tex(node), fact(node)) + "\n"
                      + r"\begin{proof}%s\end{proof}" % why)
        return r"$%s$ is %s (Lemma~%d)" % (tex(node), fact(node), number)

    top = walk(cert.derivation)
    if lemmas:
        conclusion = r"The last lemma is the statement for $%s$ itself, so $%s$ is %s." % (F, F, proves)
    else:
        conclusion = r"Here %s, so $%s$ is %s." % (top, F, proves)
    if used:
        rows = [r"%s & %s & %s \\" % (formula, curv, mono) for formula, curv, mono in used.values()]
        subject.appendix.append(
            r"\paragraph{The atoms used.} Each row is a standard fact (\cite[\S3.1.5, \S3.2]{%s}); symconvex's "
            r"checker re-checks every step of the derivation against this table (\texttt{symconvex/atoms.py})." % BIB_KEY
            + "\n" + r"\begin{table}[ht]\centering\begin{tabular}{p{5.5cm}lp{6.5cm}}" + "\n"
            + r"atom & curvature & monotonicity \\ \hline" + "\n" + "\n".join(rows) + "\n"
            + r"\end{tabular}\caption{The facts of the atoms the derivation uses.}\label{tab:atoms}\end{table}")
    atoms = (", using the facts of the atoms in Table~\\ref{tab:atoms} (Appendix~\\ref{app:details})" if used
             else "")
    proof = ("We derive the curvature (and, where it matters, the sign) of every subexpression bottom-up with the "
             "composition rules of disciplined convex programming (%s), one lemma per step%s; constants and "
             "variables are affine.\n" % (fact_ref("composition"), atoms) + "\n".join(lemmas) + "\n" + conclusion)
    return statement, proof


def _hessian_proof(cert: HessianCertificate, subject: _Subject) -> tuple[str, str]:
    F = subject.f
    strict = cert.proves.startswith("strictly_")
    proves = cert.proves.removeprefix("strictly_")
    statement = r"$%s$ is %s%s." % (F, cert.proves.replace("_", " "), subject.where_text())

    def mat(rows):
        return r"\begin{pmatrix} %s \end{pmatrix}" % r" \\ ".join(
            " & ".join(_tree_tex(e, subject) for e in row) for row in rows)

    sgn = "" if proves == "convex" else "-"
    lines = [r"By %s, a twice differentiable function on an open convex set is %s if and only if its Hessian is "
             r"%s semidefinite at every point. The Hessian of $%s$ is" % (
                 fact_ref("second_order"), proves, "positive" if proves == "convex" else "negative", F)]
    lines.append(r"\[ \nabla^2 %s = %s. \]" % (F, mat(cert.hessian)))
    lines.append(r"It factors as $%s\nabla^2 %s = L D L^{\mathsf T}$ with" % (sgn, F))
    lines.append(r"\[ L = %s, \qquad D = \operatorname{diag}\left(%s\right). \]" % (
        mat(cert.L), ", ".join(_tree_tex(d, subject) for d in cert.D)))
    reasons = []
    for k, d in enumerate(cert.D):
        why = cert.pivot_signs[k] if k < len(cert.pivot_signs) else None
        if isinstance(why, dict):
            box = why.get("box") or {}
            why = "%s%s" % (why.get("sign", ""), (" on the box of the domain's bounds" if box else ""))
        reasons.append(r"D_{%d} = %s %s 0%s" % (k + 1, _tree_tex(d, subject), ">" if strict else r"\ge",
                                               (r" \quad \text{(%s)}" % text_escape(why if isinstance(why, str)
                                                                                  else str(why))) if why else ""))
    lines.append(r"Every pivot is %s on the domain:" % ("positive" if strict else "nonnegative") + "\n"
                 + r"\begin{gather*}" + "\n" + " \\\\\n".join(reasons) + "\n" + r"\end{gather*}")
    if strict:
        lines.append(r"so for every $v \ne 0$, $v^{\mathsf T} (%s\nabla^2 %s) v = \sum_k D_k \bigl((L^{\mathsf T} v)_k"
                     r"\bigr)^2 > 0$ ($L^{\mathsf T}$ is invertible, so some $(L^{\mathsf T} v)_k \ne 0$): the Hessian "
                     r"is %s definite on the open domain, and by %s $%s$ is strictly %s." % (
                         sgn, F, "positive" if proves == "convex" else "negative", fact_ref("pd_strict"), F, proves))
    else:
        lines.append(r"so for every $v$, $v^{\mathsf T} (%s\nabla^2 %s) v = \sum_k D_k \bigl((L^{\mathsf T} v)_k"
                     r"\bigr)^2 \ge 0$, and $%s$ is %s." % (sgn, F, F, proves))
    return statement, "\n".join(lines)


# ------------------------------------------------------------------------------------------- figures

def _figure(cert: Certificate, subject: _Subject) -> str:
    """A picture of f along the certificate's segment or line, drawn from checker-computed samples."""
    try:
        if isinstance(cert, MidpointCertificate):
            return (_large_midpoint_figure if subject.large else _midpoint_figure)(cert, subject)
        if isinstance(cert, CurvatureCertificate):
            return (_large_curvature_figure if subject.large else _curvature_figure)(cert, subject)
    except (CertificateError, ArithmeticError, ValueError):
        return ""
    return ""


def _samples(subject: _Subject, origin, step, ts) -> list[tuple[float, float]]:
    out = []
    for s in ts:
        point = [o + s * d for o, d in zip(origin, step)]
        try:
            out.append((_as_float(s), _as_float(_checker_value(subject, point))))
        except CertificateError:
            continue
    return out


def _fmt(x: float) -> str:
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


def _label(x: float) -> str:
    text = mpmath.nstr(mpmath.mpf(x), 4)
    return "0" if text in ("-0.0", "0.0") else text


class _Plot:
    """Map data coordinates to a ``picture`` of 100 x 60 units (1 unit = 1 mm)."""

    W, H = 100.0, 60.0

    def __init__(self, xs, ys):
        self.x0, self.x1 = min(xs), max(xs)
        lo, hi = min(ys), max(ys)
        if hi - lo < 1e-12:
            lo, hi = lo - 1, hi + 1
        pad = (hi - lo) * 0.08
        self.y0, self.y1 = lo - pad, hi + pad
        self.parts: list[str] = []

    def X(self, x):
        return (x - self.x0) / (self.x1 - self.x0) * self.W

    def Y(self, y):
        return (y - self.y0) / (self.y1 - self.y0) * self.H

    def segment(self, p, q):
        (x1, y1), (x2, y2) = (self.X(p[0]), self.Y(p[1])), (self.X(q[0]), self.Y(q[1]))
        self.parts.append(r"\qbezier(%s,%s)(%s,%s)(%s,%s)" % (_fmt(x1), _fmt(y1), _fmt((x1 + x2) / 2),
                                                               _fmt((y1 + y2) / 2), _fmt(x2), _fmt(y2)))

    def polyline(self, pts):
        for p, q in zip(pts, pts[1:]):
            self.segment(p, q)

    def dashed(self, p, q, pieces: int = 24):
        for k in range(pieces):
            if k % 2 == 0:
                a = (p[0] + (q[0] - p[0]) * k / pieces, p[1] + (q[1] - p[1]) * k / pieces)
                b = (p[0] + (q[0] - p[0]) * (k + 1) / pieces, p[1] + (q[1] - p[1]) * (k + 1) / pieces)
                self.segment(a, b)

    def dot(self, p, label: str, where: str = "b"):
        """A dot with its label above ("b": the label's bottom at the dot), below ("t"), right ("l") or left
        ("r") of it."""
        x, y = self.X(p[0]), self.Y(p[1])
        self.parts.append(r"\put(%s,%s){\circle*{1.6}}" % (_fmt(x), _fmt(y)))
        dx, dy = {"b": (0, 2.5), "t": (0, -2.5), "l": (2.5, 0), "r": (-2.5, 0)}[where]
        self.parts.append(r"\put(%s,%s){\makebox(0,0)[%s]{\small %s}}" % (_fmt(x + dx), _fmt(y + dy), where,
                                                                          label))

    def render(self, xlabel: str, xticks, yticks=()) -> str:
        """The picture; ``yticks``: the meaningful values (f(a), f(b), f(m), the chord...) marked on the y axis,
        a label dropped where it would overprint one already placed (the tick mark stays)."""
        frame = [r"\put(0,0){\line(1,0){100}}", r"\put(0,0){\line(0,1){60}}", r"\put(0,60){\line(1,0){100}}",
                 r"\put(100,0){\line(0,1){60}}"]
        ticks = []
        for x, label in xticks:
            X = _fmt(self.X(x))
            ticks.append(r"\put(%s,0){\line(0,1){1.5}}" % X)
            ticks.append(r"\put(%s,-2){\makebox(0,0)[t]{\small $%s$}}" % (X, label))
        placed: list[float] = []
        for y in sorted({float(v) for v in yticks} | ({0.0} if self.y0 < 0 < self.y1 else set())):
            Y = self.Y(y)
            ticks.append(r"\put(0,%s){\line(1,0){1.5}}" % _fmt(Y))
            if all(abs(Y - other) >= 4 for other in placed):
                placed.append(Y)
                ticks.append(r"\put(-1.5,%s){\makebox(0,0)[r]{\small $%s$}}" % (_fmt(Y), _label(y)))
        if self.y0 < 0 < self.y1:
            for k in range(0, 50):
                if k % 2 == 0:
                    ticks.append(r"\put(%s,%s){\line(1,0){1}}" % (_fmt(k * 2.0), _fmt(self.Y(0))))
        ticks.append(r"\put(50,-8){\makebox(0,0)[t]{\small %s}}" % xlabel)
        return ("\\setlength{\\unitlength}{1mm}\n\\begin{picture}(100,72)(-12,-12)\n"
                + "\n".join(frame + ticks + self.parts) + "\n\\end{picture}")


def _midpoint_figure(cert: MidpointCertificate, subject: _Subject) -> str:
    a = [parse_coordinate(v) for v in cert.a]
    b = [parse_coordinate(v) for v in cert.b]
    lam = parse_rational(cert.lam)
    step = [y - x for x, y in zip(a, b)]
    ts = [Fraction(k, SAMPLES) for k in range(SAMPLES + 1)]
    s_m = 1 - lam
    if s_m not in ts:
        ts = sorted(set(ts) | {s_m})
    pts = _samples(subject, a, step, ts)
    fa = _as_float(_checker_value(subject, a))
    fb = _as_float(_checker_value(subject, b))
    m = [x + s_m * d for x, d in zip(a, step)]
    fm = _as_float(_checker_value(subject, m))
    return _midpoint_plot(cert, subject, s_m, pts, fa, fb, fm)


def _midpoint_plot(cert: MidpointCertificate, subject: _Subject, s_m, pts, fa: float, fb: float, fm: float) -> str:
    chord_m = (1 - float(s_m)) * fa + float(s_m) * fb
    plot = _Plot([p[0] for p in pts], [p[1] for p in pts] + [fa, fb, chord_m])
    plot.polyline(pts)
    plot.dashed((0.0, fa), (1.0, fb))
    F = subject.f
    labels = (r"\theta^{(1)}", r"\theta^{(2)}", r"\theta^{*}") if subject.is_network else ("a", "b", "m")
    above = fm > chord_m
    plot.dot((float(s_m), fm), r"$%s(%s)$" % (F, labels[2]), "b" if above else "t")
    plot.dot((float(s_m), chord_m), r"chord", "l")  # beside its dot: never on the x-axis tick below it
    plot.dot((0.0, fa), r"$%s(%s)$" % (F, labels[0]), "l")
    plot.dot((1.0, fb), r"$%s(%s)$" % (F, labels[1]), "r")
    pic = plot.render(r"$s$, the point $(1-s)\,%s + s\,%s$" % (labels[0], labels[1]),
                      [(0.0, "0"), (float(s_m), q_latex(s_m)), (1.0, "1")], yticks=(fa, fb, fm, chord_m))
    caption = (r"The function $s \mapsto %s\bigl((1-s)\,%s + s\,%s\bigr)$ on $[0, 1]$ (solid) and the chord "
               r"between its end values (dashed). At $s = %s$, i.e.\ at $%s$, the graph lies %s the chord, "
               r"which convexity forbids. (Sample values computed by the checker's evaluator, rounded for "
               r"display.)" % (F, labels[0], labels[1], q_latex(s_m), labels[2],
                               "above" if cert.refutes == "convex" else "below"))
    if cert.refutes == "concave":
        caption = caption.replace("convexity forbids", "concavity forbids")
    return _figure_block(pic, caption)


#: Where ``_certificate_section`` puts the figure's label (``fig:1``, ``fig:2``, ... in document order).
_FIG_LABEL = "@FIGURE@"


def _figure_block(pic: str, caption: str) -> str:
    """A numbered figure float with its caption (the proof refers to it by its label)."""
    return ("\\begin{figure}[!htbp]\n\\centering\n" + pic + "\n" + r"\caption{%s}\label{%s}" % (caption, _FIG_LABEL)
            + "\n\\end{figure}")


def _curvature_figure(cert: CurvatureCertificate, subject: _Subject) -> str:
    p = [parse_coordinate(v) for v in cert.point]
    u = [parse_coordinate(v) for v in cert.direction]
    with interval_precision():
        jet, pattern = evaluate(subject.tree, line_jets(subject.names, p, u, 2), 2)
    f0, d1 = _as_float(jet.c[0]), _as_float(jet.c[1])

    def pattern_at(s):
        point = [x + s * d for x, d in zip(p, u)]
        if not _strictly_inside(subject, point):
            raise CertificateError("latex: the plotting window leaves the open domain")
        with interval_precision():
            return evaluate(subject.tree, line_jets(subject.names, point, u, 2), 2)[1]

    h = _smooth_window(pattern_at, pattern)
    ts = [-h + 2 * h * Fraction(k, SAMPLES) for k in range(SAMPLES + 1)]
    pts = _samples(subject, p, u, ts)
    return _curvature_plot(cert, subject, h, pts, f0, d1)


def _strictly_inside(subject: _Subject, point) -> bool:
    """Whether ``point`` satisfies every domain constraint strictly (display only: where a figure may go)."""
    from .check.numbers import sub as _sub

    for rel, lhs, rhs in subject.cert.domain:
        with interval_precision():
            gap = sign(_sub(value_at(lhs, subject.names, point), value_at(rhs, subject.names, point)))
        if gap != (1 if rel in ("gt", "ge") else -1):
            return False
    return True


def _smooth_window(pattern_at, pattern) -> Fraction:
    """The half-width h (1, 1/2, 1/4, ...) of a plotting window p + t u, |t| <= h, whose probes at t = +-h, +-h/2
    all keep the certificate's kink pattern (display only: the figure stays inside the smooth piece)."""
    h = Fraction(1)
    for _ in range(30):
        try:
            if all(pattern_at(s) == pattern for s in (-h, h, -h / 2, h / 2)):
                break
        except CertificateError:
            pass
        h /= 2
    return h


def _curvature_plot(cert: CurvatureCertificate, subject: _Subject, h, pts, f0: float, d1: float) -> str:
    tangent = [(-float(h), f0 - d1 * float(h)), (float(h), f0 + d1 * float(h))]
    plot = _Plot([q[0] for q in pts], [q[1] for q in pts] + [tangent[0][1], tangent[1][1]])
    plot.polyline(pts)
    plot.dashed(*tangent)
    F = subject.f
    plot.dot((0.0, f0), r"$%s(p)$" % F, "b" if cert.refutes == "concave" else "t")
    pic = plot.render(r"$t$, the point $p + t\,u$", [(-float(h), q_latex(-h)), (0.0, "0"), (float(h), q_latex(h))],
                      yticks=(f0, pts[0][1], pts[-1][1]))
    side = "below" if cert.refutes == "convex" else "above"
    caption = (r"The function $\varphi(t) = %s(p + t\,u)$ for $|t| \le %s$ (solid) and its tangent line at "
               r"$t = 0$ (dashed). The graph bends %s the tangent ($\varphi''(0) %s 0$), which %s forbids. "
               r"(Sample values computed by the checker's evaluator, rounded for display.)" % (
                   F, q_latex(h), side, "<" if cert.refutes == "convex" else ">",
                   "convexity" if cert.refutes == "convex" else "concavity"))
    return _figure_block(pic, caption)


# ---------------------------------------------------------------------------------------- large networks

def _parameter_count(spec) -> int:
    return fastnet.parameter_count(spec["layers"], bool(spec.get("bias")))


def _cell(x) -> str:
    """A number in a table: exact, or its rigorous enclosure as an interval."""
    if isinstance(x, Fraction):
        return q_latex(x)
    return enclosure_latex(x).replace(r"\in ", "", 1)


def _short_tuple(values, cap: int) -> str:
    if len(values) == 1:
        return _cell(values[0])
    shown = ",\\ ".join(_cell(v) for v in values[:cap])
    return r"\left(%s%s\right)" % (shown, r",\ \dots" if len(values) > cap else "")


def _fsum(values):
    total = Fraction(0)
    for v in values:
        total = _nadd(total, v)
    return total


class _NetNumbers:
    """The numbers of a large network's proof. With ``check.fastnet`` (identity/relu/leaky_relu, squared or hinge
    loss: the checker's own exact integer forward passes, all data points at once); otherwise with the checker's
    generic evaluator, one data point's loss tree at a time. Vectors are ``fastnet.Vec`` or lists of Fractions."""

    def __init__(self, subject: _Subject):
        self.subject = subject
        self.fast = subject.fast
        self.spec = subject.cert.network
        self.targets = subject.net.targets
        self.loss = self.spec["loss"]

    # -- vectors
    def vector(self, values, what: str):
        if self.fast is not None:
            return self.fast.vector(values, what)
        if isinstance(values, np.ndarray):
            values = values.tolist()
        return [parse_coordinate(v, what) for v in values]

    def nonzeros(self, vec, cap: int = ENTRY_CAP) -> tuple[int, list[tuple[int, Fraction]]]:
        """(how many coordinates are nonzero, [(index, value)] of the first ``cap`` of them)."""
        if self.fast is not None:
            idx = np.flatnonzero(vec.num)
            return len(idx), [(k, Fraction(int(vec.num[k]), vec.den)) for k in idx[:cap].tolist()]
        nonzero = [(k, v) for k, v in enumerate(vec) if v != 0]
        return len(nonzero), nonzero[:cap]

    def differences(self, vec, base, cap: int = ENTRY_CAP) -> tuple[int, list[tuple[int, Fraction]]]:
        """(how many coordinates of ``vec`` differ from ``base``, [(index, value in vec)] of the first ``cap``)."""
        if self.fast is not None:
            idx = vec.differences(base)
            return len(idx), [(k, Fraction(int(vec.num[k]), vec.den)) for k in idx[:cap].tolist()]
        differ = [(k, v) for k, (v, w) in enumerate(zip(vec, base)) if v != w]
        return len(differ), differ[:cap]

    def combine(self, lam: Fraction, a, b):
        """lam a + (1 - lam) b."""
        if self.fast is not None:
            return a.combine(Fraction(lam), b)
        return [lam * x + (1 - lam) * y for x, y in zip(a, b)]

    def along(self, p, u, s: Fraction):
        """p + s u."""
        s = Fraction(s)
        if self.fast is None:
            return [x + s * d for x, d in zip(p, u)]
        den = p.den * u.den // math.gcd(p.den, u.den)
        num = fastnet._add(fastnet._mul(p.over(den), fastnet._scalar_array(s.denominator)),
                           fastnet._mul(u.over(den), fastnet._scalar_array(s.numerator)))
        return fastnet.Vec(fastnet._shrink(num), den * s.denominator)

    def fractions(self, vec) -> list[Fraction]:
        return vec.fractions() if self.fast is not None else list(vec)

    # -- the loss
    def value(self, point):
        if self.fast is not None:
            return self.fast.value(point)
        with interval_precision():
            return value_at(self.subject.tree, self.subject.names, point)

    def _point_spec(self, i: int) -> dict:
        return {**self.spec, "inputs": [self.spec["inputs"][i]], "targets": [self.spec["targets"][i]]}

    def per_point(self, point) -> tuple[list, object]:
        """([(outputs N(x_i), loss term of data point i)] for every data point, the loss)."""
        if self.fast is not None:
            state, value, _ = self.fast.run(point)
            O, E = state.H[0], state.E
            rows = []
            for i, y in enumerate(self.targets):
                e = int(E[i, 0])
                outs = [Fraction(int(v), e) for v in O[i].tolist()]
                rows.append((outs, self._term(outs, y)))
            if sum((t for _, t in rows), Fraction(0)) != value:
                raise CertificateError("latex: the data points' loss terms do not add up to the loss")
            return rows, value
        names, rows = self.subject.names, []
        with interval_precision():
            for i, x in enumerate(self.spec["inputs"]):
                outs = [value_at(o, names, point) for o in outputs_tree(self.spec, x)]
                rows.append((outs, value_at(loss_tree(self._point_spec(i)), names, point)))
        return rows, self.value(point)

    def _term(self, outs, y) -> Fraction:
        if self.loss == "squared":
            return sum(((o - t) ** 2 for o, t in zip(outs, y)), Fraction(0)) / 2
        return max(Fraction(0), 1 - y[0] * outs[0])  # hinge (the only other fastnet loss)

    def jets(self, p, u) -> tuple[list, object, list]:
        """([(output jets [(q0, q1, q2)], loss term's second derivative)] per data point, the loss's jet along
        p + t u, its kink pattern)."""
        if self.fast is not None:
            state, jet, margins = self.fast.run(p, u)
            pattern = self.fast.strict_pattern(state.signs, margins)
            E = state.E
            rows = []
            for i, y in enumerate(self.targets):
                e = int(E[i, 0])
                cols = [[Fraction(0)] * len(y) if O is None else [Fraction(int(v), e) for v in O[i].tolist()]
                        for O in state.H]
                outs = list(zip(*cols))
                if self.loss == "squared":
                    d2 = sum((c1 * c1 + 2 * (c0 - t) * c2 for (c0, c1, c2), t in zip(outs, y)), Fraction(0))
                else:
                    c0, _, c2 = outs[0]
                    d2 = -2 * y[0] * c2 if 1 - y[0] * c0 > 0 else Fraction(0)
                rows.append((outs, d2))
            if sum((d for _, d in rows), Fraction(0)) != jet.second_derivative():
                raise CertificateError("latex: the data points' second derivatives do not add up")
            return rows, jet, pattern
        names, rows = self.subject.names, []
        with interval_precision():
            env = line_jets(names, self.fractions(p), self.fractions(u), 2)
            for i, x in enumerate(self.spec["inputs"]):
                outs = [evaluate(o, env, 2)[0].c for o in outputs_tree(self.spec, x)]
                rows.append((outs, evaluate(loss_tree(self._point_spec(i)), env, 2)[0].second_derivative()))
            jet, pattern = evaluate(self.subject.tree, env, 2)
        return rows, jet, pattern

    def pattern_at(self, point, u):
        """The kink pattern at ``point`` (``CertificateError`` when a kink sits on its switching point)."""
        if self.fast is not None:
            return self.fast.curvature(point, u)[1]
        with interval_precision():
            return evaluate(self.subject.tree, line_jets(self.subject.names, point, u, 2), 2)[1]

    def kinks(self, point, cap: int = ROW_CAP):
        """(the first ``cap`` kinks in the order data point, layer, unit: (i, l, r, pre-activation value), and per
        kinked layer (l, #positive, #negative) over all data points; hinge margins: (i, value) and counts), or
        None without ``fastnet``."""
        net = self.fast
        if net is None:
            return None
        layers = net.split(point.num)
        state, before = net.start(), []
        for l, (W, b) in enumerate(layers):
            before.append(state)
            state = net.layer(state, l, W, b, point.den)
        counts = [(l + 1, int((sg > 0).sum()), int((sg < 0).sum())) for l, sg in enumerate(state.signs)
                  if sg is not None]
        _, margins = net.loss(state)
        shown, margin_rows = [], []
        for i in range(net.n):
            for l, (W, b) in enumerate(layers):
                if state.signs[l] is None:
                    continue
                prev = before[l]
                h, e = prev.H[0][i].tolist(), int(prev.E[i, 0])
                for r in range(W.shape[0]):
                    if len(shown) >= cap:
                        break
                    z = sum(int(a) * int(w) for a, w in zip(h, W[r].tolist()) if a) + (0 if b is None else e * int(b[r]))
                    shown.append((i + 1, l + 1, r + 1, Fraction(z, e * point.den)))
            if margins is not None and len(margin_rows) < cap:
                N = Fraction(int(state.H[0][i, 0]), int(state.E[i, 0]))
                margin_rows.append((i + 1, 1 - self.targets[i][0] * N))
            if len(shown) >= cap and (margins is None or len(margin_rows) >= cap):
                break
        margin_counts = None if margins is None else (int((margins > 0).sum()), int((margins < 0).sum()))
        return shown, counts, margin_rows, margin_counts


def _sparse_vector(subject: _Subject, label: str, vec, base=None, base_label: str = "") -> str:
    """A parameter vector by its nonzero coordinates (named), at most ``ENTRY_CAP`` of them; or, when it differs
    from ``base`` in fewer coordinates than it has nonzeros, by the coordinates where it differs from it."""
    nums, net = subject.numbers, subject.net
    count, head = nums.nonzeros(vec)
    if base is not None:
        changed, diff = nums.differences(vec, base)
        if changed < count:
            entries = ", ".join(r"$%s = %s$" % (name_latex(net.name(k)), q_latex(v)) for k, v in diff)
            text = r"$%s$ agrees with $%s$ except at $%d$ coordinate%s: %s" % (
                label, base_label, changed, "" if changed == 1 else "s", entries)
            return text + (r", and $%d$ more, in the certificate JSON." % (changed - len(diff))
                           if changed > len(diff) else ".")
    if count == 0:
        return r"$%s = 0$ (every coordinate is $0$)." % label
    entries = ", ".join(r"$%s = %s$" % (name_latex(net.name(k)), q_latex(v)) for k, v in head)
    zeros = subject.count - count
    text = (r"$%s$ has $%d$ nonzero coordinate%s%s: %s" % (
        label, count, "" if count == 1 else "s",
        r" (all other coordinates are $0$)" if zeros else "", entries))
    if count > len(head):
        text += (r", and $%d$ more nonzero coordinates, not printed here: the full vector is in the certificate "
                 r"JSON, and \texttt{symconvex verify} re-checks it." % (count - len(head)))
    else:
        text += "."
    return text


def _large_evaluation(subject: _Subject, point, label: str, value_name: str) -> tuple[str, object]:
    """Each data point's output, residual and loss term at ``point`` (the first ``ROW_CAP``), and the loss."""
    nums = subject.numbers
    rows, total = nums.per_point(point)
    loss, lines = nums.loss, []
    for i, ((outs, term), y) in enumerate(zip(rows[:ROW_CAP], nums.targets), start=1):
        N = r"N_{%s}(x_{%d}) &= %s" % (label, i, _short_tuple(outs, 8))
        if loss == "squared":
            res = [o - t if isinstance(o, Fraction) else _nadd(o, -t) for o, t in zip(outs, y)]
            lines.append(r"%s, & r_{%d} &= %s, & \tfrac{1}{2}\lVert r_{%d}\rVert^2 &= %s" % (
                N, i, _short_tuple(res, 8), i, _cell(term)))
        elif loss == "hinge":
            lines.append(r"%s, & \max\{0,\ 1 - y_{%d} N_{%s}(x_{%d})\} &= %s" % (N, i, label, i, _cell(term)))
        else:
            lines.append(r"%s, & \operatorname{softplus}(N_{%s}(x_{%d})) - y_{%d} N_{%s}(x_{%d}) &= %s" % (
                N, label, i, i, label, i, _cell(term)))
    n = len(rows)
    terms = [t for _, t in rows]
    text = (r"At $%s$ the network's output on each data point%s gives" % (
                label, " (with its residual $r_i = N(x_i) - y_i$)" if loss == "squared" else "") + "\n"
            + _align_rows(lines) + "\n")
    if n > ROW_CAP:
        rest = _fsum(terms[ROW_CAP:])
        text += (r"and the loss terms of the remaining $%d$ data points add up to $%s$ (each is computed in the same "
                 r"way). " % (n - ROW_CAP, _cell(rest)))
        parts = [_cell(t) for t in terms[:ROW_CAP]] + [_cell(rest)]
        text += "Hence " + _sum_display(value_name, parts, _num_value(total))
    else:
        text += "so that " + _sum_display(value_name, [_cell(t) for t in terms], _num_value(total))
    return text, total


def _sum_terms(parts: list[str]) -> list[str]:
    """The terms of a sum for display: negative ones in parentheses; after ten, the first five, \\dots and the
    last two (each term is listed above)."""
    parts = [(r"\left(%s\right)" % p if p.startswith("-") else p) for p in parts]
    return parts[:5] + [r"\dots"] + parts[-2:] if len(parts) > 10 else parts


def _sum_display(lhs: str, parts: list[str], value: str) -> str:
    """The display ``lhs = a + b + ... value`` (``value``: "= q" or an enclosure), on one line for up to four
    terms, else in an align* with four terms a line (wide exact fractions must not run off the page)."""
    terms = _sum_terms(parts)
    if len(terms) <= 4:
        return r"\[ %s = %s %s. \]" % (lhs, " + ".join(terms), value)
    lines = [" + ".join(terms[i:i + 4]) for i in range(0, len(terms), 4)]
    body = (r"%s &= %s" % (lhs, lines[0]) + "".join(" \\\\\n" + r"&\quad + %s" % line for line in lines[1:])
            + " \\\\\n" + r"&%s." % value)
    return "\\begin{align*}\n" + body + "\n\\end{align*}"


def _large_midpoint_proof(cert: MidpointCertificate, subject: _Subject) -> tuple[str, str]:
    nums = subject.numbers
    a, b = nums.vector(cert.a, "a"), nums.vector(cert.b, "b")
    lam = parse_rational(cert.lam)
    m = nums.combine(lam, a, b)
    refutes, _ = _verb(cert.refutes)
    F = subject.f
    la, lb, lm = r"\theta^{(1)}", r"\theta^{(2)}", r"\theta^{*}"
    statement = r"$%s$ is not %s%s." % (F, refutes, subject.where_text())
    ineq = "\\le" if refutes == "convex" else "\\ge"
    lines = [r"If $%s$ were %s, then for all points $p, q$ of its domain and every $\lambda \in [0, 1]$" % (F, refutes),
             r"\[ %s\bigl(\lambda p + (1 - \lambda) q\bigr) %s \lambda\, %s(p) + (1 - \lambda)\, %s(q). "
             r"\tag{$\ast$} \]" % (F, ineq, F, F),
             r"We exhibit two points and a $\lambda$ for which $(\ast)$ fails. Take $\lambda = %s$ and the points "
             r"$%s, %s \in \mathbb{R}^{%d}$ below, given by their nonzero coordinates (named as in the setting) "
             r"or by where they differ." % (q_latex(lam), la, lb, subject.count),
             r"\par " + _sparse_vector(subject, la, a),
             r"\par " + _sparse_vector(subject, lb, b, a, la),
             r"\par Then $%s = \lambda %s + (1 - \lambda) %s$ is as follows." % (lm, la, lb),
             r"\par " + _sparse_vector(subject, lm, m, a, la)]
    if cert.domain:
        lines.append(_domain_check(subject, [(la, nums.fractions(a)), (lb, nums.fractions(b)),
                                             (lm, nums.fractions(m))]))
    values = {}
    for label, point in ((la, a), (lb, b), (lm, m)):
        text, total = _large_evaluation(subject, point, label, f"{F}({label})")
        values[label] = (None, total)
        lines.append(text)
    _midpoint_conclusion(cert, subject, lines, values, lam, (la, lb, lm))
    return statement, "\n".join(x for x in lines if x)


def _jet_cell(c) -> str:
    return r"%s + %s\,t + %s\,t^2" % tuple(_cell(x) if k == 0 or not _cell(x).startswith("-")
                                           else r"\left(%s\right)" % _cell(x) for k, x in enumerate(c))


def _large_curvature_proof(cert: CurvatureCertificate, subject: _Subject) -> tuple[str, str]:
    nums = subject.numbers
    p, u = nums.vector(cert.point, "point"), nums.vector(cert.direction, "direction")
    rows, jet, _ = nums.jets(p, u)
    second = jet.second_derivative()
    refutes = cert.refutes
    want = -1 if refutes == "convex" else 1
    if sign(second) != want:
        raise CertificateError("latex: the second derivative has the wrong sign")
    F = subject.f
    statement = r"$%s$ is not %s%s." % (F, refutes, subject.where_text())
    rel = "<" if refutes == "convex" else ">"
    lines = [r"If $%s$ were %s, then by %s, on every open set where $%s$ is twice continuously differentiable "
             r"its Hessian would be %s semidefinite; in particular, for every such point $p$ and every "
             r"direction $u$, the function $\varphi(t) = %s(p + t u)$ would satisfy $\varphi''(0) %s 0$. "
             r"We give $p$ and $u$ with $\varphi''(0) %s 0$." % (
                 F, refutes, fact_ref("second_order"), F, "positive" if refutes == "convex" else "negative", F,
                 r"\ge" if refutes == "convex" else r"\le", rel),
             r"Take the point $p \in \mathbb{R}^{%d}$ (a parameter vector) and the direction $u$ below, each given by "
             r"its nonzero coordinates (named as in the setting)." % subject.count,
             r"\par " + _sparse_vector(subject, "p", p),
             r"\par " + _sparse_vector(subject, "u", u)]
    if cert.domain:
        lines.append(_domain_strict(subject, nums.fractions(p)))
    lines.append(_large_region(subject, p))
    # phi''(0), data point by data point
    m = len(nums.targets[0])
    blocks = []
    for i, ((outs, d2), y) in enumerate(zip(rows[:ROW_CAP], nums.targets), start=1):
        parts = []
        for k, c in enumerate(outs[:2], start=1):
            sub_ = "%d" % i if m == 1 else "%d,%d" % (i, k)
            if nums.loss == "squared":
                r = (c[0] - y[k - 1] if isinstance(c[0], Fraction) else _nadd(c[0], -y[k - 1]), c[1], c[2])
                parts.append(r"r_{%s}(t) &= %s" % (sub_, _jet_cell(r)))
            else:
                parts.append(r"N(x_{%d})%s(t) &= %s" % (i, "" if m == 1 else "_{%d}" % k, _jet_cell(c)))
        if m > 2:
            parts.append(r"&\quad\text{(and $%d$ more outputs)}" % (m - 2))
        parts.append(r"\tfrac{d^2}{dt^2}\ell_{%d}\big|_{t=0} &= %s" % (i, _cell(d2)))
        blocks.append(", & ".join(parts))
    n = len(rows)
    if nums.loss == "squared":
        rule = (r"for the squared loss $\ell_i = \frac{1}{2} \sum_k r_{ik}^2$, so with $r_{ik}(t) = r_{ik,0} + "
                r"r_{ik,1} t + r_{ik,2} t^2 + O(t^3)$ we get $\ell_i''(0) = \sum_k \bigl(r_{ik,1}^2 + 2\, r_{ik,0}\, "
                r"r_{ik,2}\bigr)$")
    elif nums.loss == "hinge":
        rule = (r"for the hinge loss $\ell_i = \max\{0, 1 - y_i N(x_i)\}$ is $1 - y_i N(x_i)$ near $p$ where that "
                r"margin is positive at $p$ and $0$ where it is negative, so $\ell_i''(0) = -2 y_i N_2$ or $0$")
    else:
        rule = r"computed with the same expansions through $\operatorname{softplus}$"
    lines.append(r"\emph{The second derivative along the line} (there are $%d > %d$ parameters, so instead of the "
                 r"Hessian we work out $\varphi(t) = %s(p + t u)$ directly). Along the line every quantity is "
                 r"$q(t) = q_0 + q_1 t + q_2 t^2 + O(t^3)$, computed layer by layer with exact arithmetic on the "
                 r"branches of the region above; %s. Data point by data point%s:" % (
                     subject.count, HESSIAN_LIMIT, F, rule,
                     "" if n <= ROW_CAP else r" (the first $%d$ of the $%d$)" % (ROW_CAP, n)))
    lines.append(r"\begin{align*}" + "\n" + " \\\\[2pt]\n".join(blocks) + "\n" + r"\end{align*}")
    d2s = [d for _, d in rows]
    parts = [_cell(d) for d in d2s[:ROW_CAP]]
    if n > ROW_CAP:
        rest = _fsum(d2s[ROW_CAP:])
        lines.append(r"The remaining $%d$ data points, worked out in the same way, contribute $%s$ in total." % (
            n - ROW_CAP, _cell(rest)))
        parts.append(_cell(rest))
    lines.append("Adding them up, " + _sum_display(r"\varphi''(0) = \sum_i \ell_i''(0)", parts, _num_value(second)))
    lines.append(r"Since $%s$ equals $P$ near $p$, $\varphi''(0) = \frac{d^2}{dt^2} %s(p + t u)\big|_{t=0} %s %s 0$, "
                 r"so $%s$ is not %s." % (F, F, _num_value(second), rel, F, refutes))
    if cert.note:
        lines.append(r"\par\emph{Remark.} %s" % note_latex(cert.note))
    return statement, "\n".join(x for x in lines if x)


def _large_region(subject: _Subject, p) -> str:
    """The region at p for a large network: the first kinks with their values, and how many there are."""
    nums, F = subject.numbers, subject.f
    info = nums.kinks(p)
    smooth = (r"These strict inequalities hold on an open neighbourhood of $p$ (the pre-activations are "
              r"continuous in the parameters), so on it every kink keeps its branch and $%s$ coincides with the "
              r"smooth function $P$ obtained by replacing each kink by that branch ($\rho(z) = z$ where $z > 0$, "
              r"$\rho(z) = 0$ where $z < 0$)." % F)
    if info is None:
        return (r"\emph{The region.} The checker's evaluator finds every kink of $%s$ strictly on one side at $p$ "
                r"(the branches taken are the certificate's pattern). " % F + smooth)
    shown, counts, margin_rows, margin_counts = info
    total = sum(a + b for _, a, b in counts) + (sum(margin_counts) if margin_counts else 0)
    if total == 0:
        return r"The loss $%s$ has no kinks; it is smooth at $p$. Let $P = %s$." % (F, F)
    rows = [r"z^{(%d)}_{%d}(x_{%d}) &= %s %s 0" % (l, r, i, q_latex(v), ">" if v > 0 else "<")
            for i, l, r, v in shown]
    rows += [r"1 - y_{%d} N_p(x_{%d}) &= %s %s 0" % (i, i, q_latex(v), ">" if v > 0 else "<")
             for i, v in margin_rows]
    tally = "; ".join(r"layer %d: $%d$ positive and $%d$ negative pre-activations" % c for c in counts)
    if margin_counts:
        tally += r"; hinge margins: $%d$ positive and $%d$ negative" % margin_counts
    text = (r"\emph{The region.} At $p$ every kink of $%s$ is strictly on one side: over all data points and "
            r"units there are $%d$ kinks (%s), none of them $0$. The first ones are" % (F, total, tally) + "\n"
            + _align_rows(rows) + "\n")
    if len(rows) < total:
        text += (r"and the other $%d$ are computed in the same way (the checker re-computes every one of them and "
                 r"compares its sign with the certificate's pattern). " % (total - len(rows)))
    return text + smooth


def _large_samples(subject: _Subject) -> int:
    """Fewer figure samples for very large nets (each sample is a forward pass over all the data)."""
    work = subject.count * len(subject.cert.network["inputs"])
    return SAMPLES if work <= 2_000_000 else (24 if work <= 20_000_000 else 12)


def _large_midpoint_figure(cert: MidpointCertificate, subject: _Subject) -> str:
    nums = subject.numbers
    a, b = nums.vector(cert.a, "a"), nums.vector(cert.b, "b")
    lam = parse_rational(cert.lam)
    count = _large_samples(subject)
    ts = [Fraction(k, count) for k in range(count + 1)]
    s_m = 1 - lam
    if s_m not in ts:
        ts = sorted(set(ts) | {s_m})
    pts = []
    for s in ts:
        try:  # the point (1 - s) a + s b
            pts.append((_as_float(s), _as_float(nums.value(nums.combine(1 - s, a, b)))))
        except CertificateError:
            continue
    fa, fb = _as_float(nums.value(a)), _as_float(nums.value(b))
    fm = _as_float(nums.value(nums.combine(lam, a, b)))
    return _midpoint_plot(cert, subject, s_m, pts, fa, fb, fm)


def _large_curvature_figure(cert: CurvatureCertificate, subject: _Subject) -> str:
    nums = subject.numbers
    p, u = nums.vector(cert.point, "point"), nums.vector(cert.direction, "direction")
    if nums.fast is not None:
        jet, pattern = nums.fast.curvature(p, u)
    else:
        with interval_precision():
            jet, pattern = evaluate(subject.tree, line_jets(subject.names, p, u, 2), 2)
    f0, d1 = _as_float(jet.c[0]), _as_float(jet.c[1])
    h = _smooth_window(lambda s: nums.pattern_at(nums.along(p, u, s), u), pattern)
    count = _large_samples(subject)
    pts = []
    for k in range(count + 1):
        s = -h + 2 * h * Fraction(k, count)
        try:
            pts.append((_as_float(s), _as_float(nums.value(nums.along(p, u, s)))))
        except CertificateError:
            continue
    return _curvature_plot(cert, subject, h, pts, f0, d1)


# ------------------------------------------------------------------------------------------ documents

PREAMBLE = r"""\documentclass[11pt]{article}
\usepackage{amsmath,amssymb,amsthm}
\usepackage[margin=2.2cm]{geometry}
\setcounter{MaxMatrixCols}{%d}
\allowdisplaybreaks
\newtheorem{theorem}{Theorem}
\newtheorem{proposition}{Proposition}
\newtheorem{lemma}{Lemma}
\newtheorem{fact}{Fact}
\theoremstyle{remark}
\newtheorem*{remark}{Remark}
\title{%s}
\date{}
\begin{document}
\maketitle
"""

#: The bibliography every document ships (the standalone document inlines it; ``BIBTEX`` is the .bib entry).
BIB_KEY = "BoydVandenberghe2004"
BIBITEM = (r"\bibitem{%s} S.~Boyd and L.~Vandenberghe. \emph{Convex Optimization}. Cambridge University Press, "
           r"2004." % BIB_KEY)
BIBTEX = ("@book{%s,\n  author    = {Boyd, Stephen and Vandenberghe, Lieven},\n  title     = {Convex Optimization},\n"
          "  publisher = {Cambridge University Press},\n  year      = {2004}\n}\n" % BIB_KEY)

#: The standard results a proof may rest on: key -> (LaTeX statement, where it is proved). A proof that uses one
#: records the key in ``_Subject.cited``; the document states each used result once, as a numbered Fact.
FACTS = {
    "jensen": (r"A function $g$ on a convex set $D$ is convex if and only if $g(\lambda p + (1 - \lambda) q) \le "
               r"\lambda g(p) + (1 - \lambda) g(q)$ for all $p, q \in D$ and $\lambda \in [0, 1]$ (concave: $\ge$).",
               r"\S3.1.1"),
    "second_order": (r"Let $g$ be twice differentiable on an open convex set $D$. Then $g$ is convex on $D$ if "
                     r"and only if its Hessian $\nabla^2 g(x)$ is positive semidefinite for every $x \in D$ "
                     r"(concave: negative semidefinite). In particular, if $g$ is convex, then "
                     r"$\frac{d^2}{dt^2} g(p + t u)\big|_{t=0} \ge 0$ for every $p \in D$ and every direction $u$.",
                     r"\S3.1.4"),
    "pd_strict": (r"Let $g$ be twice differentiable on an open convex set $D$. If $\nabla^2 g(x)$ is positive "
                  r"definite for every $x \in D$, then $g$ is strictly convex on $D$ (the converse fails: $x^4$ is "
                  r"strictly convex with $g''(0) = 0$). Negative definite: strictly concave.", r"\S3.1.4"),
    "composition": (r"Nonnegative weighted sums of convex functions are convex, and $h(g_1, \dots, g_k)$ is convex "
                    r"when $h$ is convex and, in each argument $i$, nondecreasing with $g_i$ convex, nonincreasing "
                    r"with $g_i$ concave, or arbitrary with $g_i$ affine (dually for concave).",
                    r"\S3.2.1, \S3.2.4"),
}

_KIND_TEXT = {"midpoint": "a midpoint certificate", "curvature": "a curvature certificate",
              "rules": "a composition-rules certificate", "hessian": "a Hessian certificate",
              "sum": "a sum certificate", "saddle": "a saddle certificate",
              "identity": "an identity certificate (a case split)", "pieces": "a pieces certificate"}
_KIND_FACTS = {"midpoint": ("jensen",), "curvature": ("second_order",), "rules": ("composition",),
               "hessian": ("second_order",), "sum": ("jensen",), "saddle": ("second_order",),
               "identity": ("composition", "second_order"), "pieces": ("composition", "second_order")}


def fact_ref(key: str) -> str:
    r"""``Fact~\ref{fact:KEY}``: how a proof cites one of ``FACTS``."""
    return r"Fact~\ref{fact:%s}" % key.replace("_", "-")


def _facts_section(keys) -> str:
    items = []
    for key in keys:
        statement, where = FACTS[key]
        items.append(r"\begin{fact}[{\cite[%s]{%s}}]\label{fact:%s}%s\end{fact}" % (
            where, BIB_KEY, key.replace("_", "-"), statement))
    return r"\section*{Standard results used}" + "\n" + "\n".join(items) + "\n"


def _certificate_section(cert: Certificate, subject: _Subject, env: str = "theorem") -> tuple[str, str]:
    """(statement, body) for one certificate: the environment with its proof and the figure."""
    if isinstance(cert, MidpointCertificate):
        statement, proof = (_large_midpoint_proof if subject.large else _midpoint_proof)(cert, subject)
    elif isinstance(cert, CurvatureCertificate):
        statement, proof = (_large_curvature_proof if subject.large else _curvature_proof)(cert, subject)
        short = _output_bias_proof(cert, subject)
        if short is not None:  # the certificate's own check is still shown, in the appendix
            subject.appendix.append(r"\paragraph{The curvature certificate's region and second derivative.} "
                                    + proof)
            proof = short
    elif isinstance(cert, RulesCertificate):
        statement, proof = _rules_proof(cert, subject)
    elif isinstance(cert, HessianCertificate):
        statement, proof = _hessian_proof(cert, subject)
    elif isinstance(cert, SumCertificate):
        statement, proof = _sum_proof(cert, subject)
    elif isinstance(cert, SaddleCertificate):
        statement, proof = _saddle_proof(cert, subject)
    elif cert.kind in ("identity", "pieces"):  # piecewise functions: their own module (latex_pieces)
        from .latex_pieces import piecewise_proof

        statement, proof = piecewise_proof(cert, subject, lambda c, name, where: _part(c, name, where, subject))
    else:  # pragma: no cover - every kind of the schema is listed above
        raise InputError(f"no LaTeX proof for a {type(cert).__name__}")
    figure = _figure(cert, subject)
    if figure:
        subject.figures += 1
        label = "fig:%d" % subject.figures
        figure = figure.replace(_FIG_LABEL, label)
    body = (r"\begin{%s}%s\end{%s}" % (env, statement, env) + "\n" + r"\begin{proof}" + "\n" + proof + "\n"
            + ("Figure~\\ref{%s} shows the violation.\n" % label if figure else "") + r"\end{proof}" + "\n"
            + (figure + "\n" if figure else ""))
    return statement, body


def _part(cert: Certificate, name: str, where: str, parent: _Subject) -> str:
    """A lemma with the proof of a certificate about a piece of a piecewise function, called ``name`` on ``where``."""
    sub = _Subject(cert)
    sub.f, sub.where_text = name, lambda: where
    body = _certificate_section(cert, sub, "lemma")[1]
    parent.appendix.extend(sub.appendix)
    return body


def _output_bias_proof(cert: CurvatureCertificate, subject: _Subject) -> str | None:
    """A short proof that the squared loss is not concave, for a direction u that moves only the output biases
    (identity output layer): then r_i(p + t u) = r_i(p) + t v for every t, so phi(t) is a quadratic with
    phi'' = n |v|^2 > 0 on the whole line, which no concave function has. None when that shape does not apply."""
    spec = subject.cert.network
    if (spec is None or cert.refutes != "concave" or not spec.get("bias") or spec["loss"] != "squared"
            or spec["activations"][-1] != "identity"):
        return None
    m, n = spec["layers"][-1], len(spec["inputs"])
    direction = cert.direction
    if any(parse_coordinate(x) != 0 for x in direction[:len(direction) - m]):
        return None
    v = [Fraction(parse_coordinate(x)) for x in direction[len(direction) - m:]]
    second = n * sum(x * x for x in v)
    try:
        stated_second = parse_rational(cert.second_derivative)
    except CertificateError:
        return None
    if second <= 0 or stated_second != second:
        return None
    L = len(spec["layers"]) - 1
    F = subject.f
    vec = q_latex(v[0]) if m == 1 else tuple_latex(v)
    return (r"The direction $u$ of the certificate moves only the output bias: along the line $p + t u$ the bias "
            r"$b^{(%d)}$ becomes $b^{(%d)} + t v$ with $v = %s$ and every other parameter stays fixed. The output "
            r"bias enters no activation, so for every real $t$ (not only near $0$) each residual is "
            r"$r_i(p + t u) = r_i(p) + t v$, and" % (L, L, vec) + "\n"
            + r"\[ \varphi(t) = %s(p + t u) = \frac{1}{2} \sum_{i=1}^{%d} \bigl\lVert r_i(p) + t v \bigr\rVert^2, "
              r"\qquad \varphi''(t) = %d\, \lVert v \rVert^2 = %s > 0 \quad \text{for all } t. \]" % (
                  F, n, n, q_latex(second))
            + "\n" + r"A concave function is concave along every line, but $\varphi$ is a strictly convex "
            r"quadratic: $\varphi(0) - \frac{1}{2}\bigl(\varphi(-1) + \varphi(1)\bigr) = -\frac{1}{2}\varphi''(0) "
            r"= %s < 0$. So $%s$ is not concave. (The certificate's own check at $p$, the region and "
            r"$\varphi''(0)$, is in Appendix~\ref{app:details}.)" % (q_latex(-second / 2), F))


def _max_cols(certs) -> int:
    cols = 10
    for c in certs:
        if c.network:
            cols = max(cols, max(c.network.get("layers", [1])) + 2)
        names = len(c.variables) or (_parameter_count(c.network) if c.network else 0)  # empty: implicit
        cols = max(cols, names + 2)
    return cols


_PROVES = ("convex", "concave", "affine", "strictly_convex", "strictly_concave", "strict_saddle", "saddle")


def claim_words(statements, verdict: str | None = None) -> str:
    """``['convex', 'not_concave']`` -> ``'convex but not concave'``; both refutations -> 'neither ...'."""
    statements = list(dict.fromkeys(statements))
    if verdict == "neither" or set(statements) == {"not_convex", "not_concave"}:
        return "neither convex nor concave"
    proves = [s.replace("_", " ") for s in statements if s in _PROVES]
    refutes = [s.replace("_", " ") for s in statements if s not in _PROVES]
    if proves and refutes:
        return " and ".join(proves) + " but " + " and ".join(refutes)
    return " and ".join(proves or refutes)


def _title_for(subject: _Subject, statements: list[str], verdict: str | None = None) -> str:
    what = "The loss of a neural network" if subject.is_network else "A function"
    return f"{what} that is {claim_words(statements, verdict)}"


def certificate_file_text(certs: list[Certificate]) -> str:
    """The certificate file ``--certificate`` and the gallery write: one certificate as a JSON object, several
    as a list, in the given order (``symconvex verify`` prints their statements in this order)."""
    from .certificates import dumps_readable

    data = [c.to_dict() for c in certs]
    return dumps_readable(data[0] if len(data) == 1 else data) + "\n"


def _claim_paragraph(claim: dict) -> str:
    """The claim as stated, and the verdict on it (``claim``: see ``document``)."""
    verdict = {True: "holds", False: "is false", None: "is undecided"}[claim.get("holds")]
    text = [r"\section*{The claim}"]
    if claim.get("quote"):
        text.append(r"\begin{quote}``%s''\end{quote}" % claim["quote"])
    text.append(r"\noindent\textbf{Claim.} %s" % claim["statement"])
    text.append("")
    text.append(r"\noindent\textbf{Verdict.} The claim %s.%s" % (
        verdict, (" " + claim["reason"]) if claim.get("reason") else ""))
    return "\n".join(text) + "\n"


def _verdict_lead(claim: dict | None) -> str:
    if claim is None:
        return ""
    return {True: "The claim holds: ", False: "The claim is false: ", None: ""}[claim.get("holds")]


def _how_to_verify(certs: list[Certificate], order: list[Certificate], certificate_file: str | None) -> str:
    """The appendix that lets a reader re-check the certificates: their data as exact fractions, the
    certificate file's SHA-256, the symconvex version and the verify command with its expected output."""
    import hashlib

    from .version import __version__

    sha = hashlib.sha256(certificate_file_text(order).encode("utf-8")).hexdigest() if certificate_file else ""
    name = certificate_file or "CERTIFICATE.json"
    rows = []
    for k, c in enumerate(order, start=1):
        rows.extend(r"%d & %s & $%s$ \\" % (k, text_escape(field), value) for field, value in _certificate_rows(c))
    out = [r"\section{How to verify}\label{app:verify}",
           r"The proof above is written from %s that symconvex's independent checker re-verified in exact "
           r"rational arithmetic (transcendental values with rigorous interval enclosures); every number in it was "
           r"recomputed from the certificate%s. Its data:" % (
               "a certificate" if len(order) == 1 else "%d certificates" % len(order),
               "" if len(order) == 1 else "s"),
           r"\begin{center}\begin{tabular}{rll}" + "\n" + r"certificate & field & value \\ \hline" + "\n"
           + "\n".join(rows) + "\n" + r"\end{tabular}\end{center}",
           (r"The certificate file %s, written next to this proof, has SHA-256 digest" % _tt(name)
            + "\n" + r"\begin{center}\small\texttt{%s}\\\texttt{%s}\end{center}" % (sha[:32], sha[32:])
            + "\n" + r"(symconvex version %s). To re-check it, run" % text_escape(__version__)
            if certificate_file else
            r"Save the certificate%s with \texttt{--certificate CERTIFICATE.json} (\texttt{sha256sum} gives the "
            r"file's SHA-256 digest; symconvex version %s). To re-check it, run" % (
                "" if len(order) == 1 else "s", text_escape(__version__))),
           r"\begin{center}%s\end{center}" % _tt("symconvex verify " + name),
           r"which prints" + "\n" + r"\begin{center}%s\end{center}" % _tt(
               "accepted: " + ", ".join(c.statement for c in order)),
           r"and exits with status $0$; a certificate with any number changed is rejected."]
    return "\n".join(out) + "\n"


def _tt(text: str) -> str:
    r"""``\texttt{text}`` that copies from the PDF as typed: underscores are the typewriter font's own glyph."""
    return r"\texttt{%s}" % text_escape(text).replace(r"\_", r"{\char95}")


def _certificate_rows(cert: Certificate) -> list[tuple[str, str]]:
    """(field, LaTeX value) rows of a certificate's data as exact fractions (long vectors by their first
    coordinates; the file has them all)."""
    rows = [("kind", r"\text{%s}" % cert.kind), ("proves", r"\text{%s}" % text_escape(cert.statement.replace("_", " ")))]
    if isinstance(cert, MidpointCertificate):
        rows += [("a", _short_vec(cert.a)), ("b", _short_vec(cert.b)), ("lambda", q_latex(parse_rational(cert.lam)))]
        rows += [(k, _stated(cert.values.get(k))) for k in ("f(a)", "f(b)", "f(m)")]
    elif isinstance(cert, CurvatureCertificate):
        rows += [("p", _short_vec(cert.point)), ("u", _short_vec(cert.direction)),
                 ("d2/dt2 f(p+tu) at 0", _stated(cert.second_derivative))]
    elif isinstance(cert, HessianCertificate):
        rows += [("pivots D", r",\ ".join(_tree_tex(d, _Subject(cert)) for d in cert.D))]
    return rows


#: What a paper's preamble needs for a ``body=True`` fragment (the fragment's first lines say so too).
BODY_PREAMBLE = (r"\usepackage{amsmath,amssymb,amsthm} \newtheorem{theorem}{Theorem} "
                 r"\newtheorem{proposition}{Proposition} \newtheorem{lemma}{Lemma} \newtheorem{fact}{Fact}")


def _as_body(tex: str, prefix: str) -> str:
    r"""A standalone document as a fragment to ``\input`` into a paper: no preamble, sections one level down,
    every label and reference prefixed (two fragments in one paper do not clash), citations left to the
    paper's bibliography (``BIBTEX``)."""
    start = tex.index(r"\maketitle") + len(r"\maketitle")
    body = tex[start:tex.index(r"\begin{thebibliography}")]
    title = re.search(r"\\title\{(.*)\}\n", tex).group(1)
    body = body.replace(r"\clearpage" + "\n" + r"\appendix" + "\n", "").replace(r"\section*{", r"\subsection*{").replace(
        r"\section{", r"\subsection{")
    body = re.sub(r"\\(label|ref)\{", lambda m: "\\%s{%s" % (m.group(1), prefix), body)
    head = ("%% symconvex proof fragment: \\input this file; the preamble needs\n%% " + BODY_PREAMBLE + "\n"
            "%% and the bibliography the entry " + BIB_KEY + " (symconvex.bib).\n")
    return head + r"\section{%s}\label{%s}" % (title, prefix.rstrip(":")) + body


def parameter_instance(cert: Certificate) -> Certificate:
    """A refutation at stated parameter values, written about the function at those values: every parameter
    replaced by its number, the conditions on the parameters alone dropped (they hold at the values, which the
    checker verifies on the certificate itself), and a note naming the values. Other certificates unchanged."""
    if not cert.parameter_values:
        return cert
    values = {name: str(v) for name, v in zip(cert.parameters, cert.parameter_values)}

    def at(tree):
        if tree[0] == "var" and tree[1] in values:
            return ["num", values[tree[1]]]
        return tree if tree[0] in ("num", "var") else [tree[0], *[at(t) for t in tree[1:]]]

    domain = tuple([c[0], at(c[1]), at(c[2])] for c in cert.domain
                   if (tree_variables(c[1]) | tree_variables(c[2])) - set(values))
    where = ", ".join(f"{name} = {value}" for name, value in values.items())
    note = f"at {where}, a parameter value the claim's conditions allow"
    return dataclasses.replace(cert, function=at(cert.function), domain=domain, parameters=(), parameter_values=(),
                               digest="", note=f"{cert.note}; {note}" if cert.note else note)


def document(certs: list[Certificate], *, title: str | None = None, intro: str = "", verdict: str | None = None,
             explanation: str = "", claim: dict | None = None, certificate_file: str | None = None,
             body: bool = False, label_prefix: str = "symconvex:") -> str:
    r"""The proof document for certificates about one subject.

    ``title`` is LaTeX (it may contain math); ``intro``: LaTeX placed before the setting; ``claim``: a dict with
    ``statement`` (LaTeX: the function, its variables and domain, and the property), ``holds`` (True, False or
    None), optional ``quote`` and ``reason`` (LaTeX). ``certificate_file``: the name ``symconvex verify`` is shown
    run on. The short proof comes first; long traces go to an appendix, followed by "How to verify".
    ``body=True``: a fragment for a paper (see ``_as_body``), its labels prefixed with ``label_prefix``."""
    certs = [parameter_instance(c) for c in certs]
    order = list(certs)
    certs = sorted(certs, key=lambda c: c.statement not in _PROVES)  # proofs first, then refutations
    if not certs:
        raise InputError("document needs at least one certificate")
    for c in certs:
        verify(c)  # a proof is only ever written for a certificate the checker accepts
    subject = _Subject(certs[0])
    statements = [c.statement for c in certs]
    title = title or text_escape(_title_for(subject, statements, verdict))
    out = [PREAMBLE % (_max_cols(certs), title)]
    if claim is not None:
        out.append(_claim_paragraph(claim))
    if intro:
        out.append(intro + "\n")
    out.append(r"\section*{Setting}" + "\n" + subject.definition() + "\n")
    keys = [k for c in certs for k in _KIND_FACTS[c.kind]]
    if any(c.statement.startswith("strictly_") for c in certs):
        keys.append("pd_strict")
    out.append(_facts_section(dict.fromkeys(keys)))
    out.append(r"\section*{The result}")
    lead = _verdict_lead(claim)
    if len(certs) == 1:
        statement, section = _certificate_section(certs[0], subject, "theorem")
        if lead:
            section = section.replace(r"\begin{theorem}" + statement, r"\begin{theorem}" + lead + statement, 1)
        out.append(section)
    else:
        words = claim_words(statements, verdict)
        out.append(r"\begin{theorem}%s$%s$ is %s%s.\end{theorem}" % (lead, subject.f, words, subject.where_text()))
        bodies = [_certificate_section(c, subject, "proposition")[1] for c in certs]
        refs = [str(k) for k in range(1, len(certs) + 1)]
        out.append(r"\begin{proof}By Propositions %s below.\end{proof}" % " and ".join(
            [", ".join(refs[:-1]), refs[-1]] if len(refs) > 2 else refs))
        out.extend(bodies)
    if explanation:
        out.append(r"\par\noindent " + _sentence(text_escape(explanation)))
    out.append(r"\clearpage" + "\n" + r"\appendix")  # every figure is placed before the appendix starts
    if subject.appendix:
        out.append(r"\section{Details of the computations}\label{app:details}" + "\n" + "\n".join(subject.appendix))
    out.append(_how_to_verify(certs, order, certificate_file))
    out.append(r"\begin{thebibliography}{1}" + "\n" + BIBITEM + "\n" + r"\end{thebibliography}")
    out.append(r"\end{document}" + "\n")
    tex = "\n".join(out)
    return _as_body(tex, label_prefix) if body else tex


def _sentence(text: str) -> str:
    """``text`` ending with a full stop."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?" else text + "."


def claim_of(result) -> dict:
    """The ``claim`` dict of ``document`` for a ``claims.ClaimResult``: the claim typeset (function, variables,
    domain, property) and whether it holds."""
    c = result.claim
    names = {v: name_latex(v.name) for v in c.variables}
    args = ", ".join(names[v] for v in c.variables)
    head = r"%s(%s) = %s" % (name_latex(c.name) if c.name else "f", args, sp.latex(c.function, symbol_names=names))
    n = len(c.variables)
    space = r"\mathbb{R}" if n == 1 else r"\mathbb{R}^{%d}" % n
    domain = c.domain
    analysed = getattr(getattr(result, "analysis", None), "domain", None)
    natural = not domain and analysed is not None and bool(analysed.constraints)
    if natural:  # no domain stated: the function's natural domain, which the analysis made explicit
        by_name = {v.name: v for v in c.variables}
        domain = [d.xreplace({s: by_name.get(s.name, s) for s in d.free_symbols}) for d in analysed.constraints]
    if domain:
        where = r"\{%s \in %s : %s\}" % (  # \{ \} (not \left \right): a long set may break across lines
            args if n == 1 else r"(%s)" % args, space,
            r",\ ".join(sp.latex(d, symbol_names=names) for d in domain))
    else:
        where = space
    prop = "neither convex nor concave" if c.property == "neither" else c.property
    statement = r"The function $%s$ of the real variable%s $%s$ is %s%s on %s$%s$." % (
        head, "" if n == 1 else "s", args, "not " if c.negated else "", prop,
        "its natural domain " if natural else "", where)
    return {"statement": statement, "holds": result.holds}


_ACT_WORDS = {"relu": "ReLU", "identity": "identity (linear)", "sigmoid": "sigmoid", "tanh": r"$\tanh$",
              "softplus": "softplus"}


def network_claim(spec: dict, prop: str, negated: bool, holds) -> dict:
    """The ``claim`` dict of ``document`` for a claim about a network's loss over its weights."""
    hidden = sorted(set(spec["activations"][:-1]))
    acts = " and ".join(_ACT_WORDS.get(a.split(":")[0], text_escape(a)) for a in hidden) or "no"
    n = _parameter_count(spec)
    prop = "neither convex nor concave" if prop == "neither" else prop
    statement = (r"The %s loss $\mathcal{L}(\theta)$ of the %s network with %s hidden activations on the data of "
                 r"the setting below, as a function of its parameters $\theta \in \mathbb{R}^{%d}$, is %s%s." % (
                     text_escape(spec["loss"]), "-".join(str(w) for w in spec["layers"]), acts, n,
                     "not " if negated else "", prop))
    return {"statement": statement, "holds": holds}


def to_latex(obj, *, certificate_file: str | None = None, body: bool = False) -> str:
    """A standalone LaTeX document proving what an ``Analysis`` (or a ``ClaimResult``, or one certificate, or a
    list of certificates about the same subject) establishes; a claim's document states the claim and whether
    it holds. ``certificate_file``: the certificate file the "How to verify" appendix names; ``body=True``: a
    fragment to ``\\input`` into a paper (``document``).

    Raises ``CertificateError`` for a certificate the checker rejects (no proof is written for it)."""
    if isinstance(obj, Certificate):
        return document([obj], certificate_file=certificate_file, body=body)
    if isinstance(obj, (list, tuple)) and obj and all(isinstance(c, Certificate) for c in obj):
        return document(list(obj), certificate_file=certificate_file, body=body)
    claim, decisive = None, None
    if hasattr(obj, "claim") and hasattr(obj, "holds"):  # a claims.ClaimResult
        claim = claim_of(obj)
        if obj.analysis is None:
            raise InputError("to_latex: the claim was not analysed")
        decisive = _decisive(obj)
        obj = obj.analysis
    certs = getattr(obj, "certificates", None)
    if certs is None:
        raise InputError("to_latex takes an Analysis or a certificate")
    if decisive:  # a parametric claim: its refutations are about different parameter values; show what decides
        certs = [certs[k] for k in decisive]
    verdict = getattr(getattr(obj, "curvature", None), "value", None)
    if certs:
        return document(list(certs), verdict=verdict, explanation=getattr(obj, "explanation", ""), claim=claim,
                        certificate_file=certificate_file, body=body)
    return _unknown_document(obj)


def _decisive(result) -> list[int] | None:
    """For a claim with parameters: the indices of the certificates behind the fact that decides it (refutations
    at different parameter values are about different functions and cannot share one document); else None."""
    from .claims import PROPERTY_FACTS

    if not getattr(result.claim, "parameters", ()) or result.holds is None:
        return None
    fact = PROPERTY_FACTS.get(result.claim.property, "convex")
    facts = result.analysis.facts
    return facts.get(fact) or facts.get("not_" + fact) or None


def _unknown_document(analysis) -> str:
    f = getattr(analysis, "function", None)
    variables = [str(v) for v in getattr(analysis, "variables", ())]
    names = {v: name_latex(str(v)) for v in getattr(analysis, "variables", ()) if isinstance(v, sp.Symbol)}
    body = sp.latex(f, symbol_names=names) if isinstance(f, sp.Basic) else r"\text{(the network loss)}"
    args = ", ".join(name_latex(v) for v in variables)
    out = [PREAMBLE % (10, "Curvature undecided")]
    out.append(r"\section*{Setting}" + "\n" + r"\[ f(%s) = %s. \]" % (args, body))
    out.append(r"\section*{Result}" + "\n" + "No certificate was found, so nothing is claimed: the curvature of "
               "$f$ is undecided (which is not the same as false). " + text_escape(getattr(analysis, "explanation",
                                                                                            "")))
    out.append(r"\end{document}" + "\n")
    return "\n".join(out)


# -------------------------------------------------------------------------------------- summaries

_VERDICT_TEXT = {"convex": "convex", "concave": "concave", "affine": "affine", "neither":
                 "neither convex nor concave", "not_convex": "not convex", "not_concave": "not concave",
                 "unknown": "undecided"}


def certificate_summary(cert: Certificate) -> str:
    r"""A short LaTeX description of a certificate (text with inline math), for Jupyter."""
    try:
        subject = _Subject(cert)
    except CertificateError as exc:
        return r"\text{invalid certificate: %s}" % text_escape(str(exc))
    if cert.kind in ("minimum", "minima_count"):
        from .latex_minimum import summary_latex

        return summary_latex(cert, subject.f)
    F = subject.f
    words = _VERDICT_TEXT.get(cert.statement, cert.statement.replace("_", " "))
    if isinstance(cert, MidpointCertificate):
        lam = parse_rational(cert.lam)
        rel = {"convex": ">", "concave": "<", "strictly_convex": r"\ge", "strictly_concave": r"\le"}.get(
            cert.refutes, "?")
        detail = (r"$%s(\lambda a + (1-\lambda) b) %s \lambda %s(a) + (1-\lambda) %s(b)$ with $\lambda = %s$, "
                  r"$%s(a) = %s$, $%s(b) = %s$, $%s(m) = %s$" % (
                      F, rel, F, F, q_latex(lam), F, _stated(cert.values.get("f(a)")), F,
                      _stated(cert.values.get("f(b)")), F, _stated(cert.values.get("f(m)"))))
    elif isinstance(cert, CurvatureCertificate):
        detail = r"$\frac{d^2}{dt^2} %s(p + t u)\big|_{t=0} = %s$ at $p = %s$, $u = %s$" % (
            F, _stated(cert.second_derivative), _short_vec(cert.point), _short_vec(cert.direction))
    elif isinstance(cert, RulesCertificate):
        detail = "a composition-rules derivation"
    elif isinstance(cert, HessianCertificate):
        detail = r"$\nabla^2 %s = L D L^{\mathsf T}$ with %s pivots" % (
            F, "positive" if cert.proves.startswith("strictly_") else "nonnegative")
    elif isinstance(cert, SumCertificate):
        detail = r"a sum of %d terms, each proved on its own variables" % len(cert.parts)
    elif isinstance(cert, SaddleCertificate):
        detail = r"$\nabla %s = 0$ exactly at $p = %s$, with a direction of descent" % (F, _short_vec(cert.point))
    else:
        detail = "see the proof document"
    return r"$%s$ is \textbf{%s}: %s certificate, %s." % (F, words, cert.kind, detail)


def _stated(text) -> str:
    if not isinstance(text, str):
        return "?"
    if text.startswith("~"):
        return r"\approx " + text_escape(text[1:]).replace("e", r"\cdot 10^{") + ("}" if "e" in text else "")
    try:
        return q_latex(parse_rational(text))
    except CertificateError:
        return r"\text{%s}" % text_escape(text)


def _short_vec(values) -> str:
    try:
        vals = [parse_coordinate(v) for v in (values[:9] if len(values) > 8 else values)]
    except CertificateError:
        return "?"
    if len(vals) > 8:
        return tuple_latex(vals[:6])[:-len(r"\right)")] + r",\ \dots\right)"
    return _pt(vals)


def analysis_summary(analysis) -> str:
    r"""The LaTeX Jupyter shows for an ``Analysis``: the function, the verdict, its certificates."""
    variables = list(getattr(analysis, "variables", ()))
    names = {v: name_latex(str(v)) for v in variables if isinstance(v, sp.Symbol)}
    f = getattr(analysis, "function", None)
    verdict = getattr(getattr(analysis, "curvature", None), "value", "unknown")
    if isinstance(f, sp.Basic):
        args = ", ".join(names.get(v, name_latex(str(v))) for v in variables)
        head = r"$f(%s) = %s$" % (args, sp.latex(f, symbol_names=names))
    elif getattr(analysis, "certificates", None) and analysis.certificates[0].network is not None:
        spec = analysis.certificates[0].network
        head = r"the loss $\mathcal{L}(\theta)$ of a %s network" % "-".join(str(w) for w in spec["layers"])
    else:
        head = "the function"
    lines = [r"%s is \textbf{%s}" % (head, _VERDICT_TEXT.get(verdict, text_escape(verdict)))]
    certs = list(getattr(analysis, "certificates", []) or [])
    if certs:
        lines[0] += r" (%d certificate%s, re-verified by the independent checker)." % (
            len(certs), "" if len(certs) == 1 else "s")
        for c in certs:
            lines.append(r"\\ " + certificate_summary(c))
    else:
        lines[0] += "." + ((" " + text_escape(analysis.explanation)) if getattr(analysis, "explanation", "") else "")
    return "\n".join(lines)


__all__ = ["BIBTEX", "analysis_summary", "certificate_file_text", "certificate_summary", "claim_of", "document",
           "family_document",
           "enclosure_latex", "name_latex", "network_claim", "note_latex", "q_latex", "text_escape", "to_latex"]


def family_document(result) -> str:
    """A LaTeX document for a family claim (``families.FamilyResult``): the claim, its quantifier, every reading
    with its answer, then the proof about the decisive member (or the for-all-data derivation)."""
    word = {True: "holds", False: "is refuted", None: "is undecided"}[result.holds]
    prop = "not convex" if result.claim.negated else "convex"
    items = []
    for a in result.answers:
        verdict = {True: "holds", False: "is refuted", None: "is undecided"}[a.holds]
        items.append(r"\item \emph{%s}: the claim %s. %s" % (text_escape(a.reading.words), verdict,
                                                             text_escape(a.reason)))
    preface = "\n".join([
        r"\section*{The family claim}",
        r"\begin{quote}%s\end{quote}" % text_escape(result.claim.text),
        r"Read as: the loss of \textbf{%s} of the family is %s in its weights (every width and every data set). "
        r"The claim %s." % (result.claim.quantifier, prop, word),
        *[r"\par\noindent %s." % text_escape(n[0].upper() + n[1:]) for n in result.claim.notes],
        r"\begin{itemize}", *items, r"\end{itemize}",
    ])
    decisive = next((a for a in result.answers if a.certificates), None)
    if decisive is not None and decisive.member is not None:
        preface += ("\n" r"The certificate below is about the member named above (its spec and data); the "
                    r"independent checker re-verifies it with \texttt{symconvex verify}.")
    elif decisive is not None:
        names = ", ".join(f"${name_latex(n)}$" for n in decisive.certificates[0].parameters)
        preface += ("\n" r"Below, $f$ is the loss of one example as a function of its score $z$, and %s (the "
                    r"example's target) is a \emph{parameter}: the derivation never uses its value or sign, so it "
                    r"holds for every target. The loss of a network without a hidden layer is "
                    r"$\sum_i f(w \cdot x_i + b;\, y_i)$: each term is convex in $(w, b)$, a convex function of an "
                    r"affine map, whatever the input $x_i$ and its dimension, and a sum of convex functions is "
                    r"convex (Fact~\ref{fact:composition}; Boyd and Vandenberghe, \S3.2.2). The independent checker "
                    r"re-verifies the derivation with \texttt{symconvex verify}." % names)
    if decisive is None:
        body = r"\documentclass{article}\begin{document}\end{document}"
    else:
        body = to_latex(list(decisive.certificates))
    head, sep, tail = body.partition("\\begin{document}")
    if not sep:
        return body
    after, made, rest = tail.partition("\\maketitle")
    return head + sep + (after + made + "\n" + preface + "\n" + rest if made else "\n" + preface + "\n" + tail)


# --------------------------------------------------------------------------------- Jupyter display
# The data model, the analysis and the claims layer import nothing from here (they sit below this layer); this
# module gives their objects a LaTeX display when it is imported (``import symconvex`` imports it on first use
# of the API, see ``symconvex.__getattr__``).

def _claim_result_latex(result) -> str:
    """A claim's answer for Jupyter: the verdict and each certificate in one line."""
    word = {True: "holds", False: "is refuted", None: "is undecided"}[result.holds]
    return " ".join([r"The claim \textbf{%s}." % word] + [certificate_summary(c) for c in result.certificates[:6]])


def _register_reprs() -> None:
    from .analysis import Analysis
    from .claims import ClaimResult

    Certificate._repr_latex_ = certificate_summary
    Analysis._repr_latex_ = analysis_summary
    ClaimResult._repr_latex_ = _claim_result_latex


_register_reprs()

