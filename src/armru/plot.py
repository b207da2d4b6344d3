"""A tension timeline as a picture: the index over time, its documents and key events.

:func:`plot_tension` draws a :class:`~armru.analysis.TensionSeries` to a PNG
or SVG file (``pip install 'armru[plot]'`` for matplotlib):

* the upper panel shows the undirected index (0 conciliatory, 50 neutral,
  100 tense) at the middle of each period, with the two directed indices
  dashed; a period without data is a gap, never a zero. Each point is
  labelled with the number of documents behind it;
* the key events (the event facts that weigh most) are marked by dotted
  vertical lines with their labels;
* the lower panel has one row per document: a dot on each day one of its
  facts is placed, red when the fact raises tension, blue when it lowers it.

matplotlib is imported only when a plot is drawn, through its
object-oriented API (no :mod:`matplotlib.pyplot` state, no backend switch).
"""

from __future__ import annotations

import datetime as _dt
import importlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .analysis import FactKind, FactRef, TensionSeries
from .errors import ArmruError, OptionalDependencyError

__all__ = ["PLOT_SUFFIXES", "plot_tension", "require_matplotlib"]

PLOT_SUFFIXES = (".png", ".svg", ".pdf")
"""File endings :func:`plot_tension` can write."""

_RAISES = "#c0392b"
_LOWERS = "#2471a3"
_LINE = "#1b2631"


def _matplotlib() -> tuple[Any, Any, Any]:
    try:
        matplotlib = importlib.import_module("matplotlib")
        figure = importlib.import_module("matplotlib.figure")
        dates = importlib.import_module("matplotlib.dates")
    except ImportError:
        raise OptionalDependencyError(
            "a plot needs matplotlib, which is not installed; "
            "install it with: pip install 'armru[plot]'"
        ) from None
    return matplotlib, figure, dates


def require_matplotlib() -> None:
    """Raise :class:`~armru.errors.OptionalDependencyError` unless matplotlib is installed."""
    _matplotlib()


def _middle(start: _dt.date, end: _dt.date) -> _dt.date:
    return start + (end - start) / 2


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _refs(series: TensionSeries) -> list[FactRef]:
    seen: dict[tuple[str, str, int, int, str], FactRef] = {}
    for point in series.points:
        for indicator in point.index.indicators:
            for ref in indicator.facts:
                if ref.key in seen:
                    old = seen[ref.key]
                    seen[ref.key] = old.model_copy(
                        update={"contribution": old.contribution + ref.contribution}
                    )
                else:
                    seen[ref.key] = ref
    return sorted(seen.values(), key=lambda r: (r.date, r.document_id, r.evidence.start))


def _key_events(refs: list[FactRef], count: int) -> list[FactRef]:
    events: dict[tuple[_dt.date, str], FactRef] = {}
    for ref in refs:
        if ref.kind is not FactKind.EVENT:
            continue
        key = (ref.date, ref.summary.split(": ", 1)[-1].casefold())
        best = events.get(key)
        if best is None or abs(ref.contribution) > abs(best.contribution):
            events[key] = ref
    ranked = sorted(events.values(), key=lambda r: (-abs(r.contribution), r.date, r.summary))
    return sorted(ranked[:count], key=lambda r: r.date)


def _documents(series: TensionSeries) -> list[int]:
    counts = []
    for point in series.points:
        ids: set[str] = set()
        for indicator in point.index.indicators:
            for ref in indicator.facts:
                ids.add(ref.document_id)
                ids.update(ref.also_reported_in)
        counts.append(len(ids))
    return counts


