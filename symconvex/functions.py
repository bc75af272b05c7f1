r"""Activation functions as SymPy functions with exact derivatives and piecewise forms.

Each class follows SymPy's ``Heaviside`` template: ``eval`` (exact values on numbers, simplification on
signs), ``fdiff`` (the exact derivative), ``_eval_rewrite_as_Piecewise`` and ``_latex``.

- ``relu(x) = max(0, x)``; derivative ``Heaviside(x)`` (undefined at 0: relu is not differentiable there).
- ``leaky_relu(x, alpha) = max(x, alpha x)`` for ``0 <= alpha <= 1``; derivative 1 for x > 0, alpha for x < 0.
- ``sigmoid(x) = 1/(1 + e^{-x})``; ``sigmoid' = sigmoid (1 - sigmoid)``.
- ``softplus(x) = log(1 + e^{x})``; ``softplus' = sigmoid``.
"""

from __future__ import annotations

import sympy as sp
from sympy.core.function import ArgumentIndexError


class relu(sp.Function):
    r"""The rectified linear unit, ``relu(x) = max(0, x)``.

    >>> from sympy.abc import x
    >>> relu(3), relu(-2), relu(sp.Rational(1, 2))
    (3, 0, 1/2)
    >>> relu(x).diff(x)
    Heaviside(x)
    >>> relu(x).rewrite(sp.Piecewise)
    Piecewise((x, x > 0), (0, True))
    """

    is_real = True
    is_extended_nonnegative = True

    @classmethod
    def eval(cls, x):
        if x.is_extended_nonnegative:
            return x
        if x.is_extended_nonpositive:
            return sp.S.Zero
        return None

    def fdiff(self, argindex=1):
        if argindex != 1:
            raise ArgumentIndexError(self, argindex)
        return sp.Heaviside(self.args[0])

    def _eval_rewrite_as_Piecewise(self, x, **kwargs):
        return sp.Piecewise((x, x > 0), (sp.S.Zero, True))

    def _eval_rewrite_as_Max(self, x, **kwargs):
        return sp.Max(sp.S.Zero, x)

    def _latex(self, printer, exp=None):
        arg = printer._print(self.args[0])
        base = r"\operatorname{ReLU}\left(%s\right)" % arg
        return base if exp is None else r"%s^{%s}" % (base, exp)


class leaky_relu(sp.Function):
    r"""The leaky ReLU with slope ``alpha`` (0 <= alpha <= 1) on the negative side: ``max(x, alpha x)``.

    >>> from sympy.abc import x
    >>> a = sp.Rational(1, 10)
    >>> leaky_relu(-5, a), leaky_relu(4, a)
    (-1/2, 4)
    >>> leaky_relu(x, a).rewrite(sp.Piecewise)
    Piecewise((x, x > 0), (x/10, True))
    >>> leaky_relu(x, a).diff(x)
    9*Heaviside(x)/10 + 1/10
    """

    is_real = True

    @classmethod
    def eval(cls, x, alpha):
        if x.is_extended_nonnegative:
            return x
        if x.is_extended_nonpositive:
            return alpha * x
        return None

    def fdiff(self, argindex=1):
        if argindex != 1:
            raise ArgumentIndexError(self, argindex)
        alpha = self.args[1]
        return alpha + (1 - alpha) * sp.Heaviside(self.args[0])

    def _eval_rewrite_as_Piecewise(self, x, alpha, **kwargs):
        return sp.Piecewise((x, x > 0), (alpha * x, True))

    def _eval_rewrite_as_Max(self, x, alpha, **kwargs):
        return sp.Max(x, alpha * x)

    def _latex(self, printer, exp=None):
        arg = printer._print(self.args[0])
        alpha = printer._print(self.args[1])
        base = r"\operatorname{LeakyReLU}_{%s}\left(%s\right)" % (alpha, arg)
        return base if exp is None else r"%s^{%s}" % (base, exp)


class sigmoid(sp.Function):
    r"""The logistic sigmoid ``1/(1 + e^{-x})``.

    >>> from sympy.abc import x
    >>> sigmoid(0)
    1/2
    >>> sigmoid(x).diff(x)
    (1 - sigmoid(x))*sigmoid(x)
    >>> sigmoid(x).rewrite(sp.exp)
    1/(1 + exp(-x))
    """

    is_real = True
    is_extended_positive = True

    @classmethod
    def eval(cls, x):
        if x.is_zero:
            return sp.S.Half
        return None

    def fdiff(self, argindex=1):
        if argindex != 1:
            raise ArgumentIndexError(self, argindex)
        return self * (1 - self)

    def _eval_rewrite_as_exp(self, x, **kwargs):
        return 1 / (1 + sp.exp(-x))

    def _eval_rewrite_as_Piecewise(self, x, **kwargs):
        return self._eval_rewrite_as_exp(x)

    def _latex(self, printer, exp=None):
        arg = printer._print(self.args[0])
        base = r"\sigma\left(%s\right)" % arg
        return base if exp is None else r"%s^{%s}" % (base, exp)


class softplus(sp.Function):
    r"""The softplus ``log(1 + e^{x})``, a smooth ReLU.

    >>> from sympy.abc import x
    >>> softplus(0)
    log(2)
    >>> softplus(x).diff(x)
    sigmoid(x)
    >>> softplus(x).rewrite(sp.exp)
    log(exp(x) + 1)
    """

    is_real = True
    is_extended_positive = True

    @classmethod
    def eval(cls, x):
        if x.is_zero:
            return sp.log(2)
        return None

    def fdiff(self, argindex=1):
        if argindex != 1:
            raise ArgumentIndexError(self, argindex)
        return sigmoid(self.args[0])

    def _eval_rewrite_as_exp(self, x, **kwargs):
        return sp.log(1 + sp.exp(x))

    def _eval_rewrite_as_Piecewise(self, x, **kwargs):
        return self._eval_rewrite_as_exp(x)

    def _latex(self, printer, exp=None):
        arg = printer._print(self.args[0])
        base = r"\operatorname{softplus}\left(%s\right)" % arg
        return base if exp is None else r"%s^{%s}" % (base, exp)


#: Name -> SymPy callable, for the activations a network or a claim may name.
ACTIVATIONS = {
    "identity": lambda z: z,
    "relu": relu,
    "sigmoid": sigmoid,
    "softplus": softplus,
    "tanh": sp.tanh,
}
