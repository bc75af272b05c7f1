r"""Function applications: the built-in functions, the functions a claim defines, and how an argument is written
(layer: text).

``BUILTINS`` is the table of functions read by name (``\log``, ``\operatorname{ReLU}``, ``\sigma``, ``\max``,
``\sin``, ...): name -> (arity, constructor), where ``\log`` and ``\ln`` are natural logarithms (``\log_b x`` is log
x / log b), ``\max(0, z)`` is ``relu(z)``, ``\sigma`` is the logistic sigmoid (the word ``logistic`` alone is
refused: it is also CVXPY's log(1 + e^x); ``vocabulary.AMBIGUOUS_WORDS``), ``\sec``, ``\csc``, ``\cot`` are
quotients of sin and cos, ``entr`` is CVXPY's entropy -x log x (taken where x > 0), ``\Gamma`` (``gamma``) is
Euler's Gamma function, ``\ln\Gamma`` (``lgamma``, ``loggamma``) its logarithm, ``digamma`` its logarithmic
derivative psi, ``erf`` and ``erfc`` the error functions, CVXPY's ``square``, ``xexp`` and ``huber`` (``_huber``),
``inv_pos``, ``kl_div``, ``rel_entr`` and ``log_sum_exp`` their formulas, and the norms of a tuple (``normtwo``,
``normone``, ``norminf``) are sqrt(Σ a_i²), Σ|a_i| and max|a_i|. ``INVERSES`` reads ``f^{-1}`` as the inverse
function (``\tan^{-1} x`` is arctan x);
any other ``f^{-1}`` is refused as ambiguous, and ``f^{p}(x)`` is (f(x))^p.

A function a claim defines (``where $\rho(z) = \max\{0, z\}$``) is a ``FunctionDef``; its body is read when first
used and applied by substituting the arguments for its parameters (a definition that uses itself is refused).
An argument is a bracket group (``\sin(x)``, ``\max\{0, z\}``) or, without brackets, the factors written together
up to the next space or operator (``\sin 2x`` is sin(2x), ``\log x^2`` is log(x²)), or a sum or product that
follows (``\log \sum_{i=1}^{3} e^{x_i}`` is the log of the whole sum, up to the next top-level + or -). Where the
text leaves the argument's end open it is refused: a factor after a space (``\log x y``, set by TeX as ``\log xy``),
a number alone followed by more (``\log 1 + x``).

``CallReader`` is the part of the formula reader (``expressions.Reader``) that applies functions. Nothing here
evaluates text.

>>> BUILTINS["max"][1]([0, sp.Symbol("z")]), BUILTINS["sec"][1]([sp.Symbol("x")])
(relu(z), 1/cos(x))
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from ..functions import relu, sigmoid, softplus
from .tokens import Group, Tok, is_comma, peek, snippet, split_items, trim
from .vocabulary import AMBIGUOUS_WORDS, GREEK, fail, symbol


@dataclass
class FunctionDef:
    """A function given in DEFINITIONS: ``rho(z) = \\max\\{0, z\\}``; the body is read when first used."""

    name: str
    params: list[str]
    body_text: str
    body: sp.Expr | None = None


def _relu_of_max(args):
    """max(a, b) with one argument 0 is relu of the other; any other max stays a max."""
    if len(args) == 2:
        a, b = args
        if a == 0:
            return relu(b)
        if b == 0:
            return relu(a)
    return sp.Max(*args)


def _log(args, base=None):
    """The natural logarithm, or log x / log b with a base b."""
    (arg,) = args
    return sp.log(arg) if base is None else sp.log(arg) / sp.log(base)


def _norm(kind: str):
    """The 2-, 1- or infinity-norm of a tuple of entries (of one entry: its absolute value)."""
    def build(args):
        if kind == "two":
            return sp.sqrt(sp.Add(*[a ** 2 for a in args]))
        if kind == "one":
            return sp.Add(*[sp.Abs(a) for a in args])
        return sp.Max(*[sp.Abs(a) for a in args]) if len(args) > 1 else sp.Abs(args[0])
    return build


def _huber(args):
    """CVXPY's huber(x, M): min(|x|, M)^2 + 2 M max(|x| - M, 0), with M = 1 by default and M a number > 0."""
    if len(args) > 2:
        fail(f"huber takes 1 or 2 arguments (x, M), given {len(args)}")
    M = args[1] if len(args) == 2 else sp.Integer(1)
    if not (M.is_number and M.is_positive):
        fail(f"huber's threshold M must be a number > 0, found {M}")
    return sp.Min(sp.Abs(args[0]), M) ** 2 + 2 * M * relu(sp.Abs(args[0]) - M)


