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
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

from .._text import Token
from ..knowledge import KnowledgeBase
from ..knowledge._entries import WeaponEntry
from ..models import Actor, ContractStatus, DefenseContract, MentionForm, Money, PartialDate
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
    r"(?P<post>dollars|euros|rubles|roubles|drams|rupees|pounds|manats|USD|EUR|RUB|AMD|INR|AZN)\b",
    re.IGNORECASE,
)
_STATUS_ORDER = (
    ("contract_delayed", ContractStatus.DELAYED),
    ("contract_cancelled", ContractStatus.CANCELLED),
    ("contract_delivered", ContractStatus.DELIVERED),
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
    {"weapons", "arms", "systems", "equipment", "military", "ammunition", "the", "and", "of"}
)
_NOUN_MARKERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "new", "future"})
_DEAL_WORDS = frozenset(
    {"contract", "contracts", "deal", "deals", "agreement", "agreements", "signed", "memorandum"}
)


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
        self.deal = table("contract_nouns")
        self.buy = table("buy_verbs")
        self.sell = table("sell_verbs")
        self.status_cues = [(table(name), status) for name, status in _STATUS_ORDER]
        self.main_states: list[str] = []

    def _status(self, analysis: SentenceAnalysis) -> ContractStatus:
        for cues, status in self.status_cues:
            if cue_positions(analysis.tokens, cues):
                return status
        return ContractStatus.UNKNOWN

    def _weapons(self, analysis: SentenceAnalysis) -> list[tuple[int, int, WeaponEntry]]:
        """Named weapon systems in the sentence (capitalised, as names are)."""
        tokens = analysis.tokens
        found = []
        if self.kb.weapon_table.occurs_in(analysis.keys):
            for first, last in self.kb.weapon_table.find_all(tokens):
                if tokens[first].text[:1].isupper() or tokens[first].text[:1].isdigit():
                    key = tuple(t.key for t in tokens[first:last])
                    found.append((first, last, self.kb.weapon_index[key]))
        return found

    def _makers(self, analysis: SentenceAnalysis) -> list[str]:
        return list(dict.fromkeys(w.maker for _, _, w in self._weapons(analysis)))

    def _items(self, analysis: SentenceAnalysis) -> tuple[str, ...]:
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
        for first, last in cue_positions(tokens, self.arms):
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
            begin = first
            while (
                begin > 0
                and begin > first - 3
                and (
                    tokens[begin - 1].text[:1].isupper()
                    or tokens[begin - 1].text[:1].isdigit()
                    or tokens[begin - 1].key in {"-", "rocket", "air", "self", "propelled"}
                )
                and analysis.mention_at(begin - 1) is None
            ):
                begin -= 1
            sentence = analysis.sentence
            text = sentence.text[
                tokens[begin].start - sentence.start : tokens[last - 1].end - sentence.start
            ]
            if text not in items:
                items.append(text)
        for _, _, weapon in self._weapons(analysis):
            if not any(weapon.name.lower() in item.lower() for item in items):
                items.append(weapon.name)
        return tuple(items)

    def _is_verb(self, tokens: Sequence[Token], position: int) -> bool:
        """'supplies' after a determiner ("the supplies") is a noun, not a verb."""
        return position == 0 or tokens[position - 1].key not in _NOUN_MARKERS

    def _parties(
        self,
        analysis: SentenceAnalysis,
        mentioned: Sequence[tuple[int, str]],
        deal: Sequence[tuple[int, int]],
        buy: Sequence[tuple[int, int]],
        sell: Sequence[tuple[int, int]],
    ) -> tuple[str | None, list[str]]:
        """Buyer and suppliers from the sentence's shape, strongest cue first."""
        tokens = analysis.tokens
        buy = [c for c in buy if self._is_verb(tokens, c[0])]
        sell = [c for c in sell if self._is_verb(tokens, c[0])]
        suppliers: list[str] = []
        buyer: str | None = None

        def subject(cue: tuple[int, int]) -> str | None:
            before = [state for p, state in mentioned if p < cue[0]]
            return before[-1] if before else None

        if buy:
            buyer = subject(buy[0])
        for k, token in enumerate(tokens):
            if (token.key == "from" and any(p < k for p, _ in (*buy, *deal))) or (
                token.key == "with" and any(t.key in _DEAL_WORDS for t in tokens[max(0, k - 2) : k])
            ):
                group, _ = state_group(analysis, k + 1, self.actors)
                suppliers.extend(s for s in group if s not in suppliers and s != buyer)
            elif token.key == "to" and any(k - 8 <= p < k for p, _ in sell):
                group, _ = state_group(analysis, k + 1, self.actors)
                if group and buyer is None:
                    buyer = group[0]
            elif token.key == "'s" and k + 1 < len(tokens) and tokens[k + 1].key in _SUPPLY_NOUNS:
                mention = analysis.mention_ending_at(k)
                state = state_of_mention(mention, self.actors) if mention else None
                if state is not None and state not in suppliers and state != buyer:
                    suppliers.append(state)
        if not suppliers:
            # "ordered a package that includes Pinaka launchers": Pinaka is Indian-made.
            for maker in self._makers(analysis):
                if maker != buyer and maker not in suppliers:
                    suppliers.append(maker)
        if not suppliers and sell:
            seller = subject(sell[0])
            if seller is not None and seller != buyer:
                suppliers.append(seller)
        if not suppliers and buy:
            # "Armenia bought Russian-made howitzers": the other state after the verb.
            after = [s for p, s in mentioned if p > buy[0][0] and s != buyer]
            if after:
                suppliers.append(after[0])
        distinct = list(dict.fromkeys(state for _, state in mentioned))
        if not suppliers and len(distinct) == 2 and (deal or buy or sell):
            if buyer is None:
                # "Armenia and India signed contracts": the likelier exporter supplies.
                ranked = sorted(distinct, key=self._export_rank)
                buyer = ranked[1]
            suppliers = [s for s in distinct if s != buyer]
        return buyer, suppliers

    def _export_rank(self, state: str) -> int:
        ranking = self.kb.ordered_cue("arms_exporters")
        return ranking.index(state) if state in ranking else len(ranking)

    def sentence(
        self,
        analysis: SentenceAnalysis,
        document_id: str,
        speaker_states: Sequence[str],
        date: PartialDate | None,
    ) -> list[DefenseContract]:
        tokens = analysis.tokens
        if not (
            (self.arms.occurs_in(analysis.keys) and cue_positions(tokens, self.arms))
            or self._weapons(analysis)
        ):
            return []
        deal = cue_positions(tokens, self.deal)
        buy = cue_positions(tokens, self.buy)
        sell = cue_positions(tokens, self.sell)
        if not (deal or buy or sell):
            return []
        mentioned: list[tuple[int, str]] = []
        for mention in analysis.mentions:
            state = state_of_mention(mention, self.actors)
            if (
                state is not None
                and mention.form is not MentionForm.PRONOUN
                and self.kb.state(state) is not None
            ):
                mentioned.append((mention.first, state))
        buyer, suppliers = self._parties(analysis, mentioned, deal, buy, sell)
        if not suppliers:
            return []
        if buyer is None:
            first_trigger = min(p for p, _ in (*deal, *buy, *sell))
            candidates = [s for p, s in mentioned if p < first_trigger and s not in suppliers]
            candidates += [s for s in speaker_states if s not in suppliers]
            candidates += [s for _, s in mentioned if s not in suppliers]
            candidates += [s for s in self.main_states if s not in suppliers]
            buyer = candidates[0] if candidates else None
        if buyer is None:
            return []
        money = find_money(analysis.sentence.text)
        value = money[0][2] if money and len(suppliers) == 1 else None
        status = self._status(analysis)
        items = self._items(analysis)
        span = evidence(analysis, 0, len(tokens), document_id)
        return [
            DefenseContract(
                buyer=buyer,
                supplier=supplier,
                items=items,
                value=value,
                status=status,
                date=date,
                evidence=span,
            )
            for supplier in suppliers
            if supplier != buyer
        ]


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
    for analysis in analyses:
        number = analysis.sentence.number
        for contract in finder.sentence(
            analysis, document_id, speakers.get(number, ()), dates.get(number)
        ):
            for index, known in enumerate(contracts):
                if _same_deal(known, contract):
                    contracts[index] = _merge(known, contract)
                    break
            else:
                contracts.append(contract)
    return contracts


def _generic(items: Sequence[str]) -> bool:
    """Items that name no system ("weapons", "arms and ammunition")."""
    return all(w in _GENERIC_ITEM_WORDS for item in items for w in item.lower().split())


def _same_deal(first: DefenseContract, second: DefenseContract) -> bool:
    """One deal when the parties agree and the items do not tell two deals apart."""
    if (first.buyer, first.supplier) != (second.buyer, second.supplier):
        return False
    if not first.items or not second.items:
        return True
    if _generic(first.items) and _generic(second.items):
        return True
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
