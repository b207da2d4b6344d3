"""Tension indicators, one concept at a time, on hand-made results."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

import pytest
from _analysis_builders import CSTO_MEMBERS, DocBuilder, seed_result

from armru.analysis import (
    Direction,
    IndicatorName,
    IndicatorSet,
    Window,
    default_weights,
    tension_indicators,
)
from armru.models import ActorKind, EventKind, Money, Rank, Role

N = IndicatorName


def _criticism_by(rank: Rank | None, kind: ActorKind = ActorKind.PERSON) -> float:
    b = DocBuilder("d", "2023-05-01")
    if kind is ActorKind.PERSON:
        b.person("speaker", "Someone", "ARM", rank)
    else:
        b.body("speaker", "Some body", "ARM", kind)
    b.criticism("speaker", "RUS", "The speaker criticised Russia.")
    value = tension_indicators(b.build()).get(N.PUBLIC_CRITICISM, "ARM").value
    assert value is not None
    return value


def test_criticism_is_weighted_by_rank() -> None:
    head = _criticism_by(Rank.HEAD_OF_GOVERNMENT)
    assert head == _criticism_by(Rank.HEAD_OF_STATE)
    minister = _criticism_by(Rank.MINISTER)
    spokesperson = _criticism_by(Rank.SPOKESPERSON)
    official = _criticism_by(Rank.OFFICIAL)
    assert head > minister > spokesperson > official > 0
    assert _criticism_by(None) < official  # a person without a role that day


def test_role_held_on_the_day_counts() -> None:
    b = DocBuilder("d", "2023-05-01")
    former = Role(title="Prime Minister", rank=Rank.HEAD_OF_GOVERNMENT, of="ARM", end="2018")
    b.person("ex", "Former PM", "ARM", roles=(former,))
    b.criticism("ex", "RUS", "The former prime minister criticised Russia.")
    indicator = tension_indicators(b.build()).get(N.PUBLIC_CRITICISM, "ARM")
    assert indicator.value == default_weights().speaker_weights.kind[ActorKind.PERSON]


def test_seed_indicators() -> None:
    indicators = tension_indicators(seed_result())
    criticism = indicators.get(N.PUBLIC_CRITICISM, "ARM")
    assert criticism.count == 2  # Armenia as a state, Pashinyan via the CSTO
    assert criticism.value == pytest.approx(0.8 + 1.0 * 0.75)
    assert criticism.direction is Direction.RAISES
    obligations = indicators.get(N.UNMET_OBLIGATIONS, "ARM")
    assert obligations.count == 2
    assert indicators.get(N.UNMET_OBLIGATIONS, "RUS").value is None
    delays = indicators.get(N.ARMS_DELAYS, "RUS")
    assert delays.value == 1
    assert delays.amounts == (Money(amount=Decimal(400_000_000), currency="USD"),)
    diversification = indicators.get(N.ARMS_DIVERSIFICATION, "ARM")
    assert diversification.value == 2
    alignment = indicators.get(N.RIVAL_ALIGNMENT, "ARM")
    assert alignment.count == 1  # France is a rival of Russia, India is not
    conciliatory = indicators.get(N.CONCILIATORY_SIGNALS, "RUS")
    assert conciliatory.count == 2
    assert conciliatory.direction is Direction.LOWERS
    assert conciliatory.contribution < 0
    assert indicators.shared_organizations == ("csto",)
    assert indicators.at_odds


def test_goldstein_mean_and_quad_share_each_way() -> None:
    indicators = tension_indicators(seed_result())
    russia = indicators.get(N.GOLDSTEIN, "RUS")
    assert russia.value == pytest.approx((3.4 + 2.8 - 2.0 - 2.0) / 4)
    assert russia.direction is Direction.LOWERS
    armenia = indicators.get(N.GOLDSTEIN, "ARM")
    assert armenia.value == pytest.approx(-2.0)  # includes Mirzoyan's denial as coded
    assert armenia.direction is Direction.RAISES
    share = indicators.get(N.CONFLICT_SHARE, "RUS")
    assert share.quad_counts == (2, 0, 2, 0)
    assert share.value == pytest.approx(0.5)
    assert share.direction is Direction.NEUTRAL


def test_denials_are_not_criticism() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.statement(
        "ARM",
        "RUS",
        "Yerevan denied criticising Moscow.",
        polarity="negative",
        cameo="114",
        goldstein=-2.0,
        denial=True,
        content="failed to",
    )
    indicators = tension_indicators(b.build())
    assert indicators.get(N.PUBLIC_CRITICISM, "ARM").value is None
    assert indicators.get(N.UNMET_OBLIGATIONS, "ARM").value is None
    assert indicators.get(N.GOLDSTEIN, "ARM").count == 1


def test_unmet_obligations_need_a_cue_in_the_statement() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.criticism("ARM", "RUS", "Yerevan criticised Moscow's gas prices.")
    b.criticism("ARM", "RUS", "Yerevan said Moscow did not protect its ally in 2022.")
    indicator = tension_indicators(b.build()).get(N.UNMET_OBLIGATIONS, "ARM")
    assert indicator.count == 1
    assert "did not protect" in indicator.facts[0].note


def test_criticism_of_a_shared_organization_needs_both_members() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.body("csto", "CSTO", None)
    b.criticism("ARM", "csto", "Yerevan criticised the CSTO.")
    alone = tension_indicators(b.build())
    assert alone.get(N.PUBLIC_CRITICISM, "ARM").value is None
    b.alliance(CSTO_MEMBERS, "Both are CSTO members.", kind="security_bloc", organization="csto")
    shared = tension_indicators(b.build())
    factor = default_weights().alliance_target_factor
    assert shared.get(N.PUBLIC_CRITICISM, "ARM").value == pytest.approx(0.8 * factor)
    other_doc = DocBuilder("later", "2023-06-01")
    other_doc.body("csto", "CSTO", None)
    other_doc.statement(
        "csto", "ARM", "The CSTO rebuked Yerevan.", polarity="negative", cameo="111", goldstein=-2.0
    )
    both = tension_indicators([b.build(), other_doc.build()])
    assert both.get(N.PUBLIC_CRITICISM, "RUS").value == pytest.approx(0.5 * factor)


def test_diversification_needs_an_established_supplier() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.contract("AZE", "TUR", "Baku bought Turkish drones.", status="delivered")
    assert tension_indicators(b.build(), "AZE", "FRA").get(N.ARMS_DIVERSIFICATION, "AZE").count == 0
    b.contract("AZE", "FRA", "Baku once bought French radars.", status="delivered")
    assert tension_indicators(b.build(), "AZE", "FRA").get(N.ARMS_DIVERSIFICATION, "AZE").count == 1
    b.contract("AZE", "ISR", "Baku cancelled an Israeli deal.", status="cancelled")
    assert tension_indicators(b.build(), "AZE", "FRA").get(N.ARMS_DIVERSIFICATION, "AZE").count == 1


def test_contracts_reported_twice_count_once() -> None:
    first = DocBuilder("a", "2023-05-01")
    first.contract(
        "ARM",
        "RUS",
        "Russia has not delivered $400 million of arms.",
        status="delayed",
        usd=400_000_000,
    )
    second = DocBuilder("b", "2023-05-03")
    second.contract(
        "ARM",
        "RUS",
        "The $400 million of arms are still undelivered.",
        status="delayed",
        usd=400_000_000,
    )
    delays = tension_indicators([second.build(), first.build()]).get(N.ARMS_DELAYS, "RUS")
    assert delays.count == 1
    assert delays.facts[0].document_id == "a"
    assert delays.facts[0].also_reported_in == ("b",)


def test_rival_alignment_is_gated_by_being_at_odds() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.body("eu", "European Union", None)
    b.event("deployment", ("ARM", "eu"), "The EU deployed monitors in Armenia.")
    calm = tension_indicators(b.build()).get(N.RIVAL_ALIGNMENT, "ARM")
    assert calm.value == pytest.approx(default_weights().rival_alignment_calm_factor)
    b.criticism("RUS", "ARM", "Moscow criticised Yerevan.")
    tense = tension_indicators(b.build()).get(N.RIVAL_ALIGNMENT, "ARM")
    assert tense.value == pytest.approx(1.0)
    b.event("summit", ("ARM", "RUS", "eu"), "A summit with all three.")
    assert tension_indicators(b.build()).get(N.RIVAL_ALIGNMENT, "ARM").count == 1


def test_arms_to_a_rival_count_as_alignment() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.contract("AZE", "RUS", "Russia delivered tanks to Azerbaijan.", status="delivered")
    assert tension_indicators(b.build()).get(N.RIVAL_ALIGNMENT, "RUS").count == 1


def test_mutual_events_split_half_each_way() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.event("visit", ("RUS", "ARM"), "Pashinyan visited Moscow.")
    b.event("sanctions", ("RUS", "ARM"), "Moscow banned Armenian brandy.")
    indicators = tension_indicators(b.build())
    weights = default_weights().events
    for side in ("RUS", "ARM"):
        visit = weights.conciliatory[EventKind.VISIT]
        sanctions = weights.conflict[EventKind.SANCTIONS]
        assert indicators.get(N.CONCILIATORY_SIGNALS, side).lowering == pytest.approx(visit / 2)
        assert indicators.get(N.CONFLICT_EVENTS, side).raising == pytest.approx(sanctions / 2)


def test_no_facts_means_no_values() -> None:
    indicators = tension_indicators([], "RUS", "ARM")
    assert isinstance(indicators, IndicatorSet)
    assert not indicators.has_data
    assert len(indicators.indicators) == 2 * len(IndicatorName)
    assert all(i.value is None and i.count == 0 for i in indicators.indicators)
    assert "no data" in indicators.explain()


def test_window_and_fact_dates() -> None:
    b = DocBuilder("d", "2023-12-28")
    b.statement(
        "ARM",
        "RUS",
        "In September 2022 Yerevan criticised Moscow.",
        polarity="negative",
        cameo="111",
        goldstein=-2.0,
        date="2022-09",
    )
    b.criticism("ARM", "RUS", "This week Yerevan criticised Moscow again.")
    result = b.build()
    everything = tension_indicators(result).get(N.PUBLIC_CRITICISM, "ARM")
    assert everything.count == 2
    assert {f.date for f in everything.facts} == {_dt.date(2022, 9, 1), _dt.date(2023, 12, 28)}
    december = tension_indicators(result, as_of="2023-12-31", window=31)
    assert december.window == Window(start=_dt.date(2023, 12, 1), end=_dt.date(2023, 12, 31))
    assert december.get(N.PUBLIC_CRITICISM, "ARM").count == 1
    sept = tension_indicators(result, window=Window(start="2022-09-01", end="2022-09-30"))
    assert sept.get(N.PUBLIC_CRITICISM, "ARM").count == 1


def test_indicator_explain_lists_value_weight_and_evidence() -> None:
    text = tension_indicators(seed_result()).get(N.ARMS_DELAYS, "RUS").explain()
    assert text.startswith("arms delays RUS→ARM: 1 contract, 1 fact")
    assert "reported value: USD 400,000,000" in text
    assert "$400 million" in text


def test_grievance_words_make_a_statement_critical() -> None:
    b = DocBuilder("d", "2022-09-14")
    b.person("pm", "Nikol Pashinyan", "ARM", Rank.HEAD_OF_GOVERNMENT)
    b.statement(
        "pm",
        "RUS",
        "Pashinyan said Armenia had expected more from its allies.",
        polarity="positive",
        content="Armenia had expected more from its allies",
    )
    indicators = tension_indicators(b.build())
    criticism = indicators.get(N.PUBLIC_CRITICISM, "ARM")
    assert criticism.value == 1.0
    assert "grievance “expected more”" in criticism.facts[0].note
    assert indicators.get(N.CONCILIATORY_SIGNALS, "ARM").value is None
    assert indicators.get(N.CONFLICT_SHARE, "ARM").value == 1.0
