"""The knowledge base: actors, roles, bodies, verbs, alliances and cue words.

Domain knowledge lives in JSON files shipped in ``armru/data`` and is loaded
once, lazily. Users extend it with their own files of the same shape (any
subset of the sections), without editing code::

    kb = KnowledgeBase.load(extra=["my_actors.json"])

An entry in a later file replaces the entry with the same id (actors),
title (roles), key (bodies), lemma (verbs), name (places, cues). Every entry
is validated on load; a bad one raises :class:`~armru.KnowledgeBaseError`
naming the file and the entry (``people[12].roles[0].start``).
"""

from __future__ import annotations

import csv
import functools
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from .._phrases import PhraseTable
from .._text import fold, token_keys
from ..errors import KnowledgeBaseError, UnknownActorError
from ..models import Actor, ActorKind, AllianceKind, MentionForm, PartialDate, Rank, Role
from ._entries import (
    AllianceEntry,
    BodyEntry,
    ConflictEntry,
    CueEntry,
    EventTriggerEntry,
    MediaEntry,
    MemberEntry,
    NamedWarEntry,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    RoleEntry,
    StateEntry,
    VerbEntry,
    WeaponEntry,
)

__all__ = ["KnowledgeBase", "NameHit"]

DEFAULT_FILES = (
    "weapons.json",
    "states.json",
    "organizations.json",
    "media.json",
    "roles.json",
    "people.json",
    "bodies.json",
    "verbs.json",
    "alliances.json",
    "places.json",
    "lexicon.json",
)

_SECTIONS: dict[str, type[BaseModel]] = {
    "states": StateEntry,
    "organizations": OrganizationEntry,
    "media": MediaEntry,
    "roles": RoleEntry,
    "people": PersonEntry,
    "bodies": BodyEntry,
    "verbs": VerbEntry,
    "alliances": AllianceEntry,
    "places": PlaceEntry,
    "conflicts": ConflictEntry,
    "event_triggers": EventTriggerEntry,
    "cues": CueEntry,
    "weapons": WeaponEntry,
}

_KEY_FIELD = {
    "states": "id",
    "organizations": "id",
    "media": "id",
    "people": "id",
    "roles": "title",
    "bodies": "key",
    "verbs": "lemma",
    "alliances": "id",
    "places": "name",
    "event_triggers": "kind",
    "cues": "name",
    "weapons": "name",
}

E = TypeVar("E", bound=BaseModel)
Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameHit:
    """What a phrase in text may name: an actor and how it names it."""

    actor_id: str
    form: MentionForm


@dataclass(frozen=True, slots=True)
class _Origin:
    file: str
    field: str


def _read_source(source: str | os.PathLike[str]) -> tuple[str, str]:
    path = Path(source)
    try:
        return str(path), path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeBaseError(f"cannot read knowledge-base file: {error}", file=path) from None


def _parse_sections(file: str, text: str) -> list[tuple[str, int, BaseModel]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise KnowledgeBaseError(
            f"not valid JSON: {error.msg}", file=file, line=error.lineno
        ) from None
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, [[[[...]]]]
        raise KnowledgeBaseError(f"not usable JSON: {error}", file=file) from None
    if not isinstance(data, dict):
        raise KnowledgeBaseError("the top level must be a JSON object of sections", file=file)
    entries: list[tuple[str, int, BaseModel]] = []
    for section, items in data.items():
        if section.startswith("_"):
            continue
        model = _SECTIONS.get(section)
        if model is None:
            raise KnowledgeBaseError(
                f"unknown section; expected one of {', '.join(sorted(_SECTIONS))}",
                file=file,
                field=section,
            )
        if not isinstance(items, list):
            raise KnowledgeBaseError("a section must be a list", file=file, field=section)
        for index, item in enumerate(items):
            try:
                entries.append((section, index, model.model_validate(item)))
            except ValidationError as error:
                first = error.errors()[0]
                where = "".join(
                    f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]
                )
                raise KnowledgeBaseError(
                    f"{first['msg']}", file=file, field=f"{section}[{index}]{where}"
                ) from None
    return entries


