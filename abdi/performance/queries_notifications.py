"""Reading one's notifications: only the recipient ever sees a notice (404 for anyone else)."""

from django.http import Http404

from .models import Notification

MAX_ID = 2**63 - 1  # beyond the database's integer range a lookup overflows instead of missing


def notifications_of(employee_id: int | None):
    if employee_id is None:
        return Notification.objects.none()
    return Notification.objects.filter(recipient_id=employee_id).order_by("-created_at", "-id")


def unread_count(employee_id: int | None) -> int:
    if employee_id is None:
        return 0
    return Notification.objects.filter(recipient_id=employee_id, read_at__isnull=True).count()


def get_notification_for_user(actor, pk) -> Notification:
    if actor.employee_id is None:
        raise Http404
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise Http404 from None
    found = None
    if 0 < pk <= MAX_ID:
        found = Notification.objects.filter(pk=pk, recipient_id=actor.employee_id).first()
    if found is None:
        raise Http404
    return found
