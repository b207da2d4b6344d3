"""The base of every analysis result: a frozen armru model that converts to plain data."""

from __future__ import annotations

from typing import Any

from ..models._base import ArmruModel

__all__ = ["AnalysisModel"]


class AnalysisModel(ArmruModel):
    """A frozen analysis result; :meth:`to_data` gives JSON-ready plain data."""

    def to_data(self) -> dict[str, Any]:
        """Plain data (dicts, lists, strings, numbers, None) ready for :func:`json.dumps`."""
        return self.model_dump(mode="json")

    def to_json(self, *, indent: int | None = None) -> str:
        """The result as JSON text."""
        return self.model_dump_json(indent=indent)
