import pytest

from abdi.knowledge.rules.attachments import (
    MAX_ATTACHMENT_BYTES,
    attachment_problem,
    sniff_attachment,
)
from abdi.knowledge.rules.posting import fingerprint
from abdi.knowledge.rules.search import search_terms
from abdi.knowledge.rules.tags import normalise_tag, normalise_tags, too_many


@pytest.mark.parametrize(("raw", "expected"), [
    ("Antrean Online", "antrean online"),
    ("  jemput   BOLA ", "jemput bola"),
    ("<script>alert(1)</script>", "script alert 1 script"),
    ("adminduk!!!", "adminduk"),
    ("x" * 80, "x" * 40),
    ("---", ""),
])
def test_a_tag_is_lower_case_and_tidy(raw, expected):
    assert normalise_tag(raw) == expected


def test_tags_are_deduplicated_in_order():
    assert normalise_tags("Antrean, pelayanan publik; antrean ,, ") == ["antrean", "pelayanan publik"]
    assert too_many([str(n) for n in range(11)])
    assert not too_many(["a"] * 10)


@pytest.mark.parametrize(("query", "expected"), [
    ("Antrean online", ["antrean", "online"]),
    ("'; DROP TABLE knowledge_solution; --", ["drop", "table", "knowledge", "solution"]),
    ("!!! ??? ***", []),
    ("", []),
    ("a b c d e f g h i j", ["a", "b", "c", "d", "e", "f", "g", "h"]),
    ("antrean antrean", ["antrean"]),
])
def test_search_keeps_only_words(query, expected):
    assert search_terms(query) == expected


def test_a_huge_query_is_cut():
    terms = search_terms("kata " * 10_000 + "z" * 5000)
    assert terms == ["kata"]
    assert all(len(t) <= 40 for t in search_terms("y" * 400))


@pytest.mark.parametrize(("head", "names", "kind"), [
    (b"%PDF-1.7", None, "pdf"),
    (b"\xff\xd8\xff\xe0", None, "jpg"),
    (b"\x89PNG\r\n\x1a\n", None, "png"),
    (b"PK\x03\x04", ["[Content_Types].xml", "word/document.xml"], "docx"),
    (b"PK\x03\x04", ["[Content_Types].xml", "ppt/presentation.xml"], "pptx"),
    (b"PK\x03\x04", ["evil.exe"], None),
    (b"PK\x03\x04", None, None),
    (b"MZ\x90\x00", None, None),
    (b"<html>", None, None),
])
def test_attachments_are_sniffed(head, names, kind):
    assert sniff_attachment(head, names) == kind


def test_attachment_problems():
    assert attachment_problem(0, "pdf") == "empty"
    assert attachment_problem(MAX_ATTACHMENT_BYTES + 1, "pdf") == "too_large"
    assert attachment_problem(10, None) == "wrong_type"
    assert attachment_problem(MAX_ATTACHMENT_BYTES, "pdf") is None


def test_fingerprint_ignores_spacing_but_not_author_or_place():
    one = fingerprint(1, "board:1", "Judul", "isi  pesan")
    assert one == fingerprint(1, "board:1", "Judul ", "isi pesan")
    assert one != fingerprint(2, "board:1", "Judul", "isi pesan")
    assert one != fingerprint(1, "board:2", "Judul", "isi pesan")
