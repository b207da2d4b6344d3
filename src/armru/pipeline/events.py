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
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence

from dateutil.relativedelta import relativedelta

from .._text import Token
from ..knowledge import KnowledgeBase
from ..knowledge._entries import ConflictEntry, NamedWarEntry
from ..models import Actor, ActorKind, Event, EventKind, MentionForm, PartialDate, Precision
from ._facts import evidence
from .mentions import MentionSpan, PlaceSpan, SentenceAnalysis
from .temporal import NUMBER_WORDS, DateMention, live_stamped

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
        "despite",
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
        "are",
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
        ("for", "consultations"),
        ("in", "protest"),
        ("freedom", "of", "speech"),
        ("hate", "speech"),
        ("new", "page"),
        ("delivered", "a", "message"),
        ("delivered", "a", "warning"),
        ("delivered", "a", "blow"),
        ("delivered", "an", "ultimatum"),
        ("delivered", "on"),
        ("rallied", "support"),
        ("rallied", "behind"),
        ("rallied", "around"),
        ("marched", "into"),
        ("protest", "note"),
        ("protest", "notes"),
        ("sanctions", "officials"),
        ("sanctions", "experts"),
        ("keep", "meeting"),
        ("keeps", "meeting"),
        ("kept", "meeting"),
        ("continue", "meeting"),
        ("continues", "meeting"),
        ("continued", "meeting"),
        ("was", "met"),
        ("were", "met"),
    }
)
_NOT_EVENTS_BEFORE = frozenset(
    {
        ("note", "of", "protest"),
        ("notes", "of", "protest"),
        ("for", "his", "arrest"),
        ("for", "her", "arrest"),
        ("for", "their", "arrest"),
        ("percent", "of", "the", "vote"),
        ("%", "of", "the", "vote"),
        ("share", "of", "the", "vote"),
    }
)
"""Phrases ending in a trigger that report no happening: a diplomatic "note of protest"
(the summons is the event), a warrant "for his arrest" (the warrant is), "53 percent of
the vote" (the election is)."""
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
_HOMELANDS = frozenset({"country", "territory", "soil", "homeland"})
_MANNER_ADVERBS = frozenset({"openly", "publicly", "often", "rarely", "always", "never"})
_NOT_EVENTS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(bad for bad in sorted(_NOT_EVENTS) if bad[0] == first)
    for first in {bad[0] for bad in _NOT_EVENTS}
}
_BARE_SIGNING = frozenset({"signed", "inked"})
_NEEDS_OBJECT: dict[tuple[str, ...], str] = {
    ("agreed",): "signed_documents",
    ("signing",): "signed_documents",
    ("concluded",): "signed_documents",
    ("opened",): "opened_objects",
    ("opens",): "opened_objects",
    ("reopened",): "opened_objects",
    ("reopens",): "opened_objects",
    ("inaugurated", "the"): "opened_objects",
    ("opening", "of"): "opened_objects",
    ("reopening", "of"): "opened_objects",
    ("recalled",): "recall_objects",
    ("recalls",): "recall_objects",
    ("named",): "appointment_objects",
    ("nominated",): "appointment_objects",
    ("recognised",): "recognition_objects",
    ("recognized",): "recognition_objects",
}
"""Triggers that are events only with a word of a cue list nearby: "agreed" a document
("agreed the treaty text", "the memorandum was signed"), "opened" a consulate, "recalled" an
ambassador (not "he recalled that ..."), "named" someone "as" envoy, "recognised" a region
"as independent" (not "recognised the problem")."""
_PERSON_ARRIVALS = frozenset({("landed", "in"), ("lands", "in")})
"""Visit triggers that a person must be the subject of: "the envoy landed in Tbilisi" is a
visit, "the planes landed in Armenia" is none."""
_ACCESSIONS = frozenset(
    {("joined",), ("joins",), ("became", "a", "member", "of"), ("becomes", "a", "member", "of")}
)
"""Signing triggers that need an international organisation as what was joined: "Armenia
joined the Eurasian Economic Union in 2015" is an accession (annotators' "agreement"),
"soldiers joined the marchers" is none."""
_FORCE_DEPARTURES = frozenset({("left",), ("leave",), ("leaves",)})
"""Withdrawal triggers that armed forces must be the subject of: "the Russian border guards
left the airport" withdrew, "the delegation left Moscow" and "the war left thousands dead" do
not."""
_ASKING = frozenset({("asked",), ("asks",), ("turned", "to"), ("appeal", "of")})
"""Appeal triggers that need what is asked for: "asked its allies for help", "the appeal
of Pashinyan to Putin" (not "asked whether", "the appeal of the idea")."""
_DATED_ONLY = frozenset({("decision", "of"), ("decisions", "of")})
"""Triggers that are events only when the text dates them: "the decision of Baku last
month to charge fees" is Baku's decision, "regrets the decision of the authorities"
only judges one."""
_WALKOUTS = frozenset({("walked", "out", "of"), ("walks", "out", "of")})
"""Withdrawal triggers that are events only out of a meeting or summit (then a
cancellation): "the delegation walked out of the talks", not "walked out of lectures"."""
_PURCHASES = frozenset({"ordered", "bought", "purchased"})
"""A state that bought or ordered weapons at a date signed a contract then ("In 2022 Armenia
ordered rocket launchers"); undated or without a buyer it is no event ("weapons bought
from Russia")."""
_SCHEDULING = frozenset({"due", "scheduled", "set", "is", "are", "plans", "plan", "planned"})
"""Before "to", these tell a plan for a date: "is due to meet", "is to visit" ("is expected
to" is a forecast, not a plan)."""


def _scheduled(tokens: list[Token], first: int) -> bool:
    """Whether the trigger at ``first`` is planned for a time to come: after "will" or
    "shall", or "to" after :data:`_SCHEDULING` ("will hold elections", "are due to meet",
    "is to fly to Astana"), in the trigger's clause."""
    for k in range(first - 1, max(-1, first - 8), -1):
        key = tokens[k].key
        if key in {"will", "shall"}:
            return True
        if key == "to" and k > 0 and tokens[k - 1].key in _SCHEDULING:
            return True
        if key in _CLAUSE_ENDS or key in {",", "would", "could", "might", "may", "if"}:
            return False
    return False


_RECEIPTS = frozenset({"received", "receives"})
"""A state that received weapons at a date had them delivered ("In July Armenia received
the first Bastion vehicles"); anything else received is no delivery."""
_BANS = frozenset({("imposed", "a", "ban")})
_TRADE_NOUNS = frozenset({"imports", "import", "exports", "export", "goods", "products"})
"""A ban on trade is a sanction (annotators' "sanctions"), a ban on flights a suspension,
any other ban a decision."""
_SIGNING_VERBS = frozenset({"signed", "signs", "inked"})
_PREDICATE_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should"})
_NEGATING_SUBJECTS = frozenset({"nothing", "nobody", "none"})
"""Negate the event like "not": "nothing was ever signed"."""
_WEAPON_NOUNS = frozenset({"arms", "weapons", "weaponry", "armament", "armaments"})
_OBJECT_REACH = 6
_MODALS = frozenset(
    {"to", "will", "would", "must", "should", "can", "could", "may", "might", "shall", "cannot"}
)
"""Before a noun trigger, these make it a verb ("to address", "must address")."""
_AUXILIARIES = frozenset({"be", "been", "have", "has"})
_OFFSET_UNITS = {
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
}
_UNIT_PRECISION = {
    "days": Precision.DAY,
    "weeks": Precision.DAY,
    "months": Precision.MONTH,
    "years": Precision.YEAR,
}
_PERSONAL_KINDS = frozenset(
    {
        EventKind.INTERVIEW,
        EventKind.VISIT,
        EventKind.MEETING,
        EventKind.TALKS,
        EventKind.SUMMIT,
        EventKind.ADDRESS,
    }
)
_CHAIRED_KINDS = frozenset({EventKind.SESSION, EventKind.PHONE_CALL})
"""Kinds whose participants include the people the sentence names, as for the personal
kinds, but which a person's name alone does not anchor ("still sitting in depots")."""
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "last"})


