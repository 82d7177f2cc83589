"""Reads of forums: the back office lists, the public pages, and the leaders' summary."""

import csv
import io
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.utils import timezone

from abdi.org.models import Unit
from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within

from . import policy, rules
from .models import Commitment, CommitmentProgress, Forum, Registration


@dataclass(frozen=True)
class Access:
    manage: bool  # edit, publish, minutes, commitments, attendance
    registrants: bool  # personal data of registrants


def _with_counts(queryset):
    today = timezone.localdate()
    return queryset.select_related("unit", "agency").annotate(
        registered=Count("registrations", distinct=True),
        attended_count=Count("registrations", filter=Q(registrations__attended=True),
                             distinct=True),
        overdue_count=Count("commitments", distinct=True, filter=Q(
            commitments__status__in=rules.OPEN_COMMITMENT, commitments__due_date__lt=today)))


def forums_for(actor):
    """The back office list: BKPSDM and leaders see every forum, an agency admin his own."""
    if not policy.can_use_back_office(actor):
        raise PermissionDenied
    forums = _with_counts(Forum.objects.all())
    if not (actor.is_hr_admin or actor.is_leader):
        forums = forums.filter(agency_id__in=actor.agency_ids)
    return forums.order_by("-starts_at", "-id")


def get_forum(actor, forum_id) -> tuple[Forum, Access]:
    """The forum if the actor may see it in the back office; 404 for anyone else."""
    forum = _with_counts(Forum.objects.filter(pk=forum_id)).first()
    if forum is None or not policy.can_view_forum(actor, forum):
        raise Http404
    return forum, Access(manage=policy.can_manage_forum(actor, forum),
                         registrants=policy.can_view_registrants(actor, forum))


def get_registration(actor, registration_id) -> Registration:
    found = Registration.objects.select_related("forum").filter(pk=registration_id).first()
    if found is None or not policy.can_view_registrants(actor, found.forum):
        raise Http404
    return found


def get_commitment(actor, commitment_id) -> Commitment:
    found = Commitment.objects.select_related("forum").filter(pk=commitment_id).first()
    if found is None or not policy.can_view_forum(actor, found.forum):
        raise Http404
    return found


def registrants(forum):
    return Registration.objects.filter(forum=forum).order_by("created_at", "id")


def registrants_csv(forum) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["no", "nama", "kontak", "jenis_kontak", "organisasi", "hadir", "terdaftar"])
    for number, r in enumerate(registrants(forum), start=1):
        writer.writerow([number, _cell(r.name), _cell(r.contact), r.contact_kind,
                         _cell(r.organisation), "ya" if r.attended else "tidak",
                         timezone.localtime(r.created_at).strftime("%Y-%m-%d %H:%M")])
    return buffer.getvalue()


def _cell(value: str) -> str:
    # A spreadsheet runs a cell starting with = + - @ as a formula: citizens typed these.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def commitments_of(forum):
    """Commitments with their timelines and units, in two queries whatever their number."""
    return (Commitment.objects.filter(forum=forum).select_related("responsible_unit")
            .prefetch_related(Prefetch("progress", queryset=CommitmentProgress.objects
                                       .order_by("date", "id"))))


def organising_units(actor):
    """Units an actor may name as organiser or responsible unit (his agency's subtree)."""
    units = Unit.objects.filter(is_active=True).order_by("path")
    if actor.is_hr_admin:
        return units
    return units.filter(Q(agency_id__in=actor.agency_ids) | Q(pk__in=actor.agency_ids))


def responsible_units():
    return Unit.objects.filter(is_active=True).order_by("path")


# --- public pages ------------------------------------------------------------------------------


def public_instansi(slug: str) -> Instansi:
    """An active government by its slug, else 404. The forum pages need no switch: the FKP is
    public by nature (PermenPANRB 16/2017)."""
    instansi = Instansi.objects.filter(slug=slug, is_active=True).first()
    if instansi is None:
        raise Http404
    return instansi


def public_forums(instansi):
    """(upcoming, past) announced forums of the government. Call inside `within(instansi)`."""
    now = timezone.now()
    forums = (Forum.objects.filter(status__in=rules.PUBLIC_STATUSES).select_related("unit")
              .annotate(registered=Count("registrations")))
    upcoming = list(forums.filter(starts_at__gte=now).order_by("starts_at", "id")[:50])
    past = list(forums.filter(starts_at__lt=now).order_by("-starts_at", "-id")[:50])
    return upcoming, past


def public_forum(forum_id) -> Forum:
    forum = (Forum.objects.filter(pk=forum_id, status__in=rules.PUBLIC_STATUSES)
             .select_related("unit").annotate(registered=Count("registrations")).first())
    if forum is None:
        raise Http404
    return forum


# --- for the leaders' dashboard ------------------------------------------------------------------


def commitment_summary(instansi_id: int) -> dict:
    """Counts of the government's forum commitments by status, and how many are overdue.

    {"planned": n, "in_progress": n, "done": n, "dropped": n, "total": n, "overdue": n}
    """
    instansi = Instansi.objects.filter(pk=instansi_id).first()
    if instansi is None:
        raise Http404
    with within(instansi):
        today = timezone.localdate()  # in the government's zone
        rows = {row["status"]: row["n"] for row in
                Commitment.objects.order_by().values("status").annotate(n=Count("id"))}
        overdue = Commitment.objects.filter(status__in=rules.OPEN_COMMITMENT,
                                            due_date__lt=today).count()
    summary = {status.value: rows.get(status.value, 0) for status in rules.CommitmentStatus}
    summary["total"] = sum(summary.values())
    summary["overdue"] = overdue
    return summary
