r"""Functions of matrices and vectors of every size, as sums of matrix atoms (kernel; trusted; the ``matrix`` kind).

The subject is a sum of terms c * g with c a rational number and g an *atom leaf*: a ``["var", name]`` whose name
is an atom applied to names of the subject, ``logdet(X)``, ``quadform(x,A)``, ... (``ATOMS``; a number term is a
constant; a scalar variable alone is an affine term). Each name has the shape its atoms give it (a symmetric matrix,
a matrix, a vector, a number; one shape per name, a symmetric matrix also serving where a matrix is asked) and is a
variable or a parameter of the subject, as the atom's row says. The domain holds constraints ``[rel, ["var", M],
["num", "0"]]``: on a symmetric matrix M the Loewner order (gt: M positive definite, ge: positive semidefinite, lt,
le: negative), on a number the order of the reals. The subject is read for every size of its matrices and vectors
(every size for which the expression is defined), every value of the parameters the domain allows, and the variables
on the domain (an intersection of convex cones and half-lines, a convex set).

**Theorem** (each atom's row is a textbook fact, for every size n: Boyd & Vandenberghe, *Convex Optimization*):
logdet(X) = log det X is strictly concave on S^n_{++} (3.1.5: on a line X + tV it is log det X + sum_i log(1 + t
l_i), l_i the eigenvalues of X^{-1/2} V X^{-1/2}, not all 0 when V != 0); detroot(X) = (det X)^{1/n} is concave on
S^n_{++} (ex. 3.18b: the geometric mean of the l_i); trinv(X) = tr X^{-1} is strictly convex on S^n_{++} (ex. 3.18a:
d^2/dt^2 tr (X + tV)^{-1} = 2 tr(X^{-1} V X^{-1} V X^{-1}) > 0 for V != 0); lambdamax(X) = sup_{||y|| = 1} y^T X y is
convex on S^n and lambdamin(X) concave (3.2.3, suprema of linear functions); sigmamax(X) = ||X||_2 and nuclear(X) =
||X||_* are norms, convex; quadform(x,A) = x^T A x with A symmetric has Hessian 2A: convex when A >= 0, strictly when
A > 0, concave when A <= 0, strictly when A < 0 (no fact otherwise); invquadform(x,A) = x^T A^{-1} x likewise
for A > 0 (A^{-1} > 0: strictly convex) and A < 0 (strictly concave); inner(b,x) = b^T x, trace(X) = tr X and
trace(S,X) = tr(S X) are linear; quadoverlin(x,t) = x^T x / t is convex on t > 0 (3.1.5, the perspective of
||x||^2); matfrac(x,Y) = x^T Y^{-1} x is jointly convex on R^n x S^n_{++} (3.1.7: its epigraph is the LMI
[[Y, x], [x^T, s]] >= 0); norm1(A,x,b), norm2(A,x,b), norminf(A,x,b) = ||A x - b||_p are convex in x for every A,
b (a norm of an affine map); frobaffine(A,X,B) = ||A X - B||_F^2 (also written for X A - B: the same
atom with the factors' order as the reader found it) is convex in X (the sum of the squares of affine functions of
the entries of X); vnorm1(x), vnorm2(x), vnorminf(x) = ||x||_1, ||x||_2, ||x||_inf are
norms, convex; sqnorm(x) = ||x||_2^2 and frosq(X) = ||X||_F^2 = tr(X^T X) are strictly convex,
and so is trsquare(X) = tr(X^2) on S^n (= ||X||_F^2 for a symmetric X); maxcoord(x) = max_i x_i is convex,
mincoord(x) = min_i x_i concave. A positive multiple keeps a fact, a negative one turns convex into concave, and a sum
of convex (concave) terms is convex (concave); constants (numbers, scalar parameters) are affine. Strictly: when every term is convex and every
variable is an argument of a term that is strictly convex in its own variables, the sum is strictly convex (along a
segment on which some variable v changes, the strictly convex term holding v has a strict midpoint gap, the others a
gap >= 0); dually strictly concave.

**Accepted when** the subject is such a sum (every leaf an atom of the table whose names have the roles its row
asks, or a scalar variable), every atom's required domain constraint is a constraint of the domain (logdet(X):
X > 0), every constraint has the shape above, and the terms give ``proves`` by the rules of the theorem.
"""

from __future__ import annotations

