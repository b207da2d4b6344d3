"""Linear time: a document ten times larger takes about ten times longer, never a hundred.

Each adversarial shape is parsed at a base size and at ten times that size,
and the test asserts the ratio of the two CPU times (not an absolute time,
which would depend on the machine). A linear parser gives about 10; a
quadratic one (a backtracking regex, a scan of every known fact per new
fact) gives about 100. The bound is 25: room for noise, none for n².

CPU time of this process (``time.process_time``) with the garbage collector
paused is measured, so that other jobs on the machine and Python's own
collection schedule do not blur the ratio.

Regressions these shapes caught, each fixed in the source:

* runs of blanks inside a line: the reader's trailing-space regex (quadratic);
* runs of ``.``, ``!``, ``?`` and initials ``A. B. C.``: the sentence splitter
  retried inside runs and searched each paragraph from its start;
* one 100,000-word sentence, thousands of names or statements in a row:
  every per-sentence extractor was quadratic in sentence length (sentences
  are now cut at 1,000 characters);
* thousands of dated events: every new event was compared with all known ones.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import importlib
import itertools
import math
import re
import sys
import time
from collections.abc import Callable
from types import ModuleType

import pytest
from _hardening_texts import HEADER, project_sentences

import armru
from armru import ArmruError, KnowledgeBase, parse_text

pytestmark = pytest.mark.slow

MAX_RATIO = 25.0


def _cpu_seconds(run: Callable[[], object], repeat: int, collect: bool = True) -> float:
    best = math.inf
    for _ in range(repeat):
        if collect:
            gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def _parse(text: str) -> None:
    # A rejected document must be rejected in linear time too.
    with contextlib.suppress(ArmruError):
        parse_text(text, kb=KnowledgeBase.default())


def _ratio(make: Callable[[int], str], n: int) -> float:
    small, large = make(n), make(10 * n)
    # The best of three small runs: the first also warms the caches (knowledge base, keys).
    small_time = _cpu_seconds(lambda: _parse(small), 3)
    return _cpu_seconds(lambda: _parse(large), 1) / small_time


def _words(count: int) -> str:
    """``count`` words of real sentences, without the marks that end a sentence."""
    words = itertools.cycle(re.sub(r"[.!?]", "", " ".join(project_sentences())).split())
    return " ".join(itertools.islice(words, count))


def _dated_events(count: int) -> str:
    first = _dt.date(1995, 1, 1)
    return " ".join(
        f"The war on {(first + _dt.timedelta(days=i)).strftime('%d %B %Y')} involved Armenia."
        for i in range(count)
    )


# name -> (body of size n, base n); the shapes first, then the ones that bit.
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "run of capitals": (lambda n: "Russia said " + "ABCDEFGHIJ" * n + " today.", 2_000),
    "capitalised words": (lambda n: "Moscow " + "Russian Foreign Minister " * n + "said.", 300),
    "run of quotes": (lambda n: "Lavrov said " + '"' * n + " it.", 5_000),
    "quoted statements": (lambda n: 'Lavrov said "war." ' * n, 100),
    "run of dots": (lambda n: "Russia" + "." * n + " Armenia.", 5_000),
    "runs of ! and ?": (lambda n: "Russia" + "!?" * n + "a", 5_000),
    "initials": (lambda n: "U.S. A. Gen. " * n, 300),
    "nested parentheses": (lambda n: "Russia " + "(" * n + "Armenia" + ")" * n + ".", 2_000),
    "one sentence of 100,000 words": (lambda n: _words(n) + ".", 10_000),
    "names in a row": (lambda n: "Lavrov, Pashinian, Putin, Mirzoyan, " * n + "said it.", 200),
    "statements in a row": (
        lambda n: "Lavrov criticized Armenia, Pashinian warned Russia, " * n,
        100,
    ),
    "dates in a row": (lambda n: "On 13 September 2022 " * n + "war.", 300),
    "blanks inside a line": (lambda n: "Russia" + " \t" * n + "Armenia.", 20_000),
    "dated events": (_dated_events, 100),
    "paragraphs and headings": (
        lambda n: "\n\n".join(f"Heading {i}\n\nLavrov criticized Armenia." for i in range(n)),
        100,
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_ten_times_the_text_takes_about_ten_times_the_time(shape: str) -> None:
    make, n = SHAPES[shape]
    ratio = _ratio(lambda size: HEADER + make(size), n)
    assert ratio < MAX_RATIO, f"{shape}: 10x the text took {ratio:.1f}x the time"


def test_a_header_with_a_long_run_of_blanks_is_rejected_in_linear_time() -> None:
    # The header regex backtracked quadratically on "date" + blanks + something odd.
    ratio = _ratio(lambda n: " date" + " " * n + "\u3000x\n\nbody", 20_000)
    assert ratio < MAX_RATIO


# -- every regular expression of the package, on its own -------------------------------

ADVERSARIAL_UNITS = [
    " ", "\t ", ".", "!?", "A", "Aa ", "A. ", "U.S. ", '"', "“”", "'s ", "(", ")", "1", "1,",
    "1.", "-", "May ", "13 ", "2022 ", "$1 ", "date ", "\n", "\n \n", "a\n", "Gen. ",
]  # fmt: skip


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern of every armru module: module globals, and in their tables."""
    for name in ("armru.cli", "armru.export"):  # modules the parser does not import itself
        importlib.import_module(name)

    modules: list[ModuleType] = [
        module
        for name, module in sorted(sys.modules.items())
        if name == "armru" or name.startswith("armru.")
    ]
    found: dict[int, tuple[str, re.Pattern[str]]] = {}

    def visit(where: str, value: object, depth: int) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found.setdefault(id(value), (where, value))
        elif depth and isinstance(value, list | tuple | dict):
            items = value.values() if isinstance(value, dict) else value
            for index, item in enumerate(items):
                visit(f"{where}[{index}]", item, depth - 1)

    for module in modules:
        for attr, value in vars(module).items():
            visit(f"{module.__name__}.{attr}", value, 2)
    return sorted(found.values(), key=lambda item: item[0])


def test_the_package_has_patterns_to_audit() -> None:
    assert armru.__version__
    names = [name for name, _ in _patterns()]
    assert any(name.endswith("_BOUNDARY_RE") for name in names)
    assert any(name.startswith("armru.pipeline.temporal._PATTERNS[") for name in names)
    assert len(names) >= 20


@pytest.mark.parametrize("unit", ADVERSARIAL_UNITS, ids=repr)
def test_no_pattern_backtracks_catastrophically(unit: str) -> None:
    slow: list[str] = []
    for name, pattern in _patterns():

        def scan(size: int, pattern: re.Pattern[str] = pattern) -> None:
            for _ in pattern.finditer(unit * size):
                pass

        large_time = _cpu_seconds(lambda: scan(3_000), 1, collect=False)
        if large_time < 0.005:
            continue  # far too fast to be quadratic at this size
        ratio = large_time / _cpu_seconds(lambda: scan(300), 3, collect=False)
        if ratio >= MAX_RATIO:
            slow.append(f"{name} ({ratio:.0f}x)")
    assert not slow, f"superlinear on runs of {unit!r}: {', '.join(slow)}"
