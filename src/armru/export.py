"""Facts as a table: one row per fact, for spreadsheets and pandas.

Every statement, defense contract, alliance and event of a parse result
becomes one row with the same columns (:data:`COLUMNS`): the document, the
kind of fact, the actors it involves (ids *and* names), the fields of its
kind (blank for the other kinds) and its evidence — the quoted words, their
character offsets in the body and the sentence they stand in.

* :func:`facts_to_rows` — plain Python dicts, no dependency;
* :func:`write_csv` — CSV through the :mod:`csv` module, no dependency;
* :func:`to_frame` — a :class:`pandas.DataFrame` (``pip install 'armru[tabular]'``);
* :func:`to_parquet` — a Parquet file (``pip install 'armru[parquet]'``).

List fields (items, members, obligations...) are joined with ``"; "``.
Rows come in document order, then statements, contracts, alliances and
events, each in text order, so the output is deterministic.

>>> from armru import parse_text
>>> from armru.export import facts_to_rows
>>> result = parse_text(" date 2023-12-28 T\\n\\nLavrov criticized Armenia.", doc_id="d")
>>> row = facts_to_rows([result])[0]
>>> row["fact"], row["speaker"], row["speaker_name"], row["target_name"], row["verb"]
('statement', 'sergey-lavrov', 'Sergey Lavrov', 'Armenia', 'criticize')
>>> row["evidence_text"], row["evidence_start"], row["evidence_sentence"]
('Lavrov criticized', 0, 1)
"""

from __future__ import annotations

import csv
import importlib
import os
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from .errors import OptionalDependencyError
from .models import (
    Alliance,
    DefenseContract,
    DocumentResult,
    Event,
    Evidence,
    PartialDate,
    Statement,
)

__all__ = [
    "COLUMNS",
    "facts_to_rows",
    "iter_rows",
    "require_parquet",
    "to_frame",
    "to_parquet",
    "write_csv",
]

Row = dict[str, Any]

COLUMNS: tuple[str, ...] = (
    "document_id",
    "document_date",
    "fact",
    "number",
    "date",
    "actor_ids",
    "actor_names",
    # statements
    "speaker",
    "speaker_name",
    "target",
    "target_name",
    "verb",
    "polarity",
    "cameo",
    "goldstein",
    "quote",
    "denial",
    "content",
    # defense contracts
    "buyer",
    "buyer_name",
    "supplier",
    "supplier_name",
    "items",
    "value",
    "currency",
    "status",
    # alliances
    "alliance",
    "organization",
    "organization_name",
    "members",
    "member_names",
    "alliance_kind",
    "obligations",
    "start",
    "end",
    # events
    "event_kind",
    "label",
    "participants",
    "participant_names",
    "location",
    # evidence
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "evidence_sentence",
    "sentence_text",
)
"""The columns of every row, in order."""

_SEPARATOR = "; "


def _date(value: PartialDate | None) -> str | None:
    return str(value) if value is not None else None


def _join(values: Iterable[str]) -> str:
    return _SEPARATOR.join(values)


class _Names:
    def __init__(self, result: DocumentResult) -> None:
        self._names = {actor.id: actor.name for actor in result.actors}

    def __call__(self, actor_id: str | None) -> str | None:
        if actor_id is None:
            return None
        return self._names.get(actor_id, actor_id)

    def all(self, actor_ids: Iterable[str]) -> str:
        return _join(self._names.get(i, i) for i in actor_ids)


def _row(
    result: DocumentResult,
    fact: str,
    number: int,
    date: PartialDate | None,
    actor_ids: Iterable[str | None],
    evidence: Evidence,
    names: _Names,
    fields: Row,
) -> Row:
    ids = list(dict.fromkeys(i for i in actor_ids if i is not None))
    row: Row = dict.fromkeys(COLUMNS)
    row.update(
        document_id=result.document.id,
        document_date=result.document.date.isoformat(),
        fact=fact,
        number=number,
        date=_date(date),
        actor_ids=_join(ids),
        actor_names=names.all(ids),
        evidence_text=evidence.text,
        evidence_start=evidence.start,
        evidence_end=evidence.end,
        evidence_sentence=evidence.sentence,
        sentence_text=evidence.sentence_text,
    )
    row.update(fields)
    return row


def _statement(result: DocumentResult, n: int, s: Statement, names: _Names) -> Row:
    return _row(
        result,
        "statement",
        n,
        s.date,
        (s.speaker, s.target),
        s.evidence,
        names,
        {
            "speaker": s.speaker,
            "speaker_name": names(s.speaker),
            "target": s.target,
            "target_name": names(s.target),
            "verb": s.verb,
            "polarity": s.polarity.value,
            "cameo": s.cameo,
            "goldstein": s.goldstein,
            "quote": s.quote,
            "denial": s.denial,
            "content": s.content,
        },
    )


def _contract(result: DocumentResult, n: int, c: DefenseContract, names: _Names) -> Row:
    return _row(
        result,
        "contract",
        n,
        c.date,
        (c.buyer, c.supplier),
        c.evidence,
        names,
        {
            "buyer": c.buyer,
            "buyer_name": names(c.buyer),
            "supplier": c.supplier,
            "supplier_name": names(c.supplier),
            "items": _join(c.items),
            "value": c.value.amount if c.value is not None else None,
            "currency": c.value.currency if c.value is not None else None,
            "status": c.status.value,
        },
    )


