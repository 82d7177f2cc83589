"""SKP templates per jabatan, fanned out to many employees at once."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel


class SkpTemplate(TenantModel):
    """The planned results and indicators of a jabatan, taken from a model SKP.

    `content` = {"results": [{"category", "text", "perspective", "indicators": [{"kind",
    "aspect", "text", "target_value", "target_unit"}]}]}; intervensi is left to each employee,
    who links their results to their own atasan's.
    """

    name = models.CharField(_("name"), max_length=200)
    position_name = models.CharField(_("jabatan"), max_length=200)
    agency = models.ForeignKey("org.Unit", on_delete=models.CASCADE, null=True, blank=True,
                               related_name="+", verbose_name=_("perangkat daerah"))
    content = models.JSONField(default=dict)
    created_by = models.ForeignKey("accounts.User", on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position_name", "name"]

    def __str__(self):
        return self.name

    @property
    def result_count(self) -> int:
        return len(self.content.get("results", []))
