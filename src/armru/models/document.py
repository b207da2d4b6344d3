"""Documents and what was extracted from each: the unit armru reads and returns."""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterator
from typing import Self

from pydantic import model_validator

from ._base import ActorId, ArmruModel, NonEmptyStr
from .actor import Actor
from .alliance import Alliance
from .contract import DefenseContract
from .event import Event
from .evidence import Evidence
from .statement import Statement

__all__ = ["Document", "DocumentResult", "Mention", "MentionForm", "SkippedDocument"]


class Document(ArmruModel):
    """One news article: its id, publication date, title and body text."""

    id: NonEmptyStr
    """Stable id, by default the file name without its extension."""
    date: _dt.date
    """Publication date; relative dates in the body resolve against it."""
    title: str = ""
    body: NonEmptyStr
    """The text after the header; evidence offsets index into it."""
    source: str | None = None
    """Where it came from: a file path or an outlet name."""


class MentionForm(enum.StrEnum):
    """How the text refers to an actor."""

    NAME = "name"
    ALIAS = "alias"
    ADJECTIVE = "adjective"
    METONYM = "metonym"
    BODY = "body"
    ROLE = "role"
    SURNAME = "surname"
    PRONOUN = "pronoun"


class Mention(ArmruModel):
    """A span of text that refers to an actor."""

    actor: ActorId
    form: MentionForm
    evidence: Evidence


class SkippedDocument(ArmruModel):
    """A document a corpus run could not use, and why."""

    source: str
    reason: str
    location: str = ""


class DocumentResult(ArmruModel):
    """Everything extracted from one document, with the actors it refers to.

    The validator guarantees there are no dangling references: every actor id
    a fact or mention uses is one of :attr:`actors`, and every piece of
    evidence points into this document's body at the text it quotes.
    """

    document: Document
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    statements: tuple[Statement, ...] = ()
    contracts: tuple[DefenseContract, ...] = ()
    alliances: tuple[Alliance, ...] = ()
    events: tuple[Event, ...] = ()

    def _references(self) -> Iterator[tuple[str, ActorId]]:
        for index, actor in enumerate(self.actors):
            for role in actor.roles:
                yield f"actors[{index}].roles.of", role.of
                if role.to is not None:
                    yield f"actors[{index}].roles.to", role.to
        for index, mention in enumerate(self.mentions):
            yield f"mentions[{index}].actor", mention.actor
        for index, statement in enumerate(self.statements):
            yield f"statements[{index}].speaker", statement.speaker
            if statement.target is not None:
                yield f"statements[{index}].target", statement.target
        for index, contract in enumerate(self.contracts):
            yield f"contracts[{index}].buyer", contract.buyer
            yield f"contracts[{index}].supplier", contract.supplier
        for index, alliance in enumerate(self.alliances):
            for member in alliance.members:
                yield f"alliances[{index}].members", member
            if alliance.organization is not None:
                yield f"alliances[{index}].organization", alliance.organization
        for index, event in enumerate(self.events):
            for participant in event.participants:
                yield f"events[{index}].participants", participant

    def _evidence(self) -> Iterator[tuple[str, Evidence]]:
        for name in ("mentions", "statements", "contracts", "alliances", "events"):
            for index, fact in enumerate(getattr(self, name)):
                yield f"{name}[{index}].evidence", fact.evidence

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        known: set[str] = set()
        for index, actor in enumerate(self.actors):
            if actor.id in known:
                raise ValueError(f"actors[{index}].id: duplicate actor id {actor.id!r}")
            known.add(actor.id)
        for field, actor_id in self._references():
            if actor_id not in known:
                raise ValueError(f"{field}: actor {actor_id!r} is not among the result's actors")
        body = self.document.body
        for field, evidence in self._evidence():
            if evidence.document_id != self.document.id:
                raise ValueError(
                    f"{field}.document_id: {evidence.document_id!r} is not this document "
                    f"{self.document.id!r}"
                )
            if evidence.end > len(body):
                raise ValueError(
                    f"{field}.end: {evidence.end} lies outside the body ({len(body)} characters)"
                )
            if body[evidence.start : evidence.end] != evidence.text:
                raise ValueError(f"{field}.text: does not match the body at that span")
        return self

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (KeyError when absent)."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    @property
    def mentioned_actor_ids(self) -> tuple[str, ...]:
        """Ids of the actors the text itself mentions, in order of first mention."""
        return tuple(dict.fromkeys(mention.actor for mention in self.mentions))
