"""Contract shapes beyond one deal per sentence, on texts written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from armru import ContractStatus, DocumentResult, parse_text


def parse(body: str) -> DocumentResult:
    return parse_text(f" date 2024-05-02 Test\n\n{body}", doc_id="t")


def deals(body: str) -> list[tuple[str, str, ContractStatus]]:
    return [(c.buyer, c.supplier, c.status) for c in parse(body).contracts]


def test_two_clauses_with_different_statuses_are_two_deals() -> None:
    body = (
        "Yerevan signed a deal with Paris for CAESAR howitzers, and the two sides "
        "signed a letter of intent on Mistral missiles."
    )
    assert deals(body) == [
        ("ARM", "FRA", ContractStatus.SIGNED),
        ("ARM", "FRA", ContractStatus.PLANNED),
    ]


def test_each_clause_keeps_its_own_items() -> None:
    result = parse(
        "Moscow sold Smerch launchers to Armenia in 2016, and the Armenian air force "
        "received four Su-30SM jets in 2019."
    )
    assert [(c.items) for c in result.contracts] == [("Smerch launchers",), ("Su-30SM jets",)]


def test_a_sale_is_a_transfer_and_a_future_signing_a_plan() -> None:
    # "sold" reports arms that changed hands (as SIPRI records transfers); "will sign
    # a contract to supply" reports neither a signature nor a supply yet.
    assert deals("Turkey sold Bayraktar TB2 drones to Azerbaijan in 2020.") == [
        ("AZE", "TUR", ContractStatus.DELIVERED)
    ]
    assert deals("France will sign a contract to supply Armenia with CAESAR howitzers.") == [
        ("ARM", "FRA", ContractStatus.PLANNED)
    ]
    assert deals("Armenia signed a contract with France for CAESAR howitzers.") == [
        ("ARM", "FRA", ContractStatus.SIGNED)
    ]


def test_relative_pronoun_names_the_supplier() -> None:
    (contract,) = parse(
        "Armenia turned to India, which agreed to supply artillery shells worth $30 million."
    ).contracts
    assert (contract.buyer, contract.supplier) == ("ARM", "IND")
    assert contract.value is not None
    assert contract.value.amount == Decimal(30_000_000)


def test_pronoun_subject_is_the_state_of_the_sentence_before() -> None:
    body = (
        "Armenia is widening its defence ties. It bought Mistral missiles from France "
        "and trained with U.S. troops."
    )
    assert deals(body) == [("ARM", "FRA", ContractStatus.SIGNED)]


def test_arrival_names_the_buyer_not_the_transit_country() -> None:
    body = "The first Bastion vehicles from France came to Armenia in November via a Georgian port."
    assert deals(body) == [("ARM", "FRA", ContractStatus.DELIVERED)]


def test_passive_agent_of_paying_is_the_buyer() -> None:
    assert deals("Russian howitzers already paid for by Yerevan have not arrived.") == [
        ("ARM", "RUS", ContractStatus.DELAYED)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "A Russian cargo plane delivered building materials for the military base in Gyumri.",
        "The treaty provides for closer military cooperation between Russia and Azerbaijan.",
        "Asked whether Armenia could rely on Iran for weapons, the minister shrugged.",
    ],
)
def test_no_deal_in_bases_stipulations_or_questions(body: str) -> None:
    assert parse(body).contracts == ()


def test_a_later_sentence_tells_what_a_priced_deal_was_and_that_it_is_late() -> None:
    (contract,) = parse(
        "Yerevan signed new contracts with Russian firms for $300 million in 2021. "
        "The weapons have still not been delivered."
    ).contracts
    assert (contract.buyer, contract.supplier, contract.status) == (
        "ARM",
        "RUS",
        ContractStatus.DELAYED,
    )
    assert contract.value is not None
    assert contract.value.amount == Decimal(300_000_000)


def test_the_sentence_after_a_loan_goes_on_about_it() -> None:
    result = parse(
        "In 2016 Moscow granted Yerevan a loan of 200 million US dollars for buying Russian "
        "weapons. With this money the Armenian army received Smerch launchers."
    )
    (contract,) = result.contracts
    assert (contract.buyer, contract.supplier, contract.status) == (
        "ARM",
        "RUS",
        ContractStatus.DELIVERED,
    )
    assert contract.value is not None
    assert (contract.value.amount, contract.value.currency) == (Decimal(200_000_000), "USD")


def test_two_priced_deals_with_the_same_parties_stay_apart() -> None:
    result = parse(
        "In 2015 Russia lent Armenia $200 million to buy Russian arms.\n\n"
        "Six years later Yerevan ordered Russian weapons worth $400 million."
    )
    assert sorted(c.value.amount for c in result.contracts if c.value) == [
        Decimal(200_000_000),
        Decimal(400_000_000),
    ]


def test_cancelling_an_acquisition_cancels_it() -> None:
    assert deals(
        "Washington removed Ankara from the programme, cancelling its planned acquisition "
        "of F-35 jets."
    ) == [("TUR", "USA", ContractStatus.CANCELLED)]


def test_items_are_whole_system_names() -> None:
    (contract,) = parse(
        "Armenia bought surface-to-air missiles and Bastion armoured personnel carriers "
        "from France."
    ).contracts
    assert contract.items == ("surface-to-air missiles", "Bastion armoured personnel carriers")


@pytest.mark.parametrize(
    ("body", "supplier"),
    [
        ("Armenia signed a contract with Elbit for loitering munitions.", "ISR"),
        ("Yerevan ordered Osa air defence systems last spring.", "RUS"),
        ("Bharat Forge will supply Dhanush howitzers to Yerevan.", "IND"),
    ],
)
def test_makers_and_companies_name_the_supplier(body: str, supplier: str) -> None:
    (contract,) = parse(body).contracts
    assert (contract.buyer, contract.supplier) == ("ARM", supplier)


def test_arms_used_in_fighting_are_no_deal() -> None:
    body = "Azerbaijani forces shelled Armenian positions near Jermuk, using artillery and drones."
    assert deals(body) == []
    body = "Russia and Turkey can trade weapons and still distrust each other."
    assert deals(body) == []


def test_a_state_inside_an_apposition_is_not_the_buyer() -> None:
    body = (
        "Armenia, a founding member of the Russian-led security bloc, buys most of its "
        "weapons from Russia at discounted prices."
    )
    assert [(b, s) for b, s, _ in deals(body)] == [("ARM", "RUS")]


def test_a_pronoun_between_a_maker_adjective_and_the_verb_is_the_buyer() -> None:
    body = (
        "Armenia has turned to India for new systems, while Russian arms it already "
        "paid for have yet to be delivered."
    )
    assert ("ARM", "RUS", ContractStatus.DELAYED) in deals(body)


def test_a_maker_adjective_supplies_but_a_military_adjective_does_not() -> None:
    assert [(b, s) for b, s, _ in deals("In 2016 Azerbaijan bought Israeli-made drones.")] == [
        ("AZE", "ISR")
    ]
    body = "The Turkish military test-fired the system under the contract with Moscow."
    assert ("RUS", "TUR") not in [(b, s) for b, s, _ in deals(body)]


def test_late_in_a_date_does_not_delay_a_delivery() -> None:
    body = "French Bastion armoured vehicles arrived in Armenia late last year."
    assert deals(body) == [("ARM", "FRA", ContractStatus.DELIVERED)]


def test_weapons_a_deal_replaces_do_not_make_their_maker_a_supplier() -> None:
    body = (
        "In 2024 Pakistan signed a deal to supply JF-17 fighters that will replace "
        "Azerbaijan's ageing MiG-29s."
    )
    assert [(b, s) for b, s, _ in deals(body)] == [("AZE", "PAK")]


def test_an_unnamed_buyer_is_the_buyer_the_text_has_been_about() -> None:
    body = (
        "In the 2010s Russia sold Azerbaijan tanks and rocket launchers. "
        "Later Turkey sold the Bayraktar TB2 drones used in the 2020 war."
    )
    assert [(b, s) for b, s, _ in deals(body)] == [("AZE", "RUS"), ("AZE", "TUR")]


def test_arms_not_supplied_after_payment_are_delayed() -> None:
    body = "Yerevan turned to India after Russia did not supply weapons for which Armenia paid."
    assert ("ARM", "RUS", ContractStatus.DELAYED) in deals(body)


def test_goods_paid_for_in_the_passive_are_no_party() -> None:
    body = (
        "Prime Minister Nikol Pashinyan has said that Russian weapons worth $400 million "
        "were paid for but never delivered."
    )
    assert deals(body) == [("ARM", "RUS", ContractStatus.DELAYED)]


def test_systems_with_their_own_dates_are_separate_transfers() -> None:
    # One record per transfer, as arms-transfer registers keep them: a date of its own
    # sets a system apart, a plain list is one package.
    result = parse(
        "Over the years Moscow shipped Smerch launchers to Baku in 2012 and, two "
        "years later, a batch of T-90 tanks."
    )
    assert [c.items for c in result.contracts] == [("Smerch launchers",), ("T-90 tanks",)]
    packaged = parse("Azerbaijan received T-90 tanks, Smerch launchers and Buk-M2 systems.")
    assert len(packaged.contracts) == 1


def test_a_deal_noun_between_systems_starts_another_deal() -> None:
    result = parse(
        "Yerevan signed a contract with Paris for CAESAR howitzers, following an earlier "
        "order for Bastion armoured vehicles."
    )
    assert [(c.supplier, c.items) for c in result.contracts] == [
        ("FRA", ("CAESAR howitzers",)),
        ("FRA", ("Bastion armoured vehicles",)),
    ]


def test_arms_that_reached_a_state_were_delivered() -> None:
    assert deals("The first Akash missile batteries from India have reached Armenia.") == [
        ("ARM", "IND", ContractStatus.DELIVERED)
    ]
    # Reaching an agreement is a signing, not a delivery.
    assert deals("Armenia and India reached an agreement on Akash missile batteries.") == [
        ("ARM", "IND", ContractStatus.SIGNED)
    ]


def test_a_choice_of_arms_is_a_purchase_by_the_state_the_text_is_about() -> None:
    result = parse(
        "Armenia looked beyond its old supplier. It chose Indian SWATHI radars, a "
        "$40 million deal that beat Russian and Polish offers."
    )
    assert [(c.buyer, c.supplier) for c in result.contracts] == [("ARM", "IND")]


def test_a_system_named_in_the_plural_is_still_that_system() -> None:
    (contract,) = parse(
        "The claim angered Moscow, which had sold Baku its Smerches a decade earlier."
    ).contracts
    assert (contract.buyer, contract.supplier) == ("AZE", "RUS")
    assert contract.items == ("Smerch",)


def test_sales_to_a_state_name_the_buyer_and_merge_with_the_detailed_deal() -> None:
    result = parse(
        "Protesters in Yerevan denounced Moscow's arms sales to Baku. Azerbaijan has bought "
        "Russian weapons worth $4 billion, including T-90S tanks and Smerch launchers."
    )
    assert [(c.buyer, c.supplier) for c in result.contracts] == [("AZE", "RUS")]
    (deal,) = result.contracts
    assert deal.value is not None
    assert deal.value.amount == Decimal(4_000_000_000)


def test_arms_never_delivered_are_not_the_ones_delivered() -> None:
    result = parse(
        "Russia delivered Iskander missiles to Armenia in 2016. After the 2020 war Yerevan "
        "paid Russian suppliers for new weapons, which were never delivered."
    )
    assert [(c.buyer, c.supplier, c.status) for c in result.contracts] == [
        ("ARM", "RUS", ContractStatus.DELIVERED),
        ("ARM", "RUS", ContractStatus.DELAYED),
    ]


def test_a_state_that_sanctions_a_purchase_is_not_its_buyer() -> None:
    # The sanctioning state is the subject of the sentence, the deal only its reason.
    assert deals(
        "Washington imposed sanctions on Ankara's defence agency over the purchase of "
        "Russia's S-400 air defence system."
    ) == [("TUR", "RUS", ContractStatus.UNKNOWN)]


def test_a_leader_calling_arms_supplies_a_threat_is_not_their_buyer() -> None:
    result = parse(
        "Armenia has turned to new partners. Aliyev has repeatedly described French arms "
        "supplies as a threat to the peace process."
    )
    assert [(c.buyer, c.supplier) for c in result.contracts] == [("ARM", "FRA")]


def test_an_objection_after_a_purchase_leaves_its_buyer() -> None:
    # "bought" stands between Ankara and the sanctions: Ankara is the buyer's subject.
    assert [
        (c.buyer, c.supplier)
        for c in parse(
            "Ankara bought the S-400 despite the threat of American sanctions."
        ).contracts
    ] == [("TUR", "RUS")]


def test_a_passive_purchase_takes_no_seller_from_a_later_clause() -> None:
    # "were obtained" has no subject; the state in the next clause is no seller.
    body = (
        "Moscow sold Smerch launchers to Yerevan in 2016. The general, under whose command "
        "the systems were obtained, told reporters that Armenia's prime minister was wrong."
    )
    assert [(c.buyer, c.supplier) for c in parse(body).contracts] == [("ARM", "RUS")]


def test_a_state_after_a_relative_pronoun_is_not_the_seller() -> None:
    assert deals("Georgia ordered arms that later worried Ukraine.") == []
    assert [
        (c.buyer, c.supplier)
        for c in parse("Armenia bought Russian-made howitzers in 2016.").contracts
    ] == [("ARM", "RUS")]


def test_states_a_deal_worries_are_not_its_parties() -> None:
    body = (
        "It was the biggest arms order yet in a partnership that worries Baku, "
        "irritates Moscow and pleases Brussels."
    )
    assert deals(body) == []


def test_arms_paid_for_but_never_received_are_delayed() -> None:
    assert deals("Pashinyan spoke of weapons Armenia paid Russia for but never received.") == [
        ("ARM", "RUS", ContractStatus.DELAYED)
    ]
    assert deals("Weapons that Armenia had paid Russia for were never received.") == [
        ("ARM", "RUS", ContractStatus.DELAYED)
    ]


def test_a_state_adjective_before_arms_deliveries_names_the_supplier() -> None:
    # "Russian arms deliveries": the deliveries are Russia's, whatever the verb.
    assert deals("Yerevan complains of delays in Russian arms deliveries.") == [
        ("ARM", "RUS", ContractStatus.DELAYED)
    ]
    assert deals("Yerevan has complained about delayed deliveries of Russian arms.") == [
        ("ARM", "RUS", ContractStatus.DELAYED)
    ]


def test_india_delivering_to_armenia_is_a_delivery() -> None:
    assert deals("India has delivered Pinaka launchers and ATAGS howitzers to Armenia.") == [
        ("ARM", "IND", ContractStatus.DELIVERED)
    ]


def test_arms_that_reached_to_a_state_were_delivered_there() -> None:
    # Non-native English puts a "to" after "reached"; the destination still follows.
    assert deals("The first Akash batteries reached to Armenia last month.") == [
        ("ARM", "IND", ContractStatus.DELIVERED)
    ]


def test_a_further_order_is_not_the_delivered_one() -> None:
    body = (
        "Armenia is going to buy more ATAGS howitzers from India.\n\n"
        "The first six ATAGS howitzers arrived in Armenia last year."
    )
    assert deals(body) == [
        ("ARM", "IND", ContractStatus.PLANNED),
        ("ARM", "IND", ContractStatus.DELIVERED),
    ]


def test_named_arms_arriving_are_a_delivery() -> None:
    body = (
        "Armenia ordered Akash systems from India last year. "
        "Towed ATAGS guns have been arriving since August."
    )
    assert [(c.supplier, c.items, c.status) for c in parse(body).contracts] == [
        ("IND", ("Akash systems",), ContractStatus.SIGNED),
        ("IND", ("ATAGS guns",), ContractStatus.DELIVERED),
    ]


def test_a_pledge_of_arms_is_a_deal_of_its_own() -> None:
    body = (
        "The deal builds on contracts agreed last year, when Armenia ordered three GM200 "
        "radars and France pledged 24 Bastion armoured vehicles."
    )
    assert [(c.supplier, c.items, c.status) for c in parse(body).contracts] == [
        ("FRA", ("GM200 radars",), ContractStatus.SIGNED),
        ("FRA", ("24 Bastion armoured vehicles",), ContractStatus.PLANNED),
    ]


def test_a_minister_arriving_is_a_visit_not_a_delivery() -> None:
    body = (
        "France will sign a contract to supply Armenia with CAESAR howitzers. Lecornu, "
        "who arrived in Yerevan with arms industry executives, met Papikyan."
    )
    assert deals(body) == [("ARM", "FRA", ContractStatus.PLANNED)]


def test_a_deal_told_by_its_price_alone_is_the_one_detailed_later() -> None:
    body = (
        "Azerbaijan and Israel have signed contracts on the supply of defence products "
        "worth about $2 billion, Aliyev said.\n\n"
        "Israeli drones have long been part of the Azerbaijani arsenal. Over the past "
        "decade, the Azerbaijani army received from Israel unmanned aerial vehicles, "
        "including Harop loitering munitions, as well as anti-tank systems."
    )
    (deal,) = parse(body).contracts
    assert (deal.buyer, deal.supplier, deal.items) == (
        "AZE",
        "ISR",
        ("Harop loitering munitions",),
    )
    assert deal.value is not None
    assert deal.value.amount == Decimal(2_000_000_000)


def test_a_priced_deal_told_after_named_arms_stays_apart() -> None:
    body = (
        "In 2019 the Armenian air force took delivery of four Su-30SM fighters from Russia.\n\n"
        "After the war Yerevan signed new contracts with Russian companies for $400 million. "
        "The weapons never came."
    )
    # A new paragraph does not go on about the last one's deal by default.
    assert [c.items for c in parse(body).contracts] == [("Su-30SM fighters",), ()]


def test_the_object_before_of_buying_is_the_buyer() -> None:
    # "accused X of buying": X buys, not the state that accuses.
    assert deals("Moscow accused Yerevan of buying weapons from France.") == [
        ("ARM", "FRA", ContractStatus.UNKNOWN)
    ]
    assert [
        (c.buyer, c.supplier)
        for c in parse(
            "Washington sanctioned Ankara for purchasing Russian S-400 systems."
        ).contracts
    ] == [("TUR", "RUS")]
    assert [
        (c.buyer, c.supplier)
        for c in parse("Kyiv accused Tehran of supplying drones to Russia.").contracts
    ] == [("RUS", "IRN")]


def test_was_buying_is_not_a_passive() -> None:
    assert [
        (c.buyer, c.supplier)
        for c in parse(
            "Russian officials said Armenia was buying Indian weapons to spite Moscow."
        ).contracts
    ] == [("ARM", "IND")]


def test_weapons_never_sent_or_received_are_delayed() -> None:
    assert deals("Pashinyan said Armenia had received no weapons from Russia.") == [
        ("ARM", "RUS", ContractStatus.DELAYED)
    ]
    assert deals("Armenia paid for weapons that Moscow never sent.") == [
        ("ARM", "RUS", ContractStatus.DELAYED)
    ]


def test_a_sale_never_made_or_refused_is_no_deal() -> None:
    assert deals("Washington has never sold weapons to Armenia.") == []
    assert deals("Israel has no plans to sell arms to Armenia.") == []
    assert deals("Moscow refused to sell Su-35 jets to Azerbaijan.") == []
    # A refusal in a clause of its own leaves the deal beside it.
    assert [
        (c.buyer, c.supplier)
        for c in parse(
            "Armenia bought howitzers from India, which Russia refused to sell."
        ).contracts
    ] == [("ARM", "IND")]
    # Arms not delivered are a delayed deal, not a refused one.
    assert deals("Russia has not supplied the weapons Armenia paid for.") == [
        ("ARM", "RUS", ContractStatus.DELAYED)
    ]


def test_states_of_another_clause_are_not_the_deals_parties() -> None:
    # ", while" opens a clause of its own: neither Russia nor the Iranian drones
    # say where Ukraine's weapons come from.
    assert (
        deals("Ukraine receives weapons from the West, while Russia relies on Iranian drones.")
        == []
    )
    assert [
        (c.buyer, c.supplier)
        for c in parse(
            "Armenia and India signed contracts for artillery systems, while Russia watched."
        ).contracts
    ] == [("ARM", "IND")]


def test_a_contract_with_a_state_runs_from_the_maker_or_the_likelier_exporter() -> None:
    # "signed a contract with Y" says nothing of which way the arms go.
    assert [
        (c.buyer, c.supplier)
        for c in parse("India signed a contract with Armenia for Pinaka launchers.").contracts
    ] == [("ARM", "IND")]
    assert [
        (c.buyer, c.supplier)
        for c in parse("Russia signed a deal with Iran for Shahed drones.").contracts
    ] == [("RUS", "IRN")]
    assert [
        (c.buyer, c.supplier)
        for c in parse(
            "The Russian Defence Ministry said it had fulfilled its obligations under the "
            "contracts with Armenia for air defence systems."
        ).contracts
    ] == [("ARM", "RUS")]


def test_a_sale_to_several_states_is_a_deal_with_each() -> None:
    assert {
        (c.buyer, c.supplier)
        for c in parse("Russia continues to supply arms to both Armenia and Azerbaijan.").contracts
    } == {("ARM", "RUS"), ("AZE", "RUS")}
    assert {
        (c.buyer, c.supplier)
        for c in parse("Armenia and Azerbaijan both buy weapons from Russia.").contracts
    } == {("ARM", "RUS"), ("AZE", "RUS")}
    assert {
        (c.buyer, c.supplier)
        for c in parse("Belarus and Kazakhstan have sold weapons to Azerbaijan.").contracts
    } == {("AZE", "BLR"), ("AZE", "KAZ")}


def test_states_joined_by_a_clause_comma_are_not_one_subject() -> None:
    # ", and" joins two clauses: Azerbaijan is not Yerevan's co-buyer.
    body = (
        "Pashinyan accused the bloc of failing to protect Armenia from Azerbaijan, and "
        "Yerevan has bought French and Indian weapons."
    )
    assert {(c.buyer, c.supplier) for c in parse(body).contracts} == {
        ("ARM", "FRA"),
        ("ARM", "IND"),
    }
    # "Azerbaijan and Israel signed contracts" is a pair, not two suppliers.
    assert [
        (c.buyer, c.supplier)
        for c in parse(
            "Azerbaijan and Israel have signed contracts on supply of defence products "
            "worth about $4.85 billion."
        ).contracts
    ] == [("AZE", "ISR")]


def test_state_adjectives_of_arms_make_them_and_buy_nothing() -> None:
    # "Turkish and Israeli drones" were made there; "picked off" buys nothing.
    assert (
        deals(
            "Armenia suffered most when Azerbaijan's Turkish and Israeli drones picked off "
            "Soviet-era guns one by one."
        )
        == []
    )
    # "Armenian arms purchases": the adjective before a purchase names the buyer.
    assert [
        (c.buyer, c.supplier)
        for c in parse(
            "Moscow has also financed Armenian arms purchases with two state loans."
        ).contracts
    ] == [("ARM", "RUS")]


def test_a_source_that_is_no_state_leaves_no_supplier_to_guess() -> None:
    # "from NATO countries" names the source: Russia, whose officials complain, is not it.
    assert (
        deals("Russian officials complained that Armenia was buying weapons from NATO countries.")
        == []
    )


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # A minister's signature is no visit: only an arrival verb is shared with one.
        (
            "Defence Minister Suren Papikyan signed a contract for GM200 radars with Thales.",
            "signed",
        ),
        (
            "Armenia signed a $400 million arms contract with Russia, but the weapons were"
            " never delivered.",
            "delayed",
        ),
    ],
)
def test_a_signature_after_a_name_and_a_later_clause_of_news_set_the_status(
    body: str, status: str
) -> None:
    (contract,) = parse_text(f" date 2024-06-20 T\n\n{body}").contracts
    assert contract.status.value == status
