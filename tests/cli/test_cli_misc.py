"""The ``armru`` command as a whole: help, version, schema, evaluate, errors, progress."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from _cli_helpers import (
    ENTRY_POINT,
    REPO,
    SEED_GOLD,
    SEEDS,
    SMALL_CORPUS,
    armru,
    assert_one_line_error,
    err,
    out,
)

import armru as package

COMMANDS = ("parse", "status", "tension", "evaluate", "schema")


def test_the_console_script_is_installed_and_reports_its_version() -> None:
    assert ENTRY_POINT.exists()
    result = armru("--version", entry_point=True)
    assert result.returncode == 0
    assert out(result) == f"armru {package.__version__}\n"


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_everywhere_with_examples(command: str | None) -> None:
    result = armru(*([command] if command else []), "--help")
    assert result.returncode == 0, err(result)
    text = out(result)
    assert text.startswith(f"usage: armru {command}" if command else "usage: armru ")
    assert "examples:\n  armru " in text
    assert "--debug" in text
    if command is None:
        for name in COMMANDS:
            assert f"    {name} " in text


def test_no_command_is_a_usage_error() -> None:
    result = armru()
    assert result.returncode == 2
    assert "usage: armru" in err(result)


def test_schema_is_the_committed_snapshot() -> None:
    result = armru("schema")
    assert result.returncode == 0, err(result)
    snapshot = REPO / "docs" / "schema" / "document-result.schema.json"
    if snapshot.exists():
        assert out(result) == snapshot.read_text(encoding="utf-8")
    assert json.loads(out(result))["title"] == "DocumentResult"


def test_evaluate_the_seed_gold_against_the_seeds() -> None:
    text = armru("evaluate", SEED_GOLD, SEEDS)
    assert text.returncode == 0, err(text)
    lines = out(text).splitlines()
    assert lines[0] == f"1 document scored against {SEED_GOLD}"
    assert lines[2].split() == ["kind", "P", "R", "F1", "tp", "fp", "fn"]
    assert {line.split()[0] for line in lines[3:9]} == {
        "actors",
        "statements",
        "statement_speakers",
        "contracts",
        "alliances",
        "events",
    }
    as_json = armru("evaluate", SEED_GOLD, SEEDS, "--json")
    data = json.loads(out(as_json))
    assert set(data["summary"]) >= {"actors", "statements", "events"}
    assert 0.0 <= data["summary"]["statements"]["f1"] <= 1.0
    assert [d["document_id"] for d in data["documents"]] == [next(SEEDS.glob("*.txt")).stem]


def test_errors_are_one_line_and_debug_shows_the_traceback(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "dir" / "out.json"
    plain = armru("parse", SEEDS, "-o", target)
    line = assert_one_line_error(plain)
    assert line == f"armru: error: {target}: No such file or directory"
    debug = armru("parse", SEEDS, "-o", target, "--debug")
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in err(debug)
    assert "FileNotFoundError" in err(debug)
    gold = armru("evaluate", tmp_path / "no-gold", SEEDS)
    assert "no such gold folder" in assert_one_line_error(gold)


def test_progress_bar_only_on_a_terminal() -> None:
    controller, terminal = pty.openpty()
    try:
        process = subprocess.run(
            [sys.executable, "-m", "armru", "parse", SMALL_CORPUS, "-f", "jsonl"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=terminal,
            cwd=REPO,
            timeout=300,
            check=False,
        )
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert process.returncode == 0
    assert len(process.stdout.splitlines()) == 8
    assert b"\rarmru: parsing [" in shown
    assert shown.endswith(b"\r\x1b[K")
