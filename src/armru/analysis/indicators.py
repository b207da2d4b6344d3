"""Tension indicators: typed, weighted, directed measures, each with its facts.

An indicator is computed for one direction of a dyad (``source`` → ``target``:
what ``source`` did or said about ``target``) over a time window. Each carries
its headline ``value``, the tension-``raising`` and ``lowering`` masses the index
adds up, its ``weight`` from the weights file, and the facts behind it with
their evidence. An indicator with no facts has ``value`` None, never 0.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable
from decimal import Decimal
from typing import Annotated, Self

from pydantic import Field, model_validator

from ..models import DocumentResult, Money
from ..models._base import ActorId
from . import explain as _explain
from ._base import AnalysisModel
from ._engine import Analysis, Part, analyse
from ._facts import Corpus, summarize
from ._vocab import Direction, IndicatorName
from .dyad import DateLike, Dyad, Window, resolve_window
from .known import KnownAlliance
from .refs import FactRef
from .weights import TensionWeights, WeightsLike, load_weights

__all__ = ["Direction", "Indicator", "IndicatorName", "IndicatorSet", "tension_indicators"]

_N = IndicatorName

UNITS: dict[IndicatorName, str] = {
    _N.PUBLIC_CRITICISM: "rank-weighted statements",
    _N.UNMET_OBLIGATIONS: "rank-weighted statements",
    _N.ARMS_DELAYS: "contracts",
    _N.ARMS_DIVERSIFICATION: "contracts",
    _N.RIVAL_ALIGNMENT: "weighted acts",
    _N.CONFLICT_EVENTS: "weighted events",
    _N.CONCILIATORY_SIGNALS: "weighted signals",
    _N.GOLDSTEIN: "mean Goldstein weight, -10 to +10",
    _N.CONFLICT_SHARE: "share of conflictual acts, 0 to 1",
}
"""What each indicator's ``value`` measures."""

_LOWERING = frozenset({_N.CONCILIATORY_SIGNALS})
_TWO_WAY = frozenset({_N.GOLDSTEIN, _N.CONFLICT_SHARE})


class Indicator(AnalysisModel):
    """One tension indicator for one direction of a dyad over a window.

    ``contribution = weight * (raising - lowering)`` is what the indicator adds
    to the index's raw score; ``facts`` lists every contributing fact, largest
    contribution first.
    """

    name: IndicatorName
    source: ActorId
    target: ActorId
    value: float | None
    """Headline measure in :attr:`unit`; None when no fact bears on the indicator."""
    unit: str
    count: Annotated[int, Field(ge=0)]
    """Number of facts behind the indicator."""
    direction: Direction
    weight: Annotated[float, Field(ge=0.0)]
    raising: Annotated[float, Field(ge=0.0)]
    """Tension-raising mass, before the weight."""
    lowering: Annotated[float, Field(ge=0.0)]
    """Tension-lowering mass, before the weight."""
    contribution: float
    amounts: tuple[Money, ...] = ()
    """For arms indicators, the reported values summed per currency."""
    quad_counts: tuple[int, int, int, int] | None = None
    """For the conflict share, the number of acts in CAMEO quad classes 1 to 4."""
    facts: tuple[FactRef, ...] = ()

    @model_validator(mode="after")
    def _no_silent_zero(self) -> Self:
        if (self.value is None) != (self.count == 0):
            raise ValueError("value: must be None exactly when no fact bears on the indicator")
        return self

    @property
    def has_data(self) -> bool:
        return self.count > 0

    @property
    def label(self) -> str:
        """``public criticism ARM→RUS``."""
        return f"{self.name.value.replace('_', ' ')} {self.source}→{self.target}"

    def explain(self, top: int = 3) -> str:
        """A readable account: value, weight, contribution and the top ``top`` facts."""
        return _explain.indicator(self, top)


class IndicatorSet(AnalysisModel):
    """All indicators of a dyad over a window, both directions, data or not."""

    dyad: Dyad
    window: Window
    indicators: tuple[Indicator, ...]
    shared_organizations: tuple[str, ...] = ()
    """Organizations of alliances both sides belong to, whose criticism counted."""
    at_odds: bool = False
    """Whether the two were at odds in the window (gates rival alignment)."""

    def get(self, name: IndicatorName | str, source: str) -> Indicator:
        """The indicator ``name`` in the direction ``source`` → the other side."""
        wanted = IndicatorName(name)
        for indicator in self.indicators:
            if indicator.name is wanted and indicator.source == source:
                return indicator
        raise KeyError((wanted.value, source))

    @property
    def has_data(self) -> bool:
        return any(indicator.has_data for indicator in self.indicators)

    def explain(self, top: int = 3) -> str:
        return _explain.indicator_set(self, top)


