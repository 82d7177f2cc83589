"""Template context every page needs: the actor's menu and the government's name."""

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
