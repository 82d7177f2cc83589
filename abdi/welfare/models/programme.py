"""Welfare programmes (kesejahteraan): yearly health check-up, free treatment, other benefits.

Health data (MedicalResult) is read only by the employee and the programme's medical staff;
see policy.py. Every row is tenant-owned and its unique constraints include `instansi`.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from .. import rules

REFUSAL_TEXT = {
    rules.Refusal.NOT_SERVING: _("you are not serving at the moment"),
    rules.Refusal.TOO_YOUNG: _("you are younger than the minimum age"),
    rules.Refusal.TOO_OLD: _("you are older than the maximum age"),
    rules.Refusal.KIND: _("the programme is not for your employee kind"),
    rules.Refusal.NO_SERVICE_DATE: _("your TMT CPNS / appointment date is not recorded"),
    rules.Refusal.SERVICE_TOO_SHORT: _("your years of service are fewer than required"),
    rules.Refusal.GRADE_TOO_LOW: _("your golongan is below the programme's range"),
    rules.Refusal.GRADE_TOO_HIGH: _("your golongan is above the programme's range"),
    rules.Refusal.NO_GRADE: _("your golongan is not recorded"),
    rules.Refusal.AGENCY: _("the programme is not for your perangkat daerah"),
}


def refusal_text(code) -> str:
    return str(REFUSAL_TEXT.get(code, code))


class Programme(TenantModel):
    class Kind(models.TextChoices):
        HEALTH_CHECK = "health_check", _("Health check-up")
        FREE_TREATMENT = "free_treatment", _("Free treatment")
        BENEFIT = "benefit", _("Other benefit")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    HEALTH_KINDS = (Kind.HEALTH_CHECK, Kind.FREE_TREATMENT)

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=160)
    year = models.PositiveSmallIntegerField(_("year"))
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices,
                              default=Status.DRAFT)
    # Eligibility rules, as data (rules.Conditions); empty means "no condition".
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    employee_kinds = models.JSONField(_("employee kinds"), default=list, blank=True)
    min_service_years = models.PositiveSmallIntegerField(_("minimum years of service"), null=True,
                                                         blank=True)
    min_grade = models.CharField(_("lowest golongan (PNS)"), max_length=5, blank=True)
    max_grade = models.CharField(_("highest golongan (PNS)"), max_length=5, blank=True)
    min_grade_ordinal = models.PositiveSmallIntegerField(default=0, editable=False)
    max_grade_ordinal = models.PositiveSmallIntegerField(default=0, editable=False)
    # Ids of the perangkat daerah it is for; empty: the whole government.
    agency_ids = models.JSONField(_("perangkat daerah"), default=list, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="+")
    # Optimistic lock: an edit names the version it read.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("welfare programme")
        verbose_name_plural = _("welfare programmes")
        ordering = ["-year", "name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "year", "name"],
                                    name="welfare_programme_unique_name"),
        ]

    def __str__(self):
        return f"{self.name} {self.year}"

    @property
    def is_health(self) -> bool:
        return self.kind in self.HEALTH_KINDS

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    def conditions(self) -> rules.Conditions:
        return rules.Conditions(
            min_age=self.min_age, max_age=self.max_age, kinds=frozenset(self.employee_kinds or ()),
            min_service_years=self.min_service_years,
            min_grade=self.min_grade_ordinal or None, max_grade=self.max_grade_ordinal or None,
            agency_ids=frozenset(int(a) for a in self.agency_ids or ()),
        )


class ProgrammeStaff(TenantModel):
    """A member of the programme's medical staff (doctor, nurse, lab): reads and enters results
    of this programme only. Named per programme, not a role of the government."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    duty = models.CharField(_("duty"), max_length=80, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("medical staff")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "programme", "user"],
                                    name="welfare_staff_unique"),
        ]

    def __str__(self):
        return str(self.user)


class ProgrammeSession(TenantModel):
    """A schedule of the programme: a day, a place, a number of places."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=160)
    capacity = models.PositiveIntegerField(_("capacity"))
    note = models.CharField(_("note"), max_length=240, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("session")
        ordering = ["date", "start_time", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(capacity__gte=1),
                                   name="welfare_session_capacity_positive"),
        ]

    def __str__(self):
        return f"{self.date} {self.place}"


class Participation(TenantModel):
    """An employee in a programme: invited, registered for a session, attended or not."""

    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        REGISTERED = "registered", _("Registered")
        ATTENDED = "attended", _("Attended")
        NO_SHOW = "no_show", _("Did not attend")
        CANCELLED = "cancelled", _("Cancelled")

    # The one gate of status changes (services.participation.move) reads this table.
    TRANSITIONS = {
        Status.INVITED: {Status.REGISTERED, Status.CANCELLED},
        Status.REGISTERED: {Status.ATTENDED, Status.NO_SHOW, Status.CANCELLED},
        Status.CANCELLED: {Status.REGISTERED},
        Status.NO_SHOW: {Status.ATTENDED},
        Status.ATTENDED: {Status.NO_SHOW},
    }
    TAKES_A_PLACE = (Status.REGISTERED, Status.ATTENDED)

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE,
                                  related_name="participations")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    session = models.ForeignKey(ProgrammeSession, on_delete=models.PROTECT, null=True, blank=True,
                                related_name="participations")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices,
                              default=Status.INVITED)
    registered_at = models.DateTimeField(null=True, blank=True)
    attendance_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                      null=True, blank=True, related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("participation")
        ordering = ["employee__name", "id"]
        constraints = [
            # One place per employee per programme: enrolling twice is refused.
            models.UniqueConstraint(fields=["instansi", "programme", "employee"],
                                    name="welfare_participation_unique"),
        ]
        indexes = [
            models.Index(fields=["instansi", "employee"], name="welfare_part_employee_idx"),
            models.Index(fields=["instansi", "session", "status"], name="welfare_part_session_idx"),
        ]

    def __str__(self):
        return f"{self.programme} #{self.employee_id}"


class MedicalResult(TenantModel):
    """The medical result of a participation. Private: the employee and the programme's medical
    staff only (never HR, never the supervisor); never copied into the audit trail."""

    participation = models.OneToOneField(Participation, on_delete=models.CASCADE,
                                         related_name="result")
    summary = models.TextField(_("summary"))
    findings = models.TextField(_("findings"), blank=True)
    recommendation = models.TextField(_("recommendation / follow-up"), blank=True)
    follow_up_needed = models.BooleanField(_("follow-up needed"), default=False)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("medical result")

    def __str__(self):
        return f"#{self.pk}"  # never the content: this string lands in audit entries


class BenefitRecord(TenantModel):
    """A benefit given to an employee under an "other benefit" programme."""

    class Status(models.TextChoices):
        APPROVED = "approved", _("Approved")
        DELIVERED = "delivered", _("Delivered")
        CANCELLED = "cancelled", _("Cancelled")

    TRANSITIONS = {
        Status.APPROVED: {Status.DELIVERED, Status.CANCELLED},
        Status.DELIVERED: {Status.CANCELLED},
        Status.CANCELLED: set(),
    }

    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="benefits")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    date = models.DateField(_("date"))
    amount = models.PositiveBigIntegerField(_("amount (Rp)"), null=True, blank=True)
    description = models.CharField(_("description"), max_length=240)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.APPROVED)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("benefit record")
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["instansi", "employee"], name="welfare_benefit_emp_idx")]

    def __str__(self):
        return f"{self.programme} {self.date}"
