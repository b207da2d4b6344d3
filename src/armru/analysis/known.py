"""Alliances known from outside the corpus (the knowledge base), as background ties.

A single article about Russia and Armenia rarely restates that both belong to
the CSTO and to a 1997 mutual-assistance treaty, yet a reader judges the
article knowing it. Passing ``known_alliances=`` to an analysis function adds
these ties to the formal ties of the status (and lets criticism of a shared
organization count for the dyad) without any sentence of the corpus saying so;
they are marked ``source="knowledge base"`` and carry no evidence.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from ..models import AllianceKind, Obligation, PartialDate
from ..models._base import ActorId, NonEmptyStr
from ._base import AnalysisModel

if TYPE_CHECKING:
    from ..knowledge import KnowledgeBase

__all__ = ["KnownAlliance", "KnownMember", "known_alliances"]


def _covers(
    start: PartialDate | None, end: PartialDate | None, first: _dt.date, last: _dt.date
) -> bool:
    """True when [start, end] meets the days first..last."""
    if start is not None and last < start.first_day:
        return False
    return not (end is not None and first > end.last_day)


class KnownMember(AnalysisModel):
    """A member state of a known alliance, for a time."""

    state: ActorId
    start: PartialDate | None = None
    end: PartialDate | None = None


class KnownAlliance(AnalysisModel):
    """An alliance from the knowledge base, with dated memberships."""

    id: ActorId
    name: NonEmptyStr
    organization: ActorId | None = None
    kind: AllianceKind
    obligations: tuple[Obligation, ...] = ()
    start: PartialDate | None = None
    end: PartialDate | None = None
    members: tuple[KnownMember, ...] = ()
    notes: str = ""

    def members_during(self, first: _dt.date, last: _dt.date) -> frozenset[str]:
        """States that are members at some time from ``first`` to ``last`` while it holds."""
        if not _covers(self.start, self.end, first, last):
            return frozenset()
        return frozenset(m.state for m in self.members if _covers(m.start, m.end, first, last))


def known_alliances(kb: KnowledgeBase | None = None) -> tuple[KnownAlliance, ...]:
    """The alliances of a knowledge base (armru's default one when None)."""
    from ..knowledge import KnowledgeBase

    base = kb if kb is not None else KnowledgeBase.default()
    return tuple(
        KnownAlliance(
            id=entry.id,
            name=entry.name,
            organization=entry.organization,
            kind=entry.kind,
            obligations=tuple(entry.obligations),
            start=entry.start,
            end=entry.end,
            members=tuple(
                KnownMember(state=m.state, start=m.start, end=m.end) for m in entry.members
            ),
            notes=entry.notes,
        )
        for entry in base.alliances
    )
