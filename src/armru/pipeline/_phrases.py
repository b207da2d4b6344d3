"""Longest-phrase look-up over token keys, with an early exit on impossible prefixes.

The extractors match phrases ("foreign minister", "contract worth") by
growing a tuple of token keys at each token and looking it up. Without a
prefix set every token costs as many look-ups as the longest phrase has
words; with one, a token that starts no phrase costs a single look-up.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .._text import Token

__all__ = ["longest_phrase", "phrase_prefixes"]

Key = tuple[str, ...]

# id(index) -> (index, its prefixes): the index is kept alive so its id stays unique.
_PREFIXES: dict[int, tuple[Collection[Key], frozenset[Key]]] = {}


def phrase_prefixes(index: Collection[Key]) -> frozenset[Key]:
    """Every non-empty prefix of every phrase in ``index`` (cached per index object)."""
    cached = _PREFIXES.get(id(index))
    if cached is not None and cached[0] is index:
        return cached[1]
    prefixes = frozenset(phrase[:n] for phrase in index for n in range(1, len(phrase) + 1))
    if len(_PREFIXES) > 256:
        _PREFIXES.clear()
    _PREFIXES[id(index)] = (index, prefixes)
    return prefixes


def longest_phrase(
    tokens: Sequence[Token], i: int, index: Collection[Key], limit: int | None = None
) -> int:
    """Length in tokens of the longest phrase of ``index`` starting at token ``i`` (0: none).

    >>> from armru._text import tokenize
    >>> longest_phrase(tokenize("the foreign minister said"), 1,
    ...                {("foreign",), ("foreign", "minister")})
    2
    """
    prefixes = phrase_prefixes(index)
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
