"""The claims of bench/corpus/nets11.jsonl (session 11's blind red team on network claims), each with the
mathematics that ``verify_nets11.py`` checks without symconvex.

Written before running symconvex on them, from the docs only (CLAIMS.md, DESIGN.md, FAMILIES.md, README, the
nets9 / nets10 triage notes). An entry is one claim with its hand-written answer ``holds`` (True / False, or None
when the subject is ambiguous or must be refused: then any decided answer is wrong) and its evidence:

- ``net`` / ``vars`` / ``fact``: a network of ``netlib9`` (widths, activation, data, biases, loss, output) and the
  parameter groups the claim is about (the others fixed at any value: the verifier draws them at random); the fact
  (not_convex, not_concave, neither, convex, strict, not_strict, saddle) is established by verify_nets9's exact
  midpoint search, evidence or exact saddle test;
- ``wit``: formula witnesses of verify_nets10 (``Mid`` exact midpoint inequality, ``Dd`` second directional
  derivative on a smooth piece, ``Quad`` a quadratic with a PSD Hessian for every parameter value, ``Dcp`` a
  composition proof, ``Crit`` a critical point, ``Theorem`` a named argument with its computational check) or ``NC``
  / ``NV`` (a midpoint refuting convexity / concavity found by a float search and decided exactly);
- ``readings`` (ambiguous lines): two readings, the first with a refutation of convexity, the second proved convex.
"""

import sympy as sp

from spec_nets9 import N  # noqa: F401 - the network specs of netlib9, as nets9 writes them
from verify_nets10 import leaky, relu, sig, spl  # noqa: F401 - the activations as SymPy expressions

R = sp.Rational
w, v, b, c, u = sp.symbols("w v b c u", real=True)
w1, w2, w3, v1, v2, b1, b2, lam = sp.symbols("w1 w2 w3 v1 v2 b1 b2 lam", real=True)
T = sp.Symbol("T", real=True)  # a frozen feature (any real value)

E = []
BLIND = "nets11 blind red team (session 11)"


def gelu(e):
    return e / 2 * (1 + sp.erf(e / sp.sqrt(2)))


class NC:
    """Convexity is refuted by a midpoint pair that a float search finds and exact arithmetic confirms."""

    def __init__(self, f, vs, sense=1):
        self.f, self.vs, self.sense = f, tuple(vs), sense


def NV(f, vs):
    return NC(f, vs, sense=-1)


def add(claim, holds, kind, prop, net=None, fact=None, vars="all", wit=(), readings=None, why="", extra=None,
        source=BLIND):
    E.append({"claim": claim, "holds": holds, "kind": kind, "prop": prop, "net": net, "fact": fact, "vars": vars,
              "wit": list(wit), "readings": readings, "why": why, "extra": extra, "source": source})


SEED = N([1, 2, 1], "relu", [(1, 1), (-1, -1)])
RELU111 = N([1, 1, 1], "relu", [(1, 1)])
LIN111 = N([1, 1, 1], "identity", [(1, 1)], bias=False)
TANH111 = N([1, 1, 1], "tanh", [(1, 1)])
SIG111 = N([1, 1, 1], "sigmoid", [(1, 1)])

# ================================================================ networks in words, data given
K = "words-data"
add(r"The empirical risk of a 1-3-1 tanh network under squared loss on the samples $(1, 2)$ and $(-1, 0)$ is not convex in the parameters.",
    True, K, "not_convex", N([1, 3, 1], "tanh", [(1, 2), (-1, 0)]), "not_convex")
add(r"The training loss of a network with two sigmoid hidden units and mean squared error on the points $(0, 1)$, $(1, 0)$ is convex.",
    False, K, "convex", N([1, 2, 1], "sigmoid", [(0, 1), (1, 0)]), "not_convex")
add(r"For the data $(x, y) = (2, 1)$, the squared error of a 1-1-1 softplus network is a non-convex function of its weights and biases.",
    True, K, "not_convex", N([1, 1, 1], "softplus", [(2, 1)]), "not_convex")
add(r"The logistic loss of a 1-2-1 ReLU network on the labelled points $(1, 1)$ and $(-1, -1)$ is not convex.",
    True, K, "not_convex", N([1, 2, 1], "relu", [(1, 1), (-1, -1)], loss="logistic"), "not_convex")
add(r"The cross-entropy loss of a 2-2-1 tanh network on the example $x = (1, 1)$, $y = 1$ is convex in its weights.",
    False, K, "convex", N([2, 2, 1], "tanh", [((1, 1), 1)], loss="ce"), "not_convex")
add(r"The hinge loss of a 1-1-1 leaky ReLU network with slope $1/10$ on the example $(1, 1)$ is not convex.",
    True, K, "not_convex", N([1, 1, 1], "leaky", [(1, 1)], loss="hinge"), "not_convex")
add(r"The absolute loss of a 1-2-1 ReLU network on the data point $(1, 1)$ is not convex in its weights.",
    True, K, "not_convex", N([1, 2, 1], "relu", [(1, 1)], loss="absolute"), "not_convex")
add(r"A 1-1-1 network with quadratic activation $z^2$ and squared loss on $(1, 1)$ has a non-convex loss.",
    True, K, "not_convex", N([1, 1, 1], "square", [(1, 1)]), "not_convex")
add(r"The squared loss of a 1-1-1 ReLU network with a ReLU output unit on the point $(1, 1)$ is convex.",
    False, K, "convex", N([1, 1, 1], "relu", [(1, 1)], out="relu"), "not_convex")
add(r"The squared loss of a 1-2-1 linear network on the data point $(1, 1)$ is convex in all of its weights.",
    False, K, "convex", N([1, 2, 1], "identity", [(1, 1)]), "not_convex")
add(r"A linear network with two hidden layers of width 1, no biases and squared loss on $(2, 2)$ is non-convex.",
    True, K, "not_convex", N([1, 1, 1, 1], "identity", [(2, 2)], bias=False), "not_convex")
add(r"The mean squared error of a 1-1 linear model on the data $(1, 2)$ and $(2, 3)$ is convex.",
    True, K, "convex", N([1, 1], "identity", [(1, 2), (2, 3)]), "convex", why="least squares: a square of an affine map")
add(r"The squared loss of a 2-1 network with a sigmoid output on the example $x = (1, 0)$, $y = 1$ is not convex.",
    True, K, "not_convex", N([2, 1], "identity", [((1, 0), 1)], out="sigmoid"), "not_convex")
add(r"The hinge loss of a linear classifier without hidden layers on the points $(1, 1)$ and $(-1, -1)$ is convex.",
    True, K, "convex", N([1, 1], "identity", [(1, 1), (-1, -1)], loss="hinge"), "convex",
    why="max(0, 1 - y(wx + b)) is convex in (w, b)")
add(r"The logistic loss of a 1-1 model $w x + b$ on the points $(1, 1)$ and $(2, -1)$ is strictly convex in $(w, b)$.",
    True, K, "strict", N([1, 1], "identity", [(1, 1), (2, -1)], loss="logistic"), "strict",
    why="Hessian sum s_i(1 - s_i)(x_i, 1)(x_i, 1)^T with x_1 != x_2: positive definite")
add(r"The squared loss of a 1-1 linear model on the single point $(1, 1)$ is strictly convex.",
    False, K, "strict", N([1, 1], "identity", [(1, 1)]), "not_strict", why="(w + b - 1)^2 is flat along w = -b")
add(r"The squared loss of a 1-2-1 ReLU network on $(1, 1)$ and $(-1, -1)$ is not concave.",
    True, K, "not_concave", SEED, "not_concave")
add(r"A 1-2-2-1 sigmoid network trained with cross-entropy on $(1, 1)$, $(-1, 0)$ has a non-convex loss surface.",
    True, K, "not_convex", N([1, 2, 2, 1], "sigmoid", [(1, 1), (-1, 0)], loss="ce"), "not_convex")
add(r"The squared loss of a 1-1-1-1 ReLU network on the data point $(1, 1)$ is convex in its weights.",
    False, K, "convex", N([1, 1, 1, 1], "relu", [(1, 1)]), "not_convex")
add(r"The squared loss of a 3-2-1 ReLU network on the data $x = (1, 0, -1)$, $y = 1$ is not convex.",
    True, K, "not_convex", N([3, 2, 1], "relu", [((1, 0, -1), 1)]), "not_convex")
add(r"The squared error of a 1-2-1 tanh network without biases on the single example $(1, 1)$ is convex.",
    False, K, "convex", N([1, 2, 1], "tanh", [(1, 1)], bias=False), "not_convex")
add(r"The squared loss of a 1-1-1 sigmoid network without biases on the data point $(0, 1)$ is strictly convex.",
    False, K, "strict", N([1, 1, 1], "sigmoid", [(0, 1)], bias=False), "not_strict",
    why="(w2/2 - 1)^2 does not depend on w1: flat along w1")
