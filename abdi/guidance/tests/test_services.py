"""Services: articles with history and optimistic versions, announcements and receipts,
feedback with duplicates and the rate limit; bad input changes nothing."""

import datetime

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound
from abdi.core.public_guard import TooManyRequests
from abdi.guidance import queries
from abdi.guidance.models import (
    Announcement,
    AnnouncementReceipt,
    Article,
    ArticleRevision,
    Feedback,
    FeedbackReply,
    TourProgress,
)
from abdi.guidance.rules.audience import FEEDBACK_LIMIT
from abdi.guidance.services import announcements, articles, feedback, tour
from abdi.guidance.tests.conftest import actor_of, make_announcement
from abdi.performance.models import Notification
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db
SCREENS = frozenset({"guidance:index", "performance:diary"})
GOOD = {"title": "Cara menyusun SKP", "summary": "Ringkas", "body": "Langkah pertama.\n- satu",
        "language": "id", "audience": ["employee"], "screens": "performance:diary"}


# --- articles ------------------------------------------------------------------------------

def test_hr_writes_and_each_save_keeps_the_previous_text(world):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        article = articles.create_article(actor=hr, data=GOOD, known_screens=SCREENS)
        assert (article.is_published, article.screens, article.version) == (
            False, " performance:diary ", 1)
        articles.update_article(actor=hr, article=article, version=1,
                                data=GOOD | {"body": "Teks baru yang lebih jelas."},
                                known_screens=SCREENS)
        article.refresh_from_db()
        revision = ArticleRevision.objects.get(article=article)
    assert article.version == 2
    assert article.body == "Teks baru yang lebih jelas."
    assert (revision.number, revision.body) == (1, "Langkah pertama.\n- satu")
    assert revision.written_by_label == "Admin BKPSDM"


def test_a_stale_version_is_a_conflict_and_changes_nothing(world, article):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov), pytest.raises(Conflict):
        articles.update_article(actor=hr, article=article, version=99,
                                data=GOOD, known_screens=SCREENS)
    with scopes_disabled():
        assert Article.objects.get(pk=article.pk).title == article.title
        assert not ArticleRevision.objects.exists()


@pytest.mark.parametrize(("change", "field"), [
    ({"title": ""}, "title"), ({"title": "x" * 161}, "title"), ({"body": "pendek"}, "body"),
    ({"body": "x" * 20001}, "body"), ({"language": "fr"}, "language"),
    ({"audience": ["root"]}, "audience"), ({"screens": "rahasia:halaman"}, "screens"),
])
def test_bad_article_input_is_refused(world, change, field):
    with within(world.gov), pytest.raises(DomainError) as refused:
        articles.create_article(actor=actor_of(world.users.hr_admin), data=GOOD | change,
                                known_screens=SCREENS)
    assert refused.value.field == field
    with scopes_disabled():
        assert not Article.objects.exists()


def test_only_hr_writes_articles(world, article):
    with within(world.gov):
        with pytest.raises(Forbidden):
            articles.create_article(actor=actor_of(world.users.agency_admin), data=GOOD,
                                    known_screens=SCREENS)
        with pytest.raises(Forbidden):
            articles.set_published(actor=actor_of(world.users.own), article=article,
                                   version=article.version, published=False)


def test_publishing_shows_an_article_to_employees(world, draft):
    own = actor_of(world.users.own)
    with within(world.gov):
        assert draft not in queries.articles_for(own)
        articles.set_published(actor=actor_of(world.users.hr_admin), article=draft,
                               version=draft.version, published=True)
        assert [a.pk for a in queries.articles_for(own)] == [draft.pk]


# --- announcements -------------------------------------------------------------------------

def _data(**change):
    return {"title": "Apel pagi", "body": "Apel pukul 07.30.", "audience": "government",
            "importance": "important", "publish_from": "", "publish_until": "",
            "targets": []} | change


def test_hr_announces_to_the_whole_government(world):
    with within(world.gov):
        announcement = announcements.publish_announcement(actor=actor_of(world.users.hr_admin),
                                                          data=_data())
        for user in (world.users.own, world.users.other_unit, world.users.agency_admin):
            assert [r["pk"] for r in queries.unread_banner(actor_of(user))] == [announcement.pk]


