import datetime

import pytest

from abdi.teamspace.rules import files, tasks
from abdi.teamspace.tests.factories import PDF, PNG, odt, office

DAY = datetime.date(2026, 6, 10)


@pytest.mark.parametrize(("status", "due", "overdue"), [
    ("open", DAY - datetime.timedelta(days=1), True),
    ("in_progress", DAY - datetime.timedelta(days=1), True),
    ("done", DAY - datetime.timedelta(days=1), False),
    ("open", DAY, False),
])
def test_overdue(status, due, overdue):
    assert tasks.is_overdue(status, due, DAY) is overdue


def test_due_dates_stay_within_the_team():
    start, end = datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)
    assert tasks.due_date_problem(datetime.date(2025, 12, 31), team_starts=start,
                                  team_ends=end) == "before_team"
    assert tasks.due_date_problem(datetime.date(2027, 1, 1), team_starts=start,
                                  team_ends=end) == "after_team"
    assert tasks.due_date_problem(start, team_starts=start, team_ends=end) is None


def _names(content):
    import io
    import zipfile
    return zipfile.ZipFile(io.BytesIO(content)).namelist()


@pytest.mark.parametrize(("content", "kind"), [
    (PDF, "pdf"), (PNG, "png"), (b"\xff\xd8\xff\xe0rest", "jpg"),
    (office("word/document.xml"), "docx"), (office("xl/workbook.xml"), "xlsx"),
    (office("ppt/presentation.xml"), "pptx"), (odt(), "odt"),
])
def test_sniffs_the_allowed_kinds(content, kind):
    names = _names(content) if files.is_zip(content) else None
    assert files.sniff(content[:512], names) == kind


def test_refuses_other_content_whatever_its_name():
    assert files.sniff(b"MZ\x90\x00 an exe", None) is None
    assert files.sniff(b"<html><script>", None) is None
    assert files.sniff(b"PK\x03\x04 a zip of something else", ["a.txt"]) is None
    assert files.upload_problem(0, "pdf") == "empty"
    assert files.upload_problem(files.MAX_DOCUMENT_BYTES + 1, "pdf") == "too_large"
    assert files.upload_problem(10, None) == "wrong_type"


def test_safe_filename():
    assert files.safe_filename("../../etc/passwd.pdf", "pdf") == "passwd.pdf"
    assert files.safe_filename("Notulen rapat <1>.exe", "docx") == "Notulen-rapat-_1.docx"
    assert files.safe_filename("", "png") == "dokumen.png"
