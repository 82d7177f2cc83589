"""Template tags base.html uses for the guidance pieces of every page (abdi.guidance.chrome)."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from .. import chrome
from ..tour import TOUR_VERSION, steps_for

register = template.Library()


@register.inclusion_tag("guidance/_assets.html", takes_context=True)
def guidance_assets(context):
    request = context.get("request")
    return {"tour_due": bool(request and chrome.tour_due(request))}


@register.inclusion_tag("guidance/_help_link.html", takes_context=True)
def guidance_help_link(context):
    request = context.get("request")
    return {"parts": chrome.help_url_parts(request) if request else None}


@register.inclusion_tag("guidance/_banner.html", takes_context=True)
def guidance_banner(context):
    request = context.get("request")
    rows = chrome.banner(request) if request else []
    return {"shown": rows[: chrome.queries.BANNER_SIZE],
            "more": len(rows) > chrome.queries.BANNER_SIZE,
            "next": request.get_full_path() if request else "/",
            "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("guidance/_footer.html", takes_context=True)
def guidance_footer(context):
    request = context.get("request")
    member = bool(request and chrome._member(request))
    tour = None
    if member and chrome.tour_due(request):
        tour = {"version": TOUR_VERSION, "steps": steps_for(chrome.tour_roles(request)),
                "done_url": reverse("guidance:tour_done"),
                "labels": {"next": _("Next"), "previous": _("Back"), "done": _("Done")}}
    return {"member": member, "tour": tour,
            "path": request.get_full_path()[:300] if request else "",
            "screen": chrome.screen_key(request) if request else "",
            "csrf_token": context.get("csrf_token")}
