r"""What a certificate is about, in the notation of its proof (text layer, layer 4).

``_Subject`` reads a certificate's subject through the checker (``check.subject_tree``, which validates it): the
function as a SymPy expression over real symbols with their LaTeX names, or a network loss (``network._NetworkText``;
above ``LARGE_NET`` parameters its numbers come from ``netnumbers._NetNumbers``), its variables and its domain (the
stated constraints, or the natural domain of a function with logarithms or fractional powers), and the setting
paragraph that defines it. It also collects what a proof defers to the appendix and numbers the figures.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cached_property

import sympy as sp

from ..certificates import Certificate, constraint_to_sympy, parse_rational, to_sympy
from ..check import fastnet, subject_names, subject_tree
from ..check.evaluate import value_at
from ..check.numbers import interval_precision
from ..errors import CertificateError, InputError
from ..functions import leaky_relu, relu, sigmoid, softplus
from .netnumbers import _NetNumbers
from .network import _NetworkText
from .notation import LARGE_NET, name_latex


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
        from ..domain import natural_domain

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


def _checker_value(subject: _Subject, point) -> object:
    with interval_precision():
        return value_at(subject.tree, subject.names, [Fraction(v) for v in point])


def _tree_tex(tree, subject: _Subject) -> str:
    try:
        return subject.latex(to_sympy(tree, dict(subject.symbols)))
    except (CertificateError, InputError, TypeError, ValueError):
        return r"\text{(expression)}"


def constraint_gap_tex(subject: _Subject, lhs, rhs) -> str:
    """``lhs - rhs`` of a domain constraint in LaTeX, as a reader writes it: ``y`` when rhs is 0 (not
    ``y - (0)``), ``x - 1`` for a number or a letter, ``x - (y + 1)`` for a compound right side."""
    left, right = to_sympy(lhs, dict(subject.symbols)), to_sympy(rhs, dict(subject.symbols))
    if right == 0:
        return subject.latex(left)
    if right.is_Atom and not (right.is_number and right < 0):
        return r"%s - %s" % (subject.latex(left), subject.latex(right))
    return r"%s - (%s)" % (subject.latex(left), subject.latex(right))
