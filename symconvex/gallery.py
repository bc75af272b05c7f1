r"""The proofs/ gallery: the canonical claims from the seed questions, decided by the engine and exported as LaTeX.

``CANONICAL`` is the table of claims, written as data: each row quotes a claim from a seed question and names
the engine input that decides it — a claim in LaTeX for ``symconvex.check_claim``, or a network spec for
``symconvex.analysis.analyze_network`` together with the property the quoted claim asserts. No row holds evidence:
``decide(row)`` runs the engine, whose certificates have all passed the soundness gate (``check.verify`` and the
subject check); ``regenerate(out_dir)`` re-verifies each one, writes ``<name>.tex`` (``symconvex.latex.document``
with the claim and the engine's verdict), ``<name>.cert.json`` (the engine's certificates, in its order), the
``symconvex.bib`` the proofs cite and a ``README.md`` index. The output is a pure function of the table and the
engine: regenerating gives byte-identical files.

``FAMILY_CLAIMS`` are the seeds' claims about whole families of networks, in words, answered by ``check_claim``
(``symconvex.families``) and written by ``latex.family_document``.

``symconvex proofs [--out proofs/]`` (``cli.cmd_proofs``) runs ``regenerate``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .certificates import CurvatureCertificate, MidpointCertificate, parse_rational
from .check import verify
from .check.evaluate import evaluate, line_jets, value_at
from .check.numbers import interval_precision, sign
from .decimals import stated
from .errors import CertificateError

#: Seconds the engine may spend on one canonical claim (each takes well under a second today).
ENGINE_TIMEOUT = 60.0

# ------------------------------------------------------------------------------------------ subjects

_SEED_000_NET = {"layers": [1, 2, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
                 "inputs": [["1"], ["-1"]], "targets": [["1"], ["-1"]]}
_PERMUTATION_NET = {"layers": [1, 2, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
                    "inputs": [["-1"], ["1"], ["2"]], "targets": [["1"], ["2"], ["4"]]}
_LINEAR_NET = {"layers": [1, 1, 1], "activations": ["identity", "identity"], "bias": False, "loss": "squared",
               "inputs": [["1"]], "targets": [["1"]]}

#: The canonical claims (all from the seed questions in shared/seeds). ``quote``: the claim as argued in the seed (LaTeX);
#: ``claim``: the claim for ``check_claim``, or ``network`` + ``property`` (+ ``negated``): what ``analyze_network``
#: decides; ``reason``: what the verdict says about the quoted argument (LaTeX, before the engine's numbers).
CANONICAL: list[dict] = [
    {
        "name": "relu_network_midpoint",
        "seed": "000",
        "title": r"The squared loss of a 1-2-1 ReLU network is not convex",
        "quote": r"A network built only from ReLUs (a convex function) has a convex loss: compositions of convex "
                 r"functions are convex.",
        "network": _SEED_000_NET, "property": "convex",
        "story": r"The seed answer's counterexample rests on $x = \rho(x) - \rho(-x)$ with $\rho(z) = \max\{0, z\}$: "
                 r"two parameter vectors that fit the data exactly can average to a network that fits nothing.",
    },
    {
        "name": "sigmoid_neither",
        "seed": "000",
        "title": r"The sigmoid is neither convex nor concave",
        "quote": r"The second derivative of the sigmoid takes both signs, so the sigmoid is not convex.",
        "claim": r"$\sigma(x) = \frac{1}{1+e^{-x}}$ is not convex on $\mathbb{R}$",
        "story": r"Here $\sigma'' = \sigma(1 - \sigma)(1 - 2\sigma)$ is negative where $\sigma > \frac{1}{2}$, that is "
                 r"for $x > 0$, and positive for $x < 0$.",
    },
    {
        "name": "xy_not_convex",
        "seed": "002",
        "title": r"$f(x, y) = xy$ is not jointly convex",
        "quote": r"$f(x, y) = xy$ is convex in $x$ for fixed $y$ and in $y$ for fixed $x$, hence convex.",
        "claim": r"$f(x, y) = xy$ is convex",
        "story": r"Convexity in each variable separately does not give joint convexity: along the line "
                 r"$t \mapsto (t, -t)$ the function is the concave parabola $-t^2$.",
    },
    {
        "name": "x2y2_not_convex",
        "seed": "002",
        "title": r"$f(x, y) = x^2 y^2$ is not convex",
        "quote": r"$x^2$ and $y^2$ are strictly convex, so $x^2 y^2$ is convex.",
        "claim": r"$f(x, y) = x^2 y^2$ is convex",
        "story": r"A product of convex functions need not be convex: $x^2 y^2$ vanishes on both axes and is "
                 r"positive elsewhere.",
    },
    {
        "name": "permutation_symmetry",
        "seed": "002",
        "title": r"Permutation symmetry and the convexity of a 1-2-1 ReLU network's loss",
        "quote": r"Permuting the hidden units (and the adjacent weights) does not change the loss, so a global "
                 r"minimum with distinct hidden units is not unique, and the loss is not convex.",
        "network": _PERMUTATION_NET, "property": "convex", "negated": True,
        "reason": r"Its conclusion is true, but the inference ``the minimum is not unique, so the loss is not "
                  r"convex'' is invalid: a convex function can have many minimisers (every point of the line "
                  r"$x = 0$ minimises the convex function $(x, y) \mapsto x^2$). What proves that the loss is not "
                  r"convex is the midpoint certificate below: swapping hidden units $1$ and $2$ gives a second "
                  r"parameter vector with the same loss, and the loss at their midpoint is larger. {midpoint}",
        "story": r"The two hidden units of the network are interchangeable: swapping them (the rows of "
                 r"$W^{(1)}$ and $b^{(1)}$ and the columns of $W^{(2)}$) does not change the network.",
    },
    {
        "name": "linear_network_not_convex",
        "seed": "002",
        "title": r"A linear network with squared loss is not convex in its weights",
        "quote": r"Neural networks with linear activation functions and square loss will yield convex optimization.",
        "network": _LINEAR_NET, "property": "convex",
        "story": r"With one hidden layer and identity activations the output is $W^{(2)} W^{(1)} x$: the weights "
                 r"multiply each other, and $\mathcal{L} = \frac{1}{2}(W^{(2)}_{11} W^{(1)}_{11} - 1)^2$.",
    },
    {
        "name": "logistic_regression_convex",
        "seed": "002",
        "title": r"Logistic regression is convex",
        "quote": r"If there are no hidden layers at all, the loss is convex, just like logistic regression.",
        "claim": r"$\log(1 + e^{-(w_1 + 2 w_2)})$ is convex in $w_1, w_2$",
        "story": r"A single layer with the logistic loss on the data point $x = (1, 2)$, $y = 1$: the softplus of "
                 r"an affine function.",
    },
    {
        "name": "relu_composition_quadratic",
        "seed": "003",
        "title": r"$\bigl(1 - \rho(w_1 \rho(w_0 + b_0) + b_1)\bigr)^2$ is not convex",
        "quote": r"A quadratic loss is convex, so the loss of $f(x) = \rho(w_1 \rho(w_0 x + b_0) + b_1)$ with "
                 r"quadratic loss is convex in the weights.",
        "claim": r"$(1 - \max(0, w_1 \max(0, w_0 + b_0) + b_1))^2$ is convex in $w_0, b_0, w_1, b_1$",
        "story": r"The seed answer's example with one data point $x_0 = y_0 = 1$; here $\rho(z) = \max\{0, z\}$.",
    },
]


@dataclass
class Decision:
    """What the engine decided on one canonical row: its verdict, whether the quoted claim holds, the
    certificates (in the engine's order, each re-verified) and the claim as the document states it."""

    verdict: str
    holds: bool | None
    certificates: list
    claim: dict


def decide(row: dict) -> Decision:
    """Run the engine on ``row``'s claim (``check_claim``) or network (``analyze_network``)."""
    from .claims import check_claim
    from .claims import decide as decide_claim
    from .latex import claim_of, network_claim

    if "claim" in row:
        result = check_claim(row["claim"], timeout=ENGINE_TIMEOUT)
        verdict, holds, certs = result.curvature, result.holds, list(result.certificates)
        claim = claim_of(result)
    else:
        from .analysis import analyze_network
        from .network import Network

        net = Network.from_spec(row["network"])
        analysis = analyze_network(net, timeout=ENGINE_TIMEOUT)
        verdict, certs = analysis.curvature.value, list(analysis.certificates)
        holds = decide_claim(row["property"], row.get("negated", False), analysis.facts) if certs else None
        claim = network_claim(row["network"], row["property"], row.get("negated", False), holds)
    for cert in certs:
        statement = verify(cert)  # raises CertificateError: the gallery never holds an unchecked proof
        if statement != cert.statement:
            raise CertificateError(f"gallery {row['name']}: checker says {statement}, certificate {cert.statement}")
    claim["quote"] = row["quote"]
    if row.get("reason"):
        midpoints = [c for c in certs if c.kind == "midpoint"]
        claim["reason"] = row["reason"].replace("{midpoint}", _midpoint_numbers(midpoints[0]) if midpoints else "")
    return Decision(verdict=verdict, holds=holds, certificates=certs, claim=claim)


def _midpoint_numbers(cert: MidpointCertificate) -> str:
    """The decisive numbers of a network midpoint certificate, as a sentence: the two losses and the larger
    loss at the midpoint."""
    from .latex import q_latex

    fa, fb, fm = (parse_rational(cert.values[k]) for k in ("f(a)", "f(b)", "f(m)"))
    lam = parse_rational(cert.lam)
    chord = lam * fa + (1 - lam) * fb
    ends = (r"$\mathcal{L}(\theta^{(1)}) = \mathcal{L}(\theta^{(2)}) = %s$" % q_latex(fa) if fa == fb else
            r"$\mathcal{L}(\theta^{(1)}) = %s$ and $\mathcal{L}(\theta^{(2)}) = %s$" % (q_latex(fa), q_latex(fb)))
    return r"Here %s, while at the midpoint $\mathcal{L}(\theta^{*}) = %s > %s$." % (ends, q_latex(fm), q_latex(chord))


# ------------------------------------------------------------------------------------------ builders

def _subject(variables, function, network) -> tuple[tuple[str, ...], list]:
    if network is not None:
        from .check.losstree import loss_tree
        from .check.network import parameter_names

        return tuple(parameter_names(network)), loss_tree(network)
    return tuple(variables), function


def midpoint_certificate(*, variables=None, function=None, network=None, a, b, lam="1/2", domain=(),
                         note: str = "") -> MidpointCertificate:
    """A midpoint certificate with its stated values computed by the checker's evaluator; it refutes
    convexity or concavity, whichever the sign of f(m) - chord shows (``CertificateError`` if it is 0)."""
    names, tree = _subject(variables, function, network)
    lam_q = parse_rational(lam)
    pa, pb = [parse_rational(v) for v in a], [parse_rational(v) for v in b]
    pm = [lam_q * x + (1 - lam_q) * y for x, y in zip(pa, pb)]
    with interval_precision():
        va, vb, vm = (value_at(tree, names, p) for p in (pa, pb, pm))
        from .check.numbers import add, mul, sub

        s = sign(sub(vm, add(mul(lam_q, va), mul(1 - lam_q, vb))))
        values = {"f(a)": stated(va), "f(b)": stated(vb), "f(m)": stated(vm)}
    if not s:
        raise CertificateError("midpoint: the midpoint gap is not shown nonzero")
    return MidpointCertificate(variables=names, function=None if network else function, network=network,
                               domain=tuple(domain), note=note, refutes="convex" if s > 0 else "concave",
                               a=tuple(a), b=tuple(b), lam=lam, values=values)


def curvature_certificate(*, variables=None, function=None, network=None, point, direction, domain=(),
                          note: str = "") -> CurvatureCertificate:
    """A curvature certificate with its pattern and second derivative computed by the checker's evaluator;
    it refutes convexity (second derivative < 0) or concavity (> 0)."""
    names, tree = _subject(variables, function, network)
    p, u = [parse_rational(v) for v in point], [parse_rational(v) for v in direction]
    with interval_precision():
        jet, pattern = evaluate(tree, line_jets(names, p, u, 2), 2)
        second = jet.second_derivative()
        s = sign(second)
    if not s:
        raise CertificateError("curvature: the second derivative is not shown nonzero")
    return CurvatureCertificate(variables=names, function=None if network else function, network=network,
                                domain=tuple(domain), note=note, refutes="convex" if s < 0 else "concave",
                                point=tuple(point), direction=tuple(direction), second_derivative=stated(second),
                                value=stated(jet.c[0]), slope=stated(jet.c[1]), pattern=tuple(pattern))


# ------------------------------------------------------------------------------------------ output

def render(row: dict, decision: Decision) -> tuple[str, str]:
    """(LaTeX document, certificate file) for one row and the engine's decision on it."""
    from .latex import certificate_file_text, document

    tex = document(decision.certificates, title=row["title"], intro=r"\paragraph{Background.} " + row["story"],
                   verdict=decision.verdict, claim=decision.claim, certificate_file=row["name"] + ".cert.json")
    return tex, certificate_file_text(decision.certificates)


def _write(path: str, text: str) -> None:
    from .files import write_atomically

    try:
        with open(path, encoding="utf-8") as handle:
            if handle.read() == text:
                return  # unchanged: keep the file (and its timestamp) as it is
    except OSError:
        pass
    write_atomically(path, text)


#: The seed questions' claims about whole families of networks, in their own words (``symconvex.families``):
#: each is answered by ``check_claim`` (readings, quantifier, the smallest member or the for-all-data proof) and
#: written by ``latex.family_document``.
FAMILY_CLAIMS: list[dict] = [
    {"name": "family_linear_square_loss", "seed": "002",
     "title": "Linear activations and square loss do not make the loss convex",
     "claim": "Neural networks with linear activation functions and square loss will yield convex optimization"},
    {"name": "family_relu_composition", "seed": "000",
     "title": "A network built from ReLUs does not have a convex loss",
     "claim": "compositions of convex functions are convex, so a network built from ReLUs has a convex loss"},
    {"name": "family_no_hidden_layer", "seed": "002",
     "title": "Without hidden layers the logistic loss is convex for every data set",
     "claim": "if there's no hidden layers at all, it's convex, just like logistic regression"},
    {"name": "family_one_layer", "seed": "003",
     "title": "A one-layer network with quadratic loss: the readings disagree",
     "claim": "a one-layer network has a convex shape with quadratic loss"},
    {"name": "family_sigmoid_non_convex", "seed": "000",
     "title": "The loss of a network with sigmoid activations is non-convex",
     "claim": "the loss of a network with sigmoid activations is non-convex"},
]


def regenerate_families(out_dir: str) -> list[dict]:
    """The family claims' proofs (``FAMILY_CLAIMS``): one .tex and one .cert.json each, every certificate
    re-verified; records as ``regenerate`` makes them."""
    from .claims import check_claim
    from .latex import certificate_file_text, family_document

    records = []
    for row in FAMILY_CLAIMS:
        result = check_claim(row["claim"], timeout=ENGINE_TIMEOUT)
        for cert in result.certificates:
            verify(cert)  # raises CertificateError: the gallery never holds an unchecked certificate
        records.append(_record(out_dir, row, "family claim", result.holds, result.certificates,
                               lambda: (family_document(result), certificate_file_text(result.certificates))))
    return records


def _record(out_dir: str, row: dict, verdict: str, holds, certs, render_files) -> dict:
    """Write one claim's .tex and .cert.json (``render_files()`` makes their texts) and return its record; a
    claim without certificates is recorded as missing."""
    base = {"name": row["name"], "seed": row["seed"], "title": row["title"], "verdict": verdict, "holds": holds,
            "quote": row.get("quote", row.get("claim", ""))}
    if not certs:
        return {**base, "files": [], "missing": "the engine does not decide this claim yet"}
    tex, js = render_files()
    _write(os.path.join(out_dir, row["name"] + ".tex"), tex)
    _write(os.path.join(out_dir, row["name"] + ".cert.json"), js)
    return {**base, "files": [row["name"] + ".tex", row["name"] + ".cert.json"],
            "kinds": sorted({c.kind for c in certs}), "missing": None}


def regenerate(out_dir: str = "proofs") -> list[dict]:
    """Rebuild the gallery in ``out_dir``: for each canonical claim the engine's decision as one .tex and one
    .cert.json (every certificate re-verified by the checker), and README.md. Returns one record per claim
    (name, files, the engine's verdict, whether the quoted claim holds, or the reason it is missing)."""
    os.makedirs(out_dir, exist_ok=True)
    records = []
    for row in CANONICAL:
        decision = decide(row)
        records.append(_record(out_dir, row, decision.verdict, decision.holds, decision.certificates,
                               lambda: render(row, decision)))  # noqa: B023 - called at once, in this iteration
    records += regenerate_families(out_dir)
    from .latex import BIBTEX

    _write(os.path.join(out_dir, "symconvex.bib"), BIBTEX)  # for proofs pasted into a paper (``body=True``)
    _write(os.path.join(out_dir, "README.md"), readme(records))
    return records


def readme(records: list[dict]) -> str:
    lines = ["# proofs/: the canonical claims, proved", "",
             "Generated by `symconvex proofs --out proofs/` from `symconvex/gallery.py` (`CANONICAL`); do not edit "
             "by hand. Each claim comes from a seed question in `shared/seeds/`. For every claim there is a LaTeX "
             "proof (`.tex`, standalone: run `pdflatex NAME.tex` twice, for the cross-references) and the certificate it is written from "
             "(`.cert.json`, re-checked by `symconvex verify NAME.cert.json`). CI compiles every `.tex` with "
             "`scripts/compile_proofs.sh`. To paste a proof into a paper, write it with "
             "`symconvex.latex.to_latex(result, body=True)` (a fragment with prefixed labels and theorem "
             "environments) and add `symconvex.bib` (Boyd & Vandenberghe, cited for the standard results) to the "
             "paper's bibliography.", "",
             "The verdicts are the engine's: each claim is decided by `check_claim` or `analyze_network` when the "
             "gallery is regenerated, and each proof is exported from that result.", "",
             "Each row: the proof's title (what is proved), the claim as the seed question argues it, whether that "
             "claim holds, the engine's verdict on the function or network, the certificates, and the files.", "",
             "| proof | seed | the seed's claim | that claim | engine verdict | certificates | files |",
             "|---|---|---|---|---|---|---|"]
    for r in records:
        quote = " ".join(r["quote"].split()).replace("|", "\\|")   # a table cell: one line, no bare bar
        if r["missing"]:
            lines.append(f"| {r['title']} | {r['seed']} | {quote} | undecided | not generated: {r['missing']} | | |")
            continue
        files = ", ".join(f"[`{f}`]({f})" for f in r["files"])
        holds = {True: "holds", False: "is false", None: "undecided"}[r["holds"]]
        lines.append(f"| {r['title']} | {r['seed']} | {quote} | {holds} | {r['verdict'].replace('_', ' ')} | "
                     f"{', '.join(r['kinds'])} | {files} |")
    return "\n".join(lines) + "\n"


__all__ = ["CANONICAL", "FAMILY_CLAIMS", "Decision", "curvature_certificate", "decide", "midpoint_certificate", "readme", "regenerate",
           "render"]
