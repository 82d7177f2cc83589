"""Account management for admins: list, create for an employee, reset, (de)activate, roles."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from abdi.accounts import policy, queries, services
from abdi.accounts.actor import Actor
from abdi.accounts.forms import AccountCreateForm, AccountSearchForm, RoleGrantForm
from abdi.core.errors import DomainError
from abdi.org.queries import agencies
from abdi.people.queries import visible_employees

PAGE_SIZE = 50


def _admin_actor(request) -> Actor:
    actor = Actor.from_request(request)
    if not policy.can_manage_accounts(actor):
        raise Http404  # the page does not exist for those who may not use it
    return actor


@login_required
@require_http_methods(["GET"])
def account_list(request):
    actor = _admin_actor(request)
    search = AccountSearchForm(request.GET)
    q = search.cleaned_data["q"] if search.is_valid() else ""
    page = Paginator(queries.account_list(actor, q=q), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"search": search, "q": q, "page": page,
               "can_create": policy.can_manage_accounts(actor)}
    template = "accounts/manage_list.html"
    if getattr(request, "htmx", False) and request.htmx.target == "account-results":
        template += "#results"
    return render(request, template, context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def account_create(request):
    actor = _admin_actor(request)
    form = AccountCreateForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            employee = visible_employees(actor).filter(nip=form.cleaned_data["nip"]).first()
            if employee is None:
                form.add_error("nip", _("No employee with this NIP is under your management."))
            else:
                try:
                    account, password = services.create_account(actor=actor, employee=employee)
                except DomainError as exc:
                    form.add_error("nip", exc.message)
                    status = exc.status
                else:
                    return _show_password(request, account, password, created=True)
    return render(request, "accounts/manage_create.html", {"form": form}, status=status)


def _show_password(request, account, password, *, created=False):
    """The temporary password, shown once in this answer and never stored in clear."""
    return render(request, "accounts/manage_password.html",
                  {"account": account, "password": password, "created": created})


def _detail_context(actor, account, grant_form=None):
    roles = queries.roles_of(account)
    can_roles = policy.can_edit_roles(actor, account)
    return {
        "account": account,
        "grants": list(account.role_grants.all()),
        "can_manage": policy.can_manage_account(actor, account, account_roles=roles),
        "can_roles": can_roles,
        "is_self": actor.user is not None and actor.user.pk == account.pk,
        "grant_form": grant_form or (RoleGrantForm(agencies=agencies()) if can_roles else None),
    }


@login_required
@require_http_methods(["GET"])
def account_detail(request, user_id):
    actor = _admin_actor(request)
    account = queries.get_account_for_user(actor, user_id)
    return render(request, "accounts/manage_detail.html", _detail_context(actor, account))


def _fail(request, actor, account, exc, grant_form=None):
    messages.error(request, exc.message)
    context = _detail_context(actor, account, grant_form)
    return render(request, "accounts/manage_detail.html", context, status=exc.status)


@never_cache
@login_required
@require_POST
def account_reset_password(request, user_id):
    actor = _admin_actor(request)
    account = queries.get_account_for_user(actor, user_id)
    try:
        password = services.reset_password(actor=actor, account=account)
    except DomainError as exc:
        return _fail(request, actor, account, exc)
    return _show_password(request, account, password)


@login_required
@require_POST
def account_set_active(request, user_id):
    actor = _admin_actor(request)
    account = queries.get_account_for_user(actor, user_id)
    active = request.POST.get("active") == "1"
    try:
        services.set_account_active(actor=actor, account=account, active=active)
    except DomainError as exc:
        return _fail(request, actor, account, exc)
    messages.success(request, _("The account is active.") if active
                     else _("The account is deactivated."))
    return redirect("accounts:account_detail", user_id=account.pk)


@login_required
@require_POST
def account_reset_second_factor(request, user_id):
    actor = _admin_actor(request)
    account = queries.get_account_for_user(actor, user_id)
    try:
        services.reset_second_factor(actor=actor, account=account)
    except DomainError as exc:
        return _fail(request, actor, account, exc)
    messages.success(request, _("The authenticator is removed; a new one is set up at the next login."))
    return redirect("accounts:account_detail", user_id=account.pk)


@login_required
@require_POST
def role_grant(request, user_id):
    actor = _admin_actor(request)
    account = queries.get_account_for_user(actor, user_id)
    all_agencies = list(agencies())
    form = RoleGrantForm(request.POST, agencies=all_agencies)
    if not form.is_valid():
        messages.error(request, _("Check the role and the perangkat daerah."))
        return render(request, "accounts/manage_detail.html",
                      _detail_context(actor, account, form), status=400)
    agency = next((a for a in all_agencies if a.pk == form.cleaned_data["agency"]), None)
    try:
        services.grant_role(actor=actor, account=account, role=form.cleaned_data["role"],
                            agency=agency)
    except DomainError as exc:
        return _fail(request, actor, account, exc, form)
    messages.success(request, _("The role is granted."))
    return redirect("accounts:account_detail", user_id=account.pk)


@login_required
@require_POST
def role_revoke(request, user_id, grant_id):
    actor = _admin_actor(request)
    account = queries.get_account_for_user(actor, user_id)
    grant = queries.get_grant_for_user(actor, account, grant_id)
    try:
        services.revoke_role(actor=actor, grant=grant)
    except DomainError as exc:
        return _fail(request, actor, account, exc)
    messages.success(request, _("The role is revoked."))
    return redirect("accounts:account_detail", user_id=account.pk)
