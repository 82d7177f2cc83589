"""Stencils: rendered once per language and key, filled per request with escaped values."""

import pytest
from django.test import override_settings
from django.utils import translation

from abdi.web import stencil

TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {
        "t/form.html": '{% load i18n %}<form><input name="csrf" value="{{ csrf_token }}">'
                       '<input name="path" value="{{ path }}">{% translate "Send" %}'
                       '{% if extra %}<b>{{ extra }}</b>{% endif %}</form>',
        "t/twice.html": "{{ path }}{{ path }}",
    })]},
}]


@pytest.fixture(autouse=True)
def _templates():
    # Changing TEMPLATES resets Django's engines (its test signal); the kept stencils go too.
    with override_settings(TEMPLATES=TEMPLATES):
        stencil.forget()
        yield
    stencil.forget()


def test_values_are_escaped_and_the_rest_is_the_template():
    html = stencil.fill("t/form.html", {}, {"csrf_token": "abc", "path": '/x?a=1&b="<s>"'})
    assert html == ('<form><input name="csrf" value="abc"><input name="path" '
                    'value="/x?a=1&amp;b=&quot;&lt;s&gt;&quot;">Send</form>')


def test_each_use_gets_its_own_values_from_one_rendering(monkeypatch):
    first = stencil.fill("t/form.html", {}, {"csrf_token": "one", "path": "/a"})
    calls = []
    monkeypatch.setattr(stencil, "render_to_string", lambda *a, **k: calls.append(a) or "")
    second = stencil.fill("t/form.html", {}, {"csrf_token": "two", "path": "/b"})
    assert calls == []
    assert 'value="one"' in first
    assert 'value="two"' in second
    assert 'value="/b"' in second


def test_languages_and_keys_are_kept_apart():
    with translation.override("id"):
        indonesian = stencil.fill("t/form.html", {}, {"csrf_token": "t", "path": "/"})
    with translation.override("en"):
        english = stencil.fill("t/form.html", {}, {"csrf_token": "t", "path": "/"})
        keyed = stencil.fill("t/form.html", {"extra": "x"}, {"csrf_token": "t", "path": "/"},
                             key="extra")
    assert "Kirim" in indonesian
    assert "Send" in english
    assert "<b>x</b>" in keyed
    assert "<b>" not in english


def test_context_functions_are_called_only_to_make_the_stencil():
    made = []
    for _ in range(3):
        stencil.fill("t/form.html", lambda: made.append(1) or {"extra": "y"},
                     {"csrf_token": "t", "path": "/"}, key="lazy")
    assert made == [1]


def test_a_value_shown_twice_is_refused():
    with pytest.raises(ValueError, match="exactly once"):
        stencil.fill("t/twice.html", {}, {"path": "/"})


def test_a_rendering_kept_elsewhere_is_filled_the_same_way():
    kept = f'<input value="{stencil.marker("q")}">'
    assert stencil.put_in(kept, {"q": '"><b>'}) == '<input value="&quot;&gt;&lt;b&gt;">'
    with pytest.raises(ValueError, match="exactly once"):
        stencil.put_in("<input>", {"q": "x"})
