"""The benchmark of issue 8 (see BENCHMARKS.md): a government with 2,000 cross-agency teams and
50,000 memberships (bench/teams_data.py); the team list and a team page under load (target p95 <
200 ms on PostgreSQL) next to the bare Django list view in the same run, and the number of
queries of each page at two sizes (must not grow).

Run through `bench/run.sh --teams` (PostgreSQL bench database, production settings, gunicorn,
wrk). Traffic goes to 127.0.0.1 only; every load run is bounded in time.
"""

import argparse
import json
import os
import subprocess
import sys
from datetime import UTC, datetime

from measure import PY, RESULTS, ROOT, get, gunicorn, log, manage, wrk

TARGETS = {"p95_ms": 200}


def _probe(hr_cookie: str, me_cookie: str, member: str) -> dict:
    env = dict(os.environ, ABDI_ALLOWED_HOSTS="127.0.0.1,localhost,testserver")
    out = subprocess.run([PY, "bench/teams_probe.py", hr_cookie, me_cookie, member], cwd=ROOT,
                         env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def run(base: str, args) -> dict:
    hr = manage("demo_session", args.hr).strip()
    me = manage("demo_session", args.member).strip()
    probe = _probe(hr, me, args.member)
    pages = {
        "list_hr": ("Team list /tim/ (HR: all 2,000 teams, pages 1-40 rotating)", hr,
                    [f"/tim/?page={n}" for n in range(1, 41)]),
        "list_search": ("Team list searched /tim/?q=… (HR)", hr,
                        [f"/tim/?q={n:04d}" for n in range(1, 2000, 50)]),
        "list_member": ("My teams /tim/ (a member of 6 teams)", me, ["/tim/"]),
        "team_page": ("Team page /tim/<id>/ (HR, 40 teams of 25 members rotating)", hr,
                      [f"/tim/{probe['other'] - n * 37}/" for n in range(40)]),
        "team_page_lead": ("Team page /tim/<id>/ (one of its members)", me, [f"/tim/{probe['mine']}/"]),
        "bare_list": ("Bare Django list /bench/bare-list (50 rows), anonymous", "", ["/bench/bare-list"]),
    }
    for key, (_label, cookie, paths) in pages.items():
        status = get(base + paths[0], [f"Cookie: {cookie}"] if cookie else [])[0]
        if status != 200:
            raise SystemExit(f"GET {paths[0]} ({key}) answered {status}, not 200")
    if args.only:
        pages = {k: v for k, v in pages.items() if k in args.only}
    results = {}
    for key, (label, cookie, paths) in pages.items():
        options = {"connections": args.connections, "threads": 2,
                   "headers": [f"Cookie: {cookie}"] if cookie else [], "script": "report.lua",
                   "script_args": paths}
        log(f"  warming up {key} …")
        wrk(base, paths, duration=3, **options)
        log(f"  measuring {label} for {args.duration} s at {args.connections} connections …")
        results[key] = {"label": label, "connections": args.connections,
                        **wrk(base, paths, duration=args.duration, **options)}
    return {"probe": probe, "results": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hr", default="hr.admin@bench.example")
    parser.add_argument("--member", default="pegawai@bench.example")
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", "3")))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("BENCH_THREADS", "2")))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", "20")))
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--only", nargs="*", help="scenarios by key")
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = {"when": datetime.now(UTC).isoformat(timespec="seconds"),
              "load_before": round(os.getloadavg()[0], 2)}
    with gunicorn(args, base):
        report.update(run(base, args))
    report["load_after"] = round(os.getloadavg()[0], 2)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"teams-{stamp}.json").write_text(json.dumps(report, indent=2))
    print_table(report)


def print_table(report: dict) -> None:
    probe = report["probe"]
    print(f"\n{probe['teams']} teams, {probe['memberships']} memberships; "
          f"load {report['load_before']} -> {report['load_after']}")
    for page in probe["pages"]:
        print(f"  {page['path']:<28} {page['status']}  {page['queries']} queries")
    print(f"\n{'scenario':<16}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}  target p95 < "
          f"{TARGETS['p95_ms']} ms")
    for key, row in report["results"].items():
        p95 = row["p95_us"] / 1000
        verdict = "" if key == "bare_list" else ("meets" if p95 < TARGETS["p95_ms"] else "MISSES")
        print(f"{key:<16}{row['rps']:>9.1f}{row['p50_us'] / 1000:>9.1f}{p95:>9.1f}"
              f"{row['p99_us'] / 1000:>9.1f}  {verdict}")


if __name__ == "__main__":
    sys.exit(main())
