"""`manage.py demo_session <username>`: a logged-in, second-factor-verified session for load tests."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.core.management.base import BaseCommand, CommandError
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from abdi.accounts.models import User
from abdi.accounts.principal_cache import INSTANSI_SESSION_KEY


class Command(BaseCommand):
    help = (
        "Creates a database session for a user as if they had logged in and passed the TOTP step, "
        "and prints the cookie (name=value). Meant for benchmarks on a local machine."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = User.objects.filter(username=username.strip().lower(), is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {username}.")
        session = import_module(settings.SESSION_ENGINE).SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "abdi.accounts.backends.NipOrEmailBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session[INSTANSI_SESSION_KEY] = user.instansi_id
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is not None:
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.set_expiry(settings.SESSION_COOKIE_AGE)
        session.create()
        self.stdout.write(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")
