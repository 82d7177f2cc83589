"""Models of the CAT domain."""

from .bank import Category, Option, Part, Question
from .exam import (
    CATEGORY_CHOICES,
    Announcement,
    Answer,
    Attempt,
    Candidate,
    ExamSession,
    LogEntry,
    Proctor,
    Result,
)

__all__ = ["CATEGORY_CHOICES", "Announcement", "Answer", "Attempt", "Candidate", "Category",
           "ExamSession", "LogEntry", "Option", "Part", "Proctor", "Question", "Result"]
