"""Latency at a steady offered load: N clients that each wait a random think time (exponential)
between submissions and open a new connection for each, as nginx does towards gunicorn.

wrk keeps its connections open while a client "thinks"; gunicorn's threaded worker gives an open
connection a thread that waits for its request, so idle connections would hold every thread and
the figures would measure that, not the application. Traffic goes to 127.0.0.1 only; every run
is bounded in time.
"""

import http.client
import random
import statistics
import threading
import time
from collections.abc import Callable


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def paced(port: int, path: str | Callable[[int], str],
          request: Callable[[int], tuple[bytes | None, dict]], *, rate: float,
          clients: int = 64, seconds: float = 10, method: str = "POST") -> dict:
    """`request(n)` -> (body, headers) of the n-th request, `path` the same for all or `path(n)`;
    returns served rate, latencies (ms) and the count of answers that were not 2xx/3xx."""
    stop = time.monotonic() + seconds
    # A fresh range of numbers each round: the public forms derive each citizen's address from
    # it, and the same addresses in every round of an hour would meet the per-address limit.
    first = random.SystemRandom().randrange(10**12)
    lock, latencies, errors, numbers = threading.Lock(), [], [0], iter(range(first, first + 10**9))

    def client(seed: int) -> None:
        chance = random.Random(seed)
        while True:
            think = chance.expovariate(rate / clients)
            if time.monotonic() + think >= stop:
                return
            time.sleep(think)
            with lock:
                number = next(numbers)
            body, headers = request(number)
            target = path(number) if callable(path) else path
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            started = time.perf_counter()
            try:
                connection.request(method, target, body=body, headers=headers)
                status = connection.getresponse().status
            except OSError:
                status = 599
            finally:
                connection.close()
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors[0] += status >= 400

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 30)
    took = time.monotonic() - began
    return {"clients": clients, "offered": rate, "rps": round(len(latencies) / took),
            "p50_ms": round(statistics.median(latencies)) if latencies else 0,
            "p95_ms": round(percentile(latencies, 0.95)), "p99_ms": round(percentile(latencies, 0.99)),
            "errors": errors[0]}


def print_paced(paced: dict) -> None:
    """The paced rounds as a Markdown table (for BENCHMARKS.md)."""
    if not any(paced.values()):
        return
    print("")
    print("| Scenario, clients with think time | clients | offered req/s | served req/s | p50 ms | "
          "p95 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for key, rows in paced.items():
        for row in rows:
            print(f"| {key} | {row.get('clients', 64)} | {row['offered']} | {row['rps']} | "
                  f"{row['p50_ms']} | {row['p95_ms']} | {row['p99_ms']} | {row['errors']} |",
                  flush=True)
