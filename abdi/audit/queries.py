"""Reading the audit trail: per employee, per unit (subtree) or per agency."""

from .models import AuditEntry


def entries_for_employee(employee_id: int):
    return AuditEntry.objects.filter(employee_id=employee_id).select_related("actor")


def entries_for_units(unit_ids):
    return AuditEntry.objects.filter(unit_id__in=list(unit_ids)).select_related("actor")


def entries_for_agencies(agency_ids):
    return AuditEntry.objects.filter(agency_id__in=list(agency_ids)).select_related("actor")


def all_entries():
    return AuditEntry.objects.all().select_related("actor")
