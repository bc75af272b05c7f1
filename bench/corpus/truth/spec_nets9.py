"""The claims of bench/corpus/nets9.jsonl with the network each one is about (written blind, session 9).

Each entry: the claim as a person writes it, the hand-written answer ``holds`` (True / False, or None when the
subject is ambiguous: then any decided answer is wrong), a ``kind``, and the mathematics that
``verify_nets9.py`` establishes independently: ``net`` (a spec of netlib9), ``vars`` (the parameter groups the
claim is about; the others are fixed at any value), ``fact`` (convex / not_convex / not_concave / neither /
strict / not_strict, or a landscape fact), ``prop`` (the property the claim states). For an ambiguous claim,
``readings`` lists two subjects the words allow whose facts differ.
"""

E = []


def N(layers, act="relu", data=((1, 1),), bias=True, loss="squared", out="identity", slope="1/10"):
    rows = []
    for d in data:
        x, y = d
        xs = list(x) if isinstance(x, tuple) else [x]
        rows.append([str(v) for v in xs] + [str(y)])
    return {"layers": list(layers), "act": act, "data": rows, "bias": bias, "loss": loss, "out": out,
            "slope": slope}


def add(claim, holds, kind, net=None, prop="convex", fact=None, vars="all", why="", readings=None, extra=None,
        source="nets9 blind red team (session 9)"):
    E.append({"claim": claim, "holds": holds, "kind": kind, "net": net, "prop": prop, "fact": fact,
              "vars": vars, "why": why, "readings": readings, "extra": extra, "source": source})


SEED = N([1, 2, 1], "relu", [(1, 1), (-1, -1)])
LIN111 = N([1, 1, 1], "identity", [(1, 1)], bias=False)
RELU111 = N([1, 1, 1], "relu", [(1, 1)])

# ---------------------------------------------------------------- seed sentences
add(r"The loss of a 1-2-1 ReLU network with squared loss on the data $(1, 1)$ and $(-1, -1)$ is not convex in its weights.",
    True, "seed", SEED, "not_convex", "not_convex", why="seed 000: theta1, theta2 global minima, midpoint 0 has loss > 0")
add(r"The loss of a 1-2-1 ReLU network with squared loss on the data $(1, 1)$ and $(-1, -1)$ is convex in its weights.",
    False, "seed", SEED, "convex", "not_convex")
add(r"$\mathcal{L}(\theta) = \frac{1}{2} \sum_{i=1}^2 (N_\theta(x_i) - y_i)^2$, the loss of a shallow ReLU network with two hidden neurons on $(x_1, y_1) = (1, 1)$ and $(x_2, y_2) = (-1, -1)$, is convex",
    False, "seed", SEED, "convex", "not_convex")
add(r"The cost function $J(W, b)$ of a network with one hidden layer of two sigmoid units and squared loss on the data $(1, 0)$, $(2, 1)$ is non-convex",
    True, "seed", N([1, 2, 1], "sigmoid", [(1, 0), (2, 1)]), "not_convex", "not_convex")
add(r"Because hidden units can be permuted, the squared loss of a 1-2-1 tanh network on the data point $(1, 1)$ is not convex",
    True, "seed", N([1, 2, 1], "tanh", [(1, 1)]), "not_convex", "not_convex")
add(r"The squared loss of a 1-2-1 ReLU network on $(1, 1), (-1, -1)$ is not convex: swapping the two hidden units gives a second global minimum",
    True, "seed", SEED, "not_convex", "not_convex")
add(r"$(2 - \rho(w_1 \rho(2 w_0 + b_0) + b_1))^2$ is convex in $w_0, b_0, w_1, b_1$ where $\rho(z) = \max\{0, z\}$",
    False, "seed", N([1, 1, 1], "relu", [(2, 2)], out="relu"), "convex", "not_convex")
add(r"$(1 - \rho(w_1 \rho(w_0 x + b_0) + b_1))^2$ is not convex in $w_0, b_0, w_1, b_1$ where $\rho(z) = \max\{0, z\}$ and $x = 3$",
    True, "seed", N([1, 1, 1], "relu", [(3, 1)], out="relu"), "not_convex", "not_convex")
add(r"The loss of a neural network with sigmoid activations is non-convex", True, "seed",
    N([1, 1, 1], "sigmoid", [(1, 1)]), "not_convex", "not_convex", why="a family claim: one member (1-1-1, (1, 1)) suffices")
add(r"Neural networks whose hidden layers use only ReLU activations have a convex loss, since compositions of convex functions are convex",
    False, "seed", RELU111, "convex", "not_convex", why="family: the 1-1-1 ReLU member on (1, 1) is not convex")
add(r"If there are no hidden layers, the cross-entropy loss is convex, just like logistic regression", True, "seed",
    N([1, 1], data=[(1, 1), (2, 0), (-1, 1)], loss="ce", out="sigmoid"), "convex", "convex",
    why="softplus(z) - y z is convex in z, z affine in (w, b): convex for any data")
add(r"Neural networks with linear activation functions and square loss yield convex optimization", False, "seed",
    LIN111, "convex", "not_convex", why="(w2 w1 - 1)^2")
add(r"A deep linear network with squared loss is convex in its weights", False, "seed",
    N([1, 1, 1, 1], "identity", [(1, 1)], bias=False), "convex", "not_convex")
add(r"The loss of a ReLU network is non-convex because of permutation symmetry of the hidden units", True, "seed",
    N([1, 2, 1], "relu", [(1, 1)]), "not_convex", "not_convex")
add(r"The cost function of a neural network with hidden layers is not convex", True, "seed",
    N([1, 1, 1], "sigmoid", [(1, 1)]), "not_convex", "not_convex")
add(r"A network with one hidden layer of linear units and squared loss has a convex loss in its weights", False, "seed",
    LIN111, "convex", "not_convex")
