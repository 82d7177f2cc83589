"""Attendance as stored: punches from the machines, their import batches, leave and dinas luar,
and the day status derived from them (allowance-and-discipline.md §3 and §5).

Punches are stored as aware datetimes (UTC in the database); the rules read them as the
government's local wall-clock time. AttendanceDay rows are derived data: services.attendance
rewrites them from punches, approved leave and the calendar, never by hand.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from ..rules.attendance import DayKind, LeaveKind

DAY_KIND_LABELS = {
    DayKind.PRESENT: _("Present"),
    DayKind.LATE: _("Late (TL)"),
    DayKind.EARLY_LEAVE: _("Left early (PSW)"),
    DayKind.LATE_AND_EARLY_LEAVE: _("Late and left early"),
    DayKind.ABSENT: _("Absent without notice (TK)"),
    DayKind.ON_LEAVE: _("On leave (cuti)"),
    DayKind.ON_DUTY: _("Official duty (dinas luar)"),
    DayKind.NON_WORKING_DAY: _("Non-working day"),
}

LEAVE_KIND_LABELS = {
    LeaveKind.TAHUNAN: _("Annual leave"),
    LeaveKind.BESAR: _("Long leave (cuti besar)"),
    LeaveKind.SAKIT: _("Sick leave"),
    LeaveKind.MELAHIRKAN: _("Maternity leave"),
    LeaveKind.ALASAN_PENTING: _("Leave for important reasons"),
    LeaveKind.CLTN: _("Unpaid leave (CLTN)"),
}

# What the import report says of a row; the stored code is translated when the report is read.
IMPORT_REASONS = {
    "unknown_nip": _("Unknown NIP."),
    "outside_agency": _("This employee does not belong to an agency you administer."),
    "no_nip": _("The NIP is empty."),
    "bad_nip": _("The NIP cannot be read: %(detail)s"),
    "no_time": _("The date or time is empty."),
    "bad_time": _("The date or time cannot be read: %(detail)s"),
    "future": _("The time %(time)s lies in the future."),
    "non_working_day": _("%(date)s is not a working day in the calendar (stored anyway)."),
}


class AttendanceImport(TenantModel):
    """One file of punches read from a fingerprint or face machine, with what became of its rows."""

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   related_name="+", null=True, verbose_name=_("by"))
    created_at = models.DateTimeField(_("time"), auto_now_add=True)
    file_name = models.CharField(_("file name"), max_length=150)
    file_format = models.CharField(_("format"), max_length=4)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    stored = models.PositiveIntegerField(_("punches stored"), default=0)
    duplicates = models.PositiveIntegerField(_("duplicates"), default=0)
    refused = models.PositiveIntegerField(_("rows refused"), default=0)
    warnings = models.PositiveIntegerField(_("warnings"), default=0)
    # The days the stored punches fall on (local dates), so the day statuses can be recomputed.
    first_day = models.DateField(null=True, blank=True)
    last_day = models.DateField(null=True, blank=True)
    # [{"row": 7, "nip": "…", "level": "refused" | "warning", "code": "unknown_nip", "params": {}}]
    report = models.JSONField(_("report"), default=list, blank=True)
    report_truncated = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("attendance import")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.file_name} ({self.created_at:%Y-%m-%d %H:%M})" if self.created_at \
            else self.file_name

    def report_lines(self) -> list[dict]:
        """The report with each reason in the reader's language."""
        return [{**line, "reason": str(IMPORT_REASONS[line["code"]]) % line.get("params", {})}
                for line in self.report]