def _data_text(name: str) -> str:
    return resources.files("armru").joinpath("data", name).read_text(encoding="utf-8")


def _read_tsv(name: str) -> dict[str, str]:
    rows = csv.reader(_data_text(name).splitlines(), delimiter="\t")
    next(rows, None)
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2 and row[0].strip()}


class KnowledgeBase:
    """Validated domain knowledge with the look-ups the extractors need.

    >>> kb = KnowledgeBase.default()
    >>> kb.resolve("the Kremlin").name
    'Russia'
    """

    def __init__(self, entries: Iterable[tuple[_Origin, str, BaseModel]]) -> None:
        sections: dict[str, dict[str, tuple[_Origin, BaseModel]]] = defaultdict(dict)
        conflicts: list[ConflictEntry] = []
        for origin, section, entry in entries:
            if isinstance(entry, ConflictEntry):
                conflicts.append(entry)
                continue
            key = str(getattr(entry, _KEY_FIELD[section]))
            sections[section][key] = (origin, entry)
        self._origins: dict[tuple[str, str], _Origin] = {
            (section, key): origin
            for section, items in sections.items()
            for key, (origin, _) in items.items()
        }

        def entries_of(name: str, model: type[E]) -> list[E]:
            return [e for _, e in sections[name].values() if isinstance(e, model)]

        self.states = entries_of("states", StateEntry)
        self.organizations = entries_of("organizations", OrganizationEntry)
        self.media = entries_of("media", MediaEntry)
        self.roles = {r.title: r for r in entries_of("roles", RoleEntry)}
        self.people = entries_of("people", PersonEntry)
        self.bodies = entries_of("bodies", BodyEntry)
        self.verbs = entries_of("verbs", VerbEntry)
        self.alliances = entries_of("alliances", AllianceEntry)
        self.places = entries_of("places", PlaceEntry)
        self.conflicts = tuple(conflicts)
        self.event_triggers = entries_of("event_triggers", EventTriggerEntry)
        self.weapons = entries_of("weapons", WeaponEntry)
        self._ordered_cues = {cue.name: tuple(cue.phrases) for cue in entries_of("cues", CueEntry)}
        self.cues: dict[str, frozenset[str]] = {
            cue.name: frozenset(fold(p) for p in cue.phrases)
            for cue in entries_of("cues", CueEntry)
        }
        self.cameo_codes = _read_tsv("cameo_codes.tsv")
        self.goldstein_weights = {code: float(w) for code, w in _read_tsv("goldstein.tsv").items()}
        self.actors: dict[str, Actor] = {}
        self._build_actors()
        self._check_references()

    # -- loading ------------------------------------------------------------------------
    @classmethod
    def load(
        cls,
        extra: Sequence[str | os.PathLike[str]] = (),
        *,
        include_default: bool = True,
    ) -> KnowledgeBase:
        """Load the bundled files (unless ``include_default`` is false), then ``extra``."""
        entries: list[tuple[_Origin, str, BaseModel]] = []
        sources: list[tuple[str, str]] = []
        if include_default:
            sources.extend((f"armru/data/{name}", _data_text(name)) for name in DEFAULT_FILES)
        sources.extend(_read_source(path) for path in extra)
        for file, text in sources:
            for section, index, entry in _parse_sections(file, text):
                entries.append((_Origin(file, f"{section}[{index}]"), section, entry))
        return cls(entries)

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The bundled knowledge base, loaded once per process."""
        return _default_kb()

    # -- validation ---------------------------------------------------------------------
    def _error(self, section: str, key: str, message: str, field: str = "") -> KnowledgeBaseError:
        origin = self._origins.get((section, key), _Origin("knowledge base", section))
        return KnowledgeBaseError(message, file=origin.file, field=origin.field + field)

    def _check_references(self) -> None:
        for person in self.people:
            for index, role in enumerate(person.roles):
                for attr in ("of", "to"):
                    value = getattr(role, attr)
                    if value is not None and value not in self.actors:
                        raise self._error(
                            "people",
                            person.id,
                            f"unknown actor {value!r}",
                            f".roles[{index}].{attr}",
                        )
                if role.title not in self.roles:
                    raise self._error(
                        "people",
                        person.id,
                        f"unknown role title {role.title!r}",
                        f".roles[{index}].title",
                    )
        for verb in self.verbs:
            if verb.cameo not in self.goldstein_weights or verb.cameo not in self.cameo_codes:
                raise self._error(
                    "verbs",
                    verb.lemma,
                    f"CAMEO code {verb.cameo} has no Goldstein weight",
                    ".cameo",
                )
        for body in self.bodies:
            for phrase, state in body.proper_forms.items():
                if state not in self._states_by_id:
                    raise self._error(
                        "bodies", body.key, f"unknown state {state!r}", f".proper_forms[{phrase!r}]"
                    )
        for alliance in self.alliances:
            for index, member in enumerate(alliance.members):
                if member.state not in self.actors:
                    raise self._error(
                        "alliances",
                        alliance.id,
                        f"unknown state {member.state!r}",
                        f".members[{index}].state",
                    )
            if alliance.organization is not None and alliance.organization not in self.actors:
                raise self._error(
                    "alliances",
                    alliance.id,
                    f"unknown organization {alliance.organization!r}",
                    ".organization",
                )

    # -- actors -------------------------------------------------------------------------
    def _add_actor(self, section: str, actor: Actor) -> None:
        if actor.id in self.actors:
            raise self._error(section, actor.id, f"actor id {actor.id!r} is used twice", ".id")
        self.actors[actor.id] = actor

    def _build_actors(self) -> None:
        for state in self.states:
            aliases = (*state.aliases, *state.adjectives, *state.metonyms)
            self._add_actor(
                "states",
                Actor(
                    id=state.id,
                    name=state.name,
                    kind=ActorKind.STATE,
                    country=state.id,
                    aliases=aliases,
                ),
            )
        for org in self.organizations:
            self._add_actor(
                "organizations",
                Actor(
                    id=org.id,
                    name=org.name,
                    kind=org.kind,
                    country=org.country,
                    aliases=org.aliases,
                ),
            )
        for outlet in self.media:
            self._add_actor(
                "media",
                Actor(
                    id=outlet.id,
                    name=outlet.name,
                    kind=ActorKind.MEDIA,
                    country=outlet.country,
                    aliases=outlet.aliases,
                ),
            )
        for person in self.people:
            roles = tuple(
                Role(
                    title=r.title,
                    rank=self.rank_of(r.title),
                    of=r.of,
                    to=r.to,
                    start=r.start,
                    end=r.end,
                )
                for r in person.roles
            )
            self._add_actor(
                "people",
                Actor(
                    id=person.id,
                    name=person.name,
                    kind=ActorKind.PERSON,
                    country=person.country,
                    aliases=person.aliases,
                    roles=roles,
                ),
            )

    def rank_of(self, title: str) -> Rank:
        """The rank class of a role title (``official`` when the title is unknown)."""
        role = self.roles.get(title)
        return role.rank if role is not None else Rank.OFFICIAL

    def state(self, state_id: str) -> StateEntry | None:
        """The state entry with this ISO code."""
        return self._states_by_id.get(state_id)

    @functools.cached_property
    def _states_by_id(self) -> dict[str, StateEntry]:
        return {s.id: s for s in self.states}

    def body_actor(self, state_id: str, body: BodyEntry) -> Actor:
        """The actor for a generic body of a state ("the Russian Foreign Ministry")."""
        state = self._states_by_id[state_id]
        if body.is_state:
            return self.actors[state_id]
        adjective = state.adjectives[0] if state.adjectives else state.name
        name = body.name.replace("{state}", state.name).replace("{adjective}", adjective)
        return Actor(
            id=f"{state_id.lower()}-{body.key.replace('_', '-')}",
            name=name,
            kind=body.kind,
            country=state_id,
        )

    def holders(
        self, title: str, of: str | None, to: str | None, date: PartialDate | None
    ) -> list[Actor]:
        """People who held ``title`` (of a state, to a host) on ``date``.

        Answers are kept (the knowledge base does not change once loaded, and a
        corpus asks about few titles and days): every role noun and title in a
        text asks, and walking the holders' dated roles was a tenth of parsing.
        """
        key = (title, of, to, date)
        known = self._holders_memo.get(key)
        if known is None:
            if len(self._holders_memo) >= _HOLDERS_MEMO_MAX:
                self._holders_memo.clear()
            known = self._holders_memo[key] = tuple(self._find_holders(title, of, to, date))
        return list(known)

    @functools.cached_property
    def _holders_memo(
        self,
    ) -> dict[tuple[str, str | None, str | None, PartialDate | None], tuple[Actor, ...]]:
        return {}

    def _find_holders(
        self, title: str, of: str | None, to: str | None, date: PartialDate | None
    ) -> list[Actor]:
        found: list[Actor] = []
        for actor_id in self._people_by_title.get(title, ()):
            actor = self.actors[actor_id]
            for role in actor.roles_on(date):
                if role.title != title:
                    continue
                if of is not None and role.of != of:
                    continue
                if to is not None and role.to != to:
                    continue
                found.append(actor)
                break
        return found

    @functools.cached_property
    def _people_by_title(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = defaultdict(list)
        for person in self.people:
            for title in dict.fromkeys(r.title for r in person.roles):
                index[title].append(person.id)
        return index

    # -- phrase indexes -----------------------------------------------------------------
    @functools.cached_property
    def name_index(self) -> Mapping[Key, tuple[NameHit, ...]]:
        """Folded token keys of every name, alias, adjective and metonym → actors."""
        index: dict[Key, dict[NameHit, None]] = defaultdict(dict)

        def add(phrase: str, actor_id: str, form: MentionForm) -> None:
            keys = token_keys(phrase)
            if not keys:
                return
            index[keys][NameHit(actor_id, form)] = None
            if keys[0] == "the" and len(keys) > 1:
                index[keys[1:]][NameHit(actor_id, form)] = None

        for state in self.states:
            add(state.name, state.id, MentionForm.NAME)
            for alias in state.aliases:
                add(alias, state.id, MentionForm.ALIAS)
            for adjective in state.adjectives:
                add(adjective, state.id, MentionForm.ADJECTIVE)
            for metonym in state.metonyms:
                add(metonym, state.id, MentionForm.METONYM)
        named: list[OrganizationEntry | MediaEntry] = [*self.organizations, *self.media]
        for entry in named:
            add(entry.name, entry.id, MentionForm.NAME)
            for alias in entry.aliases:
                add(alias, entry.id, MentionForm.ALIAS)
        for organization in self.organizations:
            for metonym in organization.metonyms:
                add(metonym, organization.id, MentionForm.METONYM)
        for person in self.people:
            for variant in _transliterations(person.name):
                add(variant, person.id, MentionForm.NAME)
            for alias in person.aliases:
                form = MentionForm.SURNAME if len(token_keys(alias)) == 1 else MentionForm.ALIAS
                for variant in _transliterations(alias):
                    add(variant, person.id, form)
        return {key: tuple(hits) for key, hits in index.items()}

    @functools.cached_property
    def place_index(self) -> Mapping[Key, PlaceEntry]:
        """Folded token keys of place names (not actors) → place."""
        index: dict[Key, PlaceEntry] = {}
        for place in self.places:
            for phrase in (place.name, *place.aliases):
                index[token_keys(phrase)] = place
        return index

    @functools.cached_property
    def role_index(self) -> Mapping[Key, RoleEntry]:
        """Folded forms of role titles ("foreign minister", "premier") → role."""
        index: dict[Key, RoleEntry] = {}
        for role in self.roles.values():
            for phrase in (role.title, *role.forms):
                index.setdefault(token_keys(phrase), role)
        return index

    @functools.cached_property
    def body_index(self) -> Mapping[Key, BodyEntry]:
        """Folded forms of generic bodies ("foreign ministry", "peacekeepers") → body."""
        index: dict[Key, BodyEntry] = {}
        for body in self.bodies:
            for phrase in (*body.forms, *body.proper_forms):
                key = token_keys(phrase)
                index.setdefault(key, body)
                # "the Armenian and Azerbaijani foreign ministries": the plural (not of
                # a body that is the state itself: "the sides" are two states).
                last = key[-1]
                if not body.is_state and last.isalpha() and len(last) > 3 and last[-1] != "s":
                    plural = last[:-1] + "ies" if last.endswith("y") else last + "s"
                    index.setdefault((*key[:-1], plural), body)
        return index

    @functools.cached_property
    def own_target_suffixes(self) -> frozenset[str]:
        """Actor-id suffixes (``"-peacekeepers"``) of bodies that are targets in their
        own right (see :attr:`BodyEntry.own_target`)."""
        return frozenset(
            "-" + body.key.replace("_", "-") for body in self.bodies if body.own_target
        )

    def is_own_target(self, actor_id: str) -> bool:
        """Whether a state's body with this id is a statement target in its own right."""
        return any(actor_id.endswith(suffix) for suffix in self.own_target_suffixes)

    @functools.cached_property
    def body_owners(self) -> Mapping[Key, str]:
        """Folded proper forms of bodies ("state duma") → the one state they belong to."""
        return {
            token_keys(phrase): state
            for body in self.bodies
            for phrase, state in body.proper_forms.items()
        }

    @functools.cached_property
    def verb_index(self) -> Mapping[Key, VerbEntry]:
        """Folded inflected forms of reporting verbs → verb entry."""
        index: dict[Key, VerbEntry] = {}
        for verb in self.verbs:
            for phrase in verb.forms or (verb.lemma,):
                index.setdefault(token_keys(phrase), verb)
        return index

    @functools.cached_property
    def noun_index(self) -> Mapping[Key, VerbEntry]:
        """Folded nominalisations ("criticism", "warning") → verb entry."""
        index: dict[Key, VerbEntry] = {}
        for verb in self.verbs:
            for phrase in verb.nouns:
                index.setdefault(token_keys(phrase), verb)
        return index

    @functools.cached_property
    def trigger_index(self) -> Mapping[Key, tuple[EventTriggerEntry, bool]]:
        """Folded event trigger phrases → (trigger, is_verb)."""
        index: dict[Key, tuple[EventTriggerEntry, bool]] = {}
        for trigger in self.event_triggers:
            for phrase in trigger.nouns:
                index.setdefault(token_keys(phrase), (trigger, False))
            for phrase in trigger.verbs:
                index.setdefault(token_keys(phrase), (trigger, True))
        return index

    def leader_titles(self, state: str | None) -> tuple[str, ...]:
        """Titles that make someone "the leader" of a state, the likelier first.

        In a parliamentary republic (listed in the lexicon cue
        ``parliamentary_states``) that is the prime minister; elsewhere the
        president (or a supreme leader).
        """
        if state is not None and fold(state) in self.cue("parliamentary_states"):
            return ("Prime Minister", "Chancellor", "President")
        return ("Supreme Leader", "President", "Prime Minister")

    def ordered_cue(self, name: str) -> tuple[str, ...]:
        """A cue list in its file order, for lists that rank (``arms_exporters``)."""
        return self._ordered_cues.get(name, ())

    # -- phrase tables (built once; the extractors' hot loops use them) -------------------
    @functools.cached_property
    def name_table(self) -> PhraseTable:
        return PhraseTable(self.name_index.keys())

    @functools.cached_property
    def place_table(self) -> PhraseTable:
        return PhraseTable(self.place_index.keys())

    @functools.cached_property
    def role_table(self) -> PhraseTable:
        return PhraseTable(self.role_index.keys())

    @functools.cached_property
    def body_table(self) -> PhraseTable:
        return PhraseTable(self.body_index.keys())

    @functools.cached_property
    def verb_table(self) -> PhraseTable:
        return PhraseTable(self.verb_index.keys())

    @functools.cached_property
    def noun_table(self) -> PhraseTable:
        return PhraseTable(self.noun_index.keys())

    @functools.cached_property
    def trigger_table(self) -> PhraseTable:
        return PhraseTable(self.trigger_index.keys())

    @functools.cached_property
    def weapon_index(self) -> Mapping[Key, WeaponEntry]:
        """Folded names of weapon systems ("Pinaka", "S-400") → the system and its maker."""
        index: dict[Key, WeaponEntry] = {}
        for weapon in self.weapons:
            for phrase in (weapon.name, *weapon.aliases):
                key = token_keys(phrase)
                index.setdefault(key, weapon)
                if key[-1].isalpha() and not key[-1].endswith("s"):
                    # "Moscow supplied Armenia with Iskanders": the system's plural.
                    ending = "es" if key[-1].endswith(("ch", "sh", "x", "z")) else "s"
                    index.setdefault((*key[:-1], key[-1] + ending), weapon)
        return index

    @functools.cached_property
    def weapon_table(self) -> PhraseTable:
        return PhraseTable(self.weapon_index.keys())

    @functools.cached_property
    def treaty_index(self) -> Mapping[Key, tuple[AllianceEntry, ...]]:
        """Folded names and aliases of treaties (alliances with no organization).

        A generic name ("strategic partnership charter") may belong to several
        treaties; the text's date and states tell which one it is.
        """
        index: dict[Key, list[AllianceEntry]] = defaultdict(list)
        for entry in self.alliances:
            if entry.organization is None:
                keys = [token_keys(p) for p in (entry.name, *entry.aliases)]
                for key in dict.fromkeys([*keys, *filter(None, map(_head_last, keys))]):
                    index[key].append(entry)
        return {key: tuple(entries) for key, entries in index.items()}

    @functools.cached_property
    def treaty_table(self) -> PhraseTable:
        return PhraseTable(self.treaty_index.keys())

    @functools.cached_property
    def mention_starters(self) -> frozenset[str]:
        """First words of every name, place, role and body: where a mention can begin."""
        return (
            self.name_table.firsts
            | self.place_table.firsts
            | self.role_table.firsts
            | self.body_table.firsts
        )

    @functools.cached_property
    def state_ids(self) -> frozenset[str]:
        """Ids of the actors that are states."""
        return frozenset(a.id for a in self.actors.values() if a.kind is ActorKind.STATE)

    @functools.cached_property
    def alliance_organizations(self) -> frozenset[str]:
        """Organizations that embody an alliance: those :meth:`alliances_of` finds any for."""
        return frozenset(a.organization for a in self.alliances if a.organization is not None)

    @functools.cached_property
    def military_alliance_organizations(self) -> frozenset[str]:
        """Organizations that embody a security bloc or defense pact (the CSTO, NATO):
        what "the alliance" can refer back to, unlike a union such as the EU."""
        formal = (AllianceKind.SECURITY_BLOC, AllianceKind.DEFENSE_PACT)
        return frozenset(
            a.organization
            for a in self.alliances
            if a.organization is not None and a.kind in formal
        )

    @functools.cached_property
    def _cue_tables(self) -> dict[str, PhraseTable]:
        return {name: PhraseTable(keys) for name, keys in self.cue_keys.items()}

    def cue_table(self, name: str) -> PhraseTable:
        """A cue list as a phrase table (empty when the lexicon has no list of that name)."""
        return self._cue_tables.get(name) or PhraseTable(frozenset())

    def cue(self, name: str) -> frozenset[str]:
        """Folded phrases of a cue list (empty when the lexicon has none of that name)."""
        return self.cues.get(name, frozenset())

    @functools.cached_property
    def cue_keys(self) -> Mapping[str, frozenset[Key]]:
        """Cue lists as folded token keys, for multi-word matching."""
        return {
            name: frozenset(token_keys(p) for p in phrases) for name, phrases in self.cues.items()
        }

    def goldstein(self, cameo: str) -> float:
        """Goldstein weight of a CAMEO code (of its parent code if the code has none)."""
        code = cameo
        while code:
            if code in self.goldstein_weights:
                return self.goldstein_weights[code]
            code = code[:-1]
        return 0.0

    def alliances_of(self, organization: str) -> list[AllianceEntry]:
        """Alliances embodied by an organization (the CSTO's treaty...)."""
        return list(self._alliances_by_organization.get(organization, ()))

    @functools.cached_property
    def _alliances_by_organization(self) -> dict[str, tuple[AllianceEntry, ...]]:
        """:meth:`alliances_of` for every organization, in order (asked per mention)."""
        index: dict[str, list[AllianceEntry]] = {}
        for alliance in self.alliances:
            if alliance.organization is not None:
                index.setdefault(alliance.organization, []).append(alliance)
        return {organization: tuple(found) for organization, found in index.items()}

    def allies_of(self, state: str, on: PartialDate) -> frozenset[str]:
        """States bound to ``state`` on ``on`` by a known defense pact or security bloc.

        Kept per state and day, like :meth:`holders`: the knowledge base does not change.
        """
        key = (state, on)
        known = self._allies_memo.get(key)
        if known is None:
            allies: set[str] = set()
            # Only the binding alliances that ever had the state as a member can bind it.
            for alliance in self._binding_alliances.get(state, ()):
                if not _active(alliance, on):
                    continue
                members = {m.state for m in alliance.members if _active(m, on)}
                if state in members:
                    allies |= members - {state}
            if len(self._allies_memo) >= _ALLIES_MEMO_MAX:
                self._allies_memo.clear()
            known = self._allies_memo[key] = frozenset(allies)
        return known

    @functools.cached_property
    def _binding_alliances(self) -> dict[str, tuple[AllianceEntry, ...]]:
        """Per state, the defense pacts and security blocs it is ever a member of, in order.

        A corpus moves its publication days about, so :meth:`allies_of` misses its memo
        often; this keeps a miss from walking every alliance and every member.
        """
        index: dict[str, list[AllianceEntry]] = {}
        for alliance in self.alliances:
            if alliance.kind not in _BINDING_KINDS:
                continue
            for state in dict.fromkeys(m.state for m in alliance.members):
                index.setdefault(state, []).append(alliance)
        return {state: tuple(alliances) for state, alliances in index.items()}

    @functools.cached_property
    def _allies_memo(self) -> dict[tuple[str, PartialDate], frozenset[str]]:
        return {}

    def bilateral_alliances(self, first: str, second: str) -> list[AllianceEntry]:
        """Formal alliances whose members are exactly these two states."""
        pair = {first, second}
        return [
            a
            for a in self.alliances
            if a.organization is None and {m.state for m in a.members} == pair
        ]

    def conflict_parties(self, state: str) -> list[ConflictEntry]:
        """Armed conflicts a state is party to."""
        return [c for c in self.conflicts if state in c.parties]

    @functools.cached_property
    def named_war_index(self) -> Mapping[Key, tuple[NamedWarEntry, ConflictEntry]]:
        """Folded names of wars that tell their date ("44-day war") → the war and its
        conflict."""
        return {
            token_keys(phrase): (war, conflict)
            for conflict in self.conflicts
            for war in conflict.wars
            for phrase in (war.name, *war.aliases)
        }

    @functools.cached_property
    def named_war_table(self) -> PhraseTable:
        return PhraseTable(self.named_war_index.keys())

    # -- user-facing resolution ---------------------------------------------------------
    def resolve(self, text: str) -> Actor:
        """The actor a user means by a name, alias, adjective, metonym or id.

        Raises :class:`~armru.UnknownActorError` when nothing or several match.
        """
        if text in self.actors:
            return self.actors[text]
        upper = text.strip().upper()
        if upper in self.actors:
            return self.actors[upper]
        hits = self.name_index.get(token_keys(text), ())
        ids = list(dict.fromkeys(hit.actor_id for hit in hits))
        if len(ids) == 1:
            return self.actors[ids[0]]
        if not ids:
            raise UnknownActorError(f"no actor is known as {text!r}", field="actor")
        names = ", ".join(self.actors[i].name for i in ids)
        raise UnknownActorError(f"{text!r} is ambiguous: {names}", field="actor")