add(r"The squared loss of a 1-1-1 ReLU network $f(x) = \mathrm{relu}(w_1 \mathrm{relu}(w_0 x + b_0) + b_1)$ on the point $(x_0, y_0) = (1, 1)$ is not convex",
    True, "seed", N([1, 1, 1], "relu", [(1, 1)], out="relu"), "not_convex", "not_convex")

# ---------------------------------------------------------------- architectures in words, data given
add(r"The squared loss of a network with a single hidden layer of width 3, ReLU activations, on the data point $(1, 2)$ is not convex",
    True, "arch-words", N([1, 3, 1], "relu", [(1, 2)]), "not_convex", "not_convex")
add(r"The squared loss of a network with one hidden ReLU unit and no biases on the data point $(1, 1)$ is convex",
    False, "arch-words", N([1, 1, 1], "relu", [(1, 1)], bias=False), "convex", "not_convex")
add(r"The squared loss of the two-layer linear network $f(x) = w_2 w_1 x$ on the data point $(2, 1)$ is convex in $(w_1, w_2)$",
    False, "arch-words", N([1, 1, 1], "identity", [(2, 1)], bias=False), "convex", "not_convex")
add(r"The squared loss of a 2-2-1 ReLU network on the data $x = (1, 0), y = 1$ and $x = (0, 1), y = -1$ is not convex",
    True, "arch-words", N([2, 2, 1], "relu", [((1, 0), 1), ((0, 1), -1)]), "not_convex", "not_convex")
add(r"The squared loss of a 1-1-1-1 deep linear network without biases on the data point $(1, 1)$ is not convex",
    True, "arch-words", N([1, 1, 1, 1], "identity", [(1, 1)], bias=False), "not_convex", "not_convex")
add(r"The squared loss of a 1-3-1 network with leaky ReLU activations of slope $0.1$ on the data $(1, 1)$, $(2, 2)$ is non-convex",
    True, "arch-words", N([1, 3, 1], "leaky", [(1, 1), (2, 2)]), "not_convex", "not_convex")
add(r"The squared loss of a 1-2-1 softplus network on the data point $(1, 1)$ is convex in its weights",
    False, "arch-words", N([1, 2, 1], "softplus", [(1, 1)]), "convex", "not_convex")
add(r"The squared loss of a 1-1-1 network with the quadratic activation $\sigma(z) = z^2$ on the data point $(1, 1)$ is not convex",
    True, "arch-words", N([1, 1, 1], "square", [(1, 1)]), "not_convex", "not_convex")
add(r"The squared loss of a 1-1-1 network with cubic activation $z^3$ on the data point $(1, 1)$ is not convex",
    True, "arch-words", N([1, 1, 1], "cube", [(1, 1)]), "not_convex", "not_convex")
add(r"The squared loss of a 1-1-1 network with identity activation and no biases on $(1, 1)$ is convex",
    False, "arch-words", LIN111, "convex", "not_convex")
add(r"A single hidden layer of two tanh units with logistic loss on the example $x = 1$, $y = 1$ is not convex in its weights",
    True, "arch-words", N([1, 2, 1], "tanh", [(1, 1)], loss="logistic"), "not_convex", "not_convex")
add(r"The hinge loss of a 1-2-1 ReLU network on the example $(1, 1)$ is not convex in its weights",
    True, "arch-words", N([1, 2, 1], "relu", [(1, 1)], loss="hinge"), "not_convex", "not_convex")
add(r"The absolute loss of a 1-1-1 ReLU network on the data point $(1, 2)$ is convex",
    False, "arch-words", N([1, 1, 1], "relu", [(1, 2)], loss="absolute"), "convex", "not_convex")
add(r"The cross-entropy loss of a 1-1-1 network with a sigmoid hidden unit and a sigmoid output on the example $(x, y) = (1, 1)$ is convex in its weights",
    False, "arch-words", N([1, 1, 1], "sigmoid", [(1, 1)], loss="ce", out="sigmoid"), "convex", "not_convex")
add(r"A 1-2-2-1 ReLU network with squared loss on the data $(1, 1)$, $(-1, 0)$ has a convex loss",
    False, "arch-words", N([1, 2, 2, 1], "relu", [(1, 1), (-1, 0)]), "convex", "not_convex")
add(r"A two-layer ReLU network with two hidden units, trained with squared loss on the points $(0, 1)$ and $(1, 0)$, has a non-convex loss landscape",
    True, "arch-words", N([1, 2, 1], "relu", [(0, 1), (1, 0)]), "not_convex", "not_convex")
add(r"The squared loss of a network with two hidden layers of width 2, tanh activations, on the example $(1, 1)$ is convex",
    False, "arch-words", N([1, 2, 2, 1], "tanh", [(1, 1)]), "convex", "not_convex")
add(r"The squared loss of a 1-4-1 sigmoid network on the data $(1, 1)$, $(2, 0)$, $(3, 1)$ is not convex in its weights",
    True, "arch-words", N([1, 4, 1], "sigmoid", [(1, 1), (2, 0), (3, 1)]), "not_convex", "not_convex")
add(r"The squared loss of a one-hidden-layer network with one linear hidden unit, biases included, on the data $(1, 2)$ and $(2, 3)$ is convex",
    False, "arch-words", N([1, 1, 1], "identity", [(1, 2), (2, 3)]), "convex", "not_convex")
add(r"The squared loss of a 1-2-1 ReLU network on $(1, 1), (-1, -1)$ is neither convex nor concave",
    True, "arch-words", SEED, "neither", "neither")
add(r"The squared loss of a 1-2-1 ReLU network on the data point $(1, 1)$ is concave in its weights",
    False, "arch-words", N([1, 2, 1], "relu", [(1, 1)]), "concave", "not_concave")
add(r"The squared loss of a 1-1-1 sigmoid network on $(1, 1)$ is neither convex nor concave",
    True, "arch-words", N([1, 1, 1], "sigmoid", [(1, 1)]), "neither", "neither")
add(r"The squared loss of a 1-1-1 ReLU network on the data point $(1, 1)$ is strictly convex",
    False, "arch-words", RELU111, "strict", "not_convex")
