-- wrk script: POSTs a new daily activity per request, each with its own Idempotency-Key, and
-- prints the same JSON summary as report.lua. Arguments after `--`: path, indicator id, date.
dofile(os.getenv("BENCH_DIR") .. "/report_done.lua")

local path, indicator, day = "/", "0", "2026-01-01"
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  path, indicator, day = args[1] or path, args[2] or indicator, args[3] or day
  -- Each run its own keys: a key seen before would measure the "already received" answer.
  math.randomseed(os.time() * 100 + (thread_number or 0))
end

function request()
  counter = counter + 1
  local key = string.format("%08x-0000-4000-8000-%012x", (thread_number or 0) + math.random(0, 65535) * 256, counter)
  local body = string.format(
    '{"indicator": %s, "date": "%s", "description": "Menyusun laporan kegiatan", ' ..
    '"quantity": 1, "minutes": 60, "client_key": "%s"}', indicator, day, key)
  -- wrk.format replaces wrk.headers (the -H options, e.g. the token) by the table given: merge.
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = key
  return wrk.format("POST", path, headers, body)
end
