"""What the reward pages share: the actor, and turning a service's refusal into a 4xx page."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from abdi.accounts.actor import Actor

from .. import policy


def manager(request) -> Actor:
    actor = Actor.from_request(request)
    if not policy.can_manage(actor, actor.instansi_id):
        raise PermissionDenied
    return actor


def refuse(request, template, context, error):
    """Render the page again with the message, answering the error's 4xx status."""
    context = {**context, "error": error.message, "error_field": error.field}
    return render(request, template, context, status=error.status)
