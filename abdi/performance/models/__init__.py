"""Performance data: plans and daily work (plans.py); appraisal and coaching (appraisal.py)."""

from .appraisal import (
    Appraisal,
    CoachingPlan,
    CoachingSession,
    Objection,
    PeerInput,
    PerformanceDialog,
    PeriodRealisation,
    PeriodRun,
    UnitPerformance,
)
from .documents import IssuedDocument, Notification
from .plans import (
    Activity,
    Feedback,
    PerformanceSettings,
    Skp,
    SkpBehaviour,
    SkpEvent,
    SkpIndicator,
    SkpLampiran,
    SkpResult,
    evidence_path,
)
from .templates import SkpTemplate

__all__ = [
    "Activity",
    "Appraisal",
    "CoachingPlan",
    "CoachingSession",
    "Feedback",
    "IssuedDocument",
    "Notification",
    "Objection",
    "PeerInput",
    "PerformanceDialog",
    "PerformanceSettings",
    "PeriodRealisation",
    "PeriodRun",
    "Skp",
    "SkpBehaviour",
    "SkpEvent",
    "SkpIndicator",
    "SkpLampiran",
    "SkpResult",
    "SkpTemplate",
    "UnitPerformance",
    "evidence_path",
]