class _EventFinder:
    def __init__(self, kb: KnowledgeBase, actors: Mapping[str, Actor]) -> None:
        self.kb = kb
        self.actors = actors
        self.document_states: frozenset[str] = frozenset()
        self.occasions: list[EventKind] = []  # the last sentence's visits told as occasions
        self.live_paragraph = -1  # the paragraph of the last live-blog entry's time stamp
        self.live_day: PartialDate | None = None  # the day of a live blog's entries
        self.published: PartialDate | None = None  # the publication date
        # The date of the last known event of a kind, as the merger knows it.
        self.recall: Callable[[EventKind], PartialDate | None] | None = None
        self.index = kb.trigger_index
        self.table = kb.trigger_table
        self.hypothetical = kb.cue("hypothetical_modifiers")
        self.negators = kb.cue("negators") | _NEGATING_SUBJECTS
        self.longest = max(self.table.longest, 1)
        self.arrivals = kb.cue("arms_arrival_verbs")
        self.arms = kb.cue("arms_context")
        self.weapon_firsts = kb.weapon_table.firsts
        self.launch_verbs = kb.cue("event_launch_verbs")
        self.planning_verbs = kb.cue("event_planning_verbs")
        self.attendance = kb.cue("attendance_verbs")
        self.forces = kb.cue("force_nouns")
        self.weapon_words = kb.cue("item_heads") | _WEAPON_NOUNS
        self.weapon_heads = self.weapon_words | kb.cue("weapon_modifier_heads")
        self.documents = kb.cue("signed_documents")

    def _triggers(self, analysis: SentenceAnalysis) -> list[tuple[int, int, EventKind, bool]]:
        arrivals = self.arrivals
        if not self.table.occurs_in(analysis.keys) and arrivals.isdisjoint(analysis.keys):
            return []
        tokens = analysis.tokens
        firsts = self.table.firsts
        found: list[tuple[int, int, EventKind, bool]] = []
        i = 0
        for start in [k for k, t in enumerate(tokens) if t.key in firsts or t.key in arrivals]:
            if start < i:
                continue
            mention = analysis.mention_at(start)
            if mention is not None and self.actors[mention.actor_id].kind is not ActorKind.GROUP:
                # A trigger word inside a name is no event; a group named by what it
                # does ("the protesters") still reports it.
                continue
            n = self.table.match(tokens, start, self.longest) if tokens[start].key in firsts else 0
            if n:
                hit = self.index[tuple(t.key for t in tokens[start : start + n])]
                found.append((start, start + n, hit[0].kind, hit[1]))
                i = start + n
            elif tokens[start].key in arrivals and self._arms_before(tokens, start):
                # "the first six howitzers reached Armenia": weapons that arrive are delivered.
                found.append((start, start + 1, EventKind.DELIVERY, True))
                i = start + 1
        return found

    def _persons(self, analysis: SentenceAnalysis) -> list[str]:
        """The people the sentence names."""
        return [
            m.actor_id
            for m in analysis.mentions
            if self.actors[m.actor_id].kind is ActorKind.PERSON
        ]

    def _forces_before(
        self, analysis: SentenceAnalysis, first: int, subject: MentionSpan | None
    ) -> bool:
        """Whether armed forces are the subject of the verb at ``first``: a military
        actor ("the Russian peacekeepers"), or a force noun just before ("Russian troops")."""
        if subject is not None and self.actors[subject.actor_id].kind is ActorKind.MILITARY:
            return True
        tokens = analysis.tokens
        for k in range(first - 1, max(-1, first - 3), -1):
            if tokens[k].key in _CLAUSE_ENDS or tokens[k].key == ",":
                return False
            if tokens[k].key in self.forces:
                return True
        return False

    def _arms_before(self, tokens: list[Token], first: int) -> bool:
        """Whether weapons are the subject just before a verb ("the howitzers arrived")."""
        for k in range(first - 1, max(-1, first - 6), -1):
            key = tokens[k].key
            if key in _CLAUSE_ENDS:
                return False
            if key in self.arms or key in self.weapon_firsts:
                return True
        return False

    def _weapons_after(self, tokens: list[Token], last: int, reach: int = _OBJECT_REACH) -> bool:
        """Whether weapons are the object of a verb ("ordered Pinaka rocket launchers")."""
        for k in range(last, min(len(tokens), last + reach + 1)):
            key = tokens[k].key
            if key in _CLAUSE_ENDS or key == ",":
                return False
            if key in self.weapon_words or key in self.weapon_firsts:
                return True
        return False

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
    ) -> list[tuple[Event, bool]]:
        """The sentence's events, each with whether it only refers back to an earlier one."""
        tokens = analysis.tokens
        if live_stamped(analysis.sentence.text):
            self.live_paragraph = analysis.sentence.paragraph
            stamp = [d for d in dates if d.start == analysis.sentence.start]
            if stamp:  # the blog's day, as the entry's time stamp gives it
                self.live_day = stamp[0].date
        landmark: PartialDate | None = None  # the date of a known event the sentence is at
        events: list[tuple[Event, bool]] = []
        meeting_reach = (0, 0)  # the phrase of the last verb-led meeting ("met ... for talks")
        verb_families: list[tuple[int, str]] = []  # visits and meetings a verb reports
        noun_families: list[tuple[int, str]] = []  # ... and those a noun names
        reach = 0  # where the phrase of the sentence's last event ends
        attributive = _attributive_starts(tokens)

        def verb_like(token: Token) -> bool:
            return token.start not in attributive and self._verb_like(token)

        for first, last, kind, is_verb in self._triggers(analysis):
            if (
                not is_verb
                and kind in _MEETING_NOUNS
                and meeting_reach[0] <= first < meeting_reach[1]
            ):
                continue
            trigger_keys = tuple(t.key for t in tokens[first:last])
            keys = tuple(t.key for t in tokens[max(0, first - 1) : min(len(tokens), last + 2)])
            if any(
                keys[j : j + len(bad)] == bad
                for j, key in enumerate(keys)
                for bad in _NOT_EVENTS_BY_FIRST.get(key, ())
            ):
                continue
            before = tuple(t.key for t in tokens[max(0, last - 4) : last])
            if any(before[len(before) - len(bad) :] == bad for bad in _NOT_EVENTS_BEFORE):
                continue
            if not is_verb and last < len(tokens) and tokens[last].key in self.weapon_heads:
                continue  # "attack drones", "ground-attack planes": a kind of weapon
            if (
                trigger_keys == ("talks",)
                and first > 0
                and tokens[first - 1].key in _ADVERBS | _MANNER_ADVERBS
            ):
                continue  # "the government now talks openly about ...": a verb
            if (
                not is_verb
                and first > 0
                and tokens[first - 1].key in _MODALS
                and not _realised_infinitive(tokens, first - 1)
            ):
                if not _scheduled(tokens, first):
                    continue
                is_verb = True  # "will visit Baku in August": a verb, planned
            trigger = tuple(t.key for t in tokens[first:last])
            needed = _NEEDS_OBJECT.get(trigger)
            if (
                needed is not None
                and not self._object_near(analysis, first, last, needed)
                and not (trigger == ("agreed",) and self._agreed_deal(tokens, first))
            ):
                continue
            if first > 0 and tokens[first - 1].key in self.hypothetical:
                continue
            clause = first
            while clause > 0 and tokens[clause - 1].key not in _NEGATION_BOUNDS:
                clause -= 1
            if any(t.key in _CONDITIONALS for t in tokens[clause:first]):
                continue  # "If talks with Baku collapse, ...": a condition, not a fact
            if not is_verb and _denied_noun(tokens, clause, first):
                continue  # "there were no substantive talks"
            # "did not travel to Thursday's CSTO summit", "neither ... attended": the
            # summit happened, but without the clause's subject.
            negated = self._negated(tokens, max(clause, first - 10), first, is_verb)
            if (
                negated
                and (
                    is_verb
                    or kind not in _PERSONAL_KINDS
                    or tokens[first - 1].key in _VERB_NEGATORS
                )
                and not self._not_attended(tokens, max(clause, first - 10), first, is_verb)
            ):
                continue
            unrealised = self._unrealised(tokens, first, last, is_verb)
            if unrealised and not _scheduled(tokens, first):
                continue
            if trigger_keys == ("meet",) and not unrealised:
                continue  # a bare "meet" is a meeting only when planned ("are due to meet")
            left = first
            while left > 0 and first - left < 6 and not self._stops_left(tokens[left - 1]):
                left -= 1
            cause = -1 if is_verb else _cause_start(tokens, first)
            left = max(left, cause)
            right = last
            words = 0  # a name counts as one word ("signed by Sergei Shoygu in 2020")
            while (
                right < len(tokens)
                and words < 8
                and tokens[right].key not in _RIGHT_STOPS
                and not (
                    _finite_verb(tokens[right])
                    and tokens[right].start not in attributive
                    and (right > last or _has_object(tokens, right))
                )
                and not _infinitive(tokens, right)
            ):
                words += 1
                mention = analysis.mention_at(right)
                at_name = mention is not None and mention.first == right
                right = mention.last if mention is not None and at_name else right + 1
            if kind in _ENDABLE_KINDS and not is_verb and self._ended(tokens, first, right):
                continue  # "lifting the flight ban", "the freeze was lifted": it ended
            subject = None
            if is_verb:
                left = first
                while (
                    left > 0
                    and analysis.mention_ending_at(left) is None
                    and first - left < 3
                    and not _behind_comma(tokens, left)
                ):
                    left -= 1
                subject = analysis.mention_ending_at(left)
                left = subject.first if subject is not None else first
                if subject is not None and left >= 2 and tokens[left - 1].key == "and":
                    # "Armenia and Russia reached an agreement": both subjects take part.
                    partner = analysis.mention_ending_at(left - 1)
                    if partner is not None:
                        left = partner.first
            if (
                trigger_keys in _PERSON_ARRIVALS
                and (subject is None or self.actors[subject.actor_id].kind is not ActorKind.PERSON)
                and not self._arms_before(tokens, first)
            ):
                continue  # "the planes carrying the troops landed in Armenia": no visit
            if trigger_keys in _ASKING and not self._asks_for_help(analysis, last, subject):
                continue  # "asked whether ...", "turned to the economy": no appeal
            bloc = self._joined_bloc(analysis, first, last) if trigger_keys in _ACCESSIONS else ""
            if bloc is None:
                continue  # "joined the talks", "joined the marchers": no accession
            if trigger_keys in _FORCE_DEPARTURES and not self._forces_before(
                analysis, first, subject
            ):
                continue
            own_dates = dates
            if kind not in _DOCUMENT_KINDS:
                # "asked for help under the 1997 treaty": the year is the treaty's.
                own_dates = [d for d in dates if not self._document_year(tokens, d, first, last)]
            if (
                subject is not None
                and subject.last + 1 < first
                and tokens[subject.last].key == ","
                and tokens[subject.last + 1].key in _PERSON_RELATIVES
            ):
                # "On 3 May Lecornu met Papikyan, who had signed a contract": the aside's
                # verb takes only the aside's dates.
                aside = tokens[subject.last].start
                own_dates = [d for d in own_dates if d.start >= aside]
            if is_verb and first > 0 and tokens[first - 1].key == "since":
                # "... in September 2023, and Armenia has since frozen its participation":
                # after the date told, not at it.
                own_dates = [d for d in own_dates if d.start >= tokens[first - 1].end]
            if cause >= 0:
                # "summoned the ambassador on Monday over the arrests": the cause came
                # before; only a date of its own phrase dates it.
                own_dates = [
                    d
                    for d in own_dates
                    if d.start < tokens[right - 1].end and tokens[left].start < d.end
                ]
            date, dated_here = _date_of(
                tokens, left, last, right, own_dates, verb_like, kind in _LASTING_KINDS
            )
            if unrealised and (
                not dated_here
                or date is None
                or self.published is None
                or date.last_day < self.published.first_day
            ):
                # "will hold elections in June 2026", "are due to meet on 1 June": a plan
                # is an event when the text dates it ahead; an undated one is none.
                continue
            named_parties: tuple[str, ...] = ()
            if kind is EventKind.WAR:
                named = self._named_war(tokens, first, last)
                if named is not None:
                    # "the 44-day war", "the five-day war": the name tells when it was,
                    # unless the text gives a day within it ("broke out on 27 September").
                    if not (dated_here and date is not None and named[0].date.contains(date)):
                        date, dated_here = named[0].date, True
                    named_parties = named[1].parties
            if (
                date is None
                and kind is EventKind.VISIT
                and self.published is not None
                and _present_visit(tokens, first, is_verb)
            ):
                # "Netanyahu, who is on an official visit to Baku": under way as written.
                date, dated_here = self.published, True
            if date is None and landmark is not None:
                date, dated_here = landmark, True
            if date is None and is_verb and len(own_dates) == 1:
                reported = _reported(tokens, left, first, own_dates[0], verb_like)
                if reported is not None:
                    date, dated_here = reported, True
            if (
                date is None
                and is_verb
                and tokens[first].key.endswith("ed")
                and (first == 0 or tokens[first - 1].key not in _PASSIVE_BE)
            ):
                # "Armenia recalled its ambassador, the ministry said on Tuesday": a past
                # act told with no date of its own takes the day it was reported (not a
                # passive's result: "were delivered, the ministry said" is no delivery day).
                date = _attribution_date(tokens, right, dates)
                dated_here = date is not None
            if kind is EventKind.DEPLOYMENT and is_verb and date is None:
                # "deployed to Karabakh under the deal that ended the war in November
                # 2020": sent when the deal it was sent under was made.
                date = _deal_date(tokens, last, dates)
            if kind is EventKind.DEPLOYMENT and is_verb and _stationed(tokens, first, last, date):
                continue  # "the base deployed in Gyumri", "troops are deployed there"
            if trigger_keys in _DATED_ONLY and not dated_here:
                continue  # "regrets the decision of the authorities": no dated act
            bare = is_verb and last - first == 1
            if (
                bare
                and tokens[first].key in _SIGNING_VERBS
                and self._object_near(analysis, first, last, "decree_objects", relative=True)
            ):
                # "Putin signed two decrees", "the decree which Putin signed": one leader's
                # act is a decision, not an agreement between parties.
                kind = EventKind.DECISION
            elif (
                bare
                and tokens[first].key in _BARE_SIGNING
                and not dated_here
                and not self._object_near(analysis, first, last, "signed_documents")
            ):
                # A bare "signed" is a signing event only when the text dates it ("In
                # March 2020 Armenia signed ..."), not "having recently signed contracts".
                continue
            if (
                date is None
                and (not is_verb or subject is None)
                and _modal_predicate(tokens, last, right)
            ):
                # "the exit from the bloc would be symbolic", "a mission deployed without
                # consent could prove ineffective": what the event would do, not that it did.
                continue
            if (
                date is None
                and is_verb
                and _perfect(tokens, first)
                and analysis.sentence.paragraph == self.live_paragraph
            ):
                date = self.live_day  # "10:40 - ... he has also spoken by phone with ..."
            elif (
                date is None
                and is_verb
                and analysis.sentence.number > 1
                and _perfect(tokens, first)
            ):
                # "Armenia has frozen its participation in the bloc": past the lead (and
                # outside a live blog's time-stamped entry, where it is the day's news and
                # takes the blog's day), an undated present perfect tells the state of
                # things, not the day's news.
                continue
            if kind is EventKind.DECISION and is_verb and tokens[first].key in _PREDICATE_MODALS:
                reporting = _announced(tokens, first)
                if reporting < 0:
                    continue  # "analysts warned Armenia would stop paying": no decision
                if (
                    date is None
                    and len(own_dates) == 1
                    and own_dates[0].end <= tokens[reporting].start
                ):
                    # "On 4 May the ministry said that Minsk will stop financing ...":
                    # decided when announced.
                    date, dated_here = own_dates[0].date, True
            if (
                kind is EventKind.DECISION
                and is_verb
                and tokens[last - 1].key == "to"
                and self._asks_next(analysis, _skip_adverb(tokens, last))
            ):
                # "decided to formally ask Russia for help": the decision is the appeal.
                kind = EventKind.APPEAL
            if kind is EventKind.APPEAL and date is None:
                continue  # "Yerevan asked the CSTO for help" undated: background
            if (
                bare
                and tokens[first].key in _PURCHASES | _RECEIPTS
                and (
                    subject is None
                    or not dated_here
                    or not self._weapons_after(tokens, last, _OBJECT_REACH + 2)
                )
            ):
                continue  # "received a fact-finding mission", undated "received weapons"
            if (
                bare
                and tokens[first].key == "voted"
                and not self._voted_to(tokens, last, dated_here)
            ):
                continue
            if (
                bare
                and tokens[first].key in _RECEIPTS
                and tokens[first - 1].key in _PERFECT_AUXILIARIES
            ):
                continue  # "said Russia had received Iranian missiles": a claim, undated
            if trigger_keys in _BANS and any(
                t.key in _TRADE_NOUNS for t in tokens[last : last + _OBJECT_REACH]
            ):
                kind = EventKind.SANCTIONS  # "imposed a ban on Armenian brandy imports"
            if kind is EventKind.WITHDRAWAL and is_verb:
                if self._object_near(analysis, first, last, "gathering_nouns", before=False):
                    kind = EventKind.CANCELLATION  # "pulled out of the summit": called off
                elif trigger_keys in _WALKOUTS:
                    continue  # "students walked out of lectures": no withdrawal
            if kind is EventKind.VISIT and is_verb and self._arms_before(tokens, first):
                kind = EventKind.DELIVERY  # "the first Su-30SM jets arrived in Gyumri"
            if (
                kind is EventKind.AGREEMENT_SIGNING
                and right + 2 < len(tokens)
                and (tokens[right].key, tokens[right + 1].key) == ("to", "end")
                and tokens[right + 2].key in {"the", "a"}
            ):
                kind = EventKind.CEASEFIRE  # "signed a statement ... to end the war"
            if (
                kind is EventKind.CLASH
                and not is_verb
                and tokens[last - 1].key in _ATTACK_NOUNS
                and self._state_between(analysis, left, first)
                and self._on_state(analysis, last)
            ):
                # "Azerbaijan's attack on Armenian territory": one state's armed attack on
                # another is an offensive (but "attacks on Russia" in the press are none).
                kind = EventKind.OFFENSIVE
            participants: list[str] = []
            named_alone = False  # a participant named on its own, not as one of a pair
            for mention in analysis.mentions:
                if (
                    mention.first >= left
                    and mention.last <= right
                    and not _opposed(tokens, mention.first)
                    and not self._locates_place(analysis, mention)
                ):
                    participants.append(mention.actor_id)
                    named_alone = named_alone or not mention.paired
            places = [p for p in analysis.places if p.first >= left and p.last <= right]
            # "the summit declaration", "Opening the talks": a bare definite mention
            # refers back to the event the text has already reported.
            phrase_start, phrase_end = tokens[left].start, tokens[right - 1].end
            anaphoric = (
                not any(d.start < phrase_end and phrase_start < d.end for d in own_dates)
                # "the two presidents" goes back to a pair already named, as the event does
                and not named_alone
                and not places
                and not is_verb
                and first > 0
                and tokens[first - 1].key in _ANAPHORIC
            )
            if anaphoric and _landmark(tokens, first - 1) and self.recall is not None:
                # "At the end of the session the two ministers signed a protocol": told at
                # a known event, the rest of the sentence takes its date.
                landmark = self.recall(kind)
            spoken = any(self.actors[p].kind is ActorKind.PERSON for p in participants)
            # An army's state takes part too ("U.S. troops" are the United States').
            participants.extend(
                state
                for p in list(participants)
                if self.actors[p].kind is ActorKind.MILITARY
                and (state := self.actors[p].state) is not None
                and state in self.kb.actors
            )
            if bloc and bloc not in participants:
                participants.append(bloc)  # "the Union, which Armenia joined in 2015"
            if kind in _PERSONAL_KINDS and not negated:
                participants.extend(self._persons(analysis))
            if (
                kind is EventKind.TALKS
                and tokens[first].key == "talks"
                and last - first == 1
                and spoken
            ):
                # "talks between Putin and Pashinyan": leaders' talks are a meeting.
                kind = EventKind.MEETING
            if date is None and not participants and not places:
                continue
            if kind in _CHAIRED_KINDS:
                # "The session took place on Wednesday under the co-chairmanship of
                # Grigoryan and Overchuk": those who sat or spoke take part, once the
                # phrase itself is anchored.
                participants.extend(self._persons(analysis))
            participants.extend(self._conflict_parties(kind, participants, places))
            participants.extend(p for p in named_parties if p in self.kb.actors)
            # The states whose officials and bodies took part take part too: a
            # dyad's events are found by its states.
            participants.extend(
                state
                for p in list(participants)
                if (actor := self.actors.get(p)) is not None
                and actor.kind is not ActorKind.STATE
                and (state := actor.state) is not None
                and state in self.kb.actors
            )
            label_start = left
            while label_start < first and tokens[label_start].key in _DETERMINERS:
                label_start += 1
            span = evidence(analysis, label_start, right, document_id)
            if is_verb and kind is EventKind.MEETING:
                meeting_reach = (first, right)
            if (
                events
                and events[-1][0].kind is EventKind.CEASEFIRE
                and kind is EventKind.AGREEMENT_SIGNING
                and is_verb
                and tokens[first].key in _SIGNING_VERBS
                and left <= reach
                and not participants
            ):
                # "the ceasefire statement signed on 10 November": signing the truce is
                # the ceasefire, not an agreement of its own ("signed by the leaders of
                # ..." tells the parties' signing, an event of its own).
                kind = EventKind.CEASEFIRE
            if events and events[-1][0].kind is kind and left <= reach:
                # Two triggers of one phrase ("agreed in a memorandum signed by ..."): one
                # event, with the parties and the date of both.
                known = events[-1][0]
                events[-1] = (
                    known.model_copy(
                        update={
                            "date": known.date or date,
                            "participants": tuple(
                                dict.fromkeys((*known.participants, *participants))
                            ),
                        }
                    ),
                    False,
                )
                reach = max(reach, right)
                continue
            reach = right
            partners = self._call_partners(analysis, last) if kind in _PAIRWISE_KINDS else []
            if len(partners) > 1:
                # "spoke by phone with Putin, Macron and Blinken", "in separate calls with
                # Pashinyan and Aliyev": a call has two ends, so one call per partner.
                callers = [p for p in participants if p not in partners]
                callers = [p for p in callers if p not in self.kb.state_ids]
                for other in partners:
                    ends = [*callers, other]
                    states = [state for end in ends if (state := self._state_of(end))]
                    call = Event(
                        kind=kind,
                        label=span.text,
                        date=date,
                        participants=tuple(dict.fromkeys([*ends, *states])),
                        location=places[0].place.name if places else None,
                        evidence=span,
                    )
                    events.append((call, False))
                continue
            if kind in _OCCASIONS:
                (verb_families if is_verb else noun_families).append(
                    (len(events), _OCCASIONS[kind])
                )
            events.append(
                (
                    Event(
                        kind=kind,
                        label=span.text,
                        date=date,
                        participants=tuple(dict.fromkeys(participants)),
                        location=places[0].place.name if places else None,
                        evidence=span,
                    ),
                    anaphoric,
                )
            )
        # "Putin held talks with Aliyev, who is in Moscow on an official visit"; "the
        # envoy landed in Tbilisi for talks": the visit is the occasion of the meeting
        # the verb reports, the talks the purpose of the visit; one event, not two.
        told = {family for _, family in verb_families}
        dropped = {k for k, family in noun_families if told - {family}}
        self.occasions = [events[k][0].kind for k in sorted(dropped)]
        return [item for k, item in enumerate(events) if k not in dropped]

    def _voted_to(self, tokens: list[Token], last: int, dated: bool) -> bool:
        """Whether a bare "voted" is a dated vote to do something no trigger of its own
        tells: "voted on Wednesday to start the accession process" (not "voted on Tuesday
        to ratify", a ratification, nor "when parliament voted on 3 October")."""
        if not dated:
            return False
        for k in range(last, min(len(tokens) - 1, last + 6)):
            if tokens[k].key in _NEGATION_BOUNDS:
                return False
            if _infinitive(tokens, k):
                return tokens[k + 1].key not in self.table.firsts
        return False

    def _ended(self, tokens: list[Token], first: int, right: int) -> bool:
        """Whether the phrase tells a ban or freeze that ended: "lifting the ban on
        flights", "Moscow scrapped its freeze", "the flight ban was lifted"."""
        ending = self.kb.cue("ending_verbs")
        for k in range(first - 1, max(-1, first - 4), -1):
            if tokens[k].key in ending:
                return True
            if tokens[k].key in _NEGATION_BOUNDS:
                break
        k = right
        while k < len(tokens) and k - right < 3 and tokens[k].key in _BE_FORMS:
            k += 1
        return k > right and k < len(tokens) and tokens[k].key in ending

    def _asks_next(self, analysis: SentenceAnalysis, k: int) -> bool:
        """Whether the infinitive at ``k`` asks for help ("to ask Russia for help") or
        appeals to a party ("to appeal to the CSTO")."""
        tokens = analysis.tokens
        if k + 1 >= len(tokens):
            return False
        if tokens[k].key == "appeal" and tokens[k + 1].key == "to":
            return True
        return tokens[k].key == "ask" and self._asks_for_help(analysis, k + 1, None)

    def _asks_for_help(
        self, analysis: SentenceAnalysis, last: int, subject: MentionSpan | None
    ) -> bool:
        """Whether "asked" or "turned to" makes an appeal: asks "for help" or "for
        assistance" ("asked its allies for help"), or, said of a named party, asks one
        to act ("Pashinyan asked Putin to begin consultations"); "the appeal of" needs
        whom it went "to"."""
        tokens = analysis.tokens
        helps = self.kb.cue("help_nouns")
        end = min(len(tokens), last + _OBJECT_REACH + 2)
        for k in range(last, end):
            if tokens[k].key in _CLAUSE_ENDS:
                break
            if tokens[k].key == "for" and any(
                t.key in helps for t in tokens[k + 1 : min(end + 2, k + 4)]
            ):
                return True
            if tokens[k].key == "to" and tokens[last - 1].key == "of":
                return analysis.mention_at(k + 1) is not None or (
                    k + 2 < len(tokens) and analysis.mention_at(k + 2) is not None
                )
        if subject is None or tokens[last - 1].key not in {"asked", "asks"}:
            return False
        target = analysis.mention_at(last)
        if target is None and last + 1 < len(tokens) and tokens[last].key == "the":
            target = analysis.mention_at(last + 1)
        return target is not None and target.last < len(tokens) and _infinitive(tokens, target.last)

    def _named_war(
        self, tokens: list[Token], first: int, last: int
    ) -> tuple[NamedWarEntry, ConflictEntry] | None:
        """The war a name ending in the trigger tells ("the 44-day war"), if known."""
        index = self.kb.named_war_index
        for k in range(max(0, last - self.kb.named_war_table.longest), first + 1):
            found = index.get(tuple(t.key for t in tokens[k:last]))
            if found is not None:
                return found
        return None

    def _joined_bloc(self, analysis: SentenceAnalysis, first: int, last: int) -> str | None:
        """The organisation a state "joined" or "became a member of": its object ("joined
        the Eurasian Economic Union"), or the name a relative clause hangs on ("the
        Union, which Armenia joined in 2015"); None if it joined no organisation."""
        tokens = analysis.tokens
        k = last + 1 if last < len(tokens) and tokens[last].key == "the" else last
        candidates = [analysis.mention_at(k)] if k < len(tokens) else []
        # The relative clause's subject comes between: "which it joined", "that the
        # Armenian government joined".
        for k in range(first - 1, max(1, first - 6), -1):
            if tokens[k].key in _CLAUSE_ENDS - {"which"} or tokens[k].key == ",":
                break
            if tokens[k].key in {"which", "that"}:
                end = k - 1 if tokens[k - 1].key == "," else k
                candidates.append(analysis.mention_ending_at(end))
                break
        for mention in candidates:
            if (
                mention is not None
                and self.actors[mention.actor_id].kind is ActorKind.ORGANIZATION
                and self.actors[mention.actor_id].state is None
            ):
                return mention.actor_id
        return None

    def _state_of(self, actor_id: str) -> str | None:
        """The state a person or body belongs to, if the knowledge base knows it."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.kind is ActorKind.STATE:
            return None
        return actor.state if actor.state in self.kb.actors else None

    def _call_partners(self, analysis: SentenceAnalysis, last: int) -> list[str]:
        """The people listed after the "with" that ends or follows a call trigger: "with
        Russian President Vladimir Putin, French President Emmanuel Macron and ..."."""
        tokens = analysis.tokens
        k = last
        if tokens[k - 1].key != "with":
            if k >= len(tokens) or tokens[k].key != "with":
                return []
            k += 1
        partners: list[str] = []
        while k < len(tokens):
            mention = analysis.mention_at(k)
            if mention is not None:
                if mention.form is MentionForm.PRONOUN:
                    break
                if self.actors[mention.actor_id].kind is ActorKind.PERSON:
                    partners.append(mention.actor_id)
                k = max(mention.last, k + 1)
                continue
            token = tokens[k]
            if token.key in {",", "and", "of", "the"} or token.text[:1].isupper():
                k += 1
                continue
            break
        return list(dict.fromkeys(partners))

    def _document_year(self, tokens: list[Token], when: DateMention, first: int, last: int) -> bool:
        """Whether ``when`` is a bare year naming a document outside the trigger: "the
        1997 Treaty on Friendship", "the 2020 statement" (not "the 2020 war")."""
        if not (len(when.text) == 4 and when.text.isdigit()):
            return False
        after = [k for k, t in enumerate(tokens) if t.start >= when.end]
        if not after or first <= after[0] < last:
            return False
        return tokens[after[0]].key in self.documents

    def _locates_place(self, analysis: SentenceAnalysis, mention: MentionSpan) -> bool:
        """Whether a state only says where a place lies: "near Aktau in Kazakhstan",
        "in Sochi, Russia" (the crash or the summit is Kazakhstan's or Russia's no more
        than any other event on its soil)."""
        if self.actors[mention.actor_id].kind is not ActorKind.STATE:
            return False
        tokens = analysis.tokens
        k = mention.first - 1
        if k < 1 or tokens[k].key not in {"in", ","}:
            return False
        if any(place.last == k for place in analysis.places):
            return True
        # A place the knowledge base does not know: a capitalised word that is no
        # actor's name, after a locative preposition ("near Aktau in Kazakhstan").
        name = tokens[k - 1]
        return (
            k >= 2
            and name.text[:1].isupper()
            and name.key.isalpha()
            and analysis.mention_at(k - 1) is None
            and tokens[k - 2].key in _LOCATIVES
        )

    def _state_between(self, analysis: SentenceAnalysis, begin: int, end: int) -> bool:
        """Whether a state is named between ``begin`` and ``end`` ("Azerbaijani attacks")."""
        return any(
            begin <= m.first and m.last <= end and self.actors[m.actor_id].kind is ActorKind.STATE
            for m in analysis.mentions
        )

    def _on_state(self, analysis: SentenceAnalysis, k: int) -> bool:
        """Whether "on" at ``k`` governs a state or its territory: "on Armenia", "on
        Armenian territory", "on the territory of Armenia" (not "on Armenian positions")."""
        tokens = analysis.tokens
        if k >= len(tokens) or tokens[k].key != "on":
            return False
        k += 1
        if k < len(tokens) and tokens[k].key == "the":
            k += 1
        if k + 1 < len(tokens) and (tokens[k].key, tokens[k + 1].key) == ("territory", "of"):
            k += 2
        if (
            k + 1 < len(tokens)
            and tokens[k].key in _POSSESSIVES | {"our"}
            and tokens[k + 1].key in _HOMELANDS
        ):
            return True  # "Azerbaijan's attack on his country", told by its leader
        mention = analysis.mention_at(k)
        if mention is None or mention.first != k:
            return False
        if self.actors[mention.actor_id].kind is not ActorKind.STATE:
            return False
        after = tokens[mention.last] if mention.last < len(tokens) else None
        return after is None or not after.text.islower() or after.key in _TERRITORY

    def _verb_like(self, token: Token) -> bool:
        return (token.key,) in self.kb.verb_index or _finite_verb(token)

    def _negated(self, tokens: list[Token], begin: int, first: int, is_verb: bool) -> bool:
        """A negator before the trigger, unless (for a noun) a preposition comes between:
        "did not give any help during the war" still reports the war."""
        for k in range(first - 1, begin - 1, -1):
            key = tokens[k].key
            if key in self.negators:
                return True
            if not is_verb and key in _LINKING_PREPOSITIONS:
                return False
        return False

    def _not_attended(self, tokens: list[Token], begin: int, first: int, is_verb: bool) -> bool:
        """Whether a negator before a noun trigger denies only someone's attendance:
        "would not attend Putin's inauguration", "did not go to the parade" (the
        inauguration and the parade took place)."""
        if is_verb:
            return False
        return any(tokens[k].key in self.attendance for k in range(begin, first))

    def _unrealised(self, tokens: list[Token], first: int, last: int, is_verb: bool) -> bool:
        """A verb trigger after a modal ("would also withdraw", "to visit") or a noun one
        that did not happen ("deliveries were delayed")."""
        if is_verb:
            k = first - 1
            if k >= 0 and tokens[k].key in _ADVERBS:
                k -= 1
            # "could be deployed", "would have been signed": a passive or perfect after
            # the modal is as unrealised as the bare verb.
            while k >= 1 and tokens[k].key in _AUXILIARIES:
                k -= 1
            return (
                k >= 0
                and tokens[k].key in _MODALS
                and tokens[first].key not in _MODALS
                and not _realised_infinitive(tokens, k)
            )
        # "poised to begin negotiations", "will hold urgent consultations", "to host the
        # bloc's exercises", "could conduct a 'special operation'": a noun trigger as the
        # object of a verb that starts it, after a modal; "having planned a war": the
        # object of a plan.
        k = first - 1
        while k >= 1 and first - k <= 7:
            if tokens[k].key == "with" and tokens[k - 1].key in self.planning_verbs:
                return True  # "threatened with arrest"
            if not _in_object(tokens[k]):
                break
            if tokens[k].key in self.planning_verbs:
                return True
            if tokens[k].key in self.launch_verbs and tokens[k - 1].key in _MODALS:
                return not _realised_infinitive(tokens, k - 1)
            k -= 1
        if self._called_off_before(tokens, first):
            return True  # "Baku called off Overchuk's visit": it did not take place
        return (
            last + 1 < len(tokens)
            and tokens[last].key in {"was", "were", "has", "have", "had"}
            and tokens[last + 1].key in _CALLED_OFF
        )

    def _called_off_before(self, tokens: list[Token], first: int) -> bool:
        """Whether the noun at ``first`` is the object of a verb that calls it off:
        "cancelled the visit", "called off Overchuk's trip", "postponed the summit"."""
        for k in range(first - 1, max(-1, first - 5), -1):
            key = tokens[k].key
            if key in _CALLED_OFF_VERBS or (
                key == "off" and k > 0 and tokens[k - 1].key in {"called", "calls", "calling"}
            ):
                return True
            if key in _CLAUSE_ENDS or key == "," or (key,) in self.kb.verb_index:
                return False
        return False

    def _agreed_deal(self, tokens: list[Token], first: int) -> bool:
        """Whether "agreed" is the participle of a deal named just before it: "a $200
        million credit agreed in 2015", "the border delimitation agreed last month" (not
        "agreed to future contracts"); the parties may stand between ("the border
        delimitation with Azerbaijan agreed last month")."""
        k = first - 1
        while (
            k > 0
            and first - k < 5
            and (tokens[k].text[:1].isupper() or tokens[k].key in {"with", "between", "and"})
        ):
            k -= 1
        return k >= 0 and tokens[k].key in self.kb.cue("agreed_deals")

    def _object_near(
        self,
        analysis: SentenceAnalysis,
        first: int,
        last: int,
        cue: str,
        relative: bool = False,
        before: bool = True,
    ) -> bool:
        """Whether a word of the cue list is within reach of the trigger, on either side
        ("signed a memorandum", "the agreement signed by"), within its clause and not
        inside a name ("the Collective Security Treaty Organization has agreed to ...");
        with ``relative``, also the word a relative clause hangs on ("the decree which
        Putin signed"); without ``before``, only after it (its object)."""
        tokens = analysis.tokens
        words = self.kb.cue(cue)
        for k in range(last, min(len(tokens), last + _OBJECT_REACH)):
            if tokens[k].key in _CLAUSE_ENDS:
                break
            if tokens[k].key in words and not self._in_name(analysis, k):
                return True
        if not before:
            return False
        for k in range(first - 1, max(-1, first - 1 - _OBJECT_REACH), -1):
            if relative and tokens[k].key in {"which", "that"} and k > 0:
                relative = False
                continue
            if tokens[k].key in _CLAUSE_ENDS:
                break
            if tokens[k].key in words and not self._in_name(analysis, k):
                return True
        return False

    def _in_name(self, analysis: SentenceAnalysis, k: int) -> bool:
        """Whether token ``k`` is part of a name ("the Collective Security Treaty
        Organization"); a person known by a role word ("its ambassador") is not."""
        mention = analysis.mention_at(k)
        return mention is not None and self.actors[mention.actor_id].kind is not ActorKind.PERSON

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