add(r"The squared loss of a 1–2–1 network with ReLU hidden units and a linear output, on the data $(2, 1)$, is not convex",
    True, "arch-words", N([1, 2, 1], "relu", [(2, 1)]), "not_convex", "not_convex")
add(r"For a 1-1-1 network with leaky ReLU activation $\max(z, z/5)$ and squared loss on the example $(1, -1)$, the loss is convex in the weights",
    False, "arch-words", N([1, 1, 1], "leaky", [(1, -1)], slope="1/5"), "convex", "not_convex")
add(r"The logistic loss of a 1-2-1 ReLU network on the labelled examples $(1, 1)$ and $(-1, -1)$ is non-convex",
    True, "arch-words", N([1, 2, 1], "relu", [(1, 1), (-1, -1)], loss="logistic"), "not_convex", "not_convex")
add(r"The squared loss of a 1-1-1 softplus network with no biases on the data point $(1, 1)$ is not convex",
    True, "arch-words", N([1, 1, 1], "softplus", [(1, 1)], bias=False), "not_convex", "not_convex")
add(r"The squared loss of a 2-1-1 ReLU network on the data $x = (1, 1)$, $y = 1$ is convex in all its weights",
    False, "arch-words", N([2, 1, 1], "relu", [((1, 1), 1)]), "convex", "not_convex")

# ---------------------------------------------------------------- written losses, data given
add(r"$(w_2 \sigma(w_1 x) - y)^2$ is convex in $w_1, w_2$ where $x = 1$ and $y = 1$",
    False, "formula", N([1, 1, 1], "sigmoid", [(1, 1)], bias=False), "convex", "not_convex")
add(r"$(w_2 \max(0, w_1) - 1)^2$ is not convex in $(w_1, w_2)$",
    True, "formula", N([1, 1, 1], "relu", [(1, 1)], bias=False), "not_convex", "not_convex")
add(r"$(v \tanh(w) - 1)^2$ is convex", False, "formula", N([1, 1, 1], "tanh", [(1, 1)], bias=False), "convex", "not_convex")
add(r"$(v \tanh(2 w) - 1)^2$ is not convex in $v, w$", True, "formula",
    N([1, 1, 1], "tanh", [(2, 1)], bias=False), "not_convex", "not_convex")
add(r"$\log(1 + e^{-v \max(0, w)})$ is convex in $v, w$", False, "formula",
    N([1, 1, 1], "relu", [(1, 1)], bias=False, loss="logistic"), "convex", "not_convex")
add(r"$(3 w_1 w_2 - 2)^2$ is convex in $w_1, w_2$", False, "formula",
    N([1, 1, 1], "identity", [(3, 2)], bias=False), "convex", "not_convex")
add(r"$(w_3 w_2 w_1 - 1)^2$ is not convex", True, "formula",
    N([1, 1, 1, 1], "identity", [(1, 1)], bias=False), "not_convex", "not_convex")
add(r"$(v_1 \max(0, w_1) + v_2 \max(0, w_2) - 1)^2$ is convex in $v_1, v_2, w_1, w_2$", False, "formula",
    N([1, 2, 1], "relu", [(1, 1)], bias=False), "convex", "not_convex")
add(r"$\sum_{i=1}^{2} (w_2 \max(0, w_1 x_i) - y_i)^2$ is convex in $w_1, w_2$ where $(x_1, y_1) = (1, 1)$ and $(x_2, y_2) = (-1, 1)$",
    False, "formula", N([1, 1, 1], "relu", [(1, 1), (-1, 1)], bias=False), "convex", "not_convex")
add(r"$(v \max(w, w/10) - 1)^2$ is not convex in $v, w$", True, "formula",
    N([1, 1, 1], "leaky", [(1, 1)], bias=False), "not_convex", "not_convex")
add(r"$(v \operatorname{softplus}(w) - 1)^2$ is convex", False, "formula",
    N([1, 1, 1], "softplus", [(1, 1)], bias=False), "convex", "not_convex")
add(r"$\operatorname{softplus}(-v w)$ is convex in $v, w$", False, "formula",
    N([1, 1, 1], "identity", [(1, 1)], bias=False, loss="logistic"), "convex", "not_convex")
add(r"$\log(1 + e^{-w_2 w_1})$ is not convex", True, "formula",
    N([1, 1, 1], "identity", [(1, 1)], bias=False, loss="logistic"), "not_convex", "not_convex")
add(r"$|w_2 w_1 - 1|$ is convex", False, "formula",
    N([1, 1, 1], "identity", [(1, 1)], bias=False, loss="absolute"), "convex", "not_convex")
add(r"$\max(0, 1 - w_2 w_1)$ is convex in $w_1, w_2$", False, "formula",
    N([1, 1, 1], "identity", [(1, 1)], bias=False, loss="hinge"), "convex", "not_convex")
add(r"$(u \tanh(v x) - y)^2$ is not convex in $(u, v)$ where $x = 1$, $y = 2$", True, "formula",
    N([1, 1, 1], "tanh", [(1, 2)], bias=False), "not_convex", "not_convex")
add(r"$\frac{1}{2}(w_2 \max(0, w_1 x + b_1) + b_2 - y)^2$ with $x = 1$, $y = 1$ is convex in $w_1, b_1, w_2, b_2$", False, "formula",
    RELU111, "convex", "not_convex")
add(r"$(w_2 (w_1 x)^2 - y)^2$ with $x = 1$, $y = 1$ is convex in $(w_1, w_2)$", False, "formula",
    N([1, 1, 1], "square", [(1, 1)], bias=False), "convex", "not_convex")
add(r"$(w_2 (w_1 x)^3 - y)^2$ is not convex in $w_1, w_2$ where $x = 1$ and $y = 1$", True, "formula",
    N([1, 1, 1], "cube", [(1, 1)], bias=False), "not_convex", "not_convex")
