from .assessment import Assessment, AssessmentScore, PositionStandard, TechnicalCompetency
from .plan import AgencyPlan, DevelopmentItem

__all__ = [
           "AgencyPlan",
           "Assessment",
           "AssessmentScore",
           "DevelopmentItem",
           "PositionStandard",
           "TechnicalCompetency",
]
