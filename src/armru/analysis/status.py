"""Relationship status: formal ties, climate, and the label that combines them.

* **Formal ties** are the alliances both sides belong to that the corpus has
  reported by ``as_of`` and that hold on that day, merged across reports (by
  organization, else by name; unnamed bilateral characterisations such as
  "strategic ally" merge into one tie). A defense pact, a security bloc, a tie
  with a defense obligation or one the text calls an alliance ("strategic
  *ally*") makes the two **allies**; another partnership makes them
  **partners**; so does, without any formal tie, an active arms-supply
  relationship in the window.
* **Climate** comes from the undirected tension index over the window, cut at
  the thresholds of the weights file; "hostile" also needs a severe act (a
  threat-level statement, material conflict, or a conflict event).
* **Label**: ally + cordial/cooperative → ally; ally + strained/hostile →
  strained ally; partner + hostile → adversarial, otherwise partner; no ties →
  neutral, adversarial (strained) or hostile.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..models import (
    Alliance,
    AllianceKind,
    ContractStatus,
    DefenseContract,
    DocumentResult,
    Event,
    Obligation,
)
from ..models._base import ActorId
from . import explain as _explain
from ._base import AnalysisModel
from ._engine import Analysis, side_of
from ._facts import Corpus, Fact, summarize
from ._vocab import Climate, FactKind, StatusLabel, TieLevel
from .dyad import DateLike, Dyad, Window, resolve_window
from .indicators import compute
from .known import KnownAlliance
from .refs import FactRef
from .tension import TensionIndex, from_indicators
from .weights import TensionWeights, WeightsLike, find_cue, load_weights

__all__ = [
    "Climate",
    "FormalTie",
    "RelationshipStatus",
    "StatusLabel",
    "TieLevel",
    "relationship_status",
]

_BINDING = {
    AllianceKind.OTHER: 0,
    AllianceKind.STRATEGIC_PARTNERSHIP: 1,
    AllianceKind.SECURITY_BLOC: 2,
    AllianceKind.DEFENSE_PACT: 3,
}
_LEVEL_ORDER = {
    TieLevel.RIVALRY: -1,
    TieLevel.NONE: 0,
    TieLevel.PARTNERSHIP: 1,
    TieLevel.ALLIANCE: 2,
}

LABELS: dict[tuple[TieLevel, Climate], StatusLabel] = {
    (TieLevel.ALLIANCE, Climate.CORDIAL): StatusLabel.ALLY,
    (TieLevel.ALLIANCE, Climate.COOPERATIVE): StatusLabel.ALLY,
    (TieLevel.ALLIANCE, Climate.STRAINED): StatusLabel.STRAINED_ALLY,
    (TieLevel.ALLIANCE, Climate.HOSTILE): StatusLabel.STRAINED_ALLY,
    (TieLevel.ALLIANCE, Climate.UNKNOWN): StatusLabel.ALLY,
    (TieLevel.PARTNERSHIP, Climate.CORDIAL): StatusLabel.PARTNER,
    (TieLevel.PARTNERSHIP, Climate.COOPERATIVE): StatusLabel.PARTNER,
    (TieLevel.PARTNERSHIP, Climate.STRAINED): StatusLabel.PARTNER,
    (TieLevel.PARTNERSHIP, Climate.HOSTILE): StatusLabel.ADVERSARIAL,
    (TieLevel.PARTNERSHIP, Climate.UNKNOWN): StatusLabel.PARTNER,
    (TieLevel.NONE, Climate.CORDIAL): StatusLabel.PARTNER,
    (TieLevel.NONE, Climate.COOPERATIVE): StatusLabel.NEUTRAL,
    (TieLevel.NONE, Climate.STRAINED): StatusLabel.ADVERSARIAL,
    (TieLevel.NONE, Climate.HOSTILE): StatusLabel.HOSTILE,
    (TieLevel.NONE, Climate.UNKNOWN): StatusLabel.UNKNOWN,
    (TieLevel.RIVALRY, Climate.CORDIAL): StatusLabel.NEUTRAL,
    (TieLevel.RIVALRY, Climate.COOPERATIVE): StatusLabel.ADVERSARIAL,
    (TieLevel.RIVALRY, Climate.STRAINED): StatusLabel.ADVERSARIAL,
    (TieLevel.RIVALRY, Climate.HOSTILE): StatusLabel.HOSTILE,
    (TieLevel.RIVALRY, Climate.UNKNOWN): StatusLabel.ADVERSARIAL,
}
"""The label of each (tie level, climate) pair."""


class FormalTie(AnalysisModel):
    """An alliance or partnership both sides belong to, merged over its reports."""

    name: str | None
    organization: ActorId | None
    kind: AllianceKind
    """The most binding kind any report gives it."""
    obligations: tuple[Obligation, ...]
    """ATOP obligation types named by any report."""
    members: tuple[ActorId, ...]
    level: TieLevel
    reason: str
    facts: tuple[FactRef, ...]
    """The corpus reports of the tie, with their evidence."""
    known_as: tuple[str, ...] = ()
    """Ids of the known alliances (``known_alliances=``) the tie matches, if any."""

    @property
    def label(self) -> str:
        return self.name or self.organization or f"bilateral {self.kind.value.replace('_', ' ')}"


class RelationshipStatus(AnalysisModel):
    """How two actors stand as of a date: formal ties, climate, label, and why."""

    dyad: Dyad
    as_of: _dt.date | None
    """The day the status holds for (the window's end, else the latest report)."""
    window: Window
    formal_ties: tuple[FormalTie, ...]
    tie_level: TieLevel
    tie_reason: str
    cooperation: tuple[FactRef, ...] = ()
    """Material cooperation in the window: arms deals between the two, joint exercises...
    (partners in practice when no formal tie binds them)."""
    climate: Climate
    climate_reason: str
    severe_acts: tuple[FactRef, ...] = ()
    label: StatusLabel
    label_reason: str
    tension: TensionIndex
    """The index (and its indicators) the climate rests on."""
    basis: tuple[FactRef, ...]
    """The facts that weigh most in the climate."""

    @property
    def has_data(self) -> bool:
        """True when any fact, tie or listed rivalry bears on the relationship."""
        return self.tension.has_data or bool(self.formal_ties) or self.tie_level is TieLevel.RIVALRY

    def explain(self, top: int = 5) -> str:
        """A readable account: label, ties with obligations, climate, top facts, evidence."""
        return _explain.status(self, top)


def _plain_ref(fact: Fact, also: tuple[str, ...] = ()) -> FactRef:
    return FactRef(
        kind=fact.kind,
        document_id=fact.document_id,
        date=fact.when,
        summary=summarize(fact),
        contribution=0.0,
        evidence=fact.evidence,
        also_reported_in=also,
    )


def _holds_on(alliance: Alliance, day: _dt.date) -> bool:
    if alliance.start is not None and day < alliance.start.first_day:
        return False
    return alliance.end is None or day <= alliance.end.last_day


def _binds_both(dyad: Dyad, alliance: Alliance, fact: Fact) -> bool:
    sides = {side_of(dyad, member, fact.actors) for member in alliance.members}
    if {dyad.a, dyad.b} <= sides:
        return True
    organization = alliance.organization
    return organization in (dyad.a, dyad.b) and dyad.other(organization) in sides


def _tie_key(organization: str | None, name: str | None) -> str:
    if organization is not None:
        return f"org:{organization}"
    if name:
        return f"name:{name.casefold()}"
    return "bilateral"


@dataclass(frozen=True, slots=True)
class _Report:
    """One report of a tie: an alliance fact of the corpus, or a known alliance."""

    key: str
    name: str | None
    organization: str | None
    kind: AllianceKind
    obligations: tuple[Obligation, ...]
    members: frozenset[str]
    wording: str | None
    fact: Fact | None = None
    known: str | None = None


def _tie_level(
    report_kind: AllianceKind,
    obligations: tuple[Obligation, ...],
    wording: str | None,
    members: int,
) -> tuple[TieLevel, str]:
    if report_kind in (AllianceKind.DEFENSE_PACT, AllianceKind.SECURITY_BLOC):
        return TieLevel.ALLIANCE, f"a {report_kind.value.replace('_', ' ')}"
    if Obligation.DEFENSE in obligations:
        return TieLevel.ALLIANCE, "a tie with a defense obligation"
    if wording is not None:
        return TieLevel.ALLIANCE, f"the text calls them allies (“{wording}”)"
    if report_kind is AllianceKind.STRATEGIC_PARTNERSHIP or members <= 2:
        return TieLevel.PARTNERSHIP, f"a {report_kind.value.replace('_', ' ')}"
    return TieLevel.NONE, "a wide multilateral organization, not a partnership by itself"


def _reports(corpus: Corpus, dyad: Dyad, day: _dt.date, weights: TensionWeights) -> list[_Report]:
    reports = []
    for fact in corpus.of_kind(FactKind.ALLIANCE):
        alliance = fact.item
        assert isinstance(alliance, Alliance)
        if fact.when > day or not _holds_on(alliance, day):
            continue
        if not _binds_both(dyad, alliance, fact):
            continue
        wording = find_cue(weights.cues.ally, alliance.name or "", alliance.evidence.text)
        reports.append(
            _Report(
                key=_tie_key(alliance.organization, alliance.name),
                name=alliance.name,
                organization=alliance.organization,
                kind=alliance.kind,
                obligations=alliance.obligations,
                members=frozenset(alliance.members),
                wording=wording,
                fact=fact,
            )
        )
    for known in corpus.known:
        members = known.members_during(day, day)
        both = {dyad.a, dyad.b} <= members
        via_organization = known.organization in (dyad.a, dyad.b) and (
            dyad.other(known.organization) in members
        )
        if not (both or via_organization):
            continue
        reports.append(
            _Report(
                key=_tie_key(known.organization, known.name),
                name=known.name,
                organization=known.organization,
                kind=known.kind,
                obligations=known.obligations,
                members=members,
                wording=find_cue(weights.cues.ally, known.name),
                known=known.id,
            )
        )
    return reports


def _formal_ties(
    corpus: Corpus, dyad: Dyad, day: _dt.date, weights: TensionWeights
) -> tuple[FormalTie, ...]:
    groups: dict[str, list[_Report]] = {}
    for report in _reports(corpus, dyad, day, weights):
        groups.setdefault(report.key, []).append(report)
    ties = []
    for reports in groups.values():
        kind = max((r.kind for r in reports), key=lambda k: _BINDING[k])
        obligations = tuple(o for o in Obligation if any(o in r.obligations for r in reports))
        names = sorted({r.name for r in reports if r.name})
        organizations = sorted({r.organization for r in reports if r.organization})
        members = frozenset().union(*(r.members for r in reports))
        wording = min((r.wording for r in reports if r.wording), default=None)
        level, reason = _tie_level(kind, obligations, wording, len(members))
        refs = sorted(
            (_plain_ref(r.fact) for r in reports if r.fact is not None),
            key=lambda r: (r.date, r.document_id, r.evidence.start, r.evidence.end, r.summary),
        )
        known = sorted({r.known for r in reports if r.known is not None})
        ties.append(
            FormalTie(
                name=names[0] if names else None,
                organization=organizations[0] if organizations else None,
                kind=kind,
                obligations=obligations,
                members=tuple(sorted(members)),
                level=level,
                reason=reason,
                facts=tuple(refs),
                known_as=tuple(known),
            )
        )
    ties.sort(
        key=lambda t: (-_LEVEL_ORDER[t.level], -_BINDING[t.kind], t.label, t.model_dump_json())
    )
    return tuple(ties)


def _cooperation(
    corpus: Corpus, dyad: Dyad, window: Window, weights: TensionWeights
) -> tuple[FactRef, ...]:
    """Material cooperation between the two in the window: arms deals (not
    cancelled) and events such as joint exercises both take part in."""
    refs = []
    for fact in corpus.within(window):
        item = fact.item
        if isinstance(item, DefenseContract) and item.status is not ContractStatus.CANCELLED:
            buyer = side_of(dyad, item.buyer, fact.actors)
            supplier = side_of(dyad, item.supplier, fact.actors)
            if buyer is not None and supplier is not None and buyer != supplier:
                refs.append(_plain_ref(fact))
        elif isinstance(item, Event) and item.kind in weights.partnership_events:
            sides = {side_of(dyad, p, fact.actors) for p in item.participants}
            if {dyad.a, dyad.b} <= sides:
                refs.append(_plain_ref(fact))
    return tuple(refs)


def _climate(
    index: TensionIndex, severe: tuple[FactRef, ...], weights: TensionWeights
) -> tuple[Climate, str]:
    cut = weights.climate
    value = index.value
    if value is None:
        return Climate.UNKNOWN, "no fact between the two in the window"
    t = f"tension index {value:.1f}"
    if value < cut.cordial_below:
        return Climate.CORDIAL, f"{t} is below {cut.cordial_below:g}"
    if value < cut.strained_from:
        return Climate.COOPERATIVE, f"{t} is below {cut.strained_from:g}"
    if value < cut.hostile_from:
        return Climate.STRAINED, f"{t} is from {cut.strained_from:g} to {cut.hostile_from:g}"
    if severe:
        return (
            Climate.HOSTILE,
            f"{t} is at least {cut.hostile_from:g}, with {len(severe)} severe act(s)",
        )
    return Climate.STRAINED, (
        f"{t} is at least {cut.hostile_from:g}, but no severe act "
        "(threat, material conflict, conflict event)"
    )


def _severe(analysis: Analysis, weights: TensionWeights) -> tuple[FactRef, ...]:
    refs: dict[tuple[str, str, int, int, str], FactRef] = {}
    for part in analysis.parts:
        if part.severe:
            ref = _plain_ref(part.fact, part.also_reported_in).model_copy(
                update={
                    "note": part.note,
                    "indicators": (part.name,),
                    "contribution": weights.weight(part.name) * (part.raising - part.lowering),
                }
            )
            refs.setdefault(ref.key, ref)
    return tuple(
        sorted(
            refs.values(),
            key=lambda r: (r.date, r.document_id, r.evidence.start, r.evidence.end, r.summary),
        )
    )


def status_of(
    corpus: Corpus, dyad: Dyad, window: Window, weights: TensionWeights, as_of: _dt.date | None
) -> RelationshipStatus:
    """The status over a prepared corpus (shared with other analysis modules)."""
    indicator_set, analysis = compute(corpus, dyad, window, weights)
    index = from_indicators(indicator_set, weights)
    ties = _formal_ties(corpus, dyad, as_of or _dt.date.today(), weights)
    supply = _cooperation(corpus, dyad, window, weights)
    level = max((t.level for t in ties), key=lambda lv: _LEVEL_ORDER[lv], default=TieLevel.NONE)
    if level is not TieLevel.NONE:
        best = ties[0]
        tie_reason = f"{best.label}: {best.reason}"
    elif dyad.a in weights.rivals_of(dyad.b) or dyad.b in weights.rivals_of(dyad.a):
        level = TieLevel.RIVALRY
        tie_reason = "no tie binds them, and the weights file lists them as rivals"
    elif supply:
        level = TieLevel.PARTNERSHIP
        tie_reason = (
            f"no formal tie, but {len(supply)} act(s) of material cooperation "
            "(arms deals, joint exercises...) between them in the window"
        )
    else:
        tie_reason = "no shared alliance or partnership reported"
    severe = _severe(analysis, weights)
    climate, climate_reason = _climate(index, severe, weights)
    label = LABELS[(level, climate)]
    label_reason = f"{level.value} ties and a {climate.value} climate make {label.value}"
    return RelationshipStatus(
        dyad=dyad,
        as_of=as_of,
        window=window,
        formal_ties=ties,
        tie_level=level,
        tie_reason=tie_reason,
        cooperation=supply,
        climate=climate,
        climate_reason=climate_reason,
        severe_acts=severe,
        label=label,
        label_reason=label_reason,
        tension=index,
        basis=index.top_facts(5),
    )


def relationship_status(
    results: DocumentResult | Iterable[DocumentResult],
    a: str = "RUS",
    b: str = "ARM",
    *,
    as_of: DateLike | None = None,
    window: Window | _dt.timedelta | int | None = None,
    by_state: bool = True,
    weights: WeightsLike = None,
    known_alliances: Iterable[KnownAlliance] = (),
) -> RelationshipStatus:
    """How ``a`` and ``b`` stand: formal ties as of ``as_of``, climate over the window.

    Arguments are those of :func:`~armru.analysis.tension_indicators`; formal
    ties count every alliance reported up to ``as_of`` (not only in the window)
    that holds on that day.
    """
    loaded = load_weights(weights)
    corpus = Corpus.of(results, known_alliances)
    dyad = Dyad(a=a, b=b, by_state=by_state)
    span = resolve_window(as_of, window, corpus.latest)
    day = span.end if span.end is not None else corpus.latest
    return status_of(corpus, dyad, span, loaded, day)
