"""Score extraction against hand annotations ("gold" files).

The gold layout is plain JSON an analyst can write by hand (see
``docs/extraction.rst``): per document its actors, statements, contracts,
alliances and events, with canonical names. Names are resolved to actor
ids through the parse result (in any common romanisation: a gold
"Gevorgyan" is the text's "Gevorgian") and the knowledge base, so a gold
file never needs armru's ids. Items marked ``"optional": true`` are borderline: an
extractor is neither credited nor penalised for them.

Matching rules, per fact kind:

* actors: the set of actors the text mentions;
* statements: same speaker and target, sentence numbers at most 2 apart
  (sentence counting differs between annotators around quotes);
  ``statement_speakers`` scores the speaker alone;
* contracts: same buyer and supplier;
* alliances: the same named bloc, or for a bilateral tie the same members;
* events: same kind, compatible dates (one contains the other) and, where
  both list participants, at least one in common.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError

from ._text import fold
from .errors import ArmruError, EvaluationError
from .knowledge import KnowledgeBase
from .knowledge.base import _transliterations
from .models import DocumentResult, PartialDate, SkippedDocument
from .models._base import ArmruModel
from .pipeline.parse import parse_corpus

__all__ = [
    "EvaluationReport",
    "KindScore",
    "evaluate",
    "load_gold",
    "score_document",
]

_EVENT_KIND_SYNONYMS = {
    "signing": "agreement_signing",
    "initialling": "agreement_signing",
    "initialing": "agreement_signing",
    "agreement": "agreement_signing",
    "attack": "clash",
    "raid": "clash",
    "border_incident": "clash",
    "negotiations": "talks",
    "dialogue": "talks",
    "vote": "election",
    "freeze": "suspension",
    "call": "phone_call",
    "summoning": "summons",
    "exodus": "displacement",
}
"""Gold files are hand-written; common synonyms of armru's event kinds are accepted."""

FACT_KINDS = ("actors", "statements", "statement_speakers", "contracts", "alliances", "events")


class _GoldModel(ArmruModel):
    model_config = ArmruModel.model_config | {"extra": "ignore"}


class GoldActor(_GoldModel):
    name: str
    kind: str | None = None
    country: str | None = None
    role: str | None = None
    aliases_in_text: tuple[str, ...] = ()
    optional: bool = False


class GoldStatement(_GoldModel):
    speaker: str
    target: str | None = None
    polarity: Literal["positive", "negative", "neutral"] | None = None
    verb: str | None = None
    sentence: Annotated[int, Field(ge=1)]
    summary: str = ""
    optional: bool = False


class GoldContract(_GoldModel):
    buyer: str
    seller: str
    value_usd: float | None = None
    status: str | None = None
    items: str | list[str] | None = None
    optional: bool = False


class GoldAlliance(_GoldModel):
    name: str | None = None
    members_mentioned: tuple[str, ...] = ()
    kind: str | None = None
    optional: bool = False


class GoldEvent(_GoldModel):
    kind: str
    label: str = ""
    date: str | None = None
    participants: tuple[str, ...] = ()
    optional: bool = False


class GoldDocument(_GoldModel):
    """One hand-annotated document."""

    id: str
    file: str | None = None
    date: str | None = None
    actors: tuple[GoldActor, ...] = ()
    statements: tuple[GoldStatement, ...] = ()
    contracts: tuple[GoldContract, ...] = ()
    alliances: tuple[GoldAlliance, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    relationship: dict[str, Any] | None = None


class KindScore(ArmruModel):
    """Precision, recall and F1 for one fact kind, with what was missed and extra."""

    kind: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: tuple[str, ...] = ()
    extras: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: KindScore) -> KindScore:
        return KindScore(
            kind=self.kind,
            true_positives=self.true_positives + other.true_positives,
            false_positives=self.false_positives + other.false_positives,
            false_negatives=self.false_negatives + other.false_negatives,
            misses=self.misses + other.misses,
            extras=self.extras + other.extras,
        )


class DocumentScore(ArmruModel):
    """Scores of one document."""

    document_id: str
    kinds: tuple[KindScore, ...]


