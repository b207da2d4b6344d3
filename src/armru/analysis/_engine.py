"""The indicator engine: what each fact contributes to which indicator, which way.

The output is a flat list of :class:`Part` records (one per fact, indicator
and direction); :mod:`.indicators` aggregates them into typed results. All
masses are non-negative and every hostile statement only ever *adds* raising
mass, which is what makes the index monotone (see the methodology page).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ..models import (
    Actor,
    ActorKind,
    Alliance,
    ContractStatus,
    DefenseContract,
    Event,
    Money,
    PartialDate,
    Polarity,
    Statement,
)
from ._facts import Corpus, Fact, dedupe
from ._vocab import FactKind, IndicatorName
from .dyad import Dyad, Window
from .weights import TensionWeights, find_cue

__all__ = ["Analysis", "Part", "analyse", "side_of", "speaker_weight"]

_N = IndicatorName
_UNDELIVERED = frozenset({ContractStatus.DELAYED, ContractStatus.CANCELLED})
_COOPERATIVE_DEAL = frozenset(
    {ContractStatus.PLANNED, ContractStatus.SIGNED, ContractStatus.DELIVERED}
)
_AT_ODDS = frozenset({_N.PUBLIC_CRITICISM, _N.CONFLICT_EVENTS, _N.ARMS_DELAYS})


@dataclass(frozen=True, slots=True)
class Part:
    """What one fact contributes to one indicator in one direction (before its weight)."""

    name: IndicatorName
    source: str
    target: str
    fact: Fact
    raising: float = 0.0
    lowering: float = 0.0
    note: str = ""
    also_reported_in: tuple[str, ...] = ()
    goldstein: float | None = None
    quad: int | None = None
    amount: Money | None = None
    severe: bool = False
    conflictual: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    """Every part of a dyad's indicators over a window, with the context used."""

    dyad: Dyad
    window: Window
    parts: tuple[Part, ...]
    shared_organizations: frozenset[str]
    at_odds: bool


def speaker_weight(
    actor: Actor | None, day: _dt.date, weights: TensionWeights
) -> tuple[float, str]:
    """The weight of what ``actor`` says on ``day``: its highest-weighted role's rank,
    else its kind."""
    speakers = weights.speaker_weights
    if actor is None:
        return speakers.kind[ActorKind.PERSON], "unknown speaker"
    roles = actor.roles_on(PartialDate.from_date(day))
    if roles:
        best = max(roles, key=lambda role: (speakers.rank[role.rank], role.rank.value))
        return speakers.rank[best.rank], best.rank.value
    return speakers.kind[actor.kind], actor.kind.value


@dataclass(slots=True)
class _Context:
    dyad: Dyad
    window: Window
    weights: TensionWeights
    shared: frozenset[str]
    suppliers: Mapping[str, frozenset[str]]
    parts: list[Part] = field(default_factory=list)
    gated: list[Part] = field(default_factory=list)

    # -- who counts for whom --------------------------------------------------------------
    def side(self, actor_id: str, fact: Fact) -> str | None:
        return side_of(self.dyad, actor_id, fact.actors)

    def rival(self, actor_id: str, of_side: str, fact: Fact) -> str | None:
        """The rival of ``of_side`` that ``actor_id`` is or belongs to, if any."""
        rivals = self.weights.rivals_of(of_side) - {self.dyad.a, self.dyad.b}
        if actor_id in rivals:
            return actor_id
        actor = fact.actor(actor_id)
        state = actor.state if actor is not None else None
        return state if state in rivals else None

    def add(self, part: Part) -> None:
        self.parts.append(part)

    def both_ways(self, part: Part) -> None:
        """A mutual fact: half of it each way."""
        half = replace(
            part,
            raising=part.raising / 2,
            lowering=part.lowering / 2,
            note=_join(part.note, "mutual, half each way"),
        )
        self.parts.append(half)
        self.parts.append(replace(half, source=part.target, target=part.source))


def side_of(dyad: Dyad, actor_id: str, actors: Mapping[str, Actor]) -> str | None:
    if actor_id in (dyad.a, dyad.b):
        return actor_id
    if dyad.by_state:
        actor = actors.get(actor_id)
        state = actor.state if actor is not None else None
        if state in (dyad.a, dyad.b):
            return state
    return None


