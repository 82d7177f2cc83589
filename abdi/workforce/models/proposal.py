"""The usul kebutuhan (formation proposal) of one agency, or the whole government, for a year:
the approved ABKs aggregated, frozen into lines when BKPSDM approves it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from ..choices import ProposalStatus


class FormationProposal(TenantModel):
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="+", verbose_name=_("perangkat daerah"))
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(_("status"), max_length=10, choices=ProposalStatus.choices,
                              default=ProposalStatus.DRAFT)
    note = models.TextField(_("note"), blank=True)
    prepared_by_name = models.CharField(max_length=200, blank=True)
    prepared_by_nip = models.CharField(max_length=18, blank=True)
    approved_by_name = models.CharField(max_length=200, blank=True)
    approved_by_nip = models.CharField(max_length=18, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    wke_minutes = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("formation proposal")
        ordering = ["-year", "agency__path", "id"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "agency", "year"],
                                    name="proposal_unique_per_agency_year"),
            models.UniqueConstraint(fields=["instansi", "year"], condition=models.Q(agency=None),
                                    name="proposal_unique_government_year"),
        ]

    def __str__(self):
        return f"{self.agency or _('Whole government')} {self.year}"


class FormationLine(TenantModel):
    """One jabatan of the approved proposal, copied from its approved ABK line."""

    proposal = models.ForeignKey(FormationProposal, on_delete=models.CASCADE, related_name="lines")
    abk_line = models.ForeignKey("workforce.AbkLine", on_delete=models.PROTECT, related_name="+")
    position = models.ForeignKey("org.Position", on_delete=models.PROTECT, related_name="+")
    position_name = models.CharField(max_length=200)
    kelas_jabatan = models.PositiveSmallIntegerField(null=True)
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    unit_name = models.CharField(max_length=160)
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    agency_name = models.CharField(max_length=160)
    fte = models.DecimalField(max_digits=12, decimal_places=4)
    needed = models.PositiveIntegerField()
    bezetting = models.PositiveIntegerField()
    departures_5y = models.PositiveIntegerField()
    additions = models.JSONField(default=list)
    proposed = models.PositiveIntegerField()

    class Meta:
        ordering = ["agency_name", "unit_name", "-kelas_jabatan", "position_name", "id"]

    @property
    def shortage(self) -> int:
        return max(0, self.needed - self.bezetting)

    @property
    def excess(self) -> int:
        return max(0, self.bezetting - self.needed)
