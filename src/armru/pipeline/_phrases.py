"""Longest-phrase look-up over token keys, with an early exit on impossible prefixes.

The extractors match phrases ("foreign minister", "contract worth") by
growing a tuple of token keys at each token and looking it up. Without a
prefix set every token costs as many look-ups as the longest phrase has
words; with one, a token that starts no phrase costs a single look-up.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .._text import Token

__all__ = ["first_words", "longest_phrase", "phrase_prefixes"]

Key = tuple[str, ...]

# id(index) -> (index, first words, prefixes): the index is kept alive so its id stays unique.
_TABLES: dict[int, tuple[Collection[Key], frozenset[str], frozenset[Key]]] = {}


def _table(index: Collection[Key]) -> tuple[Collection[Key], frozenset[str], frozenset[Key]]:
    cached = _TABLES.get(id(index))
    if cached is not None and cached[0] is index:
        return cached
    prefixes = frozenset(phrase[:n] for phrase in index for n in range(1, len(phrase) + 1))
    firsts = frozenset(phrase[0] for phrase in index if phrase)
    if len(_TABLES) > 256:
        _TABLES.clear()
    table = _TABLES[id(index)] = (index, firsts, prefixes)
    return table


def phrase_prefixes(index: Collection[Key]) -> frozenset[Key]:
    """Every non-empty prefix of every phrase in ``index`` (cached per index object)."""
    return _table(index)[2]


def first_words(index: Collection[Key]) -> frozenset[str]:
    """The first word of every phrase in ``index``: a token not among them starts none."""
    return _table(index)[1]


def longest_phrase(
    tokens: Sequence[Token], i: int, index: Collection[Key], limit: int | None = None
) -> int:
    """Length in tokens of the longest phrase of ``index`` starting at token ``i`` (0: none).

    >>> from armru._text import tokenize
    >>> longest_phrase(tokenize("the foreign minister said"), 1,
    ...                {("foreign",), ("foreign", "minister")})
    2
    """
    _, firsts, prefixes = _table(index)
    if i >= len(tokens) or tokens[i].key not in firsts:
        return 0
    stop = len(tokens) if limit is None else min(len(tokens), i + limit)
    best = 0
    key: Key = ()
    for j in range(i, stop):
        key = (*key, tokens[j].key)
        if key not in prefixes:
            break
        if key in index:
            best = j + 1 - i
    return best
