"""References from a result back to the facts, and the words, it rests on."""

from __future__ import annotations

import datetime as _dt
from typing import Annotated

from pydantic import Field

from ..models import Evidence
from ..models._base import NonEmptyStr
from ._base import AnalysisModel
from ._vocab import FactKind, IndicatorName

__all__ = ["FactRef"]


class FactRef(AnalysisModel):
    """One fact behind a result: what it is, when, how much it weighed, and its words.

    ``contribution`` is signed on the tension scale's raw units: positive raises
    tension, negative lowers it. The same fact reported by several documents is
    counted once (for contracts, alliances and events); the others are listed in
    ``also_reported_in``.
    """

    kind: FactKind
    document_id: NonEmptyStr
    date: _dt.date
    """The day the fact is placed on (its own date, else its document's)."""
    summary: NonEmptyStr
    """A readable one-line account: "Nikol Pashinyan (head_of_government) criticize → csto"."""
    contribution: float
    note: str = ""
    """How the contribution was weighed ("head_of_government x1.00; via csto x0.75")."""
    evidence: Evidence
    indicators: tuple[IndicatorName, ...] = ()
    """The indicators the contribution is made to."""
    also_reported_in: Annotated[tuple[NonEmptyStr, ...], Field(default=())]

    @property
    def key(self) -> tuple[str, str, int, int, str]:
        """Identity of the underlying fact, independent of the indicator it serves."""
        return (
            self.kind.value,
            self.document_id,
            self.evidence.start,
            self.evidence.end,
            self.summary,
        )
