"""The committed JSON Schema matches the models, and describes what armru really emits.

Consumers code against ``docs/schema/document-result.schema.json``; a model
change that alters the output format must show up as a change to that file.
"""

from __future__ import annotations

import difflib
import enum
import json
import runpy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from jsonschema import Draft202012Validator

from armru import (
    Actor,
    ActorKind,
    Alliance,
    AllianceKind,
    ContractStatus,
    DefenseContract,
    Document,
    DocumentResult,
    Event,
    EventKind,
    Evidence,
    Mention,
    MentionForm,
    Money,
    Obligation,
    Polarity,
    Rank,
    Role,
    Statement,
)
from armru import strategies as ast
from armru.models._base import ArmruModel
from armru.schema import result_json_schema, result_json_schema_text

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "docs" / "schema" / "document-result.schema.json"
SCRIPT = ROOT / "scripts" / "update_schema.py"
REGENERATE = f"run `.venv/bin/python {SCRIPT.relative_to(ROOT)}` and commit {SNAPSHOT.name}"

NESTED_MODELS: list[type[ArmruModel]] = [
    Actor,
    Role,
    Alliance,
    DefenseContract,
    Document,
    Event,
    Evidence,
    Mention,
    Money,
    Statement,
]
ENUMS: list[type[enum.StrEnum]] = [
    ActorKind,
    AllianceKind,
    ContractStatus,
    EventKind,
    MentionForm,
    Obligation,
    Polarity,
    Rank,
]

# Whole results cost ~100 draws each; 50 examples keep this file fast.
RESULTS = settings(max_examples=50)

SCHEMA = result_json_schema()
VALIDATOR = Draft202012Validator(SCHEMA)


@pytest.fixture
def schema() -> dict[str, Any]:
    return result_json_schema()


def test_committed_schema_is_current() -> None:
    assert SNAPSHOT.exists(), f"{SNAPSHOT} is missing: {REGENERATE}"
    committed = SNAPSHOT.read_text(encoding="utf-8")
    generated = result_json_schema_text()
    if committed != generated:
        diff = difflib.unified_diff(
            committed.splitlines(), generated.splitlines(), "committed", "models", lineterm=""
        )
        shown = "\n".join(list(diff)[:40])
        pytest.fail(f"{SNAPSHOT.name} differs from the models; {REGENERATE}\n{shown}")


def test_update_script_writes_the_snapshot(tmp_path: Path) -> None:
    main = runpy.run_path(str(SCRIPT))["main"]
    target = tmp_path / "nested" / "schema.json"
    assert main(["--check", "--path", str(target)]) == 1
    assert main(["--path", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == result_json_schema_text()
    assert main(["--check", "--path", str(target)]) == 0
    assert main(["--check"]) == 0, REGENERATE


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "DocumentResult"


def _fields(model: type[ArmruModel]) -> tuple[set[str], set[str]]:
    fields = model.model_fields
    return set(fields), {name for name, info in fields.items() if info.is_required()}


@pytest.mark.parametrize("model", [DocumentResult, *NESTED_MODELS], ids=lambda m: m.__name__)
def test_properties_and_required_match_the_model(
    schema: dict[str, Any], model: type[ArmruModel]
) -> None:
    definition = schema if model is DocumentResult else schema["$defs"][model.__name__]
    properties, required = _fields(model)
    assert set(definition["properties"]) == properties
    assert set(definition.get("required", ())) == required
    assert definition["additionalProperties"] is False, "extra='forbid' must show in the schema"


@pytest.mark.parametrize("kind", ENUMS, ids=lambda e: e.__name__)
def test_enum_values_match(schema: dict[str, Any], kind: type[enum.StrEnum]) -> None:
    assert schema["$defs"][kind.__name__]["enum"] == [member.value for member in kind]


def test_every_def_is_known(schema: dict[str, Any]) -> None:
    names = {m.__name__ for m in NESTED_MODELS} | {e.__name__ for e in ENUMS}
    assert set(schema["$defs"]) == names


def test_schema_carries_the_value_constraints(schema: dict[str, Any]) -> None:
    statement = schema["$defs"]["Statement"]["properties"]
    assert (statement["goldstein"]["minimum"], statement["goldstein"]["maximum"]) == (-10, 10)
    assert "pattern" in statement["cameo"]
    date = statement["date"]["anyOf"][0]
    assert date["type"] == "string"
    assert "pattern" in date


@RESULTS
@given(ast.document_results())
def test_generated_results_validate_against_the_schema(result: DocumentResult) -> None:
    VALIDATOR.validate(json.loads(result.model_dump_json()))


@RESULTS
@given(ast.document_results())
def test_schema_rejects_unknown_fields(result: DocumentResult) -> None:
    data = json.loads(result.model_dump_json())
    data["document"]["confidence"] = 1.0
    assert not VALIDATOR.is_valid(data)
