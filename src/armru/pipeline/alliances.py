"""Stage 4c: alliances — named blocs and bilateral characterisations.

A named security bloc or defense pact (the CSTO, NATO) yields its alliance
with the members and ATOP obligations the knowledge base records for the
publication date; looser unions (EAEU, CIS, EU) count only where the
sentence speaks of membership and names a member. A characterisation ("a strategic ally",
"its alliance with Moscow") yields a bilateral tie between the two states
nearest the cue; a formal treaty between them in the knowledge base lends
the tie its obligations.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from functools import lru_cache

from .._text import Token
from ..knowledge import KnowledgeBase
from ..knowledge._entries import AllianceEntry
from ..models import (
    Actor,
    ActorKind,
    Alliance,
    AllianceKind,
    MentionForm,
    PartialDate,
)
from ._facts import cue_positions, evidence, state_of_mention
from .mentions import SentenceAnalysis

__all__ = ["extract_alliances"]

_FORMAL = (AllianceKind.SECURITY_BLOC, AllianceKind.DEFENSE_PACT)
_MEMBERSHIP_REACH = 8
"""Tokens a membership cue may stand before its union ("join the Russian-led Customs Union")."""
_PLACE_PREPOSITIONS = frozenset({"in", "into", "across", "throughout"})
_CLAUSE_OPENERS = frozenset({";", "since", "when", "because", "after", "while", "whereas", "but"})
_Key = tuple[str | None, tuple[str, ...]]
"""An alliance's identity within a document: its name (None for a tie) and sorted members."""


@lru_cache(maxsize=4096)
def _members_on(entry: AllianceEntry, date: PartialDate) -> tuple[str, ...]:
    """Member states on a date (cached: a corpus asks about few alliances and days)."""
    return tuple(
        dict.fromkeys(
            m.state
            for m in entry.members
            if (m.start is None or not date.before(m.start))
            and (m.end is None or not m.end.before(date))
        )
    )


