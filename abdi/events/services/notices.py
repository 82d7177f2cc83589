"""Telling employees about an event through the shared inbox (topic EVENT)."""

from django.urls import reverse

from abdi.performance.models import Notification
from abdi.performance.services.notify import notify


def tell(employee_id, event, message: str, *, key: str = ""):
    return notify(recipient_id=employee_id, instansi_id=event.instansi_id,
                  topic=Notification.Topic.EVENT, message=message,
                  link=reverse("events:detail", args=[event.pk]), key=key)


def tell_many(employee_ids, event, message: str, *, key: str = "") -> int:
    return sum(1 for employee_id in employee_ids if tell(employee_id, event, message, key=key))
