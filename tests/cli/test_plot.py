"""armru.plot: the tension timeline, edge cases and the message without matplotlib."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from _cli_helpers import SMALL_CORPUS

from armru import DocumentResult, parse_corpus
from armru.analysis import tension_series
from armru.errors import ArmruError, OptionalDependencyError
from armru.plot import plot_tension

pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def results() -> list[DocumentResult]:
    parsed = [r for r in parse_corpus([SMALL_CORPUS]) if isinstance(r, DocumentResult)]
    assert parsed
    return parsed


def test_series_plot(results: list[DocumentResult], tmp_path: Path) -> None:
    series = tension_series(results, "RUS", "ARM", frequency="quarter")
    svg = plot_tension(series, tmp_path / "t.svg", names={"RUS": "Russia", "ARM": "Armenia"})
    image = svg.read_text(encoding="utf-8")
    assert "Tension between Russia and Armenia, by quarter" in image
    assert "Key events" in image
    assert "Documents (8)" in image


def test_a_pair_without_data_still_plots(results: list[DocumentResult], tmp_path: Path) -> None:
    empty = tension_series(results, "RUS", "ARM", start="1990-01", end="1990-03")
    assert not empty.has_data
    assert plot_tension(empty, tmp_path / "empty.png", dpi=40).stat().st_size > 0
    none = tension_series([], "RUS", "ARM")
    assert plot_tension(none, tmp_path / "none.png", dpi=40).stat().st_size > 0


def test_bad_suffix_and_missing_matplotlib(
    results: list[DocumentResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    series = tension_series(results, "RUS", "ARM")
    with pytest.raises(ArmruError, match="cannot tell the image format"):
        plot_tension(series, tmp_path / "t.gif")
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(OptionalDependencyError, match=r"pip install 'armru\[plot\]'"):
        plot_tension(series, tmp_path / "t.png")
