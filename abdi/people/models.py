"""Employees (ASN: PNS and PPPK) and their history (riwayat pangkat, jabatan and unit)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel, tenant_key

from .choices import EducationLevel, EmployeeKind, EmployeeStatus, Gender, JobKind, JobLevel


class Employee(TenantModel):
    nip = models.CharField(_("NIP / NI PPPK"), max_length=18)
    nip_lama = models.CharField(_("old NIP"), max_length=9, blank=True)
    nik = models.CharField(_("NIK"), max_length=16, blank=True)
    siasn_id = models.CharField(_("SIASN id"), max_length=64, blank=True)
    name = models.CharField(_("name"), max_length=120)
    front_title = models.CharField(_("front title"), max_length=40, blank=True)
    back_title = models.CharField(_("back title"), max_length=60, blank=True)
    birth_place = models.CharField(_("place of birth"), max_length=80, blank=True)
    birth_date = models.DateField(_("date of birth"))
    gender = models.CharField(_("sex"), max_length=1, choices=Gender.choices)
    kind = models.CharField(_("employee kind"), max_length=16, choices=EmployeeKind.choices)
    # PNS: "III/a" … ; PPPK: "I" … "XVII". Never converted into each other.
    grade = models.CharField(_("golongan"), max_length=5, blank=True)
    grade_ordinal = models.PositiveSmallIntegerField(default=0, editable=False)
    tmt_grade = models.DateField(_("TMT golongan"), null=True, blank=True)
    tmt_cpns = models.DateField(_("TMT CPNS / appointment"), null=True, blank=True)
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="employees",
                             verbose_name=_("unit"))
    # Denormalised from unit.agency so directory filters and agency admins need no join.
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("perangkat daerah"))
    position = models.ForeignKey("org.Position", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="holders", verbose_name=_("position"))
    job_kind = models.CharField(_("kind of position"), max_length=14, choices=JobKind.choices,
                                blank=True)
    tmt_position = models.DateField(_("TMT jabatan"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=24, choices=EmployeeStatus.choices,
                              default=EmployeeStatus.AKTIF)
    education_level = models.CharField(_("education"), max_length=3,
                                       choices=EducationLevel.choices, blank=True)
    education_major = models.CharField(_("field of study"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    address = models.CharField(_("address"), max_length=240, blank=True)
    photo = models.ImageField(_("photo"), upload_to="photos/", blank=True)
    retirement_date = models.DateField(_("retirement (TMT pensiun)"), null=True, blank=True)
    contract_ends_on = models.DateField(
        _("PPPK contract ends on"), null=True, blank=True,
        help_text=_("Perjanjian kerja PPPK: the day the contract ends"))
    # Optimistic lock: an update must name the version it read.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("employee")
        verbose_name_plural = _("employees")
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "nip"], name="employee_nip_unique"),
        ]
        indexes = [
            models.Index(fields=["instansi", "name"], name="employee_name_idx"),
            models.Index(fields=["instansi", "agency", "name"], name="employee_agency_name_idx"),
            models.Index(fields=["instansi", "unit"], name="employee_unit_idx"),
        ]

    def __str__(self):
        return f"{self.full_name} ({self.nip})"

    @property
    def full_name(self) -> str:
        front = f"{self.front_title} " if self.front_title else ""
        back = f", {self.back_title}" if self.back_title else ""
        return f"{front}{self.name}{back}"


class RankHistory(TenantModel):
    """Riwayat pangkat/golongan."""

    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="rank_history")
    grade = models.CharField(_("golongan"), max_length=5)
    tmt = models.DateField(_("TMT"))
    sk_number = models.CharField(_("decree number"), max_length=80, blank=True)
    sk_date = models.DateField(_("decree date"), null=True, blank=True)

    class Meta:
        verbose_name = _("rank history")
        ordering = ["-tmt"]

    def __str__(self):
        return f"{self.grade} {self.tmt}"


class PositionHistory(TenantModel):
    """Riwayat jabatan and unit: names are copied so history survives reorganisation."""

    employee = models.ForeignKey(Employee, on_delete=models.CASCADE,
                                 related_name="position_history")
    position = models.ForeignKey("org.Position", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+")
    position_name = models.CharField(_("position"), max_length=200)
    unit = models.ForeignKey("org.Unit", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+")
    unit_name = models.CharField(_("unit"), max_length=160)
    job_kind = models.CharField(_("kind"), max_length=14, choices=JobKind.choices, blank=True)
    level = models.CharField(_("level"), max_length=14, choices=JobLevel.choices, blank=True)
    kelas_jabatan = models.PositiveSmallIntegerField(_("kelas jabatan"), null=True, blank=True)
    tmt = models.DateField(_("TMT"))
    sk_number = models.CharField(_("decree number"), max_length=80, blank=True)
    sk_date = models.DateField(_("decree date"), null=True, blank=True)
    # e.g. penyetaraan jabatan (PermenPANRB 25/2021), promotion, transfer.
    reason = models.CharField(_("reason"), max_length=160, blank=True)

    class Meta:
        verbose_name = _("position history")
        ordering = ["-tmt"]

    def __str__(self):
        return f"{self.position_name} {self.tmt}"


class SearchName(TenantModel):
    """The directory's narrow copy of each employee's name, for the name search.

    A name search visits every match to sort and count them; on this table that is a fifth of
    the pages the employee rows fill (measured: 2.8 ms instead of 5.5 ms for "siti" among
    100,000). Database triggers (migration 0004) keep it in step with every way an employee is
    written (save, bulk_create, update(), COPY, raw delete), so no code writes it.
    """

    instansi = tenant_key(db_index=False)  # the trigram index serves the search; rows filter
    employee = models.OneToOneField(Employee, on_delete=models.DO_NOTHING, primary_key=True,
                                    db_constraint=False, related_name="+")
    agency = models.ForeignKey("org.Unit", on_delete=models.DO_NOTHING, db_constraint=False,
                               db_index=False, related_name="+")
    name_upper = models.CharField(max_length=120)

    class Meta:
        verbose_name = _("name in the directory's search")
        default_permissions = ()
