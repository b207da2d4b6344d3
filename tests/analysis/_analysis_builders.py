"""A small builder of hand-made :class:`armru.DocumentResult` objects for analysis tests.

Each fact is given with the sentence it is read from; the builder appends the
sentence to the body and computes the evidence span, so results are valid by
construction. States (three upper-case letters) are created on first use.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from armru.models import (
    Actor,
    ActorKind,
    Alliance,
    AllianceKind,
    ContractStatus,
    DefenseContract,
    Document,
    DocumentResult,
    Event,
    EventKind,
    Evidence,
    Money,
    Obligation,
    PartialDate,
    Polarity,
    Rank,
    Role,
    Statement,
)

STATE_NAMES = {
    "ARM": "Armenia",
    "RUS": "Russia",
    "AZE": "Azerbaijan",
    "FRA": "France",
    "IND": "India",
    "USA": "United States",
    "TUR": "Turkey",
    "BLR": "Belarus",
    "KAZ": "Kazakhstan",
}


class DocBuilder:
    """Builds one document result fact by fact."""

    def __init__(self, doc_id: str, date: str | _dt.date) -> None:
        self.doc_id = doc_id
        self.date = date if isinstance(date, _dt.date) else _dt.date.fromisoformat(date)
        self.sentences: list[str] = []
        self.offset = 0
        self.actors: dict[str, Actor] = {}
        self.statements: list[Statement] = []
        self.contracts: list[DefenseContract] = []
        self.alliances: list[Alliance] = []
        self.events: list[Event] = []

    # -- actors -----------------------------------------------------------------------
    def _ensure(self, actor_id: str) -> None:
        if actor_id in self.actors:
            return
        if len(actor_id) == 3 and actor_id.isupper():
            name = STATE_NAMES.get(actor_id, actor_id)
            self.actors[actor_id] = Actor(
                id=actor_id, name=name, kind=ActorKind.STATE, country=actor_id
            )
            return
        raise KeyError(f"define actor {actor_id!r} first")

    def person(
        self,
        actor_id: str,
        name: str,
        country: str,
        rank: Rank | None = None,
        *,
        title: str = "Official",
        to: str | None = None,
        roles: tuple[Role, ...] | None = None,
    ) -> DocBuilder:
        self._ensure(country)
        if to is not None:
            self._ensure(to)
        if roles is None:
            roles = () if rank is None else (Role(title=title, rank=rank, of=country, to=to),)
        self.actors[actor_id] = Actor(
            id=actor_id, name=name, kind=ActorKind.PERSON, country=country, roles=roles
        )
        return self

    def body(
        self,
        actor_id: str,
        name: str,
        country: str | None,
        kind: ActorKind = ActorKind.ORGANIZATION,
    ) -> DocBuilder:
        if country is not None:
            self._ensure(country)
        self.actors[actor_id] = Actor(id=actor_id, name=name, kind=kind, country=country)
        return self

    # -- evidence ---------------------------------------------------------------------
    def _evidence(self, sentence: str, span: str | None) -> Evidence:
        if self.sentences:
            self.offset += 1  # the space between sentences
        start_of_sentence = self.offset
        self.sentences.append(sentence)
        self.offset += len(sentence)
        text = span if span is not None else sentence
        inner = sentence.index(text)
        start = start_of_sentence + inner
        return Evidence(
            document_id=self.doc_id,
            start=start,
            end=start + len(text),
            text=text,
            sentence=len(self.sentences),
            sentence_text=sentence,
        )

    # -- facts ------------------------------------------------------------------------
    def statement(
        self,
        speaker: str,
        target: str | None,
        sentence: str,
        *,
        polarity: Polarity | str = Polarity.NEUTRAL,
        cameo: str = "010",
        goldstein: float = 0.0,
        verb: str = "say",
        content: str = "",
        denial: bool = False,
        date: str | None = None,
        span: str | None = None,
    ) -> DocBuilder:
        self._ensure(speaker)
        if target is not None:
            self._ensure(target)
        self.statements.append(
            Statement(
                speaker=speaker,
                target=target,
                verb=verb,
                content=content,
                polarity=Polarity(polarity),
                cameo=cameo,
                goldstein=goldstein,
                denial=denial,
                date=PartialDate.parse(date) if date else None,
                evidence=self._evidence(sentence, span),
            )
        )
        return self

    def criticism(
        self,
        speaker: str,
        target: str,
        sentence: str,
        *,
        content: str = "",
        goldstein: float = -2.0,
    ) -> DocBuilder:
        """A hostile statement: negative, CAMEO 111 (criticize), negative Goldstein."""
        return self.statement(
            speaker,
            target,
            sentence,
            polarity=Polarity.NEGATIVE,
            cameo="111",
            goldstein=goldstein,
            verb="criticize",
            content=content,
        )

    def contract(
        self,
        buyer: str,
        supplier: str,
        sentence: str,
        *,
        status: ContractStatus | str = ContractStatus.UNKNOWN,
        usd: int | None = None,
        items: tuple[str, ...] = (),
        date: str | None = None,
    ) -> DocBuilder:
        self._ensure(buyer)
        self._ensure(supplier)
        value = Money(amount=Decimal(usd), currency="USD") if usd is not None else None
        self.contracts.append(
            DefenseContract(
                buyer=buyer,
                supplier=supplier,
                items=items,
                value=value,
                status=ContractStatus(status),
                date=PartialDate.parse(date) if date else None,
                evidence=self._evidence(sentence, None),
            )
        )
        return self

    def alliance(
        self,
        members: tuple[str, ...],
        sentence: str,
        *,
        kind: AllianceKind | str,
        name: str | None = None,
        organization: str | None = None,
        obligations: tuple[Obligation, ...] = (),
        span: str | None = None,
        start: str | None = None,
        end: str | None = None,
    ) -> DocBuilder:
        for member in members:
            self._ensure(member)
        if organization is not None:
            self._ensure(organization)
        self.alliances.append(
            Alliance(
                name=name,
                organization=organization,
                members=members,
                kind=AllianceKind(kind),
                obligations=obligations,
                start=PartialDate.parse(start) if start else None,
                end=PartialDate.parse(end) if end else None,
                evidence=self._evidence(sentence, span),
            )
        )
        return self

    def event(
        self,
        kind: EventKind | str,
        participants: tuple[str, ...],
        sentence: str,
        *,
        label: str | None = None,
        date: str | None = None,
    ) -> DocBuilder:
        for participant in participants:
            self._ensure(participant)
        self.events.append(
            Event(
                kind=EventKind(kind),
                label=label or sentence[:40],
                date=PartialDate.parse(date) if date else None,
                participants=participants,
                evidence=self._evidence(sentence, None),
            )
        )
        return self

    def build(self) -> DocumentResult:
        body = " ".join(self.sentences) if self.sentences else "Nothing happened."
        return DocumentResult(
            document=Document(id=self.doc_id, date=self.date, title=self.doc_id, body=body),
            actors=tuple(self.actors.values()),
            statements=tuple(self.statements),
            contracts=tuple(self.contracts),
            alliances=tuple(self.alliances),
            events=tuple(self.events),
        )


CSTO_MEMBERS = ("ARM", "BLR", "KAZ", "RUS")


def seed_result() -> DocumentResult:
    """The seed article (2023-12-28) as a careful parser would read it."""
    b = DocBuilder("seed", "2023-12-28")
    b.person("kopyrkin", "Sergei Kopyrkin", "RUS", Rank.AMBASSADOR, title="Ambassador", to="ARM")
    b.person("pashinyan", "Nikol Pashinyan", "ARM", Rank.HEAD_OF_GOVERNMENT, title="Prime Minister")
    b.person("lavrov", "Sergey Lavrov", "RUS", Rank.MINISTER, title="Foreign Minister")
    b.person("mirzoyan", "Ararat Mirzoyan", "ARM", Rank.MINISTER, title="Foreign Minister")
    b.body("mfa-rus", "Russian Foreign Ministry", "RUS")
    b.body("csto", "Collective Security Treaty Organization", None)
    b.statement(
        "kopyrkin",
        "ARM",
        "Sergei Kopyrkin reaffirmed Russia's perception of Armenia as a strategic ally.",
        polarity="positive",
        cameo="051",
        goldstein=3.4,
        verb="reaffirm",
        content="Armenia is a strategic ally",
    )
    b.alliance(
        ("RUS", "ARM"),
        "Russia regards Armenia as a strategic ally.",
        kind="strategic_partnership",
        span="strategic ally",
    )
    b.criticism(
        "ARM",
        "RUS",
        "Armenia has been openly critical of Russia's perceived failure to live up to its "
        "security obligations.",
        content="Russia's perceived failure to live up to its security obligations",
    )
    b.criticism(
        "mfa-rus",
        "ARM",
        "The Russian Foreign Ministry labelled the actions of the Armenian government unfriendly.",
        content="the actions of the Armenian government are unfriendly",
    )
    b.criticism(
        "pashinyan",
        "csto",
        "Pashinian publicly criticised the CSTO for its lack of support.",
        content="the CSTO for its lack of support",
    )
    b.alliance(
        CSTO_MEMBERS,
        "Armenia and Russia are members of the Collective Security Treaty Organization.",
        kind="security_bloc",
        name="Collective Security Treaty Organization",
        organization="csto",
        obligations=(Obligation.DEFENSE, Obligation.CONSULTATION),
        span="Collective Security Treaty Organization",
    )
    b.contract(
        "ARM",
        "RUS",
        "Pashinian pointed to Russia's delay in delivering weapons under contracts valued at "
        "$400 million.",
        status="delayed",
        usd=400_000_000,
        items=("weapons",),
    )
    b.statement(
        "kopyrkin",
        "ARM",
        "Kopyrkin called them operational matters that can be resolved through dialogue.",
        cameo="043",
        goldstein=2.8,
        verb="call",
        content="operational matters that can be resolved through dialogue",
    )
    b.contract("ARM", "IND", "Armenia signed defense contracts with India.", status="signed")
    b.contract("ARM", "FRA", "Armenia signed defense contracts with France.", status="signed")
    b.criticism(
        "lavrov",
        "ARM",
        "Lavrov criticized Armenia for seeking to replace its alliance with Moscow with promises "
        "from the West.",
        content="Armenia seeks to replace its alliance with Moscow with promises from the West",
    )
    b.statement(
        "mirzoyan",
        "RUS",
        "Mirzoyan refuted claims that Armenia criticizes Russia at the highest level.",
        polarity="negative",
        cameo="114",
        goldstein=-2.0,
        verb="refute",
        denial=True,
        content="Armenia does not criticize Russia at the highest level",
    )
    return b.build()
