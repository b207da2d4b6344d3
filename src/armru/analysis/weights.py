"""The weights, multipliers and lexicons of the tension indicators, kept out of the code.

They ship in ``armru/data/tension.json`` and are loaded once, lazily, and
validated: a malformed file raises :class:`~armru.KnowledgeBaseError` naming
the file and the bad entry. Users pass their own file, mapping or
:class:`TensionWeights` (``weights=``) to any analysis function instead of
editing code; :meth:`TensionWeights.model_copy` with ``update=`` tweaks one
entry of the defaults.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Self

from pydantic import Field, ValidationError, field_validator, model_validator

from ..errors import KnowledgeBaseError
from ..models import ActorKind, EventKind, Rank
from ..models._base import ActorId, ArmruModel, NonEmptyStr
from ._vocab import IndicatorName

__all__ = [
    "ClimateThresholds",
    "ContractValue",
    "Cues",
    "EventWeights",
    "SpeakerWeights",
    "TensionWeights",
    "WeightsLike",
    "default_weights",
    "load_weights",
]

Weight = Annotated[float, Field(ge=0.0, allow_inf_nan=False)]
Factor = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
Positive = Annotated[float, Field(gt=0.0, allow_inf_nan=False)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
Lexicon = Annotated[tuple[NonEmptyStr, ...], Field(min_length=1)]

DEFAULT_FILE = "tension.json"


def _require_all(mapping: Mapping[Any, Any], members: type[Any], what: str) -> None:
    missing = [m.value for m in members if m not in mapping]
    if missing:
        raise ValueError(f"{what} has no weight for {', '.join(missing)}")


class SpeakerWeights(ArmruModel):
    """How much a statement counts, by who says it."""

    rank: dict[Rank, Weight]
    """By the speaker's highest rank on the day; every :class:`~armru.Rank` needs one."""
    kind: dict[ActorKind, Weight]
    """By actor kind, for speakers without a role that day (a state, a ministry, a person)."""

    @field_validator("rank")
    @classmethod
    def _every_rank(cls, value: dict[Rank, float]) -> dict[Rank, float]:
        _require_all(value, Rank, "rank")
        return value

    @field_validator("kind")
    @classmethod
    def _every_kind(cls, value: dict[ActorKind, float]) -> dict[ActorKind, float]:
        _require_all(value, ActorKind, "kind")
        return value


class ContractValue(ArmruModel):
    """How a contract's reported value scales its weight: ``1 + log10(1 + usd / reference)``."""

    reference_usd: Positive
    usd_per_unit: dict[Currency, Positive]
    """Approximate US dollars per unit of each currency; others count as "value unknown"."""


class EventWeights(ArmruModel):
    """Weights of events by kind, for the three ways an event can bear on a dyad."""

    conciliatory: dict[EventKind, Weight]
    """Both sides take part: summits, visits, talks... (lowers tension)."""
    conflict: dict[EventKind, Weight]
    """Both sides take part: sanctions, clashes, withdrawals... (raises tension)."""
    alignment: dict[EventKind, Weight]
    """One side and a rival of the other take part, the other does not (raises)."""

    @model_validator(mode="after")
    def _disjoint(self) -> Self:
        both = set(self.conciliatory) & set(self.conflict)
        if both:
            kinds = ", ".join(sorted(k.value for k in both))
            raise ValueError(f"conflict: {kinds} cannot be both conciliatory and conflictual")
        return self


class Cues(ArmruModel):
    """Word lists; a cue matches at the start of a word, case-insensitively."""

    unmet_obligation: Lexicon
    """Marks a critical statement as an accusation of unmet security obligations."""
    grievance: Lexicon
    """Makes a statement critical whatever its coded polarity ("we expected more from
    our allies" is a complaint even when a parser reads it as positive)."""
    conciliatory: Lexicon
    """Marks a non-critical statement as a conciliatory signal."""
    ally: Lexicon
    """Marks a partnership whose wording calls the two allies ("strategic ally")."""


class ClimateThresholds(ArmruModel):
    """Cut points on the undirected tension index that name the climate."""

    cordial_below: Annotated[float, Field(ge=0.0, le=100.0)]
    strained_from: Annotated[float, Field(ge=0.0, le=100.0)]
    hostile_from: Annotated[float, Field(ge=0.0, le=100.0)]
    severe_goldstein_at_most: Annotated[float, Field(ge=-10.0, le=10.0)]
    """A "hostile" climate also needs one severe act: a statement this conflictual,
    a material-conflict act (CAMEO quad class 4), or an event of ``severe_events``."""
    severe_events: tuple[EventKind, ...]
    """Conflict events that are severe acts (wars, offensives, clashes)."""

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if not self.cordial_below <= self.strained_from <= self.hostile_from:
            raise ValueError(
                "thresholds must satisfy cordial_below <= strained_from <= hostile_from"
            )
        return self


