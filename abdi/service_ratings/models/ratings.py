"""A service contact (proof that a citizen was served by an employee) and the one rating it allows.

The rating keeps nothing about the citizen: a counter visit is made unique by a hash of the
device, the counter and the day, which cannot be turned back into the device.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from ..rules import DEFAULT_MIN_COUNT, MAX_COMMENT, MIN_COUNT_RANGE


class ServiceContact(TenantModel):
    class Source(models.TextChoices):
        COUNTER_VISIT = "counter", _("Counter visit")
        VISIT_CODE = "code", _("Visit code given by the officer")
        CASE = "case", _("Handled case")

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("officer"))
    counter = models.ForeignKey("frontdesk.Counter", on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="+", verbose_name=_("counter"))
    source = models.CharField(_("source"), max_length=8, choices=Source.choices)
    # Counter visit: hash of device+counter+day; case: the caller's reference; code: the code.
    reference = models.CharField(max_length=120)
    # Unique across governments: the public link is resolved before any scope exists.
    token = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "source", "reference"],
                                               name="service_contact_once")]

    def __str__(self):
        return f"{self.get_source_display()} {self.pk}"

    @property
    def is_used(self) -> bool:
        return self.used_at is not None


class ServiceRating(TenantModel):
    contact = models.OneToOneField(ServiceContact, on_delete=models.PROTECT, related_name="rating")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="service_ratings", verbose_name=_("officer"))
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    comment = models.TextField(_("comment"), max_length=MAX_COMMENT, blank=True)
    rated_on = models.DateField(_("date"))  # the government's local day: periods are read by it
    created_at = models.DateTimeField(auto_now_add=True)
    hidden = models.BooleanField(_("comment hidden"), default=False)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=300, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["instansi", "employee", "rated_on"],
                                name="service_rating_emp_day")]
        constraints = [models.CheckConstraint(condition=models.Q(score__gte=1, score__lte=5),
                                              name="service_rating_score_range")]

    def __str__(self):
        return f"{self.employee_id} {self.rated_on} {self.score}"


class RatingSettings(TenantModel):
    """Per government: how many ratings must exist before any average or comment is shown."""

    min_count = models.PositiveSmallIntegerField(
        _("minimum number of ratings before showing results"), default=DEFAULT_MIN_COUNT,
        validators=[MinValueValidator(MIN_COUNT_RANGE[0]), MaxValueValidator(MIN_COUNT_RANGE[1])])
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi"], name="rating_settings_once")]
