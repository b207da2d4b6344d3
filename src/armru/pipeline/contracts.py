"""Stage 4b: defense contracts — buyer, supplier, items, value and status.

A sentence speaks of an arms deal when it has both an arms cue ("weapons",
"howitzers", "defense") and a deal cue ("contract", "bought", "deliveries").
Parties come from the shapes deals are reported in: "bought X from Y",
"Y supplied X to Z", "signed contracts with India and France", "Russia's
delay in delivering weapons"; the buyer otherwise is the first other state
the sentence names. Status follows the wording, the most telling cue first:
delayed ("paid for but not delivered") > cancelled > delivered > signed > planned.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import NamedTuple

from .._text import Token
from ..knowledge import KnowledgeBase
from ..knowledge._entries import WeaponEntry
from ..models import (
    Actor,
    ActorKind,
    ContractStatus,
    DefenseContract,
    MentionForm,
    Money,
    PartialDate,
)
from ._facts import cue_positions, evidence, state_group, state_of_mention
from .mentions import SentenceAnalysis

__all__ = ["extract_contracts", "find_money"]

_CURRENCY_SIGNS = {
    "rs": "INR",
    "rs.": "INR",
    "₹": "INR",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollar": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "₽": "RUB",
    "rub": "RUB",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rouble": "RUB",
    "amd": "AMD",
    "drams": "AMD",
    "dram": "AMD",
    "inr": "INR",
    "rupees": "INR",
    "rupee": "INR",
    "azn": "AZN",
    "manats": "AZN",
    "manat": "AZN",
}
_MULTIPLIERS = {
    "lakh": Decimal(10**5),
    "crore": Decimal(10**7),
    "thousand": Decimal(10**3),
    "k": Decimal(10**3),
    "million": Decimal(10**6),
    "mn": Decimal(10**6),
    "m": Decimal(10**6),
    "mln": Decimal(10**6),
    "billion": Decimal(10**9),
    "bn": Decimal(10**9),
    "b": Decimal(10**9),
    "bln": Decimal(10**9),
    "trillion": Decimal(10**12),
    "tn": Decimal(10**12),
}
_UNIT = Decimal(1)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_MULT = r"thousand|million|billion|trillion|crore|lakh|mln|bln|mn|bn|tn|m|b|k"
_MONEY_RE = re.compile(
    rf"(?P<pre>US\$|\$|€|£|₽|₹|\bRs\.?|\b(?:USD|EUR|GBP|RUB|AMD|INR|AZN)\b)\s?(?P<n1>{_NUMBER})"
    rf"\s*(?P<m1>(?:{_MULT})\b)?"
    rf"|\b(?P<n2>{_NUMBER})\s*(?P<m2>(?:{_MULT})\b)?\s*"
    r"(?P<post>(?:US\s|U\.S\.\s)?dollars|euros|rubles|roubles|drams|rupees|pounds|manats|USD|EUR|RUB|AMD|INR|AZN)\b",
    re.IGNORECASE,
)
_STATUS_ORDER = (
    ("contract_delayed", ContractStatus.DELAYED),
    ("contract_cancelled", ContractStatus.CANCELLED),
    # "will sign a contract to supply", "due to be delivered": not yet signed or delivered.
    ("contract_future", ContractStatus.PLANNED),
    ("contract_delivered", ContractStatus.DELIVERED),
    # "signed a letter of intent on the future supply": an intent, not a contract.
    ("contract_intent", ContractStatus.PLANNED),
    ("contract_signed", ContractStatus.SIGNED),
    ("contract_planned", ContractStatus.PLANNED),
)
_SUPPLY_NOUNS = frozenset(
    {
        "delay",
        "delays",
        "failure",
        "delivery",
        "deliveries",
        "supplies",
        "supply",
        "arms",
        "weapons",
        "shipments",
        "refusal",
        "weaponry",
        "exports",
        "sale",
        "sales",
    }
)
_GENERIC_ITEM_WORDS = frozenset(
    {
        "weapons",
        "arms",
        "armament",
        "armaments",
        "weaponry",
        "systems",
        "equipment",
        "military",
        "ammunition",
        "the",
        "and",
        "of",
    }
)
# "the supplies", "a loan for buying of weapons": a noun or a gerund, not the clause's verb.
_NOUN_MARKERS = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "of",
        "new",
        "future",
        "for",
        # "contracts on supply of defence products"
        "on",
        # "the biggest order yet": an adjective before it makes a noun of the cue.
        "biggest",
        "largest",
        "latest",
        "newest",
        "major",
        "big",
        "large",
        "huge",
        "record",
        "initial",
    }
)
# Between an arrival's subject and its verb: "who has just arrived".
_ARRIVAL_AUXILIARIES = frozenset({"has", "have", "had", "just", "first", "also", "then", "later"})
# Words that end the clause of a buying verb: "the systems were obtained, told ...".
_CLAUSE_BREAKS = frozenset({",", ";", ":", "that", "which", "who", "whose", "where"})
_DEAL_WORDS = frozenset(
    {"contract", "contracts", "deal", "deals", "agreement", "agreements", "signed", "memorandum"}
)

_SALE_NOUNS = frozenset(
    {"sale", "sales", "deliveries", "delivery", "supplies", "exports", "shipments", "transfers"}
)
"""Nouns of supplying whose "to" names the buyer: "weapons sales to Azerbaijan"."""
_CURRENCIES = frozenset({"dollars", "dollar", "rubles", "roubles", "rupees", "euros"})
_DEAL_NOUNS = frozenset({"contract", "contracts", "deal", "deals"})
# Words that give a deal its own time: "in 2015 and, late in 2019,", "last year and … this June".
_TIME_WORDS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "year",
        "years",
        "month",
        "months",
        "spring",
        "summer",
        "autumn",
        "winter",
        "later",
        "earlier",
    }
)
_CLAUSE_STARTERS = frozenset({"and", "but", "while", "whereas", "which", "together"})
_STIPULATE = frozenset({"provide", "provides", "provided", "providing"})
_RELATIVES = frozenset({"which", "who"})
_SUBJECT_PRONOUNS = frozenset({"it", "they"})
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "be", "being", "is", "are"})
_PASSIVE_ADVERBS = frozenset({"already", "never", "not", "also", "fully", "only", "yet"})
_OBJECT_PREPOSITIONS = frozenset(
    {"with", "from", "through", "via", "in", "into", "against", "at", "on", "by", "across"}
)

# Objects of these are not the subject of a later verb ("gave to Armenia credit for...").
_NOT_SUBJECT = _OBJECT_PREPOSITIONS | {"to", "for"}

# "needed this armament for its own war in Ukraine": a place, not a party.
_PLACE = frozenset({"in", "into", "against", "through", "via", "across", "at", "on"})


class _Clause(NamedTuple):
    """A clause's token range and what earlier text tells about its subject."""

    start: int
    stop: int
    previous: SentenceAnalysis | None
    earlier_buyer: str | None
    objectors: frozenset[str] = frozenset()
    """States that sanction or decry the deal: neither its buyer nor its supplier."""


