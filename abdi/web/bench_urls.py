"""Bare Django views for benchmarks: the yardstick each list page is measured against."""

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import path

ROWS = [
    {"id": i, "name": f"Pegawai {i}", "nip": f"1990010120150110{i % 100:02d}"} for i in range(50)
]


def bare_json(request):
    return JsonResponse({"id": 1, "name": "Pegawai", "nip": "199001012015011001"})


def bare_list(request):
    return render(request, "web/bench_bare_list.html", {"rows": ROWS})


urlpatterns = [
    path("bare-json", bare_json),
    path("bare-list", bare_list),
]
