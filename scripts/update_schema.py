"""Regenerate the committed JSON Schema of a parse result from the models.

The schema in ``docs/schema/`` is what consumers of armru's JSON code
against; committing it makes every change to the output format visible in
review. ``tests/models/test_schema_snapshot.py`` fails when the file and the
models disagree; run this script to bring the file up to date::

    .venv/bin/python scripts/update_schema.py          # rewrite the file
    .venv/bin/python scripts/update_schema.py --check  # exit 1 if it is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from armru.schema import result_json_schema_text

SCHEMA_PATH = (
    Path(__file__).resolve().parent.parent / "docs" / "schema" / "document-result.schema.json"
)


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, compare) the schema file; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only report whether it is stale")
    parser.add_argument("--path", type=Path, default=SCHEMA_PATH, help="the schema file")
    args = parser.parse_args(argv)
    path: Path = args.path
    text = result_json_schema_text()
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if args.check:
        if current != text:
            print(f"{path} is stale; run scripts/update_schema.py", file=sys.stderr)
            return 1
        return 0
    if current != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
