"""Offering citizens' ratings to the appraisal (the value "Berorientasi Pelayanan", BerAKHLAK
indicator "Ramah, cekatan, solutif, dan dapat diandalkan"; UU 20/2023 Pasal 3).

Writes Appraisal.citizen_feedback = {"count", "average", "comments"} from the ratings dated
within each appraisal's own period, set-based: one grouped query for the numbers, one for the
comments, one bulk update. Below the government's minimum the feedback is emptied, so no page
shows an average of two people. Final appraisals are signed documents and are left as signed.
The appraisal's `version` is not touched: it guards the atasan's concurrent edits, which this
does not compete with.
"""

from collections import defaultdict

from django.db.models import Avg, Count, F, Q

from abdi.performance.models import Appraisal

from ..models import RatingSettings, ServiceRating

MAX_COMMENTS = 20  # the appraisal page shows at most 20


def _min_count(instansi_id) -> int:
    stored = RatingSettings.objects.filter(instansi_id=instansi_id).values_list("min_count", flat=True)
    return next(iter(stored), None) or RatingSettings._meta.get_field("min_count").default


def sync_appraisal_feedback(*, instansi_id: int, year: int, period_kind: str | None = None,
                            employee_ids=None) -> int:
    """Refresh citizen_feedback of the government's open appraisals of ``year`` (optionally one
    period kind, or some employees); returns how many changed. Call inside ``within``."""
    minimum = _min_count(instansi_id)
    appraisals = Appraisal.objects.filter(instansi_id=instansi_id, year=year).exclude(
        status=Appraisal.Status.FINAL)
    if period_kind:
        appraisals = appraisals.filter(period_kind=period_kind)
    if employee_ids is not None:
        appraisals = appraisals.filter(employee_id__in=list(employee_ids))
    in_period = Q(employee__service_ratings__rated_on__gte=F("start"),
                  employee__service_ratings__rated_on__lte=F("end"))
    rows = list(appraisals.values("pk", "employee_id", "start", "end", "citizen_feedback").annotate(
        n=Count("employee__service_ratings", filter=in_period),
        avg=Avg("employee__service_ratings__score", filter=in_period)).order_by())
    enough = [r for r in rows if r["n"] >= minimum]
    comments = _comments(instansi_id, enough)
    changed = []
    for row in rows:
        feedback = {}
        if row["n"] >= minimum:
            feedback = {"count": row["n"], "average": _one_decimal(row["avg"]),
                        "comments": [text for day, text in comments.get(row["employee_id"], ())
                                     if row["start"] <= day <= row["end"]][:MAX_COMMENTS]}
        if feedback != row["citizen_feedback"]:
            changed.append(Appraisal(pk=row["pk"], citizen_feedback=feedback))
    Appraisal.objects.bulk_update(changed, ["citizen_feedback"], batch_size=1000)
    return len(changed)


def _one_decimal(value) -> float:
    # Half up, as the rating pages show it (rules.summary_from_counts).
    return int(float(value) * 10 + 0.5 + 1e-9) / 10


def _comments(instansi_id, rows) -> dict[int, list]:
    """Visible comments of the employees past the minimum, newest first, in one query."""
    if not rows:
        return {}
    first, last = min(r["start"] for r in rows), max(r["end"] for r in rows)
    by_employee = defaultdict(list)
    for employee_id, day, text in (
            ServiceRating.objects.filter(instansi_id=instansi_id,
                                         employee_id__in={r["employee_id"] for r in rows},
                                         rated_on__gte=first, rated_on__lte=last, hidden=False)
            .exclude(comment="").order_by("-created_at", "-id")
            .values_list("employee_id", "rated_on", "comment")):
        by_employee[employee_id].append((day, text))
    return by_employee