_NEGATION_BOUNDS = frozenset({",", ";", ":", ".", "?", "!"})
"""A negator's reach ends at these: "no. The minister froze ..." (an answer the splitter
left in the sentence) does not negate the freeze."""
_VERB_NEGATORS = frozenset({"not", "never", "n't"})
"""Right before a trigger, these make it a negated verb ("would never visit Minsk", "did not
meet"): the event is denied, not only someone's part in it."""
_LOCATIVES = frozenset({"in", "near", "at", "outside", "around", "to", "from"})
_CLAUSE_ENDS = frozenset({";", ":", ".", "but", "while", "which", "who"})
_LINKING_PREPOSITIONS = frozenset(
    {
        *("during", "after", "before", "since", "in", "of", "at", "to", "from", "for", "over"),
        *("until", "despite"),
    }
)
"""A negator before one of these does not deny the noun event after it: "no help during the
war", "got no help despite the attack in September"."""
_ADVERBS = frozenset({"also", "not", "then", "soon", "now", "still", "eventually", "jointly"})
_CALLED_OFF = frozenset(
    {"delayed", "postponed", "cancelled", "canceled", "halted", "suspended", "blocked", "stalled"}
)
_CALLED_OFF_VERBS = frozenset(
    {"postponed", "postpones", "cancelled", "canceled", "cancels", "scrapped", "scraps"}
)
_ATTACK_NOUNS = frozenset({"attack", "attacks"})
_ENDABLE_KINDS = frozenset({EventKind.SUSPENSION})
"""Kinds of a state of things that a phrase may tell the end of ("the ban was lifted")."""
_BE_FORMS = frozenset({"is", "was", "were", "are", "be", "been", "being", "has", "have", "had"})
_TERRITORY = frozenset({"territory", "soil", "and", "in", "on", "from", "with", "that", "which"})
"""What may follow the state an attack is "on" for it to be the state itself: "an attack on
Armenian territory in September", "on Armenia and ...", not "on Armenian positions"."""
_DOCUMENT_KINDS = frozenset(
    {EventKind.AGREEMENT_SIGNING, EventKind.RATIFICATION, EventKind.CEASEFIRE}
)
"""Kinds a document's year dates: "the 1997 treaty was signed", "the 2020 ceasefire
statement"."""
_PAIRWISE_KINDS = frozenset({EventKind.PHONE_CALL})
"""Kinds with two ends: a call with a partner the other call lacks is another call."""
_MEETING_NOUNS = frozenset({EventKind.SESSION, EventKind.MEETING, EventKind.TALKS})
_OCCASIONS = {EventKind.VISIT: "visit", EventKind.MEETING: "meeting", EventKind.TALKS: "meeting"}
"""A visit and the meeting held during it, as families: a noun of one family in a sentence
whose verb reports an event of the other names its occasion or purpose."""
_PREDICATE_STARTS = frozenset(
    {
        *("was", "were", "is", "are", "has", "have", "had", "took", "began", "started", "ended"),
        *("erupted", "broke", "flared", "occurred", "happened"),
    }
)
_SUBORDINATORS = frozenset({"before", "after", "since", "when", "while", "until", "because"})
_ANAPHORIC = frozenset({"the", "this", "these"})
_RELATIVES = frozenset({"that", "which", "who", "whose", "where"})
_REALISING = frozenset({"voted", "first", "last"})
"""An infinitive after these happened: "voted on Tuesday to ratify", "the first ... to visit"."""


