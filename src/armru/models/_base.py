"""Shared configuration of every armru model: immutable, strict about unknown fields."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

ACTOR_ID_PATTERN = r"^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"
_ACTOR_ID_RE = re.compile(ACTOR_ID_PATTERN)

ActorId = Annotated[str, StringConstraints(pattern=ACTOR_ID_PATTERN)]
"""A stable actor identifier: ISO 3166-1 alpha-3 for states ("RUS"), a slug otherwise."""

CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
"""An ISO 3166-1 alpha-3 country code."""

NonEmptyStr = Annotated[str, StringConstraints(min_length=1)]


def is_actor_id(value: str) -> bool:
    """True when ``value`` is a well-formed actor id."""
    return _ACTOR_ID_RE.fullmatch(value) is not None  # match() let "RUS\n" through


class ArmruModel(BaseModel):
    """Base of all armru models: frozen, unknown fields rejected, enums by value."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_enum_values=False,
        validate_default=True,
        ser_json_inf_nan="strings",
        # Field docstrings become the JSON Schema's descriptions, for consumers of the output.
        use_attribute_docstrings=True,
    )
