"""Sphinx configuration for armru's documentation."""

from __future__ import annotations

import armru

project = "armru"
author = "armru developers"
copyright = "2026, armru developers"
release = armru.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
exclude_patterns = ["_build"]
html_theme = "alabaster"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
nitpicky = False
doctest_global_setup = """
import armru
from armru import *
"""
