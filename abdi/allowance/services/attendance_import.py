"""Importing punches exported by fingerprint or face machines (CSV or XLSX).

The file as a whole is refused, with nothing stored, when it cannot be read: not a CSV/XLSX,
larger than 20 MB, more than 200,000 rows, no NIP column or no time column. Otherwise every
readable row of a known employee is stored and every other row is listed in the import's report,
so one bad line never holds back a month of punches. Times in the file are the wall-clock time of
the government's zone (WIB/WITA/WIT); they are stored as aware datetimes.

An agency admin may import only for the employees of their agencies: rows of other employees are
refused one by one (and reported), so a machine shared by two agencies can still be uploaded.
"""

import datetime
import re
from pathlib import PurePath
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Forbidden
from abdi.people.models import Employee
from abdi.tenancy.models import Instansi
from abdi.transfer import parsing
from abdi.transfer.columns import Column, Spec
from abdi.transfer.parsing import CellError, UploadRejected, UploadTooLarge

from ..models import AttendanceImport, AttendancePunch
from . import work_calendar
from .attendance import can_import_punches, holidays_between, is_working_day

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
MAX_REPORT_LINES = 1000  # the counts stay exact; only the listing stops
LOOKUP_CHUNK = 2000
MINUTE = datetime.timedelta(minutes=1)

PUNCHES = Spec("attendance", (
    Column("nip", "NIP", gettext_lazy("NIP"),
           ("nip baru", "nomor induk pegawai", "no induk", "id pegawai", "employee number",
            "employee id"), required=True, max_length=18),
    Column("date", "Tanggal", gettext_lazy("Date"),
           ("tgl", "tanggal absen", "tanggal presensi", "tanggal scan", "hari tanggal", "day")),
    Column("time", "Jam", gettext_lazy("Time"),
           ("pukul", "jam absen", "jam presensi", "jam scan", "scan", "clock", "hour")),
    Column("moment", "Waktu", gettext_lazy("Date and time"),
           ("tanggal jam", "tanggal dan jam", "tanggal waktu", "tanggal dan waktu", "waktu absen",
            "waktu presensi", "waktu scan", "datetime", "date time", "timestamp", "scan time",
            "punch time")),
    Column("device", "Perangkat", gettext_lazy("Device"),
           ("mesin", "nama mesin", "mesin absen", "device name", "terminal", "machine"),
           max_length=80),
), key_fields=("nip",))

_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*(?:WIB|WITA|WIT))?", re.IGNORECASE)
_ZONE_SUFFIX = re.compile(r"\s*(WIB|WITA|WIT)$", re.IGNORECASE)
_ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
_EXCEL_EPOCH = datetime.datetime(1899, 12, 30)


# ---- the file as a whole ---------------------------------------------------------------------


