"""Models of this domain."""

from .programme import (
    BenefitRecord,
    MedicalResult,
    Participation,
    Programme,
    ProgrammeSession,
    ProgrammeStaff,
    refusal_text,
)

__all__ = ["BenefitRecord", "MedicalResult", "Participation", "Programme", "ProgrammeSession",
           "ProgrammeStaff", "refusal_text"]
