"""Models refuse invalid facts, and say which field is wrong.

A parser bug should surface as a ValidationError naming the field at the
point the bad fact is built, not as a wrong tension score later.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from armru import (
    Actor,
    ActorKind,
    Alliance,
    AllianceKind,
    DefenseContract,
    Document,
    Event,
    EventKind,
    Evidence,
    Mention,
    Money,
    Obligation,
    PartialDate,
    Role,
    SkippedDocument,
    Statement,
)
from armru import strategies as ast
from armru.models._base import ArmruModel, is_actor_id

EVIDENCE: dict[str, Any] = {
    "document_id": "doc",
    "start": 0,
    "end": 6,
    "text": "Russia",
    "sentence": 1,
    "sentence_text": "Russia spoke.",
}


def statement(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "speaker": "RUS",
        "target": "ARM",
        "verb": "criticize",
        "cameo": "111",
        "goldstein": -2.0,
        "evidence": EVIDENCE,
    }
    return fields | changes


def named_fields(error: Any) -> set[str]:
    """Fields an error names: its location, or the ``field:`` a model validator leads with."""
    names = {str(part) for part in error["loc"]}
    head, colon, _ = error["msg"].removeprefix("Value error, ").partition(":")
    if colon:
        names.add(head)
    return names


def rejects(model: type[ArmruModel], data: dict[str, Any], field: str, text: str = "") -> None:
    """Assert that ``data`` fails validation with an error that names ``field``."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    errors = caught.value.errors()
    assert any(field in named_fields(e) for e in errors), f"no error names {field!r}: {errors}"
    assert text in str(caught.value)


# -- dates in ranges ------------------------------------------------------------------------
def test_role_end_before_start() -> None:
    rejects(Role, {"title": "Ambassador", "of": "RUS", "start": "2020", "end": "2019-12"}, "end")


def test_role_same_year_different_precision_is_fine() -> None:
    role = Role(title="Ambassador", of="RUS", start=PartialDate(2020), end=PartialDate(2020, 3))
    assert role.held_on(PartialDate(2020, 2))
    assert not role.held_on(PartialDate(2020, 4))


def test_alliance_end_before_start() -> None:
    data = {
        "members": ("ARM", "RUS"),
        "kind": "defense_pact",
        "start": "2002",
        "end": "1999",
        "evidence": EVIDENCE,
    }
    rejects(Alliance, data, "end", "before start")


# -- alliances ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("members", "text"),
    [
        ((), "at least 2"),
        (("ARM",), "at least 2"),
        (("ARM", "ARM"), "two distinct members"),
        (("ARM", "RUS", "ARM"), "listed twice"),
    ],
)
def test_alliance_members(members: tuple[str, ...], text: str) -> None:
    data = {"members": members, "kind": "security_bloc", "evidence": EVIDENCE}
    rejects(Alliance, data, "members", text)


def test_alliance_duplicate_obligation() -> None:
    data = {
        "members": ("ARM", "RUS"),
        "kind": "defense_pact",
        "obligations": ("defense", "defense"),
        "evidence": EVIDENCE,
    }
    rejects(Alliance, data, "obligations", "listed twice")


def test_alliance_unknown_obligation() -> None:
    data = {
        "members": ("ARM", "RUS"),
        "kind": "defense_pact",
        "obligations": ("protection",),
        "evidence": EVIDENCE,
    }
    rejects(Alliance, data, "obligations")
    assert {o.value for o in Obligation} == {
        "defense",
        "offense",
        "neutrality",
        "non_aggression",
        "consultation",
    }


# -- money ----------------------------------------------------------------------------------
@pytest.mark.parametrize("amount", ["-1", "-0.01", "NaN", "Infinity", "-Infinity", "sNaN"])
def test_money_amount_rejected(amount: str) -> None:
    rejects(Money, {"amount": Decimal(amount), "currency": "USD"}, "amount")
    rejects(Money, {"amount": amount, "currency": "USD"}, "amount")


