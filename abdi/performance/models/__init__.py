"""Performance data: plans and daily work (plans.py); appraisal and coaching (appraisal.py)."""

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

__all__ = [
    "Activity", "Feedback", "PerformanceSettings", "Skp", "SkpBehaviour", "SkpEvent",
    "SkpIndicator", "SkpLampiran", "SkpResult", "evidence_path",
]
