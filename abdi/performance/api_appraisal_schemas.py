"""Schemas of the appraisal API (api_appraisal.py). Enum values are inline Literals and class
names are specific (Appraisal…, Unit…, Curve…), so no OpenAPI component collides with another's."""

import datetime
from typing import Any, ClassVar, Literal

from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import ConfigDict

from abdi.core.api import MAX_ID, ApiError, InputSchema, PageQuery, status_message

from .rules.cycle import PeriodKind
from .rules.ratings import OrgPredikat, Predikat, Rating

MIN_CITIZEN_RATINGS = 5


def _one_of(enum) -> Any:
    return Literal[tuple(member.value for member in enum)]


PeriodKindValue = _one_of(PeriodKind)
RatingValue = _one_of(Rating)
PredikatValue = _one_of(Predikat)
OrgPredikatValue = _one_of(OrgPredikat)
AppraisalStatusValue = Literal["open", "rated", "final"]
ObjectionStatusValue = Literal["filed", "upheld", "rejected"]


def _document_required(schema: dict, cls) -> None:
    required = list(getattr(cls, "required_fields", ()))
    if required:
        schema["required"] = sorted(set(schema.get("required", [])) | set(required))


class AppraisalBody(InputSchema):
    """A body of an operation on an object named in the path: its required fields are checked
    after the object was found, so what the caller may not see answers 404 whatever is sent."""

    required_fields: ClassVar[tuple[str, ...]] = ()
    model_config = ConfigDict(json_schema_extra=_document_required)

    def check_required(self) -> None:
        missing = [name for name in self.required_fields if getattr(self, name) is None]
        if missing:
            raise ApiError(422, status_message(422),
                           {name: [_("This field is required.")] for name in missing})


class AppraisalPerson(Schema):
    id: int
    nip: str
    name: str
    full_name: str


class AppraisalUnitRef(Schema):
    id: int
    name: str


class PeerInputSummary(Schema):
    count: int = Field(..., description="How many colleagues gave input (never who).")
    ratings: dict[str, int] = Field(..., description="Inputs per rating ATAS/SESUAI/BAWAH.")


class CitizenFeedbackOut(Schema):
    count: int
    average: float | None
    comments: list[str]


class AppraisalRowOut(Schema):
    id: int
    skp_id: int
    employee: AppraisalPerson
    unit_id: int
    year: int
    period_kind: PeriodKindValue
    period_number: int
    start: datetime.date
    end: datetime.date
    status: AppraisalStatusValue
    rating_visible: bool = Field(..., description="False while the ratings are withheld from you.")
    predikat: PredikatValue | None = Field(..., description="Null while not rated or withheld.")
    version: int = Field(..., description="Send it back with the rating (optimistic locking).")
    ekinerja_id: str


class AppraisalDetailOut(AppraisalRowOut):
    appraiser: AppraisalPerson | None
    self_assessment: str
    self_evidence_link: str
    result_rating: RatingValue | None
    result_reason: str | None
    behaviour_rating: RatingValue | None
    behaviour_reason: str | None
    rated_at: datetime.datetime | None
    finalised_at: datetime.datetime | None
    peer_input: PeerInputSummary
    citizen_feedback: CitizenFeedbackOut | None = Field(
        ..., description=f"Null until at least {MIN_CITIZEN_RATINGS} citizens rated the service.")
    can_self_assess: bool
    can_rate: bool
    can_object: bool


class AppraisalFilters(PageQuery):
    year: int | None = Field(None, ge=2000, le=2100)


class OpenAppraisalIn(AppraisalBody):
    required_fields = ("period_kind", "period_number")
    period_kind: PeriodKindValue | None = None
    period_number: int | None = Field(None, ge=1, le=12)


class SelfAssessmentIn(AppraisalBody):
    required_fields = ("text",)
    text: str | None = Field(None, min_length=1, max_length=4000)
    evidence_link: str | None = Field(None, max_length=500, description="http(s) address.")


class PeerInputIn(AppraisalBody):
    required_fields = ("rating",)
    rating: RatingValue | None = Field(None, description="Your view of the behaviour.")
    comment: str | None = Field(None, max_length=2000)
    anonymous: bool = True


class PeerInputSaved(Schema):
    appraisal_id: int
    rating: RatingValue
    anonymous: bool


class RatingIn(AppraisalBody):
    required_fields = ("result_rating", "result_reason", "behaviour_rating", "behaviour_reason",
                       "version")
    result_rating: RatingValue | None = None
    result_reason: str | None = Field(None, min_length=1, max_length=4000)
    behaviour_rating: RatingValue | None = None
    behaviour_reason: str | None = Field(None, min_length=1, max_length=4000)
    version: int | None = Field(None, ge=1, le=MAX_ID,
                                description="The `version` you read; 409 if it changed meanwhile.")


class ObjectionIn(AppraisalBody):
    required_fields = ("reason",)
    reason: str | None = Field(None, min_length=1, max_length=4000)


class DecisionIn(AppraisalBody):
    required_fields = ("upheld", "decision")
    upheld: bool | None = Field(None, description="True sets the new ratings; false rejects.")
    decision: str | None = Field(None, min_length=1, max_length=4000)
    result_rating: RatingValue | None = Field(None, description="Required when upheld.")
    behaviour_rating: RatingValue | None = Field(None, description="Required when upheld.")


class ObjectionOut(Schema):
    id: int
    appraisal_id: int
    status: ObjectionStatusValue
    reason: str
    decision: str
    reviewer: AppraisalPerson | None
    filed_at: datetime.datetime
    decided_at: datetime.datetime | None


class AppraisalPeriodQuery(Schema):
    year: int | None = Field(None, ge=2000, le=2100, description="With the two others, or none: "
                                                                 "today's period by default.")
    period_kind: PeriodKindValue | None = None
    period_number: int | None = Field(None, ge=1, le=12)


class AppraisalPeriodIn(AppraisalBody):
    required_fields = ("year", "period_kind", "period_number")
    year: int | None = Field(None, ge=2000, le=2100)
    period_kind: PeriodKindValue | None = None
    period_number: int | None = Field(None, ge=1, le=12)


class OrgPredikatIn(AppraisalPeriodIn):
    required_fields = ("year", "period_kind", "period_number", "org_predikat")
    org_predikat: OrgPredikatValue | None = None


class CurveQuota(Schema):
    predikat: list[PredikatValue]
    bound: Literal["at_most", "at_least"]
    heads: int = Field(..., description="The limit as a number of employees.")
    held: int


class CurveProblem(Schema):
    code: str
    message: str


class UnitDistribution(Schema):
    unit: AppraisalUnitRef
    year: int
    period_kind: PeriodKindValue
    period_number: int
    org_predikat: OrgPredikatValue | None
    finalised_at: datetime.datetime | None
    counts: dict[str, int] = Field(..., description="Employees per predikat SB, B, BP, K, SK.")
    appraisals: int
    rated: int
    quotas: list[CurveQuota]
    blocked: bool = Field(..., description="True while finalising is refused by the curve.")
    problems: list[CurveProblem]
    can_set_org_predikat: bool
    can_finalise: bool


class UnitPerformanceOut(Schema):
    unit_id: int
    year: int
    period_kind: PeriodKindValue
    period_number: int
    org_predikat: OrgPredikatValue
    set_by_label: str
    finalised_at: datetime.datetime | None


class UnitFinalised(Schema):
    finalised: int = Field(..., description="Appraisals signed final now.")
    distribution: UnitDistribution