_HOLDERS_MEMO_MAX = 65536
_ALLIES_MEMO_MAX = 2048
"""A corpus asks about a few states on many days: a small memo keeps memory flat."""
_BINDING_KINDS = frozenset({AllianceKind.DEFENSE_PACT, AllianceKind.SECURITY_BLOC})
"""Alliances whose members are each other's "allies" (ATOP: defense and consultation)."""


# Word endings that romanise one Armenian, Azerbaijani or Russian sound two ways.
_ENDING_VARIANTS = (
    ("yan", "ian"),  # Mirzoyan, Mirzoian
    ("ian", "yan"),
    ("yev", "ev"),  # Aliyev, Aliev
    ("yeva", "eva"),
    ("ey", "ei"),  # Sergey, Sergei; Alexey, Alexei
    ("ei", "ey"),
    ("ry", "ri"),  # Dmitry, Dmitri; Yury, Yuri
    ("ri", "ry"),
)


def _transliterations(name: str) -> list[str]:
    """A name and its common other romanisations, the name first.

    Outlets romanise the same name differently (Mirzoyan/Mirzoian, Aliyev/Aliev,
    Sergey/Sergei); one spelling in the data covers the others. Each word may take
    the other form of its ending; a word shorter than four letters keeps its own.
    """
    words = name.split(" ")
    options: list[list[str]] = []
    for word in words:
        forms = [word]
        lower = word.lower()
        if len(word) >= 4 and word[:1].isupper():
            for ending, other in _ENDING_VARIANTS:
                if lower.endswith(ending):
                    forms.append(word[: len(word) - len(ending)] + other)
                    break
        options.append(forms)
    variants = [""]
    for forms in options:
        variants = [f"{v} {f}" if v else f for v in variants for f in forms]
    return variants


_TREATY_HEADS = frozenset(
    {"treaty", "charter", "declaration", "agreement", "pact", "memorandum", "convention"}
)


def _head_last(key: Key) -> Key | None:
    """ "Treaty on Comprehensive Strategic Partnership" as the press also writes it:
    "comprehensive strategic partnership treaty"."""
    if len(key) > 2 and key[0] in _TREATY_HEADS and key[1] in {"on", "of"}:
        return (*key[2:], key[0])
    return None


def _active(entry: AllianceEntry | MemberEntry, on: PartialDate) -> bool:
    """Whether a dated entry (an alliance, a membership) holds on a day."""
    if entry.start is not None and on.before(entry.start):
        return False
    return entry.end is None or not entry.end.before(on)


@functools.cache
def _default_kb() -> KnowledgeBase:
    return KnowledgeBase.load()
