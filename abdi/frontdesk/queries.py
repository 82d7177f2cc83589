"""Reads of services and counters."""

from django_scopes import scopes_disabled

from .models import Counter


def counter_by_token(token: str) -> Counter | None:
    """The active counter behind a public QR link, with its government and unit, else None.

    Runs unscoped because the link is opened before we know the government; the token is
    unique across governments, and the caller enters `within(counter.instansi)` afterwards.
    """
    if not (isinstance(token, str) and 8 <= len(token) <= 32 and token.isascii()):
        return None
    with scopes_disabled():
        return (Counter.objects.select_related("instansi", "unit")
                .filter(token=token, is_active=True, instansi__is_active=True).first())