def _join(*notes: str) -> str:
    return "; ".join(note for note in notes if note)


def _holds_during(alliance: Alliance, window: Window) -> bool:
    first = alliance.start.first_day if alliance.start is not None else _dt.date.min
    last = alliance.end.last_day if alliance.end is not None else _dt.date.max
    return window.overlaps(first, last)


def _shared_organizations(corpus: Corpus, dyad: Dyad, window: Window) -> frozenset[str]:
    """Organizations of alliances both sides belong to (from the whole corpus and the
    known alliances)."""
    shared: set[str] = set()
    for fact in corpus.of_kind(FactKind.ALLIANCE):
        alliance = fact.item
        assert isinstance(alliance, Alliance)
        if alliance.organization is None or not _holds_during(alliance, window):
            continue
        sides = {side_of(dyad, member, fact.actors) for member in alliance.members}
        if {dyad.a, dyad.b} <= sides:
            shared.add(alliance.organization)
    first = window.start or _dt.date.min
    last = window.end or _dt.date.max
    for known in corpus.known:
        if known.organization is not None and {dyad.a, dyad.b} <= known.members_during(first, last):
            shared.add(known.organization)
    return frozenset(shared - {dyad.a, dyad.b})


def _suppliers(corpus: Corpus, dyad: Dyad, weights: TensionWeights) -> dict[str, frozenset[str]]:
    """For each side, which of the two it is known to buy arms from."""
    known = {side: set(weights.established_suppliers.get(side, ())) for side in (dyad.a, dyad.b)}
    for fact in corpus.of_kind(FactKind.CONTRACT):
        contract = fact.item
        assert isinstance(contract, DefenseContract)
        buyer = side_of(dyad, contract.buyer, fact.actors)
        supplier = side_of(dyad, contract.supplier, fact.actors)
        if buyer is not None and supplier is not None and buyer != supplier:
            known[buyer].add(supplier)
    return {side: frozenset(ids) for side, ids in known.items()}


# -- statements ---------------------------------------------------------------------------
def _texts(statement: Statement) -> tuple[str, ...]:
    if statement.content.strip():
        return (statement.content, statement.evidence.text)
    return (statement.evidence.text, statement.evidence.sentence_text)


def _is_critical(statement: Statement, grievance: str | None) -> bool:
    if statement.denial:
        return False
    if statement.polarity is Polarity.NEGATIVE or grievance is not None:
        return True
    return statement.polarity is Polarity.NEUTRAL and statement.quad_class >= 3


def _is_cooperative(statement: Statement) -> bool:
    if statement.denial or statement.polarity is Polarity.NEGATIVE:
        return False
    if statement.polarity is Polarity.POSITIVE:
        return True
    return statement.quad_class <= 2 and statement.goldstein > 0


def _act_class(statement: Statement, critical: bool) -> str | None:
    """ "conflictual", "cooperative", or None for a plain statement.

    Conflictual: a CAMEO conflict code (quad class 3 or 4) or a critical
    statement, whatever its code (parsers often code a hostile remark with the
    generic 010 "make statement"). Cooperative: otherwise, a positive
    statement or a positive Goldstein weight. Neither: the rest (010 with no
    polarity), which says nothing about conflict or cooperation.
    """
    if statement.quad_class >= 3 or statement.polarity is Polarity.NEGATIVE or critical:
        return "conflictual"
    if statement.polarity is Polarity.POSITIVE or statement.goldstein > 0:
        return "cooperative"
    return None


def _direct(ctx: _Context, statement: Statement, fact: Fact) -> tuple[str, str, float, str] | None:
    """(source, target, factor, note) when the statement runs between the two sides."""
    speaker = ctx.side(statement.speaker, fact)
    target = ctx.side(statement.target, fact) if statement.target is not None else None
    factor = ctx.weights.alliance_target_factor
    if speaker is not None and target is not None and speaker != target:
        return speaker, target, 1.0, ""
    if speaker is not None and target is None and statement.target in ctx.shared:
        other = ctx.dyad.other(speaker)
        return (
            speaker,
            other,
            factor,
            f"aimed at {statement.target}, shared with {other} x{factor:.2f}",
        )
    if statement.speaker in ctx.shared and target is not None:
        other = ctx.dyad.other(target)
        return (
            other,
            target,
            factor,
            f"said by {statement.speaker}, shared with {other} x{factor:.2f}",
        )
    return None


