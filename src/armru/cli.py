"""The ``armru`` command line: parse news, then judge a relationship from it.

Each subcommand is a thin layer over the library: ``parse`` over
:func:`armru.parse_corpus` and :mod:`armru.export`, ``status`` and
``tension`` over :mod:`armru.analysis` (and :mod:`armru.plot`),
``evaluate`` over :func:`armru.evaluate`, ``schema`` over
:mod:`armru.schema`. Errors are reported as one line
(``armru: error: ...``, exit status 1); ``--debug`` shows the traceback.
Usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from . import __version__
from .errors import ArmruError, UnknownActorError
from .models import Actor, DocumentResult, PartialDate, SkippedDocument

__all__ = ["build_parser", "main"]

_FORMATS = ("json", "jsonl", "csv", "parquet")
_SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}
STDIN_ID = "stdin"
"""Document id of a document read from standard input (``-``)."""

_MAIN_EXAMPLES = """\
examples:
  armru parse seeds/                        every document as JSON
  armru parse news/ -o facts.csv            one row per fact, for a spreadsheet
  armru status Russia Armenia news/         how the two stand, and why
  armru tension RUS ARM news/ --by quarter --plot tension.png
  armru evaluate tests/corpus/seed seeds/   precision and recall against gold files
  armru schema -o result.schema.json        the JSON Schema of parse results

Run 'armru COMMAND --help' for the options of each command.
"""

_PARSE_EXAMPLES = """\
examples:
  armru parse seeds/                      a JSON array of results, pretty-printed
  armru parse news/ --format jsonl        one compact result per line (streams)
  armru parse news/ -o facts.csv          CSV, one row per fact (format from the suffix)
  armru parse news/ -o facts.parquet      Parquet (needs pip install 'armru[parquet]')
  cat article.txt | armru parse -         one document from standard input, id "stdin"
  armru parse big-corpus/ --workers 4 --format jsonl -o out.jsonl

Folders are searched recursively for *.txt files, in sorted order. A file
that cannot be read or parsed is skipped and reported on standard error;
the exit status is then 1 (the other documents are still written).
"""

_ACTORS_HELP = """\
Actors may be given by name, alias or ISO code: "Russia", "RUS", "Moscow",
"the Kremlin", "Armenia", "ARM", "Nikol Pashinyan". By default officials,
ministries and forces count for their state; --exact counts only the two
actors themselves.
"""

_STATUS_EXAMPLES = f"""\
examples:
  armru status Russia Armenia seeds/
  armru status RUS ARM news/ --as-of 2023-12 --window 365
  armru status "the Kremlin" Yerevan news/ --json > status.json

{_ACTORS_HELP}"""

_TENSION_EXAMPLES = f"""\
examples:
  armru tension Russia Armenia seeds/               the index over all dates
  armru tension RUS ARM news/ --by quarter          one value per quarter
  armru tension RUS ARM news/ --by month --plot tension.png
  armru tension RUS ARM news/ --plot tension.svg --json > series.json

--plot draws the series (by month unless --by says otherwise) to a .png,
.svg or .pdf file; it needs matplotlib (pip install 'armru[plot]').

{_ACTORS_HELP}"""

_EVALUATE_EXAMPLES = """\
examples:
  armru evaluate tests/corpus/seed seeds/
  armru evaluate tests/corpus/dev tests/corpus/dev --brief
  armru evaluate gold/ news/ --json

A gold file belongs to the document whose file name is its "file" or whose
id is its "id"; documents without a gold file are parsed but not scored.
"""

_SCHEMA_EXAMPLES = """\
examples:
  armru schema                         print the schema
  armru schema -o result.schema.json   write it to a file
