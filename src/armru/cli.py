"""The ``armru`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .models import SkippedDocument
from .pipeline.read import iter_corpus


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``armru`` console script."""
    parser = argparse.ArgumentParser(prog="armru", description=__doc__)
    parser.add_argument("--version", action="version", version=f"armru {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="read documents and print them as JSON")
    parse.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    failed = 0
    for item in iter_corpus(args.paths):
        if isinstance(item, SkippedDocument):
            failed += 1
            print(f"skipped {item.location}: {item.reason}", file=sys.stderr)
        else:
            print(item.model_dump_json())
    return 1 if failed else 0
