"""Log in, log out, the TOTP second factor, the lock-out page and changing one's password."""

from base64 import b32encode

import segno
from axes.helpers import get_cool_off
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login

from abdi.accounts import services
from abdi.accounts.actor import Actor
from abdi.accounts.forms import LoginForm, OwnPasswordChangeForm, TotpForm


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """POST only (Django's LogoutView refuses GET), so a link or image cannot log anyone out."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, _("You have logged out."))
        return response


def lockout_response(request, original_response=None, credentials=None, *args, **kwargs):
    """django-axes calls this when a username+address is locked out: 429, with a plain page."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    return render(request, "accounts/locked.html", {"minutes": minutes}, status=429)


def safe_next(request, default: str = "") -> str:
    """The `next` target only when it stays on this site (no open redirect)."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


@never_cache
def two_factor(request):
    """Verify a TOTP code; a user without a confirmed device first sets one up."""
    if not request.user.is_authenticated:
        return redirect("accounts:login")
    user = request.user
    if user.is_verified():
        return redirect(safe_next(request) or "web:home")
    device = services.confirmed_totp_device(user)
    setting_up = device is None
    if setting_up:
        device = services.pending_totp_device(user)
    form = TotpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = "".join(form.cleaned_data["code"].split())
        ok = services.confirm_totp_device(device, code) if setting_up else device.verify_token(code)
        if ok:
            otp_login(request, device)
            return redirect(safe_next(request) or "web:home")
        form.add_error("code", _("That code is not right or has expired. Try the current one."))
    context = {"form": form, "setting_up": setting_up, "next": safe_next(request)}
    if setting_up:
        context["qr_svg"] = segno.make(device.config_url, error="m").svg_data_uri(scale=4)
        secret = b32encode(device.bin_key).decode()
        context["secret"] = " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/two_factor.html", context, status=status)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = OwnPasswordChangeForm
    success_url = reverse_lazy("web:home")

    def form_valid(self, form):
        services.change_own_password(actor=Actor.from_request(self.request),
                                     request=self.request, form=form)
        messages.success(self.request, _("Your password has been changed."))
        return redirect(self.get_success_url())

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response
