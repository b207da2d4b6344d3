"""Who speaks: attribution shapes of news, on sentences written for these tests."""

from __future__ import annotations

import pytest

from armru import DocumentResult, parse_text


def parse(body: str, date: str = "2023-12-28") -> DocumentResult:
    return parse_text(f" date {date} Test\n\n{body}", doc_id="t")


def speakers(result: DocumentResult) -> list[tuple[str, str]]:
    return [(s.speaker, s.verb) for s in result.statements]


def test_state_named_right_after_the_verb_is_inside_the_reported_content() -> None:
    # "Peskov said Moscow regretted ...": Moscow's regret is what Peskov reported,
    # not a second speech act, even with no "that" between the two.
    result = parse("The Kremlin's Dmitry Peskov stated Moscow deplored the latest vote in Yerevan.")
    assert speakers(result) == [("dmitry-peskov", "state")]
    result = parse("Nikol Pashinyan told deputies Armenia rejected the summit's declaration.")
    assert speakers(result) == [("nikol-pashinyan", "tell")]


def test_pronoun_speaker_is_the_person_last_brought_in_as_a_subject() -> None:
    # The last speaker was Lavrov, but Aliyev is the subject of the sentence between.
    result = parse(
        "Sergey Lavrov praised the talks in Moscow. "
        "Ilham Aliyev, who arrived late, looked more reserved. "
        "He warned that Baku would not wait for ever."
    )
    assert speakers(result) == [("sergey-lavrov", "praise"), ("ilham-aliyev", "warn")]


def test_pronoun_speaker_still_continues_a_speaker_when_no_subject_intervenes() -> None:
    result = parse(
        "Maria Zakharova criticized Yerevan on Thursday. "
        "The remarks about Nikol Pashinyan drew a swift reply. "
        "She also accused Armenian media of bias."
    )
    assert [s.speaker for s in result.statements] == ["maria-zakharova", "maria-zakharova"]


def test_pronoun_speaker_in_a_clause_after_its_own_subject() -> None:
    result = parse(
        "Peskov welcomed the talks. "
        "Vladimir Putin flew to Baku in August, where he told reporters that trade was growing."
    )
    assert speakers(result)[-1] == ("vladimir-putin", "tell")


def test_introductory_clause_does_not_supply_the_subject() -> None:
    # "Putin" belongs to the question; the spokesman is the subject.
    result = parse(
        "Dmitry Peskov spoke to journalists on Monday. "
        "Asked whether Putin would visit Yerevan, the spokesman smiled. "
        "“We have no such plans,” he said."
    )
    assert speakers(result) == [("dmitry-peskov", "say")]


def test_chain_of_pronouns_keeps_the_person_in_view() -> None:
    result = parse(
        "Ararat Mirzoyan spoke in Brussels. "
        "He seemed tired. "
        "Brussels is far from the border. "
        "“We need partners, not patrons,” he said."
    )
    assert speakers(result) == [("ararat-mirzoyan", "say")]


def test_the_spokesman_refers_back_to_a_press_secretary() -> None:
    # Armenia is the state named most, but "the spokesman" is the one just introduced.
    result = parse(
        "Kremlin spokesman Dmitry Peskov flew to Armenia, his first trip to Armenia. "
        "Later the spokesman said Yerevan was a close partner."
    )
    assert [s.speaker for s in result.statements] == ["dmitry-peskov"]


def test_second_speech_act_of_the_same_speaker_in_a_new_clause() -> None:
    result = parse(
        "Pashinyan told parliament that talks with Baku would continue, "
        "and he accused Moscow of stalling the border demarcation."
    )
    assert speakers(result) == [("nikol-pashinyan", "tell"), ("nikol-pashinyan", "accuse")]
    result = parse("Lavrov's reply was sharp: he condemned Armenia's drift toward the West.")
    assert ("sergey-lavrov", "condemn") in speakers(result)


def test_but_added_is_a_second_statement_of_the_same_speaker() -> None:
    result = parse("“Yerevan remains our ally,” Peskov said, but added that Armenia owed answers.")
    assert speakers(result) == [("dmitry-peskov", "say"), ("dmitry-peskov", "add")]


def test_pronoun_inside_reported_content_is_not_a_new_statement() -> None:
    result = parse("Mirzoyan said he had warned Baku against any new offensive in Syunik.")
    assert speakers(result) == [("ararat-mirzoyan", "say")]


def test_apposition_comma_does_not_make_an_active_verb_passive() -> None:
    result = parse(
        "Ilham Aliyev, addressing the nation on Sunday, described the deal as a defeat by Armenia."
    )
    assert speakers(result) == [("ilham-aliyev", "describe")]


def test_main_clause_after_an_introductory_clause_has_its_own_speaker() -> None:
    result = parse(
        "After Pashinyan proposed a new border commission, "
        "the Kremlin was quick to dismiss the plan."
    )
    assert ("RUS", "dismiss") in speakers(result)


def test_appositive_charge_rejected_by_the_other_side() -> None:
    result = parse("Baku accused Armenian units of shelling, an allegation Yerevan denied.")
    assert [s.speaker for s in result.statements] == ["AZE", "ARM"]


def test_title_in_capitals_is_resolved_like_a_lower_case_one() -> None:
    result = parse(
        "Iran warned Azerbaijan again. The Supreme Leader told visitors that Iran "
        "would not accept any change of borders.",
        date="2022-07-20",
    )
    assert ("ali-khamenei", "tell") in speakers(result)