class AttendancePunch(TenantModel):
    """One clock-in or clock-out; a punch read twice (same employee, same moment) is stored once."""

    class Source(models.TextChoices):
        MACHINE = "machine", _("Attendance machine")
        PHONE = "phone", _("Phone check-in")
        CORRECTION = "correction", _("Correction")

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="punches", verbose_name=_("employee"))
    punched_at = models.DateTimeField(_("time"))
    source = models.CharField(_("source"), max_length=10, choices=Source.choices,
                              default=Source.MACHINE)
    device = models.CharField(_("device"), max_length=80, blank=True)
    batch = models.ForeignKey(AttendanceImport, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="punches", verbose_name=_("import"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attendance punch")
        ordering = ["employee", "punched_at"]
        constraints = [models.UniqueConstraint(fields=["instansi", "employee", "punched_at"],
                                               name="attendance_punch_one")]
        indexes = [models.Index(fields=["instansi", "punched_at"], name="attendance_punch_time_idx")]

    def __str__(self):
        return f"{self.employee_id} {self.punched_at:%Y-%m-%d %H:%M:%S}"


class LeaveRecord(TenantModel):
    """Cuti or dinas luar of whole days, first and last day included."""

    class Kind(models.TextChoices):
        TAHUNAN = LeaveKind.TAHUNAN.value, LEAVE_KIND_LABELS[LeaveKind.TAHUNAN]
        BESAR = LeaveKind.BESAR.value, LEAVE_KIND_LABELS[LeaveKind.BESAR]
        SAKIT = LeaveKind.SAKIT.value, LEAVE_KIND_LABELS[LeaveKind.SAKIT]
        MELAHIRKAN = LeaveKind.MELAHIRKAN.value, LEAVE_KIND_LABELS[LeaveKind.MELAHIRKAN]
        ALASAN_PENTING = LeaveKind.ALASAN_PENTING.value, LEAVE_KIND_LABELS[LeaveKind.ALASAN_PENTING]
        CLTN = LeaveKind.CLTN.value, LEAVE_KIND_LABELS[LeaveKind.CLTN]
        DINAS_LUAR = "dinas_luar", _("Official duty (dinas luar)")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="leave_records", verbose_name=_("employee"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.PENDING)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    related_name="+", null=True, blank=True,
                                    verbose_name=_("approved by"))
    approved_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   related_name="+", null=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("leave record")
        ordering = ["employee", "first_day"]
        constraints = [models.CheckConstraint(condition=models.Q(last_day__gte=models.F("first_day")),
                                              name="leave_period_ordered")]
        indexes = [models.Index(fields=["instansi", "employee", "first_day"],
                                name="leave_employee_day_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.first_day:%Y-%m-%d}..{self.last_day:%Y-%m-%d}"

    @property
    def is_official_duty(self) -> bool:
        return self.kind == self.Kind.DINAS_LUAR


class AttendanceDay(TenantModel):
    """The status of one employee's day, derived from punches, approved leave and the calendar."""

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="attendance_days", verbose_name=_("employee"))
    date = models.DateField(_("date"))
    kind = models.CharField(_("status"), max_length=24,
                            choices=[(kind.value, DAY_KIND_LABELS[kind]) for kind in DayKind])
    leave_kind = models.CharField(_("kind of leave"), max_length=16, blank=True,
                                  choices=[(kind.value, LEAVE_KIND_LABELS[kind]) for kind in LeaveKind])
    minutes_late = models.PositiveIntegerField(_("minutes late"), default=0)
    minutes_early = models.PositiveIntegerField(_("minutes left early"), default=0)
    missing_in = models.BooleanField(_("no clock-in"), default=False)
    missing_out = models.BooleanField(_("no clock-out"), default=False)
    first_punch = models.DateTimeField(_("clock-in"), null=True, blank=True)
    last_punch = models.DateTimeField(_("clock-out"), null=True, blank=True)
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        verbose_name = _("attendance day")
        ordering = ["employee", "date"]
        constraints = [models.UniqueConstraint(fields=["instansi", "employee", "date"],
                                               name="attendance_day_one")]
        indexes = [models.Index(fields=["instansi", "date"], name="attendance_day_date_idx")]

    def __str__(self):
        return f"{self.employee_id} {self.date:%Y-%m-%d} {self.kind}"
