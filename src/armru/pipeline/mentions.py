"""Stage 3: find the actors a text mentions, and whom its pronouns and role nouns mean.

Mentions are found by longest match of token keys against the knowledge
base, then grown by the shapes news uses to name officials and bodies:

* ``Russian Foreign Minister Sergey Lavrov``: state + role + name;
* ``the Russian ambassador to Armenia``: a role description with no name,
  resolved by date to the person who held it on the publication day;
* ``the Russian Foreign Ministry``, ``Russia's Defence Ministry``,
  ``the Foreign Ministry of Russia``, ``Russian peacekeepers``: state bodies;
* ``Deputy Defense Minister Hrachya Sargsyan`` or ``Hrachya Sargsyan,
  Armenia's deputy defense minister``: a person the knowledge base lacks
  becomes a new actor with that role and country.

Within a document, surnames, role nouns ("the ambassador") and personal
pronouns ("he", "she") resolve to the most recent compatible person.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, count
from operator import attrgetter

from .._text import MONTH_NAMES, Token, fold, tokenize
from ..knowledge import KnowledgeBase, NameHit
from ..knowledge._entries import BodyEntry, PlaceEntry, RoleEntry
from ..models import Actor, ActorKind, MentionForm, PartialDate, Rank, Role
from .sentences import Sentence

__all__ = ["MentionSpan", "PlaceSpan", "SentenceAnalysis", "find_mentions"]

_MAX_PHRASE = 8
_NAME_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "for",
        "and",
        "or",
        "but",
        "to",
        "by",
        "with",
        "from",
        "as",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "his",
        "her",
        "their",
        "our",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        *MONTH_NAMES,
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "general",
        "president",
        "prime",
        "minister",
        "foreign",
        "defense",
        "defence",
        "deputy",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "however",
        "meanwhile",
        "despite",
        "after",
        "before",
        "when",
        "while",
        "according",
        "since",
        "if",
        "also",
        "last",
        "next",
        "earlier",
        "later",
        "said",
        "says",
        "told",
        "speaking",
        "asked",
    ]
)
_CAPITALISED_RE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſА-Я][a-zà-öø-ÿā-ſа-я'’]+(?:-[A-Z][a-z]+)?$")
_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
_TIME_WORDS = frozenset(
    {"yesterday", "today", "tomorrow", "tonight", "earlier", "later", "meanwhile", "now", "then"}
)
_POSSESSIVE = "'s"
_ALLIANCE_NOUNS = frozenset({"alliance", "alliances"})
_GOVERNING = frozenset({Rank.HEAD_OF_STATE, Rank.HEAD_OF_GOVERNMENT, Rank.MINISTER})
_PAST_HOLDER = frozenset({"former", "ex", "then", "late", "previous", "onetime"})
"""Words before a title that point at someone who held it once, not its holder."""
_COPULAS = frozenset({"was", "is", "were", "are", "became", "becomes", "remained", "remains"})
"""Verbs after which a bare title is said of the subject, not a mention of its holder."""
_PLACE_MODIFIERS = frozenset(
    {"central", "downtown", "northern", "southern", "eastern", "western", "capital"}
)
"""Words between "in" and a capital that keep it a place: "in central Yerevan"."""
_PLACE_REACH = 12
"""Tokens after a local group within which the place it gathers in may follow."""
_THE = Token("the", -1, -1, "the")
"""The article a title's form has where the text names a state ("speaker of the ...")."""
# Enum members as module constants: on Python 3.11 every ``ActorKind.X`` goes through
# EnumType.__getattr__ (about 90 ns), and the scan tests kinds and forms at every mention.
_PERSON = ActorKind.PERSON
_STATE = ActorKind.STATE
_BLOC_KINDS = (ActorKind.ORGANIZATION, ActorKind.GROUP)
_FORM_ADJECTIVE = MentionForm.ADJECTIVE
_FORM_ALIAS = MentionForm.ALIAS
_FORM_BODY = MentionForm.BODY
_FORM_METONYM = MentionForm.METONYM
_FORM_NAME = MentionForm.NAME
_FORM_PRONOUN = MentionForm.PRONOUN
_FORM_SURNAME = MentionForm.SURNAME
_KEY = attrgetter("key")
_STARTERS: weakref.WeakKeyDictionary[KnowledgeBase, frozenset[str]] = weakref.WeakKeyDictionary()


def _starters(kb: KnowledgeBase) -> frozenset[str]:
    """Keys where the scan looks closer: any mention's first word, pronouns, determiners.

    Kept per knowledge base: the union of its large sets cost a document each time.
    """
    starters = _STARTERS.get(kb)
    if starters is None:
        starters = _STARTERS[kb] = kb.mention_starters | _PRONOUNS | {"the", "its", "their", "both"}
    return starters


class _Candidates(dict[str, bool]):
    """Token text → whether the scan looks at the token: its key starts a mention, or it
    is capitalised. A function of the text alone, so it is kept per knowledge base and
    read from C (``map``); bounded like the token keys."""

    def __init__(self, starters: frozenset[str]) -> None:
        super().__init__()
        self.starters = starters

    def __missing__(self, text: str) -> bool:
        if len(self) >= _CANDIDATES_MAX:
            self.clear()
        flag = self[text] = fold(text) in self.starters or text[:1].isupper()
        return flag


_CANDIDATES_MAX = 65536
_CANDIDATES: weakref.WeakKeyDictionary[KnowledgeBase, _Candidates] = weakref.WeakKeyDictionary()
_TEXT = attrgetter("text")


def _candidates(kb: KnowledgeBase) -> _Candidates:
    candidates = _CANDIDATES.get(kb)
    if candidates is None:
        candidates = _CANDIDATES[kb] = _Candidates(_starters(kb))
    return candidates


Key = tuple[str, ...]


@dataclass(slots=True)
class MentionSpan:
    """A span that refers to an actor, with its token range in the sentence."""

    actor_id: str
    form: MentionForm
    start: int
    end: int
    first: int
    last: int
    sentence: Sentence
    nested: bool = False
    role_title: str | None = None
    paired: bool = False
    """One of the two actors a single phrase names ("the two foreign ministries")."""


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    """A place name (not an actor), for locating events."""

    place: PlaceEntry
    start: int
    end: int
    first: int
    last: int


