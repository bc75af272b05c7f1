r"""Write ../datasums.jsonl and spec_datasums.jsonl: claims about sums and maxima over data vectors with a symbolic
count n and dimension d (logistic, least squares, hinge/SVM, log-barrier, ridge, norms, log-sum-exp, maxima of
affine maps), in the spellings textbooks use (\top, ^T, \intercal, \langle w, x_i\rangle, w \cdot x_i, x_i^\top w).

Each line's truth comes from its spec, written here beside the claim and never from symconvex: ``f`` is the member
for given d, n and data as a Python expression over ``w`` (the variable vector), the data (``x[i]`` vectors,
``y[i]`` scalars, ...) and parameters, with ``dot``, ``norm2``, ``log``, ``exp``... (``verify_datasums.py`` evaluates
it with mpmath at 50 digits); ``data`` names the data (vector or scalar), ``params`` the parameters' conditions,
``dom`` the functions that must be > 0, ``prop`` the property the family is claimed to have for every member or not,
and for a false line ``witness``: the member (d, n, data, parameters) on which it fails.

    python bench/corpus/truth/gen_datasums.py bench/corpus/datasums.jsonl bench/corpus/truth/spec_datasums.jsonl
    python bench/corpus/truth/verify_datasums.py bench/corpus/truth/spec_datasums.jsonl
"""
import json
import sys

LINES, SPECS = [], []


def a(claim, holds, why, kind, f, prop, data=None, params=None, dom=(), witness=None, var="w", kindof="sum"):
    LINES.append({"claim": claim, "holds": holds, "why": why, "kind": kind})
    SPECS.append({"claim": claim, "holds": holds, "f": f, "prop": prop, "data": data or {}, "params": params or {},
                  "dom": list(dom), "witness": witness, "var": var, "family": kindof})


XY = {"x": "vec", "y": "scalar"}
T = {"top": r"w^\top x_i", "T": r"w^T x_i", "int": r"w^\intercal x_i", "ang": r"\langle w, x_i\rangle",
     "dot": r"w \cdot x_i", "rt": r"x_i^\top w"}
ZERO = {"d": 1, "n": 1, "data": {"x": [[0]], "y": [1]}}
for k, ip in T.items():
    a(rf"$\sum_{{i=1}}^{{n}} \log(1 + e^{{-y_i {ip}}})$ is convex in $w$", True,
      "softplus(-y t) is convex in t for every y; t = <w, x_i> is linear in w for every d", "logistic",
      "S(log(1 + exp(-y[i]*dot(w, x[i]))))", "convex", XY)
    a(rf"$\frac{{1}}{{n}}\sum_{{i=1}}^{{n}} ({ip} - y_i)^2$ is convex in $w$", True, "(t - y)^2 convex in t; linear map",
      "least-squares", "S((dot(w, x[i]) - y[i])**2)/n", "convex", XY)
    a(rf"$\sum_{{i=1}}^{{n}} \max(0, 1 - y_i {ip})$ is strictly convex in $w$", False,
      "n = 1, d = 1, x_1 = 0: constant in w", "hinge-strict", "S(max(0, 1 - y[i]*dot(w, x[i])))", "strictly convex",
      XY, witness=ZERO)
for k, ip in list(T.items())[:4]:
    a(rf"$\sum_{{i=1}}^{{n}} e^{{-y_i {ip}}}$ is convex in $w$", True, "exp(-y t) convex in t for every y",
      "exp-loss", "S(exp(-y[i]*dot(w, x[i])))", "convex", XY)
    a(rf"$\sum_{{i=1}}^{{n}} ({ip} - y_i)^2$ is concave in $w$", False, "n = 1, d = 1, x_1 = 1, y_1 = 0: w^2",
      "refuted", "S((dot(w, x[i]) - y[i])**2)", "concave", XY, witness={"d": 1, "n": 1, "data": {"x": [[1]], "y": [0]}})
    a(rf"$\frac{{1}}{{n}}\sum_{{i=1}}^{{n}} \log(1 + \exp(-y_i {ip}))$ is strictly convex in $w$", False,
      "n = 1, d = 1, x_1 = 0: constant", "logistic-strict", "S(log(1 + exp(-y[i]*dot(w, x[i]))))/n",
      "strictly convex", XY, witness=ZERO)
