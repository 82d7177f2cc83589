"""Forms of the TPP pages: they parse input; services.rule_sets decides and saves, and
rules.tpp computes. Dates go to the service as typed, so its message is the one shown."""

import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .rules import codec, presets

MAX_PAGU = 1_000_000_000  # Rp per month: far above any kelas jabatan's TPP (services.rule_sets)
MAX_ACHIEVEMENT = Decimal(200)  # capaian above 100% is capped by the rules; beyond 200 is a typo
MAX_COUNT = 31  # a month has at most 31 days
EMPLOYEE_KINDS = (("PNS", "PNS"), ("CPNS", "CPNS"), ("PPPK", "PPPK"))

# One line per preset, in the order they are offered (presets.PRESETS_BY_KEY holds the rules).
PRESET_CHOICES = (
    ("national", _("Default: 40/60 split, late and early-leave bands of 0.5 to 1.5%, TK 12% per day, apel "
                   "2%. A starting point: replace every figure with your Perkada's.")),
    ("tulang_bawang", _("Kabupaten Tulang Bawang: 40/60 split, late bands TL1-TL4 of 0.5 to 1.5% (disiplin "
                        "share), apel 2%, requests left unanswered 1.5%.")),
    ("timor_tengah_utara", _("Kabupaten Timor Tengah Utara: 40/60 split, late 1 to 2.5%, missing clock "
                             "records 4%, apel and sidak 4%, TK 12% per day.")),
)
PRESET_NAMES = {
    "national": _("Default (replace with the Perkada)"),
    "tulang_bawang": _("Kabupaten Tulang Bawang"),
    "timor_tengah_utara": _("Kabupaten Timor Tengah Utara"),
}

_WHOLE = re.compile(r"\d{1,10}")
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")  # 5.000.000 or 5,000,000
_PERCENT = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")
_COUNT = re.compile(r"\d{1,2}")


class RuleSetForm(forms.Form):
    """A new version of the government's TPP rules, started from a preset."""

    name = forms.CharField(label=_("Name"), max_length=120,
                           widget=forms.TextInput(attrs={"placeholder": _("TPP 2026")}))
    legal_basis = forms.CharField(
        label=_("Legal basis (Perkada)"), max_length=200, required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Perbup No. 12 Tahun 2026")}))
    effective_from = forms.CharField(label=_("In force from"), max_length=20,
                                     widget=forms.DateInput(attrs={"type": "date"}))
    effective_to = forms.CharField(
        label=_("In force until"), max_length=20, required=False,
        help_text=_("Leave empty while no end is decided."),
        widget=forms.DateInput(attrs={"type": "date"}))
    preset = forms.ChoiceField(
        label=_("Start from"), choices=PRESET_CHOICES, initial="national", widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the presets offered.")})

    def values(self) -> dict:
        data = self.cleaned_data
        return {"name": data["name"], "legal_basis": data["legal_basis"],
                "effective_from": data["effective_from"], "effective_to": data["effective_to"],
                "preset": data["preset"],
                "schedule": codec.schedule_to_data(presets.PRESETS_BY_KEY[data["preset"]])}

    def add_service_error(self, error) -> None:
        self.add_error(error.field if error.field in self.fields else None, str(error.message))


def rupiah_amount(raw: str, maximum: int) -> int | None:
    """Whole Rupiah typed as 5000000, 5.000.000 or "Rp 5.000.000"; None when not that or
    outside 1..maximum."""
    text = str(raw or "").replace("Rp", "").replace(" ", "").strip()
    if len(text) > 30 or not (_WHOLE.fullmatch(text) or _GROUPED.fullmatch(text)):
        return None
    value = int(text.replace(".", "").replace(",", ""))
    return value if 1 <= value <= maximum else None


def _pagu(raw: str) -> int | None:
    return rupiah_amount(raw, MAX_PAGU)


class SimulationForm(forms.Form):
    """Pagu, capaian, employee kind and one count per deduction code of the chosen version."""

    pagu = forms.CharField(
        label=_("Pagu TPP (Rp per month)"), max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "placeholder": "5.000.000",
                                      "autocomplete": "off"}))
    achievement = forms.CharField(
        label=_("Capaian produktivitas (%)"), max_length=10, initial="100",
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}))
    employee_kind = forms.ChoiceField(
        label=_("Employee kind"), choices=EMPLOYEE_KINDS, initial="PNS",
        error_messages={"invalid_choice": _("Choose PNS, CPNS or PPPK.")})

    def __init__(self, data=None, *, codes=()):
        """`codes`: (code, label) of every deduction rule of the chosen version, in its order."""
        super().__init__(data)
        self.codes = list(codes)
        for code, label in self.codes:
            self.fields[self.count_field(code)] = forms.CharField(
                label=label, required=False, initial="0", max_length=3,
                widget=forms.NumberInput(attrs={"min": 0, "max": MAX_COUNT, "step": 1,
                                                "inputmode": "numeric"}))

    @staticmethod
    def count_field(code: str) -> str:
        return f"n_{code}"

    @property
    def count_fields(self):
        return [self[self.count_field(code)] for code, _label in self.codes]

    def clean_pagu(self) -> int:
        value = _pagu(self.cleaned_data["pagu"])
        if value is None:
            raise forms.ValidationError(
                _("Enter the pagu as a whole number of Rupiah from 1 to 1,000,000,000."))
        return value

    def clean_achievement(self) -> Decimal:
        text = self.cleaned_data["achievement"].replace("%", "").strip()
        value = Decimal(text.replace(",", ".")) if _PERCENT.fullmatch(text) else None
        if value is None or value > MAX_ACHIEVEMENT:
            raise forms.ValidationError(
                _("Enter the capaian produktivitas as a percentage from 0 to 200, with at most two "
                  "decimals."))
        return value

    def clean(self):
        data = super().clean()
        for code, _label in self.codes:
            name = self.count_field(code)
            text = (data.get(name) or "").strip() or "0"
            if not _COUNT.fullmatch(text) or int(text) > MAX_COUNT:
                self.add_error(name, _("How many times %(code)s happened: a whole number from 0 to "
                                       "%(max)s.") % {"code": code, "max": MAX_COUNT})
            else:
                data[name] = int(text)
        return data

    def events(self) -> dict[str, int]:
        return {code: self.cleaned_data[self.count_field(code)] for code, _label in self.codes
                if self.cleaned_data[self.count_field(code)]}


