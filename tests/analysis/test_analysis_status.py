"""Relationship status: formal ties, climate and label, on hand-made results."""

from __future__ import annotations

import json

from _analysis_builders import CSTO_MEMBERS, DocBuilder, seed_result

from armru.analysis import (
    Climate,
    KnownAlliance,
    KnownMember,
    RelationshipStatus,
    StatusLabel,
    TieLevel,
    relationship_status,
)
from armru.models import Obligation, Rank


def test_seed_is_a_strained_ally() -> None:
    status = relationship_status(seed_result(), "RUS", "ARM")
    assert status.label is StatusLabel.STRAINED_ALLY
    assert status.tie_level is TieLevel.ALLIANCE
    assert status.climate is Climate.STRAINED
    assert status.as_of is not None
    assert status.as_of.isoformat() == "2023-12-28"
    csto = status.formal_ties[0]
    assert csto.organization == "csto"
    assert csto.obligations == (Obligation.DEFENSE, Obligation.CONSULTATION)
    assert {tie.level for tie in status.formal_ties} == {TieLevel.ALLIANCE}
    assert status.basis, "the climate names the facts behind it"


def test_seed_explanation_quotes_the_evidence() -> None:
    text = relationship_status(seed_result()).explain()
    assert text.startswith("RUS–ARM as of 2023-12-28: strained ally")
    assert "obligations: defense, consultation" in text
    assert "“Pashinian publicly criticised the CSTO for its lack of support.”" in text
    assert "[seed, sentence" in text


def test_status_round_trips_through_json() -> None:
    status = relationship_status(seed_result())
    data = status.to_data()
    assert json.loads(json.dumps(data)) == data
    assert data["label"] == "strained_ally"
    assert RelationshipStatus.model_validate_json(status.to_json()) == status


def test_no_facts_is_unknown_not_neutral() -> None:
    other = DocBuilder("other", "2023-05-01").criticism("AZE", "TUR", "Baku criticised Ankara.")
    status = relationship_status(other.build(), "RUS", "ARM")
    assert status.label is StatusLabel.UNKNOWN
    assert status.climate is Climate.UNKNOWN
    assert not status.has_data
    assert status.tension.value is None
    assert "no data" in status.explain()


def test_alliance_without_facts_is_still_an_ally() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.body("csto", "CSTO", None)
    b.alliance(CSTO_MEMBERS, "Both are in the CSTO.", kind="security_bloc", organization="csto")
    status = relationship_status(b.build())
    assert status.label is StatusLabel.ALLY
    assert status.climate is Climate.UNKNOWN
    assert status.has_data


def test_cordial_allies() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.alliance(("RUS", "ARM"), "Russia and Armenia signed a defense pact.", kind="defense_pact")
    b.event("visit", ("RUS", "ARM"), "Putin visited Yerevan.")
    b.statement(
        "RUS", "ARM", "Moscow praised Yerevan.", polarity="positive", cameo="051", goldstein=3.4
    )
    status = relationship_status(b.build())
    assert status.climate is Climate.CORDIAL
    assert status.label is StatusLabel.ALLY


def test_partnership_from_arms_supply_without_formal_ties() -> None:
    b = DocBuilder("d", "2024-06-25")
    b.person("lecornu", "Sébastien Lecornu", "FRA", Rank.MINISTER)
    b.contract("ARM", "FRA", "Armenia signed a contract for French howitzers.", status="signed")
    b.statement(
        "lecornu",
        "ARM",
        "Lecornu called the deal a milestone.",
        polarity="positive",
        cameo="051",
        goldstein=3.4,
    )
    status = relationship_status(b.build(), "ARM", "FRA")
    assert status.formal_ties == ()
    assert status.tie_level is TieLevel.PARTNERSHIP
    assert len(status.cooperation) == 1
    assert status.label is StatusLabel.PARTNER


def test_no_ties_and_strained_is_adversarial_severe_is_hostile() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.criticism("AZE", "ARM", "Baku criticised Yerevan.")
    b.criticism("ARM", "AZE", "Yerevan criticised Baku.")
    b.criticism("AZE", "ARM", "Baku criticised Yerevan again.")
    assert relationship_status(b.build(), "AZE", "ARM").label is StatusLabel.ADVERSARIAL
    b.statement(
        "AZE", "ARM", "Baku threatened force.", polarity="negative", cameo="138", goldstein=-7.0
    )
    b.event("clash", ("AZE", "ARM"), "Troops clashed on the border.")
    status = relationship_status(b.build(), "AZE", "ARM")
    assert status.climate is Climate.HOSTILE
    assert status.label is StatusLabel.HOSTILE
    assert len(status.severe_acts) == 2


def test_ties_reported_after_as_of_or_ended_do_not_count() -> None:
    early = DocBuilder("early", "2020-01-10")
    early.criticism("ARM", "RUS", "Yerevan criticised Moscow.")
    late = DocBuilder("late", "2023-01-10")
    late.alliance(("RUS", "ARM"), "The two are in a defense pact.", kind="defense_pact")
    ended = DocBuilder("ended", "2023-02-10")
    ended.alliance(
        ("RUS", "ARM"),
        "The old treaty lapsed.",
        kind="defense_pact",
        name="Old treaty",
        start="1995",
        end="2000",
    )
    results = [early.build(), late.build(), ended.build()]
    assert relationship_status(results, as_of="2020-12-31").tie_level is TieLevel.NONE
    status = relationship_status(results)
    assert [tie.name for tie in status.formal_ties] == [None]


