"""Pages a citizen opens without an account: rate the officer of a counter (from its QR code),
or rate through a one-time link (a visit code from the officer, or a closed case).

No JavaScript needed; limited per address and per device before any write; a honeypot; every
text shown back is auto-escaped.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.core.errors import DomainError
from abdi.core.public_guard import device_id, limit, refuse_spam, remember_device
from abdi.frontdesk.queries import counter_by_token
from abdi.tenancy.scoping import within

from .. import queries
from ..forms import CodeEntryForm, RatingForm
from ..services import contacts, ratings

COUNTER_PAGE, RATE_PAGE, CODE_PAGE, DONE_PAGE, REFUSED_PAGE = (
    "service_ratings/public_counter.html", "service_ratings/public_rate.html",
    "service_ratings/public_code.html", "service_ratings/public_done.html",
    "service_ratings/public_refused.html")
# A rating takes a minute; a family at the office may share one phone and one network.
LIMITS = {"per_address": (30, 3600), "per_device": (8, 3600)}
LOOKUP_LIMIT = (60, 3600)  # unknown codes per address: typing mistakes yes, guessing no


def _answer(request, template, context, status=200):
    return remember_device(request, render(request, template, context, status=status))


def _refused(request, exc: DomainError, instansi=None):
    return _answer(request, REFUSED_PAGE, {"message": exc.message, "public_instansi": instansi},
                   status=exc.status)


@require_http_methods(["GET", "POST"])
def counter(request, counter_token):
    found = counter_by_token(counter_token)
    if found is None:
        raise Http404
    with within(found.instansi):
        staff = queries.counter_staff(found)
        source = request.POST if request.method == "POST" else request.GET
        chosen = (queries.counter_staff_member(found, source.get("petugas"))
                  if source.get("petugas") else None)
        context = {"counter": found, "staff": staff, "chosen": chosen,
                   "public_instansi": found.instansi}
        if request.method == "GET":
            if source.get("petugas") and chosen is None:
                context["error"] = _("Choose the officer who served you from the list.")
                return _answer(request, COUNTER_PAGE, context, status=400)
            context["form"] = RatingForm() if chosen else None
            return _answer(request, COUNTER_PAGE, context)
        form = RatingForm(request.POST)
        context["form"] = form
        try:
            limit(request, "service-rating", **LIMITS)
            refuse_spam(form)
            if chosen is None:
                raise DomainError(_("Choose the officer who served you from the list."))
            if not form.is_valid():
                context["error"] = _("Please check the form.")
                return _answer(request, COUNTER_PAGE, context, status=400)
            ratings.rate_counter_visit(counter=found, employee=chosen, device=device_id(request),
                                       score=form.cleaned_data["score"],
                                       comment=form.cleaned_data["comment"])
        except DomainError as exc:
            return _refused(request, exc, found.instansi)
    return remember_device(request, redirect("service_ratings:done"))


def _contact_or_404(request, token):
    contact = queries.contact_by_token(token) or queries.contact_by_token(
        contacts.normalise_code(token))
    if contact is None:
        limit(request, "service-rating-lookup", per_address=LOOKUP_LIMIT)
        raise Http404
    return contact


@require_http_methods(["GET", "POST"])
def rate(request, rating_token):
    try:
        contact = _contact_or_404(request, rating_token)
    except DomainError as exc:
        return _refused(request, exc)
    with within(contact.instansi):
        context = {"contact": contact, "officer": contact.employee, "counter": contact.counter,
                   "public_instansi": contact.instansi}
        try:
            if request.method == "GET":
                ratings.check_contact_open(contact)
                context["form"] = RatingForm()
                return _answer(request, RATE_PAGE, context)
            form = RatingForm(request.POST)
            context["form"] = form
            limit(request, "service-rating", **LIMITS)
            refuse_spam(form)
            if not form.is_valid():
                context["error"] = _("Please check the form.")
                return _answer(request, RATE_PAGE, context, status=400)
            ratings.rate_with_contact(contact=contact, score=form.cleaned_data["score"],
                                      comment=form.cleaned_data["comment"])
        except DomainError as exc:
            return _refused(request, exc, contact.instansi)
    return remember_device(request, redirect("service_ratings:done"))


@require_GET
def enter_code(request):
    """The citizen types the code the officer showed them."""
    form = CodeEntryForm(request.GET if "code" in request.GET else None)
    if form.is_bound and form.is_valid():
        code = contacts.normalise_code(form.cleaned_data["code"])
        if code:
            return redirect(reverse("service_ratings:rate", kwargs={"rating_token": code}))
        form.add_error("code", _("Enter the code the officer showed you."))
    return _answer(request, CODE_PAGE, {"form": form}, status=400 if form.is_bound else 200)


@require_GET
def done(request):
    return _answer(request, DONE_PAGE, {})