add(r"With the single training pair $(x, y) = (0, 0)$ and no biases, the squared loss of a 1-2-1 ReLU network is convex.",
    True, K, "convex", N([1, 2, 1], "relu", [(0, 0)], bias=False), "convex", why="identically 0")
add(r"With no biases and the input $x = 0$, the squared loss of a 1-1-1 tanh network with target $y = 1$ is convex.",
    True, K, "convex", N([1, 1, 1], "tanh", [(0, 1)], bias=False), "convex", why="identically 1")
add(r"The squared loss of a 1-1-1 ReLU network with biases on the data point $(0, 1)$ is not convex.",
    True, K, "not_convex", N([1, 1, 1], "relu", [(0, 1)]), "not_convex", why="(v relu(b) + c - 1)^2")
add(r"The squared loss of a 1-2-1 leaky ReLU network with negative slope $0.01$ on $(1, 1)$ and $(-1, 1)$ is not convex.",
    True, K, "not_convex", N([1, 2, 1], "leaky", [(1, 1), (-1, 1)], slope="1/100"), "not_convex")
add(r"The squared loss of a 1-1-1 tanh network on the data point $(1, 0)$ is neither convex nor concave.",
    True, K, "neither", N([1, 1, 1], "tanh", [(1, 0)]), "neither")
add(r"The squared loss of a 1-1-1 linear network on the data point $(1, 1)$ is concave.",
    False, K, "concave", N([1, 1, 1], "identity", [(1, 1)]), "not_concave")
add(r"On the dataset $\{(1, 1), (2, 1), (3, 0)\}$ the squared loss of a 1-2-1 sigmoid network is non-convex in its weights.",
    True, K, "not_convex", N([1, 2, 1], "sigmoid", [(1, 1), (2, 1), (3, 0)]), "not_convex")
add(r"The binary cross-entropy of a 1-1-1 ReLU network on the example $(1, 1)$ is convex in its weights.",
    False, K, "convex", N([1, 1, 1], "relu", [(1, 1)], loss="ce"), "not_convex")
add(r"The squared loss of a 1-4-1 ReLU network on the data $(1, 1)$, $(2, 2)$, $(3, 3)$ is not convex.",
    True, K, "not_convex", N([1, 4, 1], "relu", [(1, 1), (2, 2), (3, 3)]), "not_convex")
add(r"The hinge loss of a 1-2-1 tanh network on the points $(1, 1)$ and $(-1, -1)$ is convex in its weights.",
    False, K, "convex", N([1, 2, 1], "tanh", [(1, 1), (-1, -1)], loss="hinge"), "not_convex")
add(r"The squared loss of a 2-1 linear model without bias on the example $x = (1, 2)$, $y = 3$ is convex.",
    True, K, "convex", N([2, 1], "identity", [((1, 2), 3)], bias=False), "convex")
add(r"The squared loss of a 2-1 linear model without bias on the example $x = (1, 2)$, $y = 3$ is strictly convex.",
    False, K, "strict", N([2, 1], "identity", [((1, 2), 3)], bias=False), "not_strict",
    why="(w1 + 2 w2 - 3)^2 is flat along (2, -1)")
add(r"The logistic loss of a 1-1-1 linear network without biases on the example $(1, 1)$ is not convex.",
    True, K, "not_convex", N([1, 1, 1], "identity", [(1, 1)], bias=False, loss="logistic"), "not_convex")
add(r"The squared loss of a 1-1-1 softplus network on the example $(1, 1)$ is concave in its weights.",
    False, K, "concave", N([1, 1, 1], "softplus", [(1, 1)]), "not_concave")
add(r"The squared loss of a 1-3-1 ReLU network without biases on the data $(1, 1)$, $(-1, 1)$ is neither convex nor concave.",
    True, K, "neither", N([1, 3, 1], "relu", [(1, 1), (-1, 1)], bias=False), "neither")
add(r"A 2-3-1 sigmoid network with squared loss on $x = (1, -1)$, $y = 0$ and $x = (0, 1)$, $y = 1$ is not convex in its weights.",
    True, K, "not_convex", N([2, 3, 1], "sigmoid", [((1, -1), 0), ((0, 1), 1)]), "not_convex")
add(r"The squared loss of a 1-1-1 network with cubic activation on the data point $(2, 1)$ is convex.",
    False, K, "convex", N([1, 1, 1], "cube", [(2, 1)]), "not_convex")
add(r"The cross-entropy of a sigmoid neuron on the examples $(1, 1)$, $(-1, 0)$ and $(2, 1)$ is convex in its weight and bias.",
    True, K, "convex", N([1, 1], "identity", [(1, 1), (-1, 0), (2, 1)], loss="ce", out="sigmoid"), "convex",
    why="logistic regression: softplus(z) - y z of an affine score")
add(r"The squared loss of a single sigmoid neuron on the example $(1, 0)$ is convex in its weight and bias.",
    False, K, "convex", N([1, 1], "identity", [(1, 0)], out="sigmoid"), "not_convex")
add(r"The squared loss of a 1-2-1 softplus network on $(1, 1)$ and $(2, 0)$ is neither convex nor concave in its weights.",
    True, K, "neither", N([1, 2, 1], "softplus", [(1, 1), (2, 0)]), "neither")

# ================================================================ the seed and its paraphrases
K = "seed"
add(r"Is the loss of a 1-2-1 ReLU network convex in its weights? No: with squared loss on the data $(1, 1)$ and $(-1, -1)$ it is not convex.",
    None, K, "not_convex", why="a question with its own answer: two statements; refused",
    readings=[SEED, N([1, 2, 1], "relu", [(0, 0)], bias=False)])
add(r"For a 1-2-1 ReLU network and squared loss on $(1, 1)$, $(-1, -1)$, the training objective is non-convex.",
    True, K, "not_convex", SEED, "not_convex")
add(r"The objective $\frac{1}{2}\sum_{i=1}^{2} (a_1 \max(0, u_1 x_i) + a_2 \max(0, u_2 x_i) - y_i)^2$ with $(x_1, y_1) = (1, 1)$ and $(x_2, y_2) = (-1, -1)$ is not convex.",
    True, K, "not_convex", N([1, 2, 1], "relu", [(1, 1), (-1, -1)], bias=False), "not_convex")
add(r"The objective $\frac{1}{2}\sum_{i=1}^{2} (a_1 \max(0, u_1 x_i) + a_2 \max(0, u_2 x_i) - y_i)^2$ with $(x_1, y_1) = (1, 1)$ and $(x_2, y_2) = (-1, -1)$ is convex in $a_1, a_2$.",
    True, K, "convex", N([1, 2, 1], "relu", [(1, 1), (-1, -1)], bias=False), "convex", vars=["W2"],
    why="a square of an affine function of (a1, a2) for fixed u")
add(r"Permuting the two hidden units of a 1-2-1 ReLU network maps a global minimum of the squared loss on $(1, 1)$, $(-1, -1)$ to another one, so the loss is not convex.",
    True, K, "not_convex", SEED, "not_convex")
add(r"The loss of a 1-2-1 ReLU network with squared loss on the data $(1, 1)$ and $(-1, -1)$ is concave in its weights.",
    False, K, "concave", SEED, "not_concave")
add(r"The loss of a 1-2-1 ReLU network with squared loss on the data $(2, 1)$ and $(-2, -1)$ is convex in its weights.",
    False, K, "convex", N([1, 2, 1], "relu", [(2, 1), (-2, -1)]), "not_convex")
add(r"The loss of a 1-2-1 ReLU network without biases, squared loss, data $(1, 1)$ and $(-1, -1)$, is not convex in its weights.",
    True, K, "not_convex", N([1, 2, 1], "relu", [(1, 1), (-1, -1)], bias=False), "not_convex")
add(r"The loss of a 1-2-1 leaky ReLU network with squared loss on the data $(1, 1)$ and $(-1, -1)$ is not convex in its weights.",
    True, K, "not_convex", N([1, 2, 1], "leaky", [(1, 1), (-1, -1)]), "not_convex")
add(r"The loss of a 1-2-1 ReLU network with hinge loss on the data $(1, 1)$ and $(-1, -1)$ is not convex in its weights.",
    True, K, "not_convex", N([1, 2, 1], "relu", [(1, 1), (-1, -1)], loss="hinge"), "not_convex")

# ================================================================ formulas with data given
K = "formula"
F = (v * sp.tanh(w) - 1) ** 2
add(r"$L(w, v) = (v \tanh(w) - 1)^2$ is not convex", True, K, "not_convex", wit=[NC(F, (w, v))])
add(r"$L(w, v) = (v \tanh(w x) - y)^2$ with $x = 1$ and $y = 1$ is convex", False, K, "convex", wit=[NC(F, (w, v))])
add(r"The GELU $\frac{z}{2}\left(1 + \operatorname{erf}\left(\frac{z}{\sqrt{2}}\right)\right)$ is not convex",
    True, K, "not_convex", wit=[NC(gelu(w), (w,))], why="GELU'' = phi(z)(2 - z^2) < 0 for |z| > sqrt 2")
