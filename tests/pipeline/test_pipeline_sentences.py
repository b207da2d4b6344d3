"""Sentence numbering as annotators count it, on texts written for these tests."""

from __future__ import annotations

import pytest

from armru import parse_text
from armru.pipeline.sentences import split_sentences


def texts(body: str) -> list[str]:
    return [s.text for s in split_sentences(body) if s.number]


@pytest.mark.parametrize(
    "dateline",
    ["Baku, 17 April, Report.", "YEREVAN, MARCH 3, ARMENPRESS.", "Tbilisi, 9 July."],
)
def test_a_dateline_ending_in_a_full_stop_opens_the_first_sentence(dateline: str) -> None:
    body = f"{dateline} The ministry confirmed the talks. They lasted an hour."
    assert texts(body) == [f"{dateline} The ministry confirmed the talks.", "They lasted an hour."]


@pytest.mark.parametrize(
    "body",
    [
        "In Yerevan, 12 people rallied. Police watched.",
        "Armenia, Georgia and Azerbaijan met in May. They spoke.",
        "Moscow, as ever, disagreed on 5 May. Baku did not.",
    ],
)
def test_a_sentence_that_starts_like_a_dateline_stays_a_sentence(body: str) -> None:
    assert len(texts(body)) == 2


def test_an_agency_name_in_a_dateline_is_no_reporting_verb() -> None:
    result = parse_text(
        " date 2024-04-17 T\n\nBaku, 17 April, Report. The Kremlin confirmed the pull-out.",
        doc_id="t",
    )
    assert [(s.speaker, s.verb) for s in result.statements] == [("RUS", "confirm")]


def test_an_interviewers_turn_is_a_sentence_but_a_bare_question_line_heads_its_answer() -> None:
    body = (
        "Q: And what about India?\n\n"
        "A: India delivers on time.\n\n"
        "What will Baku do next?\n\n"
        "Nobody knows."
    )
    assert texts(body) == [
        "Q: And what about India?",
        "A: India delivers on time.",
        "Nobody knows.",
    ]
    headings = [s.text for s in split_sentences(body) if not s.number]
    assert headings == ["What will Baku do next?"]
