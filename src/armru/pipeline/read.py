"""Stage 1: read documents in the seed format.

The format is a header line `` date YYYY-MM-DD Title``, an empty line, then
paragraphs separated by empty lines. Reading is liberal in what it accepts
and precise in what it rejects:

* accepted and normalised: a UTF-8 byte-order mark, CRLF or CR line ends,
  trailing spaces, no leading space before ``date``, ``date:`` with a colon,
  no empty line after the header, no final newline, NUL characters (removed);
* rejected with :class:`~armru.DocumentFormatError` naming file and line:
  bytes that are not UTF-8, text with a lone surrogate (not Unicode), a
  missing or malformed date line, an impossible date (2023-02-30), an
  empty body, an empty document id;
* in a corpus, a second document with an id already seen is skipped with a
  :class:`~armru.CorpusError` reason; nothing is dropped without a report.
"""

from __future__ import annotations

import datetime as _dt
import html
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ArmruError, CorpusError, DocumentFormatError
from ..models import Document, SkippedDocument

__all__ = ["iter_corpus", "iter_paths", "read_file", "read_text"]

# Possessive runs: "[ \t]*:?[ \t]+" backtracked quadratically on a long run of blanks;
# the look-behind keeps a search from retrying inside a run of blanks.
_HEADER_RE = re.compile(r"(?<![ \t])[ \t]*+date(?:[ \t]*+:)?[ \t]++(\S+)[ \t]*(.*)", re.IGNORECASE)
_ISO_DAY_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)  # not "２０２３-..."
_LINE_END_RE = re.compile(r"\r\n?")

DOCUMENT_SUFFIXES = (".txt",)
"""File endings a folder walk picks up."""


_INVISIBLE = str.maketrans(dict.fromkeys("\x00\u00ad\u200b\u200c\u200d\u2060\ufeff"))
"""Characters that show nothing but split words: NUL, soft hyphens ("Pashin\u00adyan"
from hyphenated web copy), zero-width spaces and joiners, word joiners, stray BOMs."""


_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""An HTML character reference left in scraped copy ("Armenia&#8217;s", "&amp;", "&nbsp;")."""


def _unescape(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def _normalise(text: str) -> str:
    if "&" in text:
        text = _ENTITY_RE.sub(_unescape, text)
    text = text.translate(_INVISIBLE)
    text = _LINE_END_RE.sub("\n", text)
    # Per line, not r"[ \t]+$": that regex is quadratic on a long run of inner blanks.
    return "\n".join(line.rstrip(" \t\f\v") for line in text.split("\n"))


def read_text(text: str, *, doc_id: str, source: str | None = None) -> Document:
    """Read one document from its text.

    >>> doc = read_text(" date 2023-12-28 A title\\n\\nFirst paragraph.", doc_id="x")
    >>> (doc.date.isoformat(), doc.title, doc.body)
    ('2023-12-28', 'A title', 'First paragraph.')
    """
    where = source if source is not None else doc_id
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate: no file can hold it, no JSON either
        raise DocumentFormatError(
            f"not valid Unicode: lone surrogate U+{ord(text[error.start]):04X} "
            f"at offset {error.start}",
            file=where,
            line=text.count("\n", 0, error.start) + 1,
        ) from None
    if not doc_id:
        raise DocumentFormatError("the document id is empty", file=source or "<text>")
    lines = _normalise(text).split("\n")
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise DocumentFormatError("the document is empty", file=where, line=1)
    header = lines[header_index]
    line_number = header_index + 1
    match = _HEADER_RE.fullmatch(header)
    if match is None:
        raise DocumentFormatError(
            f"expected a header line 'date YYYY-MM-DD Title', found {header[:60]!r}",
            file=where,
            line=line_number,
        )
    date_text, title = match.groups()
    day = _ISO_DAY_RE.fullmatch(date_text)
    if day is None:
        raise DocumentFormatError(
            f"the date {date_text!r} is not YYYY-MM-DD", file=where, line=line_number
        )
    try:
        date = _dt.date(int(day[1]), int(day[2]), int(day[3]))
    except ValueError as error:
        raise DocumentFormatError(
            f"the date {date_text} does not exist ({error})", file=where, line=line_number
        ) from None
    body = "\n".join(lines[header_index + 1 :]).strip("\n")
    if not body.strip():
        raise DocumentFormatError(
            "the document has a header but no body", file=where, line=line_number + 1
        )
    return Document(id=doc_id, date=date, title=title.strip(), body=body, source=source)


def read_file(path: str | os.PathLike[str], *, doc_id: str | None = None) -> Document:
    """Read one document file; its id is the file name without extension."""
    file = Path(path)
    if file.is_dir():  # iter_paths yields a folder it could not list, to be reported here
        try:
            with os.scandir(file):
                pass
        except OSError as error:
            raise DocumentFormatError(
                f"cannot read folder: {error.strerror or error}", file=file
            ) from None
        raise DocumentFormatError("a folder, not a document", file=file)
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise DocumentFormatError(f"cannot read: {error.strerror or error}", file=file) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise DocumentFormatError(
            f"not UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}",
            file=file,
            line=line,
        ) from None
    return read_text(text, doc_id=doc_id or file.stem, source=str(file))


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Expand files and folders (recursively, sorted) into document files.

    A folder that cannot be listed is yielded itself, so that reading it says
    why (:func:`read_file`) instead of its documents vanishing without a word.
    """
    for path in paths:
        item = Path(path)
        if item.is_dir():
            unlisted: list[OSError] = []
            for root, dirs, files in os.walk(item, onerror=unlisted.append):
                dirs.sort()
                yield from _unlisted(unlisted, item)
                for name in sorted(files):
                    if name.endswith(DOCUMENT_SUFFIXES) and not name.startswith("."):
                        yield Path(root) / name
            yield from _unlisted(unlisted, item)
        else:
            yield item


def _unlisted(errors: list[OSError], default: Path) -> Iterator[Path]:
    while errors:
        error = errors.pop(0)
        yield Path(error.filename) if error.filename else default


def iter_corpus(
    sources: Iterable[str | os.PathLike[str] | tuple[str, str]],
) -> Iterator[Document | SkippedDocument]:
    """Stream documents from paths (files, folders) or ``(id, text)`` pairs.

    Yields a :class:`~armru.Document` for each good document and a
    :class:`~armru.SkippedDocument` with the reason for each bad one, in input
    order, holding one document in memory at a time.
    """
    seen: set[str] = set()

    def expand() -> Iterator[Path | tuple[str, str]]:
        for source in sources:
            if isinstance(source, tuple):
                yield source
            else:
                yield from iter_paths([source])

    for item in expand():
        label = item[0] if isinstance(item, tuple) else str(item)
        try:
            if isinstance(item, tuple):
                document = read_text(item[1], doc_id=item[0])
            else:
                document = read_file(item)
            if document.id in seen:
                raise CorpusError(
                    f"duplicate document id {document.id!r}; the first one was kept",
                    file=label,
                )
        except ArmruError as error:
            yield SkippedDocument(
                source=label, reason=error.message, location=error.location or label
            )
            continue
        seen.add(document.id)
        yield document
