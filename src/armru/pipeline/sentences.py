"""Stage 2: cut a body into paragraphs, headings and sentences.

A short line standing alone as a paragraph, with no closing punctuation, is
a section heading; headings are kept (they are text) but not numbered, so
sentence numbers count body sentences only, as annotators count them.
A full stop ends a sentence unless it closes an abbreviation ("Gen.",
"Dec."), an initial ("J."), or a dotted acronym ("U.S.") that is not followed
by a word that usually opens a sentence.

A "sentence" longer than 1,000 characters (no sentence of real news is; a
run-on list or scraped boilerplate is) is cut at the last space before the
limit, so that the work per sentence, and the sentence text every piece of
evidence carries, stay bounded: parsing time stays linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._text import MONTHS

__all__ = ["Sentence", "split_sentences"]

_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")
# A match starts only at the start of a run of marks and never gives back what it took:
# retrying inside a run of "!!!!..." or "...." made the scan quadratic. It opens with the
# mark itself (the check that no mark precedes it comes after), so that the scan skips
# from mark to mark in C instead of trying the pattern at every character (8x faster).
_BOUNDARY_RE = re.compile(
    r"[.!?](?<![.!?][.!?])[.!?]*+[\"”’')\]]*+(?=\s++[\"“‘'(\[]?[A-Z0-9À-ÖØ-ÞА-Я]|\n)"
)
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_NEXT_WORD_RE = re.compile(r"(?<!\s)\s++[\"“‘'(\[]?([A-Za-z]+)")  # linear in a search too

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "mt",
        "ft",
        "no",
        "nos",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "approx",
        "est",
        "dept",
        "pres",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "fig",
        "art",
        "para",
        "sec",
        "min",
        "max",
        "cf",
        "al",
    ]
)
_SENTENCE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "but",
        "and",
        "in",
        "on",
        "at",
        "this",
        "that",
        "these",
        "those",
        "meanwhile",
        "however",
        "its",
        "his",
        "her",
        "their",
        "there",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "since",
        "for",
        "so",
        "yet",
        "also",
        "then",
        "moscow",
        "yerevan",
        "baku",
    ]
)
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARS = 120
_MAX_SENTENCE_CHARS = 1000
_QUESTION_HEADING_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or heading) of a body, with its offsets."""

    number: int
    """1-based number among body sentences; 0 for a heading."""
    start: int
    end: int
    text: str
    paragraph: int

    @property
    def is_heading(self) -> bool:
        return self.number == 0


_INTERVIEW_TURN = re.compile(r"(?:Q|Question)\s*[:.]\s")


def _is_heading(text: str) -> bool:
    if "\n" in text or len(text) > _HEADING_MAX_CHARS or _INTERVIEW_TURN.match(text):
        return False  # "Q: And India?" is the interviewer's turn, not a section's title
    if text[-1] == "?" and len(text.split()) <= _QUESTION_HEADING_MAX_WORDS:
        # An interview's question line ("How far can Baku go?") heads its answer.
        return True
    if text[-1] in '.!?"”’:;,':
        return False
    return len(text.split()) <= _HEADING_MAX_WORDS


def _word_before(paragraph: str, dot: int) -> str | None:
    """The word a full stop at ``dot`` closes ("Gen", "U.S"), or None.

    Walks back over the letters and dots before ``dot`` only; searching the
    paragraph from its start for every full stop was quadratic.
    """
    begin = dot
    while begin > 0 and paragraph[begin - 1] in _WORD_CHARS:
        begin -= 1
    while begin < dot and paragraph[begin] == ".":
        begin += 1
    return paragraph[begin:dot] if begin < dot else None


def _is_boundary(paragraph: str, match: re.Match[str]) -> bool:
    mark = match.group()
    if mark[0] != "." or len(mark.rstrip("\"”’')]")) > 1:
        return True
    word = _word_before(paragraph, match.start())
    if word is None:
        return True
    lowered = word.lower()
    if lowered in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False
    if "." in word and word.replace(".", "").isupper():
        following = _NEXT_WORD_RE.match(paragraph, match.end())
        return following is not None and following.group(1).lower() in _SENTENCE_OPENERS
    return True


_DATELINE_MAX_CHARS = 60
_DATELINE_MAX_WORDS = 8


def _is_dateline(text: str) -> bool:
    """An agency dateline ending in a full stop: "Baku, 17 April, Report.".

    A place of at most three capitalised words, a comma, then a date (a digit
    or a month name) and perhaps an agency's name, with no lower-case word: it
    is not a sentence of its own but the opening of the first one, as
    annotators count sentences.
    """
    if len(text) > _DATELINE_MAX_CHARS or not text.endswith("."):
        return False
    words = text.split()
    place, comma, rest = text.partition(",")
    if not comma or len(words) > _DATELINE_MAX_WORDS:
        return False
    if not place or len(place.split()) > 3 or not all(w[:1].isupper() for w in place.split()):
        return False
    tokens = rest.replace(",", " ").replace(".", " ").split()
    if any(t.isalpha() and t.islower() for t in tokens):
        return False  # "In Yerevan, 12 people rallied." is a sentence
    return any(t[:1].isdigit() or t.lower() in MONTHS for t in tokens)


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in _PARAGRAPH_BREAK_RE.finditer(body):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(body)))
    return spans


def _chunks(text: str) -> list[tuple[int, str]]:
    """``text`` cut into pieces of at most ``_MAX_SENTENCE_CHARS``, at spaces when it can be."""
    chunks: list[tuple[int, str]] = []
    pos = 0
    while len(text) - pos > _MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", pos + 1, pos + _MAX_SENTENCE_CHARS + 1)
        if cut < 0:
            cut = pos + _MAX_SENTENCE_CHARS
        chunks.append((pos, text[pos:cut].rstrip()))
        pos = cut
        while text[pos].isspace():
            pos += 1
    chunks.append((pos, text[pos:]))
    return chunks


def split_sentences(body: str) -> list[Sentence]:
    """Headings and sentences of ``body`` in order, with offsets into it.

    >>> [s.number for s in split_sentences("Heading\\n\\nGen. Smith met U.S. envoys. They spoke.")]
    [0, 1, 2]
    """
    sentences: list[Sentence] = []
    number = 0
    for paragraph_index, (p_start, p_end) in enumerate(_paragraph_spans(body)):
        raw = body[p_start:p_end]
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        if _is_heading(stripped):
            start = p_start + lead
            sentences.append(Sentence(0, start, start + len(stripped), stripped, paragraph_index))
            continue
        cut = 0
        pieces: list[tuple[int, int]] = []
        for match in _BOUNDARY_RE.finditer(raw):
            if _is_boundary(raw, match):
                pieces.append((cut, match.end()))
                cut = match.end()
        pieces.append((cut, len(raw)))
        if len(pieces) > 1 and _is_dateline(raw[pieces[0][0] : pieces[0][1]].strip()):
            # "MOSCOW, OCTOBER 8, ARMENPRESS. The ...": the dateline opens the sentence.
            pieces[0:2] = [(pieces[0][0], pieces[1][1])]
        for s_start, s_end in pieces:
            piece = raw[s_start:s_end]
            text = piece.strip()
            if not text:
                continue
            start = p_start + s_start + (len(piece) - len(piece.lstrip()))
            for offset, chunk in _chunks(text):
                number += 1
                begin = start + offset
                sentences.append(
                    Sentence(number, begin, begin + len(chunk), chunk, paragraph_index)
                )
    return sentences
