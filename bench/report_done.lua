-- The summary every wrk script of the benchmark prints: one JSON line with p95 (wrk shows no p95).
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "status_errors": %d, ' ..
    '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, ' ..
    '"p50_us": %d, "p90_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end

-- BENCH_THINK_MS > 0: every connection is a client that waits a random think time (exponential,
-- this mean) after each answer before it sends again, so 64 connections offer a steady load of
-- about 64 / think seconds per second instead of as much as the server takes (closed loop).
local think_ms = tonumber(os.getenv("BENCH_THINK_MS") or "0") or 0
if think_ms > 0 then
  function delay()
    return math.floor(-math.log(1 - math.random()) * think_ms)
  end
end
