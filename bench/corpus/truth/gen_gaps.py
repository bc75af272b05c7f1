"""Generate bench/corpus/gaps.jsonl: claims of the kinds the finders and the reader did not decide before (the
textbook corpus's gaps, grouped by kind; none of these claims is in textbook.jsonl).

Readings: claims with a conventional parameter letter (a, c, k, p, ...) whose wording
settles which symbols are the variables — a domain written as a set of the right dimension ("$x^p$ is convex on
$(0, \\infty)$ for $p \\ge 2$": a subset of the real line, so a function of x alone), or the function's set stated
with "on" in the other symbols and the letter's conditions stated apart ("$\\frac{k}{x}$ on $x > 0$ for $k > 0$").
Each is a claim about the function of the remaining variables for every allowed parameter value. And the converse:
a domain constraint that ties the letter to the other symbols ("$x y > k^2$") makes one set in all of them, so the
claim is about the function of all of them jointly.

Vector names: "$\\|x\\|_2 = \\sqrt{x_1^2 + x_2^2}$" names a function of the vector x on the left (read as a formula in a
scalar x) and writes it by x's coordinates on the right: the claim is about the right side.

Irrational ends: intervals between inflection points such as +-1/sqrt(3), read as bounds with irrational ends; the
same set is also described by polynomial constraints with rational coefficients (2x^2 < 1), which the sign rules read.

Leading "in": "In the precision $\\tau$, ... is convex" names the variables before the formula.

Log of a product: log(c prod b_i^k_i e^h) read as the sum of the logs (log-concave densities with constants and kinks).

Restated: a formula after "i.e." before the property restates the function; the claim is about it.

Positive pivots: one-variable functions whose second derivative is a polynomial (or has a polynomial factor) that is
positive on R without a visible sign (12x^2 + 6x + 2), proved by a Hessian whose pivot is written as a sum of squares.

Facts per subject as in gen_textbook.py (C convex, V concave, SC / SV strictly); expected answers derived from them
(lib.PROPS), and checked by verify_textbook.py (exact witnesses, exact affine segments at stated parameter values,
symbolic Hessians at random points and parameter values, edge values such as a = 1 always tried).

    python bench/corpus/truth/gen_gaps.py bench/corpus/gaps.jsonl bench/corpus/truth/spec_gaps.jsonl
    python bench/corpus/truth/verify_textbook.py bench/corpus/truth/spec_gaps.jsonl
"""
import sys
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from lib import Gen

G = Gen(7)


def T(kind, tpl, expr, vars, props, fx, why, **kw):
    """One subject, one phrasing; one claim per property."""
    assert "<prop>" in tpl, tpl
    G.add(kind, expr, vars, props, fx, why, tpl=tpl, **kw)


# ---------------- a set of dimension one: the function is of the one remaining letter ----------------
K = "set-dimension"
T(K, r"$x^p$ <is> <prop> on $(0, \infty)$ for $p \ge 2$", "x**p", "x", ["convex", "concave"], "C SC",
  "(x^p)''=p(p-1)x^{p-2}>0 for p>=2, x>0", params={"p": ["p>=2"]}, box={"x": [0, 5], "p": [2, 4]}, dom=["x>0"])
T(K, r"$x^a$ <is> <prop> on $\mathbb{R}_{++}$ for $1 \le a \le 2$", "x**a", "x", ["convex", "strictly convex"],
  "C", "a(a-1)>=0 for 1<=a<=2; a=1 is linear", params={"a": ["a>=1", "a<=2"]}, box={"x": [0, 5], "a": [1, 2]},
  dom=["x>0"], seg=[[1], [2], [1]])
T(K, r"$x^a$ <is> <prop> on $\mathbb{R}_{+}$ for $0 < a < 1$", "x**a", "x", ["concave", "convex"], "V SV",
  "a(a-1)x^{a-2}<0 for 0<a<1, x>0", params={"a": ["a>0", "a<1"]}, box={"x": [0, 5], "a": [0, 1]}, dom=["x>=0"])
T(K, r"$e^{k x}$ <is> <prop> on $\mathbb{R}$ for $k > 0$", "exp(k*x)", "x", ["convex", "concave"], "C SC",
  "(e^{kx})''=k^2 e^{kx}>0 for k>0", params={"k": ["k>0"]}, box={"k": [0, 4]})
T(K, r"$|x|^q$ <is> <prop> on $\mathbb{R}$ when $q \ge 2$", "Abs(x)**q", "x", ["convex", "concave"], "C SC",
  "(|x|^q)''=q(q-1)|x|^{q-2}, zero only at x=0 for q>=2", params={"q": ["q>=2"]}, box={"q": [2, 4]})
