"""How-to articles: everyone reads the published ones; the HR office writes, edits,
publishes/unpublishes them and sees each one's history."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import paginate

from .. import policy, queries
from ..models import LANGUAGE_CHOICES
from ..rules.audience import ROLE_TAGS, tags_of
from ..rules.plain_text import to_html
from ..screens import screen_keys
from ..services import articles as services
from .common import version_of

ROLE_LABELS = {"employee": gettext_noop("Employees"), "supervisor": gettext_noop("Atasan"),
               "hr": gettext_noop("HR office"), "leader": gettext_noop("Leaders")}


def _role_choices():
    return [(tag, _(ROLE_LABELS[tag])) for tag in ROLE_TAGS]


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    search = (request.GET.get("q") or "")[:100]
    audience = request.GET.get("untuk", "")
    audience = audience if audience in ROLE_TAGS else ""
    page = paginate(queries.articles_for(actor, search=search, audience=audience),
                    request.GET.get("page"))
    labels = dict(_role_choices())
    for article in page.object_list:
        article.audience_labels = [labels[t] for t in tags_of(article.audience) if t in labels]
    return render(request, "guidance/articles.html", {
        "page_obj": page, "search": search, "audience": audience, "audiences": _role_choices(),
        "may_manage": policy.can_manage_articles(actor)})


@member_required
@require_GET
def detail(request, article_id):
    actor = Actor.from_request(request)
    article = queries.get_article_for_user(actor, article_id)
    return render(request, "guidance/article.html", {
        "article": article, "body": to_html(article.body),
        "screens": tags_of(article.screens), "may_edit": policy.can_edit_article(actor, article)})


def _data(request) -> dict:
    return {"title": request.POST.get("title", ""), "summary": request.POST.get("summary", ""),
            "body": request.POST.get("body", ""), "language": request.POST.get("language", "id"),
            "audience": request.POST.getlist("audience"),
            "screens": request.POST.get("screens", "")}


def _form(request, article, values, *, error=None, field=None, status=200):
    return render(request, "guidance/article_form.html", {
        "article": article, "values": values, "error": error, "error_field": field,
        "languages": LANGUAGE_CHOICES, "roles": _role_choices()}, status=status)


def _values_of(article) -> dict:
    return {"title": article.title, "summary": article.summary, "body": article.body,
            "language": article.language, "audience": tags_of(article.audience),
            "screens": " ".join(tags_of(article.screens))}


@member_required
@require_http_methods(["GET", "POST"])
def create(request):
    actor = Actor.from_request(request)
    if not policy.can_manage_articles(actor):
        return render(request, "guidance/refused.html", status=403)
    if request.method == "GET":
        return _form(request, None, {"language": "id", "audience": ["employee"]})
    try:
        article = services.create_article(actor=actor, data=_data(request),
                                          known_screens=screen_keys())
    except DomainError as error:
        return _form(request, None, _data(request), error=error.message, field=error.field,
                     status=error.status)
    messages.success(request, _("The article is saved as a draft."))
    return redirect("guidance:article", article.pk)


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, article_id):
    actor = Actor.from_request(request)
    article = queries.get_article_for_user(actor, article_id)
    if not policy.can_edit_article(actor, article):
        return render(request, "guidance/refused.html", status=403)
    if request.method == "GET":
        return _form(request, article, _values_of(article))
    try:
        services.update_article(actor=actor, article=article, version=version_of(request),
                                data=_data(request), known_screens=screen_keys())
    except DomainError as error:
        return _form(request, article, _data(request), error=error.message, field=error.field,
                     status=error.status)
    messages.success(request, _("The article is saved; the previous text is kept in its history."))
    return redirect("guidance:article", article.pk)


@member_required
@require_POST
def publish(request, article_id):
    actor = Actor.from_request(request)
    article = queries.get_article_for_user(actor, article_id)
    published = request.POST.get("published") == "yes"
    try:
        services.set_published(actor=actor, article=article, version=version_of(request),
                               published=published)
    except DomainError as error:
        return render(request, "guidance/refused.html", {"message": error.message},
                      status=error.status)
    messages.success(request, _("The article is published.") if published
                     else _("The article is withdrawn."))
    return redirect("guidance:article", article.pk)


@member_required
@require_GET
def history(request, article_id):
    actor = Actor.from_request(request)
    article = queries.get_article_for_user(actor, article_id)
    if not policy.can_edit_article(actor, article):
        return render(request, "guidance/refused.html", status=403)
    return render(request, "guidance/article_history.html", {
        "article": article, "revisions": queries.revisions_of(article)})
