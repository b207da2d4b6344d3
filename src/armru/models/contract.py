"""Defense contracts: who buys what arms from whom, for how much, and how it stands."""

from __future__ import annotations

import enum
from typing import Self

from pydantic import model_validator

from ._base import ActorId, ArmruModel, NonEmptyStr
from .dates import PartialDate
from .evidence import Evidence
from .money import Money

__all__ = ["ContractStatus", "DefenseContract"]


class ContractStatus(enum.StrEnum):
    """Where a deal stands, as the wording of the report tells it."""

    PLANNED = "planned"
    SIGNED = "signed"
    DELAYED = "delayed"
    """Late or "paid for but not delivered"."""
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class DefenseContract(ArmruModel):
    """An arms or defense deal between a buyer and a supplier (cf. SIPRI transfers)."""

    buyer: ActorId
    supplier: ActorId
    items: tuple[NonEmptyStr, ...] = ()
    """What is bought ("Pinaka rocket launchers", "weapons"); empty when unnamed."""
    value: Money | None = None
    """Reported value; None when not reported."""
    status: ContractStatus = ContractStatus.UNKNOWN
    date: PartialDate | None = None
    """When the reported status was reached (signed, delivered...), if told."""
    evidence: Evidence

    @model_validator(mode="after")
    def _buyer_is_not_supplier(self) -> Self:
        if self.buyer == self.supplier:
            raise ValueError(f"supplier: must differ from buyer {self.buyer!r}")
        return self
