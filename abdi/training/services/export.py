"""The riwayat diklat as a spreadsheet for BKPSDM (openpyxl, write-only: many rows stay cheap)."""

from django.utils.translation import gettext as _
from openpyxl import Workbook

from ..rules.jp import kind_of


def history_workbook(records) -> Workbook:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Training history"))
    sheet.append([_("NIP"), _("Name"), _("Perangkat daerah"), _("Training"), _("Form"), _("Kind"),
                  _("Organiser"), _("Starts on"), _("Ends on"), _("JP"), _("Result"),
                  _("Certificate number"), _("Source")])
    for record in records.iterator(chunk_size=2000):
        sheet.append([record.employee.nip, record.employee.name, record.employee.agency.name,
                      record.title, record.get_form_display(), kind_of(record.form).value,
                      record.organiser, record.starts_on, record.ends_on, record.jp, record.result,
                      record.certificate_number,
                      _("reported") if record.event_id is None else _("catalogue")])
    return book