_OBJECT_STOPS = frozenset({*_LEFT_STOPS, *_LINKING_PREPOSITIONS} - {"'s"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "'s"})


def _in_object(token: Token) -> bool:
    """A word that can stand between a verb and the noun it governs: a determiner,
    adjective or name, a possessive, a quote or a hyphen ("host the bloc's", "conduct a
    "special"", "host the command-staff drills")."""
    if token.key in _QUOTES or token.key == "-":
        return True
    return token.key.replace("-", "").isalnum() and token.key not in _OBJECT_STOPS


def _modal_predicate(tokens: list[Token], last: int, right: int) -> bool:
    """Whether a modal follows the event's phrase as its predicate ("the exit ... would")."""
    for k in range(last, min(len(tokens), right + 1)):
        key = tokens[k].key
        if key in {"and", ",", "or"}:
            return False
        if key in _PREDICATE_MODALS:
            return True
    return False


_DEALS = frozenset(
    {"deal", "agreement", "statement", "ceasefire", "truce", "accord", "declaration"}
)
_DEAL_REACH = 8


_PASSIVE_BE = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_ATTRIBUTING = frozenset(
    {"said", "says", "announced", "reported", "confirmed", "stated", "told", "added"}
)


def _attribution_date(
    tokens: Sequence[Token], right: int, dates: Sequence[DateMention]
) -> PartialDate | None:
    """The day of a trailing attribution after the event's phrase: ", the ministry said
    on Tuesday" (a date within three words after the reporting verb)."""
    k = right
    while k < len(tokens) and tokens[k].key != ",":
        if tokens[k].key in {";", "."}:
            return None
        k += 1
    for j in range(k + 1, min(len(tokens), k + 8)):
        if tokens[j].key in {",", ";"}:
            return None
        if tokens[j].key in _ATTRIBUTING:
            window_end = tokens[min(len(tokens) - 1, j + 3)].end
            for d in dates:
                if tokens[j].end <= d.start < window_end:
                    return d.date
            return None
    return None


