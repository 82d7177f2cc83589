"""Forms parse what was typed; the services decide whether it is allowed."""

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from abdi.core.public_guard import HoneypotMixin

from .models import ComplaintOfficer, ComplaintSettings
from .models.case import CLASS_LABELS, KIND_LABELS
from .rules.kinds import CaseClass, ReportKind
from .rules.ombudsman import MARITAL_STATUSES


class SubmitForm(HoneypotMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Kind of report"),
                             choices=[(k.value, KIND_LABELS[k]) for k in ReportKind])
    agency = forms.TypedChoiceField(label=_("Agency the report is about"), coerce=int)
    category = forms.CharField(label=_("Category (e.g. roads, health, licences)"), max_length=80)
    location = forms.CharField(label=_("Location"), max_length=200, required=False)
    description = forms.CharField(label=_("What happened?"), max_length=4000,
                                  widget=forms.Textarea(attrs={"rows": 6}))
    name = forms.CharField(label=_("Your name"), max_length=120, required=False)
    phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    email = forms.EmailField(label=_("E-mail (optional)"), required=False)
    anonymous = forms.BooleanField(
        label=_("Anonymous: nobody, not even the agency, learns who I am"), required=False)
    confidential = forms.BooleanField(
        label=_("Confidential: my report is never shown to the public"), required=False)

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].choices = [("", "—")] + [(a.pk, a.name) for a in agencies]


class TrackForm(forms.Form):
    tracking = forms.CharField(label=_("Tracking number"), max_length=60)
    secret = forms.CharField(label=_("Secret code"), max_length=40,
                             widget=forms.PasswordInput(render_value=False))


class CitizenTextForm(HoneypotMixin, forms.Form):
    text = forms.CharField(label=_("Your message"), max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class RatingForm(HoneypotMixin, forms.Form):
    score = forms.TypedChoiceField(label=_("Score"), coerce=int,
                                   choices=[(i, str(i)) for i in range(5, 0, -1)])
    comment = forms.CharField(label=_("Comment (optional)"), max_length=1000, required=False,
                              widget=forms.Textarea(attrs={"rows": 2}))


MARITAL_LABELS = dict(zip(MARITAL_STATUSES, (_("Not married"), _("Married"), _("Divorced"),
                                              _("Widowed")), strict=True))
EARLIEST_BIRTH = date(1900, 1, 1)


class OmbudsmanForm(HoneypotMixin, forms.Form):
    """What the Ombudsman RI needs (UU 37/2008 Pasal 24(1)); typed for the PDF only, never saved."""

    event_date = forms.DateField(label=_("When did the service failure happen?"),
                                 widget=forms.DateInput(attrs={"type": "date"}))
    full_name = forms.CharField(label=_("Full name"), max_length=120)
    birth_place = forms.CharField(label=_("Place of birth"), max_length=80)
    birth_date = forms.DateField(label=_("Date of birth"),
                                 widget=forms.DateInput(attrs={"type": "date"}))
    marital_status = forms.ChoiceField(label=_("Marital status"),
                                       choices=[("", "—"), *MARITAL_LABELS.items()])
    occupation = forms.CharField(label=_("Occupation"), max_length=80)
    address = forms.CharField(label=_("Address"), max_length=300,
                              widget=forms.Textarea(attrs={"rows": 2}))
    description = forms.CharField(label=_("What happened, and what did the agency (not) do?"),
                                  min_length=20, max_length=4000,
                                  widget=forms.Textarea(attrs={"rows": 6}))
    # Set by the page once it has shown the 2-year warning (T-CMP-8): the report is still allowed.
    time_bar_seen = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def clean_event_date(self):
        day = self.cleaned_data["event_date"]
        if day > self.today:
            raise forms.ValidationError(_("The date of the event cannot be in the future."))
        return day

    def clean_birth_date(self):
        day = self.cleaned_data["birth_date"]
        if not EARLIEST_BIRTH <= day < self.today:
            raise forms.ValidationError(_("Enter a real date of birth, before today."))
        return day

    def clean(self):
        data = super().clean()
        born, happened = data.get("birth_date"), data.get("event_date")
        if born and happened and happened < born:
            self.add_error("event_date", _("The event cannot be before your date of birth."))
        return data


class DisposeForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    agency = forms.TypedChoiceField(label=_("Responsible agency"), coerce=int)
    unit = forms.IntegerField(label=_("Unit id (optional)"), required=False,
                              widget=forms.HiddenInput)
    assignee_nip = forms.CharField(label=_("Handling employee's NIP (optional)"), max_length=30,
                                   required=False)
    case_class = forms.ChoiceField(label=_("Class"),
                                   choices=[(c.value, CLASS_LABELS[c]) for c in CaseClass])
    make_anonymous = forms.BooleanField(label=_("Make anonymous"), required=False)
    make_confidential = forms.BooleanField(label=_("Make confidential"), required=False)
    note = forms.CharField(label=_("Note to the reporter (optional)"), max_length=4000,
                           required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].choices = [(a.pk, a.name) for a in agencies]


class TextActionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    text = forms.CharField(max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))


class SettingsForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = ComplaintSettings
        fields = ["verification_days", "first_reply_days", "reporter_window_days",
                  "completion_pengaduan_days", "completion_pengawasan_days",
                  "completion_informasi_days", "completion_aspirasi_days", "amber_percent",
                  "red_percent", "portal_enabled"]

    def clean(self):
        data = super().clean()
        for name in self.Meta.fields[:7]:
            if name in data and not 1 <= data[name] <= 365:
                self.add_error(name, _("Between 1 and 365 working days."))
        return data


class OfficerForm(forms.Form):
    nip = forms.CharField(label=_("NIP"), max_length=30)
    duty = forms.ChoiceField(label=_("Duty"), choices=ComplaintOfficer.Duty.choices)
    agency = forms.TypedChoiceField(label=_("Perangkat daerah (liaisons)"), coerce=int,
                                    required=False, empty_value=None)

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].choices = [("", "—")] + [(a.pk, a.name) for a in agencies]


def first_error(form) -> str:
    for errors in form.errors.values():
        return str(errors[0])
    return ""
