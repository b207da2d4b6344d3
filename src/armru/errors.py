"""armru's exception hierarchy.

Every error armru raises on purpose derives from :class:`ArmruError` and says
*where* the problem is (file, line, character offset, field), so that a corpus
run can report a bad document precisely and carry on with the good ones.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ArmruError",
    "CorpusError",
    "DocumentFormatError",
    "EvaluationError",
    "KnowledgeBaseError",
    "ModelDataError",
    "OptionalDependencyError",
    "UnknownActorError",
]


class ArmruError(Exception):
    """Base class of all armru errors; carries the location it applies to."""

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        offset: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.offset = offset
        self.field = field
        super().__init__(str(self))

    @property
    def location(self) -> str:
        """``file:line`` (or ``file@offset``, ``field``) — empty when unknown."""
        parts: list[str] = []
        if self.file is not None:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
            elif self.offset is not None:
                where += f"@{self.offset}"
            parts.append(where)
        elif self.line is not None:
            parts.append(f"line {self.line}")
        elif self.offset is not None:
            parts.append(f"offset {self.offset}")
        if self.field is not None:
            parts.append(self.field)
        return ": ".join(parts)

    def __str__(self) -> str:
        location = self.location
        return f"{location}: {self.message}" if location else self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Keeps errors picklable across worker processes (keyword-only args).
        return (_rebuild, (type(self), self.message, self.file, self.line, self.offset, self.field))


def _rebuild(
    cls: type[ArmruError],
    message: str,
    file: str | None,
    line: int | None,
    offset: int | None,
    field: str | None,
) -> ArmruError:
    return cls(message, file=file, line=line, offset=offset, field=field)


class DocumentFormatError(ArmruError):
    """A document does not follow the seed format (no date line, empty body, bad bytes...)."""


class CorpusError(ArmruError):
    """A corpus as a whole is inconsistent, e.g. two documents share one id."""


class KnowledgeBaseError(ArmruError):
    """A knowledge-base or lexicon file is malformed; ``field`` names the bad entry."""


class ModelDataError(ArmruError):
    """Data loaded into an armru model (JSON, a dict) failed validation."""


class EvaluationError(ArmruError):
    """A hand annotation (gold file) is malformed or does not match its document."""


class UnknownActorError(ArmruError):
    """A name, alias or code given by the user resolves to no known actor."""


class OptionalDependencyError(ArmruError):
    """A feature needs an optional package (pandas, pyarrow, matplotlib) that is not installed."""
