import datetime

import pytest
from django.utils import timezone

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.knowledge.models import Attachment, Post, Reuse, Solution, Subscription, Tag, Topic
from abdi.knowledge.rules.attachments import MAX_ATTACHMENT_BYTES
from abdi.knowledge.services import forum, reuse, solutions
from abdi.knowledge.tests.conftest import actor_of, office_file, upload
from abdi.knowledge.tests.factories import PNG, make_board, make_post, make_solution, make_topic
from abdi.performance.models import Notification
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db


@pytest.fixture
def gov(world):
    with within(world.gov):
        yield world


def _audit(obj):
    return list(AuditEntry.objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))
                .order_by("id").values_list("action", flat=True))


# --- solutions -----------------------------------------------------------------------------


def test_an_employee_writes_a_draft_with_tidy_tags(gov, solution_data):
    made = solutions.create_solution(actor=actor_of(gov.users.own), data=solution_data)
    assert made.status == "draft"
    assert made.published_at is None
    assert made.agency_id == gov.own.agency_id
    assert list(made.authors.values_list("pk", flat=True)) == [gov.own.pk]
    assert sorted(made.tags.values_list("name", flat=True)) == ["antrean online", "pelayanan publik"]
    assert "antrean online" in made.search_text
    assert "whatsapp" in made.search_text
    assert _audit(made) == ["create"]


def test_co_authors_are_named_by_nip(gov, solution_data):
    solution_data["co_authors"] = f"{gov.peer.nip}, {gov.peer.nip}"
    made = solutions.create_solution(actor=actor_of(gov.users.own), data=solution_data)
    assert set(made.authors.values_list("pk", flat=True)) == {gov.own.pk, gov.peer.pk}


@pytest.mark.parametrize(("field", "value"), [
    ("co_authors", "199001012015031999"), ("co_authors", "abc"), ("co_authors", "1 " * 21),
    ("title", ""), ("title", "x" * 201), ("problem", "pendek"), ("solution", "   "),
    ("results", "x" * 10_001), ("tags", ",".join(f"tag{n}" for n in range(11))),
])
def test_bad_input_saves_nothing(gov, solution_data, field, value):
    solution_data[field] = value
    with pytest.raises(DomainError) as refused:
        solutions.create_solution(actor=actor_of(gov.users.own), data=solution_data)
    assert refused.value.status == 400
    assert refused.value.field == field
    assert not Solution.objects.exists()
    assert not Tag.objects.exists()


def test_someone_of_another_government_is_not_a_co_author(world, solution_data):
    solution_data["co_authors"] = world.other_gov_employee.nip
    with within(world.gov), pytest.raises(DomainError):
        solutions.create_solution(actor=actor_of(world.users.own), data=solution_data)


def test_only_employees_write(gov, solution_data):
    with pytest.raises(Forbidden):
        solutions.create_solution(actor=actor_of(gov.users.leader), data=solution_data)


def test_control_characters_are_dropped(gov, solution_data):
    solution_data["problem"] = "Pasien\x00 menunggu\x07 lama sekali di loket pendaftaran."
    made = solutions.create_solution(actor=actor_of(gov.users.own), data=solution_data)
    assert "\x00" not in made.problem
    assert "\x07" not in made.problem


def test_authors_edit_with_the_version_they_read(gov, solution_data):
    own = actor_of(gov.users.own)
    made = solutions.create_solution(actor=own, data=solution_data)
    solution_data["title"] = "Antrean online di semua puskesmas"
    solution_data["tags"] = "antrean"
    edited = solutions.update_solution(actor=own, solution=made, version=1, data=solution_data)
    assert edited.version == 2
    assert list(edited.tags.values_list("name", flat=True)) == ["antrean"]
    entry = AuditEntry.objects.filter(object_id=str(made.pk), action="update").get()
    assert entry.changes["title"][1] == "Antrean online di semua puskesmas"
    with pytest.raises(Conflict):
        solutions.update_solution(actor=own, solution=made, version=1, data=solution_data)
    with pytest.raises(Forbidden):
        solutions.update_solution(actor=actor_of(gov.users.other_unit), solution=made, version=2,
                                  data=solution_data)


