"""Benchmark: parsing throughput and peak memory on corpora of growing size.

Builds corpora of thousands of distinct documents from the project's own
texts (``tests/corpus/**/*.txt``, ``examples/timeline/*.txt``, ``seeds/``):
each document is a source text with its paragraphs shuffled, its publication
date moved and its own id. Documents are generated lazily as ``(id, text)``
pairs and parsed with :func:`armru.parse_corpus`, so the corpus is never held
in memory: peak memory must stay flat as the corpus grows, apart from the
set of ids seen so far (kept to report duplicates, ~200 bytes a document).

Each corpus size runs in a fresh interpreter, so that its peak resident set
(``ru_maxrss``) is its own. For each size the table gives documents per
second (one process, sequential, by default), characters per second, the
same throughput in seed-sized documents (characters per second / length of
the seed document's body) and the peak resident set; with ``--tracemalloc``
a second pass under :mod:`tracemalloc` adds the peak of Python allocations
(slow: tracing costs several times the parse). Usage::

    .venv/bin/python scripts/benchmark.py                      # 1k, 5k, 10k, 20k documents
    .venv/bin/python scripts/benchmark.py --sizes 1000 2000 --json --tracemalloc
    .venv/bin/python scripts/benchmark.py --profile 500        # hot spots, cProfile
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as _dt
import gc
import io
import json
import pstats
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import armru
from armru import DocumentResult, KnowledgeBase, parse_corpus

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_2bbeb41d2115a0e8.txt"
TARGET_SEED_DOCS_PER_SECOND = 1000.0
DEFAULT_SIZES = (1_000, 5_000, 10_000, 20_000)


def source_texts() -> list[tuple[str, str]]:
    """``(name, text)`` of every project document that has a header and a body."""
    paths = sorted(
        [
            *ROOT.glob("tests/corpus/**/*.txt"),
            *ROOT.glob("examples/timeline/*.txt"),
            *ROOT.glob("seeds/*.txt"),
        ]
    )
    texts: list[tuple[str, str]] = []
    for path in paths:
        document = armru.read_file(path)
        texts.append((path.stem, f" date {document.date} {document.title}\n\n{document.body}\n"))
    if not texts:
        raise SystemExit("no project texts found; run from a checkout of armru")
    return texts


def corpus(size: int, texts: Sequence[tuple[str, str]], seed: int = 0) -> Iterator[tuple[str, str]]:
    """``size`` distinct documents, made lazily: shuffled paragraphs, moved dates, new ids."""
    rng = random.Random(seed)
    for index in range(size):
        name, text = texts[index % len(texts)]
        header, _, body = text.partition("\n\n")
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        rng.shuffle(paragraphs)
        day = _dt.date.fromisoformat(header.split()[1]) + _dt.timedelta(days=rng.randint(-60, 60))
        title = header.split(maxsplit=2)[2] if len(header.split()) > 2 else name
        yield f"bench-{index:06d}-{name}", f" date {day} {title}\n\n" + "\n\n".join(paragraphs)


@dataclass(frozen=True)
class Run:
    """One corpus size: throughput, then peak memory."""

    documents: int
    skipped: int
    characters: int
    seconds: float
    docs_per_second: float
    chars_per_second: float
    seed_docs_per_second: float
    tracemalloc_peak_mib: float | None
    max_rss_mib: float


def _max_rss_mib() -> float:
    """Peak resident set of this process and of any worker processes it waited for."""
    scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux kilobytes
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    return peak * scale / 2**20


def _parse_all(size: int, texts: Sequence[tuple[str, str]], workers: int) -> tuple[int, int, int]:
    """Parse a corpus, keeping nothing: (documents parsed, skipped, characters)."""
    parsed = skipped = characters = 0
    for item in parse_corpus(corpus(size, texts), workers=workers):
        if isinstance(item, DocumentResult):
            parsed += 1
            characters += len(item.document.body)
        else:
            skipped += 1
    return parsed, skipped, characters


def measure(
    size: int, texts: Sequence[tuple[str, str]], seed_chars: int, workers: int, trace: bool
) -> Run:
    """Time one corpus size; with ``trace``, run it again under tracemalloc for its peak."""
    gc.collect()
    start = time.perf_counter()
    parsed, skipped, characters = _parse_all(size, texts, workers)
    seconds = time.perf_counter() - start
    max_rss = _max_rss_mib()
    peak: float | None = None
    if trace:
        gc.collect()
        tracemalloc.start()
        _parse_all(size, texts, workers)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return Run(
        documents=parsed,
        skipped=skipped,
        characters=characters,
        seconds=seconds,
        docs_per_second=parsed / seconds,
        chars_per_second=characters / seconds,
        seed_docs_per_second=characters / seconds / seed_chars,
        tracemalloc_peak_mib=peak,
        max_rss_mib=max_rss,
    )


def measure_in_child(size: int, workers: int, trace: bool) -> Run:
    """:func:`measure` in a fresh interpreter, so that the peak resident set is this size's."""
    command = [sys.executable, __file__, "--one", str(size), "--workers", str(workers)]
    if trace:
        command.append("--tracemalloc")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark of {size} documents failed:\n{done.stderr}")
    data = json.loads(done.stdout)
    return Run(**data)


