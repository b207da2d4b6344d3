"""Session checks for the whole test suite (kept at the root: pytest loads it for every test)."""

from __future__ import annotations

from pathlib import Path

import pytest

import armru

PACKAGE = Path(armru.__file__).parent


def stale_extensions() -> list[str]:
    """Compiled modules (mypyc, see setup.py) older than the source they were built from.

    Python imports an extension before a ``.py`` of the same name, so after an
    edit the tests would exercise the old code; this names what to rebuild.
    """
    stale: list[str] = []
    for extension in sorted(PACKAGE.rglob("*.so")):
        source = extension.with_name(extension.name.split(".", 1)[0] + ".py")
        if source.exists() and source.stat().st_mtime > extension.stat().st_mtime:
            stale.append(str(source.relative_to(PACKAGE.parent)))
    return stale


def pytest_sessionstart(session: pytest.Session) -> None:
    stale = stale_extensions()
    if stale:
        pytest.exit(
            "compiled modules are older than their sources: "
            + ", ".join(stale)
            + ". Rebuild them with `.venv/bin/pip install -e '.[dev]'`, or delete them "
            "(`find src -name '*.so' -delete`) to test the Python sources.",
            returncode=2,
        )
