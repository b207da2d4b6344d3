"""Documents and what was extracted from each: the unit armru reads and returns."""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Iterator
from typing import Self

from pydantic import TypeAdapter, ValidationError, model_validator

from ..errors import ModelDataError
from ._base import ActorId, ArmruModel, NonEmptyStr
from .actor import Actor
from .alliance import Alliance
from .contract import DefenseContract
from .event import Event
from .evidence import Evidence
from .statement import Statement

__all__ = [
    "Document",
    "DocumentResult",
    "Mention",
    "MentionForm",
    "SkippedDocument",
    "load_result_json",
    "load_results_json",
]


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

    def _valid_quickly(self) -> bool:
        """Whether every invariant holds, tested without building field paths.

        Parsing validates every result it builds, so the common case must be
        cheap; only a result that fails is walked again to name the bad field.
        """
        known = {actor.id for actor in self.actors}
        if len(known) != len(self.actors):
            return False
        used: set[str] = {mention.actor for mention in self.mentions}
        for actor in self.actors:
            used.update(role.of for role in actor.roles)
            used.update(role.to for role in actor.roles if role.to is not None)
        for statement in self.statements:
            used.add(statement.speaker)
            if statement.target is not None:
                used.add(statement.target)
        for contract in self.contracts:
            used.add(contract.buyer)
            used.add(contract.supplier)
        for alliance in self.alliances:
            used.update(alliance.members)
            if alliance.organization is not None:
                used.add(alliance.organization)
        for event in self.events:
            used.update(event.participants)
        if not used <= known:
            return False
        body = self.document.body
        document_id = self.document.id
        for name in ("mentions", "statements", "contracts", "alliances", "events"):
            for fact in getattr(self, name):
                evidence = fact.evidence
                if (
                    evidence.document_id != document_id
                    or body[evidence.start : evidence.end] != evidence.text
                    or evidence.end > len(body)
                ):
                    return False
        return True

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self._valid_quickly():
            return self
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


# -- loading results someone else wrote ------------------------------------------------------

_VALUE_ERROR_FIELD = re.compile(r"Value error, ([A-Za-z_][\w.\[\]]*): ")
_RESULT_LIST: TypeAdapter[list[DocumentResult]] = TypeAdapter(list[DocumentResult])


def _model_error(error: ValidationError, source: str | None, prefix: str = "") -> ModelDataError:
    first = error.errors(include_url=False)[0]
    message = first["msg"]
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
    found = _VALUE_ERROR_FIELD.match(message)
    if found is not None:  # the result's own cross-field checks name the field in the message
        path += ("." if path else "") + found[1]
        message = message[found.end() :]
    field = (prefix + path).lstrip(".") or None
    return ModelDataError(message, file=source, field=field)


def load_result_json(text: str | bytes, *, source: str | None = None) -> DocumentResult:
    """One :class:`DocumentResult` from JSON text, fully validated.

    Input is treated as untrusted: it is parsed as JSON only (never
    unpickled or evaluated), every field is checked, and so are the result's
    invariants (no dangling actor ids, every evidence span quoting the body).
    Anything wrong raises :class:`~armru.ModelDataError` whose ``field`` is the
    path to the first bad value.

    >>> try:
    ...     load_result_json('{"document": {"id": "d", "date": "2023-02-30", "body": "x"}}')
    ... except ModelDataError as error:
    ...     print(error.field)
    document.date
    """
    try:
        return DocumentResult.model_validate_json(text)
    except ValidationError as error:
        raise _model_error(error, source) from None


def load_results_json(text: str | bytes, *, source: str | None = None) -> list[DocumentResult]:
    """Results from a JSON array or JSON Lines (what ``armru parse`` writes), validated.

    Errors name the result: ``[3].statements[0].speaker`` in an array, the
    line number in JSON Lines.
    """
    raw = text.decode("utf-8", errors="replace") if isinstance(text, bytes) else text
    if raw.lstrip().startswith("["):
        try:
            return _RESULT_LIST.validate_json(text)
        except ValidationError as error:
            raise _model_error(error, source) from None
    results: list[DocumentResult] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            results.append(DocumentResult.model_validate_json(line))
        except ValidationError as error:
            problem = _model_error(error, source)
            raise ModelDataError(
                problem.message, file=source or "JSON Lines", line=number, field=problem.field
            ) from None
    return results
