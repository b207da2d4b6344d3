"""The algebra of partial dates: a total order for sorting, interval relations for meaning.

Indicators sort facts by date and ask "was this before that?"; both must
behave like the mathematical relations they are named after, at every mix of
precisions, or trends silently reorder.
"""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from armru import PartialDate, Precision
from armru.strategies import partial_dates

# A narrow range makes equal years and months, where precisions interact, common.
dates = partial_dates(2019, 2021)


# -- total order ----------------------------------------------------------------------------
@given(dates, dates)
def test_order_is_antisymmetric(a: PartialDate, b: PartialDate) -> None:
    if a <= b and b <= a:
        assert a == b
        assert hash(a) == hash(b)


@given(dates, dates, dates)
def test_order_is_transitive(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    if a <= b and b <= c:
        assert a <= c
    if a < b and b < c:
        assert a < c


@given(dates, dates)
def test_order_is_total_and_strict_is_exclusive(a: PartialDate, b: PartialDate) -> None:
    assert (a < b) + (a == b) + (a > b) == 1


@given(dates, dates)
def test_before_implies_less_than(a: PartialDate, b: PartialDate) -> None:
    if a.before(b):
        assert a < b
        assert not b < a


def test_coarser_date_sorts_first_but_is_not_before() -> None:
    year, month = PartialDate(2022), PartialDate(2022, 9)
    assert year < month
    assert not year.before(month)
    assert year.contains(month)


# -- interval relations ---------------------------------------------------------------------
@given(dates)
def test_contains_is_reflexive(a: PartialDate) -> None:
    assert a.contains(a)
    assert a.overlaps(a)


@given(dates, dates, dates)
def test_contains_is_transitive(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    if a.contains(b) and b.contains(c):
        assert a.contains(c)


@given(dates, dates)
def test_contains_implies_overlaps(a: PartialDate, b: PartialDate) -> None:
    if a.contains(b):
        assert a.overlaps(b)
        assert b.overlaps(a)


@given(dates, dates)
def test_overlaps_is_symmetric_and_excludes_before(a: PartialDate, b: PartialDate) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(b) != (a.before(b) or b.before(a))


@given(dates)
def test_before_is_irreflexive(a: PartialDate) -> None:
    assert not a.before(a)


@given(dates, dates)
def test_before_is_asymmetric(a: PartialDate, b: PartialDate) -> None:
    assert not (a.before(b) and b.before(a))


@given(dates, dates, dates)
def test_before_is_transitive(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    if a.before(b) and b.before(c):
        assert a.before(c)


def _edge_dates(year: int) -> list[PartialDate]:
    """A year, its months, and each month's first, middle and last day (all of February)."""
    found: list[PartialDate] = [PartialDate(year)]
    for month in range(1, 13):
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(1)).day
        days = range(1, last + 1) if month == 2 else (1, 2, 15, last - 1, last)
        found += [PartialDate(year, month), *(PartialDate(year, month, d) for d in days)]
    return found


def test_relations_agree_with_the_days_covered() -> None:
    # The relations compare (year, month, day) keys, not days: checked at every month's
    # edges, in a leap year and its neighbours, against the day intervals they mean.
    every = _edge_dates(2023) + _edge_dates(2024) + _edge_dates(2025)
    for a in every:
        for b in every:
            assert a.before(b) == (a.last_day < b.first_day)
            assert a.contains(b) == (a.first_day <= b.first_day and b.last_day <= a.last_day)
            assert a.overlaps(b) == (a.first_day <= b.last_day and b.first_day <= a.last_day)


@given(partial_dates())
def test_first_day_not_after_last_day(a: PartialDate) -> None:
    assert a.first_day <= a.last_day
    assert a.first_day.year == a.last_day.year == a.year
    if a.precision is Precision.DAY:
        assert a.first_day == a.last_day


@given(partial_dates(), st.sampled_from(Precision))
def test_truncate_coarsens_and_contains(a: PartialDate, precision: Precision) -> None:
    coarse = a.truncate(precision)
    assert coarse.precision == min(precision, a.precision)
    assert coarse.contains(a)
    assert coarse <= a
    assert coarse.truncate(precision) == coarse


@given(st.dates(), st.sampled_from(Precision))
def test_a_day_lies_in_each_of_its_truncations(day: dt.date, precision: Precision) -> None:
    partial = PartialDate.from_date(day).truncate(precision)
    assert partial.first_day <= day <= partial.last_day


# -- text, hashing, pickling ----------------------------------------------------------------
@given(partial_dates())
def test_parse_inverts_str(a: PartialDate) -> None:
    assert PartialDate.parse(str(a)) == a
    assert PartialDate.parse(str(a)).precision == a.precision
    assert repr(a) == f"PartialDate({str(a)!r})"


@given(partial_dates())
def test_pickle_keeps_the_date(a: PartialDate) -> None:
    assert pickle.loads(pickle.dumps(a)) == a


def test_immutable() -> None:
    date = PartialDate(2022, 9)
    with pytest.raises(AttributeError):
        date._year = 2023


def test_not_equal_to_its_text() -> None:
    assert PartialDate(2020) != "2020"
    with pytest.raises(TypeError):
        _ = PartialDate(2020) < "2021"


# -- rejection ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2023-02-30", "day 30 does not exist in 2023-02"),
        ("2023-02-29", "day 29 does not exist in 2023-02"),
        ("2023-13", "month 13 is outside 1..12"),
        ("2023-00", "month 0 is outside 1..12"),
        ("2023-04-31", "day 31 does not exist"),
        ("0000", "year 0 is outside 1..9999"),
        ("2023-1-5", "is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("23", "is not YYYY"),
        ("2023/01", "is not YYYY"),
        ("", "is not YYYY"),
        ("\uff12\uff10\uff12\uff13", "is not YYYY"),  # fullwidth digits
        ("\u0662\u0660\u0662\u0663", "is not YYYY"),  # Arabic-Indic digits
    ],
)
def test_impossible_dates_are_rejected(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(text)


def test_leap_day_is_accepted() -> None:
    assert PartialDate.parse("2024-02-29").last_day == dt.date(2024, 2, 29)


def test_day_needs_month() -> None:
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(2023, None, 5)
