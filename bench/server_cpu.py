"""CPU time the server side spent, read from /proc: the gunicorn processes and PostgreSQL's.

Throughput on a shared 2-core machine moves by a third from round to round; the CPU each request
cost the server moves much less, so the benchmarks report it beside req/s (Linux only; elsewhere
the figures are absent).
"""

import os
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _side(pid: Path) -> str | None:
    try:
        comm = (pid / "comm").read_text().strip()
        if comm.startswith("postgres"):
            return "db"
        if b"gunicorn" in (pid / "cmdline").read_bytes():
            return "app"
    except OSError:  # the process ended while we looked
        return None
    return None


def _cpu_seconds(pid: Path) -> float:
    try:
        fields = (pid / "stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime


def snapshot() -> dict:
    """{pid: (side, cpu seconds)} of every gunicorn and PostgreSQL process now."""
    found = {}
    proc = Path("/proc")
    if not proc.is_dir():
        return found
    for pid in proc.iterdir():
        if pid.name.isdigit():
            side = _side(pid)
            if side:
                found[pid.name] = (side, _cpu_seconds(pid))
    return found


def per_request(before: dict, after: dict, requests: int) -> dict:
    """Milliseconds of CPU per request, app (gunicorn) and db (PostgreSQL), between snapshots;
    processes that started in between count from zero, those that ended are lost (rare)."""
    spent = {"app": 0.0, "db": 0.0}
    for pid, (side, seconds) in after.items():
        spent[side] += seconds - before.get(pid, (side, 0.0))[1]
    if not requests:
        return {}
    return {f"{side}_cpu_ms": round(seconds * 1000 / requests, 2) for side, seconds in spent.items()}
