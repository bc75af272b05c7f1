r"""The atom-fact table: what is known about each building block, written once, as data.

Disciplined convex programming's table (CVXPY's ``is_atom_convex``, ``is_incr``, ``is_decr``, ``sign``,
``domain``), one row ``AtomFacts`` per atom, read by the prover (``rules.py``) and by the independent checker
(``check/proofs.py``, which also walks ``RULE_TEMPLATES``: the tree each rule builds from its children, as data).
The checker trusts it, so every row has a test in ``tests/test_rules.py`` that re-derives its facts with SymPy.
A row states, for the atom as a function of its arguments:

- ``curvature``: ``CONVEX``, ``CONCAVE``, ``AFFINE`` or ``UNKNOWN`` (neither, e.g. sigmoid, tanh);
- ``monotone``: one ``Monotonicity`` per argument (the last repeats for variadic atoms); ``SIGNED``: nondecreasing
  where the argument is >= 0 and nonincreasing where it is <= 0 (abs, x^2);
- ``sign``: a ``Sign`` of the value, or the name of a sign rule in ``SIGN_RULES``;
- ``domain``: one required ``Sign`` per argument (``Sign.UNKNOWN``: any real number);
- ``span`` (optional): the range {lo <= a <= hi} + k period the (affine) argument must have, ends a + b pi as pairs
  (a, b): sin is concave on [0, pi] + 2k pi, tan defined on (-pi/2, pi/2) + k pi. The checker computes an affine
  argument's exact range on the domain's box (``check/signs.py``) and accepts the row only when it fits one span.

Rows by the sign of the argument (``HALF_LINE_ROWS``) or its range (``SPAN_ROWS``) make functions that are neither
convex nor concave on R usable where they are (sigmoid, tanh, sinh, arctan, arcsinh, erf, erfc; sin, cos, tan,
arcsin, arccos, artanh), and |a| affine on each half-line (|a| = a where a >= 0, -a where a <= 0); the sign rule
``range`` reads a value's sign off the argument's range (``SIGN_SPANS``). ``Sign`` (the sign algebra), ``Span`` and
``SIGN_SPANS`` are ``sign_algebra``'s, re-exported here. Powers x^p with a rational p are rows by the class of p and
the sign of x (``exponent_rows``); a^p with a *parameter* p (``PARAM_POWER_ROWS``) holds for every value its bounds
allow (``param_exponent_ok``); a^g with an expression g (``pow_exp``, x^x) is e^{g log a} on a > 0, exp's row
applied to its one child g log a. Composite atoms (log_sum_exp, xlogx, ..., huber: CVXPY's with threshold 1, as the
parser writes it) are patterns with their arguments as children (each row's statement).

The special functions' facts, with their proofs:

- erf a = (2/sqrt(pi)) int_0^a e^{-s^2} ds: erf' = (2/sqrt(pi)) e^{-a^2} > 0 and erf'' = -2a erf', of the sign of
  -a: increasing, concave on a >= 0, convex on a <= 0, with the sign of a; erfc = 1 - erf > 0 dually.
- Gamma(a) = int_0^oo s^{a-1} e^{-s} ds > 0 on a > 0, Gamma'' = int_0^oo (log s)^2 s^{a-1} e^{-s} ds > 0: convex;
  Gamma' changes sign (at a ~ 1.4616): not monotone.
- log Gamma is convex on a > 0: Hoelder's inequality with exponents 1/t, 1/(1-t) on the same integral gives
  Gamma(t a + (1-t) b) <= Gamma(a)^t Gamma(b)^(1-t) (Bohr-Mollerup). Not monotone (Gamma(1) = Gamma(2) = 1), sign
  not fixed (log Gamma(3/2) < 0 < log Gamma(3)).
- log erfc is concave on R: erfc(a) = (2/sqrt(pi)) int e^{-s^2} [s >= a] ds integrates out s from a function
  log-concave jointly in (s, a), and such marginals are log-concave (Prekopa-Leindler). Decreasing; its sign is
  that of -a (erfc 0 = 1).
- psi = (log Gamma)' = -gamma_E + sum_{k>=0} (1/(k+1) - 1/(k+a)) on a > 0: psi' = sum_k 1/(k+a)^2 > 0 and
  psi'' = -2 sum_k 1/(k+a)^3 < 0: increasing and concave; psi(1) = -gamma_E < 0 < psi(2) = 1 - gamma_E.

>>> ATOMS["exp"].curvature, ATOMS["exp"].sign
(<Curvature.CONVEX: 'convex'>, <Sign.POSITIVE: 'positive'>)
>>> exponent_rows(Fraction(1, 2)), exponent_rows(Fraction(3)), exponent_rows(Fraction(-2))
(['pow_01'], ['pow_odd_nonneg', 'pow_odd_nonpos'], ['pow_neg_pos', 'pow_neg_even_neg'])
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from fractions import Fraction

from .sign_algebra import (_3HALF_PI, _HALF_PI, _MHALF_PI, _PI, _TWO_PI, _ZERO, OPEN_UNIT_INTERVAL, SIGN_SPANS,
                           TAN_DOMAIN, UNIT_INTERVAL, Sign, Span, _q)


class Curvature(str, enum.Enum):
    """Curvature of an expression; ``UNKNOWN`` means no rule gives one (never 'not convex')."""

    AFFINE = "affine"
    CONVEX = "convex"
    CONCAVE = "concave"
    UNKNOWN = "unknown"


class Monotonicity(str, enum.Enum):
    """Monotonicity of an atom in one argument. ``SIGNED``: nondecreasing where the argument is >= 0,
    nonincreasing where it is <= 0 (abs, x^2).

    >>> Monotonicity.SIGNED.resolve(Sign.NONPOSITIVE)
    <Monotonicity.DECREASING: 'decreasing'>
    """

    INCREASING = "increasing"
    DECREASING = "decreasing"
    NONMONOTONE = "nonmonotone"
    SIGNED = "signed"

    def resolve(self, sign: Sign) -> "Monotonicity":
        """Monotonicity where the argument has the sign ``sign`` (``SIGNED`` becomes definite)."""
        if self is not Monotonicity.SIGNED:
            return self
        return (Monotonicity.INCREASING if sign.ge0 else Monotonicity.DECREASING if sign.le0 else
                Monotonicity.NONMONOTONE)


_UPPER_HALF, _LOWER_HALF = Span(_ZERO, True, _q(1), True), Span(_q(-1), True, _ZERO, True)  # [0, 1], [-1, 0]
#: Sign rules an atom's ``sign`` may name instead of a fixed ``Sign`` (see ``rules.py`` / ``check/proofs.py``):
#: ``sum``/``product`` of the arguments' signs; ``max``/``min`` (the value is >= / <= every argument);
#: ``same`` (the argument's sign); ``same_weak`` (the argument's sign, but a negative argument only gives
#: a nonpositive value, as in leaky_relu with a slope that may be 0); ``lse`` (positive when the
#: constant terms of log(c + sum e^{a_i}) add up to c >= 1, else unknown); ``range`` (the first row of
#: ``SIGN_SPANS[head]`` whose span holds the affine argument's range, else unknown).
SIGN_RULES = ("sum", "product", "max", "min", "same", "same_weak", "lse", "range")

CONVEX, CONCAVE, AFFINE, NEITHER = Curvature.CONVEX, Curvature.CONCAVE, Curvature.AFFINE, Curvature.UNKNOWN
INC, DEC, NONMON, SIGNED = (Monotonicity.INCREASING, Monotonicity.DECREASING, Monotonicity.NONMONOTONE,
                            Monotonicity.SIGNED)
REAL, POS, NONNEG, NEG, NONPOS = Sign.UNKNOWN, Sign.POSITIVE, Sign.NONNEGATIVE, Sign.NEGATIVE, Sign.NONPOSITIVE


@dataclass(frozen=True)
class AtomFacts:
    """The facts of one atom (see the module docstring). ``arity`` None: two or more arguments."""

    curvature: Curvature
    monotone: tuple
    sign: Sign | str
    domain: tuple
    arity: int | None = 1
    statement: str = ""
    span: Span | None = None

    def monotone_in(self, i: int) -> Monotonicity:
        """The monotonicity in argument i (the last entry repeats for variadic atoms)."""
        return self.monotone[min(i, len(self.monotone) - 1)]

    def domain_of(self, i: int) -> Sign:
        """The sign argument i must have (the last entry repeats for variadic atoms)."""
        return self.domain[min(i, len(self.domain) - 1)]


ATOMS: dict[str, AtomFacts] = {
    # affine maps
    "add": AtomFacts(AFFINE, (INC,), "sum", (REAL,), None, "a_1 + ... + a_k"),
    "scale": AtomFacts(AFFINE, (SIGNED,), "product", (REAL,), 1,
                       "c a for a constant c: increasing when c >= 0, decreasing when c <= 0"),
    # smooth scalar atoms
    "exp": AtomFacts(CONVEX, (INC,), POS, (REAL,), 1, "e^a"),
    "log": AtomFacts(CONCAVE, (INC,), Sign.UNKNOWN, (POS,), 1, "log a, a > 0"),
    "softplus": AtomFacts(CONVEX, (INC,), POS, (REAL,), 1, "log(1 + e^a)"),
    "sigmoid": AtomFacts(NEITHER, (INC,), POS, (REAL,), 1, "1/(1 + e^{-a}): neither convex nor concave on R"),
    "tanh": AtomFacts(NEITHER, (INC,), "same", (REAL,), 1, "tanh a: neither convex nor concave on R"),
    # ... but each is convex on a half-line and concave on the other: sigma'' = sigma' (1 - 2 sigma),
    # tanh'' = -2 tanh (1 - tanh^2), both with the sign of -a.
    "sigmoid_nonneg": AtomFacts(CONCAVE, (INC,), POS, (NONNEG,), 1, "1/(1 + e^{-a}) on a >= 0"),
    "sigmoid_nonpos": AtomFacts(CONVEX, (INC,), POS, (NONPOS,), 1, "1/(1 + e^{-a}) on a <= 0"),
    "tanh_nonneg": AtomFacts(CONCAVE, (INC,), NONNEG, (NONNEG,), 1, "tanh a on a >= 0"),
    "tanh_nonpos": AtomFacts(CONVEX, (INC,), NONPOS, (NONPOS,), 1, "tanh a on a <= 0"),
    # hyperbolic and inverse functions: cosh'' = cosh > 0; sinh'' = sinh, arctan'' = -2a/(1 + a^2)^2 and
    # arcsinh'' = -a/(1 + a^2)^(3/2) have the sign of a (sinh) or of -a (arctan, arcsinh)
    "cosh": AtomFacts(CONVEX, (SIGNED,), POS, (REAL,), 1, "cosh a"),
    "sinh": AtomFacts(NEITHER, (INC,), "same", (REAL,), 1, "sinh a: neither convex nor concave on R"),
    "sinh_nonneg": AtomFacts(CONVEX, (INC,), "same", (NONNEG,), 1, "sinh a on a >= 0"),
    "sinh_nonpos": AtomFacts(CONCAVE, (INC,), "same", (NONPOS,), 1, "sinh a on a <= 0"),
    "arctan": AtomFacts(NEITHER, (INC,), "same", (REAL,), 1, "arctan a: neither convex nor concave on R"),
    "arctan_nonneg": AtomFacts(CONCAVE, (INC,), "same", (NONNEG,), 1, "arctan a on a >= 0"),
    "arctan_nonpos": AtomFacts(CONVEX, (INC,), "same", (NONPOS,), 1, "arctan a on a <= 0"),
    "arcsinh": AtomFacts(NEITHER, (INC,), "same", (REAL,), 1, "arcsinh a: neither convex nor concave on R"),
    "arcsinh_nonneg": AtomFacts(CONCAVE, (INC,), "same", (NONNEG,), 1, "arcsinh a on a >= 0"),
    "arcsinh_nonpos": AtomFacts(CONVEX, (INC,), "same", (NONPOS,), 1, "arcsinh a on a <= 0"),
    # arcsin'' = a/(1 - a^2)^(3/2), arccos = pi/2 - arcsin; defined for -1 <= a <= 1
    "arcsin": AtomFacts(NEITHER, (INC,), "same", (REAL,), 1, "arcsin a, -1 <= a <= 1", UNIT_INTERVAL),
    "arcsin_convex": AtomFacts(CONVEX, (INC,), "same", (REAL,), 1, "arcsin a on 0 <= a <= 1", _UPPER_HALF),
    "arcsin_concave": AtomFacts(CONCAVE, (INC,), "same", (REAL,), 1, "arcsin a on -1 <= a <= 0", _LOWER_HALF),
    "arccos": AtomFacts(NEITHER, (DEC,), "range", (REAL,), 1, "arccos a, -1 <= a <= 1", UNIT_INTERVAL),
    "arccos_concave": AtomFacts(CONCAVE, (DEC,), "range", (REAL,), 1, "arccos a on 0 <= a <= 1", _UPPER_HALF),
    "arccos_convex": AtomFacts(CONVEX, (DEC,), "range", (REAL,), 1, "arccos a on -1 <= a <= 0", _LOWER_HALF),
    # arccosh'' = -a/(a^2 - 1)^(3/2) < 0 on a > 1; artanh'' = 2a/(1 - a^2)^2 has the sign of a on (-1, 1)
    "arccosh": AtomFacts(CONCAVE, (INC,), NONNEG, (REAL,), 1, "arccosh a on a >= 1", Span(_q(1), True, None, False)),
    "artanh": AtomFacts(NEITHER, (INC,), "same", (REAL,), 1, "artanh a on -1 < a < 1", OPEN_UNIT_INTERVAL),
    "artanh_convex": AtomFacts(CONVEX, (INC,), "same", (REAL,), 1, "artanh a on 0 <= a < 1",
                               Span(_q(0), True, _q(1), False)),
    "artanh_concave": AtomFacts(CONCAVE, (INC,), "same", (REAL,), 1, "artanh a on -1 < a <= 0",
                                Span(_q(-1), False, _q(0), True)),
    # trigonometric functions: sin'' = -sin, cos'' = -cos, tan'' = 2 tan (1 + tan^2), each with a period
    "sin": AtomFacts(NEITHER, (NONMON,), "range", (REAL,), 1, "sin a: neither convex nor concave on R"),
    "sin_concave": AtomFacts(CONCAVE, (NONMON,), "range", (REAL,), 1, "sin a on [0, pi] + 2k pi",
                             Span(_q(0), True, _PI, True, _TWO_PI)),
    "sin_convex": AtomFacts(CONVEX, (NONMON,), "range", (REAL,), 1, "sin a on [pi, 2 pi] + 2k pi",
                            Span(_PI, True, _TWO_PI, True, _TWO_PI)),
    "cos": AtomFacts(NEITHER, (NONMON,), "range", (REAL,), 1, "cos a: neither convex nor concave on R"),
    "cos_concave": AtomFacts(CONCAVE, (NONMON,), "range", (REAL,), 1, "cos a on [-pi/2, pi/2] + 2k pi",
                             Span(_MHALF_PI, True, _HALF_PI, True, _TWO_PI)),
    "cos_convex": AtomFacts(CONVEX, (NONMON,), "range", (REAL,), 1, "cos a on [pi/2, 3 pi/2] + 2k pi",
                            Span(_HALF_PI, True, _3HALF_PI, True, _TWO_PI)),
    "tan": AtomFacts(NEITHER, (INC,), "range", (REAL,), 1, "tan a on (-pi/2, pi/2) + k pi", TAN_DOMAIN),
    "tan_convex": AtomFacts(CONVEX, (INC,), "range", (REAL,), 1, "tan a on [0, pi/2) + k pi",
                            Span(_ZERO, True, _HALF_PI, False, _PI)),
    "tan_concave": AtomFacts(CONCAVE, (INC,), "range", (REAL,), 1, "tan a on (-pi/2, 0] + k pi",
                             Span(_MHALF_PI, False, _ZERO, True, _PI)),
    # special functions (the proofs: module docstring)
    "erf": AtomFacts(NEITHER, (INC,), "same", (REAL,), 1, "erf a: neither convex nor concave on R"),
    "erf_nonneg": AtomFacts(CONCAVE, (INC,), "same", (NONNEG,), 1, "erf a on a >= 0"),
    "erf_nonpos": AtomFacts(CONVEX, (INC,), "same", (NONPOS,), 1, "erf a on a <= 0"),
    "erfc": AtomFacts(NEITHER, (DEC,), POS, (REAL,), 1, "erfc a = 1 - erf a: neither convex nor concave on R"),
    "erfc_nonneg": AtomFacts(CONVEX, (DEC,), POS, (NONNEG,), 1, "erfc a on a >= 0"),
    "erfc_nonpos": AtomFacts(CONCAVE, (DEC,), POS, (NONPOS,), 1, "erfc a on a <= 0"),
    "gamma": AtomFacts(CONVEX, (NONMON,), POS, (POS,), 1, "Gamma(a), a > 0"),
    "log_gamma": AtomFacts(CONVEX, (NONMON,), Sign.UNKNOWN, (POS,), 1,
                           "log Gamma(a), a > 0 (Bohr-Mollerup: Gamma is log-convex)"),
    "digamma": AtomFacts(CONCAVE, (INC,), Sign.UNKNOWN, (POS,), 1, "psi(a) = Gamma'(a)/Gamma(a), a > 0"),
    "log_erfc": AtomFacts(CONCAVE, (DEC,), Sign.UNKNOWN, (REAL,), 1, "log erfc(a) (erfc is log-concave)"),
    # the logs of the sigmoid and of its complement (the two terms of the cross-entropy): log sigma(a) =
    # -log(1 + e^{-a}) = -softplus(-a) and log(1 - sigma(a)) = log sigma(-a) = -softplus(a), both < 0 on R;
    # softplus is convex and increasing, so the first is concave increasing and the second concave decreasing
    "log_sigmoid": AtomFacts(CONCAVE, (INC,), NEG, (REAL,), 1, "log sigma(a) = -softplus(-a)"),
    "log_one_minus_sigmoid": AtomFacts(CONCAVE, (DEC,), NEG, (REAL,), 1, "log(1 - sigma(a)) = -softplus(a)"),
    # a^g for an exponent g that is not a number: e^{g log a} where a > 0 (the format's meaning of such a power),
    # so exp's facts applied to the child g log a (x^x = e^{x log x}: exp of the convex xlogx)
    "pow_exp": AtomFacts(CONVEX, (INC,), POS, (REAL,), 1, "a^g = e^{g log a}, a > 0, g not a number"),
    # kinks
    "abs": AtomFacts(CONVEX, (SIGNED,), NONNEG, (REAL,), 1, "|a|"),
    # ... and on a half-line the identity or its negative: |a| = a where a >= 0 (so its sign is a's), |a| = -a
    # where a <= 0; affine there, so log|x| on x > 0 is log x and |x|^3 / y^2 on y > 0 a perspective
    "abs_nonneg": AtomFacts(AFFINE, (INC,), "same", (NONNEG,), 1, "|a| = a on a >= 0"),
    "abs_nonpos": AtomFacts(AFFINE, (DEC,), NONNEG, (NONPOS,), 1, "|a| = -a on a <= 0"),
    "relu": AtomFacts(CONVEX, (INC,), NONNEG, (REAL,), 1, "max(0, a)"),
    # CVXPY's huber(a) (threshold 1) as the parser writes it: min(1, |a|)^2 + 2 max(|a| - 1, 0), which is a^2 for
    # |a| <= 1 and 2|a| - 1 beyond: C^1 (slope 2a meets +-2 at |a| = 1), second derivative 2 or 0, so convex;
    # even, nondecreasing in |a|
    "huber": AtomFacts(CONVEX, (SIGNED,), NONNEG, (REAL,), 1, "huber(a) = min(1, |a|)^2 + 2 max(|a| - 1, 0)"),
    "leaky_relu": AtomFacts(CONVEX, (INC,), "same_weak", (REAL,), 1, "max(a, alpha a), 0 <= alpha <= 1"),
    "max": AtomFacts(CONVEX, (INC,), "max", (REAL,), None, "max(a_1, ..., a_k)"),
    "min": AtomFacts(CONCAVE, (INC,), "min", (REAL,), None, "min(a_1, ..., a_k)"),
    # powers a^p, p rational (rows by the class of p, see exponent_rows)
    "pow_even": AtomFacts(CONVEX, (SIGNED,), NONNEG, (REAL,), 1, "a^p, p = 2, 4, 6, ..., on R"),
    "pow_odd_nonneg": AtomFacts(CONVEX, (INC,), NONNEG, (NONNEG,), 1, "a^p, p = 3, 5, ..., on a >= 0"),
    "pow_odd_nonpos": AtomFacts(CONCAVE, (INC,), NONPOS, (NONPOS,), 1, "a^p, p = 3, 5, ..., on a <= 0"),
    "pow_gt1": AtomFacts(CONVEX, (INC,), NONNEG, (NONNEG,), 1, "a^p, p > 1 not an integer, on a >= 0"),
    "pow_01": AtomFacts(CONCAVE, (INC,), NONNEG, (NONNEG,), 1, "a^p, 0 < p < 1 (sqrt: p = 1/2), on a >= 0"),
    "pow_neg_pos": AtomFacts(CONVEX, (DEC,), POS, (POS,), 1, "a^p, p < 0 (1/a: p = -1), on a > 0"),
    "pow_neg_even_neg": AtomFacts(CONVEX, (INC,), POS, (NEG,), 1, "a^p, p = -2, -4, ..., on a < 0"),
    "pow_neg_odd_neg": AtomFacts(CONCAVE, (DEC,), NEG, (NEG,), 1, "a^p, p = -1, -3, ..., on a < 0"),
    # powers a^p whose exponent p is a parameter, by the condition its bounds meet (param_exponent_ok)
    "pow_param_ge1": AtomFacts(CONVEX, (INC,), NONNEG, (NONNEG,), 1, "a^p for a parameter p >= 1, on a >= 0"),
    "pow_param_01": AtomFacts(CONCAVE, (INC,), NONNEG, (NONNEG,), 1, "a^p for a parameter 0 <= p <= 1, on a >= 0"),
    "pow_param_le0": AtomFacts(CONVEX, (DEC,), POS, (POS,), 1, "a^p for a parameter p <= 0, on a > 0"),
    # composite atoms (patterns)
    "log_sum_exp": AtomFacts(CONVEX, (INC,), "lse", (REAL,), None, "log(c + e^{a_1} + ... + e^{a_k}), c >= 0"),
    "xlogx": AtomFacts(CONVEX, (NONMON,), Sign.UNKNOWN, (POS,), 1, "a log a, a > 0"),
    "norm2": AtomFacts(CONVEX, (SIGNED,), NONNEG, (REAL,), None,
                       "sqrt(c_1 a_1^2 + ... + c_k a_k^2 + c), c_i > 0, c >= 0 (a Euclidean norm)"),
    "norm_p": AtomFacts(CONVEX, (SIGNED,), NONNEG, (REAL,), None,
                        "(c_1 |a_1|^p + ... + c_k |a_k|^p + c)^{1/p}, p > 1 rational, c_i > 0, c >= 0 (a p-norm)"),
    "quad_over_lin": AtomFacts(CONVEX, (SIGNED, DEC), NONNEG, (REAL, POS), 2, "a^2 / b, b > 0"),
    "geo_mean": AtomFacts(CONCAVE, (INC,), NONNEG, (NONNEG,), None,
                          "a_1^{p_1} ... a_k^{p_k}, p_i > 0, p_1 + ... + p_k <= 1, a_i >= 0"),
    "geo_mean_pow": AtomFacts(CONCAVE, (INC,), NONNEG, (NONNEG,), None,
                              "(a_1 ... a_k)^p, p > 0, k p <= 1, a_i >= 0"),
    # a weighted geometric mean whose weights are expressions in parameters (x^alpha y^(1 - alpha), 0 <= alpha <= 1)
    "geo_mean_param": AtomFacts(CONCAVE, (INC,), POS, (POS,), None,
                                "a_1^{p_1} ... a_k^{p_k}, p_i in the parameters, p_i >= 0 and p_1 + ... + p_k <= 1 "
                                "for every allowed value, a_i > 0"),
}

#: Atoms applied as a plain tree operator ``[head, arg, ...]`` (the rule name is the head).
PLAIN_HEADS = ("exp", "log", "softplus", "sigmoid", "tanh", "abs", "relu", "leaky_relu", "max", "min", "cosh", "sinh",
               "arctan", "arcsinh", "arcsin", "arccos", "sin", "cos", "tan", "arccosh", "artanh", "erf", "erfc",
               "gamma", "digamma")

#: head -> the rows that hold for it where its argument has a fixed sign.
HALF_LINE_ROWS = {"sigmoid": ("sigmoid_nonneg", "sigmoid_nonpos"), "tanh": ("tanh_nonneg", "tanh_nonpos"),
                  "sinh": ("sinh_nonneg", "sinh_nonpos"), "arctan": ("arctan_nonneg", "arctan_nonpos"),
                  "arcsinh": ("arcsinh_nonneg", "arcsinh_nonpos"), "erf": ("erf_nonneg", "erf_nonpos"),
                  "erfc": ("erfc_nonneg", "erfc_nonpos"), "abs": ("abs_nonneg", "abs_nonpos")}
#: head -> the rows that hold for it where its (affine) argument's range lies in the row's span.
SPAN_ROWS = {"sin": ("sin_concave", "sin_convex"), "cos": ("cos_concave", "cos_convex"),
             "tan": ("tan_convex", "tan_concave"), "arcsin": ("arcsin_convex", "arcsin_concave"),
             "arccos": ("arccos_concave", "arccos_convex"), "artanh": ("artanh_convex", "artanh_concave")}
#: every row applied to a plain head -> that head
ROW_HEADS = {row: head for table in (HALF_LINE_ROWS, SPAN_ROWS) for head, rows in table.items() for row in rows}

POWER_ROWS = ("pow_even", "pow_odd_nonneg", "pow_odd_nonpos", "pow_gt1", "pow_01", "pow_neg_pos",
              "pow_neg_even_neg", "pow_neg_odd_neg")


def exponent_rows(p: Fraction) -> list[str]:
    """The power rows that apply to a^p for the rational exponent p (which one holds depends on the sign
    of a). p = 0 and p = 1 have none: a^0 and a^1 are not powers in an expression tree."""
    p = Fraction(p)
    if p in (0, 1):
        return []
    if p.denominator == 1:
        n = p.numerator
        if n > 1:
            return ["pow_even"] if n % 2 == 0 else ["pow_odd_nonneg", "pow_odd_nonpos"]
        return ["pow_neg_pos", "pow_neg_even_neg" if n % 2 == 0 else "pow_neg_odd_neg"]
    return ["pow_gt1"] if p > 1 else ["pow_01"] if p > 0 else ["pow_neg_pos"]


def leaky_slope_ok(alpha: Fraction) -> bool:
    """leaky_relu(a, alpha) = max(a, alpha a) is the convex increasing atom only for 0 <= alpha <= 1."""
    return 0 <= alpha <= 1


#: The rows of a^p for a parameter exponent p, in the order tried.
PARAM_POWER_ROWS = ("pow_param_ge1", "pow_param_01", "pow_param_le0")


def param_exponent_ok(row: str, bounds) -> bool:
    """Whether a parameter with these bounds [lower, lower_strict, upper, upper_strict] (rationals or None) meets
    the row's condition for every value it may take: d²/da² a^p = p (p − 1) a^{p−2} is >= 0 on a > 0 when p >= 1
    or p <= 0 and <= 0 when 0 <= p <= 1; d/da a^p = p a^{p−1} has the sign of p. (At a = 0, a^p is continuous on
    a >= 0 for p > 0, and a^0 = 1.)

    >>> param_exponent_ok("pow_param_ge1", [Fraction(1), False, None, False])
    True
    >>> param_exponent_ok("pow_param_ge1", [Fraction(1, 2), False, None, False])
    False
    """
    lo, hi = (b if isinstance(b, (int, Fraction)) and not isinstance(b, bool) else None for b in bounds[::2])
    return {"pow_param_ge1": lo is not None and lo >= 1, "pow_param_le0": hi is not None and hi <= 0,
            "pow_param_01": lo is not None and hi is not None and lo >= 0 and hi <= 1}.get(row, False)


#: The tree each rule builds from its children's expressions, as data the checker walks (``check/proofs.py``):
#: ``"$0"``, ``"$1"`` a child's expression, ``"$*"`` all of them in order, ``"$p"`` the subtree the node's own
#: expression has in that place (an exponent or a slope), checked by ``exponent_ok``. Rules that read weights or
#: constants off the node's expression (log_sum_exp, norm2, norm_p, geo_mean) have readers in the checker instead.
RULE_TEMPLATES = {
    **{head: [head, "$*"] for head in PLAIN_HEADS if head != "leaky_relu"},
    "leaky_relu": ["leaky_relu", "$0", "$p"],
    **{row: [head, "$*"] for row, head in ROW_HEADS.items()},
    **{row: ["pow", "$0", "$p"] for row in POWER_ROWS + PARAM_POWER_ROWS},
    "xlogx": ["mul", "$0", ["log", "$0"]],
    "log_gamma": ["log", ["gamma", "$0"]],
    "log_erfc": ["log", ["erfc", "$0"]],
    "log_sigmoid": ["log", ["sigmoid", "$0"]],
    "log_one_minus_sigmoid": ["log", ["add", ["num", "1"], ["mul", ["num", "-1"], ["sigmoid", "$0"]]]],
    "quad_over_lin": ["mul", ["pow", "$0", ["num", "2"]], ["pow", "$1", ["num", "-1"]]],
    "huber": ["add", ["pow", ["min", ["num", "1"], ["abs", "$0"]], ["num", "2"]],
              ["mul", ["num", "2"], ["relu", ["add", ["num", "-1"], ["abs", "$0"]]]]],
    "geo_mean_pow": ["pow", ["mul", "$*"], "$p"],
}


def exponent_ok(rule: str, p: Fraction, k: int) -> bool:
    """Whether the number ``p`` in a rule's ``"$p"`` place meets the rule's condition (``k`` arguments):
    the power rows' class of p (``exponent_rows``), leaky_relu's slope 0 <= p <= 1, geo_mean_pow's 0 < k p <= 1."""
    if rule == "leaky_relu":
        return leaky_slope_ok(p)
    if rule == "geo_mean_pow":
        return p > 0 and k * p <= 1
    return rule in exponent_rows(p)


