"""Log in, log out, and the TOTP second factor."""

from base64 import b32encode

import segno
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp import login as otp_login

from . import services
from .forms import LoginForm, TotpForm


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


def lockout_response(request, credentials, *args, **kwargs):
    return render(request, "accounts/locked.html", status=429)


def _safe_next(request, default="web:home"):
    target = request.GET.get("next") or request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return default


def two_factor(request):
    """Verify a TOTP code; a user without a confirmed device first sets one up."""
    if not request.user.is_authenticated:
        return redirect("accounts:login")
    user = request.user
    device = services.confirmed_totp_device(user)
    setting_up = device is None
    if setting_up:
        device = services.pending_totp_device(user)
    form = TotpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].strip()
        ok = services.confirm_totp_device(device, code) if setting_up else device.verify_token(code)
        if ok:
            otp_login(request, device)
            return redirect(_safe_next(request))
        form.add_error("code", _("That code is not right or has expired. Try the current one."))
    context = {"form": form, "setting_up": setting_up, "next": _safe_next(request, "")}
    if setting_up:
        qr = segno.make(device.config_url, error="m")
        context["qr_svg"] = qr.svg_data_uri(scale=4)
        context["secret"] = b32encode(device.bin_key).decode()
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/two_factor.html", context, status=status)


def logout_done(request):
    messages.info(request, _("You have logged out."))
    return redirect("accounts:login")