def _ref(part: Part, weight: float) -> FactRef:
    fact = part.fact
    return FactRef(
        kind=fact.kind,
        document_id=fact.document_id,
        date=fact.when,
        summary=summarize(fact),
        contribution=weight * (part.raising - part.lowering),
        note=part.note,
        evidence=fact.evidence,
        indicators=(part.name,),
        also_reported_in=part.also_reported_in,
    )


def _ref_order(ref: FactRef) -> tuple[float, _dt.date, str, int, int, str, str]:
    e = ref.evidence
    return (
        -abs(ref.contribution),
        ref.date,
        ref.document_id,
        e.start,
        e.end,
        ref.summary,
        ref.note,
    )


def _amounts(parts: list[Part]) -> tuple[Money, ...]:
    totals: dict[str, Decimal] = {}
    for part in parts:
        if part.amount is not None:
            currency = part.amount.currency
            totals[currency] = totals.get(currency, Decimal(0)) + part.amount.amount
    return tuple(Money(amount=totals[c], currency=c) for c in sorted(totals))


def _value(name: IndicatorName, parts: list[Part], raising: float, lowering: float) -> float | None:
    if not parts:
        return None
    if name is _N.GOLDSTEIN:
        return math.fsum(p.goldstein or 0.0 for p in parts) / len(parts)
    if name is _N.CONFLICT_SHARE:
        return sum(1 for p in parts if p.conflictual) / len(parts)
    if name in (_N.ARMS_DELAYS, _N.ARMS_DIVERSIFICATION):
        return float(len(parts))
    return lowering if name in _LOWERING else raising


def _direction(name: IndicatorName, raising: float, lowering: float) -> Direction:
    if name in _TWO_WAY:
        if raising > lowering:
            return Direction.RAISES
        return Direction.LOWERS if lowering > raising else Direction.NEUTRAL
    return Direction.LOWERS if name in _LOWERING else Direction.RAISES


def build(analysis: Analysis, weights: TensionWeights) -> IndicatorSet:
    """Aggregate an analysis' parts into indicators, every name in both directions."""
    dyad = analysis.dyad
    indicators = []
    for name in IndicatorName:
        weight = weights.weight(name)
        for source, target in ((dyad.a, dyad.b), (dyad.b, dyad.a)):
            parts = [p for p in analysis.parts if p.name is name and p.source == source]
            raising = math.fsum(p.raising for p in parts)
            lowering = math.fsum(p.lowering for p in parts)
            quads = None
            if name is _N.CONFLICT_SHARE and parts:
                q = [sum(1 for p in parts if p.quad == k) for k in (1, 2, 3, 4)]
                quads = (q[0], q[1], q[2], q[3])
            indicators.append(
                Indicator(
                    name=name,
                    source=source,
                    target=target,
                    value=_value(name, parts, raising, lowering),
                    unit=UNITS[name],
                    count=len(parts),
                    direction=_direction(name, raising, lowering),
                    weight=weight,
                    raising=raising,
                    lowering=lowering,
                    contribution=weight * (raising - lowering),
                    amounts=_amounts(parts),
                    quad_counts=quads,
                    facts=tuple(sorted((_ref(p, weight) for p in parts), key=_ref_order)),
                )
            )
    return IndicatorSet(
        dyad=dyad,
        window=analysis.window,
        indicators=tuple(indicators),
        shared_organizations=tuple(sorted(analysis.shared_organizations)),
        at_odds=analysis.at_odds,
    )


def compute(
    corpus: Corpus,
    dyad: Dyad,
    window: Window,
    weights: TensionWeights,
) -> tuple[IndicatorSet, Analysis]:
    """Indicators and the raw analysis behind them (for the other analysis modules)."""
    analysis = analyse(corpus, dyad, window, weights)
    return build(analysis, weights), analysis


def tension_indicators(
    results: DocumentResult | Iterable[DocumentResult],
    a: str = "RUS",
    b: str = "ARM",
    *,
    as_of: DateLike | None = None,
    window: Window | _dt.timedelta | int | None = None,
    by_state: bool = True,
    weights: WeightsLike = None,
    known_alliances: Iterable[KnownAlliance] = (),
) -> IndicatorSet:
    """The tension indicators between ``a`` and ``b``, both directions, over a window.

    ``as_of`` ends the window (default: no end); ``window`` is its length (a
    :class:`~datetime.timedelta` or a number of days, ending ``as_of`` or the
    latest report) or an explicit :class:`Window`; default: every fact up to
    ``as_of``. ``weights`` replaces the shipped weights file.
    ``known_alliances`` adds background ties (see :func:`known_alliances`).
    """
    corpus = Corpus.of(results, known_alliances)
    dyad = Dyad(a=a, b=b, by_state=by_state)
    span = resolve_window(as_of, window, corpus.latest)
    indicator_set, _ = compute(corpus, dyad, span, load_weights(weights))
    return indicator_set
