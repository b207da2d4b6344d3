"""armru.export: rows, CSV, data frames, Parquet, and the messages for missing extras."""

from __future__ import annotations

import csv
import io
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from _cli_helpers import SEED_FILE

from armru import DocumentResult, parse_corpus
from armru.errors import ArmruError, OptionalDependencyError
from armru.export import COLUMNS, facts_to_rows, to_frame, to_parquet, write_csv


@pytest.fixture(scope="module")
def seed() -> DocumentResult:
    (result,) = parse_corpus([SEED_FILE])
    assert isinstance(result, DocumentResult)
    return result


def test_rows_one_per_fact_with_ids_names_and_evidence(seed: DocumentResult) -> None:
    rows = facts_to_rows(seed)
    counts = {
        "statement": len(seed.statements),
        "contract": len(seed.contracts),
        "alliance": len(seed.alliances),
        "event": len(seed.events),
    }
    assert [row["fact"] for row in rows] == [k for k, n in counts.items() for _ in range(n)]
    names = {actor.id: actor.name for actor in seed.actors}
    for row in rows:
        assert tuple(row) == COLUMNS
        assert row["document_id"] == seed.document.id
        assert row["document_date"] == "2023-12-28"
        ids, actor_names = row["actor_ids"].split("; "), row["actor_names"].split("; ")
        assert actor_names == [names[i] for i in ids]
        assert (
            seed.document.body[row["evidence_start"] : row["evidence_end"]]
            == (row["evidence_text"])
        )
    statement = rows[0]
    assert statement["speaker_name"] == names[statement["speaker"]]
    assert isinstance(statement["goldstein"], float)
    assert statement["buyer"] is None
    contract = next(r for r in rows if r["fact"] == "contract" and r["value"] is not None)
    assert contract["value"] == Decimal("400000000")
    assert contract["currency"] == "USD"
    assert facts_to_rows([seed, seed]) == rows + rows


def test_csv_needs_no_pandas_and_round_trips(
    seed: DocumentResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    stream = io.StringIO()
    write_csv([seed], stream)
    write_csv(seed, tmp_path / "facts.csv")
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8") == stream.getvalue()
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert len(rows) == len(facts_to_rows(seed))
    assert {row["quote"] for row in rows if row["fact"] == "statement"} <= {"true", "false"}
    assert all(row["target"] == "" for row in rows if row["fact"] == "event")


def test_frame_types(seed: DocumentResult) -> None:
    pd = pytest.importorskip("pandas")
    frame = to_frame([seed])
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == len(facts_to_rows(seed))
    assert str(frame["evidence_start"].dtype) == "int64"
    assert str(frame["goldstein"].dtype) == "float64"
    assert str(frame["quote"].dtype) == "boolean"
    assert frame.loc[frame["fact"] == "contract", "value"].max() == 400_000_000.0
    assert frame.groupby("fact").size().to_dict()["statement"] == len(seed.statements)
    empty = to_frame([])
    assert list(empty.columns) == list(COLUMNS)
    assert isinstance(empty, pd.DataFrame)


def test_missing_extras_say_what_to_install(
    seed: DocumentResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(OptionalDependencyError, match=r"pip install 'armru\[tabular\]'"):
        to_frame(seed)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ArmruError, match=r"pip install 'armru\[parquet\]'"):
        to_parquet(seed, tmp_path / "x.parquet")
