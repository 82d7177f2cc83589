"""Reading corrections and check-in offices for their pages. Who may decide is the services'
question (corrections.may_decide); these readers take what it narrows to and answer 404 for
anything outside it."""

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from .models import AttendanceCorrection, AttendancePunch, OfficeLocation
from .queries_attendance import parse_id

OWN_LIMIT = 60


def own_corrections(employee_id: int) -> list[AttendanceCorrection]:
    return list(AttendanceCorrection.objects.filter(employee_id=employee_id)
                .select_related("decided_by").order_by("-date", "-pk")[:OWN_LIMIT])


def pending_corrections(sight: Q):
    return (AttendanceCorrection.objects.filter(sight, status=AttendanceCorrection.Status.PENDING)
            .select_related("employee").order_by("date", "pk"))


def get_correction(pk, sight: Q | None) -> AttendanceCorrection:
    correction_id = parse_id(pk)
    correction = None
    if correction_id and sight is not None:
        correction = (AttendanceCorrection.objects.filter(sight, pk=correction_id)
                      .select_related("employee").first())
    if correction is None:
        raise Http404
    return correction


def todays_punches(employee_id: int) -> list[AttendancePunch]:
    """Today's punches of every source, in the active (the government's) time zone."""
    return list(AttendancePunch.objects.filter(
        employee_id=employee_id, punched_at__date=timezone.localdate()).order_by("punched_at"))


def offices():
    return OfficeLocation.objects.select_related("unit").order_by("name", "pk")


def get_office(pk) -> OfficeLocation:
    office_id = parse_id(pk)
    office = OfficeLocation.objects.filter(pk=office_id).first() if office_id else None
    if office is None:
        raise Http404
    return office