def test_an_agency_announcement_reaches_its_units_only(world):
    with within(world.gov):
        announcement = announcements.publish_announcement(
            actor=actor_of(world.users.agency_admin),
            data=_data(audience="agencies", targets=[str(world.agency.pk)]))
        assert announcement.owner_agency_id == world.agency.pk
        assert queries.unread_banner(actor_of(world.users.own))
        assert queries.unread_banner(actor_of(world.users.supervisor))
        assert not queries.unread_banner(actor_of(world.users.other_unit))


def test_a_unit_announcement_does_not_reach_the_sibling_unit(world):
    with within(world.gov):
        announcements.publish_announcement(
            actor=actor_of(world.users.hr_admin),
            data=_data(audience="units", targets=[str(world.unit.pk)]))
        assert queries.unread_banner(actor_of(world.users.own))
        sibling = actor_of(world.users.own)
        sibling.employee_id = world.sibling.pk
        assert not queries.unread_banner(sibling)


@pytest.mark.parametrize(("user", "change", "error"), [
    ("agency_admin", {}, Forbidden),  # whole government: HR only
    ("agency_admin", {"audience": "agencies", "targets": "OTHER_AGENCY"}, Forbidden),
    ("hr_admin", {"audience": "agencies", "targets": "OTHER_GOV"}, DomainError),
    ("hr_admin", {"audience": "agencies", "targets": "UNIT"}, DomainError),  # not an agency
    ("hr_admin", {"audience": "units", "targets": ["abc"]}, DomainError),
    ("hr_admin", {"audience": "units", "targets": []}, DomainError),
    ("hr_admin", {"audience": "everyone"}, DomainError),
    ("hr_admin", {"importance": "max"}, DomainError),
    ("hr_admin", {"title": ""}, DomainError),
    ("hr_admin", {"publish_from": "2026-02-30"}, DomainError),
    ("hr_admin", {"publish_from": "2026-03-02T10:00", "publish_until": "2026-03-01"}, DomainError),
    ("own", {}, Forbidden),
])
def test_bad_announcements_are_refused_and_nothing_is_saved(world, user, change, error):
    targets = {"OTHER_AGENCY": [str(world.other_agency.pk)],
               "OTHER_GOV": [str(world.other_gov_agency.pk)], "UNIT": [str(world.unit.pk)]}
    if isinstance(change.get("targets"), str):
        change = change | {"targets": targets[change["targets"]]}
    with within(world.gov), pytest.raises(error):
        announcements.publish_announcement(actor=actor_of(getattr(world.users, user)),
                                           data=_data(**change))
    with scopes_disabled():
        assert not Announcement.objects.exists()


def test_scheduled_and_ended_announcements_are_not_shown(world):
    now = timezone.now()
    with within(world.gov):
        make_announcement(world.gov, title="Nanti", publish_from=now + datetime.timedelta(days=1))
        make_announcement(world.gov, title="Lewat", publish_from=now - datetime.timedelta(days=2),
                          publish_until=now - datetime.timedelta(days=1))
        assert queries.unread_banner(actor_of(world.users.own)) == []


def test_confirming_is_idempotent_and_hides_the_banner(world, announcement):
    own = actor_of(world.users.own)
    with within(world.gov):
        first = announcements.confirm_read(actor=own, announcement=announcement)
        second = announcements.confirm_read(actor=own, announcement=announcement)
        assert first.pk == second.pk
        assert AnnouncementReceipt.objects.count() == 1
        assert first.agency_id == world.agency.pk
        assert queries.unread_banner(own) == []


def test_receipts_per_agency_and_who_has_not_read(world, announcement):
    with within(world.gov):
        announcements.confirm_read(actor=actor_of(world.users.own), announcement=announcement)
        rows = {r["agency"]: r for r in queries.receipts_per_agency(announcement)}
        unread = list(queries.unread_employees(announcement))
    assert rows["Dinas Pendidikan"]["read"] == 1
    assert rows["Dinas Pendidikan"]["audience"] >= 5
    assert rows["Dinas Kesehatan"]["read"] == 0
    assert world.own not in unread
    assert world.peer in unread


