"""Statements: attributed speech acts, coded as CAMEO events with Goldstein weights."""

from __future__ import annotations

import enum
from typing import Annotated, Self

from pydantic import Field, StringConstraints, model_validator

from ._base import ActorId, ArmruModel, NonEmptyStr
from .dates import PartialDate
from .evidence import Evidence

__all__ = ["CameoCode", "Polarity", "Statement"]

CameoCode = Annotated[str, StringConstraints(pattern=r"^(?:0[1-9]|1[0-9]|20)[0-9]{0,2}$")]
"""A CAMEO event code: a root 01..20 and up to two more digits ("010", "111", "1123").

ASCII digits only (``\\d`` would also admit Arabic-Indic digits), and only
CAMEO's twenty roots, so :attr:`Statement.quad_class` never classifies a non-code.
"""


class Polarity(enum.StrEnum):
    """Direction of a statement toward its target."""

    POSITIVE = "positive"
    """Cooperative, praising, reassuring, conciliatory."""
    NEGATIVE = "negative"
    """Critical, accusing, threatening, rejecting."""
    NEUTRAL = "neutral"
    """Informational."""


class Statement(ArmruModel):
    """Who said what about whom, with the verb that reports it and where it was read."""

    speaker: ActorId
    """The actor the words are attributed to."""
    target: ActorId | None = None
    """Whom the statement is about or aimed at; None when it has no actor target."""
    verb: NonEmptyStr
    """Lemma of the reporting verb or noun ("criticize", "according to")."""
    content: str = ""
    """The quote or paraphrase of what was said."""
    polarity: Polarity = Polarity.NEUTRAL
    quote: bool = False
    """True when ``content`` is a direct quotation."""
    denial: bool = False
    """True for denials ("refuting claims that..."): the speaker rejects, not accuses."""
    cameo: CameoCode
    """CAMEO event code of the speech act."""
    goldstein: Annotated[float, Field(ge=-10.0, le=10.0, allow_inf_nan=False)]
    """Goldstein (1992) weight of the CAMEO code, -10 (conflict) to +10 (cooperation)."""
    date: PartialDate | None = None
    """When it was said, as precisely as the text tells."""
    evidence: Evidence

    @model_validator(mode="after")
    def _speaker_is_not_target(self) -> Self:
        if self.target is not None and self.target == self.speaker:
            raise ValueError(f"target: must differ from speaker {self.speaker!r}")
        return self

    @property
    def quad_class(self) -> int:
        """CAMEO quad class: 1 verbal cooperation ... 4 material conflict."""
        root = int(self.cameo[:2])
        if root <= 5:
            return 1
        if root <= 9:
            return 2
        if root <= 14:
            return 3
        return 4
