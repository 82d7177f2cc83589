"""Forms parse what was typed; the services decide whether it is allowed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from abdi.core.public_guard import HoneypotMixin

from .models import Commitment

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MOMENT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


def first_error(form) -> str:
    for errors in form.errors.values():
        return str(errors[0])
    return ""


def _unit_choices(units):
    return [("", "—")] + [(u.pk, ("· " * u.depth) + u.name) for u in units]


class ForumForm(forms.Form):
    unit = forms.TypedChoiceField(label=_("Organising agency or service unit"), coerce=int)
    title = forms.CharField(label=_("Title"), max_length=200)
    topic = forms.CharField(label=_("Service or topic discussed"), max_length=200)
    description = forms.CharField(label=_("Description"), max_length=4000, required=False,
                                  widget=forms.Textarea(attrs={"rows": 4}))
    starts_at = forms.DateTimeField(label=_("Starts at (local time)"), widget=MOMENT)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    online_link = forms.CharField(label=_("Online link (optional)"), max_length=500,
                                  required=False)
    capacity = forms.IntegerField(label=_("Capacity"), min_value=1, max_value=100_000)
    registration_closes_at = forms.DateTimeField(label=_("Registration closes at (local time)"),
                                                 widget=MOMENT)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = _unit_choices(units)


class VersionForm(forms.Form):
    version = forms.IntegerField()


class CancelForm(VersionForm):
    reason = forms.CharField(label=_("Reason for cancelling"), max_length=500)


class MinutesForm(forms.Form):
    minutes = forms.CharField(label=_("Minutes (notulen)"), max_length=20_000,
                              widget=forms.Textarea(attrs={"rows": 8}))
    minutes_file = forms.FileField(label=_("Minutes as PDF (optional, at most 10 MB)"),
                                   required=False)
    version = forms.IntegerField(widget=forms.HiddenInput)


class CommitmentForm(forms.Form):
    promise = forms.CharField(label=_("What was promised"), max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 2}))
    responsible_unit = forms.TypedChoiceField(label=_("Responsible unit"), coerce=int)
    due_date = forms.DateField(label=_("Due date"), widget=DATE)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["responsible_unit"].choices = _unit_choices(units)


class ProgressForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Commitment.Status.choices)
    note = forms.CharField(label=_("Note (for dropped: the reason)"), max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))
    date = forms.DateField(label=_("Date"), widget=DATE)
    evidence_link = forms.CharField(label=_("Evidence link (optional)"), max_length=500,
                                    required=False)


class AttendanceForm(forms.Form):
    attended = forms.BooleanField(required=False)


class RegistrationForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    contact = forms.CharField(label=_("Mobile phone or e-mail"), max_length=254,
                              widget=forms.TextInput(attrs={"autocomplete": "email",
                                                            "inputmode": "email"}))
    organisation = forms.CharField(label=_("Organisation or community (optional)"),
                                   max_length=160, required=False)
