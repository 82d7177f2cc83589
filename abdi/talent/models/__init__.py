"""Models of talent management and career development."""

from .career import LeadershipTraining, StudyRequest
from .talent import SuccessionCandidate, SuccessionPlan, TalentPlacement, TalentSettings

__all__ = ["LeadershipTraining", "StudyRequest", "SuccessionCandidate", "SuccessionPlan",
           "TalentPlacement", "TalentSettings"]
