"""Bad files: each gets a typed error naming file and line, or a documented normalisation.

The reader's rules are in :mod:`armru.pipeline.read`. Normalisations are
checked the strong way: the normalised document gives a result that is
byte-for-byte the result of the clean document. A corpus run reports every
file it skipped, with the reason, and keeps every good one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _hardening_texts import ROOT

from armru import (
    ArmruError,
    CorpusError,
    DocumentFormatError,
    DocumentResult,
    SkippedDocument,
    iter_corpus,
    parse_corpus,
    parse_text,
    read_file,
    read_text,
)
from armru.cli import main

SEED = (ROOT / "seeds" / "000_2bbeb41d2115a0e8.txt").read_text(encoding="utf-8")
CLEAN = " date 2023-12-28 Russia and Armenia\n\nLavrov criticized Armenia.\n\nPashinian replied."

# name -> (file bytes, message fragment, line): what the reader must reject, and where.
REJECTED: dict[str, tuple[bytes, str, int | None]] = {
    "not UTF-8": (b" date 2023-12-28 T\n\nRussia \xff said.\n", "not UTF-8: byte 0xff", 3),
    "Latin-1": (" date 2023-12-28 T\n\nErevan café.\n".encode("latin-1"), "not UTF-8", 3),
    "UTF-16": (CLEAN.encode("utf-16"), "not UTF-8", 1),
    "truncated UTF-8": (" date 2023-12-28 T\n\nМосква".encode()[:-1], "not UTF-8", 3),
    "empty file": (b"", "empty", 1),
    "only blank lines": (b"\n \n\t\n", "empty", 1),
    "only NUL bytes": (b"\x00\x00\x00", "empty", 1),
    "header with no body": (b" date 2023-12-28 A title\n\n\n", "no body", 2),
    "header with a blank body": (b" date 2023-12-28 A title\n\n \t \n", "no body", 2),
    "no date line": (b"Russia and Armenia\n\nLavrov spoke.", "expected a header line", 1),
    "day-first date": (b" date 28/12/2023 T\n\nLavrov spoke.", "not YYYY-MM-DD", 1),
    "no date at all": (b" date\n\nLavrov spoke.", "expected a header line", 1),
    "impossible date": (b" date 2023-02-30 T\n\nLavrov spoke.", "does not exist", 1),
    "month 13": (b" date 2023-13-01 T\n\nLavrov spoke.", "does not exist", 1),
    "year zero": (b" date 0000-01-01 T\n\nLavrov spoke.", "does not exist", 1),
    "full-width digits": (" date ２０２３-１２-２８ T\n\nLavrov.".encode(), "not YYYY-MM-DD", 1),
    "date after blank lines": (b"\n\n date 2023-02-29 T\n\nx", "does not exist", 3),
}


@pytest.mark.parametrize("case", list(REJECTED))
def test_a_bad_file_is_a_typed_error_with_file_and_line(tmp_path: Path, case: str) -> None:
    data, fragment, line = REJECTED[case]
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentFormatError) as caught:
        read_file(path)
    error = caught.value
    assert fragment in error.message
    assert error.file == str(path)
    assert error.line == line
    assert str(error).startswith(f"{path}:{line}: ")


def test_an_unreadable_file_is_a_typed_error(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    with pytest.raises(DocumentFormatError, match="cannot read") as caught:
        read_file(link)
    assert caught.value.file == str(link)


def test_text_that_is_not_unicode_is_a_typed_error() -> None:
    with pytest.raises(DocumentFormatError, match="lone surrogate U\\+DC80") as caught:
        read_text(" date 2023-12-28 T\n\nfine\nbad \udc80 here", doc_id="x")
    assert caught.value.line == 4


def test_an_empty_document_id_is_a_typed_error() -> None:
    with pytest.raises(DocumentFormatError, match="id is empty"):
        read_text(CLEAN, doc_id="")


# -- documented normalisations: the result is that of the clean text ------------------

NORMALISATIONS: dict[str, Callable[[str], str]] = {
    "UTF-8 byte-order mark": lambda text: "\ufeff" + text,
    "CRLF line ends": lambda text: text.replace("\n", "\r\n"),
    "CR line ends": lambda text: text.replace("\n", "\r"),
    "NUL characters": lambda text: text.replace(" ", " \x00", 40).replace("\n", "\x00\n"),
    "trailing blanks": lambda text: text.replace("\n", " \t \n"),
    "no final newline": lambda text: text.rstrip("\n"),
    "extra final newlines": lambda text: text + "\n\n\n",
    "no leading space": lambda text: text.lstrip(" "),
    "date with a colon": lambda text: text.replace(" date ", "date: ", 1),
    "DATE in capitals": lambda text: text.replace(" date ", "DATE ", 1),
    "blank lines before the header": lambda text: "\n\n" + text,
    "everything at once": lambda text: "\ufeff\r\n" + text.replace("\n", " \x00\r\n"),
}


@pytest.mark.parametrize("case", list(NORMALISATIONS))
@pytest.mark.parametrize("text", [SEED, CLEAN], ids=["seed", "short"])
def test_a_normalised_document_gives_the_clean_result(case: str, text: str) -> None:
    expected = parse_text(text, doc_id="d").model_dump_json()
    assert parse_text(NORMALISATIONS[case](text), doc_id="d").model_dump_json() == expected


def test_normalisation_applies_to_files_too(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SEED.replace("\n", "\r\n").encode())
    document = read_file(path)
    assert document == read_text(SEED, doc_id="d", source=str(path))
    assert "\r" not in document.body
    assert not document.title.startswith("\ufeff")


def test_no_blank_line_after_the_header_is_accepted() -> None:
    document = read_text(" date 2023-12-28 T\nLavrov spoke.", doc_id="x")
    assert (document.title, document.body) == ("T", "Lavrov spoke.")


# -- a corpus: every bad file reported, every good one kept ---------------------------


def _write_corpus(folder: Path) -> tuple[set[str], set[str]]:
    """Good and bad files side by side; returns (good ids, bad file names)."""
    folder.mkdir()
    good: set[str] = set()
    for index, paragraph in enumerate(SEED.split("\n\n")[1:6]):
        (folder / f"good-{index}.txt").write_text(
            f" date 2023-12-{index + 10:02d} Title {index}\n\n{paragraph}", encoding="utf-8"
        )
        good.add(f"good-{index}")
    (folder / "good-bom-crlf.txt").write_bytes(
        b"\xef\xbb\xbf" + CLEAN.replace("\n", "\r\n").encode()
    )
    good.add("good-bom-crlf")
    bad: set[str] = set()
    for index, (data, _, _) in enumerate(REJECTED.values()):
        (folder / f"bad-{index:02d}.txt").write_bytes(data)
        bad.add(f"bad-{index:02d}.txt")
    (folder / "bad-link.txt").symlink_to(folder / "nowhere.txt")
    bad.add("bad-link.txt")
    nested = folder / "sub"
    nested.mkdir()
    (nested / "good-0.txt").write_text(CLEAN, encoding="utf-8")  # the id good-0 again
    bad.add("sub/good-0.txt")
    (folder / "notes.md").write_text("not a document", encoding="utf-8")  # not picked up
    (folder / ".hidden.txt").write_text("not a document", encoding="utf-8")
    return good, bad


def test_a_corpus_run_reports_every_skipped_file_and_keeps_every_good_one(tmp_path: Path) -> None:
    good, bad = _write_corpus(tmp_path / "corpus")
    items = list(parse_corpus([tmp_path / "corpus"]))
    kept = {item.document.id for item in items if isinstance(item, DocumentResult)}
    skipped = [item for item in items if isinstance(item, SkippedDocument)]
    assert kept == good
    assert len(items) == len(good) + len(bad)
    reported = {Path(item.source).relative_to(tmp_path / "corpus").as_posix() for item in skipped}
    assert reported == bad
    for item in skipped:
        assert item.reason
        assert item.location.startswith(item.source), "the location names the file"


def test_a_folder_that_cannot_be_listed_is_reported_not_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regression: os.walk skipped an unlistable subfolder silently, and its documents with it.
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "inside.txt").write_text(CLEAN, encoding="utf-8")
    (corpus / "ok.txt").write_text(CLEAN, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == corpus / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(parse_corpus([corpus]))
    # A folder's own files come first, then its subfolders (os.walk order).
    assert [isinstance(item, DocumentResult) for item in items] == [True, False]
    locked = items[1]
    assert isinstance(locked, SkippedDocument)
    assert locked.source == str(corpus / "locked")
    assert locked.reason == "cannot read folder: Permission denied"
    with pytest.raises(DocumentFormatError, match="a folder, not a document"):
        read_file(corpus)


def test_a_duplicate_id_keeps_the_first_document_and_reports_the_second() -> None:
    items = list(iter_corpus([("a", CLEAN), ("b", CLEAN), ("a", SEED), ("a", SEED)]))
    assert [type(item).__name__ for item in items] == [
        "Document",
        "Document",
        "SkippedDocument",
        "SkippedDocument",
    ]
    first = items[0]
    assert not isinstance(first, SkippedDocument)
    assert first.body == read_text(CLEAN, doc_id="a").body
    duplicate = items[2]
    assert isinstance(duplicate, SkippedDocument)
    assert "duplicate document id 'a'" in duplicate.reason
    assert issubclass(CorpusError, ArmruError)


def test_a_bad_pair_in_an_in_memory_corpus_is_skipped_not_fatal() -> None:
    pairs = [("ok", CLEAN), ("", CLEAN), ("surrogate", CLEAN + "\ud800"), ("ok2", CLEAN)]
    items = list(parse_corpus(pairs))
    assert [isinstance(item, DocumentResult) for item in items] == [True, False, False, True]


def test_the_command_line_lists_every_skipped_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = _write_corpus(tmp_path / "corpus")
    status = main(["parse", str(tmp_path / "corpus"), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    ids = {json.loads(line)["document"]["id"] for line in out.splitlines()}
    assert ids == good
    assert f"skipped {len(bad)} of {len(good) + len(bad)} documents" in err
    for name in bad:
        assert str(tmp_path / "corpus" / name) in err


def test_invisible_characters_of_web_copy_do_not_split_names() -> None:
    text = " date 2024-03-10 T\n\nNikol Pashin\u00adyan\u200b criticized Rus\u200dsia."
    result = parse_text(text, doc_id="web")
    assert [(s.speaker, s.target) for s in result.statements] == [("nikol-pashinyan", "RUS")]
    assert "\u00ad" not in result.document.body


def test_html_character_references_of_scraped_copy_are_read_as_characters() -> None:
    text = (
        " date 2024-03-10 T\n\nPashinyan said Armenia&#8217;s ties with Russia &amp; the CSTO"
        " were frozen.&nbsp;Lavrov&#x2019;s reply was sharp: he criticized Yerevan. AT&T is"
        " no entity."
    )
    result = parse_text(text, doc_id="web")
    assert "Armenia\u2019s ties with Russia & the CSTO" in result.document.body
    assert "Lavrov\u2019s" in result.document.body
    assert "AT&T" in result.document.body
    assert ("sergey-lavrov", "ARM") in [(s.speaker, s.target) for s in result.statements]
