"""One ABK per unit and year (a new revision for every change after approval), its lines (one
per jabatan of the unit) with the computed needs, and the tasks of each line."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from ..choices import AbkStatus, BezettingBasis, Period
from ..rules.abk import (
    MAX_EQUIPMENT,
    MAX_NORMA_MINUTES,
    MAX_RPK,
    MAX_SHIFTS,
    WKE_MAX,
    WKE_MIN,
    WKE_MINUTES_PER_YEAR,
)


class WorkforceSetting(TenantModel):
    """Per-government configuration; the national default applies when there is no row."""

    wke_minutes = models.PositiveIntegerField(
        _("effective working time (minutes a year)"), default=WKE_MINUTES_PER_YEAR,
        validators=[MinValueValidator(WKE_MIN), MaxValueValidator(WKE_MAX)])
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("workforce setting")
        constraints = [models.UniqueConstraint(fields=["instansi"], name="workforce_setting_one")]


class Abk(TenantModel):
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("unit"))
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("perangkat daerah"))
    year = models.PositiveSmallIntegerField(_("year"))
    revision = models.PositiveSmallIntegerField(_("revision"), default=1)
    status = models.CharField(_("status"), max_length=10, choices=AbkStatus.choices,
                              default=AbkStatus.DRAFT)
    wke_minutes = models.PositiveIntegerField(_("effective working time (minutes a year)"))
    review_note = models.TextField(_("note of the reviewer"), blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+")
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_by_name = models.CharField(max_length=200, blank=True)
    reviewed_by_nip = models.CharField(max_length=18, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    # Totals of the lines, stored on every recompute so that lists need one query.
    total_fte = models.DecimalField(max_digits=12, decimal_places=4, default=0)
    total_needed = models.PositiveIntegerField(default=0)
    total_bezetting = models.PositiveIntegerField(default=0)
    shortage = models.PositiveIntegerField(default=0)
    excess = models.PositiveIntegerField(default=0)
    departures_5y = models.PositiveIntegerField(default=0)
    proposed = models.PositiveIntegerField(default=0)
    computed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("workload analysis (ABK)")
        ordering = ["-year", "unit__path", "-revision"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "unit", "year", "revision"],
                                    name="abk_revision_unique"),
        ]
        indexes = [models.Index(fields=["instansi", "year", "status"], name="abk_year_status_idx")]

    def __str__(self):
        return f"ABK {self.unit} {self.year} r{self.revision}"

    @property
    def is_editable(self) -> bool:
        return self.status in (AbkStatus.DRAFT, AbkStatus.RETURNED)


class AbkLine(TenantModel):
    """One jabatan of the unit in one ABK, with what the rules computed from its tasks."""

    abk = models.ForeignKey(Abk, on_delete=models.CASCADE, related_name="lines")
    position = models.ForeignKey("org.Position", on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("position"))
    position_name = models.CharField(_("position"), max_length=200)
    kelas_jabatan = models.PositiveSmallIntegerField(_("kelas jabatan"), null=True)
    total_minutes = models.BigIntegerField(default=0)
    fte = models.DecimalField(max_digits=12, decimal_places=4, default=0)
    needed = models.PositiveIntegerField(default=0)
    low_load = models.BooleanField(default=False)
    equipment_fte = models.DecimalField(max_digits=12, decimal_places=4, default=0)
    bezetting = models.PositiveIntegerField(default=0)
    # Per BKN 9/2022 the bezetting is of 31 December before the ABK's year: read from the
    # riwayat jabatan, or from today's holders when the history cannot tell.
    bezetting_basis = models.CharField(max_length=8, choices=BezettingBasis.choices,
                                       default=BezettingBasis.CURRENT)
    ej = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    pj = models.CharField(max_length=1, blank=True)
    departures = models.JSONField(default=list)  # per year of the 5-year horizon
    additions = models.JSONField(default=list)
    departures_5y = models.PositiveIntegerField(default=0)
    proposed = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["-kelas_jabatan", "position_name", "id"]
        constraints = [models.UniqueConstraint(fields=["abk", "position"], name="abk_line_unique")]

    def __str__(self):
        return self.position_name

    @property
    def selisih(self) -> int:
        return self.bezetting - self.needed

    @property
    def shortage(self) -> int:
        return max(0, self.needed - self.bezetting)

    @property
    def excess(self) -> int:
        return max(0, self.bezetting - self.needed)


class AbkTask(TenantModel):
    line = models.ForeignKey(AbkLine, on_delete=models.CASCADE, related_name="tasks")
    name = models.CharField(_("task"), max_length=300)
    output_unit = models.CharField(_("output unit"), max_length=60)
    volume = models.PositiveIntegerField(_("volume"))
    period = models.CharField(_("per"), max_length=6, choices=Period.choices, default=Period.TAHUN)
    annual_volume = models.PositiveIntegerField(_("volume a year"))
    norma_minutes = models.PositiveIntegerField(
        _("norma waktu (minutes)"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_NORMA_MINUTES)])
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.name

    @property
    def minutes(self) -> int:
        return self.annual_volume * self.norma_minutes


class AbkEquipment(TenantModel):
    """Equipment of a jabatan for the peralatan kerja method (PermenPANRB 1/2020):
    FTE = jumlah alat x RPK (staff per machine per shift) x shifts."""

    line = models.ForeignKey(AbkLine, on_delete=models.CASCADE, related_name="equipment")
    name = models.CharField(_("equipment"), max_length=200)
    machines = models.PositiveIntegerField(
        _("number of machines"), validators=[MinValueValidator(1), MaxValueValidator(MAX_EQUIPMENT)])
    rpk = models.DecimalField(_("staff per machine per shift (RPK)"), max_digits=6,
                              decimal_places=4, validators=[MaxValueValidator(MAX_RPK)])
    shifts = models.PositiveSmallIntegerField(
        _("shifts"), validators=[MinValueValidator(1), MaxValueValidator(MAX_SHIFTS)])
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("equipment of a jabatan")
        ordering = ["id"]

    def __str__(self):
        return self.name

    @property
    def fte(self):
        return self.machines * self.rpk * self.shifts