add(r"$\left(v \frac{w}{2}\left(1 + \operatorname{erf}(w/\sqrt{2})\right) - 1\right)^2$ is not convex in $w, v$",
    True, K, "not_convex", wit=[NC((v * gelu(w) - 1) ** 2, (w, v))])
add(r"The GELU $z \Phi(z)$, with $\Phi(z) = \frac{1}{2}(1 + \operatorname{erf}(z / \sqrt{2}))$, is convex", False, K, "convex",
    wit=[NC(gelu(w), (w,))])
add(r"$(w \max(0, w x) - y)^2$ with $x = 1$, $y = 1$ is convex in $w$", False, K, "convex",
    wit=[NC((w * relu(w) - 1) ** 2, (w,))], why="weight sharing: (w relu(w) - 1)^2 = (w^2 - 1)^2 for w > 0")
add(r"The loss of a two-layer linear network with tied weights $w_1 = w_2 = w$ on the example $(1, 1)$, $L(w) = (w^2 - 1)^2$, is convex",
    False, K, "convex", wit=[NC((w ** 2 - 1) ** 2, (w,))])
add(r"$(w \cdot w x - y)^2$ with $x = 1$ and $y = -1$ is convex in $w$", True, K, "convex",
    why="(w^2 + 1)^2 = w^4 + 2w^2 + 1: every term convex",
    extra={"theorem": ("poly_convex", (w ** 2 + 1) ** 2, (w,))})
add(r"$(v \max(0, w x) + u x - y)^2$ with $x = 1$ and $y = 1$ is not convex in $(w, v, u)$", True, K, "not_convex",
    wit=[NC((v * relu(w) + u - 1) ** 2, (w, v, u))], why="a skip connection u x does not help")
add(r"$(v \max(0, w x) + u x - y)^2$ is convex in $u$ for fixed $v, w$, where $x = 2$ and $y = 1$", True, K, "convex",
    extra={"quad": ((v * T + 2 * u - 1) ** 2, (u,))}, why="quadratic in u with leading coefficient 4")
add(r"The residual loss $(x + v \tanh(w x) - y)^2$ with $x = 1$, $y = 2$ is not convex in $(w, v)$", True, K, "not_convex",
    wit=[NC((1 + v * sp.tanh(w) - 2) ** 2, (w, v))])
add(r"The residual loss $(x + v \tanh(w x) - y)^2$ with $x = 1$, $y = 2$ is convex in $v$ for fixed $w$", True, K,
    "convex", extra={"quad": ((1 + v * T - 2) ** 2, (v,))})
add(r"Weight decay makes the loss convex: $(v w - 1)^2 + \lambda (v^2 + w^2)$ is convex for $\lambda \ge 1$", False, K,
    "convex", wit=[NC((v * w - 1) ** 2 + (v ** 2 + w ** 2), (w, v))],
    why="at v = w = t the Hessian's determinant is (2 + 2lam - 2t^2)(6t^2 + 2lam - 2) < 0 for t^2 > lam + 1")
add(r"$(v w - 1)^2 + \lambda (v^2 + w^2)$ with $\lambda = \frac{1}{2}$ is not convex", True, K, "not_convex",
    wit=[NC((v * w - 1) ** 2 + R(1, 2) * (v ** 2 + w ** 2), (w, v))])
add(r"$(v w - 1)^2 + \lambda (v^2 + w^2)$ is not convex in $(v, w)$ for every $\lambda > 0$", True, K, "not_convex",
    extra={"theorem": ("decay_never_convex",)},
    why="u = (1, -1) at v = w = t: u^T H u = 4(lam + 1 - t^2) < 0 once t^2 > lam + 1")
add(r"$\frac{1}{2}(w x - y)^2 + \frac{\lambda}{2} w^2$ is strictly convex in $w$ for $\lambda > 0$", True, K, "strictly_convex",
    extra={"theorem": ("ridge_1d",)}, why="f'' = x^2 + lam > 0")
add(r"Ridge regression $\sum_{i=1}^{2} (w x_i - y_i)^2 + \lambda w^2$ with $(x_1, y_1) = (1, 2)$ and $(x_2, y_2) = (2, 1)$ is strictly convex in $w$ for $\lambda \ge 0$",
    True, K, "strictly_convex", extra={"theorem": ("ridge_data",)}, why="f'' = 10 + 2 lam > 0")
add(r"$|v \max(0, w) - 1|$ is not convex", True, K, "not_convex", wit=[NC(sp.Abs(v * relu(w) - 1), (w, v))])
add(r"The absolute loss $|w x + b - y|$ with $x = 2$, $y = 1$ is convex in $w, b$", True, K, "convex",
    extra={"theorem": ("abs_affine",)}, why="the absolute value of an affine map")
add(r"$(v (w x)^2 - y)^2$ with $x = 1$, $y = 1$ is not convex in $w, v$", True, K, "not_convex",
    wit=[NC((v * w ** 2 - 1) ** 2, (w, v))])
add(r"$(v w^2 - 1)^2$ is convex in $v$ for fixed $w$", True, K, "convex", extra={"quad": ((v * T - 1) ** 2, (v,))})
add(r"$(v w^2 - 1)^2$ is convex in $w$ for fixed $v$", False, K, "convex", wit=[NC((w ** 2 - 1) ** 2, (w,))],
    why="v = 1: (w^2 - 1)^2")
add(r"$\max(0, 1 - y v \tanh(w x))$ with $x = 1$ and $y = 1$ is not convex in $(w, v)$", True, K, "not_convex",
    wit=[NC(relu(1 - v * sp.tanh(w)), (w, v))])
add(r"The hinge loss $\max(0, 1 - y(w x + b))$ with $x = 2$, $y = -1$ is convex in $w, b$", True, K, "convex",
    extra={"theorem": ("dcp", relu(1 + (2 * w + b)), (w, b))})
add(r"$\log(1 + e^{-y v \max(0, w x)})$ with $x = 1$ and $y = 1$ is not convex in $w, v$", True, K, "not_convex",
    wit=[NC(spl(-v * relu(w)), (w, v))])
add(r"$\log(1 + \exp(-v \tanh(w)))$ is convex in $v$ for fixed $w$", True, K, "convex",
    extra={"theorem": ("dcp", spl(-v * T), (v,))})
add(r"$\log(1 + \exp(-v \tanh(w)))$ is convex in $w$ for fixed $v$", False, K, "convex",
    wit=[NC(spl(-5 * sp.tanh(w)), (w,))], why="v = 5")
add(r"$-y \log \sigma(v \sigma(w x)) - (1 - y) \log(1 - \sigma(v \sigma(w x)))$ with $x = 1$ and $y = 1$ is convex in $w, v$",
    False, K, "convex", wit=[NC(spl(-v * sig(w)), (w, v))], why="-log sigma(z) = softplus(-z)")
add(r"$(v \log(1 + e^{w}) - 1)^2$ is neither convex nor concave", True, K, "neither",
    wit=[NC((v * spl(w) - 1) ** 2, (w, v)), NV((v * spl(w) - 1) ** 2, (w, v))])
add(r"$(w_3 w_2 w_1 - 1)^2$ is convex in $w_2$ for fixed $w_1, w_3$", True, K, "convex",
    extra={"quad": ((w3 * w2 * w1 - 1) ** 2, (w2,))})
add(r"$(w_3 w_2 w_1 - 1)^2$ is convex in $(w_1, w_2)$ for fixed $w_3$", False, K, "convex",
    wit=[NC((w2 * w1 - 1) ** 2, (w1, w2))], why="w3 = 1")
add(r"$\mathcal{L}(W_1, W_2) = \sum_{i=1}^{2} (W_2 \tanh(W_1 x_i) - y_i)^2$ with $(x_1, y_1) = (1, 1)$ and $(x_2, y_2) = (-1, -1)$ is not convex",
    True, K, "not_convex", wit=[NC((v * sp.tanh(w) - 1) ** 2 + (v * sp.tanh(-w) + 1) ** 2, (w, v))])
add(r"$(\max(w_1 x, w_2 x) - y)^2$ with $x = 1$ and $y = -1$ is not convex in $w_1, w_2$", True, K, "not_convex",
    wit=[NC((sp.Max(w1, w2) + 1) ** 2, (w1, w2))], why="maxout unit: (max(w1, w2) + 1)^2 bends down where max = w1 < -1")