def test_known_people_and_commands_speak_under_their_own_names() -> None:
    result = parse(
        "Nancy Pelosi, who led a congressional delegation, condemned the shelling of Jermuk.",
        date="2022-09-18",
    )
    assert speakers(result) == [("nancy-pelosi", "condemn")]
    result = parse("U.S. Army Europe and Africa said the drills had ended.", date="2024-07-25")
    assert speakers(result) == [("us-army-europe-africa", "say")]


def test_both_members_of_a_subject_pair_speak() -> None:
    result = parse("Aliyev and Putin held talks in the Kremlin, and both hailed the new gas deal.")
    assert sorted(s.speaker for s in result.statements) == ["ilham-aliyev", "vladimir-putin"]


def test_second_verb_after_and_has_the_first_verbs_subject_not_the_nearest_object() -> None:
    # The nearest actor before "and warned" is the object of the first verb.
    result = parse(
        "Maria Zakharova accused Yerevan of blaming Moscow for its own failures "
        "and warned that Armenia risked becoming a tool of the West."
    )
    assert speakers(result) == [("maria-zakharova", "accuse"), ("maria-zakharova", "warn")]
    # An unknown subject ("a source") speaks for neither verb; the object never does.
    result = parse(
        "A source in Moscow accused Yerevan of ingratitude and once again warned "
        "Armenia against leaving the bloc."
    )
    assert [s.speaker for s in result.statements] == []


def test_verb_after_and_inside_reported_content_is_not_a_new_statement() -> None:
    result = parse(
        "Dmitry Peskov noted that Yerevan wanted closer trade ties "
        "and hoped to buy more Russian gas."
    )
    assert speakers(result) == [("dmitry-peskov", "note")]


def test_light_verb_with_a_speech_noun_is_that_speech_act() -> None:
    result = parse("Vladimir Putin voiced cautious hope that the talks with Baku would resume.")
    assert speakers(result) == [("vladimir-putin", "hope")]
    result = parse("The Azerbaijani Foreign Ministry expressed its satisfaction with the text.")
    assert speakers(result) == [("aze-mfa", "express satisfaction")]


def test_title_before_a_known_surname_is_not_part_of_a_new_name() -> None:
    result = parse("Secretary Blinken called the charter a milestone for both nations.")
    assert speakers(result) == [("antony-blinken", "call")]
    assert "secretary-blinken" not in {a.id for a in result.actors}


def test_according_to_him_is_the_person_just_named() -> None:
    result = parse(
        "Ararat Mirzoyan spoke to reporters in Yerevan on Monday. "
        "According to him, the sides agreed on a new round of consultations."
    )
    assert speakers(result)[-1] == ("ararat-mirzoyan", "according to")


def test_it_and_the_statement_speak_for_the_body_just_named() -> None:
    result = parse(
        "The Russian Foreign Ministry published a statement on Saturday. "
        "It noted that the 1997 treaty obliges Moscow to help Armenia. "
        '"Russia will honour its obligations," the statement said.'
    )
    assert speakers(result) == [("rus-mfa", "note"), ("rus-mfa", "say")]
    # A dummy "it" with no body named just before speaks for no one.
    result = parse("Snow fell in the capital on Monday. It said nothing about the talks.")
    assert result.statements == ()


def test_two_agents_of_a_passive_both_speak_about_its_subject() -> None:
    result = parse(
        "The talk-show host's outburst was condemned by President Salome Zourabichvili "
        "and Prime Minister Irakli Garibashvili."
    )
    assert sorted(speakers(result)) == [
        ("irakli-garibashvili", "condemn"),
        ("salome-zourabichvili", "condemn"),
    ]


def test_a_speech_noun_before_a_passive_verb_is_not_the_agents_speech() -> None:
    result = parse("The remarks were condemned by Nikol Pashinyan on Monday.")
    assert speakers(result) == [("nikol-pashinyan", "condemn")]


def test_a_new_speaker_after_a_colon_is_a_new_statement() -> None:
    result = parse(
        "Yerevan has complained that Moscow has not delivered arms it paid for: in May, "
        "Security Council Secretary Armen Grigoryan said more than one contract was affected."
    )
    assert speakers(result) == [("ARM", "complain"), ("armen-grigoryan", "say")]


def test_it_after_a_comma_and_but_speaks_for_the_body_of_the_first_clause() -> None:
    result = parse(
        "The Russian Foreign Ministry issued a protest on Friday. "
        "Officials called the broadcast unacceptable, but it noted that Tbilisi had "
        "distanced itself from the host."
    )
    assert ("rus-mfa", "note") in speakers(result)
    # A sentence opening "But it ..." is about a thing, not the body (issuing a
    # protest is the ministry's only act).
    result = parse(
        "The Russian Foreign Ministry issued a protest on Friday. "
        "But it also reveals how little trust is left between Moscow and Tbilisi."
    )
    assert speakers(result) == [("rus-mfa", "protest")]


def test_a_possessive_pronoun_is_not_the_subject_of_a_participle_clause() -> None:
    result = parse(
        "Ilham Aliyev spoke first. During his visit to Yerevan on 18 August, President "
        "Masoud Pezeshkian struck a conciliatory tone, saying Iran respected Armenia's borders.",
        date="2025-08-20",
    )
    assert speakers(result)[-1] == ("masoud-pezeshkian", "say")


def test_what_it_called_is_said_by_the_sentences_institution() -> None:
    result = parse(
        "The Russian Foreign Ministry summoned the Azerbaijani ambassador on Monday over "
        "what it called unfriendly steps by Baku."
    )
    assert speakers(result) == [("rus-mfa", "call")]


