"""Notifications in the app: one's own list, newest first, and opening one (marks it read)."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.tenancy.access import member_required
from abdi.web.paging import page_size, paginate

from .. import queries_notifications as queries
from ..services import notify


def _local_path(link: str, request) -> bool:
    """Only a path of this site: never another host, scheme or protocol-relative address."""
    return (link.startswith("/") and not link.startswith(("//", "/\\"))
            and url_has_allowed_host_and_scheme(link, allowed_hosts={request.get_host()},
                                                require_https=request.is_secure()))


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    page = paginate(queries.notifications_of(actor.employee_id), request.GET.get("page"),
                    page_size(request.GET.get("size"), default=25))
    return render(request, "performance/notifications/index.html", {
        "page_obj": page, "unread": queries.unread_count(actor.employee_id)})


@member_required
@require_POST
def read(request, notification_id):
    actor = Actor.from_request(request)
    notification = queries.get_notification_for_user(actor, notification_id)
    notify.mark_read(actor=actor, notification=notification)
    if notification.link and _local_path(notification.link, request):
        return redirect(notification.link)
    return redirect(reverse("performance:notifications"))
