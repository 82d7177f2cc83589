"""What the team pages share: the actor, answering a refused act, the workspace links."""

from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

WORKSPACE_PAGES = (("teamspace:tasks", _("Tasks")), ("teamspace:threads", _("Discussions")),
                   ("teamspace:documents", _("Documents")), ("teamspace:meetings", _("Meeting notes")))


def workspace_links(team) -> list[tuple[str, str]]:
    """Links to the team's work space; a page not built yet is simply left out."""
    links = []
    for name, label in WORKSPACE_PAGES:
        try:
            links.append((reverse(name, kwargs={"team_id": team.pk}), label))
        except NoReverseMatch:
            continue
    return links


def refused(request, error, *, back=None):
    """A refused act: its translated message with the status the service chose (4xx)."""
    return render(request, "teams/refused.html", {"error": error.message, "errors": error.errors,
                                                  "back": back}, status=error.status)


def forbidden(request, message, *, back=None):
    """The actor sees the team but may not do this (403, never a 404 that hides nothing)."""
    from abdi.core.errors import Forbidden

    return refused(request, Forbidden(message), back=back)
