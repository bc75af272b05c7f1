r"""The numbers of a large network's proof (text layer, layer 4).

Above ``LARGE_NET`` parameters a proof is summarized, and its numbers come from the checker's exact integer
evaluator ``check.fastnet`` when the spec qualifies (identity / relu / leaky_relu layers, squared or hinge loss:
all data points at once), else from the checker's generic evaluator, one data point at a time: the loss and each
data point's outputs and loss term at a point, degree-2 jets along a line, the kink pattern and the first kinks
with their exact pre-activation values. These numbers are displayed; the checker decides on the certificate.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from ..certificates import parse_coordinate
from ..check import fastnet
from ..check.evaluate import evaluate, line_jets, value_at
from ..check.losstree import loss_tree, outputs_tree
from ..check.numbers import interval_precision
from ..errors import CertificateError
from .notation import ENTRY_CAP, ROW_CAP


def _parameter_count(spec) -> int:
    return fastnet.parameter_count(spec["layers"], bool(spec.get("bias")))


class _NetNumbers:
    """The numbers of a large network's proof. With ``check.fastnet`` (identity/relu/leaky_relu, squared or hinge
    loss: the checker's own exact integer forward passes, all data points at once); otherwise with the checker's
    generic evaluator, one data point's loss tree at a time. Vectors are ``fastnet.Vec`` or lists of Fractions."""

    def __init__(self, subject):
        """``subject``: the ``subject._Subject`` of a large network (its fast evaluator, spec and tree)."""
        self.subject = subject
        self.fast = subject.fast
        self.spec = subject.cert.network
        self.targets = subject.net.targets
        self.loss = self.spec["loss"]

    # -- vectors
    def vector(self, values, what: str):
        if self.fast is not None:
            return self.fast.vector(values, what)
        if isinstance(values, np.ndarray):
            values = values.tolist()
        return [parse_coordinate(v, what) for v in values]

    def nonzeros(self, vec, cap: int = ENTRY_CAP) -> tuple[int, list[tuple[int, Fraction]]]:
        """(how many coordinates are nonzero, [(index, value)] of the first ``cap`` of them)."""
        if self.fast is not None:
            idx = np.flatnonzero(vec.num)
            return len(idx), [(k, Fraction(int(vec.num[k]), vec.den)) for k in idx[:cap].tolist()]
        nonzero = [(k, v) for k, v in enumerate(vec) if v != 0]
        return len(nonzero), nonzero[:cap]

    def differences(self, vec, base, cap: int = ENTRY_CAP) -> tuple[int, list[tuple[int, Fraction]]]:
        """(how many coordinates of ``vec`` differ from ``base``, [(index, value in vec)] of the first ``cap``)."""
        if self.fast is not None:
            idx = vec.differences(base)
            return len(idx), [(k, Fraction(int(vec.num[k]), vec.den)) for k in idx[:cap].tolist()]
        differ = [(k, v) for k, (v, w) in enumerate(zip(vec, base)) if v != w]
        return len(differ), differ[:cap]

    def combine(self, lam: Fraction, a, b):
        """lam a + (1 - lam) b."""
        if self.fast is not None:
            return a.combine(Fraction(lam), b)
        return [lam * x + (1 - lam) * y for x, y in zip(a, b)]

    def along(self, p, u, s: Fraction):
        """p + s u."""
        s = Fraction(s)
        if self.fast is None:
            return [x + s * d for x, d in zip(p, u)]
        return p.linear(1, u, s)

    def fractions(self, vec) -> list[Fraction]:
        return vec.fractions() if self.fast is not None else list(vec)

    # -- the loss
    def value(self, point):
        if self.fast is not None:
            return self.fast.value(point)
        with interval_precision():
            return value_at(self.subject.tree, self.subject.names, point)

    def _point_spec(self, i: int) -> dict:
        return {**self.spec, "inputs": [self.spec["inputs"][i]], "targets": [self.spec["targets"][i]]}

    def per_point(self, point) -> tuple[list, object]:
        """([(outputs N(x_i), loss term of data point i)] for every data point, the loss)."""
        if self.fast is not None:
            state, value, _ = self.fast.run(point)
            O, E = state.H[0], state.E
            rows = []
            for i, y in enumerate(self.targets):
                e = int(E[i, 0])
                outs = [Fraction(int(v), e) for v in O[i].tolist()]
                rows.append((outs, self._term(outs, y)))
            if sum((t for _, t in rows), Fraction(0)) != value:
                raise CertificateError("latex: the data points' loss terms do not add up to the loss")
            return rows, value
        names, rows = self.subject.names, []
        with interval_precision():
            for i, x in enumerate(self.spec["inputs"]):
                outs = [value_at(o, names, point) for o in outputs_tree(self.spec, x)]
                rows.append((outs, value_at(loss_tree(self._point_spec(i)), names, point)))
        return rows, self.value(point)

    def _term(self, outs, y) -> Fraction:
        if self.loss == "squared":
            return sum(((o - t) ** 2 for o, t in zip(outs, y)), Fraction(0)) / 2
        return max(Fraction(0), 1 - y[0] * outs[0])  # hinge (the only other fastnet loss)

    def jets(self, p, u) -> tuple[list, object, list]:
        """([(output jets [(q0, q1, q2)], loss term's second derivative)] per data point, the loss's jet along
        p + t u, its kink pattern)."""
        if self.fast is not None:
            state, jet, margins = self.fast.run(p, u)
            pattern = self.fast.strict_pattern(state.signs, margins)
            E = state.E
            rows = []
            for i, y in enumerate(self.targets):
                e = int(E[i, 0])
                cols = [[Fraction(0)] * len(y) if O is None else [Fraction(int(v), e) for v in O[i].tolist()]
                        for O in state.H]
                outs = list(zip(*cols))
                if self.loss == "squared":
                    d2 = sum((c1 * c1 + 2 * (c0 - t) * c2 for (c0, c1, c2), t in zip(outs, y)), Fraction(0))
                else:
                    c0, _, c2 = outs[0]
                    d2 = -2 * y[0] * c2 if 1 - y[0] * c0 > 0 else Fraction(0)
                rows.append((outs, d2))
            if sum((d for _, d in rows), Fraction(0)) != jet.second_derivative():
                raise CertificateError("latex: the data points' second derivatives do not add up")
            return rows, jet, pattern
        names, rows = self.subject.names, []
        with interval_precision():
            env = line_jets(names, self.fractions(p), self.fractions(u), 2)
            for i, x in enumerate(self.spec["inputs"]):
                outs = [evaluate(o, env, 2)[0].c for o in outputs_tree(self.spec, x)]
                rows.append((outs, evaluate(loss_tree(self._point_spec(i)), env, 2)[0].second_derivative()))
            jet, pattern = evaluate(self.subject.tree, env, 2)
        return rows, jet, pattern

    def pattern_at(self, point, u):
        """The kink pattern at ``point`` (``CertificateError`` when a kink sits on its switching point)."""
        if self.fast is not None:
            return self.fast.curvature(point, u)[1]
        with interval_precision():
            return evaluate(self.subject.tree, line_jets(self.subject.names, point, u, 2), 2)[1]

    def kinks(self, point, cap: int = ROW_CAP):
        """(the first ``cap`` kinks in the order data point, layer, unit: (i, l, r, pre-activation value), and per
        kinked layer (l, #positive, #negative) over all data points; hinge margins: (i, value) and counts), or
        None without ``fastnet``."""
        net = self.fast
        if net is None:
            return None
        layers = net.split(point.num)
        state, before = net.start(), []
        for l, (W, b) in enumerate(layers):
            before.append(state)
            state = net.layer(state, l, W, b, point.den)
        counts = [(l + 1, int((sg > 0).sum()), int((sg < 0).sum())) for l, sg in enumerate(state.signs)
                  if sg is not None]
        _, margins = net.loss(state)
        shown, margin_rows = [], []
        for i in range(net.n):
            for l, (W, b) in enumerate(layers):
                if state.signs[l] is None:
                    continue
                prev = before[l]
                h, e = prev.H[0][i].tolist(), int(prev.E[i, 0])
                for r in range(W.shape[0]):
                    if len(shown) >= cap:
                        break
                    z = sum(int(a) * int(w) for a, w in zip(h, W[r].tolist()) if a) + (0 if b is None else e * int(b[r]))
                    shown.append((i + 1, l + 1, r + 1, Fraction(z, e * point.den)))
            if margins is not None and len(margin_rows) < cap:
                N = Fraction(int(state.H[0][i, 0]), int(state.E[i, 0]))
                margin_rows.append((i + 1, 1 - self.targets[i][0] * N))
            if len(shown) >= cap and (margins is None or len(margin_rows) >= cap):
                break
        margin_counts = None if margins is None else (int((margins > 0).sum()), int((margins < 0).sum()))
        return shown, counts, margin_rows, margin_counts
