"""The own API tokens page: list, create (the raw token is shown once), revoke."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from abdi.accounts import queries, services
from abdi.accounts.actor import Actor
from abdi.accounts.forms import TokenForm
from abdi.core.errors import DomainError


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def token_list(request):
    actor = Actor.from_request(request)
    form = TokenForm(request.POST or None)
    raw = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            days = form.cleaned_data["expires_in"]
            expires_at = timezone.now() + datetime.timedelta(days=int(days)) if days else None
            try:
                _token, raw = services.issue_api_token(
                    actor=actor, name=form.cleaned_data["name"], expires_at=expires_at)
                form = TokenForm()
            except DomainError as exc:
                form.add_error(exc.field if exc.field in form.fields else None, exc.message)
                status = exc.status
        else:
            status = 400
    context = {"form": form, "raw_token": raw, "tokens": queries.own_tokens(request.user),
               "now": timezone.now()}
    return render(request, "accounts/tokens.html", context, status=status)


@login_required
@require_POST
def token_revoke(request, token_id):
    actor = Actor.from_request(request)
    token = queries.get_own_token(actor, token_id)
    services.revoke_api_token(actor=actor, token=token)
    messages.success(request, _("The token “%(name)s” is revoked.") % {"name": token.name})
    return redirect("accounts:tokens")
