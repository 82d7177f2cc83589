"""Account operations: second-factor devices, tokens, role grants."""

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice


def pending_totp_device(user) -> TOTPDevice:
    """The unconfirmed device being set up (one per user), created on first need."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Abdi", confirmed=False)
    return device


def confirmed_totp_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@transaction.atomic
def confirm_totp_device(device: TOTPDevice, code: str) -> bool:
    if not device.verify_token(code.strip()):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return True
