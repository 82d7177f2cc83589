"""Runs inside Django (bench settings) for the teams benchmark: the ids of the teams to load and
the number of queries of the list and the team page at two sizes. Prints one JSON object."""

import json
import os
import sys

import django

sys.path.insert(0, os.getcwd())
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from abdi.accounts.models import User  # noqa: E402
from abdi.teams.models import Membership, Team  # noqa: E402


def _client(cookie: str) -> Client:
    client = Client()
    name, _, value = cookie.partition("=")
    client.cookies[name] = value
    return client


def _queries(client, path: str) -> dict:
    with CaptureQueriesContext(connection) as captured:
        status = client.get(path).status_code
    return {"path": path, "status": status, "queries": len(captured)}


def main(hr_cookie: str, member_cookie: str, member: str) -> None:
    hr, me = _client(hr_cookie), _client(member_cookie)
    with scopes_disabled():
        employee_id = User.objects.get(username=member).employee_id
        mine = Team.objects.filter(memberships__employee_id=employee_id).order_by("id").first()
        other = Team.objects.exclude(pk=mine.pk).order_by("-id").first()
        counts = {"teams": Team.objects.count(), "memberships": Membership.objects.count()}
    pages = [_queries(hr, "/tim/"), _queries(hr, "/tim/?page=30"), _queries(hr, "/tim/?q=0421"),
             _queries(me, "/tim/"), _queries(me, f"/tim/{mine.pk}/"), _queries(hr, f"/tim/{other.pk}/")]
    print(json.dumps({"mine": mine.pk, "other": other.pk, **counts, "pages": pages}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
