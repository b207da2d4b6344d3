"""Time expressions in the shapes news writes them, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from armru.pipeline.temporal import find_dates

TODAY = dt.date(2022, 6, 30)


def dates(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.date)) for m in find_dates(text, TODAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In April, the two ministers spoke again.", [("In April", "2022-04")]),
        ("Since March the border has been quiet.", [("Since March", "2022-03")]),
        ("They met at the end of May in Sochi.", [("of May", "2022-05")]),
        ("Talks resumed after February, officials said.", [("after February", "2022-02")]),
        ("Troops stayed there during January.", [("during January", "2022-01")]),
    ],
)
def test_a_month_after_a_preposition_is_a_date_even_opening_a_sentence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


def test_may_alone_stays_a_modal_verb() -> None:
    assert dates("May the talks succeed, the envoy wrote.") == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The fighting of 3 March - 9 April 2019 left the villages empty.", "2019-03-03"),
        ("The talks ran from 28 December to 4 January 2021 in Geneva.", "2020-12-28"),
        ("The drills lasted from 2 to 9 May 2020, and from 11 May to 20 May 2020.", "2020-05-09"),
        ("The hostilities of 12 July \u2013 16 July 2020 shook Tavush.", "2020-07-12"),
    ],
)
def test_a_day_opening_a_range_takes_the_year_that_closes_it(text: str, first: str) -> None:
    assert dates(text)[0][1] == first


def test_a_day_alone_still_resolves_against_the_publication_date() -> None:
    assert dates("On 3 March the envoy left; in 2019 he had arrived.") == [
        ("3 March", "2022-03-03"),
        ("2019", "2019"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two leaders spoke by phone this evening.", [("this evening", "2022-06-30")]),
        ("This morning the ministry summoned the envoy.", [("This morning", "2022-06-30")]),
        ("Shelling resumed overnight near Jermuk.", [("overnight", "2022-06-30")]),
        ("Protesters blocked the avenue last night.", [("last night", "2022-06-29")]),
    ],
)
def test_parts_of_the_day_are_the_publication_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They signed it in February last year.", [("in February last year", "2021-02")]),
        ("It was agreed in March of this year.", [("in March of this year", "2022-03")]),
        ("In May, and last year too.", [("In May", "2022-05"), ("last year", "2021")]),
    ],
)
def test_a_month_of_last_or_this_year_takes_that_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


def test_a_weekday_after_a_future_marker_is_the_coming_one() -> None:
    # TODAY is Thursday 30 June 2022.
    assert dates("He will not attend Monday's summit in Minsk.") == [("Monday", "2022-07-04")]
    assert dates("The talks are due to open on Friday.") == [("Friday", "2022-07-01")]
    # A future marker after the weekday says nothing about it.
    assert dates("He said on Monday that he will go.") == [("Monday", "2022-06-27")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met in Vienna on 4-5 May.", [("4-5 May", "2022-05-04")]),
        ("The envoys met in Vienna on 4\u20135 May 2019.", [("4\u20135 May 2019", "2019-05-04")]),
        ("The envoys met in Vienna on May 4-5, 2019.", [("May 4-5, 2019", "2019-05-04")]),
        ("The envoys met in Vienna on May 4-5.", [("May 4-5", "2022-05-04")]),
    ],
)
def test_a_range_of_days_is_dated_by_its_first_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


def test_a_day_range_needs_rising_days_and_a_month() -> None:
    # "30-1 May" is no range: the single day is read as before.
    assert dates("The ministers met on 30-1 May.") == [("1 May", "2022-05-01")]
    assert dates("The vote ended 84-30 in the chamber.") == []


def test_a_day_of_last_year_takes_that_year() -> None:
    assert dates("The border was closed on 2-3 March last year.") == [
        ("2-3 March last year", "2021-03-02")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TODAY is 30 June 2022.
        ("The minister will visit Baku in October.", [("in October", "2022-10")]),
        ("The minister will visit Baku in March.", [("in March", "2023-03")]),
        ("He invited his counterpart to the forum in September.", [("in September", "2022-09")]),
        ("The summit is scheduled to open on 4 February.", [("4 February", "2023-02-04")]),
    ],
)
def test_a_month_or_day_after_a_future_marker_is_the_coming_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same months without a future marker, or with one outside their clause.
        ("The minister visited Baku in October.", [("in October", "2021-10")]),
        ("The minister visited Baku in March.", [("in March", "2022-03")]),
        ("He will go again, as agreed in October.", [("in October", "2021-10")]),
        ("He will not go back, he said last October.", [("last October", "2021-10")]),
        ("Nothing will change since October.", [("since October", "2021-10")]),
    ],
)
def test_a_month_in_a_past_clause_stays_the_last_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TODAY is 30 June 2022: a plan told in the past is this year's, ahead or not.
        ("The charter was due to be signed at the summit in October.", [("in October", "2022-10")]),
        ("The talks were expected to resume in late September.", [("late September", "2022-09")]),
        ("The deal was supposed to take effect on 1 March.", [("1 March", "2022-03-01")]),
        ("The ministers discussed the treaty in October.", [("in October", "2021-10")]),
    ],
)
def test_a_month_after_a_past_plan_is_this_years(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ban came in July 2019, after protests on 20 June that year.", "2019-06-20"),
        ("War broke out in 2008, and in August the same year Moscow acted.", "2008-08"),
        ("The treaty was signed in 1997; in May of that year talks began.", "1997-05"),
    ],
)
def test_that_year_is_the_year_of_the_date_before(text: str, expected: str) -> None:
    dates = find_dates(text, dt.date(2023, 5, 20))
    assert str(dates[-1].date) == expected