def test_a_reaction_with_nothing_said_is_no_statement() -> None:
    assert speakers(parse("The Kremlin responded cautiously.")) == []
    assert speakers(parse("The CSTO responded by sending a fact-finding mission.")) == []
    assert speakers(parse('"We regret it," the Kremlin responded.')) == [("RUS", "respond")]
    assert speakers(parse("Dmitry Peskov responded that Moscow would study the text.")) == [
        ("dmitry-peskov", "respond")
    ]


def test_a_sentence_opening_it_with_an_object_is_a_thing_not_a_body() -> None:
    result = parse(
        "The Russian Foreign Ministry protested on Monday. "
        "It adds one more layer to a strained relationship."
    )
    assert speakers(result) == [("rus-mfa", "protest")]


def test_a_body_name_only_one_state_has_speaks_for_that_state() -> None:
    # No state is named, but only Russia has a State Duma and only the US a State Department.
    result = parse("The State Duma accused Yerevan of ingratitude on Wednesday.")
    assert speakers(result) == [("rus-parliament", "accuse")]
    result = parse("The State Department said it was watching the border closely.")
    assert speakers(result) == [("usa-mfa", "say")]
    # A generic body with no state named stays unresolved.
    assert parse("The parliament accused Yerevan of ingratitude.").statements == ()


def test_retorts_musings_and_laughing_off_are_speech_acts() -> None:
    result = parse(
        "Nikol Pashinyan retorted that the former president had lost the war. "
        "Ararat Mirzoyan mused that Armenia might one day host no foreign base. "
        "Dmitry Peskov laughed off reports that the Kremlin had drafted a new gas price."
    )
    assert speakers(result) == [
        ("nikol-pashinyan", "retort"),
        ("ararat-mirzoyan", "muse"),
        ("dmitry-peskov", "laugh off"),
    ]
    assert result.statements[2].denial


def test_informing_and_briefing_are_speech_acts_but_informed_sources_are_not() -> None:
    result = parse("Maria Zakharova informed reporters that Moscow had sent a note to Baku.")
    assert speakers(result) == [("maria-zakharova", "inform")]
    result = parse("Suren Papikyan briefed the prime minister on the situation at the border.")
    assert speakers(result) == [("suren-papikyan", "brief")]
    result = parse("Well-informed sources in Yerevan expect a brief visit by Lavrov.")
    assert result.statements == ()


def test_cautioning_shooting_back_playing_down_and_casting_doubt_are_speech_acts() -> None:
    result = parse(
        "Sergey Lavrov cautioned Yerevan against drifting toward NATO. "
        "“Nobody will dictate to us,” Pashinyan shot back. "
        "Dmitry Peskov played down the rift with Armenia. "
        "Ararat Mirzoyan cast doubt on Russia's commitment to the ceasefire. "
        "As Mirzoyan put it, Armenia cannot rely on the CSTO."
    )
    assert speakers(result) == [
        ("sergey-lavrov", "caution"),
        ("nikol-pashinyan", "shoot back"),
        ("dmitry-peskov", "play down"),
        ("ararat-mirzoyan", "cast doubt on"),
        ("ararat-mirzoyan", "put"),
    ]
    # Troops put on alert say nothing.
    assert parse("Armenian troops were put on alert after the shooting in Syunik.").statements == ()


def test_who_after_a_name_speaks_for_that_name() -> None:
    result = parse(
        "Sergey Lavrov took a call from his counterpart, Ararat Mirzoyan, "
        "who briefed him on the talks in Washington."
    )
    assert speakers(result) == [("ararat-mirzoyan", "brief")]
    assert parse("Lavrov met the Armenian delegates, who said nothing.").statements == ()


def test_a_title_with_its_state_inside_resolves_by_date() -> None:
    result = parse("The speaker of Russia's State Duma warned Armenia on Tuesday.", "2024-03-10")
    assert speakers(result) == [("vyacheslav-volodin", "warn")]
    result = parse("The chairman of Armenia's National Assembly criticized Russia.", "2024-03-10")
    assert speakers(result) == [("alen-simonyan", "criticize")]
    # The Federation Council has a speaker of its own: no longer two Russian speakers.
    result = parse("Duma speaker Vyacheslav Volodin and the Federation Council disagreed.")
    assert "valentina-matviyenko" not in result.mentioned_actor_ids


def test_a_name_ending_in_ly_is_not_an_adverb_before_the_verb() -> None:
    assert speakers(parse("Italy criticized Moscow over the vote.")) == [("ITA", "criticize")]
    result = parse("The Armenian National Assembly sharply criticized Moscow.")
    assert speakers(result) == [("arm-parliament", "criticize")]


def test_a_titled_name_in_apposition_after_a_quote_speaks() -> None:
    result = parse(
        "“Yerevan was misled,” the ministry's chief spokesman, Major General Igor "
        "Konashenkov, said in televised remarks."
    )
    assert speakers(result) == [("igor-konashenkov", "say")]


def test_a_progressive_is_not_a_passive() -> None:
    # "was informing reporters": the subject informs; "was informed" would not.
    result = parse("Vyacheslav Volodin was informing reporters that a wine ban was possible.")
    assert speakers(result) == [("vyacheslav-volodin", "inform")]
    assert parse("Vyacheslav Volodin was informed about the ban.").statements == ()


