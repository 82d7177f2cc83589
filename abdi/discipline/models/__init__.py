"""Models of this domain."""

from .case import DISMISSAL_CHOICES, INTERIM_LABELS, PENALTY_CHOICES, PENALTY_LABELS, DisciplineCase

__all__ = ["DISMISSAL_CHOICES", "INTERIM_LABELS", "PENALTY_CHOICES", "PENALTY_LABELS",
           "DisciplineCase"]