def test_an_author_publishes_and_hr_withdraws_with_a_reason(gov, solution_data):
    made = solutions.create_solution(actor=actor_of(gov.users.own), data=solution_data)
    with pytest.raises(Forbidden):
        solutions.publish(actor=actor_of(gov.users.hr_admin), solution=made, version=1)
    published = solutions.publish(actor=actor_of(gov.users.own), solution=made, version=1)
    assert published.status == "published"
    assert published.published_at is not None
    hr = actor_of(gov.users.hr_admin)
    with pytest.raises(DomainError):
        solutions.unpublish(actor=hr, solution=published, version=2, reason="no")
    with pytest.raises(Forbidden):
        solutions.unpublish(actor=actor_of(gov.users.own), solution=published, version=2,
                            reason="Data pribadi pasien terlihat")
    withdrawn = solutions.unpublish(actor=hr, solution=published, version=2,
                                    reason="Data pribadi pasien terlihat")
    assert withdrawn.status == "unpublished"
    assert withdrawn.unpublish_reason == "Data pribadi pasien terlihat"
    assert _audit(made) == ["create", "update", "update"]
    republished = solutions.publish(actor=actor_of(gov.users.own), solution=withdrawn, version=3)
    assert republished.unpublish_reason == ""
    assert republished.status == "published"


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("laporan.pdf", b"%PDF-1.4\n%%EOF\n", "pdf"), ("foto.png", PNG, "png"),
    ("paparan.pptx", office_file("pptx"), "pptx"), ("sop.docx", office_file("docx"), "docx"),
])
def test_attachments_are_sniffed_and_stored(gov, name, content, kind):
    item = make_solution(gov.own)
    attachment = solutions.add_attachment(actor=actor_of(gov.users.own), solution=item,
                                          upload=upload(name, content))
    assert attachment.kind == kind
    assert attachment.original_name == name
    assert attachment.file.name.endswith(f".{kind}")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("virus.pdf", b"MZ\x90\x00 not a pdf", "PDF, JPEG, PNG, DOCX or PPTX"),
    ("kosong.pdf", b"", "empty"),
    ("arsip.docx", b"PK\x03\x04 broken zip", "PDF, JPEG, PNG, DOCX or PPTX"),
    ("besar.pdf", b"%PDF-" + b"0" * MAX_ATTACHMENT_BYTES, "10 MB"),
])
def test_attachments_that_are_not_what_they_say_are_refused(gov, name, content, message):
    item = make_solution(gov.own)
    with pytest.raises(DomainError) as refused:
        solutions.add_attachment(actor=actor_of(gov.users.own), solution=item,
                                 upload=upload(name, content))
    assert message in str(refused.value.message)
    assert not Attachment.objects.exists()


def test_only_authors_attach_and_remove(gov):
    item = make_solution(gov.own)
    with pytest.raises(Forbidden):
        solutions.add_attachment(actor=actor_of(gov.users.other_unit), solution=item,
                                 upload=upload())
    attachment = solutions.add_attachment(actor=actor_of(gov.users.own), solution=item,
                                          upload=upload())
    with pytest.raises(Forbidden):
        solutions.remove_attachment(actor=actor_of(gov.users.hr_admin), attachment=attachment)
    solutions.remove_attachment(actor=actor_of(gov.users.own), attachment=attachment)
    assert not Attachment.objects.exists()


# --- reuse -----------------------------------------------------------------------------------


def test_another_agency_records_a_reuse_and_the_authors_hear(gov):
    item = make_solution(gov.own)
    made, new = reuse.record_reuse(actor=actor_of(gov.users.other_unit), solution=item,
                                   note="Kami terapkan di Puskesmas Kecamatan Utara.")
    assert new
    assert made.agency_id == gov.other_agency.pk
    item.refresh_from_db()
    assert item.reuse_count == 1
    notice = Notification.objects.get(recipient=gov.own)
    assert notice.topic == "knowledge"
    assert str(item.pk) in notice.link
    again, new = reuse.record_reuse(actor=actor_of(gov.users.hr_admin), solution=item,
                                    note="Sudah diperluas ke tiga puskesmas lain.")
    assert not new
    assert again.pk == made.pk
    assert again.note.startswith("Sudah diperluas")
    item.refresh_from_db()
    assert item.reuse_count == 1
    assert Reuse.objects.count() == 1
    assert Notification.objects.filter(recipient=gov.own).count() == 1


def test_an_agency_does_not_reuse_its_own_or_a_draft(gov):
    item = make_solution(gov.own)
    with pytest.raises(Forbidden) as refused:
        reuse.record_reuse(actor=actor_of(gov.users.supervisor), solution=item,
                           note="Kami terapkan juga di bidang lain.")
    assert "own perangkat daerah" in str(refused.value.message)
    draft = make_solution(gov.own, status="draft", title="Draf")
    with pytest.raises(Forbidden):
        reuse.record_reuse(actor=actor_of(gov.users.other_unit), solution=draft,
                           note="Kami terapkan juga di dinas kami.")
    with pytest.raises(DomainError):
        reuse.record_reuse(actor=actor_of(gov.users.other_unit), solution=item, note="  ")
    assert not Reuse.objects.exists()


# --- forums ----------------------------------------------------------------------------------


def test_only_hr_opens_boards_once_per_name(gov):
    with pytest.raises(Forbidden):
        forum.create_board(actor=actor_of(gov.users.own), name="Kepegawaian")
    forum.create_board(actor=actor_of(gov.users.hr_admin), name="Kepegawaian")
    with pytest.raises(Conflict):
        forum.create_board(actor=actor_of(gov.users.hr_admin), name="kepegawaian")


