"""The benchmark of issue 2 (see BENCHMARKS.md): serve with gunicorn, load with wrk, print a table.

Run through bench/run.sh, which sets the environment (PostgreSQL bench database, prod settings).
All traffic goes to 127.0.0.1 only; every load run is bounded in time.
"""

import argparse
import contextlib
import gzip
import json
import os
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote_plus

import server_cpu
from paced import paced

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
RESULTS = ROOT / "bench" / "results"
SEARCH_WORDS = [
    "siti",
    "budi",
    "siregar",
    "wahyuni",
    "agus",
    "lestari",
    "hidayat",
    "dewi",
    "nugroho",
    "rahmawati",
    "yohanes",
    "andi",
    "agus setiawan",
    "sri wahyuni",
    "fitri",
]
TARGETS = {
    "search_p95_ms": 150,
    "list_ratio": 0.50,
    "detail_ratio": 0.40,
    "first_load_kb": 200,
}


def log(message: str) -> None:
    print(message, flush=True)


def manage(*args: str, env: dict | None = None) -> str:
    out = subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=env or os.environ, check=True, capture_output=True, text=True
    )
    return out.stdout


def get(url: str, headers: list[str] = (), gzip_ok: bool = False) -> tuple[int, bytes, dict]:
    fields = dict(header.split(": ", 1) for header in headers)
    if gzip_ok:
        fields["Accept-Encoding"] = "gzip"
    request = urllib.request.Request(url, headers=fields)  # noqa: S310 - http://127.0.0.1 only
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - 127.0.0.1
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


