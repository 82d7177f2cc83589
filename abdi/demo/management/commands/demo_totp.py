"""`manage.py demo_totp <username>`: the current TOTP code of a demo account (for demos and tests)."""

import time

from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from abdi.demo.accounts import current_code


class Command(BaseCommand):
    help = "Prints the current 6-digit TOTP code of an account's confirmed authenticator."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        device = TOTPDevice.objects.filter(user__username=username.strip().lower(), confirmed=True).first()
        if device is None:
            raise CommandError(f"{username} has no confirmed authenticator.")
        self.stdout.write(current_code(device))
        left = device.step - int(time.time() - device.t0) % device.step
        self.stderr.write(f"valid for about {left} more seconds")
