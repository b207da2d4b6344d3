"""Who speaks: attribution shapes of news, on sentences written for these tests."""

from __future__ import annotations

from armru import DocumentResult, parse_text


def parse(body: str, date: str = "2023-12-28") -> DocumentResult:
    return parse_text(f" date {date} Test\n\n{body}", doc_id="t")


def speakers(result: DocumentResult) -> list[tuple[str, str]]:
    return [(s.speaker, s.verb) for s in result.statements]


def test_state_named_right_after_the_verb_is_inside_the_reported_content() -> None:
    # "Peskov said Moscow regretted ...": Moscow's regret is what Peskov reported,
    # not a second speech act, even with no "that" between the two.
    result = parse("The Kremlin's Dmitry Peskov stated Moscow deplored the latest vote in Yerevan.")
    assert speakers(result) == [("dmitry-peskov", "state")]
    result = parse("Nikol Pashinyan told deputies Armenia rejected the summit's declaration.")
    assert speakers(result) == [("nikol-pashinyan", "tell")]
