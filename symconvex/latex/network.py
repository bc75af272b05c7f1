r"""A network's loss in the proof's notation, and its exact forward pass (text layer, layer 4).

``_NetworkText`` writes the setting of a network certificate (layer widths, parameter shapes and order, the
layer equations, the activations, the data and the loss) and works out, in exact SymPy arithmetic, what a proof
about a small network shows: the forward pass at a point, each data point's loss term, and the activation region
at a point (one strict inequality per kink, decided exactly, and the smooth piece of the loss there). The
checker verifies the certificate on its own; these values are held against its numbers by the proofs
(``values._consistent``).
"""

from __future__ import annotations

from fractions import Fraction
from functools import cached_property

import sympy as sp

from ..certificates import parameter_name, parse_rational
from ..check.network import activation_of, parameter_names
from ..functions import leaky_relu, relu, sigmoid, softplus
from .notation import (FORMULA_LIMIT, ROW_CAP, _abbrev_list, _align_rows, _colvec_latex, _matrix_latex, _short_tuple,
                       _vec_or_scalar, name_latex, q_latex)
from .values import _exact_sign, _r, _sym_num, _sym_vec


_ACT_SYMBOL = {"identity": None, "relu": r"\rho", "sigmoid": r"\sigma", "tanh": r"\tanh",
               "softplus": r"\operatorname{softplus}", "leaky_relu": r"\rho_{\alpha}"}


def _act_apply(kind: str, alpha, z):
    """An activation on an exact SymPy number or expression."""
    if kind == "identity":
        return z
    if kind == "relu":
        return relu(z)
    if kind == "leaky_relu":
        return leaky_relu(z, alpha)
    if kind == "sigmoid":
        return sigmoid(z)
    if kind == "tanh":
        return sp.tanh(z)
    return softplus(z)


