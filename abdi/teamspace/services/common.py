"""Checks and helpers every work-space write shares: text, dates, members, uploads, notices."""

import datetime
import zipfile

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from abdi.core.dates import clean_date
from abdi.core.errors import DomainError, Forbidden
from abdi.performance.models import Notification
from abdi.performance.services.notify import notify

from .. import policy, queries
from ..rules import files
from ..rules import tasks as task_rules


def text(value, field, *, low=1, high=200, keep_lines=False) -> str:
    raw = str(value or "")
    if "\x00" in raw:  # PostgreSQL refuses NUL in text: a clear 400, never a 500
        raise DomainError(_("This text contains a character that is not allowed."), field=field)
    if keep_lines:  # messages keep their paragraphs, without runs of blank lines
        lines = [" ".join(line.split()) for line in raw.replace("\r\n", "\n").split("\n")]
        cleaned = "\n".join(lines).strip()
        while "\n\n\n" in cleaned:
            cleaned = cleaned.replace("\n\n\n", "\n\n")
    else:
        cleaned = " ".join(raw.split())
    if not low <= len(cleaned) <= high:
        if low and not cleaned:
            raise DomainError(_("This field is required."), field=field)
        raise DomainError(_("Write %(low)d to %(high)d characters here.") % {"low": low, "high": high},
                          field=field)
    return cleaned


def clean_id(value, field) -> int:
    raw = str(value if value is not None else "").strip()
    if not raw.isdigit() or len(raw) > 12:
        raise DomainError(_("Choose from the list."), field=field)
    return int(raw)


def check_due_date(team, due_on, field="due_on") -> datetime.date:
    due_on = clean_date(due_on, field)
    problem = task_rules.due_date_problem(due_on, team_starts=getattr(team, "starts_on", None),
                                          team_ends=getattr(team, "ends_on", None))
    if problem == "before_team":
        raise DomainError(_("The due date cannot be before the team starts (%(day)s).")
                          % {"day": team.starts_on.strftime("%d-%m-%Y")}, field=field)
    if problem == "after_team":
        raise DomainError(_("The due date cannot be after the team ends (%(day)s).")
                          % {"day": team.ends_on.strftime("%d-%m-%Y")}, field=field)
    return due_on


def active_member(team, value, field) -> int:
    """The id of an active member of the team, or a clear refusal (a member who left, a stranger,
    a forged id)."""
    employee_id = clean_id(value, field)
    if employee_id not in set(queries.active_member_ids(team)):
        raise DomainError(_("Choose an active member of the team."), field=field)
    return employee_id


def require_post(actor, team, allowed: bool | None = None) -> None:
    if not (policy.can_post(actor, team) if allowed is None else allowed):
        raise Forbidden(_("Only active members of a running team write in its work space."))


def check_upload(upload, field="file") -> tuple:
    """The upload and its sniffed kind, or a clear refusal: empty, over 20 MB, not an allowed kind."""
    if upload is None:
        raise DomainError(_("Choose a file to upload."), field=field)
    size = int(getattr(upload, "size", 0) or 0)
    kind = None
    if 0 < size <= files.MAX_DOCUMENT_BYTES:
        upload.seek(0)
        head = upload.read(512)
        upload.seek(0)
        kind = files.sniff(head, _zip_names(upload) if files.is_zip(head) else None)
        upload.seek(0)
    problem = files.upload_problem(size, kind)
    if problem == "empty":
        raise DomainError(_("The file is empty."), field=field)
    if problem == "too_large":
        raise DomainError(_("The file is larger than 20 MB."), field=field)
    if problem == "wrong_type":
        raise DomainError(_("The file must be a PDF, DOCX, XLSX, PPTX, ODT, JPEG or PNG "
                            "document."), field=field)
    return upload, kind


def _zip_names(upload) -> list[str]:
    try:
        with zipfile.ZipFile(upload) as archive:
            return archive.namelist()[:5000]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []


def notify_members(team, *, recipients, actor, message_of, link: str, key: str = "") -> int:
    """Tell each recipient (never the actor) through the common inbox, in the government's
    language; `message_of()` builds the message inside that language."""
    with translation.override(settings.LANGUAGE_CODE):
        message = str(message_of())
    sent = 0
    for recipient_id in sorted(set(recipients) - {actor.employee_id}):
        if notify(recipient_id=recipient_id, instansi_id=team.instansi_id,
                  topic=Notification.Topic.TEAM, message=message, link=link, key=key):
            sent += 1
    return sent
