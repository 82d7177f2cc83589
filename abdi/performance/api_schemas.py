"""Schemas of the performance API (api_skp.py, api_activities.py).

`id` and `ekinerja_id` of plans, results, indicators and activities, and the employee's `nip`,
are in every output a later BKN e-Kinerja synchronisation reads.
"""

import datetime
import uuid
from decimal import Decimal
from typing import Any, ClassVar, Literal

from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import ConfigDict, field_validator

from abdi.core.api import ApiError, InputSchema, PageQuery, RefId, status_message

from .models import Feedback, SkpIndicator
from .rules.skp import Approach, Aspect, LampiranKind, Perspective, ResultCategory, SkpKind
from .rules.workflow import ActivityStatus, SkpAction, SkpStatus


def one_of(enum) -> Any:
    """The values of an enum as an inline Literal (an enum class would become a shared
    component whose name may collide with another app's)."""
    return Literal[tuple(member.value for member in enum)]


SkpStatusValue = one_of(SkpStatus)
SkpActionValue = one_of(SkpAction)
SkpKindValue = one_of(SkpKind)
ApproachValue = one_of(Approach)
CategoryValue = one_of(ResultCategory)
PerspectiveValue = one_of(Perspective)
AspectValue = one_of(Aspect)
LampiranKindValue = one_of(LampiranKind)
IndicatorKindValue = one_of(SkpIndicator.Kind)
FeedbackTargetValue = one_of(Feedback.Target)
ActivityStatusValue = one_of(ActivityStatus)

MAX_AMOUNT = Decimal("999999999999")  # the services' ceiling of a target or a realisation
MAX_QUANTITY = Decimal("99999999")
MAX_LAMPIRAN_LINES_SENT = 100  # the service keeps at most 20 non-empty lines
MAX_BULK = 200


# ---------------------------------------------------------------- request bodies


def _document_required(schema: dict, cls) -> None:
    required = list(getattr(cls, "required_fields", ()))
    if required:
        schema["required"] = sorted(set(schema.get("required", [])) | set(required))


class Body(InputSchema):
    """A body of an operation on an object named in the path.

    Its required fields are checked after the object was found (`check_required`), so that an
    object the caller may not see answers 404 whatever the body holds; the document still marks
    them required.
    """

    required_fields: ClassVar[tuple[str, ...]] = ()
    model_config = ConfigDict(json_schema_extra=_document_required)

    def check_required(self) -> None:
        missing = [name for name in self.required_fields if getattr(self, name) is None]
        if missing:
            raise ApiError(422, status_message(422),
                           {name: [_("This field is required.")] for name in missing})


class SkpCreate(InputSchema):
    year: int = Field(..., ge=2000, le=2100)
    approach: ApproachValue = Approach.KUANTITATIF.value
    employee: RefId | None = Field(None, description="Whose plan; yourself when left out "
                                                     "(an admin in charge may plan for others).")


class SkpFilters(PageQuery):
    employee: RefId | None = Field(None, description="Plans of this employee (if you may see "
                                                     "them); your own when left out.")
    year: int | None = Field(None, ge=2000, le=2100)
    status: SkpStatusValue | None = None


class ResultIn(Body):
    required_fields = ("text",)
    category: CategoryValue | None = Field(None, description="UTAMA when left out.")
    text: str | None = Field(None, min_length=1, max_length=500)
    parent: RefId | None = Field(None, description="The atasan's result this one supports "
                                                   "(intervensi); required for UTAMA of non-JPT.")
    perspective: PerspectiveValue | None = Field(None, description="JPT only.")


class ResultPatch(Body):
    version: int | None = Field(None, ge=1, description="The SKP `version` you read; 409 if it "
                                                        "changed meanwhile.")
    category: CategoryValue | None = None
    text: str | None = Field(None, min_length=1, max_length=500)
    parent: RefId | None = Field(None, description="Send null to unlink.")
    perspective: PerspectiveValue | Literal[""] | None = None