def test_but_it_noted_speaks_for_the_body_earlier_in_the_same_sentence() -> None:
    result = parse(
        "The Russian Foreign Ministry called the remarks unacceptable, "
        "but it noted that Tbilisi had distanced itself from them."
    )
    assert speakers(result) == [("rus-mfa", "call"), ("rus-mfa", "note")]


def test_his_in_an_opening_phrase_points_ahead_to_the_speaker() -> None:
    result = parse(
        "Antony Blinken spoke first. "
        "In his remarks at the ceremony, Ararat Mirzoyan stressed that ties had grown."
    )
    assert speakers(result) == [("ararat-mirzoyan", "stress")]
    # Without the opening phrase, "his" still refers back.
    result = parse("Sergey Lavrov spoke for an hour. His remarks angered Yerevan.")
    assert speakers(result) == [("sergey-lavrov", "remark")]


def test_its_allies_are_the_speakers_allies_on_the_day_not_the_most_named_state() -> None:
    body = (
        "Azerbaijani forces shelled Jermuk and Azerbaijani troops advanced. "
        "Russia said it had brokered a truce. "
        "Pashinyan said Armenia had expected more from its allies."
    )
    result = parse(body, "2022-09-14")
    assert [(s.speaker, s.target) for s in result.statements][-1] == ("nikol-pashinyan", "RUS")
    # Without "allies" the fallback stays the state the report names most.
    result = parse(body.replace("from its allies", "from the talks"), "2022-09-14")
    assert [(s.speaker, s.target) for s in result.statements][-1] == ("nikol-pashinyan", "AZE")


def test_the_opposition_is_the_country_of_the_politician_just_named() -> None:
    result = parse(
        "Sergey Lavrov praised Baku. Nikol Pashinyan defended the border deal in parliament. "
        "The opposition accused him of surrender."
    )
    assert speakers(result)[-1] == ("arm-opposition", "accuse")
    # "opposition leader X": a modifier of the person's title, not the group.
    result = parse("Opposition leader Robert Kocharyan criticized the government.")
    assert speakers(result) == [("robert-kocharyan", "criticize")]


def test_recognising_and_opposing_are_acts_and_positions_not_speech() -> None:
    # Recognising a state and standing against a plan report no words spoken.
    result = parse("Moscow recognised the breakaway region as independent in 2008.")
    assert speakers(result) == []
    result = parse("Tehran and Moscow both oppose any Western presence in the region.")
    assert speakers(result) == []
    # The same subjects with a reporting verb do speak.
    result = parse("Moscow said the breakaway region was independent.")
    assert speakers(result) == [("RUS", "say")]
    result = parse("Tehran warned against any Western presence in the region.")
    assert speakers(result) == [("IRN", "warn")]


def test_a_verb_after_and_with_its_own_auxiliary_is_inside_the_reported_clause() -> None:
    # "would welcome" continues what Putin said Moscow would do: no second speech act.
    result = parse(
        "Vladimir Putin said Moscow was ready to help draft a treaty "
        "and would welcome a settlement between the neighbours."
    )
    assert speakers(result) == [("vladimir-putin", "say")]
    # The same auxiliary on both verbs, or none, coordinates two speech acts.
    result = parse(
        "Suren Papikyan has praised France as a reliable partner "
        "and has warned Baku against any new offensive."
    )
    assert speakers(result) == [("suren-papikyan", "praise"), ("suren-papikyan", "warn")]
    result = parse(
        "Vladimir Putin said Moscow was ready to help draft a treaty "
        "and warned Baku against any new offensive."
    )
    assert speakers(result) == [("vladimir-putin", "say"), ("vladimir-putin", "warn")]


def test_a_closing_quote_and_he_said_are_no_apposition() -> None:
    # The comma after the quote does not open an apposition about "the Armenian side".
    result = parse(
        "Sergey Lavrov spoke on Monday. “Russia has never broken its word to the Armenian "
        "side,” he said, accusing Pashinyan of ingratitude."
    )
    assert [s.speaker for s in result.statements] == ["sergey-lavrov"]
    # A real apposition still leads back to the name before it.
    result = parse("Ararat Mirzoyan, the foreign minister, accused Baku of stalling the talks.")
    assert speakers(result) == [("ararat-mirzoyan", "accuse")]


def test_who_after_an_apposition_is_the_person_it_describes() -> None:
    result = parse(
        "Ararat Mirzoyan, a long-time critic of the Russian Foreign Ministry, "
        "who had met Lavrov in May, warned Moscow against delay."
    )
    assert speakers(result) == [("ararat-mirzoyan", "warn")]
    result = parse(
        "Alexei Overchuk, who is heading the working group together with the deputy "
        "prime ministers of Armenia and Azerbaijan, said the work was moving forward."
    )
    assert speakers(result) == [("alexei-overchuk", "say")]
    # With no person before it, "who" still stands for the body right before it.
    result = parse("It was the Russian Foreign Ministry, who accused Yerevan of ingratitude.")
    assert speakers(result) == [("rus-mfa", "accuse")]


def test_a_relative_clause_after_a_statement_has_its_own_speaker() -> None:
    result = parse(
        "Pashinyan made the remarks on Tuesday, responding to former President "
        "Serzh Sargsyan, who had accused the government of inaction."
    )
    assert speakers(result) == [("nikol-pashinyan", "respond"), ("serzh-sargsyan", "accuse")]
    # Without "who", a name after the verb is inside what was reported.
    result = parse("Pashinyan said Sargsyan had accused the government of inaction.")
    assert speakers(result) == [("nikol-pashinyan", "say")]


