"""Shared set-up of the hardening tests: the ``slow`` marker."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: takes seconds (timing ratios, subprocesses); deselect with -m 'not slow'"
    )
