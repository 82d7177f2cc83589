"""Cross-agency teams (tim kerja lintas sektor): the team, its members, its shared results.

A team is coordinated by one perangkat daerah and led by a ketua; members come from any
perangkat daerah of the same government. Each team indicator is mirrored into every active
member's SKP as an outcome indicator weighted by the member's contribution (see
services/mirror.py); `SkpMirror` remembers which SKP row mirrors which team indicator.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from .rules.membership import Answer, MemberStatus


class Team(TenantModel):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")

    name = models.CharField(_("name"), max_length=200)
    mandate = models.TextField(_("mandate"))
    sk_number = models.CharField(_("decree (SK) number"), max_length=100, blank=True)
    sk_date = models.DateField(_("decree (SK) date"), null=True, blank=True)
    coordinating_agency = models.ForeignKey(
        "org.Unit", on_delete=models.PROTECT, related_name="+",
        verbose_name=_("coordinating perangkat daerah"))
    # Empty only when the lead left: the team is then flagged "no lead" until one is appointed.
    lead = models.ForeignKey("people.Employee", on_delete=models.PROTECT, null=True, blank=True,
                             related_name="+", verbose_name=_("lead (ketua)"))
    created_by = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="+")
    created_by_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                        null=True, blank=True, related_name="+")
    status = models.CharField(_("status"), max_length=8, choices=Status.choices,
                              default=Status.ACTIVE)
    starts_on = models.DateField(_("start date"))
    ends_on = models.DateField(_("end date"))
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("team")
        ordering = ["name", "id"]
        indexes = [
            # The list: a government's teams by status, ordered by name; an agency's teams.
            models.Index(fields=["instansi", "status", "name"], name="team_status_name"),
            models.Index(fields=["instansi", "coordinating_agency", "status"],
                         name="team_agency_status"),
            models.Index(fields=["instansi", "lead"], name="team_lead"),
        ]

    def __str__(self):
        return self.name

    @property
    def lead_missing(self) -> bool:
        return self.lead_id is None

    def is_open(self, today=None) -> bool:
        """Work is posted while the team is active and its end date has not passed."""
        today = today or timezone.localdate()
        return self.status == self.Status.ACTIVE and today <= self.ends_on


STATUS_LABELS = {
    MemberStatus.PENDING: _("Waiting for answers"),
    MemberStatus.ACTIVE: _("Active"),
    MemberStatus.DECLINED: _("Declined"),
    MemberStatus.REFUSED: _("Refused by the atasan"),
    MemberStatus.REAPPROVAL: _("Waiting for the new atasan"),
    MemberStatus.ENDED: _("Ended"),
}
ANSWER_LABELS = {Answer.PENDING: _("Waiting"), Answer.YES: _("Agreed"), Answer.NO: _("Refused")}


class Membership(TenantModel):
    """One employee in one team: the invitation, both answers, the weight and the end."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead (ketua)")
        MEMBER = "member", _("Member")

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="memberships")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    # Perangkat daerah when invited / last checked: a move is noticed by comparing it.
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    role = models.CharField(_("role"), max_length=8, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(_("status"), max_length=10,
                              choices=[(s.value, STATUS_LABELS[s]) for s in MemberStatus],
                              default=MemberStatus.PENDING)
    member_answer = models.CharField(max_length=8, default=Answer.PENDING,
                                     choices=[(a.value, ANSWER_LABELS[a]) for a in Answer])
    # The atasan asked to agree (supervisor_of when asked); none for an agency head.
    atasan = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="+")
    atasan_answer = models.CharField(max_length=8, default=Answer.PENDING,
                                     choices=[(a.value, ANSWER_LABELS[a]) for a in Answer])
    atasan_reason = models.CharField(_("reason"), max_length=500, blank=True)
    weight = models.DecimalField(_("weight (%)"), max_digits=5, decimal_places=2, default=0)
    invited_at = models.DateTimeField(default=timezone.now)
    joined_at = models.DateTimeField(null=True, blank=True)  # first time active
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=200, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("team member")
        ordering = ["team_id", "id"]
        constraints = [models.UniqueConstraint(fields=["instansi", "team", "employee"],
                                               name="team_member_once")]
        indexes = [
            models.Index(fields=["instansi", "employee", "status"], name="team_member_employee"),
            models.Index(fields=["instansi", "atasan", "atasan_answer"], name="team_member_atasan"),
            models.Index(fields=["team", "status"], name="team_member_status"),
        ]

    def __str__(self):
        return f"{self.team_id}/{self.employee_id}"

    @property
    def is_active(self) -> bool:
        return self.status == MemberStatus.ACTIVE

    @property
    def has_been_active(self) -> bool:
        return self.joined_at is not None

    @property
    def status_label(self):
        return STATUS_LABELS.get(MemberStatus(self.status), self.status)


class TeamResult(TenantModel):
    """A shared result of the team (hasil kerja tim)."""

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="results")
    text = models.CharField(_("team result"), max_length=500)
    order = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self):
        return self.text[:80]


class TeamIndicator(TenantModel):
    """An indicator of a team result with its target and the team's realisation."""

    result = models.ForeignKey(TeamResult, on_delete=models.CASCADE, related_name="indicators")
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="indicators")
    text = models.CharField(_("indicator"), max_length=500)
    target_value = models.DecimalField(_("target"), max_digits=14, decimal_places=2)
    target_unit = models.CharField(_("unit of the target"), max_length=40)
    realised = models.DecimalField(_("realisation"), max_digits=14, decimal_places=2, default=0)
    evidence = models.CharField(_("evidence of the realisation"), max_length=500, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]
        indexes = [models.Index(fields=["team"], name="team_indicator_team")]

    def __str__(self):
        return self.text[:80]


class RealisationUpdate(TenantModel):
    """History of the team's realisation: who changed it, when, from what to what, why."""

    indicator = models.ForeignKey(TeamIndicator, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="+")
    author_label = models.CharField(max_length=150)
    before = models.DecimalField(max_digits=14, decimal_places=2)
    after = models.DecimalField(max_digits=14, decimal_places=2)
    evidence = models.CharField(max_length=500)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]


class WeightChange(TenantModel):
    """History of contribution weights (kept when a member leaves)."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="weights")
    before = models.DecimalField(max_digits=5, decimal_places=2)
    after = models.DecimalField(max_digits=5, decimal_places=2)
    author_label = models.CharField(max_length=150)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]


class SkpMirror(TenantModel):
    """Which row of a member's SKP mirrors which team result / indicator (issue 8 item 6)."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="mirrors")
    skp = models.ForeignKey("performance.Skp", on_delete=models.CASCADE, related_name="+")
    skp_result = models.ForeignKey("performance.SkpResult", on_delete=models.CASCADE,
                                   related_name="+")
    team_indicator = models.ForeignKey(TeamIndicator, on_delete=models.CASCADE, null=True,
                                       related_name="mirrors")
    skp_indicator = models.ForeignKey("performance.SkpIndicator", on_delete=models.CASCADE,
                                      null=True, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "membership", "skp",
                                                       "team_indicator"],
                                               name="team_mirror_once")]
        indexes = [models.Index(fields=["skp_result"], name="team_mirror_result")]