T(K, r"$\log(a x)$ <is> <prop> on $\mathbb{R}_{++}$ when $a > 0$", "log(a*x)", "x", ["concave", "convex"], "V SV",
  "(log(ax))''=-1/x^2<0", params={"a": ["a>0"]}, box={"x": [0, 5], "a": [0, 4]}, dom=["x>0"])
T(K, r"$a x$ <is> <prop> on $[0, 1]$ for $a > 0$", "a*x", "x", ["affine", "strictly convex"], "C V",
  "linear in x for each a", params={"a": ["a>0"]}, box={"x": [0, 1], "a": [0, 4]}, dom=["x>=0", "x<=1"],
  seg=[["1/4"], ["3/4"], [1]])
T(K, r"$x^{m}$ <is> <prop> on $(0, \infty)$ if $m \le 0$", "x**m", "x", ["convex", "concave"], "C",
  "m(m-1)x^{m-2}>=0 for m<=0; m=0 is the constant 1", params={"m": ["m<=0"]}, box={"x": [0, 5], "m": [-4, 0]},
  dom=["x>0"], seg=[[1], [2], [0]])
# ---------------- the function's set stated with "on", the letter's conditions apart ----------------
K = "stated-set"
T(K, r"$\frac{k}{x}$ <is> <prop> on $x > 0$ for $k > 0$", "k/x", "x", ["convex", "strictly convex", "concave"],
  "C SC", "(k/x)''=2k/x^3>0", params={"k": ["k>0"]}, box={"x": [0, 5], "k": [0, 4]}, dom=["x>0"])
T(K, r"$\frac{m}{x^2}$ <is> <prop> on $x > 0$ when $m > 0$", "m/x**2", "x", ["strictly convex", "concave"], "C SC",
  "(m/x^2)''=6m/x^4>0", params={"m": ["m>0"]}, box={"x": [0, 5], "m": [0, 4]}, dom=["x>0"])
T(K, r"$a x^2 + x$ <is> <prop> on $x \ge 0$ if $a < 0$", "a*x**2+x", "x", ["concave", "strictly concave", "convex"],
  "V SV", "second derivative 2a<0", params={"a": ["a<0"]}, box={"x": [0, 5], "a": [-4, 0]}, dom=["x>=0"])
T(K, r"$-b \log x$ <is> <prop> on $x > 0$ for $b > 0$", "-b*log(x)", "x", ["convex", "strictly convex", "concave"],
  "C SC", "(-b log x)''=b/x^2>0", params={"b": ["b>0"]}, box={"x": [0, 5], "b": [0, 4]}, dom=["x>0"])
T(K, r"$c \sqrt{x}$ <is> <prop> on $x \ge 0$ for $c \ge 0$", "c*sqrt(x)", "x", ["concave", "strictly concave"],
  "V", "c x^{1/2} concave for c>=0; c=0 is the constant 0", params={"c": ["c>=0"]}, box={"x": [0, 5], "c": [0, 4]},
  dom=["x>=0"], seg=[[1], [2], [0]])
# ---------------- a constraint ties the letter to the other symbols: one set in all of them ----------------
K = "coupled-domain"
T(K, r"$\log(x y - k^2)$ <is> <prop> on $x > 0, x y > k^2$", "log(x*y-k**2)", "x y k", ["concave", "convex"], "V SV",
  "log det of [[x, k], [k, y]], strictly concave on the positive definite cone", dom=["x>0", "x*y-k**2>0"],
  box={"x": [0, 4], "y": [0, 4], "k": [-3, 3]})
T(K, r"$-\log(x - a^2)$ <is> <prop> for $x > a^2$", "-log(x-a**2)", "x a", ["convex", "strictly convex", "concave"],
  "C SC", "-log of the concave positive x - a^2; Hessian (g' g'^T)/g^2 + diag(0, 2/g) positive definite",
  dom=["x-a**2>0"], box={"x": [0, 5], "a": [-2, 2]})
T(K, r"$\sqrt{x y - c^2}$ <is> <prop> when $x > 0$, $y > 0$, $x y > c^2$", "sqrt(x*y-c**2)", "x y c",
  ["concave", "strictly concave", "convex"], "V", "square root of det [[x, c], [c, y]]: concave, homogeneous of degree 1",
  dom=["x>0", "y>0", "x*y-c**2>0"], box={"x": [0, 4], "y": [0, 4], "c": [-3, 3]}, seg=[[1, 1, 0], [2, 2, 0]])
# ---------------- second derivatives positive on R without a visible sign ----------------
K = "positive-pivot"
T(K, r"$x^4 + x^3 + x^2$ <is> <prop>", "x**4+x**3+x**2", "x", ["convex", "strictly convex", "concave"], "C SC",
  "f''=12x^2+6x+2, discriminant 36-96<0")