def _deal_date(tokens: list[Token], last: int, dates: Sequence[DateMention]) -> PartialDate | None:
    """The month of the deal a verb at ``last`` acted "under", as its clause dates it:
    "under the deal that ended the war in November 2020", "under the trilateral
    statement signed ... on 10 November 2020"."""
    for k in range(last, min(len(tokens) - 1, last + _DEAL_REACH)):
        if tokens[k].key in _CLAUSE_ENDS:
            return None
        if tokens[k].key != "under":
            continue
        if not any(t.key in _DEALS for t in tokens[k + 1 : k + 4]):
            return None
        ends = [t.start for t in tokens[k:] if t.key in {";", "."}]
        stop = ends[0] if ends else tokens[-1].end
        for when in dates:
            if tokens[k].end <= when.start < stop:
                return when.date.truncate(Precision.MONTH)
        return None
    return None


_ANNOUNCING = frozenset(
    {"announced", "announces", "said", "says", "declared", "declares", "confirmed", "decided"}
)


def _announced(tokens: list[Token], first: int) -> int:
    """The "that" by which a modal at ``first`` is reported as decided ("announced that
    it would stop paying", "said that Minsk will stop financing"), or -1."""
    for k in range(first - 1, max(0, first - 6), -1):
        if tokens[k].key in _NEGATION_BOUNDS:
            return -1
        if tokens[k].key == "that":
            return k if any(t.key in _ANNOUNCING for t in tokens[max(0, k - 3) : k]) else -1
    return -1


