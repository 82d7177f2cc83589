"""Forms parse what was typed; the services decide whether it is allowed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from abdi.core.public_guard import HoneypotMixin

from .models import Selection
from .models.selection import DOCUMENT_KINDS
from .rules.eligibility import EDUCATION_LEVELS

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
LEVEL_CHOICES = [(level, level) for level in EDUCATION_LEVELS]


def first_error(form) -> str:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        return f"{label}: {errors[0]}" if label else str(errors[0])
    return str(_("Check the form."))


# --- staff ------------------------------------------------------------------------------------

class SelectionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Selection.Kind.choices)
    year = forms.IntegerField(label=_("Formation year"), min_value=2000, max_value=2100)
    name = forms.CharField(label=_("Name"), max_length=160)
    registration_opens = forms.DateField(label=_("Registration opens"), widget=DATE)
    registration_closes = forms.DateField(label=_("Registration closes"), widget=DATE)
    reference_date = forms.DateField(label=_("Reference date for age"), widget=DATE)
    sanggah_days = forms.IntegerField(label=_("Sanggah period (days)"), min_value=1, max_value=30,
                                      initial=3)
    announcement = forms.CharField(label=_("Announcement"), required=False, max_length=4000,
                                   widget=forms.Textarea(attrs={"rows": 3}))
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class OpeningForm(forms.Form):
    position = forms.TypedChoiceField(label=_("Position"), coerce=int)
    title = forms.CharField(label=_("Title (empty: the position's name)"), max_length=200,
                            required=False)
    quota = forms.IntegerField(label=_("Quota"), min_value=1, max_value=10000)
    education_levels = forms.MultipleChoiceField(
        label=_("Education levels (none: any)"), choices=LEVEL_CHOICES, required=False,
        widget=forms.CheckboxSelectMultiple)
    majors = forms.CharField(label=_("Majors, one per line (empty: any)"), required=False,
                             max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))
    min_age = forms.IntegerField(label=_("Minimum age (empty: the rule of the kind)"),
                                 min_value=15, max_value=70, required=False)
    max_age = forms.IntegerField(label=_("Maximum age (empty: the rule of the kind)"),
                                 min_value=15, max_value=70, required=False)
    certificates = forms.CharField(label=_("Certificates required, one per line"), required=False,
                                   max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    description = forms.CharField(label=_("Description"), required=False, max_length=4000,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    formation_ref = forms.IntegerField(widget=forms.HiddenInput, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, positions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["position"].choices = [(p.pk, f"{p.name} — {p.unit.name}") for p in positions]


class VersionForm(forms.Form):
    version = forms.IntegerField()


class VerifyForm(forms.Form):
    reason = forms.CharField(label=_("Reason (required for TMS; the applicant reads it)"),
                             required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}))
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, items=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.items = list(items)
        for code, label in self.items:
            self.fields[f"check_{code}"] = forms.ChoiceField(
                label=label, choices=[("1", _("Met")), ("0", _("Not met"))],
                widget=forms.RadioSelect)

    def checks(self) -> dict[str, bool]:
        return {code: self.cleaned_data[f"check_{code}"] == "1" for code, _label in self.items}


class AnswerForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=[
        ("accept", _("Accept: the application becomes MS")), ("reject", _("Reject"))],
        widget=forms.RadioSelect)
    answer = forms.CharField(label=_("Reason (the applicant reads it)"), max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}))
    version = forms.IntegerField(widget=forms.HiddenInput)


# --- applicant --------------------------------------------------------------------------------

class RegisterForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Full name (as on the KTP)"), max_length=160)
    nik = forms.CharField(label=_("NIK (16 digits)"), max_length=24,
                          widget=forms.TextInput(attrs={"inputmode": "numeric",
                                                        "autocomplete": "off"}))
    birth_date = forms.DateField(label=_("Birth date"), widget=DATE)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    password = forms.CharField(label=_("Password (at least 8 characters)"), min_length=8,
                               max_length=128, widget=forms.PasswordInput)


class LoginForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    password = forms.CharField(label=_("Password"), max_length=128, widget=forms.PasswordInput)


class ProfileForm(forms.Form):
    education_level = forms.ChoiceField(label=_("Education level"), choices=LEVEL_CHOICES)
    major = forms.CharField(label=_("Major (as on the ijazah)"), max_length=160)
    address = forms.CharField(label=_("Address"), max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 2}))
    phone = forms.RegexField(label=_("Phone"), regex=r"^\+?[0-9 ]{8,20}$", max_length=20,
                             widget=forms.TextInput(attrs={"inputmode": "tel"}))


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document"), choices=DOCUMENT_KINDS)
    file = forms.FileField(label=_("File (PDF, JPEG or PNG, at most 2 MB)"))


class ApplyForm(forms.Form):
    opening = forms.IntegerField(widget=forms.HiddenInput)


class ObjectionForm(HoneypotMixin, forms.Form):
    application = forms.IntegerField(widget=forms.HiddenInput)
    text = forms.CharField(label=_("Your objection"), min_length=10, max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 4}))
    file = forms.FileField(label=_("Supporting document (optional; PDF, JPEG or PNG, 2 MB)"),
                           required=False)


class ForgotForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(label=_("E-mail"), max_length=254)


class NewPasswordForm(forms.Form):
    password = forms.CharField(label=_("New password (at least 8 characters)"), min_length=8,
                               max_length=128, widget=forms.PasswordInput)
