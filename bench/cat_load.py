"""CAT load benchmark (issue 7): 1,000 simulated candidates on one machine against PostgreSQL.

Creates a government with a small SKD bank and one session of 1,000 candidates (COPY through
abdi/core/bulk.py), starts gunicorn (bench/measure.py's context manager), logs every candidate
in with its one-time token, then lets each answer one question every 5 seconds for --seconds.
Some candidates finish early, and a poller watches the public scoreboard to measure how far it
lags behind. Reports answer-save p50/p95/p99, errors, whether every saved answer is in the
database, the scoreboard lag, and the time to rank 100,000 results (pure rules and from the
database). Traffic goes to 127.0.0.1 only; every loop is bounded in count and time.

    createdb -h 127.0.0.1 -U postgres abdi_cat
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/abdi_cat .venv/bin/python manage.py migrate
    .venv/bin/python bench/cat_load.py [--candidates 1000 --seconds 60 --workers 2 --threads 16]
"""

import argparse
import asyncio
import http.client
import json
import os
import random
import re
import secrets
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/abdi_cat")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "abdi.settings.prod")
os.environ.setdefault("ABDI_SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
os.environ.setdefault("ABDI_ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("ABDI_SECURE_COOKIES", "0")
os.environ.setdefault("ABDI_VAR_DIR", str(ROOT / "var" / "bench"))

from measure import gunicorn, log  # noqa: E402

# The board is polled this often: the measured lag is the board's own plus at most this.
BOARD_POLL_SECONDS = 0.25
CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def percentile(values, q):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def setup(n_candidates: int):
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    call_command("collectstatic", interactive=False, verbosity=0)  # the exam pages need the manifest

    from abdi.cat.models import Attempt, Candidate, ExamSession, Option, Part, Question
    from abdi.cat.services.tokens import token_hash
    from abdi.core import bulk
    from abdi.tenancy.models import Instansi
    from abdi.tenancy.scoping import within

    slug = f"cat-bench-{int(time.time())}"
    instansi = Instansi.objects.create(slug=slug, name=f"Bench CAT {slug}", kind="kota")
    tokens = {}
    with within(instansi):
        parts = [Part.objects.create(instansi=instansi, code=c, name=c, kind=k, position=i)
                 for i, (c, k) in enumerate((("TWK", "right_wrong"), ("TIU", "right_wrong"),
                                             ("TKP", "weighted")))]
        questions = [Question(instansi=instansi, part=p, text=f"{p.code} {n}")
                     for p in parts for n in range(40)]
        bulk.insert(Question, questions)
        bulk.insert(Option, [Option(instansi=instansi, question=q, label=label, text=f"{q.text}{label}",
                                    is_correct=(q.part.kind == "right_wrong" and label == "A"),
                                    weight=(5 - i if q.part.kind == "weighted" else None))
                             for q in questions for i, label in enumerate("ABCDE")])
        session = ExamSession.objects.create(
            instansi=instansi, title="Bench SKD", year=2024, starts_at=timezone.now(), room="Bench",
            seats=n_candidates, duration_minutes=100,
            blueprint=[["TWK", "", 10], ["TIU", "", 10], ["TKP", "", 10]],
            passing_grades={"TWK": 20, "TIU": 20, "TKP": 50}, public_code=secrets.token_hex(6))
        candidates = []
        for n in range(n_candidates):
            regno = f"B{n:09d}"
            tokens[regno] = secrets.token_hex(3).upper()
            candidates.append(Candidate(instansi=instansi, registration_number=regno, name=f"Peserta {n}",
                                        opening_ref=1, opening_title="Bench"))
        bulk.insert(Candidate, candidates)
        bulk.insert(Attempt, [Attempt(instansi=instansi, session=session, candidate=c, seat=i + 1,
                                      state="released",
                                      token_hash=token_hash(c.registration_number,
                                                            tokens[c.registration_number]))
                              for i, c in enumerate(candidates)])
    return instansi, session, tokens


class Client:
    """One candidate's browser: a keep-alive connection and its cookies."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            fields = dict(headers or {})
            if self.cookies:
                fields["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            try:
                self.conn.request(method, path, body=body, headers=fields)
                response = self.conn.getresponse()
                data = response.read()
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
                continue
            for key, value in response.getheaders():
                if key.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name.strip()] = rest.split(";", 1)[0]
            if response.getheader("Connection", "").lower() == "close":
                self.conn.close()
                self.conn = None
            return response.status, data
        raise RuntimeError("unreachable")


class AsyncClient:
    """The same browser for the answering phase, on asyncio streams: 1,000 candidates cost the
    load generator far less CPU than 1,000 threads on the machine it shares with the server."""

    def __init__(self, port, cookies):
        self.port = port
        self.cookies = dict(cookies)
        self.reader = self.writer = None

    async def _read_body(self, headers):
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int((await self.reader.readline()).strip() or b"0", 16)
                if size == 0:
                    await self.reader.readline()
                    return body
                body += await self.reader.readexactly(size)
                await self.reader.readline()
        return await self.reader.readexactly(int(headers.get("content-length", "0")))

    async def request(self, method, path, body=b"", headers=None):
        for attempt in range(2):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
            lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}",
                     f"Content-Length: {len(body)}"]
            lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
            if self.cookies:
                lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
            try:
                self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
                await self.writer.drain()
                status_line = await self.reader.readline()
                if not status_line:
                    raise ConnectionError("closed")
                status = int(status_line.split()[1])
                fields = {}
                while (line := await self.reader.readline()) not in (b"\r\n", b""):
                    key, _, value = line.decode("latin-1").partition(":")
                    fields[key.strip().lower()] = value.strip()
                data = await self._read_body(fields)
            except (ConnectionError, OSError, asyncio.IncompleteReadError, ValueError):
                self.writer.close()
                self.writer = None
                if attempt:
                    raise
                continue
            if fields.get("connection", "").lower() == "close":
                self.writer.close()
                self.writer = None
            return status, data
        raise RuntimeError("unreachable")


def log_in(client, regno, token):
    status, page = client.request("GET", "/cat/ujian/")
    csrf = CSRF.search(page).group(1).decode()
    body = urlencode({"csrfmiddlewaretoken": csrf, "registration_number": regno, "token": token})
    status, _ = client.request("POST", "/cat/ujian/", body, {
        "Content-Type": "application/x-www-form-urlencoded", "Referer": f"http://127.0.0.1:{client.port}/cat/ujian/"})
    return status == 302


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--interval", type=float, default=5.0)
    parser.add_argument("--port", type=int, default=8107)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--clients", type=int, default=96, help="client threads sending requests")
    parser.add_argument("--rank-rows", type=int, default=100_000)
    args = parser.parse_args()
    args.seconds = min(args.seconds, 600)

    log(f"Setting up {args.candidates} candidates ({os.environ['DATABASE_URL'].rsplit('@', 1)[-1]})")
    t0 = time.perf_counter()
    instansi, session, tokens = setup(args.candidates)
    log(f"  set up in {time.perf_counter() - t0:.1f} s")
    from abdi.cat.models import Answer, Attempt, Result
    from abdi.cat.services.chainlog import verify_attempt
    from abdi.tenancy.scoping import within

    base = f"http://127.0.0.1:{args.port}"
    load_before = os.getloadavg()
    with gunicorn(args, base), ThreadPoolExecutor(args.clients) as pool:
        clients = {regno: Client(args.port) for regno in tokens}
        t0 = time.perf_counter()
        logged = list(pool.map(lambda r: log_in(clients[r], r, tokens[r]), tokens))
        log(f"Logged in {sum(logged)}/{len(logged)} candidates in {time.perf_counter() - t0:.1f} s")
        from django.db import connection
        with within(instansi):
            plan = {a.candidate.registration_number: a for a in
                    Attempt.objects.filter(session=session).select_related("candidate")}
        connection.close()

        latencies, late, errors, accepted = [], [], [], []
        finished_at, seen_at = {}, {}
        early = {r for i, r in enumerate(tokens) if i % 10 == 0}  # 10% finish after 6 answers
        start = time.monotonic() + 1
        stop = start + args.seconds
        offsets = {r: random.uniform(0, args.interval) for r in tokens}

        async def candidate(regno):
            attempt = plan[regno]
            client = AsyncClient(args.port, clients[regno].cookies)
            csrf = client.cookies.get("csrftoken", "")
            headers = {"Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json",
                       "Referer": f"{base}/cat/ujian/soal/"}
            for n, qid in enumerate(attempt.question_ids):
                due = start + offsets[regno] + n * args.interval
                if due >= stop:
                    return
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                option = random.choice(attempt.option_orders[str(qid)])
                sent = time.monotonic()
                try:
                    status, body = await client.request("POST", "/cat/ujian/jawab/", json.dumps(
                        {"question": qid, "option": option, "seq": n + 1}).encode(), headers)
                except Exception as exc:
                    status, body = 0, str(exc).encode()
                latencies.append((time.monotonic() - sent) * 1000)
                late.append((sent - due) * 1000)
                if status == 200:
                    accepted.append((attempt.pk, qid))
                else:
                    errors.append((status, body[:120]))
                if regno in early and n == 5:
                    await client.request("POST", "/cat/ujian/selesai/", urlencode(
                        {"csrfmiddlewaretoken": csrf}).encode(), {
                            "Content-Type": "application/x-www-form-urlencoded",
                            "Referer": f"{base}/cat/ujian/soal/"})
                    finished_at[regno] = time.monotonic()
                    return

        async def poll_board():
            viewer = AsyncClient(args.port, {})
            path = f"/cat/papan/{session.public_code}/"
            while time.monotonic() < stop + 3:
                _status, body = await viewer.request("GET", path, headers={"HX-Request": "true"})
                now = time.monotonic()
                for regno in early:
                    if regno not in seen_at and regno.encode() in body:
                        seen_at[regno] = now
                await asyncio.sleep(BOARD_POLL_SECONDS)

        async def everyone():
            await asyncio.gather(poll_board(), *(candidate(r) for r in tokens))

        log(f"Answering for {args.seconds} s: one answer per candidate every {args.interval:.0f} s")
        asyncio.run(everyone())
        load_during = os.getloadavg()

    with within(instansi):
        stored = set(Answer.objects.filter(attempt__session=session, option__isnull=False)
                     .values_list("attempt_id", "question_id"))
        results = Result.objects.filter(session=session).count()
        sample = list(Attempt.objects.filter(session=session).order_by("?")[:50])
        chains_ok = all(verify_attempt(a).ok for a in sample)
    lost = set(accepted) - stored
    lags = [seen_at[r] - finished_at[r] for r in finished_at if r in seen_at]

    from abdi.cat.rules import ranking
    rows = [(n, *(t := (random.randrange(0, 151, 5), random.randrange(0, 176, 5), random.randint(45, 225))),
             t[0] + t[1] + t[2], random.random() < 0.6) for n in range(args.rank_rows)]
    t0 = time.perf_counter()
    ranking.rank(rows, formasi=max(1, args.rank_rows // 300))
    rank_pure = time.perf_counter() - t0
    rank_db = _rank_from_db(instansi, args.rank_rows)

    report = {
        "candidates": args.candidates, "seconds": args.seconds, "workers": args.workers,
        "threads": args.threads, "saves": len(latencies), "accepted": len(accepted),
        "errors": len(errors), "error_samples": [f"{s} {b!r}" for s, b in errors[:5]],
        "save_ms": {"p50": percentile(latencies, .5), "p95": percentile(latencies, .95),
                    "p99": percentile(latencies, .99), "max": max(latencies or [0])},
        "client_lateness_ms_p99": percentile(late, .99),
        "answers_in_db": len(stored), "lost": len(lost), "results": results, "chains_ok_sample50": chains_ok,
        "board_lag_s": {"n": len(lags), "median": statistics.median(lags) if lags else None,
                        "max": max(lags) if lags else None, "unseen": len(finished_at) - len(lags)},
        "rank_pure_s": round(rank_pure, 3), "rank_db_s": round(rank_db, 3), "rank_rows": args.rank_rows,
        "loadavg_before": load_before, "loadavg_after": load_during, "cpus": os.cpu_count(),
    }
    print(json.dumps(report, indent=2, default=str))


def _rank_from_db(instansi, n):
    """Insert n results of one opening (COPY) and time the ranking page's query + rules."""
    from django.utils import timezone

    from abdi.cat import queries
    from abdi.cat.models import Attempt, Result
    from abdi.core import bulk
    from abdi.tenancy.scoping import within

    with within(instansi):
        attempts = list(Attempt.objects.filter(result__isnull=True).values_list("pk", "session_id")[:1])
        if not attempts:
            return float("nan")
        # One attempt can hold one result: make the synthetic rows point at fresh attempts.
        session_id = attempts[0][1]
        from abdi.cat.models import Candidate
        now = timezone.now()
        cands = [Candidate(instansi=instansi, registration_number=f"R{i:09d}", name="x", opening_ref=99)
                 for i in range(n)]
        bulk.insert(Candidate, cands)
        atts = [Attempt(instansi=instansi, session_id=session_id, candidate=c, seat=10_000 + i,
                        state="finished")
                for i, c in enumerate(cands)]
        bulk.insert(Attempt, atts)
        res = []
        for a, c in zip(atts, cands, strict=True):
            twk, tiu, tkp = random.randrange(0, 151, 5), random.randrange(0, 176, 5), random.randint(45, 225)
            res.append(Result(instansi=instansi, session_id=session_id, attempt=a,
                              registration_number=c.registration_number, opening_ref=99, twk=twk, tiu=tiu,
                              tkp=tkp, total=twk + tiu + tkp, passed=twk >= 65 and tiu >= 80 and tkp >= 166,
                              finished_at=now))
        bulk.insert(Result, res)
        t0 = time.perf_counter()
        queries.ranking_of(99, formasi=300)
        return time.perf_counter() - t0


if __name__ == "__main__":
    main()
