r"""LaTeX proofs: a certificate (or an ``Analysis``) as a standalone document a reader can check by hand (text layer,
layer 4 of docs/ARCHITECTURE.md: it imports the kernel, the model and the analysis, and nothing imports it but the
gallery and the surfaces).

``to_latex(obj)`` returns a complete document (``article`` with ``amsmath``, ``amssymb``, ``amsthm`` and
``geometry`` only; the figure is drawn with LaTeX's own ``picture`` environment, so nothing beyond Debian's
``texlive-latex-base`` and ``texlive-latex-recommended`` is needed). Every number in the proof text is
computed from the certificate itself, in exact arithmetic (SymPy rationals; transcendental values are
shown in closed form together with a rigorous enclosure from the checker's interval evaluator), and the
document is only produced for a certificate that ``symconvex.check.verify`` accepts.

What the proof contains, by certificate kind (one module each):

- ``midpoint``: the points as exact fractions, the evaluation of f at a, b and m step by step (for a
  network: every data point's pre-activations, outputs and residuals), and the inequality that breaks
  convexity (or concavity);
- ``curvature``: the region (the strict inequalities that hold at p), the smooth piece, its Hessian at p
  when there are at most 10 variables (else the directional second derivative worked out with Taylor jets),
  and u^T H u;
- ``derivations``: a rules certificate's derivation as a chain of lemmas, one per node; a Hessian certificate's
  H, L and D with H = L D L^T and the signs of the pivots; a sum certificate's terms;
- ``saddle``: a critical point with a direction of descent and one of ascent;
- ``pieces``: identity and pieces certificates (case splits over the kinks of piecewise functions);
- ``minimum`` / ``minima``: a certified strict (or spurious) local minimum in a box / a count of minima;

plus a figure of the function along the certificate's segment (or line) showing the violation (``figures``).

The other modules: ``notation`` (names, numbers and layouts as LaTeX, and the size limits of the text),
``values`` (exact values held against the checker's numbers), ``subject`` (what a certificate is about, in the
proof's notation), ``network`` (a network loss and its exact forward pass), ``netnumbers`` and ``largenet`` (a
network with more than ``LARGE_NET`` parameters gets a bounded proof: its numbers come from the checker's exact
integer evaluator ``check.fastnet`` when the spec qualifies, points by their nonzero coordinates, each data point's
output and loss term instead of every pre-activation), ``facts`` (the standard results cited), ``sections`` (one
certificate as a theorem with its proof), ``assembly`` (``document``: the whole document, with "How to verify"),
``answers`` (documents for analyses, claim results and family claims) and ``summaries`` (the short LaTeX Jupyter
shows). The output is deterministic (no dates, sorted data), so regenerated documents are byte-identical.

Importing the package registers the Jupyter displays (``_repr_latex_``) of certificates, analyses and claim results
(``import symconvex`` imports it on first use of the API, see ``symconvex.__getattr__``).
"""

from __future__ import annotations

# Beyond __all__, the tests import BODY_PREAMBLE (what a paper's preamble needs for a body fragment), claim_words and
# _short_vec from here.
from .answers import claim_of, family_document, network_claim, to_latex
from .assembly import BODY_PREAMBLE, certificate_file_text, claim_words, document  # noqa: F401
from .facts import BIBTEX
from .notation import _short_vec, enclosure_latex, name_latex, note_latex, q_latex, text_escape  # noqa: F401
from .summaries import _claim_result_latex, analysis_summary, certificate_summary

__all__ = ["BIBTEX", "analysis_summary", "certificate_file_text", "certificate_summary", "claim_of", "document",
           "family_document",
           "enclosure_latex", "name_latex", "network_claim", "note_latex", "q_latex", "text_escape", "to_latex"]


def _register_reprs() -> None:
    """The data model, the analysis and the claims layer import nothing from here (they sit below this layer); this
    package gives their objects a LaTeX display when it is imported."""
    from ..analysis import Analysis
    from ..certificates import Certificate
    from ..claims import ClaimResult
    from ..compound_claims import CompoundResult
    from ..families import FamilyResult
    from ..saddle_claims import SaddleClaimResult
    from ..symbolic_sums import SumResult

    Certificate._repr_latex_ = certificate_summary
    Analysis._repr_latex_ = analysis_summary
    for answer in (ClaimResult, CompoundResult, FamilyResult, SaddleClaimResult, SumResult):   # check_claim's answers
        answer._repr_latex_ = _claim_result_latex


_register_reprs()