def test_bilateral_ally_wording_and_partnership() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.alliance(
        ("ARM", "FRA"),
        "France and Armenia have a strategic partnership.",
        kind="strategic_partnership",
        span="strategic partnership",
    )
    status = relationship_status(b.build(), "ARM", "FRA")
    assert status.tie_level is TieLevel.PARTNERSHIP
    assert status.label is StatusLabel.PARTNER
    b.alliance(
        ("ARM", "FRA"), "Paris calls Yerevan an ally.", kind="strategic_partnership", span="an ally"
    )
    assert relationship_status(b.build(), "ARM", "FRA").tie_level is TieLevel.ALLIANCE


def test_by_state_off_counts_only_the_exact_actors() -> None:
    b = DocBuilder("d", "2023-05-01")
    b.person("lavrov", "Sergey Lavrov", "RUS", Rank.MINISTER)
    b.criticism("lavrov", "ARM", "Lavrov criticised Armenia.")
    result = b.build()
    assert relationship_status(result).climate is not Climate.UNKNOWN
    assert relationship_status(result, by_state=False).climate is Climate.UNKNOWN
    assert relationship_status(result, "lavrov", "ARM", by_state=False).tension.has_data


def test_listed_rivals_without_ties() -> None:
    b = DocBuilder("d", "2025-08-08")
    b.statement(
        "AZE", "ARM", "Baku welcomed the deal.", polarity="positive", cameo="051", goldstein=3.4
    )
    b.criticism("AZE", "ARM", "Baku demanded changes to the constitution.")
    status = relationship_status(b.build(), "ARM", "AZE")
    assert status.tie_level is TieLevel.RIVALRY
    assert status.climate is Climate.COOPERATIVE
    assert status.label is StatusLabel.ADVERSARIAL
    quiet = relationship_status([], "ARM", "AZE")
    assert quiet.climate is Climate.UNKNOWN
    assert quiet.label is StatusLabel.ADVERSARIAL
    assert quiet.has_data
    assert "lists them as rivals" in quiet.explain()


def test_known_alliances_are_background_ties() -> None:
    csto = KnownAlliance(
        id="csto",
        name="Collective Security Treaty Organization",
        organization="csto",
        kind="security_bloc",
        obligations=(Obligation.DEFENSE,),
        members=(
            KnownMember(state="RUS"),
            KnownMember(state="ARM", start="1992-05-15"),
            KnownMember(state="AZE", start="1993", end="1999-04"),
        ),
    )
    b = DocBuilder("d", "2023-09-26")
    b.body("csto", "CSTO", None)
    b.criticism("ARM", "csto", "Yerevan said the CSTO failed to help.")
    result = b.build()
    alone = relationship_status(result)
    assert alone.tie_level is TieLevel.NONE
    assert alone.tension.a_to_b.value is None  # the CSTO is not known to bind both
    status = relationship_status(result, known_alliances=[csto])
    assert status.tie_level is TieLevel.ALLIANCE
    assert status.formal_ties[0].known_as == ("csto",)
    assert status.formal_ties[0].facts == ()
    assert status.tension.b_to_a.value is not None
    assert status.label is StatusLabel.STRAINED_ALLY
    past = relationship_status([], "AZE", "RUS", as_of="1998-01-01", known_alliances=[csto])
    assert past.tie_level is TieLevel.ALLIANCE
    now = relationship_status([], "AZE", "RUS", as_of="2023-01-01", known_alliances=[csto])
    assert now.tie_level is TieLevel.NONE


def test_joint_exercise_makes_partners_and_wide_blocs_do_not() -> None:
    b = DocBuilder("d", "2023-09-11")
    b.body("cis", "Commonwealth of Independent States", None)
    b.alliance(("ARM", "USA", "KAZ"), "All three attend a forum.", kind="other", organization="cis")
    b.event("exercise", ("ARM", "USA"), "Eagle Partner began at Zar.")
    status = relationship_status(b.build(), "ARM", "USA")
    assert [t.level for t in status.formal_ties] == [TieLevel.NONE]
    assert status.tie_level is TieLevel.PARTNERSHIP
    assert len(status.cooperation) == 1
    assert status.label is StatusLabel.PARTNER


def test_diplomatic_conflict_events_are_not_severe() -> None:
    b = DocBuilder("d", "2025-07-01")
    for i in range(4):
        b.event("summons", ("AZE", "RUS"), f"Baku summoned the Russian envoy ({i}).")
        b.criticism("AZE", "RUS", f"Baku condemned Moscow ({i}).")
    status = relationship_status(b.build(), "AZE", "RUS")
    assert status.tension.value is not None
    assert status.tension.value >= 80
    assert status.severe_acts == ()
    assert status.climate is Climate.STRAINED
