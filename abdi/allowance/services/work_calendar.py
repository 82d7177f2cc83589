"""A government's working calendar: which days are working days for whom, and the hours
expected on them (Perpres 21/2023; allowance-and-discipline.md §5), read from its hours versions,
Ramadan periods, units on another scheme and holidays; and the BKPSDM's changes to it, each of
which queues the past days it touches to be computed again."""

import datetime
from bisect import bisect_right
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import DomainError, Forbidden
from abdi.org.models import Unit
from abdi.tenancy.models import Instansi

from .. import policy
from ..models import RamadanPeriod, SchemeUnit, WorkHoursVersion
from ..rules import workhours_codec
from ..rules.workhours import ExpectedHours, WorkHoursConfig, WorkScheme, expected_hours

MAX_RAMADAN_DAYS = 31  # a lunar month is 29 or 30 days; one more for a late announcement
MAX_RECOMPUTE_DAYS = 366


@dataclass
class WorkCalendar:
    """Everything needed to say when an employee of the government is expected at work."""

    starts: list[datetime.date]  # effective_from of each hours version, ascending
    versions: list[tuple[WorkScheme, WorkHoursConfig]]  # (usual scheme, hours) of each version
    scheme_paths: list[tuple[str, WorkScheme]]  # unit path -> scheme, longest path first
    _cache: dict = field(default_factory=dict)

    def _version(self, day: datetime.date) -> tuple[WorkScheme, WorkHoursConfig]:
        return self.versions[bisect_right(self.starts, day) - 1]  # starts[0] is date.min

    def unit_scheme(self, unit_path: str) -> WorkScheme | None:
        """The scheme set for the unit or the nearest unit above it, if any."""
        for path, scheme in self.scheme_paths:
            if unit_path.startswith(path):
                return scheme
        return None

    def usual_scheme(self, day: datetime.date) -> WorkScheme:
        return self._version(day)[0]

    def scheme_for(self, unit_path: str, day: datetime.date) -> WorkScheme:
        return self.unit_scheme(unit_path) or self.usual_scheme(day)

    def expected(self, day: datetime.date, scheme: WorkScheme, holidays) -> ExpectedHours | None:
        key = (day, scheme, day in holidays)
        if key not in self._cache:
            config = self._version(day)[1]
            self._cache[key] = expected_hours(day, scheme, holidays, config)
        return self._cache[key]


def calendar_of(instansi_id: int) -> WorkCalendar:
    """The government's calendar (three queries)."""
    ramadan = [(p.first_day, p.last_day) for p in RamadanPeriod.objects.filter(instansi_id=instansi_id)]
    # Before the first stored version, the national default (Perpres 21/2023) applies.
    starts = [datetime.date.min]
    versions = [(WorkScheme.FIVE_DAY,
                 workhours_codec.config_from(workhours_codec.weeks_from_data({}), ramadan))]
    for version in WorkHoursVersion.objects.filter(instansi_id=instansi_id).order_by("effective_from"):
        weeks = workhours_codec.weeks_from_data(version.weeks)
        starts.append(version.effective_from)
        versions.append((WorkScheme(version.default_scheme),
                         workhours_codec.config_from(weeks, ramadan)))
    paths = sorted(((row.unit.path, WorkScheme(row.scheme)) for row in
                    SchemeUnit.objects.filter(instansi_id=instansi_id).select_related("unit")),
                   key=lambda pair: -len(pair[0]))
    return WorkCalendar(starts, versions, paths)


# ---- changes by BKPSDM ---------------------------------------------------------------------------


def _require(actor, instansi_id):
    if not policy.can_manage_rules(actor, instansi_id):
        raise Forbidden(_("Only the BKPSDM admin changes the working calendar."))


def _recompute_from(instansi_id: int, first: datetime.date, last: datetime.date) -> None:
    """Queue the past days first..last (at most the last year) to be computed again."""
    from .. import tasks

    today = timezone.localdate(timezone=Instansi.objects.get(pk=instansi_id).zone)
    last = min(last, today)
    first = max(first, last - datetime.timedelta(days=MAX_RECOMPUTE_DAYS - 1))
    if first <= last:
        args = (instansi_id, first.isoformat(), last.isoformat())
        transaction.on_commit(lambda: tasks.recompute_attendance_days.enqueue(*args))


def _date(value, field) -> datetime.date:
    try:
        return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(
            str(value or "").strip())
    except ValueError:
        raise DomainError(_("Enter a date as YYYY-MM-DD."), field=field) from None