def _alliance(result: DocumentResult, n: int, a: Alliance, names: _Names) -> Row:
    ids = (a.organization, *a.members)
    return _row(
        result,
        "alliance",
        n,
        a.start,
        ids,
        a.evidence,
        names,
        {
            "alliance": a.name,
            "organization": a.organization,
            "organization_name": names(a.organization),
            "members": _join(a.members),
            "member_names": names.all(a.members),
            "alliance_kind": a.kind.value,
            "obligations": _join(o.value for o in a.obligations),
            "start": _date(a.start),
            "end": _date(a.end),
        },
    )


def _event(result: DocumentResult, n: int, e: Event, names: _Names) -> Row:
    return _row(
        result,
        "event",
        n,
        e.date,
        e.participants,
        e.evidence,
        names,
        {
            "event_kind": e.kind.value,
            "label": e.label,
            "participants": _join(e.participants),
            "participant_names": names.all(e.participants),
            "location": e.location,
        },
    )


def _as_results(results: DocumentResult | Iterable[DocumentResult]) -> Iterable[DocumentResult]:
    return [results] if isinstance(results, DocumentResult) else results


def iter_rows(results: DocumentResult | Iterable[DocumentResult]) -> Iterator[Row]:
    """Stream the rows of each result in turn (one result in memory at a time)."""
    for result in _as_results(results):
        names = _Names(result)
        for n, statement in enumerate(result.statements, 1):
            yield _statement(result, n, statement, names)
        for n, contract in enumerate(result.contracts, 1):
            yield _contract(result, n, contract, names)
        for n, alliance in enumerate(result.alliances, 1):
            yield _alliance(result, n, alliance, names)
        for n, event in enumerate(result.events, 1):
            yield _event(result, n, event, names)


def facts_to_rows(results: DocumentResult | Iterable[DocumentResult]) -> list[Row]:
    """One dict per fact, keyed by :data:`COLUMNS`; absent values are ``None``.

    Values keep their Python types: ``number`` and the evidence offsets are
    ints, ``goldstein`` a float, ``value`` an exact :class:`~decimal.Decimal`,
    ``quote`` and ``denial`` bools; dates are ISO text (``2022``, ``2022-09``,
    ``2022-09-13``) because a partial date is not a day.
    """
    return list(iter_rows(results))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


class CsvWriter:
    """Writes rows to a text stream as CSV, the header first."""

    def __init__(self, stream: IO[str]) -> None:
        self._writer = csv.writer(stream, lineterminator="\n")
        self._writer.writerow(COLUMNS)

    def write(self, rows: Iterable[Row]) -> None:
        """Append rows."""
        for row in rows:
            self._writer.writerow([_cell(row[column]) for column in COLUMNS])


def write_csv(
    results: DocumentResult | Iterable[DocumentResult], target: str | os.PathLike[str] | IO[str]
) -> None:
    """Write the rows as CSV (UTF-8, ``\\n`` line ends, blanks for absent values).

    ``target`` is a path or an open text stream. Booleans are written
    ``true`` / ``false`` and amounts in plain decimal notation.
    """
    if isinstance(target, str | os.PathLike):
        with Path(target).open("w", encoding="utf-8", newline="") as stream:
            CsvWriter(stream).write(iter_rows(results))
    else:
        CsvWriter(target).write(iter_rows(results))


def _require(module: str, extra: str, purpose: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise OptionalDependencyError(
            f"{purpose} needs {module}, which is not installed; "
            f"install it with: pip install 'armru[{extra}]'"
        ) from None


def require_parquet() -> None:
    """Raise :class:`~armru.errors.OptionalDependencyError` unless Parquet can be written."""
    _require("pandas", "parquet", "Parquet output")
    _require("pyarrow", "parquet", "Parquet output")


def to_frame(results: DocumentResult | Iterable[DocumentResult]) -> Any:
    """The rows as a :class:`pandas.DataFrame` with the columns :data:`COLUMNS`.

    Needs pandas (``pip install 'armru[tabular]'``); raises
    :class:`~armru.errors.OptionalDependencyError` without it. Offsets are
    integers, ``goldstein`` and ``value`` floats, ``quote`` and ``denial``
    nullable booleans; text columns hold ``None`` where a value is absent.
    """
    pd = _require("pandas", "tabular", "a data frame")
    frame = pd.DataFrame.from_records(facts_to_rows(results), columns=list(COLUMNS))
    for column in ("number", "evidence_start", "evidence_end", "evidence_sentence"):
        frame[column] = frame[column].astype("int64")
    frame["goldstein"] = frame["goldstein"].astype("float64")
    frame["value"] = frame["value"].map(lambda v: float(v) if v is not None else None)
    frame["value"] = frame["value"].astype("float64")
    for column in ("quote", "denial"):
        frame[column] = frame[column].astype("boolean")
    return frame


def to_parquet(
    results: DocumentResult | Iterable[DocumentResult], path: str | os.PathLike[str]
) -> None:
    """Write the rows to a Parquet file (needs ``pip install 'armru[parquet]'``)."""
    require_parquet()
    to_frame(results).to_parquet(Path(path), index=False)
