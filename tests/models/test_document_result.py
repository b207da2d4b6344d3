"""A DocumentResult cannot hold a dangling reference or evidence that misquotes its body.

Every consumer (indicators, exports, the report) looks actors up by id and
quotes evidence by offset; this is the guarantee that lets them do so without
checking. Each test takes a valid result and breaks exactly one reference.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from armru import Actor, ActorKind, Document, DocumentResult, Evidence, Role
from armru import strategies as ast

# A reference site: the list in the result, and how to break one item's reference.
FACT_FIELDS = {
    "mentions": ("actor",),
    "statements": ("speaker", "target"),
    "contracts": ("buyer", "supplier"),
    "alliances": ("members", "organization"),
    "events": ("participants",),
}
EVIDENCE_LISTS = tuple(FACT_FIELDS)
UNKNOWN = "zz-unknown-actor"

# Whole results cost ~100 draws each; 50 examples keep this file fast.
RESULTS = settings(max_examples=50)


def assert_rejected(data: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        DocumentResult.model_validate(data)
    message = str(caught.value)
    assert field in message, message


def with_unknown(value: Any, unknown: str) -> Any:
    """The reference ``value`` (an id, None, or a list of ids) with one id made unknown."""
    if isinstance(value, list):
        return [*value[:-1], unknown]
    return unknown


@RESULTS
@given(ast.document_results(), st.data())
def test_no_dangling_fact_reference(result: DocumentResult, data: st.DataObject) -> None:
    sites = [
        (name, index, attribute)
        for name, attributes in FACT_FIELDS.items()
        for index in range(len(getattr(result, name)))
        for attribute in attributes
    ]
    assume(sites)
    name, index, attribute = data.draw(st.sampled_from(sites))
    unknown = data.draw(ast.actor_ids().filter(lambda i: i not in {a.id for a in result.actors}))
    dumped = result.model_dump(mode="json")
    fact = dumped[name][index]
    fact[attribute] = with_unknown(fact[attribute], unknown)
    assert_rejected(dumped, f"{name}[{index}].{attribute}")


@RESULTS
@given(ast.document_results(), st.data())
def test_no_dangling_role_reference(result: DocumentResult, data: st.DataObject) -> None:
    assume(result.actors)
    index = data.draw(st.integers(0, len(result.actors) - 1))
    attribute = data.draw(st.sampled_from(("of", "to")))
    actor = result.actors[index]
    role = Role(title="Ambassador", of=actor.id, to=actor.id)
    role = role.model_copy(update={attribute: UNKNOWN})
    broken = actor.model_copy(update={"roles": (*actor.roles, role)})
    dumped = result.model_dump(mode="json")
    dumped["actors"][index] = broken.model_dump(mode="json")
    assert_rejected(dumped, f"actors[{index}].roles.{attribute}")


@RESULTS
@given(ast.document_results())
def test_removing_a_referenced_actor_breaks_the_result(result: DocumentResult) -> None:
    # Only facts' references: an actor whose role points at itself leaves with it.
    referenced = {i for field, i in result._references() if not field.startswith("actors")}
    assume(referenced)
    victim = sorted(referenced)[0]
    dumped = result.model_dump(mode="json")
    dumped["actors"] = [a for a in dumped["actors"] if a["id"] != victim]
    with pytest.raises(ValidationError, match="is not among the result's actors"):
        DocumentResult.model_validate(dumped)


@RESULTS
@given(ast.document_results())
def test_unreferenced_actors_may_be_dropped(result: DocumentResult) -> None:
    referenced = {actor_id for _, actor_id in result._references()}
    kept = tuple(actor for actor in result.actors if actor.id in referenced)
    again = DocumentResult.model_validate(result.model_dump(mode="json") | {"actors": kept})
    assert again.actors == kept


@RESULTS
@given(ast.document_results())
def test_duplicate_actor_ids_rejected(result: DocumentResult) -> None:
    assume(result.actors)
    dumped = result.model_dump(mode="json")
    dumped["actors"].append(dumped["actors"][0])
    assert_rejected(dumped, f"actors[{len(result.actors)}].id: duplicate actor id")


# -- evidence -------------------------------------------------------------------------------
def evidence_sites(result: DocumentResult) -> list[tuple[str, int]]:
    return [(name, i) for name in EVIDENCE_LISTS for i in range(len(getattr(result, name)))]


@RESULTS
@given(ast.document_results(), st.data())
def test_evidence_from_another_document_rejected(
    result: DocumentResult, data: st.DataObject
) -> None:
    sites = evidence_sites(result)
    assume(sites)
    name, index = data.draw(st.sampled_from(sites))
    dumped = result.model_dump(mode="json")
    dumped[name][index]["evidence"]["document_id"] = result.document.id + "-other"
    assert_rejected(dumped, f"{name}[{index}].evidence.document_id")


@RESULTS
@given(ast.document_results(), st.data())
def test_evidence_outside_the_body_rejected(result: DocumentResult, data: st.DataObject) -> None:
    sites = evidence_sites(result)
    assume(sites)
    name, index = data.draw(st.sampled_from(sites))
    dumped = result.model_dump(mode="json")
    evidence = dumped[name][index]["evidence"]
    past = len(result.document.body) + data.draw(st.integers(0, 5))
    evidence.update(start=past, end=past + len(evidence["text"]))
    assert_rejected(dumped, f"{name}[{index}].evidence.end")


@RESULTS
@given(ast.document_results(), st.data())
def test_evidence_quoting_other_text_rejected(result: DocumentResult, data: st.DataObject) -> None:
    sites = evidence_sites(result)
    assume(sites)
    name, index = data.draw(st.sampled_from(sites))
    dumped = result.model_dump(mode="json")
    evidence = dumped[name][index]["evidence"]
    text = data.draw(st.text(min_size=len(evidence["text"]), max_size=len(evidence["text"])))
    assume(text != evidence["text"])
    evidence["text"] = text
    assert_rejected(dumped, f"{name}[{index}].evidence.text")


@RESULTS
@given(ast.document_results(), st.data())
def test_shifted_evidence_rejected(result: DocumentResult, data: st.DataObject) -> None:
    sites = evidence_sites(result)
    assume(sites)
    name, index = data.draw(st.sampled_from(sites))
    evidence: Evidence = getattr(result, name)[index].evidence
    shift = data.draw(st.integers(1, 3))
    body = result.document.body
    start = evidence.start + shift
    assume(body[start : start + len(evidence.text)] != evidence.text)
    dumped = result.model_dump(mode="json")
    dumped[name][index]["evidence"].update(start=start, end=evidence.end + shift)
    with pytest.raises(ValidationError, match=rf"{name}\[{index}\]\.evidence\.(text|end)"):
        DocumentResult.model_validate(dumped)


# -- what the strategy promises -------------------------------------------------------------
@RESULTS
@given(ast.document_results())
def test_generated_results_are_consistent(result: DocumentResult) -> None:
    known = {actor.id for actor in result.actors}
    assert len(known) == len(result.actors)
    assert {actor_id for _, actor_id in result._references()} <= known
    body = result.document.body
    for _, evidence in result._evidence():
        assert evidence.document_id == result.document.id
        assert body[evidence.start : evidence.end] == evidence.text
        assert evidence.text in evidence.sentence_text
        first, last = ast.sentence_spans(body)[evidence.sentence - 1]
        assert body[first:last] == evidence.sentence_text
        assert first <= evidence.start < evidence.end <= last
    for actor_id in result.mentioned_actor_ids:
        assert result.actor(actor_id).id == actor_id


def test_actor_lookup() -> None:
    body = "Russia and Armenia met."
    result = DocumentResult(
        document={"id": "d", "date": "2023-12-28", "body": body},
        actors=(Actor(id="RUS", name="Russia", kind=ActorKind.STATE),),
        mentions=(
            {
                "actor": "RUS",
                "form": "name",
                "evidence": {
                    "document_id": "d",
                    "start": 0,
                    "end": 6,
                    "text": "Russia",
                    "sentence": 1,
                    "sentence_text": body,
                },
            },
        ),
    )
    assert result.actor("RUS").name == "Russia"
    assert result.mentioned_actor_ids == ("RUS",)
    with pytest.raises(KeyError):
        result.actor("ARM")


@given(ast.documents(), st.data())
def test_results_for_a_fixed_document(document: Document, data: st.DataObject) -> None:
    result = data.draw(ast.document_results(document))
    assert result.document == document
