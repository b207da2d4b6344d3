"""armru's errors say where the problem is, and survive the trip between processes."""

from __future__ import annotations

import inspect
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import armru
from armru import errors

ERROR_CLASSES = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, Exception) and cls.__module__ == errors.__name__
]


def test_the_hierarchy_is_complete() -> None:
    assert set(errors.__all__) == {cls.__name__ for cls in ERROR_CLASSES}
    assert len(ERROR_CLASSES) >= 7
    assert armru.ArmruError is errors.ArmruError


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_every_error_is_an_armru_error(cls: type[errors.ArmruError]) -> None:
    assert issubclass(cls, errors.ArmruError)
    assert issubclass(cls, Exception)
    assert cls.__doc__, "each error says when it is raised"


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_str_names_the_location(cls: type[errors.ArmruError]) -> None:
    error = cls("no date line", file=Path("seeds/a.txt"), line=3, field="header")
    assert str(error) == "seeds/a.txt:3: header: no date line"
    assert error.location == "seeds/a.txt:3: header"
    assert error.args == (str(error),)
    with pytest.raises(errors.ArmruError, match=r"seeds/a\.txt:3: header: no date line"):
        raise error


@pytest.mark.parametrize(
    ("where", "text"),
    [
        ({}, "boom"),
        ({"file": "a.txt"}, "a.txt: boom"),
        ({"file": "a.txt", "offset": 17}, "a.txt@17: boom"),
        ({"file": "a.txt", "line": 2, "offset": 17}, "a.txt:2: boom"),
        ({"line": 4}, "line 4: boom"),
        ({"offset": 9}, "offset 9: boom"),
        ({"field": "actors[2].id"}, "actors[2].id: boom"),
        ({"line": 4, "field": "date"}, "line 4: date: boom"),
    ],
)
def test_str_formats_partial_locations(where: dict[str, object], text: str) -> None:
    assert str(errors.ArmruError("boom", **where)) == text  # type: ignore[arg-type]


locations = st.fixed_dictionaries(
    {},
    optional={
        "file": st.text(max_size=20),
        "line": st.integers(1, 10**6),
        "offset": st.integers(0, 10**6),
        "field": st.text(max_size=20),
    },
)


# Pickling is for one purpose: carrying our own errors back from corpus worker
# processes (multiprocessing pickles exceptions). Nothing is unpickled from disk.
@given(st.sampled_from(ERROR_CLASSES), st.text(max_size=40), locations)
def test_pickling_keeps_the_location(
    cls: type[errors.ArmruError], message: str, where: dict[str, object]
) -> None:
    error = cls(message, **where)  # type: ignore[arg-type]
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is cls
    assert (again.message, again.file, again.line, again.offset, again.field) == (
        error.message,
        error.file,
        error.line,
        error.offset,
        error.field,
    )
    assert str(again) == str(error)
    assert again.args == error.args
