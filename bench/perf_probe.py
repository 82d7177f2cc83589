"""Runs inside Django (bench settings) for the performance benchmark: an API token and the output
indicator of the bench pegawai, and queries/time per request of the validation queue and the
leaders' dashboard with the test client. Prints one JSON object."""

import json
import os
import statistics
import sys
import time

import django

sys.path.insert(0, os.getcwd())
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from abdi.accounts.models import ApiToken, User  # noqa: E402
from abdi.performance.models import Activity, SkpIndicator  # noqa: E402


def _client(cookie: str) -> Client:
    client = Client()
    name, _, value = cookie.partition("=")
    client.cookies[name] = value
    return client


def _measure(client, path: str) -> dict:
    with CaptureQueriesContext(connection) as captured:
        status = client.get(path).status_code
    times = []
    for _ in range(15):
        start = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - start) * 1000)
    return {"status": status, "queries": len(captured), "ms": round(statistics.median(times), 1)}


def main(writer: str, atasan_cookie: str, leader_cookie: str) -> None:
    user = User.objects.get(username=writer)
    ApiToken.objects.filter(user=user, name="bench").delete()
    token = ApiToken.issue(user, "bench")[1]
    with scopes_disabled():
        indicator = (SkpIndicator.objects.filter(result__skp__employee_id=user.employee_id,
                                                 kind="output").order_by("-result__skp__year", "id")
                     .values_list("id", flat=True).first())
        activities = Activity.objects.count()
    pages = {
        "validation queue": _measure(_client(atasan_cookie), "/kinerja/validasi/"),
        "leaders' dashboard": _measure(_client(leader_cookie), "/kinerja/dasbor/"),
    }
    print(json.dumps({"token": token, "indicator": indicator, "activities": activities, "pages": pages}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