class IndicatorIn(Body):
    required_fields = ("text", "target_value", "target_unit")
    kind: IndicatorKindValue | None = Field(None, description="output when left out: counted "
                                                              "from validated activities.")
    aspect: AspectValue | None = Field(None, description="Required for non-JPT plans.")
    text: str | None = Field(None, min_length=1, max_length=500)
    target_value: Decimal | None = Field(None, ge=0, le=MAX_AMOUNT, allow_inf_nan=False)
    target_unit: str | None = Field(None, min_length=1, max_length=40)


class IndicatorPatch(Body):
    version: int | None = Field(None, ge=1, description="The SKP `version` you read; 409 if it "
                                                        "changed meanwhile.")
    kind: IndicatorKindValue | None = None
    aspect: AspectValue | Literal[""] | None = None
    text: str | None = Field(None, min_length=1, max_length=500)
    target_value: Decimal | None = Field(None, ge=0, le=MAX_AMOUNT, allow_inf_nan=False)
    target_unit: str | None = Field(None, min_length=1, max_length=40)


class LampiranIn(Body):
    required_fields = ("kind", "lines")
    kind: LampiranKindValue | None = None
    lines: list[str] | None = Field(None, max_length=MAX_LAMPIRAN_LINES_SENT,
                                    description="Replaces the list (at most 20 non-empty lines "
                                                "of at most 500 characters).")

    @field_validator("lines", mode="after")
    @classmethod
    def _clean_lines(cls, lines):
        # The base class checks texts, not the texts inside a list.
        if lines is not None:
            for line in lines:
                if len(line) > 500:
                    raise ValueError(_("Ensure each line has at most 500 characters."))
                if "\x00" in line:
                    raise ValueError(_("Text must not contain control characters."))
                try:
                    line.encode("utf-8")
                except UnicodeEncodeError:
                    raise ValueError(_("Text must be valid Unicode.")) from None
        return lines


class ExpectationIn(Body):
    required_fields = ("value_number",)
    value_number: int | None = Field(None, ge=1, le=7, description="BerAKHLAK value 1 to 7.")
    text: str | None = Field(None, max_length=1000, description="Empty clears it.")


class TransitionIn(Body):
    required_fields = ("action", "version")
    action: SkpActionValue | None = Field(None, description="submit and amend by the employee; "
                                                            "approve and return by the atasan.")
    note: str | None = Field(None, max_length=2000, description="Required to return or amend.")
    version: int | None = Field(None, ge=1, description="The `version` you read; 409 if it "
                                                        "changed meanwhile.")


class OutcomeIn(Body):
    required_fields = ("value", "evidence")
    value: Decimal | None = Field(None, ge=0, le=MAX_AMOUNT, allow_inf_nan=False)
    evidence: str | None = Field(None, min_length=1, max_length=500)


class FeedbackIn(Body):
    required_fields = ("target", "target_id", "text")
    target: FeedbackTargetValue | None = None
    target_id: RefId | None = Field(None, description="Id of the activity, result or behaviour "
                                                      "value of this SKP.")
    text: str | None = Field(None, min_length=1, max_length=2000)


class ActivityIn(InputSchema):
    indicator: RefId = Field(..., description="An output indicator of your approved SKP.")
    date: datetime.date
    description: str = Field(..., min_length=1, max_length=1000)
    quantity: Decimal = Field(..., ge=Decimal("0.01"), le=MAX_QUANTITY, allow_inf_nan=False)
    minutes: int = Field(..., ge=1, le=1440)
    evidence_link: str | None = Field(None, max_length=500, description="http(s) address.")
    latitude: float | None = Field(None, ge=-90, le=90, allow_inf_nan=False)
    longitude: float | None = Field(None, ge=-180, le=180, allow_inf_nan=False)
    client_key: uuid.UUID | None = Field(
        None, description="Names the entry once (or send the Idempotency-Key header): "
                          "a resend answers 200 with the entry already made.")


class ActivityFilters(PageQuery):
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    status: ActivityStatusValue | None = None


class RejectIn(Body):
    required_fields = ("reason",)
    reason: str | None = Field(None, min_length=1, max_length=500)


