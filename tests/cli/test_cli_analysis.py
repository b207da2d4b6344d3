"""``armru status`` and ``armru tension``: text, JSON, actor names, series and plots."""

from __future__ import annotations

import json
import re
from pathlib import Path

from _cli_helpers import SEEDS, SMALL_CORPUS, armru, assert_one_line_error, err, out


def test_status_on_the_seeds_reads_well_and_names_resolve() -> None:
    text = armru("status", "Russia", "Armenia", SEEDS)
    assert text.returncode == 0, err(text)
    assert text.stderr == b""
    lines = out(text).splitlines()
    assert lines[0] == "Russia (RUS) and Armenia (ARM), from 1 document"
    assert re.match(r"RUS–ARM as of 2023-12-28: \w", lines[2])
    assert "Climate: " in out(text)
    assert "evidence: “" in out(text)

    by_alias = armru("status", "the Kremlin", "Yerevan", SEEDS, "--json")
    by_code = armru("status", "RUS", "arm", SEEDS, "--json")
    assert (by_alias.returncode, by_code.returncode) == (0, 0), err(by_alias) + err(by_code)
    assert by_alias.stdout == by_code.stdout
    data = json.loads(out(by_alias))
    assert data["dyad"]["a"] == "RUS"
    assert data["dyad"]["b"] == "ARM"
    assert data["as_of"] == "2023-12-28"
    assert data["label"] in text.stdout.decode()
    assert data["tension"]["undirected"]["has_data"] is True


def test_tension_index_as_text_on_a_small_corpus() -> None:
    result = armru("tension", "Armenia", "Russia", SMALL_CORPUS, "--top", "2")
    assert result.returncode == 0, err(result)
    text = out(result)
    assert text.startswith("Armenia (ARM) and Russia (RUS), from 8 documents\n\n")
    assert re.search(r"Tension ARM–RUS, all dates: \d+\.\d / 100", text)
    assert "Top 2 facts:" in text


def test_tension_series_json_and_png_plot(tmp_path: Path) -> None:
    png = tmp_path / "plots" / "tension.png"
    result = armru(
        "tension", "RUS", "ARM", SMALL_CORPUS, "--by", "quarter", "--json", "--plot", png
    )
    assert result.returncode == 0, err(result)
    data = json.loads(out(result))
    assert data["frequency"] == "quarter"
    periods = [point["period"] for point in data["points"]]
    assert periods
    assert all(re.fullmatch(r"\d{4}-Q[1-4]", p) for p in periods)
    assert any(point["index"]["undirected"]["value"] is not None for point in data["points"])
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert png.stat().st_size > 20_000
    assert f"wrote {png}" in err(result)


def test_tension_plot_alone_gives_a_monthly_series_and_svg(tmp_path: Path) -> None:
    svg = tmp_path / "tension.svg"
    result = armru("tension", "RUS", "ARM", SEEDS, "--plot", svg)
    assert result.returncode == 0, err(result)
    assert "Tension RUS–ARM by month, 2023-12 to 2023-12" in out(result)
    image = svg.read_text(encoding="utf-8")
    assert "<svg" in image
    assert "Tension between Russia and Armenia, by month" in image


def test_actor_errors_are_one_line_usage_errors() -> None:
    unknown = armru("status", "Narnia", "ARM", SEEDS)
    line = assert_one_line_error(unknown, code=2)
    assert "A: no actor is known as 'Narnia'" in line
    same = armru("tension", "Moscow", "RUS", SEEDS)
    assert "the same actor: Russia (RUS)" in assert_one_line_error(same, code=2)
    bad_plot = armru("tension", "RUS", "ARM", SEEDS, "--plot", "x.gif")
    assert ".png, .svg, .pdf" in assert_one_line_error(bad_plot, code=2)
