"""Totality: on any input the parser returns a valid result or raises an armru error.

Nothing else may escape: no IndexError from a short sentence, no pydantic
ValidationError from a strange character, no KeyError from a name the
knowledge base half-knows. Two kinds of input are generated: arbitrary
Unicode (including lone surrogates, which no file can hold but a Python
caller can pass), and documents assembled from fragments of the project's
own sentences, which reach deep into the extractors because they look like
news. For the second kind the property is stronger: a document with a valid
header and a non-blank body always parses.
"""

from __future__ import annotations

import datetime as _dt

from _hardening_texts import HEADER, project_sentences, project_words
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armru import (
    ArmruError,
    DocumentResult,
    KnowledgeBase,
    SkippedDocument,
    load_result_json,
    parse_corpus,
    parse_text,
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Every code point, surrogates included; biased towards what breaks text code.
_AWKWARD = "\x00\ufeff\r\n\t \u2028\u3000\u200b“”‘’\"'().,!?;:-–—$€₽0123456789"
unicode_text = st.text(
    alphabet=st.one_of(st.characters(codec=None), st.sampled_from(_AWKWARD)), max_size=400
)


def _fragment(sentence: str) -> st.SearchStrategy[str]:
    bounds = st.tuples(st.integers(0, len(sentence)), st.integers(0, len(sentence)))
    return bounds.map(lambda ab: sentence[min(ab) : max(ab)])


_separators = st.sampled_from(
    [" ", ". ", ", ", "\n\n", "\n", '"', "“", "”", " (", ") ", "; ", "’s ", " and ", "", "..."]
)
_fragments = st.one_of(
    st.sampled_from(project_sentences()),
    st.sampled_from(project_sentences()).flatmap(_fragment),
    st.lists(st.sampled_from(project_words()), max_size=14).map(" ".join),
)
news_like_bodies = st.lists(st.tuples(_fragments, _separators), max_size=14).map(
    lambda parts: "".join(text + separator for text, separator in parts)
)
publication_days = st.dates(min_value=_dt.date(1991, 1, 1), max_value=_dt.date(2030, 12, 31))


def _check_result(result: DocumentResult) -> None:
    """A returned result is valid: it survives its own JSON, untrusted-input validation and all."""
    assert isinstance(result, DocumentResult)
    text = result.model_dump_json()
    assert load_result_json(text) == result
    body = result.document.body
    for mention in result.mentions:
        assert body[mention.evidence.start : mention.evidence.end] == mention.evidence.text


def _parse_or_armru_error(text: str) -> DocumentResult | ArmruError:
    try:
        return parse_text(text, kb=KnowledgeBase.default())
    except ArmruError as error:
        failure = error
    assert str(failure), "an armru error says what is wrong"
    return failure


@SETTINGS
@given(unicode_text)
def test_arbitrary_text_as_a_whole_document(text: str) -> None:
    outcome = _parse_or_armru_error(text)
    if isinstance(outcome, DocumentResult):
        _check_result(outcome)


@SETTINGS
@given(unicode_text)
def test_arbitrary_text_as_a_body(text: str) -> None:
    outcome = _parse_or_armru_error(HEADER + text)
    if isinstance(outcome, DocumentResult):
        _check_result(outcome)


@SETTINGS
@given(news_like_bodies, publication_days)
def test_documents_of_real_sentence_fragments_always_parse(body: str, day: _dt.date) -> None:
    text = f" date {day.isoformat()} A title\n\n{body}"
    outcome = _parse_or_armru_error(text)
    if body.replace("\x00", "").strip():
        assert isinstance(outcome, DocumentResult), f"a well-formed document failed: {outcome}"
        _check_result(outcome)
    else:
        assert isinstance(outcome, ArmruError)


def test_a_lone_surrogate_is_a_typed_error_not_a_crash() -> None:
    # Regression: this used to escape as a pydantic ValidationError from Document.
    outcome = _parse_or_armru_error(HEADER + "Russia\ud800 criticized Armenia.")
    assert isinstance(outcome, ArmruError)
    assert "surrogate" in outcome.message
    assert outcome.line == 3


_ids = st.one_of(st.text(max_size=6), st.sampled_from(["a", "b", "a"]))
_texts = st.one_of(
    unicode_text,
    news_like_bodies.map(lambda body: HEADER + body),
    st.sampled_from(project_sentences()).map(lambda sentence: HEADER + sentence),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_ids, _texts), max_size=8))
def test_a_corpus_run_yields_one_item_per_document_and_never_stops(
    pairs: list[tuple[str, str]],
) -> None:
    items = list(parse_corpus(pairs, kb=KnowledgeBase.default()))
    assert len(items) == len(pairs)
    seen: set[str] = set()
    for (doc_id, text), item in zip(pairs, items, strict=True):
        alone = _parse_or_armru_error_with_id(text, doc_id)
        if isinstance(alone, DocumentResult) and doc_id not in seen:
            assert isinstance(item, DocumentResult), "a good document was lost"
            assert item.model_dump_json() == alone.model_dump_json()
            seen.add(doc_id)
        else:
            assert isinstance(item, SkippedDocument)
            assert item.reason


def _parse_or_armru_error_with_id(text: str, doc_id: str) -> DocumentResult | ArmruError:
    try:
        return parse_text(text, doc_id=doc_id, kb=KnowledgeBase.default())
    except ArmruError as error:
        return error
