"""Kinds of award (national forms of §7.2 plus the government's own), the government's reward
settings, nominations and their decisions, the award history and the public-page consent."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from abdi.allowance.rules.rewards import AwardForm, CltnRule, SlksClass
from abdi.tenancy.models import TenantModel

from ..rules import NominationStatus

PREDIKAT_CHOICES = [("SB", _("Sangat Baik")), ("B", _("Baik")), ("BP", _("Butuh Perbaikan")),
                    ("K", _("Kurang")), ("SK", _("Sangat Kurang"))]
FORM_CHOICES = [
    (AwardForm.TANDA_KEHORMATAN.value, _("Tanda kehormatan")),
    (AwardForm.KENAIKAN_PANGKAT_ISTIMEWA.value, _("Kenaikan pangkat istimewa")),
    (AwardForm.PRIORITAS_PENGEMBANGAN_KOMPETENSI.value, _("Priority competence development")),
    (AwardForm.ACARA_RESMI.value, _("Attending official or state events")),
    ("local", _("The government's own award")),
]
SLKS_CHOICES = [(c.value, f"SLKS {c.value}") for c in SlksClass]
CLTN_CHOICES = [(CltnRule.DISQUALIFIES.value, _("Any CLTN disqualifies")),
                (CltnRule.NOT_COUNTED.value, _("CLTN days are not counted as service"))]


class AwardKind(TenantModel):
    """A kind of penghargaan a government gives: the national ones are copied in as defaults
    (services.settings.ensure_defaults), local ones (ASN Teladan, Pegawai Terbaik) are added."""

    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=120)
    form = models.CharField(_("form"), max_length=40, choices=FORM_CHOICES)
    slks_class = models.CharField(_("SLKS class"), max_length=3, choices=SLKS_CHOICES, blank=True)
    predikat_minimum = models.CharField(_("predikat required"), max_length=2, blank=True,
                                        choices=PREDIKAT_CHOICES)
    predikat_years = models.PositiveSmallIntegerField(_("years of predikat"), default=1)
    best_performer = models.BooleanField(_("shown on the public recognition page"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    sort_order = models.PositiveSmallIntegerField(default=100)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("kind of award")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["instansi", "code"], name="award_kind_code_unique")]

    def __str__(self):
        return self.name


class RewardSettings(TenantModel):
    """One row per government; absent means the national defaults (services.settings.DEFAULTS)."""

    public_page_enabled = models.BooleanField(_("public recognition page enabled"), default=False)
    cltn_rule = models.CharField(_("CLTN in the SLKS service"), max_length=16, choices=CLTN_CHOICES,
                                 default=CltnRule.DISQUALIFIES.value)
    require_previous_class = models.BooleanField(
        _("SLKS XX and XXX need the class below"), default=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reward settings")
        constraints = [models.UniqueConstraint(fields=["instansi"], name="reward_settings_once")]


class Nomination(TenantModel):
    """An usulan penghargaan: proposed by a supervisor or BKPSDM, decided by BKPSDM or a leader."""

    class Status(models.TextChoices):
        PROPOSED = NominationStatus.PROPOSED.value, _("Proposed")
        APPROVED = NominationStatus.APPROVED.value, _("Approved")
        REJECTED = NominationStatus.REJECTED.value, _("Rejected")

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("employee"))
    kind = models.ForeignKey(AwardKind, on_delete=models.PROTECT, related_name="nominations",
                             verbose_name=_("kind of award"))
    year = models.PositiveSmallIntegerField(_("year"))
    reason = models.TextField(_("reason and achievements"))
    evidence = models.TextField(_("evidence"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.PROPOSED)
    nominated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                     related_name="+")
    nominated_by_label = models.CharField(max_length=150)
    decision_reason = models.TextField(_("reason of the decision"), blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="+")
    decided_by_label = models.CharField(max_length=150, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("nomination")
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(
            fields=["instansi", "employee", "kind", "year"],
            condition=Q(status__in=["proposed", "approved"]), name="nomination_open_once")]
        indexes = [models.Index(fields=["instansi", "status"], name="nomination_status_idx")]


class Award(TenantModel):
    """The award history: from an approved nomination, or entered from a past SK."""

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("employee"))
    kind = models.ForeignKey(AwardKind, on_delete=models.PROTECT, related_name="awards",
                             verbose_name=_("kind of award"))
    slks_class = models.CharField(_("SLKS class"), max_length=3, choices=SLKS_CHOICES, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    sk_number = models.CharField(_("decree number"), max_length=80, blank=True)
    sk_date = models.DateField(_("decree date"), null=True, blank=True)
    nomination = models.OneToOneField(Nomination, on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="award")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("award")
        ordering = ["-year", "-id"]
        constraints = [models.UniqueConstraint(
            fields=["instansi", "employee", "slks_class"], condition=~Q(slks_class=""),
            name="award_slks_class_once")]
        indexes = [models.Index(fields=["instansi", "employee"], name="award_employee_idx"),
                   models.Index(fields=["instansi", "year"], name="award_year_idx")]


class RecognitionConsent(TenantModel):
    """The employee's own choice to appear on the public recognition page (default: not shown)."""

    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, related_name="+")
    public = models.BooleanField(_("show me on the public recognition page"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("public recognition consent")
        constraints = [models.UniqueConstraint(fields=["instansi", "employee"],
                                               name="recognition_consent_once")]