class Assets(HTMLParser):
    """Stylesheets, scripts, images and icons a browser loads with the page."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])
        elif (
            tag == "link"
            and attrs.get("href")
            and any(
                word in (attrs.get("rel") or "")
                for word in ("stylesheet", "icon", "preload", "modulepreload")
            )
        ):
            self.urls.append(attrs["href"])
        elif tag == "img" and attrs.get("src") and not attrs["src"].startswith("data:"):
            self.urls.append(attrs["src"])


def first_load(base: str, path: str, cookie: str) -> dict:
    status, html, headers = get(base + path, [f"Cookie: {cookie}"], gzip_ok=True)
    raw_html = gzip.decompress(html) if headers.get("Content-Encoding") == "gzip" else html
    parser = Assets()
    parser.feed(raw_html.decode("utf-8", "replace"))
    assets = []
    for url in dict.fromkeys(parser.urls):
        if url.startswith("data:"):
            continue  # inline, already counted in the HTML
        full = url if url.startswith("http") else base + url
        if not full.startswith(base):
            assets.append({"url": url, "status": "external!", "bytes": 0, "raw": 0})
            continue
        code, body, asset_headers = get(full, [f"Cookie: {cookie}"], gzip_ok=True)
        raw = gzip.decompress(body) if asset_headers.get("Content-Encoding") == "gzip" else body
        assets.append({"url": url, "status": code, "bytes": len(body), "raw": len(raw)})
    transferred = len(html) + sum(a["bytes"] for a in assets)
    uncompressed = len(raw_html) + sum(a["raw"] for a in assets)
    return {
        "path": path,
        "status": status,
        "html_bytes": len(html),
        "html_raw": len(raw_html),
        "assets": assets,
        "transferred": transferred,
        "uncompressed": uncompressed,
    }


def wrk(
    base: str, paths: list[str], *, duration: int, connections: int, threads: int, headers: list[str],
    script: str = "report.lua", script_args: list[str] | None = None,
) -> dict:
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "10s",
        "-s",
        str(ROOT / "bench" / script),
    ]
    for header in headers:
        cmd += ["-H", header]
    cmd += [base + paths[0], "--", *(script_args if script_args is not None else paths)]
    env = dict(os.environ, BENCH_DIR=str(ROOT / "bench"), BENCH_WRK_THREADS=str(threads))
    cpu_before = server_cpu.snapshot()
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60, check=True,
                         env=env).stdout
    cpu_after = server_cpu.snapshot()
    line = next(line for line in out.splitlines() if line.startswith("RESULT "))
    result = json.loads(line[len("RESULT ") :])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result.update(server_cpu.per_request(cpu_before, cpu_after, result["requests"]))
    return result


def wait_until_up(base: str, seconds: int = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if get(base + "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("gunicorn did not answer /healthz in time; see bench/results/gunicorn.log")


@contextlib.contextmanager
def gunicorn(args, base: str):
    """Serves the app with gunicorn (production settings) for the length of the block."""
    log(f"Starting gunicorn: {args.workers} workers x {args.threads} threads on {base}")
    RESULTS.mkdir(parents=True, exist_ok=True)  # an ignored folder: missing in a fresh clone
    gunicorn_log = open(RESULTS / "gunicorn.log", "w")  # noqa: SIM115 - lives as long as the server
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "abdi.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--worker-class",
            "gthread",
            "--keep-alive",
            "5",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        stdout=gunicorn_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until_up(base)
        yield server
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


NGINX_CONF = """worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/body; proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi; uwsgi_temp_path {prefix}/uwsgi; scgi_temp_path {prefix}/scgi;
    server {{
        listen 127.0.0.1:{front};
        keepalive_requests 1000000;
        location / {{
            proxy_pass http://127.0.0.1:{back};
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }}
    }}
}}
"""


@contextlib.contextmanager
def nginx_front(front: int, back: int):
    """nginx in front of gunicorn as in production (docs/operations.md): the load generator's
    keep-alive connections end at nginx, which opens one connection to gunicorn per request, so
    no gunicorn worker is stuck with more of the clients than the others."""
    prefix = RESULTS / "nginx"
    prefix.mkdir(parents=True, exist_ok=True)
    conf = prefix / "nginx.conf"
    conf.write_text(NGINX_CONF.format(prefix=prefix, front=front, back=back))
    log(f"Starting nginx on 127.0.0.1:{front} in front of gunicorn")
    server = subprocess.Popen(["nginx", "-p", str(prefix), "-c", str(conf), "-g", "daemon off;"],
                              start_new_session=True)
    try:
        wait_until_up(f"http://127.0.0.1:{front}")
        yield server
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slug", default="bench")
    parser.add_argument("--user", default="hr.admin@bench.example")
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", "3")))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("BENCH_THREADS", "2")))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", "20")))
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", "3")),
                        help="run every scenario this many times, interleaved; report medians")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--only", nargs="*", help="run only these scenarios (by key)")
    parser.add_argument("--paced-rates", nargs="*", type=int, default=[],
                        help="then measure new-name searches at these offered req/s, users pausing")
    parser.add_argument("--nginx", action="store_true", default=bool(os.environ.get("BENCH_NGINX")),
                        help="send the load through nginx on port+1, as in production")
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    RESULTS.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    if load_before > 1.0:
        log(
            f"Warning: load average {load_before:.1f} before starting; other work on this 2-core machine "
            "will lower the figures."
        )

    with gunicorn(args, base), (nginx_front(args.port + 1, args.port) if args.nginx
                                else contextlib.nullcontext()):
        report = run(f"http://127.0.0.1:{args.port + 1}" if args.nginx else base, args)
    report["machine"] = {
        "cpus": os.cpu_count(),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "python": sys.version.split()[0],
        "sessions": "cached_db (Redis)" if os.environ.get("REDIS_URL") else "database",
        "postgresql": manage(
            "shell",
            "-c",
            "from django.db import connection as c; c.ensure_connection(); "
            "print(f'{c.pg_version // 10000}.{c.pg_version % 10000}')",
        )
        .strip()
        .splitlines()[-1],
    }
    write_report(report)


def run(base: str, args) -> dict:
    cookie = manage("demo_session", args.user).strip()
    probe_env = dict(os.environ, ABDI_ALLOWED_HOSTS="127.0.0.1,localhost,testserver")
    probe = json.loads(
        subprocess.run(
            [PY, "bench/probe.py", args.slug, cookie, args.user, *SEARCH_WORDS],
            cwd=ROOT,
            env=probe_env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    ids = probe["ids"]
    search_paths = [f"/pegawai/?q={word.replace(' ', '+')}" for word in SEARCH_WORDS]
    session = [f"Cookie: {cookie}"]
    token = [f"Authorization: Bearer {probe['token']}"]
    detail_paths = [f"/api/employees/{i}" for i in ids[:100]]
    # Every request a new URL (another page size or page): what the cache cannot serve.
    cold_paths = [f"{path}&size={size}&page={page}" for page in (1, 2) for size in range(10, 101)
                  for path in search_paths]
    # Every request a search no one made before: real first, first-and-second and family names.
    new_paths = [f"/pegawai/?q={quote_plus(term)}" for term in probe["terms"]]
    scenarios = {
        "search": ("Directory search /pegawai/?q=<name> (whole page)", search_paths, session),
        "search_htmx": (
            "Directory search as typed (htmx results fragment)",
            search_paths,
            [*session, "HX-Request: true"],
        ),
        "search_cold": ("Directory search, every query new (cache misses, whole page)",
                        cold_paths, session, search_paths),
        "search_cold_htmx": ("Directory search as typed, every query new (fragment)",
                             cold_paths, [*session, "HX-Request: true"], search_paths),
        "search_new": ("Directory search, every search a new name (whole page)", new_paths,
                       session, search_paths),
        "search_new_htmx": ("Directory search as typed, every search a new name (fragment)",
                            new_paths, [*session, "HX-Request: true"], search_paths),
        "list": ("Directory list /pegawai/ (50 rows)", ["/pegawai/"], session),
        "bare_list": ("Bare Django list /bench/bare-list (50 rows)", ["/bench/bare-list"], []),
        "detail": ("Employee API /api/employees/<id> (session)", detail_paths, session),
        "detail_token": ("Employee API /api/employees/<id> (API token)", detail_paths, token),
        "bare_json": ("Bare Django JSON /bench/bare-json", ["/bench/bare-json"], []),
        "bare_list_session": ("Bare list, same session cookie", ["/bench/bare-list"], session),
        "bare_json_session": ("Bare JSON, same session cookie", ["/bench/bare-json"], session),
    }
    if args.only:
        scenarios = {k: v for k, v in scenarios.items() if k in args.only}
    # Every path must answer 200 before it is measured: a redirect to the login page is no result.
    for key, (_, paths, headers, *_warm) in scenarios.items():
        status = get(base + paths[-1], headers)[0]
        if status != 200:
            raise SystemExit(f"{key}: {paths[0]} answered {status}, not 200")
    # This 2-core machine is noisy (the same URL measured twice in a row has differed 2x), so
    # every scenario runs in several interleaved rounds and each figure is the median of them.
    rounds: dict[str, list[dict]] = {key: [] for key in scenarios}
    for round_number in range(1, args.rounds + 1):
        for key, (label, paths, headers, *warm) in scenarios.items():
            options = {"connections": args.connections, "threads": 2, "headers": headers}
            log(f"  round {round_number}: warming up {key} …")
            wrk(base, warm[0] if warm else paths, duration=3, **options)
            log(f"  round {round_number}: measuring {label} for {args.duration} s …")
            if warm:  # a cold scenario: URLs no earlier round has put in the cache
                paths = [f"{path}&round={round_number}" for path in paths]
            rounds[key].append(wrk(base, paths, duration=args.duration, **options))
    results = {key: {"label": scenarios[key][0], **median_result(runs), "rounds": runs}
               for key, runs in rounds.items()}
    paced_results = paced_searches(base, args, new_paths, cookie) if args.paced_rates else {}
    load = first_load(base, "/pegawai/", cookie)
    return {
        "paced": paced_results,
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "args": vars(args),
        "employees": probe["employees"],
        "timings_ms": probe["timings_ms"],
        "search_hits": probe["hits"],
        "queries": probe["queries"],
        "results": results,
        "first_load": load,
    }


def paced_searches(base: str, args, paths: list[str], cookie: str) -> dict:
    """Users who pause between searches: `args.connections` clients, each a new real name per
    request (never searched before in this run), at steady offered rates (bench/paced.py)."""
    port = int(base.rsplit(":", 1)[1])
    found = {}
    for fragment in (False, True):
        key = "search_new_htmx" if fragment else "search_new"
        headers = {"Cookie": cookie, **({"HX-Request": "true"} if fragment else {})}
        found[key] = []
        for rate in args.paced_rates:
            log(f"  paced: {key}, {args.connections} users offering ~{rate} req/s …")
            suffix = f"&paced={rate}"
            found[key].append(paced(
                port, lambda n, s=suffix: paths[n % len(paths)] + s, lambda n, h=headers: (None, h),
                rate=rate, clients=args.connections, seconds=args.duration, method="GET"))
    return found


def median_result(runs: list[dict]) -> dict:
    """Each numeric figure as the median over the rounds (counts of errors summed)."""
    summed = {"status_errors", "connect_errors", "read_errors", "write_errors", "timeouts"}
    merged = {}
    for name, value in runs[0].items():
        if not isinstance(value, int | float):
            merged[name] = value
        elif name in summed:
            merged[name] = sum(run[name] for run in runs)
        else:
            merged[name] = statistics.median(run[name] for run in runs)
    return merged


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def write_report(report: dict) -> None:
    results, lines = report["results"], []
    lines.append(f"# Benchmark {report['when']}")
    a = report["args"]
    lines.append(
        f"{report['employees']:,} employees; gunicorn {a['workers']} workers x {a['threads']} threads "
        f"(gthread){' behind nginx' if a.get('nginx') else ''}; wrk {a['connections']} connections, "
        f"{a['duration']} s per scenario."
    )
    m = report["machine"]
    lines.append(
        f"Machine: {m['cpus']} CPUs, Python {m['python']}, PostgreSQL {m['postgresql']}; load average "
        f"{m['load_before']} before, {m['load_after']} after; sessions: {m['sessions']}."
    )
    lines.append("")
    lines.append("| Scenario | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for r in results.values():
        errors = r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"]
        lines.append(
            f"| {r['label']} | {r['rps']:.0f} | {r['p50_us'] / 1000:.1f} | {r['p95_us'] / 1000:.1f} | "
            f"{r['p99_us'] / 1000:.1f} | {r['status_errors']} | {errors} |"
        )
    lines.append("")
    checks = []
    for key in ("search", "search_htmx", "search_cold", "search_cold_htmx", "search_new",
                "search_new_htmx"):
        if key not in results:
            continue
        p95 = results[key]["p95_us"] / 1000
        checks.append(
            f"{results[key]['label']}: p95 {p95:.0f} ms (target < {TARGETS['search_p95_ms']} ms): "
            f"{verdict(p95 < TARGETS['search_p95_ms'])}"
        )
    ratios = (
        ("list", "bare_list", "List page / bare list (anonymous)", "list_ratio"),
        ("list", "bare_list_session", "List page / bare list (same session)", "list_ratio"),
        ("detail", "bare_json", "Detail API (session) / bare JSON (anonymous)", "detail_ratio"),
        ("detail", "bare_json_session", "Detail API (session) / bare JSON (same session)", "detail_ratio"),
        ("detail_token", "bare_json", "Detail API (token) / bare JSON (anonymous)", "detail_ratio"),
    )
    for page, bare, label, target in ratios:
        if page in results and bare in results:
            ratio = results[page]["rps"] / results[bare]["rps"]
            checks.append(
                f"{label}: throughput {ratio:.0%} (target >= {TARGETS[target]:.0%}): "
                f"{verdict(ratio >= TARGETS[target])}"
            )
    timings = report["timings_ms"]
    for page, bare, label, target in (
        ("directory list /pegawai/", "bare list, anonymous", "List page, server time", "list_ratio"),
        ("directory list /pegawai/", "bare list, same session", "List page, server time", "list_ratio"),
        ("employee API detail", "bare JSON, anonymous", "Detail API, server time", "detail_ratio"),
        ("employee API detail", "bare JSON, same session", "Detail API, server time", "detail_ratio"),
    ):
        ratio = timings[bare] / timings[page]
        checks.append(
            f"{label} vs {bare}: {ratio:.0%} of its throughput (target >= {TARGETS[target]:.0%}): "
            f"{verdict(ratio >= TARGETS[target])}"
        )
    load = report["first_load"]
    kb = load["transferred"] / 1024
    checks.append(
        f"First load of /pegawai/: {kb:.1f} KB transferred ({load['uncompressed'] / 1024:.1f} KB "
        f"uncompressed; HTML {load['html_bytes'] / 1024:.1f} KB + {len(load['assets'])} assets) "
        f"(target < 200 KB): {verdict(kb < TARGETS['first_load_kb'])}"
    )
    lines += [f"- {c}" for c in checks]
    lines.append("")
    lines.append("Server time per request, one at a time (test client, median of 50):")
    for label, ms in report["timings_ms"].items():
        lines.append(f"- {label}: {ms:.2f} ms")
    lines.append("")
    lines.append("Queries per request (test client on the same database):")
    for label, q in report["queries"].items():
        lines.append(f"- {label}: {q['queries']} queries (HTTP {q['status']})")
    lines.append("")
    lines.append("First-load assets: " + ", ".join(f"{x['url']} {x['bytes']} B" for x in load["assets"]))
    lines.append(
        "Search words and matches: " + ", ".join(f"{w} {n}" for w, n in report["search_hits"].items())
    )
    for key, runs in report.get("paced", {}).items():
        lines.append("")
        lines.append(f"Paced {key} ({a['connections']} users pausing between searches, each search new):")
        for run in runs:
            lines.append(f"- offered {run['offered']} req/s: served {run['rps']}, p50 {run['p50_ms']} ms, "
                         f"p95 {run['p95_ms']} ms, p99 {run['p99_ms']} ms, errors {run['errors']}")
    text = "\n".join(lines)
    print("\n" + text)
    stamp = report["when"].replace(":", "").replace("-", "")
    (RESULTS / f"bench-{stamp}.md").write_text(text + "\n")
    (RESULTS / f"bench-{stamp}.json").write_text(json.dumps(report, indent=2))
    (RESULTS / "latest.md").write_text(text + "\n")
    print(f"\nWritten to bench/results/bench-{stamp}.md and .json")


if __name__ == "__main__":
    sys.exit(main())
