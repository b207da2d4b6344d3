"""Readable accounts of analysis results: figures, the facts behind them, their words.

Every result's ``explain()`` method renders through these functions. They show
numbers to one or two decimals; the exact values are in the result itself
(``to_data()``).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .indicators import Indicator, IndicatorSet
    from .refs import FactRef
    from .status import RelationshipStatus
    from .tension import TensionIndex
    from .timeline import TensionSeries

__all__ = ["fact_lines", "indicator", "indicator_set", "quote", "series", "status", "tension_index"]

_INDENT = "  "
_TIMES = "\u00d7"
_MINUS = "\u2212"


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _num(value: float | None, digits: int = 2) -> str:
    return "no data" if value is None else f"{value:.{digits}f}"


def quote(ref: FactRef) -> str:
    """The evidence of a fact: its words, their sentence, the document and sentence number."""
    evidence = ref.evidence
    text = f"“{evidence.text}”"
    if " ".join(evidence.sentence_text.split()) != " ".join(evidence.text.split()):
        text += f" in “{_clip(evidence.sentence_text, 240)}”"
    return f"{text} [{ref.document_id}, sentence {evidence.sentence}]"


def fact_lines(refs: tuple[FactRef, ...] | list[FactRef], indent: str = _INDENT) -> list[str]:
    """Numbered lines for facts: contribution, date, summary, weighing and evidence."""
    lines = []
    for number, ref in enumerate(refs, start=1):
        weight = f"{ref.contribution:+.2f}  " if ref.indicators else ""
        lines.append(f"{indent}{number}. {weight}{ref.date}  {ref.summary}")
        more = indent + " " * (len(str(number)) + 2)
        if len(ref.indicators) > 1:
            names = ", ".join(n.value.replace("_", " ") for n in ref.indicators)
            lines.append(f"{more}counts in: {names}")
        if ref.note:
            lines.append(f"{more}weighed: {ref.note}")
        lines.append(f"{more}evidence: {quote(ref)}")
        if ref.also_reported_in:
            lines.append(f"{more}also reported in: {', '.join(ref.also_reported_in)}")
    return lines


def _value_text(item: Indicator) -> str:
    if item.value is None:
        return "no data"
    if item.unit == "contracts":
        return f"{item.value:.0f} contract{'s' * (item.value != 1)}"
    return f"{item.value:.2f} ({item.unit})"


def indicator(item: Indicator, top: int = 3) -> str:
    """An indicator: value, weight, contribution, and its top facts."""
    head = f"{item.label}: {_value_text(item)}"
    if not item.has_data:
        return head
    lines = [
        f"{head}, {item.count} fact{'s' * (item.count != 1)}; {item.direction.value} tension",
        f"{_INDENT}contribution {item.contribution:+.2f} = weight {item.weight:.2f} {_TIMES} "
        f"(raising {item.raising:.2f} {_MINUS} lowering {item.lowering:.2f})",
    ]
    if item.amounts:
        lines.append(f"{_INDENT}reported value: {', '.join(str(m) for m in item.amounts)}")
    if item.quad_counts is not None:
        counts = ", ".join(str(n) for n in item.quad_counts)
        lines.append(f"{_INDENT}acts in CAMEO quad classes 1-4: {counts}")
    if top > 0 and item.facts:
        lines.append(f"{_INDENT}top facts:")
        lines.extend(fact_lines(item.facts[:top], _INDENT * 2))
    return "\n".join(lines)


def _ranked(items: tuple[Indicator, ...]) -> list[Indicator]:
    return sorted(
        (i for i in items if i.has_data),
        key=lambda i: (-abs(i.contribution), i.name.value, i.source),
    )


def indicator_set(items: IndicatorSet, top: int = 3) -> str:
    """Every indicator with data, largest contribution first; the others listed."""
    lines = [f"Tension indicators {items.dyad.label}, {items.window.label}"]
    ranked = _ranked(items.indicators)
    if not ranked:
        lines.append(f"{_INDENT}no data: no fact bears on {items.dyad.label} in the window")
        return "\n".join(lines)
    if items.shared_organizations:
        orgs = ", ".join(items.shared_organizations)
        lines.append(f"{_INDENT}shared organizations (criticism of them counts): {orgs}")
    for item in ranked:
        lines.extend(_INDENT + line for line in indicator(item, top).split("\n"))
    empty = sorted({i.label for i in items.indicators if not i.has_data})
    if empty:
        lines.append(f"{_INDENT}no data: {', '.join(empty)}")
    return "\n".join(lines)


def tension_index(index: TensionIndex, top: int = 5) -> str:
    """The scores, the indicators that drive them, and the top facts with evidence."""
    dyad = index.dyad
    head = f"Tension {dyad.label}, {index.window.label}"
    if not index.has_data:
        return f"{head}: no data (no fact bears on {dyad.label} in the window)"
    u = index.undirected
    k = index.prior_weight
    lines = [
        f"{head}: {_num(u.value, 1)} / 100 (0 conciliatory, 50 neutral, 100 tense)",
        f"{_INDENT}{dyad.a}→{dyad.b} {_num(index.a_to_b.value, 1)} · "
        f"{dyad.b}→{dyad.a} {_num(index.b_to_a.value, 1)}",
        f"{_INDENT}100 {_TIMES} (R + k/2) / (R + L + k) with raising R = {u.raising:.2f}, "
        f"lowering L = {u.lowering:.2f}, prior k = {k:g}; {u.facts} fact{'s' * (u.facts != 1)}",
        "Indicators, by contribution:",
    ]
    for item in _ranked(index.indicators):
        lines.append(
            f"{_INDENT}{item.contribution:+6.2f}  {item.label}: {_value_text(item)}, "
            f"{item.count} fact{'s' * (item.count != 1)}"
        )
    facts = index.top_facts(top)
    if facts:
        lines.append(f"Top {len(facts)} fact{'s' * (len(facts) != 1)}:")
        lines.extend(fact_lines(facts))
    return "\n".join(lines)


def status(result: RelationshipStatus, top: int = 5) -> str:
    """Label, formal ties with their obligations and evidence, climate and its facts."""
    dyad = result.dyad
    when = f"as of {result.as_of}" if result.as_of is not None else "over all dates"
    lines = [
        f"{dyad.label} {when}: {result.label.value.replace('_', ' ')}",
        f"{_INDENT}why: {result.label_reason}",
        f"Formal ties ({result.tie_level.value}): {result.tie_reason}",
    ]
    for tie in result.formal_ties:
        obligations = ", ".join(o.value for o in tie.obligations) or "none named"
        org = f" [{tie.organization}]" if tie.organization and tie.name else ""
        lines.append(
            f"{_INDENT}- {tie.label}{org}: {tie.kind.value.replace('_', ' ')}, "
            f"obligations: {obligations}; members {', '.join(tie.members)}"
        )
        lines.append(f"{_INDENT * 2}level {tie.level.value}: {tie.reason}")
        if tie.known_as:
            lines.append(f"{_INDENT * 2}known alliance: {', '.join(tie.known_as)}")
        lines.extend(fact_lines(tie.facts[:top], _INDENT * 2))
    if result.cooperation and not result.formal_ties:
        lines.append(f"{_INDENT}material cooperation between them:")
        lines.extend(fact_lines(result.cooperation[:top], _INDENT * 2))
    lines.append(f"Climate: {result.climate.value} ({result.climate_reason})")
    if result.severe_acts:
        lines.append(f"{_INDENT}severe acts:")
        lines.extend(fact_lines(result.severe_acts[:top], _INDENT * 2))
    lines.extend(_INDENT + line for line in tension_index(result.tension, top).split("\n"))
    return "\n".join(lines)


def series(result: TensionSeries, top: int = 3) -> str:
    """A table of the periods, the largest rise and the peak with its top facts."""
    dyad = result.dyad
    points = result.points
    if not points:
        return f"Tension {dyad.label} by {result.frequency.value}: no data"
    lines = [
        f"Tension {dyad.label} by {result.frequency.value}, "
        f"{points[0].period} to {points[-1].period}",
        f"{_INDENT}{'period':<9} {'tension':>7} {dyad.a + '→' + dyad.b:>9} "
        f"{dyad.b + '→' + dyad.a:>9} {'facts':>5}",
    ]
    for point in points:
        index = point.index
        if not index.has_data:
            lines.append(f"{_INDENT}{point.period:<9} {'no data':>7}")
            continue
        lines.append(
            f"{_INDENT}{point.period:<9} {_num(index.value, 1):>7} "
            f"{_num(index.a_to_b.value, 1):>9} {_num(index.b_to_a.value, 1):>9} "
            f"{index.undirected.facts:>5}"
        )
    scored = [p for p in points if p.value is not None]
    rises = [
        (b.value - a.value, a, b)
        for a, b in itertools.pairwise(scored)
        if a.value is not None and b.value is not None
    ]
    if rises:
        change, before, after = max(rises, key=lambda r: (r[0], -r[2].start.toordinal()))
        if change > 0:
            lines.append(f"Largest rise: {before.period} → {after.period} ({change:+.1f})")
    peak = result.peak()
    if peak is not None:
        lines.append(f"Peak: {peak.period} at {_num(peak.value, 1)}; top facts:")
        lines.extend(fact_lines(peak.index.top_facts(top)))
    else:
        lines.append(f"{_INDENT}no data in any period")
    return "\n".join(lines)
