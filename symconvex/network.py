r"""Networks over their weights: a spec -> weight symbols, the loss as a piecewise SymPy expression, data.

A ``Network`` is a fully connected net with widths ``layers`` (input first), an activation per hidden layer,
an output activation, optional biases, a loss and exact rational data. Its loss is a function of the
*weights*: ``net.loss`` is a SymPy expression over ``net.params`` (symbols ``W{l}_{i}_{j}`` and ``b{l}_{i}``,
named exactly as ``symconvex.check.network.parameter_names`` orders them, printed in LaTeX as
``W^{(l)}_{ij}`` and ``b^{(l)}_{i}``).

Losses (``z`` the network output, ``y`` the target; the checker builds the same from the spec):

- ``squared``:  1/2 sum_i sum_k (z_k(x_i) - y_ik)^2
- ``logistic``: sum_i softplus(z(x_i)) - y_i z(x_i), the binary cross-entropy of sigmoid(z); y in [0, 1]. The
  sigmoid is part of the loss, so the output activation must be the identity (a sigmoid output is refused: it
  would be applied twice, and softplus(sigmoid(z)) - y sigmoid(z) is not the cross-entropy)
- ``hinge``:    sum_i relu(1 - y_i z(x_i)); y in {-1, 1}

Activations: ``identity`` (also ``linear``), ``relu``, ``leaky_relu:p/q`` (slope p/q in [0, 1] on the negative
side), ``sigmoid``, ``tanh``, ``softplus``.

Numbers are exact: ints, ``Fraction``, SymPy rationals and strings ``"p/q"`` / ``"0.1"`` (a decimal string
means the decimal it spells); a Python float is converted exactly with ``Fraction(float)``.

The TOML spec format (``Network.from_toml``; TOML decimals are read as the decimal they spell)::

    layers = [1, 2, 1]              # widths, input first
    activation = "relu"             # or one per hidden layer: ["relu", "tanh"]
    output_activation = "identity"  # optional (default identity)
    bias = true                     # optional (default true)
    loss = "squared"                # optional (default squared)
    data = [ { x = 1, y = 1 }, { x = -1, y = -1 } ]   # x, y numbers or lists; "1/3" strings allowed

>>> net = Network([1, 2, 1], data=[(1, 1), (-1, -1)])
>>> net.params[:3]
(W1_1_1, W1_2_1, b1_1)
>>> sp.latex(net.params[0])
'W^{(1)}_{11}'
>>> net.output(1)
W2_1_1*relu(W1_1_1 + b1_1) + W2_1_2*relu(W1_2_1 + b1_2) + b2_1
"""

from __future__ import annotations

import numbers
import operator
import re
from fractions import Fraction
from functools import cached_property

import sympy as sp

from .certificates import MAX_DIGITS, parse_rational, rational_to_str
from .errors import CertificateError, InputError
from .forward import names as parameter_names
from .functions import leaky_relu, relu, sigmoid, softplus

ACTIVATION_NAMES = ("identity", "relu", "leaky_relu", "sigmoid", "tanh", "softplus")
LOSSES = ("squared", "logistic", "hinge")
#: Activations that are piecewise linear (exact rational forward passes; ReLU-type regions).
PIECEWISE_LINEAR = ("identity", "relu", "leaky_relu")

#: The largest network the model accepts (the checker refuses larger ones too, ``check.network``): parameters, and
#: data points times units (pre-activations of one forward pass).
MAX_PARAMETERS = 50_000_000
MAX_DATA_UNITS = 50_000_000
SPEC_FIELDS = frozenset({"layers", "activations", "bias", "loss", "inputs", "targets"})