def _skip_adverb(tokens: list[Token], k: int) -> int:
    """``k``, or the word after it if ``k`` is an adverb ("to formally ask")."""
    return k + 1 if k < len(tokens) and tokens[k].key.endswith("ly") else k


def _perfect(tokens: list[Token], first: int) -> bool:
    """Whether "has" or "have" (and an adverb) stands before the verb at ``first``."""
    k = first - 1
    if k >= 0 and tokens[k].key in _ADVERBS | _MANNER_ADVERBS | {"already", "formally", "since"}:
        k -= 1
    return k >= 0 and tokens[k].key in {"has", "have"}


def _realised_infinitive(tokens: list[Token], modal: int) -> bool:
    if tokens[modal].key != "to":
        return False
    return any(t.key in _REALISING for t in tokens[max(0, modal - 5) : modal])


_LASTING_KINDS = frozenset(
    {EventKind.VISIT, EventKind.WAR, EventKind.MILITARY_OPERATION, EventKind.OFFENSIVE}
)
"""Kinds that last: "said on Monday during the war" dates the saying, not the war."""
_OTHER_TIME_CLAUSES = frozenset({"since", "until", "because"})
"""Subordinators whose clause is not at the main clause's time ("when" is)."""
_CLAUSE_MARKERS = _OTHER_TIME_CLAUSES | {",", ";", ":"}
_PERSON_RELATIVES = frozenset({"who", "whose"})
_PERFECT_AUXILIARIES = frozenset({"had", "has", "have"})


def _reported(
    tokens: list[Token], left: int, first: int, when: DateMention, verb: Callable[[Token], bool]
) -> PartialDate | None:
    """The date of a perfect reported by a dated verb: "announced on 18 June that
    Armenia had signed a contract" tells a signing done by then, so the report's month
    dates it (not its day). None unless the clause is "<verb> [date] that <subject>
    had/has <trigger>"."""
    k = first - 1
    if k >= 0 and tokens[k].key in {"already", "just", "also", "recently"}:
        k -= 1
    if k < 0 or tokens[k].key not in _PERFECT_AUXILIARIES:
        return None
    if left < 1 or tokens[left - 1].key != "that" or when.end > tokens[left - 1].start:
        return None
    if when.text.lower().startswith("recent"):
        return None
    between = [t for t in tokens[: left - 1] if t.start >= when.end]
    if between and not verb(between[-1]):
        return None  # "said on Monday that", "on 3 May ..., announced that"
    return when.date.truncate(Precision.MONTH)


_PRESENT_BE = frozenset({"is", "are"})
_CONDITIONALS = frozenset({"if", "unless"})


def _denied_noun(tokens: list[Token], clause: int, first: int) -> bool:
    """Whether "no" determines the noun trigger at ``first``: "no talks", "no
    substantive talks" (not "no help during the war", where the trigger is not its noun)."""
    for k in range(first - 1, max(clause - 1, first - 4), -1):
        key = tokens[k].key
        if key == "no":
            return True
        if not tokens[k].text.islower() or key in _LINKING_PREPOSITIONS or key in _DETERMINERS:
            return False
    return False


_STAYING = frozenset({"is", "are", "remain", "remains", "stay", "stays"})
_PLACING_PREPOSITIONS = frozenset(
    {"in", "at", "on", "along", "near", "to", "under", "during", "across", "inside"}
)


def _stationed(tokens: list[Token], first: int, last: int, date: PartialDate | None) -> bool:
    """Whether "deployed" tells where forces are, not that they were sent: after a present
    "are" or "remain" ("peacekeepers are deployed in Karabakh under the 2020 deal"), or as
    an undated participle before a place ("the base deployed in Gyumri")."""
    k = first - 1
    if k >= 0 and tokens[k].key.endswith("ly"):
        k -= 1  # "are temporarily deployed"
    if k >= 0 and tokens[k].key in _STAYING:
        return True
    return (
        date is None
        and tokens[first].key == "deployed"
        and last < len(tokens)
        and tokens[last].key in _PLACING_PREPOSITIONS
    )


def _present_visit(tokens: list[Token], first: int, is_verb: bool) -> bool:
    """A visit told as under way: "who is visiting Minsk", "is in Minsk on a state
    visit", "are on a two-day visit" (not "was on a visit", "is to visit")."""
    k = first - 1
    if is_verb:
        if tokens[first].key != "visiting":
            return False
        if k >= 0 and tokens[k].key.endswith("ly"):
            k -= 1  # "is currently visiting"
        return k >= 0 and tokens[k].key in _PRESENT_BE
    steps = 0
    while k >= 0 and steps < 5 and tokens[k].key != "on":
        if tokens[k].text[:1].isupper():
            return False  # "on Putin's visit": the visit of a named other
        if _finite_verb(tokens[k]) or tokens[k].key in {",", ";", ":"}:
            return False
        k -= 1
        steps += 1
    if k < 1 or tokens[k].key != "on":
        return False
    for j in range(k - 1, max(-1, k - 6), -1):
        key = tokens[j].key
        if key in _PRESENT_BE:
            return True
        if key in {",", ";", ":", "was", "were", "to", "will", "be"}:
            return False
    return False


_LANDMARKS = (
    ("at", "the", "end", "of"),
    ("at", "the", "close", "of"),
    ("at", "the", "start", "of"),
    ("at", "the", "beginning", "of"),
    ("at", "the", "opening", "of"),
    ("at", "the", "conclusion", "of"),
    ("on", "the", "sidelines", "of"),
    ("on", "the", "margins", "of"),
    ("on", "the", "fringes", "of"),
    ("during",),
)
"""What tells a sentence at an event: "At the end of the session", "during the talks"."""


def _landmark(tokens: list[Token], article: int) -> bool:
    """Whether a landmark phrase comes right before the article of an event noun."""
    keys = tuple(t.key for t in tokens[max(0, article - 4) : article])
    return any(keys[len(keys) - len(phrase) :] == phrase for phrase in _LANDMARKS)


def _since(tokens: list[Token], when: DateMention) -> bool:
    """Whether "since" governs the date: "since 2020", "since the 2020 war"."""
    before = [t.key for t in tokens if t.end <= when.start][-2:]
    return bool(before) and (before[-1] == "since" or before == ["since", "the"])


def _date_of(
    tokens: list[Token],
    left: int,
    last: int,
    right: int,
    dates: Sequence[DateMention],
    verb: Callable[[Token], bool],
    lasting: bool = False,
) -> tuple[PartialDate | None, bool]:
    """The event's date, and whether the text dates it (not just "recently").

    A date inside the event's phrase is its date; a year that ends a name ("exercise
    Eagle Partner 2023 started on Monday") gives way to the sentence's other date.
    "<n> <units> after/before" in front of the phrase shifts the date before it ("a
    day after the troops handed over the post" is the day before that date).
    A ``lasting`` event (a visit, a war) introduced by "during" takes no date from
    outside its phrase: "announced on Friday during his visit" dates the announcement.
    A date after "since" dates nothing outside its phrase. Of several dates, the one of
    the event's own clause is taken (:func:`_clause_date`); of one, it is taken unless
    it belongs to another verb: "announced on Tuesday that Armenia would sign ...",
    "the vote, ... a bill that began in January".
    """
    start, end = tokens[left].start, tokens[right - 1].end
    inside = [when for when in dates if when.start < end and start < when.end]
    outside = [when for when in dates if when not in inside]
    if inside:
        when = inside[0]
        if (
            len(inside) == 1
            and len(outside) == 1
            and _names_year(tokens, when)
            and when.date.contains(outside[0].date)
        ):
            when = outside[0]
        return when.date, not when.text.lower().startswith("recent")
    # "Since the 2020 war, Armenia has signed deals": a period's start dates nothing in it.
    dates = [when for when in dates if not _since(tokens, when)]
    if lasting and left > 0 and tokens[left - 1].key == "during":
        # "announced on Friday during the first visit to Armenia": the date is the
        # announcement's; the visit, its occasion, may have begun days before.
        return None, False
    shifted = _shifted(tokens, left, dates)
    if shifted is not None:
        return shifted, True
    opening = _opening_date(tokens, left, dates)
    if opening is not None:
        return opening.date, True
    if len(dates) > 1:
        near = _clause_date(tokens, left, last, right, dates, verb)
        return (near.date, True) if near is not None else (None, False)
    if len(dates) != 1 or dates[0].text.lower().startswith("recent"):
        return None, False
    when = dates[0]
    if not _dates_phrase(tokens, left, last, right, when, verb):
        return None, False
    return when.date, True


_IRREGULAR_PAST = frozenset(
    {"bought", "sold", "sent", "paid", "built", "made", "held", "led", "won", "lost", "took"}
)
"""Past forms without "-ed": "radars bought in 2020" dates the purchase, not the phrase."""
_CLAUSE_REACH = 5
"""At most this many words between an event's phrase and a date before it in its clause."""


