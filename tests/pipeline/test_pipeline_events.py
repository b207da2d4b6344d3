"""How news reports events, on sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from armru import DocumentResult, EventKind, parse_text


def parse(body: str, date: str = "2022-06-30") -> DocumentResult:
    return parse_text(f" date {date} Test\n\n{body}", doc_id="t")


def found(body: str, date: str = "2022-06-30") -> set[tuple[str, str | None]]:
    return {(e.kind.value, str(e.date) if e.date else None) for e in parse(body, date).events}


def kinds(body: str, date: str = "2022-06-30") -> set[str]:
    return {kind for kind, _ in found(body, date)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # decisions, active and passive
        ("On Monday the Armenian government decided to halt its payments to the bloc.", "decision"),
        ("A new aid package for Yerevan was approved by the EU in May.", "decision"),
        ("Armenia stopped paying its CSTO dues in April.", "decision"),
        # deliveries
        ("Russia delivered two radar systems to Armenia in March.", "delivery"),
        ("In 2019 the Armenian air force took delivery of six new jets from Russia.", "delivery"),
        # sessions, appointments, openings, recalls
        ("An extraordinary session of the National Assembly was held on Friday.", "session"),
        ("Armenia appointed Ararat Mirzoyan as its envoy on Tuesday.", "appointment"),
        ("On Monday Baku named a veteran diplomat as its special envoy.", "appointment"),
        ("Iran opened a consulate in Kapan on 21 June.", "opening"),
        ("A new Russian consulate was opened in Gyumri in May.", "opening"),
        ("Russia recalled its ambassador from Yerevan in May.", "recall"),
        ("The Russian ambassador was recalled to Moscow in April.", "recall"),
        # speeches, votes, recognitions, arrests, warrants, crashes, shoot-downs
        ("Pashinyan delivered a televised address on Sunday.", "address"),
        ("Armenia's parliament passed a law on EU accession on Wednesday.", "election"),
        ("The Armenian presidential inauguration took place in April.", "appointment"),
        ("Putin recognised the independence of two regions of Ukraine in February.", "recognition"),
        ("Police in Baku detained two Russian journalists on Friday.", "arrest"),
        ("The court issued an arrest warrant for Putin in March.", "warrant"),
        ("An Azerbaijani airliner crashed near Aktau in December.", "crash"),
        ("An Azerbaijani missile shot down a Russian helicopter over Armenia in May.", "shootdown"),
        ("Armenia asked the CSTO for help and received a fact-finding mission in May.", "mission"),
        # attacks, signing as a nominalisation or in the passive
        # "an attack" is coded as the noun says (kind clash, annotators' "attack");
        # forces that "attacked" territory launched an offensive, and so did a state
        # whose attack was "on" another state
        ("Azerbaijani forces attacked Armenian territory in September.", "offensive"),
        ("Azerbaijan's attack in September shocked Yerevan.", "clash"),
        ("Azerbaijan's attack on Armenia in September shocked Yerevan.", "offensive"),
        ("A memorandum was signed by Russia and Turkey in November 2020.", "agreement_signing"),
        ("Armenia and Azerbaijan agreed the text of a peace treaty in March.", "agreement_signing"),
    ],
)
def test_each_kind_of_event(body: str, expected: str) -> None:
    assert expected in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "He recalled that the ministry had summoned the envoy.",  # remembering, not a recall
        "The deal was named after the city where it was drafted.",  # no appointment
        "Armenia opened a new chapter in its foreign policy in May.",  # no institution opens
        "Russia will deliver the radars in May, officials said.",  # future
        "Russian border guards would also withdraw from the border in May.",  # future
        "The weapon deliveries were delayed in 2022.",  # did not happen
        "Yerevan summoned the ambassador in protest in May.",  # 'in protest' is no protest
        "Armenia must address the issue in May, the minister said.",  # a verb, no address
    ],
)
def test_what_is_no_event(body: str) -> None:
    unwanted = {"appointment", "opening", "recall", "delivery", "withdrawal", "protest", "address"}
    assert not kinds(body) & unwanted


def test_leaders_talks_are_a_meeting() -> None:
    result = parse("In May, after talks between Vladimir Putin and Nikol Pashinyan, Moscow agreed.")
    meeting = next(e for e in result.events if e.kind is EventKind.MEETING)
    assert str(meeting.date) == "2022-05"
    assert {"vladimir-putin", "nikol-pashinyan"} <= set(meeting.participants)


def test_a_noun_inside_a_meeting_phrase_is_that_meeting() -> None:
    assert kinds("On 10 June, the ministers met in Moscow for the first session of the forum.") == {
        "meeting"
    }


def test_a_day_after_shifts_the_date() -> None:
    assert ("withdrawal", "2022-06-15") in found(
        "Armenian guards took over on 16 June, a day after Russian troops handed over the post."
    )
    assert ("offensive", "2022-05") in found(
        "Iran opened a consulate on 21 June, a month after Azerbaijani forces attacked Armenia."
    )


def test_a_date_of_a_reporting_verb_is_not_the_event_date() -> None:
    events = parse(
        "The minister announced on Tuesday that Armenia had signed an agreement with France."
    ).events
    assert all(str(e.date) != "2022-06-28" for e in events)


def test_a_date_in_another_clause_is_not_the_event_date() -> None:
    result = parse("The vote came on a bill that the cabinet had endorsed in January.")
    assert all(e.kind is not EventKind.ELECTION or e.date is None for e in result.events)


def test_the_events_own_clause_dates_it() -> None:
    assert ("warrant", "2022-03") in found("The court's warrant for Putin was issued in March.")
    assert ("exercise", "2022-06-27") in found(
        "Analysts discussed the exercise that Iran launched on Monday along the Aras."
    )


def test_a_year_in_a_name_gives_way_to_the_day() -> None:
    assert ("exercise", "2022-06-27") in found(
        "The joint exercise Steppe Eagle 2022 started on Monday near Yerevan."
    )


def test_a_preposition_between_negation_and_event_keeps_the_event() -> None:
    assert ("war", "2020") in found(
        "The opposition says the CSTO gave no help to Armenia during the war of autumn 2020."
    )


def test_troops_bring_their_state() -> None:
    exercise = next(
        e
        for e in parse("Armenia held a joint exercise with U.S. troops in July.").events
        if e.kind is EventKind.EXERCISE
    )
    assert "USA" in exercise.participants


def test_signing_to_end_a_war_is_a_ceasefire() -> None:
    assert "ceasefire" in kinds(
        "On 9 November Pashinyan signed a statement with Russia and Azerbaijan to end the war."
    )


def test_first_to_visit_is_a_visit() -> None:
    assert ("visit", "2022-02") in found(
        "Lecornu became the first French minister to visit Yerevan in February."
    )


def test_a_definite_mention_refers_back_to_the_event() -> None:
    result = parse(
        "The CSTO held its summit in Yerevan on Wednesday. Pashinyan refused to sign the summit "
        "declaration. Putin and Aliyev held talks in Moscow on 2 June. Opening the talks, "
        "Putin thanked Aliyev."
    )
    assert sorted(e.kind.value for e in result.events) == ["meeting", "summit"]


def test_an_undated_first_mention_is_still_an_event() -> None:
    assert "summit" in kinds("Pashinyan refused to sign the summit declaration in Yerevan.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The signing of a memorandum on transit took place in Baku on 3 May.",
            "agreement_signing",
        ),
        (
            "After long talks the two sides reached an agreement in Moscow on 3 May.",
            "agreement_signing",
        ),
        ("On 3 May Aliyev signed a decree on the new border service.", "decision"),
        ("Armenia's decision to freeze its CSTO payments in May angered Moscow.", "decision"),
        ("Thousands of people took to the streets of Yerevan on Sunday.", "protest"),
        ("Opposition supporters rallied in central Yerevan on 9 May.", "protest"),
        ("Lavrov gave a press conference in Moscow on Friday.", "interview"),
        ("The Iranian minister paid a visit to Yerevan in May.", "visit"),
    ],
)
def test_more_ways_of_reporting(body: str, expected: str) -> None:
    assert expected in kinds(body)


def test_a_decree_is_a_decision_not_a_signing() -> None:
    assert "agreement_signing" not in kinds(
        "On 3 May Aliyev signed a decree on the border service."
    )


def test_support_rallied_behind_a_leader_is_no_protest() -> None:
    assert "protest" not in kinds("Voters rallied behind Pashinyan in May.")


def test_two_triggers_of_one_phrase_are_one_event() -> None:
    result = parse(
        "The centre, agreed in a memorandum signed by Sergei Shoigu and Hulusi Akar in "
        "November 2020, opened later."
    )
    signings = [e for e in result.events if e.kind is EventKind.AGREEMENT_SIGNING]
    assert len(signings) == 1
    assert str(signings[0].date) == "2020-11"
    assert {"sergei-shoigu", "hulusi-akar"} <= set(signings[0].participants)


def test_a_document_word_inside_a_name_is_not_the_object() -> None:
    assert "agreement_signing" not in kinds(
        "The Collective Security Treaty Organization has agreed to send troops on 6 January."
    )


def test_a_purpose_clause_ends_the_phrase() -> None:
    result = parse("Critics said Yerevan timed the vote to embarrass the Kremlin.")
    assert all("RUS" not in e.participants for e in result.events)


def test_a_subject_is_not_read_across_a_comma() -> None:
    result = parse("The jet was hit, according to Baku, and crashed near Aktau on 25 December.")
    crash = next(e for e in result.events if e.kind is EventKind.CRASH)
    assert "AZE" not in crash.participants


def test_a_relative_pronoun_keeps_the_subject() -> None:
    result = parse("Russia, which summoned the Azerbaijani ambassador on 1 July, wants an apology.")
    summons = next(e for e in result.events if e.kind is EventKind.SUMMONS)
    assert "RUS" in summons.participants


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In March the cabinet opted to leave the payments unpaid.", "decision"),
        ("Yerevan chose to skip the bloc's drills in 2023.", "decision"),
        ("Hundreds gathered outside the Russian embassy in Yerevan on 2 May.", "protest"),
        ("Farmers blocked roads near Gyumri on 2 May.", "protest"),
        ("A sit-in near the parliament in Yerevan began on 2 May.", "protest"),
    ],
)
def test_other_decisions_and_protests(body: str, expected: str) -> None:
    assert expected in kinds(body)


def test_weapons_that_arrive_are_a_delivery_and_people_who_arrive_a_visit() -> None:
    assert kinds("The long-awaited howitzers arrived in Yerevan in March.") == {"delivery"}
    assert kinds("The first two Su-30SM jets finally arrived in Gyumri on Monday.") == {"delivery"}
    assert kinds("Sergey Lavrov arrived in Yerevan on Monday.") == {"visit"}


def test_an_event_after_a_modal_and_an_auxiliary_or_verb_has_not_happened() -> None:
    assert kinds("Russian border guards could be withdrawn from the frontier by autumn.") == set()
    assert kinds("The two ministries are expected to begin negotiations next month.") == set()
    # The realised shape stays an event.
    assert kinds("Russian border guards withdrew from the frontier in May.") == {"withdrawal"}
    assert kinds("The two ministries began negotiations last month.") == {"talks"}


def test_cancellations_and_parades_are_events() -> None:
    assert found("In May Baku called off a planned visit by the Russian deputy premier.") == {
        ("cancellation", "2022-05")
    }
    assert found("The new rocket launchers were first shown at the May 2021 victory parade.") == {
        ("parade", "2021-05")
    }


def test_video_sessions_and_dismissals_are_events() -> None:
    assert kinds("The bloc held an emergency video session of its leaders on Tuesday.") == {
        "session"
    }
    assert found("On 24 February the prime minister sacked the chief of the General Staff.") == {
        ("decision", "2022-02-24")
    }


def test_the_states_of_officials_who_take_part_take_part_too() -> None:
    (event,) = parse("Sergey Lavrov met Ararat Mirzoyan in Moscow on 20 May.").events
    assert set(event.participants) == {"sergey-lavrov", "ararat-mirzoyan", "RUS", "ARM"}


def test_an_apology_between_leaders_is_an_event() -> None:
    (event,) = parse("Vladimir Putin apologised to Ilham Aliyev by phone on 28 May.").events
    assert (event.kind.value, str(event.date)) == ("apology", "2022-05-28")
    assert {"vladimir-putin", "ilham-aliyev"} <= set(event.participants)


def test_attacks_are_attacks_and_invasions_wars_as_the_words_say() -> None:
    assert kinds("Azerbaijan's attack in September 2022 killed 200.") == {"clash"}
    assert kinds("Russia's full-scale invasion of Ukraine in February 2022 changed that.") == {
        "war"
    }
    assert kinds("Azerbaijan launched an offensive in Nagorno-Karabakh in September 2023.") == {
        "offensive"
    }


def test_present_tense_arrival_in_a_live_blog_is_a_visit() -> None:
    assert kinds("US envoy James O'Brien arrives in Tbilisi on Tuesday.") == {"visit"}


def test_weapons_that_reach_or_land_are_delivered_but_agreements_reached_are_not() -> None:
    assert found("The first six ATAGS howitzers reached Armenia in May.") == {
        ("delivery", "2022-05")
    }
    assert kinds("The first S-400 components landed at an air base near Ankara in May.") == {
        "delivery"
    }
    assert "delivery" not in kinds("Armenia and Russia reached an agreement in May.")


def test_both_coordinated_subjects_of_an_event_verb_take_part() -> None:
    (event,) = parse("Armenia and Russia reached an agreement on the border in May.").events
    assert {"ARM", "RUS"} <= set(event.participants)


def test_a_leader_who_signs_decrees_decides() -> None:
    assert found("On 4 March the president signed two decrees easing the visa rules.") == {
        ("decision", "2022-03-04")
    }
    assert found("Under the decree which Aliyev signed on 9 May, the border reopens.") == {
        ("decision", "2022-05-09")
    }
    # Parties who sign a treaty still sign an agreement.
    assert kinds("On 9 May Armenia and Iran signed a treaty on transit.") == {"agreement_signing"}


def test_a_state_that_orders_weapons_at_a_date_signs_a_contract() -> None:
    assert found("In 2021 Georgia ordered twelve howitzers from France.") == {
        ("agreement_signing", "2021")
    }
    assert found("The deal grew in 2019, when Yerevan bought six radars from India.") == {
        ("agreement_signing", "2019")
    }
    # No buyer, no date, or no weapons: no event.
    assert kinds("The old jets were bought from Belarus in 2001.") == set()
    assert kinds("Georgia ordered twelve howitzers from France.") == set()
    assert kinds("In 2021 Georgia bought a new embassy building in Paris.") == set()


def test_recognising_a_region_as_independent_is_a_recognition() -> None:
    assert found("In 2008 Moscow recognised both breakaway regions as independent.") == {
        ("recognition", "2008")
    }
    assert "recognition" not in kinds("In May Moscow recognised the scale of the problem.")


def test_police_who_raided_homes_carried_out_a_raid() -> None:
    assert found("Russian police raided two homes in Samara on 3 May.") == {("clash", "2022-05-03")}


def test_an_event_a_verb_would_start_or_a_plan_intends_has_not_happened() -> None:
    # The object of a launch verb after a modal, past a possessive, a name or a quote.
    # (declining to host them is a cancellation)
    assert kinds("In May Georgia declined to host the alliance's drills this year.") == {
        "cancellation"
    }
    assert kinds("Tbilisi saw no reason to host NATO exercises on its soil this year.") == set()
    assert kinds('A pundit said Moscow could launch a "special military operation" there.') == set()
    # The object of a plan or a threat.
    assert kinds("Baku accused Yerevan of having planned a war against it in 2021.") == set()
    assert kinds("The activist is being threatened with arrest in Baku.") == set()
    # Negated by its subject.
    assert "agreement_signing" not in kinds("Talks went on in 2021, but nothing was signed.")
    # The realised shapes stay events.
    assert kinds("Georgia hosted the alliance's drills in 2021.") == {"exercise"}
    assert kinds("Police detained the activist in Baku on 3 May.") == {"arrest"}


def test_an_undated_event_with_a_modal_predicate_is_hypothetical() -> None:
    assert kinds("Experts said the departure from the union would hurt trade.") == set()
    assert kinds("A force deployed without Baku's consent could prove useless.") == set()
    # A dated event keeps its date, and a modal of another clause does not count.
    assert "withdrawal" in kinds("The withdrawal of 2021 would later be criticised.")
    assert "meeting" in kinds("Aliyev met Erdogan in Ankara on 2 May and would return soon.")


def test_an_undated_live_blog_entry_happens_on_the_blogs_day() -> None:
    body = (
        "We are following the crisis as it unfolds.\n\n"
        "Monday, 27 June\n\n"
        "Overnight - Police raid an opposition office in Tbilisi.\n\n"
        "Tuesday, 28 June\n\n"
        "10:15 - The deployment of Russian troops to the border has begun, Moscow says.\n\n"
        "Afternoon - The summit of the bloc's leaders opens in Minsk."
    )
    assert found(body, "2022-06-30") == {
        ("clash", "2022-06-27"),
        ("deployment", "2022-06-28"),
        ("summit", "2022-06-28"),
    }


def test_without_a_stamp_an_undated_entry_stays_undated() -> None:
    body = "Tuesday, 28 June\n\nBackground - The summit of the bloc's leaders opens in Minsk."
    assert found(body, "2022-06-30") == {("summit", None)}


def test_a_court_ordered_detention_is_a_decision_and_custody_an_arrest() -> None:
    assert found("On 2 May a Baku court ordered the editor held in pre-trial detention.") == {
        ("decision", "2022-05-02")
    }
    assert found("On 1 May officers searched his house in Baku and took him into custody.") == {
        ("arrest", "2022-05-01")
    }


@pytest.mark.parametrize(
    "body",
    [
        "On Monday Baku handed the envoy a note of protest over the broadcast.",  # diplomatic
        "The court in The Hague issued a warrant for her arrest in 2023.",  # the warrant is
        "The ruling party won 41 percent of the vote on Sunday.",  # the election is
        "Georgia's air force still flies old ground-attack planes bought in 1999.",  # a weapon
        "Iran sent Russia attack drones in 2022, officials say.",  # a weapon
        "The cabinet now talks openly about a refund in 2021.",  # a verb
        "Trade via Yerevan worries sanctions officials in Brussels.",  # a job
    ],
)
def test_a_trigger_word_used_for_something_else_is_no_event(body: str) -> None:
    assert not kinds(body) & {"protest", "arrest", "election", "clash", "talks", "sanctions"}


def test_the_events_next_to_those_words_stay() -> None:
    assert kinds("An attack on the embassy in Tehran on 2 May killed a guard.") == {"clash"}
    assert kinds("Protesters staged a protest outside parliament on 2 May.") == {"protest"}
    assert kinds("Police made two arrests in Baku on 2 May.") == {"arrest"}


def test_a_state_in_common_does_not_make_two_signings_one() -> None:
    result = parse(
        "On 3 May Georgia signed a treaty with Turkey. Georgia also signed a memorandum with "
        "Iran on transit."
    )
    signings = [e for e in result.events if e.kind is EventKind.AGREEMENT_SIGNING]
    assert sorted(str(e.date) for e in signings) == ["2022-05-03", "None"]


def test_a_state_in_common_makes_two_mentions_of_a_freeze_one() -> None:
    result = parse(
        "In February Georgia froze its membership in the CSTO. Georgia has frozen its "
        "membership in the CSTO, the minister said."
    )
    assert [(e.kind.value, str(e.date)) for e in result.events] == [("suspension", "2022-02")]


def test_a_verb_with_an_object_after_the_trigger_ends_its_phrase() -> None:
    # June is the pullout's month, not the war's.
    assert ("war", "2022-06") not in found(
        "The force sent after the Patriotic War completed its pullout in June."
    )
    # A participle right after the trigger still describes it.
    assert found("The treaty signed in Moscow in May 2021 lapsed.") == {
        ("agreement_signing", "2021-05")
    }


def test_the_state_an_anti_protest_opposes_takes_no_part() -> None:
    (protest,) = parse("Anti-Russian protests in Tbilisi in June 2019 led to the ban.").events
    assert "RUS" not in protest.participants
    (protest,) = parse("Russian protesters rallied in Tbilisi in June 2019.").events
    assert "RUS" in protest.participants


@pytest.mark.parametrize(
    "body",
    [
        "On 4 May Sergey Lavrov took a call from Jeyhun Bayramov.",
        "Jeyhun Bayramov received a phone call from Sergey Lavrov on 4 May.",
        "Sergey Lavrov and Jeyhun Bayramov talked by phone on 4 May.",
    ],
)
def test_taking_or_receiving_a_call_is_a_phone_call(body: str) -> None:
    assert found(body) == {("phone_call", "2022-05-04")}


def test_a_call_for_something_is_no_phone_call() -> None:
    assert "phone_call" not in kinds("On 4 May Sergey Lavrov called for calm in Karabakh.")


def test_a_test_firing_is_an_exercise() -> None:
    assert found("In March the Iranian army test-fired a new missile near Bushehr.") == {
        ("exercise", "2022-03")
    }
    assert found("The test-firing of the missile near Bushehr in March alarmed Baku.") == {
        ("exercise", "2022-03")
    }
    # Being fired is no test.
    assert "exercise" not in kinds("In March the Iranian army fired its chief of staff.")


def test_a_person_who_lands_somewhere_visits_it_and_a_plane_does_not() -> None:
    (visit,) = parse("On 4 May Antony Blinken landed in Yerevan for talks.").events[:1]
    assert (visit.kind, str(visit.date)) == (EventKind.VISIT, "2022-05-04")
    assert "visit" not in kinds("On 4 May planes carrying the troops landed in Armenia.")
    # Weapons that land are delivered, as weapons that arrive.
    assert found("On 4 May the first Su-30SM jets landed in Gyumri.") == {
        ("delivery", "2022-05-04")
    }


@pytest.mark.parametrize(
    "body",
    [
        "An airstrike near Jermuk on 5 May killed two soldiers.",
        "Two soldiers died in a drone strike near Jermuk on 5 May.",
        "Missile strikes hit the depot near Jermuk on 5 May.",
    ],
)
def test_an_air_drone_or_missile_strike_is_a_clash(body: str) -> None:
    assert found(body) == {("clash", "2022-05-05")}


def test_a_strike_drone_is_a_weapon_not_a_strike() -> None:
    assert "clash" not in kinds("Armenia bought strike drones from India in 2021.")


def test_a_partial_or_general_mobilisation_is_a_decision() -> None:
    assert found("Moscow announced a partial mobilisation in September.") == {
        ("decision", "2021-09")
    }
    assert found("The general mobilization of 27 September 2020 emptied the villages.") == {
        ("decision", "2020-09-27")
    }
    # Rallying support is no decision.
    assert found("The mobilisation of support for Armenia in September was strong.") == set()


def test_a_visit_named_as_the_occasion_of_a_meeting_is_the_meeting() -> None:
    body = (
        "Vladimir Putin held talks with Kassym-Jomart Tokayev on 4 May, who is in Moscow "
        "on an official visit. The visit came a week after Vladimir Putin turned seventy."
    )
    assert kinds(body) == {"meeting"}
    # Told by verbs in sentences of their own, the visit and the meeting are two events.
    body = (
        "Kassym-Jomart Tokayev arrived in Moscow on 3 May. "
        "Vladimir Putin held talks with Kassym-Jomart Tokayev on 4 May."
    )
    assert found(body) == {("visit", "2022-05-03"), ("meeting", "2022-05-04")}


def test_talks_named_as_the_purpose_of_a_visit_are_the_visit() -> None:
    assert kinds("On 4 May Antony Blinken flew to Baku for talks with the government.") == {"visit"}
    assert kinds("Antony Blinken held talks with the government in Baku on 4 May.") == {"meeting"}


def test_a_visit_during_which_something_happened_takes_no_date_from_it() -> None:
    # Friday is the announcement's day; the visit began on Thursday.
    body = (
        "Antony Blinken announced the deal on Friday during his visit to Armenia. "
        "Antony Blinken had arrived in Yerevan on 23 June."
    )
    assert {e for e in found(body) if e[0] == "visit"} == {("visit", "2022-06-23")}
    # A raid is no occasion that lasts: what happened during it dates it.
    assert found("On 27 June two men died during a police raid in Yekaterinburg.") == {
        ("clash", "2022-06-27")
    }


def test_local_anti_terrorist_measures_are_an_offensive() -> None:
    # Baku's name for a one-day offensive; anti-terror measures at an airport are none.
    assert found("Baku began local anti-terrorist measures in Karabakh on 19 June.") == {
        ("offensive", "2022-06-19")
    }
    assert found("Anti-terror measures at Zvartnots airport were tightened on 19 June.") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Azerbaijan's attack on Armenian territory in May 2021 killed dozens.",
        "Turkish attacks on Syria in May 2021 killed dozens.",
        "The Azerbaijani attack on the territory of Armenia in May 2021 killed dozens.",
    ],
)
def test_one_states_attack_on_another_is_an_offensive(body: str) -> None:
    assert found(body) == {("offensive", "2021-05")}


@pytest.mark.parametrize(
    "body",
    [
        # On positions, not the state; or with no state attacking.
        "Azerbaijani attacks on Armenian positions in May 2021 killed dozens.",
        "An attack on Armenia in May 2021 was feared by Yerevan.",
    ],
)
def test_other_attacks_stay_clashes(body: str) -> None:
    assert kinds(body) <= {"clash"}
    assert "offensive" not in kinds(body)


def test_undated_present_perfect_past_the_lead_is_background() -> None:
    # Past the lead, "has frozen" with no date states how things stand.
    lead = "Moscow reacted calmly on Monday."
    assert kinds(f"{lead} Georgia has suspended its membership in the bloc.") == set()
    # Dated, or in the simple past, it is an event.
    assert ("suspension", "2022-06") in found(
        f"{lead} Georgia has suspended its membership in the bloc in June."
    )
    assert "suspension" in kinds(f"{lead} Georgia suspended its membership in the bloc.")
    # The lead reports the day's news in the present perfect.
    assert "suspension" in kinds("Georgia has suspended its membership in the bloc.")


def test_a_live_blog_entry_in_the_present_perfect_is_news() -> None:
    body = "We follow the crisis here.\n\n09:15 - Georgia has suspended its membership in the bloc."
    assert found(body) == {("suspension", "2022-06-30")}


def test_the_year_of_a_document_does_not_date_another_event() -> None:
    # The treaty's year is no date of the decision taken under it.
    assert found("Georgia decided to invoke the 1995 treaty with Russia.") == {("decision", None)}
    assert found("Georgia decided in 1995 to join the treaty with Russia.") == {
        ("decision", "1995")
    }
    # A signing or a ceasefire is dated by its document's year; a war by its own.
    assert found("The 1995 treaty was signed by Georgia and Russia.") == {
        ("agreement_signing", "1995")
    }
    assert ("war", "2008") in found("Georgia lost land in the 2008 war with Russia.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Two days later Georgia recalled its ambassador from Moscow.", "2022-06-23"),
        ("Georgia recalled its ambassador from Moscow the next day.", "2022-06-22"),
        ("The same day Georgia recalled its ambassador from Moscow.", "2022-06-21"),
        ("A month later Georgia recalled its ambassador from Moscow.", "2022-07"),
    ],
)
def test_a_date_told_relative_to_the_sentence_before(body: str, expected: str) -> None:
    lead = "Russian troops entered the Kodori valley on 21 June."
    assert ("recall", expected) in found(f"{lead} {body}")


def test_relative_dates_need_an_earlier_date_to_count_from() -> None:
    # No earlier date, or only a month to count days from: undated.
    body = "Two days later Georgia recalled its ambassador from Moscow."
    assert ("recall", None) in found(f"Russian troops entered the valley. {body}")
    assert ("recall", None) in found(f"Russian troops entered the valley in May. {body}")
    # The sentence's own date wins.
    assert ("recall", "2022-06-25") in found(
        "Troops moved on 21 June. Two days later, on 25 June, Georgia recalled its ambassador."
    )


def test_merged_mentions_pool_their_participants() -> None:
    body = (
        "Putin apologised to the Georgian side in May 2021. "
        "On 3 May 2021 Putin apologised to Salome Zourabichvili by phone."
    )
    apologies = [e for e in parse(body).events if e.kind is EventKind.APOLOGY]
    assert len(apologies) == 1
    assert {"vladimir-putin", "salome-zourabichvili"} <= set(apologies[0].participants)


def test_a_bare_definite_mention_dated_by_its_sentence_refers_back() -> None:
    # "the shelling" is the shelling already reported; the entry's date dates it.
    body = (
        "Azerbaijani shelling of Armenian villages in Syunik continued. "
        "On 14 June officials said the shelling had damaged two schools."
    )
    events = parse(body).events
    assert [(e.kind.value, str(e.date), e.participants) for e in events] == [
        ("clash", "2022-06-14", ("AZE", "ARM"))
    ]
    # With a date of its own inside its phrase, it is an event of its own.
    body = "Georgia reported shelling near Gori in May. The shelling on 14 June hit two schools."
    assert found(body) == {("clash", "2022-05"), ("clash", "2022-06-14")}
    # With nothing reported before, it is the first report.
    assert found("On 14 June officials said the shelling had damaged two schools.") == {
        ("clash", "2022-06-14")
    }


def test_a_session_or_call_includes_the_people_who_chaired_or_spoke() -> None:
    body = (
        "The 9th session of the Georgian-Russian trade commission took place in Tbilisi on "
        "Monday under the chairmanship of Deputy Prime Ministers Levan Davitashvili and "
        "Alexei Overchuk."
    )
    session = next(e for e in parse(body).events if e.kind is EventKind.SESSION)
    assert {"alexei-overchuk", "RUS"} <= set(session.participants)
    body = "Emmanuel Macron, the Elysee said, initiated a phone conversation with Baku on Tuesday."
    call = next(e for e in parse(body).events if e.kind is EventKind.PHONE_CALL)
    assert "emmanuel-macron" in call.participants


def test_a_persons_name_does_not_anchor_an_undated_session() -> None:
    # "sitting" names no session; nor does a person elsewhere in the sentence make it one.
    body = "According to Vladimir Putin, the rockets are still sitting in warehouses."
    assert "session" not in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "A: Formally, no. The prime minister froze Armenia's participation in February.",
        "Officially, no. Baku recalled its ambassador from Moscow in May.",
    ],
)
def test_a_negator_does_not_reach_across_a_full_stop(body: str) -> None:
    # "no." answers a question; the splitter may keep it with the next sentence.
    assert kinds(body) & {"suspension", "recall"}


def test_a_negator_in_the_clause_still_negates() -> None:
    assert not kinds("The prime minister never froze Armenia's participation in February.")


@pytest.mark.parametrize(
    "body",
    [
        "Baku recalled its ambassador from Paris in May.",
        "In April Yerevan recalled the Armenian ambassador from Minsk for consultations.",
    ],
)
def test_a_recalled_envoy_known_by_name_is_still_the_recall_object(body: str) -> None:
    # The role word may resolve to a known person; it still says who was recalled.
    assert "recall" in kinds(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Joe Biden was sworn in as president on 20 January.", ("appointment", "2022-01-20")),
        ("Tokayev's inauguration in Astana took place in January.", ("appointment", "2022-01")),
        (
            "The swearing-in of the new Georgian president was held on 16 December.",
            ("appointment", "2021-12-16"),
        ),
    ],
)
def test_an_inauguration_is_taking_office(body: str, expected: tuple[str, str] | None) -> None:
    events = found(body)
    assert "election" not in {kind for kind, _ in events}
    if expected is not None:
        assert expected in events


@pytest.mark.parametrize(
    "body",
    [
        "Aliyev did not attend Vladimir Putin's inauguration in Moscow on 7 May.",
        "The Georgian premier will not travel to the CSTO summit in Minsk on Friday.",
        "Armenia's defence minister did not join the parade on Red Square on 9 May.",
    ],
)
def test_an_absence_does_not_deny_the_event(body: str) -> None:
    assert kinds(body) & {"appointment", "summit", "parade"}


def test_a_negated_event_without_attendance_is_still_denied() -> None:
    assert not kinds("Armenia did not hold any exercises with Russia in May.")
    assert not kinds("Moscow never recognised the annexation in May.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Turkish troops left the Idlib outpost in March.", {("withdrawal", "2022-03")}),
        (
            "The Russian peacekeepers left the Lachin corridor on 3 May.",
            {("withdrawal", "2022-05-03")},
        ),
        ("The Georgian delegation left Moscow in March.", set()),
        ("Mirzoyan leaves Brussels on 3 May for talks in Paris.", set()),
        # A departure planned for a date ahead is an event (annotators code plans);
        # one that only would happen is none.
        ("The Russian troops will leave the base in March.", {("withdrawal", "2023-03")}),
        ("The Russian troops would leave the base in March.", set()),
    ],
)
def test_forces_that_leave_a_place_withdraw(body: str, expected: set[tuple[str, str]]) -> None:
    assert {e for e in found(body) if e[0] == "withdrawal"} == expected


@pytest.mark.parametrize(
    "body",
    [
        "In March Belarus declined to host the CSTO command-staff drills.",
        "Yerevan refused to host the bloc's joint exercises in 2023.",
    ],
)
def test_refusing_to_host_cancels(body: str) -> None:
    assert kinds(body) == {"cancellation"}


def test_the_eu_council_is_the_council_of_the_eu() -> None:
    body = "On 3 May the EU Council approved a new assistance measure for Georgia's army."
    decision = next(e for e in parse(body).events if e.kind is EventKind.DECISION)
    assert "council-of-the-eu" in decision.participants


def test_a_state_that_only_locates_a_place_takes_no_part() -> None:
    crash = parse("A Georgian cargo plane crashed near Shymkent in Kazakhstan on 2 May.").events[0]
    assert crash.kind is EventKind.CRASH
    assert "KAZ" not in crash.participants
    assert "GEO" in crash.participants
    # A state named for itself still takes part.
    crash = parse("A Kazakh cargo plane crashed near Shymkent on 2 May.").events[0]
    assert "KAZ" in crash.participants


def test_despite_ends_the_phrase_and_the_negators_reach() -> None:
    event = parse("Armenia got no help from Russia despite the attack on Tavush in May.").events[0]
    assert event.kind is EventKind.CLASH
    assert "RUS" not in event.participants


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On 4 May the Georgian energy watchdog approved a gas price rise, due on 1 July.",
            ("decision", "2022-05-04"),
        ),
        (
            "In 2019, the Kazakh Senate approved the treaty that Tokayev signed in 2018.",
            ("decision", "2019"),
        ),
    ],
)
def test_a_date_that_opens_the_sentence_dates_its_main_verb(
    body: str, expected: tuple[str, str]
) -> None:
    # The sentence names more dates; the opening one is the main clause's.
    assert expected in found(body)


def test_an_opening_date_does_not_reach_past_a_clause() -> None:
    body = "On 4 May, after weeks of talks that ended on 2 May, the watchdog approved a rise."
    assert ("decision", "2022-05-04") not in found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Georgia's prime minister Irakli Garibashvili resigned on 29 January.", "2022-01-29"),
        ("On Friday the Armenian defence minister stepped down.", "2022-06-24"),
        ("Iran closed its border with Azerbaijan in 2021.", "2021"),
        ("In March Baku began charging Georgian lorries a transit fee.", "2022-03"),
    ],
)
def test_resignations_and_closures_are_decisions(body: str, expected: str) -> None:
    assert ("decision", expected) in found(body)


def test_voted_in_by_parliament_is_an_election() -> None:
    body = "Kocharyan was voted in as prime minister by the National Assembly on 2 May."
    assert ("election", "2022-05-02") in found(body)


def test_an_entrys_present_perfect_is_the_live_days_news() -> None:
    body = (
        "10:20 - Tokayev says the summit will go ahead.\n\n"
        "11:05 - Baku reports shelling near Lachin. Aliyev has phoned Erdogan, his office says."
    )
    assert ("phone_call", "2022-06-30") in found(body)
    # Outside a live blog, it tells the state of things.
    body = "Tokayev says the summit will go ahead. Aliyev has phoned Erdogan, his office says."
    assert "phone_call" not in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "On Monday Pashinyan spoke by phone with Emmanuel Macron, Olaf Scholz and Joe Biden.",
        "On Monday Pashinyan held separate calls with Emmanuel Macron, Olaf Scholz and Joe Biden.",
    ],
)
def test_a_call_with_several_partners_is_one_call_each(body: str) -> None:
    calls = [e for e in parse(body).events if e.kind is EventKind.PHONE_CALL]
    ends = {frozenset(p for p in e.participants if "-" in p) for e in calls}
    assert ends == {
        frozenset({"nikol-pashinyan", "emmanuel-macron"}),
        frozenset({"nikol-pashinyan", "olaf-scholz"}),
        frozenset({"nikol-pashinyan", "joe-biden"}),
    }


def test_calls_with_other_partners_are_not_merged_but_the_same_call_is() -> None:
    body = (
        "On 3 May Aliyev spoke by phone with Erdogan. "
        "On 3 May Aliyev also held a phone call with Emmanuel Macron. "
        "The phone call with Erdogan on 3 May lasted an hour."
    )
    calls = [e for e in parse(body).events if e.kind is EventKind.PHONE_CALL]
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kazakhstan joined the Eurasian Economic Union in January 2015.", ("eaeu", "2015-01")),
        (
            "Georgia became a member of the Council of Europe in 1999.",
            ("council-of-europe", "1999"),
        ),
        (
            "Analysts doubt Minsk will ever leave the CSTO, which Belarus joined in 1992.",
            ("csto", "1992"),
        ),
    ],
)
def test_joining_an_organisation_is_an_accession(body: str, expected: tuple[str, str]) -> None:
    signing = next(e for e in parse(body).events if e.kind is EventKind.AGREEMENT_SIGNING)
    assert (expected[0], expected[1]) == (
        next(p for p in signing.participants if p == expected[0]),
        str(signing.date),
    )


@pytest.mark.parametrize(
    "body",
    [
        "Dozens of conscripts joined the protesters on Monday.",
        "Aliyev joined by video link from Baku on 3 May.",
        "On 3 May the Georgian premier joined the talks in Ankara.",
    ],
)
def test_joining_no_organisation_is_no_accession(body: str) -> None:
    assert "agreement_signing" not in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev said on 3 May that he would never visit Tbilisi again.",
        "The Georgian premier did not visit Ankara in March.",
        "Erdogan and Aliyev did not meet in Baku in April.",
    ],
)
def test_a_negated_visit_or_meeting_verb_is_denied(body: str) -> None:
    assert not kinds(body) & {"visit", "meeting"}


def test_a_negated_attendance_still_leaves_the_meeting() -> None:
    assert "summit" in kinds("Tokayev did not travel to the summit in Minsk on 3 May.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Of several dates, the one of the event's own clause dates it.
        (
            "Kazakhstan bought Turkish drones in 2020, and in 2022 Astana signed a contract"
            " with Ankara for frigates.",
            {("agreement_signing", "2020"), ("agreement_signing", "2022")},
        ),
        (
            "Moscow sold jets to Minsk in 2019; the Belarusian government signed a contract"
            " with Beijing in 2023 for radars.",
            {("agreement_signing", "2023")},
        ),
        # A date in a relative clause before the verb is that clause's.
        (
            "The missiles that Georgia bought in 2016 were delivered by Ukraine, its ministry"
            " said on 3 May.",
            {("delivery", None)},
        ),
        (
            "The tanks Ankara sold in 2019 were delivered to Baku, the ministry said in May.",
            {("delivery", None)},
        ),
    ],
)
def test_several_dates_the_clause_date_wins(
    body: str, expected: set[tuple[str, str | None]]
) -> None:
    assert found(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A visit told as under way is dated by the publication date.
        ("Tokayev, who is on an official visit to Minsk, praised the hosts.", "2022-06-30"),
        ("Lukashenko, who is in Astana on a two-day state visit, praised the hosts.", "2022-06-30"),
        ("Tokayev, who is currently visiting Minsk, praised the hosts.", "2022-06-30"),
        # ... but not one told in the past, or someone else's.
        ("Tokayev, who was on a visit to Minsk, praised the hosts.", None),
        ("Tokayev recalled his first visit to Minsk in 1997.", "1997"),
    ],
)
def test_a_visit_under_way_takes_the_publication_date(body: str, expected: str | None) -> None:
    assert ("visit", expected) in found(body)


def test_a_visit_under_way_is_not_an_earlier_visit() -> None:
    body = (
        "Tokayev, who is on an official visit to Minsk, praised the hosts. He recalled"
        " his first visit to Minsk in 1997."
    )
    assert {("visit", "2022-06-30"), ("visit", "1997")} <= found(body)


@pytest.mark.parametrize(
    ("body", "absent", "present"),
    [
        # An event in a "who"/"whose" aside is not dated by the main clause's date.
        ("On 3 May Medvedev, who was president during the war, warned Tbilisi.", "war", None),
        (
            "On 3 May the minister, who had negotiated the ceasefire with Baku, resigned.",
            "ceasefire",
            ("ceasefire", None),
        ),
        (
            "On 3 May Tokayev met Aliyev, who had signed a contract for drones.",
            "agreement_signing",
            ("meeting", "2022-05-03"),
        ),
        # The aside's own date still dates it.
        (
            "On 3 May Tokayev met Aliyev, who signed a contract for drones in 2020.",
            None,
            ("agreement_signing", "2020"),
        ),
        (
            "On 3 May the minister, whose ministry signed the treaty with Baku in 2020, resigned.",
            None,
            ("agreement_signing", "2020"),
        ),
        # Without an aside, the opening date dates the event.
        (
            "On 3 May the ceasefire, which the minister negotiated with Baku, collapsed.",
            None,
            ("ceasefire", "2022-05-03"),
        ),
    ],
)
def test_an_aside_about_a_person_keeps_its_events_undated(
    body: str, absent: str | None, present: tuple[str, str | None] | None
) -> None:
    events = found(body)
    if absent is not None:
        assert (absent, "2022-05-03") not in events
    if present is not None:
        assert present in events


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A perfect reported under a dated verb happened by then: the report's month.
        (
            "On 18 June the Kazakh minister, Ermekbayev, announced that Astana had signed a"
            " contract for 36 howitzers.",
            ("agreement_signing", "2022-06"),
        ),
        (
            "Ermekbayev announced last Tuesday that Astana had signed a contract for drones.",
            ("agreement_signing", "2022-06"),
        ),
        ("Tokayev said on 3 May that Ankara has delivered the drones.", ("delivery", "2022-05")),
    ],
)
def test_a_reported_perfect_takes_the_reports_month(
    body: str, expected: tuple[str, str | None]
) -> None:
    assert expected in found(body)


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev said on 3 May that Ankara would sign a contract for drones.",
        "Tokayev said on 3 May that the contract Ankara had signed was void.",
    ],
)
def test_no_reported_perfect_no_reports_date(body: str) -> None:
    assert not {e for e in found(body) if e[1] is not None and e[1].startswith("2022-05")}


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        # "since" opens a period: its date dates nothing told in it.
        (
            "Since the 2016 war, Tbilisi has signed a string of contracts with Ankara.",
            ("war", "2016"),
            ("agreement_signing", "2016"),
        ),
        (
            "Since 2019 Minsk has signed three contracts with Beijing for drones.",
            None,
            ("agreement_signing", "2019"),
        ),
        # A date of the phrase's own still dates it.
        (
            "Tbilisi signed a contract with Ankara in 2021, its first since 2019.",
            ("agreement_signing", "2021"),
            ("agreement_signing", "2019"),
        ),
    ],
)
def test_a_date_after_since_dates_no_event_outside_it(
    body: str, expected: tuple[str, str] | None, absent: tuple[str, str]
) -> None:
    events = found(body)
    assert absent not in events
    if expected is not None:
        assert expected in events


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Told at a known event ("at the end of the talks"), an event takes its date.
        (
            "Tokayev and Lukashenko held talks in Minsk on 3 May. At the end of the talks"
            " the two presidents signed a treaty.",
            ("agreement_signing", "2022-05-03"),
        ),
        (
            "The commission held its session in Astana on 3 May. During the session, the"
            " ministers signed a protocol.",
            ("agreement_signing", "2022-05-03"),
        ),
        (
            "The commission held its session in Astana on 3 May. At the beginning of the"
            " session the ministers signed a protocol.",
            ("agreement_signing", "2022-05-03"),
        ),
        (
            "The leaders met at a summit in Minsk on 3 May. On the sidelines of the summit"
            " the two ministers signed a memorandum.",
            ("agreement_signing", "2022-05-03"),
        ),
    ],
)
def test_an_event_told_at_a_known_event_takes_its_date(
    body: str, expected: tuple[str, str]
) -> None:
    assert expected in found(body)


@pytest.mark.parametrize(
    "body",
    [
        # "after" the event is another day; without a landmark phrase, no date either.
        "The leaders met at a summit in Minsk on 3 May. After the summit the two ministers"
        " signed a memorandum.",
        "The commission held its session in Astana on 3 May. The ministers signed a protocol.",
    ],
)
def test_no_landmark_phrase_no_borrowed_date(body: str) -> None:
    assert ("agreement_signing", "2022-05-03") not in found(body)


def test_a_landmark_keeps_the_sentences_own_date() -> None:
    body = (
        "The commission held its session in Astana on 3 May. During the session the"
        " ministers recalled the treaty signed on 5 April."
    )
    assert ("agreement_signing", "2022-04-05") in found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A lasting event after "during" is the occasion: the outer date is not its.
        ("On 3 May Tokayev praised the soldiers who fought during the war in Ukraine.", "war"),
        ("On 3 May Tokayev spoke about losses during the offensive in Karabakh.", "offensive"),
    ],
)
def test_a_lasting_event_after_during_takes_no_outer_date(body: str, expected: str) -> None:
    assert (expected, None) in found(body)


def test_a_lasting_event_after_during_keeps_its_own_date() -> None:
    body = "On 3 May Tokayev spoke about losses during the 2020 war in Karabakh."
    assert ("war", "2020") in found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A clause after "since", "until" or "because" has a time of its own.
        (
            "Tokayev's trip to Minsk on 3 May was his first since the court issued a warrant"
            " for his arrest.",
            ("warrant", None),
        ),
        (
            "On 3 May Baku closed its embassy because Yerevan had recalled its ambassador.",
            ("recall", None),
        ),
        # "has since <verb>": after the date told, not at it.
        (
            "Ties cooled after the offensive in May 2021, and Minsk has since suspended its"
            " membership of the bloc.",
            ("suspension", None),
        ),
        # "after" and "when" clauses keep the outer date.
        (
            "On 3 May Minsk recalled its ambassador after the talks with Baku.",
            ("talks", "2022-05-03"),
        ),
        ("In March, when Baku recalled its ambassador, the talks stalled.", ("recall", "2022-03")),
    ],
)
def test_a_clause_with_its_own_time_takes_no_outer_date(
    body: str, expected: tuple[str, str | None]
) -> None:
    assert expected in found(body)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        # A participle right after an event noun describes it: its date is the noun's,
        # and signing a truce is the truce.
        (
            "The ceasefire statement signed on 10 November 2020 ended the war.",
            ("ceasefire", "2020-11-10"),
            ("agreement_signing", "2020-11-10"),
        ),
        (
            "Under the ceasefire agreement signed on 5 May 1994, the front was quiet.",
            ("ceasefire", "1994-05-05"),
            ("agreement_signing", "1994-05-05"),
        ),
        # ... but not a verb after "and", which has a subject of its own.
        (
            "Tokayev criticised the summit and declared on 3 May that Minsk was wrong.",
            ("summit", None),
            ("summit", "2022-05-03"),
        ),
    ],
)
def test_a_participle_after_an_event_noun_dates_it(
    body: str, expected: tuple[str, str | None], absent: tuple[str, str]
) -> None:
    events = found(body)
    assert expected in events
    assert absent not in events


def test_signing_parties_keep_their_own_signing() -> None:
    body = (
        "Under the ceasefire statement signed by Baku and Moscow on 10 November 2020,"
        " peacekeepers were deployed."
    )
    assert ("agreement_signing", "2020-11-10") in found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A war known by a name that tells when it was: the name dates it.
        ("Veterans of the 44-day war gathered in Baku on Sunday.", ("war", "2020")),
        ("The five-day war left Tbilisi without two regions.", ("war", "2008-08")),
        ("Few in Gori have forgotten the August war with Russia.", ("war", "2008-08")),
    ],
)
def test_a_named_war_takes_the_date_its_name_tells(
    body: str, expected: tuple[str, str | None]
) -> None:
    assert expected in found(body)


def test_a_named_war_involves_both_sides_of_its_conflict() -> None:
    (war,) = parse("He fought in the Second Karabakh War.").events
    assert war.kind is EventKind.WAR
    assert {"ARM", "AZE"} <= set(war.participants)


def test_an_unnamed_war_takes_no_date_from_its_length() -> None:
    # "a three-week war" is no known war: it is dated only by its own words.
    assert ("war", "2020") not in found(
        "Analysts feared a three-week war between Armenia and Azerbaijan."
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A ban on flights suspends them, however the ban is told.
        ("Moscow imposed a ban on flights to Tbilisi in May.", ("suspension", "2022-05")),
        ("The flight ban that Russia announced in March hurt tourism.", ("suspension", "2022-03")),
        ("On Monday Russia banned flights to Georgia.", ("suspension", "2022-06-27")),
    ],
)
def test_a_flight_ban_is_a_suspension(body: str, expected: tuple[str, str | None]) -> None:
    assert expected in found(body)


@pytest.mark.parametrize(
    "body",
    [
        "Russia lifted its ban on flights to Georgia in May.",
        "In May the flight ban on Georgian carriers was lifted.",
        "The Kremlin ended the freeze on direct flights in April.",
    ],
)
def test_a_ban_told_as_ended_is_no_suspension(body: str) -> None:
    assert "suspension" not in kinds(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Leaving a meeting or summit before it is held calls one's part in it off.
        (
            "On 4 May Aliyev pulled out of the planned summit in Prague.",
            ("cancellation", "2022-05-04"),
        ),
        (
            "In March the Armenian delegation walked out of the talks in Minsk.",
            ("cancellation", "2022-03"),
        ),
        (
            "Yerevan withdrew from the CSTO drills in Belarus in January.",
            ("cancellation", "2022-01"),
        ),
        # ... but forces that pull out of a place withdraw from it.
        ("Russian troops pulled out of the town in April.", ("withdrawal", "2022-04")),
    ],
)
def test_pulling_out_of_a_meeting_is_a_cancellation(
    body: str, expected: tuple[str, str | None]
) -> None:
    events = found(body)
    assert expected in events
    assert len({kind for kind, _ in events} & {"withdrawal", "cancellation"}) == 1


def test_walking_out_of_anything_but_a_meeting_is_no_event() -> None:
    body = "On Monday students in Yerevan walked out of their lectures."
    assert not kinds(body) & {"withdrawal", "cancellation"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Applying to join a bloc is a state's decision, as a verb or as a noun.
        ("On Tuesday Georgia applied to join the European Union.", ("decision", "2022-06-28")),
        ("In May Kazakhstan applied for membership of the bloc.", ("decision", "2022-05")),
        ("Armenia's application to join the union was lodged in March.", ("decision", "2022-03")),
    ],
)
def test_applying_to_join_a_bloc_is_a_decision(body: str, expected: tuple[str, str | None]) -> None:
    assert expected in found(body)


def test_no_application_is_no_decision() -> None:
    assert "decision" not in kinds("The bill is not an application for membership of the EU.")


def test_a_dated_decision_of_a_party_is_a_decision() -> None:
    body = "Trade suffered from the decision of Tehran last month to close the road."
    assert ("decision", "2022-05") in found(body)


def test_an_undated_decision_of_a_party_is_no_event() -> None:
    # Judging a decision does not report one.
    assert "decision" not in kinds("Brussels regrets the decision of the Georgian authorities.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # What reopens: a market, a corridor, an airport, a border.
        (
            "Exports grew after the 2019 reopening of the Chinese market to Armenian brandy.",
            ("opening", "2019"),
        ),
        ("Ankara reopened its border with Yerevan in April.", ("opening", "2022-04")),
        ("The airport in Gyumri reopened on 3 May after repairs.", ("opening", "2022-05-03")),
    ],
)
def test_a_market_corridor_or_border_that_reopens_is_an_opening(
    body: str, expected: tuple[str, str | None]
) -> None:
    assert expected in found(body)


def test_a_road_opened_to_an_idea_is_no_opening() -> None:
    assert "opening" not in kinds("In May the minister opened the road to compromise.")


def test_a_date_of_a_verb_before_a_comma_is_not_the_next_clauses() -> None:
    # "ratified in March" dates the ratification; the talks after the comma are undated.
    events = found("Under the accord that Moscow ratified in March, Iran and Armenia held talks.")
    assert ("meeting", None) in events
    assert ("meeting", "2022-03") not in events
    # A "when" clause is at the time of the clause before it.
    assert ("agreement_signing", "2021-10") in found(
        "France followed last October, when the minister signed a contract for radars."
    )


@pytest.mark.parametrize(
    "body",
    [
        # Where forces are stationed is no deployment.
        "Russian border guards are deployed along the Turkish border under a 1992 treaty.",
        "The soldier served with the Russian division deployed near Gyumri.",
        "Peacekeepers remain deployed in the corridor.",
    ],
)
def test_forces_stationed_somewhere_are_no_deployment(body: str) -> None:
    assert "deployment" not in kinds(body)


def test_forces_sent_somewhere_are_a_deployment() -> None:
    assert ("deployment", "2022-05") in found(
        "In May Russia deployed two battalions to the border."
    )
    assert ("deployment", "2022-04") in found("Russian troops were deployed to the town in April.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A party that formally asks another for help, or appeals to a bloc, appeals.
        ("On Monday Tbilisi asked the European Union for assistance.", ("appeal", "2022-06-27")),
        ("In May Kyrgyzstan appealed to the CSTO over the border fighting.", ("appeal", "2022-05")),
        (
            "On 2 May Aliyev asked Erdogan to send observers to the border.",
            ("appeal", "2022-05-02"),
        ),
        (
            "On Friday Moscow answered the appeal of Pashinyan to Putin for help.",
            ("appeal", "2022-06-24"),
        ),
    ],
)
def test_asking_for_help_is_an_appeal(body: str, expected: tuple[str, str | None]) -> None:
    assert expected in found(body)


@pytest.mark.parametrize(
    "body",
    [
        "On Monday reporters asked Peskov whether Moscow would help.",  # a question
        "He was asked about the talks on Monday.",
        "On Monday the government turned to the budget.",
        "Yerevan asked the bloc for help, the minister recalled.",  # undated: background
        "On Monday Armenia asked Russia",  # the text ends before what was asked
    ],
)
def test_what_is_no_appeal(body: str) -> None:
    assert "appeal" not in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        # A condition is no fact, and "no talks" were none.
        "If talks with Tehran fail, Yerevan will look elsewhere.",
        "Unless the summit in Minsk goes ahead, the bloc will stall.",
        "There were no substantive talks between Aliyev and Putin in May.",
    ],
)
def test_conditions_and_denied_nouns_are_no_events(body: str) -> None:
    assert not kinds(body) & {"talks", "summit", "meeting"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A deal named just before "agreed" is what was agreed, with its date.
        (
            "Armenia bought the rifles with a $300 million loan agreed in 2016.",
            ("agreement_signing", "2016"),
        ),
        (
            "Villagers protested over the border delimitation with Georgia agreed in May.",
            ("agreement_signing", "2022-05"),
        ),
    ],
)
def test_a_deal_agreed_is_an_agreement(body: str, expected: tuple[str, str | None]) -> None:
    assert expected in found(body)


def test_agreeing_to_future_contracts_is_no_agreement() -> None:
    assert "agreement_signing" not in kinds(
        "In March Paris agreed to future contracts that would let Yerevan buy radars."
    )


@pytest.mark.parametrize(
    "body",
    [
        # "keep meeting" is a verb, "was met by" a welcome, not a meeting held.
        "For now the council will keep meeting without its Armenian member.",
        "The Russian minister was met at the airport by a small crowd of protesters.",
    ],
)
def test_what_is_no_meeting(body: str) -> None:
    assert "meeting" not in kinds(body)


def test_an_undated_state_told_since_is_no_event() -> None:
    # Past the lead, "has since frozen" tells the state of things after a dated event.
    body = (
        "Relations have been tense for years.\n\n"
        "Ties cooled after the war in 2020, and Armenia has since frozen its participation "
        "in the Collective Security Treaty Organization."
    )
    assert "suspension" not in kinds(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A stop announced as what a party would do is the decision, dated by the report.
        (
            "In March Kyrgyzstan announced that it would stop paying its dues to the bloc.",
            ("decision", "2022-03"),
        ),
        (
            "On 4 May the ministry said that Minsk will stop financing the joint forces.",
            ("decision", "2022-05-04"),
        ),
        # Deciding to ask for help, or to appeal to a bloc, is the appeal itself.
        (
            "On 13 May the Security Council decides to formally ask Russia for help.",
            ("appeal", "2022-05-13"),
        ),
        ("In April the government decided to appeal to the CSTO.", ("appeal", "2022-04")),
    ],
)
def test_announced_stops_and_decided_appeals(body: str, expected: tuple[str, str | None]) -> None:
    assert expected in found(body)


@pytest.mark.parametrize(
    "body",
    [
        "In March analysts warned that Armenia would stop paying its dues.",
        "If the bloc fails again, Armenia will stop financing it, he warned in May.",
    ],
)
def test_a_stop_not_announced_is_no_decision(body: str) -> None:
    assert "decision" not in kinds(body)


def test_fire_opened_with_an_adjective_is_a_clash() -> None:
    body = "On 3 May Georgian forces opened heavy fire on positions near the border."
    assert ("clash", "2022-05-03") in found(body)


def test_an_attack_on_his_country_is_on_a_state() -> None:
    # Told by a leader, "his country" is his state: one state's attack on another.
    body = "Aliyev said the bloc had ignored Armenia's attack on his country in May."
    assert ("offensive", "2022-05") in found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Forces sent "under" a deal were sent when the deal was made.
        (
            "Russia deployed 500 troops to the border under the deal that ended the war in "
            "March 2021.",
            ("deployment", "2021-03"),
        ),
        (
            "The contingent was deployed to the area under the ceasefire statement signed by "
            "the leaders on 9 March 2021.",
            ("deployment", "2021-03"),
        ),
    ],
)
def test_a_deployment_under_a_deal_takes_its_month(
    body: str, expected: tuple[str, str | None]
) -> None:
    assert expected in found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An "-ed" word after an article or a preposition is an adjective: the date
        # after it is still the event's.
        (
            "Aliyev and Putin signed a declaration on allied interaction in February 2022.",
            ("agreement_signing", "2022-02"),
        ),
        (
            "The two ministers signed a memorandum on expanded cooperation on 3 May.",
            ("agreement_signing", "2022-05-03"),
        ),
    ],
)
def test_an_adjective_in_ed_keeps_the_date(body: str, expected: tuple[str, str | None]) -> None:
    assert expected in found(body)


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # The cause of an act came before it: "over the arrests" does not take the day
        # the ambassador was summoned.
        ("Baku summoned the Russian ambassador on Monday over the arrests.", "arrest"),
        ("Putin apologised to Aliyev on 28 December for the crash of the airliner.", "crash"),
        (
            "Armenia recalled its ambassador on Friday in response to the arrest of its "
            "citizens in Moscow.",
            "arrest",
        ),
    ],
)
def test_a_cause_takes_no_date_of_the_act(body: str, absent: str) -> None:
    assert not any(kind == absent and date for kind, date in found(body))


def test_a_cause_keeps_a_date_of_its_own() -> None:
    body = "Baku summoned the Russian ambassador on Monday over the arrests of 27 June."
    assert ("arrest", "2022-06-27") in found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Gunfire by any of its names is a clash; "erupted" starts the noun's own clause.
        ("Two Armenian soldiers were killed in a border shootout on Tuesday.", "2022-06-28"),
        ("Fighting erupted on the border on Tuesday night.", "2022-06-28"),
        ("An exchange of fire took place near Sotk on Tuesday, the ministry said.", "2022-06-28"),
        ("Armenian and Azerbaijani troops traded fire near Sotk on Tuesday.", "2022-06-28"),
        ("A firefight broke out between the two armies on Tuesday.", "2022-06-28"),
    ],
)
def test_gunfire_is_a_clash(body: str, expected: str) -> None:
    assert ("clash", expected) in found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Weapons a state received at a date were delivered.
        ("Armenia received the first batch of French armoured vehicles in May.", "delivery"),
        # Troops that began withdrawing withdrew.
        ("Russian peacekeepers began withdrawing from Karabakh in April.", "withdrawal"),
        # A dated vote to do what no trigger of its own tells is a vote.
        ("Armenia's parliament voted on Wednesday to start the accession process.", "election"),
        # Flights that resume are an opening (annotators' "opening").
        ("Georgia resumed direct flights with Russia in May.", "opening"),
        # A ban on trade is a sanction; a ban on flights stays a suspension.
        ("Moscow imposed a ban on Armenian brandy imports in May.", "sanctions"),
        ("Russia banned imports of Armenian flowers in May.", "sanctions"),
    ],
)
def test_common_news_shapes(body: str, expected: str) -> None:
    assert expected in kinds(body)


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("Pashinyan received the Russian ambassador on Monday.", "delivery"),
        ("Blinken said in May that Russia had received Iranian missiles.", "delivery"),
        ("Armenia's parliament voted on Tuesday to ratify the Rome Statute.", "election"),
        ("When parliament voted on 3 October, the Kremlin called it a mistake.", "election"),
    ],
)
def test_no_delivery_or_vote_without_its_object(body: str, absent: str) -> None:
    assert absent not in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "Baku called off Overchuk's visit to Azerbaijan on Saturday.",
        "Moscow cancelled the planned visit of the Armenian minister on Friday.",
    ],
)
def test_a_visit_called_off_is_only_a_cancellation(body: str) -> None:
    assert kinds(body) == {"cancellation"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A plan the text dates ahead of publication is an event, as annotators code it.
        ("Armenia will hold parliamentary elections in June 2026.", ("election", "2026-06")),
        ("Pashinyan and Aliyev are due to meet in Prague on 1 August.", ("meeting", "2022-08-01")),
        ("Putin will visit Baku in August.", ("visit", "2022-08")),
    ],
)
def test_a_plan_dated_ahead_is_an_event(body: str, expected: tuple[str, str | None]) -> None:
    assert expected in found(body)


@pytest.mark.parametrize(
    "body",
    [
        "Armenia will sign the treaty soon, the minister said.",
        "In May analysts said Armenia would hold elections in 2021.",
        "The army is ready to meet NATO standards by 2025.",
    ],
)
def test_an_undated_or_conditional_plan_is_no_event(body: str) -> None:
    assert not found(body)


def test_a_past_act_with_no_date_takes_the_day_of_its_trailing_attribution() -> None:
    body = "Armenia recalled its ambassador from Minsk, the ministry said on Tuesday."
    assert found(body, date="2024-10-16") == {("recall", "2024-10-15")}
    # A plan is no past act: "will recall" stays undated news of a plan, not Tuesday's.
    body = "Armenia will recall its ambassador from Minsk, the ministry said on Tuesday."
    assert ("recall", "2024-10-15") not in found(body, date="2024-10-16")


def test_a_day_within_a_named_war_dates_it_more_precisely() -> None:
    assert found("The 44-day war broke out on 27 September 2020.") == {("war", "2020-09-27")}
    assert found("Thousands fled during the 44-day war.") == {("war", "2020")}


def test_an_offset_counts_from_the_date_told_earlier_in_the_same_sentence() -> None:
    body = "The leaders met in Sochi on 3 May and signed a declaration two days later."
    assert found(body) == {("meeting", "2022-05-03"), ("agreement_signing", "2022-05-05")}