def _power(args):
    """CVXPY's power(x, p) = x^p for a number p, on CVXPY's domain: all of R for p an even integer (and p = 1),
    x >= 0 for a fractional p (the natural domain of x^p), x > 0 for p < 0 (a claim states it: x^p's natural
    domain x != 0 is refused). An odd integer p >= 3 is refused: CVXPY's power(x, 3) is x^3 on x >= 0 only (+inf
    below), not the x^3 of R, so the claim writes x^3 and its domain."""
    x, p = args
    if not p.is_Rational:
        fail(f"power(x, p) needs a number p, found {p}")
    if p.is_Integer and p >= 3 and p % 2 == 1:
        fail(f"CVXPY's power(x, {p}) is x^{p} on x >= 0 only: write x^{p} and the domain (e.g. 'on $x \\ge 0$')")
    return x ** p


def _quad_over_lin(args):
    """CVXPY's quad_over_lin(x_1, ..., x_k, y) = (x_1^2 + ... + x_k^2) / y (CVXPY's domain y > 0: a claim states
    it, the natural domain y != 0 is refused)."""
    return sp.Add(*[a ** 2 for a in args[:-1]]) / args[-1]


def _pnorm(args):
    """CVXPY's pnorm(x_1, ..., x_k, p) (p = 2 when a single entry is given): (|x_1|^p + ... + |x_k|^p)^{1/p} for a
    number p >= 1 (a norm), and (x_1^p + ... + x_k^p)^{1/p} for p < 1, p != 0 (CVXPY's concave pnorm, on x >= 0)."""
    if len(args) == 1:
        entries, p = args, sp.Integer(2)
    else:
        entries, p = args[:-1], args[-1]
    if not (p.is_Rational and p != 0):
        fail(f"pnorm(x_1, ..., x_k, p) needs a number p != 0 last, found {p}")
    if p >= 1:
        return sp.Add(*[sp.Abs(a) ** p for a in entries]) ** (1 / p)
    return sp.Add(*[a ** p for a in entries]) ** (1 / p)


def _ambiguous(name: str):
    """A function word with two meanings in use (``vocabulary.AMBIGUOUS_WORDS``), applied without the claim saying
    which: refused with the question."""
    fail(f"'{name}' may mean {AMBIGUOUS_WORDS[name]}: write its formula, or '{name}(x) = ...' with the formula "
         "meant, or sigmoid(x) / softplus(x)")


