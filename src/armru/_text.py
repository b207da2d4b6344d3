"""Tokenisation shared by the knowledge base (to index aliases) and the pipeline.

Both sides must cut text the same way, so that the alias "Quai d'Orsay" and
the words "the Quai d’Orsay" in an article meet as the same token keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Token", "fold", "token_keys", "tokenize"]

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # dotted acronyms: U.S., U.N.
    r"|\d+(?:[.,]\d+)*"  # numbers with separators
    r"|[^\W\d_]+"  # words (letters of any script)
    r"|['’]s\b"  # possessive
    r"|\S",  # any other single character
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-"})


class Token(NamedTuple):
    """A token: its text, character offsets, and folded key for look-ups."""

    text: str
    start: int
    end: int
    key: str


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip diacritics, unify apostrophes and dashes; dots of acronyms dropped."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():
        text = "".join(
            char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
        )
    text = text.lower()
    if len(text) > 2 and text.endswith(".") and "." in text[:-1]:
        text = text.replace(".", "")
    return text


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Cut ``text`` into tokens with offsets (shifted by ``offset``)."""
    return [
        Token(m.group(), m.start() + offset, m.end() + offset, fold(m.group()))
        for m in _TOKEN_RE.finditer(text)
    ]


def token_keys(text: str) -> tuple[str, ...]:
    """The folded token keys of a phrase, as used to index aliases."""
    return tuple(token.key for token in tokenize(text))
