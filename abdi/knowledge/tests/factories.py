"""Knowledge rows for tests, straight into the tables (the services are tested on their own)."""

from django.utils import timezone

from abdi.knowledge.models import Board, Post, Reuse, Solution, Tag, Topic
from abdi.knowledge.rules.search import search_document

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def make_solution(author, *, title="Antrean online di puskesmas", problem=None, solution=None,
                  results="Waktu tunggu turun dari 90 menit menjadi 20 menit.", tags=("antrean",),
                  status="published", agency=None, published_at=None):
    problem = problem or "Pasien menunggu berjam-jam di loket pendaftaran puskesmas."
    solution = solution or "Pendaftaran lewat WhatsApp dan nomor antrean dikirim ke ponsel."
    item = Solution.objects.create(
        instansi_id=author.instansi_id, agency=agency or author.agency, title=title,
        problem=problem, solution=solution, results=results, status=status,
        published_at=(published_at or timezone.now()) if status == "published" else None,
        search_text=search_document("", [problem, solution, results], list(tags)))
    item.authors.set([author])
    item.tags.set([Tag.objects.get_or_create(instansi_id=author.instansi_id, name=t)[0]
                   for t in tags])
    return item


def make_reuse(solution, employee, note="Kami terapkan di puskesmas kecamatan."):
    reuse = Reuse.objects.create(instansi_id=solution.instansi_id, solution=solution,
                                 agency=employee.agency, recorded_by=employee, note=note)
    Solution.objects.filter(pk=solution.pk).update(reuse_count=solution.reuses.count())
    return reuse


def make_board(instansi, name="Pelayanan publik"):
    return Board.objects.create(instansi=instansi, name=name)


def make_topic(board, author, *, title="Bagaimana mengatur antrean?", body="Mohon sarannya.",
               hidden=False):
    return Topic.objects.create(instansi_id=board.instansi_id, board=board, author=author,
                                title=title, body=body, last_activity_at=timezone.now(),
                                fingerprint=f"test-{title}", hidden=hidden)


def make_post(topic, author, body="Coba pakai nomor antrean lewat WhatsApp."):
    post = Post.objects.create(instansi_id=topic.instansi_id, topic=topic, author=author,
                               body=body, fingerprint=f"test-{body}")
    Topic.objects.filter(pk=topic.pk).update(reply_count=topic.posts.count())
    return post