#: builtin function name (lower case) -> (arity or None for 2+, 0 for one or more, constructor)
BUILTINS = {
    "relu": (1, lambda a: relu(a[0])),
    "softplus": (1, lambda a: softplus(a[0])),
    "sigmoid": (1, lambda a: sigmoid(a[0])),
    "sigma": (1, lambda a: sigmoid(a[0])),
    "logistic": (1, lambda a: _ambiguous("logistic")),
    "exp": (1, lambda a: sp.exp(a[0])),
    "log": (1, _log),
    "ln": (1, _log),
    "tanh": (1, lambda a: sp.tanh(a[0])),
    "abs": (1, lambda a: sp.Abs(a[0])),
    "sqrt": (1, lambda a: sp.sqrt(a[0])),
    "max": (None, _relu_of_max),
    "min": (None, lambda a: sp.Min(*a)),
    "normtwo": (0, _norm("two")), "normone": (0, _norm("one")), "norminf": (0, _norm("inf")),  # 0: one or more
    # trigonometric, hyperbolic and inverse functions (sec, csc, cot as quotients of sin and cos)
    "sin": (1, lambda a: sp.sin(a[0])),
    "cos": (1, lambda a: sp.cos(a[0])),
    "tan": (1, lambda a: sp.tan(a[0])),
    "sec": (1, lambda a: 1 / sp.cos(a[0])),
    "csc": (1, lambda a: 1 / sp.sin(a[0])),
    "cot": (1, lambda a: sp.cos(a[0]) / sp.sin(a[0])),
    "sinh": (1, lambda a: sp.sinh(a[0])),
    "cosh": (1, lambda a: sp.cosh(a[0])),
    "arctan": (1, lambda a: sp.atan(a[0])),
    "arcsin": (1, lambda a: sp.asin(a[0])),
    "arccos": (1, lambda a: sp.acos(a[0])),
    "arcsinh": (1, lambda a: sp.asinh(a[0])),
    "arccosh": (1, lambda a: sp.acosh(a[0])),
    "artanh": (1, lambda a: sp.atanh(a[0])),
    # CVXPY's entropy atom: entr(x) = -x log x (read where x > 0, the domain of the logarithm)
    "entr": (1, lambda a: -a[0] * sp.log(a[0])),
    # CVXPY's atoms written by name: square(x) = x^2, xexp(x) = x e^x, huber(x, M) = x^2 for |x| <= M and
    # 2 M |x| - M^2 beyond (M = 1 when not given; a number > 0), written min(|x|, M)^2 + 2 M max(|x| - M, 0),
    # the same function on every x (both sides are x^2 for |x| <= M and M^2 + 2 M (|x| - M) beyond)
    "square": (1, lambda a: a[0] ** 2),
    "xexp": (1, lambda a: a[0] * sp.exp(a[0])),
    "huber": (0, lambda a: _huber(a)),
    # more CVXPY atoms by name (written with an underscore, often escaped: \operatorname{inv\_pos}):
    # inv_pos(x) = 1/x (CVXPY's domain x > 0: here the natural domain x != 0, so a claim states x > 0),
    # kl_div(x, y) = x log x - x log y - x + y and rel_entr(x, y) = x log x - x log y (natural domain x, y > 0, the
    # interior of CVXPY's), log_sum_exp(x_1, ..., x_n) = logsumexp(...) = log(e^{x_1} + ... + e^{x_n})
    "inv_pos": (1, lambda a: 1 / a[0]),
    "kl_div": (2, lambda a: a[0] * sp.log(a[0]) - a[0] * sp.log(a[1]) - a[0] + a[1]),
    "rel_entr": (2, lambda a: a[0] * sp.log(a[0]) - a[0] * sp.log(a[1])),
    "log_sum_exp": (0, lambda a: sp.log(sp.Add(*[sp.exp(v) for v in a]))),
    # CVXPY's elementwise and mean atoms on scalar entries: geo_mean(x_1, ..., x_n) = x_1^{1/n} ... x_n^{1/n}
    # (real on x_i >= 0, CVXPY's domain), harmonic_mean(x_1, ..., x_n) = n / (1/x_1 + ... + 1/x_n) (CVXPY's domain
    # x >= 0; a claim states x > 0), pos(x) = max(x, 0), neg(x) = max(-x, 0), log1p(x) = log(1 + x),
    # sum_squares(x_1, ...) = x_1^2 + ..., quad_over_lin (``_quad_over_lin``), power (``_power``), maximum and
    # minimum (NumPy's and CVXPY's max and min), normcdf(x) = Phi(x) = (1 + erf(x/sqrt 2))/2 and
    # log_normcdf(x) = log Phi(x)
    "geo_mean": (0, lambda a: sp.Mul(*[v ** sp.Rational(1, len(a)) for v in a])),
    "harmonic_mean": (0, lambda a: len(a) / sp.Add(*[1 / v for v in a])),
    "pos": (1, lambda a: relu(a[0])),
    "neg": (1, lambda a: relu(-a[0])),
    "log1p": (1, lambda a: sp.log(1 + a[0])),
    "sum_squares": (0, lambda a: sp.Add(*[v ** 2 for v in a])),
    "quad_over_lin": (None, _quad_over_lin),
    "power": (2, _power),
    "pnorm": (0, _pnorm),
    "maximum": (None, _relu_of_max),
    "minimum": (None, lambda a: sp.Min(*a)),
    "normcdf": (1, lambda a: (1 + sp.erf(a[0] / sp.sqrt(2))) / 2),
    "log_normcdf": (1, lambda a: sp.log((1 + sp.erf(a[0] / sp.sqrt(2))) / 2)),
    # special functions: the error function and its complement, Gamma (\Gamma), log Gamma, the digamma function
    "erf": (1, lambda a: sp.erf(a[0])),
    "erfc": (1, lambda a: sp.erfc(a[0])),
    "gamma": (1, lambda a: sp.gamma(a[0])),
    "lgamma": (1, lambda a: sp.log(sp.gamma(a[0]))),
    "digamma": (1, lambda a: sp.polygamma(0, a[0])),
}
#: CVXPY's names read by name (above) that a claim may also define by its own formula ("kl_div(x, y) = x log(x/y)
#: - x + y"): the claim's formula is then the function, as for a name symconvex does not know (the formulas people
#: write for them differ from these on where they are real: x log(x/y) is real for x, y < 0 too)
DEFINABLE = frozenset({"inv_pos", "kl_div", "rel_entr", "log_sum_exp", "logsumexp", "geo_mean", "harmonic_mean",
                       "quad_over_lin", "pos", "neg", "log1p", "sum_squares", "power", "normcdf", "log_normcdf", "huber"})