AB = {"a": "vec", "b": "scalar"}
BAR = "S(-log(b[i] - dot(a[i], w)))"
DOMB = ["b[i] - dot(a[i], w)"]
a(r"$-\sum_{i=1}^{m} \log(b_i - a_i^\top x)$ is convex in $x$", True, "-log(b - t) convex on t < b; t = <a_i, x>",
  "barrier", BAR, "convex", AB, dom=DOMB, var="x")
a(r"$-\sum_{i=1}^{m} \log(b_i - a_i^T x)$ is concave in $x$", False,
  "m = 1, d = 1, a_1 = 1, b_1 = 0: -log(-x) is strictly convex on x < 0", "barrier", BAR, "concave", AB, dom=DOMB,
  witness={"d": 1, "n": 1, "data": {"a": [[1]], "b": [0]}}, var="x")
a(r"$\sum_{i=1}^{m} \log(b_i - \langle a_i, x\rangle)$ is concave in $x$", True, "log(b - t) concave on t < b",
  "barrier", "S(log(b[i] - dot(a[i], w)))", "concave", AB, dom=DOMB, var="x")
a(r"$-\sum_{i=1}^{m} \log(b_i - a_i^\top x)$ is strictly convex in $x$", False, "m = 1, d = 1, a_1 = 0, b_1 = 1: constant",
  "barrier", BAR, "strictly convex", AB, dom=DOMB, witness={"d": 1, "n": 1, "data": {"a": [[0]], "b": [1]}}, var="x")
SVM = "norm2(w)**2 + C*S(max(0, 1 - y[i]*dot(w, x[i])))"
a(r"$\|w\|_2^2 + C\sum_{i=1}^{n}\max(0, 1 - y_i w^\top x_i)$ is convex in $w$ for $C > 0$", True,
  "squared norm plus C times hinge of affine maps", "svm", SVM, "convex", XY, {"C": "pos"})
a(r"$\|w\|_2^2 + C\sum_{i=1}^{n}\max(0, 1 - y_i w^\top x_i)$ is strictly convex in $w$ for $C > 0$", True,
  "||w||^2 strictly convex for every d, the rest convex", "svm", SVM, "strictly convex", XY, {"C": "pos"})
a(r"$\frac{1}{2}\|w\|^2 + C\sum_{i=1}^{n}\max(0, 1 - y_i w^T x_i)$ is strictly convex in $w$ for $C \ge 0$", True,
  "||w||^2/2 strictly convex, C hinge convex for C >= 0", "svm", "norm2(w)**2/2 + C*S(max(0, 1 - y[i]*dot(w, x[i])))",
  "strictly convex", XY, {"C": "nonneg"})
a(r"$\|w\|_2^2 + C\sum_{i=1}^{n}\max(0, 1 - y_i w^\top x_i)$ is concave in $w$ for $C > 0$", False,
  "n = 1, d = 1, x_1 = 0: w^2 + C is not concave", "svm", SVM, "concave", XY, {"C": "pos"},
  witness={"d": 1, "n": 1, "data": {"x": [[0]], "y": [1]}, "params": {"C": 1}})
a(r"$\frac{\lambda}{2}\|w\|^2 + \frac{1}{n}\sum_{i=1}^{n} \log(1 + \exp(-y_i \langle w, x_i \rangle))$ is strictly "
  r"convex in $w$ for $\lambda > 0$", True, "lambda/2 ||w||^2 strictly convex, logistic terms convex", "regularized",
  "lam/2*norm2(w)**2 + S(log(1 + exp(-y[i]*dot(w, x[i]))))/n", "strictly convex", XY, {"lam": "pos"})
RIDGE = "lam*norm2(w)**2 + S((dot(w, x[i]) - y[i])**2)"
a(r"$\lambda\|w\|_2^2 + \sum_{i=1}^{n} (w^\top x_i - y_i)^2$ is convex in $w$ for $\lambda \ge 0$", True,
  "ridge: convex for lambda >= 0", "ridge", RIDGE, "convex", XY, {"lam": "nonneg"})
a(r"$\lambda\|w\|_2^2 + \sum_{i=1}^{n} (w^\top x_i - y_i)^2$ is strictly convex in $w$ for $\lambda > 0$", True,
  "ridge with lambda > 0: strictly convex for every d", "ridge", RIDGE, "strictly convex", XY, {"lam": "pos"})
