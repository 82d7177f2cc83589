"""Parsing and checking values every training write shares."""

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from abdi.core.dates import clean_date as core_clean_date
from abdi.core.errors import DomainError

from ..rules.certificate import MAX_CERTIFICATE_BYTES, certificate_problem, sniff_certificate
from ..rules.jp import check_schedule

SCHEDULE_MESSAGES = {
    "end_before_start": (gettext_lazy("A training cannot end before it starts."), "ends_on"),
    "no_hours": (gettext_lazy("Enter the learning minutes or the JP stated on the certificate."), "minutes"),
    "hours_exceed_days": (gettext_lazy("The learning minutes do not fit in the training's days (at most 12 "
                            "hours a day)."), "minutes"),
    "jp_negative": (gettext_lazy("JP cannot be negative."), "stated_jp"),
    "jp_exceed_hours": (gettext_lazy("The JP do not add up: the JP stated need more time than the learning "
                          "minutes recorded (1 JP = 45 minutes)."), "stated_jp"),
    "jp_exceed_days": (gettext_lazy("The JP do not add up: they do not fit in the training's days."),
                       "stated_jp"),
}


def text(value, field, *, low=1, high=200) -> str:
    cleaned = " ".join(str(value or "").split())
    if not low <= len(cleaned) <= high:
        raise DomainError(_("Write %(low)d to %(high)d characters here.") % {"low": low, "high": high},
                          field=field)
    return cleaned


def clean_int(value, field, *, required=True) -> int | None:
    raw = str(value if value is not None else "").strip()
    if raw == "":
        if required:
            raise DomainError(_("Enter a whole number."), field=field)
        return None
    if not raw.isdigit() or len(raw) > 12:
        raise DomainError(_("Enter a whole number."), field=field)
    return int(raw)


def clean_date(value, field) -> datetime.date:
    """Training history reaches back to 1950 (a long career's first diklat)."""
    return core_clean_date(value, field, earliest=1950)


def schedule(starts_on, ends_on, minutes, stated_jp):
    start, end = clean_date(starts_on, "starts_on"), clean_date(ends_on, "ends_on")
    minutes = clean_int(minutes or 0, "minutes")
    stated = clean_int(stated_jp, "stated_jp", required=False)
    for reason in check_schedule(start, end, minutes, stated):
        message, field = SCHEDULE_MESSAGES[reason]
        raise DomainError(message, field=field)
    return start, end, minutes, stated


def clean_codes(value) -> list[str]:
    if isinstance(value, str):
        value = value.replace(";", ",").split(",")
    codes = [" ".join(str(code).split()).upper()[:20] for code in (value or [])]
    return list(dict.fromkeys(code for code in codes if code))[:20]


def check_certificate(upload, *, required=True):
    """The upload if it is a PDF/JPEG/PNG of at most 5 MB (sniffed), with its extension."""
    if upload is None:
        if required:
            raise DomainError(_("Attach the certificate (PDF, JPEG or PNG)."), field="certificate")
        return None, None
    size = getattr(upload, "size", 0) or 0
    if size > MAX_CERTIFICATE_BYTES:
        raise DomainError(_("The certificate is larger than 5 MB."), field="certificate")
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    problem = certificate_problem(head, size)
    if problem == "empty":
        raise DomainError(_("The certificate file is empty."), field="certificate")
    if problem == "wrong_type":
        raise DomainError(_("The certificate must be a PDF, JPEG or PNG file."), field="certificate")
    return upload, sniff_certificate(head)
