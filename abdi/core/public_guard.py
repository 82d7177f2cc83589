"""Guards for pages anyone may post to without an account (complaints, surveys, ratings, forums).

Limits are counted in the shared cache (Redis in production), so a flood costs one cache round
trip per request and never a database write; staff pages do not share these counters.
A device is a random id kept in a signed cookie: clearing cookies gives a new one, which is why
every public form is limited per address as well.
"""

import secrets

from django import forms
from django.core.cache import cache
from django.core.signing import BadSignature
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from abdi.core.errors import DomainError
from abdi.core.request_context import client_ip

DEVICE_COOKIE = "abdi_perangkat"
DEVICE_COOKIE_SALT = "abdi.public.device"
DEVICE_COOKIE_AGE = 2 * 365 * 24 * 3600
HONEYPOT_FIELD = "situs_web"  # a field people never see; bots that fill every input fill it


class TooManyRequests(DomainError):
    """Answered with 429: the same address or device posted too often in the window."""

    status = 429


class Spam(DomainError):
    """Answered with 400 and a neutral message: the honeypot was filled."""

    status = 400


def device_id(request) -> str:
    """The device's id from its signed cookie, or a new one (set it with `remember_device`)."""
    cached = getattr(request, "_abdi_device", None)
    if cached:
        return cached
    try:
        value = request.get_signed_cookie(DEVICE_COOKIE, salt=DEVICE_COOKIE_SALT)
    except (KeyError, BadSignature):
        value = ""
    if not (value.isascii() and value.isalnum() and 16 <= len(value) <= 64):
        value = secrets.token_hex(16)
        request._abdi_device_new = True
    request._abdi_device = value
    return value


def remember_device(request, response):
    """Set the device cookie on the response if this request created the id."""
    if getattr(request, "_abdi_device_new", False):
        response.set_signed_cookie(DEVICE_COOKIE, request._abdi_device, salt=DEVICE_COOKIE_SALT,
                                   max_age=DEVICE_COOKIE_AGE, httponly=True, samesite="Lax")
    return response


def _count(key: str, window_seconds: int) -> int:
    # add() only writes when the key is absent, so the window starts at the first hit.
    if cache.add(key, 1, timeout=window_seconds):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window_seconds)
        return 1


def _hits(windows: list[tuple[str, int]]) -> list[int]:
    """One more hit on each (key, seconds) window; Redis counts them all in one round trip."""
    count_hits = getattr(cache, "count_hits", None)
    if count_hits is not None:
        return count_hits(windows)
    return [_count(key, seconds) for key, seconds in windows]


def limit(request, bucket: str, *, per_address: tuple[int, int], per_device: tuple[int, int] | None = None):
    """Count one submission to `bucket`; raise TooManyRequests past a (count, seconds) limit.

    Call it before any database write so a refused request writes nothing.
    """
    windows = [(f"pg:{bucket}:a:{client_ip(request)}", per_address[1])]
    if per_device is not None:
        windows.append((f"pg:{bucket}:d:{device_id(request)}", per_device[1]))
    counts = _hits(windows)
    if counts[0] > per_address[0]:
        raise TooManyRequests(_("Too many submissions from your network. Please try again later."))
    if per_device is not None and counts[1] > per_device[0]:
        raise TooManyRequests(_("Too many submissions from this device. Please try again later."))


class HoneypotMixin(forms.Form):
    """Adds a field hidden from people (CSS class `hp`, aria-hidden, no tab stop); filled = spam."""

    situs_web = forms.CharField(required=False, label=gettext_lazy("Leave this field empty"),
                                widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1",
                                                              "class": "hp", "aria-hidden": "true"}))


def refuse_spam(form_or_data):
    """Raise Spam if the honeypot was filled: a HoneypotMixin form, or the POST data itself."""
    data = getattr(form_or_data, "data", form_or_data)
    if (data.get(HONEYPOT_FIELD) or "").strip():
        raise Spam(_("The form could not be processed. Please reload the page and try again."))