def test_the_same_topic_twice_within_a_minute_is_one_topic(gov):
    board = make_board(gov.gov)
    own = actor_of(gov.users.own)
    first, new = forum.start_topic(actor=own, board=board, title="Antrean di loket",
                                   body="Bagaimana cara\r\nmengurai antrean?")
    assert new
    assert first.body == "Bagaimana cara\nmengurai antrean?"
    again, new = forum.start_topic(actor=own, board=board, title="Antrean  di loket",
                                   body="Bagaimana cara\nmengurai antrean?")
    assert not new
    assert again.pk == first.pk
    Topic.objects.filter(pk=first.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=2))
    later, new = forum.start_topic(actor=own, board=board, title="Antrean di loket",
                                   body="Bagaimana cara\nmengurai antrean?")
    assert new
    assert later.pk != first.pk
    assert Subscription.objects.filter(topic=first, employee=gov.own).exists()


@pytest.mark.parametrize(("title", "body"), [("", "isi"), ("abc", "isi yang cukup"),
                                             ("Judul yang baik", ""),
                                             ("Judul yang baik", "x" * 10_001)])
def test_empty_or_oversized_posts_are_refused(gov, title, body):
    with pytest.raises(DomainError):
        forum.start_topic(actor=actor_of(gov.users.own), board=make_board(gov.gov), title=title,
                          body=body)
    assert not Topic.objects.exists()


def test_a_reply_counts_and_tells_the_subscribers(gov):
    board = make_board(gov.gov)
    topic, _new = forum.start_topic(actor=actor_of(gov.users.own), board=board,
                                    title="Antrean di loket", body="Bagaimana caranya?")
    post, new = forum.reply(actor=actor_of(gov.users.other_unit), topic=topic,
                            body="Pakai nomor antrean WhatsApp.")
    assert new
    forum.reply(actor=actor_of(gov.users.other_unit), topic=topic,
                body="Pakai nomor antrean WhatsApp.")  # sent twice: one reply
    topic.refresh_from_db()
    assert topic.reply_count == 1
    assert topic.last_activity_at == post.created_at
    assert Notification.objects.filter(recipient=gov.own, topic="knowledge").count() == 1
    assert not Notification.objects.filter(recipient=gov.other_unit).exists()


def test_the_topic_author_marks_the_answer(gov):
    topic = make_topic(make_board(gov.gov), gov.own)
    post = make_post(topic, gov.other_unit)
    with pytest.raises(Forbidden):
        forum.mark_answer(actor=actor_of(gov.users.other_unit), post=post)
    assert forum.mark_answer(actor=actor_of(gov.users.own), post=post).answer_id == post.pk
    assert Notification.objects.filter(recipient=gov.other_unit).exists()
    assert forum.mark_answer(actor=actor_of(gov.users.own), post=post).answer_id is None


def test_hr_hides_a_reply_with_a_reason_kept_in_the_audit(gov):
    topic = make_topic(make_board(gov.gov), gov.own)
    post = make_post(topic, gov.other_unit, body="Iklan pinjaman online")
    forum.mark_answer(actor=actor_of(gov.users.own), post=post)
    with pytest.raises(Forbidden):
        forum.hide_post(actor=actor_of(gov.users.own), post=post, reason="Iklan tidak relevan")
    with pytest.raises(DomainError):
        forum.hide_post(actor=actor_of(gov.users.hr_admin), post=post, reason="")
    forum.hide_post(actor=actor_of(gov.users.hr_admin), post=post, reason="Iklan tidak relevan")
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.hidden
    assert topic.reply_count == 0
    assert topic.answer_id is None
    entry = AuditEntry.objects.get(object_type="knowledge.post", object_id=str(post.pk))
    assert entry.changes["reason"] == [None, "Iklan tidak relevan"]
    with pytest.raises(Conflict):
        forum.hide_post(actor=actor_of(gov.users.hr_admin), post=post, reason="Lagi lagi lagi")


def test_a_hidden_topic_takes_no_reply(gov):
    topic = make_topic(make_board(gov.gov), gov.own)
    forum.hide_topic(actor=actor_of(gov.users.hr_admin), topic=topic, reason="Topik ganda")
    with pytest.raises(Forbidden):
        forum.reply(actor=actor_of(gov.users.other_unit), topic=Topic.objects.get(pk=topic.pk),
                    body="Balasan")
    assert not Post.objects.exists()


def test_following_a_topic(gov):
    topic = make_topic(make_board(gov.gov), gov.own)
    follower = actor_of(gov.users.other_unit)
    forum.set_subscription(actor=follower, topic=topic, subscribed=True)
    forum.set_subscription(actor=follower, topic=topic, subscribed=True)
    assert Subscription.objects.filter(topic=topic, employee=gov.other_unit).count() == 1
    forum.set_subscription(actor=follower, topic=topic, subscribed=False)
    assert not Subscription.objects.filter(employee=gov.other_unit).exists()
    with pytest.raises(Forbidden):
        forum.set_subscription(actor=actor_of(gov.users.leader), topic=topic, subscribed=True)
