"""Forms of the organisation pages: they parse input; the org services decide and refuse."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from abdi.people.choices import JobKind, JobLevel

from .models import ActingAssignment, Position, Unit

BLANK = [("", "—")]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class UnitForm(forms.Form):
    parent = forms.ModelChoiceField(
        label=_("parent unit"), queryset=Unit.objects.none(), required=False,
        empty_label=_("— none: a perangkat daerah —"),
    )
    kind = forms.ChoiceField(label=_("kind"), choices=Unit.Kind.choices)
    name = forms.CharField(label=_("name"), max_length=160)
    short_name = forms.CharField(label=_("short name"), max_length=40, required=False)
    code = forms.CharField(
        label=_("code"), max_length=40,
        help_text=_("Unique in the government, e.g. the SIASN or SIMPEG code."),
    )
    sort_order = forms.IntegerField(label=_("order"), min_value=0, max_value=100000, initial=0)
    address = forms.CharField(label=_("address"), max_length=200, required=False)
    is_active = forms.BooleanField(label=_("active"), required=False, initial=True)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, *args, parents=None, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            # The parent is fixed: moving a unit is a reorganisation, not an edit.
            del self.fields["parent"]
            self.fields["version"].required = True
        else:
            del self.fields["version"]
            self.fields["parent"].queryset = parents if parents is not None else Unit.objects.none()
            self.fields["parent"].label_from_instance = lambda u: "— " * u.depth + u.name

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("parent", None)
        data.pop("version", None)
        return data


class PositionForm(forms.Form):
    name = forms.CharField(label=_("position name"), max_length=200)
    kind = forms.ChoiceField(label=_("kind"), choices=JobKind.choices)
    level = forms.ChoiceField(
        label=_("level"), choices=BLANK + list(JobLevel.choices), required=False,
        help_text=_("JPT: Utama, Madya or Pratama. Fungsional: its jenjang. Others: empty."),
    )
    kelas_jabatan = forms.IntegerField(label=_("kelas jabatan"), min_value=1, max_value=17)
    is_head = forms.BooleanField(label=_("head of the unit"), required=False)
    pelaksana_group = forms.ChoiceField(
        label=_("pelaksana group"), choices=BLANK + list(Position.PelaksanaGroup.choices),
        required=False,
    )
    eselon = forms.CharField(label=_("eselon (historical)"), max_length=6, required=False)
    retirement_age_override = forms.IntegerField(
        label=_("retirement age set by law"), min_value=50, max_value=75, required=False,
        help_text=_("Only for a jabatan fungsional whose law sets its own age (guru, dosen)."),
    )
    is_active = forms.BooleanField(label=_("active"), required=False, initial=True)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, *args, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            self.fields["version"].required = True  # a stale form answers 409, never overwrites
        else:
            del self.fields["version"]

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("version", None)
        return data


class ActingForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=ActingAssignment.Kind.choices)
    nip = forms.CharField(
        label=_("NIP of the acting official"), max_length=30,
        help_text=_("18 digits; spaces are ignored."),
    )
    start = forms.DateField(label=_("from"), widget=DateInput())
    end = forms.DateField(label=_("until"), widget=DateInput())
    sk_number = forms.CharField(label=_("decree number"), max_length=80, required=False)

    def __init__(self, *args, find_employee, **kwargs):
        super().__init__(*args, **kwargs)
        self._find_employee = find_employee
        self.employee = None

    def clean_nip(self):
        self.employee = self._find_employee(self.cleaned_data["nip"])
        if self.employee is None:
            raise forms.ValidationError(_("No employee you may appoint has this NIP."))
        return self.cleaned_data["nip"]


class EndActingForm(forms.Form):
    end = forms.DateField(label=_("last day"), widget=DateInput())

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"end": timezone.localdate()})
        super().__init__(*args, **kwargs)
