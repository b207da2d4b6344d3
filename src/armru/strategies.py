"""Hypothesis strategies that generate valid armru objects, for property-based tests.

Code that consumes armru output (indicators, exporters, plots) should hold for
*every* valid parse result, not only for the few a parser happens to produce
from the seed documents. These strategies generate such objects: each one
passes the models' validation by construction, and :func:`document_results`
builds whole results whose references and evidence spans are consistent, the
invariant that is hardest to satisfy by hand.

The module needs Hypothesis (``pip install 'armru[strategies]'``); the rest
of armru does not. Sizes are kept small so that tests using these stay fast.

>>> from hypothesis import given
>>> from armru.strategies import document_results
>>> @given(document_results())
... def test_mentioned_actors_are_known(result):
...     known = {actor.id for actor in result.actors}
...     assert set(result.mentioned_actor_ids) <= known
>>> test_mentioned_actors_are_known()
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import re
import string
from decimal import Decimal
from importlib import resources
from typing import TypeVar

try:
    from hypothesis import strategies as st
    from hypothesis.strategies import DrawFn, SearchStrategy
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "armru.strategies needs Hypothesis: pip install 'armru[strategies]'"
    ) from error

from .models import (
    Actor,
    ActorKind,
    Alliance,
    AllianceKind,
    ContractStatus,
    DefenseContract,
    Document,
    DocumentResult,
    Event,
    EventKind,
    Evidence,
    Mention,
    MentionForm,
    Money,
    Obligation,
    PartialDate,
    Polarity,
    Precision,
    Rank,
    Role,
    SkippedDocument,
    Statement,
)

__all__ = [
    "actor_ids",
    "actors",
    "alliances",
    "bodies",
    "cameo_codes",
    "country_codes",
    "currency_codes",
    "defense_contracts",
    "document_results",
    "documents",
    "events",
    "evidence",
    "mentions",
    "money",
    "partial_dates",
    "roles",
    "sentence_spans",
    "skipped_documents",
    "statements",
]

_T = TypeVar("_T")
_MAX_ACTORS = 4
_MAX_FACTS = 3

# Real names first, so that shrunk examples read like the domain; random ones
# find the edge cases (lower case, dots, digits) the real ones never show.
_KNOWN_STATES = ("ARM", "RUS", "AZE", "TUR", "IRN", "USA", "FRA", "IND", "GEO", "UKR")
_KNOWN_SLUGS = ("csto", "eaeu", "nato", "tass", "pashinyan-nikol", "lavrov-sergey", "mfa.rus")
_ID_CHARS = string.ascii_letters + string.digits
_TITLES = ("President", "Prime Minister", "Foreign Minister", "Ambassador", "Spokesperson")
_VERBS = ("say", "criticize", "accuse", "praise", "deny", "warn", "according to", "reaffirm")
_WORDS = (
    "Russia",
    "Armenia",
    "Azerbaijan",
    "CSTO",
    "the",
    "minister",
    "said",
    "criticized",
    "ally",
    "weapons",
    "$400",
    "million",
    "Yerevan",
    "Moscow",
    "Russia\u2019s",  # the typographic apostrophe of the seed texts
    "Հայաստան",
    "Россия",
)
_SENTENCE_RE = re.compile(r"[^\s.!?][^.!?\n]*[.!?]*")


def _load_goldstein() -> tuple[tuple[str, float], ...]:
    path = resources.files("armru").joinpath("data/goldstein.tsv")
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return tuple((row["CAMEOEVENTCODE"], float(row["GOLDSTEINSCALE"])) for row in rows)


_GOLDSTEIN = _load_goldstein()


# -- value types ----------------------------------------------------------------------------
@functools.cache
def partial_dates(min_year: int = 1, max_year: int = 9999) -> SearchStrategy[PartialDate]:
    """Partial dates at every precision, drawn from real calendar days.

    Drawing a real day and then truncating it means impossible dates
    (2023-02-30) never appear, and leap days do.
    """
    days = st.dates(_dt.date(min_year, 1, 1), _dt.date(max_year, 12, 31))
    return st.builds(
        lambda day, precision: PartialDate.from_date(day).truncate(precision),
        days,
        st.sampled_from(Precision),
    )


@functools.cache
def country_codes() -> SearchStrategy[str]:
    """ISO 3166-1 alpha-3 shaped codes: the region's states, then any three capitals."""
    return st.sampled_from(_KNOWN_STATES) | st.text(string.ascii_uppercase, min_size=3, max_size=3)


