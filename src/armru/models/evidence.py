"""Evidence: the exact words in a document that support a fact."""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import Field, model_validator

from ._base import ArmruModel, NonEmptyStr

__all__ = ["Evidence"]


class Evidence(ArmruModel):
    """Where a fact was read: a character span of a document's body and its sentence.

    Offsets are 0-based, end-exclusive, into :attr:`armru.Document.body`, so
    ``document.body[start:end] == text`` always holds in a parse result.
    """

    document_id: NonEmptyStr
    """Id of the :class:`armru.Document` the span belongs to."""
    start: Annotated[int, Field(ge=0)]
    """Offset of the first character of the span in the body."""
    end: Annotated[int, Field(ge=1)]
    """Offset just past the last character of the span."""
    text: NonEmptyStr
    """The exact text of the span."""
    sentence: Annotated[int, Field(ge=1)]
    """1-based number of the body sentence the span lies in (headings not counted)."""
    sentence_text: NonEmptyStr
    """The whole sentence, for a reader who wants the context."""

    @model_validator(mode="after")
    def _span_matches_text(self) -> Self:
        if self.end <= self.start:
            raise ValueError(f"end: {self.end} must be greater than start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"text: length {len(self.text)} differs from the span length "
                f"{self.end - self.start}"
            )
        return self