def test_money_float_nan_rejected() -> None:
    rejects(Money, {"amount": math.nan, "currency": "USD"}, "amount")


def test_money_nan_rejected_from_json() -> None:
    with pytest.raises(ValidationError, match="amount"):
        Money.model_validate_json('{"amount": "NaN", "currency": "USD"}')


@pytest.mark.parametrize("currency", ["usd", "US", "USDT", "U$D", "", "USD\n", "УСД"])
def test_money_bad_currency(currency: str) -> None:
    rejects(Money, {"amount": "1", "currency": currency}, "currency")


def test_money_is_exact() -> None:
    money = Money(amount=Decimal("0.1"), currency="USD")
    assert money.amount * 3 == Decimal("0.3")
    assert str(Money(amount=Decimal("400e6"), currency="USD")) == "USD 400,000,000"


# -- statements -----------------------------------------------------------------------------
def test_speaker_is_not_target() -> None:
    rejects(Statement, statement(target="RUS"), "target", "must differ from speaker")


@pytest.mark.parametrize(
    "code",
    ["1", "00", "21", "99", "12345", "01a", " 010", "010\n", "\u0660\u0661\u0660", "", "1.1"],
)
def test_bad_cameo_code(code: str) -> None:
    rejects(Statement, statement(cameo=code), "cameo")


@pytest.mark.parametrize("code", ["01", "010", "0874", "111", "1123", "20", "204"])
def test_good_cameo_code(code: str) -> None:
    assert Statement.model_validate(statement(cameo=code)).cameo == code


@pytest.mark.parametrize("weight", [-10.01, 10.01, 11, -100, math.nan, math.inf, -math.inf])
def test_goldstein_outside_scale(weight: float) -> None:
    rejects(Statement, statement(goldstein=weight), "goldstein")


@pytest.mark.parametrize("weight", [-10.0, -0.0, 0.0, 3.4, 10.0])
def test_goldstein_inside_scale(weight: float) -> None:
    assert Statement.model_validate(statement(goldstein=weight)).goldstein == weight


@pytest.mark.parametrize(
    ("code", "quad"), [("010", 1), ("057", 1), ("06", 2), ("111", 3), ("20", 4)]
)
def test_quad_class(code: str, quad: int) -> None:
    assert Statement.model_validate(statement(cameo=code)).quad_class == quad


# -- contracts ------------------------------------------------------------------------------
def test_buyer_is_not_supplier() -> None:
    data = {"buyer": "ARM", "supplier": "ARM", "evidence": EVIDENCE}
    rejects(DefenseContract, data, "supplier", "must differ from buyer")


def test_contract_empty_item_rejected() -> None:
    data = {"buyer": "ARM", "supplier": "IND", "items": ("",), "evidence": EVIDENCE}
    rejects(DefenseContract, data, "items")


# -- evidence -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start": 6, "end": 6}, "end"),
        ({"start": 6, "end": 0}, "end"),
        ({"start": -1}, "start"),
        ({"end": 0}, "end"),
        ({"end": 7}, "text"),
        ({"text": "Russi"}, "text"),
        ({"text": ""}, "text"),
        ({"sentence": 0}, "sentence"),
        ({"sentence_text": ""}, "sentence_text"),
        ({"document_id": ""}, "document_id"),
    ],
)
def test_bad_evidence(changes: dict[str, Any], field: str) -> None:
    rejects(Evidence, EVIDENCE | changes, field)


@given(ast.evidence(), st.integers(-3, 3).filter(bool))
def test_evidence_span_must_fit_its_text(evidence: Evidence, shift: int) -> None:
    data = evidence.model_dump() | {"end": evidence.end + shift}
    with pytest.raises(ValidationError, match=r"end|text"):
        Evidence.model_validate(data)


# -- identifiers and codes ------------------------------------------------------------------
BAD_IDS = ["", "-RUS", "RUS-", "a--b", "a b", "a/b", "RUS\n", "Россия", "a..b", "_x"]