add(r"$(\max(w_1 x, w_2 x) - y)^2$ with $x = 1$ and $y = -1$ is convex in $w_1$ for fixed $w_2 \ge 0$", True, K, "convex",
    extra={"theorem": ("maxout_pos",)}, why="max(w1, w2) + 1 >= 1 > 0 is convex; its square is convex")
add(r"$L(a, b) = (a \max(0, b) - 2)^2 + (a \max(0, -b) - 1)^2$ is not convex", True, K, "not_convex",
    wit=[NC((v * relu(w) - 2) ** 2 + (v * relu(-w) - 1) ** 2, (w, v))])
add(r"$f(w) = (\sigma(w) - 1)^2$ is convex", False, K, "convex", wit=[NC((sig(w) - 1) ** 2, (w,))])
add(r"$f(w) = (\sigma(w) - 1)^2$ is convex for $w \ge 0$", True, K, "convex", extra={"theorem": ("sig_sq_right",)},
    why="f'' = 2 s'^2 + 2(s - 1)s'' = 2 s (1 - s)^2 (3 s - 1) >= 0 where s >= 1/2")
add(r"$(\tanh(w) - 1)^2$ is convex on $w \ge 0$", True, K, "convex", extra={"theorem": ("tanh_sq_right",)},
    why="f'' = 2 sech^2(w)(1 - t)(1 + 3t)... with t = tanh w: f'' = 2(1 - t^2)(1 - t)(1 + 3t) >= 0 for t >= 0")
add(r"$(\tanh(w) - 1)^2$ is convex", False, K, "convex", wit=[NC((sp.tanh(w) - 1) ** 2, (w,))])
add(r"$(v \max(0, w) - 1)^2 + (v \max(0, w) + 1)^2$ is not convex in $w, v$", True, K, "not_convex",
    wit=[NC((v * relu(w) - 1) ** 2 + (v * relu(w) + 1) ** 2, (w, v))], why="2 (v relu w)^2 + 2")
add(r"The loss $\ell(w, b) = (\max(0, w + b) - 1)^2 + (\max(0, -w + b) - 1)^2$ of a ReLU neuron on $(1, 1)$, $(-1, 1)$ is not convex",
    True, K, "not_convex", wit=[NC((relu(w + b) - 1) ** 2 + (relu(-w + b) - 1) ** 2, (w, b))])
add(r"$(\max(0, w + b) + 1)^2$ is convex in $(w, b)$", True, K, "convex", extra={"theorem": ("dcp", (relu(w + b) + 1) ** 2, (w, b))},
    why="relu + 1 >= 1 is convex and nonnegative")
add(r"$\sum_{i=1}^{2}(w x_i + b - y_i)^2$ with $(x_1, y_1) = (1, 0)$ and $(x_2, y_2) = (2, 1)$ is strictly convex",
    True, K, "strictly_convex", extra={"quad_strict": ((w + b) ** 2 + (2 * w + b - 1) ** 2, (w, b))})
add(r"$(w x + b - y)^2$ with $x = 1$ and $y = 0$ is strictly convex in $(w, b)$", False, K, "strictly_convex",
    extra={"flat": ((w + b) ** 2, (w, b), (0, 0), (1, -1))})
add(r"$\frac{1}{2}(v_1 \tanh(w_1) + v_2 \tanh(w_2) - 1)^2$ is convex in $(v_1, v_2)$ for fixed $w_1, w_2$", True, K, "convex",
    extra={"quad": (R(1, 2) * (v1 * T + v2 * sp.Symbol("S", real=True) - 1) ** 2, (v1, v2))})
add(r"$\frac{1}{2}(v_1 \tanh(w_1) + v_2 \tanh(w_2) - 1)^2$ is convex in $(w_1, w_2)$ for fixed $v_1, v_2$", False, K,
    "convex", wit=[NC(R(1, 2) * (sp.tanh(w1) + sp.tanh(w2) - 1) ** 2, (w1, w2))], why="v = (1, 1)")
add(r"$(v\,\mathrm{softplus}(w) - 2)^2$ is convex in $w$ for fixed $v$", False, K, "convex",
    wit=[NC((spl(w) - 2) ** 2, (w,))], why="v = 1")
add(r"$(v\,\mathrm{softplus}(w) + 2)^2$ is convex in $w$ for $v \ge 0$", True, K, "convex",
    extra={"theorem": ("softplus_pos",)}, why="v softplus(w) + 2 > 0 is convex; its square is convex")
add(r"$(v \max(0, w) - 1)^2$ is convex in $w$ for fixed $v \le 0$", True, K, "convex", extra={"theorem": ("relu_negv",)},
    why="v relu(w) - 1 <= -1 is concave; the square is nonincreasing on the negatives")
add(r"$(v \max(0, w) - 1)^2$ is convex in $w$ for fixed $v$", False, K, "convex", wit=[NC((relu(w) - 1) ** 2, (w,))],
    why="v = 1")
add(r"$(\max(0, w) - y)^2$ is convex in $w$ for $y \le 0$", True, K, "convex", extra={"theorem": ("relu_negy",)},
    why="relu(w) - y >= 0 is convex")
add(r"$(v \sigma(w) - 1)^2$ is not convex in $w$ when $v = 1$", True, K, "not_convex", wit=[NC((sig(w) - 1) ** 2, (w,))])
add(r"$\log(1 + e^{-v \max(0, w)})$ is convex in $w$ for fixed $v$", False, K, "convex", wit=[NC(spl(-relu(w)), (w,))],
    why="v = 1: constant log 2 for w < 0, then decreasing: the slope drops at 0")
add(r"$\log(1 + e^{-v \max(0, w)})$ is convex in $w$ for fixed $v \le 0$", True, K, "convex",
    extra={"theorem": ("softplus_relu_neg",)}, why="softplus(|v| relu(w)): convex nondecreasing of convex")
add(r"$(v \tanh(w x + b) - y)^2$ with $x = 1$ and $y = 1$ is convex in $(w, b)$ for fixed $v$", False, K, "convex",
    wit=[NC((sp.tanh(w + b) - 1) ** 2, (w, b))], why="v = 1")
add(r"$(v \tanh(w x + b) - y)^2$ with $x = 1$, $y = 1$, $v = -1$ and $w = 0$ is convex in $b$", False, K, "convex",
    wit=[NC((sp.tanh(b) + 1) ** 2, (b,))], why="f'' = 2 sech^2 (1 - 3t)(1 + t) < 0 for t = tanh b > 1/3")
add(r"$(w_3 \max(0, w_2 \max(0, w_1)) - 1)^2$ is convex in $w_3$ for fixed $w_1, w_2$", True, K, "convex",
    extra={"quad": ((w3 * T - 1) ** 2, (w3,))})
add(r"$(w_3 \max(0, w_2 \max(0, w_1)) - 1)^2$ is convex in $w_2$ for fixed $w_1, w_3$", False, K, "convex",
    wit=[NC((relu(w2) - 1) ** 2, (w2,))], why="w1 = w3 = 1")
add(r"$(w_3 \max(0, w_2 \max(0, w_1)) - 1)^2$ is convex in $w_1$ for fixed $w_2, w_3$", False, K, "convex",
    wit=[NC((relu(w1) - 1) ** 2, (w1,))], why="w2 = w3 = 1")
add(r"$(w_2 \tanh(w_1) - 1)^2 + \frac{1}{2} w_1^2$ is convex in $w_2$ for fixed $w_1$", True, K, "convex",
    extra={"quad": ((w2 * T - 1) ** 2 + R(1, 2) * sp.Symbol("S", real=True) ** 2, (w2,))})
add(r"$(w_2 \tanh(w_1) - 1)^2 + \frac{1}{2}(w_1^2 + w_2^2)$ is not convex", True, K, "not_convex",
    wit=[NC((w2 * sp.tanh(w1) - 1) ** 2 + R(1, 2) * (w1 ** 2 + w2 ** 2), (w1, w2))])
add(r"$(w_2 \max(0, w_1) - 1)^2 + 10 (w_1^2 + w_2^2)$ is not convex", True, K, "not_convex",
    wit=[NC((w2 * relu(w1) - 1) ** 2 + 10 * (w1 ** 2 + w2 ** 2), (w1, w2))],
    why="the penalty's curvature 20 is beaten far out: along v = -w, w large, (v w - 1)^2 bends down by 8 w^2")

# ================================================================ plain text, Python style
K = "python-text"
add(r"(v*max(0, w) - 1)**2 is not convex", True, K, "not_convex", wit=[NC((v * relu(w) - 1) ** 2, (w, v))])
add(r"loss(w, v) = (v*tanh(w) - 1)**2 is convex", False, K, "convex", wit=[NC(F, (w, v))])
add(r"(v*sigmoid(w) - 1)^2 is neither convex nor concave", True, K, "neither",
    wit=[NC((v * sig(w) - 1) ** 2, (w, v)), NV((v * sig(w) - 1) ** 2, (w, v))])
