"""Sphinx configuration for armru's documentation."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sphinx.application import Sphinx

import armru

project = "armru"
author = "armru developers"
copyright = "2026, armru developers"
release = armru.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
# No napoleon: armru's docstrings are plain reST, and napoleon reads an
# attribute docstring such as "Stable id: ISO 3166-1 alpha-3 ..." as
# "type: description", silently mangling it.
exclude_patterns = ["_build"]
html_theme = "alabaster"
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
# Directives in api.rst list their members; a default "members" would override those lists.
autodoc_default_options = {"exclude-members": "model_config"}
nitpicky = False
doctest_global_setup = f"""
from decimal import Decimal

import armru
from armru import *

SEED_PATH = {str(Path(__file__).resolve().parent.parent / "seeds" / "000_2bbeb41d2115a0e8.txt")!r}
"""


def _model_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Show a pydantic model's signature as its field names only.

    Pydantic's generated signature spells out every ``Annotated[...]``
    constraint; the fields are documented one by one below the class anyway.
    """
    if what == "class" and inspect.isclass(obj) and issubclass(obj, BaseModel):
        return "(*, " + ", ".join(obj.model_fields) + ")", None
    return None


def setup(app: Sphinx) -> None:
    app.connect("autodoc-process-signature", _model_signature)
