"""The index over a 2020-2025 corpus follows the known course of Russia-Armenia relations.

``examples/timeline`` holds 54 short articles written for this project, two or
so per quarter, whose tone matches their moment: cordial allies in 2020-21,
the September 2022 Azerbaijani offensive and the CSTO's silence, the loss of
Nagorno-Karabakh in September 2023, Armenia's freeze of its CSTO role in
February 2024. The parser and the analysis run end to end; the assertions are
about direction and order, not exact values.
"""

from __future__ import annotations

from pathlib import Path
from statistics import mean

import pytest

from armru import DocumentResult, parse_corpus
from armru.analysis import StatusLabel, known_alliances, relationship_status, tension_series

TIMELINE = Path(__file__).resolve().parents[2] / "examples" / "timeline"


@pytest.fixture(scope="module")
def results() -> list[DocumentResult]:
    parsed = [r for r in parse_corpus([TIMELINE]) if isinstance(r, DocumentResult)]
    assert len(parsed) >= 48
    return parsed


@pytest.fixture(scope="module")
def quarterly(results: list[DocumentResult]) -> dict[str, float]:
    series = tension_series(
        results, "RUS", "ARM", frequency="quarter", known_alliances=known_alliances()
    )
    values: dict[str, float] = {}
    for point in series.points:
        value = point.index.undirected.value
        if value is not None:
            values[point.period] = value
    return values


def test_calm_years_are_calm(quarterly: dict[str, float]) -> None:
    calm = [v for p, v in quarterly.items() if p < "2022"]
    assert len(calm) >= 6
    assert mean(calm) < 35


def test_september_2022_offensive_raises_tension(quarterly: dict[str, float]) -> None:
    calm = mean(v for p, v in quarterly.items() if p < "2022")
    assert quarterly["2022-Q3"] > calm + 20
    assert quarterly["2022-Q4"] > calm + 20


def test_loss_of_karabakh_is_the_peak_of_2023(quarterly: dict[str, float]) -> None:
    of_2023 = {p: v for p, v in quarterly.items() if p.startswith("2023")}
    assert max(of_2023, key=lambda p: of_2023[p]) == "2023-Q3"
    assert quarterly["2023-Q3"] > max(v for p, v in quarterly.items() if p < "2022") + 30


def test_csto_freeze_keeps_tension_high(quarterly: dict[str, float]) -> None:
    calm = mean(v for p, v in quarterly.items() if p < "2022")
    assert quarterly["2024-Q1"] > calm + 20


def test_status_moves_from_ally_to_strained_ally(results: list[DocumentResult]) -> None:
    known = known_alliances()
    early = relationship_status(
        results, "RUS", "ARM", as_of="2020-12-31", window=365, known_alliances=known
    )
    late = relationship_status(
        results, "RUS", "ARM", as_of="2023-12-31", window=365, known_alliances=known
    )
    assert early.label is StatusLabel.ALLY
    assert late.label is StatusLabel.STRAINED_ALLY
