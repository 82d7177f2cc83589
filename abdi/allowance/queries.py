"""Reading the government's TPP rule versions (the request's scope names the government).

Every getter answers 404 for what the actor may not see; another government's version is
simply not found, because the scoped manager filters it out.
"""

import datetime

from django.http import Http404

from . import policy
from .models import TppBaseAmount, TppRuleSet
from .rules.periods import Period, in_force

MAX_ID = 2**63 - 1  # beyond the database's integer range a lookup overflows instead of missing
LIST_FIELDS = ("id", "instansi_id", "name", "legal_basis", "effective_from", "effective_to", "preset",
               "created_at")


def rule_sets() -> list[TppRuleSet]:
    """Every version of the government's rules, newest first, without their schedules (one query)."""
    return list(TppRuleSet.objects.only(*LIST_FIELDS).order_by("-effective_from"))


def in_force_among(versions, day: datetime.date) -> TppRuleSet | None:
    """The version of `versions` in force on `day` (the rule of services.rule_sets.rule_set_on)."""
    found = in_force([Period(v.pk, v.effective_from, v.effective_to) for v in versions], day)
    return next((v for v in versions if found is not None and v.pk == found.key), None)


def get_rule_set_for_user(actor, pk) -> TppRuleSet:
    rule_set = None
    if isinstance(pk, int) and 0 < pk <= MAX_ID:
        rule_set = TppRuleSet.objects.select_related("created_by").filter(pk=pk).first()
    if rule_set is None or not policy.can_view_rules(actor, rule_set.instansi_id):
        raise Http404
    return rule_set


def base_amounts(rule_set: TppRuleSet) -> list[TppBaseAmount]:
    return list(TppBaseAmount.objects.filter(rule_set=rule_set).order_by("kelas_jabatan", "component"))
