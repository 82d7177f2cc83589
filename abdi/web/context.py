"""Template context every page needs: the actor's menu and the government's name."""

from functools import lru_cache

from django.templatetags.static import static
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from abdi.accounts.actor import Actor

from .csrf import request_token
from .nav import nav_html


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    actor = Actor.from_request(request)
    return {
        "actor": actor,
        "instansi": getattr(request, "instansi", None),
        "nav_html": SimpleLazyObject(lambda: nav_html(request, actor)),
        # Overrides Django's own processor: the same masked token for every form of the page.
        "csrf_token": SimpleLazyObject(lambda: request_token(request)),
    }


@lru_cache(maxsize=1)
def _layout_urls() -> dict:
    # Static files and URLs do not change while a process runs: base.html's {% static %} and
    # {% url %} tags resolved them again on every page.
    return {"css": static("abdi/abdi.css"), "htmx": static("vendor/htmx-2.0.11.min.js"),
            "js": static("abdi/abdi.js"), "home": reverse("web:home"),
            "set_language": reverse("set_language")}


def layout(request):
    return {"layout_urls": _layout_urls()}