_ARRIVALS = frozenset({"arrive", "arrives", "arrived", "arriving", "arrival"})
"""Status cues that a person's visit shares ("Lecornu arrived in Yerevan")."""


def _after_preposition(
    tokens: list[Token], position: int, prepositions: frozenset[str] = _OBJECT_PREPOSITIONS
) -> bool:
    """Whether the mention at ``position`` is a preposition's object ("with India")."""
    k = position - 1
    while k >= 0 and tokens[k].key in {"the", "a", "an"}:
        k -= 1
    return k >= 0 and tokens[k].key in prepositions


def _amount(number: str) -> Decimal | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", number):
        number = number.replace(",", "")
    else:
        number = number.replace(",", ".")
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def find_money(text: str) -> list[tuple[int, int, Money]]:
    """Amounts of money in ``text``: "$400 million", "€150m", "1.2 billion rubles".

    >>> [str(m) for _, _, m in find_money("worth $400 million and 1.2 billion rubles")]
    ['USD 400,000,000', 'RUB 1,200,000,000']
    """
    found: list[tuple[int, int, Money]] = []
    for match in _MONEY_RE.finditer(text):
        sign = match["pre"] or match["post"]
        number = match["n1"] or match["n2"]
        multiplier = match["m1"] or match["m2"]
        amount = _amount(number)
        currency = _CURRENCY_SIGNS.get(sign.lower())
        if amount is None or currency is None:
            continue
        if multiplier:
            amount *= _MULTIPLIERS[multiplier.lower()]
        found.append(
            (
                match.start(),
                match.end(),
                Money(
                    amount=amount.quantize(_UNIT)
                    if amount == amount.to_integral_value()
                    else amount,
                    currency=currency,
                ),
            )
        )
    return found


