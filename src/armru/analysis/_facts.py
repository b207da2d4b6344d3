"""Facts flattened out of parse results, placed on a day and sorted deterministically.

Every analysis starts here. Sorting by a key built from the facts' content
(never their position in the input) is what makes every result independent
of the order of documents and of facts within them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ..models import (
    Actor,
    Alliance,
    DefenseContract,
    DocumentResult,
    Event,
    Evidence,
    PartialDate,
    Statement,
)
from ._vocab import FactKind
from .dyad import Window
from .known import KnownAlliance

__all__ = ["Corpus", "Fact", "Group", "dedupe", "place", "summarize"]

FactItem = Statement | DefenseContract | Alliance | Event


def place(date: PartialDate | None, published: _dt.date) -> _dt.date:
    """The day a fact is placed on.

    The document's date when the fact has none, or when its own (partial) date
    covers the publication day (a report on "this month" is dated by the report);
    otherwise the first day its own date may denote.
    """
    if date is None or date.contains(PartialDate.from_date(published)):
        return published
    return date.first_day


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact of one document, with the day it is placed on."""

    kind: FactKind
    item: FactItem
    when: _dt.date
    document_id: str
    published: _dt.date
    actors: Mapping[str, Actor]
    order: tuple[_dt.date, str, str, int, int, str]

    @property
    def evidence(self) -> Evidence:
        return self.item.evidence

    def actor(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def name(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id)
        return actor.name if actor is not None else actor_id


def _make(
    kind: FactKind,
    item: FactItem,
    when: _dt.date,
    result: DocumentResult,
    actors: Mapping[str, Actor],
) -> Fact:
    evidence = item.evidence
    order = (
        when,
        result.document.id,
        kind.value,
        evidence.start,
        evidence.end,
        item.model_dump_json(),
    )
    return Fact(kind, item, when, result.document.id, result.document.date, actors, order)


def _facts_of(result: DocumentResult) -> Iterable[Fact]:
    published = result.document.date
    actors = MappingProxyType({actor.id: actor for actor in result.actors})
    for statement in result.statements:
        yield _make(FactKind.STATEMENT, statement, place(statement.date, published), result, actors)
    for contract in result.contracts:
        yield _make(FactKind.CONTRACT, contract, place(contract.date, published), result, actors)
    for alliance in result.alliances:
        # An alliance is placed on the day it was reported; its own start and end
        # bound when it holds, not when the report was made.
        yield _make(FactKind.ALLIANCE, alliance, published, result, actors)
    for event in result.events:
        yield _make(FactKind.EVENT, event, place(event.date, published), result, actors)


@dataclass(frozen=True, slots=True)
class Corpus:
    """All facts of a set of results, sorted by their content-derived key."""

    facts: tuple[Fact, ...]
    known: tuple[KnownAlliance, ...] = ()
    """Alliances known from outside the corpus (sorted by id)."""

    @classmethod
    def of(
        cls,
        results: DocumentResult | Iterable[DocumentResult],
        known: Iterable[KnownAlliance] = (),
    ) -> Corpus:
        if isinstance(results, DocumentResult):
            results = (results,)
        facts = [fact for result in results for fact in _facts_of(result)]
        facts.sort(key=lambda fact: fact.order)
        ordered = sorted(known, key=lambda k: (k.id, k.model_dump_json()))
        return cls(tuple(facts), tuple(ordered))

    @property
    def latest(self) -> _dt.date | None:
        """The latest publication date of a document with facts (not a fact's own
        date, which may lie in the future: "talks planned for next spring")."""
        return max((fact.published for fact in self.facts), default=None)

    def within(self, window: Window) -> list[Fact]:
        return [fact for fact in self.facts if window.contains(fact.when)]

    def of_kind(self, kind: FactKind) -> list[Fact]:
        return [fact for fact in self.facts if fact.kind is kind]


@dataclass(frozen=True, slots=True)
class Group:
    """Reports of one fact: the first by sort key stands for all."""

    fact: Fact
    also_reported_in: tuple[str, ...]


def dedupe(facts: Sequence[Fact], key: Callable[[Fact], Hashable]) -> list[Group]:
    """Group facts with equal ``key``; ``facts`` must already be sorted."""
    groups: dict[Hashable, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(key(fact), []).append(fact)
    result = []
    for members in groups.values():
        first = members[0]
        others = sorted({m.document_id for m in members[1:]} - {first.document_id})
        result.append(Group(first, tuple(others)))
    result.sort(key=lambda group: group.fact.order)
    return result


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def summarize(fact: Fact) -> str:
    """A readable one-line account of a fact."""
    item = fact.item
    if isinstance(item, Statement):
        target = f" → {fact.name(item.target)}" if item.target is not None else ""
        text = f"{fact.name(item.speaker)} {item.verb}{target}"
        if item.denial:
            text += " (denial)"
        content = _clip(item.content) if item.content.strip() else ""
        return f"{text}: {content}" if content else text
    if isinstance(item, DefenseContract):
        what = ", ".join(item.items) if item.items else "arms"
        text = f"{fact.name(item.buyer)} buys {_clip(what, 60)} from {fact.name(item.supplier)}"
        text += f" ({item.status.value}"
        return text + (f", {item.value})" if item.value is not None else ")")
    if isinstance(item, Alliance):
        label = item.name or f"bilateral {item.kind.value.replace('_', ' ')}"
        return f"{label} ({', '.join(sorted(item.members))})"
    return f"{item.kind.value}: {_clip(item.label, 70)}"