def test_by_after_a_verb_with_an_object_is_not_the_speech_nouns_speaker() -> None:
    result = parse("The protest followed comments by Vladimir Solovyov on state television.")
    assert speakers(result) == []
    # A participle right after the noun is the noun's own: its agent speaks.
    result = parse("The criticism voiced by the Russian Foreign Ministry angered Yerevan.")
    assert speakers(result) == [("rus-mfa", "criticize")]


def test_repeating_estimating_and_putting_a_value_are_speech_acts() -> None:
    result = parse("Ararat Mirzoyan repeated that Armenia would not leave the talks.")
    assert speakers(result) == [("ararat-mirzoyan", "repeat")]
    result = parse("Ilham Aliyev put the value of the arms deals with Russia at $4 billion.")
    assert speakers(result) == [("ilham-aliyev", "put")]
    result = parse("Washington estimated that Iran had shipped hundreds of drones to Russia.")
    assert speakers(result) == [("USA", "estimate")]
    # Repeated as an adjective, put with another object and an estimate as a noun are not.
    result = parse("Azerbaijan rejected the repeated calls and put troops on alert.")
    assert speakers(result) == [("AZE", "reject")]
    result = parse("An estimated 100,000 people left Karabakh.")
    assert speakers(result) == []


def test_a_lower_case_title_between_by_and_the_name_is_skipped() -> None:
    result = parse(
        "Armenia stopped paying its CSTO dues, a decision announced by "
        "Foreign Ministry spokeswoman Ani Badalyan.",
        date="2024-06-20",
    )
    assert speakers(result) == [("ani-badalyan", "announce")]
    # The name must follow the title: a preposition or conjunction ends the search.
    result = parse(
        "Armenia stopped paying its CSTO dues, a decision announced by the end of "
        "the week in Yerevan and welcomed in Brussels.",
        date="2024-06-20",
    )
    assert [s.speaker for s in result.statements if s.verb == "announce"] == []


def test_anti_or_pro_before_a_demonym_makes_it_no_speaker() -> None:
    result = parse("The flight ban followed anti-Russian protests in Tbilisi.")
    assert speakers(result) == []
    result = parse("The flight ban followed Russian protests over the arrests in Tbilisi.")
    assert speakers(result) == [("RUS", "protest")]


def test_the_note_speaks_for_the_body_that_was_the_subject_when_a_person_spoke() -> None:
    result = parse(
        "Armenia's Foreign Ministry summoned the Russian ambassador on Monday, "
        "spokeswoman Ani Badalyan said. The note called the remarks unacceptable.",
        date="2024-06-20",
    )
    assert speakers(result) == [("ani-badalyan", "say"), ("arm-mfa", "call")]
    # With only the person as subject, no body stands behind "the note".
    result = parse(
        "Ani Badalyan said the Russian ambassador had been handed a protest. "
        "The note called the remarks unacceptable.",
        date="2024-06-20",
    )
    assert speakers(result) == [("ani-badalyan", "say")]


def test_the_same_speaker_commenting_in_an_appositive_clause_is_one_statement() -> None:
    result = parse(
        "Nikol Pashinyan said Baku was staging a provocation, an allegation he called well founded."
    )
    assert speakers(result) == [("nikol-pashinyan", "say")]
    # Another speaker in the appositive clause makes a statement of its own.
    result = parse("Nikol Pashinyan accused Baku of shelling, a charge Aliyev denied.")
    assert speakers(result) == [("nikol-pashinyan", "accuse"), ("ilham-aliyev", "deny")]


def test_a_name_in_apposition_to_a_role_noun_says_who_speaks() -> None:
    # The role noun could point back at another spokesman; the name cannot.
    result = parse(
        "Kremlin spokesman Dmitry Peskov declined to comment. The Defence Ministry "
        "was less reticent. Its chief spokesman, Lieutenant-General Igor Konashenkov, "
        "insisted that no shell had hit the village.",
        date="2022-05-10",
    )
    assert ("igor-konashenkov", "insist") in speakers(result)
    assert ("dmitry-peskov", "insist") not in speakers(result)


def test_another_form_of_a_title_points_at_its_holder_of_the_day() -> None:
    # Sargsyan was prime minister once (2018); in 2021 "the premier" is Pashinyan.
    result = parse(
        "Serzh Sargsyan attacked Prime Minister Nikol Pashinyan over the war. Asked "
        "about Sargsyan's attack, the premier told reporters the claim was absurd.",
        date="2021-03-01",
    )
    assert ("nikol-pashinyan", "tell") in speakers(result)


def test_what_a_body_called_is_said_by_that_body() -> None:
    # "by X" belongs to the remarks inside the relative clause, not to "called".
    result = parse(
        "The Russian Foreign Ministry summoned Armenia's envoy. He was handed a note "
        "over what the ministry called offensive statements by Alen Simonyan.",
        date="2023-09-08",
    )
    assert ("rus-mfa", "call") in speakers(result)
    assert ("alen-simonyan", "call") not in speakers(result)


def test_the_diplomatic_service_is_the_foreign_ministry() -> None:
    result = parse(
        "Yerevan's diplomatic service stressed that the talks would go on.", date="2024-02-01"
    )
    assert speakers(result) == [("arm-mfa", "stress")]


def test_a_time_phrase_between_speaker_and_verb_is_skipped() -> None:
    for body, expected in (
        ("The Kremlin at the time dismissed the protests as a provocation.", "RUS"),
        ("Baku in turn accused Yerevan of stalling the talks.", "AZE"),
        ("The Turkish Foreign Ministry in a statement last week condemned the vote.", "tur-mfa"),
    ):
        assert [s.speaker for s in parse(body).statements] == [expected], body


