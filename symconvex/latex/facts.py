r"""The standard results the proofs cite, and the bibliography (text layer, layer 4).

``FACTS`` are the textbook theorems a proof rests on (Jensen's inequality, the second-order condition, positive
definiteness and strict convexity, the composition rules; Boyd and Vandenberghe, *Convex Optimization*, 2004),
each stated once in a document as a numbered Fact; ``fact_ref`` is how a proof cites one, ``_KIND_FACTS`` which
ones each certificate kind's proof uses. ``BIBITEM`` / ``BIBTEX`` are the one bibliography entry.
"""

from __future__ import annotations


#: The bibliography every document ships (the standalone document inlines it; ``BIBTEX`` is the .bib entry).
BIB_KEY = "BoydVandenberghe2004"
BIBITEM = (r"\bibitem{%s} S.~Boyd and L.~Vandenberghe. \emph{Convex Optimization}. Cambridge University Press, "
           r"2004." % BIB_KEY)
BIBTEX = ("@book{%s,\n  author    = {Boyd, Stephen and Vandenberghe, Lieven},\n  title     = {Convex Optimization},\n"
          "  publisher = {Cambridge University Press},\n  year      = {2004}\n}\n" % BIB_KEY)

#: The standard results a proof may rest on: key -> (LaTeX statement, where it is proved). The document states
#: each result its proofs use once, as a numbered Fact (``_KIND_FACTS``: which ones each kind uses).
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
    "quasi": (r"A function $g$ on a convex set $D$ is quasiconvex if and only if $g(\lambda p + (1 - \lambda) q) \le "
              r"\max(g(p), g(q))$ for all $p, q \in D$ and $\lambda \in [0, 1]$, i.e.\ every sublevel set is convex "
              r"(quasiconcave: $\ge \min$; quasilinear: both); a convex $g$ is quasiconvex.", r"\S3.4.1, \S3.4.2"),
}


_KIND_FACTS = {"midpoint": ("jensen",), "curvature": ("second_order",), "rules": ("composition",),
               "hessian": ("second_order",), "sum": ("jensen",), "saddle": ("second_order",),
               "identity": ("composition", "second_order"), "pieces": ("composition", "second_order"),
               "quasimidpoint": ("quasi",), "quasi": ("quasi", "composition", "second_order"),
               "loglog": ("composition", "second_order", "jensen")}


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
