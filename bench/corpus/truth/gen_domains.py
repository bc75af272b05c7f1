"""Claims on domains with joint constraints, signs on domains with open ends, natural domains and non-convex
domains (issue #11, the domain part): writes ../domains.jsonl and spec_domains.jsonl.

Each subject states its facts (C, V, SC, SV), the reason, and a segment witness where a convex function is not
strictly convex; ``verify.py spec_domains.jsonl`` checks them (exact-precision midpoint tests, segments,
Hessians at random points), never with symconvex. Claims on a non-convex domain expect a refusal (a convex
function needs a convex domain, so "f is convex on D" is false): their witness, two points of D whose midpoint
is not in D, is checked here exactly with rationals.

    python bench/corpus/truth/gen_domains.py bench/corpus/domains.jsonl bench/corpus/truth/spec_domains.jsonl
    python bench/corpus/truth/verify.py bench/corpus/truth/spec_domains.jsonl
"""
import sys

import sympy as sp

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from lib import Gen

G = Gen(23)
G.auto_false = True
A = G.add

# ---------------- domains convex jointly, not constraint by constraint ----------------
K = "joint-domain"
A(K, "-log(u*v-w**2)", "u v w", ["convex", "strictly convex"], "C SC",
  "-log det [[u,w],[w,v]] on the positive definite cone", tex=r"-\log(u v - w^2)",
  dom_tex=r"$u > 0, v > 0, u v > w^2$", dom=["u>0", "v>0", "u*v>w**2"], box={"u": [0, 4], "v": [0, 4]})
A(K, "log(u*v-w**2)", "u v w", ["concave", "strictly concave"], "V SV", "log det is strictly concave on the cone",
  tex=r"\log(u v - w^2)", dom_tex=r"$u > 0$, $v > 0$, $u v > w^2$", dom=["u>0", "v>0", "u*v>w**2"],
  box={"u": [0, 4], "v": [0, 4]})
A(K, "sqrt(u*v-w**2)", "u v w", ["concave", "strictly concave"], "V",
  "det^{1/2} of a 2x2 positive definite matrix: concave, homogeneous of degree 1", tex=r"\sqrt{u v - w^2}",
  dom_tex=r"$u > 0, v > 0, u v > w^2$", dom=["u>0", "v>0", "u*v>w**2"], box={"u": [0, 4], "v": [0, 4]},
  seg=[[1, 1, 0], [2, 2, 0]])
A(K, "-log(x*y-1)", "x y", ["convex", "strictly convex"], "C SC",
  "log(xy-1) = log x + log(y - 1/x), y - 1/x concave and positive; Hessian definite",
  tex=r"-\log(x y - 1)", dom_tex=r"$x > 0, x y > 1$", dom=["x>0", "x*y>1"], box={"x": [0, 4], "y": [0, 6]})
A(K, "x+2*y", "x y", ["convex", "strictly convex"], "C V", "affine; the domain x>0, xy>1 is convex (y > 1/x)",
  tex=r"x + 2y", dom_tex=r"$x > 0$, $x y > 1$", dom=["x>0", "x*y>1"], box={"x": [0, 4], "y": [0, 6]},
  seg=[[1, 2], [2, 2]])
A(K, "1/x+1/y", "x y", ["convex"], "C SC", "sum of 1/x and 1/y, strictly convex in each variable",
  tex=r"\frac{1}{x} + \frac{1}{y}", dom_tex=r"$y > 0$, $x y > 1$", dom=["y>0", "x*y>1"],
  box={"x": [0, 6], "y": [0, 6]})
A(K, "-log(s*t-r**2-1)", "r s t", ["convex"], "C SC",
  "-log of s(t - (r^2+1)/s), a product of positive concave functions", tex=r"-\log(s t - r^2 - 1)",
  dom_tex=r"$s > 0, s t > r^2 + 1$", dom=["s>0", "s*t>r**2+1"], box={"s": [0, 4], "t": [0, 6]})
A(K, "x**2+y**2", "x y", ["strictly convex", "concave"], "C SC", "Hessian 2I", tex=r"x^2 + y^2",
  dom_tex=r"$x > 0, x y > 1, y < 4$", dom=["x>0", "x*y>1", "y<4"], box={"x": [0, 6], "y": [0, 4]})
A(K, "-log(x)-log(x*y-1)", "x y", ["convex"], "C SC", "sum of convex barriers, Hessian definite",
  tex=r"-\log x - \log(x y - 1)", dom_tex=r"$x > 0, x y > 1$", dom=["x>0", "x*y>1"], box={"x": [0, 4], "y": [0, 6]})
