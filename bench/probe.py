"""Runs inside Django (bench settings): sample ids and search words, and queries per request.

Prints one JSON object. Uses the test client with a real session cookie, on the bench database.
"""

import json
import os
import random
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
from abdi.people.models import Employee  # noqa: E402


def main(slug: str, cookie: str, username: str, words: list[str]) -> None:
    user = User.objects.get(username=username)
    ApiToken.objects.filter(user=user, name="bench").delete()
    token = ApiToken.issue(user, "bench")[1]
    with scopes_disabled():
        ids = list(
            Employee.objects.filter(instansi__slug=slug).order_by("?").values_list("id", flat=True)[:200]
        )
        total = Employee.objects.filter(instansi__slug=slug).count()
        hits = {w: Employee.objects.filter(instansi__slug=slug, name__icontains=w).count() for w in words}
        names = list(Employee.objects.filter(instansi__slug=slug).order_by("?")
                     .values_list("name", flat=True)[:3000])
    name, _, value = cookie.partition("=")
    client = Client()
    client.cookies[name] = value
    # The first request of a session also fills the session, principal, agencies and toolbar
    # caches: warm them with a page not counted below, so every count is the page's own queries.
    client.get("/pegawai/?size=20")
    client.get(f"/api/employees/{ids[-1]}")
    queries = {}
    for label, path in (
        ("directory page 1 (50 rows)", "/pegawai/"),
        ("directory page 1, 10 rows", "/pegawai/?size=10"),
        ("directory page 1, 100 rows", "/pegawai/?size=100"),
        ("directory page 50", "/pegawai/?page=50"),
        (f"directory search '{words[0]}'", f"/pegawai/?q={words[0]}"),
        ("employee API detail", f"/api/employees/{ids[0]}"),
        ("employee API list (50 rows)", "/api/employees"),
    ):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        queries[label] = {"path": path, "status": response.status_code, "queries": len(captured)}
    # Server time per request, one request at a time (less sensitive to other load than wrk).
    anonymous = Client()
    timings = {}
    for label, path, who in (
        ("directory search (whole page)", None, client),
        ("directory list /pegawai/", "/pegawai/", client),
        ("bare list, anonymous", "/bench/bare-list", anonymous),
        ("bare list, same session", "/bench/bare-list", client),
        ("employee API detail", None, client),
        ("bare JSON, anonymous", "/bench/bare-json", anonymous),
        ("bare JSON, same session", "/bench/bare-json", client),
    ):
        samples = []
        for n in range(60):
            url = path or (
                f"/pegawai/?q={words[n % len(words)]}"
                if "search" in label
                else f"/api/employees/{ids[n % len(ids)]}"
            )
            started = time.perf_counter()
            who.get(url)
            samples.append((time.perf_counter() - started) * 1000)
        timings[label] = round(statistics.median(samples[10:]), 2)
    print(
        json.dumps(
            {
                "ids": ids,
                "employees": total,
                "hits": hits,
                "terms": new_terms(names),
                "queries": queries,
                "token": token,
                "timings_ms": timings,
            }
        )
    )


def new_terms(names: list[str]) -> list[str]:
    """What people type to find a colleague: a first name, a first and second name, a family
    name, from real names of the government; each once, in a fixed shuffled order."""
    terms: dict[str, None] = {}
    for name in names:
        words = [w for w in name.lower().replace(",", " ").replace(".", " ").split() if len(w) > 2]
        if words:
            terms[words[0]] = None
            terms[words[-1]] = None
        if len(words) >= 2:
            terms[" ".join(words[:2])] = None
    shuffled = list(terms)
    random.Random(7).shuffle(shuffled)
    return shuffled


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
