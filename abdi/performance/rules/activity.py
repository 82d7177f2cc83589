"""Daily activity reports: the entry window, copied entries and evidence files (pure)."""

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

# No national figure exists for how far back a daily report may be written (performance.md
# §1 leaves documentation to the instansi); each government sets it, this is the default.
DEFAULT_BACKDATE_DAYS = 5
MAX_BACKDATE_DAYS = 60
# An entry whose text repeats one of the previous days' is flagged for the atasan.
REPEAT_LOOKBACK_DAYS = 3
# The keberatan procedure's article was not found (performance.md §13 doubt 2): a setting.
DEFAULT_OBJECTION_DAYS = 14
MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
MAX_MINUTES_PER_ENTRY = 24 * 60


class EntryDateProblem(StrEnum):
    FUTURE = "future"
    TOO_OLD = "too_old"
    BEFORE_YEAR = "before_year"


def entry_date_problem(day: date, *, today: date, backdate_days: int,
                       skp_year: int | None = None) -> EntryDateProblem | None:
    """Why an activity dated ``day`` may not be written on ``today`` (the government's date)."""
    if day > today:
        return EntryDateProblem.FUTURE
    if day < today - timedelta(days=backdate_days):
        return EntryDateProblem.TOO_OLD
    if skp_year is not None and day.year != skp_year:
        return EntryDateProblem.BEFORE_YEAR
    return None


def reportable_years(today: date, backdate_days: int) -> tuple[int, ...]:
    """SKP years an entry written today may belong to, newest first: in the first days of
    January the back-dating window still reaches last year's plan (an entry belongs to the plan
    of its own date's year)."""
    earliest = today - timedelta(days=max(backdate_days, 0))
    return tuple(range(today.year, earliest.year - 1, -1))


_SPACES = re.compile(r"\s+")
_PUNCTUATION = re.compile(r"[^\w\s]")


def normalised_text(text: str) -> str:
    """Lower case, accents folded, punctuation and repeated spaces dropped."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", folded.lower())).strip()


def activity_fingerprint(indicator_id: int, description: str) -> str:
    """Same indicator and the same words (ignoring case, spaces, punctuation) = same fingerprint."""
    digest = hashlib.sha256(f"{indicator_id}|{normalised_text(description)}".encode())
    return digest.hexdigest()[:32]


class EvidenceKind(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    PDF = "pdf"

    @property
    def extension(self) -> str:
        return {"jpeg": ".jpg", "png": ".png", "pdf": ".pdf"}[self.value]

    @property
    def content_type(self) -> str:
        return {"jpeg": "image/jpeg", "png": "image/png", "pdf": "application/pdf"}[self.value]


def sniff_evidence(head: bytes) -> EvidenceKind | None:
    """The kind of an evidence file from its first bytes (never from its name)."""
    if head.startswith(b"\xff\xd8\xff"):
        return EvidenceKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return EvidenceKind.PNG
    if head.startswith(b"%PDF-"):
        return EvidenceKind.PDF
    return None


@dataclass(frozen=True)
class Coordinates:
    latitude: float
    longitude: float


def valid_coordinates(latitude: float | None, longitude: float | None) -> Coordinates | None:
    """Both or neither; inside the globe."""
    if latitude is None and longitude is None:
        return None
    if latitude is None or longitude is None:
        raise ValueError("both")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ValueError("range")
    return Coordinates(latitude, longitude)