class TensionWeights(ArmruModel):
    """Everything the tension indicators and index are weighed with (see the methodology)."""

    about: str = ""
    """Free text: what the file is, where the numbers come from."""
    source: str = "custom"
    """Where the weights were loaded from (set by :func:`load_weights`)."""
    prior_weight: Positive
    """``k`` of the index: pseudo-weight split evenly between raising and lowering."""
    indicator_weights: dict[IndicatorName, Weight]
    speaker_weights: SpeakerWeights
    alliance_target_factor: Factor
    """Share of a statement to or from a shared alliance's organization that counts
    as aimed at (or coming from) the other member of the dyad."""
    rival_alignment_calm_factor: Factor
    """Rival alignment counts at this share when the two are not at odds in the window."""
    arms_cooperation_factor: Factor
    """Share of a contract's weight that a planned, signed or delivered deal between
    the two counts as a conciliatory signal."""
    alignment_tie_weight: Weight
    """Weight of an alliance or partnership between one side and a rival of the other."""
    contract_value: ContractValue
    events: EventWeights
    partnership_events: tuple[EventKind, ...]
    """Events of material cooperation that, with both sides taking part, make them
    partners in practice when no formal tie binds them (as arms deals do)."""
    rivals: dict[ActorId, tuple[ActorId, ...]]
    """For a side, the actors whose cooperation with the other side counts as alignment
    against it (states by ISO code, blocs by id)."""
    established_suppliers: dict[ActorId, tuple[ActorId, ...]]
    """Known main arms suppliers of a buyer, besides those the corpus shows."""
    cues: Cues
    climate: ClimateThresholds

    @field_validator("indicator_weights")
    @classmethod
    def _all_indicators(cls, value: dict[IndicatorName, float]) -> dict[IndicatorName, float]:
        _require_all(value, IndicatorName, "indicator_weights")
        return value

    @field_validator("rivals")
    @classmethod
    def _not_own_rival(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for side, rivals in value.items():
            if side in rivals:
                raise ValueError(f"{side} is listed as its own rival")
        return value

    def weight(self, name: IndicatorName) -> float:
        """The weight of an indicator in the index."""
        return self.indicator_weights[name]

    def rivals_of(self, side: str) -> frozenset[str]:
        """The actors listed as rivals of ``side``."""
        return frozenset(self.rivals.get(side, ()))

    def usd(self, amount: float, currency: str) -> float | None:
        """``amount`` in approximate US dollars; None for an unlisted currency."""
        rate = self.contract_value.usd_per_unit.get(currency)
        return None if rate is None else amount * rate

    def value_factor(self, usd: float | None) -> float:
        """``1 + log10(1 + usd / reference)``; 1 when the value is unknown."""
        if usd is None:
            return 1.0
        return 1.0 + math.log10(1.0 + usd / self.contract_value.reference_usd)


WeightsLike = TensionWeights | Mapping[str, Any] | str | os.PathLike[str] | None
"""What ``weights=`` accepts: weights, a mapping of the file's shape, a JSON file path,
or None for armru's defaults."""


def _error(error: ValidationError, file: str) -> KnowledgeBaseError:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or None
    more = error.error_count() - 1
    message = first["msg"] + (f" (and {more} more problem{'s' * (more > 1)})" if more else "")
    return KnowledgeBaseError(message, file=file, field=field)


def _validate(data: object, file: str) -> TensionWeights:
    if not isinstance(data, Mapping):
        raise KnowledgeBaseError("expected a JSON object at the top level", file=file)
    try:
        weights = TensionWeights.model_validate({**data, "source": file})
    except ValidationError as error:
        raise _error(error, file) from None
    return weights


def _read(path: Path, label: str) -> TensionWeights:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeBaseError(f"cannot read: {error}", file=label) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise KnowledgeBaseError(f"not JSON: {error.msg}", file=label, line=error.lineno) from None
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, [[[[...]]]]
        raise KnowledgeBaseError(f"not usable JSON: {error}", file=label) from None
    return _validate(data, label)


@functools.cache
def default_weights() -> TensionWeights:
    """armru's shipped weights (``armru/data/tension.json``), read once."""
    resource = resources.files("armru") / "data" / DEFAULT_FILE
    with resources.as_file(resource) as path:
        return _read(path, f"armru/data/{DEFAULT_FILE}")


def load_weights(source: WeightsLike = None) -> TensionWeights:
    """Weights from a :class:`TensionWeights`, a mapping, a JSON file, or the defaults.

    >>> load_weights().source
    'armru/data/tension.json'
    >>> load_weights({"prior_weight": -1})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    armru.errors.KnowledgeBaseError: <mapping>: prior_weight: Input should be greater than 0 ...
    """
    if source is None:
        return default_weights()
    if isinstance(source, TensionWeights):
        return source
    if isinstance(source, Mapping):
        return _validate(source, "<mapping>")
    return _read(Path(source), str(source))


@functools.cache
def cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching any cue at the start of a word (spaces match any whitespace)."""
    parts = sorted({re.escape(_fold(cue).strip()).replace(r"\ ", r"\s+") for cue in cues})
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _fold(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").casefold()


def find_cue(cues: tuple[str, ...], *texts: str) -> str | None:
    """The first cue found in ``texts`` (in order), or None."""
    pattern = cue_pattern(cues)
    for text in texts:
        match = pattern.search(_fold(text))
        if match is not None:
            return match.group(0)
    return None
