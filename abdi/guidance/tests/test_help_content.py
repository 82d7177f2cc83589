"""A help page for every screen: every URL name of the project is in SCREENS or NOT_SCREENS of
its namespace's file, and the help pages and the help link work."""

import pytest
from django.urls import reverse

from abdi.guidance import help_content
from abdi.guidance.screens import all_url_names

REASONS = help_content.NOT_SCREEN_REASONS


def _problems() -> list[str]:
    problems = []
    for namespace, url_name in all_url_names():
        where = f"{help_content.module_name(namespace)}.py"
        content = help_content.content_for(namespace)
        key = f"{namespace}:{url_name}" if namespace else url_name
        if content is None:
            problems.append(f"{key}: no file {where}")
            continue
        if url_name in content.not_screens:
            if content.not_screens[url_name] not in REASONS:
                problems.append(f"{key}: NOT_SCREENS reason must be one of {sorted(REASONS)}")
            continue
        entry = content.screens.get(url_name)
        if entry is None:
            problems.append(f"{key}: missing in {where}")
            continue
        for language in help_content.LANGUAGES:
            pair = (entry or {}).get(language)
            if not pair or len(pair) != 2 or not all(isinstance(p, str) and p.strip() for p in pair):
                problems.append(f"{key}: {language} title and text must both be written")
    return problems


def test_every_url_name_of_the_project_has_help_or_a_reason():
    problems = _problems()
    assert not problems, f"{len(problems)} URL names lack help:\n" + "\n".join(problems)


def test_the_guidance_screens_themselves_are_complete():
    assert not [p for p in _problems() if p.startswith("guidance:")]


def test_the_api_namespace_is_excluded_as_a_whole():
    assert all(ns.split(":")[0] != "api" for ns, _name in all_url_names())
    assert ("guidance", "index") in all_url_names()


def test_no_file_names_a_url_that_does_not_exist():
    known = set(all_url_names())
    stale = [f"{ns}:{name}" for ns, content in help_content.all_content().items()
             for name in (*content.screens, *content.not_screens) if (ns, name) not in known]
    assert not stale, stale


def test_entry_falls_back_to_the_other_language(monkeypatch):
    content = help_content.NamespaceContent("demo", {"only_en": {"en": ("Title", "Text")}}, {})
    monkeypatch.setattr(help_content, "content_for", lambda ns: content)
    entry = help_content.entry("demo", "only_en", "id")
    assert (entry.title, entry.language, entry.is_fallback) == ("Title", "en", True)
    assert help_content.entry("demo", "only_en", "en").is_fallback is False
    assert help_content.entry("demo", "missing", "id") is None


@pytest.mark.django_db
def test_help_page_renders_the_current_language(client):
    page = client.get(reverse("guidance:help", args=["guidance", "index"]),
                      HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    assert b'data-testid="help-title"' in page.content


@pytest.mark.django_db
@pytest.mark.parametrize("args", [["nope", "index"], ["guidance", "nope"], ["api", "anything"],
                                  ["-", "<script>"]])
def test_unknown_help_is_404(client, args):
    assert client.get(reverse("guidance:help", args=args)).status_code == 404


def test_help_link_points_at_the_current_screen(world, login):
    client = login(world.users.own)
    page = client.get(reverse("guidance:articles")).content.decode()
    assert reverse("guidance:help", args=["guidance", "articles"]) in page
    assert 'data-tour="help"' in page


def test_help_link_costs_no_query(world, login, rf, django_assert_num_queries):
    from abdi.guidance.chrome import help_url_parts

    client = login(world.users.own)
    request = client.get(reverse("guidance:articles")).wsgi_request
    with django_assert_num_queries(0):
        assert help_url_parts(request) == ("guidance", "articles")


def test_help_index_lists_screens_and_searches(world, login):
    client = login(world.users.own)
    page = client.get(reverse("guidance:index"), {"q": "kotak masukan"},
                      HTTP_ACCEPT_LANGUAGE="id")
    assert page.status_code == 200
    assert reverse("guidance:help", args=["guidance", "feedback_inbox"]).encode() in page.content
    empty = client.get(reverse("guidance:index"), {"q": "tidak-ada-yang-cocok-xyz"})
    assert b'data-testid="help-empty"' in empty.content


def test_help_page_lists_related_published_articles_only(world, login, article, draft):
    from django_scopes import scopes_disabled

    with scopes_disabled():
        for item in (article, draft):
            item.screens = " guidance:announcements "
            item.save()
    client = login(world.users.own)
    body = client.get(reverse("guidance:help", args=["guidance", "announcements"])).content.decode()
    assert article.title in body
    assert draft.title not in body
