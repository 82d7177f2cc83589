"""Forms of the people pages: they parse input; the services decide and save."""

import secrets
from html import escape

from django import forms
from django.conf import settings
from django.db.models import Q
from django.forms.models import fields_for_model
from django.template.defaultfilters import filesizeformat
from django.urls import reverse_lazy
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from abdi.core.fields import FixedChoiceField
from abdi.org import queries as org_queries
from abdi.org.models import Position, Unit

from . import queries, rules
from .choices import EmployeeKind, EmployeeStatus, JobKind
from .models import Employee

PHOTO_FORMATS = {"JPEG": "jpg", "PNG": "png"}

# Order of the fields on the create/edit page, grouped into fieldsets.
FIELDSETS = (
    (_("Identity"), ("nip", "nip_lama", "kind", "name", "front_title", "back_title", "gender",
                     "birth_place", "birth_date", "nik")),
    (_("Rank and position"), ("grade", "tmt_grade", "tmt_cpns", "unit", "position",
                              "tmt_position", "status", "contract_ends_on")),
    (_("Education"), ("education_level", "education_major")),
    (_("Contact"), ("email", "phone", "address", "photo")),
)
MAX_ID = 2**63 - 1
FORM_FIELDS = tuple(name for _legend, names in FIELDSETS for name in names)
DATE_FIELDS = ("birth_date", "tmt_grade", "tmt_cpns", "tmt_position", "contract_ends_on")
# Only a PPPK has a perjanjian kerja with an end date (PP 49/2018 Pasal 37).
CONTRACT_KINDS = (EmployeeKind.PPPK, EmployeeKind.PPPK_PARUH_WAKTU)


def grade_choices():
    """PNS golongan ruang and PPPK golongan, kept in two groups (never mixed)."""
    pns = [(g.code, f"{g.code} - {g.pangkat}") for g in rules.PNS_GRADES]
    pppk = [(g, g) for g in rules.PPPK_GRADES]
    return [("", "---------"), (_("PNS"), pns), (_("PPPK"), pppk)]


def directory_grade_choices():
    return [(g.code, g.code) for g in rules.PNS_GRADES] + [(g, f"PPPK {g}") for g in rules.PPPK_GRADES]


def agencies_for(actor):
    """Perangkat daerah whose people the actor may see (whole government or own sight)."""
    agencies = org_queries.agencies()
    if actor.sees_whole_government:
        return agencies
    ids = set(actor.agency_ids)
    if actor.employee_id or actor.led_unit_paths:
        ids |= set(queries.visible_employees(actor).values_list("agency_id", flat=True).distinct())
    return agencies.filter(pk__in=ids)


def units_for(actor, agency_id):
    """Units of one perangkat daerah the actor may filter by."""
    units = Unit.objects.filter(agency_id=agency_id).order_by("path")
    if actor.sees_whole_government or agency_id in actor.agency_ids:
        return units
    condition = Q(pk__in=[])
    for path in actor.led_unit_paths:
        condition |= Q(path__startswith=path)
    if actor.employee_id:
        condition |= Q(employees__pk=actor.employee_id)
    return units.filter(condition).distinct()


def manageable_units(actor, *, keep=None):
    """Units an employee may be placed in by this actor: all for BKPSDM, else own agencies.

    `keep` is the employee's current unit, offered even if it has since been deactivated.
    """
    active = Q(is_active=True) | Q(pk=keep) if keep else Q(is_active=True)
    units = Unit.objects.filter(active).order_by("path")
    if actor.is_hr_admin:
        return units
    return units.filter(agency_id__in=list(actor.agency_ids))


def unit_label(unit) -> str:
    return f"{'- ' * unit.depth}{unit.name}"


def select_options(choices, current) -> str:
    """Safe HTML of <option>s, the one whose value equals `current` (as text) selected.

    Every value and label is escaped here with the stdlib's escape: format_html per option
    cost a millisecond on the directory (120 options per page)."""
    current = "" if current is None else str(current)
    parts = []
    for value, label in choices:
        value = str(value)
        selected = " selected" if value == current else ""
        parts.append(f'<option value="{escape(value)}"{selected}>{escape(str(label))}</option>')
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped above


FILTER_NAMES = ("agency", "unit", "grade", "job_kind", "status", "kind")


