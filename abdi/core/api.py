"""What every API router shares: authentication, JSON errors, pagination and schema bases.

Every error leaves the API as `{"detail": "<message in the user's language>", "errors":
{field: [messages]}}`; the language follows Accept-Language (LocaleMiddleware).
"""

import json
from typing import Annotated, Generic, Literal, TypeVar

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig, TooManyFieldsSent
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.http import Http404
from django.utils.translation import gettext as _
from django_scopes import ScopeError
from ninja import Field, Path, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.parser import Parser
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf
from pydantic import ConfigDict, field_validator

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError

MAX_ID = 2**63 - 1  # a larger number overflows the database integer and must not reach it
MAX_OFFSET = 10_000_000
MAX_LIMIT = 100
DEFAULT_LIMIT = 50
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Path parameter for a row id: out-of-range numbers are refused before any query.
Id = Annotated[int, Path(..., ge=1, le=MAX_ID)]
RefId = Annotated[int, Field(ge=1, le=MAX_ID)]



def choice_of(choices):
    """The values of a TextChoices as an inline enum (nested `Kind` classes would collide by
    name in the OpenAPI components)."""
    return Literal[tuple(choices.values)]


# ---------------------------------------------------------------- errors


class ApiError(Exception):
    """An answer other than success, raised anywhere inside an API operation."""

    def __init__(self, status: int, detail, errors: dict | None = None):
        super().__init__(str(detail))
        self.status = status
        self.detail = str(detail)
        self.errors = errors or {}


class MalformedBody(Exception):
    """The request body is not JSON."""


class Error(Schema):
    detail: str = Field(..., description="What went wrong, in the user's language.")
    errors: dict[str, list[str]] = Field(
        default_factory=dict, description="Messages per field of the request."
    )


def errors(*codes: int) -> dict:
    """The error answers an operation may give, for the OpenAPI document."""
    return dict.fromkeys(codes, Error)


def status_message(status: int) -> str:
    return {
        400: _("The request could not be understood."),
        401: _("Authentication credentials were not provided or are not valid."),
        403: _("You do not have permission to do this."),
        404: _("Not found."),
        405: _("This method is not allowed here."),
        409: _("The request conflicts with the current state of the data."),
        413: _("The request is too large."),
        422: _("The data sent is not valid."),
        429: _("Too many requests. Try again later."),
    }.get(status, _("The request failed."))


def _pydantic_message(error: dict) -> str:
    """A pydantic error in the user's language (its English text is the fallback)."""
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == "value_error" and "error" in ctx:
        return str(ctx["error"])
    messages = {
        "missing": _("This field is required."),
        "extra_forbidden": _("Unknown field."),
        "string_too_long": _("Ensure this value has at most %(max_length)s characters."),
        "string_too_short": _("Ensure this value has at least %(min_length)s characters."),
        "string_type": _("Enter a text."),
        "int_parsing": _("Enter a whole number."),
        "int_type": _("Enter a whole number."),
        "int_from_float": _("Enter a whole number."),
        "bool_parsing": _("Enter true or false."),
        "bool_type": _("Enter true or false."),
        "date_parsing": _("Enter a valid date (YYYY-MM-DD)."),
        "date_from_datetime_parsing": _("Enter a valid date (YYYY-MM-DD)."),
        "date_from_datetime_inexact": _("Enter a valid date (YYYY-MM-DD)."),
        "date_type": _("Enter a valid date (YYYY-MM-DD)."),
        "datetime_parsing": _("Enter a valid date and time (ISO 8601)."),
        "datetime_from_date_parsing": _("Enter a valid date and time (ISO 8601)."),
        "datetime_type": _("Enter a valid date and time (ISO 8601)."),
        "less_than_equal": _("Ensure this value is at most %(le)s."),
        "less_than": _("Ensure this value is less than %(lt)s."),
        "greater_than_equal": _("Ensure this value is at least %(ge)s."),
        "greater_than": _("Ensure this value is greater than %(gt)s."),
        "enum": _("Select a valid choice: %(expected)s."),
        "literal_error": _("Select a valid choice: %(expected)s."),
        "model_type": _("Send a JSON object."),
        "model_attributes_type": _("Send a JSON object."),
        "dict_type": _("Send a JSON object."),
        "list_type": _("Send a list."),
    }
    template = messages.get(kind)
    if template is None:
        return error.get("msg", _("Invalid value."))
    try:
        return template % ctx
    except (KeyError, TypeError, ValueError):
        return error.get("msg", _("Invalid value."))


def _field_of(loc) -> str:
    """('body', 'payload', 'nip') -> 'nip'; ('query', 'limit') -> 'limit'."""
    parts = [str(p) for p in loc]
    if parts and parts[0] == "body":
        parts = parts[2:] if len(parts) > 2 else []
    elif parts:
        parts = parts[1:]
    return ".".join(parts) or "body"


def error_response(api, request, status: int, detail=None, field_errors: dict | None = None):
    response = api.create_response(
        request,
        {"detail": str(detail or status_message(status)), "errors": field_errors or {}},
        status=status,
    )
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


