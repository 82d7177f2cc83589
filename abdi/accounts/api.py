"""The caller's own account through the API: who am I, and personal API tokens."""

import datetime

from ninja import Field, Router, Schema
from ninja.responses import Status

from abdi.core.api import Id, InputSchema, account_auth, actor_of, errors, session_only_auth

from . import queries, services

router = Router(tags=["account"], auth=account_auth)


class InstansiRef(Schema):
    id: int
    name: str
    time_zone: str


class Me(Schema):
    id: int
    username: str
    display_name: str
    instansi: InstansiRef | None
    employee_id: int | None
    roles: list[str]
    agency_ids: list[int] = Field(..., description="Perangkat daerah you administer.")
    is_operator: bool
    authenticated_by: str = Field(..., description="`token` or `session`.")


class TokenOut(Schema):
    id: int
    name: str
    prefix: str = Field(..., description="The first characters after `abdi_`, to recognise it.")
    created_at: datetime.datetime
    last_used_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    revoked: bool


class TokenCreate(InputSchema):
    name: str = Field(..., min_length=1, max_length=services.TOKEN_NAME_MAX,
                      description="Which system uses it, e.g. 'SIASN sync'.")
    expires_at: datetime.datetime | None = Field(None, description="None: until revoked.")


class TokenIssued(TokenOut):
    token: str = Field(..., description="The secret, shown only now: `Authorization: Bearer …`.")


@router.get("/me", response={200: Me, **errors(401, 403)}, summary="Who am I")
def me(request):
    actor = actor_of(request)
    user = request.user
    return {
        "id": user.pk, "username": user.username, "display_name": user.display_name,
        "instansi": user.instansi if user.instansi_id else None,
        "employee_id": user.employee_id, "roles": sorted(str(r) for r in actor.roles),
        "agency_ids": sorted(actor.agency_ids), "is_operator": user.is_operator,
        "authenticated_by": "token" if getattr(request, "auth_token", None) else "session",
    }


@router.get("/tokens", response={200: list[TokenOut], **errors(401, 403)},
            summary="My API tokens")
def list_tokens(request):
    return list(queries.own_tokens(request.user))


@router.post("/tokens", auth=session_only_auth,
             response={201: TokenIssued, **errors(401, 403, 409, 422)},
             summary="Create an API token")
def create_token(request, payload: TokenCreate):
    """Needs a browser session (a token cannot mint tokens); the secret is returned only once."""
    token, raw = services.issue_api_token(actor=actor_of(request), name=payload.name,
                                          expires_at=payload.expires_at)
    return Status(201, {**TokenOut.model_validate(token).model_dump(), "token": raw})


@router.delete("/tokens/{token_id}", response={204: None, **errors(401, 403, 404, 422)},
               summary="Revoke an API token")
def revoke_token(request, token_id: Id):
    actor = actor_of(request)
    services.revoke_api_token(actor=actor, token=queries.get_own_token(actor, token_id))
    return Status(204, None)