class _AllianceFinder:
    def __init__(self, kb: KnowledgeBase, actors: Mapping[str, Actor], date: PartialDate) -> None:
        self.kb = kb
        self.actors = actors
        self.date = date
        table = kb.cue_table
        self.kinds = (
            (table("alliance_defense_pact"), AllianceKind.DEFENSE_PACT),
            (table("alliance_strategic"), AllianceKind.STRATEGIC_PARTNERSHIP),
            (table("alliance_generic"), AllianceKind.STRATEGIC_PARTNERSHIP),
        )
        self.negated = table("alliance_negated")
        self.membership = table("membership")

    def blocs(
        self, analysis: SentenceAnalysis, document_id: str, seen: Container[_Key]
    ) -> list[Alliance]:
        """Named blocs the sentence mentions, except those already ``seen`` (by key)."""
        found: list[Alliance] = []
        membership: list[tuple[int, int]] | None = None
        tokens = analysis.tokens
        listed: dict[int, int] = {}  # a bloc's last token → where its list began
        for mention in (*analysis.mentions, *analysis.nested):
            actor = self.actors.get(mention.actor_id)
            if actor is None or actor.kind is ActorKind.STATE:
                continue
            # "belongs to the CSTO and the Eurasian Economic Union": the second of a list
            # of blocs is as near the cue as the first.
            anchor = mention.first
            k = mention.first - 1
            if k >= 0 and tokens[k].key == "the":
                k -= 1
            if k >= 0 and tokens[k].key == "and" and k in listed:
                anchor = listed[k]
            listed[mention.last] = anchor
            if (
                mention.form is MentionForm.METONYM
                and mention.first > 0
                and tokens[mention.first - 1].key in {"in", "at"}
            ):
                continue  # "NATO leaders in Brussels": a place, not the bloc
            for entry in self.kb.alliances_of(actor.id):
                if entry.kind not in _FORMAL:
                    # A union that is no alliance (the EU, the EAEU) counts as one only
                    # where the text speaks of belonging to it: "would remain in the
                    # Eurasian Economic Union", "EU membership".
                    if membership is None:
                        membership = cue_positions(tokens, self.membership)
                    if not any(
                        anchor - _MEMBERSHIP_REACH <= last <= anchor
                        or mention.last <= first <= mention.last + 2
                        for first, last in membership
                    ):
                        continue
                members = _members_on(entry, self.date)
                if len(members) < 2 or (entry.name, tuple(sorted(members))) in seen:
                    continue
                if entry.kind not in _FORMAL and not self._member_named(analysis, members):
                    # "Armenia's accession to the EU", "Georgia's path towards membership":
                    # an outsider's wish to join ties no one the text speaks of.
                    continue
                found.append(
                    Alliance(
                        name=entry.name,
                        organization=actor.id,
                        members=members,
                        kind=entry.kind,
                        obligations=entry.obligations,
                        start=entry.start,
                        end=entry.end,
                        evidence=evidence(analysis, mention.first, mention.last, document_id),
                    )
                )
        return found

    def _member_named(self, analysis: SentenceAnalysis, members: Sequence[str]) -> bool:
        """Whether the sentence names a state that belongs to the union on the day."""
        return any(
            state_of_mention(mention, self.actors) in members
            for mention in (*analysis.mentions, *analysis.nested)
        )

    def treaties(self, analysis: SentenceAnalysis, document_id: str) -> list[Alliance]:
        """Treaties named in the sentence ("the Shusha Declaration")."""
        found: list[Alliance] = []
        if not self.kb.treaty_table.occurs_in(analysis.keys):
            return found
        named = {
            state
            for mention in analysis.mentions
            if (state := state_of_mention(mention, self.actors)) is not None
        }
        for first, last in cue_positions(analysis.tokens, self.kb.treaty_table):
            key = tuple(t.key for t in analysis.tokens[first:last])
            # Only a treaty signed by the text's date, the one whose parties the
            # sentence names first ("our charter with the United States" in a 2018
            # Georgian interview is not the 2025 Armenian one).
            signed = [
                e
                for e in self.kb.treaty_index[key]
                if e.start is None or not self.date.before(e.start)
            ]
            if not signed:
                continue
            entry = max(signed, key=lambda e: len(named & {m.state for m in e.members}))
            members = _members_on(entry, self.date) or tuple(
                dict.fromkeys(m.state for m in entry.members)
            )
            if len(members) < 2:
                continue
            found.append(
                Alliance(
                    name=entry.name,
                    members=members,
                    kind=entry.kind,
                    obligations=entry.obligations,
                    start=entry.start,
                    end=entry.end,
                    evidence=evidence(analysis, first, last, document_id),
                )
            )
        return found

    def _bloc_at(self, analysis: SentenceAnalysis, k: int) -> bool:
        """Whether token ``k`` ends the name of an organization that is an alliance."""
        mention = analysis.mention_at(k)
        return mention is not None and mention.actor_id in self.kb.alliance_organizations

    def ties(self, analysis: SentenceAnalysis, document_id: str) -> list[Alliance]:
        if not any(cues.occurs_in(analysis.keys) for cues, _ in self.kinds):
            return []
        tokens = analysis.tokens
        if cue_positions(tokens, self.negated, keys=analysis.keys):
            return []
        for cues, kind in self.kinds:
            positions = cue_positions(tokens, cues, keys=analysis.keys)
            positions = [
                p
                for p in positions
                if analysis.mention_at(p[0]) is None
                # "an important NATO ally": an ally within the bloc, no tie of two.
                and not (p[0] > 0 and self._bloc_at(analysis, p[0] - 1))
            ]
            if not positions:
                continue
            first, last = positions[0]
            if _denied(tokens, first):
                return []
            states: list[tuple[int, str]] = []
            for mention in analysis.mentions:
                state = state_of_mention(mention, self.actors)
                if state is None or self.kb.state(state) is None:
                    continue
                if mention.first > 0 and tokens[mention.first - 1].key in _PLACE_PREPOSITIONS:
                    continue  # "Moscow, bogged down in Ukraine, ... its ally": a place
                before = mention.last <= first
                between = tokens[mention.last : first] if before else tokens[last : mention.first]
                if any(t.key in _CLAUSE_OPENERS for t in between):
                    continue  # "its ally, since Azerbaijan cut the corridor": another clause
                distance = first - mention.last if before else mention.first - last
                states.append((distance, state))
            states.sort(key=lambda item: item[0])
            pair = list(dict.fromkeys(state for _, state in states))[:2]
            if len(pair) < 2:
                return []
            treaties = self.kb.bilateral_alliances(pair[0], pair[1])
            obligations = tuple(dict.fromkeys(o for t in treaties for o in t.obligations))
            return [
                Alliance(
                    name=None,
                    members=tuple(sorted(pair)),
                    kind=kind,
                    obligations=obligations,
                    evidence=evidence(analysis, first, last, document_id),
                )
            ]
        return []


_TIE_NEGATORS = frozenset({"not", "never", "longer", "former", "ex", "nominal"})


def _denied(tokens: Sequence[Token], first: int) -> bool:
    """'is no longer Russia's ally', 'was never Moscow's ally': a negation a few words
    before the cue, within its clause."""
    for k in range(first - 1, max(first - 5, -1), -1):
        key = tokens[k].key
        if key in {",", ";", ":", "but", "and"}:
            return False
        if key in _TIE_NEGATORS:
            return True
    return False


def extract_alliances(
    analyses: Sequence[SentenceAnalysis],
    actors: Mapping[str, Actor],
    kb: KnowledgeBase,
    document_id: str,
    date: PartialDate,
) -> list[Alliance]:
    """Alliances a document refers to, each once (first mention as evidence)."""
    finder = _AllianceFinder(kb, actors, date)
    seen: dict[_Key, Alliance] = {}
    for analysis in analyses:
        for alliance in (
            *finder.blocs(analysis, document_id, seen),
            *finder.treaties(analysis, document_id),
            *finder.ties(analysis, document_id),
        ):
            key = (alliance.name, tuple(sorted(alliance.members)))
            seen.setdefault(key, alliance)
    named = {members for name, members in seen if name is not None}
    # A characterisation of a pair the text also ties by a named treaty is that treaty.
    return [a for (name, members), a in seen.items() if name is not None or members not in named]
