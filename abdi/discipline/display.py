"""What a page shows of a case beyond its fields: phase, effects, deadlines (no writes)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from abdi.allowance.rules.discipline import EXAMINER_BY_LEVEL, Examiner, Penalty

from .rules import Phase, phase, withheld_until

PHASE_LABELS = {
    Phase.AWAITING_RECEIPT: _("Decided, waiting for the employee to receive the decree"),
    Phase.PENDING: _("Decided, not yet in force"),
    Phase.RUNNING: _("Being served"),
    Phase.ENDED: _("Served"),
}


def case_facts(case) -> dict:
    """The derived facts of a decided case for the detail page and the profile section."""
    if not case.is_decided or not case.penalty:
        return {}
    penalty = Penalty(case.penalty)
    current = phase(case.effective_on, case.ends_on, timezone.localdate())
    return {
        "phase": current, "phase_label": str(PHASE_LABELS[current]),
        "withheld_until": withheld_until(penalty, case.ends_on),
        "withholds": penalty.level.value != "ringan",
        "tim_pemeriksa": EXAMINER_BY_LEVEL[penalty.level] is Examiner.TIM_PEMERIKSA,
    }
