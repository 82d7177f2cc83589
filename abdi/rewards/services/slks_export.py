"""The SLKS eligibility list as XLSX (one row per employee, as shown on the page)."""

from io import BytesIO

from django.utils.translation import gettext as _
from openpyxl import Workbook

from abdi.allowance.rules.rewards import SlksObstacle

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")  # as allowance.services.payroll_export


def obstacle_labels() -> dict[str, str]:
    return {
        SlksObstacle.NOT_ENOUGH_SERVICE: _("fewer than 10 years of service"),
        SlksObstacle.ALREADY_RECEIVED: _("already received"),
        SlksObstacle.PREVIOUS_CLASS_MISSING: _("the class below is missing"),
        SlksObstacle.DISCIPLINE_PENALTY: _("hukuman disiplin sedang or berat"),
        SlksObstacle.CLTN: _("CLTN during service"),
    }


def _safe(value) -> str:
    text = str(value or "")
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def slks_xlsx(rows, *, reference, instansi_name: str) -> bytes:
    labels = obstacle_labels()
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("SLKS"))
    sheet.append([_("Satyalancana Karya Satya eligibility"), instansi_name,
                  _("Reference date"), reference.isoformat()])
    header = [_("No."), _("Name"), "NIP", _("Agency"), _("TMT CPNS"), _("Full years of service"),
              _("Class due"), _("Received"), _("Eligible"), _("Obstacles")]
    sheet.append(header)
    for number, row in enumerate(rows, 1):
        decision = row.decision
        sheet.append([
            number, _safe(row.employee.name), _safe(row.employee.nip), _safe(row.employee.agency.name),
            row.employee.tmt_cpns, decision.service_years,
            f"SLKS {decision.slks_class}" if decision.slks_class else "",
            ", ".join(row.received), _("yes") if decision.eligible else _("no"),
            "; ".join(str(labels[o]) for o in decision.obstacles)])
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()

