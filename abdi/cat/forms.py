"""Forms of the CAT pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from abdi.core.public_guard import HoneypotMixin


class CandidateLoginForm(HoneypotMixin, forms.Form):
    registration_number = forms.CharField(label=_("Registration number"), max_length=30)
    token = forms.CharField(label=_("Token from the proctor"), max_length=12)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500)


class AddTimeForm(forms.Form):
    minutes = forms.IntegerField(label=_("Minutes"), min_value=1, max_value=60)
    reason = forms.CharField(label=_("Reason"), max_length=500)


class EnrolForm(forms.Form):
    file = forms.FileField(label=_("CSV file"))


class ImportForm(forms.Form):
    file = forms.FileField(label=_("XLSX file"))


class SessionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=160)
    year = forms.IntegerField(label=_("Formation year"), min_value=2018, max_value=2100)
    starts_at = forms.DateTimeField(label=_("Starts at"),
                                    widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    room = forms.CharField(label=_("Room"), max_length=120)
    seats = forms.IntegerField(label=_("Seats"), min_value=1, max_value=5000)
    duration_minutes = forms.IntegerField(label=_("Duration (minutes)"), min_value=1, max_value=600)
    blueprint = forms.CharField(label=_("Blueprint"), widget=forms.Textarea(attrs={"rows": 4}),
                                help_text=_("One line per part: PART CATEGORY COUNT, e.g. 'TWK - 30'."))

    def clean_blueprint(self):
        lines = []
        for raw in self.cleaned_data["blueprint"].splitlines():
            bits = raw.split()
            if not bits:
                continue
            if len(bits) != 3 or not bits[2].isdigit():
                raise forms.ValidationError(_("Each line needs PART CATEGORY COUNT."))
            lines.append([bits[0], "" if bits[1] == "-" else bits[1], int(bits[2])])
        return lines


class QuestionForm(forms.Form):
    part = forms.ChoiceField(label=_("Part"))
    category = forms.CharField(label=_("Category"), max_length=40, required=False)
    text = forms.CharField(label=_("Question"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)
    image = forms.FileField(label=_("Picture (PNG or JPEG, at most 1 MB)"), required=False)
    option_a = forms.CharField(label="A", max_length=1000)
    option_b = forms.CharField(label="B", max_length=1000)
    option_c = forms.CharField(label="C", max_length=1000, required=False)
    option_d = forms.CharField(label="D", max_length=1000, required=False)
    option_e = forms.CharField(label="E", max_length=1000, required=False)
    key = forms.CharField(label=_("Key"), max_length=10, help_text=_(
        "The right letter (one right option), or the weights in option order, e.g. 53142."))

    def __init__(self, *args, parts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["part"].choices = [(p.code, f"{p.code} · {p.name}") for p in parts]


class AnnouncementCopyForm(HoneypotMixin, forms.Form):
    """A citizen's copy of an announcement PDF, checked on the public verification page."""

    file = forms.FileField(label=_("Your copy of the announcement (PDF)"), allow_empty_file=False)
