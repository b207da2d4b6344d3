"""Properties of the index that must hold for every corpus (Hypothesis).

* adding a hostile statement between the two never lowers tension (monotone);
* the order of documents, and of facts within them, never changes any result;
* no fact about the dyad gives an explicit "no data" result, never a silent 0.
"""

from __future__ import annotations

import datetime as _dt
import random

from _analysis_builders import CSTO_MEMBERS, DocBuilder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armru.analysis import (
    Climate,
    StatusLabel,
    Window,
    relationship_status,
    tension_index,
    tension_indicators,
    tension_series,
)
from armru.models import DocumentResult, Rank

WINDOW = Window(start=_dt.date(2023, 1, 1), end=_dt.date(2023, 12, 31))
ACTORS = ("ARM", "RUS", "pm", "lavrov", "mfa", "csto", "FRA", "AZE", "eu", "IND")
ARM_SIDE = ("ARM", "pm")
RUS_SIDE = ("RUS", "lavrov", "mfa")
CAMEO = {  # code -> Goldstein weight (a sample of the CAMEO scale)
    "010": 0.0,
    "012": -0.4,
    "036": 4.0,
    "051": 3.4,
    "057": 8.0,
    "111": -2.0,
    "112": -2.0,
    "128": -4.0,
    "138": -7.0,
    "172": -5.0,
    "190": -10.0,
}
HOSTILE_CAMEO = [code for code, g in CAMEO.items() if int(code[:2]) >= 10 and g < 0]
PHRASES = (
    "",
    "the alliance failed to protect Armenia",
    "problems can be resolved through dialogue",
    "a strategic ally",
    "gas prices",
)
STATES = ("ARM", "RUS", "FRA", "AZE", "IND")
EVENT_KINDS = (
    "visit",
    "summit",
    "talks",
    "sanctions",
    "clash",
    "withdrawal",
    "exercise",
    "deployment",
    "election",
)


def _setup(b: DocBuilder) -> None:
    b.person("pm", "Nikol Pashinyan", "ARM", Rank.HEAD_OF_GOVERNMENT)
    b.person("lavrov", "Sergey Lavrov", "RUS", Rank.MINISTER)
    b.body("mfa", "Russian Foreign Ministry", "RUS")
    b.body("csto", "CSTO", None)
    b.body("eu", "European Union", None)


statement_specs = st.tuples(
    st.just("statement"),
    st.sampled_from(ACTORS),
    st.one_of(st.none(), st.sampled_from(ACTORS)),
    st.sampled_from(("positive", "negative", "neutral")),
    st.sampled_from(sorted(CAMEO)),
    st.booleans(),
    st.sampled_from(PHRASES),
)
contract_specs = st.tuples(
    st.just("contract"),
    st.sampled_from(STATES),
    st.sampled_from(STATES),
    st.sampled_from(("planned", "signed", "delayed", "delivered", "cancelled", "unknown")),
    st.one_of(st.none(), st.integers(0, 10**9)),
)
event_specs = st.tuples(
    st.just("event"),
    st.sampled_from(EVENT_KINDS),
    st.lists(st.sampled_from(ACTORS), min_size=1, max_size=3, unique=True),
)
alliance_specs = st.tuples(
    st.just("alliance"),
    st.sampled_from(("csto", "bilateral", "france")),
)
fact_specs = st.one_of(statement_specs, contract_specs, event_specs, alliance_specs)
documents_specs = st.lists(
    st.tuples(st.integers(0, 500), st.lists(fact_specs, max_size=6)), max_size=4
)


def _add(b: DocBuilder, spec: tuple[object, ...], n: int) -> None:
    kind = spec[0]
    if kind == "statement":
        _, speaker, target, polarity, cameo, denial, phrase = spec
        assert isinstance(speaker, str)
        assert isinstance(cameo, str)
        if target == speaker:
            target = None
        b.statement(
            speaker,
            target if isinstance(target, str) else None,
            f"Fact {n}: {speaker} spoke about {target}; {phrase}.",
            polarity=str(polarity),
            cameo=cameo,
            goldstein=CAMEO[cameo],
            denial=bool(denial),
            content=str(phrase),
        )
    elif kind == "contract":
        _, buyer, supplier, status, usd = spec
        assert isinstance(buyer, str)
        assert isinstance(supplier, str)
        if buyer != supplier:
            b.contract(
                buyer,
                supplier,
                f"Fact {n}: {buyer} buys from {supplier}.",
                status=str(status),
                usd=usd if isinstance(usd, int) else None,
            )
    elif kind == "event":
        _, event_kind, participants = spec
        assert isinstance(participants, list)
        b.event(str(event_kind), tuple(participants), f"Fact {n}: an event.")
    else:
        which = spec[1]
        if which == "csto":
            b.alliance(
                CSTO_MEMBERS, f"Fact {n}: the CSTO.", kind="security_bloc", organization="csto"
            )
        elif which == "bilateral":
            b.alliance(("RUS", "ARM"), f"Fact {n}: strategic ally.", kind="strategic_partnership")
        else:
            b.alliance(("ARM", "FRA"), f"Fact {n}: partners.", kind="strategic_partnership")


