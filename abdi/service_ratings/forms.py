"""Forms of the rating pages: parsing and friendly messages only; rules live in services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from abdi.core.public_guard import HoneypotMixin

from .rules import MAX_COMMENT, MIN_COUNT_RANGE, SCORES

SCORE_LABELS = {1: _("1 - very poor"), 2: _("2 - poor"), 3: _("3 - fair"), 4: _("4 - good"),
                5: _("5 - very good")}


class RatingForm(HoneypotMixin):
    score = forms.TypedChoiceField(
        label=_("How was the service?"), coerce=int, widget=forms.RadioSelect,
        choices=[(s, SCORE_LABELS[s]) for s in reversed(SCORES)],
        error_messages={"required": _("Choose a score from 1 to 5."),
                        "invalid_choice": _("Choose a score from 1 to 5.")})
    comment = forms.CharField(
        label=_("Comment (optional)"), required=False, max_length=MAX_COMMENT,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_COMMENT}),
        help_text=_("Do not write your name or phone number: the officer reads the comment."),
        error_messages={"max_length": _("Write the comment in at most 1000 characters.")})


class CodeEntryForm(forms.Form):
    code = forms.CharField(label=_("Code from the officer"), max_length=20,
                           widget=forms.TextInput(attrs={"autocomplete": "off",
                                                         "autocapitalize": "characters"}))


class IssueCodeForm(forms.Form):
    counter = forms.IntegerField(min_value=1, max_value=2**63 - 1)


class HideForm(forms.Form):
    reason = forms.CharField(label=_("Reason for hiding"), max_length=300, min_length=5)
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class SettingsForm(forms.Form):
    min_count = forms.IntegerField(label=_("Minimum number of ratings before results are shown"),
                                   min_value=MIN_COUNT_RANGE[0], max_value=MIN_COUNT_RANGE[1])
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class PeriodForm(forms.Form):
    """?periode=month|quarter|year&tahun=2026&ke=3 (invalid parts fall back to this year)."""

    periode = forms.ChoiceField(required=False, choices=[("year", _("Year")), ("quarter", _("Quarter")),
                                                         ("month", _("Month"))])
    tahun = forms.IntegerField(required=False, min_value=2000, max_value=2100)
    ke = forms.IntegerField(required=False, min_value=1, max_value=12)