@pytest.mark.parametrize("bad", BAD_IDS)
def test_bad_actor_ids(bad: str) -> None:
    assert not is_actor_id(bad)
    rejects(Actor, {"id": bad, "name": "x", "kind": "person"}, "id")
    rejects(Statement, statement(speaker=bad), "speaker")
    rejects(Statement, statement(target=bad), "target")
    rejects(Role, {"title": "Minister", "of": bad}, "of")
    rejects(Mention, {"actor": bad, "form": "name", "evidence": EVIDENCE}, "actor")
    rejects(
        Event,
        {"kind": "war", "label": "x", "participants": (bad,), "evidence": EVIDENCE},
        "participants",
    )


@given(ast.actor_ids())
def test_generated_actor_ids_are_well_formed(actor_id: str) -> None:
    assert is_actor_id(actor_id)


@pytest.mark.parametrize("bad", ["rus", "RU", "RUSS", "R1S", "RUS\n", "", "\u0420\u0423\u0421"])
def test_bad_iso_codes(bad: str) -> None:
    rejects(Actor, {"id": "lavrov", "name": "Lavrov", "kind": "person", "country": bad}, "country")


def test_a_state_is_its_own_country() -> None:
    rejects(Actor, {"id": "RUS", "name": "Russia", "kind": "state", "country": "ARM"}, "country")
    assert Actor(id="RUS", name="Russia", kind=ActorKind.STATE, country="RUS").state == "RUS"


def test_unknown_enum_values() -> None:
    rejects(Actor, {"id": "x", "name": "x", "kind": "alien"}, "kind")
    rejects(Event, {"kind": "coup", "label": "x", "evidence": EVIDENCE}, "kind")
    rejects(Statement, statement(polarity="hostile"), "polarity")


def test_document_needs_a_body_and_a_real_date() -> None:
    rejects(Document, {"id": "d", "date": "2023-01-01", "body": ""}, "body")
    rejects(Document, {"id": "d", "date": "2023-02-30", "body": "x"}, "date")
    rejects(Document, {"id": "", "date": "2023-01-01", "body": "x"}, "id")


@pytest.mark.parametrize("bad", ["2023-02-30", "2023-13", "13/01/2023", 2023, 2023.5])
def test_bad_partial_date_fields(bad: object) -> None:
    rejects(Event, {"kind": "war", "label": "x", "date": bad, "evidence": EVIDENCE}, "date")


# -- unknown fields and immutability --------------------------------------------------------
def _one_of_each() -> list[ArmruModel]:
    evidence = Evidence.model_validate(EVIDENCE)
    return [
        Money(amount=Decimal(1), currency="USD"),
        Role(title="Ambassador", of="RUS", to="ARM"),
        Actor(id="RUS", name="Russia", kind=ActorKind.STATE),
        evidence,
        Mention(actor="RUS", form="name", evidence=evidence),
        Statement.model_validate(statement()),
        DefenseContract(buyer="ARM", supplier="IND", evidence=evidence),
        Alliance(members=("ARM", "RUS"), kind=AllianceKind.DEFENSE_PACT, evidence=evidence),
        Event(kind=EventKind.WAR, label="2020 war", evidence=evidence),
        Document(id="doc", date="2023-12-28", body="Russia spoke."),
        SkippedDocument(source="x.txt", reason="empty"),
    ]


@pytest.mark.parametrize("model", _one_of_each(), ids=lambda m: type(m).__name__)
def test_unknown_fields_are_rejected(model: ArmruModel) -> None:
    data = model.model_dump() | {"confidence": 0.9}
    with pytest.raises(ValidationError, match="confidence") as caught:
        type(model).model_validate(data)
    assert caught.value.errors()[0]["type"] == "extra_forbidden"


@pytest.mark.parametrize("model", _one_of_each(), ids=lambda m: type(m).__name__)
def test_models_are_frozen(model: ArmruModel) -> None:
    name = next(iter(type(model).model_fields))
    with pytest.raises(ValidationError, match="frozen"):
        setattr(model, name, getattr(model, name))
    assert hash(model) == hash(type(model).model_validate(model.model_dump()))
