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
    """An election or referendum, or a vote in parliament."""
    SANCTIONS = "sanctions"
    RATIFICATION = "ratification"
    SUSPENSION = "suspension"
    """A party freezes or suspends its participation (Armenia in the CSTO, 2024), or bans
    flights (Russia to Georgia, 2019)."""
    SUMMONS = "summons"
    """A diplomat is summoned to a foreign ministry."""
    PHONE_CALL = "phone_call"
    DISPLACEMENT = "displacement"
    """People flee or are expelled (the 2023 exodus from Nagorno-Karabakh)."""
    ADDRESS = "address"
    """A leader speaks to the nation or an assembly (a televised address, a speech)."""
    DECISION = "decision"
    """A government or body decides, approves or stops doing something (stops paying dues),
    or applies to join a bloc."""
    DELIVERY = "delivery"
    """Weapons or goods are delivered or arrive."""
    SESSION = "session"
    """A session of a parliament, council or other body."""
    APPOINTMENT = "appointment"
    """Someone is appointed or named to a post, or takes office (an inauguration)."""
    OPENING = "opening"
    """A consulate, embassy, office or crossing opens."""
    RECALL = "recall"
    """An ambassador or envoy is recalled."""
    RECOGNITION = "recognition"
    """A state recognises the independence or sovereignty of another (or of a region)."""
    ARREST = "arrest"
    """People are arrested or detained."""
    WARRANT = "warrant"
    """An arrest warrant is issued."""
    CRASH = "crash"
    """An aircraft crashes."""
    SHOOTDOWN = "shootdown"
    """An aircraft is shot down."""
    MISSION = "mission"
    """A fact-finding or assessment mission is sent."""
    CANCELLATION = "cancellation"
    """A planned visit, event, flight or deal is called off, or a party pulls out of a
    meeting or summit."""
    PARADE = "parade"
    """A military parade, where weapons are put on show."""
    APOLOGY = "apology"
    """A leader or government apologises to another (also a statement)."""
    APPEAL = "appeal"
    """A party formally asks another for help, or appeals to a bloc or a council (Armenia
    to the CSTO, 2022)."""
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