class DirectoryFilterForm(forms.Form):
    """The directory's search box and filters; choices are limited to the actor's sight."""

    q = forms.CharField(label=_("Name or NIP"), required=False, max_length=100)
    # Agency and unit are checked against the actor's own lists in clean_*: handing ~120
    # agencies to a ChoiceField on every request cost more than rendering the page's rows.
    agency = forms.IntegerField(label=_("Perangkat daerah"), required=False, min_value=1,
                                max_value=MAX_ID)
    unit = forms.IntegerField(label=_("Unit"), required=False, min_value=1, max_value=MAX_ID)
    grade = FixedChoiceField(label=_("Golongan"), required=False,
                              choices=[("", _("All")), *directory_grade_choices()])
    job_kind = FixedChoiceField(label=_("Kind of position"), required=False,
                                 choices=[("", _("All")), *JobKind.choices])
    status = FixedChoiceField(label=_("Status"), required=False,
                               choices=[("", _("All")), *EmployeeStatus.choices])
    kind = FixedChoiceField(label=_("Employee kind"), required=False,
                             choices=[("", _("All")), *EmployeeKind.choices])

    def __init__(self, data, *, actor, agencies=None):
        """`agencies`: the (pk, name) pairs of agencies_for(actor), when already known."""
        super().__init__(data)
        self.actor = actor
        if agencies is None:
            agencies = list(agencies_for(actor).values_list("pk", "name"))
        self.agency_choices = agencies
        agency_id = self._chosen_agency(agencies)
        self.unit_choices = []
        if agency_id is not None:
            self.unit_choices = [(u.pk, unit_label(u)) for u in
                                 units_for(actor, agency_id).only("pk", "name", "depth")]
        self.show_units = bool(self.unit_choices)

    def clean_agency(self):
        return self._one_of(self.cleaned_data.get("agency"), self.agency_choices)

    def clean_unit(self):
        return self._one_of(self.cleaned_data.get("unit"), self.unit_choices)

    @staticmethod
    def _one_of(value, choices):
        if value is not None and value not in {pk for pk, _label in choices}:
            raise forms.ValidationError(_("Select a valid choice."), code="invalid_choice")
        return value

    @cached_property
    def options(self) -> dict:
        """Each select's <option>s, built once in Python (a template loop with a comparison
        per option cost more than the rest of the page)."""
        everything = ("", _("All"))
        choices = {"agency": [everything, *self.agency_choices],
                   "unit": [everything, *self.unit_choices]}
        return {name: select_options(choices.get(name) or self.fields[name].choices,
                                     self.data.get(name))
                for name in ("agency", "unit", "grade", "job_kind", "status", "kind")}

    def _chosen_agency(self, agencies):
        """The agency whose units are offered: the one chosen, or the only one in sight."""
        raw = self.data.get("agency") if self.data else None
        ids = {pk for pk, _name in agencies}
        try:
            chosen = int(raw) if raw else None
        except (TypeError, ValueError):
            chosen = None
        if chosen in ids:
            return chosen
        return next(iter(ids)) if len(ids) == 1 else None

    @classmethod
    def search_only_filters(cls, data, agencies) -> dict | None:
        """The filters of a request that chooses no filter, only (maybe) a search, without
        building the form (a tenth of a new search's time): the search box's own field cleans
        the text. None when the form is needed: a filter is chosen, or the viewer's only agency
        offers its units.
        """
        if len(agencies) == 1 or any(data.get(name) for name in FILTER_NAMES):
            return None
        try:
            text = cls.base_fields["q"].clean(data.get("q"))
        except forms.ValidationError:
            return {}  # as filters(): a bad search is dropped, never the page
        return {"q": text} if text else {}

    def filters(self) -> dict:
        """Valid filters only: a bad value in one field drops that filter, never the page."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {name: data.get(name) for name in
                ("q", *FILTER_NAMES)
                if data.get(name) not in (None, "")}

class PhotoField(forms.ImageField):
    """A JPEG or PNG up to ABDI_PHOTO_MAX_BYTES, checked by content (Pillow), not by name."""

    default_error_messages = {
        "invalid_image": _("Upload a JPEG or PNG photo; this file is not a picture."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.FileInput(attrs={"accept": "image/jpeg,image/png"}))
        super().__init__(**kwargs)

    def to_python(self, data):
        max_bytes = settings.ABDI_PHOTO_MAX_BYTES
        if data is not None and getattr(data, "size", 0) > max_bytes:
            raise forms.ValidationError(
                _("The photo is too large (%(size)s); the limit is %(limit)s.")
                % {"size": filesizeformat(data.size), "limit": filesizeformat(max_bytes)},
                code="too_large")
        upload = super().to_python(data)
        if upload is None:
            return None
        image_format = getattr(getattr(upload, "image", None), "format", None)
        if image_format not in PHOTO_FORMATS:
            raise forms.ValidationError(
                _("Only JPEG or PNG photos are accepted (this one is %(format)s).")
                % {"format": image_format or _("unknown")}, code="format")
        # A fresh random name: the uploader's file name is neither trusted nor kept.
        upload.name = f"{secrets.token_hex(12)}.{PHOTO_FORMATS[image_format]}"
        return upload


class EmployeeForm(forms.Form):
    """Create or edit an employee. Only the fields the actor may change are present."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, data=None, files=None, *, actor, employee=None, allowed=None, initial=None):
        super().__init__(data, files, initial=initial)
        self.actor = actor
        self.employee = employee
        names = [n for n in FORM_FIELDS if (allowed is None or n in allowed)
                 and (n != "contract_ends_on" or self._may_have_contract())]
        model_fields = fields_for_model(Employee, fields=names)
        for name in names:
            field = model_fields[name]
            if name in DATE_FIELDS:
                field.widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
            self.fields[name] = field
        if "photo" in self.fields:
            self.fields["photo"] = PhotoField(
                label=Employee._meta.get_field("photo").verbose_name, required=False,
                help_text=_("JPEG or PNG, at most %(limit)s.")
                % {"limit": filesizeformat(settings.ABDI_PHOTO_MAX_BYTES)})
        if "grade" in self.fields:
            self.fields["grade"] = forms.ChoiceField(
                label=Employee._meta.get_field("grade").verbose_name, required=False,
                choices=grade_choices())
        if "nip" in self.fields:
            self.fields["nip"].help_text = _("18 digits: birth date, TMT CPNS, sex, serial.")
            self.fields["nip"].widget.attrs.update({"inputmode": "numeric", "autocomplete": "off"})
        if "nik" in self.fields:
            self.fields["nik"].widget.attrs.update({"inputmode": "numeric", "autocomplete": "off"})
        if "unit" in self.fields:
            self._limit_unit_and_position()
        if employee is None:
            del self.fields["version"]
        else:
            self.fields["version"].required = True

    def _may_have_contract(self) -> bool:
        """The contract end is shown to PPPK only (and on the add page, where the kind is open);
        a posted form always has it, so that a date sent for a PNS is refused, not dropped."""
        if self.is_bound:
            return True
        if self.employee is not None:
            return self.employee.kind in CONTRACT_KINDS
        return True

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind", self.employee.kind if self.employee else None)
        if cleaned.get("contract_ends_on") and kind not in CONTRACT_KINDS:
            self.add_error("contract_ends_on", _("Only a PPPK has a contract end date."))
        return cleaned

    def _limit_unit_and_position(self):
        employee = self.employee
        units = manageable_units(self.actor, keep=employee.unit_id if employee else None)
        unit_field = self.fields["unit"]
        unit_field.queryset = units
        unit_field.label_from_instance = unit_label
        unit_field.widget.attrs.update({
            "hx-get": reverse_lazy("people:position_options"),
            "hx-target": "#id_position", "hx-trigger": "change",
        })
        # Positions are those of the chosen unit, so a picked position always fits the unit.
        unit_id = self.data.get("unit") if self.is_bound else (
            self.initial.get("unit") or (employee.unit_id if employee else None))
        if "position" in self.fields:
            self.fields["position"].queryset = positions_of(
                units, unit_id, keep=employee.position_id if employee else None)

    def values(self) -> dict:
        """Cleaned values for the service: no version, no photo unless one was uploaded."""
        values = {k: v for k, v in self.cleaned_data.items() if k != "version"}
        if not values.get("photo"):
            values.pop("photo", None)
        for name in ("nip", "nik"):
            if values.get(name):
                values[name] = "".join(values[name].split())
        return values

    def fieldsets(self):
        """(legend, bound fields) in page order, skipping fields the actor cannot change."""
        for legend, names in FIELDSETS:
            bound = [self[name] for name in names if name in self.fields]
            if bound:
                yield legend, bound

    def add_service_error(self, error) -> None:
        """Show a service's DomainError next to the fields it names, or on top."""
        placed = False
        for name, messages in (getattr(error, "errors", None) or {}).items():
            for message in messages:
                if name in self.fields:
                    self.add_error(name, message)
                    placed = True
        if not placed:
            field = getattr(error, "field", None)
            self.add_error(field if field in self.fields else None, str(error.message))


def positions_of(units, unit_id, *, keep=None):
    """Active positions of one unit among `units` (plus `keep`, the one currently held)."""
    try:
        unit_id = int(unit_id) if unit_id not in (None, "") else None
    except (TypeError, ValueError):
        unit_id = None
    # Out of the database's integer range: a foreign-key lookup would overflow, not miss.
    if unit_id is None or not 0 < unit_id < MAX_ID:
        return Position.objects.none()
    active = Q(is_active=True) | Q(pk=keep) if keep else Q(is_active=True)
    return (Position.objects.filter(active, unit_id=unit_id, unit__in=units)
            .order_by("-is_head", "-kelas_jabatan", "name"))