def _read_upload(upload) -> bytes:
    too_large = UploadTooLarge(_("The file is larger than %(size)s MB. Split it into smaller files.")
                               % {"size": MAX_BYTES // (1024 * 1024)}, field="upload")
    if upload.size is not None and upload.size > MAX_BYTES:
        raise too_large
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise too_large
    return data


def _no_nip_column() -> UploadRejected:
    return UploadRejected(
        _("No column of NIPs was found. Name the columns in the first row: NIP, then Tanggal and "
          "Jam (or one column Waktu with the date and the time); Perangkat is optional."),
        field="upload")


def _table(data: bytes, filename: str) -> tuple[str, parsing.Table]:
    book = parsing.read_book(data, filename=filename, max_rows=MAX_ROWS)
    tables = [parsing.match_table(sheet, PUNCHES) for sheet in book.sheets]
    table = max(tables, key=parsing.score, default=None)
    if table is None or not table.has("nip"):
        raise _no_nip_column()
    if not (table.has("moment") or (table.has("date") and table.has("time"))):
        raise UploadRejected(
            _("No column of punch times was found. Give the date and the time in two columns, "
              "Tanggal and Jam, or together in one column, Waktu."), field="upload")
    if len(table.rows) > MAX_ROWS:
        raise parsing.too_many_rows(MAX_ROWS)
    if not table.rows:
        raise UploadRejected(_("The file has a header row but no data rows."), field="upload")
    return book.format, table


# ---- cells -----------------------------------------------------------------------------------


def _bad_time(value) -> CellError:
    return CellError(_("“%(value)s” is not a time; write it as HH:MM or HH:MM:SS.")
                     % {"value": str(value)[:40]})


def _bad_moment(value) -> CellError:
    return CellError(_("“%(value)s” is not a date and time; write it as YYYY-MM-DD HH:MM:SS or "
                       "DD/MM/YYYY HH:MM.") % {"value": str(value)[:40]})


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_time(value) -> datetime.time:
    """A time cell: a real time, a fraction of a day, or text 07:31, 07.31, 07:31:05 (WIB)."""
    if isinstance(value, datetime.time):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, datetime.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, datetime.timedelta) and datetime.timedelta(0) <= value < datetime.timedelta(1):
        return (datetime.datetime.min + value).time().replace(microsecond=0)
    if isinstance(value, float | int) and not isinstance(value, bool):
        if not 0 <= value < 1:
            raise _bad_time(value)
        seconds = min(round(value * 86400), 86399)
        return (datetime.datetime.min + datetime.timedelta(seconds=seconds)).time()
    raw = parsing.text(value)
    match = _TIME.fullmatch(raw)
    if match is None:
        raise _bad_time(raw)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise _bad_time(raw)
    return datetime.time(hour, minute, second)


def parse_moment(value) -> datetime.datetime | datetime.time:
    """A date-and-time cell; a cell holding only a time is returned as a time (for a Tanggal column
    beside it). An ISO time with an offset is returned aware."""
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, datetime.date):
        raise _bad_moment(value)  # a date without a time
    if isinstance(value, datetime.time | datetime.timedelta):
        return parse_time(value)
    if isinstance(value, float | int) and not isinstance(value, bool):
        if 1 <= value <= 73050:  # an Excel day number with the time as its fraction
            moment = _EXCEL_EPOCH + datetime.timedelta(seconds=round(value * 86400))
            return moment.replace(microsecond=0)
        return parse_time(value)
    raw = parsing.text(value)
    if ":" in raw:  # ISO 8601; without a time fromisoformat would read a bare date as midnight
        try:
            return datetime.datetime.fromisoformat(raw).replace(microsecond=0)
        except ValueError:
            pass
    zone = _ZONE_SUFFIX.search(raw)  # "07:31 WITA": that zone's wall clock, whatever the government's
    if zone:
        raw = raw[:zone.start()]
    head, _space, tail = raw.rpartition(" ")
    try:
        if not head:
            return parse_time(raw)
        moment = datetime.datetime.combine(parsing.parse_date(head), parse_time(tail))
    except CellError:
        raise _bad_moment(raw) from None
    return moment.replace(tzinfo=ZoneInfo(_ZONES[zone[1].upper()])) if zone else moment


# ---- rows ------------------------------------------------------------------------------------


class _Report:
    def __init__(self):
        self.lines, self.refused, self.warnings, self.truncated = [], 0, 0, False

    def add(self, level, number, nip, code, **params):
        if level == "refused":
            self.refused += 1
        else:
            self.warnings += 1
        if len(self.lines) >= MAX_REPORT_LINES:
            self.truncated = True
            return
        self.lines.append({"row": number, "nip": nip, "level": level, "code": code,
                           "params": params})


def _device(table, values) -> str:
    if not table.has("device"):
        return ""
    try:
        return parsing.text(values.get("device"))[:80]
    except CellError:
        return ""


def _read_row(table, cells, zone):
    """(nip, aware moment, device) of a row, or (nip, None, (code, params)) when it cannot be read."""
    values = table.cells(cells)
    if _empty(values.get("nip")):
        return "", None, ("no_nip", {})
    try:
        nip = parsing.number_text(values["nip"], PUNCHES.column("nip"))
    except CellError as error:
        return str(values["nip"])[:40], None, ("bad_nip", {"detail": str(error)})
    together = table.has("moment") and not _empty(values.get("moment"))
    cell = values.get("moment") if together else values.get("time")
    if _empty(cell):
        return nip, None, ("no_time", {})
    try:
        moment = parse_moment(cell) if together else parse_time(cell)
        if isinstance(moment, datetime.time):  # the date is in its own column
            day = parsing.parse_date(values.get("date"))
            if day is None:
                return nip, None, ("no_time", {})
            moment = datetime.datetime.combine(day, moment)
    except CellError as error:
        return nip, None, ("bad_time", {"detail": str(error)})
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment, zone)
    else:
        moment = timezone.make_aware(moment, zone)
    return nip, moment, _device(table, values)


