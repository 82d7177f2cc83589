"""The question bank: parts (TWK, TIU, TKP, technical parts), categories, versioned questions
and their options. The answer key and weights never leave the server."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.cat.rules.scoring import RIGHT_WRONG, WEIGHTED
from abdi.tenancy.models import TenantModel


class Part(TenantModel):
    class Kind(models.TextChoices):
        RIGHT_WRONG = RIGHT_WRONG, _("One right option")
        WEIGHTED = WEIGHTED, _("Weighted options")

    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("scoring"), max_length=12, choices=Kind.choices)
    points_correct = models.PositiveSmallIntegerField(_("points for the right option"), default=5)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "code"]
        constraints = [models.UniqueConstraint(fields=["instansi", "code"], name="cat_part_code")]

    def __str__(self):
        return self.code


class Category(TenantModel):
    part = models.ForeignKey(Part, on_delete=models.CASCADE, related_name="categories")
    code = models.CharField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["part__position", "code"]
        constraints = [models.UniqueConstraint(fields=["instansi", "part", "code"],
                                               name="cat_category_code")]

    def __str__(self):
        return f"{self.part.code}/{self.code}"


class Question(TenantModel):
    part = models.ForeignKey(Part, on_delete=models.PROTECT, related_name="questions")
    category = models.ForeignKey(Category, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="questions")
    text = models.TextField(_("question"))
    image = models.BinaryField(null=True, blank=True, editable=False)  # PNG/JPEG, at most 1 MB
    image_type = models.CharField(max_length=12, blank=True)
    # Versions: `family` is the first version's id; editing a locked question adds a version.
    family = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    version = models.PositiveSmallIntegerField(default=1)
    is_current = models.BooleanField(default=True)
    locked = models.BooleanField(default=False)  # drawn into an exam: never changed again
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["part__position", "pk"]
        indexes = [models.Index(fields=["instansi", "part", "is_current"], name="cat_q_pool")]

    def __str__(self):
        return f"{self.part.code} #{self.family or self.pk} v{self.version}"


class Option(TenantModel):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="options")
    label = models.CharField(max_length=2)  # A-E as written in the bank
    text = models.TextField(_("option"))
    is_correct = models.BooleanField(default=False)
    weight = models.PositiveSmallIntegerField(null=True, blank=True)  # TKP: 1-5

    class Meta:
        ordering = ["question", "label"]

    def __str__(self):
        return self.label
