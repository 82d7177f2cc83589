"""Template tags base.html uses for the guidance pieces of every page (abdi.guidance.chrome).

The pieces every page shows alike (assets, help link, the feedback form) come from stencils
rendered once per process and language (abdi.web.stencil); the rare ones (a banner with
announcements, a due tour) render their templates."""

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from abdi.web import stencil

from .. import chrome
from ..tour import TOUR_VERSION, steps_for

register = template.Library()


@register.simple_tag(takes_context=True)
def guidance_assets(context):
    request = context.get("request")
    tour_due = bool(request and chrome.tour_due(request))
    return stencil.fill("guidance/_assets.html", {"tour_due": tour_due}, {}, key=tour_due)


@register.simple_tag(takes_context=True)
def guidance_help_link(context):
    request = context.get("request")
    parts = chrome.help_url_parts(request) if request else None
    return stencil.fill("guidance/_help_link.html", {"parts": parts}, {}, key=parts)


@register.simple_tag(takes_context=True)
def guidance_banner(context):
    request = context.get("request")
    rows = chrome.banner(request) if request else []
    if not rows:
        return ""
    return render_to_string("guidance/_banner.html", {
        "shown": rows[: chrome.queries.BANNER_SIZE],
        "more": len(rows) > chrome.queries.BANNER_SIZE,
        "next": request.get_full_path(), "csrf_token": context.get("csrf_token")})


@register.simple_tag(takes_context=True)
def guidance_footer(context):
    request = context.get("request")
    if not (request and chrome._member(request)):
        return ""
    values = {"csrf_token": str(context.get("csrf_token") or ""),
              "path": request.get_full_path()[:300], "screen": chrome.screen_key(request)}
    roles = tuple(sorted(chrome.tour_roles(request))) if chrome.tour_due(request) else None
    return stencil.fill("guidance/_footer.html", lambda: {"member": True, "tour": _tour(roles)},
                        values, key=roles)


def _tour(roles):
    """The first-login tour's steps for these roles (None: the tour is not due)."""
    if roles is None:
        return None
    return {"version": TOUR_VERSION, "steps": steps_for(set(roles)),
            "done_url": reverse("guidance:tour_done"),
            "labels": {"next": _("Next"), "previous": _("Back"), "done": _("Done")}}
