r"""The proof document of a claim about matrix atoms of every size (``matrix_atoms.MatrixResult``, proved by
``matrix`` certificates, ``check.matrices``): the claim, the atoms its function is a sum of, each with its textbook
fact, the sum rule and the conclusion, and how to re-check the certificates. Written only for certificates the
checker accepts.
"""

from __future__ import annotations

import re

from ..check import verify
from ..errors import InputError
from .assembly import PREAMBLE, _how_to_verify
from .facts import BIBITEM, BIB_KEY
from .notation import text_escape

#: atom -> (its value in LaTeX with the names #1, #2, #3, its fact for every size).
_ATOMS = {
    "logdet": (r"\log\det #1", r"strictly concave on $\mathbf{S}^n_{++}$ (on a line $#1 + tV$ it is $\log\det #1 + "
               r"\sum_i \log(1 + t\lambda_i)$, $\lambda_i$ the eigenvalues of $#1^{-1/2} V #1^{-1/2}$)"),
    "detroot": (r"(\det #1)^{1/n}", r"concave on $\mathbf{S}^n_{++}$ (the geometric mean of the eigenvalues)"),
    "trinv": (r"\operatorname{tr}(#1^{-1})", r"strictly convex on $\mathbf{S}^n_{++}$ ($\frac{d^2}{dt^2} "
              r"\operatorname{tr}(#1 + tV)^{-1} = 2\operatorname{tr}(#1^{-1} V #1^{-1} V #1^{-1}) > 0$ for $V \ne 0$)"),
    "lambdamax": (r"\lambda_{\max}(#1)", r"convex on $\mathbf{S}^n$ (a supremum of the linear functions $y^\top #1 y$, "
                  r"$\|y\|_2 = 1$)"),
    "lambdamin": (r"\lambda_{\min}(#1)", r"concave on $\mathbf{S}^n$ (an infimum of linear functions)"),
    "sigmamax": (r"\sigma_{\max}(#1)", "convex (a norm)"),
    "nuclear": (r"\|#1\|_*", "convex (a norm)"),
    "quadform": (r"#1^\top #2 #1", r"convex when $#2 \succeq 0$, strictly when $#2 \succ 0$; concave when "
                 r"$#2 \preceq 0$, strictly when $#2 \prec 0$ (its Hessian is $2#2$)"),
    "invquadform": (r"#1^\top #2^{-1} #1", r"strictly convex when $#2 \succ 0$ ($#2^{-1} \succ 0$), strictly concave "
                    r"when $#2 \prec 0$"),
    "inner": (r"#1^\top #2", "linear"),
    "trace": (r"\operatorname{tr} #1", "linear"),
    "tracewith": (r"\operatorname{tr}(#1 #2)", "linear in the second matrix"),
    "quadoverlin": (r"#1^\top #1 / #2", r"convex on $#2 > 0$ (the perspective of $\|#1\|_2^2$)"),
    "matfrac": (r"#1^\top #2^{-1} #1", r"jointly convex on $\mathbb{R}^n \times \mathbf{S}^n_{++}$ (its epigraph is "
                r"the linear matrix inequality $\left[\begin{smallmatrix} #2 & #1 \\ #1^\top & s"
                r"\end{smallmatrix}\right] \succeq 0$)"),
    "norm1": (r"\|#1 #2 - #3\|_1", "convex in the vector (a norm of an affine map)"),
    "norm2": (r"\|#1 #2 - #3\|_2", "convex in the vector (a norm of an affine map)"),
    "norminf": (r"\|#1 #2 - #3\|_\infty", "convex in the vector (a norm of an affine map)"),
    "frobaffine": (r"\|#1 #2 - #3\|_F^2", "convex in the middle matrix (a sum of squares of affine functions)"),
    "frosq": (r"\|#1\|_F^2", "strictly convex (the sum of the squares of the entries)"),
    "trsquare": (r"\operatorname{tr}(#1^2)", r"strictly convex on $\mathbf{S}^n$ (there it is $\|#1\|_F^2$)"),
    "sqnorm": (r"\|#1\|_2^2", "strictly convex"),
    "vnorm1": (r"\|#1\|_1", "convex (a norm)"), "vnorm2": (r"\|#1\|_2", "convex (a norm)"),
    "vnorminf": (r"\|#1\|_\infty", "convex (a norm)"),
    "maxcoord": (r"\max_i #1_i", "convex (a maximum of linear functions)"),
    "mincoord": (r"\min_i #1_i", "concave (a minimum of linear functions)"),
}
_LEAF = re.compile(r"^([a-z][a-z0-9]*)\((.*)\)$")


def _atom(leaf: str) -> tuple[str, str] | None:
    """(the atom's value, its fact) in LaTeX for a leaf name ``logdet(X)``, or None for a plain name."""
    m = _LEAF.match(leaf)
    if m is None or m.group(1) not in _ATOMS:
        return None
    value, fact = _ATOMS[m.group(1)]
    for k, name in enumerate(m.group(2).split(","), 1):
        value, fact = value.replace(f"#{k}", name), fact.replace(f"#{k}", name)
    return value, fact


def _leaves(tree) -> list[str]:
    return [tree[1]] if tree[0] == "var" else [x for a in tree[1:] if isinstance(a, list) for x in _leaves(a)]


def matrix_document(result, *, certificate_file: str | None = None) -> str:
    """A standalone LaTeX document for a claim answered by ``matrix`` certificates."""
    certs = [c for c in result.certificates if c.kind == "matrix"]
    if not certs:
        raise InputError("to_latex: no matrix certificate to write a proof from")
    for c in certs:
        verify(c)
    rows, seen = [], set()
    for leaf in _leaves(certs[0].function):
        found = _atom(leaf)
        if found and leaf not in seen:
            seen.add(leaf)
            rows.append(r"\item $%s$ is %s." % found)
    conditions = ", ".join(r"$%s %s 0$" % (c[1][1], {"gt": r"\succ", "ge": r"\succeq", "lt": r"\prec",
                                                     "le": r"\preceq"}[c[0]]) for c in certs[0].domain)
    word = {True: "holds", False: "does not hold", None: "is undecided"}[result.holds]
    out = [PREAMBLE % (10, "A matrix claim, for every size"),
           r"\begin{quote}%s\end{quote}" % text_escape(result.text),
           r"\section*{Setting}",
           r"Capital letters are matrices and lowercase letters transposed or in a norm are vectors, of every size; "
           r"the claim is read for every size and every value of the data its conditions allow%s. The function is "
           r"a sum of rational multiples of the following atoms \cite{%s}:" % (
               (" (" + conditions + r", with $\succ 0$ the positive definite cone)") if conditions else "", BIB_KEY),
           r"\begin{itemize}" + "\n" + "\n".join(rows) + "\n" + r"\end{itemize}",
           r"\section*{The result}",
           r"A positive multiple keeps an atom's fact and a negative one turns convex into concave; a sum of convex "
           r"(concave) functions is convex (concave), and strictly so when every variable is an argument of a term "
           r"strictly convex (concave) in its own variables. Hence the function is %s, and the claim %s. %s" % (
               " and ".join(sorted(c.statement.replace("_", " ") for c in certs)), word,
               text_escape(result.reason)),
           r"\appendix", _how_to_verify(certs, certs, certificate_file),
           r"\begin{thebibliography}{1}" + "\n" + BIBITEM + "\n" + r"\end{thebibliography}",
           r"\end{document}" + "\n"]
    return "\n".join(out)


__all__ = ["matrix_document"]
