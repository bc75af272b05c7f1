r"""Checking ``identity`` and ``pieces`` certificates: piecewise functions by case splits (checker; trusted).

**Kinks and their branches.** A *kink* is a node ``relu(a)``, ``abs(a)``, ``leaky_relu(a, alpha)``,
``max(a_1, ..., a_k)`` or ``min(a_1, ..., a_k)``. Its branches, each valid on a *closed* condition:

==================  =======  ==================================  ==========================================
kink                branch   value                               conditions (each ">= 0")
==================  =======  ==================================  ==========================================
relu(a)             0 / 1    a / 0                               a / -a
abs(a)              0 / 1    a / -a                              a / -a
leaky_relu(a, al)   0 / 1    a / al a                            a / -a
max(a_1..a_k)       i        a_i                                 a_i - a_j for each j != i (in order)
min(a_1..a_k)       i        a_i                                 a_j - a_i for each j != i (in order)
==================  =======  ==================================  ==========================================

The kinks of f are numbered in pre-order (a node before its arguments, arguments left to right). A *case* is
one branch per kink; the cases are listed in lexicographic order (``itertools.product``). In case c the tree
E_c is f with every kink replaced by its branch value (its arguments first treated the same way), and its
conditions are those of every kink, in kink order, with the arguments so replaced.

**Theorem (identity).** Let f and g be built from the continuous operations ``SMOOTH`` and kinks; the cases are
those of h = f - g (``difference``: f's kinks first), and P = {x : d_j(x) >= 0 or > 0 for the usable constraints
j} with a point strictly inside it (a constraint is *usable* when d_j = lhs - rhs, rhs - lhs for lt and le, is
affine and not constant). If for every case c either

(i)  E_c expands to the literal 0 (``sympy.expand``), or
(ii) c's conditions are polynomials over Q (so "identically 0" is decided exactly), and multipliers y_i >= 0 on
     c's conditions not identically 0 (0 on the others) and z_j >= 0 on the usable constraints (0 on the others)
     give sum y_i c_i + sum z_j d_j = kappa, a constant, with kappa < 0, or kappa = 0 and some multiplier > 0,

then f = g on the closure of P, which contains the domain.
*Proof.* (ii) shows U_c = {x in int P : c_i(x) > 0 for every condition not identically 0} empty: there every term
of the sum is >= 0 and a positive multiplier makes one > 0 (a usable d_j is > 0 on int P), so the sum would be
> 0 >= kappa. Call x in int P *generic* when no condition (not identically 0) of a case shown empty by (ii)
vanishes at x: the others lie in a finite union of zero sets of nonzero polynomials, nowhere dense, so generic
points are dense in int P, and int P is dense in P (P is convex with an interior point). At a generic x take at
each kink the branch its value takes at x (inner kinks first): all conditions of that case c hold at x; were c
shown empty by (ii), x would lie in the empty U_c; so (i) holds for c, and h(x) = E_c(x) = 0. h is continuous,
so h = 0 on the closure of P. (g may itself be a max or min of pieces: f = max(g_1, g_2) with each g_i convex is
convex by the rules.) An ``identity`` certificate then proves of f what its ``proof`` (about g, the same
variables, a domain of constraints of f's domain, so containing it) proves of g.

**Theorem (pieces).** One variable x; the domain D an interval given by affine constraints; rational
b_1 < ... < b_m; the pieces I_j = D ∩ [b_{j-1}, b_j] (b_0 = -inf, b_{m+1} = +inf), each with a point strictly
inside. If f = g_j on I_j (by the identity theorem with D's constraints and x >= b_{j-1}, x <= b_j), each smooth
g_j is convex on I_j (by its own certificate, on constraints among those), and g_{j-1}'(b_j) <= g_j'(b_j) at
every breakpoint, then f is convex on D. *Proof.* f is continuous and, on each I_j, C^1 with f' = g_j'
nondecreasing; at b_j the left slope is at most the right one, so f' (one-sided at the b_j) is nondecreasing on
D, and f(t) = f(s) + int_s^t f' is convex. Strictly convex when every g_j is strictly convex on I_j (every s < t
spans a piece of positive length); concave and strictly concave dually; affine when every g_j is affine and the
slopes are equal at every b_j (f' constant).

Limits (each a one-line ``CertificateError``): at most ``MAX_KINKS`` kinks and ``MAX_CASES`` cases, function
trees of at most ``MAX_NODES`` nodes with integer exponents in [0, ``MAX_POWER``], at most ``MAX_PIECES``
pieces; sub-certificates nest at most ``check.kinds.MAX_NESTING`` deep.
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import sympy as sp

from ..errors import CertificateError
from .evaluate import evaluate, line_jets, walk
from .numbers import show, sign, sub
from .stated import check_stated
from .sums import read_part
from .symbolic import to_sympy
from .trees import check_tree, clipped, parse_rational, tree_variables, vector

MAX_KINKS, MAX_CASES, MAX_NODES, MAX_POWER, MAX_PIECES = 12, 4096, 2000, 64, 32
#: Operations continuous (and, but for the kinks, smooth) on all of R^n.
SMOOTH = {"num", "var", "add", "mul", "pow", "exp", "sin", "cos", "sinh", "cosh", "tanh", "arctan", "arcsinh",
          "sigmoid", "softplus", "pi"}
KINKS = {"relu", "abs", "leaky_relu", "max", "min"}
#: What a piece's (or g's) certificate may prove, for what the whole certificate proves.
ENOUGH = {"convex": ("convex", "strictly_convex", "affine"), "concave": ("concave", "strictly_concave", "affine"),
          "strictly_convex": ("strictly_convex",), "strictly_concave": ("strictly_concave",), "affine": ("affine",)}


# ------------------------------------------------------------------------------------------ the cases

def _whole(exponent) -> bool:
    """Is the exponent tree a whole number in [0, MAX_POWER]?"""
    k = parse_rational(exponent[1], "exponent") if exponent[0] == "num" else None
    return k is not None and k.denominator == 1 and 0 <= k <= MAX_POWER


def _kinks(tree, where: str) -> list:
    """The kink nodes of ``tree`` in pre-order, after checking every operation is in SMOOTH or KINKS, exponents
    are whole numbers in [0, MAX_POWER], leaky_relu slopes numbers and the size is within MAX_NODES."""
    def node(t, args):
        if t[0] not in SMOOTH and t[0] not in KINKS:
            raise CertificateError(f"{where}: {t[0]} is not one of the operations a case split reads "
                                   f"(continuous on all of R^n)")
        if t[0] == "pow" and not _whole(t[2]) or t[0] == "leaky_relu" and t[2][0] != "num":
            raise CertificateError(f"{where}: a power's exponent must be an integer in [0, {MAX_POWER}] and "
                                   f"leaky_relu's slope a number, found {clipped(t)}")
        return [t] * (t[0] in KINKS) + [k for a in args for k in a]   # the node before its arguments'

    return walk(tree, lambda t: [], node, MAX_NODES)


def _case(tree, choice: tuple) -> tuple[list, list]:
    """(E_c, conditions) for the case ``choice`` (one branch per kink, pre-order), as in the module docstring."""
    conditions: list = []   # per kink, in pre-order

    def neg(t):
        return ["mul", ["num", "-1"], t]

    def build(node):
        head = node[0]
        if head not in KINKS:
            return node if head in ("num", "var") else [head, *[build(a) for a in node[1:]]]
        k = len(conditions)
        conditions.append(None)  # numbered before the inner kinks (pre-order)
        branch, args = choice[k], [build(a) for a in node[1:2 if head == "leaky_relu" else None]]
        if head in ("max", "min"):
            conditions[k] = [["add", args[branch], neg(a)] if head == "max" else ["add", a, neg(args[branch])]
                             for j, a in enumerate(args) if j != branch]
            return args[branch]
        a = args[0]
        conditions[k] = [a if branch == 0 else neg(a)]
        return a if branch == 0 else ["num", "0"] if head == "relu" else neg(a) if head == "abs" else ["mul", node[2], a]

    value = build(tree)
    return value, [c for cs in conditions for c in cs]


def cases(tree, where: str = "function") -> list[tuple[tuple, list, list]]:
    """Every case of ``tree``: (branches, E_c, conditions), in the documented order."""
    kinks = _kinks(tree, where)
    if len(kinks) > MAX_KINKS:
        raise CertificateError(f"{where}: {len(kinks)} kinks, a case split reads at most {MAX_KINKS}")
    counts = [len(k) - 1 if k[0] in ("max", "min") else 2 for k in kinks]
    if math.prod(counts) > MAX_CASES:
        raise CertificateError(f"{where}: {math.prod(counts)} branch combinations, a case split reads at most "
                               f"{MAX_CASES}")
    return [(choice, *_case(tree, choice)) for choice in itertools.product(*map(range, counts))]


# ------------------------------------------------------------------------------------------ polynomials

def _poly(tree, symbols: dict):
    """The tree as a SymPy polynomial over Q when it is built from numbers and variables by +, * and whole powers
    (``_whole``), else None."""
    ok = walk(tree, lambda leaf: leaf[0] != "pi", lambda t, args: all(args) and (
        t[0] in ("add", "mul") or t[0] == "pow" and _whole(t[2])))
    return sp.Poly(sp.expand(to_sympy(tree, dict(symbols))), *symbols.values(), domain="QQ") if ok else None


def _constraint_form(constraint, symbols: dict):
    """d = lhs - rhs (rhs - lhs for lt, le) as a Poly when it is affine and not constant (usable), else None."""
    rel, lhs, rhs = constraint
    poly = _poly(difference(lhs, rhs) if rel in ("gt", "ge") else difference(rhs, lhs), symbols)
    return poly if poly is not None and poly.total_degree() == 1 else None


def _multipliers(values, n: int, what: str) -> list[Fraction]:
    """n stated multipliers, each a rational >= 0."""
    if not isinstance(values, list) or len(values) != n:
        raise CertificateError(f"{what}: expected {n} multipliers, found {clipped(values)}")
    out = [parse_rational(v, what) for v in values]
    if any(v < 0 for v in out):
        raise CertificateError(f"{what}: multipliers must be >= 0, found {min(out)}")
    return out


def _check_interior(interior, forms, names, where: str) -> None:
    """``interior = {"point": [...], "slacks": [...]}``: every usable constraint's d_j at the point equals the
    stated slack (null for an unusable constraint) and is > 0; a coordinate no usable constraint mentions is 0
    (any value would do; 0 is the one stated). None only when no constraint is usable."""
    if all(f is None for f in forms) and interior is None:
        return
    if all(f is None for f in forms) or not isinstance(interior, dict) or set(interior) != {"point", "slacks"}:
        raise CertificateError(f"{where}: expected {{'point', 'slacks'}} when a constraint is affine, else null, "
                               f"found {clipped(interior)}")
    p = [sp.Rational(x) for x in vector(interior["point"], len(names), f"{where}.point")]
    slacks = interior["slacks"]
    if not isinstance(slacks, list) or len(slacks) != len(forms):
        raise CertificateError(f"{where}.slacks: expected {len(forms)} entries (one per constraint)")
    mentioned = set()
    for k, (form, stated) in enumerate(zip(forms, slacks)):
        if form is None:
            if stated is not None:
                raise CertificateError(f"{where}.slacks[{k}]: the constraint is not affine, expected null")
            continue
        mentioned |= {i for monomial in form.monoms() for i, e in enumerate(monomial) if e}
        value = Fraction(int((v := form(*p)).p), int(v.q))
        if not isinstance(stated, str) or parse_rational(stated, f"{where}.slacks[{k}]") != value or value <= 0:
            raise CertificateError(f"{where}.slacks[{k}]: the constraint's slack at the point is {value} (the point "
                                   f"must be strictly inside), certificate states {clipped(stated)}")
    for i, v in enumerate(p):
        if i not in mentioned and v != 0:
            raise CertificateError(f"{where}.point[{i}]: no constraint mentions {names[i]}, so it must be 0, "
                                   f"found {v}")


def difference(f_tree, g_tree) -> list:
    """The tree f - g whose cases an identity certificate lists (f's kinks first, then g's)."""
    return ["add", f_tree, ["mul", ["num", "-1"], g_tree]]


def check_identity(f_tree, g_tree, names: list[str], constraints: list, entries, interior, where: str) -> None:
    """Accept f = g on the closure of P (the identity theorem of the module docstring, for h = f - g), or raise;
    ``constraints`` are read already (a record's domain, and bounds x >= b, x <= b the checker builds)."""
    if tree_variables(g_tree) - set(names):
        raise CertificateError(f"{where}: g uses variables that are not the certificate's")
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    forms = [_constraint_form(c, symbols) for c in constraints]
    _check_interior(interior, forms, names, f"{where}.interior")
    all_cases = cases(difference(f_tree, g_tree))
    if not isinstance(entries, (list, tuple)) or len(entries) != len(all_cases):
        raise CertificateError(f"{where}.cases: expected {len(all_cases)} entries (one per branch combination), "
                               f"found {len(entries) if isinstance(entries, (list, tuple)) else clipped(entries)}")
    for n, ((choice, value, conditions), entry) in enumerate(zip(all_cases, entries)):
        at = f"{where}.cases[{n}]"
        if not isinstance(entry, dict) or entry.get("branches") != list(choice) or \
                set(entry) not in ({"branches", "identity"}, {"branches", "farkas"}):
            raise CertificateError(f"{at}: expected {{'branches': {list(choice)}, and 'identity' or 'farkas'}}, "
                                   f"found {clipped(entry)}")
        if "identity" in entry:
            residue = sp.expand(to_sympy(value, dict(symbols)))
            if entry["identity"] is not True or residue != 0:
                raise CertificateError(f"{at}.identity: must be true, and the branch expression of f - g is "
                                       f"{clipped(str(residue))}, not 0")
            continue
        farkas = entry["farkas"]
        if not isinstance(farkas, dict) or set(farkas) != {"conditions", "domain"}:
            raise CertificateError(f"{at}.farkas: expected {{'conditions', 'domain'}}, found {clipped(farkas)}")
        polys = [_poly(c, symbols) for c in conditions]
        if None in polys:
            raise CertificateError(f"{at}.conditions: a kink's argument must be a polynomial")
        total, positive = sp.Poly(0, *symbols.values(), domain="QQ"), False
        for kind, terms in (("conditions", polys), ("domain", forms)):
            for i, (y, c) in enumerate(zip(_multipliers(farkas[kind], len(terms), f"{at}.farkas.{kind}"), terms)):
                if y and (c is None or c.is_zero):
                    raise CertificateError(f"{at}.farkas.{kind}[{i}]: a multiplier on a condition identically 0 or "
                                           f"on a constraint not affine must be 0, found {y}")
                total, positive = (total + c * sp.Rational(y), True) if y else (total, positive)
        if total.total_degree() > 0:
            raise CertificateError(f"{at}.farkas: the combination is {clipped(str(total.as_expr()))}, not a "
                                   f"constant")
        kappa = total.as_expr()
        if kappa > 0 or (kappa == 0 and not positive):
            raise CertificateError(f"{at}.farkas: the combination is the constant {kappa}, which needs to be < 0 "
                                   f"(or 0 with a positive multiplier) to show the case empty")


# ------------------------------------------------------------------------------------------ the checks

def verify_identity(cert, tree: list, verify, depth: int) -> str:
    """Re-check an identity certificate against its subject ``tree``; ``verify(sub, depth)`` checks ``proof``."""
    names, domain = list(cert.variables), list(cert.domain)
    g = cert.proof.get("function")
    check_tree(g, "proof.function")
    check_identity(tree, g, names, domain, list(cert.cases), cert.interior, "identity")
    statement = verify(read_part(cert.proof, g, "g", "proof", variables=names, domain=domain, exact=True), depth + 1)
    if statement != cert.proves:
        raise CertificateError(f"proves: states {cert.proves!r}, the proof of g proves {statement!r}")
    return cert.proves


def verify_pieces(cert, tree: list, verify, depth: int) -> str:
    """Re-check a pieces certificate against its subject ``tree`` (one variable)."""
    names, domain = list(cert.variables), list(cert.domain)
    if len(names) != 1:
        raise CertificateError(f"variables: a pieces certificate has one variable, found {len(names)}")
    symbols = {names[0]: sp.Symbol(names[0], real=True)}
    for k, c in enumerate(domain):
        if _constraint_form(c, symbols) is None:
            raise CertificateError(f"domain[{k}]: a pieces certificate needs an interval, given by affine "
                                   f"constraints, found {clipped(c)}")
    bs = [parse_rational(b, f"breakpoints[{i}]") for i, b in enumerate(cert.breakpoints)]
    if not 1 <= len(bs) < MAX_PIECES or any(a >= b for a, b in zip(bs, bs[1:])):
        raise CertificateError(f"breakpoints: expected 1 to {MAX_PIECES - 1} increasing numbers, found "
                               f"{clipped(list(cert.breakpoints))}")
    if len(cert.pieces) != len(bs) + 1 or len(cert.slopes) != len(bs):
        raise CertificateError(f"pieces, slopes: expected {len(bs) + 1} pieces (one per interval) and {len(bs)} "
                               f"slope pairs (one per breakpoint), found {len(cert.pieces)} and {len(cert.slopes)}")
    var, functions = ["var", names[0]], []
    for j, piece in enumerate(cert.pieces):
        where = f"pieces[{j}]"
        if not isinstance(piece, dict) or set(piece) != {"function", "cases", "interior", "proof"}:
            raise CertificateError(f"{where}: expected {{'function', 'cases', 'interior', 'proof'}}")
        constraints = domain + ([["ge", var, ["num", cert.breakpoints[j - 1]]]] if j > 0 else []) + \
            ([["le", var, ["num", cert.breakpoints[j]]]] if j < len(bs) else [])
        g = piece["function"]
        check_tree(g, f"{where}.function")
        if _kinks(g, f"{where}.function"):
            raise CertificateError(f"{where}.function: a piece must be smooth (no kinks)")
        check_identity(tree, g, names, constraints, piece["cases"], piece["interior"], where)
        part = read_part(piece["proof"], g, "the piece's", f"{where}.proof", variables=names, domain=constraints,
                         exact=True)
        statement = verify(part, depth + 1)
        if statement not in ENOUGH[cert.proves]:
            raise CertificateError(f"{where}.proof: proves {statement}, which does not give "
                                   f"{cert.proves.replace('_', ' ')} on the piece")
        functions.append(g)
    want = (0,) if cert.proves == "affine" else (0, 1) if cert.proves.endswith("convex") else (0, -1)
    for i, (b, pair) in enumerate(zip(bs, cert.slopes)):
        if not isinstance(pair, list) or len(pair) != 2:
            raise CertificateError(f"slopes[{i}]: expected [left slope, right slope]")
        left, right = (evaluate(g, line_jets(names, [b], [Fraction(1)], 1), 1)[0].c[1] for g in functions[i:i + 2])
        check_stated(left, pair[0], f"slopes[{i}][0] (the left slope at {b})")
        check_stated(right, pair[1], f"slopes[{i}][1] (the right slope at {b})")
        if sign(sub(right, left)) not in want:
            raise CertificateError(f"slopes[{i}]: right minus left slope at {b} is {show(sub(right, left))}, "
                                   f"{cert.proves.replace('_', ' ')}ity needs it "
                                   f"{'= 0' if want == (0,) else '>= 0' if 1 in want else '<= 0'}")
    return cert.proves


__all__ = ["ENOUGH", "KINKS", "MAX_CASES", "MAX_KINKS", "SMOOTH", "cases", "check_identity", "difference",
           "verify_identity", "verify_pieces"]