add(r"$(\sigma(v \sigma(w)) - 1)^2$ is convex in $v, w$", False, "formula",
    N([1, 1, 1], "sigmoid", [(1, 1)], bias=False, out="sigmoid"), "convex", "not_convex")
add(r"$(w_2 \max(0, w_1) - 1)^2$ is convex on $w_1 < 0$", True, "formula",
    N([1, 1, 1], "relu", [(1, 1)], bias=False), "convex", "convex",
    why="on w1 < 0 the ReLU is 0 and the loss is the constant 1", extra={"domain": "W1<0"})
add(r"$(w_2 \max(0, w_1) - 1)^2$ is convex on $w_1 > 0$", False, "formula",
    N([1, 1, 1], "relu", [(1, 1)], bias=False), "convex", "not_convex",
    why="on w1 > 0 it is (w2 w1 - 1)^2", extra={"domain": "W1>0"})
add(r"$(w_2 w_1 - 1)^2 + (w_2 w_1 + 1)^2$ is not convex in $w_1, w_2$", True, "formula",
    N([1, 1, 1], "identity", [(1, 1), (-1, 1)], bias=False), "not_convex", "not_convex",
    why="2 (w1 w2)^2 + 2: the data (1, 1), (-1, 1)")
add(r"$L(w_1, w_2) = (w_2 \tanh(w_1) - 1)^2 + (w_2 \tanh(-w_1) + 1)^2$ is convex", False, "formula",
    N([1, 1, 1], "tanh", [(1, 1), (-1, -1)], bias=False), "convex", "not_convex")
add(r"$\max(0, 1 - v \max(0, w))$ is convex in $v$ and $w$", False, "formula",
    N([1, 1, 1], "relu", [(1, 1)], bias=False, loss="hinge"), "convex", "not_convex")
add(r"$-\log \sigma(v \max(0, w))$ is convex in $(v, w)$", False, "formula",
    N([1, 1, 1], "relu", [(1, 1)], bias=False, loss="logistic"), "convex", "not_convex")

# ---------------------------------------------------------------- fixed layers (convex in the last layer)
add(r"$(v \max(0, w x + b) - y)^2$ is convex in $v$ for fixed $w, b$, where $x = 2$ and $y = 1$", True, "fixed-layer",
    N([1, 1, 1], "relu", [(2, 1)], bias=True), "convex", "convex", vars=["W2", "b2"],
    why="affine in v for fixed w, b, b2")
add(r"$(v \sigma(w) - 1)^2$ is convex in $v$ for fixed $w$", True, "fixed-layer",
    N([1, 1, 1], "sigmoid", [(1, 1)], bias=False), "convex", "convex", vars=["W2"], why="a convex quadratic in v")
add(r"$(\sigma(v \sigma(w)) - 1)^2$ is convex in $v$ for fixed $w$", False, "fixed-layer",
    N([1, 1, 1], "sigmoid", [(1, 1)], bias=False, out="sigmoid"), "convex", "not_convex", vars=["W2"],
    why="(1 - s(c v))^2 with c = s(w) > 0 is not convex in v")
add(r"$-\log \sigma(v \max(0, w))$ is convex in $v$ for fixed $w$", True, "fixed-layer",
    N([1, 1, 1], "relu", [(1, 1)], bias=False, loss="logistic"), "convex", "convex", vars=["W2"],
    why="softplus(-c v), c = relu(w) fixed")
add(r"$\log(1 + \exp(-v \tanh(w)))$ is convex in $v$ for fixed $w$", True, "fixed-layer",
    N([1, 1, 1], "tanh", [(1, 1)], bias=False, loss="logistic"), "convex", "convex", vars=["W2"])
add(r"$\max(0, 1 - v \max(0, w))$ is convex in $v$ for fixed $w$", True, "fixed-layer",
    N([1, 1, 1], "relu", [(1, 1)], bias=False, loss="hinge"), "convex", "convex", vars=["W2"])
add(r"$(w_2 (w_1 x)^2 - y)^2$ is convex in $w_1$ for fixed $w_2$, where $x = 1$ and $y = 1$", False, "fixed-layer",
    N([1, 1, 1], "square", [(1, 1)], bias=False), "convex", "not_convex", vars=["W1"], why="w2 = 1: (w1^2 - 1)^2")
add(r"$(w_2 w_1 x - y)^2$ is convex in $w_1$ for fixed $w_2$ where $x = 1, y = 2$", True, "fixed-layer",
    N([1, 1, 1], "identity", [(1, 2)], bias=False), "convex", "convex", vars=["W1"])
add(r"$(w_2 w_1 - 1)^2$ is convex in $w_1$ for fixed $w_2$", True, "fixed-layer", LIN111, "convex", "convex", vars=["W1"])
add(r"$(w_2 \max(0, w_1) - 1)^2$ is convex in $w_1$ for fixed $w_2$", False, "fixed-layer",
    N([1, 1, 1], "relu", [(1, 1)], bias=False), "convex", "not_convex", vars=["W1"], why="w2 = 1")
add(r"$(v_1 \max(0, w_1) + v_2 \max(0, w_2) - 1)^2$ is convex in $v_1, v_2$ for fixed $w_1, w_2$", True, "fixed-layer",
    N([1, 2, 1], "relu", [(1, 1)], bias=False), "convex", "convex", vars=["W2"])
add(r"The squared loss of a 1-2-1 ReLU network on the data $(1, 1)$, $(2, 3)$ is convex in the output-layer weights when the first layer is fixed",
    True, "fixed-layer", N([1, 2, 1], "relu", [(1, 1), (2, 3)]), "convex", "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-2-1 ReLU network on the data $(1, 1)$, $(2, 3)$ is convex in the last layer only",
    True, "fixed-layer", N([1, 2, 1], "relu", [(1, 1), (2, 3)]), "convex", "convex", vars=["W2", "b2"])