def _corpus(specs: list[tuple[int, list[tuple[object, ...]]]]) -> list[DocumentResult]:
    results = []
    for number, (day, facts) in enumerate(specs):
        b = DocBuilder(f"doc{number}", _dt.date(2023, 1, 1) + _dt.timedelta(days=day))
        _setup(b)
        for n, spec in enumerate(facts):
            _add(b, spec, n)
        results.append(b.build())
    return results


def _shuffled(results: list[DocumentResult], seed: int) -> list[DocumentResult]:
    rng = random.Random(seed)

    def mix(items: tuple[object, ...]) -> list[object]:
        items_list = list(items)
        rng.shuffle(items_list)
        return items_list

    mixed = [
        r.model_copy(
            update={
                "actors": tuple(mix(r.actors)),
                "statements": tuple(mix(r.statements)),
                "contracts": tuple(mix(r.contracts)),
                "alliances": tuple(mix(r.alliances)),
                "events": tuple(mix(r.events)),
            }
        )
        for r in results
    ]
    rng.shuffle(mixed)
    return mixed


hostile_specs = st.tuples(
    st.booleans(),  # Armenia speaks (else Russia)
    st.integers(0, 2),  # which speaker / target
    st.sampled_from(HOSTILE_CAMEO),
    st.sampled_from(PHRASES),
    st.integers(0, 364),
)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(documents_specs, hostile_specs)
def test_a_hostile_statement_never_lowers_tension(
    specs: list[tuple[int, list[tuple[object, ...]]]], hostile: tuple[bool, int, str, str, int]
) -> None:
    corpus = _corpus(specs)
    armenia_speaks, which, cameo, phrase, day = hostile
    speakers: tuple[str, ...] = ARM_SIDE
    targets: tuple[str, ...] = (*RUS_SIDE, "csto")
    if not armenia_speaks:
        speakers, targets = RUS_SIDE, ARM_SIDE
    b = DocBuilder("hostile", _dt.date(2023, 1, 1) + _dt.timedelta(days=day))
    _setup(b)
    b.statement(
        speakers[which % len(speakers)],
        targets[which % len(targets)],
        "A hostile statement.",
        polarity="negative",
        cameo=cameo,
        goldstein=CAMEO[cameo],
        content=phrase,
    )
    more = [*corpus, b.build()]
    for window in (WINDOW, None):
        before = tension_index(corpus, window=window)
        after = tension_index(more, window=window)
        for old, new in (
            (before.undirected, after.undirected),
            (before.a_to_b, after.a_to_b),
            (before.b_to_a, after.b_to_a),
        ):
            if old.value is not None:
                assert new.value is not None
                assert new.value >= old.value - 1e-9
            assert new.raising >= old.raising - 1e-12
            assert new.lowering <= old.lowering + 1e-12


@FAST
@given(documents_specs, st.integers(0, 2**32 - 1))
def test_input_order_never_changes_a_result(
    specs: list[tuple[int, list[tuple[object, ...]]]], seed: int
) -> None:
    corpus = _corpus(specs)
    mixed = _shuffled(corpus, seed)
    assert tension_indicators(mixed) == tension_indicators(corpus)
    assert tension_index(mixed, window=WINDOW) == tension_index(corpus, window=WINDOW)
    assert relationship_status(mixed) == relationship_status(corpus)
    assert tension_series(mixed, frequency="quarter") == tension_series(corpus, frequency="quarter")
    assert relationship_status(mixed).explain() == relationship_status(corpus).explain()


@FAST
@given(documents_specs)
def test_no_facts_about_the_dyad_is_explicit_no_data(
    specs: list[tuple[int, list[tuple[object, ...]]]],
) -> None:
    corpus = _corpus(specs)
    index = tension_index(corpus, "CHN", "JPN")  # no fact ever involves either
    assert index.value is None
    assert not index.has_data
    assert index.a_to_b.value is None
    assert index.b_to_a.value is None
    assert all(i.value is None for i in index.indicators)
    status = relationship_status(corpus, "CHN", "JPN")
    assert status.climate is Climate.UNKNOWN
    assert status.label is StatusLabel.UNKNOWN
    assert not tension_series(corpus, "CHN", "JPN").has_data


@FAST
@given(documents_specs)
def test_values_stay_on_the_scale(specs: list[tuple[int, list[tuple[object, ...]]]]) -> None:
    index = tension_index(_corpus(specs))
    for score in (index.undirected, index.a_to_b, index.b_to_a):
        assert score.value is None or 0 < score.value < 100
        assert score.has_data == (score.value is not None)
    assert index.explain()
