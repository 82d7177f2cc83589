"""What the SKP pages share: who acts, where to go after a change, and how a refusal looks.

A refused or invalid POST renders one small form page with the message and the status the
service gave it (400, 403, 404 or 409), so a plain form without JavaScript always says why.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.web.fragments import wants_fragment

from .. import policy
from ..rules.workflow import SkpStatus

FORM_PAGE = "performance/skp/form.html"

STATUS_BADGES = {
    SkpStatus.DRAFT: "",
    SkpStatus.SUBMITTED: "badge-warn",
    SkpStatus.APPROVED: "badge-ok",
    SkpStatus.RETURNED: "badge-bad",
}


def actor_of(request) -> Actor:
    return Actor.from_request(request)


def badge(skp) -> str:
    return STATUS_BADGES.get(skp.status, "")


def detail_url(skp, anchor: str = "") -> str:
    url = reverse("performance:skp_detail", args=[skp.pk])
    return f"{url}#{anchor}" if anchor else url


def done(request, skp, message: str, anchor: str = ""):
    """After a change: say so and go back to the plan (post/redirect/get)."""
    messages.success(request, message)
    return redirect(detail_url(skp, anchor))


def form_page(request, skp, form, *, title: str, action: str, submit: str = "",
              status: int = 200, errors=(), danger: bool = False):
    """One form on its own page, or only the form when htmx asked for it."""
    context = {"skp": skp, "form": form, "title": title, "action": action,
               "submit": submit or _("Save"), "errors": list(errors), "danger": danger,
               "back": detail_url(skp)}
    template = f"{FORM_PAGE}#form" if wants_fragment(request) and status == 200 else FORM_PAGE
    return render(request, template, context, status=status)


def refused(request, skp, message: str, *, status: int = 403, title: str = ""):
    """The actor may see this SKP but not do this to it (or the rules refuse it)."""
    return form_page(request, skp, None, title=title or _("Not possible"), action="",
                     status=status, errors=[message])


def failed(request, skp, form, exc: DomainError, *, title: str, action: str, submit: str = ""):
    """Show a service's refusal on the form, with the status it carries."""
    found = dict(exc.errors or {})
    if not found:
        found = {exc.field or "__all__": [exc.message]}
    for name, errors in found.items():
        target = name if form is not None and name in form.fields else None
        for error in errors if isinstance(errors, list | tuple) else [errors]:
            if form is not None:
                form.add_error(target, str(error))
    if form is None:
        return refused(request, skp, exc.message, status=exc.status, title=title)
    return form_page(request, skp, form, title=title, action=action, submit=submit,
                     status=exc.status)


def invalid(request, skp, form, *, title: str, action: str, submit: str = ""):
    return form_page(request, skp, form, title=title, action=action, submit=submit, status=400)


def edit_refusal(actor, skp) -> str | None:
    """Why the actor may not change the plan's content, or None when they may."""
    if policy.can_edit_skp(actor, skp):
        return None
    if actor.owns(skp.employee_id):
        return _("This SKP is %(status)s and can no longer be changed.") % {"status": skp.status_label}
    return _("Only the employee may change their own SKP.")