@functools.cache
def currency_codes() -> SearchStrategy[str]:
    """ISO 4217 shaped codes: the currencies arms deals are reported in, then any."""
    known = st.sampled_from(("USD", "EUR", "RUB", "AMD", "INR"))
    return known | st.text(string.ascii_uppercase, min_size=3, max_size=3)


@functools.cache
def money() -> SearchStrategy[Money]:
    """Non-negative, finite amounts, exponent forms too (``1E+2``): JSON must keep their value."""
    amounts = st.decimals(
        min_value=Decimal(0), max_value=Decimal("1e13"), allow_nan=False, allow_infinity=False
    )
    return st.builds(Money, amount=amounts, currency=currency_codes())


@functools.cache
def actor_ids() -> SearchStrategy[str]:
    """Well-formed actor ids: ISO codes for states and slugs (``a-b.c_d``) for the rest."""
    part = st.text(_ID_CHARS, min_size=1, max_size=6)
    slugs = st.builds(
        lambda first, rest: first + "".join(sep + piece for sep, piece in rest),
        part,
        st.lists(st.tuples(st.sampled_from("-_."), part), max_size=2),
    )
    return country_codes() | st.sampled_from(_KNOWN_SLUGS) | slugs


@functools.cache
def cameo_codes() -> SearchStrategy[tuple[str, float]]:
    """``(CAMEO code, Goldstein weight)`` pairs from armru's bundled Goldstein table."""
    return st.sampled_from(_GOLDSTEIN)


@functools.cache
def _goldstein_weights() -> SearchStrategy[float]:
    return st.floats(min_value=-10.0, max_value=10.0, allow_nan=False, allow_infinity=False)


# Strategies built once: Hypothesis validates a strategy on first use, and
# rebuilding these inside every composite draw made generation several times slower.
_MAYBE_DATE = st.none() | partial_dates(1900, 2100)
_NAMES = st.text(min_size=1, max_size=12)
_ALIASES = st.lists(st.text(min_size=1, max_size=8), max_size=2)
_MAYBE_COUNTRY = st.none() | country_codes()
_MAYBE_MONEY = st.none() | money()
_CONTENT = st.text(max_size=20)
_ITEMS = st.lists(st.text(min_size=1, max_size=12), max_size=2)
_MAYBE_NAME = st.none() | _NAMES
_OBLIGATIONS = st.lists(st.sampled_from(Obligation), unique=True)
_LABELS = st.text(min_size=1, max_size=20)
_MAYBE_LOCATION = st.none() | st.text(max_size=12)


# -- actors ---------------------------------------------------------------------------------
def _ordered_dates(draw: DrawFn) -> tuple[PartialDate | None, PartialDate | None]:
    start = draw(_MAYBE_DATE)
    end = draw(_MAYBE_DATE)
    if start is not None and end is not None and end.before(start):
        start, end = end, start
    return start, end


@st.composite
def roles(draw: DrawFn, ids: SearchStrategy[str] | None = None) -> Role:
    """Roles whose end never precedes their start; ``ids`` supplies ``of`` and ``to``.

    Pass ``ids`` to keep the references inside a set of known actors, as
    :func:`document_results` does.
    """
    ids = actor_ids() if ids is None else ids
    start, end = _ordered_dates(draw)
    return Role(
        title=draw(st.sampled_from(_TITLES)),
        rank=draw(st.sampled_from(Rank)),
        of=draw(ids),
        to=draw(st.none() | ids),
        start=start,
        end=end,
    )


@st.composite
def actors(
    draw: DrawFn,
    ids: SearchStrategy[str] | None = None,
    role_ids: SearchStrategy[str] | None = None,
) -> Actor:
    """Actors of every kind; states get ISO ids, people get time-bounded roles.

    ``ids`` fixes where the actor's own id comes from and ``role_ids`` where
    its roles point, so a caller can build a closed set of actors.
    """
    kind = draw(st.sampled_from(ActorKind))
    if ids is None:
        ids = country_codes() if kind is ActorKind.STATE else actor_ids()
    actor_id = draw(ids)
    if kind is ActorKind.STATE:
        iso = re.fullmatch(r"[A-Z]{3}", actor_id) is not None
        country = draw(st.sampled_from((None, actor_id))) if iso else None
    else:
        country = draw(_MAYBE_COUNTRY)
    person_roles: list[Role] = []
    if kind is ActorKind.PERSON:
        person_roles = draw(st.lists(roles(role_ids), max_size=2))
    return Actor(
        id=actor_id,
        name=draw(_NAMES),
        kind=kind,
        country=country,
        aliases=tuple(draw(_ALIASES)),
        roles=tuple(person_roles),
    )


