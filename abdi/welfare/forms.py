"""Forms parse what was typed; the services decide whether it is allowed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from abdi.people.choices import EmployeeKind

from .models import BenefitRecord, Programme

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ProgrammeForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Programme.Kind.choices)
    name = forms.CharField(label=_("Name"), max_length=160)
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    description = forms.CharField(label=_("Description"), max_length=4000, required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    min_age = forms.IntegerField(label=_("Minimum age"), min_value=0, max_value=100, required=False)
    max_age = forms.IntegerField(label=_("Maximum age"), min_value=0, max_value=100, required=False)
    employee_kinds = forms.MultipleChoiceField(
        label=_("Employee kinds (none: all)"), choices=EmployeeKind.choices, required=False,
        widget=forms.CheckboxSelectMultiple)
    min_service_years = forms.IntegerField(label=_("Minimum years of service"), min_value=0,
                                           max_value=60, required=False)
    min_grade = forms.CharField(label=_("Lowest golongan (PNS), e.g. II/a"), max_length=5,
                                required=False)
    max_grade = forms.CharField(label=_("Highest golongan (PNS), e.g. IV/e"), max_length=5,
                                required=False)
    agency_ids = forms.TypedMultipleChoiceField(
        label=_("Perangkat daerah (none: the whole government)"), coerce=int, required=False,
        widget=forms.CheckboxSelectMultiple)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency_ids"].choices = [(a.pk, a.name) for a in agencies]


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Programme.Status.choices)
    version = forms.IntegerField()


class StaffForm(forms.Form):
    username = forms.CharField(label=_("NIP or e-mail of the account"), max_length=150)
    duty = forms.CharField(label=_("Duty (e.g. doctor, nurse)"), max_length=80, required=False)


class SessionForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DATE)
    start_time = forms.TimeField(label=_("Start"), required=False,
                                 widget=forms.TimeInput(attrs={"type": "time"}))
    place = forms.CharField(label=_("Place"), max_length=160)
    capacity = forms.IntegerField(label=_("Places"), min_value=1, max_value=100_000)
    note = forms.CharField(label=_("Note"), max_length=240, required=False)


class VersionForm(forms.Form):
    version = forms.IntegerField(min_value=0)


class AttendanceForm(forms.Form):
    attended = forms.TypedChoiceField(choices=[("yes", _("Attended")), ("no", _("Did not attend"))],
                                      coerce=lambda v: v == "yes")
    version = forms.IntegerField(min_value=0)


class ResultForm(forms.Form):
    summary = forms.CharField(label=_("Summary"), max_length=8000,
                              widget=forms.Textarea(attrs={"rows": 3}))
    findings = forms.CharField(label=_("Findings"), max_length=8000, required=False,
                               widget=forms.Textarea(attrs={"rows": 5}))
    recommendation = forms.CharField(label=_("Recommendation / follow-up"), max_length=8000,
                                     required=False, widget=forms.Textarea(attrs={"rows": 3}))
    follow_up_needed = forms.BooleanField(label=_("Follow-up needed"), required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)


class BenefitForm(forms.Form):
    nip = forms.CharField(label=_("NIP of the employee"), max_length=18)
    date = forms.DateField(label=_("Date"), widget=DATE)
    amount = forms.IntegerField(label=_("Amount (Rp, optional)"), min_value=0,
                                max_value=10**12, required=False)
    description = forms.CharField(label=_("Description"), max_length=240)


class BenefitStatusForm(forms.Form):
    status = forms.ChoiceField(choices=BenefitRecord.Status.choices)
    version = forms.IntegerField(min_value=0)


def first_error(form) -> str:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        return f"{label}: {errors[0]}" if label else str(errors[0])
    return ""
