"""Organisation: perangkat daerah and their unit kerja as one tree, positions, acting officials."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.people.choices import JobKind, JobLevel
from abdi.tenancy.models import TenantModel


class Unit(TenantModel):
    """A node of the organisation tree. Roots are perangkat daerah (agencies)."""

    class Kind(models.TextChoices):
        SETDA = "setda", _("Sekretariat Daerah")
        SETWAN = "setwan", _("Sekretariat DPRD")
        DINAS = "dinas", _("Dinas")
        BADAN = "badan", _("Badan")
        INSPEKTORAT = "inspektorat", _("Inspektorat")
        KECAMATAN = "kecamatan", _("Kecamatan")
        KELURAHAN = "kelurahan", _("Kelurahan")
        RSUD = "rsud", _("Rumah Sakit Daerah")
        SATPOL = "satpol", _("Satuan Polisi Pamong Praja")
        SEKRETARIAT = "sekretariat", _("Sekretariat")
        BAGIAN = "bagian", _("Bagian")
        BIDANG = "bidang", _("Bidang")
        SUBBAGIAN = "subbagian", _("Subbagian")
        SEKSI = "seksi", _("Seksi")
        UPT = "upt", _("UPT / UPTD")
        SEKOLAH = "sekolah", _("Sekolah")
        PUSKESMAS = "puskesmas", _("Puskesmas")
        OTHER = "other", _("Other unit")

    AGENCY_KINDS = {
        Kind.SETDA, Kind.SETWAN, Kind.DINAS, Kind.BADAN, Kind.INSPEKTORAT,
        Kind.KECAMATAN, Kind.RSUD, Kind.SATPOL,
    }

    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children",
        verbose_name=_("parent unit"),
    )
    # The perangkat daerah this unit belongs to (itself for a root): scopes agency admins.
    agency = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("perangkat daerah"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=160)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    code = models.CharField(_("code"), max_length=40)
    # Materialised path of ids ("/3/17/42/") so a subtree is one indexed prefix query.
    path = models.CharField(max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    address = models.CharField(_("address"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "code"], name="unit_code_unique"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_agency(self) -> bool:
        return self.parent_id is None


class Position(TenantModel):
    """A jabatan inside a unit. Several employees may hold a non-head position."""

    class PelaksanaGroup(models.TextChoices):
        # PermenPANRB 45/2022: pelaksana regrouped into klerek, operator, teknisi.
        KLEREK = "klerek", _("Klerek")
        OPERATOR = "operator", _("Operator")
        TEKNISI = "teknisi", _("Teknisi")

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="positions",
                             verbose_name=_("unit"))
    name = models.CharField(_("position name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=14, choices=JobKind.choices)
    level = models.CharField(
        _("level"), max_length=14, blank=True,
        choices=JobLevel.choices,
    )
    kelas_jabatan = models.PositiveSmallIntegerField(
        _("kelas jabatan"), validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    is_head = models.BooleanField(_("head of the unit"), default=False)
    pelaksana_group = models.CharField(
        _("pelaksana group"), max_length=10, blank=True, choices=PelaksanaGroup.choices
    )
    eselon = models.CharField(_("eselon (historical)"), max_length=6, blank=True)
    # A JF whose retirement age is set by its own law (guru 60, dosen 65): PP 11/2017 Pasal 240.
    retirement_age_override = models.PositiveSmallIntegerField(
        _("retirement age set by law"), null=True, blank=True,
        validators=[MinValueValidator(50), MaxValueValidator(75)],
    )
    is_active = models.BooleanField(_("active"), default=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["unit__path", "-is_head", "-kelas_jabatan", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit"], condition=models.Q(is_head=True), name="one_head_per_unit"
            ),
            models.UniqueConstraint(fields=["unit", "name"], name="position_name_unique_in_unit"),
        ]

    def __str__(self):
        return self.name


class ActingAssignment(TenantModel):
    """Plt/Plh: someone acts in a head position for a date range, overriding the holder."""

    class Kind(models.TextChoices):
        PLT = "plt", _("Plt (pelaksana tugas)")
        PLH = "plh", _("Plh (pelaksana harian)")

    kind = models.CharField(_("kind"), max_length=3, choices=Kind.choices)
    position = models.ForeignKey(Position, on_delete=models.PROTECT, related_name="acting",
                                 verbose_name=_("position"))
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="acting_assignments", verbose_name=_("employee"))
    start = models.DateField(_("from"))
    end = models.DateField(_("until"))
    sk_number = models.CharField(_("decree number"), max_length=80, blank=True)

    class Meta:
        verbose_name = _("acting assignment")
        verbose_name_plural = _("acting assignments")
        ordering = ["-start"]
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gte=models.F("start")),
                                   name="acting_end_after_start"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.position}"
