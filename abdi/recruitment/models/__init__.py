"""Models of recruitment: selections and openings (staff), applicants and their applications."""

from .applicant import Applicant, ApplicantDocument
from .selection import Application, Objection, Opening, Selection

__all__ = ["Applicant", "ApplicantDocument", "Application", "Objection", "Opening", "Selection"]
