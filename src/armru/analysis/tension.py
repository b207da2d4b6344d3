"""The tension index: a documented 0-100 figure, directed and undirected.

For a set of indicators, the raw score adds up weighted masses::

    R = sum of weight_i * raising_i        L = sum of weight_i * lowering_i
    T = 100 * (R + k/2) / (R + L + k)

``T`` is the share of tension-raising weight among all the weight the facts
carry, smoothed by a prior of ``k`` units split evenly (``prior_weight`` in the
weights file). 50 is the neutral baseline (balanced or no signed facts), 100
is all tension, 0 all conciliation; few facts stay near 50, many move it
further. ``T`` grows with ``R`` and falls with ``L``, so adding a hostile act
never lowers it. With no fact bearing on the dyad the index has no value
(``has_data`` False): never a silent 0 or 50.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable
from typing import Annotated, Self

from pydantic import Field, model_validator

from ..models import DocumentResult
from . import explain as _explain
from ._base import AnalysisModel
from ._facts import Corpus
from ._vocab import IndicatorName
from .dyad import DateLike, Dyad, Window, resolve_window
from .indicators import Indicator, IndicatorSet, compute
from .known import KnownAlliance
from .refs import FactRef
from .weights import TensionWeights, WeightsLike, load_weights

__all__ = ["TensionIndex", "TensionScore", "scale", "tension_index"]


def scale(raising: float, lowering: float, prior_weight: float) -> float:
    """The 0-100 index of a raising and a lowering mass.

    >>> scale(0, 0, 2)
    50.0
    >>> round(scale(2, 0, 2), 1)
    75.0
    >>> round(scale(0, 2, 2), 1)
    25.0
    """
    return 100.0 * (raising + prior_weight / 2) / (raising + lowering + prior_weight)


class TensionScore(AnalysisModel):
    """One index value (directed or undirected), or explicit "no data"."""

    value: Annotated[float, Field(ge=0.0, le=100.0)] | None
    """0 (all conciliation) to 100 (all tension), 50 neutral; None when no data."""
    has_data: bool
    raising: Annotated[float, Field(ge=0.0)]
    """``R``: the weighted tension-raising mass."""
    lowering: Annotated[float, Field(ge=0.0)]
    """``L``: the weighted tension-lowering mass."""
    facts: Annotated[int, Field(ge=0)]
    """Distinct facts behind the score."""

    @model_validator(mode="after")
    def _explicit_no_data(self) -> Self:
        if (self.value is None) == self.has_data:
            raise ValueError("value: must be None exactly when has_data is False")
        if self.has_data != (self.facts > 0):
            raise ValueError("has_data: must be True exactly when some fact bears on the score")
        return self

    def __str__(self) -> str:
        return "no data" if self.value is None else f"{self.value:.1f}"


def score(indicators: Iterable[Indicator], prior_weight: float) -> TensionScore:
    """The index of some indicators (all of one direction, or all)."""
    chosen = list(indicators)
    raising = math.fsum(i.weight * i.raising for i in chosen)
    lowering = math.fsum(i.weight * i.lowering for i in chosen)
    facts = len({ref.key for i in chosen for ref in i.facts})
    has_data = facts > 0
    return TensionScore(
        value=scale(raising, lowering, prior_weight) if has_data else None,
        has_data=has_data,
        raising=raising,
        lowering=lowering,
        facts=facts,
    )


def top_facts(indicators: Iterable[Indicator], top: int | None = None) -> tuple[FactRef, ...]:
    """Facts ranked by their total contribution over ``indicators`` (largest first)."""
    totals: dict[tuple[str, str, int, int, str], list[FactRef]] = {}
    for indicator in indicators:
        for ref in indicator.facts:
            totals.setdefault(ref.key, []).append(ref)
    merged = []
    order = list(IndicatorName)
    for refs in totals.values():
        refs.sort(key=lambda r: (-abs(r.contribution), r.note))
        total = math.fsum(r.contribution for r in refs)
        segments = (segment for r in refs for segment in r.note.split("; ") if segment)
        names = sorted({n for r in refs for n in r.indicators}, key=order.index)
        update = {
            "contribution": total,
            "note": "; ".join(dict.fromkeys(segments)),
            "indicators": tuple(names),
        }
        merged.append(refs[0].model_copy(update=update))
    merged.sort(
        key=lambda r: (
            -abs(r.contribution),
            r.date,
            r.document_id,
            r.evidence.start,
            r.evidence.end,
            r.summary,
        )
    )
    return tuple(merged if top is None else merged[:top])


class TensionIndex(AnalysisModel):
    """The tension between two actors over a window: undirected and each way.

    ``a_to_b`` measures what ``a`` said and did toward ``b`` (its criticism,
    its delayed deliveries, its alignment with ``b``'s rivals, less its
    conciliatory signals); ``undirected`` pools both directions.
    """

    dyad: Dyad
    window: Window
    undirected: TensionScore
    a_to_b: TensionScore
    b_to_a: TensionScore
    prior_weight: Annotated[float, Field(gt=0.0)]
    weights_source: str
    indicators: tuple[Indicator, ...]

    @property
    def value(self) -> float | None:
        """The undirected index (None when there is no data)."""
        return self.undirected.value

    @property
    def has_data(self) -> bool:
        return self.undirected.has_data

    def top_facts(self, top: int | None = 5) -> tuple[FactRef, ...]:
        """The facts that weigh most, across indicators and directions."""
        return top_facts(self.indicators, top)

    def explain(self, top: int = 5) -> str:
        """A readable account: the scores, the indicators that drive them, the top facts."""
        return _explain.tension_index(self, top)


def from_indicators(indicator_set: IndicatorSet, weights: TensionWeights) -> TensionIndex:
    """The index of a computed :class:`IndicatorSet`."""
    dyad = indicator_set.dyad
    k = weights.prior_weight
    indicators = indicator_set.indicators
    return TensionIndex(
        dyad=dyad,
        window=indicator_set.window,
        undirected=score(indicators, k),
        a_to_b=score((i for i in indicators if i.source == dyad.a), k),
        b_to_a=score((i for i in indicators if i.source == dyad.b), k),
        prior_weight=k,
        weights_source=weights.source,
        indicators=indicators,
    )


def index_of(corpus: Corpus, dyad: Dyad, window: Window, weights: TensionWeights) -> TensionIndex:
    """The index over a prepared corpus (shared by status and series)."""
    indicator_set, _ = compute(corpus, dyad, window, weights)
    return from_indicators(indicator_set, weights)


def tension_index(
    results: DocumentResult | Iterable[DocumentResult],
    a: str = "RUS",
    b: str = "ARM",
    *,
    as_of: DateLike | None = None,
    window: Window | _dt.timedelta | int | None = None,
    by_state: bool = True,
    weights: WeightsLike = None,
    known_alliances: Iterable[KnownAlliance] = (),
) -> TensionIndex:
    """The tension index between ``a`` and ``b`` (see the module doc for the scale).

    Arguments are those of :func:`~armru.analysis.tension_indicators`.
    """
    loaded = load_weights(weights)
    corpus = Corpus.of(results, known_alliances)
    dyad = Dyad(a=a, b=b, by_state=by_state)
    return index_of(corpus, dyad, resolve_window(as_of, window, corpus.latest), loaded)
