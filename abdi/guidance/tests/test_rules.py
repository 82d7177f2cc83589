"""The pure rules: the plain-text renderer is safe by construction; audience and feedback rules."""

import pytest

from abdi.guidance.rules.audience import (
    ancestor_paths,
    feedback_fingerprint,
    reaches,
    receipt_rate,
    tag_field,
    tags_of,
)
from abdi.guidance.rules.plain_text import to_html, to_plain


def test_paragraphs_bullets_and_headings():
    html = to_html("## Langkah\nBuka menu Kinerja.\n\n- Tulis kegiatan\n- Simpan\n\nSelesai.")
    assert html == ("<h3>Langkah</h3>\n<p>Buka menu Kinerja.</p>\n"
                    "<ul><li>Tulis kegiatan</li><li>Simpan</li></ul>\n<p>Selesai.</p>")


def test_lines_of_one_paragraph_are_kept_as_breaks_and_a_bullet_run_ends_a_paragraph():
    assert to_html("satu\ndua\n- butir\nlagi") == (
        "<p>satu<br>dua</p>\n<ul><li>butir</li></ul>\n<p>lagi</p>")


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "## <b>judul</b>",
    "- <a href='javascript:alert(1)'>x</a>", '" onmouseover="x', "&lt;already&gt; & <",
])
def test_everything_is_escaped(hostile):
    html = to_html(hostile)
    stripped = (html.replace("<p>", "").replace("</p>", "").replace("<ul>", "")
                .replace("</ul>", "").replace("<li>", "").replace("</li>", "")
                .replace("<h3>", "").replace("</h3>", "").replace("<br>", ""))
    assert "<" not in stripped
    assert ">" not in stripped
    assert '"' not in stripped
    assert "'" not in stripped


def test_empty_and_blank_text_give_nothing():
    assert to_html("") == ""
    assert to_html(None) == ""
    assert to_html("\n\n  \r\n") == ""


def test_windows_line_ends_and_markers_without_text():
    assert to_html("a\r\n\r\nb") == "<p>a</p>\n<p>b</p>"
    assert to_html("-\n##") == "<p>-<br>##</p>"


def test_plain_summary_drops_markers_and_clips():
    assert to_plain("## Judul\n- satu\n- dua") == "Judul satu dua"
    assert to_plain("x" * 300, limit=10) == "x" * 9 + "\u2026"


def test_ancestor_paths():
    assert ancestor_paths("/3/17/42/") == ["/3/", "/3/17/", "/3/17/42/"]
    assert ancestor_paths("") == []


@pytest.mark.parametrize(("targets", "unit_path", "expected"), [
    ([], "/3/17/", True),  # the whole government
    (["/3/"], "/3/17/", True),  # an agency reaches its units
    (["/3/17/"], "/3/17/", True),
    (["/3/17/"], "/3/", False),  # a unit does not reach its parent
    (["/3/1/"], "/3/17/", False),  # nor a sibling whose id is a prefix of the digits
    (["/4/"], "/3/17/", False),
])
def test_reaches(targets, unit_path, expected):
    assert reaches(targets, unit_path) is expected


def test_fingerprint_ignores_spacing_and_case_but_not_the_sender_or_screen():
    one = feedback_fingerprint(1, "problem", "web:home", "Tombol  tidak jalan")
    assert one == feedback_fingerprint(1, "problem", "web:home", "tombol tidak JALAN ")
    assert one != feedback_fingerprint(2, "problem", "web:home", "Tombol tidak jalan")
    assert one != feedback_fingerprint(1, "problem", "people:directory", "Tombol tidak jalan")


def test_tag_field_round_trip():
    field = tag_field(["hr", "employee", "hr", " "])
    assert field == " employee hr "
    assert tags_of(field) == ["employee", "hr"]
    assert tag_field([]) == ""


@pytest.mark.parametrize(("read", "audience", "rate"), [(0, 0, 0), (1, 3, 33), (2, 3, 67),
                                                         (5, 4, 100)])
def test_receipt_rate(read, audience, rate):
    assert receipt_rate(read, audience) == rate
