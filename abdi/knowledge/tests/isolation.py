"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

from django.core.files.base import ContentFile
from django.utils import timezone

from abdi.knowledge.models import (
    Attachment,
    Board,
    Post,
    Reuse,
    Solution,
    Subscription,
    Tag,
    Topic,
)

PARAMS: dict[str, str] = {"solution_id": "knowledge_solution",
                          "attachment_id": "knowledge_attachment",
                          "board_id": "knowledge_board", "topic_id": "knowledge_topic",
                          "post_id": "knowledge_post"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()
OPERATOR_PAGES: set[str] = set()
SNAPSHOT_MODELS: tuple = (Tag, Solution, Attachment, Reuse, Board, Topic, Post, Subscription)


def victims(world, marked) -> tuple[dict, set]:
    tag = Tag.objects.create(instansi=world.gov, name="tagrahasiakotaa")
    solution = Solution.objects.create(
        instansi=world.gov, agency=marked.agency, title="Solusi Rahasia Kota A",
        problem="Masalah Rahasia Kota A", solution="Cara Rahasia Kota A", status="published",
        published_at=timezone.now(), search_text="masalah rahasia kota a tagrahasiakotaa")
    solution.authors.set([marked])
    solution.tags.set([tag])
    attachment = Attachment(instansi=world.gov, solution=solution, kind="pdf", size=15,
                            original_name="lampiran-rahasia-kota-a.pdf")
    attachment.file.save("rahasia.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    Reuse.objects.create(instansi=world.gov, solution=solution, agency=world.other_agency,
                         recorded_by=world.other_unit, note="Catatan Rahasia Kota A")
    board = Board.objects.create(instansi=world.gov, name="Papan Rahasia Kota A")
    topic = Topic.objects.create(instansi=world.gov, board=board, author=marked,
                                 title="Topik Rahasia Kota A", body="Isi Rahasia Kota A",
                                 last_activity_at=timezone.now(), fingerprint="rahasia")
    post = Post.objects.create(instansi=world.gov, topic=topic, author=marked,
                               body="Balasan Rahasia Kota A", fingerprint="rahasia")
    Subscription.objects.create(instansi=world.gov, topic=topic, employee=marked)
    return ({"knowledge_solution": solution, "knowledge_attachment": attachment,
             "knowledge_board": board, "knowledge_topic": topic, "knowledge_post": post},
            {"Solusi Rahasia Kota A", "Topik Rahasia Kota A", "Balasan Rahasia Kota A",
             "Papan Rahasia Kota A", "tagrahasiakotaa", "Catatan Rahasia Kota A"})