@dataclass(slots=True)
class SentenceAnalysis:
    """A sentence with its tokens, its mentions (outermost first) and places."""

    sentence: Sentence
    tokens: list[Token]
    mentions: list[MentionSpan] = field(default_factory=list)
    nested: list[MentionSpan] = field(default_factory=list)
    places: list[PlaceSpan] = field(default_factory=list)

    _covering: list[MentionSpan | None] | None = None
    _ending: dict[int, MentionSpan] | None = None
    keys: frozenset[str] = frozenset()
    """The sentence's token keys, for cheap "could this cue occur here" checks."""

    def index_mentions(self) -> None:
        """Index the outer mentions by token, once the scan has found them all."""
        covering: list[MentionSpan | None] = [None] * len(self.tokens)
        ending: dict[int, MentionSpan] = {}
        for mention in self.mentions:
            for k in range(mention.first, mention.last):
                if covering[k] is None:
                    covering[k] = mention
            ending.setdefault(mention.last, mention)
        self._covering = covering
        self._ending = ending
        self.keys = frozenset(map(_KEY, self.tokens))

    def mention_at(self, token_index: int) -> MentionSpan | None:
        """The outer mention covering a token, if any."""
        if self._covering is not None:
            if 0 <= token_index < len(self._covering):
                return self._covering[token_index]
            return None
        for mention in self.mentions:
            if mention.first <= token_index < mention.last:
                return mention
        return None

    def twin_of(self, mention: MentionSpan) -> MentionSpan | None:
        """The other member of a pair named by one phrase ("the two foreign ministries")."""
        if not mention.paired:
            return None
        for other in self.mentions:
            if (
                other.paired
                and other.first == mention.first
                and other.last == mention.last
                and other.actor_id != mention.actor_id
            ):
                return other
        return None

    def mention_ending_at(self, token_index: int) -> MentionSpan | None:
        """The outer mention whose last token is ``token_index - 1``."""
        if self._ending is not None:
            return self._ending.get(token_index)
        for mention in self.mentions:
            if mention.last == token_index:
                return mention
        return None


_SAYING = frozenset({"said", "says", "told", "added"})
# "lashed out at Moscow", "a swipe at Baku": what is aimed at, not where.
_AIMING = frozenset(
    {"out", "back", "aim", "aimed", "aiming", "directed", "finger", "swipe", "jab", "dig", "barb"}
    | {"barbs", "angry", "anger", "fury", "furious", "shot", "shots", "railed", "rail"}
    | {"pointed", "glared", "criticism", "pressure", "protest", "protests", "outrage"}
)

# "the two countries", "both sides": the pair of states the text has just named.
_PAIR_OPENERS = frozenset({"two", "both"})
_PAIR_STATE_NOUNS = frozenset(
    {"countries", "sides", "states", "nations", "governments", "neighbours", "neighbors"}
)
_PAIR_LEADER_NOUNS = frozenset({"leaders", "presidents"})

# What opens a role noun that a following name then names: "the chief of ..., X".
_RECENT_DETERMINERS = frozenset({"the", "its", "his", "her", "their", _POSSESSIVE})


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "actor"


def _is_capitalised(token: Token) -> bool:
    return _CAPITALISED_RE.match(token.text) is not None and token.key not in _NAME_STOP


def _case_ok(token: Token, length: int) -> bool:
    """A name in text starts with a capital or a digit ("102nd"); short acronyms are capitals."""
    text = token.text
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    if length == 1 and len(token.key) <= 3 and token.key.isalpha():
        return text.replace(".", "").isupper()
    return True