# ---- the figures of a rule set, edited in place ---------------------------------------------------

_DECIMAL = re.compile(r"\d{1,9}(?:\.\d{1,4})?")
KELAS_RANGE = range(1, 18)  # kelas jabatan 1 to 17 (Perpres 68/2022 job classes)
AMOUNT_COMPONENTS = ("BK", "TB", "KK", "KP", "PK", "PO")  # codec.COMPONENT_CODES, in PP 12/2019 order


class FiguresError(ValueError):
    def __init__(self, field: str, message):
        super().__init__(str(message))
        self.field, self.message = field, message


def _decimal(post, field: str, *, label, maximum=Decimal(100)) -> str:
    text = str(post.get(field, "")).strip().replace(",", ".")  # 1,5 and 1.5 alike
    if not _DECIMAL.fullmatch(text) or Decimal(text) > maximum:
        raise FiguresError(field, _("%(label)s: enter a number from 0 to %(max)s.")
                           % {"label": label, "max": maximum})
    return f"{Decimal(text).normalize():f}"  # 30, not 3E+1; 0.75 as typed


def _minute(post, field: str, *, label) -> int | None:
    text = str(post.get(field, "")).strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > 24 * 60:
        raise FiguresError(field, _("%(label)s: minutes are a whole number up to 1440.")
                           % {"label": label})
    return int(text)


def edited_schedule(data: dict, post) -> dict:
    """The stored schedule `data` with the figures of the edit form applied: the split, each
    deduction's percent (and minute band), each penalty's percent and months, the caps, the
    predikat factors and the rounding. Rules themselves are not added or removed here (a new
    kind of rule comes with a preset); the service validates the result as a whole."""
    schedule = {**data}
    schedule["split"] = {share: _decimal(post, f"split-{share}", label=share)
                         for share in ("disiplin", "produktivitas")}
    schedule["achievement_cap"] = _decimal(post, "achievement_cap", label=_("Capaian cap"),
                                           maximum=Decimal(200))
    deductions = []
    for index, rule in enumerate(data.get("deductions", [])):
        rule = {**rule, "percent": _decimal(post, f"ded-{index}-percent", label=rule["code"])}
        if rule.get("first_minute") is not None:
            rule["first_minute"] = _minute(post, f"ded-{index}-first", label=rule["code"])
            rule["last_minute"] = _minute(post, f"ded-{index}-last", label=rule["code"])
        label = " ".join(str(post.get(f"ded-{index}-label", rule.get("label", ""))).split())
        rule["label"] = label[:120]
        deductions.append(rule)
    schedule["deductions"] = deductions
    penalties = []
    for index, rule in enumerate(data.get("penalties", [])):
        months = _minute(post, f"pen-{index}-months", label=rule["code"])
        penalties.append({**rule, "percent": _decimal(post, f"pen-{index}-percent", label=rule["code"]),
                          "months": months})
    schedule["penalties"] = penalties
    schedule["caps"] = [{**cap, "percent": _decimal(post, f"cap-{index}-percent", label=cap["share"])}
                        for index, cap in enumerate(data.get("caps", []))]
    schedule["predikat_factors"] = [
        {**factor, "percent": _decimal(post, f"fac-{index}-percent", label=factor["predikat"],
                                       maximum=Decimal(200))}
        for index, factor in enumerate(data.get("predikat_factors", []))]
    unit = str(post.get("rounding-unit", "1")).strip()
    if unit not in ("1", "10", "100", "1000"):
        raise FiguresError("rounding-unit", _("Round to 1, 10, 100 or 1,000 Rupiah."))
    mode = str(post.get("rounding-mode", "")).strip()
    if mode not in ("ROUND_HALF_UP", "ROUND_DOWN", "ROUND_UP"):
        raise FiguresError("rounding-mode", _("Choose how to round."))
    schedule["rounding"] = {**data.get("rounding", {}), "unit": unit, "mode": mode}
    return schedule


def edited_amounts(post) -> list[tuple[int, str, int]]:
    """Every filled cell of the base-amount grid as (kelas, criterion, Rp); an empty cell is none."""
    rows = []
    for kelas in KELAS_RANGE:
        for code in AMOUNT_COMPONENTS:
            raw = str(post.get(f"amt-{kelas}-{code}", "")).strip()
            if not raw or raw == "0":
                continue
            amount = rupiah_amount(raw, MAX_PAGU)
            if amount is None:
                raise FiguresError(f"amt-{kelas}-{code}", _(
                    "Kelas %(kelas)s, %(code)s: enter whole Rupiah, e.g. 5.000.000.")
                    % {"kelas": kelas, "code": code})
            rows.append((kelas, code, amount))
    return rows