@transaction.atomic
def save_hours(*, actor, instansi_id: int, effective_from, default_scheme: str, weeks: dict,
               legal_basis: str = "") -> WorkHoursVersion:
    """A new version of the hours from `effective_from` (or the version starting that day,
    replaced). `weeks` holds the weeks that differ from the national default."""
    _require(actor, instansi_id)
    start = _date(effective_from, "effective_from")
    if default_scheme not in WorkScheme.__members__.values():
        raise DomainError(_("Choose the usual scheme."), field="default_scheme")
    stored = {}
    for key, data in (weeks or {}).items():
        if key not in workhours_codec.WEEKS:
            raise DomainError(_("Unknown week “%(key)s”.") % {"key": str(key)[:30]}, field="weeks")
        if data is None:
            continue
        try:
            stored[key] = workhours_codec.week_to_data(workhours_codec.week_from_data(data))
        except ValueError as error:
            raise DomainError(_("The hours of %(week)s cannot be used: %(detail)s")
                              % {"week": key, "detail": error}, field=key) from None
    legal_basis = " ".join(str(legal_basis or "").split())[:200]
    version, created = WorkHoursVersion.objects.select_for_update().get_or_create(
        instansi_id=instansi_id, effective_from=start,
        defaults={"default_scheme": default_scheme, "weeks": stored, "legal_basis": legal_basis,
                  "created_by": actor.user})
    fields = ["effective_from", "default_scheme", "weeks", "legal_basis"]
    before = None if created else snapshot(version, fields)
    if not created:
        version.default_scheme, version.weeks, version.legal_basis = default_scheme, stored, legal_basis
        version.save(update_fields=["default_scheme", "weeks", "legal_basis"])
    record(actor=actor, action=AuditEntry.Action.CREATE if created else AuditEntry.Action.UPDATE,
           obj=version, before=before, after=snapshot(version, fields))
    following = (WorkHoursVersion.objects.filter(instansi_id=instansi_id, effective_from__gt=start)
                 .order_by("effective_from").values_list("effective_from", flat=True).first())
    _recompute_from(instansi_id, start, (following - datetime.timedelta(days=1)) if following
                    else datetime.date.max)
    return version


@transaction.atomic
def add_ramadan(*, actor, instansi_id: int, first_day, last_day, note: str = "") -> RamadanPeriod:
    _require(actor, instansi_id)
    first, last = _date(first_day, "first_day"), _date(last_day, "last_day")
    if last < first:
        raise DomainError(_("The period ends before it starts."), field="last_day")
    if (last - first).days + 1 > MAX_RAMADAN_DAYS:
        raise DomainError(_("Ramadan lasts at most %(days)s days.") % {"days": MAX_RAMADAN_DAYS},
                          field="last_day")
    Instansi.objects.select_for_update().get(pk=instansi_id)  # one change of the calendar at a time
    clash = RamadanPeriod.objects.filter(instansi_id=instansi_id, first_day__lte=last,
                                         last_day__gte=first).first()
    if clash is not None:
        raise DomainError(_("It overlaps the Ramadan period %(period)s.") % {"period": str(clash)},
                          field="first_day")
    period = RamadanPeriod.objects.create(instansi_id=instansi_id, first_day=first, last_day=last,
                                          note=" ".join(str(note or "").split())[:200])
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=period,
           after=snapshot(period, ["first_day", "last_day", "note"]))
    _recompute_from(instansi_id, first, last)
    return period


@transaction.atomic
def remove_ramadan(*, actor, period: RamadanPeriod) -> None:
    _require(actor, period.instansi_id)
    before = snapshot(period, ["first_day", "last_day", "note"])
    record(actor=actor, action=AuditEntry.Action.DELETE, obj=period, before=before)
    period.delete()
    _recompute_from(period.instansi_id, period.first_day, period.last_day)


@transaction.atomic
def set_unit_scheme(*, actor, instansi_id: int, unit_id, scheme: str) -> None:
    """Put a unit (and the units under it) on `scheme`, or back on the usual one with ""."""
    _require(actor, instansi_id)
    text = str(unit_id or "").strip()
    unit = Unit.objects.filter(pk=int(text)).first() if text.isdigit() and len(text) < 12 else None
    if unit is None:
        raise DomainError(_("Choose a unit of this government."), field="unit")
    if scheme and scheme not in WorkScheme.__members__.values():
        raise DomainError(_("Choose the scheme."), field="scheme")
    existing = SchemeUnit.objects.select_for_update().filter(unit=unit).first()
    if existing is not None:
        record(actor=actor, action=AuditEntry.Action.DELETE, obj=existing,
               before=snapshot(existing, ["unit", "scheme"]))
        existing.delete()
    if scheme:
        row = SchemeUnit.objects.create(instansi_id=instansi_id, unit=unit, scheme=scheme)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=row,
               after=snapshot(row, ["unit", "scheme"]))
    today = timezone.localdate()
    _recompute_from(instansi_id, today.replace(day=1), today)  # the current month only
