"""Dyads (the two actors a question is about) and time windows."""

from __future__ import annotations

import datetime as _dt
from typing import Self

from pydantic import model_validator

from ..models import PartialDate
from ..models._base import ActorId
from ._base import AnalysisModel

__all__ = ["DateLike", "Dyad", "Window", "as_day"]

DateLike = _dt.date | PartialDate | str
"""A day, or a :class:`~armru.PartialDate` or ISO text (``2023``, ``2023-12``, ``2023-12-28``)."""


def as_day(value: DateLike, *, last: bool = True) -> _dt.date:
    """The day ``value`` denotes; a month or year gives its last (or first) day.

    >>> as_day("2023-12")
    datetime.date(2023, 12, 31)
    >>> as_day("2023", last=False)
    datetime.date(2023, 1, 1)
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    date = value if isinstance(value, PartialDate) else PartialDate.parse(value)
    return date.last_day if last else date.first_day


class Dyad(AnalysisModel):
    """Two actors whose relationship is analysed, ``a`` and ``b``.

    With ``by_state`` (the default) an actor counts for a side when it *is* that
    side or belongs to it (:attr:`armru.Actor.state`): Russia's foreign minister,
    ministry and peacekeepers all count for ``RUS``. Without it only the exact
    ids count.
    """

    a: ActorId
    b: ActorId
    by_state: bool = True

    @model_validator(mode="after")
    def _two_actors(self) -> Self:
        if self.a == self.b:
            raise ValueError(f"b: a dyad needs two different actors, got {self.a!r} twice")
        return self

    @property
    def label(self) -> str:
        """``RUS-ARM`` (with an en dash)."""
        return f"{self.a}\u2013{self.b}"

    def other(self, side: str) -> str:
        """The other side of the dyad."""
        if side == self.a:
            return self.b
        if side == self.b:
            return self.a
        raise ValueError(f"{side!r} is not a side of {self.label}")


class Window(AnalysisModel):
    """An inclusive range of days; an open end means "no limit on that side"."""

    start: _dt.date | None = None
    end: _dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end: {self.end} is before start {self.start}")
        return self

    def contains(self, day: _dt.date) -> bool:
        """True when ``day`` lies in the window."""
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)

    def overlaps(self, first: _dt.date, last: _dt.date) -> bool:
        """True when the days ``first``..``last`` meet the window."""
        if self.start is not None and last < self.start:
            return False
        return not (self.end is not None and first > self.end)

    @property
    def label(self) -> str:
        """``2023-12-01 to 2023-12-31``, ``up to 2023-12-31``, ``all dates``."""
        if self.start is None and self.end is None:
            return "all dates"
        if self.start is None:
            return f"up to {self.end}"
        if self.end is None:
            return f"from {self.start}"
        return f"{self.start} to {self.end}"


def resolve_window(
    as_of: DateLike | None,
    window: Window | _dt.timedelta | int | None,
    latest: _dt.date | None,
) -> Window:
    """The window a query means: ``window`` days ending ``as_of`` (or the latest report)."""
    if isinstance(window, Window):
        if as_of is not None and as_day(as_of) != window.end:
            raise ValueError("give either a Window or as_of, not both")
        return window
    end = as_day(as_of) if as_of is not None else None
    if window is None:
        return Window(end=end)
    span = window if isinstance(window, _dt.timedelta) else _dt.timedelta(days=window)
    if span < _dt.timedelta(days=1):
        raise ValueError(f"window must be at least one day, got {span}")
    if end is None:
        end = latest
    if end is None:
        return Window()
    return Window(start=end - span + _dt.timedelta(days=1), end=end)
