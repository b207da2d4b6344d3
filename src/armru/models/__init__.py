"""armru's typed models; one module per concept, all re-exported from :mod:`armru`."""

from .actor import Actor, ActorKind, Rank, Role
from .alliance import Alliance, AllianceKind, Obligation
from .contract import ContractStatus, DefenseContract
from .dates import PartialDate, Precision
from .document import (
    Document,
    DocumentResult,
    Mention,
    MentionForm,
    SkippedDocument,
    load_result_json,
    load_results_json,
)
from .event import Event, EventKind
from .evidence import Evidence
from .money import Money
from .statement import CameoCode, Polarity, Statement

__all__ = [
    "Actor",
    "ActorKind",
    "Alliance",
    "AllianceKind",
    "CameoCode",
    "ContractStatus",
    "DefenseContract",
    "Document",
    "DocumentResult",
    "Event",
    "EventKind",
    "Evidence",
    "Mention",
    "MentionForm",
    "Money",
    "Obligation",
    "PartialDate",
    "Polarity",
    "Precision",
    "Rank",
    "Role",
    "SkippedDocument",
    "Statement",
    "load_result_json",
    "load_results_json",
]
