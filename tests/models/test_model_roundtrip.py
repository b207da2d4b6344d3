"""Every model survives JSON: what armru writes, armru (and its users) can read back."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import armru.models
from armru import (
    Actor,
    Alliance,
    DefenseContract,
    Document,
    DocumentResult,
    Event,
    EventKind,
    Evidence,
    Mention,
    Money,
    PartialDate,
    Role,
    SkippedDocument,
    Statement,
)
from armru import strategies as ast
from armru.models._base import ArmruModel

MODEL_STRATEGIES: list[tuple[type[ArmruModel], st.SearchStrategy[Any]]] = [
    (Money, ast.money()),
    (Role, ast.roles()),
    (Actor, ast.actors()),
    (Evidence, ast.evidence()),
    (Mention, ast.mentions()),
    (Statement, ast.statements()),
    (DefenseContract, ast.defense_contracts()),
    (Alliance, ast.alliances()),
    (Event, ast.events()),
    (Document, ast.documents()),
    (SkippedDocument, ast.skipped_documents()),
    (DocumentResult, ast.document_results()),
]

# Whole results cost ~100 draws each; 50 examples keep this file fast.
RESULTS = settings(max_examples=50)


def test_every_model_has_a_strategy() -> None:
    exported = [getattr(armru.models, name) for name in armru.models.__all__]
    models = {cls for cls in exported if isinstance(cls, type) and issubclass(cls, ArmruModel)}
    assert models == {model for model, _ in MODEL_STRATEGIES}


@pytest.mark.parametrize(
    ("model", "strategy"), MODEL_STRATEGIES, ids=[m.__name__ for m, _ in MODEL_STRATEGIES]
)
def test_json_round_trip(model: type[ArmruModel], strategy: st.SearchStrategy[Any]) -> None:
    @given(strategy)
    def check(value: ArmruModel) -> None:
        assert isinstance(value, model)
        text = value.model_dump_json()
        again = model.model_validate_json(text)
        assert again == value
        assert again.model_dump_json() == text

    check()


@RESULTS
@given(ast.document_results())
def test_python_round_trip_of_results(result: DocumentResult) -> None:
    assert DocumentResult.model_validate(result.model_dump()) == result
    assert DocumentResult.model_validate(result.model_dump(mode="json")) == result


@given(ast.partial_dates())
def test_partial_date_serialises_as_its_iso_text(date: PartialDate) -> None:
    event = Event.model_validate_json(
        Event(kind=EventKind.WAR, label="x", date=date, evidence=EVIDENCE).model_dump_json()
    )
    assert event.date == date
    assert event.model_dump(mode="json")["date"] == str(date)


EVIDENCE = Evidence(
    document_id="d", start=0, end=6, text="Russia", sentence=1, sentence_text="Russia spoke."
)
