"""Every result the parser builds is valid by the models' own rules.

The pipeline builds mentions, evidence and statements without re-validating
them (``_facts.trusted``: model validation was a tenth of parsing), because
their values are checked pieces by construction. This test keeps that true:
each result of every project document is dumped and validated again from
scratch, every field and model validator included, and must come back equal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from armru import DocumentResult, SkippedDocument, parse_corpus

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = [
    ROOT / "tests" / "corpus" / "dev",
    ROOT / "tests" / "corpus" / "holdout",
    ROOT / "tests" / "corpus" / "blind",
    ROOT / "seeds",
]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_every_result_validates_again(folder: Path) -> None:
    paths = sorted(folder.glob("*.txt"))
    assert paths, f"no documents in {folder}"
    statements = 0
    for result in parse_corpus(paths):
        assert not isinstance(result, SkippedDocument), result
        again = DocumentResult.model_validate(result.model_dump())
        assert again == result
        assert DocumentResult.model_validate_json(result.model_dump_json()) == result
        statements += len(result.statements)
    assert statements > 0
