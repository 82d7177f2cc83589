"""The rewards domain's stored data: kinds and settings per government, nominations, the award
history and each employee's consent to the public recognition page (awards.py)."""

from .awards import Award, AwardKind, Nomination, RecognitionConsent, RewardSettings

__all__ = ["Award", "AwardKind", "Nomination", "RecognitionConsent", "RewardSettings"]
