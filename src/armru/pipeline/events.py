"""Stage 4d: events — wars, offensives, summits, visits... with dates and participants.

A trigger word from the lexicon ("war", "offensive", "visited") counts as an
event only when anchored: a date, a participant or a place in its phrase
("the 2020 Nagorno-Karabakh war", "the September 2022 offensive by
Azerbaijan"). Dates resolve against the publication date. For armed
conflicts the knowledge base knows the parties of, the conflict's parties
join the participants ("the offensive by Azerbaijan" also involves Armenia).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Hashable, Iterator, Mapping, Sequence

from .._text import Token
from ..knowledge import KnowledgeBase
from ..models import Actor, ActorKind, Event, EventKind, PartialDate
from ._facts import evidence
from .mentions import PlaceSpan, SentenceAnalysis
from .temporal import DateMention

__all__ = ["extract_events"]

_LEFT_STOPS = frozenset(
    {
        ",",
        ";",
        ":",
        "(",
        ")",
        "since",
        "after",
        "following",
        "before",
        "during",
        "amid",
        "in",
        "of",
        "and",
        "that",
        "which",
        "as",
        "to",
        "on",
        "at",
        "with",
        "by",
        "for",
        "from",
        "is",
        "was",
        "were",
        "has",
        "have",
        "had",
    }
)
_RIGHT_STOPS = frozenset(
    {
        ",",
        ";",
        ":",
        ".",
        "which",
        "that",
        "who",
        "where",
        "when",
        "while",
        "but",
        "as",
        "after",
        "since",
        "because",
        "amid",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "will",
        "would",
        "ended",
        "began",
        "started",
        "erupted",
        "broke",
        "lasted",
        "killed",
        "left",
        "forced",
        "led",
        "prompted",
        "caused",
        "saw",
        "brought",
        "claimed",
        "displaced",
        "ends",
        "begins",
    }
)
_PARTICIPANT_PREPOSITIONS = frozenset({"by", "between", "of", "against", "with", "on", "from"})
_NOT_EVENTS = frozenset(
    {
        ("war", "of", "words"),
        ("trade", "war"),
        ("information", "war"),
        ("hybrid", "war"),
        ("cold", "war"),
        ("price", "war"),
        ("gas", "war"),
        ("charm", "offensive"),
        ("diplomatic", "offensive"),
    }
)
_BARE_SIGNING = frozenset({"signed", "inked"})
_PERSONAL_KINDS = frozenset(
    {EventKind.INTERVIEW, EventKind.VISIT, EventKind.MEETING, EventKind.TALKS, EventKind.SUMMIT}
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "last"})


class _EventFinder:
    def __init__(self, kb: KnowledgeBase, actors: Mapping[str, Actor]) -> None:
        self.kb = kb
        self.actors = actors
        self.document_states: frozenset[str] = frozenset()
        self.index = kb.trigger_index
        self.table = kb.trigger_table
        self.hypothetical = kb.cue("hypothetical_modifiers")
        self.negators = kb.cue("negators")
        self.longest = max(self.table.longest, 1)

    def _triggers(self, analysis: SentenceAnalysis) -> list[tuple[int, int, EventKind, bool]]:
        if not self.table.occurs_in(analysis.keys):
            return []
        tokens = analysis.tokens
        firsts = self.table.firsts
        found: list[tuple[int, int, EventKind, bool]] = []
        i = 0
        for start in [k for k, t in enumerate(tokens) if t.key in firsts]:
            if start < i or analysis.mention_at(start) is not None:
                continue
            n = self.table.match(tokens, start, self.longest)
            if n:
                hit = self.index[tuple(t.key for t in tokens[start : start + n])]
                found.append((start, start + n, hit[0].kind, hit[1]))
                i = start + n
        return found

    def _stops_left(self, token: Token) -> bool:
        """An event phrase does not reach back past a verb ("Putin praised the ceasefire")."""
        if token.key in _LEFT_STOPS or (token.key,) in self.kb.verb_index:
            return True
        return token.text.islower() and token.key.endswith(("ed", "ing"))

    def sentence(
        self,
        analysis: SentenceAnalysis,
        dates: Sequence[DateMention],
        document_id: str,
    ) -> list[Event]:
        tokens = analysis.tokens
        events: list[Event] = []
        for first, last, kind, is_verb in self._triggers(analysis):
            keys = tuple(t.key for t in tokens[max(0, first - 1) : min(len(tokens), last + 2)])
            if any(
                keys[j : j + len(bad)] == bad
                for bad in _NOT_EVENTS
                if bad[0] in keys
                for j in range(len(keys))
            ):
                continue
            if not is_verb and first > 0 and tokens[first - 1].key in {"to", "will", "would"}:
                continue
            if first > 0 and tokens[first - 1].key in self.hypothetical:
                continue
            clause = first
            while clause > 0 and tokens[clause - 1].key not in {",", ";", ":"}:
                clause -= 1
            # "did not travel to Thursday's CSTO summit", "neither ... attended": the
            # summit happened, but without the clause's subject.
            negated = any(t.key in self.negators for t in tokens[max(clause, first - 10) : first])
            if negated and kind not in _PERSONAL_KINDS:
                continue
            left = first
            while left > 0 and first - left < 6 and not self._stops_left(tokens[left - 1]):
                left -= 1
            right = last
            while (
                right < len(tokens)
                and right - last < 8
                and tokens[right].key not in _RIGHT_STOPS
                and not (right > last and _finite_verb(tokens[right]))
            ):
                right += 1
            if is_verb:
                left = first
                while left > 0 and analysis.mention_ending_at(left) is None and first - left < 3:
                    left -= 1
                subject = analysis.mention_ending_at(left)
                if subject is not None:
                    left = subject.first
            start, end = tokens[left].start, tokens[right - 1].end
            date = None
            dated_here = False
            for when in dates:
                if when.start < end and start < when.end:
                    date = when.date
                    dated_here = not when.text.lower().startswith("recent")
                    break
            else:
                if len(dates) == 1 and not dates[0].text.lower().startswith("recent"):
                    date = dates[0].date
                    dated_here = True
            if (
                is_verb
                and tokens[first].key in _BARE_SIGNING
                and last - first == 1
                and not dated_here
            ):
                # A bare "signed" is a signing event only when the text dates it ("In
                # March 2020 Armenia signed ..."), not "having recently signed contracts".
                continue
            participants: list[str] = []
            for mention in analysis.mentions:
                if mention.first >= left and mention.last <= right:
                    participants.append(mention.actor_id)
            places = [p for p in analysis.places if p.first >= left and p.last <= right]
            if kind in _PERSONAL_KINDS and not negated:
                participants.extend(
                    m.actor_id
                    for m in analysis.mentions
                    if self.actors[m.actor_id].kind is ActorKind.PERSON
                )
            if date is None and not participants and not places:
                continue
            participants.extend(self._conflict_parties(kind, participants, places))
            label_start = left
            while label_start < first and tokens[label_start].key in _DETERMINERS:
                label_start += 1
            span = evidence(analysis, label_start, right, document_id)
            events.append(
                Event(
                    kind=kind,
                    label=span.text,
                    date=date,
                    participants=tuple(dict.fromkeys(participants)),
                    location=places[0].place.name if places else None,
                    evidence=span,
                )
            )
        return events

    def _conflict_parties(
        self, kind: EventKind, participants: Sequence[str], places: Sequence[PlaceSpan]
    ) -> list[str]:
        parties: list[str] = []
        states = {
            p for p in participants if p in self.actors and self.actors[p].kind is ActorKind.STATE
        }
        for place in places:
            parties.extend(place.place.parties)
        for state in states:
            if state is None:
                continue
            for conflict in self.kb.conflict_parties(state):
                # Russia is party to several conflicts; only one whose other side the
                # document names is meant ("the offensive by Azerbaijan" in a text on Armenia).
                if kind in conflict.kinds and any(
                    party != state and party in self.document_states for party in conflict.parties
                ):
                    parties.extend(conflict.parties)
        return [p for p in dict.fromkeys(parties) if p in self.kb.actors]


def _finite_verb(token: Token) -> bool:
    """A past-tense verb ends an event phrase ("the war completed ..."), except right
    after the trigger, where a participle still describes it ("agreement signed on ...")."""
    return token.text.islower() and token.key.endswith("ed") and len(token.key) > 4


def _same(first: Event, second: Event) -> bool:
    """Two mentions of one event: same kind, compatible dates, and a date or party in common."""
    if first.kind is not second.kind:
        return False
    if first.date is not None and second.date is not None:
        return first.date.contains(second.date) or second.date.contains(first.date)
    return bool(set(first.participants) & set(second.participants)) or first.label == second.label


def extract_events(
    analyses: Sequence[SentenceAnalysis],
    actors: Mapping[str, Actor],
    kb: KnowledgeBase,
    document_id: str,
    dates: Mapping[int, Sequence[DateMention]],
) -> list[Event]:
    """Events of a document; repeated references to one event are merged."""
    finder = _EventFinder(kb, actors)
    finder.document_states = frozenset(
        actors[m.actor_id].id
        for analysis in analyses
        for m in (*analysis.mentions, *analysis.nested)
        if m.actor_id in actors and actors[m.actor_id].kind is ActorKind.STATE
    )
    merger = _Merger()
    for analysis in analyses:
        for event in finder.sentence(
            analysis, dates.get(analysis.sentence.number, ()), document_id
        ):
            merger.add(event)
    return merger.events


class _Merger:
    """Merges each new event into the first known one it is :func:`_same` as.

    Equivalent to scanning the known events in order, but each look-up only
    reads the heads of a few index heaps (smallest index first): a document
    with thousands of dated events used to take quadratic time.
    """

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._heaps: defaultdict[Hashable, list[int]] = defaultdict(list)

    @staticmethod
    def _date_keys(event: Event, date: PartialDate) -> Iterator[Hashable]:
        yield event.kind, "date", date  # the same date exactly
        yield event.kind, "year", date.year  # any date in that year
        if date.day is not None:
            yield event.kind, "day in", date.year, date.month  # a day in that month

    def _push(self, keys: Iterator[Hashable], index: int) -> None:
        for key in keys:
            heapq.heappush(self._heaps[key], index)

    def _head(self, key: Hashable, undated: bool = False) -> int | None:
        heap = self._heaps.get(key)
        if not heap:
            return None
        while undated and heap and self.events[heap[0]].date is not None:
            heapq.heappop(heap)  # dated since it was indexed as undated
        return heap[0] if heap else None

    def _first_same(self, event: Event) -> int | None:
        kind, date = event.kind, event.date
        # Without a date on either side: a common participant or the same label.
        scope = "all" if date is None else "undated"
        keys: list[tuple[Hashable, bool]] = [
            ((kind, scope, "party", party), date is not None) for party in event.participants
        ]
        keys.append(((kind, scope, "label", event.label), date is not None))
        if date is not None:  # both dated: one date contains the other
            keys.append(((kind, "date", PartialDate(date.year)), False))
            if date.month is not None:
                keys.append(((kind, "date", PartialDate(date.year, date.month)), False))
            if date.day is not None:
                keys.append(((kind, "date", date), False))
            elif date.month is not None:
                keys.append(((kind, "day in", date.year, date.month), False))
            else:
                keys.append(((kind, "year", date.year), False))
        heads = [head for key, undated in keys if (head := self._head(key, undated)) is not None]
        return min(heads, default=None)

    def add(self, event: Event) -> None:
        index = self._first_same(event)
        if index is None:
            index = len(self.events)
            self.events.append(event)
            kind = event.kind
            scopes = ("all",) if event.date is not None else ("all", "undated")
            self._push(
                (
                    key
                    for scope in scopes
                    for key in (
                        *((kind, scope, "party", p) for p in event.participants),
                        (kind, scope, "label", event.label),
                    )
                ),
                index,
            )
            if event.date is not None:
                self._push(self._date_keys(event, event.date), index)
            return
        known = self.events[index]
        if known.date is None and event.date is not None:
            self.events[index] = known.model_copy(update={"date": event.date})
            self._push(self._date_keys(event, event.date), index)
