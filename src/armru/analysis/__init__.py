"""The analysis layer: how two actors stand, how tense it is, and why.

From parse results (:class:`armru.DocumentResult`) it computes

* :func:`relationship_status` — formal ties, climate and a label;
* :func:`tension_indicators` — typed, weighted indicators with their evidence;
* :func:`tension_index` — a 0-100 index, directed and undirected;
* :func:`tension_series` — the index by month, quarter or year.

Every result is a frozen model with ``explain()`` (a readable account with the
top facts and their evidence quotes) and ``to_data()`` (plain JSON data).
Weights and lexicons live in ``armru/data/tension.json``; pass ``weights=`` to
use your own. The methodology page defines every indicator and the index.
"""

from ._vocab import Climate, Direction, FactKind, Frequency, IndicatorName, StatusLabel, TieLevel
from .dyad import Dyad, Window
from .indicators import Indicator, IndicatorSet, tension_indicators
from .known import KnownAlliance, KnownMember, known_alliances
from .refs import FactRef
from .status import FormalTie, RelationshipStatus, relationship_status
from .tension import TensionIndex, TensionScore, tension_index
from .timeline import SeriesPoint, TensionSeries, tension_series
from .weights import TensionWeights, default_weights, load_weights

__all__ = [
    "Climate",
    "Direction",
    "Dyad",
    "FactKind",
    "FactRef",
    "FormalTie",
    "Frequency",
    "Indicator",
    "IndicatorName",
    "IndicatorSet",
    "KnownAlliance",
    "KnownMember",
    "RelationshipStatus",
    "SeriesPoint",
    "StatusLabel",
    "TensionIndex",
    "TensionScore",
    "TensionSeries",
    "TensionWeights",
    "TieLevel",
    "Window",
    "default_weights",
    "known_alliances",
    "load_weights",
    "relationship_status",
    "tension_index",
    "tension_indicators",
    "tension_series",
]
