r"""The checker's own reading of a network spec: its format, its parameters, its data (kernel; trusted).

A network spec (JSON object; ``symconvex.network.Network.spec`` writes it) is::

    {"layers": [d, k1, ..., m],                 widths, input first
     "activations": ["relu", ..., "identity"],  one per layer after the input: identity, relu, sigmoid,
                                                tanh, softplus, or "leaky_relu:p/q"
     "bias": true,                              biases on every layer
     "loss": "squared" | "logistic" | "hinge",
     "inputs": [["p/q", ...], ...],             n data points, d numbers each
     "targets": [["p/q", ...], ...]}            n targets, m numbers each

Parameters, in this order: for each layer l = 1..L the weight matrix W_l (k_l x k_{l-1}) row by row, named
``W{l}_{i}_{j}``, then its bias b_l named ``b{l}_{i}`` (1-based). With z(x) the last layer's output:

- squared:  L(theta) = 1/2 sum_i sum_k (z_k(x_i) - y_ik)^2
- logistic: L(theta) = sum_i softplus(z(x_i)) - y_i z(x_i)        (binary cross-entropy of sigmoid(z), y in {0,1})
- hinge:    L(theta) = sum_i max(0, 1 - y_i z(x_i))                (y in {-1, 1})

This module reads a spec (``validate_spec``, ``parameter_names``). The checker builds the loss itself
(``check.netsubject``): by its exact integer pass (``check.fastnet``) for a spec of piecewise linear layers with squared
or hinge loss (``piecewise_linear``), else as an expression tree (``check.losstree``) that its evaluator computes.
"""

from __future__ import annotations

from fractions import Fraction

from ..errors import CertificateError
from .trees import parse_rational, rational_to_str

ACTIVATIONS = ("identity", "relu", "sigmoid", "tanh", "softplus")
LOSSES = ("squared", "logistic", "hinge")
#: The specs ``check.fastnet`` evaluates with its exact integer pass: these losses, piecewise linear activations.
FAST_LOSSES, PIECEWISE_LINEAR = ("squared", "hinge"), ("identity", "relu", "leaky_relu")
#: Size caps of a spec (checked before anything of that size is built): its number of parameters, and its
#: number of data points times its number of units (the pre-activations one forward pass computes).
MAX_PARAMETERS, MAX_DATA_UNITS = 50_000_000, 50_000_000


def parameter_count(widths, bias: bool) -> int:
    """The number of parameters of a net with these widths (and biases)."""
    return sum(a * b + (b if bias else 0) for a, b in zip(widths, widths[1:]))


def _widths(spec: dict) -> list[int]:
    layers = spec.get("layers")
    if not isinstance(layers, list) or len(layers) < 2 or not all(
            isinstance(w, int) and not isinstance(w, bool) and w >= 1 for w in layers):
        raise CertificateError(f"network: layers must be a list of at least two positive widths, found {layers!r}")
    return layers


def _data(rows, width: int, what: str, seen: dict) -> list[list[Fraction]]:
    """Rows of ``width`` rational strings each, read exactly (each distinct string parsed once, into ``seen``)."""
    out = []
    for row in rows:
        if not isinstance(row, list) or len(row) != width:
            raise CertificateError(f"network: each {what} needs {width} numbers, found {row!r}")
        out.append([seen[v] if type(v) is str and v in seen else
                    seen.setdefault(v, parse_rational(v, f"network {what}")) for v in row])
    return out


def validate_spec(spec) -> tuple[list, list]:
    """The data (inputs, targets) of a well-formed network spec as rows of exact ``Fraction``s; else
    ``CertificateError``."""
    if not isinstance(spec, dict):
        raise CertificateError("network: the spec must be a JSON object")
    extra = set(spec) - {"layers", "activations", "bias", "loss", "inputs", "targets"}
    if extra:
        raise CertificateError(f"network: unexpected fields {sorted(extra)}")
    widths = _widths(spec)
    acts = spec.get("activations")
    if not isinstance(acts, list) or len(acts) != len(widths) - 1:
        raise CertificateError(f"network: expected {len(widths) - 1} activations, found {acts!r}")
    for a in acts:
        activation_of(a)
    if not isinstance(spec.get("bias"), bool):
        raise CertificateError("network: bias must be true or false")
    if spec.get("loss") not in LOSSES:
        raise CertificateError(f"network: loss must be one of {', '.join(LOSSES)}, found {spec.get('loss')!r}")
    inputs, targets = spec.get("inputs"), spec.get("targets")
    if not isinstance(inputs, list) or not isinstance(targets, list) or len(inputs) != len(targets) or not inputs:
        raise CertificateError("network: inputs and targets must be nonempty lists of the same length")
    weights, units = parameter_count(widths, spec["bias"]), sum(widths[1:])
    if weights > MAX_PARAMETERS:
        raise CertificateError(f"network: too large: {weights} parameters exceed the limit of {MAX_PARAMETERS}")
    if len(inputs) * units > MAX_DATA_UNITS:
        raise CertificateError(f"network: too large: {len(inputs)} data points times {units} units exceed the limit "
                               f"of {MAX_DATA_UNITS} pre-activations")
    seen: dict = {}
    data = _data(inputs, widths[0], "input", seen), _data(targets, widths[-1], "target", seen)
    if spec["loss"] != "squared" and widths[-1] != 1:
        raise CertificateError(f"network: the {spec['loss']} loss needs one output")
    return data


def activation_of(name) -> tuple[str, str | None]:
    """``"leaky_relu:1/10"`` -> ("leaky_relu", "1/10"); ``"relu"`` -> ("relu", None)."""
    if not isinstance(name, str):
        raise CertificateError(f"network: activation must be a name, found {name!r}")
    if name.startswith("leaky_relu:"):
        alpha = parse_rational(name.split(":", 1)[1], "leaky_relu slope")
        if not 0 <= alpha <= 1:
            raise CertificateError(f"network: leaky_relu slope must be in [0, 1], found {alpha}")
        return "leaky_relu", rational_to_str(alpha)
    if name not in ACTIVATIONS:
        raise CertificateError(f"network: unknown activation {name!r}")
    return name, None


def parameter_names(spec: dict) -> list[str]:
    """The parameter names of a spec, in the documented order."""
    widths = _widths(spec)
    names = []
    for l in range(1, len(widths)):
        names += [f"W{l}_{i}_{j}" for i in range(1, widths[l] + 1) for j in range(1, widths[l - 1] + 1)]
        if spec.get("bias"):
            names += [f"b{l}_{i}" for i in range(1, widths[l] + 1)]
    return names


def piecewise_linear(spec) -> bool:
    """Are the spec's loss squared or hinge and its activations identity, relu or leaky_relu (``check.fastnet``'s
    specs)? Read before the spec is validated: a spec that is not valid is refused by ``validate_spec`` either way."""
    acts = spec.get("activations") if isinstance(spec, dict) else None
    return isinstance(acts, list) and spec.get("loss") in FAST_LOSSES and all(
        isinstance(a, str) and (a in PIECEWISE_LINEAR or a.startswith("leaky_relu:")) for a in acts)
