r"""The words of the notation, the size limits, and the two helpers every reader uses (layer: text).

Tables, not code: which commands are Greek letters (``\theta`` is the name theta), which are fonts around a
letter-name (``\mathbf{x}`` is x, ``\hat{y}`` is yhat), which take a braced word (``\operatorname{ReLU}``), which
function words may be typed without a backslash (``relu(x)``), which commands are refused in one line (``\det``,
``\int``, ...), which are relations, and which single letters name functions when a bracket follows them (``f(x)``
is refused unless f is defined, never read as the product f·x).

``symbol(name)`` is the one real SymPy symbol of a name; ``fail(message)`` raises ``InputError`` with the message on
one line. Nothing here evaluates text.

>>> symbol("w_1").is_real, sorted(FUNCTION_LETTERS)[:3]
(True, ['F', 'G', 'H'])
"""

from __future__ import annotations

import sympy as sp

from ..errors import InputError

MAX_LENGTH = 4000          # characters of one expression
MAX_EXPONENT = 1000        # |numeric exponent|
MAX_DIGITS = 5000          # decimal digits of a number built by powers
MAX_SUM_TERMS = 500        # terms of one expanded \sum

GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
    "kappa", "lambda", "mu", "nu", "xi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi",
    "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Upsilon", "Phi",
    "Psi", "Omega", "ell",
}
#: commands whose braced argument is a letter-name in another font
STYLES = {"mathcal": "", "mathbf": "", "boldsymbol": "", "bm": "", "mathsf": "", "mathscr": "", "mathbb": "",
          "vec": "", "mathnormal": "", "hat": "hat", "bar": "bar", "tilde": "tilde", "overline": "bar",
          "widehat": "hat", "widetilde": "tilde", "dot": "dot"}
#: commands whose braced argument is a word (a function name, or a name)
WORDS = {"operatorname", "mathrm", "text", "textrm", "mathop", "mathit", "textit", "textsf", "textup", "rm"}
#: function words allowed as plain letters when followed by an argument in parentheses (``relu(x)``,
#: ``sqrt(x)``, ``abs(x)``): every name of ``calls.BUILTINS`` a user can type (a test holds the two equal), never the
#: product of their letters s·q·r·t·x; longest first
PLAIN_WORDS = tuple(sorted((
    "softplus", "sigmoid", "sigma", "logistic", "relu", "exp", "log", "ln", "sqrt", "abs", "max", "min",
    "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh",
    "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "artanh",
    "asin", "acos", "atan", "asinh", "arsinh", "acosh", "arcosh", "atanh", "arctanh", "entr",
    "erf", "erfc", "gamma", "lgamma", "loggamma", "lngamma", "gammaln", "digamma",
    "square", "xexp", "huber", "inv_pos", "kl_div", "rel_entr", "log_sum_exp", "logsumexp",
    "geo_mean", "harmonic_mean", "pos", "neg", "log1p", "sum_squares", "quad_over_lin", "power", "maximum", "minimum",
    "normcdf", "log_normcdf", "pnorm"), key=len, reverse=True))
#: function words whose meaning depends on the writer's convention: read only when the claim itself gives the formula
#: (``\operatorname{logistic}(x) = \log(1 + e^{x})`` is about its right side); used alone they are refused with the
#: question, never answered about one of the two readings
AMBIGUOUS_WORDS = {
    "logistic": "the logistic sigmoid 1/(1 + e^{-x}) (statistics, machine learning) or CVXPY's logistic "
                "log(1 + e^{x}) (a softplus)",
}
UNSUPPORTED = {"coth", "arccot", "arcsec", "arccsc", "det", "lim", "int", "iint", "arg", "deg", "dim", "gcd", "hom", "inf", "sup", "ker",
               "liminf", "limsup", "Pr", "binom", "partial", "nabla", "mod", "bmod", "pmod", "floor", "ceil",
               "lfloor", "lceil", "rfloor", "rceil", "infty", "det"}
#: single letters (also subscripted: ``f_1``) that name functions when a bracket follows: ``f(x)`` is an error
#: unless f is defined, never the product f·x (``x(y+1)``, ``p(1-p)`` stay products)
FUNCTION_LETTERS = frozenset("fghFGHJLR")
RELATION_COMMANDS = {"le", "leq", "leqslant", "ge", "geq", "geqslant", "lt", "gt", "ne", "neq", "in", "notin",
                     "approx", "sim", "equiv", "to", "mapsto", "rightarrow", "Rightarrow", "implies", "iff",
                     "land", "wedge", "lor", "vee", "subset", "subseteq", "cup", "cap", "setminus"}


def one_line(message: str) -> str:
    """``message`` with every run of white space (newlines included) made one space."""
    return " ".join(str(message).split())


def fail(message: str):
    """Raise ``InputError`` with ``message`` on one line (the readers' one way to refuse)."""
    raise InputError(one_line(message))


def symbol(name: str) -> sp.Symbol:
    """The SymPy symbol this package uses for ``name`` (real)."""
    return sp.Symbol(name, real=True)


__all__ = ["AMBIGUOUS_WORDS", "FUNCTION_LETTERS", "GREEK", "MAX_DIGITS", "MAX_EXPONENT", "MAX_LENGTH", "MAX_SUM_TERMS",
           "PLAIN_WORDS", "RELATION_COMMANDS", "STYLES", "UNSUPPORTED", "WORDS", "fail", "one_line", "symbol"]