T(K, r"$f(x) = x^4 - 2x^3 + 2x^2 + 5x$ <is> <prop>", "x**4-2*x**3+2*x**2+5*x", "x", ["convex", "strictly convex"],
  "C SC", "f''=12x^2-12x+4, discriminant 144-192<0")
T(K, r"The function $x^6 + x^3 + x^2$ <is> <prop>", "x**6+x**3+x**2", "x", ["convex", "concave"], "C SC",
  "f''=30x^4+6x+2>0 (minimum about 0.34 at x=-(1/20)^(1/3))")
T(K, r"$\arctan(x) + x^2$ <is> <prop>", "atan(x)+x**2", "x", ["strictly convex", "concave"], "C SC",
  "f''=2-2x/(1+x^2)^2 >= 2-3*sqrt(3)/8>0")
T(K, r"$-x^4 + 2x^3 - 3x^2$ <is> <prop>", "-x**4+2*x**3-3*x**2", "x", ["concave", "strictly concave", "convex"],
  "V SV", "f''=-(12x^2-12x+6), discriminant 144-288<0")
T(K, r"$\frac{x^4}{4} + \frac{x^3}{3} + x^2$ <is> <prop> on $[-1, 1]$", "x**4/4+x**3/3+x**2", "x",
  ["strictly convex", "concave"], "C SC", "f''=3x^2+2x+2, discriminant 4-24<0", dom=["x>=-1", "x<=1"],
  box={"x": [-1, 1]})
T(K, r"$x^4 + 2x^3$ <is> <prop>", "x**4+2*x**3", "x", ["convex", "concave"], "",
  "f''=12x^2+12x<0 on (-1, 0), >0 for x>0")
T(K, r"$\log(1 + x^2) + x^2$ <is> <prop>", "log(1+x**2)+x**2", "x", ["convex", "strictly convex"], "C SC",
  "f''=2(1-x^2)/(1+x^2)^2+2=(2x^4+2x^2+4)/(1+x^2)^2>0")
# ---------------- a vector's function named on the left, written by coordinates on the right ----------------
K = "vector-name"
T(K, r"$\|x\|_2^2 = x_1^2 + x_2^2 + x_3^2$ <is> <prop>", "x_1**2+x_2**2+x_3**2", "x_1 x_2 x_3",
  ["strictly convex", "concave"], "C SC", "squared Euclidean norm, Hessian 2I")
T(K, r"$\|y\|_1 = |y_1| + |y_2| + |y_3|$ <is> <prop>", "Abs(y_1)+Abs(y_2)+Abs(y_3)", "y_1 y_2 y_3",
  ["convex", "strictly convex"], "C", "a norm: convex, linear on the positive orthant", seg=[[1, 1, 1], [2, 2, 2]])
T(K, r"$\|z\|_\infty = \max(|z_1|, |z_2|)$ <is> <prop> on $\mathbb{R}^2$", "Max(Abs(z_1),Abs(z_2))", "z_1 z_2",
  ["convex", "concave"], "C", "a norm: max of convex functions; f(t, 0)=t for t>0", seg=[[1, 0], [2, 0]])
T(K, r"$\|x\|_4 = (x_1^4 + x_2^4)^{1/4}$ <is> <prop>", "(x_1**4+x_2**4)**Rational(1,4)", "x_1 x_2",
  ["convex", "strictly convex"], "C", "the 4-norm, homogeneous of degree 1: linear on rays", seg=[[1, 1], [2, 2]])
T(K, r"$\|w\|_2 = \sqrt{w_1^2 + w_2^2 + w_3^2}$ <is> <prop>", "sqrt(w_1**2+w_2**2+w_3**2)", "w_1 w_2 w_3",
  ["convex", "concave"], "C", "the Euclidean norm", seg=[[1, 1, 1], [2, 2, 2]])
# ---------------- the function restated after "i.e." ----------------
K = "restated"
T(K, r"$f(x) = \sum_{i=1}^{n} x_i^2$ with $n = 3$, i.e. $x_1^2 + x_2^2 + x_3^2$, <is> <prop>", "x_1**2+x_2**2+x_3**2",
  "x_1 x_2 x_3", ["strictly convex", "concave"], "C SC", "Hessian 2I")
T(K, r"$g(x) = \min\{x_1, \ldots, x_n\}$ with $n = 3$, i.e. $\min\{x_1, x_2, x_3\}$, <is> <prop>",
  "Min(x_1,x_2,x_3)", "x_1 x_2 x_3", ["concave", "convex", "strictly concave"], "V",
  "pointwise min of linear functions; f(t,t,t)=t", seg=[[0, 0, 0], [1, 1, 1]])
