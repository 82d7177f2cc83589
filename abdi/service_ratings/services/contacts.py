"""Service contacts: the proof that a citizen was served, each allowing exactly one rating.

Three sources: a visit at a counter (one per device, counter and day), a visit code the officer
hands the citizen in front of them, and a case the complaints desk closed (one per case).
"""

import hashlib
import secrets
from datetime import datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound
from abdi.people.models import Employee
from abdi.tenancy.scoping import within

from .. import policy
from ..models import ServiceContact

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed on a phone
CODE_LENGTH = 8
VISIT_CODE_HOURS = 12
CASE_CONTACT_DAYS = 30
MAX_REFERENCE = 100


def new_token() -> str:
    return secrets.token_urlsafe(18)


def new_visit_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))


def normalise_code(raw: str) -> str:
    """What a citizen typed ("abcd-efgh ", "ABCD EFGH") as the stored code."""
    return "".join(ch for ch in str(raw or "").upper() if ch.isalnum())[:40]


def rating_path(contact: ServiceContact) -> str:
    return reverse("service_ratings:rate", kwargs={"rating_token": contact.token})


def counter_visit_reference(counter_id: int, device: str, day) -> str:
    """A one-way stamp of (device, counter, day): one rating a day, and no way back to the device."""
    raw = f"{counter_id}:{device}:{day.isoformat()}".encode()
    return "v1:" + hashlib.sha256(raw).hexdigest()


def end_of_local_day(now: datetime) -> datetime:
    local = timezone.localtime(now)
    return timezone.make_aware(datetime.combine(local.date() + timedelta(days=1), time.min),
                               local.tzinfo)


def open_counter_visit(*, counter, employee, device: str, now: datetime) -> ServiceContact:
    """The contact of this device's visit at the counter today; Conflict if it already rated."""
    reference = counter_visit_reference(counter.pk, device, timezone.localtime(now).date())
    try:
        with transaction.atomic():
            return ServiceContact.objects.create(
                instansi_id=counter.instansi_id, employee=employee, counter=counter,
                source=ServiceContact.Source.COUNTER_VISIT, reference=reference, token=new_token(),
                expires_at=end_of_local_day(now))
    except IntegrityError:
        raise Conflict(_("You already rated a service at this counter today. "
                         "Thank you; you can rate again on your next visit.")) from None


@transaction.atomic
def issue_visit_code(*, actor, counter, staff_ids) -> ServiceContact:
    """A one-time code the officer shows the citizen in front of them (valid a few hours)."""
    if not policy.can_issue_code(actor, counter, staff_ids):
        raise Forbidden(_("You can only issue codes at a counter where you serve."))
    for _attempt in range(5):
        code = new_visit_code()
        try:
            with transaction.atomic():
                contact = ServiceContact.objects.create(
                    instansi_id=counter.instansi_id, employee_id=actor.employee_id, counter=counter,
                    source=ServiceContact.Source.VISIT_CODE, reference=code, token=code,
                    expires_at=timezone.now() + timedelta(hours=VISIT_CODE_HOURS))
            break
        except IntegrityError:  # a code already taken (across governments): draw again
            continue
    else:
        raise Conflict(_("No code could be issued. Please try again."))
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=contact,
           after={"source": contact.source, "counter": counter.pk},
           employee_id=actor.employee_id, unit_id=counter.unit_id)
    return contact


def issue_case_contact(*, instansi, employee_id: int, reference: str) -> str:
    """The rating link (URL path) of a case handled by ``employee_id``; the same path for the same
    reference however often it is called. Call it when a case is closed, e.g. with
    reference=f"complaint:{case.pk}", and show or send the path to the citizen who filed it."""
    reference = str(reference or "").strip()
    if not reference or len(reference) > MAX_REFERENCE:
        raise DomainError(_("A case reference of 1 to 100 characters is needed."))
    with within(instansi), transaction.atomic():
        instansi_id = instansi if isinstance(instansi, int) else instansi.pk
        if not Employee.objects.filter(pk=employee_id).exists():
            raise NotFound(_("That employee does not exist."))
        contact = (ServiceContact.objects.select_for_update()
                   .filter(source=ServiceContact.Source.CASE, reference=reference).first())
        if contact is None:
            contact = ServiceContact.objects.create(
                instansi_id=instansi_id, employee_id=employee_id,
                source=ServiceContact.Source.CASE, reference=reference, token=new_token(),
                expires_at=timezone.now() + timedelta(days=CASE_CONTACT_DAYS))
        elif contact.employee_id != employee_id and not contact.is_used:
            # The case changed hands before the citizen rated: the rating goes to who closed it.
            contact.employee_id = employee_id
            contact.save(update_fields=["employee"])
        return rating_path(contact)