import re
from fractions import Fraction

from ..errors import CertificateError
from .trees import check_tree, parse_rational, subject_digest

#: shapes: "sym" a symmetric matrix, "mat" a matrix (a symmetric one may serve), "vec" a vector, "num" a number.
#: atom -> (arguments: (shape, "var" | "par") each, curvature "convex" | "concave" | "affine" | None (from the
#: condition on its parameter), strictly?, required domain constraint: (argument index, relation) or None)
ATOMS = {
    "logdet": ((("sym", "var"),), "concave", True, (0, "gt")),
    "detroot": ((("sym", "var"),), "concave", False, (0, "gt")),
    "trinv": ((("sym", "var"),), "convex", True, (0, "gt")),
    "lambdamax": ((("sym", "var"),), "convex", False, None),
    "lambdamin": ((("sym", "var"),), "concave", False, None),
    "sigmamax": ((("mat", "var"),), "convex", False, None),
    "nuclear": ((("mat", "var"),), "convex", False, None),
    "quadform": ((("vec", "var"), ("sym", "par")), None, None, None),
    "invquadform": ((("vec", "var"), ("sym", "par")), None, None, None),
    "inner": ((("vec", "par"), ("vec", "var")), "affine", False, None),
    "trace": ((("mat", "var"),), "affine", False, None),
    "tracewith": ((("mat", "par"), ("mat", "var")), "affine", False, None),
    "quadoverlin": ((("vec", "var"), ("num", "var")), "convex", False, (1, "gt")),
    "matfrac": ((("vec", "var"), ("sym", "var")), "convex", False, (1, "gt")),
    "norm1": ((("mat", "par"), ("vec", "var"), ("vec", "par")), "convex", False, None),
    "norm2": ((("mat", "par"), ("vec", "var"), ("vec", "par")), "convex", False, None),
    "norminf": ((("mat", "par"), ("vec", "var"), ("vec", "par")), "convex", False, None),
    "sqnorm": ((("vec", "var"),), "convex", True, None),
    "vnorm1": ((("vec", "var"),), "convex", False, None),
    "vnorm2": ((("vec", "var"),), "convex", False, None),
    "vnorminf": ((("vec", "var"),), "convex", False, None),
    "frosq": ((("mat", "var"),), "convex", True, None),
    "trsquare": ((("sym", "var"),), "convex", True, None),
    "frobaffine": ((("mat", "par"), ("mat", "var"), ("mat", "par")), "convex", False, None),
    "maxcoord": ((("vec", "var"),), "convex", False, None),
    "mincoord": ((("vec", "var"),), "concave", False, None),
}
#: quadform(x,A): the fact from the Loewner condition on A -> (curvature, strictly).
_QUADFORM = {"ge": ("convex", False), "gt": ("convex", True), "le": ("concave", False), "lt": ("concave", True)}
_LEAF = re.compile(r"^([a-z][a-z0-9]*)\(([^(),]+(?:,[^(),]+)*)\)$")
MAX_TERMS = 32
_OPPOSITE = {"convex": "concave", "concave": "convex", "affine": "affine"}


def _term(tree):
    """(coefficient, leaf name or None for a constant) of a term c * g, g a leaf, or raise."""
    if tree[0] == "num":
        return parse_rational(tree[1], "function"), None
    if tree[0] == "var":
        return Fraction(1), tree[1]
    if tree[0] == "mul" and len(tree) == 3 and tree[1][0] == "num" and tree[2][0] == "var":
        return parse_rational(tree[1][1], "function"), tree[2][1]
    raise CertificateError(f"function: a term must be a number times an atom, found {str(tree)[:60]}")


