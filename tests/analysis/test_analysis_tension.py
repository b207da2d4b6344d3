"""The tension index: its scale, directions, explicit no-data, explanation and data."""

from __future__ import annotations

import json

import pytest
from _analysis_builders import DocBuilder, seed_result

from armru.analysis import (
    IndicatorName,
    TensionIndex,
    TensionScore,
    default_weights,
    tension_index,
    tension_indicators,
)
from armru.analysis.tension import scale


def test_scale_is_a_smoothed_share() -> None:
    assert scale(0, 0, 2) == 50
    assert scale(3, 3, 2) == 50
    assert scale(1, 0, 2) < scale(10, 0, 2) < 100
    assert 0 < scale(0, 10, 2) < scale(0, 1, 2) < 50
    assert scale(2, 0, 2) == pytest.approx(75)


def test_seed_index_is_tense_and_directed() -> None:
    index = tension_index(seed_result(), "RUS", "ARM")
    assert index.value is not None
    assert 55 <= index.value < 80
    assert index.b_to_a.value is not None
    assert index.a_to_b.value is not None
    assert index.b_to_a.value > index.a_to_b.value > 50  # Armenia's grievances dominate
    assert index.undirected.raising == pytest.approx(index.a_to_b.raising + index.b_to_a.raising)
    weights = default_weights()
    expected = scale(index.undirected.raising, index.undirected.lowering, weights.prior_weight)
    assert index.value == pytest.approx(expected)


def test_swapping_the_dyad_swaps_the_directions() -> None:
    forward = tension_index(seed_result(), "RUS", "ARM")
    backward = tension_index(seed_result(), "ARM", "RUS")
    assert forward.value == backward.value
    assert forward.a_to_b == backward.b_to_a
    assert forward.b_to_a == backward.a_to_b


def test_no_facts_is_explicit_no_data() -> None:
    index = tension_index([], "RUS", "ARM")
    assert index.value is None
    assert not index.has_data
    assert index.undirected == TensionScore(
        value=None, has_data=False, raising=0, lowering=0, facts=0
    )
    assert index.top_facts() == ()
    assert "no data" in index.explain()
    assert index.to_data()["undirected"]["value"] is None


def test_one_direction_can_lack_data() -> None:
    b = DocBuilder("d", "2023-05-01").criticism("ARM", "RUS", "Yerevan criticised Moscow.")
    index = tension_index(b.build())
    assert index.a_to_b.value is None
    assert index.b_to_a.value is not None
    assert index.b_to_a.value > 50


def test_neutral_facts_give_the_neutral_baseline() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.statement("ARM", "RUS", "Yerevan commented on Moscow.", cameo="010", goldstein=0.0)
    index = tension_index(b.build())
    assert index.has_data
    assert index.value == 50
    assert index.undirected.raising == index.undirected.lowering == 0
    share = tension_indicators(b.build()).get(IndicatorName.CONFLICT_SHARE, "ARM")
    assert share.value is None  # a plain statement is neither conflictual nor cooperative
    b.statement("ARM", "RUS", "Yerevan attacked Moscow's words.", polarity="negative")
    share = tension_indicators(b.build()).get(IndicatorName.CONFLICT_SHARE, "ARM")
    assert share.value == 1.0  # negative, though coded with the generic 010
    assert share.quad_counts == (1, 0, 0, 0)


def test_weights_file_changes_the_index() -> None:
    default = tension_index(seed_result())
    data = default_weights().model_dump(mode="json")
    data["indicator_weights"]["public_criticism"] = 5.0
    heavier = tension_index(seed_result(), weights=data)
    assert heavier.value is not None
    assert default.value is not None
    assert heavier.value > default.value
    assert heavier.weights_source == "<mapping>"


def test_explain_and_data() -> None:
    index = tension_index(seed_result())
    text = index.explain(top=3)
    assert text.startswith("Tension RUS–ARM, all dates: ")
    assert "Top 3 facts:" in text
    assert "“Armenia has been openly critical" in text
    top = index.top_facts(3)
    assert [abs(f.contribution) for f in top] == sorted(
        (abs(f.contribution) for f in top), reverse=True
    )
    assert len(top[0].indicators) > 1
    data = index.to_data()
    assert json.loads(json.dumps(data)) == data
    assert TensionIndex.model_validate(data) == index