def _statement(ctx: _Context, fact: Fact) -> None:
    statement = fact.item
    assert isinstance(statement, Statement)
    weights = ctx.weights
    rank_weight, rank = speaker_weight(fact.actor(statement.speaker), fact.when, weights)
    direct = _direct(ctx, statement, fact)
    if direct is None:
        _statement_alignment(ctx, fact, statement, rank_weight, rank)
        return
    source, target, factor, via = direct
    weight = rank_weight * factor
    note = _join(f"{rank} x{rank_weight:.2f}", via)
    g = statement.goldstein
    quad = statement.quad_class
    severe = not statement.denial and (g <= weights.climate.severe_goldstein_at_most or quad == 4)
    ctx.add(
        Part(
            _N.GOLDSTEIN,
            source,
            target,
            fact,
            raising=factor * max(0.0, -g) / 10,
            lowering=factor * max(0.0, g) / 10,
            note=_join(f"Goldstein {g:+.1f}", via),
            goldstein=g,
            severe=severe,
        )
    )
    texts = _texts(statement)
    grievance = find_cue(weights.cues.grievance, *texts)
    critical = _is_critical(statement, grievance)
    act = _act_class(statement, critical)
    if act is not None:
        ctx.add(
            Part(
                _N.CONFLICT_SHARE,
                source,
                target,
                fact,
                raising=factor if act == "conflictual" else 0.0,
                lowering=factor if act == "cooperative" else 0.0,
                note=_join(f"{act} act, CAMEO {statement.cameo} (quad class {quad})", via),
                quad=quad,
                conflictual=act == "conflictual",
            )
        )
    if critical:
        if grievance is not None and statement.polarity is not Polarity.NEGATIVE:
            note = _join(note, f"grievance “{grievance}”")
        ctx.add(Part(_N.PUBLIC_CRITICISM, source, target, fact, raising=weight, note=note))
        cue = find_cue(weights.cues.unmet_obligation, *texts)
        if cue is not None:
            ctx.add(
                Part(
                    _N.UNMET_OBLIGATIONS,
                    source,
                    target,
                    fact,
                    raising=weight,
                    note=_join(note, f"cue “{cue}”"),
                )
            )
        return
    cue = find_cue(weights.cues.conciliatory, *texts)
    if _is_cooperative(statement) or (cue is not None and not statement.denial):
        ctx.add(
            Part(
                _N.CONCILIATORY_SIGNALS,
                source,
                target,
                fact,
                lowering=weight,
                note=_join(note, f"cue “{cue}”" if cue else ""),
            )
        )


def _statement_alignment(
    ctx: _Context, fact: Fact, statement: Statement, rank_weight: float, rank: str
) -> None:
    """A cooperative statement between one side and a rival of the other."""
    if statement.target is None or not _is_cooperative(statement):
        return
    for speaker_id, partner_id in (
        (statement.speaker, statement.target),
        (statement.target, statement.speaker),
    ):
        side = ctx.side(speaker_id, fact)
        if side is None:
            continue
        rival = ctx.rival(partner_id, ctx.dyad.other(side), fact)
        if rival is not None:
            ctx.gated.append(
                Part(
                    _N.RIVAL_ALIGNMENT,
                    side,
                    ctx.dyad.other(side),
                    fact,
                    raising=rank_weight,
                    note=f"{rank} x{rank_weight:.2f}; with {rival}",
                )
            )
            return


# -- contracts ----------------------------------------------------------------------------
def _contract_key(fact: Fact) -> tuple[object, ...]:
    c = fact.item
    assert isinstance(c, DefenseContract)
    value = (str(c.value.amount.normalize()), c.value.currency) if c.value is not None else None
    return (c.buyer, c.supplier, tuple(sorted(i.casefold() for i in c.items)), value, c.status)


