"""The daily tick (R-CMP-4, T-CMP-7): close answers the reporter let lapse, and escalate every
clock that ran out once, to the head of the agency and to BKPSDM. Safe to run twice."""

from django.conf import settings as django_settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role, RoleGrant, User
from abdi.org.queries import head_of

from .. import queries
from ..models import Complaint, ComplaintEvent, ComplaintOfficer
from ..rules.clock import Flag, Stage
from ..rules.workflow import Status
from .common import Context, before_of, event, move, save, set_clock

SYSTEM = "sistem"


def _system_actor():
    return Actor(user=None, instansi_id=None, label=SYSTEM)


def _hr_emails() -> list[str]:
    user_ids = RoleGrant.objects.filter(role=Role.HR_ADMIN).values_list("user_id", flat=True)
    return list(User.objects.filter(pk__in=user_ids).exclude(email="").values_list("email", flat=True))


def _head_emails(case, today) -> list[str]:
    head = head_of(case.unit_id or case.agency_id, on=today)
    if head is None:
        return []
    emails = {head.email} | set(User.objects.filter(employee=head).values_list("email", flat=True))
    return sorted(e for e in emails if e)


def tick(instansi, *, now=None) -> dict:
    """Run inside `within(instansi)`. Returns how many cases were closed and escalated."""
    now = now or timezone.now()
    today = queries.today_of(instansi, now)
    closed = escalated = 0
    lapsed = Complaint.objects.filter(status=Status.DITANGGAPI, stage_due__lt=today)
    for case in lapsed.select_related("instansi", "agency"):
        with transaction.atomic():
            case = Complaint.objects.select_for_update(of=("self",)).select_related(
                "instansi", "agency").get(pk=case.pk)
            if case.status != Status.DITANGGAPI:
                continue
            ctx = Context(case, now)
            before = before_of(case)
            move(case, Status.SELESAI, actor=None, ctx=ctx, label=SYSTEM,
                 text=_("Closed automatically: the reporter did not respond in time."))
            set_clock(case, None)
            case.closed_at = now
            save(case, actor=_system_actor(), before=before)
            closed += 1
    overdue = (Complaint.objects.filter(stage_due__lt=today).exclude(stage="")
               .exclude(stage=Stage.REPORTER_WINDOW).select_related("instansi", "agency", "unit"))
    hr = None
    for case in overdue:
        key = f"{case.stage}:{case.stage_due.isoformat()}"
        if case.escalated_key == key:
            continue
        with transaction.atomic():
            updated = Complaint.objects.filter(pk=case.pk, version=case.version).update(
                escalated_key=key)
            if not updated:
                continue
            text = _("Deadline passed (%(stage)s, due %(due)s): escalated to the head of the "
                     "agency and BKPSDM.") % {"stage": case.stage, "due": case.stage_due.isoformat()}
            event(case, ComplaintEvent.Kind.ESCALATION, text=text, at=now, label=SYSTEM)
            hr = _hr_emails() if hr is None else hr
            recipients = sorted(set(hr) | set(_head_emails(case, today)))
            if recipients:
                subject = _("Complaint %(tracking)s is late") % {"tracking": case.tracking}
                # No citizen text or identity in e-mail: the number is enough to open the case.
                transaction.on_commit(lambda s=subject, t=text, r=recipients: send_mail(
                    s, t, django_settings.DEFAULT_FROM_EMAIL, r, fail_silently=True))
            escalated += 1
    warned = _warn_red(instansi, today, now)
    return {"closed": closed, "escalated": escalated, "warned": warned}


def _coordinator_emails() -> list[str]:
    employee_ids = ComplaintOfficer.objects.filter(
        duty=ComplaintOfficer.Duty.COORDINATOR).values_list("employee_id", flat=True)
    designated = User.objects.filter(employee_id__in=employee_ids).exclude(email="")
    return sorted(set(_hr_emails()) | set(designated.values_list("email", flat=True)))


def _warn_red(instansi, today, now) -> int:
    """R-CMP-4: a clock past the red threshold but not yet late notifies the coordinators once."""
    conf = queries.settings_for(instansi.pk)
    weekdays, holidays = queries.calendar(instansi, today)
    running = (Complaint.objects.filter(stage_due__gte=today).exclude(stage="")
               .exclude(stage=Stage.REPORTER_WINDOW))
    warned, recipients = [], None
    for case in running:
        key = f"red:{case.stage}:{case.stage_due.isoformat()}"
        if case.escalated_key == key or queries.flag_of(case, today, weekdays, holidays,
                                                         conf) != Flag.RED:
            continue
        with transaction.atomic():
            if not Complaint.objects.filter(pk=case.pk, version=case.version).update(
                    escalated_key=key):
                continue
            text = _("Deadline near (%(stage)s, due %(due)s): the coordinators are notified.") % {
                "stage": case.stage, "due": case.stage_due.isoformat()}
            event(case, ComplaintEvent.Kind.ESCALATION, text=text, at=now, label=SYSTEM)
        warned.append(case.tracking)
    if warned:
        recipients = _coordinator_emails()
    if recipients:
        subject = _("Complaints near their deadline: %(count)d") % {"count": len(warned)}
        body = "\n".join(warned)  # tracking numbers only: no citizen text or identity
        transaction.on_commit(lambda: send_mail(subject, body, django_settings.DEFAULT_FROM_EMAIL,
                                                recipients, fail_silently=True))
    return len(warned)
