"""The help pages: the index of every screen (with a search box) and one screen's help.

Help texts are no tenant data: anyone may read them, the login page's included. Articles of
the reader's government linked to a screen are listed for signed-in members only.
"""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor

from .. import help_content, policy, queries
from ..rules.plain_text import to_html
from ..screens import grouped, key_of, namespace_from_param

MAX_SEARCH = 100


def _language() -> str:
    return (get_language() or "id")[:2]


def _member_actor(request):
    actor = Actor.from_request(request)
    return actor if actor.is_authenticated and actor.instansi_id else None


@require_GET
def index(request):
    search = (request.GET.get("q") or "")[:MAX_SEARCH]
    actor = _member_actor(request)
    return render(request, "guidance/index.html", {
        "groups": grouped(_language(), search), "search": search, "member": actor is not None,
        "may_manage_articles": bool(actor and policy.can_manage_articles(actor)),
        "may_publish": bool(actor and policy.can_publish_announcements(actor)),
        "may_answer": bool(actor and policy.can_answer_feedback(actor)),
    })


@require_GET
def screen(request, namespace, url_name):
    namespace = namespace_from_param(namespace[:80])
    if namespace in help_content.EXCLUDED_NAMESPACES:
        raise Http404
    entry = help_content.entry(namespace, url_name[:80], _language())
    if entry is None:
        raise Http404
    actor = _member_actor(request)
    articles = queries.related_articles(actor, key_of(namespace, url_name)) if actor else []
    return render(request, "guidance/help.html", {
        "entry": entry, "body": to_html(entry.text), "articles": articles,
        "member": actor is not None,
    })
