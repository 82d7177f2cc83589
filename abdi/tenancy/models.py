"""The tenant (instansi: a city, regency or province government) and the base of tenant rows.

Every tenant-owned model extends TenantModel: its default manager refuses to query unless a
scope is active (django-scopes), and then filters by the active government.
"""

from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from .cache import forget_instansi
from .rules import TIME_ZONES, AppraisalPeriodPolicy


class Instansi(models.Model):
    class Kind(models.TextChoices):
        KOTA = "kota", _("Pemerintah Kota")
        KABUPATEN = "kabupaten", _("Pemerintah Kabupaten")
        PROVINSI = "provinsi", _("Pemerintah Provinsi")

    class TimeZone(models.TextChoices):
        WIB = "Asia/Jakarta", "WIB (UTC+7)"
        WITA = "Asia/Makassar", "WITA (UTC+8)"
        WIT = "Asia/Jayapura", "WIT (UTC+9)"

    slug = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    seat = models.CharField(_("seat of government"), max_length=80, blank=True)
    province = models.CharField(_("province"), max_length=80, blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=20, choices=TimeZone.choices, default=TimeZone.WIB
    )
    appraisal_period = models.CharField(
        _("appraisal period"),
        max_length=12,
        choices=[(p.value, p.value) for p in AppraisalPeriodPolicy],
        default=AppraisalPeriodPolicy.MONTHLY,
    )
    # Monday=0 … Sunday=6; most governments work Monday to Friday.
    work_weekdays = models.CharField(_("working weekdays"), max_length=13, default="0,1,2,3,4")
    is_active = models.BooleanField(_("active"), default=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("government")
        verbose_name_plural = _("governments")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        forget_instansi(self.pk)  # settings and the active flag apply on the next request

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def zone_label(self) -> str:
        return TIME_ZONES.get(self.time_zone, self.time_zone)

    @property
    def weekdays(self) -> frozenset[int]:
        return frozenset(int(d) for d in self.work_weekdays.split(",") if d.strip())


def tenant_key(*, db_index: bool = True) -> models.ForeignKey:
    """The government a row belongs to. A busy append-only table whose own indexes all lead with
    the government passes db_index=False: a single-column index would only repeat them."""
    return models.ForeignKey(Instansi, on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("government"), db_index=db_index)


class TenantModel(models.Model):
    instansi = tenant_key()

    objects = ScopedManager(instansi="instansi")

    class Meta:
        abstract = True


class Holiday(TenantModel):
    """A day off in the government's working calendar (national, cuti bersama or local)."""

    date = models.DateField(_("date"))
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("holiday")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "date"], name="holiday_unique_per_day")
        ]

    def __str__(self):
        return f"{self.date} {self.name}"
