"""Forms of the platform pages: they parse input; tenancy.services decides and refuses."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Instansi
from .rules import AppraisalPeriodPolicy
from .services import LOGO_MAX_BYTES

WEEKDAYS = [
    (0, _("Monday")), (1, _("Tuesday")), (2, _("Wednesday")), (3, _("Thursday")),
    (4, _("Friday")), (5, _("Saturday")), (6, _("Sunday")),
]
APPRAISAL_PERIODS = [
    (AppraisalPeriodPolicy.MONTHLY.value, _("Monthly")),
    (AppraisalPeriodPolicy.QUARTERLY.value, _("Quarterly")),
    (AppraisalPeriodPolicy.SEMESTER.value, _("Every semester (six months)")),
    (AppraisalPeriodPolicy.ANNUAL.value, _("Annual")),
]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class InstansiForm(forms.Form):
    slug = forms.SlugField(
        label=_("code"), max_length=40,
        help_text=_("Lower-case letters, digits and dashes, e.g. kota-palembang."),
    )
    name = forms.CharField(label=_("name"), max_length=120)
    kind = forms.ChoiceField(label=_("kind"), choices=Instansi.Kind.choices)
    seat = forms.CharField(label=_("seat of government"), max_length=80, required=False)
    province = forms.CharField(label=_("province"), max_length=80, required=False)
    logo = forms.FileField(
        label=_("logo"), required=False,
        help_text=_("PNG or JPEG, at most %(size)s KB.") % {"size": LOGO_MAX_BYTES // 1024},
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg"}),
    )
    clear_logo = forms.BooleanField(label=_("remove the logo"), required=False)
    time_zone = forms.ChoiceField(label=_("time zone"), choices=Instansi.TimeZone.choices)
    appraisal_period = forms.ChoiceField(label=_("appraisal period"), choices=APPRAISAL_PERIODS)
    work_weekdays = forms.TypedMultipleChoiceField(
        label=_("working weekdays"), choices=WEEKDAYS, coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    is_active = forms.BooleanField(label=_("active"), required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, *args, editable=None, instansi=None, **kwargs):
        if instansi is not None:
            kwargs.setdefault("initial", {
                **{name: getattr(instansi, name) for name in (
                    "slug", "name", "kind", "seat", "province", "time_zone", "appraisal_period",
                    "is_active", "version")},
                "work_weekdays": sorted(instansi.weekdays),
            })
        super().__init__(*args, **kwargs)
        if instansi is None:
            del self.fields["version"]
        else:
            self.fields["version"].required = True  # a stale form answers 409, never overwrites
        if editable is not None:
            for name in list(self.fields):
                if (name if name != "clear_logo" else "logo") not in {*editable, "version"}:
                    del self.fields[name]
        if instansi is None or not instansi.logo:
            self.fields.pop("clear_logo", None)

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("version", None)
        upload = data.pop("logo", None)
        clear = data.pop("clear_logo", False)
        if upload:
            data["logo"] = upload
        elif clear:
            data["logo"] = ""
        return data


class HolidayForm(forms.Form):
    date = forms.DateField(label=_("date"), widget=DateInput())
    name = forms.CharField(label=_("name"), max_length=120,
                           help_text=_("e.g. Hari Raya Idul Fitri, cuti bersama, local holiday."))
