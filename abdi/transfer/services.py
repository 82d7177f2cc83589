"""Import jobs: upload (checked at once), dry run, confirm, commit. Each step is one function.

Small files are checked and committed inline; files above ABDI_IMPORT_SYNC_ROWS are left
pending for the task worker (tasks.start_import / tasks.confirm_import queue them). The
commit re-reads the stored file and checks it again against the current data, then writes
everything in one transaction: if any row is invalid nothing is written.
"""

import logging
import time
from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from abdi.accounts.actor import Actor
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people import directory_cache, policy

from . import employees, organisation, parsing
from .models import ImportJob
from .parsing import UploadRejected, UploadTooLarge

log = logging.getLogger(__name__)
ANALYSERS = {ImportJob.Kind.EMPLOYEES: employees, ImportJob.Kind.ORGANISATION: organisation}


def max_rows() -> int:
    return getattr(settings, "ABDI_IMPORT_MAX_ROWS", 100_000)


def sync_rows() -> int:
    return getattr(settings, "ABDI_IMPORT_SYNC_ROWS", 2000)


def read_upload(upload) -> bytes:
    """The uploaded bytes, refused beyond ABDI_IMPORT_MAX_BYTES before reading them all."""
    limit = settings.ABDI_IMPORT_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise UploadTooLarge(too_large_message(limit))
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise UploadTooLarge(too_large_message(limit))
    return data


def too_large_message(limit: int) -> str:
    return (_("The file is larger than %(size)s MB. Split it into smaller files.")
            % {"size": f"{limit / (1024 * 1024):.0f}"})


def start_import(*, actor, kind: str, upload, language: str = "id") -> ImportJob:
    """Check the file as a whole, store it and run (or queue) the dry run."""
    if not policy.can_import(actor):
        raise Forbidden(_("You may not import data."))
    if kind not in ImportJob.Kind.values:
        raise DomainError(_("Choose what the file holds."), field="kind")
    data = read_upload(upload)
    filename = PurePath(upload.name or "upload").name[:150]
    book = parsing.read_book(data, filename=filename, max_rows=max_rows())
    module = ANALYSERS[kind]
    if kind == ImportJob.Kind.EMPLOYEES:
        tables = [module.find_table(book)]
    else:
        tables = [t for t in module.find_tables(book) if t is not None]
    rows = sum(len(t.rows) for t in tables)
    if rows > max_rows():
        raise parsing.too_many_rows(max_rows())
    if rows == 0:
        raise UploadRejected(_("The file has a header row but no data rows."))
    extension = "xlsx" if book.format == "xlsx" else "csv"
    stem = get_valid_filename(PurePath(filename).stem)[:80] or "import"
    job = ImportJob(instansi_id=actor.instansi_id, kind=kind, created_by=actor.user,
                    ip=actor.ip[:45], language=language[:8], original_name=filename,
                    file_format=book.format, total_rows=rows)
    job.file.save(f"{stem}.{extension}", ContentFile(data), save=False)
    job.save()
    if rows <= sync_rows():
        validate(job.pk, book=book)
        job.refresh_from_db()
    return job  # still pending when large: tasks.start_import queues the dry run


class _Progress:
    """Writes the job's progress at most every half second, mapped into [low, high]."""

    def __init__(self, job_id: int, low: int, high: int):
        self.job_id, self.low, self.high = job_id, low, high
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.5:
            return
        self.last = now
        value = self.low + (self.high - self.low) * done // max(total, 1)
        ImportJob.objects.filter(pk=self.job_id).update(progress=min(value, 99),
                                                        updated_at=timezone.now())


def _actor_for(job: ImportJob) -> Actor:
    return Actor.for_user(job.created_by, ip=job.ip)


def _load_book(job: ImportJob):
    with job.file.open("rb") as stream:
        data = stream.read()
    return parsing.read_book(data, filename=job.original_name, max_rows=max_rows())


def _fail(job: ImportJob, message: str) -> None:
    job.status = ImportJob.Status.FAILED
    job.message = str(message)
    job.progress = 100
    job.save(update_fields=["status", "message", "progress", "updated_at"])