for _alias, _name in (("atan", "arctan"), ("asin", "arcsin"), ("acos", "arccos"), ("asinh", "arcsinh"),
                      ("arsinh", "arcsinh"), ("acosh", "arccosh"), ("arcosh", "arccosh"), ("atanh", "artanh"),
                      ("arctanh", "artanh"), ("logsumexp", "log_sum_exp"),
                      ("loggamma", "lgamma"), ("lngamma", "lgamma"), ("gammaln", "lgamma")):
    BUILTINS[_alias] = BUILTINS[_name]
#: f^{-1} read as the inverse function (``\tan^{-1} x`` is arctan x), for the functions that have one here
INVERSES = {"sin": "arcsin", "cos": "arccos", "tan": "arctan", "sinh": "arcsinh", "cosh": "arccosh", "tanh": "artanh"}


class CallReader:
    """Applies functions to their arguments (a part of ``expressions.Reader``, whose ``functions``, ``values``,
    ``active``, ``atom``, ``expression``, ``_argument``, ``_exponent`` and ``parse_text`` it uses)."""

    def _apply(self, name, items, i):
        """``name`` applied to the argument group at ``i`` (with an optional power ``name^2(x)``)."""
        power = None
        nxt, j = peek(items, i)
        base = None
        if isinstance(nxt, Tok) and nxt.text == "_" and name.lower() in ("log", "ln") and name not in self.functions:
            base, j = self._argument(items, j + 1, "\\log", "base")
            nxt, j = peek(items, j)
        if isinstance(nxt, Tok) and nxt.text == "^":
            power, j = self._exponent(items, j + 1)
            if power == -1 and name.lower() in INVERSES and name not in self.functions:
                name, power = INVERSES[name.lower()], None
            elif power == -1:
                fail(f"ambiguous {name}^{{-1}} (inverse or reciprocal?); write 1/{name}(...)")
            nxt, j = peek(items, j)
        if isinstance(nxt, Group) and nxt.open in ("(", "\\{", "[", "{"):
            parts = [trim(p) for p in split_items(nxt.items, is_comma)]
            if parts == [[]]:
                fail(f"{name}() needs an argument")
            args = [self.expression(p, f"argument of {name}") for p in parts]
            j += 1
        elif name.lower() in ("max", "min"):
            if isinstance(nxt, Tok) and nxt.text == "_":
                fail(f"\\{name} over a set is not supported; list the arguments: \\{name}(a, b)")
            fail(f"\\{name} needs its arguments in parentheses: \\{name}(a, b)")
        elif nxt is None:
            fail(f"function {name} needs an argument")
        else:
            arg, j = self._bare_argument(items, j)
            args = [arg]
        value = self._call(name, args, base)
        if power is not None:
            value = sp.Pow(value, power)
        return value, j

    def _bare_argument(self, items, j):
        r"""A function's argument written without brackets, as people write ``\sin x``, ``\sin 2x``,
        ``\log x^2``: the factors (numbers, names, ``\pi``, each with an optional power) that follow one another
        without a space, up to the next space, operator or function."""
        factors, start = [], j
        first = items[j] if j < len(items) else None
        if isinstance(first, Tok) and first.kind == "cmd" and first.text in ("\\sum", "\\prod"):
            return self._sum(items, j + 1, product=first.text == "\\prod")   # \log \sum_i e^{x_i}: the whole sum
        while True:
            value, j = self.atom(items, j)
            after, k = peek(items, j, skip_ws=False)
            if isinstance(after, Tok) and after.text == "^":
                exponent, j = self._exponent(items, k + 1)
                value = sp.Pow(value, exponent)
            factors.append(value)
            nxt, _ = peek(items, j, skip_ws=False)
            if not (isinstance(nxt, Tok) and (nxt.kind in ("num", "letter") or nxt.kind == "cmd" and (
                    nxt.text[1:] in GREEK or nxt.text == "\\pi"))):
                self._refuse_open_argument(items, start, j, sp.Mul(*factors))
                return sp.Mul(*factors), j

    def _refuse_open_argument(self, items, start, j, argument):
        r"""Refuse a bare argument whose end the text does not settle: a factor after a space (``\log x y``, which
        TeX sets as ``\log xy``, log(xy); ``\sin x (x + 1)``), or a number alone followed by more (``\log 1 + x``,
        ``\log 1/x``: log(1) + x = x, or log(1 + x)?). A function word, an operator after a symbol, a relation or the
        end close it (``\sin x \cos x``, ``\log x + y``, ``\log 2``)."""
        nxt, k = peek(items, j)
        if nxt is None or isinstance(nxt, Tok) and nxt.text in ("\\cdot", "*", "\\times", ",", "=", "<", ">"):
            return
        spaced = k > j
        factor = isinstance(nxt, Tok) and (nxt.kind in ("num", "letter") or nxt.kind == "cmd" and (
            nxt.text[1:] in GREEK or nxt.text == "\\pi")) or isinstance(nxt, Group) and nxt.open == "("
        number = not getattr(argument, "free_symbols", None) and (
            isinstance(nxt, Tok) and nxt.text in ("+", "-", "/") or factor)
        if spaced and factor or number:
            shown = snippet(items[start:k + 1], self.source)
            fail(f"ambiguous argument in '{shown}': where does the function's argument end? write it in brackets, "
                 "e.g. \\log(x y) or \\log(x) \\cdot y")

    def _call(self, name, args, base=None):
        """A defined function (its body read once, then the arguments substituted) or a built-in one, applied to
        ``args``; the number of arguments is checked."""
        if any(a.has(sp.zoo, sp.oo, -sp.oo, sp.nan) for a in args):
            fail(f"division by zero or an infinite value in the argument of {name}")
        if name in self.functions:
            fdef = self.functions[name]
            if len(args) != len(fdef.params):
                fail(f"{name} takes {len(fdef.params)} argument(s), given {len(args)}")
            if name in self.active:
                fail(f"the definition of {name} refers to itself")
            if fdef.body is None:
                reader = type(self)("", self.functions, self.values, self.active | {name}, self.numbers, self.cases)
                fdef.body = reader.parse_text(fdef.body_text, f"body of {name}")
            params = [symbol(p) for p in fdef.params]
            return fdef.body.xreplace(dict(zip(params, args)))
        key = name.lower()
        if key not in BUILTINS:
            fail(f"unknown function {name}")
        arity, build = BUILTINS[key]
        if arity == 0 and not args:
            fail(f"{name} needs an argument")
        if arity not in (None, 0) and len(args) != arity:
            fail(f"{name} takes {arity} argument{'s' if arity > 1 else ''}, given {len(args)}")
        if arity is None and len(args) < 2:
            fail(f"{name} needs at least two arguments")
        if key in ("log", "ln"):
            return _log(args, base)
        return build(args)

    def _call_after_power(self, items, i) -> bool:
        """``name^{p}(...)``: is the power at ``i`` followed by an argument group?"""
        caret, k = peek(items, i)
        if not (isinstance(caret, Tok) and caret.text == "^"):
            return False
        power, k = peek(items, k + 1)
        if power is None:
            return False
        after, _ = peek(items, k + 1)
        return isinstance(after, Group) and after.open == "("


__all__ = ["BUILTINS", "CallReader", "DEFINABLE", "FunctionDef", "INVERSES"]
