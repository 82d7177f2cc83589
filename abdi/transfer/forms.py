"""The upload form: what the file holds, and the file. Content checks happen in the service."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ImportJob

ACCEPT = (".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
          "text/csv")


class UploadForm(forms.Form):
    kind = forms.ChoiceField(label=_("The file holds"), choices=ImportJob.Kind.choices,
                             initial=ImportJob.Kind.EMPLOYEES)
    file = forms.FileField(
        label=_("File (.xlsx or .csv)"),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
        max_length=200,
    )