# ---------------- signs on a domain with open ends ----------------
K = "open-ends"
A(K, "-log(1-x**4)", "x", ["convex", "strictly convex"], "C SC", "f''=4x^2(3+x^4)/(1-x^4)^2 >= 0, isolated zero",
  tex=r"-\log(1 - x^4)", dom_tex=r"$-1 < x < 1$", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
A(K, "log(4-x**2)", "x", ["concave", "strictly concave"], "V SV", "log of a positive strictly concave function",
  tex=r"\log(4 - x^2)", dom_tex=r"$x \in (-2, 2)$", dom=["x>-2", "x<2"], box={"x": [-2, 2]})
A(K, "-log(1-exp(2*x))", "x", ["convex"], "C SC", "f''=4e^{2x}/(1-e^{2x})^2>0", tex=r"-\log(1 - e^{2x})",
  dom_tex=r"$x < 0$", dom=["x<0"], box={"x": [-5, 0]})
A(K, "log(1-exp(x))", "x", ["concave", "convex"], "V SV", "log of the positive concave 1-e^x", tex=r"\ln(1 - e^{x})",
  dom_tex=r"$x < 0$", dom=["x<0"], box={"x": [-5, 0]})
A(K, "log(log(2*x))", "x", ["concave"], "V SV", "f''=-(1+log 2x)/(x log 2x)^2<0", tex=r"\log(\log(2x))",
  dom_tex=r"$x > \frac{1}{2}$", dom=["x>1/2"], box={"x": [0.5, 8]})
A(K, "-log(log(x+1))", "x", ["convex", "concave"], "C SC", "minus a strictly concave function", tex=r"-\ln(\ln(x + 1))",
  dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 8]})
A(K, "sqrt(4-x**2)", "x", ["concave", "strictly concave"], "V SV", "upper half circle",
  tex=r"\sqrt{4 - x^2}", dom_tex=r"$-2 \le x \le 2$", dom=["x>=-2", "x<=2"], box={"x": [-2, 2]})
