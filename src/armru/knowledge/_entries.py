"""The shapes of knowledge-base file entries, validated on load."""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import Field, StringConstraints, model_validator

from ..models import ActorKind, AllianceKind, EventKind, Obligation, PartialDate, Polarity, Rank
from ..models._base import ActorId, ArmruModel, CountryCode, NonEmptyStr

Phrase = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class StateEntry(ArmruModel):
    id: CountryCode
    name: NonEmptyStr
    aliases: tuple[Phrase, ...] = ()
    adjectives: tuple[Phrase, ...] = ()
    metonyms: tuple[Phrase, ...] = ()


class OrganizationEntry(ArmruModel):
    id: ActorId
    name: NonEmptyStr
    kind: Literal[ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.MILITARY] = (
        ActorKind.ORGANIZATION
    )
    country: CountryCode | None = None
    aliases: tuple[Phrase, ...] = ()
    metonyms: tuple[Phrase, ...] = ()
    """Seats that stand for it ("Brussels" for the EU); after "in" they are places."""


class MediaEntry(ArmruModel):
    id: ActorId
    name: NonEmptyStr
    country: CountryCode | None = None
    aliases: tuple[Phrase, ...] = ()


class RoleEntry(ArmruModel):
    title: NonEmptyStr
    rank: Rank
    forms: tuple[Phrase, ...] = ()


class _Dated(ArmruModel):
    """An entry with an optional start and end; the end may not come before the start."""

    start: PartialDate | None = None
    end: PartialDate | None = None

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Self:
        if self.start is not None and self.end is not None and self.end.before(self.start):
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class PersonRoleEntry(_Dated):
    title: NonEmptyStr
    of: ActorId
    to: ActorId | None = None


class PersonEntry(ArmruModel):
    id: ActorId
    name: NonEmptyStr
    country: CountryCode | None = None
    aliases: tuple[Phrase, ...] = ()
    roles: tuple[PersonRoleEntry, ...] = ()


class BodyEntry(ArmruModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")]
    name: NonEmptyStr
    kind: Literal[ActorKind.ORGANIZATION, ActorKind.MILITARY, ActorKind.STATE, ActorKind.GROUP]
    is_state: bool = False
    local: bool = False
    """A group of the country the text is about ("the opposition", "protesters"): with no
    state named, it belongs to the state the document has named most so far."""
    own_target: bool = False
    """A force with a mandate of its own abroad ("peacekeepers"): words about it are
    about its mission, so as a statement's target it stands for itself, not its state."""
    forms: tuple[Phrase, ...] = ()
    proper_forms: dict[Phrase, CountryCode] = Field(default_factory=dict)
    """Forms that name one state's body ("State Duma", "State Department") → that state.

    They stand for that state's body when the text names no state, and are forms too."""


class VerbEntry(ArmruModel):
    lemma: NonEmptyStr
    forms: tuple[Phrase, ...] = ()
    nouns: tuple[Phrase, ...] = ()
    cameo: Annotated[str, StringConstraints(pattern=r"^\d{2,4}$")]
    polarity: Polarity
    denial: bool = False


class MemberEntry(_Dated):
    state: CountryCode


class AllianceEntry(_Dated):
    id: ActorId
    name: NonEmptyStr
    organization: ActorId | None = None
    kind: AllianceKind
    obligations: tuple[Obligation, ...] = ()
    members: tuple[MemberEntry, ...] = ()
    aliases: tuple[Phrase, ...] = ()
    """Other names of a treaty as the press writes them ("the Shusha Declaration")."""
    notes: str = ""


class PlaceEntry(ArmruModel):
    """A place that is not an actor, with the states that contest or hold it."""

    name: NonEmptyStr
    aliases: tuple[Phrase, ...] = ()
    country: CountryCode | None = None
    parties: tuple[CountryCode, ...] = ()


class EventTriggerEntry(ArmruModel):
    kind: EventKind
    nouns: tuple[Phrase, ...] = ()
    verbs: tuple[Phrase, ...] = ()


class CueEntry(ArmruModel):
    """Cue words for one decision of the extractors (see lexicon.json)."""

    name: NonEmptyStr
    phrases: tuple[Phrase, ...] = Field(min_length=1)


class NamedWarEntry(ArmruModel):
    """A war the press calls by a name that dates it: "the 44-day war" was fought in 2020,
    "the five-day war" in August 2008."""

    name: NonEmptyStr
    aliases: tuple[Phrase, ...] = ()
    date: PartialDate


class ConflictEntry(ArmruModel):
    """Two states in an armed conflict: an event of these kinds involving one involves both."""

    parties: Annotated[tuple[CountryCode, ...], Field(min_length=2)]
    kinds: tuple[EventKind, ...] = ()
    wars: tuple[NamedWarEntry, ...] = ()
    """The conflict's wars known by a name ("the 44-day war")."""


class WeaponEntry(ArmruModel):
    """A weapon system by name, with the state whose industry makes it.

    "Pinaka" in a sentence tells a reader the supplier is India even when the
    sentence does not name India.
    """

    name: NonEmptyStr
    aliases: tuple[Phrase, ...] = ()
    maker: CountryCode
    category: str = ""