class _NetworkText:
    """A network spec in the proof's notation, with an exact forward pass (SymPy numbers)."""

    def __init__(self, spec: dict, subject):
        """``subject``: the ``subject._Subject`` whose network this is (its symbols and count)."""
        self.spec = spec
        self.subject = subject
        self.widths = spec["layers"]
        self.L = len(self.widths) - 1
        self.acts = [activation_of(a) for a in spec["activations"]]
        self.inputs = [[parse_rational(v) for v in x] for x in spec["inputs"]]
        self.targets = [[parse_rational(v) for v in y] for y in spec["targets"]]

    @cached_property
    def names(self) -> list[str]:
        return parameter_names(self.spec)

    def name(self, k: int) -> str:
        """The name of parameter k (0-based), without listing the others."""
        return parameter_name(self.widths, bool(self.spec["bias"]), k)

    # -- parameters
    def unpack(self, values: dict) -> list[tuple[list[list], list]]:
        """name -> value  ->  [(W_l rows, b_l)] for l = 1..L (b_l zeros without biases)."""
        layers = []
        for l in range(1, self.L + 1):
            W = [[values[f"W{l}_{i}_{j}"] for j in range(1, self.widths[l - 1] + 1)]
                 for i in range(1, self.widths[l] + 1)]
            b = [values[f"b{l}_{i}"] if self.spec["bias"] else sp.Integer(0) for i in range(1, self.widths[l] + 1)]
            layers.append((W, b))
        return layers

    def point_latex(self, point, label: str) -> str:
        """θ = (W^{(1)}, b^{(1)}, ...) as matrices with exact entries, introduced by its label."""
        values = {n: Fraction(v) for n, v in zip(self.names, point)}
        parts = []
        for l, (W, b) in enumerate(self.unpack(values), start=1):
            parts.append(f"W^{{({l})}} = " + _matrix_latex(W))
            if self.spec["bias"]:
                parts.append(f"b^{{({l})}} = " + _colvec_latex(b))
        integral = all(v.denominator == 1 for v in values.values())  # fractions are taller and wider
        per = 4 if max(self.widths) <= 3 and integral else (2 if max(self.widths) <= 5 else 1)
        rows = [r",\quad ".join(parts[k:k + per]) for k in range(0, len(parts), per)]
        return (r"\begin{align*}" + "\n" + label + r":\quad & " + " \\\\\n& ".join(rows) + "\n"
                + r"\end{align*}")

    # -- definition
    def activation_line(self) -> str:
        used = sorted({k for k, _ in self.acts if k != "identity"})
        defs = {"relu": r"$\rho(z) = \max\{0, z\}$ (the ReLU)",
                "sigmoid": r"$\sigma(z) = 1/(1+e^{-z})$",
                "tanh": r"$\tanh$ the hyperbolic tangent",
                "softplus": r"$\operatorname{softplus}(z) = \log(1 + e^{z})$ ($\log$ natural)",
                "leaky_relu": r"$\rho_{\alpha}(z) = \max\{z, \alpha z\}$ (the leaky ReLU)"}
        return "; ".join(defs[k] for k in used)

    def act_name(self, l: int) -> str | None:
        kind, alpha = self.acts[l - 1]
        if kind == "leaky_relu":
            return r"\rho_{%s}" % q_latex(parse_rational(alpha))
        return _ACT_SYMBOL[kind]

    def definition(self) -> str:
        d, m = self.widths[0], self.widths[-1]
        n = self.subject.count
        lines = []
        arch = "-".join(str(w) for w in self.widths)
        lines.append(r"Consider the fully connected network with layer widths %s (input dimension $%d$, "
                     r"output dimension $%d$)%s. Its parameters are" % (arch, d, m,
                                                                          "" if self.spec["bias"] else
                                                                          ", without biases"))
        shapes = []
        for l in range(1, self.L + 1):
            shapes.append(r"W^{(%d)} \in \mathbb{R}^{%d \times %d}" % (l, self.widths[l], self.widths[l - 1]))
            if self.spec["bias"]:
                shapes.append(r"b^{(%d)} \in \mathbb{R}^{%d}" % (l, self.widths[l]))
        lines.append(r"\[ \theta = \left(%s\right) \in \mathbb{R}^{%d}, \]" % (",\\ ".join(
            s.split(r" \in")[0] for s in shapes), n))
        lines.append(r"with $%s$, listed in the order $%s$ (each $W^{(l)}$ row by row)." % (  # breakable lists
            r",\allowbreak\ ".join(shapes), self.names_abbrev().replace(", ", r",\allowbreak ")))
        layer = []
        for l in range(1, self.L + 1):
            prev = "x" if l == 1 else f"h^{{({l - 1})}}"
            act = self.act_name(l)
            layer.append(f"z^{{({l})}} &= W^{{({l})}} {prev}" + (f" + b^{{({l})}}" if self.spec["bias"] else ""))
            layer.append(f"h^{{({l})}} &= " + (f"{act}\\bigl(z^{{({l})}}\\bigr)" if act else f"z^{{({l})}}")
                         + (r"\quad\text{(componentwise)}" if act and self.widths[l] > 1 else ""))
        lines.append(r"For an input $x \in \mathbb{R}^{%d}$ the network computes" % d)
        lines.append(r"\begin{align*}" + "\n" + " \\\\\n".join(layer) + "\n" + r"\end{align*}")
        act_line = self.activation_line()
        lines.append(r"and outputs $N_\theta(x) = h^{(%d)}$%s." % (self.L, (", where " + act_line) if act_line
                                                                    else ""))
        explicit = self.explicit_output()
        if explicit:
            lines.append(r"Written out, \[ N_\theta(x) = %s. \]" % explicit)
        lines.append(self.data_text())
        lines.append(self.loss_text())
        return "\n".join(lines)

    def names_abbrev(self) -> str:
        """``_abbrev_list`` of the parameter names (only the names shown are made)."""
        n = self.subject.count
        if n <= 12:
            return _abbrev_list([name_latex(v) for v in self.names])
        return (", ".join(name_latex(self.name(k)) for k in range(6)) + r", \dots, "
                + ", ".join(name_latex(self.name(k)) for k in range(n - 3, n)))

    def explicit_output(self) -> str | None:
        if self.widths[-1] != 1 or self.widths[0] != 1 or self.subject.count > 16:
            return None
        x = sp.Symbol("x", real=True)
        syms = self.subject.symbols
        layers = self.unpack(syms)
        h = [x]
        for l, (W, b) in enumerate(layers, start=1):
            kind, alpha = self.acts[l - 1]
            alpha_ = None if alpha is None else sp.Rational(alpha)
            z = [sum((W[i][j] * h[j] for j in range(len(h))), sp.Integer(0)) + b[i] for i in range(len(W))]
            h = [_act_apply(kind, alpha_, zi) for zi in z]
        names = dict(self.subject.latex_names)
        names[x] = "x"
        text = sp.latex(h[0], symbol_names=names)
        text = text.replace(r"\operatorname{ReLU}", r"\rho")
        return text if len(text) <= FORMULA_LIMIT else None

    def data_text(self) -> str:
        if self.subject.large and (self.widths[0] > 16 or self.widths[-1] > 8 or len(self.inputs) > 40):
            return self.data_text_summary()
        rows = []
        for i, (x, y) in enumerate(zip(self.inputs, self.targets), start=1):
            rows.append(r"(x_{%d}, y_{%d}) &= \left(%s,\ %s\right)" % (i, i, _vec_or_scalar(x), _vec_or_scalar(y)))
        per = 2 if len(rows) > 3 else 1
        body = []
        for k in range(0, len(rows), per):
            body.append(" & ".join(rows[k:k + per]).replace("&=", "&=", 1))
        return (r"The data are the $%d$ labelled points" % len(rows) + "\n" + r"\begin{align*}" + "\n"
                + " \\\\\n".join(body) + ".\n" + r"\end{align*}")

    def data_text_summary(self) -> str:
        """The data of a large network: the first ``ROW_CAP`` points, each input shortened (the spec in the
        certificate JSON has them all)."""
        n, d = len(self.inputs), self.widths[0]
        rows = []
        for i, (x, y) in enumerate(zip(self.inputs[:ROW_CAP], self.targets[:ROW_CAP]), start=1):
            rows.append(r"x_{%d} &= %s, & y_{%d} &= %s" % (i, _short_tuple(x, 12), i, _short_tuple(y, 8)))
        more = n - len(rows)
        return (r"The data are $%d$ labelled points $(x_i, y_i)$ with $x_i \in \mathbb{R}^{%d}$%s:" % (
                    n, d, r" (the first coordinates of each input are shown)" if d > 12 else "") + "\n"
                + _align_rows(rows) + "\n"
                + (r"and $%d$ more. " % more if more > 0 else "")
                + r"All of them, in full, are part of the network specification in the certificate JSON.")

    def loss_text(self) -> str:
        loss = self.spec["loss"]
        n = len(self.inputs)
        if loss == "squared":
            formula = (r"\mathcal{L}(\theta) = \frac{1}{2} \sum_{i=1}^{%d} \bigl\lVert N_\theta(x_i) - y_i"
                       r"\bigr\rVert^2 = \frac{1}{2} \sum_{i=1}^{%d} \sum_{k} r_{ik}(\theta)^2, \qquad "
                       r"r_{ik}(\theta) = N_\theta(x_i)_k - (y_i)_k" % (n, n))
            name = "the squared loss"
        elif loss == "logistic":
            formula = (r"\mathcal{L}(\theta) = \sum_{i=1}^{%d} \Bigl(\operatorname{softplus}\bigl(N_\theta(x_i)"
                       r"\bigr) - y_i N_\theta(x_i)\Bigr)" % n)
            name = r"the logistic loss (cross-entropy of $\sigma(N_\theta(x_i))$ against $y_i \in \{0, 1\}$; " \
                   r"$\operatorname{softplus}(z) = \log(1 + e^z)$)"
        else:
            formula = r"\mathcal{L}(\theta) = \sum_{i=1}^{%d} \max\bigl\{0,\ 1 - y_i N_\theta(x_i)\bigr\}" % n
            name = "the hinge loss"
        return r"The training objective is %s," % name + "\n" + r"\[ %s. \]" % formula

    # -- forward pass
    def forward(self, values: dict, x: list) -> list[tuple[list, list]]:
        """Exact forward pass: [(z^{(l)}, h^{(l)})] for l = 1..L; values map names to SymPy numbers."""
        h = [sp.Rational(v.numerator, v.denominator) for v in x]
        out = []
        for l, (W, b) in enumerate(self.unpack(values), start=1):
            kind, alpha = self.acts[l - 1]
            alpha_ = None if alpha is None else sp.Rational(alpha)
            z = [sp.expand(sum((W[i][j] * h[j] for j in range(len(h))), sp.Integer(0)) + b[i])
                 for i in range(len(W))]
            h = [_act_apply(kind, alpha_, zi) for zi in z]
            out.append((z, h))
        return out

    def loss_terms(self, values: dict) -> tuple[list, list]:
        """Per data point: the forward pass and the loss term (exact SymPy)."""
        passes, terms = [], []
        for x, y in zip(self.inputs, self.targets):
            fw = self.forward(values, x)
            N = fw[-1][1]
            if self.spec["loss"] == "squared":
                term = sum(((N[k] - _r(y[k])) ** 2 for k in range(len(N))), sp.Integer(0)) / 2
            elif self.spec["loss"] == "logistic":
                term = softplus(N[0]) - _r(y[0]) * N[0]
            else:
                term = relu(1 - _r(y[0]) * N[0])
            passes.append(fw)
            terms.append(term)
        return passes, terms

    def region(self, point) -> tuple[list[str], sp.Expr]:
        """The activation region at ``point``: one strict inequality per kink (data point, layer, unit), and
        the smooth piece of the loss there (a SymPy expression in the parameters)."""
        num = {n: _r(Fraction(v)) for n, v in zip(self.names, point)}
        layers_num, layers_sym = self.unpack(num), self.unpack(self.subject.symbols)
        rows, terms = [], []
        for i, (x, y) in enumerate(zip(self.inputs, self.targets), start=1):
            hn = [_r(v) for v in x]
            hs = list(hn)
            for l, (layer_num, layer_sym) in enumerate(zip(layers_num, layers_sym), start=1):
                hn, hs = self._region_layer(i, l, layer_num, layer_sym, hn, hs, rows)
            terms.append(self._region_loss_term(i, y, hn, hs, rows))
        return rows, sum(terms, sp.Integer(0))

    def _region_layer(self, i: int, l: int, layer_num, layer_sym, hn, hs, rows: list) -> tuple[list, list]:
        """Layer l on data point i, at the point (``hn``: exact numbers) and as expressions in the parameters
        (``hs``): each ReLU takes the branch of its pre-activation's sign at the point (decided exactly; a row of
        ``rows`` states it), a smooth activation is applied as it is."""
        (Wn, bn), (Ws, bs) = layer_num, layer_sym
        kind, alpha = self.acts[l - 1]
        alpha_ = None if alpha is None else sp.Rational(alpha)
        zn = [sp.expand(sum((Wn[r][j] * hn[j] for j in range(len(hn))), sp.Integer(0)) + bn[r]) for r in range(len(Wn))]
        zs = [sum((Ws[r][j] * hs[j] for j in range(len(hs))), sp.Integer(0)) + bs[r] for r in range(len(Ws))]
        if kind not in ("relu", "leaky_relu"):
            return [_act_apply(kind, alpha_, z) for z in zn], [_act_apply(kind, alpha_, z) for z in zs]
        new_n, new_s = [], []
        for r in range(len(zn)):
            sg = _exact_sign(zn[r])
            expr = sp.expand(zs[r]) if l == 1 else zs[r]
            tex = self.subject.latex(expr)
            tex = (tex + " ") if len(tex) <= 160 else ""
            rows.append(r"z^{(%d)}_{%d}(x_{%d}) &= %s%s %s 0" % (
                l, r + 1, i, (tex + "= ") if tex else "", _sym_num(zn[r], self.subject), ">" if sg > 0 else "<"))
            k = sp.Integer(1) if sg > 0 else (sp.Integer(0) if kind == "relu" else alpha_)
            new_n.append(k * zn[r])
            new_s.append(k * zs[r])
        return new_n, new_s

    def _region_loss_term(self, i: int, y, hn, hs, rows: list) -> sp.Expr:
        """Data point i's loss term on the region; a hinge takes the branch of its margin's sign at the point (a row
        of ``rows``)."""
        if self.spec["loss"] == "squared":
            return sum(((hs[k] - _r(y[k])) ** 2 for k in range(len(hs))), sp.Integer(0)) / 2
        if self.spec["loss"] == "logistic":
            return softplus(hs[0]) - _r(y[0]) * hs[0]
        margin_n = sp.expand(1 - _r(y[0]) * hn[0])
        sg = _exact_sign(margin_n)
        rows.append(r"1 - y_{%d} N_\theta(x_{%d}) &= %s %s 0" % (i, i, _sym_num(margin_n, self.subject),
                                                               ">" if sg > 0 else "<"))
        return 1 - _r(y[0]) * hs[0] if sg > 0 else sp.Integer(0)

    def evaluation(self, point, label: str, value_name: str) -> tuple[str, sp.Expr]:
        """The step-by-step evaluation of the loss at a point (pre-activations, outputs, residuals)."""
        values = {n: _r(Fraction(v)) for n, v in zip(self.names, point)}
        passes, terms = self.loss_terms(values)
        blocks = []
        for i, (fw, term, y) in enumerate(zip(passes, terms, self.targets), start=1):
            rows = []
            for l, (z, h) in enumerate(fw, start=1):
                act = self.act_name(l)
                rows.append(r"z^{(%d)}(x_{%d}) &= %s" % (l, i, _sym_vec(z, self.subject)))
                if act:
                    rows.append(r"h^{(%d)}(x_{%d}) = %s\bigl(z^{(%d)}(x_{%d})\bigr) &= %s" % (
                        l, i, act, l, i, _sym_vec(h, self.subject)))
            N = fw[-1][1]
            if self.spec["loss"] == "squared":
                res = [sp.simplify(N[k] - _r(y[k])) for k in range(len(N))]
                rows.append(r"r_{%d} = N_{%s}(x_{%d}) - y_{%d} &= %s" % (i, label, i, i, _sym_vec(res, self.subject)))
                rows.append(r"\tfrac{1}{2}\lVert r_{%d}\rVert^2 &= %s" % (i, _sym_num(term, self.subject)))
            elif self.spec["loss"] == "logistic":
                rows.append(r"\operatorname{softplus}(N_{%s}(x_{%d})) - y_{%d} N_{%s}(x_{%d}) &= %s" % (
                    label, i, i, label, i, _sym_num(term, self.subject)))
            else:
                rows.append(r"\max\{0,\ 1 - y_{%d} N_{%s}(x_{%d})\} &= %s" % (i, label, i,
                                                                             _sym_num(term, self.subject)))
            blocks.append(" \\\\\n".join(rows))
        total = sp.nsimplify(sum(terms, sp.Integer(0))) if all(t.is_Rational for t in terms) else sum(
            terms, sp.Integer(0))
        details = (r"At $%s$ the forward pass on each data point gives" % label + "\n" + r"\begin{align*}" + "\n"
                   + " \\\\[2pt]\n".join(blocks) + "\n" + r"\end{align*}")
        outputs = r",\ ".join(r"N_{%s}(x_{%d}) = %s" % (label, i, _sym_vec(fw[-1][1], self.subject))
                              for i, fw in enumerate(passes, start=1))
        parts, whole = " + ".join(_sym_num(t, self.subject, paren=True) for t in terms), _sym_num(total, self.subject)
        # the sum of the terms, then its value unless that is the same text (a sum of sigmoids does not simplify)
        summed = r"\[ %s = %s. \]" % (value_name, parts if parts == whole else f"{parts} = {whole}")
        return details, outputs, summed, total
