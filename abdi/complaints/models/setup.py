"""Per-government settings of complaint handling, the officers designated for it, and the
yearly tracking-number counter."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from ..rules import clock
from ..rules.kinds import COMPLETION_DAYS, CaseClass


class ComplaintSettings(TenantModel):
    """One row per government; absent means the national defaults (public-service.md §2.5)."""

    verification_days = models.PositiveSmallIntegerField(_("verification (working days)"),
                                                         default=clock.VERIFICATION_DAYS)
    first_reply_days = models.PositiveSmallIntegerField(_("first reply (working days)"),
                                                        default=clock.FIRST_REPLY_DAYS)
    reporter_window_days = models.PositiveSmallIntegerField(_("reporter's response window (working days)"),
                                                            default=clock.REPORTER_WINDOW_DAYS)
    completion_pengaduan_days = models.PositiveSmallIntegerField(
        _("completion: complaint without supervisory content"), default=COMPLETION_DAYS[CaseClass.PENGADUAN])
    completion_pengawasan_days = models.PositiveSmallIntegerField(
        _("completion: complaint with supervisory content"), default=COMPLETION_DAYS[CaseClass.PENGAWASAN])
    completion_informasi_days = models.PositiveSmallIntegerField(
        _("completion: information request"), default=COMPLETION_DAYS[CaseClass.INFORMASI])
    completion_aspirasi_days = models.PositiveSmallIntegerField(
        _("completion: aspiration"), default=COMPLETION_DAYS[CaseClass.ASPIRASI])
    amber_percent = models.PositiveSmallIntegerField(_("amber flag at (percent of the limit)"),
                                                     default=clock.AMBER_PERCENT)
    red_percent = models.PositiveSmallIntegerField(_("red flag at (percent of the limit)"),
                                                   default=clock.RED_PERCENT)
    portal_enabled = models.BooleanField(_("public portal open"), default=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("complaint settings")
        verbose_name_plural = _("complaint settings")
        constraints = [models.UniqueConstraint(fields=["instansi"], name="complaint_settings_one")]

    def completion_days(self, case_class: str) -> int:
        return getattr(self, f"completion_{CaseClass(case_class).value}_days")


class ComplaintOfficer(TenantModel):
    """An employee designated by BKPSDM to handle complaints (UU 25/2009 Pasal 37)."""

    class Duty(models.TextChoices):
        COORDINATOR = "coordinator", _("Complaint coordinator")
        LIAISON = "liaison", _("Agency liaison (pejabat penghubung)")
        INSPEKTORAT = "inspektorat", _("Inspektorat officer")

    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("employee"))
    duty = models.CharField(_("duty"), max_length=12, choices=Duty.choices)
    # The agency a liaison answers for; empty for coordinators and Inspektorat officers.
    agency = models.ForeignKey("org.Unit", on_delete=models.CASCADE, null=True, blank=True,
                               related_name="+", verbose_name=_("perangkat daerah"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("complaint officer")
        verbose_name_plural = _("complaint officers")
        constraints = [
            models.UniqueConstraint(fields=["instansi", "employee", "duty", "agency"],
                                    name="complaint_officer_unique"),
            models.UniqueConstraint(fields=["instansi", "employee", "duty"],
                                    condition=models.Q(agency__isnull=True),
                                    name="complaint_officer_unique_no_agency"),
        ]


class TrackingCounter(TenantModel):
    """The last tracking number issued in a year; locked row per government and year."""

    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "year"],
                                               name="complaint_counter_year")]