def _store_counts(job: ImportJob, report) -> None:
    job.report = report.as_json()
    job.total_rows = report.rows
    job.new_count = report.counts["new"]
    job.updated_count = report.counts["updated"]
    job.unchanged_count = report.counts["unchanged"]
    job.invalid_count = report.invalid
    job.warning_count = len(report.warning_rows - report.invalid_rows)


def validate(job_id: int, *, book=None) -> None:
    """The dry run: check every row, store the report; writes no employee or unit."""
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)
    if job.status not in (ImportJob.Status.PENDING, ImportJob.Status.VALIDATING):
        return  # already done: a task delivered twice changes nothing
    job.status, job.progress = ImportJob.Status.VALIDATING, 0
    job.save(update_fields=["status", "progress", "updated_at"])
    with translation.override(job.language):
        try:
            book = book or _load_book(job)
            plan = ANALYSERS[job.kind].analyse(
                book, actor=_actor_for(job), instansi_id=job.instansi_id,
                progress=_Progress(job.pk, 0, 100), build=False)
        except DomainError as exc:
            _fail(job, exc.message)
            return
        except Exception:
            log.exception("import %s: dry run failed", job.pk)
            _fail(job, _("The file could not be checked because of an internal error."))
            return
        _store_counts(job, plan.report)
    job.status, job.progress = ImportJob.Status.VALIDATED, 100
    job.validated_at = timezone.now()
    job.save()


def confirm(*, actor, job: ImportJob) -> ImportJob:
    """The user's go-ahead after the dry run: commit inline or queue it."""
    if not policy.can_import(actor) or not (
            job.created_by_id == getattr(actor.user, "pk", None) or actor.is_hr_admin):
        raise Forbidden(_("You may not import data."))
    if not job.can_commit:
        raise Conflict(_("This import cannot be confirmed: it has errors, nothing to change, "
                         "or it was already confirmed."))
    started = ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.VALIDATED).update(
        status=ImportJob.Status.COMMITTING, progress=0, message="", updated_at=timezone.now())
    if not started:
        raise Conflict(_("This import was already confirmed."))
    if job.total_rows <= sync_rows():
        commit(job.pk)
    job.refresh_from_db()
    return job  # still committing when large: tasks.confirm_import queues the commit


def commit(job_id: int) -> None:
    """Check the stored file again and write it all, or nothing."""
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)
    if job.status != ImportJob.Status.COMMITTING:
        return  # done already, or never confirmed
    module = ANALYSERS[job.kind]
    actor = _actor_for(job)
    with translation.override(job.language):
        try:
            if not policy.can_import(actor):
                raise Forbidden(_("You may not import data."))
            plan = module.analyse(_load_book(job), actor=actor, instansi_id=job.instansi_id,
                                  progress=_Progress(job.pk, 0, 50))
            if plan.report.invalid:
                _store_counts(job, plan.report)
                job.status, job.progress = ImportJob.Status.FAILED, 100
                job.message = _("The data changed since the check and some rows are now "
                                "invalid. Nothing was imported.")
                job.save()
                return
            ImportJob.objects.filter(pk=job.pk).update(progress=50, updated_at=timezone.now())
            with transaction.atomic():
                module.write(plan, actor=actor, instansi_id=job.instansi_id)
            directory_cache.bump(job.instansi_id)  # bulk writes send no save signals
        except DomainError as exc:
            _fail(job, exc.message)
            return
        except (IntegrityError, DatabaseError):
            log.exception("import %s: commit refused by the database", job.pk)
            _fail(job, _("The database refused the import (the data changed meanwhile?). "
                         "Nothing was imported; upload the file again."))
            return
        except Exception:
            log.exception("import %s: commit failed", job.pk)
            _fail(job, _("The import failed because of an internal error. Nothing was "
                         "imported."))
            return
        _store_counts(job, plan.report)
    job.status, job.progress = ImportJob.Status.DONE, 100
    job.committed_at = timezone.now()
    job.save()
