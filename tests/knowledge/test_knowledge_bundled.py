"""The bundled knowledge base: it loads, its entries agree with each other and with the world.

Loading validates shapes and references; these tests check what loading
cannot: that no id is silently shadowed within the bundled files, that every
verb's weight is the codebook's, that the UN is all there, and that offices
resolve to the right person on the right day.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from importlib import resources
from typing import Any

import pytest

from armru import ActorKind, KnowledgeBase, PartialDate, UnknownActorError
from armru._text import token_keys
from armru.knowledge.base import DEFAULT_FILES

ACTOR_SECTIONS = ("states", "organizations", "media", "people")
KEY_FIELDS = {
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
}

# ISO 3166-1 alpha-3 codes of the 193 member states of the United Nations.
_UN_CODES = (
    "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH "
    "BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP "
    "CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU "
    "GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ "
    "KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS "
    "MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN "
    "PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC "
    "SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN "
    "TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE "
)
UN_MEMBERS = frozenset(_UN_CODES.split())


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("armru").joinpath("data", name).read_text(encoding="utf-8")
    )
    return data


def _tsv(name: str) -> dict[str, str]:
    text = resources.files("armru").joinpath("data", name).read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    return {row[0]: row[1] for row in rows[1:] if len(row) >= 2}


# -- it loads ---------------------------------------------------------------------------------
def test_the_bundled_knowledge_base_loads() -> None:
    kb = KnowledgeBase.load()
    assert len(kb.states) >= 193
    assert len(kb.people) >= 100
    assert len(kb.verbs) >= 50
    assert {"RUS", "ARM", "AZE", "csto", "sergey-lavrov", "nikol-pashinyan"} <= set(kb.actors)


def test_default_is_loaded_once() -> None:
    assert KnowledgeBase.default() is KnowledgeBase.default()


def test_an_empty_knowledge_base_loads() -> None:
    kb = KnowledgeBase.load(include_default=False)
    assert kb.actors == {}
    assert kb.verbs == []


# -- no entry shadows another -----------------------------------------------------------------
def test_every_actor_id_is_unique_across_the_bundled_files() -> None:
    # Within one section a repeated id would silently replace the earlier entry on load.
    ids: Counter[str] = Counter()
    for name in DEFAULT_FILES:
        for section, items in _raw(name).items():
            if section in ACTOR_SECTIONS:
                ids.update(item["id"] for item in items)
    repeated = sorted(actor_id for actor_id, n in ids.items() if n > 1)
    assert repeated == []
    assert len(ids) >= 400


def test_every_entry_key_is_unique_within_the_bundled_files() -> None:
    keys: Counter[tuple[str, str]] = Counter()
    for name in DEFAULT_FILES:
        for section, items in _raw(name).items():
            field = KEY_FIELDS.get(section)
            if field is not None:
                keys.update((section, str(item[field])) for item in items)
    assert sorted(key for key, n in keys.items() if n > 1) == []


def test_every_actor_in_the_index_is_loaded(kb: KnowledgeBase) -> None:
    for hits in kb.name_index.values():
        for hit in hits:
            assert hit.actor_id in kb.actors


# -- verbs, CAMEO and Goldstein -------------------------------------------------------------
def test_every_verb_has_a_cameo_code_from_the_codebook(kb: KnowledgeBase) -> None:
    codebook = _tsv("cameo_codes.tsv")
    assert len(codebook) > 250
    for verb in kb.verbs:
        assert verb.cameo in codebook, verb.lemma
        assert verb.cameo[:2] in codebook, f"{verb.lemma}: no root for {verb.cameo}"


def test_every_verb_weight_is_the_goldstein_table_value(kb: KnowledgeBase) -> None:
    table = {code: float(weight) for code, weight in _tsv("goldstein.tsv").items()}
    for verb in kb.verbs:
        assert kb.goldstein(verb.cameo) == table[verb.cameo], verb.lemma
        assert -10.0 <= table[verb.cameo] <= 10.0


@pytest.mark.parametrize(
    ("lemma", "cameo", "weight"),
    [("say", "010", 0.0), ("criticize", "111", -2.0), ("praise", "051", 3.4)],
)
def test_core_verbs_have_their_cameo_codes(
    kb: KnowledgeBase, lemma: str, cameo: str, weight: float
) -> None:
    verb = next(v for v in kb.verbs if v.lemma == lemma)
    assert (verb.cameo, kb.goldstein(verb.cameo)) == (cameo, weight)


def test_goldstein_falls_back_to_the_parent_code(kb: KnowledgeBase) -> None:
    assert kb.goldstein("1119") == kb.goldstein("111")
    assert kb.goldstein("") == 0.0


def test_verb_forms_and_nouns_are_indexed(kb: KnowledgeBase) -> None:
    assert kb.verb_index[("criticized",)].lemma == "criticize"
    assert kb.noun_index[("criticism",)].lemma == "criticize"
    for verb in kb.verbs:
        # A verb's forms (its lemma when it lists none) are matched; no two verbs share one.
        for phrase in verb.forms or (verb.lemma,):
            assert kb.verb_index[token_keys(phrase)] is verb, phrase
        for phrase in verb.nouns:
            assert kb.noun_index[token_keys(phrase)] is verb, phrase


# -- roles and people -------------------------------------------------------------------------
def test_every_person_role_title_exists_in_roles_json() -> None:
    titles = {role["title"] for role in _raw("roles.json")["roles"]}
    for person in _raw("people.json")["people"]:
        for role in person.get("roles", ()):
            assert role["title"] in titles, f"{person['id']}: {role['title']}"


def test_every_role_is_of_a_known_actor_and_well_ordered(kb: KnowledgeBase) -> None:
    for person in kb.people:
        actor = kb.actors[person.id]
        assert actor.kind is ActorKind.PERSON
        for role in actor.roles:
            assert role.of in kb.actors
            assert role.to is None or role.to in kb.actors
            if role.start is not None and role.end is not None:
                assert not role.end.before(role.start), person.id


# -- states -----------------------------------------------------------------------------------
def test_every_state_has_a_code_and_an_adjective(kb: KnowledgeBase) -> None:
    for state in kb.states:
        assert len(state.id) == 3
        assert state.id.isascii()
        assert state.id.isupper()
        assert state.adjectives, state.id
        assert kb.actors[state.id].kind is ActorKind.STATE


def test_all_un_members_are_present(kb: KnowledgeBase) -> None:
    codes = {state.id for state in kb.states}
    assert len(UN_MEMBERS) == 193
    assert len(codes) >= 193
    assert sorted(UN_MEMBERS - codes) == []
    for code, name in [
        ("ARM", "Armenia"),
        ("RUS", "Russia"),
        ("AZE", "Azerbaijan"),
        ("TUV", "Tuvalu"),
        ("SSD", "South Sudan"),
    ]:
        assert kb.actors[code].name == name


# -- role resolution by date ------------------------------------------------------------------
def _ids(kb: KnowledgeBase, title: str, of: str, to: str | None, day: str) -> list[str]:
    return [actor.id for actor in kb.holders(title, of, to, PartialDate.parse(day))]


def test_russias_foreign_minister_at_the_end_of_2023(kb: KnowledgeBase) -> None:
    assert _ids(kb, "Foreign Minister", "RUS", None, "2023-12-28") == ["sergey-lavrov"]


def test_armenias_foreign_minister_changes_between_2019_and_2023(kb: KnowledgeBase) -> None:
    in_2019 = _ids(kb, "Foreign Minister", "ARM", None, "2019-06-01")
    in_2023 = _ids(kb, "Foreign Minister", "ARM", None, "2023-06-01")
    assert len(in_2019) == 1
    assert len(in_2023) == 1
    assert in_2019 != in_2023
    assert in_2023 == ["ararat-mirzoyan"]


def test_the_russian_ambassador_to_armenia_in_2023(kb: KnowledgeBase) -> None:
    assert _ids(kb, "Ambassador", "RUS", "ARM", "2023-06-01") == ["sergei-kopyrkin"]
    # The host matters: Russia's envoy to Azerbaijan is someone else.
    assert "sergei-kopyrkin" not in _ids(kb, "Ambassador", "RUS", "AZE", "2023-06-01")


def test_no_one_holds_an_office_before_it_starts(kb: KnowledgeBase) -> None:
    assert _ids(kb, "Foreign Minister", "ARM", None, "2021-07-01") == []  # Aivazian left May 31
    assert "sergey-lavrov" not in _ids(kb, "Foreign Minister", "RUS", None, "2003")


def test_holders_without_a_date_are_everyone_who_held_the_title(kb: KnowledgeBase) -> None:
    ever = [actor.id for actor in kb.holders("Foreign Minister", "ARM", None, None)]
    assert {"zohrab-mnatsakanyan", "ararat-mirzoyan"} <= set(ever)


# -- resolving what users type ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("RUS", "RUS"),
        ("rus", "RUS"),
        ("Russian", "RUS"),
        ("Yerevan", "ARM"),
        ("Pashinian", "nikol-pashinyan"),
        ("Pashinyan", "nikol-pashinyan"),
        ("Sergey Lavrov", "sergey-lavrov"),
        ("sergey-lavrov", "sergey-lavrov"),
        ("CSTO", "csto"),
    ],
)
def test_resolve_names_aliases_metonyms_and_ids(
    kb: KnowledgeBase, text: str, expected: str
) -> None:
    assert kb.resolve(text).id == expected


@pytest.mark.parametrize("text", ["Atlantis", "", "the", "Lavrov Pashinyan"])
def test_resolve_rejects_unknown_names(kb: KnowledgeBase, text: str) -> None:
    with pytest.raises(UnknownActorError, match="no actor is known") as caught:
        kb.resolve(text)
    assert caught.value.field == "actor"


def test_allies_are_co_members_of_binding_alliances_on_the_day(kb: KnowledgeBase) -> None:
    on = PartialDate.parse("2022-09-14")
    assert "RUS" in kb.allies_of("ARM", on)
    # The CIS and the EAEU bind no one to defend anyone; Azerbaijan left the CSTO in 1999.
    assert "AZE" not in kb.allies_of("ARM", on)
    assert "AZE" in kb.allies_of("ARM", PartialDate.parse("1995"))
    assert "TUR" in kb.allies_of("AZE", on)


@pytest.mark.parametrize(
    ("spelling", "person"),
    [
        ("Ararat Mirzoian", "ararat-mirzoyan"),
        ("Mehriban Alieva", "mehriban-aliyeva"),
        ("Sergei Lavrov", "sergey-lavrov"),
        ("Dmitri Peskov", "dmitry-peskov"),
        ("Yury Ushakov", "yuri-ushakov"),
    ],
)
def test_other_romanisations_of_a_name_resolve_to_its_person(spelling: str, person: str) -> None:
    kb = KnowledgeBase.default()
    hits = kb.name_index[token_keys(spelling)]
    assert {hit.actor_id for hit in hits} == {person}
