from django.urls import path

from .views import documents, meetings, tasks, threads

app_name = "teamspace"
urlpatterns = [
    path("<int:team_id>/tugas/", tasks.task_list, name="tasks"),
    path("<int:team_id>/tugas/baru/", tasks.task_create, name="task_create"),
    path("<int:team_id>/tugas/<int:task_id>/", tasks.task_detail, name="task"),
    path("<int:team_id>/tugas/<int:task_id>/ubah/", tasks.task_update, name="task_update"),
    path("<int:team_id>/diskusi/", threads.thread_list, name="threads"),
    path("<int:team_id>/diskusi/baru/", threads.thread_create, name="thread_create"),
    path("<int:team_id>/diskusi/<int:thread_id>/", threads.thread_detail, name="thread"),
    path("<int:team_id>/diskusi/<int:thread_id>/balas/", threads.reply, name="reply"),
    path("<int:team_id>/dokumen/", documents.document_list, name="documents"),
    path("<int:team_id>/dokumen/unggah/", documents.document_create, name="document_create"),
    path("<int:team_id>/dokumen/<int:document_id>/", documents.document_detail, name="document"),
    path("<int:team_id>/dokumen/<int:document_id>/versi/", documents.version_create,
         name="version_create"),
    path("<int:team_id>/dokumen/<int:document_id>/versi/<int:version_id>/unduh/",
         documents.download, name="download"),
    path("<int:team_id>/rapat/", meetings.meeting_list, name="meetings"),
    path("<int:team_id>/rapat/baru/", meetings.meeting_new, name="meeting_new"),
    path("<int:team_id>/rapat/<int:meeting_id>/", meetings.meeting_detail, name="meeting"),
]
