"""Time expressions, normalised against the publication date (python-dateutil).

"the 2020 war" → 2020; "September 2022" → 2022-09; "13 September 2022" →
2022-09-13; "last month", "on Monday", "yesterday" → resolved from the
document date at the precision the words carry. A date without a year that
would fall after the publication date is taken to be in the previous year.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from .._text import MONTHS
from ..models import PartialDate, Precision

__all__ = ["DateMention", "day_heading", "find_dates", "live_stamp", "live_stamped"]

_WEEKDAYS = {
    "monday": MO,
    "tuesday": TU,
    "wednesday": WE,
    "thursday": TH,
    "friday": FR,
    "saturday": SA,
    "sunday": SU,
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?"
    r"|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_UPCOMING = _dt.timedelta(days=60)
"""A day without a year up to this far after publication is upcoming, not last year's."""
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
}
"""Counts written as words ("two years ago", "a day after")."""

# Each pattern opens with a lookahead of the characters its matches can start with: the
# scan then rejects most positions at once instead of trying every alternative there
# (it halved the time of "relative" and "year"). It never changes what matches.
_AT_DIGIT = r"(?=\d)"
_AT_MONTH = r"(?=[JFMASOND])"
_AT_YEAR = r"(?=[12])"

_TO_DAY = r"\s*[-\u2013\u2014]\s*(?P<last>[0-3]?\d)(?:st|nd|rd|th)?"
"""The closing day of a day range ("18-19 August", "August 18\u201319"): the range is
dated by its first day."""


def _day_month(to_day: str) -> dict[str, re.Pattern[str]]:
    """The patterns of a day and a month name, with ``to_day`` after the day (a range's
    closing day, or nothing)."""
    return {
        "dmy": re.compile(rf"{_AT_DIGIT}\b{_DAY}{to_day}\s+{_MONTH}(?:,)?\s+{_YEAR}\b"),
        "mdy": re.compile(rf"{_AT_MONTH}\b{_MONTH}\s+{_DAY}{to_day},?\s+{_YEAR}\b"),
        "dm": re.compile(rf"{_AT_DIGIT}\b{_DAY}{to_day}\s+{_MONTH}\b"),
        "md": re.compile(
            rf"{_AT_MONTH}\b{_MONTH}\s+{_DAY}{to_day}\b(?!,?\s+(?:19|20)\d\d)"
            r"(?!\s*(?:million|billion|%))"
        ),
    }


