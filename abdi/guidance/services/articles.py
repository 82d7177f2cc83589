"""Writing how-to articles: each save keeps the previous text as a revision."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import DomainError, Forbidden

from .. import policy
from ..models import Article, ArticleRevision
from ..rules.audience import LANGUAGES, ROLE_TAGS, tag_field, tags_of
from .common import block, check_version, line

FIELDS = ("title", "summary", "body", "language", "audience", "screens", "is_published")


def _snapshot(article) -> dict:
    return {name: getattr(article, name) for name in FIELDS}


def _screens(value, known_screens) -> str:
    raw = value if isinstance(value, list | tuple) else str(value or "").replace(",", " ").split()
    keys = [str(v).strip()[:120] for v in raw if str(v).strip()]
    unknown = [key for key in keys if key not in known_screens]
    if unknown:
        raise DomainError(_("Unknown screen: %(name)s") % {"name": unknown[0][:60]},
                          field="screens")
    if len(keys) > 20:
        raise DomainError(_("Link at most 20 screens."), field="screens")
    return tag_field(keys)


def _clean(data, known_screens) -> dict:
    language = str(data.get("language") or "id")
    if language not in LANGUAGES:
        raise DomainError(_("Choose Indonesian or English."), field="language")
    audience = data.get("audience") or []
    if isinstance(audience, str):
        audience = audience.split()
    if any(tag not in ROLE_TAGS for tag in audience):
        raise DomainError(_("Choose the readers from the list."), field="audience")
    return {
        "title": line(data.get("title"), "title", low=3, high=160),
        "summary": line(data.get("summary"), "summary", low=0, high=300),
        "body": block(data.get("body"), "body", low=10, high=20000),
        "language": language,
        "audience": tag_field(audience),
        "screens": _screens(data.get("screens"), known_screens),
    }


def create_article(*, actor, data, known_screens) -> Article:
    if not policy.can_manage_articles(actor):
        raise Forbidden(_("Only the HR office writes articles."))
    values = _clean(data, known_screens)
    with transaction.atomic():
        article = Article.objects.create(instansi_id=actor.instansi_id, updated_by=actor.user,
                                         updated_by_label=actor.label, **values)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=article,
               after=_snapshot(article))
    return article


def update_article(*, actor, article, version, data, known_screens) -> Article:
    if not policy.can_edit_article(actor, article):
        raise Forbidden(_("Only the HR office edits articles."))
    values = _clean(data, known_screens)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        check_version(article, version)
        before = _snapshot(article)
        _keep_revision(article)
        for name, value in values.items():
            setattr(article, name, value)
        _saved_by(article, actor)
        article.save()
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=article, before=before,
               after=_snapshot(article))
    return article


def set_published(*, actor, article, version, published: bool) -> Article:
    if not policy.can_edit_article(actor, article):
        raise Forbidden(_("Only the HR office publishes articles."))
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        check_version(article, version)
        before = _snapshot(article)
        article.is_published = bool(published)
        _saved_by(article, actor)
        article.save()
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=article, before=before,
               after=_snapshot(article))
    return article


def _keep_revision(article):
    ArticleRevision.objects.create(
        instansi_id=article.instansi_id, article=article, number=article.version,
        title=article.title, summary=article.summary, body=article.body,
        language=article.language, audience=article.audience, screens=article.screens,
        written_by_label=article.updated_by_label, written_at=article.updated_at)


def _saved_by(article, actor):
    article.version += 1
    article.updated_by = actor.user
    article.updated_by_label = actor.label
    article.updated_at = timezone.now()


def audience_tags(article) -> list[str]:
    return tags_of(article.audience)
