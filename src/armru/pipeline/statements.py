"""Stage 4a: attributed statements — who said what about whom.

A reporting verb or noun from the lexicon (each with its CAMEO code and
Goldstein weight) anchors a statement; the speaker is found by the shapes
news uses:

* subject before the verb, past auxiliaries, adverbs and appositions
  ("Kopyrkin, the Russian ambassador to Armenia, reaffirmed ...");
* inverted after a quote (“...,” said Lavrov);
* "according to X";
* the agent of a passive ("labelled as unfriendly by the Russian Foreign Ministry"),
  whose subject is then the target;
* the possessor of a nominalisation ("Pashinian's criticism of the CSTO").

The target is the first actor after the verb that is not the speaker's own
side (a speaker's own state is who they speak for, not about); failing
that, the target of the speaker's statement in the sentence before, or else
the other side of the dyad the document is about. A denial ("refuting
claims that Armenia criticizes Russia") is recorded as a denial and the
claim it rejects yields no statement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .._phrases import PhraseTable
from .._text import Token
from ..knowledge import KnowledgeBase
from ..knowledge._entries import VerbEntry
from ..models import Actor, ActorKind, MentionForm, PartialDate, Polarity, Statement
from ._facts import evidence, trusted
from .mentions import MentionSpan, SentenceAnalysis

__all__ = ["extract_statements"]

_SPEAKING_KINDS = frozenset(
    {
        ActorKind.PERSON,
        ActorKind.STATE,
        ActorKind.ORGANIZATION,
        ActorKind.MILITARY,
        ActorKind.GROUP,
        ActorKind.MEDIA,
    }
)
_REPORTING = frozenset({"say", "report", "write", "tell", "add", "note", "state", "according to"})
"""What an outlet does when it reports others' words: no act of its own."""
_INSTITUTION_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.MILITARY, ActorKind.STATE})
_AGENT_REACH = 9
"""Tokens after a passive verb within which its "by" agent may come; further on, a
"by" more often belongs to a noun in between (measured: 14 lost more than it found)."""
_STATEMENT_MODIFIERS = frozenset({"the", "a", "an", "its", "their", "joint", "official", "written"})
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_REACTIONS = frozenset({"respond", "react", "reply"})
_NOT_CONTENT = frozenset({"a", "an", "one", "more", "nothing", "little", "much", "to", "up"})
_OPENING_MARKS = frozenset({'"', "“", "‘", "'", ":", "(", "-", "—", "–"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_TARGET_PREPOSITIONS = frozenset(
    {"of", "against", "toward", "towards", "to", "at", "on", "with", "for", "over", "from"}
)
_PARTICIPLE_IRREGULAR = frozenset({"said", "told", "made", "called", "seen", "held", "put"})
_MAX_APPOSITION = 14
_MAX_RELATIVE = 30
_NOUN_CONTEXT = frozenset(
    {"'s", "his", "her", "its", "their", "the", "a", "an", "this", "that", "public", "latest"}
)
_PREPOSITIONS = frozenset(
    {
        "of",
        "to",
        "in",
        "at",
        "from",
        "with",
        "by",
        "for",
        "on",
        "into",
        "about",
        "against",
        "toward",
        "towards",
        "over",
        "near",
        "between",
        "among",
        "after",
        "before",
        "than",
    }
)
_NOT_NOUNS = frozenset(
    {
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "did",
        "does",
        "do",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "who",
        "which",
        "that",
        "also",
        "and",
        "or",
        "but",
        "then",
        "not",
        "never",
        "to",
    }
)
_SOURCE_LEMMAS = frozenset({"according to", "in the words of"})
"""Attributions whose speaker follows them ("according to Baku")."""
_CLAUSE_OPENERS = frozenset({"while", "whereas", "but", "although", "though", "yet"})
_PASSIVE_MARKERS = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "get", "got", ",", "as"}
)
_INTRODUCERS = frozenset(
    {"when", "while", "after", "before", "if", "as", "although", "though", "since", "once"}
)
_PARTICLES = frozenset({"off", "up", "down", "back", "away"})
_TIME_OPENERS = frozenset({"on", "last", "earlier", "later", "yesterday", "today", "then"})
_OPENING_PREPOSITIONS = frozenset({"in", "during", "at", "throughout", "on"})
_ALLY_NOUNS = frozenset({"ally", "allies"})
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can"}
    | {"should", "may", "might", "must"}
)
_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "our", "his", "her", "'s"})


@dataclass(slots=True)
class _VerbHit:
    entry: VerbEntry
    first: int
    last: int
    noun: bool


@dataclass(slots=True)
class _Draft:
    speaker: MentionSpan
    target: str | None
    hit: _VerbHit
    evidence_first: int
    evidence_last: int
    polarity: Polarity
    quote: str | None