_SPANS = _day_month(_TO_DAY)
_DAYS = _day_month("")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy_span", _SPANS["dmy"]),
    ("mdy_span", _SPANS["mdy"]),
    ("dm_span", _SPANS["dm"]),
    ("md_span", _SPANS["md"]),
    ("dmy", _DAYS["dmy"]),
    ("mdy", _DAYS["mdy"]),
    (
        "iso",
        re.compile(rf"{_AT_YEAR}\b(?P<year>(?:19|20)\d{{2}})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ),
    ("my", re.compile(rf"{_AT_MONTH}\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("dm", _DAYS["dm"]),
    ("md", _DAYS["md"]),
    (
        "relative",
        re.compile(
            r"(?=[elntpyrofsa\d])\b(?P<rel>(?:earlier |later )?(?:last|this|next|past) "
            r"(?:year|month|week|spring|summer|autumn|fall|winter)"
            r"|yesterday|today|tonight|recent(?:ly)?"
            r"|this (?:morning|afternoon|evening)|overnight|last night"
            r"|(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) "
            r"(?P<unit>years?|months?|weeks?|days?) ago)\b",
            # ASCII: case-insensitive matching must not let "paſt" or "thİs" in, whose
            # lower case is no key of the resolution tables.
            re.IGNORECASE | re.ASCII,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"(?=[lMTWFS])\b(?P<last>last )?"
            r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    (
        "in_month",
        re.compile(
            r"(?=[iltsubfemoadIOLTSUBFEMAD])\b(?P<prep>[Ii]n|[Ll]ast|[Tt]his|[Ss]ince|[Uu]ntil"
            r"|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?|[Oo]f|[Aa]fter|[Dd]uring)"
            rf"\s+{_MONTH}\b"
            r"(?!\s+[0-3]?\d\b)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"{_AT_YEAR}(?<![\d$€£.,])\b(?P<year>(?:19|20)\d{{2}})\b(?![.,]?\d)"
            r"(?!\s*(?:million|billion|bn|mn|m\b|%))"
        ),
    ),
]


# What each pattern cannot match without, so that a sentence is scanned only by the
# patterns that can match in it (one IGNORECASE test of every sentence for any date
# word cost more than all the patterns together). Each test is a necessary condition
# for its patterns, so skipping a pattern never changes what is found.
_DIGIT, _MONTH_NAME, _WEEKDAY_NAME, _RELATIVE_WORD, _CENTURY = 1, 2, 4, 8, 16
_NEEDS = {
    "dmy_span": _DIGIT | _MONTH_NAME | _CENTURY,
    "mdy_span": _DIGIT | _MONTH_NAME | _CENTURY,
    "dm_span": _DIGIT | _MONTH_NAME,
    "md_span": _DIGIT | _MONTH_NAME,
    "dmy": _DIGIT | _MONTH_NAME | _CENTURY,
    "mdy": _DIGIT | _MONTH_NAME | _CENTURY,
    "iso": _DIGIT | _CENTURY,
    "my": _DIGIT | _MONTH_NAME | _CENTURY,
    "dm": _DIGIT | _MONTH_NAME,
    "md": _DIGIT | _MONTH_NAME,
    "relative": _RELATIVE_WORD,
    "weekday": _WEEKDAY_NAME,
    "in_month": _MONTH_NAME,
    "year": _DIGIT | _CENTURY,
}
_DIGIT_RE = re.compile(r"\d")
_CASELESS_ASCII_RE = re.compile("[\u0130\u0131\u017f\u212a]")
_CASELESS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The only non-ASCII letters an IGNORECASE pattern lets match ASCII ones (İ ı ſ K)."""
_ANY_DATE_RE = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"|\b(?:yesterday|today|tonight|recent|last|this|next|past|ago)\b",
    re.IGNORECASE,
)
"""The test every text once had to pass to be searched. It misses "recently" alone (no
other time word in the text), and :func:`find_dates` keeps that, for identical output."""


_YEARLESS = frozenset({"dm", "md", "dm_span", "md_span"})
_RANGE_JOINERS = frozenset({"-", "\u2013", "\u2014", "to", "until", "till", "and"})


def _has_digit(text: str) -> bool:
    """``_DIGIT_RE.search(text)``, sooner: substring tests run in C and beat the class."""
    if (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    ):
        return True
    if text.isascii():
        return False
    return _DIGIT_RE.search(text) is not None  # another script's digits


def _present(text: str) -> int:
    """Which of the patterns' necessary features ``text`` has, as ``_NEEDS`` bits.

    Written as substring tests (run in C), which cost a third of one regular
    expression search each; this runs for every sentence.
    """
    present = 0
    if _has_digit(text):
        present |= _DIGIT
        if "19" in text or "20" in text:  # a year's first two digits (_YEAR)
            present |= _CENTURY
    if (
        "Jan" in text
        or "Feb" in text
        or "Mar" in text
        or "Apr" in text
        or "May" in text
        or "Jun" in text
        or "Jul" in text
        or "Aug" in text
        or "Sep" in text
        or "Oct" in text
        or "Nov" in text
        or "Dec" in text
    ):  # every spelling _MONTH accepts starts so (case-sensitively, as _MONTH is)
        present |= _MONTH_NAME
    if "day" in text:  # Monday ... Sunday
        present |= _WEEKDAY_NAME
    if not text.isascii() and _CASELESS_ASCII_RE.search(text) is not None:
        text = text.translate(_CASELESS_ASCII)
    lowered = text.lower()
    if (
        "ago" in lowered
        or "last " in lowered
        or "this " in lowered
        or "next " in lowered
        or "past " in lowered
        or "yesterday" in lowered
        or "today" in lowered
        or "tonight" in lowered
        or "overnight" in lowered
        or "recent" in lowered
    ):  # every match of the IGNORECASE "relative" pattern holds one of these
        present |= _RELATIVE_WORD
    return present


@dataclass(frozen=True, slots=True)
class DateMention:
    """A time expression with its offsets and normalised date."""

    start: int
    end: int
    text: str
    date: PartialDate


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _safe(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, match: re.Match[str], today: _dt.date) -> PartialDate | None:
    groups = match.groupdict()
    if kind.endswith("_span"):
        if int(groups["last"]) <= int(groups["day"]):
            return None  # "30-1 May" is no range of days
        kind = kind.removesuffix("_span")
    if kind in ("dmy", "mdy", "iso"):
        return _safe(
            int(groups["year"]),
            _month(groups["month"]) if kind != "iso" else int(groups["month"]),
            int(groups["day"]),
        )
    if kind == "my":
        return _safe(int(groups["year"]), _month(groups["month"]))
    if kind == "year":
        return _safe(int(groups["year"]))
    if kind in ("dm", "md"):
        month, day = _month(groups["month"]), int(groups["day"])
        found = _safe(today.year, month, day)
        if found is not None and found.first_day > today + _UPCOMING:
            found = _safe(today.year - 1, month, day)
        return found
    if kind == "in_month":
        month = _month(groups["month"])
        year = today.year
        if month > today.month or (groups["prep"].lower() == "last" and month >= today.month):
            year -= 1
        return _safe(year, month)
    if kind == "weekday":
        weekday = _WEEKDAYS[groups["weekday"].lower()]
        anchor = today - _dt.timedelta(days=1) if groups["last"] else today
        return PartialDate.from_date(anchor + relativedelta(weekday=weekday(-1)))
    return _relative(groups, today)


_PARTS_OF_TODAY = frozenset({"this morning", "this afternoon", "this evening"})
_FUTURE_RE = re.compile(r"\b(?:will|won't|is to|are to|is due to|are due to|upcoming)\b")
"""A sentence about what is to come: a weekday in it is the coming one."""
_COMING_RE = re.compile(
    r"\b(?:will|won't|shall|is to|are to|is due to|are due to|upcoming|scheduled|invited"
    r"|invites|invitation)\b"
)
"""In the clause before a month or a day without a year, these make it the coming one:
"will visit Paris in March", "invited him to the summit in October"."""
_NOT_COMING = frozenset({"last", "since"})
_PLANNED_RE = re.compile(
    r"\b(?:was|were|had been) (?:due|expected|scheduled|set|supposed|planned) to\b"
)
"""In the clause before a month or a day without a year, these tell a plan made in the
past: "was due to be initialled in November" written in September is this year's
November (a plan that may have failed: not the next occurrence, nor last year's)."""


def _may_come(kind: str, match: re.Match[str]) -> bool:
    """A day without a year, or a month but for "last October", "since October"."""
    if kind == "in_month":
        return match.group("prep").lower() not in _NOT_COMING
    return kind in _YEARLESS


def _coming(text: str, start: int, marker: re.Pattern[str] = _COMING_RE) -> bool:
    """Whether a future marker opens the clause that ends at ``start``."""
    clause = max(text.rfind(mark, 0, start) for mark in (",", ";", ":", ".")) + 1
    return marker.search(text, clause, start) is not None


def _ahead(date: PartialDate, today: _dt.date) -> PartialDate:
    """The next occurrence of a month or day without a year: from the month of ``today``
    for a month, from ``today`` for a day."""
    month, day = date.month or 1, date.day
    passed = (month, day) < (today.month, today.day) if day else month < today.month
    return _safe(today.year + passed, month, day) or date


def _relative(groups: dict[str, str | None], today: _dt.date) -> PartialDate | None:
    rel = (groups["rel"] or "").lower()
    if groups.get("unit"):
        count = NUMBER_WORDS.get((groups["n"] or "").lower()) or int(groups["n"] or 1)
        unit = (groups["unit"] or "").rstrip("s")
        if unit == "year":
            return PartialDate((today - relativedelta(years=count)).year)
        if unit == "month":
            day = today - relativedelta(months=count)
            return PartialDate(day.year, day.month)
        delta = relativedelta(weeks=count) if unit == "week" else relativedelta(days=count)
        return PartialDate.from_date(today - delta)
    if rel in ("today", "tonight", "overnight") or rel in _PARTS_OF_TODAY:
        return PartialDate.from_date(today)
    if rel in ("yesterday", "last night"):
        return PartialDate.from_date(today - relativedelta(days=1))
    if rel.startswith("recent"):
        return PartialDate(today.year, today.month)
    words = rel.split()
    which, unit = words[-2], words[-1]
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return PartialDate(today.year + step)
    if unit == "month":
        day = today + relativedelta(months=step)
        return PartialDate(day.year, day.month)
    if unit == "week":
        return PartialDate.from_date(today + relativedelta(weeks=step)).truncate(Precision.MONTH)
    return PartialDate(today.year + (step if step < 0 else 0))


def find_dates(text: str, today: _dt.date, offset: int = 0) -> list[DateMention]:
    """Time expressions in ``text``, longest first where they overlap, in text order.

    >>> [str(d.date) for d in find_dates("the September 2022 offensive and last month",
    ...                                   _dt.date(2023, 12, 28))]
    ['2022-09', '2023-11']
    """
    present = _present(text)
    if not present:
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    yearless: set[int] = set()
    for kind, pattern in _PATTERNS:
        needs = _NEEDS[kind]
        if present & needs != needs:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            date = _resolve(kind, match, today)
            if date is None:
                continue
            if (
                kind == "weekday"
                and not match.group("last")
                and _FUTURE_RE.search(text, 0, start) is not None
            ):
                # "will not attend Thursday's summit": the coming Thursday.
                ahead = date.first_day
                if ahead < today:
                    date = PartialDate.from_date(ahead + _dt.timedelta(days=7))
            elif _may_come(kind, match) and _coming(text, start):
                # "will visit in March", "invited him to the summit in October".
                date = _ahead(date, today)
            elif _may_come(kind, match) and _coming(text, start, _PLANNED_RE):
                # "was due to be signed in November": this year's, even if ahead.
                date = _safe(today.year, date.month, date.day) or date
            taken.append((start, end))
            found.append(DateMention(start + offset, end + offset, match.group(), date))
            if kind in _YEARLESS:
                yearless.add(start + offset)
    # "recently" is the one match the old whole-text test did not let through alone.
    if (
        found
        and all(mention.text.lower() == "recently" for mention in found)
        and _ANY_DATE_RE.search(text) is None
    ):
        return []
    found.sort(key=lambda mention: mention.start)
    if yearless:
        found = _range_years(text, found, yearless, offset)
    if len(found) > 1:
        found = _month_of_year(text, found, offset, yearless)
        found = _that_year(text, found, offset, yearless)
    return found


_WRITTEN_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
_THAT_YEAR_RE = re.compile(r"\s(?:of\s)?(?:that|the\ssame)\syear\b", re.IGNORECASE)
"""One space between words, as text is written: a run of spaces must not backtrack."""


def _that_year(
    text: str, found: list[DateMention], offset: int, yearless: set[int]
) -> list[DateMention]:
    """ "in July 2019, after protests erupted on 20 June that year": a month or day
    without a year followed by "that year" or "the same year" is in the year of the date
    before it."""
    merged: list[DateMention] = []
    for mention in found:
        told = _THAT_YEAR_RE.match(text, mention.end - offset)
        earlier = [m for m in merged if _WRITTEN_YEAR_RE.search(m.text)]
        if (
            told is not None
            and earlier
            and mention.date.month is not None
            and (mention.start in yearless or not _WRITTEN_YEAR_RE.search(mention.text))
        ):
            date = _safe(earlier[-1].date.year, mention.date.month, mention.date.day)
            if date is not None:
                end = told.end() + offset
                mention = DateMention(
                    mention.start, end, text[mention.start - offset : told.end()], date
                )
        merged.append(mention)
    return merged


_YEAR_WORDS = frozenset({"last year", "this year", "next year", "the previous year"})


def _month_of_year(
    text: str, found: list[DateMention], offset: int, yearless: set[int]
) -> list[DateMention]:
    """ "In February last year", "on 19-20 September last year": the month or day of the
    year the relative phrase names."""
    merged: list[DateMention] = []
    for mention in found:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and (previous.date.precision is Precision.MONTH or previous.start in yearless)
            and mention.text.lower() in _YEAR_WORDS
            and text[previous.end - offset : mention.start - offset].strip() in ("", "of")
            and mention.date.month is None
        ):
            date = _safe(mention.date.year, previous.date.month, previous.date.day)
            if date is not None:
                merged[-1] = DateMention(
                    previous.start,
                    mention.end,
                    text[previous.start - offset : mention.end - offset],
                    date,
                )
                continue
        merged.append(mention)
    return merged


def _range_years(
    text: str, found: list[DateMention], yearless: set[int], offset: int
) -> list[DateMention]:
    """A day without a year that opens a range takes the year that closes it: "27
    September - 10 November 2020", "from 12 to 14 May 2021" ... are in 2020 and 2021."""
    for k, mention in enumerate(found[:-1]):
        after = found[k + 1]
        if mention.start not in yearless or after.start in yearless:
            continue
        between = text[mention.end - offset : after.start - offset].strip().lower()
        if between not in _RANGE_JOINERS:
            continue
        first = mention.date
        year = after.date.year
        if (
            first.month is not None
            and after.date.month is not None
            and first.month > after.date.month
        ):
            year -= 1
        moved = _safe(year, first.month, first.day)
        if moved is not None:
            found[k] = DateMention(mention.start, mention.end, mention.text, moved)
    return found


# -- live blogs -------------------------------------------------------------------------
_LIVE_STAMP_RE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?: ?[A-Z]{2,4})?|(?:[Ee]arly |[Ll]ate )?(?:[Mm]orning|[Aa]fternoon"
    r"|[Ee]vening|[Mm]idday|[Nn]oon|[Nn]ight))(?= [-\u2013\u2014] )"
)
"""A live blog's entry stamp: "23:10 - ", "18:32 ET - ", "Afternoon - "."""
_WEEKDAY_RE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def day_heading(text: str, published: _dt.date) -> _dt.date | None:
    """The day a live blog's heading opens ("Wednesday, 18 June"), or None."""
    found = [f for f in find_dates(text, published) if not _WEEKDAY_RE.fullmatch(f.text)]
    if len(found) != 1 or found[0].date.precision is not Precision.DAY:
        return None
    rest = _WEEKDAY_RE.sub("", text.replace(found[0].text, "")).strip(" ,.-")
    day = found[0].date.first_day
    return day if not rest and day <= published else None


def live_stamped(text: str) -> bool:
    """Whether a sentence opens with a live-blog time stamp ("10:30 - ")."""
    return _LIVE_STAMP_RE.match(text) is not None


def live_stamp(text: str, day: _dt.date, offset: int) -> list[DateMention]:
    """An undated live-blog entry happens on the blog's day: its stamp is its date."""
    stamp = _LIVE_STAMP_RE.match(text)
    if stamp is None:
        return []
    return [DateMention(offset, offset + stamp.end(), stamp.group(), PartialDate.from_date(day))]
