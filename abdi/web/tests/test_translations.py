"""The Indonesian catalogue: complete, faithful to its placeholders, compiled, and in use.

Indonesian is the default language of the interface, so an untranslated or fuzzy entry is a
bug. After adding strings run `make messages` (makemessages + compilemessages), translate the
new entries in abdi/locale/id/LC_MESSAGES/django.po and compile again.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse

from abdi.settings import base

CATALOGUE = Path(settings.BASE_DIR) / "abdi" / "locale" / "id" / "LC_MESSAGES"
PO_FILE = CATALOGUE / "django.po"
MO_FILE = CATALOGUE / "django.mo"
LOGIN = reverse("accounts:login")

# %(name)s, %(max)d, %s, %d ... (a literal "%%" is not a placeholder) and {name}, {0}, {}.
PERCENT = re.compile(r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
                     r"|%[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
BRACES = re.compile(r"\{[A-Za-z0-9_]*\}")
# An msgstr equal to its msgid is fine for a term kept in Indonesian ("NIP", "Perangkat
# daerah", "Status"), not for an English sentence that was copied instead of translated.
ENGLISH = re.compile(r"\b(the|you|your|is|are|was|of|and|with|not|this|must|may)\b", re.I)


@pytest.fixture(scope="module")
def po():
    return polib.pofile(str(PO_FILE))


def live(catalogue):
    return [e for e in catalogue if not e.obsolete and e.msgid]


def placeholders(text: str, entry) -> set[str]:
    found = set(BRACES.findall(text))
    if "python-format" in entry.flags or PERCENT.search(entry.msgid.replace("%%", "")):
        found |= set(PERCENT.findall(text.replace("%%", "")))
    return found


def translations(catalogue) -> dict:
    table = {}
    for e in live(catalogue):
        key = (e.msgctxt, e.msgid, e.msgid_plural or None)
        value = (tuple(sorted(e.msgstr_plural.items())) if e.msgid_plural else e.msgstr)
        table[key] = value
    return table


def describe(entries) -> str:
    return "\n".join(f"  {e.msgid!r} ({e.occurrences[0][0] if e.occurrences else '?'})"
                     for e in entries)


def test_the_catalogue_is_for_indonesian_with_one_plural_form(po):
    assert po.metadata.get("Language") == "id"
    assert po.metadata.get("Plural-Forms", "").replace(" ", "") == "nplurals=1;plural=0;"
    assert len(live(po)) > 100  # the real catalogue, not an empty stub


def test_every_entry_is_translated_and_none_is_fuzzy(po):
    untranslated = [e for e in live(po) if not e.translated() and "fuzzy" not in e.flags]
    fuzzy = [e for e in live(po) if "fuzzy" in e.flags]
    assert not untranslated, f"{len(untranslated)} untranslated:\n{describe(untranslated)}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy (check them, then drop the flag):\n{describe(fuzzy)}"


def test_plural_entries_have_their_single_indonesian_form(po):
    plurals = [e for e in live(po) if e.msgid_plural]
    wrong = [e for e in plurals if sorted(e.msgstr_plural) != [0] or not e.msgstr_plural[0]]
    assert not wrong, f"plural entries need exactly msgstr[0]:\n{describe(wrong)}"


def test_every_translation_keeps_the_placeholders_of_its_msgid(po):
    problems = []
    for e in live(po):
        if e.msgid_plural:
            # With one plural form msgstr[0] serves every n, so it needs the plural's placeholders.
            expected = placeholders(e.msgid, e) | placeholders(e.msgid_plural, e)
            strings = [s for _n, s in sorted(e.msgstr_plural.items())]
        else:
            expected = placeholders(e.msgid, e)
            strings = [e.msgstr]
        for text in strings:
            if text and placeholders(text, e) != expected:
                problems.append(f"  {e.msgid!r}\n    -> {text!r}\n"
                                f"    expected {sorted(expected)}, got {sorted(placeholders(text, e))}")
    assert not problems, "placeholders differ:\n" + "\n".join(problems)


def test_leading_and_trailing_whitespace_is_kept(po):
    def edges(text):
        return re.match(r"\s*", text).group(), re.search(r"\s*$", text).group()

    wrong = [e for e in live(po) if not e.msgid_plural and e.msgstr
             and edges(e.msgstr) != edges(e.msgid)]
    assert not wrong, f"whitespace at the edges differs:\n{describe(wrong)}"


def test_no_english_sentence_was_copied_as_its_own_translation(po):
    copied = [e for e in live(po) if not e.msgid_plural and e.msgstr == e.msgid
              and ENGLISH.search(e.msgid)]
    assert not copied, f"translate these:\n{describe(copied)}"


def test_the_compiled_catalogue_matches_the_po_file(po):
    assert MO_FILE.exists(), "django.mo is missing: run manage.py compilemessages --ignore=.venv"
    compiled = translations(polib.mofile(str(MO_FILE)))
    source = translations(po)
    stale = {
        "not compiled": sorted(k[1] for k in source.keys() - compiled.keys()),
        "compiled but gone from the .po": sorted(k[1] for k in compiled.keys() - source.keys()),
        "compiled differently": sorted(k[1] for k in source.keys() & compiled.keys()
                                       if source[k] != compiled[k]),
    }
    stale = {problem: msgids[:10] for problem, msgids in stale.items() if msgids}
    assert not stale, f"django.mo is stale: run manage.py compilemessages --ignore=.venv\n{stale}"


def test_indonesian_is_the_default_language():
    assert base.LANGUAGE_CODE == "id"
    assert [code for code, _name in base.LANGUAGES] == ["id", "en"]


def test_a_page_asked_for_in_indonesian_is_in_indonesian(client, db):
    response = client.get(LOGIN, HTTP_ACCEPT_LANGUAGE="id")
    content = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "id"
    assert '<html lang="id">' in content
    assert "Masuk" in content
    assert "Kata sandi" in content
    assert "Log in" not in content


def test_without_a_preference_the_page_speaks_the_default_indonesian(client, db, settings):
    settings.LANGUAGE_CODE = base.LANGUAGE_CODE  # the test settings switch tests to English
    content = client.get(LOGIN).content.decode()
    assert "Masuk" in content
    assert "Log in" not in content


def test_the_language_cookie_switches_the_page_to_english(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(LOGIN, HTTP_ACCEPT_LANGUAGE="id")  # the cookie wins over the header
    content = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert "Log in" in content
    assert "Masuk" not in content