add(r"(w2*relu(w1*x + b1) + b2 - y)**2 with x = 1, y = 1 is not convex", True, K, "not_convex",
    net=RELU111, fact="not_convex")
add(r"log(1 + exp(-y*(w*x + b))) with x = 3, y = 1 is convex in w, b", True, K, "convex",
    extra={"theorem": ("dcp", spl(-(3 * w + b)), (w, b))})
add(r"(w1*w2 - 1)**2 + (w1*w2 + 1)**2 is convex", False, K, "convex",
    wit=[NC((w1 * w2 - 1) ** 2 + (w1 * w2 + 1) ** 2, (w1, w2))])
add(r"(v*max(0, w))**2 is convex in v for fixed w", True, K, "convex", extra={"quad": ((v * T) ** 2, (v,))})
add(r"relu(w)**2 is convex", True, K, "convex", extra={"theorem": ("dcp", relu(w) ** 2, (w,))})
add(r"(relu(w) - 1)**2 is convex", False, K, "convex", wit=[NC((relu(w) - 1) ** 2, (w,))])
add(r"max(0, 1 - v*relu(w)) is not convex in (w, v)", True, K, "not_convex", wit=[NC(relu(1 - v * relu(w)), (w, v))])
add(r"(v*w - 2)**2 is not convex in (v, w)", True, K, "not_convex", wit=[NC((v * w - 2) ** 2, (w, v))])
add(r"(v*w - 2)**2 is convex in v for fixed w", True, K, "convex", extra={"quad": ((v * T - 2) ** 2, (v,))})
add(r"softplus(v*w) is convex in (v, w)", False, K, "convex", wit=[NC(spl(v * w), (w, v))])
add(r"tanh(v*w)**2 is convex", False, K, "convex", wit=[NC(sp.tanh(v * w) ** 2, (w, v))])

# ================================================================ one layer free, the others fixed (words)
K = "frozen"
add(r"The squared loss of a 1-2-1 tanh network on $(1, 1)$ is convex in the output weights and bias when the hidden layer is frozen.",
    True, K, "convex", N([1, 2, 1], "tanh", [(1, 1)]), "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-2-1 tanh network on $(1, 1)$ is convex in the first-layer weights when the output layer is fixed.",
    False, K, "convex", N([1, 2, 1], "tanh", [(1, 1)]), "not_convex", vars=["W1", "b1"])
add(r"The cross-entropy loss of a 1-2-1 sigmoid network on $(1, 1)$ and $(2, 0)$ is convex in the last layer.",
    True, K, "convex", N([1, 2, 1], "sigmoid", [(1, 1), (2, 0)], loss="ce"), "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-2-1 ReLU network on $(1, 1)$ and $(-1, -1)$ is convex in the first layer weights for fixed output weights.",
    False, K, "convex", SEED, "not_convex", vars=["W1", "b1"])
add(r"The squared loss of a 1-1-1 ReLU network with a ReLU output on $(1, 1)$ is convex in the last layer.",
    False, K, "convex", N([1, 1, 1], "relu", [(1, 1)], out="relu"), "not_convex", vars=["W2", "b2"],
    why="(relu(v h + c) - 1)^2 is not convex in the score")
add(r"The squared loss of a 1-1-1 sigmoid network with a sigmoid output on $(1, 1)$ is convex in the output layer weights.",
    False, K, "convex", N([1, 1, 1], "sigmoid", [(1, 1)], out="sigmoid"), "not_convex", vars=["W2", "b2"])
add(r"The hinge loss of a 1-3-1 ReLU network on $(1, 1)$ and $(-1, -1)$ is convex in the output-layer parameters.",
    True, K, "convex", N([1, 3, 1], "relu", [(1, 1), (-1, -1)], loss="hinge"), "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-2-1 softplus network on $(1, 1)$ is convex in the hidden biases when every other weight is fixed.",
    False, K, "convex", N([1, 2, 1], "softplus", [(1, 1)]), "not_convex", vars=["b1"])
add(r"The squared loss of a 1-1-1-1 linear network on $(1, 1)$ is convex in the middle layer when the other layers are fixed.",
    True, K, "convex", N([1, 1, 1, 1], "identity", [(1, 1)]), "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-1-1-1 tanh network on $(1, 1)$ is convex in the middle layer for fixed first and last layers.",
    False, K, "convex", N([1, 1, 1, 1], "tanh", [(1, 1)]), "not_convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-2-1 ReLU network on $(1, 2)$ is convex in the output bias.",
    True, K, "convex", N([1, 2, 1], "relu", [(1, 2)]), "convex", vars=["b2"])
add(r"The squared loss of a 1-1-1 ReLU network on $(1, 2)$ is convex in the first-layer bias for fixed other weights.",
    False, K, "convex", N([1, 1, 1], "relu", [(1, 2)]), "not_convex", vars=["b1"])
add(r"With the first layer frozen, the squared loss of a 1-3-1 sigmoid network on $(1, 0)$, $(2, 1)$ is convex.",
    True, K, "convex", N([1, 3, 1], "sigmoid", [(1, 0), (2, 1)]), "convex", vars=["W2", "b2"])
add(r"Training only the last layer of a 1-2-1 tanh network with logistic loss on $(1, 1)$, $(-1, -1)$ is a convex problem.",
    True, K, "convex", N([1, 2, 1], "tanh", [(1, 1), (-1, -1)], loss="logistic"), "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-2-1 tanh network on $(1, 1)$ is convex in the first layer when the second layer is fixed.",
    False, K, "convex", N([1, 2, 1], "tanh", [(1, 1)]), "not_convex", vars=["W1", "b1"])
add(r"The squared loss of a 1-1-1 sigmoid network on the data point $(1, 1)$ is convex in the first layer when the second layer is fixed.",
    False, K, "convex", SIG111, "not_convex", vars=["W1", "b1"])
add(r"The squared loss of a 1-1-1 ReLU network on the data point $(1, 1)$ is convex in the hidden layer for a fixed output layer.",
    False, K, "convex", RELU111, "not_convex", vars=["W1", "b1"])
add(r"The logistic loss of a 1-1-1 leaky ReLU network on $(1, 1)$ is convex in the first layer for a fixed second layer.",
    False, K, "convex", N([1, 1, 1], "leaky", [(1, 1)], loss="logistic"), "not_convex", vars=["W1", "b1"])
add(r"The squared loss of a 1-1-1-1 ReLU network on $(1, 1)$ is convex in the last layer when the first two layers are fixed.",
    True, K, "convex", N([1, 1, 1, 1], "relu", [(1, 1)]), "convex", vars=["W3", "b3"])
add(r"The squared loss of a 1-1-1-1 ReLU network on $(1, 1)$ is convex in the first layer when the other layers are fixed.",
    False, K, "convex", N([1, 1, 1, 1], "relu", [(1, 1)]), "not_convex", vars=["W1", "b1"])
add(r"The squared loss of a 1-2-1 linear network on $(1, 1)$ and $(2, 3)$ is convex in each layer separately.",
    True, K, "convex", N([1, 2, 1], "identity", [(1, 1), (2, 3)]), "convex", vars=["W1", "b1"],
    why="each layer: an affine output; checked for the first layer here (the last is convex for any activation)")
add(r"The squared loss of a 1-2-1 ReLU network on $(1, 1)$ and $(-1, -1)$ is convex in each layer separately.",
    False, K, "convex", SEED, "not_convex", vars=["W1", "b1"])
add(r"The squared loss of a 1-1-1 tanh network on $(1, 1)$ is concave in the first layer when the output layer is fixed.",
    False, K, "concave", TANH111, "not_concave", vars=["W1", "b1"])
add(r"The squared loss of a 1-1-1 sigmoid network on $(1, 1)$ is strictly convex in the output weight and bias when the hidden layer is fixed.",
    False, K, "strict", SIG111, "not_strict", vars=["W2", "b2"],
    why="one example: (v h + c - 1)^2 is flat along (1, -h)")
add(r"The squared loss of a 1-2-1 tanh network is convex in the last-layer weights for fixed hidden weights, for every data set.",
    True, K, "convex", N([1, 2, 1], "tanh", [(1, 1), (2, -1)]), "convex", vars=["W2", "b2"],
    why="sum of squares of an affine map of the last layer, for any data")
add(r"The squared loss of a ReLU network with the first layer fixed is convex in the last layer.",
    True, K, "convex", N([1, 2, 1], "relu", [(1, 1), (-1, 2)]), "convex", vars=["W2", "b2"])
add(r"The squared loss of a tanh network is convex in the first layer when the last layer is fixed.",
    False, K, "convex", TANH111, "not_convex", vars=["W1", "b1"])