def compiled() -> bool:
    """Whether the parser runs compiled (mypyc, see setup.py) or as Python sources."""
    from armru.pipeline import mentions

    return not mentions.__file__.endswith(".py")


def table(runs: Sequence[Run], seed_chars: int) -> str:
    """The runs as an aligned text table."""
    header = (
        f"{'documents':>10} {'skipped':>7} {'seconds':>8} {'docs/s':>8} {'chars/s':>10} "
        f"{'seed-docs/s':>11} {'max RSS':>9} {'tracemalloc peak':>17}"
    )
    lines = [header, "-" * len(header)]
    for run in runs:
        traced = (
            f"{run.tracemalloc_peak_mib:>13.1f} MiB"
            if run.tracemalloc_peak_mib is not None
            else f"{'-':>17}"
        )
        lines.append(
            f"{run.documents:>10,} {run.skipped:>7} {run.seconds:>8.1f} "
            f"{run.docs_per_second:>8.0f} {run.chars_per_second:>10,.0f} "
            f"{run.seed_docs_per_second:>11.0f} {run.max_rss_mib:>5.0f} MiB {traced}"
        )
    best = max((run.seed_docs_per_second for run in runs), default=0.0)
    verdict = "met" if best >= TARGET_SEED_DOCS_PER_SECOND else "missed"
    lines.append(
        f"seed document: {seed_chars:,} characters of body; target "
        f"{TARGET_SEED_DOCS_PER_SECOND:,.0f} seed-sized documents/s on one core: {verdict}"
    )
    lines.append(f"parser: {'compiled (mypyc)' if compiled() else 'pure Python'}")
    return "\n".join(lines)


def profile(size: int, texts: Sequence[tuple[str, str]], top: int = 25) -> str:
    """cProfile of a sequential run: the functions with the most time of their own."""
    profiler = cProfile.Profile()
    profiler.enable()
    _parse_all(size, texts, workers=1)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print a table (or JSON); the exit status is 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="corpus sizes"
    )
    parser.add_argument("--workers", type=int, default=1, help="processes (default: 1)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace Python allocations (slow)"
    )
    parser.add_argument(
        "--profile", type=int, metavar="N", help="instead, profile a run of N documents"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child's single size
    args = parser.parse_args(argv)
    if args.one is not None or args.profile:
        texts = source_texts()
        KnowledgeBase.default()  # load once, outside the timings
        _parse_all(50, texts, workers=1)  # warm the caches
        if args.profile:
            print(profile(args.profile, texts))
        else:
            seed_chars = len(armru.read_file(SEED).body)
            run = measure(args.one, texts, seed_chars, args.workers, args.tracemalloc)
            print(json.dumps(asdict(run)))
        return 0
    texts = source_texts()
    seed_chars = len(armru.read_file(SEED).body)
    runs: list[Run] = []
    for size in args.sizes:
        runs.append(measure_in_child(size, args.workers, args.tracemalloc))
        if not args.json:
            print(f"  {size:,} documents done", file=sys.stderr)
    if args.json:
        report = {
            "armru": armru.__version__,
            "python": sys.version.split()[0],
            "compiled": compiled(),
            "workers": args.workers,
            "source_texts": len(texts),
            "seed_characters": seed_chars,
            "target_seed_docs_per_second": TARGET_SEED_DOCS_PER_SECOND,
            "runs": [asdict(run) for run in runs],
        }
        print(json.dumps(report, indent=2))
    else:
        print(table(runs, seed_chars))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
