"""What every team write shares: cleaning input, notices (topic TEAM) and audit entries."""

from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from abdi.accounts.models import Role, RoleGrant
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError
from abdi.performance.services.notify import Topic, notify

MAX_VALUE = Decimal("999999999999")


def clean_text(value, field, *, low=1, high=200, one_line=True) -> str:
    raw = str(value or "")
    cleaned = " ".join(raw.split()) if one_line else raw.strip().replace("\r\n", "\n")
    if "\x00" in cleaned or not low <= len(cleaned) <= high:
        raise DomainError(_("Write %(low)d to %(high)d characters here.")
                          % {"low": low, "high": high}, field=field)
    return cleaned


def optional_text(value, field, *, high=100) -> str:
    if not str(value or "").strip():
        return ""
    return clean_text(value, field, high=high)


def clean_number(value, field) -> Decimal:
    raw = str(value if value is not None else "").strip().replace(",", ".")
    try:
        number = Decimal(raw) if raw and len(raw) <= 20 else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or number < 0 or number > MAX_VALUE:
        raise DomainError(_("Enter a number from 0 up."), field=field)
    return number.quantize(Decimal("0.01"))


def clean_id(value, field) -> int:
    raw = str(value if value is not None else "").strip()
    if not raw.isdigit() or len(raw) > 18 or int(raw) == 0:
        raise DomainError(_("Choose one from the list."), field=field)
    return int(raw)


def clean_version(value) -> int | None:
    raw = str(value if value is not None else "").strip()
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


def check_version(obj, expected) -> None:
    """Optimistic concurrency: refuse a change made on a stale page."""
    if expected is not None and obj.version != expected:
        raise Conflict(_("Someone else changed this meanwhile. Reload the page and try again."))


def team_link(team) -> str:
    return reverse("teams:detail", kwargs={"team_id": team.pk})


def tell(recipient_ids, *, team, message, key="", link=None) -> None:
    """A TEAM notice to each recipient, in the government's language (read later, maybe by mail)."""
    link = link or team_link(team)
    for recipient_id in dict.fromkeys(r for r in recipient_ids if r):
        notify(recipient_id=recipient_id, instansi_id=team.instansi_id, topic=Topic.TEAM,
               message=message, link=link, key=f"{key}:{recipient_id}" if key else "")


def in_house_language():
    return translation.override(settings.LANGUAGE_CODE)


def hr_employee_ids() -> list[int]:
    """Employees holding the HR (BKPSDM) role in the scoped government."""
    return [e for e in RoleGrant.objects.filter(role=Role.HR_ADMIN)
            .values_list("user__employee_id", flat=True) if e]


def audit(actor, action, obj, *, before=None, after=None, employee_id=None, agency_id=None):
    record(actor=actor, action=action, obj=obj, before=before, after=after,
           employee_id=employee_id, agency_id=agency_id)