add(r"With the second layer fixed, the squared loss of a 1-2-1 ReLU network on the data $(1, 1)$, $(2, 3)$ is convex in the first-layer weights",
    False, "fixed-layer", N([1, 2, 1], "relu", [(1, 1), (2, 3)]), "convex", "not_convex", vars=["W1", "b1"])
add(r"The cross-entropy loss of a 1-2-1 sigmoid network with a sigmoid output on the example $(1, 1)$ is convex in the last layer",
    True, "fixed-layer", N([1, 2, 1], "sigmoid", [(1, 1)], loss="ce", out="sigmoid"), "convex", "convex", vars=["W2", "b2"],
    why="softplus(z) - y z with z affine in the last layer")
add(r"The squared loss of a 1-2-1 network with sigmoid hidden units and a sigmoid output on $(1, 1)$ is convex in the last-layer weights",
    False, "fixed-layer", N([1, 2, 1], "sigmoid", [(1, 1)], out="sigmoid"), "convex", "not_convex", vars=["W2", "b2"],
    why="(s(z) - 1)^2 is not convex in z")
add(r"The hinge loss of a 1-3-1 ReLU network on the data $(1, 1)$, $(-1, -1)$ is convex in the output weights with the hidden layer fixed",
    True, "fixed-layer", N([1, 3, 1], "relu", [(1, 1), (-1, -1)], loss="hinge"), "convex", "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-1-1-1 deep linear network on $(1, 1)$ is convex in the middle layer when the other layers are fixed",
    True, "fixed-layer", N([1, 1, 1, 1], "identity", [(1, 1)]), "convex", "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-1-1-1 deep linear network without biases on $(1, 1)$ is convex in the first and last layers with the middle layer fixed",
    False, "fixed-layer", N([1, 1, 1, 1], "identity", [(1, 1)], bias=False), "convex", "not_convex", vars=["W1", "W3"])
add(r"The squared loss of a 1-2-1 ReLU network on the data point $(1, 1)$ is convex in the output bias, the other weights fixed",
    True, "fixed-layer", N([1, 2, 1], "relu", [(1, 1)]), "convex", "convex", vars=["b2"])
add(r"The squared loss of a 1-2-1 ReLU network on $(1, 1)$, $(-1, 1)$ is convex in the hidden biases with all the weights fixed",
    False, "fixed-layer", N([1, 2, 1], "relu", [(1, 1), (-1, 1)]), "convex", "not_convex", vars=["b1"])
add(r"The squared loss of a 1-2-1 linear network on $(1, 2)$ is convex in the first layer when the second layer is fixed",
    True, "fixed-layer", N([1, 2, 1], "identity", [(1, 2)]), "convex", "convex", vars=["W1", "b1"])
add(r"The squared loss of a 1-2-1 tanh network on $(1, 2)$ is convex in the first layer when the second layer is fixed",
    False, "fixed-layer", N([1, 2, 1], "tanh", [(1, 2)]), "convex", "not_convex", vars=["W1", "b1"])
add(r"The squared loss of a 1-1-1 network with activation $z^2$ on $(1, 1)$ is convex in the output weight and bias",
    True, "fixed-layer", N([1, 1, 1], "square", [(1, 1)]), "convex", "convex", vars=["W2", "b2"])
add(r"For a network with one hidden layer and a convex loss, the loss is convex in the last-layer weights", True, "fixed-layer",
    N([1, 2, 1], "tanh", [(1, 1), (2, -1)], loss="logistic"), "convex", "convex", vars=["W2", "b2"],
    why="any activation, any data: a convex loss of an affine function of the last layer (one member checked)")
add(r"The squared loss of a 1-2-1 ReLU network is convex in the last layer", True, "fixed-layer",
    N([1, 2, 1], "relu", [(1, 1), (2, 3), (-1, 0)]), "convex", "convex", vars=["W2", "b2"], why="for any data")
add(r"The logistic loss of a 1-2-1 ReLU network on $(1, 1)$, $(2, -1)$ is convex in the second-layer weights $v_1, v_2$ for fixed first-layer weights",
    True, "fixed-layer", N([1, 2, 1], "relu", [(1, 1), (2, -1)], loss="logistic"), "convex", "convex", vars=["W2"])
add(r"The absolute loss of a 1-3-1 sigmoid network on $(1, 0)$ is convex in the last layer", True, "fixed-layer",
    N([1, 3, 1], "sigmoid", [(1, 0)], loss="absolute"), "convex", "convex", vars=["W2", "b2"])
add(r"The squared loss of a 1-2-1 ReLU network on $(1, 1)$ is convex in the first-layer weights and biases when the output weights are fixed",
    False, "fixed-layer", N([1, 2, 1], "relu", [(1, 1)]), "convex", "not_convex", vars=["W1", "b1"])

# ---------------------------------------------------------------- no hidden layer
add(r"The squared loss of a linear model $w^\top x + b$ is convex in $(w, b)$ for any data", True, "no-hidden",
    N([2, 1], data=[((1, 2), 1), ((0, 1), -1), ((3, -1), 2)]), "convex", "convex", why="a convex quadratic for any data")
add(r"Logistic regression's loss $\sum_i \log(1 + e^{-y_i (w x_i + b)})$ is convex in $w, b$ for any data", True, "no-hidden",
    N([1, 1], data=[(1, 1), (2, -1), (-1, 1)], loss="logistic"), "convex", "convex")
add(r"A single sigmoid neuron with squared loss on the data point $(1, 1)$ is convex in its weight and bias", False, "no-hidden",
    N([1, 1], data=[(1, 1)], out="sigmoid"), "convex", "not_convex")
add(r"The squared loss of a sigmoid neuron without bias, $(\sigma(w) - 1)^2$, is convex", False, "no-hidden",
    N([1, 1], data=[(1, 1)], out="sigmoid", bias=False), "convex", "not_convex")
add(r"A perceptron with hinge loss on the data $(1, 1)$, $(-2, -1)$ is convex in its weights", True, "no-hidden",
    N([1, 1], data=[(1, 1), (-2, -1)], loss="hinge"), "convex", "convex")
