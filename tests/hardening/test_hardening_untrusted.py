"""Untrusted data: results from JSON and user knowledge-base files are validated, never run.

* :func:`armru.load_result_json` accepts exactly the valid results: a mutated
  or hostile file gives :class:`armru.ModelDataError` whose ``field`` is the
  path to the bad value, never another exception.
* A user knowledge-base file is validated entry by entry; a bad one gives
  :class:`armru.KnowledgeBaseError` naming the file and the entry
  (``people[1].roles[0].start``).
* armru never unpickles, evaluates or executes data: no module imports
  ``pickle``, ``marshal`` or ``shelve`` or calls ``eval``, ``exec`` or ``compile``.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest
from _hardening_texts import ROOT, project_texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armru import (
    ArmruError,
    DocumentResult,
    EvaluationError,
    KnowledgeBase,
    KnowledgeBaseError,
    ModelDataError,
    load_result_json,
    load_results_json,
    parse_text,
)
from armru.analysis.weights import load_weights
from armru.evaluation import load_gold

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))

json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["RUS", "ARM", "2023-02-30", "2020-09", "", "name", "negative", "050"]),
)
json_values = st.recursive(
    json_leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _mutate(value: Any, path: list[int], replacement: Any) -> Any:
    """``value`` with the node that ``path`` picks (indices wrap around) replaced."""
    if not path:
        return replacement
    if isinstance(value, dict) and value:
        key = sorted(value)[path[0] % len(value)]
        return {**value, key: _mutate(value[key], path[1:], replacement)}
    if isinstance(value, list) and value:
        index = path[0] % len(value)
        return [*value[:index], _mutate(value[index], path[1:], replacement), *value[index + 1 :]]
    return replacement


_RESULTS = [
    json.loads(parse_text(text, doc_id=name).model_dump_json())
    for name, text in project_texts()[:5]
]
_SECTIONS = {"document", "actors", "mentions", "statements", "contracts", "alliances", "events"}


# -- results from JSON -----------------------------------------------------------------


@pytest.mark.parametrize("index", range(len(_RESULTS)))
def test_a_result_survives_its_own_json(index: int) -> None:
    text = json.dumps(_RESULTS[index])
    result = load_result_json(text)
    assert json.loads(result.model_dump_json()) == _RESULTS[index]
    assert load_result_json(text.encode("utf-8")) == result


@SETTINGS
@given(st.sampled_from(_RESULTS), st.lists(st.integers(0, 80), max_size=6), json_values)
def test_a_mutated_result_is_valid_or_a_model_data_error(
    original: dict[str, Any], path: list[int], replacement: Any
) -> None:
    mutated = _mutate(original, path, replacement)
    try:
        outcome: DocumentResult | ModelDataError = load_result_json(json.dumps(mutated))
    except ModelDataError as error:
        outcome = error
    if isinstance(outcome, ModelDataError):
        assert outcome.message
        field = outcome.field
        assert field is None or field.split(".")[0].split("[")[0] in _SECTIONS
    else:
        assert isinstance(outcome, DocumentResult)


@SETTINGS
@given(json_values)
def test_any_json_value_is_a_result_or_a_model_data_error(value: Any) -> None:
    try:
        result = load_result_json(json.dumps(value))
    except ModelDataError:
        return
    assert isinstance(result, DocumentResult)


@SETTINGS
@given(st.binary(max_size=200))
def test_any_bytes_are_a_model_data_error(data: bytes) -> None:
    with pytest.raises(ModelDataError):
        load_result_json(data)


def _first_result() -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(_RESULTS[0]))
    return copy


def test_a_dangling_actor_is_named_by_its_path() -> None:
    data = _first_result()
    data["statements"][0]["speaker"] = "nobody-known"
    with pytest.raises(ModelDataError) as caught:
        load_result_json(json.dumps(data))
    assert caught.value.field == "statements[0].speaker"
    assert "not among the result's actors" in caught.value.message


def test_evidence_that_does_not_quote_the_body_is_named_by_its_path() -> None:
    data = _first_result()
    evidence = data["mentions"][1]["evidence"]
    evidence["text"] = "X" * len(evidence["text"])
    with pytest.raises(ModelDataError) as caught:
        load_result_json(json.dumps(data))
    assert caught.value.field == "mentions[1].evidence.text"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["document"].update(date="2023-02-30"), "document.date"),
        (lambda d: d["document"].update(extra="field"), "document.extra"),
        (lambda d: d["mentions"][0]["evidence"].update(start=-1), "mentions[0].evidence.start"),
        (lambda d: d["statements"][0].update(goldstein="NaN"), "statements[0].goldstein"),
        (lambda d: d["actors"][0].update(id="not an id"), "actors[0].id"),
        (lambda d: d.update(events="all of them"), "events"),
    ],
)
def test_each_bad_field_is_named(change: Any, field: str) -> None:
    data = _first_result()
    change(data)
    with pytest.raises(ModelDataError) as caught:
        load_result_json(json.dumps(data))
    assert caught.value.field == field


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[" * 100_000 + "]" * 100_000,
        '{"document": ' * 50_000,
        '{"document": {"id": "d", "date": "2023-01-01", "body": "x"}, "events": [1'
        + "0" * 5000
        + "]}",
        "NaN",
        '"a string"',
    ],
    ids=["empty", "truncated", "deep array", "deep object", "huge number", "NaN", "string"],
)
def test_hostile_json_is_a_model_data_error(text: str) -> None:
    with pytest.raises(ModelDataError):
        load_result_json(text)


def test_many_results_name_the_bad_one() -> None:
    good = json.dumps(_RESULTS[0])
    bad = _first_result()
    bad["contracts"] = [{"buyer": "ARM"}]
    array = "[" + ",".join([good, good, json.dumps(bad)]) + "]"
    with pytest.raises(ModelDataError) as caught:
        load_results_json(array, source="out.json")
    assert caught.value.field is not None
    assert caught.value.field.startswith("[2].contracts[0]")
    assert caught.value.file == "out.json"
    lines = "\n".join([good, "", good, json.dumps(bad)]) + "\n"
    with pytest.raises(ModelDataError) as caught:
        load_results_json(lines, source="out.jsonl")
    assert caught.value.line == 4
    assert len(load_results_json("\n".join([good, good]))) == 2
    assert load_results_json("[]") == []


# -- user knowledge-base files ---------------------------------------------------------


def _person(**roles: Any) -> dict[str, Any]:
    role = {"title": "Foreign Minister", "of": "RUS", **roles}
    return {"id": "x-y", "name": "X Y", "roles": [role]}


KB_CASES: list[tuple[str, str, str | None, int | None, str]] = [
    ("bad JSON", '{"people": [}', None, 1, "not valid JSON"),
    ("top level a list", "[1, 2]", None, None, "JSON object of sections"),
    ("unknown section", '{"persons": []}', "persons", None, "unknown section"),
    ("section not a list", '{"people": {}}', "people", None, "must be a list"),
    (
        "impossible date in the second entry",
        json.dumps({"people": [{"id": "a-b", "name": "A B"}, _person(start="2023-02-30")]}),
        "people[1].roles[0].start",
        None,
        "does not exist",
    ),
    (
        "unknown state",
        json.dumps({"people": [_person(of="ZZZ")]}),
        "people[0].roles[0].of",
        None,
        "unknown actor",
    ),
    (
        "unknown title",
        json.dumps({"people": [_person(title="Grand Vizier")]}),
        "people[0].roles[0].title",
        None,
        "unknown role title",
    ),
    (
        "id used twice",
        json.dumps({"people": [{"id": "RUS", "name": "X"}]}),
        "people[0].id",
        None,
        "used twice",
    ),
    (
        "unknown CAMEO code",
        json.dumps({"verbs": [{"lemma": "zap", "cameo": "999", "polarity": "negative"}]}),
        "verbs[0].cameo",
        None,
        "CAMEO",
    ),
    (
        "unknown field",
        json.dumps({"states": [{"id": "QQQ", "name": "Q", "capital": "x"}]}),
        "states[0].capital",
        None,
        "Extra inputs",
    ),
    ("deep nesting", "[" * 100_000 + "]" * 100_000, None, None, "JSON"),
    ("huge number", '{"states": [{"id": 1' + "0" * 5000 + "}]}", None, None, "JSON"),
]


@pytest.mark.parametrize(
    ("text", "field", "line", "fragment"),
    [case[1:] for case in KB_CASES],
    ids=[case[0] for case in KB_CASES],
)
def test_a_bad_knowledge_base_file_names_the_entry(
    tmp_path: Path, text: str, field: str | None, line: int | None, fragment: str
) -> None:
    path = tmp_path / "mine.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        KnowledgeBase.load(extra=[path])
    error = caught.value
    assert error.file == str(path)
    assert error.field == field
    assert error.line == line
    assert fragment in error.message


def test_an_unreadable_knowledge_base_file_is_a_typed_error(tmp_path: Path) -> None:
    (tmp_path / "latin1.json").write_bytes(b'{"states": [{"id": "QQQ", "name": "\xe9"}]}')
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        KnowledgeBase.load(extra=[tmp_path / "latin1.json"])
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        KnowledgeBase.load(extra=[tmp_path / "missing.json"])


def test_a_good_knowledge_base_file_with_a_bom_loads(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    entry = {"states": [{"id": "QQQ", "name": "Qualia", "adjectives": ["Qualian"]}]}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(entry).encode())
    kb = KnowledgeBase.load(extra=[path])
    result = parse_text(" date 2023-12-28 T\n\nLavrov criticized Qualia.", kb=kb)
    assert [s.target for s in result.statements] == ["QQQ"]


@SETTINGS
@given(st.sampled_from(["states", "people", "verbs", "roles", "alliances", "cues"]), json_values)
def test_any_knowledge_base_section_loads_or_is_a_typed_error(
    tmp_path_factory: pytest.TempPathFactory, section: str, entries: Any
) -> None:
    path = tmp_path_factory.mktemp("kb") / "mine.json"
    path.write_text(json.dumps({section: entries}), encoding="utf-8")
    try:
        KnowledgeBase.load(extra=[path])
    except KnowledgeBaseError as error:
        failure: KnowledgeBaseError | None = error
    else:
        failure = None
    assert failure is None or failure.file == str(path)


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "[1" + "0" * 5000 + "]"])
def test_hostile_gold_and_weights_files_are_typed_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EvaluationError):
        load_gold(path)
    with pytest.raises(KnowledgeBaseError):
        load_weights(path)


# -- nothing is unpickled, evaluated or executed ---------------------------------------

_FORBIDDEN_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "yaml", "jsonpickle"}
_FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile"}


def _sources() -> list[Path]:
    return sorted((ROOT / "src" / "armru").rglob("*.py"))


def test_no_module_unpickles_or_evaluates() -> None:
    problems: list[str] = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Import):
                names = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                names = {(node.module or "").split(".")[0]}
            else:
                names = set()
            problems.extend(f"{where}: imports {name}" for name in names & _FORBIDDEN_MODULES)
            called = (
                node.func.id
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                else None
            )
            if called in _FORBIDDEN_CALLS:
                problems.append(f"{where}: calls {called}()")
    assert not problems, "\n".join(problems)
    assert len(_sources()) > 20


def test_armru_errors_are_armru_errors() -> None:
    for cls in (ModelDataError, KnowledgeBaseError, EvaluationError):
        assert issubclass(cls, ArmruError)