A(K, "1/(1-x**2)", "x", ["convex", "concave"], "C SC", "1/u, u=1-x^2 concave and positive; f''>0",
  tex=r"\frac{1}{1 - x^2}", dom_tex=r"$-1 < x < 1$", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
A(K, "-log(2-Abs(x))", "x", ["convex"], "C SC", "-log of the positive concave 2-|x|; strictly convex",
  tex=r"-\log(2 - |x|)", dom_tex=r"$-2 < x < 2$", dom=["x>-2", "x<2"], box={"x": [-2, 2]})
A(K, "-log(Min(x,2-x))", "x", ["convex"], "C SC", "max of -log x and -log(2-x)", tex=r"-\log(\min(x, 2 - x))",
  dom_tex=r"$0 < x < 2$", dom=["x>0", "x<2"], box={"x": [0, 2]})
A(K, "-log(1-x**2)-log(1-y**2)", "x y", ["convex", "strictly convex"], "C SC",
  "separable, each strictly convex", tex=r"-\log(1 - x^2) - \log(1 - y^2)", dom_tex=r"$-1 < x < 1, -1 < y < 1$",
  dom=["x>-1", "x<1", "y>-1", "y<1"], box={"x": [-1, 1], "y": [-1, 1]})
A(K, "log(1-x**2)", "x", ["convex"], "V SV", "log of a positive concave function", tex=r"\log(1 - x^2)",
  dom_tex=r"$-1 < x < 1$", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
# ---------------- signs from exact factors ----------------
K = "factored-sign"
A(K, "-log(2*x-x**2)", "x", ["convex", "strictly convex"], "C SC", "-log of x(2-x) > 0, concave",
  tex=r"-\log(2x - x^2)", dom_tex=r"$0 < x < 2$", dom=["x>0", "x<2"], box={"x": [0, 2]})
A(K, "1/(x-x**2)", "x", ["convex"], "C SC", "1/u with u=x(1-x) concave and positive", tex=r"\frac{1}{x - x^2}",
  dom_tex=r"$0 < x < 1$", dom=["x>0", "x<1"], box={"x": [0, 1]})
A(K, "-sqrt(x-x**2)", "x", ["convex", "strictly convex"], "C SC", "minus a half circle of radius 1/2",
  tex=r"-\sqrt{x - x^2}", dom_tex=r"$0 \le x \le 1$", dom=["x>=0", "x<=1"], box={"x": [0, 1]})
A(K, "log(x-x**2)", "x", ["concave", "convex"], "V SV", "log of a positive concave function", tex=r"\log(x - x^2)",
  dom_tex=r"$x \in (0, 1)$", dom=["x>0", "x<1"], box={"x": [0, 1]})
A(K, "-log(3+2*x-x**2)", "x", ["convex"], "C SC", "-log of (3-x)(1+x) > 0 on (-1, 3)",
  tex=r"-\log(3 + 2x - x^2)", dom_tex=r"$-1 < x < 3$", dom=["x>-1", "x<3"], box={"x": [-1, 3]})
A(K, "sqrt(x-x**3)", "x", ["concave"], "V SV", "f''<0 on (0,1): x - x^3 = x(1-x)(1+x) > 0, concave",
  tex=r"\sqrt{x - x^3}", dom_tex=r"$0 < x < 1$", dom=["x>0", "x<1"], box={"x": [0, 1]})
# ---------------- strictness under joint constraints ----------------
K = "joint-strict"
A(K, "-log(4-x**2-y**2)", "x y", ["strictly convex", "concave"], "C SC", "-log of a strictly concave positive g",
  tex=r"-\log(4 - x^2 - y^2)", dom_tex=r"$x^2 + y^2 < 4$", dom=["x**2+y**2<4"], box={"x": [-2, 2], "y": [-2, 2]})
A(K, "-log(9-x**2-y**2)", "x y", ["convex", "strictly convex"], "C SC", "-log of a strictly concave positive g",
  tex=r"-\ln(9 - x^2 - y^2)", dom_tex=r"$x^2 + y^2 < 9$", dom=["x**2+y**2<9"], box={"x": [-3, 3], "y": [-3, 3]})
A(K, "sqrt(4-x**2-y**2)", "x y", ["strictly concave", "convex"], "V SV", "upper hemisphere of radius 2",
  tex=r"\sqrt{4 - x^2 - y^2}", dom_tex=r"$x^2 + y^2 < 4$", dom=["x**2+y**2<4"], box={"x": [-2, 2], "y": [-2, 2]})
A(K, "-log(x)-log(y-x)", "x y", ["strictly convex", "concave"], "C SC", "-(log u + log v), (u,v)=(x,y-x) injective",
  tex=r"-\log x - \log(y - x)", dom_tex=r"$x > 0$, $y > x$", dom=["x>0", "y>x"], box={"x": [0, 4], "y": [0, 8]})
A(K, "log(x)+log(y)+log(1-x-y)", "x y", ["concave", "strictly concave"], "V SV", "log-barrier of the simplex",
  tex=r"\log x + \log y + \log(1 - x - y)", dom_tex=r"$x > 0, y > 0, x + y < 1$", dom=["x>0", "y>0", "x+y<1"],
  box={"x": [0, 1], "y": [0, 1]})
A(K, "1/(1-x**2-y**2)", "x y", ["convex", "strictly convex"], "C SC", "1/g with g strictly concave and positive",
  tex=r"\frac{1}{1 - x^2 - y^2}", dom_tex=r"$x^2 + y^2 < 1$", dom=["x**2+y**2<1"], box={"x": [-1, 1], "y": [-1, 1]})
A(K, "-sqrt(1-x**2-y**2)", "x y", ["strictly convex", "concave"], "C SC", "minus the unit upper hemisphere",
  tex=r"-\sqrt{1 - x^2 - y^2}", dom_tex=r"$x^2 + y^2 < 1$", dom=["x**2+y**2<1"], box={"x": [-1, 1], "y": [-1, 1]})
A(K, "-log(1-x**2-2*y**2)", "x y", ["strictly convex"], "C SC", "-log of a strictly concave positive g",
  tex=r"-\log(1 - x^2 - 2y^2)", dom_tex=r"$x^2 + 2y^2 < 1$", dom=["x**2+2*y**2<1"],
  box={"x": [-1, 1], "y": [-0.71, 0.71]})
# ---------------- natural domains, simplified ----------------
K = "natural-domain"
A(K, "log(x**3)", "x", ["concave", "convex"], "V SV", "equals 3 log x on its natural domain x > 0", tex=r"\log(x^3)",
  box={"x": [0, 5]})
A(K, "sqrt(x**5)", "x", ["convex", "strictly convex"], "C SC", "x^{5/2} on x >= 0", tex=r"\sqrt{x^5}", box={"x": [0, 5]})
A(K, "-log(-x**5)", "x", ["convex"], "C SC", "-5 log(-x) on x < 0", tex=r"-\log(-x^5)", box={"x": [-5, 0]})
A(K, "log(x**3+2*x)", "x", ["concave"], "V SV",
  "natural domain x(x^2+2) > 0 iff x > 0; f'' = -1/x^2 + 2(2-x^2)/(x^2+2)^2 < 0", tex=r"\log(x^3 + 2x)",
  box={"x": [0, 5]})
A(K, "1/sqrt(x**3)", "x", ["convex", "concave"], "C SC", "x^{-3/2} on x > 0", tex=r"\frac{1}{\sqrt{x^3}}",
  box={"x": [0, 5]})
A(K, "log(x**5)+log(y)", "x y", ["concave"], "V SV", "5 log x + log y on x > 0, y > 0", tex=r"\log(x^5) + \log(y)",
  box={"x": [0, 5], "y": [0, 5]})
# ---------------- products of positive log-convex functions ----------------
K = "log-convex-product"
A(K, "exp(x)/(1-x)", "x", ["convex", "strictly convex"], "C SC", "log f = x - log(1-x) convex: f log-convex",
  tex=r"\frac{e^{x}}{1 - x}", dom_tex=r"$x < 1$", dom=["x<1"], box={"x": [-5, 1]})
A(K, "exp(-x)/x", "x", ["convex", "concave"], "C SC", "log f = -x - log x convex", tex=r"\frac{e^{-x}}{x}",
  dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "exp(x**2)/(2-x)", "x", ["convex"], "C SC", "log f = x^2 - log(2-x) convex", tex=r"\frac{e^{x^2}}{2 - x}",
  dom_tex=r"$x < 2$", dom=["x<2"], box={"x": [-3, 2]})
A(K, "exp(3*x)/(4-x)", "x", ["strictly convex", "concave"], "C SC", "log f = 3x - log(4-x) convex",
  tex=r"\frac{e^{3x}}{4 - x}", dom_tex=r"$x < 4$", dom=["x<4"], box={"x": [-4, 4]})
A(K, "1/(x*(1-x))", "x", ["convex"], "C SC", "log f = -log x - log(1-x) convex", tex=r"\frac{1}{x (1 - x)}",
  dom_tex=r"$0 < x < 1$", dom=["x>0", "x<1"], box={"x": [0, 1]})

# ---------------- non-convex domains: a refusal is expected ----------------
K = "nonconvex-domain"
Q = sp.Rational


def refused(text, variables, constraints, a, b):
    """A claim on a non-convex domain: a and b satisfy every constraint, their midpoint violates one (exact)."""
    syms = sp.symbols(variables, real=True)
    syms = syms if isinstance(syms, tuple) else (syms,)
    loc = {s.name: s for s in syms}
    rels = [sp.sympify(c, locals=loc) for c in constraints]
    pts = [[Q(v) for v in a], [Q(v) for v in b]]
    mid = [(p + q) / 2 for p, q in zip(*pts)]
    for p in pts:
        assert all(bool(r.subs(dict(zip(syms, p)))) for r in rels), (text, p)
    assert not all(bool(r.subs(dict(zip(syms, mid)))) for r in rels), (text, mid)
    G.raw(K, text, False, f"the domain is not convex ({a} and {b} are in it, their midpoint is not), and a convex "
                          "function needs a convex domain: a refusal is expected", spec=None)


refused(r"$x + y$ is convex on $x^2 + y^2 > 1$", "x y", ["x**2+y**2>1"], ["2", "0"], ["-2", "0"])
refused(r"The function $x^2$ is convex for $x^2 > 1$", "x", ["x**2>1"], ["2"], ["-2"])
refused(r"$-\log(x y - 1)$ is convex on $x y > 1$", "x y", ["x*y>1"], ["2", "1"], ["-2", "-1"])
refused(r"Claim: $-\log(s t - r^2)$ is convex on $s t > r^2$", "r s t", ["s*t>r**2"], ["0", "1", "1"],
        ["0", "-1", "-1"])
refused(r"$\sqrt{x^2 - 1}$ is convex on $x^2 \ge 1$", "x", ["x**2>=1"], ["1", ], ["-1"])
refused(r"$x^2 + y^2$ is convex on $x y < 1$", "x y", ["x*y<1"], ["4", "0"], ["0", "4"])
refused(r"$e^{x} + y$ is convex when $x y > 1$", "x y", ["x*y>1"], ["1", "2"], ["-1", "-2"])
refused(r"$\log(x y)$ is concave", "x y", ["x*y>0"], ["1", "1"], ["-1", "-1"])
refused(r"The map $\log(x^2 y)$ is concave", "x y", ["x**2*y>0"], ["-1", "1"], ["1", "1"])
refused(r"$x$ is convex on $s > 0, t > 0, s t < r^2$ in $x, r, s, t$", "x r s t", ["s>0", "t>0", "s*t<r**2"],
        ["0", "2", "1", "1"], ["0", "-2", "1", "1"])

G.write(sys.argv[1], sys.argv[2])
from collections import Counter
print(len(G.out), Counter(d["kind"] for d in G.out))
