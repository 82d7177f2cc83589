"""Forms of the SKP planning pages: they parse input; the performance services decide and refuse.

Field names are the names the services take, so a form's `values()` is handed over as it is.
Every text has a length limit here as well, so a hostile body is refused before any lookup.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Feedback, SkpIndicator
from .rules import BERAKHLAK
from .rules.skp import Approach, Aspect, LampiranKind, Perspective, ResultCategory, SkpKind
from .rules.workflow import SkpAction

BLANK = [("", "—")]
MAX_ID = 2**62  # ids beyond any database's bigint are refused as invalid, not crashed on
LAMPIRAN_FIELDS = {kind: kind.lower() for kind in LampiranKind}
LAMPIRAN_TEXT_LIMIT = 12000  # 20 lines of 500 characters and their line breaks, with room
YEAR_MIN, YEAR_MAX = 2000, 2100


def _textarea(rows=3):
    return forms.Textarea(attrs={"rows": rows})


class NumberField(forms.DecimalField):
    """A decimal written either way, 12,5 (Indonesian) or 12.5, whatever the page's language."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
            if "," in value and "." not in value:
                value = value.replace(",", ".")
        return super().to_python(value)


class CreateSkpForm(forms.Form):
    year = forms.IntegerField(label=_("year"), min_value=YEAR_MIN, max_value=YEAR_MAX)
    approach = forms.ChoiceField(
        label=_("approach"), initial=Approach.KUANTITATIF,
        choices=[(Approach.KUANTITATIF.value, _("Quantitative")),
                 (Approach.KUALITATIF.value, _("Qualitative"))])
    employee = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1,
                                  max_value=MAX_ID)


class ResultForm(forms.Form):
    category = forms.ChoiceField(label=_("category"), choices=[
        (ResultCategory.UTAMA.value, _("Main (utama)")),
        (ResultCategory.TAMBAHAN.value, _("Additional (tambahan)"))])
    text = forms.CharField(label=_("planned result"), max_length=500, widget=_textarea(2))
    parent = forms.TypedChoiceField(
        label=_("result of the atasan it supports (intervensi)"), required=False, coerce=int,
        empty_value=None,
        help_text=_("Required for a main result: the result of your atasan's SKP of the same "
                    "year that this result helps to reach."))
    perspective = forms.ChoiceField(
        label=_("perspektif"), required=False,
        choices=BLANK + [(p.value, p.label) for p in Perspective])

    def __init__(self, *args, kind: str, parents=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].choices = BLANK + [(r.pk, r.text) for r in parents]
        if kind == SkpKind.JPT:
            self.fields["perspective"].required = True
        else:
            del self.fields["perspective"]

    # The plan's version when the edit form was opened: a save over someone else's answers 409.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1, max_value=MAX_ID)

    def values(self) -> dict:
        data = self.cleaned_data
        return {"category": data["category"], "text": data["text"], "parent": data["parent"],
                "perspective": data.get("perspective", "")}


class IndicatorForm(forms.Form):
    kind = forms.ChoiceField(label=_("indicator kind"), choices=SkpIndicator.Kind.choices,
                             initial=SkpIndicator.Kind.OUTPUT)
    aspect = forms.ChoiceField(label=_("aspek"), choices=BLANK + [(a.value, a.label) for a in Aspect])
    text = forms.CharField(label=_("indicator"), max_length=500, widget=_textarea(2))
    target_value = NumberField(label=_("target"), min_value=0, max_digits=14, decimal_places=2)
    target_unit = forms.CharField(label=_("unit of the target"), max_length=40,
                                  help_text=_("For example: dokumen, laporan, %, bulan."))

    def __init__(self, *args, kind: str, **kwargs):
        super().__init__(*args, **kwargs)
        if kind == SkpKind.JPT:
            del self.fields["aspect"]  # PermenPANRB 6/2022: JPT rows carry a perspektif instead

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1, max_value=MAX_ID)

    def values(self) -> dict:
        data = self.cleaned_data
        return {"kind": data["kind"], "aspect": data.get("aspect", ""), "text": data["text"],
                "target_value": data["target_value"], "target_unit": data["target_unit"]}


class OutcomeForm(forms.Form):
    value = NumberField(label=_("realisation"), min_value=0, max_digits=14, decimal_places=2)
    evidence = forms.CharField(label=_("evidence of the realisation"), max_length=500,
                               help_text=_("Where the value comes from: a report, a decree, "
                                           "a link."))


class LampiranForm(forms.Form):
    """The three lists of the lampiran, one textarea each, one line per item."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for kind, name in LAMPIRAN_FIELDS.items():
            self.fields[name] = forms.CharField(
                label=kind.label, required=False, max_length=LAMPIRAN_TEXT_LIMIT,
                widget=_textarea(3), help_text=_("One item per line."))

    @staticmethod
    def initial_from(items) -> dict:
        lines: dict[str, list[str]] = {name: [] for name in LAMPIRAN_FIELDS.values()}
        for item in items:
            name = LAMPIRAN_FIELDS.get(item.kind)
            if name:
                lines[name].append(item.text)
        return {name: "\n".join(found) for name, found in lines.items()}

    def lines(self) -> dict[str, list[str]]:
        """Per lampiran kind, its non-empty lines."""
        return {kind.value: [line for line in self.cleaned_data[name].splitlines() if line.strip()]
                for kind, name in LAMPIRAN_FIELDS.items()}


class ExpectationsForm(forms.Form):
    """Ekspektasi khusus pimpinan: one textarea per BerAKHLAK value."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for value in BERAKHLAK:
            self.fields[f"value_{value.number}"] = forms.CharField(
                label=value.name, required=False, max_length=1000, widget=_textarea(2))

    @staticmethod
    def initial_from(behaviours) -> dict:
        return {f"value_{b.value_number}": b.expectation for b in behaviours}

    def texts(self) -> dict[int, str]:
        return {value.number: self.cleaned_data[f"value_{value.number}"] for value in BERAKHLAK}


class MoveForm(forms.Form):
    action = forms.ChoiceField(choices=[(a.value, a.value) for a in SkpAction],
                               widget=forms.HiddenInput)
    note = forms.CharField(label=_("note"), required=False, max_length=2000, widget=_textarea(3))
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=MAX_ID)


class FeedbackForm(forms.Form):
    target = forms.ChoiceField(choices=Feedback.Target.choices, widget=forms.HiddenInput)
    target_id = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=MAX_ID)
    text = forms.CharField(label=_("feedback"), max_length=2000, widget=_textarea(2))


class YearForm(forms.Form):
    year = forms.IntegerField(label=_("year"), min_value=YEAR_MIN, max_value=YEAR_MAX, required=False)

    def chosen_year(self) -> int:
        return self.cleaned_data.get("year") or timezone.localdate().year