a(r"$\lambda\|w\|_2^2 + \sum_{i=1}^{n} (w^\top x_i - y_i)^2$ is strictly convex in $w$ for $\lambda \ge 0$", False,
  "lambda = 0, n = 1, d = 1, x_1 = 0: constant", "ridge", RIDGE, "strictly convex", XY, {"lam": "nonneg"},
  witness={"d": 1, "n": 1, "data": {"x": [[0]], "y": [1]}, "params": {"lam": 0}})
a(r"$\sum_{i=1}^{n} (w^\top x_i - y_i)^2 - \|w\|_2^2$ is convex in $w$", False, "n = 1, d = 1, x_1 = 0: -w^2 not convex",
  "refuted", "S((dot(w, x[i]) - y[i])**2) - norm2(w)**2", "convex", XY, witness=ZERO)
a(r"$\sum_{i=1}^{n} (w^\top x_i - y_i)^2 + \|w\|_2$ is convex in $w$", True, "norm convex for every d", "lasso-like",
  "S((dot(w, x[i]) - y[i])**2) + norm2(w)", "convex", XY)
NONE = {"d": 1, "n": 1, "data": {}}
a(r"$\|x\|_2$ is convex in $x \in \mathbb{R}^n$", True, "the Euclidean norm is convex for every n", "norm",
  "norm2(w)", "convex", kindof="single")
a(r"$\|x\|_2$ is strictly convex in $x \in \mathbb{R}^n$", False, "d = 1: |x| is linear on x > 0", "norm", "norm2(w)",
  "strictly convex", witness=NONE, kindof="single")
a(r"$\|x\|_2^2$ is strictly convex in $x \in \mathbb{R}^d$", True, "sum of squares, Hessian 2I", "norm",
  "norm2(w)**2", "strictly convex", kindof="single")
a(r"$\|x\|_2$ is concave in $x$", False, "d = 1: |x| not concave", "norm", "norm2(w)", "concave", witness=NONE,
  kindof="single")
a(r"$-\|x\|_2$ is concave in $x$", True, "minus a convex norm", "norm", "-norm2(w)", "concave", kindof="single")
a(r"$\|x\|^2$ is concave in $x$", False, "d = 1: x^2 not concave", "norm", "norm2(w)**2", "concave", witness=NONE,
  kindof="single")
a(r"$\log\sum_{i=1}^{n} e^{w^\top x_i}$ is convex in $w$", True, "log-sum-exp of linear maps", "lse",
  "log(S(exp(dot(w, x[i]))))", "convex", {"x": "vec"})
a(r"$\log\sum_{i=1}^{n} e^{w^\top x_i + b_i}$ is convex in $w$", True, "log-sum-exp of affine maps", "lse",
  "log(S(exp(dot(w, x[i]) + b[i])))", "convex", {"x": "vec", "b": "scalar"})
a(r"$\log\sum_{i=1}^{n} e^{w^\top x_i}$ is strictly convex in $w$", False, "n = 1, d = 1: w x_1 is affine", "lse",
  "log(S(exp(dot(w, x[i]))))", "strictly convex", {"x": "vec"}, witness={"d": 1, "n": 1, "data": {"x": [[1]]}})
a(r"$\sum_{i=1}^{n} |w^\top x_i - y_i|$ is convex in $w$", True, "absolute value of affine maps", "l1",
  "S(abs(dot(w, x[i]) - y[i]))", "convex", XY)
a(r"$\sum_{i=1}^{n} |w^\top x_i - y_i|$ is strictly convex in $w$", False, "n = 1, d = 1, x_1 = 0: constant", "l1",
  "S(abs(dot(w, x[i]) - y[i]))", "strictly convex", XY, witness=ZERO)
a(r"$\sum_{i=1}^{n} (w^\top x_i - y_i)^3$ is convex in $w$", False, "n = 1, d = 1, x_1 = 1, y_1 = 0: w^3", "refuted",
  "S((dot(w, x[i]) - y[i])**3)", "convex", XY, witness={"d": 1, "n": 1, "data": {"x": [[1]], "y": [0]}})
a(r"$\sum_{i=1}^{n} \sin(w^\top x_i)$ is convex in $w$", False, "n = 1, d = 1, x_1 = 1: sin w", "refuted",
  "S(sin(dot(w, x[i])))", "convex", {"x": "vec"}, witness={"d": 1, "n": 1, "data": {"x": [[1]]}})
