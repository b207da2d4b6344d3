"""Determinism and parallelism: the same input gives byte-identical output, however it is run.

Byte-identical means the JSON text, compared as bytes: twice in one process,
in fresh interpreters with different hash seeds (so that no set or dict
ordering leaks into the output), and with the corpus split across worker
processes, which must give exactly the sequential result, skipped documents
included and in input order.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _hardening_texts import ROOT, project_files, project_texts

from armru import DocumentResult, SkippedDocument, parse_corpus, parse_text
from armru.cli import main


def _dump(items: list[DocumentResult | SkippedDocument]) -> bytes:
    return b"\n".join(item.model_dump_json().encode("utf-8") for item in items)


def test_parsing_twice_in_one_process_gives_the_same_bytes() -> None:
    for name, text in project_texts():
        first = parse_text(text, doc_id=name).model_dump_json()
        assert parse_text(text, doc_id=name).model_dump_json() == first, name


_DIGEST_SCRIPT = """
import hashlib, sys
from armru import parse_corpus
digest = hashlib.sha256()
for item in parse_corpus(sys.argv[1:]):
    digest.update(item.model_dump_json().encode("utf-8") + b"\\n")
print(digest.hexdigest())
"""


@pytest.mark.slow
def test_fresh_interpreters_with_different_hash_seeds_give_the_same_bytes() -> None:
    paths = [str(path) for path in project_files()]
    runs = []
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs.append(
            subprocess.Popen(
                [sys.executable, "-c", _DIGEST_SCRIPT, *paths],
                env=env,
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    digests = set()
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        digests.add(out.strip())
    assert len(digests) == 1
    in_process = hashlib.sha256()
    for item in parse_corpus(paths):
        in_process.update(item.model_dump_json().encode("utf-8") + b"\n")
    assert digests == {in_process.hexdigest()}


def _mixed_corpus(folder: Path) -> list[str | Path | tuple[str, str]]:
    """Project files, in-memory variants (good and bad) and a folder with a bad file."""
    folder.mkdir()
    (folder / "bad-date.txt").write_text(" date 2023-02-30 T\n\nbody", encoding="utf-8")
    (folder / "not-utf8.txt").write_bytes(b" date 2023-12-28 T\n\n\xff")
    (folder / "ok.txt").write_text(" date 2023-12-28 T\n\nLavrov criticized Armenia.")
    sources: list[str | Path | tuple[str, str]] = [*project_files(), folder]
    for index, (name, text) in enumerate(project_texts()):
        head, _, body = text.partition("\n\n")
        paragraphs = body.split("\n\n")
        sources.append((f"{name}-reversed", head + "\n\n" + "\n\n".join(reversed(paragraphs))))
        if index % 5 == 0:
            sources.append((f"{name}-headless", body))  # skipped: no date line
            sources.append((name, text))  # skipped: duplicate id
    return sources


@pytest.mark.slow
@pytest.mark.parametrize("chunk_size", [1, 7, 64])
def test_parallel_parsing_gives_exactly_the_sequential_result(
    tmp_path: Path, chunk_size: int
) -> None:
    sources = _mixed_corpus(tmp_path / "corpus")
    sequential = list(parse_corpus(sources))
    parallel = list(parse_corpus(sources, workers=2, chunk_size=chunk_size))
    assert _dump(parallel) == _dump(sequential)
    skipped = [item for item in sequential if isinstance(item, SkippedDocument)]
    assert len(skipped) >= 4
    assert len(sequential) > len(project_files())


@pytest.mark.slow
def test_the_command_line_writes_the_same_bytes_with_workers(tmp_path: Path) -> None:
    corpus = [str(path) for path in project_files()]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["parse", *corpus, "--format", "jsonl", "-o", str(one)]) == 0
    assert main(["parse", *corpus, "--format", "jsonl", "--workers", "2", "-o", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_bytes().splitlines()) == len(corpus)