def plot_tension(
    series: TensionSeries,
    path: str | os.PathLike[str],
    *,
    names: Mapping[str, str] | None = None,
    title: str | None = None,
    events: int = 5,
    dpi: int = 150,
) -> Path:
    """Draw ``series`` to ``path`` (``.png``, ``.svg`` or ``.pdf``) and return the path.

    ``names`` maps the dyad's actor ids to the names shown in the title and
    legend; ``events`` is how many key events are annotated. Raises
    :class:`~armru.errors.OptionalDependencyError` without matplotlib.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in PLOT_SUFFIXES:
        raise ArmruError(
            f"cannot tell the image format from {target.name!r}; "
            f"use a name ending in {', '.join(PLOT_SUFFIXES)}",
            file=target,
        )
    matplotlib, figure_module, dates = _matplotlib()
    names = dict(names or {})
    dyad = series.dyad
    a, b = names.get(dyad.a, dyad.a), names.get(dyad.b, dyad.b)
    frequency = series.frequency.value

    points = series.points
    refs = _refs(series)
    key_events = _key_events(refs, events)

    figure = figure_module.Figure(figsize=(11, 6.6 + 0.2 * len(key_events)), layout="constrained")
    grid = figure.add_gridspec(3, 1, height_ratios=[3.4, 1.4, 0.05 + 0.2 * len(key_events)])
    top = figure.add_subplot(grid[0])
    bottom = figure.add_subplot(grid[1], sharex=top)
    notes = figure.add_subplot(grid[2])
    notes.axis("off")
    figure.suptitle(title or f"Tension between {a} and {b}, by {frequency}", fontsize=14)

    xs = [_middle(p.start, p.end) for p in points]
    nan = float("nan")

    def scored(values: list[float | None]) -> tuple[list[_dt.date], list[float]]:
        pairs = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
        return [x for x, _ in pairs], [v for _, v in pairs]

    top.axhspan(50, 100, color=_RAISES, alpha=0.05, zorder=0)
    top.axhspan(0, 50, color=_LOWERS, alpha=0.05, zorder=0)
    top.axhline(50, color="grey", linewidth=0.8, linestyle="--", zorder=1)
    top.text(
        0.003,
        51,
        "neutral (50)",
        transform=top.get_yaxis_transform(),
        color="grey",
        fontsize=8,
        va="bottom",
    )
    for values, color, label in (
        ([p.index.a_to_b.value for p in points], "#b9770e", f"{a} → {b}"),
        ([p.index.b_to_a.value for p in points], "#7d3c98", f"{b} → {a}"),
    ):
        top.plot(
            *scored(values),
            linestyle="--",
            marker=".",
            markersize=5,
            color=color,
            linewidth=0.9,
            alpha=0.7,
            label=label,
            zorder=2,
        )
    undirected = [p.value for p in points]
    top.plot(*scored(undirected), color=_LINE, linewidth=1, linestyle=":", alpha=0.6, zorder=2)
    top.plot(
        xs,
        [nan if v is None else v for v in undirected],
        color=_LINE,
        linewidth=2.2,
        marker="o",
        markersize=7,
        label="tension (both ways)",
        zorder=3,
    )
    empty = [x for x, v in zip(xs, undirected, strict=True) if v is None]
    if empty:
        top.plot(
            empty,
            [1.5] * len(empty),
            linestyle="none",
            marker="|",
            markersize=8,
            color="grey",
            label="period without data",
            zorder=2,
        )

    documents = _documents(series)
    if len(points) <= 24:
        for x, point, count in zip(xs, points, documents, strict=True):
            if point.value is not None:
                top.annotate(
                    str(count),
                    (x, point.value),
                    textcoords="offset points",
                    xytext=(0, 8),
                    ha="center",
                    fontsize=7.5,
                    color=_LINE,
                    zorder=4,
                )
        count_note = "numbers: documents behind each point"
    else:
        count_note = ""

    for number, ref in enumerate(key_events, start=1):
        for axis in (top, bottom):
            axis.axvline(ref.date, color="#566573", linestyle=":", linewidth=1, zorder=1)
        top.annotate(
            str(number),
            (ref.date, 97 - 8 * ((number - 1) % 2)),
            ha="center",
            va="top",
            fontsize=8,
            fontweight="bold",
            color="white",
            zorder=5,
            bbox={"boxstyle": "circle,pad=0.25", "fc": "#34495e", "ec": "none"},
        )
    lines = [
        f"{number}  {ref.date:%d %b %Y}  {_clip(ref.summary, 95)}  [{ref.document_id}]"
        for number, ref in enumerate(key_events, start=1)
    ]
    if lines:
        notes.text(
            0,
            1,
            "Key events\n" + "\n".join(lines),
            transform=notes.transAxes,
            va="top",
            ha="left",
            fontsize=8,
            color="#34495e",
            linespacing=1.5,
        )

    top.set_ylim(0, 100)
    top.set_ylabel("Tension index\n(0 conciliatory · 50 neutral · 100 tense)")
    top.grid(axis="y", alpha=0.3)
    top.legend(
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncols=4,
        fontsize=8,
        frameon=False,
        borderaxespad=0.2,
    )
    if count_note:
        top.text(
            1,
            1.01,
            count_note,
            transform=top.transAxes,
            ha="right",
            va="bottom",
            fontsize=7.5,
            color="grey",
        )
    if not any(v is not None for v in undirected):
        top.text(
            0.5,
            0.5,
            "no data: no fact bears on this pair",
            transform=top.transAxes,
            ha="center",
            color="grey",
        )

    order: dict[str, _dt.date] = {}
    for ref in refs:
        order.setdefault(ref.document_id, ref.date)
    rows = {doc: n for n, doc in enumerate(sorted(order, key=lambda d: (order[d], d)))}
    marks: dict[tuple[str, _dt.date], list[float]] = {}
    for ref in refs:
        marks.setdefault((ref.document_id, ref.date), []).append(ref.contribution)
    for sign, color, label in (
        (1, _RAISES, "its facts raise tension"),
        (-1, _LOWERS, "its facts lower tension"),
    ):
        chosen = [(key, values) for key, values in marks.items() if (sum(values) > 0) == (sign > 0)]
        if not chosen:
            continue
        bottom.scatter(
            [day for (_, day), _ in chosen],
            [rows[doc] for (doc, _), _ in chosen],
            s=[14 + 10 * len(values) for _, values in chosen],
            color=color,
            alpha=0.75,
            edgecolors="white",
            linewidths=0.5,
            label=label,
            zorder=3,
        )
    bottom.set_ylim(max(len(rows), 1) - 0.2, -0.8)
    if 0 < len(rows) <= 12:
        bottom.set_yticks(range(len(rows)), [_clip(doc, 24) for doc in rows], fontsize=7)
    else:
        bottom.set_yticks([])
    bottom.set_ylabel(f"Documents ({len(rows)})\none row each")
    bottom.set_xlabel("Date (each point at the middle of its period)")
    bottom.grid(axis="x", alpha=0.3)
    if rows:
        bottom.legend(loc="upper right", fontsize=7, framealpha=0.9, ncols=2)

    if points:
        first, last = points[0].start, points[-1].end
        pad = max((last - first) / 40, _dt.timedelta(days=10))
        bottom.set_xlim(first - pad, last + pad)
    locator = dates.AutoDateLocator(minticks=3, maxticks=10)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(dates.ConciseDateFormatter(locator))
    top.tick_params(labelbottom=False)

    target.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Date": None} if suffix == ".svg" else {}
    if suffix == ".pdf":
        metadata = {"CreationDate": None}
    with matplotlib.rc_context({"svg.hashsalt": "armru"}):  # stable SVG ids
        figure.savefig(target, dpi=dpi, metadata=metadata)
    return target