def _employees(instansi_id, nips) -> dict[str, Employee]:
    """Employees of this government by NIP; a NIP of another government is simply not found."""
    nips, found = sorted(nips), {}
    for offset in range(0, len(nips), LOOKUP_CHUNK):
        for employee in Employee.objects.filter(
                instansi_id=instansi_id, nip__in=nips[offset:offset + LOOKUP_CHUNK]).select_related(
                "unit").only("pk", "nip", "agency_id", "instansi_id", "unit__path"):
            found[employee.nip] = employee
    return found


def _stored_minutes(instansi_id, first, last) -> set[tuple[int, datetime.datetime]]:
    rows = AttendancePunch.objects.filter(instansi_id=instansi_id, punched_at__gte=first,
                                          punched_at__lt=last + MINUTE)
    return {(employee_id, moment.replace(second=0, microsecond=0))
            for employee_id, moment in rows.values_list("employee_id", "punched_at").iterator()}


def import_punches(*, actor, instansi_id: int, upload) -> AttendanceImport:
    """Store the punches of a machine's export; returns the import with its counts and report.

    The day statuses are not recomputed here: call attendance.recompute_days for the import's
    first_day..last_day (a task after commit, as it may cover a whole government's month)."""
    if not can_import_punches(actor, instansi_id):
        raise Forbidden(_("Only BKPSDM or an agency's admin import attendance."))
    instansi = Instansi.objects.get(pk=instansi_id)
    zone = instansi.zone
    filename = PurePath(upload.name or "upload").name[:150]
    file_format, table = _table(_read_upload(upload), filename)

    read = [(number, *_read_row(table, cells, zone)) for number, cells in table.rows]
    employees = _employees(instansi_id, {row[1] for row in read if row[2] is not None})
    now = timezone.now()
    report = _Report()
    accepted = []  # (row number, nip, employee, moment, device)
    for number, nip, moment, extra in read:
        if moment is None:
            code, params = extra
            report.add("refused", number, nip, code, **params)
            continue
        employee = employees.get(nip)
        if employee is None:
            report.add("refused", number, nip, "unknown_nip")
        elif not actor.is_hr_admin and employee.agency_id not in actor.agency_ids:
            report.add("refused", number, nip, "outside_agency")
        elif moment > now:
            report.add("refused", number, nip, "future",
                       time=moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"))
        else:
            accepted.append((number, nip, employee, moment, extra))

    duplicates, punches, first_day, last_day = 0, [], None, None
    if accepted:
        moments = [row[3] for row in accepted]
        seen = _stored_minutes(instansi_id, min(moments), max(moments))
        first_day = min(moments).astimezone(zone).date()
        last_day = max(moments).astimezone(zone).date()
        holidays = holidays_between(instansi, first_day, last_day)
        calendar = work_calendar.calendar_of(instansi_id)
        for number, nip, employee, moment, device in accepted:
            minute = (employee.pk, moment.replace(second=0, microsecond=0))
            if minute in seen:  # the same punch again: in this file or already stored
                duplicates += 1
                continue
            seen.add(minute)
            day = moment.astimezone(zone).date()
            if not is_working_day(day, holidays, calendar=calendar,
                                  unit_path=employee.unit.path if employee.unit_id else ""):
                report.add("warning", number, nip, "non_working_day", date=day.isoformat())
            punches.append(AttendancePunch(instansi_id=instansi_id, employee=employee,
                                           punched_at=moment, device=device,
                                           source=AttendancePunch.Source.MACHINE))

    with transaction.atomic():
        batch = AttendanceImport.objects.create(
            instansi_id=instansi_id, created_by=actor.user, file_name=filename,
            file_format=file_format, rows=len(table.rows), refused=report.refused,
            warnings=report.warnings, first_day=first_day, last_day=last_day,
            report=sorted(report.lines, key=lambda line: line["row"]),
            report_truncated=report.truncated)
        for punch in punches:
            punch.batch = batch
        # Another import storing the same punch meanwhile is ignored here and counted below.
        AttendancePunch.objects.bulk_create(punches, batch_size=2000, ignore_conflicts=True)
        batch.stored = AttendancePunch.objects.filter(batch=batch).count()
        batch.duplicates = duplicates + len(punches) - batch.stored
        batch.save(update_fields=["stored", "duplicates"])
        record(actor=actor, action=AuditEntry.Action.IMPORT, obj=batch, after={
            "file_name": filename, "rows": batch.rows, "stored": batch.stored,
            "duplicates": batch.duplicates, "refused": batch.refused, "warnings": batch.warnings})
    return batch
