"""Reading shared solutions and forums: search (full-text on PostgreSQL, icontains on SQLite),
the index lists, a solution or topic for a viewer (404 when it is not theirs), and the forum
lists with their counts. Every list costs a fixed number of queries whatever its length."""

from django.db import connection
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.http import Http404

from abdi.core.ids import positive_id

from . import policy
from .models import Attachment, Board, Post, Reuse, Solution, Subscription, Tag, Topic
from .rules.search import search_terms

PAGE_SIZE = 20
TOPICS_PAGE_SIZE = 25


def author_ids(solution) -> list[int]:
    cached = getattr(solution, "_author_ids", None)
    if cached is None:
        cached = list(solution.authors.values_list("pk", flat=True))
        solution._author_ids = cached
    return cached


def employee_agency_id(employee_id) -> int | None:
    from abdi.people.models import Employee

    if not employee_id:
        return None
    return Employee.objects.filter(pk=employee_id).values_list("agency_id", flat=True).first()


# --- the library ---------------------------------------------------------------------------


def _published():
    return Solution.objects.filter(status=Solution.Status.PUBLISHED)


def _listed(solutions):
    return solutions.select_related("agency").prefetch_related("tags")


def search(query: str = "", *, tag: str = "", agency_id=None, year=None):
    """Published solutions matching every word of the query, most relevant first.

    Relevance: on PostgreSQL the full-text rank (title weighs more than the rest); on SQLite a
    title match counts 3 and a match elsewhere (problem, solution, results,
    tags) 1 per word.
    """
    found = _published()
    if tag:
        found = found.filter(tags__name=tag)
    if agency_id:
        found = found.filter(agency_id=agency_id)
    if year:
        found = found.filter(published_at__year=year)
    terms = search_terms(query)
    if not terms:
        return _listed(found.order_by("-published_at", "-id"))
    if connection.vendor == "postgresql":
        return _listed(_ranked_fulltext(found, terms))
    return _listed(_ranked_contains(found, terms))


def _ranked_fulltext(found, terms):
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    # The same expression as the GIN index of migration 0002, so the index serves the match.
    vector = (SearchVector("title", weight="A", config="simple")
              + SearchVector("search_text", weight="B", config="simple"))
    query = SearchQuery(" ".join(terms), search_type="plain", config="simple")
    return (found.annotate(document=vector).filter(document=query)
            .annotate(rank=SearchRank(vector, query)).order_by("-rank", "-published_at", "-id"))


def _ranked_contains(found, terms):
    score = Value(0, output_field=IntegerField())
    for term in terms:
        found = found.filter(Q(title__icontains=term) | Q(search_text__icontains=term))
        score = score + Case(When(title__icontains=term, then=Value(3)), default=Value(0),
                             output_field=IntegerField()) \
            + Case(When(search_text__icontains=term, then=Value(1)), default=Value(0),
                   output_field=IntegerField())
    return found.annotate(rank=score).order_by("-rank", "-published_at", "-id")


def most_reused(limit: int = 5):
    return _listed(_published().filter(reuse_count__gt=0)
                   .order_by("-reuse_count", "-published_at", "-id"))[:limit]


def newest(limit: int = 5):
    return _listed(_published().order_by("-published_at", "-id"))[:limit]


def drafts_of(employee_id):
    if not employee_id:
        return Solution.objects.none()
    return (Solution.objects.filter(authors__pk=employee_id)
            .exclude(status=Solution.Status.PUBLISHED).order_by("-updated_at", "-id"))


def popular_tags(limit: int = 30) -> list[str]:
    return list(Tag.objects.annotate(n=Count("solutions")).filter(n__gt=0)
                .order_by("-n", "name").values_list("name", flat=True)[:limit])


def agencies_with_solutions():
    from abdi.org.models import Unit

    return Unit.objects.filter(pk__in=_published().values("agency_id")).order_by("name")


def years_with_solutions() -> list[int]:
    return sorted({d.year for d in _published().dates("published_at", "year")}, reverse=True)


def get_solution_for_user(actor, solution_id) -> Solution:
    pk = positive_id(solution_id)
    solution = Solution.objects.select_related("agency").filter(pk=pk).first() if pk else None
    if solution is None or not policy.can_view_solution(actor, solution, author_ids(solution)):
        raise Http404
    return solution


def authors_of(solution):
    return solution.authors.select_related("agency").order_by("name")


def reuses_of(solution):
    return solution.reuses.select_related("agency", "recorded_by").order_by("created_at", "id")


def reuse_of_agency(solution, agency_id):
    return Reuse.objects.filter(solution=solution, agency_id=agency_id).first()


def attachments_of(solution):
    return solution.attachments.order_by("created_at", "id")


def get_attachment_for_user(actor, attachment_id) -> Attachment:
    pk = positive_id(attachment_id)
    attachment = Attachment.objects.filter(pk=pk).first() if pk else None
    if attachment is None:
        raise Http404
    get_solution_for_user(actor, attachment.solution_id)
    return attachment


def history_of(solution):
    from abdi.audit.models import AuditEntry

    return (AuditEntry.objects.filter(object_type="knowledge.solution", object_id=str(solution.pk))
            .order_by("-at", "-id")[:50])


# --- the forums ----------------------------------------------------------------------------


def boards():
    return Board.objects.annotate(
        topic_count=Count("topics", filter=Q(topics__hidden=False))).order_by("name")


def get_board(board_id) -> Board:
    pk = positive_id(board_id)
    board = Board.objects.filter(pk=pk).first() if pk else None
    if board is None:
        raise Http404
    return board


def topics_of(board, *, include_hidden=False):
    topics = Topic.objects.filter(board=board)
    if not include_hidden:
        topics = topics.filter(hidden=False)
    return topics.select_related("author").order_by("-last_activity_at", "-id")


def get_topic_for_user(actor, topic_id) -> Topic:
    pk = positive_id(topic_id)
    topic = (Topic.objects.select_related("board", "author", "author__agency").filter(pk=pk).first()
             if pk else None)
    if topic is None or not policy.can_view_topic(actor, topic):
        raise Http404
    return topic


def replies_of(topic):
    return topic.posts.select_related("author", "author__agency").order_by("created_at", "id")


def get_post_for_user(actor, post_id) -> Post:
    pk = positive_id(post_id)
    post = Post.objects.select_related("topic").filter(pk=pk).first() if pk else None
    if post is None:
        raise Http404
    get_topic_for_user(actor, post.topic_id)
    return post


def is_subscribed(topic, employee_id) -> bool:
    return bool(employee_id) and Subscription.objects.filter(
        topic=topic, employee_id=employee_id).exists()


def subscriber_ids(topic, *, except_id=None) -> list[int]:
    found = Subscription.objects.filter(topic=topic)
    if except_id:
        found = found.exclude(employee_id=except_id)
    return list(found.values_list("employee_id", flat=True))


def recent_topics(limit: int = 5):
    return (Topic.objects.filter(hidden=False).select_related("board", "author")
            .order_by("-last_activity_at", "-id")[:limit])


