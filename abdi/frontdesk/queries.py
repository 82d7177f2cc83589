"""Reads of services and counters."""

from django.db.models import Prefetch
from django.http import Http404
from django_scopes import scopes_disabled

from abdi.core.generations import Generation

from . import policy
from .models import Counter, Service


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


# The public survey reads its counter, services and settings on every submission; they are
# kept in the cache under a generation that every change of a service, a counter or the survey
# settings replaces (bump_public_desk): a change shows at once here, within 2 s on other servers.
PUBLIC_DESK_SECONDS = 300
DESK = Generation("frontdesk:generation")


def bump_public_desk() -> None:
    """Call inside the transaction of any change a public page reads (services, counters, survey
    settings)."""
    DESK.bump()


def public_counter(token: str) -> Counter | None:
    """counter_by_token kept near and shared (core.generations), with `active_services` already
    read (a list). Shared read-only between requests: never change what it returns."""
    if not (isinstance(token, str) and 8 <= len(token) <= 32 and token.isascii()):
        return None
    return DESK.remember(f"counter:{token}", lambda: _counter_with_services(token),
                         PUBLIC_DESK_SECONDS)


def _counter_with_services(token: str) -> Counter | None:
    counter = counter_by_token(token)
    if counter is not None:
        with scopes_disabled():
            counter.active_services = active_services_of(counter)
    return counter


def service_unit_ids() -> set[int]:
    """Units that serve the public (with a service or a counter); inside a government's scope."""
    return set(Service.objects.values_list("unit_id", flat=True)) | set(
        Counter.objects.values_list("unit_id", flat=True))


def active_services_of(counter) -> list[Service]:
    if hasattr(counter, "active_services"):  # read with the counter (public_counter)
        return counter.active_services
    return list(counter.services.filter(is_active=True).order_by("name"))


def active_services_of_unit(unit) -> list[Service]:
    return list(Service.objects.filter(unit=unit, is_active=True).order_by("name", "id"))


def is_service_unit(unit_id) -> bool:
    """A unit with an active service or counter (inside its government's scope)."""
    return (Service.objects.filter(unit_id=unit_id, is_active=True).exists()
            or Counter.objects.filter(unit_id=unit_id, is_active=True).exists())


def services_of_unit(unit) -> list[Service]:
    return list(Service.objects.filter(unit=unit).order_by("name", "id"))


def managed_units(actor):
    """Units whose services and counters the actor manages (the unit choices of the forms)."""
    from abdi.org.models import Unit

    if not policy.can_manage_any(actor):
        return Unit.objects.none()
    units = Unit.objects.filter(is_active=True).order_by("path")
    return units if actor.is_hr_admin else units.filter(agency_id__in=actor.agency_ids)


def managed_services(actor, unit_id=None):
    rows = Service.objects.filter(unit__in=managed_units(actor)).select_related("unit")
    if unit_id:
        rows = rows.filter(unit_id=unit_id)
    return rows.order_by("unit__path", "name", "id")


def managed_counters(actor, unit_id=None):
    from abdi.people.models import Employee

    rows = (Counter.objects.filter(unit__in=managed_units(actor)).select_related("unit")
            .prefetch_related(Prefetch("services", queryset=Service.objects.order_by("name")),
                              Prefetch("staff", queryset=Employee.objects.only("id", "name", "nip")
                                       .order_by("name"))))
    if unit_id:
        rows = rows.filter(unit_id=unit_id)
    return rows.order_by("unit__path", "name", "id")


def _managed(actor, obj):
    if not policy.can_manage_unit(actor, obj.unit):
        raise Http404
    return obj


def get_service_for_user(actor, service_id) -> Service:
    try:
        return _managed(actor, Service.objects.select_related("unit").get(pk=service_id))
    except (Service.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_counter_for_user(actor, counter_id) -> Counter:
    try:
        return _managed(actor, Counter.objects.select_related("unit", "instansi").get(pk=counter_id))
    except (Counter.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def staff_choices(unit):
    """Employees of the unit and the units below it, who may serve at its counters."""
    from abdi.people.choices import EmployeeStatus
    from abdi.people.models import Employee

    return (Employee.objects.filter(unit__path__startswith=unit.path,
                                    status__in=EmployeeStatus.serving())
            .only("id", "name", "nip").order_by("name", "id"))
