"""Money as it is reported: an exact decimal amount in a named currency."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field, StringConstraints, field_serializer

from ._base import ArmruModel

__all__ = ["Money"]

CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


class Money(ArmruModel):
    """An amount of money; exact (``Decimal``), never a float, never negative.

    >>> Money(amount=Decimal("400000000"), currency="USD")
    Money(amount=Decimal('400000000'), currency='USD')
    >>> str(Money(amount=Decimal("1.2e9"), currency="RUB"))
    'RUB 1,200,000,000'
    """

    amount: Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]
    """The amount in units of ``currency`` ("$400 million" is 400000000)."""
    currency: CurrencyCode
    """ISO 4217 code: USD, EUR, RUB, AMD, INR..."""

    @field_serializer("amount", when_used="json")
    def _plain_amount(self, amount: Decimal) -> str:
        """JSON carries the amount in plain notation ("400000000", not "4E+8")."""
        return format(amount, "f")

    def __str__(self) -> str:
        amount = self.amount
        text = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,}"
        return f"{self.currency} {text}"