add(r"The cross-entropy loss of a single neuron with sigmoid output on the data $(1, 1)$, $(2, 0)$ is convex in $(w, b)$", True, "no-hidden",
    N([1, 1], data=[(1, 1), (2, 0)], loss="ce", out="sigmoid"), "convex", "convex")
add(r"The cross-entropy loss of a single neuron with sigmoid output on the data $(1, 1)$, $(2, 0)$ is strictly convex in $(w, b)$", True, "no-hidden",
    N([1, 1], data=[(1, 1), (2, 0)], loss="ce", out="sigmoid"), "strict", "strict",
    why="H = sum s(1 - s) [x; 1][x; 1]^T with two distinct x: positive definite")
add(r"The squared loss of a linear model $w x + b$ on the single data point $(1, 1)$ is strictly convex", False, "no-hidden",
    N([1, 1], data=[(1, 1)]), "strict", "not_strict", why="flat along w - b")
add(r"The squared loss of the linear model $w x + b$ on $(1, 1)$, $(2, 3)$ is strictly convex in $w, b$", True, "no-hidden",
    N([1, 1], data=[(1, 1), (2, 3)]), "strict", "strict")
add(r"A network with no hidden layer, a linear output and absolute loss is convex", True, "no-hidden",
    N([1, 1], data=[(1, 1), (2, -1)], loss="absolute"), "convex", "convex")
add(r"A single ReLU neuron $\max(0, w x + b)$ with squared loss on $(1, 1)$ is convex in $w, b$", False, "no-hidden",
    N([1, 1], data=[(1, 1)], out="relu"), "convex", "not_convex")
add(r"A single ReLU neuron $\max(0, w x + b)$ with squared loss on the example $(1, 0)$ is convex in $w, b$", True, "no-hidden",
    N([1, 1], data=[(1, 0)], out="relu"), "convex", "convex", why="relu(z)^2 is convex (square of a nonnegative convex)")
add(r"The hinge loss of a single ReLU neuron $\max(0, w x + b)$ on the example $(1, -1)$ is convex in $w, b$", True, "no-hidden",
    N([1, 1], data=[(1, -1)], loss="hinge", out="relu"), "convex", "convex", why="max(0, 1 + relu(z)) = 1 + relu(z)")
add(r"The hinge loss of a single ReLU neuron $\max(0, w x + b)$ on the example $(1, 1)$ is convex in $w, b$", False, "no-hidden",
    N([1, 1], data=[(1, 1)], loss="hinge", out="relu"), "convex", "not_convex")
add(r"The mean squared error of linear regression $\frac{1}{n}\sum_{i=1}^{n} (y_i - w x_i - b)^2$ is convex in $w$ and $b$", True, "no-hidden",
    N([1, 1], data=[(1, 1), (2, 0), (5, 3)]), "convex", "convex")
add(r"The loss $(\sigma(w x + b) - y)^2$ of one sigmoid neuron is convex in $w, b$ for the example $x = 1$, $y = 0$", False, "no-hidden",
    N([1, 1], data=[(1, 0)], out="sigmoid"), "convex", "not_convex")
add(r"The squared loss of a single tanh neuron $\tanh(w x)$ on $(1, 0)$ is convex in $w$", False, "no-hidden",
    N([1, 1], "identity", data=[(1, 0)], out="identity", bias=False), "convex", "convex",
    why="placeholder replaced below")
E.pop()   # a tanh output is not in netlib9's output list: this line is dropped (not verified, not written)
add(r"The binary cross-entropy of logistic regression on $(1, 0)$, $(-1, 1)$, $(2, 1)$ is convex in the weight and the bias", True, "no-hidden",
    N([1, 1], data=[(1, 0), (-1, 1), (2, 1)], loss="ce", out="sigmoid"), "convex", "convex")

# ---------------------------------------------------------------- traps: data that make the loss constant
add(r"The squared loss of a 1-2-1 ReLU network without biases on the data point $(0, 0)$ is convex", True, "trivial-data",
    N([1, 2, 1], "relu", [(0, 0)], bias=False), "convex", "convex", why="every pre-activation is 0: the loss is 0")
add(r"The squared loss of a 1-2-1 ReLU network without biases on the data point $(0, 1)$ is convex", True, "trivial-data",
    N([1, 2, 1], "relu", [(0, 1)], bias=False), "convex", "convex", why="the loss is the constant 1")
add(r"The squared loss of a 1-2-1 ReLU network with biases on the data point $(0, 1)$ is convex", False, "trivial-data",
    N([1, 2, 1], "relu", [(0, 1)]), "convex", "not_convex")
add(r"The squared loss of a 1-1-1 linear network without biases on the data point $(0, 3)$ is convex", True, "trivial-data",
    N([1, 1, 1], "identity", [(0, 3)], bias=False), "convex", "convex", why="constant 9")
add(r"The squared loss of a 1-1-1 tanh network without biases on the example $(0, 2)$ is strictly convex", False, "trivial-data",
    N([1, 1, 1], "tanh", [(0, 2)], bias=False), "strict", "not_strict", why="constant 4")
add(r"The loss $(w_2 \max(0, w_1 x))^2$ at $x = 0$ is convex in $w_1, w_2$", True, "trivial-data",
    N([1, 1, 1], "relu", [(0, 0)], bias=False), "convex", "convex", why="identically 0")
add(r"$(w_2 \max(0, w_1 x) - y)^2$ is not convex in $w_1, w_2$ where $x = 0$ and $y = 1$", False, "trivial-data",
    N([1, 1, 1], "relu", [(0, 1)], bias=False), "not_convex", "convex", why="identically 1")
add(r"The squared loss of a 1-1-1 ReLU network without biases on the data $(1, 0)$ is convex", False, "trivial-data",
    N([1, 1, 1], "relu", [(1, 0)], bias=False), "convex", "not_convex", why="(v relu(w))^2 is not convex")
