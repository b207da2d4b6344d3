"""Alliances: named blocs and bilateral ties, with obligations as ATOP codes them."""

from __future__ import annotations

import enum
from typing import Annotated, Self

from pydantic import Field, model_validator

from ._base import ActorId, ArmruModel
from .dates import PartialDate
from .evidence import Evidence

__all__ = ["Alliance", "AllianceKind", "Obligation"]


class AllianceKind(enum.StrEnum):
    """How binding a tie is."""

    DEFENSE_PACT = "defense_pact"
    SECURITY_BLOC = "security_bloc"
    STRATEGIC_PARTNERSHIP = "strategic_partnership"
    OTHER = "other"


class Obligation(enum.StrEnum):
    """The ATOP (Leeds et al.) obligation types an alliance may carry."""

    DEFENSE = "defense"
    OFFENSE = "offense"
    NEUTRALITY = "neutrality"
    NON_AGGRESSION = "non_aggression"
    CONSULTATION = "consultation"


class Alliance(ArmruModel):
    """An alliance or partnership the text refers to, with its known members."""

    name: str | None = None
    """Name of the bloc or treaty; None for a bilateral characterisation ("strategic ally")."""
    organization: ActorId | None = None
    """The organization actor that embodies the alliance (the CSTO), if any."""
    members: Annotated[tuple[ActorId, ...], Field(min_length=2)]
    """Member states (from the knowledge base for named blocs, from the text otherwise)."""
    kind: AllianceKind
    obligations: tuple[Obligation, ...] = ()
    """ATOP obligation types; empty when the text and knowledge base name none."""
    start: PartialDate | None = None
    end: PartialDate | None = None
    evidence: Evidence

    @model_validator(mode="after")
    def _check(self) -> Self:
        if len(set(self.members)) < 2:
            raise ValueError("members: an alliance needs at least two distinct members")
        if len(set(self.members)) != len(self.members):
            raise ValueError("members: a member is listed twice")
        if len(set(self.obligations)) != len(self.obligations):
            raise ValueError("obligations: an obligation is listed twice")
        if self.start is not None and self.end is not None and self.end.before(self.start):
            raise ValueError(f"end: {self.end} is before start {self.start}")
        return self