def _clause_date(
    tokens: list[Token],
    left: int,
    last: int,
    right: int,
    dates: Sequence[DateMention],
    verb: Callable[[Token], bool],
) -> DateMention | None:
    """Of a sentence's several dates, the one of the event's own clause: the first after
    its phrase with no verb, comma or relative word between ("signed a contract for
    radars in 2023, after ... in 2020"), else the last before it with a few plain words
    between ("In 2020 ..., and in 2022 Yerevan signed a contract"); None otherwise."""
    start, end = tokens[left].start, tokens[right - 1].end
    usable = [when for when in dates if not when.text.lower().startswith("recent")]
    after = [when for when in usable if when.start >= end]
    if (
        after
        and _dates_phrase(tokens, left, last, right, after[0], verb)
        and not any(t.key in _IRREGULAR_PAST for t in tokens[right:] if t.end <= after[0].start)
    ):
        return after[0]
    before = [when for when in usable if when.end <= start]
    if not before:
        return None
    when = before[-1]
    between = [t for t in tokens[:left] if t.start >= when.end]
    if len(between) > _CLAUSE_REACH or any(
        t.key in {",", ";", ":", "(", ")"}
        or t.key in _RELATIVES
        or t.key in _SUBORDINATORS
        or t.key in _PREDICATE_STARTS
        or t.key in _IRREGULAR_PAST
        or verb(t)
        for t in between
    ):
        return None
    return when


def _dates_phrase(
    tokens: list[Token],
    left: int,
    last: int,
    right: int,
    when: DateMention,
    verb: Callable[[Token], bool],
) -> bool:
    """Whether a date outside the event's phrase is the event's, not another verb's."""
    start = tokens[left].start
    if when.end <= start:
        between = [t for t in tokens[:left] if t.start >= when.end]
        for k, t in enumerate(between):
            # "announced last Tuesday that ...", "voted on Tuesday to ratify ..., bringing
            # it under a tribunal that has issued ..." (but "the 2022 declaration that
            # the two presidents signed" is dated).
            if t.key == "that" and (
                k == 0
                or verb(between[k - 1])
                or any(u.key == "," or u.key.endswith("ing") for u in between[:k])
            ):
                return False
        head = [t for t in tokens if t.end <= when.start][-2:]
        if head and head[-1].key in {"on", "in", "at"}:
            head = head[:-1]
        if (
            head
            and verb(head[-1])
            and any(t.key == "," for t in between)
            and not any(t.key == "when" for t in between)
        ):
            # "Under the decree which Aliyev signed on 9 May, the border reopens": the
            # date is the verb's before it, and the comma closes that clause.
            return False
        markers = [t.key for t in between if t.key in _CLAUSE_MARKERS]
        if markers and markers[-1] in _OTHER_TIME_CLAUSES:
            # "was his first visit ... since the court issued a warrant": the event's
            # clause is subordinate to the dated one and has a time of its own.
            return False
        opened = [k for k, t in enumerate(between[1:], 1) if between[k - 1].key == ","]
        if any(
            between[k].key in {"who", "whose"} and not any(t.key == "," for t in between[k:])
            for k in opened
        ):
            # "On Monday Medvedev, who was president during the war, warned ...": the
            # event sits in an aside; the date is the main clause's.
            return False
    else:
        between = [t for t in tokens[right:] if t.end <= when.start]
        # The event noun's own clause dates it: "the warrant ... was issued in March",
        # "the exercise that the Guards launched last Monday".
        own = 3 if between and between[0].key in _PREDICATE_STARTS else 0
        if between and between[0].key in _RELATIVES and right == last:
            own = len(between)
        elif (
            between
            and _finite_verb(between[0])
            and not any(verb(t) for t in tokens[left:right])
            and tokens[right - 1].text.islower()
            and tokens[right - 1].key not in {"and", "or", "but"}
        ):
            own = 1  # "the ceasefire statement signed on 10 November": it describes the noun
        if any(t.key == "," for t in between) or any(
            t.key in _RELATIVES or t.key in _SUBORDINATORS or verb(t) for t in between[own:]
        ):
            # "the vote ... for a bill that began in January"; "has frozen ... and said in
            # June"; "the process began long before the warrant was issued in March".
            return False
    return True


_OPENING_WORDS = frozenset({"on", "in", "at", "by", "early", "late", "mid", "the", "of"})
_OPENING_REACH = 8


def _opening_date(
    tokens: list[Token], left: int, dates: Sequence[DateMention]
) -> DateMention | None:
    """A date that opens the sentence dates the main clause's event right after it, even
    when the sentence names other dates: "On 17 June the commission approved a rise, to
    take effect on 1 August"; "In 1993 Turkey closed the border, which ... since 2009"."""
    if len(dates) < 2 or left == 0:
        return None
    when = dates[0]
    if when.text.lower().startswith("recent"):
        return None
    head = [t for t in tokens if t.end <= when.start]
    if len(head) > 2 or any(t.key not in _OPENING_WORDS for t in head):
        return None
    between = [t for t in tokens[:left] if t.start >= when.end]
    if between and between[0].key == ",":
        between = between[1:]  # "On Monday, the ministry approved ..."
    if len(between) > _OPENING_REACH or any(
        not t.text[:1].isupper() and t.key not in {"the", "of", "'s", "-"} for t in between
    ):
        # Only the subject's name comes between ("the Public Services Regulatory
        # Commission"): "On Monday, after ... talks, the minister said" is not.
        return None
    return when


def _names_year(tokens: list[Token], when: DateMention) -> bool:
    """A bare year right after a capitalised word in mid-sentence: part of a name."""
    if not (len(when.text) == 4 and when.text.isdigit()):
        return False
    before = [k for k, t in enumerate(tokens) if t.end <= when.start]
    if len(before) < 2:
        return False
    word = tokens[before[-1]].text
    return word[:1].isupper() and word.isalpha()


def _shifted(tokens: list[Token], left: int, dates: Sequence[DateMention]) -> PartialDate | None:
    """The date of "<n> <units> after/before ..." in front of the phrase, counted from
    the date before it in the sentence; None without one."""
    for k in range(left - 1, max(1, left - 14), -1):
        key = tokens[k].key
        if key in {",", ";", ":"}:
            return None
        if key not in {"after", "before", "earlier", "later"}:
            continue
        unit = _OFFSET_UNITS.get(tokens[k - 1].key)
        number = tokens[k - 2].key if k >= 2 else ""
        count = NUMBER_WORDS.get(number) or (int(number) if number.isdigit() else None)
        if unit is None or count is None:
            return None
        before = [when for when in dates if when.end <= tokens[k - 2].start]
        if not before:
            return None
        date = before[-1].date
        step = count if key in {"before", "later"} else -count
        delta = {
            "days": relativedelta(days=step),
            "weeks": relativedelta(weeks=step),
            "months": relativedelta(months=step),
            "years": relativedelta(years=step),
        }[unit]
        moved = date.first_day + delta
        return PartialDate.from_date(moved).truncate(min(_UNIT_PRECISION[unit], date.precision))
    return None


_SAME_DAY = (
    ("the", "same", "day"),
    ("that", "same", "day"),
    ("that", "day"),
    ("the", "same", "night"),
    ("that", "night"),
)
_NEXT_DAY = (("the", "next", "day"), ("the", "following", "day"))
_RELATIVE_WORDS = frozenset(p[-1] for p in (*_SAME_DAY, *_NEXT_DAY)) | {"later"}
"""A word every relative date has: a sentence without one is not scanned for them."""


def _relative_dates(tokens: list[Token], prior: PartialDate) -> list[DateMention]:
    """A date told relative to an earlier sentence's: "<n> <units> later", "the next
    day", "the same day"; the day-counted ones need a day to count from."""
    keys = [t.key for t in tokens]
    for k in range(len(tokens)):
        step: tuple[int, str] | None = None
        span = 0
        if any(tuple(keys[k : k + len(p)]) == p for p in _SAME_DAY):
            span = 2 if keys[k] == "that" and keys[k + 1] != "same" else 3
            step = (0, "days")
        elif any(tuple(keys[k : k + 3]) == p for p in _NEXT_DAY):
            span, step = 3, (1, "days")
        elif k + 2 < len(tokens) and keys[k + 2] == "later" and keys[k + 1] in _OFFSET_UNITS:
            number = keys[k]
            count = 1 if number in {"a", "an", "one"} else NUMBER_WORDS.get(number)
            if count is None and number.isdigit():
                count = int(number)
            if count is not None:
                span, step = 3, (count, _OFFSET_UNITS[keys[k + 1]])
        if step is None:
            continue
        count, unit = step
        precision = _UNIT_PRECISION[unit]
        if precision is Precision.DAY and prior.precision is not Precision.DAY:
            return []
        moved = prior.first_day + relativedelta(**{unit: count})  # type: ignore[arg-type]
        date = PartialDate.from_date(moved).truncate(min(precision, prior.precision))
        start, end = tokens[k].start, tokens[k + span - 1].end
        text = " ".join(t.text for t in tokens[k : k + span])
        return [DateMention(start, end, text, date)]
    return []


def _behind_comma(tokens: list[Token], k: int) -> bool:
    """Whether the subject search must stop before token ``k``: a verb's subject is not
    behind a comma ("according to Baku, and crashed"), unless a relative pronoun follows
    it ("Moscow, which summoned ...")."""
    if tokens[k - 1].key not in {",", ";", ":"}:
        return False
    return k >= len(tokens) or tokens[k].key not in {"which", "who"}


def _infinitive(tokens: list[Token], k: int) -> bool:
    """ "to" before a lower-case word that is no article or number: a purpose clause ("talks
    to resolve the conflict") ends the phrase; "a visit to the border" does not."""
    if tokens[k].key != "to" or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    return (
        following.text.islower()
        and following.key not in _DETERMINERS
        and following.key not in NUMBER_WORDS
        and not following.key[:1].isdigit()
    )


def _finite_verb(token: Token) -> bool:
    """A past-tense verb ends an event phrase ("the war completed ..."), except right
    after the trigger, where a participle still describes it ("agreement signed on ...")."""
    return token.text.islower() and token.key.endswith("ed") and len(token.key) > 4


_CAUSES = frozenset(
    {
        ("over",),
        ("response", "to"),
        ("retaliation", "for"),
        ("reprisal", "for"),
        ("because", "of"),
        ("due", "to"),
        ("protest", "at"),
        ("protest", "against"),
        ("protest", "over"),
    }
)
"""Words before a noun event that make it the cause of the clause's act ("summoned the
ambassador over the arrests", "in response to the expulsion"): an earlier event."""
_BLAMING = frozenset(
    {
        "apologised",
        "apologized",
        "apologises",
        "apologizes",
        "apology",
        "apologies",
        "blamed",
        "blames",
        "condemned",
        "condemns",
        "criticised",
        "criticized",
        "punished",
        "compensation",
        "responsibility",
        "responsible",
        "accountable",
        "sorry",
        "condolences",
    }
)
"""Words after which "for" names a cause: "apologised to Aliyev for the crash"."""