def test_an_unknown_envoy_named_in_apposition_becomes_an_actor_and_speaks() -> None:
    result = parse(
        "Belarus's permanent representative to the CSTO, Ivan Petrovich Sidorenko, said "
        "the secretariat had received no note from Yerevan.",
        date="2024-12-02",
    )
    (envoy,) = [a for a in result.actors if a.name == "Ivan Petrovich Sidorenko"]
    assert envoy.country == "BLR"
    assert [r.title for r in envoy.roles] == ["Ambassador"]
    assert speakers(result) == [(envoy.id, "say")]


def test_head_of_a_named_state_is_its_leader() -> None:
    for body in (
        "The head of the Russian state thanked Aliyev for the welcome.",
        "Head of Russian state thanked Aliyev for the welcome.",
    ):
        assert speakers(parse(body, date="2025-10-09")) == [("vladimir-putin", "thank")], body


def test_conceding_and_floating_an_idea_are_speech_acts() -> None:
    result = parse(
        "Prime Minister Nikol Pashinyan met the press. The premier conceded that the "
        "drones had come late. He also floated the idea of a new supplier.",
        date="2024-11-26",
    )
    assert speakers(result) == [("nikol-pashinyan", "concede"), ("nikol-pashinyan", "float")]
    # "float" alone is no speech act: only an idea or a proposal is floated.
    assert parse("The ruble floated freely after the reform.").statements == ()


def test_a_state_and_a_generic_title_point_at_that_states_minister_named_before() -> None:
    result = parse(
        "Ararat Mirzoyan met Jean-Noel Barrot in Paris. The French minister said the "
        "border talks deserved support.",
        date="2025-03-10",
    )
    assert speakers(result) == [("jean-noel-barrot", "say")]


def test_a_trailing_attribution_speaks_even_after_a_nominal_in_its_claim() -> None:
    # Baku's "assurances" are inside what Lavrov said; Lavrov's own act must not be lost.
    result = parse(
        "The shelling contradicts Baku's assurances that the truce would hold, Russian "
        "Foreign Minister Sergey Lavrov told reporters on Friday.",
        date="2022-09-16",
    )
    assert ("sergey-lavrov", "tell") in speakers(result)


def test_a_prosecutor_general_of_ra_is_a_new_armenian_official() -> None:
    # "RA" (Republic of Armenia) is how Armenian outlets name the state in titles.
    result = parse(
        "The Prosecutor General of RA Artur Petrosyan has stated that the case belongs in "
        "Armenian courts.",
        date="2015-01-16",
    )
    (person,) = [a for a in result.actors if a.name == "Artur Petrosyan"]
    assert (person.country, [r.title for r in person.roles]) == ("ARM", ["Prosecutor General"])
    assert speakers(result) == [(person.id, "state")]


def test_a_speech_noun_opening_a_comment_refers_back_to_an_act_told_before() -> None:
    result = parse(
        "Aliyev accused Yerevan of sabotage. Baku's statement was the harshest in months. "
        "Moscow's response came within hours."
    )
    assert speakers(result) == [("ilham-aliyev", "accuse")]
    # A speech noun elsewhere still reports an act.
    result = parse("The talks stalled amid Pashinyan's criticism of the CSTO.")
    assert speakers(result) == [("nikol-pashinyan", "criticize")]


def test_refusing_or_offering_to_do_something_is_an_act_not_a_statement() -> None:
    assert speakers(parse("Armenia refused to host the bloc's drills this year.")) == []
    assert speakers(parse("Baku offered to pay compensation to the families.")) == []
    # With its object a refusal is still words: a rejection.
    assert speakers(parse("Yerevan refused the demand, calling it unacceptable.")) == [
        ("ARM", "refuse")
    ]


def test_a_plain_said_after_a_specific_act_goes_on_with_it() -> None:
    result = parse(
        "Putin welcomed the decision and said Moscow would help Yerevan draft the treaty."
    )
    assert speakers(result) == [("vladimir-putin", "welcome")]
    # Two specific acts stay two.
    result = parse("Putin welcomed the decision and warned Baku against any provocation.")
    assert speakers(result) == [("vladimir-putin", "welcome"), ("vladimir-putin", "warn")]


def test_two_states_sharing_one_body_noun_both_speak_to_each_other() -> None:
    result = parse(
        "In matching statements, the Turkish and Armenian foreign ministries said the "
        "talks had been constructive.",
        date="2022-01-14",
    )
    assert [(s.speaker, s.target) for s in result.statements] == [
        ("tur-mfa", "ARM"),
        ("arm-mfa", "TUR"),
    ]
    # "the sides" is no single state's body.
    assert parse("The sides signed documents on trade.").statements == ()


def test_a_statement_issued_doing_something_is_that_act() -> None:
    result = parse("The Kremlin issued a statement condemning the shelling of Stepanakert.")
    assert speakers(result) == [("RUS", "condemn")]
    result = parse("Baku issued a warning to Yerevan over the drills.")
    assert speakers(result) == [("AZE", "warn")]


def test_according_to_the_statement_is_the_body_that_issued_it() -> None:
    result = parse(
        "The Russian Foreign Ministry summoned Armenia's ambassador on Friday. According "
        "to the statement, doubts have grown in Yerevan about the alliance.",
        date="2023-09-08",
    )
    assert speakers(result) == [("rus-mfa", "according to")]


