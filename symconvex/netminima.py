r"""Certified local minima of a small network's loss (search layer: it proposes; the checker decides).

``certify_network_minima(net, starts)`` asks ``basins`` for float candidates of strict local minima of
``net.loss`` over ``net.params`` (damped Newton from every start), then ``minima.certify_minimum`` for a
certificate about the network *spec* (the checker builds the loss itself from the spec, so what is proved is
about exactly the network given) of each candidate:

- a ``minima_count`` certificate with one box per certified minimum, pairwise disjoint: the loss has at least
  that many strict local minima;
- for every candidate whose float loss is above the loss at a point q, a ``minimum`` certificate with
  ``proves = "spurious_local_minimum"`` and that q: a stated rational point, or else the lowest candidate rounded
  to a rational (a rounded q is fine: the checker compares the exact f(q) with a rigorous lower bound of f on the
  box, so a q that is not low enough is rejected, never accepted). The float comparison only picks the pairs.

A candidate that does not certify is dropped (and reported as such): floats only find.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from .basins import find_local_minima
from .certificates import MinimaCountCertificate, MinimumCertificate
from .minima import certify_minima, certify_minimum
from .network import Network

#: The denominator bound when a float candidate becomes the rational point q of a spurious certificate.
Q_DENOMINATOR = 10 ** 6


@dataclass
class NetworkMinima:
    """What was found and proved: ``candidates`` (floats, sorted by float loss; proves nothing), ``count`` (the
    count certificate, or None), ``spurious`` (spurious-minimum certificates)."""

    candidates: list = field(default_factory=list)
    count: MinimaCountCertificate | None = None
    spurious: list[MinimumCertificate] = field(default_factory=list)

    def certificates(self) -> list:
        return ([self.count] if self.count is not None else []) + list(self.spurious)


def _rational(x: float) -> Fraction:
    return Fraction(x).limit_denominator(Q_DENOMINATOR)


def certify_network_minima(net: Network, starts, *, spurious: bool = True, better=None) -> NetworkMinima:
    """Candidates from ``starts`` (an array of points in ``net.params`` order), their count certificate and, with
    ``spurious``, a spurious-minimum certificate for each certified minimum that q beats (by float loss; the
    checker decides): q is ``better`` (exact rationals) when given, else the lowest candidate, rounded."""
    variables = list(net.params)
    candidates = find_local_minima(net.loss, variables, starts)
    out = NetworkMinima(candidates=candidates)
    if not candidates:
        return out
    out.count = certify_minima(net.loss, variables, candidates, network=net)
    if spurious and out.count is not None:
        q = tuple(_rational(x) for x in candidates[0]) if better is None else tuple(Fraction(x) for x in better)
        note = "q: the lowest float candidate, rounded" if better is None else "q: the stated point"
        level = float(net.loss_at(q))
        for point in candidates:
            if not float(net.loss_at(tuple(_rational(x) for x in point))) > level:
                continue
            cert = certify_minimum(net.loss, variables, point, better=q, network=net, note=note)
            if cert is not None:
                out.spurious.append(cert)
    return out


__all__ = ["NetworkMinima", "Q_DENOMINATOR", "certify_network_minima"]