class _StatementFinder:
    def __init__(self, kb: KnowledgeBase, actors: Mapping[str, Actor]) -> None:
        self.kb = kb
        self.actors = actors
        self.verb_index = kb.verb_index
        self.noun_index = kb.noun_index
        self.skip = kb.cue("speaker_skip")
        self.issuing = kb.cue("issuing_verbs")
        """Verbs that issue a statement ("released a statement"): light verbs too."""
        self.acts_before_to = kb.cue("speech_verbs_acting_before_to")
        """Verbs that report an act, not speech, before "to" ("refused to sign")."""
        self.skip_phrases = sorted(
            (k for k in kb.cue_keys.get("speaker_skip", frozenset()) if len(k) > 1),
            key=len,
            reverse=True,
        )
        """Skippable phrases of several words ("at the time", "in turn"), longest first."""
        self.negative = kb.cue_table("content_negative")
        self.positive = kb.cue_table("content_positive")
        self.verb_table = kb.verb_table
        self.noun_table = kb.noun_table
        self.verb_firsts = kb.verb_table.firsts
        self.noun_firsts = kb.noun_table.firsts
        self.negators = kb.cue("negators")
        self.raising_verbs = kb.cue("raising_verbs")
        self.finite_verbs = kb.cue("finite_verbs")
        self.light_verbs = kb.cue("light_verbs")
        self.light_modifiers = kb.cue("light_verb_modifiers")
        self.last_person: tuple[int, str] | None = None
        self.last_subject: tuple[int, str] | None = None
        self.last_institution: tuple[int, str] | None = None
        self.statement_nouns = kb.cue("statement_nouns")
        self.last_target: dict[str, tuple[int, str]] = {}
        """Each speaker's last target, with the number of the sentence it was spoken in."""
        self.counterpart: dict[str, str] = {}
        self.allies: dict[str, str] = {}

    # -- verbs --------------------------------------------------------------------------
    @staticmethod
    def _match(
        tokens: list[Token],
        i: int,
        index: Mapping[tuple[str, ...], VerbEntry],
        table: PhraseTable,
    ) -> tuple[int, VerbEntry] | None:
        if tokens[i].key not in table.firsts:
            return None
        prefixes = table.prefixes
        keys: list[str] = []
        best: tuple[int, VerbEntry] | None = None
        j = i
        while j < len(tokens) and len(keys) < 7:
            key = tokens[j].key
            if keys and key.endswith("ly") and key not in ("apply", "rely", "supply", "ally"):
                j += 1
                continue
            keys.append(key)
            phrase = tuple(keys)
            if phrase not in prefixes:
                break
            entry = index.get(phrase)
            if entry is not None:
                best = (j + 1, entry)
            j += 1
        return best

    @staticmethod
    def _no_content(tokens: list[Token], hit: _VerbHit) -> bool:
        """A reaction with nothing said: no words after it, and no quote or claim before."""
        k = hit.last
        while k < len(tokens) and tokens[k].key.endswith("ly") and tokens[k].key.isalpha():
            k += 1
        if k < len(tokens) and tokens[k].key not in {".", "by", "with", ";"}:
            return False
        return not any(t.key in {",", *_QUOTES} for t in tokens[: hit.first])

    def _institutional(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is not None and actor.kind in _INSTITUTION_KINDS

    def _institution_speaker(
        self, analysis: SentenceAnalysis, lead: int, after: int
    ) -> MentionSpan | None:
        """The body behind "It noted that ..." or "..., the statement said".

        "It" opening a clause, or a statement noun ("the statement", "a
        readout"), speaks for the institution the last two sentences named:
        press releases are retold this way.
        """
        tokens = analysis.tokens
        if lead < 0:
            return None
        key = tokens[lead].key
        if (
            key == "it"
            and lead > 0
            and (
                tokens[lead - 1].key == "what"
                or (
                    lead > 1
                    and tokens[lead - 1].key in {"but", "and"}
                    and tokens[lead - 2].key == ","
                )
            )
        ):
            # "summoned the ambassador over what it called unfriendly steps", "The
            # ministry called it unacceptable, but it noted ...": the sentence's
            # institutional subject.
            subject = next(
                (
                    m
                    for m in analysis.mentions
                    if m.last <= lead and self._institutional(m.actor_id)
                ),
                None,
            )
            if subject is not None:
                return subject
        actor_id = self._recent_institution(analysis)
        if actor_id is None:
            return None
        if lead == 0 and after < len(analysis.tokens) and tokens[after].key in _NOT_CONTENT:
            return None  # "It adds one more layer": a thing, not the body speaking
        first = lead
        if key in self.statement_nouns:
            while first > 0 and tokens[first - 1].key in _STATEMENT_MODIFIERS:
                first -= 1
            if first > 0 and tokens[first - 1].key not in {",", *_QUOTES}:
                return None
        elif key != "it" or (
            lead > 0
            and tokens[lead - 1].key not in {",", ";", "what", *_QUOTES}
            # ", but it noted": the clause before had the body as its subject.
            and not (
                lead > 1 and tokens[lead - 1].key in {"but", "and"} and tokens[lead - 2].key == ","
            )
        ):
            return None
        token = tokens[first]
        # Not a PRONOUN form: personal-pronoun resolution must not take it over.
        return MentionSpan(
            actor_id,
            MentionForm.ALIAS,
            token.start,
            tokens[lead].end,
            first,
            lead + 1,
            analysis.sentence,
        )

    def _recent_institution(self, analysis: SentenceAnalysis) -> str | None:
        """The body that spoke or acted in this sentence or the two before, if any."""
        if self.last_institution is None:
            return None
        number, actor_id = self.last_institution
        return actor_id if analysis.sentence.number - number <= 2 else None

    def _statement_source(self, analysis: SentenceAnalysis, k: int) -> MentionSpan | None:
        """ "According to the statement": the body whose statement the text just told
        of (named in this sentence or the two before)."""
        tokens = analysis.tokens
        j = k
        while j < len(tokens) and tokens[j].key in _STATEMENT_MODIFIERS:
            j += 1
        if j >= len(tokens) or tokens[j].key not in self.statement_nouns:
            return None
        actor_id = self._recent_institution(analysis)
        if actor_id is None:
            return None
        token = tokens[j]
        return MentionSpan(
            actor_id, MentionForm.ALIAS, token.start, token.end, j, j + 1, analysis.sentence
        )

    def _light(self, tokens: list[Token], i: int) -> tuple[int, VerbEntry] | None:
        """A light verb and a speech noun: "voiced hope", "expressed its deep regret".

        The noun's verb is the speech act (the lexicon lists each verb's nouns
        for "Lavrov's criticism"), so every verb with nouns gets its light-verb
        forms without listing them.
        """
        j = i + 1
        while j < len(tokens) and j - i <= 3 and tokens[j].key in self.light_modifiers:
            j += 1
        if j < len(tokens):
            if tokens[i].key in self.issuing and tokens[j].key in self.statement_nouns:
                # "published a statement on Saturday" announces words that follow.
                return None
            entry = self.noun_index.get((tokens[j].key,))
            if entry is not None:
                return j + 1, entry
        return None

    def _issued_statement(self, tokens: list[Token], k: int) -> int | None:
        """The issuing verb of "issued a statement" ending just before ``k``, if any."""
        j = k - 1
        if j < 1 or tokens[j].key not in self.statement_nouns:
            return None
        j -= 1
        while j > 0 and tokens[j].key in self.light_modifiers:
            j -= 1
        return j if tokens[j].key in self.issuing else None

    def _transcript_turn(self, analysis: SentenceAnalysis) -> _Draft | None:
        """'LAVROV: Armenia remains our ally.': a transcript's or interview's turn, said
        by the official its label names ("Russia: ..." is a list item, not a turn)."""
        tokens = analysis.tokens
        label = analysis.mention_at(0)
        say = self.verb_index.get(("said",))
        if (
            label is None
            or say is None
            or label.form is MentionForm.PRONOUN
            or label.last + 1 >= len(tokens)
            or tokens[label.last].key != ":"
            or not self._is_person(label.actor_id)
            # An official the knowledge base knows; an interviewed analyst's turns are
            # commentary, which annotators leave out or optional.
            or label.actor_id not in self.kb.actors
        ):
            return None
        colon = label.last
        hit = _VerbHit(say, colon, colon + 1, False)
        stop = self._clause_end(tokens, colon + 1)
        return _Draft(
            label,
            self._target(analysis, label, colon + 1, stop),
            hit,
            0,
            colon + 1,
            self._polarity(say, analysis, colon + 1, len(tokens)),
            None,
        )

    def _quoted_by(self, tokens: list[Token], i: int) -> tuple[int, VerbEntry] | None:
        """'was quoted by RIA Novosti as saying': the quoting outlet between the words."""
        if i + 5 >= len(tokens) or (tokens[i + 1].key, tokens[i + 2].key) != ("quoted", "by"):
            return None
        for j in range(i + 4, min(i + 10, len(tokens) - 1)):
            if (tokens[j].key, tokens[j + 1].key) == ("as", "saying"):
                entry = self.verb_index.get(("was", "quoted", "as", "saying"))
                return (j + 2, entry) if entry is not None else None
        return None

    def verbs(self, analysis: SentenceAnalysis) -> list[_VerbHit]:
        if self.verb_firsts.isdisjoint(analysis.keys) and self.noun_firsts.isdisjoint(
            analysis.keys
        ):
            return []
        tokens = analysis.tokens
        hits: list[_VerbHit] = []
        verb_firsts, noun_firsts = self.verb_firsts, self.noun_firsts
        light_verbs = self.light_verbs
        candidates = [
            k
            for k, t in enumerate(tokens)
            if t.key in verb_firsts or t.key in noun_firsts or t.key in light_verbs
        ]
        quoted = _quoted(analysis)
        i = 0
        for start in candidates:
            if start < i:
                continue
            i = start
            if analysis.mention_at(i) is not None or not tokens[i].key.isalpha() or i in quoted:
                continue
            if i > 0 and tokens[i].text[:1].isupper() and tokens[i - 1].key not in _OPENING_MARKS:
                continue  # a capital mid-sentence is a name: the agency "Report", not a verb
            verb = self._match(tokens, i, self.verb_index, self.verb_table)
            if verb is None and tokens[i].key in light_verbs:
                verb = self._light(tokens, i)
            if verb is None and tokens[i].key in {"was", "were", "is"}:
                verb = self._quoted_by(tokens, i)
            noun = self._match(tokens, i, self.noun_index, self.noun_table)
            if (
                verb is not None
                and noun is not None
                and verb[0] == noun[0]
                and i > 0
                and tokens[i - 1].key in _NOUN_CONTEXT
            ):
                # "Lavrov's warning", "the appeal": a noun after a possessive or determiner.
                verb = None
            if verb is not None and (noun is None or verb[0] >= noun[0]):
                hits.append(_VerbHit(verb[1], i, verb[0], False))
                i = verb[0]
            elif noun is not None:
                hits.append(_VerbHit(noun[1], i, noun[0], True))
                i = noun[0]
        return hits

    # -- speaker ------------------------------------------------------------------------
    def _speaks(self, mention: MentionSpan | None) -> bool:
        if mention is None:
            return False
        actor = self.actors.get(mention.actor_id)
        return actor is not None and actor.kind in _SPEAKING_KINDS

    def _skip_left(self, tokens: list[Token], p: int) -> int:
        """The token before the adverbs and time phrases that stand before a verb."""
        while p >= 0:
            key = tokens[p].key
            if key in self.skip or (
                # An adverb in -ly ("sharply"), not a name ("the National Assembly", "Italy").
                key.endswith("ly")
                and tokens[p].text.isalpha()
                and tokens[p].text.islower()
                and len(key) > 4
            ):
                p -= 1
                continue
            # "The Kremlin at the time described": a phrase of several words.
            phrase = next(
                (
                    k
                    for k in self.skip_phrases
                    if k[-1] == key
                    and p + 1 >= len(k)
                    and all(tokens[p - j].key == k[-1 - j] for j in range(1, len(k)))
                ),
                None,
            )
            if phrase is None:
                return p
            p -= len(phrase)
        return p

    def _left_speaker(self, analysis: SentenceAnalysis, first: int) -> MentionSpan | None:
        tokens = analysis.tokens
        p = self._skip_left(tokens, first - 1)
        place = next((pl for pl in analysis.places if pl.last == p + 1), None)
        if place is not None and place.first > 1 and tokens[place.first - 1].key in {"in", "at"}:
            # "NATO leaders in Brussels repeated": where the speaker is, not who.
            p = self._skip_left(tokens, place.first - 2)
        if p < 0:
            return None
        if tokens[p].key in {"office", "service"} and p > 1:
            # "Pashinyan's office said", "Putin's press service said": it speaks for him.
            head = p - 1 if tokens[p - 1].key == "press" else p
            owner = analysis.mention_ending_at(head - 1) if tokens[head - 1].key == "'s" else None
            if owner is not None and self._is_person(owner.actor_id):
                return owner
        mention = analysis.mention_ending_at(p + 1)
        if mention is not None:
            if _attitude_prefix(tokens, mention.first):
                return None  # "anti-Russian protests": Russia is what they are against
            return mention if self._speaks(mention) else None
        if tokens[p].key == "who" and p > 0:
            # "... his counterpart, Ararat Mirzoyan, who briefed him": the relative's antecedent.
            return self._who_antecedent(analysis, p)
        if tokens[p].key == ",":
            # An apposition: "Name, the Russian ambassador to Armenia, reaffirmed", or a
            # relative clause, longer: "Name, who is heading the working group ..., said".
            q = p - 1
            while (
                q >= 0 and p - q <= _MAX_RELATIVE and tokens[q].key not in {",", "(", ";", *_QUOTES}
            ):
                q -= 1
            if p - q > _MAX_APPOSITION + 1 and not (q + 1 < p and tokens[q + 1].key == "who"):
                q = -1
            # A closing quote is no apposition: '..." he said, accusing' is said by "he".
            if q >= 0 and tokens[q].key == "," and tokens[q + 1].key == "who":
                return self._who_antecedent(analysis, q + 1)
            inner = analysis.mention_ending_at(p)
            if q >= 0 and tokens[q].key == ",":
                before = analysis.mention_ending_at(q)
                if (
                    before is not None
                    and (before.form is MentionForm.ROLE or not self._is_person(before.actor_id))
                    and inner is not None
                    and inner.form is MentionForm.NAME
                    and self._is_person(inner.actor_id)
                    and all(
                        t.text[:1].isupper() or t.key == "-" for t in tokens[q + 1 : inner.first]
                    )
                ):
                    # "Its chief spokesman, Major-General Igor Konashenkov, insisted": the
                    # name says who the role noun is.
                    return inner
                if self._speaks(before):
                    return before
            if self._speaks(inner) and inner is not None and inner.role_title is not None:
                return inner
            if (
                inner is not None
                and q >= 0
                and tokens[q].key == ","
                and self._is_person(inner.actor_id)
                and all(t.text[:1].isupper() or t.key == "-" for t in tokens[q + 1 : inner.first])
            ):
                # "..., the ministry's chief spokesman, Major General Igor Konashenkov, said":
                # the apposition's (titled) name speaks.
                return inner
        return None

    def _who_antecedent(self, analysis: SentenceAnalysis, who: int) -> MentionSpan | None:
        """Whom the "who" at token ``who`` stands for.

        The mention right before it when that is a person; else the person an
        apposition before it describes ("Tiran Khachatrian, a deputy chief of the
        General Staff, who had ...": not the body inside the apposition); else a
        body right before it.
        """
        tokens = analysis.tokens
        antecedent = analysis.mention_ending_at(who - 1 if tokens[who - 1].key == "," else who)
        if antecedent is not None and self._is_person(antecedent.actor_id):
            return antecedent
        person = self._person_before_apposition(analysis, who)
        if person is not None:
            return person
        return antecedent if self._speaks(antecedent) else None

    def _person_before_apposition(self, analysis: SentenceAnalysis, who: int) -> MentionSpan | None:
        """The nearest person before token ``who`` that a comma follows, within a clause."""
        tokens = analysis.tokens
        for mention in reversed(analysis.mentions):
            if mention.last >= who:
                continue
            if who - mention.last > _MAX_RELATIVE:
                return None
            if any(t.key in {";", ":"} for t in tokens[mention.last : who]):
                return None
            if tokens[mention.last].key == "," and self._is_person(mention.actor_id):
                return mention
        return None

    def _is_person(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is not None and actor.kind is ActorKind.PERSON

    def _right_speaker(self, analysis: SentenceAnalysis, last: int) -> MentionSpan | None:
        tokens = analysis.tokens
        k = last
        if (
            k + 2 < len(tokens)
            and tokens[k].key == "to"
            and tokens[k + 1].key in {"our", "the", "a", "this"}
            and tokens[k + 2].key in _NEWS_PEOPLE
        ):
            k += 3  # "..., said to our correspondent Gohar": the name after the listener
        while k < len(tokens) and tokens[k].key in {"the", "a"}:
            k += 1
        mention = analysis.mention_at(k) if k < len(tokens) else None
        if mention is not None and last <= mention.first <= k and self._speaks(mention):
            return mention
        # "by President Salome Zourabichvili", "by Foreign Ministry spokeswoman Ani
        # Badalyan": a title the mention does not cover.
        j = k
        while (
            j < len(tokens)
            and j - k < 4
            and mention is None
            and (
                tokens[j].text[:1].isupper()
                or (
                    j > k
                    and tokens[j].key.isalpha()
                    and tokens[j].key not in _PREPOSITIONS
                    and tokens[j].key not in _NOT_NOUNS
                    and tokens[j].key not in _DETERMINERS
                )
            )
        ):
            j += 1
            mention = analysis.mention_at(j) if j < len(tokens) else None
        if mention is not None and mention.first == j > k and self._speaks(mention):
            actor = self.actors.get(mention.actor_id)
            if actor is not None and actor.kind is ActorKind.PERSON:
                return mention
        return None

    @staticmethod
    def _passive_position(tokens: list[Token], first: int, *, reduced: bool = False) -> bool:
        """A participle after a form of "be" or a comma ("..., labelled as ... by X").

        With ``reduced``, also right after a common noun ("a decision announced by
        the ministry"): a reduced relative clause, passive too.
        """
        if tokens[first].key.endswith("ing"):
            return False  # "was informing reporters": progressive, the subject speaks
        p = first - 1
        while p >= 0 and tokens[p].key.endswith("ly") and tokens[p].key.isalpha():
            p -= 1
        if p < 0:
            return False
        if tokens[p].key in _PASSIVE_MARKERS:
            return True
        word = tokens[p]
        return reduced and word.key.isalpha() and word.text.islower() and word.key not in _NOT_NOUNS

    def _passive_agent(self, analysis: SentenceAnalysis, hit: _VerbHit) -> MentionSpan | None:
        tokens = analysis.tokens
        head = tokens[hit.first].key
        if not (head.endswith("ed") or head in _PARTICIPLE_IRREGULAR):
            return None
        if not self._passive_position(tokens, hit.first, reduced=True) and not (
            # "welcomed by Brussels and criticized by Moscow": a second passive.
            tokens[hit.first - 1].key in {"and", "but", "or"}
            and hit.last < len(tokens)
            and tokens[hit.last].key == "by"
        ):
            return None
        subject = analysis.mention_ending_at(hit.first)
        if subject is not None and subject.first > 0 and tokens[subject.first - 1].key == "what":
            # "over what the ministry called insulting remarks by X": the ministry calls.
            return None
        if tokens[hit.first - 1].key == "," and self._left_speaker(analysis, hit.first):
            # "Aliyev, speaking on television, described it as a capitulation by Armenia":
            # the comma closes an apposition to the subject; the verb is active.
            return None
        for k in range(hit.last, min(len(tokens) - 1, hit.last + _AGENT_REACH)):
            if tokens[k].key in {",", ";", "."} or tokens[k].key in _WH_OPENERS:
                # "handed a protest over what the ministry called remarks by X": X is
                # the agent of another clause.
                return None
            if tokens[k].key == "by":
                agent = self._right_speaker(analysis, k + 1)
                if agent is not None:
                    return agent
        return None

    def _possessor(self, analysis: SentenceAnalysis, hit: _VerbHit) -> MentionSpan | None:
        tokens = analysis.tokens
        p = hit.first - 1
        adjectives = 0
        while (
            p >= 0
            and adjectives < 2
            and tokens[p].key.isalpha()
            and tokens[p].text.islower()
            and tokens[p].key not in _DETERMINERS
            and tokens[p].key not in {"his", "her"}
        ):
            p -= 1
            adjectives += 1
        if p >= 0 and tokens[p].key in {"his", "her"}:
            if tokens[0].key in _OPENING_PREPOSITIONS and any(
                t.key == "," for t in tokens[hit.last : hit.last + 8]
            ):
                # "In his remarks at the ceremony, Mirzoyan stressed ...": "his" points
                # ahead to the main clause's subject, whose own verb is the statement.
                return None
            mention = analysis.mention_at(p)
            return mention if self._speaks(mention) else None
        if p >= 1 and tokens[p].key == "'s":
            mention = analysis.mention_ending_at(p)
            return mention if self._speaks(mention) else None
        for k in range(hit.last, min(len(tokens) - 1, hit.last + 8)):
            if tokens[k].key in {",", ";"} or tokens[k].key in _PASSIVE_MARKERS:
                break  # "The remarks were condemned by X": X condemned, not remarked
            if tokens[k].key in {"by", "from"}:
                return self._right_speaker(analysis, k + 1)
            if self._verb_with_object(tokens, k):
                break  # "The protest followed comments by X": X made the comments
        return None

    def _verb_with_object(self, tokens: list[Token], k: int) -> bool:
        """A finite verb at ``k`` whose next word (over adverbs) is not its agent's "by"."""
        key = tokens[k].key
        if not (
            key in self.finite_verbs
            or (key.endswith("ed") and tokens[k].text.isalpha() and tokens[k].text.islower())
        ):
            return False
        n = k + 1
        while n < len(tokens) and tokens[n].key.endswith("ly") and tokens[n].key.isalpha():
            n += 1
        return n < len(tokens) and tokens[n].key not in {"by", "from"}

    def _coordinated(
        self, analysis: SentenceAnalysis, speaker: MentionSpan, hit: _VerbHit
    ) -> MentionSpan | None:
        """The other subject in "X and Y said", or agent in "condemned by X and Y", or
        the other of a pair one phrase names ("the two foreign ministries said")."""
        twin = analysis.twin_of(speaker)
        if twin is not None and self._speaks(twin):
            return twin
        tokens = analysis.tokens
        if speaker.first >= hit.last:
            after = speaker.last
            if after + 1 < len(tokens) and tokens[after].key == "and":
                partner = self._right_speaker(analysis, after + 1)
                if partner is not None and partner.actor_id != speaker.actor_id:
                    return partner
            return None
        if speaker.first < 2 or tokens[speaker.first - 1].key != "and":
            return None
        partner = analysis.mention_ending_at(speaker.first - 1)
        if partner is None or partner.actor_id == speaker.actor_id or not self._speaks(partner):
            return None
        return partner

    def _pair_subject(self, analysis: SentenceAnalysis, first: int) -> MentionSpan | None:
        """Y of a subject "X and Y" before token ``first``, if both can speak."""
        subject = self._sentence_subject(analysis, first)
        if subject is None or subject.last + 1 >= first:
            return None
        if analysis.tokens[subject.last].key != "and":
            return None
        partner = analysis.mention_at(subject.last + 1)
        if partner is None or partner.first != subject.last + 1 or not self._speaks(partner):
            return None
        return partner

    @staticmethod
    def _clause_end(tokens: list[Token], start: int) -> int:
        """Where the clause after a verb ends: at "; ", ", while", ", but" or "whereas"."""
        for k in range(start, len(tokens)):
            key = tokens[k].key
            if key == ";" or (
                key == "," and k + 1 < len(tokens) and tokens[k + 1].key in _CLAUSE_OPENERS
            ):
                return k
        return len(tokens)

    @staticmethod
    def _clause_break(
        tokens: list[Token], start: int, stop: int, *, apposition: bool = True
    ) -> bool:
        """Whether a new clause begins between two tokens (", while", "; ", ", and", ", a").

        Without ``apposition``, ", a charge he rejected" does not count: an appositive
        clause in which the same speaker comments on his own words.
        """
        window = [t.key for t in tokens[start:stop]]
        if (
            ";" in window
            or ":" in window
            or "while" in window
            or "whereas" in window
            or ("but" in window)
        ):
            return True
        # ", a charge Moscow rejects": an apposition with a clause of its own.
        openers = (
            {"and", "as", "which", "where", "a", "an"}
            if apposition
            else {"and", "as", "which", "where"}
        )
        return any(a == "," and b in openers for a, b in pairwise(window))

    def _sentence_subject(
        self, analysis: SentenceAnalysis, first: int, after: int = 0
    ) -> MentionSpan | None:
        """For "X summoned ... and protested" or "X declined ..., telling ...": X.

        The first actor before the verb (and from token ``after`` on) that is
        not the object of a preposition ("flew to Yerevan") is taken as the subject.
        """
        tokens = analysis.tokens
        for mention in analysis.mentions:
            if mention.first >= first:
                break
            if mention.first < after or tokens[mention.first].key in _POSSESSIVES:
                continue  # "During his visit, President X ...": "his" is no subject
            p = mention.first - 1
            while p >= 0 and tokens[p].key in _DETERMINERS:
                p -= 1
            if p >= 0 and tokens[p].key in _PREPOSITIONS:
                continue
            if self._speaks(mention):
                return mention
        return None

    def _negated(self, tokens: list[Token], first: int) -> bool:
        """'did not say', 'never criticized': no speech act is reported."""
        return any(t.key in self.negators for t in tokens[max(0, first - 3) : first])

    # -- target and polarity ------------------------------------------------------------
    def _side(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.state if actor is not None else None

    def _target(
        self, analysis: SentenceAnalysis, speaker: MentionSpan, start: int, stop: int
    ) -> str | None:
        own = self._side(speaker.actor_id)
        modifiers: list[str] = []
        for mention in analysis.mentions:
            if mention.first < start or mention.first >= stop or mention.paired:
                continue  # "the two leaders": a pair is no one target
            actor = self.actors.get(mention.actor_id)
            if actor is None or actor.kind is ActorKind.MEDIA:
                continue
            if mention.actor_id == speaker.actor_id:
                continue
            if own is not None and actor.state == own:
                continue
            target = self._as_target(actor)
            if mention.form is MentionForm.ADJECTIVE:
                # "an Italian newspaper": a modifier names a target only when nothing else does.
                modifiers.append(target)
                continue
            return target
        return modifiers[0] if modifiers else None

    def _target_before(
        self, analysis: SentenceAnalysis, speaker: MentionSpan, stop: int
    ) -> str | None:
        """The nearest eligible target before token ``stop``, walking back."""
        own = self._side(speaker.actor_id)
        for mention in reversed(analysis.mentions):
            if mention.last > stop or mention.paired:
                continue
            actor = self.actors.get(mention.actor_id)
            if actor is None or actor.kind is ActorKind.MEDIA:
                continue
            if mention.actor_id == speaker.actor_id or (own is not None and actor.state == own):
                continue
            return self._as_target(actor)
        return None

    def _as_target(self, actor: Actor) -> str:
        """Bodies and forces stand for their state as targets; people and blocs for themselves,
        and so do forces with a mandate of their own abroad (peacekeepers)."""
        if (
            actor.kind is ActorKind.MILITARY
            and actor.country is not None
            and not self.kb.is_own_target(actor.id)
        ):
            return actor.country
        if (
            actor.kind is ActorKind.ORGANIZATION
            and actor.country is not None
            and actor.id not in self.kb.actors
        ):
            return actor.country
        return actor.id

    @staticmethod
    def _cue_count(analysis: SentenceAnalysis, start: int, stop: int, cues: PhraseTable) -> int:
        if cues.firsts.isdisjoint(analysis.keys):  # most sentences: no walk over the tokens
            return 0
        return len(cues.find_all(analysis.tokens, start, stop))

    def _polarity(
        self, entry: VerbEntry, analysis: SentenceAnalysis, start: int, stop: int
    ) -> Polarity:
        if entry.polarity is not Polarity.NEUTRAL or entry.denial:
            return entry.polarity
        negative = self._cue_count(analysis, start, stop, self.negative)
        positive = self._cue_count(analysis, start, stop, self.positive)
        if negative > positive:
            return Polarity.NEGATIVE
        if positive > negative:
            return Polarity.POSITIVE
        return Polarity.NEUTRAL

    @staticmethod
    def _quote(analysis: SentenceAnalysis) -> str | None:
        text = analysis.sentence.text
        for opening, closing in (("“", "”"), ('"', '"'), ("‘", "’")):
            start = text.find(opening)
            end = text.find(closing, start + 1) if start >= 0 else -1
            if start >= 0 and end > start + 1:
                return text[start + 1 : end].strip(" ,.")
        return None

    # -- one sentence -------------------------------------------------------------------
    def sentence(self, analysis: SentenceAnalysis) -> list[_Draft]:
        tokens = analysis.tokens
        drafts: list[_Draft] = []
        hits = self.verbs(analysis)
        denial = next((h for h in hits if h.entry.denial), None)
        previous: MentionSpan | None = None
        for hit in hits:
            if denial is not None and hit.first > denial.first:
                break
            head = tokens[hit.first].key
            before = tokens[hit.first - 1].key if hit.first > 0 else ""
            if not hit.noun and before in _DETERMINERS:
                continue
            if (
                not hit.noun
                and hit.entry.lemma in self.acts_before_to
                and hit.last < len(tokens)
                and tokens[hit.last].key == "to"
            ):
                continue  # "refused to host the drills": an act, not words
            if not hit.noun and hit.entry.lemma in _REACTIONS and self._no_content(tokens, hit):
                continue  # "The Kremlin responded cautiously.", "responded by sending"
            anchor = hit.first
            lead = self._skip_left(tokens, hit.first - 1)
            joined = not hit.noun and lead >= 0 and tokens[lead].key == "and"
            if not hit.noun and before == "to" and hit.entry.lemma not in _SOURCE_LEMMAS:
                # "continued to criticize", "went on to accuse", "took the opportunity to":
                # the raising verb's subject speaks.
                raised = next(
                    (
                        n
                        for n in (1, 2, 3)
                        if hit.first - 1 - n >= 0
                        and " ".join(t.key for t in tokens[hit.first - 1 - n : hit.first - 1])
                        in self.raising_verbs
                    ),
                    0,
                )
                if not raised:
                    continue
                anchor = hit.first - 1 - raised
            if not hit.noun and self._negated(tokens, hit.first):
                continue
            if not hit.noun and _hypothetical(tokens, hit.first):
                continue  # "how Moscow will respond": an act foreseen, not reported
            if (
                not hit.noun
                and hit.last - hit.first == 1
                and hit.last < len(tokens)
                and tokens[hit.last].key in _PARTICLES
            ):
                continue
            target_start = hit.last
            speaker: MentionSpan | None
            passive_target: str | None = None
            agentive = False
            if hit.noun:
                speaker = self._possessor(analysis, hit)
                if speaker is None:
                    continue
                if (
                    hit.last < len(tokens)
                    and tokens[hit.last].key in _BACK_REFERENCE_VERBS
                    and speaker.first <= _intro_end(tokens) + 1
                ):
                    # "Moscow's reply was prickly", "Lavrov's remarks are the sharpest
                    # criticism yet": the subject of a comment on an act told before.
                    continue
            elif hit.entry.lemma in _SOURCE_LEMMAS:
                speaker = self._right_speaker(analysis, hit.last) or self._statement_source(
                    analysis, hit.last
                )
                if speaker is None:
                    continue
                target_start = speaker.last
            else:
                speaker = self._passive_agent(analysis, hit)
                agentive = speaker is not None
                if speaker is not None:
                    target_start = speaker.last
                    # The passive's subject, i.e. the nearest actor before the verb that is
                    # neither the agent's own side nor an outlet.
                    passive_target = self._target_before(analysis, speaker, hit.first)
                elif (
                    self._passive_position(tokens, hit.first)
                    and tokens[hit.first - 1].key != ","
                    and all(t.key != "by" for t in tokens[hit.last : hit.last + 9])
                ):
                    # "Davtyan was asked about ...": the subject is spoken to, not speaking.
                    continue
                else:
                    speaker = self._left_speaker(analysis, anchor)
                    if speaker is None and (joined or before == "but") and previous is not None:
                        # "... he said, but added", "X accused Y of ... and (also) warned":
                        # the verb shares the earlier speaker.
                        speaker = previous
                    if speaker is None and joined:
                        # The subject of the sentence's first verb, never the object
                        # nearest the "and".
                        speaker = self._sentence_subject(analysis, min(hits[0].first, hit.first))
                    if speaker is None and before == "both":
                        # "X and Y met in Sochi and both praised ...": the pair speaks; its
                        # second member is taken as speaker and the first joins it below.
                        speaker = self._pair_subject(analysis, hit.first)
                    if (
                        speaker is None
                        and (before in _QUOTES or before == "," or hit.first == 0)
                        and head
                        in {
                            "said",
                            "says",
                            "added",
                            "adds",
                            "told",
                            "stressed",
                            "noted",
                            "warned",
                            "insisted",
                            "explained",
                            "wrote",
                        }
                    ):
                        speaker = self._right_speaker(analysis, hit.last)
                        if speaker is not None:
                            target_start = speaker.last
                    if speaker is None and previous is not None and before == ",":
                        speaker = previous
                    issued = self._issued_statement(tokens, hit.first)
                    if speaker is None and head.endswith("ing") and issued is not None:
                        # "issued a statement demanding ...": whoever issued it demands.
                        speaker = self._left_speaker(analysis, issued)
                    if (
                        speaker is None
                        and issued is None
                        and head.endswith("ing")
                        and tokens[hit.first - 1].key in self.statement_nouns
                    ):
                        # "has limited itself to bulletins saying ...": the subject's words.
                        speaker = self._sentence_subject(analysis, hit.first - 1)
                    if speaker is None and before == "," and head.endswith("ing"):
                        # "..., telling the leaders ...": the sentence's subject speaks.
                        speaker = self._sentence_subject(
                            analysis, hit.first, after=_intro_end(tokens)
                        )
                    if speaker is None:
                        speaker = self._institution_speaker(analysis, lead, hit.last)
            if speaker is None:
                continue
            if (
                drafts
                and speaker.actor_id != drafts[-1].speaker.actor_id
                and speaker.first >= drafts[-1].hit.last
                # "welcomed by Brussels and criticized by Moscow": a passive of its own.
                and not (agentive and joined)
                and not self._clause_break(tokens, drafts[-1].hit.last, speaker.first)
                # "responding to Sarkisian, who had accused ...": the relative's own speaker.
                and not (
                    speaker.last + 1 < len(tokens)
                    and tokens[speaker.last].key == ","
                    and tokens[speaker.last + 1].key == "who"
                )
                and not drafts[-1].hit.last < _intro_end(tokens) <= speaker.first
                # "<claim about X's statements>, Lavrov told reporters": a trailing
                # attribution is the sentence's own speech act, not part of the claim.
                and not (not hit.noun and _trailing_speaker(tokens, speaker.first, hit.first))
            ):
                continue
            if speaker.form is MentionForm.PRONOUN:
                referent = self._pronoun_referent(analysis, speaker, bool(drafts))
                if referent is not None:
                    speaker = _with_actor(speaker, referent)
            stop = denial.first if denial is not None and hit is not denial else len(tokens)
            stop = min(stop, self._clause_end(tokens, hit.last))
            attribution_first = min(speaker.first, hit.first)
            trailing = (
                not hit.noun
                and attribution_first > 0
                and any(
                    t.key in {",", *_QUOTES}
                    for t in tokens[max(0, attribution_first - 5) : attribution_first]
                )
            )
            target = passive_target
            if target is None and trailing and not passive_target:
                # Trailing attribution: "<claim>, X said." The claim precedes and is
                # what the statement is about.
                target = self._target(analysis, speaker, 0, attribution_first)
            if target is None:
                target = self._target(analysis, speaker, target_start, stop)
            polarity = self._polarity(hit.entry, analysis, hit.last, stop)
            if attribution_first > 0 and target_start == hit.last and polarity is Polarity.NEUTRAL:
                polarity = self._polarity(hit.entry, analysis, 0, attribution_first)
            if previous is not None and speaker.actor_id == previous.actor_id and drafts:
                last = drafts[-1]
                # A second speech act of the same speaker, not more of the first: "...,
                # but added", "..., and he accused", "...: he demanded". A subject named
                # after the first verb without a clause break is inside its content
                # ("said that he had asked").
                coordinated = (
                    not hit.entry.denial
                    and (
                        before == "but"
                        or (
                            joined
                            and hit.entry.lemma != last.hit.entry.lemma
                            # "welcomed the move and said Moscow would help": the plain
                            # "said" goes on with the act before it.
                            and hit.entry.lemma not in _PLAIN_SAYING
                            and not any(
                                t.key == "that" or t.key in _QUOTES
                                for t in tokens[last.hit.last : hit.first]
                            )
                        )
                        or (
                            speaker.first >= last.hit.last
                            and (
                                self._clause_break(
                                    tokens, last.hit.last, speaker.first, apposition=False
                                )
                                or any(t.key == ":" for t in tokens[last.hit.last : speaker.first])
                            )
                        )
                    )
                )
                # "said Moscow was ready ... and would welcome": an auxiliary the first
                # verb lacks puts the second verb in the reported clause, not beside it.
                embedded = joined and _auxiliaries(tokens, hit.first) not in (
                    frozenset(),
                    _auxiliaries(tokens, last.hit.first),
                )
                if embedded or (
                    not coordinated
                    and (
                        target is None
                        or target == last.target
                        or hit.entry.denial
                        or (head.endswith("ing") and before == ",")
                    )
                ):
                    if last.target is None and target is not None:
                        last.target = target
                    if last.polarity is Polarity.NEUTRAL and not hit.entry.denial:
                        last.polarity = polarity
                    continue
            first = min(speaker.first, hit.first)
            last_token = max(speaker.last, hit.last)
            partner = self._coordinated(analysis, speaker, hit)
            if partner is not None:
                # "Turkey and Azerbaijan pledged ...": both speak, each to the other;
                # "condemned by X and Y": both agents, about the passive's subject.
                agents = partner.first > speaker.first
                first = min(first, partner.first)
                last_token = max(last_token, partner.last)
                partner_target = target
                if not agents and (
                    target is None or target in (partner.actor_id, self._side(partner.actor_id))
                ):
                    # Each of the pair speaks to the other, not to its own side.
                    partner_target = self._side(speaker.actor_id) or speaker.actor_id
                drafts.append(
                    _Draft(
                        partner,
                        partner_target,
                        hit,
                        first,
                        last_token,
                        polarity,
                        self._quote(analysis),
                    )
                )
                if not agents:
                    target = target or partner.actor_id
            drafts.append(
                _Draft(speaker, target, hit, first, last_token, polarity, self._quote(analysis))
            )
            previous = speaker
            actor = self.actors.get(speaker.actor_id)
            if actor is not None and actor.kind is ActorKind.PERSON:
                self.last_person = (analysis.sentence.number, speaker.actor_id)
        if not drafts:
            turn = self._transcript_turn(analysis)
            if turn is not None:
                drafts.append(turn)
        drafts = [
            d
            for d in drafts
            if d.hit.entry.lemma not in _REPORTING
            or self.actors[d.speaker.actor_id].kind is not ActorKind.MEDIA
        ]
        if analysis.sentence.text.rstrip(_CLOSING).endswith("?"):
            # "What did Pashinyan offer his guest?": a question asks; it reports no act.
            drafts = []
        # The body a later "It" or "the statement" speaks for: this sentence's
        # institutional speaker, or else the first body it names.
        institution = next(
            (d.speaker.actor_id for d in drafts if self._institutional(d.speaker.actor_id)),
            None,
        )
        if institution is None and not drafts:
            institution = next(
                (m.actor_id for m in analysis.mentions if self._institutional(m.actor_id)), None
            )
        if institution is None and drafts:
            # "The Foreign Ministry summoned the ambassador ..., its spokeswoman said. The
            # note called ...": the body that acted as the sentence's subject.
            acting = self._sentence_subject(analysis, drafts[0].hit.first, after=_intro_end(tokens))
            if acting is not None and self._institutional(acting.actor_id):
                institution = acting.actor_id
        if institution is not None:
            self.last_institution = (analysis.sentence.number, institution)
        if not drafts:
            # A sentence that reports no speech still brings its subject into view.
            subject = self._person_subject(analysis, len(tokens), pronoun=True)
            if subject is not None:
                self.last_subject = (analysis.sentence.number, subject)
        return drafts

    def _person_subject(
        self, analysis: SentenceAnalysis, first: int, *, pronoun: bool = False
    ) -> str | None:
        """The person named as the subject before token ``first``, outside any quotation.

        With ``pronoun``, a pronoun subject counts too, as whom it refers to.
        """
        subject = self._sentence_subject(analysis, first, after=_intro_end(analysis.tokens))
        if subject is None:
            return None
        if subject.form is MentionForm.PRONOUN:
            return self._pronoun_referent(analysis, subject, True) if pronoun else None
        actor = self.actors.get(subject.actor_id)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        if subject.first in _quoted(analysis):
            return None
        return actor.id

    def _pronoun_referent(
        self, analysis: SentenceAnalysis, pronoun: MentionSpan, spoken: bool
    ) -> str | None:
        """Whom "he" or "she" as a speaker means.

        The subject of its own clause ("The minister arrived, and he said ...") when
        no one has spoken yet in the sentence and the pronoun does not trail a claim;
        otherwise the more recent of the last person who spoke and the last person
        named as a subject in a sentence reporting no speech ("Davtyan was asked
        about the drills. He described them as ..."), within three sentences.
        """
        tokens = analysis.tokens
        number = analysis.sentence.number
        if (
            not spoken
            and pronoun.first > 0
            and tokens[pronoun.first - 1].key not in _QUOTES
            and tokens[pronoun.first - 1].key != ","
        ):
            subject = self._person_subject(analysis, pronoun.first)
            if subject is not None:
                return subject
        best: tuple[int, str] | None = None
        for candidate in (self.last_subject, self.last_person):
            if candidate is None or number - candidate[0] > 3:
                continue
            if best is None or candidate[0] >= best[0]:
                best = candidate
        return best[1] if best is not None else None

    @staticmethod
    def _about_allies(analysis: SentenceAnalysis, draft: _Draft) -> bool:
        """Whether the words after the verb speak of "its allies", "our ally"."""
        tokens = analysis.tokens
        return any(
            tokens[k].key in _ALLY_NOUNS and tokens[k - 1].key in _POSSESSIVE_DETERMINERS
            for k in range(max(draft.hit.last, 1), len(tokens))
        )

    def finish(
        self, draft: _Draft, analysis: SentenceAnalysis, document_id: str, date: PartialDate | None
    ) -> Statement:
        speaker = draft.speaker.actor_id
        side = self._side(speaker) or speaker
        target = draft.target
        if target is None and self._about_allies(analysis, draft):
            # "Armenia had expected more from its allies": the side's ally the text names.
            target = self.allies.get(side)
        if target is None:
            # Words that go on from the speaker's statement just before ("..., he added")
            # keep its target; otherwise an untargeted statement in a report about a
            # dyad is about the other side of it.
            number = analysis.sentence.number
            recent = self.last_target.get(speaker)
            if recent is not None and recent[0] >= number - 1:
                target = recent[1]
            else:
                target = self.counterpart.get(side) or (recent[1] if recent else None)
        if target is not None:
            self.last_target[speaker] = (analysis.sentence.number, target)
        tokens = analysis.tokens
        start = tokens[draft.evidence_first].start
        body_offset = analysis.sentence.start
        tail = analysis.sentence.text[tokens[draft.hit.last - 1].end - body_offset :]
        content = draft.quote or tail.strip(" ,.:;\"”’'")
        if not content:
            # "<claim>, Lavrov said.": what was said precedes the attribution.
            content = analysis.sentence.text[: start - body_offset].strip(" ,.:;\"“”‘’'")
        entry = draft.hit.entry
        # Built without re-validation: every value is already of its field's type (ids
        # of known or slugged actors, the lexicon's checked lemma, CAMEO code and weight),
        # and the target is never the speaker. tests/pipeline/test_valid_output.py
        # re-validates every statement of every project document to keep it so.
        return trusted(
            Statement,
            {
                "speaker": speaker,
                "target": target if target != speaker else None,
                "verb": entry.lemma,
                "content": content,
                "polarity": draft.polarity,
                "quote": draft.quote is not None,
                "denial": entry.denial,
                "cameo": entry.cameo,
                "goldstein": self.kb.goldstein(entry.cameo),
                "date": date,
                "evidence": evidence(
                    analysis, draft.evidence_first, draft.evidence_last, document_id
                ),
            },
        )


_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "can", "cannot"})


def _hypothetical(tokens: list[Token], first: int) -> bool:
    """Whether a modal governs the verb at ``first`` ("will respond", "may well argue")."""
    k = first - 1
    while (
        k >= 0
        and first - k <= 3
        and (tokens[k].key.endswith("ly") or tokens[k].key in {"also", "well", "still"})
    ):
        k -= 1
    return k >= 0 and tokens[k].key in _MODALS


def _trailing_speaker(tokens: list[Token], first: int, verb: int) -> bool:
    """Whether the speaker at ``first`` opens a trailing attribution: "..., Russian
    Foreign Minister Sergey Lavrov told reporters" (a capitalised title may precede it).
    """
    if verb < first:
        return False
    k = first - 1
    while k >= 0 and first - k <= 4 and tokens[k].text[:1].isupper():
        k -= 1
    return k >= 0 and tokens[k].key in {",", *_QUOTES}


_PLAIN_SAYING = frozenset({"say", "add", "tell"})
_NEWS_PEOPLE = frozenset(
    {"correspondent", "reporter", "reporters", "journalist", "journalists", "newspaper"}
)
_CLOSING = " \"'”’)»"

_BACK_REFERENCE_VERBS = frozenset({"is", "are", "was", "were", "came", "comes", "has", "have"})
"""Verbs after a sentence-opening speech noun that comment on an act already told."""
_WH_OPENERS = frozenset({"what", "which", "that", "who", "whom", "whose"})


def _quoted(analysis: SentenceAnalysis) -> set[int]:
    """:func:`_quoted_tokens` of the sentence; at once empty when it has no quotation mark."""
    text = analysis.sentence.text
    if '"' in text or "'" in text or "“" in text or "”" in text:
        return _quoted_tokens(analysis.tokens)
    return set()


def _quoted_tokens(tokens: list[Token]) -> set[int]:
    """Indexes of tokens inside a direct quotation: the speaker's words, not new speech acts."""
    inside: set[int] = set()
    opened: int | None = None
    for index, token in enumerate(tokens):
        text = token.text
        if text in ("“", "”"):
            opened = index if text == "“" else None
            continue
        if text == '"' or (text == "'" and (opened is None or tokens[opened].text == "'")):
            if opened is None:
                opened = index
            else:
                inside.update(range(opened + 1, index))
                opened = None
            continue
        if opened is not None and tokens[opened].text == "“":
            inside.add(index)
    return inside


def _attitude_prefix(tokens: list[Token], first: int) -> bool:
    """Whether the word at ``first`` is the object of "anti-" or "pro-" ("anti-Russian")."""
    return first > 1 and tokens[first - 1].key == "-" and tokens[first - 2].key in {"anti", "pro"}


def _auxiliaries(tokens: list[Token], first: int) -> frozenset[str]:
    """The auxiliaries right before the verb at ``first``, over adverbs ("would now")."""
    found: set[str] = set()
    p = first - 1
    while p >= 0 and (
        tokens[p].key in _AUXILIARIES
        or (tokens[p].key.endswith("ly") and tokens[p].text.isalpha() and tokens[p].text.islower())
        or tokens[p].key in {"now", "also", "still", "then", "not"}
    ):
        if tokens[p].key in _AUXILIARIES:
            found.add(tokens[p].key)
        p -= 1
    return frozenset(found)


def _intro_end(tokens: list[Token]) -> int:
    """Where the main clause starts after an introductory clause ("Asked whether
    Putin would come, the spokesman ...", "When Lavrov called, ..."): past its comma."""
    start = 0
    if tokens and tokens[0].key in _TIME_OPENERS:
        # "On 12 June, answering a lawmaker, Pashinyan ...": past the time phrase first.
        start = next((k + 1 for k, t in enumerate(tokens) if t.key == ","), 0)
    if start >= len(tokens):
        return 0
    head = tokens[start].key
    if head not in _INTRODUCERS and not (head.endswith(("ed", "ing")) and head.isalpha()):
        return 0
    for k in range(start + 1, len(tokens)):
        if tokens[k].key == ",":
            return k + 1
    return 0


def _with_actor(span: MentionSpan, actor_id: str) -> MentionSpan:
    return MentionSpan(
        actor_id,
        span.form,
        span.start,
        span.end,
        span.first,
        span.last,
        span.sentence,
        span.nested,
        span.role_title,
    )


def _state_counts(
    analyses: Sequence[SentenceAnalysis], actors: Mapping[str, Actor]
) -> dict[str, int]:
    """How often the document names each state, in order of first mention."""
    counts: dict[str, int] = {}
    for analysis in analyses:
        for mention in (*analysis.mentions, *analysis.nested):
            actor = actors.get(mention.actor_id)
            if actor is not None and actor.kind is ActorKind.STATE:
                counts[actor.id] = counts.get(actor.id, 0) + 1
    return counts


def _counterparts(counts: Mapping[str, int]) -> dict[str, str]:
    """For each state, the other state the document names most (at least twice).

    A statement whose words name no target is, in a report about a dyad,
    about the other side of that dyad.
    """
    ranked = [state for state, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= 2]
    result: dict[str, str] = {}
    for state in counts:
        others = [other for other in ranked if other != state]
        if others:
            result[state] = others[0]
    return result


def _allies(
    counts: Mapping[str, int], kb: KnowledgeBase, published: PartialDate | None
) -> dict[str, str]:
    """For each state, its ally on the publication day that the document names most."""
    if published is None:
        return {}
    ranked = sorted(counts, key=lambda state: -counts[state])
    result: dict[str, str] = {}
    for state in counts:
        partners = kb.allies_of(state, published)
        ally = next((other for other in ranked if other != state and other in partners), None)
        if ally is not None:
            result[state] = ally
    return result


def extract_statements(
    analyses: Sequence[SentenceAnalysis],
    actors: Mapping[str, Actor],
    kb: KnowledgeBase,
    document_id: str,
    dates: Mapping[int, PartialDate],
    published: PartialDate | None = None,
) -> list[Statement]:
    """Statements of a document, in text order.

    ``dates`` maps a sentence number to the date its statements are dated by
    (a day named in the sentence, such as "on Monday"); ``published`` dates the
    alliances that "its allies" refers to.
    """
    finder = _StatementFinder(kb, actors)
    counts = _state_counts(analyses, actors)
    finder.counterpart = _counterparts(counts)
    finder.allies = _allies(counts, kb, published)
    statements: list[Statement] = []
    for analysis in analyses:
        for draft in finder.sentence(analysis):
            statements.append(
                finder.finish(draft, analysis, document_id, dates.get(analysis.sentence.number))
            )
    return statements
