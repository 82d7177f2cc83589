"""The benchmark of issue 3 (see BENCHMARKS.md): the daily-activity write API against a bare
Django write view, the validation queue and the leaders' dashboard of a 15,000-employee
government, and the computation of a whole period for 100,000 employees.

Run through bench/perf_run.sh (PostgreSQL bench database, production settings). Traffic goes to
127.0.0.1 only; every load run is bounded in time.
"""

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from datetime import UTC, datetime

from measure import PY, RESULTS, ROOT, get, gunicorn, log, manage, wrk
from paced import paced, print_paced

TARGETS = {"write_ratio": 0.50, "write_p99_ms": 100, "pages_p95_ms": 200, "period_s": 60}


def _probe(writer: str, atasan_cookie: str, leader_cookie: str) -> dict:
    env = dict(os.environ, ABDI_ALLOWED_HOSTS="127.0.0.1,localhost,testserver")
    out = subprocess.run([PY, "bench/perf_probe.py", writer, atasan_cookie, leader_cookie], cwd=ROOT,
                         env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _post_ok(base: str, path: str, headers: list[str], indicator: int, day: str) -> int:
    body = json.dumps({"indicator": indicator, "date": day, "description": "Cek benchmark",
                       "quantity": 1, "minutes": 30,
                       "client_key": "00000000-0000-4000-8000-" + f"{int(time.time()):012d}"}).encode()
    request = urllib.request.Request(base + path, data=body, method="POST")  # noqa: S310 - loopback
    request.add_header("Content-Type", "application/json")
    for header in headers:
        name, _, value = header.partition(": ")
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def run(base: str, args) -> dict:
    atasan = manage("demo_session", args.atasan).strip()
    leader = manage("demo_session", args.leader).strip()
    probe = _probe(args.writer, atasan, leader)
    today = manage("shell", "-c", "from django.utils import timezone; "
                   "print(timezone.localdate().isoformat())").strip().splitlines()[-1]
    token = [f"Authorization: Bearer {probe['token']}"]
    write_args = ["/api/performance/activities", str(probe["indicator"]), today]
    bare_args = ["/bench/bare-write", str(probe["indicator"]), today]
    for path, headers in (("/api/performance/activities", token), ("/bench/bare-write", [])):
        status = _post_ok(base, path, headers, probe["indicator"], today)
        if status not in (200, 201):
            raise SystemExit(f"POST {path} answered {status}, not 201")
    for path, cookie in (("/kinerja/validasi/", atasan), ("/kinerja/dasbor/", leader)):
        status = get(base + path, [f"Cookie: {cookie}"])[0]
        if status != 200:
            raise SystemExit(f"GET {path} answered {status}, not 200")
    scenarios = {
        "activity_post": ("Submit an activity POST /api/performance/activities (token)",
                          64, token, "activity_post.lua", write_args),
        "bare_write": ("Bare Django write view POST /bench/bare-write", 64, [], "activity_post.lua",
                       bare_args),
        "queue": ("Validation queue /kinerja/validasi/ (atasan, 15k government)", 32,
                  [f"Cookie: {atasan}"], "report.lua", ["/kinerja/validasi/"]),
        "dashboard": ("Leaders' dashboard /kinerja/dasbor/ (15k government)", 32,
                      [f"Cookie: {leader}"], "report.lua", ["/kinerja/dasbor/"]),
        "queue_8": ("Validation queue, 8 atasan at once", 8, [f"Cookie: {atasan}"], "report.lua",
                    ["/kinerja/validasi/"]),
        "dashboard_8": ("Leaders' dashboard, 8 leaders at once", 8, [f"Cookie: {leader}"],
                        "report.lua", ["/kinerja/dasbor/"]),
        "bare_list": ("Bare Django list /bench/bare-list (50 rows), anonymous", 32, [], "report.lua",
                      ["/bench/bare-list"]),
    }
    if args.only:
        scenarios = {k: v for k, v in scenarios.items() if k in args.only}
    results = {}
    for key, (label, connections, headers, script, script_args) in scenarios.items():
        path = script_args[0]
        options = {"connections": connections, "threads": 2, "headers": headers, "script": script,
                   "script_args": script_args}
        log(f"  warming up {key} …")
        wrk(base, [path], duration=3, **options)
        log(f"  measuring {label} for {args.duration} s at {connections} connections …")
        results[key] = {"label": label, "connections": connections,
                        **wrk(base, [path], duration=args.duration, **options)}
    found = {"probe": {k: v for k, v in probe.items() if k != "token"}, "results": results}
    if args.paced_rates:
        found["paced"] = paced_rounds(base, args, probe, today)
    if args.paced_page_rates:
        found.setdefault("paced", {}).update(paced_page_rounds(base, args, atasan, leader))
    return found


def paced_page_rounds(base: str, args, atasan: str, leader: str) -> dict:
    """p95 of the queue and the dashboard for 32 atasan or leaders who each pause between pages
    (bench/paced.py), next to the closed-loop rounds above."""
    port = int(base.rsplit(":", 1)[1])
    found: dict[str, list[dict]] = {"queue": [], "dashboard": []}
    for rate in args.paced_page_rates:
        for key, path, cookie in (("queue", "/kinerja/validasi/", atasan),
                                  ("dashboard", "/kinerja/dasbor/", leader)):
            log(f"  paced: {key}, 32 users offering ~{rate} req/s for {args.duration} s …")
            found[key].append(paced(port, path, lambda n, cookie=cookie: (None, {"Cookie": cookie}),
                                    rate=rate, clients=32, seconds=args.duration, method="GET"))
    return found


def paced_rounds(base: str, args, probe: dict, today: str) -> dict:
    """The p99 at 64 clients that each wait a think time between entries (bench/paced.py, as in
    issue 4), for the activity API and the bare write alike: 64 clients that never pause keep
    even the bare view's p99 above 100 ms on two cores (its queue, not its work)."""
    port = int(base.rsplit(":", 1)[1])

    def entry(n: int):
        key = str(uuid.uuid4())
        body = json.dumps({"indicator": probe["indicator"], "date": today,
                           "description": "Menyusun laporan kegiatan", "quantity": 1,
                           "minutes": 60, "client_key": key}).encode()
        return body, {"Content-Type": "application/json", "Idempotency-Key": key,
                      "Authorization": f"Bearer {probe['token']}"}

    def bare(n: int):
        return json.dumps({"n": n, "description": "Menyusun laporan"}).encode(), {
            "Content-Type": "application/json"}

    found: dict[str, list[dict]] = {"activity_post": [], "bare_write": []}
    for rate in args.paced_rates:
        for key, path, request in (("activity_post", "/api/performance/activities", entry),
                                   ("bare_write", "/bench/bare-write", bare)):
            log(f"  paced: {key}, 64 clients offering ~{rate} req/s for {args.duration} s …")
            found[key].append(paced(port, path, request, rate=rate, clients=64,
                                    seconds=args.duration))
    return found


def period(args) -> dict:
    year = int(manage("shell", "-c", "from django.utils import timezone; print(timezone.localdate().year)")
               .strip().splitlines()[-1])
    month = int(manage("shell", "-c", "from django.utils import timezone; print(timezone.localdate().month)")
                .strip().splitlines()[-1])
    started = time.monotonic()
    out = manage("compute_period", "--as", args.period_user, "--year", str(year), "--kind", "monthly",
                 "--number", str(month - 1 or 1))
    return {"seconds": round(time.monotonic() - started, 1), "output": out.strip().splitlines()[-1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writer", default="pegawai@bench.example")
    parser.add_argument("--atasan", default="atasan@bench15.example")
    parser.add_argument("--leader", default="hr.admin@bench15.example")
    parser.add_argument("--period-user", default="hr.admin@bench.example")
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", "3")))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("BENCH_THREADS", "2")))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", "20")))
    parser.add_argument("--only", nargs="*", help="scenarios by key, and/or 'period'")
    parser.add_argument("--paced-rates", type=int, nargs="*", default=[],
                        help="offered loads (req/s) of paced rounds of the activity write and the "
                             "bare write after the others (none by default)")
    parser.add_argument("--paced-page-rates", type=int, nargs="*", default=[],
                        help="offered loads (req/s) of paced rounds of the validation queue and "
                             "the dashboard, 32 users who pause (none by default)")
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = {"when": datetime.now(UTC).isoformat(timespec="seconds"), "load_before": os.getloadavg()[0]}
    loads = [k for k in (args.only or ["all"]) if k != "period"]
    if loads:
        with gunicorn(args, base):
            report.update(run(base, args))
    if not args.only or "period" in args.only:
        log("  computing a whole period for the 100,000-employee government …")
        report["period"] = period(args)
    report["load_after"] = os.getloadavg()[0]
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"performance-{stamp}.json").write_text(json.dumps(report, indent=2))
    print_table(report)