def install_error_handlers(api) -> None:
    """Every exception an operation may raise becomes a JSON error answer; none becomes a 500."""

    def handle(exc_class):
        return api.exception_handler(exc_class)

    @handle(ApiError)
    def _api_error(request, exc):
        return error_response(api, request, exc.status, exc.detail, exc.errors)

    @handle(DomainError)
    def _domain_error(request, exc):
        # A broken rule is 422 in the API; Forbidden/NotFound/Conflict keep their own status.
        status = 422 if exc.status == 400 else exc.status
        field_errors = {k: [str(m) for m in v] for k, v in (exc.errors or {}).items()}
        if exc.field and exc.field not in field_errors:
            field_errors[exc.field] = [str(exc.message)]
        return error_response(api, request, status, exc.message, field_errors)

    @handle(NinjaValidationError)
    def _validation(request, exc):
        field_errors: dict[str, list[str]] = {}
        for error in exc.errors:
            field_errors.setdefault(_field_of(error.get("loc", ())), []).append(
                _pydantic_message(error)
            )
        return error_response(api, request, 422, None, field_errors)

    @handle(DjangoValidationError)
    def _model_validation(request, exc):
        if hasattr(exc, "error_dict"):
            field_errors = {
                ("body" if k == "__all__" else k): [str(m) for m in v]
                for k, v in exc.message_dict.items()
            }
        else:
            field_errors = {"body": [str(m) for m in exc.messages]}
        return error_response(api, request, 422, None, field_errors)

    @handle(MalformedBody)
    def _malformed(request, exc):
        return error_response(api, request, 400, _("The request body is not valid JSON."))

    @handle(RequestDataTooBig)
    def _too_big(request, exc):
        return error_response(api, request, 413)

    @handle(TooManyFieldsSent)
    def _too_many(request, exc):
        return error_response(api, request, 400)

    @handle(AuthenticationError)
    def _unauthenticated(request, exc):
        return error_response(api, request, 401)

    @handle(HttpError)
    def _http_error(request, exc):
        return error_response(api, request, exc.status_code)

    @handle(PermissionDenied)
    def _denied(request, exc):
        return error_response(api, request, 403)

    @handle(Http404)
    def _not_found(request, exc):
        return error_response(api, request, 404)

    @handle(ScopeError)
    def _no_scope(request, exc):
        # A tenant query without a government: answer as if the object did not exist.
        return error_response(api, request, 404)

    @handle(IntegrityError)
    def _integrity(request, exc):
        return error_response(api, request, 409)


class JsonParser(Parser):
    """Parses JSON bodies; anything else is a MalformedBody (400), never a 500."""

    def parse_body(self, request):
        try:
            return json.loads(request.body)
        except RequestDataTooBig:
            raise
        except (ValueError, RecursionError) as exc:
            raise MalformedBody from exc


# ---------------------------------------------------------------- authentication


def actor_of(request) -> Actor:
    return Actor.from_request(request)


def _admit(request, *, operators: bool):
    """The user if this kind of account may use the operation; 403 otherwise."""
    user = request.user
    if not operators and not user.instansi_id:
        raise ApiError(403, _("This part of the API is for users of a government."))
    return user


class TokenAuth(HttpBearer):
    """`Authorization: Bearer abdi_…`, resolved by ApiTokenMiddleware before the view runs."""

    def __init__(self, *, operators: bool = False):
        self.operators = operators
        super().__init__()

    def authenticate(self, request, token):
        if getattr(request, "auth_token", None) is None:
            # A Bearer header that did not resolve is refused, never passed on to the session.
            raise ApiError(401, _("The API token is invalid, expired or revoked."))
        return _admit(request, operators=self.operators)


class SessionAuth(APIKeyCookie):
    """The browser's login session; unsafe methods need the CSRF token, admins the TOTP step.

    `only=True` marks an operation that a token may not do (e.g. creating more tokens).
    """

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self, *, operators: bool = False, only: bool = False):
        self.operators = operators
        self.only = only
        super().__init__(csrf=True)

    def _get_key(self, request):
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request, key):
        if getattr(request, "auth_token_invalid", False):
            raise ApiError(401, _("The API token is invalid, expired or revoked."))
        user = request.user
        if getattr(request, "auth_token", None) is not None:
            if self.only:
                raise ApiError(403, _("An API token cannot do this; sign in with a browser."))
            return None
        if not user.is_authenticated:
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise ApiError(403, _("CSRF token missing or incorrect."))
        actor = actor_of(request)
        if (actor.is_admin or actor.is_operator) and not user.is_verified():
            raise ApiError(403, _("Confirm your second factor (TOTP code) before using the API."))
        return _admit(request, operators=self.operators)


government_auth = [TokenAuth(), SessionAuth()]
account_auth = [TokenAuth(operators=True), SessionAuth(operators=True)]
session_only_auth = [SessionAuth(operators=True, only=True)]


# ---------------------------------------------------------------- schemas and pagination


def _check_text(value):
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError(_("Text must not contain control characters."))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(_("Text must be valid Unicode.")) from None
    return value


class InputSchema(Schema):
    """A request body: unknown fields are refused, texts trimmed and free of NUL bytes."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _clean_text(cls, value):
        return _check_text(value)


class PageQuery(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Rows per page (max 100).")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")

    @field_validator("*", mode="after")
    @classmethod
    def _clean_text(cls, value):
        return _check_text(value)


T = TypeVar("T")


class Page(Schema, Generic[T]):
    count: int = Field(..., description="Rows matching the filters, on all pages.")
    limit: int
    offset: int
    items: list[T]


def paginate(queryset, page: PageQuery) -> dict:
    """One COUNT and one query for the rows, whatever the page size."""
    rows = list(queryset[page.offset : page.offset + page.limit])
    return {"count": queryset.count(), "limit": page.limit, "offset": page.offset, "items": rows}


def refuse_nulls(values: dict, names) -> None:
    """A PATCH may leave out a required field, but not send it as null."""
    for name in names:
        if name in values and values[name] is None:
            raise DomainError(_("This field is required."), field=name)


def blank(value):
    """None sent for an optional text means empty."""
    return "" if value is None else value
