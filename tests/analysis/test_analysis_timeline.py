"""Tension time series: periods, explicit gaps, and the course of a synthetic history."""

from __future__ import annotations

import datetime as _dt

from _analysis_builders import CSTO_MEMBERS, DocBuilder

from armru.analysis import Frequency, TensionSeries, tension_series
from armru.analysis.timeline import periods
from armru.models import DocumentResult, Rank


def _month(doc_id: str, day: str, hostile: int, friendly: int) -> DocumentResult:
    b = DocBuilder(doc_id, day)
    b.person("pm", "Nikol Pashinyan", "ARM", Rank.HEAD_OF_GOVERNMENT)
    b.person("amb", "Russian ambassador", "RUS", Rank.AMBASSADOR, to="ARM")
    b.body("csto", "CSTO", None)
    b.alliance(CSTO_MEMBERS, "Both belong to the CSTO.", kind="security_bloc", organization="csto")
    for i in range(hostile):
        b.criticism("pm", "csto", f"Pashinyan said the CSTO failed to help Armenia ({i}).")
    for i in range(friendly):
        b.statement(
            "amb",
            "ARM",
            f"The ambassador reaffirmed the alliance ({i}).",
            polarity="positive",
            cameo="051",
            goldstein=3.4,
        )
    return b.build()


def test_periods() -> None:
    assert [p[0] for p in periods("2023-11-15", "2024-02-01")] == [
        "2023-11",
        "2023-12",
        "2024-01",
        "2024-02",
    ]
    assert [p[0] for p in periods("2023-03-31", "2023-04-01", Frequency.QUARTER)] == [
        "2023-Q1",
        "2023-Q2",
    ]
    assert periods("2020", "2021", "year")[-1] == (
        "2021",
        _dt.date(2021, 1, 1),
        _dt.date(2021, 12, 31),
    )


def test_empty_months_are_no_data() -> None:
    corpus = [_month("jan", "2023-01-10", 1, 0), _month("mar", "2023-03-10", 0, 1)]
    series = tension_series(corpus)
    assert [p.period for p in series.points] == ["2023-01", "2023-02", "2023-03"]
    values = dict(series.values())
    assert values["2023-02"] is None
    assert values["2023-01"] is not None
    assert values["2023-01"] > 50
    assert values["2023-03"] is not None
    assert values["2023-03"] < 50
    rows = series.to_rows()
    assert rows[1]["tension"] is None
    assert rows[1]["facts"] == 0
    assert "2023-02   no data" in series.explain()
    assert TensionSeries.model_validate_json(series.to_json()) == series


def test_no_facts_gives_an_empty_series() -> None:
    series = tension_series([])
    assert series.points == ()
    assert not series.has_data
    assert series.peak() is None
    assert "no data" in series.explain()
    bounded = tension_series([], start="2023-01", end="2023-03", frequency="quarter")
    assert [p.period for p in bounded.points] == ["2023-Q1"]
    assert not bounded.has_data


def test_synthetic_course_of_relations() -> None:
    """Crises months (many grievances) stand above calm months, as in 2020-2025."""
    history = [
        ("2021-06", 0, 2),
        ("2022-09", 4, 1),  # the September 2022 offensive, no CSTO help
        ("2023-02", 1, 1),
        ("2023-09", 6, 1),  # the loss of Nagorno-Karabakh
        ("2024-02", 5, 0),  # Armenia freezes its CSTO participation
        ("2025-03", 1, 1),
    ]
    corpus = [_month(f"doc-{m}", f"{m}-15", h, f) for m, h, f in history]
    series = tension_series(corpus, frequency="month")
    values = {p: v for p, v in series.values() if v is not None}
    assert values["2022-09"] > values["2021-06"]
    assert values["2023-09"] > values["2023-02"]
    assert values["2024-02"] > values["2025-03"]
    peak = series.peak()
    assert peak is not None
    assert peak.period == "2024-02"
    text = series.explain()
    assert "Peak: 2024-02" in text
    assert "Largest rise:" in text


def test_default_span_follows_publication_dates() -> None:
    b = DocBuilder("late", "2023-12-28")
    b.statement(
        "ARM",
        "RUS",
        "In 2020 Yerevan had praised Moscow.",
        polarity="positive",
        cameo="051",
        goldstein=3.4,
        date="2020-11",
    )
    b.criticism("ARM", "RUS", "Now Yerevan criticises Moscow.")
    series = tension_series(b.build())
    assert [p.period for p in series.points] == ["2023-12"]
    longer = tension_series(b.build(), start="2020-11", frequency="year")
    assert [p.period for p in longer.points] == ["2020", "2021", "2022", "2023"]
    assert longer.points[0].value is not None
    assert longer.points[0].value < 50