class EvaluationReport(ArmruModel):
    """Scores over a set of annotated documents, per kind and per document."""

    documents: tuple[DocumentScore, ...] = ()
    skipped: tuple[SkippedDocument, ...] = ()
    unmatched_gold: tuple[str, ...] = ()

    def total(self, kind: str) -> KindScore:
        """Micro-averaged score of one kind over all documents."""
        score = KindScore(kind=kind)
        for document in self.documents:
            for item in document.kinds:
                if item.kind == kind:
                    score = score + item
        return score

    def summary(self) -> dict[str, dict[str, float]]:
        """Precision, recall and F1 per kind, as plain data."""
        return {
            kind: {
                "precision": round(self.total(kind).precision, 4),
                "recall": round(self.total(kind).recall, 4),
                "f1": round(self.total(kind).f1, 4),
            }
            for kind in FACT_KINDS
        }

    def render(self, *, details: bool = True) -> str:
        """A readable table, then misses and extras."""
        lines = [f"{'kind':<20}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for kind in FACT_KINDS:
            s = self.total(kind)
            lines.append(
                f"{kind:<20}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                f"{s.true_positives:>6}{s.false_positives:>6}{s.false_negatives:>6}"
            )
        if details:
            for document in self.documents:
                for score in document.kinds:
                    for miss in score.misses:
                        lines.append(f"  miss  {document.document_id} {score.kind}: {miss}")
                    for extra in score.extras:
                        lines.append(f"  extra {document.document_id} {score.kind}: {extra}")
        for item in self.skipped:
            lines.append(f"  skipped {item.location}: {item.reason}")
        for gold in self.unmatched_gold:
            lines.append(f"  gold without document: {gold}")
        return "\n".join(lines)


def load_gold(path: str | os.PathLike[str]) -> GoldDocument:
    """Read and validate one gold file."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as error:
        raise EvaluationError(
            f"not valid JSON: {error.msg}", file=file, line=error.lineno
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationError(f"cannot read gold file: {error}", file=file) from None
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, [[[[...]]]]
        raise EvaluationError(f"not usable JSON: {error}", file=file) from None
    try:
        gold = GoldDocument.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise EvaluationError(first["msg"], file=file, field=field) from None
    names = {fold(actor.name) for actor in gold.actors}
    references: list[tuple[str, str]] = []
    for index, statement in enumerate(gold.statements):
        references.append((f"statements.{index}.speaker", statement.speaker))
        if statement.target:
            references.append((f"statements.{index}.target", statement.target))
    for index, contract in enumerate(gold.contracts):
        references += [
            (f"contracts.{index}.buyer", contract.buyer),
            (f"contracts.{index}.seller", contract.seller),
        ]
    for index, event in enumerate(gold.events):
        references += [(f"events.{index}.participants", p) for p in event.participants]
    for field, name in references:
        if fold(name) not in names:
            raise EvaluationError(
                f"{name!r} is not among the file's actors", file=file, field=field
            )
    return gold


class _Resolver:
    """Maps a gold actor name to the id the parse result uses for it."""

    def __init__(self, gold: GoldDocument, result: DocumentResult, kb: KnowledgeBase) -> None:
        self.ids: dict[str, str] = {}
        by_name: dict[str, str] = {}
        for actor in result.actors:
            for name in (actor.name, *actor.aliases):
                by_name.setdefault(fold(name), actor.id)
        mention_texts: dict[str, str] = {}
        for mention in result.mentions:
            mention_texts.setdefault(
                fold(mention.evidence.text).removeprefix("the "), mention.actor
            )
        for entry in gold.actors:
            key = fold(entry.name)
            # The annotator's spelling of a name may be another romanisation of the
            # one the text (and so the parse) uses: Gevorgyan, Gevorgian.
            found = next(
                (
                    by_name[fold(variant)]
                    for variant in _transliterations(entry.name)
                    if fold(variant) in by_name
                ),
                None,
            )
            if found is None:
                try:
                    found = kb.resolve(entry.name).id
                except ArmruError:
                    found = None
            if found is None:
                for alias in entry.aliases_in_text:
                    found = mention_texts.get(fold(alias).removeprefix("the "))
                    if found is not None:
                        break
            self.ids[key] = found or f"gold:{entry.name}"
        # An optional actor that resolves to a required one ("Armenian soldiers" are
        # Armenia) must not make the required one optional too.
        required = {self(a.name) for a in gold.actors if not a.optional}
        self.optional = {self(a.name) for a in gold.actors if a.optional} - required

    def __call__(self, name: str | None) -> str:
        if name is None:
            return ""
        return self.ids.get(fold(name), f"gold:{name}")


def _greedy(
    gold: Sequence[Any],
    predicted: Sequence[Any],
    cost: Callable[[Any, Any], float | None],
) -> list[tuple[int, int]]:
    pairs = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            c = cost(g, p)
            if c is not None:
                pairs.append((c, g_index, p_index))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches: list[tuple[int, int]] = []
    for _, g_index, p_index in pairs:
        if g_index in used_g or p_index in used_p:
            continue
        used_g.add(g_index)
        used_p.add(p_index)
        matches.append((g_index, p_index))
    return matches


def _score(
    kind: str,
    gold: Sequence[Any],
    predicted: Sequence[Any],
    cost: Callable[[Any, Any], float | None],
    describe_gold: Callable[[Any], str],
    describe_predicted: Callable[[Any], str],
) -> KindScore:
    # Required items first: an optional one ("neither credited nor penalised") must
    # not take the prediction a required one needs, only absorb what is left.
    required = [i for i, g in enumerate(gold) if not getattr(g, "optional", False)]
    optional = [i for i, g in enumerate(gold) if getattr(g, "optional", False)]
    matches = [(required[g], p) for g, p in _greedy([gold[i] for i in required], predicted, cost)]
    taken = {p for _, p in matches}
    rest = [i for i in range(len(predicted)) if i not in taken]
    matches += [
        (optional[g], rest[p])
        for g, p in _greedy([gold[i] for i in optional], [predicted[i] for i in rest], cost)
    ]
    matched_g = {g for g, _ in matches}
    matched_p = {p for _, p in matches}
    tp = sum(1 for g, _ in matches if not getattr(gold[g], "optional", False))
    misses = [
        describe_gold(g)
        for i, g in enumerate(gold)
        if i not in matched_g and not getattr(g, "optional", False)
    ]
    extras = [describe_predicted(p) for i, p in enumerate(predicted) if i not in matched_p]
    return KindScore(
        kind=kind,
        true_positives=tp,
        false_positives=len(extras),
        false_negatives=len(misses),
        misses=tuple(misses),
        extras=tuple(extras),
    )


_NAME_BREAKS = re.compile(r"[^\w.]+")
"""Hyphens, dashes and brackets, which join the parties' names in treaty titles alike."""


def _same_name(gold: str, predicted: str | None) -> bool:
    """Treaty names as annotators write them: most of the words of one are in the other."""
    if predicted is None:
        return False
    first = set(_NAME_BREAKS.sub(" ", fold(gold)).split()) - {"the", "of", "on", "and"}
    second = set(_NAME_BREAKS.sub(" ", fold(predicted)).split()) - {"the", "of", "on", "and"}
    if not first or not second:
        return False
    return len(first & second) / min(len(first), len(second)) >= 0.75


def _dates_compatible(gold: str | None, predicted: PartialDate | None) -> bool:
    if gold is None or predicted is None:
        return gold is None or predicted is None
    try:
        expected = PartialDate.parse(gold)
    except ValueError:
        return False
    return expected.contains(predicted) or predicted.contains(expected)


def score_document(
    gold: GoldDocument, result: DocumentResult, kb: KnowledgeBase | None = None
) -> DocumentScore:
    """Compare one parse result with its gold annotation."""
    kb = kb or KnowledgeBase.default()
    resolve = _Resolver(gold, result, kb)
    name = {actor.id: actor.name for actor in result.actors}

    gold_actors = list(gold.actors)
    predicted_actors = [a for a in result.mentioned_actor_ids if a not in resolve.optional]
    actors = _score(
        "actors",
        gold_actors,
        predicted_actors,
        lambda g, p: 0.0 if resolve(g.name) == p else None,
        lambda g: g.name,
        lambda p: name.get(p, p),
    )

    def statement_cost(g: GoldStatement, p: Any, with_target: bool = True) -> float | None:
        if resolve(g.speaker) != p.speaker:
            return None
        if with_target and resolve(g.target) != (p.target or ""):
            return None
        distance = abs(g.sentence - p.evidence.sentence)
        return float(distance) if distance <= 2 else None

    def describe_statement(s: Any) -> str:
        if isinstance(s, GoldStatement):
            return f"s{s.sentence} {s.speaker} -> {s.target} ({s.verb})"
        return (
            f"s{s.evidence.sentence} {name.get(s.speaker, s.speaker)} -> "
            f"{name.get(s.target or '', s.target)} ({s.verb})"
        )

    statements = _score(
        "statements",
        gold.statements,
        result.statements,
        statement_cost,
        describe_statement,
        describe_statement,
    )
    speakers = _score(
        "statement_speakers",
        gold.statements,
        result.statements,
        lambda g, p: statement_cost(g, p, with_target=False),
        describe_statement,
        describe_statement,
    )
    contracts = _score(
        "contracts",
        gold.contracts,
        result.contracts,
        lambda g, p: (
            0.0 if (resolve(g.buyer), resolve(g.seller)) == (p.buyer, p.supplier) else None
        ),
        lambda g: f"{g.buyer} buys from {g.seller} ({g.status})",
        lambda p: f"{name.get(p.buyer)} buys from {name.get(p.supplier)} ({p.status.value})",
    )

    def alliance_cost(g: GoldAlliance, p: Any) -> float | None:
        if g.name is not None:
            organization = resolve(g.name)
            if organization in (p.organization, p.name) or _same_name(g.name, p.name):
                return 0.0
            return None
        if p.name is not None:
            return None
        members = {resolve(m) for m in g.members_mentioned}
        return 0.0 if members <= set(p.members) else None

    alliances = _score(
        "alliances",
        gold.alliances,
        result.alliances,
        alliance_cost,
        lambda g: f"{g.name or 'bilateral'} {list(g.members_mentioned)}",
        lambda p: f"{p.name or 'bilateral'} {list(p.members)}",
    )

    def event_cost(g: GoldEvent, p: Any) -> float | None:
        kind = _EVENT_KIND_SYNONYMS.get(g.kind, g.kind)
        if kind != p.kind.value or not _dates_compatible(g.date, p.date):
            return None
        expected = {resolve(x) for x in g.participants}
        if expected and p.participants and not expected & set(p.participants):
            return None
        return 0.0 if g.date == (str(p.date) if p.date else None) else 0.5

    events = _score(
        "events",
        gold.events,
        result.events,
        event_cost,
        lambda g: f"{g.kind} {g.label} {g.date}",
        lambda p: f"{p.kind.value} {p.label} {p.date}",
    )
    return DocumentScore(
        document_id=result.document.id,
        kinds=(actors, statements, speakers, contracts, alliances, events),
    )


def _gold_files(gold_dir: str | os.PathLike[str]) -> list[Path]:
    folder = Path(gold_dir)
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise EvaluationError("no such gold folder", file=folder)
    return sorted(p for p in folder.rglob("*.json") if p.is_file())


def evaluate(
    gold_dir: str | os.PathLike[str],
    sources: Iterable[str | os.PathLike[str]],
    *,
    kb: KnowledgeBase | None = None,
) -> EvaluationReport:
    """Parse ``sources`` and score each document that has a gold file in ``gold_dir``.

    A gold file belongs to the document whose file name is its ``file`` or
    whose id is its ``id``.
    """
    golds = [load_gold(path) for path in _gold_files(gold_dir)]
    by_key: dict[str, GoldDocument] = {}
    for gold in golds:
        by_key[gold.id] = gold
        if gold.file:
            by_key[Path(gold.file).stem] = gold
    scores: list[DocumentScore] = []
    skipped: list[SkippedDocument] = []
    used: set[str] = set()
    for item in parse_corpus(sources, kb=kb):
        if isinstance(item, SkippedDocument):
            skipped.append(item)
            continue
        matching = by_key.get(item.document.id)
        if matching is None:
            continue
        used.add(matching.id)
        scores.append(score_document(matching, item, kb))
    unmatched = tuple(g.id for g in golds if g.id not in used)
    return EvaluationReport(
        documents=tuple(scores), skipped=tuple(skipped), unmatched_gold=unmatched
    )
