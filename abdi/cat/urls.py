from django.urls import path

from .views import admin, candidate, proctor, public

app_name = "cat"
urlpatterns = [
    # BKPSDM
    path("", admin.index, name="index"),
    path("sesi/baru/", admin.session_create, name="session_create"),
    path("sesi/<int:session_id>/", admin.session_detail, name="session"),
    path("bank/", admin.bank_index, name="bank"),
    path("bank/soal/baru/", admin.question_form, name="question_create"),
    path("bank/soal/<int:question_id>/", admin.question_form, name="question_edit"),
    path("peringkat/", admin.ranking, name="ranking"),
    path("peringkat/umumkan/", admin.announce, name="announce"),
    # Proctor console
    path("pengawas/<int:session_id>/", proctor.console, name="console"),
    path("pengawas/<int:session_id>/<int:attempt_id>/token/", proctor.release, name="release"),
    path("pengawas/<int:session_id>/<int:attempt_id>/reset/", proctor.reset, name="reset"),
    path("pengawas/<int:session_id>/<int:attempt_id>/waktu/", proctor.add_time, name="add_time"),
    # Candidate (no account: a one-time token)
    path("ujian/", candidate.exam_login, name="exam_login"),
    path("ujian/soal/", candidate.exam_page, name="exam"),
    path("ujian/jawab/", candidate.exam_answer, name="exam_answer"),
    path("ujian/waktu/", candidate.exam_clock, name="exam_clock"),
    path("ujian/selesai/", candidate.exam_finish, name="exam_finish"),
    path("ujian/hasil/", candidate.exam_result, name="exam_result"),
    path("ujian/gambar/<int:question_id>/", candidate.exam_image, name="exam_image"),
    # Public
    path("papan/<str:board_code>/", public.board, name="board"),
    path("verifikasi/<str:announcement_code>/", public.verify, name="verify"),
]