class _DocumentMentions:
    """The mention finder's state for one document (actors seen, coreference memory)."""

    def __init__(self, kb: KnowledgeBase, date: PartialDate) -> None:
        self.kb = kb
        self.date = date
        self.actors: dict[str, Actor] = {}
        self.persons: list[MentionSpan] = []
        self.pronoun_sentence = 0
        # Person ids, most recently mentioned last: role look-ups walk people, not mentions
        # (walking every mention for every role noun was quadratic in a long document).
        self.recent_persons: dict[str, None] = {}
        self.bodies: dict[str, str] = {}
        self.local_names: dict[tuple[str, ...], str] = {}
        self.local_firsts: set[str] = set()
        self.local_prefixes: set[tuple[str, ...]] = set()
        self.name_index = kb.name_index
        self.name_firsts = kb.name_table.firsts
        self.name_prefixes = kb.name_table.prefixes
        self.max_name = max(kb.name_table.longest, 1)
        self.role_index = kb.role_index
        self.body_index = kb.body_index
        self.place_index = kb.place_index
        self.role_table = kb.role_table
        self.body_table = kb.body_table
        self.body_owners = kb.body_owners
        self.place_table = kb.place_table
        self.org_parts_table = kb.cue_table("organization_parts")
        self.starters = _starters(kb)
        self.candidates = _candidates(kb)
        self.place_firsts = kb.place_table.firsts
        self.role_firsts = kb.role_table.firsts
        self.body_firsts = kb.body_table.firsts
        self.blocs = kb.alliance_organizations
        self.military_blocs = kb.military_alliance_organizations
        self.last_alliance: str | None = None
        self.state_ids = kb.state_ids
        self.adjectival_bodies = kb.cue("adjectival_bodies")
        self.finite_verbs = kb.cue("finite_verbs")
        self.bloc_nouns = kb.cue("bloc_nouns")
        self.locatives = kb.cue("locative_prepositions")
        self.person_descriptors = kb.cue("person_descriptors")
        self.diplomatic_titles = kb.cue("diplomatic_titles")
        self.last_bloc: str | None = None
        self.last_state: str | None = None
        self.recent_states: list[str] = []
        """States in the order last named, each once: "the two countries" are the last two."""
        self.outlet_nouns = kb.cue("outlet_nouns")
        self.last_place: tuple[int, str] | None = None
        """The sentence number and country of the last place named ("in Tbilisi")."""
        self.state_counts: dict[str, int] = {}
        self.recent_bodies: list[str] = []
        self.descriptors: dict[str, str] = {}
        self.body_nouns = kb.cue("body_nouns")
        self.named_after_places = kb.cue("named_after_places")

    # -- helpers ----------------------------------------------------------------------
    def _use(self, actor: Actor) -> str:
        self.actors.setdefault(actor.id, actor)
        return actor.id

    def _name_at(self, tokens: list[Token], i: int) -> tuple[int, str, MentionForm] | None:
        """A known name starting at token i: (length, actor id, form)."""
        n = len(tokens)
        start = i + 1 if tokens[i].key == "the" and i + 1 < n else i
        name_firsts, local_firsts = self.name_firsts, self.local_firsts
        name_index, local_names = self.name_index, self.local_names
        prefixes, local_prefixes = self.name_prefixes, self.local_prefixes
        for begin in (i,) if start == i else (i, start):
            first = tokens[begin].key
            if first not in name_firsts and first not in local_firsts:
                continue
            key: tuple[str, ...] = (first,)
            found: tuple[str, ...] | None = None
            end = 0
            stop = min(n, begin + self.max_name)
            j = begin
            while j < stop:
                if j > begin:
                    key += (tokens[j].key,)
                # No longer name starts so: stop (growing up to max_name tokens was most
                # of the time spent finding mentions).
                if key not in prefixes and key not in local_prefixes:
                    break
                j += 1
                if key in name_index or key in local_names:
                    found, end = key, j
            if found is None:
                continue
            key = found
            head = tokens[start] if begin == i and start != i else tokens[begin]
            if not _case_ok(head, end - begin):
                continue
            if key in local_names:
                return end - i, local_names[key], _FORM_SURNAME
            hits = self.name_index[key]
            chosen = self._choose(hits)
            return end - i, chosen.actor_id, chosen.form
        return None

    def _choose(self, typed: Sequence[NameHit]) -> NameHit:
        if len(typed) == 1:
            return typed[0]
        seen = [h for h in typed if h.actor_id in self.actors]
        if seen:
            return seen[0]
        active = [
            h
            for h in typed
            if self.kb.actors[h.actor_id].kind is not ActorKind.PERSON
            or self.kb.actors[h.actor_id].roles_on(self.date)
        ]
        return (active or typed)[0]

    def _state_of(self, actor_id: str) -> str | None:
        if actor_id in self.state_ids:  # the common case, a set look-up
            return actor_id
        actor = self.kb.actors.get(actor_id) or self.actors.get(actor_id)
        if actor is None or actor.kind is not _STATE:
            return None
        return actor.id

    def _unknown_name(self, tokens: list[Token], i: int) -> int:
        """Length of a run of 2-3 capitalised words at i that the knowledge base lacks."""
        if tokens[i].key in self.person_descriptors or tokens[i].key in _TIME_WORDS:
            return 0  # "Analyst Aram Testyan", "Yesterday Lavrov": the name starts after
        j = i
        while j < len(tokens) and j - i < 3 and _is_capitalised(tokens[j]):
            hits = self.name_index.get((tokens[j].key,), ())
            # A known surname after an unknown first name is another person.
            if any(self.kb.actors[h.actor_id].kind is not ActorKind.PERSON for h in hits):
                break
            j += 1
        return j - i if j - i >= 2 else 0

    def _remember_name(self, key: tuple[str, ...], actor_id: str) -> None:
        """Let this document's later mentions of ``key`` mean ``actor_id``."""
        self.local_names[key] = actor_id
        self.local_firsts.add(key[0])
        self.local_prefixes.update(key[:n] for n in range(1, len(key) + 1))

    def _new_person(
        self, tokens: list[Token], i: int, j: int, role: RoleEntry | None, state: str | None
    ) -> str:
        name = " ".join(t.text for t in tokens[i:j])
        actor_id = _slug(name)
        if actor_id in self.kb.actors:
            return actor_id
        roles: tuple[Role, ...] = ()
        if role is not None and state is not None:
            roles = (Role(title=role.title, rank=role.rank, of=state, start=None, end=None),)
        existing = self.actors.get(actor_id)
        if existing is not None and not roles:
            return actor_id
        actor = Actor(
            id=actor_id,
            name=name,
            kind=ActorKind.PERSON,
            country=state,
            aliases=(tokens[j - 1].text,),
            roles=roles or (existing.roles if existing else ()),
        )
        self.actors[actor_id] = actor
        full = tuple(t.key for t in tokens[i:j])
        self.local_names[(tokens[j - 1].key,)] = actor_id
        self.local_names[full] = actor_id
        self.local_firsts.update((tokens[j - 1].key, tokens[i].key))
        self.local_prefixes.add((tokens[j - 1].key,))
        self.local_prefixes.update(full[:n] for n in range(1, len(full) + 1))
        return actor_id

    def _resolve_role(self, role: RoleEntry, state: str | None, host: str | None) -> str | None:
        """Whom a role description without a name denotes."""
        generic = " " not in role.title
        for person_id in reversed(self.recent_persons):
            actor = self.actors[person_id]
            for held in actor.roles_on(self.date) or actor.roles:
                # "the French minister": a generic title is the end of a full one.
                if held.title != role.title and not (
                    generic and held.title.rsplit(" ", 1)[-1] == role.title
                ):
                    continue
                if state is not None and held.of != state:
                    continue
                if host is not None and held.to not in (None, host):
                    continue
                return actor.id
        if state is None and host is None:
            return None
        titles = self.kb.leader_titles(state) if role.title == "Leader" else (role.title,)
        for title in titles:
            holders = self.kb.holders(title, state, host, self.date)
            if len(holders) == 1:
                return self._use(holders[0])
        return None

    def _resolve_generic_role(
        self,
        key: tuple[str, ...],
        role: RoleEntry,
        *,
        guess_state: bool = True,
        analysis: SentenceAnalysis | None = None,
    ) -> str | None:
        """'the minister', 'the ambassador': the latest person whose title ends so.

        Failing that, the holder of the title in the state of the person named
        just before, then in the states the document has named so far, the most
        named first ("the premier" in a report about Armenia is Armenia's prime
        minister).
        """
        found = self._resolve_recent_title(key, role)
        if found is not None or not guess_state:
            return found
        states = sorted(self.state_counts, key=lambda state: -self.state_counts[state])
        near = self._person_state(analysis) if analysis is not None else None
        if near is not None:
            # "Pashinyan did not travel, and neither the foreign minister nor ...": the
            # ministers of the leader just named.
            states = [near, *(s for s in states if s != near)]
        for state in states:
            found = self._resolve_role(role, state, None)
            if found is not None:
                return found
        return None

    def _resolve_recent_title(self, key: tuple[str, ...], role: RoleEntry) -> str | None:
        """'the foreign minister' is the last Foreign Minister named; 'the minister'
        (one word) the last person with any minister's title, and 'the spokesman' the
        last person of the generic role's rank (a press secretary)."""
        phrase = " ".join(key)
        word = key[-1]
        generic = len(key) == 1 and " " not in role.title
        for current in (True, False):
            # A holder on the day first: "the premier" after a former premier's
            # criticism is the premier of the day.
            for person_id in reversed(self.recent_persons):
                actor = self.actors[person_id]
                held = actor.roles_on(self.date) or (() if current else actor.roles)
                if any(
                    r.title.lower() == phrase
                    # "the premier": another form of the same title.
                    or r.title == role.title
                    or (len(key) == 1 and r.title.lower().split()[-1] == word)
                    or (generic and r.rank == role.rank)
                    for r in held
                ):
                    return actor.id
        return None

    def _adjectival(self, tokens: list[Token], k: int, length: int) -> bool:
        """'military' in "Armenia's military alliances" modifies a noun; it names no body."""
        if length != 1 or tokens[k].key not in self.adjectival_bodies:
            return False
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return (
            nxt is not None
            and nxt.key.isalpha()
            and nxt.text.islower()
            and nxt.key not in self.kb.cue("speaker_skip")
            and (nxt.key,) not in self.kb.verb_index
            # "the Russian army held drills", "the military has": a verb follows, not a noun.
            and not nxt.key.endswith("ed")
            and nxt.key not in self.finite_verbs
        )

    def _back_reference(self, tokens: list[Token], i: int) -> str | None:
        """'the bloc', 'the ministry', 'the researcher': an actor named earlier.

        A bloc noun refers to the last alliance organization named; a body
        noun to the last body whose name contains it; a descriptor to the
        last new person introduced with it ("Tural Ismayilzade, a
        researcher ... the researcher said").
        """
        if tokens[i].key != "the" or i + 1 >= len(tokens):
            return None
        noun = tokens[i + 1].key
        if i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper():
            return None
        if noun in _ALLIANCE_NOUNS and self.last_alliance is not None:
            # "leave the alliance": the last military alliance named, not the EU.
            return self.last_alliance
        if noun in self.bloc_nouns and self.last_bloc is not None:
            return self.last_bloc
        if noun in self.body_nouns:
            for actor_id in reversed(self.recent_bodies):
                if noun in self.actors[actor_id].name.lower():
                    return actor_id
        return self.descriptors.get(noun)

    # -- the scan ---------------------------------------------------------------------
    def analyse(self, sentence: Sentence) -> SentenceAnalysis:
        tokens = tokenize(sentence.text, sentence.start)
        analysis = SentenceAnalysis(sentence, tokens)
        # Most tokens are lower-case words that start no name, role, body or place:
        # the tokens worth a scan are picked out first, without a Python loop.
        candidates = compress(count(), map(self.candidates.__getitem__, map(_TEXT, tokens)))
        i = 0
        for k in candidates:
            if k >= i:
                i = k + max(self._scan(analysis, k), 1)
        analysis.index_mentions()
        return analysis

    def _add(
        self,
        analysis: SentenceAnalysis,
        actor_id: str,
        form: MentionForm,
        first: int,
        last: int,
        *,
        nested: bool = False,
        role_title: str | None = None,
        paired: bool = False,
    ) -> MentionSpan:
        tokens = analysis.tokens
        span = MentionSpan(
            actor_id,
            form,
            tokens[first].start,
            tokens[last - 1].end,
            first,
            last,
            analysis.sentence,
            nested,
            role_title,
            paired,
        )
        (analysis.nested if nested else analysis.mentions).append(span)
        actor = self.actors.get(actor_id) or self.kb.actors.get(actor_id)
        if actor is not None:
            self.actors.setdefault(actor.id, actor)  # self._use(actor)
            kind = actor.kind
            if kind is _PERSON and not nested:
                if any(fold(r.title) in self.diplomatic_titles for r in actor.roles_on(self.date)):
                    # "Kopyrkin ... . The diplomat later told TASS": the last diplomat named.
                    self.descriptors["diplomat"] = actor.id
                self.persons.append(span)
                self.recent_persons.pop(span.actor_id, None)
                self.recent_persons[span.actor_id] = None
                if last - first >= 2 and (form is _FORM_NAME or form is _FORM_ALIAS):
                    # Later "Grigoryan" is the Grigoryan this document named in full.
                    self._remember_name((analysis.tokens[last - 1].key,), actor.id)
                    if first > 0 and tokens[first - 1].key in self.person_descriptors:
                        # "businessman Samvel Karapetyan ... the businessman said".
                        self.descriptors[tokens[first - 1].key] = actor.id
                    else:
                        # "the speaker of Armenia's parliament, Alen Simonyan, ... The
                        # speaker told journalists": a descriptor just before the comma.
                        k = self._title_before_comma(tokens, first)
                        if k is not None and tokens[k].key in self.person_descriptors:
                            self.descriptors[tokens[k].key] = actor.id
            elif kind is _STATE:
                self.last_state = actor.id
                if actor.id in self.recent_states:
                    self.recent_states.remove(actor.id)
                self.recent_states.append(actor.id)
                self.state_counts[actor.id] = self.state_counts.get(actor.id, 0) + 1
            elif form is _FORM_BODY:
                self.recent_bodies.append(actor.id)
        return span

    def _scan(self, analysis: SentenceAnalysis, i: int) -> int:
        tokens = analysis.tokens
        token = tokens[i]
        first = token.key
        if first in {"his", "her"} and self.persons:
            counterpart = self._counterpart(analysis, i)
            if counterpart:
                return counterpart
        if first in _PRONOUNS and self.persons:
            last = self.persons[-1]
            number = analysis.sentence.number
            if max(last.sentence.number, self.pronoun_sentence) >= number - 2:
                # A chain of pronouns keeps its person in view ("He ... . He ...").
                self.pronoun_sentence = number
                self._add(analysis, last.actor_id, _FORM_PRONOUN, i, i + 1)
                self.persons.pop()
                self.persons.append(last)
            return 1
        # The phrase look-ups below are called only when the token can start a phrase of
        # their table (each would return "none" at once otherwise): a call costs more.
        if first in _PAIR_OPENERS or (
            first == "the" and i + 1 < len(tokens) and tokens[i + 1].key in _PAIR_OPENERS
        ):
            pair = self._pair_phrase(analysis, i)
            if pair:
                return pair
        earlier = self._back_reference(tokens, i) if first == "the" else None
        if earlier is not None:
            self._add(analysis, earlier, _FORM_ALIAS, i, i + 2)
            return 2
        if first in {"its", "their"} and self.last_state is not None and i + 1 < len(tokens):
            body_len = self.body_table.match(tokens, i + 1)
            if body_len and not self._adjectival(tokens, i + 1, body_len):
                key = tuple(t.key for t in tokens[i + 1 : i + 1 + body_len])
                body = self.body_index[key]
                return 1 + self._body_phrase(
                    analysis, i + 1, i + 1, i + 1 + body_len, body, self.last_state
                )
        place_len = self.place_table.match(tokens, i) if first in self.place_firsts else 0
        name = self._name_at(tokens, i)
        if name is not None and first == "the" and i + 1 < len(tokens):
            longer = self._name_at(tokens, i + 1)
            if longer is not None and longer[0] >= name[0]:
                # "The United Nations Security Council": the longer name after "the",
                # not "The United Nations".
                return 1
        if (
            name is not None
            and name[2] is _FORM_METONYM
            and i + name[0] < len(tokens)
            and tokens[i + name[0]].key in self.named_after_places
            and tokens[i + name[0]].text[:1].isupper()
        ):
            # "the Rome Statute", "the OSCE Minsk Group": a name, not the city's state.
            return name[0] + 1
        if (
            name is not None
            and name[2] is _FORM_METONYM
            and i > 0
            and not (i > 1 and tokens[i - 1].key == "at" and tokens[i - 2].key in _AIMING)
            and (
                tokens[i - 1].key in self.locatives
                or (
                    i > 1
                    and tokens[i - 1].key in _PLACE_MODIFIERS
                    and tokens[i - 2].key in self.locatives
                )
            )
        ):
            seat = self.kb.actors[name[1]]
            place = PlaceEntry(
                name=" ".join(t.text for t in tokens[i : i + name[0]]),
                country=seat.id if seat.kind is _STATE else None,
            )
            analysis.places.append(
                PlaceSpan(place, tokens[i].start, tokens[i + name[0] - 1].end, i, i + name[0])
            )
            if place.country is not None:
                self.last_place = (analysis.sentence.number, place.country)
            return name[0]
        role_len = self.role_table.match(tokens, i) if first in self.role_firsts else 0
        body_len = self.body_table.match(tokens, i) if first in self.body_firsts else 0
        if name is not None and name[0] >= max(role_len, place_len):
            return self._after_name(analysis, i, name)
        if place_len and tokens[i].text[:1].isupper():
            place = self.place_index[tuple(t.key for t in tokens[i : i + place_len])]
            analysis.places.append(
                PlaceSpan(place, tokens[i].start, tokens[i + place_len - 1].end, i, i + place_len)
            )
            if place.country is not None:
                self.last_place = (analysis.sentence.number, place.country)
            return place_len
        if first in self.role_firsts:
            around = self._role_around_state(analysis, i, max(role_len, body_len))
            if around:
                return around
        if role_len and role_len >= body_len:
            key = tuple(t.key for t in tokens[i : i + role_len])
            return self._role_phrase(analysis, i, i, i + role_len, self.role_index[key], None)
        if body_len:
            key = tuple(t.key for t in tokens[i : i + body_len])
            return self._body_phrase(analysis, i, i, i + body_len, self.body_index[key], None)
        if _is_capitalised(token):
            length = self._unknown_name(tokens, i) or self._first_name_only(tokens, i)
            if length and (
                self._looks_like_person(tokens, i, i + length) or self._second_of_pair(analysis, i)
            ):
                span = self._add(
                    analysis,
                    self._new_person(tokens, i, i + length, None, None),
                    MentionForm.NAME,
                    i,
                    i + length,
                )
                self._appositive_role(analysis, span)
                return length
        return 1

    def _counterpart(self, analysis: SentenceAnalysis, i: int) -> int:
        """'his Russian counterpart': whoever holds, in that state, the title of the person
        "his" refers to ("Aliyev met Putin ... His Russian counterpart said"). Returns
        the phrase's length, 0 if it names no one the data knows."""
        tokens = analysis.tokens
        state_name = self._name_at(tokens, i + 1) if i + 2 < len(tokens) else None
        if state_name is None:
            return 0
        end = i + 1 + state_name[0]
        state = self._state_of(state_name[1])
        if state is None or end >= len(tokens) or tokens[end].key != "counterpart":
            return 0
        person = self.actors.get(self.persons[-1].actor_id)
        if person is None:
            return 0
        for role in person.roles_on(self.date):
            holders = [
                h for h in self.kb.holders(role.title, state, None, self.date) if h.id != person.id
            ]
            if len(holders) == 1:
                self._add(analysis, state, state_name[2], i + 1, end, nested=True)
                self._use(holders[0])
                self._add(analysis, holders[0].id, MentionForm.ROLE, i, end + 1)
                return end + 1 - i
        return 0

    def _title_before_comma(self, tokens: list[Token], i: int) -> int | None:
        """Where a descriptor or role noun ends a phrase just before ", <name at i>"
        ("the chief of its joint staff, Pavel Oreshkin"): its token index, or None."""
        if i < 3 or tokens[i - 1].key != ",":
            return None
        for k in range(i - 2, max(i - 9, 0), -1):
            key = tokens[k].key
            if key in {",", ";", "(", ")"}:
                return None
            if tokens[k - 1].key in _RECENT_DETERMINERS and (
                (key in self.person_descriptors and tokens[k].text.islower())
                or self.role_table.match(tokens, k) > 0
            ):
                return k
        return None

    def _looks_like_person(self, tokens: list[Token], i: int, j: int) -> bool:
        """An unknown capitalised name that the context shows to be a person.

        It is followed by a reporting verb ("Ismayilzade said") or by an
        apposition ("Tural Ismayilzade, a Baku-based researcher"), or it is
        preceded by a descriptor ("analyst Tural Ismayilzade", "Ms").
        """
        if i > 0 and tokens[i - 1].key in self.person_descriptors:
            return True
        if i > 0 and tokens[i - 1].key in {"said", "says", "added", "told", "according"}:
            return True  # "..., said Hrant Melkonyan"
        if self._title_before_comma(tokens, i) is not None:
            return True  # "the chief of the alliance's joint staff, Anatoly Sidorov"
        if j >= len(tokens):
            return False
        following = tokens[j]
        if following.key == "," and j + 1 < len(tokens):
            after = tokens[j + 1]
            if after.key.isdigit():
                return True  # "Hrant Melkonyan, 58, ..."
            if after.text.islower() and any(
                t.key in self.person_descriptors or self.role_table.match(tokens, k) > 0
                for k, t in enumerate(tokens[j + 1 : j + 6], start=j + 1)
            ):
                return True  # "Viktor Vodolatsky, first deputy chairman of ..."
        if (following.key,) in self.kb.verb_index:
            return following.key.endswith(("ed", "s")) or following.key in {"said", "told"}
        if following.key == "," and j + 1 < len(tokens):
            after = tokens[j + 1]
            if after.key in {"a", "an", "who", "whose"}:
                return True
            k = j + 2 if after.key == "the" else j + 1
            if k < len(tokens) and after.key == "the" and tokens[k].text.islower():
                return True
            # ", (the) Armenian / Armenia's deputy defense minister"
            name = self._name_at(tokens, k) if k < len(tokens) else None
            if name is not None and self._state_of(name[1]) is not None:
                k += name[0]
                if k < len(tokens) and tokens[k].key == _POSSESSIVE:
                    k += 1
            return self.role_table.match(tokens, k) > 0
        return False

    def _pair_phrase(self, analysis: SentenceAnalysis, i: int) -> int:
        """'the two foreign ministries', 'both sides', 'the two countries' border
        commissions', 'the two leaders': one phrase naming a pair the text has just named.

        The pair is the last two states named (or, for leaders, the last two people named
        from two different states); each gets a mention over the whole phrase, so that
        both speak or take part. Returns the phrase's length, 0 if it is none.
        """
        tokens = analysis.tokens
        j = i + 1 if tokens[i].key == "the" else i
        if j >= len(tokens) or tokens[j].key not in _PAIR_OPENERS or j + 1 >= len(tokens):
            return 0
        j += 1
        noun = tokens[j].key
        if noun in _PAIR_LEADER_NOUNS:
            leaders: list[str] = []
            countries: set[str | None] = set()
            for actor_id in reversed(self.recent_persons):
                country = self.actors[actor_id].country
                if country not in countries:
                    leaders.append(actor_id)
                    countries.add(country)
                if len(leaders) == 2:
                    break
            if len(leaders) < 2 or None in countries:
                return 0
            for actor_id in reversed(leaders):
                self._add(analysis, actor_id, MentionForm.ALIAS, i, j + 1, paired=True)
            return j + 1 - i
        if len(self.recent_states) < 2:
            return 0
        states = self.recent_states[-2:]
        if noun in _PAIR_STATE_NOUNS:
            owner_end = j + 1
            if owner_end >= len(tokens) or tokens[owner_end].key not in {_POSSESSIVE, "'", "’"}:
                return 0  # "the two countries" alone: words about the pair, not its voice
            j = owner_end + 1  # "the two countries' border commissions"
        body_len = self.body_table.match(tokens, j) if j < len(tokens) else 0
        if not body_len:
            return 0
        body = self.body_index[tuple(t.key for t in tokens[j : j + body_len])]
        if body.local:
            return 0
        for state in states:
            actor = self.kb.body_actor(state, body)
            self._use(actor)
            self._add(analysis, actor.id, MentionForm.BODY, i, j + body_len, paired=True)
        return j + body_len - i

    def _first_name_only(self, tokens: list[Token], i: int) -> int:
        """1 for a vox-pop's first name: 'said Ani, a 24-year-old student', 'told our
        correspondent Gohar, 35, a teacher' (a name after the verb or a descriptor, then
        an age or a descriptor); else 0."""
        if i == 0 or i + 3 >= len(tokens) or not tokens[i].text.isalpha():
            return 0
        before = tokens[i - 1].key
        if not (before in _SAYING or before in self.person_descriptors):
            return 0
        if tokens[i + 1].key != "," or self.name_index.get((tokens[i].key,)):
            return 0
        after = [t.key for t in tokens[i + 2 : i + 8]]
        if after[0].isdigit() or "year" in after:
            return 1
        return 1 if after[0] in {"a", "an"} and after[1] in self.person_descriptors else 0

    def _second_of_pair(self, analysis: SentenceAnalysis, i: int) -> bool:
        """'MPs Ararat Mirzoyan and Sasun Mikayelyan': a full name joined to a person's."""
        if i < 2 or analysis.tokens[i - 1].key != "and" or not analysis.mentions:
            return False
        before = analysis.mentions[-1]
        return (
            before.last == i - 1
            and before.last - before.first >= 2
            and self.actors[before.actor_id].kind is _PERSON
        )

    def _after_name(
        self, analysis: SentenceAnalysis, i: int, name: tuple[int, str, MentionForm]
    ) -> int:
        tokens = analysis.tokens
        length, actor_id, form = name
        j = i + length
        state = self._state_of(actor_id)
        if state is not None:
            k = j + 1 if j < len(tokens) and tokens[j].key == _POSSESSIVE else j
            after = tokens[k].key if k < len(tokens) else None
            role_len = self.role_table.match(tokens, k) if after in self.role_firsts else 0
            body_len = self.body_table.match(tokens, k) if after in self.body_firsts else 0
            if body_len and self._adjectival(tokens, k, body_len):
                body_len = 0
            lead = i + 1 if tokens[i].key == "the" else i
            if role_len and role_len >= body_len:
                key = tuple(t.key for t in tokens[k : k + role_len])
                self._add(analysis, state, form, lead, j, nested=True)
                return self._role_phrase(analysis, i, k, k + role_len, self.role_index[key], state)
            if body_len:
                key = tuple(t.key for t in tokens[k : k + body_len])
                return self._body_phrase(analysis, i, k, k + body_len, self.body_index[key], state)
            if form is _FORM_ADJECTIVE and after in self.outlet_nouns:
                return length  # "the Italian newspaper La Repubblica": the outlet's, not Italy
            if form is _FORM_ADJECTIVE and not role_len and after == "and":
                shared = self._shared_body(tokens, k + 1)
                if shared is not None:
                    # "the Turkish and Armenian foreign ministries": Turkey's ministry too.
                    actor = self.kb.body_actor(state, shared)
                    self._use(actor)
                    self._add(analysis, actor.id, MentionForm.BODY, lead, j)
                    return length
        actor = self.actors.get(actor_id) or self.kb.actors[actor_id]
        if actor.kind in _BLOC_KINDS:
            if actor_id in self.blocs:  # kb.alliances_of(actor_id) is not empty
                self.last_bloc = actor_id
            if actor_id in self.military_blocs:
                self.last_alliance = actor_id
            extra = self.org_parts_table.match(tokens, j) if j < len(tokens) else 0
            role_len = self.role_table.match(tokens, j) if extra else 0
            if role_len == extra and extra:
                # "the CSTO Secretary General": the person holding the post that day,
                # when the data knows who.
                role = self.role_index[tuple(t.key for t in tokens[j : j + role_len])]
                holders = self.kb.holders(role.title, actor_id, None, self.date)
                if len(holders) == 1 and self._name_at(tokens, j + role_len) is None:
                    self._add(analysis, actor_id, form, i, j, nested=True)
                    self._use(holders[0])
                    self._add(
                        analysis,
                        holders[0].id,
                        MentionForm.ROLE,
                        i,
                        j + role_len,
                        role_title=role.title,
                    )
                    return length + role_len
            if extra:
                self._add(analysis, actor_id, form, i, j, nested=True)
                self._add(analysis, actor_id, MentionForm.BODY, i, j + extra)
                return length + extra
        lead = i + 1 if tokens[i].key == "the" and form is _FORM_ADJECTIVE else i
        span = self._add(analysis, actor_id, form, lead, j)
        if actor.kind is _PERSON:
            self._appositive_role(analysis, span)
        return length

    def _shared_body(self, tokens: list[Token], k: int) -> BodyEntry | None:
        """The body a second state adjective at ``k`` names ("... and Armenian foreign
        ministries"), which the adjective before "and" shares."""
        name = self._name_at(tokens, k) if k < len(tokens) else None
        if name is None or name[2] is not _FORM_ADJECTIVE or self._state_of(name[1]) is None:
            return None
        m = k + name[0]
        if m >= len(tokens) or tokens[m].key not in self.body_firsts:
            return None
        body_len = self.body_table.match(tokens, m)
        if not body_len or self._adjectival(tokens, m, body_len):
            return None
        return self.body_index[tuple(t.key for t in tokens[m : m + body_len])]

    def _appositive_role(self, analysis: SentenceAnalysis, span: MentionSpan) -> None:
        """'Name, the Russian ambassador to Armenia,' gives the name that role."""
        tokens = analysis.tokens
        j = span.last
        if j + 2 >= len(tokens) or tokens[j].key != ",":
            return
        for token in tokens[j + 1 : j + 8]:
            if token.key in {",", ";", "."}:
                break
            if token.key in self.person_descriptors and token.text.islower():
                self.descriptors[token.key] = span.actor_id
        k = j + 1
        if tokens[k].key in {"the", "a", "an"}:
            k += 1
        state: str | None = None
        name = self._name_at(tokens, k) if k < len(tokens) else None
        if name is not None and self._state_of(name[1]) is not None:
            state = name[1]
            self._add(analysis, state, name[2], k, k + name[0], nested=True)
            k += name[0]
            if k < len(tokens) and tokens[k].key == _POSSESSIVE:
                k += 1
        role_len = self.role_table.match(tokens, k) if k < len(tokens) else 0
        if not role_len:
            self._country_from_apposition(analysis, span)
            return
        role = self.role_index[tuple(t.key for t in tokens[k : k + role_len])]
        span.role_title = role.title
        host, _ = self._host(analysis, k + role_len)
        actor = self.actors[span.actor_id]
        if actor.id not in self.kb.actors and state is not None and not actor.roles:
            self.actors[actor.id] = actor.model_copy(
                update={
                    "country": state,
                    "roles": (Role(title=role.title, rank=role.rank, of=state, to=host),),
                }
            )
        del host

    def _country_from_apposition(self, analysis: SentenceAnalysis, span: MentionSpan) -> None:
        """'Tural Ismayilzade, a Baku-based researcher': a new person's country."""
        actor = self.actors.get(span.actor_id)
        if actor is None or actor.id in self.kb.actors or actor.country is not None:
            return
        tokens = analysis.tokens
        for k in range(span.last + 1, min(len(tokens), span.last + 8)):
            if tokens[k].key in {",", ";", "."}:
                break
            name = self._name_at(tokens, k)
            if name is None or self._state_of(name[1]) is None:
                continue
            after = [t.key for t in tokens[k + name[0] : k + name[0] + 2]]
            based = after == ["-", "based"]
            of_kind = (
                name[2] is MentionForm.ADJECTIVE
                and bool(after)
                and (after[0] in self.person_descriptors)
            )
            # "a Baku-based researcher", "an Armenian analyst" — not "an expert on Iran".
            if based or of_kind:
                self.actors[actor.id] = actor.model_copy(update={"country": name[1]})
            return

    def _host(self, analysis: SentenceAnalysis, k: int) -> tuple[str | None, int]:
        """``to Armenia`` / ``in Yerevan`` after an envoy's title: the host state."""
        tokens = analysis.tokens
        if k + 1 < len(tokens) and tokens[k].key in {"to", "in"}:
            name = self._name_at(tokens, k + 1)
            if name is not None and self._state_of(name[1]) is not None:
                self._add(analysis, name[1], name[2], k + 1, k + 1 + name[0], nested=True)
                return name[1], k + 1 + name[0]
            # "permanent representative to the CSTO": an envoy to an organization.
            at = k + 2 if tokens[k + 1].key == "the" and k + 2 < len(tokens) else k + 1
            name = self._name_at(tokens, at) if tokens[k].key == "to" else None
            actor = self.kb.actors.get(name[1]) if name is not None else None
            if name is not None and actor is not None and actor.kind is ActorKind.ORGANIZATION:
                self._add(analysis, name[1], name[2], k + 1, at + name[0], nested=True)
                return name[1], at + name[0]
        return None, k

    def _of_state(self, analysis: SentenceAnalysis, j: int) -> tuple[str | None, int]:
        """``of Russia`` after a title or body ("Foreign Minister of Russia"): the state."""
        tokens = analysis.tokens
        if j + 1 < len(tokens) and tokens[j].key == "of":
            name = self._name_at(tokens, j + 1)
            if name is not None and self._state_of(name[1]) is not None:
                self._add(analysis, name[1], name[2], j + 1, j + 1 + name[0], nested=True)
                return name[1], j + 1 + name[0]
        return None, j

    def _role_around_state(self, analysis: SentenceAnalysis, i: int, longer_than: int) -> int:
        """A title with its state inside: "speaker of Russia's State Duma" (0: none).

        The title is matched as if the state were not there ("speaker of the state
        duma"), and the state named inside is the title's state.
        """
        tokens = analysis.tokens
        j = i + 1
        while j < len(tokens) and j <= i + 3 and tokens[j].key != "of":
            j += 1
        k = j + 1
        if k < len(tokens) and tokens[k].key == "the":
            k += 1
        if k >= len(tokens) or tokens[j].key != "of":
            return 0
        name = self._name_at(tokens, k)
        state = self._state_of(name[1]) if name is not None else None
        if name is None or state is None:
            return 0
        r = k + name[0]
        if r < len(tokens) and tokens[r].key == _POSSESSIVE:
            r += 1
        probe = [*tokens[i : j + 1], _THE, *tokens[r : r + self.role_table.longest]]
        matched = self.role_table.match(probe, 0)
        end = r + matched - (j + 2 - i)
        if matched <= j + 2 - i:
            # "head of the Russian state": the title has no article ("head of state").
            probe = [*tokens[i : j + 1], *tokens[r : r + self.role_table.longest]]
            matched = self.role_table.match(probe, 0)
            end = r + matched - (j + 1 - i)
            if matched <= j + 1 - i:
                return 0
        if end - i <= longer_than:
            return 0
        role = self.role_index[tuple(t.key for t in probe[:matched])]
        self._add(analysis, name[1], name[2], k, k + name[0], nested=True)
        return self._role_phrase(analysis, i, i, end, role, state)

    def _role_phrase(
        self,
        analysis: SentenceAnalysis,
        begin: int,
        k: int,
        end: int,
        role: RoleEntry,
        state: str | None,
    ) -> int:
        tokens = analysis.tokens
        j = end
        if state is None:
            state, j = self._of_state(analysis, j)
        if (
            j + 1 < len(tokens)
            and tokens[j].key in {"of", "for"}
            and _is_capitalised(tokens[j + 1])
            and self._name_at(tokens, j + 1) is None
        ):
            # "Minister of Economy Mariam Kvrivishvili": the department is part of the
            # title; of a longer capitalised run the last two words are the name.
            r = j + 1
            while r < len(tokens) and (_is_capitalised(tokens[r]) or tokens[r].key == "and"):
                r += 1
            j = r - 2 if r - (j + 1) >= 3 else j + 2
        host, j = self._host(analysis, j)
        after = j + 1 if j < len(tokens) and tokens[j].key == "," else j
        name = self._name_at(tokens, after) if after < len(tokens) else None
        if name is None and after > j:
            # "the ministry's spokesman, Major General Igor Konashenkov, said": a rank
            # or title of two words at most before the name the apposition gives, or
            # none ("Russia's permanent representative to the CSTO, Viktor Vasilyev,").
            for ranked in (after, after + 1, after + 2):
                if ranked >= len(tokens) or (
                    ranked > after and not tokens[ranked - 1].text[:1].isupper()
                ):
                    break
                known = self._name_at(tokens, ranked)
                length = known[0] if known is not None else self._unknown_name(tokens, ranked)
                if not length or ranked + length >= len(tokens):
                    continue
                if tokens[ranked + length].key != ",":
                    break
                if known is None:
                    person_id = self._new_person(tokens, ranked, ranked + length, role, state)
                    self._add(
                        analysis,
                        person_id,
                        MentionForm.NAME,
                        ranked,
                        ranked + length,
                        role_title=role.title,
                    )
                    return ranked + length - begin
                if self.kb.actors.get(known[1]) is not None:
                    name, after = known, ranked
                break
        if name is not None and self.kb.actors.get(name[1], None) is not None:
            person = self.kb.actors[name[1]]
            if person.kind is ActorKind.PERSON:
                self._add(
                    analysis, person.id, name[2], after, after + name[0], role_title=role.title
                )
                return after + name[0] - begin
        if name is not None and name[1] in self.actors and name[2] is MentionForm.SURNAME:
            self._add(analysis, name[1], name[2], after, after + name[0], role_title=role.title)
            return after + name[0] - begin
        length = self._unknown_name(tokens, j) if j < len(tokens) else 0
        if length:
            person_id = self._new_person(tokens, j, j + length, role, state)
            self._add(analysis, person_id, MentionForm.NAME, j, j + length, role_title=role.title)
            return j + length - begin
        if begin > 0 and (
            tokens[begin - 1].key in _PAST_HOLDER
            or (
                tokens[begin - 1].key == "and"
                and any(t.key in _PAST_HOLDER for t in tokens[max(0, begin - 6) : begin - 1])
            )
        ):
            # "a former ambassador to the United States", "a former prime minister and
            # defence minister": not today's holder.
            return j - begin
        if begin > 0 and (
            tokens[begin - 1].key in _COPULAS
            or (tokens[begin - 1].key == "as" and tokens[begin].key != "the")
        ):
            # "who was president during the war", "served two terms as president": a
            # predicate
            return j - begin
        if j + 1 < len(tokens) and tokens[j].key == "of" and tokens[j + 1].key in {"a", "an"}:
            return j - begin  # "the leader of a country that hosts a Russian base"
        if (
            host is None
            and j + 1 < len(tokens)
            and tokens[j].key == "to"
            and tokens[j + 1].text[:1].isupper()
        ):
            return j - begin  # "a senior adviser to Supreme Leader Ali Khamenei"
        if state is None and host is None:
            key = tuple(t.key for t in tokens[k:end])
            # "chairman of the State Duma" names its institution: no guessing the state.
            # A title in capitals ("the Supreme Leader") names none.
            of = next((p for p in range(k + 1, end) if tokens[p].key == "of"), end)
            named = any(t.text[:1].isupper() for t in tokens[of + 1 : end])
            resolved = self._resolve_generic_role(
                key, role, guess_state=not named, analysis=analysis
            )
        else:
            resolved = self._resolve_role(role, state, host)
        if resolved is not None:
            self._add(analysis, resolved, MentionForm.ROLE, begin, j, role_title=role.title)
        return j - begin

    def _place_ahead(self, analysis: SentenceAnalysis, j: int) -> str | None:
        """The state whose capital closes the group's phrase: "protesters gathered in
        central Yerevan" (a few words on, after "in" or "at")."""
        tokens = analysis.tokens
        for k in range(j, min(len(tokens) - 1, j + _PLACE_REACH)):
            if tokens[k].key not in self.locatives:
                continue
            at = k + 2 if tokens[k + 1].key in _PLACE_MODIFIERS else k + 1
            name = self._name_at(tokens, at) if at < len(tokens) else None
            if name is not None and name[2] is _FORM_METONYM and name[1] in self.state_ids:
                return name[1]
        return None

    def _person_state(self, analysis: SentenceAnalysis) -> str | None:
        """The country of the leader or minister named last, in this sentence or the
        one before (a spokesman of another state does not set the scene)."""
        if not self.persons:
            return None
        last = self.persons[-1]
        person = self.actors.get(last.actor_id)
        if person is None or last.sentence.number < analysis.sentence.number - 1:
            return None
        if not any(r.rank in _GOVERNING for r in person.roles_on(self.date)):
            return None
        return person.country

    def _home_state(self, analysis: SentenceAnalysis) -> str | None:
        """The country a domestic group ("the opposition") belongs to, when none is named.

        The country of the place named in this sentence or the one before ("landed in
        Tbilisi ... met by protesters"), else of the person named last, in this
        sentence or the two before ("Pashinyan hit back at the opposition"), else of
        the last place named, else the state named most so far.
        """
        if self.last_place is not None and self.last_place[0] >= analysis.sentence.number - 1:
            return self.last_place[1]
        if self.persons:
            last = self.persons[-1]
            person = self.actors.get(last.actor_id)
            if (
                person is not None
                and person.country is not None
                and last.sentence.number >= analysis.sentence.number - 2
            ):
                return person.country
        if self.last_place is not None:
            return self.last_place[1]
        if self.state_counts:
            return max(self.state_counts, key=self.state_counts.__getitem__)
        return None

    def _body_phrase(
        self,
        analysis: SentenceAnalysis,
        begin: int,
        k: int,
        end: int,
        body: BodyEntry,
        state: str | None,
    ) -> int:
        tokens = analysis.tokens
        j = end
        if body.local and j < len(tokens) and tokens[j].text[:1].isupper():
            name = self._name_at(tokens, j)
            if name is not None and self._state_of(name[1]) is None:
                # "the opposition Heritage party": a word about the name that follows.
                return j - begin
        if state is None:
            state, j = self._of_state(analysis, j)
        if state is None and body.is_state and j + 1 < len(tokens) and tokens[j].key == "in":
            # "officials in Yerevan": the state whose capital it is.
            name = self._name_at(tokens, j + 1)
            if name is not None and name[2] is MentionForm.METONYM:
                self._add(analysis, name[1], MentionForm.BODY, begin, j + 1 + name[0])
                return j + 1 + name[0] - begin
        if state is None and tokens[k].text[:1].isupper():
            # "the State Duma", "the State Department": a name only one state's body has.
            state = self.body_owners.get(tuple(t.key for t in tokens[k:end]))
        if (
            state is None
            and not body.local
            and not body.is_state
            and tokens[k].text[:1].isupper()
            and self.bodies.get(body.key) is None
        ):
            # "Pezeshkian ... . The Foreign Ministry welcomed": the body of the state whose
            # leader or minister the text has just named.
            state = self._person_state(analysis)
        if state is None and body.local:
            state = self._place_ahead(analysis, j) or self._home_state(analysis)
        if state is None and body.is_state:
            # "In Yerevan, officials brushed it aside": the government of the scene's
            # capital, set by the sentence before the body.
            state = next(
                (p.place.country for p in reversed(analysis.places) if p.last <= begin),
                None,
            )
        if state is None:
            if not tokens[k].text[:1].isupper() and not (
                begin > 0 and tokens[begin - 1].key == "the"
            ):
                return end - begin
            remembered = self.bodies.get(body.key)
            if remembered is not None:
                self._add(analysis, remembered, MentionForm.BODY, k, j)
            return j - begin
        if begin < k:
            lead = begin + 1 if tokens[begin].key == "the" else begin
            first_state_end = k - 1 if tokens[k - 1].key == _POSSESSIVE else k
            if lead < first_state_end:
                self._add(
                    analysis, state, MentionForm.ADJECTIVE, lead, first_state_end, nested=True
                )
        actor = self.kb.body_actor(state, body)
        self._use(actor)
        self.bodies[body.key] = actor.id
        self._add(analysis, actor.id, MentionForm.BODY, begin, j)
        return j - begin


def find_mentions(
    sentences: Sequence[Sentence], kb: KnowledgeBase, date: PartialDate
) -> tuple[list[SentenceAnalysis], dict[str, Actor]]:
    """Mentions of every body sentence (headings skipped) and the actors they refer to."""
    finder = _DocumentMentions(kb, date)
    analyses = [finder.analyse(s) for s in sentences if not s.is_heading]
    return analyses, finder.actors