add(r"The hinge loss of a 1-1-1 ReLU network without biases on the example $(1, -1)$ is convex", False, "trivial-data",
    N([1, 1, 1], "relu", [(1, -1)], bias=False, loss="hinge"), "convex", "not_convex")
add(r"The squared loss of a 1-1-1 sigmoid network without biases on the data point $(0, 1)$ is convex in $(w_1, w_2)$", True, "trivial-data",
    N([1, 1, 1], "sigmoid", [(0, 1)], bias=False), "convex", "convex", why="(w2/2 - 1)^2: convex in w2, constant in w1")

# ---------------------------------------------------------------- ambiguous subjects: any decided answer is wrong
AMB_RELU = [N([1, 1, 1], "relu", [(1, 1)], bias=False), N([1, 1, 1], "relu", [(0, 1)], bias=False)]
AMB_LIN = [N([1, 1, 1], "identity", [(1, 1)], bias=False), N([1, 1, 1], "identity", [(0, 1)], bias=False)]
add(r"The loss of the network is convex in its weights", None, "ambiguous", prop="convex", readings=AMB_LIN,
    why="no architecture, no loss, no data")
add(r"The squared loss of a 1-1-1 ReLU network without biases for one data point is not convex", None, "ambiguous",
    prop="not_convex", readings=AMB_RELU, why="on (1, 1) not convex, on (0, 1) constant")
add(r"The squared loss of a 1-1-1 linear network without biases on a data point $(x, y)$ is not convex in its weights", None,
    "ambiguous", prop="not_convex", readings=AMB_LIN, why="x = 0 gives a constant")
add(r"$(w_2 w_1 x - y)^2$ is not convex in $w_1, w_2$", None, "ambiguous", prop="not_convex", readings=AMB_LIN,
    why="not convex at x = 1, y = 1; constant at x = 0")
add(r"$(w_2 \max(0, w_1 x) - y)^2$ is not convex in $w_1, w_2$", None, "ambiguous", prop="not_convex", readings=AMB_RELU)
add(r"The squared loss of a 1-2-1 ReLU network without biases on one data point is convex", None, "ambiguous",
    prop="convex", readings=[N([1, 2, 1], "relu", [(1, 1)], bias=False), N([1, 2, 1], "relu", [(0, 1)], bias=False)])
add(r"The loss of this network is not convex", None, "ambiguous", prop="not_convex", readings=AMB_LIN)
add(r"The network's loss is not convex in the weights", None, "ambiguous", prop="not_convex", readings=AMB_LIN)
add(r"The squared loss of a 1-1-1 tanh network without biases on the data point is convex", None, "ambiguous",
    prop="convex", readings=[N([1, 1, 1], "tanh", [(1, 1)], bias=False), N([1, 1, 1], "tanh", [(0, 1)], bias=False)])
add(r"For one training example, the squared loss of a single hidden unit network $v \max(0, w x)$ is non-convex in $(v, w)$", None,
    "ambiguous", prop="not_convex", readings=AMB_RELU)
add(r"$(v \tanh(w x) - y)^2$ is not convex in $v$ and $w$", None, "ambiguous", prop="not_convex",
    readings=[N([1, 1, 1], "tanh", [(1, 1)], bias=False), N([1, 1, 1], "tanh", [(0, 1)], bias=False)])
add(r"The loss of the model is not convex", None, "ambiguous", prop="not_convex", readings=AMB_LIN)

# ---------------------------------------------------------------- families without data (the docs' convention: "is convex" = every member)
add(r"A ReLU network's squared loss is convex in its weights", False, "family", RELU111, "convex", "not_convex")
add(r"The loss of a ReLU network on the data $(1, 1)$ is convex", False, "family", RELU111, "convex", "not_convex",
    why="every width: the 1-1-1 member already fails")
add(r"The squared loss of a 1-2-1 network on $(1, 1)$, $(-1, -1)$ is convex", False, "family",
    N([1, 2, 1], "identity", [(1, 1), (-1, -1)]), "convex", "not_convex", why="any activation; linear member shown")
add(r"A two-layer network with tanh hidden units has a non-convex squared loss", True, "family",
    N([1, 1, 1], "tanh", [(1, 1)]), "not_convex", "not_convex")
add(r"A multilayer perceptron with softplus activations and squared loss is not convex", True, "family",
    N([1, 1, 1], "softplus", [(1, 1)]), "not_convex", "not_convex")
add(r"Linear regression with squared loss is convex", True, "family", N([1, 1], data=[(1, 1), (2, 5)]), "convex", "convex")
add(r"A neural network with one hidden layer of leaky ReLU units and hinge loss has a convex loss", False, "family",
    N([1, 1, 1], "leaky", [(1, 1)], loss="hinge"), "convex", "not_convex")
add(r"A network with linear activations and cross-entropy loss is convex in its weights", False, "family",
    N([1, 1, 1], "identity", [(1, 1)], loss="logistic"), "convex", "not_convex")
add(r"A deep linear network's squared loss is non-convex", True, "family", LIN111, "not_convex", "not_convex")
add(r"Logistic regression has a convex loss", True, "family", N([1, 1], data=[(1, 1), (2, 0)], loss="ce", out="sigmoid"),
    "convex", "convex")

# ---------------------------------------------------------------- landscape sentences (saddles, minima)
add(r"$(w_1 w_2 - 1)^2$ has a saddle point at $(0, 0)$", True, "landscape", LIN111, "saddle", "saddle",
    extra={"point": {"W1": ["0"], "W2": ["0"]}})
add(r"The squared loss of a 1-1-1 linear network without biases on the point $(1, 1)$ has a saddle at zero", True, "landscape",
    LIN111, "saddle", "saddle", extra={"point": {"W1": ["0"], "W2": ["0"]}})
add(r"$(w_1 w_2 w_3 - 1)^2$ has a saddle point at the origin", True, "landscape",
    N([1, 1, 1, 1], "identity", [(1, 1)], bias=False), "saddle", "saddle",
    extra={"point": {"W1": ["0"], "W2": ["0"], "W3": ["0"]}})