def test_an_outlet_reporting_is_no_act_but_an_outlet_acting_is() -> None:
    assert speakers(parse("Lavrov met Mirzoyan in Moscow, TASS reported.")) == []
    result = parse("Rossiya Segodnya, Sputnik's parent company, condemned the arrests.")
    assert speakers(result) == [("rossiya-segodnya", "condemn")]


def test_descriptor_before_a_name_lets_the_descriptor_refer_back() -> None:
    # A title before the name introduces the person as well as an apposition does.
    result = parse(
        "Investigators in Yerevan detained the Russian-Armenian businessman Ruben Galoyan "
        "on Friday. A day earlier the businessman had accused the government of theft."
    )
    assert speakers(result) == [("ruben-galoyan", "accuse")]
    result = parse(
        "Archbishop Tigran Mkrtchyan led a march to the parliament. "
        "The archbishop demanded the cabinet's resignation."
    )
    assert speakers(result) == [("tigran-mkrtchyan", "demand")]


@pytest.mark.parametrize(
    "body",
    [
        "What did Mirzoyan promise his Iranian guest?",
        "Q: How did the government in Baku respond to Lavrov's warning?",
        "Will the Kremlin criticize Yerevan again next week?”",
    ],
)
def test_a_question_reports_no_speech_act(body: str) -> None:
    assert parse(body).statements == ()
    # The same words as a statement of fact do report one.
    told = body.replace("Q: ", "").rstrip("?”") + "."
    told = told.replace("What did Mirzoyan promise", "Mirzoyan promised aid to")
    told = told.replace("How did the government in Baku respond", "Baku responded")
    told = told.replace("Will the Kremlin criticize", "The Kremlin criticized")
    assert parse(told).statements != ()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A further question is how Moscow will respond to the vote.", []),
        ("Baku may well protest against the deal, analysts believe.", []),
        ("Baku protested against the deal, Hikmet Hajiyev said.", ["AZE", "hikmet-hajiyev"]),
    ],
)
def test_a_speech_act_under_a_modal_is_foreseen_not_reported(
    body: str, expected: list[str]
) -> None:
    assert sorted(s.speaker for s in parse(body).statements) == expected


def test_a_statement_noun_with_a_participle_speaks_for_the_subject_that_put_it_out() -> None:
    # No issuing verb: the bulletins are still the ministry's words.
    result = parse(
        "Russia's Defence Ministry has confined itself to terse bulletins saying that "
        "the talks with the activists go on."
    )
    assert speakers(result) == [("rus-mod", "say")]
    # "the statements said": the statements of the bodies just named.
    result = parse(
        "The foreign ministries of Armenia and Turkey released statements after the talks. "
        "The two sides agreed to meet again, the statements said."
    )
    assert [s.verb for s in result.statements][-1:] == ["say"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A senior Armenian official told reporters the crossing would stay shut.", "ARM"),
        ("One Russian diplomat accused Paris of arming Yerevan.", "RUS"),
        ("Western governments say Tehran has sold drones to Moscow.", "the-west"),
        ("Western diplomats warned Baku against a new offensive.", "the-west"),
    ],
)
def test_an_unnamed_official_or_western_governments_speak_for_their_side(
    body: str, speaker: str
) -> None:
    assert [s.speaker for s in parse(body).statements] == [speaker]


def test_officials_of_the_scenes_capital_speak_in_a_where_clause_of_their_own() -> None:
    # "officials" named after a place in the sentence are that capital's government,
    # and ", where" opens a clause whose speaker is no part of the first statement.
    result = parse(
        "Moscow's complaints sound hollow in Yerevan, where officials point out that "
        "the howitzers were never delivered."
    )
    assert speakers(result) == [("RUS", "complain"), ("ARM", "point out")]
    result = parse("The talks in Baku dragged on; officials said little.")
    assert speakers(result) == [("AZE", "say")]


def test_an_introductory_participle_after_a_time_phrase_does_not_supply_the_subject() -> None:
    result = parse(
        "On 3 May, answering the Armenian opposition in parliament, Pashinyan went further, "
        "declaring that Armenia would quit the bloc."
    )
    assert speakers(result) == [("nikol-pashinyan", "declare")]


def test_a_descriptor_before_a_comma_and_a_name_lets_it_refer_back() -> None:
    result = parse(
        "Moscow protested over remarks by the speaker of Armenia's parliament, Alen Simonyan. "
        "The speaker told journalists he would not apologise."
    )
    assert speakers(result)[-1] == ("alen-simonyan", "tell")


def test_a_phrase_naming_the_pair_just_named_lets_both_speak() -> None:
    result = parse(
        "Armenia and Azerbaijan have settled the last articles of the treaty, "
        "the two foreign ministries said on Friday."
    )
    assert sorted(speakers(result)) == [("arm-mfa", "say"), ("aze-mfa", "say")]
    # Each of the pair speaks to the other.
    assert {(s.speaker, s.target) for s in result.statements} == {
        ("arm-mfa", "AZE"),
        ("aze-mfa", "ARM"),
    }
    result = parse(
        "Ilham Aliyev met Nikol Pashinyan at the White House. "
        "The two leaders jointly asked the OSCE to wind up the Minsk Group."
    )
    assert sorted(speakers(result)) == [("ilham-aliyev", "ask"), ("nikol-pashinyan", "ask")]


