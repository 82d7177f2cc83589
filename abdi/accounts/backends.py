"""Log in by NIP (ASN) or e-mail (others); both are stored lower-cased in username."""

from django.contrib.auth.backends import ModelBackend


class NipOrEmailBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username:
            username = "".join(username.split()).lower()
        return super().authenticate(request, username=username, password=password, **kwargs)

    def user_can_authenticate(self, user):
        if not super().user_can_authenticate(user):
            return False
        # An account of a deactivated government cannot log in.
        return user.instansi_id is None or user.instansi.is_active
