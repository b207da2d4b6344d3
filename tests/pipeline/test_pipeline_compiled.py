"""The compiled parser (mypyc, see setup.py) gives exactly what its Python sources give."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import armru
from armru.pipeline import mentions

ROOT = Path(__file__).resolve().parents[2]
COMPILED = not mentions.__file__.endswith(".py")


@pytest.mark.skipif(not COMPILED, reason="the parser is installed as pure Python")
def test_compiled_and_pure_parsers_agree_byte_for_byte(tmp_path: Path) -> None:
    # A copy of the package without its extension modules is the pure-Python parser.
    pure = tmp_path / "pure"
    shutil.copytree(
        Path(armru.__file__).parent, pure / "armru", ignore=shutil.ignore_patterns("*.so")
    )
    paths = sorted(str(p) for p in [*ROOT.glob("tests/corpus/*/*.txt"), *ROOT.glob("seeds/*.txt")])
    script = (
        "import sys, armru\n"
        "from armru.pipeline import mentions\n"
        "assert mentions.__file__.endswith('.py'), mentions.__file__\n"
        "for r in armru.parse_corpus(sys.argv[1:]): print(r.model_dump_json())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(pure)}
    completed = subprocess.run(
        [sys.executable, "-c", script, *paths],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    pure_results = completed.stdout.splitlines()
    compiled_results = [r.model_dump_json() for r in armru.parse_corpus(paths)]
    assert len(compiled_results) == len(paths)
    assert pure_results == compiled_results
    assert all(json.loads(line)["document"]["body"] for line in pure_results)
