"""Partial dates: "2020", "September 2022" and "28 December 2023" are different facts.

News text dates events at the precision the writer knew. Rounding "September
2022" to 2022-09-01 would invent a day; a :class:`PartialDate` keeps the
precision and reasons with the interval of days it covers.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
import functools
import re
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

__all__ = ["PartialDate", "Precision"]

PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_ISO_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)  # ASCII: no fullwidth digits


class Precision(enum.IntEnum):
    """How much of a date is known; larger is finer."""

    YEAR = 1
    MONTH = 2
    DAY = 3


# Members as module constants: ``Precision.DAY`` goes through EnumType.__getattr__.
_YEAR, _MONTH, _DAY = Precision.YEAR, Precision.MONTH, Precision.DAY


@functools.total_ordering
class PartialDate:
    """A calendar date known to year, month or day precision.

    Ordering is total and lexicographic with the unknown parts first, so
    ``2022 < 2022-09 < 2022-09-01``; :meth:`before` is the stricter "wholly
    earlier" relation on the intervals the dates cover.

    >>> PartialDate.parse("2022-09")
    PartialDate('2022-09')
    >>> PartialDate.parse("2022-09").contains(PartialDate(2022, 9, 13))
    True
    >>> PartialDate(2020).before(PartialDate(2022, 9))
    True
    """

    __slots__ = ("_day", "_month", "_year")
    _year: int
    _month: int | None
    _day: int | None

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        if not 1 <= year <= 9999:
            raise ValueError(f"year {year} is outside 1..9999")
        if month is None and day is not None:
            raise ValueError("a day needs a month")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month {month} is outside 1..12")
        if day is not None:
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"day {day} does not exist in {year:04d}-{month:02d}")
        object.__setattr__(self, "_year", year)
        object.__setattr__(self, "_month", month)
        object.__setattr__(self, "_day", day)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("PartialDate is immutable")

    # -- construction -----------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        match = _ISO_RE.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """A day-precision date."""
        return cls(value.year, value.month, value.day)

    # -- accessors --------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int | None:
        return self._month

    @property
    def day(self) -> int | None:
        return self._day

    @property
    def precision(self) -> Precision:
        if self._day is not None:
            return _DAY
        if self._month is not None:
            return _MONTH
        return _YEAR

    @property
    def first_day(self) -> _dt.date:
        """The earliest day this date may denote."""
        return _dt.date(self._year, self._month or 1, self._day or 1)

    @property
    def last_day(self) -> _dt.date:
        """The latest day this date may denote."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return _dt.date(self.year, month, day)

    def truncate(self, precision: Precision) -> PartialDate:
        """The same date known only to ``precision`` (never finer than it is)."""
        if precision >= self.precision:
            return self
        if precision is Precision.YEAR:
            return PartialDate(self.year)
        return PartialDate(self.year, self.month)

    # -- interval relations -----------------------------------------------------------
    # The relations compare (year, month, day) tuples rather than dates: a missing
    # month is 1 or 12 and a missing day 1 or 31. Using 31 for every month's last day
    # changes no answer (a real day of the same month is never after the 31st, nor
    # after its month's last day), and no date is built (the knowledge base asks
    # whether memberships and offices hold on a day a hundred thousand times a corpus).
    def _first(self) -> tuple[int, int, int]:
        return (self._year, self._month or 1, self._day or 1)

    def _last(self) -> tuple[int, int, int]:
        return (self._year, self._month or 12, self._day or 31)

    def contains(self, other: PartialDate) -> bool:
        """True when every day ``other`` may denote lies within this date."""
        return self._first() <= other._first() and other._last() <= self._last()

    def overlaps(self, other: PartialDate) -> bool:
        """True when the two dates may denote a common day."""
        return self._first() <= other._last() and other._first() <= self._last()

    def before(self, other: PartialDate) -> bool:
        """True when this date ends strictly before ``other`` begins."""
        return (self._year, self._month or 12, self._day or 31) < (
            other._year,
            other._month or 1,
            other._day or 1,
        )

    # -- value semantics --------------------------------------------------------------
    def _key(self) -> tuple[int, int, int]:
        return (self._year, self._month or 0, self._day or 0)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (PartialDate, (self.year, self.month, self.day))

    # -- pydantic integration ---------------------------------------------------------
    @classmethod
    def _coerce(cls, value: object) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, _dt.datetime):
            return cls.from_date(value.date())
        if isinstance(value, _dt.date):
            return cls.from_date(value)
        if isinstance(value, str):
            return cls.parse(value)
        raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {type(value).__name__}")

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._coerce,
            serialization=core_schema.plain_serializer_function_ser_schema(str, when_used="always"),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": PARTIAL_DATE_PATTERN,
            "description": "A date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD.",
            "examples": ["2020", "2022-09", "2023-12-28"],
        }
