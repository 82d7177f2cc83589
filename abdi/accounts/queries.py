"""Reading accounts and tokens under the viewer's sight.

User is not a tenant model (login must find it before any government is known), so every
query here names the actor's government explicitly.
"""

from django.db.models import Prefetch, Q
from django.http import Http404

from . import policy
from .models import ApiToken, RoleGrant, User

SEARCH_MAX = 100


def visible_accounts(actor):
    """Accounts the actor may see on the admin pages; nothing when they may see none."""
    if not policy.can_manage_accounts(actor):
        return User.objects.none()
    accounts = User.objects.filter(instansi_id=actor.instansi_id, is_operator=False)
    if not actor.is_hr_admin:
        accounts = accounts.filter(employee__agency_id__in=actor.agency_ids)
    return accounts


def _with_roles(accounts, instansi_id):
    grants = RoleGrant.objects.with_scope(instansi=instansi_id).select_related("agency")
    return accounts.prefetch_related(Prefetch("role_grants", queryset=grants))


def account_list(actor, *, q: str = ""):
    """Rows of the account list: one query for the accounts, one for their roles."""
    accounts = visible_accounts(actor)
    text = " ".join((q or "").split())[:SEARCH_MAX]
    if text:
        compact = text.replace(" ", "")
        condition = Q(username__startswith=compact.lower()) if compact.isdigit() else Q()
        for word in text.split(" ")[:5]:
            condition &= Q(display_name__icontains=word) | Q(username__icontains=word)
        accounts = accounts.filter(condition)
    accounts = accounts.select_related("employee", "employee__agency").order_by(
        "display_name", "username", "id")
    return _with_roles(accounts, actor.instansi_id)


def get_account_for_user(actor, pk) -> User:
    """The account if the actor may see it on the admin pages; 404 otherwise."""
    try:
        account = (
            _with_roles(visible_accounts(actor), actor.instansi_id)
            .select_related("employee", "employee__agency", "employee__unit").get(pk=pk)
        )
    except (User.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if not policy.can_view_account(actor, account):
        raise Http404
    return account


def roles_of(account) -> frozenset:
    """Roles of an account loaded by account_list/get_account_for_user (no query)."""
    return frozenset(g.role for g in account.role_grants.all())


def get_grant_for_user(actor, account, pk) -> RoleGrant:
    for grant in account.role_grants.all():
        if str(grant.pk) == str(pk):
            return grant
    raise Http404


def own_tokens(user):
    return ApiToken.objects.filter(user=user).order_by("revoked", "-created_at")


def get_own_token(actor, pk) -> ApiToken:
    if actor.user is None:
        raise Http404
    try:
        return ApiToken.objects.get(pk=pk, user=actor.user)
    except (ApiToken.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
