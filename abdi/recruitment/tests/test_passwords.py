"""Forgotten password: a neutral answer, a signed one-hour link that works once."""

import re

import pytest
from django.contrib.auth.hashers import check_password
from django.core import mail
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.core.errors import NotFound
from abdi.recruitment.models import Applicant
from abdi.recruitment.services import passwords
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db


def _ask(client, world, email):
    return client.post(reverse("recruitment:forgot", args=[world.gov.slug]),
                       {"email": email, "situs_web": ""})


def test_the_answer_is_the_same_for_known_and_unknown_emails(world, rec, client):
    known, unknown = _ask(client, world, rec.applicant.email), _ask(client, world, "x@contoh.id")
    assert known.status_code == unknown.status_code == 200
    assert b'data-testid="sent"' in known.content
    assert b'data-testid="sent"' in unknown.content
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [rec.applicant.email]


def test_the_link_sets_a_new_password_once(world, rec, client):
    _ask(client, world, rec.applicant.email)
    path = re.search(r"http://testserver(\S+)", mail.outbox[0].body).group(1)
    assert client.get(path).status_code == 200
    short = client.post(path, {"password": "pendek"})
    assert short.status_code == 400
    done = client.post(path, {"password": "sandi-baru-123"})
    assert done.status_code == 200
    assert b'data-testid="done"' in done.content
    with scopes_disabled():
        assert check_password("sandi-baru-123", Applicant.objects.get(pk=rec.applicant.pk).password)
    again = client.post(path, {"password": "sandi-lain-456"})
    assert again.status_code == 404


def test_a_tampered_link_and_the_rate_limit(world, rec, client):
    with pytest.raises(NotFound):
        passwords.reset_password(token="abc", password="sandi-baru-123")
    statuses = [_ask(client, world, f"a{n}@contoh.id").status_code for n in range(6)]
    assert statuses[-1] == 429


def test_no_link_for_an_unconfirmed_account_or_another_government(world, rec):
    with scopes_disabled():
        Applicant.objects.filter(pk=rec.other.pk).update(email_confirmed_at=None)
    with within(world.gov):
        passwords.request_password_reset(email=rec.other.email, reset_url=str)
    with within(world.other_gov):
        passwords.request_password_reset(email=rec.applicant.email, reset_url=str)
    assert mail.outbox == []
