"""Forms of the daily-activity pages: they parse input; the services decide and save.

Quantities, minutes, links and coordinates are checked by `services.record_activity` (one set
of rules for the page, the API and the phone's queue), so the fields here stay plain text.
"""

import datetime
import uuid

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .rules import activity as activity_rules

EVIDENCE_ACCEPT = "image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf"


def indicator_label(indicator) -> str:
    return f"{indicator.text} ({indicator.target_unit})"


def _indicator_choices(indicators) -> list:
    """Plain choices; grouped by SKP year when early January still reaches last year's plan."""
    years = sorted({getattr(i, "skp_year", None) for i in indicators}, key=str, reverse=True)
    if len(years) < 2:
        return [(i.pk, indicator_label(i)) for i in indicators]
    return [(_("SKP %(year)s") % {"year": year},
             [(i.pk, indicator_label(i)) for i in indicators if i.skp_year == year])
            for year in years]


class ActivityForm(forms.Form):
    """One entry of the daily report, on one output indicator of the approved SKP."""

    indicator = forms.TypedChoiceField(label=_("Indicator"), coerce=int)
    date = forms.DateField(label=_("Date"),
                           widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    description = forms.CharField(
        label=_("What was done"), max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}))
    quantity = forms.CharField(
        label=_("Output quantity"), max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}))
    minutes = forms.CharField(
        label=_("Time spent (minutes)"), max_length=5,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 1,
                                        "max": activity_rules.MAX_MINUTES_PER_ENTRY, "step": 1}))
    evidence = forms.FileField(
        label=_("Evidence file"), required=False,
        widget=forms.FileInput(attrs={"accept": EVIDENCE_ACCEPT}))
    evidence_link = forms.CharField(
        label=_("Evidence link"), required=False, max_length=500,
        help_text=_("Or a web address where the evidence is kept."),
        widget=forms.URLInput(attrs={"inputmode": "url", "placeholder": "https://"}))
    latitude = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    longitude = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    client_key = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def __init__(self, data=None, files=None, *, indicators, today: datetime.date,
                 backdate_days: int, initial=None):
        initial = {"date": today, "client_key": uuid.uuid4(), **(initial or {})}
        super().__init__(data, files, initial=initial)
        self.indicators = {i.pk: i for i in indicators}
        choices = _indicator_choices(indicators)
        self.fields["indicator"].choices = choices if len(indicators) == 1 else [
            ("", "---------"), *choices]
        self.fields["evidence"].help_text = _(
            "A photo (JPEG or PNG) or a PDF, at most %(limit)s.") % {
            "limit": filesizeformat(activity_rules.MAX_EVIDENCE_BYTES)}
        # The browser's date picker offers the allowed window; the service still decides.
        earliest = today - datetime.timedelta(days=backdate_days)
        self.fields["date"].widget.attrs.update(
            {"max": today.isoformat(), "min": earliest.isoformat()})

    @property
    def chosen_indicator(self):
        return self.indicators.get(self.cleaned_data.get("indicator"))

    def values(self) -> dict:
        """What the service reads: plain values, the file and the key passed separately."""
        data = self.cleaned_data
        return {name: data.get(name) for name in
                ("date", "description", "quantity", "minutes", "evidence_link", "latitude",
                 "longitude")}

    def add_service_error(self, error) -> None:
        """A service's DomainError next to the field it names, or on top of the form."""
        field = getattr(error, "field", None)
        if field == "location":
            field = None
        self.add_error(field if field in self.fields else None, str(error.message))

    def error_dict(self) -> dict:
        return {name: [str(e) for e in errors] for name, errors in self.errors.items()}


class BackdateForm(forms.Form):
    """The government's performance settings; a field left out keeps its current value."""

    backdate_days = forms.IntegerField(
        label=_("Days back an activity may be written"),
        min_value=0, max_value=activity_rules.MAX_BACKDATE_DAYS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    skp_deadline_month = forms.IntegerField(label=_("SKP deadline: month"), min_value=1, max_value=12,
                                            required=False)
    skp_deadline_day = forms.IntegerField(label=_("SKP deadline: day"), min_value=1, max_value=31,
                                          required=False)
    objection_days = forms.IntegerField(label=_("Days to object to a final predikat"), min_value=1,
                                        max_value=90, required=False)
    annual_rule = forms.ChoiceField(label=_("The annual predikat"), required=False, choices=[
        ("penilai_judgement", _("the pejabat penilai decides, seeing every period")),
        ("last_period", _("is the predikat of the last period"))])
    curve_enforcement = forms.ChoiceField(label=_("A unit outside its distribution curve"),
                                          required=False, choices=[
        ("block", _("cannot be finalised")), ("warn", _("is warned, and may be finalised"))])
    quota_rounding = forms.ChoiceField(label=_("Quota rounding"), required=False, choices=[
        ("strict", _("maxima rounded down, minima up")), ("half_up", _("both rounded half up"))])

    OPTIONAL = ("skp_deadline_month", "skp_deadline_day", "objection_days", "annual_rule",
                "curve_enforcement", "quota_rounding")

    def values_over(self, current) -> dict:
        """The posted values, with the current setting wherever a field was left out."""
        values = dict(self.cleaned_data)
        for name in self.OPTIONAL:
            if values.get(name) in (None, ""):
                values[name] = getattr(current, name)
        return values

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["backdate_days"].help_text = _(
            "0 means only today; at most %(max)s days.") % {"max": activity_rules.MAX_BACKDATE_DAYS}
