"""User knowledge-base files: they extend and override the bundled one, or fail precisely.

A bad user file must raise :class:`~armru.KnowledgeBaseError` naming the file
and the entry (``people[0].roles[0].start``), never a bare ``ValueError`` or
pydantic error, whatever JSON it holds.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import armru
from armru import KnowledgeBase, KnowledgeBaseError, PartialDate, UnknownActorError
from armru.knowledge.base import _SECTIONS

AGENT = {
    "id": "aram-testyan",
    "name": "Aram Testyan",
    "country": "ARM",
    "aliases": ["Testyan"],
    "roles": [{"title": "Deputy Foreign Minister", "of": "ARM", "start": "2023-02"}],
}
CHIDE = {
    "lemma": "chide",
    "forms": ["chide", "chides", "chided", "chiding"],
    "nouns": ["chiding"],
    "cameo": "111",
    "polarity": "negative",
}


def _write(directory: Path, data: Any, name: str = "user.json") -> Path:
    path = directory / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _error(tmp_path: Path, data: Any) -> KnowledgeBaseError:
    path = _write(tmp_path, data)
    with pytest.raises(KnowledgeBaseError) as caught:
        KnowledgeBase.load(extra=[path])
    error = caught.value
    assert error.file == str(path)
    assert str(error).startswith(str(path))
    return error


# -- extending ----------------------------------------------------------------------------------
def test_a_user_file_adds_a_person_with_a_dated_role_and_a_verb(tmp_path: Path) -> None:
    kb = KnowledgeBase.load(extra=[_write(tmp_path, {"people": [AGENT], "verbs": [CHIDE]})])
    assert kb.resolve("Testyan").id == "aram-testyan"
    after = kb.holders("Deputy Foreign Minister", "ARM", None, PartialDate.parse("2023-12-28"))
    before = kb.holders("Deputy Foreign Minister", "ARM", None, PartialDate.parse("2022-12-28"))
    assert "aram-testyan" in [a.id for a in after]
    assert "aram-testyan" not in [a.id for a in before]
    assert kb.verb_index[("chided",)].cameo == "111"
    # The bundled knowledge is still there, and the default one is untouched.
    assert kb.resolve("Lavrov").id == "sergey-lavrov"
    assert "aram-testyan" not in KnowledgeBase.default().actors


def test_the_parser_uses_the_extended_knowledge(tmp_path: Path) -> None:
    kb = KnowledgeBase.load(extra=[_write(tmp_path, {"people": [AGENT], "verbs": [CHIDE]})])
    text = " date 2023-12-28 T\n\nDeputy Foreign Minister Aram Testyan chided Moscow."
    statement = armru.parse_text(text, doc_id="d", kb=kb).statements[0]
    assert (statement.speaker, statement.target, statement.verb) == ("aram-testyan", "RUS", "chide")
    assert (statement.cameo, statement.goldstein) == ("111", -2.0)
    assert armru.parse_text(text, doc_id="d").statements == ()  # "chided" is not bundled


def test_a_later_file_overrides_an_entry_with_the_same_key(tmp_path: Path) -> None:
    first = _write(tmp_path, {"verbs": [CHIDE]}, "first.json")
    second = _write(tmp_path, {"verbs": [{**CHIDE, "cameo": "112"}]}, "second.json")
    kb = KnowledgeBase.load(extra=[first, second])
    assert [v.cameo for v in kb.verbs if v.lemma == "chide"] == ["112"]
    # A bundled entry is replaced, not duplicated: Lavrov gets a new alias.
    lavrov = {"id": "sergey-lavrov", "name": "Sergey Lavrov", "aliases": ["Lavrov", "SVL"]}
    kb = KnowledgeBase.load(extra=[_write(tmp_path, {"people": [lavrov]})])
    assert kb.resolve("SVL").id == "sergey-lavrov"
    assert sum(p.id == "sergey-lavrov" for p in kb.people) == 1
    assert kb.actors["sergey-lavrov"].roles == ()


def test_only_the_user_file_without_the_defaults(tmp_path: Path) -> None:
    data = {
        "states": [{"id": "ARM", "name": "Armenia", "adjectives": ["Armenian"]}],
        "roles": [{"title": "Deputy Foreign Minister", "rank": "deputy_minister"}],
        "people": [AGENT],
    }
    kb = KnowledgeBase.load(extra=[_write(tmp_path, data)], include_default=False)
    assert sorted(kb.actors) == ["ARM", "aram-testyan"]
    with pytest.raises(UnknownActorError):
        kb.resolve("Lavrov")


def test_sections_starting_with_an_underscore_are_comments(tmp_path: Path) -> None:
    kb = KnowledgeBase.load(extra=[_write(tmp_path, {"_about": "notes", "verbs": [CHIDE]})])
    assert any(v.lemma == "chide" for v in kb.verbs)


def test_an_alias_shared_by_two_actors_is_ambiguous(tmp_path: Path) -> None:
    namesake = {"id": "anna-lavrova", "name": "Anna Lavrova", "aliases": ["Lavrov"]}
    kb = KnowledgeBase.load(extra=[_write(tmp_path, {"people": [namesake]})])
    with pytest.raises(UnknownActorError, match="ambiguous") as caught:
        kb.resolve("Lavrov")
    assert "Sergey Lavrov" in caught.value.message
    assert "Anna Lavrova" in caught.value.message
    assert kb.resolve("Anna Lavrova").id == "anna-lavrova"


# -- errors name the file and the entry ------------------------------------------------------
def test_bad_json_names_the_line(tmp_path: Path) -> None:
    error = _error(tmp_path, '{\n  "verbs": [\n    {"lemma": "chide",}\n  ]\n}\n')
    assert error.line == 3
    assert "not valid JSON" in error.message


def test_an_unknown_section_is_named(tmp_path: Path) -> None:
    error = _error(tmp_path, {"verb": [CHIDE]})
    assert error.field == "verb"
    assert "unknown section" in error.message
    assert "verbs" in error.message  # the message lists the sections there are


@pytest.mark.parametrize("data", [[], "text", {"verbs": {"lemma": "chide"}}])
def test_the_file_must_be_an_object_of_lists(tmp_path: Path, data: Any) -> None:
    _error(tmp_path, json.dumps(data))


def test_a_bad_date_names_the_entry_path(tmp_path: Path) -> None:
    role = {"title": "Deputy Foreign Minister", "of": "ARM", "start": "2023-02-30"}
    error = _error(tmp_path, {"people": [AGENT, {**AGENT, "id": "aram-t", "roles": [role]}]})
    assert error.field == "people[1].roles[0].start"


def test_an_end_before_the_start_is_rejected(tmp_path: Path) -> None:
    role = {"title": "Deputy Foreign Minister", "of": "ARM", "start": "2023", "end": "2022"}
    error = _error(tmp_path, {"people": [{**AGENT, "roles": [role]}]})
    assert error.field == "people[0].roles[0]"
    assert "before start" in error.message


def test_an_unknown_role_title_is_named(tmp_path: Path) -> None:
    role = {"title": "Grand Vizier", "of": "ARM"}
    error = _error(tmp_path, {"people": [{**AGENT, "roles": [role]}]})
    assert error.field == "people[0].roles[0].title"
    assert "Grand Vizier" in error.message


def test_an_unknown_cameo_code_is_named(tmp_path: Path) -> None:
    error = _error(tmp_path, {"verbs": [CHIDE, {**CHIDE, "lemma": "scold", "cameo": "999"}]})
    assert error.field == "verbs[1].cameo"
    assert "999" in error.message


def test_a_malformed_cameo_code_is_named(tmp_path: Path) -> None:
    error = _error(tmp_path, {"verbs": [{**CHIDE, "cameo": "one-eleven"}]})
    assert error.field == "verbs[0].cameo"


def test_a_dangling_of_is_named(tmp_path: Path) -> None:
    role = {"title": "Deputy Foreign Minister", "of": "atlantis"}
    error = _error(tmp_path, {"people": [{**AGENT, "roles": [role]}]})
    assert error.field == "people[0].roles[0].of"
    assert "atlantis" in error.message


def test_a_proper_body_form_of_an_unknown_state_is_named(tmp_path: Path) -> None:
    body = {"key": "parliament", "name": "Parliament of {state}", "kind": "organization"}
    error = _error(tmp_path, {"bodies": [{**body, "proper_forms": {"althing": "ATL"}}]})
    assert error.field == "bodies[0].proper_forms['althing']"
    assert "ATL" in error.message


def test_a_user_body_with_a_proper_form_names_its_state(tmp_path: Path) -> None:
    body = {
        "key": "parliament",
        "name": "Parliament of {state}",
        "kind": "organization",
        "forms": ["parliament"],
        "proper_forms": {"althing": "ISL"},
    }
    kb = KnowledgeBase.load(extra=[_write(tmp_path, {"bodies": [body]})])
    text = " date 2024-03-10 T\n\nThe Althing condemned Russia."
    result = armru.parse_text(text, doc_id="d", kb=kb)
    assert result.statements[0].speaker == "isl-parliament"


def test_an_actor_id_used_by_two_kinds_is_named(tmp_path: Path) -> None:
    error = _error(tmp_path, {"people": [{**AGENT, "id": "ARM"}]})
    assert error.field == "people[0].id"
    assert "used twice" in error.message


def test_a_missing_file_is_a_knowledge_base_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(KnowledgeBaseError, match="cannot read") as caught:
        KnowledgeBase.load(extra=[missing])
    assert caught.value.file == str(missing)


# -- any JSON: it loads or it fails as a KnowledgeBaseError -----------------------------------
SECTIONS = [
    "states",
    "organizations",
    "media",
    "roles",
    "people",
    "bodies",
    "verbs",
    "alliances",
    "places",
    "conflicts",
    "event_triggers",
    "cues",
    "weapons",
    "_note",
]
FIELDS = [
    *["id", "name", "aliases", "adjectives", "metonyms", "kind", "country", "roles", "title"],
    *["of", "to", "start", "end", "rank", "forms", "key", "is_state", "lemma", "nouns"],
    *["cameo", "polarity", "denial", "members", "state", "organization", "obligations"],
    *["parties", "kinds", "verbs", "maker", "phrases"],
]
PLAUSIBLE = [
    *["ARM", "RUS", "csto", "sergey-lavrov", "x", "", "President", "Grand Vizier"],
    *["2020", "2019-13", "2023-02-28", "2021-05", "111", "999", "0101", "negative"],
    *["positive", "organization", "state", "person", "war", "security_bloc", "defense"],
    *["head_of_state", "official", "mfa"],
]
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-3, 3000)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6)
    | st.sampled_from(PLAUSIBLE)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=10,
)
entries = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6)

# A valid entry per section; examples change a field or two of it, to reach the checks
# that run after the shapes are valid (dates, references, CAMEO codes, duplicate ids).
VALID: dict[str, dict[str, Any]] = {
    "states": {"id": "XKX", "name": "Kosovo", "adjectives": ["Kosovar"]},
    "organizations": {"id": "acme", "name": "Acme"},
    "media": {"id": "acme-news", "name": "Acme News", "country": "ARM"},
    "roles": {"title": "Envoy", "rank": "official"},
    "people": AGENT,
    "bodies": {"key": "mint", "name": "{adjective} Mint", "kind": "organization"},
    "verbs": CHIDE,
    "alliances": {
        "id": "pact",
        "name": "Pact",
        "kind": "defense_pact",
        "members": [{"state": "ARM"}, {"state": "RUS", "start": "2020"}],
    },
    "places": {"name": "Atlantis", "parties": ["ARM"]},
    "conflicts": {"parties": ["ARM", "AZE"], "kinds": ["war"]},
    "event_triggers": {"kind": "war", "nouns": ["war"]},
    "cues": {"name": "negators", "phrases": ["not"]},
}


def _items(section: str) -> st.SearchStrategy[Any]:
    model = _SECTIONS.get(section)
    fields = sorted(model.model_fields) if model is not None else FIELDS
    values = st.sampled_from(PLAUSIBLE) | st.lists(st.sampled_from(PLAUSIBLE), max_size=2)
    changed = st.dictionaries(st.sampled_from(fields), values | json_values, max_size=2).map(
        lambda changes: {**VALID.get(section, {}), **changes}
    )
    return st.lists(changed, min_size=1, max_size=3)


sections = st.sampled_from(SECTIONS).flatmap(lambda name: st.tuples(st.just(name), _items(name)))
user_files = (
    st.lists(sections, max_size=4).map(dict)
    | st.dictionaries(
        st.sampled_from(SECTIONS) | st.text(max_size=5),
        st.lists(entries, max_size=2) | json_values,
        max_size=2,
    )
    | json_values
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(user_files)
def test_any_json_loads_or_raises_a_knowledge_base_error(data: Any) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = _write(Path(directory), json.dumps(data))
        failure: KnowledgeBaseError | None = None
        try:
            kb = KnowledgeBase.load(extra=[path])
        except KnowledgeBaseError as error:
            failure = error
        # Anything else (ValueError, pydantic's ValidationError, KeyError) propagates and fails.
        if failure is None:
            assert "RUS" in kb.actors  # a user file extends the bundled one; it cannot remove
        else:
            assert failure.file == str(path)
            assert failure.message


def test_a_user_file_names_a_war_of_a_conflict(tmp_path: Path) -> None:
    conflict = {
        "parties": ["ARM", "AZE"],
        "kinds": ["war"],
        "wars": [{"name": "Test war", "aliases": ["nine-day war"], "date": "2011-03"}],
    }
    kb = KnowledgeBase.load(extra=[_write(tmp_path, {"conflicts": [conflict]})])
    war, found = kb.named_war_index[("nine", "-", "day", "war")]
    assert (war.name, str(war.date), found.parties) == ("Test war", "2011-03", ("ARM", "AZE"))
    text = " date 2012-01-01 T\n\nArmenia and Azerbaijan fought the nine-day war."
    (event,) = armru.parse_text(text, doc_id="d", kb=kb).events
    assert str(event.date) == "2011-03"


def test_a_named_war_needs_a_date(tmp_path: Path) -> None:
    conflict = {"parties": ["ARM", "AZE"], "wars": [{"name": "Test war"}]}
    error = _error(tmp_path, {"conflicts": [conflict]})
    assert "conflicts[0]" in str(error)