"""


# -- output ------------------------------------------------------------------------------


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a UTF-8 file with ``\\n`` line ends."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with Path(path).open("w", encoding="utf-8", newline="") as stream:
        yield stream


def _write_text(path: str | None, text: str) -> None:
    with _output(path) as out:
        out.write(text if text.endswith("\n") else text + "\n")


class _Progress:
    """A ``\\r`` progress bar on standard error, only on a terminal and for several documents."""

    def __init__(self, total: int, what: str = "parsing") -> None:
        self.total = total
        self.what = what
        self.enabled = sys.stderr.isatty() and total > 1
        self.drawn_at = 0.0
        self.visible = False

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.drawn_at < 0.1:
            return
        width = 30
        filled = width * done // self.total
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\rarmru: {self.what} [{bar}] {done}/{self.total}")
        sys.stderr.flush()
        self.drawn_at = now
        self.visible = True

    def clear(self) -> None:
        if self.visible:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.visible = False


# -- reading a corpus --------------------------------------------------------------------


Source = Path | tuple[str, str]


def _sources(paths: Sequence[str]) -> tuple[list[Source], list[SkippedDocument]]:
    """Expand folders; read ``-`` from standard input once."""
    from .pipeline.read import iter_paths

    sources: list[Source] = []
    skipped: list[SkippedDocument] = []
    stdin_read = False
    for path in paths:
        if path != "-":
            sources.extend(iter_paths([path]))
            continue
        if stdin_read:
            skipped.append(
                SkippedDocument(
                    source="-", reason="standard input was already read", location="<stdin>"
                )
            )
            continue
        stdin_read = True
        raw = sys.stdin.buffer.read()
        try:
            sources.append((STDIN_ID, raw.decode("utf-8")))
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            skipped.append(
                SkippedDocument(
                    source="-",
                    reason=f"not UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}",
                    location=f"<stdin>:{line}",
                )
            )
    return sources, skipped


def _parse(
    paths: Sequence[str], workers: int, skipped: list[SkippedDocument]
) -> Iterator[DocumentResult]:
    """Parse ``paths`` in order, with a progress counter; skips go to ``skipped``."""
    from .pipeline.parse import parse_corpus

    sources, early = _sources(paths)
    skipped.extend(early)
    progress = _Progress(len(sources))
    try:
        for done, item in enumerate(parse_corpus(sources, workers=workers), start=1):
            progress.clear()
            if isinstance(item, SkippedDocument):
                skipped.append(item)
            else:
                yield item
            progress.update(done)
    finally:
        progress.clear()


def _report_skipped(skipped: list[SkippedDocument], parsed: int) -> int:
    """Print the skipped documents on standard error; the exit status they call for."""
    if not skipped:
        return 0
    total = parsed + len(skipped)
    noun = "document" if total == 1 else "documents"
    print(f"armru: skipped {len(skipped)} of {total} {noun}:", file=sys.stderr)
    for item in skipped:
        print(f"  {item.location or item.source}: {item.reason}", file=sys.stderr)
    return 1


# -- parse -------------------------------------------------------------------------------


def _format(args: argparse.Namespace) -> str:
    if args.format is not None:
        return str(args.format)
    if args.output not in (None, "-"):
        return _SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), "json")
    return "json"


def _cmd_parse(args: argparse.Namespace) -> int:
    from . import export

    fmt = _format(args)
    skipped: list[SkippedDocument] = []
    parsed = 0
    if fmt == "parquet":
        if args.output in (None, "-"):
            raise _UsageError("--format parquet writes a file; give it with -o FILE.parquet")
        export.require_parquet()
        kept = list(_parse(args.paths, args.workers, skipped))
        parsed = len(kept)
        export.to_parquet(kept, args.output)
        return _report_skipped(skipped, parsed)
    results = _parse(args.paths, args.workers, skipped)
    with _output(args.output) as out:
        if fmt == "csv":
            writer = export.CsvWriter(out)
            for result in results:
                parsed += 1
                writer.write(export.iter_rows(result))
        elif fmt == "jsonl":
            for result in results:
                parsed += 1
                out.write(result.model_dump_json() + "\n")
        else:
            out.write("[")
            for result in results:
                text = result.model_dump_json(indent=2).replace("\n", "\n  ")
                out.write(("\n  " if parsed == 0 else ",\n  ") + text)
                parsed += 1
            out.write("\n]\n" if parsed else "]\n")
    return _report_skipped(skipped, parsed)


# -- status and tension ------------------------------------------------------------------


def _day(text: str) -> str:
    try:
        PartialDate.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None
    return text


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _dyad(args: argparse.Namespace) -> tuple[Actor, Actor]:
    from .knowledge import KnowledgeBase

    kb = KnowledgeBase.default()
    actors = []
    for place, text in (("A", args.a), ("B", args.b)):
        try:
            actors.append(kb.resolve(text))
        except UnknownActorError as error:
            raise _UsageError(
                f"{place}: {error.message} (give a name, alias or ISO code: "
                '"Russia", "RUS", "the Kremlin")'
            ) from None
    a, b = actors
    if a.id == b.id:
        raise _UsageError(f"{args.a!r} and {args.b!r} are the same actor: {a.name} ({a.id})")
    return a, b


def _load(args: argparse.Namespace) -> tuple[list[DocumentResult], list[SkippedDocument]]:
    skipped: list[SkippedDocument] = []
    results = list(_parse(args.paths, args.workers, skipped))
    return results, skipped


def _heading(a: Actor, b: Actor, results: list[DocumentResult]) -> str:
    count = len(results)
    return f"{a.name} ({a.id}) and {b.name} ({b.id}), from {count} document{'s' * (count != 1)}"


def _analysis_options(args: argparse.Namespace) -> dict[str, Any]:
    """Options shared by status and tension: the knowledge base's alliances as background
    ties (a reader knows Russia and Armenia share the CSTO without every article saying
    so), unless --no-background."""
    from .analysis import known_alliances

    return {
        "by_state": not args.exact,
        "known_alliances": () if args.no_background else known_alliances(),
    }


def _cmd_status(args: argparse.Namespace) -> int:
    from .analysis import relationship_status

    a, b = _dyad(args)
    results, skipped = _load(args)
    status = relationship_status(
        results, a.id, b.id, as_of=args.as_of, window=args.window, **_analysis_options(args)
    )
    if args.json:
        _write_text(args.output, status.to_json(indent=2))
    else:
        _write_text(args.output, f"{_heading(a, b, results)}\n\n{status.explain(args.top)}")
    return _report_skipped(skipped, len(results))


def _cmd_tension(args: argparse.Namespace) -> int:
    from .analysis import tension_index, tension_series

    a, b = _dyad(args)
    by = args.by or ("month" if args.plot else None)
    if args.plot is not None:
        from .plot import PLOT_SUFFIXES, require_matplotlib

        if Path(args.plot).suffix.lower() not in PLOT_SUFFIXES:
            raise _UsageError(
                f"--plot: cannot tell the image format from {args.plot!r}; "
                f"use a name ending in {', '.join(PLOT_SUFFIXES)}"
            )
        require_matplotlib()
    results, skipped = _load(args)
    options = _analysis_options(args)
    if by is None:
        index = tension_index(results, a.id, b.id, as_of=args.as_of, window=args.window, **options)
        text = index.to_json(indent=2) if args.json else index.explain(args.top)
    else:
        series = tension_series(
            results, a.id, b.id, frequency=by, start=args.start, end=args.end, **options
        )
        text = series.to_json(indent=2) if args.json else series.explain(args.top)
        if args.plot is not None:
            from .plot import plot_tension

            plot_tension(series, args.plot, names={a.id: a.name, b.id: b.name})
            print(f"armru: wrote {args.plot}", file=sys.stderr)
    if not args.json:
        text = f"{_heading(a, b, results)}\n\n{text}"
    _write_text(args.output, text)
    return _report_skipped(skipped, len(results))


# -- evaluate and schema -----------------------------------------------------------------


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate

    report = evaluate(args.gold_dir, args.paths)
    if args.json:
        data = {"summary": report.summary(), **report.model_dump(mode="json")}
        _write_text(args.output, json.dumps(data, indent=2, ensure_ascii=False))
    else:
        matched = len(report.documents)
        head = f"{matched} document{'s' * (matched != 1)} scored against {args.gold_dir}"
        _write_text(args.output, f"{head}\n\n{report.render(details=not args.brief)}")
    return 1 if report.skipped else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import result_json_schema_text

    _write_text(args.output, result_json_schema_text())
    return 0


# -- the parser --------------------------------------------------------------------------


class _UsageError(ArmruError):
    """A combination of options that cannot work; exit status 2."""


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``armru`` command (exposed for documentation)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the full traceback when something fails",
    )
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    corpus = argparse.ArgumentParser(add_help=False)
    corpus.add_argument(
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="parse with N processes (default 1)",
    )

    parser = argparse.ArgumentParser(
        prog="armru",
        description=(
            "Turn news on Armenia–Russia relations into typed, evidence-backed facts,\n"
            "and judge a relationship from them."
        ),
        epilog=_MAIN_EXAMPLES,
        formatter_class=_HelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"armru {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str,
        summary: str,
        epilog: str,
        handler: Callable[..., int],
        parents: Sequence[argparse.ArgumentParser],
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog=epilog,
            formatter_class=_HelpFormatter,
            parents=[common, *parents],
        )
        sub.set_defaults(handler=handler, parser=sub)
        return sub

    parse = command(
        "parse",
        "extract the facts of documents and print them",
        _PARSE_EXAMPLES,
        _cmd_parse,
        [output, corpus],
    )
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a document file, a folder (searched recursively) or - for standard input",
    )
    parse.add_argument(
        "-f",
        "--format",
        choices=_FORMATS,
        default=None,
        help="json: an indented array (the default); jsonl: one result per "
        "line; csv: one row per fact; parquet: as csv, to -o FILE "
        "(default: from the -o suffix, else json)",
    )

    def analysis(
        name: str, summary: str, epilog: str, handler: Callable[..., int]
    ) -> argparse.ArgumentParser:
        sub = command(name, summary, epilog, handler, [output, corpus])
        sub.add_argument("a", metavar="A", help="the first actor (name, alias or ISO code)")
        sub.add_argument("b", metavar="B", help="the second actor")
        sub.add_argument(
            "paths",
            nargs="+",
            metavar="PATH",
            help="documents or folders to judge from (- for standard input)",
        )
        sub.add_argument(
            "--json", action="store_true", help="print the full result as JSON for machines"
        )
        sub.add_argument(
            "--top",
            type=_positive,
            default=5,
            metavar="N",
            help="how many top facts to show with their evidence (default 5)",
        )
        sub.add_argument(
            "--exact",
            action="store_true",
            help="count only A and B themselves, not their officials and bodies",
        )
        sub.add_argument(
            "--no-background",
            action="store_true",
            help="use only alliances the documents report, not the knowledge base's",
        )
        return sub

    status = analysis(
        "status",
        "how two actors stand: formal ties, climate, label and why",
        _STATUS_EXAMPLES,
        _cmd_status,
    )
    tension = analysis(
        "tension",
        "the tension index of two actors, once or over time",
        _TENSION_EXAMPLES,
        _cmd_tension,
    )
    for sub in (status, tension):
        sub.add_argument(
            "--as-of",
            type=_day,
            metavar="DATE",
            help="judge as of this date (YYYY, YYYY-MM or YYYY-MM-DD; default: the latest fact)",
        )
        sub.add_argument(
            "--window",
            type=_positive,
            metavar="DAYS",
            help="count only facts from the DAYS days up to --as-of (default: all)",
        )
    tension.add_argument(
        "--by",
        choices=("month", "quarter", "year"),
        help="a series: the index for each month, quarter or year",
    )
    tension.add_argument(
        "--start",
        type=_day,
        metavar="DATE",
        help="first period of the series (default: the earliest fact)",
    )
    tension.add_argument(
        "--end",
        type=_day,
        metavar="DATE",
        help="last period of the series (default: the latest fact)",
    )
    tension.add_argument(
        "--plot",
        metavar="FILE",
        help="draw the series to FILE.png, .svg or .pdf (needs matplotlib)",
    )

    evaluate = command(
        "evaluate",
        "score extraction against hand-annotated gold files",
        _EVALUATE_EXAMPLES,
        _cmd_evaluate,
        [output],
    )
    evaluate.add_argument(
        "gold_dir", metavar="GOLD_DIR", help="a folder of gold .json files (or one file)"
    )
    evaluate.add_argument("paths", nargs="+", metavar="PATH", help="the documents to score")
    evaluate.add_argument(
        "--json", action="store_true", help="print the scores and every miss and extra as JSON"
    )
    evaluate.add_argument(
        "--brief", action="store_true", help="only the table, without the misses and extras"
    )

    command(
        "schema", "print the JSON Schema of a parse result", _SCHEMA_EXAMPLES, _cmd_schema, [output]
    )
    return parser


def _check(args: argparse.Namespace) -> None:
    parser: argparse.ArgumentParser = args.parser
    if args.command == "tension":
        if args.by is None and args.plot is None and (args.start or args.end):
            parser.error("--start and --end apply to a series; add --by month|quarter|year")
        if (args.by is not None or args.plot is not None) and (args.as_of or args.window):
            parser.error(
                "--as-of and --window apply to a single index; for a series use --start and --end"
            )


def _utf8_stdout() -> None:
    """Machine output (a pipe, a file) is UTF-8 whatever the locale; a terminal never crashes."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper):
        return
    if stream.encoding.lower().replace("-", "").replace("_", "") == "utf8":
        return
    if stream.isatty():
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``armru`` console script; returns the exit status."""
    _utf8_stdout()
    parser = build_parser()
    args = parser.parse_args(argv)
    _check(args)
    debug = bool(getattr(args, "debug", False))
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except _UsageError as error:
        if debug:
            raise
        print(f"armru {args.command}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if debug:
            raise
        print("armru: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (armru parse ... | head): stop quietly.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1
    except (ArmruError, OSError) as error:
        if debug:
            raise
        print(f"armru: error: {_one_line(error)}", file=sys.stderr)
        return 1
    except Exception as error:
        if debug:
            raise
        print(
            f"armru: internal error: {type(error).__name__}: {_one_line(error)} "
            "(run again with --debug for the traceback, and please report it)",
            file=sys.stderr,
        )
        return 1


def _one_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename is not None and error.strerror:
        return f"{error.filename}: {error.strerror}"
    return " ".join(str(error).split())