_NUMBER = re.compile(r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$")
_RATIO = re.compile(r"^\s*[-+]?\d+\s*/\s*\d+\s*$")
_EXPONENT = re.compile(r"[eE]([-+]?\d{1,12})\s*$")


# ------------------------------------------------------------------------------------------- numbers

#: more digits in a numerator or denominator than a certificate may hold (``certificates.MAX_DIGITS``, the checker's
#: limit): such data could never be certified, and their text conversions exceed Python's integer string limit
_TOO_LONG = 10 ** MAX_DIGITS


def to_fraction(value, what: str = "number") -> Fraction:
    """An exact rational of at most ``MAX_DIGITS`` digits (``_to_fraction``); ``InputError`` otherwise."""
    number = _to_fraction(value, what)
    if max(abs(number.numerator), number.denominator) >= _TOO_LONG:
        raise InputError(f"{what}: a number with more than {MAX_DIGITS} digits (the checker's limit)")
    return number


def _to_fraction(value, what: str = "number") -> Fraction:
    """An exact rational from an int, Fraction, SymPy rational, float (exactly, ``Fraction(float)``) or a
    string ``"p/q"`` / decimal (the decimal it spells); ``InputError`` otherwise.

    >>> to_fraction("0.1"), to_fraction(0.5), to_fraction("-3/6")
    (Fraction(1, 10), Fraction(1, 2), Fraction(-1, 2))
    """
    if isinstance(value, bool):
        raise InputError(f"{what}: expected a number, found {value!r}")
    if isinstance(value, (int, Fraction)):
        return Fraction(value)
    if isinstance(value, numbers.Integral) and not isinstance(value, sp.Basic):   # numpy's int64
        return Fraction(operator.index(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise InputError(f"{what}: expected a finite number, found {value!r}")
        return Fraction(value)
    if isinstance(value, sp.Basic):
        if isinstance(value, sp.Rational):
            return Fraction(int(value.p), int(value.q))
        if isinstance(value, sp.Float):
            return Fraction(int(sp.Rational(value).p), int(sp.Rational(value).q))
        raise InputError(f"{what}: expected an exact rational, found {value}")
    if isinstance(value, str):
        text = value.strip()
        long = _EXPONENT.search(text)
        if len(text) > 2 * MAX_DIGITS + 3 or (long and abs(int(long.group(1))) > 2 * MAX_DIGITS):
            raise InputError(f"{what}: a number with more than {MAX_DIGITS} digits (the checker's limit)")
        if _RATIO.match(text):
            p, q = text.replace(" ", "").split("/")
            if int(q) == 0:
                raise InputError(f"{what}: zero denominator in {value!r}")
            return Fraction(int(p), int(q))
        if _NUMBER.match(text):
            return Fraction(text)
        raise InputError(f"{what}: not a number: {value!r}")
    raise InputError(f"{what}: expected a number, found {type(value).__name__}")


def _width(w):
    """A width as a Python int when it is an integer of another type (numpy's int64); anything else unchanged,
    for the caller to refuse."""
    if isinstance(w, bool) or isinstance(w, int):
        return w
    try:
        return operator.index(w)
    except TypeError:
        return w


def size_problem(widths, bias: bool, points: int) -> str | None:
    """Why a network of these widths with ``points`` data points is too large to handle, or None."""
    weights = sum(a * b + (b if bias else 0) for a, b in zip(widths, widths[1:]))
    if weights > MAX_PARAMETERS:
        return f"{weights} parameters exceed the limit of {MAX_PARAMETERS}"
    if points * sum(widths[1:]) > MAX_DATA_UNITS:
        return (f"{points} data points times {sum(widths[1:])} units exceed the limit of {MAX_DATA_UNITS} "
                "pre-activations")
    return None


def _vector(value, n: int, what: str) -> tuple[Fraction, ...]:
    if isinstance(value, (list, tuple)) or (hasattr(value, "__iter__") and not isinstance(value, (str, bytes))
                                             and not isinstance(value, sp.Basic)):
        items = list(value)
    else:
        items = [value]
    if len(items) != n:
        raise InputError(f"{what}: expected {n} number{'s' if n != 1 else ''}, found {len(items)}")
    return tuple(to_fraction(v, what) for v in items)


def canonical_activation(name) -> str:
    """The spec spelling of an activation name (``"linear"`` -> ``"identity"``, ``"leaky_relu:0.1"`` ->
    ``"leaky_relu:1/10"``); ``InputError`` for an unknown one."""
    if not isinstance(name, str):
        raise InputError(f"activation must be a name, found {name!r}")
    text = name.strip().lower()
    if text in ("linear", "none"):
        return "identity"
    if text.startswith("leaky_relu"):
        slope = text[len("leaky_relu"):]
        if slope.startswith(":"):
            alpha = to_fraction(slope[1:], "leaky_relu slope")
        elif slope == "":
            alpha = Fraction(1, 100)
        else:
            raise InputError(f"unknown activation {name!r} (write leaky_relu:1/10)")
        if not 0 <= alpha <= 1:
            raise InputError(f"leaky_relu slope must lie in [0, 1], found {alpha}")
        return f"leaky_relu:{rational_to_str(alpha)}"
    if text in ACTIVATION_NAMES:
        return text
    raise InputError(f"unknown activation {name!r}; use one of identity, relu, leaky_relu:p/q, sigmoid, "
                     "tanh, softplus")


def activation_kind(name: str) -> tuple[str, Fraction | None]:
    """``"leaky_relu:1/10"`` -> ("leaky_relu", Fraction(1, 10)); ``"relu"`` -> ("relu", None)."""
    if name.startswith("leaky_relu:"):
        return "leaky_relu", Fraction(name.split(":", 1)[1])
    return name, None


def has_kink(name: str) -> bool:
    """True for activations with a kink (relu, leaky_relu)."""
    return activation_kind(name)[0] in ("relu", "leaky_relu")


# ------------------------------------------------------------------------------------------- symbols

class WeightSymbol(sp.Symbol):
    r"""A weight ``W{l}_{i}_{j}`` or bias ``b{l}_{i}`` (real), printed in LaTeX as ``W^{(l)}_{ij}``.

    >>> sp.latex(WeightSymbol("b2_1", real=True))
    'b^{(2)}_{1}'
    """

    def _latex(self, printer, **kwargs):
        return weight_latex(self.name)


def weight_latex(name: str) -> str:
    """``W1_2_1`` -> ``W^{(1)}_{21}`` (indices >= 10 are separated by commas); ``b1_2`` -> ``b^{(1)}_{2}``."""
    head, *rest = name.split("_")
    letter, layer = head[0], head[1:]
    sep = "," if any(len(r) > 1 for r in rest) else ""
    return f"{letter}^{{({layer})}}_{{{sep.join(rest)}}}"


# ------------------------------------------------------------------------------------------- network

class Network:
    """A fully connected network whose loss is studied as a function of its weights.

    ``Network(layers, activation="relu", *, output_activation="identity", bias=True, loss="squared",
    data=[(x, y), ...])``: ``layers`` are the widths, input first; ``activation`` names the hidden
    activation (or one per hidden layer, as a list). Invalid input raises ``InputError``.
    """

    def __init__(self, layers, activation="relu", *, output_activation="identity", bias=True, loss="squared",
                 data=()):
        if isinstance(layers, (str, bytes)) or not hasattr(layers, "__iter__"):
            raise InputError(f"layers must be a list of widths, found {layers!r}")
        layers = [_width(w) for w in layers]
        if len(layers) < 2 or not all(isinstance(w, int) and not isinstance(w, bool) and w >= 1 for w in layers):
            raise InputError(f"layers must be at least two positive integer widths (input first), found {layers}")
        hidden = len(layers) - 2
        if isinstance(activation, (list, tuple)):
            acts = [canonical_activation(a) for a in activation]
            if len(acts) != hidden:
                raise InputError(f"expected {hidden} hidden activations (one per hidden layer), found {len(acts)}")
        else:
            acts = [canonical_activation(activation)] * hidden
        out_act = canonical_activation(output_activation)
        if not isinstance(bias, bool):
            raise InputError(f"bias must be true or false, found {bias!r}")
        too_big = size_problem(layers, bias, 0)  # before the data are read
        if too_big:
            raise InputError(f"network too large: {too_big}")
        if loss not in LOSSES:
            raise InputError(f"unknown loss {loss!r}; use one of {', '.join(LOSSES)}")
        if loss != "squared" and layers[-1] != 1:
            raise InputError(f"the {loss} loss needs one output, found {layers[-1]}")
        if loss == "logistic" and out_act == "sigmoid":
            # softplus(z) - y z is already the cross-entropy of sigmoid(z): a sigmoid output would apply it twice
            raise InputError("the logistic loss is the cross-entropy of sigmoid(z) of the output z already; with a "
                             "sigmoid output the sigmoid would be applied twice: use the identity output activation "
                             "for the cross-entropy of a sigmoid output")
        if isinstance(data, (str, bytes)) or not hasattr(data, "__iter__"):
            raise InputError("data must be a list of (x, y) pairs")
        points = []
        for k, item in enumerate(data, 1):
            if not isinstance(item, (list, tuple)) or len(item) != 2:
                raise InputError(f"data point {k}: expected a pair (x, y), found {item!r}")
            x = _vector(item[0], layers[0], f"data point {k} input")
            y = _vector(item[1], layers[-1], f"data point {k} target")
            if loss == "logistic" and not 0 <= y[0] <= 1:
                raise InputError(f"data point {k}: the logistic loss needs a target in [0, 1], found {y[0]}")
            if loss == "hinge" and y[0] not in (1, -1):
                raise InputError(f"data point {k}: the hinge loss needs a target -1 or 1, found {y[0]}")
            points.append((x, y))
        if not points:
            raise InputError("data: at least one data point (x, y) is needed")
        too_big = size_problem(layers, bias, len(points))
        if too_big:
            raise InputError(f"network too large: {too_big}")
        self.layers = tuple(layers)
        self.activations = tuple(acts) + (out_act,)
        self.bias = bias
        self.loss_name = loss
        self.data = tuple(points)
        self.names = parameter_names(tuple(layers), bias)  # a shared cached tuple
        self._data_strings = None
        self._params = None
        self._index = None

    @property
    def params(self) -> tuple:
        """The weight symbols, in the spec's parameter order (made on first use: a large net never needs them
        on the exact numeric path)."""
        if self._params is None:
            self._params = tuple(WeightSymbol(n, real=True) for n in self.names)
        return self._params

    @property
    def index(self) -> dict:
        """Parameter name -> position."""
        if self._index is None:
            self._index = {n: k for k, n in enumerate(self.names)}
        return self._index

    # -- construction
    @classmethod
    def from_spec(cls, spec: dict) -> "Network":
        """The network of a spec dict (the format certificates carry: ``spec``); ``InputError`` if it is
        malformed (the fields here, the values by the constructor)."""
        if not isinstance(spec, dict):
            raise InputError("network spec: the spec must be a JSON object")
        if set(spec) != SPEC_FIELDS:
            raise InputError(f"network spec: expected the fields {sorted(SPEC_FIELDS)}, found {sorted(spec)}")
        acts, inputs, targets = spec["activations"], spec["inputs"], spec["targets"]
        if not isinstance(acts, list) or not acts:
            raise InputError(f"network spec: activations must be a nonempty list, found {acts!r}")
        if not isinstance(inputs, list) or not isinstance(targets, list) or len(inputs) != len(targets) or not all(
                isinstance(row, list) for row in inputs + targets):
            raise InputError("network spec: inputs and targets must be lists of the same length of lists of numbers")
        data = []
        try:
            for x, y in zip(inputs, targets):
                data.append(([parse_rational(v, "network spec input") for v in x],
                             [parse_rational(v, "network spec target") for v in y]))
        except CertificateError as exc:
            raise InputError(str(exc)) from None
        return cls(spec["layers"], list(acts[:-1]), output_activation=acts[-1], bias=spec["bias"],
                   loss=spec["loss"], data=data)

    @classmethod
    def from_toml(cls, path) -> "Network":
        """Read a network from a TOML spec file (format in the module docstring)."""
        import tomllib

        try:
            with open(path, "rb") as handle:
                doc = tomllib.load(handle, parse_float=lambda text: to_fraction(text.replace("_", ""), f"{path}: number"))
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from None
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{path} is not valid TOML: {exc}") from None
        except UnicodeDecodeError:
            raise InputError(f"{path} is not valid TOML: not UTF-8 text") from None
        except ValueError as exc:   # an integer over Python's 4300-digit string limit
            if isinstance(exc, InputError):
                raise
            raise InputError(f"{path}: a number with more than {MAX_DIGITS} digits (the checker's limit)") from None
        return cls.from_dict(doc, where=str(path))

    @classmethod
    def from_dict(cls, doc: dict, *, where: str = "spec") -> "Network":
        """From a TOML-shaped dict (``layers``, ``activation``, ``output_activation``, ``bias``, ``loss``,
        ``data`` as a list of ``{x, y}`` tables or ``[x, y]`` pairs)."""
        if not isinstance(doc, dict):
            raise InputError(f"{where}: expected a table of settings")
        if "network" in doc and isinstance(doc["network"], dict):
            doc = {**doc["network"], **{k: v for k, v in doc.items() if k != "network"}}
        known = {"layers", "activation", "output_activation", "bias", "loss", "data"}
        extra = set(doc) - known
        if extra:
            raise InputError(f"{where}: unknown keys {sorted(extra)} (expected {', '.join(sorted(known))})")
        if "layers" not in doc or "data" not in doc:
            raise InputError(f"{where}: needs layers and data")
        raw = doc["data"]
        if not isinstance(raw, list):
            raise InputError(f"{where}: data must be a list of {{x, y}} tables")
        data = []
        for k, item in enumerate(raw, 1):
            if isinstance(item, dict):
                if set(item) != {"x", "y"}:
                    raise InputError(f"{where}: data point {k} needs exactly the keys x and y")
                data.append((item["x"], item["y"]))
            elif isinstance(item, list) and len(item) == 2:
                data.append(tuple(item))
            else:
                raise InputError(f"{where}: data point {k} must be {{x = ..., y = ...}}")
        return cls(doc["layers"], doc.get("activation", "relu"),
                   output_activation=doc.get("output_activation", "identity"), bias=doc.get("bias", True),
                   loss=doc.get("loss", "squared"), data=data)

    # -- views
    @property
    def spec(self) -> dict:
        """The network spec dict (what certificates carry; the checker reads it with ``check.network``)."""
        if self._data_strings is None:  # the data as strings once (a fresh dict and fresh lists every time)
            self._data_strings = (tuple(tuple(rational_to_str(v) for v in x) for x, _ in self.data),
                                  tuple(tuple(rational_to_str(v) for v in y) for _, y in self.data))
        inputs, targets = self._data_strings
        return {
            "layers": list(self.layers),
            "activations": list(self.activations),
            "bias": self.bias,
            "loss": self.loss_name,
            "inputs": [list(x) for x in inputs],
            "targets": [list(y) for y in targets],
        }

    def to_toml(self) -> str:
        """The network as a TOML spec (``from_toml`` reads it back)."""
        def num(v: Fraction) -> str:
            return str(v.numerator) if v.denominator == 1 else f'"{v.numerator}/{v.denominator}"'

        def vec(vs) -> str:
            return num(vs[0]) if len(vs) == 1 else "[" + ", ".join(num(v) for v in vs) + "]"

        hidden = list(self.activations[:-1])
        act = hidden[0] if hidden and len(set(hidden)) == 1 else hidden if hidden else "relu"
        act_text = f'"{act}"' if isinstance(act, str) else "[" + ", ".join(f'"{a}"' for a in act) + "]"
        lines = [f"layers = [{', '.join(map(str, self.layers))}]", f"activation = {act_text}",
                 f'output_activation = "{self.activations[-1]}"', f"bias = {'true' if self.bias else 'false'}",
                 f'loss = "{self.loss_name}"', "data = ["]
        lines += [f"  {{ x = {vec(x)}, y = {vec(y)} }}," for x, y in self.data]
        lines.append("]")
        return "\n".join(lines) + "\n"

    @property
    def depth(self) -> int:
        """The number of weight layers (hidden layers + 1)."""
        return len(self.layers) - 1

    def weight(self, l: int, i: int, j: int) -> WeightSymbol:
        """The symbol of W_l[i, j] (1-based, as in the names)."""
        return self.params[self.index[f"W{l}_{i}_{j}"]]

    def bias_symbol(self, l: int, i: int):
        return self.params[self.index[f"b{l}_{i}"]] if self.bias else None

    def __repr__(self) -> str:
        return (f"Network({list(self.layers)}, {list(self.activations[:-1])!r}, output_activation="
                f"{self.activations[-1]!r}, bias={self.bias}, loss={self.loss_name!r}, data=<{len(self.data)} points>)")

    def describe(self) -> str:
        """One line, e.g. ``1-2-1 relu net, identity output, squared loss, 2 data points, 7 parameters``."""
        hidden = sorted(set(self.activations[:-1]), key=self.activations.index)
        acts = f"{'/'.join(hidden)} net" if hidden else "net (no hidden layer)"
        return (f"{'-'.join(map(str, self.layers))} {acts}, {self.activations[-1]} output, {self.loss_name} "
                f"loss, {len(self.data)} data point{'s' if len(self.data) != 1 else ''}, {len(self.names)} parameters")

    # -- symbolic
    def _activate(self, name: str, z):
        kind, alpha = activation_kind(name)
        if kind == "identity":
            return z
        if kind == "relu":
            return relu(z)
        if kind == "leaky_relu":
            return leaky_relu(z, sp.Rational(alpha.numerator, alpha.denominator))
        if kind == "tanh":
            return sp.tanh(z)
        return {"sigmoid": sigmoid, "softplus": softplus}[kind](z)

    def output(self, x):
        """The network's output at input ``x`` as SymPy expression(s) in the weights (one expression when
        there is one output, else a tuple)."""
        outs = self._outputs(_vector(x, self.layers[0], "input"))
        return outs[0] if len(outs) == 1 else tuple(outs)

    def _outputs(self, x, resolve=None):
        """Outputs at x; ``resolve(l, j, z)`` may replace a kink activation by its branch (for pieces)."""
        values = [sp.Rational(v.numerator, v.denominator) for v in x]
        for l in range(1, len(self.layers)):
            act = self.activations[l - 1]
            layer = []
            for i in range(1, self.layers[l] + 1):
                z = sp.Add(*[self.weight(l, i, j) * values[j - 1] for j in range(1, self.layers[l - 1] + 1)])
                if self.bias:
                    z = z + self.bias_symbol(l, i)
                if resolve is not None and has_kink(act):
                    layer.append(resolve(l, i, z))
                else:
                    layer.append(self._activate(act, z))
            values = layer
        return values

    def _loss_from(self, outputs_per_point, hinge_resolve=None):
        half = sp.Rational(1, 2)
        terms = []
        for k, ((x, y), outs) in enumerate(zip(self.data, outputs_per_point)):
            ys = [sp.Rational(v.numerator, v.denominator) for v in y]
            if self.loss_name == "squared":
                terms += [half * (z - t) ** 2 for z, t in zip(outs, ys)]
            elif self.loss_name == "logistic":
                terms.append(softplus(outs[0]) - ys[0] * outs[0])
            else:
                margin = 1 - ys[0] * outs[0]
                terms.append(relu(margin) if hinge_resolve is None else hinge_resolve(k, margin))
        return sp.Add(*terms)

    @cached_property
    def loss(self):
        """The loss as a SymPy expression over ``params`` (relu / leaky_relu / sigmoid ... kept as functions)."""
        return self._loss_from([self._outputs(x) for x, _ in self.data])

    def loss_at(self, theta):
        """The exact loss at ``theta`` (a sequence in ``params`` order, or a dict symbol/name -> number):
        a SymPy number (exact rational for piecewise-linear nets)."""
        values = self._point(theta)
        return self.loss.xreplace({s: sp.Rational(v.numerator, v.denominator) for s, v in zip(self.params, values)})

    def _point(self, theta) -> list[Fraction]:
        if isinstance(theta, dict):
            by_name = {(k.name if isinstance(k, sp.Symbol) else str(k)): v for k, v in theta.items()}
            missing = [n for n in self.names if n not in by_name]
            if missing:
                raise InputError(f"theta: no value for {', '.join(missing[:4])}")
            return [to_fraction(by_name[n], n) for n in self.names]
        values = list(theta)
        if len(values) != len(self.names):
            raise InputError(f"theta: expected {len(self.names)} values, found {len(values)}")
        return [to_fraction(v, n) for v, n in zip(values, self.names)]

    # -- exact numeric forward pass (piecewise-linear nets)
    def is_piecewise_linear(self) -> bool:
        """True when every activation is identity, relu or leaky_relu (exact rational forward passes)."""
        return all(activation_kind(a)[0] in PIECEWISE_LINEAR for a in self.activations)

    def matrices(self, theta) -> list[tuple[list[list[Fraction]], list[Fraction]]]:
        """``[(W_l, b_l)]`` from a flat point in ``params`` order (b_l zeros without biases)."""
        out, k = [], 0
        for l in range(1, len(self.layers)):
            rows, cols = self.layers[l], self.layers[l - 1]
            W = [list(theta[k + i * cols:k + (i + 1) * cols]) for i in range(rows)]
            k += rows * cols
            if self.bias:
                b = list(theta[k:k + rows])
                k += rows
            else:
                b = [Fraction(0)] * rows
            out.append((W, b))
        return out

    def flatten(self, mats) -> list[Fraction]:
        """Inverse of ``matrices``."""
        flat = []
        for W, b in mats:
            for row in W:
                flat += list(row)
            if self.bias:
                flat += list(b)
        return flat

    def _repr_latex_(self) -> str:
        return "$" + sp.latex(self.loss) + "$"


# ------------------------------------------------------------------------------------------- analysis

#: Above this many parameters an analysis lists its variables by name instead of as SymPy symbols.
SYMBOLIC_LIMIT = 20000


def parse_data(text: str, d: int | None = None, m: int | None = None) -> list:
    """``'1:1, -1:-1'`` -> [([1], [1]), ([-1], [-1])]; vectors are space separated (``'1 2:3'``).

    >>> parse_data("1 2:3, 0.5 -1/2:0")
    [([Fraction(1, 1), Fraction(2, 1)], [Fraction(3, 1)]), ([Fraction(1, 2), Fraction(-1, 2)], [Fraction(0, 1)])]
    """
    if not isinstance(text, str) or not text.strip():
        raise InputError("--data: give data points as 'x:y, x:y' (vectors space separated: '1 2:3')")
    points = []
    for k, item in enumerate(text.split(","), 1):
        if item.count(":") != 1:
            raise InputError(f"--data: point {k} {item.strip()!r} is not of the form x:y")
        xs, ys = item.split(":")
        x = [to_fraction(v, f"--data point {k}") for v in xs.split()]
        y = [to_fraction(v, f"--data point {k}") for v in ys.split()]
        if not x or not y:
            raise InputError(f"--data: point {k} {item.strip()!r} needs numbers on both sides of ':'")
        points.append((x, y))
    return points


def network_from_args(args) -> Network:
    """The network of the ``net`` / ``regions`` command line (a TOML spec file or --layers/--data)."""
    spec = getattr(args, "spec", None)
    if spec:
        if getattr(args, "layers", None) or getattr(args, "data", None):
            raise InputError("give a spec file or --layers/--data, not both")
        return Network.from_toml(spec)
    if not getattr(args, "layers", None):
        raise InputError("give a spec file (.toml) or --layers (e.g. --layers 1,2,1) and --data")
    try:
        layers = [int(w) for w in args.layers.replace(" ", "").split(",")]
    except ValueError:
        raise InputError(f"--layers: expected widths like 1,2,1, found {args.layers!r}") from None
    if not getattr(args, "data", None):
        raise InputError("--data is needed (e.g. --data '1:1, -1:-1')")
    data = parse_data(args.data)
    activation = getattr(args, "activation", "relu") or "relu"
    parts = [a for a in activation.split(",") if a.strip()]
    hidden = max(len(layers) - 2, 0)
    acts = parts if len(parts) > 1 else (parts[0] if parts else "relu")
    if isinstance(acts, list) and len(acts) != hidden:
        raise InputError(f"--activation: expected one name, or {hidden} (one per hidden layer), found {len(acts)}")
    return Network(layers, acts, output_activation=getattr(args, "output_activation", "identity") or "identity",
                   bias=not getattr(args, "no_bias", False), loss=getattr(args, "loss", "squared") or "squared",
                   data=data)


__all__ = ["Network", "WeightSymbol", "canonical_activation", "network_from_args", "parse_data", "to_fraction",
           "weight_latex"]
