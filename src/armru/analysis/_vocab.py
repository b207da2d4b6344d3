"""The closed vocabularies of the analysis layer (shared by several modules)."""

from __future__ import annotations

import enum

__all__ = [
    "Climate",
    "Direction",
    "FactKind",
    "Frequency",
    "IndicatorName",
    "StatusLabel",
    "TieLevel",
]


class IndicatorName(enum.StrEnum):
    """The tension indicators armru computes; each is defined in the methodology page."""

    PUBLIC_CRITICISM = "public_criticism"
    """Critical statements between the two, weighted by the speaker's rank."""
    UNMET_OBLIGATIONS = "unmet_obligations"
    """Critical statements that accuse the other side of unmet security obligations."""
    ARMS_DELAYS = "arms_delays"
    """Arms contracts between the two that are delayed or cancelled (count and value)."""
    ARMS_DIVERSIFICATION = "arms_diversification"
    """The buyer's arms contracts with suppliers other than its established partner."""
    RIVAL_ALIGNMENT = "rival_alignment"
    """One side cooperating with a rival of the other (statements, events, deals, ties)."""
    CONFLICT_EVENTS = "conflict_events"
    """Conflictual events both take part in: sanctions, clashes, withdrawals..."""
    CONCILIATORY_SIGNALS = "conciliatory_signals"
    """Reaffirmations, calls for dialogue, visits, summits, arms cooperation (lowers)."""
    GOLDSTEIN = "goldstein_mean"
    """Mean Goldstein (1992) weight of the directed statements."""
    CONFLICT_SHARE = "conflict_share"
    """Share of conflictual acts (CAMEO quad classes 3 and 4) among directed statements."""


class Direction(enum.StrEnum):
    """Which way an indicator pushes tension."""

    RAISES = "raises"
    LOWERS = "lowers"
    NEUTRAL = "neutral"
    """Two-way indicators whose raising and lowering parts balance (or have no data)."""


class FactKind(enum.StrEnum):
    """Which list of a :class:`armru.DocumentResult` a fact comes from."""

    STATEMENT = "statement"
    CONTRACT = "contract"
    ALLIANCE = "alliance"
    EVENT = "event"


class TieLevel(enum.StrEnum):
    """How binding the ties between the two are, from shared alliances."""

    ALLIANCE = "alliance"
    """A shared defense pact or security bloc, or a tie with a defense obligation."""
    PARTNERSHIP = "partnership"
    """A strategic partnership, another tie, or an active arms-supply relationship."""
    NONE = "none"
    RIVALRY = "rivalry"
    """No tie, and each is listed among the other's rivals (Armenia and Azerbaijan)."""


class Climate(enum.StrEnum):
    """The current climate of a relationship, from its tension index and acts."""

    CORDIAL = "cordial"
    COOPERATIVE = "cooperative"
    STRAINED = "strained"
    HOSTILE = "hostile"
    UNKNOWN = "unknown"
    """No fact bears on the relationship in the window: no data, not "neutral"."""


class StatusLabel(enum.StrEnum):
    """The relationship label that combines formal ties and climate."""

    ALLY = "ally"
    STRAINED_ALLY = "strained_ally"
    PARTNER = "partner"
    NEUTRAL = "neutral"
    ADVERSARIAL = "adversarial"
    HOSTILE = "hostile"
    UNKNOWN = "unknown"
    """No ties and no facts: nothing to judge by."""


class Frequency(enum.StrEnum):
    """Period length of a tension time series."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
