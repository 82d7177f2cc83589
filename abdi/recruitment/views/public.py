"""The public side: the openings of a government, registration with NIK, e-mail confirmation,
the applicant's login and logout, and the exam-card check a QR code opens. No government account,
a 360 px phone, no JavaScript. Every POST is counted before anything is written."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_scopes import scope

from abdi.core.errors import DomainError
from abdi.core.public_guard import limit, refuse_spam, remember_device
from abdi.core.request_context import client_ip
from abdi.tenancy.scoping import within

from .. import queries
from ..forms import ForgotForm, LoginForm, NewPasswordForm, RegisterForm, first_error
from ..rules import numbers, windows
from ..services import applicants, passwords

T = "recruitment/public/"


def _render(request, template, context, status=200):
    return remember_device(request, render(request, template, context, status=status))


def _confirm_url(request):
    return lambda token: request.build_absolute_uri(reverse("recruitment:confirm") + "?t=" + token)


@require_GET
def openings(request, gov_slug):
    instansi = queries.public_instansi(gov_slug)
    today = timezone.localdate()
    with within(instansi):
        rows = queries.public_selections(today)
    for selection in rows:
        selection.window = windows.registration_window(today, selection.registration_opens,
                                                       selection.registration_closes)
    applicant = queries.applicant_of_request(request)
    if applicant is not None and applicant.instansi_id != instansi.pk:
        applicant = None  # logged in at another government's portal: a stranger here
    return _render(request, T + "openings.html", {
        "gov": instansi, "selections": rows, "applicant": applicant})


@require_http_methods(["GET", "POST"])
def register(request, gov_slug):
    instansi = queries.public_instansi(gov_slug)
    context = {"gov": instansi}
    if request.method == "GET":
        context["form"] = RegisterForm()
        return _render(request, T + "register.html", context)
    form = RegisterForm(request.POST)
    context["form"] = form
    try:
        limit(request, "recruitment-register", per_address=(30, 3600), per_device=(5, 3600))
        refuse_spam(form)
        if not form.is_valid():
            raise DomainError(first_error(form))
        data = form.cleaned_data
        with within(instansi):
            applicants.register_applicant(
                instansi=instansi, email=data["email"], password=data["password"],
                nik=data["nik"], name=data["name"], birth_date=data["birth_date"],
                confirm_url=_confirm_url(request),
                ip=client_ip(request))
    except DomainError as refused:
        context["error"] = refused.message
        return _render(request, T + "register.html", context, refused.status)
    return _render(request, T + "registered.html", context)


@require_GET
def confirm(request):
    token = request.GET.get("t", "")
    try:
        applicant = applicants.confirm_email(token)
    except DomainError as refused:
        return render(request, T + "confirmed.html", {"error": refused.message},
                      status=refused.status)
    return render(request, T + "confirmed.html", {"gov": applicant.instansi})


@require_http_methods(["GET", "POST"])
def login(request, gov_slug):
    instansi = queries.public_instansi(gov_slug)
    context = {"gov": instansi}
    if request.method == "GET":
        context["form"] = LoginForm()
        return _render(request, T + "login.html", context)
    form = LoginForm(request.POST)
    context["form"] = form
    try:
        limit(request, "recruitment-login", per_address=(30, 600), per_device=(10, 600))
        if not form.is_valid():
            raise DomainError(first_error(form))
        with within(instansi):
            try:
                applicant = applicants.authenticate_applicant(
                    email=form.cleaned_data["email"], password=form.cleaned_data["password"])
            except applicants.Unconfirmed as unconfirmed:
                applicants.send_confirmation(unconfirmed.applicant, _confirm_url(request))
                raise
    except DomainError as refused:
        context["error"] = refused.message
        return _render(request, T + "login.html", context, refused.status)
    request.session.cycle_key()
    request.session[queries.APPLICANT_SESSION_KEY] = [instansi.pk, applicant.pk]
    request.session[queries.PORTAL_SESSION_KEY] = instansi.slug
    return remember_device(request, redirect("recruitment:account"))


@require_POST
def logout(request):
    request.session.pop(queries.APPLICANT_SESSION_KEY, None)
    request.session.cycle_key()
    slug = request.session.get(queries.PORTAL_SESSION_KEY)
    return redirect(reverse("recruitment:openings", args=[slug]) if slug else "/")


@require_GET
def card_check(request, card_code):
    """Anyone holding a card may check it: the QR code opens this page. It shows what the card
    shows (never the NIK), or says the card is not genuine."""
    if not numbers.is_card_code(card_code):
        raise Http404
    found = queries.card_by_code(card_code)
    if found is None:
        return render(request, T + "card_check.html", {"found": None}, status=404)
    with scope(instansi=found.instansi_id):
        return render(request, T + "card_check.html", {"found": found})


@require_http_methods(["GET", "POST"])
def forgot(request, gov_slug):
    """The same answer whether or not the e-mail has an account (nothing to enumerate)."""
    instansi = queries.public_instansi(gov_slug)
    context = {"gov": instansi, "form": ForgotForm()}
    if request.method == "POST":
        form = ForgotForm(request.POST)
        context["form"] = form
        try:
            limit(request, "recruitment-forgot", per_address=(20, 3600), per_device=(5, 3600))
            refuse_spam(form)
            if not form.is_valid():
                raise DomainError(first_error(form))
            with within(instansi):
                passwords.request_password_reset(
                    email=form.cleaned_data["email"],
                    reset_url=lambda token: request.build_absolute_uri(
                        reverse("recruitment:reset") + "?t=" + token))
        except DomainError as refused:
            context["error"] = refused.message
            return _render(request, T + "forgot.html", context, refused.status)
        context["sent"] = True
    return _render(request, T + "forgot.html", context)


@require_http_methods(["GET", "POST"])
def reset(request):
    token = request.GET.get("t", "")
    context = {"form": NewPasswordForm(), "token": token}
    if request.method == "POST":
        form = NewPasswordForm(request.POST)
        context["form"] = form
        try:
            limit(request, "recruitment-reset", per_address=(20, 3600), per_device=(10, 3600))
            if not form.is_valid():
                raise DomainError(first_error(form))
            applicant = passwords.reset_password(token=token,
                                                 password=form.cleaned_data["password"],
                                                 ip=client_ip(request))
        except DomainError as refused:
            context["error"] = refused.message
            return _render(request, T + "reset.html", context, refused.status)
        context["done_gov"] = applicant.instansi
    return _render(request, T + "reset.html", context)
