"""Reads of guidance: articles, the announcements that reach a person, receipts, feedback.

`get_<thing>_for_user` answers 404 for what the actor may not see (other governments alike).
"""

from django.db.models import Case, Count, Exists, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.http import Http404
from django.utils import timezone

from abdi.org.models import Unit
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee

from . import policy
from .models import (
    Announcement,
    AnnouncementReceipt,
    AnnouncementTarget,
    Article,
    ArticleRevision,
    Feedback,
    TourProgress,
)
from .rules.audience import ROLE_TAGS, receipt_rate

BANNER_SIZE = 3


# --- tour ----------------------------------------------------------------------------------

def tour_seen(actor, version: int) -> bool:
    return TourProgress.objects.filter(user_id=actor.user.pk, version=version).exists()


# --- articles ------------------------------------------------------------------------------

def articles_for(actor, *, search: str = "", audience: str = ""):
    """The articles the actor reads; `audience` (a role tag) keeps those written for it and
    those written for everyone (no tag)."""
    if not policy.can_read_articles(actor):
        return Article.objects.none()
    articles = Article.objects.all()
    if not policy.can_manage_articles(actor):
        articles = articles.filter(is_published=True)
    if search:
        articles = articles.filter(Q(title__icontains=search) | Q(summary__icontains=search))
    if audience in ROLE_TAGS:
        articles = articles.filter(Q(audience__contains=f" {audience} ") | Q(audience=""))
    return articles.order_by("title", "id")


def get_article_for_user(actor, article_id) -> Article:
    article = Article.objects.filter(pk=article_id).first() if policy.can_read_articles(actor) \
        else None
    if article is None or not policy.can_read_article(actor, article):
        raise Http404
    return article


def revisions_of(article):
    return ArticleRevision.objects.filter(article=article).order_by("-number")


def related_articles(actor, screen_key: str) -> list:
    """Published articles linked to a screen ("namespace:url_name"), for its help page."""
    if not policy.can_read_articles(actor):
        return []
    return list(Article.objects.filter(is_published=True, screens__contains=f" {screen_key} ")
                .only("pk", "title", "summary", "language").order_by("title")[:20])


# --- announcements -------------------------------------------------------------------------

def _current(now=None) -> Q:
    now = now or timezone.now()
    return Q(publish_from__lte=now) & (Q(publish_until__isnull=True) | Q(publish_until__gt=now))


def _reaching(actor) -> Q:
    """Whole-government announcements, and those with a target above the actor's unit; the
    actor's unit path is read inside the same SQL statement (no query of its own)."""
    everyone = Q(audience=Announcement.Audience.GOVERNMENT)
    if not actor.employee_id:
        return everyone
    viewer_path = Subquery(Employee.objects.filter(pk=actor.employee_id).values("unit__path")[:1])
    above = (AnnouncementTarget.objects.filter(announcement=OuterRef("pk"))
             .annotate(viewer_path=viewer_path).filter(viewer_path__startswith=F("path")))
    return everyone | Q(Exists(above))


def _read_by(actor):
    return Exists(AnnouncementReceipt.objects.filter(announcement=OuterRef("pk"),
                                                     user_id=actor.user.pk))


_IMPORTANCE_RANK = Case(
    When(importance=Announcement.Importance.URGENT, then=Value(2)),
    When(importance=Announcement.Importance.IMPORTANT, then=Value(1)),
    default=Value(0), output_field=IntegerField())


def unread_banner(actor) -> list:
    """The newest unread announcements that reach the actor: ONE query, for every page."""
    if not policy.can_read_announcements(actor):
        return []
    return list(Announcement.objects.filter(_current()).filter(_reaching(actor))
                .exclude(_read_by(actor)).annotate(rank=_IMPORTANCE_RANK)
                .order_by("-rank", "-publish_from", "-id")
                .values("pk", "title", "importance")[: BANNER_SIZE + 1])


def announcements_for(actor):
    """Current announcements that reach the actor, newest first, each with `is_read`."""
    if not policy.can_read_announcements(actor):
        return Announcement.objects.none()
    return (Announcement.objects.filter(_current()).filter(_reaching(actor))
            .annotate(is_read=_read_by(actor)).order_by("-publish_from", "-id"))


def managed_announcements(actor):
    if not policy.can_publish_announcements(actor):
        return Announcement.objects.none()
    found = Announcement.objects.all()
    if not actor.is_hr_admin:
        found = found.filter(owner_agency_id__in=actor.agency_ids)
    return found.select_related("owner_agency").order_by("-publish_from", "-id")