add(r"A sigmoid network's squared loss is convex in the hidden weights once the output weights are frozen.",
    False, K, "convex", SIG111, "not_convex", vars=["W1", "b1"])
add(r"Fine-tuning only the last layer of a ReLU network with cross-entropy loss is a convex problem.",
    True, K, "convex", N([1, 2, 1], "relu", [(1, 1), (-1, 0)], loss="ce"), "convex", vars=["W2", "b2"])
add(r"A network with a sigmoid output and squared loss is convex in the last layer.",
    False, K, "convex", N([1, 1, 1], "relu", [(1, 1)], out="sigmoid"), "not_convex", vars=["W2", "b2"],
    why="(sigma(v h + c) - 1)^2 is not convex in the score (f'' < 0 where sigma < 1/3)")
add(r"$(v \tanh(w x + b) + c - y)^2$ with $x = 1$, $y = 1$ is convex in $(v, c)$ for fixed $w, b$", True, K, "convex",
    extra={"quad": ((v * T + c - 1) ** 2, (v, c))})
add(r"$(v \tanh(w x + b) + c - y)^2$ with $x = 1$, $y = 1$ is convex in $(w, b)$ for fixed $v, c$", False, K, "convex",
    wit=[NC((sp.tanh(w + b) - 1) ** 2, (w, b))], why="v = 1, c = 0")
add(r"$(v \max(0, w x + b) + c - y)^2$ with $x = 1$, $y = 1$ is convex in $w$ for fixed $v, b, c$", False, K, "convex",
    wit=[NC((relu(w) - 1) ** 2, (w,))], why="v = 1, b = c = 0")
add(r"$(v \max(0, w x + b) + c - y)^2$ with $x = 1$, $y = 1$ is convex in $c$ for fixed $v, w, b$", True, K, "convex",
    extra={"quad": ((v * T + c - 1) ** 2, (c,))})
add(r"$(v \sigma(w x + b) - y)^2$ with $x = 2$, $y = 0$ is convex in $b$ for fixed $v, w$", False, K, "convex",
    wit=[NC(sig(b) ** 2, (b,))], why="v = 1, w = 0: sigma(b)^2 bends down for large b")
add(r"$\log(1 + e^{-y (v \tanh(w x) + c)})$ with $x = 1$, $y = 1$ is convex in $(v, c)$ for fixed $w$", True, K, "convex",
    extra={"theorem": ("dcp", spl(-(v * T + c)), (v, c))})
add(r"$\log(1 + e^{-y (v \tanh(w x) + c)})$ with $x = 1$, $y = 1$ is convex in $w$ for fixed $v, c$", False, K, "convex",
    wit=[NC(spl(-5 * sp.tanh(w)), (w,))], why="v = 5, c = 0")
add(r"$\max(0, 1 - y v \max(0, w x))$ with $x = 1$, $y = 1$ is convex in $v$ for fixed $w$", True, K, "convex",
    extra={"theorem": ("dcp", relu(1 - v * T), (v,))})
add(r"$\max(0, 1 - y v \max(0, w x))$ with $x = 1$, $y = 1$ is convex in $w$ for fixed $v$", False, K, "convex",
    wit=[NC(relu(1 - relu(w)), (w,))], why="v = 1: max(0, 1 - relu(w)) is 1, then decreasing, then 0")

# ================================================================ families in words (no data)
K = "family"
add(r"Two-layer networks with ReLU activations trained with MSE have non-convex loss landscapes.",
    True, K, "not_convex", RELU111, "not_convex")
add(r"A neural network with one hidden layer trained with squared loss will yield convex optimization.",
    False, K, "convex", LIN111, "not_convex")
add(r"A shallow tanh network's cross-entropy loss is convex.", False, K, "convex",
    N([1, 1, 1], "tanh", [(1, 1)], loss="ce"), "not_convex")
add(r"A linear model trained with hinge loss has a convex training objective.", True, K, "convex",
    N([1, 1], "identity", [(1, 1), (2, -1)], loss="hinge"), "convex", why="hinge of an affine score, any data")
add(r"The loss of a network with leaky ReLU activations is non-convex.", True, K, "not_convex",
    N([1, 1, 1], "leaky", [(1, 1)]), "not_convex")
add(r"A network with quadratic activations has a convex squared loss.", False, K, "convex",
    N([1, 1, 1], "square", [(1, 1)]), "not_convex")
add(r"Deep linear networks have convex losses because the composition of linear maps is linear.", False, K, "convex",
    N([1, 1, 1, 1], "identity", [(1, 1)], bias=False), "not_convex")
add(r"An MLP with sigmoid hidden units and squared loss is convex in its weights.", False, K, "convex",
    SIG111, "not_convex")
add(r"Adding L2 regularization makes a ReLU network's squared loss convex.", False, K, "convex",
    wit=[NC((v * relu(w) - 1) ** 2 + R(1, 100) * (v ** 2 + w ** 2), (w, v))], why="lam = 1/100, data (1, 1), no bias")
add(r"With weight decay, the squared loss of a linear network with one hidden unit is still non-convex.", True, K,
    "not_convex", extra={"theorem": ("decay_never_convex",)}, why="not convex for every lam > 0 (see the formula line)")
add(r"Logistic regression with L2 regularization is strictly convex.", True, K, "strictly_convex",
    extra={"theorem": ("ridge_logistic",)}, why="convex loss + lam |w|^2 with lam > 0")
add(r"A linear network with one hidden layer is convex in each layer separately.", True, K, "convex",
    N([1, 2, 1], "identity", [(1, 1), (-1, 2)]), "convex", vars=["W1", "b1"])
add(r"A ReLU network's squared loss is convex in each layer separately.", False, K, "convex", RELU111, "not_convex",
    vars=["W1", "b1"])
add(r"A tanh network's logistic loss is convex in the last layer.", True, K, "convex",
    N([1, 2, 1], "tanh", [(1, 1), (2, -1)], loss="logistic"), "convex", vars=["W2", "b2"])
add(r"The squared loss of a ReLU network is convex in the output weights once the hidden layer is frozen.", True, K,
    "convex", N([1, 2, 1], "relu", [(1, 1), (2, 0)]), "convex", vars=["W2", "b2"])
add(r"A perceptron with a linear output and squared error has a convex loss.", True, K, "convex",
    N([1, 1], "identity", [(1, 1), (2, 0)]), "convex")
add(r"The loss of a single-hidden-layer network with softplus activations and squared loss is not convex.", True, K,
    "not_convex", N([1, 1, 1], "softplus", [(1, 1)]), "not_convex")
add(r"A deep ReLU network's squared loss is non-convex in its weights.", True, K, "not_convex",
    N([1, 1, 1, 1], "relu", [(1, 1)]), "not_convex")
add(r"Linear regression has a convex mean squared error loss.", True, K, "convex", N([1, 1], data=[(1, 1), (2, 5)]),
    "convex")
add(r"Least-squares regression without a hidden layer is convex in its weights.", True, K, "convex",
    N([1, 1], data=[(1, 1), (2, 5)]), "convex")
add(r"A neural network with a hidden layer of sigmoid units and cross-entropy loss has a non-convex loss.", True, K,
    "not_convex", N([1, 1, 1], "sigmoid", [(1, 1)], loss="ce"), "not_convex")
add(r"A 1-1-1 linear network has a convex squared loss.", False, K, "convex", LIN111, "not_convex")
add(r"A 1-2-1 tanh network with squared loss is non-convex.", True, K, "not_convex", N([1, 2, 1], "tanh", [(1, 1)]),
    "not_convex")
add(r"Networks with ReLU activations and hinge loss are convex in their weights.", False, K, "convex",
    N([1, 1, 1], "relu", [(1, 1)], loss="hinge"), "not_convex")
add(r"A network with one hidden layer of linear units and logistic loss is not convex.", True, K, "not_convex",
    N([1, 1, 1], "identity", [(1, 1)], loss="logistic"), "not_convex")
add(r"Softmax regression with cross-entropy is convex in its weights.", True, K, "convex",
    extra={"theorem": ("softmax_ce",)}, why="log-sum-exp of affine scores minus an affine term")
add(r"A single-layer perceptron with a sigmoid output and cross-entropy loss is convex in its weights.", True, K,
    "convex", N([1, 1], data=[(1, 1), (2, 0)], loss="ce", out="sigmoid"), "convex", why="logistic regression")
add(r"A ReLU network's squared loss is convex in its output bias.", True, K, "convex",
    N([1, 2, 1], "relu", [(1, 1), (2, 0)]), "convex", vars=["b2"])
add(r"A sigmoid network's squared loss is convex in the last layer when the other layers are fixed.", True, K, "convex",
    N([1, 2, 1], "sigmoid", [(1, 1), (2, 0)]), "convex", vars=["W2", "b2"])
