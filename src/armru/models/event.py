"""Events: dated happenings that frame a relationship (wars, offensives, summits...)."""

from __future__ import annotations

import enum

from ._base import ActorId, ArmruModel, NonEmptyStr
from .dates import PartialDate
from .evidence import Evidence

__all__ = ["Event", "EventKind"]


class EventKind(enum.StrEnum):
    """What happened."""

    WAR = "war"
    OFFENSIVE = "offensive"
    MILITARY_OPERATION = "military_operation"
    CLASH = "clash"
    CEASEFIRE = "ceasefire"
    SUMMIT = "summit"
    MEETING = "meeting"
    VISIT = "visit"
    TALKS = "talks"
    INTERVIEW = "interview"
    AGREEMENT_SIGNING = "agreement_signing"
    EXERCISE = "exercise"
    WITHDRAWAL = "withdrawal"
    DEPLOYMENT = "deployment"
    PROTEST = "protest"
    ELECTION = "election"
    SANCTIONS = "sanctions"
    RATIFICATION = "ratification"
    OTHER = "other"


class Event(ArmruModel):
    """An event the text reports, with its date as precisely as the text allows."""

    kind: EventKind
    label: NonEmptyStr
    """A short readable name: "2020 Nagorno-Karabakh war"."""
    date: PartialDate | None = None
    participants: tuple[ActorId, ...] = ()
    location: str | None = None
    """A place name (places are not actors: "Nagorno-Karabakh")."""
    evidence: Evidence