class BulkApproveIn(InputSchema):
    ids: list[RefId] = Field(..., min_length=1, max_length=MAX_BULK,
                             description="Activities to approve; all or nothing.")


# ---------------------------------------------------------------- answers


class SkpEmployee(Schema):
    id: int
    nip: str
    name: str


class SkpUnit(Schema):
    id: int
    name: str


class SkpRow(Schema):
    id: int
    ekinerja_id: str
    year: int
    kind: SkpKindValue
    approach: ApproachValue
    status: SkpStatusValue
    revision: int
    version: int = Field(..., description="Send it back with a transition (optimistic locking).")
    employee: SkpEmployee
    unit: SkpUnit
    position_name: str
    appraiser_id: int | None = Field(..., description="The pejabat penilai (employee id).")
    submitted_at: datetime.datetime | None
    approved_at: datetime.datetime | None
    created_at: datetime.datetime


class SkpIndicatorOut(Schema):
    id: int
    ekinerja_id: str
    result_id: int
    kind: IndicatorKindValue
    aspect: str
    text: str
    target_value: Decimal
    target_unit: str
    realised: Decimal
    realised_evidence: str
    order: int


class SkpResultOut(Schema):
    id: int
    ekinerja_id: str
    category: CategoryValue
    text: str
    parent_id: int | None = Field(..., description="The atasan's result it supports.")
    perspective: str
    order: int
    indicators: list[SkpIndicatorOut]


class SkpBehaviourOut(Schema):
    id: int
    value_number: int
    name: str
    indicators: list[str]
    expectation: str = Field(..., description="Ekspektasi khusus pimpinan.")


class SkpLampiranOut(Schema):
    kind: LampiranKindValue
    label: str
    lines: list[str]


class SkpFeedbackOut(Schema):
    id: int
    target: FeedbackTargetValue
    target_id: int
    author: SkpEmployee
    text: str
    created_at: datetime.datetime


class SkpDetail(SkpRow):
    appraiser: SkpEmployee | None
    return_note: str
    status_label: str
    results: list[SkpResultOut]
    behaviours: list[SkpBehaviourOut]
    lampiran: list[SkpLampiranOut]
    feedback: list[SkpFeedbackOut]
    problems: list[str] = Field(..., description="What keeps an editable plan from being "
                                                 "submitted.")
    can_edit: bool
    can_set_expectations: bool
    can_give_feedback: bool
    actions: list[SkpActionValue] = Field(..., description="Transitions you may make now.")


class SkpResultSaved(SkpResultOut):
    skp_version: int = Field(..., description="The SKP's version after this change.")


class SkpIndicatorSaved(SkpIndicatorOut):
    skp_version: int = Field(..., description="The SKP's version after this change.")


class SkpLampiranSaved(SkpLampiranOut):
    skp_version: int


class SkpBehaviourSaved(SkpBehaviourOut):
    skp_version: int


class ActivityOut(Schema):
    id: int
    ekinerja_id: str
    client_key: uuid.UUID
    employee: SkpEmployee
    skp_id: int
    indicator_id: int
    date: datetime.date
    description: str
    quantity: Decimal
    minutes: int
    evidence_link: str
    has_evidence_file: bool
    latitude: Decimal | None
    longitude: Decimal | None
    is_repeat: bool = Field(..., description="Repeats the text of an entry of the days before.")
    status: ActivityStatusValue
    reject_reason: str
    validated_by_id: int | None
    validated_at: datetime.datetime | None
    version: int
    created_at: datetime.datetime

    @staticmethod
    def resolve_has_evidence_file(obj) -> bool:
        return bool(obj.evidence)


class ActivityReceipt(ActivityOut):
    already_received: bool = Field(..., description="True when this client_key was received "
                                                    "before: the entry is the earlier one.")


class ActivityIndicator(Schema):
    id: int
    ekinerja_id: str
    text: str
    target_unit: str


class ActivityDetail(ActivityOut):
    indicator: ActivityIndicator
    status_label: str

    @staticmethod
    def resolve_status_label(obj) -> str:
        return str(obj.status_label)


class BulkApproved(Schema):
    approved: int