def _value_note(money: Money | None, usd: float | None, factor: float) -> str:
    if money is None:
        return "value not reported x1.00"
    if usd is None:
        return f"{money}, currency rate unknown x1.00"
    if money.currency == "USD":
        return f"{money} x{factor:.2f}"
    return f"{money} ≈ USD {usd:,.0f} x{factor:.2f}"


def _contracts(ctx: _Context, facts: list[Fact]) -> None:
    weights = ctx.weights
    dyad = ctx.dyad
    for group in dedupe([f for f in facts if f.kind is FactKind.CONTRACT], _contract_key):
        fact = group.fact
        contract = fact.item
        assert isinstance(contract, DefenseContract)
        money = contract.value
        usd = weights.usd(float(money.amount), money.currency) if money is not None else None
        factor = weights.value_factor(usd)
        value_note = _value_note(money, usd, factor)
        buyer = ctx.side(contract.buyer, fact)
        supplier = ctx.side(contract.supplier, fact)
        also = group.also_reported_in
        status = contract.status
        if buyer is not None and supplier is not None and buyer != supplier:
            if status in _UNDELIVERED:
                ctx.add(
                    Part(
                        _N.ARMS_DELAYS,
                        supplier,
                        buyer,
                        fact,
                        raising=factor,
                        note=_join(status.value, value_note),
                        also_reported_in=also,
                        amount=money,
                    )
                )
            elif status in _COOPERATIVE_DEAL:
                coop = weights.arms_cooperation_factor
                ctx.both_ways(
                    Part(
                        _N.CONCILIATORY_SIGNALS,
                        supplier,
                        buyer,
                        fact,
                        lowering=factor * coop,
                        note=_join(f"arms deal {status.value} x{coop:.2f}", value_note),
                        also_reported_in=also,
                    )
                )
            continue
        if status is ContractStatus.CANCELLED:
            continue
        if buyer is not None and supplier is None:
            other = dyad.other(buyer)
            if other in ctx.suppliers[buyer]:
                ctx.add(
                    Part(
                        _N.ARMS_DIVERSIFICATION,
                        buyer,
                        other,
                        fact,
                        raising=factor,
                        note=_join(f"{status.value}, from {contract.supplier}", value_note),
                        also_reported_in=also,
                        amount=money,
                    )
                )
            rival = ctx.rival(contract.supplier, other, fact)
            if rival is not None:
                ctx.gated.append(
                    Part(
                        _N.RIVAL_ALIGNMENT,
                        buyer,
                        other,
                        fact,
                        raising=factor,
                        note=_join(f"arms from {rival}", value_note),
                        also_reported_in=also,
                    )
                )
        elif supplier is not None and buyer is None:
            other = dyad.other(supplier)
            rival = ctx.rival(contract.buyer, other, fact)
            if rival is not None:
                ctx.gated.append(
                    Part(
                        _N.RIVAL_ALIGNMENT,
                        supplier,
                        other,
                        fact,
                        raising=factor,
                        note=_join(f"arms to {rival}", value_note),
                        also_reported_in=also,
                    )
                )


# -- alliances ----------------------------------------------------------------------------
def _alliance_key(fact: Fact) -> tuple[object, ...]:
    a = fact.item
    assert isinstance(a, Alliance)
    name = a.organization or (a.name.casefold() if a.name else None)
    return (name, a.kind, tuple(sorted(a.members)))


def _alliances(ctx: _Context, facts: list[Fact]) -> None:
    weight = ctx.weights.alignment_tie_weight
    for group in dedupe([f for f in facts if f.kind is FactKind.ALLIANCE], _alliance_key):
        fact = group.fact
        alliance = fact.item
        assert isinstance(alliance, Alliance)
        if not _holds_during(alliance, ctx.window):
            continue
        sides = {s for m in alliance.members if (s := ctx.side(m, fact)) is not None}
        if len(sides) != 1:
            continue
        (side,) = sides
        other = ctx.dyad.other(side)
        for member in sorted(alliance.members):
            rival = ctx.rival(member, other, fact)
            if rival is not None:
                ctx.gated.append(
                    Part(
                        _N.RIVAL_ALIGNMENT,
                        side,
                        other,
                        fact,
                        raising=weight,
                        note=f"{alliance.kind.value} with {rival}",
                        also_reported_in=group.also_reported_in,
                    )
                )
                break