# -- text and evidence ----------------------------------------------------------------------
_LETTERS = st.characters(categories=["L", "N"])
_SENTENCES = st.lists(
    st.builds(
        lambda words, end: " ".join(words) + end,
        st.lists(
            st.sampled_from(_WORDS) | st.text(_LETTERS, min_size=1, max_size=8),
            min_size=1,
            max_size=6,
        ),
        st.sampled_from(".!?"),
    ),
    min_size=1,
    max_size=4,
)
_SEPARATORS = st.sampled_from((" ", "\n\n"))


@st.composite
def bodies(draw: DrawFn) -> str:
    """Short article bodies: sentences ending in ``.``, ``!`` or ``?``, in paragraphs.

    The words mix English, Armenian and Cyrillic spellings (and any other
    letters), so that offsets are exercised beyond ASCII.
    """
    sentences: list[str] = draw(_SENTENCES)
    body = sentences[0]
    for sentence in sentences[1:]:
        body += draw(_SEPARATORS) + sentence
    return body


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``body``, as :func:`evidence` numbers them.

    A sentence runs to the next ``.``, ``!`` or ``?`` (included) or line end,
    without surrounding white space; a body with no such run is one sentence.
    This is deliberately simpler than the parser's splitter: it only has to
    agree with itself.
    """
    spans = []
    for match in _SENTENCE_RE.finditer(body):
        text = match.group().rstrip()
        spans.append((match.start(), match.start() + len(text)))
    return spans or [(0, len(body))]


_DOCUMENT_IDS = st.text(string.ascii_lowercase + string.digits + "_-", min_size=1, max_size=20)


@st.composite
def evidence(draw: DrawFn, document_id: str | None = None, body: str | None = None) -> Evidence:
    """Evidence that is a real span of ``body``, inside the sentence it names.

    Give the ``document_id`` and ``body`` of a :class:`~armru.Document` to get
    evidence that validates inside a :class:`~armru.DocumentResult` for it;
    either one left out is generated.
    """
    document_id = draw(_DOCUMENT_IDS) if document_id is None else document_id
    body = draw(bodies()) if body is None else body
    if not body:
        raise ValueError("evidence needs a non-empty body")
    spans = sentence_spans(body)
    index = draw(st.integers(0, len(spans) - 1))
    first, last = spans[index]
    start = draw(st.integers(first, last - 1))
    end = draw(st.integers(start + 1, last))
    return Evidence(
        document_id=document_id,
        start=start,
        end=end,
        text=body[start:end],
        sentence=index + 1,
        sentence_text=body[first:last],
    )


# -- facts ----------------------------------------------------------------------------------
def _or_default(ids: SearchStrategy[str] | None) -> SearchStrategy[str]:
    return actor_ids() if ids is None else ids


@st.composite
def mentions(
    draw: DrawFn,
    ids: SearchStrategy[str] | None = None,
    evidence: SearchStrategy[Evidence] | None = None,
) -> Mention:
    """Mentions of an actor drawn from ``ids``, at evidence drawn from ``evidence``."""
    return Mention(
        actor=draw(_or_default(ids)),
        form=draw(st.sampled_from(MentionForm)),
        evidence=draw(_evidence_or_default(evidence)),
    )


def _evidence_or_default(strategy: SearchStrategy[Evidence] | None) -> SearchStrategy[Evidence]:
    return evidence() if strategy is None else strategy


@st.composite
def statements(
    draw: DrawFn,
    ids: SearchStrategy[str] | None = None,
    evidence: SearchStrategy[Evidence] | None = None,
) -> Statement:
    """Statements with a speaker, maybe a target (never the speaker), a CAMEO code and weight.

    Half the codes come with their weight from the bundled Goldstein table, the
    rest with any weight in [-10, 10], which the model allows.
    """
    ids = _or_default(ids)
    speaker = draw(ids)
    target = draw(st.none() | ids)
    code, weight = draw(cameo_codes())
    if draw(st.booleans()):
        weight = draw(_goldstein_weights())
    quote = draw(st.booleans())
    return Statement(
        speaker=speaker,
        target=None if target == speaker else target,
        verb=draw(st.sampled_from(_VERBS)),
        content=draw(_CONTENT),
        polarity=draw(st.sampled_from(Polarity)),
        quote=quote,
        denial=draw(st.booleans()),
        cameo=code,
        goldstein=weight,
        date=draw(_MAYBE_DATE),
        evidence=draw(_evidence_or_default(evidence)),
    )


@st.composite
def defense_contracts(
    draw: DrawFn,
    ids: SearchStrategy[str] | None = None,
    evidence: SearchStrategy[Evidence] | None = None,
) -> DefenseContract:
    """Contracts between two distinct actors from ``ids`` (which must offer two)."""
    buyer, supplier = draw(st.lists(_or_default(ids), min_size=2, max_size=2, unique=True))
    return DefenseContract(
        buyer=buyer,
        supplier=supplier,
        items=tuple(draw(_ITEMS)),
        value=draw(_MAYBE_MONEY),
        status=draw(st.sampled_from(ContractStatus)),
        date=draw(_MAYBE_DATE),
        evidence=draw(_evidence_or_default(evidence)),
    )


@st.composite
def alliances(
    draw: DrawFn,
    ids: SearchStrategy[str] | None = None,
    evidence: SearchStrategy[Evidence] | None = None,
) -> Alliance:
    """Alliances of two to four distinct members from ``ids``, with distinct obligations."""
    ids = _or_default(ids)
    start, end = _ordered_dates(draw)
    return Alliance(
        name=draw(_MAYBE_NAME),
        organization=draw(st.none() | ids),
        members=tuple(draw(st.lists(ids, min_size=2, max_size=4, unique=True))),
        kind=draw(st.sampled_from(AllianceKind)),
        obligations=tuple(draw(_OBLIGATIONS)),
        start=start,
        end=end,
        evidence=draw(_evidence_or_default(evidence)),
    )


@st.composite
def events(
    draw: DrawFn,
    ids: SearchStrategy[str] | None = None,
    evidence: SearchStrategy[Evidence] | None = None,
) -> Event:
    """Events with up to three distinct participants from ``ids``."""
    participants = draw(st.lists(_or_default(ids), max_size=3, unique=True))
    return Event(
        kind=draw(st.sampled_from(EventKind)),
        label=draw(_LABELS),
        date=draw(_MAYBE_DATE),
        participants=tuple(participants),
        location=draw(_MAYBE_LOCATION),
        evidence=draw(_evidence_or_default(evidence)),
    )


# -- documents ------------------------------------------------------------------------------
@functools.cache
def documents() -> SearchStrategy[Document]:
    """Documents with a short generated body that :func:`evidence` can point into."""
    return st.builds(
        Document,
        id=_DOCUMENT_IDS,
        date=st.dates(),
        title=st.text(max_size=20),
        body=bodies(),
        source=st.none() | st.text(max_size=20),
    )


@functools.cache
def skipped_documents() -> SearchStrategy[SkippedDocument]:
    """Reports of documents a corpus run could not read."""
    return st.builds(
        SkippedDocument,
        source=st.text(max_size=20),
        reason=st.text(max_size=40),
        location=st.text(max_size=20),
    )


def _some(draw: DrawFn, make: SearchStrategy[_T]) -> tuple[_T, ...]:
    return tuple(draw(st.lists(make, max_size=_MAX_FACTS)))


@st.composite
def document_results(draw: DrawFn, document: Document | None = None) -> DocumentResult:
    """Whole, internally consistent parse results.

    The document comes first, then a closed set of actors with unique ids;
    every fact and mention then refers only to those ids and quotes real
    sentences of the body, so the result passes :class:`~armru.DocumentResult`'s
    no-dangling-reference validation by construction. Pass ``document`` to
    build results for a fixed text.
    """
    document = draw(documents()) if document is None else document
    id_list: list[str] = draw(st.lists(actor_ids(), max_size=_MAX_ACTORS, unique=True))
    spans = evidence(document_id=document.id, body=document.body)
    if not id_list:  # nothing may refer to an actor, but events need no participants
        alone = events(evidence=spans).map(lambda e: e.model_copy(update={"participants": ()}))
        return DocumentResult(document=document, events=_some(draw, alone))
    ids = st.sampled_from(id_list)
    pair = len(id_list) >= 2
    return DocumentResult(
        document=document,
        actors=tuple(draw(actors(st.just(actor_id), ids)) for actor_id in id_list),
        mentions=_some(draw, mentions(ids, spans)),
        statements=_some(draw, statements(ids, spans)),
        contracts=_some(draw, defense_contracts(ids, spans)) if pair else (),
        alliances=_some(draw, alliances(ids, spans)) if pair else (),
        events=_some(draw, events(ids, spans)),
    )