def verify_matrix(cert) -> str:
    """Re-check a ``matrix`` certificate (a ``check.reader`` record) and return what it proves, for every size and
    every parameter value the domain allows (module docstring)."""
    if cert.function is None or cert.network is not None:
        raise CertificateError("subject: a matrix certificate is about a function")
    check_tree(cert.function, "function")
    variables, parameters = list(cert.variables), list(cert.parameters)
    if not variables or len(set(variables + parameters)) != len(variables) + len(parameters) or \
            any(_LEAF.match(n) for n in variables + parameters):   # f(...) is an atom's leaf, never a name
        raise CertificateError(f"variables: must be distinct, nonempty, not parameters and not of an atom's form "
                               f"f(...), found {variables} and parameters {parameters}")
    if cert.digest != subject_digest(cert.variables, cert.function, None, cert.domain, cert.parameters):
        raise CertificateError("digest: the subject (variables, function, domain) does not hash to the stated digest")
    terms = cert.function[1:] if cert.function[0] == "add" else [cert.function]
    if len(terms) > MAX_TERMS:
        raise CertificateError(f"function: at most {MAX_TERMS} terms")
    roles = {v: "var" for v in variables} | {p: "par" for p in parameters}
    shapes: dict = {}
    leaves = []   # (c, atom or None for a scalar variable, its names) of each term c * g with a variable or an atom
    for tree in terms:
        c, leaf = _term(tree)
        m = _LEAF.match(leaf) if leaf is not None and leaf not in roles else None
        if leaf in roles:   # a number: a variable is an affine term, a parameter a constant
            if shapes.setdefault(leaf, "num") != "num":
                raise CertificateError(f"function: {leaf} alone must be a number")
            leaves += [(c, None, [leaf])] if roles[leaf] == "var" else []
        elif leaf is not None and (m is None or m.group(1) not in ATOMS or
                                   len(m.group(2).split(",")) != len(ATOMS[m.group(1)][0])):
            raise CertificateError(f"function: {leaf!r} is neither a variable nor an atom of the table with its "
                                   "number of names")
        elif leaf is not None:
            leaves.append((c, m.group(1), m.group(2).split(",")))
            for name, (shape, role) in zip(leaves[-1][2], ATOMS[m.group(1)][0]):
                known = shapes.get(name)   # one shape per name; a symmetric matrix also serves as a matrix
                if roles.get(name) != role:
                    raise CertificateError(f"function: in {leaf!r}, {name} must be a "
                                           f"{'variable' if role == 'var' else 'parameter'}")
                if known is None or (known, shape) == ("mat", "sym"):
                    shapes[name] = shape
                elif known != shape and (known, shape) != ("sym", "mat"):
                    raise CertificateError(f"function: {name} is used as a {known} and as a {shape}")
    conditions = {}
    for k, (rel, lhs, rhs) in enumerate(cert.domain):
        if lhs[0] != "var" or rhs != ["num", "0"] or shapes.get(lhs[1]) not in ("sym", "num") or lhs[1] in conditions:
            raise CertificateError(f"domain[{k}]: must be one order constraint of a symmetric matrix or a number "
                                   f"of the subject against 0, found {str([rel, lhs, rhs])[:60]}")
        conditions[lhs[1]] = rel
    found = []   # (curvature of c * g, strictly, the variables of g)
    for c, atom, names in leaves:
        if atom is None:
            found.append(("affine", False, set(names)))
            continue
        spec, curvature, strict, needs = ATOMS[atom]
        if needs is not None and conditions.get(names[needs[0]]) != needs[1]:
            raise CertificateError(f"domain: {atom}({','.join(names)}) needs the constraint {names[needs[0]]} "
                                   f"{needs[1]} 0")
        if curvature is None:   # quadform, invquadform: from the Loewner condition on A
            allowed = _QUADFORM if atom == "quadform" else {r: _QUADFORM[r] for r in ("gt", "lt")}
            if conditions.get(names[1]) not in allowed:
                raise CertificateError(f"domain: {atom}({','.join(names)}) needs an order condition on {names[1]} "
                                       f"({', '.join(allowed)})")
            curvature, strict = allowed[conditions[names[1]]]
        if c != 0:
            found.append((curvature if c > 0 else _OPPOSITE[curvature], strict,
                          {n for n, (_, role) in zip(names, spec) if role == "var"}))
    side = cert.proves.removeprefix("strictly_")
    for curvature, _, _ in found:
        if curvature != "affine" and (side == "affine" or curvature != side):
            raise CertificateError(f"proves: a term is {curvature}, the subject is not {cert.proves}")
    if cert.proves.startswith("strictly_"):
        covered = set().union(*[own for curvature, strict, own in found if strict and curvature == side])
        if covered != set(variables):
            raise CertificateError(f"proves: {cert.proves} needs every variable in a term strictly {side} in its "
                                   f"variables, found {sorted(covered)} of {sorted(variables)}")
    return cert.proves


__all__ = ["ATOMS", "verify_matrix"]