# -- events -------------------------------------------------------------------------------
def _event_key(fact: Fact) -> tuple[object, ...]:
    e = fact.item
    assert isinstance(e, Event)
    return (e.kind, e.label.casefold(), fact.when, tuple(sorted(e.participants)))


def _events(ctx: _Context, facts: list[Fact]) -> None:
    weights = ctx.weights.events
    dyad = ctx.dyad
    for group in dedupe([f for f in facts if f.kind is FactKind.EVENT], _event_key):
        fact = group.fact
        event = fact.item
        assert isinstance(event, Event)
        also = group.also_reported_in
        sides = {s for p in event.participants if (s := ctx.side(p, fact)) is not None}
        orgs = sorted(set(event.participants) & ctx.shared)
        kind = event.kind
        if sides == {dyad.a, dyad.b}:
            if kind in weights.conciliatory:
                ctx.both_ways(
                    Part(
                        _N.CONCILIATORY_SIGNALS,
                        dyad.a,
                        dyad.b,
                        fact,
                        lowering=weights.conciliatory[kind],
                        note=f"{kind.value} x{weights.conciliatory[kind]:.2f}",
                        also_reported_in=also,
                    )
                )
            elif kind in weights.conflict:
                ctx.both_ways(
                    Part(
                        _N.CONFLICT_EVENTS,
                        dyad.a,
                        dyad.b,
                        fact,
                        raising=weights.conflict[kind],
                        note=f"{kind.value} x{weights.conflict[kind]:.2f}",
                        also_reported_in=also,
                        severe=kind in ctx.weights.climate.severe_events,
                    )
                )
            continue
        if len(sides) != 1:
            continue
        (side,) = sides
        other = dyad.other(side)
        if orgs and kind in weights.conflict:
            factor = ctx.weights.alliance_target_factor
            ctx.both_ways(
                Part(
                    _N.CONFLICT_EVENTS,
                    side,
                    other,
                    fact,
                    raising=weights.conflict[kind] * factor,
                    note=f"{kind.value} x{weights.conflict[kind]:.2f}; with {orgs[0]}, "
                    f"shared with {other} x{factor:.2f}",
                    also_reported_in=also,
                    severe=kind in ctx.weights.climate.severe_events,
                )
            )
            continue
        if kind in weights.alignment:
            for participant in sorted(event.participants):
                rival = ctx.rival(participant, other, fact)
                if rival is not None:
                    ctx.gated.append(
                        Part(
                            _N.RIVAL_ALIGNMENT,
                            side,
                            other,
                            fact,
                            raising=weights.alignment[kind],
                            note=f"{kind.value} with {rival} x{weights.alignment[kind]:.2f}",
                            also_reported_in=also,
                        )
                    )
                    break


def analyse(corpus: Corpus, dyad: Dyad, window: Window, weights: TensionWeights) -> Analysis:
    """Every contribution of the facts in ``window`` to ``dyad``'s indicators."""
    ctx = _Context(
        dyad=dyad,
        window=window,
        weights=weights,
        shared=_shared_organizations(corpus, dyad, window),
        suppliers=_suppliers(corpus, dyad, weights),
    )
    facts = corpus.within(window)
    for fact in facts:
        if fact.kind is FactKind.STATEMENT:
            _statement(ctx, fact)
    _contracts(ctx, facts)
    _alliances(ctx, facts)
    _events(ctx, facts)
    at_odds = any(part.raising > 0 for part in ctx.parts if part.name in _AT_ODDS)
    gate = 1.0 if at_odds else weights.rival_alignment_calm_factor
    gate_note = f"at odds x{gate:.2f}" if at_odds else f"not at odds x{gate:.2f}"
    for part in ctx.gated:
        ctx.add(replace(part, raising=part.raising * gate, note=_join(part.note, gate_note)))
    return Analysis(dyad, window, tuple(ctx.parts), ctx.shared, at_odds)
