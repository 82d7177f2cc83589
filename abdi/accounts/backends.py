"""Log in by NIP (ASN) or e-mail (others); both are stored lower-cased in username."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from abdi.tenancy.cache import get_instansi

from . import principal_cache

UserModel = get_user_model()


def normalise_username(username: str | None) -> str:
    """What the user typed, as stored: no whitespace anywhere, lower case."""
    return "".join((username or "").split()).lower()[:150]


class NipOrEmailBackend(ModelBackend):
    def get_user(self, user_id):
        """The logged-in user of a session, with their government, through the principal cache."""
        user = principal_cache.cached_user(
            user_id, lambda: UserModel._default_manager.filter(pk=user_id).first()
        )
        if user is None:
            return None
        if user.instansi_id:
            user.instansi = get_instansi(user.instansi_id)
        return user if self.user_can_authenticate(user) else None

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username:
            username = normalise_username(username)
        return super().authenticate(request, username=username, password=password, **kwargs)

    def user_can_authenticate(self, user):
        if not super().user_can_authenticate(user):
            return False
        # An account of a deactivated government cannot log in.
        return user.instansi_id is None or (user.instansi is not None and user.instansi.is_active)


def axes_username(request, credentials) -> str:
    """django-axes counts failures under the normalised name, so " 1990…", "1990 …" and
    "USER@X" are one username and cannot each get their own five attempts."""
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials:
        raw = credentials.get(field) or credentials.get("username")
    else:
        raw = getattr(request, "data", request.POST).get(field)
    return normalise_username(raw)
