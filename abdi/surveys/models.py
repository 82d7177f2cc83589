"""SKM: a government's survey settings, the citizens' questionnaires, and per unit and period the
population N and the rencana tindak lanjut.

Answers are stored one row per questionnaire with one small integer column per unsur (named by
the unsur's stable key), so that the IKM of every unit of a government is one SUM/COUNT … GROUP BY.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from .choices import Education, Occupation, PeriodKind, SampleMethod, Sex
from .rules.unsur import DEFAULT_ORDER, KEYS

MIN_AGE_DEFAULT = 17  # typical Pemda practice (§1.6, UNCONFIRMED): configurable per government


class SurveySettings(TenantModel):
    """One row per government; absent means the national default (yearly, formula, 1/9)."""

    # PermenPANRB 14/2017 Pasal 1(1): at least once a year.
    period_kind = models.CharField(_("survey period"), max_length=10, choices=PeriodKind.choices,
                                   default=PeriodKind.YEAR)
    unsur_order = models.CharField(_("order of the unsur"), max_length=200,
                                   default=",".join(DEFAULT_ORDER))
    min_age = models.PositiveSmallIntegerField(_("minimum age of respondents"),
                                               default=MIN_AGE_DEFAULT)
    sample_method = models.CharField(_("sample size"), max_length=10, choices=SampleMethod.choices,
                                     default=SampleMethod.FORMULA)
    # R-SKM-1: only for reproducing an old "0,111" worksheet; every page then says so.
    legacy_weight = models.BooleanField(_("legacy weight 0.111 (not the regulation's 1/9)"),
                                        default=False)
    public_results = models.BooleanField(_("publish results on the public page"), default=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("survey settings")
        constraints = [models.UniqueConstraint(fields=["instansi"], name="surveys_settings_one")]


def _answer(key):
    return models.PositiveSmallIntegerField(key, null=True, blank=True)


class Response(TenantModel):
    """One questionnaire. A null answer means the unsur was not answered (R-SKM-3)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    counter = models.ForeignKey("frontdesk.Counter", on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="+")
    service = models.ForeignKey("frontdesk.Service", on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="+")
    submitted_on = models.DateField()  # the government's local day
    created_at = models.DateTimeField(auto_now_add=True)
    device = models.CharField(max_length=64)  # sha256 of the device cookie, never the cookie
    persyaratan = _answer("persyaratan")
    prosedur = _answer("prosedur")
    waktu = _answer("waktu")
    biaya = _answer("biaya")
    produk = _answer("produk")
    kompetensi = _answer("kompetensi")
    perilaku = _answer("perilaku")
    pengaduan = _answer("pengaduan")
    sarana = _answer("sarana")
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    sex = models.CharField(max_length=1, choices=Sex.choices, blank=True)
    education = models.CharField(max_length=4, choices=Education.choices, blank=True)
    occupation = models.CharField(max_length=10, choices=Occupation.choices, blank=True)
    suggestion = models.TextField(blank=True)

    class Meta:
        verbose_name = _("survey response")
        constraints = [
            *(models.CheckConstraint(condition=Q(**{f"{k}__isnull": True}) | Q(**{f"{k}__range": (1, 4)}),
                                     name=f"skm_{k}_1_4") for k in KEYS),
            # One questionnaire per device per counter per day.
            models.UniqueConstraint(fields=["instansi", "counter", "device", "submitted_on"],
                                    condition=Q(counter__isnull=False), name="skm_once_per_counter"),
            models.UniqueConstraint(fields=["instansi", "unit", "device", "submitted_on"],
                                    condition=Q(counter__isnull=True), name="skm_once_per_unit"),
        ]
        indexes = [
            # Covers the IKM aggregate: range on the day, group by unit, the nine answers read
            # from the index (an index-only scan on PostgreSQL once the table is vacuumed).
            models.Index(fields=["instansi", "submitted_on", "unit", *KEYS], name="skm_ikm_cover"),
        ]


class UnitPeriod(TenantModel):
    """What a unit's admin records for one survey period: N and the rencana tindak lanjut."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=PeriodKind.choices)
    year = models.PositiveSmallIntegerField()
    number = models.PositiveSmallIntegerField()
    population = models.PositiveIntegerField(_("population N (service users in the period)"),
                                             null=True, blank=True)
    follow_up = models.TextField(_("follow-up plan (rencana tindak lanjut)"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("unit survey period")
        constraints = [models.UniqueConstraint(fields=["instansi", "unit", "kind", "year", "number"],
                                               name="skm_unit_period_once")]