a(r"$\sum_{i=1}^{n} (y_i - \sigma(w^\top x_i))^2$ is convex in $w$", False,
  "n = 1, d = 1, x_1 = 1, y_1 = 0: sigma(w)^2 is not convex for w > 1", "refuted",
  "S((y[i] - 1/(1 + exp(-dot(w, x[i]))))**2)", "convex", XY, witness={"d": 1, "n": 1, "data": {"x": [[1]], "y": [0]}})
a(r"$\sum_{i=1}^{n} w^\top x_i$ is affine in $w$", True, "linear in w", "affine", "S(dot(w, x[i]))", "affine",
  {"x": "vec"})
a(r"$\sum_{i=1}^{n} (w^\top x_i + b_i)$ is concave in $w$", True, "affine", "affine", "S(dot(w, x[i]) + b[i])",
  "concave", {"x": "vec", "b": "scalar"})
a(r"$\sum_{i=1}^{n} (e^{w^\top x_i} - y_i w^\top x_i)$ is convex in $w$", True, "Poisson NLL: exp(t) - y t convex",
  "poisson", "S(exp(dot(w, x[i])) - y[i]*dot(w, x[i]))", "convex", XY)
a(r"$\sum_{i=1}^{n} \log(\cosh(w^\top x_i - y_i))$ is convex in $w$", True, "log cosh convex", "logcosh",
  "S(log(cosh(dot(w, x[i]) - y[i])))", "convex", XY)
a(r"$\sum_{i=1}^{n} \max(0, 1 - y_i w^\top x_i)^2$ is convex in $w$", True,
  "squared hinge: max(0, .)^2 convex nondecreasing of convex", "sq-hinge", "S(max(0, 1 - y[i]*dot(w, x[i]))**2)",
  "convex", XY)
a(r"$\sum_{i=1}^{n} \max(0, w^\top x_i)$ is convex in $w$", True, "relu of a linear map", "relu",
  "S(max(0, dot(w, x[i])))", "convex", {"x": "vec"})
a(r"$\sum_{i=1}^{n} \max(0, w^\top x_i)$ is concave in $w$", False, "n = 1, d = 1, x_1 = 1: max(0, w) not concave",
  "relu", "S(max(0, dot(w, x[i])))", "concave", {"x": "vec"}, witness={"d": 1, "n": 1, "data": {"x": [[1]]}})
a(r"$C\sum_{i=1}^{n} \max(0, 1 - y_i w^\top x_i)$ is convex in $w$ for $C > 0$", True, "positive multiple of hinge",
  "hinge", "C*S(max(0, 1 - y[i]*dot(w, x[i])))", "convex", XY, {"C": "pos"})
a(r"$\sum_{i=1}^{n} \log(1 + e^{-y_i w^\top x_i})$ is not convex in $w$", False, "convex for every n, d and data",
  "negated", "S(log(1 + exp(-y[i]*dot(w, x[i]))))", "convex", XY)
a(r"$\sum_{i=1}^{n} (w^\top x_i - y_i)^2$ is neither convex nor concave in $w$", False, "convex for every n, d, data",
  "negated", "S((dot(w, x[i]) - y[i])**2)", "convex", XY)
a(r"$\sum_{i=1}^{n} \frac{1}{b_i - a_i^\top x}$ is convex in $x$ for $a_i^\top x < b_i$", True,
  "1/(b - t) convex on t < b", "barrier", "S(1/(b[i] - dot(a[i], w)))", "convex", AB, dom=DOMB, var="x")
a(r"$-\sum_{i=1}^{m} \sqrt{b_i - a_i^\top x}$ is convex in $x$", True, "-sqrt(b - t) convex on t <= b", "barrier",
  "S(-sqrt(b[i] - dot(a[i], w)))", "convex", AB, dom=DOMB, var="x")
a(r"$\sum_{i=1}^{n} (w^\top x_i)^2$ is strictly convex in $w$", False, "n = 1, d = 1, x_1 = 0: constant", "refuted",
  "S(dot(w, x[i])**2)", "strictly convex", {"x": "vec"}, witness={"d": 1, "n": 1, "data": {"x": [[0]]}})
a(r"$\sum_{i=1}^{n} (w^\top x_i)^4$ is convex in $w$", True, "t^4 convex", "power", "S(dot(w, x[i])**4)", "convex",
  {"x": "vec"})
a(r"$\sum_{i=1}^{n} -(w^\top x_i - y_i)^2$ is concave in $w$", True, "negative square of affine", "concave",
  "S(-(dot(w, x[i]) - y[i])**2)", "concave", XY)
