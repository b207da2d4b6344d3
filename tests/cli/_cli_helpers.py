"""Run the real ``armru`` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
SEED_FILE = next(SEEDS.glob("*.txt"))
SMALL_CORPUS = REPO / "tests" / "corpus" / "dev"
SEED_GOLD = REPO / "tests" / "corpus" / "seed"
ENTRY_POINT = Path(sys.executable).parent / "armru"
"""The console script ``pip install`` put next to the interpreter."""


def armru(
    *args: str | os.PathLike[str],
    stdin: bytes | None = None,
    entry_point: bool = False,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """``python -m armru ARGS`` (or the installed ``armru`` script), run from the repo root."""
    command = [str(ENTRY_POINT)] if entry_point else [sys.executable, "-m", "armru"]
    return subprocess.run(
        [*command, *(str(arg) for arg in args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=300,
        check=False,
    )


def out(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stdout.decode("utf-8")


def err(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stderr.decode("utf-8")


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], code: int = 1) -> str:
    """The command failed with ``code`` and said why on one line, without a traceback."""
    message = err(result)
    assert result.returncode == code, message
    assert "Traceback" not in message
    lines = message.strip().splitlines()
    assert len(lines) == 1, message
    assert lines[0].startswith("armru"), message
    assert "error: " in lines[0], message
    return lines[0]