def test_ending_an_announcement_and_stale_versions(world, announcement):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        with pytest.raises(Conflict):
            announcements.end_announcement(actor=hr, announcement=announcement, version=7)
        announcements.end_announcement(actor=hr, announcement=announcement, version=1)
        assert queries.unread_banner(actor_of(world.users.own)) == []


# --- feedback ------------------------------------------------------------------------------

def _send(world, user="own", text="Tombol simpan tidak bekerja", **kw):
    with within(world.gov):
        return feedback.send_feedback(actor=actor_of(getattr(world.users, user)),
                                      kind=kw.pop("kind", "problem"), text=text,
                                      path="/kinerja/", screen="performance:home", **kw)


def test_the_same_feedback_twice_within_a_minute_is_one(world):
    first, new = _send(world)
    again, new_again = _send(world, text="  tombol SIMPAN tidak bekerja ")
    assert (new, new_again, first.pk) == (True, False, again.pk)
    with scopes_disabled():
        assert Feedback.objects.count() == 1


def test_a_minute_later_it_is_a_new_one(world):
    first, _new = _send(world)
    with scopes_disabled():
        Feedback.objects.filter(pk=first.pk).update(
            created_at=timezone.now() - datetime.timedelta(minutes=2))
    _second, new = _send(world)
    assert new is True


def test_too_much_feedback_is_refused_with_429(world):
    for n in range(FEEDBACK_LIMIT[0]):
        _send(world, text=f"Masukan nomor {n}")
    with pytest.raises(TooManyRequests) as refused:
        _send(world, text="Satu lagi")
    assert refused.value.status == 429
    with scopes_disabled():
        assert Feedback.objects.count() == FEEDBACK_LIMIT[0]


@pytest.mark.parametrize(("text", "kind"), [("", "problem"), ("  ", "idea"), ("x" * 2001, "idea"),
                                            ("Teks yang baik", "complaint")])
def test_bad_feedback_is_refused(world, text, kind):
    with pytest.raises(DomainError):
        _send(world, text=text, kind=kind)
    with scopes_disabled():
        assert not Feedback.objects.exists()


def test_hr_reply_notifies_the_sender_and_moves_the_status(world):
    sent, _new = _send(world)
    with within(world.gov):
        feedback.answer_feedback(actor=actor_of(world.users.hr_admin), feedback=sent, version=1,
                                 text="Sudah kami perbaiki, silakan coba lagi.")
        sent.refresh_from_db()
        notice = Notification.objects.get(recipient=world.own)
        replies = FeedbackReply.objects.filter(feedback=sent).count()
    assert sent.status == "in_progress"
    assert (notice.topic, replies) == ("guidance", 1)
    with within(world.gov), pytest.raises(Conflict):
        feedback.answer_feedback(actor=actor_of(world.users.hr_admin), feedback=sent, version=1,
                                 status="done")


def test_only_hr_answers_and_an_empty_answer_is_refused(world):
    sent, _new = _send(world)
    with within(world.gov):
        with pytest.raises(Forbidden):
            feedback.answer_feedback(actor=actor_of(world.users.own), feedback=sent, version=1,
                                     text="Saya jawab sendiri")
        with pytest.raises(DomainError):
            feedback.answer_feedback(actor=actor_of(world.users.hr_admin), feedback=sent,
                                     version=1, text="", status="")
        assert not FeedbackReply.objects.exists()


# --- tour ----------------------------------------------------------------------------------

def test_tour_seen_once_per_version_and_replay_forgets(world):
    own = actor_of(world.users.own)
    with within(world.gov):
        tour.mark_tour_seen(actor=own, version=1, skipped=True)
        tour.mark_tour_seen(actor=own, version=1, skipped=False)
        assert TourProgress.objects.get().outcome == "skipped"  # skipping counts as seen
        assert queries.tour_seen(own, 1)
        assert not queries.tour_seen(own, 2)
        tour.forget_tour(actor=own)
        assert not queries.tour_seen(own, 1)
    with pytest.raises(NotFound):
        tour.mark_tour_seen(actor=actor_of(world.users.operator), version=1, skipped=False)
