"""Actors: states, people, organizations, media, military units and groups.

People hold roles for a time; "the Russian foreign minister" means a
different person in 2003 and in 2023, so each :class:`Role` is bounded by
dates and :meth:`Actor.roles_on` answers "which roles on this day".
"""

from __future__ import annotations

import enum
from typing import Self

from pydantic import model_validator

from ._base import ActorId, ArmruModel, CountryCode, NonEmptyStr
from .dates import PartialDate

__all__ = ["Actor", "ActorKind", "Rank", "Role"]


class ActorKind(enum.StrEnum):
    """What kind of thing an actor is."""

    STATE = "state"
    PERSON = "person"
    ORGANIZATION = "organization"
    MEDIA = "media"
    MILITARY = "military"
    GROUP = "group"


class Rank(enum.StrEnum):
    """How much a role speaks for its state; tension indicators weight by it."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    MINISTER = "minister"
    DEPUTY_MINISTER = "deputy_minister"
    AMBASSADOR = "ambassador"
    SPOKESPERSON = "spokesperson"
    MILITARY = "military"
    LEGISLATOR = "legislator"
    OFFICIAL = "official"


class Role(ArmruModel):
    """A title held for a time: "Ambassador of Russia to Armenia, since 2018-08"."""

    title: NonEmptyStr
    """Canonical title, e.g. "Foreign Minister", "Ambassador"."""
    rank: Rank = Rank.OFFICIAL
    """The rank class of the title."""
    of: ActorId
    """The state or organization the role belongs to."""
    to: ActorId | None = None
    """For envoys, the host state or organization."""
    start: PartialDate | None = None
    """First day in the role, as precisely as known; None when unknown."""
    end: PartialDate | None = None
    """Last day in the role; None while the role is held."""

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Self:
        if self.start is not None and self.end is not None and self.end.before(self.start):
            raise ValueError(f"end: {self.end} is before start {self.start}")
        return self

    def held_on(self, date: PartialDate) -> bool:
        """True when the role may have been held on ``date``."""
        if self.start is not None and date.before(self.start):
            return False
        return not (self.end is not None and self.end.before(date))

    def describe(self) -> str:
        """A readable title: "Ambassador of RUS to ARM"."""
        text = f"{self.title} of {self.of}"
        return f"{text} to {self.to}" if self.to else text


class Actor(ArmruModel):
    """Anyone who acts or is acted upon in the news: a state, person, body, outlet."""

    id: ActorId
    """Stable id: ISO 3166-1 alpha-3 for states ("ARM"), a slug for others."""
    name: NonEmptyStr
    """Canonical English name."""
    kind: ActorKind
    country: CountryCode | None = None
    """The state the actor belongs to or is (ISO 3166-1 alpha-3); None for blocs."""
    aliases: tuple[NonEmptyStr, ...] = ()
    """Other names and spellings the press uses."""
    roles: tuple[Role, ...] = ()
    """Time-bounded roles, for people."""

    @model_validator(mode="after")
    def _state_is_its_own_country(self) -> Self:
        if self.kind is ActorKind.STATE and self.country is not None and self.country != self.id:
            raise ValueError(f"country: a state's country must be its own id {self.id!r}")
        return self

    def roles_on(self, date: PartialDate | None) -> tuple[Role, ...]:
        """Roles that may have been held on ``date`` (all of them when date is None)."""
        if date is None:
            return self.roles
        return tuple(role for role in self.roles if role.held_on(date))

    @property
    def state(self) -> str | None:
        """The state this actor counts for in a dyad: itself, or its country."""
        return self.id if self.kind is ActorKind.STATE else self.country