def norm_exponent_ok(p: Fraction) -> bool:
    """(c_1 |a_1|^p + ... + c_k |a_k|^p + c)^{1/p} with c_i > 0, c >= 0 is the p-norm of the vector
    (c_1^{1/p} a_1, ..., c_k^{1/p} a_k, c^{1/p}), a convex function, exactly when p >= 1 (Minkowski's
    inequality); p = 1 is a plain sum and p = 2 the ``norm2`` row, so the row takes p > 1."""
    return Fraction(p) > 1


def geo_mean_exponents_ok(exponents) -> bool:
    """a_1^{p_1} ... a_k^{p_k} is concave on the nonnegative orthant when every p_i > 0 and sum p_i <= 1."""
    exponents = [Fraction(p) for p in exponents]
    return len(exponents) >= 2 and all(p > 0 for p in exponents) and sum(exponents) <= 1


__all__ = ["ATOMS", "AtomFacts", "Curvature", "HALF_LINE_ROWS", "Monotonicity", "OPEN_UNIT_INTERVAL",
           "PARAM_POWER_ROWS", "PLAIN_HEADS", "POWER_ROWS", "ROW_HEADS", "RULE_TEMPLATES", "SIGN_RULES", "SIGN_SPANS",
           "SPAN_ROWS", "Sign", "Span", "TAN_DOMAIN", "UNIT_INTERVAL", "exponent_ok", "exponent_rows",
           "geo_mean_exponents_ok", "leaky_slope_ok", "norm_exponent_ok", "param_exponent_ok"]
