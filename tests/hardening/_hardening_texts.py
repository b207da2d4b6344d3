"""The project's own texts, as raw material for hostile and scaled-up documents."""

from __future__ import annotations

import functools
from pathlib import Path

from armru import read_file
from armru.pipeline.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
HEADER = " date 2023-12-28 A title\n\n"


@functools.cache
def project_files() -> tuple[Path, ...]:
    """Every document the repository ships: test corpora, examples, seeds."""
    files = [
        *ROOT.glob("tests/corpus/**/*.txt"),
        *ROOT.glob("examples/timeline/*.txt"),
        *ROOT.glob("seeds/*.txt"),
    ]
    return tuple(sorted(files))


@functools.cache
def project_texts() -> tuple[tuple[str, str], ...]:
    """``(name, text)`` of every project document."""
    return tuple((path.stem, path.read_text(encoding="utf-8")) for path in project_files())


@functools.cache
def project_sentences() -> tuple[str, ...]:
    """Every distinct body sentence (and heading) of the project documents, sorted."""
    found = {
        sentence.text
        for path in project_files()
        for sentence in split_sentences(read_file(path).body)
    }
    return tuple(sorted(found))


@functools.cache
def project_words() -> tuple[str, ...]:
    """Every distinct whitespace-separated word of the project sentences, sorted."""
    return tuple(sorted({word for sentence in project_sentences() for word in sentence.split()}))
