"""``armru parse``: formats, output files, standard input, bad files, determinism."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from _cli_helpers import SEED_FILE, SEEDS, SMALL_CORPUS, armru, assert_one_line_error, err, out

from armru import DocumentResult
from armru.export import COLUMNS


def _facts(result: DocumentResult) -> int:
    return (
        len(result.statements) + len(result.contracts) + len(result.alliances) + len(result.events)
    )


def test_default_json_is_a_deterministic_array_of_results() -> None:
    first, second = armru("parse", "seeds/"), armru("parse", "seeds/")
    assert first.returncode == 0, err(first)
    assert first.stderr == b""
    assert first.stdout == second.stdout  # byte-identical across runs
    data = json.loads(out(first))
    assert isinstance(data, list)
    assert len(data) == 1
    result = DocumentResult.model_validate(data[0])
    assert result.document.id == SEED_FILE.stem
    assert result.statements
    assert result.contracts
    assert out(first).startswith("[\n  {\n")


def test_jsonl_to_a_file_and_csv_to_standard_output(tmp_path: Path) -> None:
    jsonl = tmp_path / "out.jsonl"
    first = armru(
        "parse", SEEDS, "--format", "jsonl", "-o", jsonl, env={"PYTHONIOENCODING": "latin-1"}
    )
    second = armru("parse", SEED_FILE, "-f", "csv", env={"PYTHONIOENCODING": "latin-1"})
    assert (first.returncode, second.returncode) == (0, 0), err(first) + err(second)
    assert first.stdout == b""
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    result = DocumentResult.model_validate_json(lines[0])
    assert b"\r\n" not in second.stdout
    table = out(second)  # UTF-8 even when the locale says otherwise
    assert table.split("\n", 1)[0].split(",") == list(COLUMNS)
    rows = list(csv.DictReader(io.StringIO(table)))
    assert len(rows) == _facts(result)
    kinds = {row["fact"] for row in rows}
    assert {"statement", "contract"} <= kinds
    contract = next(row for row in rows if row["fact"] == "contract" and row["value"])
    assert contract["value"] == "400000000"
    assert contract["buyer_name"]
    assert contract["supplier_name"]
    for row in rows:
        start, end = int(row["evidence_start"]), int(row["evidence_end"])
        assert result.document.body[start:end] == row["evidence_text"]
        assert row["evidence_text"] in row["sentence_text"]


def test_standard_input_is_one_document_with_id_stdin() -> None:
    text = SEED_FILE.read_bytes()
    result = armru("parse", "-", SEEDS, "-f", "jsonl", stdin=text)
    assert result.returncode == 0, err(result)
    from_stdin, from_file = (
        DocumentResult.model_validate_json(line) for line in out(result).splitlines()
    )
    assert from_stdin.document.id == "stdin"
    assert from_file.document.id == SEED_FILE.stem
    assert [s.verb for s in from_stdin.statements] == [s.verb for s in from_file.statements]


def test_a_bad_file_is_skipped_and_reported_the_good_ones_written(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "nested").mkdir(parents=True)
    shutil.copy(SEED_FILE, corpus / "nested" / "good.txt")
    (corpus / "no_header.txt").write_text("no header here\n\nsome body\n", encoding="utf-8")
    (corpus / "latin1.txt").write_bytes(b" date 2023-12-28 T\n\nYerevan \xe9t\xe9\n")
    (corpus / "notes.md").write_text("not a document", encoding="utf-8")  # not picked up
    result = armru("parse", corpus, "-f", "jsonl")
    assert result.returncode == 1
    lines = out(result).splitlines()
    assert len(lines) == 1
    assert DocumentResult.model_validate_json(lines[0]).document.id == "good"
    message = err(result)
    assert "Traceback" not in message
    assert "skipped 2 of 3 documents" in message
    assert f"{corpus / 'no_header.txt'}:1: expected a header line" in message
    assert f"{corpus / 'latin1.txt'}:3: not UTF-8" in message
    assert "\r" not in message  # no progress bar when standard error is not a terminal


def test_workers_give_the_same_bytes_as_one_process() -> None:
    one = armru("parse", SMALL_CORPUS, "-f", "jsonl")
    two = armru("parse", SMALL_CORPUS, "-f", "jsonl", "--workers", "2")
    assert (one.returncode, two.returncode) == (0, 0), err(one) + err(two)
    assert one.stdout == two.stdout
    ids = [DocumentResult.model_validate_json(line).document.id for line in out(one).splitlines()]
    assert ids == sorted(p.stem for p in SMALL_CORPUS.glob("*.txt"))


def test_parquet_needs_a_file_and_pyarrow(tmp_path: Path) -> None:
    usage = armru("parse", SEEDS, "-f", "parquet")
    assert_one_line_error(usage, code=2)
    target = tmp_path / "facts.parquet"
    result = armru("parse", SEEDS, "-o", target)
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        line = assert_one_line_error(result)
        assert "pip install 'armru[parquet]'" in line
        assert not target.exists()
    else:
        import pandas as pd

        assert result.returncode == 0, err(result)
        assert list(pd.read_parquet(target).columns) == list(COLUMNS)
