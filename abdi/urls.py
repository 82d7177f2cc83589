from django.conf import settings
from django.urls import include, path
from django.views.i18n import set_language

from abdi.api import api
from abdi.web import views as web_views

urlpatterns = [
    path("healthz", web_views.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("accounts/", include("abdi.accounts.urls")),
    path("api/", api.urls),
    path("pegawai/", include("abdi.people.urls")),
    path("organisasi/", include("abdi.org.urls")),
    path("kinerja/", include("abdi.performance.urls")),
    path("tunjangan/", include("abdi.allowance.urls")),
    path("disiplin/", include("abdi.discipline.urls")),
    path("penghargaan/", include("abdi.rewards.urls")),
    path("kesejahteraan/", include("abdi.welfare.urls")),
    path("loket/", include("abdi.frontdesk.urls")),
    path("pengaduan/", include("abdi.complaints.urls")),
    path("skm/", include("abdi.surveys.urls")),
    path("penilaian-layanan/", include("abdi.service_ratings.urls")),
    path("forum-publik/", include("abdi.public_forums.urls")),
    path("suara-warga/", include("abdi.citizen_dashboard.urls")),
    path("abk/", include("abdi.workforce.urls")),
    path("rekrutmen/", include("abdi.recruitment.urls")),
    path("cat/", include("abdi.cat.urls")),
    path("kompetensi/", include("abdi.competency.urls")),
    path("pelatihan/", include("abdi.training.urls")),
    path("talenta/", include("abdi.talent.urls")),
    path("tim/", include("abdi.teams.urls")),
    path("tim/", include("abdi.teamspace.urls")),
    path("acara/", include("abdi.events.urls")),
    path("berbagi-solusi/", include("abdi.knowledge.urls")),
    path("panduan/", include("abdi.guidance.urls")),
    path("audit/", include("abdi.audit.urls")),
    path("impor-ekspor/", include("abdi.transfer.urls")),
    path("platform/", include("abdi.tenancy.urls")),
    path("", include("abdi.web.urls")),
]

if settings.ABDI_BENCH_VIEWS:
    urlpatterns.append(path("bench/", include("abdi.web.bench_urls")))
