r"""Finders for piecewise functions of the inputs: case splits over the kinks (search layer; proposes, never
decides — ``analysis.gate`` keeps what the checker accepts, ``check.pieces`` states the theorems).

A function built from max, min, |.|, relu and leaky_relu of polynomials is one smooth expression on each region
where every kink takes one branch. The finders enumerate the branch combinations (*cases*) of f's kinks, in the
checker's order (kinks in pre-order, combinations lexicographic), and for each case

- decide, by Fourier–Motzkin elimination over the rationals (exact), whether the open region where its affine
  conditions hold strictly (inside the domain's affine constraints) is empty: if so, the elimination's
  nonnegative multipliers are the Farkas certificate; else the case is *live*;
- ``prove_by_identity``: when every live case has the same expression g (up to ``sympy.expand``), f = g on the
  domain; a proof about g (composition rules, a Hessian, a strict sum) becomes an ``identity`` certificate:
  max(x, 1) + min(x, 1) = x + 1 is affine, (x - 1)_+^2 + (1 - x)_+^2 = (x - 1)^2 strictly convex,
  |x - 3| = 3 - x on x <= 3 affine. Else g = the max (min) of the live expressions, checked by a second case
  split over f - g: |x - y| + min(x - y, 0) = max(x - y, 0) is convex, which the rules cannot see in f;
- ``prove_piecewise`` tries both, and for a sum in several variables a strict ``sum`` certificate whose terms may
  be proved by pieces (|x|^3 + |y|^3);
- ``prove_by_pieces`` (one variable): breakpoints at the rational roots of the conditions, one smooth piece per
  interval (an identity there), a proof per piece, and the one-sided slopes compared exactly at each
  breakpoint: |x|^3 is strictly convex (x^3 and -x^3 on the two half-lines, slopes 0 = 0 at 0).

Both give up ([]) beyond ``MAX_KINKS`` kinks or on a function using an operation that is not continuous on all
of R^n; a case whose conditions are not polynomials stays live (its expression must be g), and the pieces finder
needs polynomial conditions with rational roots.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import sympy as sp

from .certificates import IdentityCertificate, PiecesCertificate, rational_to_str, to_sympy, to_tree
from .errors import CertificateError, InputError
from .limits import Budget, SearchTimeout

MAX_KINKS, MAX_CASES, MAX_ROWS = 12, 4096, 400
#: A sum with more terms is not tried as a strict sum of pieces (each term costs a Hessian proof).
MAX_TERMS = 6
#: f = max (min) of its pieces is tried with at most this many distinct pieces.
MAX_JOINED = 6
_CONTINUOUS = {"num", "var", "add", "mul", "pow", "exp", "sin", "cos", "sinh", "cosh", "tanh", "arctan",
               "arcsinh", "sigmoid", "softplus", "pi"}
_KINK_HEADS = {"relu", "abs", "leaky_relu", "max", "min"}
_POLY_HEADS = {"num", "var", "add", "mul", "pow"}


class _GiveUp(Exception):
    """The finder cannot read this function (which proves nothing)."""


# --------------------------------------------------------------------------------------------- cases

def _readable(tree) -> list[int]:
    """The branch counts of the kinks of ``tree`` in pre-order; raises ``_GiveUp`` on an operation a case split
    does not read."""
    head = tree[0]
    if head in ("num", "var"):
        return []
    if head not in _CONTINUOUS and head not in _KINK_HEADS:
        raise _GiveUp(head)
    if head == "pow":
        e = tree[2]
        if e[0] != "num" or "/" in e[1] or int(e[1]) < 0 or int(e[1]) > 64:
            raise _GiveUp("power")
        return _readable(tree[1])
    if head == "leaky_relu":
        return [2] + _readable(tree[1])
    own = [len(tree) - 1 if head in ("max", "min") else 2] if head in _KINK_HEADS else []
    return own + [c for a in tree[1:] for c in _readable(a)]


def _minus(t):
    return ["mul", ["num", "-1"], t]


def _substitute(tree, choice: tuple):
    """(expression, conditions) of one case; the conditions listed by kink in pre-order."""
    found: dict[int, list] = {}
    position = iter(range(len(choice)))

    def go(node):
        head = node[0]
        if head in ("num", "var"):
            return node
        if head not in _KINK_HEADS:
            return [head, *[go(a) for a in node[1:]]]
        k = next(position)
        b = choice[k]
        if head == "leaky_relu":
            a = go(node[1])
            found[k] = [a] if b == 0 else [_minus(a)]
            return a if b == 0 else ["mul", node[2], a]
        args = [go(a) for a in node[1:]]
        if head in ("relu", "abs"):
            found[k] = [args[0]] if b == 0 else [_minus(args[0])]
            return args[0] if b == 0 else (["num", "0"] if head == "relu" else _minus(args[0]))
        sign = 1 if head == "max" else -1
        found[k] = [["add", args[b], _minus(a)] if sign > 0 else ["add", a, _minus(args[b])]
                    for j, a in enumerate(args) if j != b]
        return args[b]

    value = go(tree)
    return value, [c for k in sorted(found) for c in found[k]]


def _poly(expr, xs):
    """A ``sympy.Poly`` over QQ, or None when ``expr`` is not a polynomial with rational coefficients."""
    expr = sp.expand(expr)
    if not expr.is_polynomial(*xs):
        return None
    try:
        return sp.Poly(expr, *xs, domain="QQ")
    except (sp.PolynomialError, sp.CoercionFailed):
        return None


def _linear(poly, n):
    """(coefficients, constant) of a polynomial of degree <= 1, else None."""
    if poly is None or poly.total_degree() > 1:
        return None
    coeffs = [Fraction(0)] * n
    const = Fraction(0)
    for monomial, c in poly.terms():
        value = Fraction(int(c.p), int(c.q))
        if sum(monomial) == 0:
            const = value
        else:
            coeffs[monomial.index(1)] = value
    return coeffs, const


def find_empty(rows, n: int) -> list[Fraction] | None:
    """Nonnegative multipliers y (one per row, not all 0) with sum y_i (a_i . x + c_i) = kappa constant, kappa
    <= 0, which shows {x : a_i . x + c_i > 0 for every row} empty; None when that set is not empty (or the
    elimination grows beyond ``MAX_ROWS``). Fourier–Motzkin elimination, exact.

    >>> find_empty([([Fraction(1)], Fraction(0)), ([Fraction(-1)], Fraction(-1))], 1)
    [Fraction(1, 1), Fraction(1, 1)]
    """
    m = len(rows)
    state = [(list(a), c, [Fraction(int(i == k)) for i in range(m)]) for k, (a, c) in enumerate(rows)]
    for k in range(n + 1):
        for a, c, y in state:
            if not any(a) and c <= 0:
                return y
        if k == n:
            return None
        pos = [r for r in state if r[0][k] > 0]
        neg = [r for r in state if r[0][k] < 0]
        state = [r for r in state if r[0][k] == 0]
        for (a, c, y), (b, d, z) in itertools.product(pos, neg):
            s, t = -b[k], a[k]  # s a + t b has no x_k
            state.append(([s * ai + t * bi for ai, bi in zip(a, b)], s * c + t * d,
                          [s * yi + t * zi for yi, zi in zip(y, z)]))
        if len(state) > MAX_ROWS:
            return None
    return None


class Split:
    """The cases of f on a list of constraints: ``entries`` (the certificate's ``cases``, Farkas multipliers filled
    in for the cases shown empty) and ``live`` (the SymPy expressions of the others)."""

    def __init__(self, tree, names, constraints, deadline=None, symbols=None):
        counts = _readable(tree)
        total = 1
        for c in counts:
            total *= c
        if len(counts) > MAX_KINKS or total > MAX_CASES or not counts:
            raise _GiveUp("too many kinks" if counts else "no kinks")
        self.symbols = {n: s for n, s in zip(names, symbols)} if symbols else {n: sp.Symbol(n, real=True)
                                                                              for n in names}
        xs = list(self.symbols.values())
        n = len(xs)
        forms = []
        for rel, lhs, rhs in constraints:
            d = to_sympy(lhs, dict(self.symbols)) - to_sympy(rhs, dict(self.symbols))
            lin = _linear(_poly(d if rel in ("gt", "ge") else -d, xs), n)
            forms.append(lin if lin is not None and any(lin[0]) else None)
        self.forms = forms
        self.entries, self.live, self.conditions = [], [], []
        for choice in itertools.product(*[range(c) for c in counts]):
            if Budget.of(deadline).spent():
                raise _GiveUp("out of time")
            value, conds = _substitute(tree, choice)
            polys = [_poly(to_sympy(c, dict(self.symbols)), xs) for c in conds]
            readable = all(p is not None for p in polys)  # else the case stays live: its g must be f's
            self.conditions.append(polys)
            rows, where = [], []
            for i, p in enumerate(polys):
                lin = _linear(p, n)
                if lin is not None and not p.is_zero:
                    rows.append(lin)
                    where.append(("c", i))
            for j, form in enumerate(forms):
                if form is not None:
                    rows.append(form)
                    where.append(("d", j))
            y = find_empty(rows, n) if readable else None
            entry = {"branches": list(choice)}
            if y is None:
                entry["identity"] = True
                self.live.append((len(self.entries), to_sympy(value, dict(self.symbols))))
            else:
                ys, zs = [Fraction(0)] * len(polys), [Fraction(0)] * len(forms)
                for (side, i), v in zip(where, y):
                    (ys if side == "c" else zs)[i] = v
                entry["farkas"] = {"conditions": [rational_to_str(v) for v in ys],
                                   "domain": [rational_to_str(v) for v in zs]}
            self.entries.append(entry)

    def common(self):
        """The one expression of every live case (simplest form), or None when they differ."""
        if not self.live:
            return None
        first = self.live[0][1]
        if any(sp.expand(e - first) != 0 for _, e in self.live[1:]):
            return None
        forms = [e for _, e in self.live] + [sp.expand(first), sp.factor(first)]
        return min(forms, key=lambda e: (sp.count_ops(e), len(str(e))))

    def interior(self, point) -> dict | None:
        """The stated interior point: ``point`` with coordinates no usable constraint mentions set to 0, and the
        slacks; None when no constraint is usable."""
        if all(f is None for f in self.forms):
            return None
        mentioned = {i for f in self.forms if f is not None for i, a in enumerate(f[0]) if a}
        p = [Fraction(v) if i in mentioned else Fraction(0) for i, v in enumerate(point)]
        slacks = [None if f is None else sum((a * v for a, v in zip(f[0], p)), f[1]) for f in self.forms]
        if any(s is not None and s <= 0 for s in slacks):
            return None
        return {"point": [rational_to_str(v) for v in p],
                "slacks": [None if s is None else rational_to_str(s) for s in slacks]}


# --------------------------------------------------------------------------------------------- proofs

def _proofs_of(g, variables, domain) -> list:
    """Certificates about the smooth g on the domain: rules, a (strict) Hessian, a strict sum; each proposed."""
    from . import decompose, rules
    from .strictness import prove_strict_sum

    out = []
    for prove in (lambda: rules.prove_by_rules(g, variables, domain),
                  lambda: decompose.prove_by_hessian(g, variables, domain, strict=True),
                  lambda: decompose.prove_by_hessian(g, variables, domain, strict=True, side="concave"),
                  lambda: prove_strict_sum(g, variables, domain, "convex"),
                  lambda: prove_strict_sum(g, variables, domain, "concave")):
        try:
            cert = prove()
        except SearchTimeout:
            raise
        except Exception:  # noqa: BLE001 - a prover that cannot read g proves nothing
            cert = None
        if cert is not None and all(c.statement != cert.statement for c in out):
            out.append(cert)
        if cert is not None and cert.statement == "affine":
            break
    return out


def _interior_point(domain, n):
    if not domain:
        return (Fraction(0),) * n
    p = domain.interior_point()
    return None if p is None else tuple(Fraction(int(v.p), int(v.q)) for v in p)


def prove_by_identity(f, variables, domain, deadline=None) -> list[IdentityCertificate]:
    """``identity`` certificates: f = g on the domain (a case split, module docstring) and what the rules, a
    Hessian or a strict sum prove about g. When the live cases' expressions differ, g = their max (or min) is
    tried: f = max of its pieces is convex when every piece is (the rules prove it). [] when f has no kinks, no g
    is found or nothing is proved about it.

    >>> x = sp.Symbol("x", real=True)
    >>> [c.proves for c in prove_by_identity(sp.Max(x, 1) + sp.Min(x, 1), (x,), None)]
    ['affine']
    """
    names = [v.name for v in variables]
    trees = list(domain.to_trees()) if domain else []
    tree = to_tree(f)
    try:
        split = Split(tree, names, trees, deadline, variables)
    except (_GiveUp, InputError, CertificateError, ValueError):
        return []
    point = _interior_point(domain, len(names))
    if point is None:
        return []
    g = split.common()
    if g is not None:
        return _identity_certificates(tree, g, split, variables, domain, point)
    pieces = []
    for _, e in split.live:
        if all(sp.expand(e - p) != 0 for p in pieces):
            pieces.append(e)
    out = []
    if 1 < len(pieces) <= MAX_JOINED:
        for head in (sp.Max, sp.Min):  # f = max (min) of its pieces: a second case split, over f - g
            g = head(*pieces)
            try:
                difference = Split(["add", tree, ["mul", ["num", "-1"], to_tree(g)]], names, trees, deadline,
                                   variables)
            except (_GiveUp, InputError, CertificateError, ValueError):
                continue
            if difference.live and all(sp.expand(e) == 0 for _, e in difference.live):
                out += _identity_certificates(tree, g, difference, variables, domain, point)
    return out


def _identity_certificates(tree, g, split, variables, domain, point) -> list[IdentityCertificate]:
    interior = split.interior(point)
    if interior is None and any(form is not None for form in split.forms):
        return []
    names = tuple(v.name for v in variables)
    base = dict(variables=names, function=tree, domain=tuple(domain.to_trees()) if domain else ())
    return [IdentityCertificate(**base, proves=proof.statement, cases=tuple(split.entries), interior=interior,
                                proof=proof.to_dict()) for proof in _proofs_of(g, variables, domain)]


def _roots(polys, x) -> list[Fraction] | None:
    """The real roots of the conditions that are not identically 0, when all of them are rational; else None."""
    out = set()
    for p in polys:
        if p.is_zero or p.total_degree() == 0:
            continue
        q = sp.Poly(p.as_expr(), x)
        real = sp.real_roots(q)
        for r in real:
            if not r.is_Rational:
                return None
            out.add(Fraction(int(r.p), int(r.q)))
    return sorted(out)


def _piece_domain(domain, x, lo, hi):
    from .domain import Domain

    extra = ([x >= sp.Rational(lo.numerator, lo.denominator)] if lo is not None else []) + \
            ([x <= sp.Rational(hi.numerator, hi.denominator)] if hi is not None else [])
    return Domain.build((x,), list(domain.constraints if domain else ()) + extra)


def prove_by_pieces(f, variables, domain, deadline=None) -> list[PiecesCertificate]:
    """``pieces`` certificates for f of one variable (module docstring): convex / concave (strictly when every
    piece is), or affine. [] when f is not read, a breakpoint is irrational, or no side holds piece by piece.

    >>> x = sp.Symbol("x", real=True)
    >>> [c.proves for c in prove_by_pieces(sp.Abs(x) ** 3, (x,), None)]
    ['strictly_convex']
    """
    if len(variables) != 1:
        return []
    (x,) = variables
    names = [x.name]
    trees = list(domain.to_trees()) if domain else []
    tree = to_tree(f)
    try:
        whole = Split(tree, names, trees, deadline, variables)
    except (_GiveUp, InputError, CertificateError, ValueError):
        return []
    if any(form is None for form in whole.forms):  # the checker needs an interval of affine constraints
        return []
    xs = [whole.symbols[x.name]]
    polys = [p for case in whole.conditions for p in case]
    if any(p is None for p in polys):
        return []
    roots = _roots(polys, xs[0])
    if not roots:
        return []
    lo, _, hi, _ = domain.bounds()[x] if domain else (None, False, None, False)
    cuts = [b for b in roots if (lo is None or b > lo) and (hi is None or b < hi)]
    if not cuts or len(cuts) > 30:
        return []
    edges = [None, *cuts, None]
    pieces = []
    for j in range(len(cuts) + 1):
        a, b = edges[j], edges[j + 1]
        low = None if lo is None else Fraction(int(lo.p), int(lo.q))
        high = None if hi is None else Fraction(int(hi.p), int(hi.q))
        if a is not None and b is not None:
            inside = (a + b) / 2
        elif a is None:
            inside = b - 1 if low is None else (low + b) / 2
        else:
            inside = a + 1 if high is None else (a + high) / 2
        sub_domain = _piece_domain(domain, x, a, b)
        bounds = ([["ge", ["var", x.name], ["num", rational_to_str(a)]]] if a is not None else []) + \
                 ([["le", ["var", x.name], ["num", rational_to_str(b)]]] if b is not None else [])
        constraints = trees + bounds
        try:
            split = Split(tree, names, constraints, deadline, variables)
        except (_GiveUp, InputError, CertificateError, ValueError):
            return []
        g = split.common()
        interior = split.interior([inside])
        if g is None or interior is None or not all(list(c) in constraints for c in sub_domain.to_trees()):
            return []
        pieces.append((g, split, interior, sub_domain))
    proofs = [_proofs_of(g, (x,), sub_domain) for g, _, _, sub_domain in pieces]
    slopes = []
    for i, b in enumerate(cuts):
        at = sp.Rational(b.numerator, b.denominator)
        left = sp.diff(pieces[i][0], x).subs(x, at)  # the pieces are in the variable's own symbol (Split)
        right = sp.diff(pieces[i + 1][0], x).subs(x, at)
        if not (left.is_Rational and right.is_Rational):
            return []
        slopes.append((Fraction(int(left.p), int(left.q)), Fraction(int(right.p), int(right.q))))
    out = []
    for proves, ok in (("affine", lambda l, r: l == r), ("convex", lambda l, r: l <= r),
                       ("concave", lambda l, r: l >= r)):
        if not all(ok(l, r) for l, r in slopes):
            continue
        chosen = []
        for candidates in proofs:
            want = {"affine": ("affine",), "convex": ("strictly_convex", "convex", "affine"),
                    "concave": ("strictly_concave", "concave", "affine")}[proves]
            best = next((c for w in want for c in candidates if c.statement == w), None)
            if best is None:
                break
            chosen.append(best)
        else:
            statement = proves
            if proves != "affine" and all(c.statement == "strictly_" + proves for c in chosen):
                statement = "strictly_" + proves
            out.append(PiecesCertificate(
                variables=tuple(names), function=tree, domain=tuple(trees), proves=statement,
                breakpoints=tuple(rational_to_str(b) for b in cuts),
                pieces=tuple({"function": to_tree(g), "cases": split.entries, "interior": interior,
                              "proof": proof.to_dict()}
                             for (g, split, interior, _), proof in zip(pieces, chosen)),
                slopes=tuple([rational_to_str(l), rational_to_str(r)] for l, r in slopes)))
            if proves == "affine":
                break
    return out


#: The finders' own budget within a search, in CPU seconds of the searching thread (``limits.Budget``), so that a
#: function with many kinks costs little, and the same on a busy machine as on an idle one.
BUDGET = 3.0


def prove_piecewise(f, variables, domain, deadline=None) -> list:
    """Every identity and pieces certificate the finders propose for f (module docstring), within ``BUDGET``
    seconds of CPU time (and the search's wall-clock ``deadline``)."""
    deadline = Budget(deadline, BUDGET)
    found = prove_by_identity(f, variables, domain, deadline)
    if not any(c.proves in ("affine", "strictly_convex", "strictly_concave") for c in found):
        found += prove_by_pieces(f, variables, domain, deadline)  # pieces may add strictness to a max of pieces
    if not found and isinstance(f, sp.Add) and len(variables) > 1 and len(f.args) <= MAX_TERMS and \
            not deadline.spent():  # |x|^3 + |y|^3: a strict sum of pieces
        from .strictness import prove_strict_sum

        for side in ("convex", "concave"):
            try:
                cert = prove_strict_sum(f, variables, domain, side, extra=(prove_by_pieces,))
            except SearchTimeout:
                raise
            except Exception:  # noqa: BLE001 - a prover that cannot read f proves nothing
                cert = None
            if cert is not None:
                found.append(cert)
    return found


__all__ = ["Split", "find_empty", "prove_by_identity", "prove_by_pieces", "prove_piecewise"]
