"""Longest-phrase look-up over token keys, with an early exit on impossible prefixes.

The extractors match phrases ("foreign minister", "contract worth") by
growing a tuple of token keys at each token and looking it up. A
:class:`PhraseTable` is built once per phrase list (the knowledge base keeps
them), so that a token that starts no phrase costs one set look-up and a
token that does costs one look-up per word of the longest match.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from ._text import Token

__all__ = ["PhraseTable", "phrase_table"]

Key = tuple[str, ...]


class PhraseTable:
    """Phrases as token-key tuples, with their first words and prefixes precomputed."""

    __slots__ = ("firsts", "index", "longest", "prefixes")

    def __init__(self, index: Collection[Key]) -> None:
        self.index = index
        self.firsts = frozenset(phrase[0] for phrase in index if phrase)
        self.prefixes = frozenset(phrase[:n] for phrase in index for n in range(1, len(phrase) + 1))
        self.longest = max((len(phrase) for phrase in index), default=0)

    def __contains__(self, key: object) -> bool:
        return key in self.index

    def match(self, tokens: list[Token], i: int, limit: int | None = None) -> int:
        """Length in tokens of the longest phrase starting at token ``i`` (0: none).

        >>> from armru._text import tokenize
        >>> PhraseTable({("foreign",), ("foreign", "minister")}).match(
        ...     tokenize("the foreign minister said"), 1)
        2
        """
        if i >= len(tokens):
            return 0
        first = tokens[i].key
        if first not in self.firsts:
            return 0
        stop = len(tokens) if limit is None else min(len(tokens), i + limit)
        best = 0
        key: Key = (first,)
        prefixes, index = self.prefixes, self.index
        for j in range(i, stop):
            if j > i:
                key += (tokens[j].key,)
            if key not in prefixes:
                break
            if key in index:
                best = j + 1 - i
        return best

    def find_all(
        self, tokens: list[Token], start: int = 0, stop: int | None = None
    ) -> list[tuple[int, int]]:
        """Token ranges where a phrase occurs, longest match first, not overlapping."""
        end = len(tokens) if stop is None else stop
        firsts = self.firsts
        found: list[tuple[int, int]] = []
        i = start
        while i < end:
            if tokens[i].key not in firsts:
                i += 1
                continue
            n = self.match(tokens, i, end - i)
            if n:
                found.append((i, i + n))
                i += n
            else:
                i += 1
        return found

    def occurs_in(self, keys: frozenset[str]) -> bool:
        """Whether a phrase could occur among tokens with these keys (a cheap pre-check)."""
        return not self.firsts.isdisjoint(keys)


@lru_cache(maxsize=512)
def phrase_table(index: frozenset[Key]) -> PhraseTable:
    """A table for a fixed set of phrases (cached, for module-level phrase sets)."""
    return PhraseTable(index)