add(r"A network with a tanh hidden layer and squared loss is concave in its weights.", False, K, "concave",
    TANH111, "not_concave")

# ================================================================ landscape
K = "landscape"
add(r"$(w_1 w_2 w_3 - 2)^2$ has a saddle point at the origin", True, K, "saddle",
    N([1, 1, 1, 1], "identity", [(1, 2)], bias=False), "saddle",
    extra={"point": {"W1": ["0"], "W2": ["0"], "W3": ["0"]}}, why="the lowest term -4 w1 w2 w3 is cubic: odd")
add(r"The origin is a strict local minimum of $(v w - 1)^2 + v^2 + w^2$", True, K, "min",
    extra={"theorem": ("min_singular",)}, why="f - 1 = (v - w)^2 + v^2 w^2 > 0 away from 0 (the Hessian is singular)")
add(r"$(0, 0)$ is a saddle point of $(v w - 1)^2 + \frac{1}{2}(v^2 + w^2)$", True, K, "saddle",
    extra={"crit": (((v * w - 1) ** 2 + R(1, 2) * (v ** 2 + w ** 2)), (v, w), (0, 0), "saddle", (1, -1), (1, 1))})
add(r"$(0, 0)$ is a local minimum of $(v w - 1)^2 + 2(v^2 + w^2)$", True, K, "min",
    extra={"crit": (((v * w - 1) ** 2 + 2 * (v ** 2 + w ** 2)), (v, w), (0, 0), "strict_min")})
add(r"The squared loss of a 1-1-1 linear network without biases on $(1, 2)$ has a saddle at the origin", True, K,
    "saddle", N([1, 1, 1], "identity", [(1, 2)], bias=False), "saddle", extra={"point": {"W1": ["0"], "W2": ["0"]}})
add(r"$(0, 0)$ is a local minimum of $(v w - 1)^2 + \frac{1}{2}(v^2 + w^2)$", False, K, "min",
    extra={"crit": (((v * w - 1) ** 2 + R(1, 2) * (v ** 2 + w ** 2)), (v, w), (0, 0), "saddle", (1, -1), (1, 1))})
add(r"$(w_2 w_1 - 1)^2$ has a saddle point at $(0, 0)$, hence it is not convex", True, K, "not_convex",
    wit=[NC((w2 * w1 - 1) ** 2, (w1, w2))])
add(r"$(v \tanh(w) - 1)^2$ has a saddle point at $(0, 0)$", True, K, "saddle",
    extra={"crit": (F, (w, v), (0, 0), "saddle", (1, -1), (1, 1))}, why="H = [[0, -2], [-2, 0]]")

# ================================================================ ambiguous or to be refused (any decided answer is wrong)
K = "ambiguous"
RELU_NB = [N([1, 1, 1], "relu", [(1, 1)], bias=False), N([1, 1, 1], "relu", [(0, 1)], bias=False)]
TANH_NB = [N([1, 1, 1], "tanh", [(1, 1)], bias=False), N([1, 1, 1], "tanh", [(0, 1)], bias=False)]
LIN_NB = [N([1, 1, 1], "identity", [(1, 1)], bias=False), N([1, 1, 1], "identity", [(0, 1)], bias=False)]
add(r"The squared loss of a 1-1-1 tanh network without biases on a data point $(x, y)$ is not convex.", None, K,
    "not_convex", readings=TANH_NB, why="x = 0 gives a constant")
add(r"The squared loss of a 1-2-1 ReLU network is not convex in the first layer for fixed output weights.", None, K,
    "not_convex", readings=[NC((relu(w + b) - 1) ** 2, (w, b)), ("quad", (0 * w + (c - 1) ** 2, (w, b)))],
    why="output weights 1: not convex; output weights 0: constant in the first layer")
add(r"$\ell(\theta) = (\theta_2 \sigma(\theta_1 x) - y)^2$ is non-convex in $\theta$", None, K, "not_convex",
    readings=[N([1, 1, 1], "sigmoid", [(1, 1)], bias=False), N([1, 1, 1], "sigmoid", [(0, 1)], bias=False)],
    why="x = 0: (theta2/2 - y)^2 is convex")
add(r"The loss of the model above is convex.", None, K, "convex", readings=LIN_NB)
add(r"The squared loss of a 1-1-1 ReLU network on my data is not convex.", None, K, "not_convex", readings=RELU_NB)
add(r"The loss of a 1-2-1 ReLU network with batch normalization on $(1, 1)$, $(-1, -1)$ is convex.", None, K, "convex",
    readings=[SEED, N([1, 2, 1], "relu", [(0, 0)], bias=False)], why="batch norm: train or eval mode, affine or not")
add(r"The loss of a convolutional network is non-convex.", None, K, "not_convex", readings=LIN_NB,
    why="convolutions are not modelled")
add(r"The squared loss of a 1-2-1 ReLU network is convex on the data.", None, K, "convex", readings=RELU_NB)
add(r"The squared loss of a 1-1-1 ReLU network on $(1, 1)$ is convex in its input.", None, K, "convex",
    readings=RELU_NB, why="the input, for which weights?")
add(r"A ReLU network is piecewise linear, hence its squared loss is piecewise convex.", None, K, "convex",
    readings=RELU_NB, why="a qualified property")
add(r"The squared loss of a 1-1-1 ReLU network on $(1, 1)$ is convex near its global minimum.", None, K, "convex",
    readings=RELU_NB, why="a local property")
add(r"$(v \tanh(w x) - y)^2$ is not convex in $w$ for fixed $v$", None, K, "not_convex",
    readings=[NC((sp.tanh(w) - 1) ** 2, (w,)), ("quad", (0 * w + 1, (w,)))],
    why="x = 1, y = 1, v = 1: not convex; v = 0: constant")
add(r"The squared loss of a 1-1-1 sigmoid network is not convex in the hidden layer when the output layer is fixed.", None,
    K, "not_convex", readings=[NC((sig(w + b) - 1) ** 2, (w, b)), ("quad", (0 * w + (c - 1) ** 2, (w, b)))],
    why="v = 1: not convex; v = 0: constant")
add(r"Every two-layer network has a non-convex loss.", None, K, "not_convex", readings=LIN_NB,
    why="'every ... non-convex': false for a member on data at x = 0")
add(r"The loss of a neural network with dropout is not convex.", None, K, "not_convex", readings=LIN_NB,
    why="dropout: an expectation or a sample?")
add(r"The loss landscape of a transformer is non-convex.", None, K, "not_convex", readings=LIN_NB,
    why="not modelled")
add(r"The squared loss of a 1-1-1 ReLU network with weight decay is convex.", None, K, "convex",
    readings=RELU_NB, why="no data, no penalty weight")
add(r"$(v \max(0, w x) - y)^2$ is not convex in $(v, w)$", None, K, "not_convex", readings=RELU_NB)
add(r"The loss of a 1-2-1 ReLU network with a skip connection is convex in its weights.", None, K, "convex",
    readings=RELU_NB, why="no data, no loss, skip connection unspecified")
add(r"The squared loss of a 1-2-1 network with shared weights on $(1, 1)$ is convex.", None, K, "convex",
    readings=RELU_NB, why="which weights are shared? no activation")
add(r"A neural network's loss becomes convex in the infinite-width limit.", None, K, "convex", readings=LIN_NB)
add(r"The squared loss of a 1-1-1 tanh network without biases for one training example is convex.", None, K,
    "convex", readings=TANH_NB)

# ================================================================ more words: data in other spellings, biases, slopes
K = "words-data-2"
add(r"Consider a one-hidden-layer ReLU network with 2 hidden neurons trained on the two examples $x_1 = 1, y_1 = 1$ and $x_2 = -1, y_2 = -1$ with the squared loss. Its loss is not convex.",
    True, K, "not_convex", SEED, "not_convex")
add(r"The squared loss of a 1-2-1 ReLU network trained on the points $(1, 1)$ and $(-1, -1)$ is convex, since ReLU is convex.",
    False, K, "convex", SEED, "not_convex")
add(r"The loss $\frac{1}{2}(f_\theta(1) - 1)^2$ of a 1-1-1 tanh network $f_\theta$ is not convex in $\theta$.",
    True, K, "not_convex", TANH111, "not_convex")
add(r"The squared loss of a 1-1-1 tanh network with biases on the example $(0, 1)$ is not convex.",
    True, K, "not_convex", N([1, 1, 1], "tanh", [(0, 1)]), "not_convex", why="(v tanh(b) + c - 1)^2")
add(r"The squared loss of a 1-1-1 ReLU network with biases on the example $(0, 0)$ is convex.",
    False, K, "convex", N([1, 1, 1], "relu", [(0, 0)]), "not_convex", why="(v relu(b) + c)^2")
