from django.urls import path

from .views import admin, mine, nominations

app_name = "rewards"
urlpatterns = [
    # Nominations: the list by status, nominate, candidates of a kind, decide (views/nominations.py)
    path("", nominations.index, name="index"),
    path("usulan/baru/", nominations.nominate, name="nominate"),
    path("kandidat/", nominations.candidates, name="candidates"),
    path("usulan/<int:reward_nomination_id>/", nominations.detail, name="nomination"),
    # BKPSDM: award history, SLKS eligibility, settings and kinds (views/admin.py)
    path("riwayat/", admin.history, name="history"),
    path("riwayat/<int:reward_award_id>/hapus/", admin.delete_award, name="award_delete"),
    path("slks/", admin.slks, name="slks"),
    path("slks/ekspor.xlsx", admin.slks_export, name="slks_export"),
    path("pengaturan/", admin.settings_page, name="settings"),
    path("pengaturan/jenis/<int:reward_kind_id>/", admin.kind, name="kind"),
    # The employee's own awards and consent; the public page (views/mine.py)
    path("saya/", mine.mine, name="mine"),
    path("publik/<slug:recognition_slug>/", mine.public, name="public"),
]