add(r"The origin is a local minimum of $(w_1 w_2 - 1)^2$", False, "landscape", LIN111, "local_min", "saddle",
    extra={"point": {"W1": ["0"], "W2": ["0"]}})
add(r"Every local minimum of $(w_1 w_2 - 1)^2$ is a global minimum", True, "landscape", LIN111, "minima_global",
    "minima_global", why="critical points: w1 w2 = 1 (value 0) and the saddle 0")
add(r"Every local minimum of the squared loss of a 1-2-1 ReLU network on the data $(1, 1)$, $(-1, -1)$ is global", False,
    "landscape", SEED, "minima_global", "dead_min",
    extra={"point": {"W1": ["0", "0"], "b1": ["-1", "-1"], "W2": ["0", "0"], "b2": ["0"]}},
    why="every unit dead near W1 = 0, b1 = -1: locally the loss is (b2 - 1)^2 + (b2 + 1)^2 >= 2 > 0 = the global minimum")
add(r"The squared loss of a 1-2-1 ReLU network on $(1, 1)$, $(-1, -1)$ has a spurious local minimum", True, "landscape",
    SEED, "spurious", "dead_min",
    extra={"point": {"W1": ["0", "0"], "b1": ["-1", "-1"], "W2": ["0", "0"], "b2": ["0"]}})
add(r"The squared loss of a 1-1-1 linear network without biases on $(1, 1)$ has a saddle point at the origin, so it is not convex", True,
    "landscape", LIN111, "not_convex", "not_convex")

# ---------------------------------------------------------------- after triage (not blind): the kinds of the WRONG answers
POST = "nets9 post-triage (session 9, written after reading the source: the kinds of the WRONG answers)"
add(r"The squared loss of a 1-1-1 ReLU network without biases on the data point (0, 2) is not convex", False, "post-triage",
    N([1, 1, 1], "relu", [(0, 2)], bias=False), "not_convex", "convex", why="the constant 4", source=POST)
add(r"The squared loss of a 1-1-1 linear network without biases at x = 0, y = 1 is non-convex", False, "post-triage",
    N([1, 1, 1], "identity", [(0, 1)], bias=False), "not_convex", "convex", why="the constant 1", source=POST)
add(r"The squared loss of a 1-1-1 ReLU network with biases on the data point (0, 2) is convex", False, "post-triage",
    N([1, 1, 1], "relu", [(0, 2)]), "convex", "not_convex", source=POST)
add(r"A ReLU network with 3 hidden units on the data (2, 1) is not convex", True, "post-triage",
    N([1, 3, 1], "relu", [(2, 1)]), "not_convex", "not_convex", source=POST)
add(r"The hinge loss of a 1-2-1 tanh network is convex in the output weights", True, "post-triage",
    N([1, 2, 1], "tanh", [(1, 1), (2, -1)], loss="hinge"), "convex", "convex", vars=["W2", "b2"],
    why="for any data: hinge of an affine map of the last layer", source=POST)
add(r"The squared loss of a ReLU network is not convex in the weights of the output layer", False, "post-triage",
    N([1, 2, 1], "relu", [(1, 1), (-1, 2)]), "not_convex", "convex", vars=["W2", "b2"], source=POST)
add(r"A sigmoid neuron trained with cross-entropy on the data (1, 1), (3, 0) has a convex loss", True, "post-triage",
    N([1, 1], data=[(1, 1), (3, 0)], loss="ce", out="sigmoid"), "convex", "convex", why="logistic regression",
    source=POST)
add(r"Logistic regression with a sigmoid output and cross-entropy loss is not convex", False, "post-triage",
    N([1, 1], data=[(1, 1), (2, 0)], loss="ce", out="sigmoid"), "not_convex", "convex", source=POST)
add(r"A linear network with one hidden unit and no biases has a convex squared loss on the data (2, 1)", False,
    "post-triage", N([1, 1, 1], "identity", [(2, 1)], bias=False), "convex", "not_convex", source=POST)
add(r"The squared loss of a ReLU network fails to be convex", True, "post-triage", RELU111, "not_convex", "not_convex",
    source=POST)
add(r"The squared loss of a tanh network is no longer convex once there is a hidden layer", True, "post-triage",
    N([1, 1, 1], "tanh", [(1, 1)]), "not_convex", "not_convex", source=POST)
add(r"The squared loss of a 1-1-1 deep linear network is convex in the first layer when the second layer is fixed", True,
    "post-triage", N([1, 1, 1], "identity", [(1, 1), (2, -1)]), "convex", "convex", vars=["W1", "b1"], source=POST)
add(r"The squared loss of a 1-2-1 linear network on (1, 2), (2, 0) is neither convex nor concave", True, "post-triage",
    N([1, 2, 1], "identity", [(1, 2), (2, 0)]), "neither", "neither", source=POST)
add(r"The squared loss of a 1-1-1 tanh network on the data point (1, 2) is concave", False, "post-triage",
    N([1, 1, 1], "tanh", [(1, 2)]), "concave", "not_concave", source=POST)
add(r"The loss of a network with the activation $z^3$ and squared loss on $(1, 1)$ is convex", False, "post-triage",
    N([1, 1, 1], "cube", [(1, 1)]), "convex", "not_convex", source=POST)
add(r"$(w_1 w_2 - 3)^2$ has a saddle point at $(0, 0)$", True, "post-triage",
    N([1, 1, 1], "identity", [(1, 3)], bias=False), "saddle", "saddle", extra={"point": {"W1": ["0"], "W2": ["0"]}},
    source=POST)
add(r"The point $(0, 0)$ is a local minimum of $(w_1 w_2 - 3)^2$", False, "post-triage",
    N([1, 1, 1], "identity", [(1, 3)], bias=False), "local_min", "saddle", extra={"point": {"W1": ["0"], "W2": ["0"]}},
    source=POST)