def get_announcement_for_user(actor, announcement_id) -> Announcement:
    """One the actor manages, or a current one that reaches him."""
    if not policy.can_read_announcements(actor):
        raise Http404
    found = Announcement.objects.filter(pk=announcement_id).annotate(is_read=_read_by(actor))
    announcement = found.first()
    if announcement is None:
        raise Http404
    if policy.can_manage_announcement(actor, announcement):
        return announcement
    if not found.filter(_current()).filter(_reaching(actor)).exists():
        raise Http404
    return announcement


def get_managed_announcement(actor, announcement_id) -> Announcement:
    announcement = get_announcement_for_user(actor, announcement_id)
    if not policy.can_manage_announcement(actor, announcement):
        raise Http404
    return announcement


def addressable_units(actor):
    """Units an announcement of this actor may address (the choices of the form)."""
    if not policy.can_publish_announcements(actor):
        return Unit.objects.none()
    units = Unit.objects.filter(is_active=True)
    if not actor.is_hr_admin:
        units = units.filter(agency_id__in=actor.agency_ids)
    return units.only("pk", "name", "depth", "parent_id", "path").order_by("path")


def target_units_of(announcement) -> list:
    return list(AnnouncementTarget.objects.filter(announcement=announcement)
                .select_related("unit").order_by("path"))


def audience_of(announcement, targets=None):
    """Employees on the roll whom the announcement reaches (targets: one query if not given)."""
    employees = Employee.objects.filter(status__in=EmployeeStatus.serving())
    if announcement.audience == Announcement.Audience.GOVERNMENT:
        return employees
    paths = [t.path for t in (targets if targets is not None else target_units_of(announcement))]
    if not paths:
        return employees.none()
    reach = Q()
    for path in paths:
        reach |= Q(unit__path__startswith=path)
    return employees.filter(reach)


def receipts_per_agency(announcement, targets=None) -> list[dict]:
    """Per agency: audience, confirmed readers and the rate (two grouped queries)."""
    audience = (audience_of(announcement, targets).order_by()
                .values("agency_id", "agency__name").annotate(n=Count("id")))
    read = dict(AnnouncementReceipt.objects.filter(announcement=announcement).order_by()
                .values("agency_id").annotate(n=Count("id")).values_list("agency_id", "n"))
    rows = []
    for row in sorted(audience, key=lambda r: r["agency__name"] or ""):
        confirmed = min(read.get(row["agency_id"], 0), row["n"])
        rows.append({"agency_id": row["agency_id"], "agency": row["agency__name"],
                     "audience": row["n"], "read": confirmed,
                     "rate": receipt_rate(confirmed, row["n"])})
    return rows


def unread_employees(announcement, targets=None, *, agency_id=None):
    """Who in the audience has not confirmed yet, by agency and name."""
    employees = audience_of(announcement, targets).exclude(Exists(
        AnnouncementReceipt.objects.filter(announcement=announcement, employee_id=OuterRef("pk"))))
    if agency_id:
        employees = employees.filter(agency_id=agency_id)
    return (employees.select_related("agency", "unit")
            .only("pk", "name", "nip", "agency__name", "unit__name")
            .order_by("agency__name", "name", "pk"))


# --- feedback ------------------------------------------------------------------------------

def feedback_inbox(actor, *, status: str = "", kind: str = "", screen: str = ""):
    if not policy.can_answer_feedback(actor):
        return Feedback.objects.none()
    found = Feedback.objects.all()
    if status in Feedback.Status.values:
        found = found.filter(status=status)
    if kind in Feedback.Kind.values:
        found = found.filter(kind=kind)
    if screen:
        found = found.filter(screen=screen[:120])
    return found.annotate(reply_count=Count("replies")).order_by("-created_at", "-id")


def feedback_screens() -> list[str]:
    return list(Feedback.objects.order_by("screen").values_list("screen", flat=True).distinct())


def own_feedback(actor):
    if not policy.can_send_feedback(actor):
        return Feedback.objects.none()
    return (Feedback.objects.filter(sender_id=actor.user.pk).prefetch_related("replies")
            .order_by("-created_at", "-id"))


def get_feedback_for_user(actor, feedback_id) -> Feedback:
    if not policy.can_send_feedback(actor):
        raise Http404
    feedback = Feedback.objects.filter(pk=feedback_id).prefetch_related("replies").first()
    if feedback is None or not policy.can_see_feedback(actor, feedback):
        raise Http404
    return feedback