def test_a_pair_inside_the_reported_words_is_no_target_and_a_pronoun_no_pair() -> None:
    result = parse(
        "Vladimir Putin hosted Nikol Pashinyan in Sochi. "
        "Putin said the two leaders had discussed gas prices. He praised the talks."
    )
    assert [s.speaker for s in result.statements] == ["vladimir-putin", "vladimir-putin"]
    assert "nikol-pashinyan" not in {s.target for s in result.statements}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"They sold us out," said Lusine, a 31-year-old nurse.', [("lusine", "say")]),
        ('"Moscow forgot us," says Arman, 62, a retired driver.', [("arman", "say")]),
        ("EU leaders warned Moscow against meddling in the vote.", [("eu", "warn")]),
        ("NATO leaders in Vilnius repeated that Georgia would join one day.", [("nato", "repeat")]),
    ],
)
def test_vox_pops_by_first_name_and_a_blocs_leaders_speak(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert speakers(parse(body)) == expected


def test_raising_an_issue_is_a_speech_act_but_raising_prices_is_not() -> None:
    result = parse("Pashinian also raised the fate of Armenian detainees in Baku, his office said.")
    assert speakers(result) == [("nikol-pashinyan", "raise")]
    assert parse("Gazprom Armenia raised gas prices for households in July.").statements == ()


def test_a_speaker_named_after_the_listener_in_a_trailing_attribution() -> None:
    # Regional English: "said to our correspondent <name>".
    result = parse('"We only want justice," said to our correspondent Narine, 40-year-old nurse.')
    assert speakers(result) == [("narine", "say")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Lavrov was quoted by RIA Novosti as saying that Yerevan had erred.",
            [("sergey-lavrov", "ARM", "be quoted as saying")],
        ),
        (
            "Pashinyan's office said in a statement that the trip was off.",
            [("nikol-pashinyan", None, "say")],
        ),
        (
            "Putin's press service said the call had been businesslike.",
            [("vladimir-putin", None, "say")],
        ),
        (
            "Medvedev, now deputy head of Russia's Security Council, mocked Pashinyan online.",
            [("dmitry-medvedev", "nikol-pashinyan", "mock")],
        ),
        (
            "The Armenian premier lashed out at Moscow on Friday.",
            [("nikol-pashinyan", "RUS", "lash out at")],
        ),
        (
            "Pashinyan took a swipe at Baku in his speech.",
            [("nikol-pashinyan", "AZE", "take aim at")],
        ),
    ],
)
def test_more_attribution_shapes_of_wire_copy(
    body: str, expected: list[tuple[str, str | None, str]]
) -> None:
    result = parse(body)
    assert [(s.speaker, s.target, s.verb) for s in result.statements] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("As noted by the Russian Foreign Ministry, the border stays tense.", ["rus-mfa"]),
        ("The accord was welcomed by Brussels and condemned by Moscow.", ["eu", "RUS"]),
        (
            "Pashinyan spoke for an hour. He went on to accuse Moscow of hypocrisy.",
            ["nikol-pashinyan"],
        ),
        ("Zakharova hit back at Yerevan on Thursday.", ["maria-zakharova"]),
    ],
)
def test_passive_as_clauses_second_passives_and_raising_phrases(
    body: str, expected: list[str]
) -> None:
    assert [s.speaker for s in parse(body).statements] == expected


def test_a_stateless_ministry_after_a_leader_is_that_leaders_states() -> None:
    result = parse(
        "Iranian President Masoud Pezeshkian arrived in Yerevan on Monday. "
        "The Foreign Ministry, by contrast, warned against any foreign presence near the border.",
        date="2024-08-20",
    )
    assert speakers(result) == [("irn-mfa", "warn")]


def test_a_transcript_turn_of_an_official_is_his_statement_but_an_analysts_is_not() -> None:
    result = parse(
        "Presenter: Is Armenia drifting away from Moscow?\n\n"
        "LAVROV: Armenia remains our ally and a close partner.\n\n"
        "Hayk Melikyants, a Yerevan analyst, joined the programme.\n\n"
        "Melikyants: Moscow has lost Armenia."
    )
    assert [(s.speaker, s.verb) for s in result.statements] == [("sergey-lavrov", "say")]


@pytest.mark.parametrize(
    "body",
    [
        "The spokeswoman of the Russian Foreign Ministry said the remarks were unacceptable.",
        "By the words of the spokesperson of the MFA of Russia, the remarks are unacceptable.",
    ],
)
def test_a_spokesperson_of_a_ministry_with_its_state_inside_is_its_holder(body: str) -> None:
    assert [s.speaker for s in parse(body, date="2025-03-14").statements] == ["maria-zakharova"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Aliyev met Putin in Moscow. The Azerbaijani leader praised the talks. "
            "His Russian counterpart said relations were excellent.",
            [("ilham-aliyev", "praise"), ("vladimir-putin", "say")],
        ),
        (
            "Lavrov and Mirzoyan met in Minsk. The Russian minister urged Yerevan to stay, "
            "while his Armenian counterpart insisted on guarantees.",
            [("sergey-lavrov", "urge"), ("ararat-mirzoyan", "insist")],
        ),
    ],
)
def test_his_counterpart_of_a_state_is_the_holder_of_the_same_title_there(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert speakers(parse(body, date="2024-03-14")) == expected


def test_the_diplomat_is_the_last_diplomat_named() -> None:
    result = parse(
        "Russia's ambassador Sergei Kopyrkin was summoned to the ministry. "
        "The diplomat later told TASS that the meeting had been constructive.",
        date="2024-03-14",
    )
    assert speakers(result) == [("sergei-kopyrkin", "tell")]
