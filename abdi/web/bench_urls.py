"""Bare Django views for benchmarks: the yardstick each list page is measured against."""

import json

from django.db import connection, transaction
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

ROWS = [
    {"id": i, "name": f"Pegawai {i}", "nip": f"1990010120150110{i % 100:02d}"} for i in range(50)
]
_TABLE_READY = False


def bare_json(request):
    return JsonResponse({"id": 1, "name": "Pegawai", "nip": "199001012015011001"})


def bare_list(request):
    return render(request, "web/bench_bare_list.html", {"rows": ROWS})


def _ensure_table(cursor) -> None:
    global _TABLE_READY  # once per process: a bench-only table
    if not _TABLE_READY:
        key = "BIGSERIAL PRIMARY KEY" if connection.vendor == "postgresql" else "INTEGER PRIMARY KEY"
        cursor.execute(f"CREATE TABLE IF NOT EXISTS bench_bare_write (id {key}, body TEXT NOT NULL)")
        _TABLE_READY = True


@csrf_exempt
@require_POST
def bare_write(request):
    """Parses a JSON body and inserts one row in a transaction: the yardstick of a write API."""
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"detail": "bad json"}, status=400)
    with transaction.atomic(), connection.cursor() as cursor:
        _ensure_table(cursor)
        cursor.execute("INSERT INTO bench_bare_write (body) VALUES (%s)", [json.dumps(body)[:1000]])
    return JsonResponse({"ok": True}, status=201)


urlpatterns = [
    path("bare-json", bare_json),
    path("bare-list", bare_list),
    path("bare-write", bare_write),
]
