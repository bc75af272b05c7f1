r"""The loss of a network spec (``check.network``'s docstring) as an expression tree over its parameter names, built
by the checker itself and computed exactly by ``check.evaluate``; for the specs the integer pass does not take.
"""

from __future__ import annotations

from .network import activation_of, validate_spec
from .trees import rational_to_str


def outputs_tree(spec: dict, x: list) -> list[list]:
    """Expression trees of a valid spec's outputs at input x (a list of rational strings)."""
    widths = spec["layers"]
    values = [["num", v] for v in x]
    for l in range(1, len(widths)):
        kind, alpha = activation_of(spec["activations"][l - 1])
        layer = []
        for i in range(1, widths[l] + 1):
            terms = [["mul", ["var", f"W{l}_{i}_{j}"], values[j - 1]] for j in range(1, widths[l - 1] + 1)]
            if spec["bias"]:
                terms.append(["var", f"b{l}_{i}"])
            z = terms[0] if len(terms) == 1 else ["add", *terms]
            layer.append(z if kind == "identity" else [kind, z] if alpha is None else [kind, z, ["num", alpha]])
        values = layer
    return values


def loss_tree(spec: dict) -> list:
    """The loss of the spec (validated: ``CertificateError`` else) as an expression tree over its parameter names."""
    terms = []
    for x, y in zip(spec["inputs"], validate_spec(spec)[1]):
        outs = outputs_tree(spec, x)
        if spec["loss"] == "squared":
            for z, t in zip(outs, y):
                terms.append(["mul", ["num", "1/2"], ["pow", ["add", z, ["num", rational_to_str(-t)]], ["num", "2"]]])
        elif spec["loss"] == "logistic":
            terms.append(["add", ["softplus", outs[0]], ["mul", ["num", rational_to_str(-y[0])], outs[0]]])
        else:
            terms.append(["relu", ["add", ["num", "1"], ["mul", ["num", rational_to_str(-y[0])], outs[0]]]])
    return terms[0] if len(terms) == 1 else ["add", *terms]


__all__ = ["loss_tree", "outputs_tree"]
