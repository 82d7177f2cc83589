"""Forms of the appraisal pages: they parse and check the shape of input; the rules live in the
services (abdi.performance.services.appraisal and .coaching)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .rules.cycle import PERIOD_MONTHS, PeriodKind, period_of
from .rules.ratings import OrgPredikat, Predikat, Rating

MIN_YEAR, MAX_YEAR = 2000, 2100
TEXT_LIMIT = 4000

RATING_CHOICES = [(r.value, r.label) for r in Rating]
PREDIKAT_CHOICES = [(p.value, p.label) for p in Predikat]
ORG_PREDIKAT_CHOICES = [(p.value, p.label) for p in OrgPredikat]


def period_kind_choices():
    return [(k.value, k.label) for k in PeriodKind]


def _text(label, *, limit=TEXT_LIMIT, required=True, rows=4, help_text=""):
    return forms.CharField(label=label, max_length=limit, required=required, help_text=help_text,
                           widget=forms.Textarea(attrs={"rows": rows}))


class PeriodForm(forms.Form):
    """Year, kind and number of an evaluation period (query string or hidden fields)."""

    year = forms.IntegerField(label=_("year"), min_value=MIN_YEAR, max_value=MAX_YEAR)
    period_kind = forms.ChoiceField(label=_("kind of period"), choices=period_kind_choices)
    period_number = forms.IntegerField(label=_("period"), min_value=1, max_value=12)

    def clean(self):
        data = super().clean()
        kind, number = data.get("period_kind"), data.get("period_number")
        if kind and number and number > 12 // PERIOD_MONTHS[PeriodKind(kind)]:
            self.add_error("period_number", _("This period is not part of the year."))
        return data

    @classmethod
    def from_query(cls, params, *, default_kind: str):
        """The period asked for in the query string; today's period of the government's kind when
        the query names none (an unknown or partial one is an error, never a guess)."""
        asked = {name: params.get(name) for name in ("year", "period_kind", "period_number")}
        if not any(asked.values()):
            today = timezone.localdate()
            current = period_of(today, default_kind)
            asked = {"year": today.year, "period_kind": current.kind.value,
                     "period_number": current.number}
        return cls(asked)


class OpenPeriodForm(forms.Form):
    period_kind = forms.ChoiceField(choices=period_kind_choices)
    period_number = forms.IntegerField(min_value=1, max_value=12)


class DialogForm(forms.Form):
    date = forms.DateField(label=_("date"), widget=forms.DateInput(attrs={"type": "date"}))
    participants = forms.CharField(label=_("participants"), max_length=300)
    notes = _text(_("notes"))


class SelfAssessmentForm(forms.Form):
    text = _text(_("self-assessment"), rows=6,
                 help_text=_("What you achieved this period, based on your evidence."))
    evidence_link = forms.URLField(label=_("evidence link"), max_length=500, required=False,
                                   assume_scheme="https")


class PeerInputForm(forms.Form):
    rating = forms.ChoiceField(label=_("rating of behaviour"), choices=RATING_CHOICES,
                               widget=forms.RadioSelect)
    comment = _text(_("comment"), limit=2000, required=False, rows=3)
    anonymous = forms.BooleanField(
        label=_("give it anonymously"), required=False, initial=True,
        help_text=_("Colleagues' input is only ever shown as a total; anonymous input is also "
                    "kept without your name in the audit trail."))


class RatingForm(forms.Form):
    """The atasan's two ratings with their written reasons (PermenPANRB 6/2022)."""

    result_rating = forms.ChoiceField(label=_("rating of results"), choices=RATING_CHOICES)
    result_reason = _text(_("reason for the rating of results"))
    behaviour_rating = forms.ChoiceField(label=_("rating of behaviour"), choices=RATING_CHOICES)
    behaviour_reason = _text(_("reason for the rating of behaviour"))
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class PreviewForm(forms.Form):
    """The two ratings alone, for the live preview of the predikat."""

    result_rating = forms.ChoiceField(choices=RATING_CHOICES)
    behaviour_rating = forms.ChoiceField(choices=RATING_CHOICES)


class ObjectionForm(forms.Form):
    reason = _text(_("reason"), help_text=_("Why the predikat should change, with the evidence."))


class DecisionForm(forms.Form):
    UPHOLD, REJECT = "uphold", "reject"

    outcome = forms.ChoiceField(label=_("decision"), widget=forms.RadioSelect, choices=[
        (UPHOLD, _("Uphold the objection and set new ratings")),
        (REJECT, _("Reject the objection")),
    ])
    decision = _text(_("written decision"))
    result_rating = forms.ChoiceField(label=_("new rating of results"), required=False,
                                      choices=[("", "\u2013"), *RATING_CHOICES])
    behaviour_rating = forms.ChoiceField(label=_("new rating of behaviour"), required=False,
                                         choices=[("", "\u2013"), *RATING_CHOICES])

    def clean(self):
        data = super().clean()
        if data.get("outcome") == self.UPHOLD:
            for name in ("result_rating", "behaviour_rating"):
                if not data.get(name):
                    self.add_error(name, _("Choose the new rating to uphold the objection."))
        return data

    @property
    def upheld(self) -> bool:
        return self.cleaned_data["outcome"] == self.UPHOLD


class OrgPredikatForm(PeriodForm):
    org_predikat = forms.ChoiceField(label=_("organisation predikat"), choices=ORG_PREDIKAT_CHOICES)


class GoalsForm(forms.Form):
    goals = _text(_("goals"), help_text=_("What must improve before the next evaluation."))


class SessionForm(forms.Form):
    date = forms.DateField(label=_("date"), widget=forms.DateInput(attrs={"type": "date"}))
    notes = _text(_("counselling notes"), required=False, rows=3)
    done = forms.BooleanField(label=_("held (a counselling note, not a planned check-in)"),
                              required=False)


class CloseCoachingForm(forms.Form):
    outcome = _text(_("result at the next evaluation"))
    next_predikat = forms.ChoiceField(label=_("predikat of the next evaluation"),
                                      choices=PREDIKAT_CHOICES)