T(K, r"The softplus $s(t)$, i.e. $\log(1 + e^{t})$, <is> <prop>", "log(1+exp(t))", "t",
  ["convex", "strictly convex", "concave"], "C SC", "s''=e^t/(1+e^t)^2>0")
T(K, r"$\|x\|_1$ on $\mathbb{R}^2$, i.e. $|x_1| + |x_2|$, <is> <prop>", "Abs(x_1)+Abs(x_2)", "x_1 x_2",
  ["convex", "strictly convex"], "C", "a norm; linear on the positive quadrant", seg=[[1, 1], [2, 2]])
# ---------------- intervals between irrational inflection points ----------------
K = "irrational-ends"
T(K, r"$f(x) = x^4 - 2x^2$ <is> <prop> on $\left(-\frac{1}{\sqrt{3}}, \frac{1}{\sqrt{3}}\right)$", "x**4-2*x**2", "x",
  ["concave", "strictly concave", "convex"], "V SV", "f''=12x^2-4<0 for x^2<1/3", dom=["3*x**2<1"],
  box={"x": [-0.577, 0.577]})
T(K, r"$x^4 - 2x^2$ <is> <prop> on $\left(\frac{1}{\sqrt{3}}, \infty\right)$", "x**4-2*x**2", "x",
  ["convex", "strictly convex", "concave"], "C SC", "f''=12x^2-4>0 for x^2>1/3", dom=["3*x**2>1", "x>0"],
  box={"x": [0.578, 5]})
T(K, r"$e^{-3x^2}$ <is> <prop> on $(-\frac{1}{\sqrt{6}}, \frac{1}{\sqrt{6}})$", "exp(-3*x**2)", "x",
  ["concave", "convex"], "V SV", "f''=(36x^2-6)e^{-3x^2}<0 for x^2<1/6", dom=["6*x**2<1"], box={"x": [-0.408, 0.408]})
T(K, r"$\frac{1}{1 + x^2}$ <is> <prop> for $x > \sqrt{3}$", "1/(1+x**2)", "x", ["convex", "concave"], "C SC",
  "f''=(6x^2-2)/(1+x^2)^3>0 for x^2>1/3", dom=["x**2>3", "x>0"], box={"x": [1.733, 6]})
T(K, r"$x^3 - 3x^2$ <is> <prop> on $(1 - \sqrt{2}, 1 + \sqrt{2})$", "x**3-3*x**2", "x", ["concave", "convex"], "",
  "f''=6x-6 changes sign at 1, inside the interval", dom=["x**2-2*x-1<0"], box={"x": [-0.414, 2.414]})
# ---------------- "In the <noun> $v$, <formula> is ...": the leading clause names the variables ----------------
K = "leading-in"
T(K, r"In the weights $w_1, w_2$, $(w_1 + w_2 - 1)^2$ <is> <prop>", "(w_1+w_2-1)**2", "w_1 w_2",
  ["convex", "strictly convex"], "C", "a convex function of w_1 + w_2, constant along w_1 + w_2 = 0",
  seg=[[0, 0], [1, -1]])
T(K, r"In the scale $s$, $s^2 - \log s$ <is> <prop> on $s > 0$", "s**2-log(s)", "s", ["strictly convex", "concave"],
  "C SC", "f''=2+1/s^2>0", dom=["s>0"], box={"s": [0, 5]})
T(K, r"In the variable $x$, $x y$ <is> <prop>", "x*y", "x", ["convex", "strictly convex"], "C V",
  "linear in x for each y", params={"y": []}, seg=[[0], [1], [1]])
# ---------------- the log of a product of positive factors, term by term ----------------
K = "log-of-product"
T(K, r"The Laplace density $\frac{1}{4} e^{-|x - 1|/2}$ <is> <prop>", "exp(-Abs(x-1)/2)/4", "x",
  ["log-concave", "log-convex"], "V", "log f = -|x-1|/2 - log 4, concave, not strictly", logof=True,
  seg=[[2], [3]])
T(K, r"$\frac{x^2 e^{-|x|}}{2}$ <is> <prop> on $x > 0$", "x**2*exp(-Abs(x))/2", "x", ["log-concave", "log-convex"],
  "V SV", "log f = 2 log x - x - log 2 on x>0, strictly concave", logof=True, dom=["x>0"], box={"x": [0, 6]})
T(K, r"$\log(5 e^{-|x|} (1 + x^2))$ <is> <prop>", "log(5*exp(-Abs(x))*(1+x**2))", "x", ["concave", "convex"], "",
  "= log 5 - |x| + log(1+x^2): a concave kink at 0, convex (f'' > 0) on 0 < |x| < 1: neither")
G.write(sys.argv[1], sys.argv[2])
from collections import Counter
print(len(G.out), Counter(d["kind"] for d in G.out))
