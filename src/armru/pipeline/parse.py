"""The whole pipeline: a document in, a validated :class:`~armru.DocumentResult` out.

Output is deterministic: two runs over the same input give byte-identical
JSON (facts in text order, actors and mentions sorted). A corpus may be
parsed by several processes; results come back in input order, identical
to a sequential run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from pydantic import ValidationError

from ..errors import ArmruError, KnowledgeBaseError, ModelDataError
from ..knowledge import KnowledgeBase
from ..models import (
    Actor,
    Document,
    DocumentResult,
    Mention,
    PartialDate,
    Precision,
    SkippedDocument,
)
from ._facts import evidence, trusted
from .alliances import extract_alliances
from .contracts import extract_contracts
from .events import extract_events
from .mentions import SentenceAnalysis, find_mentions
from .read import iter_corpus, read_text
from .sentences import split_sentences
from .statements import extract_statements
from .temporal import DateMention, day_heading, find_dates, live_stamp

__all__ = ["parse_corpus", "parse_document", "parse_text"]


def _mentions(analyses: list[SentenceAnalysis], document_id: str) -> list[Mention]:
    # Sorted as spans, before any model is built: a span's start and end are its
    # evidence's (the offsets of its first and last token), and the sort is stable.
    spans = [
        (span, analysis) for analysis in analyses for span in (*analysis.mentions, *analysis.nested)
    ]
    spans.sort(key=lambda pair: (pair[0].start, pair[0].end, pair[0].actor_id))
    return [
        trusted(
            Mention,
            {
                "actor": span.actor_id,
                "form": span.form,
                "evidence": evidence(analysis, span.first, span.last, document_id),
            },
        )
        for span, analysis in spans
    ]


def parse_document(document: Document, kb: KnowledgeBase | None = None) -> DocumentResult:
    """Extract every fact from one document, each with its evidence.

    >>> from armru.pipeline.read import read_text
    >>> doc = read_text(" date 2023-12-28 T\\n\\nLavrov criticized Armenia.", doc_id="d")
    >>> [(s.speaker, s.target, s.verb) for s in parse_document(doc).statements]
    [('sergey-lavrov', 'ARM', 'criticize')]
    """
    kb = kb or KnowledgeBase.default()
    today = PartialDate.from_date(document.date)
    sentences = split_sentences(document.body)
    analyses, actors = find_mentions(sentences, kb, today)
    date_mentions: dict[int, list[DateMention]] = {}
    day_dates: dict[int, PartialDate] = {}
    analysed = {analysis.sentence.number for analysis in analyses}
    current = document.date  # a live blog's day headings move it
    for sentence in sentences:
        if sentence.is_heading:
            current = day_heading(sentence.text, document.date) or current
            continue
        if sentence.number not in analysed:
            continue
        found = find_dates(sentence.text, current, sentence.start)
        if not found:
            found = live_stamp(sentence.text, current, sentence.start)
        date_mentions[sentence.number] = found
        days = [
            d.date for d in found if d.date.precision is Precision.DAY and not today.before(d.date)
        ]
        if days:
            day_dates[sentence.number] = days[0]
    statements = extract_statements(analyses, actors, kb, document.id, day_dates, today)
    speakers: dict[int, list[str]] = {}
    for statement in statements:
        state = actors[statement.speaker].state
        if state is not None:
            speakers.setdefault(statement.evidence.sentence, []).append(state)
    sentence_dates = {
        number: found[0].date
        for number, found in date_mentions.items()
        if found and not found[0].text.lower().startswith("recent")
    }
    contracts = extract_contracts(analyses, actors, kb, document.id, speakers, sentence_dates)
    alliances = extract_alliances(analyses, actors, kb, document.id, today)
    events = extract_events(analyses, actors, kb, document.id, date_mentions, today)
    mentions = _mentions(analyses, document.id)
    referenced: dict[str, None] = {}
    for mention in mentions:
        referenced[mention.actor] = None
    for statement in statements:
        referenced[statement.speaker] = None
        if statement.target:
            referenced[statement.target] = None
    for contract in contracts:
        referenced[contract.buyer] = None
        referenced[contract.supplier] = None
    for alliance in alliances:
        referenced.update(dict.fromkeys(alliance.members))
        if alliance.organization:
            referenced[alliance.organization] = None
    for event in events:
        referenced.update(dict.fromkeys(event.participants))
    pending = list(referenced)
    chosen: dict[str, Actor] = {}
    while pending:
        actor_id = pending.pop()
        if actor_id in chosen:
            continue
        actor = actors.get(actor_id) or kb.actors[actor_id]
        chosen[actor_id] = actor
        for role in actor.roles:
            pending.append(role.of)
            if role.to:
                pending.append(role.to)
    try:
        return DocumentResult(
            document=document,
            actors=tuple(sorted(chosen.values(), key=lambda a: a.id)),
            mentions=tuple(mentions),
            statements=tuple(statements),
            contracts=tuple(contracts),
            alliances=tuple(alliances),
            events=tuple(events),
        )
    except ValidationError as error:
        raise ModelDataError(
            f"extraction produced an inconsistent result: {error.errors()[0]['msg']}",
            file=document.source or document.id,
        ) from None


def parse_text(
    text: str, *, doc_id: str = "document", kb: KnowledgeBase | None = None
) -> DocumentResult:
    """Read a document in the seed format from text and parse it."""
    return parse_document(read_text(text, doc_id=doc_id), kb)


def _parse_or_skip(item: Document | SkippedDocument) -> DocumentResult | SkippedDocument:
    if isinstance(item, SkippedDocument):
        return item
    try:
        return parse_document(item)
    except KnowledgeBaseError:
        raise
    except ArmruError as error:
        return SkippedDocument(
            source=item.source or item.id, reason=error.message, location=error.location
        )


def parse_corpus(
    sources: Iterable[str | os.PathLike[str] | tuple[str, str]],
    *,
    kb: KnowledgeBase | None = None,
    workers: int = 1,
    chunk_size: int = 64,
) -> Iterator[DocumentResult | SkippedDocument]:
    """Parse files, folders or ``(id, text)`` pairs, streaming, in input order.

    A document that cannot be read or parsed is yielded as a
    :class:`~armru.SkippedDocument` with its reason; the others are parsed.
    With ``workers > 1`` documents are parsed by that many processes (each
    loads the bundled knowledge base; a custom ``kb`` needs ``workers=1``).
    """
    documents = iter_corpus(sources)
    if workers <= 1:
        for item in documents:
            if isinstance(item, SkippedDocument) or kb is None:
                yield _parse_or_skip(item)
                continue
            try:
                yield parse_document(item, kb)
            except KnowledgeBaseError:
                raise
            except ArmruError as error:
                yield SkippedDocument(
                    source=item.source or item.id, reason=error.message, location=error.location
                )
        return
    if kb is not None:
        raise ValueError("a custom knowledge base can only be used with workers=1")
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while True:
            batch = list(islice(documents, chunk_size * workers))
            if not batch:
                break
            yield from pool.map(_parse_or_skip, batch, chunksize=chunk_size)
