from django.urls import path

from .views import forum, library

app_name = "knowledge"
urlpatterns = [
    path("", library.index, name="index"),
    path("solusi/baru/", library.create, name="create"),
    path("solusi/<int:solution_id>/", library.solution, name="solution"),
    path("solusi/<int:solution_id>/ubah/", library.edit, name="edit"),
    path("solusi/<int:solution_id>/terbitkan/", library.publish, name="publish"),
    path("solusi/<int:solution_id>/tarik/", library.unpublish, name="unpublish"),
    path("solusi/<int:solution_id>/diterapkan/", library.reuse, name="reuse"),
    path("solusi/<int:solution_id>/lampiran/", library.attach, name="attach"),
    path("lampiran/<int:attachment_id>/", library.download, name="download"),
    path("lampiran/<int:attachment_id>/hapus/", library.detach, name="detach"),
    path("forum/", forum.boards, name="boards"),
    path("forum/papan/<int:board_id>/", forum.board, name="board"),
    path("forum/papan/<int:board_id>/topik-baru/", forum.start_topic, name="start_topic"),
    path("forum/topik/<int:topic_id>/", forum.topic, name="topic"),
    path("forum/topik/<int:topic_id>/balas/", forum.reply, name="reply"),
    path("forum/topik/<int:topic_id>/ikuti/", forum.subscribe, name="subscribe"),
    path("forum/topik/<int:topic_id>/sembunyikan/", forum.hide_topic, name="hide_topic"),
    path("forum/balasan/<int:post_id>/jawaban/", forum.mark_answer, name="mark_answer"),
    path("forum/balasan/<int:post_id>/sembunyikan/", forum.hide_post, name="hide_post"),
]
