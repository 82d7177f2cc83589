"""Template context every page needs: the actor's menu and the government's name."""

from django.utils.functional import SimpleLazyObject

from abdi.accounts.actor import Actor

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
    }