def _cause_start(tokens: list[Token], first: int) -> int:
    """Where the noun phrase of the trigger at ``first`` begins, if a cause word stands
    before it (:data:`_CAUSES`, or "for" after :data:`_BLAMING`); -1 otherwise."""
    k = first
    while k > 0 and first - k < 5:
        key = tokens[k - 1].key
        if key in _CLAUSE_ENDS or key in {",", "for", "over", "to", "of", "against", "at"}:
            break
        k -= 1
    if k < 1:
        return -1
    pair = tuple(t.key for t in tokens[max(0, k - 2) : k])
    if (pair[-1],) in _CAUSES or pair in _CAUSES:
        return k
    if pair[-1] == "for" and any(
        t.key in _BLAMING for t in tokens[max(0, k - 9) : k - 1] if t.key not in _CLAUSE_ENDS
    ):
        return k
    return -1


_ATTRIBUTIVE_BEFORE = frozenset(
    {"the", "a", "an", "on", "of", "in", "for", "with", "about", "this", "these", "those"}
    | _POSSESSIVES
)

_ADJECTIVES_IN_ED = frozenset(
    {
        *("armoured", "armored", "unmanned", "guided", "armed", "allied", "alleged"),
        *("unprecedented", "unrecognised", "unrecognized", "sophisticated", "protracted"),
    }
)
"""Words in "-ed" that are adjectives before a noun wherever they stand ("French armoured
vehicles")."""


def _attributive_starts(tokens: list[Token]) -> frozenset[int]:
    """Where an "-ed" word is an adjective, not a verb: after an article, a possessive or
    a preposition and before a plain word ("a declaration on allied interaction", "the
    alleged attack", "with limited success") or a known adjective ("French armoured
    vehicles"), so it ends no phrase and takes no date."""
    return frozenset(
        tokens[k].start
        for k in range(1, len(tokens) - 1)
        if _finite_verb(tokens[k])
        and (tokens[k - 1].key in _ATTRIBUTIVE_BEFORE or tokens[k].key in _ADJECTIVES_IN_ED)
        and tokens[k + 1].text.islower()
        and tokens[k + 1].key not in _DETERMINERS | _POSSESSIVES
        and tokens[k + 1].key.isalpha()
        and tokens[k + 1].key not in _LEFT_STOPS
    )


_ONE_OFF_KINDS = frozenset(
    {
        EventKind.WAR,
        EventKind.OFFENSIVE,
        EventKind.MILITARY_OPERATION,
        EventKind.CLASH,
        EventKind.CEASEFIRE,
        EventKind.SUSPENSION,
        EventKind.DISPLACEMENT,
    }
)
"""Kinds whose mentions sharing a state are one event: a text reports one war between two
states, one freeze of a state's membership. A state signs, decides and summons many times."""


def _parties(event: Event, states: frozenset[str]) -> Iterator[Hashable]:
    """What an undated mention must share with a dated one to be the same event: a party;
    for kinds a state does many times, a party that is no state or the very same parties."""
    if event.kind in _ONE_OFF_KINDS:
        yield from event.participants
        return
    yield from (p for p in event.participants if p not in states)
    if event.participants:
        yield frozenset(event.participants)


def _opposed(tokens: list[Token], k: int) -> bool:
    """Whether the name at ``k`` is what "anti-" opposes: anti-Russian protesters are no
    Russian party to their protest."""
    return k >= 2 and tokens[k - 1].key == "-" and tokens[k - 2].key == "anti"


def _has_object(tokens: list[Token], k: int) -> bool:
    """Whether the verb at ``k`` takes an object, as a finite verb does and a participle
    does not: "the war completed its ..." ends the phrase, "the treaty signed in" does not."""
    return k + 1 < len(tokens) and tokens[k + 1].key in _POSSESSIVES


def _same(first: Event, second: Event, states: frozenset[str] = frozenset()) -> bool:
    """Two mentions of one event: same kind, compatible dates, and a date or party in common."""
    if first.kind is not second.kind:
        return False
    if first.date is not None and second.date is not None:
        return first.date.contains(second.date) or second.date.contains(first.date)
    if first.label == second.label:
        return True
    if first.date is None and second.date is None:
        return not set(first.participants).isdisjoint(second.participants)
    return not set(_parties(first, states)).isdisjoint(_parties(second, states))


def extract_events(
    analyses: Sequence[SentenceAnalysis],
    actors: Mapping[str, Actor],
    kb: KnowledgeBase,
    document_id: str,
    dates: Mapping[int, Sequence[DateMention]],
    published: PartialDate | None = None,
) -> list[Event]:
    """Events of a document; repeated references to one event are merged. ``published``,
    the publication date, dates what the text tells in the present ("who is on an
    official visit to Baku")."""
    finder = _EventFinder(kb, actors)
    finder.published = published
    merger = _Merger(kb.state_ids)
    finder.recall = merger.last_date
    finder.document_states = frozenset(
        actors[m.actor_id].id
        for analysis in analyses
        for m in (*analysis.mentions, *analysis.nested)
        if m.actor_id in actors and actors[m.actor_id].kind is ActorKind.STATE
    )
    for position, analysis in enumerate(analyses):
        own = dates.get(analysis.sentence.number, ())
        if not own:
            # "Three days later Putin apologised", "the same day": counted from the
            # date of the sentence before (or the one before that).
            earlier = [
                found[-1]
                for before in analyses[max(0, position - 2) : position]
                if (found := dates.get(before.sentence.number))
                and not found[-1].text.lower().startswith("recent")
            ]
            if earlier and not _RELATIVE_WORDS.isdisjoint(analysis.keys):
                own = _relative_dates(analysis.tokens, earlier[-1].date)
        elif not _RELATIVE_WORDS.isdisjoint(analysis.keys):
            # "met on Monday and signed a declaration two days later": counted from the
            # sentence's own date before it, when no date of its own follows.
            relative = _relative_dates(analysis.tokens, own[0].date)
            if relative and all(d.end <= relative[0].start for d in own):
                relative = _relative_dates(analysis.tokens, own[-1].date)
                own = [*own, *relative]
        for event, anaphoric in finder.sentence(analysis, own, document_id):
            if not (anaphoric and merger.refers_back(event)):
                merger.add(event)
            elif event.date is not None:
                merger.date_last(event)
        # "The visit took place ..." refers back to the visit a meeting was told during.
        merger.told(finder.occasions)
    return merger.events


class _Merger:
    """Merges each new event into the first known one it is :func:`_same` as.

    Equivalent to scanning the known events in order, but each look-up only
    reads the heads of a few index heaps (smallest index first): a document
    with thousands of dated events used to take quadratic time.
    """

    def __init__(self, states: frozenset[str] = frozenset()) -> None:
        self.states = states
        self.events: list[Event] = []
        self._heaps: defaultdict[Hashable, list[int]] = defaultdict(list)
        self._latest: set[EventKind] = set()
        self._pairwise: list[int] = []  # the events of the kinds with two ends

    def told(self, kinds: Sequence[EventKind]) -> None:
        """Kinds the text has reported without an event of their own (as an occasion)."""
        self._latest.update(kinds)

    def refers_back(self, event: Event) -> bool:
        """Whether an event of its kind is known ("the talks" after a meeting, too)."""
        kinds = {event.kind, EventKind.MEETING} if event.kind is EventKind.TALKS else {event.kind}
        return not self._latest.isdisjoint(kinds)

    def last_date(self, kind: EventKind) -> PartialDate | None:
        """The date of the last known event of a kind (a meeting for "the talks")."""
        kinds = {kind, EventKind.MEETING} if kind is EventKind.TALKS else {kind}
        for known in reversed(self.events):
            if known.kind in kinds:
                return known.date
        return None

    def date_last(self, event: Event) -> None:
        """Give the date of a mention that refers back ("the shelling began overnight")
        to the last event of its kind, if that one has none."""
        for index in range(len(self.events) - 1, -1, -1):
            known = self.events[index]
            if known.kind is event.kind and event.date is not None:
                if known.date is None:
                    self.events[index] = known.model_copy(update={"date": event.date})
                    self._push(self._date_keys(event, event.date), index)
                return

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
        if kind in _PAIRWISE_KINDS:
            # Few per document: a scan, with the ends of the calls compared too.
            ends = {p for p in event.participants if p not in self.states}
            for index in self._pairwise:
                known = self.events[index]
                other = {p for p in known.participants if p not in self.states}
                if _same(known, event, self.states) and (ends <= other or other <= ends):
                    return index
            return None
        # Without a date on either side: a common participant or the same label.
        # An undated mention takes the date of a dated one only when it shares a party
        # that :func:`_parties` counts; two undated mentions, any party.
        scope = "all" if date is None else "undated"
        keys: list[tuple[Hashable, bool]] = [
            ((kind, scope, "strict", party), date is not None)
            for party in _parties(event, self.states)
        ]
        if date is None:
            keys += [((kind, "undated", "party", p), True) for p in event.participants]
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
        self._latest.add(event.kind)
        index = self._first_same(event)
        if index is None:
            index = len(self.events)
            self.events.append(event)
            kind = event.kind
            if kind in _PAIRWISE_KINDS:
                self._pairwise.append(index)
            scopes = ("all",) if event.date is not None else ("all", "undated")
            self._push(
                (
                    key
                    for scope in scopes
                    for key in (
                        *((kind, scope, "party", p) for p in event.participants),
                        *((kind, scope, "strict", p) for p in _parties(event, self.states)),
                        (kind, scope, "label", event.label),
                    )
                ),
                index,
            )
            if event.date is not None:
                self._push(self._date_keys(event, event.date), index)
            return
        known = self.events[index]
        joined = tuple(dict.fromkeys((*known.participants, *event.participants)))
        if joined != known.participants:
            # Both mentions tell of one event: its parties are those of both.
            known = self.events[index] = known.model_copy(update={"participants": joined})
            self._push(
                (
                    key
                    for scope in (("all",) if known.date is not None else ("all", "undated"))
                    for p in event.participants
                    for key in ((known.kind, scope, "party", p),)
                ),
                index,
            )
        if known.date is None and event.date is not None:
            self.events[index] = known.model_copy(update={"date": event.date})
            self._push(self._date_keys(event, event.date), index)