a(r"$\|w\|^2 + \sum_{i=1}^{n} \sin(w^\top x_i)$ is convex in $w$", False,
  "n = 1, d = 1, x_1 = 2: w^2 + sin 2w has second derivative 2 - 4 sin 2w < 0 at w = pi/4", "refuted",
  "norm2(w)**2 + S(sin(dot(w, x[i])))", "convex", {"x": "vec"}, witness={"d": 1, "n": 1, "data": {"x": [[2]]}})
MAXAB = "M(dot(a[i], w) + b[i])"
a(r"$\max_{i} (a_i^\top x + b_i)$ is convex in $x$", True, "max of affine maps of x, every m, d, data", "max", MAXAB,
  "convex", AB, var="x", kindof="max")
a(r"$\max_{i=1,\dots,m} (a_i^T x + b_i)$ is concave in $x$", False, "m = 2, d = 1, a = (1, -1), b = 0: |x|", "max",
  MAXAB, "concave", AB, witness={"d": 1, "n": 2, "data": {"a": [[1], [-1]], "b": [0, 0]}}, var="x", kindof="max")
a(r"$\max_{1 \le i \le m} (a_i^\top x + b_i)$ is strictly convex in $x$", False, "m = 1, d = 1: affine", "max", MAXAB,
  "strictly convex", AB, witness={"d": 1, "n": 1, "data": {"a": [[1]], "b": [0]}}, var="x", kindof="max")
a(r"$\max_i \left(\langle a_i, x\rangle + b_i\right)$ is convex in $x$", True, "max of affine maps", "max", MAXAB,
  "convex", AB, var="x", kindof="max")
a(r"$-\max_{i} (a_i^\top x + b_i)$ is convex in $x$", False, "m = 2, d = 1, a = (1, -1), b = 0: -|x|", "max",
  "-" + MAXAB, "convex", AB, witness={"d": 1, "n": 2, "data": {"a": [[1], [-1]], "b": [0, 0]}}, var="x",
  kindof="max")
a(r"$\max_{i} (w^\top x_i - y_i)^2$ is convex in $w$", True, "max of squares of affine maps", "max",
  "M((dot(w, x[i]) - y[i])**2)", "convex", XY, kindof="max")
a(r"$\max_{i} \max(0, 1 - y_i w^\top x_i)$ is convex in $w$", True, "max of hinge terms", "max",
  "M(max(0, 1 - y[i]*dot(w, x[i])))", "convex", XY, kindof="max")
a(r"$\max_{i} \sin(a_i^\top x)$ is convex in $x$", False, "m = 1, d = 1, a_1 = 1: sin x", "max", "M(sin(dot(a[i], w)))",
  "convex", {"a": "vec"}, witness={"d": 1, "n": 1, "data": {"a": [[1]]}}, var="x", kindof="max")
MINAB = "L(dot(a[i], w) + b[i])"
a(r"$\min_{i} (a_i^\top x + b_i)$ is concave in $x$", True, "min of affine maps of x, every m, d, data", "min", MINAB,
  "concave", AB, var="x", kindof="max")
a(r"$\min_{i} (a_i^\top x + b_i)$ is convex in $x$", False, "m = 2, d = 1, a = (1, -1), b = 0: -|x|", "min", MINAB,
  "convex", AB, witness={"d": 1, "n": 2, "data": {"a": [[1], [-1]], "b": [0, 0]}}, var="x", kindof="max")
a(r"$\min_i \log(b_i - a_i^\top x)$ is concave in $x$", True, "min of concave log(b - t) of affine maps", "min",
  "L(log(b[i] - dot(a[i], w)))", "concave", AB, dom=DOMB, var="x", kindof="max")
a(r"$\min_{i} (w^\top x_i - y_i)^2$ is convex in $w$", False,
  "m = 2, d = 1, x = (1, 1), y = (1, -1): min((w - 1)^2, (w + 1)^2) is not convex at 0", "min",
  "L((dot(w, x[i]) - y[i])**2)", "convex", XY, witness={"d": 1, "n": 2, "data": {"x": [[1], [1]], "y": [1, -1]}},
  kindof="max")

if __name__ == "__main__":
    corpus, spec = sys.argv[1:3]
    with open(corpus, "w") as fh:
        fh.writelines(json.dumps(x) + "\n" for x in LINES)
    with open(spec, "w") as fh:
        fh.writelines(json.dumps(x) + "\n" for x in SPECS)
    print(len(LINES), "lines")