add(r"The squared loss of a 1-1-1 ReLU network without biases on the example $(0, 5)$ is convex.",
    True, K, "convex", N([1, 1, 1], "relu", [(0, 5)], bias=False), "convex", why="the constant 25")
add(r"The squared loss of a 1-1-1 ReLU network without biases on the example $(0, 5)$ is strictly convex.",
    False, K, "strict", N([1, 1, 1], "relu", [(0, 5)], bias=False), "not_strict", why="the constant 25")
add(r"The squared loss of a 1-1-1 linear network with biases on $(1, 1)$ is not convex.",
    True, K, "not_convex", N([1, 1, 1], "identity", [(1, 1)]), "not_convex")
add(r"The squared loss of a 1-1-1 leaky ReLU network with slope $1/2$ on $(1, 1)$ is not convex.",
    True, K, "not_convex", N([1, 1, 1], "leaky", [(1, 1)], slope="1/2"), "not_convex")
add(r"The squared loss of a 1-1-1 leaky ReLU network with slope $1/2$ and no biases on $(2, -1)$ is convex.",
    False, K, "convex", N([1, 1, 1], "leaky", [(2, -1)], slope="1/2", bias=False), "not_convex")
add(r"The squared loss of a 1-1-1 softplus network without biases on the data point $(0, 1)$ is convex in its weights.",
    True, K, "convex", N([1, 1, 1], "softplus", [(0, 1)], bias=False), "convex",
    why="(v log 2 - 1)^2: a convex quadratic in v, constant in w")
add(r"The squared loss of a 1-1-1 sigmoid network on $(1, 1)$ is not concave.", True, K, "not_concave", SIG111,
    "not_concave")
add(r"The squared loss of a 1-1-1 tanh network on $(1, 1)$ is neither convex nor concave in its weights.", True, K,
    "neither", TANH111, "neither")
add(r"The logistic loss of a 1-1-1 tanh network on $(1, 1)$ is convex.", False, K, "convex",
    N([1, 1, 1], "tanh", [(1, 1)], loss="logistic"), "not_convex")
add(r"The logistic loss of a 1-1 linear model on $(1, 1)$ and $(1, -1)$ is convex.", True, K, "convex",
    N([1, 1], "identity", [(1, 1), (1, -1)], loss="logistic"), "convex")
add(r"The logistic loss of a 1-1 linear model on $(1, 1)$ and $(1, -1)$ is strictly convex.", False, K, "strict",
    N([1, 1], "identity", [(1, 1), (1, -1)], loss="logistic"), "convex",
    extra={"flat": (spl(-(w + b)) + spl(w + b), (w, b), (0, 0), (1, -1))},
    why="both scores are w + b: flat along (1, -1)")
add(r"The squared loss of a 2-2-1 linear network without biases on $x = (1, 0)$, $y = 1$ is not convex.", True, K,
    "not_convex", N([2, 2, 1], "identity", [((1, 0), 1)], bias=False), "not_convex")
add(r"The squared loss of a 1-3-1 tanh network without biases on $(1, 0)$ is neither convex nor concave.", True, K,
    "neither", N([1, 3, 1], "tanh", [(1, 0)], bias=False), "neither")
add(r"The squared loss of a 1-1-1 ReLU network on $(-1, 1)$ is not convex in its weights.", True, K, "not_convex",
    N([1, 1, 1], "relu", [(-1, 1)]), "not_convex")
add(r"The squared loss of a 1-2-1 sigmoid network without biases on the data point $(0, 1)$ is convex.", True, K,
    "convex", N([1, 2, 1], "sigmoid", [(0, 1)], bias=False), "convex", why="((v1 + v2)/2 - 1)^2")
add(r"The cross-entropy of a 1-1-1 tanh network on $(1, 0)$ and $(-1, 1)$ is not convex.", True, K, "not_convex",
    N([1, 1, 1], "tanh", [(1, 0), (-1, 1)], loss="ce"), "not_convex")
add(r"The squared loss of a 1-2-1 network with quadratic activations on the data point $(1, 1)$ is not convex.", True,
    K, "not_convex", N([1, 2, 1], "square", [(1, 1)]), "not_convex")
add(r"The squared loss of a 1-1-1 network with the activation $\sigma(z) = z^2$ on $(1, 1)$ is convex in the output layer.",
    True, K, "convex", N([1, 1, 1], "square", [(1, 1)]), "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-1-1 ReLU network on $(1, 1)$ is convex in the output weight and bias for a fixed hidden unit.",
    True, K, "convex", RELU111, "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-1-1 ReLU network on $(1, 1)$ is strictly convex in the output layer.",
    False, K, "strict", RELU111, "not_strict", vars=["W2", "b2"], why="one example: flat along (1, -h)")
add(r"The absolute loss of a 1-1 linear model on $(1, 2)$ and $(3, 1)$ is convex.", True, K, "convex",
    N([1, 1], "identity", [(1, 2), (3, 1)], loss="absolute"), "convex", why="|affine|")
add(r"The absolute loss of a 1-1-1 tanh network on $(1, 1)$ is convex.", False, K, "convex",
    N([1, 1, 1], "tanh", [(1, 1)], loss="absolute"), "not_convex")
add(r"The hinge loss of a 2-1 linear classifier on $x = (1, 1)$, $y = 1$ and $x = (-1, 2)$, $y = -1$ is convex.", True, K,
    "convex", N([2, 1], "identity", [((1, 1), 1), ((-1, 2), -1)], loss="hinge"), "convex")
add(r"The squared loss of a 1-1-1-1 sigmoid network on $(1, 0)$ is not convex.", True, K, "not_convex",
    N([1, 1, 1, 1], "sigmoid", [(1, 0)]), "not_convex")
add(r"The squared loss of a 1-2-2-1 linear network on $(1, 1)$ is convex in the last layer when the first two layers are fixed.",
    True, K, "convex", N([1, 2, 2, 1], "identity", [(1, 1)]), "convex", vars=["W3", "b3"])
add(r"The squared loss of a 1-2-2-1 tanh network on $(1, 1)$ is convex in the second hidden layer when the other layers are fixed.",
    False, K, "convex", N([1, 2, 2, 1], "tanh", [(1, 1)]), "not_convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-1-1 softplus network on $(1, 1)$ is convex in the first layer for fixed output weights.",
    False, K, "convex", N([1, 1, 1], "softplus", [(1, 1)]), "not_convex", vars=["W1", "b1"])

# ================================================================ after triage (not blind): the kinds found by probing
POST = "nets11 post-triage (session 11, written after reading the source: the kinds of the WRONG answers and fixes)"
K = "post-triage"
add(r"A deep linear network with the first layer frozen has a convex squared loss.", False, K, "convex",
    N([1, 1, 1, 1], "identity", [(1, 1)]), "not_convex", vars=["W2", "b2", "W3", "b3"],
    why="the first layer frozen leaves two layers: (w3 (w2 h + b2) + b3 - y)^2 is not convex", source=POST)
add(r"The squared loss of a 1-1-1 ReLU network on the training data is not convex.", None, K, "not_convex",
    readings=RELU_NB, why="which data? at x = 0 without biases the loss is constant", source=POST)
add(r"The squared loss of a 1-2-1 network with tied weights on $(1, 1)$ is not convex.", None, K, "not_convex",
    readings=RELU_NB, why="which weights are tied? no activation", source=POST)
add(r"A network with a sigmoid output and cross-entropy loss is convex in the last layer.", True, K, "convex",
    N([1, 2, 1], "tanh", [(1, 1), (2, 0)], loss="ce"), "convex", vars=["W2", "b2"],
    why="softplus(z) - y z of the score, affine in the last layer", source=POST)
add(r"The squared loss of a 1-1-1 tanh network on $(1, 1)$ is convex in the first layer when the output weight is fixed.",
    False, K, "convex", TANH111, "not_convex", vars=["W1", "b1"], source=POST)
add(r"The squared loss of a linear model on the data $(1, 1)$ and $(2, 3)$ is strictly convex.", True, K, "strict",
    N([1, 1], "identity", [(1, 1), (2, 3)]), "strict", why="Hessian 2 X^T X with X = [[1, 1], [2, 1]] invertible",
    source=POST)
add(r"A ReLU network's squared loss is concave.", False, K, "concave", RELU111, "not_concave", source=POST)
add(r"Linear regression on a single data point is strictly convex.", False, K, "strict",
    N([1, 1], "identity", [(1, 1)]), "not_strict", why="(w + b - 1)^2 is flat along (1, -1)", source=POST)
add(r"The squared loss of a 2-1 linear model without biases on the data $x = (1, 2)$, $y = 1$ and $x = (2, 4)$, $y = 0$ is strictly convex.",
    False, K, "strict", N([2, 1], "identity", [((1, 2), 1), ((2, 4), 0)], bias=False), "not_strict",
    why="the inputs are parallel: flat along (2, -1)", source=POST)
