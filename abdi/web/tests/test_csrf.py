"""Every form of a page carries the same masked CSRF token, and it is accepted."""

import re

from django.test import Client
from django.urls import reverse

from abdi.web.csrf import request_token

TOKEN = re.compile(r'(?:name="csrfmiddlewaretoken" value="|"X-CSRFToken": ")([A-Za-z0-9]+)"')


def test_a_page_uses_one_token_for_all_its_forms_and_it_is_accepted(world, login):
    client = login(world.users.hr_admin)
    client.handler.enforce_csrf_checks = True
    content = client.get(reverse("people:directory")).content.decode()
    tokens = TOKEN.findall(content)
    assert len(tokens) >= 3  # htmx header, language switch, logout, feedback form
    assert len(set(tokens)) == 1
    switched = client.post(reverse("set_language"), {"language": "en", "next": "/"},
                           HTTP_X_CSRFTOKEN=tokens[0])
    assert switched.status_code == 302


def test_a_forged_token_is_refused(world, login):
    client = login(world.users.hr_admin)
    client.handler.enforce_csrf_checks = True
    client.get(reverse("people:directory"))
    refused = client.post(reverse("set_language"), {"language": "en"},
                          HTTP_X_CSRFTOKEN="x" * 64)
    assert refused.status_code == 403


def test_a_rotated_secret_gets_a_new_token(rf):
    from django.middleware.csrf import rotate_token
    request = rf.get("/")
    first = request_token(request)
    assert request_token(request) == first
    rotate_token(request)
    assert request_token(request) != first


def test_anonymous_pages_still_get_a_token(db):
    content = Client().get(reverse("accounts:login")).content.decode()
    assert 'name="csrfmiddlewaretoken"' in content