def print_table(report: dict) -> None:
    results = report.get("results", {})
    log("")
    log("| Scenario | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx |")
    log("|---|---:|---:|---:|---:|---:|---:|")
    for r in results.values():
        log(f"| {r['label']} | {r['connections']} | {r['rps']:,.0f} | {r['p50_us'] / 1000:.0f} | "
            f"{r['p95_us'] / 1000:.0f} | {r['p99_us'] / 1000:.0f} | {r['status_errors']} |")
    if "activity_post" in results and "bare_write" in results:
        ratio = results["activity_post"]["rps"] / results["bare_write"]["rps"]
        log(f"\nwrite API / bare write: {ratio:.0%} (target >= {TARGETS['write_ratio']:.0%}); "
            f"p99 {results['activity_post']['p99_us'] / 1000:.0f} ms (target < {TARGETS['write_p99_ms']})")
    if "probe" in report:
        log(f"probe: {json.dumps(report['probe'].get('pages'))}; activities in the database: "
            f"{report['probe'].get('activities'):,}")
    if "period" in report:
        log(f"period for 100,000 employees: {report['period']['seconds']} s "
            f"(target < {TARGETS['period_s']} s): {report['period']['output']}")
    print_paced(report.get("paced", {}))
    log(f"load average before/after: {report['load_before']:.1f} / {report['load_after']:.1f}")


if __name__ == "__main__":
    sys.exit(main())
