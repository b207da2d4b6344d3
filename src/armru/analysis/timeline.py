"""Tension over time: the index for each month, quarter or year of a corpus.

Each period is an independent window: its index rests only on the facts
placed in it (a fact's own date, else its document's), so a period with no
fact between the two is reported as "no data", not as calm.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any

from ..models import DocumentResult
from . import explain as _explain
from ._base import AnalysisModel
from ._engine import analyse
from ._facts import Corpus
from ._vocab import Frequency
from .dyad import DateLike, Dyad, Window, as_day
from .known import KnownAlliance
from .tension import TensionIndex, index_of
from .weights import WeightsLike, load_weights

__all__ = ["Frequency", "SeriesPoint", "TensionSeries", "periods", "tension_series"]


class SeriesPoint(AnalysisModel):
    """The index over one period."""

    period: str
    """``2023-12``, ``2023-Q4`` or ``2023``."""
    start: _dt.date
    end: _dt.date
    index: TensionIndex

    @property
    def value(self) -> float | None:
        return self.index.value


class TensionSeries(AnalysisModel):
    """The tension index of a dyad period by period, empty periods included."""

    dyad: Dyad
    frequency: Frequency
    points: tuple[SeriesPoint, ...]

    @property
    def has_data(self) -> bool:
        return any(point.index.has_data for point in self.points)

    def values(self) -> list[tuple[str, float | None]]:
        """``(period, undirected value or None)`` pairs, in time order."""
        return [(point.period, point.value) for point in self.points]

    def to_rows(self) -> list[dict[str, Any]]:
        """One flat row per period (for a table or a data frame)."""
        dyad = self.dyad
        return [
            {
                "period": p.period,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "tension": p.index.undirected.value,
                f"{dyad.a}->{dyad.b}": p.index.a_to_b.value,
                f"{dyad.b}->{dyad.a}": p.index.b_to_a.value,
                "facts": p.index.undirected.facts,
            }
            for p in self.points
        ]

    def peak(self) -> SeriesPoint | None:
        """The period of highest tension (the earliest on ties); None without data."""
        scored = [p for p in self.points if p.value is not None]
        if not scored:
            return None
        return max(scored, key=lambda p: (p.value or 0.0, -p.start.toordinal()))

    def explain(self, top: int = 3) -> str:
        """A table of the periods, then the largest rise and the peak with their top facts."""
        return _explain.series(self, top)


def _label(start: _dt.date, frequency: Frequency) -> str:
    if frequency is Frequency.MONTH:
        return f"{start.year:04d}-{start.month:02d}"
    if frequency is Frequency.QUARTER:
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year:04d}"


def _period_start(day: _dt.date, frequency: Frequency) -> _dt.date:
    if frequency is Frequency.MONTH:
        return day.replace(day=1)
    if frequency is Frequency.QUARTER:
        return _dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return _dt.date(day.year, 1, 1)


def _next(start: _dt.date, frequency: Frequency) -> _dt.date:
    months = {Frequency.MONTH: 1, Frequency.QUARTER: 3, Frequency.YEAR: 12}[frequency]
    month = start.month - 1 + months
    return _dt.date(start.year + month // 12, month % 12 + 1, 1)


def periods(
    first: DateLike, last: DateLike, frequency: Frequency | str = Frequency.MONTH
) -> list[tuple[str, _dt.date, _dt.date]]:
    """The periods covering ``first``..``last``: ``(label, first day, last day)``.

    >>> [label for label, _, _ in periods("2023-11-05", "2024-01-02", "quarter")]
    ['2023-Q4', '2024-Q1']
    >>> periods("2024-02", "2024-02")
    [('2024-02', datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))]
    """
    frequency = Frequency(frequency)
    result = []
    start = _period_start(as_day(first, last=False), frequency)
    final = as_day(last)
    while start <= final:
        following = _next(start, frequency)
        result.append((_label(start, frequency), start, following - _dt.timedelta(days=1)))
        start = following
    return result


def tension_series(
    results: DocumentResult | Iterable[DocumentResult],
    a: str = "RUS",
    b: str = "ARM",
    *,
    frequency: Frequency | str = Frequency.MONTH,
    start: DateLike | None = None,
    end: DateLike | None = None,
    by_state: bool = True,
    weights: WeightsLike = None,
    known_alliances: Iterable[KnownAlliance] = (),
) -> TensionSeries:
    """The tension index of ``a`` and ``b`` for every period from ``start`` to ``end``.

    Without ``start`` / ``end`` the series spans the publication dates of the
    documents whose facts bear on the dyad (facts they date earlier, such as a
    war recalled years later, show only when ``start`` reaches back to them);
    with no such fact it has no points (and ``has_data`` is False).
    """
    loaded = load_weights(weights)
    frequency = Frequency(frequency)
    corpus = Corpus.of(results, known_alliances)
    dyad = Dyad(a=a, b=b, by_state=by_state)
    first = as_day(start, last=False) if start is not None else None
    last = as_day(end) if end is not None else None
    if first is None or last is None:
        days = [part.fact.published for part in analyse(corpus, dyad, Window(), loaded).parts]
        first = first if first is not None else min(days, default=None)
        last = last if last is not None else max(days, default=None)
    points = []
    if first is not None and last is not None:
        for label, begin, finish in periods(first, last, frequency):
            index = index_of(corpus, dyad, Window(start=begin, end=finish), loaded)
            points.append(SeriesPoint(period=label, start=begin, end=finish, index=index))
    return TensionSeries(dyad=dyad, frequency=frequency, points=tuple(points))
