"""The weights file: shipped defaults, validation that names file and entry, user files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _analysis_builders import seed_result

from armru.analysis import (
    IndicatorName,
    TensionWeights,
    default_weights,
    load_weights,
    tension_index,
)
from armru.errors import KnowledgeBaseError
from armru.models import ActorKind, Rank


def _defaults() -> dict[str, object]:
    data = default_weights().model_dump(mode="json")
    del data["source"]
    return data


def test_defaults_are_complete_and_cached() -> None:
    weights = default_weights()
    assert weights is default_weights()
    assert weights is load_weights()
    assert weights.source == "armru/data/tension.json"
    assert set(weights.indicator_weights) == set(IndicatorName)
    assert set(weights.speaker_weights.rank) == set(Rank)
    assert set(weights.speaker_weights.kind) == set(ActorKind)
    rank = weights.speaker_weights.rank
    assert rank[Rank.HEAD_OF_STATE] >= rank[Rank.MINISTER] > rank[Rank.SPOKESPERSON]
    assert rank[Rank.SPOKESPERSON] > rank[Rank.OFFICIAL]
    assert "eu" in weights.rivals_of("RUS")
    assert "FRA" in weights.rivals_of("RUS")


def test_user_file(tmp_path: Path) -> None:
    data = _defaults()
    data["prior_weight"] = 10.0
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    weights = load_weights(path)
    assert weights.prior_weight == 10.0
    assert weights.source == str(path)
    index = tension_index(seed_result(), weights=path)
    default = tension_index(seed_result())
    assert index.value is not None
    assert default.value is not None
    assert 50 < index.value < default.value  # a larger prior pulls toward 50
    assert load_weights(weights) is weights


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["indicator_weights"].pop("arms_delays"), "indicator_weights"),
        (
            lambda d: d["indicator_weights"].update(public_criticism=-1),
            "indicator_weights.public_criticism",
        ),
        (lambda d: d["indicator_weights"].update(gossip=1.0), "indicator_weights.gossip.[key]"),
        (lambda d: d["speaker_weights"]["rank"].pop("minister"), "speaker_weights.rank"),
        (lambda d: d["climate"].update(hostile_from=10), "climate"),
        (lambda d: d["cues"].update(unmet_obligation=[]), "cues.unmet_obligation"),
        (lambda d: d["rivals"].update(RUS=["RUS"]), "rivals"),
        (lambda d: d["events"]["conflict"].update(visit=1.0), "events"),
        (lambda d: d.update(unknown=1), "unknown"),
    ],
)
def test_bad_entries_are_named(tmp_path: Path, change: object, field: str) -> None:
    data = _defaults()
    assert callable(change)
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        load_weights(path)
    assert caught.value.file == str(path)
    assert caught.value.field == field
    assert str(path) in str(caught.value)


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "prior_weight": 2,\n  oops\n}', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        load_weights(path)
    assert caught.value.line == 3
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        load_weights(tmp_path / "missing.json")
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="JSON object"):
        load_weights(path)


def test_mapping_and_model_copy() -> None:
    weights = load_weights(_defaults())
    assert weights.source == "<mapping>"
    tweaked = default_weights().model_copy(update={"prior_weight": 4.0})
    assert isinstance(tweaked, TensionWeights)
    assert load_weights(tweaked).prior_weight == 4.0