class _ContractFinder:
    def __init__(self, kb: KnowledgeBase, actors: Mapping[str, Actor]) -> None:
        self.kb = kb
        self.actors = actors
        table = kb.cue_table
        self.arms = table("arms_context")
        self.not_arms = kb.cue("arms_context_not")
        self.item_modifiers = kb.cue("item_modifiers")
        self.item_heads = kb.cue("item_heads")
        self.item_words = self.item_modifiers | self.item_heads
        self.deal = table("contract_nouns")
        self.not_makers = kb.cue("arms_context_not_made")
        self.replaced = kb.cue("arms_replaced")
        self.last_buyer: str | None = None
        self.buy = table("buy_verbs")
        self.sell = table("sell_verbs")
        self.arrival = table("arrival_verbs")
        self.objections = table("deal_objections")
        self.worries = table("deal_worries")
        self.refusals = table("deal_refusals")
        self.status_cues = [(table(name), status) for name, status in _STATUS_ORDER]
        self.main_states: list[str] = []
        self.following: SentenceAnalysis | None = None
        """The next sentence of the paragraph, which may tell what a deal was for."""

    def _arms(
        self, analysis: SentenceAnalysis, start: int = 0, stop: int | None = None
    ) -> list[tuple[int, int]]:
        """Arms cues, not as a modifier of something else ("military base", "arms race")."""
        if not self.arms.occurs_in(analysis.keys):
            return []
        tokens = analysis.tokens
        return [
            (first, last)
            for first, last in cue_positions(tokens, self.arms, start, stop)
            if last >= len(tokens) or tokens[last].key not in self.not_arms
        ]

    def has_arms(self, analysis: SentenceAnalysis) -> bool:
        """Whether a sentence speaks of arms: an arms cue or a named weapon system."""
        return bool(self._arms(analysis) or self._weapons(analysis))

    def follow_up(
        self, analysis: SentenceAnalysis, parties: Collection[str]
    ) -> ContractStatus | None:
        """The news a sentence gives of the deal between ``parties`` before it, if any.

        "The weapons were never delivered", "the deliveries were delayed": a delay,
        a cancellation or a delivery of arms or of a deal, naming no other state.
        """
        tokens = analysis.tokens
        for mention in analysis.mentions:
            state = state_of_mention(mention, self.actors)
            if (
                state is not None
                and state not in parties
                and self.kb.state(state) is not None
                and not _after_preposition(tokens, mention.first, _PLACE)
            ):
                return None
        if not (self.has_arms(analysis) or cue_positions(analysis.tokens, self.deal)):
            return None
        status = self._status(analysis, 0, len(analysis.tokens))
        if status in (ContractStatus.DELAYED, ContractStatus.CANCELLED, ContractStatus.DELIVERED):
            return status
        return None

    def _status(self, analysis: SentenceAnalysis, start: int, stop: int) -> ContractStatus:
        for cues, status in self.status_cues:
            if status is ContractStatus.DELIVERED and self._arrived(analysis, start, stop):
                return status
            found = cue_positions(analysis.tokens, cues, start, stop, keys=analysis.keys)
            if any(
                analysis.tokens[first].key not in _ARRIVALS or not self._visit(analysis, first)
                for first, _ in found
            ):
                return status
        return ContractStatus.UNKNOWN

    def _arrived(self, analysis: SentenceAnalysis, start: int, stop: int) -> bool:
        """Whether the arms "reached Armenia" or "arrived in Yerevan": a delivery.

        Only with the destination named, since "reached a deal" is a signing.
        """
        for first, last in cue_positions(
            analysis.tokens, self.arrival, start, stop, keys=analysis.keys
        ):
            if self._visit(analysis, first):
                continue
            group, _ = state_group(analysis, _destination(analysis.tokens, last), self.actors)
            if group:
                return True
        return False

    def _objectors(self, analysis: SentenceAnalysis) -> frozenset[str]:
        """States that object to a deal the sentence names, so do not make it.

        "Washington imposed sanctions ... over the purchase of Russia's S-400",
        "Aliyev described French arms supplies as a threat": the state that
        sanctions, condemns or calls the arms a threat is neither party. It is the
        state named last before the objection, in the same stretch of words
        (no comma) with no buying or selling verb between. So are the states a
        deal "worries" or "irritates", named right after the verb.
        """
        tokens = analysis.tokens
        found: set[str] = set()
        for _, last in cue_positions(tokens, self.worries, keys=analysis.keys):
            group, _ = state_group(analysis, last, self.actors)
            found.update(group)
        for first, _ in cue_positions(tokens, self.objections, keys=analysis.keys):
            k = first - 1
            while k >= 0 and first - k <= 10 and tokens[k].key not in {",", ";", ":"}:
                mention = analysis.mention_ending_at(k + 1)
                if (
                    mention is not None
                    and mention.form is not MentionForm.ADJECTIVE
                    and not _after_preposition(tokens, mention.first)
                ):
                    state = state_of_mention(mention, self.actors)
                    if state is not None:
                        found.add(state)
                    break
                if any(
                    self._is_verb(tokens, cue)
                    # "French arms supplies" names the deal: a noun.
                    and not (k > 0 and self.arms.match(tokens, k - 1))
                    for table in (self.buy, self.sell)
                    for cue in cue_positions(tokens, table, k, k + 1)
                ):
                    break
                k -= 1
        return frozenset(found)

    def _visit(self, analysis: SentenceAnalysis, k: int) -> bool:
        """Whether the arrival verb at k is a person's: "Lecornu, who arrived in Yerevan".

        Its subject is a person named just before it or a "who": a visit, not arms.
        """
        tokens = analysis.tokens
        j = k - 1
        while j >= 0 and tokens[j].key in _ARRIVAL_AUXILIARIES:
            j -= 1
        if j < 0:
            return False
        if tokens[j].key == "who":
            return True
        mention = analysis.mention_ending_at(j + 1)
        actor = self.actors.get(mention.actor_id) if mention is not None else None
        return actor is not None and actor.kind is ActorKind.PERSON

    def _gerund_subject(self, analysis: SentenceAnalysis, cue: tuple[int, int]) -> str | None:
        """The state that does a gerund's buying or selling: "accused Yerevan of buying".

        After "of" or "for", the gerund's subject is the object before it
        ("punished Ankara for purchasing", "a credit to Armenia for buying"), unless
        that is a preposition's ("a contract with India for supplying").
        """
        tokens = analysis.tokens
        first = cue[0]
        if not tokens[first].key.endswith("ing") or first < 2:
            return None
        if tokens[first - 1].key not in {"of", "for"}:
            return None
        mention = analysis.mention_ending_at(first - 1)
        if (
            mention is None
            or mention.form in (MentionForm.ADJECTIVE, MentionForm.PRONOUN)
            or _after_preposition(tokens, mention.first)
        ):
            return None
        return state_of_mention(mention, self.actors)

    def _weapons(
        self, analysis: SentenceAnalysis, start: int = 0, stop: int | None = None
    ) -> list[tuple[int, int, WeaponEntry]]:
        """Named weapon systems in the sentence (capitalised, as names are)."""
        tokens = analysis.tokens
        found = []
        if self.kb.weapon_table.occurs_in(analysis.keys):
            for first, last in self.kb.weapon_table.find_all(tokens, start, stop):
                if tokens[first].text[:1].isupper() or tokens[first].text[:1].isdigit():
                    key = tuple(t.key for t in tokens[first:last])
                    found.append((first, last, self.kb.weapon_index[key]))
        return found

    def _makers(self, analysis: SentenceAnalysis, start: int, stop: int) -> list[str]:
        """Makers of the weapons a clause names, but not of those a deal replaces."""
        tokens = analysis.tokens
        replaced = self.replaced
        return list(
            dict.fromkeys(
                w.maker
                for p, _, w in self._weapons(analysis)
                if start <= p < stop
                and not any(t.key in replaced for t in tokens[max(start, p - 5) : p])
            )
        )

    def _items(self, analysis: SentenceAnalysis, start: int, stop: int) -> tuple[str, ...]:
        tokens = analysis.tokens
        items: list[str] = []
        generic = {
            "defense",
            "defence",
            "military",
            "systems",
            "equipment",
            "vehicles",
            "hardware",
            "military-technical",
            "arms supplier",
            "arms suppliers",
        }
        weapons = self._weapons(analysis, start, stop)
        for first, last in self._arms(analysis, start, stop):
            phrase = " ".join(t.key for t in tokens[first:last])
            if phrase in generic:
                continue
            if last < len(tokens) and tokens[last].key in {
                "suppliers",
                "supplier",
                "deal",
                "deals",
                "contracts",
                "contract",
            }:
                continue
            begin, end = first, last
            while (
                begin > 0
                and begin > first - 6
                and (
                    tokens[begin - 1].text[:1].isupper()
                    or tokens[begin - 1].text[:1].isdigit()
                    or tokens[begin - 1].key in self.item_modifiers
                )
                and analysis.mention_at(begin - 1) is None
            ):
                begin -= 1
            for weapon_first, weapon_last, _ in weapons:
                if weapon_first < begin < weapon_last:
                    begin = weapon_first  # "Su-30SM jets", not "-30SM jets"
            while begin < first and tokens[begin].key in {"-", "to"}:
                begin += 1
            # "Bastion armoured personnel carriers", not "Bastion armoured".
            while (
                end < stop
                and end < last + 3
                and tokens[end].key in self.item_words
                and (tokens[end - 1].key not in self.item_heads or tokens[end].key == "-")
            ):
                end += 1
            while end > last and tokens[end - 1].key in {"-", "to"}:
                end -= 1
            last = end
            sentence = analysis.sentence
            text = sentence.text[
                tokens[begin].start - sentence.start : tokens[last - 1].end - sentence.start
            ]
            if text not in items:
                items.append(text)
        sentence = analysis.sentence
        for weapon_first, weapon_last, weapon in weapons:
            # "Osa air defence systems" already names the Osa-AKM.
            named = sentence.text[
                tokens[weapon_first].start - sentence.start : tokens[weapon_last - 1].end
                - sentence.start
            ].lower()
            if not any(
                named in item.lower() or weapon.name.lower() in item.lower() for item in items
            ):
                # "four Su-30SM fighters": the system with the noun that says what it is.
                end = weapon_last
                while (
                    end < len(tokens)
                    and end < weapon_last + 2
                    and tokens[end].key in self.item_heads
                ):
                    end += 1
                items.append(
                    weapon.name
                    if end == weapon_last
                    else sentence.text[
                        tokens[weapon_first].start - sentence.start : tokens[end - 1].end
                        - sentence.start
                    ]
                )
        return tuple(items)

    def _is_verb(self, tokens: list[Token], cue: tuple[int, int]) -> bool:
        """'supplies' after a determiner ("the supplies") is a noun, not a verb.

        "provides for" stipulates rather than supplies.
        """
        first, last = cue
        if last < len(tokens) and tokens[last].key == "for" and tokens[first].key in _STIPULATE:
            return False
        return first == 0 or tokens[first - 1].key not in _NOUN_MARKERS

    def _parties(
        self,
        analysis: SentenceAnalysis,
        clause: _Clause,
        mentioned: Sequence[tuple[int, str]],
        deal: Sequence[tuple[int, int]],
        buy: Sequence[tuple[int, int]],
        sell: Sequence[tuple[int, int]],
    ) -> tuple[str | None, list[str], list[str], list[str]]:
        """Buyer, suppliers, "with" partners and co-buyers from the clause's shape.

        The strongest cue comes first. The partners, named by "a contract with Y",
        are suppliers only if the buyer is the other party: the phrase itself does
        not say which way the arms go. Co-buyers share the buyer's deal ("sells
        arms to both Armenia and Azerbaijan", "Armenia and Azerbaijan buy").
        """
        tokens = analysis.tokens
        start, stop = clause.start, clause.stop
        gerund_buyer = next(filter(None, (self._gerund_subject(analysis, c) for c in buy)), None)
        gerund_seller = next(filter(None, (self._gerund_subject(analysis, c) for c in sell)), None)
        # "picked off Soviet-era guns", "bought off": not a purchase.
        buy = [
            c
            for c in buy
            if self._is_verb(tokens, c) and (c[1] >= len(tokens) or tokens[c[1]].key != "off")
        ]
        # "accused Tehran of supplying drones to Russia": the gerund's "to" names the buyer.
        sell = [
            c
            for c in sell
            if self._is_verb(tokens, c) or self._gerund_subject(analysis, c) is not None
        ]
        local = [(p, s) for p, s in mentioned if start <= p < stop]
        suppliers: list[str] = []
        partners: list[str] = []
        co_buyers: list[str] = []
        buyer: str | None = None
        # "bought weapons from NATO countries": a source named that is no state.
        other_source = False

        def before_cue(cue: tuple[int, int]) -> str:
            k = cue[0] - 1
            while k >= start and tokens[k].key in _PASSIVE_ADVERBS:
                k -= 1
            return tokens[k].key if k >= start else ""

        def passive(cue: tuple[int, int]) -> bool:
            # "was buying" is progressive, "was bought" passive.
            return before_cue(cue) in _PASSIVE_AUXILIARIES and not tokens[cue[0]].key.endswith(
                "ing"
            )

        def joined(cue: tuple[int, int]) -> bool:
            return before_cue(cue) in {"but", "and", "or"}

        def subject(cue: tuple[int, int]) -> str | None:
            """The state doing the buying or selling: "Armenia bought", "it bought"."""
            if passive(cue) or (joined(cue) and any(passive(c) for c in (*buy, *sell))):
                # "Russian weapons were paid for but never delivered": the goods, no party
                return None
            relative = next(
                (k for k in range(cue[0] - 1, start - 1, -1) if tokens[k].key in _RELATIVES), -1
            )
            before = [
                (p, state)
                for p, state in local
                if p < cue[0]
                and not _after_preposition(tokens, p, _NOT_SUBJECT)
                and not _in_apposition(tokens, p, cue[0])
                and not self._maker_adjective(analysis, p)
            ]
            pronoun = any(
                tokens[k].key in _SUBJECT_PRONOUNS
                for k in range(before[-1][0] + 1 if before else start, cue[0])
            )
            if before and before[-1][0] > relative and not pronoun:
                return before[-1][1]
            if relative > 0:
                # "turned to India, which agreed to supply": the state before "which".
                earlier = [state for p, state in mentioned if p < relative]
                if earlier:
                    return earlier[-1]
            if before and not pronoun:
                return before[-1][1]
            if pronoun:
                # "It bought radars from France": the state the sentence before was about.
                earlier = [state for p, state in mentioned if p < start]
                if earlier:
                    return earlier[0]
                if clause.previous is not None:
                    return _subject_state(clause.previous, self.actors)
            return None

        if buy:
            buyer = subject(buy[0])
            if buyer is not None:
                co_buyers = _conjuncts(analysis, local, buy[0][0], buyer, self.actors)
        if buyer is None:
            buyer = gerund_buyer
        if gerund_seller is not None and gerund_seller != buyer:
            suppliers.append(gerund_seller)
        for k in range(start, stop):
            token = tokens[k]
            if (token.key == "from" and any(p < k for p, _ in (*buy, *deal))) or (
                token.key == "with" and any(t.key in _DEAL_WORDS for t in tokens[max(0, k - 2) : k])
            ):
                group, _ = state_group(analysis, k + 1, self.actors)
                suppliers.extend(s for s in group if s not in suppliers and s != buyer)
                if token.key == "with":
                    partners.extend(group)
                elif not group:
                    other_source = True
            elif token.key == "to" and (
                any(k - 8 <= p < k for p, _ in sell) or (k > 0 and tokens[k - 1].key in _SALE_NOUNS)
            ):
                # "sold to Armenia", "Moscow's weapons sales to Azerbaijan", "to both
                # Armenia and Azerbaijan"
                both = k + 1 < len(tokens) and tokens[k + 1].key == "both"
                group, _ = state_group(analysis, k + 1 + both, self.actors)
                if group and buyer is None:
                    buyer, co_buyers = group[0], group[1:]
            elif token.key == "by" and any(last in (k, k - 1) for _, last in (*buy, *sell)):
                # "paid for by Yerevan" names the buyer, "supplied by Moscow" the seller.
                group, _ = state_group(analysis, k + 1, self.actors)
                if group and any(last in (k, k - 1) for _, last in buy):
                    buyer = group[0]
                elif group and group[0] not in suppliers:
                    suppliers.append(group[0])
            elif token.key == "'s" and k + 1 < len(tokens) and tokens[k + 1].key in _SUPPLY_NOUNS:
                mention = analysis.mention_ending_at(k)
                state = state_of_mention(mention, self.actors) if mention else None
                if state is not None and state not in suppliers and state != buyer:
                    suppliers.append(state)
        for _, last in cue_positions(tokens, self.arrival, start, stop, keys=analysis.keys):
            # "reached Armenia", "arrived in Yerevan": where the arms went.
            group, _ = state_group(analysis, _destination(tokens, last), self.actors)
            if group and buyer is None:
                buyer = group[0]
        if not suppliers:
            # "Russian arms it paid for", "French-made howitzers": the maker supplies.
            for mention in analysis.mentions:
                k = self._after_made(tokens, mention.last)
                if mention.form is MentionForm.ADJECTIVE:
                    k = self._past_adjectives(analysis, k)
                if not self._maker_adjective(analysis, mention.first):
                    continue
                if (
                    (
                        any(
                            not _clause_break(tokens, cue[0], mention.first)
                            for cue in (*buy, *sell)
                        )
                        or self._sale_after(tokens, k)
                    )
                    and start <= mention.first < stop
                    and mention.form is MentionForm.ADJECTIVE
                    and k < len(tokens)
                    and tokens[k].key not in self.not_makers
                    and self.arms.match(tokens, k)
                ):
                    state = state_of_mention(mention, self.actors)
                    if state is not None and state != buyer and state not in suppliers:
                        suppliers.append(state)
        if not suppliers:
            # "ordered a package that includes Pinaka launchers": Pinaka is Indian-made.
            for maker in self._makers(analysis, start, stop):
                if maker != buyer and maker not in suppliers:
                    suppliers.append(maker)
        if not suppliers and sell:
            seller = subject(sell[0])
            if seller is not None and seller != buyer:
                if buyer is not None:
                    # "Belarus and Kazakhstan have sold weapons to Azerbaijan": each
                    # supplies ("Azerbaijan and Israel signed contracts" is a pair).
                    suppliers += _conjuncts(analysis, local, sell[0][0], seller, self.actors)
                suppliers.append(seller)
        if not suppliers and buy and not passive(buy[0]):
            # "Armenia bought Russian-made howitzers": the other state after the verb,
            # in its own clause ("an order ... that worries Baku" names no seller).
            after = [
                s
                for p, s in local
                if p > buy[0][0]
                and s != buyer
                and not any(t.key in _CLAUSE_BREAKS for t in tokens[buy[0][1] : p])
            ]
            if after:
                suppliers.append(after[0])
        distinct = list(
            dict.fromkeys(
                state
                for p, state in local
                if not _after_preposition(tokens, p, _PLACE)
                and state not in clause.objectors
                # "receives weapons ..., while Russia relies on ...": another clause.
                and any(not _clause_break(tokens, c[0], p) for c in (*deal, *buy, *sell))
            )
        )
        if not suppliers and len(distinct) == 2 and (deal or buy or sell) and not other_source:
            if buyer is None:
                # "Armenia and India signed contracts": the likelier exporter supplies.
                ranked = sorted(distinct, key=self._export_rank)
                buyer = ranked[1]
            suppliers = [s for s in distinct if s != buyer]
        co_buyers = [s for s in co_buyers if s != buyer and s not in suppliers]
        return buyer, suppliers, partners, co_buyers

    def _sale_after(self, tokens: list[Token], k: int) -> bool:
        """Whether an arms cue at k is followed by a noun of supplying: "arms deliveries"."""
        length = self.arms.match(tokens, k)
        return bool(length) and k + length < len(tokens) and tokens[k + length].key in _SALE_NOUNS

    def _maker_adjective(self, analysis: SentenceAnalysis, p: int) -> bool:
        """Whether the mention at p is a state adjective of arms: "Israeli drones".

        Such a state made the arms; it is not the subject of a verb after them.
        """
        mention = analysis.mention_at(p)
        if mention is None or mention.form is not MentionForm.ADJECTIVE:
            return False
        tokens = analysis.tokens
        k = self._past_adjectives(analysis, self._after_made(tokens, mention.last))
        length = self.arms.match(tokens, k) if k < len(tokens) else 0
        # "Armenian arms purchases": the adjective names the buyer.
        return bool(length) and not self.buy.match(tokens, k + length)

    def _past_adjectives(self, analysis: SentenceAnalysis, k: int) -> int:
        """Past the state adjectives joined to one at k: "French and Indian weapons"."""
        tokens = analysis.tokens
        while k + 1 < len(tokens) and tokens[k].key in {"and", ","}:
            mention = analysis.mention_at(k + 1)
            if (
                mention is None
                or mention.first != k + 1
                or mention.form is not (MentionForm.ADJECTIVE)
            ):
                break
            k = self._after_made(tokens, mention.last)
        return k

    @staticmethod
    def _after_made(tokens: list[Token], k: int) -> int:
        """The token after "-made" or "-built" at k ("Russian-made"), else k."""
        if k + 1 < len(tokens) and tokens[k].key == "-" and tokens[k + 1].key in {"made", "built"}:
            return k + 2
        return k

    def _bare_arms(self, tokens: list[Token], cue: tuple[int, int]) -> bool:
        """A deal noun that only names arms ("weapons"), with no "from/to" link after it."""
        phrase = tuple(t.key for t in tokens[cue[0] : cue[1]])
        if phrase not in self.arms:
            return False
        return all(t.key not in {"from", "to"} for t in tokens[cue[1] : cue[1] + 3])

    def _export_rank(self, state: str) -> int:
        ranking = self.kb.ordered_cue("arms_exporters")
        return ranking.index(state) if state in ranking else len(ranking)

    def _clauses(
        self, tokens: list[Token], triggers: Sequence[int], arms: Sequence[int]
    ) -> list[tuple[int, int]]:
        """Token ranges of the deals a sentence reports, one per clause that has its own.

        Clauses break at ";" and at a comma before "and", "but", "while", "which"
        or "together with"; a clause without both a deal cue and an arms cue
        (a list item, an aside) stays with its neighbour.
        """
        cuts = [0]
        for k in range(1, len(tokens) - 1):
            key = tokens[k].key
            if key == ";" or (key == "," and tokens[k + 1].key in _CLAUSE_STARTERS):
                cuts.append(k + 1)
        if len(cuts) == 1:
            return [(0, len(tokens))]
        cuts.append(len(tokens))
        groups: list[tuple[int, int]] = []
        start = 0
        for first, last in pairwise(cuts):
            if any(first <= p < last for p in triggers) and any(first <= p < last for p in arms):
                groups.append((start, last))
                start = last
        if not groups:
            return [(0, len(tokens))]
        if start < len(tokens):
            groups[-1] = (groups[-1][0], len(tokens))
        return groups

    def sentence(
        self,
        analysis: SentenceAnalysis,
        document_id: str,
        speaker_states: Sequence[str],
        date: PartialDate | None,
        previous: SentenceAnalysis | None = None,
    ) -> list[DefenseContract]:
        tokens = analysis.tokens
        arms = self._arms(analysis)
        weapons = self._weapons(analysis)
        if not (
            arms
            or weapons
            or (
                self.following is not None
                and not analysis.keys.isdisjoint(_DEAL_NOUNS)
                and self.has_arms(self.following)
            )
        ):
            return []
        keys = analysis.keys
        deal = cue_positions(tokens, self.deal, keys=keys)
        buy = cue_positions(tokens, self.buy, keys=keys)
        sell = cue_positions(tokens, self.sell, keys=keys)
        arrival = [
            cue
            for cue in (cue_positions(tokens, self.arrival, keys=keys) if weapons else [])
            if not self._visit(analysis, cue[0])
        ]
        if arrival:
            # "the first Bastion vehicles from France came to Armenia": a delivery.
            sell = sorted({*sell, *arrival})
        if not (buy or sell) and all(self._bare_arms(tokens, cue) for cue in deal):
            # "shelling positions using artillery, weapons and drones": arms named,
            # no deal; "Russian weapons to Azerbaijan" still links a supplier.
            return []
        if not (deal or buy or sell):
            return []
        money = find_money(analysis.sentence.text)
        if not (arms or weapons or money):
            # "signed new contracts for $400 million. The weapons never came.": the
            # next sentence tells what the priced contracts were for.
            return []
        mentioned: list[tuple[int, str]] = []
        for mention in analysis.mentions:
            state = state_of_mention(mention, self.actors)
            if (
                state is not None
                and mention.form is not MentionForm.PRONOUN
                and self.kb.state(state) is not None
                # "200 million US dollars" names a currency, not a party.
                and (mention.last >= len(tokens) or tokens[mention.last].key not in _CURRENCIES)
            ):
                mentioned.append((mention.first, state))
        groups = self._clauses(
            tokens,
            [p for p, _ in (*deal, *buy, *sell)],
            [p for p, _ in arms] + [p for p, _, _ in weapons],
        )
        offset = analysis.sentence.start
        contracts: list[DefenseContract] = []
        earlier_buyer: str | None = None
        objectors = self._objectors(analysis)
        refused = cue_positions(tokens, self.refusals, keys=keys)
        for start, stop in groups:

            def within(cues: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
                return [c for c in cues if start <= c[0] < stop]  # noqa: B023

            if self._refused(tokens, refused, within(deal), within(buy), within(sell)):
                continue
            clause = _Clause(start, stop, previous, earlier_buyer, objectors)
            found = self._clause(
                analysis, clause, mentioned, within(deal), within(buy), within(sell), speaker_states
            )
            if found is None:
                news = self._status(analysis, start, stop) if contracts else None
                if news in (ContractStatus.DELAYED, ContractStatus.CANCELLED):
                    # "signed a contract ..., but the arms were never delivered": a clause
                    # with no parties of its own tells what became of the deal before it.
                    contracts[-1] = _update_status(contracts[-1], news)
                continue
            buyer, suppliers, co_buyers = found
            earlier_buyer = buyer
            first_new = len(contracts)
            begin = tokens[start].start - offset
            end = tokens[stop - 1].end - offset
            status = self._status(analysis, start, stop)
            items = self._items(analysis, start, stop)
            span = evidence(analysis, 0, len(tokens), document_id)
            if len(suppliers) == 1:
                for deal_items, status_span, value_span in self._by_system(
                    analysis, start, stop, suppliers[0], items
                ):
                    if deal_items is not items:
                        begin = tokens[value_span[0]].start - offset
                        end = tokens[value_span[1] - 1].end - offset
                    amounts = [m for first, _, m in money if begin <= first < end]
                    # "$400 million (near 30 billion rubles)": one amount, restated.
                    value = next((m for m in amounts if m.currency == "USD"), None)
                    own_status = self._status(analysis, *status_span)
                    contracts.append(
                        DefenseContract(
                            buyer=buyer,
                            supplier=suppliers[0],
                            items=deal_items,
                            value=value or (amounts[0] if amounts else None),
                            status=status if own_status is ContractStatus.UNKNOWN else own_status,
                            date=date,
                            evidence=span,
                        )
                    )
            else:
                contracts.extend(
                    DefenseContract(
                        buyer=buyer,
                        supplier=supplier,
                        items=items,
                        status=status,
                        date=date,
                        evidence=span,
                    )
                    for supplier in suppliers
                    if supplier != buyer
                )
            if co_buyers:
                # "Russia sells arms to both Armenia and Azerbaijan": a deal for each.
                own = contracts[first_new:]
                contracts.extend(
                    c.model_copy(update={"buyer": other})
                    for other in co_buyers
                    for c in own
                    if c.supplier != other
                )
        return contracts

    def _by_system(
        self,
        analysis: SentenceAnalysis,
        start: int,
        stop: int,
        supplier: str,
        items: tuple[str, ...],
    ) -> list[tuple[tuple[str, ...], tuple[int, int], tuple[int, int]]]:
        """The clause's deals: one per named system, or run of systems, set apart.

        Arms-transfer registers (SIPRI's among them) keep one record per transfer,
        and so do analysts: "delivered Iskander missiles in 2015 and, late in 2019,
        four Su-30SM fighters" are two, told apart by their dates; "a contract for
        CAESAR howitzers, following earlier agreements on GM200 radars" two, told
        apart by a deal of their own. A plain list ("received Smerch launchers,
        TOS-1A systems and Igla-S missiles") is one package. Each deal comes with the
        tokens its status is read from (the words since the deal before it) and
        those its price is read from (from its first system to the next deal's).
        """
        systems: list[tuple[int, int, WeaponEntry]] = []
        for first, last, weapon in self._weapons(analysis, start, stop):
            if weapon.maker == supplier and all(w.name != weapon.name for _, _, w in systems):
                systems.append((first, last, weapon))
        tokens = analysis.tokens
        runs: list[list[tuple[int, int, WeaponEntry]]] = []
        for system in systems:
            if runs and not self._sets_apart(tokens, runs[-1][-1][1], system[0]):
                runs[-1].append(system)
            else:
                runs.append([system])
        if len(runs) < 2:
            return [(items, (start, stop), (start, stop))]
        sentence = analysis.sentence
        deals: list[tuple[tuple[str, ...], tuple[int, int], tuple[int, int]]] = []
        claimed: set[str] = set()
        for n, run in enumerate(runs):
            own: list[str] = []
            for first, last, weapon in run:
                named = sentence.text[
                    tokens[first].start - sentence.start : tokens[last - 1].end - sentence.start
                ].lower()
                mine = [
                    item
                    for item in items
                    if item not in claimed
                    and (named in item.lower() or weapon.name.lower() in item.lower())
                ]
                claimed.update(mine)
                own += mine or [weapon.name]
            status_span = (runs[n - 1][-1][1] if n else start, run[-1][1])
            if n == len(runs) - 1:
                status_span = (status_span[0], stop)
            value_span = (
                run[0][0] if n else start,
                runs[n + 1][0][0] if n + 1 < len(runs) else stop,
            )
            deals.append((tuple(own), status_span, value_span))
        rest = tuple(item for item in items if item not in claimed)
        if rest:
            # "Pinaka launchers, anti-tank rockets and ammunition": unnamed items go
            # with the first deal.
            first_items, status_span, value_span = deals[0]
            deals[0] = ((*first_items, *rest), status_span, value_span)
        return deals

    def _refused(
        self,
        tokens: list[Token],
        refused: Sequence[tuple[int, int]],
        deal: Sequence[tuple[int, int]],
        buy: Sequence[tuple[int, int]],
        sell: Sequence[tuple[int, int]],
    ) -> bool:
        """Whether a clause's only deal is one refused or denied: "has never sold weapons".

        Every buying or selling verb of the clause is negated ("never sold",
        "refused to sell", "no plans to buy") and no deal noun other than the arms
        themselves tells of a deal.
        """
        verbs = [*buy, *sell]
        if not verbs or not refused:
            return False

        def negated(cue: tuple[int, int]) -> bool:
            return any(first <= cue[0] and cue[1] <= last for first, last in refused)

        if not all(negated(cue) for cue in verbs):
            return False
        arms = self.arms
        return all(
            negated(cue) or tuple(t.key for t in tokens[cue[0] : cue[1]]) in arms for cue in deal
        )

    def _sets_apart(self, tokens: list[Token], begin: int, end: int) -> bool:
        """Whether the words between two named systems make them two deals.

        A time of their own ("in 2015 and, late in 2019,"), a deal noun ("following
        earlier agreements on") or a verb of buying, selling or status does.
        """
        for k in range(begin, end):
            key = tokens[k].key
            if key in _TIME_WORDS or (len(key) == 4 and key.isdigit() and key[:2] in ("19", "20")):
                return True
        cue_lists = (self.deal, self.buy, self.sell, *(cues for cues, _ in self.status_cues))
        return any(cue_positions(tokens, cues, begin, end) for cues in cue_lists)

    def _clause(
        self,
        analysis: SentenceAnalysis,
        clause: _Clause,
        mentioned: Sequence[tuple[int, str]],
        deal: Sequence[tuple[int, int]],
        buy: Sequence[tuple[int, int]],
        sell: Sequence[tuple[int, int]],
        speaker_states: Sequence[str],
    ) -> tuple[str, list[str], list[str]] | None:
        """Buyer, suppliers and co-buyers of the deal one clause reports, or None."""
        if not (deal or buy or sell):
            return None
        buyer, suppliers, partners, co_buyers = self._parties(
            analysis, clause, mentioned, deal, buy, sell
        )
        if not suppliers:
            return None
        guessed = buyer is None
        if buyer is None:
            first_trigger = min(p for p, _ in (*deal, *buy, *sell))
            local = [(p, s) for p, s in mentioned if clause.start <= p < clause.stop]
            candidates = [s for s in (clause.earlier_buyer,) if s is not None]
            candidates += [
                s
                for p, s in local
                if p < first_trigger and not _after_preposition(analysis.tokens, p)
            ]
            candidates += list(speaker_states)
            candidates += [s for _, s in local]
            if self.last_buyer is not None:
                # "Turkey sold the drones ...": the buyer the text has been about.
                candidates.append(self.last_buyer)
            candidates += self.main_states
            buyer = next(
                (s for s in candidates if s not in suppliers and s not in clause.objectors), None
            )
        if buyer is None:
            return None
        if guessed and suppliers == partners and len(partners) == 1:
            # "The Russian ministry fulfilled its contracts with Armenia": a contract
            # "with" a state runs either way; the maker of the named arms, else the
            # likelier exporter, supplies.
            partner = partners[0]
            makers = self._makers(analysis, clause.start, clause.stop)
            if (buyer in makers and partner not in makers) or (
                partner not in makers and self._export_rank(buyer) < self._export_rank(partner)
            ):
                buyer, suppliers = partner, [buyer]
        return buyer, suppliers, co_buyers


def _conjuncts(
    analysis: SentenceAnalysis,
    local: Sequence[tuple[int, str]],
    cue: int,
    state: str,
    actors: Mapping[str, Actor],
) -> list[str]:
    """States joined to the subject ``state`` of the verb at ``cue``: "Armenia and Azerbaijan".

    The subject is the last mention of ``state`` before the verb; the states
    named before it with only "and", "," or "both" between are its conjuncts.
    """
    tokens = analysis.tokens
    positions = [p for p, s in local if p < cue]
    if not positions or dict(local).get(positions[-1]) != state:
        return []
    found: list[str] = []
    mention = analysis.mention_at(positions[-1])
    while mention is not None:
        k = mention.first - 1
        if k < 1 or tokens[k].key not in {"and", ","}:
            break
        if tokens[k].key == "and" and tokens[k - 1].key == ",":
            # "protect Armenia from Azerbaijan, and Yerevan has bought": two clauses.
            break
        previous = analysis.mention_ending_at(k)
        if previous is None or _after_preposition(tokens, previous.first):
            break
        other = state_of_mention(previous, actors)
        if other is None:
            break
        if other != state and other not in found:
            found.insert(0, other)
        mention = previous
    return found


def _clause_break(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a clause ends between tokens a and b: "receives weapons ..., while Russia"."""
    low, high = min(a, b), max(a, b)
    return any(
        tokens[k].key == ";"
        or (tokens[k].key == "," and k + 1 < len(tokens) and tokens[k + 1].key in _CLAUSE_STARTERS)
        for k in range(low + 1, high)
    )


def _destination(tokens: list[Token], k: int) -> int:
    """Where an arrival's destination starts: after a "to" ("reached to Armenia")."""
    return k + 1 if k < len(tokens) and tokens[k].key == "to" else k


def _in_apposition(tokens: list[Token], p: int, stop: int) -> bool:
    """Whether token p is inside ", a member of the Russian-led bloc," before ``stop``."""
    opening = next((k for k in range(p - 1, -1, -1) if tokens[k].key == ","), None)
    if opening is None or opening + 1 >= len(tokens):
        return False
    if tokens[opening + 1].key not in {"a", "an", "the", "which", "who", "whose", "its"}:
        return False
    return any(tokens[k].key == "," for k in range(p + 1, stop))


def _merge(first: DefenseContract, later: DefenseContract) -> DefenseContract:
    status = first.status
    if status is ContractStatus.UNKNOWN or (
        later.status in (ContractStatus.DELAYED, ContractStatus.CANCELLED)
    ):
        status = later.status
    items = first.items + tuple(i for i in later.items if i not in first.items)
    return first.model_copy(
        update={
            "status": status,
            "items": items,
            "value": first.value or later.value,
            "date": first.date or later.date,
        }
    )


def extract_contracts(
    analyses: Sequence[SentenceAnalysis],
    actors: Mapping[str, Actor],
    kb: KnowledgeBase,
    document_id: str,
    speakers: Mapping[int, Sequence[str]],
    dates: Mapping[int, PartialDate],
) -> list[DefenseContract]:
    """Contracts of a document, one per buyer and supplier, first mention as evidence."""
    finder = _ContractFinder(kb, actors)
    finder.main_states = _main_states(analyses, actors)
    contracts: list[DefenseContract] = []
    touched: list[int] = []  # the contracts the paragraph's last sentences spoke of
    touched_paragraph = -1
    for position, analysis in enumerate(analyses):
        number = analysis.sentence.number
        paragraph = analysis.sentence.paragraph
        if paragraph != touched_paragraph:
            # A new paragraph goes on about no deal of the last one's by default.
            touched = []
        touched_paragraph = paragraph
        following = analyses[position + 1] if position + 1 < len(analyses) else None
        finder.following = (
            following
            if following is not None and following.sentence.paragraph == paragraph
            else None
        )
        found = finder.sentence(
            analysis,
            document_id,
            speakers.get(number, ()),
            dates.get(number),
            analyses[position - 1] if position else None,
        )
        if not found:
            # "The money was paid, but the weapons were not delivered.": news of the
            # deal the sentence before reported.
            parties = {s for i in touched for s in (contracts[i].buyer, contracts[i].supplier)}
            update = finder.follow_up(analysis, parties) if touched else None
            if update is not None:
                for index in touched:
                    contracts[index] = _update_status(contracts[index], update)
            else:
                touched = []
            continue
        before, touched = touched, []
        finder.last_buyer = found[-1].buyer
        for contract in found:
            # "Russia lent $200 million for arms. With this money Armenia received
            # Smerch launchers.": the deal the sentence before reported, first.
            index = next(
                (i for i in before if _same_deal(contracts[i], contract, following=True)),
                next((i for i, c in enumerate(contracts) if _same_deal(c, contract)), -1),
            )
            if index >= 0:
                contracts[index] = _merge(contracts[index], contract)
            else:
                index = len(contracts)
                contracts.append(contract)
            if index not in touched:
                touched.append(index)
    return contracts


def _update_status(contract: DefenseContract, status: ContractStatus) -> DefenseContract:
    """A deal's later news: delays and cancellations override, deliveries follow deals."""
    if contract.status in (ContractStatus.DELAYED, ContractStatus.CANCELLED):
        return contract
    if status is ContractStatus.DELIVERED and contract.status is ContractStatus.DELIVERED:
        return contract
    return contract.model_copy(update={"status": status})


def _generic(items: Sequence[str]) -> bool:
    """Items that name no system ("weapons", "arms and ammunition")."""
    return all(w in _GENERIC_ITEM_WORDS for item in items for w in item.lower().split())


def _to_come_and_come(first: DefenseContract, second: DefenseContract) -> bool:
    """Whether one deal is still to come and the other's arms have come.

    "Armenia is going to buy more ATAGS howitzers" and "the first ATAGS reached
    Armenia" are two deals: one article tells a deal as planned or as delivered,
    not as both.
    """
    return {first.status, second.status} == {ContractStatus.PLANNED, ContractStatus.DELIVERED}


def _same_deal(first: DefenseContract, second: DefenseContract, following: bool = False) -> bool:
    """One deal when the parties agree and the items do not tell two deals apart.

    A sentence ``following`` the first's in its paragraph goes on about it unless
    its items or its price differ; an unnamed deal elsewhere is one of the same
    kind ("weapons" and "arms" are one deal, Smerch launchers another).
    """
    if (first.buyer, first.supplier) != (second.buyer, second.supplier):
        return False
    if first.value is not None and second.value is not None and first.value != second.value:
        # "$200 million in 2015 ... $400 million in 2021": two priced deals.
        return False
    troubled = (ContractStatus.DELAYED, ContractStatus.CANCELLED)
    news_agrees = first.status is second.status or (
        first.status not in troubled
        and second.status not in troubled
        and not _to_come_and_come(first, second)
    )
    if following and (_generic(first.items) or _generic(second.items)) and news_agrees:
        return True
    if any(_generic(c.items) and c.value is None for c in (first, second)) and news_agrees:
        # "Moscow's weapons sales to Azerbaijan" names no deal of its own: it is the
        # one the text details elsewhere, unless its news differs (arms never
        # delivered are not the ones delivered).
        return True
    if _generic(first.items) and _generic(second.items):
        return True
    if (
        news_agrees
        and not first.items
        and second.items
        and second.value is None
        and not (first.date and second.date and second.date.before(first.date))
    ):
        # "signed contracts on the supply of defence products worth $4.85 billion", then
        # "the army received Harop drones from Israel": a deal first told by its price
        # alone is the one the text goes on to detail (a later unnamed deal is not,
        # nor are arms dated before it).
        return True
    if not first.items or not second.items:
        return False
    if _to_come_and_come(first, second):
        return False
    words = {w for item in first.items for w in item.lower().split()}
    return any(
        w in words
        for item in second.items
        for w in item.lower().split()
        if w not in _GENERIC_ITEM_WORDS
    )


def _main_states(analyses: Sequence[SentenceAnalysis], actors: Mapping[str, Actor]) -> list[str]:
    """States the document names, the most named first (the default buyer's pool)."""
    counts: dict[str, int] = {}
    for analysis in analyses:
        for mention in analysis.mentions:
            state = state_of_mention(mention, actors)
            if state is not None:
                counts[state] = counts.get(state, 0) + 1
    return [state for state, _ in sorted(counts.items(), key=lambda kv: -kv[1])]


def _subject_state(analysis: SentenceAnalysis, actors: Mapping[str, Actor]) -> str | None:
    """The first state a sentence names outside a prepositional phrase: what "it" refers to."""
    for mention in analysis.mentions:
        state = state_of_mention(mention, actors)
        if state is not None and not _after_preposition(analysis.tokens, mention.first):
            return state
    return None
