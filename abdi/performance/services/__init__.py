"""Write operations of performance management: verb-first, keyword-only `actor=`, one
transaction each with its audit entry."""

from .activities import (
    add_feedback,
    approve_activity,
    bulk_approve,
    check_evidence,
    record_activity,
    reject_activity,
    set_backdate_days,
)
from .skp import (
    add_indicator,
    add_result,
    content_snapshot,
    create_skp,
    delete_indicator,
    delete_result,
    move_skp,
    plan_problems,
    report_outcome,
    set_expectation,
    set_lampiran,
    update_indicator,
    update_result,
)

__all__ = [
    "add_feedback", "add_indicator", "add_result", "approve_activity", "bulk_approve",
    "check_evidence", "content_snapshot", "create_skp", "delete_indicator", "delete_result",
    "move_skp", "plan_problems", "record_activity", "reject_activity", "report_outcome",
    "set_backdate_days", "set_expectation", "set_lampiran", "update_indicator", "update_result",
]
